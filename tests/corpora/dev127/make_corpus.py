#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent evaluation corpus dev127 for Siegel (issue 14).

150 hand-written, fictitious e-mails of the invented insurer "Auerhahn
Versicherung AG" (domain auerhahn-versicherung.example).  Theme: accident
insurance for children, pupils, students and club members, plus ordinary
mail as traps.

    python make_corpus.py          # writes mails/d127-0001.eml ... and labels.tsv
    python make_corpus.py --check  # re-parses, validates and rebuilds

Standard library only, deterministic (seed 127), no network.
"""
import base64
import binascii
import datetime as _dt
import email
import email.policy
import hashlib
import io
import os
import random
import re
import sys
import tempfile
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr, format_datetime, getaddresses, parsedate_to_datetime
from xml.sax.saxutils import escape as _xesc
import xml.etree.ElementTree as ET

NN = "127"
SEED = 127
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "auerhahn-versicherung.example"
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
N_MAILS = 150

# ---------------------------------------------------------------------------
# MIME building (own serializer, CRLF everywhere, fixed boundaries)
# ---------------------------------------------------------------------------


class Leaf:
    def __init__(self, ctype, payload, cte, params=None, disp=None, dparams=None, extra=None):
        self.ctype = ctype
        self.payload = payload          # already transfer-encoded bytes, CRLF
        self.cte = cte
        self.params = params or []
        self.disp = disp
        self.dparams = dparams or []
        self.extra = extra or []


class Multi:
    def __init__(self, subtype, parts, preamble=None, params=None):
        self.subtype = subtype
        self.parts = parts
        self.preamble = preamble
        self.params = params or []


def _crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _qp(raw):
    enc = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
    return _crlf(enc)


def _b64(raw):
    return _crlf(base64.encodebytes(raw))


def T(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, disp=None,
      extra=None):
    """A text part.  text uses \\n line ends; encoded here."""
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = _qp(raw)
    elif cte == "base64":
        body = _b64(raw)
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        for ln in raw.split(b"\n"):
            assert len(ln) < 990, "line too long for %s" % cte
        body = _crlf(raw)
    else:
        raise ValueError(cte)
    params = [("charset", charset)]
    if flowed:
        params.append(("format", "flowed"))
    return Leaf("text/" + subtype, body, cte, params, disp=disp, extra=extra)


def H(html, charset="utf-8", cte="quoted-printable"):
    return T(html, "html", charset, cte)


def ALT(plain, html):
    return Multi("alternative", [plain, html])


def A(filename, ctype, data, disp="attachment", name_param=True, extra=None):
    """An attachment, base64-encoded."""
    params = [("name", filename)] if name_param else []
    return Leaf(ctype, _b64(data), "base64", params, disp=disp,
                dparams=[("filename", filename)], extra=extra)


def RFC822(raw_msg, disp="inline", filename=None):
    """A forwarded message (raw bytes, CRLF)."""
    raw_msg = _crlf(raw_msg)
    try:
        raw_msg.decode("ascii")
        cte = "7bit"
    except UnicodeDecodeError:
        cte = "8bit"
    dp = [("filename", filename)] if filename else []
    return Leaf("message/rfc822", raw_msg, cte, [], disp=disp, dparams=dp)


def _param(k, v):
    try:
        v.encode("ascii")
        v2 = v.replace("\\", "\\\\").replace('"', '\\"')
        return '%s="%s"' % (k, v2)
    except UnicodeEncodeError:
        pct = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else
                      "".join("%%%02X" % b for b in c.encode("utf-8")) for c in v)
        return "%s*=utf-8''%s" % (k, pct)


def _fold_params(head, params):
    """head; p1; p2 with folding on continuation lines."""
    line = head
    out = []
    for k, v in params:
        p = _param(k, v)
        if len(line) + len(p) + 2 > 76:
            out.append(line + ";")
            line = "\t" + p
        else:
            line = line + "; " + p
    out.append(line)
    return "\r\n".join(out)


def _fold_text(name, value):
    """Fold an ASCII header value at spaces."""
    words = value.split(" ")
    lines = []
    cur = name + ": "
    first = True
    for w in words:
        if not first and len(cur) + 1 + len(w) > 76:
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + ("" if first else " ") + w
        first = False
    lines.append(cur)
    return "\r\n".join(lines)


def _hdr(name, value):
    try:
        value.encode("ascii")
        return _fold_text(name, value)
    except UnicodeEncodeError:
        enc = Header(value, "utf-8", header_name=name).encode(linesep="\r\n")
        return "%s: %s" % (name, enc)


def _addr(a):
    if isinstance(a, str):
        return a
    name, addr = a
    assert addr.endswith(".example"), addr
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def _addr_hdr(name, addrs):
    if isinstance(addrs, (str, tuple)):
        addrs = [addrs]
    items = [_addr(a) for a in addrs]
    line = name + ": "
    out = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(line) + len(piece) > 76 and line.strip() != name + ":":
            out.append(line.rstrip())
            line = " " + piece + " "
        else:
            line += piece + " "
    out.append(line.rstrip())
    return "\r\n".join(out)


class _Ctx:
    def __init__(self, n):
        self.n = n
        self.k = 0
        self.rng = random.Random(SEED * 100000 + n)

    def boundary(self):
        self.k += 1
        return "----=_Part_%d_%d.%s" % (self.n, self.k, "%012x" % self.rng.getrandbits(48))


def _ser(part, ctx):
    """Return (header_lines, body_bytes)."""
    if isinstance(part, Multi):
        b = ctx.boundary()
        hl = [_fold_params("Content-Type: multipart/%s" % part.subtype,
                           [("boundary", b)] + part.params)]
        chunks = []
        if part.preamble:
            chunks.append(part.preamble.encode("ascii") + b"\r\n")
        for sub in part.parts:
            shl, sbody = _ser(sub, ctx)
            chunks.append(b"--" + b.encode() + b"\r\n" + "\r\n".join(shl).encode("ascii")
                          + b"\r\n\r\n" + sbody)
            if not sbody.endswith(b"\r\n"):
                chunks.append(b"\r\n")
        chunks.append(b"--" + b.encode() + b"--\r\n")
        return hl, b"".join(chunks)
    hl = [_fold_params("Content-Type: " + part.ctype, part.params)]
    hl.append("Content-Transfer-Encoding: " + part.cte)
    if part.disp:
        hl.append(_fold_params("Content-Disposition: " + part.disp, part.dparams))
    for k, v in part.extra:
        hl.append(_hdr(k, v))
    return hl, part.payload


def D(y, mo, d, h, mi, s=0):
    """Fixed local (Europe/Berlin) date; DST 2026: 29 Mar - 25 Oct."""
    dst = (mo, d) >= (3, 29) and (mo, d) < (10, 25)
    tz = _dt.timezone(_dt.timedelta(hours=2 if dst else 1))
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def build_message(n, frm, to, subject, date, body, cc=None, attachments=None, reply_to=None,
                  in_reply_to=None, references=None, headers=None, msgid=None, inner=False):
    ctx = _Ctx(n if not inner else 10000 + n)
    if isinstance(body, str):
        body = T(body)
    root = body
    if attachments:
        root = Multi("mixed", [body] + list(attachments))
    hl = []
    hl.append("Date: " + format_datetime(date))
    hl.append(_addr_hdr("From", frm))
    if to:
        hl.append(_addr_hdr("To", to))
    if cc:
        hl.append(_addr_hdr("Cc", cc))
    if reply_to:
        hl.append(_addr_hdr("Reply-To", reply_to))
    hl.append(_hdr("Subject", subject))
    if msgid is None:
        r = ctx.rng
        msgid = "<%s.%08x%04x@mail.%s>" % (date.strftime("%Y%m%d%H%M%S"), r.getrandbits(32),
                                            r.getrandbits(16), DOM)
    hl.append("Message-ID: " + msgid)
    if in_reply_to:
        hl.append("In-Reply-To: " + in_reply_to)
        hl.append(_fold_text("References", references or in_reply_to))
    for k, v in (headers or []):
        hl.append(_hdr(k, v))
    hl.append("MIME-Version: 1.0")
    phl, pbody = _ser(root, ctx)
    hl.extend(phl)
    return "\r\n".join(hl).encode("ascii") + b"\r\n\r\n" + pbody


def mail(label, lang, kind, reason, frm, to, subject, date, body, **kw):
    assert label in LABELS
    assert lang in ("de", "en", "mixed")
    assert "\t" not in reason and "\n" not in reason
    return dict(label=label, lang=lang, kind=kind, reason=reason,
                args=dict(frm=frm, to=to, subject=subject, date=date, body=body, **kw))


def inner_mail(frm, to, subject, date, body, msgid, cc=None, attachments=None, headers=None):
    """A message written by someone else, for forwarding as message/rfc822."""
    return build_message(0, frm, to, subject, date, body, cc=cc, attachments=attachments,
                         headers=headers, msgid=msgid, inner=True)


# ---------------------------------------------------------------------------
# attachment writers (standard library only)
# ---------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 2, 8, 0, 0)


def _zip(members, date_time=ZIP_TIME, stored_first=False):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as zf:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            if stored_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            zf.writestr(zi, data)
    return bio.getvalue()


def make_zip(members, date_time=ZIP_TIME):
    return _zip(members, date_time)


def x(s):
    return _xesc(str(s), {'"': "&quot;"})


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def make_pdf(text, title="", author="Auerhahn Versicherung AG", created="20260105080000+01'00'",
             scan=False, lines_per_page=58):
    """Minimal valid PDF 1.4.  Lines starting with '# ' are bold headings, '## ' bold small.
    A form feed starts a new page.  scan=True gives an image-only page (no text layer)."""
    pages = []
    if scan:
        pages.append(None)
    else:
        for chunk in text.split("\f"):
            lines = chunk.strip("\n").split("\n")
            while lines:
                pages.append(lines[:lines_per_page])
                lines = lines[lines_per_page:]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
               b" /Producer (Auerhahn DocOut 4.2) /CreationDate (D:" + created.encode() + b") >>")
    kids = []
    nxt = 6
    for pg in pages:
        pobj, cobj = nxt, nxt + 1
        nxt += 2
        if pg is None:
            im = nxt
            nxt += 1
            w = h = 48
            seed = hashlib.sha256(title.encode("utf-8")).digest()
            pix = bytearray()
            for yy in range(h):
                for xx in range(w):
                    v = 235 - (seed[(xx * 7 + yy * 13) % 32] % 40) if (yy % 6) else 120
                    pix.append(v)
            data = zlib.compress(bytes(pix), 9)
            objs[im] = (b"<< /Type /XObject /Subtype /Image /Width 48 /Height 48 /ColorSpace "
                        b"/DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length " +
                        str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream")
            content = b"q 483 0 0 684 56 79 cm /Im1 Do Q\n"
            res = b"<< /XObject << /Im1 " + str(im).encode() + b" 0 R >> >>"
        else:
            ops = []
            y = 800
            for ln in pg:
                if ln.startswith("# "):
                    font, size, t, lead = b"/F2", 13, ln[2:], 20
                elif ln.startswith("## "):
                    font, size, t, lead = b"/F2", 10, ln[3:], 15
                else:
                    font, size, t, lead = b"/F1", 10, ln, 13
                if t.strip():
                    ops.append(b"BT " + font + b" " + str(size).encode() + b" Tf 56 " +
                               str(y).encode() + b" Td " + _pdf_str(t) + b" Tj ET")
                y -= lead
            content = b"\n".join(ops) + b"\n"
            res = b"<< /Font << /F1 3 0 R /F2 4 0 R >> >>"
        objs[cobj] = (b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content +
                      b"endstream")
        objs[pobj] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + res +
                      b" /Contents " + str(cobj).encode() + b" 0 R >>")
        kids.append(pobj)
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) +
               b"] /Count " + str(len(kids)).encode() + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, nxt):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % nxt
    out += b"0000000000 65535 f \n"
    for i in range(1, nxt):
        out += b"%010d 00000 n \n" % offs[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (nxt, xref)
    return bytes(out)


_CT_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core(title, creator, when):
    return (_CT_XML +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (x(title), x(creator), x(creator), when, when))


def make_docx(blocks, title="", creator="Auerhahn Versicherung AG", when="2026-01-05T08:00:00Z"):
    """blocks: str paragraph | ('h', text) heading | ('table', rows)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []

    def para(t, style=None, bold=False):
        ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, x(t))
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == "h":
            body.append(para(b[1], "Heading1"))
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            w = 9000 // ncol
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
                 '</w:tblPr><w:tblGrid>' + "".join('<w:gridCol w:w="%d"/>' % w for _ in range(ncol)) +
                 '</w:tblGrid>']
            for ri, r in enumerate(rows):
                t.append("<w:tr>")
                for c in list(r) + [""] * (ncol - len(r)):
                    t.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                             % (w, para(str(c), bold=(ri == 0))))
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    doc = (_CT_XML + '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" '
           'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))
    styles = (_CT_XML + '<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>'
              '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
              '<w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1">'
              '<w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/>'
              '</w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>' % W)
    ct = (_CT_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = (_CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    drels = (_CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '</Relationships>')
    app = (_CT_XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application></Properties>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                 ("word/_rels/document.xml.rels", drels), ("word/styles.xml", styles),
                 ("docProps/core.xml", _core(title, creator, when)), ("docProps/app.xml", app)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, title="", creator="Auerhahn Versicherung AG", when="2026-01-05T08:00:00Z"):
    """sheets: list of (name, rows); numbers stay numbers, first row bold."""
    wsx = []
    for name, rows in sheets:
        out = []
        for ri, r in enumerate(rows):
            cells = []
            for ci, v in enumerate(r):
                ref = "%s%d" % (_col(ci), ri + 1)
                st = ' s="1"' if ri == 0 else ""
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v)))
                else:
                    cells.append('<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, st, x(v)))
            out.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
        wsx.append(_CT_XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<sheetData>%s</sheetData></worksheet>' % "".join(out))
    ct = (_CT_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(sheets))) +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (_CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = (_CT_XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
          "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(n), i + 1, i + 1)
                  for i, (n, _) in enumerate(sheets)) + '</sheets></workbook>')
    wbrels = (_CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
              "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(sheets))) +
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (len(sheets) + 1) +
              '</Relationships>')
    styles = (_CT_XML + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)]
    for i, s in enumerate(wsx):
        members.append(("xl/worksheets/sheet%d.xml" % (i + 1), s))
    members.append(("docProps/core.xml", _core(title, creator, when)))
    return _zip(members)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mime, content_inner, title, creator, when):
    content = (_CT_XML.replace(' standalone="yes"', '') +
               '<office:document-content %s office:version="1.2"><office:body>%s</office:body>'
               '</office:document-content>' % (_ODF_NS, content_inner))
    meta = (_CT_XML.replace(' standalone="yes"', '') +
            '<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/7.6</meta:generator><dc:title>%s</dc:title>'
            '<dc:creator>%s</dc:creator><meta:creation-date>%s</meta:creation-date>'
            '</office:meta></office:document-meta>' % (_ODF_NS, x(title), x(creator), when))
    styles = (_CT_XML.replace(' standalone="yes"', '') +
              '<office:document-styles %s office:version="1.2"/>' % _ODF_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content),
                 ("styles.xml", styles), ("meta.xml", meta)], stored_first=True)


def make_odt(blocks, title="", creator="Auerhahn Versicherung AG", when="2026-01-05T08:00:00"):
    inner = []
    for b in blocks:
        if isinstance(b, str):
            inner.append("<text:p>%s</text:p>" % x(b))
        elif b[0] == "h":
            inner.append('<text:h text:outline-level="1">%s</text:h>' % x(b[1]))
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = ['<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>' % ncol]
            for r in rows:
                t.append("<table:table-row>" + "".join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(c)
                    for c in list(r) + [""] * (ncol - len(r))) + "</table:table-row>")
            t.append("</table:table>")
            inner.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(inner), title, creator, when)


def make_ods(sheets, title="", creator="Auerhahn Versicherung AG", when="2026-01-05T08:00:00"):
    inner = []
    for name, rows in sheets:
        t = ['<table:table table:name="%s">' % x(name)]
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s">'
                                 '<text:p>%s</text:p></table:table-cell>' % (repr(v), x(v)))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                                 '</table:table-cell>' % x(v))
            t.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        t.append("</table:table>")
        inner.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(inner), title, creator, when)


def make_csv(rows, sep=";", encoding="utf-8", bom=False):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    data = ("\r\n".join(out) + "\r\n").encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def make_ics(uid, start, end, summary, location, description, organizer, attendees=(),
             method="REQUEST", stamp="20260105T080000Z"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 75:
            return line
        parts, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 74:
                parts.append(cur)
                cur = " " + ch
            else:
                cur += ch
        parts.append(cur)
        return "\r\n".join(parts)
    L = ["BEGIN:VCALENDAR", "PRODID:-//Auerhahn Versicherung AG//Termine 3.1//DE", "VERSION:2.0",
         "METHOD:" + method, "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:DAYLIGHT",
         "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "DTSTART:19700329T020000",
         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
         "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:19701025T030000",
         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
         "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
         "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
         "SUMMARY:" + esc(summary), "LOCATION:" + esc(location), "DESCRIPTION:" + esc(description),
         "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, a in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (n, a))
    L += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in L) + "\r\n").encode("utf-8")


def ICS(filename, data):
    return Leaf("text/calendar", _b64(data), "base64",
                [("charset", "utf-8"), ("method", "REQUEST"), ("name", filename)],
                disp="attachment", dparams=[("filename", filename)])


# ---------------------------------------------------------------------------
# IBANs (ISO 13616 / ISO 7064 mod 97-10)
# ---------------------------------------------------------------------------

def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban, grouped=True):
    chk = 98 - _iban_num(bban + country + "00") % 97
    s = "%s%02d%s" % (country, chk, bban)
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) >= 15 and _iban_num(s[4:] + s[:4]) % 97 == 1


# ---------------------------------------------------------------------------
# people of the insurer (signatures and footers are the only shared pieces)
# ---------------------------------------------------------------------------

def P(name, local):
    return (name, local + "@" + DOM)


JANA = P("Jana Wiedemeyer", "jana.wiedemeyer")
TOBIAS = P("Tobias Kranich", "tobias.kranich")
SANDMANN = P("Dr. med. Ulrike Sandmann", "ulrike.sandmann")
ELSNER = P("Katrin Elsner", "katrin.elsner")
NOWAK = P("Grzegorz Nowak", "grzegorz.nowak")
MEHMET = P("Mehmet Aydoğan", "mehmet.aydogan")
PFEFFER = P("Claudia Pfeffer", "claudia.pfeffer")
RONJA = P("Ronja Albers", "ronja.albers")
SVEN = P("Sven Oberländer", "sven.oberlaender")
PRIYA = P("Priya Raman", "priya.raman")
DSB = P("Dr. Felix Brandstätter", "felix.brandstaetter")
HOHLWEG = P("Sabine Hohlweg", "sabine.hohlweg")
QUAST = P("Oliver Quast", "oliver.quast")
LUEDERS = P("Hannah Lüders", "hannah.lueders")
LUKAS = P("Lukas Feldhaus", "lukas.feldhaus")
VOGT = P("Annika Vogt", "annika.vogt")
ZIEGLER = P("Marek Ziegler", "marek.ziegler")
RAUH = P("Benedikt Rauh", "benedikt.rauh")
KU_MAILBOX = P("Auerhahn Kinderunfall-Service", "kinderunfall")
SERVICE = P("Auerhahn Versicherung", "service")
NOREPLY = P("Auerhahn Kundenportal", "noreply")
LEISTUNG_UNFALL = P("Leistung Unfall", "leistung-unfall")
TEAM_UNFALL = P("Team Leistung Unfall", "team-unfall")

FOOT_DE = """--
Auerhahn Versicherung AG · Am Hahnenkamp 7 · 34131 Kassel
Vorstand: Dr. Roswitha Quendt (Vors.), Henrik Barthel, Selin Acar
Aufsichtsratsvorsitzender: Prof. Dr. Walter Imhof
Sitz Kassel · Amtsgericht Kassel HRB 99127 · www.auerhahn-versicherung.example"""

FOOT_EN = """--
Auerhahn Versicherung AG · Am Hahnenkamp 7 · 34131 Kassel · Germany
Management Board: Dr. Roswitha Quendt (Chair), Henrik Barthel, Selin Acar
Registered office Kassel · Local Court Kassel HRB 99127 · www.auerhahn-versicherung.example"""

DISCL_DE = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

DISCL_EN = """This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail."""


