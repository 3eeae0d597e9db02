#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent Siegel test corpus dev132 (prefix d132-, seed 132).

150 hand-written, fictitious outgoing mails of a private health insurer
("Mareva Krankenversicherung AG", domain mareva-kv.example), labelled
NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL by SPEC section 1.

Python standard library only.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in a temp dir, compares bytes,
                                     # re-parses and validates everything
"""

import argparse
import base64
import csv
import datetime as dt
import hashlib
import html
import io
import os
import random
import re
import sys
import tempfile
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import policy, quoprimime
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from html.parser import HTMLParser
from urllib.parse import quote

SEED = 132
PREFIX = "d132-"
DOM = "mareva-kv.example"
CRLF = "\r\n"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# small helpers: IBAN, dates
# ---------------------------------------------------------------------------


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def de_iban(blz, kto, grouped=True):
    i = make_iban("DE", blz + kto.zfill(10))
    return grp(i) if grouped else i


def grp(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def tz_for(mo, d):
    # CEST from 29 March to 24 October 2026, CET otherwise
    return 2 if (3, 29) <= (mo, d) < (10, 25) else 1


def D(mo, d, h, mi, s=0):
    tz = dt.timezone(dt.timedelta(hours=tz_for(mo, d)))
    return format_datetime(dt.datetime(2026, mo, d, h, mi, s, tzinfo=tz))


def ztime(mo, d, h=9, mi=0):
    return (2026, mo, d, h, mi, 0)


def B(s):
    """Body text: drop the first newline of a triple-quoted string."""
    if s.startswith("\n"):
        s = s[1:]
    return s


# ---------------------------------------------------------------------------
# MIME building (hand-rolled so that every byte is under control)
# ---------------------------------------------------------------------------


def _param(k, v):
    if all(ord(c) < 128 for c in v):
        return '%s="%s"' % (k, v)
    return "%s*=utf-8''%s" % (k, quote(v.encode("utf-8"), safe=""))


def _fold_params(name, main, params):
    items = [main] + [_param(k, v) for k, v in params]
    line = "%s: %s" % (name, "; ".join(items))
    if len(line) <= 76:
        return line
    return "%s: %s" % (name, (";" + CRLF + "\t").join(items))


class Part:
    def __init__(self, ctype, body=b"", params=(), cte=None, disp=None,
                 filename=None, parts=None, boundary=None, extra=(),
                 preamble=None):
        self.ctype = ctype
        self.body = body
        self.params = list(params)
        self.cte = cte
        self.disp = disp
        self.filename = filename
        self.parts = parts
        self.boundary = boundary
        self.extra = list(extra)
        self.preamble = preamble

    def header_lines(self):
        params = list(self.params)
        if self.parts is not None:
            params.append(("boundary", self.boundary))
        if self.filename and self.ctype != "message/rfc822":
            params.append(("name", self.filename))
        lines = [_fold_params("Content-Type", self.ctype, params)]
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        if self.disp:
            dp = [("filename", self.filename)] if self.filename else []
            lines.append(_fold_params("Content-Disposition", self.disp, dp))
        lines.extend(self.extra)
        return lines

    def render_body(self):
        if self.parts is None:
            return self.body
        out = []
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\r\n")
        for p in self.parts:
            out.append(b"\r\n--" + self.boundary.encode() + b"\r\n")
            out.append(p.render())
        out.append(b"\r\n--" + self.boundary.encode() + b"--\r\n")
        body = b"".join(out)
        if not self.preamble:
            body = body[2:]
        return body

    def render(self):
        head = CRLF.join(self.header_lines()).encode("ascii") + b"\r\n\r\n"
        return head + self.render_body()


def _crlf(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "\r\n")


def encode_text(text, charset, cte):
    text = text.replace("\r\n", "\n")
    raw = text.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
        return _crlf(text).encode("ascii")
    if cte == "8bit":
        return _crlf(text).encode(charset)
    if cte == "quoted-printable":
        enc = quoprimime.body_encode(raw.decode("latin-1"), maxlinelen=76,
                                     eol="\r\n")
        if not enc.endswith("\r\n"):
            enc += "\r\n"
        return enc.encode("ascii")
    if cte == "base64":
        data = _crlf(text).encode(charset)
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def T(text, subtype="plain", charset="utf-8", cte="quoted-printable",
      flowed=False, filename=None, disp=None, delsp=False):
    params = [("charset", charset)]
    if flowed:
        params.append(("format", "flowed"))
        if delsp:
            params.append(("delsp", "yes"))
    if filename and not disp:
        disp = "attachment"
    return Part("text/" + subtype, encode_text(text, charset, cte), params,
                cte, disp=disp, filename=filename)


def b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def A(data, ctype, filename, disp="attachment", params=()):
    """Binary attachment, base64."""
    return Part(ctype, b64(data), params, "base64", disp=disp,
                filename=filename)


def MSG(inner_bytes, filename=None):
    """A forwarded message as message/rfc822."""
    try:
        inner_bytes.decode("ascii")
        cte = "7bit"
    except UnicodeDecodeError:
        cte = "8bit"
    return Part("message/rfc822", inner_bytes, (), cte,
                disp="attachment" if filename else "inline",
                filename=filename)


_CUR = [""]  # name of the mail function being built (for stable ids)


def _boundary(tag, kind):
    h = hashlib.sha1(("%d|%s|%s|%s" % (SEED, _CUR[0], tag, kind)).encode()).hexdigest()
    styles = {
        "outlook": "_%03d_%s%s_" % (0, "AM9PR01MB", h[:20].upper()),
        "tb": "------------%s" % h[:24],
        "sys": "=_mareva_%s" % h[:28],
        "apple": "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper()),
    }
    return styles.get(kind, "==%s==" % h[:30])


def MP(subtype, parts, tag="", style="outlook", preamble=None):
    return Part("multipart/" + subtype, parts=parts,
                boundary=_boundary(tag + subtype + str(len(parts)), style),
                preamble=preamble)


def _addr(a):
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    return formataddr((name, addr), charset="utf-8")


def _fold_addrs(name, addrs):
    items = [_addr(a) for a in addrs]
    lines = []
    cur = name + ": "
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(cur) + len(piece) > 76 and cur.strip() != name + ":":
            lines.append(cur.rstrip())
            cur = " " + piece + " "
        else:
            cur += piece + " "
    lines.append(cur.rstrip())
    return CRLF.join(lines)


def _hdr(name, value, charset=None):
    if all(ord(c) < 128 for c in value) and len(name) + 2 + len(value) <= 78 \
            and charset is None:
        return "%s: %s" % (name, value)
    if all(ord(c) < 128 for c in value) and charset is None:
        charset = "us-ascii"
    h = Header(value, charset or "utf-8", header_name=name, maxlinelen=76)
    return "%s: %s" % (name, h.encode(linesep=CRLF))


def thread_index(tag):
    return base64.b64encode(hashlib.md5(tag.encode()).digest()
                            + b"\x01\xdc").decode()


def build(frm, to, subject, date, body, cc=(), reply_to=None,
          in_reply_to=None, references=None, mailer="outlook",
          lang="de", extra=(), subj_charset=None, tag="", mid_domain=None):
    """Return the bytes of one message; body is a Part."""
    h = hashlib.sha1(("%d|%s|%s|%s" % (SEED, _CUR[0], tag, subject)).encode()).hexdigest()
    pd = parsedate_to_datetime(date)
    lines = []
    mdom = mid_domain or DOM
    if mailer == "outlook":
        mid = "<%s%s@%s>" % ("FR3P281MB", h[:22].upper(), mdom)
    elif mailer == "tb":
        mid = "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], mdom)
    elif mailer in ("sys", "news"):
        mid = "<%s.%s@%s>" % (pd.strftime("%Y%m%d%H%M%S"), h[:16], "mx." + mdom)
    else:
        mid = "<%s-%s@%s>" % (h[:8].upper(), h[8:20].upper(), mdom)
    lines.append(_fold_addrs("From", [frm]))
    if to:
        lines.append(_fold_addrs("To", to))
    if cc:
        lines.append(_fold_addrs("Cc", cc))
    if reply_to:
        lines.append(_fold_addrs("Reply-To", [reply_to]))
    lines.append(_hdr("Subject", subject, subj_charset))
    lines.append("Date: " + date)
    lines.append("Message-ID: " + mid)
    if in_reply_to:
        lines.append("In-Reply-To: " + in_reply_to)
        lines.append("References: " + (references or in_reply_to))
    if mailer == "outlook":
        topic = re.sub(r"^((AW|WG|RE|FW|Fwd|Re|Aw|Fw):\s*)+", "", subject)
        lines.append(_hdr("Thread-Topic", topic))
        lines.append("Thread-Index: " + thread_index(tag + topic))
        lines.append("Content-Language: " + ("de-DE" if lang == "de" else "en-US"))
        lines.append("X-MS-Has-Attach:" + (" yes" if body.ctype == "multipart/mixed" else ""))
        lines.append("X-MS-TNEF-Correlator:")
    elif mailer == "tb":
        lines.append("User-Agent: Mozilla Thunderbird")
        lines.append("Content-Language: " + ("de-DE" if lang == "de" else "en-GB"))
    elif mailer == "sys":
        lines.append("X-Mailer: MAREVA LEIS 7.3 (Leistungs- und Vertragssystem)")
    elif mailer == "news":
        lines.append("X-Mailer: Mareva Newsletter Engine 2.1")
        lines.append("Precedence: bulk")
        lines.append("List-Unsubscribe: <https://newsletter.%s/abmelden?l=%s>" % (DOM, h[:12]))
    elif mailer == "mobile":
        lines.append("X-Mailer: iPhone Mail (22B91)")
    elif mailer == "apple":
        lines.append("X-Mailer: Apple Mail (2.3826.600.51.1.1)")
    for e in extra:
        lines.append(e)
    lines.append("MIME-Version: 1.0")
    head = CRLF.join(lines + body.header_lines()).encode("ascii") + b"\r\n\r\n"
    return head + body.render_body()


# ---------------------------------------------------------------------------
# attachments, standard library only
# ---------------------------------------------------------------------------


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def make_pdf(lines, title="Dokument", compress=False, date=(2026, 1, 1)):
    """Minimal PDF 1.4 with Helvetica (WinAnsi) and a real text layer.

    lines: list of str; a line starting with '#' is printed bold-ish (larger)."""
    per_page = 52
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)]
    objs = []  # list of bytes, object number = index+1
    # 1 catalog, 2 pages, 3 font, 4 font bold, 5 info, then page/content pairs
    n_pages = len(pages)
    page_ids = [6 + 2 * i for i in range(n_pages)]
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % p for p in page_ids), n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    ds = "D:%04d%02d%02d090000+01'00'" % date
    objs.append(b"<< /Title " + _pdf_str(title) + b" /Producer (Mareva DMS 5.2) /CreationDate ("
                + ds.encode() + b") >>")
    for pg in pages:
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        for ln in pg:
            if ln.startswith("#"):
                ops.append(b"/F2 12 Tf " + _pdf_str(ln.lstrip("# ")) + b" Tj T* /F1 10 Tf")
            else:
                ops.append(_pdf_str(ln) + b" Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            cont = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)) + data + b"\nendstream"
        else:
            cont = (b"<< /Length %d >>\nstream\n" % len(stream)) + stream + b"endstream"
        objs.append(None)  # page object, filled in below
        objs.append(cont)
    # fill page objects
    for i in range(n_pages):
        pid = page_ids[i]
        objs[pid - 1] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                         "/Contents %d 0 R >>" % (pid + 1)).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return bytes(out)


def _zip(members, when):
    """members: list of (name, bytes); deterministic ZIP."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def make_zip(members, when=(2026, 1, 1, 9, 0, 0)):
    return _zip(members, when)


def _x(s):
    return html.escape(s, quote=True)


def make_docx(paras, tables=(), title="Dokument", author="Mareva", when=(2026, 1, 1, 9, 0, 0)):
    """paras: list of str (a str starting with '#' becomes a bold heading).
    tables: list of (insert_after_para_index, rows)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []
    tab_at = {}
    for idx, rows in tables:
        tab_at.setdefault(idx, []).append(rows)

    def p(t):
        if t.startswith("#"):
            return ('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                    '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(t.lstrip("# ")))
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(t)

    def tbl(rows):
        out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
               '<w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
               '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
               '</w:tblBorders></w:tblPr>']
        for r in rows:
            out.append("<w:tr>")
            for c in r:
                out.append('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(str(c)))
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    for i, t in enumerate(paras):
        body.append(p(t))
        for rows in tab_at.get(i, []):
            body.append(tbl(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '</w:sectPr></w:body></w:document>' % (W, "".join(body)))
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
    stamp = "%04d-%02d-%02dT%02d:%02d:00Z" % when[:5]
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(title), _x(author), stamp, stamp))
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("word/document.xml", doc.encode()), ("docProps/core.xml", core.encode())], when)


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, when=(2026, 1, 1, 9, 0, 0)):
    """sheets: list of (name, rows); numbers stay numbers, strings become inline strings."""
    S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    members = []
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>']
    wb_sheets, wb_rels = [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                elif v is None or v == "":
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        sx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (S, "".join(xr)))
        members.append(("xl/worksheets/sheet%d.xml" % i, sx.encode()))
    ct.append("</Types>")
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (S, R, "".join(wb_sheets)))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>' % S)
    allm = [("[Content_Types].xml", "".join(ct).encode()), ("_rels/.rels", rels.encode()),
            ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbr.encode()),
            ("xl/styles.xml", styles.encode())] + members
    return _zip(allm, when)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mime, content_body, title, when):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.3"><office:body>%s</office:body>'
               '</office:document-content>' % (_ODF_NS, content_body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.3"><office:styles/></office:document-styles>' % _ODF_NS)
    stamp = "%04d-%02d-%02dT%02d:%02d:00" % when[:5]
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.3"><office:meta><dc:title>%s</dc:title>'
            '<meta:creation-date>%s</meta:creation-date><meta:generator>Mareva Office</meta:generator>'
            '</office:meta></office:document-meta>' % (_ODF_NS, _x(title), stamp))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime.encode()), ("META-INF/manifest.xml", manifest.encode()),
                 ("content.xml", content.encode()), ("styles.xml", styles.encode()),
                 ("meta.xml", meta.encode())], when)


ODT_MIME = "application/vnd.oasis.opendocument.text"
ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def make_odt(paras, title="Dokument", when=(2026, 1, 1, 9, 0, 0)):
    out = []
    for t in paras:
        if t.startswith("#"):
            out.append('<text:h text:outline-level="1">%s</text:h>' % _x(t.lstrip("# ")))
        else:
            out.append("<text:p>%s</text:p>" % _x(t))
    return _odf(ODT_MIME, "<office:text>%s</office:text>" % "".join(out), title, when)


def make_ods(sheets, title="Tabelle", when=(2026, 1, 1, 9, 0, 0)):
    out = []
    for name, rows in sheets:
        out.append('<table:table table:name="%s">' % _x(name))
        for row in rows:
            out.append("<table:table-row>")
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                               % (repr(v), repr(v)))
                else:
                    out.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v)))
            out.append("</table:table-row>")
        out.append("</table:table>")
    return _odf(ODS_MIME, "<office:spreadsheet>%s</office:spreadsheet>" % "".join(out), title, when)


def make_csv(rows, sep=";", encoding="utf-8", bom=False):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=sep, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    data = bio.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return [line]
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + o for o in out[1:]]


def make_ics(events, method="REQUEST", prodid="-//Mareva Krankenversicherung AG//Kalender 3.1//DE"):
    """events: list of dicts with uid, start, end (datetime tuples, local Berlin),
    summary, location, description, organizer, attendees."""
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
         "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
         "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
         "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
         "END:VTIMEZONE"]

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    for e in events:
        L.append("BEGIN:VEVENT")
        L.append("UID:%s" % e["uid"])
        L.append("DTSTAMP:%04d%02d%02dT%02d%02d00Z" % e["stamp"][:5])
        L.append("DTSTART;TZID=Europe/Berlin:%04d%02d%02dT%02d%02d00" % e["start"][:5])
        L.append("DTEND;TZID=Europe/Berlin:%04d%02d%02dT%02d%02d00" % e["end"][:5])
        L.append("SUMMARY:" + esc(e["summary"]))
        if e.get("location"):
            L.append("LOCATION:" + esc(e["location"]))
        if e.get("description"):
            L.append("DESCRIPTION:" + esc(e["description"]))
        if e.get("organizer"):
            n, a = e["organizer"]
            L.append('ORGANIZER;CN="%s":mailto:%s' % (n, a))
        for n, a in e.get("attendees", []):
            L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (n, a))
        L.append("SEQUENCE:0")
        L.append("STATUS:CONFIRMED")
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    out = []
    for l in L:
        out.extend(_ics_fold(l))
    return "\r\n".join(out) + "\r\n"


def ICS(text, filename="einladung.ics", method="REQUEST", cte="base64", disp="attachment"):
    data = text.encode("utf-8")
    if cte == "base64":
        body = b64(data)
    else:
        body = encode_text(text, "utf-8", cte)
    return Part("text/calendar", body, [("charset", "utf-8"), ("method", method)], cte,
                disp=disp, filename=filename)


def html_doc(inner, lang="de", style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n</head>\n'
            '<body style="%s">\n%s\n</body>\n</html>\n' % (lang, style, inner))


def text2html(text):
    """Plain text to simple HTML paragraphs (escaped), for alternative parts."""
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_x(l) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# the fictitious insurer: staff, signatures, footers
# ---------------------------------------------------------------------------

STAFF = {
    "kowalczyk": ("Jana Kowalczyk", "j.kowalczyk", "Leistungsprüfung ambulant", "Claims, outpatient", "214"),
    "hensel": ("Tobias Hensel", "t.hensel", "Leistung stationär / Krankenhausabrechnung", "Hospital claims", "231"),
    "oltmanns": ("Meike Oltmanns", "m.oltmanns", "Zahnärztliche Leistungsprüfung", "Dental claims", "247"),
    "aydin": ("Serkan Aydın", "s.aydin", "Hilfsmittel und Kostenzusagen", "Medical aids and pre-approvals", "252"),
    "lamprecht": ("Dr. med. Friederike Lamprecht", "f.lamprecht", "Gesellschaftsärztin", "Chief medical officer", "260"),
    "ahlers": ("Björn Ahlers", "b.ahlers", "Vertrag und Tarifwechsel", "Contracts and tariff changes", "318"),
    "scholz": ("Nadine Scholz", "n.scholz", "Beitrag und Inkasso", "Premiums and collections", "335"),
    "brandt": ("Olivia Brandt", "o.brandt", "Reise-Service", "Travel Service", "402"),
    "menon": ("Rahul Menon", "r.menon", "International Health / Expat-Team", "International Health Team", "417"),
    "marquardt": ("Lea Marquardt", "l.marquardt", "Kundenservice", "Customer Service", "100"),
    "woelk": ("Dennis Wölk", "d.woelk", "Vertriebspartnerbetreuung", "Broker Relations", "520"),
    "degenhardt": ("Katrin Degenhardt", "k.degenhardt", "Personal / Recruiting", "HR / Recruiting", "610"),
    "hinrichsen": ("Ole Hinrichsen", "o.hinrichsen", "Personalabrechnung", "Payroll", "615"),
    "simonis": ("Dr. Vera Simonis", "v.simonis", "Datenschutzbeauftragte", "Data Protection Officer", "690"),
    "lorenz": ("Pia Lorenz", "p.lorenz", "Marketing und Kommunikation", "Marketing and Communications", "702"),
    "friese": ("Annika Friese", "a.friese", "Pressestelle", "Press Office", "705"),
    "brandes": ("Holger Brandes", "h.brandes", "Facility Management", "Facility Management", "805"),
    "feld": ("Jonas Feld", "j.feld", "IT-Betrieb", "IT Operations", "871"),
    "renner": ("Sabine Renner", "s.renner", "Einkauf", "Procurement", "830"),
    "tietjen": ("Frank Tietjen", "f.tietjen", "Kapitalanlage Immobilien und Darlehen", "Real estate and loans", "905"),
    "meinhardt": ("Carla Meinhardt", "c.meinhardt", "Recht", "Legal", "940"),
    "stankowski": ("Uwe Stankowski", "u.stankowski", "Leistungsmissbrauch / Revision", "Claims fraud unit", "955"),
    "gellert": ("Dr. Lars Gellert", "l.gellert", "Aktuariat", "Actuarial", "960"),
    "yilmaz": ("Derya Yılmaz", "d.yilmaz", "Firmenkunden / bKV", "Group health (bKV)", "540"),
    "kuehn": ("Mirko Kühn", "m.kuehn", "Vertrieb Privatkunden", "Private sales", "530"),
}


def who(key):
    n, a = STAFF[key][0], STAFF[key][1]
    return (n, "%s@%s" % (a, DOM))


def team(local, name):
    return (name, "%s@%s" % (local, DOM))


FOOTER_DE = """\
--
Mareva Krankenversicherung AG · Tuchmacherweg 14 · 34117 Kassel
Sitz der Gesellschaft: Kassel · Amtsgericht Kassel HRB 99132
Vorstand: Dr. Henrike Vossberg (Vorsitzende), Malte Grünhagen, Sinem Aksoy
Vorsitzender des Aufsichtsrats: Prof. Dr. Udo Kettler
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der
vorgesehene Empfänger sein, informieren Sie bitte den Absender und löschen Sie
diese Nachricht."""

FOOTER_DE_ASCII = """\
--
Mareva Krankenversicherung AG - Tuchmacherweg 14 - 34117 Kassel
Sitz der Gesellschaft: Kassel - Amtsgericht Kassel HRB 99132
Vorstand: Dr. Henrike Vossberg (Vorsitzende), Malte Gruenhagen, Sinem Aksoy
Vorsitzender des Aufsichtsrats: Prof. Dr. Udo Kettler"""

FOOTER_EN = """\
--
Mareva Krankenversicherung AG, Tuchmacherweg 14, 34117 Kassel, Germany
Registered office: Kassel, Local Court Kassel HRB 99132
Management Board: Dr. Henrike Vossberg (Chair), Malte Gruenhagen, Sinem Aksoy
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this message."""


def sig(key, lang="de", ascii_only=False, footer=True, short=False):
    name, local, dept_de, dept_en, ext = STAFF[key]
    dept = dept_de if lang == "de" else dept_en
    if ascii_only:
        name = (name.replace("ı", "i").replace("ö", "oe").replace("ü", "ue")
                .replace("ä", "ae").replace("ß", "ss").replace("Ö", "Oe"))
        dept = (dept.replace("ä", "ae").replace("ü", "ue").replace("ö", "oe")
                .replace("ß", "ss"))
    if short:
        s = "%s\n%s | Durchwahl -%s" % (name, dept, ext) if lang == "de" else \
            "%s\n%s | ext. %s" % (name, dept, ext)
        return s
    if lang == "de":
        s = ("%s\n%s\n\nMareva Krankenversicherung AG\nTuchmacherweg 14, 34117 Kassel\n"
             "Telefon +49 561 700132-%s\n%s@%s | www.%s" % (name, dept, ext, local, DOM, DOM))
        f = FOOTER_DE_ASCII if ascii_only else FOOTER_DE
    else:
        s = ("%s\n%s\n\nMareva Krankenversicherung AG\nTuchmacherweg 14, 34117 Kassel, Germany\n"
             "Phone +49 561 700132-%s\n%s@%s | www.%s" % (name, dept, ext, local, DOM, DOM))
        f = FOOTER_EN
    return s + ("\n\n" + f if footer else "")


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

REG = []


def mail(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(f):
        REG.append((f, label, lang, kind, reason))
        return f
    return deco


# ===========================================================================
# MAILS
# Each function below is one mail, written by hand.
# ===========================================================================


# ---------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL, part A
# ---------------------------------------------------------------------------


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "outpatient invoice explained: GOÄ positions with factors, diagnosis J20.9 and spirometry for a named customer")
def s_goae_faktor_lindemann():
    body = B("""
Sehr geehrter Herr Lindemann,

danke für Ihre Nachricht. Sie haben recht, dass wir die Rechnung von
Dr. Weiland (Innere Medizin, Kassel-Wehlheiden) vom 09.02.2026 nicht
vollständig erstattet haben. Hier die Aufschlüsselung:

Datum      GOÄ   Leistung                          Faktor  Betrag
27.01.26   3     eingehende Beratung               3,5     30,60 €
27.01.26   7     Untersuchung Organsystem          2,3     21,45 €
27.01.26   605   Spirometrie                       1,8     25,18 €
27.01.26   250   Blutentnahme                      1,8      4,20 €
29.01.26   1     Beratung (telefonisch)            2,3     10,72 €
                                          Rechnungsbetrag: 92,15 €

Diagnose laut Rechnung: J20.9 G (akute Bronchitis), Ausschluss Asthma.

Bei der GOÄ 3 hat die Praxis den 3,5-fachen Satz berechnet. Über dem
2,3-fachen Schwellenwert braucht es nach § 12 Abs. 3 GOÄ eine schriftliche,
auf den Patienten bezogene Begründung – die fehlt auf der Rechnung. Wir
haben deshalb für diese Position 2,3-fach angesetzt (20,11 €), das sind
10,49 € weniger. Alle anderen Positionen haben wir voll anerkannt.
Da Ihr Selbstbehalt für 2026 (600 €) noch nicht ausgeschöpft ist, wurde
der anerkannte Betrag von 81,66 € darauf angerechnet – ausgezahlt wurde
diesmal desahlb nichts. Auf Ihrem Selbstbehaltkonto stehen jetzt
81,66 € von 600 €.

Wenn Dr. Weiland die Begründung nachreicht (z. B. „besondere Schwierigkeit
wg. Mehrfachdiagnostik"), rechnen wir gern neu ab. Einfach die korrigierte
Rechnung in der App hochladen.

Versicherungsnummer: 7213-448902-01 · Tarif MarevaMed Komfort 600

Mit freundlichen Grüßen

""") + sig("kowalczyk") + B("""


-----Ursprüngliche Nachricht-----
Von: Matthias Lindemann <m.lindemann@postfach24.example>
Gesendet: Montag, 16. Februar 2026 21:48
An: Leistung ambulant <leistung@mareva-kv.example>
Betreff: Rechnung Dr. Weiland warum nur teilweise??

Hallo,
ich hab die Abrechnung bekommen und verstehe sie nicht. Rechnung war
92,15 und in der Übersicht steht 81,66?? Was ist mit dem Rest?
Gruß M. Lindemann
""")
    return build(who("kowalczyk"), [("Matthias Lindemann", "m.lindemann@postfach24.example")],
                 "AW: Rechnung Dr. Weiland warum nur teilweise??", D(2, 17, 10, 4),
                 T(body), in_reply_to="<3b1f9c02-77aa-4c1e-9d2e-lindemann@postfach24.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "harmless reply on top; the quoted customer text describes a mole excision and the histology result")
def s_quote_histo_brenner():
    body = B("""
Hallo Frau Brenner,

danke, die Rechnung ist jetzt angekommen (Eingang 03.03.). Der Fehler in
der App lag an der Dateigröße, das Foto hatte knapp 25 MB. Wir kümmern uns
und Sie müssen nichts weiter tun.

Viele Grüße
""") + sig("marquardt", footer=False) + B("""

Am 02.03.2026 um 22:17 schrieb Sabine Brenner <sabine.brenner@freemail.example>:
> Guten Abend,
> ich versuche seit 3 Tagen die Rechnung vom Hautarzt hochzuladen, die App
> sagt immer "Upload fehlgeschlagen". Es geht um die Entfernung von dem
> Muttermal am Rücken (Exzision + Histologie), Dr. Akgün, 214,37 Euro.
> Histo war zum Glück gutartig (dysplastischer Naevus, vollständig
> entfernt), aber die Rechnung will ich trotzdem gern erstattet haben ;-)
> Kann ich die auch einfach per Mail schicken?
> LG Sabine Brenner
> Vers.-Nr. 7213-551034-02
""")
    return build(who("marquardt"), [("Sabine Brenner", "sabine.brenner@freemail.example")],
                 "Re: App Upload geht nicht", D(3, 3, 8, 41), T(body, cte="8bit", flowed=True),
                 mailer="tb", in_reply_to="<f1a0c3e2-brenner-0302@freemail.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
      "query to a pharmacy about a named patient's private prescription: Ozempic 1 mg, PZN, indication")
def s_apotheke_ozempic():
    body = B("""
Sehr geehrte Frau Apothekerin Hübner,

wir haben von unserer Versicherten Frau Edda Paulsen (geb. 11.08.1969)
die Quittung Ihrer Apotheke vom 19.03.2026 zur Erstattung erhalten:

  Ozempic 1 mg Injektionslösung i. e. Fertigpen, 3 ml, N1
  PZN 11024396 · 1 Packung · 178,63 €
  Privatrezept Dr. med. Kai Vollmer, Allgemeinmedizin, vom 18.03.2026

Auf dem Rezept ist als Diagnose nur „Adipositas" vermerkt, kein Diabetes
mellitus Typ 2. Uns liegt für Frau Paulsen bisher auch keine Verordnung
von Metformin o. Ä. vor. Können Sie uns bitte eine Kopie der Vorderseite
des Rezepts (mit Ausstellungsdatum und Dosierungsangabe) schicken? Auf dem
Beleg fehlt die Dosierung („0,25 mg → 0,5 mg → 1 mg" steht nur
handschriftlich auf der Rückseite, schlecht lesbar).

Eine Schweigepflichtentbindung von Frau Paulsen liegt vor.
Faxnummer für Rückantwort: 0561 700132-299

Vielen Dank und freundliche Grüße

""") + sig("kowalczyk")
    return build(who("kowalczyk"), [("Löwen-Apotheke Kassel", "info@loewen-apotheke-kassel.example")],
                 "Rückfrage Privatrezept Ozempic 1 mg – Versicherte E. Paulsen", D(3, 24, 14, 5),
                 T(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat claim: appendectomy in Spain (K35.8), hospital invoice in the attached PDF")
def s_expat_appendix_spain():
    body = B("""
Dear Ms Carvalho,

thank you for sending the documents from Hospital Costa Blanca. We have
now settled the claim for your inpatient stay from 4 to 7 April 2026
(laparoscopic appendectomy). The hospital billed us directly for
EUR 7,412.60; your only cost is the deductible of EUR 300 under
tariff MarevaGlobal Expat Plus.

The claims statement is attached. Please check that the bank details we
hold are still correct before the refund of your pharmacy receipts
(EUR 64.15, antibiotics after discharge) is paid out next week.

Get well soon!

Kind regards

""") + sig("menon", "en")
    pdf = make_pdf([
        "# Mareva Krankenversicherung AG - Claims statement",
        "",
        "Insured person: Ana Sofia Carvalho, born 22/06/1988",
        "Policy no.: 7302-118845-01   Tariff: MarevaGlobal Expat Plus",
        "Claim no.: LF-2026-041177",
        "",
        "Provider: Hospital Costa Blanca, Alicante (ES)",
        "Admission 04/04/2026 - discharge 07/04/2026",
        "Diagnosis: K35.8 acute appendicitis, other and unspecified",
        "Procedure: laparoscopic appendectomy (OPS 5-470.11)",
        "",
        "Room and board, 3 nights ............ EUR 1,980.00",
        "Surgery, surgeon and anaesthesia ..... EUR 3,850.00",
        "Lab, histology, imaging (US abdomen) . EUR   862.60",
        "Medication inpatient ................. EUR   720.00",
        "Total hospital invoice ............... EUR 7,412.60",
        "",
        "Paid directly to provider ............ EUR 7,112.60",
        "Deductible (insured) ................. EUR   300.00",
        "",
        "Outpatient medication after discharge:",
        "Amoxicillin/Clavulanic acid 875/125 mg, 1-0-1 for 7 days ... EUR 18.40",
        "Metamizol 575 mg, as needed ................................ EUR  9.75",
        "Follow-up visit Dr. Marin, wound check ..................... EUR 36.00",
        "Refund to insured .......................................... EUR 64.15",
    ], title="Claims statement LF-2026-041177", date=(2026, 4, 21))
    m = MP("mixed", [T(body, charset="utf-8", cte="quoted-printable"),
                     A(pdf, "application/pdf", "Claims_statement_LF-2026-041177.pdf")])
    return build(who("menon"), [("Ana Sofia Carvalho", "anasofia.carvalho@me-mail.example")],
                 "Your claim LF-2026-041177 - hospital stay Alicante", D(4, 21, 11, 30), m, lang="en")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost-coverage declaration for a named patient: admission, I48.0 atrial fibrillation, elective services; also in the PDF")
def s_kue_vorhofflimmern():
    body = B("""
Sehr geehrte Damen und Herren,

anbei die Kostenübernahmeerklärung für unseren Versicherten

  Herrn Günter Wiegand, geb. 03.05.1951
  Vers.-Nr. 7213-207731-01, Tarif MarevaMed Premium + KlinikPlus
  geplante Aufnahme: 04.05.2026, Kardiologie
  Einweisungsdiagnose: I48.0 paroxysmales Vorhofflimmern,
  geplant Pulmonalvenenisolation (Kryoablation)

Übernommen werden die allgemeinen Krankenhausleistungen nach DRG sowie
die Wahlleistungen Zweibettzimmer und Chefarztbehandlung. Bitte rechnen
Sie direkt mit uns ab (Klinik-Card liegt vor).

Mit freundlichen Grüßen

