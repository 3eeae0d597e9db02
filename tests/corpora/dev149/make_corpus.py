#!/usr/bin/env python3
"""Siegel independent corpus dev149 - 150 fictitious outgoing mails of the
Brückenhof Versicherungsgruppe (brueckenhof.example), labelled by hand.

    python3 make_corpus.py           writes mails/d149-0001.eml ... and labels.tsv
    python3 make_corpus.py --check   rebuilds in memory, compares byte for byte,
                                     parses and opens everything, prints stats

Standard library only. Every attachment (PDF, DOCX, XLSX, ODT, ODS, ZIP, CSV,
ICS, HTML, message/rfc822) is built by hand below. All persons, firms, numbers,
addresses and IBANs are invented; every domain ends in .example.
"""
import base64
import csv
import datetime as _dt
import email
import email.policy
import hashlib
import io
import os
import quopri
import random
import re
import sys
import zipfile
import zlib
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime, parseaddr
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d149-"
CRLF = b"\r\n"

# ---------------------------------------------------------------------------
# small helpers: dates, ids, quoting
# ---------------------------------------------------------------------------

def when(s):
    """'2026-03-04 09:12' -> aware datetime in German local time (fixed rules)."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = _dt.datetime(2026, 3, 29, 2, 0) <= d < _dt.datetime(2026, 10, 25, 3, 0)
    return d.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=2 if summer else 1)))


def hx(*parts, n=16):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def q(text, mark="> "):
    """'>'-quote a text (empty lines get a bare '>')."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((mark + line) if line.strip() else mark.rstrip())
    return "\n".join(out)


def outlook(frm, sent, to, subject, text, lang="de", cc=None):
    """Outlook-style quoted original (no '>' marks)."""
    if lang == "de":
        h = ["-----Ursprüngliche Nachricht-----", "Von: " + frm, "Gesendet: " + sent, "An: " + to]
        if cc:
            h.append("Cc: " + cc)
        h.append("Betreff: " + subject)
    else:
        h = ["-----Original Message-----", "From: " + frm, "Sent: " + sent, "To: " + to]
        if cc:
            h.append("Cc: " + cc)
        h.append("Subject: " + subject)
    return "\n".join(h) + "\n\n" + text.strip("\n")


def fwd(frm, date, to, subject, text, lang="de"):
    if lang == "de":
        h = "-------- Weitergeleitete Nachricht --------\nBetreff: %s\nDatum: %s\nVon: %s\nAn: %s" % (subject, date, frm, to)
    else:
        h = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s" % (frm, date, subject, to)
    return h + "\n\n" + text.strip("\n")


# ---------------------------------------------------------------------------
# MIME building (raw bytes, CRLF everywhere)
# ---------------------------------------------------------------------------

def _crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def enc_header(name, value, charset="utf-8"):
    try:
        value.encode("ascii")
        if len(name) + len(value) + 2 <= 78:
            return ("%s: %s" % (name, value)).encode()
        h = Header(value, "us-ascii", header_name=name)
    except UnicodeEncodeError:
        try:
            value.encode(charset)
        except (UnicodeEncodeError, LookupError):
            charset = "utf-8"
        h = Header(value, charset, header_name=name)
    return ("%s: %s" % (name, h.encode(linesep="\r\n", maxlinelen=76))).encode("ascii")


def enc_addrs(name, value, charset="utf-8"):
    items = []
    for a in value:
        nm, ad = parseaddr(a)
        cs = charset
        if nm:
            try:
                nm.encode("ascii")
            except UnicodeEncodeError:
                try:
                    nm.encode(charset)
                except (UnicodeEncodeError, LookupError):
                    cs = "utf-8"
        items.append(formataddr((nm, ad), charset=cs) if nm else ad)
    line = name + ": "
    out = []
    cur = line
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(cur) + len(piece) + 1 > 78 and cur.strip() != name + ":":
            out.append(cur.rstrip())
            cur = " " + piece + " "
        else:
            cur += piece + " "
    out.append(cur.rstrip())
    return "\r\n".join(out).encode("ascii")


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None):
        self.headers = headers          # list of bytes lines (already encoded)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def bytes(self):
        out = CRLF.join(self.headers) + CRLF + CRLF
        if self.parts is None:
            return out + self.body
        b = self.boundary.encode()
        if self.preamble:
            out += self.preamble.encode() + CRLF
        for p in self.parts:
            out += b"--" + b + CRLF + p.bytes() + CRLF
        out += b"--" + b + b"--" + CRLF
        return out


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return _crlf(quopri.encodestring(data))
    if cte == "7bit":
        data.decode("ascii")
    body = _crlf(data)
    assert max(len(l) for l in body.split(CRLF)) < 998
    return body


def textpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    text = text.strip("\n") + "\n"
    data = text.encode(charset)
    ct = 'Content-Type: text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    return Part([ct.encode(), ("Content-Transfer-Encoding: " + cte).encode()], encode_body(data, cte))


def multipart(sub, parts, boundary, preamble=None):
    return Part([('Content-Type: multipart/%s;\r\n boundary="%s"' % (sub, boundary)).encode()],
                parts=parts, boundary=boundary, preamble=preamble)


class Att:
    def __init__(self, filename, ctype, data, inline=False, cte=None):
        self.filename, self.ctype, self.data, self.inline, self.cte = filename, ctype, data, inline, cte

    def part(self):
        fn = self.filename
        disp = "inline" if self.inline else "attachment"
        try:
            fn.encode("ascii")
            ct = 'Content-Type: %s; name="%s"' % (self.ctype, fn)
            cd = 'Content-Disposition: %s; filename="%s"' % (disp, fn)
        except UnicodeEncodeError:
            ct = 'Content-Type: %s;\r\n name="%s"' % (self.ctype, Header(fn, "utf-8").encode())
            cd = "Content-Disposition: %s;\r\n filename*=utf-8''%s" % (
                disp, "".join(c if c.isalnum() and c.isascii() or c in "._-" else "%%%02X" % b
                               for c in fn for b in (c.encode("utf-8") if not (c.isascii()) else [ord(c)])))
        if self.ctype == "message/rfc822":
            cte = self.cte or "7bit"
            if cte == "7bit":
                try:
                    self.data.decode("ascii")
                except UnicodeDecodeError:
                    cte = "8bit"
            return Part([ct.encode(), ("Content-Transfer-Encoding: " + cte).encode(), cd.encode()],
                        _crlf(self.data))
        cte = self.cte or "base64"
        return Part([ct.encode(), ("Content-Transfer-Encoding: " + cte).encode(), cd.encode()],
                    encode_body(self.data, cte))


MAILERS = {
    "outlook": "Microsoft Outlook 16.0",
    "tb": "Mozilla Thunderbird 128.6",
    "crm": "BH-Kundendialog 4.2 (Ticketsystem)",
    "nl": "BH-Newsletter 2.1",
    "auto": None,
}


def build_message(n, m, inner=False):
    """m: dict with the mail spec. Returns raw bytes."""
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    bseed = m.get("bseed", "%s%04d" % (PREFIX, n))
    bn = [0]

    def bnd():
        bn[0] += 1
        return "----=_Part_%s_%d" % (hx(bseed, bn[0], n=12), bn[0])

    # body structure
    atts = [a.part() for a in m.get("atts", [])]
    if m.get("html_only"):
        root = textpart(m["html"], "html", cs, m.get("html_cte", cte))
    else:
        plain = textpart(m["body"], "plain", cs, cte, m.get("flowed", False))
        if m.get("html"):
            html = textpart(m["html"], "html", cs, m.get("html_cte", cte))
            root = multipart("alternative", [plain, html], bnd())
        else:
            root = plain
    if atts:
        root = multipart("mixed", [root] + atts, bnd(),
                         preamble=None if m.get("no_preamble") else "This is a multi-part message in MIME format.")
    hdr = []
    d = when(m["date"])
    hdr.append(("Date: " + format_datetime(d)).encode())
    hdr.append(enc_addrs("From", [m["frm"]], cs))
    if m.get("sender"):
        hdr.append(enc_addrs("Sender", [m["sender"]], cs))
    if m.get("reply_to"):
        hdr.append(enc_addrs("Reply-To", [m["reply_to"]], cs))
    to = m["to"] if isinstance(m["to"], (list, tuple)) else [m["to"]]
    hdr.append(enc_addrs("To", to, cs))
    if m.get("cc"):
        cc = m["cc"] if isinstance(m["cc"], (list, tuple)) else [m["cc"]]
        hdr.append(enc_addrs("Cc", cc, cs))
    hdr.append(enc_header("Subject", m["subject"], cs if cs != "us-ascii" else "utf-8"))
    mid = m.get("mid") or "<%s.%s@mail.brueckenhof.example>" % (hx("mid", n, inner, m["subject"], n=20), n if not inner else "f")
    hdr.append(("Message-ID: " + mid).encode())
    if m.get("irt"):
        hdr.append(("In-Reply-To: " + m["irt"]).encode())
        refs = m.get("refs") or m["irt"]
        hdr.append(("References: " + refs).encode())
    ua = m.get("mailer", "outlook")
    if ua == "tb":
        hdr.append(b"User-Agent: Mozilla Thunderbird")
    elif MAILERS.get(ua):
        hdr.append(("X-Mailer: " + MAILERS[ua]).encode())
    for k, v in m.get("headers", []):
        hdr.append(enc_header(k, v, "utf-8"))
    hdr.append(b"MIME-Version: 1.0")
    root.headers = hdr + root.headers
    return root.bytes()


# ---------------------------------------------------------------------------
# hand-made attachments
# ---------------------------------------------------------------------------
ZDATE = (2026, 1, 5, 8, 30, 0)


def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zip_(members, date=(2026, 2, 2, 10, 0, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(lines, title="Dokument", author="Brückenhof Versicherungsgruppe", date="20260105083000"):
    """lines: list of str; '# ' prefix = bold heading, '' = blank line. Wraps at 92 chars."""
    import textwrap
    flat = []
    for l in lines:
        if l.startswith("# "):
            flat.append(("B", l[2:]))
        elif not l:
            flat.append(("N", ""))
        else:
            for w in textwrap.wrap(l, 92) or [""]:
                flat.append(("N", w))
    pages = [flat[i:i + 58] for i in range(0, len(flat), 58)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title " + _pdfstr(title) + b" /Author " + _pdfstr(author) +
               b" /Producer (BH-Dokumentservice 3.1) /CreationDate (D:" + date.encode() + b"+01'00') >>")
    kids = []
    nxt = 6
    for pg in pages:
        cs = [b"BT /F1 10 Tf 56 786 Td 13 TL"]
        for kind, txt in pg:
            if kind == "B":
                cs.append(b"/F2 11 Tf " + _pdfstr(txt) + b" Tj T* /F1 10 Tf")
            else:
                cs.append(_pdfstr(txt) + b" Tj T*")
        cs.append(b"ET")
        raw = zlib.compress(b"\n".join(cs), 9)
        objs[nxt] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(raw) + raw + b"\nendstream"
        objs[nxt + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % nxt)
        kids.append(nxt + 1)
        nxt += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    mx = max(objs)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (mx + 1)
    for i in range(1, mx + 1):
        out += b"%010d 00000 n \n" % offs[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (mx + 1, xref)
    return out


CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T08:30:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-05T08:30:00Z</dcterms:modified></cp:coreProperties>')


def docx(paras, author="Brückenhof"):
    """paras: str (paragraph; '# ' = bold) or list of rows (table)."""
    body = []
    for p in paras:
        if isinstance(p, list):
            rows = "".join("<w:tr>" + "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(str(c)) for c in r) + "</w:tr>" for r in p)
            body.append('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>' + rows + "</w:tbl>")
        elif p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>" + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                 ("docProps/core.xml", CORE % xesc(author))])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1", author="Brückenhof"):
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          "<sheetData>" + "".join(xr) + "</sheetData></worksheet>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
           '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    st = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbr), ("xl/styles.xml", st), ("xl/worksheets/sheet1.xml", sh),
                 ("docProps/core.xml", CORE % xesc(author))])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"')


def _odf(mime, content):
    man = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
           '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
           '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>' % mime)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/7.6</meta:generator><meta:creation-date>2026-01-05T08:30:00</meta:creation-date></office:meta></office:document-meta>')
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", man), ("content.xml", content), ("meta.xml", meta)],
                stored_first="mimetype")


def odt(paras):
    body = "".join('<text:p>%s</text:p>' % xesc(p) for p in paras)
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:text>%s</office:text></office:body></office:document-content>' % (ODF_NS, body))
    return _odf("application/vnd.oasis.opendocument.text", c)


def ods(rows, sheet="Tabelle1"):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:spreadsheet><table:table table:name="%s">%s</table:table>'
         '</office:spreadsheet></office:body></office:document-content>' % (ODF_NS, xesc(sheet), "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", c)


def csv_(rows, encoding="utf-8", delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def ics(uid, start, end, summary, location="", description="", organizer="", attendees=(), method="REQUEST"):
    def fold(line):
        b = line.encode("utf-8")
        out = []
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b[cut:]
        out.append(b)
        return b"\r\n ".join(out).decode("utf-8")

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260105T083000Z",
         "DTSTART;TZID=W. Europe Standard Time:" + start, "DTEND;TZID=W. Europe Standard Time:" + end,
         "SUMMARY:" + esc(summary)]
    if location:
        L.append("LOCATION:" + esc(location))
    if description:
        L.append("DESCRIPTION:" + esc(description))
    if organizer:
        L.append("ORGANIZER:mailto:" + organizer)
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + a)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in L) + "\r\n").encode("utf-8")


def eml(spec, key):
    """An attached mail (message/rfc822) built with the same code."""
    return build_message(key, spec, inner=True)


def html_doc(inner, title=""):
    return ('<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>%s</title>'
            '<style>body{font-family:Arial,sans-serif;font-size:10pt} td,th{border:1px solid #999;padding:2px 6px}</style>'
            '</head><body>\n%s\n</body></html>' % (title, inner))


def table(rows, head=True):
    out = ['<table cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, xesc(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# the invented world: signatures and footers
# ---------------------------------------------------------------------------
DOM = "brueckenhof.example"
KS = "Brückenhof Kundenservice <kundenservice@brueckenhof.example>"
KS_EN = "Brückenhof Customer Service <kundenservice@brueckenhof.example>"

FOOT_DE = """--
Brückenhof Versicherungsgruppe · Hasestraße 40 · 49074 Osnabrück
Brückenhof Allgemeine Versicherung AG · Sitz Osnabrück · Amtsgericht Osnabrück HRB 20417
Vorstand: Dr. Georg Tebbe (Vors.), Annika Wellmann, Hans-Peter Quade
Vorsitzender des Aufsichtsrats: Ludger Imholte

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn
Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,
informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte
Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""

FOOT_EN = """--
Brückenhof Versicherungsgruppe · Hasestrasse 40 · 49074 Osnabrück · Germany
Registered office Osnabrück · Local court Osnabrück HRB 20417
Management board: Dr. Georg Tebbe (Chair), Annika Wellmann, Hans-Peter Quade

This e-mail may contain confidential and/or privileged information. If you are not the
intended recipient (or have received this e-mail in error) please notify the sender
immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution
of the material in this e-mail is strictly forbidden."""

FOOT_SHORT = """--
Brückenhof Versicherungsgruppe, Hasestraße 40, 49074 Osnabrück
Sitz Osnabrück, AG Osnabrück HRB 20417, Vorstand: Dr. G. Tebbe (Vors.), A. Wellmann, H.-P. Quade"""

KS_SIG = """Brückenhof Versicherungsgruppe
Kundenservice
Telefon 0541 9033-100 (Mo–Fr 8–19 Uhr)
kundenservice@brueckenhof.example · www.brueckenhof.example"""

KS_SIG_EN = """Brückenhof Versicherungsgruppe
Customer Service (International Desk)
Phone +49 541 9033-190 (Mon–Fri 8 am – 6 pm CET)
kundenservice@brueckenhof.example · www.brueckenhof.example/en"""

MAILS = []


def add(label, lang, kind, reason, **m):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    m.update(label=label, lang=lang, kind=kind, reason=reason)
    MAILS.append(m)


def cid(local, host):
    """Message-ID of a customer's or partner's earlier mail."""
    return "<%s@%s>" % (local, host)

# ===========================================================================
# MAILS
# ===========================================================================

# --- 1 -------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "short service reply; knee surgery (Kreuzband), physio invoices and KV number only in the quoted customer mail",
    frm=KS, to="Dennis Hülsmann <d.huelsmann@postfach-nord.example>",
    subject="AW: Rechnungen Physio nach Kreuzband-OP [Ticket#2026011410000871]",
    date="2026-01-14 10:02", mailer="crm", irt="<c81f22.1947@postfach-nord.example>",
    body="""Hallo Herr Hülsmann,

danke für Ihre Nachricht. Die Rechnungen sind bei uns angekommen und liegen jetzt in der Leistungsabteilung. Die Bearbeitung dauert im Moment etwa 5 bis 7 Arbeitstage, Sie bekommen dann die Abrechnung per Post.

Viele Grüße
Jana Petersen

""" + KS_SIG + """

Am 13.01.2026 um 21:47 schrieb Dennis Hülsmann:
""" + q("""Guten Abend,

anbei die Rechnungen von der Physiotherapie Hasepark (12x KG nach vorderer Kreuzband-OP rechts im November) und vom Orthopäden für die Nachkontrolle. Ist das so ok per Mail oder muss ich das über die App machen? Meine Versicherungsnummer ist KV 402 118 733.

Gruß Dennis Hülsmann

Von meinem iPhone gesendet"""))

# --- 2 -------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-customer",
    "trap: prospect asks generally about dental implants/Zahnersatz; answer is product information only, no contract, no health data of the writer",
    frm=KS, to="Lena Vosskötter <lena.v@webmail.example>",
    subject="AW: Frage Zahnzusatzversicherung – Implantate?", date="2026-01-08 15:31",
    irt="<8a1e0c3f-22aa@webmail.example>", mailer="crm",
    body="""Guten Tag Frau Vosskötter,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung.

Kurz zu Ihrer Frage: In den Tarifen ZahnPlus 80 und ZahnPlus 90 sind Implantate mitversichert (80 bzw. 90 % des Rechnungsbetrags, inklusive Knochenaufbau). In den ersten vier Versicherungsjahren gelten Höchstbeträge (1.000 / 2.000 / 3.000 / 4.000 Euro). Professionelle Zahnreinigung zahlen wir bis 150 Euro im Jahr, ohne Wartezeit.

Bei Antragstellung stellen wir wenige Gesundheitsfragen, z. B. ob aktuell eine Behandlung angeraten ist oder Zähne fehlen, die noch nicht ersetzt sind. Bitte schicken Sie uns dazu keine Unterlagen per E-Mail – das läuft alles über den Online-Antrag.

Die Tarifübersicht finden Sie hier: https://www.brueckenhof.example/zahn

Freundliche Grüße
Murat Aksoy
Kundenservice

""" + KS_SIG + """

-----Ursprüngliche Nachricht-----
Von: Lena Vosskötter <lena.v@webmail.example>
Gesendet: Donnerstag, 8. Januar 2026 11:12
An: kundenservice@brueckenhof.example
Betreff: Frage Zahnzusatzversicherung – Implantate?

Hallo, ich bin noch nicht bei Ihnen versichert und vergleiche gerade. Zahlt Ihre Zahnzusatz auch Implantate und wie ist das mit Wartezeiten? Danke!""")

# --- 3 -------------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "motor policy: new IBAN and SEPA mandate of a named customer (IBAN in the quoted mail and in the reply)",
    frm=KS_EN, to="Rahul Mehta <rahul.mehta@mailo.example>",
    subject="RE: Change of bank account for my car insurance", date="2026-01-09 09:18",
    charset="us-ascii", cte="7bit", irt="<CAK7x91mehta0108@mailo.example>",
    body="""Dear Mr Mehta,

thank you for your message. We have updated the direct debit for your motor policy KF 66 104 582 (VW Golf, OS-RM 418) to your new account:

IBAN: DE42 8290 4808 3692 7114 80
Account holder: Rahul Mehta

The next premium of EUR 61.40 will be collected from the new account on 1 February 2026. You do not need to sign a new mandate, your e-mail is sufficient for us.

Kind regards
Daniel Okafor
Customer Service

Brueckenhof Versicherungsgruppe
Customer Service (International Desk)
Phone +49 541 9033-190

-----Original Message-----
From: Rahul Mehta <rahul.mehta@mailo.example>
Sent: Thursday, January 8, 2026 7:55 PM
To: kundenservice@brueckenhof.example
Subject: Change of bank account for my car insurance

Hello,
I moved my salary account to another bank. Please take the premium for my car insurance (KF 66 104 582) from now on from DE42829048083692711480.
Thanks, Rahul""")

# --- 4 -------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-customer",
    "trap: automatic acknowledgement of the service mailbox; warns not to send Arztberichte, Diagnosen, Bankdaten unencrypted, nothing about a person",
    frm="Brückenhof Kundenservice <noreply-kundenservice@brueckenhof.example>",
    to="info@schreiner-koop.example", subject="Eingangsbestätigung: Ihre Nachricht an den Brückenhof Kundenservice",
    date="2026-01-05 07:12", mailer="auto",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")],
    body="""Guten Tag,

vielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wird in der Reihenfolge des Eingangs bearbeitet. Derzeit antworten wir innerhalb von zwei Arbeitstagen.

Bitte beachten Sie: E-Mails werden im Internet unverschlüsselt übertragen. Schicken Sie uns Arztberichte, Rechnungen von Ärzten und Krankenhäusern, Diagnosen, Bankverbindungen oder Kopien von Ausweisen deshalb bitte nicht per einfacher E-Mail, sondern über Ihr Kundenpostfach (https://postfach.brueckenhof.example) oder die Brückenhof-App. Dort ist die Übertragung Ende-zu-Ende geschützt.

Schäden können Sie rund um die Uhr unter https://www.brueckenhof.example/schaden melden.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht darauf.

Ihr Brückenhof Kundenservice""")

# --- 5 -------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "travel health claim: appendectomy in a Spanish hospital, named insured, claim number; diagnosis in reply and quoted mail",
    frm="Aoife Brennan <aoife.brennan@brueckenhof.example>", to="Katrin Albrecht <katrin.albrecht@icloud-mail.example>",
    cc=KS_EN, subject="RE: Hospital in Malaga - what do I need to send?", date="2026-02-17 16:40",
    irt="<5E1D2A90-77B1-4C0A@icloud-mail.example>",
    body="""Dear Ms Albrecht,

I hope you are feeling better after the operation.

For your travel health claim RV-2026-31877 we need:
- the discharge report from Hospital Costa del Sol (it can be in Spanish, we translate it),
- the final invoice for the appendectomy and the three nights on the ward,
- the pharmacy receipts for the antibiotics (amoxicillin/clavulanic acid).

Please upload everything in your customer mailbox rather than by e-mail. If the hospital asks for a guarantee of payment, they can contact our assistance partner directly on +34 952 000 417 - reference BH-ASS-20260215-08.

Best regards
Aoife Brennan
Travel & International Claims

""" + FOOT_EN + """

On Tue, 17 Feb 2026 at 08:03, Katrin Albrecht <katrin.albrecht@icloud-mail.example> wrote:
""" + q("""Hi, I had to go to hospital in Malaga on Sunday with appendicitis, they operated the same night. I'm out now but still on antibiotics. Policy is the annual travel insurance, RV-2026-31877. What do you need from me? I only have the papers in Spanish.
Katrin"""))

# --- 6 -------------------------------------------------------------------
add("NORMAL", "de", "internal",
    "trap: team statistics of the service mailbox (topics like Arztrechnungen, Krankenhaus, Beitragsanpassung KV) in aggregate only, plus a rule not to write diagnoses into ticket subjects",
    frm="Claudia Meyer-Brinkmann <claudia.meyer-brinkmann@brueckenhof.example>",
    to="Team Kundenservice <ks-team@brueckenhof.example>", subject="Wochenzahlen KW 2 + Bitte zu Ticket-Betreffs",
    date="2026-01-12 08:05", charset="windows-1252", cte="8bit",
    body="""Moin zusammen,

die Zahlen aus der letzten Woche (KW 2):

Eingang Postfach gesamt      4.812  (Vorwoche 3.970)
davon Arztrechnungen/Belege  1.211
Beitragsanpassung KV           644
Kfz (Schaden + Wechsel)        388
Krankenhaus / Kostenzusage     152
Kündigungen                    301
Sonstiges                    2.116

Durchschnittliche Antwortzeit: 1,6 Arbeitstage, Ziel bleibt 1,0. Danke an alle, die am Samstag mitgemacht haben!

Und eine Bitte von Frau Dr. Weitkamp (Datenschutz): schreibt bitte keine Diagnosen oder Krankheitsbezeichnungen in den Betreff von Tickets oder Antworten. Der Betreff landet unverschlüsselt in allen Postfächern und Protokollen. "Ihre Rechnungen" reicht völlig, nicht "Ihre Rechnungen Chemotherapie".

Schönen Wochenstart
Claudia

Claudia Meyer-Brinkmann
Teamleitung Kundenservice
Durchwahl -104""")

# --- 7 -------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "household claim (bicycle theft) of a named customer: claim number, policy, address; no health content",
    frm=KS, to="Marita Schoppe <m.schoppe@kabelpost.example>",
    subject="AW: Fahrrad gestohlen", date="2026-01-20 11:47", charset="iso-8859-1", cte="quoted-printable",
    irt="<000a01dc8a2e$5b1f7e30@kabelpost.example>",
    body="""Sehr geehrte Frau Schoppe,

das tut uns leid mit Ihrem Fahrrad. Wir haben den Schaden zu Ihrer Hausratversicherung HR-2291-448 unter der Schadennummer S-26-0041873 angelegt.

Damit wir weitermachen können, brauchen wir noch:
1. die Tagebuchnummer der Polizei (Anzeige bei der PI Osnabrück),
2. den Kaufbeleg des Rades (Kalkhoff, Kaufpreis laut Ihrer Mail 2.349 Euro),
3. ein Foto des Schlosses, falls noch vorhanden.

Fahrraddiebstahl ist in Ihrem Vertrag bis 3.000 Euro mitversichert, auch nachts im Keller der Lotter Straße 112.

Mit freundlichen Grüßen
Sven Dierks
Kundenservice

> Hallo, mir wurde heute Nacht aus dem Keller (Lotter Str. 112, Osnabrück) mein E-Bike geklaut. Ist das über die Hausrat drin? Gekauft letztes Jahr für 2349 Euro.
> Marita Schoppe""")

# --- 8 -------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "life insurance: confirmation of a new revocable beneficiary of a named policyholder; personal line, no medical words",
    frm="Carsten Vahrenholt <carsten.vahrenholt@brueckenhof.example>",
    to="Bernd Kottmann <bernd.kottmann@t-post.example>",
    subject="Ihre Lebensversicherung LV-7730-2214 – Änderung des Bezugsrechts", date="2026-01-22 14:20",
    body="""Sehr geehrter Herr Kottmann,

wie mit Ihnen am Telefon besprochen, haben wir das Bezugsrecht für den Todesfall in Ihrer Lebensversicherung LV-7730-2214 geändert.

Bezugsberechtigt ist ab dem 21.01.2026:
  Frau Sabine Kottmann, geb. Rahe, geboren am 03.09.1968 (widerrufliches Bezugsrecht, 100 %)

Das bisherige Bezugsrecht zugunsten Ihrer Tochter ist damit aufgehoben. Den Nachtrag zum Versicherungsschein erhalten Sie in den nächsten Tagen per Post.

Für den Erlebensfall bleiben Sie selbst bezugsberechtigt (Ablauf 01.12.2034, garantierte Ablaufleistung 48.210 Euro).

Mit freundlichen Grüßen

Carsten Vahrenholt
Vertragsservice Leben
Brückenhof Lebensversicherung AG
Telefon 0541 9033-311

""" + FOOT_DE)

# --- 9 -------------------------------------------------------------------
add("NORMAL", "en", "internal",
    "trap: IT test of mailbox routing rules with an explicitly fictitious person and the published example IBAN DE02 1203 0000 0000 2020 51",
    frm="Niklas Frerichs <niklas.frerichs@brueckenhof.example>", to="ks-routing-test@brueckenhof.example",
    cc="Priya Raman <priya.raman@brueckenhof.example>",
    subject="[TEST] routing rule KS-17 - please ignore", date="2026-01-07 17:55", charset="us-ascii", cte="7bit",
    body="""TEST MESSAGE - generated for routing rule KS-17 (health claims keywords -> queue LEI-KV).
Do not answer, do not forward, tickets from this mail will be closed automatically.

Test person: Max Mustermann (fictitious), Musterstrasse 1, 12345 Musterstadt
Policy: KV 000 000 000 (test range)
Keywords: Arztrechnung, Krankenhaus, Diagnose, hospital invoice
Bank: DE02 1203 0000 0000 2020 51 (published example IBAN, not a real account)

Expected result: ticket in queue LEI-KV, priority normal, no auto-reply.

-- 
Niklas Frerichs
IT Anwendungsbetreuung Kundendialog
ext. -722""")

# --- 10 ------------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "motor claim (rear-end collision, nobody hurt) of a named customer: claim number, plate, repair shop",
    frm="Kemal Öztürk <kemal.oeztuerk@brueckenhof.example>", to="James Whitfield <j.whitfield@postbox-uk.example>",
    subject="Your claim S-26-0052210 - rear-end collision on 26 January", date="2026-01-28 13:06", cte="8bit",
    body="""Dear Mr Whitfield,

thank you for reporting the accident on Iburger Strasse on 26 January. I am handling your claim under number S-26-0052210.

From the photos and your description the other driver ran into the back of your car (OS-JW 77, Skoda Octavia). As you told us nobody was hurt, we will deal with this as a pure property damage claim. The other driver's insurer has already confirmed liability, so your no-claims class in policy KF 71 220 093 is not affected.

You can take the car to Autohaus Kemper in Georgsmarienhütte, they bill us directly. If you need a hire car, please keep it to the class of your own vehicle.

Kind regards
Kemal Öztürk
Motor Claims

""" + FOOT_EN)

# --- 11 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
    "harmless body; patient name, birth date, KV number and ICD M23.2 only in the attached PDF request to the treating doctor",
    frm="Ralf Nordhorst <ralf.nordhorst@brueckenhof.example>",
    to="Praxis Dr. Sommerfeld <praxis@sommerfeld-orthopaedie.example>",
    subject="Anfrage ärztlicher Bericht – unser Zeichen LF 2026/118302", date="2026-01-26 09:40",
    body="""Sehr geehrte Frau Dr. Sommerfeld,
sehr geehrtes Praxisteam,

anbei unsere Anfrage zu einer gemeinsamen Patientin bzw. Versicherten. Die Schweigepflichtentbindung liegt uns vor und ist beigefügt.

Bitte schicken Sie Ihre Antwort nicht per E-Mail, sondern per Post oder über unser Portal für Leistungserbringer. Ihre Auslagen erstatten wir nach GOÄ Nr. 75.

Mit freundlichen Grüßen
Ralf Nordhorst
Leistungsabteilung Krankenversicherung
Brückenhof Krankenversicherung AG

""" + FOOT_SHORT,
    atts=[Att("Anfrage_LF2026-118302.pdf", "application/pdf", pdf([
        "# Brückenhof Krankenversicherung AG - Leistungsabteilung",
        "Hasestraße 40, 49074 Osnabrück",
        "",
        "An: Praxis Dr. med. Ulrike Sommerfeld, Fachärztin für Orthopädie, Lengericher Landstraße 19, 49078 Osnabrück",
        "",
        "# Anfrage ärztlicher Befundbericht",
        "Versicherte: Tanja Brinkhege, geb. 11.05.1987, KV-Nummer KV 388 901 442",
        "Leistungsfall: LF 2026/118302",
        "Vorliegende Diagnose laut Rechnung vom 12.12.2025: M23.2 G (Meniskusschaden durch alten Riss)",
        "",
        "Bitte beantworten Sie folgende Fragen:",
        "1. Seit wann besteht die Kniegelenkserkrankung rechts und wann erfolgte die Erstbehandlung?",
        "2. Welche Befunde (MRT vom 28.11.2025) begründen die geplante arthroskopische Teilresektion?",
        "3. Bestanden vor dem 01.03.2024 (Versicherungsbeginn) Beschwerden oder Behandlungen am Knie?",
        "",
        "Eine Schweigepflichtentbindung der Versicherten vom 15.01.2026 liegt bei.",
        "Osnabrück, 26.01.2026 - R. Nordhorst"], title="Anfrage LF 2026/118302"))])

# --- 12 ------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-customer",
    "trap: content-free portal notification (new message in the customer mailbox), no data, no line of business",
    frm="Brückenhof Postfach <postfach-noreply@brueckenhof.example>", to="h.tiemeyer@freenet-mail.example",
    subject="Neue Nachricht in Ihrem Brückenhof-Postfach", date="2026-01-15 06:30", mailer="auto",
    charset="utf-8", cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Guten Tag,

in Ihrem Brückenhof-Postfach liegt eine neue Nachricht für Sie.

Melden Sie sich an unter https://postfach.brueckenhof.example, um sie zu lesen. Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.

Die Nachricht bleibt 90 Tage in Ihrem Postfach gespeichert. Laden Sie sie herunter, wenn Sie sie länger aufbewahren möchten.

Ihr Brückenhof Kundenservice

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.""")

# --- 13 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
    "bilingual reply over an English customer mail: pregnancy (week 14) and planned birth, health tariff of the named customer",
    frm=KS, to="Marta Novak <marta.novak@seznam-mail.example>",
    subject="AW: Maternity cover – birth at Klinikum Osnabrück", date="2026-02-03 12:12",
    irt="<a77f1e20c9@seznam-mail.example>",
    body="""Sehr geehrte Frau Novak,
dear Ms Novak,

herzlichen Glückwunsch! / Congratulations!

Ihr Tarif KomfortMed (Vertrag KV 477 302 915) übernimmt die Entbindung im Krankenhaus, die Hebammenleistungen und die Vorsorgeuntersuchungen. Die Wartezeit von 8 Monaten für Entbindungen ist bei Ihnen erfüllt (Beginn 01.04.2025).
Your tariff covers the delivery in hospital, midwife care and all check-ups. The 8-month waiting period for childbirth is over in your case.

Bitte melden Sie Ihr Kind innerhalb von zwei Monaten nach der Geburt an, dann wird es ohne Gesundheitsprüfung versichert.
Please register the baby within two months after birth - then no health questions are asked.

Viele Grüße / Kind regards
Hatice Yıldırım
Kundenservice

""" + KS_SIG + """

Von: Marta Novak <marta.novak@seznam-mail.example>
Gesendet: Montag, 2. Februar 2026 18:20
An: kundenservice@brueckenhof.example
Betreff: Maternity cover – birth at Klinikum Osnabrück

Hello, I am 14 weeks pregnant (due date 5 August) and want to give birth at Klinikum Osnabrück with a private room. My gynaecologist is Dr. Feldkamp. Is this covered by my policy KV 477 302 915? My German is not so good, sorry.
Marta Novak""")