def asciify(t):
    for a, b in (("·", "|"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"),
                 ("Ü", "Ue"), ("ß", "ss"), ("ğ", "g"), ("–", "-"), ("„", '"'), ("“", '"')):
        t = t.replace(a, b)
    return t


def sig(who, lang="de", ascii=False):
    """Standard signatures; the same person always signs the same way."""
    if ascii:
        return asciify(sig(who, lang))
    S = {
        "jana": ("Jana Wiedemeyer\nLeistung Unfall · Kinder & Schüler\nTel. 0561 7127-4312",
                 "Jana Wiedemeyer\nAccident Claims · Children & Pupils\nPhone +49 561 7127-4312"),
        "tobias": ("Tobias Kranich\nLeistung Unfall · Zahn- und Augenschäden\nTel. 0561 7127-4318",
                   "Tobias Kranich\nAccident Claims · Dental and Eye Injuries\nPhone +49 561 7127-4318"),
        "sandmann": ("Dr. med. Ulrike Sandmann\nBeratungsärztin · Leistung Unfall\nTel. 0561 7127-4390",
                     "Dr. med. Ulrike Sandmann\nMedical Advisor · Accident Claims\nPhone +49 561 7127-4390"),
        "elsner": ("Katrin Elsner\nTeamleitung Leistung Unfall\nTel. 0561 7127-4300",
                   "Katrin Elsner\nHead of Accident Claims\nPhone +49 561 7127-4300"),
        "nowak": ("Grzegorz Nowak\nReha-Management\nTel. 0561 7127-4377 · mobil 0151 27127040",
                  "Grzegorz Nowak\nRehabilitation Management\nPhone +49 561 7127-4377"),
        "mehmet": ("Mehmet Aydoğan\nGruppenverträge Vereine, Schulen & Kitas\nTel. 0561 7127-2250",
                   "Mehmet Aydoğan\nGroup Contracts · Clubs, Schools & Nurseries\nPhone +49 561 7127-2250"),
        "pfeffer": ("Claudia Pfeffer\nBeitragsservice\nTel. 0561 7127-1180",
                    "Claudia Pfeffer\nPremium Accounting\nPhone +49 561 7127-1180"),
        "ronja": ("Ronja Albers\nKundenservice Haftpflicht / Hausrat\nTel. 0561 7127-3020",
                  "Ronja Albers\nCustomer Service Liability / Household\nPhone +49 561 7127-3020"),
        "sven": ("Sven Oberländer\nSchaden Haftpflicht / Sach\nTel. 0561 7127-3155",
                 "Sven Oberländer\nLiability & Property Claims\nPhone +49 561 7127-3155"),
        "priya": ("Priya Raman\nInternationaler Kundenservice\nTel. 0561 7127-1999",
                  "Priya Raman\nInternational Customer Service\nPhone +49 561 7127-1999"),
        "dsb": ("Dr. Felix Brandstätter\nDatenschutzbeauftragter\nTel. 0561 7127-9001",
                "Dr. Felix Brandstätter\nData Protection Officer\nPhone +49 561 7127-9001"),
        "hohlweg": ("Sabine Hohlweg\nEinkauf / Zentrale Dienste\nTel. 0561 7127-8810",
                    "Sabine Hohlweg\nProcurement\nPhone +49 561 7127-8810"),
        "quast": ("Oliver Quast\nIT Anwendungsbetreuung Leistung\nTel. 0561 7127-6604",
                  "Oliver Quast\nIT Application Support (Claims)\nPhone +49 561 7127-6604"),
        "lueders": ("Hannah Lüders\nUnternehmenskommunikation\nTel. 0561 7127-5050",
                    "Hannah Lüders\nCorporate Communications\nPhone +49 561 7127-5050"),
        "lukas": ("Lukas Feldhaus\nAuszubildender Kaufmann für Versicherungen und Finanzanlagen",
                  "Lukas Feldhaus\nTrainee"),
        "vogt": ("Annika Vogt\nPersonal\nTel. 0561 7127-7020",
                 "Annika Vogt\nHuman Resources\nPhone +49 561 7127-7020"),
        "ziegler": ("Marek Ziegler\nAktuariat Personenversicherung\nTel. 0561 7127-2710",
                    "Marek Ziegler\nActuarial Department (Personal Lines)\nPhone +49 561 7127-2710"),
        "rauh": ("Benedikt Rauh\nMaklerbetreuung Nordhessen\nTel. 0561 7127-2440 · mobil 0160 1271244",
                 "Benedikt Rauh\nBroker Relations\nPhone +49 561 7127-2440"),
    }
    t = S[who][0 if lang == "de" else 1]
    return t + "\n\n" + (FOOT_DE if lang == "de" else FOOT_EN)


# ---------------------------------------------------------------------------
# build, write, check
# ---------------------------------------------------------------------------

# deliberately invalid IBANs (a typo in a customer's own mail); everything else must validate
INVALID_IBANS_OK = {"DE00123456789012345678"}  # m142: negative test case in synthetic data


def collect():
    specs = []
    for i in range(1, N_MAILS + 1):
        f = globals()["m%03d" % i]
        specs.append(f())
    return specs


def render(specs):
    files = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, s in enumerate(specs, 1):
        name = "d%s-%04d.eml" % (NN, i)
        files[name] = build_message(i, **s["args"])
        rows.append("\t".join([name, s["label"], s["lang"], s["kind"], s["reason"]]))
    return files, ("\n".join(rows) + "\n").encode("utf-8")


def write(outdir=HERE):
    files, labels = render(collect())
    md = os.path.join(outdir, "mails")
    os.makedirs(md, exist_ok=True)
    for fn in os.listdir(md):
        if fn.endswith(".eml"):
            os.remove(os.path.join(md, fn))
    for name, data in files.items():
        with open(os.path.join(md, name), "wb") as f:
            f.write(data)
    with open(os.path.join(outdir, "labels.tsv"), "wb") as f:
        f.write(labels)
    return files


class Bad(Exception):
    pass


def _need(cond, msg):
    if not cond:
        raise Bad(msg)


def pdf_text(data):
    _need(data.startswith(b"%PDF-1."), "no PDF header")
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    _need(m, "no startxref/%%EOF")
    xref = int(m.group(1))
    _need(data[xref:xref + 4] == b"xref", "startxref does not point to xref")
    hm = re.match(rb"xref\s+0 (\d+)\s+", data[xref:])
    n = int(hm.group(1))
    pos = xref + hm.end()
    entries = data[pos:pos + 20 * n]
    for i in range(1, n):
        e = entries[20 * i:20 * i + 20]
        off = int(e[:10])
        _need(data[off:].startswith(b"%d 0 obj" % i), "xref offset of object %d wrong" % i)
    _need(b"/Root" in data[xref:], "no /Root in trailer")
    texts = []
    image = False
    for sm in re.finditer(rb"<<([^\n]*?)/Length (\d+)([^\n]*)>>\nstream\n", data):
        ln = int(sm.group(2))
        body = data[sm.end():sm.end() + ln]
        rest = data[sm.end() + ln:sm.end() + ln + 12]
        _need(rest.lstrip(b"\r\n").startswith(b"endstream"), "stream length wrong")
        if b"/Image" in sm.group(0):
            image = True
            zlib.decompress(body)
            continue
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", body):
            s = re.sub(rb"\\(.)", rb"\1", t.group(1))
            texts.append(s.decode("cp1252"))
    txt = "\n".join(texts)
    _need(txt.strip() or image, "PDF without text layer and without image")
    return txt


def _xml_texts(zf, names):
    out = []
    for nm in names:
        root = ET.fromstring(zf.read(nm))
        out.append(" ".join(t for t in root.itertext()))
    return "\n".join(out)


def blob_text(fn, data, stats, depth=0):
    ext = fn.lower().rsplit(".", 1)[-1]
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf":
        return pdf_text(data)
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        zf = zipfile.ZipFile(io.BytesIO(data))
        _need(zf.testzip() is None, "corrupt zip member")
        names = zf.namelist()
        if ext == "docx":
            _need("[Content_Types].xml" in names and "word/document.xml" in names, "docx parts")
            xmls = [n for n in names if n.endswith(".xml") or n.endswith(".rels")]
            for nm in xmls:
                ET.fromstring(zf.read(nm))
            return _xml_texts(zf, ["word/document.xml"])
        if ext == "xlsx":
            _need("xl/workbook.xml" in names, "xlsx parts")
            for nm in names:
                ET.fromstring(zf.read(nm))
            return _xml_texts(zf, [n for n in names if n.startswith("xl/worksheets/")])
        if ext in ("odt", "ods"):
            _need(names[0] == "mimetype" and zf.infolist()[0].compress_type == zipfile.ZIP_STORED,
                  "mimetype must be first and stored")
            want = {"odt": b"application/vnd.oasis.opendocument.text",
                    "ods": b"application/vnd.oasis.opendocument.spreadsheet"}[ext]
            _need(zf.read("mimetype") == want, "wrong mimetype")
            for nm in names[1:]:
                ET.fromstring(zf.read(nm))
            return _xml_texts(zf, ["content.xml"])
        out = []
        for nm in names:
            if nm.endswith("/"):
                continue
            out.append(blob_text(nm, zf.read(nm), stats, depth + 1))
        return "\n".join(out)
    if ext in ("csv", "txt", "json", "log"):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252")
    if ext == "ics":
        t = data.decode("utf-8")
        _need("BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, "ICS without VCALENDAR")
        return t.replace("\r\n ", "")
    if ext == "eml":
        msg = email.message_from_bytes(data, policy=email.policy.default)
        return "\n".join(_walk(msg, stats, set()))
    raise Bad("unknown attachment type " + fn)


def _addr_ok(msg, where):
    for h in ("From", "To", "Cc", "Reply-To"):
        for v in msg.get_all(h, []):
            _need(not getattr(v, "defects", None), "%s header defect in %s" % (h, where))
            for _, a in getaddresses([str(v)]):
                _need(a.endswith(".example"), "address not .example: " + a)


def _walk(msg, stats, seen):
    texts = [str(msg.get("Subject", ""))]
    _addr_ok(msg, "message")
    for part in msg.walk():
        _need(not part.defects, "MIME defect %r" % (part.defects,))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct == "message/rfc822":
            stats["rfc822"] = stats.get("rfc822", 0) + 1
            continue
        data = part.get_payload(decode=True)
        if fn:
            stats["_att"] = stats.get("_att", 0) + 1
            texts.append(fn)
            texts.append(blob_text(fn, data, stats))
        elif ct.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            texts.append(data.decode(cs))
            stats["cs:" + cs] = stats.get("cs:" + cs, 0) + 1
            stats["cte:" + str(part.get("Content-Transfer-Encoding", "7bit")).lower()] = \
                stats.get("cte:" + str(part.get("Content-Transfer-Encoding", "7bit")).lower(), 0) + 1
        else:
            raise Bad("part without filename: " + ct)
    return texts


_RE_MAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_RE_URL = re.compile(r"(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)")
_RE_IBAN = re.compile(r"\b(?:DE\d{2}(?: ?\d{4}){4} ?\d{2}|AT\d{2}(?: ?\d{4}){4})\b", re.I)


def analyse(name, raw, msgids, stats):
    _need(b"\n" not in raw.replace(b"\r\n", b""), "bare LF")
    _need(b"\r" not in raw.replace(b"\r\n", b""), "bare CR")
    for ln in raw.split(b"\r\n"):
        _need(len(ln) <= 998, "line longer than 998")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    mid = str(msg["Message-ID"])
    _need(mid not in msgids, "duplicate Message-ID")
    msgids.add(mid)
    _need(parsedate_to_datetime(str(msg["Date"])).year == 2026, "date not in 2026")
    frm = getaddresses([str(msg["From"])])[0][1]
    _need(frm.endswith("@" + DOM), "not sent by the insurer: " + frm)
    top = msg.get_content_type()
    stats["top:" + top] = stats.get("top:" + top, 0) + 1
    texts = _walk(msg, stats, set())
    full = "\n".join(texts)
    for m in _RE_MAIL.finditer(full):
        _need(m.group(1).lower().endswith(".example"), "mail domain not .example: " + m.group(0))
    for m in _RE_URL.finditer(full):
        _need(m.group(1).lower().endswith(".example"), "URL domain not .example: " + m.group(0))
    for m in _RE_IBAN.finditer(full):
        v = m.group(0).replace(" ", "").upper()
        _need(iban_ok(v) or v in INVALID_IBANS_OK, "invalid IBAN " + m.group(0))
        stats["_iban"] = stats.get("_iban", 0) + 1
    return msg


def check():
    errors = []
    specs = collect()
    files, labels = render(specs)
    files2, labels2 = render(collect())
    if files != files2 or labels != labels2:
        errors.append("generator is not deterministic")
    # rebuild into a temp dir and compare byte for byte with what is on disk
    with tempfile.TemporaryDirectory() as td:
        write(td)
        for name in files:
            with open(os.path.join(td, "mails", name), "rb") as f:
                fresh = f.read()
            p = os.path.join(HERE, "mails", name)
            if not os.path.exists(p):
                errors.append(name + ": missing on disk (run without --check first)")
                continue
            with open(p, "rb") as f:
                if f.read() != fresh:
                    errors.append(name + ": differs from rebuild")
        with open(os.path.join(td, "labels.tsv"), "rb") as f:
            fresh_labels = f.read()
    on_disk = sorted(fn for fn in os.listdir(os.path.join(HERE, "mails")) if fn.endswith(".eml"))
    if on_disk != sorted(files):
        errors.append("mails/ holds other files than the generator writes")
    with open(os.path.join(HERE, "labels.tsv"), "rb") as f:
        if f.read() != fresh_labels:
            errors.append("labels.tsv differs from rebuild")
    # labels
    rows = labels.decode("utf-8").rstrip("\n").split("\n")
    _head = rows[0].split("\t")
    if _head != ["file", "label", "lang", "kind", "reason"]:
        errors.append("bad header")
    rows = [r.split("\t") for r in rows[1:]]
    if len(rows) != N_MAILS:
        errors.append("not %d rows" % N_MAILS)
    cnt = {}
    langs = {}
    kinds = {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("bad row %r" % (r,))
            continue
        cnt[r[1]] = cnt.get(r[1], 0) + 1
        langs[(r[1], r[2])] = langs.get((r[1], r[2]), 0) + 1
        kinds[(r[3], r[1])] = kinds.get((r[3], r[1]), 0) + 1
    want = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
    if cnt != want:
        errors.append("label counts %r != %r" % (cnt, want))
    nde = sum(v for (l, g), v in langs.items() if g == "de")
    nen = sum(v for (l, g), v in langs.items() if g == "en")
    nmx = sum(v for (l, g), v in langs.items() if g == "mixed")
    if not (0.55 <= nde / N_MAILS <= 0.60 and 0.35 <= nen / N_MAILS <= 0.40 and nmx > 0):
        errors.append("language mix off: de %d en %d mixed %d" % (nde, nen, nmx))
    # every mail
    stats = {}
    msgids = set()
    for i, (name, raw) in enumerate(sorted(files.items()), 1):
        p = os.path.join(HERE, "mails", name)
        if os.path.exists(p):
            with open(p, "rb") as f:
                raw = f.read()      # validate what is on disk (identical to the rebuild if no error above)
        try:
            analyse(name, raw, msgids, stats)
        except Bad as e:
            errors.append("%s: %s" % (name, e))
        except Exception as e:  # noqa: BLE001 - report any parse failure
            errors.append("%s: %s: %s" % (name, type(e).__name__, e))
    # report
    print("mails: %d   labels: %s" % (len(files), ", ".join("%s %d" % (k, cnt.get(k, 0)) for k in LABELS)))
    print("languages: de %d (%.1f %%), en %d (%.1f %%), mixed %d" %
          (nde, 100.0 * nde / N_MAILS, nen, 100.0 * nen / N_MAILS, nmx))
    print("\nlabel x lang")
    for l in LABELS:
        print("  %-22s de %3d  en %3d  mixed %2d" % (l, langs.get((l, "de"), 0), langs.get((l, "en"), 0),
                                                      langs.get((l, "mixed"), 0)))
    print("\nkind x label (N / C / S)")
    for k in sorted(set(k for k, _ in kinds)):
        print("  %-26s %3d %3d %3d" % (k, kinds.get((k, "NORMAL"), 0), kinds.get((k, "CONFIDENTIAL"), 0),
                                       kinds.get((k, "STRICTLY_CONFIDENTIAL"), 0)))
    print("\nformats")
    for k in sorted(stats):
        print("  %-40s %d" % (k, stats[k]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\ncheck OK: parsed, validated, attachments open, rebuild byte-identical")
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    files = write(HERE)
    print("wrote %d mails and labels.tsv" % len(files))
    return 0


# ===========================================================================
# MAILS  (each written by hand; m001 ... m150)
# ===========================================================================


def m001():
    plain = """Dear Ms Gallagher,

thank you for your call on Tuesday and for sending the updated membership figures.

As discussed, here is a summary of the renewal offer for the group accident contract
of the Rhine-Main International Sports Club e.V. (contract no. GU-7711-0342), which
expires on 31 March 2026:

  Insured persons ........ all registered members (currently 412) and up to
                           25 volunteer coaches
  Sum insured, disability  EUR 50,000 with progression 225 %
  Accidental death ....... EUR 5,000
  Hospital daily cash .... none (as before)
  Premium per member ..... EUR 3.10 p.a. (previously EUR 2.85)
  Annual premium ......... EUR 1,354.70 incl. insurance tax

The increase follows our general tariff adjustment for club contracts; your own
claims history has been perfectly normal. There is no change to the terms.

If the board agrees, a short reply to this e-mail is enough and we will send the
renewed policy schedule by post to the club address in Wiesbaden. The premium
will again be collected from the club account on 1 April.

Kind regards

""" + sig("mehmet", "en")
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Ms Gallagher,</p>
<p>thank you for your call on Tuesday and for sending the updated membership figures.</p>
<p>As discussed, here is a summary of the renewal offer for the group accident contract of the
<b>Rhine-Main International Sports Club e.V.</b> (contract no. GU-7711-0342), which expires on 31 March 2026:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td>Insured persons</td><td>all registered members (currently 412) and up to 25 volunteer coaches</td></tr>
<tr><td>Sum insured, disability</td><td>EUR 50,000 with progression 225&nbsp;%</td></tr>
<tr><td>Accidental death</td><td>EUR 5,000</td></tr>
<tr><td>Hospital daily cash</td><td>none (as before)</td></tr>
<tr><td>Premium per member</td><td>EUR 3.10 p.a. (previously EUR 2.85)</td></tr>
<tr><td>Annual premium</td><td><b>EUR 1,354.70</b> incl. insurance tax</td></tr>
</table>
<p>The increase follows our general tariff adjustment for club contracts; your own claims history has been
perfectly normal. There is no change to the terms.</p>
<p>If the board agrees, a short reply to this e-mail is enough and we will send the renewed policy schedule by
post to the club address in Wiesbaden. The premium will again be collected from the club account on 1 April.</p>
<p>Kind regards</p>
<p>Mehmet Aydo&#287;an<br>Group Contracts &middot; Clubs, Schools &amp; Nurseries<br>Phone +49 561 7127-2250</p>
<p style="color:#777;font-size:8pt">Auerhahn Versicherung AG &middot; Am Hahnenkamp 7 &middot; 34131 Kassel &middot; Germany<br>
Registered office Kassel &middot; Local Court Kassel HRB 99127</p>
</body></html>"""
    return mail("CONFIDENTIAL", "en", "insurer-to-club",
                "grey zone: club group accident contract renewal, named club secretary and contract number, no insured person identified",
                MEHMET, [("Fiona Gallagher", "secretary@rmisc.example")],
                "Renewal offer group accident contract GU-7711-0342", D(2026, 2, 12, 15, 41),
                ALT(T(plain), H(html)),
                headers=[("X-Mailer", "Microsoft Outlook 16.0")])


def m002():
    body = """Dear Mr Haddad,

further to our framework agreement, please find below a new translation order.

Source document: "Unfallanzeige für Kinder, Schüler und Studierende" (form KU-12,
edition 03/2026), 4 pages, approx. 1,180 words. It is our blank claim form - no
customer data in it, just the field labels and the explanatory notes.

Target languages:
  1. English (UK)
  2. Ukrainian
  3. Turkish
  4. Arabic

Please keep our terminology list (attached last year, file TB-Unfall-v7). Some field
labels are tricky, e.g. "Unfallhergang", "Erstbehandelnder Arzt", "Gliedertaxe",
"Zahnunfall (bleibende Zähne / Milchzähne)" and "Vorerkrankungen oder
Gebrechen". For Gliedertaxe please use "disability scale (Gliedertaxe)" in the
English version, not "limb table".

Deadline: 20 March 2026. Price as per framework agreement, EUR 0.14 per source word
per language, so roughly EUR 660.80 net in total.

PO number 4500371129 - please quote it on your invoice.

Thanks and best regards

""" + sig("hohlweg", "en")
    return mail("NORMAL", "en", "insurer-to-supplier",
                "trap: translation order for a blank claim form, medical field labels but no person",
                HOHLWEG, [("Rami Haddad", "orders@linguabridge.example")],
                "Translation order PO 4500371129 - claim form KU-12", D(2026, 3, 2, 10, 5),
                T(body, charset="iso-8859-1", cte="quoted-printable"))


def m003():
    body = """Dear Mr Okafor,

thank you for your e-mail of 9 January and the discharge letter from Klinikum
Nordstadt.

I am sorry to read that Samuel is still getting headaches in the afternoons. As you
know, he was kept in hospital for two nights after the fall on the ice rink with a
concussion (ICD S06.0) and the hospital advised rest at home for another week.

For our records I have now registered the following:

  Claim number ........... KU-2026-00412
  Insured child .......... Samuel Okafor, born 14 May 2014
  Policy ................. AuerKind Plus, no. UK-4471-2290-03
  Hospital daily cash .... 2 days x EUR 30.00 = EUR 60.00 (paid today)

What we still need: if the paediatrician refers Samuel to a neurologist, please send
us the report as soon as it is available. Persistent headaches can be relevant for
the disability benefit, but usually a final assessment is only made after one year.
So no need to worry about deadlines now - the period for claiming runs until
15 months after the accident.

Please let me know if Samuel misses more school than expected, because the
tariff also pays for private tutoring from the 10th day of absence.

Best wishes for a good recovery,

""" + sig("priya", "en")
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "child's concussion S06.0, headaches, hospital stay, claim and policy number; body base64-encoded",
                PRIYA, [("Daniel Okafor", "d.okafor@homemail.example")],
                "Re: Samuel - hospital letter", D(2026, 1, 12, 11, 27),
                T(body, cte="base64"), in_reply_to="<a1b7c0de.4411@homemail.example>")


def m004():
    body = """Hallo Jana,

zu KU-2025-08831 (Mia Korte, geb. 02.09.2019, Kita-Unfall 10/2025, Quetschung
rechter Daumen in der Tür der Garderobe):

Nach Durchsicht des Abschlussberichts der Handchirurgie (Dr. Pankratz,
21.01.2026) und der Fotos:

- Teilverlust des Endglieds Daumen rechts (Amputation auf Höhe der Nagelmitte,
  ICD-10 S68.0 / Z89.0), Stumpf gut verheilt, keine Neurome
- Nagel wächst nicht nach, Feinmotorik beim Malen eingeschränkt laut Mutter
- Beweglichkeit Grundgelenk frei

Gliedertaxe Daumen laut Bedingungen 20 %. Für den Verlust des Endglieds setze
ich die Hälfte an, also 10 % Invalidität. Dauerhaftigkeit kann man hier schon
jetzt bejahen, da ist nichts mehr zu erwarten; eine Nachprüfung nach 3 Jahren
halte ich bei einem 6-jährigen Kind trotzdem für sinnvoll (Wachstum).

Progression greift erst ab 25 %, also einfache Leistung aus der Grundsumme.

Kosmetische OP (Nagelplastik) wäre nach den AVB separat bis 5.000 EUR
erstattungsfähig, falls die Eltern das später machen lassen wollen - bitte im
Schreiben erwähnen.

Gruß
Ulrike

--
""" + sig("sandmann")
    return mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "medical advisor's invalidity assessment of a named child (partial thumb loss, ICD codes)",
                SANDMANN, [JANA], "KU-2025-08831 Bemessung", D(2026, 1, 27, 16, 2),
                T(body, cte="8bit", flowed=True),
                headers=[("User-Agent", "Mozilla Thunderbird 115.6")])


def m005():
    body = """Sehr geehrte Frau Sauerland,

vielen Dank für Ihre Schadenmeldung vom 04.02.2026 und das Schreiben der
Stadt Melsungen (Schulverwaltungsamt).

Sie haben am 30.01.2026 nach der Elternsprechstunde den Generalschlüssel der
Gesamtschule am Kirchberg verloren; die Stadt lässt nun aus Sicherheitsgründen
die Schließanlage teilweise austauschen und verlangt von Ihnen 4.870,00 EUR.

Ihre Diensthaftpflichtversicherung (Vertrag DH-3381-0577) umfasst den Verlust
fremder Schlüssel, die Ihnen dienstlich überlassen wurden, bis 10.000 EUR.
Wir haben den Schaden unter der Nummer HS-2026-02219 angelegt.

Bevor wir zahlen können, benötigen wir noch:
  - den Kostenvoranschlag des Schließdienstes (nicht nur die Summe aus dem
    Schreiben der Stadt),
  - eine kurze Bestätigung der Schulleitung, dass der Schlüssel nicht
    wiedergefunden wurde.

Die Zahlung leisten wir direkt an die Stadt; Ihre Selbstbeteiligung von
150 EUR wird abgezogen.

Mit freundlichen Grüßen

""" + sig("sven")
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "named teacher's liability claim (lost school master key), contract and claim number, no health data",
                SVEN, [("Birgit Sauerland", "b.sauerland@netzpost.example")],
                "Ihr Schlüsselverlust – Schaden HS-2026-02219", D(2026, 2, 6, 9, 14),
                T(body, charset="windows-1252"))


def m006():
    body = """Hi all,

IT Security has seen a wave of phishing mails since Monday aimed at our claims
mailboxes. Typical features:

* Subject like "Arztrechnung Ihres Kindes - Zahlungserinnerung" or
  "Invoice X-ray examination - child accident"
* Attachment "Rechnung_Kinderarzt_2026.pdf.exe" or a ZIP with a .js file inside
* Sender domains that look like clinics, e.g. kinderklinik-abrechnung.example
  or praxis-service24.example - none of them are real medical providers
* Urgent tone ("Mahnstufe 3", "Inkasso")

These mails do not belong to any real customer or claim. Please do NOT open the
attachment, do not forward it to colleagues "to check", and do not reply.
Use the "Report phishing" button in Outlook, then delete.

Genuine invoices from doctors and hospitals reach us via the scan centre or the
customer portal, never as an executable file.

Thanks,
Oliver

""" + sig("quast", "en", ascii=True)
    return mail("NORMAL", "en", "internal",
                "trap: phishing warning mentioning children's medical invoices, no real person",
                QUAST, [("All staff Claims", "claims-all@" + DOM)],
                "[IT-Security] Phishing: fake medical invoices for children's accidents",
                D(2026, 4, 15, 8, 3), T(body, charset="us-ascii", cte="7bit"),
                headers=[("Importance", "High")])


def m007():
    body = """Hallo Lukas,

bitte auszahlen, Beleg liegt in der Akte (Scan vom 19.02.). Betrag laut Tarif.
Überweisung an das hinterlegte Konto der Eltern.

Danke!
Jana
"""
    return mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "sensitive only in subject: named child, cast allowance (fracture) and claim number; body harmless",
                JANA, [LUKAS], "Gipsgeld Lena Hartwig – SN KU-2026-01187", D(2026, 2, 20, 13, 55),
                T(body))


def m008():
    body = """Dear Mr Reuter,

we have received the theft report for the club container of Fulda Phoenix
Lacrosse e.V. and the police reference (Polizeistation Fulda, Tgb.-Nr.
ST/0412/26). Your claim has been registered under no. SI-2026-00733 under the
club's contents policy IV-5520-1184.

From the list you sent, the following items were stolen between 14 and 16 March:

  18 helmets (Cascade-type)            EUR 3,240.00
  22 sticks incl. heads                EUR 2,310.00
   1 set of goals/nets                 EUR   890.00
   1 Bluetooth speaker                 EUR   149.00
                                       -----------
                                       EUR 6,589.00

The container was secured with two padlocks, which the police found cut. That
meets the burglary requirement, so cover is confirmed in principle.

Please send us the purchase receipts or, where not available, bank statements of
the club showing the purchases. We will reimburse at replacement value less the
agreed deductible of EUR 250.

Kind regards

""" + sig("sven", "en")
    return mail("CONFIDENTIAL", "en", "insurer-to-club",
                "club contents theft claim with named treasurer, claim and policy numbers, no health data",
                SVEN, [("Jonas Reuter", "treasurer@phoenix-lacrosse.example")],
                "Your claim SI-2026-00733 - theft from club container", D(2026, 3, 19, 14, 22),
                T(body, charset="utf-8", cte="quoted-printable"))


def m009():
    body = """PRESSEMITTEILUNG

Auerhahn erweitert Kinder-Unfallschutz: neuer Baustein für Zahn- und Augenunfälle

Kassel, 10. März 2026 – Die Auerhahn Versicherung AG ergänzt ihren Kinder-
Unfalltarif „AuerKind" ab 1. April 2026 um einen Baustein für Zahn- und
Augenunfälle. Er übernimmt Kosten für Zahnersatz nach einem Unfall bis
10.000 Euro – auch für Implantate, die bei Kindern oft erst nach Abschluss des
Kieferwachstums gesetzt werden können – sowie für Sehhilfen und Kontaktlinsen,
die bei einem Unfall beschädigt werden.

„Jeder dritte Unfall eines Schulkindes betrifft Kopf oder Gesicht, und die
Folgekosten eines ausgeschlagenen Schneidezahns ziehen sich oft über zehn Jahre",
sagt Dr. Roswitha Quendt, Vorstandsvorsitzende der Auerhahn Versicherung.
„Eltern sollen sich darauf verlassen können, dass diese Kosten auch Jahre nach
dem Unfall noch übernommen werden."

Der Baustein kostet 2,40 Euro im Monat. Er gilt weltweit und rund um die Uhr,
also auch in der Freizeit, die von der gesetzlichen Schülerunfallversicherung
nicht erfasst ist.

Zahlen aus dem Bestand 2025 (rund 48.000 versicherte Kinder):
- 3.912 gemeldete Unfälle, davon 1.204 mit Zahnbeteiligung
- 217 Augenverletzungen, überwiegend durch Bälle und Äste
- durchschnittliche Leistung bei Zahnunfällen: 1.380 Euro

Über Auerhahn: Die Auerhahn Versicherung AG mit Sitz in Kassel ist ein
mittelständischer Sach- und Personenversicherer mit 620 Mitarbeitenden.

Pressekontakt:
Hannah Lüders, Unternehmenskommunikation
presse@auerhahn-versicherung.example · 0561 7127-5050
"""
    return mail("NORMAL", "de", "insurer-to-press",
                "trap: press release with dental/eye injury statistics and a board quote, no private person",
                LUEDERS, [("Presseverteiler", "presse-verteiler@" + DOM)],
                "PM: Auerhahn erweitert Kinder-Unfallschutz um Zahn- und Augenbaustein",
                D(2026, 3, 10, 9, 0), T(body),
                cc=[("Redaktion Versicherungsbote", "redaktion@versicherungsbote.example")])


def m010():
    body = """Dear Ms Whitfield,

thank you for your question - and I'm glad to hear that Ella is doing well again.

You wrote that Ella (2) had a febrile seizure on the evening after her second
MMR vaccination on 3 February and was observed overnight in the children's
hospital in Göttingen. You asked whether this is covered by her AuerKind Plus
policy (UK-4470-8812-01).

The short answer: possibly yes. Unlike many accident policies, AuerKind Plus
includes "Impfschäden" (damage to health caused by a recommended vaccination),
but only if it leads to a permanent impairment. A single febrile seizure without
lasting consequences is, medically speaking, usually not a permanent impairment,
so there would be no disability benefit.

What we can already pay is the hospital daily cash for the night in hospital
(EUR 25). For that, please send us a copy of the discharge letter.

If your paediatrician notices anything unusual in Ella's development over the
coming months, please get in touch again - the claim can be reopened within
three years.

Best regards,

""" + sig("priya", "en")
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "named toddler's febrile seizure after vaccination, hospital stay, policy number",
                PRIYA, [("Hannah Whitfield", "hannah.whitfield@mailhaus.example")],
                "Re: Question about vaccination reaction - Ella", D(2026, 2, 17, 10, 48),
                T(body), in_reply_to="<CAF9x0a7-771e@mailhaus.example>")


def m011():
    odt = make_odt([
        ("h", "Vorlage L-U-17: Ablehnung – keine unfallbedingte Invalidität (Kinder)"),
        "Stand: 02/2026 · Freigabe: Teamleitung Leistung Unfall · Nur mit Platzhaltern verwenden!",
        "«Anrede» «Vorname_Elternteil» «Nachname_Elternteil»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "Ihre Unfallversicherung «Vertragsnummer» – Unfall Ihres Kindes «Vorname_Kind» am «Unfalldatum»",
        "Schaden-Nr. «Schadennummer»",
        "«Anrede_lang»,",
        "vielen Dank für die Unterlagen zum Unfall von «Vorname_Kind». Wir haben die ärztlichen Berichte "
        "sorgfältig geprüft, auch mit Unterstützung unseres beratungsärztlichen Dienstes.",
        "Nach den vorliegenden Befunden ist die Verletzung («Diagnose_laienverständlich») folgenlos "
        "ausgeheilt. Eine dauerhafte Beeinträchtigung der körperlichen oder geistigen Leistungsfähigkeit "
        "(Invalidität) im Sinne von Ziffer 2.1 der Allgemeinen Unfallversicherungsbedingungen liegt "
        "deshalb nicht vor.",
        "[OPTIONAL, nur wenn Baustein Krankenhaustagegeld:] Das Krankenhaustagegeld für «Anzahl_Tage» Tage "
        "in Höhe von «Betrag» EUR haben wir bereits am «Zahldatum» überwiesen.",
        "Sollten sich in den nächsten Monaten noch Beschwerden zeigen, können Sie die Invalidität bis "
        "spätestens 15 Monate nach dem Unfall ärztlich feststellen lassen und uns melden.",
        "Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie sich an unser "
        "Beschwerdemanagement oder an den Versicherungsombudsmann wenden.",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter_Name»",
        ("table", [["Platzhalter", "Quelle im Leistungssystem"],
                   ["«Vertragsnummer»", "VT.VERTRAG_NR"],
                   ["«Schadennummer»", "SC.SCHADEN_NR"],
                   ["«Diagnose_laienverständlich»", "Freitext Sachbearbeitung – KEINE ICD-Codes!"],
                   ["«Unfalldatum»", "SC.EREIGNIS_DATUM"]]),
    ], title="Vorlage L-U-17", creator="Katrin Elsner")
    body = """Liebe Kolleginnen und Kollegen,

im Anhang die überarbeitete Vorlage L-U-17 (Ablehnung, keine unfallbedingte
Invalidität) für die Kinder-Unfalltarife. Änderungen gegenüber der alten Version:

  * Diagnose nur noch laienverständlich, keine ICD-Codes im Brief
  * Hinweis auf die 15-Monats-Frist ist jetzt Pflichttext
  * Ombudsmann-Absatz neu formuliert (Vorgabe Recht)

Bitte ab Montag nur noch diese Version aus dem Vorlagenordner verwenden, die alte
wird am Freitag archiviert. Die Platzhalter werden beim Erzeugen aus dem
Leistungssystem gefüllt – bitte keine Namen von Hand in die Vorlage schreiben.

Viele Grüße
Katrin

""" + sig("elsner")
    return mail("NORMAL", "de", "internal",
                "trap: rejection letter template with «placeholders» for diagnosis and child, no real person",
                ELSNER, [TEAM_UNFALL], "Neue Vorlage L-U-17 Ablehnung Invalidität (Kinder)",
                D(2026, 2, 25, 17, 12), T(body),
                attachments=[A("Vorlage_L-U-17_Ablehnung_Invaliditaet_Kinder.odt",
                               "application/vnd.oasis.opendocument.text", odt)])


def m012():
    konto = iban("DE", "52090611" + "0004417730")
    pdf = make_pdf("""# Auerhahn Versicherung AG
## Provisionsabrechnung 1. Quartal 2026
Vermittler: Versicherungsbüro Henning Lamprecht (Einzelunternehmen)
Vermittlernummer: VM-20417
Anschrift: Obere Königsstraße 88, 34117 Kassel
Steuernummer: 026 812 40317 · umsatzsteuerfrei nach § 4 Nr. 11 UStG

## Übersicht nach Sparten
Kinder-Unfall (AuerKind / AuerKind Plus), Neugeschäft   23 Verträge   1.587,60 EUR
Gruppen-Unfall Vereine, Neugeschäft                      4 Verträge     612,00 EUR
Privathaftpflicht / Hausrat, Neugeschäft                 11 Verträge     498,30 EUR
Bestandsprovision alle Sparten                                           899,10 EUR
Stornoreserve (Einbehalt 10 %)                                          -184,20 EUR

## Auszahlungsbetrag                                                    3.412,80 EUR
Überweisung am 10.04.2026 auf: """ + konto + """
Kontoinhaber: Henning Lamprecht

Die Einzelaufstellung je Vertrag finden Sie wie gewohnt im Maklerportal unter
Abrechnungen > 2026 > Q1.
""", title="Provisionsabrechnung Q1 2026 VM-20417", created="20260407101500+02'00'")
    body = """Hallo Herr Lamprecht,

anbei Ihre Provisionsabrechnung für das erste Quartal. Starkes Quartal bei
AuerKind – danke dafür! Die Auszahlung geht am 10.04. raus.

Zu Ihrer Frage wegen der Stornoreserve: die 10 % werden nach 24 Monaten
freigegeben, sofern die Verträge dann noch laufen.

Schöne Ostertage noch
Benedikt Rauh

""" + sig("rauh")
    return mail("CONFIDENTIAL", "de", "insurer-to-broker",
                "sole-trader broker's commission income, tax number and IBAN in PDF; no customer named",
                RAUH, [("Henning Lamprecht", "buero@lamprecht-versicherungen.example")],
                "Provisionsabrechnung Q1/2026 – VM-20417", D(2026, 4, 7, 10, 21), T(body),
                attachments=[A("Provisionsabrechnung_Q1_2026_VM-20417.pdf", "application/pdf", pdf)])


def m013():
    body = """Sehr geehrter Herr Brückner,

wie gewünscht erhalten Sie die Beitragsbescheinigung für das Jahr 2025 zur
Vorlage beim Finanzamt.

  Versicherungsnehmer:  Torsten Brückner
                        Im Wiesengrund 12, 34289 Zierenberg

  Privathaftpflicht (Familie)   PH-7720-4419   gezahlt 2025:   84,60 EUR
  Hausrat                        HR-7720-4420   gezahlt 2025:  132,00 EUR

Die Haftpflichtbeiträge können Sie als sonstige Vorsorgeaufwendungen angeben;
die Hausratversicherung ist steuerlich nicht absetzbar, wir haben sie nur der
Vollständigkeit halber aufgeführt.

Ihre steuerliche Identifikationsnummer benötigen wir für diese Sparten übrigens
nicht – Sie müssen sie uns also nicht schicken.

Mit freundlichen Grüßen

""" + sig("ronja")
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "named policyholder, home address, liability/household contract numbers and premiums paid",
                RONJA, [("Torsten Brückner", "t.brueckner@freepost-mail.example")],
                "Beitragsbescheinigung 2025", D(2026, 1, 22, 14, 37), T(body, cte="8bit"))


def m014():
    rows = [["Einrichtung", "Ort", "Plätze lt. Betriebserlaubnis", "Beitrag je Platz (EUR)", "Jahresbeitrag (EUR)"],
            ["Kita Regenbogen", "Baunatal", 75, 6.80, 510.00],
            ["Kita Pusteblume", "Baunatal", 48, 6.80, 326.40],
            ["Kita Arche", "Schauenburg", 62, 6.80, 421.60],
            ["Waldkindergarten Hirschgraben", "Schauenburg", 20, 8.20, 164.00],
            ["Kita Sonnenhof", "Edermünde", 90, 6.80, 612.00],
            ["Hort an der Grundschule", "Edermünde", 40, 5.40, 216.00],
            ["Summe", "", 335, "", 2250.00],
            ["zzgl. Versicherungsteuer 19 %", "", "", "", 427.50],
            ["Rechnungsbetrag", "", "", "", 2677.50]]
    xlsx = make_xlsx([("Rechnung 2026", rows)], title="Beitragsrechnung RV-KITA-0093 2026",
                     creator="Mehmet Aydoğan")
    body = """Sehr geehrte Frau Pöhlmann,

anbei die Beitragsrechnung 2026 zum Rahmenvertrag RV-KITA-0093 (ergänzende
Unfallversicherung für die Kinder Ihrer Einrichtungen) als Excel-Datei, wie von
Ihrer Buchhaltung gewünscht.

Neu ist der Waldkindergarten Hirschgraben mit 20 Plätzen, der seit 01.01. im
Vertrag ist; für Waldgruppen gilt der etwas höhere Platzbeitrag von 8,20 EUR.

Rechnungsbetrag: 2.677,50 EUR, fällig zum 01.03.2026. Bitte überweisen Sie
unter Angabe der Rechnungsnummer RE-2026-0093-01.

Namen von Kindern brauchen wir weiterhin nicht – abgerechnet wird nur nach
Plätzen.

Freundliche Grüße

""" + sig("mehmet")
    return mail("CONFIDENTIAL", "de", "insurer-to-kindergarten",
                "grey zone: nursery operator's framework accident contract invoice, named managing director, no child named",
                MEHMET, [("Dagmar Pöhlmann", "d.poehlmann@kita-verbund-nordhessen.example")],
                "Beitragsrechnung 2026 – Rahmenvertrag RV-KITA-0093", D(2026, 2, 3, 11, 8),
                T(body), cc=[("Buchhaltung Kita-Verbund", "buchhaltung@kita-verbund-nordhessen.example")],
                attachments=[A("RE-2026-0093-01.xlsx",
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)])


def m015():
    body = """Dear Mr Brennan,

we are writing about the accident insurance for your son Noah (policy no.
UK-4470-1935-02, tariff AuerKind).

The annual premium of EUR 94.20, due on 1 February 2026, has not reached us. The
direct debit from your account was returned by your bank with the note "account
closed".

Please transfer the amount within two weeks, at the latest by 6 March 2026, to

  Auerhahn Versicherung AG
  IBAN DE45 5005 0000 0090 1271 27 (Landesbank, company account)
  Reference: UK-4470-1935-02

or send us a new SEPA mandate via the customer portal.

We are required by law to point out that if the premium is not paid by that
date, we will not be obliged to pay benefits for accidents occurring after the
deadline (section 38 of the German Insurance Contract Act, VVG), and we may
cancel the contract.

If you have already paid, please ignore this reminder.

Kind regards

""" + sig("pfeffer", "en")
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "premium reminder for a named child's accident policy (personal line), no medical word",
                PFEFFER, [("Connor Brennan", "connor.brennan@inboxnet.example")],
                "Premium reminder - accident insurance policy UK-4470-1935-02", D(2026, 2, 20, 7, 30),
                T(body))


def m016():
    plain = """Dear Mr Wierzbicki,

I hope your wrist is healing well.

We have now received the invoice from the Austrian air rescue operator
(Flugrettung Tirol West, invoice no. FR-26-01183, EUR 4,860.00) for your
helicopter rescue on 7 February below the Olperer hut, together with the
report of Landeskrankenhaus Hall (distal radius fracture right, closed
reduction and cast).

Your student accident policy (AuerStudent, no. US-5102-0038-17) covers search,
rescue and recovery costs up to EUR 10,000. We will therefore pay the full
invoice directly to the rescue operator - you do not need to do anything.

Overview of your claim KU-2026-00689:

  Rescue costs (helicopter) ............ EUR 4,860.00  -> paid to operator
  Hospital daily cash, 2 days x EUR 20 . EUR    40.00  -> paid to you
  Cast allowance ("Gipsgeld") .......... EUR    50.00  -> paid to you

Please keep us informed about the further treatment. If there are limitations in
your right hand after the end of treatment, you can claim disability benefit; a
doctor must confirm it within 15 months of the accident.

Best regards

""" + sig("priya", "en")
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Dear Mr Wierzbicki,</p><p>I hope your wrist is healing well.</p>
<p>We have now received the invoice from the Austrian air rescue operator (Flugrettung Tirol West, invoice no.
FR-26-01183, EUR&nbsp;4,860.00) for your helicopter rescue on 7&nbsp;February below the Olperer hut, together with the
report of Landeskrankenhaus Hall (<i>distal radius fracture right, closed reduction and cast</i>).</p>
<p>Your student accident policy (AuerStudent, no. US-5102-0038-17) covers search, rescue and recovery costs up to
EUR&nbsp;10,000. We will therefore pay the full invoice directly to the rescue operator &ndash; you do not need to do anything.</p>
<p><b>Overview of your claim KU-2026-00689</b></p>
<table cellpadding="3" style="border-collapse:collapse" border="1">
<tr><th align="left">Item</th><th align="right">Amount</th><th align="left">Paid to</th></tr>
<tr><td>Rescue costs (helicopter)</td><td align="right">EUR 4,860.00</td><td>operator</td></tr>
<tr><td>Hospital daily cash, 2 days x EUR 20</td><td align="right">EUR 40.00</td><td>you</td></tr>
<tr><td>Cast allowance (&bdquo;Gipsgeld&ldquo;)</td><td align="right">EUR 50.00</td><td>you</td></tr>
</table>
<p>Please keep us informed about the further treatment. If there are limitations in your right hand after the end of
treatment, you can claim disability benefit; a doctor must confirm it within 15 months of the accident.</p>
<p>Best regards</p><p>Priya Raman<br>International Customer Service<br>Phone +49 561 7127-1999</p>
</body></html>"""
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "named student's climbing accident: radius fracture, hospital, helicopter rescue costs, claim/policy numbers",
                PRIYA, [("Tomasz Wierzbicki", "t.wierzbicki@stud.uni-nordhessen.example")],
                "Your claim KU-2026-00689 - rescue costs", D(2026, 2, 26, 16, 12),
                ALT(T(plain), H(html)))


def m017():
    body = """Hallo Frau Vogt,

ich würde gerne zusammen mit Tobias Kranich am European Child Injury Prevention
Forum im Mai in Wien teilnehmen. Die Teilnahme ist mit Herrn Barthel
abgestimmt (Weiterbildungsbudget Leistung Unfall). Könnten Sie die Anmeldung
und das Hotel über das Reisebüro buchen? Frühbucherpreis gilt bis 31.03.

Unten das Programm aus der Einladung, die für uns wichtigen Sessions habe ich
markiert (*).

Danke und viele Grüße
Katrin Elsner

-------- Programme (excerpt) --------
European Child Injury Prevention Forum 2026
Vienna, 19-21 May 2026, Congress Centre

Tuesday 19 May
 09:30  Opening: "Child injuries in Europe - where do we stand?"
 11:00* Dental trauma in school sports: a 10-year cohort from three countries
 14:00  Playground standards EN 1176 - what changed in 2025
 16:00* Eye injuries caused by toy guns and fireworks: registry data

Wednesday 20 May
 09:00* Concussion in youth football - return-to-learn protocols
 11:00  Trampoline parks: regulation and injury patterns
 14:00* Insurers' panel: "Long-term disability after childhood injuries -
        how do we measure it fairly?"

Thursday 21 May
 09:00  Workshop: data sharing between hospitals, schools and insurers
        under the GDPR
 12:00  Closing

Registration fee: EUR 690 (early bird until 31 March: EUR 540)
-------------------------------------

""" + sig("elsner")
    return mail("NORMAL", "mixed", "internal",
                "trap: conference registration with child-injury session titles, German request plus English programme",
                ELSNER, [VOGT], "Anmeldung European Child Injury Prevention Forum (Wien, Mai)",
                D(2026, 3, 16, 12, 6), T(body), cc=[TOBIAS])


def m018():
    rows = [["Frage", "Antworten (n)", "sehr zufrieden %", "zufrieden %", "teils/teils %", "unzufrieden %"],
            ["Erreichbarkeit nach der Unfallmeldung", 1146, 41.2, 38.9, 13.1, 6.8],
            ["Verständlichkeit der Anforderung von Arztberichten", 1139, 28.4, 40.2, 20.6, 10.8],
            ["Dauer bis zur ersten Zahlung", 1121, 35.0, 33.7, 18.9, 12.4],
            ["Freundlichkeit der Sachbearbeitung", 1144, 58.3, 31.0, 7.4, 3.3],
            ["Nachvollziehbarkeit der Invaliditätsbemessung", 318, 19.8, 32.1, 27.0, 21.1],
            ["Weiterempfehlung (NPS-Frage, Mittelwert 0-10)", 1102, "", "", "", ""]]
    rows2 = [["Unfallart (Mehrfachnennung)", "Anteil der Antwortenden %"],
             ["Sturz (Spielplatz, Schulhof, Fahrrad)", 46.5],
             ["Sportunfall Verein/Schule", 27.9],
             ["Zahnunfall", 18.2],
             ["Augenverletzung", 2.1],
             ["sonstige", 9.6],
             ["Hinweis", "Freitextantworten wurden entfernt; Zellen unter 10 Antworten zusammengefasst"]]
    ods = make_ods([("Zufriedenheit", rows), ("Unfallarten", rows2)], title="Elternbefragung 2025",
                   creator="Hannah Lüders")
    body = """Hallo zusammen,

die Auswertung der Elternbefragung 2025 (abgeschlossene Kinder-Unfallschäden,
Befragung durch das Institut im Dezember/Januar) ist da. Details im Anhang.

Kurz zusammengefasst:
- Insgesamt gute Werte, 80 % zufrieden oder sehr zufrieden mit der
  Erreichbarkeit.
- Schwachpunkt bleibt die Invaliditätsbemessung: nur gut die Hälfte findet sie
  nachvollziehbar. Das deckt sich mit den Beschwerden.
- Anforderung von Arztberichten wird als kompliziert empfunden –
  Vorschlag: Checkliste für Eltern statt Freitext-Brief.

Die Freitextantworten hat das Institut vor der Übergabe entfernt, wir haben
nur die Zahlen.

Besprechung dazu im Teammeeting am 24.02.

Viele Grüße
Hannah

""" + sig("lueders")
    return mail("NORMAL", "de", "internal",
                "trap: aggregated parent satisfaction survey about accident claims (ODS), no person",
                LUEDERS, [TEAM_UNFALL], "Ergebnisse Elternbefragung Leistungsfall Kinderunfall 2025",
                D(2026, 2, 18, 9, 40), T(body),
                attachments=[A("Elternbefragung_2025_Auswertung.ods",
                               "application/vnd.oasis.opendocument.spreadsheet", ods)])


def m019():
    body = """Hi Ms Demir,

thanks for the photos and the repair quote, they came through fine.

Just to confirm what we have: your MacBook Air slid off the desk in the
university library on 23 February and the display cracked. It is covered by
your electronics insurance (policy EL-6630-2281) as accidental damage. Claim
no. SE-2026-01472.

The repair shop quotes EUR 649.00 for a new display unit. After your deductible
of EUR 50 we'll pay EUR 599.00. You can choose:

  a) we pay the shop directly once the repair is done - just send us the final
     invoice, or
  b) we transfer the money to you now, to the account we already have on file
     (ending in ...4417).

Let me know what suits you best.

Cheers,
Ronja

""" + sig("ronja", "en")
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
                "named student's electronics claim (laptop), policy and claim number, masked account",
                RONJA, [("Aylin Demir", "aylin.demir@stud.uni-nordhessen.example")],
                "RE: cracked laptop screen - claim SE-2026-01472", D(2026, 2, 27, 15, 3),
                T(body, cte="8bit"))


def m020():
    body = """Hello Ms Kowalczyk,

could you send us a quotation for the following print job?

1) "Unfallanzeige für Schulen / Accident report form for schools"
   - bilingual German/English, DIN A4, 4 pages, folded
   - 90 g offset, black + one spot colour (our green, HKS 57)
   - 20,000 copies

2) Leaflet "Zahn ausgeschlagen - was tun? / Knocked-out tooth - what to do?"
   - DIN lang, 6 pages (zigzag fold), 4/4 colours, 135 g gloss
   - 15,000 copies

3) Poster "Erste Hilfe bei Zahnunfällen" for school secretariats and nurseries
   - DIN A2, 4/0, 170 g, 1,500 copies

Print-ready PDFs will come from our agency in week 14. Delivery split: 60 % to
our office in Kassel, 40 % directly to the regional sports association's warehouse
in Frankfurt (address follows).

Please quote by 20 March. Payment terms as in our framework contract.

Thank you and kind regards

""" + sig("hohlweg", "en")
    return mail("NORMAL", "en", "insurer-to-supplier",
                "trap: print quotation for blank accident report forms and dental first-aid leaflets",
                HOHLWEG, [("Marta Kowalczyk", "angebote@druckhaus-fulda.example")],
                "Request for quotation: accident report forms and leaflets", D(2026, 3, 9, 13, 45),
                T(body))


def m021():
    konto = iban("DE", "43060967" + "1044209300")
    inner = inner_mail(("Rebecca Lindqvist", "rebecca.lindqvist@nordpost.example"),
                       [("Auerhahn Versicherung Service", "service@" + DOM)],
                       "Refund after cancellation - HR-8814-0071", D(2026, 3, 3, 21, 17), T(
"""Hello,

as I wrote in January, I have moved back to Sweden and cancelled my household
insurance HR-8814-0071 as of 31 January 2026. Your letter says I will get back
EUR 61.40 for February-April.

Please do NOT use my old Sparkasse account, it is closed. Please transfer the
money to my other German account, which I am keeping:

  Account holder: Rebecca Lindqvist
  IBAN: """ + konto + """

My new address is Sveavägen 41, 113 59 Stockholm, Sweden.

Thank you!
Rebecca Lindqvist
""", cte="8bit"), msgid="<5f2e0c91-77aa-4e0b-9b1c-12ad0f4e7a55@nordpost.example>")
    body = """Hallo Claudia,

zur Info und Bearbeitung, die Kundin hat eine neue Bankverbindung für die
Rückzahlung angegeben (siehe angehängte Mail). Kündigung ist bereits verarbeitet,
Erstattung 61,40 EUR.

Danke dir!
Ronja

""" + sig("ronja")
    return mail("CONFIDENTIAL", "en", "customer",
                "forwarded customer mail (message/rfc822) with her IBAN, new foreign address and household policy number",
                RONJA, [PFEFFER], "WG: Refund after cancellation - HR-8814-0071", D(2026, 3, 4, 8, 52),
                T(body), attachments=[RFC822(inner, disp="attachment", filename="Refund after cancellation.eml")])


def m022():
    konto = iban("AT", "2011182915437700")
    body = """Dear Mr Hofbauer,

thank you for letting us know about your move to Salzburg.

We have updated the contracts as follows, effective 1 April 2026:

  Policyholder        Mr Florian Hofbauer
  New address         Linzer Gasse 27/4, 5020 Salzburg, Austria
  Contracts           Private liability PH-7731-0650
                      Household HR-7731-0651
  Direct debit from   """ + konto + """
  Mandate reference   AH-MND-7731-0650-02

Please note: the household insurance only covers the contents of a home in
Germany. As your new flat is in Austria, the household contract will end on
31 March 2026; you will receive a separate confirmation and a refund of the
unused premium. The private liability insurance continues worldwide.

The first debit from the Austrian account will be on 1 May 2026 (EUR 7.05
monthly).

Kind regards

""" + sig("pfeffer", "en")
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
                "named policyholder's new address, Austrian IBAN and mandate, liability/household contract numbers",
                PFEFFER, [("Florian Hofbauer", "florian.hofbauer@alpenmail.example")],
                "Your change of address and bank details", D(2026, 3, 24, 10, 2), T(body))


def m023():
    pdf = make_pdf("", title="Scan_0347", scan=True, created="20260311093155+01'00'")
    body = """Hallo Ulrike,

anbei die KFO-Rechnung für Paula Brenner (KU-2026-00957), kam heute per
Post, Scan ist leider nur als Bild.

Hergang laut Mutter: Ball ins Gesicht beim Handballtraining (HSG Lohfelden,
E-Jugend) am 26.02., dabei Brackets 12 bis 22 abgerissen, Oberlippe
aufgeplatzt. Dr. Selle (Kieferorthopädie) hat neu befestigt und einen neuen
Bogen eingesetzt, will 412,37 EUR (GOZ 6100 x 4, 6140, Material).

Frage: unfallbedingt oder hätte man das eh im Rahmen der laufenden Behandlung
gemacht? Die KFO-Behandlung selbst zahlt ja die Krankenkasse bzw. die Eltern.

Danke & Gruß
Tobias

""" + sig("tobias")
    return mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "named child's orthodontic bracket damage and lip injury after sports accident; attachment is an image-only scan",
                TOBIAS, [SANDMANN], "KFO-Rechnung Brenner – unfallbedingt?", D(2026, 3, 11, 9, 38),
                T(body), attachments=[A("Scan_0347.pdf", "application/octet-stream", pdf)])


def m024():
    body = """Sehr geehrte Frau Kaltenbach,

Ihr Sohn Finn hat am 12.03.2026 auf dem Schulhof der Grundschule Helsa beim
Fangenspielen einer Mitschülerin, Leonie Strauch, das Handy aus der Hand
geschlagen; das Display ist gebrochen. Die Eltern von Leonie haben sich direkt
bei uns gemeldet.

Wir haben das in Ihrer Familienhaftpflicht (PH-7719-2034) unter der
Schadennummer HS-2026-03391 aufgenommen.

Finn ist 9 Jahre alt. Kinder zwischen 7 und 10 Jahren haften für Schäden, die
sie nicht im Straßenverkehr verursachen, wenn sie die nötige Einsicht haben –
das ist bei einem Neunjährigen, der beim Toben ein Handy trifft, im Zweifel
eher nicht der Fall. Ihr Tarif enthält aber die Deckung für deliktunfähige
Kinder bis 15.000 EUR, damit Sie das Verhältnis zu den Nachbarn nicht
belasten müssen. Wir regulieren deshalb trotzdem.

Erstattet wird der Zeitwert des Geräts (Kaufdatum 08/2024): 185,00 EUR. Das
Geld überweisen wir direkt an Familie Strauch. Eine Selbstbeteiligung fällt in
Ihrem Tarif nicht an.

Mit freundlichen Grüßen

""" + sig("sven")
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "liability claim naming two children and parents, child's age, contract and claim number; nobody hurt",
                SVEN, [("Melanie Kaltenbach", "m.kaltenbach@netzpost.example")],
                "Handy Leonie Strauch – Ihre Haftpflicht HS-2026-03391", D(2026, 3, 20, 11, 33),
                T(body))


