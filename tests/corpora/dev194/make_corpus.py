#!/usr/bin/env python3
"""Generator for the Siegel writer corpus dev194 (file prefix ``d194-``).

150 hand-written, fictitious e-mails of the invented insurer
"Halmstein Versicherungsgruppe" (Wiesentrup), labelled NORMAL /
CONFIDENTIAL / STRICTLY_CONFIDENTIAL.

Python standard library only. Deterministic: fixed dates, Message-IDs,
MIME boundaries, ZIP member times, document metadata.

    python3 make_corpus.py            # writes mails/ and labels.tsv
    python3 make_corpus.py --check    # rebuilds into a temp dir, compares
                                      # byte for byte, parses every mail

Everything in the section MAILS was written mail by mail; only the staff
signatures and legal footers in section PEOPLE are shared.
"""
import argparse
import hashlib
import io
import os
import re
import sys
import tempfile
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "d194-"
DOM = "halmstein.example"
POL = policy.SMTP

# ---------------------------------------------------------------------------
# helpers: dates, messages, attachments
# ---------------------------------------------------------------------------


def _berlin(dt):
    def last_sunday(month):
        d = datetime(dt.year, month, 31)
        return d - timedelta(days=(d.weekday() + 1) % 7)
    start = last_sunday(3).replace(hour=2)
    end = last_sunday(10).replace(hour=3)
    off = 2 if start <= dt < end else 1
    return dt.replace(tzinfo=timezone(timedelta(hours=off)))


def D(s):
    """'2026-03-04 09:12' -> RFC 5322 date in Europe/Berlin time."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return format_datetime(_berlin(datetime.strptime(s, fmt)))


class A:
    """An attachment: file name, bytes, content type, optional charset."""

    def __init__(self, name, data, ctype, charset=None, inline=False):
        self.name, self.data, self.ctype = name, data, ctype
        self.charset, self.inline = charset, inline


class FWD:
    """A mail attached as message/rfc822."""

    def __init__(self, msg, name=None):
        self.msg, self.name = msg, name


def _qa(value):
    """Quote display names that contain specials such as '.'."""
    out = []
    for a in value.split(", "):
        mm = re.match(r'^([^"<]+?)\s*<([^>]+)>$', a)
        if mm and re.search(r'[.()\[\]:;@\\]', mm.group(1)):
            a = '"%s" <%s>' % (mm.group(1), mm.group(2))
        out.append(a)
    return ", ".join(out)


def M(frm, to, subj, date, body=None, *, cc=None, html=None, charset="utf-8",
      cte="quoted-printable", flowed=False, att=(), hdr=(), html_only=False,
      msgid=None):
    m = EmailMessage(policy=POL)
    m["From"] = _qa(frm)
    m["To"] = _qa(to)
    if cc:
        m["Cc"] = _qa(cc)
    m["Subject"] = subj
    m["Date"] = date
    if msgid:
        m["Message-ID"] = msgid
    for k, v in hdr:
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        params = {"format": "flowed"} if flowed else None
        m.set_content(body, charset=charset, cte=cte, params=params)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    for a in att:
        if isinstance(a, FWD):
            m.add_attachment(a.msg, disposition="attachment",
                             filename=a.name)
        else:
            mt, st = a.ctype.split("/")
            params = {"charset": a.charset} if a.charset else None
            m.add_attachment(a.data, maintype=mt, subtype=st,
                             filename=a.name, params=params,
                             disposition="inline" if a.inline else "attachment")
    return m


def Q(text):
    """Quote a text the way mail clients do with '>'."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(">")
        else:
            out.append("> " + line)
    return "\n".join(out)


# --- ZIP based office files ------------------------------------------------

ZTIME = (2026, 1, 2, 8, 0, 0)


def zipbytes(files, when=ZTIME, stored_first=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(files):
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if stored_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author="Halmstein", when=ZTIME):
    """sheets: list of (name, rows); a row is a list of str/int/float/None."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb_sheets, wb_rels, files = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(name, {'"': "&quot;"}), i, i))
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
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, escape(str(v))))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    ct.append("</Types>")
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    out = [("[Content_Types].xml", "".join(ct)),
           ("_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>'),
           ("docProps/core.xml", _core(author, stamp)),
           ("xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets>%s</sheets></workbook>' % "".join(wb_sheets)),
           ("xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels)),
           ("xl/styles.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf/></cellStyleXfs>'
            '<cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>')] + files
    return zipbytes(out, when)


def _core(author, stamp):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (escape(author), stamp, stamp))


def _wp(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "",
                                        '<w:sz w:val="%d"/>' % size if size else "")
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, escape(text))


def docx(blocks, author="Halmstein", when=ZTIME):
    """blocks: str (paragraph), ('h', text), ('b', text), ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(_wp(b))
        elif b[0] == "h":
            body.append(_wp(b[1], bold=True, size=28))
        elif b[0] == "b":
            body.append(_wp(b[1], bold=True))
        elif b[0] == "table":
            rows = []
            for row in b[1]:
                rows.append("<w:tr>%s</w:tr>" % "".join(
                    "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>%s</w:tc>" % _wp(str(c)) for c in row))
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ("docProps/core.xml", _core(author, stamp)),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % "".join(body)),
    ]
    return zipbytes(files, when)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def _odf(mime, content, author, when):
    stamp = "%04d-%02d-%02dT%02d:%02d:%02d" % when
    return zipbytes([
        ("mimetype", mime),
        ("META-INF/manifest.xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
         '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
         '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
         '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
         '</manifest:manifest>' % mime),
        ("meta.xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<office:document-meta %s><office:meta><dc:creator>%s</dc:creator>'
         '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
         '</office:meta></office:document-meta>' % (_ODF_NS, escape(author), stamp, stamp)),
        ("content.xml", content),
    ], when, stored_first=True)


def odt(blocks, author="Halmstein", when=ZTIME):
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append("<text:p>%s</text:p>" % escape(b))
        elif b[0] == "h":
            body.append('<text:h text:outline-level="1">%s</text:h>' % escape(b[1]))
        else:
            body.append("<text:p>%s</text:p>" % escape(b[1]))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:body><office:text>%s'
               '</office:text></office:body></office:document-content>' % (_ODF_NS, "".join(body)))
    return _odf("application/vnd.oasis.opendocument.text", content, author, when)


def ods(sheets, author="Halmstein", when=ZTIME):
    tables = []
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
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(str(v)))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tables.append('<table:table table:name="%s">%s</table:table>' % (escape(name, {'"': "&quot;"}), "".join(xr)))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:body><office:spreadsheet>%s'
               '</office:spreadsheet></office:body></office:document-content>' % (_ODF_NS, "".join(tables)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content, author, when)


# --- PDF with a text layer ---------------------------------------------------

def _pdfstr(s):
    out = []
    for ch in s.encode("cp1252", "replace"):
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03o" % ch)
    return "(" + "".join(out) + ")"


def pdf(lines, title="Dokument", author="Halmstein Versicherungsgruppe",
        when="20260102080000"):
    """lines: str, ('b', text) bold, ('h', text) heading; '' = blank line."""
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= 52:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    objs = {}
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = "<< /Title %s /Author %s /Producer (Halmstein DocGen 4.2) /CreationDate (D:%s+01'00') /ModDate (D:%s+01'00') >>" % (
        _pdfstr(title), _pdfstr(author), when, when)
    kids, nxt = [], 6
    streams = {}
    for pg in pages:
        ops = ["BT", "/F1 10 Tf", "14 TL", "56 790 Td"]
        font = "F1"
        for ln in pg:
            if isinstance(ln, tuple):
                kind, text = ln
                want = "F2"
                size = 13 if kind == "h" else 10
            else:
                text, want, size = ln, "F1", 10
            ops.append("/%s %d Tf" % (want, size))
            ops.append("%s Tj T*" % _pdfstr(text) if text else "T*")
        ops.append("ET")
        raw = zlib.compress("\n".join(ops).encode("latin-1"), 9)
        pobj, cobj = nxt, nxt + 1
        nxt += 2
        objs[pobj] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                      "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cobj)
        streams[cobj] = raw
        kids.append("%d 0 R" % pobj)
    objs[2] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    total = nxt - 1
    for i in range(1, total + 1):
        offs[i] = out.tell()
        if i in streams:
            data = streams[i]
            out.write(b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (i, len(data)))
            out.write(data)
            out.write(b"\nendstream\nendobj\n")
        else:
            out.write(("%d 0 obj\n%s\nendobj\n" % (i, objs[i])).encode("latin-1"))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (total + 1))
    for i in range(1, total + 1):
        out.write(b"%010d 00000 n \n" % offs[i])
    fid = hashlib.md5(("%s|%s" % (title, when)).encode()).hexdigest()
    out.write(("trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
               % (total + 1, fid, fid, xref)).encode("latin-1"))
    return out.getvalue()


def pdf_text(data):
    """Extract the text of the Tj operators (for --check)."""
    texts = []
    for m in re.finditer(rb"<<([^>]*?)>>\s*stream\r?\n", data):
        start = m.end()
        end = data.index(b"endstream", start)
        raw = data[start:end].rstrip(b"\r\n")
        if b"FlateDecode" in m.group(1):
            raw = zlib.decompress(raw)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            t = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), s.group(1))
            t = re.sub(rb"\\(.)", rb"\1", t)
            texts.append(t.decode("cp1252"))
    return "\n".join(texts)


# --- calendar and CSV ------------------------------------------------------

def ics(lines):
    """lines: list of unfolded iCalendar lines; folds at 74 octets, CRLF."""
    out = []
    for ln in lines:
        b = ln.encode("utf-8")
        first = True
        while b:
            limit = 74 if first else 73
            cut = min(limit, len(b))
            while cut < len(b) and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b"" if first else b" ") + b[:cut])
            b = b[cut:]
            first = False
    return b"\r\n".join(out) + b"\r\n"


def csv_bytes(rows, sep=";", enc="utf-8"):
    lines = []
    for r in rows:
        cells = []
        for c in r:
            c = "" if c is None else str(c)
            if sep in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        lines.append(sep.join(cells))
    return ("\r\n".join(lines) + "\r\n").encode(enc)


XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_T = "application/vnd.oasis.opendocument.text"
ODS_T = "application/vnd.oasis.opendocument.spreadsheet"

# registry --------------------------------------------------------------------

MAILS = []


def mail(label, lang, kind, reason):
    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco

# ---------------------------------------------------------------------------
# PEOPLE: staff addresses, signatures (each person always signs the same way)
# and legal footers -- the only shared text in the corpus
# ---------------------------------------------------------------------------

TEL = "+49 5299 4471-"

STAFF = {
    # key: (display name, local part, function, extension)
    "ovb": ("Jana Overbeck", "jana.overbeck", "Teamleiterin Leistung Kranken ambulant", "312"),
    "rec": ("Timo Reckers", "timo.reckers", "Leistung Kranken ambulant", "318"),
    "ayd": ("Sevgi Aydın", "sevgi.aydin", "Leistung Leben / Berufsunfähigkeit", "402"),
    "hue": ("Dr. med. Frank Hüsing", "frank.huesing", "Gesellschaftsarzt", "450"),
    "bri": ("Malte Brinkhege", "malte.brinkhege", "Kfz-Schaden", "221"),
    "vos": ("Ines Vosskötter", "ines.vosskoetter", "Sach-Schaden Privatkunden", "236"),
    "kam": ("Rüdiger Kampmann", "ruediger.kampmann", "Regress", "244"),
    "swf": ("Lea Schwertfeger", "lea.schwertfeger", "Personalreferentin", "115"),
    "poh": ("Carsten Pohlmann", "carsten.pohlmann", "Leiter Personal", "110"),
    "ger": ("Nils Gerdemann", "nils.gerdemann", "IT-Service-Desk", "199"),
    "ram": ("Priya Raman", "priya.raman", "IT Security", "190"),
    "fer": ("Tomás Ferreira", "tomas.ferreira", "Application Support", ""),
    "lam": ("Birgit Lammers", "birgit.lammers", "Facility Management", "140"),
    "stm": ("Olaf Strotmann", "olaf.strotmann", "Haustechnik", "142"),
    "wue": ("Katharina Wübbeler", "katharina.wuebbeler", "Datenschutzbeauftragte", "180"),
    "moe": ("Henrik Möllenbeck", "henrik.moellenbeck", "Maklerbetreuung", "520"),
    "kay": ("Aylin Kaya", "aylin.kaya", "Kundenservice", "604"),
    "ter": ("Sophie Terhaar", "sophie.terhaar", "Antrags- und Risikoprüfung Leben", "410"),
    "alb": ("Gregor Albers", "gregor.albers", "Unternehmenskommunikation", "130"),
    "cla": ("Emma Clarke", "emma.clarke", "Reinsurance & International", "170"),
    "now": ("Marek Nowak", "marek.nowak", "Leistung Unfall", "330"),
    "san": ("Wiebke Sandmann", "wiebke.sandmann", "Vorstandsbüro", "101"),
    "boe": ("Felix Börger", "felix.boerger", "Kundenservice (Werkstudent)", "612"),
    "ose": ("Daniel Osei", "daniel.osei", "International Health Claims", "345"),
    "lue": ("Hanna Lütkemeyer", "hanna.luetkemeyer", "Rechtsschutz-Schaden", "250"),
    "teb": ("Jörg Tebbe", "joerg.tebbe", "Betriebsratsvorsitzender", "160"),
    "hec": ("Martin Heckmann", "martin.heckmann", "Leistung Pflege", "340"),
    "fen": ("Ruth Fennemann", "ruth.fennemann", "Finanzbuchhaltung", "150"),
    "dal": ("Kerstin Dallmann", "kerstin.dallmann", "Reha- und Gesundheitsmanagement", "360"),
    "wie": ("Jens Wiemeler", "jens.wiemeler", "Beitragsinkasso", "620"),
    "kuh": ("Petra Kuhlmann", "petra.kuhlmann", "Schwerbehindertenvertretung", "165"),
    "bus": ("Anke Busemann", "anke.busemann", "Leistung Kranken stationär", "322"),
    "thi": ("Yannick Thiele", "yannick.thiele", "Vertrag Kfz / Sach", "214"),
    "mer": ("Thorsten Mersmann", "thorsten.mersmann", "Teamleiter Leistung Leben / BU", "400"),
    "men": ("Rita Mendes", "rita.mendes", "Document Processing Lisboa", ""),
    "foc": ("Nadine Focke", "nadine.focke", "Vertragsservice Leben", "420"),
    "hin": ("Laura Hinrichs", "laura.hinrichs", "Reise-Schaden", "260"),
    "wel": ("Jonas Wellmann", "jonas.wellmann", "Vertragsservice Leben", "424"),
    "vri": ("Piet de Vries", "piet.devries", "Marine & Transport Underwriting", "275"),
    "kle": ("Bernd Kleinehagenbrock", "bernd.kleinehagenbrock", "Haftpflicht-Schaden", "240"),
    "mar": ("Carla Marquardt", "carla.marquardt", "Tierversicherung Schaden", "265"),
    "dpm": ("Nora Duppmeier", "nora.duppmeier", "Kfz-Schaden International", "226"),
    "veh": ("Katrin Vehring", "katrin.vehring", "Firmenkunden bKV", "540"),
    "pot": ("Ute Pöttker", "ute.poettker", "Pflegeberatung", "344"),
}


def E(key):
    """Mail address with display name of a staff member."""
    name, local, _f, _x = STAFF[key]
    return "%s <%s@%s>" % (name, local, DOM)


def EA(key):
    return "%s@%s" % (STAFF[key][1], DOM)


SIG = {
    "ovb": "-- \nJana Overbeck\nTeamleiterin Leistung Kranken ambulant\nHalmstein Krankenversicherung a.G.\nTel. +49 5299 4471-312",
    "rec": "Mit freundlichen Grüßen\nTimo Reckers\n\nHalmstein Krankenversicherung a.G.\nLeistung Kranken ambulant\nTelefon +49 5299 4471-318 | Fax +49 5299 4471-399",
    "ayd": "Viele Grüße\nSevgi Aydın\nLeistung Leben / BU | Halmstein Lebensversicherung AG\nDurchwahl -402",
    "hue": "Dr. med. Frank Hüsing\nFacharzt für Innere Medizin\nGesellschaftsarzt der Halmstein Versicherungsgruppe\nTel. +49 5299 4471-450",
    "bri": "Gruß\nMalte Brinkhege\nKfz-Schaden · Halmstein Allgemeine Versicherung AG\nT +49 5299 4471-221",
    "vos": "Freundliche Grüße\n\nInes Vosskötter\nSach-Schaden Privatkunden\nHalmstein Allgemeine Versicherung AG\nKanalstraße 40, 48999 Wiesentrup\nTelefon +49 5299 4471-236",
    "kam": "R. Kampmann\nRegress | -244",
    "swf": "Viele Grüße\nLea Schwertfeger\nPersonalreferentin\nHalmstein Versicherungsgruppe · Personal\nTel. -115",
    "poh": "Carsten Pohlmann\nLeiter Personal\nHalmstein Versicherungsgruppe\nTel. +49 5299 4471-110 · Mobil +49 170 0044712",
    "ger": "Nils Gerdemann\nIT-Service-Desk | Durchwahl -199 | Ticketportal: https://service.halmstein.example",
    "ram": "Best,\nPriya\n\nPriya Raman | IT Security | Halmstein Versicherungsgruppe\n+49 5299 4471-190",
    "fer": "Tomás Ferreira\nApplication Support – Claims Platforms\nHalmstein Shared Services Lisboa\n+351 21 000 4471",
    "lam": "Birgit Lammers\nFacility Management\nTel. -140 / Mobil 0171 0044714",
    "stm": "Olaf Strotmann, Haustechnik, Tel. -142",
    "wue": "Katharina Wübbeler\nDatenschutzbeauftragte der Halmstein Versicherungsgruppe\ndatenschutz@halmstein.example · Tel. +49 5299 4471-180",
    "moe": "Mit freundlichen Grüßen\n\nHenrik Möllenbeck\nMaklerbetreuung Nord-West\nHalmstein Versicherungsgruppe\nTel. +49 5299 4471-520 | Mobil +49 160 0044752\nmaklerportal.halmstein.example",
    "kay": "Freundliche Grüße\nAylin Kaya\nKundenservice\nHalmstein Versicherungsgruppe\nTelefon 05299 4471-604",
    "ter": "Sophie Terhaar\nAntrags- und Risikoprüfung Leben\nHalmstein Lebensversicherung AG\nTel. +49 5299 4471-410",
    "alb": "Gregor Albers\nUnternehmenskommunikation\nHalmstein Versicherungsgruppe\nTel. +49 5299 4471-130 · presse@halmstein.example",
    "cla": "Kind regards,\nEmma\n\nEmma Clarke\nReinsurance & International\nHalmstein Versicherungsgruppe, Wiesentrup\nT +49 5299 4471-170",
    "now": "Mit freundlichem Gruß\nMarek Nowak\nLeistung Unfall\nHalmstein Allgemeine Versicherung AG\nTel. +49 5299 4471-330",
    "san": "Wiebke Sandmann\nAssistenz des Vorstands\nTel. -101",
    "boe": "Viele Grüße\nFelix Börger\nKundenservice (Werkstudent) | Tel. -612",
    "ose": "Best regards\nDaniel Osei\nInternational Health Claims\nHalmstein Krankenversicherung a.G.\nT +49 5299 4471-345 | intl-health@halmstein.example",
    "lue": "Mit freundlichen Grüßen\nHanna Lütkemeyer\nRechtsschutz-Schaden\nHalmstein Allgemeine Versicherung AG\nTel. +49 5299 4471-250",
    "teb": "Jörg Tebbe\nVorsitzender des Betriebsrats\nbetriebsrat@halmstein.example · Tel. -160",
    "hec": "Martin Heckmann\nLeistung Pflege\nHalmstein Krankenversicherung a.G.\nTel. +49 5299 4471-340",
    "fen": "Ruth Fennemann\nFinanzbuchhaltung · Tel. -150",
    "dal": "Kerstin Dallmann\nReha- und Gesundheitsmanagement\nHalmstein Krankenversicherung a.G.\nTel. +49 5299 4471-360",
    "wie": "Jens Wiemeler\nBeitragsinkasso\nTel. +49 5299 4471-620",
    "kuh": "Petra Kuhlmann\nSchwerbehindertenvertretung\nTel. -165",
    "bus": "Anke Busemann\nLeistung Kranken stationär\nHalmstein Krankenversicherung a.G.\nTel. +49 5299 4471-322",
    "thi": "Yannick Thiele\nVertrag Kfz / Sach\nHalmstein Allgemeine Versicherung AG\nTel. +49 5299 4471-214",
    "mer": "Thorsten Mersmann\nTeamleiter Leistung Leben / BU\nHalmstein Lebensversicherung AG\nTel. +49 5299 4471-400",
    "men": "Rita Mendes\nTeam Lead Document Processing\nHalmstein Shared Services Lisboa",
    "foc": "Mit freundlichen Grüßen\n\nNadine Focke\nVertragsservice Leben\nHalmstein Lebensversicherung AG\nTelefon +49 5299 4471-420",
    "hin": "Laura Hinrichs\nReise-Schaden / Travel Insurance Claims\nHalmstein Allgemeine Versicherung AG\nTel. +49 5299 4471-260",
    "wel": "Best regards\nJonas Wellmann\nLife Policy Services (Vertragsservice Leben)\nHalmstein Lebensversicherung AG\nPhone +49 5299 4471-424",
    "vri": "Piet de Vries\nMarine & Transport Underwriting\nHalmstein Allgemeine Versicherung AG\n+49 5299 4471-275",
    "kle": "Mit freundlichen Grüßen\ni. A. Bernd Kleinehagenbrock\nHaftpflicht-Schaden\nHalmstein Allgemeine Versicherung AG\nTel. +49 5299 4471-240 | Fax -249",
    "mar": "Carla Marquardt\nTierversicherung Schaden / Pet Insurance Claims\nHalmstein Allgemeine Versicherung AG\nTel. +49 5299 4471-265",
    "dpm": "Nora Duppmeier\nKfz-Schaden International / International Motor Claims\nHalmstein Allgemeine Versicherung AG\nT +49 5299 4471-226",
    "veh": "Katrin Vehring\nFirmenkunden bKV / Corporate Health Benefits\nHalmstein Krankenversicherung a.G.\n+49 5299 4471-540 | +49 151 0044 7540",
    "pot": "Ute Pöttker\nPflegeberatung\nHalmstein Krankenversicherung a.G.\nTel. +49 5299 4471-344",
}

FOOT_ALLG = ("________________________________\n"
             "Halmstein Allgemeine Versicherung AG · Kanalstraße 40 · 48999 Wiesentrup\n"
             "Vorsitzender des Aufsichtsrats: Dr. Reinhard Obermeyer\n"
             "Vorstand: Ulrike Sasse (Vorsitzende), Bernd Kötter, Dr. Anja Melchers\n"
             "Sitz der Gesellschaft: Wiesentrup · Amtsgericht Wiesentrup HRB 4417")
FOOT_LEBEN = ("________________________________\n"
              "Halmstein Lebensversicherung AG · Kanalstraße 40 · 48999 Wiesentrup\n"
              "Vorsitzender des Aufsichtsrats: Dr. Reinhard Obermeyer\n"
              "Vorstand: Ulrike Sasse (Vorsitzende), Dr. Anja Melchers, Tobias Rengering\n"
              "Sitz der Gesellschaft: Wiesentrup · Amtsgericht Wiesentrup HRB 4418")
FOOT_KRANKEN = ("________________________________\n"
                "Halmstein Krankenversicherung a.G. · Kanalstraße 40 · 48999 Wiesentrup\n"
                "Vorsitzender des Aufsichtsrats: Dr. Reinhard Obermeyer\n"
                "Vorstand: Ulrike Sasse (Vorsitzende), Bernd Kötter, Dr. Marion Eilers\n"
                "Sitz: Wiesentrup · Amtsgericht Wiesentrup HRB 4420")
FOOT_EN = ("________________________________\n"
           "Halmstein Versicherungsgruppe · Kanalstraße 40 · 48999 Wiesentrup · Germany\n"
           "This e-mail may contain confidential information. If you are not the intended\n"
           "recipient, please notify the sender and delete it. Registered office: Wiesentrup,\n"
           "Local Court Wiesentrup HRB 4417 (Allgemeine), HRB 4418 (Leben), HRB 4420 (Kranken).")
FOOT_INT = ("Halmstein Versicherungsgruppe · intern · Bitte nicht an Externe weiterleiten, "
            "wenn nicht nötig.")
MOBILE_DE = "Von meinem iPhone gesendet"
MOBILE_EN = "Sent from my iPhone"
OUTLOOK_M = "Outlook für Android herunterladen <https://aka.example/ghei36>"

XM_OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
XM_TB = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")
XM_IPHONE = ("X-Mailer", "iPhone Mail (22D63)")
XM_SYS = ("X-Mailer", "HalmKorr 7.3 (Korrespondenzsystem)")

# ---------------------------------------------------------------------------
# MAILS
# ---------------------------------------------------------------------------


# ===== 0001-0015 =====

@mail("NORMAL", "de", "internal",
      "trap: Wartungsankündigung für das Leistungssystem; Arztrechnungen/Krankenhausrechnungen nur als Posteingangskategorien, keine Person")