""") + sig("hensel")
    pdf = make_pdf([
        "# Kostenübernahmeerklärung",
        "Mareva Krankenversicherung AG, Leistung stationär",
        "",
        "An: Klinikum Fuldatal, Patientenaufnahme / Wahlleistungsabrechnung",
        "Datum: 28.04.2026   Unser Zeichen: KÜ-2026-009812 / He",
        "",
        "Patient: Günter Wiegand, geb. 03.05.1951, Lindenstraße 7, 34246 Vellmar",
        "Versicherungsnummer: 7213-207731-01",
        "Tarife: MarevaMed Premium (100 %), KlinikPlus (Wahlleistungen)",
        "",
        "Aufnahme voraussichtlich 04.05.2026, Fachabteilung Kardiologie",
        "Diagnose: I48.0 Vorhofflimmern, paroxysmal",
        "Geplanter Eingriff: Pulmonalvenenisolation, OPS 8-835.8",
        "",
        "Wir übernehmen die Kosten für:",
        "- allgemeine Krankenhausleistungen (DRG-Fallpauschale)",
        "- Unterkunft im Zweibettzimmer",
        "- wahlärztliche Leistungen (Chefarzt Prof. Dr. Engländer)",
        "Die Kostenübernahme gilt für 7 Tage. Verlängerung bitte mit Begründung.",
        "",
        "Tobias Hensel, Leistung stationär, Telefon 0561 700132-231",
    ], title="KUE-2026-009812", compress=True, date=(2026, 4, 28))
    m = MP("mixed", [T(body, cte="quoted-printable"),
                     A(pdf, "application/pdf", "KUE_2026-009812_Wiegand.pdf")])
    return build(who("hensel"), [("Patientenaufnahme Klinikum Fuldatal", "aufnahme@klinikum-fuldatal.example")],
                 "Kostenübernahme Hr. Wiegand, Aufnahme 04.05.", D(4, 28, 9, 12), m)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental treatment plan (HKP) with tooth numbers, GOZ positions and crown/bridge for a named customer")
def s_hkp_zahnplus_okonkwo():
    body = B("""
Guten Tag Frau Okonkwo,

Ihr Heil- und Kostenplan von Zahnarzt Dr. Yıldız vom 02.02.2026 ist
geprüft. Kurzfassung: Wir zahlen aus ZahnPlus 90 voraussichtlich
2.079,36 € – vorausgesetzt, die Rechnung entspricht dem Plan.

Geplante Versorgung laut HKP
  Zahn 36   Vollkrone (GOZ 2210), Vollkeramik/Zirkon
  Zahn 45, 47  Brückenanker (GOZ 5010), Zahn 46 Brückenglied (GOZ 5070)
  Provisorien (GOZ 2260/5120), Abformung, Material- und Laborkosten
  Befund: 36 tief zerstört nach WKB, 46 fehlt (Extraktion 2025)

Gesamtkosten laut Plan                          3.640,18 €
Festzuschuss Ihrer gesetzlichen Kasse (Bonus 70 %) 1.329,78 €
verbleibender Eigenanteil                        2.310,40 €
davon erstatten wir 90 %                         2.079,36 €

Hinweis: Die Wartezeit von 8 Monaten ist seit 01.09.2025 erfüllt; der
fehlende Zahn 46 war bei Antragstellung nicht angegeben, ist aber erst
im Oktober 2025 gezogen worden, also nach Vertragsbeginn – passt.

Bitte reichen Sie nach der Behandlung die Rechnung und den Bescheid der
Krankenkasse über den Festzuschuss ein.

Freundliche Grüße
""") + sig("oltmanns")
    return build(who("oltmanns"), [("Chiamaka Okonkwo", "c.okonkwo@kabelmail.example")],
                 "Ihr Heil- und Kostenplan – Zusage ZahnPlus 90", D(2, 11, 15, 47), T(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to a GP for a medical report on a named insured (back pain M54.5, treatments 2023-2025) with consent")
def s_arztanfrage_rueckenschmerz():
    body = B("""
Sehr geehrter Herr Dr. Reinholz,

Ihr Patient Herr Tim Aßmann, geb. 14.03.1986, wohnhaft Am Rain 3,
34128 Kassel, hat bei uns einen Wechsel in den Tarif MarevaMed Premium
beantragt (Mehrleistung → erneute Gesundheitsprüfung nach § 204 VVG).

Im Antrag hat er angegeben:
  - „Rückenschmerzen 2023–2025, Physio, keine OP"
  - „1x MRT LWS 2024, o. B."

Für die Risikoprüfung bitten wir Sie um einen kurzen Befundbericht:
  1. Diagnosen mit ICD (wir vermuten M54.5 / M51.2?)
  2. Behandlungszeitraum, Anzahl AU-Tage
  3. Medikation (Ibuprofen 600? Tilidin?), aktueller Stand
  4. Besteht aktuell Behandlungsbedarf / ist eine OP geplant?

Die Schweigepflichtentbindungserklärung von Herrn Aßmann vom 12.05.2026
liegt bei uns vor, eine Kopie schicken wir Ihnen gern. Ihr Honorar
rechnen Sie bitte nach GOÄ Nr. 75 (ausführlicher Befundbericht) direkt
mit uns ab.

Mit freundlichen Grüßen

""") + sig("ahlers")
    return build(who("ahlers"), [("Praxis Dr. Reinholz", "praxis@dr-reinholz-kassel.example")],
                 "Befundbericht für Ihren Patienten T. Aßmann – Tarifwechsel", D(5, 19, 10, 20), T(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "forwarded customer mail in her own words: daughter (7) needs braces, KIG 3, orthodontist plan")
def s_fwd_kieferortho_tochter():
    body = B("""
Meike, kannst du dir das bitte anschauen? Tarif ZahnPlus 80 mit KFO-
Baustein, Tochter mitversichert seit 2024. Ich hab ihr schon gesagt dass
wir uns melden.

Danke!
Lea

""") + sig("marquardt", short=True) + B("""

-----Ursprüngliche Nachricht-----
Von: Katrin Szymański <k.szymanski@web-post.example>
Gesendet: Donnerstag, 12. März 2026 07:55
An: service@mareva-kv.example
Betreff: Zahnspange Lotta

Hallo liebes Mareva-Team,

unsere Tochter Lotta (7) war beim Kieferorthopäden, Dr. Franke in
Baunatal. Sie hat einen Kreuzbiss links und die Zähne stehen sehr eng,
er hat KIG 3 eingestuft (oder K3? steht jedenfalls auf dem Zettel) und
will mit einer herausnehmbaren Spange anfangen, später evtl. feste.
Die Krankenkasse zahlt angeblich ab KIG 3 einen Teil aber wir sollen
trotzdem 1.480 Euro "Mehrleistungen" zahlen (Mini-Brackets,
Glattflächenversiegelung usw).

Zahlt ihr das?? Wir haben extra den Zahntarif mit KFO genommen. Den
Behandlungsplan hab ich fotografiert und häng ihn an wenn ihr mir sagt
wohin.

Lieben Gruß
Katrin Szymański
Vertrag 7213-690214-01
""")
    return build(who("marquardt"), [who("oltmanns")], "WG: Zahnspange Lotta", D(3, 12, 8, 16),
                 T(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health claim: dog bite in Thailand, rabies post-exposure vaccination series, quoted customer text")
def s_travel_rabies_thailand():
    body = B("""
Hi Mr Whitfield,

Good news - all four invoices are approved and EUR 1,146.90 will be
transferred within 3 business days.

Breakdown:
- Bangkok Hospital Phuket, ER visit 14 Jan: wound care, tetanus booster,
  rabies immunoglobulin (HRIG 20 IU/kg)                    EUR 812.40
- Rabies vaccine (Verorab), doses on day 3, 7, 14          EUR 241.50
- Amoxicillin/clavulanate 1 g, 5 days                      EUR  22.00
- Follow-up in Kassel, Dr. Heitmann, 4th dose day 28       EUR  71.00

ReiseMed covers post-exposure treatment in full, there is no deductible
on this tariff. Hope the hand has healed well.

Best regards,

""") + sig("brandt", "en") + B("""


On Mon, 9 Feb 2026 at 19:02, Daniel Whitfield <dan.whitfield@freemail.example> wrote:
> Hello, attached the bills from Thailand. A street dog bit me in the
> left hand on the beach in Kata, I went to the hospital the same day and
> got the rabies shots + immunoglobulin. 3 more shots there and the last
> one back home in Kassel. Policy RS-25-0081340. Thanks, Dan
""")
    return build(who("brandt"), [("Daniel Whitfield", "dan.whitfield@freemail.example")],
                 "RE: claim - dog bite Thailand / rabies shots", D(2, 12, 9, 37),
                 T(body, charset="us-ascii", cte="7bit"), lang="en",
                 in_reply_to="<CAF9x+2bQw@freemail.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "pre-approval of hearing aids with audiogram findings (H90.3) and device model for a named customer")
def s_hoergeraete_zusage():
    body = B("""
Sehr geehrter Herr Pohlmann,

wir haben den Kostenvoranschlag von Hörakustik Bergmann (Kassel) vom
06.07.2026 und die Verordnung von HNO-Ärztin Dr. Sauerwein erhalten.

Befund laut Verordnung: beidseitige Innenohrschwerhörigkeit,
mittelgradig (H90.3), Hörverlust re. 55 dB / li. 60 dB im
Hauptsprachbereich, Sprachverstehen im Störgeräusch deutlich reduziert.

Versorgung: 2 x HdO-Hörgerät „Lumina Vero 70 R" (wiederaufladbar),
inkl. Otoplastik, Anpassung und 6 Jahre Service
Kostenvoranschlag: 4.380,00 €

Ihr Tarif MarevaMed Komfort sieht für Hörgeräte einen Höchstbetrag von
1.200 € je Ohr alle 5 Jahre vor. Wir sagen Ihnen daher 2.400,00 € zu.
Die Zusage gilt 6 Monate. Die Differenz (1.980 €) tragen Sie selbst –
vielleicht lohnt es sich, beim Akustiker nach der Ausführung „Vero 50"
zu fragen, die liegt laut Preisliste bei rund 2.900 €.

Mit freundlichen Grüßen

""") + sig("aydin")
    pdf = make_pdf([
        "# Kostenzusage Hilfsmittel HM-2026-03318",
        "Versicherter: Werner Pohlmann, geb. 02.02.1957, Vers.-Nr. 7213-284406-01",
        "Hilfsmittel: 2 HdO-Hörgeräte Lumina Vero 70 R inkl. Otoplastik",
        "Verordnung: Dr. Sauerwein, HNO, 29.06.2026 - Diagnose H90.3",
        "Leistungserbringer: Hörakustik Bergmann, Kassel, KV vom 06.07.2026 (4.380,00 EUR)",
        "Zugesagter Höchstbetrag: 2.400,00 EUR (1.200,00 EUR je Ohr, Tarif MarevaMed Komfort)",
        "Gültig bis: 14.01.2027",
    ], title="Kostenzusage HM-2026-03318", date=(2026, 7, 14))
    m = MP("mixed", [T(body), A(pdf, "application/pdf", "Kostenzusage_HM-2026-03318.pdf")])
    return build(who("aydin"), [("Werner Pohlmann", "w.pohlmann@t-mail.example")],
                 "Ihre Hörgeräte – Kostenzusage", D(7, 14, 11, 2), m)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "tariff change under § 204 VVG with risk surcharge for hypertension (I10.90) and BMI 32; HTML and text")
def s_tarifwechsel_zuschlag():
    text = B("""
Sehr geehrter Herr Demir,

Ihr Antrag auf Wechsel von MarevaMed Komfort 1200 in MarevaMed Premium 600
(§ 204 VVG) ist geprüft.

Ergebnis der Gesundheitsprüfung für die Mehrleistung:
- Bluthochdruck (I10.90), medikamentös eingestellt mit Ramipril 5 mg 1-0-0
- Adipositas Grad I (BMI 32,4 laut Arztbericht vom 03.06.2026)

Für die Mehrleistung (niedrigerer Selbstbehalt, Einbettzimmer) erheben
wir einen Risikozuschlag von 18 % auf den Mehrbeitrag, das sind 23,40 €
monatlich. Ihre erworbenen Rechte aus dem bisherigen Tarif bleiben
erhalten (Alterungsrückstellung wird angerechnet).

  bisheriger Beitrag:          498,12 €
  neuer Beitrag ab 01.08.2026: 627,85 € (inkl. Zuschlag 23,40 €)

Alternativ können Sie den Wechsel ohne die Mehrleistung Einbettzimmer
wählen – dann entfällt der Zuschlag (§ 204 Abs. 1 Nr. 1 VVG,
Leistungsausschluss statt Zuschlag). Bitte teilen Sie uns bis 20.07.2026
mit, welche Variante Sie möchten.

Mit freundlichen Grüßen

Björn Ahlers
Vertrag und Tarifwechsel
Mareva Krankenversicherung AG
""")
    htm = html_doc(B("""
<p>Sehr geehrter Herr Demir,</p>
<p>Ihr Antrag auf Wechsel von <b>MarevaMed Komfort 1200</b> in <b>MarevaMed Premium 600</b> (&sect; 204 VVG) ist gepr&uuml;ft.</p>
<p>Ergebnis der Gesundheitspr&uuml;fung f&uuml;r die Mehrleistung:</p>
<ul>
<li>Bluthochdruck (I10.90), medikament&ouml;s eingestellt mit Ramipril 5&nbsp;mg 1-0-0</li>
<li>Adipositas Grad I (BMI 32,4 laut Arztbericht vom 03.06.2026)</li>
</ul>
<p>F&uuml;r die Mehrleistung (niedrigerer Selbstbehalt, Einbettzimmer) erheben wir einen Risikozuschlag von 18&nbsp;% auf den Mehrbeitrag, das sind 23,40&nbsp;&euro; monatlich. Ihre erworbenen Rechte aus dem bisherigen Tarif bleiben erhalten (Alterungsr&uuml;ckstellung wird angerechnet).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>bisheriger Beitrag</td><td align="right">498,12 &euro;</td></tr>
<tr><td>neuer Beitrag ab 01.08.2026</td><td align="right">627,85 &euro; (inkl. Zuschlag 23,40 &euro;)</td></tr>
</table>
<p>Alternativ k&ouml;nnen Sie den Wechsel ohne die Mehrleistung Einbettzimmer w&auml;hlen &ndash; dann entf&auml;llt der Zuschlag (&sect; 204 Abs. 1 Nr. 1 VVG, Leistungsausschluss statt Zuschlag). Bitte teilen Sie uns bis 20.07.2026 mit, welche Variante Sie m&ouml;chten.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en</p>
<p>Bj&ouml;rn Ahlers<br>Vertrag und Tarifwechsel<br>Mareva Krankenversicherung AG</p>"""))
    m = MP("alternative", [T(text), T(htm, subtype="html")])
    return build(who("ahlers"), [("Murat Demir", "murat.demir@postfach24.example")],
                 "Ihr Tarifwechsel nach § 204 VVG – Ergebnis der Prüfung", D(7, 6, 16, 25), m)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: personal premium adjustment letter for a named policyholder, no medical word - health contract of an identifiable person")
def s_beitragsanpassung_persoenlich():
    body = B("""
Sehr geehrte Frau Hollerbach,

wie telefonisch besprochen hier noch einmal schriftlich die Zahlen zu
Ihrer Beitragsanpassung zum 01.01.2027:

Versicherungsnummer 7213-330418-01
Tarif                    bisher      ab 01.01.2027
MarevaMed Komfort 300    512,40 €    559,02 €
KlinikPlus 2               38,90 €     41,15 €
Pflegepflichtvers. PPV     57,38 €     57,38 €
Summe                    608,68 €    657,55 €

Auslösender Faktor im Tarif Komfort 300 waren die Leistungsausgaben
(+11,2 %). Ihr Selbstbehalt bleibt bei 300 €. Wenn Sie den Beitrag senken
möchten, wäre ein Wechsel in Komfort 1200 möglich (ca. 471 €/Monat) – ohne
neue Gesundheitsprüfung, weil es keine Mehrleistung ist.

Ihr Sonderkündigungsrecht gilt bis zwei Monate nach Zugang des Schreibens.

Viele Grüße nach Melsungen

""") + sig("ahlers")
    return build(who("ahlers"), [("Gisela Hollerbach", "gisela.hollerbach@t-mail.example")],
                 "Ihre Beitragsanpassung 2027 – Zahlen wie besprochen", D(11, 9, 13, 50), T(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "premium arrears in health insurance: reminder under § 193(6) VVG, suspension of benefits, customer IBAN")
def s_mahnung_ruhen():
    iban = de_iban("52060410", "2290417761")
    body = B(f"""
Sehr geehrter Herr Kaminski,

trotz unserer Zahlungserinnerung vom 02.06.2026 sind die Beiträge für
Juni und Juli noch offen:

  Versicherungsnummer: 7213-774120-01
  Tarife: MarevaMed Basis 1500, Pflegepflichtversicherung
  Rückstand:          2 x 421,70 € = 843,40 €
  Säumniszuschlag:    1 % je angefangenem Monat = 8,43 €
  Mahngebühr:         5,00 €
  offen gesamt:       856,83 €

Die Lastschrift von Ihrem Konto {iban} (Kasseler Volksbank) wurde
zweimal mit „Widerspruch" zurückgegeben.

Bitte beachten Sie: Ist der Rückstand zwei Monate nach Zugang dieser
Mahnung nicht ausgeglichen, ruht der Vertrag nach § 193 Abs. 6 VVG. Sie
sind dann im Notlagentarif versichert, der nur noch Leistungen bei akuten
Erkrankungen und Schmerzzuständen sowie bei Schwangerschaft und
Mutterschaft übernimmt.

Wenn Sie gerade finanziell in Schwierigkeiten sind: Rufen Sie uns an,
wir können eine Ratenzahlung vereinbaren. Bei Hilfebedürftigkeit im
Sinne des SGB II/XII tritt das Ruhen nicht ein – dann brauchen wir eine
Bescheinigung des Jobcenters.

Mit freundlichen Grüßen

""") + sig("scholz")
    return build(who("scholz"), [("Piotr Kaminski", "piotr.k@freemail.example")],
                 "Mahnung nach § 193 Abs. 6 VVG – Vers.-Nr. 7213-774120-01", D(7, 15, 10, 0),
                 T(body, charset="windows-1252", cte="quoted-printable"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: premium refund (BRE) for a claims-free year of a named health policyholder, IBAN, certificate PDF; no medical word")
def s_bre_auszahlung():
    iban = de_iban("52050000", "0137755920")
    body = B(f"""
Liebe Frau Abendroth,

schöne Nachricht: Sie haben 2025 keine Leistungen aus Ihrem Tarif
MarevaMed Komfort eingereicht. Dafür erhalten Sie eine Beitragsrückerstattung
von drei Monatsbeiträgen, zusammen 1.164,90 €.

Wir überweisen den Betrag am 30.07.2026 auf Ihr Konto
IBAN {iban}.

Die Bescheinigung für Ihr Finanzamt (die Erstattung mindert die
abziehbaren Vorsorgeaufwendungen, § 10 Abs. 4b EStG) hängt an.

Herzliche Grüße

""") + sig("scholz")
    pdf = make_pdf([
        "# Bescheinigung über die Beitragsrückerstattung 2025",
        "",
        "Versicherungsnehmerin: Dr. Isabel Abendroth, geb. 19.09.1979",
        "Anschrift: Wilhelmshöher Allee 201, 34119 Kassel",
        "Versicherungsnummer: 7213-119806-01",
        "Steuer-Identifikationsnummer: 57 013 492 886",
        "",
        "Tarif MarevaMed Komfort 300 (Basisabsicherung-Anteil 81,3 %)",
        "Beitragsrückerstattung für das Kalenderjahr 2025: 1.164,90 EUR",
        "davon auf die Basisabsicherung entfallend: 947,06 EUR",
        "Auszahlung am 30.07.2026",
        "",
        "Diese Angaben werden auch elektronisch an die Finanzverwaltung übermittelt.",
    ], title="BRE 2025 Abendroth", date=(2026, 7, 22))
    m = MP("mixed", [T(body), A(pdf, "application/pdf", "BRE_2025_Bescheinigung.pdf")])
    return build(who("scholz"), [("Dr. Isabel Abendroth", "isabel.abendroth@me-mail.example")],
                 "Ihre Beitragsrückerstattung für 2025", D(7, 22, 8, 45), m)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "broker asks about a client's claim; reply names the client, knee MRI, meniscus tear S83.2")
def s_broker_mri_okafor():
    body = B("""
Hi Stefan,

quick update on your client Mr Emeka Okafor (7213-802251-01):

The MRI invoice (Radiologie am Königsplatz, GOÄ 5730 + 5731, EUR 482.33)
is approved. For the planned arthroscopy we still need the report from
the orthopaedic surgeon - the MRI shows a complex tear of the medial
meniscus, posterior horn (S83.2), and the surgeon's letter only says
"OP empfohlen". Once we have the report (indication, planned procedure,
inpatient or day case) Tobias in hospital claims can confirm cover within
two days.

Cheers,
Dennis

""") + sig("woelk", "en", footer=False) + B("""


From: Stefan Lorch <lorch@lorch-finanz.example>
Sent: Tuesday, May 26, 2026 4:12 PM
To: Dennis Woelk <d.woelk@mareva-kv.example>
Subject: Okafor - status?

Dennis, can you check what's going on with Mr Okafor's claim? He is
pretty annoyed, sent everything 3 weeks ago. Thx, Stefan
""")
    return build(who("woelk"), [("Stefan Lorch", "lorch@lorch-finanz.example")],
                 "RE: Okafor - status?", D(5, 27, 9, 5), T(body), lang="en")


@mail("STRICTLY_CONFIDENTIAL", "de", "broker",
      "broker's quoted application notes list a client's health questions: hay fever, herniated disc L4/5, psychotherapy")
def s_makler_antrag_gesundheitsfragen():
    body = B("""
Hallo Herr Feuerstein,

danke, der Antrag ist vollständig da und liegt in der Risikoprüfung.
Zur Bandscheibe brauchen wir noch den OP-Bericht, zur Psychotherapie die
Abschlussbescheinigung der Therapeutin. Ich schreibe Frau Reuter dazu
auch selbst an.

Grüße
Dennis Wölk

""") + sig("woelk", footer=False) + B("""

> Am 03.06.2026 um 17:40 schrieb Jens Feuerstein <jf@feuerstein-versicherungsmakler.example>:
>
> Moin Herr Wölk,
>
> anbei Antrag MarevaMed Premium 600 für Frau Nina Reuter, geb.
> 02.12.1990. Zu den Gesundheitsfragen hat sie mir folgendes gesagt,
> bitte so mit aufnehmen:
>
> Frage 2 (ambulant, 5 J.): Heuschnupfen, Cetirizin bei Bedarf;
>   Bandscheibenvorfall L4/5 2021, Nukleotomie 11/2021, seitdem
>   beschwerdefrei, keine Physio mehr seit 2022
> Frage 4 (Psychotherapie, 10 J.): ambulante Verhaltenstherapie
>   2019-2020, 25 Sitzungen, "Prüfungsangst / Anpassungsstörung",
>   abgeschlossen
> Frage 6 (Zähne): 1 Krone, sonst nix
>
> Beginn gewünscht 01.08.2026. Danke & Gruß
> Jens Feuerstein
> Feuerstein Versicherungsmakler e.K.
""")
    return build(who("woelk"), [("Jens Feuerstein", "jf@feuerstein-versicherungsmakler.example")],
                 "Re: Antrag Reuter, MarevaMed Premium", D(6, 4, 8, 20), T(body, cte="8bit", flowed=True),
                 mailer="tb")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "daily sickness allowance: incapacity since 14.04. with F43.2 adjustment disorder; ICS for an assessment appointment")
def s_ktg_au_anpassungsstoerung():
    body = B("""
Guten Tag Herr Brückner,

Ihre AU-Bescheinigungen liegen uns bis 31.05.2026 vor (Dr. Lenz,
Psychiatrie und Psychotherapie; Diagnose F43.2 G Anpassungsstörung).
Da Sie seit 14.04.2026 arbeitsunfähig sind, zahlen wir ab dem 43. Tag
(26.05.2026) Krankentagegeld nach Tarif KTG 43: 110,00 € pro Kalendertag.
Für den 26.–31.05. sind das 660,00 €, die Überweisung läuft.

Damit es weitergehen kann, brauchen wir:
  - Folgebescheinigungen jeweils spätestens nach 7 Tagen
  - den Fragebogen zur beruflichen Tätigkeit (liegt im Portal)

Außerdem haben wir einen Termin bei unserer Vertrauensärztin
vereinbart (Untersuchung nach § 9 Abs. 3 MB/KT), Einladung im Anhang.
Wenn der Termin nicht passt, rufen Sie bitte kurz an.

Freundliche Grüße

""") + sig("kowalczyk")
    ics = make_ics([{
        "uid": "ktg-2026-0612-brueckner@" + DOM, "stamp": (2026, 6, 2, 9, 0),
        "start": (2026, 6, 12, 10, 30), "end": (2026, 6, 12, 11, 30),
        "summary": "Untersuchung Vertrauensärztin – KTG Brückner",
        "location": "Praxis Dr. med. Anke Vogelsang, Friedrich-Ebert-Str. 88, 34119 Kassel",
        "description": "Begutachtung Arbeitsunfähigkeit (F43.2), Vers.-Nr. 7213-655083-01. Bitte Medikamentenplan (Sertralin 50 mg) und AU-Bescheinigungen mitbringen.",
        "organizer": ("Jana Kowalczyk", "j.kowalczyk@" + DOM),
        "attendees": [("Henning Brückner", "h.brueckner@postfach24.example")],
    }])
    m = MP("mixed", [T(body), ICS(ics, "Termin_Vertrauensaerztin.ics")])
    return build(who("kowalczyk"), [("Henning Brückner", "h.brueckner@postfach24.example")],
                 "Krankentagegeld – Zahlung ab 26.05. und Termin", D(6, 2, 9, 14), m)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "bKV enrolment list (XLSX only) with employees' names, birth dates and chosen health tariffs; harmless body")
def s_bkv_anmeldeliste():
    body = B("""
Hallo Frau Stein,

anbei wie besprochen die bestätigte Anmeldeliste für die bKV zum
01.04.2026. Bitte prüfen Sie die Geburtsdaten, bei zwei Kollegen hatten
wir im Entwurf Zahlendreher.

Beste Grüße
""") + sig("yilmaz")
    rows = [["Personalnr.", "Name", "Vorname", "geb.", "Baustein", "Beginn", "Beitrag AG (EUR)"],
            ["10233", "Bachmann", "Lukas", "1991-07-02", "ZahnPlus 90 + KlinikPlus", "2026-04-01", 42.8],
            ["10241", "Çelik", "Aylin", "1987-02-19", "ZahnPlus 90", "2026-04-01", 21.4],
            ["10250", "Dorn", "Matthias", "1975-10-30", "ZahnPlus 90 + AmbulantPlus", "2026-04-01", 38.15],
            ["10262", "Engel", "Sophie", "1998-05-06", "KlinikPlus", "2026-04-01", 21.4],
            ["10270", "Fromm", "Heiko", "1969-12-24", "ZahnPlus 90 + KlinikPlus", "2026-04-01", 42.8],
            ["10288", "Günther", "Ivana", "1983-03-15", "AmbulantPlus (Sehhilfe, Heilpraktiker)", "2026-04-01", 16.75],
            ["10291", "Haas", "Jonas", "2001-08-27", "ZahnPlus 90", "2026-04-01", 21.4],
            ["", "", "", "", "", "Summe", 204.7],
            ["Hinweis: ohne Gesundheitsprüfung, keine Wartezeiten (Gruppenvertrag 9100-0032)", "", "", "", "", "", ""]]
    x = make_xlsx([("Anmeldung 04-2026", rows)], when=ztime(3, 20))
    m = MP("mixed", [T(body), A(x, XLSX_MIME, "bKV_Anmeldung_Nordhessen-Logistik_2026-04.xlsx")])
    return build(who("yilmaz"), [("Vanessa Stein", "v.stein@nordhessen-logistik.example")],
                 "bKV Anmeldeliste 04/2026", D(3, 20, 12, 3), m)


@mail("STRICTLY_CONFIDENTIAL", "de", "company",
      "grey: employer's HR mail (forwarded as rfc822) reports a death of an insured employee to end his bKV; no diagnosis")
def s_bkv_todesfall_rfc822():
    inner = build(("Personalabteilung Nordhessen Logistik", "personal@nordhessen-logistik.example"),
                  [("bKV Mareva", "bkv@mareva-kv.example")],
                  "Abmeldung bKV Hr. Rüdiger Lutz", D(9, 8, 11, 20),
                  T(B("""
Sehr geehrte Damen und Herren,

leider müssen wir mitteilen, dass unser Mitarbeiter Herr Rüdiger Lutz
(Personalnr. 10107, geb. 21.01.1964) am 01.09.2026 verstorben ist.
Bitte beenden Sie seine bKV (ZahnPlus 90 + KlinikPlus) zum 30.09.2026.
Die Ehefrau, Frau Monika Lutz, möchte wissen, ob sie die Zahnzusatz-
versicherung privat weiterführen kann. Ihre Adresse: Am Hopfenberg 12,
34277 Fuldabrück.

Mit freundlichen Grüßen
Vanessa Stein
Personalabteilung
"""), cte="quoted-printable"), mailer="other", tag="inner",
                  mid_domain="nordhessen-logistik.example")
    body = B("""
Hallo Mirko,

zur Info und mit Bitte um Kontakt zur Witwe wegen Fortführung als
Einzelvertrag (Übertragungsrecht nach Ziff. 7 des Gruppenvertrags,
ohne Gesundheitsprüfung innerhalb von 3 Monaten). Die Ausgangsmail hängt
an. Ich beende den bKV-Vertrag zum 30.09.

Danke, Derya
""")
    m = MP("mixed", [T(body), MSG(inner, "Abmeldung_bKV_Lutz.eml")])
    return build(who("yilmaz"), [who("kuehn")], "WG: Abmeldung bKV Hr. Rüdiger Lutz", D(9, 8, 14, 2), m)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "letter to a lawyer (PDF attachment) on the refusal of psychotherapy, F33.1, 50 sessions; body names client and case")
def s_anwalt_psychotherapie():
    body = B("""
Sehr geehrter Herr Rechtsanwalt Berger,

in der Angelegenheit Ihrer Mandantin Frau Melanie Ostermann
(Ihr Az. 114/26 BR, unser Az. LF-2026-022917) übersende ich Ihnen unsere
Stellungnahme als PDF.

Mit freundlichen Grüßen

""") + sig("meinhardt")
    pdf = make_pdf([
        "# Stellungnahme Mareva Krankenversicherung AG",
        "Az. LF-2026-022917 / Ihr Az. 114/26 BR",
        "Versicherte: Melanie Ostermann, geb. 07.04.1984, Vers.-Nr. 7213-410266-01",
        "",
        "Sehr geehrter Herr Rechtsanwalt Berger,",
        "",
        "Ihre Mandantin begehrt die Kostenübernahme für eine ambulante Verhaltenstherapie",
        "(Langzeittherapie, 50 Sitzungen) bei Dipl.-Psych. Karin Moll. Diagnose laut Antrag:",
        "F33.1 G rezidivierende depressive Störung, gegenwärtig mittelgradige Episode.",
        "",
        "Nach Tarif MarevaMed Komfort (Teil III Nr. 4) sind je Kalenderjahr 30 Sitzungen",
        "erstattungsfähig, weitere Sitzungen nach Vorlage eines Therapieberichts. Bewilligt",
        "wurden am 12.02.2026 zunächst 30 Sitzungen (GOP 870, 2,3-fach, 100,55 EUR je Sitzung).",
        "",
        "Die Ablehnung der Sitzungen 31-50 beruht allein darauf, dass der Verlängerungsbericht",
        "der Therapeutin bislang fehlt. Eine Ablehnung dem Grunde nach liegt nicht vor.",
        "Sobald der Bericht vorliegt (Verlauf, PHQ-9 aktuell, Prognose), entscheiden wir",
        "innerhalb von zwei Wochen. Eine Klage ist aus unserer Sicht nicht veranlasst.",
        "",
        "Mit freundlichen Grüßen",
        "Carla Meinhardt, Recht",
    ], title="Stellungnahme LF-2026-022917", date=(2026, 5, 6))
    m = MP("mixed", [T(body), A(pdf, "application/pdf", "Stellungnahme_LF-2026-022917.pdf")])
    return build(who("meinhardt"), [("RA Dr. Jonas Berger", "berger@kanzlei-berger-roth.example")],
                 "Ihre Mandantin M. Ostermann – Az. 114/26 BR", D(5, 6, 15, 31), m)


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
      "internal forward of a lawyer's letter (DOCX) about rescission for undisclosed type 2 diabetes E11.9")
def s_anwalt_ruecktritt_diabetes():
    body = B("""
Hallo Carla,

das Schreiben von RA Sommerfeld kam heute per beA und als Word-Datei per
Mail, siehe Anhang. Er bestreitet, dass sein Mandant den Diabetes kannte
– laut Hausarztakte war aber HbA1c 7,9 % schon im Februar 2024 und es
gab Metformin. Kannst du die Frist (17.07.) notieren? Ich schicke dir die
Arztauskunft von Dr. Ebert separat.