def m025():
    rows = [["Nr.", "Name", "Vorname", "Geburtsdatum", "Abteilung", "Eintritt"],
            [1, "Yilmaz", "Emre", "14.06.2015", "Fußball U11", "01.02.2026"],
            [2, "Schönfeld", "Clara", "03.11.2016", "Turnen", "01.02.2026"],
            [3, "Schönfeld", "Jakob", "03.11.2016", "Turnen", "01.02.2026"],
            [4, "Dietrich", "Maximilian", "22.01.2012", "Tischtennis", "15.02.2026"],
            [5, "Ahmadi", "Sara", "09.09.2013", "Leichtathletik", "15.02.2026"],
            [6, "Kühne", "Luisa", "30.04.2018", "Eltern-Kind-Turnen", "01.03.2026"],
            [7, "Kühne", "Petra", "17.08.1986", "Eltern-Kind-Turnen (Begleitperson)", "01.03.2026"],
            [8, "Baumgart", "Till", "05.12.2010", "Fußball U17", "01.03.2026"],
            [9, "Nguyen", "Minh Anh", "28.02.2014", "Badminton", "01.03.2026"]]
    xlsx = make_xlsx([("Neuzugänge Q1", rows)], title="Neuzugänge TSV Grünwiesen Q1 2026",
                     creator="Geschäftsstelle TSV Grünwiesen")
    body = """Hallo Claudia,

bitte die Neuzugänge des TSV Grünwiesen im Gruppenunfallvertrag GU-7702-0118
nachtragen (Beitragsberechnung ab Eintrittsdatum). Liste im Anhang, die Mail
des Vereins unten.

Danke,
Mehmet

-----Ursprüngliche Nachricht-----
Von: Geschäftsstelle TSV Grünwiesen <geschaeftsstelle@tsv-gruenwiesen.example>
Gesendet: Montag, 2. März 2026 18:44
An: Aydoğan, Mehmet <mehmet.aydogan@auerhahn-versicherung.example>
Betreff: Neuzugänge Q1 für die Unfallversicherung

Hallo Herr Aydoğan,

wie jedes Quartal die neuen Mitglieder für die Sportunfallversicherung. Es sind
diesmal 9, darunter die Zwillinge Schönfeld und beim Eltern-Kind-Turnen auch
eine Mutter als Begleitperson – die soll laut Vertrag ja auch mitversichert
sein, oder?

Grüße aus der Geschäftsstelle
Renate Hollstein
TSV Grünwiesen 1908 e.V.
"""
    return mail("STRICTLY_CONFIDENTIAL", "de", "club",
                "club's list of new members insured in the group accident contract with names and birth dates (XLSX)",
                MEHMET, [PFEFFER], "WG: Neuzugänge Q1 für die Unfallversicherung", D(2026, 3, 3, 8, 15),
                T(body), attachments=[A("Neuzugaenge_Q1_2026_TSV.xlsx",
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)])


def m026():
    ics = make_ics("seminar-kita-zahnunfall-20260422@" + DOM, "20260422T150000", "20260422T170000",
                   "Seminar: Zahnunfall im Kita-Alltag – Erste Hilfe mit der Zahnrettungsbox",
                   "Auerhahn Versicherung, Am Hahnenkamp 7, Kassel, Raum Fulda (EG)",
                   "Referent: Zahnarzt aus dem Arbeitskreis Jugendzahnpflege.\nInhalte: Milchzahn oder "
                   "bleibender Zahn, Zahnrettungsbox richtig verwenden, was muss in die Unfallmeldung.\n"
                   "Kostenlos, Anmeldung bis 10.04.",
                   ("Mehmet Aydoğan", MEHMET[1]))
    body = """Liebe Kita-Leitungen,

Zahnunfälle gehören zu den häufigsten Unfällen im Kita-Alltag – ein Sturz vom
Klettergerüst, und schon ist ein Schneidezahn locker oder ganz heraus.

Gemeinsam mit dem Arbeitskreis Jugendzahnpflege laden wir Sie herzlich ein:

  Seminar „Zahnunfall im Kita-Alltag"
  Mittwoch, 22. April 2026, 15:00–17:00 Uhr
  Auerhahn Versicherung, Kassel, Raum Fulda

Themen:
  • Milchzahn oder bleibender Zahn – was ist zu tun?
  • Die Zahnrettungsbox: wie lange bleibt ein Zahn darin „lebendig"?
  • Was gehört in die Unfallmeldung an die Versicherung?

Jede teilnehmende Einrichtung erhält zwei Zahnrettungsboxen kostenlos.
Die Termineinladung hängt an; bitte melden Sie sich bis 10. April per Antwort
auf diese Mail an.

Herzliche Grüße

""" + sig("mehmet")
    return mail("NORMAL", "de", "insurer-to-kindergarten",
                "trap: seminar invitation about dental accidents for nursery managers (ICS), no person",
                MEHMET, [("Kita-Leitungen Rahmenverträge", "kita-leitungen@verteiler.auerhahn-versicherung.example")],
                "Einladung: Seminar Zahnunfall im Kita-Alltag (22.04.)", D(2026, 3, 18, 10, 30),
                T(body), attachments=[ICS("Seminar_Zahnunfall_22-04.ics", ics)])


def m027():
    body = """Hallo Katrin, hallo Tobias,

unten das Angebot von DocuSense für die OCR-Erkennung von Arzt- und
Zahnarztrechnungen (GOÄ/GOZ). Klingt erstmal gut, ABER: die wollen den Pilot
in ihrer Cloud rechnen lassen. Das geht nur mit anonymisierten Testbelegen,
echte Rechnungen nur nach AVV und DSFA – habe Felix schon gefragt.

Könnt ihr bis Ende März 200 Musterbelege zusammenstellen, bei denen Namen,
Geburtsdaten und Diagnosen geschwärzt sind? Die GOZ-Positionen und Beträge
dürfen drinbleiben.

Gruß Oliver

---------- Forwarded message ----------
From: Sales Team <sales@docusense.example>
Date: Mon, 9 Mar 2026 at 16:02
Subject: Offer: AI-based invoice capture for medical and dental invoices

Dear Mr Quast,

thank you for the interesting call. As promised, our offer:

  - Recognition of German medical (GOÄ) and dental (GOZ/BEMA) invoices,
    incl. position numbers, multiplier, amounts and ICD codes where printed
  - Expected straight-through rate: 78-85 % after training
  - Pilot: 3 months, up to 20,000 documents, EUR 18,500 flat
  - Production: EUR 0.09 per page, minimum volume 250,000 pages p.a.
  - Hosting: EU data centre (Frankfurt), ISO 27001

For the pilot we would need 200 sample invoices with annotations.

Best regards,
Sales Team DocuSense

""" + sig("quast")
    return mail("NORMAL", "mixed", "internal",
                "trap: vendor offer for OCR of medical/dental invoices, German comment on English offer, no person",
                QUAST, [ELSNER, TOBIAS], "WG: Offer: AI-based invoice capture for medical and dental invoices",
                D(2026, 3, 10, 8, 21), T(body), cc=[DSB])


def m028():
    body = """Hi Sarah,

thanks for chasing this - quick update on your client's claim.

Client:        Mr Ethan Moore, Bad Homburg
Policy:        private liability PH-7750-1187
Claim:         HS-2026-01918 (rental e-scooter damaged by his son, 14)

Status:
- The rental company's damage report and photos arrived on 16 March.
- Our assessor considers the repair costs of EUR 1,240 too high; the scooter is
  four years old. We offered EUR 760 (time value) on 24 March.
- The rental company has not answered yet. If they accept, we pay within a week.

Important for Mr Moore: the rental company also sent him their own invoice for
"loss of use". Please tell him not to pay anything himself - we handle that
with them as part of the liability claim.

I'll let you know as soon as I hear back.

Best,
Benedikt

""" + sig("rauh", "en", ascii=True)
    return mail("CONFIDENTIAL", "en", "insurer-to-broker",
                "broker update on a named client's liability claim (son's age, policy and claim numbers), no injury",
                RAUH, [("Sarah Clarke", "s.clarke@clarke-partner-brokers.example")],
                "RE: Status claim HS-2026-01918 (Moore)", D(2026, 3, 30, 17, 9),
                T(body, charset="us-ascii", cte="7bit"))


def m029():
    body = """Hallo zusammen,

für die Schulung der neuen Azubis am Donnerstag (Modul „Leistungsfall
Kinderunfall") hier der Musterfall. Bitte vorher durchlesen, wir bearbeiten ihn
dann gemeinsam.

=== Musterfall 4: Anna Beispiel (fiktiv) ===

Anna Beispiel, 8 Jahre, versichert im Tarif AuerKind (Grundsumme 100.000 EUR,
Progression 350 %, Krankenhaustagegeld 20 EUR). Beim Ponyreiten auf einem
Ferienhof stürzt sie vom Pferd. Befund laut (erfundenem) Durchgangsarztbericht:
Fraktur des linken Oberarms, operative Versorgung, 5 Tage stationär.
Nach 14 Monaten: Beweglichkeit Schultergelenk eingeschränkt.

Aufgaben:
 1. Welche Leistungen kommen in Betracht? (Tipp: KHT, Gipsgeld, Invalidität)
 2. Welche Fristen müssen die Eltern beachten?
 3. Die Ärztin schätzt 2/7 Armwert. Wie hoch ist die Invaliditätsleistung
    (Armwert laut Gliedertaxe 70 %)?
 4. Ist Reiten ein Ausschluss? (Bedingungen Ziffer 5 lesen!)

Lösung gibt es erst im Termin 😉

Alle Namen, Daten und Befunde sind frei erfunden – bitte trotzdem nicht in echte
Systeme eintragen, die Testumgebung ist T-LEIST-02.

Lukas & Jana

""" + sig("jana")
    return mail("NORMAL", "de", "internal",
                "trap: training case with fictitious child 'Anna Beispiel', fracture and invalidity exercise",
                JANA, [("Azubis 2025", "azubis-2025@" + DOM)], "Schulung Donnerstag: Musterfall Kinderunfall",
                D(2026, 4, 20, 16, 47), T(body), cc=[LUKAS])


def m030():
    body = """Sehr geehrter Herr Wolff,

vielen Dank für die Schadenmeldung des TSV Grünwiesen.

Nach Ihrer Schilderung ist beim Jugendtraining am 07.03.2026 ein Ball über den
Fangzaun geflogen und hat die Windschutzscheibe des Pkw von Herrn Klaus
Offermann (Anwohner, Am Sportplatz 3) beschädigt. Verletzt wurde niemand.

Wir haben den Schaden in der Vereinshaftpflicht (VH-7702-0117) unter der
Nummer HS-2026-02675 angelegt und uns bereits direkt mit Herrn Offermann in
Verbindung gesetzt. Er lässt die Scheibe in einer Fachwerkstatt tauschen; die
Rechnung geht an uns.

Zur Haftungsfrage: Der Fangzaun ist 4 m hoch und entspricht den Empfehlungen
des Verbands. Ob den Verein ein Verschulden trifft, ist deshalb offen. Wir
regulieren trotzdem aus Kulanz, um den Nachbarschaftsfrieden nicht zu
gefährden – ein Rückstufungsnachteil entsteht dem Verein nicht.

Für die Zukunft empfehlen wir, die Parkplätze direkt hinter dem Tor mit einem
Hinweisschild zu versehen.

Mit freundlichen Grüßen

""" + sig("sven")
    return mail("CONFIDENTIAL", "de", "insurer-to-club",
                "club liability claim naming the club chairman and a neighbour with address, claim number; nobody hurt",
                SVEN, [("Jürgen Wolff (1. Vorsitzender)", "vorstand@tsv-gruenwiesen.example")],
                "Schaden HS-2026-02675 – Ball gegen Pkw Offermann", D(2026, 3, 12, 14, 18),
                T(body))


def m031():
    pdf = make_pdf("""# Auerhahn Versicherung AG
## Settlement statement / Leistungsabrechnung
Date: 28 January 2026
Policyholder: Mrs Olivia Sinclair, Lessingstraße 19, 34119 Kassel
Insured child: Amelia Sinclair, born 11 April 2016
Policy: AuerKind Plus with dental module, no. UK-4472-3391-01
Claim: KU-2026-00188, accident of 14 January 2026 (school playground)

## Injury according to dental report
Avulsion of tooth 11 (upper right central incisor, permanent tooth),
replanted after approx. 40 minutes (stored in tooth rescue box),
flexible splint teeth 12-21, tetanus status checked.
Follow-up: risk of root resorption; root canal treatment may be needed.

## Benefits
Dental treatment 14.01.-27.01.2026, invoice Dr. Aylin Sezer   386.90 EUR
  (GOZ 2700, 7070, 4050, 0070, materials)
Reimbursed from dental module (100 %)                         386.90 EUR
Paid to account ending ...6618 on 28.01.2026

## Future treatment
Costs of root canal treatment, a crown or - after the end of jaw growth -
an implant for tooth 11 remain covered under this claim for 10 years
(up to EUR 10,000 in total). Please send us each new treatment plan
before treatment starts.
""", title="Settlement KU-2026-00188", created="20260128113000+01'00'")
    body = """Dear Mrs Sinclair,

please find attached the settlement statement for Amelia's dental accident.
The amount was transferred today.

It is good news that the dentist could replant the tooth so quickly. Please
keep the follow-up appointments; if a root canal or later an implant becomes
necessary, the costs are covered under this claim - just send us the treatment
plan first.

Warm regards,

""" + sig("tobias", "en")
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "named child's tooth avulsion, dental treatment and invoice in settlement PDF, birth date and policy",
                TOBIAS, [("Olivia Sinclair", "olivia.sinclair@mailhaus.example")],
                "Amelia - settlement of dental claim KU-2026-00188", D(2026, 1, 28, 11, 41), T(body),
                attachments=[A("Settlement_KU-2026-00188.pdf", "application/pdf", pdf)])


def m032():
    docx = make_docx([
        ("h", "Information according to Art. 15 GDPR"),
        "Data subject: Ms Jennifer Alvarez",
        "Request received: 2 February 2026 (e-mail), identity confirmed by callback on 4 February 2026",
        ("table", [["Category", "Data stored"],
                   ["Master data", "Jennifer Alvarez, born 19 August 1991, Friedrich-Ebert-Str. 140, 34119 Kassel"],
                   ["Contact", "j.alvarez@postbox-mail.example, mobile +49 170 5512 880"],
                   ["Contracts", "Private liability PH-7740-0912 (since 03/2022); household HR-7740-0913 (since 03/2022)"],
                   ["Bank details", "IBAN ending ...3301, SEPA mandate AH-MND-7740-0912-01"],
                   ["Claims", "HS-2024-11730 (water damage, closed 2024, EUR 420 paid)"],
                   ["Correspondence", "12 letters/e-mails 2022-2026, stored in the electronic file"],
                   ["Recipients", "none outside Auerhahn except our printing service provider (letters)"],
                   ["Storage period", "10 years after end of contract (commercial and tax law)"]]),
        "We do not hold any health data about you. No automated decision-making including profiling takes place.",
        "Auerhahn Versicherung AG, Data Protection Officer, Am Hahnenkamp 7, 34131 Kassel",
    ], title="Art. 15 information Alvarez", creator="Dr. Felix Brandstätter")
    body = """Dear Ms Alvarez,

thank you for your request under Article 15 GDPR. As agreed on the phone, we
are sending you the information as a Word document by e-mail.

The document lists all personal data we hold about you, the purposes, the
recipients and how long we keep the data. If anything is incorrect, you may ask
us to correct it (Art. 16 GDPR).

Kind regards

""" + sig("dsb", "en")
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
                "GDPR access report in DOCX: birth date, address, bank, liability/household contracts; no health data",
                DSB, [("Jennifer Alvarez", "j.alvarez@postbox-mail.example")],
                "Your request for information (Art. 15 GDPR)", D(2026, 2, 9, 15, 26), T(body),
                attachments=[A("Art15_Information_Alvarez.docx",
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)])


def m033():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Stellenanzeige</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #3b7d3b">
<tr><td style="background:#3b7d3b;color:#fff;padding:12px;font-size:18px"><b>Auerhahn Versicherung AG</b> &middot; Kassel</td></tr>
<tr><td style="padding:14px">
<h2 style="color:#3b7d3b">Beratungsärztin / Beratungsarzt (m/w/d)<br>Orthopädie oder Unfallchirurgie &ndash; Teilzeit 50&ndash;80&nbsp;%</h2>
<p>In unserer Leistungsabteilung Unfall bearbeiten wir jedes Jahr rund 9.000 Unfälle, ein Drittel davon bei
Kindern und Jugendlichen. Sie unterstützen unsere Sachbearbeitung bei medizinischen Fragen.</p>
<h3>Ihre Aufgaben</h3>
<ul>
<li>Prüfung ärztlicher Berichte und Gutachten, insbesondere zur Invaliditätsbemessung nach der Gliedertaxe</li>
<li>Beurteilung von Zahn- und Augenverletzungen in Zusammenarbeit mit externen Fachgutachtern</li>
<li>Stellungnahmen zu Vorinvalidität, Mitwirkung von Krankheiten und Gebrechen</li>
<li>Schulung der Sachbearbeitung (z.&nbsp;B. Frakturen im Wachstumsalter)</li>
</ul>
<h3>Ihr Profil</h3>
<ul><li>Approbation, Facharzt Orthopädie und Unfallchirurgie oder Chirurgie</li>
<li>Gutachterliche Erfahrung, idealerweise in der privaten Unfallversicherung</li></ul>
<h3>Wir bieten</h3>
<ul><li>Keine Nacht- und Wochenenddienste, mobiles Arbeiten bis 60&nbsp;%</li>
<li>Vergütung nach Vereinbarung, betriebliche Altersversorgung, Jobrad</li></ul>
<p>Bewerbung bitte über unser Karriereportal: <a href="https://karriere.auerhahn-versicherung.example/stellen/2026-031">Kennziffer 2026-031</a></p>
</td></tr></table></body></html>"""
    return mail("NORMAL", "de", "insurer-to-partner",
                "trap: job advertisement for a medical advisor (fractures, dental/eye injuries), HTML only",
                VOGT, [("Anzeigenannahme Ärztestellen-Portal", "anzeigen@aerztestellen-portal.example")],
                "Anzeigenauftrag: Beratungsärztin/Beratungsarzt Orthopädie (Kennziffer 2026-031)",
                D(2026, 1, 19, 9, 12), H(html))


def m034():
    docx = make_docx([
        ("h", "DSFA „AuerKind Schnellmeldung“ – Auszug Risikobewertung (Entwurf v0.4)"),
        "Verarbeitung: Eltern melden einen Unfall ihres Kindes per App, optional mit Fotos der Verletzung "
        "und Upload von Arztberichten.",
        "Datenkategorien: Stammdaten Elternteil, Name und Geburtsdatum des Kindes, Vertragsnummer, "
        "Unfallhergang, Gesundheitsdaten (Art. 9 DSGVO), Fotos, Bankverbindung für Auszahlung.",
        "Betroffene: Kinder unter 16 Jahren (besonders schutzbedürftig), Eltern, ggf. Zeugen.",
        ("table", [["Nr.", "Risiko", "Eintritt", "Schwere", "Maßnahme", "Rest"],
                   ["R1", "Fotos im Bildarchiv des Smartphones", "hoch", "hoch",
                    "Kamera in der App, kein Speichern in der Galerie", "mittel"],
                   ["R2", "Falsches Kind ausgewählt (Geschwister)", "mittel", "mittel",
                    "Bestätigungsschritt mit Vorname + Geburtsjahr", "gering"],
                   ["R3", "Push-Nachricht zeigt Diagnose auf Sperrbildschirm", "mittel", "hoch",
                    "Push nur „Neue Nachricht“, Inhalt erst nach Login", "gering"],
                   ["R4", "Zugriff des Dienstleisters (Hosting)", "gering", "hoch",
                    "AVV, Verschlüsselung at rest, Schlüssel beim Versicherer", "gering"],
                   ["R5", "Weitergabe an Schule/Verein ohne Rechtsgrundlage", "gering", "hoch",
                    "keine Schnittstelle, nur Eltern als Nutzer", "gering"]]),
        "Ergebnis: Restrisiko vertretbar, sofern R1 und R3 vor Go-live umgesetzt sind. Konsultation der "
        "Aufsichtsbehörde nach Art. 36 DSGVO nicht erforderlich.",
    ], title="DSFA AuerKind Schnellmeldung", creator="Dr. Felix Brandstätter")
    body = """Hallo Oliver, hallo Katrin,

anbei der Auszug aus der DSFA für die Schnellmeldung-App (Risikotabelle),
Stand nach dem Workshop am Dienstag. Bitte bis 13.02. prüfen, ob die
Maßnahmen technisch so umsetzbar sind – vor allem R3 (Push-Texte) ist mir
wichtig.

Gruß
Felix

""" + sig("dsb")
    return mail("NORMAL", "de", "internal",
                "trap: DPIA excerpt listing health data categories of children for an app, no person",
                DSB, [QUAST, ELSNER], "DSFA Schnellmeldung – Risikotabelle zur Prüfung", D(2026, 2, 5, 17, 35),
                T(body), attachments=[A("DSFA_AuerKind_Schnellmeldung_Auszug_v0.4.docx",
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                        docx)])


def m035():
    body = """Liebe Kolleginnen und Kollegen,

zum 01.04. stellt das Leistungssystem die Diagnoseerfassung auf die
Katalogversion 2026 um. Für die Kinder-Unfallstatistik mappen wir ab dann
folgende Codes auf die internen Auswertungsgruppen:

  Gruppe ZAHN    S02.5  Zahnfraktur
                 S03.2  Zahnluxation (inkl. Avulsion)
                 K08.1  Zahnverlust durch Unfall (nur mit Unfallbezug!)
  Gruppe AUGE    S05.0  Verletzung der Konjunktiva / Hornhautabrasion
                 S05.1  Prellung des Augapfels
                 S05.3–S05.6  perforierende Verletzungen
  Gruppe KOPF    S06.0  Gehirnerschütterung
                 S01.x  offene Wunden des Kopfes (Platzwunden)
  Gruppe ARM     S42.0  Klavikulafraktur, S52.x Unterarmfrakturen
  Gruppe BEIN    S82.x  Unterschenkel/Sprunggelenk, S83.5 Kreuzband

Bitte bei Frakturen im Wachstumsalter immer angeben, ob die Wachstumsfuge
betroffen ist (Zusatzkennzeichen „Fuge" im Feld Bemerkung) – das ist für die
spätere Invaliditätsprüfung wichtig.

Die vollständige Mapping-Tabelle liegt im Wiki unter Leistung Unfall >
Statistik > ICD-Mapping 2026.

Viele Grüße
Katrin

""" + sig("elsner")
    return mail("NORMAL", "de", "internal",
                "trap: ICD-10 code mapping for claim statistics, no patient or child",
                ELSNER, [TEAM_UNFALL], "ICD-Mapping Kinderunfallstatistik ab 01.04.", D(2026, 3, 23, 12, 0),
                T(body))


def m036():
    body = """Sehr geehrte Frau Reinhold,

wir sind der private Unfallversicherer der Familie Kowalski. Die Eltern haben
uns den Unfall ihres Sohnes Ben (Klasse 3b) vom 19.01.2026 gemeldet und uns
ausdrücklich erlaubt, uns wegen des Hergangs an die Schule zu wenden
(Schweigepflicht- und Auskunftsermächtigung liegt uns vor).

Nach Angabe der Eltern ist Ben in der großen Pause auf dem Schulhof an der
Tischtennisplatte gestolpert und mit dem Gesicht auf die Kante gefallen. Der
Zahnarzt hat eine Kronenfraktur an Zahn 21 mit Eröffnung der Pulpa
festgestellt und eine Wurzelbehandlung begonnen.

Könnten Sie uns bitte kurz mitteilen:
  1. wer an diesem Tag Pausenaufsicht hatte und ob es Zeugen gibt,
  2. ob der Unfall auch der Unfallkasse gemeldet wurde (Aktenzeichen?),
  3. ob das abgebrochene Zahnstück gefunden und aufbewahrt wurde.

Eine kurze Antwort per E-Mail genügt. Vielen Dank für Ihre Unterstützung!

Mit freundlichen Grüßen

""" + sig("jana")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-school",
                "enquiry to school about a named pupil's tooth fracture (tooth 21, pulp exposed) and root canal treatment",
                JANA, [("Sekretariat Grundschule am Lindenhof", "sekretariat@gs-lindenhof.example")],
                "Unfall Ben Kowalski (3b) vom 19.01.2026 – Bitte um Auskunft", D(2026, 1, 29, 10, 16),
                T(body))


def m037():
    body = """Sehr geehrte Frau Thal,

vielen Dank für das nette Telefonat! Wie besprochen unterstützen wir die
Verkehrserziehung der Vorschulkinder in der Kita Sonnenblume:

  • 40 Kinderfahrradhelme (Größen S und M, gemischt)
  • 40 Sicherheitswesten mit Reflektorstreifen
  • 1 Materialkiste „Sicher auf dem Rad" mit Malbüchern und Stickern

Die Lieferung kommt direkt vom Hersteller in der Woche ab 13. April. Eine
Rechnung erhalten Sie nicht, und Sie müssen auch nichts unterschreiben. Wir
würden uns allerdings freuen, wenn wir beim Fahrradtag am 8. Mai ein paar Fotos
machen dürften – natürlich nur mit Einverständnis der Eltern und nur von
Kindern, deren Eltern zugestimmt haben. Eine Vorlage für die
Einverständniserklärung schicke ich Ihnen gern.

Herzliche Grüße aus Kassel

""" + sig("lueders")
    return mail("NORMAL", "de", "insurer-to-kindergarten",
                "trap: donation of bike helmets to a nursery, business contact only, no child or contract",
                LUEDERS, [("Ingrid Thal", "leitung@kita-sonnenblume.example")],
                "Fahrradhelme für Ihre Vorschulkinder", D(2026, 3, 27, 11, 55), T(body))


def m038():
    body = """Hallo Team,

ab 01.03. gilt für Zahnunfälle ein vereinfachter Ablauf, damit die Eltern
schneller Bescheid bekommen:

1. Heil- und Kostenpläne (HKP) bis 1.500 EUR gibt die Sachbearbeitung selbst
   frei – ohne Vorlage beim beratenden Zahnarzt.
   Voraussetzung: Unfallhergang plausibel, betroffener Zahn in der
   Unfallmeldung genannt, kein Hinweis auf vorbestehende Karies oder
   Parodontitis im Befund.
2. HKP über 1.500 EUR und alle Implantat-Pläne: weiterhin über den
   Beratungszahnarzt (Postkorb ZAHN-BZA).
3. Milchzähne: Ersatz nur, wenn der Kieferorthopäde einen Lückenhalter für
   nötig hält – im Zweifel nachfragen.
4. Freigabe im System mit Code HKP-F1, Standardbrief Z-07 verwenden.

Stichproben: Ich ziehe monatlich 5 % der selbst freigegebenen Pläne zur
Qualitätskontrolle.

Fragen gern an mich oder Tobias.

Katrin

""" + sig("elsner")
    return mail("NORMAL", "de", "internal",
                "trap: process note on dental treatment plans (HKP, caries, implants) without any case",
                ELSNER, [TEAM_UNFALL], "Neuer Ablauf Zahnunfälle: HKP bis 1.500 EUR", D(2026, 2, 24, 8, 44),
                T(body, cte="8bit"))


def m039():
    pdf1 = make_pdf("""# Kinderchirurgische Klinik am Auepark
Durchgangsarztbericht / Entlassungsbericht
Patient: Elias Brandt, geb. 17.03.2015
Aufnahme 02.11.2025, Entlassung 06.11.2025

## Diagnose
Übergangsfraktur (Two-plane-Fraktur) distale Tibia links, S82.38
Wachstumsfuge betroffen (Salter-Harris III)

## Therapie
Offene Reposition und Schraubenosteosynthese am 03.11.2025,
Unterschenkelgips 6 Wochen, Entlastung an Unterarmgehstützen.

## Verlauf
Komplikationsloser Verlauf, Wunde reizlos. Metallentfernung nach 3 Monaten geplant.
Hinweis: Bei Fugenbeteiligung Kontrolle auf Wachstumsstörung über 2 Jahre empfohlen.
""", title="Entlassungsbericht Brandt", created="20251106150000+01'00'")
    pdf2 = make_pdf("""# Unfallanzeige Kinder / Schüler (KU-12)
Versicherungsnummer: UK-4468-0041-02
Kind: Elias Brandt, geb. 17.03.2015
Unfalltag: 01.11.2025, 16:30 Uhr
Ort: Skatepark Kassel-Nord
Hergang: beim Springen mit dem Skateboard umgeknickt, konnte nicht mehr auftreten
Erstbehandlung: Kinderchirurgische Klinik am Auepark
Unterschrift Erziehungsberechtigte: Sandra Brandt
""", title="Unfallanzeige Brandt", created="20251104090000+01'00'")
    txt = """Radiologie Auepark - Befund Röntgen OSG links, 2 Ebenen, 12.02.2026
Patient: Brandt, Elias *17.03.2015

Konsolidierte Übergangsfraktur distale Tibia links nach Schraubenosteosynthese.
Schraubenlage regelrecht. Wachstumsfuge medial teilweise verschlossen (ca. 30 %),
lateral offen. Beginnende Achsabweichung in Varus ca. 3 Grad.
Empfehlung: Verlaufskontrolle in 6 Monaten, ggf. Längenmessung beider Beine.
"""
    zipdata = make_zip([("KU-2025-07710/01_Unfallanzeige.pdf", pdf2),
                        ("KU-2025-07710/02_Entlassungsbericht.pdf", pdf1),
                        ("KU-2025-07710/03_Roentgenbefund_2026-02-12.txt", txt.encode("utf-8"))],
                       date_time=(2026, 2, 20, 14, 5, 0))
    body = """Sehr geehrter Herr Dr. Voss,

wie telefonisch besprochen beauftragen wir Sie mit der Erstellung eines
unfallchirurgischen Gutachtens zur Frage der Invalidität.

  Unser Zeichen:   KU-2025-07710
  Versicherte/r:   Elias Brandt
  Auftraggeberin:  Auerhahn Versicherung AG, Leistung Unfall

Die Unterlagen (Unfallanzeige, Entlassungsbericht, Röntgenbefund) finden Sie im
ZIP-Archiv. Das Passwort teilen wir Ihnen wie üblich telefonisch mit.

Die Fragen entsprechen unserem Standardauftrag Kinder (Vordruck G-K-3),
zusätzlich bitten wir um Stellungnahme, ob eine spätere Beinlängendifferenz zu
erwarten ist.

Honorar nach Vereinbarung, Erledigung bitte bis 30.04.2026.

Mit freundlichen Grüßen

""" + sig("jana")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
                "expert opinion order for a named child; fracture, surgery and X-ray findings inside a ZIP (PDF+TXT)",
                JANA, [("Dr. med. Bernhard Voss", "praxis@gutachten-voss.example")],
                "Gutachtenauftrag KU-2025-07710", D(2026, 2, 20, 14, 12), T(body),
                attachments=[A("KU-2025-07710_Unterlagen.zip", "application/zip", zipdata)])


def m040():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<div style="border-bottom:3px solid #3b7d3b;padding-bottom:6px"><b style="color:#3b7d3b;font-size:16px">Auerhahn Versicherung</b>
&nbsp;|&nbsp; Ihre Leistungsabrechnung</div>
<p>Sehr geehrte Frau Roth,</p>
<p>für den Unfall Ihrer Tochter <b>Hannah</b> (Skiunfall am 03.02.2026 in Oberstdorf) haben wir folgende Leistungen abgerechnet:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:12px">
<tr style="background:#e8f1e8"><th>Leistungsart</th><th>Grundlage</th><th align="right">Betrag</th></tr>
<tr><td>Krankenhaustagegeld</td><td>4 Tage stationär (03.02.&ndash;06.02.2026), Unterschenkelfraktur links, Marknagelung</td><td align="right">120,00&nbsp;EUR</td></tr>
<tr><td>Genesungsgeld</td><td>4 Tage</td><td align="right">80,00&nbsp;EUR</td></tr>
<tr><td>Gipsgeld</td><td>Pauschale</td><td align="right">50,00&nbsp;EUR</td></tr>
<tr><td>Nachhilfekosten</td><td>Schulausfall 15 Tage, Rechnung Lernstudio Nord</td><td align="right">210,00&nbsp;EUR</td></tr>
<tr style="font-weight:bold"><td colspan="2">Auszahlung auf Ihr Konto (endet auf ...0082)</td><td align="right">460,00&nbsp;EUR</td></tr>
</table>
<p>Vertrag: AuerKind Plus UK-4469-7302-01 &middot; Schaden: KU-2026-00801</p>
<p>Über eine mögliche Invaliditätsleistung entscheiden wir, sobald die Behandlung abgeschlossen ist (voraussichtlich nach der Metallentfernung).</p>
<p>Gute Besserung für Hannah!<br>Ihr Kinderunfall-Service</p>
<p style="font-size:10px;color:#666">Auerhahn Versicherung AG &middot; Am Hahnenkamp 7 &middot; 34131 Kassel &middot; Amtsgericht Kassel HRB 99127</p>
</body></html>"""
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "HTML-only benefit statement: named child's lower-leg fracture, hospital days, tutoring costs, policy/claim",
                KU_MAILBOX, [("Stefanie Roth", "stefanie.roth@web-post.example")],
                "Ihre Leistungsabrechnung zum Schaden KU-2026-00801", D(2026, 2, 19, 15, 2), H(html))


def m041():
    body = """Hallo Herr Yıldız,

danke für Ihre Mail und die Kopie der Anzeige.

Ich hab den Diebstahl vom Fahrrad Ihrer Tochter jetzt in der Hausrat
aufgenommen:

  Vertrag      HR-7725-3318 (Außenversicherung Fahrrad bis 1.500 EUR, inkl.
               Nachtzeitklausel-Verzicht)
  Schaden-Nr.  SH-2026-01105
  Fahrrad      Cube Kid 260, Rahmennr. WBK 0047 1129, gekauft 08/2025 für 649 EUR
  Tatort       Fahrradständer Gesamtschule Vellmar, 17.02.2026 zwischen 7:40
               und 13:15 Uhr, Rad war mit Bügelschloss angeschlossen

Das Fahrrad war weniger als ein Jahr alt, daher ersetzen wir den
Neuwert. Bitte schicken Sie mir noch die Kaufrechnung und, falls vorhanden, den
zweiten Schlüssel des Schlosses.

Wenn sich das Rad in den nächsten 4 Wochen wieder anfindet, sagen Sie bitte
Bescheid.

Viele Grüße

""" + sig("ronja")
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "named customer's household claim (daughter's bike stolen at school), policy/claim number, frame number",
                RONJA, [("Serkan Yıldız", "serkan.yildiz@mailhaus.example")],
                "AW: Fahrrad geklaut an der Schule", D(2026, 2, 19, 12, 2), T(body, cte="8bit"),
                in_reply_to="<20260218201144.77a1@mailhaus.example>")


def m042():
    ics = make_ics("webinar-kinderinvaliditaet-20260505@" + DOM, "20260505T100000", "20260505T110000",
                   "Webinar für Vermittler: Kinderinvalidität richtig beraten",
                   "Online (Link folgt am Vortag)",
                   "Gliedertaxe, Progression, Wachstumsfugen und Zahnunfälle – wie erkläre ich Eltern den "
                   "Unterschied zwischen Grundsumme und Leistung? Referentin: Dr. med. Ulrike Sandmann.",
                   ("Benedikt Rauh", RAUH[1]))
    body = """Liebe Partnerinnen und Partner,

„Was bekommt mein Kind eigentlich, wenn nach einem Unfall etwas zurückbleibt?"
– diese Frage hören Sie in jedem zweiten Beratungsgespräch zu AuerKind.

In unserem Webinar am Dienstag, 5. Mai, 10–11 Uhr zeigt Ihnen unsere
Beratungsärztin anhand anonymisierter Beispiele:

  – wie die Gliedertaxe funktioniert und warum ein Daumen 20 % „wert" ist,
  – was Progression 225 % vs. 350 % in Euro bedeutet,
  – warum Frakturen mit Beteiligung der Wachstumsfuge erst nach Jahren
    abschließend bewertet werden,
  – und welche Kosten der Zahnbaustein übernimmt.

Die Teilnahme zählt mit 1 Stunde für Ihre IDD-Weiterbildung.
Kalendereintrag anbei, Anmeldung einfach per Antwort.

Beste Grüße
Benedikt Rauh

""" + sig("rauh")
    return mail("NORMAL", "de", "insurer-to-broker",
                "trap: broker webinar on child disability assessment (ICS), anonymised examples only",
                RAUH, [("Vermittler Nordhessen", "vermittler-nordhessen@verteiler.auerhahn-versicherung.example")],
                "Einladung Webinar 05.05.: Kinderinvalidität richtig beraten", D(2026, 4, 9, 9, 5), T(body),
                attachments=[ICS("Webinar_Kinderinvaliditaet.ics", ics)])


def m043():
    body = """Sehr geehrte Frau Lindemann,

vielen Dank für Ihren Antrag auf eine Kinder-Unfallversicherung (AuerKind
Plus) für Ihren Sohn Jonas, geb. 06.05.2017, und für die offenen Angaben zu
seiner Gesundheit.

Sie haben uns mitgeteilt, dass bei Jonas eine infantile Cerebralparese
(spastische Diparese, ICD G80.1) besteht und das Versorgungsamt einen Grad der
Behinderung von 50 mit Merkzeichen G festgestellt hat. Jonas geht mit
Unterarmgehstützen und nutzt für längere Strecken einen Rollstuhl.

Wir freuen uns, Ihnen mitteilen zu können, dass wir den Antrag annehmen. Damit
der Vertrag fair bleibt, gilt Folgendes:

  1. Eine bereits bestehende Beeinträchtigung der Beine und der Hüfte wird bei
     einer späteren Invaliditätsbemessung als Vorinvalidität abgezogen.
  2. Unfälle, die durch einen epileptischen Anfall verursacht werden, sind
     mitversichert – das ist in AuerKind Plus ausdrücklich eingeschlossen.
  3. Die Leistungen für Arme, Augen, Gehör und Zähne gelten uneingeschränkt.
  4. Ein Beitragszuschlag wird nicht erhoben.

Der Versicherungsschein folgt in den nächsten Tagen per Post. Wenn Sie mit der
Regelung unter Punkt 1 nicht einverstanden sind, können Sie innerhalb von 14
Tagen widerrufen.

Mit freundlichen Grüßen

""" + sig("jana")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
                "underwriting decision for a named child with cerebral palsy (G80.1), disability degree GdB 50, birth date",
                JANA, [("Katharina Lindemann", "k.lindemann@freepost-mail.example")],
                "Ihr Antrag AuerKind Plus für Jonas – Annahme mit Vereinbarung", D(2026, 4, 14, 10, 39),
                T(body))