def m_kalix_wartung():
    body = """Hallo zusammen,

am Freitag, 16.01.2026, spielen wir ab 17:00 Uhr das Release 26.1 für KALIX ein.
Bis voraussichtlich Samstag 10:00 Uhr ist das System nicht erreichbar.

Was das für euch heißt:
- Der Scan-Eingang "Arztrechnungen ambulant" und "Krankenhausrechnungen" wird
  ab 16:30 Uhr angehalten. Was bis dahin eingescannt ist, landet ganz normal
  in euren Postkörben, der Rest kommt Samstag im Laufe des Vormittags.
- Offene Vorgänge bitte vor 16:45 Uhr speichern und schließen. Nicht
  gespeicherte Eingaben in der Belegerfassung sind sonst weg (das hatten wir
  im Oktober leider zweimal).
- Die Schnittstelle zum Zahnarzt-HKP-Modul ist ebenfalls betroffen.

Neu im Release: die GOÄ-Plausiprüfung markiert den Steigerungsfaktor über 3,5
jetzt gelb statt rot, und die Suche nach ICD-Codes akzeptiert auch Eingaben
ohne Punkt (also M545 statt M54.5). Details im Intranet unter IT > Releases.

Bei Problemen am Montag früh bitte direkt ein Ticket, nicht per Mail an mich.

"""
    return M(E("ger"), "Leistung Kranken <leistung-kranken@halmstein.example>",
             "KALIX Wartung Fr 16.01. ab 17 Uhr – Scan-Eingang pausiert",
             D("2026-01-13 11:42"), body + SIG["ger"], cc=E("ovb"),
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Fallübergabe an Reha-Management: namentlich genannter Versicherter mit Bandscheibenvorfall M51.1, OP, AU und AHB")
def m_uebergabe_reha_oltmanns():
    body = """Hi Kerstin,

kannst du dir bitte den Fall Oltmanns ansehen? Ich glaub, das ist was für euch.

Bernd Oltmanns, KV-Nr. 208815-03, 52 Jahre, Vollversicherter mit KT ab 43. Tag.
Bandscheibenvorfall L4/L5 (M51.1), seit 06.10. arbeitsunfähig, konservativ
ging nix, am 12.01. im Klinikum Wiesentrup operiert (Sequestrektomie).
Entlassbericht ist gestern reingekommen, liegt in KALIX unter Belege.

Die Klinik hat AHB empfohlen, Antrag von ihm ist aber noch nicht da. Er hat
heute bei mir angerufen und klang ziemlich durch, weil er Angst um seinen Job
hat (Dachdecker, selbstständig). Krankentagegeld läuft, 140 EUR/Tag.

Ich würd ihn gern bei euch im Fallmanagement sehen, bevor das Tagegeld noch
Monate weiterläuft. Akte hab ich dir in KALIX zugewiesen.

Danke dir!
Timo

"""
    return M(E("rec"), E("dal"), "Übergabe Fall Oltmanns / BSV, Reha?",
             D("2026-01-21 14:07"), body + SIG["rec"], hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Hausrat-Einbruchschaden: Name, Anschrift, Schadennummer und gestohlene Gegenstände einer Kundin")
def m_hausrat_einbruch_hoelscher():
    body = """Sehr geehrte Frau Hölscher,

vielen Dank für Ihren Anruf heute Vormittag. Es tut uns leid, dass bei Ihnen
eingebrochen wurde. Wir haben den Schaden wie folgt aufgenommen:

Schadennummer:        SH-2026-004417
Versicherungsschein:  HR-3318207 (Hausratversicherung)
Versicherungsort:     Lindenweg 14, 48999 Wiesentrup, Erdgeschoss links
Schadentag:           Samstag, 10.01.2026, zwischen 18:30 und 22:00 Uhr
Polizeiliches Az.:    PI Wiesentrup 0117/26

Als gestohlen haben Sie angegeben: ein Notebook (Lenovo, ca. 2 Jahre alt),
eine Spielkonsole mit zwei Controllern, Goldschmuck aus dem Schlafzimmer
(Kette und zwei Ringe) und ca. 150 EUR Bargeld. Die Terrassentür wurde
aufgehebelt.

Damit wir den Schaden zügig regulieren können, benötigen wir noch:
1. die Stehlgutliste, so wie Sie sie der Polizei eingereicht haben,
2. Kaufbelege oder Fotos der Gegenstände (soweit vorhanden),
3. einen Kostenvoranschlag für die Reparatur der Terrassentür.

Sie können die Unterlagen einfach als Antwort auf diese Mail schicken oder
im Kundenportal hochladen.

"""
    return M(E("vos"), "Sabine Hölscher <sabine.hoelscher@webpost.example>",
             "Ihre Schadenmeldung SH-2026-004417 – Einbruch Lindenweg 14",
             D("2026-01-12 10:51"), body + SIG["vos"] + "\n\n" + FOOT_ALLG,
             hdr=[XM_SYS])


@mail("NORMAL", "en", "internal",
      "trap: MFA roll-out announcement; 'policy' is a password policy, health-claims team only named as a pilot group")
def m_mfa_rollout():
    body = """Hi all,

quick heads-up from IT Security: we're switching on the new multi-factor
authentication for Outlook on the web, the VPN and the broker portal admin
console in three waves.

  Wave 1 (26 Jan): IT, Reinsurance & International, Board office
  Wave 2 (9 Feb):  Health claims (outpatient + inpatient), Life/BU claims
  Wave 3 (23 Feb): everyone else, incl. Lisbon shared services

What you need to do: install the authenticator app on your company phone
before your wave starts. If you don't have a company phone, a hardware token
can be ordered through the service desk (lead time approx. one week).

Note that the password policy changes at the same time: minimum length 14,
no forced rotation every 90 days any more (finally). Old passwords stay valid
until you change them.

Questions -> #it-security in Teams or just reply to me.

"""
    return M(E("ram"), "All staff Wiesentrup <alle@halmstein.example>",
             "MFA roll-out: waves and dates", D("2026-01-15 09:03"),
             body + SIG["ram"], cc="Tomás Ferreira <tomas.ferreira@halmstein.example>",
             cte="7bit", hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "guarantee of payment for a named insured patient: appendicitis K35.8, appendectomy, date of birth")
def m_gop_malaga():
    body = """Dear Ms Navarro,

further to our telephone conversation this morning, Halmstein
Krankenversicherung a.G. confirms cover for the following inpatient stay:

  Patient:           Lukas Brandhorst, born 02/09/1994
  Membership no.:    INT-55120-7 (Halmstein Global Care, plan "Premium")
  Admission:         17 January 2026, via A&E
  Diagnosis:         acute appendicitis (K35.8)
  Procedure:         laparoscopic appendectomy
  Expected stay:     3 nights, standard single room

We guarantee payment of medically necessary costs up to EUR 9,000.00. Should
the costs exceed this amount, or if the stay is extended, please contact us
before the guarantee limit is reached.

Please send the final invoice together with the discharge summary to
intl-health@halmstein.example, quoting our reference GOP-26-0098. No excess
applies to this plan, so please do not ask the patient for a deposit.

"""
    return M(E("ose"), "Carmen Navarro <international@costaserena-hospital.example>",
             "Guarantee of payment GOP-26-0098 – Mr Lukas Brandhorst",
             D("2026-01-17 13:26"), body + SIG["ose"] + "\n\n" + FOOT_EN,
             cte="quoted-printable", hdr=[XM_OUTLOOK, ("Importance", "high")])


@mail("CONFIDENTIAL", "de", "internal",
      "HR an Entgeltabrechnung: neues Jahresgehalt einer namentlich genannten Mitarbeiterin (Einkommen)")
def m_gehalt_strunk():
    body = """Hallo Heike,

bitte ab der März-Abrechnung berücksichtigen:

Melanie Strunk, Pers.-Nr. 10488, Leistung Kranken stationär
Höhergruppierung von TG 5 nach TG 6 zum 01.03.2026
neues Bruttomonatsgehalt: 4.230,00 EUR (vorher 3.915,00 EUR)
Jahresbrutto inkl. 13. Gehalt damit 54.990,00 EUR

Die unterschriebene Änderungsvereinbarung liegt in der Personalakte (digital),
das Original schicke ich dir per Hauspost.

Danke & Gruß
Lea

"""
    return M(E("swf"), "Heike Rüther <heike.ruether@halmstein.example>",
             "Gehaltsänderung Strunk ab 03/2026", D("2026-02-11 08:37"),
             body + SIG["swf"], hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "internal", "Haustechnik: Aufzug in Haus B außer Betrieb, keine Personen- oder Vertragsdaten")
def m_aufzug():
    body = """Moin,

Aufzug Haus B steht mal wieder. Fehlercode Türsteuerung. Monteur von
Liftmeister kommt laut Hotline "im Laufe des Montags".

Bis dahin bitte Treppe oder über die Brücke im 2. OG durch Haus A.
Die Poststelle bringt die Rollwagen heute ausnahmsweise über den Lastenaufzug
in Haus A, kann also etwas später werden.

Wer auf den Aufzug angewiesen ist, meldet sich bitte kurz bei mir, dann
finden wir eine Lösung.

Birgit

"""
    return M(E("lam"), "Haus B <haus-b@halmstein.example>", "Aufzug Haus B defekt",
             D("2026-01-16 07:58"), body + SIG["lam"], cte="8bit",
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Teamleiter: Kollegin nach Unfall mit Handgelenksbruch krankgeschrieben, dazu Liste ihrer BU-Leistungsfälle mit Namen und Nachprüfungen")
def m_vertretung_aydin():
    body = """Hallo Team,

kurze Info: Sevgi hatte am Sonntag einen Fahrradunfall und hat sich das
rechte Handgelenk gebrochen. Sie wird heute operiert und ist mindestens
drei Wochen krankgeschrieben. Ich hab vorhin mit ihr telefoniert, es geht
ihr den Umständen entsprechend ok. Wer ihr was Nettes schicken will: Karte
liegt bei mir auf dem Tisch.

Ihre Fälle verteile ich bis auf Weiteres so:

Jonas:
 - L-7780412 Vennemann, BU-Nachprüfung, Fragebogen ist überfällig, bitte
   erinnern
 - L-7712093 Große-Kleimann, Leistungsantrag neu, Depression, Gutachten
   Dr. Hüsing angefordert

Maren:
 - L-7801156 Tüns, Anerkenntnis befristet bis 30.04., Verlängerung prüfen
 - L-7690021 Stroet, Wiedereingliederung läuft, Arbeitgeberauskunft fehlt

Ich:
 - L-7745530 Bekemeier (Widerspruch über Anwalt, da mach ich selbst weiter)

Bitte keine neuen Fälle in ihren Korb routen, Dispo ist informiert.

Danke euch
Thorsten

"""
    return M(E("mer"), "Team Leben BU <team-leben-bu@halmstein.example>",
             "Vertretung Sevgi ab sofort", D("2026-02-02 08:21"),
             body + SIG["mer"], hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "newsletter",
      "trap: Kundennewsletter (nur HTML) mit Gesundheitsthemen wie Vorsorge, Zahnreinigung und Hautkrebs-Screening, an keinen bestimmten Kunden")
def m_newsletter_gesund():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Halmstein Gesund – März 2026</title></head>
<body style="font-family:Arial,sans-serif;color:#233;max-width:640px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#1d5b4f;color:#fff;padding:18px">
<h1 style="margin:0;font-size:22px">Halmstein Gesund</h1><p style="margin:4px 0 0">Ihr Gesundheitsbrief · Ausgabe März 2026</p>
</td></tr></table>
<h2 style="font-size:18px">Frühjahrsputz für die Zähne</h2>
<p>Wussten Sie, dass wir in den Zahnzusatztarifen ZahnPlus und ZahnTop die professionelle
Zahnreinigung bis zu 150&nbsp;Euro pro Kalenderjahr erstatten? Viele unserer Versicherten
nutzen das noch nicht. Einfach Rechnung in der Halmstein-App fotografieren – fertig.</p>
<h2 style="font-size:18px">Hautkrebs-Screening ab 35</h2>
<p>Alle zwei Jahre können Sie Ihre Haut beim Hautarzt oder bei Ihrer Hausärztin untersuchen
lassen. Im Tarif Ambulant Komfort übernehmen wir zusätzlich die Auflichtmikroskopie.
Warum frühe Erkennung so wichtig ist, erklärt Dermatologin Dr. Lisa Hanke im
<a href="https://www.halmstein.example/gesund/haut">Interview</a>.</p>
<h2 style="font-size:18px">Rücken stark machen</h2>
<p>Unser Online-Kurs „Rücken aktiv“ startet am 2. März. Zehn Einheiten à 20 Minuten,
kostenlos für Versicherte der Halmstein Krankenversicherung.
<a href="https://www.halmstein.example/gesund/ruecken">Jetzt anmelden</a></p>
<hr>
<p style="font-size:11px;color:#667">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.halmstein.example/newsletter/abmelden">Abmelden</a> ·
Halmstein Krankenversicherung a.G., Kanalstraße 40, 48999 Wiesentrup ·
Amtsgericht Wiesentrup HRB 4420</p>
</body></html>
"""
    return M("Halmstein Gesund <newsletter@halmstein.example>",
             "newsletter-gesund@halmstein.example",
             "Zahnreinigung, Hautcheck & Rückenkurs – Ihr Gesundheitsbrief März",
             D("2026-02-26 06:00"), html=html, html_only=True,
             hdr=[("List-Unsubscribe", "<https://www.halmstein.example/newsletter/abmelden>"),
                  ("Precedence", "bulk")])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "renewal of a named customer's household contents policy: policy number, address, premium and direct-debit IBAN")
def m_renewal_kearney():
    body = """Dear Dr Kearney,

thank you for your e-mail. As requested, here is a short summary of your
renewal in English; the legally binding documents are the German ones you
received by post.

  Policy:            HR-7730194, household contents ("Hausrat Komfort")
  Insured address:   Am Schlossgraben 3, 48999 Wiesentrup
  Sum insured:       EUR 78,000
  Renewal date:      1 March 2026
  Annual premium:    EUR 184.20 (previous year EUR 171.60)

The increase is due to the index adjustment of the sum insured, which is
part of your contract; your cover has not changed otherwise.

The premium will be collected on 2 March from your account
DE65 9381 8257 4133 6727 37 (mandate reference HALM-HR7730194-01). If you
would rather pay from your new Irish account, please send us a new SEPA
mandate - a bilingual form is attached to the letter.

"""
    return M(E("thi"), "Dr Aidan Kearney <aidan.kearney@postbox.example>",
             "RE: Renewal letter - could you explain in English?",
             D("2026-02-09 15:12"), body + SIG["thi"] + "\n\n" + FOOT_EN,
             hdr=[XM_OUTLOOK, ("In-Reply-To", "<CAB7x9k2mLp@postbox.example>")])


@mail("NORMAL", "en", "internal",
      "trap: scan backlog hand-over to Lisbon with counts of doctors' and hospital invoices per queue, no individual case")
def m_backlog_lisbon():
    body = """Hi Rita,

as discussed in the call, here's where we stand before your team takes over
part of the outpatient scanning queue from Monday.

Open items in the queues (status Fri 14:00):

  Doctors' invoices (GOÄ), standard          412
  Doctors' invoices with treatment plan       57
  Pharmacy receipts                          233
  Hospital invoices (DRG)                     96
  Dental treatment plans (HKP)                38
  Physiotherapy prescriptions                 71
  "unclear / manual"                          19

Your team would take "Pharmacy receipts" and "Physiotherapy prescriptions"
completely and the standard doctors' invoices up to EUR 500. Anything above
EUR 500 or with a treatment plan stays here in Wiesentrup. The routing rule
is prepared, Nils switches it on Monday 7:00 CET (8:00 your time? - no,
you're one hour behind us, so 6:00 Lisbon).

Access rights for the six colleagues are approved; they will get the
KALIX role "Belegerfassung ambulant". Training recording is on SharePoint.

Thanks a lot, this helps us enormously.

"""
    return M(E("ovb"), E("men"), "Backlog hand-over outpatient scanning (from Mon 26/01)",
             D("2026-01-23 14:31"), body + SIG["ovb"], cc=E("ger"),
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Leistungsabrechnung Krankenversicherung für namentlich genannte Versicherte; PDF mit Arztrechnungen, GOÄ-Ziffern und Diagnosen")
def m_leistungsabrechnung_wessels():
    doc = pdf([
        ("h", "Leistungsabrechnung"),
        "Halmstein Krankenversicherung a.G. · Kanalstraße 40 · 48999 Wiesentrup",
        "",
        "Frau Martina Wessels",
        "Gartenkamp 9",
        "48997 Osterbrock",
        "",
        "Versicherungsnummer: KV-301177-01     Tarif: Ambulant Komfort, SB 300 EUR",
        "Abrechnungsnummer: LA-26-0031894     Datum: 28.01.2026",
        "",
        ("b", "Eingereichte Belege vom 20.01.2026"),
        "1  Dr. med. U. Brockhoff, Innere Medizin, 05.12.2025",
        "   Diagnose: E11.9 Diabetes mellitus Typ 2 ohne Komplikationen",
        "   GOÄ 1, 5, 250, 3561 (HbA1c), 3562.H1        Rechnungsbetrag   96,42 EUR",
        "2  Dr. med. U. Brockhoff, 09.01.2026",
        "   Diagnose: E11.9, I10.90 Hypertonie",
        "   GOÄ 1, 7, 651 (EKG)                          Rechnungsbetrag   58,31 EUR",
        "3  Augenärztin Dr. S. Kamphues, 14.01.2026",
        "   Diagnose: Ausschluss diabetische Retinopathie",
        "   GOÄ 1, 1240, 1242                            Rechnungsbetrag   71,20 EUR",
        "4  Löwen-Apotheke Osterbrock, 10.01.2026",
        "   Metformin 1000 mg N3, Ramipril 5 mg N3       Rechnungsbetrag   38,76 EUR",
        "",
        "Summe der Rechnungsbeträge                                         264,69 EUR",
        "davon erstattungsfähig                                             264,69 EUR",
        "abzüglich Selbstbehalt 2026 (noch offen: 300,00 EUR)             - 264,69 EUR",
        ("b", "Erstattungsbetrag                                                    0,00 EUR"),
        "",
        "Ihr verbleibender Selbstbehalt für 2026 beträgt 35,31 EUR.",
        "Die Belege werden nach der Bearbeitung datenschutzgerecht vernichtet.",
    ], title="Leistungsabrechnung LA-26-0031894")
    body = """Sehr geehrte Frau Wessels,

anbei erhalten Sie die Leistungsabrechnung zu Ihren Belegen vom 20.01.2026.
Da der Selbstbehalt Ihres Tarifs für 2026 noch nicht ausgeschöpft ist,
ergibt sich diesmal keine Auszahlung. Die Beträge werden aber angerechnet –
ab einem Rechnungsvolumen von weiteren 35,31 EUR erstatten wir wieder.

Tipp: Sammeln lohnt sich nicht mehr, Sie können jede Rechnung direkt in der
App einreichen.

"""
    return M(E("rec"), "Martina Wessels <m.wessels@fastmail-de.example>",
             "Ihre Leistungsabrechnung LA-26-0031894", D("2026-01-28 16:02"),
             body + SIG["rec"] + "\n\n" + FOOT_KRANKEN,
             att=[A("Leistungsabrechnung_LA-26-0031894.pdf", doc, "application/pdf")],
             hdr=[XM_SYS])


@mail("CONFIDENTIAL", "de", "internal",
      "Übergabe Kfz-Schaden an Regress: Kunde, Kennzeichen, Schadennummer, gegnerischer Halter; ausdrücklich keine Verletzten")
def m_regress_uebergabe():
    body = """Hallo Rüdiger,

hab hier einen für dich, Vollkasko ist bezahlt, jetzt bitte Regress.

KS-26-0088123, VN Hendrik Pöppelmann, Kennzeichen WTP-HP 412 (Golf VIII)
Unfall 08.01.2026 ca. 7:40 Uhr, Kreuzung Mühlenstraße / Am Wall, Wiesentrup
Gegner: Lieferwagen Sprinter, Kennzeichen BI-LX 3307, Halter Lexpress
Kurierdienst GmbH, Versicherer laut Zentralruf: Nordstern Kraftfahrt,
deren Schaden-Nr. steht noch aus.

Gegner ist bei Rot gefahren, zwei unabhängige Zeugen (Kontaktdaten im
Polizeibericht, liegt in der Akte). Verletzt wurde keiner, nur Blech.

Gezahlt haben wir:
  Reparatur lt. Gutachten    7.842,10 EUR
  Gutachterkosten              781,20 EUR
  Mietwagen 9 Tage             612,00 EUR
  SB Vollkasko               - 500,00 EUR (die holt sich der Kunde beim Gegner)

Kunde ist informiert, dass wir das regressieren. SF-Rückstufung hab ich erst
mal ausgesetzt.

Gruß Malte

"""
    return M(E("bri"), E("kam"), "Regress KS-26-0088123 Pöppelmann ./. Lexpress",
             D("2026-02-04 10:19"), body + SIG["bri"], hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "internal",
      "trap: Erinnerung an Datenschutz-Schulung mit ausdrücklich fiktivem Beispiel (Max Mustermann, F32.1), keine reale Person")
def m_ds_schulung():
    body = """Liebe Kolleginnen und Kollegen,

bis zum 31.03. muss jede und jeder die jährliche Datenschutz-Unterweisung im
Lernportal abschließen. Stand heute fehlen noch 212 von 640 Beschäftigten.
Dauer: ca. 25 Minuten, am Ende ein Quiz mit 10 Fragen.

Weil die Frage in den letzten Wochen öfter kam, hier noch einmal das
Beispiel aus Modul 3 (natürlich frei erfunden):

  FALSCH: Betreff "Max Mustermann, F32.1, Antrag KT abgelehnt"
  RICHTIG: Betreff "Ihr Schreiben vom 12.01. – unser Zeichen LK-0815"

Diagnosen, ICD-Codes, Namen mit Vertragsnummer gehören nie in den Betreff,
auch nicht intern. Der Betreff steht unverschlüsselt im Postfach-Index und
auf dem Sperrbildschirm eurer Diensthandys.

Und bitte: Gesundheitsdaten an Externe nur über das Portal oder als
verschlüsselte Mail – das Gateway erledigt das automatisch, wenn ihr
"[vertraulich]" in den Betreff schreibt.

Danke für eure Mithilfe!

"""
    return M(E("wue"), "Alle Beschäftigten <alle@halmstein.example>",
             "Erinnerung: Datenschutz-Unterweisung bis 31.03.", D("2026-02-17 09:30"),
             body + SIG["wue"], hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "pre-authorisation of an MRI for a named expat insured: suspected meniscus tear, orthopaedic referral")
def m_preauth_mri():
    body = """Dear Ms Pemberton,

thank you for sending the referral from Dr Tan. I'm happy to confirm that
we've pre-authorised the MRI of your left knee.

  Reference:        PA-26-01477
  Insured person:   Charlotte Pemberton, member no. INT-61803-2
  Provider:         Orchard Imaging Centre, Singapore
  Procedure:        MRI left knee without contrast
  Reason given:     suspected medial meniscus tear after sports injury,
                    persistent swelling and locking for six weeks
  Valid until:      28 February 2026

The clinic can bill us directly; please show your membership card at
reception. If Dr Tan recommends arthroscopic surgery after the scan, please
ask the hospital to send us a cost estimate first so we can issue a separate
guarantee - surgery isn't covered by this pre-authorisation.

Wishing you a speedy recovery.

"""
    quoted = """On Tue, 20 Jan 2026 at 03:12, Charlotte Pemberton <c.pemberton@lionmail.example> wrote:
Hi, I've attached the referral letter for the MRI. The knee is still locking
up every few days. Can you let me know if this is covered? The clinic wants
SGD 1,450 upfront otherwise. Thanks, Charlotte"""
    return M(E("ose"), "Charlotte Pemberton <c.pemberton@lionmail.example>",
             "RE: MRI referral - knee", D("2026-01-20 09:47"),
             body + SIG["ose"] + "\n\n" + Q(quoted) + "\n\n" + FOOT_EN,
             hdr=[XM_OUTLOOK])

# ===== 0016-0030 =====

@mail("CONFIDENTIAL", "de", "internal",
      "Werkstudent meldet der Entgeltabrechnung seine neue Bankverbindung (IBAN einer natürlichen Person)")
def m_neue_iban_boerger():
    body = """Hi Heike,

ich hab die Bank gewechselt, kannst du mein Gehalt ab März bitte hierhin
überweisen:

Felix Börger, Pers.-Nr. 30917
IBAN DE12 3156 8864 6782 6874 95
Wiesentruper Volksbank

Das alte Konto bei der DiBa wird Ende März zugemacht. Brauchst du dafür
noch ein Formular von mir?

LG Felix

"""
    return M(E("boe"), "Heike Rüther <heike.ruether@halmstein.example>",
             "neue Bankverbindung", D("2026-02-19 12:44"), body + SIG["boe"],
             cte="8bit", hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "internal",
      "Einladung zum Sommerfest mit Kalenderdatei; nur Organisatorisches")
def m_sommerfest():
    cal = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Halmstein//Outlook 16.0//DE",
        "METHOD:PUBLISH", "BEGIN:VEVENT",
        "UID:sommerfest-2026@halmstein.example",
        "DTSTAMP:20260505T080000Z",
        "DTSTART;TZID=Europe/Berlin:20260626T150000",
        "DTEND;TZID=Europe/Berlin:20260626T230000",
        "SUMMARY:Halmstein Sommerfest 2026",
        "LOCATION:Hof Brüggemann\\, Am Emsdeich 7\\, 48999 Wiesentrup",
        "DESCRIPTION:Busse ab Kanalstraße 14:30 und 15:00 Uhr. Rückfahrt 20:00\\, 21:30 und 23:00 Uhr.",
        "END:VEVENT", "END:VCALENDAR"])
    body = """Liebe Kolleginnen und Kollegen,

das Datum steht: Unser Sommerfest findet am Freitag, 26. Juni 2026, ab 15 Uhr
auf dem Hof Brüggemann direkt am Emsdeich statt. Wer letztes Jahr dabei war,
weiß: Gummistiefel sind keine schlechte Idee.

Geplant sind ein Grillbuffet (auch vegetarisch und vegan), das
Abteilungs-Tauziehen (Titelverteidiger: Kfz-Schaden, da ist noch eine
Rechnung offen, liebe Leistung Kranken), Kinderprogramm bis 18 Uhr und ab
19 Uhr Livemusik von "Die Deichgrafen".

Bitte meldet euch bis 29. Mai im Intranet unter Mitarbeiter > Veranstaltungen
an, damit der Caterer planen kann. Partnerinnen, Partner und Kinder sind
herzlich willkommen. Den Kalendereintrag findet ihr im Anhang.

Herzliche Grüße
Wiebke Sandmann für den Vorstand und Jörg Tebbe für den Betriebsrat

"""
    return M(E("san"), "Alle Beschäftigten <alle@halmstein.example>",
             "Save the date: Sommerfest am 26. Juni", D("2026-05-05 10:15"),
             body + SIG["san"], cc=E("teb"),
             att=[A("Sommerfest_2026.ics", cal, "text/calendar", charset="utf-8")],
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Personal an Teamleitung: BEM für namentlich genannten Mitarbeiter nach Knie-OP, Reha und langen AU-Zeiten")
def m_bem_enneking():
    body = """Hallo Dirk,

wie besprochen: Ralf Enneking hat dem BEM zugestimmt. Das Erstgespräch ist
am Dienstag, 10.03., 14 Uhr in Raum A 2.14 – mit ihm, dir, mir und Petra
Kuhlmann als Schwerbehindertenvertretung (auf seinen Wunsch, obwohl er
keinen GdB hat).

Zum Hintergrund, damit du vorbereitet bist (bitte vertraulich behandeln und
nicht ans Team weitergeben): Er war seit letztem Mai insgesamt 71 Arbeitstage
arbeitsunfähig, zuerst wegen der Knie-OP (vorderes Kreuzband), danach drei
Wochen Reha in Bad Rothenfelde und seit Januar wieder mehrfach kurz wegen
Schmerzen und Schwellung. Er selbst sagt, dass das lange Sitzen ohne Bewegung
am Telefon das Hauptproblem ist.

Ideen, die er selbst eingebracht hat:
- höhenverstellbarer Schreibtisch (hab ich bei Birgit schon angefragt)
- Headset mit längerer Reichweite, damit er beim Telefonieren stehen kann
- zwei Homeoffice-Tage statt einem für die nächsten drei Monate

Bitte denk daran, dass im BEM nur besprochen wird, was er selbst erzählen
möchte. Keine Fragen nach Diagnosen von unserer Seite.

Danke und Gruß
Lea

"""
    return M(E("swf"), "Dirk Schwienhorst <dirk.schwienhorst@halmstein.example>",
             "BEM Enneking – Termin und Vorbereitung", D("2026-02-27 13:05"),
             body + SIG["swf"], cc=E("kuh"),
             hdr=[XM_OUTLOOK, ("Sensitivity", "Private")])


@mail("NORMAL", "en", "internal",
      "trap: fridge clean-out notice mentioning a medication box in the fridge door, no person concerned")
def m_fridge():
    body = """Hi 3rd floor,

friendly reminder: the fridge in the kitchen next to room C 3.08 gets
emptied this Friday at 3 pm. Anything without a name and date on it goes.
That includes the yoghurt that has been there since before Christmas. You
know who you are.

The small labelled box in the fridge door ("Medikamente / medication") will
NOT be touched - if you keep anything in there that needs to stay cold,
it's safe.

Also, the dishwasher tabs are in the left cupboard now, not under the sink.

Thanks!
Daniel

"""
    return M(E("ose"), "\"3. OG Haus C\" <og3-haus-c@halmstein.example>",
             "Fridge clean-out Friday 3pm", D("2026-03-11 16:40"), body,
             cte="7bit", hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "Maklerpost: Nachtrag Wohngebäudeversicherung mit Name, Geburtsdatum, Risikoanschrift und IBAN eines Kunden im PDF")
def m_makler_wohngebaeude():
    doc = pdf([
        ("h", "Nachtrag zum Versicherungsschein WG-5520918"),
        "Halmstein Allgemeine Versicherung AG",
        "",
        "Versicherungsnehmer: Herr Jörn Buschkötter, geb. 23.08.1971",
        "Anschrift: Holtkamp 22, 48998 Ellerbrück",
        "Vermittler: Uhlenbrock Versicherungsmakler GmbH, Vermittlernr. 70-4412",
        "",
        ("b", "Risikoort"),
        "Einfamilienhaus, Holtkamp 22, 48998 Ellerbrück, Baujahr 1996, Massivbau, 168 qm Wohnfläche",
        "",
        ("b", "Änderung zum 01.04.2026"),
        "Einschluss Elementarschäden (Überschwemmung, Rückstau, Erdrutsch), SB 1.000 EUR",
        "Einschluss Photovoltaikanlage 9,8 kWp auf dem Dach, Neuwert 14.200 EUR",
        "",
        ("b", "Beitrag"),
        "bisher jährlich 612,40 EUR, neu jährlich 803,95 EUR inkl. 19 % Versicherungsteuer",
        "",
        ("b", "Zahlungsweise"),
        "SEPA-Lastschrift, jährlich zum 01.04.",
        "IBAN DE17 1351 1619 1629 5512 58, Kontoinhaber Jörn Buschkötter",
        "Mandatsreferenz HALM-WG5520918-02",
        "",
        "Alle übrigen Vereinbarungen bleiben unverändert.",
        "Wiesentrup, 03.03.2026",
    ], title="Nachtrag WG-5520918")
    body = """Hallo Herr Uhlenbrock,

anbei wie besprochen der Nachtrag für Ihren Kunden Buschkötter (Elementar
und PV-Anlage). Das Original geht heute per Post an den Kunden, die Kopie
liegt außerdem in Ihrem Maklerpostfach im Portal.

Die Vorschäden-Anfrage bei der HIS war unauffällig, deshalb ohne Zuschlag.

Beste Grüße nach Ellerbrück

"""
    return M(E("moe"), "Kai Uhlenbrock <kai.uhlenbrock@uhlenbrock-makler.example>",
             "Nachtrag WG-5520918 Buschkötter", D("2026-03-03 11:20"),
             body + SIG["moe"] + "\n\n" + FOOT_ALLG,
             att=[A("Nachtrag_WG-5520918.pdf", doc, "application/pdf")],
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "Anfrage an Orthopädin nach Befundbericht über namentlich genannten BU-Antragsteller (Rückenbeschwerden, Behandlungen), Geburtsdatum")
def m_befundbericht_sieveking():
    body = """Sehr geehrte Frau Dr. Sieveking,

Herr Christoph Landwehr, geb. 17.05.1988, wohnhaft Brinkstraße 5, 48999
Wiesentrup, hat bei uns eine Berufsunfähigkeitsversicherung beantragt. Im
Antrag gibt er an, 2023 und 2024 in Ihrer Praxis wegen Rückenbeschwerden
behandelt worden zu sein. Eine Schweigepflichtentbindung für Ihre Praxis
liegt uns vor; eine Kopie habe ich Ihnen heute per Fax geschickt.

Für die Risikoprüfung bitten wir Sie um einen kurzen ärztlichen Bericht zu
folgenden Fragen:

1. Welche Diagnosen wurden gestellt (möglichst mit ICD-10)?
2. Wie oft und über welchen Zeitraum wurde behandelt? Gab es
   Physiotherapie, Injektionen oder Bildgebung (MRT)?
3. Bestand Arbeitsunfähigkeit, und wenn ja, wie lange?
4. Ist die Behandlung abgeschlossen? Bestehen aktuell noch Beschwerden?

Für den Bericht vergüten wir 30,00 EUR nach Nr. 75 GOÄ zzgl. Porto. Bitte
senden Sie ihn an unsere Postanschrift oder – gern verschlüsselt – an
risikopruefung-leben@halmstein.example, Zeichen RP-26-11093.

Vielen Dank für Ihre Unterstützung.

"""
    return M(E("ter"), "Praxis Dr. Sieveking <praxis@orthopaedie-sieveking.example>",
             "Bitte um ärztlichen Bericht – RP-26-11093", D("2026-03-05 10:02"),
             body + SIG["ter"] + "\n\n" + FOOT_LEBEN, hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "internal",
      "trap: Fehlzeitenquote 2025 je Abteilung als Aggregat (XLSX), kleine Einheiten zusammengefasst, keine Namen")
def m_fehlzeiten_2025():
    sheet = [
        ["Fehlzeitenquote 2025 nach Bereichen (krankheitsbedingt, in % der Sollarbeitstage)"],
        ["Quelle: Zeitwirtschaft, Stand 31.12.2025; Einheiten < 10 Beschäftigte zusammengefasst"],
        [],
        ["Bereich", "Beschäftigte (Köpfe)", "Quote 2024", "Quote 2025", "davon Langzeit > 6 Wochen"],
        ["Leistung Kranken", 118, 6.1, 6.8, 2.2],
        ["Leistung Leben / BU / Unfall", 54, 5.4, 5.2, 1.9],
        ["Schaden Kfz / Sach / RS", 97, 5.9, 6.3, 2.0],
        ["Kundenservice", 86, 7.8, 8.4, 3.1],
        ["Vertrag / Betrieb", 103, 5.0, 4.7, 1.4],
        ["IT", 61, 3.9, 4.1, 0.9],
        ["Stab, Personal, Recht, Vorstandsbüro, Facility (zus.)", 47, 4.2, 4.5, 1.2],
        ["Vertrieb / Maklerbetreuung", 74, 3.6, 3.8, 0.8],
        [],
        ["Gesamt", 640, 5.5, 5.9, 1.8],
        ["Branchenschnitt (Verband, 2024)", None, 5.7, None, None],
    ]
    body = """Liebe Führungskräfte,

im Anhang die Fehlzeitenauswertung 2025, wie jedes Jahr vor den
Zielvereinbarungsgesprächen. Die Zahlen sind bewusst nur auf Bereichsebene –
bitte keine Rückschlüsse auf einzelne Teams oder Personen ziehen und die
Datei nicht weiterleiten.

Auffällig ist der Anstieg im Kundenservice. Wir schauen uns das mit dem
BGM an (Stichwort Lärm im Großraum, Headsets, Schichtplanung) und melden
uns im April mit Vorschlägen.

"""
    return M(E("poh"), "Führungskräfte <fuehrungskraefte@halmstein.example>",
             "Fehlzeitenquote 2025", D("2026-01-29 17:12"), body + SIG["poh"],
             att=[A("Fehlzeiten_2025_Bereiche.xlsx", xlsx([("Quote 2025", sheet)], author="Pohlmann, Carsten"), XLSX_T)],
             hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "internal",
      "employee sends HR her new home address and bank account (IBAN of a natural person)")
def m_clarke_bank():
    body = """Hi Lea,

two admin things from my side, sorry for being late with this:

1) I moved on 1 March. New address:
   Emma Clarke, Weidenallee 31, 48999 Wiesentrup

2) New bank account for my salary from April:
   IBAN DE51 0880 2513 6167 8266 68 (Sparkasse Wiesentrup)
   The old UK account can be removed - I finally closed it.

Does the address change have to go to the tax office as well, or do you
handle that? I'm still not 100 % sure how the ELStAM thing works.

Thanks so much!

"""
    return M(E("cla"), E("swf"), "New address + bank details",
             D("2026-03-09 09:14"), body + SIG["cla"], hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "holiday hand-over of a named expat member's case: pregnancy with gestational diabetes O24.4, planned C-section, pre-authorisation")
def m_handover_dubai():
    body = """Hi Mehmet,

I'm off from tomorrow until 6 April, so here's the one case that might need
attention while I'm away. Everything else in my queue is routine.

Member:    Sophie Ashdown-Reyes, INT-70215-1, lives in Dubai
Status:    31 weeks pregnant (EDD 14 May), gestational diabetes (O24.4),
           on insulin since week 26, seen every two weeks at Al Noor
           Women's Clinic
Plan:      elective C-section planned around week 38 at Mediclinic Parkview
           because the baby is in breech position

What's open:
- Pre-authorisation for the C-section: cost estimate was requested from
  Mediclinic on 10 March, not received yet. Please chase if nothing by 25th.
- She asked whether the newborn can be added from birth without health
  questions -> yes, if we get the birth certificate within two months. I've
  told her, just FYI.
- Insulin pens and glucose strips: she submits monthly, no pre-auth needed.

Her husband sometimes calls instead of her - he's NOT authorised, please
don't give him details until she's sent the form.

Thanks, owe you a coffee.
Daniel

"""
    return M(E("ose"), "Mehmet Yıldız <mehmet.yildiz@halmstein.example>",
             "Handover while I'm away - Ashdown-Reyes", D("2026-03-19 17:48"),
             body + SIG["ose"], hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "internal",
      "trap: Stellenausschreibung zur Mitbestimmung an den Betriebsrat (DOCX) mit Anforderungen DRG, ICD-10-GM, OPS; keine Person")
def m_stellenausschreibung():
    doc = docx([
        ("h", "Sachbearbeiterin / Sachbearbeiter Leistung Kranken stationär (m/w/d)"),
        "Halmstein Krankenversicherung a.G., Wiesentrup · Vollzeit oder Teilzeit ab 30 Std. · unbefristet",
        ("b", "Ihre Aufgaben"),
        "Sie prüfen Krankenhausrechnungen nach DRG-System und Wahlleistungsvereinbarungen (Chefarzt, Einbettzimmer).",
        "Sie erteilen Kostenübernahmeerklärungen gegenüber Kliniken und beraten unsere Versicherten telefonisch.",
        "Sie stimmen sich bei auffälligen Fällen mit unserem Gesellschaftsarzt und dem Reha-Management ab.",
        ("b", "Ihr Profil"),
        "Abgeschlossene Ausbildung als Kauffrau/Kaufmann für Versicherungen und Finanzanlagen oder als Medizinische Fachangestellte / Pflegefachkraft mit kaufmännischem Interesse.",
        "Sicherer Umgang mit ICD-10-GM und OPS, Grundkenntnisse der Bundespflegesatzverordnung sind von Vorteil.",
        "Freude an Kundenkontakt auch in schwierigen Situationen.",
        ("b", "Wir bieten"),
        "Tarifvertrag private Versicherungswirtschaft, 38 Stunden, Gleitzeit, bis zu drei Tage Homeoffice, Jobrad, Kantine.",
        "Interne Bewerbungen bis 20.04.2026 an personal@halmstein.example, Kennziffer LKS-2604.",
    ], author="Schwertfeger, Lea")
    body = """Hallo Jörg,

anbei die Ausschreibung für die Stelle in Leistung Kranken stationär
(Nachbesetzung Elternzeitvertretung wird unbefristete Stelle) zur
Kenntnisnahme nach § 93 BetrVG. Wir würden sie gleichzeitig intern und
extern ausschreiben, intern zwei Wochen Vorlauf.

Falls ihr Anmerkungen habt, gern bis Mittwoch.

"""
    return M(E("swf"), E("teb"), "Ausschreibung LKS-2604 zur Info BR",
             D("2026-04-02 15:26"), body + SIG["swf"],
             att=[A("Ausschreibung_LKS-2604.docx", doc, DOCX_T)], hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Bestätigung eines SEPA-Mandats: Kundin, Vertragsnummern Kfz und Privathaftpflicht, vollständige IBAN")
def m_sepa_bestaetigung():
    body = """Guten Tag Frau Tepe,

Ihr SEPA-Lastschriftmandat ist bei uns eingegangen und erfasst. Ab sofort
buchen wir die Beiträge für folgende Verträge von Ihrem Konto ab:

  Kfz-Versicherung         KF-4402871   (WTP-AT 88)     vierteljährlich
  Privathaftpflicht        PH-1190344                   jährlich

  Kontoinhaberin:  Annika Tepe
  IBAN:            DE70 7958 8361 9306 8337 71
  Mandatsreferenz: HALM-KD889102-03
  Gläubiger-ID:    DE98ZZZ09999999999

Die erste Abbuchung erfolgt zum 01.04.2026 (Kfz, 148,37 EUR). Die
Überweisung, die Sie für das erste Quartal noch selbst angewiesen haben, ist
ebenfalls eingegangen – es ist also nichts offen.

Bei Fragen erreichen Sie mich direkt unter der unten stehenden Nummer.

"""
    return M(E("wie"), "annika.tepe@mailbox-nord.example",
             "Ihr SEPA-Mandat – Bestätigung", D("2026-03-13 08:55"),
             body + SIG["wie"] + "\n\n" + FOOT_ALLG, hdr=[XM_SYS])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Lebensversicherung: Bestätigung einer Bezugsrechtsänderung eines namentlich genannten Versicherungsnehmers (Personenversicherung, kein Gesundheitswort)")
def m_bezugsrecht():
    body = """Sehr geehrter Herr Kreienbaum,

wir haben Ihre Erklärung vom 02.04.2026 erhalten und das Bezugsrecht für
Ihre Risikolebensversicherung wie gewünscht geändert.

Versicherungsschein:    LV-2288104
Versicherte Person:     Stefan Kreienbaum
Versicherungssumme:     250.000 EUR, Ablauf 01.07.2041

Bezugsberechtigt im Todesfall ist ab dem Eingang Ihrer Erklärung
(07.04.2026):
  Frau Daniela Voß, geb. 11.02.1983, Lebensgefährtin – widerruflich, 100 %

Die bisherige Bezugsberechtigung zugunsten Ihrer früheren Ehefrau ist damit
erloschen. Bitte beachten Sie, dass die Abtretung an die Volksbank
Ellerbrück (Baufinanzierung) unverändert besteht und im Leistungsfall
vorrangig ist.

Einen aktualisierten Nachtrag zum Versicherungsschein erhalten Sie in den
nächsten Tagen per Post.

"""
    return M(E("foc"), "Stefan Kreienbaum <s.kreienbaum@heimnetz.example>",
             "Ihre Risikolebensversicherung LV-2288104 – Bezugsrecht",
             D("2026-04-09 14:38"), body + SIG["foc"] + "\n\n" + FOOT_LEBEN,
             hdr=[XM_SYS])


@mail("NORMAL", "de", "internal",
      "trap: Aufruf Ersthelfer, Standort der Defibrillatoren, Erste-Hilfe-Kurstermine; keine Person mit Gesundheitsbezug")
def m_ersthelfer():
    body = """Hallo zusammen,

wir brauchen Verstärkung bei den Ersthelferinnen und Ersthelfern! Nach der
Berufsgenossenschaft müssen es bei uns mindestens 5 % der Anwesenden sein,
in Haus C sind wir durch Ruhestand und Elternzeiten gerade knapp drunter.

Die Ausbildung (9 Unterrichtseinheiten) macht das DRK bei uns im Haus,
Arbeitszeit, kostenlos, mit Mittagessen:
  - Mi 22.04., 8:30–16:00 Uhr, Schulungsraum A 0.03
  - Do 07.05., 8:30–16:00 Uhr, Schulungsraum A 0.03
Anmeldung bitte formlos bei mir.

Bei der Gelegenheit noch einmal die Standorte der Defibrillatoren (AED):
  Haus A: Foyer neben der Pforte
  Haus B: 2. OG am Übergang zu Haus A
  Haus C: Kantine, Wand neben der Geldrückgabe
Die Geräte sagen einem alles an, man kann nichts falsch machen – außer sie
nicht zu benutzen.

Die Erste-Hilfe-Kästen werden nächste Woche kontrolliert und aufgefüllt.
Wenn ihr etwas entnommen habt, bitte ins Verbandbuch eintragen.

"""
    return M(E("lam"), "Alle Beschäftigten <alle@halmstein.example>",
             "Ersthelfer gesucht + wo hängen eigentlich die Defis?",
             D("2026-03-24 11:03"), body + SIG["lam"], hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "motor claim of a broker's named client: policy and claim number, number plate, car-park damage by unknown, nobody hurt")
def m_northgate_motor():
    body = """Dear Rachel,

thanks for passing this on. I've had a word with our motor claims team and
can give you the following for Mr Hargreaves:

  Policyholder:   Thomas Hargreaves, Gartenstraße 12, 48999 Wiesentrup
  Policy:         KF-4519336, comprehensive (Vollkasko), excess EUR 300
  Vehicle:        Volvo XC40, WTP-TH 707
  Claim no.:      KS-26-0091740
  Incident:       damage to rear bumper and tailgate, found on 14 March in
                  the multi-storey car park at Wiesentrup station; third
                  party unknown, no injuries

As the other party is unknown, this will be settled under his comprehensive
cover. It will affect his no-claims class unless the police identify the
driver. Our assessor, Mr Klaasen, will contact him directly this week to
inspect the car; alternatively he can send a repair estimate from a garage
of his choice.

Could you remind him to send us the police reference? He mentioned he had
reported it online.

"""
    return M(E("cla"), "Rachel Whitcombe <rachel.whitcombe@northgate-brokers.example>",
             "RE: Hargreaves - damage in car park", D("2026-03-17 12:06"),
             body + SIG["cla"] + "\n\n" + FOOT_EN, hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "internal",
      "trap: incident post-mortem of a mail gateway outage; 'Leistungsabrechnung' notifications and health claims only as queue names")
def m_postmortem_gateway():
    body = """Hi everyone,

post-mortem for INC-26-0412 (outbound mail delayed, Tue 10 Feb). Full write-up
is in Confluence, short version here.

What happened
- 09:52 CET the certificate store on mailgw02 ran out of disk space after a
  log rotation job failed silently.
- Outbound mail queued on both nodes from 09:55; inbound was not affected.
- 11:41 disk cleaned up, queues flushed by 12:20. About 6,800 mails were
  delayed, none lost.

Impact
- Customer notifications ("new document in your mailbox"), mostly of type
  Leistungsabrechnung and Beitragsrechnung, went out up to 2.5 h late.
- The health claims teams could not send guarantees of payment to hospitals
  for ~2 h; two urgent ones were faxed instead.
- Broker post API was unaffected (different path).

Actions
1. Disk monitoring threshold for /var/spool on both nodes (owner: Ops, done)
2. Alert if the outbound queue > 500 for 10 minutes (owner: Priya, 20 Feb)
3. Fix the log rotation job and make it fail loudly (owner: Tomás, 27 Feb)

No personal data was exposed at any point; mails stayed encrypted in the
queue.

"""
    return M(E("ram"), "IT all <it-alle@halmstein.example>",
             "Post-mortem INC-26-0412 outbound mail delay", D("2026-02-13 15:30"),
             body + SIG["ram"], cc=E("fer"), hdr=[XM_OUTLOOK])

# ===== 0031-0045 =====

@mail("NORMAL", "de", "internal",
      "automatische Abwesenheitsnotiz eines Sachbearbeiters Leistung Unfall an eine Kollegin; keine Fall- oder Personendaten")
def m_ooo_nowak():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 20.03.2026, nicht im Büro und lese meine
Mails in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Team Leistung Unfall,
leistung-unfall@halmstein.example, Tel. +49 5299 4471-300.

"""
    return M(E("now"), E("dal"),
             "Automatische Antwort: Termin Schulung Gliedertaxe",
             D("2026-03-12 08:02"), body + SIG["now"],
             hdr=[("Auto-Submitted", "auto-replied"),
                  ("X-Auto-Response-Suppress", "All"), XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "internal",
      "Übergabe Sach-Schaden an Vertrag: Kunde, Anschrift, Vertrags- und Schadennummer, mögliche Unterversicherung nach Leitungswasserschaden")
def m_unterversicherung():
    body = """Hallo Yannick,

kurze Übergabe an dich, weil das eher ein Vertragsthema ist als ein
Schadenthema:

Leitungswasser bei Familie Riesenbeck, WG-4471093, Schaden SW-26-002231,
Eschenweg 40, 48999 Wiesentrup. Der Gutachter war gestern da und hat
festgestellt, dass das Haus seit 2019 um einen Wintergarten (ca. 28 qm,
beheizt) und einen ausgebauten Dachboden erweitert wurde. Beides ist im
Vertrag nicht drin, Wohnfläche steht noch mit 124 qm drin, tatsächlich sind
es jetzt rund 175.

Für den aktuellen Schaden (Küche/Flur, ca. 18.000 EUR) klär ich mit der
Fachabteilung, ob wir Unterversicherung einwenden – Tendenz eher nein, weil
wir Unterversicherungsverzicht nach Wohnfläche haben und das jetzt die
Frage ist.

Kannst du bitte trotzdem den Vertrag anpassen und Herrn Riesenbeck ein
Angebot schicken? Er weiß Bescheid und ist einverstanden, Tel. 05299 88 13 07.

Danke!
Ines

"""
    return M(E("vos"), E("thi"), "WG-4471093 Riesenbeck – Wohnfläche anpassen",
             D("2026-03-18 15:51"), body + SIG["vos"], hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Leistung Unfall bittet Gesellschaftsarzt um Einschätzung; PDF-Klinikbericht mit Tibiakopffraktur S82.1, OP, Beweglichkeit einer namentlich genannten Versicherten")
def m_gutachten_hueser():
    doc = pdf([
        ("h", "Klinikum Wiesentrup – Klinik für Unfallchirurgie und Orthopädie"),
        "Chefarzt Prof. Dr. med. H. Dreesmann · Am Klinikum 1 · 48999 Wiesentrup",
        "",
        ("b", "Ärztlicher Bericht zur privaten Unfallversicherung"),
        "Patientin: Gisela Hüser, geb. 30.06.1962",
        "Unfalltag: 14.08.2025, Sturz von der Leiter im eigenen Garten",
        "Versicherer: Halmstein Allgemeine Versicherung AG, UV-6620381",
        "",
        "Diagnose: Tibiakopffraktur rechts, Schatzker Typ II (S82.1 R)",
        "Therapie: offene Reposition und Plattenosteosynthese am 15.08.2025,",
        "anschließend 6 Wochen Teilbelastung, ambulante Physiotherapie.",
        "",
        ("b", "Befund bei Nachuntersuchung am 19.02.2026"),
        "Streckung/Beugung rechts 0-5-110 Grad (links 0-0-140 Grad).",
        "Leichte Schwellneigung nach Belastung, Gangbild ohne Gehhilfen sicher.",
        "Röntgen: knöchern konsolidiert, Implantat regelrecht, beginnende Arthrose.",
        "",
        ("b", "Beurteilung"),
        "Dauerhafte Beeinträchtigung des rechten Beines zu erwarten.",
        "Wir schätzen die Funktionsbeeinträchtigung auf 3/20 Beinwert.",
        "Eine Metallentfernung ist für Herbst 2026 geplant.",
        "",
        "Dr. med. K. Vorwerk, Oberarzt",
    ], title="Bericht Unfallversicherung Hüser")
    body = """Hallo Frank,

kannst du dir den Bericht im Anhang bitte mal ansehen, bevor ich die
Invalidität bemesse? Frau Hüser, UV-6620381, Tibiakopf rechts nach
Leitersturz.

Die Klinik schreibt 3/20 Beinwert. Mir kommt das bei 0-5-110 und
beginnender Arthrose eher niedrig vor, und die Metallentfernung steht ja
auch noch aus. Sollen wir lieber ein eigenes Gutachten nach Ablauf der
drei Jahre machen oder jetzt mit Vorbehalt abrechnen? Sie hat mit
Progression 350 % versichert, da macht jedes Zwanzigstel richtig was aus.

Kein Stress, bis Ende nächster Woche reicht.

Gruß
Marek

"""
    return M(E("now"), E("hue"), "Bitte um Einschätzung UV-6620381",
             D("2026-02-24 11:30"), body + SIG["now"],
             att=[A("Bericht_Klinikum_UV-6620381.pdf", doc, "application/pdf")],
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: circular to international brokers on changed income-protection underwriting rules (psychotherapy, back pain, BMI); general rules, no client")
def m_broker_circular_bu():
    body = """Dear partners,

from 1 April 2026 we are simplifying the health questions for our income
protection product (BU "Halmstein Beruf Plus"). The main changes:

1. Psychotherapy: we now ask about the last 5 years instead of 10.
   Counselling of up to 10 sessions without a diagnosis no longer needs to
   be declared.
2. Back pain: single episodes treated for less than 4 weeks without
   sick leave no longer lead to an exclusion.
3. BMI: the upper acceptance limit without loading rises from 32 to 34.
4. Hay fever and mild allergic asthma are accepted at standard rates if
   treatment consists only of on-demand medication.

The revised application form (version 04/2026) and the underwriting
guide are available in the broker portal under Downloads > Life. Old
forms will be accepted until 30 June.

As always, our underwriting desk is happy to give a non-binding risk
assessment before an application is submitted - anonymised, of course.

"""
    return M(E("cla"), "International brokers <intl-brokers@halmstein.example>",
             "Income protection: simplified underwriting from 1 April",
             D("2026-03-02 10:00"), body + SIG["cla"] + "\n\n" + FOOT_EN,
             hdr=[XM_OUTLOOK, ("Precedence", "bulk")])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel baggage claim of a named customer: claim number, stolen suitcase and contents; no health information")
def m_baggage_lisbon():
    body = """Dear Mr Okafor,

thank you for your claim form and the police report from the PSP in Lisbon.
I'm sorry your holiday ended like this.

  Claim no.:   RS-26-000812
  Policy:      annual travel insurance RV-3307216 (family)
  Incident:    suitcase stolen from the luggage rack of the airport shuttle,
               Lisbon, 22 March 2026

You listed the suitcase (Samsonite, bought 2021), clothing for two adults,
a pair of sunglasses, a camera (Fujifilm X-T30) and a hairdryer, EUR 2,140
in total. Under your policy, valuables such as cameras are covered up to
EUR 500 if they were carried in checked or accompanying luggage, and
clothing is reimbursed at current value, not new price.

Could you please send us
  - the receipt or bank statement for the camera, and
  - a rough age for the clothing items (a list is fine)?

After that I can calculate the payment. Please reply to this e-mail so the
documents end up with me directly.

"""
    return M(E("hin"), "Chinedu Okafor <c.okafor@quickpost.example>",
             "Your claim RS-26-000812 - stolen suitcase", D("2026-03-30 13:17"),
             body + "Kind regards\n" + SIG["hin"] + "\n\n" + FOOT_EN,
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "internal",
      "trap: Angebot Grippeschutzimpfung durch den Betriebsarzt mit Terminen; keine Person und keine Gesundheitsangaben")
def m_grippeimpfung():
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst (Arbeitsmedizin
Wiesentrup, Dr. Pauline Esch) eine kostenlose Grippeschutzimpfung im Haus an.

Termine: Dienstag, 20.10., und Donnerstag, 22.10.2026, jeweils 8–12 Uhr
Ort: Sanitätsraum Haus A, Erdgeschoss

Bitte bucht euch im Intranet-Kalender einen 10-Minuten-Slot. Mitbringen:
Impfpass (falls vorhanden). Der Impfstoff ist der aktuelle quadrivalente
Impfstoff für die Saison 2026/27.

Wichtig: Die Impfung ist freiwillig. Wer sich impfen lässt oder nicht, wird
nirgendwo erfasst – die Arztpraxis rechnet direkt mit uns pauschal ab, ohne
Namen. Fragen zu Unverträglichkeiten bitte direkt vor Ort mit der Ärztin
klären, nicht mit uns.

"""
    return M(E("swf"), "Alle Beschäftigten <alle@halmstein.example>",
             "Grippeschutzimpfung im Haus – 20. und 22. Oktober",
             D("2026-09-28 09:45"), body + SIG["swf"], hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Zusage zum Heil- und Kostenplan: Implantat regio 36 einer namentlich genannten Versicherten; Kundenmail mit Tippfehlern zitiert")
def m_hkp_implantat():
    body = """Sehr geehrte Frau Kettelhake,

vielen Dank für den Heil- und Kostenplan von Dr. Olsen vom 30.03.2026.

Für die geplante Versorgung – Implantat regio 36 mit Knochenaufbau und
implantatgetragene Vollkeramikkrone – hat der Zahnarzt 3.486,20 EUR
veranschlagt. Nach Ihrem Tarif ZahnTop erstatten wir davon 80 %, also
voraussichtlich 2.788,96 EUR. Die Begrenzung für die ersten vier
Versicherungsjahre ist bei Ihnen nicht mehr relevant, da Ihr Vertrag seit
2019 besteht.

Die endgültige Erstattung richtet sich nach der tatsächlichen Rechnung.
Bitte reichen Sie diese nach Abschluss der Behandlung zusammen mit dem
Laborbeleg ein.

"""
    quoted = """-----Ursprüngliche Nachricht-----
Von: Petra Kettelhake <petra.kettelhake@t-post.example>
Gesendet: Dienstag, 31. März 2026 21:14
An: Leistung Zahn <leistung-zahn@halmstein.example>
Betreff: Kostenplan Implantat

Hallo,

anbei der Kostenplan vom Zahnarzt, der alte Zahn unten links muss raus
(Entzündung an der Wurzel, wurde schon 2mal behandelt). Er will ein
Implantat machen und vorher Knochen aufbauen. Wieviel zahlt ihr da?
Meine Versicherungsnummer ist KV 288104-02 glaub ich.

Danke und viele Grüsse
P. Kettelhake"""
    return M(E("rec"), "Petra Kettelhake <petra.kettelhake@t-post.example>",
             "AW: Kostenplan Implantat", D("2026-04-02 10:40"),
             body + SIG["rec"] + "\n\n" + FOOT_KRANKEN + "\n\n" + quoted,
             hdr=[XM_OUTLOOK, ("Thread-Topic", "Kostenplan Implantat")])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "eVB-Nummer für die Zulassung: Name, Anschrift, Geburtsdatum des Halters und Fahrzeugdaten")
def m_evb():
    body = """Hallo Herr Dirksmeier,

wie am Telefon besprochen, hier Ihre elektronische Versicherungsbestätigung
für die Zulassung Ihres neuen Fahrzeugs:

  eVB-Nummer:          K7TR4MX
  Halter:              Lukas Dirksmeier, geb. 04.11.1999
                       Am Sportplatz 2a, 48997 Osterbrock
  Fahrzeug:            Skoda Fabia, FIN TMBEA6NJ9RZ041176
  Wunschkennzeichen:   WTP-LD 411 (reserviert laut Ihrer Angabe)
  Tarif:               Haftpflicht + Teilkasko, SF 3 (übernommen vom
                       Zweitwagen Ihrer Mutter)
  gültig bis:          30.05.2026

Die Nummer geben Sie einfach bei der Zulassungsstelle an. Nach der
Zulassung bekommen wir automatisch eine Meldung und Sie erhalten den
Versicherungsschein per Post.

Gute Fahrt!

"""
    return M(E("thi"), "lukas.dirksmeier@funkpost.example",
             "Ihre eVB-Nummer K7TR4MX", D("2026-04-28 16:55"),
             body + SIG["thi"] + "\n\n" + FOOT_ALLG, hdr=[XM_SYS])


@mail("NORMAL", "en", "internal",
      "farewell drinks for a colleague moving to a reinsurer; personnel announcement without sensitive data")
def m_farewell_reeve():
    body = """Hi all,

as some of you already know, Jonathan is leaving us at the end of April to
join Northbridge Re in London (so we'll keep seeing him at every renewal
meeting - no escape).

We'd like to say goodbye properly:
  Thursday 23 April, from 5 pm, at "Zum Schleusenwärter" by the canal.
First round is on the department.

If you'd like to chip in for a present, there's an envelope on my desk
until Tuesday. Ideas so far: a proper German beer stein and a framed
Wiesentrup map "so he never forgets where Kanalstraße is".

Cheers,
Emma

"""
    return M(E("cla"), "Reinsurance & International <re-intl@halmstein.example>",
             "Jonathan's leaving drinks - Thu 23 April", D("2026-04-14 12:02"),
             body, cc="Vorstandsbüro <vorstandsbuero@halmstein.example>",
             cte="quoted-printable", hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Gesellschaftsarzt antwortet zur Risikoprüfung: Antragsteller mit Geburtsdatum, Diabetes Typ 1, HbA1c, Insulinpumpe; Votum mit Zuschlag")
def m_votum_diabetes():
    body = """Hallo Frau Terhaar,

aus meiner Sicht für die Risikoleben annehmbar mit +50 %, BU nur mit
Zuschlag +75 % und Ausschluss diabetische Folgeerkrankungen (Retinopathie,
Nephropathie, Neuropathie) für 5 Jahre, danach Überprüfung auf Antrag.
Die Werte sind gut, aber 19 Jahre Laufzeit seit Diagnose sind eben 19
Jahre. Wenn er die letzten beiden Augenbefunde nachreicht und die
unauffällig sind, können wir über +50 % auch in der BU reden.

Gruß
F. Hüsing

"""
    quoted = """-----Ursprüngliche Nachricht-----
Von: Sophie Terhaar <sophie.terhaar@halmstein.example>
Gesendet: Montag, 4. Mai 2026 14:22
An: Dr. med. Frank Hüsing <frank.huesing@halmstein.example>
Betreff: kurze Frage Antrag RP-26-12880

Hallo Herr Dr. Hüsing,

kurze Frage zu einem Antrag (Risikoleben 300.000 + BU 2.000 EUR/Monat):
Niklas Brockmann, geb. 08.07.1995, Diplom-Ingenieur, Nichtraucher.
Diabetes mellitus Typ 1 seit dem 12. Lebensjahr, Insulinpumpe seit 2018,
HbA1c der letzten drei Messungen 6,9 / 7,1 / 6,8 %, keine bekannten
Folgeschäden, keine Hypoglykämien mit Fremdhilfe. Hausarztbericht liegt
vor.

Annehmen mit Zuschlag oder brauchen wir mehr?

Danke und viele Grüße
Sophie Terhaar"""
    return M(E("hue"), E("ter"), "AW: kurze Frage Antrag RP-26-12880",
             D("2026-05-05 08:16"), body + SIG["hue"] + "\n\n" + quoted,
             hdr=[XM_OUTLOOK, ("Thread-Topic", "kurze Frage Antrag RP-26-12880")])


@mail("CONFIDENTIAL", "de", "internal",
      "Rückrufbitte Kundenservice an Kfz-Vertrag: Kunde mit Telefonnummer, Vertragsnummer, SF-Übertragung vom Vater; schnell und mit Tippfehlern")
def m_rueckruf_sf():
    body = """Hi Yannick,

hatte grad Herrn Lohmöller am Telefon (KF-4488210, Golf Kennz. WTP-ML 33),
er will die SF-Klasse von seinem Vater übernehmen, Vater Heinz Lohmöller
(geb. 1948) gibt das Auto ab und fährt nicht mehr. Vater ist auch bei uns,
KF-2093318, SF 25.

Er hat gefragt ob das geht obwohl er selbst nur 4 Jahre Führerschein hat,
ich hab gesagt dass du dich meldest weil ich mir bei der Anrechnung nicht
sicher war. Bitte Rückruf heute noch wenn möglich, er ist bis 17 uhr
erreichbar unter 0171 0099 4821.

Danke dir!!
Felix

"""
    return M(E("boe"), E("thi"), "Rückruf SF-Übertragung Lohmöller",
             D("2026-05-12 11:48"), body + SIG["boe"], cte="8bit",
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: Bestellung von Verbandkästen, AED-Elektroden und Kühlpacks beim Sanitätshaus; Firmenanschrift, keine Person mit Gesundheitsbezug")
def m_bestellung_sani():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir zur Lieferung an unsere Anschrift (Warenannahme Haus A,
Kanalstraße 40, 48999 Wiesentrup):

  12 x Betriebsverbandkasten DIN 13157, Wandhalterung     Art.-Nr. 13157-W
  20 x Nachfüllset DIN 13157                              Art.-Nr. 13157-N
   3 x Elektrodenpaar Erwachsene für AED Lifeline View    Art.-Nr. LV-E01
   1 x Elektrodenpaar Kinder für AED Lifeline View        Art.-Nr. LV-K01
  40 x Sofort-Kühlkompresse                               Art.-Nr. KK-15
   2 x Augenspülflasche 500 ml                            Art.-Nr. AS-500

Bitte liefern Sie bis spätestens 10.04.2026, da am 14.04. die jährliche
Begehung durch die Fachkraft für Arbeitssicherheit ist. Rechnung bitte mit
unserer Bestellnummer BE-26-0377 an rechnungseingang@halmstein.example.

Die alten Elektroden (Ablauf 03/2026) würden wir Ihnen gern zur Entsorgung
mitgeben, falls der Fahrer sie mitnehmen kann.

Mit freundlichen Grüßen
"""
    return M(E("lam"), "Bestellung Sanitätshaus Deppe <bestellung@sani-deppe.example>",
             "Bestellung BE-26-0377 Erste-Hilfe-Material", D("2026-03-26 09:12"),
             body + SIG["lam"] + "\n\n" + FOOT_ALLG, hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "surrender value of a named customer's endowment life policy before emigration (personal line, no medical word)")
def m_surrender_life():
    body = """Dear Ms Lindqvist,

thank you for letting us know about your move to Canada. As requested, here
are the current values of your endowment policy:

  Policy:                 LV-1960733 ("Halmstein Kapital Klassik")
  Insured person:         Annika Lindqvist
  Start / maturity:       1 September 2011 / 1 September 2036
  Sum assured:            EUR 40,000 plus bonuses

  Surrender value as of 1 July 2026:          EUR 21,406.18
  of which terminal bonus (not guaranteed):   EUR  1,812.40
  Paid-up value without further premiums:     EUR 33,150.00 at maturity

A surrender is final and may have tax consequences in Germany: the policy
has run for more than 12 years, but half taxation of the gain also requires
the payout to be after your 62nd birthday, so the full gain would be taxable
if you surrender now. Please check this with your tax adviser first.

Moving abroad is not a reason to cancel: you can keep the policy and pay
premiums from a Canadian account in EUR, or make it paid-up.

If you'd like to surrender, we need the signed form (attached to our letter)
and a copy of your passport.

"""
    return M(E("wel"), "Annika Lindqvist <annika.lindqvist@nordmail.example>",
             "Your policy LV-1960733 - surrender value", D("2026-05-20 14:06"),
             body + SIG["wel"] + "\n\n" + FOOT_EN, hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "internal",
      "hand-over of a private person's yacht storm claim to marine underwriting: owner, hull, marina, claim number; no injuries")
def m_yacht_handover():
    body = """Hi Piet,

can you take this one over? It's more your world than mine, and the broker
asked for someone who knows boats.

  Owner:      Dr. Konrad Niemöller (private, not a company)
  Policy:     YK-300871, yacht hull & liability
  Vessel:     "Fliegende Möwe", Hallberg-Rassy 37, built 2008
  Location:   Marina Kaštela, Croatia
  Claim no.:  TS-26-00144
  Date:       night of 27/28 April, bora with gusts up to 60 kn

The boat broke two mooring lines and hit the neighbouring yacht; damage to
the bow, pulpit and the neighbour's stern. Nobody was on board. The marina
sent photos and a short report, both in the claim file. The neighbour's
insurer (Croatian) has already been in touch.

Open question is whether the mooring lines were in proper condition - the
policy has the usual seaworthiness clause. A local surveyor would be good.

Thanks!

"""
    return M(E("cla"), E("vri"), "Handover TS-26-00144 Niemöller / yacht Kastela",
             D("2026-04-30 09:25"), body + SIG["cla"], hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "internal",
      "trap: Protokoll der Teambesprechung Leistung Leben/BU (ODT) mit Fallzahlen, Bearbeitungszeiten und Themen wie psychische Erkrankungen, aber ohne Personen")
def m_protokoll_leben():
    doc = odt([
        ("h", "Protokoll Teambesprechung Leistung Leben / BU – 09.06.2026"),
        "Teilnehmende: Team Leben/BU (8), Dr. Hüsing (TOP 3), Protokoll: T. Mersmann",
        "TOP 1 Zahlen Mai: 41 neue BU-Leistungsanträge (Vormonat 36), 29 Entscheidungen, davon 19 Anerkenntnisse, 6 Ablehnungen, 4 Vergleiche. Durchschnittliche Bearbeitungsdauer bis zur Entscheidung 74 Tage (Ziel: 60).",
        "TOP 2 Ursachen: Anteil psychischer Erkrankungen an den Neuanträgen weiter bei ca. 38 %, Muskel-Skelett 24 %, Krebs 12 %. Wartezeiten auf Facharztberichte bleiben der größte Zeitfresser.",
        "TOP 3 Dr. Hüsing: Vorschlag, bei psychischen Erkrankungen frühzeitig ein Telefoninterview mit der behandelnden Therapeutin anzubieten statt schriftlicher Fragebögen. Pilot ab Juli mit zwei Kolleginnen.",
        "TOP 4 Qualität: Bei der Stichprobe der Revision fehlten in 3 von 20 Akten die Schweigepflichtentbindungen in der elektronischen Akte (lagen nur in Papier vor). Bitte konsequent scannen.",
        "TOP 5 Sonstiges: Urlaubsplanung Sommer bis 19.06. in die Liste eintragen. Teamfrühstück am 03.07.",
        "Nächste Besprechung: 07.07.2026",
    ], author="Mersmann, Thorsten")
    body = """Hallo zusammen,

anbei das Protokoll von Dienstag. Bitte TOP 4 beachten – das kam in der
Revision nicht gut an.

Gruß
Thorsten

"""
    return M(E("mer"), "Team Leben BU <team-leben-bu@halmstein.example>",
             "Protokoll Teambesprechung 09.06.", D("2026-06-10 16:22"),
             body + SIG["mer"], cc=E("hue"),
             att=[A("Protokoll_Team_LBU_2026-06-09.odt", doc, ODT_T)],
             hdr=[XM_TB])

# ===== 0046-0060 =====

@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "Haftpflichtschaden an Anwalt des Geschädigten: Versicherungsnehmer, Schadennummer, Sachschaden am Auto durch umgestürzten Baum; keine Verletzten")
def m_anwalt_baum():
    body = """Sehr geehrter Herr Rechtsanwalt Greve,

in der Sache Ihres Mandanten Herrn Ulrich Sendker ./. unseren
Versicherungsnehmer Herrn Gerd Wienströer, Schaden-Nr. HS-26-003390,
nehmen wir Bezug auf Ihr Schreiben vom 02.02.2026.

Unser Versicherungsnehmer bestreitet nicht, dass die Birke auf seinem
Grundstück Breslauer Straße 17 beim Sturm am 18.01.2026 umgestürzt ist und
den Pkw Ihres Mandanten beschädigt hat. Eine Haftung setzt allerdings eine
Verletzung der Verkehrssicherungspflicht voraus. Nach den uns vorliegenden
Unterlagen wurde der Baum im Oktober 2025 von einem Fachbetrieb kontrolliert
und als standsicher eingestuft (Baumkontrollprotokoll liegt uns vor). Bei
Windstärke 11 handelt es sich nach unserer Bewertung um höhere Gewalt.

Wir sehen daher keine Ersatzpflicht und weisen die Ansprüche – auch im
Interesse unseres Versicherungsnehmers – zurück. Wir weisen Ihren Mandanten
darauf hin, dass der Schaden möglicherweise über seine eigene Teilkasko
(Sturm) reguliert werden kann.

Personenschäden sind nach Ihrem Schreiben nicht entstanden.

"""
    return M(E("kle"), "Kanzlei Bentrup & Greve <kanzlei@bentrup-greve.example>",
             "Ihr Zeichen 26/0071 Sendker ./. Wienströer – HS-26-003390",
             D("2026-02-16 10:08"), body + SIG["kle"] + "\n\n" + FOOT_ALLG,
             hdr=[XM_SYS])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "BU-Antrag eines Maklerkunden: Risikoentscheidung mit Asthma bronchiale J45.0, Medikation, Zuschlag; Einzelmaklerin")
def m_deppe_bu_asthma():
    body = """Hallo Frau Deppe,

zum BU-Antrag Ihrer Kundin Lisa Hagemeier (Antrag vom 11.05., Zeichen
RP-26-13304) hat die Risikoprüfung entschieden:

Angenommen mit einem Beitragszuschlag von 15 % wegen Asthma bronchiale
(J45.0, allergisch, seit Kindheit). Grund für den Zuschlag ist nicht die
Diagnose an sich, sondern die Dauertherapie mit einem inhalativen Kortison
plus Bedarfsspray und der Notfallbesuch im Februar 2025 laut Bericht des
Lungenfacharztes. Ein Ausschluss wird nicht vereinbart.

Wenn die Kundin in zwei Jahren beschwerdefrei ist und nur noch ein
Bedarfsspray braucht, kann sie die Überprüfung des Zuschlags beantragen.

Das Angebot mit dem neuen Beitrag (Monatsbeitrag brutto 78,40 EUR statt
68,17 EUR) liegt in Ihrem Maklerpostfach. Annahmefrist 30 Tage.

"""
    return M(E("moe"), "Andrea Deppe <a.deppe@finanzkontor-deppe.example>",
             "RP-26-13304 Hagemeier – Votum Risikoprüfung", D("2026-05-27 13:41"),
             body + SIG["moe"] + "\n\n" + FOOT_LEBEN, hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: Auftrag zur Vernichtung von Leistungsakten Kranken (Arztberichte) abgelaufener Jahrgänge; Behälterzahl, Schutzklasse, keine Person")
def m_aktenvernichtung():
    body = """Guten Tag Herr Albrecht,

wie telefonisch angekündigt beauftragen wir Sie mit der Vernichtung der
folgenden Papierakten, deren Aufbewahrungsfrist abgelaufen ist:

  - Leistungsakten Kranken ambulant/stationär, Jahrgänge 2014 und 2015
    (überwiegend Arztrechnungen, Arztberichte, Krankenhausentlassberichte)
  - Antragsakten Leben mit Risikoprüfungsunterlagen, Ablehnungen 2014/2015
  Menge: ca. 38 Sicherheitsbehälter à 240 l, Archiv Keller Haus C

Anforderungen wie im Rahmenvertrag: Schutzklasse 3, Sicherheitsstufe P-4
nach DIN 66399, Abholung in verschlossenen Behältern, Vernichtung am selben
Tag, Vernichtungsprotokoll mit Behälternummern.

Wunschtermin für die Abholung: Mittwoch, 15.07.2026, ab 7:30 Uhr an der
Rampe Haus C. Bitte bestätigen Sie kurz den Termin. Vor Ort ist Herr
Strotmann (Haustechnik), eine Begleitung durch unsere
Datenschutzbeauftragte ist vorgesehen.

Mit freundlichen Grüßen
"""
    return M(E("lam"), "Lothar Albrecht <disposition@aktensafe-nord.example>",
             "Auftrag Aktenvernichtung 15.07. – Rahmenvertrag RV-2023-07",
             D("2026-06-29 10:31"), body + SIG["lam"] + "\n\n" + FOOT_ALLG,
             cc=E("wue") + ", " + E("stm"), hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "pet health claim: named customer, policy and claim number, dog's cruciate ligament surgery (animal health, no human health data)")
def m_pet_claim():
    body = """Dear Ms Whitfield,

thank you for sending the invoice from the Tierklinik Emsaue. We have
settled the claim for Bruno as follows:

  Policy:        TK-660217 (dog health insurance "Pfote Komplett")
  Claim:         TS-26-01822
  Animal:        Bruno, Labrador Retriever, male, born 2019, chip no.
                 276098106551203
  Treatment:     TPLO surgery right hind leg (ruptured cruciate ligament),
                 2 nights in the clinic, follow-up X-rays

  Invoice total (GOT, 2-fold rate)         EUR 3,612.85
  Covered at 80 %                          EUR 2,890.28
  minus annual excess                      EUR   250.00
  Payment                                  EUR 2,640.28

The amount will be transferred to your account ending in ...4471 within
three working days. Physiotherapy for Bruno is covered up to EUR 500 per
year under your plan - just send us those invoices as well.

We hope he's back on all four paws soon!

"""
    return M(E("mar"), "Helen Whitfield <h.whitfield@postbox.example>",
             "Bruno - claim TS-26-01822 settled", D("2026-06-03 15:20"),
             body + "Kind regards\n" + SIG["mar"] + "\n\n" + FOOT_EN,
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "accident claim of a broker's named client: distal radius fracture S52.5 while skiing, hospital stay, daily hospital cash and rescue costs")
def m_ski_wrist():
    body = """Hi Rachel,

I checked with our accident claims team on Mr Pritchard's file; here's the
status so you can update him:

  Policy:    UV-7701248 (individual accident, incl. hospital cash)
  Claim:     US-26-00417
  Accident:  3 February 2026, fall on the slope, Stubai glacier, Austria
  Injury:    distal radius fracture, left (S52.5), closed reduction and
             K-wire fixation at Innsbruck University Hospital

Paid so far:
  - helicopter rescue (Christophorus): EUR 4,870.00, paid directly
  - hospital cash for 2 nights: EUR 100.00
  - recovery benefit: EUR 500.00 (paid last week)

Still open: the claim for permanent disability. Our doctor will only be
able to assess this once the wrist has healed properly - usually 12 months
after the accident. We will write to him in January 2027 with a
questionnaire for his orthopaedic surgeon. If he has ongoing restrictions
before then, he should let us know.

"""
    quoted = """From: Rachel Whitcombe <rachel.whitcombe@northgate-brokers.example>
Sent: 08 June 2026 10:12
To: Emma Clarke <emma.clarke@halmstein.example>
Subject: Pritchard - accident claim?

Hi Emma, could you check where we are on Gareth Pritchard's ski accident?
He says he hasn't heard anything since March. Cheers, Rachel"""
    return M(E("cla"), "Rachel Whitcombe <rachel.whitcombe@northgate-brokers.example>",
             "RE: Pritchard - accident claim?", D("2026-06-09 11:54"),
             body + SIG["cla"] + "\n\n" + FOOT_EN + "\n\n" + quoted,
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: synthetic test data for an IT vendor (ZIP with CSV of obviously fictitious persons, published example IBAN, dummy ICD codes)")
def m_testdata_codewharf():
    csvdata = csv_bytes([
        ["test_id", "first_name", "last_name", "birth_date", "policy_no", "iban", "icd", "expected_route"],
        ["T001", "Erika", "Mustermann (fiktiv)", "1964-08-12", "KV-000000-01", "DE89 3704 0044 0532 0130 00", "Z00.0", "standard"],
        ["T002", "Max", "Mustermann (fiktiv)", "1970-01-01", "KV-000000-02", "DE89370400440532013000", "M54.5", "standard"],
        ["T003", "Test", "Testperson-Eins", "2000-02-29", "LV-0000001", "", "", "life_manual"],
        ["T004", "Dummy", "Ohne-Vertrag", "", "", "", "XX.X", "reject_invalid_icd"],
        ["T005", "Anna", "Beispiel (fiktiv)", "1985-13-01", "KV-999999-99", "DE00 0000 0000 0000 0000 00", "", "reject_invalid_date_and_iban"],
    ], sep=",")
    readme = ("Synthetic test data for the claims intake API (sprint 26.14)\r\n"
              "All persons are fictitious. Names contain 'Mustermann', 'Testperson' or 'Beispiel'.\r\n"
              "The IBAN DE89 3704 0044 0532 0130 00 is the public example IBAN from the\r\n"
              "standard documentation. T005 deliberately contains an invalid date and IBAN.\r\n"
              "Do NOT load production extracts into the vendor test environment.\r\n").encode("ascii")
    z = zipbytes([("testdata/README.txt", readme), ("testdata/claims_intake_cases.csv", csvdata)],
                 when=(2026, 7, 6, 14, 22, 0))
    body = """Hi Martin,

as promised in the stand-up, attached are the test cases for the claims
intake API. Everything in there is synthetic - names are Mustermann &
friends, the IBAN is the usual public example one, and T005 is broken on
purpose (invalid date, invalid IBAN) to test the rejection path.

Please use only this set in your test environment. If you need more volume,
tell me and I'll generate it here; we can't give you anything from
production, not even "anonymised".

Expected results are in the last column. T004 should fail with
ERR_ICD_FORMAT, not with a 500 like last sprint. :)

"""
    return M(E("fer"), "Martin Ashby <martin.ashby@codewharf.example>",
             "Test data for claims intake API (sprint 26.14)", D("2026-07-06 14:30"),
             body + SIG["fer"],
             att=[A("claims_intake_testdata.zip", z, "application/zip")],
             hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "Flottenvertrag: Fahrerliste (XLSX) mit Namen, Geburtsdaten und Führerscheindaten der Fahrer einer Firmenkundin")
def m_fahrerliste_brenneke():
    rows = [
        ["Fahrerliste Flottenvertrag KF-F-88031 – Brenneke Logistik GmbH", None, None, None, None],
        ["Stand 01.07.2026", None, None, None, None],
        [],
        ["Name", "Vorname", "Geburtsdatum", "Führerschein seit", "Fahrzeuggruppe"],
        ["Brenneke", "Uwe", "12.03.1966", "1984", "Pkw / Lkw bis 7,5 t"],
        ["Sökeland", "Marvin", "29.10.2004", "2022", "Transporter bis 3,5 t"],
        ["Janßen", "Kübra", "07.01.1991", "2009", "Transporter bis 3,5 t"],
        ["Hölker", "Detlef", "18.05.1959", "1977", "Lkw 12 t"],
        ["Wrobel", "Pawel", "02.12.1987", "2006", "Lkw 12 t"],
        ["Stienemeier", "Jana", "23.06.2003", "2021", "Transporter bis 3,5 t"],
        ["Ahrens", "Tim", "14.09.1999", "2017", "Pkw"],
    ]
    body = """Sehr geehrter Herr Brenneke,

anbei die Fahrerliste so, wie sie nach Ihren Änderungen vom Juni bei uns
hinterlegt ist. Bitte prüfen Sie die Angaben einmal und geben Sie mir
kurz Bescheid, ob alles stimmt.

Zwei Hinweise:
- Für Fahrer unter 23 Jahren (derzeit Herr Sökeland und Frau Stienemeier)
  gilt im Schadenfall die vereinbarte Selbstbeteiligung von 1.000 EUR statt
  500 EUR.
- Herr Hölker wird im Mai 67 – wenn er über den Renteneintritt hinaus als
  Aushilfe fahren soll, ist das kein Problem, er muss nur auf der Liste
  bleiben.

Mit freundlichen Grüßen
"""
    return M(E("thi"), "Uwe Brenneke <u.brenneke@brenneke-logistik.example>",
             "Fahrerliste Flotte KF-F-88031 zur Prüfung", D("2026-07-02 09:47"),
             body + SIG["thi"] + "\n\n" + FOOT_ALLG,
             att=[A("Fahrerliste_KF-F-88031.xlsx", xlsx([("Fahrer", rows)], author="Thiele, Yannick"), XLSX_T)],
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "facultative reinsurance request for a named life applicant: sum assured, coronary stent, cardiology findings")
def m_facultative_life():
    body = """Hi Sophie,

Northbridge Re came back on the Ostendorf case - they're willing to look at
it facultatively but need more before they quote. Could you send me, by
Thursday if possible:

1. the cardiology report from the Herzzentrum (the one after the stent in
   2024), incl. ejection fraction
2. the last exercise ECG
3. lipid values and current medication list
4. your own underwriting summary - just the one-pager

For my records, the case as I've described it to them:
  Dr. Rainer Ostendorf, born 1969, managing partner, non-smoker
  term life EUR 2.5m for 20 years (business loan cover)
  single-vessel CAD, one drug-eluting stent (RCA) in March 2024, no
  infarction, symptom-free since, statin + ASA

Our retention on life is EUR 750k, so they'd take EUR 1.75m. Please put
the documents in the encrypted share, not as mail attachments - I'll send
the link to Northbridge from there.

Thanks!

"""
    return M(E("cla"), E("ter"), "Facultative request Ostendorf - documents needed",
             D("2026-06-16 10:12"), body + SIG["cla"], hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "internal",
      "trap: release notes of the claims app with an ICD-10 lookup field, GOÄ factor checks and example code M54.5; no real case")
def m_release_notes():
    body = """Hello all,

KALIX 26.3 went live this morning. Release notes for the business teams:

New
- ICD-10-GM lookup in the document capture: typing "M54.5" or "m545" or
  "Rückenschmerz" suggests matching codes from the 2026 catalogue.
- GOÄ factor check: factors above 2.3 without a justification text are
  flagged; above 3.5 a warning asks for an agreement under § 2 GOÄ.
- Hospital invoices: DRG grouper updated to the 2026 version.

Fixed
- Dental treatment plans with more than 30 positions no longer cut off
  position 31 onwards (TKT-88120).
- "Beleg bereits erfasst" duplicate warning no longer fires for two
  pharmacy receipts with the same amount on the same day (TKT-87945).

Known issue
- The new lookup is slow (2-3 s) for the first search after login. We're
  on it.

Please report anything odd through the service desk portal with the tag
KALIX-26.3.

"""
    return M(E("fer"), "KALIX key users <kalix-keyuser@halmstein.example>",
             "KALIX 26.3 is live - release notes", D("2026-07-13 08:40"),
             body + SIG["fer"], cte="quoted-printable", hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Privathaftpflicht: Regulierung eines vom Sohn beschädigten Laptops; Versicherungsnehmer, Schadennummer, Geschädigter mit IBAN")
def m_phv_laptop():
    body = """Sehr geehrte Frau Ostkamp,

zum Schaden HS-26-004812 (Laptop von Jannik Terwey, beim Spielen von Ihrem
Sohn Ben vom Schreibtisch gestoßen, 14.05.2026) haben wir folgende
Entscheidung getroffen:

Ihr Sohn ist über Ihre Privathaftpflicht (PH-2250931, Familientarif)
mitversichert. Da Ben zum Schadenzeitpunkt 9 Jahre alt war, ist er für
den Schaden grundsätzlich verantwortlich; Ihr Tarif sieht zudem eine
Deckung für deliktunfähige Kinder vor, so dass wir in jedem Fall zahlen.

Der Laptop war drei Jahre alt (Kaufpreis 1.199 EUR). Eine Reparatur lohnt
sich laut Kostenvoranschlag nicht. Wir ersetzen den Zeitwert von 540,00 EUR
direkt an die Familie Terwey auf das uns genannte Konto

  Kontoinhaber: Marco Terwey
  IBAN: DE41 8309 7008 1305 3445 18

Eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart. Der Vorgang
ist damit für Sie abgeschlossen.

"""
    return M(E("kle"), "Julia Ostkamp <julia.ostkamp@kabelmail.example>",
             "Schaden HS-26-004812 – Laptop Terwey", D("2026-06-01 12:26"),
             body + SIG["kle"] + "\n\n" + FOOT_ALLG, hdr=[XM_SYS])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "Gruppenunfallversicherung: Rückfrage an Arbeitgeber zum Arbeitsunfall eines namentlich genannten Mitarbeiters (Teilamputation Zeigefinger)")
def m_kordes_finger():
    body = """Guten Tag Frau Kordes,

vielen Dank für die Unfallanzeige zu Ihrem Mitarbeiter Herrn Dennis
Hakenesch (Gruppenunfallversicherung GU-410337, Schaden US-26-00802).

Nach der Anzeige ist Herr Hakenesch am 22.06.2026 an der Formatkreissäge
mit der linken Hand in das Sägeblatt geraten; im Klinikum Wiesentrup musste
das Endglied des Zeigefingers amputiert werden, der Mittelfinger wurde
genäht. Es tut uns sehr leid, das zu lesen – bitte richten Sie ihm gute
Besserung aus.

Für die Bearbeitung brauchen wir noch:
1. die Durchschrift der Unfallanzeige an die Berufsgenossenschaft,
2. das Einverständnis von Herrn Hakenesch, dass wir den Durchgangsarzt-
   bericht anfordern dürfen (Formular anbei im Brief an ihn),
3. die Angabe, ob er Links- oder Rechtshänder ist.

Bitte beachten Sie: Die Leistungen aus der Gruppenunfallversicherung stehen
Herrn Hakenesch persönlich zu. Wir schreiben ihn daher auch direkt an und
zahlen an ihn aus, sofern Sie nichts anderes mit ihm vereinbart haben.

"""
    return M(E("now"), "Sabine Kordes <buero@tischlerei-kordes.example>",
             "Unfall Herr Hakenesch – GU-410337", D("2026-06-25 14:12"),
             body + SIG["now"] + "\n\n" + FOOT_ALLG, hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-supplier",
      "Reklamation an die Reinigungsfirma wegen Sanitärräumen in Haus B; rein organisatorisch")
def m_reinigung_reklamation():
    body = """Hallo Frau Pieper,

leider muss ich mich wieder wegen Haus B melden. In der letzten Woche gab es
mehrere Beschwerden:

- Damen-WC 1. OG: Seifenspender und Papierhandtücher Mittwoch und Donnerstag
  ab Mittag leer
- Herren-WC 3. OG: Mülleimer nicht geleert (Freitag früh übervoll)
- Teeküche 2. OG: Spüle und Arbeitsfläche offensichtlich seit Tagen nicht
  gewischt

Laut Leistungsverzeichnis ist in Haus B eine Nachkontrolle um 12 Uhr
vorgesehen, die findet nach meinem Eindruck seit dem Personalwechsel nicht
mehr statt. Können wir uns nächste Woche kurz vor Ort treffen? Dienstag
oder Mittwoch ab 14 Uhr würde bei mir passen.

Ich möchte ungern schon wieder eine Minderung nach § 7 des Vertrags
ansetzen, aber so geht es nicht weiter.

Gruß
"""
    return M(E("lam"), "Jessica Pieper <objektleitung@glanzwerk-gd.example>",
             "Haus B – Sanitärräume und Teeküchen", D("2026-04-20 08:44"),
             body + SIG["lam"], cte="8bit", hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor accident in France: named customer, policy, plates, European accident report (PDF); nobody injured")
def m_constat_france():
    doc = pdf([
        ("h", "European Accident Statement - transcription"),
        "Halmstein Allgemeine Versicherung AG, International Motor Claims",
        "Claim KS-26-0104419 · transcribed from the handwritten form (constat amiable)",
        "",
        "Date / time: 28 July 2026, 16:40   Place: Aire de Saint-Rambert, A7, France",
        "Injuries, even minor: NO      Damage to other vehicles than A and B: NO",
        "Witnesses: none",
        "",
        ("b", "Vehicle A"),
        "Driver / policyholder: Julien Marchetti, Ringstraße 8, 48999 Wiesentrup",
        "Vehicle: Peugeot 3008, WTP-JM 88    Insurer: Halmstein, policy KF-4701552",
        "Circumstances ticked: (2) leaving a parking space",
        "",
        ("b", "Vehicle B"),
        "Driver: Mme Sandrine Ferrand, Lyon   Vehicle: Renault Clio, GH-221-PK",
        "Insurer: Mutuelle Rhône Assurances, contract 55-0982177",
        "Circumstances ticked: (8) hitting the rear of a vehicle in the same lane",
        "",
        "Sketch: B reversed in the rest area, A was leaving the parking space.",
        "Remarks A: 'Vehicle B reversed without looking.'",
        "Remarks B: none. Both drivers signed.",
    ], title="Accident statement KS-26-0104419")
    body = """Dear Mr Marchetti,

thank you for your call from France and for the photo of the accident
report. I've typed it up (attached) so we're sure we read your handwriting
correctly - please check and tell me if anything is wrong.

According to the report, vehicle B reversed into you, which makes the
other driver liable. I've notified her insurer through their French claims
representative. Your rear door and wing are damaged; since no one was hurt
and the car was drivable, you can have it repaired at home. Please send me
the garage estimate before the repair.

Your policy number for the garage: KF-4701552, claim KS-26-0104419.

"""
    return M(E("dpm"), "Julien Marchetti <julien.marchetti@fernpost.example>",
             "Your accident in France - claim KS-26-0104419", D("2026-07-30 10:05"),
             body + "Kind regards\n" + SIG["dpm"] + "\n\n" + FOOT_EN,
             att=[A("Accident_statement_KS-26-0104419.pdf", doc, "application/pdf")],
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "assistance partner: repatriation of a named travel-health insured after a stroke in Thailand, age, medical status, hospital")
def m_repatriation_stroke():
    body = """Dear colleagues at Medassist,

please organise a medical repatriation for the following insured person
under our travel health cover:

  Name:          Hans-Werner Upmeier, 67, German citizen
  Policy:        Auslandsreise-Kranken RK-5518201, annual cover
  Assistance ref: MA-TH-26-3318 (your file, opened 11 Jan)
  Current place: Bangkok Hospital Pattaya, neurology ward

Medical situation as per the treating doctor (call of 13 Jan, 07:30 CET):
ischaemic stroke on 10 Jan with right-sided weakness and speech disorder,
thrombolysis not possible (time window), now stable, conscious, able to sit
with support, swallowing test passed. Doctor considers him fit to fly
within 3-5 days with medical escort. Oxygen not required.

Please arrange: stretcher or business-class seat with doctor escort (your
medical team to decide), ambulance transfer from Frankfurt or Düsseldorf to
the stroke unit of Klinikum Wiesentrup (bed confirmed by Dr. Meinders,
ext. 2410). His wife travels with him and needs a seat on the same flight.

Cost approval up to EUR 45,000 is hereby given. Please send the medical
report from the hospital to intl-health@halmstein.example only.

"""
    return M(E("ose"), "Medassist Global Operations <ops@medassist-global.example>",
             "Repatriation request MA-TH-26-3318 / Upmeier", D("2026-01-13 09:02"),
             body + SIG["ose"] + "\n\n" + FOOT_EN,
             hdr=[XM_OUTLOOK, ("Importance", "high")])


@mail("NORMAL", "de", "insurer-to-press",
      "trap: Pressemitteilung zum Geschäftsjahr (PDF) mit aggregierten Leistungsausgaben Kranken/Leben/Unfall, Schaden- und Kundenzahlen")
def m_pressemitteilung():
    doc = pdf([
        ("h", "Pressemitteilung"),
        "Halmstein Versicherungsgruppe: solides Wachstum, deutlich höhere Leistungsausgaben",
        "Wiesentrup, 24. März 2026",
        "",
        "Die Halmstein Versicherungsgruppe hat im Geschäftsjahr 2025 ihre gebuchten Bruttobeiträge",
        "um 4,8 Prozent auf 1,27 Milliarden Euro gesteigert. Die Zahl der Kundinnen und Kunden",
        "stieg auf rund 612.000.",
        "",
        ("b", "Krankenversicherung"),
        "Die Halmstein Krankenversicherung zahlte 2025 Versicherungsleistungen von 412 Millionen Euro",
        "(+7,9 Prozent). Treiber waren vor allem die stationären Kosten und Arzneimittel. Die Zahl der",
        "eingereichten Arztrechnungen überschritt erstmals 1,4 Millionen; 61 Prozent kamen digital über die App.",
        "",
        ("b", "Leben und Berufsunfähigkeit"),
        "An Leben- und BU-Leistungen wurden 287 Millionen Euro ausgezahlt. Psychische Erkrankungen bleiben mit",
        "38 Prozent die häufigste Ursache für neue BU-Leistungsfälle.",
        "",
        ("b", "Schaden- und Unfallversicherung"),
        "Die Combined Ratio lag bei 94,1 Prozent. Elementarschäden durch Starkregen im Juni kosteten die",
        "Gruppe rund 21 Millionen Euro. In der Unfallversicherung wurden 3.180 Leistungsfälle reguliert.",
        "",
        "Pressekontakt: Gregor Albers, presse@halmstein.example, +49 5299 4471-130",
    ], title="Pressemitteilung Geschäftsjahr 2025")
    body = """Sehr geehrte Frau Niehues,

wie angekündigt erhalten Sie anbei unsere Pressemitteilung zum
Geschäftsjahr 2025 mit Sperrfrist bis morgen, 24.03., 10:00 Uhr.

Für das Gespräch mit unserer Vorstandsvorsitzenden Ulrike Sasse schlage ich
Donnerstag, 15 Uhr, vor. Fotos in Druckqualität finden Sie ab 10 Uhr in
unserem Pressebereich unter www.halmstein.example/presse.

Mit freundlichen Grüßen
"""
    return M(E("alb"), "Redaktion Wiesentruper Tageblatt <wirtschaft@wiesentruper-tageblatt.example>",
             "Sperrfrist 24.03. 10 Uhr: Halmstein Geschäftsjahr 2025",
             D("2026-03-23 16:00"), body + SIG["alb"],
             att=[A("PM_Halmstein_GJ2025.pdf", doc, "application/pdf")],
             hdr=[XM_OUTLOOK])

# ===== 0061-0075 =====

@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Telefonnotiz Kundenservice an Leistung Kranken: namentlich genannte Versicherte wartet auf Erstattung Physiotherapie nach Schulter-OP")
def m_telefonnotiz_physio():
    body = """Hallo Timo,

Telefonnotiz, 10:52 Uhr:

Frau Monika Wernsing, KV-417702-01, Tel. 05299 71 40 28
Hat Ende Mai Rechnungen für Krankengymnastik (12 x KG nach Schulter-OP
rechts, Rotatorenmanschette) und die Rechnung vom Operateur eingereicht,
zusammen ca. 2.900 EUR. Bis heute keine Abrechnung. Sie ist ziemlich sauer,
weil sie die OP-Rechnung schon bezahlen musste und das Geld braucht.

In KALIX sehe ich die Belege unter "in Prüfung – Rückfrage GOÄ". Konnte ihr
nicht sagen, was die Rückfrage ist. Ich hab ihr einen Rückruf bis morgen
Mittag zugesagt – schaffst du das?

Danke dir,
Aylin

"""
    return M(E("kay"), E("rec"), "Rückruf Wernsing bis morgen 12 Uhr",
             D("2026-06-22 11:04"), body + SIG["kay"], hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "internal",
      "zweisprachige Facility-Info zur Tiefgaragensanierung und Parkplatzvergabe; nur Organisatorisches")
def m_tiefgarage():
    body = """*** English version below ***

Liebe Kolleginnen und Kollegen,

ab Montag, 3. August, wird die Tiefgarage unter Haus A abschnittsweise
saniert (Betonschäden, neue Beschichtung). Dauer: ca. 10 Wochen.

Was sich ändert:
- Ebene -1 ist ab 3.8. komplett gesperrt, Ebene -2 ab 14.9.
- Wer dort einen festen Stellplatz hat, parkt in dieser Zeit auf dem
  Schotterplatz an der Schleusenstraße (Zufahrt mit dem Mitarbeiterausweis).
- Die Schwerbehindertenparkplätze vor Haus A bleiben unverändert.
- E-Ladesäulen: in der Bauzeit nur die vier Säulen am Besucherparkplatz.

Bitte beachtet die Beschilderung, und fahrt auf dem Schotterplatz langsam –
da laufen morgens auch Kinder zum Schulbus.

---

Dear colleagues,

from Monday, 3 August, the underground car park below building A will be
refurbished in sections (approx. 10 weeks). Level -1 will be closed from
3 Aug, level -2 from 14 Sep. If you have a fixed space there, please use the
gravel car park on Schleusenstraße (access with your staff badge). Disabled
parking spaces in front of building A are not affected. EV charging during
the works only at the four stations in the visitor car park.

"""
    return M(E("lam"), "Alle Beschäftigten <alle@halmstein.example>",
             "Tiefgarage Haus A: Sanierung ab 3. August / car park refurbishment",
             D("2026-07-20 13:15"), body + SIG["lam"], hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "Gutachterauftrag Sturmschaden: Name, Anschrift, Telefon der Versicherungsnehmer, Vertrags- und Schadennummer")
def m_gutachter_sturm():
    body = """Hallo Herr Klaasen,

wir hätten einen Auftrag für Sie:

Schaden-Nr.:     SW-26-003917
Vertrag:         WG-3890442, Wohngebäude gleitender Neuwert
VN:              Eheleute Friederike und Jan Tiemann
Objekt:          Zum Bruchfeld 6, 48998 Ellerbrück (Zweifamilienhaus, Bj. 1962)
Kontakt:         Frau Tiemann, 0160 0044 8177, nachmittags am besten
Schadentag:      17.08.2026, Unwetter mit Hagel

Gemeldet: Dachfläche Süd teilweise abgedeckt (Tonziegel), Dachrinne
abgerissen, Wasser in den Dachboden gelaufen, Feuchtigkeit in der Decke der
oberen Wohnung. Dachdecker hat notgesichert (Plane), Rechnung liegt uns vor.

Bitte prüfen Sie Ursache (Sturm ab Windstärke 8? laut DWD-Station
Ellerbrück 94 km/h), Umfang und Höhe sowie ob Vorschäden am Dach
erkennbar sind. Die Fotos der Kundin schicke ich Ihnen über das
Gutachterportal.

Gruß aus Wiesentrup
"""
    return M(E("vos"), "Sachverständigenbüro Klaasen <auftrag@sv-klaasen.example>",
             "Auftrag SW-26-003917 Tiemann, Ellerbrück – Sturm/Hagel",
             D("2026-08-19 08:28"), body + SIG["vos"], hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "bAV: Übersicht der Direktversicherungen (Lebensversicherung) aller namentlich genannten Beschäftigten eines Arbeitgebers nur im XLSX-Anhang; Text harmlos")
def m_bav_hagedorn():
    rows = [
        ["Gruppenvertrag Direktversicherung GV-1180 · Hagedorn Kunststofftechnik GmbH · Stand 01.09.2026"],
        [],
        ["Vers.-Nr.", "Name", "Vorname", "geb.", "Beginn", "Beitrag mtl. EUR", "davon Entgeltumwandlung", "AG-Zuschuss", "Status"],
        ["LV-B-118001", "Hagedorn", "Frank", "1968-04-19", "2009-01-01", 300.00, 255.00, 45.00, "aktiv"],
        ["LV-B-118014", "Kemper", "Silke", "1979-11-02", "2012-07-01", 150.00, 127.50, 22.50, "aktiv"],
        ["LV-B-118027", "Osmani", "Arben", "1990-03-08", "2016-01-01", 100.00, 85.00, 15.00, "aktiv"],
        ["LV-B-118033", "Fleige", "Martina", "1974-06-30", "2018-04-01", 200.00, 170.00, 30.00, "beitragsfrei seit 05/2026"],
        ["LV-B-118040", "Rottmann", "Kevin", "1996-12-14", "2021-01-01", 80.00, 68.00, 12.00, "aktiv"],
        ["LV-B-118052", "Nüßing", "Gabriele", "1965-09-25", "2010-10-01", 250.00, 212.50, 37.50, "Rentenbeginn 01.10.2031"],
        ["LV-B-118066", "Yilmaz", "Deniz", "2001-02-17", "2025-08-01", 60.00, 51.00, 9.00, "aktiv"],
    ]
    body = """Guten Tag Frau Rehkopp,

wie gewünscht anbei die aktuelle Übersicht zu Ihrem Gruppenvertrag für die
Jahresabstimmung mit Ihrer Lohnbuchhaltung.

Bei Rückfragen melden Sie sich gern.

"""
    return M(E("wel"), "Ines Rehkopp <personal@hagedorn-kunststoff.example>",
             "Übersicht Gruppenvertrag GV-1180", D("2026-09-03 10:50"),
             body + SIG["wel"] + "\n\n" + FOOT_LEBEN,
             att=[A("GV-1180_Uebersicht_2026-09.xlsx", xlsx([("GV-1180", rows)], author="Wellmann, Jonas"), XLSX_T)],
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "insurer-to-partner",
      "reinsurer: invitation to the treaty renewal meeting with calendar file; business only")
def m_renewal_meeting():
    cal = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
        "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:040000008200E00074C5B7101A82E008-renewal2027@halmstein.example",
        "DTSTAMP:20260914T093000Z",
        "DTSTART;TZID=Europe/Berlin:20261021T100000",
        "DTEND;TZID=Europe/Berlin:20261021T160000",
        "SUMMARY:Treaty renewal 1/1/2027 - Halmstein / Northbridge Re",
        "LOCATION:Halmstein\\, Kanalstraße 40\\, Wiesentrup\\, board room A 5.01",
        "ORGANIZER;CN=Emma Clarke:mailto:emma.clarke@halmstein.example",
        "ATTENDEE;CN=Oliver Brandon;ROLE=REQ-PARTICIPANT:mailto:oliver.brandon@northbridge-re.example",
        "ATTENDEE;CN=Jonathan Reeve;ROLE=REQ-PARTICIPANT:mailto:jonathan.reeve@northbridge-re.example",
        "DESCRIPTION:Agenda: 1) Property cat XL incl. June 2025 flood experience 2) Motor XL 3) Life quota share and surplus 4) Accident XL 5) Lunch",
        "END:VEVENT", "END:VCALENDAR"])
    body = """Dear Oliver, dear Jonathan,

as agreed, here's the invitation for our renewal meeting on 21 October in
Wiesentrup. Draft agenda:

  10:00  Property cat XL - experience incl. the June 2025 flood event
  11:30  Motor XL
  12:30  lunch
  13:30  Life quota share and surplus treaty
  15:00  Accident XL, wrap-up

We'll send the renewal submission with the updated exposure data by
2 October. Jonathan, I assume you're coming from Düsseldorf? Happy to
arrange a pick-up from the station.

"""
    return M(E("cla"), "Oliver Brandon <oliver.brandon@northbridge-re.example>",
             "Renewal meeting 21 October - invitation",
             D("2026-09-14 11:30"), body + SIG["cla"] + "\n\n" + FOOT_EN,
             cc="Jonathan Reeve <jonathan.reeve@northbridge-re.example>",
             att=[A("invite.ics", cal, "text/calendar", charset="utf-8")],
             hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "internal",
      "Personal leitet Bewerbung weiter: Lebenslauf (PDF) mit Geburtsdatum und Anschrift, Gehaltsvorstellung im Text")
def m_bewerbung_weiterleitung():
    cv = pdf([
        ("h", "Lebenslauf"),
        "Merve Schulte-Ebbert",
        "Nordring 71, 48997 Osterbrock · 0157 0044 3092 · merve.schulte-ebbert@webpost.example",
        "geboren am 14.02.1996 in Wiesentrup",
        "",
        ("b", "Berufserfahrung"),
        "seit 08/2021  Medizinische Fachangestellte, Hausarztpraxis Dr. Ahlert, Osterbrock",
        "              Abrechnung GOÄ/EBM, Patientenaufnahme, Praxisorganisation",
        "08/2018–07/2021  Ausbildung zur Medizinischen Fachangestellten, ebd.",
        "",
        ("b", "Weiterbildung"),
        "2024  Fachwirtin im Gesundheits- und Sozialwesen (IHK), berufsbegleitend",
        "",
        ("b", "Schule"),
        "2015  Fachhochschulreife, Berufskolleg Wiesentrup",
        "",
        ("b", "Kenntnisse"),
        "MS Office, Praxissoftware, Englisch gut, Türkisch Grundkenntnisse",
    ], title="Lebenslauf Schulte-Ebbert")
    body = """Hallo Jana,

hier die Bewerbung, von der ich dir am Telefon erzählt habe (LKS-2604 –
die Stelle ist zwar stationär, aber ich glaube, sie passt auch zu euch
ambulant, falls Anke niemanden nimmt).

Kurz:
- MFA, 5 Jahre Hausarzt, kennt GOÄ aus der Praxis
- Fachwirtin im Gesundheitswesen 2024
- Gehaltsvorstellung 46.000 EUR brutto/Jahr, Kündigungsfrist 3 Monate zum
  Quartalsende

Lebenslauf hängt an, Anschreiben und Zeugnisse liegen im Bewerberportal.
Bitte nicht weiterleiten und nach der Entscheidung löschen – du weißt ja.

Sag mir bis Freitag, ob ihr sie kennenlernen wollt.

"""
    return M(E("swf"), E("ovb"), "Bewerbung Schulte-Ebbert – Interesse?",
             D("2026-04-28 09:41"), body + SIG["swf"],
             cc=E("bus"),
             att=[A("Lebenslauf_Schulte-Ebbert.pdf", cv, "application/pdf")],
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Pflegetagegeld: Leistungszusage für namentlich genannte Mutter (Pflegegrad 2 nach Gutachten) an die bevollmächtigte Tochter")
def m_pflegetagegeld():
    body = """Sehr geehrte Frau Bußmann,

vielen Dank für die Unterlagen zu Ihrer Mutter, Frau Hildegard Bußmann
(Pflegetagegeldversicherung PT-208833, Vollmacht liegt uns vor).

Nach dem Gutachten des Medizinischen Dienstes vom 02.09.2026 ist Ihre
Mutter seit dem 01.08.2026 in Pflegegrad 2 eingestuft. Ausschlaggebend
waren laut Gutachten vor allem die eingeschränkte Mobilität nach der
Hüft-OP und die zunehmende Vergesslichkeit bei der Medikamenteneinnahme.

Aus dem Tarif PflegeTag 50 zahlen wir ihr bei Pflegegrad 2 ein
Pflegetagegeld von 30 % des vereinbarten Satzes, also 15,00 EUR pro Tag,
rückwirkend ab dem 01.08.2026. Die Nachzahlung für August und September
(915,00 EUR) überweisen wir in den nächsten Tagen auf das Konto Ihrer
Mutter, danach monatlich im Voraus.

Ab Pflegegrad 2 entfällt außerdem die Beitragszahlung für diesen Vertrag.
Falls sich der Zustand Ihrer Mutter verschlechtert, lassen Sie uns bitte
einen Höherstufungsbescheid zukommen.

"""
    return M(E("hec"), "Claudia Bußmann <claudia.bussmann@heimnetz.example>",
             "Pflegetagegeld für Ihre Mutter – PT-208833", D("2026-09-16 15:03"),
             body + "Mit freundlichen Grüßen\n" + SIG["hec"] + "\n\n" + FOOT_KRANKEN,
             hdr=[XM_SYS])


@mail("NORMAL", "en", "internal",
      "trap: phishing simulation results aggregated per department (click and report rates), no individual named")
def m_phishing_results():
    body = """Hi team leads,

results of the September phishing simulation ("Your parcel could not be
delivered" + "Updated sick-leave form from HR"):

  Department                      sent   clicked   reported
  Health claims (out/inpatient)    118     14 %       31 %
  Life / BU / accident claims       54      9 %       44 %
  P&C claims                        97     12 %       28 %
  Customer service                  86     19 %       22 %
  Contracts / operations           103     11 %       35 %
  IT                                61      3 %       71 %
  Staff functions (merged)          47      8 %       40 %
  Sales / broker support            74     16 %       19 %
  ---------------------------------------------------------
  Total                            640     12 %       33 %

The fake "sick-leave form" was by far the more successful lure - people
are used to HR forms arriving by mail. Remember: HR never asks you to
enter your login on an external page.

As always, we don't share individual results with anyone, including team
leads. Anyone who clicked got the short training automatically.

"""
    return M(E("ram"), "Führungskräfte <fuehrungskraefte@halmstein.example>",
             "Phishing simulation September - results", D("2026-10-05 10:21"),
             body + SIG["ram"], cte="7bit", hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "broker",
      "forwarded broker mail (message/rfc822) with a client's date of birth, new address and IBAN for a household policy")
def m_fwd_broker_iban():
    inner = M("Rachel Whitcombe <rachel.whitcombe@northgate-brokers.example>",
              "Emma Clarke <emma.clarke@halmstein.example>",
              "Client update - Moreau, household contents", D("2026-08-25 16:44"),
              """Hi Emma,

our client Mme Élodie Moreau (DOB 3 March 1988) has moved within
Wiesentrup and changed banks. Could you update her household contents
policy HR-7801244, please?

New address from 1 September: Kastanienallee 19, 48999 Wiesentrup
(ground floor, same size flat, 74 sqm, no change to the sum insured)

New account for the direct debit:
Élodie Moreau
IBAN DE98 7023 0918 8842 7062 84

Signed SEPA mandate will follow by post. Many thanks!

Rachel Whitcombe
Account Executive, Private Clients
Northgate Insurance Brokers Ltd
""", msgid="<NG-8812-44a1@northgate-brokers.example>", hdr=[XM_OUTLOOK])
    body = """Hi Yannick,

could you take care of this one? Change of address and new bank account
for a Northgate client, details in the attached mail. The SEPA mandate
should arrive by post this week.

Thanks!

"""
    return M(E("cla"), E("thi"), "FW: Client update - Moreau, household contents",
             D("2026-08-26 08:37"), body + SIG["cla"],
             att=[FWD(inner, "Client update - Moreau.eml")], hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "trip cancellation because of a named child's pneumonia: medical certificate, hospital admission, reimbursement")
def m_cancellation_pneumonia():
    body = """Dear Mrs Haddad,

I'm glad to hear that Yasmin is doing better now.

We've reviewed your claim for the cancelled trip to Crete (claim
RS-26-001377, policy RV-4408129):

The certificate from the paediatric department of Klinikum Wiesentrup
confirms that Yasmin (6) was admitted on 24 July with pneumonia and
treated with intravenous antibiotics until 29 July, so travelling on
26 July was clearly not possible. This is an insured event under your
family policy.

  Cancellation fees charged by the tour operator (80 %)   EUR 3,296.00
  Excess (20 % of the damage, min. EUR 100)             - EUR   659.20
  Payment                                                  EUR 2,636.80

The payment will reach your account within the next few days.

Best wishes for Yasmin's recovery,
"""
    return M(E("hin"), "Rania Haddad <rania.haddad@mailhafen.example>",
             "Claim RS-26-001377 - cancelled trip to Crete", D("2026-08-12 11:35"),
             body + SIG["hin"] + "\n\n" + FOOT_EN, hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-prospect",
      "trap: Interessentin erhält allgemeine Produktinformation zur Pflegezusatzversicherung (Pflegegrade, Leistungen, Gesundheitsfragen); kein Vertrag, keine Gesundheitsangaben über sie")
def m_pflege_produktinfo():
    body = """Sehr geehrte Frau Averbeck,

vielen Dank für Ihr Interesse an unserer Pflegezusatzversicherung. Gern
beantworte ich Ihre Fragen allgemein:

1. Ab wann wird gezahlt?
   Im Tarif PflegeTag zahlen wir ab Pflegegrad 1 – entscheidend ist die
   Einstufung durch die gesetzliche Pflegeversicherung. Die Höhe richtet
   sich nach dem Pflegegrad: von 10 % (Pflegegrad 1) bis 100 % (Pflegegrad
   5) des vereinbarten Tagessatzes.

2. Gibt es Gesundheitsfragen?
   Ja, vier Fragen, unter anderem nach bestehender Pflegebedürftigkeit,
   Demenz, Parkinson oder Multipler Sklerose. Wer keine dieser Fragen mit
   Ja beantworten muss, wird ohne Zuschlag angenommen.

3. Wie hoch ist der Beitrag?
   Das hängt vom Eintrittsalter und vom Tagessatz ab. Beispiel: Bei
   Eintritt mit 50 Jahren und 50 EUR Tagessatz sind es aktuell 38,90 EUR
   im Monat.

Einen persönlichen Tarifrechner finden Sie unter
www.halmstein.example/pflege. Den Antrag schicke ich Ihnen gern zu, sobald
Sie sich entschieden haben.

"""
    quoted = """Susanne Averbeck <s.averbeck@kabelmail.example> schrieb am 04.05.2026 um 19:03:
> Guten Tag, ich bin 50 und überlege, eine Pflegezusatzversicherung
> abzuschließen. Ab wann zahlen Sie und gibt es Gesundheitsfragen?
> Mit freundlichen Grüßen, S. Averbeck"""
    return M(E("kay"), "Susanne Averbeck <s.averbeck@kabelmail.example>",
             "AW: Anfrage Pflegezusatzversicherung", D("2026-05-05 10:17"),
             body + SIG["kay"] + "\n\n" + FOOT_KRANKEN + "\n\n" + quoted,
             hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "Sicherungsbestätigung für die finanzierende Bank: Darlehensnehmer, Objektanschrift, Wohngebäudevertrag und Versicherungssumme")
def m_sicherungsschein():
    body = """Sehr geehrte Damen und Herren,

zum Darlehen Nr. 7714-0982-55 Ihrer Kunden Herrn Timo und Frau Aleksandra
Hüwe bestätigen wir Ihnen:

Für das Objekt Hollandweg 3, 48997 Osterbrock (Einfamilienhaus, Baujahr
2026, Erstbezug), besteht bei uns seit dem 01.10.2026 eine
Wohngebäudeversicherung unter der Nummer WG-6011839 zum gleitenden
Neuwert (Versicherungssumme Wert 1914: 31.400 Mark) gegen Feuer,
Leitungswasser, Sturm/Hagel und Elementarschäden.

Der Sicherungsschein zu Ihren Gunsten ist ausgestellt und geht Ihnen mit
gleicher Post im Original zu. Wir werden Sie benachrichtigen, falls der
Beitrag nicht gezahlt wird oder der Vertrag gekündigt wird.

Mit freundlichen Grüßen
i. A.
"""
    return M(E("thi"), "Baufinanzierung Volksbank Ellerbrück <baufi@vb-ellerbrueck.example>",
             "Sicherungsbestätigung Darlehen 7714-0982-55 (Hüwe)",
             D("2026-10-02 09:18"), body + SIG["thi"] + "\n\n" + FOOT_ALLG,
             hdr=[XM_SYS])


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "IT ticket to Lisbon support with a pasted claim record: named member, lung cancer C34.1, chemotherapy invoices")
def m_ticket_claim_record():
    body = """Hi Tomás,

ticket SD-26-11842. The claim below has been stuck in status "waiting for
pre-authorisation" for 9 days although the pre-auth was approved on
2 October. Because of that, the hospital's invoices aren't released for
payment and the hospital is now threatening to bill the member directly.

Copied from the KALIX screen:

  Member:        Karsten Vogelsang, INT-48810-3 (Singapore)
  Claim:         CL-26-077120
  Diagnosis:     C34.1 malignant neoplasm, upper lobe, bronchus or lung
  Pre-auth:      PA-26-05011, approved 02/10/2026, cycles 1-6 chemotherapy
                 (carboplatin/pemetrexed), Mount Elizabeth Hospital
  Invoices:      cycle 1 SGD 14,220; cycle 2 SGD 13,980
  Status:        PENDING_PREAUTH (should be APPROVED)

I tried re-linking the pre-auth, but get "record locked by batch job". Can
you have a look today? If you need to test, please use another record, not
this one.

"""
    return M(E("ose"), E("fer"), "SD-26-11842 claim stuck in PENDING_PREAUTH",
             D("2026-10-11 09:55"), body + SIG["ose"], hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "insurer-to-broker",
      "portal registration mail with a one-time password for a new user of a broker firm; no customer or contract data")
def m_otp_broker():
    body = """Dear Mr Fenwick,

your firm administrator at Northgate Insurance Brokers Ltd has created a
user account for you in the Halmstein broker portal.

  User name:            g.fenwick@northgate
  One-time password:    Tq7#vL2m-Kx9
  Valid until:          23 October 2026, 18:00 CEST

Please log in at https://maklerportal.halmstein.example within this
period. You will be asked to choose a new password and a security question,
and to set up the authenticator app.

If you did not expect this e-mail, please contact our broker support at
+49 5299 4471-520.

This is an automatically generated message. Please do not reply.

"""
    return M("Halmstein Maklerportal <no-reply-maklerportal@halmstein.example>",
             "George Fenwick <george.fenwick@northgate-brokers.example>",
             "Your access to the Halmstein broker portal", D("2026-10-21 18:00"),
             body + FOOT_EN, cte="quoted-printable",
             hdr=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Halmstein Portal Notification Service")])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Kfz-Beitragsrechnung mit Typklassenänderung: Name, Vertragsnummer, Kennzeichen, neuer Beitrag eines Kunden")
def m_typklasse():
    body = """Sehr geehrter Herr Bredenbals,

zum 01.01.2027 ändern sich für Ihren Opel Astra (WTP-RB 1960) die
Typklassen nach der jährlichen Statistik des Versicherungsverbands:

                      bisher    neu
  Haftpflicht           17       18
  Vollkasko             20       22
  Teilkasko             19       19

Ihr Beitrag für den Vertrag KF-3377015 (SF 14 Haftpflicht, SF 11
Vollkasko) steigt damit von 612,46 EUR auf 671,08 EUR jährlich. Die
Rechnung erhalten Sie wie gewohnt Anfang Dezember.

Weil sich der Beitrag aufgrund der Typklassen erhöht, haben Sie ein
Sonderkündigungsrecht innerhalb eines Monats nach Zugang dieser Mitteilung.
Bevor Sie wechseln: Mit einer höheren Selbstbeteiligung in der Vollkasko
(1.000 statt 500 EUR) läge Ihr Beitrag bei 589,20 EUR. Rufen Sie mich gern
an, wenn Sie das umstellen möchten.

"""
    return M(E("thi"), "Reinhard Bredenbals <r.bredenbals@heimnetz.example>",
             "Ihr Kfz-Vertrag KF-3377015: neue Typklassen ab 2027",
             D("2026-10-14 07:30"), body + "Mit freundlichen Grüßen\n" + SIG["thi"] + "\n\n" + FOOT_ALLG,
             hdr=[XM_SYS])

# ===== 0076-0090 =====

@mail("CONFIDENTIAL", "de", "internal",
      "Urlaubsübergabe Rechtsschutz: offene Fälle mit Namen, Schadennummern, Mietstreit, Bußgeldverfahren, Abmahnung; keine Gesundheitsdaten")
def m_rs_urlaubsuebergabe():
    body = """Hi Torben,

ab Montag bin ich zwei Wochen weg, hier meine drei Baustellen, der Rest
läuft von allein:

1) RS-26-01450 Koopmann – Nebenkostenstreit mit Vermieter
   Deckungszusage ist raus (außergerichtlich). Anwältin Frau Lüke will
   jetzt Klage einreichen, Streitwert ca. 2.300 EUR. Bitte Deckung für
   1. Instanz prüfen, Erfolgsaussichten sehe ich eher ok.

2) RS-26-01611 Pohlkötter – Bußgeldbescheid, 38 km/h zu schnell
   außerorts, Fahrverbot 1 Monat droht. Er braucht den Führerschein
   beruflich. Deckung Verkehrs-RS steht, Anwalt hat Akteneinsicht.
   Da kommt bestimmt die Gutachterrechnung fürs Messverfahren, die ist
   gedeckt.

3) RS-26-01702 Schürmann – Abmahnung Arbeitgeber wegen angeblich
   mehrfach zu spät abgegebener Reisekostenabrechnungen. Hier ist noch
   unklar, ob ein Rechtsschutzfall
   vorliegt (Wartezeit bis 01.07. – Abmahnung kam am 03.07., passt also
   gerade so). Bitte Anwalt um Kopie der Abmahnung bitten.

Danke dir und bis in zwei Wochen!
Hanna

"""
    return M(E("lue"), "Torben Schlüter <torben.schlueter@halmstein.example>",
             "Übergabe Urlaub ab 20.07.", D("2026-07-17 15:58"),
             body + SIG["lue"], hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Mitarbeiterin schreibt Personal zur stufenweisen Wiedereingliederung nach Chemotherapie, mit ärztlichem Stufenplan")
def m_wiedereingliederung():
    body = """Liebe Frau Schwertfeger,

wie am Telefon angekündigt, hier die Eckdaten für meine Wiedereingliederung.
Mein Onkologe Dr. Tönnies hat den Plan gestern unterschrieben, das Original
bringe ich Ihnen am Montag vorbei. Die Krankenkasse hat schon zugestimmt.

  Woche 1–2 (ab 02.11.):  3 Stunden täglich, nur vormittags
  Woche 3–4:              4 Stunden täglich
  Woche 5–6:              6 Stunden täglich
  ab 14.12.:              wieder volle Stundenzahl (32 Std./Woche)

Die Chemo ist seit August abgeschlossen, die letzte Kontrolle war gut. Ich
bin allerdings noch schnell erschöpft und soll in den ersten Wochen keine
Telefonschichten machen, nur Sachbearbeitung. Außerdem habe ich noch alle
drei Wochen einen Termin zur Nachsorge, meist freitags.

Ich würde mich freuen, wenn das Team vorerst nur weiß, dass ich "nach
längerer Krankheit" zurückkomme. Mehr möchte ich selbst erzählen, wenn
ich so weit bin.

Viele Grüße
Anke Busemann

"""
    return M(E("bus"), E("swf"), "Wiedereingliederung ab 02.11.",
             D("2026-10-22 19:34"), body + SIG["bus"],
             hdr=[XM_OUTLOOK, ("Sensitivity", "Private")])


@mail("NORMAL", "de", "internal",
      "trap: neue Betriebsvereinbarung zum mobilen Arbeiten mit allgemeiner Regel zur Krankmeldung; keine Person")
def m_bv_mobiles_arbeiten():
    body = """Liebe Kolleginnen und Kollegen,

Vorstand und Betriebsrat haben die neue Betriebsvereinbarung "Mobiles
Arbeiten" unterschrieben. Sie gilt ab 01.09.2026 und löst die
Homeoffice-Regelung von 2021 ab. Die wichtigsten Punkte:

- Bis zu 60 % der monatlichen Arbeitszeit mobil, in Absprache im Team.
  Teamtage legt jedes Team selbst fest (mindestens ein Tag pro Woche).
- Mobiles Arbeiten im EU-Ausland bis zu 20 Tage im Jahr, vorher Antrag
  über das Personalportal (wegen Sozialversicherung und Datenschutz).
- Papierakten mit Kunden- oder Gesundheitsdaten dürfen weiterhin nicht mit
  nach Hause genommen werden. Ausdrucke zu Hause nur mit dem dienstlichen
  Drucker und nur mit Aktenvernichter.
- Arbeitsunfähigkeit: Auch wer mobil arbeitet, meldet sich bei Krankheit
  wie bisher bis 9:00 Uhr bei der Führungskraft ab. "Mit Erkältung trotzdem
  von zu Hause arbeiten" ist ausdrücklich nicht erwünscht.
- Pauschale für Ausstattung: einmalig 300 EUR, Monitor und Headset stellt
  die IT.

Den vollständigen Text findet ihr im Intranet unter Personal >
Betriebsvereinbarungen. Fragen gern an uns oder an den Betriebsrat.

"""
    return M(E("poh"), "Alle Beschäftigten <alle@halmstein.example>",
             "Neue BV Mobiles Arbeiten ab 1. September", D("2026-08-03 11:00"),
             body + SIG["poh"], cc=E("teb"), hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "cancellation of a named expat's motor policy on export of the car; no-claims certificate with claim history for the UK insurer")
def m_kfz_cancel_uk():
    body = """Dear Mr Ellison,

we have received your cancellation and the deregistration certificate for
your car. Your motor policy ends as follows:

  Policy:              KF-4133920
  Vehicle:             BMW 320d Touring, WTP-GE 501 (deregistered
                       11 September 2026 for export to the UK)
  End of cover:        11 September 2026
  Refund of premium:   EUR 187.34 for the unused period, paid to the
                       account you used for the direct debit

As requested, we've attached an English-language no-claims certificate to
our letter. It confirms 9 years of claim-free driving (German class SF 9)
and one at-fault claim in 2019 (parking damage, EUR 1,120). Most UK
insurers accept it, some ask for it to be sent directly by us - just let us
know where to.

We're sorry to see you go and wish you a good start in Bristol.

Kind regards
"""
    return M(E("thi"), "Graham Ellison <graham.ellison@fernpost.example>",
             "Cancellation of your motor policy KF-4133920", D("2026-09-15 10:24"),
             body + SIG["thi"] + "\n\n" + FOOT_EN, hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Krankentagegeld: Anforderung einer Folge-AU und Hinweis auf BU-Prüfung bei namentlich genanntem Versicherten mit Depression")
def m_kt_folge_au():
    body = """Sehr geehrter Herr Kuhlmann-Rieks,

Ihr Krankentagegeld zahlen wir weiterhin bis einschließlich 31.10.2026,
dem Ende der zuletzt eingereichten Arbeitsunfähigkeitsbescheinigung
(Diagnose F32.2, Dr. Rademacher).

Damit wir ohne Unterbrechung weiterzahlen können, brauchen wir:
- die Folgebescheinigung ab 01.11.2026, sobald Sie sie haben,
- den Entlassungsbericht der Tagesklinik Ellerbrück (wenn Sie die
  Schweigepflichtentbindung vom 12.08. nicht widerrufen haben, fordern wir
  ihn gern direkt an – kurze Nachricht genügt).

Bitte erschrecken Sie nicht: Sie sind jetzt seit über sechs Monaten
arbeitsunfähig. Nach den Tarifbedingungen prüfen wir in solchen Fällen, ob
inzwischen Berufsunfähigkeit vorliegt, weil dann die Zahlung des
Krankentagegelds enden würde. Das ist eine Routineprüfung. Unser
Reha-Management, Frau Dallmann, wird sich dazu in den nächsten Wochen
telefonisch bei Ihnen melden und auch über mögliche Unterstützung bei der
Rückkehr in den Beruf sprechen.

"""
    return M(E("ovb"), "Frank Kuhlmann-Rieks <f.kuhlmann-rieks@netzpost.example>",
             "Ihr Krankentagegeld – Unterlagen für November", D("2026-10-26 13:10"),
             body + "Mit freundlichen Grüßen\n\n" + SIG["ovb"] + "\n\n" + FOOT_KRANKEN,
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "insurer-to-applicant",
      "interview invitation to a job applicant (IT security analyst); no sensitive data")
def m_interview_invite():
    body = """Dear Ms Kowalczyk,

thank you for your application as IT Security Analyst (ref. ITS-2609). We
enjoyed reading it and would like to invite you to an interview.

  Date:    Thursday, 1 October 2026, 10:00-11:30 CEST
  Place:   Halmstein, Kanalstraße 40, Wiesentrup, building A, reception
  With:    Priya Raman (IT Security), Nils Gerdemann (IT Service),
           Lea Schwertfeger (HR)

The interview will be in English; a few minutes may be in German, just so
we get an idea - no pressure. We'll also ask you to talk us through how
you would handle a phishing incident (15 minutes, no slides needed).

If you travel by train, we reimburse second-class tickets. Please confirm
the date by replying to this mail, or suggest another one.

Looking forward to meeting you!

"""
    return M(E("ram"), "Agnieszka Kowalczyk <a.kowalczyk@mailhafen.example>",
             "Interview invitation - IT Security Analyst (ITS-2609)",
             D("2026-09-21 14:45"), body + SIG["ram"], cc=E("swf"),
             hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "E-Bike-Diebstahl in der Hausratversicherung: Kunde, Vertrags- und Schadennummer, Rahmennummer, Polizeiaktenzeichen; Kundenmail mit Tippfehlern zitiert")
def m_ebike():
    body = """Hallo Herr Stegemöller,

danke für die schnelle Meldung. Ihr E-Bike ist über Ihre Hausrat
(HR-2990184) mit dem Baustein Fahrrad-Plus bis 4.000 EUR versichert, auch
bei Diebstahl unterwegs zwischen 22 und 6 Uhr – das passt also.

Ich habe den Schaden unter SH-2026-011208 angelegt. Was ich noch brauche:
- die Kaufrechnung (Sie schreiben 3.499 EUR, Kauf 05/2024),
- das polizeiliche Aktenzeichen (Sie haben ja Anzeige erstattet),
- den Schlüssel vom Faltschloss, bzw. ein Foto von beiden Schlüsseln.

Die Rahmennummer WAH2207B41190 habe ich aus Ihrer Mail übernommen und
schon in die Fahndungsdatenbank eingetragen.

Freundliche Grüße
Ines Vosskötter
"""
    quoted = """Am 03.08.2026 um 07:12 schrieb Christian Stegemöller <c.stegemoeller@funkpost.example>:
> hallo, mein ebike ist gestern nacht am bahnhof geklaut worden, war mit
> faltschloss an dem fahradständer angeschlossen. Ist ein Kalkhof Endeavour
> in grau, Rahmennr WAH2207B41190. Polizei war da, aktenzeichen reiche ich
> nach. Versicherung ist die hausrat über sie, nummer hab ich grad nicht.
> gruß C. Stegemöller
>
> Von meinem iPhone gesendet"""
    return M(E("vos"), "Christian Stegemöller <c.stegemoeller@funkpost.example>",
             "AW: ebike geklaut", D("2026-08-03 09:26"),
             body + "\n" + FOOT_ALLG + "\n\n" + quoted, hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "request to a UK GP for the medical records of a named life-insurance applicant, with date of birth and NHS number, consent enclosed")
def m_uk_gp_records():
    body = """Dear Dr Marsh,

Re: Mr Oliver James Penrose, born 21/08/1984, NHS number 943 476 5919
    formerly of 12 Alma Road, Clifton, Bristol

Mr Penrose, your former patient, has applied to us for term life and
income protection cover. He moved to Germany in 2024. For our underwriting
we would be grateful for a GP report covering the period 2016-2024, in
particular:

  - the knee injury and arthroscopy mentioned on the application (2019)
  - any consultations for low mood, anxiety or stress, and any
    prescriptions for antidepressants
  - blood pressure readings and cholesterol results on file

His signed consent under the Access to Medical Reports Act 1988 is
enclosed with our postal letter; he has asked to see the report before it
is sent, so please allow him 21 days to do so. We will pay your standard
fee for an insurance report on receipt of your invoice.

Please send the report by post, or by secure e-mail to
risikopruefung-leben@halmstein.example quoting RP-26-14771.

Kind regards,

"""
    return M(E("ter"), "Clifton Road Surgery <reception@cliftonroad-surgery.example>",
             "Request for GP report - RP-26-14771", D("2026-06-18 11:02"),
             body + SIG["ter"] + "\n\n" + FOOT_EN, hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "internal",
      "Urlaubsplanung Team Kfz-Schaden (XLSX mit Namen und Urlaubswochen, ohne Gründe); keine sensiblen Daten")
def m_urlaubsplanung():
    wk = ["KW %d" % k for k in range(27, 36)]
    rows = [["Urlaubsplanung Sommer 2026 – Team Kfz-Schaden"], [],
            ["Name"] + wk,
            ["Brinkhege", "", "U", "U", "U", "", "", "", "", ""],
            ["Duppmeier", "", "", "", "", "", "U", "U", "", ""],
            ["Gausmann", "U", "U", "", "", "", "", "", "", "U"],
            ["Lakämper", "", "", "", "U", "U", "U", "", "", ""],
            ["Schnieders", "", "", "", "", "", "", "U", "U", "U"],
            ["Wulfekammer", "U", "", "", "", "", "", "", "U", ""],
            [], ["U = Urlaub, Mindestbesetzung 4 von 6"]]
    body = """Moin zusammen,

hier der aktuelle Stand der Urlaubsliste. In KW 33 und 34 sind wir nur zu
dritt, das geht so nicht durch. Könnt ihr zwei das bitte unter euch klären
(ihr wisst, wer gemeint ist)? Bis Freitag brauch ich eine Lösung, dann geht
die Liste an Personal.

Gruß Malte

"""
    return M(E("bri"), "Team Kfz-Schaden <team-kfz-schaden@halmstein.example>",
             "Urlaubsliste Sommer – KW 33/34 zu knapp", D("2026-04-22 16:47"),
             body + SIG["bri"],
             att=[A("Urlaub_Kfz_2026.xlsx", xlsx([("Sommer", rows)], author="Brinkhege, Malte"), XLSX_T)],
             hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "D&O renewal for a small company: named managing directors as insured persons, turnover, premium, contact person")
def m_dno_renewal():
    body = """Dear Ms Okonkwo,

thank you for completing the renewal questionnaire for Brightloom Analytics
GmbH. Based on your answers we can offer the following for 2027:

  Policy:            DO-300418, Directors' & Officers' liability
  Insured persons:   all managing directors and officers, currently
                     Ms Adaeze Okonkwo and Mr Felix Tuchscherer
  Limit:             EUR 2,000,000 per claim and year
  Retention:         none for the insured persons; EUR 10,000 for
                     company reimbursement
  Turnover 2025:     EUR 6.8m (as declared)
  Annual premium:    EUR 4,980.00 plus 19 % insurance tax

The increase compared to last year (EUR 4,350) reflects the higher turnover
and the new US subsidiary, which is now included at no extra charge up to
20 % of group turnover.

One more question from our underwriter: the questionnaire mentions an
ongoing dispute with a former employee. Could you tell us briefly what it is
about and whether any claim against the directors has been made?

"""
    return M(E("vri"), "Adaeze Okonkwo <a.okonkwo@brightloom.example>",
             "D&O renewal 2027 - Brightloom Analytics", D("2026-11-05 15:40"),
             body + "Kind regards,\n" + SIG["vri"] + "\n\n" + FOOT_EN,
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Antwort harmlos; nur die zitierte Kundenmail nennt Chemotherapie, Brustkrebs und die Erstattung einer Perücke")
def m_quote_chemo():
    body = """Sehr geehrte Frau Lammerding,

vielen Dank für Ihre Nachricht und die Unterlagen. Wir haben alles
erhalten und melden uns bis Ende nächster Woche mit einer Antwort.

"""
    quoted = """-----Ursprüngliche Nachricht-----
Von: Birgit Lammerding <birgit.lammerding@t-post.example>
Gesendet: Sonntag, 8. November 2026 20:41
An: Kundenservice Halmstein <kundenservice@halmstein.example>
Betreff: Erstattung Perücke und Fahrtkosten

Sehr geehrte Damen und Herren,

ich bekomme seit September eine Chemotherapie wegen Brustkrebs (Mamma-Ca
links) im Brustzentrum Wiesentrup, noch bis Januar alle drei Wochen. Durch
die Chemo sind mir die Haare ausgefallen. Die Ärztin hat mir eine Perücke
verordnet (Rechnung 640 EUR anbei) und ich habe Fahrtkosten für die Fahrten
ins Brustzentrum (bisher 6 Fahrten mit dem Taxi, Quittungen anbei).

Zahlt meine Versicherung das? Versicherungsnummer KV-190822-01.

Mit freundlichen Grüßen
Birgit Lammerding"""
    return M(E("kay"), "Birgit Lammerding <birgit.lammerding@t-post.example>",
             "AW: Erstattung Perücke und Fahrtkosten", D("2026-11-09 09:12"),
             body + SIG["kay"] + "\n\n" + FOOT_KRANKEN + "\n\n" + quoted,
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: Portal-Benachrichtigung über ein neues Dokument ohne jeden Inhalt, ohne Namen und ohne Sparte")
def m_portal_notification():
    body = """Guten Tag,

in Ihrem Halmstein-Kundenpostfach liegt ein neues Dokument für Sie bereit.

Sie können es hier abrufen: https://kundenportal.halmstein.example/postfach

Aus Sicherheitsgründen enthält diese Nachricht keine Inhalte. Bitte melden
Sie sich mit Ihren Zugangsdaten an. Wenn Sie Ihr Passwort vergessen haben,
nutzen Sie "Passwort vergessen" und beantworten Sie Ihre Sicherheitsfrage.

Diese E-Mail wurde automatisch erstellt. Antworten auf diese Adresse
werden nicht gelesen.

Ihre Halmstein Versicherungsgruppe
"""
    return M("Halmstein Kundenportal <benachrichtigung@halmstein.example>",
             "k.hollenhorst@mailbox-nord.example",
             "Neues Dokument in Ihrem Kundenpostfach", D("2026-06-12 05:31"),
             body, cte="quoted-printable",
             hdr=[("Auto-Submitted", "auto-generated"),
                  ("X-Mailer", "Halmstein Portal Notification Service")])


@mail("CONFIDENTIAL", "en", "internal",
      "IT ticket for a locked customer-portal account with the customer's name, policy number and date of birth pasted in")
def m_ticket_portal_locked():
    body = """Hi Tomás,

customer can't log in to the portal since yesterday, says "account locked"
even after password reset. We checked on our side, security question was
answered right. Can you unlock pls?

Customer: Heike Brüggenthies
Login: heike.brueggenthies@kabelmail.example
Policy no: HR-3105527 (household) and PH-1177408 (liability)
date of birth for verification: 19.09.1977

She is waiting for her renewal documents in the mailbox, so it's a bit
urgent. Ticket is SD-26-12207.

Thanks!!

"""
    return M(E("boe"), E("fer"), "portal account locked - SD-26-12207",
             D("2026-10-29 13:37"), body + SIG["boe"], cte="8bit",
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Pflege: Übergabe an die Pflegeberatung zu namentlich genanntem Versicherten mit Demenz, Pflegegrad 3 und überforderter Ehefrau")
def m_pflegeberatung():
    body = """Hallo Ute,

bitte einmal Pflegeberatung für:

Herr Wilhelm Rehkämper, 81, PPV + Pflegetagegeld, Vers.-Nr. PV-088127-01
Auf der Heide 4, 48997 Osterbrock, Tel. 05298 3 41 77 (Ehefrau Gertrud)

Seit Juli Pflegegrad 3 (Alzheimer-Demenz, mittelgradig, dazu
Gangunsicherheit nach zwei Stürzen). Versorgung bisher nur durch die
Ehefrau, selbst 79 und wohl am Ende ihrer Kräfte – sie hat heute bei mir
geweint am Telefon. Tochter wohnt in München.

Sie wusste nicht, dass es Verhinderungspflege und Tagespflege gibt. Kannst
du einen Hausbesuch machen und auch den Entlastungsbetrag und ein
Hausnotrufsystem ansprechen? Sie ist einverstanden, dass du anrufst.

Danke dir
Martin

"""
    return M(E("hec"), "Ute Pöttker <ute.poettker@halmstein.example>",
             "Pflegeberatung Rehkämper bitte zeitnah", D("2026-09-08 16:20"),
             body + SIG["hec"], cte="8bit", hdr=[XM_TB])


@mail("NORMAL", "en", "internal",
      "trap: printer fault ticket; hospital invoices only mentioned as what was being printed for an audit, no person")
def m_printer():
    body = """Hi Nils,

the big printer on the 3rd floor (C 3.11, the Konica one) has been printing
grey stripes down the middle of every page since this morning. I was
printing hospital invoice samples for the internal audit and had to stop
after 40 pages because they're barely readable.

I've put a note on it. Could someone come by today? The audit folks want
the samples by tomorrow noon. The printer in C 2.04 works, so not urgent
urgent - but soon-ish.

Also, the shredder bin next to it is full again.

Thanks!
Daniel
"""
    return M(E("ose"), E("ger"), "Printer C 3.11 printing stripes", D("2026-02-05 09:38"),
             body, cte="7bit", hdr=[XM_OUTLOOK])

# ===== 0091-0105 =====

@mail("CONFIDENTIAL", "de", "internal",
      "Beitragsinkasso an Kundenservice: CSV (windows-1252) mit Rücklastschriften, Namen, Vertragsnummern Kfz/Sach und IBANs")
def m_ruecklastschriften():
    data = csv_bytes([
        ["Datum", "Name", "Vertrag", "Sparte", "Betrag", "Rückgabegrund", "IBAN"],
        ["02.11.2026", "Thöne, Jürgen", "KF-3901177", "Kfz", "153,20", "AC04 Konto erloschen", "DE52 4662 8502 9406 3462 67"],
        ["02.11.2026", "Kaymaz, Gülsen", "HR-2871045", "Hausrat", "14,85", "AM04 Deckung unzureichend", "DE20 9352 2124 6963 5707 49"],
        ["02.11.2026", "Große-Wöstmann, Ansgar", "PH-1302296", "Privathaftpflicht", "71,40", "MD06 Rückgabe auf Verlangen", "DE40 3706 5534 8460 5191 40"],
        ["03.11.2026", "Pröbsting, Heike", "WG-4120388", "Wohngebäude", "486,10", "AM04 Deckung unzureichend", "DE71 3320 3258 5133 3166 97"],
        ["03.11.2026", "Ünal, Mert", "KF-4650213", "Kfz", "97,66", "AC01 IBAN fehlerhaft", "DE89 0986 8347 1870 7330 66"],
    ], enc="cp1252")
    body = """Hallo ihr Lieben im Kundenservice,

anbei die Rücklastschriften aus dem Lauf vom 01.11. (nur Kfz und Sach,
Kranken/Leben hat Jutta separat). Die Kunden bekommen morgen die erste
Zahlungserinnerung. Erfahrungsgemäß rufen dann einige an – bitte nicht
einfach neu einziehen, sondern neue Bankverbindung bzw. Überweisung
aufnehmen und mir kurz Bescheid geben.

Bei Herrn Ünal ist die IBAN laut Bank fehlerhaft; der hat sich wohl beim
Online-Abschluss vertippt.

Danke!
Jens

"""
    return M(E("wie"), "Kundenservice <kundenservice-team@halmstein.example>",
             "Rücklastschriften 01.11. (Kfz/Sach)", D("2026-11-03 14:05"),
             body + SIG["wie"], charset="windows-1252", cte="quoted-printable",
             att=[A("Ruecklastschriften_2026-11-01.csv", data, "application/vnd.ms-excel")],
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Schwerbehindertenvertretung an Personal: namentlich genannte Mitarbeiterin mit GdB 50, Zusatzurlaub und Arbeitsplatzanpassung (Body windows-1252)")
def m_gdb_zusatzurlaub():
    body = """Hallo Lea,

Frau Katja Niermann (Leistung Kranken ambulant, Pers.-Nr. 20733) hat mir
ihren Feststellungsbescheid vom 14.09.2026 vorgelegt: GdB 50, unbefristet,
Merkzeichen keine. Sie ist damit schwerbehindert. Sie ist einverstanden,
dass ich dich informiere, damit

1. der Zusatzurlaub von 5 Tagen ab 2026 (anteilig ab September, also
   2 Tage) in der Zeitwirtschaft eingetragen wird,
2. die Schwerbehinderung für die Ausgleichsabgabe gemeldet werden kann.

Außerdem möchte sie einen Antrag auf Arbeitsplatzanpassung stellen
(Bildschirmlupe und größerer Monitor, sie sieht auf dem rechten Auge nur
noch eingeschränkt). Das Integrationsamt übernimmt das in der Regel; ich
helfe ihr beim Antrag.

Die Kopie des Bescheids gebe ich dir persönlich, nicht per Hauspost.

Viele Grüße
Petra

"""
    return M(E("kuh"), E("swf"), "Zusatzurlaub / Meldung Frau Niermann",
             D("2026-09-24 10:48"), body + SIG["kuh"], charset="windows-1252",
             cte="8bit", hdr=[XM_OUTLOOK, ("Sensitivity", "Private")])


@mail("NORMAL", "de", "internal",
      "Einladung des Betriebsrats zur Betriebsversammlung mit Kalenderdatei; Tagesordnung ohne Personenbezug")
def m_betriebsversammlung():
    cal = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Halmstein Betriebsrat//DE",
        "METHOD:PUBLISH", "BEGIN:VEVENT",
        "UID:bv-2026-12@betriebsrat.halmstein.example",
        "DTSTAMP:20261116T090000Z",
        "DTSTART;TZID=Europe/Berlin:20261203T090000",
        "DTEND;TZID=Europe/Berlin:20261203T120000",
        "SUMMARY:Betriebsversammlung 4. Quartal",
        "LOCATION:Kantine Haus C",
        "DESCRIPTION:Tagesordnung siehe Mail des Betriebsrats vom 16.11.2026. Teilnahme ist Arbeitszeit.",
        "END:VEVENT", "END:VCALENDAR"])
    body = """Liebe Kolleginnen und Kollegen,

hiermit laden wir euch zur Betriebsversammlung ein:

  Donnerstag, 3. Dezember 2026, 9:00 bis ca. 12:00 Uhr
  Kantine Haus C (Lisboa und Homeoffice per Teams-Stream)

Tagesordnung
1. Tätigkeitsbericht des Betriebsrats
2. Bericht des Vorstands zur wirtschaftlichen Lage (Ulrike Sasse)
3. Ein Jahr neue Aufgabenteilung mit Lissabon – Erfahrungen und Ausblick
4. BV Mobiles Arbeiten: erste Erfahrungen
5. Stand der Tarifverhandlungen
6. Verschiedenes

Die Teilnahme ist Arbeitszeit. Der Kundenservice stimmt die Besetzung der
Hotline bitte mit Dirk ab. Fragen für TOP 6 könnt ihr vorab anonym in den
Briefkasten vor dem BR-Büro werfen.

Euer Betriebsrat

"""
    return M(E("teb"), "Alle Beschäftigten <alle@halmstein.example>",
             "Einladung Betriebsversammlung 3.12.", D("2026-11-16 10:00"),
             body + SIG["teb"],
             att=[A("Betriebsversammlung.ics", cal, "text/calendar", charset="utf-8")],
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: Catering-Bestellung mit aggregierten Angaben zu glutenfreien und laktosefreien Portionen, keine Namen")
def m_catering():
    body = """Hallo Herr Bußmeyer,

für die Betriebsversammlung am 3. Dezember bestätige ich wie besprochen:

  Frühstücksbuffet ab 8:30 Uhr in der Kantine Haus C
  für 420 Personen, davon
    35 x vegetarisch
    12 x vegan
     8 x glutenfrei (bitte separat und gekennzeichnet)
     5 x laktosefrei
  Kaffee, Tee, Wasser, Saft bis 12:00 Uhr, Obstkorb

Bitte an die Allergenkennzeichnung auf allen Schildern denken – das hatte
beim Sommerfest leider gefehlt.

Anlieferung über die Rampe Haus C ab 7:30 Uhr, Herr Strotmann ist vor Ort.
Rechnung bitte mit Kostenstelle 9100 und Bestellnummer BE-26-1184.

Danke und viele Grüße
"""
    return M(E("lam"), "Hof-Catering Bußmeyer <info@bussmeyer-catering.example>",
             "Bestätigung Frühstück 3.12. / BE-26-1184", D("2026-11-19 11:22"),
             body + SIG["lam"], hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Rechtsschutz Arbeitsrecht: Deckungszusage nach Kündigung mit Bruttomonatsgehalt (Einkommen) und Vertragsnummer")
def m_rs_kuendigung():
    body = """Sehr geehrte Frau Dzemaili,

zu Ihrer Anfrage wegen der Kündigung durch Ihren Arbeitgeber, die
Bäckerei Ostermann GmbH, vom 28.09.2026 erteilen wir Ihnen
Kostenschutz für die Kündigungsschutzklage.

  Rechtsschutzvertrag:   RS-5530117 (Privat-, Berufs- und Verkehrs-RS)
  Schaden-Nr.:           RS-26-02084
  Umfang:                außergerichtliche Tätigkeit und 1. Instanz vor dem
                         Arbeitsgericht Wiesentrup
  Gegenstandswert:       11.550 EUR (3 Bruttomonatsgehälter à 3.850 EUR)
  Selbstbeteiligung:     150 EUR

Bitte beachten Sie, dass die Klage innerhalb von drei Wochen nach Zugang der
Kündigung beim Arbeitsgericht eingehen muss – also bis spätestens
19.10.2026. Ihre Anwältin, Frau Bentrup, hat die Zusage in Kopie erhalten.

In der 1. Instanz vor dem Arbeitsgericht trägt jede Seite ihre Anwaltskosten
selbst – diese übernehmen wir für Sie.

"""
    return M(E("lue"), "Arta Dzemaili <arta.dzemaili@netzpost.example>",
             "Ihre Rechtsschutzanfrage RS-26-02084 – Deckungszusage",
             D("2026-10-06 11:14"), body + SIG["lue"] + "\n\n" + FOOT_ALLG,
             cc="Kanzlei Bentrup & Greve <kanzlei@bentrup-greve.example>",
             hdr=[XM_SYS])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "Haftpflicht-Personenschaden: Schmerzensgeldangebot an die Anwältin einer verletzten Fußgängerin mit Schlüsselbeinbruch, OP und AU-Dauer")
def m_schmerzensgeld():
    body = """Sehr geehrte Frau Rechtsanwältin Lüke,

in der Sache Ihrer Mandantin Frau Erna Böckenholt ./. unseren
Versicherungsnehmer Herrn Paul Strathaus (Privathaftpflicht PH-2019922,
Schaden HS-26-005517) danken wir für die Übersendung der ärztlichen
Unterlagen.

Danach hat Ihre Mandantin bei dem Zusammenstoß mit dem Fahrrad unseres
Versicherungsnehmers am 11.07.2026 auf dem Gehweg an der Kanalpromenade
eine Claviculafraktur links (S42.0) und Prellungen an Hüfte und
Ellenbogen erlitten. Die Fraktur wurde am 13.07. im Klinikum Wiesentrup
mit einer Platte versorgt; stationärer Aufenthalt vier Tage, danach
Physiotherapie. Als Rentnerin war sie nicht erwerbstätig, konnte aber
nach eigenen Angaben rund acht Wochen ihren Haushalt nicht führen.

Die Haftung unseres Versicherungsnehmers dem Grunde nach ist unstreitig.
Zur Abgeltung aller bisherigen Ansprüche bieten wir an:

  Schmerzensgeld                         4.500,00 EUR
  Haushaltsführungsschaden (8 Wochen)    1.680,00 EUR
  Zuzahlungen, Fahrtkosten, Brille         412,30 EUR
  Summe                                  6.592,30 EUR

Mögliche Folgeschäden (Metallentfernung) bleiben vorbehalten. Bitte teilen
Sie uns mit, ob Ihre Mandantin mit dieser Regelung einverstanden ist.

"""
    return M(E("kle"), "Kanzlei Lüke <sekretariat@kanzlei-lueke.example>",
             "Böckenholt ./. Strathaus – HS-26-005517 – Regulierungsangebot",
             D("2026-10-20 15:49"), body + SIG["kle"] + "\n\n" + FOOT_ALLG,
             hdr=[XM_SYS])


@mail("NORMAL", "en", "insurer-to-company",
      "trap: generic company health insurance (bKV) offer as PDF: budget tariffs, dental, check-ups; no employee data")
def m_bkv_offer():
    doc = pdf([
        ("h", "Company health benefits (bKV) - offer for Polaris Robotics GmbH"),
        "Halmstein Krankenversicherung a.G. · offer no. BKV-A-26-0219 · valid until 31 January 2027",
        "",
        ("b", "Basis for this offer"),
        "Approx. 85 employees in Germany, all employees insured without health questions,",
        "no waiting periods, no age-based premiums. Family members can join at individual rates.",
        "",
        ("b", "Option 1: Health budget 600"),
        "EUR 600 per employee and year for: glasses and contact lenses, naturopathy,",
        "professional dental cleaning, check-ups, vaccinations for travel, osteopathy.",
        "Monthly premium per employee: EUR 24.90",
        "",
        ("b", "Option 2: Health budget 1,000 + dental"),
        "As option 1 with EUR 1,000, plus 90 % for dentures and inlays (after statutory share).",
        "Monthly premium per employee: EUR 41.60",
        "",
        ("b", "Tax treatment"),
        "Premiums paid by the employer count as a benefit in kind and remain tax-free within",
        "the monthly EUR 50 allowance, if no other benefits in kind use that allowance.",
        "",
        "Contact: Katrin Vehring, Corporate Health Benefits, +49 5299 4471-540",
    ], title="bKV offer Polaris Robotics")
    body = """Dear Mr Lindström,

thank you for the good conversation last Tuesday. As promised, attached is
our offer for company health benefits for your team in Germany - two
budget options, as you asked.

Since all employees are insured without health questions, we don't need
any information about individual employees at this stage - only the
headcount at the start date. If you decide to go ahead, your HR team would
upload the list of names in our employer portal; nothing needs to go by
mail.

Happy to present the options to your works council or staff meeting.

Kind regards
"""
    return M(E("veh"), "Erik Lindström <erik.lindstrom@polaris-robotics.example>",
             "Offer: company health benefits for Polaris Robotics",
             D("2026-11-12 16:25"), body + SIG["veh"] + "\n\n" + FOOT_EN,
             att=[A("Offer_bKV_Polaris_Robotics.pdf", doc, "application/pdf")],
             hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rent deposit guarantee issued for a named tenant: landlord, flat address, deposit amount, annual fee")
def m_rent_deposit():
    body = """Dear Ms Castellanos,

good news - your rent deposit guarantee has been issued.

  Guarantee no.:   MK-60127
  Tenant:          Lucía Castellanos
  Landlord:        Hausverwaltung Weßling KG, Wiesentrup
  Rented flat:     Kanalpromenade 52, 3rd floor left, 48999 Wiesentrup
  Amount:          EUR 2,640.00 (three months' basic rent)
  Annual fee:      EUR 118.80 (4.5 %), due on 1 December each year

We've sent the original guarantee certificate directly to the landlord, as
they requested. You'll receive a copy by post. The guarantee replaces the
cash deposit: you don't have to pay anything to the landlord.

When you move out, the landlord returns the certificate to us; if they
make a claim against it, we'll contact you before paying anything.

Kind regards
"""
    return M(E("thi"), "Lucía Castellanos <lucia.castellanos@quickpost.example>",
             "Your rent deposit guarantee MK-60127", D("2026-11-24 09:08"),
             body + SIG["thi"] + "\n\n" + FOOT_EN, hdr=[XM_SYS])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "premium arrears in a named expat's international health insurance with suspension warning (health line, no medical word)")
def m_arrears_health():
    body = """Dear Mr Adeyemi,

we haven't yet received the premiums for your international health plan:

  Member no.:      INT-52277-1 (Halmstein Global Care "Standard")
  Outstanding:     September - November 2026, 3 x EUR 412.50
  Total due:       EUR 1,237.50 plus EUR 5.00 reminder fee

Please transfer the amount within two weeks to

  Halmstein Krankenversicherung a.G.
  IBAN DE13 2456 4270 1193 7773 82
  Reference: INT-52277-1

If payment is not received, we will have to suspend your cover from
15 December. During a suspension, medical treatment is only covered in
emergencies. Your plan itself will not be cancelled.

If you're having difficulties paying, please get in touch before the
deadline - we can arrange instalments or a switch to a lower plan.

Kind regards
"""
    return M(E("wie"), "Tunde Adeyemi <tunde.adeyemi@nordmail.example>",
             "Outstanding premiums - your health plan INT-52277-1",
             D("2026-11-30 08:45"), body + SIG["wie"] + "\n\n" + FOOT_EN,
             hdr=[XM_SYS])


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: Meldung an den Regionalverband mit aggregierter Pflegestatistik nach Pflegegraden und Altersgruppen (ODS), keine Einzelpersonen")
def m_verband_pflegestatistik():
    sheet = [
        ["Pflegestatistik 2025 – Halmstein Krankenversicherung a.G. (PPV + Pflegezusatz)"],
        ["Leistungsempfänger am 31.12.2025 nach Pflegegrad und Altersgruppe"],
        [],
        ["Altersgruppe", "PG 1", "PG 2", "PG 3", "PG 4", "PG 5", "Summe"],
        ["unter 60", 41, 96, 58, 27, 14, 236],
        ["60 bis 69", 88, 174, 102, 41, 19, 424],
        ["70 bis 79", 203, 418, 276, 119, 48, 1064],
        ["80 bis 89", 312, 701, 588, 301, 126, 2028],
        ["90 und älter", 97, 246, 302, 214, 117, 976],
        ["Summe", 741, 1635, 1326, 702, 324, 4728],
        [],
        ["Leistungsausgaben 2025 in TEUR", None, None, None, None, None, 38412],
    ]
    body = """Sehr geehrte Frau Dr. Wittkamp,

anbei wie erbeten unsere Zahlen für die Pflegestatistik 2025 des
Regionalverbands. Die Datei enthält nur Fallzahlen nach Pflegegrad und
Altersgruppe sowie die Leistungsausgaben gesamt; Zellen sind alle größer
als 10, so dass keine Einzelfälle erkennbar sind.

Auffällig ist bei uns der starke Anstieg bei Pflegegrad 2 in der Gruppe
80 bis 89 (+14 % zum Vorjahr). Wenn Sie im Arbeitskreis darüber sprechen,
bin ich gern dabei.

"""
    return M(E("hec"), "Dr. Anne Wittkamp <statistik@vpv-nordwest.example>",
             "Pflegestatistik 2025 – Zulieferung Halmstein", D("2026-03-31 14:40"),
             body + "Mit freundlichen Grüßen\n" + SIG["hec"] + "\n\n" + FOOT_KRANKEN,
             att=[A("Pflegestatistik_2025_Halmstein.ods", ods([("PPV 2025", sheet)], author="Heckmann, Martin"), ODS_T)],
             hdr=[XM_TB])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Begrüßungsmail nur als HTML mit Tabelle: Kundin, Anschrift, Hausrat-Vertragsnummer, Versicherungssumme, Beitrag")
def m_welcome_html():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Willkommen bei Halmstein</title></head>
<body style="font-family:Verdana,sans-serif;font-size:14px;color:#1e2a2a">
<p>Hallo Frau Brockschmidt,</p>
<p>herzlich willkommen bei Halmstein! Schön, dass Sie sich für unsere Hausratversicherung
entschieden haben. Hier die wichtigsten Daten Ihres neuen Vertrags auf einen Blick:</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr><td style="border-bottom:1px solid #ccc"><b>Versicherungsnummer</b></td><td style="border-bottom:1px solid #ccc">HR-8014462</td></tr>
<tr><td style="border-bottom:1px solid #ccc"><b>Versicherungsnehmerin</b></td><td style="border-bottom:1px solid #ccc">Marlene Brockschmidt</td></tr>
<tr><td style="border-bottom:1px solid #ccc"><b>Versicherungsort</b></td><td style="border-bottom:1px solid #ccc">Ulmenweg 7, 48997 Osterbrock</td></tr>
<tr><td style="border-bottom:1px solid #ccc"><b>Tarif</b></td><td style="border-bottom:1px solid #ccc">Hausrat Komfort inkl. Fahrrad-Plus</td></tr>
<tr><td style="border-bottom:1px solid #ccc"><b>Versicherungssumme</b></td><td style="border-bottom:1px solid #ccc">52.000 EUR (65 m² × 800 EUR)</td></tr>
<tr><td style="border-bottom:1px solid #ccc"><b>Beginn</b></td><td style="border-bottom:1px solid #ccc">01.12.2026</td></tr>
<tr><td><b>Beitrag</b></td><td>11,40 EUR monatlich per Lastschrift</td></tr>
</table>
<p>Den Versicherungsschein finden Sie ab sofort in Ihrem Kundenpostfach unter
<a href="https://kundenportal.halmstein.example">kundenportal.halmstein.example</a>.</p>
<p>Tipp: Mit der Halmstein-App melden Sie einen Schaden in zwei Minuten – mit Fotos.</p>
<p>Viele Grüße<br>Ihr Halmstein-Kundenservice</p>
<p style="font-size:11px;color:#777">Halmstein Allgemeine Versicherung AG · Kanalstraße 40 · 48999 Wiesentrup ·
Amtsgericht Wiesentrup HRB 4417</p>
</body></html>
"""
    return M("Halmstein Kundenservice <kundenservice@halmstein.example>",
             "Marlene Brockschmidt <marlene.brockschmidt@webpost.example>",
             "Willkommen bei Halmstein – Ihr Hausratvertrag HR-8014462",
             D("2026-11-27 07:15"), html=html, html_only=True, hdr=[XM_SYS])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "HTML-only claim statement for a named expat member with pharmacy items: insulin, glucose test strips, diabetes consultation")
def m_statement_html():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">
<p>Dear Mr Rahman,</p>
<p>please find below the statement for the claims you submitted on 2 November.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#999">
<tr style="background:#e8eef3"><th>Date</th><th>Provider</th><th>Item</th><th>Charged</th><th>Paid</th></tr>
<tr><td>06/10/2026</td><td>Farmacia Central, Lisbon</td><td>Insulin glargine 100 U/ml, 5 pens</td><td>EUR 68.40</td><td>EUR 68.40</td></tr>
<tr><td>06/10/2026</td><td>Farmacia Central, Lisbon</td><td>Blood glucose test strips, 100</td><td>EUR 39.90</td><td>EUR 39.90</td></tr>
<tr><td>14/10/2026</td><td>Dr. Ana Ribeiro, endocrinology</td><td>Follow-up consultation, HbA1c</td><td>EUR 95.00</td><td>EUR 95.00</td></tr>
<tr><td>28/10/2026</td><td>Clínica Oftalmológica Alfama</td><td>Diabetic eye screening</td><td>EUR 120.00</td><td>EUR 120.00</td></tr>
<tr style="font-weight:bold"><td colspan="3">Total</td><td>EUR 323.30</td><td>EUR 323.30</td></tr>
</table>
<p>Member no. INT-63390-1 · Claim ref. CL-26-081344<br>
The amount has been transferred to your account ending in 5120.</p>
<p>Best regards<br>Daniel Osei<br>International Health Claims<br>Halmstein Krankenversicherung a.G.<br>
T +49 5299 4471-345 | intl-health@halmstein.example</p>
</body></html>
"""
    return M(E("ose"), "Imran Rahman <imran.rahman@lionmail.example>",
             "Claim statement CL-26-081344", D("2026-11-06 12:18"),
             html=html, html_only=True, hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "internal",
      "trap: desk move of the international health team; sealed transport of cabinets with medical files mentioned, no person or case")
def m_desk_move():
    body = """Hi all,

reminder: International Health moves from C 3 to B 2 this Thursday.

- Pack your desk by Wednesday 4 pm. Crates and labels are at the end of
  the corridor; write your new desk number (B 2.xx) on every crate.
- The two locked cabinets with the paper medical files (pre-2022 claims)
  will be sealed by Birgit and moved by the removal company separately.
  Please don't put anything else in them.
- Monitors and docking stations stay where they are - B 2 is fully
  equipped already. Just take your laptop and headset home on Wednesday.
- Thursday is a home-office day for the whole team. Phones are rerouted.

Seating plan is in the Teams channel. Window seats went to whoever
answered Birgit's survey first, sorry!

Daniel
"""
    return M(E("ose"), "International Health <intl-health-team@halmstein.example>",
             "Move to B 2 on Thursday - what to do", D("2026-05-11 15:12"),
             body, cte="7bit", cc=E("lam"), hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Antwort harmlos; die zitierte Kundenmail enthält neue IBAN, Geburtsdatum und Kfz-Vertragsnummer")
def m_quote_iban():
    body = """Hallo Herr Wiggenhorn,

vielen Dank, wir haben die Änderung vorgenommen. Sie müssen nichts
weiter tun.

"""
    quoted = """Am 09.12.2026 um 22:17 schrieb Sven Wiggenhorn <sven.wiggenhorn@heimnetz.example>:
> Hallo,
>
> bitte ab Januar die Beiträge für mein Auto (Vertrag KF-4977102) von
> meinem neuen Konto abbuchen:
> Sven Wiggenhorn, geb. 02.06.1990
> IBAN DE19 0865 9266 4162 7018 21
> Das alte Konto bei der Sparda wird aufgelöst. Mandat hab ich
> unterschrieben eingescannt, hängt an.
>
> Gruß S. Wiggenhorn"""
    return M(E("kay"), "Sven Wiggenhorn <sven.wiggenhorn@heimnetz.example>",
             "AW: neues Konto", D("2026-12-10 08:51"),
             body + SIG["kay"] + "\n\n" + quoted, hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Auskunft nach Art. 15 DSGVO: Text harmlos, ZIP enthält CSV der gespeicherten Daten mit Krankenversicherungsleistungen, Diagnosen und eine PDF-Übersicht")
def m_dsgvo_auskunft():
    csvdata = csv_bytes([
        ["Kategorie", "Datum", "Inhalt"],
        ["Stammdaten", "", "Jürgen Hessling, geb. 25.01.1958, Am Mühlenbach 12, 48999 Wiesentrup"],
        ["Vertrag", "01.01.2004", "KV-110245-01 Vollversicherung, Tarife AK 600, SK 1, ZT 80"],
        ["Vertrag", "01.04.2011", "PH-0882215 Privathaftpflicht"],
        ["Leistung", "14.02.2025", "Arztrechnung Dr. Feldhaus, I25.1 KHK, 212,34 EUR erstattet"],
        ["Leistung", "03.06.2025", "Krankenhaus St. Ansgar, Herzkatheter mit Stent, DRG F24B, 8.904,11 EUR"],
        ["Leistung", "20.06.2025", "Anschlussheilbehandlung Kardiologie, 21 Tage, 4.830,00 EUR"],
        ["Leistung", "laufend", "Apotheke: Clopidogrel 75 mg, Atorvastatin 40 mg, Bisoprolol 2,5 mg"],
        ["Korrespondenz", "11.08.2025", "Telefonnotiz: Rückfrage zur Reha-Rechnung"],
    ])
    doc = pdf([
        ("h", "Auskunft nach Art. 15 DSGVO"),
        "Betroffene Person: Jürgen Hessling, geb. 25.01.1958",
        "Verantwortliche: Halmstein Krankenversicherung a.G. und Halmstein Allgemeine Versicherung AG",
        "",
        ("b", "Zwecke der Verarbeitung"),
        "Vertragsdurchführung, Leistungsprüfung (einschließlich Gesundheitsdaten auf Grundlage Ihrer Einwilligung",
        "und § 213 VVG), Beitragseinzug, gesetzliche Aufbewahrung.",
        ("b", "Empfänger"),
        "Rückversicherer (nur bei Großschäden, pseudonymisiert), IT-Dienstleister im Auftrag,",
        "Halmstein Shared Services Lisboa (Belegerfassung).",
        ("b", "Speicherdauer"),
        "Leistungsdaten 10 Jahre nach Abschluss des Leistungsfalls, Vertragsdaten bis 10 Jahre nach Vertragsende.",
        "",
        "Die einzelnen gespeicherten Daten finden Sie in der Datei Daten_Hessling.csv.",
    ], title="Auskunft Art. 15 DSGVO Hessling")
    z = zipbytes([("Auskunft_Art15_Hessling.pdf", doc), ("Daten_Hessling.csv", csvdata)],
                 when=(2026, 12, 14, 10, 2, 0))
    body = """Sehr geehrter Herr Hessling,

wie am Telefon besprochen erhalten Sie anbei die Auskunft zu Ihrer Anfrage
vom 20.11.2026 als ZIP-Datei. Sie enthält ein Anschreiben (PDF) und eine
Liste (CSV), die Sie mit jedem Tabellenprogramm öffnen können.

Wenn Sie Fragen haben oder etwas berichtigen möchten, schreiben Sie mir
gern.

Mit freundlichen Grüßen

"""
    return M(E("wue"), "Jürgen Hessling <j.hessling@kabelmail.example>",
             "Ihre Anfrage vom 20.11.2026", D("2026-12-14 10:20"),
             body + SIG["wue"],
             att=[A("Auskunft_Hessling.zip", z, "application/zip")],
             hdr=[XM_OUTLOOK])

# ===== 0106-0120 =====

@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Kfz-Schaden leitet Kundenmail inline an Personenschaden weiter: Beifahrerin mit HWS-Distorsion, Krankenhaus, Physiotherapie")
def m_fwd_personenschaden():
    body = """Hi Marek,

der hier ist jetzt eher was für euch bzw. für die Personenschadenkollegen –
ich hab ihn noch im Kfz-Schaden, aber mit Verletzten will ich das nicht
allein machen. Kannst du das bitte an die richtige Stelle geben? Akte
KS-26-0112804.

Gruß Malte

---------- Weitergeleitete Nachricht ---------
Von: Sabrina Holtgreve <sabrina.holtgreve@mailbox-nord.example>
Datum: Mo., 9. Nov. 2026 um 18:22
Betreff: Unfall vom 06.11. – noch eine Info
An: Kfz-Schaden Halmstein <kfz-schaden@halmstein.example>

Hallo Herr Brinkhege,

ich muss noch etwas nachtragen. Meine Freundin Tanja Möllers, die bei
dem Unfall bei mir im Auto saß (Beifahrersitz), hatte am nächsten Tag
starke Nackenschmerzen und ist ins Krankenhaus gefahren. Dort wurde ein
Schleudertrauma festgestellt (HWS-Distorsion, Grad II haben sie gesagt).
Sie muss jetzt eine Halskrause tragen, ist zwei Wochen krankgeschrieben
und soll danach zur Physiotherapie. Ihre Adresse: Buchenstraße 3, 48999
Wiesentrup.

Sie will wissen, an wen sie sich wegen der Kosten wenden soll, weil der
Unfall ja meine Schuld war (ich bin auf den Vordermann aufgefahren).

Viele Grüße
Sabrina Holtgreve
"""
    return M(E("bri"), E("now"), "WG: Unfall vom 06.11. – noch eine Info",
             D("2026-11-10 08:33"), body + "\n" + SIG["bri"], hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "internal",
      "welcome mail for a new colleague in the reinsurance team; personnel announcement only")
def m_welcome_visser():
    body = """Hi everyone,

please join me in welcoming Sanne Visser, who starts today in Reinsurance
& International as Jonathan's successor.

Sanne joins us from a broker in Rotterdam, where she placed property cat
and motor programmes for mid-sized insurers for six years. She'll take
over the P&C treaties and the international broker desk, so some of you
in claims will hear from her soon.

She sits at C 4.06 (Jonathan's old desk, now with a plant). Her extension
is -172. She speaks Dutch, English and very decent German - feel free to
try all three.

Welcome, Sanne!

"""
    return M(E("cla"), "Reinsurance & International <re-intl@halmstein.example>",
             "Welcome Sanne!", D("2026-06-01 09:05"), body + SIG["cla"],
             cc="Leitungskreis Schaden <leitung-schaden@halmstein.example>",
             hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "Courtagenote (DOCX) für eine Einzelmaklerin: ihre IBAN und Steuernummer, Kundennamen mit Vertragsnummern in Sachsparten")
def m_courtage_deppe():
    doc = docx([
        ("h", "Courtagenote November 2026"),
        "Halmstein Allgemeine Versicherung AG · Provisionsabrechnung",
        "Vermittlerin: Andrea Deppe, Finanzkontor Deppe (Einzelunternehmen), Vermittlernr. 70-5108",
        "Steuernummer 331/5027/4418 · umsatzsteuerfrei nach § 4 Nr. 11 UStG",
        "Auszahlung auf IBAN DE54 2289 9619 1162 5533 31 (Kontoinhaberin Andrea Deppe)",
        ("table", [
            ["Vertrag", "Kunde", "Sparte", "Beitrag netto", "Satz", "Courtage"],
            ["WG-6055120", "Hollenberg, Ralf", "Wohngebäude", "704,20", "15 %", "105,63"],
            ["HR-8033912", "Terbrack, Nadine", "Hausrat", "132,60", "20 %", "26,52"],
            ["KF-4990173", "Pavlović, Zoran", "Kfz", "512,00", "6 %", "30,72"],
            ["PH-1420088", "Kleine-Bley, Anja", "Privathaftpflicht", "68,90", "20 %", "13,78"],
            ["RS-5601247", "Hollenberg, Ralf", "Rechtsschutz", "318,40", "15 %", "47,76"],
        ]),
        "Summe Courtage November 2026: 224,41 EUR",
        "Stornohaftung: keine Rückbelastungen im Abrechnungszeitraum.",
    ], author="Provisionsabrechnung")
    body = """Hallo Frau Deppe,

anbei Ihre Courtagenote für November. Die Auszahlung erfolgt am
05.12. auf das bekannte Konto.

Die Courtage für die Leben-Verträge kommt wie immer separat von der
Lebensversicherung.

"""
    return M(E("moe"), "Andrea Deppe <a.deppe@finanzkontor-deppe.example>",
             "Courtagenote 11/2026", D("2026-12-01 13:02"),
             body + SIG["moe"] + "\n\n" + FOOT_ALLG,
             att=[A("Courtagenote_2026-11_70-5108.docx", doc, DOCX_T)],
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "death claim notice to the reinsurer: named insured, cause of death (pancreatic cancer), early claim, non-disclosure investigation")
def m_death_claim_re():
    body = """Dear Oliver,

under our life quota share (treaty LQS-2019, 40 % ceded) we'd like to give
you early notice of the following claim:

  Insured:           Mr Matthias Rüschenbaum, born 1971
  Policy:            LV-2761009, term life, EUR 600,000, start 01/10/2025
  Date of death:     29 November 2026
  Cause of death:    metastatic pancreatic carcinoma (C25.0), diagnosed
                     in August 2026 according to the death certificate
  Your share:        EUR 240,000

As the death occurred 14 months after inception, we've started the
routine early-claim investigation. The application from September 2025
declared no health problems; we've asked the GP and the hospital for
records covering 2023-2026 to rule out any non-disclosure (weight loss
and abdominal complaints before inception would be the obvious question).
The widow has been informed that the investigation is routine.

We'll send the medical summary via the secure portal once we have it,
probably in January. No payment before then.

"""
    return M(E("cla"), "Oliver Brandon <oliver.brandon@northbridge-re.example>",
             "Early claim notice LV-2761009 (LQS-2019)", D("2026-12-07 14:22"),
             body + SIG["cla"] + "\n\n" + FOOT_EN,
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-customer",
      "automatische Abwesenheitsnotiz (deutsch/englisch) an eine externe Absenderin; kein Inhalt, keine Daten")
def m_ooo_extern():
    body = """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 04.01.2027
nicht im Haus. Ihre E-Mail wird nicht automatisch weitergeleitet.

In dringenden Rechtsschutzangelegenheiten erreichen Sie meine Kolleginnen
und Kollegen unter rechtsschutz@halmstein.example oder +49 5299 4471-250.

---

Thank you for your message. I'm out of the office until 4 January 2027.
For urgent legal expenses matters please contact
rechtsschutz@halmstein.example or +49 5299 4471-250.

"""
    return M(E("lue"), "claudia.wiesmann@mailhafen.example",
             "Abwesend: Rückfrage", D("2026-12-22 17:45"),
             body + SIG["lue"],
             hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Glasschaden Windschutzscheibe: Kundin, Kennzeichen, Vertrags- und Schadennummer, Werkstatttermin; kurze Antwort vom Mobiltelefon")
def m_glasschaden():
    body = """Hallo Frau Wältermann,

alles klar, Steinschlag in der Windschutzscheibe ist über Ihre Teilkasko
gedeckt (KF-3820177, WTP-KW 12), Schaden-Nr. KS-26-0120933.
Da der Riss schon 15 cm lang ist, muss die Scheibe getauscht werden.

Sie können direkt zum Scheibenprofi Wiesentrup (Industriestr. 8) fahren,
die rechnen mit uns ab. Sie zahlen nur die SB von 150 EUR. Termin am
besten telefonisch, 05299 60 44 71.

Gruß
Malte Brinkhege

Von meinem iPhone gesendet
"""
    return M(E("bri"), "Kerstin Wältermann <kerstin.waeltermann@t-post.example>",
             "Re: Steinschlag Windschutzscheibe", D("2026-02-20 18:12"),
             body, cte="8bit", hdr=[XM_IPHONE])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Kostenzusage für Hörgeräte beidseits bei namentlich genanntem Versicherten mit Hörverlust, Tonaudiogramm und HNO-Verordnung")
def m_hoergeraete():
    body = """Sehr geehrter Herr Bolsmann,

vielen Dank für die Verordnung von Dr. Heitkamp (HNO) und den
Kostenvoranschlag des Hörakustikers Klangwerk Wiesentrup.

Nach dem Tonaudiogramm vom 12.05.2026 liegt bei Ihnen eine
Innenohrschwerhörigkeit beidseits vor (Hörverlust rechts ca. 45 dB,
links ca. 50 dB im Hauptsprachbereich). Eine Versorgung mit zwei
Hörgeräten ist medizinisch notwendig.

Kostenvoranschlag: 2 x Hinter-dem-Ohr-Gerät mit Akku, inkl. Anpassung,
gesamt 4.980,00 EUR.

Ihr Tarif AK 600 erstattet Hörgeräte zu 100 % bis 1.500 EUR je Ohr
innerhalb von vier Jahren, also höchstens 3.000,00 EUR. Zusätzlich ist
Ihr Selbstbehalt für 2026 bereits ausgeschöpft. Wir sagen Ihnen daher
3.000,00 EUR zu; den Rest (1.980,00 EUR) müssten Sie selbst tragen, sofern
Sie sich nicht für ein günstigeres Modell entscheiden.

Der Akustiker hat uns gebeten, direkt mit ihm abrechnen zu dürfen. Wenn Sie
einverstanden sind, genügt eine kurze Antwort auf diese Mail.

"""
    return M(E("rec"), "Heinrich Bolsmann <h.bolsmann@kabelmail.example>",
             "Ihre Hörgeräteversorgung – Kostenzusage", D("2026-05-21 11:47"),
             body + SIG["rec"] + "\n\n" + FOOT_KRANKEN, hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "internal",
      "trap: a colleague's birthday cake; the day is implied by the send date, but no year and no birth date")
def m_cake():
    body = """Hi all,

there's cake in the 4th floor kitchen - it's my birthday and I tried my
mum's lemon drizzle recipe. It's not as good as hers but it's edible,
I promise. Help yourselves, there's also a box of (German) biscuits for
the non-cake people.

Emma
"""
    return M(E("cla"), "Haus C 4. OG <og4-haus-c@halmstein.example>",
             "Cake!", D("2026-08-19 10:02"), body, cte="7bit",
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-doctor",
      "trap: Rundschreiben an ein Ärztenetz zum neuen Upload-Portal für Arztrechnungen und Befundberichte; kein Patient genannt")
def m_aerztenetz_portal():
    body = """Sehr geehrte Damen und Herren,

ab 1. Juli 2026 können Praxen Rechnungen, Heil- und Kostenpläne und
angeforderte Befundberichte für Halmstein-Versicherte über unser neues
Praxisportal hochladen – schneller als per Post und sicherer als per Fax.

So funktioniert es:
1. Ihre Praxis registriert sich einmalig unter
   https://praxisportal.halmstein.example mit der BSNR.
2. Sie erhalten ein Einmal-Passwort per Post an die Praxisanschrift.
3. Dokumente können als PDF hochgeladen werden; der Patient bzw. die
   Patientin muss dafür in die Direktübermittlung eingewilligt haben
   (Formular im Portal).

Für angeforderte ärztliche Berichte vergüten wir wie bisher nach GOÄ;
Rechnungen aus dem Portal werden bevorzugt bearbeitet (Ziel: 5 Arbeitstage).

Bitte schicken Sie uns keine Befunde mehr per unverschlüsselter E-Mail.
Vielen Dank!

Für Rückfragen: praxisportal@halmstein.example

"""
    return M(E("ovb"), "Ärztenetz Wiesentrup Mitglieder <mitglieder@aerztenetz-wiesentrup.example>",
             "Neu ab 1. Juli: Praxisportal für Rechnungen und Berichte",
             D("2026-06-15 09:30"), body + "Mit freundlichen Grüßen\n\n" + SIG["ovb"] + "\n\n" + FOOT_KRANKEN,
             hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "roadside assistance order: named customer, phone, car and plate, breakdown location in Austria; no injuries")
def m_roadside_austria():
    body = """Hello,

please arrange roadside assistance / towing for our motor customer:

  Customer:      Benedikt Sahle, mobile +49 176 0044 1903
  Policy:        KF-4415570 incl. "Mobil-Schutz" (assistance Europe)
  Vehicle:       VW T6 California, WTP-BS 64, white
  Location:      A10 Tauern motorway, direction Salzburg, parking area
                 Eben im Pongau, ~20 m after the entrance
  Problem:       engine warning light, car lost power and stopped; two
                 adults and two children on board, nobody injured

Please tow to the nearest VW partner garage and arrange a hotel for the
night if the repair takes longer than today (covered up to EUR 100 per
person/night, max. 3 nights). A rental car is covered for up to 7 days.

Please send the case number to this address and call the customer
directly.

Thanks,
"""
    return M(E("dpm"), "Medassist Global Roadside <roadside@medassist-global.example>",
             "Assistance request - breakdown A10 Austria / KF-4415570",
             D("2026-08-08 14:51"), body + SIG["dpm"], hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "customer's mail forwarded as message/rfc822: her son's ADHD diagnosis and methylphenidate prescription not reimbursed; internal note harmless")
def m_fwd_customer_adhd():
    inner = M("Megan O'Sullivan <megan.osullivan@postbox.example>",
              "Kundenservice Halmstein <kundenservice@halmstein.example>",
              "Medication for my son - why was it refused?", D("2026-09-29 21:06"),
              """Hello,

I'm writing in English, I hope that's OK.

My son Finn (9) was diagnosed with ADHD in June by Dr. Schöppner, a child
and adolescent psychiatrist in Wiesentrup. Since July he takes
methylphenidate (Medikinet retard 10 mg, now 20 mg). I submitted the
pharmacy receipts for July, August and September, but the statement says
"not reimbursable - prescription missing". The pharmacy kept the original
prescriptions because it's a controlled drug (BtM), I only have copies.

Finn is insured with you under my policy, KV-377190-03.

What do I need to send you? We really need this reimbursed, it's about
EUR 80 a month.

Thanks,
Megan O'Sullivan
""", msgid="<CAF3k1pQ.9917@postbox.example>", cte="quoted-printable")
    body = """Hi Daniel,

kannst du das übernehmen? Kundin schreibt Englisch und ich glaube, es geht
um die BtM-Rezepte (Apotheke behält das Original). Mail hängt an.

Danke!
Aylin

"""
    return M(E("kay"), E("ose"), "WG: Medication for my son - why was it refused?",
             D("2026-09-30 08:44"), body + SIG["kay"],
             att=[FWD(inner, "Medication for my son.eml")], hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: note to a claims administrator about the ICD-10-GM 2027 code update and mapping changes; codes only, no patients")
def m_icd_update_tpa():
    body = """Dear CareBridge team,

a heads-up on the annual ICD-10-GM update for the claims interface:

1. From 1 January 2027 we will accept ICD-10-GM 2027 codes in the
   "diagnosis" field of the claims feed. Codes from the 2026 version remain
   valid for treatment dates until 31 December 2026.
2. Mapping changes on our side: a few new five-digit codes in chapter U
   and a split of some codes in chapter F. The full list of changed codes
   is published by the BfArM; we'll use it unchanged.
3. Please do not truncate codes any more. We've seen "M54" instead of
   "M54.5" and "F32" instead of "F32.1" in recent feeds - with the new
   version these records will be rejected with error DX-014.
4. Suffixes for laterality (R, L, B) and certainty (G, V, Z, A) are
   optional, but if sent, they must be separated by a space.

Test file specification (synthetic cases only) follows next week. The
interface change goes live in the test environment on 16 November.

Best regards,
"""
    return M(E("fer"), "CareBridge Integration <integration@carebridge-tpa.example>",
             "ICD-10-GM 2027 - changes to the claims feed", D("2026-10-27 16:09"),
             body + SIG["fer"], hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Beitragsbescheinigung für die Steuererklärung: Name, Anschrift, Steuer-ID, Haftpflicht- und Kfz-Beiträge (Text in iso-8859-1)")
def m_beitragsbescheinigung():
    body = """Sehr geehrter Herr Tegeler,

wie gewünscht bestätigen wir Ihnen die im Kalenderjahr 2026 gezahlten
Beiträge für Ihre Einkommensteuererklärung (Anlage Vorsorgeaufwand,
sonstige Vorsorgeaufwendungen):

  Versicherungsnehmer:  Dieter Tegeler, Heidkamp 30, 48998 Ellerbrück
  Steuer-ID:            57 184 093 262

  Privathaftpflicht   PH-0977310                       84,60 EUR
  Kfz-Versicherung    KF-3012448 (WTP-DT 30)
                      davon Haftpflichtanteil           318,12 EUR
                      (Kasko ist nicht absetzbar:       201,40 EUR)

Summe der abziehbaren Beiträge 2026:                  402,72 EUR

Die Beiträge zur Hausratversicherung sind steuerlich nicht abziehbar und
daher nicht aufgeführt.

Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift
gültig.

"""
    return M(E("kay"), "Dieter Tegeler <dieter.tegeler@heimnetz.example>",
             "Beitragsbescheinigung 2026", D("2026-12-18 10:34"),
             body + SIG["kay"] + "\n\n" + FOOT_ALLG, charset="iso-8859-1",
             cte="quoted-printable", hdr=[XM_SYS])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "Bewilligung ambulanter Psychotherapie für namentlich genannte Patientin mit Geburtsdatum und Diagnose F33.1")
def m_psychotherapie():
    body = """Sehr geehrte Frau Dipl.-Psych. Rosendahl,

zum Antrag auf Kostenübernahme vom 18.08.2026 für Ihre Patientin

  Frau Lena Kortenbusch, geb. 03.12.1993, KV-260918-01

teilen wir Ihnen mit:

Wir übernehmen die Kosten für eine Verhaltenstherapie (Langzeittherapie)
im Umfang von 25 Einzelsitzungen à 50 Minuten nach GOP, Ziffern 870/871,
einschließlich der bereits erbrachten 5 probatorischen Sitzungen.
Diagnose laut Ihrem Bericht: rezidivierende depressive Störung,
gegenwärtig mittelgradige Episode (F33.1).

Ein Gutachterverfahren war nach unseren Tarifbedingungen nicht
erforderlich. Für eine Verlängerung über 25 Sitzungen hinaus benötigen wir
einen kurzen Verlaufsbericht, spätestens vier Wochen vor Ende des
Kontingents.

Die Patientin hat eine Kopie dieses Schreibens erhalten.

"""
    return M(E("ovb"), "Praxis Rosendahl <praxis@psychotherapie-rosendahl.example>",
             "Kostenübernahme Verhaltenstherapie – Ihr Antrag vom 18.08.2026",
             D("2026-08-27 14:15"), body + "Mit freundlichen Grüßen\n\n" + SIG["ovb"] + "\n\n" + FOOT_KRANKEN,
             hdr=[XM_SYS])


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: Auftrag an Trocknungsfirma nach Wasserschaden im eigenen Serverraum; Schaden, Keller und Rohrbruch ohne Kunden oder Personen")
def m_trocknung_serverraum():
    body = """Hallo Herr Reckfort,

wie eben am Telefon: In unserem Haus A (Kanalstraße 40) ist heute Nacht
im Keller ein Kaltwasserrohr oberhalb des Serverraums K.07 gebrochen. Die
Haustechnik hat das Wasser gegen 5:30 Uhr abgestellt; es sind ca. 3 cm
Wasser im Flur und im Technikraum nebenan gewesen, der Serverraum selbst
hat durch den Doppelboden nur wenig abbekommen.

Bitte kommen Sie heute noch mit:
- Feuchtemessung Estrich und Wände (Flur, K.06, K.07, K.08)
- Kondenstrocknern, die im Serverraum-Umfeld betrieben werden dürfen
  (Abwärme!), und Stromverbrauch bitte vorher mit mir absprechen
- Leckageortung, falls noch weitere Stellen feucht werden

Zutritt nur in Begleitung, entweder ich oder die IT (Herr Gerdemann).
Unsere interne Schadennummer für die Rechnung: FM-26-0042, Bestellnummer
folgt.

Danke!

"""
    return M(E("stm"), "Trocknungstechnik Reckfort <einsatz@reckfort-trocknung.example>",
             "Rohrbruch Kanalstraße 40, Keller Haus A – heute noch",
             D("2026-01-27 06:48"), body + SIG["stm"], cc=E("lam") + ", " + E("ger"),
             cte="8bit", hdr=[XM_IPHONE])

# ===== 0121-0135 =====

@mail("NORMAL", "de", "internal",
      "Vorstandsbüro: Raumbuchung und Catering für die Vorstandssitzung; nur Organisatorisches")
def m_raumbuchung_vorstand():
    body = """Hallo Birgit,

für die Vorstandssitzung am Mittwoch, 16.09., brauche ich bitte:

- Raum A 5.01 von 8:00 bis 17:00 Uhr (ab 7:30 Uhr offen, Herr Kötter kommt
  immer früher)
- U-Form für 12 Personen, Beamer + Teams-Kamera, zwei Flipcharts
- Mittagessen um 12:30 Uhr im Raum, bitte leicht (letztes Mal war die
  Lasagne zu viel, die Nachmittagssitzung war entsprechend …)
- Kaffee/Tee/Wasser durchgehend, nachmittags Obst statt Kuchen

Ab 15 Uhr kommen zwei Gäste vom Rückversicherer dazu, die brauchen
Besucherausweise – Namen schicke ich dir Montag.

Danke dir!
Wiebke

"""
    return M(E("san"), E("lam"), "Vorstandssitzung 16.09. – Raum + Catering",
             D("2026-09-09 12:11"), body + SIG["san"], hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor insurance for a newly arrived expat: date of birth, address, UK no-claims discount transferred to an SF class, premium")
def m_ncb_transfer():
    body = """Dear Ms Achterberg-Hale,

thank you for sending the no-claims letter from your previous insurer in
Leeds. We've been able to recognise it as follows:

  Policyholder:       Fiona Achterberg-Hale, born 14 March 1986
  Address:            Mühlenstraße 61, 48999 Wiesentrup
  Policy:             KF-5022719, Mazda CX-30, WTP-FA 86
  UK record:          7 years no-claims discount, no claims, confirmed
                      by letter dated 2 October 2026
  German class:       SF 7 for third-party liability and comprehensive
                      (instead of the SF 0 starting class)

Your annual premium is therefore EUR 689.40 instead of EUR 1,402.10 -
quite a difference. The corrected policy schedule will be in your online
mailbox tomorrow; the difference for the current year will be credited to
your account.

Welcome to Germany, and safe driving on the right-hand side!

"""
    return M(E("dpm"), "Fiona Achterberg-Hale <fiona.ah@mailhafen.example>",
             "Your no-claims discount from the UK - KF-5022719",
             D("2026-10-09 11:26"), body + "Kind regards\n" + SIG["dpm"] + "\n\n" + FOOT_EN,
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "critical illness benefit paid to a named customer after breast cancer diagnosis C50.4, histology and surgery")
def m_ci_breast_cancer():
    body = """Dear Mrs Thorsby,

we have received the histology report and the letter from the Breast
Centre at Klinikum Wiesentrup. I'm very sorry about your diagnosis, and I
hope the treatment goes well.

The documents confirm invasive ductal carcinoma of the left breast, upper
outer quadrant (C50.4), diagnosed on 22 July 2026 and treated with
breast-conserving surgery on 6 August. This meets the definition of
"cancer" in your critical illness cover, and the waiting period has been
completed.

  Policy:              LV-KI-0098213 (critical illness, lump sum)
  Insured person:      Margaret Thorsby
  Benefit:             EUR 50,000.00
  Payment date:        today, to the account registered for the premiums

The policy ends with this payment, as agreed in the contract; no further
premiums will be collected.

If you have questions, or if you'd like to talk through what this means
for your other policies with us, please call me directly.

Kind regards,
"""
    return M(E("mer"), "Margaret Thorsby <m.thorsby@postbox.example>",
             "Your critical illness claim - payment", D("2026-08-20 10:44"),
             body + SIG["mer"] + "\n\n" + FOOT_EN, hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: leere Formulare an einen Makler (Schweigepflichtentbindung, Gesundheitsfragen BU) als PDF mit Platzhaltern, keine Person")
def m_blankoformulare():
    doc = pdf([
        ("h", "Erklärung zur Schweigepflichtentbindung und Einwilligung"),
        "Halmstein Lebensversicherung AG · Formular LV-SE 04/2026",
        "",
        "Name, Vorname der versicherten Person: ______________________________",
        "Geburtsdatum: ____________   Antrags-/Versicherungsnummer: ______________",
        "",
        "Ich entbinde die nachstehend genannten Ärztinnen, Ärzte, Krankenhäuser und",
        "Therapeutinnen/Therapeuten von ihrer Schweigepflicht, soweit die Halmstein",
        "Lebensversicherung AG Angaben zur Beurteilung des Risikos oder der Leistungspflicht benötigt.",
        "",
        "[ ] Ich willige ein, dass Gesundheitsdaten per verschlüsselter E-Mail übermittelt werden.",
        "[ ] Ich möchte vor jeder Erhebung einzeln gefragt werden.",
        "",
        "Ort, Datum: ____________________   Unterschrift: _______________________",
        "",
        ("h", "Gesundheitsfragen Berufsunfähigkeit (Kurzfassung)"),
        "1. Wurden Sie in den letzten 5 Jahren ambulant ärztlich behandelt? [ ] ja [ ] nein",
        "2. Waren Sie in den letzten 10 Jahren in stationärer Behandlung? [ ] ja [ ] nein",
        "3. Bestehen oder bestanden in den letzten 5 Jahren psychische Erkrankungen? [ ] ja [ ] nein",
        "4. Größe: ______ cm   Gewicht: ______ kg",
        "Bei Ja-Antworten bitte Beiblatt ausfüllen (Diagnose, Zeitraum, Behandler).",
    ], title="Formulare Leben 04/2026")
    body = """Hallo Herr Uhlenbrock,

Sie hatten nach den neuen Formularen gefragt – anbei die
Schweigepflichtentbindung und die Kurzfassung der BU-Gesundheitsfragen in
der Version 04/2026, beides zum Ausdrucken. Die alten Formulare nehmen wir
noch bis 30.06. an.

Im Maklerportal gibt es beides auch als ausfüllbares PDF.

"""
    return M(E("moe"), "Kai Uhlenbrock <kai.uhlenbrock@uhlenbrock-makler.example>",
             "Neue Formulare Leben 04/2026", D("2026-04-07 14:03"),
             body + SIG["moe"] + "\n\n" + FOOT_LEBEN,
             att=[A("Formulare_Leben_04-2026.pdf", doc, "application/pdf")],
             hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Angebot Elementarschaden-Baustein: Kunde, Objektanschrift, ZÜRS-Zone, Vorschaden, Beitrag")
def m_elementar_zuers():
    body = """Sehr geehrter Herr Niehaus,

nach dem Starkregen im Juni hatten Sie gefragt, ob Sie den
Elementarschutz für Ihr Haus nachträglich einschließen können.

Ihr Gebäude Am Emsufer 9, 48999 Wiesentrup (WG-4012275), liegt nach dem
Zonierungssystem ZÜRS in Gefährdungsklasse 3 (Hochwasser statistisch
einmal in 10 bis 100 Jahren). Wegen des gemeldeten Rückstauschadens vom
Juni 2025 (SW-25-004410, 3.870 EUR) können wir den Baustein nur mit
folgenden Bedingungen anbieten:

  Selbstbeteiligung:  10 % des Schadens, mindestens 2.500 EUR
  Voraussetzung:      Einbau einer Rückstausicherung im Keller bis
                      31.03.2027 (Nachweis durch Rechnung)
  Mehrbeitrag:        412,80 EUR jährlich

Wenn Sie einverstanden sind, schicken Sie mir bitte das beigefügte
Formular unterschrieben zurück. Der Schutz beginnt am Tag nach Eingang.

"""
    return M(E("thi"), "Volker Niehaus <volker.niehaus@kabelmail.example>",
             "Elementarschutz für Ihr Haus Am Emsufer 9", D("2026-07-08 15:37"),
             body + "Mit freundlichen Grüßen\n" + SIG["thi"] + "\n\n" + FOOT_ALLG,
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "Kostenübernahmeerklärung an Klinik für namentlich genannten Patienten: Cholezystolithiasis K80.20, Cholezystektomie, Wahlleistungen")
def m_kue_klinikum():
    body = """Sehr geehrte Damen und Herren,

für den folgenden Aufenthalt erklären wir die Kostenübernahme:

  Patient:            Herr Egon Temming, geb. 17.10.1949
  Versicherungsnr.:   KV-093318-01 (Vollversicherung, Tarif SK 1)
  Aufnahme:           geplant 14.12.2026, Chirurgische Klinik
  Einweisung:         Dr. Lenzing, Osterbrock
  Diagnose:           symptomatische Cholezystolithiasis (K80.20)
  Geplante Leistung:  laparoskopische Cholezystektomie

Übernommen werden die allgemeinen Krankenhausleistungen nach DRG sowie
die Wahlleistungen Einbettzimmer und Chefarztbehandlung gemäß der
Wahlleistungsvereinbarung. Die Kostenübernahme gilt für 5 Tage; bei
längerer Verweildauer bitten wir um Verlängerungsanzeige.

Bitte rechnen Sie direkt mit uns ab (Klinik-Card liegt vor). Unser
Zeichen: KÜ-26-19904.

"""
    return M(E("bus"), "Patientenverwaltung Klinikum Wiesentrup <kostenuebernahme@klinikum-wiesentrup.example>",
             "Kostenübernahme KÜ-26-19904", D("2026-12-09 09:27"),
             body + "Mit freundlichen Grüßen\n" + SIG["bus"] + "\n\n" + FOOT_KRANKEN,
             hdr=[XM_SYS])


@mail("NORMAL", "en", "internal",
      "trap: anonymised large-loss list for controlling (CSV) with injury types and age bands only, no names or policy numbers")
def m_large_loss_csv():
    data = csv_bytes([
        ["loss_id", "year", "line", "cause", "age_band", "gross_incurred_eur", "reinsurer_share_eur"],
        ["LL-01", 2025, "motor liability", "head-on collision, two persons severely injured", "25-34", 2840000, 1840000],
        ["LL-02", 2025, "property", "fire, timber frame production hall", "n/a", 3910000, 2910000],
        ["LL-03", 2025, "motor liability", "pedestrian, spinal cord injury", "65-74", 4120000, 3120000],
        ["LL-04", 2025, "property", "flood June 2025 (event aggregate)", "n/a", 21060000, 11060000],
        ["LL-05", 2025, "general liability", "gas explosion, multi-family house", "n/a", 1870000, 870000],
        ["LL-06", 2025, "accident", "fall from scaffolding, full disability", "45-54", 1210000, 460000],
        ["LL-07", 2025, "life", "death benefits > EUR 1m (3 cases merged)", "45-64", 3950000, 2290000],
    ], sep=",")
    body = """Hi Stefan,

for the board report: attached is the large-loss list for 2025 with the
reinsurance recoveries. As agreed it's anonymised - loss IDs instead of
claim numbers, age bands instead of birth dates, and the three life cases
are merged into one line so nobody can be identified.

Figures are incurred as at 31 December 2025, so LL-03 will probably still
move quite a bit (future care costs).

"""
    return M(E("cla"), "Stefan Rolf <stefan.rolf@halmstein.example>",
             "Large losses 2025 for the board report", D("2026-02-18 17:06"),
             body + SIG["cla"],
             att=[A("large_losses_2025_anon.csv", data, "text/csv", charset="utf-8")],
             hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "recovery claim against a Dutch motor insurer: our customer's name, plates, claim number and repair costs; no injuries")
def m_recovery_nl():
    body = """Dear Sir or Madam,

we are the motor insurer of Mrs Franziska Bodenstab, Wiesentrup. On
19 May 2026 at approx. 14:15 her car (Audi A3, WTP-FB 303) was hit on the
A30 near Bad Bentheim by a truck insured with you:

  your insured vehicle:   DAF XF, registration 52-BXK-7, trailer OR-39-KL
  keeper:                 Vos Internationaal Transport B.V., Hengelo
  your reference:         (not yet known)
  our claim number:       KS-26-0097711

According to the police report (Polizei Bad Bentheim, ref. 0519-0330/26)
the truck changed lanes without indicating and hit the left side of our
insured's car. Nobody was injured.

We have settled the damage under our insured's comprehensive cover and
hereby claim reimbursement of:

  repair costs (expert report attached to our letter)   EUR 6,214.88
  expert's fee                                          EUR   702.10
  loss of use, 6 days                                   EUR   354.00
  total                                                 EUR 7,270.98

Please confirm liability within four weeks.

"""
    return M(E("kam"), "Schadenafdeling <schade@lindeboom-verzekeringen.example>",
             "Recovery claim KS-26-0097711 / your insured DAF 52-BXK-7",
             D("2026-07-14 10:55"), body + "Yours faithfully\n" + SIG["kam"] + "\n\n" + FOOT_EN,
             hdr=[XM_SYS])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "group income protection: status of a named employee's claim with lumbar disc disease, surgery and waiting period, sent to the employer's HR")
def m_group_ip():
    body = """Dear Ms Hollis,

thank you for the employer's statement for Mr Rafael Moreno-Sánchez
(group income protection GIP-2207, member no. 14).

Where we stand:

- Mr Moreno-Sánchez has been unable to work since 2 March 2026 because of
  a herniated lumbar disc with nerve root compression (M51.1), operated on
  in April; rehab in June did not bring the expected improvement.
- The six-month waiting period under your scheme ends on 1 September. If
  he is still unable to work as a software developer by then, the monthly
  benefit of EUR 3,200 starts from that date.
- We've asked his neurosurgeon for an up-to-date report and will decide
  within four weeks of receiving it.

Please note that we can only share this much with you because Mr
Moreno-Sánchez has given his written consent to inform you about the
status of his claim. Medical details beyond this will not be shared with
the employer.

Kind regards,
"""
    return M(E("mer"), "Rebecca Hollis <people@nordlicht-software.example>",
             "GIP-2207 - status of claim, member 14", D("2026-08-18 13:58"),
             body + SIG["mer"] + "\n\n" + FOOT_EN, hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "newsletter",
      "trap: expat health newsletter (text + HTML) with general advice on travel vaccinations, malaria prophylaxis and claims; no member")
def m_expat_newsletter():
    text = """HALMSTEIN GLOBAL CARE - Member newsletter, spring 2026

1. Travelling this summer? Check your vaccinations
Yellow fever, hepatitis A, typhoid, rabies: which vaccinations you need
depends on your destination. Travel vaccinations are covered in the
"Premium" plan up to EUR 300 per year. Ask your doctor 6-8 weeks before
departure.

2. Malaria prophylaxis
Tablets prescribed for malaria prevention are covered in all plans
when travelling to risk areas. Please keep the prescription.

3. New: claims by photo
Submit receipts through the Halmstein app in over 40 currencies. Most
claims are paid within 5 working days.

Unsubscribe: https://www.halmstein.example/global/unsubscribe
Halmstein Krankenversicherung a.G., Kanalstraße 40, 48999 Wiesentrup
"""
    html = """<html><body style="font-family:Arial,sans-serif;max-width:600px">
<h1 style="color:#0b4f6c;font-size:20px">Halmstein Global Care &ndash; member newsletter, spring 2026</h1>
<h2 style="font-size:16px">1. Travelling this summer? Check your vaccinations</h2>
<p>Yellow fever, hepatitis A, typhoid, rabies: which vaccinations you need depends on your destination.
Travel vaccinations are covered in the <b>Premium</b> plan up to EUR&nbsp;300 per year.
Ask your doctor 6&ndash;8 weeks before departure.</p>
<h2 style="font-size:16px">2. Malaria prophylaxis</h2>
<p>Tablets prescribed for malaria prevention are covered in all plans when travelling to risk areas.
Please keep the prescription.</p>
<h2 style="font-size:16px">3. New: claims by photo</h2>
<p>Submit receipts through the Halmstein app in over 40 currencies. Most claims are paid within 5 working days.</p>
<p style="font-size:11px;color:#666"><a href="https://www.halmstein.example/global/unsubscribe">Unsubscribe</a> &middot;
Halmstein Krankenversicherung a.G., Kanalstra&szlig;e 40, 48999 Wiesentrup</p>
</body></html>
"""
    return M("Halmstein Global Care <global-news@halmstein.example>",
             "global-members@halmstein.example",
             "Spring newsletter: vaccinations, malaria tablets, claims by photo",
             D("2026-04-15 07:00"), text, html=html,
             hdr=[("List-Unsubscribe", "<https://www.halmstein.example/global/unsubscribe>"),
                  ("Precedence", "bulk")])


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: Entwurf einer Rahmenvereinbarung zur Direktabrechnung mit einem Klinikverbund (DRG, Wahlleistungen, Kostenübernahme); keine Patienten")
def m_rahmenvertrag_klinik():
    body = """Sehr geehrter Herr Dr. Overmeyer,

vielen Dank für das Gespräch letzte Woche. Wie vereinbart fasse ich die
Eckpunkte für die Rahmenvereinbarung zur Direktabrechnung zusammen, bevor
unsere Rechtsabteilung den Vertragsentwurf schreibt:

1. Geltungsbereich: alle vier Häuser des Klinikverbunds Emsland-Süd,
   Halmstein-Vollversicherte mit Klinik-Card.
2. Abrechnung allgemeiner Krankenhausleistungen nach DRG direkt mit uns;
   Wahlleistungen (Einbettzimmer, Chefarzt) nach der jeweils gültigen
   Wahlleistungsvereinbarung, ebenfalls direkt.
3. Kostenübernahmeerklärungen elektronisch über das Klinikportal innerhalb
   von 24 Stunden an Werktagen; bei Notfällen gilt die Klinik-Card als
   Kostenübernahme für die ersten 3 Tage.
4. Rechnungsprüfung innerhalb von 30 Tagen, Beanstandungen mit Begründung;
   strittige Fälle in einer quartalsweisen Fallkonferenz.
5. Datenübermittlung nur verschlüsselt über das Portal, keine Befunde per
   E-Mail oder Fax.

Ich freue mich über Ihre Rückmeldung bis Ende Februar.

Mit freundlichen Grüßen
"""
    return M(E("bus"), "Dr. Michael Overmeyer <geschaeftsfuehrung@klinikverbund-emsland-sued.example>",
             "Rahmenvereinbarung Direktabrechnung – Eckpunkte", D("2026-02-06 11:09"),
             body + SIG["bus"] + "\n\n" + FOOT_KRANKEN, hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Tierhalterhaftpflicht: zweiter Hund wird eingeschlossen; Kundin, Vertragsnummer, Anschrift, Rasse und Chipnummer, Beitrag; Kundenmail mit Tippfehlern")
def m_hund_zweiter():
    body = """Hallo Frau Rottmann,

herzlichen Glückwunsch zum Familienzuwachs! Ich habe Ihre Hundehalter-
haftpflicht TH-305518 geändert:

  versichert ab 01.05.2026:
  - Emma, Australian Shepherd, Hündin, Chip 276094500998812 (wie bisher)
  - Balu, Labrador-Mix aus dem Tierschutz, Rüde, ca. 2 Jahre,
    Chip 276098102230574 (neu)

  Haltungsort: Dorfstraße 21, 48997 Osterbrock
  Beitrag neu: 118,70 EUR jährlich (bisher 69,90 EUR), Rabatt
  für den zweiten Hund ist schon abgezogen.

Keine Sorge wegen des Tierschutzhunds – Vorbesitz und Herkunft spielen für
uns keine Rolle. Den neuen Versicherungsschein bekommen Sie per Post.

"""
    quoted = """-----Ursprüngliche Nachricht-----
Von: Jasmin Rottmann <jasmin.rottmann@funkpost.example>
Gesendet: Mittwoch, 29. April 2026 22:40
An: Kundenservice Halmstein <kundenservice@halmstein.example>
Betreff: zweiter hund

hallo, wir haben seit samstag einen zweiten hund (balu, labi-mix aus dem
tierheim, chip 276098102230574). kann der mit in meine versicherung rein?
die nummer ist TH-305518. Muss ich da was ausfüllen? er ist total lieb
aber man weis ja nie..
LG Jasmin Rottmann"""
    return M(E("kay"), "Jasmin Rottmann <jasmin.rottmann@funkpost.example>",
             "AW: zweiter hund", D("2026-04-30 10:05"),
             body + SIG["kay"] + "\n\n" + FOOT_ALLG + "\n\n" + quoted,
             hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Unfallversicherung: Invaliditätsleistung nach Gliedertaxe für Daumenverletzung eines namentlich genannten Versicherten (Text base64-kodiert)")
def m_invaliditaet_daumen():
    body = """Sehr geehrter Herr Overkamp,

das Gutachten von Dr. Kisker vom 08.10.2026 liegt uns jetzt vor. Danach
besteht nach der Verletzung Ihres rechten Daumens beim Unfall am
23.09.2025 (Sehnenruptur und Fraktur des Grundglieds, zweimal operiert)
eine dauerhafte Funktionsbeeinträchtigung von 4/10 Daumenwert.

Berechnung nach Ihrem Vertrag UV-5833190:

  Gliedertaxe Daumen                 20 %
  davon 4/10                          8 % Invaliditätsgrad
  Grundsumme                    120.000 EUR
  Invaliditätsleistung            9.600 EUR
  (Progression greift erst ab 25 % Invalidität)

Die bereits gezahlte Vorschussleistung von 2.000 EUR ziehen wir ab; wir
überweisen Ihnen 7.600,00 EUR in den nächsten Tagen.

Sie und wir können den Invaliditätsgrad bis drei Jahre nach dem Unfall
jährlich neu bemessen lassen, falls sich der Zustand ändert.

"""
    return M(E("now"), "Thomas Overkamp <t.overkamp@netzpost.example>",
             "Ihre Unfallversicherung UV-5833190 – Invaliditätsleistung",
             D("2026-10-19 14:30"), body + SIG["now"] + "\n\n" + FOOT_ALLG,
             cte="base64", hdr=[XM_SYS])


@mail("NORMAL", "de", "insurer-to-company",
      "trap: Angebot Gruppenunfallversicherung an eine Zimmerei mit Beispielbeiträgen pro Kopf, Gliedertaxe und Invalidität; keine Mitarbeiterdaten")
def m_gruppenunfall_angebot():
    body = """Sehr geehrter Herr Bröker,

vielen Dank für Ihre Anfrage. Für Ihre Zimmerei mit 14 Beschäftigten
(davon 11 auf Baustellen, 3 im Büro) können wir Ihnen eine
Gruppenunfallversicherung anbieten, die rund um die Uhr gilt – also auch
in der Freizeit, wo die Berufsgenossenschaft nicht zahlt.

Vorschlag "Handwerk Plus":
  Invaliditätsgrundsumme     100.000 EUR, Progression 350 %
  Verbesserte Gliedertaxe    z. B. Hand 70 %, Daumen 25 %, Zeigefinger 16 %
  Unfallrente                ab 50 % Invalidität 1.000 EUR monatlich
  Todesfallleistung          20.000 EUR
  Krankenhaustagegeld        30 EUR

Beitrag pro Person und Jahr:
  Baustelle (Gefahrengruppe B)   318,00 EUR
  Büro (Gefahrengruppe A)        146,40 EUR
  gesamt für Ihren Betrieb     3.937,20 EUR zzgl. Versicherungsteuer

Gesundheitsfragen gibt es für Gruppenverträge ab 10 Personen nicht. Für
den Antrag brauchen wir nur die Anzahl je Gefahrengruppe; Namen erst im
Leistungsfall.

"""
    return M(E("veh"), "Zimmerei Bröker <info@zimmerei-broeker.example>",
             "Ihr Angebot Gruppenunfallversicherung", D("2026-03-19 13:22"),
             body + "Mit freundlichen Grüßen\n" + SIG["veh"] + "\n\n" + FOOT_ALLG,
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "insurer-to-supplier",
      "scope and rules of engagement for an external penetration test; systems and dates only")
def m_pentest_scope():
    body = """Hi Callum,

following up on yesterday's call, the scope for the 2026 penetration test:

In scope
  - customer portal (kundenportal.halmstein.example), incl. registration
    and password reset with security question
  - broker portal (maklerportal.halmstein.example) and its BiPRO-style
    document API, using the two test partner firms we set up for you
  - practice portal (praxisportal.halmstein.example), upload only
  - external perimeter: the /27 range listed in the attachment of the
    contract

Out of scope
  - production mail gateway (we'll test it separately with the vendor)
  - any social engineering of staff
  - denial-of-service

Rules
  - testing window 9-20 November, 07:00-20:00 CET, no weekends
  - only the synthetic test accounts; if you ever see real customer data,
    stop and call me immediately (+49 5299 4471-190)
  - findings rated critical: same-day phone call, not just the report

Contract and NDA are signed on our side. Looking forward to it.

"""
    return M(E("ram"), "Callum Reid <callum.reid@ironquay-security.example>",
             "Pentest 2026 - scope and rules of engagement", D("2026-10-15 17:20"),
             body + SIG["ram"], cte="7bit", hdr=[XM_OUTLOOK])

# ===== 0136-0150 =====

@mail("NORMAL", "en", "internal",
      "quick mobile note that a colleague is out today (no reason given) and a phone shift needs cover")
def m_absence_mobile():
    body = """Morning all,

Mehmet is out today, so his hotline slot 10-12 is open. Can anyone take
it? I'm stuck on the train (signal failure near Rheine) and will be in
around 10:30 at the earliest.

Thx
Daniel

"""
    return M(E("ose"), "International Health <intl-health-team@halmstein.example>",
             "Hotline 10-12 today", D("2026-11-17 07:41"),
             body + OUTLOOK_M + "\n", cte="quoted-printable",
             hdr=[("X-Mailer", "Microsoft Outlook for Android")])


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "cargo claim of a sole trader (natural person): owner's name, policy, container, water damage to goods, claim amount")
def m_cargo_claim():
    body = """Dear Mr Kessler,

thank you for the survey report from Hamburg. Summary of your claim:

  Insured:         Kessler Gewürzimport e.K., owner Mr Arno Kessler
  Policy:          TR-880214 (open cover, goods in transit)
  Claim no.:       TS-26-00612
  Shipment:        container MSKU 488213-7, 1,200 cartons of dried chillies
                   and black pepper, Cochin - Hamburg, B/L no. COK26-0445
  Damage:          water ingress through a hole in the container roof,
                   approx. 310 cartons wet and mouldy (surveyor: total loss
                   for these cartons)
  Claimed:         EUR 18,640.00 (invoice value + 10 % as agreed)

The damage is covered under your policy (all risks). Before we pay, we
need the original bill of lading and the letter of protest you sent to the
shipping line, so that we can take recourse against them. As soon as we
have both, we'll transfer the amount to your business account.

Kind regards,
"""
    return M(E("vri"), "Arno Kessler <a.kessler@kessler-gewuerze.example>",
             "Claim TS-26-00612 - container MSKU 488213-7", D("2026-05-06 10:18"),
             body + SIG["vri"] + "\n\n" + FOOT_EN, hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
      "calendar invitation for a named applicant's medical examination for a life application (fasting blood test, ECG, urine sample)")
def m_exam_invite():
    cal = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Halmstein Risikopruefung//EN",
        "METHOD:REQUEST", "BEGIN:VEVENT",
        "UID:rp-26-15502-exam@halmstein.example",
        "DTSTAMP:20261103T101500Z",
        "DTSTART;TZID=Europe/Berlin:20261112T081500",
        "DTEND;TZID=Europe/Berlin:20261112T093000",
        "SUMMARY:Medical examination - life insurance application RP-26-15502 (Mr Lars Feddersen)",
        "LOCATION:Medizinisches Versorgungszentrum am Kanal\\, Kanalstraße 12\\, Wiesentrup",
        "DESCRIPTION:Please come fasting (no food after 10 pm\\, water is fine). Examination: blood test incl. HbA1c and lipids\\, resting ECG\\, blood pressure\\, urine sample. Bring your ID and a list of your current medication.",
        "ORGANIZER;CN=Sophie Terhaar:mailto:sophie.terhaar@halmstein.example",
        "ATTENDEE;CN=Lars Feddersen;RSVP=TRUE:mailto:lars.feddersen@nordmail.example",
        "END:VEVENT", "END:VCALENDAR"])
    body = """Dear Mr Feddersen,

for your application for term life cover of EUR 1.2 million (RP-26-15502),
a medical examination is required because of the sum insured - this is
routine and not related to anything in your health declaration.

We've booked the following appointment for you (calendar file attached):

  Thursday, 12 November 2026, 08:15
  MVZ am Kanal, Kanalstraße 12, Wiesentrup (5 min walk from our office)

Please come fasting; the examination takes about an hour. The costs are
paid by us. If the time doesn't suit you, reply to this mail and we'll
find another slot.

Kind regards,
"""
    return M(E("ter"), "Lars Feddersen <lars.feddersen@nordmail.example>",
             "Your medical examination on 12 November", D("2026-11-03 11:15"),
             body + SIG["ter"] + "\n\n" + FOOT_EN,
             att=[A("examination.ics", cal, "text/calendar", charset="utf-8")],
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: Courtage-Zusammenfassung für eine Makler-GmbH mit Firmen-IBAN und Summen je Sparte, keine Kunden")
def m_courtage_gmbh():
    body = """Hallo Herr Uhlenbrock,

die Jahresübersicht 2026 für Ihre Buchhaltung vorab per Mail, die
Einzelnachweise liegen wie immer im Maklerportal:

  Sparte            Courtage 2026     Vorjahr
  Kfz                 8.412,50 EUR    7.905,10 EUR
  Sach privat        21.730,84 EUR   20.118,32 EUR
  Haftpflicht/RS      6.902,15 EUR    6.811,70 EUR
  Leben/BU           48.220,00 EUR   51.604,00 EUR
  Kranken            12.116,40 EUR    9.870,25 EUR
  ----------------------------------------------
  Summe              97.381,89 EUR   96.309,37 EUR

Ausgezahlt auf das Geschäftskonto der Uhlenbrock Versicherungsmakler GmbH,
IBAN DE73 8155 8641 4932 0978 19. Stornorückbelastungen 2026: 1.204,30 EUR
(bereits verrechnet).

Danke für die gute Zusammenarbeit im Jahr 2026!

"""
    return M(E("moe"), "Kai Uhlenbrock <kai.uhlenbrock@uhlenbrock-makler.example>",
             "Courtage-Jahresübersicht 2026", D("2026-12-17 09:40"),
             body + SIG["moe"], hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-prospect",
      "allgemeine Tarifauskunft Kfz für Fahranfänger an einen Interessenten mit Beispielrechnung; kein Vertrag")
def m_kfz_fahranfaenger():
    body = """Hallo Herr Tiemeyer,

danke für Ihre Anfrage. Pauschal kann ich Ihnen leider keinen Preis
nennen – bei Fahranfängern hängt der Beitrag stark vom Auto, vom Wohnort
und davon ab, ob ein Elternteil den Vertrag als Zweitwagen führt.

Eine Beispielrechnung für einen gebrauchten Kleinwagen (Typklassen 15/16),
Zulassung in Wiesentrup, 10.000 km im Jahr, nur ein Fahrer:

  als eigener Vertrag, SF 0, Haftpflicht + Teilkasko    ca. 1.250 EUR/Jahr
  als Zweitwagen der Eltern, SF ½                       ca.   720 EUR/Jahr
  mit Begleitetem Fahren ab 17 zusätzlich               ca.  - 8 %

Mit unserem Online-Rechner unter www.halmstein.example/kfz bekommen Sie in
drei Minuten einen genauen Preis; eine eVB gibt es dort auch direkt.

"""
    quoted = """> Hallo, mein Sohn macht gerade den Führerschein und wir überlegen ein
> kleines Auto zu kaufen. Was würde das bei Ihnen ungefähr kosten?
> Gruß Tiemeyer"""
    return M(E("kay"), "Bernd Tiemeyer <b.tiemeyer@t-post.example>",
             "AW: Versicherung Fahranfänger", D("2026-06-24 15:02"),
             body + SIG["kay"] + "\n\n" + quoted, hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "home water-leak claim: named customer, address, claim number; ZIP with cost estimate (XLSX) and photo list (TXT)")
def m_water_leak_zip():
    est = xlsx([("Estimate", [
        ["Claim LW-26-005160 - cost estimate (our assessor)", None, None],
        ["Property: Birkenweg 2, 48999 Wiesentrup - policyholder Mr Samuel Oyelaran", None, None],
        [],
        ["Item", "Qty", "EUR"],
        ["Leak detection and opening of wall", 1, 640.00],
        ["Replacement of pipe section (copper) and fittings", 1, 385.50],
        ["Drying equipment, 14 days incl. power", 14, 1120.00],
        ["Screed removal and renewal, hallway 9 sqm", 9, 1710.00],
        ["Laminate flooring incl. laying, 22 sqm", 22, 1045.00],
        ["Painting walls, hallway and kitchen", 1, 920.00],
        ["Total", None, 5820.50],
    ])], author="Vosskötter, Ines")
    photos = ("Photo list LW-26-005160 (taken by the assessor on 2026-09-04)\r\n"
              "01 kitchen, wet wall behind the sink unit\r\n"
              "02 hallway, swollen laminate near the kitchen door\r\n"
              "03 opened wall, corroded copper pipe with pinhole\r\n"
              "04 moisture meter reading, screed 6.8 CM%\r\n").encode("utf-8")
    z = zipbytes([("LW-26-005160/estimate.xlsx", est), ("LW-26-005160/photos.txt", photos)],
                 when=(2026, 9, 7, 12, 0, 0))
    body = """Dear Mr Oyelaran,

as promised, here is the cost estimate from our assessor together with the
list of his photos (both in the attached ZIP file).

The leaking pipe in the kitchen wall of your house (claim LW-26-005160,
buildings policy WG-5598014) is a classic pinhole corrosion - an insured
event. The costs of EUR 5,820.50 are covered in full; the pipe repair
itself is covered too, as it's inside the building.

You can choose: either you commission the tradespeople yourself and we
pay against invoices, or we send our partner company, which invoices us
directly. Please let me know which you prefer.

Kind regards,
Ines Vosskötter
"""
    return M(E("vos"), "Samuel Oyelaran <s.oyelaran@quickpost.example>",
             "Your water damage LW-26-005160 - estimate", D("2026-09-07 12:34"),
             body + "\n" + FOOT_EN,
             att=[A("LW-26-005160.zip", z, "application/zip")], hdr=[XM_OUTLOOK])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "life insurance death benefit to a named widow: deceased policyholder, doctor's death certificate with cause of death requested")
def m_death_benefit_widow():
    body = """Dear Mrs Delaney,

please accept our sincere condolences on the death of your husband,
Mr Patrick Delaney.

You are the named beneficiary of his life insurance LV-2203871 (sum
insured EUR 150,000 plus bonuses). To pay the benefit, we need:

  1. the official death certificate (Sterbeurkunde) - a copy is enough,
  2. the doctor's confidential part of the death certificate stating the
     cause of death, or a short letter from the treating doctor. Since
     you mentioned on the phone that your husband had been treated for
     heart failure for several years, the cardiologist's letter would
     also be fine,
  3. your bank details for the payment.

The policy started more than three years ago, so we don't need to do any
further checks. Once we have the documents, we'll pay within a week.

If it's easier for you, the funeral home can send us the certificates
directly.

"""
    return M(E("wel"), "Siobhan Delaney <siobhan.delaney@postbox.example>",
             "Life insurance of Mr Patrick Delaney - LV-2203871",
             D("2026-03-10 10:03"), body + SIG["wel"] + "\n\n" + FOOT_EN,
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: hotel booking for a team offsite, one accessible room requested without naming anyone")
def m_hotel_offsite():
    body = """Dear Ms Brandes,

thank you for the offer. We'd like to confirm the following for our team
offsite (International Health, 14 people):

  Arrival:     Wednesday, 23 September 2026
  Departure:   Friday, 25 September 2026
  Rooms:       13 single rooms, 1 accessible single room (ground floor or
               lift access, roll-in shower), 2 nights, incl. breakfast
  Meeting:     room "Heide" Thursday 9:00-17:00, with projector and
               flipchart, coffee breaks and lunch
  Dinner:      Thursday evening, set menu for 14, two vegetarian

The rooming list follows one week before arrival. Invoice please to
Halmstein Krankenversicherung a.G., Kanalstraße 40, 48999 Wiesentrup,
cost centre 4350.

Kind regards,
Daniel Osei
"""
    return M(E("ose"), "Reservierung Heidehotel Lüttmann <reservierung@heidehotel-luettmann.example>",
             "Booking confirmation offsite 23-25 September", D("2026-07-22 14:12"),
             body, hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: verfremdete Fallstudie für eine Fortbildung (DOCX) zu BU wegen Fibromyalgie und Depression; ausdrücklich fiktiv und nicht identifizierbar")
def m_fallstudie_akademie():
    doc = docx([
        ("h", "Fallstudie BU-Leistungsprüfung – Seminar \"Schwierige Fälle\""),
        "Hinweis: Der Fall ist aus mehreren echten Fällen zusammengesetzt und verfremdet. Namen, Orte, Daten und Berufe sind erfunden; Rückschlüsse auf reale Personen sind nicht möglich.",
        ("b", "Ausgangslage"),
        "Frau A., Mitte 40, Verwaltungsangestellte in Teilzeit, beantragt BU-Leistungen. Sie berichtet über seit Jahren bestehende Schmerzen in Muskeln und Gelenken, Schlafstörungen und Erschöpfung. Diagnosen laut Hausarzt: Fibromyalgie-Syndrom (M79.70), mittelgradige depressive Episode (F32.1).",
        ("b", "Fragen an die Teilnehmenden"),
        "1. Welche Unterlagen brauchen Sie, um den zuletzt ausgeübten Beruf konkret zu beschreiben?",
        "2. Wie gehen Sie mit subjektiven Beschwerden ohne objektivierbaren Befund um?",
        "3. Wann ist ein psychiatrisches oder ein rheumatologisches Gutachten sinnvoll – oder beides?",
        "4. Wie formulieren Sie eine befristete Anerkennung verständlich?",
        ("b", "Lösungsskizze"),
        "Siehe Folien 14–22. Bitte die Lösung erst in der Gruppenarbeit verteilen.",
    ], author="Mersmann, Thorsten")
    body = """Sehr geehrte Frau Pöhler,

wie besprochen anbei die Fallstudie für das Seminar "Schwierige Fälle in
der BU-Leistungsprüfung" am 12. und 13. November. Der Fall ist vollständig
verfremdet – bitte dennoch nicht öffentlich auf die Lernplattform stellen,
sondern nur im Seminarordner für die Teilnehmenden.

Die Folien schicke ich Ihnen bis Ende Oktober.

Mit freundlichen Grüßen
"""
    return M(E("mer"), "Versicherungsakademie Nordwest <seminare@vak-nordwest.example>",
             "Fallstudie Seminar Schwierige Fälle BU", D("2026-10-08 16:30"),
             body + SIG["mer"],
             att=[A("Fallstudie_BU_Seminar_2026.docx", doc, DOCX_T)], hdr=[XM_OUTLOOK])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor premium invoice: harmless body, the PDF attachment holds name, address, policy, plate, premium and IBAN")
def m_invoice_pdf_only():
    doc = pdf([
        ("h", "Premium invoice / Beitragsrechnung 2027"),
        "Halmstein Allgemeine Versicherung AG · Kanalstraße 40 · 48999 Wiesentrup",
        "",
        "Mr Tobias Grant-Hellweg",
        "Sonnenhang 5",
        "48997 Osterbrock",
        "",
        "Policy: KF-4630988 · Vehicle: Tesla Model 3, WTP-TG 3 · Invoice no. BR-27-0448120",
        "",
        "Third-party liability, SF 12          EUR 298.44",
        "Comprehensive (Vollkasko), SF 10      EUR 421.86",
        "Assistance 'Mobil-Schutz'             EUR  18.00",
        "Insurance tax 19 %                    EUR 140.28",
        ("b", "Total for 01/01/2027 - 31/12/2027   EUR 878.58"),
        "",
        "The amount will be collected on 2 January 2027 by SEPA direct debit from",
        "IBAN DE63 2024 2235 5894 6289 94 (account holder Tobias Grant-Hellweg),",
        "mandate reference HALM-KF4630988-01, creditor ID DE98ZZZ09999999999.",
    ], title="Invoice BR-27-0448120")
    body = """Dear customer,

please find attached your premium invoice for 2027.

You don't need to do anything: the amount will be collected as usual.

Kind regards
Your Halmstein customer service

"""
    return M("Halmstein Kundenservice <kundenservice@halmstein.example>",
             "tobias.grant-hellweg@fernpost.example",
             "Your premium invoice 2027", D("2026-12-02 05:45"),
             body + FOOT_EN,
             att=[A("Invoice_BR-27-0448120.pdf", doc, "application/pdf")],
             hdr=[XM_SYS])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "reimbursement of new glasses for a named member with prescription values (myopia, astigmatism) from an ophthalmologist")
def m_glasses():
    body = """Dear Mr Nakamura,

thank you for the invoice from Optik Brinkmann and the prescription from
your ophthalmologist, Dr. Schulze-Eilfing.

Your new glasses (prescription right -4.25 sph / -0.75 cyl 170°, left
-4.75 sph / -1.00 cyl 10°, varifocal lenses because of beginning
presbyopia) cost EUR 812.00. Under your plan "Ambulant Komfort" we
reimburse visual aids up to EUR 250 every two calendar years, provided the
prescription has changed by at least 0.5 dioptres - which is the case here.

  Member no.:    KV-402155-01
  Reimbursed:    EUR 250.00
  Next claim:    possible from 1 January 2028

The payment will be transferred within the next few days.

Kind regards,
"""
    return M(E("ovb"), "Hiroshi Nakamura <h.nakamura@nordmail.example>",
             "Your glasses - reimbursement", D("2026-07-27 13:48"),
             body + SIG["ovb"] + "\n\n" + FOOT_EN, hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: Beschwerdestatistik 2025 an den Versicherungsombudsmann mit Zahlen je Sparte und Beschwerdegrund (z. B. Ablehnung Psychotherapie), nur Aggregate")
def m_beschwerdestatistik():
    body = """Sehr geehrte Damen und Herren,

wie jedes Jahr übermitteln wir Ihnen unsere Beschwerdestatistik für das
Jahr 2025 (Eingänge beim Beschwerdemanagement, ohne Ombudsmannverfahren):

  Sparte                      Beschwerden  davon berechtigt
  Krankenversicherung                412        131
    darunter: Ablehnung Psychotherapie       38
              Hilfsmittel (Hörgeräte, Brillen) 27
              Bearbeitungsdauer Arztrechnungen 164
  Lebensversicherung / BU            187         49
  Unfallversicherung                  58         17
  Kfz                                301        112
  Sach privat                        266         81
  Haftpflicht / Rechtsschutz         142         39
  -------------------------------------------------
  Summe                             1.366        429

Ombudsmannverfahren 2025: 61 (Vorjahr 54), davon 14 mit vollständiger oder
teilweiser Abhilfe.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
"""
    return M(E("san"), "Versicherungsombudsmann Statistik <statistik@ombudsmann-versicherung.example>",
             "Beschwerdestatistik 2025 – Halmstein Versicherungsgruppe",
             D("2026-02-27 11:45"), body + SIG["san"] + "\n\n" + FOOT_ALLG,
             hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "insurer-to-prospect",
      "trap: general answer to a prospect about travel health cover and pre-existing conditions; no condition of the writer, no contract")
def m_travel_preexisting():
    body = """Dear Ms Gallagher,

thank you for your question. In general terms:

- Our travel health insurance covers unexpected illness and accidents
  abroad. There are no health questions when you take out the policy.
- Treatment of a known, pre-existing condition is covered if the
  condition flares up unexpectedly during the trip. What is not covered
  is treatment that was the reason for the trip, or that was already
  planned before departure.
- Regular medication you take anyway is not covered - please take enough
  with you.
- Repatriation is covered when it is medically sensible, not only when
  it is medically necessary.

The annual policy costs EUR 14.90 for individuals under 65 and EUR 39.90
from 65. You can take it out online at www.halmstein.example/reise in a few
minutes.

Kind regards
"""
    return M(E("hin"), "Orla Gallagher <orla.gallagher@lionmail.example>",
             "RE: travel insurance question", D("2026-06-05 09:21"),
             body + SIG["hin"] + "\n\n" + FOOT_EN, hdr=[XM_OUTLOOK])


@mail("NORMAL", "de", "insurer-to-company",
      "trap: Versand einer allgemeinen Broschüre zur Unfallverhütung an Kreissägen an einen Betrieb; kein Unfall und keine Person genannt")
def m_arbeitsschutz_broschuere():
    body = """Hallo Herr Kordes,

Sie hatten beim Jahresgespräch nach Material für die Sicherheits-
unterweisung Ihrer Leute gefragt. Anbei der Link zu unserer Broschüre
"Sicher an der Säge" (16 Seiten, mit Checklisten für Formatkreissäge,
Tischkreissäge und Handkreissäge):

  https://www.halmstein.example/firmen/sicher-an-der-saege.pdf

Besonders die Seiten zur Spaltkeil-Einstellung und zum Schiebestock sind
für Auszubildende gut geeignet. Die Berufsgenossenschaft bietet außerdem
kostenlose Seminare für Sicherheitsbeauftragte an.

Gedruckte Exemplare schicke ich Ihnen gern für den Pausenraum – wie viele
brauchen Sie?

Beste Grüße
"""
    return M(E("veh"), "Tischlerei Kordes <buero@tischlerei-kordes.example>",
             "Material Sicherheitsunterweisung", D("2026-11-25 10:12"),
             body + SIG["veh"], hdr=[XM_OUTLOOK])


@mail("NORMAL", "en", "insurer-to-partner",
      "S/MIME domain certificate exchange with a reinsurer's IT: fingerprints and validity only")
def m_smime_exchange():
    body = """Hi Aarav,

to get the gateway-to-gateway encryption between us working before the
renewal season, here are the details of our new domain certificate:

  Subject:       CN=halmstein.example, O=Halmstein Versicherungsgruppe
  Issuer:        Example Trust Services CA 3
  Valid:         1 March 2026 - 28 February 2028
  SHA-256:       4F:1C:9A:77:2E:D0:B3:58:61:AA:0C:E9:14:7B:23:F6:
                 90:3D:C2:5E:81:B4:07:6A:D9:32:EE:1F:58:A0:C7:4B

You can fetch the certificate from our LDAP
(ldap://certs.halmstein.example) or I can send it as a .cer file. Please
compare the fingerprint by phone with me before you import it - I'm at
+49 5299 4471-190 until 6 pm.

Could you send me your domain certificate in return? The old one for
northbridge-re.example expired on 15 February.

"""
    return M(E("ram"), "Aarav Mehta <aarav.mehta@northbridge-re.example>",
             "Domain certificate exchange halmstein.example", D("2026-03-04 13:16"),
             body + SIG["ram"], cte="7bit", hdr=[XM_OUTLOOK])

# ---------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
# deliberately invalid IBANs (test data, customer typos)
BAD_IBAN_OK = {"DE00 0000 0000 0000 0000 00"}


def build(outdir):
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        name = "%s%04d" % (PFX, n)
        m = fn()
        if "Message-ID" not in m:
            h = hashlib.sha1(name.encode()).hexdigest()
            m["Message-ID"] = "<%s.%s@mail.%s>" % (h[:14].upper(), h[14:22], DOM)
        k = 0
        for part in m.walk():
            if part.get_content_maintype() == "multipart":
                k += 1
                part.set_boundary("----=_Part_%d_%s.%d" % (
                    k, hashlib.md5(("%s/%d" % (name, k)).encode()).hexdigest()[:16], 1767225600 + n))
        with open(os.path.join(outdir, "mails", name + ".eml"), "wb") as f:
            f.write(m.as_bytes(policy=POL))
        rows.append("\t".join((name + ".eml", label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_RE = re.compile(r"\b(?:DE\d{2}(?: ?\d{4}){4} ?\d{2}|AT\d{2}(?: ?\d{4}){4}|GB\d{2} ?[A-Z]{4}(?: ?\d{4}){3} ?\d{2}|PT\d{2}(?: ?\d{4}){5} ?\d)\b", re.I)
HOST_RE = re.compile(r"(?:@|https?://)([A-Za-z0-9.-]+\.[A-Za-z]{2,})")


class CheckError(Exception):
    pass


def check_blob(name, data, where, texts, stats):
    low = name.lower()
    ext = low.rsplit(".", 1)[-1] if "." in low else ""
    if ext in ("xlsx", "docx", "odt", "ods", "zip"):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise CheckError("%s: %s is not a ZIP" % (where, name))
        if z.testzip() is not None:
            raise CheckError("%s: %s has a corrupt member" % (where, name))
        stats[ext] = stats.get(ext, 0) + 1
        if ext == "zip":
            for info in z.infolist():
                check_blob(info.filename, z.read(info), where + "/" + name, texts, stats)
            return
        main = {"xlsx": "xl/workbook.xml", "docx": "word/document.xml",
                "odt": "content.xml", "ods": "content.xml"}[ext]
        if main not in z.namelist():
            raise CheckError("%s: %s lacks %s" % (where, name, main))
        if ext in ("odt", "ods") and z.namelist()[0] != "mimetype":
            raise CheckError("%s: %s mimetype not first" % (where, name))
        for member in z.namelist():
            if member.endswith(".xml") or member.endswith(".rels"):
                root = ET.fromstring(z.read(member))
                if member.endswith(("document.xml", "content.xml")) or "/worksheets/" in member:
                    texts.append(" ".join(t for t in root.itertext()))
    elif ext == "pdf":
        if not data.startswith(b"%PDF-"):
            raise CheckError("%s: %s is no PDF" % (where, name))
        t = pdf_text(data)
        if not t.strip():
            raise CheckError("%s: %s has no text layer" % (where, name))
        texts.append(t)
        stats["pdf"] = stats.get("pdf", 0) + 1
    elif ext == "ics":
        t = data.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            raise CheckError("%s: %s no VCALENDAR" % (where, name))
        texts.append(t.replace("\r\n ", ""))
        stats["ics"] = stats.get("ics", 0) + 1
    elif ext in ("csv", "txt", "log", "json", "xml", "html"):
        enc = "utf-8"
        if data[:3] == b"\xef\xbb\xbf":
            data = data[3:]
        try:
            t = data.decode(enc)
        except UnicodeDecodeError:
            t = data.decode("cp1252")
        texts.append(t)
        stats[ext] = stats.get(ext, 0) + 1
    else:
        stats[ext or "other"] = stats.get(ext or "other", 0) + 1


def check_mail(path, stats):
    raw = open(path, "rb").read()
    if re.search(rb"(?<!\r)\n", raw):
        raise CheckError("%s: bare LF" % path)
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    texts = []
    for part in msg.walk():
        if part.defects:
            raise CheckError("%s: defects %r" % (path, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                raise CheckError("%s: header %s defects %r" % (path, k, v.defects))
            texts.append(str(v))
        ctype = part.get_content_type()
        if part.is_multipart():
            if ctype == "message/rfc822":
                stats["rfc822"] = stats.get("rfc822", 0) + 1
            continue
        payload = part.get_payload(decode=True)
        fname = part.get_filename()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                raise CheckError("%s: %s does not decode as %s (%s)" % (path, ctype, cs, e))
            if fname:
                check_blob(fname, payload, path, texts, stats)
            else:
                texts.append(t)
        elif fname:
            check_blob(fname, payload, path, texts, stats)
    return msg, "\n".join(texts)


def check(outdir=HERE):
    with tempfile.TemporaryDirectory() as tmp:
        build(tmp)
        a = sorted(os.listdir(os.path.join(tmp, "mails")))
        b = sorted(os.listdir(os.path.join(outdir, "mails")))
        if a != b:
            raise CheckError("file lists differ: rebuild %d vs folder %d" % (len(a), len(b)))
        for f in a:
            if open(os.path.join(tmp, "mails", f), "rb").read() != open(os.path.join(outdir, "mails", f), "rb").read():
                raise CheckError("%s differs from rebuild" % f)
        if open(os.path.join(tmp, "labels.tsv"), "rb").read() != open(os.path.join(outdir, "labels.tsv"), "rb").read():
            raise CheckError("labels.tsv differs from rebuild")
    lines = open(os.path.join(outdir, "labels.tsv"), encoding="utf-8").read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", lines[0]
    rows = [ln.split("\t") for ln in lines[1:] if ln]
    ids, stats, table, kinds, traps = set(), {}, {}, {}, 0
    for r in rows:
        if len(r) != 5:
            raise CheckError("bad labels row %r" % r)
        f, label, lang, kind, reason = r
        if label not in LABELS or lang not in ("de", "en") or not kind or not reason.strip():
            raise CheckError("bad labels row %r" % r)
        if reason.startswith("trap:") and label != "NORMAL":
            raise CheckError("%s: trap on a non-NORMAL mail" % f)
        traps += reason.startswith("trap:")
        msg, text = check_mail(os.path.join(outdir, "mails", f), stats)
        mid = msg["Message-ID"]
        if not mid or mid in ids:
            raise CheckError("%s: Message-ID missing or duplicate" % f)
        ids.add(mid)
        if " 2026 " not in msg["Date"]:
            raise CheckError("%s: date not in 2026" % f)
        for h in HOST_RE.findall(text):
            if not h.lower().endswith(".example"):
                raise CheckError("%s: host %s does not end in .example" % (f, h))
        for ib in IBAN_RE.findall(text):
            if not iban_valid(ib) and ib not in BAD_IBAN_OK:
                raise CheckError("%s: invalid IBAN %s" % (f, ib))
        top = msg.get_content_type()
        stats["top " + top] = stats.get("top " + top, 0) + 1
        table[(label, lang)] = table.get((label, lang), 0) + 1
        kinds[kind] = kinds.get(kind, 0) + 1
    print("mails: %d, all parsed without defects, rebuild byte-identical" % len(rows))
    for label in LABELS:
        de, en = table.get((label, "de"), 0), table.get((label, "en"), 0)
        print("  %-22s de %3d  en %3d  total %3d" % (label, de, en, de + en))
    de = sum(v for (l, g), v in table.items() if g == "de")
    print("  %-22s de %3d  en %3d  total %3d" % ("all", de, len(rows) - de, len(rows)))
    print("traps (NORMAL with 'trap:'): %d" % traps)
    print("kinds: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items(), key=lambda kv: -kv[1])))
    print("parts: " + ", ".join("%s %d" % kv for kv in sorted(stats.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    if args.check:
        try:
            check(args.out)
        except CheckError as e:
            print("CHECK FAILED:", e)
            sys.exit(1)
        print("CHECK OK")
    else:
        build(args.out)
        print("wrote %d mails to %s" % (len(MAILS), os.path.join(args.out, "mails")))


if __name__ == "__main__":
    main()
