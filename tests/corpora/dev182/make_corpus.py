#!/usr/bin/env python3
"""Independent labelled mail corpus dev182 for Siegel (issue 14).

Writes mails/d182-NNNN.eml (RFC 5322, CRLF) and labels.tsv next to this file.
Standard library only, deterministic.

    python3 make_corpus.py            # (re)build mails/ and labels.tsv
    python3 make_corpus.py --check    # rebuild in a temp folder, compare byte for
                                      # byte, parse every mail, open every attachment

The invented world: Ahornfeld Versicherungsgruppe, Hildesheim (ahornfeld.example):
Ahornfeld Krankenversicherung a.G. (private health insurer, a mutual with members),
Ahornfeld Lebensversicherung AG and Ahornfeld Allgemeine Versicherung AG.
Every person, number, address and IBAN below is invented.
"""

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
import textwrap
import zipfile
import zlib
from email.generator import BytesGenerator
from email.message import EmailMessage, MIMEPart
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as _xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d182-"
POLICY = email.policy.SMTP  # CRLF line ends
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")

# ---------------------------------------------------------------------------
# small helpers: dates, ids, IBANs
# ---------------------------------------------------------------------------

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
           "Nov", "Dec"]


def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def rfcdate(s):
    """'2026-03-04 09:12[:33]' (German local time) -> RFC 5322 date string."""
    if len(s) == 16:
        s += ":%02d" % (int(hashlib.md5(s.encode()).hexdigest(), 16) % 60)
    t = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    summer = _last_sunday(t.year, 3) <= t.date() < _last_sunday(t.year, 10)
    tz = "+0200" if summer else "+0100"
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        _DAYS[t.weekday()], t.day, _MONTHS[t.month - 1], t.year,
        t.hour, t.minute, t.second, tz)


def gdate(s):
    """'2026-03-04' -> '04.03.2026'"""
    y, m, d = s.split("-")
    return "%s.%s.%s" % (d, m, y)


def _h(key, n=12):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


def iban(country, bban, group=True):
    """IBAN with valid ISO 7064 mod-97 check digits."""
    bban = bban.replace(" ", "").upper()
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(digits) % 97
    s = "%s%02d%s" % (country, check, bban)
    if group:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def creditor_id(country, national):
    """SEPA creditor identifier (Gläubiger-ID) with valid check digits."""
    digits = "".join(str(int(ch, 36)) for ch in national + country + "00")
    return "%s%02dZZZ%s" % (country, 98 - int(digits) % 97, national)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    digits = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(digits) % 97 == 1


def dedent(s):
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s


