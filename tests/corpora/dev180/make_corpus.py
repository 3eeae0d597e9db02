#!/usr/bin/env python3
"""Generator for the Siegel writer corpus dev180 (prefix d180-).

Standard library only, deterministic.  Every mail below was written by hand;
the helpers above the MAILS section only build MIME structure and attachment
files (PDF, DOCX, XLSX, ODT, ODS, CSV, ICS, ZIP, message/rfc822).

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in a temp dir, compares, parses
"""
import csv
import datetime as _dt
import email
import email.policy
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
from email.message import EmailMessage
from xml.sax.saxutils import escape as _xesc

PREFIX = "d180-"
DOMAIN = "boddenkrone.example"
POL = email.policy.SMTP

# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
       "Nov", "Dec"]


def dt(s):
    """'2026-03-10 09:14' -> RFC 5322 date in German local time (CET/CEST)."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = _dt.datetime(2026, 3, 29, 2, 0) <= d < _dt.datetime(2026, 10, 25, 3, 0)
    sec = int(hashlib.sha256(s.encode()).hexdigest()[:4], 16) % 60
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        _WD[d.weekday()], d.day, _MO[d.month - 1], d.year, d.hour, d.minute, sec,
        "+0200" if summer else "+0100")


# --------------------------------------------------------------------------
# attachment builders (all deterministic)
# --------------------------------------------------------------------------
_ZDATE = (2026, 1, 1, 0, 0, 0)


def _zip(members, zdate=_ZDATE, stored_first=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=zdate)
            zi.create_system = 0
            zi.external_attr = 0
            if stored_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_b(members, date=(2026, 3, 2, 10, 0, 0)):
    return _zip(members, zdate=date)


def x(s):
    return _xesc(str(s), {'"': "&quot;"})


# ---- PDF -----------------------------------------------------------------
def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def _wrap(line, width):
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


def pdf(text, title="", author="Boddenkrone Versicherungsgruppe",
        date="20260301090000+01'00'", width=92, size=10):
    lines = []
    for ln in text.split("\n"):
        lines.extend(_wrap(ln, width))
    per = 58
    pages = [lines[i:i + per] for i in range(0, max(len(lines), 1), per)] or [[]]
    objs = []  # index 0 -> obj 1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")
    fontb = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
                b"/Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        cs = [b"BT", b"/F1 %d Tf" % size, b"%d TL" % (size + 3), b"50 792 Td"]
        for ln in pg:
            if ln.startswith("**") and ln.endswith("**") and len(ln) > 4:
                cs.append(b"/F2 %d Tf " % size + _pdf_str(ln[2:-2]) + b" Tj T* /F1 %d Tf" % size)
            else:
                cs.append(_pdf_str(ln) + b" Tj T*")
        cs.append(b"ET")
        raw = b"\n".join(cs)
        comp = zlib.compress(raw, 9)
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp)
                      + comp + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> "
                        b"/Contents %d 0 R >>" % (pages_id, font, fontb, content)))
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" +
                          b" ".join(b"%d 0 R" % k for k in kids) +
                          b"] /Count %d >>" % len(kids))
    info = add(b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
               b" /Producer (Boddenkrone DMS 4.2) /CreationDate " +
               _pdf_str("D:" + date) + b" >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    fid = hashlib.md5(text.encode("utf-8")).hexdigest().encode()
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
              % (len(objs) + 1, cat, info, fid, fid))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


# ---- DOCX ----------------------------------------------------------------
def _core(title, author, date):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (x(title), x(author), date, date))


def docx(blocks, title="", author="Boddenkrone Versicherungsgruppe",
         date="2026-03-01T09:00:00Z"):
    """blocks: str (paragraph; '# ' prefix = bold heading) or list of rows (table)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return ('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                % (rpr, x(t)))
    body = []
    for b in blocks:
        if isinstance(b, list):
            rows = []
            for r in b:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>'
                                % para(c) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" '
                        'w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
        elif b.startswith("# "):
            body.append(para(b[2:], True))
        else:
            body.append(para(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s>'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body>'
           '</w:document>' % (W, "".join(body)))
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
                 ("docProps/core.xml", _core(title, author, date)),
                 ("word/document.xml", doc)])


# ---- XLSX ----------------------------------------------------------------
def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="", author="Boddenkrone Versicherungsgruppe",
         date="2026-03-01T09:00:00Z"):
    """sheets: list of (name, rows); numbers (int/float) become numeric cells."""
    wsx = []
    for name, rows in sheets:
        rx = []
        for ri, row in enumerate(rows, 1):
            cx = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cx.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    cx.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                              % (ref, x(v)))
            rx.append('<row r="%d">%s</row>' % (ri, "".join(cx)))
        wsx.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<sheetData>%s</sheetData></worksheet>' % "".join(rx))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(sheets)))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(n), i + 1, i + 1)
                    for i, (n, _) in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(sheets)))
              + '</Relationships>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels),
               ("docProps/core.xml", _core(title, author, date)),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels)]
    members += [("xl/worksheets/sheet%d.xml" % (i + 1), s) for i, s in enumerate(wsx)]
    return _zip(members)


# ---- ODT / ODS -----------------------------------------------------------
_ODNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'office:version="1.2"')


def _od(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODNS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content)], stored_first=True)


def odt(paragraphs):
    body = "".join(('<text:h text:outline-level="1">%s</text:h>' % x(p[2:]))
                   if p.startswith("# ") else '<text:p>%s</text:p>' % x(p)
                   for p in paragraphs)
    return _od("application/vnd.oasis.opendocument.text",
               "<office:text>%s</office:text>" % body)


def ods(sheets):
    tabs = []
    for name, rows in sheets:
        rx = []
        for row in rows:
            cx = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cx.append('<table:table-cell office:value-type="float" office:value="%s">'
                              '<text:p>%s</text:p></table:table-cell>' % (repr(v), v))
                else:
                    cx.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                              '</table:table-cell>' % x(v))
            rx.append("<table:table-row>%s</table:table-row>" % "".join(cx))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (x(name), "".join(rx)))
    return _od("application/vnd.oasis.opendocument.spreadsheet",
               "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs))


# ---- CSV / ICS -----------------------------------------------------------
def csvb(rows, enc="utf-8", sep=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


def ics(uid, start, end, summary, location="", description="", organizer="",
        method="REQUEST", stamp="20260301T080000Z", tz="Europe/Berlin"):
    def fold(line):
        b = line.encode("utf-8")
        out = []
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b[cut:]
        out.append(b.decode())
        return "\r\n ".join(out)

    def esc(t):
        return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Boddenkrone//Kalender 3.1//DE",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
             "DTSTART;TZID=%s:%s" % (tz, start), "DTEND;TZID=%s:%s" % (tz, end),
             "SUMMARY:" + esc(summary)]
    if location:
        lines.append("LOCATION:" + esc(location))
    if description:
        lines.append("DESCRIPTION:" + esc(description))
    if organizer:
        lines.append("ORGANIZER:mailto:" + organizer)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------
MIMETYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "csv": "text/csv",
    "ics": "text/calendar",
    "zip": "application/zip",
    "txt": "text/plain",
    "jpg": "image/jpeg",
}


class Att:
    def __init__(self, filename, data, ctype=None, charset=None, inline=False):
        self.filename = filename
        self.data = data
        ext = filename.rsplit(".", 1)[-1].lower()
        self.ctype = ctype or MIMETYPES.get(ext, "application/octet-stream")
        self.charset = charset
        self.inline = inline


class Fwd:
    """A forwarded message attached as message/rfc822."""

    def __init__(self, spec, filename=None):
        self.spec = spec
        self.filename = filename