Gruß Björn
""")
    doc = make_docx([
        "# Sommerfeld Rechtsanwälte",
        "Mareva Krankenversicherung AG, Recht, Tuchmacherweg 14, 34117 Kassel",
        "Kassel, 02.07.2026 – Unser Zeichen: 288/26 SO",
        "Versicherungsnehmer: Herr Ralf Dietrichs, geb. 29.08.1962, Vers.-Nr. 7213-560991-01",
        "Ihr Rücktritt vom Versicherungsvertrag vom 10.06.2026",
        "Sehr geehrte Damen und Herren,",
        "wir zeigen an, dass uns Herr Dietrichs mit der Wahrnehmung seiner Interessen beauftragt hat.",
        "Sie stützen den Rücktritt auf die angeblich verschwiegene Erkrankung Diabetes mellitus Typ 2 (E11.9). "
        "Unser Mandant hat die Gesundheitsfrage 3 wahrheitsgemäß beantwortet. Eine Diagnose wurde ihm vor "
        "Antragstellung nicht mitgeteilt; die Laborwerte vom Februar 2024 wurden mit ihm nicht besprochen, "
        "Metformin 500 mg wurde erst im Mai 2025 verordnet.",
        "Wir fordern Sie auf, den Rücktritt bis zum 17.07.2026 zurückzunehmen und die offenen Rechnungen "
        "(Diabetologische Schwerpunktpraxis, 1.214,50 EUR) zu erstatten.",
        "Mit freundlichen Grüßen",
        "Till Sommerfeld, Rechtsanwalt",
    ], title="288/26 SO Dietrichs", author="Sommerfeld Rechtsanwälte", when=ztime(7, 2))
    m = MP("mixed", [T(body), A(doc, DOCX_MIME, "Schreiben_Sommerfeld_288-26.docx")])
    return build(who("ahlers"), [who("meinhardt")], "WG: Dietrichs ./. Mareva – Rücktritt, Schreiben RA",
                 D(7, 3, 10, 48), m)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "to a UK physician: request for a report on chronic migraine and botox treatment, signed consent as DOCX")
def s_uk_gp_migraine():
    body = B("""
Dear Dr Ashworth,

Re: Ms Harriet Cole, DOB 04 July 1979, 14 Elm Row, Edinburgh

Ms Cole holds an international health policy with us (7302-204417-01)
and has applied to add outpatient specialist cover. In her application
she disclosed chronic migraine with aura since 2018, treated with
botulinum toxin injections (PREEMPT protocol) every 12 weeks since 2023,
and topiramate 50 mg which she stopped in 2024.

Could you please send us a brief report covering:
 - diagnosis and date of first diagnosis
 - current treatment and frequency of attacks (headache days/month)
 - any hospital admissions or neurological findings on MRI

Ms Cole's signed consent form is attached. We will pay your fee of
GBP 95 for the report on receipt of your invoice.

Yours sincerely,

""") + sig("menon", "en")
    doc = make_docx([
        "# Consent to release of medical information",
        "I, Harriet Cole, born 04 July 1979, policy 7302-204417-01, authorise Dr Miles Ashworth, "
        "Leith Walk Medical Practice, to release information about my migraine treatment "
        "(2018 to date) to Mareva Krankenversicherung AG for the purpose of assessing my application.",
        "This consent is valid for 12 months.",
        "Signed: H. Cole    Date: 30 March 2026",
    ], title="Consent Cole", when=ztime(3, 30))
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"),
                     A(doc, DOCX_MIME, "Consent_H_Cole.docx")])
    return build(who("menon"), [("Dr Miles Ashworth", "m.ashworth@leithwalk-practice.example")],
                 "Medical report request - Ms H. Cole, DOB 04/07/1979", D(3, 31, 12, 10), m, lang="en")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "naturopath invoice (GebüH numbers, acupuncture, autologous blood therapy refused) for a named customer")
def s_heilpraktiker_gebueh():
    body = B("""
Sehr geehrte Frau Wendt,

zur Rechnung Ihrer Heilpraktikerin Frau Sonja Albers vom 24.08.2026
(Behandlung 06.07.-17.08., Diagnose laut Rechnung "chronische
Lumbalgie, Schlafstoerung") koennen wir Folgendes erstatten:

GebueH  Leistung                        Anz.   Betrag    erstattet
1       eingehende Anamnese               1    20,50       20,50
4       Beratung                          3    31,50       31,50
20.2    Akupunktur (Koerperakupunktur)    6   156,00      156,00
25.4    Eigenblutinjektion                4    76,00        0,00
        Ozon-Eigenbluttherapie            2    90,00        0,00
Summe                                         374,00 EUR  208,00 EUR

Eigenbluttherapie und Ozontherapie sind nach Ihrem Tarif AmbulantPlus
(Ziffer 3.2) nicht erstattungsfaehig, weil sie nicht im
Gebuehrenverzeichnis fuer Heilpraktiker mit Hoechstsaetzen gefuehrt
sind. Der Jahreshoechstbetrag fuer Naturheilverfahren (1.000 EUR) ist
damit zu 512,40 EUR ausgeschoepft.

Mit freundlichen Gruessen

""") + sig("kowalczyk", ascii_only=True)
    return build(who("kowalczyk"), [("Renate Wendt", "renate.wendt@web-post.example")],
                 "Erstattung Heilpraktikerrechnung Albers", D(9, 1, 14, 22),
                 T(body, charset="iso-8859-1", cte="quoted-printable"), subj_charset="iso-8859-1")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "glasses: progressive lenses with refraction values and optician invoice for a named customer")
def s_brille_gleitsicht():
    body = B("""
Hallo Herr Szabo,

kurze Rückmeldung zu Ihrer Brillenrechnung (Optik Sonnleitner, 689,00 €):

  Gleitsichtgläser, entspiegelt
  R: sph +2,25 cyl -0,75 A 95°  add 2,00
  L: sph +2,00 cyl -0,50 A 80°  add 2,00
  Fassung 189,00 € / Gläser 500,00 €

Aus AmbulantPlus zahlen wir für Sehhilfen bis 300 € innerhalb von zwei
Kalenderjahren. Die letzte Brille haben wir im November 2024 erstattet
(240 €), deshalb sind jetzt 300 € frei – die haben wir überwiesen.

Die augenärztliche Verordnung brauchen wir übrigens nicht, wenn der
Optiker die Werte auf der Rechnung angibt. Passt also.

Beste Grüße

""") + sig("kowalczyk", footer=False)
    return build(who("kowalczyk"), [("Attila Szabo", "attila.szabo@kabelmail.example")],
                 "Ihre neue Brille – Erstattung", D(10, 6, 10, 55), T(body, cte="8bit"))


# ---------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL, part B
# ---------------------------------------------------------------------------


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "internal request to the company physician: knee replacement (OPS 5-822.g1), gonarthrosis, named insured aged 61")
def s_intern_knie_tep():
    body = B("""
Hallo Frau Dr. Lamprecht,

bitte einmal um Ihre Einschätzung, bevor ich die KÜ rausgebe:

Vers. Klaus-Dieter Ramme, 61 J., Vers.-Nr. 7213-095512-01, Tarif
MarevaMed Premium + KlinikPlus
Klinik: Orthopädische Klinik Hofgeismar, Aufnahme geplant 22.06.
Eingriff: Knie-TEP re. (OPS 5-822.g1), bikondylär, zementiert
Dx: M17.1 R primäre Gonarthrose re., K-L Grad 3 laut Rö 03/26
Bisher: 8 x KG, 2 x Hyaluronsäure i.a., Ibuprofen 600 b. Bed.

Mein Problem: Rö-Befund sagt „mäßige" Arthrose, Klinik schreibt
„fortgeschritten, konservativ ausgeschöpft". Es gibt nur 8 KG-Termine in
unserer Historie. Zweitmeinung anbieten (Tarif hat das)?

Danke und Gruß
Tobias

""") + sig("hensel", short=True)
    return build(who("hensel"), [who("lamprecht")], "Bitte Stellungnahme – Knie-TEP Ramme, KÜ-Anfrage",
                 D(6, 9, 11, 18), T(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "fraud unit: named insured with repeated Tilidin/Naloxon 100/8 mg prescriptions from three doctors")
def s_intern_betrug_tilidin():
    body = B("""
Moin Uwe,

mir ist bei der Rezeptprüfung was aufgefallen, bitte mal anschauen.

Vers.: Dennis Harbusch, geb. 1993, Vers.-Nr. 7213-881620-01
Eingereicht seit Januar:

  Datum      Arzt                       Präparat                        Menge
  08.01.26   Dr. Ilić, Kassel           Tilidin/Naloxon 100/8 mg ret.   N3 (100)
  29.01.26   Dr. Neumann, Baunatal      Tilidin comp. 100/8 mg          N3 (100)
  12.02.26   Dr. Ilić, Kassel           Tilidin/Naloxon 100/8 mg ret.   N3 (100)
  15.02.26   MVZ Göttingen Süd          Tilidin 100/8 mg                N2 (50)
  04.03.26   Dr. Neumann, Baunatal      Tilidin comp. 100/8 mg          N3 (100)

Das sind 450 Tbl. in 8 Wochen, bei 2 x 1 wären es max. 112. Diagnosen
wechseln (M54.4, „Z.n. Sprunggelenksfraktur", einmal gar keine).
Apotheken auch jedes Mal andere. Verdacht Doctor-Hopping / Weiterverkauf?
Ich habe die letzten zwei Rezepte erstmal angehalten (Status „Rückfrage").

Gruß Jana
""")
    return build(who("kowalczyk"), [who("stankowski")], "Auffälligkeit Rezepte Harbusch – bitte prüfen",
                 D(3, 9, 15, 40), T(body))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "guarantee of payment to a Dubai hospital for a named expat's delivery (pregnancy, 38+2 weeks); PDF")
def s_gop_dubai_maternity():
    body = B("""
Dear Patient Services team,

please find attached our guarantee of payment for Mrs Laila Haddad-Berg,
policy 7302-330981-02, expected delivery at your hospital (EDD 18 August
2026, currently 38+2 weeks, uncomplicated pregnancy per Dr Nasser's
letter). The guarantee covers normal delivery or caesarean section incl.
neonatal care for the newborn up to AED 60,000.

Kind regards,

""") + sig("menon", "en")
    pdf = make_pdf([
        "# GUARANTEE OF PAYMENT  GOP-2026-1187",
        "Mareva Krankenversicherung AG - International Health",
        "",
        "To: Al Noor Women's Hospital, Dubai - Patient Services",
        "Date: 04 August 2026",
        "",
        "Patient: Laila Haddad-Berg, date of birth 1991-03-17",
        "Policy: 7302-330981-02, MarevaGlobal Expat Premium, maternity module",
        "Treating physician: Dr Samira Nasser, obstetrics",
        "Reason for admission: delivery, EDD 2026-08-18, gestational age 38+2",
        "Pre-existing: gestational diabetes diet-controlled (O24.4), no insulin",
        "",
        "Covered: normal delivery or C-section, 3/5 nights private room,",
        "anaesthesia incl. epidural, neonatal check and NICU if required.",
        "Limit: AED 60,000. Excess: none.",
        "Invoice to: claims.international@mareva-kv.example",
    ], title="GOP-2026-1187", date=(2026, 8, 4))
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"), A(pdf, "application/pdf", "GOP-2026-1187.pdf")])
    return build(who("menon"), [("Patient Services", "patientservices@alnoor-womens.example")],
                 "Guarantee of payment - Mrs L. Haddad-Berg, delivery", D(8, 4, 8, 5), m, lang="en")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care daily allowance: care level 3 after assessment, dementia, son holds power of attorney")
def s_pflegegrad_3():
    body = B("""
Sehr geehrter Herr Kessler,

vielen Dank für die Unterlagen zu Ihrer Mutter, Frau Hildegard Kessler.
Laut Gutachten von MEDICPROOF vom 18.09.2026 ist sie seit dem
01.09.2026 in Pflegegrad 3 eingestuft (Gesamtpunkte 52,5; Schwerpunkt
Modul 2 „kognitive und kommunikative Fähigkeiten" bei beginnender
Alzheimer-Demenz, G30.1 / F00.1).

Aus dem Pflegetagegeldtarif PT 60 zahlen wir damit ab September
monatlich 60 % des vereinbarten Tagessatzes, also 1.080,00 €. Die
Zahlung für September überweisen wir mit der Oktoberrate.

Die Vollmacht Ihrer Mutter haben wir gespeichert; Schreiben gehen ab
jetzt an Sie. Für die Pflegepflichtversicherung (Pflegegeld 599 € bei
häuslicher Pflege) kommt ein separater Bescheid.

Alles Gute für Sie und Ihre Mutter.

Mit freundlichen Grüßen

""") + sig("aydin")
    return build(who("aydin"), [("Thomas Kessler", "thomas.kessler@postfach24.example")],
                 "Pflegetagegeld für Ihre Mutter – Pflegegrad 3", D(9, 29, 10, 10), T(body))


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer in her own words about her husband's lung cancer (C34.1) and chemotherapy; reply on single room cover")
def s_kunde_lungenkrebs_einbett():
    body = B("""
Liebe Frau Jankowski,

es tut mir sehr leid, was Sie gerade durchmachen. Zu Ihrer Frage: Ja,
Ihr Mann hat KlinikPlus 1 – das ist der Tarif mit Einbettzimmer. Das
Klinikum darf den Zuschlag direkt mit uns abrechnen, Sie müssen nichts
vorstrecken. Ich habe die Kostenzusage für die stationären Zyklen
(Station 4B, Onkologie) heute an das Klinikum gefaxt.

Die Fahrten zur ambulanten Chemo erstatten wir übrigens auch (Taxi,
mit Verordnung des Onkologen).

Wenn noch etwas ist, rufen Sie mich direkt an: 0561 700132-231.

Herzliche Grüße
Tobias Hensel

""") + sig("hensel", footer=False) + B("""

> Am 17.11.2026 um 23:51 schrieb Ewa Jankowski <ewa.jankowski@freemail.example>:
>
> Sehr geehrte Damen und Herren
>
> mein Mann Andrzej Jankowski (Versicherungsnr. 7213-228413-01) hat vor
> 3 Wochen die Diagnose Lungenkrebs bekommen, rechter Oberlappen, sie
> sagen "nicht kleinzellig" und es hat schon gestreut in die Lymphknoten.
> Er bekommt jetzt Chemo (Cisplatin + noch was) und Immuntherapie, die
> ersten 2 Zyklen stationär. Er liegt mit 3 anderen Männern im Zimmer
> und kann nachts nicht schlafen, einer hustet die ganze Zeit. Wir haben
> doch extra die Zusatzversicherung abgeschlossen!! Auf der Station sagen
> sie das Einzelzimmer kostet 120 Euro am Tag und wir müssen das erstmal
> selbst zahlen??
> Bitte helfen Sie uns, ich weiß nicht mehr weiter.
> Ewa Jankowski
""")
    return build(who("hensel"), [("Ewa Jankowski", "ewa.jankowski@freemail.example")],
                 "Re: Einzelzimmer für meinen Mann bitte dringend", D(11, 18, 8, 27),
                 T(body, cte="quoted-printable", flowed=True), mailer="tb")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only claims statement: table of physiotherapy positions (KG, MLD, fango) for a named customer")
def s_html_physio_abrechnung():
    htm = html_doc(B("""
<table width="640" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<tr><td style="background:#0b4f6c;color:#fff;padding:12px 16px;font-size:18px">Mareva Krankenversicherung</td></tr>
<tr><td style="padding:16px">
<p>Guten Tag Frau Lehmkuhl,</p>
<p>wir haben Ihre eingereichten Belege abgerechnet. Die Erstattung von <b>318,60&nbsp;&euro;</b> geht in den n&auml;chsten Tagen auf Ihrem Konto ein.</p>
<p style="font-size:12px;color:#555">Abrechnung Nr. 2026-0719-33812 &middot; Versicherungsnummer 7213-602274-01 &middot; Tarif MarevaMed Komfort</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;font-size:12px">
<tr style="background:#e8f1f5"><th>Beleg</th><th>Leistungserbringer</th><th>Leistung</th><th>Diagnose</th><th>Betrag</th><th>erstattet</th></tr>
<tr><td>1</td><td>Physiotherapie Am Deich</td><td>6 x KG (Krankengymnastik), 6 x Fango</td><td>M75.1 Rotatorenmanschettenl&auml;sion li.</td><td align="right">243,00 &euro;</td><td align="right">216,00 &euro;</td></tr>
<tr><td>2</td><td>Physiotherapie Am Deich</td><td>4 x MLD 45 min</td><td>I89.0 Lymph&ouml;dem Arm li. nach OP</td><td align="right">148,80 &euro;</td><td align="right">102,60 &euro;</td></tr>
<tr><td colspan="4" align="right"><b>Summe</b></td><td align="right">391,80 &euro;</td><td align="right"><b>318,60 &euro;</b></td></tr>
</table>
<p style="font-size:12px">K&uuml;rzungen: Fango wird nur bis 12,00&nbsp;&euro; je Anwendung erstattet (Beleg 1), MLD 45 bis 25,65&nbsp;&euro; (Beleg 2), H&ouml;chstbetr&auml;ge nach Tarif Teil II Nr. 8.</p>
<p>Freundliche Gr&uuml;&szlig;e<br>Ihr Leistungsservice</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding:8px 16px">Mareva Krankenversicherung AG &middot; Tuchmacherweg 14 &middot; 34117 Kassel &middot; Amtsgericht Kassel HRB 99132<br>Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table>"""))
    return build(team("leistung-noreply", "Mareva Leistungsservice"),
                 [("Friederike Lehmkuhl", "f.lehmkuhl@t-mail.example")],
                 "Ihre Leistungsabrechnung vom 19.07.2026", D(7, 19, 6, 2),
                 T(htm, subtype="html"), mailer="sys", extra=["Auto-Submitted: auto-generated"])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "short reply: screening colonoscopy for a named customer is covered (medical procedure of an identifiable person)")
def s_vorsorge_koloskopie():
    body = B("""
Hallo Herr Yıldırım,

ja, die Vorsorge-Darmspiegelung bei Dr. Pfeiffer übernehmen wir komplett,
auch die Sedierung (Propofol) und die Histologie, falls Polypen entfernt
werden. Eine vorherige Zusage brauchen Sie dafür nicht.

Gruß aus Kassel
Lea Marquardt, Kundenservice
""")
    return build(who("marquardt"), [("Cem Yıldırım", "cem.yildirim@me-mail.example")],
                 "AW: Darmspiegelung nächsten Monat – muss ich was beantragen?", D(4, 14, 12, 3),
                 T(body, cte="8bit"), mailer="mobile")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "pre-approval of ICSI fertility treatment for a named couple: male factor, AMH, three cycles; HTML and text")
def s_icsi_preapproval():
    text = B("""
Dear Ms Lindqvist, dear Mr Ortega,

We have reviewed the treatment plan from Kinderwunschzentrum Kassel-Mitte
dated 2 March 2026 and can confirm cover for up to three ICSI cycles.

Medical basis (from the clinic's report):
- male factor infertility, OAT syndrome grade II (N46)
- female partner 34 years, AMH 2.1 ng/ml, tubal patency confirmed

Cover: 100 % of the costs per cycle (stimulation medication such as
Gonal-f 150 IU and Cetrotide 0.25 mg, egg retrieval, ICSI, embryo
transfer), based on the policy of Mr Ortega (causation principle - the
cause lies with the insured male partner). Cryopreservation of surplus
embryos is not covered.

Please ask the clinic to send invoices per cycle to us directly.

Kind regards,
Rahul Menon
International Health Team, Mareva Krankenversicherung AG
""")
    htm = html_doc(text2html(text), lang="en")
    m = MP("alternative", [T(text, charset="utf-8", cte="quoted-printable"), T(htm, subtype="html", cte="base64")],
           style="apple")
    return build(who("menon"), [("Elin Lindqvist", "elin.lindqvist@me-mail.example"),
                                ("Javier Ortega", "j.ortega@me-mail.example")],
                 "Your request for fertility treatment - confirmation", D(3, 18, 17, 6), m, lang="en",
                 mailer="apple")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "explicit tag [streng vertraulich]; case-management XLSX of follow-up rehab (AHB) cases with names and diagnoses")
def s_intern_ahb_liste():
    body = B("""
Hallo zusammen,

anbei die AHB-Fälle aus KW 23 für die Fallsteuerung. Bei Nr. 3 bitte
dringend Reha-Klinik klären, die Klinik Bad Wildungen hat keinen Platz.

LG Tobias
""")
    rows = [["Nr.", "Versicherte/r", "Vers.-Nr.", "Alter", "Akut-Klinik", "Diagnose", "OP/Ereignis", "AHB-Klinik", "Beginn"],
            [1, "Brigitte Sander", "7213-044781-01", 72, "Klinikum Fuldatal", "I21.4 NSTEMI", "ACVB 3-fach 02.06.", "Kardio-Reha Bad Arolsen", "2026-06-16"],
            [2, "Hans-Georg Pietsch", "7213-120093-01", 66, "Orthop. Klinik Hofgeismar", "M16.1 Koxarthrose", "Hüft-TEP li. 01.06.", "Reha Zentrum Kaufungen", "2026-06-12"],
            [3, "Marlene Schütz", "7213-338120-02", 58, "Elisabeth-Krankenhaus", "C50.4 Mamma-CA re.", "BET + SLNB 28.05.", "offen", ""],
            [4, "Yusuf Arslan", "7213-771904-01", 49, "Klinikum Fuldatal", "I63.5 Hirninfarkt", "Lyse 30.05., Stroke Unit", "Neuro-Reha Kassel", "2026-06-10"]]
    x = make_xlsx([("KW23", rows)], when=ztime(6, 5))
    m = MP("mixed", [T(body), A(x, XLSX_MIME, "AHB_KW23.xlsx")])
    return build(who("hensel"), [team("fallsteuerung", "Team Fallsteuerung")],
                 "[streng vertraulich] AHB-Liste KW 23", D(6, 5, 7, 58), m)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "ZIP with a PDF annual benefits summary and a CSV of treatments (doctors, diagnoses, drugs) for a named customer")
def s_zip_leistungsuebersicht():
    body = B("""
Sehr geehrte Frau Vogt,

wie gewünscht erhalten Sie die Leistungsübersicht 2025 für Ihre
Steuererklärung und die Belegliste als CSV für Ihre Steuerberaterin.
Beides steckt in der ZIP-Datei im Anhang.

Mit freundlichen Grüßen
Ihr Kundenservice
Mareva Krankenversicherung AG
""")
    pdf = make_pdf([
        "# Leistungsübersicht 2025",
        "Versicherte: Annette Vogt, geb. 30.11.1972",
        "Versicherungsnummer 7213-503317-01, Tarif MarevaMed Komfort 600",
        "",
        "Eingereichte Rechnungen 2025: 14",
        "Rechnungsbeträge gesamt: 3.912,44 EUR",
        "erstattet: 3.108,20 EUR",
        "Selbstbehalt: 600,00 EUR, nicht erstattungsfähig: 204,24 EUR",
        "Beiträge 2025: 5.896,80 EUR",
        "Einzelaufstellung siehe Belegliste (CSV).",
    ], title="Leistungsuebersicht 2025 Vogt", date=(2026, 2, 20))
    csvb = make_csv([
        ["Datum", "Leistungserbringer", "Art", "Diagnose/Präparat", "Betrag", "erstattet"],
        ["2025-01-14", "Dr. Hoffmann, Endokrinologie", "Arzt", "E05.0 Morbus Basedow", "186,40", "0,00"],
        ["2025-01-15", "Stern-Apotheke", "Arznei", "Thiamazol 10 mg N2", "14,82", "0,00"],
        ["2025-03-02", "Radiologie Königsplatz", "Arzt", "Szintigraphie Schilddrüse", "298,70", "0,00"],
        ["2025-04-22", "Dr. Hoffmann, Endokrinologie", "Arzt", "E05.0 Kontrolle TSH/fT3/fT4", "124,88", "24,20"],
        ["2025-06-10", "Klinikum Fuldatal", "stationär", "Radiojodtherapie 3 Tage", "2.412,00", "2.412,00"],
        ["2025-07-01", "Stern-Apotheke", "Arznei", "L-Thyroxin 75 µg N3", "17,98", "17,98"],
        ["2025-09-18", "Augenarzt Dr. Roth", "Arzt", "H06.2 endokrine Orbitopathie", "211,30", "211,30"],
        ["2025-11-03", "Zahnarztpraxis Weber", "Zahn", "PZR GOZ 1040", "120,36", "120,36"],
    ], encoding="utf-8", bom=True)
    z = make_zip([("Leistungsuebersicht_2025.pdf", pdf), ("Belegliste_2025.csv", csvb)], when=ztime(2, 20))
    m = MP("mixed", [T(body), A(z, "application/zip", "Unterlagen_2025_Vogt.zip")], style="sys")
    return build(team("service", "Mareva Kundenservice"), [("Annette Vogt", "annette.vogt@web-post.example")],
                 "Ihre angeforderten Unterlagen 2025", D(2, 20, 13, 12), m, mailer="sys")


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
      "doctor's practice mail forwarded as message/rfc822: corrected invoice, GOÄ positions, Z00.0 and B-symptoms note")
def s_fwd_arztmail_rfc822():
    inner = build(("Praxis Dr. Carstens", "abrechnung@praxis-carstens.example"),
                  [("Mareva Leistung", "leistung@mareva-kv.example")],
                  "Korrigierte Rechnung Pat. Frieda Mahler, RG 2026-0417", D(4, 20, 16, 44),
                  T(B("""
Sehr geehrte Damen und Herren,

anbei die korrigierte Rechnung für Ihre Versicherte Frau Frieda Mahler,
geb. 08.01.1958. Statt GOÄ 1 war GOÄ 3 (eingehende Beratung > 10 Min.)
abzurechnen, Behandlungsdatum 07.04.2026.

Diagnosen: Z00.0 Check-up; R61 Nachtschweiß, R63.4 Gewichtsabnahme 6 kg
in 3 Monaten – Abklärung B-Symptomatik, Überweisung Hämatologie erfolgt.
Labor: BSG, Diff-BB, LDH (GOÄ 3550, 3501, 3592.H1).

Neuer Rechnungsbetrag: 148,22 EUR statt 137,61 EUR.

Mit freundlichen Grüßen
Praxisteam Dr. med. Ole Carstens, Allgemeinmedizin
"""), cte="8bit"), mailer="other", tag="inner", mid_domain="praxis-carstens.example")
    body = B("""
Jana, die Praxis hat die Korrektur an das Sammelpostfach geschickt, die
ursprüngliche Abrechnung ist von dir (LF-2026-030541). Mail hängt an.
Kannst du die Differenz nachzahlen? 10,61 €.
Danke, Lea
""")
    m = MP("mixed", [T(body, cte="8bit"), MSG(inner)], style="tb")
    return build(who("marquardt"), [who("kowalczyk")], "Fwd: Korrigierte Rechnung Pat. Frieda Mahler",
                 D(4, 21, 8, 9), m, mailer="tb")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "repatriation after a stroke (I63.9) in Turkey, nurse escort; the text part is base64-encoded")
def s_repatriation_stroke_b64():
    body = B("""
Dear Mrs Albrecht,

I am writing to confirm the arrangements for your husband's return to
Germany, as discussed on the phone this morning.

Patient: Mr Horst Albrecht, policy RS-26-0140772 (ReiseMed Premium)
Current hospital: Antalya Memorial, neurology ward
Diagnosis: ischaemic stroke (I63.9) on 27 September, left-sided
weakness, speech affected, stable since 30 September, fit to fly
according to Dr Aydogan (report received).

Transport: air ambulance is not required. Lufthansa scheduled flight
AYT-FRA on Monday 5 October, business class stretcher seat, with a
flight nurse from our assistance partner (Mrs Jana Pichler). Ground
ambulance from Frankfurt airport directly to the Stroke Unit of
Klinikum Fuldatal, bed confirmed for admission 5 October evening.

All costs are covered by ReiseMed Premium. You will travel on the same
flight; your ticket is covered too.

If anything changes, please call our 24h line +49 561 700132-4000.

With best wishes for your husband's recovery,

""") + sig("brandt", "en")
    return build(who("brandt"), [("Petra Albrecht", "petra.albrecht@t-mail.example")],
                 "Return flight for Mr Albrecht - 5 October", D(10, 2, 12, 15),
                 T(body, charset="utf-8", cte="base64"), lang="en")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental: professional cleaning GOZ 1040 and periodontitis treatment for a named customer")
def s_pzr_parodontitis():
    body = B("""
Hallo Frau Rademacher,

die PZR-Rechnung (Zahnarztpraxis Weber, 12.05.2026) ist erstattet:
GOZ 1040 an 28 Zähnen, 2,3-fach = 101,36 € plus Fluoridierung (GOZ 1020)
und Politur – zusammen 124,10 €, aus ZahnPlus 80 zu 100 % (PZR zählt
nicht auf den Prozentsatz).

Zum beigefügten Parodontitis-Plan (Stadium III, Grad B; antiinfektiöse
Therapie GOZ 4070/4075 an 14 Zähnen, danach UPT): Das ist kein Fall für
die Vorab-Zusage, Sie bekommen 80 % vom Eigenanteil nach der Behandlung.
Voraussichtlicher Eigenanteil laut Plan: 612,00 €, davon zahlen wir
489,60 €.

Viele Grüße
Meike Oltmanns
""")
    return build(who("oltmanns"), [("Kerstin Rademacher", "kerstin.rademacher@kabelmail.example")],
                 "PZR und Parodontitis-Behandlung", D(5, 22, 9, 30), T(body, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident questionnaire as ODT (wrist fracture S52.5 while skiing, third-party involvement) for recourse")
def s_odt_unfallfragebogen():
    body = B("""
Guten Tag Herr Pawlak,

in den Rechnungen zu Ihrer Behandlung seit dem 21.02.2026 taucht die
Diagnose distale Radiusfraktur (S52.5) auf. Bei Unfällen müssen wir
prüfen, ob ein Dritter verantwortlich ist (Übergang von Ansprüchen nach
§ 86 VVG). Bitte füllen Sie den Fragebogen im Anhang aus – ich habe die
Angaben aus Ihrem Telefonat schon eingetragen – und senden ihn zurück.

Danke und freundliche Grüße

""") + sig("stankowski")
    odt = make_odt([
        "# Fragebogen zum Unfallhergang",
        "Versicherter: Michał Pawlak, geb. 1989-10-05, Vers.-Nr. 7213-447190-01",
        "Unfalltag: 21.02.2026, ca. 14:30 Uhr",
        "Unfallort: Skigebiet Hochzillertal, Piste 7a (Österreich)",
        "Hergang (laut Telefonat vom 09.03.): Zusammenstoß mit einem anderen Skifahrer, der von "
        "hinten auffuhr. Sturz auf die rechte Hand.",
        "Verletzung: distale Radiusfraktur rechts (S52.5), Versorgung mit Plattenosteosynthese im "
        "Krankenhaus Schwaz am 22.02.2026, Nachbehandlung Ergotherapie in Kassel.",
        "Ist der Unfallgegner bekannt? [ ] ja  [ ] nein   Name/Anschrift: ______________",
        "Wurde die Polizei / Pistenrettung hinzugezogen? ______________",
        "Haben Sie Ansprüche gegen eine Haftpflichtversicherung geltend gemacht? ______________",
        "Ort, Datum, Unterschrift: ______________",
    ], title="Unfallfragebogen Pawlak", when=ztime(3, 10))
    m = MP("mixed", [T(body), A(odt, ODT_MIME, "Unfallfragebogen_Pawlak.odt")])
    return build(who("stankowski"), [("Michał Pawlak", "m.pawlak@freemail.example")],
                 "Ihr Unfall am 21.02.2026 – Fragebogen", D(3, 10, 11, 40), m)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "query to a dentist about analogous GOZ billing (§ 6 GOZ) for a named patient's implant and bone graft")
def s_zahnarzt_analog_goz():
    body = B("""
Sehr geehrte Frau Dr. Eisenhardt,

zu Ihrer Rechnung Nr. 26-0388 für Ihren Patienten Herrn Volker Stamm
(Behandlung 03.–24.03.2026, Regio 14–16) haben wir zwei Rückfragen:

1. Sie berechnen „9100a analog § 6 Abs. 1 GOZ – Sinuslift intern mit
   Knochenersatzmaterial" zusätzlich zur GOZ 9110. Die interne
   Sinusbodenelevation ist mit 9110 abgegolten; welche selbständige
   Leistung soll die Analogposition abbilden?
2. GOZ 2197 (adhäsive Befestigung) neben 9010 (Implantatinsertion) an
   Regio 15 – bitte kurz erläutern, was adhäsiv befestigt wurde.

Die übrigen Positionen (9010 x 2, 9040, 9090, Bio-Oss 1,0 g, Membran)
sind erstattet. Ihr Patient weiß von der Rückfrage.

Mit freundlichen kollegialen Grüßen

""") + sig("oltmanns")
    return build(who("oltmanns"), [("Dr. Ricarda Eisenhardt", "praxis@zahnaerztin-eisenhardt.example")],
                 "Rückfrage Rechnung 26-0388 – Analogberechnung", D(4, 8, 14, 17), T(body))


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "bilingual reply to an expat: diabetes medication Metformin 1000 mg and Jardiance 10 mg, HbA1c")
def s_bilingual_diabetes():
    body = B("""
Hallo Herr Singh / Dear Mr Singh,

(English below)

Ihre Apothekenbelege von März sind erstattet: Metformin 1000 mg (N3,
1-0-1) und Jardiance 10 mg (Empagliflozin, 1-0-0), zusammen 84,27 €.
Das Attest von Dr. Martens mit HbA1c 7,4 % brauchen wir nicht jedes
Quartal – einmal im Jahr reicht.

--

Your pharmacy receipts from March have been reimbursed: Metformin
1000 mg (twice daily) and Jardiance 10 mg (once daily), EUR 84.27 in
total. We do not need Dr Martens' note with your HbA1c (7.4 %) every
quarter, once a year is enough.

Viele Grüße / Best regards
""") + sig("menon", "en")
    return build(who("menon"), [("Harpreet Singh", "harpreet.singh@postfach24.example")],
                 "AW: Pharmacy receipts March / Apothekenbelege", D(4, 16, 10, 2), T(body), lang="en")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "to the reinsurer: CSV of high-cost claimants with names, policy numbers, ICD codes and costs")