# ---------------------------------------------------------------------------
# attachments written with the standard library only
# ---------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip(members, stored_first=None, when=ZIP_TIME):
    """members: list of (name, bytes). Deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            if stored_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zip_bytes(members, when=(2026, 1, 1, 0, 0, 0)):
    return _zip(members, when=when)


X = _xesc


# -- PDF ---------------------------------------------------------------------

def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf_bytes(lines, title="", author="Ahornfeld Versicherungsgruppe",
              width=92, compress=True, fontsize=10):
    """Simple text PDF (Helvetica, WinAnsi) with a real text layer.

    lines: list of str; '#' at the start = bold heading; '' = empty line;
    '\f' = page break. Long lines are wrapped at `width` characters."""
    pages, cur = [], []
    for ln in lines:
        if ln == "\f":
            pages.append(cur)
            cur = []
            continue
        bold = ln.startswith("#")
        txt = ln[1:].lstrip() if bold else ln
        wrapped = textwrap.wrap(txt, width) or [""]
        for w in wrapped:
            cur.append((bold, w))
            if len(cur) >= 62:
                pages.append(cur)
                cur = []
    if cur or not pages:
        pages.append(cur)
    objs = []  # index 0 -> obj 1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
             b"/Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
             b"/Encoding /WinAnsiEncoding >>")
    kids = []
    lead = fontsize + 3
    for pg in pages:
        out = [b"BT", b"/F1 %d Tf" % fontsize, b"%d TL" % lead, b"56 790 Td"]
        curfont = "F1"
        for bold, w in pg:
            want = "F2" if bold else "F1"
            if want != curfont:
                out.append(("/%s %d Tf" % (want, fontsize)).encode())
                curfont = want
            out.append(_pdf_str(w) + b" Tj T*")
        out.append(b"ET")
        stream = b"\n".join(out) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            cs = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                     + data + b"\nendstream")
        else:
            cs = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream
                     + b"endstream")
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
            % (pages_id, f1, f2, cs)))
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" +
                          b" ".join(b"%d 0 R" % k for k in kids) +
                          b"] /Count %d >>" % len(kids))
    info = add(b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author)
               + b" /Producer (Ahornfeld Dokumentenservice 4.2) "
               b"/CreationDate (D:20260101000000+01'00') >>")
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
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, xref))
    return out.getvalue()


# -- DOCX --------------------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _wp(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return ('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (rpr, X(text)))


def docx_bytes(blocks, creator="Ahornfeld", title=""):
    """blocks: str (paragraph; '#' prefix = bold) or list of rows (table)."""
    body = []
    for b in blocks:
        if isinstance(b, list):
            rows = []
            for r in b:
                cells = "".join("<w:tc>%s</w:tc>" % _wp(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
                        '<w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>'
                        % "".join(rows))
        elif b.startswith("#"):
            body.append(_wp(b[1:].lstrip(), True))
        else:
            body.append(_wp(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>'
           % (_W, "".join(body)))
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
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (X(title), X(creator)))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)])


# -- XLSX --------------------------------------------------------------------

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _xcell(ref, v):
    if isinstance(v, bool) or v is None:
        v = "" if v is None else str(v)
    if isinstance(v, (int, float)):
        return '<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v)
    return '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, X(str(v)))


def xlsx_bytes(sheets, creator="Ahornfeld"):
    """sheets: list of (name, rows)."""
    ws = []
    for si, (name, rows) in enumerate(sheets, 1):
        rx = []
        for ri, row in enumerate(rows, 1):
            cells = "".join(_xcell("%s%d" % (_col(ci), ri), v) for ci, v in enumerate(row)
                            if v != "" and v is not None)
            rx.append('<row r="%d">%s</row>' % (ri, cells))
        ws.append(("xl/worksheets/sheet%d.xml" % si,
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<sheetData>%s</sheetData></worksheet>' % "".join(rx)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (X(n), i, i)
                    for i, (n, _) in enumerate(sheets, 1)))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
              % "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i)
                        for i in range(1, len(sheets) + 1)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>' % "".join(
              '<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i
              for i in range(1, len(sheets) + 1)))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % X(creator))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels)] + ws)


# -- ODF (ODT / ODS) -----------------------------------------------------------

_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:body>%s</office:body>'
               '</office:document-content>' % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content)], stored_first=True)


def _odf_table(name, rows):
    out = ['<table:table table:name="%s">' % X(name)]
    for row in rows:
        out.append("<table:table-row>")
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                out.append('<table:table-cell office:value-type="float" office:value="%s">'
                           '<text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                out.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                           '</table:table-cell>' % X(str(v)))
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def odt_bytes(blocks):
    body = []
    for b in blocks:
        if isinstance(b, list):
            body.append(_odf_table("Tabelle%d" % (len(body) + 1), b))
        elif b.startswith("#"):
            body.append('<text:h text:outline-level="1">%s</text:h>' % X(b[1:].lstrip()))
        else:
            body.append("<text:p>%s</text:p>" % X(b))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(body))


def ods_bytes(sheets):
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>"
                % "".join(_odf_table(n, r) for n, r in sheets))


def csv_text(rows, sep=";"):
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


# ---------------------------------------------------------------------------
# MIME building blocks
# ---------------------------------------------------------------------------

class Ctx:
    key = ""
    nb = 0


def _boundary(style="std"):
    Ctx.nb += 1
    h = _h("%s/%d" % (Ctx.key, Ctx.nb), 24)
    if style == "outlook":
        return "_%03d_%s_" % (Ctx.nb - 1, h.upper())
    if style == "tb":
        return "------------%s" % h[:24]
    if style == "apple":
        return "Apple-Mail=_%s-%s" % (h[:8].upper(), h[8:16].upper())
    return "----=_Part_%d_%s" % (Ctx.nb, h[:16])


def _sigs(s):
    """@@SIG:key@@ -> German signature, @@SIGEN:key@@ -> English signature."""
    s = re.sub(r"@@SIG:(\w+)@@", lambda m: STAFF[m.group(1)].sig, s)
    return re.sub(r"@@SIGEN:(\w+)@@", lambda m: STAFF[m.group(1)].sig_en, s)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable",
         flowed=False, raw=False):
    p = MIMEPart(policy=POLICY)
    assert "%%" not in body, "'%%' left in text of " + Ctx.key
    if not raw:
        body = dedent(body)
    body = _sigs(body)
    p.set_content(body, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        p.set_param("format", "flowed")
    return p


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, subtype="html", charset=charset, cte=cte)


def multi(subtype, *parts, style="std"):
    p = MIMEPart(policy=POLICY)
    p["Content-Type"] = 'multipart/%s; boundary="%s"' % (subtype, _boundary(style))
    for sp in parts:
        p.attach(sp)
    return p


def mixed(*parts, style="std"):
    return multi("mixed", *parts, style=style)


def alt(plain, htm, style="std"):
    return multi("alternative", plain, htm, style=style)


def _outlook_html(s):
    """HTML part the way a desktop mail client renders a plain message."""
    paras = []
    for block in s.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if any(ln.startswith("  ") for ln in lines):
            paras.append('<pre style="font-family:Consolas,monospace;font-size:10pt">%s</pre>'
                         % X(block))
        else:
            paras.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(X(ln) for ln in lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body lang="DE" style="font-family:Calibri,sans-serif;font-size:11pt">'
            '<div class="WordSection1">\n%s\n</div></body></html>\n' % "\n".join(paras))


def alt_auto(body, style="outlook"):
    """multipart/alternative with the plain text and an HTML rendering of it."""
    s = dedent(body)
    s = _sigs(s)
    return alt(text(s, raw=True), html(_outlook_html(s)), style=style)


_MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
}


def attach(data, filename, ctype=None, inline=False):
    """Binary attachment, base64."""
    if ctype is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        ctype = "/".join(_MIME.get(ext, ("application", "octet-stream")))
    mt, st = ctype.split("/")
    p = MIMEPart(policy=POLICY)
    p.set_content(data, mt, st, disposition="inline" if inline else "attachment",
                  filename=filename)
    return p


def attach_text(s, filename, subtype="plain", charset="utf-8", cte="base64",
                params=None):
    p = MIMEPart(policy=POLICY)
    p.set_content(s, subtype=subtype, charset=charset, cte=cte,
                  disposition="attachment", filename=filename)
    for k, v in (params or {}).items():
        p.set_param(k, v)
    return p


def attach_csv(rows, filename, charset="utf-8", sep=";", ctype="text/csv"):
    s = csv_text(rows, sep)
    if ctype == "text/csv":
        return attach_text(s, filename, subtype="csv", charset=charset)
    return attach(s.encode(charset), filename, ctype)


def attach_ics(s, filename="einladung.ics", method="REQUEST"):
    s = dedent(s).replace("\r\n", "\n").replace("\n", "\r\n")
    return attach_text(s, filename, subtype="calendar", params={"method": method})


def attach_eml(inner, filename=None):
    p = MIMEPart(policy=POLICY)
    p.set_content(inner, disposition="attachment", filename=filename)
    return p


STYLES = {}


def _addr(a):
    if isinstance(a, str) and a in STAFF:
        a = STAFF[a].addr
    m = re.match(r'^([^"<>]+?)\s*<([^>]+)>$', a)
    if m and re.search(r'[.,()\[\]:;@]', m.group(1)):
        a = '"%s" <%s>' % (m.group(1), m.group(2))
    return a


def message(frm, to, subject, date, body, cc=None, bcc=None, reply_to=None,
            mid=None, in_reply_to=None, references=None, extra=None, ua=None,
            lang=None, importance=None):
    m = EmailMessage(policy=POLICY)
    m["From"] = _addr(frm)
    m["To"] = ", ".join(_addr(a) for a in ([to] if isinstance(to, str) else to))
    if cc:
        m["Cc"] = ", ".join(_addr(a) for a in ([cc] if isinstance(cc, str) else cc))
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = rfcdate(date)
    dom = "ahornfeld.example"
    fa = _addr(frm)
    mm = re.search(r"@([\w.-]+)", fa)
    if mm:
        dom = mm.group(1)
    m["Message-ID"] = mid or "<%s.%s@%s>" % (_h(Ctx.key + "mid", 16), _h(Ctx.key, 6), dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if importance:
        m["Importance"] = importance
    if ua:
        m["User-Agent" if ua.startswith(("Mozilla", "Thunderbird")) else "X-Mailer"] = ua
    if lang:
        m["Content-Language"] = lang
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload  # keep the encoded form (8bit bodies)
    m.preamble = body.preamble
    return m


def inner_message(frm, to, subject, date, body, cc=None, mid=None, ua=None):
    """A message that is attached (message/rfc822)."""
    return message(frm, to, subject, date, body, cc=cc, mid=mid, ua=ua)


def quote(s, prefix="> "):
    s = dedent(s).rstrip("\n")
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in s.split("\n"))


# ---------------------------------------------------------------------------
# the invented world: staff (each person always signs the same way)
# ---------------------------------------------------------------------------

class Person:
    def __init__(self, name, email, sig, sig_en=None):
        self.name = name
        self.email = email
        self.addr = "%s <%s>" % (name, email)
        self.sig = self._clean(sig)
        self.sig_en = self._clean(sig_en) if sig_en else self.sig

    @staticmethod
    def _clean(sig):
        return "\n".join(ln.strip() for ln in sig.strip("\n").split("\n")).rstrip()


KV_FOOT = ("Ahornfeld Krankenversicherung a.G. · Ahornfeld-Platz 1 · 31134 Hildesheim\n"
           "Vorstand: Dr. Gunnar Wehrhahn (Vors.), Iris Kallenbach, Malte Stöver\n"
           "Vorsitzende des Aufsichtsrats: Prof. Dr. Renate Ohlendorf · AG Hildesheim VR 1187")
ALLG_FOOT = ("Ahornfeld Allgemeine Versicherung AG · Ahornfeld-Platz 1 · 31134 Hildesheim\n"
             "Vorstand: Malte Stöver (Vors.), Dr. Ayşe Korkmaz · AG Hildesheim HRB 20544")
LEB_FOOT = ("Ahornfeld Lebensversicherung AG · Ahornfeld-Platz 1 · 31134 Hildesheim\n"
            "Vorstand: Iris Kallenbach (Vors.), Bernd Tjaden · AG Hildesheim HRB 20545")
EN_FOOT = ("Ahornfeld Krankenversicherung a.G. (Ahornfeld Global Health)\n"
           "Ahornfeld-Platz 1, 31134 Hildesheim, Germany · Register: Hildesheim VR 1187\n"
           "This e-mail may contain confidential information. If you are not the\n"
           "intended recipient, please notify the sender and delete it.")

AHORNFELD_CI = creditor_id("DE", "00000418822")

STAFF = {
    "kruetzfeldt": Person("Sabine Krützfeldt", "sabine.kruetzfeldt@ahornfeld.example", """
        Mit freundlichen Grüßen
        Sabine Krützfeldt
        Mitgliederservice Leistung
        Telefon 05121 4807-2214

        """ + KV_FOOT,
        """
        Kind regards
        Sabine Krützfeldt
        Member Services – Claims
        Phone +49 5121 4807-2214

        """ + KV_FOOT),
    "abendroth": Person("Jonas Abendroth", "jonas.abendroth@ahornfeld.example", """
        Viele Grüße
        Jonas Abendroth

        Ahornfeld Krankenversicherung a.G.
        Leistungsservice ambulant | Tel. 05121 4807-2231
        """,
        """
        Best regards
        Jonas Abendroth

        Ahornfeld Krankenversicherung a.G.
        Outpatient Claims | Phone +49 5121 4807-2231
        """),
    "yildirim": Person("Merve Yıldırım", "merve.yildirim@ahornfeld.example", """
        Freundliche Grüße

        Merve Yıldırım
        Beitrag & Vertrag – Mitgliederservice
        Ahornfeld Krankenversicherung a.G.
        T 05121 4807-2290 | mitgliederservice@ahornfeld.example
        """,
        """
        Kind regards,
        Merve Yıldırım
        Member services, Ahornfeld Krankenversicherung a.G.
        """),
    "pahl": Person("Henrik Pahl", "henrik.pahl@ahornfeld.example", """
        Gruß
        Henrik

        --
        Henrik Pahl
        Teamleitung Leistungsservice Kranken
        Ahornfeld Krankenversicherung a.G. · Hildesheim · Tel. -2200
        """),
    "voss": Person("Dr. Annegret Voss", "annegret.voss@ahornfeld.example", """
        Dr. med. Annegret Voss
        Beratungsärztin
        Ahornfeld Krankenversicherung a.G.
        """,
        """
        Dr. med. Annegret Voss
        Medical Adviser
        Ahornfeld Krankenversicherung a.G.
        """),
    "lindqvist": Person("Tobias Lindqvist", "tobias.lindqvist@ahornfeld.example", """
        Beste Grüße
        Tobias Lindqvist
        Tarif & Beitrag
        Ahornfeld Krankenversicherung a.G. | Tel. 05121 4807-2275
        """),
    "nowak": Person("Katarina Nowak", "katarina.nowak@ahornfeld.example", """
        Mit freundlichen Grüßen

        Katarina Nowak
        Hilfsmittel & Pflege
        Telefon 05121 4807-2248 · Fax 05121 4807-2249

        """ + KV_FOOT),
    "brenneke": Person("Oliver Brenneke", "oliver.brenneke@ahornfeld.example", """
        Mit freundlichen Grüßen
        i. A. Oliver Brenneke
        Krankenhausabrechnung / Kostenübernahme
        Ahornfeld Krankenversicherung a.G.
        Tel. 05121 4807-2260 | Fax -2269 | klinik@ahornfeld.example
        """),
    "dunmore": Person("Claire Dunmore", "claire.dunmore@ahornfeld.example", """
        Kind regards,
        Claire Dunmore
        International Member Services | Ahornfeld Global Health
        +49 5121 4807-2400 (24/7 line: +49 5121 4807-2499)

        """ + EN_FOOT),
    "ortega": Person("Rafael Ortega", "rafael.ortega@ahornfeld.example", """
        Best,
        Rafael

        Rafael Ortega | Claims Specialist, Ahornfeld Global Health
        """),
    "hallmann": Person("Friederike Hallmann", "friederike.hallmann@ahornfeld.example", """
        Mit freundlichen Grüßen

        Friederike Hallmann
        Vertragsservice Leben
        Telefon 05121 4807-3120

        """ + LEB_FOOT,
        """
        Kind regards,
        Friederike Hallmann
        Life Policy Services, Ahornfeld Lebensversicherung AG
        +49 5121 4807-3120
        """),
    "distefano": Person("Marco Di Stefano", "marco.distefano@ahornfeld.example", """
        Mit freundlichen Grüßen
        Marco Di Stefano
        Leistungsprüfung Berufsunfähigkeit

        """ + LEB_FOOT,
        """
        Kind regards,
        Marco Di Stefano
        Underwriting & Claims Life, Ahornfeld Lebensversicherung AG
        """),
    "sander": Person("Kai-Uwe Sander", "kai-uwe.sander@ahornfeld.example", """
        Mit freundlichem Gruß
        Kai-Uwe Sander
        Kfz-Schaden
        Ahornfeld Allgemeine Versicherung AG
        Tel. 05121 4807-4410
        """,
        """
        Kind regards
        Kai-Uwe Sander
        Motor Claims
        Ahornfeld Allgemeine Versicherung AG
        Phone +49 5121 4807-4410
        """),
    "ostermeyer": Person("Lena Ostermeyer", "lena.ostermeyer@ahornfeld.example", """
        Herzliche Grüße
        Lena Ostermeyer
        Sachschaden Privatkunden

        """ + ALLG_FOOT,
        """
        Kind regards
        Lena Ostermeyer
        Property Claims, Private Customers

        """ + ALLG_FOOT),
    "feddersen": Person("Ruben Feddersen", "ruben.feddersen@ahornfeld.example", """
        Mit freundlichen Grüßen
        Ruben Feddersen
        Haftpflicht & Rechtsschutz
        Ahornfeld Allgemeine Versicherung AG · Tel. 05121 4807-4630
        """,
        """
        Kind regards
        Ruben Feddersen
        Liability & Legal Expenses
        Ahornfeld Allgemeine Versicherung AG · Phone +49 5121 4807-4630
        """),
    "wendt": Person("Dr. Philipp Wendt", "philipp.wendt@ahornfeld.example", """
        Mit freundlichen Grüßen
        Dr. Philipp Wendt
        Firmenkunden Komposit

        """ + ALLG_FOOT,
        """
        Kind regards
        Dr. Philipp Wendt
        Commercial Lines

        """ + ALLG_FOOT),
    "kowalczyk": Person("Nadine Kowalczyk", "nadine.kowalczyk@ahornfeld.example", """
        Viele Grüße
        Nadine Kowalczyk
        Firmenkunden Kranken & Vorsorge (bKV / bAV)
        Ahornfeld Versicherungsgruppe · Tel. 05121 4807-5120
        """),
    "hoppenstedt": Person("Jens Hoppenstedt", "jens.hoppenstedt@ahornfeld.example", """
        Beste Grüße aus Hildesheim
        Jens Hoppenstedt
        Maklerbetreuung Nord
        Mobil 0171 5530 218 | maklerservice@ahornfeld.example
        """,
        """
        Best regards from Hildesheim
        Jens Hoppenstedt
        Broker Support North
        Mobile +49 171 5530 218 | maklerservice@ahornfeld.example
        """),
    "roloff": Person("Fabian Roloff", "fabian.roloff@ahornfeld.example", """
        --
        Fabian Roloff | IT-Service Anwendungen | Durchwahl -6612
        """,
        """
        --
        Fabian Roloff | IT Application Services | ext. -6612
        """),
    "brunswick": Person("Dr. Ilka Brunswick", "datenschutz@ahornfeld.example", """
        Dr. Ilka Brunswick
        Datenschutzbeauftragte der Ahornfeld Versicherungsgruppe
        datenschutz@ahornfeld.example
        """,
        """
        Dr. Ilka Brunswick
        Data Protection Officer, Ahornfeld Versicherungsgruppe
        datenschutz@ahornfeld.example
        """),
    "wichmann": Person("Petra Wichmann", "petra.wichmann@ahornfeld.example", """
        Viele Grüße
        Petra Wichmann
        Personal & Recruiting
        Ahornfeld Versicherungsgruppe
        """,
        """
        Best,
        Petra Wichmann
        HR & Recruiting
        Ahornfeld Versicherungsgruppe
        """),
    "feldhusen": Person("Anja Feldhusen", "anja.feldhusen@ahornfeld.example", """
        Anja Feldhusen
        Unternehmenskommunikation
        Ahornfeld Versicherungsgruppe
        presse@ahornfeld.example · 05121 4807-1010
        """,
        """
        Best regards,
        Anja Feldhusen
        Corporate Communications, Ahornfeld Versicherungsgruppe
        presse@ahornfeld.example · +49 5121 4807-1010
        """),
    "gieseking": Person("Stefan Gieseking", "stefan.gieseking@ahornfeld.example", """
        Mit freundlichen Grüßen
        Stefan Gieseking
        Einkauf & Facility Management
        Ahornfeld Versicherungsgruppe, Ahornfeld-Platz 1, 31134 Hildesheim
        """,
        """
        Kind regards,
        Stefan Gieseking
        Procurement & Facility Management, Ahornfeld Versicherungsgruppe
        """),
    "meinecke": Person("Ulrike Meinecke", "ulrike.meinecke@ahornfeld.example", """
        Ulrike Meinecke
        Controlling Kranken
        """,
        """
        Kind regards,
        Ulrike Meinecke
        Controlling Health, Ahornfeld Krankenversicherung a.G.
        """),
    "behrens": Person("Till Behrens", "till.behrens@ahornfeld.example", """
        Grüße, Till

        Till Behrens · Aktuariat Kranken · Ahornfeld Krankenversicherung a.G.
        """,
        """
        Regards, Till

        Till Behrens · Actuarial Health · Ahornfeld Krankenversicherung a.G.
        """),
}

# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = []


def mail(label, lang, kind, reason):
    assert label in LABELS, label
    assert lang in LANGS, lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((fn.__name__, label, lang, kind, reason, fn))
        return fn
    return deco


# ===========================================================================
# MAILS
# ===========================================================================

# ---------------------------------------------------------------------------
# batch 1: mostly member service health (Mitgliederservice Kranken)
# ---------------------------------------------------------------------------

IBAN_QUAST = iban("DE", "251205100008837261")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reimbursement statement for member Dietmar Quast: orthopaedic invoice with GOÄ items and diagnosis M54.5, physiotherapy, ibuprofen; masked IBAN")
def kv_leistungsabrechnung_quast():
    plain = text("""
        Sehr geehrter Herr Quast,

        zu den eingereichten Belegen vom 02.02.2026 erhalten Sie heute Ihre
        Leistungsabrechnung. Die Erstattung über 412,87 EUR überweisen wir in
        den nächsten Tagen auf Ihr Konto DE** **** **** **** **72 61.

        Beleg 1: Dr. med. Gesine Thormählen, Orthopädie, Rechnung vom 14.01.2026
          GOÄ 1, 5, 3306, 5030 (Diagnose M54.5 Kreuzschmerz) ... 186,42 EUR
          erstattet 186,42 EUR
        Beleg 2: Physiotherapie am Moritzberg, 6 x Krankengymnastik
          Rechnung vom 28.01.2026 ................................ 189,00 EUR
          erstattet nach Tarif AF-Komfort 600 (Heilmittel 80 %) .. 151,20 EUR
        Beleg 3: Linden-Apotheke Hildesheim, Ibuprofen 600 mg N2,
          Pantoprazol 20 mg ......................................  75,25 EUR
          erstattet  75,25 EUR

        Erstattung gesamt ........................................ 412,87 EUR
        Ihr verbleibender Selbstbehalt 2026: 0,00 EUR (ausgeschöpft)

        Bitte bewahren Sie die Originalbelege bis Ende 2027 auf.

        Mit freundlichen Grüßen
        Sabine Krützfeldt
        Mitgliederservice Leistung
        """)
    htm = html("""
        <html><body style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Sehr geehrter Herr Quast,</p>
        <p>zu den eingereichten Belegen vom 02.02.2026 erhalten Sie heute Ihre
        Leistungsabrechnung. Die Erstattung über <b>412,87&nbsp;EUR</b> überweisen wir in
        den nächsten Tagen auf Ihr Konto DE** **** **** **** **72 61.</p>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:9pt">
        <tr style="background:#e8efe4"><th>Beleg</th><th>Leistungserbringer</th><th>Leistung</th><th>Rechnungsbetrag</th><th>erstattet</th></tr>
        <tr><td>1</td><td>Dr. med. Gesine Thormählen, Orthopädie</td><td>GOÄ 1, 5, 3306, 5030 &ndash; Diagnose M54.5 Kreuzschmerz</td><td align="right">186,42</td><td align="right">186,42</td></tr>
        <tr><td>2</td><td>Physiotherapie am Moritzberg</td><td>6 x Krankengymnastik (Heilmittel 80&nbsp;%)</td><td align="right">189,00</td><td align="right">151,20</td></tr>
        <tr><td>3</td><td>Linden-Apotheke Hildesheim</td><td>Ibuprofen 600 mg N2, Pantoprazol 20 mg</td><td align="right">75,25</td><td align="right">75,25</td></tr>
        <tr><td colspan="4"><b>Erstattung gesamt</b></td><td align="right"><b>412,87</b></td></tr>
        </table>
        <p>Ihr verbleibender Selbstbehalt 2026: 0,00 EUR (ausgeschöpft).<br>
        Bitte bewahren Sie die Originalbelege bis Ende 2027 auf.</p>
        <p>Mit freundlichen Grüßen<br>Sabine Krützfeldt<br>Mitgliederservice Leistung</p>
        <p style="font-size:8pt;color:#666">Ahornfeld Krankenversicherung a.G. &middot; Ahornfeld-Platz 1 &middot; 31134 Hildesheim</p>
        </body></html>
        """)
    return message("kruetzfeldt", "Dietmar Quast <d.quast@leinepost.example>",
                   "Ihre Leistungsabrechnung vom 09.02.2026 – Mitgliedsnr. 7031 448 812",
                   "2026-02-09 14:22", alt(plain, htm, style="outlook"),
                   ua="Microsoft Outlook 16.0")


IBAN_HAVERKAMP = iban("DE", "200505500146220938")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "bank change confirmed for the health contract (Krankenversicherung member number, tariffs) of Marlies Haverkamp with her new IBAN; no medical word at all")
def kv_bankwechsel_haverkamp():
    body = text("""
        Sehr geehrte Frau Haverkamp,

        vielen Dank für Ihre Nachricht vom Wochenende. Wir haben Ihre neue
        Bankverbindung für Ihren Vertrag 7031 552 904 gespeichert:

            Kontoinhaberin: Marlies Haverkamp
            IBAN: %s
            Bank: Hamburger Sparkasse

        Ab dem Beitrag für April 2026 (fällig am 01.04.2026) buchen wir von
        diesem Konto ab. Auch Erstattungen überweisen wir künftig dorthin. Das
        neue SEPA-Lastschriftmandat hat die Mandatsreferenz AKV-7031552904-03;
        unsere Gläubiger-ID lautet %s.

        Den März-Beitrag von 389,14 EUR haben wir noch vom bisherigen Konto bei
        der Volksbank eingezogen.

        @@SIG:yildirim@@
        """ % (IBAN_HAVERKAMP, AHORNFELD_CI))
    return message("yildirim", "marlies.haverkamp@webfach.example",
                   "AW: neue Bankverbindung", "2026-03-16 10:05", body,
                   in_reply_to="<CAF3k9-Hv2026-0314@webfach.example>")


@mail("NORMAL", "de", "newsletter",
      "trap: member newsletter explaining premium adjustments in general (medical inflation, average increase, §203 VVG), no person concerned")
def kv_newsletter_beitrag():
    htm = html("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Mitgliederbrief 1/2026</title></head>
        <body style="margin:0;background:#f4f1ea;font-family:Georgia,serif">
        <table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="padding:20px;background:#4a6b3a;color:#fff;font-size:20px">Ahornfeld Mitgliederbrief 1/2026</td></tr>
        <tr><td style="padding:20px">
        <h2 style="font-size:17px">Warum sich Beiträge in der Krankenversicherung verändern</h2>
        <p>Liebe Mitglieder,</p>
        <p>viele von Ihnen haben uns nach dem letzten Jahreswechsel gefragt, warum die
        Beiträge in der privaten Krankenversicherung nicht jedes Jahr gleichmäßig
        steigen, sondern manchmal mehrere Jahre stabil bleiben und dann deutlich anziehen.
        Die Antwort liegt im Gesetz: Nach &sect;&nbsp;203 VVG dürfen wir Beiträge nur anpassen,
        wenn die tatsächlichen Leistungsausgaben eines Tarifs um mehr als 10&nbsp;Prozent
        (bei manchen Tarifen 5&nbsp;Prozent) von der Kalkulation abweichen.</p>
        <table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
        <tr><th>Leistungsbereich</th><th>Ausgaben je Mitglied 2023</th><th>2025</th><th>Veränderung</th></tr>
        <tr><td>Stationäre Behandlung</td><td>1.214 &euro;</td><td>1.398 &euro;</td><td>+15,2&nbsp;%</td></tr>
        <tr><td>Arzneimittel</td><td>602 &euro;</td><td>688 &euro;</td><td>+14,3&nbsp;%</td></tr>
        <tr><td>Heil- und Hilfsmittel</td><td>231 &euro;</td><td>259 &euro;</td><td>+12,1&nbsp;%</td></tr>
        <tr><td>Zahnbehandlung und Zahnersatz</td><td>517 &euro;</td><td>541 &euro;</td><td>+4,6&nbsp;%</td></tr>
        </table>
        <p>Im Durchschnitt aller Tarife steigen die Beiträge zum 1.&nbsp;April 2026 um 6,4&nbsp;Prozent.
        Rund 41&nbsp;Prozent unserer Mitglieder sind nicht betroffen. Wer älter als 60 ist, erhält
        aus den Mitteln der Beitragsrückerstattung einen Zuschuss, der die Erhöhung abfedert.</p>
        <h3 style="font-size:15px">Was Sie tun können</h3>
        <ul><li>Tarifwechsel nach &sect;&nbsp;204 VVG: Wir beraten Sie kostenlos.</li>
        <li>Selbstbehalt erhöhen &ndash; senkt den Beitrag, erhöht aber das eigene Risiko.</li>
        <li>Beitragsentlastungstarif: im Alter geringere Beiträge.</li></ul>
        <p>Ihre persönlichen Unterlagen erhalten Sie wie immer per Post oder im
        <a href="https://portal.ahornfeld.example/login">Mitgliederportal</a>.</p>
        <p>Herzlich<br>Ihr Vorstand der Ahornfeld Krankenversicherung a.G.</p>
        </td></tr>
        <tr><td style="padding:12px 20px;font-size:11px;color:#777">Sie erhalten diesen Brief, weil Sie ihn
        abonniert haben. <a href="https://www.ahornfeld.example/newsletter/abmelden">Abmelden</a> &middot;
        Ahornfeld Krankenversicherung a.G., Ahornfeld-Platz 1, 31134 Hildesheim</td></tr>
        </table></body></html>
        """)
    return message("Ahornfeld Mitgliederbrief <mitgliederbrief@ahornfeld.example>",
                   "mitgliederbrief@ahornfeld.example",
                   "Mitgliederbrief 1/2026: Warum sich Beiträge verändern",
                   "2026-02-12 07:30", htm,
                   extra=[("List-Unsubscribe", "<https://www.ahornfeld.example/newsletter/abmelden>"),
                          ("Precedence", "bulk")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "cost approval for speech therapy (Logopädie, 20 sessions, developmental speech disorder F80.1) for the member's son Lasse Petersen")
def kv_kostenzusage_logopaedie():
    body = text("""
        Sehr geehrte Frau Petersen,

        die ärztliche Verordnung von Dr. Reinholz für Ihren Sohn Lasse
        (mitversichert unter Ihrer Mitgliedsnummer 7031 290 117) liegt uns vor.
        Wir sagen Ihnen die Kostenübernahme für 20 Behandlungen Logopädie
        (Sprachtherapie, je 45 Minuten) zu. Grundlage ist die Diagnose einer
        Entwicklungsstörung der Artikulation (F80.1).

        Erstattet werden nach Ihrem Tarif AF-Kind 100 % des Rechnungsbetrags,
        höchstens bis zu den Sätzen unseres Heilmittelverzeichnisses (derzeit
        68,50 EUR je Sitzung). Die Zusage gilt bis 31.10.2026.

        Für weitere Behandlungen nach der 20. Sitzung benötigen wir einen
        kurzen Verlaufsbericht der Praxis Sprachraum Alfeld.

        @@SIG:kruetzfeldt@@
        """, cte="8bit", flowed=True)
    return message("kruetzfeldt", "Birte Petersen <birte.petersen@kabelmail.example>",
                   "Kostenzusage Logopädie für Lasse", "2026-03-03 11:48", body,
                   ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "harmless body; the attached cost coverage declaration names patient Hannelore Baumgarten, birth date, admission diagnosis I48.0 and elective services")
def kv_kue_klinikum_baumgarten():
    pdf = pdf_bytes([
        "#Ahornfeld Krankenversicherung a.G. – Krankenhausabrechnung",
        "Ahornfeld-Platz 1, 31134 Hildesheim · Fax 05121 4807-2269",
        "",
        "An: Klinikum am Kalenberger Graben, Patientenverwaltung, 31134 Hildesheim",
        "IK 261 300 477",
        "",
        "#Kostenübernahmeerklärung",
        "",
        "Patientin: Hannelore Baumgarten, geb. 14.09.1951",
        "Anschrift: Am Galgenberg 9, 31141 Hildesheim",
        "Mitgliedsnummer: 7031 118 560   Tarife: AF-Komfort 300, AS2 (Zweibettzimmer)",
        "Aufnahme: 16.03.2026, Fachabteilung Kardiologie",
        "Aufnahmediagnose laut Einweisung: I48.0 Vorhofflimmern, paroxysmal",
        "",
        "Wir übernehmen die Kosten der allgemeinen Krankenhausleistungen (DRG) sowie",
        "die Wahlleistungen Unterkunft Zweibettzimmer und wahlärztliche Leistungen",
        "(Chefarzt Prof. Dr. Sievert) im tariflichen Umfang.",
        "Die Kostenübernahme gilt für eine Verweildauer bis 10 Tage. Bei längerer Dauer",
        "bitten wir um einen Verlängerungsantrag mit Begründung.",
        "",
        "Die Abrechnung erfolgt direkt mit uns (Klinik-Card, Datenaustausch nach § 301 SGB V analog).",
        "",
        "Hildesheim, 16.03.2026",
        "i. A. Oliver Brenneke",
    ], title="KÜE 7031118560")
    body = text("""
        Sehr geehrte Damen und Herren,

        anbei die Kostenübernahmeerklärung zu Ihrer Anfrage von heute früh
        (Ihr Zeichen 2026-03-KA-0412).

        @@SIG:brenneke@@
        """)
    return message("brenneke", "Patientenverwaltung <aufnahme@klinikum-kalenberg.example>",
                   "KÜE zu Ihrem Zeichen 2026-03-KA-0412", "2026-03-16 09:14",
                   mixed(body, attach(pdf, "KUE_7031118560_20260316.pdf"), style="outlook"),
                   ua="Microsoft Outlook 16.0")


@mail("NORMAL", "de", "internal",
      "trap: IT ticket about the receipt upload app failing for large photos of doctors' invoices; test files only, no member data")
def it_ticket_belegupload():
    body = text("""
        Hallo zusammen,

        Ticket INC-2026-03318 (Priorität 2) ist bei uns in der Anwendungsbetreuung
        gelandet, ich fasse kurz zusammen, was wir bisher wissen:

        - Die App "Ahornfeld Belege" (Android 4.8.1, iOS 4.8.0) bricht beim
          Hochladen von Fotos ab, sobald ein einzelnes Bild größer als ca. 8 MB ist.
        - Betroffen sind vor allem neuere Smartphones mit 50-MP-Kamera. Die
          Mitglieder fotografieren ihre Arztrechnungen und Rezepte, die App
          komprimiert seit dem Update vom 24.02. offenbar nicht mehr vor dem Upload.
        - Fehlermeldung im Gateway-Log: HTTP 413 Request Entity Too Large
          (Limit am Reverse Proxy: 10 MB pro Request, mehrere Fotos je Beleg).
        - Der Leistungsservice meldet seit Montag ca. 140 Anrufe dazu.

        Reproduziert habe ich das mit unseren Testbelegen (Rechnung "Dr. Test
        Testarzt", Muster-Rezept) auf einem Pixel 9. Mit dem alten Build 4.7.3
        klappt es.

        Vorschlag: Hotfix 4.8.2 mit wieder aktivierter Kompression (max. 2.000 px
        Kantenlänge, JPEG 80) und parallel das Proxy-Limit temporär auf 25 MB.
        Belegwerk (Dienstleister für die Belegerkennung) habe ich gefragt, ob
        die OCR mit 2.000 px noch sauber läuft – Antwort steht aus.

        Bitte keine echten Mitgliederbelege ins Ticket hängen, auch nicht als
        Screenshot.

        @@SIG:roloff@@
        """)
    return message("roloff", ["it-anwendungen@ahornfeld.example", "pahl"],
                   "INC-2026-03318 Belege-App: Upload bricht bei großen Fotos ab",
                   "2026-03-04 16:40", body, cc="Jonas Abendroth <jonas.abendroth@ahornfeld.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "attachment-only: body says only 'your documents'; the PDF supplement shows the Oberdiek couple's health tariffs, new premiums, birth dates and a risk surcharge")
def kv_bap_nachtrag_oberdiek():
    pdf = pdf_bytes([
        "#Ahornfeld Krankenversicherung a.G.",
        "Nachtrag Nr. 14 zum Versicherungsschein 7031 061 338",
        "",
        "Versicherungsnehmer: Gerd Oberdiek, Bürgermeister-Sander-Weg 3, 31162 Bad Salzdetfurth",
        "Gültig ab 01.04.2026 – Anlass: Beitragsanpassung nach § 203 Abs. 2 VVG",
        "",
        "#Versicherte Personen und Tarife",
        "Gerd Oberdiek, geb. 02.07.1958",
        "  AF-Komfort 600        bisher 611,30 EUR   neu 668,92 EUR",
        "  AS1 (Einbettzimmer)   bisher  88,10 EUR   neu  97,45 EUR",
        "  PVN Pflegepflicht     bisher  63,40 EUR   neu  63,40 EUR",
        "  Risikozuschlag 15 % auf AF-Komfort 600 (vereinbart 2009) unverändert",
        "Ingrid Oberdiek, geb. Reuter, geb. 19.11.1961",
        "  AF-Komfort 600        bisher 642,75 EUR   neu 701,10 EUR",
        "  KTG 43 (Krankentagegeld 60 EUR)   bisher 41,20 EUR   neu 41,20 EUR",
        "",
        "Zuschuss aus der Rückstellung für Beitragsrückerstattung (Limitierung): -38,00 EUR",
        "Monatsbeitrag gesamt bisher 1.446,75 EUR, neu 1.539,07 EUR",
        "",
        "Begründung der Anpassung und auslösende Faktoren: siehe Beiblatt B-2026.",
        "Sie können Ihre Versicherung hinsichtlich der betroffenen Personen innerhalb",
        "von zwei Monaten nach Zugang dieser Mitteilung zum Zeitpunkt des Wirksamwerdens",
        "kündigen (§ 205 Abs. 4 VVG).",
    ], title="Nachtrag 7031061338")
    body = text("""
        Sehr geehrter Herr Oberdiek,

        wie am Telefon besprochen sende ich Ihnen Ihre Unterlagen noch einmal
        per E-Mail. Das Original ist Ende Februar per Post rausgegangen,
        offenbar aber nicht angekommen.

        Bei Fragen melden Sie sich gern direkt bei mir.

        @@SIG:yildirim@@
        """)
    return message("yildirim", "gerd.oberdiek@netzpost.example", "Ihre Unterlagen",
                   "2026-03-10 15:02",
                   mixed(body, attach(pdf, "Nachtrag_14_VS7031061338.pdf")))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat member Tomás Ferreira-Lund: claim settlement for an emergency appendectomy at a Lisbon clinic, amounts paid, deductible")
def en_claim_lisbon():
    body = alt_auto("""
        Dear Mr Ferreira-Lund,

        Thank you for sending the remaining documents for your claim
        AGH-C-2026-00917. We have now settled it as follows:

          Clínica Santa Catarina, Lisboa
          Admission 21 Jan 2026, discharge 24 Jan 2026
          Laparoscopic appendectomy, acute appendicitis (K35.8)
          Invoice CSC-26-004471 ........................ EUR 9,840.00
          paid directly to the clinic .................. EUR 9,840.00

          Follow-up visit Dr. Inês Matos, 3 Feb 2026 ..... EUR   120.00
          Amoxicillin/clavulanic acid, pharmacy .......... EUR    18.60
          less annual deductible (plan Expat Gold) ...... EUR  -138.60
          payable to you ................................ EUR     0.00

        Your deductible for 2026 has now been met in full, so further
        outpatient claims this year will be reimbursed without it.

        We hope you have fully recovered. If the clinic sends you any further
        invoice for this stay, please forward it to us rather than paying it.

        @@SIGEN:dunmore@@
        """)
    return message("dunmore", "Tomás Ferreira-Lund <tomas.fl@mailhub.example>",
                   "Your claim AGH-C-2026-00917 – settlement", "2026-02-19 13:37", body,
                   lang="en-GB")


@mail("NORMAL", "en", "internal",
      "trap: quarterly KPI report of the international health team with claim counts by category and turnaround times; aggregates only")
def en_kpi_q1():
    xlsx = xlsx_bytes([
        ("Q1 2026", [
            ["Ahornfeld Global Health – International Member Services", "", "", ""],
            ["KPI", "Jan", "Feb", "Mar"],
            ["Claims received", 1843, 1710, 1966],
            ["Claims settled within 10 working days (%)", 91.4, 89.7, 86.2],
            ["Guarantees of payment issued", 112, 97, 131],
            ["Medical evacuations / repatriations", 3, 1, 4],
            ["Complaints", 9, 7, 14],
            ["NPS (member survey)", 41, 44, 38],
        ]),
        ("Claims by category", [
            ["Category", "Count Q1", "Share %", "Avg. amount EUR"],
            ["Outpatient GP/specialist", 2911, 52.4, 164],
            ["Maternity", 188, 3.4, 4120],
            ["Orthopaedics / physio", 604, 10.9, 690],
            ["Dental", 876, 15.8, 402],
            ["Inpatient (other)", 377, 6.8, 7930],
            ["Mental health", 149, 2.7, 1180],
            ["Other", 414, 7.5, 233],
        ]),
    ], creator="Claire Dunmore")
    body = text("""
        Hi all,

        Attached the Q1 numbers for International Member Services ahead of
        Thursday's steering meeting.

        Headlines:
        * volume up 9 % on Q1/2025, mostly the new student plans
        * turnaround slipped in March (86 % within 10 days) - two people on
          leave plus the Lisbon clinic batch that came in on paper
        * complaints up to 14 in March, 8 of them about the portal upload
          (same root cause as INC-2026-03318)
        * mental health claims still small (2.7 %) but growing quarter on quarter

        No member-level data in the file, so feel free to share it with the
        broker team.

        Kind regards,
        Claire
        """)
    return message("dunmore", ["pahl", "meinecke", "Rafael Ortega <rafael.ortega@ahornfeld.example>"],
                   "Q1 KPIs International Member Services", "2026-04-07 08:55",
                   mixed(body, attach(xlsx, "IMS_KPI_Q1_2026.xlsx")))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation of Hendrik Wollny's full health cover because of compulsory statutory insurance; names the member number and dates, no medical word; customer mail quoted")
def kv_kuendigung_versicherungspflicht():
    body = text("""
        Guten Tag Herr Wollny,

        Ihre Kündigung ist angekommen, vielen Dank. Damit wir Ihren Vertrag
        7031 377 045 (Krankheitskosten- und Pflegepflichtversicherung) zum
        01.03.2026 beenden können, fehlt uns noch ein Nachweis:

        Bitte schicken Sie uns die Mitgliedsbescheinigung Ihrer gesetzlichen
        Krankenkasse (z. B. der AOK oder Techniker), aus der der Beginn der
        Versicherungspflicht hervorgeht. Nach § 205 Abs. 2 VVG haben Sie dafür
        bis zu zwei Monate nach Eintritt der Versicherungspflicht Zeit. Kommt
        der Nachweis später, endet der Vertrag erst zum Ende des Monats, in
        dem er uns erreicht.

        Die Beiträge für März haben wir vorsorglich nicht eingezogen.

        Ihre Alterungsrückstellung kann bei einem Wechsel in die gesetzliche
        Krankenversicherung leider nicht mitgenommen werden. Wenn Sie sich
        die Möglichkeit offen halten wollen, später zurückzukehren, können
        wir Ihnen eine Anwartschaftsversicherung anbieten (ab 18,90 EUR
        monatlich).

        @@SIG:yildirim@@

        -----Ursprüngliche Nachricht-----
        Von: Hendrik Wollny <h.wollny@freemail.example>
        Gesendet: Freitag, 27. Februar 2026 21:14
        An: mitgliederservice@ahornfeld.example
        Betreff: Kündigung

        Hallo,
        ich habe zum 1.3. eine neue Stelle als Angestellter und bin damit
        wieder pflichtversichert. Hiermit kündige ich meine private
        Versicherung bei Ihnen zum 28.02.2026. Bitte bestätigen.
        Hendrik Wollny, Sedanstr. 40, 30161 Hannover
        """)
    return message("yildirim", "Hendrik Wollny <h.wollny@freemail.example>",
                   "AW: Kündigung", "2026-03-02 09:31", body,
                   in_reply_to="<20260227201455.77A1@freemail.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "tariff change offer under §204 VVG for member Silke Brandhorst with premium comparison XLSX; mentions existing surcharge for a herniated disc and a health check for extra benefits")
def kv_tarifwechsel_brandhorst():
    xlsx = xlsx_bytes([("Vergleich", [
        ["Tarifwechsel nach § 204 VVG – Silke Brandhorst, Mitgliedsnr. 7031 204 661", "", "", ""],
        ["", "heute: AF-Komfort 300", "Variante A: AF-Komfort 1200", "Variante B: AF-Basis Plus"],
        ["Selbstbehalt je Kalenderjahr (EUR)", 300, 1200, 600],
        ["Monatsbeitrag ab 01.04.2026 (EUR)", 724.18, 541.60, 498.33],
        ["Ersparnis pro Jahr (EUR)", "", 2190.96, 2710.20],
        ["Zahnersatz", "80 %", "80 %", "60 %"],
        ["Heilpraktiker", "bis 1.000 EUR", "bis 1.000 EUR", "nicht versichert"],
        ["Einbettzimmer", "ja (AS1)", "ja (AS1)", "Mehrbettzimmer"],
        ["Gesundheitsprüfung nötig", "-", "nein (Minderleistung)", "nein"],
        ["Risikozuschlag 12 % Bandscheibe (seit 2017)", "ja", "bleibt", "bleibt"],
    ])], creator="Tobias Lindqvist")
    body = text("""
        Sehr geehrte Frau Brandhorst,

        Sie hatten nach der Beitragsanpassung um eine Beratung zum Tarifwechsel
        gebeten. In der Anlage finden Sie zwei Varianten im Vergleich zu Ihrem
        heutigen Tarif.

        Bei beiden Varianten wechseln Sie unter Anrechnung Ihrer
        Alterungsrückstellung, eine neue Gesundheitsprüfung ist nicht nötig,
        weil die Leistungen nicht höher sind als heute. Der Risikozuschlag,
        den wir 2017 wegen des Bandscheibenvorfalls (L4/L5) vereinbart hatten,
        wird in den neuen Tarif übernommen. Wenn Sie möchten, prüfen wir gern,
        ob er entfallen kann – dafür bräuchten wir einen aktuellen Befund Ihres
        Orthopäden, dass Sie seit mindestens drei Jahren beschwerdefrei sind.

        Ein Wechsel ist zum 1. eines jeden Monats möglich, frühestens zum
        01.05.2026.

        @@SIG:lindqvist@@
        """)
    return message("lindqvist", "Silke Brandhorst <silke.brandhorst@leinepost.example>",
                   "Ihr Tarifwechsel – zwei Varianten zum Vergleich", "2026-03-20 12:10",
                   mixed(body, attach(xlsx, "Tarifvergleich_Brandhorst.xlsx")))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print order for 48,300 premium adjustment letters (volumes, dates, SFTP transfer); no personal data in the mail")
def druckauftrag_bap():
    body = text("""
        Sehr geehrter Herr Vahldiek,

        wie im Jour fixe angekündigt, kommt hier der Auftrag für den
        Druck und Versand der Beitragsanpassungsschreiben zum 01.04.2026:

          Auflage:        48.300 Sendungen (Vorjahr 44.950)
          Umfang:         4 bis 14 Seiten Duplex, plus Beiblatt B-2026
                          (4 Seiten, einheitlich für alle Sendungen)
          Kuvertierung:   DIN lang mit Fenster, Frankierung Infopost ist
                          NICHT zulässig – bitte Einzelbriefe (Dialogpost
                          geht wegen Vertragsbezug nicht)
          Datenlieferung: 16.02.2026 bis 12:00 Uhr per SFTP auf
                          sftp.druckhaus-leinetal.example, Verzeichnis /ahornfeld/bap26
                          (AFP-Druckdatenstrom, verschlüsselt mit Ihrem PGP-Schlüssel
                          Fingerprint 7A41 90C2 …, wie 2025)
          Postauflieferung: spätestens 24.02.2026

        Eine Freigabe der Musterdrucke (je 5 Exemplare der 12 Briefvarianten)
        brauchen wir bis 18.02.; die Muster bitte nur mit den Testdatensätzen
        aus der Datei BAP26_TEST.afp erzeugen.

        Nach Versand bitte wieder die Vernichtungsbestätigung für Fehldrucke
        und das Protokoll der Auflieferung.

        Bestellnummer: 4500188214

        @@SIG:gieseking@@
        """)
    return message("gieseking", "Markus Vahldiek <m.vahldiek@druckhaus-leinetal.example>",
                   "Auftrag Druck BAP 2026 – Bestellnr. 4500188214", "2026-02-05 10:22",
                   body, cc="lindqvist")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "approval of hearing aids for member Rüdiger Samtleben (cost estimate, bilateral hearing loss, amount covered, supplier)")
def kv_hoergeraete_samtleben():
    body = alt_auto("""
        Sehr geehrter Herr Samtleben,

        der Kostenvoranschlag von Hörakustik Lammers vom 11.02.2026 für zwei
        Hörgeräte (Modell Lumio 7 R, beidseitig) liegt uns vor, ebenso die
        Verordnung Ihres HNO-Arztes Dr. Kapp mit dem Tonaudiogramm
        (Schallempfindungsschwerhörigkeit beidseits, H90.3).

        Ihr Tarif AF-Komfort 600 sieht für Hörgeräte eine Erstattung von
        80 % vor, höchstens 1.500 EUR je Ohr alle fünf Jahre. Das bedeutet
        für den Kostenvoranschlag:

          Gesamtbetrag laut Kostenvoranschlag     4.380,00 EUR
          davon erstattungsfähig (2 x 1.500 EUR)  3.000,00 EUR
          Ihr Eigenanteil                         1.380,00 EUR

        Batterien und Reinigungsmittel sind nicht versichert. Die letzte
        Hörgeräteversorgung war 2019, die Fünfjahresfrist ist also
        abgelaufen.

        Bitte reichen Sie nach der Anpassung die Rechnung mit dem
        Anpassbericht ein.

        @@SIG:nowak@@
        """)
    return message("nowak", "ruediger.samtleben@t-net.example",
                   "Ihr Kostenvoranschlag Hörgeräte", "2026-02-17 10:45", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "attachment-only: XLSX list of health members in premium arrears (names, member numbers, arrears, suspension of benefits, emergency tariff); no medical word")
def kv_rueckstand_liste():
    rows = [["Mitgliedsnr.", "Name", "Vorname", "PLZ", "Rückstand EUR", "Monate", "Mahnstufe",
             "Ruhen ab", "Notlagentarif ab", "Bearbeiter"]]
    data = [
        ("7031 004 221", "Kaczmarek", "Jörg", "31137", 2214.60, 4, 2, "", "", "MY"),
        ("7031 018 930", "Hüttemann", "Sibylle", "38100", 3890.12, 6, 3, "01.02.2026", "", "MY"),
        ("7031 052 118", "Ekinci", "Burak", "30449", 1622.00, 3, 1, "", "", "TL"),
        ("7031 097 463", "Lüdeking", "Frauke", "31785", 7411.75, 11, 3, "01.09.2025", "01.12.2025", "MY"),
        ("7031 144 870", "Remmers", "Arne", "26603", 2980.40, 5, 2, "", "", "TL"),
        ("7031 201 005", "Osterloh-Bähr", "Claudia", "31061", 5102.18, 8, 3, "01.11.2025", "01.02.2026", "MY"),
        ("7031 233 516", "Grabowski", "Piotr", "31134", 1310.95, 3, 1, "", "", "TL"),
    ]
    rows += [list(r) for r in data]
    xlsx = xlsx_bytes([("Rückstände 02-2026", rows)], creator="Merve Yildirim")
    body = text("""
        Hallo Tobias,

        anbei die aktuelle Liste für die Fallbesprechung am Donnerstag. Bei
        Hüttemann und Osterloh-Bähr würde ich gern noch mal telefonisch
        nachfassen, bevor wir in den Notlagentarif umstellen – Frau
        Osterloh-Bähr hat angedeutet, dass sie Bürgergeld beantragt hat, dann
        wäre eine Hilfebedürftigkeitsbescheinigung möglich.

        Lüdeking: Der Rückstand wächst weiter, Post kommt zurück. Adressermittlung
        ist beauftragt.

        Gruß
        Merve
        """)
    return message("yildirim", "lindqvist", "Rückstandsliste Februar",
                   "2026-02-24 17:02", mixed(body, attach(xlsx, "Rueckstaende_2026-02.xlsx")))


@mail("NORMAL", "de", "internal",
      "trap: DOCX template for tariff change answers with «placeholders» only, no real member")
def vorlage_tarifwechsel():
    docx = docx_bytes([
        "#Vorlage TW-04 – Antwort auf Tarifwechselanfrage (§ 204 VVG)",
        "Stand 03/2026 – freigegeben durch Recht (RA Ohm) und Tarif & Beitrag",
        "«Anrede» «Titel» «Nachname»,",
        "vielen Dank für Ihre Anfrage vom «Eingangsdatum». Gern zeigen wir Ihnen, welche Tarife Ihnen "
        "bei einem Wechsel innerhalb der Ahornfeld Krankenversicherung offenstehen.",
        "In der Anlage finden Sie «Anzahl_Varianten» Varianten im Vergleich zu Ihrem heutigen Tarif «Tarif_alt».",
        "[Baustein A – nur wenn Mehrleistung:] Für die zusätzlichen Leistungen ist eine "
        "Gesundheitsprüfung erforderlich. Alternativ können Sie die Mehrleistung ausschließen.",
        "[Baustein B – nur wenn Risikozuschlag vorhanden:] Ein bestehender Risikozuschlag wird "
        "übernommen. Auf Wunsch prüfen wir, ob er entfallen kann.",
        "Ein Wechsel ist zum Ersten eines jeden Monats möglich.",
        "«Signatur_Sachbearbeitung»",
        "Hinweise für die Sachbearbeitung:",
        [["Feld", "Quelle", "Pflicht"],
         ["«Tarif_alt»", "Bestandssystem KV-Vertrag, aktueller Haupttarif", "ja"],
         ["«Anzahl_Varianten»", "manuell, max. 3", "ja"],
         ["«Eingangsdatum»", "Posteingang/DMS", "ja"]],
        "Keine Diagnosen in den Brieftext schreiben; Begründung eines Risikozuschlags nur mit "
        "Verweis auf den Versicherungsschein.",
    ], creator="Tobias Lindqvist", title="Vorlage TW-04")
    body = text("""
        Moin,

        die überarbeitete Vorlage TW-04 ist jetzt freigegeben und liegt ab
        morgen auch im Vorlagenordner im DMS. Neu sind die Bausteine A und B,
        damit wir nicht mehr jeden Brief frei formulieren müssen. Bitte ab
        sofort nur noch diese Fassung verwenden.

        @@SIG:lindqvist@@
        """)
    return message("lindqvist", "team-beitrag-vertrag@ahornfeld.example",
                   "Neue Vorlage TW-04 Tarifwechsel", "2026-03-12 08:20",
                   mixed(body, attach(docx, "Vorlage_TW-04_Tarifwechsel.docx")))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "guarantee of payment for expat member Jana Wiesenthal, admitted with dengue fever to a Bangkok hospital; passport and date of birth")
def en_gop_bangkok():
    body = text("""
        Dear Khun Siriporn,

        Further to your request of this morning (your ref. CPIH-IPD-26-1187),
        please accept this e-mail as our guarantee of payment:

          Patient:        Ms Jana WIESENTHAL
          Date of birth:  08 May 1990
          Passport:       C4F7XK21R (Germany)
          Member no.:     AGH-7031-883201, plan Expat Silver (Asia)
          Admission:      12 April 2026, via ER
          Diagnosis:      Dengue fever with warning signs (A97.1)
          Guarantee:      up to THB 450,000 for inpatient treatment, ward
                          category single room, valid until 19 April 2026

        Excluded: personal items, telephone, companion bed. Please send the
        interim bill on day 4 and the final itemised invoice with the
        discharge summary to claims@ahornfeld.example, quoting AGH-GOP-26-0388.

        Our medical team (Meridian Assist) will call the treating physician
        tomorrow for an update.

        @@SIGEN:dunmore@@
        """)
    return message("dunmore", "IPD Insurance Desk <insurance@cpih.example>",
                   "Guarantee of payment - WIESENTHAL Jana - your ref CPIH-IPD-26-1187",
                   "2026-04-12 06:18", body, cc="ops@meridian-assist.example")


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English summary for a member living in the Netherlands, quoting the German premium adjustment letter with his tariffs and new premium; no medical word")
def mixed_bap_niederlande():
    body = text("""
        Dear Mr Vermeulen,

        As promised on the phone, here is a short English summary of the
        letter you received in February. The German original is quoted below.

        - Your premium for tariff AF-Komfort 1200 goes up from EUR 402.16 to
          EUR 437.90 per month from 1 April 2026.
        - Your long-term care tariff (PVN) does not change.
        - You may cancel the affected tariff within two months after receiving
          the letter, but as you live in the Netherlands and are covered by our
          policy under the German rules for cross-border workers, please talk
          to us before doing so.

        @@SIGEN:yildirim@@

        --- original letter (excerpt) ---
        > Sehr geehrter Herr Vermeulen,
        >
        > zum 01.04.2026 passen wir die Beiträge in einigen Tarifen an. Für
        > Ihren Versicherungsschein 7031 512 380 ergibt sich:
        >
        >   AF-Komfort 1200   bisher 402,16 EUR   neu 437,90 EUR
        >   PVN               bisher  58,20 EUR   neu  58,20 EUR
        >
        > Die maßgeblichen Rechnungsgrundlagen und den auslösenden Faktor
        > entnehmen Sie bitte dem beiliegenden Beiblatt.
        """)
    return message("yildirim", "Pieter Vermeulen <p.vermeulen@grensmail.example>",
                   "Your premium letter – English summary", "2026-03-05 14:40", body,
                   lang="en")


@mail("NORMAL", "en", "internal",
      "trap: job advert for a medical claims assessor (registered nurse) for the international team; no applicant named")
def en_jobad_assessor():
    htm = html("""
        <html><body style="font-family:Calibri,Arial,sans-serif">
        <p>Hi everyone,</p>
        <p>please share the ad below in your networks &ndash; we pay the usual referral bonus
        of EUR 1,500 if someone you recommend is hired.</p>
        <hr>
        <h2>Medical Claims Assessor (m/f/d) &ndash; International Health</h2>
        <p><b>Hildesheim or remote within Germany &middot; full time or 30+ hours</b></p>
        <p>Our international team looks after 14,000 members in 60 countries. You assess
        inpatient and outpatient claims, issue guarantees of payment to hospitals and work
        closely with our medical advisers and our assistance partner.</p>
        <table cellpadding="4" border="0">
        <tr><td valign="top"><b>You bring</b></td><td>a qualification as registered nurse or
        medical assistant, ideally with ICD-10 and DRG experience; fluent English, German is
        a plus; calm on the phone when a hospital in another time zone needs an answer.</td></tr>
        <tr><td valign="top"><b>We offer</b></td><td>salary band T6/T7 of the insurance collective agreement,
        30 days of leave, company health insurance, a 24/7 rota paid as overtime.</td></tr>
        <tr><td valign="top"><b>Apply</b></td><td>by 15 May 2026 at
        <a href="https://karriere.ahornfeld.example/jobs/2026-041">karriere.ahornfeld.example/jobs/2026-041</a></td></tr>
        </table>
        <p>Thanks!<br>Petra</p>
        </body></html>
        """)
    return message("wichmann", "alle-mitarbeitenden@ahornfeld.example",
                   "Job ad: Medical Claims Assessor (International Health) – please share",
                   "2026-04-20 09:00", htm)

# ---------------------------------------------------------------------------
# batch 2
# ---------------------------------------------------------------------------


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: transfer of the no-claims class from father to daughter Lea Kampmann with her birth date, licence date, plate and VIN")
def kfz_sf_uebertragung():
    body = text("""
        Hallo Herr Kampmann, hallo Frau Kampmann,

        die Übertragungserklärung ist vollständig unterschrieben zurückgekommen,
        danke! Damit übernehmen wir den Schadenfreiheitsrabatt aus dem Vertrag
        von Herrn Uwe Kampmann (KH-Vertrag 44-218 775-K, SF 14) für den neuen
        Vertrag von Frau Lea Kampmann:

          Versicherungsnehmerin:  Lea Kampmann, geb. 23.06.2003
          Führerschein Klasse B seit 12.08.2021
          Fahrzeug:               VW Polo 1.0 TSI, HI-LK 482
          FIN:                    WVWZZZAWZMU084117
          Beginn:                 01.03.2026
          Einstufung:             SF 4 (Haftpflicht) / SF 4 (Vollkasko)
                                  – angerechnet werden die schadenfreien Jahre
                                  seit Erteilung ihrer Fahrerlaubnis

        Herr Kampmann, Ihr Vertrag läuft ab 01.03.2026 ohne Rabatt weiter,
        falls Sie das Fahrzeug behalten wollen, bzw. endet mit dem Verkauf.
        Bitte geben Sie mir kurz Bescheid.

        Den neuen Versicherungsschein erhält Frau Kampmann in den nächsten
        Tagen per Post.

        @@SIG:sander@@
        """)
    return message("sander", ["uwe.kampmann@kabelmail.example", "lea.kampmann@inbox.example"],
                   "Übertragung SF-Rabatt – Vertrag 44-218 775-K", "2026-02-20 11:03", body)


IBAN_YILMAZ = iban("DE", "250501800912004466")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household claim: stolen e-bike of Deniz Yılmaz, police file number, payout to his IBAN; no health data")
def hausrat_fahrraddiebstahl():
    body = alt_auto("""
        Sehr geehrter Herr Yılmaz,

        Ihren Schaden vom 07.01.2026 (Diebstahl Ihres E-Bikes aus dem
        Fahrradkeller Lindenstraße 22, Hildesheim) haben wir geprüft.
        Die Ermittlungsakte der Polizei (Vorgang 0604-2026-00131) haben wir
        erhalten, das Verfahren wurde eingestellt.

        Entschädigung nach Ihrem Hausratvertrag HR-3319 2207, Klausel
        Fahrraddiebstahl 1 %% der Versicherungssumme (max. 3.000 EUR):

          Neuwert laut Rechnung (Kauf 05/2024)     3.499,00 EUR
          Entschädigungsgrenze                     3.000,00 EUR
          abzgl. Selbstbeteiligung                  -150,00 EUR
          Auszahlung                               2.850,00 EUR

        Den Betrag überweisen wir auf Ihr Konto %s
        (Sparkasse Hannover). Sollte das Rad wieder auftauchen, melden Sie
        sich bitte bei uns.

        @@SIG:ostermeyer@@
        """ % IBAN_YILMAZ)
    return message("ostermeyer", "Deniz Yılmaz <deniz.yilmaz@webfach.example>",
                   "Ihr Schaden S-2026-0003417 – Entschädigung", "2026-01-29 15:16", body)


@mail("CONFIDENTIAL", "de", "broker",
      "only in the attached message/rfc822: broker's motor application with client Sven Ahlers' birth date, licence date, address, previous insurer and SF class")
def makler_kfz_antrag_weiterleitung():
    inner_body = text("""
        Moin Herr Hoppenstedt,

        bitte einen Kfz-Antrag für meinen Kunden einrichten und die eVB an mich:

        Sven Ahlers, Kirchstraße 7, 31171 Nordstemmen
        geb. 30.10.1987, Führerschein seit 1.12.2005
        Fahrzeug: Skoda Octavia Combi 2.0 TDI, EZ 04/2022, HSN 8004 TSN BTK
        Vorversicherer: Leine-Assekuranz, SF 18 Haftpflicht / SF 16 VK,
        schadenfrei, Vertrag dort zum 31.12.25 gekündigt
        Jahresfahrleistung 15.000 km, Garage ja, nur Fahrer VN + Ehefrau
        (Maren Ahlers, geb. 11.02.1989)
        Tarif Komfort, VK 500 / TK 150, monatliche Zahlung

        Danke und Gruß
        Hartmut Gläser
        Versicherungsmakler e.K. · Marktstraße 3 · 31167 Bockenem
        """, cte="8bit")
    inner = inner_message("Hartmut Gläser <info@glaeser-makler.example>",
                          "maklerservice@ahornfeld.example", "Neuantrag Kfz Ahlers",
                          "2026-01-14 18:22", inner_body,
                          mid="<a81c2e0f-1b7d-4b1e-9a55-glaeser@glaeser-makler.example>",
                          ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.5.2")
    body = text("""
        Hi Kai-Uwe,

        kannst du das bitte anlegen? Gläser braucht die eVB bis morgen, der
        Kunde holt den Wagen am Freitag ab.

        Danke, Jens
        """)
    return message("hoppenstedt", "sander", "WG: Neuantrag Kfz Ahlers",
                   "2026-01-15 08:04", mixed(body, attach_eml(inner), style="outlook"),
                   ua="Microsoft Outlook 16.0")


IBAN_GLAESER = iban("DE", "259501300020118843")


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement for sole-trader broker Hartmut Gläser: his IBAN and tax number, CSV with his clients' names and property/motor contract numbers")
def courtage_glaeser():
    rows = [["Vertrag", "Sparte", "Kunde", "Beitrag netto", "Satz %", "Courtage EUR", "Art"],
            ["44-218 901-K", "Kfz", "Ahlers, Sven", "612,40", "8,00", "48,99", "Abschluss"],
            ["HR-3321 0456", "Hausrat", "Brüning, Helga", "143,80", "15,00", "21,57", "Bestand"],
            ["WG-5510 2278", "Wohngebäude", "Brüning, Helga", "988,00", "12,50", "123,50", "Bestand"],
            ["PH-2207 3390", "Privathaftpflicht", "Trittau, Jens", "74,90", "20,00", "14,98", "Bestand"],
            ["44-217 552-K", "Kfz", "Kessler GbR", "1.402,00", "8,00", "112,16", "Bestand"],
            ["RS-8802 1145", "Rechtsschutz", "Winkelmann, Ute", "312,00", "15,00", "46,80", "Bestand"],
            ["", "", "", "", "Summe", "368,00", ""]]
    body = text("""
        Sehr geehrter Herr Gläser,

        anbei die Courtageabrechnung Komposit für Januar 2026
        (Abrechnungsnr. CA-2026-01-00487). Der Betrag von 368,00 EUR zzgl.
        0,00 EUR USt (Versicherungsvermittlung, § 4 Nr. 11 UStG) wird am
        10.02.2026 auf Ihr Konto überwiesen:

          Kontoinhaber: Hartmut Gläser e.K.
          IBAN: %s
          Steuernummer: 30/145/21876

        Bitte prüfen Sie die Angaben – die neue Bankverbindung aus Ihrem
        Schreiben vom 20.01. ist bereits berücksichtigt.

        @@SIG:hoppenstedt@@
        """ % IBAN_GLAESER)
    return message("hoppenstedt", "Hartmut Gläser <info@glaeser-makler.example>",
                   "Courtageabrechnung 01/2026", "2026-02-03 13:50",
                   mixed(body, attach_csv(rows, "Courtage_2026-01_Glaeser.csv", charset="windows-1252",
                                          ctype="application/vnd.ms-excel")))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to an orthopaedic surgeon for a medical report on member Jannik Siemers (cruciate ligament surgery, outpatient rehab), with release from confidentiality")
def kv_befundanfrage_thormaehlen():
    body = text("""
        Sehr geehrte Frau Dr. Thormählen,

        Ihr Patient Herr Jannik Siemers, geb. 17.04.1996, ist bei uns
        krankheitskostenversichert (Mitgliedsnr. 7031 640 229). Er hat die
        Kostenübernahme für eine ambulante Rehabilitation (15 Tage, Therapiezentrum
        Innerste) nach der vorderen Kreuzbandplastik rechts vom 03.02.2026
        beantragt.

        Damit wir über den Antrag entscheiden können, bitten wir Sie um einen
        kurzen Bericht:

        1. OP-Bericht bzw. Entlassbrief der Klinik
        2. aktueller Befund (Beweglichkeit, Schwellung, Belastbarkeit)
        3. Warum reicht aus Ihrer Sicht Physiotherapie allein nicht aus?

        Eine Schweigepflichtentbindung von Herrn Siemers vom 10.02.2026 liegt
        uns vor; eine Kopie sende ich Ihnen gern per Fax. Für den Bericht
        erstatten wir nach GOÄ Nr. 75 (Ausführlicher schriftlicher
        Krankheits- und Befundbericht).

        Antwort gern an leistung@ahornfeld.example oder per Fax an
        05121 4807-2209.

        @@SIG:abendroth@@
        """)
    return message("abendroth", "Praxis Dr. Thormählen <praxis@praxis-thormaehlen.example>",
                   "Befundanforderung – Ihr Patient Jannik Siemers", "2026-02-12 10:30", body)


@mail("NORMAL", "de", "internal",
      "trap: team meeting minutes of the health claims team (backlog, holiday plan, GOÄ training, app outage); colleagues named only organisationally")
def protokoll_teamrunde():
    body = text("""
        Protokoll Teamrunde Leistungsservice Kranken, 10.03.2026, 9:00–9:45
        Teilnehmende: Henrik Pahl (Leitung), Sabine Krützfeldt, Jonas Abendroth,
        Katarina Nowak, Oliver Brenneke, Merve Yıldırım (Gast)

        1. Rückstände
           - Belegeingang ambulant: 2.310 offene Vorgänge (Ziel < 1.500),
             älteste vom 19.02.
           - Kostenvoranschläge Zahn: 184 offen, Beratungsärztin hat ab KW 12
             zwei zusätzliche Prüftage.
           - Krankenhaus: keine Rückstände.

        2. Belege-App
           - Hotfix 4.8.2 seit Freitag im Store, Anrufe gehen zurück.
           - Bitte Mitglieder mit hängenden Uploads nicht auf Papier
             umleiten, sondern erneut hochladen lassen.

        3. Urlaub Ostern
           - Jonas 30.03.–10.04., Katarina 07.04.–10.04.
           - Vertretung Hilfsmittel: Sabine.

        4. Schulung GOÄ-Novelle
           - Termin 24.03., 13:00, Raum Innerste (Einladung kommt).

        5. Verschiedenes
           - Kaffeemaschine 2. OG ist repariert.
           - Nächste Runde 24.03. direkt vor der Schulung.

        Protokoll: Jonas
        """)
    return message("abendroth", "team-leistung-kranken@ahornfeld.example",
                   "Protokoll Teamrunde 10.03.", "2026-03-10 11:12", body)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: negotiation of flat rates for wheelchairs, rollators and care beds with a medical supply store; price list only, no patient")
def sanitaetshaus_pauschalen():
    xlsx = xlsx_bytes([("Pauschalen 2026", [
        ["Hilfsmittelgruppe", "Produkt", "Pauschale bisher EUR", "Angebot Vogelsang EUR", "Ahornfeld Ziel EUR", "Laufzeit"],
        ["18", "Standardrollstuhl (Faltrollstuhl)", 395, 430, 410, "5 Jahre"],
        ["18", "Leichtgewichtrollstuhl", 790, 860, 820, "5 Jahre"],
        ["10", "Rollator Standard", 89, 99, 92, "Kauf"],
        ["19", "Pflegebett elektrisch inkl. Lieferung/Montage", 1150, 1290, 1190, "Leihe, monatl. 38 EUR"],
        ["19", "Antidekubitus-Auflage Stufe 2", 210, 245, 225, "Kauf"],
        ["", "Reparaturpauschale je Einsatz", 65, 75, 68, ""],
    ])], creator="Katarina Nowak")
    body = text("""
        Sehr geehrter Herr Vogelsang,

        vielen Dank für Ihr Angebot vom 26.01. zur Verlängerung des
        Versorgungsvertrags. In der Anlage habe ich unsere Zielpreise neben
        Ihre Angebotspreise gestellt. Bei Rollstühlen und Pflegebetten liegen
        wir noch recht weit auseinander; dafür könnten wir Ihnen die
        Versorgung im gesamten Raum Hildesheim/Peine exklusiv anbieten
        (2025 waren das bei uns rund 310 Versorgungen).

        Wichtig ist uns weiterhin die Lieferzeit von höchstens 3 Werktagen
        bei Entlassung aus dem Krankenhaus und die Rücknahme/Aufbereitung
        von Leihgeräten.

        Können wir am 17.02. um 10 Uhr telefonieren?

        @@SIG:nowak@@
        """)
    return message("nowak", "Thomas Vogelsang <t.vogelsang@sanitaetshaus-vogelsang.example>",
                   "Versorgungsvertrag 2026 – unsere Zielpreise", "2026-02-09 16:05",
                   mixed(body, attach(xlsx, "Ahornfeld_Pauschalen_2026_Gegenvorschlag.xlsx")),
                   cc="gieseking")


IBAN_OKAFOR = iban("DE", "260500010112358477")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "returned direct debit for the student health plan of Chidinma Okafor: health contract, amount, her IBAN; no medical word")
def en_student_ruecklastschrift():
    body = text("""
        Dear Ms Okafor,

        Unfortunately your bank returned our direct debit of EUR 134.20 for
        your Ahornfeld Student Care plan (member no. 7031 905 512) for March
        2026. The reason given by Sparkasse Göttingen was "insufficient funds"
        (AM04). The bank charged us a fee of EUR 3.00, which we have to pass on.

        Account debited: %s

        Please transfer EUR 137.20 by 27 March 2026 to our account at
        Nordbank Hildesheim, IBAN %s, reference 7031905512-0326 -
        or let us know if we should simply try the direct debit again on
        1 April together with the April premium.

        Please note: if premiums remain unpaid for more than two months, we
        are required by law to send formal reminders, and your cover could be
        reduced to emergency treatment only. Your residence permit requires
        continuous health cover, so please get in touch if you have any
        difficulties - we can agree on instalments.

        @@SIGEN:yildirim@@
        """ % (IBAN_OKAFOR, iban("DE", "259400000300418822")))
    return message("yildirim", "Chidinma Okafor <c.okafor@stud.uni-goettingen.example>",
                   "Returned direct debit - Student Care plan 7031 905 512",
                   "2026-03-13 11:20", body, lang="en")


IBAN_HARGREAVES = iban("DE", "700202700015667290")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor claim of expat Oliver Hargreaves (parking damage, nobody hurt): plate, claim number, payout to his IBAN")
def en_motor_parking():
    body = text("""
        Dear Mr Hargreaves,

        Thank you for the photos and the repair invoice from Autohaus Hesse.
        We have settled your claim S-2026-0011842 under your fully
        comprehensive cover (policy 44-229 310-K, vehicle H-OH 1207):

          Repair invoice (rear bumper, parking sensor) .... EUR 2,184.37
          less deductible .................................. EUR  -300.00
          payment to you .................................. EUR 1,884.37

        The amount will be credited to %s within three
        working days. As the other driver could not be identified and nobody
        was hurt, the claim will be recorded without effect on your no-claims
        class (our "Rabattschutz" option applies).

        @@SIGEN:sander@@
        """ % IBAN_HARGREAVES)
    return message("sander", "Oliver Hargreaves <oliver.hargreaves@mailhub.example>",
                   "Your claim S-2026-0011842 - settlement", "2026-04-02 09:45", body, lang="en")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: reinsurance renewal of the health quota share with loss ratios by age band and tariff group; aggregates, no person")
def en_reinsurance_renewal():
    htm = html("""
        <html><body style="font-family:Arial;font-size:10pt">
        <p>Dear Lars,</p>
        <p>as discussed in Hamburg, please find below our renewal figures for the 2027 quota share
        on the international health portfolio (Expat and Student Care). The full bordereau
        follows through the data room; the figures below are on underwriting-year basis, EUR thousands.</p>
        <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
        <tr style="background:#dde"><th>Age band</th><th>Members</th><th>Earned premium</th><th>Incurred claims</th><th>Loss ratio</th></tr>
        <tr><td>0&ndash;17</td><td align="right">1,920</td><td align="right">2,310</td><td align="right">1,447</td><td align="right">62.6%</td></tr>
        <tr><td>18&ndash;29</td><td align="right">5,880</td><td align="right">6,940</td><td align="right">4,318</td><td align="right">62.2%</td></tr>
        <tr><td>30&ndash;44</td><td align="right">4,110</td><td align="right">9,870</td><td align="right">7,402</td><td align="right">75.0%</td></tr>
        <tr><td>45&ndash;59</td><td align="right">1,640</td><td align="right">6,120</td><td align="right">4,955</td><td align="right">81.0%</td></tr>
        <tr><td>60+</td><td align="right">450</td><td align="right">2,880</td><td align="right">2,706</td><td align="right">94.0%</td></tr>
        <tr><td><b>Total</b></td><td align="right"><b>14,000</b></td><td align="right"><b>28,120</b></td><td align="right"><b>20,828</b></td><td align="right"><b>74.1%</b></td></tr>
        </table>
        <p>Large losses above EUR 150k: 11 in 2025 (7 oncology, 2 neonatal intensive care, 2 cardiac),
        none above EUR 1m. We propose to keep the cession at 40% with the sliding-scale commission
        unchanged, and to add the new Asia plans from 1 January 2027.</p>
        <p>Kind regards,<br>Till Behrens<br>Actuarial Health, Ahornfeld Krankenversicherung a.G.</p>
        </body></html>
        """)
    return message("behrens", "Lars Eriksen <lars.eriksen@nordkap-re.example>",
                   "Renewal 2027 – health quota share, figures", "2026-05-06 14:02", htm,
                   cc="Claire Dunmore <claire.dunmore@ahornfeld.example>")


IBAN_DOERRIES = iban("DE", "251933310603447120")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "daily sickness allowance for self-employed carpenter Matthias Dörries: incapacity for work, meniscus tear S83.2, days paid, IBAN")
def kv_krankentagegeld_doerries():
    body = text("""
        Sehr geehrter Herr Dörries,

        vielen Dank für die Arbeitsunfähigkeitsbescheinigungen von Dr. Bahr.
        Sie sind seit dem 02.02.2026 arbeitsunfähig (Meniskusriss rechts,
        S83.2, Arthroskopie am 09.02.2026). Nach Ihrem Tarif KTG 43 zahlen
        wir das Krankentagegeld ab dem 43. Tag der Arbeitsunfähigkeit, also
        ab dem 16.03.2026.

        Abrechnung für den Zeitraum 16.03.2026 bis 31.03.2026:
          16 Tage x 95,00 EUR = 1.520,00 EUR

        Die Überweisung geht auf Ihr Konto %s.

        Für die weitere Zahlung brauchen wir jeweils spätestens alle 14 Tage
        eine Folgebescheinigung. Ab der 8. Woche ist es bei uns üblich, dass
        unser Beratungsarzt sich einen Bericht Ihres behandelnden Arztes
        ansieht; das kündigen wir Ihnen rechtzeitig an.

        Gute Besserung!

        @@SIG:kruetzfeldt@@
        """ % IBAN_DOERRIES)
    return message("kruetzfeldt", "Matthias Dörries <tischlerei.doerries@netzpost.example>",
                   "Krankentagegeld März – Mitgliedsnr. 7031 377 902", "2026-04-01 10:18", body)