# --- 14 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "cancellation of a motor policy after sale: plate, policy, refund to the customer's IBAN",
    frm=KS, to="Günter Averdiek <g.averdiek@t-post.example>",
    subject="AW: Kündigung Kfz Versicherung wegen Verkauf", date="2026-02-05 08:58", cte="8bit", flowed=True, mailer="tb",
    irt="<3312.averdiek@t-post.example>",
    body="""Guten Morgen Herr Averdiek,

wir haben Ihre Kfz-Versicherung KF 60 331 207 für den Opel Astra OS-GA 1954 zum Verkaufsdatum 31.01.2026 beendet.
Den zu viel gezahlten Beitrag von 87,12 Euro überweisen wir Ihnen in den nächsten Tagen auf Ihr Konto DE13 1212 8840 7855 6629 98.

Ihren Schadenfreiheitsrabatt (SF 23) heben wir sieben Jahre für Sie auf.

Freundliche Grüße
Katharina Wübbeling
Brückenhof Kundenservice

Am 04.02.2026 um 17:33 schrieb Günter Averdiek:
> Sehr geehrte Damen und Herren,
> hiermit kündige ich die Versicherung für meinen Astra OS-GA 1954, verkauft am 31.1.
> Kaufvertrag anbei. Geld bitte auf DE13121288407855662998.
> MfG G. Averdiek""")

# --- 15 ------------------------------------------------------------------
add("NORMAL", "en", "newsletter",
    "trap: customer newsletter about flu vaccination, mental-health app and hospital cover; generic, no personal data",
    frm="Brückenhof Health <newsletter@brueckenhof.example>", to="newsletter-en@brueckenhof.example",
    subject="Brückenhof Health Insights – February 2026", date="2026-02-10 10:00", mailer="nl",
    headers=[("List-Unsubscribe", "<https://www.brueckenhof.example/newsletter/unsubscribe?l=en>"), ("Precedence", "bulk")],
    body="""Brückenhof Health Insights – February 2026

1. Flu season is not over
Flu vaccinations are reimbursed in all our comprehensive and supplementary health tariffs, including for travel. Simply submit the pharmacy receipt and the doctor's invoice in the app.

2. New: mindful, our mental-health app
Sleep problems, stress, low mood? Customers of our comprehensive health insurance can use the mindful app free of charge. It does not replace psychotherapy, but it helps bridge waiting times.

3. Planned hospital stay? Ask for a cost commitment
If your doctor recommends an operation, send us the admission note before the stay. We confirm the cover within three working days and pay the hospital directly.

Read more: https://www.brueckenhof.example/en/health
Unsubscribe: https://www.brueckenhof.example/newsletter/unsubscribe?l=en""",
    html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#1b4f72">Brückenhof Health Insights – February 2026</h2>
<h3>1. Flu season is not over</h3>
<p>Flu vaccinations are reimbursed in all our comprehensive and supplementary health tariffs, including for travel. Simply submit the pharmacy receipt and the doctor's invoice in the app.</p>
<h3>2. New: <i>mindful</i>, our mental-health app</h3>
<p>Sleep problems, stress, low mood? Customers of our comprehensive health insurance can use the mindful app free of charge. It does not replace psychotherapy, but it helps bridge waiting times.</p>
<h3>3. Planned hospital stay? Ask for a cost commitment</h3>
<p>If your doctor recommends an operation, send us the admission note before the stay. We confirm the cover within three working days and pay the hospital directly.</p>
<p><a href="https://www.brueckenhof.example/en/health">Read more</a> · <a href="https://www.brueckenhof.example/newsletter/unsubscribe?l=en">Unsubscribe</a></p>
</body></html>""")

# --- 16 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "customer",
    "agent forwards a customer's mail to the health claims team: rejected psychotherapy (F33.1), name and KV number only in the inline forward",
    frm="Leonie Brandhorst <leonie.brandhorst@brueckenhof.example>", to="Leistung KV <leistung-kv@brueckenhof.example>",
    subject="WG: Widerspruch Ablehnung", date="2026-02-09 10:25",
    body="""Hallo liebe Kolleg:innen,

bitte übernehmt ihr das, die Kundin hat schon zweimal angerufen. Ich habe ihr gesagt, dass ihr euch bis Mittwoch meldet.

Danke und Gruß
Leonie (KS, -131)

""" + fwd("Petra Lindemann <petra.lindemann@postfach-nord.example>", "08.02.2026, 22:14",
         "kundenservice@brueckenhof.example", "Widerspruch Ablehnung", """Sehr geehrte Damen und Herren,

hiermit widerspreche ich Ihrer Ablehnung vom 30.01. zur Kostenübernahme der Verhaltenstherapie (Vertrag KV 512 660 018). Meine Therapeutin Frau Dipl.-Psych. Ahrens hat eine rezidivierende depressive Störung, gegenwärtig mittelgradig (F33.1) festgestellt. Nach 25 Sitzungen wurde ein Verlängerungsantrag gestellt, den Sie ohne Begründung abgelehnt haben. Ich bin seit November krankgeschrieben und brauche die Therapie dringend.

Mit freundlichen Grüßen
Petra Lindemann"""))

# --- 17 ------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-supplier",
    "trap: print order for blank consent / Schweigepflichtentbindung forms; PDF proof with placeholders only",
    frm="Frank Rehorst <frank.rehorst@brueckenhof.example>", to="Auftragsannahme Druckhaus Wiehen <auftrag@druckhaus-wiehen.example>",
    subject="Bestellung 4500018822 – Formular KV-SE 01/2026 (Schweigepflichtentbindung)", date="2026-01-19 13:44",
    body="""Sehr geehrte Damen und Herren,

wir bestellen gemäß Rahmenvertrag:

Pos. 1  Formular KV-SE 01/2026 "Einwilligung und Schweigepflichtentbindungserklärung", DIN A4, 2-seitig, 80 g, weiß
        Menge: 20.000 Stück, Preis lt. Rahmenvertrag 31,40 Euro / 1.000
Pos. 2  Rückumschlag DIN lang, Aufdruck "Leistungsabteilung Krankenversicherung", 20.000 Stück

Die Druckvorlage (Freigabe-PDF) hängt an. Lieferung bitte an Poststelle, Hasestraße 40, Rampe 2, bis 06.02.2026.

Rechnung an: Brückenhof Allgemeine Versicherung AG, Kreditorenbuchhaltung, Bestellnummer bitte angeben.

Mit freundlichen Grüßen
Frank Rehorst
Einkauf

""" + FOOT_SHORT,
    atts=[Att("KV-SE_01-2026_Freigabe.pdf", "application/pdf", pdf([
        "# Einwilligung und Schweigepflichtentbindungserklärung (KV-SE 01/2026)",
        "Versicherte Person: ______________________________  Geburtsdatum: ____________",
        "Versicherungsnummer: ______________________",
        "",
        "Ich entbinde die mich behandelnden Ärztinnen und Ärzte, Zahnärzte, Krankenhäuser und sonstigen Leistungserbringer von ihrer Schweigepflicht, soweit die Brückenhof Krankenversicherung AG Angaben über meine Gesundheit zur Prüfung der Leistungspflicht benötigt.",
        "Die Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen.",
        "",
        "Ort, Datum: ____________________   Unterschrift: ____________________",
        "",
        "Druckfreigabe Einkauf / Datenschutz: 16.01.2026"], title="KV-SE 01/2026 Freigabe"))])

# --- 18 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "internal",
    "HR to payroll: salary increase of a named employee (income figures), no health data",
    frm="Sabine Lammers <sabine.lammers@brueckenhof.example>", to="Uwe Pöhlmann <uwe.poehlmann@brueckenhof.example>",
    subject="Gehaltsanpassung Hr. Tiemann zum 01.03.", date="2026-02-12 15:02",
    body="""Hallo Uwe,

bitte ab März in der Abrechnung berücksichtigen:

Jonas Tiemann, Personalnummer 20871, Kundenservice
bisher: 3.640 Euro brutto/Monat (Tarifgruppe 4, Stufe 2)
neu ab 01.03.2026: 3.910 Euro brutto/Monat (Tarifgruppe 5 nach Übernahme Teamkoordination)
Zulage Teamkoordination: 150 Euro monatlich, befristet bis 31.12.2026

Die unterschriebene Änderungsvereinbarung liegt in der Personalakte.

Danke dir!
Sabine

Sabine Lammers
Personalabteilung – Personalbetreuung
Brückenhof Versicherungsgruppe""")

# --- 19 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "disability (BU) claim of a named customer: burnout/depression, treating psychiatrist, sick leave since October; request for documents",
    frm="Miriam Esch <miriam.esch@brueckenhof.example>", to="Tomasz Wiśniewski <t.wisniewski@mailo.example>",
    subject="Your disability claim under policy BU-5518-0931", date="2026-02-19 11:30", cte="base64",
    body="""Dear Mr Wiśniewski,

thank you for your call on Tuesday and for sending the claim form. I am your contact person for the disability claim under your income protection policy BU-5518-0931.

You told us that you have been on sick leave since 6 October 2025 because of a severe depressive episode with exhaustion (burnout), and that you are being treated by Dr. Kerstin Oltmanns, psychiatrist in Münster, and were in a day clinic from 3 to 28 November.

To assess the claim we need:
1. the discharge letter of the day clinic,
2. a report from Dr. Oltmanns (we send her our questionnaire once we have your signed consent - form enclosed in the post),
3. a description of your last job as a software tester (hours, tasks), our form "Tätigkeitsbeschreibung" - an English version is attached to the letter.

Please do not send medical reports by e-mail. Use the customer mailbox or the post.

Kind regards
Miriam Esch
Disability Claims
Brückenhof Lebensversicherung AG

""" + FOOT_EN)

# --- 20 ------------------------------------------------------------------
add("NORMAL", "de", "internal",
    "trap: data-protection reminder for the service team with invented example sentences about Diagnosen, Arztberichte and IBANs; no real person",
    frm="Dr. Johanna Weitkamp <datenschutz@brueckenhof.example>", to="Team Kundenservice <ks-team@brueckenhof.example>",
    cc="Claudia Meyer-Brinkmann <claudia.meyer-brinkmann@brueckenhof.example>",
    subject="Datenschutz-Kurzinfo 1/2026: Gesundheitsdaten im Postfach", date="2026-01-16 09:00",
    body="""Liebe Kolleginnen und Kollegen im Kundenservice,

ein paar Punkte, die uns in den letzten Stichproben aufgefallen sind:

1. Antworten mit Zitat: Wenn ein Kunde in seiner Mail Diagnosen, Medikamente oder Arztberichte nennt, landen sie beim "Antworten" im Zitat. Solche Antworten bitte immer über "Sicher senden" (Portal) schicken oder das Zitat kürzen.

2. Beispiel, wie es nicht sein soll (erfunden): "AW: Ihre Reha nach Bandscheiben-OP – Frau Muster, KV 000 000 000". Besser: "AW: Ihre Anfrage vom 12.01."

3. Bankdaten: IBANs von Kundinnen und Kunden gehören nicht in interne Chatnachrichten oder Excel-Listen auf dem Gruppenlaufwerk.

4. Weiterleitungen an private Adressen sind nicht erlaubt, auch nicht "nur zum Lesen im Homeoffice".

Fragen gern an mich oder an datenschutz@brueckenhof.example.

Viele Grüße
Johanna Weitkamp
Datenschutzbeauftragte der Brückenhof Versicherungsgruppe""")

# --- 21 ------------------------------------------------------------------
add("NORMAL", "en", "insurer-to-customer",
    "trap: portal one-time password mail (English), no name, no contract, no content",
    frm="Brückenhof Secure Mailbox <postfach-noreply@brueckenhof.example>", to="s.okonkwo@webmail.example",
    subject="Your one-time password for the Brückenhof secure mailbox", date="2026-01-21 18:03", mailer="auto",
    charset="us-ascii", cte="7bit", headers=[("Auto-Submitted", "auto-generated")],
    body="""Hello,

a secure message has been deposited for you in the Brueckenhof secure mailbox.

Your one-time password: 7QK4-D9M2-XW

You will receive a second e-mail with the registration link. Open the link, sign in with this e-mail address and the one-time password, then choose your own password and a security question.

The one-time password is valid for 14 days.

If you did not expect this message, you can ignore it.

Brueckenhof Versicherungsgruppe - Customer Service
https://postfach.brueckenhof.example/en""")

# --- 22 ------------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "household claim (burst washing-machine hose) of a named tenant: claim number, address, contents policy; no injuries",
    frm=KS_EN, to="Elif Demir <elif.demir@posteo-mail.example>",
    subject="RE: Water everywhere in my kitchen!!", date="2026-02-02 09:41", charset="windows-1252", cte="quoted-printable",
    irt="<7c1d90aa-demir@posteo-mail.example>",
    body="""Hi Ms Demir,

sorry to hear that - I have opened claim S-26-0061154 under your contents insurance HR-3107-882.

Please don't throw away the damaged things yet (especially the rug and the kitchen chairs), just take photos. A loss adjuster from our partner Kämper Sachverständige will call you this week to arrange a visit at Bramscher Straße 41, 2nd floor. Damage to the floor and kitchen units belongs to your landlord's building insurance - please inform your landlord too.

Best wishes
Sofia Marquez
Customer Service

> -----Original Message-----
> From: Elif Demir
> Sent: Sunday, 1 February 2026 22:10
> Subject: Water everywhere in my kitchen!!
>
> Hello, the hose of my washing machine burst while I was at work, the whole kitchen and part of the living room were under water. Carpet, chairs, a laptop bag... I have contents insurance with you (HR-3107-882). Nobody got hurt but it's a mess. What do I do??
> Elif Demir, Bramscher Str. 41, 49088 Osnabrueck""")

# --- 23 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "care insurance: daughter reports her mother's dementia and care level 3 in the quoted mail; short agent reply names the contract",
    frm=KS, to="Heike Stallkamp <heike.stallkamp@gmx-mail.example>",
    subject="AW: Pflegegeld für meine Mutter", date="2026-02-04 14:15", mailer="crm",
    irt="<1738601833.4471@gmx-mail.example>",
    body="""Liebe Frau Stallkamp,

vielen Dank, die Vollmacht Ihrer Mutter und der Bescheid des Medizinischen Dienstes sind angekommen. Das Pflegetagegeld aus dem Vertrag PT 220 418 903 zahlen wir ab Februar für Pflegegrad 3 (60 % des vereinbarten Tagessatzes). Sie bekommen dazu noch eine schriftliche Abrechnung.

Herzliche Grüße
Anke Rolfes
Brückenhof Kundenservice

---- Frau Heike Stallkamp schrieb am 03.02.2026 ----

Sehr geehrte Damen und Herren,
meine Mutter Hildegard Stallkamp (geb. 14.07.1941) hat jetzt vom Medizinischen Dienst Pflegegrad 3 bekommen, wegen der fortschreitenden Alzheimer-Demenz. Sie wohnt noch zu Hause, ich und ein Pflegedienst kümmern uns. Sie hat bei Ihnen eine Pflegetagegeldversicherung. Was brauchen Sie? Die Vollmacht hänge ich an.
Mit freundlichen Grüßen
Heike Stallkamp""")

# --- 24 ------------------------------------------------------------------
add("NORMAL", "de", "internal",
    "trap: training invitation (ICS) 'Umgang mit Arztberichten und Gesundheitsdaten im Ticketsystem', no person's data",
    frm="Claudia Meyer-Brinkmann <claudia.meyer-brinkmann@brueckenhof.example>",
    to="Team Kundenservice <ks-team@brueckenhof.example>", subject="Einladung: Schulung \"Sicher senden\" – Gesundheitsdaten im Ticketsystem",
    date="2026-02-06 11:20",
    body="""Hallo zusammen,

wie angekündigt gibt es zwei Termine für die Pflichtschulung zum neuen Button "Sicher senden". Themen:

- wann eine Antwort über das Portal gehen muss (Gesundheitsdaten, Arztberichte, Leben/Kranken/Unfall),
- wie man Zitate kürzt,
- was der Kunde bekommt (Benachrichtigung, Einmal-Passwort),
- Fragen an Frau Dr. Weitkamp.

Bitte tragt euch für einen der Termine ein, die Einladung für Termin 1 hängt an. Termin 2 ist am 26.02., gleiche Uhrzeit.

Gruß
Claudia""",
    atts=[Att("Schulung_Sicher_senden.ics", "text/calendar; method=REQUEST; charset=utf-8", ics(
        "bh-ks-schulung-2026-02-19@brueckenhof.example", "20260219T140000", "20260219T153000",
        "Schulung \"Sicher senden\" – Gesundheitsdaten im Ticketsystem", "Raum Hase 2.14 / Teams",
        "Pflichtschulung Kundenservice. Referentinnen: Dr. Johanna Weitkamp (Datenschutz), Claudia Meyer-Brinkmann.",
        "claudia.meyer-brinkmann@brueckenhof.example", ["ks-team@brueckenhof.example"]))])

# --- 25 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-broker",
    "broker asks for status of a named customer's storm claim (building insurance): name, address, claim and policy number",
    frm="Ines Brüggemann <ines.brueggemann@brueckenhof.example>", to="Tobias Renner <info@renner-makler.example>",
    subject="AW: Sturmschaden Ihres Kunden Wessels – WG-1187-302", date="2026-02-24 16:48",
    irt="<20260224094411.renner@renner-makler.example>",
    body="""Hallo Herr Renner,

kurzer Stand zum Sturmschaden Ihres Kunden Heinrich Wessels, Am Kirchkamp 7, 49134 Wallenhorst (Wohngebäude WG-1187-302, Schaden S-26-0070318):

- Das Gutachten von Kämper Sachverständige ist gestern gekommen: Dacheindeckung auf ca. 35 m² abgedeckt, Regenrinne abgerissen, Folgeschaden im Dachgeschoss (Gipskarton).
- Schadenhöhe laut Gutachten 14.870 Euro brutto, davon 2.100 Euro Notabdichtung.
- Die Abschlagszahlung von 8.000 Euro geht heute raus, der Rest nach Vorlage der Dachdeckerrechnung.

Selbstbeteiligung 500 Euro ist berücksichtigt.

Viele Grüße aus Osnabrück
Ines Brüggemann
Schaden Sach | Brückenhof Allgemeine Versicherung AG
Tel. 0541 9033-455

""" + FOOT_DE + """

> Moin Frau Brüggemann, wie ist denn der Stand bei Herrn Wessels? Er hat mich jetzt zweimal angerufen, das Dach ist nur mit Plane abgedeckt.
> Gruß Tobias Renner, Versicherungsmakler""")

# --- 26 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
    "guarantee of payment to a private hospital in Dublin for a named expat patient: MRI and knee arthroscopy, date of birth",
    frm="Aoife Brennan <aoife.brennan@brueckenhof.example>", to="Admissions <admissions@stcolumbas-hospital.example>",
    subject="Guarantee of payment - patient Fergal Quinlan, DOB 22/06/1984", date="2026-03-03 10:05", cte="8bit",
    body="""Dear Admissions team,

Brückenhof Krankenversicherung AG confirms cover for the following treatment:

Patient: Fergal Quinlan, date of birth 22/06/1984
Policy: KV 590 114 276 (international health plan, private room)
Treatment: MRI right knee (2 March 2026) and arthroscopic partial meniscectomy, admission 9 March 2026, 1 night expected
Referring consultant: Mr Declan Moriarty, orthopaedic surgeon
Guarantee amount: up to EUR 9,500 incl. surgeon's and anaesthetist's fees

Please send the final invoice, itemised, to claims-international@brueckenhof.example quoting reference GOP-2026-0311, or upload it via our provider portal.

Kind regards
Aoife Brennan
Travel & International Claims
Brückenhof Versicherungsgruppe

""" + FOOT_EN)

# --- 27 ------------------------------------------------------------------
add("NORMAL", "en", "insurer-to-partner",
    "trap: aggregated health claims experience by ICD-10 chapter for the reinsurer (XLSX), portfolio totals only",
    frm="Martin Dreyer <martin.dreyer@brueckenhof.example>", to="Hannah Clarke <hannah.clarke@atlanticre.example>",
    cc="Dr. Pia Holtkamp <pia.holtkamp@brueckenhof.example>",
    subject="Health QS treaty - claims experience 2025 by ICD chapter", date="2026-02-27 15:30",
    body="""Dear Hannah,

as agreed in our call, attached the 2025 claims experience for the health quota share, split by ICD-10 chapter (inpatient and outpatient combined). Figures are portfolio totals; chapters with fewer than 50 claimants are merged into "other".

Main movements vs. 2024: mental disorders (F) +14 % claims cost, neoplasms (C/D) +6 %, musculoskeletal (M) stable. The average age of the portfolio rose from 44.1 to 44.6.

Happy to go through it at the renewal meeting on 12 March.

Best regards
Martin

Martin Dreyer
Reinsurance | Brückenhof Versicherungsgruppe
+49 541 9033-612""",
    atts=[Att("BH_Health_QS_2025_ICD_chapters.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx([
        ["ICD-10 chapter", "Description", "Claimants", "Claims paid EUR", "Change vs 2024"],
        ["C00-D48", "Neoplasms", 1412, 18240500, "6%"],
        ["F00-F99", "Mental and behavioural disorders", 2388, 9810200, "14%"],
        ["I00-I99", "Circulatory system", 1974, 12115800, "3%"],
        ["K00-K93", "Digestive system (incl. dental)", 15210, 14402100, "2%"],
        ["M00-M99", "Musculoskeletal system", 6630, 11980400, "0%"],
        ["O00-O99", "Pregnancy and childbirth", 402, 2877300, "-4%"],
        ["S00-T98", "Injury", 3115, 7390200, "5%"],
        ["other", "merged chapters", 21800, 16520900, "1%"],
        ["Total", "", 52931, 93337400, "4%"]], sheet="2025"))])

# --- 28 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "address change confirmed for named customers' household and private liability policies (new address, policy numbers)",
    frm=KS, to="Familie Lührmann <luehrmann.familie@kabelpost.example>",
    subject="AW: Umzug – neue Adresse", date="2026-03-02 10:44", charset="iso-8859-1", cte="8bit",
    irt="<CAF9z1lRm03022026@kabelpost.example>",
    body="""Hallo Frau und Herr Lührmann,

danke für die Info und alles Gute im neuen Zuhause! Wir haben Ihre neue Anschrift

  Am Sonnenhügel 23, 49088 Osnabrück

ab 01.03.2026 bei Ihrer Hausratversicherung HR-2540-117 und Ihrer Privathaftpflicht PH-4403-117 eingetragen. Die Wohnfläche (jetzt 112 m² statt 86 m²) haben wir angepasst, der Hausratbeitrag steigt dadurch um 3,80 Euro im Monat. Den Nachtrag bekommen Sie per Post.

Viele Grüße
Malte Kruse
Kundenservice

> Hallo, wir sind zum 1.3. umgezogen, neue Adresse Am Sonnenhügel 23, 49088 Osnabrück. Das Haus hat 112 qm. Bitte bei Hausrat und Haftpflicht ändern.
> Viele Grüße, Nadine und Sören Lührmann""")

# --- 29 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "HTML-only mail with a table: dental invoice reimbursement (implant region 36, GOZ positions) for a named customer",
    frm="Ralf Nordhorst <ralf.nordhorst@brueckenhof.example>", to="Ute Große-Kleimann <ute.gk@t-post.example>",
    subject="Ihre Zahnarztrechnung vom 14.01.2026", date="2026-02-11 13:22", html_only=True,
    html=html_doc("""<p>Sehr geehrte Frau Große-Kleimann,</p>
<p>zu Ihrer Zahnzusatzversicherung ZahnPlus 90 (Vertrag KV 301 774 556) haben wir die Rechnung von Dr. med. dent. Lars Imsieke über die Implantatversorgung in Regio 36 abgerechnet:</p>
""" + table([["GOZ/GOÄ", "Leistung", "Betrag", "erstattet"],
             ["GOZ 9010", "Implantat Regio 36", "1.284,50 €", "1.156,05 €"],
             ["GOZ 9100", "Knochenaufbau (Augmentation)", "412,30 €", "371,07 €"],
             ["GOZ 2200", "Implantatkrone vollkeramisch", "698,70 €", "628,83 €"],
             ["Material/Labor", "Implantat, Abutment, Krone", "1.530,00 €", "1.377,00 €"],
             ["GOÄ 5004", "DVT-Aufnahme", "179,20 €", "161,28 €"],
             ["Summe", "", "4.104,70 €", "3.694,23 €"]]) + """
<p>Die Erstattung von <b>3.694,23 €</b> überweisen wir in den nächsten Tagen auf Ihr bekanntes Konto. Im zweiten Versicherungsjahr gilt eine Begrenzung von 2.000 €, die für Sie nicht greift, da der Zahnverlust durch den Unfall vom Oktober 2025 verursacht wurde.</p>
<p>Mit freundlichen Grüßen<br>Ralf Nordhorst<br>Leistungsabteilung Krankenversicherung</p>
<p style="font-size:8pt;color:#666">Brückenhof Krankenversicherung AG · Hasestraße 40 · 49074 Osnabrück</p>""", "Zahnarztrechnung"))

# --- 30 ------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-customer",
    "trap: answer to a student's survey question about how many customers submit Arztrechnungen digitally; aggregate figures only",
    frm=KS, to="Jannik Berning <jannik.berning@uni-mail.example>",
    subject="AW: Umfrage Bachelorarbeit – digitale Einreichung von Arztrechnungen", date="2026-02-13 09:37",
    body="""Hallo Herr Berning,

danke für Ihre Anfrage. Einen Fragebogen können wir leider nicht ausfüllen, aber ein paar Zahlen, die wir auch im Geschäftsbericht veröffentlichen, kann ich Ihnen nennen:

- 2025 wurden 71 % aller Arzt-, Zahnarzt- und Krankenhausrechnungen digital eingereicht (App oder Kundenpostfach), 2023 waren es 52 %.
- Die durchschnittliche Bearbeitungszeit digital eingereichter Belege lag bei 2,3 Tagen, bei Papier bei 6,8 Tagen.
- Am häufigsten eingereicht werden Rechnungen von Allgemeinmedizinern, Zahnärzten und Apotheken.

Für weitergehende Fragen wenden Sie sich bitte an unsere Pressestelle (presse@brueckenhof.example).

Viel Erfolg bei der Arbeit!
Dimitrios Papadakis
Kundenservice

""" + KS_SIG + """

Am 12.02.2026 um 16:05 schrieb Jannik Berning:
> Sehr geehrte Damen und Herren, ich schreibe meine Bachelorarbeit an der Hochschule Osnabrück über Digitalisierung in der PKV. Wie viele Ihrer Kunden reichen Arztrechnungen per App ein? Wäre toll, wenn Sie meinen kurzen Fragebogen ausfüllen könnten.
> Mit freundlichen Grüßen, Jannik Berning""")