def s_reinsurer_highcost_csv():
    body = B("""
Dear Julia,

as agreed in the quarterly call, here are the individual large claims
above EUR 100k for the Q2 bordereau (surplus treaty 2026). Names are
included because your claims team needs them for the cumulative check
against the 2025 cases.

Best regards,
Lars

""") + sig("gellert", "en")
    csvb = make_csv([
        ["claim_id", "insured", "policy", "yob", "icd10", "description", "paid_eur"],
        ["LF-2026-003311", "Bernd Falkenhahn", "7213-100822-01", "1958", "C91.0", "acute lymphoblastic leukaemia, CAR-T", "412380.00"],
        ["LF-2026-007045", "Nele Brinkmann", "7213-661203-03", "2025", "P07.2", "extreme prematurity, NICU 94 days", "286114.50"],
        ["LF-2026-012902", "Stefan Albers", "7213-304477-01", "1971", "I71.0", "aortic dissection, surgery + ICU", "168420.10"],
        ["LF-2026-018550", "Mehmet Korkmaz", "7213-559012-01", "1964", "E85.1", "hereditary amyloidosis, tafamidis", "131600.00"],
    ], sep=",", encoding="utf-8")
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"),
                     Part("text/csv", b64(csvb), [("charset", "utf-8")], "base64", disp="attachment",
                          filename="large_claims_Q2_2026.csv")])
    return build(who("gellert"), [("Julia Brandstetter", "j.brandstetter@hanse-re.example")],
                 "Q2 2026 large claims - individual list", D(7, 10, 15, 3), m, lang="en")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "travel health claim Austria: ACL rupture skiing, invoices; multipart/alternative")
def s_oesterreich_kreuzband():
    text = B("""
Sehr geehrte Frau Hagedorn,

Ihre Rechnungen aus Österreich sind abgerechnet:

  Sanatorium Kitzbühel, Ambulanz 08.01.2026     412,00 €
    (MRT Knie re., Diagnose: vordere Kreuzbandruptur + Innenbandläsion,
    S83.53 / S83.43)
  Orthese Medi M.4s                             389,50 €
  Rettung Pistenrettung / Akja                  180,00 €
  Taxi Kitzbühel – Innsbruck Hbf                 96,00 €
  Gesamt                                      1.077,50 €

Aus ReiseMed erstatten wir 981,50 €. Das Taxi ist leider nicht
versichert, nur der Transport ins nächstgelegene Krankenhaus.

Die Kreuzband-OP, die jetzt in Kassel geplant ist, läuft nicht mehr über
die Reiseversicherung, sondern über Ihre Krankenkasse bzw. Ihren Tarif
KlinikPlus (Chefarzt/Zweibettzimmer). Bitte schicken Sie die
Einweisung an Tobias Hensel (t.hensel@mareva-kv.example).

Gute Besserung!
Olivia Brandt, Reise-Service
""")
    htm = html_doc(B("""
<p>Sehr geehrte Frau Hagedorn,</p>
<p>Ihre Rechnungen aus &Ouml;sterreich sind abgerechnet:</p>
<table cellpadding="3" style="font-size:10pt">
<tr><td>Sanatorium Kitzb&uuml;hel, Ambulanz 08.01.2026<br><i>MRT Knie re., Diagnose: vordere Kreuzbandruptur + Innenbandl&auml;sion, S83.53 / S83.43</i></td><td align="right">412,00 &euro;</td></tr>
<tr><td>Orthese Medi M.4s</td><td align="right">389,50 &euro;</td></tr>
<tr><td>Rettung Pistenrettung / Akja</td><td align="right">180,00 &euro;</td></tr>
<tr><td>Taxi Kitzb&uuml;hel &ndash; Innsbruck Hbf</td><td align="right">96,00 &euro;</td></tr>
<tr><td><b>Gesamt</b></td><td align="right"><b>1.077,50 &euro;</b></td></tr>
</table>
<p>Aus ReiseMed erstatten wir <b>981,50 &euro;</b>. Das Taxi ist leider nicht versichert, nur der Transport ins n&auml;chstgelegene Krankenhaus.</p>
<p>Die Kreuzband-OP, die jetzt in Kassel geplant ist, l&auml;uft nicht mehr &uuml;ber die Reiseversicherung, sondern &uuml;ber Ihre Krankenkasse bzw. Ihren Tarif KlinikPlus (Chefarzt/Zweibettzimmer). Bitte schicken Sie die Einweisung an Tobias Hensel (<a href="mailto:t.hensel@mareva-kv.example">t.hensel@mareva-kv.example</a>).</p>
<p>Gute Besserung!<br>Olivia Brandt, Reise-Service</p>"""))
    m = MP("alternative", [T(text), T(htm, subtype="html")])
    return build(who("brandt"), [("Corinna Hagedorn", "corinna.hagedorn@postfach24.example")],
                 "Abrechnung Skiunfall Kitzbühel", D(1, 27, 14, 48), m)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "specialty drug Humira 40 mg (adalimumab) for a named customer, cost and import hint")
def s_humira_import():
    body = B("""
Sehr geehrter Herr Lorenzen,

Ihr Rezept über Humira 40 mg Injektionslösung im Fertigpen (Adalimumab),
6 Stück, PZN 10286578, 5.412,66 € (Einhorn-Apotheke, 02.02.2026) haben wir
vollständig erstattet. Verordnet von Dr. Kemal, Gastroenterologie – bei
Morbus Crohn (K50.0) ist das Präparat zugelassen, alles in Ordnung.

Eine Bitte für die nächsten Verordnungen: Fragen Sie in der Apotheke nach
einem Biosimilar (z. B. Adalimumab-Präparate anderer Hersteller) oder
einem Reimport. Die Wirkstoffmenge ist gleich, die Kosten liegen oft
30–40 % niedriger. Das entscheidet aber Ihr Arzt – bitte nicht ohne
Rücksprache wechseln.

Wegen der hohen Beträge können Sie künftig auch die Direktabrechnung
nutzen: Die Apotheke schickt das Rezept dann direkt an uns, Sie müssen
nichts vorstrecken. Die Einhorn-Apotheke nimmt daran teil.

Mit freundlichen Grüßen
Jana Kowalczyk – Leistungsprüfung ambulant
Mareva Krankenversicherung AG
""")
    return build(who("kowalczyk"), [("Nils Lorenzen", "n.lorenzen@kabelmail.example")],
                 "Ihr Rezept Humira – Erstattung und Tipp", D(2, 9, 16, 20),
                 T(body, charset="windows-1252", cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "sensitive only in the subject: psychotherapy sessions 11-20 with a named therapist; body just 'done'")
def s_subject_only_psychotherapie():
    body = B("""
Hallo Frau Nowak,

ist erledigt, der Betrag (1.005,50 €) ist untwerwegs.

Viele Grüße
Jana Kowalczyk
""")
    return build(who("kowalczyk"), [("Marta Nowak", "marta.nowak@freemail.example")],
                 "AW: Rechnung Psychotherapie Fr. Dr. Kuhn – Sitzungen 11–20", D(6, 23, 17, 2),
                 T(body), mailer="mobile")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel vaccinations (yellow fever, typhoid, hepatitis A) and malaria prophylaxis reimbursed for a named customer")
def s_travel_vaccines_named():
    body = B("""
Dear Ms Okoro,

Thank you for the receipts from the travel clinic (Tropenmedizinische
Ambulanz Kassel, 3 February 2026). We have reimbursed EUR 268.40:

  Yellow fever (Stamaril), incl. certificate       EUR 78.50
  Typhoid (Typhim Vi)                              EUR 42.90
  Hepatitis A (Havrix 1440), 1st dose              EUR 61.00
  Consultation travel medicine                     EUR 28.00
  Malarone 250/100 mg, 24 tablets                  EUR 58.00

Please keep the second Havrix dose in mind (6-12 months later); we will
cover it as well. Have a wonderful trip to Ghana!

Kind regards,

""") + sig("kowalczyk", "en", ascii_only=True)
    return build(who("kowalczyk"), [("Grace Okoro", "grace.okoro@web-post.example")],
                 "Reimbursement travel vaccinations", D(2, 16, 9, 12),
                 T(body, charset="us-ascii", cte="7bit"), lang="en")


# ---------------------------------------------------------------------------
# CONFIDENTIAL, part A
# ---------------------------------------------------------------------------


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement (PDF) of a sole-trader broker: income, IBAN and tax number; no customer names, only counts")
def c_provision_einzelmakler():
    iban = de_iban("52250030", "0050019388")
    body = B("""
Hallo Herr Feuerstein,

anbei Ihre Provisionsabrechnung für April 2026. Die Auszahlung erfolgt
am 15.05. Bitte beachten Sie die Stornoreserve (10 %), die wir wie
vereinbart bis zum Ablauf der Haftungszeit einbehalten.

Viele Grüße
""") + sig("woelk")
    pdf = make_pdf([
        "# Provisionsabrechnung April 2026",
        "Vermittler: Jens Feuerstein, Feuerstein Versicherungsmakler e.K.",
        "Vermittlernummer: 80-4471   Registernummer: D-W3KL-Q7B2T-41",
        "Steuernummer: 026 845 51207  (umsatzsteuerfrei nach § 4 Nr. 11 UStG)",
        "",
        "Abschlussprovision Neugeschäft        Stück    Monatsbeitrag   Provision",
        "ZahnPlus 90                              12         412,80 EUR   2.476,80 EUR",
        "KlinikPlus 1                              3         161,40 EUR     968,40 EUR",
        "ReiseMed Jahresvertrag                    9          89,10 EUR     178,20 EUR",
        "Bestandsprovision (1,5 %)                                          631,75 EUR",
        "Summe                                                            4.255,15 EUR",
        "Stornoreserve 10 %                                               -425,52 EUR",
        "Storno Vormonat (1 Vertrag)                                      -206,40 EUR",
        "Auszahlungsbetrag                                                3.623,23 EUR",
        "",
        "Überweisung auf: Sparkasse Werra-Meißner, IBAN " + iban,
    ], title="Provision 04-2026 Feuerstein", date=(2026, 5, 8))
    m = MP("mixed", [T(body), A(pdf, "application/pdf", "Provisionsabrechnung_2026-04_80-4471.pdf")])
    return build(who("woelk"), [("Jens Feuerstein", "jf@feuerstein-versicherungsmakler.example")],
                 "Provisionsabrechnung 04/2026", D(5, 8, 10, 30), m)


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "new broker onboarding: birth date, register number, trade licence and IBAN of a natural person to confirm")
def c_makler_anbindung():
    iban = de_iban("52060410", "0004422901", grouped=False)
    body = B(f"""
Hallo Frau Wichmann,

schön, dass es mit der Anbindung klappt! Bevor wir Ihre Vermittlernummer
freischalten, bitte einmal die Stammdaten prüfen – die habe ich aus
Ihren Unterlagen abgetippt:

  Name:                 Sandra Wichmann
  Geburtsdatum:         17.06.1985, Geburtsort Eschwege
  Anschrift:            Marktplatz 4, 37269 Eschwege
  Gewerbe:              Versicherungsmaklerin § 34d Abs. 1 GewO
  Registernummer:       D-3H7K-M2PQR-88
  IHK:                  Kassel-Marburg
  VSH:                  Nachweis liegt vor (gültig bis 31.12.2026)
  Bankverbindung:       {iban}
  Umsatzsteuer:         keine USt-ID, Kleinunternehmerin

Wenn alles stimmt, reicht ein kurzes „passt". Danach kommt per
separater Mail Ihr Einmal-Passwort für das Maklerportal.

Viele Grüße
""") + sig("woelk")
    return build(who("woelk"), [("Sandra Wichmann", "info@wichmann-vorsorge.example")],
                 "Ihre Anbindung – bitte Stammdaten prüfen", D(2, 3, 11, 11), T(body))


@mail("CONFIDENTIAL", "en", "broker",
      "broker's own mail (forwarded as rfc822) changing his business bank account; sole trader, IBAN")
def c_broker_bank_change_rfc822():
    new_iban = de_iban("50010517", "5409771236")
    old_iban = de_iban("50070010", "0917733400")
    inner = build(("Oliver Grant", "oliver@grant-brokerage.example"), [("Broker Relations", "makler@mareva-kv.example")],
                  "Change of bank details - Grant Insurance Brokerage", D(6, 15, 18, 2),
                  T(B(f"""
Hello,

please note my new business account for all commission payments from
July onwards:

Account holder: Oliver James Grant (Grant Insurance Brokerage)
IBAN: {new_iban}
BIC: INGDDEFFXXX

Old account {old_iban} will be closed on 30 June.

Thanks and best regards
Oliver Grant
Grant Insurance Brokerage, Frankfurt
Broker no. 80-5120
"""), charset="us-ascii", cte="7bit"), mailer="other", tag="inner", lang="en",
                  mid_domain="grant-brokerage.example")
    body = B("""
Hi Ole, hi Finance team,

Mr Grant (sole trader, broker 80-5120) sent the attached change of bank
details. I called him back on his known number and he confirmed it -
so it is not one of those fake "new account" mails. Please update the
commission account from July.

Thanks
Dennis
""")
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"), MSG(inner, "Change_of_bank_details.eml")])
    return build(who("woelk"), [team("provisionen", "Provisionsbuchhaltung")],
                 "FW: Change of bank details - Grant Insurance Brokerage", D(6, 16, 9, 3), m, lang="en")


@mail("CONFIDENTIAL", "en", "internal",
      "HR forwards an applicant's CV (DOCX) with birth date, address and salary expectation to the hiring manager")
def c_cv_actuary_docx():
    body = B("""
Hi Lars,

attached the CV of the candidate for the junior actuary position (ref.
AK-2026-07) that we talked about. She is currently in Dublin and could
start on 1 October. Salary expectation EUR 68,000 - a bit above our
band, but let's meet her first. Could you suggest two slots for a video
interview next week?

Best
Katrin

""") + sig("degenhardt", "en", footer=False)
    doc = make_docx([
        "# Curriculum Vitae",
        "Aoife Brennan",
        "Date of birth: 12 February 1996, Cork (Ireland)",
        "Address: 41 Harcourt Terrace, Dublin 2",
        "Phone: +353 87 555 0142 - aoife.brennan@web-post.example",
        "# Experience",
        "2022-today: Actuarial Analyst, Shannon Life & Health DAC, Dublin - pricing of private medical insurance products",
        "2020-2022: Graduate Actuary, Liffey Re, reserving",
        "# Education",
        "MSc Actuarial Science, University College Cork (2020), BSc Mathematics (2018)",
        "Progress towards FSAI: 9 of 13 exams passed",
        "# Languages",
        "English (native), German (B2, Goethe certificate 2025), Irish",
        "Current salary: EUR 61,500 + bonus; expectation: EUR 68,000",
    ], title="CV Aoife Brennan", author="A. Brennan", when=ztime(6, 22))
    m = MP("mixed", [T(body), A(doc, DOCX_MIME, "CV_Aoife_Brennan_2026.docx")])
    return build(who("degenhardt"), [who("gellert")], "Candidate junior actuary - CV", D(6, 22, 13, 40), m, lang="en")


@mail("CONFIDENTIAL", "de", "insurer-to-applicant",
      "job offer to an applicant: monthly salary, 13 salaries, start date; no health content")
def c_vertragsangebot():
    body = B("""
Liebe Frau Petersen,

vielen Dank für das angenehme Gespräch am Dienstag – wir möchten Sie
sehr gern für die Stelle als Sachbearbeiterin Beitrag und Inkasso
gewinnen!

Unser Angebot:
  Eintritt:       01.09.2026, unbefristet, Probezeit 6 Monate
  Arbeitszeit:    38 Std./Woche, Gleitzeit, 2 Tage mobiles Arbeiten
  Vergütung:      Tarifgruppe 5, Stufe 2 (privates Versicherungsgewerbe)
                  = 4.150 € brutto monatlich, 13 Gehälter,
                  zzgl. vermögenswirksame Leistungen 40 €
  Urlaub:         30 Tage

Den Arbeitsvertrag schicken wir Ihnen per Post, sobald Sie zusagen.
Wenn Sie Fragen haben, rufen Sie mich gern an.

Herzliche Grüße

""") + sig("degenhardt")
    ics = make_ics([{
        "uid": "onboarding-petersen-2026@" + DOM, "stamp": (2026, 7, 17, 13, 0),
        "start": (2026, 9, 1, 8, 30), "end": (2026, 9, 1, 12, 0),
        "summary": "Ihr erster Arbeitstag bei Mareva – Onboarding",
        "location": "Empfang, Tuchmacherweg 14, 34117 Kassel",
        "description": "Begrüßung durch HR, IT-Ausstattung, Rundgang, Mittagessen mit dem Team Beitrag und Inkasso.",
        "organizer": ("Katrin Degenhardt", "k.degenhardt@" + DOM),
        "attendees": [("Merle Petersen", "merle.petersen@postfach24.example")],
    }])
    m = MP("mixed", [T(body), ICS(ics, "Erster_Arbeitstag.ics", cte="quoted-printable")])
    return build(who("degenhardt"), [("Merle Petersen", "merle.petersen@postfach24.example")],
                 "Unser Angebot für Sie – Sachbearbeitung Beitrag und Inkasso", D(7, 17, 15, 5), m)


@mail("CONFIDENTIAL", "de", "internal",
      "explicit tag [vertraulich]; payroll correction for a named employee with salary figures and back pay")
def c_payroll_korrektur():
    body = B("""
Hallo Katrin,

zur Info: Bei Herrn Marek Hoffmann (Pers.-Nr. 4417, Leistung stationär)
war seit Januar noch die alte Stufe hinterlegt. Korrektur ab 01.01.2026:

  alt:  TG 6 / Stufe 3   4.612,00 € brutto
  neu:  TG 6 / Stufe 4   4.858,00 € brutto
  Nachzahlung Jan–Mai:  5 x 246,00 € = 1.230,00 € brutto

Die Nachzahlung geht mit der Juni-Abrechnung raus. Herr Hoffmann hat
sich selbst gemeldet, bitte eine kurze Bestätigung an ihn, dass es
erledigt ist – ich will ihm keine Gehaltszahlen per Mail schreiben.

Gruß Ole
""") + sig("hinrichsen", short=True)
    return build(who("hinrichsen"), [who("degenhardt")], "[vertraulich] Stufenkorrektur Hoffmann, Pers.-Nr. 4417",
                 D(6, 11, 10, 26), T(body))


@mail("CONFIDENTIAL", "en", "internal",
      "travel expense claim (ODS) of an employee with his private IBAN and amounts")
def c_expenses_ods():
    iban = de_iban("52040021", "0322876500")
    body = B("""
Hi Ole,

attached my expense report for the trip to the expat fair in Amsterdam
(18-20 March). Hotel and train were booked via the travel desk, so it is
only meals, taxi and the parking at Kassel-Wilhelmshoehe.
Please transfer to my private account as usual.

Thanks!
Rahul
""")
    ods = make_ods([("Reisekosten", [
        ["Reisekostenabrechnung", "Rahul Menon", "Pers.-Nr. 5302", "", ""],
        ["Datum", "Beleg", "Art", "Betrag EUR", "Bemerkung"],
        ["2026-03-18", 1, "Taxi Amsterdam Centraal - RAI", 32.5, ""],
        ["2026-03-18", 2, "Verpflegungspauschale NL", 47.0, ""],
        ["2026-03-19", 3, "Verpflegungspauschale NL", 47.0, "Frühstück gestellt -9,40"],
        ["2026-03-20", 4, "Parken P+R Wilhelmshöhe 3 Tage", 27.0, ""],
        ["", "", "Summe", 144.1, ""],
        ["Auszahlung auf", "IBAN " + iban, "", "", ""],
    ])], title="Reisekosten Menon 03-2026", when=ztime(3, 24))
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"),
                     A(ods, ODS_MIME, "Reisekosten_Menon_2026-03.ods")])
    return build(who("menon"), [who("hinrichsen")], "Expense report Amsterdam March", D(3, 24, 16, 48), m, lang="en")


@mail("CONFIDENTIAL", "de", "insurer-to-authority",
      "third-party debtor declaration (§ 840 ZPO) for a garnished employee: net wage, other garnishments")
def c_drittschuldnererklaerung():
    body = B("""
Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache
Inkasso Nordwest GmbH ./. Frau Jacqueline Möbius,
Pfändungs- und Überweisungsbeschluss des AG Kassel vom 12.01.2026,
Az. 661 M 144/26, zugestellt am 19.01.2026,

geben wir als Drittschuldnerin folgende Erklärung nach § 840 ZPO ab:

1. Die Forderung der Schuldnerin auf Arbeitseinkommen wird anerkannt.
   Frau Möbius ist bei uns seit 01.03.2021 als Mitarbeiterin im
   Kundenservice beschäftigt.
2. Nettoeinkommen Januar 2026: 2.214,38 €; Unterhaltspflichten: 1 Kind.
   Pfändbarer Betrag nach Tabelle zu § 850c ZPO: 148,53 € monatlich.
3. Vorrangige Pfändung: Finanzamt Kassel II (Rückstand 1.120,00 €),
   zugestellt 04.11.2025, wird bis voraussichtlich Juli 2026 bedient.
4. Ihre Pfändung ist danach im Rang zu bedienen.

Mit freundlichen Grüßen
i. A. Ole Hinrichsen
Personalabrechnung
Mareva Krankenversicherung AG
""")
    return build(who("hinrichsen"), [("Inkasso Nordwest GmbH", "forderungen@inkasso-nordwest.example")],
                 "Drittschuldnererklärung § 840 ZPO – Az. 661 M 144/26 (Möbius)", D(1, 29, 14, 0), T(body))


@mail("CONFIDENTIAL", "de", "insurer-to-landlord",
      "to a private landlord (natural person) of the Goettingen branch: rent, service charges, his IBAN")
def c_vermieter_goettingen():
    iban = de_iban("26050001", "0051273340")
    body = B(f"""
Sehr geehrter Herr Oberdiek,

vielen Dank fuer die Nebenkostenabrechnung 2025 fuer unsere
Geschaeftsstelle Goettingen (Weender Landstrasse 61, 1. OG).

Vorauszahlungen 2025:      12 x 410,00 EUR = 4.920,00 EUR
Kosten laut Abrechnung:                      5.386,72 EUR
Nachzahlung:                                   466,72 EUR

Wir ueberweisen die Nachzahlung bis 15.04.2026 auf Ihr Konto
{iban} (Sparkasse Goettingen). Die Miete ab Mai
erhoeht sich nach der Staffel im Mietvertrag auf 2.640,00 EUR netto kalt;
die neue Vorauszahlung von 450,00 EUR haben wir ebenfalls angepasst.

Mit freundlichen Gruessen

""") + sig("brandes", ascii_only=True)
    return build(who("brandes"), [("Gerhard Oberdiek", "g.oberdiek@t-mail.example")],
                 "Nebenkostenabrechnung 2025 Geschaeftsstelle Goettingen", D(3, 30, 9, 48),
                 T(body, charset="iso-8859-1", cte="quoted-printable"))


@mail("CONFIDENTIAL", "en", "insurer-to-supplier",
      "freelance translator (natural person): invoice approved, her IBAN and VAT number")
def c_translator_invoice():
    iban = de_iban("43060967", "1177204500")
    body = B(f"""
Dear Ms Duarte,

thank you for the translation of our expat tariff conditions (general
terms, 38 pages, DE > EN and DE > PT). Your invoice no. 2026-031 of
EUR 3,496.50 (incl. 19 % VAT) has been approved and will be paid to
your account {iban} within 14 days.

For the next job (claims forms, about 12 pages) I will send you the
files on Monday.

Best regards,

""") + sig("renner", "en", ascii_only=True) + B("""

---
Supplier: Beatriz Duarte, Freelance Translator, VAT ID DE 318 440 275
""")
    return build(who("renner"), [("Beatriz Duarte", "beatriz@duarte-translations.example")],
                 "Invoice 2026-031 approved", D(5, 13, 11, 25), T(body, charset="us-ascii", cte="7bit"), lang="en")


@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "grey: fee note of a freelance medical assessor (natural person) with IBAN and tax number; no patient data at all")
def c_gutachter_honorar():
    iban = de_iban("52050353", "0002207718")
    body = B(f"""
Sehr geehrter Herr Dr. Haupt,

Ihre Sammelrechnung für das 2. Quartal 2026 ist geprüft und zur
Zahlung freigegeben:

  Anzahl Aktengutachten:        11 x 180,00 € = 1.980,00 €
  Anzahl Untersuchungsgutachten: 3 x 420,00 € = 1.260,00 €
  Fahrtkosten                                      86,40 €
  Summe (umsatzsteuerfrei, § 4 Nr. 14 UStG)     3.326,40 €

Überweisung an: Dr. med. Bernhard Haupt, IBAN {iban}
Ihre Steuernummer 026 811 40392 ist hinterlegt.

Eine Bitte: Nennen Sie auf der Sammelrechnung künftig nur unsere
Auftragsnummern (GA-2026-…) und keine Namen – die Zuordnung machen wir
intern. So bleibt die Rechnung frei von Patientendaten.

Mit freundlichen Grüßen

""") + sig("lamprecht")
    return build(who("lamprecht"), [("Dr. med. Bernhard Haupt", "b.haupt@gutachten-haupt.example")],
                 "Ihre Honorarrechnung Q2/2026", D(7, 8, 12, 12), T(body))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: travel cancellation because of redundancy (no health reason); claim number, cancellation costs, IBAN; PDF invoice")
def c_ruecktritt_jobverlust():
    iban = de_iban("52060410", "0105566102")
    body = B(f"""
Sehr geehrter Herr Engelhardt,

wir haben Ihren Schaden Nr. RS-2026-00418 geprüft. Die betriebsbedingte
Kündigung durch Ihren Arbeitgeber (Schreiben vom 27.03.2026) ist ein
versichertes Rücktrittsereignis nach Ziff. 2.1 e) der Bedingungen
ReiseSchutz Rücktritt.

  Reise:            Mauritius, 14.05.–28.05.2026, 2 Personen
  Reisepreis:       6.480,00 €
  Stornokosten 40 %: 2.592,00 € (Stornorechnung im Anhang)
  Selbstbehalt 20 %:  -518,40 €
  Erstattung:       2.073,60 €

Die Zahlung geht an IBAN {iban}, Kontoinhaber Florian
Engelhardt. Wir drücken die Daumen für die Jobsuche.

Mit freundlichen Grüßen

""") + sig("brandt")
    pdf = make_pdf([
        "# Stornorechnung",
        "Reisebüro Sonnenweg GmbH, Kassel",
        "Vorgang 88-20114, Buchung vom 09.01.2026",
        "Reisende: Florian Engelhardt, Jasmin Engelhardt",
        "Hotel Coral Lagoon, Mauritius, 14.05.-28.05.2026, inkl. Flug FRA-MRU",
        "Reisepreis: 6.480,00 EUR",
        "Stornierung am 30.03.2026 (45 Tage vor Abreise): 40 % = 2.592,00 EUR",
        "Bereits geleistete Anzahlung: 1.296,00 EUR, Restforderung: 1.296,00 EUR",
    ], title="Stornorechnung 88-20114", date=(2026, 4, 2))
    m = MP("mixed", [T(body), A(pdf, "application/pdf", "Stornorechnung_88-20114.pdf")])
    return build(who("brandt"), [("Florian Engelhardt", "florian.engelhardt@web-post.example")],
                 "Ihr Reiserücktritt RS-2026-00418 – Erstattung", D(4, 9, 10, 45), m)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "baggage claim: suitcase lost in Lisbon, CSV of items and values, claim number; no health content")
def c_baggage_lisbon_csv():
    body = B("""
Dear Mr Rowe,

Thank you for the list of items. As the airline has now confirmed the
suitcase as finally lost (PIR LIS-TP-44812), we can settle the claim
under your ReiseSchutz Gepaeck cover, claim RS-2026-00977.

We apply time-value deductions for clothing older than one year (see
column "value_after_deduction" in the attached file). The airline has
already paid EUR 400; our payment covers the remainder up to the sum
insured of EUR 2,000: EUR 848.20.

Kind regards,

""") + sig("brandt", "en")
    csvb = make_csv([
        ["item", "bought", "price_eur", "value_after_deduction"],
        ["Samsonite suitcase 75 cm", "2023", "289.00", "173.40"],
        ["Suit (navy, wool)", "2024", "420.00", "294.00"],
        ["2 pairs of shoes", "2025", "260.00", "234.00"],
        ["Shirts and clothing", "various", "510.00", "306.00"],
        ["Electric toothbrush and toiletries", "2025", "185.00", "166.50"],
        ["Gift (port wine, 2 bottles)", "2026", "74.30", "74.30"],
        ["Airline payment", "", "", "-400.00"],
        ["Total payable", "", "", "848.20"],
    ], sep=",", encoding="us-ascii")
    m = MP("mixed", [T(body, charset="utf-8", cte="quoted-printable"),
                     Part("text/csv", encode_text(csvb.decode("ascii"), "us-ascii", "7bit"),
                          [("charset", "us-ascii")], "7bit", disp="attachment",
                          filename="RS-2026-00977_items.csv")])
    return build(who("brandt"), [("Jonathan Rowe", "jon.rowe@me-mail.example")],
                 "Your baggage claim RS-2026-00977", D(6, 3, 13, 58), m, lang="en")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "grey: trip cancellation after visa refusal; insured person named, booking and claim number; no health content")
def c_visa_refusal():
    body = B("""
Dear Ms Adeyemi,

I am sorry to hear that the Canadian visa for your daughter was refused.
A visa refusal is not an insured event under ReiseSchutz Ruecktritt
(clause 2.1 lists the insured reasons; refusal of entry documents is not
one of them) - I know that is disappointing.

What I can offer: the booking with Maple Leaf Tours (no. ML-771205,
travel date 2 August 2026) can be rebooked free of charge once, as the
tour operator confirmed on the phone. Your policy RS-26-0233016 stays
valid for the new date if you let us know by 31 July.

Kind regards,
Olivia Brandt
Travel Service, Mareva Krankenversicherung AG
""")
    return build(who("brandt"), [("Folake Adeyemi", "folake.adeyemi@freemail.example")],
                 "RE: cancellation Canada trip - visa refused", D(7, 21, 16, 33),
                 T(body, charset="us-ascii", cte="7bit"), lang="en")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: trip interruption due to wildfire evacuation on Rhodes, nobody hurt; claim and payout")
def c_reiseabbruch_waldbrand():
    body = B("""
Hallo Familie Schäfer,

erst mal: gut, dass Ihnen allen nichts passiert ist! Die Evakuierung
aus dem Hotel in Kiotari am 24.07. und die vorzeitige Rückreise am 26.07.
fallen unter ReiseSchutz Abbruch (Ziff. 3.2 „Elementarereignis am
Urlaubsort").

Wir erstatten (Schaden RS-2026-01290):
  nicht genutzte Reiseleistungen 27.07.–02.08.  1.846,00 €
  Mehrkosten Rückflug (Ersatzflug RHO–HAJ)        712,40 €
  Taxi Hannover – Kassel (keine Bahn mehr)        238,00 €
  Summe                                         2.796,40 €

Das Geld kommt auf das Konto, das Sie in der Schadenmeldung angegeben
haben. Der Reiseveranstalter hat eine Teilerstattung angekündigt – falls
die kommt, bitte kurz Bescheid geben, die müssen wir dann verrechnen.

Viele Grüße
Olivia Brandt
""")
    return build(who("brandt"), [("Daniel Schäfer", "d.schaefer-familie@kabelmail.example")],
                 "Ihre Rückreise von Rhodos – Erstattung", D(8, 11, 11, 7), T(body, cte="8bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-prospect",
      "grey: prospect's gross income checked against the compulsory insurance threshold; no contract, no health data")
def c_jaeg_pruefung():
    body = B("""
Hallo Herr Tran,

danke für die Gehaltsbescheinigung. Kurz zusammengefasst:

  Ihr regelmäßiges Jahresarbeitsentgelt 2026: 84.500 € brutto
  (12 x 6.500 € + Weihnachtsgeld 6.500 €; die variable Prämie zählt
  nicht mit, weil sie nicht regelmäßig gezahlt wird)
  Versicherungspflichtgrenze 2026: 77.400 €

Sie liegen also darüber und können zum nächsten Monatsersten aus der
gesetzlichen Krankenversicherung in die private wechseln, sofern Sie
auch 2027 voraussichtlich darüber liegen – bei Ihrer Gehaltsentwicklung
sieht das gut aus.

Für ein konkretes Angebot bräuchten wir im nächsten Schritt den Antrag
mit den Gesundheitsfragen. Die schicke ich Ihnen gern zu, wenn Sie
möchten – erst mal ganz unverbindlich.

Viele Grüße
""") + sig("kuehn")
    return build(who("kuehn"), [("Minh Tran", "minh.tran@postfach24.example")],
                 "Ihre Frage zur Versicherungspflichtgrenze", D(9, 15, 17, 12), T(body))


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "grey: bKV group contract premium invoice (PDF) to a company with a named HR contact; no employee data")
def c_bkv_rechnung_firma():
    body = B("""
Sehr geehrte Frau Stein,

anbei die Beitragsrechnung für den Gruppenvertrag 9100-0032 für das
3. Quartal 2026. Die Zahl der versicherten Mitarbeitenden ist gegenüber
dem Vorquartal von 118 auf 124 gestiegen.

Mit freundlichen Grüßen

""") + sig("yilmaz")
    pdf = make_pdf([
        "# Beitragsrechnung Q3/2026",
        "Gruppenvertrag 9100-0032 - betriebliche Krankenversicherung",
        "Versicherungsnehmerin: Nordhessen Logistik GmbH, Am Güterbahnhof 9, 34123 Kassel",
        "Ansprechpartnerin: Vanessa Stein, Personalabteilung",
        "",
        "Anzahl versicherte Personen: 124",
        "Bausteine: ZahnPlus 90 (124), KlinikPlus (71), AmbulantPlus (38)",
        "Beitrag Juli-September 2026: 3 x 4.812,36 EUR = 14.437,08 EUR",
        "Fälligkeit: 15.07.2026, Zahlung per Lastschrift vom Firmenkonto",
        "Rechnungsnummer: BR-9100-0032-2026-3",
    ], title="BR-9100-0032-2026-3", date=(2026, 7, 1))
    m = MP("mixed", [T(body), A(pdf, "application/pdf", "Beitragsrechnung_9100-0032_Q3-2026.pdf")])
    return build(who("yilmaz"), [("Vanessa Stein", "v.stein@nordhessen-logistik.example")],
                 "Beitragsrechnung bKV Q3/2026", D(7, 1, 8, 30), m)