@mail("NORMAL", "de", "internal",
      "trap: calendar invitation for a training on the new medical fee schedule (GOÄ) for claims staff; no person's data")
def schulung_goae_ics():
    ics = attach_ics("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E0080000000010A2C3D4E5F60718@ahornfeld.example
        DTSTAMP:20260311T081500Z
        DTSTART;TZID=W. Europe Standard Time:20260324T130000
        DTEND;TZID=W. Europe Standard Time:20260324T160000
        SUMMARY:Schulung GOÄ-Novelle – Auswirkungen auf die Leistungsprüfung
        LOCATION:Raum Innerste (3.12) / Teams
        ORGANIZER;CN=Henrik Pahl:mailto:henrik.pahl@ahornfeld.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Team Leistung Kranken:mailto:team-leistung-kranken@ahornfeld.example
        DESCRIPTION:Agenda: neue Leistungslegenden\\, Wegfall des Steigerungsfaktors\\,
         Übergangsregeln für Rechnungen mit Behandlungsbeginn vor Inkrafttreten\\,
         Analogbewertungen\\, Beispiele aus der Praxis (anonymisiert). Referent: Dr.
          Carsten Ebeling (Arbeitskreis PKV Nord).
        BEGIN:VALARM
        TRIGGER:-PT15M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """, "invite.ics")
    body = text("""
        Hallo zusammen,

        hier die Einladung zur GOÄ-Schulung. Dr. Ebeling bringt Beispielrechnungen
        mit, alles anonymisiert. Wer Fragen aus eigenen Fällen hat: bitte
        vorher ohne Namen und Mitgliedsnummer an mich.

        @@SIG:pahl@@
        """)
    return message("pahl", "team-leistung-kranken@ahornfeld.example",
                   "Einladung: Schulung GOÄ-Novelle – Auswirkungen auf die Leistungsprüfung",
                   "2026-03-11 09:15", mixed(body, ics, style="outlook"),
                   ua="Microsoft Outlook 16.0")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "attachment-only: CSV of employees enrolled in the company health insurance (bKV) of a joinery with names, birth dates and chosen health tariffs")
def bkv_anmeldeliste():
    rows = [["Personalnr", "Name", "Vorname", "Geburtsdatum", "Eintritt bKV", "Baustein", "Beitrag AG EUR"],
            ["0012", "Dörries", "Matthias", "1979-05-02", "2026-04-01", "bKV Zahn + Vorsorge", "24,90"],
            ["0017", "Kroll", "Anja", "1985-11-19", "2026-04-01", "bKV Zahn + Vorsorge", "24,90"],
            ["0021", "Meyerhoff", "Tim", "1998-03-07", "2026-04-01", "bKV Zahn + Vorsorge", "24,90"],
            ["0023", "Schaper", "Gökhan", "1991-08-25", "2026-04-01", "bKV Zahn + Vorsorge + Brille", "31,40"],
            ["0026", "Voigt", "Lennart", "2004-01-14", "2026-04-01", "bKV Zahn + Vorsorge", "24,90"],
            ["0027", "Lienemann", "Rita", "1968-12-30", "2026-04-01", "bKV Zahn + Vorsorge + Brille", "31,40"]]
    body = text("""
        Hallo Frau Dörries,

        danke für die Anmeldeliste! Ich habe sie so übernommen, wie Sie sie
        geschickt haben, und schicke sie Ihnen zur Kontrolle im Format unseres
        Bestandssystems zurück. Die Versicherungsbestätigungen für die
        Mitarbeitenden gehen ab 25.03. direkt an die Privatadressen.

        Wichtig: Auch bei Auszubildenden ist der Arbeitgeberbeitrag
        lohnsteuerpflichtiger Sachbezug, wie im Rahmenvertrag beschrieben.

        @@SIG:kowalczyk@@
        """)
    return message("kowalczyk", "Sandra Dörries <buero@tischlerei-doerries.example>",
                   "bKV Tischlerei Dörries – Ihre Anmeldeliste zur Kontrolle", "2026-03-18 14:55",
                   mixed(body, attach_csv(rows, "bKV_Anmeldung_Doerries_2026-04.csv")))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings claim (burst pipe) at the home of Ute and Bernd Klapproth: address, claim number, assessor appointment")
def wohngebaeude_leitungswasser():
    body = text("""
        Guten Tag Frau Klapproth,

        wie eben am Telefon besprochen: Herr Reinecke vom Sachverständigenbüro
        Reinecke kommt am Donnerstag, 22.01.2026, zwischen 8 und 10 Uhr zu
        Ihnen in die Schlesierstraße 14, 31188 Holle, und sieht sich den
        Wasserschaden im Hauswirtschaftsraum und im Flur an.

        Schadennummer: S-2026-0001288, Wohngebäudeversicherung WG-5509 8831
        (Versicherungsnehmer: Bernd und Ute Klapproth)

        Bis dahin:
        - Trocknungsgeräte laufen lassen, Stromzähler der Geräte vorher
          ablesen (Foto genügt),
        - die durchgebrochene Leitung bitte aufbewahren,
        - Rechnung des Installateurs (Notdienst Sonntag) können Sie schon
          per Mail schicken.

        Eine Abschlagszahlung ist möglich, sobald der Gutachter die Höhe
        grob eingeschätzt hat.

        @@SIG:ostermeyer@@
        """)
    return message("ostermeyer", "ute.klapproth@leinepost.example",
                   "Termin Sachverständiger – Ihr Wasserschaden", "2026-01-19 16:47", body,
                   cc="Sachverständigenbüro Reinecke <buero@sv-reinecke.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care: result of the care assessment for Elfriede Ohms (care level 3, dementia, mobility) in a PDF; body only names the assessment")
def pflege_pflegegrad_ohms():
    pdf = pdf_bytes([
        "#Ahornfeld Krankenversicherung a.G. – Private Pflegepflichtversicherung",
        "",
        "Bescheid über die Feststellung der Pflegebedürftigkeit",
        "",
        "Versicherte: Elfriede Ohms, geb. 03.02.1939, Mitgliedsnr. 7031 009 174",
        "Antrag vom 05.01.2026, Begutachtung am 03.02.2026 in der Häuslichkeit",
        "Gutachterin: Pflegegutachten Nord GmbH, Frau Jessen (Pflegefachkraft)",
        "",
        "#Ergebnis",
        "Gesamtpunktwert: 58,75 – Pflegegrad 3 ab 01.01.2026",
        "",
        "Modul 1 Mobilität: 6 Punkte (Treppensteigen nur mit Hilfe, Sturzneigung)",
        "Modul 2/3 kognitive Fähigkeiten / Verhalten: 12 Punkte (mittelgradige Demenz",
        "  vom Alzheimer-Typ, G30.1/F00.1, zeitliche Orientierung aufgehoben)",
        "Modul 4 Selbstversorgung: 18 Punkte",
        "Modul 5 krankheitsbedingte Anforderungen: 3 Punkte (Medikamentengabe 3x täglich)",
        "Modul 6 Alltagsleben: 9 Punkte",
        "",
        "#Leistungen ab 01.01.2026",
        "Pflegegeld bei häuslicher Pflege durch Angehörige: 599 EUR monatlich",
        "alternativ Pflegesachleistung bis 1.497 EUR monatlich, Entlastungsbetrag 131 EUR",
        "Empfehlung der Gutachterin: Hausnotruf, Haltegriffe im Bad (Wohnumfeld)",
        "",
        "Gegen diesen Bescheid können Sie innerhalb eines Monats Widerspruch einlegen.",
    ], title="Pflegebescheid Ohms")
    body = text("""
        Sehr geehrter Herr Ohms,

        als Bevollmächtigter Ihrer Mutter erhalten Sie anbei unseren Bescheid
        zum Gutachten vom 03.02.2026. Das Pflegegeld für Januar und Februar
        zahlen wir rückwirkend mit der nächsten Abrechnung.

        Für Hausnotruf und Haltegriffe schicke ich Ihnen gesondert die
        Antragsformulare.

        @@SIG:nowak@@
        """)
    return message("nowak", "Wilfried Ohms <w.ohms@kabelmail.example>",
                   "Bescheid Pflegebegutachtung", "2026-02-25 13:30",
                   mixed(body, attach(pdf, "Bescheid_Pflegegrad_7031009174.pdf")))


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: a prospect asks about dental supplementary cover; answer with general tariff information only, no contract or health data")
def interessent_zahnzusatz():
    body = text("""
        Hallo Frau Gerdes,

        danke für Ihr Interesse! Gern ein kurzer Überblick über unsere
        Zahnzusatztarife für gesetzlich Versicherte:

          AF-Zahn 70: 70 % für Zahnersatz inkl. Implantate, 100 % für
                      Prophylaxe bis 150 EUR im Jahr – ab 14,20 EUR/Monat
          AF-Zahn 90: 90 % für Zahnersatz, Inlays und Implantate, 100 %
                      Prophylaxe bis 200 EUR, Kieferorthopädie für Kinder
                      – ab 22,80 EUR/Monat

        Die Beiträge hängen vom Alter bei Vertragsbeginn ab. In den ersten
        vier Jahren sind die Leistungen für Zahnersatz begrenzt (Zahnstaffel).
        Im Antrag stellen wir drei Fragen zum Zahnstatus (z. B. fehlende
        Zähne); die beantworten Sie bitte erst im Antrag und nicht per Mail.

        Den Online-Rechner finden Sie unter
        https://www.ahornfeld.example/zahnzusatz – dort können Sie auch direkt
        abschließen.

        @@SIG:abendroth@@
        """)
    return message("abendroth", "Katja Gerdes <k.gerdes@freemail.example>",
                   "AW: Anfrage Zahnzusatzversicherung", "2026-01-22 10:02", body)


@mail("CONFIDENTIAL", "de", "internal",
      "HR: salary increase and new annual salary of employee Jonas Abendroth discussed between HR and his team lead")
def hr_gehaltsanpassung():
    body = text("""
        Hallo Henrik,

        die Höhergruppierung von Jonas Abendroth ist durch: ab 01.04.2026
        Tarifgruppe VI, Stufe 3 statt V/4. Das sind brutto 4.412 EUR statt
        4.068 EUR im Monat, Jahresgehalt inkl. Sonderzahlungen dann rund
        60.030 EUR. Die Zulage für die Koordination der Zahn-KV fällt dafür
        weg (bisher 150 EUR).

        Das Schreiben an ihn geht Ende der Woche raus, ich würde mich freuen,
        wenn du es ihm vorher persönlich sagst.

        @@SIG:wichmann@@
        """)
    return message("wichmann", "pahl", "[vertraulich] Höhergruppierung J. Abendroth",
                   "2026-03-17 12:44", body, importance="high")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "only in the quoted mail: member Karin Beuermann asks about acupuncture by a naturopath for migraine with aura; staff text and subject are harmless")
def kv_heilpraktiker_weiterleitung():
    body = text("""
        Liebe Frau Dr. Voss,

        könnten Sie bitte einmal auf die Anfrage unten schauen? Mir ist
        nicht klar, ob wir das zusagen können oder ob wir erst eine
        ärztliche Verordnung anfordern sollten.

        Danke!
        Jonas

        > Von: Karin Beuermann <karin.beuermann@webfach.example>
        > Gesendet: Montag, 16. Februar 2026 07:58
        > An: leistung@ahornfeld.example
        > Betreff: Anfrage
        >
        > Guten Morgen,
        > ich leide seit Jahren unter Migräne mit Aura, 3-4 Anfälle im Monat,
        > die Triptane vertrage ich nicht mehr gut. Mein Neurologe meinte,
        > Akupunktur könne helfen. Ich möchte zu Heilpraktikerin Frau Lohse in
        > Sarstedt gehen, 12 Sitzungen à 75 Euro. Übernehmen Sie das?
        > Mitgliedsnummer 7031 266 713.
        > Viele Grüße, Karin Beuermann
        """)
    return message("abendroth", "voss", "WG: Anfrage", "2026-02-16 11:26", body)


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "German reply to customer Frank Lührs quoting an English letter from a UK motor insurer about his accident in Dover (no injuries); plate, claim numbers")
def mixed_uk_unfall():
    body = text("""
        Hallo Herr Lührs,

        der britische Haftpflichtversicherer des Unfallgegners hat sich
        gemeldet (Schreiben unten). Kurz auf Deutsch: Er erkennt die Haftung
        zu 100 % an und zahlt die Reparatur Ihres Wohnmobils direkt an die
        Werkstatt, sobald er die Rechnung hat. Die Mietwagenkosten für die
        Rückreise übernimmt er ebenfalls. Da bei dem Unfall niemand verletzt
        wurde, ist damit alles geklärt.

        Bitte schicken Sie die Werkstattrechnung an mich, ich leite sie
        weiter. Ihr eigener Vertrag (44-230 118-K) wird nicht belastet.

        @@SIG:sander@@

        > From: Claims Team <motorclaims@albion-motor.example>
        > Sent: 24 March 2026 15:02
        > Subject: Your ref S-2026-0013377 / our ref AMI/26/55120
        >
        > Dear Sirs,
        > We refer to the collision on 12 March 2026 at the Eastern Docks,
        > Dover, between our policyholder's HGV and your insured's motorhome
        > (German registration HI-FL 66, driver Mr Frank Lührs).
        > Having reviewed the CCTV footage, we accept liability in full.
        > Please ask your insured to forward the repair invoice; we will
        > settle directly with the repairer. We also confirm the hire costs
        > of GBP 412.00 for the return journey. We understand no one was
        > injured.
        > Yours faithfully, Albion Motor Insurance, Claims Department
        """)
    return message("sander", "Frank Lührs <frank.luehrs@t-net.example>",
                   "Ihr Unfall in Dover – Antwort der Gegenseite", "2026-03-25 10:12", body)


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: answer to a journalist about average health premium increases, number of members and hardship options; no individual")
def en_press_answer():
    body = text("""
        Dear Ms Whitfield,

        Thank you for your questions for your piece on German private health
        insurance. Our answers, which you are welcome to quote:

        1. How many members are affected by the April increase?
           About 59 % of our 112,000 fully insured members; the average
           increase across all tariffs is 6.4 %.

        2. What drives it?
           Mainly hospital costs (+15 % per member in two years) and new,
           expensive medicines, especially in oncology. Low interest rates in
           past years also still play a role.

        3. What can older members do?
           They can switch to another of our tariffs without losing their
           ageing reserves (Section 204 of the Insurance Contract Act). Over
           2025, 3,140 members did so and saved EUR 96 a month on average.

        4. Do members in financial hardship lose cover?
           No. In the worst case they are moved to the statutory emergency
           tariff, which still covers acute illness, pain and pregnancy.

        Please let me know if you need a photo of our CEO or a German quote.

        @@SIGEN:feldhusen@@
        """)
    return message("feldhusen", "Hannah Whitfield <h.whitfield@eurohealth-review.example>",
                   "RE: Questions on German private health premiums", "2026-03-27 17:20", body,
                   in_reply_to="<DB9PR04MB8412.whitfield@eurohealth-review.example>")

# ---------------------------------------------------------------------------
# batch 3 (mostly English)
# ---------------------------------------------------------------------------

IBAN_MCCARTHY = iban("DE", "500105175419883021")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel cancellation because of redundancy for Aoife McCarthy: booking, employer's notice, refund to her IBAN; no health content")
def en_travel_cancellation_redundancy():
    body = text("""
        Dear Ms McCarthy,

        Thank you for sending your employer's letter. As your job was ended
        for operational reasons (notice dated 9 February 2026, issued by
        Lindholm Logistics GmbH) after you had booked the trip, this is an
        insured reason for cancellation under your travel policy RR-6620 4417.

        Booking:        Azores round trip, 4-18 April 2026, 2 travellers
        Tour operator:  Atlantica Reisen, booking no. ATL-26-90817
        Cancellation fee charged (40 %%) ......... EUR 1,318.40
        Excess (20 %% of the fee) ................ EUR  -263.68
        Refund ................................... EUR 1,054.72

        We will transfer the refund to %s. Your
        partner Mr Eoin Brady is co-insured under the same policy, so no
        separate claim is needed for his share.

        We are sorry about your job and wish you all the best for the search.

        @@SIGEN:feddersen@@
        """ % IBAN_MCCARTHY)
    return message("feddersen", "Aoife McCarthy <aoife.mccarthy@inbox.example>",
                   "Trip cancellation claim S-2026-0009930", "2026-02-26 12:06", body, lang="en")


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "motorcycle quote for a broker's client Callum Reid with his date of birth, postcode and licence history")
def en_broker_motorcycle_quote():
    body = text("""
        Hi Priya,

        Here's the quote for your client:

          Rider:            Callum Reid, DOB 02/11/1994
          Address:          30159 Hannover (Mitte)
          Licence:          A since 2016 (UK licence, exchanged in 2023)
          Bike:             Triumph Tiger 900 GT, first registered 05/2025
          Use:              seasonal plate April-October, garaged
          Cover:            third party + partial casco, EUR 150 excess
          No-claims class:  SF 5 (we accept the UK no-claims letter from
                            Harbour Mutual for 5 years)
          Annual premium:   EUR 318.60 incl. 19 % insurance tax

        Valid for 4 weeks. If he wants full casco as well, it would be
        EUR 211 more a year. I can issue the eVB code as soon as you send the
        signed application.

        Cheers,
        Jens

        Jens Hoppenstedt | Broker Support North | Ahornfeld Versicherungsgruppe
        """)
    return message("hoppenstedt", "Priya Raman <priya.raman@whitcombe-benefits.example>",
                   "RE: Quote request - motorbike (Reid)", "2026-03-09 15:31", body,
                   in_reply_to="<LO2P265MB0914.raman@whitcombe-benefits.example>")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "life insurance: surrender value and policy loan options for Daniel Osei's endowment policy; no medical word, life line")
def en_life_policy_loan():
    body = text("""
        Dear Mr Osei,

        Thank you for your call on Tuesday. As requested, here are the figures
        for your endowment policy L 58 331 207-4 with Ahornfeld
        Lebensversicherung AG (start 1 June 2011, maturity 1 June 2036, sum
        assured EUR 60,000):

          Surrender value as at 1 May 2026 .......... EUR 31,842.17
          of which bonuses .......................... EUR  4,217.90
          Maximum policy loan (80 % of the value) ... EUR 25,473.73
          Interest on a policy loan .................. 4.25 % p.a.

        A surrender would end the cover for your wife as beneficiary on death,
        and the gain (EUR 6,310 over premiums paid) would be taxable as the
        contract started after 2004. A policy loan keeps the cover in force;
        you repay it whenever you like, at the latest from the maturity value.

        If you would like the loan, please sign the enclosed form and return
        it by post - we can pay within five working days.

        @@SIGEN:hallmann@@
        """)
    return message("hallmann", "Daniel Osei <daniel.osei@fastpost.example>",
                   "Your policy L 58 331 207-4 – surrender value and loan", "2026-04-16 10:40",
                   body, lang="en")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "critical illness claim of Rebecca Lawson: breast cancer diagnosis (C50.4), histology date, lump sum paid")
def en_critical_illness():
    body = alt_auto("""
        Dear Ms Lawson,

        We have now received the histology report from Dr. Neumeyer and the
        letter from the breast centre at Klinikum am Kalenberger Graben. They
        confirm the diagnosis of invasive carcinoma of the left breast (upper
        outer quadrant, C50.4), first diagnosed on 4 March 2026.

        This meets the definition of "cancer" in your critical illness cover
        (policy L 61 004 882-1). We will therefore pay the full lump sum of
        EUR 75,000 to your account ending 4471 within the next few days. The
        policy continues for the other covered conditions, and premiums are
        waived from 1 April 2026.

        You do not need to send us anything else. We wish you strength and a
        good recovery.

        @@SIGEN:hallmann@@
        """)
    return message("hallmann", "Rebecca Lawson <rebecca.lawson@mailhub.example>",
                   "Your claim under policy L 61 004 882-1", "2026-03-31 16:03", body, lang="en")


@mail("NORMAL", "en", "internal",
      "trap: IT change note for the SEPA direct debit file migration, test cases use the published example IBAN and a fictitious payer")
def en_sepa_migration():
    body = text("""
        Hi team,

        Quick status on CHG-2026-0142 (SEPA direct debit file format
        pain.008.001.08 -> pain.008.001.11, mandatory from November):

        * Generator for the premium collection run is done; first test file
          produced yesterday evening on TEST2.
        * Validation against the bank's schema passes. Nordbank's test portal
          rejected one file because of the missing <ChrgBr>SLEV</ChrgBr>, fixed.
        * Test cases use only the synthetic payer "Erika Musterfrau
          (fictitious)" with the published example IBAN DE89 3704 0044 0532 0130 00
          and mandate reference TEST-0001. Please do NOT copy production
          mandates into TEST2 for "realistic" tests - the DPO asked again.
        * Cut-over planned for the collection run on 1 September 2026, with
          the old format as fallback until the October run.

        Open: the health insurer and the Allgemeine use different creditor
        IDs; the batch booking flag (<BtchBookg>) has to be set per creditor.

        @@SIGEN:roloff@@
        """)
    return message("roloff", ["it-anwendungen@ahornfeld.example", "Ulrike Meinecke <ulrike.meinecke@ahornfeld.example>"],
                   "CHG-2026-0142 SEPA pain.008 migration – status", "2026-05-12 09:03", body)


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: invitation to speak at an international health insurance forum, with calendar file; agenda mentions mental health and oncology costs in general")
def en_conference_invite():
    ics = attach_ics("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Ahornfeld//Events//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ihf-2026-panel3@ahornfeld.example
        DTSTAMP:20260310T120000Z
        DTSTART:20260923T130000Z
        DTEND:20260923T143000Z
        SUMMARY:IHF 2026 Panel 3: Cost of care abroad – oncology\\, mental health\\, maternity
        LOCATION:Centro de Congressos\\, Lisbon
        ORGANIZER;CN=Claire Dunmore:mailto:claire.dunmore@ahornfeld.example
        ATTENDEE;CN=Dr. Marta Quintela:mailto:m.quintela@csc-lisboa.example
        END:VEVENT
        END:VCALENDAR
        """, "IHF2026_panel3.ics")
    body = text("""
        Dear Dr. Quintela,

        Following our call, I am delighted to confirm your place on Panel 3 of
        the International Health Forum in Lisbon on 23 September. The panel
        will look at how insurers and hospitals deal with the rising cost of
        oncology, mental health and maternity care for internationally mobile
        members - from a provider's and a payer's view.

        Format: 10 minutes input each (no slides needed), then 60 minutes
        discussion. Please do not present individual patient cases; anonymised
        figures are of course welcome.

        Travel and hotel are on us; our events team will contact you.

        @@SIGEN:dunmore@@
        """)
    return message("dunmore", "Dr. Marta Quintela <m.quintela@csc-lisboa.example>",
                   "IHF 2026 – Panel 3 on 23 September", "2026-03-10 13:14",
                   mixed(body, ics))