# --- 31 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "customer",
    "harmless body; the attached customer mail (message/rfc822) names type 1 diabetes, insulin pump and the policy number",
    frm="Tom Wheeler <tom.wheeler@brueckenhof.example>", to="Leistung KV <leistung-kv@brueckenhof.example>",
    subject="FW: question about cover", date="2026-02-16 12:50",
    body="""Hi team,

customer mail attached (came in on the international desk). Could one of you tell me whether we can give him a yes/no before he orders? He is waiting for an answer since last week.

Thanks
Tom

Tom Wheeler | Customer Service - International Desk | ext. -194""",
    atts=[Att("question about cover.eml", "message/rfc822", eml(dict(
        frm="Lukas Brandt <lukas.brandt@mailo.example>", to=["kundenservice@brueckenhof.example"],
        subject="question about cover", date="2026-02-09 20:31", mailer="tb", charset="utf-8", cte="8bit",
        mid="<b7e4c0f1-3a55-41b2@mailo.example>", bseed="inner31",
        body="""Hello,

I have type 1 diabetes since I was 12 and my diabetologist Dr. Reinholz (Münster) wants to switch me from pens to an insulin pump with continuous glucose monitoring (CGM sensor). The pump costs around 4,800 euros plus sensors every 10 days.

Is this covered by my health insurance KV 418 227 309? I am on the KomfortMed tariff since 2021.

Thanks,
Lukas Brandt"""), 31))])

# --- 32 ------------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "legal expenses: cover confirmation for a named customer's employment dispute (dismissal, salary figure, lawyer); no health or union data",
    frm="Brückenhof Legal Expenses <rechtsschutz@brueckenhof.example>", to="Andrei Popescu <andrei.popescu@webmail.example>",
    subject="Cover confirmation - employment dispute, policy RS 90 22 413", date="2026-03-05 11:11", charset="us-ascii", cte="7bit",
    body="""Dear Mr Popescu,

we confirm cover under your legal expenses policy RS 90 22 413 (employment module) for the following matter:

Matter: action against the termination of your employment by Lindner Logistik GmbH dated 26 February 2026
Stage: first instance, labour court Osnabrueck (Kuendigungsschutzklage), including out-of-court negotiations
Lawyer: Ms Nadia Oyelaran, Kanzlei Brandt & Oyelaran, Osnabrueck
Value in dispute: 3 months' gross salary, i.e. EUR 12,450 (EUR 4,150 per month as stated by you)
Deductible: EUR 250

Please ask your lawyer to send her invoices directly to us, quoting claim number RS-26-004412.

Yours sincerely
Benedikt Rosemann
Legal Expenses Claims
Brueckenhof Rechtsschutz-Versicherung AG""")

# --- 33 ------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-supplier",
    "trap: IT ticket to the software supplier: Arztbericht/Arztrechnung attachments not recognised by the mail connector; technical only",
    frm="Niklas Frerichs <niklas.frerichs@brueckenhof.example>", to="Support Kontorsoft <support@kontorsoft.example>",
    subject="Ticket KS-44817: Anhänge \"Arztrechnung\" werden nicht klassifiziert (Connector 3.8.2)", date="2026-02-18 08:22",
    charset="windows-1252", cte="quoted-printable",
    body="""Hallo Kontorsoft-Support,

seit dem Update des Mail-Connectors auf 3.8.2 am 14.02. werden PDF-Anhänge, die im Dateinamen "Arztrechnung" oder "Arztbericht" enthalten, nicht mehr der Belegklasse KV-RECHNUNG zugeordnet, sondern landen in SONSTIGES. Betroffen sind ca. 600 Mails pro Tag.

Beobachtungen:
- Dateinamen mit Umlaut ("Ärztliche Bescheinigung.pdf") gehen gar nicht durch, Fehler "charset decode failed" im Log.
- Dateinamen ohne Umlaut gehen durch, aber ohne Klasse.
- PDF > 10 MB werden abgeschnitten.

Logauszug (anonymisiert) und Konfiguration schicke ich über euer Portal, nicht per Mail.

Priorität aus unserer Sicht: hoch (Rückstau in der Leistungsabteilung).

Gruß
Niklas Frerichs
IT Anwendungsbetreuung Kundendialog, Brückenhof""")

# --- 34 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "internal",
    "claims handler asks the company physician about a named insured: breast cancer (C50.4), chemotherapy, wig and breast prosthesis",
    frm="Ralf Nordhorst <ralf.nordhorst@brueckenhof.example>", to="Dr. Heike Albers <heike.albers@brueckenhof.example>",
    subject="Bitte um Stellungnahme – LF 2026/120977", date="2026-02-20 10:10",
    body="""Liebe Frau Dr. Albers,

ich bräuchte bitte Ihre Einschätzung zu folgendem Fall:

Versicherte: Brigitte Ellermann, 58 J., KV 233 509 671, Tarif KomfortMed 1.200
Diagnose laut Krankenhausbericht Klinikum Hasetal: C50.4 L (Mammakarzinom links, oberer äußerer Quadrant), Z. n. brusterhaltender OP 12/2025, derzeit adjuvante Chemotherapie (EC-Schema, 4 Zyklen), danach Bestrahlung geplant.

Eingereicht sind jetzt:
1. Echthaarperücke 1.480 Euro (Verordnung Gynäkologin)
2. Brustprothese + 2 Spezial-BHs 612 Euro
3. Fahrtkosten Taxi zur Chemo, 8 Fahrten à 42 Euro

Perücke sehe ich laut Tarif nur bis 600 Euro, die Prothese als Hilfsmittel voll. Bei den Fahrtkosten bin ich unsicher, ob "ambulante Chemotherapie" unter die Ausnahme fällt. Die Unterlagen liegen in der E-Akte.

Danke und viele Grüße
Ralf Nordhorst
Leistung KV, -428""")

# --- 35 ------------------------------------------------------------------
add("NORMAL", "en", "internal",
    "trap: glossary (DOCX) of German insurance and health terms for new International Desk agents; no persons",
    frm="Priya Raman <priya.raman@brueckenhof.example>", to="International Desk <intl-desk@brueckenhof.example>",
    subject="Glossary DE-EN for the new colleagues", date="2026-01-23 14:02", charset="us-ascii", cte="7bit",
    body="""Hi all,

welcome again to Sofia and Tom! Attached is the glossary we use on the desk. Please use these translations in your answers so customers get the same words as in their policy documents.

Add new terms in the shared version, not in local copies.

Cheers
Priya

Priya Raman
Team Coordinator International Desk""",
    atts=[Att("Glossary_DE-EN_International_Desk.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
        "# Glossary German - English (International Desk, version 2026-01)",
        "Use the English term in customer answers; German term in brackets where the customer will see it in documents.",
        [["German", "English", "Note"],
         ["Arztrechnung", "doctor's invoice", "submit via app or mailbox"],
         ["Krankentagegeld", "daily sickness allowance", "paid from the agreed day of incapacity"],
         ["Arbeitsunfähigkeitsbescheinigung (AU)", "sick note / certificate of incapacity", ""],
         ["Schweigepflichtentbindung", "consent to release from medical confidentiality", "always needs a signature"],
         ["Berufsunfähigkeit (BU)", "occupational disability / income protection", ""],
         ["Pflegegrad", "care level (1-5)", "decided by the medical service"],
         ["Kostenübernahmeerklärung", "guarantee of payment / cost commitment", "for hospitals"],
         ["Selbstbeteiligung", "deductible / excess", ""],
         ["Beitragsanpassung", "premium adjustment", "health: yearly, explained in a letter"],
         ["Leistungsabrechnung", "statement of benefits", ""]],
        "Questions or additions: priya.raman@brueckenhof.example"], author="Priya Raman"))])

# --- 36 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "returned direct debit for a motor premium: IBAN, amount, fee and policy of a named customer",
    frm="Brückenhof Beitragsservice <beitragsservice@brueckenhof.example>", to="Kevin Schürmann <kevin.schuermann@freenet-mail.example>",
    subject="Rücklastschrift – Kfz-Versicherung KF 58 902 144", date="2026-03-09 07:50", cte="base64",
    body="""Sehr geehrter Herr Schürmann,

leider konnten wir den Beitrag für Ihre Kfz-Versicherung KF 58 902 144 (Fahrzeug OS-KS 312) nicht einziehen. Ihre Bank hat die Lastschrift vom 02.03.2026 zurückgegeben (Grund: Konto ungedeckt).

Offener Beitrag:          94,60 Euro
Rücklastschriftgebühr:     3,00 Euro
Gesamt:                   97,60 Euro

Bitte überweisen Sie den Betrag bis zum 23.03.2026 auf unser Konto bei der Volksbank Hasetal, Verwendungszweck "KF 58902144". Alternativ buchen wir am 16.03.2026 erneut von Ihrem Konto DE77 6152 7180 8311 2424 62 ab, wenn Sie uns nicht widersprechen.

Bitte beachten Sie: Wird der Beitrag nicht gezahlt, kann der Versicherungsschutz entfallen.

Mit freundlichen Grüßen
Ihr Brückenhof Beitragsservice

""" + FOOT_SHORT)

# --- 37 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "accident insurance: invalidity benefit after ankle fracture of a named insured; degree of invalidity and amount in body and PDF statement",
    frm="Brückenhof Unfall-Leistung <unfall-leistung@brueckenhof.example>", to="Monika Heitkötter <monika.heitkoetter@postfach-nord.example>",
    subject="Ihre Unfallversicherung UV 3312 8840 – Invaliditätsleistung", date="2026-03-11 15:05",
    body="""Sehr geehrte Frau Heitkötter,

das Gutachten von Herrn Dr. Rüschendorf zu den Folgen Ihres Sturzes vom 17.12.2024 (Sprunggelenksfraktur links, Typ Weber B, operativ versorgt) liegt uns jetzt vor.

Der Gutachter stellt eine dauerhafte Funktionsbeeinträchtigung des linken Fußes von 3/10 Fußwert fest. Nach der Gliedertaxe Ihres Vertrages (Fuß im Fußgelenk = 40 %) ergibt das einen Invaliditätsgrad von 12 %. Bei einer Grundsumme von 100.000 Euro und der vereinbarten Progression 225 % zahlen wir Ihnen 12.000 Euro.

Die Abrechnung liegt als PDF bei. Der Betrag wird in den nächsten Tagen überwiesen.

Gute Besserung weiterhin und freundliche Grüße
Sebastian Holtgrewe
Leistungsabteilung Unfall

""" + FOOT_DE,
    atts=[Att("Abrechnung_Invaliditaet_UV33128840.pdf", "application/pdf", pdf([
        "# Abrechnung Invaliditätsleistung",
        "Versicherungsnehmerin / versicherte Person: Monika Heitkötter, geb. 02.02.1970",
        "Vertrag: UV 3312 8840 - Unfallschaden U-24-1209",
        "Unfalltag: 17.12.2024 - Sturz auf Glätte, Sprunggelenksfraktur links (S82.6), Plattenosteosynthese",
        "",
        "Gutachten Dr. med. Arne Rüschendorf vom 24.02.2026: Funktionsbeeinträchtigung 3/10 Fußwert",
        "Gliedertaxe: Fuß im Fußgelenk 40 % - Invaliditätsgrad 3/10 x 40 % = 12 %",
        "Grundsumme 100.000 EUR; Progression 225 % (wirkt erst ab 25 % Invalidität)",
        "Invaliditätsleistung: 12 % x 100.000 EUR = 12.000,00 EUR",
        "",
        "Zahlung an: DE56 8727 6140 9128 4368 39 (Monika Heitkötter)"], title="Invaliditätsleistung UV 3312 8840"))])

# --- 38 ------------------------------------------------------------------
add("NORMAL", "mixed", "insurer-to-partner",
    "trap: bilingual process note to the Spanish assistance partner about escalating hospital admissions abroad; no case data",
    frm="Aoife Brennan <aoife.brennan@brueckenhof.example>", to="Operaciones <operaciones@asistencia-mediterranea.example>",
    cc="Tom Wheeler <tom.wheeler@brueckenhof.example>",
    subject="Prozess Krankenhausaufnahmen / Escalation process hospital admissions", date="2026-01-29 17:10",
    body="""Hola Javier, liebe Kolleginnen und Kollegen,

(English below)

wie am Dienstag besprochen, gilt ab 01.02.2026 folgender Ablauf für stationäre Aufnahmen unserer Reisekrankenversicherten:
1. Meldung der Klinik an Sie → Fall-Anlage mit unserer Referenz BH-ASS-JJJJMMTT-NN.
2. Garantie bis 5.000 Euro geben Sie selbst ab, darüber Rückfrage bei uns (Hotline 24/7).
3. Medizinische Berichte bitte ausschließlich über das gemeinsame Portal, nicht per E-Mail.

As discussed on Tuesday, from 1 February 2026:
1. Hospital notifies you → open a case with our reference BH-ASS-YYYYMMDD-NN.
2. You may issue guarantees up to EUR 5,000 yourselves; above that, call our 24/7 line.
3. Medical reports only via the shared portal, never by e-mail.

Muchas gracias / vielen Dank / thanks
Aoife

Aoife Brennan
Travel & International Claims | Brückenhof Versicherungsgruppe""")

# --- 39 ------------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "grey: trip cancellation because of job loss (no health reason): named customer, booking, refund amount",
    frm=KS_EN, to="Daniel Hoffmann <dan.hoffmann@mailo.example>",
    subject="RE: Cancellation of our trip to Portugal - lost my job", date="2026-03-12 09:55",
    irt="<20260311.hoffmann.77@mailo.example>",
    body="""Dear Mr Hoffmann,

thank you for sending the termination letter from your employer and the cancellation invoice from the tour operator.

Unexpected termination of employment by the employer is an insured event under your travel cancellation policy RV-2026-30412. We will therefore reimburse the cancellation costs of EUR 1,386.00 for you and your partner (trip to Lagos, Portugal, 4-18 April 2026), less the deductible of EUR 100.

The refund of EUR 1,286.00 will be paid to the account ending ...2804 within five working days.

Kind regards
Priya Raman
Customer Service - International Desk

On 11 Mar 2026, at 21:02, Daniel Hoffmann wrote:
> Hi, unfortunately I was let go by my company (letter attached) and we had to cancel our holiday. Tour operator invoice also attached. What happens now?
> Dan""")

# --- 40 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "short reply over a quoted mail: ADHD medication (methylphenidate) of a named customer and its reimbursement",
    frm=KS_EN, to="Chloe Bennett <chloe.bennett@icloud-mail.example>",
    subject="RE: Is my ADHD medication covered?", date="2026-03-16 13:37", charset="us-ascii", cte="7bit",
    irt="<B11F0E2C-22E4@icloud-mail.example>",
    body="""Hi Ms Bennett,

yes - prescription medicines are covered at 100 % in your tariff, including methylphenidate. Please send us the prescription copy together with the pharmacy receipt (one photo of both in the app is fine).

Best
Tom Wheeler, International Desk

-----Original Message-----
From: Chloe Bennett
Sent: Monday, March 16, 2026 10:12 AM
To: kundenservice@brueckenhof.example
Subject: Is my ADHD medication covered?

Hi, I was diagnosed with ADHD last month by a psychiatrist here in Osnabrueck and now take Medikinet retard 20 mg. The pharmacy says it's a BtM prescription. Will you pay for it? My policy is KV 561 003 828.
Thanks, Chloe""")

# --- 41 ------------------------------------------------------------------
add("NORMAL", "de", "newsletter",
    "trap: broker newsletter about the new BU tariff and underwriting guidelines (Diabetes, Bandscheibe, Psychotherapie) in general terms",
    frm="Brückenhof Maklerservice <maklernews@brueckenhof.example>", to="maklernews-verteiler@brueckenhof.example",
    subject="Makler-News 03/2026: neue BU EinfachPlus, vereinfachte Gesundheitsfragen", date="2026-03-04 07:00", mailer="nl",
    headers=[("List-Unsubscribe", "<https://makler.brueckenhof.example/news/abmelden>"), ("Precedence", "bulk")],
    body="""Makler-News 03/2026

Neue BU EinfachPlus ab 01.04.2026
- nur noch 7 Gesundheitsfragen, Abfragezeitraum 3 Jahre (ambulant) / 5 Jahre (stationär)
- Nachversicherungsgarantie ohne erneute Gesundheitsprüfung bei Heirat, Geburt, Gehaltssprung

Annahmerichtlinien – was ändert sich?
- Diabetes mellitus Typ 2, gut eingestellt (HbA1c < 7): Annahme mit Zuschlag ab 25 % möglich
- Bandscheibenvorfall, älter als 3 Jahre und beschwerdefrei: in der Regel ohne Ausschluss
- abgeschlossene Psychotherapie (bis 25 Sitzungen, ohne AU): Einzelfallprüfung statt Ablehnung

Bitte schicken Sie Arztberichte zu Anträgen ausschließlich über das Maklerportal, nicht per E-Mail.

Webinar-Termine: https://makler.brueckenhof.example/webinare
Abmelden: https://makler.brueckenhof.example/news/abmelden""",
    html="""<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<h2>Makler-News 03/2026</h2>
<h3>Neue BU EinfachPlus ab 01.04.2026</h3>
<ul><li>nur noch 7 Gesundheitsfragen, Abfragezeitraum 3 Jahre (ambulant) / 5 Jahre (stationär)</li>
<li>Nachversicherungsgarantie ohne erneute Gesundheitsprüfung bei Heirat, Geburt, Gehaltssprung</li></ul>
<h3>Annahmerichtlinien – was ändert sich?</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Vorerkrankung</th><th>bisher</th><th>neu</th></tr>
<tr><td>Diabetes mellitus Typ 2, gut eingestellt (HbA1c &lt; 7)</td><td>Ablehnung</td><td>Zuschlag ab 25 %</td></tr>
<tr><td>Bandscheibenvorfall &gt; 3 Jahre, beschwerdefrei</td><td>Ausschluss Wirbelsäule</td><td>i. d. R. ohne Ausschluss</td></tr>
<tr><td>abgeschlossene Psychotherapie (bis 25 Sitzungen, ohne AU)</td><td>Ablehnung</td><td>Einzelfallprüfung</td></tr>
</table>
<p>Bitte schicken Sie Arztberichte zu Anträgen ausschließlich über das Maklerportal, nicht per E-Mail.</p>
<p><a href="https://makler.brueckenhof.example/webinare">Webinar-Termine</a> · <a href="https://makler.brueckenhof.example/news/abmelden">Abmelden</a></p>
</body></html>""")

# --- 42 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-company",
    "grey: commercial liability claim of a sole trader (e.K., natural person): damaged parquet at a client's flat, claim and policy number",
    frm="Ines Brüggemann <ines.brueggemann@brueckenhof.example>", to="Tischlerei Brockmann e.K. <info@tischlerei-brockmann.example>",
    subject="Ihr Haftpflichtschaden S-26-0058810 – Parkett Wohnung Kuhlmann", date="2026-03-06 12:30", charset="iso-8859-1", cte="quoted-printable",
    body="""Sehr geehrter Herr Brockmann,

zu Ihrer Betriebshaftpflichtversicherung BH-7702-451 haben wir den Schaden vom 19.02.2026 angelegt: Beim Einbau der Küche in der Wohnung von Frau Kuhlmann (Liebigstraße 9, Osnabrück) ist ein Wasserschlauch des Geschirrspülers undicht geblieben; das Eichenparkett im Wohnbereich ist aufgequollen.

Wir haben einen Sachverständigen beauftragt. Bitte reichen Sie uns noch ein:
- Ihre Auftragsbestätigung für die Küchenmontage,
- den Namen des Monteurs und seine kurze Schilderung,
- die Anschrift der Geschädigten für die direkte Regulierung.

Eine Selbstbeteiligung von 250 Euro ist vereinbart.

Mit freundlichen Grüßen
Ines Brüggemann
Schaden Sach/Haftpflicht Gewerbe""")

# --- 43 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
    "liability claim with personal injury: third party's wrist fracture (S52.5), surgery, incapacity for work, pain-and-suffering offer to her lawyer",
    frm="Christoph Ahlers <christoph.ahlers@brueckenhof.example>", to="RAin Dr. Katja Brandt <k.brandt@brandt-oyelaran-recht.example>",
    subject="Ihre Mandantin Frau Rolf-Menke ./. unser VN Hr. Gerdes – S-26-0030127", date="2026-03-10 16:22",
    body="""Sehr geehrte Frau Dr. Brandt,

in der Angelegenheit Ihrer Mandantin, Frau Gisela Rolf-Menke, danken wir für die Übersendung der Behandlungsunterlagen.

Nach dem Bericht der Unfallchirurgie des Marienhospitals hat Ihre Mandantin bei dem Sturz auf dem nicht geräumten Gehweg vor dem Grundstück unseres Versicherungsnehmers am 08.01.2026 eine distale Radiusfraktur rechts (S52.5) erlitten, die am 09.01.2026 mit einer Plattenosteosynthese versorgt wurde. Sie war bis zum 27.02.2026 arbeitsunfähig; die Physiotherapie dauert an.

Die Haftung unseres Versicherungsnehmers dem Grunde nach erkennen wir an. Zur Abgeltung des immateriellen Schadens bieten wir ein Schmerzensgeld von 4.500 Euro an. Den Verdienstausfall regulieren wir nach Vorlage der Verdienstbescheinigung gesondert; Heilbehandlungskosten, soweit nicht von der Krankenversicherung getragen, ebenfalls.

Mit freundlichen Grüßen
Christoph Ahlers
Syndikusrechtsanwalt, Haftpflicht-Großschaden
Brückenhof Allgemeine Versicherung AG

""" + FOOT_DE)

# --- 44 ------------------------------------------------------------------
add("NORMAL", "en", "insurer-to-customer",
    "trap: a non-customer asks whether travel insurance covers cosmetic surgery abroad; generic answer, no personal health data",
    frm=KS_EN, to="m.oconnell@webmail.example",
    subject="RE: Does your travel insurance cover surgery abroad?", date="2026-03-18 10:20", charset="us-ascii", cte="7bit",
    irt="<CA+9Kd2_oconnell@webmail.example>",
    body="""Hello,

thanks for your question. Our travel health insurance covers treatment that becomes necessary unexpectedly during a trip (illness or accident). Treatment that is the reason for the trip - for example cosmetic surgery or dental work booked abroad - is not covered, and neither are complications arising from it.

If you are planning such a trip, please ask the clinic about its own complication insurance.

Kind regards
Sofia Marquez
Brueckenhof Customer Service

> Hi, I'm not a customer yet. If I buy your travel insurance, would it cover a planned surgery in Turkey and any problems afterwards? Thanks.""")

# --- 45 ------------------------------------------------------------------
add("CONFIDENTIAL", "en", "internal",
    "HR relocation of a new IT employee: date of birth, nationality, annual salary for the Blue Card application",
    frm="Sabine Lammers <sabine.lammers@brueckenhof.example>", to="Relocation <relocation@brueckenhof.example>",
    cc="Niklas Frerichs <niklas.frerichs@brueckenhof.example>",
    subject="Blue Card application - new hire IT (start 1 May)", date="2026-03-17 11:45",
    body="""Hi Marlene,

please prepare the documents for the EU Blue Card application with the Ausländerbehörde Osnabrück for our new developer:

Name: Arjun Venkataraman
Date of birth: 14 March 1993, Chennai (India)
Passport: Z7184402 (valid until 2033)
Position: Senior Software Engineer, IT Kundendialog, permanent contract
Start date: 1 May 2026
Annual gross salary: EUR 71,500 (above the 2026 Blue Card threshold)

The signed contract is in the HR folder. He arrives on 20 April; the company flat in Lotter Strasse is booked from 18 April.

Thanks!
Sabine

Sabine Lammers | HR | Brückenhof Versicherungsgruppe""")

# --- 46 ------------------------------------------------------------------
add("NORMAL", "de", "internal",
    "trap: IT security warning about phishing mails 'Erstattung Ihrer Arztrechnung – IBAN bestätigen'; describes the scam, no real data",
    frm="IT-Sicherheit <it-sicherheit@brueckenhof.example>", to="Alle Mitarbeitenden <alle@brueckenhof.example>",
    subject="Warnung: Phishing \"Erstattung Ihrer Arztrechnung\"", date="2026-02-23 08:15",
    body="""Liebe Kolleginnen und Kollegen,

seit dem Wochenende sind Phishing-Mails im Namen der Brückenhof Krankenversicherung im Umlauf. Betreff: "Erstattung Ihrer Arztrechnung – bitte IBAN bestätigen". Absender ist z. B. "erstattung@brueckenhof-service.example" (nicht unsere Domain!).

Die Mails fordern dazu auf, auf einer gefälschten Seite Versichertennummer, IBAN und Geburtsdatum einzugeben.

Was tun, wenn Kundinnen oder Kunden anrufen?
- Wir fragen niemals per E-Mail nach Bankdaten oder Passwörtern.
- Kunde soll die Mail löschen, nichts anklicken.
- Wer schon Daten eingegeben hat: Bank informieren, Ticket an IT-Sicherheit mit Stichwort PHISH-0223.

Beispiel-Screenshot im Intranet: https://intranet.brueckenhof.example/sicherheit/phishing

Eure IT-Sicherheit""")

# --- 47 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "daily sickness allowance: sick note received, allowance from day 43 for a named customer; diagnosis (lumbar disc) in the quoted mail",
    frm=KS, to="Markus Depenbrock <m.depenbrock@t-post.example>",
    subject="AW: AU-Bescheinigung Krankentagegeld", date="2026-03-19 14:48", charset="windows-1252", cte="quoted-printable",
    irt="<004301dcb7a2$19e0f0a0@t-post.example>",
    body="""Guten Tag Herr Depenbrock,

Ihre Arbeitsunfähigkeitsbescheinigung ist angekommen, vielen Dank. Da Sie seit dem 02.02.2026 arbeitsunfähig sind, zahlen wir das Krankentagegeld aus Ihrem Vertrag KT 604 118 290 ab dem 43. Tag, also ab 16.03.2026, in Höhe von 95 Euro pro Tag. Die erste Zahlung erfolgt nach Eingang der nächsten Folgebescheinigung.

Gute Besserung!
Birgit Overmeyer
Kundenservice

-----Ursprüngliche Nachricht-----
Von: Markus Depenbrock <m.depenbrock@t-post.example>
Gesendet: Mittwoch, 18. März 2026 19:40
An: kundenservice@brueckenhof.example
Betreff: AU-Bescheinigung Krankentagegeld

Hallo, anbei meine Folge-AU bis 10.04. Bin immer noch wegen dem Bandscheibenvorfall L5/S1 krankgeschrieben, OP war am 24.02. im Klinikum Hasetal. Ab wann bekomme ich Krankentagegeld? Bin selbstständiger Elektromeister.
Gruß Depenbrock""")

# --- 48 ------------------------------------------------------------------
add("CONFIDENTIAL", "mixed", "insurer-to-customer",
    "German reply over an English customer mail: eVB number for a new car, date of birth of a young second driver, planned plate",
    frm=KS, to="Olena Kovalenko <olena.kovalenko@mailo.example>",
    subject="AW: eVB for my new car", date="2026-03-20 09:07", mailer="crm",
    irt="<2026031918.kovalenko@mailo.example>",
    body="""Hallo Frau Kovalenko,

hier Ihre eVB-Nummer für die Zulassung / here is your eVB number for the registration:

   eVB: K7R4PQ2

Fahrzeug: Hyundai i20, FIN NLHBB51BAPZ018842, Wunschkennzeichen OS-OK 2026
Fahrer: Sie selbst und Ihr Sohn Maksym Kovalenko, geb. 30.11.2006 (Beitrag mit Fahrer unter 23 Jahren)

Die Police schicken wir nach der Zulassung. The policy follows after registration.

Viele Grüße / Kind regards
Svetlana Reimer
Kundenservice

> Hello, I bought a car (Hyundai i20, VIN NLHBB51BAPZ018842) and need the eVB for the Zulassungsstelle. My son Maksym (born 30 Nov 2006) will also drive. Plate wish OS-OK 2026.
> Olena Kovalenko""")

# --- 49 ------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-authority",
    "trap: complaint statistics 2025 for the supervisory authority (ODS): counts by topic such as Ablehnung Psychotherapie, Krankenhaus; no persons",
    frm="Christoph Ahlers <christoph.ahlers@brueckenhof.example>", to="Referat VA 21 <va21@aufsicht-finanzen.example>",
    subject="Beschwerdestatistik 2025 – Brückenhof Krankenversicherung AG (Reg.-Nr. 4417)", date="2026-03-13 10:30",
    body="""Sehr geehrte Damen und Herren,

anbei übersenden wir fristgerecht die Beschwerdestatistik 2025 der Brückenhof Krankenversicherung AG nach Ihrem Rundschreiben.

Die Zahl der Beschwerden ist gegenüber 2024 um 6 % gesunken (487 statt 518). Schwerpunkt bleiben Leistungsablehnungen im ambulanten Bereich.

Mit freundlichen Grüßen
Christoph Ahlers
Recht & Compliance

""" + FOOT_SHORT,
    atts=[Att("Beschwerdestatistik_2025_BH-KV.ods", "application/vnd.oasis.opendocument.spreadsheet", ods([
        ["Beschwerdegrund", "Anzahl 2025", "Anzahl 2024", "davon abgeholfen"],
        ["Leistungsablehnung ambulant (u. a. Psychotherapie, Heilmittel)", 164, 171, 58],
        ["Leistungsablehnung stationär / Krankenhaus", 61, 70, 19],
        ["Zahnersatz / Kieferorthopädie", 88, 92, 27],
        ["Beitragsanpassung", 97, 110, 4],
        ["Bearbeitungsdauer", 52, 49, 41],
        ["Sonstiges", 25, 26, 11],
        ["Summe", 487, 518, 160]], sheet="2025"))])