@mail("CONFIDENTIAL", "de", "internal",
      "new employee master data sheet (XLSX): birth date, tax ID, social security number, IBAN; harmless body")
def c_personalstammblatt_xlsx():
    iban = de_iban("52060410", "0006683021")
    body = B("""
Hallo Ole,

hier das Stammblatt für die neue Kollegin im Kundenservice (Eintritt
01.04.). Vertrag ist unterschrieben, Original liegt in der Akte.

Gruß Katrin
""")
    rows = [["Feld", "Wert"],
            ["Name, Vorname", "Petersen, Merle"],
            ["Geburtsdatum", "1994-08-21"],
            ["Geburtsort", "Husum"],
            ["Anschrift", "Goethestraße 18, 34119 Kassel"],
            ["Steuer-ID", "43 817 520 961"],
            ["Steuerklasse", "1"],
            ["Sozialversicherungsnummer", "18 210894 P 017"],
            ["Bankverbindung", iban],
            ["Eintritt", "2026-04-01"],
            ["Tarifgruppe", "TG 5 / Stufe 2"],
            ["Bruttogehalt", 4150],
            ["VWL", 40]]
    x = make_xlsx([("Stammdaten", rows)], when=ztime(3, 18))
    m = MP("mixed", [T(body), A(x, XLSX_MIME, "Personalstammblatt_Petersen.xlsx")])
    return build(who("degenhardt"), [who("hinrichsen")], "Stammblatt Petersen, Eintritt 01.04.", D(3, 18, 9, 2), m)


@mail("CONFIDENTIAL", "en", "internal",
      "sales bonus list of named employees inside a ZIP (XLSX); amounts per person")
def c_bonus_zip():
    body = B("""
Hi Ole,

attached the sales bonus calculation for H1 2026, approved by Mr
Gruenhagen yesterday. Payout with the July payroll, please.
Zipped because our mail filter keeps blocking xlsx from the sales share.

Thanks,
Mirko
""")
    rows = [["Pers.-Nr.", "Name", "Team", "Target H1", "Achieved", "Rate", "Bonus EUR"],
            ["3107", "Kühn, Mirko", "Private sales", 120000, 131400, 1.095, 4380],
            ["3112", "Arslan, Deniz", "Private sales", 95000, 88650, 0.933, 2120],
            ["3120", "Pfeifer, Lena", "Private sales", 95000, 104800, 1.103, 3510],
            ["3124", "Roth, Malte", "Group health", 140000, 152200, 1.087, 4890],
            ["3131", "Weiß, Carina", "Group health", 140000, 119000, 0.85, 0]]
    x = make_xlsx([("Bonus H1 2026", rows)], when=ztime(7, 7))
    z = make_zip([("Vertriebsbonus_H1_2026.xlsx", x)], when=ztime(7, 7))
    m = MP("mixed", [T(body, charset="utf-8", cte="quoted-printable"), A(z, "application/zip", "Bonus_H1_2026.zip")])
    return build(who("kuehn"), [who("hinrichsen")], "Sales bonus H1 2026 - payout July", D(7, 7, 10, 15), m, lang="en")


@mail("CONFIDENTIAL", "en", "internal",
      "relocation package for a new hire from Dublin: annual salary, relocation allowance, start date")
def c_relocation_package():
    body = B("""
Hi Katrin,

Lars and I agreed on the following package for Aoife Brennan - could you
prepare the contract?

- Position: Actuary (pricing health), start 1 October 2026
- Annual salary: EUR 66,500 (12 x 5,115.38 + 13th salary), band top
- Relocation allowance: EUR 5,000 gross, one-off, paid with first salary
- Temporary housing: company flat Friedrich-Ebert-Str. for 3 months
- German course: 2 x 90 min per week, paid by us

She accepted verbally today. The formal offer should go out by Friday.

Best,
Henrike
""")
    return build(("Dr. Henrike Vossberg", "h.vossberg@" + DOM), [who("degenhardt")],
                 "Offer A. Brennan - package agreed", D(7, 29, 18, 42), T(body, charset="us-ascii", cte="7bit"),
                 lang="en", cc=[who("gellert")])


# ---------------------------------------------------------------------------
# CONFIDENTIAL, part B
# ---------------------------------------------------------------------------


@mail("CONFIDENTIAL", "de", "insurer-to-tenant",
      "rent arrears of a named tenant in an insurer-owned flat: amounts and the tenant's IBAN")
def c_mietrueckstand():
    iban_mieter = de_iban("52060410", "0311870004")
    body = B(f"""
Sehr geehrte Frau Bischoff,

für Ihre Wohnung in der Kölnischen Straße 112, 2. OG links
(Mietvertrag Nr. W-0412), sind folgende Mieten offen:

  September 2026   812,00 € (Lastschrift zurückgegeben „mangels Deckung")
  Oktober 2026     812,00 €
  Rücklastschriftgebühr  3,50 €
  offen            1.627,50 €

Die Lastschrift von Ihrem Konto {iban_mieter} kam zweimal
zurück. Bitte überweisen Sie den Betrag bis 20.10.2026 oder melden Sie
sich, wenn wir eine Ratenzahlung vereinbaren sollen – eine Rate von
200 € zusätzlich zur laufenden Miete wäre für uns in Ordnung.

Mit freundlichen Grüßen

""") + sig("tietjen")
    return build(who("tietjen"), [("Jasmin Bischoff", "jasmin.bischoff@web-post.example")],
                 "Mietrückstand Wohnung W-0412", D(10, 8, 10, 19),
                 T(body, charset="windows-1252", cte="quoted-printable"))


@mail("CONFIDENTIAL", "en", "insurer-to-tenant",
      "deposit return for a departing tenant (natural person), deductions and his IBAN")
def c_deposit_return():
    iban = de_iban("10010010", "0761324108")
    body = B(f"""
Dear Mr Kowalski,

Thank you for handing over the flat at Koelnische Strasse 112, 3rd floor
right, on 30 April. The final inspection went well, only minor points.

Deposit incl. interest (since 2019)          EUR 2,310.44
Deduction: replacement of 2 keys             EUR    86.00
Deduction: share of 2025 service charges     EUR   142.17
Amount to be transferred                     EUR 2,082.27

We will transfer the amount to {iban} by 20 May.

Good luck in Berlin!

""") + sig("tietjen", "en", ascii_only=True)
    return build(who("tietjen"), [("Lukas Kowalski", "lukas.kowalski@freemail.example")],
                 "Your deposit - flat W-0418", D(5, 11, 14, 6), T(body, charset="us-ascii", cte="7bit"), lang="en")


@mail("CONFIDENTIAL", "de", "insurer-to-borrower",
      "mortgage loan: end of fixed-rate period, outstanding balance, borrowers named; loan account as HTML attachment")
def c_darlehen_zinsbindung_html():
    body = B("""
Sehr geehrte Frau Kraft, sehr geehrter Herr Kraft,

die Zinsbindung Ihres Darlehens Nr. HD-2016-0733 (Objekt: Einfamilienhaus
Am Wasserturm 5, 34233 Fuldatal) endet am 30.09.2026. Den aktuellen
Kontoauszug finden Sie im Anhang.

Unser Prolongationsangebot: 10 Jahre fest zu 3,42 % p. a., Tilgung
wahlweise 2 % oder 3 %. Bitte geben Sie uns bis 31.07.2026 Bescheid.

Mit freundlichen Grüßen

""") + sig("tietjen")
    att = html_doc(B("""
<h2>Darlehenskonto HD-2016-0733</h2>
<p>Darlehensnehmer: Stefanie Kraft, geb. 11.02.1980; Thomas Kraft, geb. 26.07.1978</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Datum</th><th>Vorgang</th><th>Betrag</th><th>Saldo</th></tr>
<tr><td>01.01.2026</td><td>Saldovortrag</td><td></td><td>-152.880,41 &euro;</td></tr>
<tr><td>31.03.2026</td><td>Rate Q1 (Zins 1,85 % / Tilgung)</td><td>2.985,00 &euro;</td><td>-150.602,48 &euro;</td></tr>
<tr><td>30.06.2026</td><td>Rate Q2</td><td>2.985,00 &euro;</td><td>-148.322,17 &euro;</td></tr>
</table>
<p>Restschuld zum Ende der Zinsbindung (30.09.2026) voraussichtlich: 146.023,06 &euro;</p>
<p>Lastschrift von: Kasseler Sparkasse, Kontoinhaber Thomas Kraft</p>"""))
    m = MP("mixed", [T(body), T(att, subtype="html", filename="Darlehenskonto_HD-2016-0733.html", cte="base64")])
    return build(who("tietjen"), [("Stefanie Kraft", "stefanie.kraft@t-mail.example"),
                                  ("Thomas Kraft", "thomas.kraft@t-mail.example")],
                 "Ende der Zinsbindung – Ihr Darlehen HD-2016-0733", D(6, 30, 11, 44), m)


@mail("CONFIDENTIAL", "en", "insurer-to-borrower",
      "loan application: request for payslips, stated net income and employer of a named applicant")
def c_loan_income_proof():
    body = B("""
Dear Mr Haddad,

Thank you for your application for a mortgage loan of EUR 310,000 for
the flat in Kassel-Vorderer Westen. Before our credit committee can
decide, we need a few more documents:

1. your last three payslips (you stated a net income of EUR 4,870 per
   month as senior engineer at Hessenwind Energy GmbH)
2. your wife's employment contract (part-time, stated net EUR 1,640)
3. proof of equity: EUR 85,000 (bank statement of your savings account)
4. the purchase contract draft from the notary

Please upload them via the secure upload link you received yesterday,
not by e-mail.

Kind regards,

""") + sig("tietjen", "en")
    return build(who("tietjen"), [("Karim Haddad", "karim.haddad@me-mail.example")],
                 "Your mortgage application - documents needed", D(9, 2, 10, 4), T(body), lang="en")


@mail("CONFIDENTIAL", "de", "insurer-to-consumer",
      "HTML-only mail to a sweepstake winner (natural person): name, address and IBAN for the prize payment")
def c_gewinnspiel_html():
    iban = de_iban("52060410", "0203344590")
    htm = html_doc(B(f"""
<div style="max-width:600px;margin:auto;font-family:Verdana,sans-serif;font-size:14px">
<h1 style="color:#0b4f6c;font-size:22px">Herzlichen Gl&uuml;ckwunsch, Frau Scholten!</h1>
<p>Sie haben bei unserem Gewinnspiel &bdquo;Zahnputz-Challenge 2026&ldquo; auf dem Hessentag den Hauptpreis gewonnen: <b>500&nbsp;&euro;</b>.</p>
<p>Bitte pr&uuml;fen Sie die Angaben, die Sie auf der Teilnahmekarte gemacht haben:</p>
<table cellpadding="4" style="background:#f3f7f9">
<tr><td>Name</td><td>Lisa Scholten</td></tr>
<tr><td>Anschrift</td><td>Hinter der Kirche 3, 34346 Hann. M&uuml;nden</td></tr>
<tr><td>IBAN f&uuml;r die Auszahlung</td><td>{iban}</td></tr>
</table>
<p>Wenn alles stimmt, m&uuml;ssen Sie nichts tun &ndash; das Geld kommt bis 31.07.2026. Falls etwas falsch ist, antworten Sie einfach auf diese Mail.</p>
<p>Viel Freude mit dem Gewinn!<br>Ihr Mareva-Team</p>
<p style="font-size:11px;color:#777">Teilnahmebedingungen: www.mareva-kv.example/gewinnspiel &middot; Ihre Daten l&ouml;schen wir nach der Auszahlung.</p>
</div>"""))
    return build(team("aktionen", "Mareva Aktionen"), [("Lisa Scholten", "lisa.scholten@freemail.example")],
                 "Sie haben gewonnen! Zahnputz-Challenge 2026", D(7, 6, 9, 0),
                 T(htm, subtype="html", cte="base64"), mailer="news")


@mail("CONFIDENTIAL", "mixed", "internal",
      "company-run registration list (CSV) with employees' birth dates for age classes; German/English mail")
def c_firmenlauf_csv():
    body = B("""
Hallo zusammen / Hi all,

anbei die Anmeldeliste für den Kasseler Firmenlauf am 11.06. – bitte bis
Mittwoch prüfen, der Veranstalter braucht die Geburtsdaten für die
Altersklassen.
Attached is the registration list for the company run on 11 June -
please check your entry by Wednesday; the organiser needs the birth
dates for the age groups.

Laufshirts: Größe bitte nachtragen, falls leer / add your shirt size if
empty.

Sportliche Grüße
Pia
""")
    csvb = make_csv([
        ["Nachname", "Vorname", "Geburtsdatum", "Strecke", "Shirt"],
        ["Lorenz", "Pia", "14.05.1990", "5 km", "S"],
        ["Feld", "Jonas", "02.11.1987", "10 km", "L"],
        ["Menon", "Rahul", "23.09.1984", "10 km", "M"],
        ["Aydin", "Serkan", "30.01.1992", "5 km", ""],
        ["Scholz", "Nadine", "08.07.1979", "5 km Walking", "M"],
        ["Brandes", "Holger", "17.03.1966", "10 km", "XL"],
    ], encoding="windows-1252")
    m = MP("mixed", [T(body), Part("application/vnd.ms-excel", b64(csvb), [], "base64",
                                   disp="attachment", filename="Firmenlauf_2026_Anmeldungen.csv")])
    return build(who("lorenz"), [team("firmenlauf", "Firmenlauf-Team 2026")],
                 "Firmenlauf 11.06. – Anmeldeliste prüfen / check registration", D(5, 29, 12, 20), m)


@mail("CONFIDENTIAL", "de", "insurer-to-data-subject",
      "grey: GDPR access report (PDF) for a newsletter subscriber who is not a customer: birth date, address, consents")
def c_auskunft_art15_pdf():
    body = B("""
Sehr geehrter Herr Wagenknecht,

Sie haben uns am 02.02.2026 um Auskunft nach Art. 15 DSGVO gebeten.
Unsere Auskunft finden Sie im Anhang. Kurz vorweg: Sie sind bei uns
nicht als Kunde geführt; gespeichert sind nur die Daten aus Ihrer
Newsletter-Anmeldung und aus dem Gewinnspiel 2025.

Mit freundlichen Grüßen

""") + sig("simonis")
    pdf = make_pdf([
        "# Auskunft nach Art. 15 DSGVO",
        "Betroffene Person: Arne Wagenknecht",
        "Anschrift: Rosenweg 9, 34314 Espenau",
        "Geburtsdatum: 03.10.1977 (Angabe für Geburtstagsgruß im Newsletter)",
        "E-Mail: arne.w@kabelmail.example",
        "",
        "Verarbeitungen:",
        "1. Newsletter 'Mareva aktuell' seit 14.03.2024, Double-Opt-in 14.03.2024 19:02",
        "   Rechtsgrundlage Art. 6 Abs. 1 lit. a DSGVO; Löschung nach Abmeldung",
        "2. Gewinnspiel Sommer 2025 (Teilnahme, kein Gewinn), Löschung am 31.03.2026",
        "3. Keine Vertrags- oder Antragsdaten, keine Gesundheitsdaten, keine Bankdaten",
        "",
        "Empfänger: Versanddienstleister Newsletter (Auftragsverarbeiter, EU)",
        "Speicherdauer: bis Widerruf der Einwilligung",
    ], title="Auskunft Art. 15 Wagenknecht", date=(2026, 2, 24))
    m = MP("mixed", [T(body), A(pdf, "application/pdf", "Auskunft_Art15_DSGVO.pdf")])
    return build(who("simonis"), [("Arne Wagenknecht", "arne.w@kabelmail.example")],
                 "Ihre Anfrage nach Art. 15 DSGVO", D(2, 24, 15, 15), m)


@mail("CONFIDENTIAL", "en", "insurer-to-applicant",
      "deletion confirmation to a former applicant listing what was held: birth date, salary expectation")
def c_deletion_applicant():
    body = B("""
Dear Mr Nakamura,

As requested, we have deleted your application documents for the
position "IT Security Engineer" (ref. IT-2025-14). For transparency,
this is what we had stored since 18 November 2025:

- CV and cover letter (incl. your date of birth, 5 May 1991, and
  address in Frankfurt am Main)
- your salary expectation of EUR 78,000 per year
- notes from the interview on 2 December 2025
- your reference letters from two former employers

Everything was deleted from our recruiting system on 13 January 2026.
Only this confirmation and your deletion request are kept for three
years as proof (Art. 5(2) GDPR).

Kind regards,

""") + sig("degenhardt", "en")
    return build(who("degenhardt"), [("Kenji Nakamura", "kenji.nakamura@postfach24.example")],
                 "Deletion of your application data", D(1, 13, 16, 30), T(body), lang="en")


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "sole-trader broker's professional indemnity (VSH) proof: his policy number with another insurer, sum insured")
def c_makler_vsh():
    body = B("""
Hallo Frau Wichmann,

danke für den VSH-Nachweis. Wir haben folgende Daten übernommen:

  Versicherungsnehmerin:  Sandra Wichmann (Einzelunternehmen)
  Versicherer:            Hanseatische Berufshaftpflicht AG
  Versicherungsschein-Nr: VH-778 120 455
  Deckungssumme:          1.300.380 € je Schadenfall /
                          1.924.560 € Jahreshöchstleistung
  Laufzeit:               01.01.2026 – 31.12.2026

Bitte schicken Sie uns im Januar unaufgefordert die Bestätigung für 2027,
sonst müssen wir die Vermittlernummer sperren (§ 34d GewO).

Viele Grüße
Dennis Wölk
""")
    return build(who("woelk"), [("Sandra Wichmann", "info@wichmann-vorsorge.example")],
                 "AW: VSH-Nachweis 2026", D(2, 10, 9, 15), T(body, cte="8bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "company-car accident of a named employee reported to the fleet insurer: plate, claim, nobody hurt")
def c_dienstwagen_unfall():
    body = B("""
Sehr geehrte Damen und Herren,

wir melden einen Schaden aus unserem Flottenvertrag FL-40 228 731:

  Fahrzeug:     VW ID.4, amtl. Kennzeichen KS-MV 132
  Fahrer:       Herr Dennis Wölk (Mitarbeiter, Vertrieb)
  Datum/Ort:    16.03.2026, 08:10 Uhr, Kassel, Kreuzung Frankfurter
                Straße / Heinrich-Heine-Straße
  Hergang:      Auffahrunfall; der Unfallgegner (Opel Corsa, KS-RT 884)
                hat an der Ampel abrupt gebremst, unser Fahrer konnte
                nicht mehr ausweichen.
  Personenschaden: keiner, beide Fahrer unverletzt, keine Polizei
  Schaden:      Frontschaden, Kostenvoranschlag Autohaus Krug 3.412,80 €

Der Unfallbericht mit beiden Unterschriften liegt vor; ich schicke ihn
per Post. Unsere Schadensnummer intern: FM-2026-07.

Mit freundlichen Grüßen

""") + sig("brandes")
    return build(who("brandes"), [("Schadenservice Flotte", "flotte-schaden@kurhessische-sach.example")],
                 "Schadenmeldung Flotte FL-40 228 731 – KS-MV 132", D(3, 16, 15, 3), T(body))


@mail("CONFIDENTIAL", "de", "insurer-to-doctor",
      "grey: speaker fee to a doctor (natural person) for a talk at the health day, IBAN and tax number; no patient data")
def c_honorar_referentin():
    iban = de_iban("52050353", "0001187390")
    body = B(f"""
Liebe Frau Dr. Okafor-Schmitt,

noch einmal herzlichen Dank für Ihren Vortrag „Was der Rücken wirklich
braucht" beim Mareva-Gesundheitstag – die Rückmeldungen waren super.

Für die Honorarzahlung haben wir:
  Honorar Vortrag (90 Min.)        600,00 €
  Fahrtkosten (Pauschale)           45,00 €
  Summe                            645,00 €  (keine USt, Kleinunternehmerregelung)
  Überweisung an IBAN {iban}
  Steuernummer 026 872 11504

Wir sind verpflichtet, das Honorar an das Finanzamt zu melden, falls
Sie keine Rechnung stellen – bitte schicken Sie uns daher noch eine
kurze Rechnung mit diesen Angaben.

Herzliche Grüße

""") + sig("lorenz")
    return build(who("lorenz"), [("Dr. med. Adaeze Okafor-Schmitt", "praxis@orthopaedie-okafor-schmitt.example")],
                 "Honorar Gesundheitstag – Ihre Daten", D(10, 12, 13, 20), T(body))


@mail("CONFIDENTIAL", "de", "insurer-to-pharmacy",
      "grey: direct-billing agreement (PDF) with a sole-trader pharmacist (e.K.): her IBAN, owner data; no patient data")
def c_apotheke_direktabrechnung():
    iban = de_iban("52060410", "0001930224")
    body = B("""
Sehr geehrte Frau Hübner,

vielen Dank für Ihr Interesse an der Direktabrechnung hochpreisiger
Arzneimittel. Anbei die Vereinbarung mit Ihren Daten zum Gegenlesen.
Wenn alles stimmt, bitte unterschreiben und eingescannt zurücksenden.

Mit freundlichen Grüßen

""") + sig("kowalczyk")
    pdf = make_pdf([
        "# Vereinbarung über die Direktabrechnung von Arzneimitteln",
        "zwischen Mareva Krankenversicherung AG, Tuchmacherweg 14, 34117 Kassel",
        "und Löwen-Apotheke Kassel, Inhaberin Apothekerin Claudia Hübner e.K.",
        "Inhaberin geb. 28.04.1975, Betriebserlaubnis vom 01.10.2012 (Stadt Kassel)",
        "IK-Nummer 30 6 14 2271",
        "",
        "§ 1 Die Apotheke rechnet Arzneimittel ab 500 EUR je Rezept direkt mit Mareva ab.",
        "§ 2 Zahlungsziel 10 Tage nach Eingang der Rezeptdaten.",
        "§ 3 Zahlungen an: Claudia Hübner e.K., IBAN " + iban,
        "§ 4 Datenschutz: Übermittlung nur mit Einwilligung der versicherten Person.",
        "",
        "Kassel, den ____________        ______________________",
    ], title="Direktabrechnung Löwen-Apotheke", date=(2026, 1, 21))
    m = MP("mixed", [T(body), A(pdf, "application/pdf", "Vereinbarung_Direktabrechnung_Loewen-Apotheke.pdf")])
    return build(who("kowalczyk"), [("Claudia Hübner", "info@loewen-apotheke-kassel.example")],
                 "Direktabrechnung – Vereinbarung zum Gegenlesen", D(1, 21, 11, 0), m)


@mail("CONFIDENTIAL", "en", "insurer-to-supplier",
      "invoice dispute with a sole-trader IT consultant: hourly rate, hours, his IBAN")
def c_it_consultant_dispute():
    iban = de_iban("52040021", "0477120300", grouped=False)
    body = B(f"""
Hi Piet,

thanks for invoice 2026-0611. Before I can release it, one question: the
timesheet shows 46.5 hours for May, but the PO (4500018822) only covers
40 hours at EUR 115/h for the gateway certificate migration. The extra
6.5 hours (EUR 747.50) were not approved by Jonas in advance.

Could you send a corrected invoice for 40 h (EUR 4,600.00 net,
EUR 5,474.00 gross)? For the remaining hours Jonas will raise a change
request, then you can invoice them separately. Payment goes to
{iban} as before.

Cheers,
Sabine

""") + sig("renner", "en", ascii_only=True)
    return build(who("renner"), [("Piet van Dijk", "piet@vandijk-it.example")],
                 "RE: Invoice 2026-0611 - hours vs. PO", D(6, 9, 14, 51), T(body, charset="us-ascii", cte="7bit"),
                 lang="en", cc=[who("feld")])


@mail("CONFIDENTIAL", "de", "insurer-to-authority",
      "answer to a tax office: fees paid to a named freelancer in 2025, tax ID")
def c_finanzamt_auskunft():
    body = B("""
Sehr geehrte Frau Lindner,

auf Ihr Auskunftsersuchen nach § 93 AO vom 04.03.2026 (Steuernummer
026 845 90117, Herr Kai-Uwe Sperling) teilen wir mit:

Herr Sperling war 2025 als freier Trainer für unsere Vertriebsschulungen
tätig. Gezahlte Honorare 2025:

  14.02.2025   Rechnung 25-003   2.380,00 € (inkl. 19 % USt)
  09.05.2025   Rechnung 25-011   3.570,00 €
  22.09.2025   Rechnung 25-027   1.785,00 €
  28.11.2025   Rechnung 25-034   2.975,00 €
  Summe                         10.710,00 €

Steuer-ID laut Rechnungen: 62 409 371 858. Kopien der Rechnungen senden
wir Ihnen auf Wunsch per Post.

Mit freundlichen Grüßen
i. A. Sabine Renner
Einkauf
Mareva Krankenversicherung AG
""")
    return build(who("renner"), [("Finanzamt Kassel II – Frau Lindner", "poststelle.ka2@finanzamt-kassel.example")],
                 "Auskunftsersuchen § 93 AO – Herr Kai-Uwe Sperling", D(3, 19, 10, 32), T(body))


@mail("CONFIDENTIAL", "de", "internal",
      "works-council query about the pay grading of a named employee (tariff groups TG 5 to 7, salary figures)")
def c_betriebsrat_eingruppierung():
    body = B("""
Hallo Katrin,

der Betriebsrat hat in der Sitzung am Donnerstag der Umgruppierung von
Frau Aylin Kaya (Zahnärztliche Leistungsprüfung) nur unter Vorbehalt
zugestimmt. Frage des BR: Warum TG 6 und nicht TG 7, wenn sie seit
Januar die Teamvertretung macht?

Zahlen zur Einordnung:
  bisher TG 5 / St. 4:  4.312 € brutto
  vorgeschlagen TG 6 / St. 3:  4.612 €
  BR-Vorschlag TG 7 / St. 2:  4.905 €

Können wir uns am Montag mit Meike kurz abstimmen? Die Frist nach § 99
BetrVG läuft am 24.04. ab.

Viele Grüße
Birgit Sandmann
Betriebsrat
""")
    return build(("Birgit Sandmann (Betriebsrat)", "betriebsrat@" + DOM), [who("degenhardt")],
                 "Umgruppierung Kaya – Rückfrage BR", D(4, 18, 14, 22), T(body), cc=[who("oltmanns")])


@mail("CONFIDENTIAL", "en", "internal",
      "expat employee's housing allowance paid to a UK bank account (GB IBAN) with amounts")
def c_housing_allowance_gb():
    gb = make_iban("GB", "KSLB40441273916250")
    body = B(f"""
Hi Ole,

Small change for Eleanor Price (London liaison office, pers. no. 5518):
from July her housing allowance of GBP 1,450 per month should go to her
UK account instead of the German one. Salary stays on the German account.

Account holder: Eleanor M. Price
IBAN: {grp(gb)}
Bank: Kingsley Bank, Islington branch

She signed the form on 22 June, scan is in the personnel file.

Thanks,
Rahul
""")
    return build(who("menon"), [who("hinrichsen")], "Housing allowance E. Price - new UK account",
                 D(6, 24, 11, 40), T(body, charset="us-ascii", cte="7bit"), lang="en")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "baggage theft in Rome in the customer's own words (quoted), police report, item values; no health content")
def c_gepaeck_rom():
    body = B("""
Sehr geehrte Frau Castellano,

danke für die Unterlagen. Die Anzeige der Carabinieri (Denuncia
Nr. 2026/118844, Stazione Roma Termini) liegt uns vor. Wir erstatten den
Zeitwert der gestohlenen Sachen abzüglich 50 € Selbstbehalt:

  Handtasche (Leder, 2023)       180,00 €
  Sonnenbrille                    95,00 €
  Bargeld                         nicht versichert
  Ausweis-Neuausstellung          37,00 €
  Summe                          262,00 € (nach Selbstbehalt)

Schaden RS-2026-01544, die Zahlung ist angewiesen.

Mit freundlichen Grüßen
Olivia Brandt, Reise-Service

-----Ursprüngliche Nachricht-----
Von: Giulia Castellano <giulia.castellano@me-mail.example>
Gesendet: Samstag, 25. April 2026 20:14
An: reise@mareva-kv.example
Betreff: Diebstahl in Rom!!

Hallo, mir wurde heute am Bahnhof Termini die Handtasche geklaut,
einfach von der Schulter gerissen, zwei Typen auf einem Roller. Drin
waren Portemonnaie mit ca. 120 Euro, Personalausweis, Sonnenbrille
(Ray-Ban) und die Tasche selbst war von Liebeskind, 2023 gekauft für
ca. 260 Euro. Mir ist nichts passiert, nur der Schreck. Ich war bei der
Polizei, hab die Anzeige fotografiert. Was muss ich machen?
Giulia Castellano, Vertrag RS-26-0178342
""")
    return build(who("brandt"), [("Giulia Castellano", "giulia.castellano@me-mail.example")],
                 "AW: Diebstahl in Rom!!", D(5, 4, 9, 22), T(body))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "grey: trip cancelled after a house fire at home (property damage, nobody injured); claim settled")
def c_cancellation_house_fire():
    body = B("""
Dear Mr and Mrs Lindholm,

We were very sorry to hear about the fire at your house on 2 March.
The fire brigade report confirms significant damage to your property,
which is an insured reason for cancellation under ReiseSchutz Ruecktritt
(clause 2.1 g). We are glad to read that nobody was injured.

Claim RS-2026-00302 - Norway cruise, 28 March to 8 April 2026
Cancellation fee charged by the cruise line (35 %):  EUR 2,639.00
Excess:                                              none (Premium)
Payment:                                             EUR 2,639.00

The amount will be paid to the account in your claim form within five
working days.

With best wishes for the repairs,

""") + sig("brandt", "en")
    return build(who("brandt"), [("Erik Lindholm", "erik.lindholm@kabelmail.example")],
                 "Your cancellation claim RS-2026-00302", D(3, 12, 15, 20), T(body), lang="en",
                 cc=[("Maja Lindholm", "maja.lindholm@kabelmail.example")])


@mail("CONFIDENTIAL", "de", "internal",
      "company car benefit-in-kind for a named employee: list price, 0.25 % rule, monthly taxable amount")
def c_dienstwagen_gwv():
    body = B("""
Hallo Herr Wölk,

zu Ihrer Frage zum geldwerten Vorteil für den neuen Dienstwagen
(VW ID.4, Übergabe 02.03.2026):

  Bruttolistenpreis:                 47.920 €
  Elektrofahrzeug → 0,25 %-Regel:    119,80 € / Monat
  Fahrten Wohnung–Arbeit (23 km)
  0,03 % x 0,25 x 23 km:              82,66 € / Monat
  zu versteuern zusätzlich:          202,46 € / Monat

Bei Ihrer Steuerklasse 3 macht das netto ungefähr 55–60 € im Monat aus.
Den Nutzungsüberlassungsvertrag schicke ich Ihnen per Hauspost.

Viele Grüße
Ole Hinrichsen
Personalabrechnung, Durchwahl -615
""")
    return build(who("hinrichsen"), [who("woelk")], "AW: Dienstwagen – was kostet mich das?",
                 D(2, 26, 11, 5), T(body, cte="8bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-prospect",
      "grey: callback note to a prospect who gave birth date and phone for a dental-supplement quote; no health data")
def c_rueckruf_interessent():
    body = B("""
Hallo Frau Grabowski,

danke für Ihre Anfrage über das Kontaktformular. Sie hatten um einen
Rückruf gebeten – leider habe ich Sie heute zweimal nicht erreicht
(0176 5550 3381). Ich habe Ihre Angaben für das Angebot schon notiert:

  Name: Karolina Grabowski
  Geburtsdatum: 09.12.1984
  Wunsch: Zahnzusatzversicherung, Beginn möglichst 01.06.

Der Beitrag hängt vom Eintrittsalter ab. Wann passt es Ihnen morgen?
Ich bin von 8 bis 16 Uhr erreichbar.

Viele Grüße
""") + sig("kuehn")
    return build(who("kuehn"), [("Karolina Grabowski", "karo.grabowski@freemail.example")],
                 "Ihr Rückrufwunsch", D(5, 20, 16, 2), T(body))


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "sole-trader painter's invoice for office work: his IBAN and tax number")
def c_maler_rechnung():
    iban = de_iban("52060410", "0004019933")
    body = B(f"""
Hallo Herr Ockert,

Ihre Rechnung Nr. 118/2026 (Malerarbeiten Flur 2. OG und
Besprechungsraum "Fulda", 3.926,70 EUR brutto) ist abgenommen und zur
Zahlung angewiesen. Zahlungsziel 14 Tage, Ueberweisung auf Ihr Konto
{iban}.

Auf der naechsten Rechnung bitte noch Ihre Steuernummer (026 830 12877)
mit angeben, die fehlte diesmal - wir haben sie aus dem Lieferanten-
stamm ergaenzt.

Gruss
Holger Brandes
Facility Management
""")
    return build(who("brandes"), [("Malermeister Jens Ockert", "ockert-malerbetrieb@t-mail.example")],
                 "Rechnung 118/2026 freigegeben", D(8, 20, 7, 44), T(body, charset="iso-8859-1", cte="8bit"))