IBAN_NAKAMURA = iban("DE", "250400660421773015")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household contents claim of Haruto Nakamura (laptop stolen in a burglary): address, claim number, police report, payout to his IBAN")
def en_burglary_laptop():
    body = text("""
        Dear Mr Nakamura,

        I am sorry to hear about the break-in at your flat in Hannover-List.
        We have received the police report (case no. 2026-H-081144) and the
        invoice for your laptop. Under your household contents policy
        HR-3327 0912 we will pay:

          MacBook Pro 14" (bought 11/2024), replacement value   EUR 2,299.00
          Door lock repair (locksmith invoice)                 EUR   386.75
          Total                                                EUR 2,685.75

        Your policy has no excess. The payment goes to %s
        (Commerzbank), the account you gave us in the claim form.

        If the police recover the laptop, please let us know - you could then
        either keep the money and hand the laptop to us, or return the money.

        @@SIGEN:ostermeyer@@
        """ % IBAN_NAKAMURA)
    return message("ostermeyer", "Haruto Nakamura <h.nakamura@fastpost.example>",
                   "Your claim S-2026-0006601 (burglary)", "2026-02-11 14:28", body, lang="en")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "premium change of the expat health plan for member Grace Mbeki and her husband (age band 50+), new premiums; no medical word")
def en_expat_ageband():
    body = text("""
        Dear Mrs Mbeki,

        As you turn 50 in June, your Ahornfeld Global Health plan moves into
        the next age band at the renewal on 1 July 2026. Your husband remains
        in his current band until his birthday in 2027.

          Member                 Plan            current      from 1 July 2026
          Grace Mbeki (main)     Expat Gold      EUR 486.00   EUR 571.00
          Samuel Mbeki           Expat Gold      EUR 512.00   EUR 530.00
          Monthly total                          EUR 998.00   EUR 1,101.00

        The increase for Mr Mbeki is the general renewal adjustment of 3.5 %
        for the Gold plan. If you would like to reduce the premium, you could
        choose a deductible of EUR 1,000 per person per year, which lowers the
        total to EUR 893.00 a month. No health questions are needed for this
        change.

        Please reply by 15 June if you want to change; otherwise your plan
        renews automatically.

        @@SIGEN:dunmore@@
        """)
    return message("dunmore", "Grace Mbeki <grace.mbeki@inbox.example>",
                   "Your renewal on 1 July 2026", "2026-05-20 11:11", body, lang="en")


@mail("NORMAL", "en", "internal",
      "trap: synthetic test data (CSV) for the claims engine with fictitious members, fake diagnosis codes and the published example IBAN; no real person")
def en_testdata_claims_engine():
    rows = [["test_id", "member_no", "name", "dob", "tariff", "invoice_type", "icd10", "amount_eur", "iban", "expected"],
            ["T-001", "9999 000 001", "Max Mustermann (fictitious)", "1980-01-01", "AF-Komfort 600", "GOAE", "J06.9", "89.43", "DE89370400440532013000", "REIMBURSE"],
            ["T-002", "9999 000 001", "Max Mustermann (fictitious)", "1980-01-01", "AF-Komfort 600", "PHARMACY", "", "12.50", "DE89370400440532013000", "DEDUCTIBLE"],
            ["T-003", "9999 000 002", "Erika Musterfrau (fictitious)", "1975-06-15", "AF-Zahn 90", "GOZ", "K02.1", "640.00", "DE89370400440532013000", "REIMBURSE_90"],
            ["T-004", "9999 000 003", "Test Child (fictitious)", "2015-03-03", "AF-Kind", "HEILMITTEL", "F80.1", "68.50", "DE89370400440532013000", "REIMBURSE"],
            ["T-005", "9999 000 004", "John Doe (fictitious)", "1990-12-31", "Expat Silver", "HOSPITAL", "K35.8", "9840.00", "", "GOP_REQUIRED"]]
    body = text("""
        Hi Rafael,

        As promised, the regression set for the new claims engine. Everything
        in it is made up: members 9999 xxx xxx don't exist in production, the
        IBAN is the usual example IBAN from the bank documentation, and the
        ICD codes were picked only to trigger the rules (deductible, dental
        staircase, guarantee of payment).

        Please add the Expat cases you mentioned (out-of-network, currency
        conversion) - but again only with made-up members.

        @@SIGEN:roloff@@
        """)
    return message("roloff", "Rafael Ortega <rafael.ortega@ahornfeld.example>",
                   "Regression test set claims engine v3", "2026-04-23 17:45",
                   mixed(body, attach_csv(rows, "claims_engine_regression_v3.csv", sep=",")))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "reply to member Mark Sutton about orthodontic treatment of his daughter Emily (KIG grade, treatment plan, costs), his mail quoted")
def en_orthodontics_reply():
    body = text("""
        Dear Mr Sutton,

        Thank you for the treatment plan from Dr. Rauschenbach. Emily's
        orthodontic treatment (classified KIG D4, increased overjet) is
        covered under her child tariff AF-Kind with 80 % of the costs. Based
        on the plan (EUR 4,860 over 3 years) we will pay up to EUR 3,888.

        We pay in instalments as the quarterly invoices come in; the final
        20 % of our share is paid when treatment is completed successfully.
        The retainer after treatment is included.

        @@SIGEN:abendroth@@

        On 3 March 2026, at 21:40, Mark Sutton wrote:
        > Hello,
        > our daughter Emily (12) needs braces according to her dentist - she
        > has quite a large overbite and the orthodontist says she has
        > started to get jaw pain. The plan is attached. Is this covered
        > and how much will we have to pay ourselves? Her member number is
        > 7031 602 118-02.
        > Thanks, Mark Sutton
        """)
    return message("abendroth", "Mark Sutton <mark.sutton@inbox.example>",
                   "Re: Braces for Emily", "2026-03-05 09:22", body,
                   in_reply_to="<5E1A7F2C-0303-4C1B-9D18-sutton@inbox.example>", lang="en")


@mail("NORMAL", "en", "newsletter",
      "trap: newsletter for internationally mobile members about telehealth, vaccinations before travel and mental health support in general")
def en_newsletter_expat():
    plain = text("""
        Ahornfeld Global Health - Member News, Spring 2026

        1. Doctor on call, in your language
        From 1 April you can book a video consultation with a doctor 24/7 in
        English, German, Spanish or Portuguese - free of charge and without
        deductible. Open the app and choose "Telehealth".

        2. Travelling this summer?
        Check your vaccination status at least six weeks before you travel.
        Travel vaccinations are covered in all Expat plans (Gold: 100 %,
        Silver: 80 %).

        3. When it gets too much
        Our Member Assistance line offers up to five confidential counselling
        sessions a year for you and your family, no referral needed.

        4. Premiums 2026/27
        Renewal notices will be sent in May. Average adjustment across plans:
        3.9 %.

        Unsubscribe: https://www.ahornfeld.example/global/news/unsubscribe
        """)
    htm = html("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
        <h1 style="color:#4a6b3a;font-size:20px">Member News &ndash; Spring 2026</h1>
        <h3>1. Doctor on call, in your language</h3>
        <p>From 1 April you can book a video consultation with a doctor 24/7 in English, German,
        Spanish or Portuguese &ndash; free of charge and without deductible.</p>
        <h3>2. Travelling this summer?</h3>
        <p>Check your vaccination status at least six weeks before you travel.</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><th>Plan</th><th>Travel vaccinations</th><th>Telehealth</th><th>Counselling</th></tr>
        <tr><td>Expat Gold</td><td>100&nbsp;%</td><td>free</td><td>5 sessions</td></tr>
        <tr><td>Expat Silver</td><td>80&nbsp;%</td><td>free</td><td>5 sessions</td></tr>
        <tr><td>Student Care</td><td>&ndash;</td><td>free</td><td>3 sessions</td></tr>
        </table>
        <h3>3. When it gets too much</h3>
        <p>Our Member Assistance line offers confidential counselling, no referral needed.</p>
        <h3>4. Premiums 2026/27</h3>
        <p>Renewal notices will be sent in May. Average adjustment across plans: 3.9&nbsp;%.</p>
        <p style="font-size:11px"><a href="https://www.ahornfeld.example/global/news/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    return message("Ahornfeld Global Health <news@ahornfeld.example>",
                   "news@ahornfeld.example", "Member News Spring 2026: telehealth, travel vaccinations",
                   "2026-03-24 08:00", alt(plain, htm),
                   extra=[("List-Unsubscribe", "<https://www.ahornfeld.example/global/news/unsubscribe>")])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "personal liability claim: Lucas Moreau's son scratched a neighbour's car with his scooter (nobody hurt); policy and claim numbers, neighbour's plate")
def en_liability_scooter():
    body = text("""
        Dear Mr Moreau,

        Thank you for reporting the incident of 18 April. Your personal
        liability policy PH-2210 4478 covers damage caused by your son Théo
        (aged 9), so there is nothing you need to pay yourself.

        We have contacted your neighbour Mrs Albrecht directly and asked for a
        quote for the scratch on her car (HI-SA 917). As nobody was hurt, we
        will deal with the matter between her and us. Please do not agree to
        any payment or admit liability on our behalf.

        Your claim number is S-2026-0017206.

        @@SIGEN:feddersen@@
        """)
    return message("feddersen", "Lucas Moreau <lucas.moreau@fastpost.example>",
                   "Your liability claim S-2026-0017206", "2026-04-21 14:40", body, lang="en")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: contract negotiation with an analytics vendor about processing health claims data (DPA clauses, hosting, retention); no data shared")
def en_vendor_dpa():
    body = text("""
        Dear Mr Okoro,

        Thank you for the revised draft of the Data Processing Agreement for
        the fraud-detection pilot. Before our lawyers look at it again, three
        points from our side:

        1. Hosting: claims data including diagnoses and invoice lines are
           special category data (Art. 9 GDPR) and subject to professional
           secrecy under section 203 of the German Criminal Code. We need
           hosting in the EU and a written undertaking by each of your staff
           with access (the "Verpflichtungserklärung" template we sent).
        2. Sub-processors: the list in Annex 3 still names a support provider
           in India. Please remove it or explain the transfer mechanism.
        3. Retention: model training on pseudonymised data only, deletion of
           raw data 30 days after scoring.

        For the pilot we will not send any real claims before the DPA is
        signed; the sample you received last week is fully synthetic.

        @@SIGEN:gieseking@@
        """)
    return message("gieseking", "David Okoro <d.okoro@clearframe-analytics.example>",
                   "DPA fraud-detection pilot – our comments", "2026-05-04 11:58", body,
                   cc=["brunswick", "pahl"])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "facultative reinsurance request for applicant Henrik Sørensen's term life cover: date of birth, sum insured, type 2 diabetes with HbA1c, medication")
def en_facultative_life():
    body = text("""
        Dear Dr. Lindqvist-Hale,

        We would like to place the following risk facultatively, as it exceeds
        our retention:

          Applicant:        Henrik Sørensen, born 19 September 1972, Danish
                            national living in Hildesheim, managing director
          Product:          term life, 20 years, sum insured EUR 2,400,000
                            (loan security for a company acquisition)
          Our retention:    EUR 750,000
          Medical:          type 2 diabetes since 2019, metformin 1000 mg
                            twice daily; HbA1c 6.9 % (02/2026), 7.4 % (2024);
                            BMI 31; blood pressure 142/88 on ramipril 5 mg;
                            no retinopathy, eGFR 84
          Lifestyle:        non-smoker since 2015
          Our assessment:   +75 % extra mortality, subject to your view

        Attending physician's report and lab results follow in the secure data
        room (folder FAC-2026-014).

        @@SIGEN:distefano@@
        """)
    return message("distefano", "Dr. Ingrid Lindqvist-Hale <facultative@nordkap-re.example>",
                   "Facultative request FAC-2026-014 – term life EUR 2.4m", "2026-03-02 10:07",
                   body, lang="en")


@mail("CONFIDENTIAL", "en", "internal",
      "HR: relocation package and annual salary for a new hire (Rafael Ortega's future colleague Sofia Lindgren) with start date")
def en_relocation_package():
    body = text("""
        Hi Claire,

        Good news: Sofia Lindgren has accepted. Details for your records:

          Start date:        1 June 2026, Claims Specialist (Expat team)
          Annual salary:     EUR 58,400 (T7/2) + 13th month
          Relocation:        lump sum EUR 4,000 (moving from Gothenburg),
                             plus 3 months furnished flat at the company's
                             cost (up to EUR 1,150 a month)
          Probation:         6 months

        Her personal details (address, tax ID etc.) are in the HR system; please
        don't forward this mail. Could you organise the buddy and the laptop?

        @@SIGEN:wichmann@@
        """)
    return message("wichmann", "dunmore", "New hire Expat team – offer accepted",
                   "2026-04-28 16:20", body)


@mail("NORMAL", "en", "internal",
      "out-of-office style team availability over Easter; colleagues named, no reasons or personal data")
def en_easter_cover():
    body = text("""
        Hi all,

        Cover for the international hotline over Easter:

          Thu 2 April    Claire (until 16:00), then Rafael
          Fri 3 April    Rafael (on call from home)
          Sat/Sun        Meridian Assist takes the 24/7 line as usual
          Mon 6 April    Claire (on call from home)

        Urgent guarantees of payment: if the on-call person can't be reached
        within 30 minutes, Meridian may issue up to EUR 25,000 on our behalf,
        as agreed in the service contract.

        Happy Easter!
        Claire
        """)
    return message("dunmore", "international-team@ahornfeld.example",
                   "Easter cover – international hotline", "2026-03-30 15:00", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "hospital",
      "discharge summary of a Lisbon clinic for expat member Tomás Ferreira-Lund forwarded internally (diagnosis, surgery, medication)")
def en_discharge_forward():
    body = text("""
        Rafael, FYI for AGH-C-2026-00917 - the clinic finally sent the
        discharge summary, so the file is complete. Can you close it?
        Thanks, Claire

        -------- Forwarded Message --------
        Subject: Discharge summary / Nota de alta - FERREIRA-LUND Tomás
        Date: Mon, 16 Feb 2026 10:12:44 +0000
        From: Gabinete do Doente <gabinete.doente@csc-lisboa.example>
        To: claims@ahornfeld.example

        Patient: Tomás FERREIRA-LUND, born 1984-07-22, insurer Ahornfeld Global Health
        Admission: 21/01/2026 via Emergency
        Diagnosis: acute phlegmonous appendicitis (K35.8), no perforation
        Procedure: laparoscopic appendectomy (22/01/2026), Dr. Inês Matos
        Course: uneventful, afebrile from day 2, oral diet from day 2
        Discharge: 24/01/2026, medication amoxicillin/clavulanic acid
        875/125 mg bid for 5 days, paracetamol as needed
        Follow-up: outpatient clinic 03/02/2026, wound check
        """)
    return message("dunmore", "Rafael Ortega <rafael.ortega@ahornfeld.example>",
                   "Fwd: Discharge summary / Nota de alta - FERREIRA-LUND Tomás",
                   "2026-02-16 11:40", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "pet health insurance: vet invoice for Sophie Turner's cat (animal health only), reimbursement and policy number")
def en_pet_vet():
    body = text("""
        Dear Ms Turner,

        Thank you for sending the invoice from Tierarztpraxis am Hohnsen for
        Pepper (British Shorthair, 6 years). Pepper's dental treatment under
        anaesthesia on 14 May (removal of two teeth, EUR 612.40 charged at
        the 2-fold GOT rate) is covered under your pet health policy
        TK-7701 3320 at 80 %:

          Invoice            EUR 612.40
          reimbursed         EUR 489.92

        The amount will be paid to the account you use for your premiums.
        We hope Pepper is enjoying her food again!

        @@SIGEN:ostermeyer@@
        """)
    return message("ostermeyer", "Sophie Turner <sophie.turner@mailhub.example>",
                   "Pepper – vet invoice of 14 May", "2026-05-22 10:30", body, lang="en")


@mail("NORMAL", "en", "insurer-to-doctor",
      "trap: answer to a doctor's practice asking how to bill the insurer directly for international members; process only, no patient")
def en_doctor_billing_process():
    body = text("""
        Dear Dr. Hartley,

        Thank you for your question. For members of Ahornfeld Global Health
        who show you our member card, you can bill us directly:

        - Register your practice once at https://provider.ahornfeld.example
          (you will receive a one-time password by post to the practice).
        - Upload the invoice (GOÄ format is fine, or your usual UK format
          for members treated in London) and the referral if there is one.
        - We pay within 14 days to the practice account on file.

        Please do not send invoices or patient information by normal e-mail -
        the provider portal is encrypted. If a patient is not covered for a
        particular service, we will tell you before you treat them if you ask
        for a pre-authorisation through the portal.

        @@SIGEN:dunmore@@
        """)
    return message("dunmore", "Dr. Simon Hartley <reception@hartley-practice.example>",
                   "RE: Direct billing for your members", "2026-01-27 12:12", body,
                   in_reply_to="<0127-hartley-reception@hartley-practice.example>")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel medical claim of Nils Johansson: ankle fracture while skiing in Austria (S82.6), surgery in Innsbruck, repatriation")
def en_ski_fracture():
    body = text("""
        Dear Mr Johansson,

        Thank you for your patience. Your travel health claim R-2026-0003187
        has been settled as follows:

          Klinik Innsbruck-Wilten: surgery for a fracture of the right outer
          ankle (S82.6), 3 nights, invoice EUR 7,412.00 - paid direct
          Ambulance from the slope (Bergrettung Stubai) EUR 890.00 - paid
          Repatriation by medical taxi to Hildesheim on 2 February, EUR 1,640.00
          - arranged and paid by us
          Crutches and ankle brace, EUR 124.50 - reimbursed to you

        Your own cost: nil, your travel health cover has no excess.

        Please note that follow-up treatment at home (physiotherapy, removal
        of the plate) is not covered by the travel policy; please submit those
        invoices to your regular health insurer.

        Get well soon!

        @@SIGEN:feddersen@@
        """)
    return message("feddersen", "Nils Johansson <nils.johansson@inbox.example>",
                   "Your travel health claim R-2026-0003187", "2026-02-24 10:58", body, lang="en")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: answer to the external auditors about how the claims sample was drawn (methodology, counts); no claim or person")
def en_auditor_sampling():
    body = text("""
        Dear Ms Pieper,

        Regarding your request of 2 March on the claims sample for the audit of
        the 2025 financial statements:

        - Population: all health claims paid between 1 January and
          31 December 2025 (1,284,311 invoice lines, EUR 412.7m).
        - Stratification: three strata by amount (< EUR 1,000, EUR 1,000 to
          25,000, > EUR 25,000); all lines above EUR 250,000 are in the sample
          (19 lines).
        - Selection: random within strata, seed documented in the sampling log.
        - Sample size: 160 lines, as agreed in the audit plan.

        The list of selected claim IDs and the supporting documents will be
        provided in the audit data room, not by e-mail, as the documents
        contain health data. Your team has access from Monday.

        @@SIGEN:meinecke@@
        """)
    return message("meinecke", "Katrin Pieper <k.pieper@hp-wp.example>",
                   "Audit 2025 – claims sample methodology", "2026-03-04 14:25", body)


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English reply to expat Emma Kowalski quoting her German claim form for water damage in her rented flat: address, policy number, IBAN")
def mixed_water_claim_form():
    body = text("""
        Dear Ms Kowalski,

        Thank you - your claim form arrived complete. I have copied the main
        entries below so you can check them. Everything looks fine; the only
        thing missing is a photo of the damaged parquet in the hallway.

        @@SIGEN:ostermeyer@@

        ---- Schadenanzeige Hausrat (Auszug) ----
        Versicherungsnehmerin: Emma Kowalski
        Anschrift: Goslarsche Str. 61, 31134 Hildesheim (Mietwohnung, 2. OG)
        Vertrag: HR-3330 1175
        Schadentag: 06.03.2026
        Schadenursache: Waschmaschinenschlauch geplatzt
        Beschädigt: Teppich (Kauf 2023, 480 EUR), Regal, Kartons mit Büchern
        Zahlung an: %s (Emma Kowalski)
        Vermieter informiert: ja, Hausverwaltung Stadtbau Hildesheim
        """ % iban("DE", "259501300018442290"))
    return message("ostermeyer", "Emma Kowalski <emma.kowalski@mailhub.example>",
                   "Your water damage claim S-2026-0010455", "2026-03-12 09:48", body)