def _text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    p = EmailMessage(policy=POL)
    if cte == "8bit" and charset == "utf-8":
        p.set_content(body, subtype=subtype, charset=charset, cte=cte)
    else:
        p.set_content(body, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        p.set_param("format", "flowed")
    del p["MIME-Version"]
    return p


class Ctx:
    def __init__(self, key):
        self.key = key
        self.n = 0

    def boundary(self):
        self.n += 1
        h = hashlib.sha1(("%s/%d" % (self.key, self.n)).encode()).hexdigest()[:20]
        return "----=_Part_%d_%s" % (self.n, h)


def _att_part(a, ctx):
    if isinstance(a, Fwd):
        inner = build(a.spec, ctx.key + "/fwd")
        p = EmailMessage(policy=POL)
        p.set_content(inner)
        del p["MIME-Version"]
        if a.filename:
            p.add_header("Content-Disposition", "attachment", filename=a.filename)
        else:
            p.add_header("Content-Disposition", "inline")
        return p
    p = EmailMessage(policy=POL)
    maint, subt = a.ctype.split("/")
    if maint == "text":
        data = a.data
        if isinstance(data, bytes):
            cs = a.charset or "utf-8"
            p.set_content(data, maint, subt, cte="base64")
            p.set_param("charset", cs)
        else:
            p.set_content(data, subtype=subt, charset=a.charset or "utf-8",
                          cte="quoted-printable")
        if subt == "calendar":
            p.set_param("method", "REQUEST")
        p.add_header("Content-Disposition", "inline" if a.inline else "attachment",
                     filename=a.filename)
    else:
        p.set_content(a.data, maint, subt, cte="base64",
                      disposition="inline" if a.inline else "attachment",
                      filename=a.filename)
    if "Content-Type" in p and a.ctype != "text/calendar":
        p.set_param("name", a.filename)
    del p["MIME-Version"]
    return p


def _multipart(subtype, parts, ctx):
    m = EmailMessage(policy=POL)
    m["Content-Type"] = "multipart/%s" % subtype
    m.set_boundary(ctx.boundary())
    for p in parts:
        m.attach(p)
    return m


def build(spec, key):
    ctx = Ctx(key)
    body = spec.get("body")
    html = spec.get("html")
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    if cs != "utf-8" and cte == "quoted-printable" and spec.get("cte") is None:
        cte = "quoted-printable"
    textpart = None
    if body is not None and html is not None:
        textpart = _multipart("alternative", [
            _text(body, "plain", cs, cte, spec.get("flowed", False)),
            _text(html, "html", cs, cte)], ctx)
    elif html is not None:
        textpart = _text(html, "html", cs, cte)
    elif body is not None:
        textpart = _text(body, "plain", cs, cte, spec.get("flowed", False))
    atts = spec.get("atts") or []
    if atts:
        parts = ([textpart] if textpart is not None else []) + [_att_part(a, ctx) for a in atts]
        top = _multipart(spec.get("mixed", "mixed"), parts, ctx)
    else:
        top = textpart
    # headers go first: rebuild a message with headers then copy content headers
    m = EmailMessage(policy=POL)
    for k in ("from", "to", "cc"):
        if spec.get(k):
            m[k.capitalize() if k != "cc" else "Cc"] = spec[k]
    m["Subject"] = spec["subject"]
    m["Date"] = dt(spec["date"]) if re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d$", spec["date"]) else spec["date"]
    fdom = re.search(r"@([A-Za-z0-9.-]+)", spec["from"]).group(1).lower()
    mid = spec.get("mid") or "<%s@%s>" % (hashlib.sha1(key.encode()).hexdigest()[:24].upper()
                                          if fdom != DOMAIN else
                                          hashlib.sha1(key.encode()).hexdigest()[:24],
                                          spec.get("midhost", ("mail." + DOMAIN) if fdom == DOMAIN else fdom))
    m["Message-ID"] = mid
    if spec.get("irt"):
        m["In-Reply-To"] = spec["irt"]
        m["References"] = spec.get("refs") or spec["irt"]
    for k, v in spec.get("headers", []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in top.items():
        if k.lower() == "mime-version":
            continue
        m[k] = v
    m._payload = top._payload
    return m


# --------------------------------------------------------------------------
# registry of mails
# --------------------------------------------------------------------------
MAILS = []


def add(slug, label, lang, kind, reason, **spec):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), slug
    assert lang in ("de", "en", "mixed"), slug
    assert "\t" not in reason and "\n" not in reason, slug
    MAILS.append((slug, label, lang, kind, reason, spec))


def fwd(**spec):
    return spec



# --------------------------------------------------------------------------
# staff of the invented insurer (the same person always signs the same way)
# --------------------------------------------------------------------------
FOOT = ("Boddenkrone Allgemeine Versicherung AG | Am Querkanal 7 | 18439 Stralsund\n"
        "Vorstand: Dr. Kerstin Abshagen (Vors.), Lars-Ole Timm | AR-Vors.: Hinrich Peplow\n"
        "Sitz Stralsund, Amtsgericht Stralsund HRB 4417")
FOOT_L = ("Boddenkrone Lebensversicherung AG | Am Querkanal 7 | 18439 Stralsund\n"
          "Sitz Stralsund, Amtsgericht Stralsund HRB 4418")
FOOT_K = ("Boddenkrone Krankenversicherung AG | Am Querkanal 7 | 18439 Stralsund\n"
          "Sitz Stralsund, Amtsgericht Stralsund HRB 4420")
FOOT_EN = ("Boddenkrone Allgemeine Versicherung AG, Am Querkanal 7, 18439 Stralsund, Germany\n"
           "Registered office Stralsund, Amtsgericht Stralsund HRB 4417")

SIG = {
    "voss": "Henrike Voß\nKfz-Schaden | Personenschäden\nTel. 03831 4471-212\n"
            "h.voss@boddenkrone.example\n\n" + FOOT,
    "brueggemann": "Mit freundlichen Grüßen\nOle Brüggemann\nKfz-Schaden Sachschaden\n"
                   "Telefon 03831 4471-230 | Fax 03831 4471-299\n\n" + FOOT,
    "luetkemeyer": "Dr. Jasper Lütkemeyer\nTeamleiter Haftpflicht-Großschaden\n"
                   "Boddenkrone Allgemeine Versicherung AG\nTel. 03831 4471-240",
    "rehberg": "Viele Grüße\nMalin Rehberg\nHaftpflicht-Schaden\nTel. 03831 4471-246\n\n" + FOOT,
    "wiechert": "Torsten Wiechert\nRegress & Teilungsabkommen\nBoddenkrone Allgemeine Versicherung AG\n"
                "Tel. 03831 4471-260 | regress@boddenkrone.example",
    "sandvoss": "Dr. med. Ilka Sandvoß\nGesellschaftsärztin / Beratungsärztlicher Dienst\nApp. 4471-180",
    "kasischke": "Freundliche Grüße\n\nYvonne Kasischke\nLeistung Krankenversicherung\n"
                 "Telefon 03831 4471-310\n\n" + FOOT_K,
    "hoppenrath": "Mit freundlichem Gruß\nBenedikt Hoppenrath\nPflegeversicherung / Pflegeberatung\n"
                  "Tel. 03831 4471-330\n\n" + FOOT_K,
    "mahnke": "Sören Mahnke\nBU-Leistungsprüfung\nBoddenkrone Lebensversicherung AG\nTel. 03831 4471-410",
    "freese": "Annika Freese\nAntrags- und Risikoprüfung Leben/BU\nTel. 03831 4471-420\n\n" + FOOT_L,
    "granzow": "Mit freundlichen Grüßen\n\nPaula Granzow\nUnfallversicherung Leistung\n"
               "Tel. 03831 4471-350\n\n" + FOOT,
    "pless": "Gruß\nGunnar Pleß\nSachschaden Privat (Hausrat/Wohngebäude/Glas)\nTel. 03831 4471-270",
    "aydin": "Mit freundlichen Grüßen\nCem Aydın\nRechtsschutz-Schaden\nTel. 03831 4471-280\n\n" + FOOT,
    "nitschke": "Laura Nitschke\nReiseversicherung\nTel. 03831 4471-290",
    "mcallister": "Kind regards,\nFiona McAllister\nInternational Claims Desk\n"
                  "Boddenkrone Allgemeine Versicherung AG\nPhone +49 3831 4471-505\n\n" + FOOT_EN,
    "holm": "Rasmus Holm\nHead of Reinsurance\nBoddenkrone Versicherungsgruppe\n+49 3831 4471-610",
    "stoltenberg": "Jannik Stoltenberg\nIT-Servicedesk (2nd Level)\nDurchwahl -777",
    "wolski": "Marek Wolski\nIT Security | Boddenkrone Versicherungsgruppe",
    "bohlmann": "Beste Grüße\nCarsten Bohlmann\nMaklerbetreuung Nord\nMobil 0171 5520417 | Tel. 03831 4471-150\n\n" + FOOT,
    "ahlgrimm": "Dr. Wiebke Ahlgrimm\nDatenschutzbeauftragte der Boddenkrone Versicherungsgruppe\n"
                "datenschutz@boddenkrone.example",
    "ruehs": "Franziska Rühs\nPersonalabteilung\nTel. 03831 4471-070",
    "kruse": "Detlef Kruse\nEinkauf & Facility Management\nTel. 03831 4471-090 | Mobil 0160 7713029",
    "sammet": "Leonie Sammet\nMarketing & Vertriebskommunikation",
    "brodersen": "Dr. Hauke Brodersen\nVerantwortlicher Aktuar Leben/Kranken",
    "dreyer": "Freundliche Grüße\nMelanie Dreyer\nKfz-Vertrag & Betrieb\nTel. 03831 4471-220\n\n" + FOOT,
    "kliewe": "Moritz Kliewe\nUnternehmenskommunikation / Presse\nTel. 03831 4471-020\npresse@boddenkrone.example",
    "abshagen": "Kerstin Abshagen",
}


# ==========================================================================
# MAILS
# ==========================================================================
def A(slug, label, lang, kind, reason, frm, to, subject, date, body=None, **kw):
    spec = dict(kw)
    spec.update({"from": frm, "to": to, "subject": subject, "date": date, "body": body})
    add(slug, label, lang, kind, reason, **spec)


def F(frm, to, subject, date, body=None, **kw):
    spec = dict(kw)
    spec.update({"from": frm, "to": to, "subject": subject, "date": date, "body": body})
    return spec


VOSS = "Henrike Voß <h.voss@boddenkrone.example>"
WIECHERT = "Torsten Wiechert <t.wiechert@boddenkrone.example>"
MCA = "Fiona McAllister <f.mcallister@boddenkrone.example>"
REHBERG = "Malin Rehberg <m.rehberg@boddenkrone.example>"
LUETKE = "Dr. Jasper Lütkemeyer <j.luetkemeyer@boddenkrone.example>"
BRUEGGE = "Ole Brüggemann <o.brueggemann@boddenkrone.example>"

# ---------------------------------------------------------------- motor / liability, personal injury
A("kfz-ps-strelow-antwort", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
  "reply to claimant's lawyer: cyclist Jonas Wehrmann, clavicle fracture with plate osteosynthesis, HWS distortion, 6 weeks unfit for work; pain-and-suffering offer",
  VOSS, "Dr. Nadine Strelow <strelow@strelow-partner.example>",
  "AW: Ihr Mandant Jonas Wehrmann ./. Boddenkrone – Unfall vom 14.01.2026, Schaden-Nr. KS-2026-000731",
  "2026-03-04 11:42",
  """Sehr geehrte Frau Dr. Strelow,

vielen Dank für Ihr Schreiben vom 26.02.2026 und die beigefügten Unterlagen.

Die Haftung unseres Versicherungsnehmers (Pkw HST-KB 418) für den Unfall an der
Kreuzung Frankendamm/Bauhofstraße stellen wir dem Grunde nach zu 100 % nicht in
Abrede. Ihr Mandant durfte als Radfahrer auf dem Radweg geradeaus fahren.

Zur Höhe:

1. Schmerzensgeld
Nach dem Entlassungsbericht des Sundklinikums erlitt Herr Wehrmann eine
Klavikulafraktur links (S42.03), die am 15.01.2026 mit einer
Plattenosteosynthese versorgt wurde, dazu eine HWS-Distorsion und Prellungen
an Hüfte und Knie links. Stationär war er vier Tage, anschließend sechs Wochen
arbeitsunfähig, Physiotherapie bis voraussichtlich Ende März.
Unter Berücksichtigung vergleichbarer Entscheidungen bieten wir zur
Abgeltung des bisherigen Schmerzensgeldanspruchs 6.500,00 EUR an. Die
Metallentfernung, die laut Arztbrief in etwa einem Jahr ansteht, behalten wir
ausdrücklich vor.

2. Verdienstausfall
Ihr Mandant ist angestellter Elektroniker; die Entgeltfortzahlung hat der
Arbeitgeber geleistet, der sich voraussichtlich selbst bei uns melden wird.
Einen eigenen Verdienstausfall sehen wir derzeit nicht. Falls Überstunden-
zuschläge entgangen sind, bitten wir um Nachweis durch die Lohnabrechnungen
Dezember 2025 bis März 2026.

3. Fahrrad und Kleidung
Die Rechnung des Fahrradhändlers über 1.184,00 EUR regulieren wir vollständig,
die Radbekleidung nach Abzug neu für alt mit 140,00 EUR.

Die Anwaltsgebühren erstatten wir aus dem Erledigungswert nach RVG, sobald Sie
uns die Annahme des Angebots bestätigen.

Mit freundlichen Grüßen

""" + SIG["voss"] + """

-----Ursprüngliche Nachricht-----
Von: Dr. Nadine Strelow <strelow@strelow-partner.example>
Gesendet: Donnerstag, 26. Februar 2026 16:05
An: kfz-schaden@boddenkrone.example
Betreff: Ihr VN HST-KB 418 – Unfall 14.01.2026 – Mandant Jonas Wehrmann

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Herr Jonas Wehrmann, Tribseer Damm 61, 18437 Stralsund,
mit der Wahrnehmung seiner Interessen beauftragt hat. Vollmacht anbei.
Unser Mandant wurde am 14.01.2026 gegen 07:40 Uhr von dem bei Ihnen
versicherten Pkw beim Abbiegen erfasst. Er musste operiert werden. Arztbrief,
AU-Bescheinigungen und Rechnung für das Fahrrad fügen wir bei.
Wir fordern Sie auf, bis zum 12.03.2026 ein angemessenes Schmerzensgeld
anzubieten, das wir nicht unter 9.000 EUR sehen.

Mit freundlichen Grüßen
Dr. Nadine Strelow
Fachanwältin für Verkehrsrecht
Strelow & Partner Rechtsanwälte, Ossenreyerstraße 12, 18439 Stralsund
""")

A("kfz-ps-haushaltsfuehrung-pdf", "STRICTLY_CONFIDENTIAL", "de", "lawyer",
  "harmless forwarding body; only the attached lawyer's letter holds the injured woman's ankle fracture, inpatient stay, rehab and household-management claim",
  VOSS, "Schadenannahme Kfz <kfz-posteingang@boddenkrone.example>",
  "WG: beA-Eingang RA Benthin, Az. 117/26 – bitte zur Akte KS-2025-004417",
  "2026-02-17 08:03",
  """Guten Morgen,

bitte das angehängte Schreiben zur Akte KS-2025-004417 nehmen und mir eine
Wiedervorlage auf den 03.03. setzen. Original kam über das beA, Papier folgt
nicht.

Danke & Gruß
Henrike
""",
  atts=[Att("RA_Benthin_Schreiben_2026-02-16.pdf", pdf(
      """Kai Benthin | Rechtsanwalt | Mönchstraße 33 | 18439 Stralsund

Boddenkrone Allgemeine Versicherung AG
Kfz-Schaden
Am Querkanal 7
18439 Stralsund

Stralsund, 16.02.2026
Unser Zeichen: 117/26 Lüth ./. Boddenkrone
Ihr Zeichen: KS-2025-004417

**Verkehrsunfall vom 28.11.2025, B 96 Höhe Negast**

Sehr geehrte Damen und Herren,

in obiger Angelegenheit beziffern wir für unsere Mandantin, Frau Sabine Lüth,
geb. 19.04.1967, Am Lindenhof 5, 18442 Negast, den Haushaltsführungsschaden.

Unsere Mandantin erlitt bei dem Unfall eine bimalleoläre Sprunggelenkfraktur
rechts (Weber B), die im Sundklinikum Stralsund offen reponiert und mit Platte
und Zugschraube versorgt wurde. Der stationäre Aufenthalt dauerte vom 28.11.
bis 09.12.2025, anschließend befand sie sich vom 05.01. bis 26.01.2026 in der
Rehabilitationsklinik Trassenheide. Sie ist bis heute auf Unterarmgehstützen
angewiesen; eine Vollbelastung ist nach Auskunft des Operateurs frühestens
Ende März möglich.

Frau Lüth führt einen Zwei-Personen-Haushalt mit 112 m² Wohnfläche und Garten.
Nach den Tabellen Schulz-Borck/Pardey ist von einem Zeitaufwand von 24,5
Stunden pro Woche auszugehen. Die Minderung der Haushaltsführungsfähigkeit
betrug

  28.11.2025 - 26.01.2026 (8,5 Wochen)   100 %
  27.01.2026 - 31.03.2026 (9 Wochen)      60 %

Bei einem Stundensatz von 12,00 EUR ergibt sich:
  8,5 x 24,5 x 12,00 EUR            = 2.499,00 EUR
  9,0 x 24,5 x 12,00 EUR x 0,6      = 1.587,60 EUR
  Summe                              = 4.086,60 EUR

Daneben machen wir weiterhin das mit Schreiben vom 12.01.2026 geforderte
Schmerzensgeld von 12.000,00 EUR geltend sowie Fahrtkosten des Ehemanns zu
den Besuchen im Krankenhaus und in der Reha (1.240 km x 0,30 EUR).

Wir bitten um Zahlung bis zum 02.03.2026 auf unser Kanzleikonto.

Mit freundlichen Grüßen
Benthin
Rechtsanwalt""", title="Schreiben RA Benthin 16.02.2026", author="Kanzlei Benthin"))])

A("regress-bkk-nordlicht-116", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
  "recourse of a health insurer under s.116 SGB X: pedestrian Piotr Nowak, hospital DRG, days of sick pay, unrelated diabetes treatment disputed; list in XLSX",
  WIECHERT, "Dagmar Schult <regress@bkk-nordlicht.example>",
  "Ihr Regress § 116 SGB X – Ihr Versicherter Piotr Nowak – Unfall 02.11.2025 – unser Az. RG-2026-0112",
  "2026-03-11 14:27",
  """Sehr geehrte Frau Schult,

besten Dank für Ihre Forderungsaufstellung vom 20.02.2026 über 23.918,44 EUR.

Die Haftung unserer Versicherungsnehmerin für den Unfall vom 02.11.2025
(Fußgänger auf dem Überweg Greifswalder Chaussee) ist unstreitig. Ihre
Aufstellung haben wir mit unseren Unterlagen abgeglichen; das Ergebnis finden
Sie in der beigefügten Tabelle.

Kurz zusammengefasst:

- Krankenhausbehandlung Sundklinikum (DRG I13B, 03.11.–11.11.2025) und die
  Nachbehandlung in der BG-Ambulanz erkennen wir an.
- Die Position "ambulante Behandlung Diabetologische Schwerpunktpraxis
  (E11.9)" vom 08.01.2026 steht aus unserer Sicht in keinem Zusammenhang mit
  dem Unfall. Bitte streichen oder den Zusammenhang begründen.
- Krankengeld vom 14.12.2025 bis 25.01.2026 (43 Tage) ist plausibel; bitte
  noch die Berechnungsgrundlage (Regelentgelt) übersenden.
- Die Fahrtkosten für den Krankentransport am 03.11. fehlen in Ihrer Liste,
  obwohl uns die Rechnung des Rettungsdienstes vorliegt. Falls Sie diese noch
  nachmelden wollen: gern.

Den unstreitigen Betrag von 21.407,19 EUR weisen wir in dieser Woche an.

Mit freundlichen Grüßen
""" + SIG["wiechert"] + "\n",
  atts=[Att("RG-2026-0112_Abgleich_Forderung_BKK.xlsx", xlsx([
      ("Abgleich", [
          ["Regress § 116 SGB X – BKK Nordlicht – Versicherter: Piotr Nowak, geb. 03.06.1988, KV-Nr. N418827301"],
          ["Pos.", "Leistung", "Zeitraum", "Diagnose/Schlüssel", "Forderung BKK (EUR)", "anerkannt (EUR)", "Bemerkung"],
          [1, "Krankenhausbehandlung Sundklinikum", "03.11.–11.11.2025", "DRG I13B; S82.21 Tibiaschaftfraktur", 11842.70, 11842.70, ""],
          [2, "Rettungsdienst/Notarzt", "02.11.2025", "", 0, 0, "nicht gefordert"],
          [3, "Ambulante Nachbehandlung D-Arzt/BG-Ambulanz", "11/2025–01/2026", "S82.21", 1288.40, 1288.40, ""],
          [4, "Physiotherapie (KG, MLD) 18 Einheiten", "12/2025–02/2026", "", 796.50, 796.50, ""],
          [5, "Hilfsmittel Unterarmgehstützen, Orthese", "11/2025", "", 214.90, 214.90, ""],
          [6, "Diabetologische Schwerpunktpraxis", "08.01.2026", "E11.9", 2511.25, 0, "kein Unfallzusammenhang"],
          [7, "Krankengeld 43 Tage", "14.12.2025–25.01.2026", "", 6502.79, 6502.79, "Regelentgelt nachreichen"],
          [8, "Beiträge RV/AV aus Krankengeld", "", "", 761.90, 761.90, ""],
          ["", "Summe", "", "", 23918.44, 21407.19, ""],
      ])], title="Abgleich Regress BKK Nordlicht", author="T. Wiechert"))])

A("efzg-regress-tischlerei", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
  "employer's recourse (s.6 EFZG): employee Marcel Kroos injured as motorcyclist, periods of incapacity for work, knee arthroscopy questioned, gross salary",
  WIECHERT, "Ines Hamann <lohn@tischlerei-hamann.example>",
  "Forderungsübergang § 6 EFZG – Ihr Mitarbeiter Marcel Kroos – Schaden KS-2026-000288",
  "2026-04-08 10:15",
  """Sehr geehrte Frau Hamann,

Sie haben uns mitgeteilt, dass Sie Ihrem Mitarbeiter Herrn Marcel Kroos nach
dem Motorradunfall vom 07.02.2026 das Entgelt fortgezahlt haben, und fordern
dafür 4.312,58 EUR brutto zuzüglich Arbeitgeberanteile zur Sozialversicherung.

Der Anspruch geht nach § 6 EFZG auf Sie über, soweit unser Versicherungsnehmer
haftet. Die Haftung ist geklärt (Vorfahrtsverstoß unseres VN). Damit wir
abrechnen können, brauchen wir noch:

1. die Arbeitsunfähigkeitsbescheinigungen (Erst- und Folgebescheinigungen).
   Nach unseren Unterlagen war Herr Kroos vom 09.02. bis 22.03.2026
   arbeitsunfähig. Die Folgebescheinigung ab 23.03.2026 nennt nach Ihrer
   Angabe eine Arthroskopie am rechten Knie. Bitte klären Sie mit Herrn Kroos,
   ob er uns den OP-Bericht zur Verfügung stellt; ein Meniskusschaden ohne
   Bezug zum Unfall wäre von uns nicht zu ersetzen.
2. die Lohnabrechnungen Januar bis März 2026, damit wir den Bruttolohn von
   3.180,00 EUR monatlich und die Urlaubs-/Feiertagsanteile nachvollziehen
   können.
3. die Aufstellung der Arbeitgeberanteile (KV, RV, AV, PV) und ggf. der Umlage.

Bitte senden Sie die Unterlagen nicht unverschlüsselt per E-Mail, sondern über
unser Postfach-Portal (sicher.boddenkrone.example) oder per Post.

Mit freundlichen Grüßen
""" + SIG["wiechert"] + "\n",
  charset="iso-8859-1")

A("dk-claims-rep-whiplash", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
  "correspondence with Danish claims representative: injured Danish passenger Mette Kjærgaard, whiplash, physiotherapy, hospital certificate",
  MCA, "Søren Vestergaard <sv@nordic-claimsrep.example>",
  "RE: Your ref NCR-26-0217 / our claim KS-2026-001105 – collision Rødby 19 Jan 2026",
  "2026-03-19 15:48",
  """Dear Søren,

Thank you for the update and for the medical certificate from Nykøbing
Falster Sygehus.

On liability we agree with you: our insured, Mr Frank Woitinek, driving the
Boddenkrone-insured car VG-FW 77, failed to stop at the end of the ferry
queue and hit the rear of Mrs Kjærgaard's Škoda. We accept 100 %.

As to the injury: the certificate confirms a whiplash-associated disorder
grade II, diagnosed on the day of the accident, with neck pain and reduced
rotation, and a referral to physiotherapy. Please go ahead and settle the
physiotherapy invoices (12 sessions so far, DKK 5,640) and the loss of
earnings for the 16 days of sick leave within the Danish standards. For
anything above DKK 75,000 in total, please come back to us first.

We would appreciate a short note on whether the Danish Patient Compensation
or her employer's insurer are involved, so that we do not pay twice.

""" + SIG["mcallister"] + """

-----Original Message-----
From: Søren Vestergaard <sv@nordic-claimsrep.example>
Sent: 16 March 2026 09:12
To: International Claims <international@boddenkrone.example>
Subject: Your ref NCR-26-0217 / our claim KS-2026-001105 – collision Rødby 19 Jan 2026

Dear colleagues,

> Our claimant, Mrs Mette Kjærgaard (passenger), has now sent us the
> certificate of Nykøbing F. hospital (attached). She is still in
> physiotherapy twice a week and has been on sick leave from 20 Jan to
> 4 Feb 2026. Please confirm your authority to settle.

Best regards
Søren Vestergaard
Nordic Claims Representation ApS, Copenhagen
""")

A("fahrerschutz-radius", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "policyholder's own injury under driver protection cover: distal radius fracture, surgery, loss of earnings; asks for medical reports and release",
  VOSS, "Uwe Rathke <uwe.rathke@posteo-mail.example>",
  "Ihr Fahrerschutz-Schaden vom 22.01.2026 – Vertrag K 7745 0192 3",
  "2026-02-09 09:30",
  """Sehr geehrter Herr Rathke,

wir haben Ihre Schadenmeldung zur Fahrerschutzversicherung erhalten. Es tut
uns leid, dass Sie sich bei dem Glätteunfall auf der L 222 verletzt haben, und
wir wünschen Ihnen gute Besserung.

Nach Ihrer Schilderung wurde im Kreiskrankenhaus Wolgast eine distale
Radiusfraktur rechts festgestellt und am 23.01.2026 operativ mit einer
Platte versorgt. Sie sind seitdem krankgeschrieben und als selbständiger
Fliesenleger ohne Einkommen.

Damit wir Ihren Verdienstausfall und das Schmerzensgeld aus dem Fahrerschutz
berechnen können, benötigen wir bitte:

- den Entlassungsbericht und den OP-Bericht des Krankenhauses,
- alle Arbeitsunfähigkeitsbescheinigungen,
- Ihre Einkommensteuerbescheide 2023 und 2024,
- die beigefügte Schweigepflichtentbindung, unterschrieben.

Die Fahrerschutzversicherung zahlt wie ein Haftpflichtversicherer, aber
nachrangig: Leistungen der Krankenkasse und einer eventuellen privaten
Unfallversicherung werden angerechnet. Falls Sie eine Krankentagegeld- oder
Unfallversicherung haben, teilen Sie uns das bitte mit.

Die Unterlagen können Sie in unserem Kundenportal hochladen.

Mit freundlichen Grüßen

""" + SIG["voss"] + "\n",
  cte="8bit", flowed=True)

A("beratungsarzt-hws-bartsch", "STRICTLY_CONFIDENTIAL", "de", "internal",
  "internal request to the company doctor: claimant Melanie Bartsch, HWS distortion S13.4, vertigo, prior disc herniation C5/C6",
  VOSS, "Dr. Ilka Sandvoß <i.sandvoss@boddenkrone.example>",
  "Bitte um Kurzstellungnahme HWS – KS-2026-000902 Bartsch",
  "2026-03-02 13:05",
  """Hallo Ilka,

kannst du dir bitte diesen Fall ansehen? Auffahrunfall vom 08.01.2026 an der
Ampel Rostocker Chaussee, unser VN ist mit geringer Geschwindigkeit auf den
Polo von Frau Melanie Bartsch (43) aufgefahren. Der Sachverständige schätzt
die Geschwindigkeitsänderung auf 6–8 km/h, Schaden am Polo 1.870 EUR.

Frau Bartsch legt ein Attest ihres Hausarztes vor:
  "HWS-Distorsion (S13.4), Kopfschmerz, Schwindel, Übelkeit;
   AU 08.01.–06.02.2026; Verordnung KG 12x"
Außerdem hat ihr Anwalt einen MRT-Befund vom 19.01. geschickt, der einen
Bandscheibenvorfall C5/C6 zeigt. Laut Vorerkrankungsauskunft der Krankenkasse
war sie deswegen bereits 2023 in Behandlung (M50.1).

Fragen:
1. Ist eine unfallbedingte HWS-Verletzung bei dieser Anstoßenergie plausibel?
2. Kann der Vorfall C5/C6 durch den Unfall verschlimmert worden sein?
3. Empfiehlst du ein biomechanisches Gutachten oder gleich ein
   orthopädisches Zusammenhangsgutachten?

Die Akte liegt im DMS unter KS-2026-000902, Reiter "Medizin".

Danke dir!
Henrike
""")

A("orthopaede-befundbericht", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
  "request to orthopaedist for a report on claimant Erik Scharnweber (birth date), questions on knee injury after collision, signed release attached",
  VOSS, "Praxis Dr. Meinke <praxis@praxis-meinke.example>",
  "Anforderung Befundbericht – Ihr Patient Erik Scharnweber, geb. 07.05.1979",
  "2026-02-24 10:50",
  """Sehr geehrter Herr Dr. Meinke,

wir regulieren als Kfz-Haftpflichtversicherer die Ansprüche Ihres Patienten

  Herrn Erik Scharnweber, geb. 07.05.1979,
  Am Fischmarkt 4, 18439 Stralsund,

aus einem Verkehrsunfall vom 21.12.2025. Herr Scharnweber hat Sie von der
Schweigepflicht uns gegenüber entbunden (Erklärung anbei).

Wir bitten um einen kurzen Befundbericht zu folgenden Fragen:

1. Welche Verletzungen haben Sie am 22.12.2025 festgestellt? Herr
   Scharnweber gibt eine Prellung und Innenbandzerrung des linken Knies an.
2. Welche Behandlung erfolgte (Orthese, Physiotherapie, Medikation)?
3. Bestanden Vorerkrankungen am linken Knie (insbesondere
   Meniskusschäden oder Arthrose)?
4. Wie lange bestand Arbeitsunfähigkeit, und ist die Behandlung
   abgeschlossen?

Für den Bericht vergüten wir Ihnen 42,90 EUR zzgl. Porto (GOÄ Nr. 75). Gern
können Sie den Bericht per Fax an 03831 4471-299 oder über unser sicheres
Postfach senden.

Mit freundlichen Grüßen

""" + SIG["voss"] + "\n",
  atts=[Att("Schweigepflichtentbindung_Scharnweber.pdf", pdf(
      """**Erklärung zur Entbindung von der Schweigepflicht**

Ich, Erik Scharnweber, geb. 07.05.1979, Am Fischmarkt 4, 18439 Stralsund,
entbinde die mich behandelnden Ärzte

  - Orthopädische Praxis Dr. Meinke, Stralsund
  - Notaufnahme Sundklinikum Stralsund

gegenüber der Boddenkrone Allgemeine Versicherung AG, Schaden-Nr.
KS-2025-004902, von der ärztlichen Schweigepflicht, soweit es um die
Folgen des Verkehrsunfalls vom 21.12.2025 und um Vorerkrankungen des
linken Knies in den letzten fünf Jahren geht.

Stralsund, 16.02.2026

gez. E. Scharnweber""", title="Schweigepflichtentbindung", author="Scan"))])

A("hundebiss-jogger", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "dog-owner liability: policyholder's dog bit a jogger; his calf wound, ER treatment, tetanus shot, antibiotics, inability to work are described",
  REHBERG, "Gesa Möller <gesa.moeller@webpost.example>",
  "Ihr Hundehalter-Haftpflichtvertrag HT-2210-4471 – Vorfall am 18.03.2026",
  "2026-03-25 16:22",
  """Sehr geehrte Frau Möller,

der Anwalt von Herrn Tim Albrecht hat sich bei uns gemeldet. Herr Albrecht
gibt an, dass Ihr Hund Bruno ihn am 18.03.2026 gegen 18:30 Uhr am
Knieperteich beim Joggen in die linke Wade gebissen hat.

Nach dem vorgelegten Bericht der Notaufnahme wurde die Bisswunde gereinigt
und offen behandelt, er bekam eine Tetanus-Auffrischung und für sieben Tage
ein Antibiotikum (Amoxicillin/Clavulansäure). Er war zehn Tage
arbeitsunfähig. Gefordert werden ein Schmerzensgeld von 1.500 EUR, die
Reinigung bzw. Ersatz der Laufhose und die Zuzahlungen.

Bevor wir entscheiden, brauchen wir Ihre Sicht:

1. War Bruno angeleint? Galt an der Stelle Leinenpflicht?
2. Hat Herr Albrecht den Hund vorher gereizt oder ist er dicht an ihm
   vorbeigelaufen?
3. Gibt es Zeugen?
4. Ist Bruno schon einmal auffällig geworden?

Bitte antworten Sie nicht direkt an Herrn Albrecht oder seinen Anwalt und
geben Sie kein Schuldanerkenntnis ab – das übernehmen wir für Sie.

""" + SIG["rehberg"] + "\n",
  html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Möller,</p>
<p>der Anwalt von Herrn Tim Albrecht hat sich bei uns gemeldet. Herr Albrecht gibt an, dass Ihr Hund Bruno ihn am
18.03.2026 gegen 18:30 Uhr am Knieperteich beim Joggen in die linke Wade gebissen hat.</p>
<p>Nach dem vorgelegten Bericht der Notaufnahme wurde die Bisswunde gereinigt und offen behandelt, er bekam eine
Tetanus-Auffrischung und für sieben Tage ein Antibiotikum (Amoxicillin/Clavulansäure). Er war zehn Tage
arbeitsunfähig. Gefordert werden ein Schmerzensgeld von 1.500&nbsp;EUR, die Reinigung bzw. Ersatz der Laufhose und
die Zuzahlungen.</p>
<p>Bevor wir entscheiden, brauchen wir Ihre Sicht:</p>
<ol><li>War Bruno angeleint? Galt an der Stelle Leinenpflicht?</li>
<li>Hat Herr Albrecht den Hund vorher gereizt oder ist er dicht an ihm vorbeigelaufen?</li>
<li>Gibt es Zeugen?</li><li>Ist Bruno schon einmal auffällig geworden?</li></ol>
<p>Bitte antworten Sie nicht direkt an Herrn Albrecht oder seinen Anwalt und geben Sie kein Schuldanerkenntnis ab –
das übernehmen wir für Sie.</p>
<p>Viele Grüße<br>Malin Rehberg<br>Haftpflicht-Schaden<br>Tel. 03831 4471-246</p>
</body></html>
""")

A("nl-letselschade-usedom", "STRICTLY_CONFIDENTIAL", "mixed", "lawyer",
  "inline forward of a Dutch lawyer's English letter quoting our German letter: cyclist Anouk de Vries, tibial plateau fracture, surgery, rehab; German cover note",
  MCA, "Henrike Voß <h.voss@boddenkrone.example>",
  "WG: Claim Mrs A. de Vries – accident Usedom 04/08/2025 – your ref KS-2025-003318",
  "2026-01-27 12:14",
  """Hallo Henrike,

zur Info, das kam heute von den niederländischen Anwälten. Sie wollen eine
Zwischenzahlung und eine Auskunft zur Haftungsquote. Ich antworte auf
Englisch, sobald du mir sagst, ob wir beim Mitverschulden (kein Licht am Rad?)
bleiben. Deinen Brief vom Dezember haben sie wörtlich zitiert.

Gruß
Fiona

---------- Forwarded message ----------
From: Mr. Joost van Riel <j.vanriel@vanriel-letsel.example>
Date: Mon, 26 Jan 2026 17:41
Subject: Claim Mrs A. de Vries – accident Usedom 04/08/2025 – your ref KS-2025-003318
To: international@boddenkrone.example

Dear Sir, Madam,

We act for Mrs Anouk de Vries, born 11 February 1990, of Utrecht, who was
hit on her bicycle by your insured's car (VG-LK 203) on 4 August 2025 in
Heringsdorf, Usedom.

Mrs de Vries sustained a fracture of the left tibial plateau (Schatzker II),
treated by open reduction and internal fixation at Klinikum Karlsburg, and
spent 9 days in hospital before she could be repatriated. She has since had
26 sessions of physiotherapy in Utrecht and returned to work part-time only
on 5 January 2026. Her orthopaedic surgeon expects early post-traumatic
arthritis.

In your letter of 15 December 2025 you wrote:

  "Wir sehen ein Mitverschulden Ihrer Mandantin von 25 %, da das Fahrrad
   nach Aussage unseres Versicherungsnehmers in der Dämmerung ohne
   Beleuchtung gefahren wurde. Vorbehaltlich der Ermittlungsakte bieten wir
   einen Vorschuss von 2.000 EUR an."

We dispute any contributory negligence. The police file (Az. 0815-25-
Heringsdorf) records that the bicycle lights were switched on. We ask you to
confirm full liability and to make an interim payment of EUR 10,000 to our
client account within 14 days.

Yours faithfully,
Joost van Riel
Van Riel Letselschade Advocaten, Utrecht
""")

A("klinik-entlassbrief-priebe", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
  "request to hospital for discharge and surgery reports of injured pedestrian Hannelore Priebe with birth date and inpatient period",
  VOSS, "Patientenverwaltung Sundklinikum <archiv@sundklinikum.example>",
  "Anforderung Entlassungs- und OP-Bericht – Patientin Hannelore Priebe, geb. 12.08.1947",
  "2026-03-06 08:47",
  """Sehr geehrte Damen und Herren,

Frau Hannelore Priebe, geb. 12.08.1947, wurde am 03.02.2026 als Fußgängerin
von einem bei uns haftpflichtversicherten Fahrzeug erfasst und war vom 03.02.
bis 19.02.2026 bei Ihnen in der Unfallchirurgie stationär. Sie wurde nach
unseren Informationen an der Hüfte operiert.

Zur Regulierung ihrer Ansprüche bitten wir um Übersendung von

- Entlassungsbericht (Unfallchirurgie),
- OP-Bericht vom 04.02.2026,
- ggf. Konsil- und Röntgenbefunde.

Die unterschriebene Schweigepflichtentbindung ihrer Tochter und Betreuerin,
Frau Karin Priebe-Lange, einschließlich Betreuerausweis, liegt bei. Die
Kopierkosten erstatten wir Ihnen gegen Rechnung.

Mit freundlichen Grüßen

""" + SIG["voss"] + "\n",
  atts=[Att("Entbindung_Priebe_Betreuerausweis.pdf", pdf(
      """**Schweigepflichtentbindung**

Betroffene: Hannelore Priebe, geb. 12.08.1947, Jungfernstieg 18, 18437 Stralsund
vertreten durch die Betreuerin Karin Priebe-Lange (Betreuerausweis AG Stralsund
XVII 412/24, Aufgabenkreis Gesundheitssorge, Vermögenssorge)

Hiermit entbinde ich die Ärztinnen und Ärzte des Sundklinikums Stralsund
gegenüber der Boddenkrone Allgemeine Versicherung AG von der Schweigepflicht
bezüglich der Behandlung nach dem Verkehrsunfall vom 03.02.2026
(Schenkelhalsfraktur links, Hüft-TEP).

Stralsund, 02.03.2026
gez. Karin Priebe-Lange""", title="Scan 02.03.2026"))])

A("klinik-kostenuebernahme-schweizer", "STRICTLY_CONFIDENTIAL", "de", "hospital",
  "inline-forwarded hospital letter: Swiss cyclist's mild traumatic brain injury and rib fractures, ICU stay, invoice, assignment of claims",
  VOSS, "Torsten Wiechert <t.wiechert@boddenkrone.example>",
  "WG: Kostenübernahme / Abtretung – Patient Reto Imhof – Unfall 11.09.2025",
  "2026-01-14 15:33",
  """Torsten,

kannst du dir die Abtretung ansehen? Herr Imhof ist Schweizer, privat
versichert in der Schweiz, und hat seine Ansprüche gegen uns offenbar ans
Krankenhaus abgetreten. Die Haftung ist klar, aber ich will nicht doppelt
zahlen, falls die Schweizer Kasse auch noch kommt.

Henrike

> -------- Original-Nachricht --------
> Von: Patientenabrechnung Kreiskrankenhaus Wolgast <abrechnung@kkh-wolgast.example>
> Datum: 13.01.2026 11:02
> An: kfz-schaden@boddenkrone.example
> Betreff: Kostenübernahme / Abtretung – Patient Reto Imhof – Unfall 11.09.2025
>
> Sehr geehrte Damen und Herren,
>
> Herr Reto Imhof, geb. 29.10.1961, wohnhaft in Winterthur (CH), wurde
> am 11.09.2025 nach einem Verkehrsunfall mit dem Fahrzeug Ihres
> Versicherungsnehmers (OVP-MT 55) bei uns aufgenommen.
>
> Diagnosen: leichtes Schädel-Hirn-Trauma (S06.0), Rippenserienfraktur
> links 4.–7. Rippe (S22.41) mit kleinem Pneumothorax, Schürfwunden.
> Er lag zwei Tage auf der Intensivstation und wurde am 19.09.2025
> entlassen.
>
> Herr Imhof hat seine Ansprüche auf Ersatz der Behandlungskosten in
> Höhe unserer Rechnung Nr. 2025-88412 über 9.614,37 EUR an uns
> abgetreten (Abtretungserklärung anbei). Eine deutsche Krankenkasse ist
> nicht vorhanden.
>
> Wir bitten um Zahlung innerhalb von 30 Tagen.
>
> Mit freundlichen Grüßen
> Doreen Wilke
> Patientenabrechnung
> Kreiskrankenhaus Wolgast gGmbH
""")

A("bg-wegeunfall-kuhlmann", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
  "statutory accident insurer's recourse for commuting accident of Jana Kuhlmann: injured-worker benefit, D-doctor treatment, contributory negligence; statement in DOCX",
  WIECHERT, "Regress BG Verkehr und Lager Nord <regress@bg-vln.example>",
  "Ihr Az. 4-2025-07713-K / unser Az. RG-2026-0077 – Wegeunfall Jana Kuhlmann",
  "2026-02-26 11:20",
  """Sehr geehrter Herr Tesch,

anbei unsere Stellungnahme zu Ihrer Regressforderung in der Sache Kuhlmann.
Kurz: Wir erkennen die Aufwendungen der Höhe nach weitgehend an, halten aber
an einem Mitverschulden Ihrer Versicherten von 30 % fest (Fahrt bei
Dunkelheit ohne Licht, siehe Zeugenaussage in der Ermittlungsakte).

Einen Abschlag von 70 % der anerkannten Summe überweisen wir nach Ihrer
Bestätigung.

Mit freundlichen Grüßen
""" + SIG["wiechert"] + "\n",
  atts=[Att("Stellungnahme_RG-2026-0077_Kuhlmann.docx", docx([
      "# Stellungnahme zur Regressforderung der BG Verkehr und Lager Nord",
      "Versicherte: Jana Kuhlmann, geb. 02.09.1994, Lagerarbeiterin bei Ostseefrost GmbH",
      "Unfall: 18.11.2025, 06:10 Uhr, Greifswalder Chaussee (Wegeunfall, Radfahrerin)",
      "Unser VN: Pkw HST-RP 902",
      "# 1. Haftung",
      "Unser VN hat die Radfahrerin beim Ausfahren aus einer Grundstückseinfahrt übersehen. Nach Aussage des Zeugen Bollow fuhr Frau Kuhlmann jedoch ohne Beleuchtung. Wir halten ein Mitverschulden von 30 % für angemessen.",
      "# 2. Aufwendungen der BG",
      [["Position", "Zeitraum", "Forderung", "Stellungnahme"],
       ["Heilbehandlung D-Arzt / Sundklinikum (distale Fibulafraktur, S82.6)", "18.11.–29.11.2025", "7.311,20 EUR", "anerkannt"],
       ["Physiotherapie/EAP", "12/2025–02/2026", "2.064,00 EUR", "anerkannt"],
       ["Verletztengeld", "30.12.2025–15.02.2026", "3.902,45 EUR", "anerkannt"],
       ["Psychotherapeutische Behandlung (Anpassungsstörung F43.2)", "ab 01/2026", "1.150,00 EUR", "Unfallzusammenhang bitte belegen"],
       ["Summe", "", "14.427,65 EUR", ""]],
      "# 3. Ergebnis",
      "Anerkannt 13.277,65 EUR, davon 70 % = 9.294,36 EUR. Zur Position Psychotherapie erbitten wir den Bericht der Therapeutin.",
      "Stralsund, 26.02.2026 – T. Wiechert"], title="Stellungnahme RG-2026-0077", author="Torsten Wiechert"))])

A("vorschuss-grabow-html", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "HTML-only letter to an unrepresented injured third party: concussion and scalp laceration, advance on pain and suffering paid to his IBAN",
  VOSS, "Dennis Grabow <d.grabow@freenet-post.example>",
  "Vorschuss auf Ihr Schmerzensgeld – Schaden KS-2026-001377",
  "2026-04-14 12:02",
  html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Vorschuss</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<p>Sehr geehrter Herr Grabow,</p>
<p>wie am Telefon besprochen, zahlen wir Ihnen vorab einen Vorschuss auf das Schmerzensgeld aus dem Unfall vom
27.03.2026 in der Heinrich-Heine-Straße. Nach dem Bericht der Notaufnahme haben Sie eine Gehirnerschütterung
(Commotio cerebri) und eine Platzwunde am Hinterkopf erlitten, die genäht wurde; Sie wurden eine Nacht zur
Beobachtung stationär aufgenommen.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde6ee"><th align="left">Position</th><th align="right">Betrag</th></tr>
<tr><td>Vorschuss Schmerzensgeld</td><td align="right">1.500,00 EUR</td></tr>
<tr><td>Zuzahlung Krankenhaus (1 Tag) und Medikamente</td><td align="right">24,80 EUR</td></tr>
<tr><td>Beschädigte Jacke (Zeitwert)</td><td align="right">85,00 EUR</td></tr>
<tr><td><b>Überweisung</b></td><td align="right"><b>1.609,80 EUR</b></td></tr>
</table>
<p>Empfänger: Dennis Grabow, IBAN DE41 1493 6924 0584 8189 77 – Wertstellung in etwa drei Bankarbeitstagen.</p>
<p>Über das endgültige Schmerzensgeld sprechen wir, sobald die Kopfschmerzen abgeklungen sind und Ihr Hausarzt
die Behandlung abgeschlossen hat. Bitte schicken Sie uns dann seinen kurzen Abschlussbericht.</p>
<p>Mit freundlichen Grüßen<br>Henrike Voß<br>Kfz-Schaden | Personenschäden<br>Tel. 03831 4471-212</p>
<p style="font-size:8pt;color:#777">Boddenkrone Allgemeine Versicherung AG | Am Querkanal 7 | 18439 Stralsund<br>
Sitz Stralsund, Amtsgericht Stralsund HRB 4417</p>
</body></html>
""")

A("claims-committee-tetraplegia", "STRICTLY_CONFIDENTIAL", "en", "internal",
  "internal large-loss note: motorcyclist Tobias Reincke with C5 tetraplegia, ventilation, 24h care, reserve increase and reinsurance notice",
  LUETKE, "Claims Committee <claims-committee@boddenkrone.example>",
  "Large loss KH-2025-0193 (Reincke) – reserve increase to EUR 6.1m – for decision 23 April",
  "2026-04-16 17:55",
  """Dear all,

For next Thursday's committee I ask for approval of a reserve increase on
KH-2025-0193.

Facts in short: on 30 August 2025 our insured (car, VR-AK 1188) turned left
across the path of a motorcycle on the B 105 near Löbnitz. The rider,
Mr Tobias Reincke, then 26, suffered a C5 fracture-dislocation with complete
spinal cord injury (AIS A). He spent 11 weeks at the BG Klinikum Hamburg
spinal unit, was ventilated for the first three weeks and has since been
in rehabilitation. He will remain tetraplegic, needs 24-hour assistance and
a wheelchair-accessible flat. His mother has given up her job to care for
him in the interim.

Liability is 100 % against our insured; the police reconstruction is clear.

Reserve development:
  - initial reserve (Sep 2025)            EUR 2.40m
  - care costs, 24h model, capitalised    EUR 3.35m
  - loss of earnings (trainee electrician,
    career projection to age 67)          EUR 1.10m
  - pain and suffering (tetraplegia,
    young age)                            EUR 0.60m
  - home conversion, vehicle, aids        EUR 0.45m
  - less paid to date                    -EUR 0.31m
  - less expected recourse share of the
    health insurer already in reserve    -EUR 1.09m
  => proposed reserve                     EUR 6.10m

Rasmus will notify Kattegat Re under the motor XL (priority EUR 2.5m) once
the committee has agreed. Please treat this as strictly confidential – the
medical reports are in the e-file, not attached here.

Jasper

""" + SIG["luetkemeyer"] + "\n")

A("broker-forklift-visitor", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
  "commercial liability claim to broker: visiting truck driver Sergiusz Wójcik crushed by forklift, metatarsal fractures, toe amputation; quoted broker mail",
  LUETKE, "Priya Raman <p.raman@northbridge-brokers.example>",
  "RE: Hanseport Logistics GmbH – GL policy BH-2024-77120 – incident 3 March 2026",
  "2026-03-20 09:36",
  """Dear Ms Raman,

thank you for forwarding the incident report. A short status from our side:

The injured visitor is Mr Sergiusz Wójcik, a driver employed by a Polish
haulier, who was waiting next to his trailer on ramp 4 when a forklift
reversed into him. According to the hospital report his left foot was
crushed: fractures of the second to fourth metatarsals and a degloving
injury of the big toe, which had to be amputated on 5 March. He is still
in hospital in Rostock and will be transferred to Szczecin next week.

We will need from Hanseport:
  1. the internal accident report and the CCTV footage of ramp 4, if kept;
  2. the written statement of the forklift driver (Mr Dominik Stüber),
     his forklift licence and the instruction records;
  3. the traffic plan for the yard (pedestrian zones for visiting drivers).

Please note that Mr Wójcik's own statutory accident insurer in Poland (ZUS)
will very likely claim recourse against Hanseport, and he may claim pain and
suffering under German law. We have set up a reserve and appointed our panel
lawyers, Hagedorn Rechtsanwälte, to handle any correspondence with his
representatives. Hanseport should not make any statement on liability.

Best regards
Jasper Lütkemeyer
Team Leader Major Liability Claims
Boddenkrone Allgemeine Versicherung AG

From: Priya Raman <p.raman@northbridge-brokers.example>
Sent: Wednesday, 18 March 2026 14:11
To: Lütkemeyer, Jasper
Subject: Hanseport Logistics GmbH – GL policy BH-2024-77120 – incident 3 March 2026

Dear Dr Lütkemeyer,
please find attached the first notice from our client Hanseport regarding
the forklift accident at their Stralsund warehouse. The client is worried
about the press and asks for your guidance.
Kind regards, Priya
Northbridge Insurance Brokers GmbH, Hamburg
""")

A("ta-ostsee-kk-quartal-csv", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
  "harmless body; only the CSV lists named insured persons of a health insurer with accident dates, treatment costs and quotas under a sharing agreement",
  WIECHERT, "Teilungsabkommen Ostsee-Krankenkasse <ta@ostsee-kk.example>",
  "Teilungsabkommen – Abrechnung 1. Quartal 2026",
  "2026-04-21 08:55",
  """Sehr geehrte Damen und Herren,

anbei die Abrechnungsliste zum Teilungsabkommen für das 1. Quartal 2026
(Format wie vereinbart, Semikolon, Windows-Zeichensatz). Der Gesamtbetrag wird
mit Valuta 30.04.2026 auf Ihr bekanntes Konto überwiesen.

Fälle mit Aufwendungen über dem Limit des Abkommens haben wir wie üblich
herausgenommen; dazu erhalten Sie gesonderte Post.

Mit freundlichen Grüßen
""" + SIG["wiechert"] + "\n",
  atts=[Att("TA_OstseeKK_2026Q1.csv", csvb([
      ["Lfd", "Unser Az", "Versicherte/r", "Geb.-Datum", "KV-Nr", "Unfalltag", "Sparte", "Aufwendungen KK", "Quote", "Zahlbetrag"],
      ["1", "TA-26-0031", "Bräuer, Helga", "17.03.1952", "O902331870", "06.12.2025", "Kfz", "3.412,70", "55%", "1.876,99"],
      ["2", "TA-26-0036", "Lemke, Finn", "30.07.2011", "O441092213", "19.12.2025", "Privathaftpflicht", "812,40", "50%", "406,20"],
      ["3", "TA-26-0040", "Schäfer, Dieter", "02.01.1968", "O118740022", "03.01.2026", "Kfz", "5.980,15", "55%", "3.289,08"],
      ["4", "TA-26-0044", "Yildiz, Ayse", "14.11.1985", "O770312954", "11.01.2026", "Kfz", "1.204,00", "55%", "662,20"],
      ["5", "TA-26-0047", "Kowalczyk, Marta", "25.05.1999", "O330198477", "24.01.2026", "Hundehalter", "640,90", "50%", "320,45"],
      ["6", "TA-26-0052", "Rusch, Heinz-Günter", "09.09.1949", "O092288104", "02.02.2026", "Kfz", "8.118,60", "55%", "4.465,23"],
      ["", "", "", "", "", "", "", "", "Summe", "11.020,15"],
  ], "cp1252"), ctype="text/csv", charset="windows-1252")])

A("regress-trunkenheit-lenz", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "recourse against own policyholder Kevin Lenz for drunk driving: blood alcohol 1.38 per mille, penal order under s.316 StGB, payment demand",
  WIECHERT, "Kevin Lenz <kevin.lenz88@mailbox-nord.example>",
  "Regress wegen Obliegenheitsverletzung – Vertrag K 7745 3310 8 – Unfall 31.10.2025",
  "2026-03-17 10:02",
  """Sehr geehrter Herr Lenz,

im Anhang erhalten Sie unser Schreiben zum Regress aus dem Unfall vom
31.10.2025. Es geht um die Erstattung von 5.000 EUR, die wir wegen der
Alkoholfahrt von Ihnen zurückfordern müssen. Ratenzahlung ist möglich,
melden Sie sich dazu gern bei mir.

Mit freundlichen Grüßen
""" + SIG["wiechert"] + "\n",
  atts=[Att("Regress_K774533108_Lenz.pdf", pdf(
      """Boddenkrone Allgemeine Versicherung AG - Regress - Am Querkanal 7 - 18439 Stralsund

Herrn
Kevin Lenz
Knieperdamm 74
18435 Stralsund

Stralsund, 17.03.2026
Vertrag K 7745 3310 8 / Schaden KS-2025-003980

**Rückforderung nach Obliegenheitsverletzung (Alkohol am Steuer)**

Sehr geehrter Herr Lenz,

am 31.10.2025 gegen 23:50 Uhr sind Sie mit Ihrem bei uns versicherten Pkw
HST-KL 88 in der Sarnowstraße auf zwei parkende Fahrzeuge aufgefahren. Die
bei Ihnen entnommene Blutprobe ergab eine Blutalkoholkonzentration von
1,38 Promille. Das Amtsgericht Stralsund hat gegen Sie am 12.02.2026 einen
Strafbefehl wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB) erlassen,
der rechtskräftig ist.

Wir haben die Schäden der Geschädigten in Höhe von 11.742,30 EUR reguliert.
Nach D.1.1.2 und D.2.1 AKB in Verbindung mit § 5 Abs. 3 KfzPflVV sind wir
berechtigt, bis zu 5.000 EUR von Ihnen zurückzufordern.

Bitte überweisen Sie 5.000,00 EUR bis zum 15.04.2026 auf unser Konto
IBAN DE33 5668 3689 1843 1608 35, Verwendungszweck RG KS-2025-003980.

Die Kaskoleistung für Ihr eigenes Fahrzeug lehnen wir wegen grober
Fahrlässigkeit ab (gesondertes Schreiben vom 20.11.2025).

Mit freundlichen Grüßen
Torsten Wiechert""", title="Regress Lenz"))])

A("polizei-fwd-okafor", "STRICTLY_CONFIDENTIAL", "mixed", "internal",
  "English cover note with forwarded German police message (rfc822): passenger Grace Okafor slightly injured, abrasions, taken to hospital by ambulance",
  MCA, "Kfz-Schaden Personenschäden <kfz-ps@boddenkrone.example>",
  "FW: Verkehrsunfallmitteilung PI Anklam – your customer Okafor",
  "2026-02-05 16:40",
  """Hi team,

attached is the police notification for our English-speaking customer
Daniel Okafor (car policy K 7745 5120 4). His wife Grace was a passenger and
was taken to hospital by ambulance. Mr Okafor called me and is very worried
about the other driver's claims. Could someone from the Personenschaden team
take this over? I'm happy to translate when you call him.

Thanks,
Fiona
""",
  atts=[Fwd(F("Polizeiinspektion Anklam <pi.anklam@polizei-mv.example>",
              "kfz-schaden@boddenkrone.example",
              "Verkehrsunfallmitteilung VU 0304-2026-00117",
              "2026-02-04 09:12",
              """Sehr geehrte Damen und Herren,

gemäß § 32 StVG übermitteln wir Ihnen folgende Angaben zum Verkehrsunfall:

Unfallzeit/-ort: 03.02.2026, 17:25 Uhr, B 109, Ortsausgang Anklam
Beteiligter 1: Daniel Okafor, Pkw VG-DO 312, Halter: Daniel Okafor,
  Versicherer: Boddenkrone Allgemeine Versicherung AG
Beteiligter 2: Mandy Schwarz, Pkw OVP-MS 41, Versicherer: HanseMobil Versicherung

Unfallhergang (vorläufig): B1 kam bei Überholvorgang ins Schleudern und
kollidierte mit dem entgegenkommenden B2.

Verletzte Personen:
- Grace Okafor (Beifahrerin in Fz 1), leicht verletzt: Schürfwunden und
  Prellungen am Unterarm, Verdacht auf Schleudertrauma; mit RTW ins
  AMEOS Klinikum Anklam verbracht.
- Mandy Schwarz: unverletzt.

Es wird ein Ermittlungsverfahren geführt. Akteneinsicht über die
Staatsanwaltschaft Stralsund.

Mit freundlichen Grüßen
Polizeiinspektion Anklam – Verkehrsunfalldienst
"""), "Verkehrsunfallmitteilung_VU-0304-2026-00117.eml")])

A("uk-solicitor-whitcombe", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
  "letter to UK solicitors: pedestrian Eleanor Whitcombe, wrist fracture and PTSD, medical records requested, interim payment",
  MCA, "Harlow & Finch Solicitors <injury@harlowfinch.example>",
  "Your client Mrs Eleanor Whitcombe – accident Stralsund 12 September 2025 – our ref KS-2025-003702",
  "2026-02-12 11:18",
  """Dear Sirs,

We refer to your letter of 30 January 2026.

We confirm that we are the motor liability insurer of the car HST-JB 630
which struck your client, Mrs Eleanor Whitcombe, on the pedestrian crossing
at the Neuer Markt in Stralsund on 12 September 2025, while she was on a
coach holiday. Liability is not in dispute.

The claim is governed by German law (Art. 4(1) Rome II). General damages
will therefore be assessed under German principles of Schmerzensgeld, which
are generally lower than the figures in the Judicial College Guidelines you
quote.

Your client's injuries as set out in your letter are a displaced distal
radius fracture of the right wrist, treated with K-wires at the Sundklinikum
and later revised in Leeds, and post-traumatic stress disorder diagnosed by
her GP in November 2025, for which she is receiving CBT.

To assess the claim we need:
  - the complete GP records from September 2023 onwards,
  - the Leeds Teaching Hospitals operation note and fracture clinic letters,
  - the report of the treating psychologist, including any previous history
    of anxiety or depression,
  - evidence of the holiday costs and any loss of earnings (we understand
    your client is retired).

Pending this, we are prepared to make an interim payment of EUR 3,000 on
account of general damages, without admission as to quantum. Please send
your client account details on letterhead.

""" + SIG["mcallister"] + "\n")

A("unfallanalytik-auftrag-bartsch", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
  "order for a biomechanical report: claimant Melanie Bartsch's neck complaints, vertigo, prior disc herniation; ZIP with file extracts",
  VOSS, "Institut für Unfallanalytik Nordost <auftrag@unfallanalytik-nordost.example>",
  "Auftrag biomechanisches Gutachten – KS-2026-000902 – Heckanstoß 08.01.2026",
  "2026-03-10 14:14",
  """Sehr geehrter Herr Dipl.-Ing. Hirschfeld,

wir beauftragen Sie mit einem unfallanalytisch-biomechanischen Gutachten zu
folgendem Heckanstoß:

Datum/Ort: 08.01.2026, Rostocker Chaussee/Lindenallee, Stralsund
Stoßendes Fahrzeug (unser VN): BMW 320d Touring, HST-AW 551
Gestoßenes Fahrzeug: VW Polo, HST-MB 19, Fahrerin Frau Melanie Bartsch

Frau Bartsch macht HWS-Beschwerden, Kopfschmerzen und anhaltenden Schwindel
geltend und war vier Wochen arbeitsunfähig. Im MRT zeigte sich ein
Bandscheibenvorfall C5/C6, der nach Angaben der Krankenkasse vorbestand.

Fragestellung:
1. Welche kollisionsbedingte Geschwindigkeitsänderung (Δv) und mittlere
   Beschleunigung wirkte auf den Polo?
2. Liegt diese im Bereich, in dem nach biomechanischer Erfahrung
   HWS-Verletzungen bei einer Person dieser Konstitution (43 Jahre,
   168 cm, ca. 70 kg, Kopfstütze korrekt eingestellt) zu erwarten sind?

Im ZIP finden Sie das Schadengutachten des Büros Raddatz & Kolbe mit
Lichtbildern (Auszug), die Unfallschilderung der Beteiligten und das Attest
des Hausarztes. Honorar nach Rahmenvereinbarung 2026.

Mit freundlichen Grüßen

""" + SIG["voss"] + "\n",
  atts=[Att("KS-2026-000902_Unterlagen.zip", zipfile_b([
      ("01_Schadengutachten_Auszug.pdf", pdf(
          """Ingenieurbüro Raddatz & Kolbe - Kfz-Sachverständige
Gutachten Nr. RK-26-0114 (Auszug)

Fahrzeug: VW Polo 1.0 TSI, HST-MB 19, EZ 05/2019
Halterin: Melanie Bartsch, Rostocker Chaussee 112, 18437 Stralsund
Schaden: Stoßfänger hinten eingedrückt, Querträger leicht verformt,
Heckklappe unbeschädigt.
Reparaturkosten: 1.870,44 EUR brutto, Wertminderung: keine
Anstoßgeschwindigkeit (Schätzung): 12-15 km/h; Fahrzeug stand.""", title="RK-26-0114")),
      ("02_Attest_Hausarzt.txt",
       "Dr. med. Bernd Oltmanns, Allgemeinmedizin, Stralsund\r\n"
       "Attest zur Vorlage bei der Versicherung\r\n\r\n"
       "Frau Melanie Bartsch, geb. 21.06.1982, stellte sich am 08.01.2026 vor.\r\n"
       "Diagnosen: HWS-Distorsion (S13.4 G), Cephalgie, Schwindel.\r\n"
       "Therapie: Ibuprofen 600 mg, KG 12x, AU 08.01.-06.02.2026.\r\n"),
      ("03_Unfallschilderung.txt",
       "VN (Herr A. Wendorf): Ampel sprang auf Gruen, ich bin angefahren, die Dame vor mir\r\n"
       "ist aber stehen geblieben. Ich war vielleicht mit 10-15 km/h unterwegs.\r\n"
       "Geschaedigte: Ich stand an der Ampel, es gab einen heftigen Ruck.\r\n"),
  ]))])


# ---------------------------------------------------------------- motor / liability, property damage only
A("kfz-auffahr-unfallbericht", "CONFIDENTIAL", "de", "insurer-to-customer",
  "motor liability claim of policyholder Doreen Fiedler: contract, claim number, plates; nobody injured",
  BRUEGGE, "Doreen Fiedler <doreen.fiedler@t-netz.example>",
  "Ihr Haftpflichtschaden vom 02.03.2026 – Schaden-Nr. KS-2026-001021",
  "2026-03-03 09:12",
  """Sehr geehrte Frau Fiedler,

danke für Ihren Anruf gestern. Wie besprochen haben wir den Schaden vom
02.03.2026 auf dem Parkplatz des Strelapark unter der oben genannten Nummer
angelegt. Sie sind dort beim Ausparken mit Ihrem Pkw HST-DF 260 gegen den
abgestellten Skoda Fabia HST-GE 1107 gestoßen. Verletzt wurde niemand.

Damit wir den Schaden des anderen Halters regulieren können, schicken Sie mir
bitte noch:

- den Europäischen Unfallbericht, falls Sie ihn vor Ort ausgefüllt haben,
  sonst eine kurze Schilderung mit Skizze,
- zwei, drei Fotos von Ihrem Fahrzeug (vorne rechts),
- Name und Anschrift des Zeugen, den Sie am Telefon erwähnt haben.

Ihr Vertrag K 7745 2081 6 ist durch den Schaden nicht gefährdet. Ob und wie
sich Ihr Schadenfreiheitsrabatt ändert, hängt von der Höhe der Zahlung ab;
bis 1.000 EUR können Sie den Schaden später selbst an uns zurückzahlen und so
die Rückstufung vermeiden. Ich melde mich, sobald das Gutachten der
Gegenseite vorliegt.

""" + SIG["brueggemann"] + "\n")

A("mietwagen-sundmobil-gruppe", "CONFIDENTIAL", "de", "insurer-to-partner",
  "rental-car invoice dispute for claimant Ralf Dittmer: name, plate, rental period and vehicle class; no injury mentioned",
  BRUEGGE, "Abrechnung Sundmobil <abrechnung@sundmobil.example>",
  "AW: Rechnung MV-26-01877 – Geschädigter Ralf Dittmer – Schaden KS-2026-000644",
  "2026-02-20 14:40",
  """Sehr geehrte Frau Kaminski,

zu Ihrer Rechnung MV-26-01877 über 1.926,60 EUR:

Herr Dittmer fährt einen Ford Focus Turnier (HST-RD 74), Mietwagengruppe 4
nach unserer Rahmenvereinbarung. Sie haben ihm einen Gruppe-5-Wagen (Passat
Variant) übergeben und die Gruppe 5 abgerechnet. Eine Hochstufung war weder
beantragt noch von uns freigegeben; nach dem Vertrag gilt dann der Tarif der
Gruppe, in die das beschädigte Fahrzeug fällt.

Außerdem hat die Reparatur laut Werkstatt am 13.02. geendet, das Fahrzeug
wurde aber erst am 17.02. zurückgegeben. Vier Tage zahlen wir daher nicht,
es sei denn, Sie weisen nach, dass die Werkstatt Herrn Dittmer den Wagen
später übergeben hat.

Wir erstatten:
  12 Tage Gruppe 4 à 71,50 EUR       858,00 EUR
  Zustellung/Abholung                  30,00 EUR
  Haftungsreduzierung 12 Tage à 9,00  108,00 EUR
  netto                               996,00 EUR
  zzgl. 19 % USt                      189,24 EUR
  gesamt                            1.185,24 EUR

Die Zahlung geht heute raus.

""" + SIG["brueggemann"] + """

> Am 18.02.2026 um 10:21 schrieb Abrechnung Sundmobil:
> Sehr geehrte Damen und Herren,
> anbei unsere Rechnung für die Anmietung des Geschädigten Ralf Dittmer
> (Reparaturzeit nach Unfall mit Ihrem VN) vom 01.02. bis 17.02.2026.
> Abtretung liegt vor. Wir bitten um Ausgleich innerhalb von 14 Tagen.
> Mit freundlichen Grüßen
> Jessica Kaminski, Sundmobil Autovermietung GmbH
""")

A("gutachtenauftrag-steinhagen", "CONFIDENTIAL", "de", "insurer-to-assessor",
  "order to the assessor: claimant Nicole Steinhagen's car (plate, VIN), address, phone; suspected total loss, no injury",
  BRUEGGE, "Raddatz & Kolbe Kfz-Sachverständige <auftrag@raddatz-kolbe.example>",
  "Gutachtenauftrag KS-2026-001140 – Opel Astra HST-NS 35 – Verdacht Totalschaden",
  "2026-03-12 08:26",
  """Moin Herr Raddatz,

bitte besichtigen Sie kurzfristig folgendes Fahrzeug:

Halterin/Anspruchstellerin: Nicole Steinhagen
Anschrift: Lüssower Weg 3, 18442 Lüssow
Telefon: 0152 21873309 (ab 16 Uhr)
Fahrzeug: Opel Astra K Sports Tourer 1.2, EZ 09/2019, ca. 87.000 km
Kennzeichen: HST-NS 35, FIN W0V0B8E38K1044721
Standort: Abschleppdienst Peters, Grimmen

Unser VN ist der Dame am 10.03. seitlich in die Fahrertür gefahren,
Haftung 100 %. Der Wagen ist nicht fahrbereit, Airbags ausgelöst.
Personenschaden wurde nicht gemeldet.

Wir rechnen mit einem wirtschaftlichen Totalschaden. Bitte ermitteln Sie
Wiederbeschaffungswert und Restwert (mind. drei Angebote aus dem regionalen
Markt, nicht nur Restwertbörse) und geben Sie die Wiederbeschaffungsdauer an.

Frau Steinhagen hat bereits einen Mietwagen bei Sundmobil, bitte sagen Sie
mir Bescheid, sobald das Gutachten fertig ist, damit die Mietdauer nicht
unnötig läuft.

Danke und Gruß
Ole Brüggemann
Kfz-Schaden Sachschaden
""")

A("gutachten-raddatz-steinhagen", "CONFIDENTIAL", "de", "assessor",
  "forwarded assessor's report (PDF): owner Nicole Steinhagen, plate, VIN, replacement and residual value; property damage only",
  BRUEGGE, "Melanie Dreyer <m.dreyer@boddenkrone.example>",
  "WG: Gutachten RK-26-0207 Steinhagen – zur Info wg. Totalschadenabrechnung",
  "2026-03-16 11:03",
  """Hallo Melanie,

hier das Gutachten zu Steinhagen. Totalschaden wie erwartet. Kannst du die
Restwertangebote bitte einmal gegen die Börse spiegeln, bevor ich abrechne?
Frau Steinhagen will den Wagen nicht behalten.

Ole

-------- Weitergeleitete Nachricht --------
Betreff: Gutachten RK-26-0207 – HST-NS 35
Datum: Mon, 16 Mar 2026 10:40:12 +0100
Von: Frank Raddatz <f.raddatz@raddatz-kolbe.example>
An: Ole Brüggemann <o.brueggemann@boddenkrone.example>

Sehr geehrter Herr Brüggemann,
anbei das Gutachten. Die Originalrechnung geht per Post.
Mit freundlichen Grüßen
Dipl.-Ing. (FH) Frank Raddatz
""",
  atts=[Att("Gutachten_RK-26-0207_HST-NS35.pdf", pdf(
      """Ingenieurbüro Raddatz & Kolbe - Kfz-Sachverständige - Heinrich-Heine-Ring 88 - 18435 Stralsund

**Schadengutachten Nr. RK-26-0207**

Auftraggeber: Boddenkrone Allgemeine Versicherung AG, Schaden KS-2026-001140
Anspruchstellerin/Halterin: Nicole Steinhagen, Lüssower Weg 3, 18442 Lüssow
Besichtigung: 13.03.2026, Abschleppdienst Peters, Grimmen

Fahrzeug: Opel Astra K Sports Tourer 1.2 Turbo, 81 kW, Benzin
Kennzeichen: HST-NS 35   FIN: W0V0B8E38K1044721
Erstzulassung: 19.09.2019   Laufleistung abgelesen: 86.912 km
Vorschäden: instandgesetzter Parkschaden Stoßfänger hinten (2022)

Schadenbeschreibung: Seitenanprall links, B-Säule und Schweller stark
eingedrückt, Fahrer- und Fondtür, Seitenairbag und Kopfairbag ausgelöst,
Lenkung verzogen.

Reparaturkosten (kalkuliert, brutto):      8.911,73 EUR
Wiederbeschaffungswert (differenzbest.):   9.400,00 EUR
Restwert (höchstes Angebot, regional):     1.950,00 EUR
  Angebote: Autoverwertung Grimmen 1.950 EUR, KFZ-Handel Demmin 1.700 EUR,
  Export Rostock 1.620 EUR
Wiederbeschaffungsdauer: 14 Kalendertage
Nutzungsausfallgruppe: D

Ergebnis: Reparaturkosten übersteigen den Wiederbeschaffungsaufwand
(7.450,00 EUR). Wirtschaftlicher Totalschaden.

Stralsund, 16.03.2026
Dipl.-Ing. (FH) Frank Raddatz, öffentlich bestellter und vereidigter Sachverständiger""",
      title="Gutachten RK-26-0207", author="Raddatz & Kolbe"))])

A("totalschaden-abrechnung-steinhagen", "CONFIDENTIAL", "de", "insurer-to-customer",
  "total-loss settlement for claimant Nicole Steinhagen: replacement value minus residual value, loss of use, her IBAN; property only",
  BRUEGGE, "Nicole Steinhagen <nicole.steinhagen@gmx-nord.example>",
  "Abrechnung Ihres Fahrzeugschadens – Opel Astra HST-NS 35",
  "2026-03-19 15:20",
  """Sehr geehrte Frau Steinhagen,

nach dem Gutachten des Sachverständigen Raddatz liegt an Ihrem Opel Astra ein
wirtschaftlicher Totalschaden vor. Wir rechnen wie folgt ab:

  Wiederbeschaffungswert               9.400,00 EUR
  abzüglich Restwert                  -1.950,00 EUR
  Wiederbeschaffungsaufwand            7.450,00 EUR
  Abschleppkosten (Rechnung Peters)      386,75 EUR
  Gutachterkosten (direkt an SV)       direkt
  Kostenpauschale                         25,00 EUR
  Abmeldekosten                           20,00 EUR
  Summe an Sie                         7.881,75 EUR

Den Mietwagen übernehmen wir bis zum 27.03.2026 direkt mit Sundmobil.

Der Restwertaufkäufer Autoverwertung Grimmen holt den Wagen nach Ihrer
Zustimmung kostenlos beim Abschleppdienst ab und zahlt Ihnen die 1.950 EUR
bei Abholung. Wenn Sie den Wagen woanders verkaufen, legen wir trotzdem
diesen Restwert zugrunde.

Die Überweisung erfolgt auf Ihr Konto DE20 3450 1580 7970 3064 54.

""" + SIG["brueggemann"] + "\n",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Steinhagen,</p>
<p>nach dem Gutachten des Sachverständigen Raddatz liegt an Ihrem Opel Astra ein wirtschaftlicher Totalschaden vor.
Wir rechnen wie folgt ab:</p>
<table cellpadding="3" style="border-collapse:collapse">
<tr><td>Wiederbeschaffungswert</td><td align="right">9.400,00 EUR</td></tr>
<tr><td>abzüglich Restwert</td><td align="right">-1.950,00 EUR</td></tr>
<tr><td>Wiederbeschaffungsaufwand</td><td align="right">7.450,00 EUR</td></tr>
<tr><td>Abschleppkosten (Rechnung Peters)</td><td align="right">386,75 EUR</td></tr>
<tr><td>Gutachterkosten</td><td align="right">direkt an SV</td></tr>
<tr><td>Kostenpauschale</td><td align="right">25,00 EUR</td></tr>
<tr><td>Abmeldekosten</td><td align="right">20,00 EUR</td></tr>
<tr style="border-top:1px solid #000"><td><b>Summe an Sie</b></td><td align="right"><b>7.881,75 EUR</b></td></tr>
</table>
<p>Den Mietwagen übernehmen wir bis zum 27.03.2026 direkt mit Sundmobil.</p>
<p>Der Restwertaufkäufer Autoverwertung Grimmen holt den Wagen nach Ihrer Zustimmung kostenlos beim Abschleppdienst ab
und zahlt Ihnen die 1.950&nbsp;EUR bei Abholung. Wenn Sie den Wagen woanders verkaufen, legen wir trotzdem diesen
Restwert zugrunde.</p>
<p>Die Überweisung erfolgt auf Ihr Konto DE20 3450 1580 7970 3064 54.</p>
<p>Mit freundlichen Grüßen<br>Ole Brüggemann<br>Kfz-Schaden Sachschaden</p>
</body></html>
""")

A("en-kasko-parking-brooks", "CONFIDENTIAL", "en", "insurer-to-customer",
  "comprehensive motor claim of customer Hannah Brooks: policy, plate, leased car, excess; hit-and-run parking damage, no injury",
  BRUEGGE, "Hannah Brooks <hannah.brooks@mailcloud.example>",
  "Your claim KS-2026-001288 – parking damage to HST-HB 2024",
  "2026-03-27 10:30",
  """Dear Ms Brooks,

Thank you for reporting the damage to your Tesla Model 3 (HST-HB 2024),
which you found scratched and dented on the rear left door in the car park
at Ozeaneum on 24 March. As the other party left without leaving details,
we settle this under your comprehensive cover (policy K 7745 6034 1, excess
EUR 300).

As the car is leased from Nordlease Mobility, the payment will go to the
repair shop or to the lessor; we cannot pay it to you directly. Please:

  1. have the car inspected at a Tesla-approved body shop and send us the
     estimate before repairs start,
  2. send us the police reference number (you mentioned you reported it
     at the Stralsund police station),
  3. tell us whether the lessor has agreed to the repair.

A claim under comprehensive cover without any payment by us to third parties
does affect your no-claims class. If the repair costs turn out to be low, you
may prefer to pay them yourself – let me know and I can calculate the
difference for you.

Kind regards,
Ole Brüggemann
Motor Claims (Property Damage)
Boddenkrone Allgemeine Versicherung AG
Phone +49 3831 4471-230
""")

A("en-child-scratched-car", "CONFIDENTIAL", "en", "insurer-to-customer",
  "personal liability claim of policyholder Oliver Bennett: his 7-year-old son scratched a neighbour's parked car; names, policy, claim; property only",
  REHBERG, "Oliver Bennett <o.bennett@bennett-family.example>",
  "RE: Scratch on our neighbour's car – personal liability policy PH-3301-8826",
  "2026-05-06 13:48",
  """Dear Mr Bennett,

thank you for your quick message and the photos.

As I understand it, your son Harry (7) rode his bicycle along the pavement
on Sunday and scraped the left side of your neighbour Mr Ludwig's parked
Audi with the handlebar. There is a long scratch over both doors.

Under German law (section 828 BGB) a child of seven is not liable for damage
caused in moving road traffic, but a parked car is a special case: the
courts say the privilege does not apply when the car was parked and the
situation was not typical of traffic stress. Whether Harry could understand
that he had to be careful is then the deciding question.

Your policy includes our "children under the age of liability" clause up to
EUR 15,000, so we will settle Mr Ludwig's damage in any case – you do not
have to argue with your neighbour about it. Please pass on my contact
details to him and ask him to send us a repair estimate. We pay the net
amount if he does not have the car repaired.

There is no excess on this claim.

Kind regards
Malin Rehberg
Liability Claims
Boddenkrone Allgemeine Versicherung AG

> From: Oliver Bennett
> Sent: Monday, 4 May 2026 21:02
> Hi, our son accidentally scratched our neighbour's car with his bike.
> Nobody hurt, thankfully, but the neighbour is rather upset. Is this
> something our liability insurance covers? Photos attached. Oliver
""")

A("ra-wertminderung-benthin", "CONFIDENTIAL", "de", "insurer-to-lawyer",
  "lawyer correspondence on property damage of client Stephan Ruge: diminished value, loss of use, plate; client explicitly uninjured",
  BRUEGGE, "RA Kai Benthin <kanzlei@benthin-recht.example>",
  "Ihr Zeichen 098/26 Ruge ./. Boddenkrone – merkantile Wertminderung, Nutzungsausfall",
  "2026-02-11 16:07",
  """Sehr geehrter Herr Rechtsanwalt Benthin,

zu Ihrem Schreiben vom 03.02.2026:

Die Reparaturkosten für den Mercedes C 220 d Ihres Mandanten Stephan Ruge
(HST-SR 220) in Höhe von 6.342,18 EUR sind bereits am 29.01. an die
Werkstatt Wendt gezahlt worden.

Die geforderte merkantile Wertminderung von 900 EUR können wir nicht
nachvollziehen. Das Fahrzeug ist fast sieben Jahre alt, hat 164.000 km
Laufleistung und einen reparierten Vorschaden am Heck. Unser Sachverständiger
hält 350 EUR für angemessen; dieser Betrag wird angewiesen.

Nutzungsausfall: Die Reparatur dauerte laut Werkstatt sechs Arbeitstage.
Wir zahlen 8 Kalendertage Gruppe F (8 × 79 EUR = 632 EUR). Die weiteren fünf
Tage bis zur Auftragserteilung waren für die Gutachtenerstellung nicht
erforderlich.

Schmerzensgeld wird von Ihnen nicht geltend gemacht; Ihr Mandant war nach
Ihrer Mitteilung unverletzt. Die Anwaltskosten regulieren wir aus einem
Gegenstandswert von 7.349,18 EUR.

""" + SIG["brueggemann"] + "\n")

A("nl-polderzeker-regress-mixed", "CONFIDENTIAL", "mixed", "insurer-to-partner",
  "recourse demand to a Dutch insurer in English quoting the German accident report: drivers' names, plates, amounts; nobody injured",
  MCA, "Claims Department Polderzeker <schade@polderzeker.example>",
  "Recourse claim – your insured B. Hoekstra (NL 72-KRB-4) – accident Bergen auf Rügen 14 July 2026",
  "2026-08-03 10:55",
  """Dear colleagues,

We are the motor insurer of Mrs Claudia Ewert, whose Volkswagen Golf
(RÜG-CE 91) was hit from behind by your insured, Mr Bram Hoekstra, driving a
camper van with Dutch plates 72-KRB-4, on 14 July 2026 in Bergen auf Rügen.

Both drivers completed the European Accident Statement. Under "circumstances"
Mr Hoekstra ticked box 2 (rear-end, same direction, same lane). His own
remark in section 14 reads, in German:

  "Ich habe zu spät gebremst, weil ich auf das Navi geschaut habe. Niemand
   wurde verletzt."

(I braked too late because I was looking at the navigation system. Nobody
was injured.)

We have indemnified our policyholder under her comprehensive cover and
claim recourse under Art. 86 of the Dutch Civil Code / § 86 VVG:

  Repair costs (Autohaus Bergen, invoice 26-4471)    EUR 4,118.62
  Towing                                              EUR   214.00
  Rental car 5 days (Sundmobil)                       EUR   468.50
  Total                                               EUR 4,801.12

Please pay to Boddenkrone Allgemeine Versicherung AG,
IBAN DE33 5668 3689 1843 1608 35, reference RG-2026-0341.
Mrs Ewert's uninsured loss (excess EUR 500) is claimed by her directly.

""" + SIG["mcallister"] + "\n")

A("en-wildlife-collision-watanabe", "CONFIDENTIAL", "en", "insurer-to-customer",
  "partial-cover deer collision of customer Kenji Watanabe: plate, policy, payout to his IBAN; no one hurt",
  BRUEGGE, "Kenji Watanabe <k.watanabe@campus-greifswald.example>",
  "Deer collision 19 November 2026 – claim KS-2026-004460 settled",
  "2026-12-01 09:20",
  """Dear Mr Watanabe,

good news: we have settled the damage from your collision with a roe deer on
the L 26 near Levenhagen under the partial cover ("Teilkasko") of your policy
K 7745 7710 2.

Thank you for the hunting lessee's confirmation (Wildunfallbescheinigung) –
that was exactly what we needed. We are glad to hear from your note that you
were not hurt.

Settlement:
  Repair costs according to estimate of Autohaus Greifswald   EUR 3,204.40
  less excess (partial cover)                                  EUR   150.00
  payment                                                      EUR 3,054.40

As you asked, we will transfer the amount to your account
DE12 1308 2050 0946 6683 19 and not to the workshop.
A partial-cover claim does not affect your no-claims class.

Kind regards,
Ole Brüggemann
Motor Claims (Property Damage)
Boddenkrone Allgemeine Versicherung AG
""")

A("en-fleet-van-barrier", "CONFIDENTIAL", "en", "insurer-to-company",
  "fleet claim of a company with named employee driver Jonas Frick, plate, policy; driver unhurt",
  BRUEGGE, "Laura Kent <fleet@balticwind-service.example>",
  "Fleet policy FL-2025-0310 – van HST-BW 518 – barrier at Mukran port",
  "2026-06-10 11:35",
  """Dear Ms Kent,

we have received your notice about the service van HST-BW 518 (Mercedes
Sprinter) which touched the automatic barrier at the Mukran port gate on
8 June. Thank you for confirming that your technician, Mr Jonas Frick, was
not hurt.

The port operator has already sent us an invoice for the barrier arm and the
call-out of a technician (EUR 2,380 net). We will settle this under the
motor liability section. The damage to the van itself (roof edge and the
light bar) falls under the comprehensive cover with EUR 1,000 excess.

To close the file, please send us Mr Frick's short statement. From the CCTV
still the port sent it looks as if the barrier started closing while the van
was under it; if that is confirmed, we will not pay the port and will instead
claim the van damage back from them.

I have deliberately not attached anything here – please use the
secure fleet portal for the driver's statement.

Kind regards,
Ole Brüggemann
Motor Claims (Property Damage)
Boddenkrone Allgemeine Versicherung AG
""")

A("en-motorcycle-total-loss-murphy", "CONFIDENTIAL", "en", "insurer-to-customer",
  "total loss of a stolen and burnt motorcycle of customer Aiden Murphy: VIN, plate, valuation, IBAN; no personal injury",
  BRUEGGE, "Aiden Murphy <aiden.murphy@irishpost-mail.example>",
  "Your motorcycle HST-AM 7 – theft claim KS-2026-002230 – settlement offer",
  "2026-07-14 14:05",
  """Dear Mr Murphy,

The police found your Triumph Street Triple (HST-AM 7, VIN
SMTD50HF1LT912845) burnt out near Prohn on 29 June, two weeks after you
reported it stolen. I'm sorry – I know how much you liked that bike.

Our assessor valued it at EUR 8,600 (replacement value before the theft,
including the Arrow exhaust you documented with the invoice). There is no
residual value. The towing and disposal costs of EUR 240 are covered.

Settlement under your partial cover:
  replacement value                EUR 8,600.00
  towing and disposal              EUR   240.00
  less excess                      EUR  -150.00
  total                            EUR 8,690.00

If you agree, please reply with a short "agreed" and confirm the account
for the payment; we have IE64 on file from your premium direct debit,
but you mentioned you are changing to a German bank. Please also send us the
second key – the keys pass to us with the settlement.

Kind regards,
Ole Brüggemann
Motor Claims (Property Damage)
Boddenkrone Allgemeine Versicherung AG
""")

A("en-broker-status-greaves", "CONFIDENTIAL", "en", "insurer-to-broker",
  "status to broker on motor claim of his client Thomas Greaves: plate, assessor, rental car; property damage only",
  BRUEGGE, "Priya Raman <p.raman@northbridge-brokers.example>",
  "RE: Status request – client Thomas Greaves – claim KS-2026-001902",
  "2026-05-21 16:12",
  """Hi Priya,

short status on Mr Greaves' claim as requested:

- Accident 12 May 2026, Greifswald, other driver turned into his lane.
  Other party insured with HanseMobil; they have accepted liability in
  principle, so we are handling only his comprehensive part for now.
- Car: Volvo XC60, HST-TG 60. Assessor Raddatz inspected on 15 May; repair
  estimate EUR 5,870, no total loss. Repair started at Karosseriebau Wendt
  on 19 May, expected completion 29 May.
- Rental: Sundmobil group 6, direct billing approved until 1 June.
- Injuries: none reported.

Once HanseMobil pays, we will release the excess to Mr Greaves and he keeps
his no-claims class. I'll let you know.

Best
Ole
""")

A("quotenregress-hansemobil", "CONFIDENTIAL", "de", "insurer-to-partner",
  "50/50 recourse settlement between two motor insurers: both policyholders named, plates, amounts; property only",
  WIECHERT, "Regress HanseMobil Versicherung <regress@hansemobil.example>",
  "Ihr Zeichen HM-S-26-55210 / unser Zeichen KS-2026-000455 – Kreuzung Sarnowstraße",
  "2026-03-30 09:44",
  """Sehr geehrte Damen und Herren,

zum Kreuzungsunfall vom 22.01.2026 (Sarnowstraße/Carl-Heydemann-Ring)
zwischen unserem VN Jörg Brandt (HST-JB 12) und Ihrer VN Sandra Pohl
(HST-SP 308):

Die Ampelanlage war nach Auskunft der Stadt zur Unfallzeit ausgefallen;
beide Fahrer behaupten, Vorfahrt gehabt zu haben, unabhängige Zeugen gibt es
nicht. Wir schlagen daher vor, den Schaden hälftig zu teilen.

Unsere Aufwendungen für den Schaden Ihrer VN (Reparatur Skoda Octavia,
Sachverständiger, Mietwagen): 7.812,40 EUR
Ihre Aufwendungen für den Schaden unseres VN (Kasko-Regress, Reparatur
BMW X1, Wertminderung): 9.105,00 EUR

Bei einer Quote von 50 % ergibt sich ein Ausgleich zu unseren Lasten von
646,30 EUR, den wir nach Ihrer Zustimmung überweisen. Personenschäden sind
auf keiner Seite entstanden.

Mit freundlichen Grüßen
""" + SIG["wiechert"] + "\n")

A("en-premium-lapse-recourse-doyle", "CONFIDENTIAL", "en", "insurer-to-customer",
  "recourse against customer Ryan Doyle after non-payment of first premium: policy, plate, amounts, insurer's IBAN; no health data",
  WIECHERT, "Ryan Doyle <ryan.doyle@quickmail.example>",
  "Recovery of third-party payment – car policy K 7745 8801 9 – your reg. HST-RY 3",
  "2026-06-23 12:30",
  """Dear Mr Doyle,

On 2 April 2026 you collided with a delivery van in Stralsund. We have paid
the van owner's damage of EUR 3,280.55, because German law requires us to
protect the injured party even when our policyholder has no cover.

However, you had no cover yourself: the first premium for your policy
K 7745 8801 9 was never paid (three direct-debit returns, reminder of
4 March 2026 with the warning under section 37 of the Insurance Contract
Act). We are therefore entitled to recover the full amount from you.

Please transfer EUR 3,280.55 by 31 July 2026 to
  Boddenkrone Allgemeine Versicherung AG
  IBAN DE33 5668 3689 1843 1608 35
  reference RG-2026-0290 Doyle

If you cannot pay the full sum at once, call me: instalments of EUR 150 a
month are usually possible. If we hear nothing, we will have to hand the
claim to our collection agency.

Yours sincerely,
Torsten Wiechert
Recoveries Department
Boddenkrone Allgemeine Versicherung AG
""")

A("assessor-innsbruck-kasko", "CONFIDENTIAL", "en", "assessor",
  "forwarded English report of an Austrian assessor: customer Sabine Quast's car, plate, VIN, repair estimate; garage damage, no injury",
  MCA, "Ole Brüggemann <o.brueggemann@boddenkrone.example>",
  "Fwd: Damage report AKG-26-1187 – HST-SQ 444 (Innsbruck)",
  "2026-02-18 10:02",
  """Ole, the report from Innsbruck for Mrs Quast's comprehensive claim. They
wrote it in English for us, fine by me. Could you check the hourly rates?
Looks high. – Fiona

---------- Forwarded message ---------
From: Alpen-Kfz-Gutachten Innsbruck <office@alpen-kfz-gutachten.example>
Date: Tue, 17 Feb 2026 at 15:27
Subject: Damage report AKG-26-1187 – HST-SQ 444

Dear Sir or Madam,

As instructed, we inspected the vehicle of your policyholder on
16 February 2026 at the Hotel Alpenrose garage, Innsbruck.

Owner: Mrs Sabine Quast, Stralsund (Germany)
Vehicle: Audi A4 Avant 40 TDI, registration HST-SQ 444,
VIN WAUZZZF40LA031187, first registration 03/2020, 58,400 km

Damage: roof and tailgate dented by a falling ceiling panel in the hotel
garage (see photos 1–14). Glass roof cracked.

Repair estimate (Audi Zentrum Innsbruck):
  labour 14.5 h x EUR 168.00        EUR 2,436.00
  parts (glass roof, seal, trim)    EUR 3,912.40
  paint                             EUR 1,180.00
  total net                         EUR 7,528.40
  VAT 20 %                          EUR 1,505.68
  total                             EUR 9,034.08

The hotel's liability insurer has been notified by the owner.

Ing. Martin Pfeifer
Alpen-Kfz-Gutachten, Innsbruck
""")

A("en-rental-approval-carter", "CONFIDENTIAL", "en", "insurer-to-customer",
  "third-party claimant Emily Carter: plate, repair period, rental car approval with direct billing; nobody hurt",
  BRUEGGE, "Emily Carter <ecarter@uni-greifswald-exchange.example>",
  "Your rental car while your car is repaired – claim KS-2026-003310",
  "2026-09-14 08:50",
  """Dear Ms Carter,

I'm handling the claim for the damage to your Fiat 500 (HGW-EC 11), which
our policyholder hit while reversing out of a parking space on 10 September.
We accept liability, and I'm glad that nobody was hurt.

You asked whether you can have a rental car while your car is repaired. Yes:
  - Sundmobil Autovermietung in Greifswald (Anklamer Straße 40) has a car of
    your vehicle class reserved for you from Wednesday, 16 September.
  - They bill us directly; you only need your driving licence and a credit
    card for the deposit, which is not charged.
  - The rental covers the repair time plus one day. Karosseriebau Wendt
    expects five working days.

Please don't hire a bigger car than your own, and return it on the day the
workshop hands your Fiat back to you – otherwise we can't cover the extra
days.

If you prefer not to rent a car, we pay a daily compensation for loss of use
instead (EUR 23 per day for your car's class).

Kind regards,
Ole Brüggemann
Motor Claims (Property Damage)
Boddenkrone Allgemeine Versicherung AG
""")

A("akteneinsicht-parkplatz", "CONFIDENTIAL", "de", "insurer-to-lawyer",
  "reply to lawyer's request for file access in a car-park damage: policyholder and claimant named, plates, statement; property only",
  BRUEGGE, "Kanzlei Strelow & Partner <sekretariat@strelow-partner.example>",
  "AW: Akteneinsicht – Ihr Az. 231/26 – Schaden KS-2026-001577",
  "2026-04-29 13:15",
  """Sehr geehrte Frau Strelow,

eine Akteneinsicht im eigentlichen Sinne gewähren wir als Versicherer nicht.
Ich fasse Ihnen aber gern zusammen, was unser VN, Herr Wolfgang Haase
(HST-WH 66), zum Parkplatzschaden am Hafenkai vom 11.04.2026 angegeben hat:

  "Ich habe rückwärts ausgeparkt und dabei das Auto hinter mir nicht
   gesehen. Ich habe einen leichten Stoß gemerkt, bin ausgestiegen, habe
   aber keinen Schaden am anderen Auto erkannt und bin dann gefahren.
   Meine Telefonnummer habe ich hinter den Scheibenwischer geklemmt."

Die Haftung für den Schaden am Fahrzeug Ihrer Mandantin, Frau Beate Kühl
(HST-BK 7), erkennen wir an. Den Kostenvoranschlag über 1.412,60 EUR netto
haben wir erhalten; die Zahlung ist angewiesen.

Zu den weiteren Fragen Ihrer Mandantin nach dem Verhalten unseres VN nach
dem Anstoß können wir keine Auskunft geben.

Mit freundlichen Grüßen
Ole Brüggemann
Kfz-Schaden Sachschaden

> Von: Kanzlei Strelow & Partner
> Gesendet: Montag, 27. April 2026 09:30
> Betreff: Akteneinsicht – Ihr Az. 231/26
> Namens unserer Mandantin Frau Beate Kühl bitten wir um Einsicht in die
> Schadenakte, insbesondere die Stellungnahme Ihres Versicherungsnehmers.
""")

A("hagel-smartrepair", "CONFIDENTIAL", "de", "insurer-to-customer",
  "hail damage under partial cover: customer Horst Wilke, plate, policy, payout to his IBAN",
  BRUEGGE, "Horst Wilke <horst.wilke@online-mv.example>",
  "Hagelschaden vom 21.06.2026 an Ihrem Toyota Corolla HST-HW 1955",
  "2026-07-02 11:45",
  """Sehr geehrter Herr Wilke,

der Hagelschaden an Ihrem Toyota Corolla ist über die Teilkasko Ihres
Vertrags K 7745 1203 5 versichert.

Unser Sachverständiger hat 38 Dellen auf Motorhaube, Dach und Kofferraum-
deckel gezählt, alle ohne Lackschaden. Sie lassen sich im Drückverfahren
(Smart Repair) ausbeulen; die Kosten liegen nach dem Angebot der Firma
Dellenprofi Rügen bei 1.780 EUR brutto.

Sie wollten den Wagen nicht reparieren lassen. Dann zahlen wir die Netto-
kosten abzüglich Ihrer Selbstbeteiligung:

  1.780,00 EUR brutto = 1.495,80 EUR netto
  abzüglich 150,00 EUR Selbstbeteiligung
  Auszahlung 1.345,80 EUR

auf Ihr Konto DE05 7085 6589 8484 7453 07.

Lassen Sie später doch reparieren, zahlen wir die Mehrwertsteuer gegen
Rechnung nach.

""" + SIG["brueggemann"] + "\n")

# ---------------------------------------------------------------- motor / liability, NORMAL traps
A("kfz-schadenstatistik-q1", "NORMAL", "de", "internal",
  "trap: aggregated motor claims statistics (personal-injury share, average pain-and-suffering, HWS cases) without any person",
  "Dr. Hauke Brodersen <h.brodersen@boddenkrone.example>", "Kfz-Schaden Leitung <kfz-leitung@boddenkrone.example>",
  "Kfz-Schadenstatistik Q1/2026 – Personenschäden gestiegen",
  "2026-04-10 16:20",
  """Hallo zusammen,

anbei die Auswertung Q1/2026 für die Abteilungsrunde am Dienstag.

Auffällig:
- Der Anteil der Haftpflichtschäden mit Personenschaden ist von 7,9 % auf
  9,4 % gestiegen, vor allem durch Radfahrer- und Fußgängerunfälle im
  Januar (Glätte).
- Der Durchschnittsaufwand je Personenschaden liegt bei 11.870 EUR, ohne die
  zwei Großschäden > 1 Mio. bei 6.940 EUR.
- HWS-Fälle: 61 % der Personenschäden, durchschnittliches Schmerzensgeld
  1.150 EUR.
- Mietwagenkosten je Fall leicht rückläufig (-4 %), seit wir
  Sundmobil-Direktabrechnung nutzen.

Die Zahlen sind vorläufig, die Reserven für Spätschäden (IBNR) sind nicht
enthalten.

Gruß
Hauke
""",
  atts=[Att("Kfz_Schadenstatistik_2026_Q1.xlsx", xlsx([
      ("Übersicht", [
          ["Kennzahl", "Q1/2025", "Q1/2026", "Veränderung"],
          ["Anzahl Haftpflichtschäden", 2184, 2311, "5,8 %"],
          ["davon mit Personenschaden", 173, 217, "25,4 %"],
          ["Anteil Personenschaden", 0.079, 0.094, ""],
          ["Ø Aufwand Personenschaden (EUR)", 10410, 11870, "14,0 %"],
          ["Ø Aufwand Sachschaden (EUR)", 3320, 3412, "2,8 %"],
          ["Kaskoschäden", 3977, 4405, "10,8 %"],
          ["Totalschäden (Kasko+KH)", 288, 301, "4,5 %"],
          ["Ø Mietwagenkosten je Fall (EUR)", 811, 779, "-3,9 %"],
      ]),
      ("Personenschaden nach Art", [
          ["Verletzungsart", "Anzahl", "Ø Schmerzensgeld (EUR)", "Ø Gesamtaufwand (EUR)"],
          ["HWS-Distorsion", 132, 1150, 3980],
          ["Frakturen obere Extremität", 27, 6800, 18400],
          ["Frakturen untere Extremität", 21, 9400, 26700],
          ["Schädel-Hirn-Trauma", 9, 7200, 31200],
          ["Sonstige/Prellungen", 26, 650, 1450],
          ["Schwerstverletzungen (>1 Mio.)", 2, "n/a", "n/a"],
      ])], title="Kfz-Statistik Q1 2026", author="Aktuariat"))])

A("kattegat-motor-xl-renewal", "NORMAL", "en", "insurer-to-partner",
  "trap: anonymised motor large-loss list for the reinsurer (accident year, injury category, age band, reserve), no claim numbers or names",
  "Rasmus Holm <r.holm@boddenkrone.example>", "Mads Lindqvist <mlindqvist@kattegat-re.example>",
  "Motor XL 2027 renewal – large loss triangle and anonymised list",
  "2026-09-22 10:05",
  """Hi Mads,

as promised, the information for the 2027 motor XL renewal:

  - loss triangle by accident year 2016–2025 (incurred, ground-up,
    indexed to 2026),
  - an anonymised list of all losses above EUR 500k ground-up. We removed
    claim numbers, dates and places; only accident year, injury category,
    age band of the injured person and the current reserve are shown.
    Cells with fewer than three cases have been merged.

The 2025 tetraplegia case is the main driver of the development; the reserve
is at EUR 6.1m after our committee decision in April.

We'd like to discuss the priority (currently EUR 2.5m) and a possible
stability clause. Could we do a call in the week of 5 October?

Best regards,
Rasmus

""" + SIG["holm"] + "\n",
  atts=[Att("Motor_XL_2027_large_losses_anonymised.ods", ods([
      ("Triangle", [["AY", "dev1", "dev2", "dev3", "dev4", "dev5"],
                    [2021, 3.1, 4.4, 4.9, 5.0, 5.0],
                    [2022, 2.2, 3.0, 3.6, 3.7, ""],
                    [2023, 4.0, 5.6, 5.9, "", ""],
                    [2024, 1.8, 2.9, "", "", ""],
                    [2025, 7.2, "", "", "", ""]]),
      ("Large losses", [["Accident year", "Injury category", "Age band", "Incurred EUR m", "Status"],
                        [2019, "Spinal cord injury", "18-30", 4.8, "open"],
                        [2021, "Severe brain injury", "31-50", 2.9, "open"],
                        [2022, "Multiple injuries/fatal (merged)", "various", 1.7, "closed"],
                        [2023, "Amputation lower limb", "51-65", 1.2, "open"],
                        [2023, "Severe brain injury", "0-17", 3.6, "open"],
                        [2025, "Spinal cord injury", "18-30", 6.1, "open"],
                        [2025, "Other (merged, 3 cases)", "various", 1.9, "open"]])]))])

A("mietwagen-rahmenvertrag-2026", "NORMAL", "de", "insurer-to-supplier",
  "trap: rental-car framework rates per vehicle group for 2026 (prices, company to company), no person",
  BRUEGGE, "Sundmobil Vertrieb <b2b@sundmobil.example>",
  "Rahmenvereinbarung Unfallersatzwagen – Konditionen 2026 (Entwurf v3)",
  "2026-01-08 15:30",
  """Sehr geehrter Herr Olschewski,

anbei unser Entwurf v3 der Konditionen für 2026 nach unserem Gespräch vom
18.12. Geändert haben wir gegenüber v2:

- Gruppe 4 und 5 je +1,50 EUR pro Tag (statt +3,00 EUR),
- Zustellung/Abholung im Umkreis von 25 km weiter pauschal 15 EUR,
- neue Gruppe E2 für Elektrofahrzeuge der Mittelklasse,
- Zahlungsziel 21 Tage, Sammelrechnung monatlich.

Wenn Sie einverstanden sind, lasse ich die Vereinbarung unterschreiben und
schicke sie Ihnen im Original.

""" + SIG["brueggemann"] + "\n",
  atts=[Att("Konditionen_Unfallersatz_2026_v3.pdf", pdf(
      """**Anlage 1 zur Rahmenvereinbarung Unfallersatzfahrzeuge**
Boddenkrone Allgemeine Versicherung AG / Sundmobil Autovermietung GmbH
Gültig 01.02.2026 - 31.01.2027 (Entwurf v3, Stand 08.01.2026)

Gruppe  Beispielfahrzeug            Tagessatz netto   Wochenpauschale netto
1       VW up!, Fiat 500            39,00 EUR         234,00 EUR
2       VW Polo, Opel Corsa         46,50 EUR         279,00 EUR
3       VW Golf, Ford Focus         58,00 EUR         348,00 EUR
4       Skoda Octavia Combi         71,50 EUR         429,00 EUR
5       VW Passat Variant           84,00 EUR         504,00 EUR
6       BMW 3er, Volvo XC60         99,00 EUR         594,00 EUR
7       Transporter bis 3,5 t      105,00 EUR         630,00 EUR
E2      VW ID.3, Kia Niro EV        69,00 EUR         414,00 EUR

Haftungsreduzierung (SB 500 EUR): 9,00 EUR/Tag
Zustellung/Abholung bis 25 km: pauschal 15,00 EUR je Fahrt
Winterreifen: inklusive

Abrechnung: monatliche Sammelrechnung, Zahlungsziel 21 Tage.
Die Anmietung erfolgt grundsätzlich in der Gruppe des beschädigten
Fahrzeugs oder eine Gruppe darunter.""", title="Konditionen 2026 v3"))])

A("newsletter-makler-personenschaden", "NORMAL", "de", "newsletter",
  "trap: broker newsletter on reporting personal-injury claims, fictitious example person, no real data",
  "Boddenkrone Maklerservice <maklernews@boddenkrone.example>", "maklernews-verteiler@boddenkrone.example",
  "Makler-Info 03/2026: Personenschäden im Kfz richtig melden",
  "2026-03-18 07:00",
  """Makler-Info 03/2026
===================

Liebe Partnerinnen und Partner,

Personenschäden machen in der Kfz-Haftpflicht weniger als ein Zehntel der
Fälle, aber mehr als die Hälfte des Aufwands aus. Je früher wir davon
erfahren, desto besser können wir für Ihre Kundinnen und Kunden und für die
Verletzten sorgen.

1. Was wir bei der Erstmeldung brauchen
   - Ort, Zeit, Beteiligte und Kennzeichen
   - ob und wie viele Personen verletzt wurden, ob ein Rettungswagen kam
   - die Polizeidienststelle und das Aktenzeichen
   Keine Arztberichte oder Diagnosen in die Schadenmeldung per E-Mail!
   Medizinische Unterlagen gehören ausschließlich in unser sicheres
   Postfach.

2. Beispiel (fiktiv)
   "Max Mustermann fährt auf einen stehenden Pkw auf. Die Fahrerin klagt
   über Nackenschmerzen." – Bitte so melden: "Auffahrunfall, eine Person
   gibt Beschwerden an, RTW vor Ort: nein." Alles Weitere klären wir mit
   der Verletzten direkt.

3. Reha-Management
   Bei schweren Verletzungen bieten wir seit 2025 ein Reha-Management mit
   unserem Partner an. Die Kosten trägt die Boddenkrone, nicht der Kunde.

4. Termine
   Webinar "Personenschaden kompakt" am 22.04.2026, 10:00 Uhr.
   Anmeldung im Maklerportal unter Veranstaltungen.

Ihr Maklerservice der Boddenkrone

Sie erhalten diese Information als registrierter Vertriebspartner.
Abmeldung: maklerportal.boddenkrone.example/newsletter
""")

A("it-ticket-assessor-portal", "NORMAL", "en", "internal",
  "trap: IT ticket about assessor-report uploads failing; no claim, person or report content",
  "Jannik Stoltenberg <j.stoltenberg@boddenkrone.example>", "Claims Apps Team <claims-apps@boddenkrone.example>",
  "[INC-2026-04417] Assessor portal: uploads of reports > 20 MB fail (HTTP 413)",
  "2026-05-05 09:58",
  """Hi team,

ticket from the motor claims department, P2:

Since Monday evening's release 5.8.1, assessors cannot upload reports larger
than 20 MB via the assessor portal (gutachten.boddenkrone.example). The
browser shows "Upload failed" and the reverse proxy logs HTTP 413.

Affected: at least three assessor firms, all with photo-heavy PDF reports
(total-loss reports with 40+ photos).

What I checked:
  - client_max_body_size on the proxy is still 64m,
  - the new WAF rule set (v2026.05) has a body limit of 20 MB for
    /api/v2/upload – probably the cause.

Workaround given to the claims department: assessors can send large reports
via the secure mail portal until this is fixed.

Could someone from the platform team please check the WAF rule and raise
the limit to 64 MB again?

Thanks
Jannik

""" + SIG["stoltenberg"] + "\n")

A("protokoll-restwertboerse", "NORMAL", "de", "internal",
  "trap: team minutes on total-loss/residual-value process and staffing, no customer or claim data",
  "Melanie Dreyer <m.dreyer@boddenkrone.example>", "Team Kfz-Schaden <kfz-team@boddenkrone.example>",
  "Protokoll Teamrunde Kfz-Schaden 24.02.2026",
  "2026-02-25 08:40",
  """Hallo zusammen,

hier das Protokoll von gestern.

Teilnehmende: Ole, Henrike, Torsten, Melanie, Jens (Gast aus der IT)

TOP 1 Restwertbörse
- Die Restwertbörse liefert bei Fahrzeugen älter als 12 Jahre oft Angebote
  aus dem Export, die der BGH für Geschädigte nicht als zumutbar ansieht.
  Künftig: Gutachter sollen bei Haftpflichtschäden immer drei regionale
  Angebote einholen, Börse nur ergänzend. (verantwortlich: Ole)
- Kasko: weiter Börse erlaubt, aber Hinweis an VN vor Verkauf.

TOP 2 Durchlaufzeit Totalschäden
- Median 19 Tage von Meldung bis Zahlung, Ziel 14 Tage. Engpass:
  Warten auf Gutachten (Ø 6 Tage). Melanie spricht mit Raddatz & Kolbe.

TOP 3 Personelles
- Henrike ist ab 01.04. Teamleiterin Personenschaden (Glückwunsch!).
- Eine Stelle Sachbearbeitung Sachschaden ist ausgeschrieben.

TOP 4 Verschiedenes
- Das neue Diktiermodul kommt im Mai.
- Bitte keine Gutachten mit Personenschaden-Bezug in Teams-Chats posten,
  nur Link auf die Akte.

Nächste Runde: 24.03.2026, 14:00, Raum Hiddensee.

Gruß
Melanie
""")

A("newsletter-winter-driving", "NORMAL", "en", "newsletter",
  "trap: customer newsletter with winter driving and first-aid tips; no personal data",
  "Boddenkrone Customer News <news@boddenkrone.example>", "customers-en@lists.boddenkrone.example",
  "Your winter check: 7 tips for safe driving on icy Baltic roads",
  "2026-11-24 07:30",
  """Boddenkrone Customer News – November 2026

Dear customer,

winter on the coast means black ice, fog and deer on the road. Our claims
statistics show that the number of accidents doubles on the first frosty
mornings. Here are our seven tips:

1. Winter tyres with at least 4 mm tread – the legal minimum is 1.6 mm,
   but grip drops sharply below 4 mm.
2. Clear all windows completely, not just a peephole.
3. Keep your distance: on ice, braking distance can be ten times longer.
4. Watch out for deer at dawn and dusk, especially near woods. If a
   collision cannot be avoided, brake hard and keep straight – do not swerve.
5. Keep a blanket, a torch and a charged phone in the car.
6. Check your first-aid kit: since 2023 it must include two face masks.
   And do you still remember the recovery position? The Red Cross offers
   short refresher courses.
7. After an accident: secure the scene, help injured people, call 112,
   and then call our 24-hour claims line.

Partial cover pays for damage caused by a collision with game animals.
Ask the hunting lessee or the police for a confirmation.

Drive safely!
Your Boddenkrone team

You are receiving this newsletter because you subscribed in the customer
portal. Unsubscribe: portal.boddenkrone.example/newsletter
""")

A("ta-rahmenentwurf-gkv", "NORMAL", "de", "insurer-to-partner",
  "trap: draft framework text of a claims-sharing agreement with a health insurer (quotas, limits), no insured person",
  WIECHERT, "Grundsatzabteilung Ostsee-Krankenkasse <grundsatz@ostsee-kk.example>",
  "Teilungsabkommen – Entwurf Neufassung ab 01.01.2027",
  "2026-10-05 13:10",
  """Sehr geehrter Herr Dr. Lamprecht,

wie in unserem Gespräch vereinbart, erhalten Sie unseren Entwurf für die
Neufassung des Teilungsabkommens. Die Änderungen gegenüber der Fassung 2019
sind im Dokument beschrieben (Limits, Quote Kfz, Einbeziehung von E-Scootern).

Über einen Termin im November würden wir uns freuen.

Mit freundlichen Grüßen
""" + SIG["wiechert"] + "\n",
  atts=[Att("Teilungsabkommen_Entwurf_2027.docx", docx([
      "# Teilungsabkommen zwischen der Ostsee-Krankenkasse und der Boddenkrone Allgemeine Versicherung AG",
      "Entwurf der Boddenkrone vom 05.10.2026 – Neufassung ab 01.01.2027",
      "# § 1 Geltungsbereich",
      "Das Abkommen gilt für Ersatzansprüche, die nach § 116 SGB X auf die Krankenkasse übergegangen sind und sich gegen Versicherungsnehmer oder mitversicherte Personen der Boddenkrone aus Kraftfahrzeug-Haftpflicht-, Privathaftpflicht- und Tierhalterhaftpflichtversicherungen richten.",
      "# § 2 Verzicht auf Haftungsprüfung",
      "Die Boddenkrone verzichtet auf die Prüfung der Haftungsfrage, sofern ein ursächlicher Zusammenhang zwischen dem versicherten Wagnis und dem Schadenereignis besteht.",
      "# § 3 Quoten und Limits",
      [["Sparte", "Quote bisher", "Quote neu", "Limit je Fall bisher", "Limit je Fall neu"],
       ["Kfz-Haftpflicht", "55 %", "55 %", "30.000 EUR", "40.000 EUR"],
       ["Privathaftpflicht", "50 %", "50 %", "20.000 EUR", "25.000 EUR"],
       ["Tierhalterhaftpflicht", "50 %", "50 %", "20.000 EUR", "25.000 EUR"],
       ["Elektrokleinstfahrzeuge", "–", "50 %", "–", "25.000 EUR"]],
      "# § 4 Abrechnung",
      "Die Abrechnung erfolgt quartalsweise über eine Fallliste, die ausschließlich über eine verschlüsselte Verbindung übermittelt wird.",
      "# § 5 Laufzeit",
      "Das Abkommen läuft auf unbestimmte Zeit und kann mit einer Frist von sechs Monaten zum Jahresende gekündigt werden."],
      title="Teilungsabkommen Entwurf 2027", author="Regress"))])

A("schulung-personenschaden-ics", "NORMAL", "de", "internal",
  "trap: training invitation (ICS) on personal-injury handling, pain-and-suffering tables, HWS; no case data",
  VOSS, "Kfz-Schaden alle <kfz-alle@boddenkrone.example>",
  "Einladung: Inhouse-Schulung Personenschadenregulierung (07.05.2026)",
  "2026-04-20 12:30",
  """Liebe Kolleginnen und Kollegen,

am 07.05. bieten wir eine halbtägige Inhouse-Schulung zur
Personenschadenregulierung an. Referentin ist Frau Dr. Sandvoß, dazu kommt
RA Hagedorn für den rechtlichen Teil.

Themen:
- HWS-Verletzungen: Biomechanik, Harmlosigkeitsgrenze, aktuelle
  Rechtsprechung
- Schmerzensgeldtabellen richtig lesen
- Haushaltsführungsschaden und Erwerbsschaden berechnen
- Umgang mit Arztberichten und Datenschutz (sicheres Postfach!)
- Regress der Sozialversicherungsträger und Teilungsabkommen

Die Teilnahme ist für alle, die Personenschäden bearbeiten, Pflicht; für das
Sachschadenteam freiwillig. Bitte nehmt die Einladung im Kalender an.

Viele Grüße
Henrike
""",
  atts=[Att("Schulung_Personenschaden.ics", ics(
      "schulung-ps-20260507@boddenkrone.example", "20260507T090000", "20260507T130000",
      "Inhouse-Schulung Personenschadenregulierung", "Raum Hiddensee, 3. OG",
      "HWS, Schmerzensgeldtabellen, Haushaltsführungsschaden, Regress SVT.\nReferenten: Dr. Sandvoß, RA Hagedorn",
      "h.voss@boddenkrone.example"))])

A("bestellung-unfallberichte", "NORMAL", "de", "insurer-to-supplier",
  "trap: print order for blank European accident statement forms and first-aid leaflets; no personal data",
  "Detlef Kruse <d.kruse@boddenkrone.example>", "Druckerei Ryck <auftrag@druckerei-ryck.example>",
  "Bestellung 2026-0147: Europäischer Unfallbericht + Faltblatt Erste Hilfe",
  "2026-01-20 10:10",
  """Sehr geehrte Frau Tetzlaff,

hiermit bestellen wir gemäß Ihrem Angebot A-25-993 vom 12.12.2025:

Pos. 1  Europäischer Unfallbericht, 2-fach Durchschreibesatz, DIN A4,
        mit Boddenkrone-Logo, Rückseite Notrufnummern
        20.000 Stück à 0,184 EUR = 3.680,00 EUR netto
Pos. 2  Faltblatt "Erste Hilfe am Unfallort" (6 Seiten, DIN lang),
        Stand 2026, Texte vom DRK Kreisverband freigegeben
        15.000 Stück à 0,071 EUR = 1.065,00 EUR netto
Pos. 3  Versand in Teillieferungen an 14 Agenturen (Liste folgt)
        pauschal 240,00 EUR netto

Liefertermin: KW 8. Rechnung bitte an die Kreditorenbuchhaltung,
Bestellnummer 2026-0147 angeben.

""" + SIG["kruse"] + "\n")

A("total-loss-kpi-dashboard", "NORMAL", "en", "internal",
  "trap: KPI report on total-loss cycle time and residual values per month, aggregated",
  "Melanie Dreyer <m.dreyer@boddenkrone.example>", "Dr. Kerstin Abshagen <k.abshagen@boddenkrone.example>",
  "Total-loss KPIs H1 2026 (for the board pack)",
  "2026-07-08 17:02",
  """Dear Kerstin,

as requested, the total-loss KPIs for H1 2026 in English for the board pack:

  month   cases   median days   residual value   rental days
                  to payment    vs. report       per case
  Jan       58      21            103 %            11.4
  Feb       49      19            101 %            10.9
  Mar       47      17            104 %            10.1
  Apr       51      15            106 %             9.2
  May       44      14            105 %             8.8
  Jun       52      14            107 %             8.5

Main drivers: the new rule of three regional residual-value offers (since
March) and faster assessor appointments with Raddatz & Kolbe. Residual values
above 100 % mean the buyer paid more than the value in the report.

Open point: EV total losses (battery damage) take on average 31 days because
the manufacturers' battery diagnosis is slow. We are testing an independent
battery lab.

Best regards
Melanie
""")

A("statistik-wildunfaelle-ministerium", "NORMAL", "de", "insurer-to-partner",
  "trap: reply to a ministry survey with aggregated game-collision counts per district; no persons",
  BRUEGGE, "Referat Verkehrssicherheit <verkehrssicherheit@wm-mv.example>",
  "Ihre Umfrage Wildunfälle 2025 – Zahlen der Boddenkrone",
  "2026-05-12 09:05",
  """Sehr geehrte Frau Matschke,

gern beteiligen wir uns an der Erhebung. Unsere Zahlen für 2025
(Teilkasko-Wildschäden, Schadenort in MV):

  Landkreis Vorpommern-Rügen          1.214 Fälle   Ø 3.180 EUR
  Landkreis Vorpommern-Greifswald       906 Fälle   Ø 3.045 EUR
  Landkreis Rostock                     388 Fälle   Ø 3.310 EUR
  Mecklenburgische Seenplatte           271 Fälle   Ø 2.990 EUR
  übrige Kreise / kreisfreie Städte     143 Fälle   Ø 3.205 EUR

Verletzte Personen wurden in 1,6 % der Fälle gemeldet; Angaben zu einzelnen
Personen oder Fahrzeugen können wir aus Datenschutzgründen nicht machen.
Schwerpunkte sind die B 96 auf Rügen und die B 109 zwischen Anklam und
Greifswald, jeweils im Oktober/November in der Dämmerung.

Für Rückfragen stehe ich zur Verfügung.

""" + SIG["brueggemann"] + "\n")

A("sv-honorartabelle-2026", "NORMAL", "de", "insurer-to-assessor",
  "trap: fee-table negotiation with the assessor firm (fees by damage amount), business data only",
  BRUEGGE, "Frank Raddatz <f.raddatz@raddatz-kolbe.example>",
  "Honorarvereinbarung 2026 – unser Gegenvorschlag",
  "2026-01-29 14:55",
  """Hallo Herr Raddatz,

danke für Ihre Honorartabelle 2026. Wir haben sie mit unseren anderen
Partnern verglichen. Unser Gegenvorschlag:

  Schadenhöhe netto     Ihr Vorschlag   unser Vorschlag
  bis 1.000 EUR            395 EUR         360 EUR
  bis 2.500 EUR            498 EUR         470 EUR
  bis 5.000 EUR            612 EUR         580 EUR
  bis 10.000 EUR           745 EUR         720 EUR
  über 10.000 EUR          7,4 %           7,0 %, max. 1.450 EUR
  Restwertermittlung       60 EUR          inklusive
  Fotos je Stück           2,50 EUR        2,20 EUR
  Fahrtkosten je km        0,70 EUR        0,70 EUR

Im Gegenzug sichern wir Ihnen weiter die Vergabe aller Gutachten im Raum
Stralsund/Rügen zu und zahlen innerhalb von 14 Tagen. Außerdem wäre es schön,
wenn Sie die Besichtigung bei Totalschäden innerhalb von 48 Stunden
zusagen – das ist für unsere Mietwagenkosten der größte Hebel.

Sollen wir uns nächste Woche dazu zusammensetzen?

Gruß
Ole Brüggemann
""")


# ---------------------------------------------------------------- personal lines and other health data
KASI = "Yvonne Kasischke <y.kasischke@boddenkrone.example>"
MAHNKE = "Sören Mahnke <s.mahnke@boddenkrone.example>"

A("pkv-abrechnung-html", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "health reimbursement statement with diagnosis, GOÄ items of a dermatologist and a lab, amounts reimbursed",
  KASI, "Rainer Gottschalk <r.gottschalk@kabelmail.example>",
  "Ihre Leistungsabrechnung vom 14.04.2026 – Vers.-Nr. KV 5520 7713 04",
  "2026-04-14 10:25",
  """Sehr geehrter Herr Gottschalk,

Sie haben uns die Rechnungen der Hautarztpraxis Dr. Lindemann und des Labors
Ostseelabor eingereicht. Die Abrechnung finden Sie in der HTML-Ansicht dieser
Nachricht.

""" + SIG["kasischke"] + "\n",
  html="""<html><body style="font-family:Verdana,sans-serif;font-size:9pt">
<p>Sehr geehrter Herr Gottschalk,</p>
<p>für die eingereichten Rechnungen erstatten wir wie folgt (Tarif KompaktPlus, Selbstbehalt bereits erreicht):</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th>Datum</th><th>Leistungserbringer</th><th>GOÄ-Nr.</th><th>Leistung</th><th>Betrag</th><th>erstattet</th></tr>
<tr><td>03.03.2026</td><td>Dr. Lindemann, Dermatologie</td><td>1, 5</td><td>Beratung, Untersuchung</td><td>30,83</td><td>30,83</td></tr>
<tr><td>03.03.2026</td><td>Dr. Lindemann</td><td>750</td><td>Auflichtmikroskopie</td><td>29,49</td><td>29,49</td></tr>
<tr><td>10.03.2026</td><td>Dr. Lindemann</td><td>2401, 2404</td><td>Exzision Naevus Rücken, Naht</td><td>98,45</td><td>98,45</td></tr>
<tr><td>12.03.2026</td><td>Ostseelabor</td><td>4800 ff.</td><td>Histologie</td><td>87,61</td><td>87,61</td></tr>
<tr><td colspan="4"><b>Summe</b></td><td><b>246,38</b></td><td><b>246,38</b></td></tr>
</table>
<p>Diagnose laut Rechnung: D22.5 Melanozytärer Nävus des Rumpfes; Histologie: dysplastischer Nävus, in toto exzidiert.</p>
<p>Die Erstattung überweisen wir auf Ihr bekanntes Konto. Die Beitragsrückerstattung für 2026 bleibt von Vorsorgeleistungen unberührt;
diese Rechnungen zählen aber als Leistungsfall.</p>
<p>Freundliche Grüße<br>Yvonne Kasischke<br>Leistung Krankenversicherung</p>
</body></html>
""")

A("ktg-au-depression", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "daily sickness allowance: depressive episode F32.1, psychiatric treatment, request for specialist report",
  KASI, "Stefanie Brunckhorst <steffi.brunckhorst@mailbox-nord.example>",
  "Krankentagegeld – Ihre Arbeitsunfähigkeit seit 02.02.2026",
  "2026-03-23 14:10",
  """Sehr geehrte Frau Brunckhorst,

vielen Dank für die Folgebescheinigung Ihrer Psychiaterin bis 19.04.2026. Das
Krankentagegeld für März (31 Tage à 95 EUR) haben wir angewiesen.

Ihre Arbeitsunfähigkeit besteht jetzt seit knapp acht Wochen wegen einer
mittelgradigen depressiven Episode (F32.1). Nach den Tarifbedingungen
bitten wir ab diesem Zeitpunkt um einen kurzen Bericht der behandelnden
Fachärztin:

- bisheriger Verlauf und aktuelle Behandlung (Medikation, Psychotherapie,
  ggf. Tagesklinik),
- voraussichtliche Dauer der Arbeitsunfähigkeit,
- ob eine stufenweise Wiedereingliederung geplant ist.

Den Vordruck und einen Freiumschlag schicken wir Ihnen per Post. Die Kosten
des Berichts tragen wir. Wenn es Ihnen lieber ist, kann Frau Dr. Kaiser den
Bericht auch direkt an unseren beratungsärztlichen Dienst schicken.

Wir wünschen Ihnen weiterhin gute Besserung.

""" + SIG["kasischke"] + "\n")

A("pflegegrad-mutter", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "long-term care: assessment result care level 3 for the customer's mother with dementia and fall risk, benefits",
  "Benedikt Hoppenrath <b.hoppenrath@boddenkrone.example>", "Jörg Wendlandt <joerg.wendlandt@posteo-mail.example>",
  "Pflegegutachten für Ihre Mutter Elfriede Wendlandt – Ergebnis Pflegegrad 3",
  "2026-05-19 11:30",
  """Sehr geehrter Herr Wendlandt,

wie telefonisch angekündigt, liegt das Gutachten von MedGutachten Nord zum
Antrag Ihrer Mutter, Frau Elfriede Wendlandt (Pflegepflichtversicherung
PV 5520 0931 77), vor.

Die Gutachterin hat Ihre Mutter am 07.05.2026 zu Hause besucht. Sie hat
insbesondere die fortschreitende Demenz (Alzheimer, mittleres Stadium), die
nächtliche Unruhe und die Sturzgefahr nach der Hüftoperation im letzten Jahr
berücksichtigt. Gesamtpunktwert: 58,75 – das entspricht Pflegegrad 3.

Ab 01.04.2026 (Antragsmonat) stehen Ihrer Mutter zu:
- Pflegegeld 599 EUR monatlich, solange Sie und Ihre Schwester die Pflege
  übernehmen, oder Pflegesachleistungen bis 1.497 EUR,
- Entlastungsbetrag 131 EUR monatlich,
- Zuschuss für wohnumfeldverbessernde Maßnahmen bis 4.180 EUR (z. B.
  Umbau der Dusche – die Gutachterin hat das empfohlen).

Die Nachzahlung für April und Mai geht diese Woche auf das Konto Ihrer
Mutter. Das vollständige Gutachten stellen wir Ihnen als Bevollmächtigtem
in Ihr Postfach im Kundenportal.

""" + SIG["hoppenrath"] + "\n")

A("expat-mri-preauth", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "expat health insurance: pre-authorisation of knee MRI for suspected meniscus tear; reply quoting customer",
  KASI, "Arjun Mehta <arjun.mehta@tech-mail.example>",
  "RE: Pre-approval MRI right knee – policy IX-2207-4410",
  "2026-06-02 09:15",
  """Dear Mr Mehta,

thank you for sending the referral from Dr Sievert (orthopaedics). We confirm
cover for the MRI of your right knee at Radiologie am Sund on 5 June 2026,
up to the usual GOÄ rates (factor 1.8 for technical services). The
suspected diagnosis on the referral is a tear of the medial meniscus after
your football injury on 24 May.

If surgery (arthroscopy) is recommended afterwards, please send us the
surgeon's cost estimate before the operation. Physiotherapy after surgery is
covered under your Expat Premium plan without pre-approval, up to 30
sessions per year.

""" + SIG["kasischke"].replace("Freundliche Grüße\n\n", "Kind regards,\n") + """

> On 1 Jun 2026, at 19:44, Arjun Mehta wrote:
> Hello, my orthopaedist wants an MRI of my knee because he thinks the
> meniscus is torn (I twisted it playing football). Do I need approval?
> The appointment is on Friday. Thanks, Arjun
""")

A("bu-antrag-ausschluss-lws", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
  "occupational disability underwriting decision: exclusion for lumbar spine after disc herniation, premium loading",
  "Annika Freese <a.freese@boddenkrone.example>", "Lukas Bernhard <lukas.bernhard@studmail.example>",
  "Ihr Antrag auf Berufsunfähigkeitsversicherung – Angebot mit besonderer Vereinbarung",
  "2026-02-03 15:45",
  """Sehr geehrter Herr Bernhard,

vielen Dank für Ihren Antrag vom 14.01.2026 und die ausgefüllten
Zusatzfragebögen.

Nach Auswertung des Berichts Ihres Orthopäden können wir Ihnen den Vertrag
leider nicht zu normalen Bedingungen anbieten. Sie wurden im Jahr 2024 wegen
eines Bandscheibenvorfalls L5/S1 mit Ausstrahlung ins linke Bein behandelt
(Physiotherapie, zwei periradikuläre Infiltrationen), und 2025 gab es noch
einmal vier Wochen Arbeitsunfähigkeit wegen Rückenschmerzen.

Wir bieten Ihnen deshalb an:

1. Ausschlussklausel: Kein Versicherungsschutz für Berufsunfähigkeit, die
   durch Erkrankungen oder Verletzungen der Lendenwirbelsäule einschließlich
   ihrer Folgen verursacht wird.
2. Alternativ ohne Ausschluss: Risikozuschlag von 50 % auf den Beitrag.

Nach fünf beschwerdefreien Jahren prüfen wir auf Ihren Wunsch, ob die
Klausel entfallen kann.

Das Angebot gilt bis zum 03.03.2026. Bitte teilen Sie uns mit, welche
Variante Sie wählen.

Mit freundlichen Grüßen

""" + SIG["freese"] + "\n")

A("life-beneficiary-change", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "life insurance contract: change of beneficiary to partner and children with names and birth dates (personal line)",
  "Annika Freese <a.freese@boddenkrone.example>", "Michael O'Connell <m.oconnell@dublin-mail.example>",
  "Your term life policy L 3309 4471 2 – change of beneficiary confirmed",
  "2026-08-18 10:40",
  """Dear Mr O'Connell,

we have received your signed request of 10 August and have changed the
revocable beneficiary designation of your term life policy L 3309 4471 2
(sum insured EUR 300,000) with effect from that date:

  - 50 % Ms Siobhan Walsh, born 3 March 1987 (partner)
  - 25 % Liam O'Connell, born 12 September 2015
  - 25 % Niamh O'Connell, born 30 January 2019

Your former wife, Ms Claire O'Connell, is no longer a beneficiary. As the
children are minors, any payment to them would be made to their legal
guardian or to a blocked account.

Please check the new policy schedule in your customer portal. Nothing else
in your policy changes; the premium stays at EUR 28.90 per month.

Kind regards
Annika Freese
Underwriting & Policy Services, Life
Boddenkrone Lebensversicherung AG
""")

A("death-claim-widow", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "death claim under a life policy: cause of death (myocardial infarction), documents requested from the widow",
  "Annika Freese <a.freese@boddenkrone.example>", "Margaret Hollis <maggie.hollis@seaside-mail.example>",
  "Life policy L 2988 1034 5 – your late husband Peter Hollis",
  "2026-10-12 13:20",
  """Dear Mrs Hollis,

please accept our sincere condolences on the death of your husband.

Thank you for sending the death certificate. It states that Mr Peter Hollis
died on 28 September 2026 at Sundklinikum Stralsund of an acute myocardial
infarction. As the policy started less than three years ago (1 June 2024),
we are required to check the health questions answered in the application.
This is a routine step and does not mean that we doubt anything.

To settle the claim of EUR 150,000 we need:
  1. the original policy document or a declaration that it is lost,
  2. the attending doctor's certificate (form enclosed) about the cause of
     death and any heart condition known before June 2024,
  3. a copy of your ID and your bank details for the payment.

You are the named beneficiary, so the money will be paid to you and does not
form part of the estate. If you need help with the forms, please call me
directly.

With kind regards
Annika Freese
Boddenkrone Lebensversicherung AG
""")

A("bu-leistung-gutachten-docx", "STRICTLY_CONFIDENTIAL", "de", "internal",
  "internal occupational-disability claim note with summary of a psychiatric expert report (burn-out, F33.1) in DOCX",
  MAHNKE, "Dr. Ilka Sandvoß <i.sandvoss@boddenkrone.example>",
  "BU-Leistungsfall L 4410 2207 9 – Gutachten Dr. Vollmer eingegangen",
  "2026-06-16 08:35",
  """Hallo Ilka,

das psychiatrische Gutachten im Fall Ruschinski ist da. Ich habe dir meine
Zusammenfassung und die offenen Fragen in die Notiz geschrieben (Anhang).
Wir müssten bis Ende Juni über die Anerkennung entscheiden.

Danke
Sören

""" + SIG["mahnke"] + "\n",
  atts=[Att("Notiz_BU_L44102207-9_Ruschinski.docx", docx([
      "# Leistungsprüfung BU – Vertrag L 4410 2207 9",
      "Versicherte Person: Katrin Ruschinski, geb. 14.10.1978, Grundschullehrerin (Vollzeit)",
      "Antrag auf BU-Leistung vom 12.01.2026, AU seit 04.09.2025",
      "# Gutachten Dr. med. Vollmer (Psychiatrie), 09.06.2026",
      "Diagnosen: rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1); Erschöpfungssyndrom (Z73.0); Schlafstörung.",
      "Verlauf: erste Episode 2019 (ambulant), aktuelle Episode seit Sommer 2025; stationär Klinik am Haussee 10/2025–12/2025; Sertralin 150 mg, Mirtazapin 15 mg; ambulante Verhaltenstherapie wöchentlich.",
      "Leistungsbild laut Gutachter: Unterrichtstätigkeit derzeit < 3 Std./Tag; Prognose offen, Besserung in 12–18 Monaten möglich.",
      "# Offene Punkte",
      [["Frage", "an", "Status"],
       ["BU-Grad ≥ 50 % für mind. 6 Monate?", "Beratungsarzt", "offen"],
       ["Vorvertragliche Anzeigepflicht: Episode 2019 im Antrag 2021 angegeben?", "Antragsprüfung", "ja, angegeben"],
       ["Befristetes Anerkenntnis 12 Monate sinnvoll?", "Teamleitung", "offen"]],
      "Bearbeiter: S. Mahnke, 16.06.2026"], title="BU-Notiz", author="S. Mahnke"))])

A("zahn-hkp-freigabe", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "dental supplement: approval of treatment and cost plan (implant regio 36, bone augmentation) with reimbursement amount",
  KASI, "Ilona Marquardt <ilona.marquardt@web-nord.example>",
  "Ihr Heil- und Kostenplan vom 20.05.2026 – Zahnzusatzversicherung ZZ 5520 4107",
  "2026-05-28 10:00",
  """Sehr geehrte Frau Marquardt,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Frau Dr. Rosenow
geprüft:

  Implantat regio 36 mit Knochenaufbau (GOZ 9100, 9010, 9040)
  Implantatkrone Zirkon (GOZ 2200, 5120, Material/Labor)
  Gesamtkosten laut Plan                     3.868,40 EUR
  Festzuschuss Ihrer Krankenkasse (geschätzt)  -447,18 EUR
  verbleibender Eigenanteil                  3.421,22 EUR

Ihr Tarif ZahnPlus 80 erstattet 80 % des verbleibenden Betrags, in den
ersten vier Versicherungsjahren begrenzt auf 2.000 EUR pro Jahr. Da Sie im
dritten Versicherungsjahr sind und in diesem Jahr bereits 412 EUR für die
Wurzelbehandlung an Zahn 46 erhalten haben, können wir für die Implantat-
versorgung noch 1.588 EUR zusagen.

Falls sich die Behandlung ins nächste Jahr zieht (Einheilzeit!), kann sich
die Leistung erhöhen. Reichen Sie die Rechnungen einfach nach Abschluss ein.

""" + SIG["kasischke"] + "\n")

A("physio-rechnung-rueckfrage", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
  "query to a physiotherapy practice about a named patient's invoice: diagnosis, prescription, treatments",
  KASI, "Physiotherapie am Sund <abrechnung@physio-am-sund.example>",
  "Rückfrage zu Ihrer Rechnung Nr. 2026-0388 – Patient Hans-Jürgen Mielke",
  "2026-04-27 13:35",
  """Sehr geehrte Damen und Herren,

Ihr Patient Herr Hans-Jürgen Mielke, bei uns krankenvollversichert, hat uns
Ihre Rechnung Nr. 2026-0388 über 1.142,00 EUR eingereicht.

Laut ärztlicher Verordnung vom 02.03.2026 (Diagnose: Zustand nach
Knie-TEP rechts, M17.1) waren 10 × Krankengymnastik und 10 × manuelle
Lymphdrainage 45 Min. verordnet. Abgerechnet haben Sie 14 × KG am Gerät
und 10 × MLD 60 Min.

Bitte teilen Sie uns mit,
1. ob für die 4 zusätzlichen Einheiten und die KG am Gerät eine weitere
   Verordnung vorliegt (gern als Kopie),
2. warum MLD 60 statt 45 Minuten erbracht wurde.

Herr Mielke ist einverstanden, dass wir uns direkt an Sie wenden
(Einverständniserklärung liegt uns vor).

""" + SIG["kasischke"] + "\n")

A("accident-invalidity-gliedertaxe", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "personal accident: invalidity benefit after hand injury, degree of impairment per limb table, final medical report",
  "Paula Granzow <p.granzow@boddenkrone.example>", "Tomasz Wilk <t.wilk@polmail.example>",
  "Accident policy U 6610 2234 1 – invalidity benefit after your accident of 7 July 2025",
  "2026-07-21 14:00",
  """Dear Mr Wilk,

we have now received the final medical report of Dr Gerlach, hand surgeon,
dated 3 July 2026, one year after your accident with the circular saw.

The report confirms:
  - amputation of the left index finger at the middle joint,
  - reduced movement of the left middle finger (flexor tendon repaired),
    impairment one third of the finger value.

Under the limb table (Gliedertaxe) of your policy:
  index finger: 10 % x 2/3 (loss at the middle joint) = 6.67 %
  middle finger: 5 % x 1/3 = 1.67 %
  total degree of invalidity: 8.33 % (rounded 8.3 %)

With a basic sum insured of EUR 100,000 and progression 225 % (which only
applies above 25 %), your invalidity benefit is EUR 8,300. Together with the
hospital daily allowance already paid (6 days) this completes the claim.

We will transfer the amount within a week. If you do not agree with the
assessment, you can ask for a re-assessment within three years.

With best wishes for your recovery,
Paula Granzow
Personal Accident Claims
Boddenkrone Allgemeine Versicherung AG
""")

A("travel-health-spain", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "travel health: emergency admission in Málaga with pneumonia, hospital guarantee and repatriation planning",
  "Laura Nitschke <l.nitschke@boddenkrone.example>", "Sarah Lindholm <sarah.lindholm@nordmail.example>",
  "Your father Gerd Lindholm – hospital in Málaga – travel policy R 8840 1172",
  "2026-02-16 18:25",
  """Dear Ms Lindholm,

as discussed on the phone, a short summary in writing:

- Your father, Mr Gerd Lindholm, was admitted to Hospital Quirónsalud
  Málaga on 14 February with a severe pneumonia and is being treated with
  intravenous antibiotics. He needed oxygen on the first day but is stable
  now, according to the doctor on duty.
- We have issued a cost guarantee to the hospital; you do not have to pay
  anything there. Please do not sign any private payment agreement.
- Our assistance partner Baltic Assist is in daily contact with the
  hospital. As soon as the doctors confirm he is fit to fly, we will
  organise the return flight with a medical escort, probably in about a week.
- Your mother's return flight will be rebooked so that they travel together.

Our 24-hour number is +49 3831 4471-999 if anything changes.

Kind regards
Laura Nitschke
Travel Insurance
Boddenkrone Allgemeine Versicherung AG
""")

A("kundin-adhs-medikation-fwd", "STRICTLY_CONFIDENTIAL", "de", "customer",
  "forwarded customer mail: child's ADHD diagnosis and methylphenidate prescription, reimbursement question",
  KASI, "Beratungsärztlicher Dienst <bad@boddenkrone.example>",
  "WG: Frage zur Erstattung Medikinet – Tochter Lea",
  "2026-09-08 09:05",
  """Bitte um kurze Einschätzung, ob die Menge medizinisch plausibel ist –
danach antworte ich der Kundin. Danke, Y. Kasischke

-----Ursprüngliche Nachricht-----
Von: Nadine Jahnke <nadine.jahnke@familie-jahnke.example>
Gesendet: Freitag, 4. September 2026 22:17
An: leistung-kranken@boddenkrone.example
Betreff: Frage zur Erstattung Medikinet – Tochter Lea

Hallo,

meine Tochter Lea (9, mitversichert in meinem Vertrag KV 5520 3381 12) hat
im Juli die Diagnose ADHS bekommen (Kinder- und Jugendpsychiaterin Dr. Holz).
Sie bekommt jetzt Medikinet retard 20 mg morgens und seit August zusätzlich
10 mg mittags. Die Apotheke hat mir jetzt zwei Packungen mit 50 Stück
berechnet, 118,40 Euro. Die letzte Rechnung wurde nur halb erstattet, weil
angeblich die Menge nicht zur Verordnung passt?? Die Ärztin sagt, das ist
alles richtig so. Außerdem macht sie Ergotherapie, zahlen Sie das auch?

Rechnungen hänge ich an. Danke!
Nadine Jahnke
""")

A("bav-liste-direktversicherung", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
  "company pension (direct insurance, life line): XLSX list of employees with birth dates, contract numbers, conversion amounts",
  "Sören Mahnke <s.mahnke@boddenkrone.example>", "Personalabteilung Ostseefrost <personal@ostseefrost.example>",
  "bAV Direktversicherung – Bestandsliste zum 01.07.2026 für Ihren Abgleich",
  "2026-07-03 11:50",
  """Sehr geehrte Frau Köppen,

wie gewünscht erhalten Sie die Bestandsliste der Direktversicherungen Ihrer
Mitarbeitenden zum Stichtag 01.07.2026 für den Abgleich mit der
Entgeltabrechnung. Die Liste ist mit dem Ihnen telefonisch mitgeteilten
Passwort geschützt.

Bitte melden Sie Abweichungen bis 20.07.

Mit freundlichen Grüßen
Sören Mahnke
Boddenkrone Lebensversicherung AG – Firmenkunden bAV
""",
  atts=[Att("Bestand_bAV_Ostseefrost_2026-07-01.xlsx", xlsx([
      ("Bestand", [
          ["Vertragsnr.", "Name", "Vorname", "Geburtsdatum", "Beginn", "Entgeltumwandlung mtl.", "AG-Zuschuss 15 %", "Status"],
          ["L 7710 0031 4", "Bollow", "Renate", "1969-04-11", "2012-01-01", 150.00, 22.50, "aktiv"],
          ["L 7710 0032 2", "Fiedler", "Maik", "1984-09-23", "2016-07-01", 248.00, 37.20, "aktiv"],
          ["L 7710 0035 7", "Kuhlmann", "Jana", "1994-09-02", "2021-03-01", 100.00, 15.00, "beitragsfrei seit 02/2026"],
          ["L 7710 0040 1", "Nguyen", "Thi Lan", "1990-12-05", "2022-01-01", 175.00, 26.25, "aktiv"],
          ["L 7710 0044 3", "Schwerin", "Karl-Heinz", "1961-02-27", "2009-05-01", 302.00, 45.30, "aktiv, Rentenbeginn 03/2028"],
          ["L 7710 0047 8", "Wolter", "Anja", "1978-06-15", "2014-10-01", 90.00, 13.50, "Elternzeit"],
      ])], title="Bestand bAV", author="Firmenkunden bAV"))])

A("fac-life-reinsurer-mixed", "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
  "facultative life underwriting request in English quoting a German cardiology report of a named applicant (stent, ejection fraction)",
  "Annika Freese <a.freese@boddenkrone.example>", "Life Facultative Kattegat Re <lifefac@kattegat-re.example>",
  "Facultative request – applicant Dr. Henning Sauer – term life EUR 2.5m",
  "2026-03-31 16:40",
  """Dear colleagues,

we kindly ask for a facultative offer for the following risk:

  Applicant: Dr. Henning Sauer, born 19 November 1971, dentist, non-smoker
  Product: term life, 20 years, sum insured EUR 2,500,000 (loan security
  for his practice)
  Our retention: EUR 500,000

Medical history: coronary artery disease, one drug-eluting stent (RCA) in
September 2024 after an NSTEMI. The most recent cardiology report (German
original, key passage quoted) reads:

  "Bei Herrn Dr. Sauer zeigt sich 18 Monate nach PCI der RCA ein stabiler
   Verlauf ohne pektanginöse Beschwerden. Belastungs-EKG bis 200 Watt ohne
   Ischämiezeichen. Echokardiographisch normale LV-Funktion (EF 58 %).
   LDL unter Rosuvastatin 20 mg 62 mg/dl. Blutdruck gut eingestellt."

  (Stable course 18 months after stenting, no angina, exercise ECG up to
   200 W without ischaemia, normal LV function with EF 58 %, LDL 62 mg/dl on
   rosuvastatin, blood pressure well controlled.)

Our own assessment: +100 % extra mortality. Complete file via the secure
exchange folder, ref. FAC-2026-017.

Kind regards
Annika Freese
Boddenkrone Lebensversicherung AG
""")

A("pflegetagegeld-zahlung", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "care supplement: care daily allowance paid for care level 2 after stroke, amount",
  "Benedikt Hoppenrath <b.hoppenrath@boddenkrone.example>", "Werner Kasten <werner.kasten@t-netz.example>",
  "Ihre Pflegetagegeldversicherung PT 5520 1190 – Leistung ab Juni",
  "2026-06-09 10:20",
  """Sehr geehrter Herr Kasten,

nach Ihrem Schlaganfall im März hat die gesetzliche Pflegekasse Ihnen mit
Bescheid vom 27.05.2026 den Pflegegrad 2 zuerkannt. Diesen Bescheid erkennen
wir für Ihre private Pflegetagegeldversicherung an – ein eigenes Gutachten
ist nicht nötig.

Ihr Tarif sieht bei Pflegegrad 2 30 % des vereinbarten Tagessatzes von
50 EUR vor, also 15 EUR täglich. Ab 01.04.2026 (Beginn der Pflegebedürftigkeit
laut Bescheid) zahlen wir Ihnen:

  April bis Juni (91 Tage)   1.365,00 EUR (Nachzahlung)
  ab Juli monatlich          ca. 450 – 465 EUR

Zusätzlich sind Sie ab sofort von der Beitragszahlung für diesen Tarif
befreit.

Wir wünschen Ihnen, dass die Reha in Greifswald weiter gute Fortschritte
bringt.

""" + SIG["hoppenrath"] + "\n")

A("antrag-huntington-intern", "STRICTLY_CONFIDENTIAL", "de", "internal",
  "internal underwriting question: applicant disclosed a parent's Huntington disease and a negative genetic test (genetic data)",
  "Annika Freese <a.freese@boddenkrone.example>", "Dr. Hauke Brodersen <h.brodersen@boddenkrone.example>",
  "Rückfrage Antrag L-A-26-0931 (Gentest Chorea Huntington) – GenDG?",
  "2026-04-02 11:27",
  """Hallo Hauke,

ich habe einen Antrag auf Risikolebensversicherung (250.000 EUR, unter der
Grenze des § 18 GenDG) von Frau Marie-Luise Tennhoff, 34. Sie gibt im
Gesundheitsfragebogen freiwillig an, dass ihr Vater an Chorea Huntington
erkrankt ist und sie selbst 2023 einen prädiktiven Gentest hatte – Ergebnis
negativ (CAG-Repeats im Normbereich). Den Befund hat sie gleich
mitgeschickt.

Nach meinem Verständnis dürfen wir das Testergebnis weder verlangen noch
verwenden, auch nicht zu ihren Gunsten, und die Familienanamnese allein
rechtfertigt nach unseren Richtlinien keinen Zuschlag, wenn wir den Test
nicht berücksichtigen dürfen ... oder doch? Wie sollen wir mit dem Befund
umgehen – zurückschicken und Vermerk in der Akte?

Danke dir
Annika
""")

A("pension-statement-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "annual statement of a private pension policy (life line) with guaranteed pension and fund value of a named customer",
  "Sören Mahnke <s.mahnke@boddenkrone.example>", "Grace Adeyemi <grace.adeyemi@mail-hh.example>",
  "Your annual pension statement 2026 – policy R-L 8830 1205",
  "2026-01-22 08:15",
  """Dear Ms Adeyemi,

please find below the key figures of your annual statement as of
1 January 2026. The full statement is available in your customer portal.

  Policy: private pension insurance R-L 8830 1205 (fund-linked, with
  guarantee), start 1 May 2015, pension start 1 May 2049
  Contributions paid to date:              EUR 25,440.00
  Current value (fund + guarantee fund):   EUR 31,882.17
  Guaranteed monthly pension at age 67:    EUR   412.30
  Projected monthly pension (3 % p.a.):    EUR   786.00
  Surrender value today:                   EUR 30,911.09
  Death benefit before pension start:      value of the contract

Your beneficiary for the death benefit is still Mr Samuel Adeyemi. If you
would like to change this or to raise your monthly contribution of
EUR 212, you can do so in the portal.

Kind regards
Sören Mahnke
Boddenkrone Lebensversicherung AG
""")

A("notlagentarif-rueckstand", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "premium arrears in comprehensive health insurance, transfer to emergency tariff; health contract of a named person",
  KASI, "Mario Dietrich <mario.dietrich@freemail-ost.example>",
  "Beitragsrückstand in Ihrer Krankenversicherung KV 5520 6602 18 – Ruhen der Leistungen",
  "2026-08-26 14:45",
  """Sehr geehrter Herr Dietrich,

trotz unserer Mahnungen vom 10.06. und 15.07.2026 ist der Beitragsrückstand
für Ihre Krankheitskostenvollversicherung weiter offen:

  Beiträge Mai bis August 2026 (4 × 687,42 EUR)   2.749,68 EUR
  Säumniszuschläge                                   81,00 EUR
  offen                                           2.830,68 EUR

Nach § 193 Abs. 6 VVG ruht Ihr Vertrag ab 01.09.2026 und Sie werden im
Notlagentarif versichert. Dort sind nur noch Leistungen bei akuten
Erkrankungen und Schmerzzuständen sowie bei Schwangerschaft und Mutterschaft
versichert; die Behandlung Ihrer laufenden Physiotherapie würde dann nicht
mehr erstattet.

Sobald alle Rückstände bezahlt sind, wird der ursprüngliche Tarif
fortgesetzt. Wenn Sie in finanziellen Schwierigkeiten sind, rufen Sie mich
bitte an – wir finden gemeinsam eine Ratenlösung. Wenn Sie Bürgergeld
beziehen, gilt außerdem eine besondere Regelung (Nachweis vom Jobcenter).

""" + SIG["kasischke"] + "\n")

A("gruppen-ktg-hr-fehlzeiten", "STRICTLY_CONFIDENTIAL", "de", "company",
  "forwarded employer mail: ODS list of named employees with sick-leave days and reasons for a group daily-sickness contract",
  "Carsten Bohlmann <c.bohlmann@boddenkrone.example>", "Leistung Kranken Gruppe <kv-gruppe@boddenkrone.example>",
  "WG: Gruppen-KTG Tischlerei Hamann – Fehlzeitenliste 1. HJ",
  "2026-07-09 10:40",
  """Hallo zusammen,

Frau Hamann hat mir die Liste für die Gruppen-Krankentagegeldversicherung
geschickt – leider per normaler Mail an mich statt ins Portal. Ich habe sie
gebeten, das künftig anders zu machen. Bitte übernehmt ihr die Prüfung.

Carsten

---------- Weitergeleitete Nachricht ----------
Von: Ines Hamann <lohn@tischlerei-hamann.example>
Datum: Mi., 8. Juli 2026, 16:02
Betreff: Gruppen-KTG – Fehlzeitenliste 1. HJ

Hallo Herr Bohlmann,
anbei wie besprochen die Fehlzeiten unserer Mitarbeiter im 1. Halbjahr für
die Abrechnung des Krankentagegelds ab dem 43. Tag. Bei Herrn Kroos ist der
Motorradunfall dabei, da zahlt ja eigentlich die Versicherung des anderen?
Gruß Ines Hamann
""",
  atts=[Att("Fehlzeiten_2026_HJ1.ods", ods([
      ("Fehlzeiten", [
          ["Name", "Personalnr.", "von", "bis", "Tage", "Grund (lt. Mitarbeiter)"],
          ["Kroos, Marcel", 1043, "09.02.2026", "30.04.2026", 81, "Motorradunfall, Schlüsselbein + Knie-OP"],
          ["Pagel, Sven", 1017, "12.01.2026", "27.03.2026", 75, "Bandscheibe, Reha in Sellin"],
          ["Hamann, Lutz", 1002, "03.03.2026", "13.03.2026", 11, "Grippe"],
          ["Zielke, Ronny", 1051, "18.05.2026", "laufend", 43, "Burnout (Klinik)"],
      ])]))])

A("reha-genehmigung", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "approval of inpatient rehabilitation after hip replacement, clinic and duration",
  KASI, "Brigitte Sellin <b.sellin@senioren-netz.example>",
  "Kostenzusage Anschlussheilbehandlung – Klinik Bad Sülze",
  "2026-10-20 09:50",
  """Sehr geehrte Frau Sellin,

wir haben den Antrag des Sundklinikums auf Anschlussheilbehandlung nach Ihrer
Hüft-TEP links (Operation am 15.10.2026) erhalten und sagen die Kosten zu:

  Rehaklinik: Moorbad Bad Sülze, orthopädische Abteilung
  Aufnahme: 23.10.2026, voraussichtlich 21 Tage
  Unterbringung: Einbettzimmer (Wahlleistung laut Tarif)
  Fahrt: Krankentransport sitzend, wird vom Sundklinikum organisiert

Die Rechnung schickt die Klinik direkt an uns. Ihr Selbstbehalt fällt für
Anschlussheilbehandlungen nicht an.

Alles Gute für die Reha!

""" + SIG["kasischke"] + "\n")

A("life-fraud-zip", "STRICTLY_CONFIDENTIAL", "en", "internal",
  "internal fraud review of a life death claim: suspicion of a staged death abroad, police inquiry, documents in ZIP",
  "Rasmus Holm <r.holm@boddenkrone.example>", "Special Investigations Unit <siu@boddenkrone.example>",
  "SIU referral – death claim L 5127 7730 1 (Gdansk) – documents",
  "2026-11-03 15:10",
  """Hi SIU team,

referral of the death claim L 5127 7730 1 (sum insured EUR 750,000, policy
started 14 months ago). The claimed cause of death is drowning in Poland;
the body has not been found. The beneficiary (the insured's wife) submitted
a Polish death certificate issued after a court declaration of death, which
is unusually quick. The reinsurer share is 70 %, so Kattegat Re has asked
to be kept informed.

The ZIP contains the claim form, the certificate, the translated police
report and our internal check list. Please treat it as strictly
confidential – the prosecutor in Stralsund has been informed and has opened
an inquiry for suspected insurance fraud (§ 263 StGB).

Rasmus
""",
  atts=[Att("SIU_L51277730-1.zip", zipfile_b([
      ("1_claim_summary.txt",
       "Policy: L 5127 7730 1, term life, start 2025-09-01, SI EUR 750,000\r\n"
       "Insured: Dariusz Kamiński, born 1979-03-08, Wolgast\r\n"
       "Beneficiary: Agnieszka Kamińska (wife)\r\n"
       "Claimed event: drowning, Baltic Sea near Jastarnia, 2026-08-17; body not recovered\r\n"
       "Death certificate: Civil Registry Gdańsk, based on court decision of 2026-10-09\r\n"),
      ("2_police_report_translation.pdf", pdf(
          """Translation from Polish - Police Headquarters Puck, 2026-08-19

On 17 August 2026 at approx. 21:40 Mrs Agnieszka Kamińska reported that her
husband Dariusz Kamiński (47) had not returned from swimming at the beach of
Jastarnia. A search by the coast guard and a helicopter until 19 August was
unsuccessful. His clothes and phone were found on the beach. Witnesses saw
a man swimming far out at about 20:30. No indications of third-party fault.
The case was closed as a presumed accident.""", title="Police report translation")),
      ("3_checklist_SIU.txt",
       "Red flags:\r\n- policy < 2 years, high sum insured vs. declared income (EUR 38k)\r\n"
       "- body not recovered, rapid court declaration of death\r\n"
       "- two further life policies with other insurers taken out in 2025 (HIS query)\r\n"
       "- insured had debts (credit bureau: two defaults 2024)\r\n"),
  ]))])

A("strafrechtsschutz-koerperverletzung", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "legal expenses cover for criminal defence: named customer accused of bodily harm (s.223 StGB); base64-encoded body",
  "Cem Aydın <c.aydin@boddenkrone.example>", "Patrick Stahnke <p.stahnke@mailbox-nord.example>",
  "Deckungszusage Strafrechtsschutz – Ermittlungsverfahren 512 Js 3306/26",
  "2026-05-04 10:05",
  """Sehr geehrter Herr Stahnke,

Sie haben uns das Schreiben der Staatsanwaltschaft Stralsund vom 23.04.2026
vorgelegt. Gegen Sie wird wegen des Vorwurfs der Körperverletzung (§ 223
StGB) ermittelt; es geht um die Auseinandersetzung vor der Diskothek
"Speicher" am 14.03.2026, bei der ein anderer Gast eine Nasenbeinfraktur
erlitten haben soll.

Da Ihnen ein Vergehen vorgeworfen wird, das sowohl vorsätzlich als auch
fahrlässig begangen werden kann, besteht nach § 2 i) ARB 2021 zunächst
Versicherungsschutz für Ihre Verteidigung. Wir übernehmen die gesetzlichen
Gebühren Ihres Verteidigers, Herrn Rechtsanwalt Benthin.

Bitte beachten Sie: Werden Sie rechtskräftig wegen einer vorsätzlichen Tat
verurteilt, müssen Sie uns die Kosten zurückzahlen. Bei einer Einstellung
des Verfahrens (auch gegen Auflage) bleibt es bei der Kostenübernahme.

Ihr Zivilstreit mit dem Geschädigten über Schmerzensgeld ist vom
Strafrechtsschutz nicht umfasst; dafür besteht in Ihrem Tarif kein
Rechtsschutz (Abwehr von Schadenersatzansprüchen).

""" + SIG["aydin"] + "\n",
  cte="base64")

A("hospital-cash-birth", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "hospital daily allowance for childbirth by caesarean section and newborn's intensive care stay",
  KASI, "Chloe Martin-Reuter <chloe.mr@familymail.example>",
  "Congratulations – hospital daily allowance for your stay in August",
  "2026-09-02 11:00",
  """Dear Ms Martin-Reuter,

congratulations on the birth of your son Elias!

We have received the hospital certificate from Sundklinikum Stralsund. You
were in hospital from 11 to 17 August 2026 (7 days) after the caesarean
section, and Elias was on the neonatal ward for 5 days because of his
breathing problems after the birth.

Your hospital daily allowance (EUR 60 per day) therefore amounts to
EUR 420, which we are transferring today. Under your tariff, a newborn is
covered from birth if registered within two months – you registered Elias
on 25 August, so his neonatal stay is covered in full under his own new
policy (no waiting periods, no health questions).

With best wishes to all three of you,

Yvonne Kasischke
Health Insurance Claims
Boddenkrone Krankenversicherung AG
""")


# ---------------------------------------------------------------- CONFIDENTIAL, other lines
PLESS = "Gunnar Pleß <g.pless@boddenkrone.example>"
DREYER = "Melanie Dreyer <m.dreyer@boddenkrone.example>"
AYDIN = "Cem Aydın <c.aydin@boddenkrone.example>"
NITSCHKE = "Laura Nitschke <l.nitschke@boddenkrone.example>"
BOHLMANN = "Carsten Bohlmann <c.bohlmann@boddenkrone.example>"

A("hausrat-einbruch-stehlgutliste", "CONFIDENTIAL", "de", "insurer-to-customer",
  "household burglary claim: customer's name, address, policy, stolen items with values, police reference",
  PLESS, "Anja und Thomas Lübcke <familie.luebcke@kabelmail.example>",
  "Einbruch vom 07.11.2026 – Hausrat HR 3302 1876 – Stehlgutliste",
  "2026-11-10 12:12",
  """Sehr geehrte Frau Lübcke, sehr geehrter Herr Lübcke,

danke für die schnelle Meldung des Einbruchs in Ihre Wohnung in der
Ringstraße 14, 18374 Zingst. Ihre vorläufige Stehlgutliste haben wir
erhalten:

  Notebook Lenovo ThinkPad (2024)            1.290 EUR
  Spielkonsole mit 2 Controllern               560 EUR
  Schmuck (Goldkette, 2 Ringe, Uhr Junghans) ca. 3.400 EUR
  Bargeld aus dem Schreibtisch                 380 EUR
  Fahrradschlüssel/Schließzylinder Haustür     ca. 240 EUR

Was wir noch brauchen:
- die Stehlgutliste, die Sie der Polizei gegeben haben (Tagebuch-Nr.
  0712/26 PR Zingst) – sie muss mit unserer übereinstimmen,
- Kaufbelege oder Fotos der Schmuckstücke,
- die Rechnung des Schlüsseldienstes für den neuen Zylinder.

Bargeld ist in Ihrem Tarif bis 1.500 EUR versichert, Schmuck außerhalb eines
Tresors bis 20.000 EUR. Die Werte ersetzen wir zum Neuwert.

Ein Mitarbeiter unseres Regulierungsdienstes, Herr Koltermann, würde sich
die Wohnung gern am Donnerstag ansehen. Passt Ihnen 10 Uhr?

""" + SIG["pless"] + "\n")

A("leitungswasser-termin-ics", "CONFIDENTIAL", "de", "insurer-to-customer",
  "buildings insurance water damage: owner's name, address, claim and policy number; on-site appointment (ICS) and payout account",
  PLESS, "Bernd Karnatz <b.karnatz@web-nord.example>",
  "AW: Wasserschaden im Keller – Wohngebäude WG 4410 0271 – Termin mit dem Trocknungsdienst",
  "2026-01-30 14:18",
  """Hallo Herr Karnatz,

danke für die Fotos. Die geplatzte Leitung im Hauswirtschaftsraum ist ein
klassischer Leitungswasserschaden und über Ihre Wohngebäudeversicherung
gedeckt.

Ich habe den Trocknungsdienst Pommernfeucht beauftragt. Termin zur
Feuchtemessung ist am Dienstag, 03.02., zwischen 8 und 10 Uhr bei Ihnen in
der Dorfstraße 9, 18516 Süderholz – die Einladung hängt an, damit Sie sie in
Ihren Kalender übernehmen können.

Die Rechnung des Installateurs (Ortung und Reparatur) überweise ich Ihnen
wie gewünscht auf Ihr Konto DE81 2806 9912 0833 5835 05, sobald sie da ist.

""" + SIG["pless"] + """

Am 29.01.2026 um 20:05 schrieb Bernd Karnatz:
> Guten Abend, bei uns ist heute im Keller ein Rohr geplatzt, das Wasser
> stand 5 cm hoch. Installateur war da und hat abgedichtet. Laminat und
> Wände sind nass. Was muss ich jetzt machen? Fotos anbei.
> Bernd Karnatz
""",
  atts=[Att("Termin_Trocknung_Karnatz.ics", ics(
      "wg-4410-0271-trocknung@boddenkrone.example", "20260203T080000", "20260203T100000",
      "Feuchtemessung Pommernfeucht – Wasserschaden Karnatz", "Dorfstraße 9, 18516 Süderholz",
      "Schaden WS-2026-00311, Wohngebäude WG 4410 0271, Ansprechpartner G. Pleß 03831 4471-270",
      "g.pless@boddenkrone.example"))])

A("en-household-schedule-pdf", "CONFIDENTIAL", "en", "insurer-to-customer",
  "body only says the schedule is attached; the PDF holds the customer's birth date, address, policy number and masked IBAN",
  PLESS, "Benjamin Osei <ben.osei@londonmail.example>",
  "Your new contents insurance policy",
  "2026-04-01 09:40",
  """Dear Mr Osei,

welcome to Boddenkrone! Your policy schedule is attached. Please check that
all details are correct and keep it with your documents.

Kind regards
Gunnar Pleß
Property Claims & Policy Service
""",
  atts=[Att("Policy_schedule_HR-3302-9914.pdf", pdf(
      """Boddenkrone Allgemeine Versicherung AG

**Policy schedule - Household contents insurance (Hausrat Komfort)**

Policy number: HR 3302 9914
Policyholder: Benjamin Kwame Osei, born 17/06/1991
Insured address: Mühlenstraße 22, 2nd floor left, 18439 Stralsund
Living space: 68 sqm   Sum insured: EUR 44,200 (650 EUR/sqm)
Start: 1 April 2026, 00:00   Term: 1 year, renewing annually
Options: bicycle theft up to EUR 2,000; glass breakage; elementary perils: no

Annual premium: EUR 118.40 incl. 19 % insurance tax
Payment: SEPA direct debit, yearly, from account DE** **** **** **** **76 29
(mandate reference BKV-HR33029914-01)

Excess: EUR 150 per claim""", title="Policy schedule HR 3302 9914"))])

A("rs-mietstreit-deckungszusage", "CONFIDENTIAL", "de", "insurer-to-customer",
  "legal expenses cover for tenancy dispute: customer's name, address, policy, landlord's rent increase, dispute value",
  AYDIN, "Sevgi Demir <sevgi.demir@posteo-mail.example>",
  "Deckungszusage Mietrechtsschutz – Mieterhöhung Ihrer Wohnung Große Parower Str. 50",
  "2026-06-15 15:05",
  """Sehr geehrte Frau Demir,

für die Auseinandersetzung mit Ihrer Vermieterin, der Sundwohnen GmbH, über
die Mieterhöhung vom 28.04.2026 (von 612 EUR auf 718 EUR Kaltmiete) erteilen
wir Ihnen Deckungszusage aus Ihrem Rechtsschutzvertrag RS 6620 4431 für die
außergerichtliche Interessenwahrnehmung.

Gegenstandswert nach § 41 Abs. 5 GKG: 12 × 106 EUR = 1.272 EUR.
Ihre Selbstbeteiligung beträgt 150 EUR.

Sie haben Frau Rechtsanwältin Dr. Strelow gewählt; sie kann ihre
Kostenrechnung direkt bei uns einreichen. Für ein gerichtliches Verfahren
fragen Sie bitte vorher erneut bei uns an.

""" + SIG["aydin"] + "\n")

A("courtage-abrechnung-schwanbeck-csv", "CONFIDENTIAL", "de", "insurer-to-broker",
  "commission statement of a sole-trader broker: her IBAN and tax number; customers listed by contract number and name in CSV",
  BOHLMANN, "Birte Schwanbeck <buero@schwanbeck-makler.example>",
  "Courtageabrechnung Mai 2026 – Vermittlernummer 40 7721",
  "2026-06-05 09:30",
  """Hallo Frau Schwanbeck,

anbei Ihre Courtageabrechnung für Mai 2026. Auszahlung 3.118,72 EUR mit
Valuta 10.06. auf Ihr Konto DE75 1867 5871 0973 0898 27.

Steuernummer 082/215/40933 ist hinterlegt; da Sie als Versicherungsmaklerin
nach § 4 Nr. 11 UStG steuerfrei arbeiten, weisen wir keine Umsatzsteuer aus.

Beste Grüße
Carsten Bohlmann
""",
  atts=[Att("Courtage_407721_2026-05.csv", csvb([
      ["Vermittler", "Vertrag", "Kunde", "Sparte", "Beitrag", "Satz", "Courtage"],
      ["407721", "K 7745 9012 1", "Hinz, Rüdiger", "Kfz", "684,20", "7,5%", "51,32"],
      ["407721", "HR 3302 4410", "Petersen, Greta", "Hausrat", "142,80", "20%", "28,56"],
      ["407721", "WG 4410 1933", "Petersen, Greta", "Wohngebäude", "988,00", "15%", "148,20"],
      ["407721", "PH 3301 7720", "Behrendt, Ole", "Privathaftpflicht", "71,40", "20%", "14,28"],
      ["407721", "BH 2024 8801", "Fischräucherei Behrendt e.K.", "Betriebshaftpflicht", "2.310,00", "15%", "346,50"],
      ["407721", "RS 6620 9904", "Köhn, Marlies", "Rechtsschutz", "312,00", "15%", "46,80"],
      ["407721", "K 7745 9188 0", "Köhn, Marlies", "Kfz", "523,90", "7,5%", "39,29"],
      ["", "", "", "", "", "Abschluss Gewerbe", "2.443,77"],
      ["", "", "", "", "", "Summe", "3.118,72"],
  ], "cp1252"), ctype="text/csv", charset="windows-1252")])

A("en-sepa-mandate-confirmation", "CONFIDENTIAL", "en", "insurer-to-customer",
  "SEPA mandate confirmation with the customer's IBAN, mandate reference and policy number",
  DREYER, "Lucía Fernández <lucia.fernandez@correo-mail.example>",
  "Direct debit mandate confirmed – car policy K 7745 6610 3",
  "2026-05-11 10:10",
  """Dear Ms Fernández,

thank you for the signed SEPA direct debit mandate. From 1 June 2026 we will
collect the premium for your car policy K 7745 6610 3 (VW T-Roc, HST-LF 15)
monthly from your new account:

  Account holder: Lucía Fernández Ortega
  IBAN: DE97 7029 1503 7090 6248 10
  Mandate reference: BKV-K774566103-02
  Creditor ID: DE98ZZZ00000144171
  Amount: EUR 61.37 on the 1st of each month

Your old mandate for the Spanish account has been cancelled.

Kind regards
Melanie Dreyer
Motor Policies & Operations
Boddenkrone Allgemeine Versicherung AG
""")

A("en-travel-cancellation-jobloss", "CONFIDENTIAL", "en", "insurer-to-customer",
  "trip cancellation due to redundancy (no health reason): names of travellers, booking, employer's notice, refund amount",
  NITSCHKE, "James Whitfield <j.whitfield@homemail.example>",
  "Trip cancellation – Norway cruise – policy R 8840 5521",
  "2026-03-09 12:40",
  """Dear Mr Whitfield,

we're sorry to hear that you lost your job. Thank you for sending the
termination letter from Pommern Logistik GmbH (notice given on 12 February,
for operational reasons) – an unexpected redundancy of an insured person is
a covered reason for cancellation under your policy.

Cancellation costs charged by the cruise line for you and your wife, Mrs
Rebecca Whitfield:
  cruise price (2 persons)                  EUR 4,380.00
  cancellation fee 40 %                     EUR 1,752.00
  less excess 20 % (as per policy)         -EUR   350.40
  payment                                   EUR 1,401.60

We'll transfer this to the account you gave us in the claim form within the
next few days.

Kind regards
Laura Nitschke
Travel Insurance
Boddenkrone Allgemeine Versicherung AG
""")

A("evb-neuwagen", "CONFIDENTIAL", "de", "insurer-to-customer",
  "eVB number for registering a new car: customer name, address, VIN, policy",
  DREYER, "Jens-Peter Ohm <jp.ohm@t-netz.example>",
  "Ihre eVB-Nummer für den Skoda Enyaq",
  "2026-09-29 08:05",
  """Guten Morgen Herr Ohm,

hier Ihre elektronische Versicherungsbestätigung für die Zulassung:

  eVB-Nummer: 7KZ4M2P
  Versicherungsnehmer: Jens-Peter Ohm, Prohner Straße 31, 18435 Stralsund
  Fahrzeug: Skoda Enyaq 85, FIN TMBJC7NY4R0051207
  Wunschkennzeichen (lt. Ihrer Angabe): HST-JO 85
  Versicherungsbeginn: Tag der Zulassung
  Umfang: Haftpflicht + Vollkasko (SB 500/150), SF 17 aus Vorvertrag

Die eVB gilt sechs Monate. Ihr bisheriger Vertrag für den Octavia läuft
weiter, bis Sie ihn abmelden; bitte geben Sie uns dann Bescheid, ob der
Schadenfreiheitsrabatt auf den Enyaq übertragen werden soll.

""" + SIG["dreyer"] + "\n")

A("sf-anfrage-vorversicherer", "CONFIDENTIAL", "de", "insurer-to-partner",
  "no-claims transfer request to the previous insurer: customer's name, birth date, old contract, plate",
  DREYER, "Vertragsservice HanseMobil <vertrag@hansemobil.example>",
  "SF-Anfrage – Versicherungsnehmerin Olga Reimer, geb. 13.01.1976",
  "2026-01-07 09:55",
  """Sehr geehrte Damen und Herren,

Ihre ehemalige Versicherungsnehmerin hat bei uns einen neuen Vertrag
abgeschlossen und um Übertragung des Schadenfreiheitsrabatts gebeten:

  Name: Olga Reimer, geb. 13.01.1976
  Anschrift: Rügenwalder Weg 8, 18445 Prohn
  Ihr Vertrag: HM-KF-22-0411873 (Pkw HST-OR 13, gekündigt zum 31.12.2025)
  Unser Vertrag: K 7745 0007 4, Beginn 01.01.2026

Bitte bestätigen Sie uns die erreichte SF-Klasse in Haftpflicht und
Vollkasko sowie die Schäden der letzten fünf Jahre (Datum,
Haftpflicht/Kasko, Zahlung ja/nein). Frau Reimer gibt SF 12 / SF 9 an.

""" + SIG["dreyer"] + "\n")

A("en-dno-circumstance-notice", "CONFIDENTIAL", "en", "insurer-to-company",
  "D&O notice of circumstances for a company: named managing director accused by the shareholder of breach of duty; policy and sums",
  LUETKE, "Dr. Annette Vogt <a.vogt@balticboats-gmbh.example>",
  "D&O policy DO-2025-0044 – your notice of circumstances dated 2 March 2026",
  "2026-03-06 12:25",
  """Dear Dr Vogt,

we acknowledge your notice of circumstances under the D&O policy
DO-2025-0044 of Baltic Boats GmbH (limit EUR 2m).

As we understand it, the majority shareholder, Ostsee Marine Holding AG,
holds your former managing director Mr Frederik Claasen responsible for a
loss of about EUR 640,000 on a currency hedge he entered into in 2025
without the approval of the shareholders' meeting. No claim has been made in
writing yet, but the shareholder's lawyers have announced one.

We accept the notice as a circumstance that may give rise to a claim; any
later claim will be treated as made in the current policy period. Please:

  1. forward any letter from the shareholder's lawyers immediately,
  2. send us the minutes of the shareholders' meetings of 2025 and the
     internal rules of procedure for the management,
  3. make sure Mr Claasen does not acknowledge any liability.

Mr Claasen may choose a defence lawyer; we will confirm costs after a claim
has been made.

Kind regards
Dr Jasper Lütkemeyer
Major Liability Claims
Boddenkrone Allgemeine Versicherung AG
""")

A("glasbruch-ceranfeld", "CONFIDENTIAL", "de", "insurer-to-customer",
  "glass breakage claim (ceramic hob): customer's name, policy, claim number and payout to IBAN",
  PLESS, "Kerstin Baumgart <kerstin.baumgart@mailbox-nord.example>",
  "Glasbruch – Ihr Ceranfeld – Schaden GL-2026-00912",
  "2026-08-12 15:35",
  """Hallo Frau Baumgart,

der Sprung im Ceranfeld ist über Ihre Glasversicherung (Vertrag GL 2201 6600)
versichert. Die Rechnung von Elektro Krüger über den Austausch der
Glaskeramikplatte (489,00 EUR inkl. Montage) erstatten wir vollständig;
eine Selbstbeteiligung gibt es in der Glasversicherung nicht.

Die Überweisung geht auf DE68 4824 9250 6613 2832 26.

""" + SIG["pless"] + "\n")

A("sicherungsschein-leasing", "CONFIDENTIAL", "de", "insurer-to-partner",
  "security certificate to a leasing company: lessee's name, VIN, plate, comprehensive cover details",
  DREYER, "Nordlease Mobility GmbH <versicherung@nordlease.example>",
  "Sicherungsschein – Leasingnehmer Sascha Timm – Vertrag NL-26-33018",
  "2026-02-12 11:15",
  """Sehr geehrte Damen und Herren,

für das an Herrn Sascha Timm, Seestraße 2, 18546 Sassnitz, verleaste
Fahrzeug bestätigen wir:

  Fahrzeug: Cupra Formentor VZ, FIN VSSZZZKMZRR012244
  Kennzeichen: VR-ST 911
  Versicherungsvertrag: K 7745 4452 9
  Versicherungsbeginn: 01.02.2026
  Umfang: Kfz-Haftpflicht 100 Mio. EUR pauschal, Vollkasko SB 500 EUR,
  Teilkasko SB 150 EUR, GAP-Deckung eingeschlossen

Der Sicherungsschein zugunsten der Nordlease Mobility GmbH ist ausgestellt
und geht Ihnen im Original per Post zu. Wir informieren Sie bei
Prämienverzug oder Kündigung.

""" + SIG["dreyer"] + "\n")

A("en-ebike-theft", "CONFIDENTIAL", "en", "insurer-to-customer",
  "e-bike theft under household cover: customer's name, frame number, purchase price, police reference",
  PLESS, "Nils Andersson <nils.andersson@swedmail.example>",
  "Your stolen e-bike – claim HR-2026-01455",
  "2026-06-24 16:00",
  """Hello Mr Andersson,

thanks for the documents about your stolen e-bike (Riese & Müller Charger4,
frame number WRM20384712, bought in May 2024 for EUR 5,290). It was taken
from the locked bicycle room of your building in Greifswald, Steinbeckerstr.
11, on the night of 18 June; the police reference is 0618-BD-4471/26.

Your household policy HR 3302 6120 covers bicycle theft up to EUR 3,000 at
any time of the day, so we can pay EUR 3,000 (the limit). The battery
charger you still have does not reduce the payment.

If the bike turns up, please tell us immediately: you can then either keep it
and pay back the money, or leave it to us.

Best regards
Gunnar Pleß
Property Claims
Boddenkrone Allgemeine Versicherung AG
""")

A("en-pet-surgery-dog", "CONFIDENTIAL", "en", "insurer-to-customer",
  "pet surgery insurance: dog's cruciate ligament surgery (animal health), owner's name, policy, vet invoice, reimbursement",
  KASI, "Emma Richardson <emma.richardson@petlover-mail.example>",
  "Pet surgery claim – your dog Nala – policy TK 9901 2208",
  "2026-10-06 10:45",
  """Dear Ms Richardson,

we hope Nala is recovering well from her operation!

We have checked the invoice from Tierklinik Stralsund-Süd for the TPLO
surgery on her left hind leg (ruptured cruciate ligament) on 22 September:

  Invoice total (GOT factor 2)            EUR 2,874.30
  of which not covered: food, collar      EUR    46.50
  covered                                  EUR 2,827.80
  less excess 10 %                        EUR   282.78
  reimbursement                            EUR 2,545.02

Physiotherapy for dogs after surgery is covered up to EUR 300 under your
plan; just send us the invoices.

Kind regards
Yvonne Kasischke
Claims – Pet Insurance
Boddenkrone Allgemeine Versicherung AG
""")

A("pfaendung-drittschuldner-odt", "CONFIDENTIAL", "de", "insurer-to-partner",
  "third-party debtor declaration on a garnishment order: customer's name, birth date, pending claim payment (ODT)",
  "Torsten Wiechert <t.wiechert@boddenkrone.example>", "Inkasso Pommerndienst <forderung@pommerndienst-inkasso.example>",
  "Drittschuldnererklärung § 840 ZPO – PfÜB AG Greifswald 12 M 884/26",
  "2026-07-28 13:30",
  """Sehr geehrte Damen und Herren,

anbei unsere Drittschuldnererklärung zum Pfändungs- und
Überweisungsbeschluss des Amtsgerichts Greifswald vom 14.07.2026, uns
zugestellt am 21.07.2026.

Mit freundlichen Grüßen
""" + SIG["wiechert"] + "\n",
  atts=[Att("Drittschuldnererklaerung_12M884-26.odt", odt([
      "# Drittschuldnererklärung nach § 840 ZPO",
      "Gläubigerin: Pommerndienst Inkasso GmbH, Greifswald",
      "Schuldner: Sven Blankenburg, geb. 30.05.1983, Wolgaster Straße 140, 17489 Greifswald",
      "Drittschuldnerin: Boddenkrone Allgemeine Versicherung AG, Stralsund",
      "1. Die gepfändete Forderung wird anerkannt, soweit dem Schuldner aus dem Kaskoschaden KS-2026-002014 (Fahrzeug HGW-SB 83) eine Entschädigung zusteht. Die Entschädigung ist noch nicht abschließend festgestellt; voraussichtlich 2.860,00 EUR.",
      "2. Wir sind zur Zahlung bereit, sobald die Entschädigung festgestellt ist.",
      "3. Andere Personen machen Ansprüche an die Forderung geltend: Sicherungsübereignung an die Autobank Nord AG (Finanzierungsvertrag), deren Vorrang zu prüfen ist.",
      "4. Weitere Pfändungen: keine.",
      "Stralsund, 28.07.2026 – Boddenkrone Allgemeine Versicherung AG, Regress"]))])

A("intern-adress-bankwechsel", "CONFIDENTIAL", "de", "internal",
  "internal service request: customer's new address and new IBAN for household and liability contracts",
  "Kundenservice Team 2 <kundenservice@boddenkrone.example>", "Bestandsführung Sach <bestand-sach@boddenkrone.example>",
  "Änderung Anschrift + Bankverbindung – Kundin Edeltraut Schimmelpfennig",
  "2026-03-02 14:02",
  """Hallo Bestand,

bitte für die Kundin Edeltraut Schimmelpfennig (KD-Nr. 1-0442-918) in allen
Verträgen ändern:

neue Anschrift ab 01.03.2026:
  Am Lustgarten 3 a, 18356 Barth (vorher: Fischerstraße 12, Zingst)
neue Bankverbindung ab Beitrag April:
  DE50 7338 7947 6981 3429 29, Kontoinhaberin E. Schimmelpfennig
  (neues SEPA-Mandat liegt unterschrieben im Posteingang, Scan vom 28.02.)

Betroffen: Hausrat HR 3302 0791 (bitte auch Versicherungsort ändern!),
Privathaftpflicht PH 3301 0144. Die Hausratversicherung für die alte
Wohnung läuft laut Kundin noch bis 31.03. parallel (Umzugsregelung).

Danke!
Paulina Ewert
Kundenservice Team 2, Durchwahl -118
""")

A("en-commercial-renewal-soletrader", "CONFIDENTIAL", "en", "insurer-to-broker",
  "renewal of a sole trader's commercial package: owner's name, turnover, income from the business, premium",
  BOHLMANN, "Priya Raman <p.raman@northbridge-brokers.example>",
  "Renewal 2027 – Café Kleine Welle (sole trader Mr Jonas Lindqvist) – commercial package",
  "2026-10-19 11:10",
  """Hi Priya,

as promised, our renewal terms for your client Mr Jonas Lindqvist, who runs
the Café Kleine Welle in Binz as a sole trader:

  - turnover 2025 declared: EUR 412,000 (2024: EUR 365,000)
  - owner's profit according to the 2025 tax return you sent: EUR 61,800
  - business interruption sum insured should therefore go up from
    EUR 90,000 to at least EUR 120,000,
  - contents: EUR 85,000 (new espresso machine included),
  - public liability: EUR 5m, unchanged.

Premium 2027: EUR 2,184.60 net (2026: EUR 1,902.00), mainly because of the
higher BI sum. If Mr Lindqvist takes the 3-year agreement, we give 7 %
discount.

I need his signed answer by 20 November.

Best
Carsten
""")

A("beitragsrechnung-pdf-only", "CONFIDENTIAL", "de", "insurer-to-customer",
  "body only refers to the attachment; the PDF premium invoice holds name, address, contract numbers, plate and the customer's IBAN",
  DREYER, "Heiko Splettstößer <heiko.splett@online-mv.example>",
  "Ihre Beitragsrechnung 2027",
  "2026-11-27 06:30",
  """Guten Tag,

im Anhang finden Sie Ihre Beitragsrechnung für das Jahr 2027.

Dies ist eine automatisch erzeugte Nachricht. Bei Fragen erreichen Sie uns
unter 03831 4471-0 oder im Kundenportal.

Ihre Boddenkrone
""",
  atts=[Att("Beitragsrechnung_2027_KD1-0788-204.pdf", pdf(
      """Boddenkrone Allgemeine Versicherung AG, Am Querkanal 7, 18439 Stralsund

Herrn Heiko Splettstößer
Bergstraße 17
18581 Putbus

Kundennummer 1-0788-204                          Stralsund, 27.11.2026

**Beitragsrechnung für das Versicherungsjahr 2027**

Vertrag          Sparte                          Zeitraum          Beitrag
K 7745 3021 6    Kfz (VW Caddy, VR-HS 170), SF 8  01.01.-31.12.2027  712,46 EUR
HR 3302 5512     Hausrat Komfort                  01.01.-31.12.2027  164,20 EUR
PH 3301 9007     Privathaftpflicht Familie        01.01.-31.12.2027   89,90 EUR
                                                            Summe    966,56 EUR

Der Betrag wird am 02.01.2027 von Ihrem Konto
DE86 4746 0354 9559 6838 47 (Mandat BKV-1-0788-204-01) abgebucht.

Hinweis: Ihre Kfz-Versicherung ist wegen der Rückstufung nach dem Schaden
vom 14.05.2026 von SF 10 auf SF 8 teurer geworden.""", title="Beitragsrechnung 2027"))])

A("mixed-laptop-friend", "CONFIDENTIAL", "mixed", "insurer-to-customer",
  "personal liability claim in English quoting the German claim letter of the injured party: names, policy, damaged laptop; property only",
  REHBERG, "Daniel Brenner <daniel.brenner@startup-mail.example>",
  "Re: Laptop of your friend – claim PH-2026-00377",
  "2026-02-23 17:20",
  """Hi Mr Brenner,

thanks for sending me the letter from your friend. As you asked, here is
what it says and what happens next.

Mr Felix Rademacher writes (in German):

  "Am 14.02. hat Daniel bei mir zu Hause ein Glas Rotwein über mein MacBook
   Pro (2023) gekippt. Das Gerät startet nicht mehr. Die Apple-Werkstatt
   sagt, Logicboard und Tastatur müssen getauscht werden: 1.680 Euro. Das
   Gerät hat 2.499 Euro gekostet. Ich bitte um Erstattung."

(On 14 February Daniel spilled a glass of red wine over my MacBook Pro at my
home. It doesn't start any more; the repair costs EUR 1,680; it cost
EUR 2,499 new.)

Your personal liability policy PH 3301 5560 covers this. We'll pay
Mr Rademacher the repair costs directly, against the repair invoice, less
nothing – there's no excess in your tariff. Please give him my e-mail
address so he can send me the invoice and his bank details.

Best regards
Malin Rehberg
Liability Claims, Boddenkrone Allgemeine Versicherung AG
""")

A("en-motor-cancellation-confirmed", "CONFIDENTIAL", "en", "insurer-to-customer",
  "confirmation of cancellation of a car policy: customer's name, plate, policy, refund amount",
  DREYER, "Sophie Laurent <sophie.laurent@francemail.example>",
  "Cancellation of your car insurance K 7745 5091 8 confirmed",
  "2026-08-31 10:35",
  """Dear Ms Laurent,

we confirm the cancellation of your car insurance K 7745 5091 8 for the
Peugeot 208 (HST-SL 208) with effect from 15 August 2026, the date the car
was deregistered before your move back to Lyon.

You paid the annual premium until 31 December 2026. We are refunding the
unused part of EUR 197.18 to the account from which the premium was
collected.

Your no-claims certificate (SF 6, no claims in the last 6 years) is
attached to your customer portal as a PDF in German and English, which
French insurers usually accept.

Bon voyage and kind regards
Melanie Dreyer
Motor Policies & Operations
Boddenkrone Allgemeine Versicherung AG
""")

A("en-rent-deposit-guarantee-docx", "CONFIDENTIAL", "en", "insurer-to-customer",
  "rent deposit guarantee: tenant's name, net income, landlord, deposit amount; certificate in DOCX",
  DREYER, "Ahmed Al-Khatib <ahmed.alkhatib@uni-mail.example>",
  "Your rent deposit guarantee – certificate attached",
  "2026-09-11 13:55",
  """Dear Mr Al-Khatib,

your application for a rent deposit guarantee has been approved. Based on
your employment contract with Sundwerft GmbH (net monthly income
EUR 2,640) we can guarantee the full deposit of EUR 2,250 for the flat in
Knieperdamm 9.

The guarantee certificate is attached; please give the original to your
landlord, Sundwohnen GmbH. The annual fee of EUR 101.25 (4.5 %) will be
collected by direct debit.

Kind regards
Melanie Dreyer
Boddenkrone Allgemeine Versicherung AG
""",
  atts=[Att("Rent_deposit_guarantee_MK-2026-0881.docx", docx([
      "# Mietkautionsbürgschaft / Rent deposit guarantee No. MK-2026-0881",
      "Guarantor: Boddenkrone Allgemeine Versicherung AG, Am Querkanal 7, 18439 Stralsund",
      "Tenant: Ahmed Al-Khatib, born 02/02/1995, currently Frankenwall 4, 18439 Stralsund",
      "Landlord: Sundwohnen GmbH, Heilgeiststraße 70, 18439 Stralsund",
      "Rented property: Knieperdamm 9, 3rd floor right, 18435 Stralsund; lease dated 01/09/2026",
      "Amount guaranteed: EUR 2,250.00 (three net cold rents of EUR 750.00)",
      "The guarantor undertakes to pay the landlord on first written demand any amount up to the sum above owed by the tenant under the lease. The guarantee expires when the original certificate is returned.",
      "Stralsund, 11/09/2026"], title="Rent deposit guarantee MK-2026-0881", author="Boddenkrone"))])

A("rs-kostennote-anwalt", "CONFIDENTIAL", "de", "insurer-to-lawyer",
  "legal expenses: check of a lawyer's fee note for the customer's employment dismissal case; names, dispute value, salary basis",
  AYDIN, "RA Kai Benthin <kanzlei@benthin-recht.example>",
  "Ihre Kostennote vom 30.09.2026 – Mandant Ronny Schulz ./. Sundwerft GmbH – RS 6620 1287",
  "2026-10-08 11:05",
  """Sehr geehrter Herr Rechtsanwalt Benthin,

zu Ihrer Kostennote für das Kündigungsschutzverfahren Ihres Mandanten,
Herrn Ronny Schulz, vor dem Arbeitsgericht Stralsund (Az. 2 Ca 301/26):

Den Gegenstandswert setzen Sie mit 4 Bruttomonatsgehältern an. Nach § 42
Abs. 2 GKG ist höchstens das Vierteljahreseinkommen maßgeblich, also
3 × 3.640 EUR = 10.920 EUR. Den Vergleichsmehrwert für das Zeugnis (ein
Monatsgehalt) erkennen wir an.

Wir erstatten:
  1,3 Verfahrensgebühr aus 10.920 EUR         904,80 EUR
  1,2 Terminsgebühr aus 10.920 EUR            835,20 EUR
  1,0 Einigungsgebühr aus 14.560 EUR          866,00 EUR
  Pauschale                                    20,00 EUR
  19 % USt                                    499,32 EUR
  gesamt                                    3.125,32 EUR
abzüglich Selbstbeteiligung des Mandanten     150,00 EUR
Zahlung                                     2.975,32 EUR

Die Abfindung von 9.800 EUR aus dem Vergleich berührt den Rechtsschutz
nicht.

""" + SIG["aydin"] + "\n")

A("en-baggage-stolen", "CONFIDENTIAL", "en", "insurer-to-customer",
  "baggage insurance claim: traveller's name, policy, stolen suitcase contents and values; no health data",
  NITSCHKE, "Olivia Grant <olivia.grant@mailcloud.example>",
  "Your baggage claim – Lisbon, 2 October 2026 – policy R 8840 7730",
  "2026-10-21 09:25",
  """Dear Ms Grant,

thank you for the police report from Lisbon (PSP, Santa Maria Maior
station, ref. 4471/26) and your list of the stolen suitcase's contents.

  Suitcase (Samsonite, 2022)                       EUR 210 (time value)
  Clothing and shoes                               EUR 640
  Camera Fujifilm X-T5 with lens                   EUR 1,150
  Toiletries                                       EUR  60

Valuables such as cameras are only covered when carried in hand luggage or
locked in a hotel safe. As the suitcase was stolen from the hotel lobby
while waiting for the shuttle, the camera is covered only up to 50 % of the
sum insured for valuables, i.e. EUR 500.

Total payment: EUR 1,410. Please confirm your bank account in the portal.

Kind regards
Laura Nitschke
Travel Insurance
Boddenkrone Allgemeine Versicherung AG
""")

A("hausverwaltung-wasserschaden-eml", "CONFIDENTIAL", "de", "company",
  "forwarded property manager's mail (rfc822): tenant Dagmar Fleege named, flat, water damage, policy of the building owner",
  PLESS, "Regulierungsdienst <regulierung@boddenkrone.example>",
  "WG: Wasserschaden Whg. 7 – Mönchstraße 41 – Besichtigung?",
  "2026-12-03 08:45",
  """Kollegen, bitte Besichtigung einplanen. Die Hausverwaltung drängelt, die
Mieterin wohnt mit nasser Decke im Schlafzimmer. Vertrag WG 4410 3379,
Eigentümergemeinschaft Mönchstraße 41. Gunnar
""",
  atts=[Fwd(F("Hausverwaltung Sundhaus <technik@sundhaus-verwaltung.example>",
              "sach-schaden@boddenkrone.example",
              "Wasserschaden Whg. 7 – Mönchstraße 41, Stralsund",
              "2026-12-02 16:12",
              """Sehr geehrte Damen und Herren,

in der WEG Mönchstraße 41 ist es am 30.11.2026 zu einem Wasserschaden
gekommen. Ursache ist ein undichter Anschluss am Heizkörper in Wohnung 9
(2. OG). Betroffen ist die darunterliegende Wohnung 7 (1. OG), Mieterin
Frau Dagmar Fleege, Tel. 0173 4418802. Decke und Wand im Schlafzimmer sind
durchfeuchtet, Tapete löst sich.

Die Heizungsfirma hat den Anschluss abgedichtet. Bitte teilen Sie uns mit,
wann ein Gutachter kommen kann; Frau Fleege ist tagsüber ab 14 Uhr zu Hause.

Gebäudeversicherung: Ihr Vertrag WG 4410 3379.

Mit freundlichen Grüßen
Kai-Uwe Prange, Technische Verwaltung
Sundhaus Immobilienverwaltung GmbH
"""), "Wasserschaden_Moenchstr41.eml")])

A("pv-anlage-sturm-landwirt", "CONFIDENTIAL", "de", "insurer-to-customer",
  "PV system storm damage of a farmer (sole trader): name, farm address, policy, claim, loss of feed-in income",
  PLESS, "Hof Dallmann <hof.dallmann@landmail.example>",
  "Sturmschaden an Ihrer Photovoltaikanlage – PV-Vertrag TV 1120 0448",
  "2026-02-04 13:40",
  """Sehr geehrter Herr Dallmann,

nach dem Sturmtief am 27.01. hat unser Sachverständiger die Anlage auf Ihrer
Maschinenhalle in Groß Mohrdorf besichtigt: 14 Module sind durch die
abgehobene Dachfolie beschädigt, zwei Unterkonstruktionsschienen verbogen,
ein Strang ist abgeschaltet.

Die Reparatur durch Solartechnik Vorpommern kostet laut Angebot 6.930 EUR
netto. Da Sie vorsteuerabzugsberechtigt sind, zahlen wir netto, abzüglich
500 EUR Selbstbeteiligung.

Außerdem ist der Ertragsausfall versichert. Bitte schicken Sie uns dafür
die Einspeiseabrechnungen der Netzbetreiberin für Januar bis März 2025 und
2026; wir berechnen den Ausfall dann pro Tag (derzeit rund 38 EUR
entgangene Vergütung pro Tag für den abgeschalteten Strang).

""" + SIG["pless"] + "\n",
  charset="windows-1252", cte="quoted-printable")

A("yacht-croatia-mixed", "CONFIDENTIAL", "mixed", "insurer-to-broker",
  "yacht hull claim, German mail with an English Croatian marina report quoted: owner's name, yacht, damage costs; nobody hurt",
  LUETKE, "Jens Kahlbaum <j.kahlbaum@maklerkontor-hiddensee.example>",
  "Yachtkasko Y-2203-118 – Grundberührung Kornaten – Ihr Kunde Dr. Ralf Schönherr",
  "2026-08-20 10:30",
  """Hallo Herr Kahlbaum,

zur Grundberührung der Segelyacht "Boddenwind" (Hanse 418) Ihres Kunden
Dr. Ralf Schönherr am 11.08. in den Kornaten: Die Marina Šibenik hat die
Yacht gekrant und uns folgenden Bericht geschickt:

  "Haul-out on 13 Aug 2026. Damage found: keel-to-hull joint cracked at the
   aft end, keel bolts need to be checked and re-torqued, rudder blade
   leading edge damaged, antifouling scraped. No water ingress. Estimated
   repair cost EUR 14,800 incl. haul-out, storage 3 weeks. The skipper
   stated that nobody on board was injured."

Nach Ihrer Schilderung lief die Yacht bei Nacht in ein nicht betonntes
Flach; die Seekarte an Bord war aktuell. Grobe Fahrlässigkeit sehen wir
nicht. Wir übernehmen die Reparatur abzüglich 1.000 EUR
Selbstbeteiligung. Der Charterausfall ist in Dr. Schönherrs Vertrag nicht
versichert.

Bitte lassen Sie uns noch das Logbuch (Foto der Seite vom 11.08.) zukommen.

Beste Grüße
Jasper Lütkemeyer
""")


# ---------------------------------------------------------------- NORMAL: traps and everyday mail
KRUSE = "Detlef Kruse <d.kruse@boddenkrone.example>"
SAMMET = "Leonie Sammet <l.sammet@boddenkrone.example>"
STOLTE = "Jannik Stoltenberg <j.stoltenberg@boddenkrone.example>"
WOLSKI = "Marek Wolski <m.wolski@boddenkrone.example>"
AHLG = "Dr. Wiebke Ahlgrimm <w.ahlgrimm@boddenkrone.example>"
RUEHS = "Franziska Rühs <f.ruehs@boddenkrone.example>"
KLIEWE = "Moritz Kliewe <m.kliewe@boddenkrone.example>"
BRODERSEN = "Dr. Hauke Brodersen <h.brodersen@boddenkrone.example>"
HOLM = "Rasmus Holm <r.holm@boddenkrone.example>"

A("newsletter-zahnzusatz", "NORMAL", "de", "newsletter",
  "trap: product newsletter for a dental supplement (implants, cleaning, orthodontics), no person",
  "Boddenkrone Kundeninfo <kundeninfo@boddenkrone.example>", "kundeninfo-verteiler@lists.boddenkrone.example",
  "Neu ab Juli: ZahnPlus 90 – mehr für Implantate und Zahnreinigung",
  "2026-06-25 07:15",
  """Liebe Kundinnen und Kunden,

ein Implantat kostet schnell 3.000 Euro und mehr, die gesetzliche
Krankenkasse zahlt davon meist nur einen kleinen Festzuschuss. Mit unserem
neuen Tarif ZahnPlus 90 sind Sie besser vorbereitet:

  * 90 % Erstattung für Zahnersatz inkl. Implantate und Inlays
  * 2 professionelle Zahnreinigungen pro Jahr bis je 120 Euro
  * Kieferorthopädie für Kinder bis 18 Jahre (KIG 1 und 2) bis 1.000 Euro
  * keine Wartezeit für Zahnreinigung und Behandlung nach Unfall

Monatsbeitrag z. B. für eine 35-jährige Person: 24,90 Euro.

Sie haben schon einen Zahntarif bei uns? Dann können Sie bis 30.09. ohne
erneute Gesundheitsprüfung in ZahnPlus 90 wechseln, sofern keine
Behandlung angeraten oder geplant ist.

Mehr unter boddenkrone.example/zahnplus

Ihre Boddenkrone Krankenversicherung AG

Abmeldung vom Newsletter: boddenkrone.example/abmelden
""",
  html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#1c4e80">Neu ab Juli: ZahnPlus 90</h2>
<p>Ein Implantat kostet schnell 3.000&nbsp;Euro und mehr, die gesetzliche Krankenkasse zahlt davon meist nur einen kleinen Festzuschuss.</p>
<table border="0" cellpadding="6">
<tr><td>&#10003;</td><td>90&nbsp;% Erstattung für Zahnersatz inkl. Implantate und Inlays</td></tr>
<tr><td>&#10003;</td><td>2 professionelle Zahnreinigungen pro Jahr bis je 120&nbsp;Euro</td></tr>
<tr><td>&#10003;</td><td>Kieferorthopädie für Kinder bis 18 Jahre (KIG 1 und 2) bis 1.000&nbsp;Euro</td></tr>
<tr><td>&#10003;</td><td>keine Wartezeit für Zahnreinigung und Behandlung nach Unfall</td></tr>
</table>
<p>Monatsbeitrag z.&nbsp;B. für eine 35-jährige Person: <b>24,90&nbsp;Euro</b>.</p>
<p><a href="https://boddenkrone.example/zahnplus">Mehr erfahren</a></p>
<p style="font-size:8pt;color:#888">Abmeldung: boddenkrone.example/abmelden</p>
</body></html>
""")

A("summer-party-ics", "NORMAL", "en", "internal",
  "staff summer party invitation with ICS; no personal data",
  "Social Committee <social@boddenkrone.example>", "all-staff@boddenkrone.example",
  "Save the date: Boddenkrone summer party on the Dänholm – 3 July",
  "2026-05-27 12:00",
  """Dear colleagues,

this year's summer party takes place on Friday, 3 July, from 4 pm at the
Marinecamp on the Dänholm. There will be a barbecue (vegetarian and vegan
options), a dragon-boat race between departments and live music from 8 pm.

Partners are welcome. Please register by 19 June on the intranet page so
that the caterer can plan, and let us know there about any food allergies.

A shuttle bus runs from the main building every 30 minutes from 3:30 pm.

Looking forward to seeing you!
Your Social Committee
""",
  atts=[Att("summer_party_2026.ics", ics(
      "sommerfest-2026@boddenkrone.example", "20260703T160000", "20260703T230000",
      "Boddenkrone summer party", "Marinecamp Dänholm, Stralsund",
      "Barbecue, dragon-boat race, live music. Shuttle from main building from 15:30.",
      "social@boddenkrone.example"))])

A("it-maintenance-portal-en", "NORMAL", "en", "internal",
  "IT maintenance notice for the customer and secure-mail portal; no personal data",
  STOLTE, "IT-Info <it-info@boddenkrone.example>",
  "Planned maintenance: customer portal and secure mailbox, Sat 14 March 22:00–02:00",
  "2026-03-10 15:00",
  """Hello everyone,

on Saturday, 14 March, from 22:00 to approx. 02:00 the customer portal
(portal.boddenkrone.example) and the secure mailbox
(sicher.boddenkrone.example) will be unavailable because of a database
upgrade.

During this time:
  - customers and brokers cannot log in or read secure messages,
  - outgoing mail that the gateway routes to the secure mailbox will be
    queued and delivered after the maintenance,
  - notification mails will be sent with a delay.

Please do not promise customers any delivery via the portal on Saturday
night. The service desk is reachable on ext. 777.

Thanks,
Jannik

""" + SIG["stoltenberg"] + "\n")

A("bestellung-erste-hilfe-aed", "NORMAL", "de", "insurer-to-supplier",
  "trap: purchase order for first-aid kits, AED electrodes and burn dressings; no person",
  KRUSE, "Medizinbedarf Nord <bestellung@medbedarf-nord.example>",
  "Bestellung 2026-0311 – Erste-Hilfe-Material und AED-Zubehör",
  "2026-04-15 09:20",
  """Sehr geehrte Damen und Herren,

wir bestellen für unsere Standorte Stralsund und Greifswald:

 Pos  Menge  Artikel                                           Preis netto
 1    12     Verbandkasten DIN 13157, Wandhalterung            24,90 EUR
 2     4     Nachfüllset DIN 13157                             14,50 EUR
 3     6     AED-Elektroden Erwachsene (für Lifepak CR2)       48,00 EUR
 4     2     AED-Elektroden Kinder                             61,00 EUR
 5    10     Brandwunden-Verbandtuch 60 x 80 cm                 7,20 EUR
 6     3     Augenspülflasche 500 ml                            9,80 EUR
 7     1     Rettungsdecke, 50er-Pack                          19,90 EUR

Lieferung bitte an: Boddenkrone, Wareneingang, Am Querkanal 7, Tor 2.
Die Ersthelfer-Unterweisung am 12.05. findet wieder mit Ihrem Trainer
statt – bitte bestätigen Sie den Termin.

""" + SIG["kruse"] + "\n")

A("stellenanzeige-pflegeberatung", "NORMAL", "de", "internal",
  "trap: internal job advert for a nurse as care adviser; health words, no person",
  RUEHS, "Alle Mitarbeitenden <alle@boddenkrone.example>",
  "Interne Stellenausschreibung: Pflegefachkraft (m/w/d) für die Pflegeberatung",
  "2026-02-02 10:00",
  """Liebe Kolleginnen und Kollegen,

für unsere Pflegeberatung nach § 7a SGB XI suchen wir ab sofort eine

  Pflegefachkraft (m/w/d) in Vollzeit oder Teilzeit (mind. 30 Std.)

Ihre Aufgaben:
- Beratung unserer Versicherten und ihrer Angehörigen am Telefon und
  vor Ort in Vorpommern, zur Pflegegrad-Einstufung, zu Hilfsmitteln,
  Wohnraumanpassung und Entlastungsangeboten
- Zusammenarbeit mit Pflegediensten, Pflegestützpunkten und Kliniken
- Fallmanagement bei komplexen Pflegesituationen (z. B. Demenz,
  Beatmung, Palliativversorgung)

Sie bringen mit:
- Examen in der Gesundheits- und Kranken- oder Altenpflege
- Weiterbildung zur Pflegeberaterin oder Bereitschaft dazu
- Führerschein Klasse B

Bewerbungen bitte bis 20.02.2026 an bewerbung@boddenkrone.example.
Externe Ausschreibung folgt.

""" + SIG["ruehs"] + "\n")

A("press-release-bu-statistics", "NORMAL", "en", "insurer-to-partner",
  "trap: press release on causes of occupational disability (percentages by illness group), no person",
  KLIEWE, "Baltic Business Review <newsdesk@baltic-business-review.example>",
  "Press release: Mental illness now the most common cause of occupational disability claims",
  "2026-05-06 09:00",
  """Dear editors,

please find our press release below, free for publication.

---
Stralsund, 6 May 2026 – Mental illness has overtaken musculoskeletal
disorders as the most common cause of new occupational disability claims at
Boddenkrone Lebensversicherung.

Causes of new claims 2025 (2024 in brackets):
  mental and behavioural disorders       34 % (31 %)
  musculoskeletal disorders              22 % (24 %)
  cancer                                 17 % (17 %)
  diseases of the nervous system          8 % (7 %)
  cardiovascular diseases                 6 % (7 %)
  accidents                               7 % (8 %)
  other                                   6 % (6 %)

The average age at the start of a claim was 47. "Burn-out, depression and
anxiety disorders affect all occupations, from nurses to software
developers," says Dr. Hauke Brodersen, chief actuary. Boddenkrone has
therefore added a return-to-work coaching programme to its policies.

Press contact: Moritz Kliewe, +49 3831 4471-020
---

Best regards
Moritz Kliewe
Corporate Communications, Boddenkrone Versicherungsgruppe
""")

A("dsgvo-quiz-mixed", "NORMAL", "mixed", "internal",
  "trap: bilingual data-protection quiz about health data and secure mail, fictitious examples only",
  AHLG, "Alle Mitarbeitenden <alle@boddenkrone.example>",
  "Datenschutz-Quiz / Data protection quiz – 5 Fragen, 5 Minuten",
  "2026-01-28 08:30",
  """Liebe Kolleginnen und Kollegen, dear colleagues,

zum Europäischen Datenschutztag ein kurzes Quiz. Auflösung am Freitag im
Intranet. / For Data Protection Day, a short quiz; answers on Friday.

1. Eine Maklerin bittet per E-Mail um den Arztbericht ihres Kunden. Was tun?
   a) einfach antworten  b) über das sichere Postfach senden  c) ignorieren
   (A broker asks by e-mail for her client's medical report. What do you do?)

2. Ist die Angabe "Kunde Max Mustermann (fiktiv), Diagnose M54.5" in einer
   Schulungsunterlage ein Datenschutzverstoß?
   (Is a training slide with a fictitious person and a diagnosis code a
   breach?)

3. Welche Daten gelten bei uns als "streng vertraulich"?
   a) Geburtsdatum  b) Gesundheitsdaten  c) Kfz-Kennzeichen
   (Which data are "strictly confidential" for us?)

4. Darf ich Unterlagen aus der Leistungsabteilung mit nach Hause nehmen,
   um sie im Homeoffice zu bearbeiten?
   (May I take paper files from claims home for home office work?)

5. Wie lange werden Protokolle des Mail-Gateways aufbewahrt?
   (How long are mail-gateway audit logs kept?)

Unter allen richtigen Einsendungen verlosen wir drei Gutscheine für die
Kantine. / Three canteen vouchers to be won.

Wiebke Ahlgrimm
""" + SIG["ahlgrimm"].split("\n", 1)[1] + "\n")

A("wasserschaden-zahnarztpraxis-gebaeude", "NORMAL", "de", "insurer-to-supplier",
  "trap: water damage in a dental practice rented in the insurer's own building; facility matter, no patient data",
  KRUSE, "Haustechnik Sund GmbH <service@haustechnik-sund.example>",
  "Dringend: Wasserschaden Erdgeschoss Zahnarztpraxis – Am Querkanal 7",
  "2026-01-12 07:48",
  """Guten Morgen Herr Rösler,

heute früh hat der Wachdienst im Erdgeschoss unseres Gebäudes Am Querkanal 7
Wasser festgestellt. Betroffen ist die an uns angrenzende Mietfläche der
Zahnarztpraxis (Behandlungsraum 2 und Sterilisation). Ursache ist
vermutlich ein Frostschaden an der Leitung zur Außenzapfstelle im
Technikraum.

Bitte schicken Sie sofort einen Techniker:
- Leitung absperren und reparieren,
- Feuchtemessung in Praxis und Flur,
- Trocknung nach Abstimmung mit der Praxis (Behandlungsbetrieb soll ab
  Mittwoch wieder laufen).

Die Praxisleitung ist informiert und hat die Patiententermine für heute
verlegt. Bitte keine Geräte der Praxis anfassen, die Dentaleinheit prüft
der Hersteller.

Gebäudeversicherung und Inventarversicherung der Praxis melde ich
parallel.

""" + SIG["kruse"] + "\n")

A("portal-benachrichtigung", "NORMAL", "de", "insurer-to-customer",
  "portal notification without content (new secure message); only the salutation-free notice",
  "Boddenkrone Sicheres Postfach <noreply@boddenkrone.example>", "j.wendlandt@posteo-mail.example",
  "Neue Nachricht in Ihrem sicheren Postfach",
  "2026-05-19 11:31",
  """Guten Tag,

in Ihrem sicheren Postfach der Boddenkrone liegt eine neue Nachricht für
Sie bereit.

Bitte melden Sie sich an, um sie zu lesen:
https://sicher.boddenkrone.example/

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte der Nachricht.
Wir fragen Sie niemals per E-Mail nach Ihrem Passwort.

Ihre Boddenkrone Versicherungsgruppe

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.
""")

A("otp-registration-en", "NORMAL", "en", "insurer-to-customer",
  "portal registration mail with a one-time code; no personal or contract data",
  "Boddenkrone Customer Portal <noreply@boddenkrone.example>", "a.mehta@tech-mail.example",
  "Your registration code for the Boddenkrone customer portal",
  "2026-04-03 18:02",
  """Hello,

you have started to register for the Boddenkrone customer portal.

Your one-time code is: 481 903

The code is valid for 15 minutes. If you did not request it, you can ignore
this e-mail – your data remain safe.

Your Boddenkrone team

This is an automatically generated message. Please do not reply.
""")

A("bu-tarif-2027-makler-xlsx", "NORMAL", "de", "insurer-to-broker",
  "trap: occupational-disability tariff changes with premium table for fictitious model customers (age, occupation group)",
  BOHLMANN, "maklerverteiler-nord@boddenkrone.example",
  "BU-Tarifgeneration 2027 – Beitragsbeispiele und Änderungen",
  "2026-10-27 11:00",
  """Liebe Partnerinnen und Partner,

ab 01.01.2027 gilt die neue BU-Tarifgeneration "BU Kompass 27". Die
wichtigsten Änderungen:

- neue Berufsgruppe 1+ für Akademiker mit Büroanteil > 90 %,
- Nachversicherungsgarantie ohne Gesundheitsprüfung auch bei Wechsel in die
  Selbständigkeit,
- vereinfachte Gesundheitsfragen (5 Jahre ambulant, 10 Jahre stationär,
  psychische Behandlungen 5 Jahre),
- Arbeitsunfähigkeitsklausel: Leistung ab 6 Monaten AU für bis zu 24 Monate.

In der Tabelle finden Sie Beitragsbeispiele für Musterkundinnen und
Musterkunden (fiktiv). Angebote mit dem alten Tarif sind bis 15.12.
policierbar.

Beste Grüße
Carsten Bohlmann
""",
  atts=[Att("BU_Kompass27_Beitragsbeispiele.xlsx", xlsx([
      ("Beispiele", [
          ["Musterfall (fiktiv)", "Eintrittsalter", "Beruf", "BG", "BU-Rente mtl.", "Endalter", "Zahlbeitrag alt", "Zahlbeitrag neu"],
          ["Muster A", 25, "Softwareentwicklerin", "1+", 1500, 67, 58.21, 54.90],
          ["Muster B", 30, "Industriekaufmann", "1", 2000, 67, 79.40, 77.15],
          ["Muster C", 35, "Gesundheits- und Krankenpflegerin", "3", 1500, 67, 118.60, 121.30],
          ["Muster D", 40, "Elektroniker", "3", 1800, 65, 142.75, 139.80],
          ["Muster E", 28, "Physiotherapeut", "2", 1500, 67, 84.10, 82.45],
      ])], title="BU Kompass 27", author="Maklerbetreuung"))])

A("abwesenheit-makler", "NORMAL", "de", "insurer-to-broker",
  "out-of-office auto-reply; names only the colleague as deputy",
  BOHLMANN, "Jens Kahlbaum <j.kahlbaum@maklerkontor-hiddensee.example>",
  "Abwesenheitsnotiz: AW: Termin Jahresgespräch",
  "2026-07-20 08:01",
  """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 07.08.2026 im Urlaub und lese in dieser Zeit
keine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine
Kollegin Frau Jacqueline Rumpf, Tel. 03831 4471-152,
maklerbetreuung@boddenkrone.example.

Schadenmeldungen bitte direkt über das Maklerportal.

Carsten Bohlmann
""",
  headers=[("Auto-Submitted", "auto-replied")])

A("mortality-table-update-en", "NORMAL", "en", "internal",
  "trap: actuarial note on mortality and disability table updates (rates, ages), no person",
  BRODERSEN, "Actuarial Life <actuarial-life@boddenkrone.example>",
  "DAV 2026 tables – impact on term life and BU pricing (first estimate)",
  "2026-09-15 14:20",
  """Hi all,

first rough estimate of the new tables' impact, for discussion on Thursday.

Mortality (term life, non-smokers):
  - q_x at ages 30–50 down by 4–7 % compared with our 2018-based tables,
  - smokers: practically unchanged, so the smoker/non-smoker spread widens.
  → term life premiums could fall by 3–5 % for ages under 45.

Disability incidence (BU):
  - incidence for occupational group 1 down about 6 %,
  - group 3/4 (manual jobs, nursing): up 2–4 %, driven by mental illness
    and back disorders,
  - termination rates (recovery) slightly lower – claims last longer.

Still missing: our own 2021–2025 experience for validation, and the
reinsurer's view. I'll ask Rasmus to get Kattegat Re's pricing basis.

Hauke
""")

A("verband-umfrage-aggregat", "NORMAL", "de", "insurer-to-partner",
  "trap: answer to an industry association survey with aggregated claim figures per line, no persons",
  BRODERSEN, "Statistik Regionalverband <statistik@versicherer-nordost.example>",
  "Umfrage Schadenentwicklung 2025 – Meldung Boddenkrone",
  "2026-03-27 10:50",
  """Sehr geehrte Damen und Herren,

anbei unsere Meldung zur Umfrage (Geschäftsjahr 2025, Bruttowerte):

  Sparte                  Schäden   Aufwand (Mio. EUR)   Schadenquote
  Kfz-Haftpflicht          9.112         41,8               88,4 %
  Kfz-Kasko               16.540         38,2               91,7 %
  Wohngebäude              4.208         27,5              102,3 %
  Hausrat                  3.301          5,9               54,1 %
  Privathaftpflicht        2.876          4,6               48,9 %
  Unfall                     611          6,1               41,2 %
  Rechtsschutz             5.002          7,3               63,0 %

Die Wohngebäude-Schadenquote ist durch die Sturmtiefe im Oktober und
Dezember 2025 geprägt.

Mit freundlichen Grüßen
Dr. Hauke Brodersen
""")

A("protokoll-leistung-kranken", "NORMAL", "de", "internal",
  "trap: minutes of the health-claims team (backlog of doctors' invoices, processing times), no person",
  KASI, "Team Leistung Kranken <kv-leistung@boddenkrone.example>",
  "Protokoll Abteilungsrunde Leistung KV – 12.05.2026",
  "2026-05-12 16:45",
  """Hallo zusammen,

kurz die Ergebnisse von heute:

1. Rückstand: 4.870 unbearbeitete Belege (Arztrechnungen, Rezepte,
   Heil- und Kostenpläne), davon 1.100 älter als 10 Tage. Ziel bis Ende
   Mai: keine Belege älter als 7 Tage. Samstagsschicht am 23.05. freiwillig.
2. Dunkelverarbeitung: Quote bei Apothekenbelegen jetzt 71 %, bei
   GOÄ-Rechnungen 38 %. Fehler häufig bei Steigerungsfaktoren > 2,3 ohne
   Begründung – Regel wird angepasst.
3. Zahn-HKP: durchschnittliche Bearbeitungszeit 9 Tage, Beschwerden
   häufen sich. Zwei Kolleginnen aus der Pflege unterstützen bis Juli.
4. Datenschutz: Bitte keine Belege mehr in die Teams-Gruppe posten,
   auch nicht geschwärzt. Rückfragen nur mit Belegnummer.
5. Urlaubsplanung Sommer bis 29.05. im Teamkalender eintragen.

Yvonne
""")

A("ocr-medical-invoices-supplier", "NORMAL", "en", "insurer-to-supplier",
  "trap: ticket to scanning provider about OCR errors on medical invoice batches; technical, no patient data",
  STOLTE, "Service Desk Scan-Service Rügen <support@scanservice-ruegen.example>",
  "OCR quality issue – batches KV-2026-0611 to -0614 (medical invoices)",
  "2026-06-12 11:30",
  """Hello support team,

since the update of your capture software on 9 June, the OCR results for
our health-claims batches have become noticeably worse:

  - GOÄ fee numbers with a suffix (e.g. "5 A") are read as "5A" or "54",
  - the multiplier column (1.8 / 2.3 / 3.5) is frequently empty,
  - totals with a thousands separator are split into two fields.

Affected batches: KV-2026-0611 to KV-2026-0614 (about 3,900 documents).
Our dark-processing rate fell from 38 % to 12 %.

Could you please roll back the recognition profile "DE_Medical_Invoice" to
the version from May and re-process the four batches? Please do not send any
sample images by e-mail; use the SFTP exchange folder if you need examples.

Thanks and regards
Jannik Stoltenberg
IT Service Desk, Boddenkrone Versicherungsgruppe
""")

A("prospect-care-brochure-en", "NORMAL", "en", "insurer-to-customer",
  "prospect asked about long-term care cover; answered with generic product information, no contract or health data",
  "Benedikt Hoppenrath <b.hoppenrath@boddenkrone.example>", "Thomas Keller <t.keller@consult-mail.example>",
  "RE: Information on long-term care insurance",
  "2026-03-05 09:10",
  """Dear Mr Keller,

thank you for your interest. Here is a short overview of our care
supplement "PflegePlus":

  - a daily allowance for each care level (1–5), which you can spend freely,
    e.g. for a care service, a family member, or a nursing home,
  - 100 % of the agreed daily rate from care level 4, 60 % at level 3,
  - premium waiver from care level 2,
  - entry possible up to age 70; health questions apply.

An example: a 45-year-old choosing EUR 50 per day pays about EUR 31 a month.

If you would like a quote, I would
need your date of birth and you would have to answer the health questions in
our online application, which is transmitted in encrypted form.

Kind regards
Benedikt Hoppenrath
Long-term Care Insurance, Boddenkrone Krankenversicherung AG

> From: Thomas Keller
> Could you send me information about your long-term care insurance?
> I'm thinking about it for myself. Thanks.
""")

A("vorlage-schweigepflicht-docx", "NORMAL", "de", "internal",
  "trap: blank template of a medical confidentiality release with placeholders (DOCX)",
  AHLG, "Leistung alle Sparten <leistung-alle@boddenkrone.example>",
  "Neue Vorlage Schweigepflichtentbindung (Version 2026-02) – bitte ab sofort verwenden",
  "2026-02-18 13:00",
  """Liebe Kolleginnen und Kollegen,

die Vorlage für Schweigepflichtentbindungen ist überarbeitet (Abstimmung mit
der Aufsichtsbehörde, neue Formulierung zur Einzelfallermächtigung). Ab
sofort bitte nur noch diese Version verwenden; die Platzhalter in «»
werden vom Korrespondenzsystem gefüllt.

Die alte Vorlage wird zum 01.03. im System gesperrt.

""" + SIG["ahlgrimm"] + "\n",
  atts=[Att("Vorlage_Schweigepflichtentbindung_2026-02.docx", docx([
      "# Einwilligung und Schweigepflichtentbindung für die Leistungsprüfung",
      "Versicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum»",
      "Vertrag / Schaden: «Vertragsnummer» / «Schadennummer»",
      "Ich entbinde die nachstehend genannten Ärztinnen, Ärzte, Krankenhäuser und sonstigen Stellen von ihrer Schweigepflicht gegenüber der «Gesellschaft», soweit die Auskünfte für die Prüfung des Leistungsfalls vom «Datum» erforderlich sind:",
      "«Liste Behandler»",
      "Die Einwilligung gilt nur für diesen Einzelfall. Ich kann sie jederzeit mit Wirkung für die Zukunft widerrufen.",
      "«Ort», «Datum»    Unterschrift: ______________________"],
      title="Vorlage Schweigepflichtentbindung", author="Datenschutz"))])

A("newsletter-travel-en", "NORMAL", "en", "newsletter",
  "trap: travel newsletter on vaccinations, travel health cover and repatriation, generic",
  "Boddenkrone Customer News <news@boddenkrone.example>", "customers-en@lists.boddenkrone.example",
  "Travelling this summer? Health tips and what your travel insurance covers",
  "2026-06-10 07:30",
  """Boddenkrone Customer News – June 2026

Before you go:
  * Check your vaccinations – tetanus and diphtheria should be boosted every
    ten years; for many destinations hepatitis A is recommended.
  * Pack a small first-aid kit with plasters, painkillers, something for
    diarrhoea and your regular medicines (in hand luggage, with a doctor's
    note for injections).
  * Take your European Health Insurance Card – but remember it does not cover
    repatriation.

What our travel health insurance covers:
  * medically necessary treatment abroad, including hospital stays,
  * medically sensible repatriation to Germany,
  * 24-hour emergency assistance in German and English,
  * trips of up to 8 weeks, worldwide, from EUR 11.90 a year.

In an emergency: +49 3831 4471-999.

Have a safe trip!
Your Boddenkrone team

Unsubscribe: portal.boddenkrone.example/newsletter
""")

A("aktenvernichtung-auftrag", "NORMAL", "de", "insurer-to-supplier",
  "trap: order for secure destruction of archived medical and claims files (security level, containers); no file content",
  KRUSE, "Aktenvernichtung Hanse GmbH <auftrag@aktenvernichtung-hanse.example>",
  "Auftrag Vernichtung Altakten Leistung Kranken/Leben – Sicherheitsstufe P-4",
  "2026-11-16 10:25",
  """Sehr geehrter Herr Schmieder,

wir beauftragen die Vernichtung abgelaufener Archivbestände:

- 46 Archivboxen Leistungsakten Krankenversicherung (Arztrechnungen,
  Befunde), Aufbewahrungsfrist abgelaufen 31.12.2025,
- 22 Archivboxen Leistungsakten Leben/BU,
- 8 Archivboxen Kfz-Personenschäden.

Anforderungen:
- Sicherheitsstufe P-4 nach DIN 66399, Schutzklasse 3,
- Abholung in verplombten Sicherheitsbehältern, Begleitung durch unseren
  Mitarbeiter Herrn Lehmann bis zur Verladung,
- Vernichtungsprotokoll mit Behälternummern, Datum und Uhrzeit,
- Auftragsverarbeitungsvertrag liegt vor (Stand 2024), bitte aktuelles
  Zertifikat mitschicken.

Abholung gewünscht am 01.12.2026, 7:30 Uhr, Tor 2.

""" + SIG["kruse"] + "\n")

A("geburtstag-kollegin", "NORMAL", "de", "internal",
  "organisational mail: colleague's birthday collection; no sensitive data",
  "Jacqueline Rumpf <j.rumpf@boddenkrone.example>", "Maklerbetreuung <maklerbetreuung-team@boddenkrone.example>",
  "Psst … Geschenk für Carsten",
  "2026-04-22 11:40",
  """Hallo ihr Lieben,

Carsten hat am Montag Geburtstag (den wievielten verrate ich nicht 😉).
Wir sammeln bis Freitag für einen Gutschein vom Fischrestaurant am Hafen.
Umschlag liegt bei mir im Rollcontainer, oberste Schublade.

Kuchen bringe ich mit, wer mag, bringt Obst mit. Montag 9:30 Uhr in der
Teeküche 2. OG.

Nicht weitersagen!
Jacqueline
""")

A("auditor-request-list-en", "NORMAL", "en", "insurer-to-partner",
  "year-end audit: list of requested documents and sample logic; no personal data",
  HOLM, "Kronsberg Wirtschaftsprüfung <audit-team@kronsberg-wp.example>",
  "Year-end audit 2026 – PBC list reinsurance",
  "2026-12-08 15:30",
  """Dear Ms Albrecht,

thank you for the PBC list. For the reinsurance part, we will provide via
the data room by 15 January:

  1. treaty wordings 2026 (motor XL, property cat XL, life quota share,
     BU surplus),
  2. reinsurance accounts Q1–Q4 2026 and the reconciliation to the ledger,
  3. the list of large losses notified to reinsurers (claim reference,
     date, line, gross and ceded reserve – no names of claimants),
  4. the credit-rating overview of our reinsurers.

For your sample of individual claim files, please note that any file with
medical information can only be viewed on site in our building, not in the
data room.

Best regards
Rasmus Holm
""")

A("meldung-aufsicht-bestaetigung", "NORMAL", "de", "insurer-to-partner",
  "confirmation to the supervisory authority that a quarterly report was submitted; no personal data",
  BRODERSEN, "Referat VA 14 <va14@aufsicht.example>",
  "Quartalsmeldung Q2/2026 Solvency II – Boddenkrone Lebensversicherung AG",
  "2026-08-18 09:45",
  """Sehr geehrte Damen und Herren,

hiermit bestätigen wir, dass die Quartalsmeldung Q2/2026 (QRT-Templates
S.02.01 bis S.28.01) der Boddenkrone Lebensversicherung AG heute über die
Meldeplattform eingereicht wurde (Übermittlungs-ID 2026-Q2-LV-44180).

Die in Ihrem Schreiben vom 04.08. erbetene Erläuterung zum Rückgang der
Solvenzquote von 212 % auf 198 % (Zinsrückgang, Anpassung der
Stornoannahmen) ist als Freitext in S.01.02 enthalten.

Mit freundlichen Grüßen
Dr. Hauke Brodersen
Verantwortlicher Aktuar
""")

A("flu-vaccination-staff", "NORMAL", "en", "internal",
  "trap: company flu-vaccination offer for staff, appointment slots (ICS); no individual health data",
  RUEHS, "all-staff@boddenkrone.example",
  "Free flu vaccination for all staff – 20 and 21 October",
  "2026-10-05 10:00",
  """Dear colleagues,

as every year, our company doctor offers a free flu vaccination (quadrivalent
vaccine 2026/27) for all staff:

  Tuesday, 20 October, 9:00–12:00 and 13:00–15:00
  Wednesday, 21 October, 9:00–12:00
  Room Ummanz, ground floor

No appointment is needed; please bring your vaccination card if you have
one. Vaccination is voluntary and is not recorded in the personnel file.
If you are unsure whether you should be vaccinated (e.g. allergies,
pregnancy), please talk to your own doctor first.

Best regards
Franziska Rühs
HR
""",
  atts=[Att("flu_vaccination_2026.ics", ics(
      "grippe-2026@boddenkrone.example", "20261020T090000", "20261020T150000",
      "Flu vaccination (company doctor)", "Room Ummanz, ground floor",
      "Free flu vaccination for all staff. Bring vaccination card.", "f.ruehs@boddenkrone.example"))])

A("phishing-warning-en", "NORMAL", "en", "internal",
  "IT security warning about a phishing campaign impersonating the secure mailbox; no personal data",
  WOLSKI, "all-staff@boddenkrone.example",
  "[Security warning] Fake 'secure message' e-mails in circulation",
  "2026-02-24 13:12",
  """Dear colleagues,

since this morning, several colleagues have received e-mails that look like
notifications from our secure mailbox ("You have 1 new encrypted message
from Boddenkrone Claims"). They come from the look-alike domain
"secure-boddenkrone-notify.example" and link to a fake login page.

How to recognise them:
  - our real notifications always come from noreply@boddenkrone.example,
  - the real portal address is sicher.boddenkrone.example,
  - we never ask for a password or a TAN by e-mail.

If you clicked the link and entered your password, change it immediately
and call the service desk (ext. 777). Please report such mails with the
"Report phishing" button in Outlook; do not forward them.

Customers and brokers may call because they received the same mails. A
text for the hotline is on the intranet.

Marek

""" + SIG["wolski"] + "\n")

A("courtage-regeln-2027", "NORMAL", "de", "insurer-to-broker",
  "general commission rules for 2027 sent to all brokers; no individual data",
  BOHLMANN, "maklerverteiler-nord@boddenkrone.example",
  "Courtagevereinbarung 2027 – Änderungen im Überblick",
  "2026-11-02 08:30",
  """Liebe Partnerinnen und Partner,

zum 01.01.2027 passen wir die Courtagevereinbarung an:

- Kfz: Bestandscourtage unverändert 7,5 %, Abschlusscourtage für
  Elektrofahrzeuge +1 Prozentpunkt (Förderaktion bis 30.06.2027),
- Krankenzusatz: Abschlusscourtage 6 Monatsbeiträge statt 5,
- Leben/BU: Stornohaftungszeit nach § 49 VAG unverändert 5 Jahre,
- Gewerbe: neue Staffel ab 50.000 EUR Jahresbeitrag.

Die neue Vereinbarung erhalten Sie über die elektronische Vermittlerpost in
Ihrem Maklerportal. Bitte bestätigen Sie sie bis 15.12.; ohne Bestätigung
gilt die bisherige Fassung weiter.

Beste Grüße
Carsten Bohlmann
""")

A("cyber-brochure-prospect-company", "NORMAL", "en", "insurer-to-company",
  "product information on cyber insurance for a prospective small company; no personal data",
  LUETKE, "Info Mare Digital <hello@mare-digital.example>",
  "Cyber insurance for small businesses – information you requested",
  "2026-09-03 14:30",
  """Dear Mr Haberland,

thank you for your enquiry at the Stralsund business fair. As promised, a
short summary of our cyber insurance for small businesses:

  - first-party costs: IT forensics, data restoration, business
    interruption after a cyber attack (waiting period 12 hours),
  - third-party liability: claims for data breaches, including costs of
    notifying affected persons and the supervisory authority,
  - 24/7 incident hotline with our partner CERT,
  - ransom payments are not covered.

For an agency with 12 employees and a turnover below EUR 2m, the premium
for EUR 500,000 cover is usually between EUR 1,100 and 1,600 a year,
depending on your answers to our IT security questionnaire (backups, MFA,
patching).

If you would like a quote, I'll send you the questionnaire.

Best regards
Dr Jasper Lütkemeyer
Boddenkrone Allgemeine Versicherung AG
""")

A("schulung-betrug-reise", "NORMAL", "de", "internal",
  "trap: fraud-indicator training for travel claims with fictitious example persons (Max Mustermann), no real data",
  NITSCHKE, "Team Reise <reise-team@boddenkrone.example>",
  "Unterlagen Schulung Betrugsindikatoren Reiseversicherung",
  "2026-04-09 15:50",
  """Hallo Team,

danke fürs Mitmachen gestern! Hier die wichtigsten Punkte zum Nachlesen:

Indikatoren Reiserücktritt:
- Attest mit Ausstellungsdatum nach dem Stornodatum
- Vertrag erst wenige Tage vor der Stornierung abgeschlossen
- Stornierung exakt vor einer Stufe der Stornostaffel
- "Erkrankung" ohne Behandlungsdatum, nur mit Diagnose "Unwohlsein"

Indikatoren Auslandskrankenversicherung:
- Rechnungen aus Privatkliniken in bestimmten Urlaubsregionen mit
  auffällig hohen Tagessätzen
- mehrere Familienmitglieder mit identischer Diagnose am selben Tag

Fallbeispiel aus der Schulung (fiktiv): Max Mustermann, 40, storniert eine
Kreuzfahrt über 8.000 EUR wegen "akuter Lumbago", Attest vom Hausarzt
vom Tag nach der Stornierung, Vertrag abgeschlossen 5 Tage vorher.
Richtige Reaktion: nicht gleich ablehnen, sondern Rückfrage beim Arzt
mit Schweigepflichtentbindung.

Bei echtem Verdacht bitte an die SIU, nicht im Team-Chat diskutieren.

Laura
""")

A("release-notes-testdata-en", "NORMAL", "en", "internal",
  "trap: release notes with fictitious test data (John Doe, published example IBAN DE89 3704 0044 0532 0130 00)",
  "Claims Apps Team <claims-apps@boddenkrone.example>", "it-release@boddenkrone.example",
  "Release notes ClaimsHub 5.9.0 (deployment 19 May)",
  "2026-05-15 16:05",
  """ClaimsHub 5.9.0 – release notes
===============================

New
  * Payment screen validates IBANs (ISO 7064) before the four-eyes step.
    Test case TC-PAY-014: payee "John Doe (fictitious)", IBAN
    DE89 3704 0044 0532 0130 00 (the standard example IBAN) → accepted;
    DE89 3704 0044 0532 0130 01 → rejected with "checksum invalid".
  * Personal-injury claims: new field "injury category" (picklist, no free
    text) for statistics.
  * Rental car module: daily rates are taken from the framework agreement
    table automatically.

Fixed
  * BUG-2211: PDF export cut off long claim descriptions.
  * BUG-2230: time-out when attaching assessor reports > 20 MB.

Known issues
  * Dark mode: the payment button is hard to read.

Test environment: claimshub-test.boddenkrone.example (synthetic data only).

Claims Apps Team
""")

A("klinikverbund-direktabrechnung", "NORMAL", "de", "insurer-to-partner",
  "trap: framework discussion with a hospital group on direct billing for privately insured patients, no patient data",
  KASI, "Dr. Ulrike Behm <u.behm@klinikverbund-vorpommern.example>",
  "Direktabrechnung Klinikverbund Vorpommern – Entwurf Rahmenvereinbarung",
  "2026-07-07 10:15",
  """Sehr geehrte Frau Dr. Behm,

vielen Dank für das konstruktive Gespräch. Wie besprochen fasse ich unsere
Vorschläge für die Rahmenvereinbarung zur Direktabrechnung zusammen:

1. Die Kliniken des Verbunds rechnen allgemeine Krankenhausleistungen und
   Wahlleistung Unterkunft direkt mit uns ab, wenn die Patientin/der Patient
   die Klinik-Card vorlegt.
2. Wahlärztliche Leistungen werden weiterhin von den Chefärzten an die
   Patienten abgerechnet; eine Direktabrechnung ist optional.
3. Übermittlung der Rechnungen ausschließlich elektronisch im
   DTA-Verfahren nach § 301 SGB V-Format bzw. über unser sicheres
   Postfach – nicht per normaler E-Mail.
4. Zahlungsziel 30 Tage, Prüfungen durch unseren beratungsärztlichen Dienst
   nach dem Verfahren der Anlage 3.

Einen Vertragsentwurf schickt Ihnen unsere Rechtsabteilung bis Ende Juli.

""" + SIG["kasischke"] + "\n")

A("marketing-kit-zip-en", "NORMAL", "en", "internal",
  "marketing material ZIP (flyer PDF, agency office list CSV with business addresses only)",
  SAMMET, "Sales Support <sales-support@boddenkrone.example>",
  "Marketing kit 'Baltic Expats' – flyer and office list",
  "2026-03-24 12:20",
  """Hi all,

here is the marketing kit for our "Baltic Expats" campaign (English-language
products for international employees in Stralsund, Greifswald and Rostock):

  - flyer_baltic_expats.pdf – print-ready text version for the agencies
  - offices.csv – agency offices taking part, with opening hours

Please use only this version; the draft from February had the wrong
hotline number.

Best
Leonie
""" + SIG["sammet"] + "\n",
  atts=[Att("Baltic_Expats_kit.zip", zipfile_b([
      ("flyer_baltic_expats.pdf", pdf(
          """**New in Germany? We speak your language.**

Boddenkrone offers car, household, liability, health and travel insurance
with service in English.

- Car insurance: take your no-claims history from the UK, Ireland, the US or
  Canada with you (proof required)
- Household & liability: one package, from EUR 9.90 a month
- Expat health insurance for the first five years in Germany
- Claims hotline in English, 24/7: +49 3831 4471-505

Visit one of our agencies or go to boddenkrone.example/expats""", title="Baltic Expats flyer")),
      ("offices.csv", "office;street;town;opening hours\r\n"
                      "Boddenkrone Agency Stralsund Centre;Ossenreyerstr. 40;Stralsund;Mon-Fri 9-18\r\n"
                      "Boddenkrone Agency Greifswald;Lange Str. 12;Greifswald;Mon-Fri 9-17, Sat 10-13\r\n"
                      "Boddenkrone Agency Rostock Stadthafen;Am Strande 3;Rostock;Mon-Fri 9-18\r\n"),
  ], date=(2026, 3, 24, 11, 0, 0)))])

A("reinsurer-bu-icd-chapter", "NORMAL", "en", "insurer-to-partner",
  "trap: aggregated BU claim incidence by ICD-10 chapter for the reinsurer, no individual cases",
  HOLM, "Mads Lindqvist <mlindqvist@kattegat-re.example>",
  "BU surplus treaty – claims incidence by ICD chapter 2021–2025",
  "2026-06-30 11:45",
  """Hi Mads,

as requested for the BU treaty review, new claims by ICD-10 chapter
(counts, all claims accepted 2021–2025, no individual data):

  ICD chapter                                   2021  2022  2023  2024  2025
  F  Mental and behavioural disorders             41    46    52    55    61
  M  Musculoskeletal system                       38    35    37    40    39
  C/D Neoplasms                                   27    30    29    31    30
  G  Nervous system                               11    12    13    12    14
  I  Circulatory system                           12    10    11    12    11
  S/T Injuries                                    13    12    14    13    12
  other                                            9     8    10    11    11

The strong increase in F-chapter claims is mostly in occupational groups
2 and 3. Our claims team sees many cases of exhaustion depression with a
long duration; the average claim duration has grown from 4.1 to 4.8 years.

Happy to discuss in our call next week.

Best
Rasmus
""")

A("infoabend-altersvorsorge", "NORMAL", "de", "insurer-to-customer",
  "mass invitation to a pensions information evening; no personal data",
  "Boddenkrone Agentur Greifswald <agentur.greifswald@boddenkrone.example>", "kundeninfo-greifswald@lists.boddenkrone.example",
  "Einladung: Infoabend „Rente – reicht das?“ am 12. März in Greifswald",
  "2026-02-19 17:00",
  """Sehr geehrte Damen und Herren,

wie viel gesetzliche Rente bekomme ich wirklich? Was bringt die
betriebliche Altersversorgung? Und lohnt sich eine private Rentenversicherung
bei den aktuellen Zinsen?

Darüber sprechen wir bei unserem Infoabend

  Donnerstag, 12. März 2026, 18:30 Uhr
  Boddenkrone Agentur Greifswald, Lange Straße 12

Referent: Sören Mahnke, Boddenkrone Lebensversicherung AG

Der Eintritt ist frei, für Getränke und Fischbrötchen ist gesorgt. Bitte
melden Sie sich bis 09.03. telefonisch unter 03834 77120 oder per Antwort
auf diese E-Mail an.

Mit freundlichen Grüßen
Ihr Team der Agentur Greifswald
""")

A("board-storm-statistics-en", "NORMAL", "en", "internal",
  "storm-season statistics for the board (claims counts, reserves), no persons",
  PLESS, "Dr. Kerstin Abshagen <k.abshagen@boddenkrone.example>",
  "Storm 'Ylva' – claims status after 10 days",
  "2026-10-30 18:10",
  """Dear Kerstin,

status of storm "Ylva" (19/20 October) for tomorrow's board meeting:

  claims reported            2,184 (buildings 1,702, household 211,
                             motor partial cover 271)
  average reserve            EUR 4,350
  total reserve              EUR 9.5m (gross)
  cat XL retention           EUR 12m – not reached yet
  paid so far                EUR 1.1m (780 small claims settled by photo)

Most affected: Rügen (Sassnitz, Binz) and Usedom. Three commercial losses
above EUR 250k (hotel roof in Binz, boat hall in Lauterbach, farm
building in Gingst).

We have brought in 12 extra loss adjusters from our partner and set up a
Saturday shift. Average time to first contact: 1.6 days.

Gunnar
""")

A("onboarding-new-colleague-en", "NORMAL", "en", "internal",
  "personnel announcement of a new colleague; organisational, no sensitive data",
  MCA, "International Claims Desk <international@boddenkrone.example>",
  "Welcome Tiago to the International Claims Desk!",
  "2026-08-03 09:00",
  """Hi team,

please welcome Tiago Ferreira, who joins us today as claims handler for
international motor claims. Tiago comes from a Green Card bureau in Lisbon
and speaks Portuguese, Spanish, English and (improving every day!) German.

He will take over the cases with Portugal, Spain and France from Søren's
old list and will sit next to me on the 4th floor.

Lunch together at 12:30 in the canteen – everyone welcome.

Fiona
""")

A("bestellung-blutdruckmessgeraete", "NORMAL", "de", "insurer-to-supplier",
  "trap: purchase order for blood-pressure monitors and health-day material; no person",
  KRUSE, "Medizinbedarf Nord <bestellung@medbedarf-nord.example>",
  "Bestellung 2026-0398 – Gesundheitstag 17.09.",
  "2026-08-24 14:10",
  """Sehr geehrte Damen und Herren,

für unseren Gesundheitstag am 17.09. bestellen wir:

  4 Oberarm-Blutdruckmessgeräte, validiert (ESH), mit Manschette M und L
  2 Körperanalysewaagen
  500 Lanzetten und 2 Blutzuckermessgeräte mit Teststreifen (100 St.)
  1 Stehpult-Aufsteller "Herzgesundheit" (Leihe)

Die Messungen führt die Betriebsärztin durch; die Ergebnisse bekommen die
Teilnehmenden nur für sich auf einer Karte, es wird nichts gespeichert.

Lieferung bis 10.09. an Wareneingang Tor 2.

""" + SIG["kruse"] + "\n")

A("newsletter-rechtsschutz-urteile", "NORMAL", "de", "newsletter",
  "trap: legal-expenses newsletter on anonymised court rulings (dismissal during sick leave, rent reduction)",
  "Boddenkrone Rechtsschutz-News <rs-news@boddenkrone.example>", "rs-news-verteiler@lists.boddenkrone.example",
  "Rechtsschutz-News 2/2026: Kündigung während der Krankheit, Mietminderung bei Baulärm",
  "2026-05-20 07:00",
  """Rechtsschutz-News 2/2026
========================

1. Kündigung während der Krankschreibung?
Das Landesarbeitsgericht entschied, dass eine Kündigung nicht schon deshalb
unwirksam ist, weil der Arbeitnehmer krankgeschrieben ist. Im Fall hatte
ein Lagerarbeiter nach einer Operation sechs Wochen gefehlt. Entscheidend
sei allein, ob das Kündigungsschutzgesetz anwendbar ist und ein
Kündigungsgrund vorliegt.

2. Baulärm: 15 % Mietminderung
Eine Mieterin durfte die Miete wegen einer Großbaustelle nebenan um 15 %
mindern. Der Vermieter hatte argumentiert, der Lärm sei ortsüblich.

3. Verkehrsrecht: Schmerzensgeld nach Schulterverletzung
Ein Radfahrer erhielt 8.000 EUR Schmerzensgeld nach einem Unfall mit
Schlüsselbeinbruch. Das Gericht berücksichtigte die lange
Physiotherapie und die Metallentfernung.

Alle Fälle sind anonymisiert. Bei Fragen zu Ihrem eigenen Rechtsschutz rufen
Sie uns an: 03831 4471-280.

Ihr Rechtsschutz-Team der Boddenkrone
""")

A("assistance-sla-report-en", "NORMAL", "en", "insurer-to-partner",
  "assistance partner SLA report with case counts by country and response times, aggregated",
  NITSCHKE, "Key Account Baltic Assist <ka@baltic-assist.example>",
  "RE: SLA report Q3 2026 – our comments",
  "2026-10-14 13:00",
  """Dear Henrik,

thank you for the Q3 report. Our comments:

  - 1,412 cases in total (Q3 2025: 1,287), of which 318 medical cases
    with hospitalisation and 41 repatriations,
  - top countries: Spain 22 %, Croatia 14 %, Turkey 11 %, Greece 9 %,
    Denmark 7 %,
  - phone answer within 20 seconds: 91.4 % (target 90 %) – thank you,
  - cost guarantee to hospitals within 4 hours: 84 % (target 95 %). This
    is the second quarter below target. Please send us an action plan by
    end of October.

We'd also like to add a KPI for the time until the first call-back to the
family in medical cases.

Best regards
Laura Nitschke
Travel Insurance, Boddenkrone
""")

A("bav-schulung-vertrieb", "NORMAL", "de", "internal",
  "trap: sales training on company pensions with a fictitious model calculation (salary, tax savings)",
  "Sören Mahnke <s.mahnke@boddenkrone.example>", "Vertrieb Agenturen <vertrieb-agenturen@boddenkrone.example>",
  "bAV-Schulung 04.06. – Musterrechnung zum Nachlesen",
  "2026-06-05 12:30",
  """Hallo zusammen,

wie versprochen die Musterrechnung aus der Schulung (fiktive Person,
Steuerklasse I, keine Kinder, Bruttogehalt 3.500 EUR):

  Entgeltumwandlung                       200,00 EUR
  Arbeitgeberzuschuss 15 %                 30,00 EUR
  Beitrag Direktversicherung              230,00 EUR
  Ersparnis Steuer + SV ca.               -98,00 EUR
  Nettoaufwand für die Person           ca. 102,00 EUR

Daraus wird bei Rentenbeginn mit 67 (Laufzeit 32 Jahre) eine garantierte
Rente von ca. 270 EUR, prognostiziert ca. 430 EUR.

Wichtig für die Beratung: In der Rentenphase sind Kranken- und
Pflegeversicherungsbeiträge fällig (Freibetrag 2026: 187,25 EUR). Bitte das
immer ansprechen.

Sören
""")

A("presseanfrage-zahnkosten", "NORMAL", "de", "insurer-to-partner",
  "trap: answer to a press inquiry about rising dental costs with aggregate numbers",
  KLIEWE, "Redaktion Ostsee-Kurier <redaktion@ostsee-kurier.example>",
  "AW: Anfrage steigende Zahnarztkosten",
  "2026-07-16 15:20",
  """Sehr geehrter Herr Pahl,

gern beantworten wir Ihre Fragen:

1. Wie haben sich die Ausgaben für Zahnersatz entwickelt?
   Unsere Erstattungen je versicherter Person in den Zahnzusatztarifen sind
   von 2022 bis 2025 um 23 % gestiegen, vor allem bei Implantaten.

2. Was kostet ein Implantat im Durchschnitt?
   Nach den bei uns eingereichten Rechnungen 2025 rund 2.900 EUR
   einschließlich Krone, mit Knochenaufbau rund 3.800 EUR.

3. Werden die Beiträge steigen?
   Für 2027 ist in einzelnen Tarifen eine Beitragsanpassung nicht
   ausgeschlossen; wir informieren die Kundinnen und Kunden rechtzeitig.

Zitierfähig ist Dr. Hauke Brodersen, Verantwortlicher Aktuar.

Mit freundlichen Grüßen
Moritz Kliewe
""")

A("dpia-claims-app-en", "NORMAL", "en", "internal",
  "trap: DPIA draft for a claims app processing health data, describing categories and measures, no real data",
  AHLG, "Claims Apps Team <claims-apps@boddenkrone.example>",
  "DPIA 'Claims Photo App' – draft v0.3 for your review",
  "2026-02-09 16:40",
  """Dear colleagues,

please review the draft data protection impact assessment for the new
"Claims Photo App" by 20 February. Key points:

Data categories
  - claimant contact data, policy and claim numbers,
  - photos of damage – which may show persons or licence plates,
  - in personal-injury claims: photos of injuries and medical documents
    (special categories, Art. 9 GDPR).

Risks
  - photos stored in the phone's gallery,
  - upload over insecure networks,
  - access by too many claims handlers.

Measures
  - the app stores photos only in its encrypted container,
  - TLS 1.3 with certificate pinning,
  - medical documents are routed only to the personal-injury team,
  - automatic deletion on the device after upload.

Residual risk: medium → acceptable with the measures. Consultation of the
supervisory authority is not required in my view.

Wiebke
""")

A("legionellen-pruefung", "NORMAL", "de", "internal",
  "trap: facility notice about legionella testing of drinking water in the office building",
  KRUSE, "Alle Mitarbeitenden Stralsund <alle-stralsund@boddenkrone.example>",
  "Trinkwasserprüfung Legionellen – Duschen im UG am 09.06. gesperrt",
  "2026-06-03 09:05",
  """Liebe Kolleginnen und Kollegen,

am Dienstag, 09.06., nimmt das Labor Wasser-Nordost die jährlichen
Trinkwasserproben auf Legionellen. Dafür werden die Duschen im
Untergeschoss und die Teeküchen im 2. und 4. OG von 7 bis 10 Uhr gesperrt.

Die letzte Untersuchung war unauffällig (unter 100 KBE/100 ml an allen
Probestellen). Bei einem positiven Befund informieren wir sofort.

Danke für euer Verständnis!

""" + SIG["kruse"] + "\n")

A("smime-cert-renewal-broker", "NORMAL", "en", "insurer-to-broker",
  "certificate renewal notice for a broker firm's secure mail (S/MIME/domain certificate), technical only",
  WOLSKI, "IT Admin Northbridge <it-admin@northbridge-brokers.example>",
  "Your domain certificate for encrypted mail with Boddenkrone expires on 30 June",
  "2026-06-01 10:30",
  """Dear IT team,

our gateway reports that the domain certificate you use for encrypted mail
with us (CN=northbridge-brokers.example, serial 4F:2A:91:…, issued by
"Hanse Trust CA 2") expires on 30 June 2026.

Please send us the new certificate (public part only, .cer or .pem) or
publish it in your LDAP directory by 23 June. Without a valid certificate,
our gateway will deliver confidential mail to your brokers through the
secure web mailbox instead of directly.

Our own certificate is unchanged (valid until March 2028); fingerprint:
SHA-256 7C:41:0E:…:B9.

Best regards
Marek Wolski
IT Security, Boddenkrone Versicherungsgruppe
""")

A("auto-reply-receipt-en", "NORMAL", "en", "insurer-to-customer",
  "automatic acknowledgement of receipt, no content or personal data",
  "International Claims <international@boddenkrone.example>", "p.oneill@mailcloud.example",
  "Re: [ticket #260714-0332] We have received your message",
  "2026-07-14 21:47",
  """Thank you for contacting Boddenkrone's International Claims Desk.

We have received your message and will answer within two working days.
Your ticket number is 260714-0332; please quote it in any further message.

If you need to send us medical documents or bank details, please do not use
ordinary e-mail. Use our secure mailbox: https://sicher.boddenkrone.example

In an emergency abroad, call +49 3831 4471-999 (24 hours).

This is an automatic reply.
""",
  headers=[("Auto-Submitted", "auto-replied")])

A("krankenstand-abteilungen", "NORMAL", "de", "internal",
  "trap: aggregated sickness-absence rates per department for management, small units merged",
  RUEHS, "Führungskräfte <fuehrungskraefte@boddenkrone.example>",
  "Krankenstand 1. Halbjahr 2026 nach Bereichen",
  "2026-07-22 09:15",
  """Liebe Führungskräfte,

hier die Krankenstandsquoten für das 1. Halbjahr 2026 (Anteil der
Arbeitstage mit Arbeitsunfähigkeit; Bereiche unter 10 Personen sind
zusammengefasst, damit keine Rückschlüsse auf Einzelne möglich sind):

  Schaden Kfz/Sach/Haftpflicht     6,8 %
  Leistung Kranken/Pflege          7,4 %
  Leben/BU                         5,2 %
  Vertrieb/Maklerbetreuung         4,1 %
  IT                               3,9 %
  Stab/Verwaltung (zusammengef.)   4,6 %
  Gesamt                           5,9 % (Vorjahr 6,3 %)

Die Spitze lag im Februar (Grippewelle). Das BGM-Angebot
"Bewegte Pause" wird ab September auf alle Standorte ausgeweitet.
Fragen zu einzelnen Mitarbeitenden bitte nicht per Mail, sondern im
Gespräch mit HR.

""" + SIG["ruehs"] + "\n")

A("joint-project-polderzeker-ics", "NORMAL", "mixed", "insurer-to-partner",
  "meeting invitation with a Dutch partner, English text with German agenda items, ICS; no personal data",
  MCA, "Pieter de Graaf <p.degraaf@polderzeker.example>",
  "Kick-off: cross-border claims settlement pilot NL–DE / Auftakt Pilotprojekt",
  "2026-09-01 11:25",
  """Dear Pieter,

as agreed, here is the invitation for our kick-off in Stralsund. I've kept
the agenda in German where our legal colleagues will present:

  10:00  Welcome and goals of the pilot (Fiona, Pieter)
  10:30  "Direktregulierung nach der 4. KH-Richtlinie – Ablauf und
          Fristen" (Torsten Wiechert)
  11:30  Data exchange: format, secure channel, no personal data by plain
         e-mail (Marek Wolski)
  12:30  Lunch
  13:30  "Mietwagen und Nutzungsausfall – was zahlt wer?" (Ole Brüggemann)
  14:30  Next steps

We'll book hotel rooms for your team at the Hotel am Hafen.

Best regards
Fiona
""",
  atts=[Att("kickoff_NL_DE_pilot.ics", ics(
      "pilot-nl-de-kickoff@boddenkrone.example", "20261007T100000", "20261007T153000",
      "Kick-off cross-border claims pilot NL–DE", "Boddenkrone, Am Querkanal 7, Stralsund, Raum Hiddensee",
      "Agenda: Ziele, Direktregulierung, Datenaustausch, Mietwagen/Nutzungsausfall", "f.mcallister@boddenkrone.example"))])

A("hail-press-mixed", "NORMAL", "mixed", "insurer-to-partner",
  "English mail to a partner quoting a German press release on the hail season, aggregate figures only",
  KLIEWE, "Corporate Communications Kattegat Re <press@kattegat-re.example>",
  "Our press release on the hail season – English summary",
  "2026-08-27 14:00",
  """Dear Line,

you asked for our press release on the July hailstorms. Here is the German
text as published, with a short English summary below.

  "Stralsund, 26.08.2026 – Die Hagelunwetter vom 21. und 22. Juli haben bei
   der Boddenkrone rund 3.900 Kfz-Schäden und 1.200 Gebäudeschäden
   verursacht. Der Gesamtaufwand wird auf 14 Millionen Euro geschätzt.
   Besonders betroffen waren die Region Grimmen und der Süden Rügens.
   Rund 80 Prozent der Kfz-Schäden sind bereits reguliert, viele davon
   per Smart Repair in unseren mobilen Hagelzentren."

Summary: about 3,900 motor and 1,200 building claims, estimated cost
EUR 14m, worst hit around Grimmen and southern Rügen, 80 % of motor claims
already settled, many via paintless dent repair in mobile hail centres.

Feel free to quote it in your cat newsletter.

Best regards
Moritz Kliewe
Corporate Communications, Boddenkrone Versicherungsgruppe
""")


# ==========================================================================
# build, write, check
# ==========================================================================
# strings that look like IBANs but are meant to fail the checksum, or are no IBAN:
#  - the deliberately wrong test IBAN in the release notes (NORMAL test case)
#  - a SEPA creditor identifier (DE98ZZZ...), which has its own check digits
INTENDED_BAD_IBANS = {"DE89370400440532013001", "DE98ZZZ00000144171"}
KINDS_OK = None


def ordered():
    """Mails are numbered in a fixed pseudo-random order (sha256 of the slug),
    so that labels and topics are interleaved and not in writing order."""
    slugs = [m[0] for m in MAILS]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    return sorted(MAILS, key=lambda m: hashlib.sha256(("d180:" + m[0]).encode()).hexdigest())


def render_all():
    out = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (slug, label, lang, kind, reason, spec) in enumerate(ordered(), 1):
        fn = "%s%04d.eml" % (PREFIX, i)
        msg = build(spec, "d180/" + slug)
        data = msg.as_bytes(policy=POL)
        out["mails/" + fn] = data
        rows.append("\t".join([fn, label, lang, kind, reason]))
    out["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return out


def write(root):
    files = render_all()
    os.makedirs(os.path.join(root, "mails"), exist_ok=True)
    for old in os.listdir(os.path.join(root, "mails")):
        if old.endswith(".eml") and "mails/" + old not in files:
            os.remove(os.path.join(root, "mails", old))
    for name, data in files.items():
        with open(os.path.join(root, name), "wb") as f:
            f.write(data)
    return files


_IBAN_RE = re.compile(r"\b(DE|AT|NL|CH|GB|ES|DK|FR|IT|BE|LU|PL)(\d{2})((?:[ ]?[0-9A-Z]{4}){3,7}(?:[ ]?[0-9A-Z]{1,4})?)\b",
                      re.I)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def _texts_of(part):
    """yield decoded texts of a part, opening office files/zip/pdf."""
    ct = part.get_content_type()
    if part.is_multipart():
        for p in part.iter_parts():
            yield from _texts_of(p)
        return
    if ct == "message/rfc822":
        inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
        yield from _texts_of(inner)
        return
    data = part.get_payload(decode=True)
    fn = (part.get_filename() or "").lower()
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "utf-8"
        yield data.decode(cs)
        return
    yield from _texts_of_bytes(fn, data)


def _texts_of_bytes(fn, data):
    if data[:4] == b"%PDF":
        txt = []
        for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
            raw = zlib.decompress(m.group(1))
            for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)", raw):
                t = re.sub(rb"\\(.)", rb"\1", s.group(1))
                txt.append(t.decode("cp1252"))
        assert txt, "empty PDF text layer " + fn
        yield "\n".join(txt)
        return
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert z.testzip() is None
            names = z.namelist()
            if fn.endswith((".docx", ".xlsx", ".odt", ".ods")):
                for n in names:
                    if n.endswith(".xml"):
                        yield re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8"))
            else:
                for n in names:
                    yield from _texts_of_bytes(n.lower(), z.read(n))
        return
    if fn.endswith((".csv", ".txt", ".ics", ".log")):
        try:
            yield data.decode("utf-8")
        except UnicodeDecodeError:
            yield data.decode("cp1252")
        return
    if fn.endswith(".eml"):
        yield from _texts_of(email.message_from_bytes(data, policy=email.policy.default))
        return
    yield ""


def check():
    here = os.path.dirname(os.path.abspath(__file__))
    tmp = tempfile.mkdtemp(prefix="d180check")
    try:
        files = write(tmp)
        ok = True
        present = set("mails/" + f for f in os.listdir(os.path.join(here, "mails")))
        expect = set(k for k in files if k.startswith("mails/"))
        if present != expect:
            print("FILE SET DIFFERS:", sorted(present ^ expect)[:10])
            ok = False
        for name, data in files.items():
            p = os.path.join(here, name)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                print("DIFFERS:", name)
                ok = False
        mids = set()
        stats = {}
        for name in sorted(expect):
            raw = files[name]
            assert b"\r\n" in raw
            assert not re.search(rb"(?<!\r)\n", raw), name + ": bare LF"
            assert max(len(l) for l in raw.split(b"\r\n")) <= 998, name + ": long line"
            m = email.message_from_bytes(raw, policy=email.policy.default)
            defects = list(m.defects) + [d for p in m.walk() for d in p.defects]
            assert not defects, (name, defects)
            mid = m["Message-ID"]
            assert mid and mid not in mids, name
            mids.add(mid)
            assert "2026" in m["Date"], name
            assert m["From"].addresses[0].domain == DOMAIN, name
            texts = list(_texts_of(m))
            alltext = "\n".join(texts)
            for im in _IBAN_RE.finditer(alltext):
                cand = im.group(0)
                if not iban_ok(cand) and cand.replace(" ", "").upper() not in INTENDED_BAD_IBANS:
                    # allow longer matches that swallow a following word
                    print("IBAN checksum fails in %s: %s" % (name, cand))
                    ok = False
            for p in m.walk():
                stats[p.get_content_type()] = stats.get(p.get_content_type(), 0) + 1
        lab = files["labels.tsv"].decode("utf-8").splitlines()
        assert lab[0] == "file\tlabel\tlang\tkind\treason"
        cnt = {}
        for row in lab[1:]:
            f, label, lang, kind, reason = row.split("\t")
            cnt[(label, lang)] = cnt.get((label, lang), 0) + 1
        print("mails:", len(expect))
        for lbl in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
            print("  %-22s" % lbl, " ".join("%s=%d" % (lg, cnt.get((lbl, lg), 0))
                                            for lg in ("de", "en", "mixed")),
                  " total=%d" % sum(v for (a, _), v in cnt.items() if a == lbl))
        print("parts:", ", ".join("%s=%d" % kv for kv in sorted(stats.items())))
        print("CHECK", "OK" if ok else "FAILED")
        return ok
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    here = os.path.dirname(os.path.abspath(__file__))
    files = write(here)
    print("wrote %d mails to %s" % (len(files) - 1, os.path.join(here, "mails")))