def m044():
    pdf = make_pdf("""# Accident cover for international students
## Auerhahn Versicherung AG - AuerStudent
Studying in Germany? Statutory accident insurance only covers you on campus and on
the way there. Sports, travel, parties and your side job are not covered.

## What AuerStudent pays
- Disability benefit from 1 % impairment, up to EUR 200,000 (progression 225 %)
- Rescue and recovery costs up to EUR 10,000, also abroad
- Cosmetic surgery after an accident up to EUR 5,000
- Dental prosthesis after an accident up to EUR 5,000
- Hospital daily cash EUR 20 (optional)

## What it costs
EUR 6.90 per month, no health questions up to age 30.
Cancel monthly - ideal for exchange semesters.

## Typical cases (examples, not real customers)
- Knee injury while playing football at the university sports centre
- Broken wrist after a bike fall on the way to a party
- Knocked-out tooth during a climbing course

## How to apply
Online at www.auerhahn-versicherung.example/student - English service line
+49 561 7127-1999
""", title="AuerStudent brochure EN", created="20260302090000+01'00'")
    body = """Dear Ms van Dijk,

as agreed at the orientation-week planning meeting, please find attached our
English brochure on accident cover for international students. It's fine to
upload it to your welcome portal and to print it for the welcome packs (we can
also send 500 printed copies - just let me know).

Please note that the brochure is purely informational; students apply directly
with us, and the International Office is not involved in any contract.

Best wishes,

""" + sig("priya", "en")
    return mail("NORMAL", "en", "insurer-to-partner",
                "trap: product brochure for international students with injury examples, no person",
                PRIYA, [("Femke van Dijk", "welcome@international.uni-nordhessen.example")],
                "Brochure: accident cover for international students", D(2026, 3, 5, 14, 20), T(body),
                attachments=[A("AuerStudent_Brochure_EN_2026.pdf", "application/pdf", pdf)])


def m045():
    pdf = make_pdf("""# Auerhahn Versicherung AG
## Certificate of Insurance / Versicherungsbestätigung
We hereby confirm that

Ms Valentina Ruiz Ortega
born 2 September 2008 in Valencia, Spain
passport no. PAA 771 0392
guest address: c/o Familie Hartung, Ahornweg 5, 34346 Hann. Münden

is insured under our exchange student accident policy AuerStudent Exchange,
policy no. US-5110-0721-44, for the period

  1 August 2026 to 31 July 2027

Benefits include: disability benefit EUR 100,000, death benefit EUR 10,000,
rescue and repatriation costs up to EUR 25,000, hospital daily cash EUR 30.

This certificate is issued for presentation to the German Consulate General
in connection with the visa application (school exchange year at the
Grotefend-Gymnasium). Health insurance is NOT included in this policy and must be
proven separately.

Kassel, 12 May 2026
Auerhahn Versicherung AG
""", title="Certificate US-5110-0721-44", created="20260512100000+02'00'")
    body = """Dear Ms Ruiz Ortega, dear Mr and Mrs Ortega,

as requested, here is the insurance certificate for Valentina's exchange year
for the visa appointment at the consulate. The consulate usually also wants to
see proof of health insurance - our accident policy does not cover illness, so
please bring the certificate of her health insurer as well.

Have a great exchange year, Valentina!

Kind regards

""" + sig("priya", "en")
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "certificate of a named minor's accident policy (personal line) with birth date and passport number in PDF",
                PRIYA, [("Valentina Ruiz Ortega", "valentina.ruiz@correo-es.example"),
                        ("Lucía Ortega", "lucia.ortega@correo-es.example")],
                "Insurance certificate for visa - US-5110-0721-44", D(2026, 5, 12, 10, 14), T(body),
                attachments=[A("Certificate_US-5110-0721-44.pdf", "application/pdf", pdf)])


def m046():
    body = """Liebe Vereinsvorstände, liebe Geschäftsstellen,

eine kurze Erinnerung: Für alle Gruppen-Unfallverträge mit Meldeverfahren
(Beitrag nach Mitgliederzahl) brauchen wir die Mitgliederzahl zum Stichtag
01.01.2026 bis spätestens

                       31. März 2026.

Bitte melden Sie NUR DIE ANZAHL, getrennt nach
  – Kinder und Jugendliche bis 17 Jahre,
  – Erwachsene,
  – Übungsleiterinnen und Übungsleiter (sofern separat versichert).

Namenslisten oder Geburtsdaten benötigen wir dafür nicht – bitte schicken Sie
uns auch keine Mitgliederlisten per E-Mail. Einzelne Namen brauchen wir nur,
wenn ein Unfall gemeldet wird.

Das Formular finden Sie im Vereinsportal unter „Meldungen > Stichtag". Ohne
Meldung setzen wir die Vorjahreszahl plus 5 % an.

Sportliche Grüße
Ihr Team Vereine & Schulen

""" + sig("mehmet")
    return mail("NORMAL", "de", "newsletter",
                "trap: reminder to all clubs about member count reporting for group accident contracts, no names",
                MEHMET, [("Vereine mit Meldeverfahren", "vereine-meldeverfahren@verteiler.auerhahn-versicherung.example")],
                "Erinnerung: Mitgliedermeldung Gruppen-Unfall bis 31.03.", D(2026, 3, 13, 7, 45), T(body),
                headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:abmelden@" + DOM + ">")])


def m047():
    body = """Dear Mr Franke,

thanks for your message. Yes, we can exchange encrypted e-mail with your school.

Our options:

1. S/MIME: our central gateway uses a domain certificate for
   auerhahn-versicherung.example (issued by our public CA provider, valid until
   11/2027). If your school's mail system also has an S/MIME certificate, the
   gateways encrypt automatically - nobody has to do anything in their mail client.
   Please send us a signed test e-mail so that we can pick up your certificate.

2. If you have no certificate: we send you messages with personal or medical
   content via our SecureMail portal. You receive a notification e-mail and log in
   with a password that we set up once by phone.

Public certificate and fingerprint (SHA-256):
  4F:1A:77:C2:09:5E:D3:88:BB:10:2C:6A:E1:93:47:0D:
  B2:5C:8E:61:FA:03:9D:44:7E:21:C8:B9:56:0A:13:EE
download: https://www.auerhahn-versicherung.example/smime

Please do not send us accident reports of pupils by ordinary e-mail until one
of the two options is set up.

Best regards,

""" + sig("quast", "en", ascii=True)
    return mail("NORMAL", "en", "insurer-to-school",
                "trap: answer on S/MIME certificates and secure mail for pupils' accident reports, no person data",
                QUAST, [("Thomas Franke (IT)", "it@international-school-kassel.example")],
                "RE: Encrypted e-mail for accident reports", D(2026, 1, 15, 16, 33),
                T(body, charset="us-ascii", cte="7bit"))


def m048():
    body = """Dear Mr Adeyemi,

thank you for your questions for your article on trampoline parks. Here are our
answers; please quote them as "a spokesperson for Auerhahn Versicherung".

1. How many trampoline accidents did you record among insured children?
   2023: 141, 2024: 168, 2025: 203 (children and teenagers up to 17 in our
   child accident portfolio, approx. 48,000 insured).

2. What are the typical injuries?
   Sprained and broken ankles (approx. 45 %), knee injuries (20 %), wrist and
   forearm fractures (15 %), head and neck injuries (8 %), other (12 %).

3. How many of them lead to permanent disability?
   About 6 % of trampoline claims led to a disability benefit in the years
   2023-2025; the average degree was 8 %.

4. Are trampoline parks excluded?
   No. Our child accident policies cover leisure activities worldwide without
   exclusions for trampoline parks.

We cannot comment on individual cases or parks. The figures are aggregated and
rounded; no individual customer data was used beyond the counts.

Best regards,

""" + sig("lueders", "en")
    return mail("NORMAL", "en", "insurer-to-press",
                "trap: press answer with aggregated trampoline injury statistics, no individual",
                LUEDERS, [("Samuel Adeyemi", "s.adeyemi@familymag.example")],
                "Re: Press enquiry - trampoline park injuries", D(2026, 4, 2, 15, 55), T(body))


def m049():
    csvdata = make_csv([
        ["Name", "First name", "Class", "Date of birth", "Allergies / medical notes", "Medication carried",
         "Emergency contact"],
        ["Becker", "Lina", "7B", "2013-05-14", "peanut allergy (anaphylaxis)", "EpiPen Jr 0.15 mg x2",
         "+49 151 2210 4471"],
        ["Chowdhury", "Arjun", "7B", "2013-09-02", "asthma", "salbutamol inhaler", "+49 176 8830 1120"],
        ["Fischer", "Emma", "7A", "2013-01-27", "type 1 diabetes", "insulin pen, glucose meter",
         "+49 160 4471 9008"],
        ["Morales", "Diego", "7A", "2012-11-30", "none", "", "+49 172 6630 2451"],
        ["O'Neill", "Grace", "7B", "2013-07-19", "lactose intolerance", "", "+49 157 3390 1876"],
        ["Petrović", "Luka", "7A", "2013-03-08", "epilepsy, last seizure 2024", "levetiracetam 500 mg",
         "+49 171 2209 5530"],
        ["Tanaka", "Yui", "7B", "2013-12-11", "hay fever", "cetirizine", "+49 152 0081 7744"],
    ], sep=",")
    body = """Hi Mehmet,

the International School sent the participant list for the Year 7 ski trip
(Kleinwalsertal, 8-13 March) that is covered under their group accident
contract with the trip add-on. Their mail is below, list attached.

Could you check whether we need anything else before the trip? I'm not sure why
they sent the medical notes - we only need the names for the trip cover. I'll
ask them to send such lists only via SecureMail in future.

Thanks,
Priya

> From: Rachel Moss <trips@international-school-kassel.example>
> Sent: Wednesday, 25 February 2026 12:10
> Subject: Year 7 ski trip - participant list
>
> Dear Ms Raman,
>
> attached is the final list of the 7 pupils from our small group (the rest of
> the year group travels with the sports club). It is the same list we give to
> the accompanying teachers, so it includes medical notes and medication.
> Ms Moss and Mr Hale will accompany the group.
>
> Best, Rachel Moss, Trips & Activities Coordinator
"""
    return mail("STRICTLY_CONFIDENTIAL", "en", "school",
                "school's pupil list (CSV) with birth dates, allergies, diabetes, epilepsy and medication for trip cover",
                PRIYA, [MEHMET], "FW: Year 7 ski trip - participant list", D(2026, 2, 25, 13, 2),
                T(body), attachments=[A("Y7_ski_trip_participants.csv", "text/csv", csvdata)])


def m050():
    body = """Hallo Jana,

kannst du den übernehmen? Gruppenvertrag Handball-Abteilung, ist bei uns seit
2019. Die Meldung vom Verein unten.

Gruß Mehmet

-----Ursprüngliche Nachricht-----
Von: Abteilungsleitung Handball <handball@sv-kaufungen.example>
Gesendet: Sonntag, 15. März 2026 21:07
An: Aydogan, Mehmet
Betreff: Unfallmeldung Sportunfall Jannik Hesse

Sehr geehrter Herr Aydogan,

hiermit melde ich einen Sportunfall aus unserer B-Jugend:

Name:            Jannik Hesse
geb.:            23.07.2009
Mitglied seit:   2016, Mitgliedsnr. 0412
Unfalltag:       14.03.2026, Auswärtsspiel in Baunatal, 2. Halbzeit
Hergang:         Bei der Landung nach einem Sprungwurf mit dem linken Knie
                 weggeknickt, konnte nicht weiterspielen.
Verletzung:      Laut MRT vom Freitag vorderer Kreuzbandriss links mit
                 Innenmeniskusriss (Arztbrief Dr. Kessler, Sportorthopädie).
                 OP ist für den 02.04. geplant.

Die Eltern (Familie Hesse, Kasseler Str. 61, Kaufungen) haben zusätzlich eine
eigene Unfallversicherung bei einer anderen Gesellschaft. Jannik fällt für den
Rest der Saison aus.

Mit sportlichen Grüßen
Uwe Lorenz
Abteilungsleiter Handball, SV Kaufungen 1921 e.V.
"""
    return mail("STRICTLY_CONFIDENTIAL", "de", "club",
                "club's accident report: named 16-year-old with birth date, ACL and meniscus tear, planned surgery",
                MEHMET, [JANA], "WG: Unfallmeldung Sportunfall Jannik Hesse", D(2026, 3, 16, 7, 58),
                T(body, charset="iso-8859-1", cte="quoted-printable"))


def m051():
    csvdata = make_csv([
        ["Nachname", "Vorname", "Geburtsdatum", "Funktion", "Juleica-Nr.", "Wohnort"],
        ["Brandes", "Lea", "12.04.2003", "Lagerleitung", "JL-06-2211-4471", "Fuldatal"],
        ["Öztürk", "Can", "30.09.2004", "Betreuer", "JL-06-2301-0934", "Kassel"],
        ["Wenzel", "Marie", "18.01.2006", "Betreuerin", "JL-06-2402-1178", "Fuldatal"],
        ["Hoffmann", "Tim", "07.07.2005", "Betreuer", "JL-06-2302-2265", "Ahnatal"],
        ["Schreiber", "Jule", "25.11.2007", "Betreuerin (Küche)", "", "Fuldatal"],
        ["Albrecht", "Jonas", "02.03.2002", "Fahrer / Material", "JL-06-2105-0710", "Vellmar"],
    ], encoding="windows-1252")
    body = """Hallo Claudia,

für die Veranstalterhaftpflicht der Sommerfreizeit des Jugendwerks Fuldatal
(VH-7760-0215, Zeltlager Edersee 18.07.–01.08.) hat der Verein die
Betreuerliste geschickt. Die Betreuer sind als Mitversicherte namentlich zu
führen, bitte so in den Nachtrag übernehmen. Teilnehmerlisten (Kinder)
brauchen wir nicht, das habe ich dem Verein auch so gesagt.

Danke
Mehmet

> Von: Lea Brandes <freizeiten@jugendwerk-fuldatal.example>
> Gesendet: Dienstag, 19. Mai 2026 22:31
> Betreff: Betreuerteam Edersee 2026
>
> Hallo Herr Aydoğan,
> anbei wie besprochen unser Team für das Zeltlager. Jule ist erst 18 und
> macht die Juleica noch im Juni. Geht das trotzdem?
> Viele Grüße, Lea (Lagerleitung)
"""
    return mail("CONFIDENTIAL", "de", "club",
                "club's CSV list of camp supervisors with birth dates and home towns for event liability cover; no health data",
                MEHMET, [PFEFFER], "WG: Betreuerteam Edersee 2026", D(2026, 5, 20, 9, 12), T(body),
                attachments=[A("Betreuerteam_Edersee_2026.csv", "application/vnd.ms-excel", csvdata)])


def m052():
    body = """Dear Ms Kovačević,

thank you again for the good conversation last Thursday. We would like to invite
you to a second interview for the position "Claims Handler, International
Accident Claims (m/f/d)", reference 2026-019:

  Date:     Wednesday, 18 March 2026, 14:00
  Place:    Auerhahn Versicherung AG, Am Hahnenkamp 7, Kassel, 4th floor,
            room "Werra" - please report to reception
  Panel:    Katrin Elsner (Head of Accident Claims), Priya Raman, Annika Vogt

Regarding your questions from the first interview:

- Salary: you mentioned an expectation of EUR 52,000 gross per year. The
  position is graded in tariff group VII of the insurance collective agreement;
  with your five years of experience this means approx. EUR 50,400 plus 13th
  and 14th salary. We can discuss an allowance for your language skills.
- Notice period: you stated three months to the end of a quarter, so a start on
  1 July 2026 would work for us.
- Relocation: we reimburse moving costs up to EUR 2,500.

Travel costs for the interview (train, 2nd class) will be reimbursed.

Please confirm the date by e-mail.

Kind regards

""" + sig("vogt", "en")
    return mail("CONFIDENTIAL", "en", "insurer-to-applicant",
                "job applicant's salary expectation, offered pay and notice period; no health data",
                VOGT, [("Ana Kovačević", "ana.kovacevic@postbox-mail.example")],
                "Second interview - Claims Handler International Accident Claims (2026-019)",
                D(2026, 3, 9, 16, 5), T(body))


def m053():
    pdf = make_pdf("""# HNO-Gemeinschaftspraxis Wilhelmshöhe
Dr. med. Carsten Eggert · Dr. med. Julia Brandl

Ärztlicher Bericht zur Vorlage bei der Unfallversicherung
Patient: Milan Petrovic, geb. 21.10.2011
Unfall: 07.03.2026, Fußballtraining (Zusammenprall Kopf an Kopf)

Diagnose: dislozierte Nasenbeinfraktur (S02.2), Septumhämatom links
Therapie: geschlossene Reposition in Vollnarkose am 10.03.2026 (ambulant),
Nasengips 7 Tage, Entlastung des Septumhämatoms.
Verlauf: Nasenatmung rechts frei, links noch leicht behindert.
Prognose: Ausheilung ohne Folgen wahrscheinlich; Kontrolle in 3 Monaten.
Eine dauerhafte Beeinträchtigung ist derzeit nicht absehbar.

Kassel, 24.03.2026
""", title="Arztbericht Petrovic", created="20260324113000+01'00'")
    body = """Hi Jana,

kam heute über das Kundenportal, gehört zu deinem Fall. Hab's in der Akte
schon abgelegt.

LG Lukas
"""
    return mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "body harmless; name and diagnosis in the attachment's file name and a medical report PDF",
                LUKAS, [JANA], "Nachreichung Unterlagen KU-2026-01533", D(2026, 3, 25, 10, 7), T(body),
                attachments=[A("Arztbericht_Milan_Petrovic_Nasenbeinfraktur.pdf", "application/pdf", pdf)])


def m054():
    ics = make_ics("gutachten-ku-2025-06120-20260612@" + DOM, "20260612T090000", "20260612T103000",
                   "Medical examination Freya Nilsen (claim KU-2025-06120)",
                   "Gutachtenpraxis Dr. Voss, Wilhelmshöher Allee 212, 34119 Kassel",
                   "Assessment of the right elbow after supracondylar humerus fracture (June 2025). "
                   "Please bring: X-ray images on CD, the health booklet (U-Heft) if available.",
                   ("Jana Wiedemeyer", JANA[1]),
                   attendees=[("Erik Nilsen", "erik.nilsen@nordmail.example")])
    body = """Dear Mr Nilsen,

as discussed on the phone, we have arranged the medical examination for Freya's
disability assessment:

  Friday, 12 June 2026, 9:00 am
  Gutachtenpraxis Dr. Voss, Wilhelmshöher Allee 212, Kassel (ground floor,
  lift available)

Dr. Voss is an independent orthopaedic surgeon. He will examine the mobility of
Freya's right elbow and compare it with the left side. It takes about an hour
and does not hurt. Please bring the X-rays from the hospital on CD.

We pay the examination fee and your travel costs (please keep the receipts).

A calendar entry is attached. If the date does not suit you, just reply to this
e-mail.

Kind regards

""" + sig("jana", "en")
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "appointment (ICS) for a named child's medical disability examination after elbow fracture",
                JANA, [("Erik Nilsen", "erik.nilsen@nordmail.example")],
                "Medical examination for Freya - 12 June", D(2026, 5, 27, 14, 48), T(body),
                attachments=[ICS("Examination_Freya_Nilsen.ics", ics)])


def m055():
    body = """Sehr geehrter Herr Scholz,

wir haben Ihre Anfrage vom 02.02.2026 geprüft und erteilen für die
außergerichtliche Interessenwahrnehmung Deckungszusage.

  Versicherungsnehmer:   Dominik Scholz, Lindenstraße 4, 34253 Lohfelden
  Vertrag:               Privat-Rechtsschutz mit Vertragsrechtsschutz RS-7738-5521
  Schaden-Nr.:           RS-2026-00244
  Gegner:                Elterninitiative Kinderhaus Wirbelwind e.V., Lohfelden
  Gegenstand:            Erhöhung des Betreuungsentgelts für Ihre Tochter Marie
                         um 180 EUR monatlich ohne Einhaltung der
                         vertraglichen Ankündigungsfrist; Streitwert lt.
                         Anwalt ca. 2.160 EUR
  Anwalt:                Rechtsanwältin Nina Hausmann, Kassel

Die Selbstbeteiligung beträgt 250 EUR. Die Wartezeit von drei Monaten ist
erfüllt, da der Vertrag seit 2022 besteht.

Bitte beachten Sie: Für ein gerichtliches Verfahren benötigen Sie eine
gesonderte Deckungszusage. Ihre Anwältin kann sich dafür direkt an uns wenden.

Mit freundlichen Grüßen

""" + sig("ronja")
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "legal expenses cover for named parent's nursery fee dispute, address, contract and claim numbers",
                RONJA, [("Dominik Scholz", "dominik.scholz@netzpost.example")],
                "Deckungszusage RS-2026-00244 – Kinderhaus Wirbelwind", D(2026, 2, 10, 13, 25), T(body))


def m056():
    body = """Sehr geehrter Herr Hartmann,

danke für Ihren Anruf und die Frage, wie Übungsleiterinnen und Übungsleiter in
einem Sportverein gegen Unfälle abgesichert sind. Da Ihr Verein bisher nicht
bei uns versichert ist, hier die allgemeinen Informationen:

1. Gesetzliche Unfallversicherung
   Ehrenamtliche Übungsleiter sind bei ihrer Tätigkeit für den Verein in vielen
   Fällen über die Verwaltungs-Berufsgenossenschaft (VBG) versichert, bezahlte
   Übungsleiter in der Regel ohnehin. Das gilt aber nur für die Tätigkeit
   selbst und den direkten Weg.

2. Sportversicherung des Landessportbunds
   Über den Sportversicherungsvertrag sind die Mitglieder und Funktionsträger
   mit einer Grunddeckung versichert – die Summen sind allerdings niedrig.

3. Unser Gruppen-Unfallvertrag für Vereine („AuerVerein")
   – ergänzt beides, rund um die Uhr oder nur bei Vereinsaktivitäten
   – Invalidität ab 1 %, Progression bis 350 %
   – Beitrag ab 2,40 EUR je Mitglied und Jahr, Übungsleiter ab 9,80 EUR
   – Abrechnung nur nach Mitgliederzahl, keine Namenslisten

Ein unverbindliches Angebot erstelle ich Ihnen gern. Dafür brauche ich nur die
Zahl der Mitglieder (Kinder/Erwachsene) und der Übungsleiter sowie die
Sportarten.

Mit freundlichen Grüßen

""" + sig("mehmet")
    return mail("NORMAL", "de", "insurer-to-club",
                "trap: generic product information on trainers' accident cover for a prospect club, no contract or insured",
                MEHMET, [("Rüdiger Hartmann", "vorsitz@schuetzenverein-grossalmerode.example")],
                "Ihre Anfrage: Unfallschutz für Übungsleiter", D(2026, 4, 22, 11, 3), T(body))


def m057():
    body = """Sehr geehrte Frau Engel,

Sie haben uns den Schaden Ihres Nachbarn, Herrn Gerhard Pohl, gemeldet, der
durch Ihren Sohn Emil verursacht wurde. Wir haben den Sachverhalt unter der
Nummer HS-2026-02840 in Ihrer Privathaftpflichtversicherung (PH-7712-0398)
geprüft und möchten Ihnen das Ergebnis erläutern, bevor wir Herrn Pohl
schreiben.

Was ist passiert?
Emil (6 Jahre) hat am 28.02.2026 im Garten mit einem Lederfußball gespielt.
Der Ball flog über die Hecke und zerbrach zwei Scheiben des Gewächshauses von
Herrn Pohl. Sie selbst waren in der Küche und konnten den Garten durch das
Fenster sehen. Herr Pohl verlangt 1.140 EUR für neue Scheiben und Montage.

Rechtliche Einschätzung
Kinder unter sieben Jahren sind nach § 828 Abs. 1 BGB für Schäden, die sie
anderen zufügen, nicht verantwortlich. Emil selbst haftet also nicht.

Als Eltern haften Sie nach § 832 BGB nur, wenn Sie Ihre Aufsichtspflicht
verletzt haben. Welche Aufsicht nötig ist, hängt vom Alter, der Reife des
Kindes und der Gefährlichkeit des Spiels ab. Ein sechsjähriges Kind darf im
eigenen, eingezäunten Garten Ball spielen, ohne dass ein Elternteil ständig
daneben steht; eine Sichtkontrolle aus dem Haus reicht nach der Rechtsprechung
aus. Eine Aufsichtspflichtverletzung liegt aus unserer Sicht daher nicht vor.

Ergebnis
Damit besteht kein Schadensersatzanspruch von Herrn Pohl. Ihre
Haftpflichtversicherung hat die Aufgabe, unberechtigte Ansprüche abzuwehren –
wir werden Herrn Pohl deshalb schriftlich erklären, warum wir nicht zahlen.

Ihr Vertrag stammt aus dem Jahr 2014 und enthält noch nicht den Baustein
„Schäden durch deliktunfähige Kinder", mit dem wir in solchen Fällen trotzdem
zahlen könnten, um das nachbarschaftliche Verhältnis zu schonen. Wenn Sie
möchten, stellen wir Ihren Vertrag auf den aktuellen Tarif um (Mehrbeitrag
ca. 1,20 EUR im Monat). Für diesen Schaden würde das allerdings nicht mehr
gelten.

Falls Sie Herrn Pohl den Schaden aus eigener Tasche ersetzen möchten, ist das
selbstverständlich Ihre Entscheidung; bitte sagen Sie uns in diesem Fall
Bescheid, damit wir den Vorgang schließen können.

Mit freundlichen Grüßen

""" + sig("sven")
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "liability claim rejection: named 6-year-old child, neighbour, contract and claim number; property damage only",
                SVEN, [("Christina Engel", "christina.engel@web-post.example")],
                "Ihr Haftpflichtschaden HS-2026-02840 (Gewächshaus Pohl)", D(2026, 3, 17, 15, 40), T(body))


def m058():
    body = """Dear Mr Eriksen,

we received your accident report and the discharge letter from Klinikum
Winterberg. Get well soon!

Summary of what we registered:

  Insured person ....... Lars Eriksen, student, policy US-5104-2210-06
  Claim no. ............ KU-2026-00577
  Accident ............. 31 January 2026, snowboarding, Winterberg
  Injury ............... tibial plateau fracture, right knee (ICD S82.1),
                         surgery with plate osteosynthesis on 1 February
  Hospital stay ........ 31 Jan - 5 Feb 2026 (6 days)

Benefits paid today:
  Hospital daily cash  6 x EUR 20.00 = EUR 120.00
  Recovery allowance   6 x EUR 20.00 = EUR 120.00
                                       ----------
                                       EUR 240.00

Physiotherapy is paid by your health insurance, not by us. If the knee does not
recover completely, please send us a medical certificate on the remaining
impairment within 15 months of the accident (by 30 April 2027 at the latest).

Best regards,

""" + sig("jana", "en", ascii=True)
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "named student's tibial plateau fracture S82.1, surgery and hospital days, policy/claim numbers",
                JANA, [("Lars Eriksen", "lars.eriksen@stud.uni-nordhessen.example")],
                "Your accident on 31 January - claim KU-2026-00577", D(2026, 2, 13, 9, 51),
                T(body, charset="us-ascii", cte="7bit"))


def m059():
    body = """Sehr geehrter Herr Rechtsanwalt Dr. Kühnel,

in der Angelegenheit Ihrer Mandantin, Frau Yvonne Kersting, als gesetzliche
Vertreterin ihrer Tochter Lotta Kersting (geb. 15.06.2016), nehmen wir zu
Ihrem Schreiben vom 11.05.2026 wie folgt Stellung.

Unser Zeichen: KU-2025-05562 · Vertrag UK-4466-1187-01

1. Sachverhalt
Lotta wurde am 21.06.2025 auf einem Spielplatz von einem freilaufenden Hund
in den linken Unterarm gebissen. Die Wunde wurde im Kinderkrankenhaus
chirurgisch versorgt; es verblieb eine ca. 6 cm lange Narbe. Seit dem Ereignis
leidet Lotta nach dem Bericht der Kinder- und Jugendpsychiaterin Dr. Falk
vom 28.03.2026 an einer posttraumatischen Belastungsstörung (ICD-10 F43.1)
mit Angstzuständen, Schlafstörungen und Vermeidungsverhalten gegenüber Hunden.

2. Psychische Unfallfolgen
Sie fordern eine Invaliditätsleistung auf Grundlage einer psychischen
Beeinträchtigung von 30 %. Nach Ziffer 5.2.6 der vereinbarten AUB 2014 sind
krankhafte Störungen infolge psychischer Reaktionen vom Versicherungsschutz
ausgeschlossen, auch wenn sie durch einen Unfall verursacht wurden. Eine
organische Hirnschädigung liegt nach allen Befunden nicht vor. Eine Leistung
für die Belastungsstörung ist daher nicht möglich. Wir bedauern das
ausdrücklich – der Ausschluss ist jedoch höchstrichterlich als wirksam
bestätigt.

3. Narbe und Unterarm
Unabhängig davon prüfen wir die körperlichen Folgen. Wir haben ein
unfallchirurgisches Gutachten zur Funktion des linken Arms in Auftrag gegeben.
Zusätzlich übernehmen wir nach Ziffer 2.7 die Kosten einer kosmetischen
Narbenkorrektur bis 5.000 EUR, sobald ein Behandlungsplan vorliegt.

4. Kosten der Psychotherapie
Die Kosten der Psychotherapie trägt die gesetzliche Krankenkasse; eine Leistung
aus der Unfallversicherung kommt hierfür nicht in Betracht.

Für Rückfragen stehen wir gern zur Verfügung.

Mit freundlichen Grüßen

""" + sig("elsner")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
                "letter to parent's lawyer: named child's PTSD F43.1 after dog bite, scar, psychiatric report, birth date",
                ELSNER, [("RA Dr. Markus Kühnel", "kanzlei@kuehnel-recht.example")],
                "Ihr Zeichen 114/25 – Kersting ./. Auerhahn – KU-2025-05562", D(2026, 5, 26, 16, 20),
                T(body, cte="8bit"))


def m060():
    plain = """Dear customer,

our SecureMail portal, through which we send you confidential documents such as
claim letters and medical reports, will be unavailable due to maintenance:

  Saturday, 25 April 2026, 10:00 pm - Sunday, 26 April 2026, 2:00 am (CEST)

During this time you cannot log in or read messages. Messages sent to you in
the meantime will be delivered after the maintenance. You do not need to do
anything.

Please remember: we will never ask you for your password by e-mail or phone.

Your Auerhahn customer service

This is an automatically generated message. Please do not reply.
"""
    html = """<html><body style="font-family:Arial;font-size:14px;color:#333">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:18px">
<p style="font-size:18px;color:#3b7d3b"><b>SecureMail maintenance</b></p>
<p>Dear customer,</p>
<p>our SecureMail portal, through which we send you confidential documents such as claim letters and medical reports,
will be unavailable due to maintenance:</p>
<p style="background:#f3f7f3;padding:10px"><b>Saturday, 25 April 2026, 10:00&nbsp;pm &ndash; Sunday, 26 April 2026, 2:00&nbsp;am (CEST)</b></p>
<p>During this time you cannot log in or read messages. Messages sent to you in the meantime will be delivered after the
maintenance. You do not need to do anything.</p>
<p><i>Please remember: we will never ask you for your password by e-mail or phone.</i></p>
<p>Your Auerhahn customer service</p>
<p style="font-size:11px;color:#888">This is an automatically generated message. Please do not reply.</p>
</div></body></html>"""
    return mail("NORMAL", "en", "insurer-to-customer",
                "trap: portal maintenance notice mentioning medical reports, sent to all portal users, no person",
                NOREPLY, [("Undisclosed recipients", "portal-users-en@verteiler.auerhahn-versicherung.example")],
                "SecureMail portal maintenance on 25/26 April", D(2026, 4, 21, 6, 0),
                ALT(T(plain, charset="us-ascii", cte="7bit"), H(html)),
                headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])


def m061():
    neu = iban("DE", "52050353" + "0002127127")
    body = """Sehr geehrte Damen und Herren,

zum 1. Mai 2026 ändert sich die Bankverbindung der Auerhahn Versicherung AG für
Überweisungen von Beiträgen aus Vereins-, Schul- und Kita-Verträgen:

  bisher:  Landesbank, IBAN DE45 5005 0000 0090 1271 27
  neu:     Sparkasse, IBAN """ + neu + """
  Empfänger: Auerhahn Versicherung AG

Lastschriften sind nicht betroffen – hier ändert sich für Sie nichts; unsere
Gläubiger-ID DE77ZZZ00000127127 bleibt gleich.

Bitte passen Sie gespeicherte Überweisungsvorlagen an. Zahlungen auf das alte
Konto werden bis 31.12.2026 weitergeleitet.

ACHTUNG Betrugsversuche: Wir kündigen eine Kontoänderung nie nur per E-Mail an.
Diese Information erhalten Sie zusätzlich mit der nächsten Beitragsrechnung per
Post. Wenn Sie eine E-Mail mit einer anderen Kontonummer erhalten, rufen Sie uns
bitte an: 0561 7127-1180.

Mit freundlichen Grüßen
Ihr Beitragsservice

""" + sig("pfeffer")
    return mail("NORMAL", "de", "newsletter",
                "trap: the insurer's own new company IBAN sent to all clubs and schools, no natural person",
                PFEFFER, [("Gruppenverträge Vereine/Schulen/Kitas", "gruppenvertraege@verteiler.auerhahn-versicherung.example")],
                "Neue Bankverbindung für Beitragszahlungen ab 01.05.2026", D(2026, 4, 1, 8, 0), T(body),
                headers=[("Precedence", "bulk")])


def m062():
    body = """Hallo zusammen,

hier die Zahlen für Q4/2025 (Kinder- und Schülerunfall, alle Tarife) für die
Teamrunde am Montag:

Meldungen nach Unfallart          Q4/2025   Q4/2024   Veränd.
----------------------------------------------------------------
Sturz Spielplatz/Schulhof           412       388      +6,2 %
Fahrrad/Roller/Skateboard           287       301      -4,7 %
Vereinssport                        263       240      +9,6 %
Zahnunfälle (alle Ursachen)         331       312      +6,1 %
Augenverletzungen                    38        41      -7,3 %
Sonstige                            196       177     +10,7 %
----------------------------------------------------------------
Summe                              1.527     1.459      +4,7 %

Leistungen                        Anzahl    Summe EUR   Ø EUR
Krankenhaustagegeld                 488      61.930      127
Zahnersatz/Zahnbehandlung           301     398.412    1.324
Invaliditätsleistung                 54   1.402.600   25.974
Kosmetische OP                        9      21.300    2.367

Auffällig: Bei den Invaliditätsfällen sind 3 Fälle über 100.000 EUR, alle
Progression, alle Wachstumsfugen. Details (anonymisiert) in der Runde.

Bearbeitungszeit bis Erstzahlung: Median 6 Arbeitstage (Ziel: 7).

Gruß
Katrin
"""
    return mail("NORMAL", "de", "internal",
                "trap: quarterly child accident claim statistics (dental, eye, invalidity amounts), aggregates only",
                ELSNER, [TEAM_UNFALL], "Zahlen Q4/2025 Kinderunfall", D(2026, 1, 9, 14, 14),
                T(body, cte="8bit"))


def m063():
    body = """Dear Ms Nakamura,

thank you for your e-mail and the invoice from the music school.

We understand that on 9 March your son Kenji (15) was taking the cello he had
borrowed from the Musikschule Kassel-Ost home by bus, and when the bus braked
sharply the case fell against a seat; the neck of the cello cracked. The music
school has had it repaired by a luthier and is charging you EUR 780.00.

Your family liability insurance (PH-7748-0224) includes damage to borrowed
items ("geliehene Sachen") up to EUR 5,000, so this claim is covered. Claim
number: HS-2026-03012.

As the repair has been done professionally and the invoice is reasonable, we
will pay the music school directly - please do not pay the invoice yourself. The
deductible of EUR 100 agreed in your policy will be deducted, so the music school
receives EUR 680.00 from us and EUR 100.00 from you. We will send them a copy
of this e-mail.

Kind regards

""" + sig("sven", "en")
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
                "named parent and son (15), borrowed cello damaged, liability contract and claim number; no injury",
                SVEN, [("Yuki Nakamura", "yuki.nakamura@mailhaus.example")],
                "Your liability claim HS-2026-03012 - cello", D(2026, 3, 18, 10, 21), T(body))


def m064():
    pdf = make_pdf("""# Supplementary accident insurance for international schools
## Frequently asked questions - for school administrators

## 1. Aren't pupils insured anyway?
Yes: in Germany, pupils are covered by statutory accident insurance (Unfallkasse)
during lessons, breaks, school trips and on the way to and from school. It pays
medical treatment and, in serious cases, a pension. It does NOT cover leisure time,
and it pays nothing for smaller permanent impairments.

## 2. What does the supplementary group contract add?
- a lump sum for permanent impairment from 1 % (e.g. after a knocked-out tooth
  with lasting damage, or reduced mobility of a finger)
- dental prosthesis and cosmetic surgery after an accident
- rescue costs on school trips abroad

## 3. Do we have to send you lists of pupils?
No. The premium depends only on the number of pupils. We need names only when an
accident is reported - and then only through our SecureMail portal.

## 4. Who reports an accident?
Parents or the school office, using form KU-12. Please do not send medical reports
by normal e-mail.

## 5. What does it cost?
From EUR 4.80 per pupil and year. Parents may opt out.

Auerhahn Versicherung AG · Group contracts · +49 561 7127-2250
""", title="FAQ international schools", created="20260114080000+01'00'")
    body = """Dear Dr. Okonkwo,

as promised after our meeting with your bursar, please find attached our FAQ
on supplementary group accident insurance for international schools. Feel free
to forward it to the parents' association.

Kind regards

""" + sig("mehmet", "en")
    return mail("NORMAL", "en", "insurer-to-school",
                "trap: FAQ PDF on pupils' accident cover, injuries in general terms, addressed to a head teacher, no pupil",
                MEHMET, [("Dr. Grace Okonkwo", "head@international-school-kassel.example")],
                "FAQ supplementary accident insurance", D(2026, 1, 14, 15, 16), T(body),
                attachments=[A("FAQ_group_accident_international_schools.pdf", "application/pdf", pdf)])