# ---------------------------------------------------------------------------
# batch 4 (mostly German, property/motor plus member service)
# ---------------------------------------------------------------------------


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only motor premium invoice for Annika Meier-Holst: contract, plate, SEPA mandate and masked IBAN, no health")
def kfz_beitragsrechnung_html():
    htm = html("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Segoe UI,Arial;font-size:10pt">
        <p>Guten Tag Frau Meier-Holst,</p>
        <p>hier Ihre Beitragsrechnung für das Versicherungsjahr 2026. Der Betrag wird wie gewohnt
        per Lastschrift eingezogen.</p>
        <table cellpadding="5" cellspacing="0" style="border:1px solid #999;font-size:10pt">
        <tr><td>Vertrag</td><td>44-219 463-K (Kfz-Haftpflicht, Teilkasko)</td></tr>
        <tr><td>Fahrzeug</td><td>Opel Corsa F, amtl. Kennzeichen PE-AM 311</td></tr>
        <tr><td>Zeitraum</td><td>01.01.2026 &ndash; 31.12.2026</td></tr>
        <tr><td>Haftpflicht SF 9 (40&nbsp;%)</td><td align="right">287,14 &euro;</td></tr>
        <tr><td>Teilkasko, SB 150 &euro;</td><td align="right">96,20 &euro;</td></tr>
        <tr><td>Versicherungsteuer</td><td align="right">inkl.</td></tr>
        <tr style="font-weight:bold"><td>Jahresbeitrag</td><td align="right">383,34 &euro;</td></tr>
        <tr><td>Einzug am</td><td>02.01.2026 von DE23 **** **** **** **44 12</td></tr>
        <tr><td>Mandatsreferenz</td><td>AAV-44219463K-01</td></tr>
        </table>
        <p>Ihre Typklasse Haftpflicht ist von 16 auf 15 gesunken, die Regionalklasse Peine bleibt bei 4.</p>
        <p>Freundliche Grüße<br>Ihre Ahornfeld Allgemeine Versicherung AG<br>Kundenservice Kfz</p>
        </body></html>
        """)
    return message("Ahornfeld Kundenservice Kfz <kfz-service@ahornfeld.example>",
                   "annika.meier-holst@t-net.example", "Ihre Beitragsrechnung 2026 – Vertrag 44-219 463-K",
                   "2026-01-05 06:12", htm)


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "order to a glass workshop to replace the windscreen of customer Bernd Sievers' car: claim number, plate, phone number; no health")
def kfz_glasschaden_werkstatt():
    body = text("""
        Hallo Herr Petrovic,

        bitte übernehmen Sie den Scheibentausch für unseren Kunden:

          Kunde:         Bernd Sievers, Tel. 0157 3320 4418
          Fahrzeug:      BMW 320d Touring, HI-BS 2204
          Vertrag:       44-220 007-K, Teilkasko SB 150 EUR
          Schaden:       S-2026-0004470, Steinschlag A7, 28.01.2026
          Auftrag:       Frontscheibe inkl. Kalibrierung Kamera

        Abrechnung bitte direkt mit uns über das Werkstattportal; die
        Selbstbeteiligung von 150 EUR kassieren Sie bitte beim Kunden. Herr
        Sievers meldet sich wegen eines Termins bei Ihnen.

        @@SIG:sander@@
        """)
    return message("sander", "Glas-Profi Hildesheim <auftrag@glasprofi-hildesheim.example>",
                   "Auftrag Scheibentausch S-2026-0004470", "2026-01-30 08:52", body)


@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "motor appraisal order with the customer's name, address, phone number, plate and claim details (no injuries)")
def kfz_gutachterauftrag():
    body = text("""
        Sehr geehrter Herr Reinecke,

        bitte erstellen Sie ein Schadengutachten (Haftpflichtschaden, unser VN
        ist Verursacher):

          Geschädigte:  Nadine Lichtenberg, Bahnhofsallee 3, 31134 Hildesheim
                        Tel. 05121 998 2203 (ab 16 Uhr)
          Fahrzeug:     Mazda CX-30, HI-NL 77, EZ 2021
          Besichtigung: Fahrzeug steht bei der Geschädigten, fahrbereit
          Schaden:      Auffahrunfall 11.02.2026 an der Ampel Schuhstraße,
                        Heckschaden; laut beiden Beteiligten keine Verletzten
          Unser Zeichen: S-2026-0005123 / VN Heiko Rautenberg, 44-218 512-K

        Bitte auch den Wiederbeschaffungswert prüfen, falls die Reparatur
        über 70 % liegt.

        @@SIG:sander@@
        """)
    return message("sander", "Sachverständigenbüro Reinecke <buero@sv-reinecke.example>",
                   "Gutachtenauftrag S-2026-0005123", "2026-02-12 13:30", body)


IBAN_TRITTAU_NEU = iban("DE", "251900010700518834")


@mail("CONFIDENTIAL", "de", "customer",
      "customer Jens Trittau's mail with his new address and new IBAN for his household, liability and motor contracts, forwarded internally")
def kunde_adresse_iban():
    body = text("""
        Hallo Lena,

        kannst du die Adresse und Bankverbindung auch für den Hausrat und die
        Haftpflicht ändern? Kfz macht Kai-Uwe, habe ich ihm schon geschickt.

        Danke
        Jonas

        -----Ursprüngliche Nachricht-----
        Von: Jens Trittau <jens.trittau@leinepost.example>
        Gesendet: Dienstag, 3. Februar 2026 19:47
        An: service@ahornfeld.example
        Betreff: Umzug + neue Bank

        Guten Abend,

        wir sind zum 1.2. umgezogen. Neue Adresse:
        Jens Trittau, Am Steinberg 17a, 31139 Hildesheim

        Und bitte ab sofort von meinem neuen Konto abbuchen:
        %s (Volksbank Hildesheimer Börde)

        Betrifft meine Verträge Hausrat, Privathaftpflicht PH-2207 3390 und
        das Auto (HI-JT 808). Die Vertragsnummern der anderen habe ich gerade
        nicht zur Hand.

        Gruß, Jens Trittau
        """ % IBAN_TRITTAU_NEU, charset="windows-1252")
    return message("abendroth", "ostermeyer", "WG: Umzug + neue Bank", "2026-02-04 08:35", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor insurance confirmation (eVB) for Sven Ahlers with VIN and insurance start; no health")
def kfz_evb():
    body = text("""
        Sehr geehrter Herr Ahlers,

        Ihre elektronische Versicherungsbestätigung für die Zulassung:

          eVB-Nummer:  A7K2QXM
          gültig für:  Skoda Octavia Combi, FIN TMBJJ7NX5NY118203
          Halter:      Sven Ahlers, Kirchstraße 7, 31171 Nordstemmen
          Beginn:      mit Zulassung, spätestens 16.01.2026

        Die Nummer hat auch Ihr Makler, Herr Gläser, erhalten. Der
        Versicherungsschein folgt nach der Zulassung.

        @@SIG:sander@@
        """)
    return message("sander", "sven.ahlers@inbox.example", "Ihre eVB-Nummer für die Zulassung",
                   "2026-01-15 10:17", body, cc="Hartmut Gläser <info@glaeser-makler.example>")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "payment reminder for a motor contract after a returned direct debit: name, contract, amount, masked IBAN; legal warning under §38 VVG")
def kfz_mahnung():
    body = text("""
        Sehr geehrter Herr Krawinkel,

        leider konnten wir den Folgebeitrag für Ihre Kfz-Versicherung
        44-217 889-K (Fahrzeug H-MK 4040) nicht einziehen. Ihre Bank hat die
        Lastschrift vom 01.03.2026 über 72,18 EUR zurückgegeben (Konto
        DE69 **** **** **** **90 07, Grund: Konto erloschen).

        Bitte überweisen Sie den Betrag zuzüglich 3,00 EUR Rücklastschrift-
        gebühr bis zum 31.03.2026. Ist der Beitrag dann nicht bezahlt, sind
        wir bei einem Schaden nach § 38 VVG leistungsfrei und können den
        Vertrag kündigen.

        Wenn Sie eine neue Bankverbindung haben, teilen Sie sie uns bitte
        mit – dann ziehen wir den Betrag erneut ein.

        Ahornfeld Allgemeine Versicherung AG
        Beitragsservice Komposit
        """)
    return message("Ahornfeld Beitragsservice <beitragsservice@ahornfeld.example>",
                   "m.krawinkel@freemail.example", "Zahlungserinnerung und Mahnung – 44-217 889-K",
                   "2026-03-13 05:40", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "attachment-only: PDF confirmation of tenant liability cover for Paula Engelke for her landlord (name, birth date, address, policy); body generic")
def haftpflicht_bestaetigung_vermieter():
    pdf = pdf_bytes([
        "#Ahornfeld Allgemeine Versicherung AG",
        "",
        "#Versicherungsbestätigung Privathaftpflicht",
        "",
        "Hiermit bestätigen wir, dass",
        "Frau Paula Engelke, geb. 04.12.1999,",
        "wohnhaft Zingel 12, 31134 Hildesheim,",
        "bei uns unter der Vertragsnummer PH-2214 0081 eine Privathaftpflichtversicherung",
        "einschließlich Mietsachschäden an Wohnräumen unterhält.",
        "",
        "Versicherungssumme: 15 Mio. EUR pauschal für Personen-, Sach- und Vermögensschäden",
        "Mietsachschäden: bis 1 Mio. EUR, Selbstbeteiligung: keine",
        "Beginn: 01.02.2026, Beiträge bezahlt bis: 28.02.2027",
        "",
        "Hildesheim, 02.02.2026",
        "Ahornfeld Allgemeine Versicherung AG – maschinell erstellt, ohne Unterschrift gültig",
    ], title="Versicherungsbestaetigung PH-2214 0081")
    body = text("""
        Hallo Frau Engelke,

        wie gewünscht die Bestätigung für Ihren Vermieter.

        Viele Grüße aus Hildesheim
        Ihr Ahornfeld-Kundenservice
        """)
    return message("Ahornfeld Kundenservice <service@ahornfeld.example>",
                   "paula.engelke@webfach.example", "Ihre angeforderte Bestätigung",
                   "2026-02-02 16:44", mixed(body, attach(pdf, "Bestaetigung_PH.pdf")))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "individual premium adjustment of a household contents contract (property line) for Helga Brüning: contract, sum insured, new premium")
def hausrat_beitragsanpassung():
    body = text("""
        Sehr geehrte Frau Brüning,

        Sie hatten nach dem Schreiben zur Beitragsanpassung gefragt, warum Ihr
        Hausratbeitrag steigt, obwohl Sie nie einen Schaden hatten.

        Die Anpassung hat mit Ihrem Vertrag selbst nichts zu tun: Ihre
        Versicherungssumme passt sich jedes Jahr an den Preisindex für
        Einrichtungsgegenstände an (Summenanpassung, Ziffer 12 der VHB). Für
        Ihren Vertrag HR-3321 0456 bedeutet das:

          Versicherungssumme 2025:  78.000 EUR
          Versicherungssumme 2026:  80.400 EUR
          Jahresbeitrag bisher:     138,40 EUR
          Jahresbeitrag neu:        143,80 EUR

        Damit bleibt Ihr Hausrat weiter voll versichert, ohne dass Sie eine
        Unterversicherung befürchten müssen. Ihr Makler Herr Gläser hat eine
        Kopie dieser Mail erhalten.

        @@SIG:ostermeyer@@
        """)
    return message("ostermeyer", "helga.bruening@t-net.example",
                   "AW: Beitragserhöhung Hausrat", "2026-01-14 11:09", body,
                   cc="Hartmut Gläser <info@glaeser-makler.example>",
                   in_reply_to="<4711.bruening.20260112@t-net.example>")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "cancellation of a car insurance contract after the car was sold: customer name, contract, plate, refund")
def kfz_kuendigung():
    body = text("""
        Guten Tag Herr Kessler,

        danke für die Verkaufsmeldung. Ihr Vertrag 44-216 330-K für den
        Ford Transit (HI-KG 119) endet mit dem Verkauf am 20.02.2026. Den
        zu viel gezahlten Beitrag von 211,30 EUR erstatten wir auf das
        Konto, von dem wir bisher abgebucht haben.

        Ihr Schadenfreiheitsrabatt (SF 7) bleibt sieben Jahre für ein
        Nachfolgefahrzeug reserviert.

        @@SIG:sander@@
        """)
    return message("sander", "rolf.kessler@netzpost.example", "Bestätigung Vertragsende 44-216 330-K",
                   "2026-02-23 14:06", body)


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal expenses: cover confirmation for a speeding fine proceedings of client Tobias Wendland (administrative offence, no criminal charge)")
def rs_deckungszusage_bussgeld():
    body = text("""
        Sehr geehrter Herr Rechtsanwalt Marquardt,

        in der Bußgeldsache Ihres Mandanten Tobias Wendland (Anhörungsbogen
        der Stadt Hildesheim, Az. 41.2-OWi-2026-11872, Geschwindigkeits-
        überschreitung um 31 km/h außerorts am 07.01.2026, drohendes
        Fahrverbot von einem Monat) erteilen wir Deckungszusage für das
        Verwaltungsverfahren und ein etwaiges gerichtliches Verfahren im
        ersten Rechtszug.

        Versicherungsnehmer: Tobias Wendland, Vertrag RS-8806 7721
        (Verkehrs-Rechtsschutz, keine Selbstbeteiligung)

        Die Kosten eines technischen Gutachtens zur Messung übernehmen wir
        nach vorheriger Abstimmung.

        @@SIG:feddersen@@
        """)
    return message("feddersen", "Kanzlei Drewes & Marquardt <sekretariat@drewes-marquardt.example>",
                   "Deckungszusage – Wendland ./. Stadt Hildesheim", "2026-01-26 09:40", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "dog owner's liability: the customer's dog bit another dog, vet bill of the injured dog (animal health only), names and claim number")
def hundehaftpflicht():
    body = text("""
        Hallo Frau Stratmann,

        die Tierarztrechnung der Geschädigten, Frau Grünhagen, liegt uns
        jetzt vor. Ihr Hund Bruno hatte den Labrador von Frau Grünhagen am
        15.03. im Hohnsenpark gebissen; die Bisswunde am Ohr musste genäht
        werden (Rechnung Tierklinik Hildesheim-Ost, 486,90 EUR).

        Wir zahlen den Betrag aus Ihrer Hundehalter-Haftpflicht HH-4405 1290
        direkt an Frau Grünhagen. Für Sie fällt keine Selbstbeteiligung an.
        Der Schaden wird bei der nächsten Vertragsverlängerung nicht zu einem
        höheren Beitrag führen.

        @@SIG:feddersen@@
        """)
    return message("feddersen", "c.stratmann@kabelmail.example", "Schaden S-2026-0012901 – Ihr Hund Bruno",
                   "2026-03-27 11:35", body)


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "attachment-only: ODS list of tenants affected by a water damage in a cooperative's building (names, flats, phone numbers, who insures their household contents, one policy number)")
def wohnungsbau_ods():
    ods = ods_bytes([("Betroffene Wohnungen", [
        ["Haus", "Wohnung", "Mieter/in", "Telefon", "Schaden", "Zugang vereinbart", "Hausrat versichert bei"],
        ["Peiner Str. 48", "EG links", "Kowalewski, Irina", "05121 776 301", "Decke Bad, Flur", "24.02. 9 Uhr", "Ahornfeld HR-3324 1170"],
        ["Peiner Str. 48", "EG rechts", "Haase, Dieter und Marion", "0160 442 7781", "Wand Küche", "24.02. 10 Uhr", "Leine-Assekuranz"],
        ["Peiner Str. 48", "1. OG links", "Abdi, Yusuf", "0176 2200 918", "Boden Bad (Quelle)", "23.02. 14 Uhr", "keine"],
        ["Peiner Str. 48", "Keller", "-", "-", "Kellerraum 3 und 4", "Hausmeister", "-"],
    ])])
    body = text("""
        Sehr geehrte Frau Ramdohr,

        danke für die schnelle Rückmeldung. Die Liste habe ich um die Termine
        ergänzt, die der Trocknungsdienst mit den Mietern abgesprochen hat.
        Bitte informieren Sie die Mieter, dass der Hausratschaden (Möbel,
        Teppiche) über deren eigene Hausratversicherung läuft, nicht über
        Ihre Gebäudeversicherung.

        Schaden: S-2026-0006870, Wohngebäude-Rahmenvertrag WG-R 118

        @@SIG:wendt@@
        """)
    return message("wendt", "Birgit Ramdohr <b.ramdohr@wbg-innerste.example>",
                   "Peiner Str. 48 – Leitungswasser, Liste Wohnungen", "2026-02-20 15:20",
                   mixed(body, attach(ods, "Peiner48_Wohnungen.ods")))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dormant health policy (Anwartschaft) during a two-year stay in Canada for Johanna Kirchhoff: member number, tariffs, premium; no medical word")
def kv_anwartschaft_kanada():
    body = text("""
        Liebe Frau Kirchhoff,

        wie besprochen stellen wir Ihren Vertrag 7031 733 108 für die Zeit
        Ihres Aufenthalts in Toronto vom 01.08.2026 bis voraussichtlich
        31.07.2028 auf eine große Anwartschaftsversicherung um:

          AF-Komfort 600   Anwartschaft (groß)   bisher 498,70 EUR  dann 127,17 EUR
          AS1              Anwartschaft (groß)   bisher  71,30 EUR  dann  18,18 EUR
          PVN              ruht, Anwartschaft    bisher  52,90 EUR  dann  10,58 EUR

        Ihre Alterungsrückstellung wird in dieser Zeit weiter aufgebaut. Wenn
        Sie zurückkommen, lebt der volle Schutz ohne neue Gesundheitsprüfung
        wieder auf – bitte melden Sie sich spätestens zwei Monate nach Ihrer
        Rückkehr bei uns.

        Für den Auslandsaufenthalt selbst brauchen Sie einen eigenen Schutz;
        unsere Kollegen von Ahornfeld Global Health schicken Ihnen gern ein
        Angebot für den Tarif Expat Silver (Nordamerika).

        @@SIG:yildirim@@
        """)
    return message("yildirim", "Johanna Kirchhoff <jo.kirchhoff@inbox.example>",
                   "Ihr Vertrag während des Aufenthalts in Kanada", "2026-05-18 12:33", body)


IBAN_REHBEIN = iban("DE", "251205100004417729")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "no-claims premium refund of the health insurer for Steffen Rehbein (no benefits claimed in 2025), amount and IBAN; no medical word")
def kv_beitragsrueckerstattung():
    body = text("""
        Sehr geehrter Herr Rehbein,

        gute Nachrichten: Weil Sie im Kalenderjahr 2025 keine Rechnungen bei
        uns eingereicht haben, erhalten Sie eine Beitragsrückerstattung von
        drei Monatsbeiträgen Ihres Tarifs AF-Komfort 1200:

          3 x 356,40 EUR = 1.069,20 EUR

        Wir überweisen den Betrag Ende Juli auf Ihr Konto %s.

        Hinweis für die Steuererklärung: Die Erstattung mindert Ihre als
        Sonderausgaben abziehbaren Beiträge für 2026. Wir melden sie
        automatisch an das Finanzamt (elektronische Beitragsmitteilung).

        Rechnungen aus 2025, die Sie jetzt noch einreichen würden, müssten wir
        mit der Rückerstattung verrechnen. Es lohnt sich nur, wenn sie
        zusammen mehr als 1.069,20 EUR über Ihrem Selbstbehalt liegen.

        @@SIG:yildirim@@
        """ % IBAN_REHBEIN)
    return message("yildirim", "steffen.rehbein@netzpost.example",
                   "Beitragsrückerstattung für 2025", "2026-06-22 10:04", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "medical adviser's internal assessment of a dental treatment plan (implants, bone graft, periodontitis) for member Wiebke Harms")
def kv_beratungsarzt_zahn():
    body = text("""
        Hallo Herr Abendroth,

        zum HKP von Dr. Rauschenbach für Frau Wiebke Harms (7031 418 027):

        - Implantate regio 36 und 46 nach Extraktion: medizinisch notwendig,
          Lückenschluss durch Brücke wäre mit Beschleifen gesunder Nachbarzähne
          verbunden, Implantatversorgung ist vertretbar.
        - Sinuslift/Knochenaufbau (GOZ 9100) an 46: laut DVT-Befund
          Restknochenhöhe 5 mm, nachvollziehbar.
        - Vorher muss die Parodontitis (Stadium III, Grad B) abgeschlossen
          behandelt sein – bitte Nachweis der PAR-Therapie (UPT) anfordern.
        - Faktor 3,5 bei GOZ 9010 ohne Begründung: nur 2,3 anerkennen, bis eine
          patientenbezogene Begründung kommt.

        Ergebnis: Zusage mit den genannten Einschränkungen, Tarif AF-Zahn 90
        (Zahnstaffel im 3. Jahr: max. 3.000 EUR).

        Voss
        """)
    return message("voss", "abendroth", "[streng vertraulich] HKP Harms 7031 418 027 – Stellungnahme",
                   "2026-02-27 13:20", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "daily sickness allowance lowered after the member's net income dropped: income figures of self-employed architect Yvonne Stahlberg in a health contract")
def kv_ktg_einkommen():
    body = text("""
        Sehr geehrte Frau Stahlberg,

        vielen Dank für den Einkommensteuerbescheid 2024. Ihr Nettoeinkommen
        aus selbständiger Tätigkeit lag danach bei 38.460 EUR, also rund
        3.205 EUR im Monat bzw. 105 EUR am Tag.

        Versichert ist in Ihrem Tarif KTG 22 derzeit ein Krankentagegeld von
        150 EUR täglich. Nach § 4 Abs. 4 der Tarifbedingungen darf das
        Krankentagegeld das Nettoeinkommen nicht übersteigen. Wir setzen das
        Tagegeld deshalb zum 01.06.2026 auf 105 EUR herab; der Beitrag sinkt
        von 198,00 EUR auf 138,60 EUR im Monat.

        Steigt Ihr Einkommen wieder, können Sie das Tagegeld innerhalb von
        zwei Monaten nach Vorlage des Nachweises ohne neue Gesundheitsprüfung
        bis zur ursprünglichen Höhe wieder erhöhen.

        @@SIG:lindqvist@@
        """)
    return message("lindqvist", "Yvonne Stahlberg <y.stahlberg@stahlberg-architektur.example>",
                   "Ihr Krankentagegeld – Anpassung an das Einkommen", "2026-04-29 15:50", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "cost approval for follow-up rehabilitation after hip replacement for member Gisela Wöhler at a rehab centre; diagnosis, dates, room")
def kv_ahb_huefte():
    body = alt_auto("""
        Sehr geehrte Frau Wöhler,

        für die Anschlussheilbehandlung nach Ihrer Hüftoperation (Hüft-TEP
        links bei Coxarthrose, M16.1, OP am 13.04.2026 im St.-Godehard-Klinik
        Alfeld) sagen wir Ihnen die Kostenübernahme zu:

          Einrichtung:  Rehazentrum Harzblick, Bad Lauterberg
          Aufnahme:     23.04.2026 (direkt aus der Klinik, Transport per Taxi)
          Dauer:        21 Tage, Verlängerung auf Antrag der Reha-Klinik
          Unterbringung: Einzelzimmer nach Tarif AS1

        Die Rechnung rechnet die Reha-Klinik direkt mit uns ab. Die
        Taxikosten reichen Sie bitte mit der Quittung ein.

        Wir wünschen Ihnen gute Erholung!

        @@SIG:brenneke@@
        """)
    return message("brenneke", "gisela.woehler@t-net.example",
                   "Kostenzusage Anschlussheilbehandlung", "2026-04-17 08:45", body,
                   cc="Rehazentrum Harzblick Aufnahme <aufnahme@harzblick-reha.example>")


@mail("NORMAL", "de", "internal",
      "trap: water damage in the physiotherapy practice that rents the ground floor of the insurer's building; facility matter, no patient data")
def wasserschaden_physiopraxis():
    body = text("""
        Hallo zusammen,

        kurze Info aus dem Facility Management: Heute Nacht ist im 1. OG
        (Teeküche Kfz-Schaden) ein Eckventil abgerissen. Das Wasser ist durch
        die Decke in die Räume der Physiotherapiepraxis "Physio am Moritzberg"
        im Erdgeschoss gelaufen, die bei uns Mieterin ist.

        Betroffen: zwei Behandlungsräume, Wartebereich, Lager mit
        Fango-Packungen und Therapiebänken. Die Praxis hat heute geschlossen
        und ihre Patiententermine abgesagt bzw. in die Filiale Moritzberg
        verlegt. Akten/Karteikarten sind nach Auskunft der Praxisinhaberin
        nicht betroffen, die liegen digital bzw. im Nebenraum.

        Nächste Schritte:
        - Trocknung läuft seit 7 Uhr (Firma Trockenbau Nord).
        - Schadenmeldung an unseren eigenen Gebäudeversicherer ist raus.
        - Teeküche 1. OG bleibt bis Donnerstag gesperrt.

        @@SIG:gieseking@@
        """)
    return message("gieseking", "alle-standort-hildesheim@ahornfeld.example",
                   "Wasserschaden EG / Teeküche 1. OG gesperrt", "2026-01-20 09:10", body)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order for the destruction of paper claim receipts (doctors' invoices, prescriptions) under a data protection class; volumes only, no data")
def aktenvernichtung():
    body = text("""
        Sehr geehrte Frau Tegtmeyer,

        wir verlängern den Rahmenvertrag über die Vernichtung der
        Papierbelege aus dem Leistungseingang um ein Jahr (Bestellnummer
        4500189903). Es bleibt bei folgenden Bedingungen:

        - Material: eingescannte Arzt-, Zahnarzt- und Krankenhausrechnungen,
          Rezepte, Heil- und Kostenpläne nach 6 Monaten Aufbewahrung
        - Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
        - Abholung: 14-täglich dienstags, verplombte Behälter (derzeit 24 x
          240 l), Begleitschein mit Behälternummern
        - Vernichtungsprotokoll je Abholung an datenschutz@ahornfeld.example
        - Mitarbeitende Ihres Fahrdienstes sind auf § 203 StGB verpflichtet
          (Nachweis liegt uns für 2026 noch nicht vor – bitte nachreichen)

        Neu: Ab März bitte zusätzlich zwei Behälter für den Standort Alfeld.

        @@SIG:gieseking@@
        """)
    return message("gieseking", "Heike Tegtmeyer <h.tegtmeyer@aktensafe-nds.example>",
                   "Verlängerung Rahmenvertrag Aktenvernichtung 2026", "2026-01-12 10:55",
                   body, cc="brunswick")


@mail("NORMAL", "de", "newsletter",
      "customer newsletter with winter tips against frozen pipes and storm damage; no person")
def newsletter_winter():
    plain = text("""
        Ahornfeld Zuhause – Ihr Newsletter rund um Haus und Wohnung

        Frost: So bleiben Ihre Leitungen heil
        - Heizung in unbewohnten Räumen nicht ganz abdrehen (mind. 12 °C).
        - Außenwasserhähne absperren und entleeren.
        - Im Ferienhaus: Wasser abstellen – sonst kann es Ärger mit der
          Versicherung geben (Obliegenheit!).

        Sturm: Was tun nach dem Orkan?
        - Fotos machen, bevor Sie aufräumen.
        - Notreparaturen sind erlaubt und werden bezahlt.
        - Schaden online melden: https://www.ahornfeld.example/schaden

        Gewinnspiel: Wir verlosen 10 Rauchwarnmelder mit Funkvernetzung.

        Abmelden: https://www.ahornfeld.example/newsletter/abmelden
        """)
    htm = html("""
        <html><body style="font-family:Arial;font-size:14px">
        <h2 style="color:#4a6b3a">Ahornfeld Zuhause &ndash; Winter-Ausgabe</h2>
        <h3>Frost: So bleiben Ihre Leitungen heil</h3>
        <ul><li>Heizung in unbewohnten Räumen nicht ganz abdrehen (mind. 12&nbsp;&deg;C).</li>
        <li>Außenwasserhähne absperren und entleeren.</li>
        <li>Im Ferienhaus: Wasser abstellen &ndash; sonst kann es Ärger mit der Versicherung geben.</li></ul>
        <h3>Sturm: Was tun nach dem Orkan?</h3>
        <p>Fotos machen, bevor Sie aufräumen. Notreparaturen sind erlaubt und werden bezahlt.
        <a href="https://www.ahornfeld.example/schaden">Schaden online melden</a></p>
        <p><b>Gewinnspiel:</b> Wir verlosen 10 Rauchwarnmelder mit Funkvernetzung.</p>
        <p style="font-size:11px"><a href="https://www.ahornfeld.example/newsletter/abmelden">Abmelden</a></p>
        </body></html>
        """)
    return message("Ahornfeld Zuhause <newsletter@ahornfeld.example>", "newsletter@ahornfeld.example",
                   "Frost, Sturm & Co.: So kommen Sie gut durch den Winter",
                   "2026-01-08 07:00", alt(plain, htm))


@mail("NORMAL", "de", "internal",
      "trap: announcement of a staff health day (blood pressure checks, flu vaccination, back school); no individual health data")
def gesundheitstag():
    body = text("""
        Liebe Kolleginnen und Kollegen,

        am Mittwoch, 15. April, findet im Foyer und im Raum Innerste unser
        Gesundheitstag statt (9 bis 15 Uhr). Angebote:

        - Blutdruck- und Blutzuckermessung durch den betriebsärztlichen Dienst
          (Ergebnisse bekommen nur Sie selbst, es wird nichts gespeichert)
        - Rückenschule mit Physio am Moritzberg, 20-Minuten-Slots
        - Beratung zur Grippeschutzimpfung im Herbst
        - Ergonomie-Check am Arbeitsplatz (bitte im Intranet anmelden)
        - Smoothie-Bar der Kantine

        Die Teilnahme gilt als Arbeitszeit. Für Fragen: Betriebsärztin
        Dr. Haller, Tel. -1190.

        @@SIG:wichmann@@
        """)
    return message("wichmann", "alle-mitarbeitenden@ahornfeld.example",
                   "Gesundheitstag am 15. April", "2026-03-25 12:00", body)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, AED pads and a blood pressure monitor for the office; no person")
def bestellung_erste_hilfe():
    htm = html("""
        <html><body style="font-family:Arial;font-size:10pt">
        <p>Sehr geehrte Damen und Herren,</p>
        <p>hiermit bestellen wir zur Lieferung an unsere Poststelle:</p>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
        <tr style="background:#eee"><th>Pos.</th><th>Art.-Nr.</th><th>Bezeichnung</th><th>Menge</th><th>EP netto</th></tr>
        <tr><td>1</td><td>EH-13157</td><td>Verbandkasten DIN 13157, Wandhalterung</td><td>12</td><td>38,90 &euro;</td></tr>
        <tr><td>2</td><td>AED-PAD-A2</td><td>Defibrillator-Elektroden Erwachsene (für AED Lifeguard 2)</td><td>4</td><td>64,00 &euro;</td></tr>
        <tr><td>3</td><td>AED-PAD-K1</td><td>Defibrillator-Elektroden Kinder</td><td>2</td><td>71,50 &euro;</td></tr>
        <tr><td>4</td><td>BD-OA-220</td><td>Blutdruckmessgerät Oberarm, für Betriebsarztraum</td><td>1</td><td>59,90 &euro;</td></tr>
        <tr><td>5</td><td>KP-200</td><td>Kühlkompressen Einweg</td><td>50</td><td>0,79 &euro;</td></tr>
        </table>
        <p>Bestellnummer: 4500190344 &ndash; Lieferadresse: Ahornfeld Versicherungsgruppe, Poststelle,
        Ahornfeld-Platz 1, 31134 Hildesheim. Rechnung bitte an rechnungseingang@ahornfeld.example.</p>
        <p>Mit freundlichen Grüßen<br>Stefan Gieseking<br>Einkauf &amp; Facility Management</p>
        </body></html>
        """)
    return message("gieseking", "bestellung@medbedarf-leine.example",
                   "Bestellung 4500190344 – Erste Hilfe / AED", "2026-02-18 09:36", htm)

# ---------------------------------------------------------------------------
# batch 5
# ---------------------------------------------------------------------------


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "query to an occupational therapy practice about the treatment plan for member's son Finn Rosenthal (ADHD F90.0), number of sessions")
def kv_ergotherapie_anfrage():
    body = text("""
        Sehr geehrte Frau Kamphues,

        für Finn Rosenthal (geb. 12.05.2017, bei uns mitversichert über seine
        Mutter) liegt uns Ihre Rechnung über die ersten 10 Einheiten
        Ergotherapie vor, verordnet von Dr. Lutterloh wegen einer
        Aufmerksamkeits- und Hyperaktivitätsstörung (F90.0).

        Die Familie hat eine zweite Verordnung über weitere 20 Einheiten
        eingereicht. Bevor wir diese zusagen, bitten wir Sie um einen kurzen
        Therapiebericht:

        - Welche Ziele wurden bisher erreicht (Konzentration, Feinmotorik,
          Sozialverhalten)?
        - Ist eine Fortsetzung in der Frequenz 1x wöchentlich geplant?
        - Findet parallel eine medikamentöse Behandlung statt?

        Eine Schweigepflichtentbindung der Mutter liegt uns vor. Den Bericht
        vergüten wir mit 25 EUR.

        @@SIG:abendroth@@
        """)
    return message("abendroth", "Praxis für Ergotherapie Kamphues <praxis@ergo-kamphues.example>",
                   "Therapiebericht Finn R. – Ihre Rechnung 2026-018", "2026-03-19 14:15", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "hidden in a ZIP: policy schedule PDF of the Lammerding family's health insurance (names, birth dates, tariffs, exclusion) plus a notes TXT; body only 'Vertragsunterlagen'")
def kv_vertragsunterlagen_zip():
    vs = pdf_bytes([
        "#Ahornfeld Krankenversicherung a.G.",
        "#Versicherungsschein Nr. 7031 744 500 – Neuausfertigung",
        "",
        "Versicherungsnehmer: Dr. Frank Lammerding, Am Kupferstrange 2, 31139 Hildesheim",
        "Beginn: 01.05.2026",
        "",
        "1  Dr. Frank Lammerding, geb. 26.01.1981, Beihilfe 50 %",
        "   AF-Beihilfe B50, AS1-B, PVB (Pflege Beihilfe)          312,44 EUR",
        "2  Dr. Christina Lammerding, geb. 08.09.1983, Beihilfe 70 %",
        "   AF-Beihilfe B30, AS1-B, PVB                            201,09 EUR",
        "   Leistungsausschluss: Behandlung der Endometriose (N80) einschließlich Folgen",
        "3  Ida Lammerding, geb. 14.02.2015, Beihilfe 80 %",
        "   AF-Beihilfe B20-Kind, PVB                               48,70 EUR",
        "4  Mats Lammerding, geb. 30.06.2019, Beihilfe 80 %",
        "   AF-Beihilfe B20-Kind, PVB                               48,70 EUR",
        "",
        "Monatsbeitrag gesamt: 610,93 EUR",
        "Zahlungsweise monatlich per Lastschrift, Mandatsreferenz AKV-7031744500-01",
    ], title="Versicherungsschein 7031744500")
    hinweise = dedent("""
        Hinweise zu Ihrer Neuausfertigung
        ---------------------------------
        - Grund: Erhöhung des Beihilfesatzes Ihrer Ehefrau auf 70 % (zweites
          berücksichtigungsfähiges Kind), Anpassung des Restkostentarifs.
        - Der Leistungsausschluss aus dem Antrag 2011 bleibt bestehen.
        - Bitte reichen Sie Rechnungen erst nach Abrechnung der Beihilfe ein
          (Beihilfebescheid beilegen).
        """)
    z = zip_bytes([("Versicherungsschein_7031744500.pdf", vs),
                   ("Hinweise.txt", hinweise.replace("\n", "\r\n").encode("cp1252"))],
                  when=(2026, 4, 20, 11, 2, 0))
    body = text("""
        Sehr geehrter Herr Dr. Lammerding,

        anbei wie gewünscht die Vertragsunterlagen als ZIP-Datei.

        @@SIG:yildirim@@
        """)
    return message("yildirim", "frank.lammerding@kabelmail.example", "Ihre Vertragsunterlagen",
                   "2026-04-20 11:05", mixed(body, attach(z, "Vertragsunterlagen_7031744500.zip")))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "underwriting decision on a broker's client's health insurance application: asthma J45.0, risk surcharge, exclusion; client named")
def kv_antrag_makler_asthma():
    body = text("""
        Hallo Frau Öztürk,

        zum Antrag Ihres Kunden Herrn Malte Bünger (Antrag vom 02.03.2026,
        AF-Komfort 600 + AS1 + KTG 43) haben wir die Risikoprüfung
        abgeschlossen:

        - Asthma bronchiale (J45.0), allergisch, seit der Jugend, derzeit
          Budesonid/Formoterol-Spray bei Bedarf, letzter Krankenhausaufenthalt
          2019: Risikozuschlag 20 % auf AF-Komfort 600.
        - Knie-Arthroskopie 2022 (Meniskus), folgenlos ausgeheilt laut
          Bericht Dr. Bahr: kein Zuschlag.
        - KTG 43: Annahme nur mit Ausschluss von Arbeitsunfähigkeit wegen
          Erkrankungen der Atemwege in den ersten drei Jahren.

        Das geänderte Angebot geht heute an Sie raus. Der Kunde hat vier
        Wochen Zeit, es anzunehmen. Bei Fragen zu den Befunden bitte direkt
        den Kunden an uns verweisen, wir besprechen das gern mit ihm selbst.

        @@SIG:hoppenstedt@@
        """)
    return message("hoppenstedt", "Ayla Öztürk <a.oeztuerk@brandes-oeztuerk.example>",
                   "Antrag Bünger – Ergebnis der Risikoprüfung", "2026-03-23 16:12", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "occupational disability benefit decision (PDF): depressive episode F32.1 of teacher Miriam Haack, disability degree, monthly pension; body harmless")
def bu_leistungsentscheidung():
    pdf = pdf_bytes([
        "#Ahornfeld Lebensversicherung AG – Leistungsprüfung Berufsunfähigkeit",
        "",
        "Versicherte Person: Miriam Haack, geb. 21.10.1979",
        "Vertrag: L 59 770 142-2 (selbständige BU, Rente 1.800 EUR mtl.)",
        "Beruf zuletzt: Gymnasiallehrerin (Deutsch/Geschichte), Vollzeit",
        "",
        "#Entscheidung",
        "Wir erkennen unsere Leistungspflicht ab 01.11.2025 an.",
        "",
        "#Begründung",
        "Nach den Berichten von Dr. Scholten (Facharzt für Psychiatrie) vom 12.01.2026 und",
        "der Tagesklinik Hildesheim (Aufenthalt 10.11.2025 bis 19.12.2025) besteht eine",
        "mittelgradige depressive Episode (F32.1) mit Konzentrations- und Antriebsstörungen.",
        "Das Gutachten von Prof. Dr. Wendeborn vom 02.03.2026 bestätigt eine",
        "Berufsunfähigkeit von 70 % für voraussichtlich mindestens sechs Monate.",
        "",
        "#Leistungen",
        "BU-Rente 1.800 EUR monatlich ab 01.11.2025, Nachzahlung 7.200 EUR",
        "Beitragsbefreiung ab 01.11.2025, Erstattung gezahlter Beiträge 384,40 EUR",
        "",
        "Wir werden die Voraussetzungen im Frühjahr 2027 erneut prüfen (Nachprüfung).",
    ], title="BU-Entscheidung L59770142-2")
    body = text("""
        Sehr geehrte Frau Haack,

        wir haben unsere Prüfung abgeschlossen. Unsere Entscheidung finden Sie
        in der Anlage; das Original kommt zusätzlich per Post.

        @@SIG:distefano@@
        """)
    return message("distefano", "miriam.haack@webfach.example", "Ihr Antrag vom 14.11.2025",
                   "2026-03-09 10:30", mixed(body, attach(pdf, "Entscheidung_L59770142-2.pdf")))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurance beneficiary change for Karl-Heinz Bodenstab (new partner as beneficiary, birth dates); no medical word, life line")
def leben_bezugsrecht():
    body = text("""
        Sehr geehrter Herr Bodenstab,

        Ihre Änderung des Bezugsrechts ist eingegangen. Für Ihre
        Risikolebensversicherung L 57 118 443-0 (Versicherungssumme
        150.000 EUR, Ablauf 31.12.2034) gilt ab sofort:

          Bezugsberechtigt im Todesfall (widerruflich):
          Frau Dagmar Lüttge, geb. 17.03.1966, Lebensgefährtin
          bisher: Frau Renate Bodenstab (geschiedene Ehefrau)

        Bitte beachten Sie: Frau Lüttge ist mit Ihnen nicht verheiratet. Im
        Todesfall kann deshalb Erbschaftsteuer anfallen (Freibetrag nur
        20.000 EUR). Eine Überkreuz-Versicherung wäre steuerlich günstiger –
        sprechen Sie uns gern darauf an.

        @@SIG:hallmann@@
        """)
    return message("hallmann", "kh.bodenstab@t-net.example", "Änderung Bezugsrecht L 57 118 443-0",
                   "2026-02-05 11:54", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
      "hidden in a forwarded message/rfc822: a lawyer claims damages for a cyclist's injuries (clavicle fracture, concussion) caused by the insured driver")
def anwalt_personenschaden_rfc822():
    inner_body = text("""
        Sehr geehrte Damen und Herren,

        wir zeigen an, dass wir Frau Leonie Wachsmuth, Göttingstraße 19,
        31134 Hildesheim, vertreten. Ihre Versicherungsnehmerin, Frau Ilse
        Warnecke (HI-IW 56), hat unsere Mandantin am 02.03.2026 beim
        Rechtsabbiegen an der Kreuzung Kaiserstraße/Annenstraße mit dem
        Fahrrad erfasst.

        Unsere Mandantin erlitt eine Claviculafraktur links (S42.0), eine
        Gehirnerschütterung (S06.0) und Prellungen. Sie wurde im Klinikum am
        Kalenberger Graben operativ versorgt (Plattenosteosynthese) und war
        bis 17.04.2026 arbeitsunfähig.

        Wir machen geltend:
          Schmerzensgeld (Vorschuss)           6.000,00 EUR
          Verdienstausfall (netto, 6 Wochen)   3.118,40 EUR
          Fahrrad (Wiederbeschaffung)          1.249,00 EUR
          Kostenpauschale                         25,00 EUR

        Ärztliche Unterlagen übersenden wir nach Anerkennung der Haftung dem
        Grunde nach. Wir haben uns eine Frist bis 15.05.2026 notiert.

        Mit freundlichen Grüßen
        Dr. Lukas Drewes, Rechtsanwalt
        Kanzlei Drewes & Marquardt
        """)
    inner = inner_message("Kanzlei Drewes & Marquardt <sekretariat@drewes-marquardt.example>",
                          "kfz-schaden@ahornfeld.example",
                          "Wachsmuth ./. Warnecke – Ihr Zeichen S-2026-0008812", "2026-04-24 14:02",
                          inner_body, mid="<dm-2026-0424-wachsmuth@drewes-marquardt.example>")
    body = text("""
        Hallo Ruben,

        der Personenschadenteil gehört zu dir. Sachschaden am Rad mache ich.
        Originalmail hängt an.

        @@SIG:sander@@
        """)
    return message("sander", "feddersen", "WG: Wachsmuth ./. Warnecke – Ihr Zeichen S-2026-0008812",
                   "2026-04-27 08:10", mixed(body, attach_eml(inner)))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance: disability benefit for the loss of function of an index finger (circular saw accident) of Ralf Pöhlmann, Gliedertaxe, amount")
def unfall_invaliditaet():
    body = text("""
        Sehr geehrter Herr Pöhlmann,

        das Gutachten von Dr. Ostendorf (Unfallchirurgie) vom 18.05.2026 liegt
        uns vor. Danach besteht nach Ihrem Unfall mit der Kreissäge am
        14.08.2025 eine dauerhafte Funktionsbeeinträchtigung des rechten
        Zeigefingers (Teilamputation im Endglied, Bewegungseinschränkung im
        Mittelgelenk) von 7/10 Fingerwert.

        Berechnung nach der Gliedertaxe Ihres Vertrags U-6602 1187:
          Zeigefinger = 10 % Invalidität, davon 7/10   = 7 %
          Grundsumme 100.000 EUR, Progression 225 %
          (Progression greift erst ab 25 % Invalidität)
          Invaliditätsleistung                        7.000,00 EUR
          abzüglich bereits gezahlter Vorschuss      -2.000,00 EUR
          Restzahlung                                 5.000,00 EUR

        Das Krankenhaustagegeld für die 3 Tage im Klinikum (1.500 EUR
        insgesamt) hatten wir bereits im September gezahlt.

        Sie bzw. wir können den Invaliditätsgrad bis drei Jahre nach dem
        Unfall jährlich neu bemessen lassen.

        @@SIG:distefano@@
        """)
    return message("distefano", "ralf.poehlmann@netzpost.example", "Unfall vom 14.08.2025 – Invaliditätsleistung",
                   "2026-06-03 09:20", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "death benefit of a term life policy: condolences to the widow, request for death certificate and a doctor's statement on the cause of death")
def leben_sterbefall():
    body = text("""
        Sehr geehrte Frau Rademacher,

        zum Tod Ihres Mannes, Herrn Jürgen Rademacher, sprechen wir Ihnen
        unser aufrichtiges Beileid aus.

        Ihr Mann war bei uns mit einer Risikolebensversicherung versichert
        (L 57 902 016-8, Versicherungssumme 200.000 EUR); Sie sind als
        Bezugsberechtigte eingetragen. Damit wir die Leistung auszahlen
        können, brauchen wir noch:

        1. die Sterbeurkunde (Kopie genügt),
        2. die ärztliche Bescheinigung über die Todesursache – dafür liegt ein
           Formular bei, das der Hausarzt Ihres Mannes ausfüllen kann; da der
           Vertrag erst 2023 begonnen hat, müssen wir prüfen, ob die
           Erkrankung schon bei Antragstellung bekannt war,
        3. Ihre Bankverbindung.

        Wenn Ihnen der Schriftverkehr gerade zu viel ist, können Sie auch
        eine Vertrauensperson bevollmächtigen. Ich bin unter der unten
        genannten Nummer direkt für Sie da.

        @@SIG:hallmann@@
        """)
    return message("hallmann", "b.rademacher@leinepost.example", "Ihre Nachricht vom 02.06.2026",
                   "2026-06-04 13:44", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "rent deposit guarantee for tenant Laura Fricke: landlord, flat address, guarantee amount and annual fee")
def mietkaution():
    body = text("""
        Hallo Frau Fricke,

        Ihre Mietkautionsbürgschaft ist ausgestellt:

          Bürgschaftsnummer:  MK-2026-00418
          Mieterin:           Laura Fricke
          Vermieter:          Wohnungsbaugenossenschaft Innerste eG
          Mietobjekt:         Peiner Straße 52, 3. OG rechts, 31137 Hildesheim
          Bürgschaftssumme:   2.370,00 EUR (3 Nettokaltmieten)
          Jahresgebühr:       99,54 EUR (4,2 %)

        Die Originalurkunde geht per Post direkt an die Genossenschaft. Sie
        erhalten eine Kopie mit dem Versicherungsschein.

        Viele Grüße
        Ihr Ahornfeld-Kundenservice
        """)
    return message("Ahornfeld Kundenservice <service@ahornfeld.example>", "laura.fricke@inbox.example",
                   "Ihre Mietkautionsbürgschaft MK-2026-00418", "2026-03-26 12:02", body)


@mail("CONFIDENTIAL", "de", "insurer-to-applicant",
      "reply to a job applicant confirming the interview and restating her salary expectation and notice period")
def bewerberin_einladung():
    body = text("""
        Sehr geehrte Frau Dalkılıç,

        vielen Dank für Ihre Bewerbung als Sachbearbeiterin im Mitgliederservice
        Beitrag & Vertrag. Wir möchten Sie gern kennenlernen und laden Sie zum
        Gespräch ein:

          Dienstag, 14.04.2026, 10:00 Uhr
          Ahornfeld-Platz 1, Empfang Haus A
          Gesprächspartner: Tobias Lindqvist (Fachbereich), Petra Wichmann (Personal)

        Ihre Angaben haben wir notiert: Gehaltsvorstellung 46.000 EUR brutto
        jährlich, Kündigungsfrist drei Monate zum Quartalsende, derzeitiges
        Gehalt bei der Leine-Assekuranz 41.300 EUR.

        Bitte bestätigen Sie den Termin kurz per Mail. Fahrtkosten erstatten
        wir nicht.

        @@SIG:wichmann@@
        """)
    return message("wichmann", "Elif Dalkılıç <elif.dalkilic@webfach.example>",
                   "Ihre Bewerbung – Einladung zum Gespräch", "2026-04-01 14:20", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "e-bike insurance registration: customer, frame number, purchase price and contract number")
def ebike_anmeldung():
    body = text("""
        Moin Herr Behrens,

        Ihr neues E-Bike ist versichert:

          Fahrrad-Police:   FR-7712 0093
          Versicherter:     Ole Behrens, Sedanstraße 11, 31134 Hildesheim
          Rad:              Stevens E-Triton 7.6, Rahmennummer WSBC604218875K
          Akku-Nr.:         BP-2291-44718
          Kaufpreis:        4.299 EUR (Rechnung Zweirad Möller vom 06.05.2026)
          Beitrag:          14,90 EUR monatlich ab 07.05.2026

        Gestohlen, beschädigt, Akku kaputt: einfach online melden.

        Viele Grüße
        Ihr Ahornfeld-Kundenservice
        """)
    return message("Ahornfeld Kundenservice <service@ahornfeld.example>", "ole.behrens@freemail.example",
                   "Ihr E-Bike ist versichert", "2026-05-07 18:02", body)


IBAN_SCHWERDTFEGER = iban("DE", "251933310712004488")


@mail("CONFIDENTIAL", "de", "internal",
      "sole-trader tied agent Jörn Schwerdtfeger's new IBAN, tax number and register number to be changed in the agent system")
def vermittler_stammdaten():
    body = text("""
        Hallo zusammen,

        bitte folgende Änderung im Vermittlersystem (VM-Nr. 10447) erfassen,
        Unterlagen liegen im DMS:

          Agentur Jörn Schwerdtfeger, Einzelunternehmen
          neue Bankverbindung ab Provisionslauf April:
            %s (Sparkasse Hildesheim Goslar Peine)
          Steuernummer: 30/119/40521 (Finanzamt Hildesheim), USt-befreit
          Vermittlerregister: D-T4KP-MW2R1-88

        Die alte Verbindung bei der Volksbank bitte sperren, nicht löschen.

        @@SIG:hoppenstedt@@
        """ % IBAN_SCHWERDTFEGER)
    return message("hoppenstedt", "vertriebsservice@ahornfeld.example",
                   "Stammdatenänderung Agentur Schwerdtfeger (VM 10447)", "2026-03-24 10:44", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "glass insurance claim: broken ceramic hob in customer Annegret Sowa's kitchen; contract, address, payment")
def glasbruch_ceranfeld():
    body = text("""
        Sehr geehrte Frau Sowa,

        schade um das Kochfeld! Den Glasbruch am Ceranfeld (Schaden vom
        19.02.2026) übernehmen wir aus Ihrer Glasversicherung GL-1180 3345.

        Sie können das Kochfeld vom Elektriker Ihrer Wahl tauschen lassen und
        uns die Rechnung schicken, oder Sie nutzen unseren Partner
        Elektro Bührig (Lieferung und Einbau innerhalb einer Woche, direkt
        mit uns abgerechnet). Herr Bührig würde sich dann für einen Termin in
        der Rathausstraße 4 bei Ihnen melden.

        Bitte geben Sie mir kurz Bescheid, was Ihnen lieber ist.

        @@SIG:ostermeyer@@
        """)
    return message("ostermeyer", "annegret.sowa@kabelmail.example", "Ihr Glasschaden S-2026-0006011",
                   "2026-02-20 09:03", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "hidden in a ZIP: natural hazard (heavy rain) claim record PDF and CSV list of damaged items with the customer's name, address and contract")
def elementar_zip():
    prot = pdf_bytes([
        "#Schadenprotokoll Elementar – Ortstermin 08.07.2026",
        "Schaden: S-2026-0021744   Vertrag: WG-5512 4410 (Wohngebäude inkl. Elementar)",
        "Versicherungsnehmer: Andreas und Katrin Luhmann, Wiesenweg 5, 31188 Holle",
        "",
        "Ereignis: Starkregen 04.07.2026, Rückstau über Bodenablauf Keller,",
        "Wasserstand ca. 40 cm. Rückstauklappe vorhanden, aber defekt (Wartung zuletzt 2019).",
        "",
        "Betroffen: Heizungsraum (Brenner, Pumpen), Estrich und Putz Keller, Waschküche.",
        "Sofortmaßnahmen: Abpumpen durch FFW Holle, Trocknung beauftragt.",
        "Selbstbeteiligung Elementar: 10 % mind. 1.000 EUR.",
        "Hinweis: Kürzung wegen Obliegenheitsverletzung (Wartung) wird geprüft.",
        "",
        "Aufgenommen: L. Ostermeyer, Ahornfeld; anwesend: A. Luhmann",
    ], title="Schadenprotokoll S-2026-0021744")
    liste = csv_text([["Pos", "Gegenstand", "Raum", "Alter", "Neuwert EUR", "Zeitwert EUR"],
                      ["1", "Gas-Brennwerttherme", "Heizungsraum", "9", "8.400", "3.360"],
                      ["2", "Heizungspumpe", "Heizungsraum", "4", "640", "480"],
                      ["3", "Estrich 28 m²", "Keller", "-", "3.920", "3.920"],
                      ["4", "Innenputz", "Keller", "-", "2.150", "2.150"],
                      ["5", "Waschmaschine (Hausrat, separat)", "Waschküche", "6", "699", "-"]])
    z = zip_bytes([("Schadenprotokoll_S-2026-0021744.pdf", prot),
                   ("Schadenliste.csv", liste.encode("utf-8"))], when=(2026, 7, 8, 16, 40, 0))
    body = text("""
        Hallo Herr Luhmann,

        wie vor Ort besprochen hier das Protokoll und die Liste zum
        Gegenlesen. Bitte korrigieren Sie mir die Liste, wenn etwas fehlt.

        @@SIG:ostermeyer@@
        """)
    return message("ostermeyer", "andreas.luhmann@leinepost.example", "Unterlagen vom Ortstermin",
                   "2026-07-08 17:05", mixed(body, attach(z, "Ortstermin_08-07.zip")))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses for a tenancy dispute (rent increase) of Michael and Sandra Ruhnau: landlord, rent, contract, cover confirmation")
def rs_mietstreit():
    body = alt_auto("""
        Sehr geehrter Herr Ruhnau,

        für Ihre Auseinandersetzung mit Ihrer Vermieterin, der Hausverwaltung
        Gerstenberg KG, wegen der Mieterhöhung von 860 EUR auf 989 EUR
        Kaltmiete (Schreiben vom 15.01.2026) besteht Versicherungsschutz aus
        Ihrem Privat- und Wohnungs-Rechtsschutz RS-8809 1007.

        Wir übernehmen die Kosten der außergerichtlichen Vertretung durch
        einen Anwalt Ihrer Wahl, abzüglich Ihrer Selbstbeteiligung von 150 EUR.
        Wenn Sie keinen Anwalt kennen, empfehlen wir Ihnen gern einen aus
        unserem Netzwerk; die Erstberatung dort ist kostenfrei.

        Wichtig: Bitte stimmen Sie der Mieterhöhung nicht zu, bevor Sie mit
        dem Anwalt gesprochen haben; die Überlegungsfrist läuft bis Ende März.

        @@SIG:feddersen@@
        """)
    return message("feddersen", "michael.ruhnau@t-net.example", "Deckungszusage Mietrecht – Ihr Zeichen Ruhnau",
                   "2026-02-10 10:15", body)


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "business liability offer for a sole-trader hairdresser: owner Jasmin Kirchner's name, turnover and address")
def betriebshaftpflicht_friseurin():
    body = text("""
        Sehr geehrte Frau Kirchner,

        danke für das nette Gespräch gestern in Ihrem Salon. Wie versprochen
        das Angebot für Ihre Betriebshaftpflicht:

          Betrieb:            Salon Jasmin – Inh. Jasmin Kirchner (Einzelunternehmen)
          Anschrift:          Osterstraße 30, 31134 Hildesheim
          Jahresumsatz 2025:  148.000 EUR (laut Ihrer Angabe)
          Mitarbeitende:      2 Angestellte, 1 Auszubildende
          Deckung:            5 Mio. EUR, inkl. Tätigkeitsschäden an Haar und
                              Kopfhaut, Schlüsselverlust, Mietsachschäden
          Jahresbeitrag:      412,30 EUR inkl. Versicherungsteuer

        Optional Inhaltsversicherung für Einrichtung und Ware (Vers.-Summe
        60.000 EUR): 287,00 EUR im Jahr.

        @@SIG:wendt@@
        """)
    return message("wendt", "info@salon-jasmin.example", "Ihr Angebot Betriebshaftpflicht",
                   "2026-05-13 08:50", body)


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: answer to an industry working group survey with aggregate counts of members in emergency, basic and standard tariffs; no person")
def umfrage_arbeitskreis():
    xlsx = xlsx_bytes([("Umfrage 2026", [
        ["Arbeitskreis PKV Nord – Umfrage Sozialtarife, Stichtag 31.12.2025", "", ""],
        ["Kennzahl", "Ahornfeld KV", "Vorjahr"],
        ["Vollversicherte Personen", 112048, 110912],
        ["davon im Notlagentarif", 418, 455],
        ["davon mit Ruhen der Leistungen (Mahnverfahren)", 131, 149],
        ["im Basistarif", 96, 91],
        ["davon mit Halbierung wegen Hilfebedürftigkeit", 38, 33],
        ["im Standardtarif", 1204, 1237],
        ["Beitragsrückstände gesamt (Mio. EUR)", 4.7, 5.1],
        ["Wechsel nach § 204 VVG im Jahr", 3140, 2876],
    ])], creator="Ulrike Meinecke")
    body = text("""
        Sehr geehrter Herr Dr. Ebeling,

        anbei unsere Antworten zur diesjährigen Umfrage. Alle Zahlen sind
        Bestandszahlen ohne Personenbezug; Werte unter 10 hätten wir gemäß
        Ihrer Vorgabe mit "<10" ausgewiesen, das war aber nirgends nötig.

        @@SIG:meinecke@@
        """)
    return message("meinecke", "Dr. Carsten Ebeling <umfrage@ak-pkv-nord.example>",
                   "Umfrage Sozialtarife 2026 – Ahornfeld", "2026-02-27 15:40",
                   mixed(body, attach(xlsx, "Umfrage_Sozialtarife_Ahornfeld.xlsx")))


@mail("NORMAL", "de", "insurer-to-hospital",
      "trap: agreement on the direct billing process (clinic card, electronic invoices, payment terms) with a hospital's finance department; no patient")
def klinik_direktabrechnung():
    body = text("""
        Sehr geehrter Herr Hufnagel,

        danke für das Gespräch am Dienstag. Ich fasse zusammen, worauf wir uns
        für die Direktabrechnung ab 01.07.2026 verständigt haben:

        1. Aufnahme: Die Klinik prüft bei Ahornfeld-Mitgliedern die Klinik-Card
           bzw. fragt die Kostenübernahme elektronisch an; unsere Antwort
           kommt werktags innerhalb von 2 Stunden.
        2. Rechnungen: nur noch elektronisch über den Datenaustausch, keine
           Papier- oder Faxrechnungen mehr; Wahlleistungsrechnungen der
           Chefärzte laufen weiter über die PVS.
        3. Zahlungsziel: 21 Tage nach Eingang, bei Rückfragen Zwischenzahlung
           von 80 %.
        4. Rückfragen des MD-analogen Prüfdienstes stellen wir gesammelt
           einmal pro Woche.
        5. Ansprechpartner bei uns: Team Krankenhausabrechnung,
           klinik@ahornfeld.example, Tel. 05121 4807-2260.

        Bitte schicken Sie mir bis Ende Mai Ihre IK-Nummern aller Standorte
        und den Ansprechpartner für technische Fragen.

        @@SIG:brenneke@@
        """)
    return message("brenneke", "Frank Hufnagel <f.hufnagel@klinikum-kalenberg.example>",
                   "Direktabrechnung ab 01.07. – Zusammenfassung", "2026-05-14 16:22", body)


@mail("NORMAL", "de", "internal",
      "trap: minutes of a data protection impact assessment for the receipt app (risks for health data, measures) in an ODT; no member data")
def dsfa_protokoll_odt():
    odt = odt_bytes([
        "#DSFA Belege-App 5.0 – Protokoll Workshop 2",
        "Datum: 05.05.2026, Teilnehmende: Datenschutz, IT-Sicherheit, Leistungsservice, Belegwerk GmbH",
        "Gegenstand: Verarbeitung von Arztrechnungen, Rezepten und Heil- und Kostenplänen über die App; "
        "automatische Texterkennung (OCR) und Zuordnung von Diagnosen zu Tarifleistungen.",
        "#Risiken",
        [["Nr.", "Risiko", "Eintritt", "Schwere", "Maßnahme"],
         ["R1", "Fotos bleiben in der Galerie des Smartphones", "hoch", "hoch", "Aufnahme nur in der App, kein Export in die Galerie"],
         ["R2", "Belege falscher Personen zugeordnet (Familienversicherung)", "mittel", "hoch", "Personenauswahl vor Upload, Plausibilitätsprüfung"],
         ["R3", "OCR-Dienstleister nutzt Daten zum Training", "gering", "hoch", "vertraglich ausgeschlossen, Audit"],
         ["R4", "Push-Nachrichten zeigen Erstattungsdetails auf dem Sperrbildschirm", "hoch", "mittel", "Push ohne Inhalt"]],
        "#Ergebnis",
        "Restrisiko nach Maßnahmen: vertretbar. Vorlage an die Datenschutzbeauftragte bis 20.05.2026.",
    ])
    body = text("""
        Liebe Kolleginnen und Kollegen,

        anbei das Protokoll unseres zweiten DSFA-Workshops zur Belege-App 5.0.
        Bitte Anmerkungen bis Freitag direkt in die Datei oder per Mail an mich.

        @@SIG:brunswick@@
        """)
    return message("brunswick", ["roloff", "pahl", "it-sicherheit@ahornfeld.example"],
                   "DSFA Belege-App 5.0 – Protokoll Workshop 2", "2026-05-06 10:02",
                   mixed(body, attach(odt, "DSFA_Belege-App_Workshop2.odt")))


@mail("NORMAL", "de", "internal",
      "trap: blank template of a release from medical confidentiality (DOCX) with empty fields; no person named")
def vorlage_schweigepflicht():
    docx = docx_bytes([
        "#Erklärung zur Entbindung von der Schweigepflicht (Einzelfall)",
        "Ahornfeld Krankenversicherung a.G. – Formular SE-01, Stand 04/2026",
        "Versicherte Person: ______________________  geb. am: ____________",
        "Mitgliedsnummer: ______________________",
        "Ich entbinde die nachfolgend genannten Ärztinnen, Ärzte, Therapeutinnen, Therapeuten und "
        "Krankenhäuser von ihrer Schweigepflicht, soweit die Ahornfeld Krankenversicherung a.G. zur "
        "Prüfung des Leistungsantrags vom ____________ Auskünfte benötigt:",
        [["Name / Einrichtung", "Anschrift", "Behandlungszeitraum"],
         ["", "", ""], ["", "", ""], ["", "", ""]],
        "Die Erklärung gilt nur für diesen Leistungsfall. Ich kann sie jederzeit widerrufen.",
        "Ort, Datum: ____________  Unterschrift: ______________________",
    ], creator="Recht / Datenschutz", title="Formular SE-01")
    body = text("""
        Hallo zusammen,

        die neue Fassung des Formulars SE-01 (Schweigepflichtentbindung im
        Einzelfall) ist abgestimmt. Bitte nur noch diese verwenden und die
        alten Vordrucke aus den Schubladen entsorgen (Datenschutztonne).

        @@SIG:brunswick@@
        """)
    return message("brunswick", "team-leistung-kranken@ahornfeld.example",
                   "Neues Formular SE-01 Schweigepflichtentbindung", "2026-04-09 08:30",
                   mixed(body, attach(docx, "Formular_SE-01_Schweigepflichtentbindung.docx")))


@mail("NORMAL", "de", "internal",
      "trap: capacity planning for the member hotline during the premium adjustment mailing (expected calls per day); aggregates only")
def kapazitaet_hotline_bap():
    body = text("""
        Hallo Merve, hallo Tobias,

        für die Planung der Hotline nach dem Versand der
        Beitragsanpassungsschreiben habe ich die Vorjahreszahlen hochgerechnet:

          Versand Post:           24.02.2026
          Erwartete Anrufe KW 9:  ca. 1.900 (Vorjahr 1.640)
          KW 10:                  ca. 3.400 – Spitze Mo/Di mit je 900
          KW 11:                  ca. 2.100
          KW 12-14:               je ca. 800, dann Normalniveau
          Schriftliche Anfragen:  ca. 2.600 insgesamt, davon 40 % Tarifwechsel

        Vorschlag: In KW 10 zehn Kolleginnen und Kollegen aus dem
        Leistungsservice stundenweise auf die Hotline, Anfragen zu
        Tarifwechseln gesammelt an Tarif & Beitrag. Henrik hat grundsätzlich
        zugestimmt, wenn die Belegbearbeitung dann nicht mehr als 3 Tage
        liegen bleibt.

        @@SIG:meinecke@@
        """)
    return message("meinecke", ["yildirim", "lindqvist"], "Hotline-Planung BAP 2026",
                   "2026-02-13 11:31", body, cc="pahl")


@mail("NORMAL", "de", "insurer-to-customer",
      "portal notification without content ('you have a new message'); no name, no line of business, no data")
def portal_benachrichtigung():
    body = text("""
        Guten Tag,

        in Ihrem Ahornfeld-Postfach liegt eine neue Nachricht für Sie.

        Melden Sie sich an unter https://portal.ahornfeld.example, um sie zu
        lesen. Aus Sicherheitsgründen versenden wir keine Inhalte per E-Mail.

        Sie haben sich nicht für das Postfach registriert? Dann ignorieren Sie
        diese E-Mail bitte.

        Ihr Ahornfeld-Team

        Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht.
        """)
    return message("Ahornfeld Postfach <no-reply@ahornfeld.example>", "t.krueger82@freemail.example",
                   "Neue Nachricht in Ihrem Ahornfeld-Postfach", "2026-06-10 07:12", body,
                   extra=[("Auto-Submitted", "auto-generated")])


@mail("NORMAL", "de", "internal",
      "trap: anonymised case study for claims training (age band, diagnosis, course of treatment) that identifies nobody")
def fallbeispiel_schulung():
    body = text("""
        Liebe Kolleginnen und Kollegen,

        für die Schulung am Donnerstag ein Fallbeispiel zur Vorbereitung. Der
        Fall ist aus mehreren echten Fällen zusammengesetzt und verfremdet;
        Alter, Ort und Daten stimmen mit keinem Mitglied überein.

        "Versicherter, männlich, Altersgruppe 50-59, Tarif mit 600 EUR
        Selbstbehalt. Nach einem Bandscheibenvorfall (lumbal) werden innerhalb
        von drei Monaten eingereicht: Rechnungen eines Orthopäden (GOÄ,
        Steigerungsfaktor 3,5 ohne Begründung), 18 x Krankengymnastik,
        eine Rechnung über Akupunktur durch einen Heilpraktiker und ein
        Kostenvoranschlag für eine ambulante Reha."

        Fragen:
        1. Welche Rechnungen sind wie zu kürzen?
        2. Welche Unterlagen fordern Sie vor der Reha-Zusage an?
        3. Wie formulieren Sie die Ablehnung der Akupunktur, ohne die
           Diagnose in die Mail zu schreiben?

        @@SIG:pahl@@
        """)
    return message("pahl", "team-leistung-kranken@ahornfeld.example",
                   "Fallbeispiel für Donnerstag", "2026-04-13 15:45", body)

# ---------------------------------------------------------------------------
# batch 6: NORMAL mails, many of them traps
# ---------------------------------------------------------------------------


@mail("NORMAL", "en", "internal",
      "IT announcement about the move of shared mailboxes to a new mail platform; no personal data")
def en_mailbox_migration():
    body = text("""
        Dear colleagues,

        On the weekend of 13/14 June we will move all shared mailboxes
        (claims@, leistung@, klinik@, mitgliederservice@ and the broker
        mailboxes) to the new mail platform.

        What this means for you:
        * Friday 12 June from 18:00 until Monday 07:00 the shared mailboxes
          are read-only. Personal mailboxes are not affected.
        * Folder structures and rules are migrated; please check your
          favourites on Monday morning.
        * Encryption for outgoing mail to customers and hospitals continues to
          work as before - the gateway decides automatically, you don't need
          to change anything.
        * Please do not save mails as files on your desktop to "be safe".

        Questions: IT service desk, ext. -6600.

        @@SIGEN:roloff@@
        """)
    return message("roloff", "alle-mitarbeitenden@ahornfeld.example",
                   "Shared mailboxes move to the new platform on 13/14 June", "2026-06-02 12:00", body)


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: monthly volume report to the assistance partner (cases by region and type, evacuations); aggregates only")
def en_assistance_volume():
    htm = html("""
        <html><body style="font-family:Arial;font-size:10pt">
        <p>Hi Gareth,</p>
        <p>Ahead of the monthly service review, here are our figures for May. Happy to go through
        the two SLA breaches on the call.</p>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
        <tr style="background:#e8efe4"><th>Region</th><th>Cases opened</th><th>GOPs issued</th><th>Evacuations</th><th>SLA met (1h)</th></tr>
        <tr><td>Europe</td><td>212</td><td>48</td><td>1</td><td>98%</td></tr>
        <tr><td>Middle East</td><td>67</td><td>22</td><td>0</td><td>95%</td></tr>
        <tr><td>Asia</td><td>143</td><td>51</td><td>2</td><td>91%</td></tr>
        <tr><td>Africa</td><td>39</td><td>12</td><td>1</td><td>100%</td></tr>
        <tr><td>Americas</td><td>58</td><td>9</td><td>0</td><td>97%</td></tr>
        <tr><td><b>Total</b></td><td><b>519</b></td><td><b>142</b></td><td><b>4</b></td><td><b>95%</b></td></tr>
        </table>
        <p>Top case types: maternity pre-authorisations, orthopaedic surgery, dengue season in
        South-East Asia. Case-level details only through the shared case tool, please.</p>
        <p>Best,<br>Rafael</p>
        </body></html>
        """)
    return message("ortega", "Gareth Pryce <g.pryce@meridian-assist.example>",
                   "May volumes ahead of service review", "2026-06-05 10:30", htm)


@mail("NORMAL", "en", "internal",
      "trap: claims automation figures (straight-through processing by invoice type, reasons for manual review); no member")
def en_stp_rates():
    body = text("""
        Hi Henrik,

        You asked for the automation figures for the board deck. April 2026,
        all health invoices (domestic and international):

          Invoice type            volume    auto-settled   main reason for manual review
          Pharmacy                61,204    93 %           unreadable receipt
          GP / specialist (GOÄ)   48,977    71 %           factor above 2.3 without reason
          Dental (GOZ)            14,310    38 %           treatment plan needed
          Physio / therapies      11,842    64 %           missing prescription
          Hospital                 2,106    12 %           elective services, length of stay
          Aids (hearing, vision)   3,390    22 %           cost estimate needed

        Overall: 72.8 % (March 71.9 %). The app upload bug in March cost us
        about 1.5 points.

        Ulrike
        """)
    return message("meinecke", "pahl", "STP figures April for board deck", "2026-05-08 13:13", body)


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: ZIP of campaign material (briefing text, media plan CSV) for a 'stay healthy' advertising campaign; no person")
def en_campaign_zip():
    briefing = dedent("""
        Ahornfeld "Gesund bleiben" campaign 2026 - briefing for the agency

        Target group: self-employed and civil servants aged 28-45 in Lower
        Saxony and Hamburg who consider switching to private health insurance.

        Key messages:
        - Check-ups and vaccinations paid in full, no deductible.
        - Telehealth 24/7.
        - Mutual insurer: profits go back to members.

        Do NOT use: pictures of hospital beds, patients in distress, real
        member stories without written consent (legal has the consent forms).
        Tone: calm, regional, trustworthy. Colours: maple green #4a6b3a.
        """)
    media = csv_text([["channel", "start", "end", "budget_eur", "kpi"],
                      ["Radio ffn", "2026-09-01", "2026-09-30", "48000", "reach"],
                      ["Meta", "2026-09-01", "2026-10-31", "35000", "leads"],
                      ["Regional press HAZ/HiAZ", "2026-09-05", "2026-09-26", "22000", "reach"],
                      ["Bus posters Hildesheim", "2026-09-01", "2026-10-15", "9500", "reach"]], sep=",")
    z = zip_bytes([("briefing_gesund_bleiben.txt", briefing.encode("utf-8")),
                   ("media_plan_2026.csv", media.encode("utf-8"))], when=(2026, 6, 15, 9, 0, 0))
    body = text("""
        Hi Nora,

        As promised, the briefing and the draft media plan for the autumn
        campaign. Logos and fonts are in the brand portal as usual. Could we
        see first layouts by 10 July?

        @@SIGEN:feldhusen@@
        """)
    return message("feldhusen", "Nora Kessler <nora@studio-lindgruen.example>",
                   "Briefing autumn campaign 'Gesund bleiben'", "2026-06-15 09:20",
                   mixed(body, attach(z, "gesund_bleiben_briefing.zip")))


@mail("NORMAL", "en", "newsletter",
      "trap: travel newsletter with general tips on travel health cover, lost luggage and cancellations; no person")
def en_newsletter_travel():
    htm = html("""
        <html><body style="font-family:Helvetica,Arial;font-size:14px">
        <h2>Ready for summer? Five things to check before you travel</h2>
        <ol>
        <li><b>Travel health cover:</b> statutory health insurance pays little or nothing outside
        the EU, and never for repatriation. Our travel health cover costs from EUR 11.90 a year.</li>
        <li><b>European Health Insurance Card:</b> take it with you within the EU.</li>
        <li><b>Medicines:</b> carry them in your hand luggage with a doctor's letter in English.</li>
        <li><b>Luggage:</b> photograph your suitcase and its contents before you leave.</li>
        <li><b>Cancellation:</b> illness, job loss or a death in the family &ndash; cancellation
        insurance only helps if you took it out within 30 days of booking.</li>
        </ol>
        <p>Have a good trip!<br>Your Ahornfeld team</p>
        <p style="font-size:11px"><a href="https://www.ahornfeld.example/newsletter/unsubscribe">Unsubscribe</a></p>
        </body></html>
        """)
    return message("Ahornfeld Travel <newsletter@ahornfeld.example>", "newsletter@ahornfeld.example",
                   "Ready for summer? Five things to check before you travel", "2026-06-18 07:00", htm)


@mail("NORMAL", "en", "insurer-to-customer",
      "trap: general information on the student health plan in answer to a prospective student; no contract, no health data")
def en_student_prospect():
    body = text("""
        Dear Mr Adeyemi,

        Thank you for your interest in Ahornfeld Student Care. Some quick
        answers to your questions:

        * Who can apply? International students and language course
          participants up to age 39 who are exempt from statutory insurance.
        * Price: EUR 134.20 a month for ages up to 29, EUR 168.40 for 30-39.
        * What is covered? Outpatient and inpatient treatment, medicines,
          emergency dental treatment, pregnancy and childbirth, telehealth.
          Pre-existing conditions are covered after a waiting period of
          8 months, except for acute emergencies.
        * Does it meet the visa requirements? Yes, we issue a certificate
          for the embassy and the foreigners' authority on the day you apply.

        You can apply online at https://www.ahornfeld.example/student - it
        takes about ten minutes. Please don't send us any medical documents
        by e-mail.

        @@SIGEN:dunmore@@
        """)
    return message("dunmore", "Tunde Adeyemi <tunde.adeyemi@inbox.example>",
                   "Re: Student health insurance for Germany", "2026-07-14 16:40", body)


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: list of cooperating hospitals abroad with bed counts and specialties for the assistance partner (XLSX); institutions only")
def en_hospital_network():
    xlsx = xlsx_bytes([("Network", [
        ["Country", "City", "Hospital", "Beds", "Specialties", "Direct billing"],
        ["Portugal", "Lisbon", "Clínica Santa Catarina", 210, "surgery, maternity, cardiology", "yes"],
        ["Thailand", "Bangkok", "Chao Phraya International Hospital", 480, "all incl. ICU, dengue unit", "yes"],
        ["UAE", "Dubai", "Creek Medical Centre", 160, "orthopaedics, paediatrics", "yes"],
        ["Kenya", "Nairobi", "Westlands Specialist Hospital", 120, "internal medicine, trauma", "GOP only"],
        ["Mexico", "Mexico City", "Hospital Reforma Norte", 300, "all incl. oncology", "yes"],
    ])], creator="Rafael Ortega")
    body = text("""
        Hi Gareth,

        Updated network list attached - two new hospitals (Nairobi, Mexico
        City). Westlands has no direct billing yet, so please keep issuing
        GOPs case by case there.

        @@SIGEN:ortega@@
        """)
    return message("ortega", "Gareth Pryce <g.pryce@meridian-assist.example>",
                   "Provider network update Q3", "2026-07-01 11:05",
                   mixed(body, attach(xlsx, "AGH_provider_network_Q3-2026.xlsx")))


@mail("NORMAL", "en", "internal",
      "trap: data protection quiz about handling health data (questions and answers); fictitious examples only")
def en_dp_quiz():
    body = text("""
        Hi all,

        This month's data protection quiz - answers at the bottom. Five
        minutes, promised.

        1. A member's husband calls and asks whether his wife's hospital
           invoice has been paid. May you tell him?
        2. A hospital faxes a discharge letter for the wrong patient to us.
           What do you do?
        3. You want to discuss a difficult case in the team chat. What may
           you write?
        4. Is the fact that someone is a member of our health insurer
           already protected information?

        Answers:
        1. No, unless there is a written authorisation in the file.
        2. Report it to the data protection team (ticket category "data
           breach") and inform the hospital; don't forward it anywhere.
        3. Only what is needed, without name or member number - e.g. "member
           in her 40s, dental plan". Never diagnoses with names.
        4. Yes. Even confirming "yes, she's with us" is a disclosure.

        @@SIGEN:brunswick@@
        """)
    return message("brunswick", "international-team@ahornfeld.example",
                   "Data protection quiz – June", "2026-06-09 08:45", body)


@mail("NORMAL", "en", "internal",
      "fire drill announcement for the head office; no personal data")
def en_fire_drill():
    body = text("""
        Dear colleagues,

        There will be an unannounced fire drill at Ahornfeld-Platz 1 (houses
        A and B) some time in the week of 20 July. When the alarm sounds,
        please leave the building by the nearest emergency exit and go to
        assembly point 2 (car park east). Do not use the lifts.

        Fire wardens: please check your floors and report to the incident
        lead in the yellow vest.

        Colleagues who need help to leave the building and have not yet told
        us: please contact Facility Management confidentially.

        @@SIGEN:gieseking@@
        """)
    return message("gieseking", "alle-standort-hildesheim@ahornfeld.example",
                   "Fire drill in July", "2026-07-13 09:00", body)


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: broker newsletter on a new expat health plan with commission rates and underwriting rules in general; no client")
def en_broker_news_expat():
    htm = html("""
        <html><body style="font-family:Arial;font-size:10pt">
        <p>Dear partners,</p>
        <p>From 1 September 2026 your clients can choose our new plan <b>Expat Essential</b> &ndash; designed
        for employees on assignments of 6 to 36 months.</p>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
        <tr><th></th><th>Essential</th><th>Silver</th><th>Gold</th></tr>
        <tr><td>Annual limit</td><td>EUR 1m</td><td>EUR 2m</td><td>unlimited</td></tr>
        <tr><td>Maternity</td><td>after 10 months</td><td>after 10 months</td><td>from day 1 (groups)</td></tr>
        <tr><td>Mental health (outpatient)</td><td>10 sessions</td><td>20 sessions</td><td>unlimited</td></tr>
        <tr><td>Commission (first year / renewal)</td><td>15% / 7.5%</td><td>15% / 7.5%</td><td>12% / 7.5%</td></tr>
        </table>
        <p>Underwriting: full medical underwriting for individuals; groups of 10+ on moratorium terms.
        Please submit applications only through the broker portal, not by e-mail.</p>
        <p>Kind regards,<br>Jens Hoppenstedt<br>Broker Support North</p>
        </body></html>
        """)
    return message("hoppenstedt", "makler-news@ahornfeld.example",
                   "New: Expat Essential from 1 September", "2026-07-20 10:00", htm,
                   extra=[("Precedence", "bulk")])


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: actuarial note to the reinsurer about a new table of claim costs by age and the effect on premiums; aggregates only")
def en_actuarial_note():
    body = text("""
        Dear Lars,

        For your file: we have updated the per-capita claim cost profiles
        (Kopfschäden) for the domestic comprehensive tariffs with the 2025
        experience. Summary for ages 20 to 80 in steps of ten, index age 40 =
        100:

          age     20    30    40    50    60    70    80
          men     58    71   100   142   221   318   402
          women   74   109   100   131   187   263   351

        The main change compared with the previous profile is the higher
        cost for women aged 30 (pregnancy and fertility treatment) and for
        ages 70+ (oncology and cardiology). The effect on the premium
        adjustment trigger is below 1 point for all tariffs except
        AF-Komfort 300.

        Full documentation will follow with the trustee report.

        @@SIGEN:behrens@@
        """)
    return message("behrens", "Lars Eriksen <lars.eriksen@nordkap-re.example>",
                   "Updated claim cost profiles 2025", "2026-06-26 14:48", body)


@mail("NORMAL", "en", "internal",
      "trap: IT ticket about a printer in the claims room printing scanned doctors' invoices twice; no invoice content")
def en_printer_ticket():
    body = text("""
        Hi Fabian,

        The big printer in room 2.14 (claims, device PRN-HI-2-14) prints every
        job from the scanning station twice since this morning. It's only the
        batches of scanned doctors' invoices that go to the paper archive, so
        we end up with double stacks that then have to be shredded.

        Could you have a look? We've set the device to "hold" for now.

        Thanks,
        Jonas
        """)
    return message("abendroth", "roloff", "Printer 2.14 prints everything twice", "2026-05-19 10:02",
                   body)


@mail("NORMAL", "en", "internal",
      "trap: minutes of an underwriting guidelines meeting on general BMI and blood pressure loadings; no applicant")
def en_underwriting_minutes():
    body = text("""
        Minutes - Underwriting guidelines review (life & health), 22 May 2026
        Present: M. Di Stefano, Dr. A. Voss, T. Behrens, J. Hoppenstedt

        1. BMI loadings (health, comprehensive)
           - BMI 30-32.9: no loading if blood pressure and lab values normal
             (new; previously +10 %).
           - BMI 33-35.9: +15 %. Above 36: individual assessment.
        2. Treated hypertension
           - well controlled (< 140/90) on one drug: no loading.
        3. Mental health
           - single episode of depression more than 5 years ago, no
             treatment since: accept at standard terms (health); for
             disability cover continue with exclusion clause.
        4. Reinsurance
           - Nordkap Re agrees with items 1 and 2; item 3 for disability
             cover to be discussed in the autumn.

        Next review: November 2026.
        """)
    return message("distefano", ["voss", "behrens", "hoppenstedt"],
                   "Minutes underwriting guidelines 22 May", "2026-05-22 17:30", body)


@mail("NORMAL", "en", "insurer-to-partner",
      "S/MIME domain certificate exchange with a hospital's IT department; technical data only, no patient")
def en_certificate_exchange():
    pem = dedent("""
        -----BEGIN CERTIFICATE-----
        MIIC4jCCAcqgAwIBAgIUO3hF2kR0YWhvcm5mZWxkLmV4YW1wbGUwDQYJKoZIhvcN
        AQELBQAwGjEYMBYGA1UEAwwPYWhvcm5mZWxkLmV4YW1wbGUwHhcNMjYwMTAxMDAw
        MDAwWhcNMjgwMTAxMDAwMDAwWjAaMRgwFgYDVQQDDA9haG9ybmZlbGQuZXhhbXBs
        ZTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAL0n3xR5bWFtcGxlb25s
        eW5vdGFyZWFsa2V5LWp1c3RhcGxhY2Vob2xkZXJmb3J0aGVjb3JwdXM=
        -----END CERTIFICATE-----
        """)
    body = text("""
        Dear Mr Lindahl,

        As agreed, we'd like to switch the mail exchange between your
        patient administration and our hospital billing team to
        gateway-to-gateway encryption with domain certificates.

        Attached is the public certificate of our gateway for
        ahornfeld.example (valid until 1 January 2028). Fingerprint
        (SHA-256): 4F:9A:22:C1:07:8D:5B:E3:19:AA:60:2F:D4:91:7C:0B:3E:58:
        A6:12:F0:44:9D:B7:21:6C:E8:03:5A:77:C9:1D

        Could you send us yours and let us know when your side is ready for a
        test with dummy content?

        @@SIGEN:roloff@@
        """)
    return message("roloff", "Erik Lindahl <it-security@klinikum-kalenberg.example>",
                   "Domain certificate for gateway-to-gateway encryption", "2026-04-14 11:21",
                   mixed(body, attach_text(pem, "ahornfeld.example.pem", subtype="x-pem-file",
                                           charset="us-ascii")))


@mail("NORMAL", "en", "insurer-to-customer",
      "portal registration code sent after a self-registration; no name, no contract data")
def en_registration_code():
    body = text("""
        Hello,

        Thank you for registering for Ahornfeld Online Services.

        Your registration code is: 482 913

        Enter it on the registration page within 30 minutes. If you did not
        request this code, you can ignore this e-mail - nothing will happen.

        We will never ask you for your password by e-mail or phone.

        Ahornfeld Online Services
        (automatic message - please do not reply)
        """)
    return message("Ahornfeld Online Services <no-reply@ahornfeld.example>",
                   "s.nguyen.hh@mailhub.example", "Your registration code",
                   "2026-05-27 21:14", body, extra=[("Auto-Submitted", "auto-generated")])


@mail("NORMAL", "mixed", "internal",
      "trap: English summary of a German court ruling on premium adjustments, quoting the German press release; no member concerned")
def mixed_court_ruling():
    body = text("""
        Hi all,

        For our non-German-speaking colleagues, a short summary of today's
        ruling (the German press release is quoted below):

        * The court confirmed that premium increase letters must name the
          "trigger" (claims costs or mortality) but not the exact percentage
          by which it was exceeded.
        * Letters that only say "due to rising costs" remain invalid.
        * Our letters since 2021 already contain the required information, so
          we don't expect claims for refunds from 2023 onwards.

        Legal will send a detailed note next week.

        Till

        > Pressemitteilung Nr. 88/2026
        > Der Senat hat entschieden, dass die Mitteilung einer Prämienanpassung
        > in der privaten Krankenversicherung die Rechnungsgrundlage nennen
        > muss, deren nicht nur vorübergehende Veränderung die Neufestsetzung
        > veranlasst hat. Der Versicherer ist dagegen nicht verpflichtet, die
        > Höhe der Veränderung der Rechnungsgrundlage anzugeben. Eine
        > Begründung, die sich allein auf "gestiegene Kosten" beruft, genügt
        > den Anforderungen des § 203 Abs. 5 VVG nicht.
        """)
    return message("behrens", ["international-team@ahornfeld.example", "lindqvist"],
                   "Court ruling on premium adjustment letters – summary", "2026-07-09 15:05", body)


@mail("NORMAL", "mixed", "insurer-to-supplier",
      "trap: German-English glossary of health tariff terms for a translation agency (XLSX); terms only, no person")
def mixed_glossary():
    xlsx = xlsx_bytes([("Glossar", [
        ["Deutsch", "English", "Hinweis / note"],
        ["Selbstbehalt", "deductible", "per calendar year"],
        ["Beitragsanpassung", "premium adjustment", "not 'price increase'"],
        ["Alterungsrückstellung", "ageing reserve", ""],
        ["Krankentagegeld", "daily sickness allowance", ""],
        ["Kostenübernahmeerklärung", "guarantee of payment", "for hospitals"],
        ["Heil- und Kostenplan", "dental treatment plan and cost estimate", ""],
        ["Hilfsmittel", "medical aids", "e.g. hearing aids, wheelchairs"],
        ["Anwartschaftsversicherung", "dormant policy", ""],
        ["Notlagentarif", "emergency tariff", "statutory, § 153 VAG"],
        ["Beitragsrückerstattung", "no-claims refund", ""],
    ])], creator="Claire Dunmore")
    body = text("""
        Dear Ms Brandt,

        Bitte verwenden Sie für die Übersetzung der neuen Mitgliederbroschüre
        das angehängte Glossar – es ist mit unserer Rechtsabteilung
        abgestimmt. Especially "Beitragsanpassung" should always be "premium
        adjustment", never "price increase".

        The brochure itself (24 pages, no personal data) will follow via
        your upload portal on Monday. Deadline for the English version:
        31 July.

        @@SIGEN:dunmore@@
        """)
    return message("dunmore", "Karin Brandt <projects@lingua-leine.example>",
                   "Glossar / glossary for the member brochure", "2026-07-03 10:48",
                   mixed(body, attach(xlsx, "Glossar_Tarifbegriffe_DE-EN.xlsx")))


@mail("NORMAL", "mixed", "internal",
      "trap: English IT incident about the OCR misreading German invoice fields, with German sample strings from a test invoice; no real member")
def mixed_ocr_incident():
    body = text("""
        Hi Fabian,

        Belegwerk's new OCR model (v7.2, live since Monday) misreads several
        German fields. Examples from our test invoices (Dr. Test Testarzt):

          Field on invoice                   OCR result
          "Steigerungsfaktor 2,3"            factor 23
          "Selbstbehalt bereits abgezogen"   -> ignored
          "Betrag zahlbar bis 15.06."        parsed as invoice date
          "GOÄ-Nr. 5 analog"                 item 5 (analog flag lost)

        The factor bug is the dangerous one: 1,204 invoices since Monday went
        to manual review because of "factor above 3.5". No wrong payments so
        far as far as we can see. Can you ask Belegwerk to roll back to v7.1
        until they have fixed the decimal comma?

        Henrik
        """)
    return message("pahl", "roloff", "OCR v7.2 misreads German decimal comma", "2026-06-17 09:26",
                   body, cc="Ulrike Meinecke <ulrike.meinecke@ahornfeld.example>")


@mail("NORMAL", "mixed", "insurer-to-partner",
      "bilingual invitation to a regional health insurance conference with calendar file; no personal data")
def mixed_conference_bilingual():
    ics = attach_ics("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Ahornfeld//Events//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:pkv-forum-nord-2026@ahornfeld.example
        DTSTAMP:20260601T080000Z
        DTSTART;VALUE=DATE:20261112
        DTEND;VALUE=DATE:20261113
        SUMMARY:PKV-Forum Nord 2026 / Private Health Forum North
        LOCATION:Hildesheim\\, Ahornfeld-Platz 1
        END:VEVENT
        END:VCALENDAR
        """, "pkv-forum-nord-2026.ics", method="PUBLISH")
    body = text("""
        Sehr geehrte Damen und Herren, dear colleagues,

        wir laden Sie herzlich zum PKV-Forum Nord am 12. November 2026 nach
        Hildesheim ein. Themen: GOÄ-Novelle, Digitalisierung der
        Leistungsabrechnung, internationale Versicherte.

        We warmly invite you to the Private Health Forum North on 12 November
        2026 in Hildesheim. Sessions on the international track will be held
        in English (simultaneous translation available).

        Anmeldung / registration: https://events.ahornfeld.example/forum2026

        Anja Feldhusen
        Unternehmenskommunikation
        Ahornfeld Versicherungsgruppe
        presse@ahornfeld.example · 05121 4807-1010
        """)
    return message("feldhusen", "forum-verteiler@ahornfeld.example",
                   "Einladung / Invitation: PKV-Forum Nord 2026", "2026-06-01 10:00",
                   mixed(body, ics))


@mail("NORMAL", "de", "internal",
      "trap: complaints statistics by line of business and topic for the quarterly report; counts only")
def beschwerdestatistik():
    ods = ods_bytes([("Q2 2026", [
        ["Sparte", "Beschwerden Q2", "Vorquartal", "häufigster Grund"],
        ["Krankenvoll", 184, 241, "Beitragsanpassung"],
        ["Krankenzusatz", 37, 29, "Zahnstaffel"],
        ["Pflege", 12, 10, "Dauer Begutachtung"],
        ["Leben/BU", 22, 25, "Leistungsprüfung BU"],
        ["Kfz", 61, 58, "Regulierungsdauer"],
        ["Sach/Haftpflicht", 44, 39, "Gutachterkürzung"],
        ["Rechtsschutz", 9, 11, "Ablehnung Deckung"],
        ["Ombudsmann-Verfahren", 6, 8, ""],
    ])])
    body = text("""
        Hallo zusammen,

        anbei die Beschwerdestatistik Q2 für den Quartalsbericht. Auffällig:
        Krankenvoll geht nach der BAP-Welle deutlich zurück, Zahnstaffel bei
        Zusatz steigt (vermutlich die neuen Online-Abschlüsse).

        Gruß
        Ulrike
        """)
    return message("meinecke", "qualitaetsmanagement@ahornfeld.example",
                   "Beschwerdestatistik Q2/2026", "2026-07-06 09:40",
                   mixed(body, attach(ods, "Beschwerden_Q2-2026.ods")))


@mail("NORMAL", "de", "internal",
      "holiday deputy arrangement in the motor claims team; colleagues named without reasons")
def vertretung_sommer():
    body = text("""
        Moin zusammen,

        Vertretungsplan Kfz-Schaden für die Sommerferien:

          KW 28-30  Kai-Uwe weg   -> Vertretung Annika (Haftpflicht), Dennis (Kasko)
          KW 31-32  Annika weg    -> Kai-Uwe
          KW 33     Dennis weg    -> Kai-Uwe, Kaskoschäden bis 5.000 EUR darf
                                     Sandra freigeben

        Abwesenheitsnotizen bitte mit Verweis auf kfz-schaden@ und nicht auf
        die Handynummer.

        @@SIG:sander@@
        """, charset="iso-8859-1", cte="8bit")
    return message("sander", "team-kfz-schaden@ahornfeld.example", "Vertretung Sommerferien",
                   "2026-06-24 14:00", body)


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: broker information on general acceptance guidelines for health insurance applications (which conditions lead to surcharges); no client")
def makler_annahmerichtlinien():
    body = text("""
        Liebe Maklerpartnerinnen und -partner,

        immer wieder erreichen uns Voranfragen, bei denen vollständige
        Arztberichte Ihrer Kunden per E-Mail mitgeschickt werden. Bitte
        nutzen Sie dafür ausschließlich die anonyme Risikovoranfrage im
        Maklerportal – ohne Namen und Geburtsdatum, nur mit Alter,
        Beruf und Angaben zur Vorerkrankung.

        Zur Orientierung unsere wichtigsten Annahmerichtlinien (Stand 07/2026):

        - Heuschnupfen ohne Asthma: Annahme ohne Zuschlag
        - Asthma, gut eingestellt: Zuschlag 15-25 %
        - Bandscheibenvorfall > 3 Jahre beschwerdefrei: ohne Zuschlag
        - Psychotherapie abgeschlossen > 5 Jahre: in der Regel ohne Zuschlag
        - BMI über 35: individuelle Prüfung
        - laufende Kinderwunschbehandlung: Zurückstellung

        Diese Übersicht ersetzt keine Einzelprüfung.

        @@SIG:hoppenstedt@@
        """)
    return message("hoppenstedt", "makler-news@ahornfeld.example",
                   "Maklerinfo 07/2026: Risikovoranfragen und Annahmerichtlinien KV",
                   "2026-07-07 10:00", body, extra=[("Precedence", "bulk")])


@mail("NORMAL", "de", "internal",
      "trap: motor claims statistics on collisions with deer by district and month; aggregates only")
def wildunfall_statistik():
    body = text("""
        Hallo Dr. Wendt,

        für die Pressemitteilung zur Wildunfall-Saison hier unsere Zahlen
        (Teilkasko, Kollision mit Haarwild, Schadenjahr 2025):

          Landkreis        Schäden   Ø Schadenaufwand
          Hildesheim         412         3.180 EUR
          Holzminden         288         3.420 EUR
          Northeim           355         3.090 EUR
          Goslar             301         3.560 EUR
          Peine              197         2.870 EUR

        Spitzenmonate: Oktober und November, dann April/Mai. Personenschäden
        sind in der Kasko nicht erfasst.

        Gruß
        Kai-Uwe
        """)
    return message("sander", "wendt", "Wildunfälle 2025 nach Landkreis", "2026-09-16 08:14", body,
                   cc="Anja Feldhusen <anja.feldhusen@ahornfeld.example>")


@mail("NORMAL", "de", "newsletter",
      "trap: newsletter for civil servants on changes to state allowance rules (Beihilfe) and supplementary tariffs; no person")
def newsletter_beihilfe():
    plain = text("""
        Ahornfeld Beamten-Info 2/2026

        Neu in der Niedersächsischen Beihilfeverordnung ab 01.07.2026:
        - Beihilfe für Hörgeräte steigt auf 1.500 EUR je Ohr.
        - Wahlleistungen im Krankenhaus (Chefarzt, Zweibettzimmer) bleiben
          nur gegen Eigenbeitrag beihilfefähig – prüfen Sie Ihren Tarif AS2-B.
        - Kostendämpfungspauschale unverändert.

        Unser Tipp: Mit dem Tarif AF-Beihilfe-Ergänzung schließen Sie
        Lücken bei Brillen und Heilpraktiker.

        Fragen? beamtenservice@ahornfeld.example
        Abmelden: https://www.ahornfeld.example/newsletter/abmelden
        """)
    return message("Ahornfeld Beamten-Info <newsletter@ahornfeld.example>", "newsletter@ahornfeld.example",
                   "Beamten-Info 2/2026: Neues bei der Beihilfe", "2026-06-30 07:00", plain)


@mail("NORMAL", "de", "internal",
      "trap: CSV premium table of a health tariff by entry age (no person) for the online calculator")
def beitragstabelle_csv():
    rows = [["Tarif", "Eintrittsalter", "Beitrag Männer EUR", "Beitrag Frauen EUR", "gültig ab"]]
    for age in range(20, 66, 5):
        m = round(310.0 + (age - 20) * 9.35, 2)
        f = round(m * 1.0, 2)
        rows.append(["AF-Komfort 600", str(age), ("%.2f" % m).replace(".", ","),
                     ("%.2f" % f).replace(".", ","), "01.04.2026"])
    body = text("""
        Hallo Fabian,

        anbei die neue Beitragstabelle AF-Komfort 600 (Unisex, Stand
        BAP 2026) für den Online-Rechner. Bitte bis 31.03. auf TEST
        einspielen, Abnahme mache ich.

        @@SIG:lindqvist@@
        """)
    return message("lindqvist", "roloff", "Beitragstabelle AF-Komfort 600 für Onlinerechner",
                   "2026-03-06 16:10", mixed(body, attach_csv(rows, "Beitraege_AF-Komfort-600_2026.csv")))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: service level agreement talks with the OCR provider for medical invoices (turnaround, accuracy, data location); no invoice data")
def belegwerk_sla():
    body = text("""
        Sehr geehrter Herr Dr. Reimers,

        zur Verlängerung des Vertrags über die Belegerkennung ab 2027 unsere
        Anforderungen für das SLA:

        1. Durchlaufzeit: 95 % der Belege innerhalb von 2 Stunden
           klassifiziert und ausgelesen, 99,5 % innerhalb von 24 Stunden.
        2. Erkennungsqualität: Feldgenauigkeit bei Rechnungsbetrag, Datum,
           GOÄ-/GOZ-Ziffer und Steigerungsfaktor mindestens 98 %, gemessen
           monatlich an einer Stichprobe von 2.000 Belegen.
        3. Verarbeitung ausschließlich in Ihrem Rechenzentrum in Hannover,
           kein Zugriff aus Drittländern, Verpflichtung der Mitarbeitenden
           nach § 203 StGB.
        4. Vertragsstrafe bei Modell-Updates ohne Abnahmetest (siehe Vorfall
           OCR v7.2 im Juni).

        Termin für die Verhandlung: 15.09., 10 Uhr, bei uns in Hildesheim.

        @@SIG:gieseking@@
        """)
    return message("gieseking", "Dr. Jan Reimers <j.reimers@belegwerk.example>",
                   "Vertragsverlängerung Belegerkennung – SLA-Anforderungen", "2026-08-04 11:11",
                   body, cc="pahl")


@mail("NORMAL", "de", "internal",
      "invitation to the staff assembly with calendar file; no personal data")
def betriebsversammlung():
    ics = attach_ics("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:bv-2026-2@ahornfeld.example
        DTSTAMP:20260825T070000Z
        DTSTART;TZID=W. Europe Standard Time:20260917T140000
        DTEND;TZID=W. Europe Standard Time:20260917T163000
        SUMMARY:Betriebsversammlung 2/2026
        LOCATION:Kantine Haus A
        ORGANIZER;CN=Betriebsrat:mailto:betriebsrat@ahornfeld.example
        END:VEVENT
        END:VCALENDAR
        """, "Betriebsversammlung.ics")
    body = text("""
        Liebe Kolleginnen und Kollegen,

        der Betriebsrat lädt zur zweiten Betriebsversammlung des Jahres ein.
        Themen: Bericht des Betriebsrats, mobiles Arbeiten ab 2027,
        Umzug des Leistungsservice in Haus B, Verschiedenes.

        Die Teilnahme ist Arbeitszeit.

        Euer Betriebsrat
        """)
    return message("Betriebsrat Ahornfeld <betriebsrat@ahornfeld.example>", "alle-mitarbeitenden@ahornfeld.example",
                   "Einladung Betriebsversammlung 17.09.", "2026-08-25 09:00", mixed(body, ics))

# ---------------------------------------------------------------------------
# batch 7: CONFIDENTIAL and STRICTLY_CONFIDENTIAL, mostly English
# ---------------------------------------------------------------------------


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "cyber insurance claim of sole-trader translator Ingrid Solheim (ransomware): business turnover, IT forensics, contract; no health")
def en_cyber_translator():
    body = text("""
        Dear Ms Solheim,

        Thank you for reporting the ransomware attack on your office laptop
        and NAS on 2 June. Your cyber policy CY-9901 0274 (sole trader,
        annual turnover declared EUR 86,000) covers:

        - IT forensics and data recovery: we have instructed our partner
          Nordlicht Forensik; they will call you today.
        - Business interruption: from the 3rd day, based on your average
          daily turnover (EUR 330) - please keep a note of the jobs you had to
          turn down.
        - Notification costs, if client data were affected: your client files
          (translations of certificates and contracts) may contain personal
          data of third parties, so the forensic report will tell us whether
          you have to notify the data protection authority within 72 hours.

        Please do not pay the ransom and do not switch the devices back on.

        @@SIGEN:wendt@@
        """)
    return message("wendt", "Ingrid Solheim <kontakt@solheim-uebersetzungen.example>",
                   "Your cyber claim S-2026-0019310 – next steps", "2026-06-03 08:40", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "fleet policy of a sole-trader courier: drivers' names and dates of birth for the young-driver surcharge, plates")
def en_courier_fleet():
    xlsx = xlsx_bytes([("Drivers", [
        ["Driver", "Date of birth", "Licence since", "Vehicle", "Plate", "Surcharge"],
        ["Kwame Asante (owner)", "1986-04-11", "2005", "Mercedes eSprinter", "HI-KA 301E", "-"],
        ["Leon Brückner", "2005-09-27", "2023", "Mercedes eSprinter", "HI-KA 302E", "young driver +25%"],
        ["Natalia Wójcik", "1993-01-05", "2012", "VW ID. Buzz Cargo", "HI-KA 303E", "-"],
    ])], creator="Philipp Wendt")
    body = text("""
        Dear Mr Asante,

        Thank you for the list of drivers. Your fleet policy FL-4402 1180
        (Asante Kurierdienst, sole proprietorship) now covers three vans from
        1 July. As Mr Brückner is under 23, a young-driver surcharge of 25 %
        applies to the van he drives; it ends automatically on his 23rd
        birthday. The overview is attached - please check the dates of birth
        and plates.

        Annual premium from 1 July: EUR 4,918.20 (previously two vans,
        EUR 3,104.00).

        @@SIGEN:wendt@@
        """)
    return message("wendt", "Kwame Asante <info@asante-kurier.example>",
                   "Fleet policy FL-4402 1180 – third van and drivers", "2026-06-19 13:25",
                   mixed(body, attach(xlsx, "FL-4402-1180_drivers.xlsx")))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "calendar invitation for a loss adjuster's visit to the home of burglary victim Chen Wei: address, phone, claim number")
def en_adjuster_ics():
    ics = attach_ics("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Ahornfeld//Claims//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:s-2026-0020118-visit@ahornfeld.example
        DTSTAMP:20260624T093000Z
        DTSTART;TZID=Europe/Berlin:20260629T100000
        DTEND;TZID=Europe/Berlin:20260629T113000
        SUMMARY:Loss adjuster visit – claim S-2026-0020118 (burglary)
        LOCATION:Chen Wei\\, Hohe Str. 8\\, 3rd floor\\, 31134 Hildesheim
        DESCRIPTION:Adjuster: Mr Reinecke. Please have ready: receipts for the
         stolen jewellery and camera\\, police report\\, photos of the door. Contact
         Mr Chen: +49 176 4410 2297.
        ORGANIZER;CN=Lena Ostermeyer:mailto:lena.ostermeyer@ahornfeld.example
        ATTENDEE;CN=Chen Wei:mailto:chen.wei@fastpost.example
        ATTENDEE;CN=Sachverständigenbüro Reinecke:mailto:buero@sv-reinecke.example
        END:VEVENT
        END:VCALENDAR
        """, "adjuster_visit.ics")
    body = text("""
        Dear Mr Chen,

        As agreed on the phone, our loss adjuster will visit you on Monday,
        29 June, at 10:00. The invitation is attached.

        @@SIGEN:ostermeyer@@
        """)
    return message("ostermeyer", ["Chen Wei <chen.wei@fastpost.example>", "buero@sv-reinecke.example"],
                   "Visit of our loss adjuster on 29 June", "2026-06-24 11:30", mixed(body, ics))


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "CSV of returned direct debits for property and motor contracts sent to the bank: customer names, IBANs, amounts")
def en_bank_returns_csv():
    rows = [["mandate_ref", "debtor", "iban", "amount_eur", "return_code", "contract"],
            ["AAV-44219463K-01", "Annika Meier-Holst", iban("DE", "251900010341774412", False), "383.34", "MD06", "44-219 463-K"],
            ["AAV-HR33210456-02", "Helga Brüning", iban("DE", "259501300004418276", False), "143.80", "AC04", "HR-3321 0456"],
            ["AAV-PH22140081-01", "Paula Engelke", iban("DE", "200400000644178201", False), "64.90", "AM04", "PH-2214 0081"],
            ["AAV-44217889K-01", "Mirko Krawinkel", iban("DE", "250501800027749007", False), "72.18", "AC04", "44-217 889-K"]]
    body = text("""
        Dear Mr Fenwick,

        Attached the four returns from the collection of 2 March for which
        your statement shows a different return code than the one we
        received in the camt.054 file. Could you please check on your side?

        File sent through the encrypted channel as agreed - please do not
        reply with the data in clear text.

        @@SIGEN:meinecke@@
        """)
    return message("meinecke", "Tom Fenwick <payments-support@nordbank-hildesheim.example>",
                   "Return codes collection 02/03 – please check", "2026-03-09 14:02",
                   mixed(body, attach_csv(rows, "returns_2026-03-02.csv", sep=",")))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel baggage delay claim of Isabella Romano: flight, receipts for emergency purchases, policy and reimbursement; no health")