# --- 50 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
    "underwriting decision for a named applicant sent to a Dutch broker: disability cover accepted with exclusion for lumbar disc herniation (M51.2)",
    frm="Oliver Hasenkamp <oliver.hasenkamp@brueckenhof.example>", to="Sanne de Vries <s.devries@grensadvies.example>",
    subject="Application BU-A-2026-01877 - decision", date="2026-03-23 14:40", cte="base64",
    body="""Dear Ms de Vries,

we have completed underwriting for your client's income protection application BU-A-2026-01877.

Applicant: Ruud Bakker, born 04 July 1988, cross-border commuter (Enschede - Gronau), occupation warehouse team leader
Decision: accepted with an exclusion clause

Exclusion: any occupational disability caused by diseases or injuries of the lumbar spine, including the consequences of the lumbar disc herniation L4/L5 (M51.2) treated conservatively in 2023/2024. The exclusion can be reviewed on request after 3 years without complaints.
Premium: EUR 78.40 per month (BU pension EUR 1,800)

Please let us have your client's written acceptance of the exclusion within 4 weeks; the policy will then be issued.

Kind regards
Oliver Hasenkamp
Broker Services | Brückenhof Lebensversicherung AG

""" + FOOT_EN)

# --- 51 ------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-customer",
    "grey: agent tells a customer her mail with attachments was not processed and asks her to use the portal; quote removed, no contract, no health data",
    frm=KS, to="Sandra Meyerhoff <sandra.meyerhoff@gmx-mail.example>",
    subject="AW: Unterlagen", date="2026-03-04 11:02", cte="8bit",
    irt="<trinity-5510a2@gmx-mail.example>",
    body="""Guten Tag Frau Meyerhoff,

vielen Dank für Ihre Mail vom 03.03. Zu Ihrem Schutz haben wir die Anhänge nicht in unser System übernommen und die Nachricht gelöscht, weil sie unverschlüsselt gekommen ist.

Bitte laden Sie die Unterlagen in Ihrem Kundenpostfach hoch: https://postfach.brueckenhof.example → "Dokumente einreichen". Wenn Sie noch keinen Zugang haben, schicke ich Ihnen gern einen Registrierungslink.

Freundliche Grüße
Tobias Schnieders
Brückenhof Kundenservice

[Zitat aus Datenschutzgründen entfernt]""")

# --- 52 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "private liability: named customer's 5-year-old scratched a neighbour's car; claim number, policy, neighbour named; no injuries",
    frm=KS, to="Jens Overbeck <jens.overbeck@kabelpost.example>",
    subject="AW: Kratzer am Auto vom Nachbarn", date="2026-03-24 15:16", mailer="crm",
    irt="<5512AB8E-overbeck@kabelpost.example>",
    body="""Hallo Herr Overbeck,

danke für die Schadenmeldung (Privathaftpflicht PH-5120-664, Schaden S-26-0081102).

Kurz vorweg, damit Sie es Ihrem Nachbarn erklären können: Kinder unter sieben Jahren haften nach dem Gesetz nicht selbst. Ihr Tarif enthält aber die Deliktunfähigkeitsklausel, wir zahlen also trotzdem – bis 10.000 Euro. Voraussetzung ist, dass Herr Thiemann keinen Ersatz von einer anderen Versicherung (z. B. Vollkasko) bekommt.

Bitte schicken Sie uns den Kostenvoranschlag der Werkstatt und zwei Fotos vom Kratzer an der Beifahrertür.

Viele Grüße
Jonas Tiemann
Kundenservice

> Guten Tag, unser Sohn Ben (5) ist gestern mit dem Laufrad gegen das Auto von unserem Nachbarn Herrn Thiemann gefahren, langer Kratzer an der Tür. Zahlt das die Haftpflicht? Jens Overbeck, Am Riedenbach 4, Belm""")

# --- 53 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "internal",
    "harmless body; the attached CSV (windows-1252) lists open hospital guarantees with patient names, dates of birth and diagnoses",
    frm="Aoife Brennan <aoife.brennan@brueckenhof.example>", to="Ralf Nordhorst <ralf.nordhorst@brueckenhof.example>",
    subject="open GOPs as requested", date="2026-03-06 16:58", charset="us-ascii", cte="7bit",
    body="""Hi Ralf,

as requested, the export of open guarantees of payment from our queue (status 5 March). Three of them are older than 60 days, could you check whether the invoices came in on your side?

Cheers
Aoife""",
    atts=[Att("GOP_open_2026-03-05.csv", "text/csv; charset=windows-1252", csv_([
        ["Ref", "Patient", "Geburtsdatum", "Policy", "Hospital", "Diagnosis", "Guarantee EUR", "Open since"],
        ["GOP-2026-0088", "Fergus McBride", "17.10.1979", "KV 590 102 331", "Hospital Quirón Marbella", "S72.0 femoral neck fracture", "18000", "04.01.2026"],
        ["GOP-2026-0131", "Sigrid Hölscher", "02.05.1952", "RV-2026-30077", "Clínica Tenerife Sur", "I21.4 NSTEMI", "24500", "11.01.2026"],
        ["GOP-2026-0190", "Mehmet Aydin", "28.08.1990", "KV 590 118 004", "Antalya Memorial", "K35.8 appendicitis", "6200", "20.01.2026"],
        ["GOP-2026-0311", "Fergal Quinlan", "22.06.1984", "KV 590 114 276", "St Columba's Dublin", "M23.2 meniscus lesion", "9500", "03.03.2026"]],
        encoding="cp1252"))])

# --- 54 ------------------------------------------------------------------
add("NORMAL", "en", "insurer-to-supplier",
    "trap: translation order for the generic information notice on processing health data (ODT); no personal data",
    frm="Lea Sandkühler <lea.sandkuehler@brueckenhof.example>", to="Projects <projects@lingua-bridge.example>",
    subject="Translation request DE>EN: information notice health data (approx. 1,900 words)", date="2026-01-27 10:12",
    body="""Dear LinguaBridge team,

please find attached our standard information notice "Information on the processing of your health data" (German, ODT). We need a British English translation for our website and the International Desk.

- Deadline: 13 February 2026
- Terminology: please use our glossary from last year (project BH-2025-07)
- Invoice to Brückenhof Allgemeine Versicherung AG, PO 4500018907

Kind regards
Lea Sandkühler
Marketing & Communication""",
    atts=[Att("Hinweise_Gesundheitsdaten_2026.odt", "application/vnd.oasis.opendocument.text", odt([
        "Hinweise zur Verarbeitung Ihrer Gesundheitsdaten",
        "Für die Prüfung Ihres Antrags und die Erstattung von Arzt-, Zahnarzt- und Krankenhausrechnungen verarbeiten wir Gesundheitsdaten, z. B. Diagnosen, Behandlungen und verordnete Arzneimittel.",
        "Rechtsgrundlage ist Ihre Einwilligung (Art. 9 Abs. 2 lit. a DSGVO) bzw. § 213 VVG für die Erhebung bei Dritten.",
        "Gesundheitsdaten geben wir nur weiter, wenn dies für die Leistungsprüfung erforderlich ist, z. B. an Gutachter, Rückversicherer oder Assisteure; diese sind zur Verschwiegenheit verpflichtet.",
        "Sie können Ihre Einwilligung jederzeit widerrufen. Dann können wir Leistungsansprüche unter Umständen nicht mehr prüfen.",
        "Kontakt Datenschutz: datenschutz@brueckenhof.example"]))])

# --- 55 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "private pension (life line): start of annuity for a named customer with date of birth, tax ID and monthly pension",
    frm=KS, to="Werner Budke <werner.budke@t-post.example>",
    subject="AW: Beginn meiner Rente", date="2026-03-25 10:30", charset="iso-8859-1", cte="8bit",
    irt="<000b01dcbc12$aa41b2f0@t-post.example>",
    body="""Sehr geehrter Herr Budke,

gern bestätigen wir Ihnen: Ihre private Rentenversicherung RV-L 1140 2277 geht planmäßig zum 01.05.2026 in die Rentenzahlung (Rentenbeginnalter 67, Sie sind am 14.04.1959 geboren).

Monatliche garantierte Rente: 412,66 Euro, zuzüglich Überschussrente derzeit 38,10 Euro.
Die Rente ist nur mit dem Ertragsanteil (17 %) steuerpflichtig; wir melden sie unter Ihrer Steuer-ID 48 213 570 962 an das Bundeszentralamt für Steuern.

Die Zahlung erfolgt jeweils zum Monatsersten auf Ihr Girokonto bei der Sparkasse, Endziffern 3550.

Mit freundlichen Grüßen
Dimitrios Papadakis
Brückenhof Kundenservice

Werner Budke schrieb:
> Guten Tag, ich werde im April 67 und möchte wissen, ob meine Rente wie vereinbart ab Mai kommt und wie viel es ist. Versicherung RV-L 1140 2277.
> Mit freundlichem Gruß W. Budke""")

# --- 56 ------------------------------------------------------------------
add("NORMAL", "de", "internal",
    "trap: announcement of the staff health day (blood pressure, flu vaccination by the company doctor, back school); no individual data",
    frm="Betriebliches Gesundheitsmanagement <bgm@brueckenhof.example>", to="Alle Mitarbeitenden <alle@brueckenhof.example>",
    subject="Gesundheitstag am 15. April – jetzt anmelden", date="2026-03-26 09:00",
    body="""Liebe Kolleginnen und Kollegen,

am Mittwoch, 15. April, findet im Foyer und in den Räumen Hase 0.10–0.14 unser Gesundheitstag statt:

09:00–15:00  Blutdruck- und Blutzuckermessung (Team Betriebsärztin Dr. Lohmeyer)
09:30–12:00  Nachhol-Impfungen Grippe und Tetanus (bitte Impfpass mitbringen)
10:00 / 13:00 Rückenschule am Arbeitsplatz, 30 Minuten
ganztags      Hautscreening-Info, Ernährungsberatung, Smoothie-Bar

Die Ergebnisse der Messungen bekommt nur ihr selbst, sie werden nicht gespeichert und nicht an die Personalabteilung gegeben.

Anmeldung für Impfung und Rückenschule im Intranet: https://intranet.brueckenhof.example/bgm

Euer BGM-Team""")

# --- 57 ------------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "grey: pet health insurance: dog's cruciate-ligament surgery (animal health) for a named customer, reimbursement amount",
    frm=KS_EN, to="Laura Jensen <laura.jensen@posteo-mail.example>",
    subject="RE: vet invoice for Bruno", date="2026-03-27 12:03", charset="us-ascii", cte="7bit",
    irt="<9f0e72-jensen@posteo-mail.example>",
    body="""Hi Ms Jensen,

good news: the invoice from Tierklinik Hellern for Bruno's cruciate ligament surgery (TPLO, left hind leg) is covered under your pet health policy TK-5520-13. We reimburse 80 % of EUR 2,870.40 = EUR 2,296.32, the transfer should reach you early next week.

Give Bruno a pat from us - hope he is back on four legs soon.

Daniel Okafor
Customer Service

> Hi, attached the invoice from the vet clinic for my dog Bruno (Labrador, 6 y). He tore his cruciate ligament in the park and had surgery last Friday. Policy TK-5520-13. Thanks, Laura""")

# --- 58 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
    "cost commitment to a hospital for a named patient's hip replacement (M16.1, DRG I47), in body and in the PDF",
    frm="Kostenzusage KV <kostenzusage@brueckenhof.example>", to="Patientenaufnahme Klinikum Hasetal <aufnahme@klinikum-hasetal.example>",
    subject="Kostenübernahmeerklärung – Aufnahme 14.04.2026", date="2026-03-30 08:40",
    body="""Sehr geehrte Damen und Herren,

für die stationäre Behandlung unseres Versicherten Herrn Friedhelm Rosendahl, geb. 09.12.1955 (KV 118 440 372, Tarif Wahlleistung Zweibettzimmer + Chefarzt), geplante Aufnahme am 14.04.2026 zur Implantation einer Hüft-Totalendoprothese rechts bei Koxarthrose (M16.1), übernehmen wir die Kosten der allgemeinen Krankenhausleistungen (DRG I47) sowie die vereinbarten Wahlleistungen.

Die Kostenübernahmeerklärung liegt als PDF bei. Bitte rechnen Sie direkt mit uns ab (Klinik-Card-Verfahren).

Mit freundlichen Grüßen
Team Kostenzusagen
Brückenhof Krankenversicherung AG""",
    atts=[Att("KUE_Rosendahl_2026-04-14.pdf", "application/pdf", pdf([
        "# Kostenübernahmeerklärung",
        "Brückenhof Krankenversicherung AG, Hasestraße 40, 49074 Osnabrück",
        "An: Klinikum Hasetal, Patientenaufnahme",
        "",
        "Versicherter: Friedhelm Rosendahl, geb. 09.12.1955, KV 118 440 372",
        "Aufnahme: 14.04.2026, voraussichtliche Verweildauer 8 Tage",
        "Diagnose: M16.1 Sonstige primäre Koxarthrose rechts",
        "Geplante Operation: OPS 5-820.00 Implantation Hüftgelenk-Totalendoprothese",
        "Übernahme: allgemeine Krankenhausleistungen DRG I47, Wahlleistung Zweibettzimmer, wahlärztliche Leistungen",
        "Gültig bis: 30.06.2026",
        "",
        "Osnabrück, 30.03.2026"], title="KÜE Rosendahl"))])

# --- 59 ------------------------------------------------------------------
add("NORMAL", "en", "insurer-to-supplier",
    "trap: job ad for the International Desk sent to a job board; mentions health claims, medical terminology, no person",
    frm="Recruiting <karriere@brueckenhof.example>", to="Orders <orders@jobboard-europe.example>",
    subject="Job ad booking - Customer Service Agent (m/f/d) International Desk", date="2026-02-26 13:20",
    html_only=True, charset="utf-8", cte="quoted-printable",
    html=html_doc("""<p>Hello,</p><p>please publish the following ad for 30 days in the categories "Insurance" and "Customer Service" (Germany, Lower Saxony), package Standard Plus as per our framework agreement.</p>
<hr>
<h2>Customer Service Agent (m/f/d) – International Desk</h2>
<p>Brückenhof Versicherungsgruppe, Osnabrück – full-time or 30 h, hybrid</p>
<h3>Your tasks</h3><ul>
<li>answer customers' mails and calls in English and German – from hospital invoices abroad to car insurance</li>
<li>explain statements of benefits for health, travel and disability insurance</li>
<li>work with our assistance partners on hospital admissions abroad</li></ul>
<h3>Your profile</h3><ul>
<li>training in insurance, or as a medical assistant (MFA) with interest in insurance</li>
<li>knowledge of medical terminology and ICD-10 an advantage</li>
<li>fluent English, good German (B2)</li></ul>
<p>Apply at <a href="https://karriere.brueckenhof.example/jobs/2026-041">karriere.brueckenhof.example</a></p>
<hr>
<p>Kind regards<br>Recruiting team, Brückenhof Versicherungsgruppe</p>""", "Job ad"))

# --- 60 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-broker",
    "commission statement for a sole-trader broker (natural person): his IBAN and tax number in the body, his customers' contracts (non-personal lines) in the CSV",
    frm="Provisionsabrechnung <provision@brueckenhof.example>", to="Tobias Renner <info@renner-makler.example>",
    subject="Provisionsabrechnung 02/2026 – Vermittlernummer 77120", date="2026-03-03 06:45", charset="windows-1252", cte="quoted-printable",
    body="""Sehr geehrter Herr Renner,

anbei Ihre Provisionsabrechnung für Februar 2026.

Abschlussprovision:       1.845,20 Euro
Bestandsprovision:          612,75 Euro
Stornoreserve (10 %):      -245,80 Euro
Auszahlung:               2.212,15 Euro

Die Auszahlung erfolgt am 05.03.2026 auf Ihr Konto DE29 4563 2611 3732 5766 99. Steuernummer laut unseren Unterlagen: 66/141/20873 (Kleinunternehmer, ohne USt.).

Die Einzelaufstellung finden Sie in der CSV-Datei. Sie steht auch in Ihrem Vermittlerpostfach zum Abruf über Ihr MVP bereit.

Mit freundlichen Grüßen
Ihre Provisionsabrechnung
Brückenhof Versicherungsgruppe""",
    atts=[Att("Provision_77120_2026-02.csv", "application/vnd.ms-excel", csv_([
        ["Vertrag", "Kunde", "Sparte", "Beginn", "Jahresbeitrag", "Provision"],
        ["KF 71 220 093", "Whitfield, James", "Kfz", "01.02.2026", "742,80", "74,28"],
        ["HR-3190-004", "Nüßing, Carola", "Hausrat", "01.02.2026", "188,40", "37,68"],
        ["WG-1187-302", "Wessels, Heinrich", "Wohngebäude", "Bestand", "1.212,00", "36,36"],
        ["PH-5210-771", "Kleine-Börger, Tim", "Privathaftpflicht", "15.02.2026", "79,90", "15,98"],
        ["BH-7702-451", "Brockmann, Ralf (Tischlerei)", "Betriebshaftpflicht", "Bestand", "1.640,00", "49,20"]],
        encoding="cp1252"))])

# --- 61 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "health insurance premium refund of a named customer (personal line, contract and amount), no medical words",
    frm=KS, to="Carina Wellinghoff <c.wellinghoff@webmail.example>",
    subject="AW: Beitragsrückerstattung?", date="2026-03-31 09:12", flowed=True, mailer="tb", cte="8bit",
    irt="<f1c2a7e0-wellinghoff@webmail.example>",
    body="""Hallo Frau Wellinghoff,

ja, Sie bekommen für 2025 eine Beitragsrückerstattung, weil Sie keine Rechnungen eingereicht haben: drei Monatsbeiträge aus Ihrer Krankheitskostenversicherung KV 366 012 845, zusammen 1.263,30 Euro. Die Auszahlung kommt Ende Juni automatisch.

Wichtig: Reichen Sie für 2025 jetzt keine Rechnungen mehr ein, sonst entfällt die Erstattung.

Liebe Grüße
Leonie Brandhorst
Kundenservice

Am 30.03.2026 um 20:44 schrieb Carina Wellinghoff:
> Hallo, ich war letztes Jahr gar nicht beim Arzt. Bekomme ich da was zurück? KV 366 012 845
> LG Carina""")

# --- 62 ------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-customer",
    "trap: out-of-office reply of an agent (mentions Kostenzusage Krankenhaus as an example of urgent matters), no data",
    frm="Katharina Wübbeling <katharina.wuebbeling@brueckenhof.example>", to="p.stuckenberg@freenet-mail.example",
    subject="Abwesenheitsnotiz: Ihre Rückfrage", date="2026-03-02 08:01", mailer="auto", charset="us-ascii", cte="7bit",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""Vielen Dank fuer Ihre Nachricht.

Ich bin bis einschliesslich 09.03.2026 nicht im Haus. Ihre Mail wird nicht weitergeleitet.

In dringenden Faellen (z. B. Kostenzusage fuer einen Krankenhausaufenthalt oder Schadenmeldung) erreichen Sie unseren Kundenservice unter 0541 9033-100 oder kundenservice@brueckenhof.example.

Mit freundlichen Gruessen
Katharina Wuebbeling""")

# --- 63 ------------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-company",
    "motor fleet of a company: XLSX driver list with names, dates of birth and licence dates; body harmless",
    frm="Kemal Öztürk <kemal.oeztuerk@brueckenhof.example>", to="Pieter Vandermeer <p.vandermeer@vandermeer-logistics.example>",
    subject="Fleet policy FL-2026-0042 - driver list for renewal", date="2026-02-25 14:14",
    body="""Dear Mr Vandermeer,

for the renewal of your fleet policy FL-2026-0042 on 1 April please check the attached driver list we have on file and send us the changes (new drivers, drivers who left). Drivers under 23 or with a licence for less than 2 years are rated individually.

Kind regards
Kemal Öztürk
Motor Fleet Underwriting | Brückenhof Allgemeine Versicherung AG""",
    atts=[Att("FL-2026-0042_drivers.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx([
        ["Driver", "Date of birth", "Licence since", "Vehicle", "Plate"],
        ["Bram de Groot", "1978-02-11", "1996-05-02", "Mercedes Sprinter", "OS-VL 101"],
        ["Jana Kowalczyk", "1991-09-30", "2010-03-15", "Mercedes Sprinter", "OS-VL 102"],
        ["Stefan Rehkamp", "2004-01-19", "2024-06-21", "VW Crafter", "OS-VL 107"],
        ["Yusuf Çelik", "1986-12-03", "2005-08-09", "VW Crafter", "OS-VL 108"],
        ["Ilse Naber", "1969-07-25", "1987-10-01", "Ford Transit", "OS-VL 110"]], sheet="Drivers"))])

# --- 64 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "HTML-only statement of benefits for a named expat: physiotherapy, MRI, medication with amounts in a table",
    frm="Brückenhof Health Claims <leistung-kv@brueckenhof.example>", to="Fergus McBride <fergus.mcbride@postbox-uk.example>",
    subject="Statement of benefits 2026/03 - policy KV 590 102 331", date="2026-04-01 17:02", html_only=True, charset="us-ascii", cte="7bit",
    html=html_doc("""<p>Dear Mr McBride,</p>
<p>we have processed the following invoices under your international health plan KV 590 102 331:</p>
""" + table([["Date", "Provider", "Treatment", "Invoiced EUR", "Paid EUR"],
             ["2026-02-20", "Physio Westerberg", "10 x physiotherapy after hip fracture surgery", "412.00", "412.00"],
             ["2026-03-02", "Radiologie am Hafen", "MRI left hip, follow-up", "688.51", "688.51"],
             ["2026-03-05", "Apotheke am Dom", "Enoxaparin 40 mg, 20 syringes", "96.18", "96.18"],
             ["2026-03-09", "Dr. Engelke, orthopaedics", "consultation, X-ray", "134.06", "120.65"]]) + """
<p>Total paid: <b>EUR 1,317.34</b>. The reduction of EUR 13.41 concerns a fee above the maximum rate of the German scale of fees (GOAE).</p>
<p>Kind regards<br>Health Claims Team<br>Brueckenhof Krankenversicherung AG</p>""", "Statement of benefits"))

# --- 65 ------------------------------------------------------------------
add("NORMAL", "de", "newsletter",
    "trap: customer magazine with tips on back pain, dental check-ups and storm damage; generic",
    frm="Brückenhof Aktuell <newsletter@brueckenhof.example>", to="kundenmagazin@brueckenhof.example",
    subject="Brückenhof Aktuell 1/2026: Rücken stärken, Zähne schützen, Sturm trotzen", date="2026-03-17 07:30", mailer="nl",
    charset="utf-8", cte="base64", html_cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://www.brueckenhof.example/newsletter/abmelden>"), ("Precedence", "bulk")],
    body="""Brückenhof Aktuell 1/2026

RÜCKEN STÄRKEN
Acht von zehn Deutschen haben mindestens einmal im Leben Rückenschmerzen. Unsere Physiotherapeutin zeigt im Video fünf Übungen fürs Homeoffice. Versicherte der KomfortMed-Tarife können den Online-Rückenkurs "Aufrecht" kostenlos nutzen.

ZÄHNE SCHÜTZEN
Zweimal im Jahr zur Kontrolle, einmal zur Zahnreinigung: Mit ZahnPlus zahlen wir die professionelle Zahnreinigung bis 150 Euro im Jahr.

STURM TROTZEN
Nach dem Sturm: Fotos machen, Schaden begrenzen (Plane aufs Dach), dann melden unter www.brueckenhof.example/schaden. Und: Elementarschäden wie Starkregen sind nur mit dem Baustein "Naturgefahren" versichert.

Newsletter abbestellen: https://www.brueckenhof.example/newsletter/abmelden""",
    html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#7b241c">Brückenhof Aktuell 1/2026</h1>
<h2>Rücken stärken</h2><p>Acht von zehn Deutschen haben mindestens einmal im Leben Rückenschmerzen. Unsere Physiotherapeutin zeigt im Video fünf Übungen fürs Homeoffice. Versicherte der KomfortMed-Tarife können den Online-Rückenkurs „Aufrecht“ kostenlos nutzen.</p>
<h2>Zähne schützen</h2><p>Zweimal im Jahr zur Kontrolle, einmal zur Zahnreinigung: Mit ZahnPlus zahlen wir die professionelle Zahnreinigung bis 150 Euro im Jahr.</p>
<h2>Sturm trotzen</h2><p>Nach dem Sturm: Fotos machen, Schaden begrenzen (Plane aufs Dach), dann melden unter <a href="https://www.brueckenhof.example/schaden">www.brueckenhof.example/schaden</a>. Elementarschäden wie Starkregen sind nur mit dem Baustein „Naturgefahren“ versichert.</p>
<p style="font-size:8pt"><a href="https://www.brueckenhof.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>""")

# --- 66 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "windscreen claim under partial cover: plate, policy, appointment; very short reply over a quote",
    frm=KS, to="Nicole Pohlmann <nicole.pohlmann@gmx-mail.example>",
    subject="AW: Steinschlag Frontscheibe", date="2026-04-02 13:58", charset="windows-1252", cte="8bit",
    irt="<CAOp4Lm22@gmx-mail.example>",
    body="""Hallo Frau Pohlmann,

passt, der Glasschaden für OS-NP 88 (Teilkasko KF 63 017 559) ist freigegeben. Termin bei ScheibenProfi Osnabrück-Hafen am Dienstag 8:00 Uhr ist bestätigt, die rechnen direkt mit uns ab. Sie zahlen nur die SB von 150 €.

Gruß
Jana Petersen
Kundenservice

>Hallo, hab einen Steinschlag in der Frontscheibe, direkt im Sichtfeld, ca 2 cm. Auto ist der Fiat 500 OS-NP 88. Geht Dienstag früh? Nicole Pohlmann""")

# --- 67 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "customer",
    "complaint about a health premium increase forwarded to complaints management; customer's age, tariff and heart disease only in the Outlook-style forward",
    frm="Murat Aksoy <murat.aksoy@brueckenhof.example>", to="Beschwerdemanagement <beschwerde@brueckenhof.example>",
    subject="WG: Beitragserhöhung unverschämt!!!", date="2026-01-13 15:40",
    body="""Hallo Beschwerdemanagement,

zur Bearbeitung, bitte als formale Beschwerde erfassen. Der Kunde möchte einen Rückruf von einer Führungskraft. Ich habe ihm den Tarifwechsel nach § 204 VVG schon grob erklärt, er wollte das aber nicht hören.

Gruß, Murat Aksoy (KS)

""" + outlook("Horst Wiemeyer <horst.wiemeyer@t-post.example>", "Dienstag, 13. Januar 2026 09:02",
              "kundenservice@brueckenhof.example", "Beitragserhöhung unverschämt!!!",
              """Sehr geehrte Damen und Herren,

mein Beitrag zur Krankenversicherung (KV 095 331 260, Tarif KomfortMed 600) steigt zum 01.01. um 19 % auf 812,40 Euro. Ich bin 71 Jahre alt und Rentner. Wechseln kann ich nirgendwo hin, nach meinen zwei Herzinfarkten und dem Stent nimmt mich keiner. Das ist Abzocke von Kranken und Alten.

Ich erwarte eine Erklärung und einen Rückruf.
Horst Wiemeyer"""))

# --- 68 ------------------------------------------------------------------
add("NORMAL", "en", "internal",
    "trap: IT change note about the 'secure send' rollout with aggregate test results on mails containing health data; no real data",
    frm="Niklas Frerichs <niklas.frerichs@brueckenhof.example>", to="IT Change Board <cab@brueckenhof.example>",
    cc="Priya Raman <priya.raman@brueckenhof.example>",
    subject="CHG-2026-0214: rollout of secure send button in ticket system - test results", date="2026-02-14 12:05", charset="us-ascii", cte="7bit",
    body="""Hi all,

summary for Tuesday's CAB:

Change: activate the "secure send" button in BH-Kundendialog 4.2 for all service teams (approx. 140 users)
Test period: 2-13 February, 3,200 synthetic test mails (no customer data)
- mails with health data (diagnoses, invoices, hospital letters): 1,120 -> 1,101 routed via portal (98.3 %)
- mails with bank data only: 640 -> all routed TLS-enforced
- mails without sensitive data: 1,440 -> 37 unnecessarily routed via portal (false positives)
Known issue: attachments with umlauts in the file name not classified (ticket KS-44817 at vendor).
Rollback: feature flag, < 5 minutes.

Recommendation: go-live 24 February.

Niklas""")

# --- 69 ------------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "rental-car excess reimbursement (travel line, no health) for a named customer with a GB IBAN",
    frm=KS_EN, to="Oliver Grant <oliver.grant@postbox-uk.example>",
    subject="RE: Rental car excess - scratch in Mallorca", date="2026-04-07 10:50",
    irt="<0A11C9D2-grant@postbox-uk.example>",
    body="""Dear Mr Grant,

thank you for the documents. Under the rental excess cover of your travel policy RV-2026-31590 we reimburse the EUR 450 that the rental company kept from your deposit (scratch on the rear bumper, rental agreement PMI-88410, 22-29 March 2026).

As requested we will pay to your UK account:
GB61 NWBK 5322 9146 6332 32 (Oliver Grant)
Please allow 3-5 working days for the international transfer.

Best regards
Sofia Marquez
Customer Service - International Desk

> Hello, I'd like to claim the excess from the rental in Palma. Rental agreement and card statement attached. Please pay to GB61NWBK53229146633232. Regards, Oliver Grant""")

# --- 70 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
    "query to an orthodontist about a named child's treatment plan (KIG 4, date of birth, tariff)",
    frm="Ralf Nordhorst <ralf.nordhorst@brueckenhof.example>", to="Praxis Dr. Yilmaz <info@kfo-yilmaz.example>",
    subject="Heil- und Kostenplan Lina Drees – Rückfrage", date="2026-03-12 11:25", charset="iso-8859-1", cte="quoted-printable",
    body="""Sehr geehrter Herr Dr. Yilmaz,

zu dem Heil- und Kostenplan vom 02.03.2026 für Ihre Patientin Lina Drees, geb. 18.08.2014 (versichert über KV 440 217 093, Tarif KinderZahn), haben wir eine Rückfrage:

Im Plan ist die kieferorthopädische Indikationsgruppe KIG 4 (D4, vergrößerte Frontzahnstufe 7 mm) angegeben. Die beigefügten Modelle und das FRS zeigen nach Einschätzung unseres beratenden Zahnarztes eher 5,5 mm. Können Sie uns die Messung bitte erläutern?

Die Zusatzleistungen (Mini-Brackets, Retainer) sind unabhängig davon zu 80 % versichert.

Mit freundlichen Grüßen
Ralf Nordhorst
Leistungsabteilung Krankenversicherung""")