def m065():
    ics = make_ics("infoabend-isk-20260429@" + DOM, "20260429T190000", "20260429T203000",
                   "Infoabend / Information evening: Unfallschutz für Schulkinder – accident cover for pupils",
                   "International School Kassel, Aula / Assembly Hall",
                   "Zweisprachig DE/EN. Referent: Mehmet Aydoğan, Auerhahn Versicherung AG.",
                   ("Mehmet Aydoğan", MEHMET[1]),
                   attendees=[("Parents' Association ISK", "pta@international-school-kassel.example")])
    body = """Liebe Frau Becker-Lowe, dear Parents' Association,

wie besprochen hier die Einladung für den Infoabend – below the English version.

  Mittwoch, 29. April 2026, 19:00 Uhr, Aula
  Thema: Was zahlt die gesetzliche Schülerunfallversicherung – und was nicht?

Ich bringe Flyer auf Deutsch und Englisch mit. Fragen zu einzelnen Kindern oder
Unfällen beantworte ich an dem Abend gern im Anschluss, aber nicht im Plenum.

---

Dear parents,

you are warmly invited to an information evening on accident insurance for
school children:

  Wednesday, 29 April 2026, 7:00 pm, Assembly Hall
  Topic: What does statutory school accident insurance pay - and what not?

Typical questions we will cover: Is my child insured during football training
after school? Who pays for a broken tooth on a school trip? What happens if an
injury leaves a permanent impairment?

The calendar invitation is attached.

Viele Grüße / Best regards

""" + sig("mehmet")
    return mail("NORMAL", "mixed", "insurer-to-school",
                "trap: bilingual info evening invitation about pupils' accident cover (ICS), no pupil named",
                MEHMET, [("Claire Becker-Lowe", "pta@international-school-kassel.example")],
                "Infoabend / Information evening 29.04. – Unfallschutz / accident cover",
                D(2026, 4, 8, 12, 30), T(body), attachments=[ICS("Infoabend_ISK_29-04.ics", ics)])


def m066():
    body = """Sehr geehrter Herr Lenz,

hiermit bestellen wir zu Ihrem Angebot A-26-0318 vom 03.03.2026:

  Pos. 1   1.200 St.  Zahnrettungsbox „Dentosafe"-Typ, Nährlösung,
                      Haltbarkeit mind. 36 Monate           à 11,40   13.680,00 EUR
  Pos. 2   1.200 St.  Aufkleber „Zahnrettungsbox hier"
                      (Logo Auerhahn, 2-farbig)             à  0,35      420,00 EUR
  Pos. 3       1 psch. Konfektionierung je 2 Boxen + Flyer,
                      Versand an 600 Adressen (Liste folgt)              1.150,00 EUR
                                                                   -------------
                                                            netto     15.250,00 EUR

Bestellnummer: 4500371204
Liefertermin: KW 17 (die Boxen werden auf unseren Seminaren für Kitas und
Grundschulen verteilt, siehe Aktion „Zahn weg – was tun?").

Bitte achten Sie auf ein Mindesthaltbarkeitsdatum nicht vor 04/2029. Die
Adressliste der Einrichtungen (nur Einrichtungsname und Anschrift) erhalten
Sie gesondert von Frau Lüders.

Rechnung bitte an rechnungseingang@auerhahn-versicherung.example.

Mit freundlichen Grüßen

""" + sig("hohlweg")
    return mail("NORMAL", "de", "insurer-to-supplier",
                "trap: purchase order for tooth rescue boxes for schools and nurseries, no person",
                HOHLWEG, [("Frank Lenz", "vertrieb@medizinbedarf-lenz.example")],
                "Bestellung 4500371204 – Zahnrettungsboxen", D(2026, 3, 12, 9, 31), T(body))


def m067():
    odt = make_odt([
        ("h", "Unfallchirurgisches Gutachten zur Invalidität"),
        "Auftraggeber: Auerhahn Versicherung AG, Zeichen KU-2024-09918",
        "Versicherte Person: Sophie Albrecht, geb. 09.02.2010",
        "Unfall: 14.09.2024, Sturz beim Reitturnier, Verletzung rechtes Knie",
        "Untersuchung: 04.05.2026 in meiner Praxis, Begleitung durch die Mutter",
        ("h", "Vorgeschichte und Befund"),
        "Nach dem Sturz vom Pferd kam es zu einer Patellaluxation rechts mit osteochondraler Fraktur "
        "(S83.0, S82.0). Am 20.09.2024 arthroskopische Refixation des Knorpel-Knochen-Fragments, "
        "im Februar 2025 MPFL-Plastik wegen rezidivierender Instabilität.",
        "Aktuell: Beweglichkeit rechtes Kniegelenk Streckung/Beugung 0-0-120 Grad (links 5-0-145). "
        "Oberschenkelmuskulatur rechts 2 cm verschmächtigt. Belastungsschmerz nach längerem Gehen. "
        "Röntgen: keine Arthrose, Refixation knöchern eingeheilt.",
        ("h", "Beurteilung"),
        "Unfallbedingte dauerhafte Funktionsbeeinträchtigung des rechten Beins. Die Invalidität ist nach "
        "Ablauf von mehr als drei Jahren nicht mehr zu erwarten zu bessern; Endzustand.",
        ("table", [["Körperteil", "Gliedertaxe", "Beeinträchtigung", "Invalidität"],
                   ["Bein bis unterhalb des Knies? nein: Bein über Mitte Oberschenkel", "70 %", "3/20 Beinwert",
                    "10,5 %"]]),
        "Vorinvalidität: keine. Mitwirkung von Krankheiten oder Gebrechen: keine.",
        "Kassel, 12.05.2026 – Dr. med. Bernhard Voss, Facharzt für Orthopädie und Unfallchirurgie",
    ], title="Gutachten Albrecht", creator="Praxis Dr. Voss", when="2026-05-12T18:20:00")
    body = """Hallo Ulrike,

das Gutachten von Dr. Voss zu KU-2024-09918 ist da (ODT, kam per Portal).
Er kommt auf 3/20 Beinwert = 10,5 %. Die Tabelle im Gutachten ist etwas
holprig formuliert („Bein bis unterhalb des Knies? nein"), aber gemeint ist
der Beinwert über Mitte Oberschenkel, oder?

Kannst du bitte kurz drüberschauen, ob wir das so übernehmen? Bei 10,5 % und
Grundsumme 120.000 wären das 12.600 EUR, Progression greift noch nicht.

Danke
Jana

-------- Weitergeleitete Nachricht --------
Von: Praxis Dr. Voss <praxis@gutachten-voss.example>
Betreff: Gutachten Albrecht / Ihr Zeichen KU-2024-09918

Sehr geehrte Frau Wiedemeyer,
anbei das Gutachten. Rechnung folgt separat.
Mit freundlichen Grüßen
i.A. Heike Sommer, Praxisorganisation
"""
    return mail("STRICTLY_CONFIDENTIAL", "de", "assessor",
                "forwarded expert opinion (ODT): named teenager's knee injury, surgeries, 3/20 leg value invalidity",
                JANA, [SANDMANN], "WG: Gutachten Albrecht / Ihr Zeichen KU-2024-09918", D(2026, 5, 13, 8, 36),
                T(body), attachments=[A("Gutachten_Albrecht_KU-2024-09918.odt",
                                        "application/vnd.oasis.opendocument.text", odt)])


def m068():
    body = """Sehr geehrte Frau Dr. Yüksel,

wir sind der private Unfallversicherer von Niklas Behrendt, geb. 11.12.2013,
der seit dem Silvesterabend 2025/26 in Ihrer Klinik behandelt wird. Die
Schweigepflichtentbindung der Eltern für Ihre Klinik haben wir Ihnen am
14.04. per Post geschickt.

Nach den uns vorliegenden Unterlagen erlitt Niklas durch einen
Feuerwerkskörper („Böller"), der nicht gezündet hatte und beim Aufheben
explodierte, eine Verletzung des rechten Auges mit Hornhautverbrennung,
Vorderkammerblutung und traumatischer Katarakt. Am 05.01.2026 erfolgte eine
Linsenentfernung mit Kunstlinsenimplantation.

Für die Bemessung der Invalidität bitten wir um einen kurzen Befundbericht zu
folgenden Fragen:

  1. Wie hoch ist der bestkorrigierte Visus rechts und links aktuell?
  2. Besteht eine Gesichtsfeldeinschränkung?
  3. Ist ein Dauerzustand erreicht, oder sind weitere Eingriffe
     (z. B. Hornhauttransplantation) geplant?
  4. Gab es vor dem Unfall eine Sehschwäche am rechten Auge (Brille,
     Amblyopie)?

Ihren Aufwand vergüten wir nach GOÄ Nr. 75 bzw. 80; bitte senden Sie die
Rechnung an uns. Rückantwort gern über unser SecureMail-Portal; die
Zugangsdaten haben Sie bereits aus dem Fall von 2024.

Mit freundlichen Grüßen

""" + sig("tobias")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
                "request to eye clinic about a named child's firework eye injury, cataract surgery, visual acuity",
                TOBIAS, [("Dr. med. Derya Yüksel", "sekretariat@augenklinik-fulda.example")],
                "Niklas Behrendt, geb. 11.12.2013 – Anfrage Befundbericht (KU-2026-00023)",
                D(2026, 4, 16, 11, 47), T(body))


def m069():
    body = """Sehr geehrte Frau Marx,

gern bestätigen wir den Versicherungsschutz für das Sommerfest des
Kleingärtnervereins „Am Fuldaufer" e.V.:

  Veranstaltung:   Sommerfest mit Kinderflohmarkt und Hüpfburg
  Datum:           Samstag, 27.06.2026, 14:00–23:00 Uhr
  Ort:             Vereinsgelände, Fuldauferweg 2, 34125 Kassel
  Erwartete Gäste: ca. 250
  Vertrag:         Veranstalterhaftpflicht VH-7765-0088 (Einzelveranstaltung)
  Versicherungssumme: 5 Mio. EUR pauschal für Personen- und Sachschäden
  Beitrag:         68,00 EUR inkl. Versicherungsteuer, zahlbar bis 15.06.

Verantwortliche Person laut Anmeldung: Sie als 2. Vorsitzende, erreichbar
am Festtag unter 0172 5533 018.

Bitte beachten Sie: Die Hüpfburg ist nur mitversichert, wenn sie von einem
gewerblichen Verleiher inklusive Aufsichtsperson gestellt wird (so haben Sie es
angegeben). Für das Grillen gilt: Feuerlöscher bereitstellen.

Den Beitrag überweisen Sie bitte mit dem Verwendungszweck VH-7765-0088.

Wir wünschen Ihnen ein schönes Fest!

Mit freundlichen Grüßen

""" + sig("mehmet")
    return mail("CONFIDENTIAL", "de", "insurer-to-club",
                "event liability confirmation naming the club's vice-chair with mobile number, contract number",
                MEHMET, [("Sabine Marx", "s.marx@kgv-fuldaufer.example")],
                "Bestätigung Veranstalterhaftpflicht Sommerfest 27.06.", D(2026, 5, 29, 10, 10), T(body))


def m070():
    body = """Sehr geehrte Frau Kurz,

vielen Dank für Ihre Unfallmeldung. Es tut uns leid, dass Jonas sich auf dem
Schulweg verletzt hat – wir wünschen ihm gute Besserung!

Wir haben den Unfall wie folgt erfasst:

  Versicherte Person:  Jonas Kurz (8 Jahre)
  Vertrag:             AuerKind, UK-4465-2287-02
  Schaden-Nr.:         KU-2026-00391
  Unfall:              08.01.2026, ca. 7:45 Uhr, Sturz mit dem Fahrrad auf
                       glattem Radweg (Schulweg)
  Verletzung:          Schlüsselbeinbruch links (S42.0), Rucksackverband,
                       keine Operation

Da der Unfall auf dem Schulweg passiert ist, ist vorrangig die Unfallkasse
Hessen zuständig (Heilbehandlung). Unsere Leistungen gibt es zusätzlich:

  • Gipsgeld/Verbandsgeld: 50 EUR – zahlen wir, sobald uns der Bericht des
    Kinderarztes vorliegt
  • Invaliditätsleistung: nur, wenn eine dauerhafte Beeinträchtigung bleibt;
    bei Schlüsselbeinbrüchen im Kindesalter ist das selten

Bitte senden Sie uns den Arztbericht der Kinderarztpraxis Dr. Meißner (Kopie
genügt) über das Kundenportal oder per Post.

Mit freundlichen Grüßen

""" + sig("jana")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "claim acknowledgement: named 8-year-old's clavicle fracture S42.0 on the way to school, policy/claim",
                JANA, [("Sabine Kurz", "sabine.kurz@posteo-mail.example")],
                "Unfall von Jonas am 08.01. – Schaden KU-2026-00391", D(2026, 1, 9, 15, 22), T(body),
                in_reply_to="<000b01dc80a1$5e2f1c40$1a8d54c0@posteo-mail.example>")


def m071():
    body = """Liebe Kolleginnen und Kollegen,

wie angekündigt zieht die Leistungsabteilung Unfall vom 2. OG in das
frisch renovierte 3. OG (Flügel B).

  Freitag, 20.03.:   Packen ab 12 Uhr, Umzugskisten stehen ab Mittwoch
                     im Flur bereit (max. 8 pro Person)
  Samstag, 21.03.:   Umzugsfirma
  Montag, 23.03.:    Arbeitsbeginn in den neuen Räumen

Wichtig:
- Akten mit Arztberichten, Gutachten usw. NICHT in offene Kisten packen,
  sondern in die verplombten Aktenwagen (Herr Keller bringt sie am Freitag).
  Das gilt auch für die Post-it-Notizen am Monitor...
- Telefonnummern bleiben gleich.
- Der Besprechungsraum „Eder" heißt im 3. OG „Diemel".
- Der Aktenvernichter-Container zieht mit, der Schlüssel liegt bei Katrin.

Kaffee und Brezeln am Montag um 9 Uhr in der neuen Teeküche!

Viele Grüße
Katrin

""" + sig("elsner")
    return mail("NORMAL", "de", "internal",
                "trap: office move note mentioning medical report files, no person or case",
                ELSNER, [TEAM_UNFALL], "Umzug ins 3. OG am 20./21.03.", D(2026, 3, 11, 16, 0), T(body))


def m072():
    body = """Hi everyone,

this year's data protection quiz is online in the learning portal (deadline
30 June). As a warm-up, here are three sample questions with answers - they are
NOT real cases, all names are invented.

Q1. A mother calls and asks whether the school has already sent us the
    accident report for her son. You can see the report in the system. May you
    confirm it on the phone?
    -> Only after verifying that the caller is the policyholder or legal
       guardian (security questions). Then yes.

Q2. A sports club asks by e-mail for a list of all members who had an accident
    in 2025, "for our safety statistics". What do you do?
    -> No names. You may send aggregated numbers by sport, with small groups
       (fewer than 5) merged.

Q3. Which of these are "health data" under Art. 9 GDPR?
    a) "Tim has broken his arm"       b) "Tim is insured with us"
    c) "Tim needs new glasses after the accident"   d) Tim's IBAN
    -> a) and c). b) and d) are personal data, but not health data - still
       confidential.

Good luck!
Felix

""" + sig("dsb", "en")
    return mail("NORMAL", "en", "internal",
                "trap: GDPR quiz about health data with invented example names, no real person",
                DSB, [("All staff", "alle@" + DOM)], "Data protection quiz 2026 - sample questions",
                D(2026, 5, 4, 8, 30), T(body))


def m073():
    body = """Hallo zusammen,

nach der Frage aus dem Vermittlertreffen hier nochmal kompakt die Gliedertaxe
aus unseren Kinder-Unfalltarifen (AUB-K 2024). Gilt bei Verlust oder völliger
Funktionsunfähigkeit; bei teilweiser Beeinträchtigung der entsprechende Teil.

  Arm                                  70 %
  Arm bis oberhalb des Ellenbogens     65 %   (AuerKind Plus: 70 %)
  Hand                                 55 %   (AuerKind Plus: 60 %)
  Daumen                               20 %   (AuerKind Plus: 22 %)
  Zeigefinger                          10 %
  anderer Finger                        5 %
  Bein über der Mitte des Oberschenkels 70 %
  Fuß                                  40 %
  große Zehe                            5 %
  Auge                                 50 %
  Gehör auf einem Ohr                  30 %
  Geruchssinn / Geschmackssinn         10 % / 5 %

Rechenbeispiel für die Beratung (fiktiv): Grundsumme 100.000 EUR, Progression
350 %, Verlust des Auges = 50 % Invalidität → mit Progression 200 % der
Grundsumme = 200.000 EUR.

Bitte nutzen Sie in Kundengesprächen immer das Produktinformationsblatt, da
steht die verbindliche Fassung.

Viele Grüße
Benedikt Rauh

""" + sig("rauh")
    return mail("NORMAL", "de", "insurer-to-broker",
                "trap: disability scale (Gliedertaxe) and fictitious calculation example for brokers",
                RAUH, [("Vermittler Nordhessen", "vermittler-nordhessen@verteiler.auerhahn-versicherung.example")],
                "Gliedertaxe Kindertarife – Übersicht für die Beratung", D(2026, 4, 28, 13, 15), T(body))


def m074():
    body = """Ticket INC-2026-044718  |  Priority: 2 - High  |  Status: In progress
Service: Customer portal / document upload
Reported by: Oliver Quast (Claims IT)
Assigned to: Portal Operations (external, Lisbon)

Description
-----------
Since the release on 10 Feb, uploads of PDF files larger than 8 MB via the
customer portal ("Submit medical report / Arztbericht einreichen") fail with
HTTP 413. Affected are mainly scans of hospital discharge letters and dental
X-rays, which are often 10-25 MB.

Customers get the generic error "Upload failed, please try again" and call
the hotline (approx. 40 calls/day in Accident Claims).

Expected: limit of 30 MB as before the release.

Notes
-----
- Reproduced in PROD with a test document (blank PDF padded to 12 MB), account
  TEST-PORTAL-07. No customer documents attached to this ticket - please do
  not request real customer files for analysis.
- The reverse proxy config (client_max_body_size) looks like it was reset.

Workaround communicated to the hotline: customers may send documents by post or
split the PDF.

Oliver

""" + sig("quast", "en", ascii=True)
    return mail("NORMAL", "en", "internal",
                "trap: IT ticket about failing uploads of medical reports, test account only, no person",
                QUAST, [("Portal Operations", "portal-ops@it-service-lisboa.example")],
                "INC-2026-044718 Upload of medical reports >8 MB fails (HTTP 413)",
                D(2026, 2, 12, 10, 2), T(body, charset="us-ascii", cte="7bit"), cc=[ELSNER])


def m075():
    body = """Guten Tag,

in Ihrem persönlichen Postfach im Auerhahn-Kundenportal liegt eine neue
Nachricht für Sie.

Aus Datenschutzgründen enthält diese E-Mail keine Inhalte. Bitte melden Sie
sich mit Ihrer Kundennummer und Ihrem Passwort an:

  https://portal.auerhahn-versicherung.example

Haben Sie Ihr Passwort vergessen? Dann nutzen Sie bitte die Funktion
"Passwort vergessen" auf der Anmeldeseite.

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden
nicht gelesen.

Ihre Auerhahn Versicherung
"""
    return mail("NORMAL", "de", "insurer-to-customer",
                "trap: portal notification without any content or name",
                NOREPLY, [("", "kundin-8841@web-post.example")], "Neue Nachricht in Ihrem Kundenportal",
                D(2026, 3, 6, 18, 44), T(body, charset="iso-8859-1", cte="quoted-printable"),
                headers=[("Auto-Submitted", "auto-generated")])


def m076():
    body = """Hallo Katrin,

zur Gehaltsrunde: Die Geschäftsleitung hat deinem Vorschlag für Jana
Wiedemeyer zugestimmt.

  bisher:  Tarifgruppe VI, 6. Berufsjahr, 4.312 EUR brutto/Monat
           + außertarifliche Zulage 150 EUR
  neu ab 01.04.2026:
           Tarifgruppe VII, 4.746 EUR brutto/Monat
           + außertarifliche Zulage 200 EUR (Fachverantwortung Zahnunfälle)

Die Änderungsvereinbarung geht Jana nächste Woche per Hauspost zu. Bitte sag
ihr vorher noch nichts Konkretes zu den Beträgen, das Gespräch führst du ja am
Donnerstag.

Bitte die Mail nicht weiterleiten.

Viele Grüße
Annika

""" + sig("vogt")
    return mail("CONFIDENTIAL", "de", "internal",
                "named employee's salary and pay grade (income data), no health data",
                VOGT, [ELSNER], "Gehaltsanpassung J. Wiedemeyer zum 01.04.", D(2026, 3, 19, 17, 51), T(body),
                headers=[("Sensitivity", "Personal")])


def m077():
    body = """Liebe Frau Sommer,

vielen Dank, die Unterlagen sind vollständig angekommen. Wir melden uns, sobald
die Prüfung abgeschlossen ist – das dauert in der Regel zwei bis drei Wochen.

Viele Grüße
Jana Wiedemeyer

Am 03.03.2026 um 22:14 schrieb Anja Sommer:
> Hallo Frau Wiedemeyer,
>
> anbei wie gewünscht die Unterlagen zu Mats. Kurz zum Stand: die Platzwunde
> am Kinn ist gut verheilt, aber er hat seit dem Sturz von der Kletterwand
> immer wieder Kopfschmerzen und ist in der Schule unkonzentriert. Der
> Kinderarzt hat ein MRT machen lassen, das war zum Glück unauffällig. Jetzt
> geht er zur Ergotherapie (2x pro Woche) und der Neurologe meint, es könnte
> ein postkommotionelles Syndrom sein.
>
> Zahlt die Versicherung auch die Ergotherapie? Die Krankenkasse übernimmt
> nur 10 Termine.
>
> Viele Grüße
> Anja Sommer
> (Vertrag UK-4467-9930-01)

""" + sig("jana")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "harmless reply; quoted mother's mail holds child's head injury, MRI, occupational therapy, suspected syndrome",
                JANA, [("Anja Sommer", "anja.sommer@freepost-mail.example")],
                "AW: Unterlagen Mats – Kletterunfall", D(2026, 3, 4, 8, 9), T(body),
                in_reply_to="<7c1e2f40-5512-11f0@freepost-mail.example>")


def m078():
    rows = [["Tarif", "Zielgruppe", "Invalidität Grundsumme EUR", "Progression", "Todesfall EUR",
             "Beitrag je Person/Jahr EUR", "Mindestbeitrag Vertrag EUR"],
            ["AuerVerein Basis", "Mitglieder alle Altersgruppen", 25000, "225 %", 2500, 2.40, 150],
            ["AuerVerein Komfort", "Mitglieder alle Altersgruppen", 50000, "350 %", 5000, 3.10, 200],
            ["AuerVerein Übungsleiter", "Trainer/Betreuer", 100000, "350 %", 10000, 9.80, 0],
            ["AuerSchule", "Schülerinnen und Schüler", 30000, "225 %", 2000, 4.80, 300],
            ["AuerKita", "Kinder in Kitas (je Platz)", 30000, "350 %", 2000, 6.80, 250],
            ["AuerKita Wald", "Wald- und Naturgruppen (je Platz)", 30000, "350 %", 2000, 8.20, 250],
            ["Zusatz Reise", "Klassen- und Vereinsfahrten, je Teilnehmer/Tag", "", "", "", 0.45, 25],
            ["Hinweis", "Beiträge inkl. 19 % Versicherungsteuer, gültig ab 01.04.2026", "", "", "", "", ""]]
    xlsx = make_xlsx([("Beiträge Gruppen 2026", rows)], title="Beitragstabelle Gruppenverträge 2026",
                     creator="Benedikt Rauh")
    body = """Hallo zusammen,

anbei die neue Beitragstabelle für Gruppen-Unfallverträge (Vereine, Schulen,
Kitas) ab 01.04.2026 zum Einbau in Ihre Vergleichsrechner. Die Anpassung bei
AuerVerein Komfort (von 2,85 auf 3,10 EUR) gilt für Bestandsverträge zur
nächsten Hauptfälligkeit.

Grüße
Benedikt Rauh

""" + sig("rauh")
    return mail("NORMAL", "de", "insurer-to-broker",
                "trap: premium table for group accident contracts (XLSX), product data only",
                RAUH, [("Vermittler Nordhessen", "vermittler-nordhessen@verteiler.auerhahn-versicherung.example")],
                "Beitragstabelle Gruppen-Unfall ab 01.04.2026", D(2026, 3, 2, 16, 10), T(body),
                attachments=[A("Beitragstabelle_Gruppen_Unfall_2026.xlsx",
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)])


def m079():
    body = """Dear Mrs Vogler,

thank you for registering your au pair with us. We have added her to your
family liability insurance as an additional insured person:

  Policy:            PH-7733-1402 (policyholders: Mr and Mrs Vogler)
  Au pair:           Ms Camila Restrepo Gómez
  Date of birth:     17 November 2005
  Nationality:       Colombian
  Stay:              1 April 2026 - 31 March 2027
  Address in Germany: c/o Vogler, Brüder-Grimm-Straße 22, 34246 Vellmar

The au pair is covered for damage she causes to third parties in Germany and
on trips in the EU - including damage to your own household items up to
EUR 1,500 (deductible EUR 150), as agreed.

Not covered are damage to the family car (please check your motor insurance)
and loss of keys to the au pair agency's property.

There is no additional premium for the first au pair in the household.

Kind regards

""" + sig("ronja", "en")
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
                "au pair added to liability policy: name, birth date, nationality, address, policy number",
                RONJA, [("Katja Vogler", "katja.vogler@netzpost.example")],
                "Au pair added to your liability insurance PH-7733-1402", D(2026, 3, 26, 11, 11), T(body))


def m080():
    konto = iban("DE", "52060410" + "0007730158")
    html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Mr Patel,</p>
<p>please find below your premium invoice for the family legal expenses insurance.</p>
<table border="0" cellpadding="4" style="border:1px solid #999;border-collapse:collapse">
<tr><td><b>Policyholder</b></td><td>Mr Rohan Patel, Goethestraße 71, 34119 Kassel</td></tr>
<tr><td><b>Policy</b></td><td>Family legal expenses RS-7747-0630 (private, work, traffic, tenancy)</td></tr>
<tr><td><b>Period</b></td><td>01/05/2026 &ndash; 30/04/2027</td></tr>
<tr><td><b>Annual premium</b></td><td>EUR 342.60 incl. 19&nbsp;% insurance tax</td></tr>
<tr><td><b>Payment</b></td><td>Direct debit on 02/05/2026 from IBAN """ + konto + """</td></tr>
<tr><td><b>Mandate reference</b></td><td>AH-MND-7747-0630-01</td></tr>
</table>
<p>You do not need to do anything. If the account details are no longer correct, please let us know by 25 April.</p>
<p>Kind regards<br>Claudia Pfeffer<br>Premium Accounting</p>
<p style="font-size:8pt;color:#777">Auerhahn Versicherung AG &middot; Am Hahnenkamp 7 &middot; 34131 Kassel &middot; Germany</p>
</body></html>"""
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
                "HTML-only premium invoice with named policyholder, address, full IBAN and legal expenses policy",
                PFEFFER, [("Rohan Patel", "rohan.patel@inboxnet.example")],
                "Premium invoice legal expenses insurance RS-7747-0630", D(2026, 4, 10, 7, 15),
                H(html, charset="utf-8", cte="base64"))


def m081():
    body = """Hi Mr Okoye,

good news - your application for the rent deposit guarantee has been approved.

  Guarantee no.      MK-7790-0415
  Tenant             Mr Chinedu Okoye, student (M.Sc. Electrical Engineering)
  Flat               Moritzstraße 18, 2nd floor left, 34127 Kassel
  Landlord           Wohnbau Nordstadt GmbH
  Deposit amount     EUR 1,170.00 (3 x net rent of EUR 390)
  Annual fee         EUR 58.50 (5 % of the deposit), first payment 1 April

We will send the original guarantee certificate by post to your landlord
within three working days; you will receive a copy. Please do not transfer a
cash deposit to the landlord as well.

As discussed, we did not need your parents' income documents because your
scholarship of EUR 934 per month plus your student job (EUR 520) was sufficient.

Best regards

""" + sig("ronja", "en")
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
                "named student's rent deposit guarantee with address, scholarship and job income",
                RONJA, [("Chinedu Okoye", "chinedu.okoye@stud.uni-nordhessen.example")],
                "Your rent deposit guarantee MK-7790-0415", D(2026, 3, 20, 14, 4), T(body, cte="8bit"))


def m082():
    konto = iban("DE", "52040021" + "0332109876")
    pdf = make_pdf("""# Auerhahn Versicherung AG
Leistung Unfall · Am Hahnenkamp 7 · 34131 Kassel

Familie Michael und Tanja Graf
Hainbuchenweg 9
34277 Fuldabrück                                         Kassel, 14.04.2026

## Unfallversicherung UK-4463-5120-01 – Unfall von Leon Graf am 22.08.2024
## Schaden-Nr. KU-2024-06677 – Abrechnung der Invaliditätsleistung

Sehr geehrte Frau Graf, sehr geehrter Herr Graf,

nach Abschluss der Behandlung und dem Gutachten von Prof. Dr. Lanz vom 02.03.2026
steht fest, dass bei Leon nach der Ellenbogenluxation mit Abriss des Epicondylus
ulnaris links (S53.1, S42.43) eine dauerhafte Bewegungseinschränkung des linken
Ellenbogens verbleibt (Streckdefizit 25 Grad, Beugung bis 115 Grad).

Bemessung nach der Gliedertaxe:
  Armwert 70 %, Beeinträchtigung 3/10 Armwert          = 21,0 % Invalidität
  Grundsumme                                            100.000,00 EUR
  Progression 350 %: 21 % entspricht einer Leistung von 21 %  (bis 25 % linear)
  Invaliditätsleistung                                   21.000,00 EUR
  bereits gezahlte Vorschüsse (11/2025)                  -5.000,00 EUR
  Auszahlung                                             16.000,00 EUR

Die Auszahlung erfolgt auf das Konto """ + konto + """
(Kontoinhaber: Tanja Graf) mit Wertstellung 16.04.2026.

Nach Ziffer 9.4 AUB können Sie und wir den Grad der Invalidität jährlich, längstens
bis zu fünf Jahre nach dem Unfall, erneut ärztlich bemessen lassen. Bei Kindern
empfehlen wir eine Nachuntersuchung nach Abschluss des Wachstums.

Mit freundlichen Grüßen
Jana Wiedemeyer
""", title="Abrechnung KU-2024-06677", created="20260414091000+02'00'")
    body = """Sehr geehrte Frau Graf, sehr geehrter Herr Graf,

anbei erhalten Sie unser Schreiben vom heutigen Tag vorab per E-Mail. Das
Original geht Ihnen zusätzlich per Post zu.

Mit freundlichen Grüßen

""" + sig("jana")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "body harmless; PDF letter holds child's elbow dislocation, invalidity 21 %, benefit and parents' IBAN",
                JANA, [("Tanja Graf", "tanja.graf@web-post.example")], "Unser Schreiben vom 14.04.2026",
                D(2026, 4, 14, 9, 24), T(body),
                attachments=[A("Schreiben_2026-04-14.pdf", "application/pdf", pdf)])


def m083():
    body = """Sehr geehrte Frau Reuß,

Ihre Tochter Alina wird am 30.06.2026 volljährig (geb. 30.06.2008) –
herzlichen Glückwunsch schon einmal!

Ihre Kinder-Unfallversicherung AuerKind (UK-4460-8854-01) endet mit dem
Ablauf des Versicherungsjahres, in dem Alina 18 wird. Damit sie ohne Lücke
weiter versichert ist, stellen wir den Vertrag zum 01.10.2026 automatisch auf
unseren Erwachsenentarif AuerAktiv um:

                          bisher (AuerKind)     ab 01.10.2026 (AuerAktiv)
  Invalidität Grundsumme  100.000 EUR           100.000 EUR
  Progression             350 %                 350 %
  Unfallrente             –                     ab 50 % Invalidität 500 EUR
  Beitrag monatlich       8,90 EUR              12,40 EUR

Eine neue Gesundheitsprüfung ist nicht erforderlich.

Wenn Alina den Vertrag selbst übernehmen möchte (als Versicherungsnehmerin),
schicken Sie uns bitte das beigefügte Formular „Vertragsübernahme" ausgefüllt
zurück – dann bucht der Beitrag künftig von ihrem eigenen Konto ab. Wenn Sie
die Umstellung nicht wünschen, können Sie bis 31.08.2026 widersprechen.

Mit freundlichen Grüßen

""" + sig("pfeffer")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "named daughter's accident policy converted at age 18, birth date and premiums; personal line, no medical word",
                PFEFFER, [("Martina Reuß", "martina.reuss@mailhaus.example")],
                "Alina wird volljährig – Umstellung Ihrer Unfallversicherung", D(2026, 5, 18, 10, 0), T(body))


def m084():
    body = """Guten Tag Frau Brinkmann,

wie telefonisch vorbesprochen bestellen wir für unsere Schulanfänger-Aktion
„Sicher zur Schule":

  3.000 Kinder-Sicherheitswesten, EN 1150, Farbe neongelb,
        Größe 6–9 Jahre, Rückendruck „Auerhahn – sicher zur Schule"
        à 2,95 EUR netto                                 8.850,00 EUR
  Druckkosten/Sieb (einmalig)                             240,00 EUR
  Verpackung in 150 Kartons à 20 Stück                     inklusive

  Bestellnummer: 4500371266
  Lieferung: bis 15.07.2026 an unser Lager, Am Hahnenkamp 7, Tor 3

Die Westen werden über Grundschulen an die Erstklässler verteilt. Bitte legen
Sie der Lieferung die Konformitätserklärung (EN 1150) bei – das will der
Schulträger sehen.

Mit freundlichen Grüßen

""" + sig("hohlweg")
    return mail("NORMAL", "de", "insurer-to-supplier",
                "trap: purchase order for safety vests for first-graders, no person",
                HOHLWEG, [("Petra Brinkmann", "auftrag@werbetextil-brinkmann.example")],
                "Bestellung 4500371266 – Sicherheitswesten Schulanfänger", D(2026, 5, 6, 14, 22), T(body))


def m085():
    body = """Hallo ihr Lieben aus dem Social-Media-Team,

