#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev117 -- 150 hand-written mails of the invented insurer
"Auenwald Versicherungen" about outpatient nursing services, care homes and
day-care centres (business customers and partners of the care insurer).

    python make_corpus.py            writes mails/d117-0001.eml ... d117-0150.eml and labels.tsv
    python make_corpus.py --check    re-parses, validates, rebuilds and compares byte by byte

Standard library only, deterministic, no network. Every person, firm, number,
address and domain in here is invented; all domains end in .example.
"""
import base64
import datetime
import hashlib
import io
import os
import quopri
import re
import sys
import tempfile
import zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d117"
DOM = "auenwald-versicherung.example"
NL = "\n"

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def iban(country, bban):
    """Return an ISO 13616 IBAN with valid ISO 7064 mod 97-10 check digits."""
    bban = bban.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def grp(s):
    s = s.replace(" ", "")
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def tz_for(dt):
    # Central European time, simplified DST (last Sunday rules not needed here)
    if 4 <= dt.month <= 10 or (dt.month == 3 and dt.day >= 31):
        return datetime.timezone(datetime.timedelta(hours=2))
    return datetime.timezone(datetime.timedelta(hours=1))


def rfcdate(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    dt = dt.replace(tzinfo=tz_for(dt))
    return format_datetime(dt)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def hval(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


# --------------------------------------------------------------------------
# MIME parts (serialised by hand so that every byte is under our control)
# --------------------------------------------------------------------------

class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
                 flowed=False, filename=None, inline=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.flowed, self.filename, self.inline = flowed, filename, inline

    def headers(self):
        ct = 'text/%s; charset="%s"' % (self.subtype, self.charset)
        if self.flowed:
            ct += "; format=flowed; delsp=no"
        if self.filename:
            ct += '; name="%s"' % self.filename
        h = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + self.cte]
        if self.filename:
            h.append('Content-Disposition: attachment; filename="%s"' % self.filename)
        elif self.inline:
            h.append("Content-Disposition: inline")
        return h

    def payload(self):
        raw = self.text.encode(self.charset)
        if self.cte in ("7bit", "8bit"):
            if self.cte == "7bit":
                raw.decode("ascii")
            return raw.decode("latin-1")
        if self.cte == "quoted-printable":
            return quopri.encodestring(raw).decode("ascii")
        if self.cte == "base64":
            return base64.encodebytes(raw).decode("ascii")
        raise ValueError(self.cte)


class Att:
    def __init__(self, data, ctype, filename, cte="base64", inline=False, extra=None):
        self.data, self.ctype, self.filename, self.cte = data, ctype, filename, cte
        self.inline, self.extra = inline, extra or []

    def headers(self):
        fn = self.filename
        try:
            fn.encode("ascii")
            fnparam = 'name="%s"' % fn
            disp = '%s; filename="%s"' % ("inline" if self.inline else "attachment", fn)
        except UnicodeEncodeError:
            enc = "".join(c if c.isalnum() or c in "._-" else "%%%02X" % b
                          for c in fn for b in ([ord(c)] if ord(c) < 128 else c.encode("utf-8")))
            fnparam = 'name="%s"' % Header(fn, "utf-8").encode()
            disp = "%s; filename*=utf-8''%s" % ("inline" if self.inline else "attachment", enc)
        h = ["Content-Type: %s; %s" % (self.ctype, fnparam),
             "Content-Transfer-Encoding: " + self.cte,
             "Content-Disposition: " + disp]
        return h + self.extra

    def payload(self):
        if self.cte == "base64":
            return base64.encodebytes(self.data).decode("ascii")
        if self.cte == "quoted-printable":
            return quopri.encodestring(self.data).decode("ascii")
        return self.data.decode("latin-1")


class Rfc822:
    def __init__(self, data, filename=None):
        self.data, self.filename = data, filename

    def headers(self):
        h = ["Content-Type: message/rfc822"]
        if self.filename:
            h.append('Content-Disposition: attachment; filename="%s"' % self.filename)
        else:
            h.append("Content-Disposition: inline")
        return h

    def payload(self):
        return self.data.decode("latin-1")


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary

    def headers(self):
        return ['Content-Type: multipart/%s; boundary="%s"' % (self.subtype, self.boundary)]

    def payload(self):
        out = []
        if self.subtype == "mixed":
            out.append("This is a multi-part message in MIME format.\n")
        for p in self.parts:
            out.append("--" + self.boundary + "\n")
            out.append("\n".join(p.headers()) + "\n\n")
            pl = p.payload()
            if not pl.endswith("\n"):
                pl += "\n"
            out.append(pl)
        out.append("--" + self.boundary + "--\n")
        return "".join(out)


def alt(plain, html, n, charset="utf-8", cte="quoted-printable"):
    return Multi("alternative", [Text(plain, charset=charset, cte=cte),
                                 Text(html, "html", charset=charset, cte=cte)],
                 "----=_alt_%03d_%s" % (n, hashlib.md5(b"alt%d" % n).hexdigest()[:12]))


def mixed(n, parts, tag="mix"):
    return Multi("mixed", parts, "----=_Part_%03d_%s" % (n, hashlib.md5(("%s%d" % (tag, n)).encode()).hexdigest()[:16]))


def msgid(n, tag=""):
    h = hashlib.sha1(("d117-%d-%s" % (n, tag)).encode()).hexdigest()[:14].upper()
    return "<%s.%04d%s@%s>" % (h, n, tag, DOM)


def build(frm, to, subject, date, body, cc=None, mid=None, extra=None, hcharset="utf-8"):
    """Serialise one message. to / cc are lists of (name, email) or strings."""
    def alist(xs):
        return ", ".join(x if isinstance(x, str) else addr(x[0], x[1], hcharset) for x in xs)
    h = []
    h.append("Date: " + rfcdate(date))
    h.append("From: " + (frm if isinstance(frm, str) else addr(frm[0], frm[1], hcharset)))
    h.append("To: " + alist(to))
    if cc:
        h.append("Cc: " + alist(cc))
    h.append("Subject: " + hval(subject, hcharset))
    h.append("Message-ID: " + mid)
    for e in extra or []:
        h.append(e)
    h.append("MIME-Version: 1.0")
    h += body.headers()
    pl = body.payload()
    if not pl.endswith("\n"):
        pl += "\n"
    return ("\n".join(h) + "\n\n" + pl).encode("latin-1")


MAILS = {}
LABELS = {}
LANGS = ("de", "en", "mixed")
LABELSET = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")


def mail(n, frm, to, subject, date, body, label, lang, kind, reason, cc=None, extra=None,
         hcharset="utf-8", mid=None):
    data = build(frm, to, subject, date, body, cc=cc, mid=mid or msgid(n), extra=extra,
                 hcharset=hcharset)
    return data, (label, lang, kind, reason)


def inner(frm, to, subject, date, body, tag, cc=None, extra=None, hcharset="utf-8"):
    """A complete message to be forwarded as message/rfc822 (foreign Message-ID)."""
    frm_dom = (frm if isinstance(frm, str) else frm[1]).split("@")[-1].strip(">")
    h = hashlib.sha1(tag.encode()).hexdigest()[:18]
    return build(frm, to, subject, date, body, cc=cc, mid="<%s@%s>" % (h, frm_dom),
                 extra=extra, hcharset=hcharset)


# --------------------------------------------------------------------------
# attachment writers (all hand-made, deterministic)
# --------------------------------------------------------------------------

def _pdf_esc(s):
    b = s.encode("cp1252")
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    return bytes(out)


def pdf(lines, title="Dokument", author="Auenwald Versicherung AG", per_page=46,
        date="20240101120000"):
    """Minimal valid PDF 1.4 with Helvetica text. A line starting with '# ' is bold."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = []
    npages = len(pages)
    first_page = 5
    for i in range(npages):
        kids.append("%d 0 R" % (first_page + 2 * i))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), npages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    for pg in pages:
        stream = bytearray(b"BT\n/F1 10 Tf\n13 TL\n56 790 Td\n")
        for ln in pg:
            if ln.startswith("# "):
                stream += b"/F2 11 Tf (" + _pdf_esc(ln[2:]) + b") Tj T* /F1 10 Tf\n"
            else:
                stream += b"(" + _pdf_esc(ln) + b") Tj T*\n"
        stream += b"ET\n"
        pobj = len(objs) + 1
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                     % (pobj + 1)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + bytes(stream) + b"endstream")
    info_no = len(objs) + 1
    objs.append(b"<< /Title (" + _pdf_esc(title) + b") /Author (" + _pdf_esc(author) +
                b") /Producer (Auenwald DocOut 3.2) /CreationDate (D:" + date.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = hashlib.md5(bytes(out)).hexdigest().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, info_no, fid, fid, xref))
    return bytes(out)


def pdf_scan(n_rows=24, title="Scan", date="20240101120000"):
    """Image-like 'scanned' page: only vector strokes (a form grid and ticks), no text layer."""
    st = bytearray(b"q 0.93 g 0 0 595 842 re f Q\n0.6 w\n")
    top, left, right, h = 760, 50, 545, 24
    for i in range(n_rows + 1):
        y = top - i * h
        st += b"%d %d m %d %d l S\n" % (left, y, right, y)
    for x in (left, 120, 175, 230, 285, 340, 500, right):
        st += b"%d %d m %d %d l S\n" % (x, top, x, top - n_rows * h)
    for i in range(n_rows):
        y = top - i * h - 16
        for k, x in enumerate((130, 185, 240, 295)):
            if (i * 7 + k * 3) % 5 not in (0, 3):
                st += b"%d %d m %d %d l %d %d l S\n" % (x + 8, y + 6, x + 14, y, x + 26, y + 14)
        st += b"%d %d m %d %d %d %d %d %d c S\n" % (505, y + 4, 515, y + 16, 525, y - 4, 538, y + 8)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(st) + bytes(st) + b"endstream",
            b"<< /Title (" + _pdf_esc(title) + b") /Producer (ScanStation MX-3071) /CreationDate (D:" +
            date.encode() + b") >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _zip(members, dt=(2024, 10, 1, 9, 0, 0), stored_first=False):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return bio.getvalue()


def zipfile_bytes(members, dt=(2024, 10, 1, 9, 0, 0)):
    return _zip(members, dt)


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def docx(blocks, dt=(2024, 10, 1, 9, 0, 0), creator="Auenwald Versicherung AG"):
    """blocks: str (paragraph), ('h', str) heading, ('b', str) bold, ('t', rows) table."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        elif b[0] in ("h", "b"):
            sz = '<w:sz w:val="28"/>' if b[0] == "h" else ""
            body.append('<w:p><w:r><w:rPr><w:b/>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                        % (sz, _x(b[1])))
        elif b[0] == "t":
            rows = []
            for r in b[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>'
                                '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                        '</w:tblBorders></w:tblPr>%s</w:tbl><w:p/>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % "".join(body))
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
            '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%04d-%02d-%02dT%02d:%02d:00Z</dcterms:created>'
            '</cp:coreProperties>' % (_x(creator), dt[0], dt[1], dt[2], dt[3], dt[4]))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                 ("docProps/core.xml", core)], dt)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, dt=(2024, 10, 1, 9, 0, 0)):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    members = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, _x(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
        members.append(("xl/worksheets/sheet%d.xml" % si, sheet))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
           % "".join(wb_rels))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbr)] + members, dt)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:office-version="1.2" office:version="1.2"')


def _odf(mime, body, dt):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS.replace('xmlns:office-version="1.2" ', ''), body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("content.xml", content), ("META-INF/manifest.xml", manifest)],
                dt, stored_first=True)


def odt(blocks, dt=(2024, 10, 1, 9, 0, 0)):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<text:p>%s</text:p>" % _x(b))
        elif b[0] == "h":
            out.append('<text:h text:outline-level="1">%s</text:h>' % _x(b[1]))
        elif b[0] == "t":
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(c))
                for c in r) for r in b[1])
            ncol = max(len(r) for r in b[1])
            out.append('<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                       % (ncol, rows))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(out), dt)


def ods(sheets, dt=(2024, 10, 1, 9, 0, 0)):
    tabs = []
    for name, rows in sheets:
        ncol = max(len(r) for r in rows)
        xr = []
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v)))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                    % (_x(name), ncol, "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs), dt)


def csvtext(rows, sep=";"):
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


def ics(events, method="REQUEST", prodid="-//Auenwald Versicherung//Kalender 2.1//DE"):
    """events: list of dicts with uid, start, end (YYYYmmddTHHMMSS, local Europe/Berlin),
    summary, location, description, organizer (name, email), attendees [(name, email)]."""
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 74:
            return line
        parts, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 73:
                parts.append(cur)
                cur = ch
            else:
                cur += ch
        parts.append(cur)
        return "\r\n ".join(parts)
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + method]
    for e in events:
        L += ["BEGIN:VEVENT", "UID:" + e["uid"], "DTSTAMP:" + e.get("stamp", "20241001T080000Z"),
              "DTSTART;TZID=Europe/Berlin:" + e["start"], "DTEND;TZID=Europe/Berlin:" + e["end"],
              "SUMMARY:" + esc(e["summary"])]
        if e.get("location"):
            L.append("LOCATION:" + esc(e["location"]))
        if e.get("description"):
            L.append("DESCRIPTION:" + esc(e["description"]))
        if e.get("organizer"):
            L.append("ORGANIZER;CN=%s:mailto:%s" % (esc(e["organizer"][0]), e["organizer"][1]))
        for a in e.get("attendees", []):
            L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (esc(a[0]), a[1]))
        L += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT"]
    L.append("END:VCALENDAR")
    return ("\r\n".join(fold(l) for l in L) + "\r\n").encode("utf-8")


MT = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/zip",
    "ics": "text/calendar; method=REQUEST; charset=utf-8",
}

# --------------------------------------------------------------------------
# the insurer's people and recurring text blocks
# --------------------------------------------------------------------------

def P(local):
    return local + "@" + DOM

KETTLER = ("Sabine Kettler", P("sabine.kettler"))
BRANDAUER = ("Jonas Brandauer", P("jonas.brandauer"))
WENDT = ("Dr. Ilka Wendt", P("ilka.wendt"))
AYDIN = ("Murat Aydın", P("murat.aydin"))
LAMM = ("Friederike Lamm", P("friederike.lamm"))
ASHBY = ("Tom Ashby", P("tom.ashby"))
VOESSING = ("Claudia Vössing", P("claudia.voessing"))
NATARAJAN = ("Priya Natarajan", P("priya.natarajan"))
KALLWEIT = ("Bernd Kallweit", P("bernd.kallweit"))
SCHIMMEL = ("Lea Schimmel", P("lea.schimmel"))
FERRI = ("Marco Ferri", P("marco.ferri"))
ROTHE = ("Anke Rothe", P("anke.rothe"))
POHL = ("Jana Pohl", P("jana.pohl"))
WOJCIK = ("Dennis Wojcik", P("dennis.wojcik"))
ENGELHARD = ("Katrin Engelhard", P("katrin.engelhard"))
MARSH = ("Helen Marsh", P("helen.marsh"))
FROMM = ("Rüdiger Fromm", P("ruediger.fromm"))
ORTLIEB = ("Nadine Ortlieb", P("nadine.ortlieb"))
NOREPLY = ("Auenwald Versicherungen", P("no-reply"))
PFLEGE_LEISTUNG = ("Auenwald Pflege Leistungsservice", P("pflege-leistung"))

FOOT_AG = """--
Auenwald Versicherung AG | Auenwaldallee 1 | 34117 Kassel
Sitz der Gesellschaft: Kassel | Amtsgericht Kassel HRB 99117
Vorsitzender des Aufsichtsrats: Dr. Gernot Halbach
Vorstand: Dr. Miriam Seefeld (Vors.), Carsten Ulbrich, Ines Tamm"""

FOOT_KV = """--
Auenwald Krankenversicherung AG | Auenwaldallee 1 | 34117 Kassel
Sitz Kassel | Amtsgericht Kassel HRB 99118
Vorstand: Dr. Miriam Seefeld (Vors.), Petra Lohmeier, Ines Tamm"""

DISCL_DE = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese Mail. Das unerlaubte Kopieren sowie die Weitergabe sind nicht gestattet."""

DISCL_EN = """This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete it. Any unauthorised copying or
disclosure is prohibited."""

# ==========================================================================
# the mails
# ==========================================================================

def m001():
    body = Text("""Hi Martin,

following up on our call this morning about the water ingress in the basement
of our Kassel head office (building B, Auenwaldallee 1).

What we know so far:
- a pipe coupling above archive room B-04 let go some time over the weekend,
  the caretaker found about 2 cm of water on Monday at 06:40
- the room holds the closed paper archive of the long-term care claims
  department (care assessment files and invoices 2016-2019, all in sealed
  boxes on metal shelving, lowest shelf at 15 cm)
- as far as we can tell no box got wet; two empty pallets and a carpet
  runner did

Could your team please
1. send the dehumidifiers you mentioned (2 units should do, the room is
   about 40 m2),
2. have the plumber check the other couplings on that riser, and
3. quote for raising the lowest shelf level to 30 cm?

The room must stay locked at all times - please collect the key from the
front desk against signature and return it there, do not hand it to
subcontractors. Nobody from your side needs to open or move any boxes.

Purchase order will follow from Anke Rothe once we have the quote.

Thanks,
Tom

Tom Ashby
Facilities & Partner Management
Auenwald Versicherung AG
Auenwaldallee 1, 34117 Kassel
+49 561 7730-4418
""", cte="7bit", charset="us-ascii")
    return mail(1, ASHBY, [("Martin Cole", "m.cole@corvus-facility.example")],
                "Water ingress archive room B-04 - dehumidifiers and plumber", "2024-11-11 09:52",
                body, "NORMAL", "en", "insurer-to-supplier",
                "trap: water damage in the insurer's own archive of care files, no person named",
                cc=[ROTHE])


def m002():
    body = Text("""Sehr geehrte Damen und Herren,

bei der Prüfung Ihrer Abrechnung für August 2024 ist uns Folgendes
aufgefallen:

Versicherte Person: Herr Wilfried Lambrecht
Versicherungsnummer: PV 508 331 274 (private Pflegepflichtversicherung)
Ihre Rechnung Nr.: 2024-08-0417 vom 05.09.2024

Sie haben für den Zeitraum 12.08. bis 23.08.2024 täglich die
Leistungskomplexe LK 1 (kleine Körperpflege), LK 3 (Ausscheidungen) und
LK 15 (Hausbesuchspauschale) abgerechnet. Herr Lambrecht befand sich in
diesem Zeitraum jedoch stationär im Klinikum Kassel-Wilhelmshöhe
(Aufnahme nach Sturz mit Hüftfraktur, Entlassung in die
Anschlussheilbehandlung am 23.08.).

Während eines Krankenhausaufenthalts können Leistungen der häuslichen
Pflege nicht erbracht und daher auch nicht abgerechnet werden. Wir
fordern den für diesen Zeitraum bereits gezahlten Betrag von

    612,48 EUR

zurück und bitten um Überweisung bis zum 15.10.2024 auf unser Konto
bei der Fuldabank Kassel (IBAN siehe Rechnungskopf), Verwendungszweck
"RF-24-0917 Lambrecht".

Sollten wir uns irren (z. B. weil die Leistungen an einen anderen
Tag gebunden waren), senden Sie uns bitte die Leistungsnachweise mit
Handzeichen der Pflegekräfte.

Mit freundlichen Grüßen

Murat Aydın
Leistungsprüfung Pflegeabrechnung
Auenwald Krankenversicherung AG
Tel. 0561 7730-2261
""" + FOOT_KV)
    return mail(2, AYDIN, [("Abrechnung Pflegeteam Sonnenweg", "abrechnung@pflegeteam-sonnenweg.example")],
                "Rückforderung Rechnung 2024-08-0417 / PV 508 331 274", "2024-09-24 14:07",
                body, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-provider",
                "named insured, care insurance number, hospital stay after hip fracture, outpatient care services billed")


def m003():
    body = Text("""Hallo Herr Sander,

wie telefonisch besprochen bestellen wir für unseren Gesundheitstag am
21.11.2024 folgende Artikel:

Pos  Menge  Art.-Nr.     Bezeichnung                                   EP netto
1    12     BD-OA-220    Blutdruckmessgerät Oberarm, Manschette M/L    38,90
2     2     KW-180       Körperanalysewaage (Fett/Wasser/Muskel)       64,00
3    40     DS-500       Händedesinfektion 500 ml mit Pumpspender       4,15
4     1     BZ-SET-10    Blutzucker-Messset Demo (ohne Lanzetten)      29,50
5   300     FB-A5        Flyer "Herz gesund" A5, Blanko-Rückseite       0,12

Bestellnummer: BE-2024-11-0388
Kostenstelle: 4410 (Betriebliches Gesundheitsmanagement)
Lieferung bis spätestens 15.11.2024 an:
Auenwald Versicherung AG, Warenannahme Tor 2, Auenwaldallee 1, 34117 Kassel

Rechnung bitte ausschließlich an rechnungseingang@auenwald-versicherung.example
mit der Bestellnummer, sonst kann sie nicht zugeordnet werden.

Die Blutzuckermessung machen am Tag selbst die Betriebsärztinnen, wir
brauchen von Ihnen also wirklich nur das Demo-Set ohne Verbrauchsmaterial.

Viele Grüße
Anke Rothe
Einkauf / Zentrale Dienste
Auenwald Versicherung AG
""", cte="quoted-printable")
    return mail(3, ROTHE, [("Jens Sander", "j.sander@medishop-b2b.example")],
                "Bestellung BE-2024-11-0388 Gesundheitstag", "2024-10-17 10:31",
                body, "NORMAL", "de", "insurer-to-supplier",
                "trap: purchase order of blood pressure monitors for the in-house health day, no person data")


def m004():
    body = Text("""Helen,

forwarding the incident report Fiona sent over last night for Haus
Elbblick. She has already notified the family; they have not made a
claim yet but the son asked for "the name of the insurance". I'd like
to open a precautionary file (liability, Brightwater Pflege Deutschland,
policy HB 3.204.117) and reserve modestly until we see records.

Could you tell Nordstern Re? Per the treaty it's below notification
threshold but it's the third aspiration incident in this group in 14
months and they asked to hear about those.

Jonas

-----Original Message-----
From: Fiona Gallagher <fiona.gallagher@brightwater-care.example>
Sent: Monday, 13 January 2025 21:44
To: Jonas Brandauer <jonas.brandauer@auenwald-versicherung.example>
Subject: Incident notification - Haus Elbblick, Hamburg - resident choking

Dear Jonas,

Please treat this as formal notification of a potential claim under our
public liability cover.

Resident: Mrs Hannelore Vick, room 2.07, aged 87, care level 4
(Pflegegrad 4), known dysphagia following a stroke in 2022, on a
pureed diet per SLT recommendation.

On 11 January at approx. 12:20 a newly placed agency carer served
Mrs Vick the standard lunch (meatballs, potatoes) instead of the
pureed meal. Mrs Vick choked; staff performed back blows and the
Heimlich manoeuvre, airway cleared after approx. 2 minutes. Paramedics
attended and took her to Klinikum Nordheide-Ost, where aspiration
pneumonia (J69.0) was diagnosed on 12 January. She remains in hospital on IV antibiotics; her condition
is described as stable.

Internal investigation has started, the agency carer has been
removed from the rota, the diet card system is being reviewed.
Witness statements from two staff members are available on request.

Kind regards,
Fiona Gallagher
Group Risk & Insurance Manager
Brightwater Care Group plc
""", charset="utf-8", cte="quoted-printable")
    return mail(4, BRANDAUER, [MARSH],
                "FW: Incident notification - Haus Elbblick, Hamburg - resident choking",
                "2025-01-14 08:19", body, "STRICTLY_CONFIDENTIAL", "en", "company",
                "care home incident report: named resident, care level, dysphagia after stroke, aspiration pneumonia J69.0",
                extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: Incident notification - Haus Elbblick, Hamburg - resident choking"])


def m005():
    rows = [["Monat", "Eingang Rechnungen", "davon elektronisch", "davon Papier",
             "Ø Bearbeitungszeit (Tage)", "Rückfragen an Pflegedienst", "Kürzungen (Anzahl)",
             "Kürzungsbetrag EUR", "Anteil Pflegegrad 4-5 %"],
            ["2024-07", 4812, 3390, 1422, "6,4", 311, 208, "41.880,12", "31,2"],
            ["2024-08", 4655, 3371, 1284, "7,1", 298, 190, "37.402,55", "30,8"],
            ["2024-09", 4977, 3702, 1275, "5,9", 276, 201, "39.116,40", "31,5"],
            ["2024-10", 5103, 3888, 1215, "5,2", 254, 176, "33.905,07", "32,0"],
            ["Summe/Ø", 19547, 14351, 5196, "6,1", 1139, 775, "152.304,14", "31,4"]]
    csvdata = csvtext(rows).encode("cp1252")
    body = Text("""Hi Jakob,

attached are the Q3/October KPIs for care invoice processing (Pflegeabrechnung)
for the group controlling pack. Same layout as last quarter; I added the share
of invoices for care grades 4-5 because Petra asked whether the heavy cases
drive the processing time (short answer: not really, see the Oct row).

The file is semicolon-separated and Windows-1252 because that's what the
DWH export produces - open it via Data > From Text in Excel, otherwise the
umlauts in the headers break.

Two caveats:
* "Kürzungen" counts invoices with at least one reduced position, not positions.
* Paper volumes include faxes; fax will be switched off from 1 March.

Cheers,
Priya

--
Priya Natarajan | Actuarial & Analytics | Auenwald Versicherungen
""", cte="8bit")
    att = Att(csvdata, 'text/csv; charset="windows-1252"', "KPI_Pflegeabrechnung_2024-07_bis_10.csv")
    return mail(5, NATARAJAN, [("Jakob Renz", P("jakob.renz"))],
                "Care invoice KPIs Jul-Oct 2024 for controlling pack", "2024-11-06 16:42",
                mixed(5, [body, att]), "NORMAL", "en", "internal",
                "trap: aggregated KPIs of care invoice processing incl. care-grade share, CSV windows-1252, no person")


def m006():
    body = Text("""Dear Claire,

as agreed in the treaty (clause 9.2, prompt notification of losses
expected to exceed EUR 1m), please find below our first notice of a
property loss under the care-sector property account.

Insured:        Haus Abendrot Pflegeheim GmbH, Korbach
Policy:         GW-7731-5108-22 (Property incl. business interruption)
Date of loss:   17 February 2025, approx. 03:10
Cause:          fire, origin most likely the tumble dryers in the
                ground-floor laundry (fire brigade report pending)
Affected:       laundry, adjoining store, smoke damage throughout
                wing A (ground and first floor)

All 64 residents of wing A were evacuated by night staff and the fire
brigade into wing B and the neighbouring parish hall; according to the
home and the fire brigade nobody was injured. Around 20 residents will
be placed in other homes of the region for an estimated 8-10 weeks.

Our loss adjuster (Dipl.-Ing. Rainer Obst, Obst & Partner) was on site
the same afternoon and met the home manager, Ms Swetlana Becker, and
the caretaker. Initial estimate:

    building        EUR 1,450,000
    contents        EUR   380,000
    BI / extra cost EUR   520,000  (12 months indemnity period)
    total           EUR 2,350,000  (100 %, our share 100 %)

We will send the adjuster's preliminary report when we have it,
probably by mid-March. Please confirm receipt and let me know if you
need the claim booked in your system under a particular reference.

Best regards,
Tom Ashby
Partner Management & Reinsurance
Auenwald Versicherung AG
""", cte="7bit", charset="us-ascii")
    return mail(6, ASHBY, [("Claire Dubois", "claire.dubois@nordstern-re.example")],
                "Large loss notification - fire care home Korbach - GW-7731-5108-22",
                "2025-02-19 11:05", body, "CONFIDENTIAL", "en", "insurer-to-partner",
                "company policy and large fire loss with named home manager and adjuster; residents unnamed and unhurt",
                cc=[WOJCIK])


def m007():
    body = Text("""Jonas - can you pull a 5-year loss run for this one? Liability and
property, all German locations. James needs it by the 10th. Please send
it to me, not directly to the broker, I want to look at the large
liability ones before it goes out.
Thanks, H.

---------- Forwarded message ---------
From: James Pellham <james.pellham@pellhamrowe.example>
Date: Tue, 3 Dec 2024 at 15:12
Subject: Brightwater Pflege Deutschland GmbH - renewal 01/04/2025 - loss run
To: Helen Marsh <helen.marsh@auenwald-versicherung.example>

Dear Helen,

We are starting the renewal for Brightwater Pflege Deutschland GmbH
(your policies HB 3.204.117 liability and GW-7731-6620-19 property,
both expiring 1 April 2025).

Could you please provide loss runs for the last five years, valued
as at 30 November 2024, for both policies? Fiona Gallagher (Group
Risk & Insurance Manager, fiona.gallagher@brightwater-care.example,
+44 20 7946 0318) is our contact on the client side and has asked
that any questions go through us.

The client has added two homes this year (Bremen-Vegesack and
Lüneburg), updated SOV to follow.

Many thanks,
James

James Pellham ACII
Director, Healthcare Practice
Pellham & Rowe Ltd, Lloyd's Broker
""")
    return mail(7, MARSH, [BRANDAUER], "Fwd: Brightwater Pflege Deutschland GmbH - renewal 01/04/2025 - loss run",
                "2024-12-03 16:20", body, "CONFIDENTIAL", "en", "broker",
                "broker request naming client company, policy numbers and client contact person with phone")


def m008():
    lines = ["# Auenwald Versicherung AG", "Auenwaldallee 1, 34117 Kassel", "",
             "# Versicherungsschein Betriebshaftpflicht Heilwesen / Pflege",
             "Nummer: HB 3.118.442        Ausfertigung vom 30.09.2024 (Nachtrag 2)", "",
             "Versicherungsnehmerin: Pflegeteam Sonnenweg GmbH",
             "Am Sonnenweg 12, 37083 Göttingen",
             "Ansprechpartnerin: Andrea Pfisterer, Geschäftsführerin", "",
             "Versicherungsdauer: 01.10.2024 - 01.10.2025, Verlängerung jährlich",
             "Betriebsbeschreibung: ambulanter Pflegedienst nach SGB XI / SGB V,",
             "  Betreuungs- und Entlastungsleistungen, hauswirtschaftliche Versorgung", "",
             "# Deckungssummen",
             "Personen- und Sachschäden pauschal         5.000.000 EUR",
             "Vermögensschäden                           250.000 EUR",
             "Schlüsselverlust (fremde Schlüssel)         100.000 EUR",
             "Be- und Entladeschäden / Obhutsschäden      50.000 EUR",
             "Jahreshöchstleistung: 2-fach", "",
             "Selbstbeteiligung je Schaden: 250 EUR (Obhut: 500 EUR)", "",
             "# Beitrag",
             "Bemessung: 41 Beschäftigte, Jahresumsatz lt. Angabe 2.140.000 EUR",
             "Jahresnettobeitrag                         3.612,00 EUR",
             "Versicherungsteuer 19 %                      686,28 EUR",
             "Jahresbruttobeitrag                        4.298,28 EUR",
             "Zahlungsweise jährlich, SEPA-Lastschrift vom Geschäftskonto", "",
             "Nachtrag 2: Einschluss Schlüsselverlust erhöht auf 100.000 EUR ab 01.10.2024.",
             "Es gelten AHB 2024, BBR Heilwesen/Pflege 10/2023 und die Klauseln PH 01-PH 14.",
             "", "Kassel, 30.09.2024", "Auenwald Versicherung AG"]
    p = pdf(lines, title="Versicherungsschein HB 3.118.442", date="20240930101500")
    body = Text("""Sehr geehrte Frau Pfisterer,

anbei erhalten Sie den Nachtrag zu Ihrer Betriebshaftpflichtversicherung
HB 3.118.442 mit der erhöhten Deckung für Schlüsselverlust, wie am
Telefon besprochen. Der Mehrbeitrag ist im Jahresbeitrag ab 01.10.
bereits enthalten.

Bitte prüfen Sie die Angaben (insbesondere die Zahl der Beschäftigten)
und geben Sie mir kurz Bescheid, falls etwas nicht stimmt.

Freundliche Grüße aus Kassel

Sabine Kettler
Firmenkunden Heilwesen & Soziales
Auenwald Versicherung AG
Telefon 0561 7730-3312

""" + FOOT_AG)
    return mail(8, KETTLER, [("Andrea Pfisterer", "a.pfisterer@pflegeteam-sonnenweg.example")],
                "Nachtrag Betriebshaftpflicht HB 3.118.442", "2024-09-30 10:22",
                mixed(8, [body, Att(p, MT["pdf"], "Versicherungsschein_HB_3118442_Nachtrag2.pdf")]),
                "CONFIDENTIAL", "de", "insurer-to-company",
                "liability policy schedule of a nursing service with named managing director; PDF attachment")


def m009():
    body = Text("""Dear Mr Whitcombe,

thank you for your e-mail of 4 March and for sending the signed
authorisation from your father - we can now talk to you about his
household contents policy.

Policyholder:   Mr Arthur Whitcombe
Policy number:  HR-2219-0087-41 (Hausrat / household contents)
Insured place:  Residenz am Schlosspark, apartment 2.14,
                Brunnenallee 7, 34537 Bad Wildungen
Sum insured:    EUR 42,000

To your questions:

1. The apartment furniture supplied by the residence (bed frame,
   wardrobe, kitchenette) belongs to the operator and is insured by
   them, not under your father's policy. His own furniture, the
   paintings and his books are covered.

2. Bicycles are covered against theft only if locked; the shared
   bicycle room of the residence counts as a locked room.

3. The sum insured looks low for the paintings you describe. If
   their value is above EUR 8,400 (20 % of the sum insured) we should
   agree a separate valuables limit. I have attached nothing today -
   please send me a list with rough values and I will make an offer.

You can reach me directly on +49 561 7730-3340 (English is fine).

Kind regards,
Jana Pohl
Private Customers Service
Auenwald Versicherung AG
""", cte="quoted-printable")
    return mail(9, POHL, [("Daniel Whitcombe", "dan.whitcombe@fastpost.example")],
                "Your father's household contents policy HR-2219-0087-41", "2025-03-06 13:48",
                body, "CONFIDENTIAL", "en", "insurer-to-relative",
                "named policyholder with policy number and address in assisted living (no care need stated)")


def m010():
    body = Text("""Sehr geehrter Herr Demir,

vielen Dank für Ihre Schadenmeldung. Wir haben den Diebstahl des
Dienst-E-Bikes unter der Schadennummer S-24-131208 angelegt.

Versicherungsnehmerin: Hand in Hand Pflege UG (haftungsbeschränkt)
Vertrag: GW-7731-4980-05 (Inhalt inkl. Fahrräder/E-Bikes im Betrieb)
Gegenstand: E-Bike Kalkhoff Endeavour (Rahmennr. WKH4410928K)
Nutzerin: Ihre Mitarbeiterin Frau Tamara Vogt
Tag/Ort: 28.10.2024, zwischen 07:55 und 08:20 Uhr, Kassel-Nordstadt,
abgestellt und mit Rahmenschloss gesichert

Damit wir den Schaden regulieren können, benötigen wir noch:
- die Kopie der polizeilichen Anzeige (Tagebuchnummer genügt zunächst),
- den Kaufbeleg des E-Bikes,
- beide Schlüssel des Rahmenschlosses bzw. eine kurze Erklärung von
  Frau Vogt, wo sich der zweite Schlüssel befindet.

Nach den Vertragsbedingungen erstatten wir den Neuwert abzüglich
der vereinbarten Selbstbeteiligung von 150 EUR.

Mit freundlichen Grüßen
Dennis Wojcik
Schaden Sach Gewerbe
Auenwald Versicherung AG
""")
    return mail(10, WOJCIK, [("Yusuf Demir", "y.demir@handinhand-pflege.example")],
                "Ihre Schadenmeldung E-Bike / S-24-131208", "2024-10-29 11:14",
                body, "CONFIDENTIAL", "de", "insurer-to-company",
                "property claim of a nursing service: claim and policy number, named employee using the e-bike")


def m011():
    body = Text("""Lea, Ilka,

below a complaint that reached the complaints mailbox yesterday evening.
Ms Hartley-Brandt is the daughter and has power of attorney (copy on
file). Her mother is insured with us in the compulsory long-term care
insurance and lives in Haus Abendrot, Korbach, which is one of our
contracted homes. Can we please look at this together on Thursday?
I have acknowledged receipt and promised a reply within 10 working days.

Friederike

-------- Original message --------
From: Caroline Hartley-Brandt <c.hartleybrandt@btmail.example>
Date: 27/11/2024 22:51
To: beschwerde@auenwald-versicherung.example
Subject: Complaint - my mother Ingrid Brandt, Haus Abendrot, policy PV 611 042 958

To whom it may concern,

I am writing about my mother, Ingrid Brandt (born 1939), who has been
a resident of Haus Abendrot in Korbach since March. You are her care
insurer and you pay part of her fees, so I assume you have some say in
the quality of care.

When I visited last week I found a large open wound at the base of her
spine. The nurse on duty told me it is a "grade 3 pressure sore" and
that it had been there "for a while". Nobody informed me. My mother has
advanced dementia and cannot tell anyone she is in pain, and she has
lost a lot of weight. Her GP, Dr Mertens, has now prescribed special
dressings and an air mattress, which the home says it has to order
first.

I want to know
 - whether you inspect the homes you contract with,
 - whether the home can be made to pay for the extra treatment, and
 - whether her care level (currently 3) should be reassessed, because
   she clearly needs much more help than a year ago.

I live in London and can only visit every few weeks, so please reply
by e-mail.

Caroline Hartley-Brandt
""")
    return mail(11, LAMM, [SCHIMMEL, WENDT], "FW: Complaint - my mother Ingrid Brandt, Haus Abendrot, policy PV 611 042 958",
                "2024-11-28 08:37", body, "STRICTLY_CONFIDENTIAL", "en", "relative",
                "relative's complaint: named resident with policy number, dementia, grade 3 pressure sore, weight loss, care level")


def m012():
    ib = iban("DE", "52050000" + "0412236650")
    body = Text("""Hallo Herr Hollweg,

anbei wie jedes Quartal Ihre Courtageabrechnung, diesmal ausnahmsweise
als Mailtext, weil das Maklerportal am Wochenende gewartet wird.

Courtageabrechnung III/2024 - Vermittler-Nr. 40-7781
Gerd Hollweg Versicherungsmakler e.K., Steinweg 4, 34414 Warburg
Steuernummer 025 812 44091, USt-befreit nach § 4 Nr. 11 UStG

Vertrag            Kunde                               Beitrag netto   Satz   Courtage
GW-7731-4402-18    Pflegeteam Sonnenweg GmbH           6.204,00        12,5%    775,50
HB 3.118.442       Pflegeteam Sonnenweg GmbH           3.612,00        15,0%    541,80
GW-7731-3390-11    Sozialstation Feldrain e.V.         4.818,40        12,5%    602,30
HB 3.097.015       Sozialstation Feldrain e.V.         2.950,00        15,0%    442,50
GU 77 104 395      Sozialstation Feldrain e.V. (GU)    1.736,00        10,0%    173,60
-------------------------------------------------------------------------------------
Summe                                                                            2.535,70

Auszahlung am 10.10.2024 auf Ihr Konto
IBAN {ib}
Kontoinhaber: Gerd Hollweg

Bei Rückfragen einfach anrufen.

Beste Grüße
Rüdiger Fromm
Maklerbetreuung Nord-Hessen
Auenwald Versicherung AG
""".format(ib=grp(ib)), charset="iso-8859-1", cte="quoted-printable")
    return mail(12, FROMM, [("Gerd Hollweg", "info@hollweg-makler.example")],
                "Courtageabrechnung III/2024 Vermittler-Nr. 40-7781", "2024-10-07 09:03",
                body, "CONFIDENTIAL", "de", "insurer-to-broker",
                "sole-trader broker's IBAN and tax number with commission; client companies only",
                hcharset="iso-8859-1")


def m013():
    ib = iban("DE", "52050000" + "0090017733")
    body = Text("""Sehr geehrte Damen und Herren,

zum 01.01.2025 ändert sich die Bankverbindung der Auenwald
Krankenversicherung AG für Rückzahlungen aus der Pflegeabrechnung
(Rückforderungen, Gutschriften, Korrekturen).

Neue Bankverbindung (gilt ab 01.01.2025)
Kontoinhaber: Auenwald Krankenversicherung AG
IBAN: {ib}
BIC: FULADE5KXXX
Bank: Fuldabank Kassel

Bitte geben Sie als Verwendungszweck immer die Rückforderungsnummer
(RF-...) aus unserem Schreiben an, damit die Zahlung automatisch
zugeordnet werden kann. Die alte Verbindung bei der Nordhessischen
Volksbank bleibt bis 31.03.2025 bestehen; Zahlungen werden
weitergeleitet.

Für die Zahlung Ihrer Rechnungen an Sie ändert sich nichts.

Diese Nachricht geht an alle Vertragspartner in der ambulanten und
stationären Pflege. Sie müssen nicht antworten.

Mit freundlichen Grüßen
Lea Schimmel
Leistungserbringer-Management Pflege
Auenwald Krankenversicherung AG
""".format(ib=grp(ib)))
    return mail(13, SCHIMMEL, ["Vertragspartner Pflege:;"],
                "Neue Bankverbindung für Rückzahlungen ab 01.01.2025", "2024-12-02 08:00",
                body, "NORMAL", "de", "insurer-to-care-provider",
                "trap: IBAN of the insurer itself in a circular to care providers, no person")


def m014():
    ib = iban("DE", "52040000" + "0237811400")
    body = Text("""Hi team,

could you please pay the invoice below from the locksmith
who secured the Brightwater home in Hanover after the break-in on
9 November? Claim S-24-132077, property policy GW-7731-6620-19. The
invoice was sent to us directly because the home manager had given the
locksmith our claims number.

Payee:     Schlüsseldienst Ralf Gutjahr (sole trader)
           Podbielskistr. 301, 30655 Hannover
IBAN:      {ib}
Invoice:   RG-2024-1187 of 10/11/2024
Amount:    EUR 1,148.35 gross (emergency call-out Sunday night,
           2 new cylinders, temporary board-up of terrace door)
Tax no.:   25/118/04427 (on invoice)

I've checked it against the adjuster's note, it's reasonable. Please
post it against the claim as "Sofortmaßnahmen" and not against the
indemnity - our German claims system insists on that.

Thanks a lot,
Helen

Helen Marsh
International Underwriting & Claims
Auenwald Versicherung AG
""".format(ib=ib))
    return mail(14, MARSH, [("Kreditorenbuchhaltung", P("kreditoren"))],
                "Payment request - locksmith invoice RG-2024-1187 - claim S-24-132077",
                "2024-11-14 15:26", body, "CONFIDENTIAL", "en", "internal",
                "payment instruction with a sole trader's IBAN and tax number, claim reference")


def m015():
    body = Text("""Hallo Frau Biermann,

danke für die Testseiten. Ich habe das Ticket INC-2024-088412 an die
Kollegen vom Scan-Dienstleister weitergegeben. Ursache nach erster
Analyse: Der Barcode auf dem neuen Deckblatt "Pflegegutachten" ist
ein Code 128 mit 22 Stellen, das Profil an Scanner 3 in der Poststelle
erwartet aber 18 Stellen und verwirft den Rest. Deshalb landen die
Gutachten im Klärungskorb statt in der Mappe "Leistung Pflege".

Bis das Profil angepasst ist (geplant Mittwoch 07:00, Downtime ca.
15 Min.), bitte die Gutachten wie bisher an Scanner 1 oder 2 scannen.

Nur zur Info: Bitte für weitere Tests ausschließlich die Blanko-
Deckblätter aus dem Formularserver nehmen, keine echten Gutachten
mailen - die Mail von gestern mit den Testseiten war ok, da war ja
nur das leere Deckblatt drauf.

Gruß
Marco Ferri
IT Service Desk, App-Support Dokumentenmanagement
Durchwahl -1111
""", flowed=True, cte="8bit")
    return mail(15, FERRI, [("Heike Biermann", P("heike.biermann"))],
                "AW: INC-2024-088412 Scanner 3 erkennt Deckblatt Pflegegutachten nicht",
                "2024-10-08 13:12", body, "NORMAL", "de", "internal",
                "trap: IT ticket about scanning care assessment cover sheets, blank test pages only",
                extra=["In-Reply-To: <INC-2024-088412.1@servicedesk.auenwald-versicherung.example>",
                       "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0"])


def m016():
    body = Text("""Sehr geehrter Herr Demir,

in der Rechtsschutzangelegenheit

  Hand in Hand Pflege UG (haftungsbeschränkt) ./. Frau Elfriede Kraus
  Firmen-Rechtsschutz Vertrag RS-55 210 874, Schaden-Nr. RS-24-004512
  Gegenstand: Nebenkostenabrechnung 2023 für die Büroräume
  Wolfhager Str. 88, 34127 Kassel

erteilen wir Deckungszusage für die außergerichtliche Interessen-
wahrnehmung durch Rechtsanwältin Dr. Beate Kronauer, Kassel. Die
Rechtsschutzversicherung für Gewerbemietverträge ist in Ihrem Vertrag
(Baustein Firmen-Vertrags-RS Immobilien) eingeschlossen; die Wartezeit
von drei Monaten ist abgelaufen, der Streit betrifft eine Abrechnung,
die Ihnen am 14.08.2024 zugegangen ist.

Die Vermieterin verlangt eine Nachzahlung von 4.866,20 EUR, Sie
halten die Umlage der Hausmeisterkosten und der Gartenpflege für
fehlerhaft. Eine Selbstbeteiligung ist in Ihrem Vertrag nicht
vereinbart.

Für ein etwaiges gerichtliches Verfahren benötigen wir eine gesonderte
Deckungsanfrage Ihrer Anwältin mit Erfolgsaussichten.

Mit freundlichen Grüßen

i. A. Jana Pohl
Rechtsschutz Firmenkunden
Auenwald Versicherung AG
""", cte="quoted-printable")
    return mail(16, POHL, [("Yusuf Demir", "y.demir@handinhand-pflege.example")],
                "Deckungszusage RS-24-004512 Nebenkostenabrechnung",
                "2024-09-18 11:40", body, "CONFIDENTIAL", "de", "insurer-to-company",
                "legal expenses cover for a nursing service: named managing director and named private landlord, claim number",
                cc=[("RAin Dr. Beate Kronauer", "kanzlei@kronauer-recht.example")])


def m017():
    body = Text("""Dear Ms Okonjo,

Your clients: Mr Thomas Landgraf and Ms Susanne Landgraf-Evers
Deceased: Mr Peter Landgraf, formerly resident at Brightwater Haus
Weserblick, Bremen
Our insured: Brightwater Pflege Deutschland GmbH
Our reference: HS-24-017733 (public liability, policy HB 3.204.117)

Thank you for your letter of 21 October. We confirm that we are the
liability insurer of the home and that we are handling your clients'
claim on its behalf. Please address all further correspondence to me.

Your letter states that Mr Landgraf was admitted to hospital on
2 September 2024 with severe dehydration (E86), acute kidney injury
(N17.9) and a urinary tract infection, and that he died there on
9 September. You allege that fluid intake charts were not kept for the
five days before admission although his GP had ordered a minimum of
1,500 ml a day.

Before we can take a position we need:

1. the death certificate and, if one was carried out, the post-mortem
   report;
2. the hospital discharge/death summary of Klinikum Bremen-Mitte;
3. a release from professional secrecy signed by your clients as
   heirs, so that we can request the care documentation, the GP's
   records and the hospital file directly (form enclosed in our
   letter by post);
4. a breakdown of the damages claimed (funeral costs, bereavement
   compensation under s. 844(3) BGB, any other heads).

We have asked the home for its care records and incident reports for
August and September. Our medical adviser will review the file once
it is complete; we expect to reply on liability within six weeks of
receipt of the documents.

Without prejudice to liability and quantum.

Yours sincerely,
Jonas Brandauer
Liability Claims, Commercial Lines
Auenwald Versicherung AG
Tel. +49 561 7730-3385
""")
    return mail(17, BRANDAUER, [("Adaeze Okonjo", "a.okonjo@carrow-whitfield.example")],
                "Landgraf ./. Brightwater Pflege Deutschland GmbH - your ref. AO/2291 - our ref. HS-24-017733",
                "2024-10-28 16:55", body, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
                "liability claim over a deceased resident: dehydration E86, kidney injury N17.9, cause of death, named heirs")


def m018():
    lines = ["# PRESSEMITTEILUNG", "Kassel, 15. Oktober 2024", "",
             "# Auenwald erweitert Pflegetagegeld: Leistung schon ab Pflegegrad 1",
             "", "Die Auenwald Krankenversicherung AG stellt ihr Pflegetagegeld-Tarifwerk",
             "zum 1. Januar 2025 um. Im neuen Tarif PTG plus zahlt der Versicherer bereits",
             "ab Pflegegrad 1 zehn Prozent des vereinbarten Tagessatzes, ab Pflegegrad 5",
             "das volle Tagegeld - ambulant wie stationär gleich hoch.", "",
             "\"Rund 5,2 Millionen Menschen in Deutschland sind pflegebedürftig, mehr als",
             "vier von fünf werden zu Hause versorgt\", sagt Petra Lohmeier, Vorständin",
             "für Kranken- und Pflegeversicherung. \"Die Lücke zwischen gesetzlicher",
             "Leistung und tatsächlichen Kosten liegt im Heim inzwischen bei über 2.800",
             "Euro im Monat. Das können die wenigsten aus eigener Tasche zahlen.\"", "",
             "Neu ist außerdem eine Einmalleistung bei erstmaliger Feststellung einer",
             "Demenz-Erkrankung sowie eine Beitragsbefreiung ab Pflegegrad 3.",
             "Gesundheitsfragen entfallen für Eintrittsalter bis 45 Jahre.", "",
             "# Über die Auenwald Versicherungen",
             "Die Auenwald Versicherungen mit Sitz in Kassel betreuen rund 1,1 Millionen",
             "Kundinnen und Kunden in der Kranken-, Pflege-, Sach- und Haftpflicht-",
             "versicherung. Im Firmenkundengeschäft ist Auenwald einer der führenden",
             "Versicherer für Pflegedienste, Pflegeheime und Tagespflegen.", "",
             "Pressekontakt: Unternehmenskommunikation, presse@auenwald-versicherung.example,",
             "Telefon 0561 7730-1000"]
    p = pdf(lines, title="Pressemitteilung Pflegetagegeld PTG plus", date="20241015070000")
    body = Text("""Sehr geehrte Damen und Herren,

anbei unsere heutige Pressemitteilung zum neuen Pflegetagegeld-Tarif
PTG plus. Druckfähige Fotos und eine Grafik zur Pflegelücke nach
Bundesländern finden Sie im Pressebereich unserer Website
(https://www.auenwald-versicherung.example/presse).

Für Interviews steht Frau Lohmeier in der KW 43 zur Verfügung.

Mit freundlichen Grüßen
Unternehmenskommunikation
Auenwald Versicherungen
""")
    return mail(18, ("Unternehmenskommunikation Auenwald", P("presse")),
                ["presseverteiler-fach:;"], "PM: Auenwald erweitert Pflegetagegeld - Leistung ab Pflegegrad 1",
                "2024-10-15 07:30", mixed(18, [body, Att(p, MT["pdf"], "PM_2024-10-15_PTG_plus.pdf")]),
                "NORMAL", "de", "insurer-to-partner",
                "trap: press release on a care product with national statistics; only the insurer's board member quoted")


def m019():
    body = Text("""Guten Tag,

in Ihrem Auenwald-Postfach liegt eine neue Nachricht für Sie bereit.

Aus Sicherheitsgründen versenden wir den Inhalt nicht per E-Mail. Bitte
melden Sie sich mit Ihrer Kundennummer und Ihrem Passwort an:

https://postfach.auenwald-versicherung.example

Die Nachricht bleibt 90 Tage im Postfach abrufbar. Wenn Sie Ihr
Passwort vergessen haben, nutzen Sie "Passwort vergessen" auf der
Anmeldeseite - wir fragen Sie dann nach Ihrer Sicherheitsfrage.

Bitte antworten Sie nicht auf diese E-Mail; das Postfach no-reply
wird nicht gelesen.

Ihre Auenwald Versicherungen
""")
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag,</p>
<p>in Ihrem <b>Auenwald-Postfach</b> liegt eine neue Nachricht f&uuml;r Sie bereit.</p>
<p>Aus Sicherheitsgr&uuml;nden versenden wir den Inhalt nicht per E-Mail. Bitte melden Sie sich
mit Ihrer Kundennummer und Ihrem Passwort an:</p>
<p><a href="https://postfach.auenwald-versicherung.example">postfach.auenwald-versicherung.example</a></p>
<p>Die Nachricht bleibt 90 Tage im Postfach abrufbar. Wenn Sie Ihr Passwort vergessen haben,
nutzen Sie &bdquo;Passwort vergessen&ldquo; auf der Anmeldeseite.</p>
<p style="color:#777;font-size:11px">Bitte antworten Sie nicht auf diese E-Mail; das Postfach no-reply wird nicht gelesen.</p>
<p>Ihre Auenwald Versicherungen</p>
</body></html>"""
    b = alt(body.text, html, 19)
    return mail(19, NOREPLY, ["r.lindqvist@mailbox.example"],
                "Neue Nachricht in Ihrem Auenwald-Postfach", "2025-01-22 06:15", b,
                "NORMAL", "de", "insurer-to-customer",
                "trap: portal notification without content",
                extra=["Auto-Submitted: auto-generated"])


def m020():
    body = Text("""Hallo Ilka,

kannst du bitte kurz draufschauen, bevor ich Haus Abendrot antworte?
Die Tochter hat schon angekündigt, Ansprüche zu stellen. Mich
interessiert vor allem, ob das Sturzrisiko bekannt war und ob das
Protokoll aus deiner Sicht plausibel ist (Uhrzeiten!).

Danke, Jonas

-------- Weitergeleitete Nachricht --------
Betreff: Sturzprotokoll Frau Pfeiffer, Zi. 114
Datum: Mon, 3 Feb 2025 10:02:11 +0100
Von: Thomas Wiegand <pdl@haus-abendrot.example>
An: jonas.brandauer@auenwald-versicherung.example

Sehr geehrter Herr Brandauer,

wie telefonisch angekündigt das Sturzprotokoll. Die Bewohnerin ist
im Haus seit 2021, Pflegegrad 4.

STURZPROTOKOLL
Name: Gerda Ilse Pfeiffer, geb. 03.05.1936, Zimmer 114 (Wohnbereich 1)
Datum/Uhrzeit Sturz: 01.02.2025, ca. 02:40 Uhr (aufgefunden 02:55 Uhr
bei Rundgang)
Ort: Badezimmer, vor der Toilette
Situation: Bewohnerin wollte offenbar allein zur Toilette,
Klingel nicht betätigt, Bettgitter nach Verfügung nicht hochgestellt,
Sensormatte lag neben dem Bett (Kabel gezogen?)
Befund: Platzwunde Stirn li. ca. 3 cm, Hämatom re. Hüfte,
Bewohnerin wach, orientiert zur Person
Vorerkrankungen/Medikation: Vorhofflimmern, Marcumar, Z. n. Apoplex
2019, Gangunsicherheit, Harninkontinenz
Maßnahmen: Notarzt 03:05, Transport Stadtkrankenhaus Korbach, dort
Wundversorgung, CT Schädel ohne Blutung, Rückverlegung 01.02. 14:30
Information Angehörige: Tochter Frau Renate Kalbfleisch 08:10 Uhr
Sturzrisiko (Sturzrisikoeinschätzung vom 12.12.2024): hoch
Unterschrift: M. Oral (Nachtdienst), T. Wiegand (PDL)

Mit freundlichen Grüßen
Thomas Wiegand
Pflegedienstleitung Haus Abendrot
""", cte="quoted-printable")
    return mail(20, BRANDAUER, [WENDT], "WG: Sturzprotokoll Frau Pfeiffer, Zi. 114",
                "2025-02-03 11:26", body, "STRICTLY_CONFIDENTIAL", "de", "internal",
                "inline-forwarded fall report: named resident with birth date, injuries, anticoagulation, prior stroke",
                extra=["X-Mailer: Microsoft Outlook 16.0"])


def m021():
    lines = ["# Auenwald Versicherung AG - Gruppenunfallversicherung",
             "Abrechnung Invaliditätsleistung", "",
             "Versicherungsnehmerin: Brightwater Pflege Deutschland GmbH, Hamburg",
             "Vertrag: GU 77 118 260 (Gruppenunfall Beschäftigte, 24-Stunden-Deckung)",
             "Schaden-Nr.: GU-24-00981",
             "Versicherte Person: Agnieszka Nowak, geb. 19.07.1988, Pflegefachkraft",
             "Unfalltag: 06.02.2024 (Sturz auf vereistem Parkplatz Haus Alstertal)", "",
             "# Medizinischer Befund (Gutachten Dr. med. H. Rautenberg vom 12.02.2025)",
             "Distale Radiusfraktur rechts (S52.51), operative Versorgung mit",
             "winkelstabiler Plattenosteosynthese, Restbeschwerden bei Belastung,",
             "Bewegungseinschränkung Dorsalextension 20 Grad, Kraftminderung.",
             "Dauerhafte Beeinträchtigung: 1/5 Handwert rechts.", "",
             "# Berechnung",
             "Invaliditätsgrundsumme                       100.000,00 EUR",
             "Gliedertaxe Hand                            55 %",
             "Invaliditätsgrad 55 % x 1/5                 11 %",
             "Progression 225 % (greift erst ab 25 %)     entfällt",
             "Invaliditätsleistung                         11.000,00 EUR",
             "bereits gezahlter Vorschuss (05/2024)        -3.000,00 EUR",
             "Auszahlung                                    8.000,00 EUR", "",
             "Zahlung an die versicherte Person auf das mitgeteilte Konto.",
             "Eine Neubemessung kann bis drei Jahre nach dem Unfall verlangt werden.",
             "", "Kassel, 20.02.2025"]
    p = pdf(lines, title="Invaliditaetsabrechnung GU-24-00981", date="20250220094500")
    body = Text("""Dear Ms Brennan,

please find attached the invalidity benefit statement for your employee
in claim GU-24-00981 (group accident policy GU 77 118 260). The medical
assessment is now final; we will transfer EUR 8,000 to the account she
gave us within the next five working days.

As the statement contains medical information, please forward it to the
employee only (she has received the German original by post) and do not
file it in the HR record.

Kind regards,
Bernd Kallweit
Group Accident & Corporate Personal Lines
Auenwald Versicherung AG
""", cte="7bit", charset="us-ascii")
    return mail(21, KALLWEIT, [("Niamh Brennan", "niamh.brennan@brightwater-care.example")],
                "Group accident GU 77 118 260 - invalidity statement claim GU-24-00981",
                "2025-02-20 10:12", mixed(21, [body, Att(p, MT["pdf"], "GU-24-00981_Invaliditaetsabrechnung.pdf")]),
                "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
                "body harmless; PDF attachment: named nurse, birth date, radius fracture S52.51, invalidity degree (accident line)")


def m022():
    ib = iban("DE", "52060410" + "0004481207")
    lines = ["# Auenwald Versicherung AG", "Beitragsrechnung 2025", "",
             "Frau Monika Reuter-Hahn", "Tagespflege Lindenblüte", "Kirchweg 9", "34225 Baunatal", "",
             "Kundennummer: 7004 1182        Rechnungsdatum: 02.12.2024", "",
             "# Ihre Verträge",
             "GW-7731-5021-14  Gewerbe-Inhalt / Betriebsunterbrechung   1.184,20 EUR",
             "HB 3.150.309      Betriebshaftpflicht Tagespflege          1.402,50 EUR",
             "GL-0088-1204      Glasversicherung Betriebsräume             186,00 EUR",
             "zzgl. Versicherungsteuer                                     744,12 EUR",
             "Gesamt 01.01.2025 - 31.12.2025                              3.516,82 EUR", "",
             "Der Betrag wird am 02.01.2025 per SEPA-Lastschrift eingezogen von:",
             "IBAN " + grp(ib) + "   Kontoinhaberin: Monika Reuter-Hahn",
             "Mandatsreferenz AW-7004118200-01   Gläubiger-ID DE98ZZZ09999999999", "",
             "Bitte sorgen Sie für ausreichende Deckung Ihres Kontos."]
    p = pdf(lines, title="Beitragsrechnung 2025 Kunde 70041182", date="20241202080000")
    body = Text("""Guten Tag Frau Reuter-Hahn,

Ihre Beitragsrechnung für 2025 finden Sie im Anhang. Die Beiträge
für Inhalt und Haftpflicht sind wegen der gestiegenen Platzzahl (jetzt
18 Plätze) leicht gestiegen, die Glasversicherung ist unverändert.

Freundliche Grüße
Ihr Kundenservice Firmen
Auenwald Versicherung AG
""")
    return mail(22, ("Auenwald Kundenservice Firmen", P("firmenservice")),
                [("Monika Reuter-Hahn", "m.reuter-hahn@tagespflege-lindenbluete.example")],
                "Ihre Beitragsrechnung 2025 - Kundennummer 7004 1182", "2024-12-02 08:05",
                mixed(22, [body, Att(p, MT["pdf"], "Beitragsrechnung_2025_70041182.pdf")]),
                "CONFIDENTIAL", "de", "insurer-to-customer",
                "premium invoice of a sole trader (day-care owner) with IBAN and contract numbers in the PDF")


def m023():
    body = Text("""Sehr geehrte Frau Reuter-Hahn,

wir haben Ihren Glasschaden vom 09.09.2024 erfasst:

Schadennummer:  S-24-128830
Vertrag:        GL-0088-1204 (Glasversicherung Betriebsräume)
Schaden:        Bruch der großen Isolierglasscheibe im Aufenthaltsraum
                (ca. 2,10 x 1,60 m), Ursache lt. Ihrer Meldung ein
                Fußball vom Bolzplatz der Grundschule

Die Glaserei Kraushaar aus Baunatal ist beauftragt und meldet sich
direkt bei Ihnen wegen eines Termins; die Notverglasung vom Montag
übernehmen wir ebenfalls. Eine Selbstbeteiligung ist in Ihrem
Glasvertrag nicht vereinbart.

Den Regress gegen die Eltern bzw. deren Haftpflichtversicherung
prüfen wir selbst - Sie brauchen nichts weiter zu tun. Falls Sie den
Namen des Kindes erfahren, teilen Sie uns diesen aber gern mit.

Mit freundlichen Grüßen
Dennis Wojcik
Schaden Sach Gewerbe
""", charset="windows-1252", cte="quoted-printable")
    return mail(23, WOJCIK, [("Tagespflege Lindenblüte", "m.reuter-hahn@tagespflege-lindenbluete.example")],
                "Glasschaden S-24-128830", "2024-09-11 10:48", body,
                "CONFIDENTIAL", "de", "insurer-to-customer",
                "glass claim of a sole-trader day-care owner: named, claim and policy number, no injury",
                hcharset="windows-1252")


def m024():
    body = Text("""Sehr geehrter Herr Schwan,

wie heute Vormittag am Telefon besprochen, habe ich Ihnen das Schreiben
zusätzlich in Ihr Auenwald-Postfach gelegt, damit Sie es für die
Pflegekasse Ihrer Mutter und das Heim ausdrucken können.

Die rückwirkende Zahlung geht in den nächsten Tagen raus. Wenn Sie
Fragen zum Bescheid haben, rufen Sie mich gern direkt an.

Mit freundlichen Grüßen
Katrin Engelhard
Kundenservice Pflege
Auenwald Krankenversicherung AG
Tel. 0561 7730-2240
""")
    return mail(24, ENGELHARD, [("Henning Schwan", "henning.schwan@mailbox.example")],
                "Pflegegrad 4 - Frau Edeltraud Schwan - Höherstufung, Ihr Antrag vom 02.10.2024",
                "2024-11-19 11:32", body, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
                "body harmless; subject names the insured mother and her upgrade to care level 4")


def m025():
    body = Text("""Sehr geehrte Frau Pfisterer,

vielen Dank für die Fotos. Zum Starkregen in der Nacht vom 13. auf den
14.07.2024 halten wir fest:

Schaden-Nr.:   S-24-119455
Vertrag:       GW-7731-4402-18 (Inhalt inkl. Elementar, SB 10 %,
               mind. 1.000 EUR)
Ort:           Tiefgarage und Lagerraum UG, Am Sonnenweg 12, Göttingen

Ersetzt werden nach Elementarbaustein die beschädigten Inhalte des
Lagerraums (Inkontinenzmaterial, Verbandstoffe und Pflegehilfsmittel
aus Ihrem Lager, zwei Rollatoren aus dem Leihbestand, Aktenregal mit
Dienstplänen) sowie die Kosten für das Auspumpen und Trocknen.

Die drei Dienstwagen in der Garage sind NICHT über diesen Vertrag
versichert; bitte melden Sie diese Schäden über Ihre Kfz-Flotte
(Ansprechpartner dort: Herr Lüdtke) - ich habe die Kollegen schon
informiert.

Der Sachverständige Herr Obst wird sich für den 19.07. bei Ihnen
melden. Bitte werfen Sie bis dahin nichts weg, was noch nicht
fotografiert ist.

Freundliche Grüße
Dennis Wojcik
""")
    return mail(25, WOJCIK, [("Andrea Pfisterer", "a.pfisterer@pflegeteam-sonnenweg.example")],
                "Starkregen 13./14.07. - Ihr Schaden S-24-119455", "2024-07-16 15:03", body,
                "CONFIDENTIAL", "de", "insurer-to-company",
                "flood claim of a nursing service with named managing director, claim/policy number; care supplies only as goods")


def m026():
    plain = """Sehr geehrte Damen und Herren,

ab dem 01.03.2025 nehmen wir Rechnungen und Leistungsnachweise aus der
ambulanten, teilstationären und stationären Pflege nicht mehr per Fax
entgegen. Die Faxnummer 0561 7730-2299 wird zu diesem Datum abgeschaltet.

Bitte nutzen Sie stattdessen
  1. den elektronischen Datenaustausch nach § 105 SGB XI-analogem
     Verfahren über Ihre Abrechnungssoftware (bevorzugt),
  2. das Partnerportal https://partner.auenwald-versicherung.example
     (Upload als PDF, max. 20 MB je Vorgang) oder
  3. den Postweg: Auenwald Krankenversicherung AG, Pflegeabrechnung,
     Postfach 10 22 17, 34022 Kassel.

Bitte schicken Sie Rechnungen und Leistungsnachweise nicht als
normale E-Mail-Anhänge: darin stehen Gesundheitsdaten Ihrer
Klientinnen und Klienten, die unverschlüsselt nicht versendet werden
dürfen.

Zugangsdaten für das Partnerportal beantragen Sie formlos bei
partnerportal@auenwald-versicherung.example.

Mit freundlichen Grüßen
Ihr Leistungserbringer-Management Pflege
Auenwald Krankenversicherung AG
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>ab dem <b>01.03.2025</b> nehmen wir Rechnungen und Leistungsnachweise aus der ambulanten,
teilstation&auml;ren und station&auml;ren Pflege <b>nicht mehr per Fax</b> entgegen. Die Faxnummer
0561 7730-2299 wird zu diesem Datum abgeschaltet.</p>
<p>Bitte nutzen Sie stattdessen</p>
<ol>
<li>den elektronischen Datenaustausch &uuml;ber Ihre Abrechnungssoftware (bevorzugt),</li>
<li>das Partnerportal <a href="https://partner.auenwald-versicherung.example">partner.auenwald-versicherung.example</a> (Upload als PDF, max. 20&nbsp;MB je Vorgang) oder</li>
<li>den Postweg: Auenwald Krankenversicherung AG, Pflegeabrechnung, Postfach 10 22 17, 34022 Kassel.</li>
</ol>
<p style="background:#fff3cd;padding:6px">Bitte schicken Sie Rechnungen und Leistungsnachweise nicht als normale
E-Mail-Anh&auml;nge: darin stehen Gesundheitsdaten Ihrer Klientinnen und Klienten, die unverschl&uuml;sselt
nicht versendet werden d&uuml;rfen.</p>
<p>Zugangsdaten f&uuml;r das Partnerportal beantragen Sie formlos bei
<a href="mailto:partnerportal@auenwald-versicherung.example">partnerportal@auenwald-versicherung.example</a>.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr Leistungserbringer-Management Pflege<br>Auenwald Krankenversicherung AG</p>
</body></html>"""
    return mail(26, ("Leistungserbringer-Management Pflege", P("pflegepartner")), ["Vertragspartner Pflege:;"],
                "Wichtig: Abschaltung Fax Pflegeabrechnung zum 01.03.2025", "2025-01-15 09:00",
                alt(plain, html, 26), "NORMAL", "de", "insurer-to-care-provider",
                "trap: circular about switching off fax for care invoices; mentions health data in general only")


def m027():
    body = Text("""Dear Niamh,

thanks for the list. Before I put it into the system a word of caution
from our data protection team: membership of a trade union is a special
category of personal data, and we would rather not keep it in the group
accident file at all. For the union discount under the framework
agreement with the Gewerkschaft Pflege & Soziales (GPS) we only need the
total number of members per location, not the names.

As you already sent the names, for the record and so that you can check
our calculation, this is what we have applied from 1 January 2025 under
policy GU 77 118 260 (10 % on the per-head premium of EUR 96.00):

  Haus Alstertal, Hamburg:     Marek Zielinski, Olena Bondarenko,
                               Sven Harms (GPS works council)
  Haus Weserblick, Bremen:     Patricia Oduya, Dirk Lammers
  Haus Elbblick, Hamburg:      Beate Wrede

6 persons x EUR 9.60 = EUR 57.60 discount p.a.

Going forward please send us the head count per location only, and I
will delete the name list from our mailbox once you confirm the figures
above. I'd also suggest your payroll team does not forward the GPS
deduction report by e-mail again.

Kind regards,
Bernd Kallweit
Group Accident & Corporate Personal Lines
Auenwald Versicherung AG
""")
    return mail(27, KALLWEIT, [("Niamh Brennan", "niamh.brennan@brightwater-care.example")],
                "RE: Union discount group accident GU 77 118 260", "2024-12-18 14:22", body,
                "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
                "trade-union membership of named employees in a group accident contract (Art. 9 special category)",
                cc=[VOESSING], extra=["In-Reply-To: <BWC-HR-20241216-0044@brightwater-care.example>",
                                      "References: <BWC-HR-20241216-0044@brightwater-care.example>"])


def m028():
    body = Text("""Dear Ms Kowalczyk,

Purchase order PO-2025-0112

Further to your quote Q-AW-2025-03 we order:

  1  secure on-site shredding, DIN 66399 protection class 3,
     security level P-5, mobile shredder truck
     approx. 3.8 t of paper files (long-term care claims and care
     assessment files, retention period expired 31/12/2024)
     Location: Auenwaldallee 1, Kassel, archive rooms B-02 to B-06
  2  40 lockable 240 l bins for the interim period (4 weeks)
  3  certificate of destruction per batch

Dates: 10-12 March 2025, 07:00-15:00; the archive is opened and closed
by our staff only; your employees must sign the confidentiality
undertaking (Annex 3 of the framework agreement) before starting.

Price as quoted: EUR 0.21 per kg shredded + EUR 1,150.00 truck lump
sum + EUR 4.00 per bin per week, plus VAT.

Invoice to: rechnungseingang@auenwald-versicherung.example, quoting
PO-2025-0112.

Best regards,
Anke Rothe
Procurement / Central Services
Auenwald Versicherung AG
""", cte="7bit", charset="us-ascii")
    return mail(28, ROTHE, [("Ewa Kowalczyk", "e.kowalczyk@aktenwolf-entsorgung.example")],
                "PO-2025-0112 secure shredding care claims archive", "2025-02-10 12:01", body,
                "NORMAL", "en", "insurer-to-supplier",
                "trap: purchase order for shredding care assessment files; no person data")


def m029():
    rows = [["RechNr", "Pos", "Versicherte/r", "VersNr", "Pflegegrad", "Zeitraum", "Leistung",
             "Anzahl", "Einzelpreis", "Betrag"],
            ["SF-2411-01", 1, "Marianne Hölscher", "PV 503 118 620", 3, "11/2024", "LK 2 große Körperpflege", 30, "34,18", "1025,40"],
            ["SF-2411-01", 2, "Marianne Hölscher", "PV 503 118 620", 3, "11/2024", "LK 15 Hausbesuch", 30, "4,62", "138,60"],
            ["SF-2411-01", 3, "Karl-Heinz Bode", "PV 507 220 411", 2, "11/2024", "LK 1 kleine Körperpflege", 22, "19,70", "433,40"],
            ["SF-2411-01", 4, "Karl-Heinz Bode", "PV 507 220 411", 2, "11/2024", "Behandlungspflege Kompressionsstrümpfe", 44, "6,80", "299,20"],
            ["SF-2411-01", 5, "Elisabeth Rüdiger", "PV 511 903 372", 4, "11/2024", "LK 2 große Körperpflege", 60, "34,18", "2050,80"],
            ["SF-2411-01", 6, "Elisabeth Rüdiger", "PV 511 903 372", 4, "11/2024", "LK 4 Lagern/Mobilisation", 60, "12,31", "738,60"],
            ["SF-2411-01", 7, "Gustav Reinhold", "PV 502 771 045", 1, "11/2024", "Entlastungsbetrag Betreuung", 8, "15,75", "126,00"],
            ["SF-2411-01", 8, "Hannelore Schaaf", "PV 509 412 886", 3, "11/2024", "LK 3 Ausscheidungen", 30, "9,95", "298,50"],
            ["SF-2411-01", 9, "Hannelore Schaaf", "PV 509 412 886", 3, "11/2024", "Insulininjektion s.c.", 60, "7,10", "426,00"],
            ["SF-2411-01", 10, "Werner Kiefer", "PV 504 660 127", 2, "11/2024", "LK 1 kleine Körperpflege", 26, "19,70", "512,20"],
            ["SF-2411-01", 11, "Ingeborg Lutz", "PV 508 002 913", 3, "11/2024", "LK 2 große Körperpflege", 30, "34,18", "1025,40"],
            ["SF-2411-01", 12, "Ingeborg Lutz", "PV 508 002 913", 3, "11/2024", "Medikamentengabe", 60, "4,30", "258,00"],
            ["SF-2411-01", 13, "Rolf Brämer", "PV 510 384 550", 5, "11/2024", "LK 2 große Körperpflege", 60, "34,18", "2050,80"],
            ["SF-2411-01", 14, "Rolf Brämer", "PV 510 384 550", 5, "11/2024", "PEG-Versorgung", 30, "8,40", "252,00"],
            ["SF-2411-01", 15, "Johanna Weitzel", "PV 501 557 709", 2, "11/2024", "hauswirtschaftliche Versorgung", 8, "27,30", "218,40"],
            ["SF-2411-01", 16, "Dieter Kampmann", "PV 506 330 218", 3, "11/2024", "LK 2 große Körperpflege", 30, "34,18", "1025,40"],
            ["SF-2411-01", 17, "Erika Sauerwein", "PV 512 019 664", 2, "11/2024", "LK 1 kleine Körperpflege", 30, "19,70", "591,00"],
            ["SF-2411-01", 18, "Friedrich Heuser", "PV 503 904 331", 4, "11/2024", "Wundversorgung Dekubitus", 30, "11,20", "336,00"]]
    csvdata = csvtext(rows).encode("utf-8")
    body = Text("""Hallo Sevgi,

bitte aus der Sammelrechnung von Feldrain (Anhang, kam über das
Partnerportal) eine Stichprobe von 3 Positionen gegen die
Leistungsnachweise prüfen - vor allem die Behandlungspflege-Posten,
die gehören eigentlich nicht zu uns, sondern zur Krankenversicherung
bzw. GKV. Wenn das so durchgeht, zahlen wir doppelt.

Danke & Gruß
Murat

> -----Ursprüngliche Nachricht-----
> Von: Abrechnung Sozialstation Feldrain <abrechnung@sozialstation-feldrain.example>
> Gesendet: Freitag, 6. Dezember 2024 13:14
> An: Partnerportal Auenwald <partnerportal@auenwald-versicherung.example>
> Betreff: Sammelrechnung SF-2411-01 November 2024
>
> Sehr geehrte Damen und Herren,
> anbei unsere Sammelrechnung für November mit 12 Versicherten.
> Gesamtbetrag 11.205,70 EUR.
> Mit freundlichen Grüßen
> Ute Brinkhoff, Verwaltung
""")
    return mail(29, AYDIN, [("Sevgi Arslan", P("sevgi.arslan"))],
                "WG: Sammelrechnung SF-2411-01 November 2024 - bitte Stichprobe",
                "2024-12-09 08:44",
                mixed(29, [body, Att(csvdata, 'text/csv; charset="utf-8"', "SF-2411-01_Sammelrechnung_Nov2024.csv")]),
                "STRICTLY_CONFIDENTIAL", "de", "care-provider",
                "CSV attachment: 12 named insured with care numbers, care grades, insulin, PEG, pressure-sore wound care")


def m030():
    d = docx([("h", "Anlage 1 zum Antrag Vertrauensschadenversicherung VS-0412 207"),
              "Versicherungsnehmerin: Sozialstation Feldrain e.V., Feldrain 3, 34281 Gudensberg",
              "Namentlich versicherte Vertrauenspersonen (Zugang zu Bargeld, Haushaltskassen, Wohnungsschlüsseln der Klienten)",
              ("t", [["Nr.", "Name", "Vorname", "geb. am", "Funktion", "im Betrieb seit"],
                     [1, "Brinkhoff", "Ute", "14.02.1971", "Verwaltung, Kasse", "2009"],
                     [2, "Hamel", "Sören", "02.09.1985", "Pflegedienstleitung", "2016"],
                     [3, "Yıldız", "Ayşe", "27.11.1990", "stellv. PDL", "2018"],
                     [4, "Kästner", "Jörg", "08.06.1968", "Tourenplanung, Schlüsselverwaltung", "2004"],
                     [5, "Lindner", "Paula", "30.01.1997", "Alltagsbegleitung, Einkäufe", "2022"],
                     [6, "Ostrowski", "Irena", "19.03.1979", "Alltagsbegleitung, Einkäufe", "2020"],
                     [7, "Wagner", "Felix", "11.12.1993", "Hauswirtschaft", "2021"]]),
              "Versicherungssumme je Schadenfall: 100.000 EUR, Selbstbehalt 1.000 EUR.",
              "Die Angaben wurden vom Vorstand des Vereins geprüft. Gudensberg, 04.11.2024"],
             dt=(2024, 11, 4, 10, 30, 0), creator="Sozialstation Feldrain e.V.")
    body = Text("""Sehr geehrter Herr Hamel,

vielen Dank für den Antrag auf eine Vertrauensschadenversicherung.
Ich habe Ihre Personenliste (Anhang) übernommen und zurück in unser
Formatt gebracht - bitte prüfen Sie die Geburtsdaten noch einmal, bei
Frau Yıldız stand im Antrag 1909, ich bin von 1990 ausgegangen.

Nächste Schritte:
* Ich schicke Ihnen bis Ende der Woche das Angebot.
* Der Versicherungsschutz kann frühestens ab Eingang der
  unterschriebenen Erklärung zu Vorschäden beginnen.
* Neue Mitarbeitende mit Schlüsselzugang melden Sie bitte künftig
  quartalsweise nach.

Mit freundlichen Grüßen

Sabine Kettler
Firmenkunden Heilwesen & Soziales
Auenwald Versicherung AG
""")
    return mail(30, KETTLER, [("Sören Hamel", "pdl@sozialstation-feldrain.example")],
                "Ihr Antrag Vertrauensschaden VS-0412 207 - Personenliste",
                "2024-11-05 14:50",
                mixed(30, [body, Att(d, MT["docx"], "Anlage1_Vertrauenspersonen_Feldrain.docx")]),
                "CONFIDENTIAL", "de", "insurer-to-company",
                "DOCX list of named employees with birth dates for a fidelity policy; no health data")


def m031():
    x = xlsx([("Mai 2025", [
        ["Tagespflege Lindenblüte - Abrechnung Mai 2025 - Auenwald-Versicherte"],
        [],
        ["Gast", "Vers.-Nr.", "Pflegegrad", "Tage anwesend", "Fahrdienst (Tage)", "Pflegesatz/Tag", "Fahrt/Tag", "Betrag EUR", "Bemerkung"],
        ["Rosemarie Kuhlmann", "PV 504 871 336", 3, 12, 12, 68.4, 14.5, 994.8, ""],
        ["Alfred Gerlach", "PV 509 118 204", 2, 8, 0, 59.9, 0, 479.2, "bringt Tochter"],
        ["Waltraud Enders", "PV 502 667 913", 4, 17, 17, 74.1, 14.5, 1506.82, "Demenz, Hinlauftendenz, 1:1 am Nachm."],
        ["Bruno Schellhase", "PV 511 330 852", 3, 9, 9, 68.4, 14.5, 746.1, "ab 20.05. KH (Pneumonie)"],
        [],
        ["Summe", "", "", 46, 38, "", "", 3726.92, ""]])], dt=(2025, 6, 3, 8, 15, 0))
    body = Text("""Hallo zusammen,

anbei die Abrechnung Mai.

Grüße aus Baunatal
M. Reuter-Hahn

--
Tagespflege Lindenblüte
Inh. Monika Reuter-Hahn
Kirchweg 9, 34225 Baunatal
""", cte="8bit")
    fwd = Text("""Sevgi, kannst du das bitte übernehmen? Kam wieder per Mail statt
übers Portal. Ich schreibe Frau Reuter-Hahn nochmal deswegen.
Murat

""", cte="8bit")
    return mail(31, AYDIN, [("Sevgi Arslan", P("sevgi.arslan"))],
                "WG: Abrechnung Mai", "2025-06-03 09:02",
                mixed(31, [fwd, Rfc822(inner(("Tagespflege Lindenblüte", "m.reuter-hahn@tagespflege-lindenbluete.example"),
                                             [("Pflegeabrechnung Auenwald", P("pflegeabrechnung"))],
                                             "Abrechnung Mai", "2025-06-03 08:16",
                                             mixed(310, [body, Att(x, MT["xlsx"], "Abrechnung_05-2025_Auenwald.xlsx")]),
                                             "lindenbluete-0525"), "Abrechnung Mai.eml")]),
                "STRICTLY_CONFIDENTIAL", "de", "care-provider",
                "harmless bodies; XLSX inside forwarded mail: day-care guests with care numbers, care grades, dementia, pneumonia")


def m032():
    log = """2025-02-25 10:14:02 tls-probe v1.4 target=mx1.brightwater-care.example:25
2025-02-25 10:14:02 connect 198.51.100.37:25 ok (41 ms)
2025-02-25 10:14:02 <- 220 mx1.brightwater-care.example ESMTP ready
2025-02-25 10:14:02 -> EHLO gw-out-2.auenwald-versicherung.example
2025-02-25 10:14:02 <- 250-STARTTLS 250-SIZE 52428800 250 8BITMIME
2025-02-25 10:14:02 -> STARTTLS
2025-02-25 10:14:03 TLSv1.3 TLS_AES_256_GCM_SHA384 peer CN=mx1.brightwater-care.example
2025-02-25 10:14:03 chain ok, issuer "Example Trust RSA CA 2", notAfter 2025-11-30
2025-02-25 10:14:03 MTA-STS policy mode=enforce max_age=604800 (fetched)
2025-02-25 10:14:03 DANE: no TLSA records
2025-02-25 10:14:03 -> MAIL FROM:<tls-test@auenwald-versicherung.example>
2025-02-25 10:14:03 <- 250 2.1.0 ok
2025-02-25 10:14:03 -> RCPT TO:<it-security@brightwater-care.example>
2025-02-25 10:14:03 <- 250 2.1.5 ok
2025-02-25 10:14:04 <- 250 2.0.0 queued as 4XkT7m0pQz
2025-02-25 10:14:04 result: PASS (mandatory TLS can be enabled for domain)
"""
    body = Text("""Hi Marco,

TLS test to the Brightwater domain went through fine, log attached.
From my side we can switch the domain to "TLS mandatory" in the
gateway policy - could you raise the change for the CAB on Thursday?

The test message itself was just the usual "please ignore - TLS test"
text, nothing else.

Cheers
Tom
""", cte="7bit", charset="us-ascii")
    return mail(32, ASHBY, [FERRI], "TLS test brightwater-care.example - PASS", "2025-02-25 10:21",
                mixed(32, [body, Att(log.encode("ascii"), 'text/plain; charset="us-ascii"', "tls-probe_brightwater_20250225.log", cte="7bit")]),
                "NORMAL", "en", "internal",
                "trap: TLS test log to a care group's mail domain; technical only")


def m033():
    x = xlsx([("Insured persons", [
        ["Brightwater Pflege Deutschland GmbH - group accident GU 77 118 260 - census as at 01/01/2025 (extract: claimants 2020-2024)"],
        ["Name", "Date of birth", "Location", "Role", "Sum insured invalidity", "Claim no.", "Accident date", "Injury", "Invalidity degree", "Paid EUR"],
        ["Agnieszka Nowak", "1988-07-19", "Hamburg Alstertal", "RN", 100000, "GU-24-00981", "2024-02-06", "distal radius fracture right", "11 %", 11000],
        ["Kai-Uwe Petersen", "1975-03-02", "Hamburg Elbblick", "care assistant", 60000, "GU-22-00417", "2022-09-14", "lumbar disc prolapse after lifting (rejected, degenerative)", "0 %", 0],
        ["Svetlana Morozova", "1969-12-23", "Bremen Weserblick", "RN", 100000, "GU-21-00230", "2021-01-28", "ankle fracture (trimalleolar)", "8 %", 8000],
        ["Jonathan Amadi", "1991-05-30", "Bremen Weserblick", "care assistant", 60000, "GU-23-00702", "2023-06-11", "bite wound hand, tendon injury", "5 %", 3000],
        ["Heike Sommer", "1982-10-08", "Hannover List", "kitchen", 60000, "GU-20-00118", "2020-11-03", "scald burns forearm 2nd degree", "0 %", 1500],
        ["Marta Kowalska", "1979-04-17", "Hamburg Alstertal", "RN", 100000, "GU-24-01207", "2024-10-22", "concussion, car accident on way to work", "open", ""],
    ])], dt=(2025, 1, 9, 11, 0, 0))
    body = Text("""Dear James,

as requested for the renewal submission, the claims extract from the
group accident census for Brightwater Pflege Deutschland (GU 77 118 260).

Please be careful with this one - it is personal accident data with
names and injuries. It must not go into the general renewal pack that
goes to other markets; if a follow market needs it, anonymise names and
dates of birth first. I've protected nothing in the file itself, so
please store it on your restricted drive.

Headline: 6 claims in 5 years, EUR 23,500 paid, one open (reserve
EUR 15,000).

Best regards,
Bernd Kallweit
Auenwald Versicherung AG
""")
    return mail(33, KALLWEIT, [("James Pellham", "james.pellham@pellhamrowe.example")],
                "Brightwater group accident - claims extract for renewal", "2025-01-09 11:40",
                mixed(33, [body, Att(x, MT["xlsx"], "GU_77118260_claims_extract_2020-2024.xlsx")]),
                "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
                "XLSX: named employees with birth dates, accident injuries and invalidity degrees (accident line)",
                cc=[MARSH])


def m034():
    x = xlsx([("SOV 2025", [
        ["Brightwater Pflege Deutschland GmbH - Schedule of values / locations 2025"],
        ["Loc", "Home", "Address", "Beds", "Building SI EUR", "Contents SI EUR", "BI SI EUR", "Sprinkler", "Site contact", "Contact phone", "Policy"],
        [1, "Haus Alstertal", "Alsterkrugchaussee 510, 22335 Hamburg", 112, 14800000, 1650000, 2900000, "yes", "Katharina Lehnert", "+49 40 5550 2231", "GW-7731-6620-19"],
        [2, "Haus Elbblick", "Elbchaussee 905, 22587 Hamburg", 96, 13200000, 1400000, 2600000, "yes", "Björn Albers", "+49 40 5550 8812", "GW-7731-6620-19"],
        [3, "Haus Weserblick", "Vegesacker Heerstr. 144, 28757 Bremen", 84, 10900000, 1210000, 2150000, "no", "Dr. Ulrike Meinke", "+49 421 5550 4410", "GW-7731-6620-19"],
        [4, "Haus List", "Podbielskistr. 289, 30655 Hannover", 78, 9800000, 1080000, 1990000, "no", "Emre Yilmaz", "+49 511 5550 3097", "GW-7731-6620-19"],
        [5, "Haus Ilmenau", "Am Sande 71, 21335 Lüneburg", 64, 8100000, 920000, 1610000, "no", "Gesa Thormählen", "+49 4131 5550 612", "new 2025"],
        ["", "Total", "", 434, 56800000, 6260000, 11250000, "", "", "", ""]])], dt=(2025, 1, 20, 16, 0, 0))
    body = Text("""Dear Oliver,

thank you for the updated schedule of values. I've added the Lüneburg home
as location 5 and put the new totals against the renewal terms; please
check the file attached - in particular the site contacts, because the
claims team uses that column as the first point of contact for property
losses out of office hours.

Two points:
- Weserblick and List still show no sprinkler protection. Our risk engineer
  will want to see the fire detection maintenance reports for both.
- The BI sums for Alstertal look low against 112 beds; please confirm the
  12-month figure.

Kind regards,
Helen Marsh
International Underwriting
Auenwald Versicherung AG
""", cte="8bit")
    return mail(34, MARSH, [("Oliver Thwaite", "oliver.thwaite@brightwater-care.example")],
                "Brightwater SOV 2025 - updated with Lueneburg", "2025-01-20 16:32",
                mixed(34, [body, Att(x, MT["xlsx"], "Brightwater_SOV_2025_AW.xlsx")]),
                "CONFIDENTIAL", "en", "insurer-to-company",
                "property schedule with named site contacts and phone numbers per insured location, policy number",
                cc=[("Fiona Gallagher", "fiona.gallagher@brightwater-care.example")])


def m035():
    body = Text("""Sehr geehrter Herr Brink,

danke für Ihre Meldung von heute früh. Wir haben den Vandalismusschaden
an Ihrem Kleinbus aufgenommen:

  Fahrzeug:      VW Crafter 9-Sitzer mit Rampe, amtl. Kz. HMÜ-SR 112
  Vertrag:       KF-7731-2290-66 (Flotte, Teilkasko/Vollkasko)
  Schaden-Nr.:   K-24-044187
  Ereignis:      Nacht 22./23.11.2024, Parkplatz der Seniorenresidenz
                 Am Mühlbach, Hann. Münden - 4 Reifen zerstochen,
                 Fahrerseite zerkratzt, Außenspiegel abgetreten
  Entdeckt:      Herr Waldemar Kuhnert (Haustechnik), 06:45 Uhr

Vandalismus fällt unter die Vollkasko (SB 500 EUR). Bitte senden Sie
uns noch die Anzeige bei der Polizei Hann. Münden; das Aktenzeichen
reicht. Herr Kuhnert kann das Fahrzeug in die Partnerwerkstatt
Autohaus Weserbogen bringen, die Rechnung geht dann direkt an uns.

Als Ersatzfahrzeug für Ihren Fahrdienst zur Tagespflege übernehmen wir
bis zu 10 Tage einen Kleinbus der Klasse 9-Sitzer.

Mit freundlichen Grüßen
Team Kfz-Schaden Gewerbe
i. A. Dennis Wojcik
""")
    return mail(35, WOJCIK, [("Holger Brink", "h.brink@seniorenresidenz-muehlbach.example")],
                "Vandalismus Kleinbus HMÜ-SR 112 - K-24-044187", "2024-11-23 10:05", body,
                "CONFIDENTIAL", "de", "insurer-to-company",
                "fleet claim: named home manager and caretaker, plate number, policy/claim number; nobody hurt")


def m036():
    body = Text("""Dear Mr Fairbairn,

thank you for your e-mail and apologies for the confusion about your
mother's invoice for October.

I have now gone through the account for Mrs Margaret Fairbairn-Köhler
(policy PV 513 228 090) with the nursing service:

- Sonnenweg billed home care visits for 14-17 October, while your
  mother was in the Universitätsklinikum Göttingen after the fall and
  the suspected TIA. Those four days (EUR 204.16) have been taken off
  by us and the service has agreed; you will not be charged for them.
- The remaining invoice is correct. Because your mother's care level
  changed from 2 to 3 with effect from 1 October, the monthly cap for
  care in kind rose to EUR 1,497 and nearly all of October is now paid
  by us. The new assessment letter was sent to her address in
  Göttingen on 28 October.
- The EUR 131 relief amount for October has not been used yet; it
  can still be claimed until 30 June next year, for example for the
  cleaning help you mentioned.

Your share for October is therefore EUR 38.40, not EUR 412.60. The
service will send you a corrected invoice.

If your mother agrees, I would suggest that we send future statements
to you directly - she would need to sign the enclosed authorisation
(we will post it to her).

Kind regards,
Katrin Engelhard
Long-term Care Customer Service
Auenwald Krankenversicherung AG
""")
    return mail(36, ENGELHARD, [("Robert Fairbairn", "rob.fairbairn@northmail.example")],
                "Your mother's invoice October 2024 - PV 513 228 090", "2024-11-12 12:09", body,
                "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
                "named insured, care policy, hospital stay after fall and suspected TIA, care level change, care costs")


def m037():
    body = Text("""Liebe Kolleginnen und Kollegen im Kundenservice Pflege,

für die Schulung am Donnerstag hier vorab die Kurzübersicht zum
Begutachtungsinstrument (NBA), die ihr am Telefon parat haben solltet.
Bitte nicht an Kunden weitergeben, dafür gibt es den Flyer.

Die sechs Module und ihre Gewichtung:

  Modul 1  Mobilität                                      10 %
  Modul 2  kognitive und kommunikative Fähigkeiten    \\
  Modul 3  Verhaltensweisen und psychische Problemlagen  / 15 % (der höhere Wert zählt)
  Modul 4  Selbstversorgung                               40 %
  Modul 5  Umgang mit krankheits-/therapiebedingten
           Anforderungen                                  20 %
  Modul 6  Gestaltung des Alltagslebens und sozialer
           Kontakte                                       15 %

Gesamtpunkte -> Pflegegrad:
  12,5 bis unter 27     Pflegegrad 1
  27 bis unter 47,5     Pflegegrad 2
  47,5 bis unter 70     Pflegegrad 3
  70 bis unter 90       Pflegegrad 4
  90 bis 100            Pflegegrad 5 (bzw. besondere Bedarfskonstellation)

Typische Anruferfragen:
- "Warum zählt die Hilfe beim Einkaufen nicht?" -> Haushaltsführung
  wird erfasst, fließt aber nicht in die Punkte ein.
- "Meine Mutter hat Demenz, warum nur Pflegegrad 2?" -> nicht die
  Diagnose zählt, sondern die Selbständigkeit. Keine Aussagen zum
  Einzelfall am Telefon, sondern auf das Gutachten und den Widerspruch
  verweisen.
- Höherstufungsantrag jederzeit formlos möglich.

Fallbeispiele für die Übung bringe ich ausgedruckt mit (fiktiv).

Viele Grüße
Katrin
""", cte="quoted-printable")
    return mail(37, ENGELHARD, [("Team Kundenservice Pflege", P("ks-pflege-team"))],
                "Schulung Do: Kurzübersicht NBA / Pflegegrade", "2024-10-01 17:18", body,
                "NORMAL", "de", "internal",
                "trap: training note on the care-level assessment instrument, dementia as generic example, no person")


def m038():
    body = Text("""Sehr geehrte Frau Lenz,

Ihr Schreiben zum Schaden an Ihrem Pkw haben wir erhalten. Wir sind
der Betriebshaftpflichtversicherer der Seniorenresidenz Am Mühlbach
gGmbH und bearbeiten die Sache für den Betrieb.

Unser Zeichen:      HS-25-000214
Ihr Fahrzeug:       Opel Corsa, HMÜ-AL 447
Schadentag:         08.01.2025, ca. 05:30 Uhr
Hergang lt. Meldung: Der Hausmeister hat mit dem Schneeschieber-
                    Anbau des Kleintraktors auf dem Mitarbeiter-
                    parkplatz die hintere Stoßstange und den
                    Kotflügel hinten links beschädigt.

Der Betrieb hat den Hergang bestätigt. Wir übernehmen die
Reparaturkosten nach Gutachten bzw. Kostenvoranschlag. Da der
Schaden vermutlich unter 1.000 EUR liegt, genügt ein
Kostenvoranschlag Ihrer Werkstatt.

Bitte teilen Sie uns außerdem mit, auf welches Konto wir zahlen
sollen, und ob Sie vorsteuerabzugsberechtigt sind (vermutlich nicht,
da privates Fahrzeug).

Mit freundlichen Grüßen
Jonas Brandauer
Haftpflichtschaden Firmenkunden
""", cte="quoted-printable")
    return mail(38, BRANDAUER, [("Svenja Lenz", "svenja.lenz@freenet-mail.example")],
                "Ihr Fahrzeugschaden Parkplatz Seniorenresidenz - HS-25-000214", "2025-01-10 09:27", body,
                "CONFIDENTIAL", "de", "insurer-to-customer",
                "liability claim of a care-home employee: name, private plate number, claim number; no injury")


def m039():
    body = Text("""Sehr geehrter Herr Demir,

danke für den Anruf. Wir haben den Cyber-Schaden unter CY-25-000088
(Vertrag CY-2204-118, Cyber-Versicherung Pflegedienste) angelegt und
den Incident-Response-Dienstleister beauftragt. Unten der erste
Kurzbericht des Forensikers, der heute Nacht bei Ihnen remote
draufgeschaut hat (auf Englisch, Herr Varga arbeitet von Budapest aus).

Wichtig für Sie heute:
1. Bitte keine Systeme neu aufsetzen, bevor die Forensik die Images
   gezogen hat.
2. Die Meldung an die Datenschutzaufsicht (Art. 33 DSGVO, 72 Stunden)
   ist Ihre Pflicht als Verantwortlicher; unsere Datenschutz-Anwältin
   Frau Dr. Kronauer hilft beim Formular, Kosten sind mitversichert.
3. Ob Klientendaten abgeflossen sind, wissen wir noch nicht. Bitte
   informieren Sie noch niemanden einzeln, bis die Forensik das
   eingegrenzt hat.

Mit freundlichen Grüßen
Sabine Kettler

> From: Gábor Varga <g.varga@sentinel-ir.example>
> Sent: 14 January 2025 03:12
> Subject: Hand in Hand Pflege - initial triage CY-25-000088
>
> Initial triage (remote, 01:30-03:00 CET):
> - Ransomware note "AKIRA-like" found on file server HIH-FS01 and on
>   two office PCs; care documentation software DB server appears
>   encrypted (extension .qwx). Backups on NAS also encrypted; offline
>   USB backup from 06/01 reportedly exists (ask Mr Demir).
> - Initial access most likely VPN account "tourplanung" without MFA,
>   logins from foreign IPs since 09/01.
> - Outbound traffic of ~4.2 GB to a cloud storage IP on 12/01, content
>   unknown - exfiltration of client records cannot be excluded.
> - Contacts on site: Yusuf Demir (MD), +49 151 5550 7720; external IT
>   Lars Oberländer, +49 160 5550 3318.
> Next: imaging of server and PCs on site tomorrow 09:00.
> GV
""")
    return mail(39, KETTLER, [("Yusuf Demir", "y.demir@handinhand-pflege.example")],
                "Cyber-Schaden CY-25-000088 - erste Schritte / initial triage",
                "2025-01-14 08:10", body, "CONFIDENTIAL", "mixed", "insurer-to-company",
                "cyber claim of a nursing service: named MD and IT contractor with mobile numbers, policy/claim numbers; no client data",
                cc=[("Gábor Varga", "g.varga@sentinel-ir.example")])


def m040():
    body = Text("""Hallo zusammen,

anbei das Protokoll unseres Qualitätszirkels "Haftung in der Pflege"
vom 12.03. Die Fälle sind wie vereinbart anonymisiert (keine Namen,
keine Orte, Alter in 10er-Bändern, Daten verschoben).

TOP 1 - Fall A
Bewohnerin, 90-99 Jahre, Pflegegrad 4-5, Heim in Nordhessen.
Sturz aus dem Bett nachts, Bettgitter nicht hochgestellt, keine
dokumentierte Einwilligung/Verfügung zu freiheitsentziehenden
Maßnahmen. Ergebnis im Zirkel: Haftung des Heims eher abzulehnen,
wenn Sturzrisikoeinschätzung aktuell und Maßnahmen (Niederflurbett,
Sensormatte) dokumentiert. Gegenbeispiel BGH-Rechtsprechung zu
"vorhersehbaren" Stürzen besprochen.

TOP 2 - Fall B
Ambulanter Dienst, Klient 70-79 Jahre. Schlüsselverlust durch
Mitarbeiterin, Schließanlage des Mehrfamilienhauses getauscht.
Deckung über Schlüsselverlust-Klausel PH 07, Diskussion über
Sublimit (viele Verträge nur 20.000 EUR).

TOP 3 - Kennzahlen
Sturzbedingte Haftpflichtschäden 2024: 61 Meldungen, 19 mit Zahlung,
Ø Zahlung 6.870 EUR; Dekubitusschäden: 14 Meldungen, 6 mit Zahlung.

Nächster Termin: 11.06., dann Schwerpunkt Medikationsfehler.

Gruß
Jonas
""", flowed=True, cte="8bit")
    return mail(40, BRANDAUER, [("QZ Haftung Pflege", P("qz-haftung-pflege"))],
                "Protokoll QZ Haftung in der Pflege 12.03.", "2025-03-13 15:40", body,
                "NORMAL", "de", "internal",
                "trap: anonymised case discussion (age bands, no names/places) and aggregated claim figures")


def m041():
    ev = ics([{"uid": "aw-pb-20250311-finch@auenwald-versicherung.example",
               "stamp": "20250303T091500Z",
               "start": "20250311T100000", "end": "20250311T113000",
               "summary": "Home visit care assessment (review) - Mr Gerald Finch - PV 514 770 302",
               "location": "Sonnenbergstr. 41, 65193 Wiesbaden, 2nd floor (lift)",
               "description": ("Review of care level (currently Pflegegrad 2) on application of 12/02/2025.\n"
                               "Diagnoses on file: Parkinson's disease (G20.1), orthostatic hypotension, "
                               "two falls since December.\n"
                               "Insured speaks English only - please conduct the visit in English. "
                               "Wife (Mrs Evelyn Finch) will be present.\n"
                               "Previous assessment: 04/2023 (Pflegeblick, Ms Sommerfeld)."),
               "organizer": ("Dr. Ilka Wendt", WENDT[1]),
               "attendees": [("Joanna Pryce", "j.pryce@pflegeblick.example")]}])
    body = Text("""Dear Joanna,

thank you for taking this one at short notice. The invitation with the
appointment details is attached; the insured confirmed the slot by phone
this morning. Please send the report through the portal as usual, not by
e-mail.

Best,
Ilka Wendt
""", cte="7bit", charset="us-ascii")
    return mail(41, WENDT, [("Joanna Pryce", "j.pryce@pflegeblick.example")],
                "Assessment appointment 11 March", "2025-03-03 10:15",
                mixed(41, [body, Att(ev, MT["ics"], "invite.ics")]),
                "STRICTLY_CONFIDENTIAL", "en", "insurer-to-assessor",
                "body harmless; ICS: named insured, address, care level, Parkinson's G20.1, falls")


def m042():
    d = docx([("h", "DPIA workshop - care assessment reports in the customer portal"),
              "Date: 22 October 2024, 10:00-12:30, room K3.14 / Teams",
              "Participants: C. Vössing (DPO), I. Wendt (medical service), K. Engelhard (customer service care), "
              "M. Ferri (IT), T. Ashby (partner mgmt), external: Pflegeblick GmbH (2 persons)",
              ("b", "1. Processing in scope"),
              "Upload of care assessment reports by the assessor into the portal; notification of the insured "
              "or the authorised relative; download; retention 10 years after end of benefit.",
              ("b", "2. Risks identified"),
              ("t", [["#", "Risk", "Likelihood", "Severity", "Measure"],
                     ["R1", "Report visible to wrong relative after change of authorisation", "medium", "high",
                      "authorisation check before each release; 4-eyes for changes"],
                     ["R2", "Assessor uploads to wrong case number", "low", "high",
                      "case number + date of birth check in upload dialogue"],
                     ["R3", "Notification mail reveals content", "low", "medium",
                      "notification text fixed, no subject details"],
                     ["R4", "Download on shared family PC", "medium", "medium",
                      "hint text; watermark with name (open)"]]),
              ("b", "3. Decisions"),
              "Go-live 1 February 2025 subject to R1 and R2 measures. Article 9(2)(h) GDPR and § 22 BDSG as legal basis "
              "for the medical service; consent for portal delivery to relatives.",
              ("b", "4. Open items"),
              "Watermark (IT, by 30/11); revised consent text (DPO, by 15/11); test with synthetic reports only.",
              "Minutes: T. Ashby"], dt=(2024, 10, 23, 9, 0, 0))
    body = Text("""Hi all,

minutes of yesterday's DPIA workshop attached. Please send corrections by
Friday, then Claudia will file the final version in the DPIA register.

Reminder: for the portal tests we use the synthetic reports only (the
"Erika Musterfrau" set) - no real reports in the test environment, not
even redacted ones.

Tom
""", cte="7bit", charset="us-ascii")
    return mail(42, ASHBY, [VOESSING, WENDT, ENGELHARD, FERRI],
                "Minutes DPIA workshop care assessment reports in portal", "2024-10-23 09:12",
                mixed(42, [body, Att(d, MT["docx"], "DPIA_Minutes_2024-10-22_care_reports_portal.docx")]),
                "NORMAL", "en", "internal",
                "trap: DPIA minutes about health data processing, risk table, synthetic test data; no real person")


def m043():
    body = Text("""Sehr geehrte Frau Becker,

zu dem Sturz Ihres Bewohners Herrn Kurt Ebeling (geb. 11.08.1931,
Wohnbereich 2) am 27.12.2024 haben uns inzwischen die Angehörigen
über ihren Anwalt Ansprüche angemeldet. Wir haben den Vorgang als
Betriebshaftpflichtschaden angelegt:

  Versicherungsnehmerin: Haus Abendrot Pflegeheim GmbH
  Vertrag:               HB 3.166.731
  Schaden-Nr.:           HS-25-000061

Nach dem Anwaltsschreiben erlitt Herr Ebeling bei dem Sturz im
Speisesaal eine mediale Schenkelhalsfraktur rechts (S72.01), wurde
im Stadtkrankenhaus Korbach mit einer Hüft-TEP versorgt und ist
seitdem nicht mehr gehfähig; seit 20.01. liegt er im Wohnbereich 3
mit Pflegegrad 5. Es werden Schmerzensgeld (15.000 EUR) und die
Mehrkosten der Pflege geltend gemacht.

Bitte senden Sie uns bis 14.02.2025 über das Partnerportal:
- die Pflegedokumentation vom 01.12.2024 bis 31.01.2025,
- die Sturzrisikoeinschätzungen und den Maßnahmenplan,
- das Sturzprotokoll und die Dienstpläne vom 27.12. (Früh/Spät),
- die Stellungnahme der Pflegefachkraft, die den Sturz bemerkt hat.

Bitte geben Sie gegenüber den Angehörigen oder dem Anwalt keine
Erklärungen zur Haftung ab und verweisen Sie an uns. Die
Schweigepflichtentbindung der Betreuerin liegt uns vor.

Mit freundlichen Grüßen
Jonas Brandauer
Haftpflichtschaden Firmenkunden
Auenwald Versicherung AG
""" + "\n" + FOOT_AG)
    return mail(43, BRANDAUER, [("Swetlana Becker", "heimleitung@haus-abendrot.example")],
                "Haftpflichtschaden HS-25-000061 - Sturz Bewohner 27.12.2024", "2025-01-31 13:50", body,
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
                "named resident with birth date, femoral neck fracture S72.01, hip replacement, care level 5, liability claim")


def m044():
    body = Text("""Hallo Herr Kuhnert,

danke für die schnelle Meldung und die Fotos. Zum Rohrbruch in der
Residenz halte ich fest:

- Schaden-Nr. S-24-127761, Gebäudeversicherung GW-7731-2290-40
  (Versicherungsnehmerin: Seniorenresidenz Am Mühlbach gGmbH)
- Ursache: geplatzter Flexschlauch unter der Teeküche im 3. OG,
  Wasser durch die Decke in den Gemeinschaftsraum 2. OG und den Flur
- betroffen: Deckenplatten, Laminat, eine Wand im Flur, die
  Sitzgruppe im Gemeinschaftsraum (Inventar = Inhaltsversicherung,
  läuft unter derselben Nummer mit)

Die Trocknungsfirma Aquadry kommt morgen um 8 Uhr; bitte sorgen Sie
dafür, dass jemand die Räume aufschließt. Leckageortung ist nicht
nötig, die Ursache ist ja klar.

Die Apartments der Bewohner sind laut Ihrer Nachricht nicht
betroffen. Falls doch ein Mieter Schäden an eigenen Sachen meldet,
gehört das in dessen eigene Hausratversicherung - bitte entsprechend
weitergeben.

Viele Grüße
Dennis Wojcik
Schaden Sach Gewerbe
Auenwald Versicherung AG
Tel. 0561 7730-3371
""", charset="iso-8859-1", cte="8bit")
    return mail(44, WOJCIK, [("Waldemar Kuhnert", "haustechnik@seniorenresidenz-muehlbach.example")],
                "Rohrbruch 3. OG - S-24-127761", "2024-09-05 16:22", body,
                "CONFIDENTIAL", "de", "insurer-to-company",
                "water claim of a retirement residence with named caretaker, claim/policy number; residents not named",
                cc=[("Holger Brink", "h.brink@seniorenresidenz-muehlbach.example")], hcharset="iso-8859-1")


def m045():
    body = Text("""Sehr geehrter Herr Brink,

wir nehmen Bezug auf Ihre Schadenanzeige vom 18.11.2024 zum Vorfall
in Ihrem Wohnbereich Pflege ("Haus B").

Betroffener: Herr Egon Fassbender, Zimmer B 08, Pflegegrad 4
Diagnosen lt. Ihrer Anzeige: fortgeschrittene Alzheimer-Demenz
(G30.1/F00.1), ausgeprägte Hinlauftendenz, KHK
Vorfall: 16.11.2024, zwischen ca. 17:30 und 21:10 Uhr unbemerkt
durch die Terrassentür des Speiseraums verlassen; von der Polizei
gegen 23:40 Uhr an der Werra-Böschung gefunden, unterkühlt
(Körpertemperatur 33,8 °C), Prellungen; stationär im Klinikum
Hann. Münden bis 21.11.

Die Tochter, Frau Dagmar Fassbender-Roth, hat angekündigt, das Heim
in Anspruch zu nehmen. Bevor wir Stellung nehmen, benötigen wir:

1. Ihre Risikoeinschätzung zur Hinlauftendenz und die dokumentierten
   Maßnahmen (Türsicherung, Sensorarmband ja/nein, Betreuerbeschluss
   zu freiheitsentziehenden Maßnahmen),
2. die Dienstbesetzung des Wohnbereichs am 16.11. ab 17 Uhr,
3. den Zeitpunkt der letzten dokumentierten Sichtung,
4. ob die Terrassentür mit der Türüberwachung verbunden war.

Wir bitten um Übermittlung über das Partnerportal.

Mit freundlichen Grüßen
Jonas Brandauer
""")
    return mail(45, BRANDAUER, [("Holger Brink", "h.brink@seniorenresidenz-muehlbach.example")],
                "Ihr Schaden HS-24-019902 - Vorfall 16.11.2024", "2024-11-20 10:33", body,
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
                "named resident with Alzheimer's G30.1/F00.1, care level, hypothermia, hospital stay; liability claim")


def m046():
    body = Text("""Dear Ms Lund,

we would like to order the translation of our customer guide
"Pflegegrade verständlich erklärt" (edition 2025) from German into
English.

- Source: 24 pages, approx. 6,900 words, InDesign IDML + PDF for
  reference (will follow via your upload link)
- Target: British English, plain-language style, for relatives of
  insured persons who do not read German
- Terminology: please use our glossary (attached to the framework
  agreement, version 3.2): e.g. Pflegegrad = "care level",
  Pflegegeld = "care allowance", Pflegesachleistung = "care services
  in kind", Verhinderungspflege = "respite care", Entlastungsbetrag =
  "relief amount"
- Deadline: 28 February 2025
- Budget as per price list: EUR 0.16/word + DTP at hourly rate

The brochure contains no personal data - only the example "Mrs A.,
82, lives alone" on page 9, which is fictitious.

Order number PO-2025-0087, cost centre 4120.

Best regards,
Anke Rothe
Procurement, Auenwald Versicherung AG
""", cte="quoted-printable")
    return mail(46, ROTHE, [("Kristin Lund", "k.lund@sprachwerk-uebersetzungen.example")],
                "PO-2025-0087 translation care level guide DE>EN", "2025-01-28 11:11", body,
                "NORMAL", "en", "insurer-to-supplier",
                "trap: translation order for a care-level brochure; fictitious example person only")


def m047():
    body = Text("""Hallo Frau Pfisterer,

kurze Rückmeldung zum Parkschaden Ihres Dienstwagens:

Fahrzeug:     Renault Clio, GÖ-PS 208 (Flottenvertrag KF-7731-1104-12)
Fahrerin:     Frau Melanie Strobach (Pflegefachkraft)
Datum/Ort:    04.12.2024, 10:15 Uhr, Göttingen, Weender Landstraße,
              Parkplatz vor der Apotheke
Hergang:      beim Ausparken das hintere Fahrzeug (BMW 3er,
              GÖ-KT 5521) angestoßen, Stoßstange eingedrückt
Verletzt:     niemand

Den Haftpflichtschaden des Geschädigten regulieren wir direkt unter
K-24-046390; Ihr eigenes Fahrzeug hat nur einen Kratzer, das lohnt
sich über Kasko nicht (SB 1.000 EUR).

Bitte sagen Sie Frau Strobach, dass sie sich nicht selbst beim
Geschädigten melden muss. Wenn dessen Versicherung oder Anwalt sie
anschreibt, einfach an uns weiterleiten.

Beste Grüße
Team Kfz-Schaden Gewerbe, i. A. Dennis Wojcik
""")
    return mail(47, WOJCIK, [("Andrea Pfisterer", "a.pfisterer@pflegeteam-sonnenweg.example")],
                "Parkschaden GÖ-PS 208 / K-24-046390", "2024-12-05 14:18", body,
                "CONFIDENTIAL", "de", "insurer-to-company",
                "fleet liability claim: named driver (nurse), plate numbers, claim number; nobody hurt")


def m048():
    body = Text("""Team,

for Thursday's underwriting masterclass, here is case study 3. It is a
composite of several files and all details are invented or changed -
please do not try to match it to a real claim.

CASE STUDY 3 - "The night round"

A 120-bed nursing home in a mid-sized German town. A resident in her
late eighties, high fall risk documented, is found on the floor of her
room at 04:30. The night shift (2 qualified staff + 1 assistant for
three units) had last seen her at 01:15. She has a fractured hip and
dies in hospital eleven days later of pneumonia.

The family claims that hourly checks were agreed at the last case
conference; the care plan says "regular checks". The home's night
staffing met the state minimum.

Questions for discussion
1. Which documents decide liability in a German court?
2. How would you reserve: pain and suffering, funeral costs,
   bereavement damages (s. 844(3) BGB), recourse by the health insurer?
3. What does this tell you about the risk at renewal - staffing ratios,
   sensor mats, low beds?
4. Would an "abuse & molestation" exclusion be relevant? (no - why not?)

Typical outcome in comparable files: EUR 10-25k settlement, recourse
claims of the health insurer often higher than the family's claim.

Helen
""", cte="7bit", charset="us-ascii")
    return mail(48, MARSH, [("UW Trainees 2025", P("uw-trainees"))],
                "Masterclass Thursday - case study 3 (fictitious)", "2025-02-18 17:05", body,
                "NORMAL", "en", "internal",
                "trap: fictitious training case of a fall with hip fracture and death; no identifiable person")


def m049():
    body = Text("""Guten Tag,

für Ihre Einrichtung wurde ein Zugang zum Auenwald Partnerportal Pflege
eingerichtet.

Benutzername:    pp-30417-admin
Einmal-Passwort: Kx7#pQ2m-Lv9t

Das Einmal-Passwort ist 72 Stunden gültig. Bei der ersten Anmeldung
unter https://partner.auenwald-versicherung.example werden Sie
aufgefordert, ein eigenes Passwort und eine Sicherheitsfrage
festzulegen und die Zwei-Faktor-Anmeldung (App) einzurichten.

Als Administrator Ihrer Einrichtung können Sie anschließend weitere
Benutzer für Ihre Mitarbeiterinnen und Mitarbeiter anlegen und deren
Rechte (Abrechnung hochladen, Bescheide einsehen) festlegen.

Falls Sie diesen Zugang nicht beantragt haben, melden Sie sich bitte
umgehend unter 0561 7730-2200.

Ihr Auenwald Partnerportal-Team
""")
    return mail(49, ("Auenwald Partnerportal", P("partnerportal")), ["verwaltung@tagespflege-sonnenhof.example"],
                "Ihr Zugang zum Auenwald Partnerportal Pflege", "2025-01-27 07:42", body,
                "NORMAL", "de", "insurer-to-care-provider",
                "trap: one-time password for a care provider's portal account; no personal data",
                extra=["Auto-Submitted: auto-generated"])


def m050():
    body = Text("""Sehr geehrter Herr Dr. Vollmer,

wir bestätigen den Eingang Ihres Schreibens vom 03.03.2025.

Sie haben das Gebäude Kirchweg 9, 34225 Baunatal, zum 30.04.2025
verkauft und kündigen deshalb die Wohngebäudeversicherung

  Versicherungsnehmer: Dr. Hartmut Vollmer, Lindenstr. 22, 34225 Baunatal
  Vertrag:             WG-4470-1188-03 (gewerblich genutztes Gebäude,
                       Nutzung: Tagespflege im EG und 1. OG)

Bitte beachten Sie: Nach § 95 VVG geht die Gebäudeversicherung mit
dem Eigentumsübergang (Eintragung im Grundbuch) auf den Erwerber über.
Sie selbst können nicht zum Verkaufsdatum kündigen; kündigen kann
der Erwerber innerhalb eines Monats nach Eintragung. Bis dahin bleibt
der Vertrag bestehen, den Beitrag schuldet Ihnen gegenüber anteilig
der Erwerber.

Bitte teilen Sie uns daher Namen und Anschrift des Käufers sowie das
Datum der Grundbucheintragung mit, sobald es feststeht. Den
anteiligen Beitrag für 2025 rechnen wir dann ab.

Die Mieterin, Frau Reuter-Hahn, hat ihre eigene Inhaltsversicherung
bei uns; diese ist vom Verkauf nicht betroffen.

Mit freundlichen Grüßen
Auenwald Versicherung AG
Vertragsservice Firmen
i. A. Jana Pohl
""", charset="windows-1252", cte="quoted-printable")
    return mail(50, POHL, [("Dr. Hartmut Vollmer", "h.vollmer@mailbox.example")],
                "Ihre Kündigung WG-4470-1188-03 / Verkauf Kirchweg 9", "2025-03-07 10:02", body,
                "CONFIDENTIAL", "de", "insurer-to-customer",
                "private landlord as policyholder: name, home address, policy number, sale of building",
                hcharset="windows-1252")


def m051():
    body = Text("""Sehr geehrte Frau Marquardt,

leider konnten wir den fälligen Beitrag für Ihre Betriebshaftpflicht-
versicherung nicht einziehen. Ihre Bank hat die Lastschrift
zurückgegeben (Rückgabegrund: AC04 - Konto erloschen).

Vertrag:          HB 3.171.226
Versicherungsnehmerin: Ines Marquardt, Ambulante Pflege Marquardt e.K.
Fälliger Beitrag: 1.286,74 EUR (01.02.2025 - 31.01.2026)
Rücklastschrift-
gebühr der Bank:     3,50 EUR
Gesamt:           1.290,24 EUR
bisheriges Konto: DE** **** **** **** **37 12 (Sparkasse Werra-Meißner)

Bitte überweisen Sie den Betrag bis zum 28.02.2025 oder teilen Sie
uns Ihre neue Bankverbindung mit, dann ziehen wir erneut ein.

Bitte beachten Sie: Wird der Erstbeitrag nicht rechtzeitig gezahlt,
besteht nach § 37 VVG kein Versicherungsschutz. Gerade für einen
Pflegedienst ist eine Lücke in der Haftpflicht riskant - sprechen
Sie uns an, falls eine Ratenzahlung hilft.

Freundliche Grüße
Beitragsservice Firmen
Auenwald Versicherung AG
""")
    return mail(51, ("Auenwald Beitragsservice Firmen", P("beitragsservice")),
                [("Ines Marquardt", "info@pflege-marquardt.example")],
                "Rücklastschrift Vertrag HB 3.171.226", "2025-02-12 07:58", body,
                "CONFIDENTIAL", "de", "insurer-to-customer",
                "sole trader (nursing service owner): returned direct debit, masked account, contract number, amounts")


def m052():
    body = Text("""Thank you for your message.

I am out of the office until Monday 6 January 2025 with no access to
e-mail.

Reinsurance and large-loss notifications: please write to
reinsurance@auenwald-versicherung.example or call Helen Marsh on
+49 561 7730-3344.
Facilities (building B archive etc.): facility@auenwald-versicherung.example

Happy holidays,
Tom Ashby

---
Vielen Dank für Ihre Nachricht. Ich bin bis 06.01.2025 nicht im Büro.
Rückversicherung / Großschäden: reinsurance@auenwald-versicherung.example
""", cte="quoted-printable")
    return mail(52, ASHBY, ["claire.dubois@nordstern-re.example"],
                "Automatic reply: Q4 bordereau care-sector liability", "2024-12-23 10:01", body,
                "NORMAL", "en", "insurer-to-partner",
                "trap: out-of-office auto-reply, no content",
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])


def m053():
    body = Text("""Dear Niamh,

we have registered the accident of your employee under the group
accident policy GU 77 118 260:

  Claim no.:       GU-25-00144
  Insured person:  Mr Jonathan Amadi, care assistant, Haus Weserblick
  Accident:        22 January 2025, approx. 19:40, during evening care
                   a resident with advanced dementia and known
                   aggressive behaviour bit him in the right forearm
  Treatment:       A&E Klinikum Bremen-Nord the same evening - wound
                   cleaning, antibiotic prophylaxis (amoxicillin/
                   clavulanic acid), tetanus booster; stitches not
                   possible because of infection risk. Follow-up with
                   his GP; unfit for work 23/01 - 05/02 so far.

As it is his second bite injury (GU-23-00702 in June 2023, tendon
injury left hand, 5 % invalidity), we will ask for the final medical
report after treatment, to see whether the earlier injury plays a role.

Please also report this to the statutory accident insurer (BGW) - our
policy pays on top of, not instead of, the statutory benefits.

Could you let me know whether the unit has changed anything in the
care of that resident? No names please - we only need to know about
the measures for the risk file.

Kind regards,
Bernd Kallweit
""", cte="quoted-printable")
    return mail(53, KALLWEIT, [("Niamh Brennan", "niamh.brennan@brightwater-care.example")],
                "GU 77 118 260 - accident notification Weserblick 22/01", "2025-01-27 09:40", body,
                "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
                "group accident claim: named employee, bite wound, antibiotic treatment, sick leave, earlier invalidity")


def m054():
    body = Text("""Dear Mr Osei,

Re: Daybreak Tagespflege Frankfurt-Bornheim - incident during transport
on 4 March 2025 - our ref. HS-25-000377 (liability) / K-25-011802 (motor)

Thank you for the incident report and the driver's statement. To
summarise what we have:

- Guest: Mr Henryk Zawadzki (78), attends the day-care centre three
  days a week; known epilepsy, on levetiracetam.
- During the morning pick-up round he had a generalised seizure in
  the minibus (F-DB 404). He was not wearing the lap belt because the
  belt had been unbuckled at his request ("too tight"). He slid off
  the seat and hit his head on the wheelchair restraint rail.
- Driver Ms Leonie Schäfer stopped, called 112; Mr Zawadzki was taken
  to Bürgerhospital Frankfurt: laceration of the scalp (stitched),
  concussion, discharged after 48 hours of observation.

His son has asked for "the insurance details". Two covers are
relevant: the compulsory motor liability of the minibus (the guest is
a passenger) and your public liability. We will handle both under the
references above - please pass our details to the son and nothing more.

We would be grateful for: the transport agreement with the guest
(belt/assistance arrangements), the driver's training record
(first aid, seizure protocol), and whether the centre had written
information from the family or GP on his epilepsy.

Kind regards,
Jonas Brandauer
Liability Claims, Commercial Lines
Auenwald Versicherung AG
""")
    return mail(54, BRANDAUER, [("Kwame Osei", "k.osei@harbourlane-care.example")],
                "Incident during transport 4 March - HS-25-000377 / K-25-011802", "2025-03-07 15:25", body,
                "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
                "day-care guest named with age, epilepsy, medication, seizure, concussion, hospital stay")


def m055():
    html = """<html><head><meta charset="utf-8"><title>Auenwald Broker Brief</title></head>
<body style="margin:0;background:#eef1f4;font-family:Georgia,serif">
<table width="640" align="center" cellpadding="18" style="background:#ffffff">
<tr><td style="background:#1f4e5a;color:#fff"><h1 style="margin:0;font-size:22px">Broker Brief &middot; Care Sector</h1>
<p style="margin:4px 0 0 0">Auenwald Versicherungen &middot; Issue 11 &middot; February 2025</p></td></tr>
<tr><td>
<h2 style="font-size:18px">D&amp;O for care operators: the questions underwriters ask now</h2>
<p>Insolvencies among German care operators rose sharply in 2023 and 2024. Directors of care home
groups face claims from insolvency administrators, from funders and, increasingly, from regulators.
Our new D&amp;O wording for care operators (CareDO 2025) covers:</p>
<ul>
<li>claims by insolvency administrators under &sect; 15b InsO (cash payments after insolvency)</li>
<li>regulatory investigation costs (home supervisory authorities, data protection authorities)</li>
<li>costs of defence in criminal proceedings until final conviction</li>
</ul>
<h3 style="font-size:15px">Indicative premiums (EUR, limit 5m, no prior claims)</h3>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#dfe9ec"><th>Turnover</th><th>Beds / clients</th><th>Premium from</th></tr>
<tr><td>&lt; 10m</td><td>&lt; 150</td><td>2,900</td></tr>
<tr><td>10&ndash;50m</td><td>150&ndash;800</td><td>7,400</td></tr>
<tr><td>&gt; 50m</td><td>&gt; 800</td><td>on request</td></tr>
</table>
<p>Underwriting questions: equity ratio, occupancy, staffing-agency spend, status of negotiations with
care funds, and any pending inspections with deficiencies.</p>
<h2 style="font-size:18px">Webinar</h2>
<p>13 March 2025, 10:00 CET: &ldquo;Falls, pressure sores, medication errors &ndash; what the claims data
says&rdquo;. Anonymised portfolio analysis, no case details.
<a href="https://makler.auenwald-versicherung.example/webinar-care">Register here</a>.</p>
</td></tr>
<tr><td style="font-size:11px;color:#666">You receive this newsletter as a registered broker of Auenwald Versicherungen.
<a href="https://makler.auenwald-versicherung.example/unsubscribe">Unsubscribe</a> &middot;
Auenwald Versicherung AG, Auenwaldallee 1, 34117 Kassel</td></tr>
</table></body></html>"""
    return mail(55, ("Auenwald Broker Brief", P("brokerbrief")), ["Broker Brief Care:;"],
                "Broker Brief Care Sector #11: D&O for care operators", "2025-02-24 08:30",
                Text(html, "html", cte="quoted-printable"), "NORMAL", "en", "newsletter",
                "trap: HTML-only broker newsletter, premium table and claim types in general, no person",
                extra=["List-Unsubscribe: <https://makler.auenwald-versicherung.example/unsubscribe>", "Precedence: bulk"])


def m056():
    body = Text("""Dear Mrs Castellano,

thank you for your call yesterday - as promised, a short summary in
English, and below the German wording of the decision for your files
(the official letter has gone out by post).

* Your husband, Mr Marco Castellano (policy PV 516 402 118), has been
  assigned care level 2 (Pflegegrad 2) from 1 November 2024, based on
  the assessment on 19 November (score 38.75 points - the main
  limitations were in mobility and in coping with therapy needs after
  his heart surgery).
* As you are caring for him at home yourself, he receives the care
  allowance (Pflegegeld) of EUR 332 per month, paid to his account
  ending -4410. The back payment for November and December
  (EUR 664) will arrive next week.
* You can also use the relief amount of EUR 131/month for a cleaning
  or shopping service registered under state law.

--- German text of the decision / Bescheidtext ---
"Wir stellen bei Herrn Marco Castellano ab 01.11.2024 Pflegegrad 2
fest. Die Pflegeperson Frau Lucia Castellano wird bei der
Rentenversicherung gemeldet, sofern sie mindestens 10 Stunden
wöchentlich an mindestens zwei Tagen pflegt."

Please note: as his carer you may be covered for pension contributions;
we have sent you a separate questionnaire for that.

Best regards / Mit freundlichen Grüßen
Katrin Engelhard
Kundenservice Pflege, Auenwald Krankenversicherung AG
""")
    return mail(56, ENGELHARD, [("Lucia Castellano", "lucia.castellano@mailbox.example")],
                "Care level decision / Pflegegrad-Bescheid - Marco Castellano", "2025-01-08 12:44", body,
                "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-relative",
                "named insured, care level 2, heart surgery, care allowance and account ending; English with German decision text")


def m057():
    body = Text("""Dear Claire,

ahead of our treaty meeting, the aggregated figures for the care-sector
liability portfolio (underwriting years 2020-2024, as at 31/12/2024).
All figures in EUR thousands, 100 % basis.

UWY   Policies  GWP     Paid    O/S     Incurred  LR
2020    812     4,910   2,804     310    3,114   63 %
2021    861     5,388   2,970     622    3,592   67 %
2022    903     5,917   2,411   1,450    3,861   65 %
2023    958     6,602   1,622   2,480    4,102   62 %
2024    1,021   7,344     498   3,315    3,813   52 %  (immature)

By cause (count of claims, all years):
falls 41 %, pressure sores 9 %, medication errors 7 %, burns/scalds 4 %,
absconding residents 3 %, property of residents (loss/damage) 22 %,
key loss 8 %, other 6 %.

Large losses > EUR 250k: five in five years (2 falls with fatal
outcome, 1 scald in bath, 1 missed diagnosis of sepsis, 1 fire with
smoke inhalation). Details on the large losses are in the individual
notifications already sent; I have deliberately left them out here.

Proposal for 2025: retention unchanged at EUR 500k, we would like to
discuss the sublimit for abuse & molestation.

Best regards,
Tom
""", cte="7bit", charset="us-ascii")
    return mail(57, ASHBY, [("Claire Dubois", "claire.dubois@nordstern-re.example")],
                "Care-sector liability - portfolio figures 2020-2024", "2025-02-04 10:47", body,
                "NORMAL", "en", "insurer-to-partner",
                "trap: aggregated loss ratios and causes (falls, sepsis, fatal outcomes) for the reinsurer; no individual case")


def m058():
    body = Text("""Dear Mr Yilmaz,

thank you for notifying us promptly. We have opened liability claim
HS-25-000198 (policy HB 3.204.117, Brightwater Pflege Deutschland GmbH,
location Haus List, Hannover).

As we understand your report:

- Resident: Mr Heinrich Tölle, room 1.22, type 2 diabetes on insulin
  (basal-bolus), care level 3.
- On 12 February at 07:30 a temporary nurse administered 40 units of
  insulin lispro instead of 4 units (misread handwritten dose on the
  medication chart). At 09:15 Mr Tölle was found drowsy with a blood
  glucose of 31 mg/dl; glucose was given i.v. by the emergency doctor
  and he was kept at Klinikum Region Hannover for two nights for
  monitoring. No lasting damage has been reported so far.
- His daughter has been informed and asked for a written explanation.

Please
1. keep the original medication chart and the insulin pen,
2. send us the statement of the nurse and of the staffing agency
   (name of the agency is enough, we may have to take recourse),
3. tell us what has changed (typed medication plans? double check for
   insulin?).

Please do not promise the family any payment. If they ask for
compensation, refer them to us; we will respond within two weeks.

Kind regards,
Helen Marsh / Jonas Brandauer
Auenwald Versicherung AG
""")
    return mail(58, MARSH, [("Emre Yilmaz", "emre.yilmaz@brightwater-care.example")],
                "Medication incident Haus List 12/02 - claim HS-25-000198", "2025-02-14 11:30", body,
                "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
                "named resident with diabetes, insulin overdose, hypoglycaemia, hospital monitoring, care level",
                cc=[BRANDAUER])


def m059():
    ev = ics([{"uid": "ltc-forum-2025@auenwald-versicherung.example", "stamp": "20250210T120000Z",
               "start": "20250424T093000", "end": "20250424T163000",
               "summary": "Long-Term Care Forum 2025 - Hamburg",
               "location": "Hotel Hafenkante, Konferenzraum Elbe, Hamburg",
               "description": ("09:30 Welcome\n10:00 Demography and care demand to 2040 (Nordstern Re)\n"
                               "11:00 Staffing ratios and liability - what the claims say (Auenwald)\n"
                               "12:30 Lunch\n13:30 Panel: private care insurance and the cap on own contributions\n"
                               "15:00 Workshop: digital care documentation and data protection\n16:30 End"),
               "organizer": ("Tom Ashby", ASHBY[1]),
               "attendees": [("Claire Dubois", "claire.dubois@nordstern-re.example"),
                             ("Dr. Konstantin Reimers", "reimers@lpph-verband.example")]}])
    body = Text("""Dear Claire, dear Dr Reimers,

please save the date for this year's Long-Term Care Forum on 24 April in
Hamburg. The programme is in the calendar entry; speakers' slides will
follow in April. Lunch is provided - please let Jana know about any
dietary requirements by 10 April.

Best regards,
Tom Ashby
""", cte="7bit", charset="us-ascii")
    return mail(59, ASHBY, [("Claire Dubois", "claire.dubois@nordstern-re.example"),
                            ("Dr. Konstantin Reimers", "reimers@lpph-verband.example")],
                "Save the date: Long-Term Care Forum 24 April, Hamburg", "2025-02-10 13:05",
                mixed(59, [body, Att(ev, MT["ics"], "LTC_Forum_2025.ics")]),
                "NORMAL", "en", "insurer-to-partner",
                "trap: event invitation with ICS, care topics and named business contacts only")


def m060():
    body = Text("""Hallo zusammen,

weil in den letzten Tagen viele Anrufe kamen, hier die FAQ zum
Entlastungsbetrag für die Hotline. Bitte in OneNote unter
"Pflege > Leistungen" ablegen.

1. Wie hoch ist der Entlastungsbetrag?
   131 EUR monatlich ab 01.01.2025 (vorher 125 EUR), ab Pflegegrad 1.

2. Wird er ausgezahlt?
   Nein. Er wird nur gegen Rechnung eines nach Landesrecht
   anerkannten Angebots erstattet (Tagespflege, Kurzzeitpflege,
   ambulanter Dienst - bei PG 2-5 nicht für Selbstversorgung -,
   anerkannte Alltagsbegleiter, Haushaltshilfen mit Anerkennung).

3. Verfällt der Betrag?
   Nicht genutzte Beträge eines Kalenderjahres können bis 30.06. des
   Folgejahres genutzt werden.

4. Nachbarschaftshilfe?
   In Hessen nur mit Anerkennung als Nachbarschaftshelfer/in und
   Schulung (Nachweis anfordern!).

5. Was sagen wir, wenn jemand Rechnungen "auf Vorrat" einreichen will?
   Nur für bereits erbrachte Leistungen; Zeitraum muss auf der
   Rechnung stehen.

Bitte am Telefon keine Auskunft zu konkreten Konten/Beträgen, wenn
die Legitimation (Versicherungsnummer + Geburtsdatum + Anschrift)
nicht vollständig ist.

Danke & Gruß
Katrin
""", cte="8bit")
    return mail(60, ENGELHARD, [("Hotline Pflege", P("hotline-pflege"))],
                "FAQ Entlastungsbetrag für die Hotline", "2025-01-13 08:29", body,
                "NORMAL", "de", "internal",
                "trap: call-centre FAQ on relief amount and legitimation rules, no person")


def m061():
    rows = [["case_id", "insured_name", "insured_no", "date_of_birth", "care_level", "provider_ik",
             "service_code", "units", "unit_price", "payee_iban", "expected_result"],
            ["TC-001", "Max Mustermann (fiktiv)", "PV 999 000 001", "1940-01-01", 2, "460000001", "LK01", 20, "19.70",
             "DE89370400440532013000", "ACCEPT"],
            ["TC-002", "Erika Musterfrau (fiktiv)", "PV 999 000 002", "1935-12-31", 5, "460000001", "LK02", 62, "34.18",
             "DE89370400440532013000", "REJECT E117 units > days*2"],
            ["TC-003", "Max Mustermann (fiktiv)", "PV 999 000 001", "1940-01-01", 2, "460000001", "LK15", 20, "4.62",
             "DE89370400440532013001", "REJECT E032 IBAN checksum"],
            ["TC-004", "Test Testperson (fiktiv)", "PV 999 000 003", "1950-06-15", 1, "460000002", "ENT01", 8, "15.75",
             "DE89370400440532013000", "ACCEPT (relief amount)"],
            ["TC-005", "Erika Musterfrau (fiktiv)", "PV 999 000 002", "1935-12-31", 5, "999999999", "LK02", 30, "34.18",
             "DE89370400440532013000", "REJECT E201 provider unknown"]]
    body = Text("""Hi Dmitri,

attached the synthetic test cases for the new EDI import of care
invoices (sprint 14). All persons are fictitious ("Mustermann" set,
insured numbers in the 999 range which our production system rejects),
the IBAN is the published documentation example - TC-003 deliberately
has a wrong check digit.

Expected results are in the last column. Could you run them on your
staging instance and send us the response files (CAREBILL-RSP) by
Wednesday?

Thanks,
Priya
""", cte="7bit", charset="us-ascii")
    return mail(61, NATARAJAN, [("Dmitri Volkov", "d.volkov@carebill-software.example")],
                "Sprint 14 - synthetic test cases EDI care invoices", "2024-12-02 15:58",
                mixed(61, [body, Att(csvtext(rows, ",").encode("ascii"), 'text/csv; charset="us-ascii"',
                                     "testcases_edi_care_sprint14.csv")]),
                "NORMAL", "en", "insurer-to-supplier",
                "trap: synthetic test cases with fictitious Mustermann persons and published example IBAN")


def m062():
    body = Text("""Dear Mr Haverkamp,

Our reference: S-24-127761 (recourse)
Insured: Seniorenresidenz Am Mühlbach gGmbH, Hann. Münden

We are the building insurer of the above residence. On 4 September 2024
a flexible supply hose under the kitchenette on the 3rd floor burst and
caused water damage to two floors. The hose had been installed by your
company on 17 June 2024 (your invoice 24-0611, fitter Mr Patrick Sauer)
as part of the kitchenette renovation.

According to the expert report (enclosed by post), the hose was kinked
during installation and its braid was damaged; a manufacturing defect
has been excluded.

We have indemnified our insured with EUR 23,418.60 and hereby claim
this amount from you under § 86 VVG (transfer of claims). Please
forward this letter to your liability insurer and let us know the
insurer's name and your policy number within 14 days.

For your information, the contact person at the residence for an
inspection is the caretaker, Mr Waldemar Kuhnert (+49 5541 5550 218).

Yours sincerely,
Dennis Wojcik
Property Claims / Recourse
Auenwald Versicherung AG
""")
    return mail(62, WOJCIK, [("Jan Haverkamp", "j.haverkamp@haverkamp-haustechnik.example")],
                "Recourse claim S-24-127761 - water damage Seniorenresidenz Am Mühlbach", "2024-12-16 09:55",
                body, "CONFIDENTIAL", "en", "insurer-to-company",
                "recourse letter naming contractor's fitter and the insured's caretaker with phone; claim number")


def m063():
    body = Text("""Dear Mr Okafor,

thank you for your e-mail of 2 October and the photographs.

We are the liability insurer of Haus Abendrot Pflegeheim GmbH in
Korbach. You report that on 29 September 2024, during the storm, a
large branch from a lime tree on the home's grounds fell onto your car
(Skoda Octavia, KB-CO 318), which was parked on the public street
outside while you were visiting.

Our reference is HS-24-017102. We have asked the home for the tree
inspection records (trees next to public roads have to be checked
regularly). If the tree was healthy and the branch broke only because
of the storm (wind force 10 was recorded), the home is not liable; in
that case your own comprehensive motor cover (Teilkasko) would pay for
storm damage.

To take a decision we need:
- a repair estimate or an expert's report,
- your registration certificate (Part I),
- your bank details for any payment.

Nobody was injured, as you wrote - we are glad to hear that.

Kind regards,
Jonas Brandauer
""", cte="7bit", charset="us-ascii")
    return mail(63, BRANDAUER, [("Chinedu Okafor", "c.okafor@mailbox.example")],
                "Your car damage 29/09/2024 - our ref. HS-24-017102", "2024-10-04 10:18", body,
                "CONFIDENTIAL", "en", "insurer-to-customer",
                "third-party claimant named with plate number and claim reference; nobody hurt")


def m064():
    body = Text("""Dear Mr Whitaker,

we have received your claim for daily long-term care benefit under your
supplementary policy PZ-8841-2207 (tariff PTG 50, EUR 50 per day at
full benefit).

From the documents you sent (discharge letter of the Klinikum Fulda of
14 January 2025 and the report of the rehabilitation clinic in Bad
Hersfeld) we understand that you suffered an ischaemic stroke (I63.9)
on 29 December 2024 with right-sided weakness and speech difficulties,
and that you have been back home since 7 February.

Under the policy terms, the daily benefit depends on the care level
set in the statutory (or compulsory private) care insurance. Your
assessment by the care insurer has been scheduled for 3 March. As soon
as we have the decision, we will pay:

  care level 2: 30 % = EUR 15.00/day
  care level 3: 50 % = EUR 25.00/day
  care level 4: 80 % = EUR 40.00/day
  care level 5: 100 % = EUR 50.00/day

retroactively from the date of application (10 February 2025). The
waiver of premium applies from care level 3.

If writing is still difficult for you, your wife may correspond with us
on your behalf - she would only need to return the authorisation we
sent.

We wish you a good recovery.

Kind regards,
Katrin Engelhard
Long-term Care Customer Service
Auenwald Krankenversicherung AG
""")
    return mail(64, ENGELHARD, [("Graham Whitaker", "g.whitaker@northmail.example")],
                "Your claim for daily care benefit - PZ-8841-2207", "2025-02-17 14:06", body,
                "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "policyholder's stroke I63.9 with hemiparesis, hospital and rehab, pending care level; care supplement policy")


def m065():
    body = Text("""Vielen Dank für Ihre Nachricht.

Ich bin vom 23.12.2024 bis einschließlich 03.01.2025 nicht im Haus.
Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen zur Pflegeabrechnung (Rückforderungen,
Zahlungsavis, Abrechnungsfehler) wenden Sie sich bitte an
pflegeabrechnung@auenwald-versicherung.example oder
Tel. 0561 7730-2260.

Leistungsnachweise und Rechnungen bitte NICHT an diese Adresse,
sondern über das Partnerportal.

Mit freundlichen Grüßen
Murat Aydın
""")
    return mail(65, AYDIN, ["abrechnung@pflegeteam-sonnenweg.example"],
                "Abwesenheitsnotiz: AW: Rechnung 2024-12-0388", "2024-12-27 11:12", body,
                "NORMAL", "de", "insurer-to-care-provider",
                "trap: out-of-office reply of the care-invoice clerk; subject names only an invoice number",
                extra=["Auto-Submitted: auto-replied"])


def m066():
    body = Text("""Dear Ms Adjei,

following your phone call this morning we have registered the
needle-stick injury of your employee under your group accident policy
GU 77 131 508 (Harbour Lane Home Care Frankfurt GmbH):

Claim no.: GU-24-01332
Employee:  Ms Priscilla Mensah, registered nurse, born 03/04/1992
Date:      21 November 2024, during a home visit (insulin injection);
           the used pen needle slipped when the client moved suddenly
           and pierced her left index finger through the glove.

You told us that the client is known to be hepatitis C positive and
that Ms Mensah had a baseline blood test (HCV-PCR, anti-HCV, HIV,
HBsAg) at the occupational physician the same day; she is vaccinated
against hepatitis B.

Under clause 2.3 of the policy, infections caused by a needle-stick
injury are covered as an accident. A benefit is payable only if an
infection actually occurs and leads to permanent impairment; the test
costs themselves are paid by the statutory accident insurer (BGW).
Please therefore also file the accident report with the BGW if you
have not done so.

We will keep the file open and ask you to send us, with Ms Mensah's
consent, the results of the follow-up tests after 6 weeks, 3 months
and 6 months. Please send them by post or through our portal - not by
e-mail.

Kind regards,
Bernd Kallweit
Group Accident & Corporate Personal Lines
Auenwald Versicherung AG
""", cte="quoted-printable")
    return mail(66, KALLWEIT, [("Abena Adjei", "a.adjei@harbourlane-care.example")],
                "Needle-stick injury 21/11 - GU-24-01332", "2024-11-22 16:11", body,
                "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
                "named nurse with birth date, needle-stick injury, HIV/hepatitis tests; client's hepatitis C status")


def m067():
    ib = iban("DE", "52250030" + "0056102998")
    body = Text("""Hallo Kollegen,

bitte das neue Konto bei Vertrag HB 3.171.226 hinterlegen und den
Beitrag erneut einziehen (Rücklastschrift vom 12.02.). Das Mandat hat
Frau Marquardt unterschrieben, Scan liegt in der Akte.

Danke
Jana

-------- Weitergeleitete Nachricht --------
Von: Ines Marquardt <info@pflege-marquardt.example>
Datum: 14.02.2025, 19:47
Betreff: Re: Rücklastschrift Vertrag HB 3.171.226
An: beitragsservice@auenwald-versicherung.example

Guten Abend,

Entschuldigung, das alte Geschäftskonto bei der Sparkasse habe ich im
Januar aufgelöst und vergessen, es Ihnen mitzuteilen. Bitte buchen Sie
ab sofort von meinem neuen Konto ab:

Ines Marquardt
{ib}
Volksbank Werra-Meißner

Das SEPA-Mandat habe ich unterschrieben als Foto angehängt. Können Sie
die Bankgebühr von 3,50 vielleicht kulant weglassen? Wäre nett.

Mit freundlichen Grüßen
Ines Marquardt
Ambulante Pflege Marquardt e.K.
Bahnhofstr. 17, 37269 Eschwege
""".format(ib=ib.lower()), cte="8bit")
    return mail(67, POHL, [("Beitragsservice Firmen", P("beitragsservice"))],
                "WG: Re: Rücklastschrift Vertrag HB 3.171.226 - neues Konto", "2025-02-17 08:51", body,
                "CONFIDENTIAL", "de", "customer",
                "forwarded customer mail: sole trader's new IBAN (lower case, ungrouped), name, address, contract")


def m068():
    body = Text("""Sehr geehrter Herr Rosenthal,

vielen Dank für Ihre Nachricht vom 07.01. Es tut mir leid, dass Ihre
Mutter, Frau Ruth Rosenthal, in den ersten Wochen im Wohnbereich Pflege
der Seniorenresidenz Am Mühlbach so schlechte Erfahrungen gemacht hat.

Sie schreiben, dass die Küche trotz Ihrer Hinweise bei der Aufnahme
mehrfach Speisen mit Schweinefleisch und gemischte Milch-/Fleisch-
gerichte serviert hat, dass Ihre Mutter als gläubige Jüdin diese nicht
isst und dadurch an manchen Tagen kaum etwas zu sich genommen hat, und
dass am Schabbat keine Rücksicht auf ihren Wunsch genommen wurde,
keine elektrischen Geräte zu bedienen (Rufanlage, Aufzug).

Als private Pflegeversicherung Ihrer Mutter zahlen wir den
pflegebedingten Anteil des Heimentgelts (Pflegegrad 3); die
Verpflegung und die Gestaltung des Alltags regelt der Heimvertrag
zwischen Ihrer Mutter und dem Heim. Wir können dem Heim deshalb
nichts vorschreiben. Wir haben Ihre Beschwerde aber - wie von Ihnen
gewünscht - an die Einrichtungsleitung, Herrn Brink, weitergegeben und
um Stellungnahme gebeten. Außerdem ist die Heimaufsicht des Landkreises
Göttingen (Beratungs- und Prüfbehörde) die richtige Stelle für eine
förmliche Beschwerde; die Kontaktdaten finden Sie unten.

Ich melde mich, sobald die Stellungnahme des Heims vorliegt,
spätestens am 31.01.2025.

Mit freundlichen Grüßen

Friederike Lamm
Beschwerdemanagement
Auenwald Krankenversicherung AG

Heimaufsicht Landkreis Göttingen: heimaufsicht@landkreis-goettingen.example
""")
    return mail(68, LAMM, [("Daniel Rosenthal", "d.rosenthal@posteo-mail.example")],
                "Ihre Beschwerde vom 07.01.2025 - Ihre Mutter Frau Ruth Rosenthal", "2025-01-10 15:37", body,
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
                "religious belief of a named care-home resident (Art. 9), poor food intake, care level 3")


def m069():
    body = Text("""Hallo Sevgi, hallo Tobias,

wie am Montag besprochen hier die neuen Plausibilitätsregeln für die
automatische Vorprüfung der ambulanten Pflegerechnungen. Gehen am
01.04. in Produktion; bis dahin laufen sie im Schattenbetrieb, d. h. es
wird nur protokolliert, nicht gekürzt.

Regel  Prüfung                                                 Aktion
P01    LK 2 (große Körperpflege) max. 2x je Tag                 Klärung
P02    LK 1 und LK 2 am selben Einsatz                         Kürzung LK 1
P03    Hausbesuchspauschale max. 1x je Einsatz                  Kürzung
P04    Leistungen an Tagen mit Krankenhausaufenthalt            Kürzung + Hinweis
       (Abgleich mit KH-Meldungen aus der PKV-Leistung)
P05    Behandlungspflege (SGB V) in Pflegerechnung              Zurückweisung
P06    Entlastungsbetrag bei PG 2-5 für Selbstversorgung        Zurückweisung
P07    Summe Sachleistung > Höchstbetrag des Pflegegrads        Kappung, Rest an Vers.
P08    Rechnung > 90 Tage nach Leistungsmonat                   Klärung
P09    IK des Dienstes nicht im Vertragspartnerverzeichnis      Zurückweisung
P10    Leistungsnachweis ohne Handzeichen (Scan-Erkennung)      Klärung

Die Schwellen sind so gewählt, dass im Testlauf mit den Rechnungen
aus Oktober (anonymisierter Abzug, nur Rechnungsnummern) rund 7 % der
Rechnungen in die Klärung gegangen wären, das sind ca. 350 im Monat.

Bitte testet P04 besonders, da hängt die Schnittstelle zur
Krankenversicherung dran.

Gruß
Murat
""")
    return mail(69, AYDIN, [("Sevgi Arslan", P("sevgi.arslan")), ("Tobias Grün", P("tobias.gruen"))],
                "Neue Plausibilitätsregeln Pflegerechnungen ab 01.04.", "2025-02-26 10:50", body,
                "NORMAL", "de", "internal",
                "trap: rule table for checking care invoices (hospital stays, care grades) without any person")


def m070():
    body = Text("""Sehr geehrter Herr Sieber,

Ihr Schreiben vom 11.03.2025 an die Seniorenresidenz Am Mühlbach hat
uns die Einrichtung zur Bearbeitung übergeben. Wir sind deren
Betriebshaftpflichtversicherer.

Unser Zeichen: HS-25-000412

Nach Ihrer Schilderung ist Ihr Wollmantel (Marke Loden-Frey,
gekauft 2021 für 420 EUR) am 08.03. im Café der Residenz durch ein
frisch mit Reinigungsmittel gewischtes Sitzpolster verfärbt worden;
ein Schild "frisch gereinigt" war nicht aufgestellt. Die Reinigung
hat den Fleck nicht entfernen können (Bestätigung liegt Ihrem
Schreiben bei).

Die Einrichtung bestätigt den Vorfall. Wir bieten Ihnen zum Ausgleich
den Zeitwert des Mantels an, den wir bei einem Alter von gut drei
Jahren mit 230 EUR ansetzen, zuzüglich der Reinigungskosten von
18,50 EUR, zusammen 248,50 EUR.

Wenn Sie einverstanden sind, teilen Sie uns bitte Ihre Bankverbindung
mit. Den Mantel müssen Sie nicht einschicken.

Mit freundlichen Grüßen
Jonas Brandauer
Haftpflichtschaden Firmenkunden
Auenwald Versicherung AG
""", charset="iso-8859-1", cte="quoted-printable")
    return mail(70, BRANDAUER, [("Bernhard Sieber", "b.sieber@freenet-mail.example")],
                "Ihr Mantel - Seniorenresidenz Am Mühlbach - HS-25-000412", "2025-03-18 11:21", body,
                "CONFIDENTIAL", "de", "insurer-to-customer",
                "third-party claimant named with claim reference and settlement offer; property only",
                hcharset="iso-8859-1")


def m071():
    body = Text("""Liebe Frau Reuter-Hahn,

danke für die Info, ich habe Ihre neue Privatanschrift in allen drei
Verträgen geändert:

  neu ab 01.10.2024: Monika Reuter-Hahn, Am Baunsberg 31, 34225 Baunatal
  (bisher: Hollandstr. 4, 34127 Kassel)

  GW-7731-5021-14   Gewerbe-Inhalt / BU
  HB 3.150.309      Betriebshaftpflicht Tagespflege
  GL-0088-1204      Glas

Die Betriebsanschrift der Tagespflege (Kirchweg 9) bleibt natürlich
Versicherungsort. Post zu den Verträgen geht weiter an die Tagespflege,
wie bisher - oder möchten Sie die Post lieber privat bekommen?

Ihre neue Handynummer 0176 5550 3321 habe ich als Notfallnummer bei
Schäden außerhalb der Öffnungszeiten hinterlegt.

Viele Grüße aus Kassel
Sabine Kettler
""", flowed=True, cte="8bit")
    return mail(71, KETTLER, [("Monika Reuter-Hahn", "m.reuter-hahn@tagespflege-lindenbluete.example")],
                "AW: Umzug / neue Adresse", "2024-09-26 13:40", body,
                "CONFIDENTIAL", "de", "insurer-to-customer",
                "sole trader's private old and new home address, mobile number, contract numbers",
                extra=["In-Reply-To: <3b1e0c77-41aa-4c90-bbe1@tagespflege-lindenbluete.example>",
                       "References: <3b1e0c77-41aa-4c90-bbe1@tagespflege-lindenbluete.example>"])


def m072():
    body = Text("""Sehr geehrte Frau Dr. Fuchs,

vielen Dank für Ihr Interesse und das nette Gespräch auf der
Altenpflege-Messe in Nürnberg.

Wie besprochen hier die Eckpunkte unserer Betriebshaftpflicht für
stationäre Pflegeeinrichtungen (Tarif "Pflege stationär 2025"):

- Deckung 5 / 10 / 15 Mio. EUR pauschal für Personen- und Sachschäden
- Obhutsschäden an Sachen der Bewohner (Brillen, Hörgeräte, Zahn-
  prothesen, Kleidung) bis 25.000 EUR, ohne Nachweis eines
  Verschuldens bis 500 EUR je Fall ("Kulanzbaustein")
- Schlüsselverlust, auch Generalschlüssel, bis 100.000 EUR
- Abhandenkommen von Bewohnergeld bis 2.500 EUR
- Vermögensschäden aus Verletzung des Datenschutzes bis 250.000 EUR
- Mitversichert: Praktikanten, Ehrenamtliche, Leiharbeitskräfte

Richtwert für den Beitrag: ca. 38-55 EUR netto je Bewohnerplatz und
Jahr, abhängig von Schadenverlauf, Platzzahl und Anteil beschützender
Plätze (Demenz).

Für ein verbindliches Angebot brauche ich den ausgefüllten
Risikofragebogen (Platzzahl, Fachkraftquote, Schadenverlauf 5 Jahre
beim Vorversicherer). Ich rufe Sie Ende nächster Woche an.

Mit freundlichen Grüßen

Sabine Kettler
Firmenkunden Heilwesen & Soziales
Auenwald Versicherung AG
""")
    return mail(72, KETTLER, [("Dr. Ricarda Fuchs", "r.fuchs@haus-am-kalkberg.example")],
                "Ihre Anfrage Betriebshaftpflicht stationäre Pflege", "2025-04-03 09:18", body,
                "NORMAL", "de", "insurer-to-company",
                "trap: generic product information to a prospective care home; no contract, no person data beyond a business contact")


def m073():
    lines = ["# Ärztlicher Bericht für die private Unfallversicherung",
             "Praxis Dr. med. Jörg Altendorf, Facharzt für Orthopädie und Unfallchirurgie",
             "Untere Königsstr. 40, 34117 Kassel", "",
             "Versicherte Person: Frau Kerstin Bachmann, geb. 22.03.1977",
             "Versicherungsnehmer: Sozialstation Feldrain e.V. (Gruppenunfall GU 77 104 395)",
             "Unfalltag: 09.01.2025, ca. 06:50 Uhr",
             "Hergang lt. Patientin: auf dem Weg zur ersten Klientin auf vereistem Gehweg",
             "ausgerutscht, Sturz auf die rechte Schulter.", "",
             "# Befund / Diagnosen",
             "S42.21 Fraktur des proximalen Humerus rechts, subkapital, gering disloziert",
             "S40.0 Prellung der Schulter rechts",
             "Röntgen Schulter in 2 Ebenen 09.01.2025, CT 10.01.2025", "",
             "# Behandlung",
             "konservativ, Gilchrist-Verband 3 Wochen, danach Physiotherapie 2x/Woche",
             "Schmerzmedikation Ibuprofen 600 mg 1-1-1, Pantoprazol 20 mg",
             "Arbeitsunfähig voraussichtlich bis 28.02.2025", "",
             "# Prognose",
             "Eine dauerhafte Funktionseinschränkung der Schulter ist derzeit nicht",
             "auszuschließen. Endgültige Beurteilung frühestens 12 Monate nach dem Unfall.", "",
             "Kassel, 20.01.2025        Dr. med. J. Altendorf"]
    p = pdf(lines, title="Arztbericht Unfall Bachmann", author="Praxis Dr. Altendorf", date="20250120163000")
    body = Text("""Sehr geehrter Herr Hamel,

vielen Dank, der Arztbericht zum Unfall von Frau Bachmann ist
angekommen (Anhang zur Kontrolle, bitte nicht in die Personalakte).
Wir haben den Schaden unter GU-25-00071 angelegt.

Ein Krankenhaustagegeld ist in Ihrem Gruppenvertrag nicht
versichert, sondern nur Invalidität und Todesfall. Über eine Invaliditätsleistung entscheiden
wir daher erst, wenn die Behandlung abgeschlossen ist; wir melden uns
spätestens in 12 Monaten bei ihr.

Wichtig: Die Invalidität muss innerhalb von 21 Monaten nach dem
Unfall ärztlich festgestellt und geltend gemacht werden. Wir schreiben
Frau Bachmann dazu direkt an.

Mit freundlichen Grüßen
Bernd Kallweit
""")
    return mail(73, KALLWEIT, [("Sören Hamel", "pdl@sozialstation-feldrain.example")],
                "Gruppenunfall GU 77 104 395 - Unfall Frau Bachmann 09.01.2025", "2025-01-23 10:07",
                mixed(73, [body, Att(p, MT["pdf"], "Arztbericht_Bachmann_2025-01-20.pdf")]),
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
                "group accident of a named nurse: humerus fracture S42.21 in body and PDF medical report with birth date")


def m074():
    body = Text("""Liebe Kolleginnen und Kollegen,

zum 01.01.2025 ist die ICD-10-GM Version 2025 in Kraft getreten. Im
Leistungssystem Pflege (LISA) wurde der Katalog am Wochenende
ausgetauscht. Für uns relevant:

- Die Kodes werden in LISA nur noch für die Statistik und die
  Plausibilisierung der Gutachten verwendet; die Pflegegrad-
  Entscheidung hängt nach wie vor nicht an Diagnosen.
- Neu bzw. geändert sind u. a. Schlüssel im Bereich U (Sonderzwecke)
  und einige Zusatzkennzeichen; Altfälle mit ungültigen Kodes werden
  im Batch auf den Nachfolgekode gemappt (Mapping-Tabelle im Wiki).
- Bitte Diagnosen weiterhin mit Zusatzkennzeichen erfassen
  (G = gesichert, V = Verdacht, Z = Zustand nach, A = ausgeschlossen).
  Beispiel: "F03 G" für eine gesicherte, nicht näher bezeichnete Demenz.

Falls euch in der Maske Fehlermeldung "ICD unbekannt" begegnet, bitte
Ticket mit Screenshot (ohne Namen und Versicherungsnummer im Bild!)
an den Service Desk.

Viele Grüße
Dr. Ilka Wendt
Beratungsärztin Pflege
""")
    return mail(74, WENDT, [("Leistung Pflege alle", P("leistung-pflege-alle"))],
                "ICD-10-GM 2025 in LISA aktiv", "2025-01-07 08:12", body,
                "NORMAL", "de", "internal",
                "trap: ICD-10 catalogue update with example code, no person")


def m075():
    body = Text("""Sehr geehrte Frau Ahrens,

wir haben Ihren Antrag auf Erstattung von Kosten der Verhinderungs-
pflege für Ihren Vater, Herrn Gottfried Ahrens (Versicherungsnummer
PV 505 663 219, Pflegegrad 3), geprüft.

Zeitraum: 05.08. bis 25.08.2024 (Ihr Urlaub)
Ersatzpflegeperson: Frau Brigitte Nolte, Nachbarin (nicht verwandt,
nicht im selben Haushalt)
beantragt: 21 Tage x 8 Std. x 15,00 EUR = 2.520,00 EUR
Fahrtkosten: keine

Da Frau Nolte weder verwandt noch verschwägert ist und nicht mit
Ihrem Vater in häuslicher Gemeinschaft lebt, erstatten wir die
nachgewiesenen Kosten bis zum Jahresbetrag. Für 2024 standen
1.612 EUR Verhinderungspflege zur Verfügung, zusätzlich haben Sie
die Übertragung von 806 EUR aus der nicht genutzten Kurzzeitpflege
beantragt - das ist möglich.

Erstattung: 2.418,00 EUR
Nicht erstattungsfähig: 102,00 EUR

Während der Verhinderungspflege zahlen wir das Pflegegeld zur Hälfte
weiter; die Kürzung für August ist bereits verrechnet.

Bitte beachten Sie, dass Frau Nolte die Einnahmen ggf. versteuern
muss. Eine Bescheinigung über die Zahlung stellen wir ihr auf Wunsch
aus.

Mit freundlichen Grüßen
Katrin Engelhard
Kundenservice Pflege
Auenwald Krankenversicherung AG
""")
    return mail(75, ENGELHARD, [("Sabine Ahrens", "sabine.ahrens@mailbox.example")],
                "Verhinderungspflege August 2024 - Herr Gottfried Ahrens", "2024-09-20 14:51", body,
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
                "named insured with care number and care level, respite-care reimbursement, named substitute carer")


def m076():
    body = Text("""Dear Mr Kerrigan,

(English summary first - die verbindliche deutsche Fassung steht unten.)

Good news: we will contribute EUR 4,180 to the conversion of your
bathroom (walk-in shower at floor level, wider door, grab rails,
wall-hung toilet at wheelchair height). The occupational therapist's
report confirms that since the MS relapse last summer you can no longer
use the bath tub safely and depend on the wheelchair indoors.

The contribution is paid to you once the work is finished and we have
the final invoice of the contractor. Please do not start the work
before you have received the written approval (which is this letter).

---

Sehr geehrter Herr Kerrigan,

zu Ihrem Antrag vom 16.01.2025 auf einen Zuschuss zu wohnumfeld-
verbessernden Maßnahmen (Versicherungsnummer PV 517 039 441,
Pflegegrad 3) teilen wir Ihnen mit:

Wir bewilligen einen Zuschuss in Höhe von 4.180,00 EUR (Höchstbetrag)
für den Umbau des Badezimmers in Ihrer Wohnung Ketzerbach 52,
35037 Marburg, laut Kostenvoranschlag der Firma Bad & Barrierefrei
Hessen GmbH vom 09.01.2025 über 11.730,40 EUR.

Grundlage: Gutachten der Ergotherapeutin vom 28.01.2025 (Multiple
Sklerose, schubförmig, G35.11; Rollstuhlnutzung in der Wohnung,
Sturzgefahr beim Einstieg in die Wanne).

Mit freundlichen Grüßen / Kind regards
Katrin Engelhard
Kundenservice Pflege
Auenwald Krankenversicherung AG
""")
    return mail(76, ENGELHARD, [("Desmond Kerrigan", "des.kerrigan@mailbox.example")],
                "Zuschuss Badumbau / bathroom conversion - PV 517 039 441", "2025-02-05 10:40", body,
                "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
                "named insured with multiple sclerosis G35.11, wheelchair, care level, home address; bilingual")


def m077():
    rep = ["# Pflegeblick Begutachtung GmbH - Gutachten zur Feststellung der Pflegebedürftigkeit",
           "Auftraggeber: Auenwald Krankenversicherung AG        Auftrag: PB-2025-03114",
           "Versicherte Person: Gerald Finch, geb. 14.09.1944, Versicherungsnummer PV 514 770 302",
           "Anschrift: Sonnenbergstr. 41, 65193 Wiesbaden",
           "Begutachtung: 11.03.2025 im häuslichen Umfeld, Gutachterin J. Pryce (Pflegefachkraft)",
           "Anwesend: Ehefrau Evelyn Finch; Gespräch auf Englisch", "",
           "# Pflegerelevante Diagnosen",
           "G20.11 Parkinson-Syndrom mit mäßiger Beeinträchtigung, mit Wirkungsfluktuation",
           "I95.1 Orthostatische Hypotonie",  "R29.6 Sturzneigung (2 Stürze seit 12/2024)",
           "F06.7 leichte kognitive Störung", "",
           "# Modulergebnisse (gewichtete Punkte)",
           "M1 Mobilität 7,5  |  M2/M3 kognitiv/Verhalten 7,5  |  M4 Selbstversorgung 20,0",
           "M5 krankheitsbedingte Anforderungen 10,0  |  M6 Alltag/soziale Kontakte 7,5",
           "Gesamt: 52,5 Punkte", "",
           "# Empfehlung",
           "Pflegegrad 3 ab Antragsmonat 02/2025 (bisher Pflegegrad 2).",
           "Hilfsmittel: Duschstuhl, Toilettensitzerhöhung, Hausnotruf empfohlen.",
           "Wiederholungsbegutachtung: nicht erforderlich.", "",
           "Wiesbaden, 13.03.2025   J. Pryce"]
    zipdata = zipfile_bytes([("PB-2025-03114/Gutachten_PB-2025-03114.pdf",
                              pdf(rep, title="Gutachten PB-2025-03114", author="Pflegeblick Begutachtung GmbH",
                                  date="20250313170000")),
                             ("PB-2025-03114/Begleitschreiben.txt",
                              "Auftrag PB-2025-03114 - Gutachten anbei (1 Datei, 1 Seite).\r\n"
                              "Pflegeblick Begutachtung GmbH, Auftragsmanagement\r\n")],
                            dt=(2025, 3, 13, 17, 5, 0))
    body = Text("""Ilka,

Pflegeblick has sent the Finch report by e-mail instead of through the
portal, so I'm forwarding it to you in-house only. I have asked them
to use the portal next time and to delete their sent copy. Joanna's
cover note is below.

Katrin

> From: Joanna Pryce <j.pryce@pflegeblick.example>
> Sent: Thursday, 13 March 2025 17:08
> To: pflege-leistung@auenwald-versicherung.example
> Subject: PB-2025-03114
>
> Hello,
> please find my report for order PB-2025-03114 attached as ZIP -
> the portal upload kept failing this afternoon. The visit went well,
> Mrs Finch translated where needed. Recommendation is in the report.
> Best wishes, Joanna Pryce
""")
    return mail(77, ENGELHARD, [WENDT], "FW: PB-2025-03114", "2025-03-14 08:22",
                mixed(77, [body, Att(zipdata, MT["zip"], "PB-2025-03114.zip")]),
                "STRICTLY_CONFIDENTIAL", "en", "assessor",
                "harmless bodies; PDF inside ZIP: care assessment of a named insured with birth date, Parkinson's, care level 3")


def m078():
    plain = """CARE SECTOR RISK BULLETIN - Winter 2024/25
Auenwald Versicherungen - Risk Engineering

1) Norovirus season: outbreak management
Most outbreaks in care homes start between November and March. What
helps: isolation of affected units, no communal meals, cleaning with
virucidal agents, staff cohorts. Business interruption from admission
stops is not covered by standard property BI - talk to us about the
epidemic extension.

2) Falls at night
Our claims data (2019-2024, 1,100 fall claims, anonymised) shows 58 %
of compensated falls between 22:00 and 06:00. Low-low beds and sensor
mats reduce severity; bed rails without consent increase liability.

3) Hot water
Scalds in assisted bathing remain our most expensive single claim
type. Thermostatic mixing valves at 43 C max. and a thermometer check
before every bath are a must.

4) Dates
13 March - webinar "Falls, pressure sores, medication errors"
24 April - Long-Term Care Forum, Hamburg

Questions: risk-engineering@auenwald-versicherung.example
To unsubscribe, reply with "unsubscribe".
"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<h2 style="color:#1f4e5a">Care Sector Risk Bulletin &ndash; Winter 2024/25</h2>
<p><i>Auenwald Versicherungen &ndash; Risk Engineering</i></p>
<h3>1) Norovirus season: outbreak management</h3>
<p>Most outbreaks in care homes start between November and March. What helps: isolation of affected units,
no communal meals, cleaning with virucidal agents, staff cohorts. Business interruption from admission stops
is <b>not</b> covered by standard property BI &ndash; talk to us about the epidemic extension.</p>
<h3>2) Falls at night</h3>
<p>Our claims data (2019&ndash;2024, 1,100 fall claims, anonymised) shows <b>58&nbsp;%</b> of compensated falls
between 22:00 and 06:00. Low-low beds and sensor mats reduce severity; bed rails without consent increase liability.</p>
<h3>3) Hot water</h3>
<p>Scalds in assisted bathing remain our most expensive single claim type. Thermostatic mixing valves at
43&nbsp;&deg;C max. and a thermometer check before every bath are a must.</p>
<h3>4) Dates</h3>
<ul><li>13 March &ndash; webinar &ldquo;Falls, pressure sores, medication errors&rdquo;</li>
<li>24 April &ndash; Long-Term Care Forum, Hamburg</li></ul>
<p style="font-size:11px;color:#777">Questions: risk-engineering@auenwald-versicherung.example &middot;
To unsubscribe, reply with &ldquo;unsubscribe&rdquo;.</p>
</body></html>"""
    return mail(78, ("Auenwald Risk Engineering", P("risk-engineering")), ["Care Risk Bulletin:;"],
                "Care Sector Risk Bulletin - Winter 2024/25", "2024-11-25 07:00",
                alt(plain, html, 78), "NORMAL", "en", "newsletter",
                "trap: newsletter on norovirus, falls and scalds with anonymised portfolio statistics",
                extra=["Precedence: bulk"])


def m079():
    ev = ics([{"uid": "aw-assess-20241015-orourke@auenwald-versicherung.example", "stamp": "20241002T083000Z",
               "start": "20241015T140000", "end": "20241015T153000",
               "summary": "Care assessment visit (Pflegeblick) - Patrick O'Rourke",
               "location": "Heinrichstr. 118, 64283 Darmstadt",
               "description": ("Initial assessment for long-term care benefits (application of 19/09/2024). "
                               "Assessor: Ms B. Sommerfeld. Please have ready: medication plan, hospital "
                               "discharge letter (heart failure, 08/2024), list of aids. "
                               "Reference PV 515 118 776."),
               "organizer": ("Auenwald Pflege Leistungsservice", PFLEGE_LEISTUNG[1]),
               "attendees": [("Patrick O'Rourke", "p.orourke@fastpost.example")]}],
             prodid="-//Auenwald Versicherung//Termine Pflege//EN")
    body = Text("""Dear Mr O'Rourke,

as discussed on the phone, the assessor will visit you at home on
Tuesday, 15 October 2024, between 14:00 and 15:30. You will find the
appointment as a calendar entry attached.

The assessor speaks English. A relative or friend may be present if
you wish. If the date does not suit you, please call us on
+49 561 7730-2240 at least two days before.

Kind regards,
Your Auenwald long-term care team
""", cte="7bit", charset="us-ascii")
    return mail(79, PFLEGE_LEISTUNG, [("Patrick O'Rourke", "p.orourke@fastpost.example")],
                "Your appointment for the care assessment", "2024-10-02 10:30",
                mixed(79, [body, Att(ev, MT["ics"], "Assessment_15-10-2024.ics")]),
                "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "named addressee's care assessment appointment; ICS adds heart failure, hospital discharge, care number")


def m080():
    body = Text("""Dear colleagues,

as every year, the timetable for the 1 January and 1 April renewals
of care-sector accounts (nursing homes, home care, day care):

  by 15 October   renewal information from you: updated exposure
                  (beds/clients, staff, turnover), 5-year loss runs
                  from prior insurers for new business
  by 15 November  our renewal terms for 1/1 accounts
  by 15 January   renewal information for 1/4 accounts
  by 15 February  our terms for 1/4 accounts

What changes for 2025
- Minimum retention for nursing-home liability rises to EUR 1,000.
- Abuse & molestation: sublimit EUR 500k per policy period unless a
  safeguarding concept is evidenced.
- Cyber: mandatory MFA for remote access as a condition precedent.

Please send loss runs as PDF or XLSX from the prior insurer only -
no individual claim files, no medical reports at renewal stage.

Kind regards,
Ruediger Fromm
Broker Relations, Auenwald Versicherung AG
""", cte="7bit", charset="us-ascii")
    return mail(80, FROMM, ["Makler Heilwesen:;"], "Renewal timetable 2025 - care sector accounts",
                "2024-09-09 09:00", body, "NORMAL", "en", "insurer-to-broker",
                "trap: general renewal timetable to brokers; no client or person named")


def m081():
    lines = ["# Auenwald Krankenversicherung AG", "Private Pflegepflichtversicherung", "",
             "Frau Hildegard Brockmann", "Fasanenweg 6", "34131 Kassel", "",
             "Versicherungsnummer: PV 506 118 402          Kassel, 18.10.2024", "",
             "# Bescheid über die Feststellung der Pflegebedürftigkeit", "",
             "Sehr geehrte Frau Brockmann,",
             "aufgrund des Gutachtens der Pflegeblick Begutachtung GmbH vom 09.10.2024 stellen wir fest:",
             "Sie sind ab dem 01.09.2024 pflegebedürftig im Sinne des § 14 SGB XI.",
             "Pflegegrad: 3 (Gesamtpunktzahl 56,25)", "",
             "Ihre Leistungen bei häuslicher Pflege (monatlich):",
             "Pflegegeld bei Pflege durch Angehörige              599,00 EUR",
             "oder Pflegesachleistung (ambulanter Dienst)        bis 1.497,00 EUR",
             "Entlastungsbetrag                                     131,00 EUR",
             "Pflegehilfsmittel zum Verbrauch                        42,00 EUR", "",
             "Gutachterlich festgestellte Einschränkungen: Gangunsicherheit nach",
             "Oberschenkelhalsfraktur (07/2024), Herzinsuffizienz NYHA III, Diabetes",
             "mellitus Typ 2 mit Polyneuropathie.", "",
             "Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb eines",
             "Monats nach Zugang Widerspruch einlegen.", "",
             "Mit freundlichen Grüßen", "Ihre Auenwald Krankenversicherung AG"]
    p = pdf(lines, title="Bescheid Pflegegrad PV 506 118 402", author="Auenwald Krankenversicherung AG",
            date="20241018090000")
    body = Text("""Sehr geehrte Frau Brockmann,

wie gewünscht senden wir Ihnen Ihren Bescheid vom 18.10.2024
zusätzlich per E-Mail (Ihre Einwilligung zum Versand per E-Mail vom
02.09.2024 liegt uns vor). Das Original haben Sie per Post erhalten.

Mit freundlichen Grüßen
Katrin Engelhard
Kundenservice Pflege
""" + FOOT_KV)
    return mail(81, ENGELHARD, [("Hildegard Brockmann", "h.brockmann@mailbox.example")],
                "Ihr Bescheid vom 18.10.2024", "2024-10-21 09:45",
                mixed(81, [body, Att(p, MT["pdf"], "Bescheid_Pflegegrad_2024-10-18.pdf")]),
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "body nearly harmless; PDF: care-level decision with address, diagnoses (heart failure, diabetes, hip fracture)")


def m082():
    body = Text("""Sehr geehrte Frau Pfisterer,

danke für den aktuellen Handelsregisterauszug. Ich habe die Änderung
in der Geschäftsführung in unseren Unterlagen nachgetragen:

Pflegeteam Sonnenweg GmbH, Amtsgericht Göttingen HRB 207719
Geschäftsführerin (neu, seit 01.11.2024):
  Frau Katja Lorenz, geb. 17.05.1984, wohnhaft in Rosdorf
Geschäftsführerin (bisher, weiterhin):
  Frau Andrea Pfisterer, geb. 02.02.1966, wohnhaft in Göttingen

Betroffen sind die Verträge HB 3.118.442 (Betriebshaftpflicht),
GW-7731-4402-18 (Inhalt/BU), KF-7731-1104-12 (Kfz-Flotte) und
CY-2204-097 (Cyber). Für die D&O (DO-3310-051) brauchen wir wegen der
neuen Geschäftsführerin noch die Erklärung zu bekannten Umständen -
Formular hängt an meiner nächsten Mail.

Die Geburtsdaten aus dem Registerauszug benötigen wir nur für die D&O;
sie werden sonst nirgends gespeichert.

Freundliche Grüße
Sabine Kettler
""", cte="quoted-printable")
    return mail(82, KETTLER, [("Andrea Pfisterer", "a.pfisterer@pflegeteam-sonnenweg.example")],
                "Neue Geschäftsführerin - Ihre Verträge", "2024-11-07 10:55", body,
                "CONFIDENTIAL", "de", "insurer-to-company",
                "birth dates and places of residence of two named managing directors, contract numbers",
                cc=[("Katja Lorenz", "k.lorenz@pflegeteam-sonnenweg.example")])


def m083():
    body = Text("""Hallo Herr Hamel,

für die Beitragsabrechnung 2024 Ihrer Betriebshaftpflicht
(HB 3.097.015) fehlt uns noch die Meldung der Bruttolohnsumme.

Zur Erinnerung, was wir brauchen: die Jahres-Bruttolohnsumme aller
Beschäftigten 2024 (ohne Geschäftsführung/Vorstand), getrennt nach
  a) Pflege- und Betreuungskräfte
  b) Verwaltung/Hauswirtschaft
Keine Einzelgehälter, keine Namenslisten - nur die zwei Summen.

Vorläufig abgerechnet haben wir mit 1.640.000 EUR (a) und 210.000 EUR
(b). Wenn wir bis 31.03. nichts hören, bleibt es bei der vorläufigen
Abrechnung plus 10 % Zuschlag laut Vertrag.

Ansprechpartnerin bei Ihnen war im letzten Jahr Frau Brinkhoff aus der
Verwaltung (Tel. 05603 5550 12) - soll ich mich direkt an sie wenden?

Viele Grüße
Sabine Kettler
Firmenkunden Heilwesen & Soziales
""", flowed=True, cte="8bit")
    return mail(83, KETTLER, [("Sören Hamel", "pdl@sozialstation-feldrain.example")],
                "Lohnsummenmeldung 2024 - HB 3.097.015", "2025-03-04 14:02", body,
                "CONFIDENTIAL", "de", "insurer-to-company",
                "company payroll totals (not personal) but named contact persons with phone and contract number")


def m084():
    cert = """Subject: CN=Auenwald Versicherung AG Domain Certificate, O=Auenwald Versicherung AG, L=Kassel, C=DE
Issuer: CN=Example Gateway CA 2024, O=Example Trust Services
Serial: 5A:31:0C:9E:44:17:B2:81
Valid: 2024-09-01 - 2026-08-31
Usage: S/MIME gateway (domain certificate) for auenwald-versicherung.example
SHA-256 fingerprint:
  3F:A1:09:7C:E2:55:B8:4D:10:6E:92:AF:C3:07:58:D1:
  0B:99:E4:62:7A:2C:F0:13:8E:45:B7:D6:21:9C:04:E8
Download (PEM): https://www.auenwald-versicherung.example/sicherheit/zertifikate/domain-2024.pem
"""
    body = Text("""Hi Kevin,

thanks for getting back to us. For the gateway-to-gateway encryption
between brightwater-care.example and auenwald-versicherung.example,
here are the details of our domain certificate (also attached as text).
Please verify the fingerprint over the phone with Marco Ferri before
you import it - we never send certificates as the only proof of
identity.

Could you send us your gateway certificate (public part only, PEM) in
return? Once both are imported we will test with a dummy message and
switch to "encrypt mandatory" for your domain.

Best regards,
Tom Ashby
Partner Management
""", cte="7bit", charset="us-ascii")
    return mail(84, ASHBY, [("Kevin Roberts", "it-security@brightwater-care.example")],
                "Domain certificate for gateway encryption", "2025-03-03 15:20",
                mixed(84, [body, Att(cert.encode("ascii"), 'text/plain; charset="us-ascii"',
                                     "auenwald-domain-cert-2024.txt", cte="7bit")]),
                "NORMAL", "en", "insurer-to-company",
                "trap: certificate exchange with a care group's IT; fingerprints only")


def m085():
    body = Text("""Dear Dr Vanhoutte,

thank you for your enquiry of 3 December on behalf of the Belgian
association of home care providers. I am happy to describe, in general
terms, how we handle care documentation that German nursing services
send us. I cannot comment on individual cases.

1. Which documents do we receive? Invoices and proof-of-service sheets
   (Leistungsnachweise) for persons insured with us, care assessment
   reports from the assessment service, and occasionally care plans
   when a claim is disputed.

2. Channels: electronic data exchange, our partner portal, or post.
   We do not accept these documents by unencrypted e-mail and we
   switched off fax on 1 March 2025.

3. Legal basis: Article 9(2)(h) GDPR in combination with national law
   on private long-term care insurance; for liability claims against
   care homes the data subject's (or heirs') consent or Article 9(2)(f).

4. Retention: ten years after the end of benefits, then deletion.

5. Access: role-based; the medical adviser sees diagnoses, the
   invoice team only what is needed for billing.

If your members would like to present their processes to us, we would
be glad to host a visit in Kassel.

Kind regards,
Claudia Vössing
Data Protection Officer
Auenwald Versicherungen
""", cte="quoted-printable")
    return mail(85, VOESSING, [("Dr. Mieke Vanhoutte", "m.vanhoutte@thuiszorg-federatie.example")],
                "Your enquiry on care documentation and GDPR", "2024-12-11 11:48", body,
                "NORMAL", "en", "insurer-to-partner",
                "trap: DPO's general answer about care documentation and Art. 9 GDPR; no individual case")


def m086():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Leistungsübersicht</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Lindqvist,</p>
<p>wie gewünscht erhalten Sie die Übersicht der Leistungen aus der Pflegepflichtversicherung und der
Pflegezusatzversicherung Ihrer Mutter für das zweite Halbjahr 2024.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e4eef0"><th>Monat</th><th>Versicherte Person</th><th>Vertrag</th><th>Pflegegrad</th><th>Leistung</th><th>Betrag</th></tr>
<tr><td>07/2024</td><td>Astrid Lindqvist</td><td>PV 507 884 120</td><td>4</td><td>Vollstationäre Pflege (Zuschuss pflegebedingter Aufwand)</td><td>1.775,00 &euro;</td></tr>
<tr><td>07/2024</td><td>Astrid Lindqvist</td><td>PV 507 884 120</td><td>4</td><td>Leistungszuschlag &sect; 43c (15&nbsp;%)</td><td>301,46 &euro;</td></tr>
<tr><td>07/2024</td><td>Astrid Lindqvist</td><td>PZ-7720-0419</td><td>4</td><td>Pflegetagegeld (80&nbsp;% von 40 &euro;)</td><td>992,00 &euro;</td></tr>
<tr><td>08/2024</td><td>Astrid Lindqvist</td><td>PV 507 884 120</td><td>4</td><td>Vollstationäre Pflege</td><td>1.775,00 &euro;</td></tr>
<tr><td>08/2024</td><td>Astrid Lindqvist</td><td>PZ-7720-0419</td><td>4</td><td>Pflegetagegeld</td><td>992,00 &euro;</td></tr>
<tr><td>09/2024</td><td>Astrid Lindqvist</td><td>PV 507 884 120</td><td>5</td><td>Vollstationäre Pflege (Höherstufung ab 12.09.)</td><td>2.005,00 &euro;</td></tr>
<tr><td>09/2024</td><td>Astrid Lindqvist</td><td>PZ-7720-0419</td><td>5</td><td>Pflegetagegeld (100&nbsp;% ab 12.09.)</td><td>1.104,00 &euro;</td></tr>
<tr><td>10&ndash;12/2024</td><td>Astrid Lindqvist</td><td>PV 507 884 120</td><td>5</td><td>Vollstationäre Pflege je Monat</td><td>2.005,00 &euro;</td></tr>
<tr><td>10&ndash;12/2024</td><td>Astrid Lindqvist</td><td>PZ-7720-0419</td><td>5</td><td>Pflegetagegeld je Monat</td><td>1.240,00 &euro;</td></tr>
</table>
<p>Die Beiträge zur Pflegezusatzversicherung sind seit Pflegegrad 5 beitragsfrei gestellt.
Die Bescheinigung für das Finanzamt (außergewöhnliche Belastungen) folgt im Januar.</p>
<p>Mit freundlichen Grüßen<br>Katrin Engelhard<br>Kundenservice Pflege<br>Auenwald Krankenversicherung AG</p>
</body></html>"""
    return mail(86, ENGELHARD, [("Rolf Lindqvist", "r.lindqvist@mailbox.example")],
                "Leistungsübersicht 2. Halbjahr 2024", "2025-01-06 13:20",
                Text(html, "html", cte="quoted-printable"), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
                "HTML-only table: named insured mother, care contracts, care levels 4-5, nursing-home benefits")


def m087():
    body = Text("""Sehr geehrte Frau Okonkwo-Meyer,

vielen Dank für Ihre Bewerbung als Pflegeberaterin (m/w/d) nach
§ 7a SGB XI in unserem Team Kundenservice Pflege (Kennziffer
PB-2025-04).

Ihre Unterlagen sind vollständig. Für das Protokoll halte ich die
Eckdaten fest, die wir ins Bewerbermanagement übernommen haben:

  Name:            Chiamaka Okonkwo-Meyer
  Geburtsdatum:    09.06.1986
  Anschrift:       Wilhelmshöher Allee 201, 34121 Kassel
  Qualifikation:   Pflegefachfrau, Weiterbildung Pflegeberatung
                   (2022), derzeit Pflegedienstleitung
  Gehaltswunsch:   58.000 EUR brutto p. a.
  Kündigungsfrist: 3 Monate zum Quartalsende

Wir würden Sie gern am Dienstag, 25.03.2025, um 10:00 Uhr zu einem
ersten Gespräch nach Kassel einladen (ca. 60 Minuten, Gesprächspartner:
Frau Engelhard und ich). Bitte bestätigen Sie den Termin kurz per Mail.

Ihre Daten verwenden wir ausschließlich für dieses Bewerbungs-
verfahren und löschen sie sechs Monate nach dessen Abschluss, sofern
Sie nicht in einen Talentpool einwilligen.

Mit freundlichen Grüßen
Nadine Ortlieb
Personal / Recruiting
Auenwald Versicherungen
""")
    return mail(87, ORTLIEB, [("Chiamaka Okonkwo-Meyer", "c.okonkwo-meyer@mailbox.example")],
                "Ihre Bewerbung PB-2025-04 - Einladung zum Gespräch", "2025-03-12 16:02", body,
                "CONFIDENTIAL", "de", "insurer-to-applicant",
                "applicant's birth date, home address and salary expectation")


def m088():
    body = Text("""Hallo Lea, hallo Katrin,

ich brauche eure Hilfe bei einer Eskalation, die heute über den
Vorstandsbereich reinkam (Frau Lohmeier hat einen Brief bekommen und
ihn an uns gegeben, Frist 5 Arbeitstage).

Beschwerdeführerin: Frau Marion Stenzel (Tochter)
Versicherte: Frau Elfriede Stenzel, PV 504 229 871, Pflegegrad 4,
lebt noch zu Hause in Hofgeismar, versorgt durch Pflegeteam
Sonnenweg (Außenstelle Hofgeismar) und die Tochter.

Kernpunkte der Beschwerde:
1. Die Mutter hat Parkinson im fortgeschrittenen Stadium mit
   festen Einnahmezeiten für L-Dopa (6/10/14/18/22 Uhr). Der
   Pflegedienst kommt morgens mal um 6:30, mal um 9:45 - dann sei
   die Mutter "steif wie ein Brett" und könne nicht schlucken.
2. Zweimal im Januar sei gar niemand gekommen (14.01., 22.01.),
   abgerechnet worden sei trotzdem.
3. Wir hätten den Antrag auf Kurzzeitpflege nach dem Krankenhaus-
   aufenthalt (Aspirationspneumonie, Dezember) erst nach 5 Wochen
   beschieden.

Mein Vorschlag:
- Lea: Leistungsnachweise Januar beim Dienst anfordern (Punkt 2) und
  das Thema feste Einsatzzeiten bei Medikation ansprechen.
- Katrin: Bearbeitungsdauer Kurzzeitpflege rekonstruieren (Punkt 3),
  ggf. Entschuldigung + Verzugszinsen prüfen.
- Ich schreibe den Zwischenbescheid an Frau Stenzel heute noch.

Danke!
Friederike
""")
    return mail(88, LAMM, [SCHIMMEL, ENGELHARD], "Eskalation Vorstand: Beschwerde Stenzel / PV 504 229 871",
                "2025-02-06 12:15", body, "STRICTLY_CONFIDENTIAL", "de", "internal",
                "internal escalation: named insured with Parkinson's, L-Dopa times, aspiration pneumonia, care level 4")


def m089():
    body = Text("""Dear Dr Reimers,

as promised at the association's board meeting, here are our
aggregated figures on needle-stick and sharps injuries among nursing
staff insured under our group accident policies in Hesse. Small cells
(fewer than 5 cases) are merged into "other".

Year  Insured staff  Notified  per 1,000  Seroconversions  Invalidity paid
2021      8,940         61        6.8            0                0
2022      9,310         72        7.7            0                0
2023      9,880         69        7.0            *                *
2024     10,420         58        5.6            0                0

* merged into "other" (fewer than 5)

By setting (2021-2024, n=260):
home care (insulin pens, lancets)   54 %
nursing homes                       33 %
day care / other                    13 %

Two messages for your members:
- Safety-engineered pen needles cut notifications by roughly half in
  the services that switched in 2023.
- Immediate reporting matters: our policy covers infections only if
  the injury was reported within 7 days.

Feel free to use the table in your newsletter, citing "Auenwald
Versicherungen, own data".

Kind regards,
Bernd Kallweit
""", cte="7bit", charset="us-ascii")
    return mail(89, KALLWEIT, [("Dr. Konstantin Reimers", "reimers@lpph-verband.example")],
                "Needle-stick injuries in care - aggregated figures 2021-2024", "2025-03-10 09:14", body,
                "NORMAL", "en", "insurer-to-partner",
                "trap: aggregated needle-stick statistics with small cells merged; no person")


def m090():
    body = Text("""Hallo Herr Wiegand,

danke, die Unterlagen sind da. Wir melden uns, sobald Frau Dr. Wendt
draufgeschaut hat - voraussichtlich Ende nächster Woche.

Viele Grüße
Murat Aydın

Am 19.02.2025 um 16:48 schrieb Thomas Wiegand <pdl@haus-abendrot.example>:
> Sehr geehrter Herr Aydın,
>
> zu Ihrer Rückfrage bzgl. der Abrechnung Januar für Herrn Alfons
> Brückner (PV 510 227 893): Der Zuschlag für die zusätzliche
> Betreuung ist gerechtfertigt. Herr Brückner hat seit Dezember eine
> fortgeschrittene vaskuläre Demenz (F01.3) mit nächtlicher Unruhe,
> Weglauftendenz und Aggressivität gegenüber Mitbewohnern; er bekommt
> seit 03.01. Risperidon 0,5 mg abends (Verordnung Dr. Mertens). Die
> Einzelbetreuung nachts an 11 Tagen ist im Pflegebericht dokumentiert.
> Der Antrag auf Höherstufung in Pflegegrad 5 ist gestellt.
>
> Mit freundlichen Grüßen
> Thomas Wiegand, PDL Haus Abendrot
""", cte="quoted-printable")
    return mail(90, AYDIN, [("Thomas Wiegand", "pdl@haus-abendrot.example")],
                "AW: Abrechnung Januar - Rückfrage", "2025-02-20 08:33", body,
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-provider",
                "body harmless; quoted reply: named resident with care number, vascular dementia F01.3, risperidone",
                extra=["In-Reply-To: <20250219164811.77A1@haus-abendrot.example>",
                       "References: <20250219164811.77A1@haus-abendrot.example>"])


def m091():
    body = Text("""Dear Mrs Ashworth-Klein,

thank you for your letter of 20 January. The operator of the Residenz
am Schlosspark has passed your claim to us as its liability insurer.

Our reference: HS-25-000103
Your apartment: 3.05, Brunnenallee 7, Bad Wildungen
Item: white-gold ring with sapphire, inherited, valued at EUR 2,900 in
the jeweller's certificate of 2019 you enclosed

You write that the ring disappeared from the bowl on your bedroom
dresser between 13 and 15 January, while the operator's painters were
working in your apartment and you were staying with your sister in
Kassel, and that the apartment key was handed to the painters by the
reception.

We have asked the operator and the painting firm for statements. For
the liability of the operator it will matter whether the key handover
was agreed with you and whether other persons had access. Please also
report the loss to the police if you have not done so yet, and tell us
whether your own household contents insurance has been informed - it
may pay first and take recourse against the operator.

We will come back to you by 28 February.

Kind regards,
Jonas Brandauer
Liability Claims, Commercial Lines
Auenwald Versicherung AG
""")
    return mail(91, BRANDAUER, [("Dorothy Ashworth-Klein", "d.ashworth-klein@btmail.example")],
                "Your missing ring - Residenz am Schlosspark - HS-25-000103", "2025-01-29 11:55", body,
                "CONFIDENTIAL", "en", "insurer-to-customer",
                "named assisted-living tenant with apartment address and claim (theft), no care need mentioned")


def m092():
    plain = """PFLEGE-PARTNER-INFO 1/2025
Newsletter für Vertragspartner der Auenwald Pflegeversicherung

Telematikinfrastruktur: Anbindung bis 01.07.2025
Ambulante und stationäre Pflegeeinrichtungen müssen bis zum 01.07.2025
an die Telematikinfrastruktur (TI) angeschlossen sein. Was Sie brauchen:
- eine SMC-B (Institutionskarte) über das eGBR,
- einen Konnektor bzw. TI-as-a-Service-Zugang,
- KIM für den sicheren Mailversand.
Die Refinanzierung läuft über die Pauschalen nach § 106b SGB XI.

KIM statt Fax und E-Mail
Sobald Sie an die TI angebunden sind, können Sie uns Leistungsnachweise
und Rückfragen zur Abrechnung über KIM senden. Unsere KIM-Adresse
veröffentlichen wir im April.

Termine
12.03.2025  Online-Sprechstunde TI für Pflegedienste, 14-15 Uhr
24.04.2025  Long-Term Care Forum, Hamburg

Abmeldung: partnerinfo@auenwald-versicherung.example
"""
    html = """<html><body style="font-family:Arial;font-size:13px">
<div style="background:#2b6b73;color:white;padding:10px"><b>PFLEGE-PARTNER-INFO 1/2025</b><br>
Newsletter f&uuml;r Vertragspartner der Auenwald Pflegeversicherung</div>
<h3>Telematikinfrastruktur: Anbindung bis 01.07.2025</h3>
<p>Ambulante und station&auml;re Pflegeeinrichtungen m&uuml;ssen bis zum 01.07.2025 an die
Telematikinfrastruktur (TI) angeschlossen sein. Was Sie brauchen:</p>
<ul><li>eine SMC-B (Institutionskarte) &uuml;ber das eGBR,</li>
<li>einen Konnektor bzw. TI-as-a-Service-Zugang,</li>
<li>KIM f&uuml;r den sicheren Mailversand.</li></ul>
<p>Die Refinanzierung l&auml;uft &uuml;ber die Pauschalen nach &sect;&nbsp;106b SGB XI.</p>
<h3>KIM statt Fax und E-Mail</h3>
<p>Sobald Sie an die TI angebunden sind, k&ouml;nnen Sie uns Leistungsnachweise und R&uuml;ckfragen zur
Abrechnung &uuml;ber KIM senden. Unsere KIM-Adresse ver&ouml;ffentlichen wir im April.</p>
<h3>Termine</h3>
<table cellpadding="4"><tr><td>12.03.2025</td><td>Online-Sprechstunde TI f&uuml;r Pflegedienste, 14&ndash;15 Uhr</td></tr>
<tr><td>24.04.2025</td><td>Long-Term Care Forum, Hamburg</td></tr></table>
<p style="font-size:11px">Abmeldung: partnerinfo@auenwald-versicherung.example</p>
</body></html>"""
    return mail(92, ("Auenwald Pflege-Partner-Info", P("partnerinfo")), ["Pflege-Partner-Info:;"],
                "Pflege-Partner-Info 1/2025: TI-Anbindung bis 01.07.", "2025-02-20 07:30",
                alt(plain, html, 92), "NORMAL", "de", "newsletter",
                "trap: newsletter to care providers on telematics and secure mail; no person",
                extra=["Precedence: bulk"])


def m093():
    x = xlsx([("Results", [
        ["Relatives' satisfaction survey - day-care centres under contract, Hesse, autumn 2024"],
        ["n = 1,214 questionnaires from 38 centres (response rate 41 %); centres with < 10 answers merged"],
        [],
        ["Question", "very satisfied", "satisfied", "neutral", "dissatisfied", "very dissatisfied"],
        ["Overall satisfaction", "46 %", "38 %", "9 %", "5 %", "2 %"],
        ["Transport (punctuality)", "31 %", "36 %", "17 %", "11 %", "5 %"],
        ["Activities / cognitive training", "42 %", "40 %", "12 %", "4 %", "2 %"],
        ["Meals (incl. special diets)", "35 %", "41 %", "15 %", "7 %", "2 %"],
        ["Information on health changes of the guest", "28 %", "37 %", "18 %", "12 %", "5 %"],
        ["Value for money (own contribution)", "19 %", "34 %", "25 %", "15 %", "7 %"]]),
        ("Free text themes", [["Theme", "mentions"], ["Transport delays", 88], ["Staff turnover", 61],
                              ["Too little information after falls/incidents", 37],
                              ["Dementia-specific activities wanted", 33], ["Costs unclear", 29]])],
        dt=(2024, 12, 5, 10, 0, 0))
    body = Text("""Hi Lea, hi Friederike,

the survey results for the day-care centres are in (attached). Nothing
dramatic; the weak spots are transport punctuality and information to
families after incidents. Free-text answers were coded by the
institute - we only got the theme counts, no verbatims, so there's no
way to trace anything back to a family or a guest.

Shall we put this on the agenda of the partner meeting in January?

Priya
""", cte="7bit", charset="us-ascii")
    return mail(93, NATARAJAN, [SCHIMMEL, LAMM], "Day-care relatives survey 2024 - results",
                "2024-12-05 14:37", mixed(93, [body, Att(x, MT["xlsx"], "DayCare_Survey_2024_results.xlsx")]),
                "NORMAL", "en", "internal",
                "trap: aggregated survey results with merged small cells, no verbatims, no person")


def m094():
    body = Text("""Sehr geehrte Frau Kaminski,

für Ihren Mann, Herrn Zbigniew Kaminski (Versicherungsnummer
PV 509 774 015), haben wir folgende Pflegehilfsmittel genehmigt:

1. Pflegebett elektrisch, 3-fach verstellbar, mit Seitengittern,
   leihweise über den Vertragslieferanten Sanitätshaus Mederer
   (Lieferung und Aufbau voraussichtlich 14.11.2024)
2. Antidekubitus-Wechseldruckmatratze (leihweise, wie 1.)
3. Hausnotrufsystem mit Basisstation und Funkfinger, Zuschuss
   25,50 EUR monatlich ab Anschlussdatum

Nicht genehmigt haben wir den beantragten Badewannenlift: Nach dem
Befund des behandelnden Arztes (Zustand nach Amputation des linken
Unterschenkels bei diabetischem Fußsyndrom, Pflegegrad 4) ist eine
sichere Nutzung der Badewanne nicht mehr möglich; sinnvoller ist ein
Duschrollstuhl. Diesen stellt nach unserer Prüfung die Kranken-
versicherung als Hilfsmittel zur Verfügung - bitte lassen Sie ihn vom
Hausarzt verordnen.

Bei Fragen erreichen Sie mich unter 0561 7730-2240.

Mit freundlichen Grüßen
Katrin Engelhard
""", charset="iso-8859-1", cte="quoted-printable")
    return mail(94, ENGELHARD, [("Renata Kaminski", "renata.kaminski@mailbox.example")],
                "Pflegehilfsmittel für Ihren Mann - Genehmigung", "2024-11-08 10:26", body,
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
                "named insured: care bed, alarm system, lower-leg amputation, diabetic foot, care level 4",
                hcharset="iso-8859-1")


def m095():
    body = Text("""Liebe Kolleginnen und Kollegen,

wir suchen zum nächstmöglichen Zeitpunkt für das Team Kundenservice
Pflege in Kassel

   Pflegeberaterinnen / Pflegeberater (m/w/d) nach § 7a SGB XI
   Vollzeit oder Teilzeit (mind. 30 Std.), unbefristet

Ihre Aufgaben
- Beratung unserer Versicherten und ihrer Angehörigen zu Hause,
  telefonisch und per Video
- Erstellung individueller Versorgungspläne
- Zusammenarbeit mit Pflegediensten, Tagespflegen, Heimen und
  Kliniken (Entlassmanagement)

Ihr Profil
- abgeschlossene Ausbildung als Pflegefachkraft, Altenpflegerin oder
  Sozialarbeit mit Pflegebezug
- Weiterbildung Pflegeberatung nach den Empfehlungen des GKV-SV
  (oder Bereitschaft, sie bei uns zu machen)
- Führerschein Klasse B, Reisebereitschaft in Nordhessen

Wir bieten
- Tarif privates Versicherungsgewerbe, 38-Stunden-Woche, 30 Tage
  Urlaub, Dienstwagen auch privat, mobiles Arbeiten an 2 Tagen

Interne Bewerbungen bitte bis 31.03.2025 über das Portal "Karriere
intern" (Kennziffer PB-2025-04). Ansprechpartnerin: Nadine Ortlieb,
Personal.

Eure Personalabteilung
""", cte="quoted-printable")
    return mail(95, ORTLIEB, [("Alle Mitarbeitenden", P("alle"))],
                "Interne Stellenausschreibung: Pflegeberater/in (m/w/d)", "2025-03-03 08:00", body,
                "NORMAL", "de", "internal",
                "trap: internal job posting for care advisers; no person data")


def m096():
    body = Text("""Sehr geehrter Herr Bauernfeind,

danke für Ihren Anruf und die Fotos. Als Haftpflichtversicherer der
Tagespflege Lindenblüte (Inhaberin Frau Reuter-Hahn) bearbeiten wir
Ihren Schaden:

Unser Zeichen:   HS-24-016994
Ihr Grundstück:  Kirchweg 11, 34225 Baunatal
Schaden:         Sturmtief "Hedda" am 19.09.2024: ein Ast der Birke auf
                 dem Grundstück der Tagespflege ist auf Ihren
                 Holzzaun (ca. 6 m) und das Gewächshaus gefallen

Grundsätzlich gilt: Für Sturmschäden haftet der Nachbar nur, wenn der
Baum erkennbar krank oder morsch war und er das hätte bemerken müssen.
Frau Reuter-Hahn hat uns das Gutachten des Baumpflegers vom März
geschickt - danach war die Birke gesund. Dann läge kein Verschulden
vor, und Ihr Schaden wäre über Ihre eigene Wohngebäude- bzw.
Hausratversicherung (Sturm) zu regulieren.

Wenn Sie Hinweise haben, dass der Ast schon vorher beschädigt war
(z. B. ältere Fotos), schicken Sie sie uns bitte bis 25.10.

Mit freundlichen Grüßen
Jonas Brandauer
""", charset="windows-1252", cte="quoted-printable")
    return mail(96, BRANDAUER, [("Walter Bauernfeind", "w.bauernfeind@freenet-mail.example")],
                "Ihr Sturmschaden Zaun/Gewächshaus - HS-24-016994", "2024-10-09 15:12", body,
                "CONFIDENTIAL", "de", "insurer-to-customer",
                "neighbour claimant named with home address and claim reference; storm damage, no injury",
                hcharset="windows-1252")


def m097():
    body = Text("""Hallo zusammen,

falls jemand Lust hat: Die Tagespflege Sonnenhof in Vellmar (einer
unserer neuen Vertragspartner) lädt zum Tag der offenen Tür ein.
Lea und ich fahren hin, es sind noch Plätze im Auto.

Gruß Murat

---------- Weitergeleitete Nachricht ----------
Von: Tagespflege Sonnenhof <verwaltung@tagespflege-sonnenhof.example>
Datum: Mo., 7. Apr. 2025 um 09:12
Betreff: Einladung Tag der offenen Tür 26.04.

Liebe Partnerinnen und Partner,

am Samstag, 26. April 2025, 11-16 Uhr, öffnen wir unsere neuen
Räume in der Brüder-Grimm-Str. 20 in Vellmar:

- Führungen durch Ruheraum, Therapieküche und Sinnesgarten
- 13 Uhr: Vortrag "Demenz verstehen - Angehörige entlasten"
  (Referentin: Dipl.-Pflegewirtin Carola Jost)
- Kaffee, Kuchen und Waffeln, Bewegungsparcours für Jung und Alt
- Infostand der Pflegestützpunkte

Wir haben 20 Plätze für Tagesgäste mit Pflegegrad 2-5 und einen
eigenen Fahrdienst. Wir freuen uns auf Sie!

Ihr Team der Tagespflege Sonnenhof
Brüder-Grimm-Str. 20, 34246 Vellmar
""", cte="8bit")
    return mail(97, AYDIN, [("Leistung Pflege alle", P("leistung-pflege-alle"))],
                "WG: Einladung Tag der offenen Tür 26.04.", "2025-04-07 11:40", body,
                "NORMAL", "de", "internal",
                "trap: forwarded open-day invitation of a day-care centre with dementia talk; no person data")


def m098():
    body = Text("""Hi all / Hallo zusammen,

Sprint 9 review "Pflegeportal" - short summary:

Done
- Upload Leistungsnachweise (PDF) incl. virus scan and size check (20 MB)
- Bescheide download for authorised relatives (Vollmacht-Check, R1 from DPIA)
- Watermark with recipient name on downloaded Gutachten (R4) - only in TEST,
  PROD after pen test

Not done / carried over
- KIM inbound adapter (waiting for TI-Anbieter)
- Notification texts EN: legal still reviewing "You have a new message"

Bugs
- #4412 Umlaute in file names ("Leistungsnachweis_März.pdf") break the
  download in Safari -> fix in sprint 10
- #4420 session timeout 15 min too short for Pflegedienste uploading 40 files

Demo data: we used the synthetic set only (Erika Musterfrau, Max Mustermann,
Pflegegrad 1-5 variants). Please never use screenshots from PROD in Confluence.

Next review: 19.03., 14:00, K3.14 / Teams.

Marco
""", cte="8bit")
    return mail(98, FERRI, [("Team Pflegeportal", P("team-pflegeportal"))],
                "Sprint 9 Review Pflegeportal - Summary", "2025-03-05 17:30", body,
                "NORMAL", "mixed", "internal",
                "trap: sprint summary about the care portal (Gutachten, Pflegegrad) with synthetic data only")


def m099():
    d = odt([("h", "Stellungnahme der Pflegedienstleitung"),
             "Einrichtung: Haus Abendrot Pflegeheim GmbH, Korbach",
             "Betreff: Dekubitus Frau Ingrid Brandt, Zimmer 208, Wohnbereich 2",
             "Anlass: Anfrage der Auenwald Krankenversicherung vom 02.12.2024 (Beschwerde der Tochter)",
             "Frau Brandt (geb. 1939) lebt seit 11.03.2024 bei uns, Pflegegrad 3, Diagnosen: Alzheimer-Demenz "
             "(G30.1), Diabetes mellitus Typ 2, Osteoporose. Braden-Skala bei Einzug 15 (mittleres Risiko).",
             "Verlauf: Am 02.10.2024 wurde eine Rötung sakral (Kategorie 1) dokumentiert, Lagerungsplan alle 3 Stunden. "
             "Im Oktober reduzierte Nahrungsaufnahme, Gewichtsverlust 4 kg in 6 Wochen. Am 06.11. Kategorie 2, "
             "ab 18.11. Kategorie 3 (L89.2), Wundversorgung nach Arztanordnung Dr. Mertens.",
             ("t", [["Datum", "Befund", "Maßnahme"],
                    ["02.10.2024", "Rötung sakral, nicht wegdrückbar", "Lagerungsplan 3-stdl."],
                    ["06.11.2024", "Blase 1,5 cm", "Hydrokolloidverband, Arzt informiert"],
                    ["18.11.2024", "offene Wunde 3 x 2,5 cm", "Wundmanagerin, Wechseldruckmatratze bestellt"],
                    ["25.11.2024", "Wunde 3 x 2 cm, sauber", "Matratze geliefert, Ernährungsberatung"]]),
             "Die Tochter wurde am 06.11. telefonisch informiert (Gesprächsnotiz liegt vor). Wir räumen ein, dass "
             "die Wechseldruckmatratze früher hätte beschafft werden müssen.",
             "Korbach, 09.12.2024 - Thomas Wiegand, Pflegedienstleitung"], dt=(2024, 12, 9, 15, 0, 0))
    body = Text("""Hallo Herr Wiegand,

vielen Dank für die Stellungnahme (Anlage zurück mit meinen zwei
Rückfragen als Kommentar im Text ergänzt: Datum der Bestellung der
Matratze, und ob ein Ernährungsprotokoll geführt wurde). Wir
antworten der Tochter bis Freitag und stimmen den Text vorher mit
Ihnen ab.

Freundliche Grüße
Lea Schimmel
Leistungserbringer-Management Pflege
""")
    return mail(99, SCHIMMEL, [("Thomas Wiegand", "pdl@haus-abendrot.example")],
                "AW: Stellungnahme Beschwerde Zimmer 208", "2024-12-10 09:35",
                mixed(99, [body, Att(d, MT["odt"], "Stellungnahme_PDL_2024-12-09.odt")]),
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-provider",
                "body harmless; ODT statement: named resident, pressure ulcer L89.2, Alzheimer's, diabetes, weight loss")


def m100():
    notes = """CareBill Connect - Release Notes 4.7.0 (2025-01-20)
=====================================================

New
- Support for relief amount (Entlastungsbetrag) 131 EUR from 2025-01-01
- Field LEISTUNGSART extended by code "ENT25"
- Optional field ICD_HINWEIS (free text, max 20 chars) - Auenwald will
  IGNORE this field, please do not fill it (data minimisation)

Changed
- Validation: Pflegegrad must be 1-5, previously 0-5
- Rounding of unit prices to 2 decimals (commercial rounding)

Error codes (response file CAREBILL-RSP)
E032  IBAN check digit invalid
E104  Versicherungsnummer unknown
E117  units exceed plausible maximum (units > days * 2)
E201  provider IK not in contract register
E305  service date during inpatient stay (hospital) - manual check
E404  duplicate invoice number
W010  warning: invoice older than 90 days

Known issues
- Umlauts in PDF attachment names are replaced by "_"

Contact: support@carebill-software.example
"""
    body = Text("""Hallo Dmitri,

danke für die Release Notes 4.7.0 (Anhang). Zwei Punkte von unserer
Seite, bevor wir auf STAGE gehen:

1. Please make sure ICD_HINWEIS is stripped before the file leaves
   the provider's system - we don't want diagnoses in the EDI at all.
2. E305: bitte den Text in der Antwortdatei neutral halten
   ("Leistungsdatum während stationärem Aufenthalt"), ohne Klinikname.

Deployment STAGE am 03.02., PROD frühestens 17.02.

Viele Grüße
Priya Natarajan
""", cte="quoted-printable")
    return mail(100, NATARAJAN, [("Dmitri Volkov", "d.volkov@carebill-software.example")],
                "CareBill Connect 4.7.0 - Release Notes / Rückmeldung", "2025-01-22 13:05",
                mixed(100, [body, Att(notes.encode("utf-8"), 'text/plain; charset="utf-8"',
                                      "CareBill_Connect_4.7.0_ReleaseNotes.txt", cte="quoted-printable")]),
                "NORMAL", "mixed", "insurer-to-supplier",
                "trap: software release notes with error codes mentioning ICD field and hospital stay; no person")


def m101():
    d = docx([("b", "Auenwald Krankenversicherung AG - Textbaustein PV-VP-07 (Stand 02/2025)"),
              "«Anrede» «Vorname» «Nachname»",
              "«Straße» «Hausnummer»",
              "«PLZ» «Ort»",
              "Versicherungsnummer: «VersNr»        Kassel, «Datum»",
              ("b", "Ihr Antrag auf Verhinderungspflege vom «Antragsdatum»"),
              "«Anrede_Brief» «Nachname»,",
              "wir haben Ihren Antrag auf Erstattung der Kosten der Verhinderungspflege für den Zeitraum "
              "«Zeitraum_von» bis «Zeitraum_bis» geprüft. Leider können wir die Kosten nicht bzw. nicht in voller "
              "Höhe übernehmen.",
              "Begründung: «Begründung_Auswahl» [A: Pflegegrad 1 - kein Anspruch | B: Jahresbetrag "
              "ausgeschöpft | C: Ersatzpflege durch nahe Angehörige, Erstattung nur bis zum 1,5-fachen Pflegegeld "
              "| D: Nachweise fehlen]",
              "Erstattungsfähig: «Betrag_erstattet» EUR; nicht erstattungsfähig: «Betrag_abgelehnt» EUR.",
              "Gegen diese Entscheidung können Sie innerhalb eines Monats Widerspruch einlegen.",
              "Mit freundlichen Grüßen",
              "«Sachbearbeiter»"], dt=(2025, 2, 11, 9, 0, 0))
    body = Text("""Hallo zusammen,

der überarbeitete Textbaustein PV-VP-07 (Teil-/Ablehnung
Verhinderungspflege) liegt im Anhang. Geändert:
- Begründung C: "1,5-faches Pflegegeld" statt "Pflegegeld" (neue
  Rechtslage seit 2025), Fahrtkosten jetzt separat
- Rechtsbehelfsbelehrung vereinfacht (Rechtsabteilung hat zugestimmt)

Bitte testet die Serienbrieffelder im Testmandanten mit dem
Mustermann-Datensatz, bevor ich ihn in die Produktion stelle. Die
Feldnamen sind unverändert.

Gruß
Katrin
""")
    return mail(101, ENGELHARD, [("Team Kundenservice Pflege", P("ks-pflege-team"))],
                "Textbaustein PV-VP-07 Verhinderungspflege überarbeitet", "2025-02-11 09:25",
                mixed(101, [body, Att(d, MT["docx"], "PV-VP-07_Verhinderungspflege_Ablehnung_v2025-02.docx")]),
                "NORMAL", "de", "internal",
                "trap: letter template with «placeholders» for rejecting respite care; no person")


def m102():
    body = Text("""Sehr geehrter Herr Weber,

vielen Dank für das Angebot Nr. 2024-1187. Wir bestellen hiermit:

  Broschüre "Pflegegrade verständlich erklärt", Ausgabe 2025
  Umfang 24 Seiten + Umschlag, DIN A5, 4/4-farbig
  Papier Inhalt 115 g Bilderdruck matt, Umschlag 250 g
  Klammerheftung
  Auflage: 15.000 Exemplare deutsch + 2.000 Exemplare englisch
  (englische Druckdaten folgen bis 07.03.)

  Preis lt. Angebot: 4.380,00 EUR + 690,00 EUR netto, zzgl. MwSt.
  Bestellnummer: BE-2025-02-0211

Lieferung bis KW 13 an unser Lager (Tor 2) sowie 500 Exemplare je
Sprache direkt an die Pflegestützpunkte laut beigefügter Adressliste
(die schicke ich separat, das sind nur Dienststellen).

Die Druckdaten (PDF/X-4) stellen wir Ihnen über den Datenraum bereit.
Bitte vor Druck ein Proof an mich.

Mit freundlichen Grüßen
Anke Rothe
Einkauf / Zentrale Dienste
Auenwald Versicherung AG
""", charset="windows-1252", cte="quoted-printable")
    return mail(102, ROTHE, [("Thomas Weber", "t.weber@druckhaus-weber.example")],
                "Bestellung BE-2025-02-0211 Broschüre Pflegegrade", "2025-02-27 10:14", body,
                "NORMAL", "de", "insurer-to-supplier",
                "trap: print order for a care-level brochure", hcharset="windows-1252")


def m103():
    x = xlsx([("Fleet 2025", [
        ["Harbour Lane Home Care Frankfurt GmbH - Fahrzeugliste / fleet schedule 01.04.2025"],
        ["Kennzeichen / plate", "Fahrzeug / vehicle", "Erstzulassung", "Hauptfahrer/in / main driver", "geb. / DOB", "Führerschein seit", "SF-Klasse"],
        ["F-HL 101", "VW up! e", "2022-03", "Abena Adjei", "1983-08-14", "2002", "SF 12"],
        ["F-HL 102", "VW up! e", "2022-03", "Priscilla Mensah", "1992-04-03", "2011", "SF 6"],
        ["F-HL 103", "Renault Zoe", "2023-01", "Tobias Kern", "2003-11-27", "2022", "SF 1/2"],
        ["F-HL 104", "Renault Zoe", "2023-01", "Marlene Szabo", "1968-02-09", "1987", "SF 20"],
        ["F-HL 105", "Opel Corsa-e", "2024-06", "pool (wechselnd)", "", "", "SF 0"],
        ["F-DB 404", "Ford Transit 9-Sitzer mit Rampe", "2021-09", "Leonie Schäfer", "1995-07-30", "2014", "SF 4"]])],
        dt=(2025, 3, 11, 12, 0, 0))
    body = Text("""Hi James,

anbei / attached the fleet schedule for Harbour Lane Frankfurt as
requested for the 1/4 renewal (KF-7731-3001-77). A few notes:

- Mr Kern (F-HL 103) is a new driver under 23 - young-driver loading
  applies unless you want us to exclude him as a named driver.
- F-HL 105 is a pool car, we rate it with the worst SF class in the
  fleet.
- Die Geburtsdaten der Fahrer brauchen wir nur für die Tarifierung;
  bitte nicht an den Kunden-Newsletter-Verteiler oder andere Märkte
  weitergeben.

Quote will follow by 20 March.

Viele Grüße / best regards
Helen Marsh
""", cte="quoted-printable")
    return mail(103, MARSH, [("James Pellham", "james.pellham@pellhamrowe.example")],
                "Harbour Lane Frankfurt - fleet schedule 1/4 renewal", "2025-03-11 12:20",
                mixed(103, [body, Att(x, MT["xlsx"], "HarbourLane_FFM_Fahrzeugliste_2025.xlsx")]),
                "CONFIDENTIAL", "mixed", "insurer-to-broker",
                "fleet schedule with named drivers, birth dates and licence data; no health")


def m104():
    body = Text("""Sehr geehrte Frau Sahin,

vielen Dank für Ihre Anfrage. Wie besprochen erhalten Sie unser
Angebot für Ihre neue ambulante Betreuungs- und Entlastungsleistung,
die Sie ab 01.04.2025 als Einzelunternehmerin betreiben wollen.

Angebot Nr. AN-2025-03318
Antragstellerin: Frau Derya Sahin, geb. 04.12.1991
Anschrift: Frankfurter Str. 215, 34134 Kassel
Betrieb: "Derya Sahin - Alltagshilfe & Betreuung"
(anerkanntes Angebot zur Unterstützung im Alltag nach Landesrecht,
keine Grund- und Behandlungspflege)

Betriebshaftpflicht inkl. Obhutsschäden und Schlüsselverlust
  Deckungssumme 3 Mio. EUR, SB 150 EUR
  Jahresbeitrag 318,00 EUR netto / 378,42 EUR brutto
Optional: Dienst-Kfz-Haftpflicht für Ihren privaten Pkw bei
  Einsätzen - bitte über Ihren Kfz-Versicherer klären.

Für die Annahme benötigen wir noch Ihre Gewerbeanmeldung und die
Anerkennung durch das Land. Das Geburtsdatum haben wir für die
Identifikation nach Geldwäschegesetz erfasst.

Mit freundlichen Grüßen
Sabine Kettler
""")
    return mail(104, KETTLER, [("Derya Sahin", "derya.sahin@mailbox.example")],
                "Ihr Angebot Betriebshaftpflicht AN-2025-03318", "2025-03-19 11:07", body,
                "CONFIDENTIAL", "de", "insurer-to-customer",
                "offer to a sole-trader founder with birth date and home address")


def m105():
    body = Text("""We're hiring: Registered Nurse - Care Case Management (m/f/d)
Kassel or remote (Germany), full-time or 80 %

Auenwald Krankenversicherung AG is one of Germany's specialist
insurers for long-term care. Our case management team supports insured
persons and their families after hospital discharge, when care needs
change suddenly or when care at home is no longer safe.

What you will do
- coordinate care after hospital discharge with hospitals, nursing
  services and day-care centres
- advise families in English and German, by phone and video
- assess complex cases together with our medical advisers

What you bring
- registered nurse (German recognition or in progress), 3+ years in
  geriatric, community or hospital nursing
- excellent English, German at B2 or better
- calm, organised, good with families under stress

What we offer
- insurance industry collective agreement, 30 days holiday
- remote working, laptop, phone, company bike
- language course and support with recognition of your qualification

Apply by 15 December 2024 at careers.auenwald-versicherung.example,
reference RN-CM-2024-11. Questions: Nadine Ortlieb, HR.

Please circulate in your networks!
""", cte="7bit", charset="us-ascii")
    return mail(105, ORTLIEB, [("International staff network", P("intl-network"))],
                "Job opening: Registered Nurse - Care Case Management (please share)",
                "2024-11-18 09:45", body, "NORMAL", "en", "internal",
                "trap: job advertisement for nurses; no person data")


def m106():
    inner_body = Text("""Dear Sir or Madam,

I am writing from Portland, Oregon, about my mother, Liselotte Hartung,
who lives in Haus Abendrot in Korbach and is insured with you
(PV 503 772 160).

My cousin visited her on Sunday and sent me photos: a large dark
bruise (hematoma) on her left upper arm and smaller ones on both wrists.
The staff said she "bumped into the door frame". My mother is on
Eliquis because of her atrial fibrillation and bruises easily, I know
that. But the marks on her wrists look like someone held her tightly.
She has dementia and can't tell us what happened.

I have already written to the home and got no reply in eight days.
Can you as her insurer find out what happened? I am considering
reporting this to the police.

Sincerely,
Kevin Hartung
""", cte="7bit", charset="us-ascii")
    raw = inner(("Kevin Hartung", "kevin.hartung@pdxmail.example"),
                ["beschwerde@auenwald-versicherung.example"],
                "My mother Liselotte Hartung - bruises - Haus Abendrot", "2025-03-04 06:12",
                inner_body, "hartung-20250304")
    body = Text("""Lea,

zK - Beschwerde aus den USA, siehe Anhang. Wegen des Verdachts auf
Gewalt bitte heute noch mit der Heimleitung telefonieren; die
Heimaufsicht informiere ich selbst. Antwort an den Sohn übernehme ich
(auf Englisch).

Friederike
""", cte="8bit")
    return mail(106, LAMM, [SCHIMMEL], "zK: Beschwerde Haus Abendrot", "2025-03-04 09:02",
                mixed(106, [body, Rfc822(raw, "Beschwerde_Hartung.eml")]),
                "STRICTLY_CONFIDENTIAL", "mixed", "relative",
                "German cover says only 'zK'; attached English mail: named resident, dementia, atrial fibrillation, Eliquis, bruises")


def m107():
    ev = ics([{"uid": "jg-lpph-2025@auenwald-versicherung.example", "stamp": "20250114T100000Z",
               "start": "20250212T100000", "end": "20250212T130000",
               "summary": "Jahresgespräch Rahmenvertrag LPPH / Auenwald - annual review",
               "location": "Auenwald Versicherung AG, Auenwaldallee 1, Kassel, Raum K3.14",
               "description": ("Tagesordnung / agenda:\n1. Vergütung 2025 (Punktwerte) / remuneration\n"
                               "2. Abrechnung: Fax-Abschaltung 01.03., Partnerportal, KIM\n"
                               "3. Qualitätsthemen aus Beschwerden (aggregiert)\n"
                               "4. Data protection: portal access for members' staff\n5. Verschiedenes"),
               "organizer": ("Lea Schimmel", SCHIMMEL[1]),
               "attendees": [("Dr. Konstantin Reimers", "reimers@lpph-verband.example"),
                             ("Tom Ashby", ASHBY[1])]}])
    body = Text("""Sehr geehrter Herr Dr. Reimers,

wie telefonisch vereinbart die Einladung zu unserem Jahresgespräch zum
Rahmenvertrag. Mein Kollege Tom Ashby nimmt für den Punkt Datenschutz/
Portal teil; he will present in English, slides in German.

Beschwerdezahlen bringen wir wie immer nur aggregiert mit.

Mit freundlichen Grüßen
Lea Schimmel
""")
    return mail(107, SCHIMMEL, [("Dr. Konstantin Reimers", "reimers@lpph-verband.example")],
                "Einladung: Jahresgespräch Rahmenvertrag 12.02.2025", "2025-01-14 11:00",
                mixed(107, [body, Att(ev, MT["ics"], "Jahresgespraech_LPPH_2025.ics")]),
                "NORMAL", "mixed", "insurer-to-partner",
                "trap: meeting invitation with the care providers' association; agenda only", cc=[ASHBY])


def m108():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1d1d1d">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:16px;background:#2b6b73;color:#fff;font-size:20px">Auenwald Akademie Pflege</td></tr>
<tr><td style="padding:16px">
<p>Sehr geehrte Damen und Herren,</p>
<p>wir laden Einrichtungs- und Pflegedienstleitungen unserer versicherten Pflegeheime herzlich ein zur
kostenfreien Schulung</p>
<p style="font-size:17px;font-weight:bold">Sturzprophylaxe und Haftung &ndash; was im Schadenfall z&auml;hlt</p>
<table cellpadding="4" style="font-size:13px">
<tr><td><b>Termin</b></td><td>Mittwoch, 14. Mai 2025, 9:30&ndash;15:30 Uhr</td></tr>
<tr><td><b>Ort</b></td><td>Auenwald Versicherung AG, Kassel (oder online)</td></tr>
<tr><td><b>Referenten</b></td><td>Jonas Brandauer (Haftpflichtschaden), Dr. Ilka Wendt (Beratungs&auml;rztin)</td></tr>
</table>
<ul>
<li>Expertenstandard Sturzprophylaxe &ndash; was Gerichte pr&uuml;fen</li>
<li>Dokumentation: Sturzrisikoeinsch&auml;tzung, Ma&szlig;nahmenplan, Sturzprotokoll</li>
<li>Freiheitsentziehende Ma&szlig;nahmen: Bettgitter, Sensormatten, Niederflurbetten</li>
<li>Was tun nach einem Sturz? Meldung an uns, Kommunikation mit Angeh&ouml;rigen</li>
<li>Anonymisierte Fallbeispiele aus unserer Schadenpraxis</li>
</ul>
<p>Bitte bringen Sie <b>keine</b> echten Bewohnerakten oder Sturzprotokolle mit &ndash; wir arbeiten mit
Musterdokumenten.</p>
<p><a href="https://akademie.auenwald-versicherung.example/sturz2025" style="background:#2b6b73;color:#fff;padding:8px 14px;text-decoration:none">Jetzt anmelden</a></p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Sabine Kettler<br>Firmenkunden Heilwesen &amp; Soziales</p>
</td></tr></table></body></html>"""
    return mail(108, KETTLER, ["Kunden Pflegeheime:;"],
                "Einladung: Schulung Sturzprophylaxe und Haftung am 14.05.2025", "2025-03-20 08:00",
                Text(html, "html", cte="quoted-printable"), "NORMAL", "de", "insurer-to-company",
                "trap: HTML-only training invitation on falls and liability; asks not to bring real files")


def m109():
    body = Text("""Sehr geehrte Damen und Herren,

mit dem Landesverband privater Pflegeanbieter Hessen e.V. haben wir
die Vergütung für Leistungen nach dem Leistungskomplexsystem für
Versicherte der Auenwald Pflegepflichtversicherung ab 01.03.2025
vereinbart. Es gelten folgende Punktwerte und Pauschalen:

  Punktwert Leistungskomplexe (LK 1-LK 17)     0,0712 EUR (bisher 0,0679)
  Hausbesuchspauschale                          4,85 EUR (bisher 4,62)
  Erhöhte Hausbesuchspauschale (Nacht, So/Fe)   7,25 EUR
  Zeitvergütung Betreuung (je 5 Minuten)        3,21 EUR
  Ausbildungszuschlag                           2,6 %

Beispiel: LK 2 (große Körperpflege, 480 Punkte) = 34,18 EUR.

Die Werte gelten für alle Dienste, die dem Rahmenvertrag beigetreten
sind; die Übersicht mit allen Leistungskomplexen finden Sie im
Partnerportal unter Downloads. Für Rechnungen mit Leistungsmonat
Februar 2025 gelten noch die bisherigen Werte.

Mit freundlichen Grüßen
Lea Schimmel
Leistungserbringer-Management Pflege
Auenwald Krankenversicherung AG
""", cte="quoted-printable")
    return mail(109, SCHIMMEL, ["Vertragspartner ambulant Hessen:;"],
                "Vergütungsvereinbarung ambulant ab 01.03.2025 - neue Punktwerte", "2025-02-14 10:00", body,
                "NORMAL", "de", "insurer-to-care-provider",
                "trap: circular with remuneration rates for care services; no person")


def m110():
    lines = ["# Erklärung zur Entbindung von der Schweigepflicht",
             "(Pflegeversicherung / Haftpflichtschaden Pflegeeinrichtung)", "",
             "Ich, ____________________________ (Name, Vorname), geb. am ______________,",
             "wohnhaft ____________________________________________________________,",
             "", "entbinde hiermit",
             "[ ] die Pflegeeinrichtung ____________________________________",
             "[ ] die behandelnden Ärztinnen und Ärzte ______________________",
             "[ ] das Krankenhaus ___________________________________________",
             "", "von der Schweigepflicht gegenüber der Auenwald Krankenversicherung AG bzw.",
             "der Auenwald Versicherung AG, soweit dies zur Prüfung von",
             "[ ] Leistungen der Pflegeversicherung",
             "[ ] Ansprüchen aus dem Schadenfall Nr. _______________",
             "erforderlich ist.", "",
             "Ich kann diese Erklärung jederzeit mit Wirkung für die Zukunft widerrufen.",
             "Handelt eine Betreuerin / ein Betreuer oder Bevollmächtigte/r, bitte",
             "Betreuerausweis bzw. Vollmacht beifügen.", "",
             "Ort, Datum __________________   Unterschrift ___________________________",
             "", "Formular SE-PV-03, Stand 01/2025"]
    p = pdf(lines, title="Schweigepflichtentbindung SE-PV-03", date="20250110080000")
    body = Text("""Sehr geehrte Frau Kiesow,

wie gewünscht anbei das aktuelle Blankoformular zur Schweige-
pflichtentbindung (SE-PV-03, Stand 01/2025) für Ihre Aufnahmemappe.
Bitte verwenden Sie ab sofort nur noch diese Fassung; die alte
Version von 2019 enthält noch die Faxnummer.

Ausgefüllte Erklärungen senden Sie bitte nicht per E-Mail, sondern
über das Partnerportal oder per Post.

Mit freundlichen Grüßen
Lea Schimmel
""")
    return mail(110, SCHIMMEL, [("Anja Kiesow", "verwaltung@haus-am-kalkberg.example")],
                "Formular Schweigepflichtentbindung SE-PV-03", "2025-01-10 08:41",
                mixed(110, [body, Att(p, MT["pdf"], "SE-PV-03_Schweigepflichtentbindung_blanko.pdf")]),
                "NORMAL", "de", "insurer-to-care-provider",
                "trap: blank confidentiality-release form (PDF) sent to a care home's administration")


def m111():
    x = xlsx([("Market", [["Private compulsory long-term care insurance (PPV) - market and Auenwald, 31/12/2024"],
                          ["", "Market", "Auenwald", "Share"],
                          ["Insured persons (m)", 9.2, 0.41, "4.5 %"],
                          ["Persons with care level (k)", 262.0, 11.9, "4.5 %"],
                          ["Benefit expenditure (EUR m)", 2180.0, 96.4, "4.4 %"]]),
              ("Care levels", [["Care level", "Auenwald insured with benefits", "share", "market share of level"],
                               [1, 1830, "15 %", "17 %"], [2, 3920, "33 %", "34 %"], [3, 3310, "28 %", "27 %"],
                               [4, 1910, "16 %", "15 %"], [5, 930, "8 %", "7 %"], ["Total", 11900, "100 %", "100 %"]]),
              ("Setting", [["Setting", "persons", "share"], ["care allowance only", 6150, "52 %"],
                           ["services in kind / combined", 2890, "24 %"], ["day care (additionally)", 610, "5 %"],
                           ["full inpatient", 2860, "24 %"]])], dt=(2025, 2, 24, 8, 0, 0))
    body = Text("""Hi Petra's office,

the data sheet for slide 7 of the board deck ("Long-term care - where we
stand") is attached. All figures are aggregates from the annual
statistics; the market figures are from the association's publication.
Nothing below cell level 500, so no issue with small numbers.

Happy to walk anyone through it.
Priya
""", cte="7bit", charset="us-ascii")
    return mail(111, NATARAJAN, [("Vorstandsbüro Lohmeier", P("vb-lohmeier"))],
                "Board deck slide 7 - LTC market and care levels (data)", "2025-02-24 08:34",
                mixed(111, [body, Att(x, MT["xlsx"], "Board_2025-03_LTC_slide7_data.xlsx")]),
                "NORMAL", "en", "internal",
                "trap: aggregated market and care-level statistics for the board; no person")


def m112():
    body = Text("""Dear colleagues,

please join me in welcoming Dr. Samuel Achterberg, who joins our
medical advisory team on 1 February as a second advising physician for
long-term care, alongside Dr. Ilka Wendt.

Samuel is a specialist in geriatric medicine and worked for nine years
at a geriatric rehabilitation clinic and, most recently, as a medical
reviewer for a reinsurer in Munich. He will focus on disputed care
assessments, the quality complaints about contracted homes, and the
medical side of large liability claims against care homes.

He speaks German, English and Dutch, cycles to work from Vellmar, and
is, we are told, a very good baker - coffee round in K3 on his first
Friday.

His extension is -2215, e-mail samuel.achterberg@auenwald-versicherung.example.

Welcome, Samuel!

Dr. Ilka Wendt
Medical Advisory Service - Long-term Care
""", cte="7bit", charset="us-ascii")
    return mail(112, WENDT, [("All staff Health & Care", P("alle-kv"))],
                "Welcome Dr. Samuel Achterberg - Medical Advisory Service", "2025-01-30 12:00", body,
                "NORMAL", "en", "internal",
                "trap: personnel announcement of a new medical adviser (a colleague, organisational)")


def m113():
    body = Text("""Sehr geehrte Frau Hübenthal,

trotz unserer Zahlungserinnerung vom 14.10.2024 ist der Folgebeitrag
für Ihre Betriebshaftpflichtversicherung noch nicht bei uns
eingegangen.

  Versicherungsnehmerin: Petra Hübenthal, Alltagsbegleitung Hübenthal
  Anschrift:             Am Mühlenteich 3, 34346 Hann. Münden
  Vertrag:               HB 3.188.054
  Rückstand:             412,62 EUR (Beitrag 01.10.2024-30.09.2025)
  Mahngebühr:              5,00 EUR

Wir bestimmen Ihnen hiermit gemäß § 38 VVG eine Zahlungsfrist von
zwei Wochen ab Zugang dieses Schreibens. Tritt nach Ablauf der Frist
ein Schaden ein und sind Sie mit der Zahlung noch in Verzug, besteht
kein Versicherungsschutz. Nach Fristablauf können wir den Vertrag
fristlos kündigen.

Bitte überweisen Sie 417,62 EUR unter Angabe der Vertragsnummer auf
unser Konto (siehe Beitragsrechnung). Sollten Sie bereits gezahlt
haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Beitragsservice Firmen
Auenwald Versicherung AG

Diese Mahnung wurde maschinell erstellt und ist ohne Unterschrift gültig.
""", charset="iso-8859-1", cte="8bit")
    return mail(113, ("Auenwald Beitragsservice Firmen", P("beitragsservice")),
                [("Petra Hübenthal", "p.huebenthal@alltagsbegleitung-huebenthal.example")],
                "Mahnung - Vertrag HB 3.188.054", "2024-11-04 06:30", body,
                "CONFIDENTIAL", "de", "insurer-to-customer",
                "payment reminder to a sole trader: name, address, contract, arrears", hcharset="iso-8859-1")


def m114():
    plain = """Dear Mr Thwaite,

your registration for the Auenwald business customer portal is complete.

User name: o.thwaite.bwc
Company: Brightwater Pflege Deutschland GmbH (customer no. 7009 2210)
Role: Finance (premium invoices, payment status, policy documents)
Linked policies: HB 3.204.117, GW-7731-6620-19, KF-7731-2871-03, GU 77 118 260

Your role does not give access to claim files or to the group accident
claim documents; those are restricted to the Group Risk Manager.

Your one-time password has been sent separately by SMS to the mobile
number ending in 42.

Log in at https://firmenportal.auenwald-versicherung.example

Auenwald Business Portal Team
"""
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Mr Thwaite,</p>
<p>your registration for the <b>Auenwald business customer portal</b> is complete.</p>
<table cellpadding="3">
<tr><td>User name:</td><td>o.thwaite.bwc</td></tr>
<tr><td>Company:</td><td>Brightwater Pflege Deutschland GmbH (customer no. 7009 2210)</td></tr>
<tr><td>Role:</td><td>Finance (premium invoices, payment status, policy documents)</td></tr>
<tr><td>Linked policies:</td><td>HB 3.204.117, GW-7731-6620-19, KF-7731-2871-03, GU 77 118 260</td></tr>
</table>
<p>Your role does not give access to claim files or to the group accident claim documents; those are
restricted to the Group Risk Manager.</p>
<p>Your one-time password has been sent separately by SMS to the mobile number ending in 42.</p>
<p><a href="https://firmenportal.auenwald-versicherung.example">Log in</a></p>
<p>Auenwald Business Portal Team</p></body></html>"""
    return mail(114, ("Auenwald Business Portal", P("firmenportal")),
                [("Oliver Thwaite", "oliver.thwaite@brightwater-care.example")],
                "Your access to the Auenwald business portal", "2025-01-21 09:03",
                alt(plain, html, 114), "CONFIDENTIAL", "en", "insurer-to-company",
                "portal registration of a named finance manager with user name and linked policy numbers",
                extra=["Auto-Submitted: auto-generated"])


def m115():
    text = """Sehr geehrter Herr Pauly,

vielen Dank für die eingereichten Rechnungen. Für Ihre Frau,
Frau Gisela Pauly (Versicherungsnummer PV 502 947 736, Pflegegrad 2),
haben wir aus dem Entlastungsbetrag erstattet:

  Rechnung            Leistung                          Betrag
  Haushaltshilfe      Reinigung Okt. 2024 (6 x 2 Std.)  178,80 EUR
  Hilde Brandes*)     Begleitung Arztbesuche Neurologie  60,00 EUR
                      (3 x, Okt./Nov. 2024)
  Tagespflege         1 Schnuppertag 22.11.2024          54,20 EUR

  *) anerkannte Nachbarschaftshelferin, Nachweis liegt vor

Die Begleitung zu den Terminen in der Gedächtnissprechstunde
(Verdacht auf beginnende Alzheimer-Demenz, laut Ihrem Schreiben) ist
als Unterstützung im Alltag erstattungsfähig.

Nicht erstattet werden konnte die Rechnung der Fußpflege (Podologie
bei diabetischem Fuß, 38 EUR) - das ist eine Heilmittelleistung der
Krankenversicherung. Bitte reichen Sie diese dort ein.

Restbetrag Entlastungsbetrag 2024: 207,00 EUR (nutzbar bis 30.06.2025).

Mit freundlichen Grüßen
Katrin Engelhard
Kundenservice Pflege
"""
    return mail(115, ENGELHARD, [("Heinz Pauly", "heinz.pauly@mailbox.example")],
                "Erstattung Entlastungsbetrag", "2024-12-12 15:10",
                Text(text, cte="base64"), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
                "base64-encoded body: named insured wife, care level, suspected Alzheimer's, diabetic foot")


def m116():
    body = Text("""Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet der Betriebsärztliche Dienst allen
Mitarbeitenden eine kostenlose Grippeschutzimpfung an:

  Di, 15.10.2024   8:00-12:00 Uhr   Gebäude A, Raum A0.12
  Do, 17.10.2024  12:00-16:00 Uhr   Gebäude B, Raum B1.07
  Mi, 23.10.2024   8:00-12:00 Uhr   Gebäude A, Raum A0.12

Geimpft wird mit dem aktuellen quadrivalenten Impfstoff der Saison
2024/25. Bitte bringen Sie Ihren Impfpass mit (falls vorhanden) und
tragen Sie sich im Intranet unter "Gesundheit > Impfaktion" für einen
10-Minuten-Slot ein.

Die Teilnahme ist freiwillig. Wer geimpft wurde, wird nicht an die
Führungskraft oder die Personalabteilung gemeldet; die Dokumentation
bleibt beim Betriebsärztlichen Dienst.

Eine COVID-19-Auffrischung ist am selben Termin möglich - bitte
gesondert anmelden.

Bleiben Sie gesund!
Ihr Betriebsärztlicher Dienst und das BGM-Team
""", cte="quoted-printable")
    return mail(116, ("Betriebsärztlicher Dienst", P("betriebsarzt")), [("Alle Mitarbeitenden", P("alle"))],
                "Grippeschutzimpfung 2024 - Termine", "2024-10-02 08:15", body,
                "NORMAL", "de", "internal",
                "trap: flu vaccination campaign for staff; no person")


def m117():
    body = Text("""Sehr geehrte Frau Jankowski,

vielen Dank für Ihren Anruf am Montag und Ihre E-Mail. Ich habe mir
die Situation Ihres Vaters, Herrn Horst Jankowski (PV 508 441 902),
genau angesehen und mit dem Pflegedienst Hand in Hand Pflege
gesprochen.

Zu Ihren Punkten:

1. Ausgefallene Einsätze: Der Dienst bestätigt, dass am 03.02. und
   am 05.02. die Abendeinsätze (Medikamentengabe, Hilfe beim
   Zubettgehen) ausgefallen sind - wegen Krankheit zweier
   Mitarbeiterinnen und ohne Sie zu informieren. Der Dienst hat diese
   Einsätze nicht abgerechnet; das haben wir anhand der Rechnung
   geprüft.

2. Sicherheit: Sie schreiben, dass Ihr Vater wegen seiner Demenz
   (Lewy-Body, seit 2023 bekannt) am 05.02. abends seine Tabletten
   doppelt genommen hat und nachts gestürzt ist. Es tut mir sehr leid,
   dass das passiert ist. Der Dienst hat zugesagt, bei Personal-
   engpässen künftig zuerst die Medikamenteneinsätze zu sichern und
   Sie bei jedem Ausfall telefonisch zu informieren.

3. Wechsel des Dienstes: Wenn Sie den Dienst wechseln möchten, hilft
   Ihnen unsere Pflegeberatung bei der Suche; der Pflegevertrag kann
   von Ihrem Vater bzw. Ihnen als Bevollmächtigter jederzeit ohne
   Frist gekündigt werden (§ 120 Abs. 2 SGB XI).

4. Tagespflege: Bei Pflegegrad 3 steht Ihrem Vater zusätzlich ein
   eigenes Budget für die Tagespflege zu, das die Abende nicht
   ersetzt, aber die Tage entlasten kann.

Ich rufe Sie am Freitag zwischen 10 und 11 Uhr an.

Mit freundlichen Grüßen
Friederike Lamm
Beschwerdemanagement
Auenwald Krankenversicherung AG
""")
    return mail(117, LAMM, [("Claudia Jankowski", "c.jankowski@mailbox.example")],
                "Ihre Beschwerde über den Pflegedienst - Ihr Vater", "2025-02-12 16:40", body,
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
                "named insured father with care number, Lewy body dementia, medication error, fall, care level 3")


def m118():
    ib = iban("DE", "52050353" + "0001277415")
    body = Text("""Sehr geehrte Frau Wöhler,

hiermit bestätigen wir die Zahlung des Pflegegeldes für Januar 2025:

  Versicherte Person:  Frau Irmgard Wöhler
  Versicherungsnummer: PV 501 330 987
  Pflegegrad:          2
  Pflegegeld:          347,00 EUR (ab 01.01.2025 nach Dynamisierung)
  Zahlung am:          31.01.2025
  Konto:               {ib}
  Kontoinhaberin:      Irmgard Wöhler

Die Zahlung erfolgt künftig jeweils am Monatsende im Voraus für den
Folgemonat.

Bitte denken Sie an den Beratungsbesuch nach § 37 Abs. 3 SGB XI:
Bei Pflegegrad 2 muss er einmal im Halbjahr stattfinden, der nächste
bis 30.06.2025. Ohne Nachweis müssen wir das Pflegegeld kürzen.

Mit freundlichen Grüßen
Ihre Auenwald Krankenversicherung AG
Kundenservice Pflege
""".format(ib=grp(ib)), charset="windows-1252", cte="quoted-printable")
    return mail(118, PFLEGE_LEISTUNG, [("Irmgard Wöhler", "i.woehler@mailbox.example")],
                "Zahlung Pflegegeld Januar 2025", "2025-01-31 06:45", body,
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "care allowance for named insured with care level 2, care number and IBAN",
                hcharset="windows-1252")


def m119():
    x = xlsx([("Clients AW", [
        ["Harbour Lane Home Care Frankfurt - clients insured with Auenwald - pilot digital proof of service"],
        ["Client", "Insurance no.", "Care level", "Visits/week", "Main needs", "Key safe", "Tablet signature OK?"],
        ["Ursula Heimbach", "PV 506 220 731", 3, 14, "personal care, insulin (type 2 diabetes)", "yes", "daughter signs"],
        ["Georg Lamprecht", "PV 512 804 119", 2, 7, "compression stockings, shopping", "no", "yes"],
        ["Renate Fiedler", "PV 503 118 952", 4, 21, "after stroke, transfers, PEG care", "yes", "no - aphasia"],
        ["Nikolaos Papadakis", "PV 509 660 214", 2, 5, "household help, COPD", "no", "yes"],
        ["Marianne Oberst", "PV 510 442 087", 3, 14, "dementia, medication", "yes", "no - husband signs"],
        ["Wolfgang Seidl", "PV 507 701 563", 5, 28, "MS, catheter, pressure care", "yes", "no"]])],
        dt=(2025, 2, 7, 13, 0, 0))
    body = Text("""Lea,

here's what Harbour Lane sent for the pilot - that's much more than
we asked for (we wanted the number of clients and visits only). I
haven't forwarded it anywhere else. Suggest we reply asking them to
use client IDs instead of names and to drop the "main needs" column,
and I'll delete this from the project folder once they've sent a
clean version.

Priya

> From: Abena Adjei <a.adjei@harbourlane-care.example>
> Sent: 07 February 2025 13:18
> Subject: Pilot digital proof of service - our clients
>
> Hi Priya, as discussed, the list of our Auenwald clients for the
> pilot. Let me know if you need anything else. Abena
""")
    return mail(119, NATARAJAN, [SCHIMMEL], "FW: Pilot digital proof of service - our clients",
                "2025-02-07 15:02", mixed(119, [body, Att(x, MT["xlsx"], "HLHC_Auenwald_clients_pilot.xlsx")]),
                "STRICTLY_CONFIDENTIAL", "en", "care-provider",
                "XLSX from a home care service: named clients with care numbers, care levels, diabetes, stroke, dementia, MS")


def m120():
    body = Text("""Hallo Herr Demir,

die Meldung zum Wildunfall ist angekommen:

  Schaden-Nr.:  K-25-010443
  Fahrzeug:     VW up! (Dienstwagen), KS-HH 217
  Vertrag:      KF-7731-3315-09 (Flotte Hand in Hand Pflege UG)
  Fahrerin:     Frau Nadine Rausch, Pflegehelferin
  Datum/Ort:    13.02.2025, 06:20 Uhr, K 14 zwischen Ihringshausen
                und Fuldatal, Zusammenstoß mit einem Reh

Frau Rausch blieb unverletzt, wie Sie schreiben; das Fahrzeug ist
nicht fahrbereit (Frontschaden, Kühler). Zusammenstoß mit Haarwild ist
in der Teilkasko versichert (SB 150 EUR).

Bitte schicken Sie uns noch die Wildunfallbescheinigung des
Jagdpächters oder der Polizei. Das Fahrzeug kann in die Werkstatt
Ihrer Wahl; ab 2.000 EUR Schaden schicken wir einen Gutachter.

Beste Grüße
Team Kfz-Schaden Gewerbe
i. A. Dennis Wojcik
""", flowed=True, cte="8bit")
    return mail(120, WOJCIK, [("Yusuf Demir", "y.demir@handinhand-pflege.example")],
                "Wildunfall KS-HH 217 - K-25-010443", "2025-02-14 09:31", body,
                "CONFIDENTIAL", "de", "insurer-to-company",
                "fleet claim: named driver (care assistant) unhurt, plate and claim number")


def m121():
    body = Text("""Dear Ms Gallagher,

Re: D&O policy DO-3310-118 (Brightwater Care Group plc and subsidiaries)
Notice of circumstances of 3 March 2025

Thank you for the notice. We confirm receipt within the policy period
and have registered it under DO-25-00021. As we understand it:

- Mr Reinhard Kölsch, former minority shareholder of Pflegeheime
  Nordlicht GmbH (acquired by Brightwater Pflege Deutschland GmbH in
  2023), has written to Mr Oliver Thwaite (CFO) and Ms Karen Doyle
  (managing director of the German subsidiary) alleging that the
  purchase price was reduced on the basis of misleading occupancy
  figures, and that both knew this.
- He announces a claim of about EUR 1.9m against both personally and
  against the company. No proceedings have been issued yet.

Under clause 6.3, later claims arising from these circumstances will be
treated as made in the current policy period. Please send us any
further correspondence with Mr Kölsch or his lawyers straight away and
do not acknowledge any liability. If you wish to instruct defence
counsel now, please agree the firm and the hourly rates with us in
advance.

Kind regards,
Helen Marsh
Financial Lines / International Underwriting
Auenwald Versicherung AG
""")
    return mail(121, MARSH, [("Fiona Gallagher", "fiona.gallagher@brightwater-care.example")],
                "D&O notice of circumstances - DO-25-00021", "2025-03-06 14:48", body,
                "CONFIDENTIAL", "en", "insurer-to-company",
                "D&O circumstances naming directors and a former shareholder with alleged claim; civil, no health")


def m122():
    o = ods([("Q2 2024", [["Beschwerdestatistik Pflege - 2. Quartal 2024", "", "", ""],
                          ["Kategorie", "Anzahl", "davon berechtigt", "Ø Bearbeitungstage"],
                          ["Dauer Bescheid Pflegegrad", 41, 17, 9.2],
                          ["Höhe Pflegegrad / Gutachten", 63, 8, 12.5],
                          ["Abrechnung Pflegedienst (Fehler, Doppelabrechnung)", 22, 14, 15.1],
                          ["Qualität Pflegedienst / Heim (weitergeleitet)", 19, 0, 6.0],
                          ["Erreichbarkeit Hotline", 27, 21, 2.3],
                          ["Pflegehilfsmittel", 12, 5, 8.8],
                          ["Sonstiges", 9, 3, 4.1],
                          ["Summe", 193, 68, 9.4]]),
             ("Kanal", [["Kanal", "Anzahl"], ["Brief", 58], ["E-Mail", 91], ["Telefon (protokolliert)", 31],
                        ["über Vorstand / Aufsicht", 13]])], dt=(2024, 7, 10, 8, 0, 0))
    body = Text("""Hallo zusammen,

anbei die Beschwerdestatistik Pflege für Q2 (ODS, bitte mit
LibreOffice öffnen, Excel geht aber auch). Auffällig:
- "Höhe Pflegegrad" weiter der größte Block, aber selten berechtigt
- Hotline: 21 von 27 berechtigt, das müssen wir ernst nehmen
  (Wartezeiten im Mai wegen Krankheitsausfällen im Team)

Einzelfälle stehen bewusst nicht drin; wer Details braucht, fragt
mich bitte direkt.

Gruß
Friederike
""")
    return mail(122, LAMM, [("Leitung Leistung Pflege", P("leitung-pflege")), ENGELHARD],
                "Beschwerdestatistik Pflege Q2/2024", "2024-07-10 10:20",
                mixed(122, [body, Att(o, MT["ods"], "Beschwerdestatistik_Pflege_Q2-2024.ods")]),
                "NORMAL", "de", "internal",
                "trap: aggregated complaint statistics in ODS; no individual case")


def m123():
    inner_body = Text("""Dear Helen,

we are pleased to present Evergreen Living GmbH for a new liability and
property programme incepting 1 July 2025.

Client:        Evergreen Living GmbH, Berlin (HRB 248 117 B)
               7 care homes (642 beds) in Berlin, Brandenburg and
               Saxony, plus 2 assisted-living sites
Turnover 2024: EUR 48.6m
Contact:       Mr Lukas Brenner, Head of Finance & Insurance,
               l.brenner@evergreen-living.example, +49 30 5550 7781
Incumbent:     Hanseatica Versicherung, policies HV-HP-551207 (liability)
               and HV-SA-551208 (property); the client is unhappy with
               claims handling after the 2023 water damage in Potsdam
Target:        liability EUR 10m, property EUR 86m TSI, BI 12 months

Attached (to follow via data room): SOV, 5-year loss runs, fire
protection reports. The loss runs contain claim numbers and amounts
only.

Quotation deadline 30 April. Happy to arrange a site visit.

Best regards,
James Pellham
Pellham & Rowe Ltd
""", cte="7bit", charset="us-ascii")
    raw = inner(("James Pellham", "james.pellham@pellhamrowe.example"),
                [("Helen Marsh", MARSH[1])], "New business submission - Evergreen Living GmbH",
                "2025-03-24 17:40", inner_body, "pr-evergreen-2503")
    body = Text("""Sabine - new submission from Pellham & Rowe, see attached mail.
German care homes, so your patch. Can you take the lead on liability
and I do property? Deadline 30/4.
Helen
""", cte="7bit", charset="us-ascii")
    return mail(123, MARSH, [KETTLER], "FW: New business submission - Evergreen Living GmbH",
                "2025-03-25 08:17", mixed(123, [body, Rfc822(raw)]),
                "CONFIDENTIAL", "en", "broker",
                "forwarded broker submission: named client contact with phone, incumbent policy numbers")


def m124():
    body = Text("""Dear Ms Baptiste,

thank you for the menu proposal for our Long-Term Care Forum on 24 April
(90 guests, Hotel Hafenkante, Hamburg).

Please go ahead with option B (buffet), with these changes:
- main courses: please make sure at least one is vegetarian and one is
  vegan; label all allergens (14 EU allergens) on the buffet cards
- dessert: include a sugar-free/diabetic-friendly option and fruit
- no alcohol at lunch; water, juices, coffee/tea only
- a separate gluten-free plate on request - we expect 3-5 requests,
  guests will register their needs with us and we will only pass you
  the number of meals, not names

Final numbers by 14 April. Invoice to Auenwald Versicherung AG,
PO-2025-0140, cost centre 4130.

Kind regards,
Jana Pohl
on behalf of Tom Ashby, Partner Management
""", cte="7bit", charset="us-ascii")
    return mail(124, POHL, [("Chantal Baptiste", "events@hotel-hafenkante.example")],
                "LTC Forum 24/04 - catering option B, dietary notes", "2025-03-18 10:40", body,
                "NORMAL", "en", "insurer-to-supplier",
                "trap: catering order with diabetic-friendly and gluten-free options; numbers only, no names")


def m125():
    d = docx([("h", "D&O renewal 2025 - Brightwater Care Group plc - insured persons (German subsidiary)"),
              "Policy DO-3310-118, renewal 1 April 2025. Directors and officers of Brightwater Pflege Deutschland GmbH.",
              ("t", [["Name", "Position", "Date of birth", "Nationality", "Appointed", "Other mandates"],
                     ["Karen Doyle", "Managing Director (Geschäftsführerin)", "11/03/1974", "IE", "01/2022", "none"],
                     ["Oliver Thwaite", "CFO Group; Geschäftsführer", "27/08/1969", "GB", "06/2020", "Trustee, Brightwater Foundation"],
                     ["Dr. Ulrike Meinke", "Prokuristin, Regional Director North", "05/12/1971", "DE", "04/2023", "none"],
                     ["Björn Albers", "Prokurist, Head of Operations", "19/06/1980", "DE", "09/2024", "Board, LPPH Hessen e.V. (until 2024)"]]),
              "Source: broker submission Pellham & Rowe of 18 February 2025 and commercial register extract of 12 February 2025.",
              "Open: confirmation of no known circumstances from Dr. Meinke (new since last renewal)."],
             dt=(2025, 2, 20, 11, 0, 0))
    body = Text("""Hi Pavel,

for the D&O renewal on Brightwater (DO-3310-118) here is the list of
insured persons in the German subsidiary that you asked for - with
dates of birth because the sanctions screening tool needs them. Please
run the screening and save the result in the underwriting file; the
list itself doesn't need to go anywhere else.

Note the circumstances notification of March (DO-25-00021) concerning
Doyle and Thwaite - that will affect terms.

Thanks,
Helen
""", cte="7bit", charset="us-ascii")
    return mail(125, MARSH, [("Pavel Nowotny", P("pavel.nowotny"))],
                "Brightwater D&O renewal - insured persons for screening", "2025-03-10 11:25",
                mixed(125, [body, Att(d, MT["docx"], "Brightwater_DO_insured_persons_2025.docx")]),
                "CONFIDENTIAL", "en", "internal",
                "DOCX: named directors with birth dates and nationality for sanctions screening; no health")


def m126():
    body = Text("""Sehr geehrte Damen und Herren,

im Rahmen unserer Risikobesichtigungen in Pflegeeinrichtungen haben
wir die Checkliste überarbeitet. Sie finden unten die Punkte, auf die
unsere Risikoingenieure beim Termin achten - so können Sie sich
vorbereiten. Die Besichtigung dauert ca. 2 Stunden; Bewohnerzimmer
betreten wir nur, wenn es nötig ist und die Bewohner zustimmen.

Brandschutz
[ ] Brandmeldeanlage mit Aufschaltung zur Feuerwehr, Wartung < 12 Mon.
[ ] Rauchschutztüren mit Feststellanlagen, frei von Keilen
[ ] Räumungskonzept horizontal (Brandabschnitte), Übung < 12 Mon.
[ ] Wäscherei: Flusensiebe, Abluftreinigung, keine Nachtbetrieb-Trockner
[ ] Raucherzimmer/-bereiche mit Löschdecke und Brandschutzaschenbecher

Leitungswasser / Elementar
[ ] Absperrventile je Etage bekannt und beschriftet
[ ] Leckagewarner in Technik- und Archivräumen
[ ] Rückstausicherung, Lage zu Gewässern

Haftung
[ ] Sturzprophylaxe nach Expertenstandard (Konzept, Schulung)
[ ] Warmwasser: Thermostatventile max. 43 °C in Pflegebädern
[ ] Hinlaufschutz / Türsicherung im beschützenden Bereich
[ ] Schlüsselverwaltung (Generalschlüssel, Quittungen)

Cyber
[ ] MFA für Fernzugänge, Offline-Backup der Pflegedokumentation

Mit freundlichen Grüßen
Risk Engineering Firmenkunden
Auenwald Versicherung AG
""", cte="quoted-printable")
    return mail(126, ("Auenwald Risk Engineering", P("risk-engineering")), ["Kunden Pflegeheime:;"],
                "Checkliste Risikobesichtigung Pflegeeinrichtungen 2025", "2025-01-16 09:00", body,
                "NORMAL", "de", "insurer-to-company",
                "trap: generic risk-survey checklist for care homes; no customer or person")


def m127():
    x = xlsx([("Schäden 2019-2024", [
        ["Betriebshaftpflicht Pflegeheime - Schadenstatistik nach Ursache, Anfalljahre 2019-2024 (Stand 30.09.2024)"],
        ["Ursache", "2019", "2020", "2021", "2022", "2023", "2024*", "Summe", "Ø Aufwand EUR"],
        ["Sturz", 182, 161, 170, 188, 201, 140, 1042, 5420],
        ["Dekubitus", 31, 28, 35, 33, 40, 22, 189, 11870],
        ["Medikationsfehler", 19, 22, 18, 27, 25, 15, 126, 4310],
        ["Verbrühung / Verbrennung", 8, 6, 9, 7, 11, 5, 46, 21900],
        ["Hinlaufen / Vermisst", 9, 7, 12, 10, 13, 8, 59, 6750],
        ["Obhut: Brille, Hörgerät, Zahnprothese", 402, 366, 391, 420, 455, 318, 2352, 410],
        ["Schlüsselverlust", 61, 58, 66, 71, 69, 49, 374, 2980],
        ["Sonstiges", 44, 39, 47, 52, 49, 31, 262, 1240],
        ["Summe", 756, 687, 748, 808, 863, 588, 4450, ""],
        ["* 2024 bis 30.09.; Zahlen je Bundesland auf Blatt 2 nur ab 10 Schäden"]]),
        ("Bundesländer", [["Bundesland", "Schäden 2019-2024", "davon Sturz"], ["Hessen", 1620, 381],
                          ["Niedersachsen", 1104, 262], ["Hamburg/Bremen", 688, 159],
                          ["Nordrhein-Westfalen", 702, 170], ["übrige", 336, 70]])],
        dt=(2024, 10, 14, 9, 0, 0))
    body = Text("""Hallo Jonas, hallo Sabine,

wie gewünscht die Schadenstatistik Betriebshaftpflicht Pflegeheime
(Anhang), für die Tarifkalkulation 2025 und den Vortrag auf der
Akademie. Alles Zählungen und Durchschnitte, keine Einzelschäden.

Beim Ø Aufwand Verbrühungen bitte beachten, dass ein einzelner
Großschaden aus 2021 den Wert stark hochzieht; ohne ihn wären es
ca. 9.800 EUR.

Viele Grüße
Priya
""", cte="8bit")
    return mail(127, NATARAJAN, [BRANDAUER, KETTLER], "Schadenstatistik BHV Pflegeheime 2019-2024",
                "2024-10-14 09:20", mixed(127, [body, Att(x, MT["xlsx"], "Schadenstatistik_BHV_Pflegeheime_2019-2024.xlsx")]),
                "NORMAL", "de", "internal",
                "trap: claim counts by cause (falls, pressure sores, medication errors) and region; aggregates only")


def m128():
    rows = [["Rechnungsnummer", "Rechnungsdatum", "Versicherte", "Geburtsdatum", "Versicherungsnummer",
             "Pflegegrad", "Leistungsdatum", "LK", "Bezeichnung", "Punkte", "Betrag EUR", "Handzeichen"],
            ["HIH-2501-0093", "03.02.2025", "Edith Wallenstein", "14.06.1938", "PV 511 772 046", 3, "02.01.2025",
             "LK 2", "Große Körperpflege", 480, "34,18", "TV"],
            ["HIH-2501-0093", "03.02.2025", "Edith Wallenstein", "14.06.1938", "PV 511 772 046", 3, "02.01.2025",
             "LK 12", "Wundversorgung Ulcus cruris (ärztl. verordnet)", 0, "0,00", "TV"],
            ["HIH-2501-0093", "03.02.2025", "Edith Wallenstein", "14.06.1938", "PV 511 772 046", 3, "02.01.2025",
             "LK 15", "Hausbesuchspauschale", "", "4,62", "TV"],
            ["HIH-2501-0093", "03.02.2025", "Edith Wallenstein", "14.06.1938", "PV 511 772 046", 3, "03.01.-31.01.2025",
             "LK 2", "Große Körperpflege (29 x)", 13920, "991,22", "div."],
            ["HIH-2501-0093", "03.02.2025", "Edith Wallenstein", "14.06.1938", "PV 511 772 046", 3, "03.01.-31.01.2025",
             "LK 15", "Hausbesuchspauschale (29 x)", "", "133,98", "div."],
            ["", "", "", "", "", "", "", "", "Summe", "", "1164,00", ""]]
    body = Text("""Ilka,

kurze Frage zur Rechnung im Anhang (Hand in Hand Pflege, Januar):
Die Wundversorgung beim Ulcus cruris ist mit 0 EUR drin, also nur
dokumentiert - abgerechnet wird die vermutlich bei der GKV bzw. bei uns
in der Krankenversicherung? Frau Wallenstein ist bei uns nur in der
PPV. Kann ich die Rechnung so freigeben?

Murat

-----Ursprüngliche Nachricht-----
Von: Abrechnung Hand in Hand Pflege <abrechnung@handinhand-pflege.example>
Gesendet: Montag, 3. Februar 2025 11:02
An: Partnerportal Auenwald
Betreff: Rechnung HIH-2501-0093

Anbei Rechnung Januar für Frau Wallenstein.
""")
    return mail(128, AYDIN, [WENDT], "WG: Rechnung HIH-2501-0093 - Frage Wundversorgung",
                "2025-02-04 10:12",
                mixed(128, [body, Att(csvtext(rows).encode("utf-8"), 'text/csv; charset="utf-8"', "HIH-2501-0093.csv")]),
                "STRICTLY_CONFIDENTIAL", "de", "care-provider",
                "care invoice for a named insured with birth date, care level, leg ulcer wound care (body and CSV)")


def m129():
    body = Text("""Sehr geehrte Frau Gerlach,

wir haben die Unfallmeldung Ihrer Mitarbeiterin, Frau Olga Friesen
(Pflegefachkraft, Wohnbereich Pflege), aus der Gruppenunfall-
versicherung GU 77 109 822 geprüft (Schaden-Nr. GU-24-01177).

Nach der Meldung verspürte Frau Friesen am 08.10.2024 beim Umlagern
eines Bewohners im Bett einen stechenden Schmerz im unteren Rücken.
Die MRT vom 15.10. zeigt einen Bandscheibenvorfall L4/L5 (M51.2) bei
deutlichen degenerativen Veränderungen (Osteochondrose); sie ist seit
dem 09.10. arbeitsunfähig.

Leider liegt hier kein Unfall im Sinne der Bedingungen vor: Ein Unfall
setzt ein plötzlich von außen auf den Körper wirkendes Ereignis voraus.
Das Umlagern war eine willentlich gesteuerte Bewegung ohne äußere
Einwirkung (kein Ausrutschen, kein Stoß). Zudem sind Bandscheiben-
schäden nach Ziffer 5.2.1 AUB nur versichert, wenn ein Unfall die
überwiegende Ursache ist - das ist nach dem MRT-Befund nicht der Fall.

Wir können daher keine Leistung erbringen. Frau Friesen erhält dieses
Ergebnis mit Begründung auch direkt von uns. Unabhängig davon sollte
der Vorfall der Berufsgenossenschaft (BGW) gemeldet werden.

Mit freundlichen Grüßen
Bernd Kallweit
Gruppenunfall / Personenversicherung Firmen
""")
    return mail(129, KALLWEIT, [("Marion Gerlach", "personal@seniorenresidenz-muehlbach.example")],
                "GU 77 109 822 - Schaden GU-24-01177 - Ablehnung", "2024-11-05 13:33", body,
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
                "group accident rejection: named nurse, disc prolapse M51.2, MRI, sick leave")


def m130():
    o = ods([("Devices", [["Auenwald electronics policy EL-5501-207 - Harbour Lane Home Care Frankfurt GmbH"],
                          ["Device", "Serial no.", "Purchased", "Value EUR", "Assigned to", "Team"],
                          ["Samsung Galaxy Tab A9", "R9XW40L2KQ", "2024-05-02", 229, "Abena Adjei", "Management"],
                          ["Samsung Galaxy Tab A9", "R9XW40L3MV", "2024-05-02", 229, "Priscilla Mensah", "Team North"],
                          ["Samsung Galaxy Tab A9", "R9XW40L3ZP", "2024-05-02", 229, "Marlene Szabo", "Team North"],
                          ["Samsung Galaxy Tab A9", "R9XW40L4BD", "2024-05-02", 229, "Tobias Kern", "Team East"],
                          ["Samsung Galaxy Tab A9", "R9XW40L4QJ", "2024-05-02", 229, "Kwame Osei", "Day care"],
                          ["Lenovo ThinkPad E14", "PF4KQ2M1", "2023-11-20", 949, "Admin office (shared)", "Office"],
                          ["Mobile printer Brother PJ-883", "U64218B4N", "2024-01-15", 615, "Day care office", "Day care"]])],
            dt=(2025, 2, 12, 9, 30, 0))
    body = Text("""Dear Ms Adjei,

thank you for the device list. I have updated the electronics policy
EL-5501-207 accordingly (7 devices, total sum insured EUR 2,709). I've
kept the "assigned to" column because it helps us in a theft claim, but
please let me know when devices change hands.

One question: the tablets are used on home visits and carry the care
documentation app. Please check that they are encrypted and have remote
wipe - that is not a condition of the electronics cover, but a lost
tablet would otherwise become a cyber/data protection claim quickly.

Kind regards,
Helen Marsh
""", cte="7bit", charset="us-ascii")
    return mail(130, MARSH, [("Abena Adjei", "a.adjei@harbourlane-care.example")],
                "Electronics policy EL-5501-207 - device list updated", "2025-02-12 10:05",
                mixed(130, [body, Att(o, MT["ods"], "HLHC_devices_EL-5501-207.ods")]),
                "CONFIDENTIAL", "en", "insurer-to-company",
                "ODS: devices with serials assigned to named employees under an electronics policy")


def m131():
    p = pdf_scan(24, title="Scan_20250214_0932", date="20250214093200")
    body = Text("""s. Anhang

Von: abrechnung@pflegeteam-sonnenweg.example
Betreff: AW: Nachweis

""", cte="7bit", charset="us-ascii")
    return mail(131, AYDIN, [("Sevgi Arslan", P("sevgi.arslan"))], "WG: AW: Nachweis", "2025-02-14 10:02",
                mixed(131, [body, Att(p, "application/octet-stream",
                                      "Leistungsnachweis_Lambrecht_Wilfried_PV508331274_02-2025.pdf")]),
                "STRICTLY_CONFIDENTIAL", "de", "care-provider",
                "body says only 's. Anhang'; image-only scan as octet-stream; only the file name names the insured, care number and proof of care services")


def m132():
    body = Text("""Hallo Team,

kurze Info: Murat fällt diese Woche leider aus. Seine Rückforderungs-
vorgänge übernimmt Sevgi, die Sammelrechnungen Tobias. Bitte keine
Mails an ihn direkt, sondern an das Funktionspostfach
pflegeabrechnung@.

Die Besprechung am Donnerstag findet trotzdem statt.

Danke euch!
Lea
""", cte="8bit")
    return mail(132, SCHIMMEL, [("Team Pflegeabrechnung", P("team-pflegeabrechnung"))],
                "Vertretung diese Woche", "2025-03-17 08:05", body,
                "NORMAL", "de", "internal",
                "trap: colleague absent this week without a reason; organisational only")


def m133():
    body = Text("""Protokoll Datenschutz-Jour-fixe Leistung Pflege
Datum: 07.11.2024, 14:00-15:00 Uhr, Raum K3.14
Teilnehmende: C. Vössing (DSB), F. Lamm, K. Engelhard, M. Aydın,
L. Schimmel, M. Ferri

TOP 1  E-Mail-Eingang von Pflegediensten
- Weiterhin kommen Rechnungen und Leistungsnachweise unverschlüsselt
  per E-Mail (ca. 40 pro Woche). Beschluss: Standardantwort mit
  Hinweis auf Partnerportal; Anhänge werden übernommen, nicht
  zurückgeschickt. Dienste mit > 3 Mails/Monat erhalten ein Schreiben
  von L. Schimmel.

TOP 2  Versand an Angehörige
- Nur mit Vollmacht/Betreuerausweis in der Akte. Telefonische
  Auskunft nur nach Legitimation (siehe FAQ Hotline).
- Beschwerdeantworten mit Gesundheitsbezug an Angehörige im Ausland:
  Portal bevorzugt, sonst verschlüsselte Mail (S/MIME oder Portal-Postfach).

TOP 3  Löschkonzept
- Papierarchiv 2016-2019 wird im März 2025 vernichtet (PO in Arbeit).
- Elektronische Akten: Löschlauf Q1/2025 für Fälle mit Leistungsende
  vor 2014.

TOP 4  Datenpanne Oktober
- Fehlversand eines Bescheids an falsche Adresse (Zahlendreher
  Hausnummer). Meldung an Aufsicht nicht erforderlich (Risiko gering,
  Brief ungeöffnet zurück). Maßnahme: Adressprüfung bei Änderungen.

Nächster Termin: 05.12.2024
Protokoll: K. Engelhard
""", cte="quoted-printable")
    return mail(133, ENGELHARD, [VOESSING, LAMM, AYDIN, SCHIMMEL, FERRI],
                "Protokoll DS-Jour-fixe Leistung Pflege 07.11.2024", "2024-11-08 09:40", body,
                "NORMAL", "de", "internal",
                "trap: data-protection minutes about health data handling and a data breach without identifying anyone")


def m134():
    body = Text("""Sehr geehrte Frau Sommerfeld,

wir beauftragen Sie mit einem Widerspruchsgutachten nach Aktenlage und
Hausbesuch (Auftrag PB-2025-01207).

Versicherte: Frau Hannelore Dietz, geb. 30.01.1941
Versicherungsnummer: PV 502 118 774
Anschrift: Am Hohen Rod 14, 34246 Vellmar (wohnt allein, Sohn in der Nähe)
Erstgutachten: 04.12.2024, Frau Kessler (Pflegeblick) - 44,5 Punkte,
Pflegegrad 2

Widerspruch des Sohnes, Herrn Frank Dietz (Bevollmächtigter), vom
08.01.2025, sinngemäß:
- Die Mutter habe sich beim Hausbesuch "zusammengerissen"; im Alltag
  könne sie wegen der Makuladegeneration (H35.3) und des Zitterns
  kaum noch selbst essen oder Tabletten stellen.
- Seit November zwei Stürze in der Wohnung, einmal mit Platzwunde.
- Nachts sei sie oft verwirrt und rufe ihn mehrmals an
  (Hausarzt: Verdacht auf beginnende Demenz, Abklärung läuft).
- Die Module 4 und 5 seien "viel zu niedrig" bewertet.

Beigefügt waren ein Pflegetagebuch des Sohnes über 14 Tage und ein
Attest des Hausarztes Dr. Öztürk vom 06.01.2025 - beides laden wir
Ihnen ins Gutachterportal.

Bitte vereinbaren Sie den Termin direkt mit Herrn Dietz
(Tel. 0561 5550 8834) und stellen Sie sicher, dass er beim Besuch
anwesend sein kann. Frist für das Gutachten: 28.02.2025.

Mit freundlichen Grüßen
Dr. Ilka Wendt
Beratungsärztin Pflege
Auenwald Krankenversicherung AG
""")
    return mail(134, WENDT, [("Birgit Sommerfeld", "b.sommerfeld@pflegeblick.example")],
                "Auftrag PB-2025-01207 - Widerspruchsgutachten", "2025-01-15 13:28", body,
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
                "assessment order: named insured with birth date, address, macular degeneration H35.3, falls, suspected dementia")


def m135():
    body = Text("""Sehr geehrter Herr Demir,

anbei bestätigen wir Ihnen die Übernahme der Mietkautionsbürgschaft
für die neuen Büroräume Ihres Pflegedienstes:

  Bürgschaftsnehmerin:  Hand in Hand Pflege UG (haftungsbeschränkt)
  Bürgschaft Nr.:       MKB-2025-00388
  Vermieter:            Herr Gerhard und Frau Ilse Weinrich,
                        Holländische Str. 141, 34127 Kassel
  Mietobjekt:           Holländische Str. 139, EG links, 145 m²
  Betrag:               8.700,00 EUR (3 Nettokaltmieten)
  Beitrag:              3,5 % p. a. = 304,50 EUR

Da die UG noch keine zwei Jahresabschlüsse vorweisen kann, haben Sie
als Gesellschafter-Geschäftsführer die selbstschuldnerische
Rückbürgschaft übernommen (Urkunde vom 12.03.2025). Die
Bürgschaftsurkunde im Original geht per Post direkt an die Vermieter.

Mit freundlichen Grüßen
Auenwald Versicherung AG
Kautionsversicherung
i. A. Jana Pohl
""", charset="iso-8859-1", cte="quoted-printable")
    return mail(135, POHL, [("Yusuf Demir", "y.demir@handinhand-pflege.example")],
                "Mietkautionsbürgschaft MKB-2025-00388", "2025-03-14 10:44", body,
                "CONFIDENTIAL", "de", "insurer-to-company",
                "rent deposit guarantee: named private landlords with address, managing director's personal counter-guarantee",
                hcharset="iso-8859-1")


def m136():
    body = Text("""Liebe Kolleginnen und Kollegen der Leistungsabteilung Pflege,

wie angekündigt zieht unsere Abteilung am Wochenende 22./23.03. vom
2. in das 3. OG (Gebäude K). Bitte beachtet:

- Bis Freitag, 21.03., 14 Uhr alle Akten, Gutachten und Rechnungen
  in die verschließbaren Umzugsboxen (blau) packen und mit Zimmer-
  nummer beschriften. Nichts offen auf den Tischen lassen - die
  Umzugsfirma arbeitet ohne Begleitung von uns.
- Die Boxen werden verplombt; die Plomben-Nummern bitte auf der
  Liste an der Tür eintragen.
- Rollcontainer abschließen, Schlüssel bei Lea abgeben.
- Telefone und Rechner nehmt ihr nicht mit, die IT baut alles um.
- Montag, 24.03., ab 8 Uhr im 3. OG; der Drucker für Bescheide steht
  in K3.20 (mit PIN-Druck, der alte ohne PIN wird abgebaut).

Für das leibliche Wohl am Montag sorgt die Abteilungsleitung:
Frühstück in K3.14.

Viele Grüße
Lea Schimmel
""", cte="8bit")
    return mail(136, SCHIMMEL, [("Leistung Pflege alle", P("leistung-pflege-alle"))],
                "Umzug ins 3. OG am 22./23.03. - bitte lesen", "2025-03-12 12:30", body,
                "NORMAL", "de", "internal",
                "trap: office move instructions mentioning care files and assessments; no person data")


def m137():
    plain = """Auenwald aktuell - Pflege
Ausgabe Januar 2025

Das ändert sich 2025 in der Pflegeversicherung

Zum 1. Januar 2025 sind die Leistungen der Pflegeversicherung um
4,5 Prozent gestiegen. Die wichtigsten Beträge im Überblick:

Pflegegeld (monatlich)
  Pflegegrad 2:   347 Euro
  Pflegegrad 3:   599 Euro
  Pflegegrad 4:   800 Euro
  Pflegegrad 5:   990 Euro

Pflegesachleistung (monatlich, bis zu)
  Pflegegrad 2:   796 Euro
  Pflegegrad 3: 1.497 Euro
  Pflegegrad 4: 1.859 Euro
  Pflegegrad 5: 2.299 Euro

Entlastungsbetrag: 131 Euro monatlich (ab Pflegegrad 1)

Tipp: Ab Juli 2025 können Verhinderungs- und Kurzzeitpflege in einem
gemeinsamen Jahresbetrag flexibel genutzt werden.

Fragen? Unsere Pflegeberatung erreichen Sie unter 0561 7730-2240.

Sie erhalten diesen Newsletter, weil Sie ihn auf
www.auenwald-versicherung.example abonniert haben. Abmelden:
https://www.auenwald-versicherung.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Arial;font-size:14px;max-width:620px">
<p style="color:#2b6b73;font-size:20px"><b>Auenwald aktuell &ndash; Pflege</b><br><span style="font-size:13px">Ausgabe Januar 2025</span></p>
<h3>Das &auml;ndert sich 2025 in der Pflegeversicherung</h3>
<p>Zum 1. Januar 2025 sind die Leistungen der Pflegeversicherung um 4,5&nbsp;Prozent gestiegen.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e4eef0"><th>Pflegegrad</th><th>Pflegegeld</th><th>Pflegesachleistung bis</th></tr>
<tr><td>2</td><td>347 &euro;</td><td>796 &euro;</td></tr>
<tr><td>3</td><td>599 &euro;</td><td>1.497 &euro;</td></tr>
<tr><td>4</td><td>800 &euro;</td><td>1.859 &euro;</td></tr>
<tr><td>5</td><td>990 &euro;</td><td>2.299 &euro;</td></tr>
</table>
<p>Entlastungsbetrag: <b>131&nbsp;&euro;</b> monatlich (ab Pflegegrad 1)</p>
<p><i>Tipp:</i> Ab Juli 2025 k&ouml;nnen Verhinderungs- und Kurzzeitpflege in einem gemeinsamen Jahresbetrag flexibel
genutzt werden.</p>
<p>Fragen? Unsere Pflegeberatung erreichen Sie unter 0561 7730-2240.</p>
<p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn auf www.auenwald-versicherung.example abonniert
haben. <a href="https://www.auenwald-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>"""
    return mail(137, ("Auenwald aktuell", P("newsletter")), ["Newsletter Pflege:;"],
                "Auenwald aktuell: Neue Pflegeleistungen 2025 im Überblick", "2025-01-09 07:00",
                alt(plain, html, 137), "NORMAL", "de", "newsletter",
                "trap: customer newsletter with statutory care benefit amounts; no person",
                extra=["Precedence: bulk", "List-Unsubscribe: <https://www.auenwald-versicherung.example/newsletter/abmelden>"])


def m138():
    body = Text("""Dear Claire,

as discussed on the phone, the details of the large liability loss we
flagged in the Q3 bordereau. I'm sending this to you personally rather
than to the claims mailbox because of the medical content - please
restrict access on your side accordingly.

Our claim:      HS-24-013380 (policy HB 3.166.731, Haus Abendrot
                Pflegeheim GmbH, Korbach)
Date of loss:   19 June 2024
Injured:        Mrs Annemarie Kluge, resident, born 1936, care level 5

Facts: during an assisted bath the hot water mixer failed (thermostatic
valve defective, maintenance overdue by 7 months); the water reached an
estimated 58 C. Mrs Kluge, who has advanced dementia and could not
express pain, sat in the water for about one minute before the carer
noticed. Burns of 2nd and 3rd degree on 18 % of body surface (legs,
buttocks), treated at the burns unit of a university hospital for
seven weeks with two skin grafts; she has since returned to the home
and is now bedridden.

Liability is clear; the home's own maintenance records confirm the
overdue service. Claims so far:
- her guardian (son): pain and suffering, we expect EUR 60-80k
- her private health insurer's recourse for the hospital treatment:
  approx. EUR 210k
- the care insurer's recourse for the increased care level: approx.
  EUR 40k p.a., capitalised

Our reserve: EUR 480k (100 %), i.e. just under your retention. We'll
keep you updated if it develops above EUR 500k.

Best regards,
Tom
""")
    return mail(138, ASHBY, [("Claire Dubois", "claire.dubois@nordstern-re.example")],
                "HS-24-013380 - large loss details (bath scald)", "2024-10-22 14:05", body,
                "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "named resident with birth year, dementia, severe burns, skin grafts, care level; liability large loss")


def m139():
    body = Text("""Dear Mr Osei,

thank you for reporting the kitchen fire at Daybreak Tagespflege
Bornheim on Monday. We have opened property claim S-25-135520 under
policy GW-7731-7012-31 (contents and business interruption).

What we understand:
- 10 March 2025, approx. 11:40: a deep-fat fryer in the kitchen caught
  fire; the cook, Mr Dragan Petrović, used the fire blanket and the
  extinguisher and the fire brigade only had to ventilate.
- All 17 guests and 6 staff were taken to the garden in line with the
  evacuation plan; nobody was hurt, according to you and the fire
  brigade report.
- Damage: fryer, extractor hood, filters, tiling and soot on the
  ceiling of kitchen and dining room. The centre stayed closed on
  11-12 March; meals were bought in from a caterer since then.

Business interruption: the closure days and the additional catering
costs are covered (BI, 3 days waiting period waived for fire). Please
keep the caterer's invoices and your daily attendance totals (numbers
only) for 1-21 March.

Our adjuster, Ms Eva Hollerith, will call you to arrange a visit this
week. She would also like to speak briefly with Mr Petrović as witness.

Kind regards,
Dennis Wojcik
Property Claims, Commercial Lines
Auenwald Versicherung AG
""")
    return mail(139, WOJCIK, [("Kwame Osei", "k.osei@harbourlane-care.example")],
                "Kitchen fire Daybreak Bornheim - claim S-25-135520", "2025-03-12 16:18", body,
                "CONFIDENTIAL", "en", "insurer-to-company",
                "fire/BI claim with named cook as witness, policy and claim numbers; nobody hurt")


def m140():
    body = Text("""Dear Ms Okafor,

as requested for your tender with the City of Offenbach (home care
services, lot 3), we confirm the following insurance cover:

  Policyholder:   Rachel Okafor e.K., trading as "Okafor Home Care
                  Services", Waldstr. 48, 63065 Offenbach am Main
  Policy:         HB 3.190.662 - professional and public liability
                  for outpatient care services
  Period:         1 January 2025 - 1 January 2026 (annual renewal)
  Limits:         EUR 5,000,000 bodily injury and property damage
                  EUR 250,000 financial loss
                  EUR 100,000 loss of third-party keys
  Premium:        paid up to 31 December 2025

This confirmation is issued at the request of the policyholder and
does not extend the cover beyond the policy terms. A signed German
version (Versicherungsbestätigung) is attached to this message in our
portal for your tender file.

Kind regards,
Sabine Kettler
Commercial Customers Health & Social Care
Auenwald Versicherung AG
""")
    return mail(140, KETTLER, [("Rachel Okafor", "rachel@okafor-homecare.example")],
                "Confirmation of insurance for your tender - HB 3.190.662", "2025-02-03 11:50", body,
                "CONFIDENTIAL", "en", "insurer-to-customer",
                "sole trader named with business address, policy number, limits and premium status")


def m141():
    body = Text("""Sehr geehrte Frau Borchers,

zunächst möchte ich Ihnen und Ihrer Familie mein aufrichtiges Beileid
zum Tod Ihres Vaters, Herrn Ernst Borchers, aussprechen.

Sie haben uns geschrieben, dass Ihr Vater in seinen letzten zwei
Lebenswochen im Haus Abendrot starke Schmerzen gehabt habe, dass die
vom Palliativarzt verordnete Morphin-Bedarfsmedikation nachts mehrfach
nicht gegeben worden sei, weil keine Pflegefachkraft im Dienst war,
und dass er am 02.03.2025 an den Folgen seines metastasierten
Prostatakarzinoms verstorben ist, ohne dass Sie rechtzeitig
benachrichtigt wurden.

Das ist eine schwerwiegende Beschwerde, die wir sehr ernst nehmen.
Wir haben Folgendes veranlasst:

1. Wir haben die Einrichtung um eine Stellungnahme sowie um die
   Pflegedokumentation und die Betäubungsmittel-Dokumentation der
   Zeit vom 15.02. bis 02.03.2025 gebeten. Ihre Vollmacht bzw. der
   Erbschein liegt uns vor.
2. Unsere Beratungsärztin wird die Unterlagen prüfen.
3. Da es um die Besetzung mit Pflegefachkräften im Nachtdienst geht,
   haben wir mit Ihrem Einverständnis die Heimaufsicht informiert.

Unabhängig davon: Die Abrechnung für März (Heimentgelt ab dem
03.03.) darf die Einrichtung nicht mehr stellen; wir zahlen den
Pflegeanteil nur bis zum Sterbetag.

Ich melde mich spätestens am 04.04.2025 wieder bei Ihnen.

Mit freundlichen Grüßen
Friederike Lamm
Beschwerdemanagement
Auenwald Krankenversicherung AG
""")
    return mail(141, LAMM, [("Anke Borchers", "anke.borchers@mailbox.example")],
                "Ihr Schreiben vom 10.03.2025 - Ihr Vater Herr Ernst Borchers", "2025-03-14 11:02", body,
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
                "deceased named resident: metastatic prostate cancer, morphine, cause and date of death")


def m142():
    plain = """Gruppenunfallversicherung für Pflegekräfte
Produktinformation für Pflegedienste, Tagespflegen und Pflegeheime

Warum zusätzlich zur Berufsgenossenschaft?
Die gesetzliche Unfallversicherung zahlt nur bei Arbeits- und Wegeunfällen
und orientiert sich am Einkommen. Unsere Gruppenunfallversicherung zahlt
rund um die Uhr - auch in der Freizeit - und zusätzlich zur BGW.

Leistungen (Beispiel Tarif "Pflege kompakt")
- Invalidität: 60.000 EUR Grundsumme, Progression 225 %
  (bei Vollinvalidität bis 135.000 EUR)
- Infektionsklausel: Infektionen nach Nadelstichverletzungen mitversichert
- Bergungskosten, kosmetische Operationen bis 10.000 EUR
- Sofortleistung bei schweren Verletzungen 5.000 EUR

Beitrag je versicherte Person und Jahr
  bis 20 Beschäftigte       96,00 EUR
  21-100 Beschäftigte       84,00 EUR
  über 100 Beschäftigte     auf Anfrage
  Nachlass für Mitglieder von Verbänden mit Rahmenvertrag: 10 %

Keine Gesundheitsfragen, keine Namensliste erforderlich: versichert ist
das gesamte Pflegepersonal laut Beschäftigtenzahl.

Ansprechpartner: Bernd Kallweit, 0561 7730-3390
"""
    html = "<html><body style=\"font-family:Arial;font-size:13px\"><pre style=\"font-family:Arial\">" + \
        plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>"
    return mail(142, KALLWEIT, ["Kunden Pflege Hessen:;"],
                "Produktinfo: Gruppenunfall für Ihre Pflegekräfte", "2024-09-23 09:00",
                alt(plain, html, 142, charset="iso-8859-1"), "NORMAL", "de", "insurer-to-company",
                "trap: product information on group accident cover for care staff; premiums, no person",
                hcharset="iso-8859-1")


def m143():
    ib = iban("DE", "52090000" + "0312784455")
    body = Text("""Sehr geehrter Herr Bauernfeind,

nach Vorlage der älteren Fotos, die den abgebrochenen Starkast der
Birke schon im Juli zeigen, übernehmen wir Ihren Schaden doch in
voller Höhe. Wir danken Ihnen für Ihre Geduld.

Unser Zeichen: HS-24-016994
Versicherungsnehmerin: Tagespflege Lindenblüte, Inh. M. Reuter-Hahn

  Holzzaun, 6 m, lt. Rechnung Zaunbau Kehl            1.486,00 EUR
  Gewächshaus, Glas, Zeitwert                           640,00 EUR
  Entsorgung Ast und Zaunreste                          180,00 EUR
  Gesamt                                              2.306,00 EUR

Die Zahlung erfolgt in den nächsten Tagen auf Ihr Konto
  Kontoinhaber: Walter Bauernfeind
  IBAN: {ib}

Damit ist der Schaden abschließend reguliert.

Mit freundlichen Grüßen
Jonas Brandauer
Haftpflichtschaden Firmenkunden
""".format(ib=grp(ib)), charset="windows-1252", cte="quoted-printable")
    return mail(143, BRANDAUER, [("Walter Bauernfeind", "w.bauernfeind@freenet-mail.example")],
                "Ihr Sturmschaden HS-24-016994 - Regulierung", "2024-11-13 10:49", body,
                "CONFIDENTIAL", "de", "insurer-to-customer",
                "settlement to a named neighbour claimant with his IBAN and claim reference",
                hcharset="windows-1252")


def m144():
    body = Text("""Sehr geehrter Herr Hamel,

in der Vertrauensschadensache

  Versicherungsnehmerin: Sozialstation Feldrain e.V.
  Vertrag:               VS-0412 207
  Schaden-Nr.:           VS-25-00009
  Vertrauensperson:      Frau Paula Lindner (Alltagsbegleitung,
                         Einkäufe), Arbeitsverhältnis fristlos beendet

liegt uns jetzt das Urteil des Amtsgerichts Fritzlar vom 18.02.2025
vor. Frau Lindner ist wegen Diebstahls in 14 Fällen und Betrugs in
6 Fällen zu einer Freiheitsstrafe von 10 Monaten auf Bewährung
verurteilt worden. Sie hat zwischen April und Oktober 2024 bei
Einkäufen für eine Klientin, Frau Martha Gerhold (90, Pflegegrad 4,
stark sehbehindert, Demenz), Bargeld aus deren Haushaltskasse
entnommen und mit deren EC-Karte insgesamt 6.830 EUR abgehoben.

Da Ihr Verein der Klientin den Schaden bereits ersetzt hat, leisten
wir nach Abzug des Selbstbehalts von 1.000 EUR:

  Schaden laut Urteil              6.830,00 EUR
  Selbstbehalt                    -1.000,00 EUR
  Erstattung an Sie                5.830,00 EUR

Den Regress gegen Frau Lindner führen wir selbst; das Urteil ist
rechtskräftig. Bitte melden Sie uns, falls Frau Lindner Ihnen
gegenüber Zahlungen leistet.

Mit freundlichen Grüßen
Sabine Kettler
""")
    return mail(144, KETTLER, [("Sören Hamel", "pdl@sozialstation-feldrain.example")],
                "Vertrauensschaden VS-25-00009 - Urteil liegt vor", "2025-03-05 15:44", body,
                "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
                "criminal conviction of a named employee; victim client named with age, care level, blindness, dementia")


def m145():
    body = Text("""Liebe Kolleginnen und Kollegen,

am kommenden Montag, 14.10., feiert Sabine Kettler ihr 25-jähriges
Dienstjubiläum bei den Auenwald Versicherungen! Sabine hat 1999 als
Auszubildende angefangen und betreut seit über 15 Jahren unsere
Firmenkunden aus Pflege und Sozialwirtschaft - die meisten
Pflegedienste in Nordhessen kennen sie persönlich.

Wir wollen sie mit einem kleinen Sektempfang überraschen:
Montag, 14.10., 15:30 Uhr, Teeküche 2. OG Gebäude B.
Bitte bis Freitag bei Jana in die Liste für das Geschenk eintragen
(Vorschlag: Gutschein für das Theater Kassel).

Psst - nicht verraten!

Viele Grüße
Jana & das Team Firmenkunden
""", cte="quoted-printable")
    return mail(145, POHL, [("Team Firmenkunden ohne SK", P("firmenkunden-team-sk-ohne"))],
                "Psst: 25 Jahre Sabine - Sektempfang Montag", "2024-10-08 12:15", body,
                "NORMAL", "de", "internal",
                "trap: colleague's service anniversary (organisational, no sensitive data)")


def m146():
    body = Text("""Dear Mr Stratmann,

Your client: Mrs Helga Tenbrink
Our insured: Residenz am Schlosspark Betriebs GmbH, Bad Wildungen
Our reference: HS-24-018815

Thank you for your letter of 30 October. We have now received the
statements of our insured and of the removal firm it had engaged.

Your client moved out of apartment 1.08 of the residence on 26 August
2024 to live with her daughter in Münster. According to your letter,
the removal firm - booked and paid by the residence as part of its
"moving service" - damaged a walnut bureau (19th century), a glass
display cabinet and two framed prints during loading; you claim
EUR 7,450 on the basis of an antiques dealer's estimate.

Our position:
1. The removal firm, not the residence, is primarily liable for
   damage during transport (§§ 451 ff. HGB); its liability insurer
   has been notified by the residence. We enclose the firm's details.
2. The residence may be liable as organiser if it chose an unsuitable
   firm; we see no indication of that so far.
3. In any case the estimate reflects replacement value; we would
   need a repair estimate for the bureau.

Without prejudice, we suggest a joint inspection of the items with
the removal firm's insurer. Please let us know suitable dates.

Yours sincerely,
Jonas Brandauer
Liability Claims, Commercial Lines
Auenwald Versicherung AG
""")
    return mail(146, BRANDAUER, [("RA Florian Stratmann", "f.stratmann@stratmann-recht.example")],
                "Tenbrink ./. Residenz am Schlosspark - HS-24-018815", "2024-11-20 17:02", body,
                "CONFIDENTIAL", "en", "insurer-to-lawyer",
                "named former assisted-living tenant with move and property claim; no care or health data")


def m147():
    d = odt([("h", "Merkblatt: Der Vertrag mit dem ambulanten Pflegedienst"),
             "Auenwald Krankenversicherung AG - Pflegeberatung - Stand 01/2025",
             "Wenn Sie einen ambulanten Pflegedienst beauftragen, schließen Sie (oder Ihre bevollmächtigte Person) "
             "einen schriftlichen Pflegevertrag. Achten Sie auf folgende Punkte:",
             ("t", [["Punkt", "Worauf Sie achten sollten"],
                    ["Leistungen", "Welche Leistungskomplexe, wie oft, zu welchen Uhrzeiten? Feste Zeiten bei Medikamenten vereinbaren."],
                    ["Kosten", "Kostenvoranschlag je Monat; Eigenanteil über dem Sachleistungsbetrag Ihres Pflegegrads."],
                    ["Abrechnung", "Der Dienst rechnet direkt mit uns ab; Sie erhalten eine Kopie. Prüfen Sie die Leistungsnachweise."],
                    ["Ausfälle", "Was passiert, wenn ein Einsatz ausfällt? Wer informiert Sie?"],
                    ["Kündigung", "Sie können jederzeit ohne Frist kündigen (§ 120 SGB XI), der Dienst nur mit Frist."],
                    ["Schlüssel", "Übergabe quittieren lassen; Schlüsselverlust sollte versichert sein."],
                    ["Datenschutz", "Wer erhält Auskünfte über Ihre Pflege? Vollmacht für Angehörige beifügen."]]),
             "Unsere Pflegeberaterinnen und Pflegeberater helfen Ihnen kostenlos: 0561 7730-2240."],
            dt=(2025, 1, 20, 9, 0, 0))
    body = Text("""Guten Tag,

Sie hatten über unser Kontaktformular nach einer Checkliste für den
Vertrag mit einem Pflegedienst gefragt. Anbei unser Merkblatt (ODT,
lässt sich mit LibreOffice oder Word öffnen).

Wenn Sie eine persönliche Beratung wünschen, rufen Sie uns gern an.

Freundliche Grüße
Ihre Pflegeberatung
Auenwald Krankenversicherung AG
""")
    return mail(147, ("Auenwald Pflegeberatung", P("pflegeberatung")), ["fam.albrecht@mailbox.example"],
                "Ihre Anfrage: Merkblatt Pflegevertrag", "2025-01-20 14:33",
                mixed(147, [body, Att(d, MT["odt"], "Merkblatt_Pflegevertrag_2025.odt")]),
                "NORMAL", "de", "insurer-to-customer",
                "trap: generic leaflet on care contracts (ODT) in answer to a contact-form request; no contract or health data")


def m148():
    body = Text("""Dear Claire,

following our call, our proposed wording for the abuse & molestation
clause in the 2025 care-sector liability treaty. Changes against the
2024 wording in [brackets].

  Article 7.4 - Abuse and Molestation
  (a) This treaty covers the Reassured's liability for bodily injury,
      including psychological injury, arising from abuse or molestation
      of residents, clients or guests of an original insured, [provided
      that the original insured maintained a written safeguarding
      concept at the time of the incident].
  (b) Cover is subject to a sub-limit of [EUR 1,000,000] each original
      policy and in the aggregate for all losses per underwriting year
      of EUR 3,000,000.
  (c) Excluded is the liability of the perpetrator himself or herself.
  (d) [Losses shall be deemed to occur at the date of first abuse
      and all acts against the same person shall be one loss.]

Rationale for (a): our German wording for care homes has required a
safeguarding concept as condition since 2024; aligning the treaty
avoids a gap. Rationale for (d): German courts tend to the "first act"
approach, and it keeps multi-year cases in one treaty year.

No cases are attached - as you know we have had no A&M loss above
EUR 50k in the portfolio so far.

Best regards,
Tom
""", cte="7bit", charset="us-ascii")
    return mail(148, ASHBY, [("Claire Dubois", "claire.dubois@nordstern-re.example")],
                "2025 treaty - abuse & molestation wording proposal", "2024-11-27 12:12", body,
                "NORMAL", "en", "insurer-to-partner",
                "trap: reinsurance clause wording on abuse of residents; no case, no person")


def m149():
    body = Text("""Sehr geehrte Damen und Herren,

derzeit sind gefälschte E-Mails im Umlauf, die angeblich von der
"Auenwald Pflegekasse" stammen. Darin werden Pflegedienste und
Pflegeheime aufgefordert, wegen einer "Systemumstellung" die
Abrechnungsdaten ihrer Klientinnen und Klienten erneut über einen Link
hochzuladen oder die Bankverbindung zu bestätigen.

Merkmale der Fälschungen:
- Absender wie "abrechnung@auenwald-pflegekasse.example" - unsere
  echten Adressen enden immer auf @auenwald-versicherung.example
- Link auf eine Seite, die unserem Partnerportal ähnelt
- Zeitdruck ("innerhalb von 24 Stunden, sonst Zahlungsstopp")

Wir fordern Sie niemals per E-Mail auf, Abrechnungsdaten oder
Zugangsdaten über einen Link einzugeben oder Ihre Bankverbindung zu
bestätigen. Änderungen Ihrer Bankverbindung nehmen wir nur schriftlich
mit Unterschrift entgegen.

Wenn Sie eine solche Mail erhalten haben: nicht antworten, keinen Link
anklicken, die Mail bitte als Anhang an
phishing@auenwald-versicherung.example weiterleiten. Falls Sie bereits
Daten eingegeben haben, rufen Sie uns sofort an: 0561 7730-2200.

Mit freundlichen Grüßen
Leistungserbringer-Management Pflege und IT-Sicherheit
Auenwald Krankenversicherung AG
""", cte="quoted-printable")
    return mail(149, ("Leistungserbringer-Management Pflege", P("pflegepartner")), ["Vertragspartner Pflege:;"],
                "Warnung: gefälschte E-Mails im Namen der Auenwald Pflegeversicherung", "2025-03-21 13:00", body,
                "NORMAL", "de", "insurer-to-care-provider",
                "trap: phishing warning to care providers mentioning billing and bank data in general")


def m150():
    body = Text("""Sehr geehrte Frau Reuter-Hahn,

es tut mir leid, dass bei Ihnen eingebrochen wurde. Ich fasse kurz
zusammen, was wir bisher haben:

  Schaden-Nr.:  S-25-134406
  Vertrag:      GW-7731-5021-14 (Inhalt / BU, Tagespflege Lindenblüte)
  Tatzeit:      Nacht 25./26.02.2025, Einstieg über die Terrassentür
                des Ruheraums (aufgehebelt)
  Entwendet:    2 Notebooks (Verwaltung), 1 Tablet (Dienstplan),
                Wechselgeldkasse mit ca. 180 EUR, Kaffeevollautomat
  Beschädigt:   Terrassentür, Aktenschrank im Büro (aufgebrochen)

Zum Aktenschrank: Sie schreiben, darin lagen die Aufnahmeverträge und
Stammblätter der Tagesgäste, die Mappen seien "durchwühlt, aber
offenbar vollständig". Bitte prüfen Sie das noch einmal genau. Fehlen
Unterlagen, ist das eine Datenpanne, die Sie innerhalb von 72 Stunden
der Datenschutzaufsicht melden müssen - dafür ist Ihr Vertrag nicht
zuständig, aber ich wollte Sie darauf hinweisen. Die Notebooks waren
laut Ihrer Auskunft verschlüsselt, das ist gut.

Wir brauchen noch:
- die Anzeige-Bestätigung der Polizei Baunatal,
- eine Stehlgutliste mit Kaufdatum und -preis,
- einen Kostenvoranschlag für die Terrassentür.

Den Notdienst für die Tür (Schlüsseldienst, 286 EUR) können Sie uns
direkt mit der Rechnung schicken.

Mit freundlichen Grüßen
Dennis Wojcik
Schaden Sach Gewerbe
Auenwald Versicherung AG
""")
    return mail(150, WOJCIK, [("Monika Reuter-Hahn", "m.reuter-hahn@tagespflege-lindenbluete.example")],
                "Einbruch Tagespflege - Schaden S-25-134406", "2025-02-26 14:27", body,
                "CONFIDENTIAL", "de", "insurer-to-customer",
                "burglary claim of a sole-trader day-care owner; guest files mentioned but nobody identified")

# ==========================================================================
# generation and self-check
# ==========================================================================

TOTAL = 150
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
# IBAN-shaped strings that are deliberately not valid: the wrong check digit
# in the synthetic EDI test case TC-003 (m061)
BAD_IBAN_OK = {"DE89370400440532013001"}


def all_mails():
    out = []
    for n in range(1, TOTAL + 1):
        fn = globals().get("m%03d" % n)
        if fn is None:
            raise SystemExit("missing function m%03d" % n)
        data, meta = fn()
        out.append((n, data, meta))
    return out


def generate(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, data, (label, lang, kind, reason) in all_mails():
        name = "%s-%04d.eml" % (PREFIX, n)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(data)
        rows.append("\t".join(["mails/" + name, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


# --------------------------------------------------------------------------

import csv as _csv
import email
import email.policy
import xml.etree.ElementTree as ET

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
IBAN_RE = re.compile(r"\b(?:DE\d{2}(?: ?\d{4}){4} ?\d{2}|AT\d{2}(?: ?\d{4}){4}|"
                     r"GB\d{2} ?[A-Z]{4}(?: ?\d{4}){3} ?\d{2}|NL\d{2} ?[A-Z]{4}(?: ?\d{4}){2} ?\d{2})\b")


class CheckError(Exception):
    pass


def _check_text(txt, where, problems):
    for m in EMAIL_RE.finditer(txt):
        dom = m.group(1).lower().rstrip(".")
        if not dom.endswith(".example"):
            problems.append("%s: non-.example address %s" % (where, m.group(0)))
    for m in URL_RE.finditer(txt):
        host = m.group(1).lower().rstrip(".")
        if not host.endswith(".example") and host not in ("schemas.openxmlformats.org", "purl.org", "www.w3.org"):
            problems.append("%s: non-.example URL host %s" % (where, host))
    for m in IBAN_RE.finditer(txt):
        s = m.group(0)
        if not iban_ok(s) and s.replace(" ", "") not in BAD_IBAN_OK:
            problems.append("%s: invalid IBAN %s" % (where, s))


def _check_pdf(data, where, problems):
    if not data.startswith(b"%PDF-1.") or not data.rstrip().endswith(b"%%EOF"):
        problems.append(where + ": PDF header/trailer")
        return
    m = re.search(rb"startxref\n(\d+)\n%%EOF", data)
    if not m or data[int(m.group(1)):int(m.group(1)) + 4] != b"xref":
        problems.append(where + ": PDF startxref")
        return
    x = int(m.group(1))
    hdr = re.match(rb"xref\n0 (\d+)\n", data[x:])
    cnt = int(hdr.group(1))
    pos = x + hdr.end()
    for i in range(cnt):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        if i == 0:
            continue
        off = int(ent[:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            problems.append(where + ": PDF xref entry %d" % i)
    for sm in re.finditer(rb"<< /Length (\d+) >>\nstream\n", data):
        ln = int(sm.group(1))
        if data[sm.end() + ln: sm.end() + ln + 9] != b"endstream":
            problems.append(where + ": PDF stream length")


def _pdf_text(data):
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = re.sub(rb"\\([0-7]{3})", lambda k: bytes([int(k.group(1), 8)]), m.group(1))
        s = re.sub(rb"\\(.)", rb"\1", s)
        out.append(s.decode("cp1252"))
    return "\n".join(out)


def _check_zipdoc(data, where, problems, ext, texts):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        problems.append(where + ": bad zip")
        return
    if z.testzip() is not None:
        problems.append(where + ": zip CRC")
    names = z.namelist()
    if ext in ("odt", "ods"):
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            problems.append(where + ": ODF mimetype must be first and stored")
        want = "application/vnd.oasis.opendocument." + ("text" if ext == "odt" else "spreadsheet")
        if z.read("mimetype").decode() != want:
            problems.append(where + ": ODF mimetype")
    if ext == "docx" and "word/document.xml" not in names:
        problems.append(where + ": docx without document.xml")
    if ext == "xlsx" and "xl/workbook.xml" not in names:
        problems.append(where + ": xlsx without workbook.xml")
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".rels"):
            try:
                root = ET.fromstring(z.read(nm))
                texts.append("".join(root.itertext()))
            except ET.ParseError as e:
                problems.append("%s/%s: XML %s" % (where, nm, e))
        if ext == "zip":
            _check_blob(z.read(nm), nm, "%s/%s" % (where, nm), None, problems, texts)


def _check_blob(data, filename, where, charset, problems, texts):
    ext = filename.rsplit(".", 1)[-1].lower() if filename and "." in filename else ""
    if ext == "pdf":
        _check_pdf(data, where, problems)
        texts.append(_pdf_text(data))
    elif ext in ("docx", "xlsx", "odt", "ods", "zip"):
        _check_zipdoc(data, where, problems, ext, texts)
    elif ext in ("csv", "txt", "log", "pem"):
        t = data.decode(charset or "utf-8")
        texts.append(t)
        if ext == "csv":
            rows = list(_csv.reader(io.StringIO(t), delimiter=";" if t.count(";") > t.count(",") else ","))
            if len(rows) < 2:
                problems.append(where + ": CSV too short")
    elif ext == "ics":
        t = data.decode("utf-8").replace("\r\n ", "")
        texts.append(t)
        if not t.startswith("BEGIN:VCALENDAR") or "END:VCALENDAR" not in t or "BEGIN:VEVENT" not in t:
            problems.append(where + ": ICS structure")
    elif ext == "eml":
        _check_msg(email.message_from_bytes(data, policy=email.policy.default), where, problems, texts)
    else:
        problems.append("%s: unknown attachment type %r" % (where, filename))


def _check_msg(msg, where, problems, texts):
    for h in ("From", "To", "Cc"):
        for v in msg.get_all(h, []):
            texts.append(str(v))
    texts.append(str(msg.get("Subject", "")))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        w = "%s[%s%s]" % (where, ct, (" " + fn) if fn else "")
        if ct == "message/rfc822":
            sub = part.get_payload(0) if isinstance(part.get_payload(), list) else part.get_content()
            _check_msg(sub, w, problems, texts)
            continue
        raw = part.get_payload(decode=True)
        if ct.startswith("text/") and not fn:
            try:
                texts.append(part.get_content())
            except (LookupError, UnicodeDecodeError) as e:
                problems.append("%s: cannot decode %s" % (w, e))
            continue
        if ct == "text/calendar" and not fn:
            fn = "invite.ics"
        _check_blob(raw, fn, w, part.get_content_charset(), problems, texts)


def check():
    problems = []
    # 1. rebuild into a temporary directory and compare byte by byte
    with tempfile.TemporaryDirectory() as tmp:
        generate(tmp)
        for n in range(1, TOTAL + 1):
            name = "%s-%04d.eml" % (PREFIX, n)
            a = os.path.join(HERE, "mails", name)
            b = os.path.join(tmp, "mails", name)
            if not os.path.exists(a):
                problems.append(name + ": missing (run without --check first)")
                continue
            if open(a, "rb").read() != open(b, "rb").read():
                problems.append(name + ": rebuild differs")
        if open(os.path.join(HERE, "labels.tsv"), "rb").read() != open(os.path.join(tmp, "labels.tsv"), "rb").read():
            problems.append("labels.tsv: rebuild differs")
        extra = sorted(set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(tmp, "mails"))))
        if extra:
            problems.append("unexpected files in mails/: %s" % extra)
    # 2. labels
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        problems.append("labels.tsv header")
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != TOTAL:
        problems.append("labels.tsv: %d rows" % len(rows))
    cnt, langs, kinds = {}, {}, {}
    for i, r in enumerate(rows, 1):
        if len(r) != 5:
            problems.append("labels row %d: %d fields" % (i, len(r)))
            continue
        fname, label, lang, kind, reason = r
        if fname != "mails/%s-%04d.eml" % (PREFIX, i):
            problems.append("labels row %d: file %s" % (i, fname))
        if label not in LABELSET:
            problems.append("labels row %d: label %s" % (i, label))
        if lang not in LANGS:
            problems.append("labels row %d: lang %s" % (i, lang))
        if not re.match(r"^[a-z-]+$", kind):
            problems.append("labels row %d: kind %r" % (i, kind))
        if len(reason) < 10:
            problems.append("labels row %d: reason too short" % i)
        cnt[label] = cnt.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        kinds[kind] = kinds.get(kind, 0) + 1
    if cnt != WANT:
        problems.append("label counts %s != %s" % (cnt, WANT))
    if not (0.55 * TOTAL <= langs.get("de", 0) <= 0.60 * TOTAL + 1):
        problems.append("German share %s" % langs.get("de"))
    if not (0.35 * TOTAL <= langs.get("en", 0) <= 0.40 * TOTAL):
        problems.append("English share %s" % langs.get("en"))
    # 3. every mail parses, every part decodes, every attachment opens
    fmt, att = {}, {}
    seen_ids = set()
    for n in range(1, TOTAL + 1):
        name = "%s-%04d.eml" % (PREFIX, n)
        path = os.path.join(HERE, "mails", name)
        if not os.path.exists(path):
            continue
        data = open(path, "rb").read()
        if b"\r" in data.split(b"\n\n", 1)[0]:
            problems.append(name + ": CR in header")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                problems.append("%s: header %s missing" % (name, h))
        mid = str(msg["Message-ID"])
        if ".%04d" % n not in mid or mid in seen_ids:
            problems.append("%s: Message-ID %s" % (name, mid))
        seen_ids.add(mid)
        if not str(msg["From"]).strip(">").endswith("@" + DOM):
            problems.append("%s: not sent from the insurer (%s)" % (name, msg["From"]))
        fmt[msg.get_content_type()] = fmt.get(msg.get_content_type(), 0) + 1
        for part in msg.walk():
            fn = part.get_filename()
            if fn:
                e = fn.rsplit(".", 1)[-1].lower()
                att[e] = att.get(e, 0) + 1
        texts = []
        _check_msg(msg, name, problems, texts)
        _check_text("\n".join(texts), name, problems)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("check passed: %d mails, labels %s" % (TOTAL, ", ".join("%s=%d" % (k, cnt[k]) for k in LABELSET)))
    print("languages: %s" % ", ".join("%s=%d" % (k, langs.get(k, 0)) for k in LANGS))
    print("top-level types: %s" % ", ".join("%s=%d" % kv for kv in sorted(fmt.items())))
    print("attachments by extension: %s" % ", ".join("%s=%d" % kv for kv in sorted(att.items())))
    print("kinds: %s" % ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("rebuild byte-identical: yes")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    generate(HERE)
    print("wrote %d mails and labels.tsv to %s" % (TOTAL, HERE))