# --- 71 ------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-partner",
    "trap: press release about faster cost commitments for psychotherapy and hospital stays; figures in aggregate, board member quoted",
    frm="Pressestelle Brückenhof <presse@brueckenhof.example>", to="Redaktionsverteiler <presseverteiler@brueckenhof.example>",
    subject="Pressemitteilung: Brückenhof halbiert Wartezeit auf Kostenzusagen für Psychotherapie", date="2026-04-08 10:00",
    body="""PRESSEMITTEILUNG – Osnabrück, 8. April 2026

Brückenhof halbiert Wartezeit auf Kostenzusagen für Psychotherapie

Die Brückenhof Krankenversicherung AG entscheidet Anträge auf ambulante Psychotherapie seit Januar im Schnitt nach 4,1 statt 9,3 Arbeitstagen. Möglich macht das ein neues Prüfverfahren, bei dem Therapeutinnen und Therapeuten den Antrag digital stellen. Auch Kostenzusagen für planbare Krankenhausaufenthalte werden jetzt in 2,7 Tagen erteilt.

"Wer Hilfe braucht, soll nicht auf Papier warten", sagt Annika Wellmann, im Vorstand verantwortlich für die Krankenversicherung. 2025 hat Brückenhof für rund 2.400 Versicherte Psychotherapie-Leistungen erstattet, 14 % mehr als im Vorjahr.

Über Brückenhof: Die Brückenhof Versicherungsgruppe mit Sitz in Osnabrück betreut rund 610.000 Kundinnen und Kunden in Kranken-, Lebens-, Sach- und Rechtsschutzversicherung.

Pressekontakt: Lea Sandkühler, presse@brueckenhof.example, 0541 9033-800""")

# --- 72 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "internal",
    "grey: internal fraud suspicion: three household claims of named persons paid to the same IBAN (suspicion, no conviction)",
    frm="Ines Brüggemann <ines.brueggemann@brueckenhof.example>", to="SIU Betrugsabwehr <siu@brueckenhof.example>",
    subject="Verdachtsfall: gleiche IBAN in drei Hausratschäden", date="2026-04-09 14:31",
    body="""Hallo SIU,

mir ist beim Freigeben aufgefallen, dass in drei unabhängigen Hausratschäden dieselbe Zahlungsverbindung angegeben wurde:

S-26-0044120  Dennis Krömer, Osnabrück     Einbruch, Laptop + Schmuck   3.980 Euro
S-26-0061877  Alina Krömer, Bramsche       Fahrraddiebstahl              2.450 Euro
S-26-0079034  Patrick Sander, Georgsmarienhütte  Handy/Tablet, Raub     1.870 Euro

Zahlungsempfänger jeweils: DE15 0494 3906 3443 3067 61, Kontoinhaber "D. Krömer".

Bei Sander steht die IBAN in der Schadenmeldung mit dem Hinweis "Konto meines Cousins". Zahlungen habe ich gestoppt. Bitte übernehmt ihr, Akten sind für euch freigegeben.

Gruß
Ines""")

# --- 73 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "surrender of an endowment life policy for a named customer leaving Germany: surrender value, tax deducted, Irish IBAN",
    frm="Carsten Vahrenholt <carsten.vahrenholt@brueckenhof.example>", to="Siobhan Murphy <siobhan.murphy@eir-mail.example>",
    subject="Surrender of your life insurance LV-6120-0487", date="2026-04-10 09:35", cte="8bit",
    body="""Dear Ms Murphy,

as requested in your letter of 30 March we have terminated your endowment life insurance LV-6120-0487 with effect from 1 April 2026.

Surrender value                   EUR 18,442.17
less capital gains tax and solidarity surcharge (on gain of EUR 3,118.90)   EUR -822.62
Payout                            EUR 17,619.55

The amount will be transferred to IE77 AIBK 9738 6566 8635 13 (Siobhan Murphy) within five working days. The tax certificate (Steuerbescheinigung) follows by post to your new address in Galway.

With the surrender your life cover has ended.

Kind regards
Carsten Vahrenholt
Life Policy Service
Brückenhof Lebensversicherung AG

""" + FOOT_EN)

# --- 74 ------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-customer",
    "grey: portal help for a named customer (forgotten security question answer, reset link by staff); no contract or line",
    frm=KS, to="Friedrich Aufderheide <f.aufderheide@kabelpost.example>",
    subject="AW: Passwort Postfach vergessen", date="2026-04-13 08:44", charset="iso-8859-1", cte="quoted-printable",
    irt="<7734.aufderheide@kabelpost.example>",
    body="""Guten Morgen Herr Aufderheide,

wenn Sie die Antwort auf Ihre Sicherheitsfrage nicht mehr wissen, können Sie das Passwort leider nicht selbst zurücksetzen. Ich habe Ihren Zugang deshalb eben zurückgesetzt. Sie bekommen gleich zwei Mails: eine mit einem Einmal-Passwort und eine mit dem Link zur Anmeldung. Danach vergeben Sie ein neues Passwort und eine neue Sicherheitsfrage.

Kleiner Tipp: Die Antwort muss nicht "wahr" sein, Sie müssen sie sich nur merken.

Freundliche Grüße
Malte Kruse
Kundenservice

> Ich komme nicht mehr in mein Postfach. Passwort vergessen und die Antwort auf die Frage nach dem ersten Haustier stimmt angeblich nicht. F. Aufderheide""")

# --- 75 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "legal expenses: cover refusal for a neighbour dispute (hedge) for a named customer; policy and claim number",
    frm="Brückenhof Rechtsschutz <rechtsschutz@brueckenhof.example>", to="Dagmar Hilgefort <d.hilgefort@gmx-mail.example>",
    subject="Ihr Rechtsschutzfall RS-26-005217 – Nachbarschaftsstreit", date="2026-04-14 13:13",
    body="""Sehr geehrte Frau Hilgefort,

vielen Dank für Ihre Schilderung zum Streit mit Ihren Nachbarn, Eheleuten Kampmeyer, über die Höhe der Thujahecke an der Grundstücksgrenze Heideweg 12 in Bissendorf.

Leider können wir Ihnen hierfür keinen Rechtsschutz gewähren: Ihr Vertrag RS 90 17 802 (Privat- und Berufsrechtsschutz) enthält keinen Wohnungs- und Grundstücksrechtsschutz. Streitigkeiten aus dem Nachbarrecht sind nur über diesen Baustein versichert.

Sie können den Baustein jederzeit ergänzen; für bereits bestehende Streitigkeiten gilt er allerdings nicht (Wartezeit 3 Monate).

Mit freundlichen Grüßen
Benedikt Rosemann
Rechtsschutz-Schaden

""" + FOOT_SHORT)

# --- 76 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "mixed", "internal",
    "bilingual internal request for translation help: a named customer's son's autism diagnosis (F84.0) and therapy costs",
    frm="Anke Rolfes <anke.rolfes@brueckenhof.example>", to="Tom Wheeler <tom.wheeler@brueckenhof.example>",
    subject="Kurze Hilfe / quick help – Antwort an Mrs Okafor-Lenz", date="2026-04-15 11:50",
    body="""Hi Tom,

kannst du mir kurz helfen? Die Kundin spricht nur Englisch und ich will nichts Falsches schreiben. Could you check my draft?

Mein Entwurf / my draft:
"Dear Mrs Okafor-Lenz, we have received the report of the Autism Centre Osnabrück for your son Elias (born 12 May 2019). The diagnosis of childhood autism (F84.0) is confirmed. Autism therapy (ABA-based) is covered under your child's tariff KV 470 551 208 with 80 % of the costs, up to 40 sessions per year. Occupational therapy is covered separately with 100 %."

Passt "childhood autism" so oder sagt man da "autism spectrum disorder"?

Danke dir!
Anke""")

# --- 77 ------------------------------------------------------------------
add("NORMAL", "en", "insurer-to-partner",
    "trap: technical spec for electronic hospital invoices: field list (patient name, date of birth, ICD-10, OPS) and an XML sample with placeholders only",
    frm="Niklas Frerichs <niklas.frerichs@brueckenhof.example>", to="Integration Team <integration@hasetal-kliniken.example>",
    subject="e-invoice interface v2 - field list and sample", date="2026-03-05 15:20", charset="us-ascii", cte="7bit",
    body="""Hello integration team,

as agreed, here is the field list for the v2 invoice interface (hospital -> Brueckenhof). Transport is SFTP with PGP, not e-mail; this mail only contains the spec.

Mandatory fields: invoice_id, patient_name, patient_dob, policy_no, admission_date, discharge_date, icd10_main, icd10_secondary[], ops[], drg, amount_total, iban_creditor.

Sample (placeholders, no real data) attached as HTML for your developers.

Best regards
Niklas Frerichs, Brueckenhof IT""",
    atts=[Att("invoice_v2_sample.html", "text/html; charset=utf-8", html_doc(
        "<h3>invoice v2 - sample with placeholders</h3><pre>&lt;invoice id=\"INV-0000\"&gt;\n  &lt;patient_name&gt;{{PATIENT_NAME}}&lt;/patient_name&gt;\n"
        "  &lt;patient_dob&gt;{{YYYY-MM-DD}}&lt;/patient_dob&gt;\n  &lt;policy_no&gt;{{KV 000 000 000}}&lt;/policy_no&gt;\n"
        "  &lt;icd10_main&gt;{{ICD10}}&lt;/icd10_main&gt;\n  &lt;ops&gt;{{OPS}}&lt;/ops&gt;\n  &lt;drg&gt;{{DRG}}&lt;/drg&gt;\n"
        "  &lt;iban_creditor&gt;{{IBAN}}&lt;/iban_creditor&gt;\n&lt;/invoice&gt;</pre>"
        + table([["field", "type", "example"], ["patient_dob", "date", "{{YYYY-MM-DD}}"], ["icd10_main", "string(8)", "{{ICD10}}, e.g. format X00.0"],
                 ["amount_total", "decimal(10,2)", "0.00"]]), "invoice v2").encode("utf-8"))])

# --- 78 ------------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "certificate of insurance (tenant's liability) for a named student's landlord: address, policy, sum insured",
    frm=KS_EN, to="Ana Ribeiro <ana.ribeiro@uni-mail.example>",
    subject="RE: proof of liability insurance for my landlord", date="2026-04-16 16:05",
    irt="<4411e0-ribeiro@uni-mail.example>",
    body="""Hi Ms Ribeiro,

here is the confirmation you can forward to your landlord:

"We confirm that Ms Ana Ribeiro, Katharinenstrasse 61, 49078 Osnabrück, holds private liability insurance with Brückenhof Allgemeine Versicherung AG under policy PH-6001-208 since 1 October 2025. Damage to rented residential premises is covered up to EUR 1,000,000 per claim. The policy is in force and premiums are paid up to 30 September 2026."

If the landlord needs it on letterhead, just tell us and we will post it.

Best regards
Daniel Okafor
Customer Service - International Desk

> Hi! My new landlord wants proof that I have liability insurance (Haftpflicht). Can you send something in English? Thanks, Ana""")

# --- 79 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "base64 body: cost commitment for a named customer's gallbladder surgery (K80.2) sent to the hospital; diagnosis also in the quote",
    frm=KS, to="Sabine Twelbeck <sabine.twelbeck@postfach-nord.example>",
    subject="AW: Kostenzusage OP", date="2026-04-17 12:25", cte="base64", mailer="crm",
    irt="<e3b0c442-98fc-1c14@postfach-nord.example>",
    body="""Hallo Frau Twelbeck,

die Kostenzusage für Ihre Operation am 28.04. im Marienhospital ist heute direkt an die Klinik gegangen (Zweibettzimmer und Chefarztbehandlung sind in Ihrem Tarif enthalten). Sie müssen nichts weiter tun.

Alles Gute für die OP!
Hatice Yıldırım
Kundenservice

Sabine Twelbeck schrieb am 16.04.2026 21:15:
> Guten Abend, bei mir wird am 28.4. die Gallenblase entfernt (Gallensteine, laparoskopisch), Einweisung vom Hausarzt hab ich. Brauchen Sie noch was? Versicherungsnummer KV 281 930 554.
> Sabine Twelbeck""")

# --- 80 ------------------------------------------------------------------
add("NORMAL", "de", "internal",
    "trap: updated text modules (DOCX) for service answers with placeholders «Diagnose», «IBAN», «Geburtsdatum»; no real person",
    frm="Claudia Meyer-Brinkmann <claudia.meyer-brinkmann@brueckenhof.example>",
    to="Team Kundenservice <ks-team@brueckenhof.example>", subject="Neue Textbausteine ab 01.04. (KV-Leistung, Bankdaten, Rente)",
    date="2026-03-27 16:30",
    body="""Hallo zusammen,

im Anhang die überarbeiteten Textbausteine. Sie sind ab 01.04. im Ticketsystem hinterlegt (Kürzel in Klammern). Bitte die Platzhalter «…» immer vollständig ersetzen und bei KV- und Leben-Bausteinen "Sicher senden" verwenden.

Danke an Birgit und Dimitrios für die Vorarbeit!

Claudia""",
    atts=[Att("Textbausteine_KS_2026-04.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
        "# Textbausteine Kundenservice – Stand 01.04.2026",
        "# [KV-ERST] Erstattung Arztrechnung",
        "Sehr geehrte/r «Anrede» «Nachname», Ihre Rechnung vom «Rechnungsdatum» über «Betrag» Euro haben wir erstattet. Die Zahlung geht auf Ihr Konto «IBAN».",
        "# [KV-DIAG] Rückfrage Diagnose",
        "Für die Prüfung benötigen wir die Diagnose «Diagnose» mit ICD-Schlüssel, ausgestellt von «Arzt».",
        "# [BANK] Änderung Bankverbindung",
        "Wir haben Ihre neue Bankverbindung «IBAN» (Kontoinhaber «Kontoinhaber») ab «Datum» hinterlegt.",
        "# [RENTE] Rentenbeginn",
        "Ihre Rente aus dem Vertrag «Vertragsnummer» beginnt am «Datum». Sie sind am «Geburtsdatum» geboren; die monatliche Rente beträgt «Betrag» Euro."],
        author="Claudia Meyer-Brinkmann"))])

# --- 81 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "genetic data in the quoted mail (BRCA1 positive, mother's ovarian cancer); reply explains the genetic-testing rules for a life application",
    frm=KS_EN, to="Rebecca Lindqvist <rebecca.lindqvist@mailo.example>",
    subject="RE: Do I have to tell you about my genetic test?", date="2026-04-20 14:02",
    irt="<CAM3-lindqvist-0419@mailo.example>",
    body="""Dear Ms Lindqvist,

thank you for your open question. Under the German Genetic Diagnostics Act we may not ask for or use the results of predictive genetic tests for life insurance with a sum insured of up to EUR 300,000. Your planned term life cover of EUR 250,000 is below that limit, so you do not have to disclose the test result.

The health questions in the application still have to be answered truthfully - they cover diagnosed illnesses and treatments, including preventive operations.

Kind regards
Priya Raman
Customer Service - International Desk

-----Original Message-----
From: Rebecca Lindqvist
Sent: Sunday, April 19, 2026 8:40 PM
To: kundenservice@brueckenhof.example
Subject: Do I have to tell you about my genetic test?

Hello, I want to apply for term life insurance (EUR 250,000) for our mortgage. My mother died of ovarian cancer and I had a genetic test last year: I carry the BRCA1 mutation. I am healthy otherwise and thinking about preventive surgery. Do I have to mention the test in the application?
Rebecca""")

# --- 82 ------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-customer",
    "trap: second registration mail with the link to the secure mailbox; no name, no content",
    frm="Brückenhof Postfach <postfach-noreply@brueckenhof.example>", to="kerstin.b@webmail.example",
    subject="Registrierung für Ihr Brückenhof-Postfach", date="2026-04-21 07:45", mailer="auto",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Guten Tag,

für Sie liegt eine Nachricht im Brückenhof-Postfach bereit. Ihr Einmal-Passwort haben Sie in einer separaten E-Mail erhalten.

Registrieren Sie sich hier:
https://postfach.brueckenhof.example/registrierung?t=9c1e4a77f0b24d18a3e2

Der Link ist 14 Tage gültig. Nach der Anmeldung legen Sie Ihr eigenes Passwort und eine Sicherheitsfrage fest.

Freundliche Grüße
Ihr Brückenhof Kundenservice""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Guten Tag,</p>
<p>für Sie liegt eine Nachricht im Brückenhof-Postfach bereit. Ihr Einmal-Passwort haben Sie in einer separaten E-Mail erhalten.</p>
<p><a href="https://postfach.brueckenhof.example/registrierung?t=9c1e4a77f0b24d18a3e2" style="background:#1b4f72;color:#fff;padding:8px 14px;text-decoration:none">Jetzt registrieren</a></p>
<p>Der Link ist 14 Tage gültig. Nach der Anmeldung legen Sie Ihr eigenes Passwort und eine Sicherheitsfrage fest.</p>
<p>Freundliche Grüße<br>Ihr Brückenhof Kundenservice</p></body></html>""")

# --- 83 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "transfer of the no-claims class from father to daughter: both named, dates of birth, licence dates, plates",
    frm=KS, to="Lisa Hagedorn <lisa.hagedorn@gmx-mail.example>", cc="Wolfgang Hagedorn <w.hagedorn@t-post.example>",
    subject="AW: SF-Klasse von Papa übernehmen", date="2026-04-22 10:36",
    irt="<f7a0-hagedorn-2204@gmx-mail.example>",
    body="""Hallo Frau Hagedorn, hallo Herr Hagedorn,

die Übertragung des Schadenfreiheitsrabatts ist möglich. Eckdaten:

Abgebender: Wolfgang Hagedorn, geb. 03.06.1961, Vertrag KF 50 118 327 (VW Passat, OS-WH 61), derzeit SF 30
Übernehmende: Lisa Hagedorn, geb. 21.01.2001, Führerschein seit 02/2019
Übertragbar sind nur so viele Jahre, wie Sie selbst den Führerschein haben: 7 Jahre → neuer Vertrag für OS-LH 21 mit SF 7.

Bitte füllen Sie beide die angehängte Übertragungserklärung aus und schicken sie unterschrieben zurück. Herr Hagedorn senior wird danach in SF 0 bzw. SF ½ eingestuft, falls er weiter ein Auto versichert.

Viele Grüße
Sven Dierks
Kundenservice""",
    atts=[Att("SF-Uebertragung_Hagedorn.pdf", "application/pdf", pdf([
        "# Erklärung zur Übertragung des Schadenfreiheitsrabatts",
        "Abgebender Versicherungsnehmer: Wolfgang Hagedorn, geb. 03.06.1961, Vertrag KF 50 118 327",
        "Übernehmende: Lisa Hagedorn, geb. 21.01.2001, Fahrerlaubnis Klasse B seit 14.02.2019",
        "Übertragen werden 7 schadenfreie Jahre auf den Vertrag für das Fahrzeug OS-LH 21.",
        "",
        "Unterschrift Abgebender: ____________________   Unterschrift Übernehmende: ____________________"], title="SF-Übertragung"))])

# --- 84 ------------------------------------------------------------------
add("NORMAL", "mixed", "internal",
    "farewell invitation for a colleague of the International Desk, German and English; no sensitive data",
    frm="Sofia Marquez <sofia.marquez@brueckenhof.example>", to="Kundenservice alle <ks-alle@brueckenhof.example>",
    subject="Abschied Priya / Farewell drinks for Priya – 30.04.", date="2026-04-23 13:10", charset="windows-1252", cte="quoted-printable",
    body="""Hallo zusammen / Hi everyone,

nach sechs Jahren verlässt uns Priya Ende April und geht zu unserer Schwestergesellschaft nach Dublin. Wir wollen sie gebührend verabschieden:

Donnerstag, 30.04., ab 16:30 Uhr, Dachterrasse (bei Regen Kantine)
Thursday 30 April, from 4:30 pm, roof terrace (canteen if it rains)

Für das Abschiedsgeschenk steht eine Kasse bei mir am Platz (Raum 2.08). There's a collection box for the present at my desk.

Sagt bitte bis Montag kurz Bescheid, ob ihr kommt - just reply to me by Monday!

Sofia""")

# --- 85 ------------------------------------------------------------------
add("NORMAL", "en", "insurer-to-customer",
    "trap: a visitor asks how to send confidential documents encrypted; generic answer on S/MIME certificate directory and secure mailbox",
    frm=KS_EN, to="k.andersson@webmail.example",
    subject="RE: How can I send you encrypted e-mail?", date="2026-04-24 09:30", charset="us-ascii", cte="7bit",
    irt="<20260423.andersson@webmail.example>",
    body="""Hello,

there are three ways to send us confidential documents (medical reports, bank details, ID copies):

1. S/MIME: download the certificate of the address you want to write to from our certificate directory at https://zertifikate.brueckenhof.example and encrypt your mail with it. If you sign your mail, we can answer encrypted as well.
2. Secure mailbox: ask us to open a mailbox for you; you receive a one-time password and a registration link.
3. Post: Brueckenhof Versicherungsgruppe, Hasestrasse 40, 49074 Osnabrueck.

Please do not send such documents in a normal e-mail.

Kind regards
Tom Wheeler
Customer Service - International Desk

> Hi, before I send you my documents: can I encrypt my e-mail somehow? I use Outlook. Thanks""")

# --- 86 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "deer collision under partial cover: plate, policy, claim number, place of accident; nobody hurt",
    frm=KS, to="Hendrik Pörtner <hendrik.poertner@freenet-mail.example>",
    subject="AW: Wildunfall gestern Abend", date="2026-04-27 08:20", cte="8bit", mailer="crm",
    irt="<CAFwild-poertner@freenet-mail.example>",
    body="""Moin Herr Pörtner,

gut, dass Ihnen nichts passiert ist! Der Wildschaden an Ihrem Skoda Kodiaq (OS-HP 740) ist über die Teilkasko Ihres Vertrags KF 72 410 036 versichert, Schadennummer S-26-0090215.

Was wir noch brauchen: die Wildunfallbescheinigung vom Jagdpächter oder der Polizei (Kreisstraße K 331 zwischen Hagen a.T.W. und Natrup) und Fotos vom Fahrzeug mit Haaren/Blutspuren an der Front. Sie können direkt zu Ihrer Werkstatt fahren, ab 2.000 Euro schicken wir noch einen Gutachter.

Gruß
Tobias Schnieders
Kundenservice

-------- Original-Nachricht --------
Von: Hendrik Pörtner
Datum: 26.04.26 22:48
Betreff: Wildunfall gestern Abend

Hab gestern auf der K331 ein Reh erwischt. Stoßstange, Scheinwerfer und Motorhaube hin. Mir ist nix passiert, Polizei war da. Was muss ich machen?""")

# --- 87 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "harmless body; the ZIP contains PDF statements of benefits (treatments, diagnoses, amounts) of a named insured and a CSV overview",
    frm=KS, to="Reinhard Tepe <reinhard.tepe@t-post.example>",
    subject="AW: Kopien Abrechnungen 2025 für Steuer", date="2026-04-28 14:50",
    irt="<b0aa39e1-tepe@t-post.example>",
    body="""Sehr geehrter Herr Tepe,

wie gewünscht anbei die Kopien für Ihre Steuererklärung. Das Passwort zur ZIP-Datei haben wir Ihnen nicht mitgeschickt, weil die Datei ohne Passwort ist – bitte speichern Sie sie sicher.

Mit freundlichen Grüßen
Birgit Overmeyer
Kundenservice""",
    atts=[Att("Abrechnungen_2025.zip", "application/zip", zip_([
        ("Abrechnungen_2025/Leistungsabrechnung_2025-03.pdf", pdf([
            "# Leistungsabrechnung vom 18.03.2025",
            "Versicherter: Reinhard Tepe, geb. 27.09.1957, KV 102 553 870",
            "Rechnung Dr. Stühmeier (Kardiologie) 03.03.2025: Belastungs-EKG, Echokardiographie - Diagnose I25.1, I10.90",
            "Erstattet: 386,12 EUR", "Apotheke: Bisoprolol 5 mg, Atorvastatin 40 mg - Erstattet: 48,30 EUR"], title="Abrechnung 03/2025")),
        ("Abrechnungen_2025/Leistungsabrechnung_2025-09.pdf", pdf([
            "# Leistungsabrechnung vom 22.09.2025",
            "Versicherter: Reinhard Tepe, KV 102 553 870",
            "Krankenhaus Marienhospital 01.-04.09.2025: Koronarangiographie mit Stent-Implantation (OPS 8-837.00)",
            "Erstattet: 7.912,40 EUR (Wahlleistungen Zweibettzimmer und Chefarzt)"], title="Abrechnung 09/2025")),
        ("Abrechnungen_2025/Uebersicht_2025.csv", csv_([
            ["Datum", "Leistungserbringer", "Betrag", "erstattet", "Selbstbehalt"],
            ["18.03.2025", "Dr. Stühmeier / Apotheke", "434,42", "434,42", "0,00"],
            ["22.09.2025", "Marienhospital", "7.912,40", "7.912,40", "0,00"],
            ["Summe", "", "8.346,82", "8.346,82", "0,00"]]))]))])

# --- 88 ------------------------------------------------------------------
add("NORMAL", "de", "internal",
    "grey: Easter staffing plan (ODS) of the service team with colleagues' names, shifts and leave; organisational, no reasons for absence",
    frm="Claudia Meyer-Brinkmann <claudia.meyer-brinkmann@brueckenhof.example>",
    to="Team Kundenservice <ks-team@brueckenhof.example>", subject="Besetzung Ostern – bitte prüfen", date="2026-03-20 12:00",
    charset="iso-8859-1", cte="8bit",
    body="""Hallo zusammen,

anbei der Entwurf für die Besetzung über Ostern. Wer tauschen möchte, bitte direkt untereinander klären und mir bis Mittwoch Bescheid geben.

Claudia""",
    atts=[Att("Besetzung_Ostern_2026.ods", "application/vnd.oasis.opendocument.spreadsheet", ods([
        ["Name", "Do 02.04.", "Fr 03.04. (Karfreitag)", "Sa 04.04.", "Mo 06.04. (Ostermontag)", "Di 07.04."],
        ["Jana Petersen", "Früh", "Notdienst 9-13", "frei", "frei", "Früh"],
        ["Murat Aksoy", "Spät", "frei", "Notdienst 9-13", "frei", "Urlaub"],
        ["Sven Dierks", "Urlaub", "Urlaub", "Urlaub", "Urlaub", "Urlaub"],
        ["Hatice Yıldırım", "Früh", "frei", "frei", "Notdienst 9-13", "Spät"],
        ["Malte Kruse", "Spät", "frei", "frei", "frei", "Früh"],
        ["Tom Wheeler (Intl)", "Früh", "Notdienst Intl", "frei", "frei", "Früh"]], sheet="Ostern"))])

# --- 89 ------------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "cancellation of contents insurance on moving abroad: named customer, new address in Spain, refund to a Spanish IBAN",
    frm=KS_EN, to="Javier Morales <javier.morales@correo-es.example>",
    subject="RE: Moving to Valencia - cancel my home insurance", date="2026-04-29 11:11", charset="windows-1252", cte="quoted-printable",
    irt="<CAJm-morales-0428@correo-es.example>",
    body="""Dear Mr Morales,

we have cancelled your contents insurance HR-3377-210 for the flat at Martinistraße 8, Osnabrück, with effect from 30 April 2026, the date you hand over the flat.

The unused premium of EUR 41.25 will be refunded to ES57 4224 6213 4104 9678 5449. We have noted your new postal address (Carrer de Sueca 14, 46006 Valencia) for the final statement.

All the best for your move!
Sofia Marquez
Customer Service – International Desk

> Hello, I'm moving back to Spain end of April. Please cancel my home insurance and send any refund to my Spanish account ES5742246213410496785449. New address: Carrer de Sueca 14, 46006 Valencia.
> Javier""")

# --- 90 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "second-opinion offer for a named customer's recommended spinal fusion (L4-S1); symptoms in the quoted mail",
    frm=KS_EN, to="Michael O'Brien <michael.obrien@eir-mail.example>",
    subject="RE: Back surgery - is it covered?", date="2026-05-04 10:45",
    irt="<CAHobrien-0502@eir-mail.example>",
    body="""Dear Mr O'Brien,

yes, a spinal fusion would in principle be covered under your policy KV 590 120 847. Before such a major operation we offer a free second opinion from an independent spine centre (programme "Zweitmeinung Wirbelsäule"). Many customers find it helpful, and it does not affect your cover either way.

If you'd like that, just reply "yes" and we will send the MRI images and the surgeon's report to the centre - with your consent form, which we'll send via the secure mailbox.

Kind regards
Daniel Okafor
Customer Service - International Desk

On Sat, 2 May 2026, Michael O'Brien wrote:
> Dear Sir/Madam, after 2 years of back pain radiating into my left leg the neurosurgeon at Klinikum Hasetal recommends a spinal fusion L4-S1 (spondylolisthesis). I am 52 and not sure. Is it covered and what do you recommend?
> Michael O'Brien""")

# --- 91 ------------------------------------------------------------------
add("NORMAL", "en", "internal",
    "trap: actuarial note on annuitant mortality and disability incidence by age (XLSX with rates per age), no individuals",
    frm="Dr. Pia Holtkamp <pia.holtkamp@brueckenhof.example>", to="Actuarial team <aktuariat@brueckenhof.example>",
    cc="Martin Dreyer <martin.dreyer@brueckenhof.example>",
    subject="Experience study 2025: annuitant mortality and BU incidence", date="2026-05-05 16:20",
    body="""Hi all,

first results of the 2025 experience study are attached (rates per 1,000, own portfolio, both sexes combined).

Headlines:
- annuitant mortality 3-5 % below the table at ages 70-85, consistent with the improvement trend;
- disability incidence in the BU portfolio above expectation at ages 50-59 (A/E 112 %), mainly mental disorders and back conditions;
- small cells (fewer than 20 events) are not shown.

Let's discuss on Thursday before anything goes to the reinsurer.

Pia

Dr. Pia Holtkamp | Appointed Actuary Life | Brückenhof Lebensversicherung AG""",
    atts=[Att("Experience_2025_summary.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx([
        ["Age band", "Annuitant deaths", "Expected (table)", "A/E", "BU new claims", "BU expected", "A/E BU"],
        ["60-69", 118, 121.4, 0.97, 311, 296.0, 1.05],
        ["70-79", 402, 419.8, 0.96, "", "", ""],
        ["80-89", 731, 760.2, 0.96, "", "", ""],
        ["30-39", "", "", "", 144, 151.2, 0.95],
        ["40-49", "", "", "", 262, 249.5, 1.05],
        ["50-59", "", "", "", 488, 435.7, 1.12]], sheet="Summary", author="Pia Holtkamp"))])