@mail("CONFIDENTIAL", "en", "insurer-to-supplier",
      "visa application via a travel agency for an employee: passport number, birth date, place of birth")
def c_visa_india_trip():
    body = B("""
Dear Ms Sharma,

For the business trip to our partner TPA in Bengaluru (15-22 November
2026) please apply for a business e-visa for our employee:

  Surname / given name:  Menon, Rahul
  Date of birth:         23/09/1984
  Place of birth:        Kochi, India
  Nationality:           German
  Passport no.:          C4J8R2TV7, valid until 10/2031
  Invitation letter:     attached to our previous mail (from the TPA)

Flights are already booked through your office (booking ref. KXT7QP).
Please invoice the visa fees to our cost centre 4170.

Kind regards,

""") + sig("renner", "en", ascii_only=True)
    return build(who("renner"), [("Anjali Sharma", "visa@globetrott-business-travel.example")],
                 "Business e-visa India - R. Menon", D(10, 15, 10, 0), T(body, charset="us-ascii", cte="7bit"),
                 lang="en", cc=[who("menon")])


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "salary confirmation to an employee's bank for her mortgage: gross/net salary, employment status")
def c_salary_confirmation_bank():
    body = B("""
Dear Sir or Madam,

At the request of our employee, Ms Nadine Scholz (date of birth
08/07/1979), we confirm the following:

- employed by Mareva Krankenversicherung AG since 1 August 2008
- permanent contract, not under notice, probation completed
- position: team lead, premiums and collections
- gross annual salary 2026: EUR 71,240 (13 monthly salaries)
- average net monthly salary (last 3 months): EUR 3,612.50

Please note that this confirmation is only for the purpose of her
mortgage application (your ref. BF-2026-55310).

Kind regards,
Katrin Degenhardt
HR, Mareva Krankenversicherung AG
""")
    return build(who("degenhardt"), [("Mortgage team", "baufinanzierung@rheinmain-bank.example")],
                 "Salary confirmation - N. Scholz, ref. BF-2026-55310", D(8, 27, 9, 35),
                 T(body), lang="en", cc=[who("scholz")])


@mail("CONFIDENTIAL", "de", "internal",
      "team birthday list (ODS) with employees' full birth dates")
def c_geburtstagsliste_ods():
    body = B("""
Hallo ihr Lieben,

damit niemand vergessen wird: anbei die aktualisierte Geburtstagsliste
für unser Team (die zwei Neuen sind drin). Kuchenplan wie immer: wer
Geburtstag hat, bringt nix mit – das machen die anderen :-)

LG Meike
""")
    ods = make_ods([("Geburtstage 2026", [
        ["Name", "Geburtstag", "Jahrgang"],
        ["Aylin Kaya", "03.02.", 1989],
        ["Meike Oltmanns", "19.03.", 1981],
        ["Tanja Fehr", "27.05.", 1995],
        ["Paul Sieverding", "04.08.", 1972],
        ["Ines Krämer", "15.10.", 1998],
        ["Kemal Özdemir", "30.11.", 1986],
    ])], title="Geburtstagsliste Team Zahn", when=ztime(1, 9))
    m = MP("mixed", [T(body), A(ods, ODS_MIME, "Geburtstage_Team_Zahn_2026.ods")])
    return build(who("oltmanns"), [team("team-zahn", "Team Zahn")], "Geburtstagsliste 2026", D(1, 9, 8, 12), m)


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "trip cancelled because the employer revoked leave: not insured; German reply to an English customer mail, IBAN")
def c_urlaubssperre_mixed():
    iban = de_iban("52040021", "0640418800", grouped=False)
    body = B(f"""
Hallo Mr Fitzgerald,

leider ist eine Urlaubssperre durch den Arbeitgeber kein versicherter
Rücktrittsgrund (anders als z. B. eine betriebsbedingte Kündigung).
Unfortunately, a cancelled holiday leave by your employer is not an
insured reason for cancellation - only e.g. redundancy would be.

Den Beitrag für die Reiseversicherung (89,00 €) erstatten wir Ihnen aber
aus Kulanz zurück, weil der Vertrag erst gestern geschlossen wurde –
auf das Konto {iban}.
As a gesture of goodwill we will refund the premium of EUR 89.00 to
the account above.

Freundliche Grüße / Kind regards
Olivia Brandt

> From: Sean Fitzgerald <sean.fitzgerald@postfach24.example>
> Sent: Wednesday, 24 June 2026 07:31
> Subject: cancel trip - RS-26-0301177
>
> Hi, my boss cancelled all holidays in August because of a big project
> (Urlaubssperre). I booked Lisbon 8-15 Aug for 1,240 EUR, can I claim
> the cancellation costs? Policy RS-26-0301177. Please refund to
> {iban}. Thanks Sean
""")
    return build(who("brandt"), [("Sean Fitzgerald", "sean.fitzgerald@postfach24.example")],
                 "AW: cancel trip - RS-26-0301177", D(6, 25, 10, 12), T(body), lang="de")


# ---------------------------------------------------------------------------
# NORMAL, part A (German)
# ---------------------------------------------------------------------------


@mail("NORMAL", "de", "newsletter",
      "trap: dental newsletter - PZR, GOZ basics, implant costs in general; no person")
def n_newsletter_zahn():
    text = B("""
Mareva aktuell – Ihr Zahn-Newsletter, Ausgabe Herbst 2026

Liebe Leserinnen und Leser,

1) Professionelle Zahnreinigung: wie oft ist sinnvoll?
Für die meisten Erwachsenen reichen ein bis zwei PZR im Jahr. Abgerechnet
wird nach GOZ 1040 je Zahn – bei 28 Zähnen und dem 2,3-fachen Satz sind
das gut 100 €. In den Tarifen ZahnPlus 80/90/100 ist die PZR bis 160 € im
Jahr enthalten, ohne Anrechnung auf die Zahnstaffel.

2) Was kostet ein Implantat wirklich?
Ein Einzelzahnimplantat mit Krone liegt meist zwischen 2.500 und 4.000 €.
Die gesetzliche Kasse zahlt nur den Festzuschuss für die Regelversorgung
(eine Brücke). Unser Rechenbeispiel zeigt, was ZahnPlus 90 übernimmt.

3) Kinder und Zahnspangen
KIG 1 und 2 zahlt die Kasse nicht – genau dafür gibt es den KFO-Baustein.

4) Tipp: Heil- und Kostenplan vorher einreichen
Dann wissen Sie vor der Behandlung, was Sie selbst zahlen.

Newsletter abbestellen: https://newsletter.mareva-kv.example/abmelden
Mareva Krankenversicherung AG · Tuchmacherweg 14 · 34117 Kassel
""")
    htm = html_doc(B("""
<table width="600" align="center" style="font-family:Georgia,serif;color:#233">
<tr><td><h1 style="color:#0b4f6c">Mareva aktuell &ndash; Zahn-Newsletter Herbst 2026</h1>
<p>Liebe Leserinnen und Leser,</p>
<h3>1) Professionelle Zahnreinigung: wie oft ist sinnvoll?</h3>
<p>F&uuml;r die meisten Erwachsenen reichen ein bis zwei PZR im Jahr. Abgerechnet wird nach GOZ 1040 je Zahn &ndash; bei 28 Z&auml;hnen und dem 2,3-fachen Satz sind das gut 100&nbsp;&euro;. In den Tarifen ZahnPlus 80/90/100 ist die PZR bis 160&nbsp;&euro; im Jahr enthalten, ohne Anrechnung auf die Zahnstaffel.</p>
<h3>2) Was kostet ein Implantat wirklich?</h3>
<p>Ein Einzelzahnimplantat mit Krone liegt meist zwischen 2.500 und 4.000&nbsp;&euro;. Die gesetzliche Kasse zahlt nur den Festzuschuss f&uuml;r die Regelversorgung (eine Br&uuml;cke).</p>
<h3>3) Kinder und Zahnspangen</h3>
<p>KIG 1 und 2 zahlt die Kasse nicht &ndash; genau daf&uuml;r gibt es den KFO-Baustein.</p>
<h3>4) Tipp: Heil- und Kostenplan vorher einreichen</h3>
<p>Dann wissen Sie vor der Behandlung, was Sie selbst zahlen.</p>
<p style="font-size:11px;color:#888"><a href="https://newsletter.mareva-kv.example/abmelden">Newsletter abbestellen</a> &middot; Mareva Krankenversicherung AG &middot; Tuchmacherweg 14 &middot; 34117 Kassel</p>
</td></tr></table>"""))
    m = MP("alternative", [T(text), T(htm, subtype="html")], style="sys")
    return build(team("newsletter", "Mareva aktuell"), [team("newsletter-empfaenger", "Newsletter-Empfänger")],
                 "Zahn-Newsletter: PZR, Implantate und Zahnspangen", D(10, 1, 7, 30), m, mailer="news")


@mail("NORMAL", "de", "internal",
      "trap: top-10 drugs by cost 2025 (XLSX), aggregated counts only - Humira, Ozempic, Keytruda")
def n_top10_arzneimittel():
    body = B("""
Hallo zusammen,

für die Sitzung des Leistungsausschusses anbei die Top-10 der Arzneimittel
nach Erstattungsvolumen 2025 (alle Tarife, ohne Beihilfe-Ergänzung).
Auffällig: GLP-1 (Ozempic/Wegovy) hat sich gegenüber 2024 fast
verdoppelt, Adalimumab sinkt dank Biosimilars.

Lars
""") + sig("gellert", short=True)
    rows = [["Rang", "Wirkstoff", "Präparat (Bsp.)", "Verordnungen", "Versicherte", "Volumen EUR", "Veränd. ggü. 2024"],
            [1, "Pembrolizumab", "Keytruda", 612, 88, 4212300, "+14 %"],
            [2, "Semaglutid", "Ozempic / Wegovy", 9841, 2310, 2954100, "+93 %"],
            [3, "Adalimumab", "Humira / Biosimilars", 1420, 196, 2511800, "-18 %"],
            [4, "Dupilumab", "Dupixent", 960, 142, 1988400, "+22 %"],
            [5, "Apixaban", "Eliquis", 14310, 3105, 1402600, "+3 %"],
            [6, "Ustekinumab", "Stelara", 288, 51, 1291000, "+6 %"],
            [7, "Empagliflozin", "Jardiance", 11902, 2688, 1102350, "+9 %"],
            [8, "Rivaroxaban", "Xarelto", 9870, 2207, 998400, "-4 %"],
            [9, "Ocrelizumab", "Ocrevus", 58, 29, 972900, "+11 %"],
            [10, "Insulin glargin", "Lantus / Toujeo", 6601, 1344, 730150, "+1 %"],
            ["", "Summe Top 10", "", "", "", 18164000, ""]]
    x = make_xlsx([("Top10 2025", rows)], when=ztime(2, 5))
    m = MP("mixed", [T(body), A(x, XLSX_MIME, "Top10_Arzneimittel_2025.xlsx")])
    return build(who("gellert"), [team("leistungsausschuss", "Leistungsausschuss")],
                 "Top-10 Arzneimittel 2025 für LA-Sitzung", D(2, 5, 16, 40), m)


@mail("NORMAL", "de", "internal",
      "trap: claims statistics by ICD-10 chapter for Q1 (CSV), counts and amounts, no person")
def n_icd_kapitel_statistik():
    body = B("""
Moin,

wie jeden Monat die Auswertung Leistungsfälle nach ICD-Kapitel, diesmal
Q1 2026 kumuliert. Zellen mit weniger als 10 Fällen sind in „Sonstige"
zusammengefasst (Vorgabe Datenschutz).

Gruß
Lars
""")
    csvb = make_csv([
        ["ICD-Kapitel", "Bezeichnung", "Fälle", "Betrag EUR"],
        ["II (C00-D48)", "Neubildungen", "1.284", "9.812.440"],
        ["IV (E00-E90)", "Endokrine, Ernährungs- und Stoffwechselkrankheiten", "6.907", "3.118.020"],
        ["V (F00-F99)", "Psychische und Verhaltensstörungen", "2.615", "2.904.110"],
        ["IX (I00-I99)", "Krankheiten des Kreislaufsystems", "7.430", "8.022.315"],
        ["XIII (M00-M99)", "Muskel-Skelett-System", "11.208", "6.441.870"],
        ["XIX (S00-T98)", "Verletzungen, Vergiftungen", "3.022", "2.807.640"],
        ["Z00-Z99", "Vorsorge, Check-up, Impfungen", "14.560", "1.991.205"],
        ["Sonstige", "übrige Kapitel inkl. kleine Zellen", "9.876", "7.214.600"],
    ], encoding="utf-8")
    m = MP("mixed", [T(body, cte="8bit"), Part("text/csv", encode_text(csvb.decode("utf-8"), "utf-8", "quoted-printable"),
                                                [("charset", "utf-8")], "quoted-printable", disp="attachment",
                                                filename="Leistungsfaelle_ICD_Q1_2026.csv")], style="tb")
    return build(who("gellert"), [team("controlling-leistung", "Controlling Leistung")],
                 "Auswertung ICD-Kapitel Q1/2026", D(4, 10, 8, 15), m, mailer="tb")


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: product information on a new dental tariff with a fictitious example 'Max Mustermann, 35' (PDF)")
def n_produktinfo_zahnplus100():
    body = B("""
Liebe Vertriebspartnerinnen und Vertriebspartner,

ab 01.07.2026 gibt es den neuen Tarif ZahnPlus 100 Pro. Die wichtigsten
Punkte und ein Rechenbeispiel finden Sie im Produktblatt (PDF).

- 100 % für Zahnersatz inkl. Implantate (nach Vorleistung der GKV)
- 100 % Zahnbehandlung, Kunststofffüllungen, Wurzel- und PA-Behandlung
- PZR bis 200 € im Jahr
- Zahnstaffel: 1.000 € im 1. Jahr, 2.000 € in den ersten zwei Jahren
- keine Wartezeiten

Schulungstermine folgen. Bei Fragen: makler@mareva-kv.example

Viele Grüße
""") + sig("woelk")
    pdf = make_pdf([
        "# ZahnPlus 100 Pro - Produktinformation für Vertriebspartner",
        "Gültig ab 01.07.2026",
        "",
        "Leistungen:",
        "- Zahnersatz (Kronen, Brücken, Prothesen, Implantate): 100 % abzgl. GKV-Leistung",
        "- Zahnbehandlung inkl. Wurzelbehandlung, Parodontitisbehandlung: 100 %",
        "- Professionelle Zahnreinigung: bis 200 EUR je Kalenderjahr",
        "- Kieferorthopädie für Kinder bei KIG 1-2: bis 2.000 EUR",
        "",
        "Rechenbeispiel (fiktiv): Max Mustermann, 35 Jahre, GKV-versichert",
        "Implantat Regio 36 mit Vollkeramikkrone, Rechnung 3.400,00 EUR",
        "Festzuschuss GKV (60 %): 481,26 EUR",
        "ZahnPlus 100 Pro erstattet: 2.918,74 EUR, Eigenanteil: 0,00 EUR",
        "",
        "Monatsbeiträge (Eintrittsalter): 21-30: 24,90 / 31-40: 32,40 / 41-50: 41,80 EUR",
    ], title="ZahnPlus 100 Pro", date=(2026, 6, 1))
    m = MP("mixed", [T(body), A(pdf, "application/pdf", "ZahnPlus100Pro_Produktblatt.pdf")])
    return build(who("woelk"), [team("makler-verteiler", "Vertriebspartner (Verteiler)")],
                 "Neu ab 01.07.: ZahnPlus 100 Pro", D(6, 1, 9, 0), m)


@mail("NORMAL", "de", "internal",
      "trap: minutes (DOCX) of a process workshop on prescription upload, OCR and narcotics (BtM) checks; no person")
def n_protokoll_rezept_workflow():
    body = B("""
Hallo zusammen,

anbei das Protokoll vom Workshop „Rezepteingang digital" am 21.04.
Bitte Ergänzungen bis Freitag direkt im Dokument (Änderungen verfolgen).

Danke
Jana
""")
    doc = make_docx([
        "# Protokoll Workshop „Rezepteingang digital“ – 21.04.2026",
        "Teilnehmende: Leistung ambulant (3), IT (2), Gesellschaftsärztin, Datenschutz",
        "# 1. Ist-Stand",
        "Rund 38 % der Arzneimittelbelege kommen per App (Foto von Rezept und Quittung). "
        "Die OCR erkennt PZN und Preis in 91 % der Fälle, Dosierangaben nur in 60 %.",
        "# 2. Prüfregeln",
        "BtM-Rezepte (gelbes Formular) werden immer manuell geprüft. Neue Regel: Mengenprüfung gegen "
        "Höchstmengen nach BtMVV, Hinweis an Sachbearbeitung bei mehr als drei verordnenden Ärzten im Quartal.",
        "Hochpreiser ab 1.000 EUR: Direktabrechnung mit Apotheken forcieren.",
        "# 3. E-Rezept für Privatversicherte",
        "Start der Anbindung an die Telematikinfrastruktur geplant für Q1/2027; Abhängigkeit vom Verband.",
        "# 4. Aufgaben",
    ], tables=[(10, [["Nr.", "Aufgabe", "Wer", "Bis"],
                     ["1", "Regel „mehr als 3 Ärzte“ im Regelwerk anlegen", "IT (J. Feld)", "31.05."],
                     ["2", "Muster-Textbaustein Rückfrage Apotheke", "Leistung (J. Kowalczyk)", "15.05."],
                     ["3", "DSFA-Update für OCR-Dienstleister", "Datenschutz", "30.06."]])],
        title="Protokoll Rezepteingang digital", author="J. Kowalczyk", when=ztime(4, 23))
    m = MP("mixed", [T(body), A(doc, DOCX_MIME, "Protokoll_Workshop_Rezepteingang_2026-04-21.docx")])
    return build(who("kowalczyk"), [team("ws-rezept", "Workshop Rezepteingang")],
                 "Protokoll Workshop Rezepteingang digital", D(4, 23, 13, 3), m)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: water damage in the physiotherapy practice (tenant company) on the ground floor of the insurer's building")
def n_wasserschaden_physio():
    body = B("""
Hallo Herr Rudolph,

heute früh ist im 1. OG ein Eckventil an der Teeküche geplatzt. Das
Wasser ist durch die Decke in die Praxisräume der Physio am
Tuchmacherweg GmbH im EG gelaufen: Behandlungsraum 3 und der Flur vor
der Fango-Küche sind betroffen, zwei Deckenplatten durchgeweicht, die
Elektrik im Raum 3 ist vorsorglich abgeschaltet.

Bitte schicken Sie heute noch jemanden für die Trocknung (Bautrockner,
Feuchtemessung). Die Praxisleitung hat die Patiententermine in Raum 3
für diese Woche verlegt; der Rest der Praxis läuft normal.

Die Meldung an unseren Gebäudeversicherer mache ich parallel.

Gruß
""") + sig("brandes")
    return build(who("brandes"), [("Trocknungsservice Rudolph GmbH", "auftrag@rudolph-trocknung.example")],
                 "Eilt: Wasserschaden EG Physiopraxis, Tuchmacherweg 14", D(1, 19, 7, 35), T(body))


@mail("NORMAL", "de", "newsletter",
      "trap: job advert for medical assistants / dental nurses in claims review; HTML and text")
def n_stellenanzeige_mfa():
    text = B("""
Wir suchen Verstärkung!

Medizinische Fachangestellte (MFA) oder Zahnmedizinische Fachangestellte
(ZFA) für die Leistungsprüfung (m/w/d) – Vollzeit oder Teilzeit, Kassel

Ihre Aufgaben:
- Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen (GOÄ, GOZ, DRG)
- Bearbeitung von Heil- und Kostenplänen und Hilfsmittelanträgen
- Rückfragen mit Praxen, Kliniken und Apotheken

Was Sie mitbringen:
- abgeschlossene Ausbildung als MFA/ZFA, gern mit Abrechnungserfahrung
- Freude an Zahlen und an klarer Kommunikation

Was wir bieten: keine Wochenend- und Spätdienste, 30 Tage Urlaub,
mobiles Arbeiten, Tarifgehalt, Jobrad.

Jetzt bewerben: https://karriere.mareva-kv.example/mfa-zfa
""")
    htm = html_doc(B("""
<h2 style="color:#0b4f6c">Wir suchen Verst&auml;rkung!</h2>
<p><b>Medizinische Fachangestellte (MFA) oder Zahnmedizinische Fachangestellte (ZFA) f&uuml;r die Leistungspr&uuml;fung (m/w/d)</b> &ndash; Vollzeit oder Teilzeit, Kassel</p>
<h4>Ihre Aufgaben</h4>
<ul><li>Pr&uuml;fung von Arzt-, Zahnarzt- und Krankenhausrechnungen (GO&Auml;, GOZ, DRG)</li>
<li>Bearbeitung von Heil- und Kostenpl&auml;nen und Hilfsmittelantr&auml;gen</li>
<li>R&uuml;ckfragen mit Praxen, Kliniken und Apotheken</li></ul>
<h4>Was Sie mitbringen</h4>
<ul><li>abgeschlossene Ausbildung als MFA/ZFA, gern mit Abrechnungserfahrung</li>
<li>Freude an Zahlen und an klarer Kommunikation</li></ul>
<p>Was wir bieten: keine Wochenend- und Sp&auml;tdienste, 30 Tage Urlaub, mobiles Arbeiten, Tarifgehalt, Jobrad.</p>
<p><a href="https://karriere.mareva-kv.example/mfa-zfa">Jetzt bewerben</a></p>"""))
    m = MP("alternative", [T(text), T(htm, subtype="html")])
    return build(who("degenhardt"), [("Redaktion Stellenmarkt", "anzeigen@nordhessen-jobs.example")],
                 "Anzeige MFA/ZFA Leistungsprüfung – bitte ab KW 11 schalten", D(3, 5, 10, 10), m)


@mail("NORMAL", "de", "internal",
      "trap: letter template (ODT) rejecting a medical aid, with «placeholders» for name, diagnosis and aid")
def n_vorlage_ablehnung_odt():
    body = B("""
Hallo Serkan,

die überarbeitete Vorlage für Ablehnungen Hilfsmittel ist fertig, Recht
hat drübergeschaut. Bitte ab sofort nur noch diese verwenden, die alte
im Laufwerk habe ich ins Archiv verschoben.

Gruß Carla
""")
    odt = make_odt([
        "# Vorlage HM-ABL-03 (Stand 05/2026)",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «PLZ» «Ort»",
        "Versicherungsnummer «VersNr» – Ihr Antrag vom «Antragsdatum»",
        "«Anrede_Brief»,",
        "vielen Dank für Ihren Antrag auf Kostenübernahme für «Hilfsmittel» (verordnet von «Arzt» "
        "wegen «Diagnose»).",
        "Leider können wir die Kosten nicht übernehmen, weil «Begründung» (Tarif «Tarif», «Tarifstelle»).",
        "Wenn Sie mit der Entscheidung nicht einverstanden sind, können Sie sich an den Ombudsmann "
        "Private Kranken- und Pflegeversicherung wenden.",
        "Mit freundlichen Grüßen «Sachbearbeiter»",
    ], title="Vorlage HM-ABL-03", when=ztime(5, 12))
    m = MP("mixed", [T(body), A(odt, ODT_MIME, "Vorlage_HM-ABL-03.odt")])
    return build(who("meinhardt"), [who("aydin")], "Neue Vorlage Ablehnung Hilfsmittel (HM-ABL-03)",
                 D(5, 12, 15, 50), m)


@mail("NORMAL", "de", "insurer-to-customer",
      "portal one-time password for registration; no name, no contract data")
def n_einmalpasswort():
    body = B("""
Guten Tag,

Sie haben sich soeben für das Mareva-Kundenportal registriert.
Ihr Einmal-Passwort lautet:

    7Kq-29xP-m4

Es ist 30 Minuten gültig. Geben Sie es auf der Registrierungsseite ein
und vergeben Sie danach ein eigenes Passwort und Ihre Sicherheitsfrage.

Sie haben keine Registrierung gestartet? Dann ignorieren Sie diese
E-Mail bitte.

Ihr Mareva-Kundenportal
https://portal.mareva-kv.example
""")
    return build(team("portal-noreply", "Mareva Kundenportal"), [("", "r.hartung77@freemail.example")],
                 "Ihr Einmal-Passwort für das Kundenportal", D(2, 14, 21, 3), T(body, cte="quoted-printable"),
                 mailer="sys", extra=["Auto-Submitted: auto-generated"])


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: out-of-office auto-reply of a dental claims clerk mentioning treatment plans in general")
def n_abwesenheit_de():
    body = B("""
Vielen Dank fuer Ihre Nachricht.

Ich bin bis einschliesslich 14.08.2026 nicht im Buero. Ihre E-Mail wird
nicht weitergeleitet.

Fuer Fragen zu Zahnrechnungen und Heil- und Kostenplaenen erreichen Sie
meine Kolleginnen unter zahn@mareva-kv.example oder telefonisch unter
0561 700132-240.

Mit freundlichen Gruessen
Meike Oltmanns
""")
    return build(who("oltmanns"), [("Dr. Torsten Wilke", "praxis@zahnarzt-wilke.example")],
                 "Abwesenheitsnotiz: Rückfrage HKP", D(8, 3, 10, 2),
                 T(body, charset="iso-8859-1", cte="quoted-printable"), subj_charset="iso-8859-1",
                 extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])


@mail("NORMAL", "de", "internal",
      "trap: IT ticket about OCR misreading GOÄ factors, with a fictitious test invoice 'Erika Musterfrau (Testfall)'")
def n_it_ticket_ocr():
    body = B("""
Ticket INC-2026-04417 – Priorität 3

Beschreibung:
Die OCR-Strecke (Belegerkennung Arztrechnungen) liest bei Rechnungen
mit Steigerungsfaktor 3,5 das Komma nicht mit – im Datensatz steht dann
Faktor „35". Die Plausiprüfung fängt das ab (Faktor > 3,5 → manuelle
Prüfung), aber es landen dadurch ca. 400 Belege/Woche zusätzlich im
Klärungskorb.

Reproduzierbar mit dem Testbeleg aus der Testdatenbank:
  TEST-ARZT-0815, Patientin „Erika Musterfrau (Testfall)",
  GOÄ 3, Faktor 3,5, Betrag 30,60 €
→ erkannt: Faktor 35, Betrag 30,60 €

Erwartet: Faktor 3,5.
Betroffen seit Deployment OCR-Modell 2026.03 am 17.03.

Bearbeitergruppe: IT-Betrieb Dokumentenverarbeitung
Gemeldet von: Jana Kowalczyk, Leistung ambulant
""")
    return build(team("itsm", "IT-Servicedesk"), [who("feld")], "[INC-2026-04417] OCR: Faktor 3,5 wird als 35 erkannt",
                 D(3, 19, 9, 45), T(body), mailer="sys")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, AED pads and blood-pressure monitors for the staff health day")
def n_bestellung_erste_hilfe():
    body = B("""
Sehr geehrte Damen und Herren,

wir bestellen gemäß Ihrem Angebot AN-26-1187 vom 08.09.2026:

Pos. Menge Artikel                                         Einzelpreis
1    12    Verbandkasten DIN 13157, Wandhalterung           34,90 €
2     4    AED-Elektroden Erwachsene (passend Lifeline)     59,00 €
3     2    AED-Elektroden Kinder                            72,00 €
4     6    Blutdruckmessgerät Oberarm (Gesundheitstag)      44,50 €
5    10    Einmal-Manschetten Größe M                        3,20 €
6     1    Karton Pflasterspender-Nachfüllung (20 Stk.)     48,00 €

Lieferanschrift: Mareva Krankenversicherung AG, Warenannahme,
Tuchmacherweg 14, 34117 Kassel, Kostenstelle 8050.
Bestellnummer bitte auf der Rechnung angeben: 4500019207.

Mit freundlichen Grüßen

""") + sig("renner")
    return build(who("renner"), [("Vertrieb Medikal-Bedarf Nord GmbH", "bestellung@medikal-nord.example")],
                 "Bestellung 4500019207 – Erste-Hilfe-Material", D(9, 10, 11, 0), T(body))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print order for a generic insert explaining premium increases (PDF); no person")
def n_druckauftrag_beileger():
    body = B("""
Hallo Frau Lange,

anbei die finale Druckvorlage für den Beileger zur Beitragsanpassung
2027. Auflage 41.500 Stück, DIN lang, 2 Seiten, Papier 90 g. Lettershop
wie gehabt, Einlieferung bis 13.11.2026.

Freigabe erteilt, bitte Proof nur noch digital.

Viele Grüße
""") + sig("lorenz")
    pdf = make_pdf([
        "# Warum steigen die Beiträge?",
        "",
        "Private Krankenversicherer dürfen Beiträge nur anpassen, wenn die Leistungsausgaben",
        "oder die Lebenserwartung in einem Tarif um mehr als den gesetzlichen Schwellenwert",
        "vom kalkulierten Wert abweichen (auslösender Faktor, § 155 VAG).",
        "",
        "Gründe für 2027: teurere Krankenhausbehandlungen, neue Arzneimittel (z. B. in der",
        "Krebstherapie), mehr Behandlungen pro Person und höhere Preise für Pflege.",
        "",
        "Ein unabhängiger Treuhänder hat jede Anpassung geprüft und ihr zugestimmt.",
        "",
        "Was können Sie tun? Höherer Selbstbehalt, Tarifwechsel nach § 204 VVG oder",
        "Verzicht auf einzelne Bausteine. Wir beraten Sie gern: 0561 700132-100.",
    ], title="Beileger BAP 2027", date=(2026, 10, 20))
    m = MP("mixed", [T(body), A(pdf, "application/pdf", "Beileger_BAP2027_final.pdf")])
    return build(who("lorenz"), [("Birte Lange", "b.lange@druckhaus-fulda.example")],
                 "Druckfreigabe Beileger BAP 2027", D(10, 20, 14, 31), m)


@mail("NORMAL", "de", "insurer-to-press",
      "trap: press release on the average premium adjustment 2027 (aggregate figures); alternative text/HTML and a PDF")
def n_pressemitteilung_bap():
    text = B("""
PRESSEMITTEILUNG

Mareva: Beiträge steigen 2027 im Schnitt um 6,8 Prozent

Kassel, 12. November 2026 – Die Mareva Krankenversicherung AG passt zum
1. Januar 2027 die Beiträge in einem Teil ihrer Tarife an. Betroffen sind
rund 61 Prozent der Vollversicherten; im Durchschnitt über alle Tarife
steigt der Beitrag um 6,8 Prozent. In den Zusatztarifen ZahnPlus und
KlinikPlus bleiben die Beiträge stabil.

„Hauptursache sind die stark gestiegenen Kosten im Krankenhaus und bei
neuen Arzneimitteln", sagt Vorstandsmitglied Malte Grünhagen.

Über 8.000 Versicherte haben 2026 ihren Tarif nach § 204 VVG gewechselt
und so im Schnitt 96 Euro im Monat gespart.

Pressekontakt: Annika Friese, presse@mareva-kv.example, 0561 700132-705
""")
    htm = html_doc(text2html(text))
    pdf = make_pdf(["# Pressemitteilung 12.11.2026"] + text.splitlines()[2:], title="PM BAP 2027",
                   date=(2026, 11, 12))
    alt = MP("alternative", [T(text), T(htm, subtype="html")], tag="alt")
    m = MP("mixed", [alt, A(pdf, "application/pdf", "PM_Mareva_Beitragsanpassung_2027.pdf")])
    return build(who("friese"), [team("presseverteiler", "Presseverteiler Wirtschaft")],
                 "PM: Beiträge steigen 2027 im Schnitt um 6,8 Prozent", D(11, 12, 10, 0), m)


@mail("NORMAL", "de", "internal",
      "trap: calendar invitation (ICS) for an ICD-10-GM 2026 coding training")
def n_ics_schulung_icd():
    body = B("""
Hallo zusammen,

zur Auffrischung: Schulung zu den Änderungen im ICD-10-GM 2026 und
OPS 2026 (neue Codes bei Long COVID, Änderungen bei den
Zusatzkennzeichen G/V/Z/A). Dauer 2 Stunden, Raum Fulda, Teams-Link
folgt für die Kolleginnen im Homeoffice.

Dr. Lamprecht
""")
    ics = make_ics([{
        "uid": "schulung-icd-2026@" + DOM, "stamp": (2026, 1, 26, 8, 0),
        "start": (2026, 2, 11, 9, 0), "end": (2026, 2, 11, 11, 0),
        "summary": "Schulung ICD-10-GM / OPS 2026",
        "location": "Raum Fulda, 3. OG",
        "description": "Änderungen ICD-10-GM 2026, Zusatzkennzeichen, neue OPS-Kodes; Praxisbeispiele aus der Rechnungsprüfung (anonymisiert).",
        "organizer": ("Dr. med. Friederike Lamprecht", "f.lamprecht@" + DOM),
        "attendees": [("Leistung ambulant", "leistung@" + DOM), ("Leistung stationär", "stationaer@" + DOM)],
    }])
    m = MP("mixed", [T(body), ICS(ics, "Schulung_ICD_2026.ics", cte="quoted-printable")])
    return build(who("lamprecht"), [team("leistung", "Leistung ambulant"), team("stationaer", "Leistung stationär")],
                 "Einladung: Schulung ICD-10-GM / OPS 2026", D(1, 26, 8, 4), m)