nach dem Post einer Mutter letzte Woche („Versicherung zahlt nicht für den
abgebrochenen Zahn meiner Tochter!!") hier die abgestimmten Antwortbausteine.
Grundregel: NIE öffentlich auf einen konkreten Fall eingehen, auch wenn die
Person selbst Details gepostet hat – nicht bestätigen, dass jemand Kunde ist.

Baustein A (Beschwerde über Leistung):
  „Hallo [Vorname], das tut uns leid zu lesen. Zu einzelnen Verträgen und
  Schadenfällen können wir uns hier aus Datenschutzgründen nicht äußern.
  Schreiben Sie uns gern eine Direktnachricht mit Ihrer Telefonnummer, dann
  ruft Sie jemand aus der Fachabteilung zurück."

Baustein B (allgemeine Frage „Zahlt ihr Zahnunfälle?"):
  „Hallo [Vorname], in unseren Kinder-Unfalltarifen ist Zahnersatz nach einem
  Unfall mitversichert, im Tarif AuerKind Plus bis 10.000 €. Details findest du
  hier: [Link Produktseite]"

Baustein C (jemand postet Arztbrief/Foto einer Verletzung):
  Beitrag NICHT kommentieren, Screenshot NICHT speichern, Person per
  Direktnachricht bitten, den Post zu löschen und uns über das Kundenportal zu
  schreiben. Info an Datenschutz (Felix).

Viele Grüße
Hannah

""" + sig("lueders")
    return mail("NORMAL", "de", "internal",
                "trap: social media reply templates about dental claims with placeholders, no identifiable person",
                LUEDERS, [("Social Media Team", "socialmedia@" + DOM)], "Antwortbausteine Social Media: Leistungsbeschwerden",
                D(2026, 4, 24, 15, 37), T(body), cc=[DSB])


def m086():
    body = """Sehr geehrter Herr Emde,

vielen Dank für die Schadenanzeige zu Ihrem Schulbus.

  Versicherungsnehmer:  Reisedienst Emde GmbH, Hessisch Lichtenau
  Vertrag:              Kfz-Flotte KF-7770-0031, Fahrzeug ESW-RE 212
                        (Setra-Bus, 49 Sitzplätze)
  Schaden-Nr.:          KS-2026-00418
  Fahrer:               Herr Wilfried Sander
  Schadentag:           27.01.2026, 7:52 Uhr, Schulstraße 4, Großalmerode,
                        Wendeschleife vor der Gesamtschule

Beim Wenden hat das Heck des Busses den dort geparkten Pkw (Kennzeichen
WIZ-HK 77, Halterin Frau Helga Krämer) am linken Kotflügel gestreift. Im Bus
saßen 31 Schülerinnen und Schüler; verletzt wurde niemand, auch nicht in dem
geparkten Fahrzeug (es war leer).

Die Haftung ist eindeutig; wir regulieren den Schaden von Frau Krämer direkt
aus der Kfz-Haftpflicht. Ihr eigener Busschaden (Kratzer Heckschürze) liegt
unter der Selbstbeteiligung der Vollkasko von 1.000 EUR – wollen Sie ihn
trotzdem melden?

Bitte lassen Sie uns noch die Fahrerlaubnis-Kopie von Herrn Sander (Klasse D)
zukommen, das gehört bei Personenbeförderung zu unseren Standardunterlagen.

Mit freundlichen Grüßen

""" + sig("sven")
    return mail("CONFIDENTIAL", "de", "insurer-to-company",
                "school bus motor claim naming the driver and the other car's keeper with plates; nobody hurt",
                SVEN, [("Volker Emde", "disposition@reisedienst-emde.example")],
                "Schaden KS-2026-00418 – Schulbus ESW-RE 212", D(2026, 1, 30, 11, 6), T(body))


def m087():
    rows = [["Schaden-Nr.", "Kind", "Geb.-Jahr", "Unfalltag", "Verletzung (Kurz)", "ICD", "Wiedervorlage",
             "Offene Frage"],
            ["KU-2024-09918", "Sophie Albrecht", 2010, "14.09.2024", "Patellaluxation, osteochondr. Fraktur re.",
             "S83.0", "05/2026", "Gutachten Voss liegt vor – Bemessung"],
            ["KU-2025-03317", "Ole Jacobsen", 2017, "02.04.2025", "Radiusköpfchenfraktur li.", "S52.1",
             "06/2026", "Beweglichkeit Unterarm – Nachbericht"],
            ["KU-2025-05562", "Lotta Kersting", 2016, "21.06.2025", "Hundebiss Unterarm li., PTBS",
             "S51.8 / F43.1", "06/2026", "Anwalt – Psyche ausgeschlossen, Narbe?"],
            ["KU-2025-07710", "Elias Brandt", 2015, "01.11.2025", "Übergangsfraktur dist. Tibia li., Fuge",
             "S82.38", "04/2026", "Wachstumsstörung? Gutachten beauftragt"],
            ["KU-2025-08831", "Mia Korte", 2019, "10/2025", "Teilverlust Endglied Daumen re.", "S68.0",
             "erl.", "10 % – Brief raus"],
            ["KU-2025-09140", "Can Aksoy", 2012, "30.11.2025", "Zahn 11/21 Kronen-Wurzel-Fraktur",
             "S02.5", "07/2026", "Implantat erst nach Wachstumsende – Rückstellung"]]
    xlsx = make_xlsx([("WV Invalidität", rows)], title="Wiedervorlage Invalidität Kinder",
                     creator="Katrin Elsner")
    body = """Hi Ulrike,

anbei die Liste für unsere Runde am Mittwoch.

Gruß Katrin
"""
    return mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "body harmless; XLSX lists named children with injuries and ICD codes for invalidity follow-up",
                ELSNER, [SANDMANN], "Liste für Mittwoch", D(2026, 4, 27, 17, 58), T(body),
                attachments=[A("WV_Invaliditaet_Kinder_KW18.xlsx",
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)])


def m088():
    rows = [["Complaint category", "Q1/2025", "Q2/2025", "Q3/2025", "Q4/2025", "Q1/2026", "Trend"],
            ["Processing time accident claims", 41, 38, 44, 35, 29, "down"],
            ["Disability assessment disputed", 22, 19, 25, 27, 24, "flat"],
            ["Dental benefit refused/reduced", 17, 14, 12, 18, 11, "down"],
            ["Requests for medical reports (too many/unclear)", 9, 12, 15, 11, 8, "down"],
            ["Premium increase group contracts (clubs)", 3, 2, 1, 2, 14, "up (tariff adjustment)"],
            ["Portal / secure mail access", 6, 8, 5, 7, 10, "up"],
            ["Other", 12, 10, 9, 13, 11, "flat"],
            ["Total", 110, 103, 111, 113, 107, ""],
            ["Ombudsman cases (included above)", 4, 3, 5, 4, 3, ""]]
    xlsx = make_xlsx([("Complaints accident", rows)], title="Complaints KPI Accident Q1 2026",
                     creator="Katrin Elsner")
    body = """Hi Marek,

for the group reporting pack: complaint KPIs for the accident line, Q1/2025 to
Q1/2026, attached. Counts only, no case references. The spike in club premium
complaints is the April tariff adjustment - expected and explained in the
commentary.

Cheers,
Katrin

""" + sig("elsner", "en")
    return mail("NORMAL", "en", "internal",
                "trap: complaint KPI counts for the accident line (XLSX), aggregates only",
                ELSNER, [ZIEGLER], "Complaint KPIs accident line for group reporting pack", D(2026, 4, 13, 12, 26),
                T(body), attachments=[A("Complaints_KPI_Accident_Q1-2026.xlsx",
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)])


def m089():
    js = """{
  "_comment": "Example request for POST /v2/school-accident-reports - TEST DATA ONLY, fictitious child",
  "schoolId": "TEST-SCHOOL-0001",
  "contractNumber": "GS-TEST-000000",
  "reportedBy": {"role": "SCHOOL_OFFICE", "name": "Test Secretary", "email": "office@test-school.example"},
  "pupil": {
    "lastName": "Doe",
    "firstName": "Jane",
    "dateOfBirth": "2015-01-01",
    "class": "4a",
    "isTestRecord": true
  },
  "accident": {
    "date": "2026-01-01",
    "time": "10:15",
    "place": "SCHOOLYARD",
    "description": "TEST: fell from climbing frame",
    "injury": {"bodyPart": "FOREARM_LEFT", "icd10": "S52.5", "text": "TEST distal radius fracture"},
    "firstTreatment": "TEST Hospital",
    "witnesses": []
  },
  "attachments": []
}
"""
    body = """Dear Mr Lindgren,

as discussed in our call, here is the interface description for accident reports
from your school administration software "SchoolDesk" to our claims system.

Endpoint (test):   https://api-test.auerhahn-versicherung.example/v2/school-accident-reports
Authentication:    mutual TLS (client certificate per school) + OAuth2 client credentials
Format:            JSON, UTF-8, schema v2.3 (see attached example)

Important points:
1. The test environment accepts ONLY records with "isTestRecord": true. Please
   use the fictitious pupil "Jane Doe" from the example or your own obviously
   fake data - never real pupils, not even "just once" for a demo.
2. In production, the field "injury.text" is optional. Schools usually do not
   know the diagnosis; parents add it later via our portal.
3. Max. attachment size 20 MB, PDF/JPEG only.

Test client certificates follow separately via our secure file exchange.

Best regards,

""" + sig("quast", "en", ascii=True)
    return mail("NORMAL", "en", "insurer-to-partner",
                "trap: API docs with a fictitious test pupil 'Jane Doe' and a test diagnosis code in JSON",
                QUAST, [("Henrik Lindgren", "h.lindgren@schooldesk-software.example")],
                "Interface spec: accident reports from SchoolDesk (test environment)", D(2026, 2, 2, 11, 48),
                T(body, charset="us-ascii", cte="7bit"),
                attachments=[A("example_school_accident_report_v2.3.json", "application/json", js.encode("utf-8"))])


def m090():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;font-family:Arial,sans-serif;font-size:14px">
<table width="100%" cellpadding="16" style="background:#3b7d3b"><tr><td style="color:#fff;font-size:20px">Auerhahn Versicherung &ndash; Beitragsrechnung</td></tr></table>
<div style="padding:16px">
<p>Guten Tag Herr Lehmann,</p>
<p>hier Ihre Beitragsrechnung für das Versicherungsjahr 2026/27:</p>
<table cellpadding="6" style="border-collapse:collapse" border="1">
<tr style="background:#eee"><th align="left">Vertrag</th><th align="left">Sparte</th><th align="right">Jahresbeitrag</th></tr>
<tr><td>PH-7716-0907</td><td>Privathaftpflicht Familie</td><td align="right">96,40&nbsp;&euro;</td></tr>
<tr><td>HR-7716-0908</td><td>Hausrat inkl. Fahrrad 2.000&nbsp;&euro;</td><td align="right">188,20&nbsp;&euro;</td></tr>
<tr><td>GL-7716-0909</td><td>Glas</td><td align="right">34,80&nbsp;&euro;</td></tr>
<tr><td colspan="2"><b>Gesamt</b></td><td align="right"><b>319,40&nbsp;&euro;</b></td></tr>
</table>
<p>Versicherungsort: Tischbeinstraße 33, 34121 Kassel<br>
Abbuchung am 01.06.2026 von Ihrem Konto DE12&nbsp;****&nbsp;****&nbsp;****&nbsp;**26&nbsp;77 (Mandat AH-MND-7716-0907-01).</p>
<p>Ihre Auerhahn Versicherung</p>
</div></body></html>"""
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "HTML-only premium invoice: named customer, insured address, contract numbers, masked IBAN",
                SERVICE, [("Frank Lehmann", "frank.lehmann@inboxnet.example")],
                "Ihre Beitragsrechnung 2026/27", D(2026, 5, 2, 6, 30), H(html))


def m091():
    body = """Ihr Lieben,

wir haben es geschafft: Seit Einführung der digitalen Zahnakte im Oktober ist
gestern der 1.000. Zahnunfall komplett papierlos bearbeitet worden – vom
Heil- und Kostenplan bis zur Auszahlung! 🦷🎉

Das feiern wir mit einem Teamfrühstück:

  Freitag, 13.02., 9:00 Uhr, Teeküche 3. OG
  (Brötchen kommen von mir, Kaffee ist da, wer mag, bringt Obst mit)

Und nein, es gibt keine Zahnbürsten als Geschenk. 😉

Katrin
"""
    return mail("NORMAL", "de", "internal",
                "trap: team breakfast celebrating the 1000th dental claim, no case or person",
                ELSNER, [TEAM_UNFALL], "1.000 Zahnunfälle digital – Frühstück am Freitag!", D(2026, 2, 10, 9, 3),
                T(body, cte="8bit"))


def m092():
    body = """Dear Ms Rossi,

I'm sorry about the mess in your room! Here is where things stand.

Your household contents insurance (HR-7795-0036, student tariff) covers water
damage from a burst pipe or a leaking appliance. According to the caretaker of
the Studierendenwerk residence at Holländische Straße, the washing machine hose
in the flat above yours came loose on 5 May and water came through the ceiling
of your room (no. 214).

Claim number: SH-2026-02287

Damaged items from your list:
  - textbooks and lecture notes (approx. EUR 310)
  - mattress topper and bedding (EUR 145)
  - desk lamp and power strip (EUR 48)
Your laptop, as you wrote, survived.

Because the contents were in a student residence, we will pay the replacement
value in full - there is no deductible in the student tariff. Please send
us photos of the damaged items, if you still have them, and the caretaker's
damage report. The building itself (ceiling, walls) is the Studierendenwerk's
matter.

Kind regards

""" + sig("sven", "en")
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
                "named student's household water damage claim, room number, policy/claim number",
                SVEN, [("Chiara Rossi", "chiara.rossi@stud.uni-nordhessen.example")],
                "Water damage in your room - claim SH-2026-02287", D(2026, 5, 8, 13, 19), T(body))


def m093():
    body = """Sehr geehrte Frau Weidner, sehr geehrter Herr Weidner,

heute können wir Ihnen die abschließende Entscheidung über die Leistungen aus
der Kinder-Unfallversicherung Ihres Sohnes Paul mitteilen. Wir wissen, wie
schwer die vergangenen zwei Jahre für Ihre Familie waren, und möchten Ihnen die
Entscheidung deshalb ausführlich erläutern.

Vertrag:       AuerKind Plus, UK-4461-0275-01
Schaden-Nr.:   KU-2024-01928
Unfall:        11.03.2024, Paul wurde auf dem Schulweg beim Überqueren der
               Leipziger Straße von einem Pkw erfasst

1. Medizinische Grundlage

Grundlage ist das Gutachten von Prof. Dr. med. Helmut Lanz (Unfallchirurgie)
vom 19.02.2026 sowie das neurologische Zusatzgutachten von Dr. med. Anke
Freitag vom 04.02.2026. Danach bestehen bei Paul dauerhaft:

  a) nach Beckenringfraktur und Acetabulumfraktur rechts (S32.4, S32.8):
     Bewegungseinschränkung der rechten Hüfte, Beinlängendifferenz 1,5 cm;
  b) nach Schädigung des Nervus peroneus rechts (S84.1): Fußheberschwäche
     rechts (Kraftgrad 2/5), Versorgung mit Peroneus-Orthese;
  c) nach Schädel-Hirn-Trauma II. Grades: keine dauerhaften Folgen
     (neuropsychologische Testung unauffällig).

2. Bemessung der Invalidität

  Rechtes Bein (Gliedertaxe 70 %), Beeinträchtigung 7/10 Beinwert  = 49,0 %
  Hüfte/Becken außerhalb der Gliedertaxe                           =  8,0 %
  Gesamtinvalidität                                                = 57,0 %

3. Leistungen

  Invaliditätsleistung: Grundsumme 150.000 EUR, Progression 350 %.
  Bei 57 % Invalidität beträgt die Leistung nach der Progressionstabelle
  177 % der Grundsumme                                        = 265.500,00 EUR
  abzüglich Vorschüsse (08/2024 und 03/2025)                  -  40.000,00 EUR
  Auszahlung                                                    225.500,00 EUR

  Unfallrente: Da die Invalidität 50 % übersteigt, zahlen wir zusätzlich eine
  lebenslange monatliche Unfallrente von 500,00 EUR, rückwirkend ab
  01.03.2024 (Monat des Unfalls). Die Nachzahlung für 26 Monate beträgt
  13.000,00 EUR; ab Mai 2026 überweisen wir die Rente monatlich im Voraus.

4. Regress

Die Kfz-Haftpflichtversicherung des Unfallverursachers ist von unseren
Leistungen nicht betroffen; Ihre Ansprüche auf Schmerzensgeld bestehen
unabhängig davon. Ihre Rechtsanwältin erhält eine Kopie dieses Schreibens.

5. Nachprüfung

Da Paul erst 11 Jahre alt ist, kann sich der Zustand im Wachstum noch
verändern. Sie und wir können die Invalidität bis zum 11.03.2029 erneut
bemessen lassen. Wir werden Sie rechtzeitig vorher ansprechen.

Unser Reha-Manager, Herr Nowak, bleibt Ihr Ansprechpartner für Hilfsmittel,
Umbaumaßnahmen und die schulische Wiedereingliederung.

Mit freundlichen Grüßen

""" + sig("elsner")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "final decision letter: named child's pelvic fracture, nerve palsy, 57 % invalidity, lifelong accident pension",
                ELSNER, [("Familie Weidner", "weidner.familie@freepost-mail.example")],
                "Paul – abschließende Entscheidung Invalidität und Unfallrente (KU-2024-01928)",
                D(2026, 4, 8, 14, 0), T(body), cc=[NOWAK])


def m094():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Family Safety Letter</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Georgia,serif">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px;background:#3b7d3b;color:#fff;font-family:Arial"><span style="font-size:22px">Family Safety Letter</span><br>
<span style="font-size:12px">Auerhahn Versicherung &middot; September 2026 edition (pre-release)</span></td></tr>
<tr><td style="padding:20px">
<h1 style="font-size:22px">Back to school, back to sport: what parents should know about teenage sports injuries</h1>
<p>With the new school year, training starts again in clubs and school teams. Among the 12- to 17-year-olds we insure,
sport is now the most common cause of accidents &ndash; ahead of bicycles.</p>
<h2 style="font-size:17px">The top 5 sports injuries in our child portfolio (2025)</h2>
<ol>
<li><b>Ankle sprains</b> &ndash; mostly football, handball and basketball</li>
<li><b>Finger injuries</b> &ndash; volleyball and ball games (&ldquo;jammed finger&rdquo;)</li>
<li><b>Knee injuries</b> incl. cruciate ligament tears, rising among girls&rsquo; football</li>
<li><b>Concussions</b> &ndash; if in doubt, sit it out!</li>
<li><b>Dental injuries</b> &ndash; a mouthguard costs less than one crown</li>
</ol>
<p style="background:#f3f7f3;padding:12px;font-family:Arial;font-size:13px"><b>Concussion checklist:</b> headache, dizziness,
nausea, blurred vision, unusual tiredness? Stop playing, see a doctor, and return to sport only step by step.</p>
<h2 style="font-size:17px">Is my child covered?</h2>
<p>Statutory accident insurance covers school sport, but not club training or free time. Our AuerKind policies apply
around the clock &ndash; worldwide.</p>
<p style="font-family:Arial;font-size:11px;color:#888">You receive this newsletter because you subscribed at auerhahn-versicherung.example.
<a href="https://www.auerhahn-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>"""
    return mail("NORMAL", "en", "newsletter",
                "trap: HTML-only family newsletter on sports injuries and concussion symptoms, no person",
                P("Auerhahn Family Safety Letter", "newsletter"), [("Newsletter EN", "newsletter-en@verteiler.auerhahn-versicherung.example")],
                "Back to school: teenage sports injuries - Family Safety Letter", D(2026, 6, 29, 7, 0),
                H(html), headers=[("Precedence", "bulk"),
                                  ("List-Unsubscribe", "<https://www.auerhahn-versicherung.example/newsletter/unsubscribe>")])


def m095():
    body = """Hi Tobias,

one for your eye team - the mother wrote to the English service mailbox. Policy
is AuerKind (UK-4473-0618-01), I've opened claim KU-2026-01702. Could you take
it from here? She would prefer replies in English.

Thanks!
Priya

---------- Forwarded message ---------
From: Amanda Clarke-Fischer <amanda.cf@inboxnet.example>
Date: Tue, 21 Apr 2026, 19:42
Subject: Maya's eye injury - what do I need to send?
To: <international@auerhahn-versicherung.example>

Hello,

our daughter Maya (7) was hit in the right eye by a branch during her class's
forest day last Friday (17 April). The eye clinic in Kassel diagnosed a corneal
abrasion (they wrote S05.0 on the form) and a small bleeding under the
conjunctiva. She had to wear an eye patch for three days and has antibiotic eye
drops (ofloxacin) four times a day. The doctor says it should heal completely
but wants to check her eyesight again in four weeks because she still sees
blurry.

The school says it was a school event so the Unfallkasse pays the doctor. Can we
still claim from our private policy? And she broke her glasses, too (EUR 189).

Thank you,
Amanda Clarke-Fischer
"""
    return mail("STRICTLY_CONFIDENTIAL", "en", "customer",
                "forwarded mother's mail: named child's corneal abrasion S05.0, eye drops, blurred vision, glasses",
                PRIYA, [TOBIAS], "Fwd: Maya's eye injury - what do I need to send?", D(2026, 4, 22, 8, 17),
                T(body))


def m096():
    konto = iban("DE", "50010517" + "5518043390")
    body = """Hallo Herr O'Connor,

passt, danke – ist geändert. Die nächste Abbuchung am 01.05. läuft schon über
das neue Konto.

Viele Grüße
Claudia Pfeffer
Beitragsservice

-----Ursprüngliche Nachricht-----
Von: Liam O'Connor <liam.oconnor@mailhaus.example>
Gesendet: Montag, 20. April 2026 21:36
An: Beitragsservice <beitragsservice@auerhahn-versicherung.example>
Betreff: New bank account for my liability insurance

Hi,

sorry for writing in English, my German is still not good enough for bank stuff.
I have switched banks. Please take the premium for my liability insurance
(PH-7752-0311) from my new account from now on:

  Account holder: Liam O'Connor
  IBAN: """ + konto + """
  Bank: my new online bank

The old account at the Sparkasse will be closed at the end of April.

Thanks a lot,
Liam
"""
    return mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
                "short German reply; the quoted English customer mail holds his new IBAN and liability policy number",
                PFEFFER, [("Liam O'Connor", "liam.oconnor@mailhaus.example")],
                "AW: New bank account for my liability insurance", D(2026, 4, 21, 8, 40), T(body, cte="8bit"),
                in_reply_to="<CAB7713q9xZ@mailhaus.example>")


def m097():
    body = """Liebe Kolleginnen und Kollegen,

für die Fallbesprechung am Dienstag hier der anonymisierte Fall. Namen, Orte,
Daten und Vertragsnummern sind entfernt bzw. verändert; bitte nicht versuchen,
den Fall im System zu suchen.

FALL B (anonymisiert)

Junge, Grundschulalter. Sturz von einer Mauer in der Freizeit, Bruch des
Oberarms nahe am Ellenbogen (suprakondyläre Humerusfraktur), operative
Versorgung mit Drähten. Nach Metallentfernung zunächst gute Beweglichkeit.
Nach etwa zwei Jahren fällt eine Fehlstellung des Arms auf (Cubitus varus,
„Gewehrkolbenstellung"), funktionell kaum Einschränkung, optisch deutlich.

Diskussionspunkte:
  1. Die Erstbemessung (5 % Armwert) lag innerhalb der Frist. Wie gehen wir
     mit einer Verschlechterung nach mehr als drei Jahren um?
  2. Ist eine rein kosmetische Fehlstellung Invalidität? Oder Fall für den
     Baustein „kosmetische Operation"?
  3. Wie erklären wir den Eltern die Fristen verständlich?

Literaturhinweis im Wiki: „Frakturen im Wachstumsalter – was bedeutet das für
die Invaliditätsbemessung?"

Viele Grüße
Ulrike

""" + sig("sandmann")
    return mail("NORMAL", "de", "internal",
                "trap: anonymised case study (humerus fracture in a child) without any identifying detail",
                SANDMANN, [TEAM_UNFALL], "Fallbesprechung Dienstag – Fall B (anonymisiert)", D(2026, 5, 7, 13, 12),
                T(body))


def m098():
    body = """Dear school office,

an account for the Auerhahn School Portal has been created for your school.

  Login:                 https://schulportal.auerhahn-versicherung.example
  User name:             isk-office
  One-time password:     7Hq-2mX-94pL

The one-time password is valid for 48 hours. When you first log in, you will be
asked to set your own password and a security question.

In the portal you can report pupils' accidents under your group contract,
upload documents and receive messages from us securely. Please do not send
accident reports by ordinary e-mail any more.

If the password has expired, please call us at +49 561 7127-2250.

This message was generated automatically.
Auerhahn Versicherung AG
"""
    return mail("NORMAL", "en", "insurer-to-school",
                "trap: one-time password mail for the school portal, no person or pupil",
                NOREPLY, [("School office ISK", "office@international-school-kassel.example")],
                "Your access to the Auerhahn School Portal", D(2026, 1, 20, 9, 0),
                T(body, charset="us-ascii", cte="7bit"), headers=[("Auto-Submitted", "auto-generated")])


def m099():
    body = """Sehr geehrte Frau Thal,

vielen Dank für die Fotos und die Meldung.

Wir haben den Vandalismusschaden an der Kita Sonnenblume in der
Gebäudeversicherung der Gemeinde Niestetal (GB-7780-0012, Einrichtung Nr. 4)
unter SG-2026-00512 erfasst:

  – Graffiti an der Südfassade und am Spielhaus (ca. 38 m²)
  – eingeschlagene Scheibe der Gartentür
  – Tatzeit: Wochenende 14./15.02.2026, Anzeige bei der Polizeistation
    Kassel-Ost erstattet (Az. 0315/26)

Vandalismus ist im Vertrag der Gemeinde mitversichert. Für die
Graffitientfernung beauftragen wir, wenn Sie einverstanden sind, direkt unseren
Partnerbetrieb; die Scheibe lassen Sie bitte durch den Glaser der Gemeinde
ersetzen und schicken uns die Rechnung.

Da Kinder an der Fassade vorbeigehen: Die Lösungsmittel, die unser Partner
verwendet, sind für Kitas zugelassen; die Arbeiten finden an einem
Nachmittag nach 15 Uhr statt.

Mit freundlichen Grüßen

""" + sig("sven")
    return mail("CONFIDENTIAL", "de", "insurer-to-kindergarten",
                "municipal buildings claim with named nursery manager, police file and claim number; no child data",
                SVEN, [("Ingrid Thal", "leitung@kita-sonnenblume.example")],
                "Graffiti Kita Sonnenblume – Schaden SG-2026-00512", D(2026, 2, 17, 12, 50), T(body),
                cc=[("Gemeinde Niestetal, Liegenschaften", "liegenschaften@niestetal-gemeinde.example")])


def m100():
    plain = """VEREINSBRIEF FRÜHJAHR 2026
Neues für Vereine von der Auerhahn Versicherung

1) AuerVerein: Unfallschutz, der zum Vereinsleben passt
Ob Kinderturnen, Fußballcamp oder Vereinsfahrt: Mit dem Gruppen-Unfallvertrag
AuerVerein sind alle Mitglieder über die Grundabsicherung des Landessportbunds
hinaus versichert. Neu ab April: Zahnbaustein für Kinder- und Jugendmannschaften
(+0,60 EUR je Mitglied).

2) Ehrenamt absichern
Wer Kuchen fürs Sommerfest backt oder den Platz abkreidet, ist nicht immer
gesetzlich unfallversichert. Unser Tipp: Helferinnen und Helfer bei
Vereinsveranstaltungen pauschal mitversichern – ohne Namensliste.

3) Aus der Praxis: Was wir 2025 am häufigsten bezahlt haben
  - Bänderverletzungen am Sprunggelenk
  - Finger- und Handbrüche (Ballsport)
  - Zahnunfälle im Kinder- und Jugendbereich
(Auswertung über alle Vereinsverträge, keine Einzelfälle)

4) Termine
  05.05. Webinar „Haftung im Vorstand"
  16.06. Vereinsstammtisch Kassel

Sie möchten diesen Vereinsbrief nicht mehr erhalten? Antworten Sie mit „Abmelden".
"""
    html = """<html><body style="font-family:Arial;font-size:14px;max-width:640px">
<h2 style="color:#3b7d3b">Vereinsbrief Frühjahr 2026</h2>
<p><i>Neues für Vereine von der Auerhahn Versicherung</i></p>
<h3>1) AuerVerein: Unfallschutz, der zum Vereinsleben passt</h3>
<p>Ob Kinderturnen, Fußballcamp oder Vereinsfahrt: Mit dem Gruppen-Unfallvertrag AuerVerein sind alle Mitglieder über die
Grundabsicherung des Landessportbunds hinaus versichert. <b>Neu ab April:</b> Zahnbaustein für Kinder- und Jugendmannschaften
(+0,60&nbsp;EUR je Mitglied).</p>
<h3>2) Ehrenamt absichern</h3>
<p>Wer Kuchen fürs Sommerfest backt oder den Platz abkreidet, ist nicht immer gesetzlich unfallversichert. Unser Tipp:
Helferinnen und Helfer bei Vereinsveranstaltungen pauschal mitversichern &ndash; ohne Namensliste.</p>
<h3>3) Aus der Praxis: Was wir 2025 am häufigsten bezahlt haben</h3>
<ul><li>Bänderverletzungen am Sprunggelenk</li><li>Finger- und Handbrüche (Ballsport)</li>
<li>Zahnunfälle im Kinder- und Jugendbereich</li></ul>
<p style="font-size:12px;color:#666">(Auswertung über alle Vereinsverträge, keine Einzelfälle)</p>
<h3>4) Termine</h3>
<p>05.05. Webinar &bdquo;Haftung im Vorstand&ldquo;<br>16.06. Vereinsstammtisch Kassel</p>
<p style="font-size:11px;color:#888">Sie möchten diesen Vereinsbrief nicht mehr erhalten? Antworten Sie mit &bdquo;Abmelden&ldquo;.</p>
</body></html>"""
    return mail("NORMAL", "de", "newsletter",
                "trap: club newsletter on group accident cover and most frequent injuries, no person",
                MEHMET, [("Vereinsbrief", "vereinsbrief@verteiler.auerhahn-versicherung.example")],
                "Vereinsbrief Frühjahr 2026: Zahnbaustein, Ehrenamt, Termine", D(2026, 3, 25, 7, 30),
                ALT(T(plain), H(html)), headers=[("Precedence", "bulk")])


def m101():
    body = """Thank you for your e-mail.

I am out of the office until Monday, 8 June 2026, with no access to my e-mails.
Your message will not be forwarded.

For urgent matters concerning accident claims, please contact our international
service team at international@auerhahn-versicherung.example or call
+49 561 7127-1990 (Mon-Fri, 8 am - 6 pm).

Please do not send medical documents by e-mail; use the upload function in the
customer portal instead.

Kind regards
Priya Raman
"""
    return mail("NORMAL", "en", "auto-reply",
                "trap: out-of-office reply mentioning accident claims and medical documents, no person data",
                PRIYA, [("", "info@schooldesk-software.example")], "Automatic reply: Interface questions",
                D(2026, 5, 26, 11, 2), T(body, charset="us-ascii", cte="7bit"),
                headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])


def m102():
    konto = iban("DE", "52060410" + "0004281163")
    odt = make_odt([
        ("h", "Rechnung Nr. 2026-014"),
        "Jens Kolbe · Erste-Hilfe-Ausbildung für Kita und Schule · Weserstraße 41 · 34125 Kassel",
        "Steuernummer 026 870 51229 · Kleinunternehmer nach § 19 UStG, es wird keine Umsatzsteuer berechnet",
        "An: Auerhahn Versicherung AG, Einkauf, Am Hahnenkamp 7, 34131 Kassel",
        "Bestellnummer: 4500371088 · Rechnungsdatum: 06.05.2026",
        ("table", [["Datum", "Leistung", "Stunden", "Betrag EUR"],
                   ["14.04.2026", "Kurs „Erste Hilfe am Kind“, Kita-Leitungen, Kassel", "4", "280,00"],
                   ["22.04.2026", "Workshop Zahnunfall/Zahnrettungsbox (mit Seminar)", "2", "140,00"],
                   ["29.04.2026", "Kurs „Erste Hilfe am Kind“, Grundschulen Baunatal", "4", "280,00"],
                   ["", "Fahrtkosten 3 x 36 km x 0,30 EUR", "", "32,40"],
                   ["", "Gesamtbetrag", "", "732,40"]]),
        "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf mein Konto:",
        "Jens Kolbe, IBAN " + konto,
        "Vielen Dank für die gute Zusammenarbeit!",
    ], title="Rechnung 2026-014", creator="Jens Kolbe", when="2026-05-06T20:11:00")
    body = """Hallo Kreditorenbuchhaltung,

bitte die anhängende Rechnung von Herrn Kolbe (Erste-Hilfe-Kurse für unsere
Kita- und Schulaktion) zur Zahlung anweisen. Sachlich und rechnerisch
geprüft, Bestellung 4500371088, Kostenstelle 4711-KOMM.

Herr Kolbe ist Kleinunternehmer, daher ohne USt. Er ist neu als Kreditor, bitte
mit der Bankverbindung aus der Rechnung anlegen (hat er mir telefonisch
bestätigt).

Danke
Sabine Hohlweg

""" + sig("hohlweg")
    return mail("CONFIDENTIAL", "de", "internal",
                "sole-trader trainer's invoice (ODT) with his IBAN, tax number and home address",
                HOHLWEG, [("Kreditorenbuchhaltung", "kreditoren@" + DOM)],
                "Rechnung Kolbe 2026-014 zur Zahlung – Bestellung 4500371088", D(2026, 5, 7, 9, 45), T(body),
                attachments=[A("Rechnung_2026-014_Kolbe.odt", "application/vnd.oasis.opendocument.text", odt)])


def m103():
    body = """Hi Jana,

this one came in via the club secretary of the Nordhessen Mustangs (group
accident contract GU-7708-0260, coaches are insured by name under the trainer
module). Could you open a claim? Marcus Bell is on the trainer list since 2023.

Thanks, Mehmet

-------- Original message --------
From: Nicole Brandt <secretary@nordhessen-mustangs.example>
Date: 06/05/2026 22:03
Subject: Injury of our head coach Marcus Bell

Dear Mr Aydogan,

I am reporting an accident of our head coach Marcus Bell (born 3 March 1984),
who is insured with you through our club's trainer cover.

On Saturday 2 May, during fielding practice for the youth team, Marcus sprinted
for a ball and felt a "whip" in his left calf. The diagnosis at the
Marienkrankenhaus is a complete rupture of the left Achilles tendon. He had
surgery (suture) on Monday 4 May and will be in a boot for at least 8 weeks
and unable to work as a PE teacher for a while.

He asked me to find out whether there is any daily allowance and what
documents you need. His contact is marcus.bell@mustang-mail.example.

Thank you and best regards
Nicole Brandt
Club Secretary, Nordhessen Mustangs Baseball & Softball e.V.
"""
    return mail("STRICTLY_CONFIDENTIAL", "en", "club",
                "forwarded club report: named coach's Achilles tendon rupture and surgery, birth date, group accident cover",
                MEHMET, [JANA], "FW: Injury of our head coach Marcus Bell", D(2026, 5, 7, 8, 5), T(body))


def m104():
    pdf = make_pdf("""# Bestellung
Auerhahn Versicherung AG · Einkauf · Am Hahnenkamp 7 · 34131 Kassel
Bestellnummer: 4500371301          Datum: 11.05.2026
Lieferant: Sanitätsbedarf Nordhessen GmbH, Kassel, Kundennummer 20417

Pos  Menge  Artikel                                              Einzelpreis   Gesamt
1    24     Betriebsverbandkasten DIN 13157 (Büro, Nachfüllung)      34,90       837,60
2    6      Verbandkasten DIN 13169 (Großraum / Kantine)             79,00       474,00
3    300    Kinder-Erste-Hilfe-Set „Pflaster & Kühlkompresse"          3,20       960,00
            (Werbeartikel für Familienmesse, Logo Auerhahn)
4    2      AED-Elektroden Kinder (pädiatrisch), für Defi EG + 3. OG  89,00      178,00
5    50     Sofort-Kältekompressen                                      1,10        55,00
                                                                  Netto     2.504,60
                                                                  USt 19 %    475,87
                                                                  Gesamt    2.980,47
Lieferung: bis 29.05.2026, Tor 3, Ansprechpartnerin Sabine Hohlweg
Rechnung an: rechnungseingang@auerhahn-versicherung.example
""", title="Bestellung 4500371301", created="20260511100000+02'00'")
    body = """Guten Tag Herr Szymański,

anbei unsere Bestellung 4500371301 (Verbandkästen, Kinder-Erste-Hilfe-Sets
für die Familienmesse und zwei Sätze Kinder-Elektroden für unsere Defis).
Bitte bestätigen Sie kurz den Liefertermin.

Mit freundlichen Grüßen

""" + sig("hohlweg")
    return mail("NORMAL", "de", "insurer-to-supplier",
                "trap: purchase order for first-aid kits and paediatric AED pads (PDF), no person",
                HOHLWEG, [("Tomasz Szymański", "bestellung@sanitaetsbedarf-nordhessen.example")],
                "Bestellung 4500371301 – Verbandkästen / Erste-Hilfe-Sets", D(2026, 5, 11, 10, 12), T(body),
                attachments=[A("Bestellung_4500371301.pdf", "application/pdf", pdf)])


def m105():
    docx = make_docx([
        ("h", "Minutes – Working group 'Concussion in youth sport'"),
        "Date: 3 March 2026, 14:00–16:00, video conference",
        "Participants: International School Sports Association Europe (ISSA-E) – medical commission (3), "
        "Auerhahn Versicherung AG (K. Elsner, Dr. U. Sandmann), two club representatives",
        ("h", "1. Return-to-play protocol"),
        "ISSA-E presented its updated 6-stage return-to-play protocol for pupils aged 10–18. Key change: a "
        "mandatory 'return-to-learn' phase (school first, then sport) and at least 24 hours per stage.",
        ("h", "2. Data from the insurer"),
        "Auerhahn presented aggregated figures: concussions represent 7.8 % of reported club and school sport "
        "accidents of 12–17-year-olds (2023–2025). Cases with later disability benefit: fewer than 5 per year, "
        "therefore not broken down further.",
        ("h", "3. Baseline testing"),
        "Discussion whether clubs should run baseline cognitive tests before the season. Concern raised about "
        "who stores the results (health data of minors). Agreement: if at all, only by the team doctor, never "
        "by coaches or the insurer.",
        ("table", [["Action", "Owner", "Due"],
                   ["Translate protocol into German", "ISSA-E", "30 April"],
                   ["Poster for changing rooms (EN/DE)", "Auerhahn communications", "31 May"],
                   ["Check whether protocol can be referenced in group contract conditions", "K. Elsner", "30 June"]]),
        "Next meeting: 9 June 2026.",
    ], title="Minutes concussion working group", creator="Katrin Elsner")
    body = """Dear colleagues,

attached are the minutes of our meeting on 3 March. Please send any corrections
by 20 March; otherwise they are deemed approved.

Best regards,
Katrin Elsner

""" + sig("elsner", "en")
    return mail("NORMAL", "en", "insurer-to-partner",
                "trap: minutes (DOCX) on concussion return-to-play, aggregate figures only, no individual",
                ELSNER, [("ISSA-E Medical Commission", "medical@issa-europe.example")],
                "Minutes working group concussion - 3 March", D(2026, 3, 13, 11, 38), T(body), cc=[SANDMANN],
                attachments=[A("Minutes_Concussion_WG_2026-03-03.docx",
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)])


def m106():
    plain = """Sehr geehrte Frau Seidel,

danke für den Anruf heute Vormittag und den Arztbrief der Kinderklinik.

Zusammengefasst: Ida (6) wurde Ende Mai beim Spielen im Garten von einer
Zecke gebissen. Drei Wochen später trat eine einseitige Gesichtslähmung links
auf (Fazialisparese). In der Kinderklinik Park Schönfeld wurde eine
Neuroborreliose festgestellt (ICD A69.2), Ida wurde 14 Tage intravenös mit
Ceftriaxon behandelt und war 5 Tage stationär.

Gute Nachricht: In Ida's Tarif AuerKind Plus gelten durch Zeckenstich
übertragene Infektionen (Borreliose, FSME) ausdrücklich als Unfall.

Was wir jetzt zahlen:
  – Krankenhaustagegeld 5 Tage à 30 EUR = 150 EUR
  – Genesungsgeld 5 Tage à 30 EUR     = 150 EUR

Ob eine Invaliditätsleistung in Betracht kommt, hängt davon ab, ob sich die
Gesichtslähmung vollständig zurückbildet. Die Ärzte sind zuversichtlich; wir
schauen uns das in etwa einem Jahr gemeinsam an. Bitte heben Sie alle Befunde
auf.

Schaden-Nr.: KU-2026-02166 · Vertrag UK-4474-2218-01

Gute Besserung an Ida!

""" + sig("jana")
    html = ("<html><body style=\"font-family:Arial;font-size:10pt\">" +
            "".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in
                    x(plain).replace("Ida's", "Idas").split("\n\n")) + "</body></html>")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "named 6-year-old's neuroborreliosis A69.2 with facial palsy after tick bite, IV antibiotics, hospital",
                JANA, [("Miriam Seidel", "miriam.seidel@web-post.example")],
                "Ida – Zeckenstich / Schaden KU-2026-02166", D(2026, 6, 23, 14, 31),
                ALT(T(plain.replace("Ida's", "Idas")), H(html)))


def m107():
    body = """Guten Tag,

für Ihren Verein wurde ein Administrator-Zugang zum Auerhahn-Vereinsportal
eingerichtet.

  Portal:         https://vereine.auerhahn-versicherung.example
  Benutzername:   tsv-gruenwiesen-admin
  Initialpasswort: erhalten Sie in einem separaten Brief per Post

Mit dem Administrator-Zugang können Sie
  • weitere Benutzer für Ihren Verein anlegen (z. B. Kassenwart, Jugendleitung),
  • die jährliche Mitgliedermeldung abgeben,
  • Unfälle von Mitgliedern melden und Unterlagen hochladen,
  • Rechnungen und Versicherungsbestätigungen abrufen.

Bitte ändern Sie das Initialpasswort bei der ersten Anmeldung und hinterlegen
Sie eine Sicherheitsfrage.

Diese E-Mail wurde automatisch erzeugt.
Ihre Auerhahn Versicherung – Team Vereine & Schulen
"""
    return mail("NORMAL", "de", "insurer-to-club",
                "trap: portal registration mail for a club administrator account, no personal data",
                NOREPLY, [("", "geschaeftsstelle@tsv-gruenwiesen.example")],
                "Ihr Administrator-Zugang zum Vereinsportal", D(2026, 1, 26, 12, 0), T(body),
                headers=[("Auto-Submitted", "auto-generated")])


def m108():
    body = """Sehr geehrter Herr Förster,

zu dem Vorfall in der Hundeschule „Pfotenglück" am 11.04.2026:

Ihr Labrador Bruno hat während der Gruppenstunde den Australian Shepherd
„Luna" von Frau Carola Menzel in den Hals gebissen. Luna musste in der
Tierklinik Kassel-Wehlheiden genäht werden (Bisswunde 4 cm, Drainage,
Antibiotikum). Frau Menzel macht Tierarztkosten von 642,18 EUR geltend.
Menschen wurden nicht verletzt.

Ihre Hundehalterhaftpflicht (TH-7736-0152) übernimmt den Schaden; die
Tierhalterhaftung nach § 833 BGB greift unabhängig vom Verschulden. Dass
die Hunde in der Übungsstunde ohne Leine waren, ändert daran nichts; eine
Mithaftung von Frau Menzel als Halterin von Luna (Tiergefahr) sehen wir bei 25 %.

Wir zahlen deshalb 481,64 EUR direkt an Frau Menzel. Schaden-Nr.
HT-2026-00307.

Bitte melden Sie uns, falls die Hundeschule eigene Ansprüche stellt.

Mit freundlichen Grüßen

""" + sig("sven")
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "dog owner's liability claim: named owners, other dog's vet treatment (animal health), policy/claim numbers",
                SVEN, [("Rainer Förster", "r.foerster@netzpost.example")],
                "Hundebiss Hundeschule – Schaden HT-2026-00307", D(2026, 4, 23, 10, 27), T(body))