# --- 92 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "flooded cellar (building insurance, natural hazards): named customer, address and loss adjuster appointment in the ICS",
    frm="Ines Brüggemann <ines.brueggemann@brueckenhof.example>", to="Annegret Moormann <a.moormann@kabelpost.example>",
    subject="Besichtigungstermin Starkregenschaden – S-26-0093310", date="2026-05-06 13:40",
    body="""Sehr geehrte Frau Moormann,

zu Ihrem Starkregenschaden im Keller (Wohngebäudeversicherung WG-1290-055 mit Naturgefahren) kommt Herr Kämper von Kämper Sachverständige am Montag, 11.05., zwischen 10 und 11 Uhr zu Ihnen. Den Termin habe ich Ihnen als Kalendereintrag angehängt.

Bitte halten Sie Rechnungen der Trocknungsfirma und Fotos vom Tag des Schadens bereit.

Freundliche Grüße
Ines Brüggemann
Schaden Sach""",
    atts=[Att("Termin_Sachverstaendiger.ics", "text/calendar; charset=utf-8", ics(
        "bh-s-26-0093310-besichtigung@brueckenhof.example", "20260511T100000", "20260511T110000",
        "Besichtigung Starkregenschaden S-26-0093310 (Moormann)", "Im Wiesengrund 5, 49176 Hilter",
        "Sachverständiger: Jörg Kämper. Versicherungsnehmerin: Annegret Moormann, Wohngebäude WG-1290-055.",
        "ines.brueggemann@brueckenhof.example", ["a.moormann@kabelpost.example"]))])

# --- 93 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "disability follow-up review: named insured with multiple sclerosis (G35.1); letter body plus a pre-filled DOCX questionnaire",
    frm="Miriam Esch <miriam.esch@brueckenhof.example>", to="Thomas Bollmann <thomas.bollmann@gmx-mail.example>",
    subject="Nachprüfung Ihrer Berufsunfähigkeitsrente BU-5501-7720", date="2026-05-07 09:05",
    body="""Sehr geehrter Herr Bollmann,

wir zahlen Ihnen seit dem 01.06.2023 eine Berufsunfähigkeitsrente von 1.450 Euro monatlich. Wie in den Bedingungen vorgesehen, prüfen wir alle drei Jahre, ob die Voraussetzungen weiter vorliegen.

Bitte füllen Sie den beigefügten Fragebogen aus. Die Angaben aus unserer Akte (Diagnose schubförmige Multiple Sklerose, behandelnde Neurologin Dr. Hafermann) haben wir bereits eingetragen – bitte prüfen und ergänzen Sie sie. Senden Sie den Fragebogen mit einem aktuellen Befundbericht bis zum 15.06.2026 zurück, gern über Ihr Kundenpostfach.

Die Rente läuft während der Prüfung unverändert weiter.

Mit freundlichen Grüßen
Miriam Esch
Leistung Berufsunfähigkeit
Brückenhof Lebensversicherung AG

""" + FOOT_DE,
    atts=[Att("Fragebogen_Nachpruefung_BU-5501-7720.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
        "# Fragebogen zur Nachprüfung der Berufsunfähigkeit",
        [["Versicherte Person", "Thomas Bollmann, geb. 19.02.1979"],
         ["Vertrag", "BU-5501-7720"],
         ["Diagnose lt. Akte", "G35.1 Multiple Sklerose mit vorherrschend schubförmigem Verlauf"],
         ["Behandelnde Ärztin", "Dr. med. Gesa Hafermann, Neurologie, Osnabrück"],
         ["Letzter Schub (Angabe bitte ergänzen)", ""],
         ["Aktuelle Medikation (bitte ergänzen)", ""]],
        "1. Üben Sie derzeit eine berufliche Tätigkeit aus? Wenn ja, welche und in welchem Umfang?",
        "2. Hat sich Ihr Gesundheitszustand seit 2023 verändert (Schübe, Gehstrecke, Fatigue)?",
        "3. Haben Sie eine Umschulung oder Reha-Maßnahme begonnen?"], author="Miriam Esch"))])

# --- 94 ------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-supplier",
    "trap: order of first-aid kits, AED pads and a first-aider course; health vocabulary, no persons",
    frm="Frank Rehorst <frank.rehorst@brueckenhof.example>", to="Vertrieb <vertrieb@medisafe-arbeitsschutz.example>",
    subject="Bestellung Erste-Hilfe-Material und Ersthelferkurs", date="2026-05-08 10:10", charset="windows-1252", cte="quoted-printable",
    body="""Guten Tag Frau Niehues,

wie telefonisch besprochen bestellen wir für den Standort Hasestraße 40:

- 24 Verbandkästen DIN 13157 (Ersatz der abgelaufenen Kästen auf allen Etagen)
- 6 Sets Elektroden-Pads für AED Modell LifeStart 3 (Erwachsene), Ablauf 11/2026 bei den vorhandenen
- 2 Kühlpack-Sets und 1 Augenspülflasche für die Kantine
- Ersthelferkurs (9 UE) für 12 Beschäftigte am 04.06.2026 in unseren Räumen

Rechnung bitte mit Bestellnummer 4500019311 an die Kreditorenbuchhaltung.

Freundliche Grüße
Frank Rehorst
Einkauf""")

# --- 95 ------------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-broker",
    "cross-border motor policy for a broker's named client: date of birth, Dutch address and plate, premium; no health",
    frm="Oliver Hasenkamp <oliver.hasenkamp@brueckenhof.example>", to="Sanne de Vries <s.devries@grensadvies.example>",
    subject="RE: quote car insurance Mr Bakker (German plate)", date="2026-05-11 15:33",
    irt="<grens-2026-0511-0902@grensadvies.example>",
    body="""Dear Ms de Vries,

thank you for the details. For your client we can offer:

Policyholder: Ruud Bakker, born 04 July 1988, Lasondersingel 118, 7514 BS Enschede (NL)
Vehicle: BMW 320d Touring, company car registered in Germany, plate GRO-RB 88
Cover: third-party liability EUR 100 m + comprehensive, deductibles 300/150, no-claims class SF 12 (proof from his Dutch insurer accepted)
Annual premium: EUR 1,104.60

The offer is valid until 31 May. Please note that German motor insurance requires a German contact address for service of documents - his employer's address in Gronau is fine.

Kind regards
Oliver Hasenkamp
Broker Services""")

# --- 96 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "naturopath's acupuncture invoice for migraine (G43.0) of a named customer; partial reimbursement explained over an Outlook quote",
    frm=KS, to="Yvonne Starmann <yvonne.starmann@webmail.example>",
    subject="AW: Heilpraktiker Rechnung Akupunktur", date="2026-05-12 11:48", charset="windows-1252", cte="8bit",
    irt="<000c01dce1f3$4a7b6c10@webmail.example>",
    body="""Hallo Frau Starmann,

die Rechnung von Heilpraktikerin Frau Brune (10 x Akupunktur, 590 Euro) erstatten wir nach Ihrem Tarif zu 80 % bis zum Höchstsatz des Gebührenverzeichnisses für Heilpraktiker: 371,20 Euro. Die Abrechnung kommt per Post.

Viele Grüße
Svetlana Reimer
Kundenservice

-----Ursprüngliche Nachricht-----
Von: Yvonne Starmann <yvonne.starmann@webmail.example>
Gesendet: Montag, 11. Mai 2026 17:02
An: kundenservice@brueckenhof.example
Betreff: Heilpraktiker Rechnung Akupunktur

Hallo,
ich habe seit Jahren Migräne ohne Aura (G43.0), die Tabletten vertrage ich nicht mehr. Jetzt habe ich 10 Akupunktursitzungen bei einer Heilpraktikerin gemacht, Rechnung 590 € hängt an. Zahlen Sie das? KV 309 887 412.
Gruß Yvonne Starmann""")

# --- 97 ------------------------------------------------------------------
add("NORMAL", "de", "insurer-to-customer",
    "trap: automatic answer to a [ZERTIFIKAT] request: where to download the service mailbox certificate; no personal data",
    frm="Brückenhof Zertifikatsdienst <zertifikat@brueckenhof.example>", to="it@steuerbuero-lange.example",
    subject="AW: [ZERTIFIKAT] kundenservice@brueckenhof.example", date="2026-05-13 08:02", mailer="auto", charset="us-ascii", cte="7bit",
    headers=[("Auto-Submitted", "auto-replied")],
    body="""Guten Tag,

Sie haben das Zertifikat der Adresse kundenservice@brueckenhof.example angefordert.

Diese Nachricht ist mit dem Zertifikat signiert. Ihr Mailprogramm speichert es in der Regel automatisch, sobald Sie die Signatur geoeffnet haben. Alternativ koennen Sie es hier herunterladen (PEM, DER oder vCard):
https://zertifikate.brueckenhof.example/suche?mail=kundenservice%40brueckenhof.example

Fingerabdruck (SHA-256): 4F:2A:91:C0:7E:55:13:B8:0D:62:AF:19:3C:E4:77:02:9B:11:D5:60:8E:3F:C2:41:A7:5D:06:EE:92:1B:48:C3
Gueltig bis: 31.12.2027

Ihr Brueckenhof Zertifikatsdienst
Diese Nachricht wurde automatisch erzeugt.""")

# --- 98 ------------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "motor liability claim settled (customer hit a parked car): plate, claim number, payout and downgrading of the no-claims class; HTML alternative",
    frm="Kemal Öztürk <kemal.oeztuerk@brueckenhof.example>", to="Fabian Rethmann <fabian.rethmann@gmx-mail.example>",
    subject="Ihr Kfz-Haftpflichtschaden S-26-0066031 – Abschluss", date="2026-05-14 14:10",
    body="""Sehr geehrter Herr Rethmann,

den Schaden vom 03.04.2026 (beim Ausparken auf dem Parkplatz Nettebad haben Sie mit Ihrem Fahrzeug OS-FR 505 den geparkten Mazda CX-5 von Frau Lüttmann touchiert) haben wir abgeschlossen.

Gezahlt an die Geschädigte: Reparatur 2.318,44 Euro, Wertminderung 250 Euro, Nutzungsausfall 4 Tage à 59 Euro.
Gesamt: 2.804,44 Euro.

Ihr Vertrag KF 68 200 417 wird zum 01.01.2027 von SF 9 in SF 4 zurückgestuft. Sie können die Rückstufung vermeiden, indem Sie uns den Betrag innerhalb von sechs Monaten erstatten.

Mit freundlichen Grüßen
Kemal Öztürk
Kfz-Schaden""",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Rethmann,</p>
<p>den Schaden vom 03.04.2026 (beim Ausparken auf dem Parkplatz Nettebad haben Sie mit Ihrem Fahrzeug <b>OS-FR 505</b> den geparkten Mazda CX-5 von Frau Lüttmann touchiert) haben wir abgeschlossen.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse"><tr><th>Position</th><th>Betrag</th></tr>
<tr><td>Reparatur</td><td>2.318,44 €</td></tr><tr><td>Wertminderung</td><td>250,00 €</td></tr><tr><td>Nutzungsausfall 4 Tage</td><td>236,00 €</td></tr>
<tr><td><b>Gesamt</b></td><td><b>2.804,44 €</b></td></tr></table>
<p>Ihr Vertrag KF 68 200 417 wird zum 01.01.2027 von SF 9 in SF 4 zurückgestuft. Sie können die Rückstufung vermeiden, indem Sie uns den Betrag innerhalb von sechs Monaten erstatten.</p>
<p>Mit freundlichen Grüßen<br>Kemal Öztürk<br>Kfz-Schaden</p></body></html>""")

# --- 99 ------------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "orthodontic treatment of a named expat child (braces, KIG 3): cover and amounts; child's age and tariff in the reply, details in the quote",
    frm=KS_EN, to="Grace Adeyemi <grace.adeyemi@mailo.example>",
    subject="RE: braces for my daughter", date="2026-05-15 09:22", charset="us-ascii", cte="7bit",
    irt="<5A0E-adeyemi-0514@mailo.example>",
    body="""Dear Ms Adeyemi,

the treatment plan for Amara from Dr. Yilmaz is approved: under her child tariff KV 470 602 113 we pay 80 % of the orthodontic costs of EUR 4,860 over the planned 3 years, i.e. up to EUR 3,888. The orthodontist can invoice quarterly; please send each invoice in the app.

Kind regards
Priya Raman
Customer Service - International Desk

> Hello, our daughter Amara (10) needs braces, the orthodontist Dr. Yilmaz says KIG 3 (crossbite). Treatment plan attached, about 4,860 euros. How much will you pay?
> Grace Adeyemi""")

# --- 100 -----------------------------------------------------------------
add("NORMAL", "en", "newsletter",
    "trap: HTML-only newsletter for employers about company health insurance (bKV) with aggregate sick-day statistics",
    frm="Brückenhof Business <business-news@brueckenhof.example>", to="hr-newsletter@brueckenhof.example",
    subject="Brückenhof Business Update: company health insurance that works", date="2026-05-18 08:00",
    mailer="nl", html_only=True, cte="base64",
    headers=[("List-Unsubscribe", "<https://business.brueckenhof.example/unsubscribe>"), ("Precedence", "bulk")],
    html=html_doc("""<h2>Company health insurance that works</h2>
<p>Employers offering our company health insurance (bKV) report fewer sick days. In our 2025 survey of 212 client companies:</p>
""" + table([["Indicator", "with bKV", "without bKV"],
             ["Sick days per employee and year", "14.2", "19.5"],
             ["Share of employees using check-ups", "61 %", "38 %"],
             ["Employer attractiveness (self-rated, 1-5)", "4.1", "3.3"]]) + """
<p>Popular modules: dental cover, glasses and contact lenses, outpatient check-ups, hospital single room.</p>
<p>Talk to us: <a href="https://business.brueckenhof.example/bkv">business.brueckenhof.example/bkv</a></p>
<p style="font-size:8pt"><a href="https://business.brueckenhof.example/unsubscribe">Unsubscribe</a></p>""", "Business Update"))

# --- 101 -----------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-company",
    "grey: cyber claim of a dental practice owned by a natural person (ransomware); named owner, policy, claim; no patient data in the mail",
    frm="Ines Brüggemann <ines.brueggemann@brueckenhof.example>", to="Dr. Jan Meinders <praxis@zahnarzt-meinders.example>",
    subject="Ihr Cyberschaden CY-26-000318 – nächste Schritte", date="2026-05-19 17:45",
    body="""Sehr geehrter Herr Dr. Meinders,

danke für den Anruf heute Mittag. Zusammenfassung der nächsten Schritte zu Ihrer Cyberversicherung CY-4410-019 (Schaden CY-26-000318, Verschlüsselungstrojaner auf dem Praxisserver seit 18.05.):

1. Die Forensiker von NordCERT melden sich heute noch bei Ihnen (Kosten übernehmen wir, Selbstbehalt 1.000 Euro).
2. Bitte zahlen Sie kein Lösegeld und fahren Sie den Server nicht neu hoch.
3. Ob Patientendaten abgeflossen sind, ist noch offen. Die Meldung an die Landesdatenschutzbehörde muss binnen 72 Stunden erfolgen – unsere Vertragsanwältin, Frau Dr. Brandt, unterstützt Sie dabei.
4. Ertragsausfall: Bitte führen Sie eine Liste abgesagter Termine (nur Anzahl und Honorarausfall, keine Patientennamen).

Mit freundlichen Grüßen
Ines Brüggemann
Schaden Gewerbe / Cyber""")

# --- 102 -----------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "child accident insurance: a named child's front-tooth injury at kindergarten; reply with cover, injury details in the quote",
    frm=KS, to="Miriam Kassens <miriam.kassens@postfach-nord.example>",
    subject="AW: Unfall Kita – Zahn abgebrochen", date="2026-05-20 12:34", mailer="crm", cte="8bit",
    irt="<CAKassens20260519@postfach-nord.example>",
    body="""Liebe Frau Kassens,

oh je, gute Besserung an Mats! Die Unfallversicherung Ihres Sohnes (UV 3318 0021) übernimmt die Kosten für die Zahnbehandlung nach Unfall bis 5.000 Euro, soweit die gesetzliche Krankenkasse nicht zahlt. Bitte reichen Sie die Rechnung der Zahnärztin und den Heil- und Kostenplan für die spätere Versorgung ein.

Die Kita meldet den Unfall außerdem an die Unfallkasse – das ist kein Problem, wir zahlen zusätzlich.

Herzliche Grüße
Anke Rolfes
Kundenservice

Am 19.05.2026 um 16:20 schrieb Miriam Kassens:
> Hallo, unser Sohn Mats (4) ist heute in der Kita vom Klettergerüst gefallen, oberer Schneidezahn abgebrochen, Lippe genäht (3 Stiche) in der Notaufnahme. Zahnärztin sagt, vielleicht muss der Nerv raus. Zahlt das unsere Kinderunfall?""")

# --- 103 -----------------------------------------------------------------
add("NORMAL", "de", "internal",
    "trap: minutes (ODT) of the data-protection jour fixe: counts of misdirected mails with Arztberichte, no names",
    frm="Dr. Johanna Weitkamp <datenschutz@brueckenhof.example>", to="JF Datenschutz Kundenservice <jf-ds-ks@brueckenhof.example>",
    subject="Protokoll Jour fixe Datenschutz/Kundenservice 05/2026", date="2026-05-21 15:00",
    body="""Hallo zusammen,

das Protokoll vom 19.05. hängt an. Bitte Korrekturen bis Ende nächster Woche.

Viele Grüße
Johanna Weitkamp""",
    atts=[Att("Protokoll_JF_DS-KS_2026-05-19.odt", "application/vnd.oasis.opendocument.text", odt([
        "Protokoll Jour fixe Datenschutz / Kundenservice, 19.05.2026",
        "Teilnehmende: J. Weitkamp (DSB), C. Meyer-Brinkmann (KS), N. Frerichs (IT), P. Raman (Intl Desk)",
        "TOP 1 Datenpannen Q1: 3 Fehlversendungen (Arztbericht an falsche Adresse, Leistungsabrechnung an Ex-Partner, Anhang vertauscht). Alle drei gemeldet, keine Beschwerde der Betroffenen.",
        "TOP 2 Sicher senden: seit 24.02. aktiv, Nutzung 87 % bei KV-Antworten, 41 % bei Leben. Ziel 95 %.",
        "TOP 3 Zitate in Antworten: Stichprobe 200 Mails, in 23 stand die Diagnose nur im Zitat. Schulung wiederholen.",
        "TOP 4 Nächster Termin: 23.06.2026"]))])

# --- 104 -----------------------------------------------------------------
add("CONFIDENTIAL", "en", "internal",
    "HR answers an employee on his payslip: gross salary, new tax class after marriage, net pay",
    frm="Uwe Pöhlmann <uwe.poehlmann@brueckenhof.example>", to="Tom Wheeler <tom.wheeler@brueckenhof.example>",
    subject="RE: my April payslip", date="2026-05-22 10:02", charset="us-ascii", cte="7bit",
    irt="<a3c9f1.tw@brueckenhof.example>",
    body="""Hi Tom,

the difference on your April payslip is correct: after your marriage the tax office changed your tax class from I to III (effective 1 April). With your gross salary of EUR 3,780 your net pay went up from EUR 2,431.18 to EUR 2,712.55. Your wife's tax class V is on her employer's payslip, not ours.

The lump sum for the remote-work equipment (EUR 120) was paid tax-free with the same payroll.

Best regards
Uwe Poehlmann
Payroll""")

# --- 105 -----------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
    "request to a neurologist for a report on a named patient's stroke (I63.5) for a disability claim, with consent",
    frm="Miriam Esch <miriam.esch@brueckenhof.example>", to="Dr. Alan Whitcombe <secretary@whitcombe-neurology.example>",
    subject="Medical report request - Mr Graham Pryce, DOB 1971-03-08", date="2026-05-25 09:50", cte="8bit",
    body="""Dear Dr Whitcombe,

your patient Mr Graham Pryce, born 8 March 1971, has claimed benefits under his income protection policy BU-5530-1184 with Brückenhof Lebensversicherung AG following an ischaemic stroke (I63.5) on 2 January 2026, treated at Klinikum Hasetal and followed up by you since his return to Bristol.