@mail("NORMAL", "de", "internal",
      "trap: information note on the planned GOÄ reform (new fee schedule), general, no person")
def n_goae_reform_info():
    body = B("""
Liebe Kolleginnen und Kollegen,

kurzer Stand zur GOÄ-Reform („GOÄneu"), weil in letzter Zeit viele
Rückfragen von Kundinnen und Kunden kommen:

1. Die neue Gebührenordnung soll die Steigerungsfaktoren weitgehend
   abschaffen – es gibt dann feste Euro-Beträge je Leistung.
2. Viele Gesprächsleistungen (heute GOÄ 1/3/34) werden besser bezahlt,
   technische Leistungen (Labor, Röntgen) eher schlechter.
3. Ein Inkrafttreten ist frühestens 2027 realistisch; der Zeitplan hängt
   am Verordnungsgeber.
4. Für uns heißt das: Regelwerk der Rechnungsprüfung neu aufsetzen,
   Textbausteine zu „Schwellenwert / Begründung" entfallen größtenteils.

Sprachregelung gegenüber Kundschaft: „Bis zum Inkrafttreten gilt die
bisherige GOÄ. Ihre Erstattung ändert sich dadurch nicht."

Fragen gern an mich.

""") + sig("lamprecht", short=True)
    return build(who("lamprecht"), [team("alle-leistung", "Alle Leistungsbereiche")],
                 "Info: Stand GOÄ-Reform", D(5, 7, 12, 30), T(body))


@mail("NORMAL", "de", "internal",
      "trap: flu vaccination offer for all staff by the company doctor; no individual")
def n_grippeimpfung_aktion():
    body = B("""
Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unsere Betriebsärztin Frau Dr. Kaufmann die
Grippeschutzimpfung im Haus an:

  Dienstag, 13.10.2026, 9–15 Uhr
  Donnerstag, 15.10.2026, 9–13 Uhr
  Ort: Gesundheitsraum, EG (neben dem Empfang)

Geimpft wird mit dem aktuellen Vierfach-Impfstoff der Saison 2026/27.
Die Impfung ist freiwillig und kostenlos, die Zeit gilt als Arbeitszeit.
Bitte bringen Sie Ihren Impfpass mit, falls vorhanden.

Anmeldung über das Intranet > Gesundheit > Grippeimpfung. Über die
Anmeldeliste sieht nur der betriebsärztliche Dienst, wer sich angemeldet
hat.

Bleiben Sie gesund!
Ihr Team Personal und Gesundheitsmanagement
""")
    return build(who("degenhardt"), [team("alle", "Alle Mitarbeitenden")], "Grippeimpfung im Haus – Termine Oktober",
                 D(9, 28, 9, 0), T(body, charset="windows-1252", cte="quoted-printable"))


@mail("NORMAL", "de", "internal",
      "trap: blood donation day in the building; general information")
def n_blutspende():
    body = B("""
Hallo zusammen,

am Mittwoch, 24.06., kommt der Blutspendedienst wieder zu uns ins Haus
(Konferenzbereich EG, 11–17 Uhr). Beim letzten Mal waren es 64 Spenden –
schaffen wir die 70?

Was Sie wissen sollten:
- Mindestalter 18, Erstspender bis 64 Jahre
- vorher gut essen und viel trinken
- Personalausweis mitbringen
- die Rückfragen zur Gesundheit stellt das Team vor Ort, nicht wir

Für alle Spenderinnen und Spender gibt's danach Suppe in der Kantine.

Viele Grüße
Pia Lorenz
""")
    return build(who("lorenz"), [team("alle", "Alle Mitarbeitenden")], "Blutspende-Tag am 24.06.", D(6, 15, 8, 30),
                 T(body, cte="8bit"))


@mail("NORMAL", "de", "insurer-to-association",
      "trap: statement to the industry association on the e-prescription for privately insured; general")
def n_verband_erezept():
    body = B("""
Sehr geehrte Frau Dr. Reuß,

zu Ihrer Umfrage „E-Rezept in der PKV" vom 02.03.2026 unsere Antworten:

1. Anbindung: Wir planen die Anbindung an die Telematikinfrastruktur
   (Versicherten-App mit E-Rezept-Abruf) für Q1/2027.
2. Anteil digital eingereichter Arzneimittelbelege 2025: 38 %.
3. Direktabrechnung mit Apotheken: derzeit 212 teilnehmende Apotheken,
   vor allem für Hochpreiser.
4. Wunsch an den Verband: eine einheitliche Schnittstelle für die
   Rückmeldung „erstattet / nicht erstattet" an die Apotheke.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen

""") + sig("kowalczyk")
    return build(who("kowalczyk"), [("Dr. Anja Reuß", "a.reuss@verband-pkv-nordhessen.example")],
                 "Umfrage E-Rezept in der PKV – Antworten Mareva", D(3, 16, 16, 10), T(body))


@mail("NORMAL", "de", "internal",
      "trap: canteen menu of the week, HTML only ('Gesundheitswoche', anonymous blood-pressure check in the foyer)")
def n_kantine_html():
    htm = html_doc(B("""
<h2 style="font-family:Arial;color:#5a7d2b">Speiseplan KW 38 &ndash; Gesundheitswoche</h2>
<table border="0" cellpadding="6" style="font-family:Arial;font-size:13px">
<tr style="background:#eef5e4"><th align="left">Tag</th><th align="left">Men&uuml; 1</th><th align="left">Men&uuml; 2 (vegan)</th></tr>
<tr><td>Montag</td><td>H&auml;hnchenbrust, Ofengem&uuml;se, Quinoa</td><td>Linsen-Dal mit Basmatireis</td></tr>
<tr><td>Dienstag</td><td>Seelachs, Kartoffeln, Gurkensalat</td><td>Gem&uuml;se-Curry mit Tofu</td></tr>
<tr><td>Mittwoch</td><td>Nordhessische Ahle-Wurscht-Pfanne (light)</td><td>Ofenkartoffel mit Kr&auml;uterquark (vegan)</td></tr>
<tr><td>Donnerstag</td><td>Rinderbolognese, Vollkornpasta</td><td>Bulgur-Bowl, Hummus</td></tr>
<tr><td>Freitag</td><td>Fischst&auml;bchen, Kartoffelsalat</td><td>Gem&uuml;sepuffer, Apfelmus</td></tr>
</table>
<p style="font-family:Arial;font-size:12px">Am Mittwoch misst das Team Gesundheitsmanagement im Foyer freiwillig Blutdruck und Blutzucker &ndash; anonym, ohne Anmeldung.</p>
<p style="font-family:Arial;font-size:12px">Guten Appetit w&uuml;nscht Ihr Kantinenteam</p>"""))
    return build(team("kantine", "Kantine Tuchmacherweg"), [team("alle", "Alle Mitarbeitenden")],
                 "Speiseplan KW 38", D(9, 11, 14, 0), T(htm, subtype="html", charset="utf-8", cte="quoted-printable"),
                 mailer="sys")


@mail("NORMAL", "de", "internal",
      "trap: data-protection reminder explaining data categories and secure mail, with placeholder examples only")
def n_datenschutz_erinnerung():
    body = B("""
Liebe Kolleginnen und Kollegen,

in den letzten Wochen sind mehrfach Mails mit Arztberichten
unverschlüsselt an externe Adressen gegangen. Deshalb eine kurze
Erinnerung, wie wir einstufen:

• streng vertraulich: alles zu Gesundheit, also Diagnosen, ICD-Codes,
  Rechnungen von Ärzten/Kliniken, Rezepte, Heil- und Kostenpläne –
  und grundsätzlich jede Mail zu einem konkreten Kranken-/Pflegevertrag
• vertraulich: Geburtsdatum, Bankverbindung, Einkommen, dass jemand
  bei uns versichert ist
• normal: alles ohne Bezug zu einer bestimmten Person

Beispiel (fiktiv): „Frau X, geb. TT.MM.JJJJ, Diagnose Y" ist immer
streng vertraulich, auch wenn es nur im zitierten Teil einer Antwort
steht.

Solche Mails bitte nie an private Adressen von Kolleginnen schicken und
nach außen nur über das Secure-Mail-Gateway (Portal, S/MIME oder TLS mit
Einwilligung). Das Gateway erkennt vieles automatisch – aber nicht alles.

Danke!
""") + sig("simonis", short=True)
    return build(who("simonis"), [team("alle", "Alle Mitarbeitenden")], "Erinnerung: Gesundheitsdaten nur verschlüsselt",
                 D(4, 27, 8, 0), T(body))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: invoice approval for shredding 'medical reports and prescriptions' containers; company bank account only")
def n_aktenvernichtung():
    iban = de_iban("52040021", "0370881500")
    body = B(f"""
Sehr geehrte Damen und Herren,

Ihre Rechnung Nr. AV-26-04412 über die Vernichtung von 18 Sicherheits-
behältern (Schutzklasse 3, Sicherheitsstufe P-4; Inhalt: Arztberichte,
Rezeptkopien, Rechnungsbelege aus dem Scan-Rücklauf Q2) ist freigegeben.

Betrag: 612,36 € brutto, Zahlung bis 31.07. an
Aktenvernichtung Nordhessen GmbH, IBAN {iban}

Das Vernichtungsprotokoll haben wir erhalten und abgelegt. Nächste
Abholung wie vereinbart am 02.10.

Mit freundlichen Grüßen

""") + sig("renner")
    return build(who("renner"), [("Aktenvernichtung Nordhessen GmbH", "buchhaltung@akten-nordhessen.example")],
                 "Rechnung AV-26-04412 freigegeben", D(7, 16, 10, 40), T(body))


@mail("NORMAL", "de", "internal",
      "grey: colleague named as absent today/tomorrow without a reason; organisational only")
def n_kollegin_faellt_aus():
    body = B("""
Hi ihr,

Jana fällt heute und morgn aus. Ihre Rückrufe (3 Stück, stehen im
Teamkalender) übernimmt bitte Tanja, die Rezeptprüfung verteilen wir
wie immer über den Korb.

Danke!
Lea
""")
    return build(who("marquardt"), [team("team-ambulant", "Team Leistung ambulant")], "Heute/morgen ohne Jana",
                 D(11, 3, 7, 48), T(body, cte="8bit"), mailer="mobile")


@mail("NORMAL", "de", "internal",
      "trap: department move incl. the 'medical reports archive' boxes; logistics only")
def n_umzug_abteilung():
    body = B("""
Hallo zusammen,

der Umzug der Leistungsabteilung (ambulant + stationaer) in das 3. OG
findet am Freitag, 20.03., ab 14 Uhr statt.

- Umzugskartons stehen ab Mittwoch im Flur 2. OG
- Bitte alles beschriften: Name / neue Raumnummer
- Die Schraenke mit dem Papierarchiv "Arztberichte / Gutachten" bleiben
  verschlossen und werden vom Umzugsunternehmen als Ganzes transportiert
  (Schluessel bitte bis Donnerstag bei mir abgeben)
- PCs baut die IT am Montag frueh wieder auf

Danke fuer eure Mithilfe!
Holger Brandes
Facility Management
""")
    return build(who("brandes"), [team("leistung-alle", "Leistung ambulant und stationaer")],
                 "Umzug Leistung ins 3. OG am 20.03.", D(3, 11, 13, 12), T(body, charset="iso-8859-1", cte="8bit"))


@mail("NORMAL", "de", "insurer-to-customer",
      "grey: generic help on resetting the portal password; no name, no contract data")
def n_passwort_hilfe():
    body = B("""
Hallo,

danke für Ihre Nachricht. So setzen Sie Ihr Passwort für das
Kundenportal zurück:

1. Auf https://portal.mareva-kv.example auf „Passwort vergessen" klicken.
2. Ihre E-Mail-Adresse eingeben.
3. Die Sicherheitsfrage beantworten, die Sie bei der Registrierung
   gewählt haben.
4. Sie bekommen einen Link per E-Mail, der 24 Stunden gültig ist.

Wenn Sie die Antwort auf die Sicherheitsfrage nicht mehr wissen, rufen
Sie uns bitte an (0561 700132-100). Wir schicken Ihnen dann per Post
einen neuen Registrierungscode – aus Sicherheitsgründen nicht per Mail.

Freundliche Grüße
Ihr Mareva-Kundenservice
""")
    return build(team("service", "Mareva Kundenservice"), [("", "fam.brockmann@t-mail.example")],
                 "AW: komme nicht mehr ins Portal", D(1, 7, 10, 30), T(body))


# ---------------------------------------------------------------------------
# NORMAL, part B (English and mixed)
# ---------------------------------------------------------------------------


@mail("NORMAL", "en", "newsletter",
      "trap: travel-health newsletter - vaccinations, malaria prophylaxis dosing in general, product features")
def n_newsletter_travel_health():
    text = B("""
Mareva Expat & Travel Health - Newsletter, May 2026

1. Vaccinations before you go
Check your routine vaccinations (tetanus, diphtheria, polio, measles)
at least six weeks before departure. Depending on the destination,
hepatitis A, typhoid, yellow fever or rabies may be recommended.
ReiseMed and MarevaGlobal reimburse travel vaccinations in full.

2. Malaria prophylaxis
For high-risk areas, atovaquone/proguanil (250/100 mg, one tablet daily,
starting 1-2 days before entering the area until 7 days after leaving)
is commonly prescribed. Always ask a travel medicine specialist - the
right choice depends on the region and your personal situation.

3. Our 24h assistance line
+49 561 700132-4000 - from anywhere in the world, in English and
German. We arrange direct billing with hospitals and, if necessary,
medically supervised transport home.

4. New: claims by photo in the Mareva app, also for invoices in
foreign currencies.

Unsubscribe: https://newsletter.mareva-kv.example/unsubscribe
""")
    htm = html_doc(text2html(text), lang="en")
    m = MP("alternative", [T(text, charset="us-ascii", cte="7bit"), T(htm, subtype="html", charset="us-ascii", cte="7bit")],
           style="sys")
    return build(team("newsletter", "Mareva Expat & Travel"), [team("expat-newsletter", "Expat newsletter subscribers")],
                 "Travel health: vaccinations, malaria, 24h assistance", D(5, 5, 7, 0), m, mailer="news", lang="en")


@mail("NORMAL", "en", "insurer-to-customer",
      "portal notification without content ('you have a new secure message'), HTML only")
def n_portal_notification_html():
    htm = html_doc(B("""
<div style="font-family:Arial,sans-serif;font-size:14px;max-width:560px">
<p>Hello,</p>
<p>there is a new message for you in your secure Mareva mailbox.</p>
<p>For your protection this e-mail does not contain the message itself. Please log in to read it:</p>
<p><a href="https://securemail.mareva-kv.example/login" style="background:#0b4f6c;color:#fff;padding:8px 14px;text-decoration:none">Open secure mailbox</a></p>
<p>The message will be available for 90 days.</p>
<p style="font-size:11px;color:#888">This is an automatically generated notification. Please do not reply.<br>Mareva Krankenversicherung AG, Tuchmacherweg 14, 34117 Kassel, Germany</p>
</div>"""), lang="en")
    return build(team("securemail-noreply", "Mareva Secure Mail"), [("", "m.delaney@freemail.example")],
                 "You have a new secure message", D(8, 17, 14, 2),
                 T(htm, subtype="html", charset="us-ascii", cte="7bit"), mailer="sys", lang="en",
                 extra=["Auto-Submitted: auto-generated"])


@mail("NORMAL", "en", "insurer-to-customer",
      "trap: English out-of-office auto-reply pointing to the medical emergency line; no person")
def n_out_of_office_en():
    body = B("""
Thank you for your e-mail. I am out of the office until Monday,
7 September 2026, with limited access to e-mail.

For claims and pre-approvals please contact international@mareva-kv.example
or call +49 561 700132-410. In a medical emergency abroad, please call
our 24h assistance line +49 561 700132-4000.

Best regards,
Rahul Menon
""")
    return build(who("menon"), [("Dr Fiona Walsh", "f.walsh@lakeside-clinic.example")],
                 "Automatic reply: invoice query", D(8, 24, 16, 40), T(body, charset="us-ascii", cte="7bit"),
                 lang="en", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: aggregated claims triangle and large losses by age band for the reinsurer (XLSX), no individuals")
def n_reinsurer_triangle():
    body = B("""
Dear Julia,

please find attached the aggregated data for the 2027 renewal of the
surplus treaty: paid claims triangle by underwriting year (2021-2025)
and the large-loss distribution by age band. As agreed, no individual
claims in this file - cells with fewer than 5 claims are merged.

Best regards,
Lars

""") + sig("gellert", "en")
    tri = [["UW year", "dev 1", "dev 2", "dev 3", "dev 4", "dev 5"],
           [2021, 41.2, 63.8, 71.0, 73.4, 74.1],
           [2022, 44.9, 69.1, 77.5, 79.6, ""],
           [2023, 47.3, 73.0, 81.2, "", ""],
           [2024, 52.8, 80.4, "", "", ""],
           [2025, 57.1, "", "", "", ""],
           ["EUR million, cumulative paid", "", "", "", "", ""]]
    big = [["age band", "claims > EUR 100k", "total EUR", "largest EUR"],
           ["0-17", 6, 1210400, 286114],
           ["18-44", 9, 1644300, 241800],
           ["45-64", 17, 3402900, 412380],
           ["65+", 14, 2318700, 198400]]
    x = make_xlsx([("Triangle", tri), ("Large losses", big)], when=ztime(9, 4))
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"), A(x, XLSX_MIME, "Mareva_renewal_2027_aggregates.xlsx")])
    return build(who("gellert"), [("Julia Brandstetter", "j.brandstetter@hanse-re.example")],
                 "Renewal 2027 - aggregated data", D(9, 4, 11, 20), m, lang="en")


@mail("NORMAL", "en", "insurer-to-prospect",
      "grey: prospect asks about travel cover for Canada; generic product answer, no personal or health data")
def n_prospect_travel_info():
    body = B("""
Dear Ms Hart,

Thank you for your interest in ReiseMed. Here are the answers to your
questions:

- Canada is covered worldwide incl. USA/Canada option (tariff ReiseMed
  Welt+), trips of up to 56 days each.
- There is no age limit and no health questionnaire for the annual
  policy.
- Treatment that was already planned before the trip is not covered;
  acute new conditions and accidents are.
- Annual premium for one person: EUR 29.90; family: EUR 64.90.

You can take out the policy online in a few minutes:
https://www.mareva-kv.example/reisemed

Kind regards,
Customer Service
Mareva Krankenversicherung AG
""")
    return build(team("service", "Mareva Customer Service"), [("Rebecca Hart", "rebecca.hart@web-post.example")],
                 "RE: Question travel insurance Canada", D(4, 2, 15, 18), T(body, charset="us-ascii", cte="7bit"),
                 lang="en")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: direct-billing rates with an international hospital group (room rates, company-level terms)")
def n_hospital_group_rates():
    body = B("""
Dear Mr Tan,

Thank you for the revised rate card. We can confirm the following terms
for direct billing with all six hospitals of Harbourside Health Group
from 1 January 2027:

- Private single room: SGD 780 per night (2026: SGD 745)
- Semi-private room: SGD 520 per night
- ICU: as per itemised bill, capped at SGD 4,900 per day
- Guarantee of payment within 2 hours (24/7 via our assistance partner)
- Invoices within 30 days of discharge, ICD-10 and CPT codes required
- Payment terms: 21 days, to the group's corporate account

Please send the signed addendum by 30 November.

Kind regards,

""") + sig("menon", "en")
    return build(who("menon"), [("Daniel Tan", "d.tan@harbourside-health.example")],
                 "Direct billing terms 2027 - Harbourside Health Group", D(10, 29, 8, 50), T(body), lang="en")


@mail("NORMAL", "en", "internal",
      "S/MIME gateway certificate renewal, technical only")
def n_smime_renewal():
    body = B("""
Hi all,

the S/MIME gateway certificate for mareva-kv.example expires on
14 December 2026. The new one (RSA 3072, valid until 13 December 2028)
has been issued and will be activated on Tuesday, 1 December, 06:00.

Impact:
- partners with domain encryption need our new public certificate; we
  will publish it on the website and send it to the 38 partner domains
  by mail on Monday
- no change for portal users
- old certificate stays available for decryption for 90 days

Fingerprint (SHA-256) of the new certificate:
4F:8C:21:9A:0D:77:B3:E1:5C:42:90:6B:AE:13:F0:88:
2D:CC:61:07:94:5A:E8:3B:71:09:DF:26:B4:C5:18:E2

Jonas
IT Operations, ext. 871
""")
    return build(who("feld"), [team("it-ops", "IT Operations"), team("datenschutz", "Datenschutz")],
                 "Gateway certificate renewal on 1 December", D(11, 24, 17, 5), T(body, charset="us-ascii", cte="7bit"),
                 lang="en")


@mail("NORMAL", "en", "insurer-to-broker",
      "broker portal maintenance notice with the announcement as an HTML attachment")
def n_broker_portal_maintenance():
    body = B("""
Dear partners,

please note the planned maintenance of the Mareva broker portal and
the BiPRO interface this weekend. Details in the attached notice.

Kind regards,
Broker Relations
""")
    att = html_doc(B("""
<h2>Planned maintenance - Mareva broker portal</h2>
<p><b>When:</b> Saturday, 17 October 2026, 20:00 to Sunday, 18 October 2026, 06:00 (CEST)</p>
<p><b>Affected:</b> broker portal, BiPRO 430 document download, tariff calculator</p>
<p><b>Not affected:</b> secure mailbox, customer portal</p>
<p>During the maintenance your broker management software may show connection errors. Documents issued during this time will be delivered on Sunday morning.</p>
<p>Questions: makler@mareva-kv.example</p>"""), lang="en")
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"),
                     T(att, subtype="html", filename="maintenance_notice_2026-10-17.html", cte="quoted-printable")])
    return build(team("makler", "Mareva Broker Relations"), [team("makler-verteiler", "Broker partners")],
                 "Maintenance broker portal 17/18 October", D(10, 13, 12, 0), m, lang="en")


@mail("NORMAL", "en", "internal",
      "trap: anonymised training case study (PDF) on a breast cancer claim; no identifiable person")
def n_case_study_anonymised():
    body = B("""
Hi team,

for Thursday's case review session, please read the attached case study
beforehand. It is fully anonymised (no names, no policy numbers, age
band only, dates shifted), so feel free to print it.

Friederike
""")
    pdf = make_pdf([
        "# Case study 04/2026 - complex oncology claim (anonymised)",
        "",
        "Insured: female, age band 45-49, outpatient and inpatient cover, no deductible.",
        "Diagnosis: invasive breast carcinoma, hormone-receptor positive (C50.x).",
        "Course: breast-conserving surgery, sentinel node biopsy, adjuvant radiotherapy,",
        "then endocrine therapy for 5 years; one readmission for wound infection.",
        "",
        "Questions for the session:",
        "1. Which invoices need a medical review, which can be processed automatically?",
        "2. Is the genomic test (recurrence score) covered under the tariff wording?",
        "3. How do we communicate a partial rejection empathetically?",
        "4. When do we offer case management and psycho-oncology support?",
        "",
        "Total costs over 18 months: approx. EUR 68,000.",
    ], title="Case study 04-2026", date=(2026, 4, 20))
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"), A(pdf, "application/pdf", "Case_study_04-2026_anonymised.pdf")])
    return build(who("lamprecht"), [team("international", "International Health Team")],
                 "Case review Thursday - please read", D(4, 20, 17, 33), m, lang="en")


@mail("NORMAL", "en", "internal",
      "trap: actuarial note on medical inflation (drugs, hospital, dental) - aggregate percentages")
def n_medical_inflation_note():
    body = B("""
Henrike, Malte,

short summary of the medical trend analysis for the 2027 pricing round:

                      2024    2025    2026e
Outpatient doctors    4.1 %   4.6 %   5.0 %
Drugs                 7.8 %   9.2 %   9.5 %   (GLP-1, oncology)
Hospital              6.3 %   8.1 %   7.4 %
Dental                3.2 %   3.5 %   3.9 %
Total (weighted)      5.6 %   6.9 %   6.8 %

Main drivers: new oncology drugs and GLP-1 agonists (semaglutide and
tirzepatide prescriptions up 93 % year on year), higher hospital case
rates, and more outpatient psychotherapy sessions per capita.

For the supplementary tariffs (ZahnPlus, KlinikPlus) the triggering
factor is not reached, so no adjustment there.

Lars
""")
    return build(who("gellert"), [("Dr. Henrike Vossberg", "h.vossberg@" + DOM), ("Malte Grünhagen", "m.gruenhagen@" + DOM)],
                 "Medical trend 2027 - summary", D(8, 19, 18, 2), T(body), lang="en")


@mail("NORMAL", "en", "newsletter",
      "mass announcement of the new claims app for expat customers; no personal data; HTML and text")
def n_app_launch_expat():
    text = B("""
Dear customer,

Submitting claims has never been easier: with the new Mareva app you
can photograph invoices and receipts in any currency, follow the status
of your claim and receive your statements in the secure mailbox.

How to start:
1. Download "Mareva Health" from your app store.
2. Register with your policy number and the activation code we send to
   you by post.
3. Take a photo of your invoice - done.

Questions? international@mareva-kv.example

Your Mareva International Health Team
""")
    htm = html_doc(text2html(text), lang="en")
    m = MP("alternative", [T(text, charset="utf-8", cte="quoted-printable"), T(htm, subtype="html")])
    return build(team("international", "Mareva International Health"), [team("expat-kunden", "Expat customers")],
                 "New: submit your claims with the Mareva app", D(2, 2, 8, 0), m, mailer="news", lang="en")


@mail("NORMAL", "en", "internal",
      "team meeting invitation (ICS) for the international team")
def n_ics_team_meeting():
    body = B("""
Hi all,

invite for our monthly team meeting. Agenda: SLA figures for August,
new assistance partner in Asia, holiday planning Q4.

Rahul
""")
    ics = make_ics([{
        "uid": "intl-team-2026-09@" + DOM, "stamp": (2026, 9, 1, 7, 0),
        "start": (2026, 9, 8, 10, 0), "end": (2026, 9, 8, 11, 0),
        "summary": "International Health - monthly team meeting",
        "location": "Room Eder, 4th floor / Teams",
        "description": "SLA August, new assistance partner Asia, holiday planning Q4",
        "organizer": ("Rahul Menon", "r.menon@" + DOM),
        "attendees": [("International Health Team", "international@" + DOM)],
    }], prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"), ICS(ics, "invite.ics", cte="base64")])
    return build(who("menon"), [team("international", "International Health Team")],
                 "Monthly team meeting - September", D(9, 1, 9, 0), m, lang="en")


@mail("NORMAL", "en", "insurer-to-supplier",
      "request for a quote to a translation agency (company); no personal data")
def n_translation_quote():
    body = B("""
Hello,

we would like a quote for translating our product documents for
expatriates into Spanish and French:

- General terms MarevaGlobal Expat (38 pages, approx. 14,200 words)
- Product information sheets (4 x 2 pages)
- Claims form and guide (6 pages)

Source files are in DOCX; we need the same layout back. Deadline would
be 15 August. Please include your rates for later updates.

Thank you and kind regards,

""") + sig("renner", "en", ascii_only=True)
    return build(who("renner"), [("Linguaport Translations GmbH", "projects@linguaport.example")],
                 "Request for quote - translation ES/FR", D(6, 18, 10, 12), T(body, charset="us-ascii", cte="7bit"),
                 lang="en")


@mail("NORMAL", "en", "internal",
      "trap: negotiation notes on a rebate contract with a pharma manufacturer (GLP-1), company-level figures")
def n_pharma_rebate():
    body = B("""
Hi Lars, hi Jana,

notes from today's call with the manufacturer's market access team on
a rebate agreement for semaglutide (private health insurers):

- Offer: 11 % rebate on pharmacy retail price for all packs dispensed
  to our insured from 1 January 2027, paid quarterly
- Condition: we do not restrict reimbursement for the diabetes
  indication; for obesity indications our tariff rules stay as they are
- Data: they want monthly pack counts by PZN - aggregated only, no
  patient data (we were clear on that)
- Term: 2 years, volume bonus from 40,000 packs/year

My view: worth it - our 2025 volume was ~EUR 2.95m. Legal needs to check
the antitrust side. Next call on 3 November.

Best,
Henrike
""")
    return build(("Dr. Henrike Vossberg", "h.vossberg@" + DOM), [who("gellert"), who("kowalczyk")],
                 "Rebate agreement semaglutide - call notes", D(10, 21, 17, 50), T(body), lang="en",
                 cc=[who("meinhardt")])


@mail("NORMAL", "en", "internal",
      "fire drill announcement")
def n_fire_drill():
    body = B("""
Dear colleagues,

there will be an unannounced... well, now announced fire drill next week
(exact day stays a surprise). When the alarm sounds:

- leave the building via the marked escape routes, do not use the lifts
- meeting point: car park P2, next to the bicycle shelter
- fire wardens check their floors and report to the team at P2
- colleagues who need help evacuating: please tell your fire warden in
  advance, they will organise assistance (no reasons needed)

The drill takes about 20 minutes. Thanks for your cooperation!

Holger Brandes
Facility Management
""")
    pdf = make_pdf([
        "# Evacuation plan - Tuchmacherweg 14",
        "",
        "Escape route A: stairwell north -> main entrance -> car park P2",
        "Escape route B: stairwell south -> courtyard -> gate -> car park P2",
        "Fire wardens: one per floor (see list at the lifts)",
        "Do not use the lifts. Close doors behind you. Report to your warden at P2.",
        "Assembly point: P2, next to the bicycle shelter",
    ], title="Evacuation plan", compress=True, date=(2026, 5, 26))
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"), A(pdf, "application/pdf", "Evacuation_plan_TMW14.pdf")])
    return build(who("brandes"), [team("alle", "All staff")], "Fire drill next week", D(5, 26, 15, 0),
                 m, lang="en")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: synthetic test data (CSV) for the OCR vendor: fictitious patients 'Test Person A/B' and fake GOÄ lines")
def n_ocr_synthetic_testdata():
    body = B("""
Hi Marco,

as discussed, here is the synthetic test set for the new recognition
model. All persons, addresses and practices are invented (generated
from our test data generator, names "Test Person A..F"), so no DPA
issue. The expected values are in the last columns.

Please run it against build 2026.05 and send us the confusion matrix.

Thanks,
Jonas
""")
    csvb = make_csv([
        ["doc_id", "patient", "practice", "date", "goae", "factor", "amount_eur", "expected_factor"],
        ["SYN-001", "Test Person A", "Testpraxis Musterstadt", "2026-01-05", "3", "3,5", "30,60", "3,5"],
        ["SYN-002", "Test Person B", "Testpraxis Musterstadt", "2026-01-05", "1", "2,3", "10,72", "2,3"],
        ["SYN-003", "Test Person C", "MVZ Beispielhausen", "2026-01-06", "250", "1,8", "4,20", "1,8"],
        ["SYN-004", "Test Person D", "MVZ Beispielhausen", "2026-01-06", "5", "2,3", "10,72", "2,3"],
        ["SYN-005", "Test Person E", "Dr. Platzhalter", "2026-01-07", "7", "3,5", "32,64", "3,5"],
        ["SYN-006", "Test Person F", "Dr. Platzhalter", "2026-01-07", "605", "1,8", "25,18", "1,8"],
    ], sep=";", encoding="utf-8")
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"),
                     Part("text/csv", b64(csvb), [("charset", "utf-8")], "base64", disp="attachment",
                          filename="ocr_synthetic_testset_v3.csv")])
    return build(who("feld"), [("Marco Bellini", "m.bellini@docscan-solutions.example")],
                 "Synthetic test set v3 for OCR build 2026.05", D(5, 28, 11, 11), m, lang="en")


@mail("NORMAL", "en", "internal",
      "trap: forwarded public webinar invitation on digital health applications (DiGA), as message/rfc822")
def n_webinar_diga_rfc822():
    inner = build(("Health Insurance Forum", "events@hi-forum.example"), [("", "newsletter-subscribers@hi-forum.example")],
                  "Webinar: Digital health apps (DiGA) in private health insurance", D(2, 16, 9, 0),
                  T(B("""
Webinar invitation

Digital health applications (DiGA) - what private health insurers need
to know in 2026

Date: 10 March 2026, 14:00-15:30 CET, online
Speakers: market research, a DiGA manufacturer for tinnitus and insomnia
apps, and a claims manager of a private insurer

Topics: evidence requirements, pricing, reimbursement models,
integration into claims processing, data protection.

Free registration: https://www.hi-forum.example/webinar-diga
"""), charset="us-ascii", cte="7bit"), mailer="other", tag="inner", lang="en", mid_domain="hi-forum.example")
    body = B("""
FYI - might be interesting for us, especially the part about
reimbursement models. I registered; anyone else?

Jana
""")
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"), MSG(inner, "Webinar_DiGA.eml")])
    return build(who("kowalczyk"), [team("team-ambulant", "Team Leistung ambulant")],
                 "FW: Webinar: Digital health apps (DiGA) in private health insurance", D(2, 16, 13, 22), m, lang="en")


@mail("NORMAL", "en", "internal",
      "trap: quarterly KPI report (ODS and CSV inside a ZIP): processing times, complaint counts")