def en_baggage_delay():
    body = text("""
        Dear Ms Romano,

        I'm sorry your suitcase took four days to reach you in Palermo. Under
        your travel policy RR-6631 0058 we reimburse emergency purchases up to
        EUR 400 when luggage is delayed by more than 12 hours:

          Clothes (receipts 12 and 13 May)   EUR 214.80
          Toiletries                         EUR  38.45
          Phone charger                      EUR  19.90
          Total reimbursed                   EUR 273.15

        Please also send us the airline's final letter (Property Irregularity
        Report LH-PMO-44817): if the airline pays you compensation, it will be
        deducted from our payment.

        The money goes to the account you named in the claim form.

        @@SIGEN:feddersen@@
        """)
    return message("feddersen", "Isabella Romano <isabella.romano@mailhub.example>",
                   "Delayed luggage – your claim R-2026-0005140", "2026-05-28 15:00", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "storm damage to the roof of landlord Peter Whitmore's rental house: adjuster report PDF with address, contract and his IBAN")
def en_storm_roof_pdf():
    pdf = pdf_bytes([
        "#Loss adjuster report – storm damage",
        "Claim S-2026-0002210   Buildings policy WG-5514 7720",
        "Policyholder: Peter Whitmore, Kantstraße 14, 30625 Hannover",
        "Insured property: two-family house, Lerchenweg 3, 31162 Bad Salzdetfurth (let)",
        "",
        "Event: storm 'Ylenia II' on 17.02.2026, wind force 10 measured at Hildesheim station.",
        "Damage: 34 roof tiles blown off, underlay torn, water ingress into attic flat.",
        "Tenants informed the policyholder the same day; emergency cover by roofer Lüddecke.",
        "",
        "Repair costs (quote Dachdeckerei Lüddecke): EUR 7,840.00",
        "Emergency measures: EUR 612.00",
        "Loss of rent (attic flat uninhabitable 3 weeks): EUR 465.00",
        "Recommended payment: EUR 8,917.00, no deductible",
        "",
        "Payment to: " + iban("DE", "250400660088174203") + " (Peter Whitmore)",
        "Adjuster: M. Reinecke, 03.03.2026",
    ], title="Adjuster report S-2026-0002210")
    body = text("""
        Dear Mr Whitmore,

        Please find attached the adjuster's report. We agree with his
        recommendation and will pay EUR 8,917.00 this week. If the roofer's
        final invoice is higher than the quote, just send it to us.

        @@SIGEN:ostermeyer@@
        """)
    return message("ostermeyer", "Peter Whitmore <p.whitmore@inbox.example>",
                   "Storm damage Lerchenweg 3 – adjuster report", "2026-03-05 10:12",
                   mixed(body, attach(pdf, "Adjuster_report_S-2026-0002210.pdf")))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "partial casco claim after a collision with a deer: customer, plate, claim number, payment (nobody hurt)")