With his signed consent (enclosed in the secure mailbox message sent to your secretary's address today), we would be grateful for a report covering:
1. current neurological deficits (right-sided weakness, speech),
2. his ability to work as a site manager in construction, in hours per day,
3. prognosis for the next 12 months.

We will pay your fee of up to GBP 250 on receipt of your invoice.

Yours sincerely
Miriam Esch
Disability Claims""")

# --- 106 -----------------------------------------------------------------
add("NORMAL", "en", "insurer-to-customer",
    "grey: confirmation that an address was removed from the marketing newsletter; name and address only, no contract",
    frm=KS_EN, to="Hugo Lambert <hugo.lambert@correo-es.example>",
    subject="RE: STOP sending me these health newsletters", date="2026-05-26 13:14",
    irt="<stop-lambert-0526@correo-es.example>",
    body="""Dear Mr Lambert,

sorry for the inconvenience. We have removed hugo.lambert@correo-es.example from all our newsletters (Health Insights and Brückenhof Aktuell). It can take up to 48 hours until the change reaches all systems.

Kind regards
Sofia Marquez
Customer Service

> Please stop sending me your health newsletters, I never asked for them.""")

# --- 107 -----------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "burglary claim: agent returns the stolen-goods list (XLSX) of a named customer for confirmation; address, values, claim number",
    frm=KS, to="Gerd Niemeyer <gerd.niemeyer@t-post.example>",
    subject="AW: Einbruch – Stehlgutliste", date="2026-05-27 15:20",
    irt="<000d01dcede0$b7e2a4c0@t-post.example>",
    body="""Guten Tag Herr Niemeyer,

ich habe Ihre Angaben in unsere Stehlgutliste übertragen (Anhang). Bitte prüfen Sie die Werte und geben Sie die Liste auch der Polizei (Aktenzeichen laut Ihrer Mail 1211-E-004788/26). Schmuck ist in Ihrer Hausratversicherung HR-2012-963 bis 20 % der Versicherungssumme versichert, außerhalb des Tresors bis 2.500 Euro.

Mit freundlichen Grüßen
Jonas Tiemann
Kundenservice""",
    atts=[Att("Stehlgutliste_S-26-0101447.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx([
        ["Schaden S-26-0101447", "Gerd Niemeyer, Sutthauser Str. 220, 49080 Osnabrück", "", ""],
        ["Gegenstand", "Anschaffung", "Neuwert EUR", "Beleg"],
        ["Damenuhr Junghans Meister", 2019, 1290, "ja"],
        ["Goldkette 585, Erbstück", "unbekannt", 1800, "Foto"],
        ["Laptop MacBook Air", 2024, 1399, "ja"],
        ["Spielekonsole + 2 Controller", 2023, 620, "ja"],
        ["Bargeld", "", 340, "nein"]], sheet="Stehlgut"))])

# --- 108 -----------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "death benefit of a life policy paid to the widow; deceased named with cause of death (heart attack) and dates",
    frm="Carsten Vahrenholt <carsten.vahrenholt@brueckenhof.example>", to="Elke Roßmöller <elke.rossmoeller@gmx-mail.example>",
    subject="Todesfallleistung aus der Lebensversicherung LV-7702-3318", date="2026-05-28 11:00", charset="iso-8859-1", cte="quoted-printable",
    body="""Sehr geehrte Frau Roßmöller,

zunächst möchten wir Ihnen zum Tod Ihres Mannes, Herrn Dieter Roßmöller, unser aufrichtiges Beileid aussprechen.

Die Sterbeurkunde und die ärztliche Todesbescheinigung (Tod am 02.05.2026 im Klinikum Hasetal, Ursache akuter Myokardinfarkt) liegen uns vor. Da der Vertrag seit mehr als drei Jahren besteht, ist keine weitere Prüfung erforderlich.

Als bezugsberechtigte Ehefrau erhalten Sie:
  Versicherungssumme Todesfall        60.000,00 Euro
  Überschussbeteiligung                4.318,27 Euro
  Auszahlung                          64.318,27 Euro

Die Überweisung erfolgt in den nächsten Tagen auf Ihr Konto DE84 6256 7490 9430 2728 04. Die Leistung ist einkommensteuerfrei; eine Meldung an das Finanzamt (Erbschaftsteuer) nehmen wir vor.

Wenn wir Ihnen bei weiteren Verträgen Ihres Mannes helfen können, rufen Sie mich gern direkt an: 0541 9033-311.

Mit freundlichen Grüßen
Carsten Vahrenholt
Vertragsservice Leben""")

# --- 109 -----------------------------------------------------------------
add("NORMAL", "de", "insurer-to-partner",
    "trap: framework agreement with a hospital group on direct billing and room surcharges (price list), no patient data",
    frm="Ralf Nordhorst <ralf.nordhorst@brueckenhof.example>", to="Geschäftsführung Hasetal-Kliniken <gf@hasetal-kliniken.example>",
    cc="Christoph Ahlers <christoph.ahlers@brueckenhof.example>",
    subject="Rahmenvereinbarung Direktabrechnung 2026 – Entwurf Preisblatt Wahlleistungen", date="2026-05-29 09:30",
    body="""Sehr geehrte Frau Dr. Holthaus,

wie am 20.05. besprochen, anbei der Entwurf des Preisblatts zur Rahmenvereinbarung (Direktabrechnung ohne Vorleistung der Patienten):

Einbettzimmer Normalstation        118,00 Euro / Tag
Zweibettzimmer Normalstation        64,00 Euro / Tag
Komfortpaket Wochenstation          29,00 Euro / Tag
Zuschlag Intensivstation            keine Wahlleistung

Die Rechnungen kommen weiterhin über die elektronische Schnittstelle v2 (SFTP/PGP), nicht per E-Mail. Die Kostenübernahmeerklärung wird zukünftig für planbare Eingriffe binnen drei Arbeitstagen erteilt.

Mit freundlichen Grüßen
Ralf Nordhorst
Leistung KV / Krankenhausmanagement""")

# --- 110 -----------------------------------------------------------------
add("CONFIDENTIAL", "mixed", "insurer-to-customer",
    "bilingual answer on a lost suitcase (travel baggage insurance): named customer, flight, contents value; no health",
    frm=KS, to="Nadia Haddad <nadia.haddad@mailo.example>",
    subject="AW: Lost luggage – Koffer nicht angekommen", date="2026-06-01 10:40",
    irt="<luggage-haddad-0530@mailo.example>",
    body="""Hallo Frau Haddad / Dear Ms Haddad,

es tut uns leid, dass Ihr Koffer nicht angekommen ist. / Sorry your suitcase didn't arrive.

Zu Ihrer Reisegepäckversicherung RV-2026-32208 (Flug FR 2144 Marrakesch–Weeze am 28.05.) haben wir den Schaden angelegt, Nummer RG-26-01177.
We have opened claim RG-26-01177 under your baggage policy.

Bitte schicken Sie uns / please send:
- den PIR-Bericht der Fluggesellschaft (Property Irregularity Report),
- die Liste des Inhalts (laut Ihrer Mail ca. 1.150 Euro) mit Belegen, soweit vorhanden,
- Quittungen für Ersatzkäufe (Kleidung, Kosmetik) – bis 300 Euro erstatten wir sofort.

Viele Grüße / Best regards
Hatice Yıldırım
Kundenservice""")

# --- 111 -----------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
    "German/English reply to a customer hospitalised in Thailand with dengue fever; hospital, policy and payment guarantee",
    frm="Aoife Brennan <aoife.brennan@brueckenhof.example>", to="Jonas Feldhaus <jonas.feldhaus@webmail.example>",
    cc="Assistance <operaciones@asistencia-mediterranea.example>",
    subject="AW: im Krankenhaus in Bangkok – hospital needs guarantee", date="2026-06-02 04:55",
    irt="<feldhaus-bkk-0602@webmail.example>",
    body="""Hallo Herr Feldhaus,

wir haben die Kostenübernahme für Ihren Aufenthalt im Sukhumvit Care Hospital soeben ausgestellt (Auslandsreisekrankenversicherung RV-2026-31022, Referenz BH-ASS-20260602-03). Gute Besserung!

Dear admissions team (in copy via our assistance partner): Brückenhof guarantees payment for Mr Jonas Feldhaus, born 1996-10-11, admitted on 1 June 2026 with dengue fever (A97.1, warning signs, low platelets), standard room, up to EUR 8,000. Please send the medical report to our assistance partner.

Viele Grüße / Kind regards
Aoife Brennan
Travel & International Claims, 24/7 line +49 541 9033-199

> Hallo, ich liege seit gestern im Krankenhaus in Bangkok mit Dengue-Fieber, die Thrombozyten sind sehr niedrig. Das Krankenhaus will eine Garantie, sonst muss ich 3.000 Euro anzahlen. Was soll ich machen? Jonas""")

# --- 112 -----------------------------------------------------------------
add("NORMAL", "en", "internal",
    "trap: announcement of a tabletop exercise on a fictitious misdirected e-mail containing health data; scenario invented",
    frm="Information Security Office <iso@brueckenhof.example>", to="Incident Response Team <irt@brueckenhof.example>",
    cc="Dr. Johanna Weitkamp <datenschutz@brueckenhof.example>",
    subject="Tabletop exercise 16 June - scenario 'misdirected hospital report'", date="2026-06-03 09:15", charset="us-ascii", cte="7bit",
    body="""Dear IRT members,

our next tabletop exercise takes place on 16 June, 10:00-12:00, room Hase 4.01.

Scenario (fictitious): a service agent replies to a customer and attaches a hospital discharge report of a different customer ("Patient X"). The recipient posts a screenshot on social media two days later.

We will walk through: detection, containment (recall, contact recipient), the 72-hour notification to the supervisory authority, information of the data subject, press line, lessons learned.

No real cases or customer data will be used. Please bring the current incident playbook v3.2.

Regards
Information Security Office""")

# --- 113 -----------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "harmless body; the attached PDF premium invoice shows name, address, household and liability policies and the SEPA IBAN",
    frm="Brückenhof Beitragsservice <beitragsservice@brueckenhof.example>", to="Ulrike Sandmann <ulrike.sandmann@kabelpost.example>",
    subject="Ihre Beitragsrechnung 2026", date="2026-01-02 06:10", mailer="auto",
    body="""Guten Tag,

anbei erhalten Sie Ihre Beitragsrechnung für das Jahr 2026 als PDF.

Bitte prüfen Sie die Angaben. Wenn Sie Fragen haben, antworten Sie einfach auf diese E-Mail.

Ihr Brückenhof Beitragsservice""",
    atts=[Att("Beitragsrechnung_2026.pdf", "application/pdf", pdf([
        "# Beitragsrechnung 2026",
        "Ulrike Sandmann, Rheiner Landstraße 77, 49078 Osnabrück",
        "Kundennummer 1004 7781",
        "",
        "Hausratversicherung HR-2607-338          Jahresbeitrag   164,40 EUR",
        "Privathaftpflicht PH-4790-212            Jahresbeitrag    82,20 EUR",
        "Glasversicherung GL-0881-045             Jahresbeitrag    39,60 EUR",
        "Gesamt                                                   286,20 EUR",
        "",
        "Wir buchen den Betrag am 01.02.2026 von Ihrem Konto ab:",
        "IBAN DE03 1892 1728 3621 6435 50, Mandatsreferenz BH-10047781-01, Gläubiger-ID DE71ZZZ00000912345"],
        title="Beitragsrechnung 2026"))])

# --- 114 -----------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "internal",
    "HR invites a named employee to occupational reintegration (BEM) after rehab; sickness duration and gradual return plan",
    frm="Sabine Lammers <sabine.lammers@brueckenhof.example>", to="Sven Dierks <sven.dierks@brueckenhof.example>",
    cc="Schwerbehindertenvertretung <sbv@brueckenhof.example>",
    subject="Einladung BEM-Gespräch – vertraulich", date="2026-06-04 13:30", cte="base64",
    body="""Lieber Herr Dierks,

Sie waren in den letzten zwölf Monaten mehr als sechs Wochen arbeitsunfähig. Wir möchten Ihnen deshalb ein Betriebliches Eingliederungsmanagement (BEM) anbieten. Die Teilnahme ist freiwillig.

Nach Ihrer Mitteilung endet Ihre Reha in der Klinik am Teutoburger Wald am 12.06.; die Klinik empfiehlt eine stufenweise Wiedereingliederung (Hamburger Modell) über vier Wochen mit 3, 4, 6 und 8 Stunden täglich. Ihre Hausärztin hat den Plan bereits unterschrieben.

Vorschlag für das Erstgespräch: Montag, 15.06., 10 Uhr, Raum P 1.03, mit mir, Herrn Kremer (Betriebsrat) und auf Ihren Wunsch Frau Sagemüller (Schwerbehindertenvertretung). Die Inhalte des Gesprächs kommen nicht in die Personalakte.

Herzliche Grüße
Sabine Lammers
Personalbetreuung""")

# --- 115 -----------------------------------------------------------------
add("NORMAL", "de", "insurer-to-company",
    "trap: company health insurance (bKV) offer to an employer: per-head premiums for dental/glasses/check-ups, no employee data",
    frm="Oliver Hasenkamp <oliver.hasenkamp@brueckenhof.example>", to="Jutta Strotmann <j.strotmann@strotmann-metallbau.example>",
    subject="Angebot betriebliche Krankenversicherung für Strotmann Metallbau GmbH", date="2026-06-05 11:20",
    body="""Sehr geehrte Frau Strotmann,

vielen Dank für das Gespräch. Wie besprochen unser Angebot für Ihre rund 80 Beschäftigten:

Baustein Zahn (Zahnersatz 90 %, Prophylaxe 150 Euro/Jahr)        14,90 Euro je Person/Monat
Baustein Sehhilfe (Brille/Kontaktlinsen 300 Euro in 2 Jahren)    3,20 Euro je Person/Monat
Baustein Vorsorge (Check-ups, Impfungen, Hautkrebs-Screening)    4,60 Euro je Person/Monat

Keine Gesundheitsprüfung und keine Wartezeiten, wenn alle Beschäftigten versichert werden. Vorerkrankungen sind mitversichert. Für die Anmeldung brauchen wir später nur Name, Geburtsdatum und Eintrittsdatum – diese Liste bitte dann über unser Firmenkundenportal, nicht per E-Mail.

Das Angebot gilt bis 31.07.2026.

Mit freundlichen Grüßen
Oliver Hasenkamp
Firmenkunden / bKV""")

# --- 116 -----------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "new car insurance policy: named customer's date of birth, address, mileage, plate and IBAN for the direct debit",
    frm=KS_EN, to="Sven Lindahl <sven.lindahl@mailo.example>",
    subject="Welcome - your car insurance KF 74 118 920", date="2026-06-08 08:40", charset="windows-1252", cte="quoted-printable",
    body="""Dear Mr Lindahl,

welcome to Brückenhof! Your car insurance is in force from 10 June 2026. Summary:

Policyholder: Sven Lindahl, born 5 February 1990, Iburger Straße 190, 49082 Osnabrück
Vehicle: Volvo V60 B4, plate OS-SL 590, garage at home, annual mileage 15,000 km
Cover: liability + comprehensive, SF 10 (from your previous insurer in Sweden, confirmed)
Premium: EUR 58.72 per month by direct debit from your account DE46 5219 2433 2405 8928 90 as stated in your application

The policy documents will follow by post within a few days.

Kind regards
Daniel Okafor
Customer Service – International Desk""")

# --- 117 -----------------------------------------------------------------
add("NORMAL", "de", "internal",
    "trap: intranet-style welcome of new service colleagues (one ex-MFA 'knows a lot about Arztrechnungen'); names and hobbies only",
    frm="Claudia Meyer-Brinkmann <claudia.meyer-brinkmann@brueckenhof.example>", to="Kundenservice alle <ks-alle@brueckenhof.example>",
    subject="Herzlich willkommen: drei Neue im Kundenservice", date="2026-06-01 08:30",
    html="""<html><body style="font-family:Arial,sans-serif"><p>Liebe Kolleginnen und Kollegen,</p>
<p>seit heute verstärken drei neue Kolleginnen und Kollegen unser Team:</p>
<ul><li><b>Lara Johannsen</b> – kommt von einem Reiseveranstalter, spricht Dänisch, läuft Halbmarathon</li>
<li><b>Okan Demirtaş</b> – Kaufmann für Versicherungen und Finanzen, frisch ausgelernt, spielt Handball in Bramsche</li>
<li><b>Wiebke Thole</b> – vorher Arztpraxis (MFA), bringt viel Wissen zu Arztrechnungen mit, backt die besten Butterkuchen</li></ul>
<p>Die drei sitzen in Raum 2.10 und sind die ersten vier Wochen mit Paten unterwegs. Sagt gern Hallo!</p>
<p>Claudia</p></body></html>""",
    body="""Liebe Kolleginnen und Kollegen,

seit heute verstärken drei neue Kolleginnen und Kollegen unser Team:

- Lara Johannsen – kommt von einem Reiseveranstalter, spricht Dänisch, läuft Halbmarathon
- Okan Demirtaş – Kaufmann für Versicherungen und Finanzen, frisch ausgelernt, spielt Handball in Bramsche
- Wiebke Thole – vorher Arztpraxis (MFA), bringt viel Wissen zu Arztrechnungen mit, backt die besten Butterkuchen

Die drei sitzen in Raum 2.10 und sind die ersten vier Wochen mit Paten unterwegs. Sagt gern Hallo!

Claudia""")

# --- 118 -----------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-lawyer",
    "grey: traffic legal expenses: lawyer's fee for a named customer's fine for using a phone while driving (administrative offence, not criminal)",
    frm="Brückenhof Rechtsschutz <rechtsschutz@brueckenhof.example>", to="Kanzlei Brandt & Oyelaran <kanzlei@brandt-oyelaran-recht.example>",
    subject="Ihre Rechnung 2026-0417 – Mandant Kevin Brinkschulte, RS-26-006031", date="2026-06-09 14:22",
    body="""Sehr geehrte Damen und Herren,

in der Bußgeldsache Ihres Mandanten Kevin Brinkschulte (Verkehrsrechtsschutz RS 90 31 556; Vorwurf: Benutzung eines Mobiltelefons während der Fahrt am 14.03.2026, Bußgeldbescheid des Landkreises Osnabrück über 100 Euro und 1 Punkt) haben wir Ihre Rechnung vom 02.06.2026 geprüft.

Wir erstatten Grundgebühr, Verfahrensgebühr und Auslagenpauschale in Höhe von 487,90 Euro inkl. USt. auf Ihr Kanzleikonto. Die Terminsgebühr fällt nicht an, da das Verfahren nach Einspruch ohne Hauptverhandlung eingestellt wurde.

Mit freundlichen Grüßen
Benedikt Rosemann
Rechtsschutz-Schaden""")

# --- 119 -----------------------------------------------------------------
add("NORMAL", "de", "insurer-to-customer",
    "trap: prospect asks in general whether travel health insurance applies with pre-existing conditions; generic rules, no own diagnosis",
    frm=KS, to="Bettina Roters <bettina.roters@gmx-mail.example>",
    subject="AW: Auslandsreise-KV – wie ist das mit Vorerkrankungen?", date="2026-06-10 09:18", cte="8bit", flowed=True, mailer="tb",
    irt="<roters-0609-2210@gmx-mail.example>",
    body="""Hallo Frau Roters,

gute Frage! Bei unserer Auslandsreise-Krankenversicherung gibt es keine Gesundheitsfragen. Versichert sind akute Erkrankungen und Unfälle auf Reisen – auch wenn sie mit einer bekannten Vorerkrankung zusammenhängen, solange die Behandlung nicht der Grund der Reise war und vor Reiseantritt nicht feststand, dass sie nötig wird.

Beispiel: Wer Asthma hat und im Urlaub einen Anfall bekommt, ist versichert. Wer zur geplanten Kur ins Ausland fährt, nicht.

Abschließen können Sie online unter https://www.brueckenhof.example/reise (Einzelperson 12,90 Euro, Familie 26,90 Euro im Jahr).

Schöne Grüße
Jana Petersen
Brückenhof Kundenservice

Am 09.06.2026 um 22:10 schrieb Bettina Roters:
> Guten Abend, bevor ich abschließe: Zahlt die Auslandsreise-KV auch, wenn man Vorerkrankungen hat? Oder muss man die angeben?""")

# --- 120 -----------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "base64 body: new IBAN for a named customer's building insurance, quoted from his mail",
    frm=KS, to="Hubert Kleine-Wächter <hubert.kw@t-post.example>",
    subject="AW: Neue Bankverbindung Wohngebäude", date="2026-06-11 10:02", cte="base64", mailer="crm",
    irt="<kw-0610-bank@t-post.example>",
    body="""Guten Tag Herr Kleine-Wächter,

erledigt: Ab der nächsten Fälligkeit (01.07.2026) buchen wir den Beitrag für Ihre Wohngebäudeversicherung WG-1044-617 von Ihrem neuen Konto DE38 0399 9881 3981 7594 20 ab. Das SEPA-Mandat haben wir angepasst, Mandatsreferenz bleibt BH-WG1044617.

Freundliche Grüße
Dimitrios Papadakis
Kundenservice

> Bitte ab sofort vom neuen Konto abbuchen: DE38 0399 9881 3981 7594 20, Kontoinhaber Hubert Kleine-Wächter. Das alte Konto bei der Postbank wird aufgelöst.
> H. Kleine-Wächter, Hauptstraße 8, Glandorf""")

# --- 121 -----------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "hearing aids for a named customer (bilateral hearing loss): reimbursement limit; very short reply over a quote",
    frm=KS_EN, to="Robert Hale <robert.hale@postbox-uk.example>",
    subject="RE: hearing aids quote", date="2026-06-12 14:31", charset="us-ascii", cte="7bit",
    irt="<hale-hearing-0611@postbox-uk.example>",
    body="""Dear Mr Hale,

your tariff pays hearing aids up to EUR 1,500 per ear every 4 years, so EUR 3,000 of the EUR 4,280 quote. Please send the ENT prescription and the final invoice.

Best regards
Tom Wheeler

> Hello, my ENT doctor found moderate hearing loss in both ears and prescribed hearing aids. The acoustician's quote is EUR 4,280 for two devices. What will you pay? Policy KV 590 131 660.""")

# --- 122 -----------------------------------------------------------------
add("NORMAL", "en", "insurer-to-customer",
    "trap: opening hours over Pentecost incl. 24/7 line for medical emergencies abroad; no personal data",
    frm=KS_EN, to="info@harbourview-apartments.example",
    subject="RE: opening hours Whit Monday?", date="2026-05-22 16:40", charset="us-ascii", cte="7bit",
    body="""Hello,

on Whit Monday (25 May) our customer service is closed. From Tuesday we are back from 8 am to 7 pm.

Medical emergencies abroad and hospital admissions: our 24/7 assistance line +49 541 9033-199 is always available.
Claims can be reported online at any time: https://www.brueckenhof.example/en/claims

Kind regards
Brueckenhof Customer Service""")

# --- 123 -----------------------------------------------------------------
add("NORMAL", "de", "internal",
    "trap: HTML-only monthly KPI report of the service mailbox; topics such as Psychotherapie-Anträge and Krankenhaus in aggregate",
    frm="Claudia Meyer-Brinkmann <claudia.meyer-brinkmann@brueckenhof.example>", to="Bereichsleitung Kunde <bl-kunde@brueckenhof.example>",
    subject="KPI Kundenservice Mai 2026", date="2026-06-03 07:55", html_only=True, charset="iso-8859-1", cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Guten Morgen,</p><p>anbei die Kennzahlen Mai 2026 für das zentrale Postfach:</p>
""" + table([["Thema", "Eingänge", "Antwort < 1 AT", "Anteil Sicher senden"],
             ["Arzt-/Zahnarztrechnungen", "4.912", "71 %", "96 %"],
             ["Krankenhaus / Kostenzusage", "611", "88 %", "99 %"],
             ["Psychotherapie-Anträge", "212", "64 %", "100 %"],
             ["Kfz-Schaden", "1.530", "79 %", "12 %"],
             ["Hausrat / Wohngebäude", "1.104", "74 %", "9 %"],
             ["Bankverbindung / Adresse", "2.280", "91 %", "61 %"],
             ["Summe", "10.649", "77 %", "62 %"]]) + """
<p>Auffällig: Die Antwortzeit bei Psychotherapie-Anträgen ist wegen Rückfragen an die Gesellschaftsärztin gestiegen. Vorschlag: eigener Textbaustein.</p>
<p>Viele Grüße<br>Claudia Meyer-Brinkmann</p></body></html>""")

# --- 124 -----------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "tenancy legal expenses: deposit not returned by the landlord; named customer, address, amount, policy",
    frm="Brückenhof Legal Expenses <rechtsschutz@brueckenhof.example>", to="Emily Carter <emily.carter@uni-mail.example>",
    subject="RE: my landlord won't return my deposit", date="2026-06-15 12:12",
    irt="<carter-deposit-0612@uni-mail.example>",
    body="""Dear Ms Carter,

your legal expenses policy RS 90 40 118 includes tenancy protection, and the dispute arose after the waiting period. We therefore cover the costs of a lawyer to claim back your deposit of EUR 1,650 for the flat at Lotter Straße 37, 49078 Osnabrück (landlord: Mr Ferdinand Hüppe).

Claim number: RS-26-007120. You can choose any lawyer; if you like, our partner firm Brandt & Oyelaran speaks English. Deductible: EUR 150.

Kind regards
Benedikt Rosemann
Legal Expenses Claims

> Hi, I moved out on 31 March, the flat was clean and I have photos, but my landlord still hasn't paid back my deposit (1650 EUR). Can you help?""")

# --- 125 -----------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "customer",
    "harmless body; attached customer mail (message/rfc822, iso-8859-1) about a hospital stay for alcohol withdrawal (F10.2) and hospital daily allowance",
    frm="Malte Kruse <malte.kruse@brueckenhof.example>", to="Leistung KV <leistung-kv@brueckenhof.example>",
    subject="WG: Krankenhaustagegeld", date="2026-06-16 11:05",
    body="""Hallo Leistung,

bitte übernehmen, Mail des Kunden hängt an. Er bittet um Rückruf, Nummer steht drin. Habe ihm gesagt, dass sich jemand bis Freitag meldet.

Danke
Malte""",
    atts=[Att("Krankenhaustagegeld.eml", "message/rfc822", eml(dict(
        frm="Stefan Grothaus <stefan.grothaus@kabelpost.example>", to=["kundenservice@brueckenhof.example"],
        subject="Krankenhaustagegeld", date="2026-06-15 18:47", mailer="outlook", charset="iso-8859-1", cte="quoted-printable",
        mid="<000e01dcfd0a$3c2b1a90@kabelpost.example>", bseed="inner125",
        body="""Sehr geehrte Damen und Herren,

ich war vom 04.05. bis 29.05.2026 in der Fachklinik Hase-Ems zur qualifizierten Entgiftung und Entwöhnung (Alkoholabhängigkeit, F10.2). Die Entlassungsbescheinigung habe ich beigelegt. Steht mir für die 25 Tage das Krankenhaustagegeld aus meiner Versicherung KH 220 905 334 zu? Bitte rufen Sie mich an unter 0171 5580 2291, ich möchte das nicht schriftlich hin und her schreiben.

Mit freundlichen Grüßen
Stefan Grothaus"""), 125))])

# --- 126 -----------------------------------------------------------------
add("NORMAL", "de", "insurer-to-supplier",
    "trap: order for secure destruction of old claims files (Arztberichte, Krankenhausrechnungen) with protection class and DIN level; no contents",
    frm="Frank Rehorst <frank.rehorst@brueckenhof.example>", to="Disposition <dispo@aktenwolf-entsorgung.example>",
    subject="Abruf Aktenvernichtung – Altakten Leistung KV (Schutzklasse 3)", date="2026-06-17 08:48", charset="windows-1252", cte="8bit",
    body="""Guten Morgen,

wir rufen aus dem Rahmenvertrag die Vernichtung folgender Bestände ab:

- ca. 140 Sicherheitsbehälter (240 l) Altakten der Leistungsabteilung Krankenversicherung, Jahrgänge 2012–2015 (Arztberichte, Krankenhausrechnungen, Gutachten)
- Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
- Abholung in verschlossenen Behältern, Vernichtung im Beisein eines Mitarbeiters unserer Revision, Vernichtungsprotokoll je Behälter

Wunschtermine: 29. oder 30.06.2026, Rampe 2. Ansprechpartner vor Ort: Herr Lüske, Poststelle, -911.

Mit freundlichen Grüßen
Frank Rehorst
Einkauf""")

# --- 127 -----------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "building insurance premium increase explained to a named customer: address, sum insured, policy",
    frm=KS, to="Renate Bußmann <renate.bussmann@freenet-mail.example>",
    subject="AW: Warum ist meine Gebäudeversicherung teurer?", date="2026-06-18 15:25", charset="iso-8859-1", cte="8bit",
    irt="<bussmann-0617@freenet-mail.example>",
    body="""Hallo Frau Bußmann,

der Beitrag für Ihre Wohngebäudeversicherung WG-0977-410 (Einfamilienhaus Kiefernweg 3, 49143 Bissendorf) steigt, weil sich die Versicherungssumme automatisch an die Baupreise anpasst (gleitender Neuwert). Der Baupreisindex ist um 4,3 % gestiegen; Ihr Jahresbeitrag geht von 712,40 auf 743,03 Euro. Dafür bleibt Ihr Haus im Schadenfall voll versichert (Versicherungswert 1914: 24.600 Mark).

Viele Grüße
Murat Aksoy
Kundenservice

> Meine Gebäudeversicherung ist schon wieder teurer geworden, warum? R. Bußmann""")

# --- 128 -----------------------------------------------------------------
add("NORMAL", "en", "insurer-to-customer",
    "trap: general answer to a prospect on which travel vaccinations (yellow fever, hepatitis A, rabies) are reimbursed; no person's health data",
    frm=KS_EN, to="t.nakamura@webmail.example",
    subject="RE: travel vaccinations covered?", date="2026-06-19 10:08",
    irt="<nakamura-0618@webmail.example>",
    body="""Hello,

in our comprehensive health tariffs and in the supplementary tariff AmbulantPlus, travel vaccinations recommended by the German Standing Committee on Vaccination (STIKO) are reimbursed at 100 % - for example yellow fever, hepatitis A and B, typhoid, rabies and Japanese encephalitis - including the doctor's fee. Malaria tablets are covered as prescription medicine.

The travel insurance alone does not cover vaccinations, as they are given before the trip.

Kind regards
Sofia Marquez
Customer Service - International Desk

> Hi, I'm considering switching to your health insurance. Do you pay for travel vaccinations?""")

# --- 129 -----------------------------------------------------------------
add("NORMAL", "en", "insurer-to-partner",
    "trap: draft treaty clause (DOCX) for the reinsurer on pandemic exclusion and anonymised claims data; no persons",
    frm="Martin Dreyer <martin.dreyer@brueckenhof.example>", to="Hannah Clarke <hannah.clarke@atlanticre.example>",
    subject="Health QS 2027 - draft wording clauses 7 and 12", date="2026-06-22 17:01",
    body="""Dear Hannah,

attached our proposal for clauses 7 (pandemic / epidemic) and 12 (claims data) of the 2027 wording. On clause 12 our data protection officer insists that individual claim files with medical data are only shared after pseudonymisation and only for large claims above EUR 250,000.

Looking forward to your comments.

Best regards
Martin""",
    atts=[Att("HealthQS2027_draft_clauses_7_12.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
        "# Health Quota Share 2027 – draft clauses (Brückenhof proposal, 22 June 2026)",
        "# Clause 7 – Pandemic and epidemic events",
        "Claims arising from a pandemic declared by the WHO shall be covered up to an aggregate of 150 % of the ceded premium of the treaty year. Costs of vaccinations and testing are excluded from the cession.",
        "# Clause 12 – Claims data",
        "The Cedent shall provide claims data in aggregated form by ICD-10 chapter, age band and sex. Individual claim files containing health data shall only be provided for claims exceeding EUR 250,000, after pseudonymisation by the Cedent, and only to persons bound by professional secrecy (§ 203 StGB).",
        "Data shall be exchanged via the secure data room; e-mail transmission is excluded."], author="Martin Dreyer"))])

# --- 130 -----------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-broker",
    "electronic broker post notification naming the end customer and her contracts (household, glass); no health",
    frm="Brückenhof Vermittlerpost <vermittlerpost@brueckenhof.example>", to="Finanzkontor Lüders GmbH <post@lueders-finanz.example>",
    subject="Neue Dokumente in Ihrer Vermittlerpost – Kundin Hanna Pieper", date="2026-06-23 06:00", mailer="auto",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Guten Tag,

für Ihre Partnerfirma Finanzkontor Lüders GmbH (Vermittlernummer 61044) liegen neue Dokumente bereit:

Kundin: Hanna Pieper, Osnabrück
- Versicherungsschein Hausrat HR-3410-528 (Beginn 01.07.2026)
- Versicherungsschein Glas GL-1130-774
- SEPA-Mandatsbestätigung

Abruf im Maklerportal (https://makler.brueckenhof.example) oder über Ihr Maklerverwaltungsprogramm (BiPRO-Schnittstelle).

Ihr Brückenhof Maklerservice""")

# --- 131 -----------------------------------------------------------------
add("NORMAL", "de", "insurer-to-broker",
    "trap: broker-post notification without any customer or contract data, plus firm-administrator hints",
    frm="Brückenhof Vermittlerpost <vermittlerpost@brueckenhof.example>", to="Tobias Renner <info@renner-makler.example>",
    subject="12 neue Dokumente in Ihrer Vermittlerpost", date="2026-06-24 06:00", mailer="auto", charset="us-ascii", cte="7bit",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Guten Tag,

in Ihrer Vermittlerpost liegen 12 neue Dokumente (Versicherungsscheine, Nachtraege, Schadenkorrespondenz).

Aus Datenschutzgruenden nennen wir in dieser Benachrichtigung keine Kunden- oder Vertragsdaten. Bitte melden Sie sich im Maklerportal an: https://makler.brueckenhof.example

Hinweis fuer Makleradministratoren: Bitte pruefen Sie regelmaessig, welche Benutzer Ihrer Firma Bestandsrechte haben, und sperren Sie ausgeschiedene Mitarbeitende sofort.

Ihr Brueckenhof Maklerservice""")

# --- 132 -----------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "health tariff change (§ 204 VVG) of a named customer with a risk surcharge for asthma (J45.0); letter in body",
    frm="Brückenhof Krankenversicherung <vertrag-kv@brueckenhof.example>", to="Daniela Hüttemann <d.huettemann@webmail.example>",
    subject="Ihr Tarifwechsel zum 01.08.2026 – KV 377 420 106", date="2026-06-25 13:50",
    body="""Sehr geehrte Frau Hüttemann,

Sie haben den Wechsel aus dem Tarif KomfortMed 600 in den Tarif KomfortMed Plus 300 beantragt. Den Wechsel führen wir gern zum 01.08.2026 durch.

Da der neue Tarif höhere Leistungen bietet (Einbettzimmer, Heilpraktiker), dürfen wir für die Mehrleistung eine Gesundheitsprüfung durchführen. Aufgrund des in Ihren Angaben genannten allergischen Asthma bronchiale (J45.0), behandelt mit Budesonid/Formoterol, erheben wir für die Mehrleistung einen Risikozuschlag von 24,60 Euro monatlich. Alternativ können Sie die Mehrleistung ausschließen und ohne Zuschlag wechseln.

Neuer Monatsbeitrag mit Zuschlag: 587,14 Euro (bisher 541,20 Euro).

Bitte teilen Sie uns bis zum 15.07.2026 mit, welche Variante Sie wählen.

Mit freundlichen Grüßen
Vertragsservice Krankenversicherung

""" + FOOT_DE)

# --- 133 -----------------------------------------------------------------
add("NORMAL", "mixed", "internal",
    "trap: bilingual handover notes of the International Desk about processes (Auslandskrankenschein, hospital guarantees); no customer data",
    frm="Priya Raman <priya.raman@brueckenhof.example>", to="International Desk <intl-desk@brueckenhof.example>",
    cc="Claudia Meyer-Brinkmann <claudia.meyer-brinkmann@brueckenhof.example>",
    subject="Übergabe / handover – ab 1. Mai", date="2026-04-28 17:30",
    body="""Hi all, hallo zusammen,

meine Übergabe-Notizen, bevor ich gehe / my handover notes before I leave:

1. Auslandskrankenschein / certificate of cover abroad: Textbaustein INT-07 nutzen, nie die Diagnose eintragen, nur "medical treatment". Always send via secure mailbox if the customer added medical papers.
2. Hospital guarantees (GOP): up to EUR 5,000 the assistance partner decides, above that Aoife or Ralf. Liste der offenen GOPs liegt im Teams-Kanal, nicht per Mail verschicken.
3. English templates are in the ticket system under "EN-*". Die deutschen Bausteine haben manchmal neuere Formulierungen – bitte abgleichen.
4. Tom übernimmt die Koordination, Sofia die Schulung der Neuen.

Thanks for six great years!
Priya""")

# --- 134 -----------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "e-bike stolen in Amsterdam: named customer, police report number, purchase price, bicycle policy",
    frm=KS_EN, to="Maarten Visser <maarten.visser@mailo.example>",
    subject="RE: my e-bike was stolen in Amsterdam", date="2026-06-26 11:42", charset="windows-1252", cte="quoted-printable",
    irt="<visser-bike-0625@mailo.example>",
    body="""Dear Mr Visser,

thank you for the police report (Politie Amsterdam, report no. 2026174412). Theft abroad is covered worldwide under your bicycle policy FR-0672-301 for the Gazelle Ultimate C380 (frame no. GZ22A081174), bought in 2024 for EUR 3,199.

With the new-for-old cover in the first three years we will pay EUR 3,199 less the deductible of EUR 100. Please send the original purchase invoice and both keys of the lock – yes, we really need the keys.

Kind regards
Daniel Okafor
Customer Service – International Desk

> Hi, my e-bike was stolen yesterday in front of Amsterdam Centraal although it was locked. Police report attached. What now? Maarten""")