def m109():
    csvdata = make_csv([
        ["Sportart", "Versicherte Mitglieder 0-17", "Gemeldete Unfälle 2025", "davon Zahnunfälle",
         "davon mit Invaliditätsleistung", "Unfälle je 1.000 Mitglieder"],
        ["Fußball", 18420, 612, 48, 9, 33.2],
        ["Handball", 4210, 201, 22, "<5", 47.7],
        ["Turnen", 9880, 143, 11, "<5", 14.5],
        ["Reiten", 2115, 77, "<5", 6, 36.4],
        ["Leichtathletik", 3340, 58, "<5", "<5", 17.4],
        ["Basketball/Volleyball", 2670, 94, 8, "<5", 35.2],
        ["Kampfsport", 3105, 88, 13, "<5", 28.3],
        ["übrige Sportarten (zusammengefasst)", 7410, 131, 9, "<5", 17.7],
        ["Summe", 51150, 1404, 118, 29, 27.4],
    ], encoding="utf-8", bom=True)
    body = """Sehr geehrter Herr Dr. Seitz,

wie vereinbart die Auswertung der Kinder- und Jugendunfälle 2025 aus unseren
Gruppenverträgen mit hessischen Vereinen für Ihren Sportentwicklungsbericht.

Hinweise zur Datei:
  – nur Vereine, die über uns ergänzend versichert sind (ca. 51.000 Kinder
    und Jugendliche)
  – Felder mit weniger als 5 Fällen sind als „<5" ausgewiesen, damit keine
    Rückschlüsse auf einzelne Kinder oder Vereine möglich sind
  – Sportarten mit weniger als 1.000 Versicherten sind unter „übrige
    Sportarten" zusammengefasst

Für die Veröffentlichung bitten wir um die Quellenangabe „Auerhahn
Versicherung AG, Auswertung Gruppen-Unfallverträge 2025".

Mit freundlichen Grüßen

""" + sig("ziegler")
    return mail("NORMAL", "de", "insurer-to-partner",
                "trap: aggregated youth sports injury statistics for the sports federation (CSV), small cells suppressed",
                ZIEGLER, [("Dr. Andreas Seitz", "sportentwicklung@landessportbund-hessen.example")],
                "Auswertung Kinder- und Jugendunfälle 2025 für den Sportentwicklungsbericht",
                D(2026, 4, 17, 13, 40), T(body),
                attachments=[A("Auswertung_Jugendunfaelle_2025.csv", "text/csv", csvdata)])


def m110():
    body = """Hi Katrin, hi Felix,

summary of finding 3 from the internal audit of accident claims handling
(audit no. IA-2026-04), so you can prepare your management response:

Finding 3 (rating: significant)
In 7 of 40 sampled claim files from 2025, medical reports or expert opinions
were sent to external assessors or to parents by unencrypted e-mail instead of
via the SecureMail portal or the encrypted gateway. In 2 of these cases the
mail went to a private address of an assessor that is not on the approved
list.

Root causes identified:
  - the "send as attachment" button in the claims system bypasses the portal
  - assessors' addresses are maintained manually
  - staff were unsure whether consent from parents covers e-mail

Recommendations:
  1. Block direct e-mail of documents of type "medical" from the claims system
  2. Central list of approved assessor addresses, reviewed quarterly
  3. Short training for the accident team by the DPO

No individual cases are listed in the report; the sample IDs are in the
working papers, accessible to the audit team only.

Please reply by 15 May.

Marek (on behalf of Internal Audit, as I'm the liaison for personal lines)

""" + sig("ziegler", "en")
    return mail("NORMAL", "en", "internal",
                "trap: internal audit finding about medical reports sent unencrypted, no case or person identified",
                ZIEGLER, [ELSNER, DSB], "Audit IA-2026-04 - finding 3 (medical reports by e-mail)",
                D(2026, 4, 29, 15, 8), T(body))


def m111():
    pdf = make_pdf("""# Zahnarztpraxis Dr. med. dent. Frauke Möller
Friedrich-Ebert-Straße 52 · 34117 Kassel

## Heil- und Kostenplan (Implantatversorgung) – Privatliquidation nach GOZ
Patient: Can Aksoy, geb. 08.05.2007
Kostenträger: Auerhahn Versicherung AG (Unfall, KU-2025-09140 bzw. Vorschaden 2016)

Befund: Zustand nach Frontzahntrauma 2016 (Alter 9 J.): Kronen-Wurzel-Fraktur 11,
damals Wurzelbehandlung und Aufbau; 2025 erneute Fraktur 11/21 (Sturz Basketball).
Zahn 11 nicht erhaltungswürdig (Längsfraktur Wurzel), Zahn 21 Wurzelkanalbehandlung.
Wachstumsabschluss röntgenologisch bestätigt (Handröntgen 02/2026).

Geplante Therapie:
GOZ 9000 Implantatbettaufbereitung regio 11                      1x   2,3   265,00 EUR
GOZ 9010 Implantatinsertion regio 11                             1x   2,3   378,11 EUR
GOZ 9100 Knochenaufbau (Augmentation)                            1x   2,3   278,44 EUR
GOZ 2200 Implantatgetragene Krone 11 (Vollkeramik)               1x   2,3   375,00 EUR
Material- und Laborkosten (Implantat, Abutment, Krone) ca.                 1.640,00 EUR
Provisorium (Klebebrücke) bis zur Einheilung                               310,00 EUR
Voraussichtliche Gesamtkosten                                              3.246,55 EUR

Kassel, 09.03.2026
""", title="HKP Aksoy", created="20260309120000+01'00'")
    body = """Hallo Ulrike,

bitte an den Beratungszahnarzt weitergeben (Postkorb ZAHN-BZA) – HKP über
1.500 EUR, Implantat. Das ist der Fall Can Aksoy aus der Wiedervorlageliste.

Meine Frage an ihn: Der erste Unfall war 2016, damals noch im alten Tarif mit
Zahnersatz bis 2.500 EUR; der zweite 2025 im neuen Tarif (10.000 EUR). Welcher
Unfall ist ursächlich für den Verlust von 11? Die Praxis meint beides.

Die Mail der Praxis unten.

Tobias

-----Ursprüngliche Nachricht-----
Von: Praxis Dr. Möller <info@zahnarzt-moeller.example>
Gesendet: Montag, 9. März 2026 12:22
An: Leistung Unfall <leistung-unfall@auerhahn-versicherung.example>
Betreff: HKP Can Aksoy – Bitte um Kostenzusage

Sehr geehrte Damen und Herren,

anbei der Heil- und Kostenplan für unseren Patienten Can Aksoy (Implantat
regio 11 nach Frontzahntrauma). Der Patient ist inzwischen volljährig und
wünscht die Behandlung vor Beginn seiner Ausbildung im August. Wir bitten um
Kostenzusage.

Mit freundlichen Grüßen
Praxisteam Dr. Möller

""" + sig("tobias")
    return mail("STRICTLY_CONFIDENTIAL", "de", "dentist",
                "forwarded dentist's treatment plan (PDF): named patient's tooth fractures, implant, birth date",
                TOBIAS, [SANDMANN], "WG: HKP Can Aksoy – Bitte um Kostenzusage", D(2026, 3, 10, 9, 2), T(body),
                attachments=[A("HKP_Aksoy_Implantat_11.pdf", "application/pdf", pdf)])


def m112():
    pdf = make_pdf("""# Board summary - Child & Student Accident (Q1 2026)
Auerhahn Versicherung AG · prepared for the parent group's personal lines committee

## Portfolio
Insured children/students (individual):     49,310   (+3.1 % vs. Q1 2025)
Group contracts (clubs/schools/nurseries):   1,182   covering approx. 212,000 persons
Gross written premium Q1:                    EUR 4.92 m

## Claims
Reported claims Q1:                           1,611
Claims ratio (incurred, incl. IBNR):          61.4 %  (plan 63 %)
Large losses (> EUR 100,000):                 2 (both traffic accidents, progression)
Dental benefits:                              EUR 0.41 m (+14 %) - new dental module
Disability reserve for children under 10:    EUR 18.7 m

## Topics for the committee
1. Dental module: uptake 22 % of new business; claims frequency in line with pricing.
2. Growth-plate fractures: long tail, reserve review in Q3 with external actuary.
3. Secure mail: audit finding on unencrypted medical reports (see separate memo).

No individual claims data is contained in this summary.
""", title="Board summary child accident Q1 2026", created="20260504170000+02'00'")
    body = """Hi Katrin,

attached is the draft board summary for Q1 (child & student accident) for the
group committee. Could you check the claims figures, especially the dental line,
by Thursday? It goes to the Vorstand on Monday.

Thanks,
Marek

""" + sig("ziegler", "en")
    return mail("NORMAL", "en", "internal",
                "trap: board summary with claims ratio, large losses and reserves (PDF), no individual data",
                ZIEGLER, [ELSNER], "Draft board summary child & student accident Q1", D(2026, 5, 4, 17, 22), T(body),
                attachments=[A("Board_summary_child_accident_Q1_2026.pdf", "application/pdf", pdf)])


def m113():
    body = """Hallo Jana,

bitte als neuen Schaden anlegen, Gruppenvertrag Kassel Cricket Club
(GU-7711-0507, Mitglieder namentlich nicht gemeldet, Versicherung nach
Mitgliederzahl). Die Mail des Clubs ist auf Englisch, der Spieler spricht
aber auch Deutsch. Ich hab dem Club gesagt, sie sollen Arztberichte künftig
über das Vereinsportal hochladen.

Danke, Mehmet

---------- Forwarded message ---------
From: Kassel Cricket Club - Secretary <secretary@kassel-cricket.example>
Date: Sun, 24 May 2026 at 20:41
Subject: Accident report - Harpreet Singh Sandhu

Dear Mr Aydogan,

I need to report an injury from yesterday's league match against Frankfurt.

Player: Harpreet Singh Sandhu, member no. 0088, 17 years old (born 12/01/2009)
What happened: he was fielding at short leg without a helmet (his own choice,
we have now made helmets compulsory) and was struck on the left side of the
face by the ball.
Injuries (from the hospital discharge note): fracture of the left zygomatic
bone and orbital floor, double vision on looking upwards. He has to see the
maxillofacial surgeons on Wednesday, possibly for an operation.

His parents asked me whether the club insurance pays anything. The discharge
note is attached as a photo - sorry, it's a bit blurry.

Best wishes,
Rahul Mehta
Hon. Secretary, Kassel Cricket Club e.V.
"""
    return mail("STRICTLY_CONFIDENTIAL", "mixed", "club",
                "German note on English club report: named 17-year-old's facial fractures, double vision, birth date",
                MEHMET, [JANA], "WG: Accident report - Harpreet Singh Sandhu", D(2026, 5, 25, 8, 3), T(body))


def m114():
    body = """Hi all,

as requested in the pricing committee, here is the update of our disability
incidence analysis for the child accident tariffs (exposure 2019-2025, own
portfolio, no external data).

Disability claims per 10,000 insured years, by age at accident:

  Age band    Exposure (ins. years)   Disability claims   Rate /10,000   Avg. degree
  0-3               41,200                   18               4.4           14 %
  4-6               58,900                   51               8.7           11 %
  7-10              79,300                  112              14.1            9 %
  11-14             71,800                  147              20.5           10 %
  15-17             45,100                  103              22.8           13 %
  Total            296,300                  431              14.5           11 %

Observations:
- Incidence rises with age, as expected (sport, bikes, scooters).
- Average degree is highest in the 0-3 band (few but severe cases: burns, falls
  from windows). Cells are large enough to publish internally.
- Share of claims with progression effect (degree > 25 %): 6.3 %.

Proposal: keep the current rates for AuerKind, increase the loading for the
15-17 band in AuerKind Plus by 4 %. Details in the pricing note next week.

Marek

""" + sig("ziegler", "en")
    return mail("NORMAL", "en", "internal",
                "trap: actuarial disability incidence by age band for child tariffs, aggregates only",
                ZIEGLER, [("Pricing committee personal lines", "pricing-personal@" + DOM)],
                "Disability incidence by age band - update 2019-2025", D(2026, 6, 2, 9, 14), T(body))


def m115():
    pdf = make_pdf("""# Auerhahn Versicherung AG
## Insurance confirmation - personal liability
To whom it may concern,

we confirm that

Ms Zofia Lewandowska
born 28 January 2004
home address: ul. Dluga 14/3, 31-147 Krakow, Poland
address in Germany: Studierendenwohnheim Campus Nord, room 3.17, Menzelstraße 21, 34121 Kassel

holds personal liability insurance with our company under policy PH-7799-0143
(tariff AuerStudent Haftpflicht) for the period 1 March 2026 to 31 August 2026.

Sum insured: EUR 10 million for personal injury and property damage, including
damage to rented rooms in student accommodation up to EUR 500,000.

This confirmation is issued for presentation to the Studierendenwerk Kassel.

Kassel, 2 March 2026
Auerhahn Versicherung AG
""", title="Confirmation PH-7799-0143", created="20260302110000+01'00'")
    body = """Dear Ms Lewandowska,

welcome to Kassel! As requested, attached is the confirmation of your
liability insurance for the Studierendenwerk. Most residence offices accept a
PDF; if they insist on an original, please let me know and we'll post one.

Kind regards

""" + sig("ronja", "en")
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
                "Erasmus student's liability confirmation (PDF) with birth date, home and dorm addresses, policy number",
                RONJA, [("Zofia Lewandowska", "zofia.lewandowska@student-mail.example")],
                "Liability insurance confirmation for the Studierendenwerk", D(2026, 3, 2, 11, 18), T(body),
                attachments=[A("Confirmation_liability_PH-7799-0143.pdf", "application/pdf", pdf)])


def m116():
    plain = """Hi Jana,

the International School's nurse sent this report on a Year 9 pupil who is
insured with us via the school's group contract (GS-7790-0021) and, according
to the parents, also under an individual AuerKind policy. The school asked us to
forward it to the claims team. Report below.

Priya

---------- Forwarded message ---------
From: School Nurse ISK <nurse@international-school-kassel.example>
Date: Thu, 15 Jan 2026 14:12
Subject: Incident report - Oliver Thompson (Year 9)

INCIDENT REPORT - HEAD INJURY
Pupil:        Oliver Thompson, Year 9, DOB 04/10/2011
Date/time:    15 January 2026, 10:40, PE lesson (indoor hockey)
Description:  Collision with another pupil, struck the back of his head on the
              floor. No loss of consciousness reported by the teacher.
Observations: 10:45 headache 6/10, nausea, "feels foggy", pupils equal and
              reactive. 11:05 vomited once.
Action:       Parents informed 10:55. Ambulance called 11:10 because of
              vomiting; taken to Klinikum Kassel, children's emergency dept.
Follow-up:    Mother reported at 13:30: CT scan normal, diagnosis concussion,
              observation overnight. No screen time and no sport for 2 weeks,
              graded return-to-learn.

Nurse's note: Oliver had a concussion in September 2025 as well (rugby club),
so we will follow the extended return-to-play protocol.

Kate Whitmore, RN, School Nurse
"""
    html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hi Jana,</p>
<p>the International School's nurse sent this report on a Year 9 pupil who is insured with us via the school's group
contract (GS-7790-0021) and, according to the parents, also under an individual AuerKind policy. The school asked us to
forward it to the claims team. Report below.</p><p>Priya</p>
<div style="border-left:2px solid #999;padding-left:8px;color:#333">
<p>---------- Forwarded message ---------<br>From: School Nurse ISK &lt;nurse@international-school-kassel.example&gt;<br>
Date: Thu, 15 Jan 2026 14:12<br>Subject: Incident report - Oliver Thompson (Year 9)</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th colspan="2" align="left">INCIDENT REPORT &ndash; HEAD INJURY</th></tr>
<tr><td>Pupil</td><td>Oliver Thompson, Year 9, DOB 04/10/2011</td></tr>
<tr><td>Date/time</td><td>15 January 2026, 10:40, PE lesson (indoor hockey)</td></tr>
<tr><td>Description</td><td>Collision with another pupil, struck the back of his head on the floor. No loss of consciousness reported by the teacher.</td></tr>
<tr><td>Observations</td><td>10:45 headache 6/10, nausea, &ldquo;feels foggy&rdquo;, pupils equal and reactive. 11:05 vomited once.</td></tr>
<tr><td>Action</td><td>Parents informed 10:55. Ambulance called 11:10 because of vomiting; taken to Klinikum Kassel, children's emergency dept.</td></tr>
<tr><td>Follow-up</td><td>Mother reported at 13:30: CT scan normal, diagnosis concussion, observation overnight. No screen time and no sport for 2 weeks, graded return-to-learn.</td></tr>
</table>
<p>Nurse's note: Oliver had a concussion in September 2025 as well (rugby club), so we will follow the extended return-to-play protocol.</p>
<p>Kate Whitmore, RN, School Nurse</p></div>
</body></html>"""
    return mail("STRICTLY_CONFIDENTIAL", "en", "school",
                "forwarded school nurse report: named pupil's concussion, vomiting, CT, previous concussion, DOB",
                PRIYA, [JANA], "Fwd: Incident report - Oliver Thompson (Year 9)", D(2026, 1, 15, 15, 40),
                ALT(T(plain), H(html)))


def m117():
    body = """Dear Mr and Mrs Haddad,

thank you for sending the treatment plan from the plastic surgery department of
the Elisabeth-Krankenhaus.

As you know, Yasmin (10) was bitten in the face by a neighbour's dog in August
2025. The wounds on her left cheek and upper lip healed, but left a raised,
reddened scar of about 4 cm that pulls the corner of her mouth slightly when
she smiles. The surgeons now recommend a scar revision (Z-plasty) under general
anaesthesia, followed by laser treatment in two sessions.

Her AuerKind Plus policy (UK-4471-5530-02) covers cosmetic surgery after an
accident up to EUR 10,000 if the operation takes place within five years of
the accident. The estimated costs of EUR 3,850 are well within this limit. We
therefore confirm that we will cover:

  - the operation and anaesthesia (hospital and surgeons' fees)
  - two laser sessions
  - hospital daily cash for the night in hospital (EUR 30)

The costs are to be claimed first from your health insurer, if it pays
anything; we cover the rest. Please send us the invoices after treatment.

Separately, we are claiming our costs from the dog owner's liability insurer -
this does not affect your benefits.

We wish Yasmin all the best for the operation.

Kind regards

""" + sig("tobias", "en")
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "named child's facial dog-bite scar, planned scar revision and laser treatment, policy number",
                TOBIAS, [("Karim Haddad", "karim.haddad@mailhaus.example"),
                         ("Leila Haddad", "leila.haddad@mailhaus.example")],
                "Yasmin - cost approval for scar revision (KU-2025-05901)", D(2026, 3, 31, 16, 16), T(body))


def m118():
    pdf = make_pdf("""# Auerhahn Versicherung AG
## Versicherungsschein Musikinstrumentenversicherung Nr. MI-7802-0077
Versicherungsnehmerin: Verena Lindner, Kastanienallee 3, 34128 Kassel
Beginn: 01.02.2026, 12:00 Uhr · Ablauf: 01.02.2027, automatische Verlängerung

Versicherte Sache:
Violine 3/4, Werkstattinstrument (Meister Grunwald, 2019), Seriennr. G-3419,
inkl. Bogen (Pernambuk) und Formetui
Eigentümer: Musikschule Kassel-Ost (Mietinstrument, Mietvertrag vom 15.01.2026)
Benutzer: Sohn der Versicherungsnehmerin, Felix Lindner

Versicherungssumme: 2.400,00 EUR (Neuwert)
Versicherungsschutz: Allgefahren, weltweit, inkl. Transport und Schulunterricht
Selbstbeteiligung: 100 EUR je Schaden
Jahresbeitrag: 79,20 EUR inkl. 19 % Versicherungsteuer
Zahlungsweise: jährlich per Lastschrift (IBAN endet auf 4410)

Besondere Vereinbarung: Im Schadenfall wird an die Eigentümerin (Musikschule) gezahlt.
""", title="Versicherungsschein MI-7802-0077", created="20260203090000+01'00'")
    body = """Sehr geehrte Frau Lindner,

anbei der Versicherungsschein für die Mietgeige Ihres Sohnes. Die Musikschule
erhält eine Kopie, sobald Sie uns das kurz bestätigen.

Viel Freude beim Üben!

Mit freundlichen Grüßen

""" + sig("ronja")
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "instrument policy schedule (PDF): named policyholder and son, home address, masked IBAN",
                RONJA, [("Verena Lindner", "verena.lindner@web-post.example")],
                "Ihr Versicherungsschein MI-7802-0077 (Violine)", D(2026, 2, 3, 9, 20), T(body),
                attachments=[A("Versicherungsschein_MI-7802-0077.pdf", "application/pdf", pdf)])


def m119():
    pdf = make_pdf("""# Auerhahn Versicherung AG
## Premium invoice RE-2026-VH-0412
Policyholder: Frankfurt Wanderers Rugby Football Club e.V.
c/o Treasurer Mr Gareth Pritchard, Eschersheimer Landstraße 310, 60320 Frankfurt am Main
Policy: Club liability VH-7703-0412
Period: 01/04/2026 - 31/03/2027

Club liability, basic premium (up to 250 members)          EUR  395.00
Extension: tournaments and tours abroad (EU)                EUR   80.00
Extension: clubhouse operation incl. bar                    EUR  120.00
Net premium                                                  EUR  595.00
Insurance tax 19 %                                           EUR  113.05
Total                                                        EUR  708.05

Due: 1 April 2026. Payment by bank transfer to
Auerhahn Versicherung AG, IBAN DE45 5005 0000 0090 1271 27,
reference RE-2026-VH-0412.
""", title="Invoice RE-2026-VH-0412", created="20260304080000+01'00'")
    body = """Dear Mr Pritchard,

please find attached the premium invoice for your club's liability insurance
for the 2026/27 season. The extension for the tour to Ireland in May is
included, as discussed at the AGM.

Kind regards

""" + sig("pfeffer", "en")
    return mail("CONFIDENTIAL", "en", "insurer-to-club",
                "club liability invoice (PDF) addressed c/o named treasurer with private address, policy number",
                PFEFFER, [("Gareth Pritchard", "treasurer@frankfurt-wanderers.example")],
                "Invoice RE-2026-VH-0412 - club liability 2026/27", D(2026, 3, 4, 8, 12), T(body),
                attachments=[A("Invoice_RE-2026-VH-0412.pdf", "application/pdf", pdf)])


def m120():
    ics = make_ics("re-call-child-accident-20260317@" + DOM, "20260317T150000", "20260317T163000",
                   "Call Nordlicht Re / Auerhahn: child accident portfolio and disability scale benchmarking",
                   "Video conference (link in the invitation)",
                   "Agenda: 1) Q4 2025 portfolio figures 2) Benchmarking of the child disability scale "
                   "(Gliedertaxe) vs. market 3) Treaty renewal 2027 – progression 350 % and dental module "
                   "4) AOB",
                   ("Marek Ziegler", ZIEGLER[1]),
                   attendees=[("Dr. Ingrid Solberg", "i.solberg@nordlicht-re.example"),
                              ("Katrin Elsner", ELSNER[1])])
    body = """Dear Ingrid,

thanks for your flexibility. Here is the invitation for our call on 17 March.

Agenda
 1. Portfolio figures Q4 2025 (you received the XLSX in January)
 2. Benchmarking of the child disability scale (Gliedertaxe): our values vs.
    the market survey - especially eye (50 %) and thumb (20/22 %)
 3. Treaty renewal 2027: capacity for progression 350 % and the new dental
    module; claims experience so far
 4. AOB

No individual claims will be discussed; for large losses we will show the
anonymised large-loss list as usual.

Best regards,
Marek

""" + sig("ziegler", "en")
    return mail("NORMAL", "en", "insurer-to-partner",
                "trap: reinsurer call agenda on disability scale and large losses (ICS), anonymised only",
                ZIEGLER, [("Dr. Ingrid Solberg", "i.solberg@nordlicht-re.example")],
                "Invitation: call on child accident portfolio, 17 March", D(2026, 3, 6, 10, 44), T(body),
                cc=[ELSNER], attachments=[ICS("Call_NordlichtRe_2026-03-17.ics", ics)])


def m121():
    konto = iban("DE", "52050353" + "0120447836")
    body = """Hallo Frau Wagner,

danke für Ihre Nachricht. Wir haben die neue Bankverbindung für Ihre
Familienhaftpflicht hinterlegt:

  Vertrag:        PH-7721-5560
  Kontoinhaberin: Doris Wagner
  IBAN:           """ + konto + """
  gültig ab:      Beitragsfälligkeit 01.03.2026

Das neue SEPA-Mandat hat die Referenz AH-MND-7721-5560-03. Die Vorabankündigung
der nächsten Abbuchung (31,90 EUR vierteljährlich) erhalten Sie wie gewohnt mit
der Beitragsrechnung.

Freundliche Grüße

""" + sig("pfeffer")
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "new IBAN and SEPA mandate for a named customer's family liability policy",
                PFEFFER, [("Doris Wagner", "doris.wagner@freepost-mail.example")],
                "Neue Bankverbindung PH-7721-5560", D(2026, 2, 16, 13, 48),
                T(body, charset="windows-1252", cte="8bit"))


def m122():
    plain = """FAMILY SAFETY LETTER - WINTER 2026

Safe on the slopes: why every child needs a ski helmet

Dear families,

the winter holidays are coming, and with them our busiest season for ski and
sledging accidents. In our child accident portfolio, head injuries account for
about one in six winter sports accidents - and children without helmets are
affected far more often.

Our five tips:
1. Helmet on - always, also for sledging. Replace it after a heavy impact.
2. Check the bindings at a ski shop before the holiday; children grow fast.
3. Back protectors for snowboarders and for children in the fun park.
4. Breaks! Most accidents happen in the afternoon, when children are tired.
5. Sun and snow glasses: snow blindness is an eye injury, too.

Did you know? Rescue costs - for example a helicopter flight from the slope -
can quickly exceed EUR 5,000. AuerKind covers rescue costs up to EUR 10,000,
worldwide.

Have a great - and safe - winter!
Your Auerhahn team

Unsubscribe: https://www.auerhahn-versicherung.example/newsletter/unsubscribe
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;max-width:600px">
<h1 style="color:#3b7d3b;font-size:22px">Safe on the slopes: why every child needs a ski helmet</h1>
<p>Dear families,</p>
<p>the winter holidays are coming, and with them our busiest season for ski and sledging accidents. In our child accident
portfolio, <b>head injuries account for about one in six winter sports accidents</b> &ndash; and children without helmets are
affected far more often.</p>
<h2 style="font-size:17px">Our five tips</h2>
<ol><li>Helmet on &ndash; always, also for sledging. Replace it after a heavy impact.</li>
<li>Check the bindings at a ski shop before the holiday; children grow fast.</li>
<li>Back protectors for snowboarders and for children in the fun park.</li>
<li>Breaks! Most accidents happen in the afternoon, when children are tired.</li>
<li>Sun and snow glasses: snow blindness is an eye injury, too.</li></ol>
<p style="background:#f3f7f3;padding:10px"><b>Did you know?</b> Rescue costs &ndash; for example a helicopter flight from the
slope &ndash; can quickly exceed EUR&nbsp;5,000. AuerKind covers rescue costs up to EUR&nbsp;10,000, worldwide.</p>
<p>Have a great &ndash; and safe &ndash; winter!<br>Your Auerhahn team</p>
<p style="font-size:11px;color:#888"><a href="https://www.auerhahn-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    return mail("NORMAL", "en", "newsletter",
                "trap: family newsletter on ski helmets and head injury shares, no person",
                P("Auerhahn Family Safety Letter", "newsletter"),
                [("Newsletter EN", "newsletter-en@verteiler.auerhahn-versicherung.example")],
                "Safe on the slopes - Family Safety Letter winter 2026", D(2026, 1, 7, 7, 0),
                ALT(T(plain, charset="us-ascii", cte="7bit"), H(html)),
                headers=[("Precedence", "bulk")])


def m123():
    body = """Hallo Herr Vaupel,

kurze Rückmeldung zum Steinschlag am Vereinsbus der SG Wolfhagen:

  Fahrzeug:     VW Crafter, KS-SG 1950 (Vereinsbus, 9 Sitze)
  Vertrag:      Kfz KF-7704-0661, Teilkasko SB 150 EUR
  Schaden-Nr.:  KG-2026-00892
  Fahrer:       Herr Dennis Rüdiger (Jugendtrainer), Fahrt zum Turnier
                nach Korbach am 08.03.2026, A44 – Steinschlag, Riss in der
                Frontscheibe

Glasbruch ist in der Teilkasko versichert, kein Rückstufungsschaden. Die
Werkstatt Auto-Glas Wolfhagen kann direkt mit uns abrechnen. Bitte sagen Sie
Herrn Rüdiger, dass bis zum Tausch nur kurze Fahrten gemacht werden sollten,
falls der Riss im Sichtfeld des Fahrers liegt.

Viele Grüße

""" + sig("sven")
    return mail("CONFIDENTIAL", "de", "insurer-to-club",
                "club bus windscreen claim naming club contact and driver, plate, policy/claim number; nobody hurt",
                SVEN, [("Michael Vaupel", "kassenwart@sg-wolfhagen.example")],
                "Steinschlag Vereinsbus KS-SG 1950 – KG-2026-00892", D(2026, 3, 10, 15, 57), T(body))


def m124():
    rows = [["Age band", "Insured (31.12.2025)", "Reported accidents 2025", "Disability claims 2025",
             "Incurred disability EUR", "Dental benefits EUR", "Hospital cash EUR"],
            ["0-3", 6120, 311, 3, 412000, 18200, 9300],
            ["4-6", 8440, 702, 8, 688000, 96400, 21800],
            ["7-10", 11930, 1120, 14, 1195000, 221500, 40200],
            ["11-14", 12010, 1098, 19, 2104000, 187300, 46900],
            ["15-17", 7260, 681, 15, 1866000, 63900, 38100],
            ["Students 18-30", 3550, 288, 6, 742000, 14100, 16700],
            ["Total", 49310, 4200, 65, 7007000, 601400, 173000]]
    rows2 = [["Large losses > EUR 250,000 (anonymised)", "Age band", "Cause", "Degree", "Incurred EUR"],
             ["LL-2025-01", "11-14", "traffic (pedestrian)", "57 %", 278500],
             ["LL-2025-02", "15-17", "sport (horse riding)", "64 %", 342000],
             ["LL-2025-03", "7-10", "fall from height", "48 %", 251300]]
    xlsx = make_xlsx([("Portfolio 2025", rows), ("Large losses", rows2)],
                     title="Child accident portfolio 2025 - Nordlicht Re", creator="Marek Ziegler")
    body = """Dear Ingrid,

as agreed for the treaty review, attached are the 2025 portfolio figures for our
child and student accident business, by age band, plus the anonymised large-loss
list (only loss IDs, age bands and causes - no names, dates or places).

Let me know if you need the figures split by tariff as well.

Best regards,
Marek

""" + sig("ziegler", "en")
    return mail("NORMAL", "en", "insurer-to-partner",
                "trap: portfolio figures and anonymised large-loss list for the reinsurer (XLSX), age bands only",
                ZIEGLER, [("Dr. Ingrid Solberg", "i.solberg@nordlicht-re.example")],
                "Child accident portfolio 2025 - figures for treaty review", D(2026, 1, 23, 16, 30), T(body),
                attachments=[A("Child_accident_portfolio_2025.xlsx",
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)])


def m125():
    body = """Sehr geehrter Herr Krüger,

wir haben die Unterlagen zum Unfall Ihrer Tochter Emily im Trampolinpark
„Jump Arena Kassel" am 14.12.2025 geprüft.

Laut Bericht der Notaufnahme des Klinikums hat sich Emily beim Landen das
rechte Sprunggelenk verdreht; diagnostiziert wurde eine Distorsion des oberen
Sprunggelenks mit Teilruptur des Außenbands (S93.40). Sie wurde mit einer
Orthese versorgt und durfte sechs Wochen keinen Sport machen. Nach dem
Abschlussbericht der Kinderorthopädie vom 10.02.2026 ist das Gelenk stabil
und frei beweglich.

Sie hatten eine Invaliditätsleistung beantragt. Eine Invalidität setzt eine
dauerhafte Beeinträchtigung voraus. Diese liegt nach dem Abschlussbefund nicht
vor – die Verletzung ist folgenlos ausgeheilt. Eine Invaliditätsleistung
können wir deshalb leider nicht zahlen.

Ihr Tarif AuerKind (UK-4462-7741-01) enthält kein Krankenhaustagegeld und
kein Gipsgeld; für die ambulante Behandlung ist die Krankenkasse zuständig.

Sollten sich in den nächsten Monaten wieder Beschwerden zeigen (z. B.
Instabilität beim Sport), melden Sie sich bitte – die Invalidität kann bis
15 Monate nach dem Unfall ärztlich festgestellt werden, also bis 14.03.2027.

Mit freundlichen Grüßen

""" + sig("jana")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "denial of invalidity benefit: named child's ankle ligament tear S93.40, treatment; windows-1252",
                JANA, [("Holger Krüger", "holger.krueger@netzpost.example")],
                "Unfall Emily am 14.12.2025 – Ihr Antrag auf Invaliditätsleistung", D(2026, 2, 24, 13, 13),
                T(body, charset="windows-1252", cte="quoted-printable"))


def m126():
    body = """Sehr geehrte Frau Ebert,

wir beauftragen Sie gemäß Rahmenvertrag RV-2024-017 mit der Vernichtung von
Altakten der Leistungsabteilung Unfall:

  Menge:          ca. 180 Archivkartons (Leistungsakten Kinderunfall,
                  Abschlussjahre 2012–2015, Aufbewahrungsfrist abgelaufen)
  Inhalt:         Papierakten mit Arztberichten, Gutachten, Röntgenbefunden
                  und Rechnungen – Schutzklasse 3, Sicherheitsstufe P-5
                  nach DIN 66399
  Abholung:       Dienstag, 14.04.2026, ab 8:00 Uhr, Archiv UG, Tor 3
  Bestellnummer:  4500371231

Bitte stellen Sie verplombte Sicherheitsbehälter und lassen Sie die Akten im
geschlossenen Fahrzeug zu Ihrem Betrieb bringen (keine Zwischenlagerung). Wir
benötigen das Vernichtungsprotokoll mit Behälternummern für unseren
Datenschutzbeauftragten.

Herr Keller aus der Poststelle ist vor Ort Ihr Ansprechpartner.

Mit freundlichen Grüßen

""" + sig("hohlweg")
    return mail("NORMAL", "de", "insurer-to-supplier",
                "trap: shredding order for old claim files with medical reports, no individual named",
                HOHLWEG, [("Andrea Ebert", "auftrag@aktenvernichtung-ebert.example")],
                "Auftrag Aktenvernichtung 14.04. – Bestellung 4500371231", D(2026, 3, 30, 11, 11), T(body),
                cc=[DSB])


def m127():
    body = """Sehr geehrter Herr Dr. Ruhland,

vielen Dank für das Gespräch bei Ihrer Vorstandssitzung.

Wie besprochen passen wir den Gruppen-Unfallvertrag des Turnvereins
Heiligenrode 1887 e.V. (GU-7701-0034) zum 01.04.2026 an:

  Mitgliederzahl lt. Meldung 01.01.2026:     684 (Vorjahr 641)
    davon Kinder und Jugendliche:            402
    davon Erwachsene:                        282
  Tarif:                                     AuerVerein Komfort
  Beitrag je Mitglied (neu):                 3,10 EUR (bisher 2,85 EUR)
  Jahresbeitrag ab 01.04.2026:               2.120,40 EUR (bisher 1.826,85 EUR)

Zusätzlich eingeschlossen ist ab sofort der Zahnbaustein für die Kinder- und
Jugendabteilungen (402 x 0,60 EUR = 241,20 EUR), wie vom Vorstand gewünscht.

Die Änderung gilt ohne neue Namensmeldung; versichert sind wie bisher alle
gemeldeten Mitglieder. Der Nachtrag geht Ihnen per Post an die
Vereinsadresse zu.

Mit freundlichen Grüßen

""" + sig("mehmet")
    return mail("CONFIDENTIAL", "de", "insurer-to-club",
                "grey zone: club group accident contract adjustment to the named chairman, contract number, member counts only",
                MEHMET, [("Dr. Stefan Ruhland", "vorsitzender@tv-heiligenrode.example")],
                "Nachtrag Gruppen-Unfallvertrag GU-7701-0034 zum 01.04.2026", D(2026, 3, 5, 16, 45), T(body))


def m128():
    body = """Hallo Jana,

hier eine Meldung aus einer Kita im Rahmenvertrag; die Eltern haben eine
eigene AuerKind-Police (UK-4475-0093-01), daher an dich. Die Kita hat die
Unfallanzeige für die Unfallkasse in Kopie beigefügt – das Original liegt bei
den Eltern.

Gruß Mehmet

-----Ursprüngliche Nachricht-----
Von: Kita Regenbogen Baunatal <leitung@kita-regenbogen-baunatal.example>
Gesendet: Donnerstag, 29. Januar 2026 16:18
An: Aydoğan, Mehmet
Betreff: Unfall Noah Petersen, Gruppe Füchse

Sehr geehrter Herr Aydoğan,

heute Vormittag (29.01., ca. 10:20 Uhr) ist Noah Petersen (4 Jahre, Gruppe
Füchse) im Bewegungsraum vom Klettergerüst gefallen, ca. 1,20 m Höhe, und mit
der Stirn auf die Kante einer Bank geschlagen. Er hatte eine stark blutende
Platzwunde über der rechten Augenbraue, war aber ansprechbar und hat sofort
geweint. Kein Erbrechen.

Wir haben die Wunde abgedrückt und die Mutter angerufen, die ihn um 10:45 Uhr
abgeholt hat. Im Kinderkrankenhaus wurde die Wunde mit 4 Stichen genäht; eine
Gehirnerschütterung wurde laut Mutter ausgeschlossen. Noah soll zwei Tage zu
Hause bleiben.

Aufsicht hatte Frau Ilse Bornemann (Erzieherin). Das Klettergerüst wurde im
Oktober vom TÜV geprüft.

Viele Grüße
Martina Gehrke, Kita-Leitung
"""
    return mail("STRICTLY_CONFIDENTIAL", "de", "kindergarten",
                "forwarded nursery report: named 4-year-old's fall, lacerated forehead stitched, concussion excluded",
                MEHMET, [JANA], "WG: Unfall Noah Petersen, Gruppe Füchse", D(2026, 1, 30, 8, 11), T(body))


def m129():
    body = """Hi Ms Parker,

gern – I'll answer in English and German, as you asked.

Your question: whether your "renters insurance" from the US covers your room in
Göttingen, and what you need in Germany.

EN: A US renters policy normally only covers a residence in the US. In Germany
the usual products are "Hausratversicherung" (your belongings) and
"Privathaftpflicht" (damage you cause to others - including the landlord's
flat). For students, our AuerStudent package combines both for EUR 7.90 a
month. As you are 23 and enrolled, you could also stay in your parents' policy
if they lived in Germany - but they don't, so that doesn't apply.

DE: Für Ihre Unterlagen: Tarif AuerStudent Hausrat + Haftpflicht,
Versicherungsort Weender Landstraße 59, WG-Zimmer 2, 37075 Göttingen,
Versicherungssumme Hausrat 15.000 EUR, Beginn frühestens 01.04.2026.

I've prepared an offer with your details (Emma Parker, born 14 July 2002,
address above). If you want to take it, just reply "yes" and send me the IBAN
for the direct debit - or pay by bank transfer annually.

Viele Grüße / best regards

""" + sig("priya", "en")
    return mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
                "bilingual offer for a named student with birth date and room address (household/liability); no health data",
                PRIYA, [("Emma Parker", "emma.parker@student-mail.example")],
                "Your question about renters insurance / Hausratversicherung", D(2026, 3, 23, 17, 36), T(body))