def kfz_wildunfall():
    body = alt_auto("""
        Guten Tag Frau Brinkmann,

        Ihren Wildunfall vom 14.10.2026 auf der K 305 zwischen Sibbesse und
        Almstedt regulieren wir aus Ihrer Teilkasko (Vertrag 44-221 604-K,
        Fahrzeug HI-SB 440):

          Reparaturkosten laut Rechnung Autohaus Wöltje   3.612,45 EUR
          abzüglich Selbstbeteiligung                      -150,00 EUR
          Zahlung                                         3.462,45 EUR

        Die Wildunfallbescheinigung des Jagdpächters lag bei, danke. Da es ein
        Teilkaskoschaden ist, ändert sich Ihre Schadenfreiheitsklasse nicht.
        Schön, dass Ihnen nichts passiert ist.

        @@SIG:sander@@
        """)
    return message("sander", "s.brinkmann@leinepost.example", "Ihr Wildschaden S-2026-0028817",
                   "2026-10-27 11:47", body)


@mail("CONFIDENTIAL", "de", "internal",
      "birthday list of the member service team with full birth dates of named colleagues")
def geburtstagsliste():
    body = text("""
        Hallo ihr Lieben,

        für unseren Geburtstagskalender in der Teeküche habe ich die Liste
        aktualisiert (nur wer zugestimmt hat!):

          Sabine Krützfeldt     04.02.1971
          Jonas Abendroth       19.08.1994
          Merve Yıldırım        27.11.1990
          Katarina Nowak        02.05.1983
          Oliver Brenneke       13.01.1978
          Tobias Lindqvist      30.06.1987

        Wenn jemand nicht mit Jahrgang drinstehen möchte, sagt Bescheid, dann
        nehme ich das Jahr raus.

        Liebe Grüße
        Sabine
        """, cte="base64")
    return message("kruetzfeldt", "team-leistung-kranken@ahornfeld.example",
                   "Geburtstagskalender 2026", "2026-01-07 12:30", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "builder's liability policy for a private home builder couple: names, plot address, construction sum")