# --- 135 -----------------------------------------------------------------
add("NORMAL", "de", "insurer-to-customer",
    "trap: newsletter double opt-in confirmation (Gesundheitsnewsletter), no personal data except the address",
    frm="Brückenhof Newsletter <newsletter@brueckenhof.example>", to="frieda.koenig@posteo-mail.example",
    subject="Bitte bestätigen Sie Ihre Anmeldung zum Gesundheits-Newsletter", date="2026-06-29 20:14", mailer="nl",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""Guten Tag,

Sie haben sich für unseren Newsletter "Gesundheit & Vorsorge" angemeldet. Bitte bestätigen Sie Ihre Anmeldung:

https://www.brueckenhof.example/newsletter/bestaetigen?c=51ea0c2d7b

Ohne Bestätigung bekommen Sie keine weiteren Mails von uns. Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese Nachricht einfach.

Ihr Brückenhof-Team""",
    html="""<html><body style="font-family:Arial,sans-serif"><p>Guten Tag,</p>
<p>Sie haben sich für unseren Newsletter „Gesundheit &amp; Vorsorge“ angemeldet. Bitte bestätigen Sie Ihre Anmeldung:</p>
<p><a href="https://www.brueckenhof.example/newsletter/bestaetigen?c=51ea0c2d7b">Anmeldung bestätigen</a></p>
<p>Ohne Bestätigung bekommen Sie keine weiteren Mails von uns. Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese Nachricht einfach.</p>
<p>Ihr Brückenhof-Team</p></body></html>""")

# --- 136 -----------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
    "invoice review of a psychiatric hospital stay; patient name, F32.2 and length of stay only inside the ZIP (DOCX + CSV)",
    frm="Ralf Nordhorst <ralf.nordhorst@brueckenhof.example>", to="Abrechnung Fachklinik Hase-Ems <abrechnung@fachklinik-hase-ems.example>",
    subject="Rechnungsprüfung Fall-Nr. 2026-44120", date="2026-06-30 10:20",
    body="""Sehr geehrte Damen und Herren,

zu Ihrer Rechnung für den o. g. Fall haben wir Rückfragen. Unsere Prüfmitteilung und die Aufstellung der beanstandeten Tage finden Sie im Anhang.

Bitte antworten Sie über das Leistungserbringerportal.

Mit freundlichen Grüßen
Ralf Nordhorst
Leistungsabteilung Krankenversicherung""",
    atts=[Att("Pruefung_2026-44120.zip", "application/zip", zip_([
        ("Pruefmitteilung_2026-44120.docx", docx([
            "# Prüfmitteilung Krankenhausrechnung Fall-Nr. 2026-44120",
            "Patientin: Claudia Wesselmann, geb. 07.11.1983, KV 250 771 903",
            "Aufenthalt: 09.03.2026 – 08.05.2026 (60 Tage), Station P2",
            "Hauptdiagnose: F32.2 Schwere depressive Episode ohne psychotische Symptome; Nebendiagnose F41.1",
            "Abgerechnet: PEPP PA04C, 60 Berechnungstage",
            "Beanstandung: Für die Tage 43–60 ist aus der Verlaufsdokumentation keine stationäre Behandlungsbedürftigkeit erkennbar (Belastungserprobung zu Hause an 11 Tagen). Wir bitten um Stellungnahme und den Entlassbericht."],
            author="Ralf Nordhorst")),
        ("Tage_beanstandet.csv", csv_([
            ["Datum", "Status lt. Doku", "beanstandet"],
            ["20.04.2026", "Belastungserprobung", "ja"],
            ["21.04.2026", "Belastungserprobung", "ja"],
            ["27.04.2026", "Einzeltherapie 50 min", "nein"],
            ["02.05.2026", "Belastungserprobung", "ja"]]))]))])

# --- 137 -----------------------------------------------------------------
add("NORMAL", "en", "internal",
    "trap: results of a phishing simulation ('your hospital invoice refund') in aggregate per department; no names",
    frm="Information Security Office <iso@brueckenhof.example>", to="Department heads <abteilungsleitungen@brueckenhof.example>",
    subject="Phishing simulation May 2026 - results", date="2026-06-08 09:40", charset="us-ascii", cte="7bit",
    body="""Dear department heads,

in May we sent a simulated phishing mail "Refund of your hospital invoice - confirm your bank details" to all 1,180 staff.

Results (no individual results are reported to managers):
- opened: 62 %
- clicked the link: 14 % (2025: 19 %)
- entered a password: 3.1 %
- reported via the "Report phishing" button: 41 % (2025: 28 %)

Customer Service had the highest reporting rate (58 %) - thank you! Short refresher videos will be assigned automatically to everybody who clicked.

Information Security Office""")

# --- 138 -----------------------------------------------------------------
add("CONFIDENTIAL", "en", "insurer-to-customer",
    "hail damage to a named customer's solar panels (building insurance): address, claim number, payout; HTML alternative",
    frm="Ines Brüggemann <ines.brueggemann@brueckenhof.example>", to="Karin Østergaard <karin.ostergaard@mailo.example>",
    subject="Hail damage to your PV system - claim S-26-0112076", date="2026-07-01 15:15",
    body="""Dear Ms Østergaard,

the loss adjuster's report on the hail storm of 12 June is in. At your house Am Hasenkamp 14, 49084 Osnabrück, 9 of the 28 solar modules are cracked and the inverter needs to be checked.

Covered under your building insurance WG-1320-227 (PV module included):
- 9 modules incl. installation: EUR 3,915.00
- inverter check: EUR 240.00
- scaffolding: EUR 780.00
Total: EUR 4,935.00, less deductible EUR 250 = EUR 4,685.00

Please let the installer send the invoice to us directly.

Kind regards
Ines Brüggemann
Property Claims""",
    html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Dear Ms Østergaard,</p>
<p>the loss adjuster's report on the hail storm of 12 June is in. At your house <b>Am Hasenkamp 14, 49084 Osnabrück</b>, 9 of the 28 solar modules are cracked and the inverter needs to be checked.</p>
<p>Covered under your building insurance WG-1320-227 (PV module included):</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><td>9 modules incl. installation</td><td align="right">EUR 3,915.00</td></tr>
<tr><td>inverter check</td><td align="right">EUR 240.00</td></tr>
<tr><td>scaffolding</td><td align="right">EUR 780.00</td></tr>
<tr><td>less deductible</td><td align="right">EUR -250.00</td></tr>
<tr><td><b>payout</b></td><td align="right"><b>EUR 4,685.00</b></td></tr></table>
<p>Please let the installer send the invoice to us directly.</p>
<p>Kind regards<br>Ines Brüggemann<br>Property Claims</p></body></html>""")

# --- 139 -----------------------------------------------------------------
add("NORMAL", "en", "insurer-to-partner",
    "trap: answer to a journalist with aggregate figures on hospital costs abroad (appendicitis, heart attack) and tips; no case data",
    frm="Pressestelle Brückenhof <presse@brueckenhof.example>", to="Laura Whitmore <l.whitmore@travelwire-news.example>",
    subject="RE: Press enquiry - hospital costs abroad", date="2026-07-02 12:45",
    body="""Dear Ms Whitmore,

thank you for your enquiry. Figures from our 2025 travel health claims (all cases, rounded averages):

- appendectomy in the USA: EUR 38,000; in Spain: EUR 7,500; in Thailand: EUR 5,200
- treatment of a heart attack incl. repatriation flight from the Canary Islands: EUR 61,000
- average travel health claim: EUR 890; 1 in 12 claims involves a hospital stay

Our tip for travellers: keep the assistance number in your phone and call before you pay anything at the hospital.

You may quote Lea Sandkühler, spokesperson, Brückenhof Versicherungsgruppe.

Kind regards
Lea Sandkühler
Press Office""")

# --- 140 -----------------------------------------------------------------
add("NORMAL", "en", "internal",
    "trap: product team note with aggregate dental claims frequency by GOZ position (CSV) for the new dental tariff; no persons",
    frm="Dr. Pia Holtkamp <pia.holtkamp@brueckenhof.example>", to="Product development health <produkt-kv@brueckenhof.example>",
    subject="ZahnPlus 2027 - claims frequency per GOZ position", date="2026-07-03 14:00",
    body="""Hi all,

as input for Tuesday: claims frequency and average amounts per GOZ position in ZahnPlus, 2023-2025, per 1,000 insured years. Implants and professional cleaning drive most of the cost; aligners (GOZ 6030 ff.) are still rare but growing fast.

Pia""",
    atts=[Att("ZahnPlus_GOZ_frequency_2023-2025.csv", "text/csv; charset=utf-8", csv_([
        ["GOZ", "Description", "Claims per 1000 insured years", "Avg amount EUR", "Trend"],
        ["1040", "Professional tooth cleaning", "612", "112", "+4%"],
        ["2197", "Adhesive fixation", "288", "19", "+1%"],
        ["2200", "Crown", "41", "690", "0%"],
        ["9010", "Implant", "17", "1.310", "+6%"],
        ["6030", "Orthodontic treatment (aligner)", "3", "2.840", "+22%"]]))])

# --- 141 -----------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "motor premium recalculated after a named customer's move (new address, plate, regional class)",
    frm=KS, to="Timo Lammersmann <timo.lammersmann@gmx-mail.example>",
    subject="AW: Umzug nach Münster – Kfz", date="2026-07-06 09:33", cte="8bit",
    irt="<lammersmann-umzug@gmx-mail.example>",
    body="""Hi Herr Lammersmann,

danke, wir haben Ihre neue Adresse (Wolbecker Straße 102, 48155 Münster) und das neue Kennzeichen MS-TL 312 für Ihren Seat Leon in Vertrag KF 69 330 581 eingetragen.

Durch den Umzug ändert sich die Regionalklasse (Haftpflicht 7 statt 5), der Beitrag steigt ab 01.07. von 47,80 auf 52,15 Euro im Monat. Neue Police kommt per Post.

Gruß
Leonie Brandhorst
Kundenservice

> Bin nach Münster gezogen, neues Kennzeichen MS-TL 312. Adresse: Wolbecker Str. 102, 48155 Münster. Timo""")

# --- 142 -----------------------------------------------------------------
add("NORMAL", "en", "insurer-to-customer",
    "trap: auto-reply of the International Desk during a team event, pointing to the 24/7 medical emergency line",
    frm="Brückenhof International Desk <kundenservice@brueckenhof.example>", to="dmitri.volkov@webmail.example",
    subject="Automatic reply: Question about my invoice", date="2026-07-08 13:05", mailer="auto", charset="us-ascii", cte="7bit",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""Thank you for your e-mail.

Our International Desk is closed this afternoon (8 July) for a team event. We will answer your message tomorrow.

Medical emergency abroad? Call our 24/7 assistance line: +49 541 9033-199.

Brueckenhof Customer Service - International Desk""")

# --- 143 -----------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "HTML-only statement of benefits with a table: keratoconus (H18.6) treatment, special contact lenses and ophthalmologist of a named customer",
    frm="Brückenhof Leistungsabrechnung <leistung-kv@brueckenhof.example>", to="Jörg Ebbers <joerg.ebbers@t-post.example>",
    subject="Ihre Leistungsabrechnung vom 09.07.2026", date="2026-07-09 06:30", html_only=True, cte="base64",
    html=html_doc("""<p>Sehr geehrter Herr Ebbers,</p>
<p>für Ihren Vertrag KV 344 610 279 haben wir folgende Rechnungen abgerechnet:</p>
""" + table([["Datum", "Rechnungssteller", "Leistung", "Betrag", "Erstattung"],
             ["12.06.2026", "Augenarztpraxis Dr. Möllenkamp", "Hornhauttopographie, Diagnose H18.6 Keratokonus", "148,72 €", "148,72 €"],
             ["19.06.2026", "Kontaktlinsen-Institut Haarmann", "formstabile Speziallinsen bei Keratokonus (medizinisch indiziert)", "690,00 €", "690,00 €"],
             ["26.06.2026", "Augenklinik Osnabrück", "Crosslinking rechtes Auge, ambulant", "1.420,00 €", "1.420,00 €"]]) + """
<p>Die Erstattung von 2.258,72 € überweisen wir auf Ihr Konto. Die Begrenzung für Sehhilfen gilt nicht, da die Linsen medizinisch notwendig sind.</p>
<p>Mit freundlichen Grüßen<br>Ihre Brückenhof Krankenversicherung AG</p>""", "Leistungsabrechnung"))

# --- 144 -----------------------------------------------------------------
add("NORMAL", "de", "insurer-to-partner",
    "trap: cooperation with a fitness-studio chain (discount for insured persons, back-health courses); marketing, no persons",
    frm="Lea Sandkühler <lea.sandkuehler@brueckenhof.example>", to="Partnerschaften FitWerk <partner@fitwerk-studios.example>",
    subject="Kooperation Vorteilsprogramm – Abstimmung Texte", date="2026-07-10 11:11",
    body="""Hallo Herr Tegeler,

danke für die Entwürfe! Zwei Anmerkungen zur Kooperation:

1. Bitte schreibt nicht "für Versicherte mit Rückenproblemen", sondern "für alle Versicherten der Brückenhof Krankenversicherung". Wir wollen niemanden über Gesundheitsthemen ansprechen.
2. Der Nachweis im Studio erfolgt nur über die Vorteilskarte in der App (Code), ihr bekommt von uns keine Namen, Versicherungsnummern oder Gesundheitsdaten – und wir von euch keine Trainingsdaten.

Konditionen wie besprochen: 20 % auf die Mitgliedschaft, Rückenkurs "Starker Rücken" (8 Einheiten) kostenlos, Start 01.09.2026.

Viele Grüße
Lea Sandkühler
Marketing & Kommunikation""")

# --- 145 -----------------------------------------------------------------
add("CONFIDENTIAL", "mixed", "insurer-to-customer",
    "ZIP with the European accident report and a claim summary for a named customer's accident in the Netherlands (no injuries); bilingual body",
    frm="Kemal Öztürk <kemal.oeztuerk@brueckenhof.example>", to="Jeroen Smit <jeroen.smit@mailo.example>",
    subject="Schaden S-26-0118840 – accident in Utrecht / Unfall in Utrecht", date="2026-07-13 16:02",
    body="""Hallo Herr Smit / Dear Mr Smit,

anbei die Unterlagen zu Ihrem Unfall in Utrecht als ZIP: der Europäische Unfallbericht (transkribiert) und unsere Schadenübersicht.
Attached you will find the European accident report (transcribed) and our claim summary.

Da die Gegenseite den Unfallbericht unterschrieben und die Vorfahrt missachtet hat, regulieren wir über deren Versicherer (Grüne-Karte-Verfahren). Ihr Schadenfreiheitsrabatt bleibt unverändert.
As the other driver signed the report and failed to give way, the claim is settled through his insurer. Your no-claims class is not affected.

Viele Grüße / Best regards
Kemal Öztürk
Kfz-Schaden / Motor Claims""",
    atts=[Att("S-26-0118840_Unterlagen.zip", "application/zip", zip_([
        ("Unfallbericht_transkribiert.txt", ("European Accident Statement / Europäischer Unfallbericht\r\n"
            "Date/Datum: 09.07.2026, 17:40, Utrecht, Croeselaan / Jaarbeursplein\r\n"
            "Vehicle A: Jeroen Smit, Wilhelminastraße 9, 48529 Nordhorn - VW Touran NOH-JS 77 - Brückenhof KF 70 551 902\r\n"
            "Vehicle B: Pieter Bosman, Utrecht - Peugeot 308 NL-plate 4-KTR-91 - insurer Polder Verzekeringen, policy PV-8821004\r\n"
            "Circumstances: B did not give way when turning left (box 13 ticked). No injuries.\r\n").encode("utf-8")),
        ("Schadenuebersicht.pdf", pdf([
            "# Schadenübersicht S-26-0118840",
            "Versicherungsnehmer: Jeroen Smit, geb. 17.04.1985, Vertrag KF 70 551 902",
            "Unfall 09.07.2026 in Utrecht (NL), Gegner: Pieter Bosman, Polder Verzekeringen",
            "Schaden Fahrzeug A: Kotflügel vorn links, Scheinwerfer - Kostenvoranschlag 2.960 EUR",
            "Regulierung über Versicherer der Gegenseite; Personenschaden: keiner"], title="S-26-0118840"))]))])

# --- 146 -----------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "en", "internal",
    "agent escalates a call in which a named customer expressed suicidal thoughts; mental-health information about an identifiable person",
    frm="Sofia Marquez <sofia.marquez@brueckenhof.example>", to="Tom Wheeler <tom.wheeler@brueckenhof.example>",
    cc="Claudia Meyer-Brinkmann <claudia.meyer-brinkmann@brueckenhof.example>",
    subject="urgent - call with Mr Haverkamp just now", date="2026-07-14 11:27", charset="us-ascii", cte="7bit",
    body="""Tom, Claudia,

I just had Mr Lennart Haverkamp (KV 408 917 225, daily sickness allowance) on the phone. He was very upset about the stopped payments and said several times that he "doesn't see any point in living anymore" and that he "has the pills at home". He said he has been in treatment for depression since last year.

I gave him the number of the crisis line (TelefonSeelsorge) and he promised to call his psychiatrist today. I followed the crisis procedure and informed the emergency contact in the playbook.

Could one of you call him back today about the payments? I don't think this can wait for the normal queue. His number is in the ticket KS-2026-0714-0339.

Sofia""")

# --- 147 -----------------------------------------------------------------
add("NORMAL", "en", "internal",
    "trap: meeting invitation (ICS) for the quarterly review of hospital cases abroad with the assistance partner; aggregate agenda, no cases",
    frm="Tom Wheeler <tom.wheeler@brueckenhof.example>", to="Aoife Brennan <aoife.brennan@brueckenhof.example>",
    cc="Ralf Nordhorst <ralf.nordhorst@brueckenhof.example>",
    subject="Invitation: Q2 review assistance partner - hospital cases abroad", date="2026-07-15 10:00",
    body="""Hi Aoife, hi Ralf,

invitation for the quarterly review with Asistencia Mediterránea attached. Agenda: number of hospital admissions abroad in Q2 by country, average guarantee amount, response times of the 24/7 line, repatriation flights, invoice backlog.

Please no case lists in the invite or by mail - we'll look at the dashboard together.

Tom""",
    atts=[Att("Q2_review_assistance.ics", "text/calendar; method=REQUEST; charset=utf-8", ics(
        "bh-intl-q2-review-2026@brueckenhof.example", "20260723T150000", "20260723T163000",
        "Q2 review assistance partner – hospital cases abroad (aggregate)", "Teams",
        "Agenda: admissions abroad by country, average guarantee, 24/7 line response times, repatriations, invoice backlog. No case data.",
        "tom.wheeler@brueckenhof.example", ["aoife.brennan@brueckenhof.example", "ralf.nordhorst@brueckenhof.example",
                                             "operaciones@asistencia-mediterranea.example"]))])

# --- 148 -----------------------------------------------------------------
add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "grey: legal expenses: trade-union membership of a named customer (union legal protection has priority); special category",
    frm="Brückenhof Rechtsschutz <rechtsschutz@brueckenhof.example>", to="Andreas Wittenbrink <a.wittenbrink@kabelpost.example>",
    subject="AW: Rechtsschutz Abmahnung Arbeitgeber – RS 90 26 710", date="2026-07-16 13:44", charset="iso-8859-1", cte="quoted-printable",
    irt="<wittenbrink-0715@kabelpost.example>",
    body="""Sehr geehrter Herr Wittenbrink,

vielen Dank für Ihre Nachricht. Da Sie nach Ihren Angaben Mitglied der Gewerkschaft Handel, Logistik und Dienstleistung (HLD) sind und diese ihren Mitgliedern kostenlosen Rechtsschutz im Arbeitsrecht gewährt, geht dieser Rechtsschutz nach § 5 unserer Bedingungen vor. Bitte wenden Sie sich wegen der Abmahnung zunächst an die Rechtsstelle Ihrer Gewerkschaft.

Lehnt die Gewerkschaft die Vertretung ab, übernehmen wir die Kosten aus Ihrem Vertrag RS 90 26 710. Schicken Sie uns dann bitte die Ablehnung.

Mit freundlichen Grüßen
Benedikt Rosemann
Rechtsschutz-Schaden

> Ich habe eine Abmahnung von meinem Arbeitgeber bekommen, die ich für unberechtigt halte. Bin seit Jahren in der HLD, aber die sind so langsam. Können Sie einen Anwalt bezahlen? A. Wittenbrink""")

# --- 149 -----------------------------------------------------------------
add("CONFIDENTIAL", "de", "insurer-to-customer",
    "grey: dog liability: the customer's dog bit another dog (vet costs, animal health only); claim and policy number",
    frm=KS, to="Sonja Terbeck <sonja.terbeck@freenet-mail.example>",
    subject="AW: Hundebiss beim Spaziergang", date="2026-07-17 10:15", mailer="crm",
    irt="<terbeck-hund-0716@freenet-mail.example>",
    body="""Hallo Frau Terbeck,

danke für die Meldung zu Ihrer Hundehalterhaftpflicht TH-2208-915 (Schaden S-26-0121509). Die Tierarztrechnung für den Border Collie von Herrn Naber (Bisswunde an der Schulter, genäht, 312,60 Euro) können Sie uns schicken oder Herr Naber schickt sie direkt. Menschen wurden ja zum Glück nicht verletzt.

Viele Grüße
Katharina Wübbeling
Kundenservice

> Unsere Ronja hat heute beim Spaziergang am Rubbenbruchsee den Hund von Herrn Naber gebissen. Der musste genäht werden. Zahlt das die Hundehaftpflicht?
> Sonja Terbeck""")

# --- 150 -----------------------------------------------------------------
add("NORMAL", "de", "insurer-to-customer",
    "trap: satisfaction survey after a closed ticket; ticket number only, no topic, no contract",
    frm="Brückenhof Kundenservice <umfrage@brueckenhof.example>", to="h.tiemeyer@freenet-mail.example",
    subject="Wie zufrieden waren Sie mit unserer Antwort? [Ticket#2026071610002210]", date="2026-07-20 09:00", mailer="crm",
    html_only=True, cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Guten Tag,</p>
<p>wir haben Ihre Anfrage abgeschlossen. Wie zufrieden waren Sie mit unserer Antwort?</p>
<table cellpadding="6"><tr>
<td><a href="https://umfrage.brueckenhof.example/t/2026071610002210?s=1">sehr unzufrieden</a></td>
<td><a href="https://umfrage.brueckenhof.example/t/2026071610002210?s=3">teils/teils</a></td>
<td><a href="https://umfrage.brueckenhof.example/t/2026071610002210?s=5">sehr zufrieden</a></td></tr></table>
<p>Die Umfrage ist anonym und dauert eine Minute. Bitte schreiben Sie keine persönlichen Angaben oder Gesundheitsdaten in das Kommentarfeld.</p>
<p>Vielen Dank!<br>Ihr Brückenhof Kundenservice</p></body></html>""")

# ===========================================================================
# build, write, check
# ===========================================================================
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
CHARSETS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "IE": 22, "ES": 24, "GB": 22, "FR": 27, "CH": 21, "BE": 16,
            "LU": 20, "IT": 27, "PL": 28, "DK": 18}


def fname(i):
    return "%s%04d.eml" % (PREFIX, i)


def build_all():
    files = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, m in enumerate(MAILS, 1):
        files[fname(i)] = build_message(i, m)
        for v in (m["kind"], m["reason"]):
            assert "\t" not in v and "\n" not in v
        rows.append("\t".join([fname(i), m["label"], m["lang"], m["kind"], m["reason"]]))
    labels = ("\n".join(rows) + "\n").encode("utf-8")
    return files, labels


def iban_ok(s):
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def find_ibans(text):
    found = []
    for mt in re.finditer(r"(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})(?=[ ]?[A-Za-z0-9])", text):
        cc = mt.group(1).upper()
        if cc not in IBAN_LEN:
            continue
        need = IBAN_LEN[cc] - 4
        j = mt.end()
        got = ""
        while j < len(text) and len(got) < need:
            ch = text[j]
            if ch.isalnum() and ch.isascii():
                got += ch
            elif ch == " " and j + 1 < len(text) and text[j + 1].isalnum():
                pass
            else:
                break
            j += 1
        if len(got) != need:
            continue
        if j < len(text) and text[j].isalnum() and text[j].isascii():
            continue  # longer token, not an IBAN
        cand = cc + mt.group(2) + got
        if cc == "DE" and not got.isdigit():
            continue
        found.append(cand)
    return found


def pdf_text(data):
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), "bad pdf frame"
    sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[sx:sx + 4] == b"xref", "startxref does not point to xref"
    first, count = map(int, re.match(rb"xref\s+(\d+) (\d+)\s+", data[sx:]).groups())
    table_ = data[sx:].split(b"\n", 2)[2]
    for k in range(1, count):
        off = int(table_[k * 20:k * 20 + 10])
        assert data[off:].startswith(b"%d 0 obj" % (first + k)), "bad xref offset"
    out = []
    for mt in re.finditer(rb"<<([^>]*?)>>\s*stream\r?\n(.*?)\r?\nendstream", data, re.S):
        raw = mt.group(2)
        if b"/FlateDecode" in mt.group(1):
            raw = zlib.decompress(raw)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            t = re.sub(rb"\\(.)", rb"\1", s.group(1))
            out.append(t.decode("cp1252"))
    return "\n".join(out)


def xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def open_blob(name, data, ctype=""):
    """Open an attachment, return its text. Raises on anything broken."""
    low = name.lower()
    if low.endswith(".pdf"):
        t = pdf_text(data)
        assert t.strip(), "pdf without text layer: " + name
        return t
    if low.endswith((".docx", ".xlsx", ".odt", ".ods")):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        names = z.namelist()
        texts = []
        for n in names:
            if n.endswith(".xml") or n.endswith(".rels"):
                ET.fromstring(z.read(n))
        if low.endswith((".odt", ".ods")):
            assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
            texts.append(xml_text(z.read("content.xml")))
        elif low.endswith(".docx"):
            texts.append(xml_text(z.read("word/document.xml")))
        else:
            texts.append(xml_text(z.read("xl/worksheets/sheet1.xml")))
        t = "\n".join(texts)
        assert t.strip(), "empty office document " + name
        return t
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return "\n".join(open_blob(n, z.read(n)) for n in z.namelist() if not n.endswith("/"))
    if low.endswith(".csv"):
        for enc in ("utf-8", "cp1252"):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        rows = list(csv.reader(io.StringIO(t), delimiter=";"))
        assert rows and len(rows[0]) > 1, "csv " + name
        return t
    if low.endswith(".ics"):
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR")
        return t.replace("\r\n ", "")
    if low.endswith((".html", ".htm", ".txt")):
        t = data.decode("utf-8")
        if low.endswith((".html", ".htm")):
            assert "<html" in t.lower()
        return t
    if low.endswith(".eml"):
        return ""   # parsed as message/rfc822 by walk()
    raise AssertionError("unknown attachment type " + name)


HOST_RES = [re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"),
            re.compile(r"https?://([A-Za-z0-9.-]+)"), re.compile(r"(?<![@/\w.])(www\.[A-Za-z0-9.-]+[A-Za-z])")]


def check_mail(name, raw, stats):
    assert raw.count(b"\n") == raw.count(b"\r\n") and raw.count(b"\r") == raw.count(b"\r\n"), "not pure CRLF"
    for line in raw.split(b"\r\n"):
        assert len(line) < 998, "line too long"
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    texts = []
    for k in ("From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References"):
        if msg[k] is not None:
            texts.append(str(msg[k]))
    frm = msg["From"].addresses[0].addr_spec
    assert frm.endswith("@" + DOM), "not sent from the insurer: " + frm
    assert msg["Date"].datetime.year == 2026
    mid = str(msg["Message-ID"]).strip()
    assert re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.-]+\.example>", mid), mid
    stats.setdefault("top", {}).setdefault(msg.get_content_type(), 0)
    stats["top"][msg.get_content_type()] += 1
    for part in msg.walk():
        assert not part.defects, (name, part.defects)
        for k, v in part.items():
            assert not getattr(v, "defects", None), (name, k, v.defects)
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == "message/rfc822":
            stats.setdefault("att", {}).setdefault("eml", 0)
            stats["att"]["eml"] += 1
            inner = part.get_payload()[0]
            for k in ("From", "To", "Subject", "Date"):
                if inner[k] is not None:
                    texts.append(str(inner[k]))
            continue
        if part.is_multipart():
            continue
        if ct.startswith("text/") and not fn:
            cs = (part.get_content_charset() or "us-ascii").lower()
            assert cs in CHARSETS, cs
            t = part.get_payload(decode=True).decode(cs)   # strict
            texts.append(t)
            stats.setdefault("cs", {}).setdefault(cs, 0)
            stats["cs"][cs] += 1
            stats.setdefault("cte", {}).setdefault(part["Content-Transfer-Encoding"] or "7bit", 0)
            stats["cte"][part["Content-Transfer-Encoding"] or "7bit"] += 1
            continue
        assert fn, (name, "attachment without filename")
        data = part.get_payload(decode=True)
        texts.append(open_blob(fn, data, ct))
        ext = fn.rsplit(".", 1)[-1].lower()
        stats.setdefault("att", {}).setdefault(ext, 0)
        stats["att"][ext] += 1
        if ext == "zip":
            for n in zipfile.ZipFile(io.BytesIO(data)).namelist():
                e2 = n.rsplit(".", 1)[-1].lower() + " (in zip)"
                stats["att"][e2] = stats["att"].get(e2, 0) + 1
    alltext = "\n".join(texts)
    for rx in HOST_RES:
        for h in rx.findall(alltext):
            assert h.lower().rstrip(".").endswith(".example"), (name, "host", h)
    for ib in find_ibans(alltext) + find_ibans(alltext.upper()):
        assert iban_ok(ib), (name, "bad IBAN", ib)
        stats["ibans"] = stats.get("ibans", 0) + 1
    return mid


def main():
    files, labels = build_all()
    assert len(files) == 150, len(files)
    if "--check" not in sys.argv:
        os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
        for n, b in files.items():
            with open(os.path.join(HERE, "mails", n), "wb") as f:
                f.write(b)
        with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
            f.write(labels)
        print("wrote %d mails and labels.tsv" % len(files))
        return
    # byte-for-byte comparison with the files on disk
    ondisk = sorted(os.listdir(os.path.join(HERE, "mails")))
    assert ondisk == sorted(files), "file list differs"
    for n, b in files.items():
        with open(os.path.join(HERE, "mails", n), "rb") as f:
            assert f.read() == b, n + " differs from rebuild"
    with open(os.path.join(HERE, "labels.tsv"), "rb") as f:
        assert f.read() == labels, "labels.tsv differs"
    stats = {}
    mids = set()
    for n, b in files.items():
        mid = check_mail(n, b, stats)
        assert mid not in mids, (n, "duplicate Message-ID")
        mids.add(mid)
    rows = list(csv.DictReader(io.StringIO(labels.decode("utf-8")), delimiter="\t"))
    cnt = {}
    for r in rows:
        cnt[r["label"]] = cnt.get(r["label"], 0) + 1
    assert cnt == EXPECTED, cnt
    langs = {}
    kinds = {}
    for r in rows:
        langs[(r["label"], r["lang"])] = langs.get((r["label"], r["lang"]), 0) + 1
        kinds.setdefault(r["kind"], {}).setdefault(r["label"], 0)
        kinds[r["kind"]][r["label"]] += 1
        assert r["reason"].strip()
    tl = {l: sum(v for (a, b2), v in langs.items() if b2 == l) for l in ("de", "en", "mixed")}
    assert 80 <= tl["de"] <= 90 and 52 <= tl["en"] <= 58 and 5 <= tl["mixed"] <= 12, tl
    print("OK: %d mails, byte-identical rebuild, CRLF, no MIME defects, %d unique Message-IDs, "
          "all hosts .example, %d IBAN occurrences valid (mod 97), all attachments opened"
          % (len(files), len(mids), stats.get("ibans", 0)))
    print("labels:", ", ".join("%s %d" % (k, cnt[k]) for k in EXPECTED))
    print("lang:", tl)
    print("label x lang:")
    for l in EXPECTED:
        print("  %-22s de %3d  en %3d  mixed %2d" % (l, langs.get((l, "de"), 0), langs.get((l, "en"), 0), langs.get((l, "mixed"), 0)))
    print("kind:")
    for k in sorted(kinds, key=lambda k: -sum(kinds[k].values())):
        print("  %-24s %3d  N %2d  C %2d  S %2d" % (k, sum(kinds[k].values()), kinds[k].get("NORMAL", 0),
                                                   kinds[k].get("CONFIDENTIAL", 0), kinds[k].get("STRICTLY_CONFIDENTIAL", 0)))
    print("top-level types:", stats["top"])
    print("text-part charsets:", stats["cs"])
    print("text-part transfer encodings:", stats["cte"])
    print("attachments:", dict(sorted(stats.get("att", {}).items())))
    traps = sum(1 for r in rows if r["reason"].startswith("trap:"))
    greys = sum(1 for r in rows if "grey:" in r["reason"])
    print("NORMAL traps: %d, grey decisions: %d" % (traps, greys))


if __name__ == "__main__":
    main()