def n_kpi_report_zip():
    body = B("""
Dear all,

attached the Q2 KPI pack (ODS for the board deck, CSV for the BI team).

Highlights:
- average processing time outpatient claims: 3.1 days (target 4)
- hospital cost-coverage confirmations within 24h: 96 %
- complaints: 212 (Q1: 248), ombudsman cases: 7

Regards,
Controlling
""")
    rows = [["KPI", "Q1 2026", "Q2 2026", "Target"],
            ["Processing time outpatient (days)", 3.6, 3.1, 4.0],
            ["Processing time dental (days)", 4.2, 3.9, 5.0],
            ["Cost coverage < 24h (%)", 93.0, 96.0, 95.0],
            ["App share of claims (%)", 35.0, 38.0, 40.0],
            ["Complaints", 248, 212, ""],
            ["Ombudsman cases", 9, 7, ""]]
    ods = make_ods([("KPI Q2", rows)], title="KPI Q2 2026", when=ztime(7, 14))
    csvb = make_csv(rows, sep=",", encoding="utf-8")
    z = make_zip([("KPI_Q2_2026.ods", ods), ("KPI_Q2_2026.csv", csvb)], when=ztime(7, 14))
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"), A(z, "application/zip", "KPI_pack_Q2_2026.zip")])
    return build(team("controlling", "Controlling"), [team("management", "Management team")],
                 "KPI pack Q2 2026", D(7, 14, 12, 0), m, lang="en")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: rating-agency questionnaire answered with aggregate figures (loss ratio, membership, health products)")
def n_rating_agency():
    body = B("""
Dear Ms Okonjo,

please find our answers to the questionnaire for the 2026 rating review:

Q3  Number of insured persons (31/12/2025): 412,600
    of which comprehensive: 138,900; supplementary only: 273,700
Q4  Gross written premiums 2025: EUR 1.21bn (+5.4 %)
Q5  Loss ratio 2025: 78.9 % (2024: 77.2 %)
Q7  Share of claims submitted digitally: 38 %
Q9  Largest single claim 2025: EUR 412k (oncology, reinsured)
Q12 Solvency ratio: 312 %

The audited annual report will follow on 15 April.

Best regards,
Lars Gellert
Actuarial, Mareva Krankenversicherung AG
""")
    return build(who("gellert"), [("Adaeze Okonjo", "a.okonjo@northstar-ratings.example")],
                 "Rating review 2026 - questionnaire answers", D(3, 27, 16, 0), T(body, charset="us-ascii", cte="7bit"),
                 lang="en")


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: broker training invitation (ICS) on completing health questions correctly; no client data")
def n_broker_training_ics():
    body = B("""
Dear partners,

you are invited to our online training "Health questions in the
application - how to get them right". We will cover typical mistakes
(forgotten treatments, psychotherapy, dental findings), the duty of
disclosure under section 19 VVG and how to avoid rescission cases.

Date: 22 April 2026, 15:00-16:30, online. Calendar entry attached.

Kind regards,
Dennis Woelk
Broker Relations
""")
    ics = make_ics([{
        "uid": "broker-training-health-questions-2026@" + DOM, "stamp": (2026, 4, 1, 8, 0),
        "start": (2026, 4, 22, 15, 0), "end": (2026, 4, 22, 16, 30),
        "summary": "Broker training: health questions in the application",
        "location": "Online (link follows one day before)",
        "description": "Duty of disclosure (section 19 VVG), typical mistakes, rescission cases, Q&A. 1.5 hours IDD training time.",
        "organizer": ("Dennis Woelk", "d.woelk@" + DOM),
    }], method="PUBLISH")
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"), ICS(ics, "Broker_training_2026-04-22.ics", method="PUBLISH")])
    return build(who("woelk"), [team("makler-verteiler", "Broker partners")],
                 "Invitation: broker training on health questions", D(4, 1, 10, 0), m, lang="en")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: SLA renewal with the assistance company (PDF), fees per case, a company (GmbH) bank account only")
def n_assistance_sla_pdf():
    body = B("""
Dear Mr Jansen,

attached our countersigned SLA addendum for 2027. The new case fees
apply from 1 January; everything else stays as agreed.

Kind regards,

""") + sig("menon", "en")
    iban = de_iban("20050550", "1002291044")
    pdf = make_pdf([
        "# SLA addendum 2027 - Mareva / Nordlicht Assistance GmbH",
        "",
        "1. Case fees: simple case EUR 48, medical case EUR 145,",
        "   repatriation case EUR 690 (plus third-party costs).",
        "2. Response times: phone answered within 20 s (90 %), guarantee of payment 2 h.",
        "3. Reporting: monthly, aggregated; individual cases only via the secure channel.",
        "4. Payment to Nordlicht Assistance GmbH, IBAN " + iban + ", within 30 days.",
        "",
        "Kassel / Hamburg, November 2026",
    ], title="SLA addendum 2027", date=(2026, 11, 2))
    m = MP("mixed", [T(body, charset="us-ascii", cte="7bit"), A(pdf, "application/pdf", "SLA_addendum_2027_signed.pdf")])
    return build(who("menon"), [("Henrik Jansen", "h.jansen@nordlicht-assistance.example")],
                 "SLA addendum 2027 - countersigned", D(11, 2, 13, 44), m, lang="en")


@mail("NORMAL", "en", "internal",
      "trap: board memo on a hospital network strategy (no individuals)")
def n_board_memo_hospital_network():
    body = B("""
To: Management Board
From: Hospital claims / Tobias Hensel
Re: "Klinikpartner" network - proposal

1. Situation: 71 % of our inpatient spend goes to 24 hospitals in
   Hesse and Lower Saxony. Elective services (single/double room,
   chief physician) are billed very differently.
2. Proposal: framework agreements with the 10 largest hospitals:
   direct billing, fixed room surcharges, quality reporting
   (complication rates for hip/knee replacement, readmissions).
3. Expected effect: EUR 2.1-2.8m savings per year, faster cost-coverage
   confirmations, fewer disputes about elective-service fees.
4. Risks: hospitals outside the network; communication to customers
   (free choice of hospital remains!).

Decision requested in the board meeting on 16 June.
""")
    return build(who("hensel"), [("Management Board", "vorstand@" + DOM)],
                 "Board memo: Klinikpartner network", D(6, 8, 8, 30), T(body), lang="en")


@mail("NORMAL", "en", "internal",
      "trap: security awareness mail quoting a fake phishing mail about an 'MRI claim'")
def n_phishing_awareness():
    body = B("""
Dear colleagues,

this phishing mail reached several mailboxes this morning - please do
NOT click the link:

  From: "Mareva Claims" <claims-update@mareva-kv-support.example>
  Subject: Your MRI claim has been processed - action required
  "Dear customer, your refund of EUR 482.33 is on hold. Confirm your
  bank details within 24 hours: https://mareva-refund.example/confirm"

How to recognise it: wrong sender domain, time pressure, request for
bank details. We never ask customers or colleagues to confirm bank data
via a link.

If you clicked: call the IT service desk immediately (ext. 800).

Your IT Security Team
""")
    return build(team("it-security", "IT Security"), [team("alle", "All staff")],
                 "Warning: phishing mail 'Your MRI claim has been processed'", D(9, 22, 10, 14),
                 T(body, charset="us-ascii", cte="7bit"), lang="en")


@mail("NORMAL", "en", "internal",
      "trap: API test case with the fictitious 'Max Mustermann' and the published example IBAN")
def n_api_testcase_mustermann():
    body = B("""
Hi Jonas,

the claims API test suite fails on the staging system since yesterday's
deployment. Failing case:

  test_submit_refund_bank_details
  payload:
    insured: "Max Mustermann" (test persona, not a real customer)
    birth_date: "1970-01-01"
    policy: "TEST-0000-000000-00"
    iban: "DE89 3704 0044 0532 0130 00"   # published example IBAN
  expected: 201 Created
  actual:   422 "iban: checksum invalid"

Looks like the new validator strips the spaces after computing the
checksum instead of before. Can you check the merge request !2291?

Thanks,
Tarek
""")
    return build(("Tarek Haddouchi", "t.haddouchi@" + DOM), [who("feld")],
                 "Claims API tests failing - IBAN validator", D(6, 30, 9, 17), T(body, charset="us-ascii", cte="7bit"),
                 lang="en")


@mail("NORMAL", "en", "internal",
      "trap: customer survey results, aggregated scores and anonymised comments")
def n_survey_results():
    body = B("""
Hello everyone,

the results of the 2026 customer satisfaction survey are in
(n = 3,412, response rate 17 %):

- Overall satisfaction: 7.9 / 10 (2025: 7.6)
- Claims handling speed: 8.2
- Clarity of statements: 6.4  <- our weak spot
- Dental pre-approvals: 7.1
- App: 8.5

Typical comments (anonymised):
"I don't understand why my doctor's bill was cut - too much jargon."
"The app is great, the refund came in 3 days."
"Letters about premium increases are confusing."

Next step: workshop on plain-language statements, 9 October.

Pia
""")
    return build(who("lorenz"), [team("management", "Management team"), team("service", "Customer Service")],
                 "Customer survey 2026 - results", D(9, 16, 14, 45), T(body), lang="en")


@mail("NORMAL", "en", "insurer-to-press",
      "trap: answer to a trade journalist with aggregate figures on dental supplementary insurance")
def n_press_answer_dental():
    body = B("""
Dear Mr Whitaker,

thank you for your questions for your article on dental supplementary
insurance in Germany. Our answers:

1. Customers with ZahnPlus tariffs: about 198,000 (+9 % in 2025).
2. Average refund per claim in 2025: EUR 612 for dentures/implants,
   EUR 98 for professional cleaning.
3. Most frequent claims: professional cleaning, fillings, crowns.
4. Waiting periods: none in ZahnPlus 100 Pro; 8 months for dentures in
   the older tariffs.

You may quote me by name. Happy to help with further questions.

Best regards,
Annika Friese
Press Office, Mareva Krankenversicherung AG
""")
    return build(who("friese"), [("Oliver Whitaker", "o.whitaker@insurance-europe-weekly.example")],
                 "Your questions on dental supplementary insurance", D(3, 4, 11, 58), T(body, charset="us-ascii", cte="7bit"),
                 lang="en")


@mail("NORMAL", "en", "insurer-to-supplier",
      "hotel booking for the sales conference (company level)")
def n_hotel_booking():
    body = B("""
Dear Ms Novak,

we would like to confirm the offer for our sales conference:

- 24-26 February 2026, 38 single rooms, 2 nights
- plenary room for 60 people, 2 breakout rooms
- full board incl. conference packages, dinner on 25 February
- rate as offered: EUR 189 per person per day

The rooming list will follow by 10 February. Invoice to Mareva
Krankenversicherung AG, purchase order 4500018102.

Kind regards,
Sabine Renner
Procurement
""")
    return build(who("renner"), [("Petra Novak", "events@hotel-edersee-resort.example")],
                 "Booking confirmation sales conference 24-26 Feb", D(1, 15, 11, 3), T(body, charset="us-ascii", cte="7bit"),
                 lang="en")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: lift maintenance in the medical centre building owned by the insurer (doctors' practices as tenants)")
def n_lift_maintenance():
    body = B("""
Dear Mr Kovac,

the passenger lift in our medical centre building (Aerztehaus
Koenigstor 21, Kassel) has stopped twice between floors this week. As
the building houses a dialysis practice, an orthopaedic surgery and a
pharmacy, many visitors depend on the lift.

Please send a technician by tomorrow morning at the latest. Until the
repair the practices have been informed and will direct patients with
walking difficulties to the rear entrance with the platform lift.

Contract no.: WV-2219-KS. Contact on site: caretaker Mr Brehm,
phone 0561 700132-810.

Regards,
Holger Brandes
Facility Management
""")
    return build(who("brandes"), [("Service Desk", "service.nord@liftwerk-technik.example")],
                 "Urgent: lift failure Aerztehaus Koenigstor 21", D(11, 5, 16, 28), T(body, charset="us-ascii", cte="7bit"),
                 lang="en")


@mail("NORMAL", "en", "internal",
      "incident post-mortem for a claims portal outage; technical only")
def n_incident_postmortem():
    body = B("""
Post-mortem: claims upload outage, 14 July 2026

Summary: From 07:42 to 10:15 customers could not upload invoices in
the app and the portal (HTTP 503). 1,870 upload attempts failed; no
data was lost, the app retried automatically after recovery.

Root cause: the certificate of the internal virus-scanning service had
expired; the upload service refused the TLS connection.

What went well: monitoring alerted within 4 minutes.
What went badly: the certificate was not in our expiry dashboard.

Actions:
1. Add all internal service certificates to the dashboard (J. Feld, 31/07)
2. Alert 30 days before expiry (J. Feld, 31/07)
3. Status page message template for upload outages (Customer Service)

Jonas
""")
    return build(who("feld"), [team("it-ops", "IT Operations"), team("service", "Customer Service")],
                 "Post-mortem: claims upload outage 14 July", D(7, 16, 15, 9), T(body, charset="us-ascii", cte="7bit"),
                 lang="en")


# ---- mixed language ---------------------------------------------------------


@mail("NORMAL", "mixed", "internal",
      "trap: bilingual meeting notes on claims SLAs with international hospitals; no person")
def n_mixed_sla_notes():
    body = B("""
Kurzprotokoll / short notes – Jour fixe International, 12.03.2026

1. Direktabrechnung Krankenhäuser Ausland / direct billing abroad
   - Guarantee of payment within 2 hours: 94 % (Ziel 95 %)
   - Spain and Turkey: viele Rechnungen ohne ICD-Codes → we will send a
     reminder letter to the 12 hospitals concerned
2. Übersetzung von Arztberichten / translation of medical reports
   - new vendor from April, turnaround 48h, nur über sicheren Upload
3. Assistance partner Asia
   - RFP closes on 30 April; shortlist: 3 companies
4. Sonstiges / AOB
   - Rahul on holiday 6–17 April, Vertretung: Olivia

Nächster Termin / next meeting: 09.04.2026
""")
    return build(who("menon"), [team("international", "International Health Team"), who("brandt")],
                 "Jour fixe International 12.03. – notes", D(3, 12, 16, 5), T(body), lang="en")


@mail("NORMAL", "mixed", "internal",
      "summer party invitation in German and English")
def n_mixed_sommerfest():
    body = B("""
Liebe Kolleginnen und Kollegen, dear colleagues,

unser Sommerfest steigt am Freitag, 3. Juli 2026, ab 16 Uhr im
Innenhof – bei Regen in der Kantine.
Our summer party takes place on Friday, 3 July 2026, from 4 pm in the
courtyard (canteen if it rains).

Es gibt Grill, vegetarische und vegane Salate, Live-Musik von der
Band „Fuldarauschen" und ein Tischkicker-Turnier.
BBQ, vegetarian and vegan salads, live music and a table football
tournament.

Bitte meldet euch bis 22.06. im Intranet an / please register on the
intranet by 22 June.

Euer Orga-Team / your organising team
""")
    return build(who("lorenz"), [team("alle", "Alle Mitarbeitenden / All staff")],
                 "Sommerfest / Summer party 3 July", D(6, 10, 12, 0), T(body), lang="en")


@mail("NORMAL", "mixed", "internal",
      "trap: bilingual glossary of claims abbreviations (DOCX) for new international colleagues")
def n_mixed_glossar_docx():
    body = B("""
Hi Eleanor, hallo Tarek,

wie versprochen das Glossar mit den Abkürzungen aus der Leistungs-
prüfung – as promised, the glossary of abbreviations you will see in
claims files. Ergänzungen willkommen / additions welcome.

Lea
""")
    doc = make_docx([
        "# Glossar Leistungsprüfung / Claims glossary",
        "Stand Mai 2026",
    ], tables=[(1, [["Abk.", "Deutsch", "English"],
                    ["GOÄ", "Gebührenordnung für Ärzte", "fee schedule for physicians"],
                    ["GOZ", "Gebührenordnung für Zahnärzte", "fee schedule for dentists"],
                    ["HKP", "Heil- und Kostenplan", "dental treatment and cost plan"],
                    ["KTG", "Krankentagegeld", "daily sickness allowance"],
                    ["BRE", "Beitragsrückerstattung", "premium refund (no-claims bonus)"],
                    ["AU", "Arbeitsunfähigkeit", "incapacity for work"],
                    ["ICD-10-GM", "Diagnoseschlüssel, deutsche Modifikation", "diagnosis codes, German modification"],
                    ["OPS", "Operationen- und Prozedurenschlüssel", "procedure codes"],
                    ["DRG", "Fallpauschale im Krankenhaus", "diagnosis related group"],
                    ["BtM", "Betäubungsmittel", "narcotics (controlled drugs)"],
                    ["PZN", "Pharmazentralnummer", "German drug product number"],
                    ["KÜ", "Kostenübernahme(erklärung)", "cost-coverage confirmation"],
                    ["MB/KK", "Musterbedingungen Krankheitskosten", "model terms for medical expenses"]])],
        title="Glossar Leistung", author="L. Marquardt", when=ztime(5, 18))
    m = MP("mixed", [T(body), A(doc, DOCX_MIME, "Glossar_Leistung_DE-EN.docx")])
    return build(who("marquardt"), [("Eleanor Price", "e.price@" + DOM), ("Tarek Haddouchi", "t.haddouchi@" + DOM)],
                 "Glossar / glossary claims abbreviations", D(5, 18, 9, 40), m, lang="en")


@mail("NORMAL", "mixed", "internal",
      "Christmas party invitation, HTML only, German and English")
def n_mixed_weihnachtsfeier_html():
    htm = html_doc(B("""
<div style="font-family:Georgia,serif;text-align:center;color:#7a1c1c">
<h1>Weihnachtsfeier 2026 &middot; Christmas party 2026</h1>
<p><b>Donnerstag, 10. Dezember 2026, ab 18 Uhr</b><br>Thursday, 10 December 2026, from 6 pm</p>
<p>Orangerie Kassel &ndash; Buffet, Musik, Wichteln (Geschenk bis 10&nbsp;&euro;)<br>
buffet, music, secret Santa (gift up to EUR 10)</p>
<p>Anmeldung bis 20.11. im Intranet &middot; please register by 20 November</p>
<p style="font-size:12px;color:#555">Shuttlebus ab Tuchmacherweg um 17:30 und zur&uuml;ck um 23:00 / 0:30</p>
</div>"""))
    return build(who("lorenz"), [team("alle", "Alle Mitarbeitenden / All staff")],
                 "Einladung Weihnachtsfeier / Christmas party", D(11, 2, 9, 0),
                 T(htm, subtype="html", cte="base64"), lang="en")


@mail("NORMAL", "mixed", "internal",
      "welcome mail for a new international colleague (no personal data beyond name and role)")
def n_mixed_welcome():
    body = B("""
Liebes Team, dear team,

ab Montag verstärkt uns Aoife Brennan als Aktuarin im Pricing Health.
Aoife kommt aus Dublin und spricht schon gut Deutsch – trotzdem freut
sie sich, wenn wir am Anfang auch mal Englisch reden.
From Monday, Aoife Brennan joins us as actuary in health pricing. She
is moving from Dublin - please make her feel welcome!

Ihr Büro / her office: Raum 4.12, Durchwahl / ext. 963.

Willkommen, Aoife!
Lars
""")
    return build(who("gellert"), [team("aktuariat", "Aktuariat"), team("produkt", "Produktmanagement")],
                 "Willkommen / welcome Aoife Brennan", D(9, 30, 15, 30), T(body), lang="en")


@mail("NORMAL", "mixed", "newsletter",
      "bilingual expat newsletter about office hours and holidays; no personal data; HTML and text")
def n_mixed_expat_newsletter():
    text = B("""
Mareva International – Info Dezember / December 2026

Servicezeiten zwischen den Jahren / service hours over the holidays:
  24.12. und 31.12.: 8–12 Uhr / 8 am–12 pm
  25./26.12. und 01.01.: geschlossen / closed
  24h-Notruf Ausland / 24h emergency line abroad: +49 561 700132-4000
  – immer erreichbar / always available

Belege für 2026 bitte bis 31.03.2027 einreichen, damit die
Beitragsrückerstattung richtig berechnet wird.
Please submit your 2026 receipts by 31 March 2027 so that your premium
refund can be calculated correctly.

Frohe Feiertage! Happy holidays!
Ihr / your International Health Team
""")
    htm = html_doc(text2html(text))
    m = MP("alternative", [T(text), T(htm, subtype="html", cte="quoted-printable")], style="sys")
    return build(team("international", "Mareva International Health"), [team("expat-kunden", "Expat customers")],
                 "Service hours over the holidays / Servicezeiten Feiertage", D(12, 1, 8, 0), m, mailer="news",
                 lang="en")


# ===========================================================================
# build and check
# ===========================================================================

EXPECT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}


def ordered():
    order = list(REG)
    random.Random(SEED).shuffle(order)
    return order


def build_all(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    for fn in os.listdir(mdir):
        if fn.startswith(PREFIX) and fn.endswith(".eml"):
            os.remove(os.path.join(mdir, fn))
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, (f, label, lang, kind, reason) in enumerate(ordered(), 1):
        _CUR[0] = f.__name__
        data = f()
        assert isinstance(data, bytes), f.__name__
        name = "%s%04d.eml" % (PREFIX, n)
        with open(os.path.join(mdir, name), "wb") as fh:
            fh.write(data)
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    return len(rows) - 1


# ---- checking -------------------------------------------------------------

class _Txt(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, d):
        if d.strip():
            self.parts.append(d.strip())


def html_text(s):
    p = _Txt()
    p.feed(s)
    p.close()
    return "\n".join(p.parts)


def _pdf_strings(stream):
    out, i, n = [], 0, len(stream)
    while i < n:
        if stream[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                c = stream[j:j + 1]
                if c == b"\\":
                    nx = stream[j + 1:j + 2]
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(nx, nx)
                    j += 2
                    continue
                if c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += c
                j += 1
            rest = stream[j + 1:j + 8]
            if re.match(rb"\s*Tj", rest):
                out.append(buf.decode("cp1252"))
            i = j + 1
        else:
            i += 1
    return out


def check_pdf(data):
    assert data.startswith(b"%PDF-1."), "no PDF header"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    assert m, "no startxref"
    x = int(m.group(1))
    assert data[x:x + 4] == b"xref", "startxref does not point to xref"
    hm = re.match(rb"xref\s+0 (\d+)\s+", data[x:])
    cnt = int(hm.group(1))
    pos = x + hm.end()
    for k in range(cnt):
        entry = data[pos + 20 * k: pos + 20 * k + 20]
        assert len(entry) == 20, "short xref entry"
        off, gen, typ = int(entry[:10]), int(entry[11:16]), entry[17:18]
        if typ == b"n":
            assert data.startswith(b"%d %d obj" % (k, gen), off), "xref offset wrong for obj %d" % k
    assert b"/Root" in data[x:], "no /Root"
    texts = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        if sm.group(2):
            raw = zlib.decompress(raw)
        texts.extend(_pdf_strings(raw))
    txt = "\n".join(texts)
    assert txt.strip(), "PDF without text layer"
    return txt


def _xml_members(z):
    texts = []
    for nm in z.namelist():
        if nm.endswith(".xml") or nm.endswith(".rels"):
            root = ET.fromstring(z.read(nm))
            if nm in ("word/document.xml", "content.xml") or nm.startswith("xl/worksheets/"):
                texts.append(" ".join(t for t in root.itertext() if t.strip()))
    return "\n".join(texts)


def check_office(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, "corrupt member"
    names = z.namelist()
    if kind == "docx":
        assert "[Content_Types].xml" in names and "word/document.xml" in names
    elif kind == "xlsx":
        assert "[Content_Types].xml" in names and "xl/workbook.xml" in names
        assert any(n.startswith("xl/worksheets/sheet") for n in names)
    elif kind in ("odt", "ods"):
        assert names[0] == "mimetype", "mimetype not first"
        assert z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        mt = z.read("mimetype").decode()
        assert mt == (ODT_MIME if kind == "odt" else ODS_MIME), mt
        assert "META-INF/manifest.xml" in names and "content.xml" in names
    txt = _xml_members(z)
    assert txt.strip(), "office file without text"
    return txt


def check_csv(text):
    sample = text.splitlines()[0]
    sep = ";" if sample.count(";") >= sample.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=sep))
    rows = [r for r in rows if r]
    assert len(rows) >= 2, "CSV with fewer than 2 rows"
    w = len(rows[0])
    assert all(len(r) == w for r in rows), "ragged CSV"
    return text


def check_ics(text):
    assert text.startswith("BEGIN:VCALENDAR") and text.rstrip().endswith("END:VCALENDAR"), "ICS frame"
    assert "BEGIN:VEVENT" in text and "END:VEVENT" in text
    for l in text.split("\r\n"):
        assert len(l.encode("utf-8")) <= 75, "ICS line too long"
    return text.replace("\r\n ", "")  # unfold (RFC 5545) before the text rules


def check_blob(data, fname, ctype, stats):
    ext = fname.lower().rsplit(".", 1)[-1] if "." in fname else ""
    if ext == "pdf":
        stats["pdf"] = stats.get("pdf", 0) + 1
        return check_pdf(data)
    if ext in ("docx", "xlsx", "odt", "ods"):
        stats[ext] = stats.get(ext, 0) + 1
        return check_office(data, ext)
    if ext == "zip":
        stats["zip"] = stats.get("zip", 0) + 1
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        out = []
        for nm in z.namelist():
            out.append(check_blob(z.read(nm), nm, "", stats))
        return "\n".join(out)
    if ext in ("csv", "txt", "ics", "html", "htm"):
        try:
            t = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            t = data.decode("cp1252")
        stats[ext] = stats.get(ext, 0) + 1
        if ext == "csv":
            return check_csv(t)
        if ext == "ics":
            return check_ics(t)
        if ext in ("html", "htm"):
            return html_text(t)
        return t
    raise AssertionError("unknown attachment %s (%s)" % (fname, ctype))


HOST_RE = [
    re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[\w-]+)"),
    re.compile(r"https?://([^/\s\"'<>:?#]+)"),
    re.compile(r"\b(www\.(?:[\w-]+\.)*[\w-]+)"),
]
TLD_RE = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:de|com|org|net|eu|at|ch|uk|io|info|biz)\b")
IBAN_DE_RE = re.compile(r"\bDE\d{2}(?: ?\d){18}(?!\d)", re.I)
IBAN_OTHER_RE = re.compile(r"\b(GB\d{2} ?[A-Z]{4}(?: ?\d){14}|AT\d{2}(?: ?\d){16})(?!\d)")


def check_text_rules(txt, where, errs, stats):
    for rx in HOST_RE:
        for m in rx.finditer(txt):
            host = m.group(1).lower().rstrip(".")
            if not host.endswith(".example"):
                errs.append("%s: foreign domain %r" % (where, host))
    for m in TLD_RE.finditer(txt.lower()):
        errs.append("%s: real-looking domain %r" % (where, m.group(0)))
    for m in IBAN_DE_RE.finditer(txt):
        stats["iban_de"] = stats.get("iban_de", 0) + 1
        if not iban_ok(m.group(0)):
            errs.append("%s: German IBAN fails mod 97: %s" % (where, m.group(0)))
    for m in IBAN_OTHER_RE.finditer(txt):
        stats["iban_other"] = stats.get("iban_other", 0) + 1
        if not iban_ok(m.group(0)):
            errs.append("%s: IBAN fails mod 97: %s" % (where, m.group(0)))


def check_message(msg, where, errs, stats, top=True):
    texts = []
    if msg.defects:
        errs.append("%s: defects %r" % (where, msg.defects))
    for k, v in msg.items():
        if getattr(v, "defects", None):
            errs.append("%s: header %s defects %r" % (where, k, v.defects))
        texts.append("%s: %s" % (k, v))
    d = msg["Date"]
    if d is None or d.datetime is None or d.datetime.year != 2026:
        errs.append("%s: date not in 2026: %r" % (where, d))
    for part in msg.walk():
        if part is not msg and part.defects:
            errs.append("%s: part defects %r" % (where, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("%s: part header %s defects %r" % (where, k, v.defects))
    atts = [0]

    def leaf(part):
        ct = part.get_content_type()
        fname = part.get_filename() or ""
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            atts[0] += 1
            stats["rfc822"] = stats.get("rfc822", 0) + 1
            texts.append(check_message(inner, where + " (rfc822)", errs, stats, top=False)[0])
            return
        if part.is_multipart():
            for p in part.iter_parts():
                leaf(p)
            return
        is_att = part.get_content_disposition() == "attachment" or bool(fname)
        if ct.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            raw = part.get_payload(decode=True)
            try:
                t = raw.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: text part does not decode as %s: %s" % (where, cs, e))
                return
            stats.setdefault("charsets", {}).setdefault(cs, 0)
            stats["charsets"][cs] += 1
            cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            stats.setdefault("cte", {}).setdefault(cte, 0)
            stats["cte"][cte] += 1
            try:
                if ct == "text/csv":
                    t = check_csv(t)
                    stats["csv"] = stats.get("csv", 0) + 1
                elif ct == "text/calendar":
                    t = check_ics(t)
                    stats["ics"] = stats.get("ics", 0) + 1
                elif ct == "text/html":
                    t = t + "\n" + html_text(t)
                    if is_att:
                        stats["html"] = stats.get("html", 0) + 1
                elif is_att:
                    stats["txt"] = stats.get("txt", 0) + 1
            except AssertionError as e:
                errs.append("%s: %s %s: %s" % (where, ct, fname, e))
            if is_att:
                atts[0] += 1
            texts.append(t)
            return
        data = part.get_payload(decode=True)
        atts[0] += 1
        try:
            texts.append(check_blob(data, fname, ct, stats))
        except Exception as e:  # noqa
            errs.append("%s: attachment %s (%s) does not open: %r" % (where, fname, ct, e))

    leaf(msg)
    alltext = "\n".join(texts)
    check_text_rules(alltext, where, errs, stats)
    return alltext, atts[0]


def run_check():
    errs = []
    # 1. byte-identical rebuild
    with tempfile.TemporaryDirectory() as tmp:
        n = build_all(tmp)
        for fn in sorted(os.listdir(os.path.join(tmp, "mails"))):
            a = open(os.path.join(tmp, "mails", fn), "rb").read()
            p = os.path.join(HERE, "mails", fn)
            if not os.path.exists(p):
                errs.append("%s missing - run without --check first" % fn)
            elif open(p, "rb").read() != a:
                errs.append("%s differs from a fresh rebuild" % fn)
        if open(os.path.join(tmp, "labels.tsv"), "rb").read() != open(os.path.join(HERE, "labels.tsv"), "rb").read():
            errs.append("labels.tsv differs from a fresh rebuild")
    present = sorted(f for f in os.listdir(os.path.join(HERE, "mails")) if f.endswith(".eml"))
    if len(present) != n:
        errs.append("mails/ holds %d files, expected %d" % (len(present), n))
    # 2. labels
    rows = [l.split("\t") for l in open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read().splitlines()]
    assert rows[0] == ["file", "label", "lang", "kind", "reason"], rows[0]
    rows = rows[1:]
    counts = {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errs.append("bad labels row %r" % r)
        counts[r[1]] = counts.get(r[1], 0) + 1
    if counts != EXPECT:
        errs.append("label counts %r != %r" % (counts, EXPECT))
    # 3. every mail
    parser = BytesParser(policy=policy.default)
    mids = {}
    stats = {}
    tops = {}
    with_att = 0
    for r in rows:
        fn = r[0]
        raw = open(os.path.join(HERE, "mails", fn), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            errs.append("%s: bare CR or LF" % fn)
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                errs.append("%s: line longer than 998 bytes" % fn)
                break
        msg = parser.parsebytes(raw)
        mid = str(msg["Message-ID"])
        if mid in mids:
            errs.append("%s: duplicate Message-ID with %s" % (fn, mids[mid]))
        mids[mid] = fn
        frm = msg["From"].addresses[0].domain
        if frm != DOM:
            errs.append("%s: not sent from %s" % (fn, DOM))
        ct = msg.get_content_type()
        tops[ct] = tops.get(ct, 0) + 1
        _, na = check_message(msg, fn, errs, stats)
        if na:
            with_att += 1
    # report
    print("mails: %d, labels: %s" % (len(rows), ", ".join("%s %d" % (k, counts.get(k, 0)) for k in EXPECT)))
    langs = {}
    for r in rows:
        langs.setdefault(r[2], {}).setdefault(r[1], 0)
        langs[r[2]][r[1]] += 1
    for lg in sorted(langs):
        print("  lang %-5s %3d  (%s)" % (lg, sum(langs[lg].values()),
                                          ", ".join("%s %d" % (k, langs[lg].get(k, 0)) for k in EXPECT)))
    print("top-level types: " + ", ".join("%s %d" % kv for kv in sorted(tops.items())))
    print("mails with attachments: %d" % with_att)
    print("charsets of text parts: " + ", ".join("%s %d" % kv for kv in sorted(stats.get("charsets", {}).items())))
    print("transfer encodings of text parts: " + ", ".join("%s %d" % kv for kv in sorted(stats.get("cte", {}).items())))
    print("attachments opened (incl. ZIP members): " + ", ".join(
        "%s %d" % (k, stats[k]) for k in ("pdf", "docx", "xlsx", "odt", "ods", "csv", "ics", "zip", "rfc822", "html", "txt") if k in stats))
    print("German IBANs checked (mod 97): %d, other IBANs: %d" % (stats.get("iban_de", 0), stats.get("iban_other", 0)))
    print("unique Message-IDs: %d" % len(mids))
    if errs:
        print("CHECK FAILED (%d problems):" % len(errs))
        for e in errs[:200]:
            print("  - " + e)
        return 1
    print("CHECK OK: byte-identical rebuild, CRLF only, lines <= 998, no MIME defects, "
          "dates in 2026, only .example domains, all text parts decode, all attachments open, "
          "all IBANs valid, label counts %d/%d/%d" % tuple(EXPECT.values()))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate instead of (only) building")
    a = ap.parse_args()
    if a.check:
        sys.exit(run_check())
    n = build_all(HERE)
    print("wrote %d mails to %s" % (n, os.path.join(HERE, "mails")))


if __name__ == "__main__":
    main()