def bauherrenhaftpflicht():
    body = text("""
        Sehr geehrte Frau Scholz, sehr geehrter Herr Scholz,

        Ihre Bauherrenhaftpflicht ist policiert:

          Vertrag:        BH-3301 0087
          Bauherren:      Carina und Malte Scholz
          Bauvorhaben:    Einfamilienhaus, Flurstück 112/4, Am Mühlenfeld 9,
                          31199 Diekholzen
          Bausumme:       410.000 EUR
          Laufzeit:       bis Bauende, längstens 24 Monate
          Einmalbeitrag:  188,60 EUR

        Denken Sie an die Absicherung der Baustelle (Bauzaun, Beleuchtung der
        Baugrube) – das ist Ihre Verkehrssicherungspflicht. Eine
        Bauleistungsversicherung können wir Ihnen gern zusätzlich anbieten.

        @@SIG:feddersen@@
        """)
    return message("feddersen", "carina.scholz@webfach.example", "Ihre Bauherrenhaftpflicht BH-3301 0087",
                   "2026-04-08 10:20", body, cc="malte.scholz@webfach.example")


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English explanation of a German motor insurance certificate for expat Anders Nilsson, quoting it with his date of birth, plate and contract")
def mixed_motor_certificate():
    body = text("""
        Dear Mr Nilsson,

        You asked what the German certificate for your rental agency says.
        In short: it confirms that your car is insured with us for third-party
        liability and comprehensive cover, and that you have been accident-free
        for 6 years in Germany. The relevant part is quoted below.

        @@SIGEN:sander@@

        > Bescheinigung über den Schadenverlauf
        > Versicherungsnehmer: Anders Nilsson, geb. 15.08.1977
        > Vertrag: 44-222 010-K, Fahrzeug HI-AN 1977 (Volvo XC40)
        > Versichert seit 01.03.2020, Haftpflicht SF 6, Vollkasko SF 6
        > Schäden in den letzten 5 Jahren: keine
        """)
    return message("sander", "Anders Nilsson <anders.nilsson@mailhub.example>",
                   "Your no-claims certificate – what it says", "2026-09-02 09:38", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "maternity claim of expat member Aisha Rahman: pregnancy, caesarean delivery, hospital stay, newborn added to the plan")
def en_maternity_claim():
    body = text("""
        Dear Mrs Rahman,

        Congratulations on the birth of your son! We have settled the invoice
        from Creek Medical Centre, Dubai, for your delivery on 8 August:

          Planned caesarean section (38+2 weeks), 3 nights   AED 31,400
          Paediatric examination of the newborn             AED  1,850
          Paid directly to the hospital                     AED 33,250

        Your prenatal check-ups and the gestational diabetes tests earlier
        this year were already reimbursed in May and June.

        To add baby Zayd to your plan without medical underwriting, please
        send us the birth certificate within two months of the birth, i.e. by
        8 October. Cover then applies from the day of birth.

        @@SIGEN:dunmore@@
        """)
    return message("dunmore", "Aisha Rahman <aisha.rahman@inbox.example>",
                   "Your delivery on 8 August – claim settled", "2026-08-20 10:02", body)


IBAN_MBEKI_NEW = iban("DE", "100700240512887401")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "bank account change for the expat health plan of the Mbeki couple with the new IBAN; no medical word")
def en_expat_bankchange():
    body = text("""
        Dear Mr Mbeki,

        Thank you for your message. From the premium due on 1 October we will
        collect the premiums for your and your wife's Ahornfeld Global Health
        plans (member nos. AGH-7031-880417 and -880418) from your new account:

          Account holder: Samuel Mbeki
          IBAN: %s
          Mandate reference: AGH-880417-04

        Reimbursements will also be paid to this account from now on. You do
        not need to do anything else - the signed mandate you uploaded is
        sufficient.

        @@SIGEN:dunmore@@
        """ % IBAN_MBEKI_NEW)
    return message("dunmore", "Samuel Mbeki <samuel.mbeki@inbox.example>",
                   "Re: New bank account", "2026-09-11 14:55", body,
                   in_reply_to="<CAM9x-mbeki-0911@inbox.example>")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "cancellation of Oliver Brandt's expat health plan on his return to Germany and transfer to a domestic tariff; no medical word")
def en_expat_cancellation():
    body = text("""
        Dear Mr Brandt,

        Welcome back to Germany! As requested, we will end your Expat Silver
        plan (AGH-7031-871220) on 30 November 2026, the day before you start
        your new job in Hamburg.

        As you will earn above the compulsory insurance threshold, you can
        move straight into our domestic comprehensive tariff AF-Komfort 600
        from 1 December without new health questions - this is guaranteed by
        the return option in your expat plan, as long as you apply before
        30 November. Your premium would be EUR 512.30 a month, of which your
        employer pays half.

        Alternatively, if you join a statutory fund, just send us their
        confirmation and we'll close the file.

        @@SIGEN:dunmore@@
        """)
    return message("dunmore", "Oliver Brandt <oliver.brandt@fastpost.example>",
                   "Ending your expat plan on 30 November", "2026-10-15 11:44", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "doctor",
      "medical report of a Dubai psychiatrist about expat member Karsten Vogl (burnout/depression, medication) forwarded to the medical adviser")
def en_doctor_report_forward():
    body = text("""
        Dear Dr. Voss,

        Could you please review the report below? Mr Vogl has asked us to
        cover 20 further therapy sessions and a 4-week day-clinic programme.
        His plan (Expat Gold) covers outpatient psychotherapy without limit,
        day-clinic stays only with prior approval.

        Thank you,
        Claire

        ---------- Forwarded message ---------
        From: Dr. Leila Haddad <dr.haddad@mindcare-dubai.example>
        Date: Tue, 6 Oct 2026 at 18:20
        Subject: Medical report - Mr Karsten VOGL, DOB 03/03/1975

        Dear colleagues,
        Mr Vogl has been under my care since July 2026 for a moderate
        depressive episode (F32.1) following prolonged work-related
        exhaustion. He is on sertraline 100 mg daily and attends weekly CBT.
        Sleep and mood have improved partially, but he remains unable to
        work. I recommend a structured day-clinic programme of four weeks
        followed by continued weekly therapy. There is no suicidal ideation.
        Kind regards, Dr. Leila Haddad, Consultant Psychiatrist
        """)
    return message("dunmore", "voss", "Fwd: Medical report - Mr Karsten VOGL",
                   "2026-10-07 09:15", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only mail (table): cost approval for outpatient psychotherapy (24 sessions) for member Lisa Marten with diagnosis F41.1; subject says only 'Kostenzusage'")
def kv_psychotherapie_zusage():
    htm = html("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
        <p>Sehr geehrte Frau Marten,</p>
        <p>der Antrag Ihrer Psychotherapeutin Frau Dipl.-Psych. Hollenbach auf Verhaltenstherapie liegt
        uns vor, ebenso der Bericht für unsere Gutachterin. Wir übernehmen die Kosten für:</p>
        <table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt">
        <tr><td>Leistung</td><td>Kurzzeittherapie, 24 Sitzungen (GOP 870, je 50 Minuten)</td></tr>
        <tr><td>Diagnose laut Antrag</td><td>generalisierte Angststörung (F41.1)</td></tr>
        <tr><td>Erstattung</td><td>80&nbsp;% bis zum 2,3-fachen Satz (Tarif AF-Komfort 600)</td></tr>
        <tr><td>gültig bis</td><td>31.12.2027</td></tr>
        </table>
        <p>Die fünf probatorischen Sitzungen, die Sie schon hatten, sind darin nicht enthalten und werden
        ebenfalls erstattet. Sollte nach 24 Sitzungen eine Verlängerung nötig sein, reicht ein kurzer
        Fortführungsbericht Ihrer Therapeutin.</p>
        <p>Viele Grüße<br>Jonas Abendroth<br><br>Ahornfeld Krankenversicherung a.G.<br>
        Leistungsservice ambulant | Tel. 05121 4807-2231</p>
        </body></html>
        """)
    return message("abendroth", "lisa.marten@kabelmail.example", "Kostenzusage",
                   "2026-09-22 10:36", htm)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "confirmation of a tariff change within the health insurer for member Klaus-Dieter Ahrens, new tariff and premium; no medical word")
def kv_tarifwechsel_bestaetigung():
    body = text("""
        Sehr geehrter Herr Ahrens,

        Ihr Tarifwechsel ist durchgeführt. Ab 01.10.2026 gilt für Ihren
        Vertrag 7031 177 962:

          bisher:  AF-Komfort 300, monatlich 802,44 EUR
          neu:     AF-Komfort 1200, monatlich 611,80 EUR
          Ihre Alterungsrückstellung (derzeit 61.418 EUR) wird vollständig
          angerechnet.

        Der höhere Selbstbehalt von 1.200 EUR gilt ab 2027 in voller Höhe;
        für die restlichen Monate 2026 berechnen wir ihn anteilig mit
        300 EUR.

        Ihren neuen Versicherungsschein erhalten Sie in den nächsten Tagen.
        Ein Rückwechsel in den alten Tarif ist jederzeit möglich, dann aber
        nur mit Gesundheitsprüfung für die Mehrleistung.

        @@SIG:lindqvist@@
        """)
    return message("lindqvist", "kd.ahrens@t-net.example", "Ihr Tarifwechsel zum 01.10.2026",
                   "2026-09-08 13:10", body)


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English reply to member Priya Nair explaining her German dentist's invoice (GOZ items, root canal, crown) line by line")
def mixed_dental_invoice_explained():
    body = text("""
        Dear Ms Nair,

        You asked what the items on Dr. Rauschenbach's invoice mean and why we
        did not pay the full amount. Here are the lines from the German
        invoice with a short explanation:

          "GOZ 2410 Aufbereitung Wurzelkanal, Zahn 26, 3 Kanäle"
            -> root canal preparation, upper left first molar, 3 canals
          "GOZ 2440 Wurzelfüllung, Zahn 26"
            -> root filling
          "GOZ 2210 Vollkrone (Tangentialpräparation), Zahn 26, Faktor 3,5"
            -> full crown; factor 3.5 without written reason
          "Material- und Laborkosten Zirkon"
            -> lab costs for the zirconia crown

        Everything is covered under your dental tariff AF-Zahn 90, but for the
        crown we can only accept factor 2.3 unless the dentist gives a reason
        specific to your treatment. If you ask the practice for this
        "Begründung", we will review the remaining EUR 147.60.

        @@SIGEN:abendroth@@
        """)
    return message("abendroth", "Priya Nair <priya.nair@mailhub.example>",
                   "Your dental invoice – explanation", "2026-08-12 15:25", body)


@mail("NORMAL", "en", "insurer-to-hospital",
      "trap: automatic out-of-office reply to a hospital's billing office pointing to the 24/7 line for guarantees of payment; no patient or case")
def en_out_of_office():
    body = text("""
        Thank you for your e-mail. I am out of the office until Monday,
        24 August 2026, with no access to e-mail.

        Requests for guarantees of payment or urgent admissions: please call
        our 24/7 line +49 5121 4807-2499 or write to claims@ahornfeld.example
        – your message will be picked up by the team on duty.

        Invoices: please use the provider portal as usual.

        Claire Dunmore
        International Member Services – Ahornfeld Global Health
        """, charset="windows-1252")
    return message("dunmore", "Billing Office <billing@creek-medical.example>",
                   "Automatic reply: Invoice batch July – Creek Medical Centre", "2026-08-10 13:02",
                   body, extra=[("Auto-Submitted", "auto-replied"),
                                ("X-Auto-Response-Suppress", "All")])


# ===========================================================================
# build and check
# ===========================================================================

# IBAN-like strings that are wrong on purpose (a customer's typo) or masked
INTENDED_BAD_IBANS = set()


def ordered_mails():
    """Fixed, interleaved order: sorted by a hash of the mail's name."""
    return sorted(MAILS, key=lambda m: hashlib.sha256(("d182/" + m[0]).encode()).hexdigest())


def render(key, fn):
    Ctx.key = key
    Ctx.nb = 0
    m = fn()
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POLICY).flatten(m)
    return buf.getvalue()


def build(outdir):
    names = [m[0] for m in MAILS]
    assert len(names) == len(set(names)), "duplicate mail function names"
    mdir = os.path.join(outdir, "mails")
    if os.path.isdir(mdir):
        shutil.rmtree(mdir)
    os.makedirs(mdir)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (key, label, lang, kind, reason, fn) in enumerate(ordered_mails(), 1):
        fname = "%s%04d.eml" % (PREFIX, i)
        data = render(key, fn)
        with open(os.path.join(mdir, fname), "wb") as f:
            f.write(data)
        rows.append("\t".join((fname, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    return len(rows) - 1


# -- checking ---------------------------------------------------------------

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[0-9A-Z]{4}){3,7}(?: ?[0-9A-Z]{1,3})?)\b")


def _check_xml(data, what):
    ET.fromstring(data)


def _check_zip_container(data, fname, errors, texts):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        errors.append("%s: bad zip (%s)" % (fname, e))
        return
    bad = z.testzip()
    if bad:
        errors.append("%s: corrupt member %s" % (fname, bad))
    names = z.namelist()
    low = fname.lower()
    if low.endswith(".docx"):
        for need in ("[Content_Types].xml", "word/document.xml"):
            if need not in names:
                errors.append("%s: missing %s" % (fname, need))
    if low.endswith(".xlsx"):
        for need in ("[Content_Types].xml", "xl/workbook.xml"):
            if need not in names:
                errors.append("%s: missing %s" % (fname, need))
    if low.endswith((".odt", ".ods")):
        if not names or names[0] != "mimetype" or z.getinfo("mimetype").compress_type != 0:
            errors.append("%s: mimetype not first/stored" % fname)
    for n in names:
        member = z.read(n)
        if n.endswith((".xml", ".rels")):
            try:
                ET.fromstring(member)
                texts.append(re.sub(r"<[^>]+>", " ", member.decode("utf-8")))
            except ET.ParseError as e:
                errors.append("%s/%s: XML %s" % (fname, n, e))
        elif low.endswith(".zip"):
            _check_blob(member, n, errors, texts)


def _pdf_text(data):
    out = []
    for m in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        n = int(m.group(1))
        s = data[m.end():m.end() + n]
        if m.group(2):
            s = zlib.decompress(s)
        out.extend(re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", s))
    return "\n".join(re.sub(rb"\\(.)", rb"\1", t).decode("cp1252") for t in out)


def _check_blob(data, fname, errors, texts):
    low = fname.lower()
    if low.endswith(".pdf"):
        if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
            errors.append("%s: not a PDF" % fname)
        t = _pdf_text(data)
        if not t.strip():
            errors.append("%s: PDF without text" % fname)
        texts.append(t)
    elif low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        _check_zip_container(data, fname, errors, texts)
    elif low.endswith(".ics"):
        t = data.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            errors.append("%s: no VCALENDAR" % fname)
        texts.append(t)
    elif low.endswith((".csv", ".txt", ".log")):
        for enc in ("utf-8", "cp1252"):
            try:
                texts.append(data.decode(enc))
                break
            except UnicodeDecodeError:
                continue
    elif low.endswith(".eml"):
        _check_msg(email.message_from_bytes(data, policy=email.policy.default),
                   fname, errors, texts)


def _check_msg(msg, where, errors, texts):
    for part in msg.walk():
        if part.defects:
            errors.append("%s: defects %r" % (where, part.defects))
        for k in part.keys():
            for v in part.get_all(k):
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %r" % (where, k, v.defects))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue  # walk() descends into it
        fname = part.get_filename()
        if part.get_content_maintype() == "text":
            try:
                s = part.get_content()
            except (LookupError, UnicodeDecodeError) as e:
                errors.append("%s: text part does not decode: %s" % (where, e))
                continue
            if fname:
                _check_blob(s.encode("utf-8"), fname, errors, texts) if fname.lower().endswith(".ics") else texts.append(s)
            else:
                texts.append(re.sub(r"<[^>]+>", " ", s) if ct == "text/html" else s)
        else:
            data = part.get_content()
            if not isinstance(data, bytes):
                data = part.get_payload(decode=True)
            if not fname:
                errors.append("%s: binary part without filename" % where)
                continue
            _check_blob(data, fname, errors, texts)


def check_tree(outdir, verbose=True):
    errors = []
    mdir = os.path.join(outdir, "mails")
    files = sorted(os.listdir(mdir))
    mids = {}
    labels = {}
    with open(os.path.join(outdir, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", lines[0]
    for ln in lines[1:]:
        if not ln:
            continue
        cols = ln.split("\t")
        if len(cols) != 5:
            errors.append("labels.tsv: bad row %r" % ln)
            continue
        labels[cols[0]] = cols
        if cols[1] not in LABELS or cols[2] not in LANGS or not cols[4].strip():
            errors.append("labels.tsv: bad values %r" % ln)
    if sorted(labels) != files:
        errors.append("labels.tsv and mails/ differ")
    for fn in files:
        data = open(os.path.join(mdir, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", data):
            errors.append("%s: bare LF" % fn)
        if re.search(rb"\r(?!\n)", data):
            errors.append("%s: bare CR" % fn)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (fn, h))
        if not str(msg["Date"]).split()[3] == "2026":
            errors.append("%s: date not in 2026" % fn)
        if "@ahornfeld.example>" not in str(msg["From"]) and not str(msg["From"]).endswith("@ahornfeld.example"):
            errors.append("%s: not sent from ahornfeld.example" % fn)
        mid = str(msg["Message-ID"])
        if mid in mids:
            errors.append("%s: Message-ID also in %s" % (fn, mids[mid]))
        mids[mid] = fn
        texts = []
        _check_msg(msg, fn, errors, texts)
        alltext = "\n".join(texts)
        for mm in IBAN_RE.finditer(alltext):
            cand = mm.group(1)
            compact = cand.replace(" ", "")
            if not compact[:2] in ("DE", "AT", "GB", "NL", "PT", "FR", "CH", "ES", "IT", "BE", "LU", "PL", "DK", "IE"):
                continue
            if len(compact) < 15 or compact[4:7] == "ZZZ":
                continue
            if not iban_ok(compact) and compact not in INTENDED_BAD_IBANS:
                errors.append("%s: invalid IBAN %s" % (fn, cand))
        for host in re.findall(r"[\w.-]+@([\w-]+(?:\.[\w-]+)+)", alltext + str(msg)):
            if not host.lower().endswith(".example"):
                errors.append("%s: host %s does not end in .example" % (fn, host))
        for host in re.findall(r"(?:https?://|www\.)([\w.-]+)", alltext):
            h = host.lower().rstrip(".")
            if not (h.endswith(".example") or h == "example"):
                errors.append("%s: URL host %s does not end in .example" % (fn, host))
    return errors, labels


def stats(labels):
    from collections import Counter
    c = Counter((v[1], v[2]) for v in labels.values())
    kinds = Counter((v[3], v[1]) for v in labels.values())
    out = ["label                   de   en mixed total"]
    for lab in LABELS:
        out.append("%-22s %4d %4d %5d %5d" % (lab, c[(lab, "de")], c[(lab, "en")],
                                               c[(lab, "mixed")],
                                               sum(c[(lab, x)] for x in LANGS)))
    out.append("%-22s %4d %4d %5d %5d" % ("total", *(sum(c[(l, x)] for l in LABELS) for x in LANGS),
                                           len(labels)))
    out.append("")
    allk = sorted({k for k, _ in kinds})
    for k in allk:
        out.append("%-24s N %2d  C %2d  S %2d" % (k, kinds[(k, "NORMAL")], kinds[(k, "CONFIDENTIAL")],
                                                 kinds[(k, "STRICTLY_CONFIDENTIAL")]))
    return "\n".join(out)


def main(argv):
    if "--check" in argv:
        tmp = tempfile.mkdtemp(prefix="d182-check-")
        try:
            build(tmp)
            errors = []
            for sub in ("labels.tsv",):
                a = open(os.path.join(tmp, sub), "rb").read()
                try:
                    b = open(os.path.join(HERE, sub), "rb").read()
                except FileNotFoundError:
                    b = None
                if a != b:
                    errors.append("%s differs from a fresh build" % sub)
            fresh = sorted(os.listdir(os.path.join(tmp, "mails")))
            try:
                have = sorted(os.listdir(os.path.join(HERE, "mails")))
            except FileNotFoundError:
                have = []
            if fresh != have:
                errors.append("mails/ file list differs from a fresh build")
            for fn in fresh:
                p = os.path.join(HERE, "mails", fn)
                if not os.path.exists(p) or open(p, "rb").read() != open(os.path.join(tmp, "mails", fn), "rb").read():
                    errors.append("mails/%s differs from a fresh build" % fn)
            e2, labels = check_tree(HERE)
            errors += e2
        finally:
            shutil.rmtree(tmp)
        if errors:
            for e in errors:
                print("ERROR:", e)
            print("%d error(s)" % len(errors))
            return 1
        print(stats(labels))
        print("OK: %d mails, byte-identical rebuild, all parse" % len(labels))
        return 0
    n = build(HERE)
    print("wrote %d mails to %s" % (n, os.path.join(HERE, "mails")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