def m130():
    docx = make_docx([
        ("h", "Unfallanzeige für Kinder, Schüler und Studierende (KU-12)"),
        "Bitte vollständig ausfüllen und über das Schulportal hochladen oder per Post senden. "
        "Nicht per unverschlüsselter E-Mail senden!",
        ("table", [["Feld", "Angabe"],
                   ["Versicherungsnummer / Gruppenvertrag", "____________________"],
                   ["Name, Vorname des Kindes", "____________________"],
                   ["Geburtsdatum", "__.__.____"],
                   ["Klasse / Gruppe", "________"],
                   ["Unfalltag, Uhrzeit", "__.__.____, __:__ Uhr"],
                   ["Unfallort", "☐ Unterricht ☐ Pause ☐ Schulweg ☐ Ausflug ☐ Sport"],
                   ["Unfallhergang (genaue Schilderung)", ""],
                   ["Verletzte Körperteile", "☐ Kopf ☐ Zähne ☐ Augen ☐ Arm/Hand ☐ Bein/Fuß ☐ Rumpf"],
                   ["Zahnunfall: betroffene Zähne", "☐ Milchzahn ☐ bleibender Zahn – Zahn-Nr.: ____"],
                   ["Erstbehandelnde Ärztin / erstbehandelnder Arzt", ""],
                   ["Zeugen (Name, Funktion)", ""],
                   ["Aufsichtsperson", ""],
                   ["Meldung an Unfallkasse erfolgt?", "☐ ja, Az. ________ ☐ nein"]]),
        "Hinweis Datenschutz: Angaben zur Gesundheit des Kindes verarbeiten wir nur zur Prüfung der Leistung "
        "(Art. 9 Abs. 2 DSGVO). Die Eltern erhalten eine Kopie dieser Anzeige.",
        "Ort, Datum, Unterschrift Schulleitung / Sekretariat: ______________________",
    ], title="Unfallanzeige KU-12 (Vorlage)", creator="Auerhahn Versicherung AG")
    body = """Sehr geehrte Frau Reinhold,

wie gewünscht erhalten Sie unser Formular „Unfallanzeige KU-12" als
Word-Vorlage zum Ausfüllen am PC. Es ist leer – bitte tragen Sie die Daten
erst im Sekretariat ein und laden das ausgefüllte Formular dann über das
Schulportal hoch, nicht per E-Mail.

Mit freundlichen Grüßen

""" + sig("mehmet")
    return mail("NORMAL", "de", "insurer-to-school",
                "trap: blank accident report form (DOCX) with fields for child, teeth and injuries, no data filled in",
                MEHMET, [("Claudia Reinhold (Sekretariat)", "sekretariat@gs-lindenhof.example")],
                "Vorlage Unfallanzeige KU-12 (Word)", D(2026, 2, 4, 10, 58), T(body),
                attachments=[A("Unfallanzeige_KU-12_Vorlage.docx",
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)])


def m131():
    body = """Dear Mrs Dubois,

thank you for your patience. We have now received the report of the orthopaedic
expert, Dr. Voss, on Lucas's left knee and can decide on the disability benefit.

Lucas (13) injured his left knee on 7 May 2025 when he fell during a school
football tournament (bone bruise and partial tear of the patellar tendon
attachment). Dr. Voss finds a permanent impairment of the left knee of 2/20 of
the leg value, i.e. 7 % disability.

However, the expert also found that Lucas had suffered from Osgood-Schlatter
disease in both knees since 2023 (confirmed by the X-rays from his paediatrician
in March 2024), with a bony prominence and pain under load already before the
accident. In his opinion, this pre-existing condition contributed to the
current impairment by 50 %.

Under clause 3 of the policy conditions, if an illness or infirmity contributed
to the consequences of the accident by at least 25 %, the benefit is reduced
accordingly. The calculation is therefore:

  Disability 7 % x sum insured EUR 100,000        = EUR 7,000.00
  reduced by 50 % (contribution of illness)       = EUR 3,500.00

We will transfer EUR 3,500.00 to your account within the next few days.

We know this is disappointing. If you disagree with the expert's assessment,
you can ask for a second medical opinion, or contact our complaints management
or the insurance ombudsman (free of charge for you).

Kind regards

""" + sig("jana", "en")
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "named boy's knee injury, pre-existing Osgood-Schlatter disease, 7 % disability reduced by 50 %",
                JANA, [("Sophie Dubois", "sophie.dubois@courrier-mail.example")],
                "Lucas - decision on disability benefit (KU-2025-03990)", D(2026, 6, 10, 11, 20), T(body))


def m132():
    body = """Hi Jana,

forwarding from the student mailbox - she's insured under AuerStudent with
hospital cash. Could you check whether she gets the daily allowance for the day
surgery? I told her you'd get back to her.

Cheers, Priya

> -----Original Message-----
> From: Hanna Kowalski <hanna.kowalski@stud.uni-nordhessen.example>
> Sent: Monday, 4 May 2026 09:14
> To: international@auerhahn-versicherung.example
> Subject: Rowing accident - can I claim?
>
> Hello,
>
> I'm a student at Uni Nordhessen and have your student accident insurance
> (policy US-5107-3318-09, I think). Two weeks ago, during rowing training on the
> Fulda, my right hand got trapped between the oar and the boat when we capsized
> while getting in. My middle finger was dislocated and the tendon on top of the
> finger (extensor tendon) was torn. I had an operation at the hand surgery
> clinic on 24 April as a day patient (no overnight stay), and now I have a splint
> for 6 weeks. I can't write my exams with my right hand and had to postpone two
> of them.
>
> Do I get anything? And is there compensation for missing the exams?
>
> Thanks,
> Hanna
"""
    return mail("STRICTLY_CONFIDENTIAL", "en", "customer",
                "forwarded student's mail: finger dislocation, torn extensor tendon, day surgery, policy number",
                PRIYA, [JANA], "FW: Rowing accident - can I claim?", D(2026, 5, 4, 11, 26), T(body))


def m133():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.03.2026 nicht im Büro und kann Ihre E-Mail erst
danach lesen. Ihre Nachricht wird nicht automatisch weitergeleitet.

In dringenden medizinischen Fragen zu laufenden Leistungsfällen wenden Sie sich
bitte an das Team Leistung Unfall (leistung-unfall@auerhahn-versicherung.example,
Tel. 0561 7127-4300).

Bitte senden Sie keine Arztberichte oder Gutachten per E-Mail, sondern nutzen
Sie das SecureMail-Portal.

Mit freundlichen Grüßen
Dr. med. Ulrike Sandmann
Beratungsärztin
"""
    return mail("NORMAL", "de", "auto-reply",
                "trap: medical advisor's out-of-office reply mentioning medical reports, no person data",
                SANDMANN, [("", "praxis@gutachten-voss.example")], "Abwesenheitsnotiz: Rechnung Gutachten",
                D(2026, 3, 16, 9, 33), T(body, charset="iso-8859-1", cte="8bit"),
                headers=[("Auto-Submitted", "auto-replied")])


def m134():
    body = """Sehr geehrte Frau Whitaker-Braun,

danke für Ihre Mail und die Rechnung des Optikers. Ich antworte auf Deutsch,
wie Sie es sich gewünscht haben – Ihre Mail habe ich unten zitiert.

Zu Finns Brille: Sie ist beim Schulsport beschädigt worden, als ihn der
Basketball im Gesicht getroffen hat. Der Tarif AuerKind Plus (UK-4472-8807-01)
übernimmt Sehhilfen, die bei einem Unfall beschädigt werden, bis 300 EUR, wenn
gleichzeitig eine Verletzung vorliegt – das ist hier der Fall (Prellung des
linken Auges). Wir erstatten die 214 EUR für Gläser und Fassung.

Zu der Augenprellung selbst: Solange die Augenärztin keine bleibenden Schäden
feststellt, gibt es keine weitere Leistung. Bitte schicken Sie uns den
Kontrollbefund nach dem Termin im Juni.

Mit freundlichen Grüßen

""" + sig("tobias") + """

> From: Rebecca Whitaker-Braun <r.whitaker-braun@inboxnet.example>
> Sent: 12 May 2026 20:03
>
> Dear Mr Kranich,
> during PE on Friday Finn (11) was hit in the face by a basketball. His glasses
> broke and he has a black eye. The eye doctor at the clinic found a contusion of
> the left eyeball with some bleeding in the front chamber (hyphaema), he has to
> rest and use drops (prednisolone) and she'll check his eye pressure again in
> June. New glasses cost EUR 214 (receipt attached). Can you reimburse them?
> Please answer in German, my husband reads the post. Thanks, Rebecca
"""
    return mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
                "German reply with English quote: named boy's eyeball contusion with hyphaema, eye drops, broken glasses",
                TOBIAS, [("Rebecca Whitaker-Braun", "r.whitaker-braun@inboxnet.example")],
                "AW: Finn - glasses and eye injury at school", D(2026, 5, 13, 12, 41), T(body))


def m135():
    body = """Hallo Herr Schuster,

herzlichen Glückwunsch an Ihren Sohn zum Führerschein!

Wir haben Jannis in Ihrer Kfz-Versicherung als Fahrer eingetragen:

  Vertrag:          KF-7729-4410, Skoda Octavia Combi, KS-MS 4410
  Zusätzlicher Fahrer: Jannis Schuster, geb. 19.02.2008
  Führerschein:     Klasse B, ausgestellt 21.03.2026 (begleitetes Fahren
                    bis zum 18. Geburtstag war bereits eingetragen)
  Mehrbeitrag:      312,00 EUR jährlich (Fahrer unter 23 Jahren)
  gültig ab:        21.03.2026

Tipp: Wenn Jannis ein Fahrsicherheitstraining für Fahranfänger macht,
reduziert sich der Zuschlag um 20 %. Schicken Sie uns dann
einfach die Teilnahmebescheinigung.

Der Nachtrag zum Versicherungsschein kommt per Post.

Viele Grüße

""" + sig("ronja")
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "young driver added to named father's motor policy: son's birth date, licence date, plate, surcharge",
                RONJA, [("Matthias Schuster", "m.schuster@mailhaus.example")],
                "Jannis als Fahrer eingetragen – KF-7729-4410", D(2026, 3, 24, 14, 50), T(body))


def m136():
    body = """Sehr geehrte Damen und Herren,

zu Ihrem Schreiben vom 03.03.2026 (Ihr Zeichen 40.2-FA/26-011) betreffend die
Kosten des Feuerwehreinsatzes an der Gesamtschule Hofgeismar am 16.02.2026
teilen wir Ihnen als Privathaftpflichtversicherer der Familie Wendt Folgendes
mit:

Nach Ihrer Darstellung hat der Schüler Kevin Wendt (Klasse 7c, 13 Jahre) in
der zweiten Pause einen Druckknopfmelder im Treppenhaus B betätigt, ohne dass
ein Brand vorlag. Die Brandmeldeanlage hat automatisch die Feuerwehr
alarmiert. Die Stadt verlangt 1.486,00 EUR für den Einsatz (Gebührenbescheid)
sowie 95,00 EUR für das Zurücksetzen der Anlage.

Die Familie hat uns den Sachverhalt bestätigt; Kevin hat den Melder nach
eigener Aussage „aus Spaß" gedrückt. Wir erkennen die Forderung dem Grunde
nach an (Schaden-Nr. HS-2026-02977, Vertrag PH-7718-2239) und werden den
Gesamtbetrag von 1.581,00 EUR innerhalb von 10 Tagen an die Stadtkasse
überweisen.

Mit dieser Zahlung sind alle Ansprüche aus dem Vorfall erledigt. Wir bitten
um Verständnis, dass wir zu schulischen Ordnungsmaßnahmen keine Stellung
nehmen.

Mit freundlichen Grüßen

""" + sig("sven")
    return mail("CONFIDENTIAL", "de", "insurer-to-school",
                "liability payment to the school authority for a false fire alarm by a named 13-year-old pupil; no injury",
                SVEN, [("Stadt Hofgeismar, Schulverwaltung", "schulverwaltung@hofgeismar-stadt.example")],
                "Ihr Zeichen 40.2-FA/26-011 – Feuerwehreinsatz Gesamtschule, Schüler Wendt",
                D(2026, 3, 13, 9, 58), T(body), cc=[("Gesamtschule Hofgeismar", "verwaltung@gs-hofgeismar.example")])


def m137():
    body = """Hallo Jana,

kannst du das übernehmen? Vater schreibt auf Englisch, Police ist AuerKind Plus
UK-4476-1102-02 (Sohn Ethan, 9). Hab noch keinen Schaden angelegt. Er möchte
einen Rückruf, am besten abends nach 18 Uhr, Nummer steht unten.

Danke!
Priya

-------- Original Message --------
Subject: Ethan broke his arm on the trampoline
Date: 2026-06-07 17:52
From: Daniel Hughes <daniel.hughes@homemail.example>
To: international@auerhahn-versicherung.example

Hello,

I'm writing about our son Ethan Hughes. Yesterday he fell off the trampoline in
our garden and landed on his outstretched left arm. At the Klinikum they
diagnosed a fracture of both forearm bones (radius and ulna), displaced, and
operated in the evening with two elastic nails (they called it ESIN). He stayed
overnight and we're home now with a cast up to his shoulder.

The doctor said the nails will have to come out in about 4 months, which means
a second, shorter operation.

What do we need to do? Do you pay for the hospital days and the cast? Please
call me back if possible: +49 160 2288 4710 (evenings).

Many thanks,
Daniel Hughes
"""
    return mail("STRICTLY_CONFIDENTIAL", "mixed", "customer",
                "German note forwarding English father's mail: named 9-year-old's displaced forearm fracture, surgery",
                PRIYA, [JANA], "WG: Ethan broke his arm on the trampoline", D(2026, 6, 8, 8, 20), T(body))


def m138():
    body = """Protokoll Datenschutz-Jour-fixe Leistung Unfall – 11.02.2026

Teilnehmende: F. Brandstätter (DSB), K. Elsner, T. Kranich, O. Quast,
M. Aydoğan; Protokoll: L. Feldhaus

TOP 1  Unfallmeldungen von Schulen und Kitas per E-Mail
  – Nach wie vor senden Schulen Unfallanzeigen mit Namen und Verletzungen
    unverschlüsselt an persönliche Postfächer (geschätzt 15–20 pro Woche).
  – Beschluss: Rundschreiben an alle Rahmenvertragspartner mit Hinweis auf
    das Schulportal (verantwortlich: M. Aydoğan, bis 28.02.).
  – Eingehende Mails werden weiterhin bearbeitet; keine Rückmeldung per Mail
    mit Gesundheitsdaten, sondern über das Portal.

TOP 2  Mitgliederlisten von Vereinen
  – Einige Vereine schicken vollständige Mitgliederlisten mit Geburtsdaten,
    obwohl nur Zahlen benötigt werden. Listen werden nach Übernahme der
    Zahl gelöscht (Löschroutine im Postfach „Gruppenverträge").

TOP 3  Fotos von Verletzungen über die App
  – DSFA in Arbeit (Entwurf v0.4), Go-live nicht vor Q3.

TOP 4  Auskunftsersuchen
  – 2025: 23 Auskunftsersuchen nach Art. 15 DSGVO in der Sparte Unfall,
    alle fristgerecht beantwortet.

Nächster Termin: 13.05.2026
"""
    return mail("NORMAL", "de", "internal",
                "trap: data protection meeting minutes about pupils' accident reports and member lists, no individual",
                LUKAS, [DSB, ELSNER, TOBIAS, QUAST, MEHMET], "Protokoll DS-Jour-fixe Leistung Unfall 11.02.",
                D(2026, 2, 12, 15, 5), T(body))


def m139():
    body = """Dear Mr Larsen,

I'm sorry to hear about the storm damage. Here is the result of our review.

During storm "Hedda" on 17 February, your children's garden trampoline
(diameter 4.3 m) was lifted by the wind and blown against the garage of your
neighbour, Mr Thomas Vogt, at Birkenweg 12. The trampoline is a write-off; the
garage door has dents and the gutter is bent.

1. Your trampoline
   Garden furniture and play equipment outdoors are covered by your household
   insurance (HR-7741-3390) against storm only if they are firmly anchored. You
   wrote that the ground anchors were not fitted. Unfortunately we therefore
   cannot pay for the trampoline.

2. Your neighbour's garage
   Storm is a "force of nature"; you would only be liable if you had neglected
   to secure the trampoline. The manufacturer's instructions require anchoring,
   so liability is likely. We will settle Mr Vogt's damage (estimate EUR 1,380)
   under your private liability insurance (PH-7741-3389), claim no.
   HS-2026-01802.

Please ask Mr Vogt to send us his invoice directly.

Kind regards

""" + sig("sven", "en")
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
                "storm claim: named customer and neighbour with address, household and liability policy numbers; no injury",
                SVEN, [("Anders Larsen", "anders.larsen@nordmail.example")],
                "Storm damage - trampoline and neighbour's garage (HS-2026-01802)", D(2026, 3, 3, 14, 9),
                T(body))


def m140():
    body = """Hallo Frau Dörr,

das Versicherungskennzeichen für den Mofa-Roller Ihrer Tochter ist
unterwegs – es kommt in den nächsten Tagen per Einschreiben.

  Versicherungsnehmerin:   Gabriele Dörr, Am Mühlbach 6, 34270 Schauenburg
  Fahrerin:                Lena Dörr, geb. 03.02.2011 (Mofa-Prüfbescheinigung
                           vom 04.02.2026)
  Fahrzeug:                Kymco Agility 50, 25 km/h, FIN RFBS40E21TB004417
  Kennzeichen:             714 NHK (grün, Verkehrsjahr 2026)
  Beitrag:                 Haftpflicht 58,00 EUR + Teilkasko 27,00 EUR,
                           bereits abgebucht

Das Kennzeichen gilt bis 28.02.2027. Ab dem 1. März brauchen Sie ein neues
in der neuen Farbe – wir erinnern Sie rechtzeitig.

Gute Fahrt für Lena!

""" + sig("ronja")
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "moped plate for named 15-year-old with birth date, address, VIN; iso-8859-1 8bit",
                RONJA, [("Gabriele Dörr", "g.doerr@web-post.example")], "Versicherungskennzeichen für Lena",
                D(2026, 2, 26, 11, 37), T(body.replace("–", "-"), charset="iso-8859-1", cte="8bit"))


def m141():
    body = """Hallo Herr Quentin,

danke, ist erledigt: Ihre neue Anschrift ab 01.03.2026 ist

  Sebastian Quentin
  Hegelsbergstraße 27
  34127 Kassel

und gilt für Ihre Privathaftpflicht (PH-7744-8812) und die Hausrat
(HR-7744-8813). Der Beitrag der Hausrat ändert sich wegen der anderen
Tarifzone leicht auf 11,20 EUR monatlich, Nachtrag kommt per Post.

Viele Grüße

""" + sig("ronja")
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "named customer's new home address with liability/household contract numbers",
                RONJA, [("Sebastian Quentin", "s.quentin@freepost-mail.example")], "AW: Umzug",
                D(2026, 2, 27, 16, 2), T(body, cte="base64"))


def m142():
    csvdata = make_csv([
        ["test_case", "policy_no", "child_last_name", "child_first_name", "date_of_birth", "icd10",
         "injury_text", "payout_iban", "expected_result"],
        ["TC-001", "UK-TEST-0001-01", "Mustermann", "Max (fiktiv)", "2015-01-01", "S42.0",
         "TEST clavicle fracture", "DE89370400440532013000", "payout cast allowance 50 EUR"],
        ["TC-002", "UK-TEST-0002-01", "Musterfrau", "Erika (fiktiv)", "2012-06-15", "S02.5",
         "TEST tooth fracture 21", "DE02120300000000202051", "route to dental workflow"],
        ["TC-003", "UK-TEST-0003-01", "Test", "Tom (fiktiv)", "2019-12-31", "S06.0",
         "TEST concussion", "DE02120300000000202051", "hospital cash 2 days"],
        ["TC-004", "UK-TEST-0004-01", "Beispiel", "Anna (fiktiv)", "2018-02-29", "S52.5",
         "TEST invalid birth date", "DE89370400440532013000", "reject: invalid date"],
        ["TC-005", "UK-TEST-0005-01", "Mustermann", "Max (fiktiv)", "2015-01-01", "",
         "TEST missing ICD", "DE00123456789012345678", "reject: IBAN checksum error"],
    ], sep=",")
    body = """Hello Mr Ferreira,

for the regression tests of the new payout module, here are the synthetic test
cases (CSV). All persons are fictitious; the IBANs are the well-known published
example IBANs used in banking documentation, plus one deliberately invalid IBAN
for the negative test (TC-005).

Please load them into the test environment T-LEIST-02 only. Production data
must not be used for testing under any circumstances (see contract annex 4).

Best regards,

""" + sig("quast", "en", ascii=True)
    return mail("NORMAL", "en", "insurer-to-supplier",
                "trap: synthetic test cases with fictitious children, test ICD codes and published example IBANs (CSV)",
                QUAST, [("Rui Ferreira", "r.ferreira@it-service-lisboa.example")],
                "Test data payout module - synthetic cases", D(2026, 1, 21, 14, 43),
                T(body, charset="us-ascii", cte="7bit"),
                attachments=[A("testcases_payout_v3.csv", "text/csv", csvdata)])


def m143():
    csvdata = make_csv([
        ["Nr", "Nachname", "Vorname", "Klasse", "Reisepreis EUR", "bereits gezahlt EUR"],
        [1, "Albers", "Mia", "6b", "289,00", "289,00"],
        [2, "Bach", "Noel", "6b", "289,00", "289,00"],
        [3, "Çelik", "Elif", "6b", "289,00", "150,00"],
        [4, "Dietz", "Paul", "6b", "289,00", "289,00"],
        [5, "Engel", "Sofia", "6b", "289,00", "289,00"],
        [6, "Fuchs", "Leon", "6b", "289,00", "289,00"],
        [7, "Graf", "Hannah", "6b", "289,00", "0,00"],
        [8, "Hahn", "Ben", "6b", "289,00", "289,00"],
        [9, "Ivanova", "Daria", "6b", "289,00", "289,00"],
        [10, "Jung", "Lukas", "6b", "289,00", "289,00"],
    ], encoding="windows-1252")
    body = """Sehr geehrter Herr Reuter,

vielen Dank für die Unterlagen zur abgesagten Klassenfahrt der 6b nach
Borkum (geplant 20.–24.04.2026).

Sie haben die Fahrt absagen müssen, weil die Jugendherberge wegen eines
Wasserschadens geschlossen wurde und kurzfristig keine Ersatzunterkunft zu
finden war. Der Reiseveranstalter erstattet nur die Unterkunft, nicht die
Bahntickets (Gruppenticket, nicht stornierbar).

Die Gruppen-Reiserücktrittsversicherung der Schule (RR-7790-0044) deckt die
Absage aus „Gründen, die in der Sphäre des Leistungsträgers liegen". Wir
übernehmen deshalb die Stornokosten der Bahn von 1.240,00 EUR.

Für die Aufteilung haben wir Ihre Teilnehmerliste (Anhang, mit Ihren Angaben
zu den bereits gezahlten Beträgen) übernommen. Die Erstattung überweisen wir
an das Klassenfahrtkonto der Schule; die Verteilung an die Eltern erfolgt
bitte durch Sie. Schaden-Nr. RS-2026-00912.

Mit freundlichen Grüßen

""" + sig("ronja")
    return mail("CONFIDENTIAL", "de", "insurer-to-school",
                "school trip cancellation (no illness): CSV list of named pupils with payment status, claim number",
                RONJA, [("Tobias Reuter", "t.reuter@gesamtschule-vellmar.example")],
                "Klassenfahrt 6b Borkum – Erstattung Stornokosten RS-2026-00912", D(2026, 4, 15, 13, 27), T(body),
                attachments=[A("Teilnehmerliste_6b_Borkum.csv", "text/csv", csvdata)])


def m144():
    body = """Hi Ronja,

below an application from one of our brokers for a new household policy.
Could you set it up? Offer number as in the broker portal.

Benedikt

-----Original Message-----
From: Sarah Clarke <s.clarke@clarke-partner-brokers.example>
Sent: Thursday, 16 April 2026 15:02
To: Rauh, Benedikt <benedikt.rauh@auerhahn-versicherung.example>
Subject: New business - household insurance for Dr. Mensah

Hi Benedikt,

new client for household contents, offer no. AN-2026-HR-11873 from your portal:

  Applicant:        Dr. Kwame Mensah
  Date of birth:    22 September 1979
  Occupation:       researcher (postdoc), University of Kassel
  Address:          Wilhelmshöher Allee 104, 3rd floor right, 34119 Kassel
  Flat:             84 sqm, 3 rooms, built 1962
  Sum insured:      EUR 55,000 (incl. bicycle cover EUR 2,500)
  Start:            1 May 2026
  Previous insurer: none in Germany (moved from Accra in 2025)
  Payment:          annually, direct debit - he will fill in the SEPA mandate
                    in the portal himself

No previous claims. He'd also like a quote for private liability for the
family (wife and two children), I'll send that separately.

Thanks and best,
Sarah

Clarke & Partner Insurance Brokers GmbH
"""
    return mail("CONFIDENTIAL", "en", "broker",
                "forwarded broker application: named applicant's birth date, occupation, home address, household cover",
                RAUH, [RONJA], "FW: New business - household insurance for Dr. Mensah", D(2026, 4, 17, 9, 5),
                T(body))


def m145():
    inner = inner_mail(("Dr. med. Annette Brückmann", "praxis@kinderchirurgie-brueckmann.example"),
                       [("Leistung Unfall", LEISTUNG_UNFALL[1])],
                       "Ärztlicher Bericht Sophia Lange, Ihr Zeichen KU-2026-00744",
                       D(2026, 3, 2, 17, 40), T("""Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 18.02.2026 und mit Einverständnis der Mutter berichte ich
über unsere Patientin

  Sophia Lange, geb. 27.08.2017

Unfall: 06.02.2026, Sturz beim Schlittschuhlaufen auf die ausgestreckte linke
Hand.

Diagnose: distale Radiusfraktur links mit Dislokation (S52.5), Fraktur des
Processus styloideus ulnae (S52.8).

Therapie: Geschlossene Reposition und perkutane Kirschner-Draht-Osteosynthese
(2 K-Drähte) in Allgemeinanästhesie am 06.02.2026, Oberarmgips für 4 Wochen,
dann Unterarmgips für 2 Wochen. Entfernung der K-Drähte ambulant am
06.03.2026 geplant.

Verlauf: regelrechte Stellung im Gips, keine Durchblutungs- oder
Sensibilitätsstörung. Eine Beteiligung der Wachstumsfuge liegt nicht vor.

Prognose: Bei Kindern in diesem Alter ist mit einer vollständigen
Ausheilung zu rechnen. Eine abschließende Beurteilung ist 6 Monate nach
Gipsabnahme möglich.

Mit freundlichen Grüßen
Dr. med. Annette Brückmann
Fachärztin für Kinderchirurgie
""", cte="quoted-printable"), msgid="<8f0c2a71.1904@kinderchirurgie-brueckmann.example>")
    body = """Hallo Jana,

der Bericht von Frau Dr. Brückmann zu KU-2026-00744 ist direkt im
Funktionspostfach gelandet. Hänge ihn dir als Mail an – Gipsgeld und
Krankenhaustagegeld (1 Nacht) kannst du damit zahlen, oder?

Lukas
"""
    return mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
                "doctor's report as attached message/rfc822: named child's radius fracture S52.5, K-wire surgery",
                LUKAS, [JANA], "WG: Ärztlicher Bericht Sophia Lange, Ihr Zeichen KU-2026-00744",
                D(2026, 3, 3, 7, 49), T(body),
                attachments=[RFC822(inner, disp="attachment", filename="Aerztlicher_Bericht_Lange.eml")])


def m146():
    docx = make_docx([
        ("h", "Gutachtenauftrag Kinderorthopädie – Invalidität"),
        "Auftraggeberin: Auerhahn Versicherung AG, Leistung Unfall, Zeichen KU-2025-03317",
        "Versicherte Person: Ole Jacobsen, geb. 14.11.2017, gesetzlich vertreten durch die Mutter Frauke Jacobsen",
        "Unfall: 02.04.2025, Sturz vom Klettergerüst im Kindergarten auf den linken Arm",
        "Bisherige Diagnosen laut Berichten: Radiusköpfchenfraktur links (S52.1), konservativ im Oberarmgips "
        "behandelt; im Verlauf Bewegungseinschränkung der Unterarmdrehung.",
        ("h", "Fragen an die Gutachterin"),
        ("table", [["Nr.", "Frage"],
                   ["1", "Welche Unfallfolgen bestehen am linken Arm (Befund im Seitenvergleich, Umwendbewegungen)?"],
                   ["2", "Ist die Beeinträchtigung dauerhaft (länger als drei Jahre)? Ist mit Besserung oder "
                         "Verschlechterung im Wachstum zu rechnen?"],
                   ["3", "Wie hoch ist die Invalidität nach der Gliedertaxe (Armwert)?"],
                   ["4", "Haben Krankheiten oder Gebrechen bei den Unfallfolgen mitgewirkt? Wenn ja, zu welchem Anteil?"],
                   ["5", "Bestanden am linken Arm vor dem Unfall Beeinträchtigungen (Vorinvalidität)?"],
                   ["6", "Empfehlen Sie eine Nachuntersuchung? Wann?"]]),
        "Bitte untersuchen Sie das Kind in Anwesenheit eines Elternteils. Röntgenaufnahmen nur, wenn "
        "medizinisch unverzichtbar (Strahlenschutz im Kindesalter).",
        "Honorar: pauschal 650 EUR zzgl. Kosten für notwendige Röntgenaufnahmen nach GOÄ.",
    ], title="Gutachtenauftrag KU-2025-03317", creator="Jana Wiedemeyer")
    body = """Sehr geehrte Frau Dr. Okafor-Lenz,

vielen Dank, dass Sie den Auftrag so kurzfristig übernehmen. Anbei unser
Gutachtenauftrag mit den Fragen (Word-Datei). Die Vorbefunde schicken wir
Ihnen über das SecureMail-Portal; die Familie ist informiert und meldet sich
zur Terminvereinbarung direkt bei Ihnen.

Mit freundlichen Grüßen

""" + sig("jana")
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
                "expert opinion order (DOCX) for a named child with birth date, radial head fracture, questions on invalidity",
                JANA, [("Dr. med. Nadine Okafor-Lenz", "praxis@kinderorthopaedie-okafor.example")],
                "Gutachtenauftrag KU-2025-03317", D(2026, 5, 20, 15, 54), T(body),
                attachments=[A("Gutachtenauftrag_KU-2025-03317.docx",
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)])


def m147():
    body = """Hi Jana,

the bilingual Kita "Little Explorers" (nursery framework contract RV-KITA-0117)
sent this incident report - both children are covered under the framework
contract, and the bitten child's parents want to claim for the scar treatment.
Their mail is below. I've asked the Kita to use the portal next time.

Best, Mehmet

> From: Little Explorers Kita - Management <management@little-explorers-kita.example>
> Sent: 12 June 2026 16:44
> Subject: Incident report 11 June - biting incident, Butterflies group
>
> Dear Mr Aydogan,
>
> incident report as requested:
>
> Date/time: 11 June 2026, approx. 11:30, garden
> Injured child: Charlotte "Lottie" Meyer-Evans, 3 years (DOB 02/02/2023)
> Other child involved: Mateo R., 3 years - a dispute over a scooter
> Injury: bite to the left cheek, skin broken (two small puncture wounds and a
> bruise). First aid: cleaned, cooled, parents informed at 11:40. Mother took
> Lottie to the paediatrician, who gave a course of antibiotics
> (amoxicillin/clavulanic acid) as a precaution and checked her tetanus status.
> The paediatrician says there may be a small scar.
>
> Supervising staff: Ms Jenny Park, Ms Aylin Korkmaz.
> Mateo's parents have been informed.
>
> Kind regards,
> Fiona Hartley, Kita Manager
"""
    return mail("STRICTLY_CONFIDENTIAL", "en", "kindergarten",
                "forwarded nursery report: named 3-year-old's bite wound to the face, antibiotics, possible scar, DOB",
                MEHMET, [JANA], "FW: Incident report 11 June - biting incident, Butterflies group",
                D(2026, 6, 15, 8, 34), T(body))


def m148():
    body = """Liebe Neue im Team Zahn,

hier das kleine Glossar, das wir euch in der Einarbeitung versprochen haben.
Es erklärt die Begriffe, die in Zahnarztberichten und Heil- und Kostenplänen
am häufigsten vorkommen.

  Avulsion            Zahn komplett aus dem Zahnfach herausgeschlagen
  Replantation        Wiedereinsetzen eines avulsierten Zahns (Erfolg hängt
                      stark von der Lagerung ab – Zahnrettungsbox!)
  Luxation            Zahn gelockert/verschoben, aber nicht ganz heraus
                      (Intrusion = hineingeschlagen, Extrusion = herausgeschoben)
  Kronenfraktur       Bruch der Zahnkrone; „kompliziert", wenn der Nerv
                      (Pulpa) eröffnet ist
  Kronen-Wurzel-Fraktur  Bruchlinie reicht unter das Zahnfleisch
  Schienung           Fixierung gelockerter Zähne an den Nachbarzähnen
  Wurzelkanalbehandlung (WKB)  Entfernung des Zahnnervs
  Resorption          Abbau der Zahnwurzel – typische Spätfolge nach Trauma
  Milchzahn / bleibender Zahn  Zahnschema: Milchzähne 51–85, bleibende
                      Zähne 11–48 (erste Ziffer = Quadrant)
  Lückenhalter        hält nach Milchzahnverlust den Platz frei
  Implantat           erst nach Abschluss des Kieferwachstums (ca. 18–20 J.)
  GOZ / BEMA          Gebührenordnung Zahnärzte (privat) / Bewertungsmaßstab
                      (gesetzliche Kasse)

Faustregel für die Prüfung: Bei Kindern zieht sich ein Zahnunfall oft über
10 Jahre – deshalb die lange Leistungszusage im Zahnbaustein.

Viele Grüße
Tobias

""" + sig("tobias")
    return mail("NORMAL", "de", "internal",
                "trap: glossary of dental trauma terms for new staff, no case or person",
                TOBIAS, [("Team Zahn/Auge", "team-zahn-auge@" + DOM)], "Glossar Zahnunfälle für die Einarbeitung",
                D(2026, 6, 16, 10, 40), T(body))


def m149():
    pdf = make_pdf("""# Ausschreibung Gruppen-Unfallversicherung 2027-2029
Hessischer Turn- und Spielverband (Beispielverband) - Leistungsbeschreibung (Auszug)

## 1. Versicherter Personenkreis
ca. 96.000 Mitglieder in 410 Vereinen, davon 58 % unter 18 Jahren;
Übungsleiterinnen und Übungsleiter ca. 6.800.

## 2. Mindestleistungen
Invalidität 50.000 EUR mit Progression 350 %; Todesfall 5.000 EUR;
Bergungskosten 10.000 EUR; Zahnersatz 3.000 EUR; kosmetische Operationen 5.000 EUR.

## 3. Schadenverlauf (Anlage 2, aggregiert)
Schadenhäufigkeit 2022-2025 je 1.000 Mitglieder: 14,2 / 15,8 / 16,4 / 17,1.
Invaliditätsfälle pro Jahr: 28 / 31 / 35 / 33.

## 4. Angebotsfrist
30.06.2026, 12:00 Uhr, ausschließlich über die Vergabeplattform.
""", title="Leistungsbeschreibung Auszug", created="20260505090000+02'00'")
    csvdata = make_csv([
        ["Jahr", "Mitglieder", "Unfallmeldungen", "davon unter 18", "Invaliditätsfälle",
         "Invaliditätsleistungen EUR", "Zahnleistungen EUR"],
        [2022, 91200, 1295, 811, 28, "1.204.000", "98.300"],
        [2023, 93100, 1471, 902, 31, "1.398.500", "112.900"],
        [2024, 94800, 1555, 968, 35, "1.611.200", "131.400"],
        [2025, 96000, 1642, 1004, 33, "1.540.800", "140.700"],
    ], encoding="utf-8")
    z = make_zip([("Ausschreibung_GUV_2027/Leistungsbeschreibung_Auszug.pdf", pdf),
                  ("Ausschreibung_GUV_2027/Anlage2_Schadenverlauf_aggregiert.csv", csvdata)],
                 date_time=(2026, 5, 6, 9, 30, 0))
    body = """Hallo Marek, hallo Mehmet,

anbei die Ausschreibungsunterlagen des Verbands (nur die für uns relevanten
Teile, gezippt). Der Schadenverlauf ist aggregiert – Einzelfälle gibt der
Verband erst in der zweiten Runde und dann nur anonymisiert heraus.

Ich würde vorschlagen, wir besprechen am 12.05., ob wir mitbieten. Bei
Progression 350 % und 58 % Kindern/Jugendlichen müssten wir den
Rückversicherer früh einbinden.

Viele Grüße
Benedikt

""" + sig("rauh")
    return mail("NORMAL", "de", "insurer-to-partner",
                "trap: tender documents (ZIP with PDF and CSV) with aggregated claims history of a sports association",
                RAUH, [ZIEGLER, MEHMET], "Ausschreibung Gruppen-Unfall Turn- und Spielverband 2027–2029",
                D(2026, 5, 6, 9, 48), T(body), cc=[("Vergabestelle Verband", "vergabe@htsv-verband.example")],
                attachments=[A("Ausschreibung_GUV_2027_Auszug.zip", "application/zip", z)])


def m150():
    body = """Hallo Katrin, hallo Jana,

kurzer Stand Reha-Management zu Marlene Vogelsang (KU-2026-00231, 12 J.,
Fahrradunfall 19.01.2026, Schädel-Hirn-Trauma III. Grades):

Medizinisch:
  – 12 Tage Intensivstation Klinikum Kassel, davon 5 Tage beatmet
  – seit 09.02. in der neurologischen Kinder-Reha in Bad Wildungen (Phase C)
  – Fortschritte: läuft mit Rollator, spricht in kurzen Sätzen; weiterhin
    Gedächtnis- und Konzentrationsstörungen, rechtsseitige Schwäche der Hand
  – Epileptischer Anfall am 02.03., seitdem Levetiracetam

Familie:
  – Mutter ist als Begleitperson in der Reha, Vater arbeitet weiter
    (Schichtdienst), zwei jüngere Geschwister werden von der Oma betreut
  – Eltern sind erschöpft; ich habe den Kontakt zum Familienentlastenden
    Dienst hergestellt

Was wir tun könnten (Reha-Budget AuerKind Plus, bis 25.000 EUR):
  1. Kosten Begleitperson (Unterkunft Mutter) – die Kasse zahlt nur bis zum
     10. Lebensjahr voll – ca. 2.100 EUR
  2. Nach der Entlassung: Nachhilfe/Lerntherapie für die Wiedereingliederung
     in die Schule, geschätzt 3.500 EUR
  3. Prüfung Umbau Badezimmer (ebenerdige Dusche), falls die Gangstörung
     bleibt

Bitte Freigabe für 1. und 2., dann sage ich der Familie Bescheid.
Invaliditätsbemessung frühestens in einem Jahr.

Gruß
Grzegorz

""" + sig("nowak")
    return mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "rehab management update: named 12-year-old's severe brain injury, intensive care, seizure, medication",
                NOWAK, [ELSNER, JANA], "Reha-Management Vogelsang – Stand und Freigabe", D(2026, 3, 9, 17, 2),
                T(body))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
