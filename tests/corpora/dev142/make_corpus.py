#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus d142 for Siegel (issue 14).

150 invented outgoing mails of the fictitious insurer "Weserland Versicherung"
(domain weserland-versicherung.example), each written by hand in its own
function below (section MAILS), labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL from SPEC.md section 1 and the vocabulary.

    python3 make_corpus.py           # writes mails/d142-0001.eml ... and labels.tsv
    python3 make_corpus.py --check   # rebuilds in a temp dir, compares bytes, validates
    python3 make_corpus.py --stats   # prints the distribution tables used in README.md

Python standard library only. Deterministic (seed 142): fixed dates,
Message-IDs, MIME boundaries, ZIP member times and document metadata.
"""

import argparse
import csv
import datetime
import hashlib
import html
import io
import os
import random
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from email import policy as email_policy
from email.generator import BytesGenerator
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 142
PREFIX = "d142-"
N_MAILS = 150
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
LANGS = {"de", "en", "mixed"}
DOMAIN = "weserland-versicherung.example"
POLICY = email_policy.SMTP  # CRLF line ends, 78-char header folding

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

CUR = {"n": 0, "k": 0}


def _rng(tag):
    return random.Random("%d/%d/%s" % (SEED, CUR["n"], tag))


def D(s):
    """'2026-03-04 09:12' -> RFC 5322 date in Europe/Berlin offset (DST 29 Mar - 25 Oct 2026)."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = datetime.datetime(2026, 3, 29, 2, 0) <= dt < datetime.datetime(2026, 10, 25, 3, 0)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return format_datetime(dt.replace(tzinfo=tz))


def mid(host=None, style="outlook"):
    """Deterministic Message-ID for the current mail (or a quoted/attached one)."""
    CUR["k"] += 1
    r = _rng("mid%d" % CUR["k"])
    host = host or DOMAIN
    if style == "outlook":
        tok = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(28))
        return "<%s@%s>" % (tok, host)
    if style == "tb":
        return "<%08x-%04x-%04x-%04x-%012x@%s>" % (r.getrandbits(32), r.getrandbits(16),
                                                  r.getrandbits(16), r.getrandbits(16),
                                                  r.getrandbits(48), host)
    return "<%d.%s@%s>" % (20260000000000 + r.getrandbits(30), "%x" % r.getrandbits(40), host)


def iban_de(blz, konto):
    """Build a checksum-valid German IBAN from an 8-digit bank code and a 10-digit account."""
    bban = "%08d%010d" % (int(blz), int(konto))
    check = 98 - int(bban + "131400") % 97
    return "DE%02d%s" % (check, bban)


def grp(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def mask(iban):
    return iban[:4] + " **** **** **** **" + iban[-2:]


def A(name, addr):
    # Python's header refolding would emit an unquoted period next to an
    # encoded word (an obsolete phrase), so non-ASCII names carry no period.
    assert name.isascii() or "." not in name, name
    return formataddr((name, addr))


# ---------------------------------------------------------------------------
# MIME building
# ---------------------------------------------------------------------------

def plain(text, cs="utf-8", cte="quoted-printable", flowed=False):
    m = EmailMessage(policy=POLICY)
    m.set_content(text, subtype="plain", charset=cs, cte=cte)
    if flowed:
        m.set_param("format", "flowed")
    return m


def htmlonly(markup, cs="utf-8", cte="quoted-printable"):
    m = EmailMessage(policy=POLICY)
    m.set_content(markup, subtype="html", charset=cs, cte=cte)
    return m


def alt(text, markup, cs="utf-8", cte="quoted-printable", hcs=None, hcte=None):
    m = EmailMessage(policy=POLICY)
    m.set_content(text, subtype="plain", charset=cs, cte=cte)
    m.add_alternative(markup, subtype="html", charset=hcs or cs, cte=hcte or cte)
    return m


class Att:
    """An attachment: bytes (binary) or str (text with charset) or EmailMessage (rfc822)."""

    def __init__(self, filename, ctype, data, cs="utf-8", cte=None, inline=False, params=None):
        self.filename, self.ctype, self.data = filename, ctype, data
        self.cs, self.cte, self.inline, self.params = cs, cte, inline, params or {}


def attach(body, *atts):
    for a in atts:
        maintype, subtype = a.ctype.split("/")
        disp = "inline" if a.inline else "attachment"
        if isinstance(a.data, EmailMessage):
            body.add_attachment(a.data, subtype=subtype, disposition=disp, filename=a.filename)
        elif isinstance(a.data, str):
            body.add_attachment(a.data, subtype=subtype, charset=a.cs, cte=a.cte or "quoted-printable",
                                disposition=disp, filename=a.filename)
        else:
            body.add_attachment(a.data, maintype=maintype, subtype=subtype, cte=a.cte or "base64",
                                disposition=disp, filename=a.filename)
        part = body.get_payload()[-1]
        for k, v in a.params.items():
            part.set_param(k, v)
    return body


def _fix_boundaries(msg):
    k = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            k += 1
            r = _rng("b%d" % k)
            part.set_boundary("----=_Part_%d_%d.%d" % (CUR["n"] * 7 + k, r.getrandbits(28), 1767225600 + CUR["n"] * 3607))


def build(frm, to, subject, date, body, cc=None, reply_to=None, irt=None, refs=None,
          headers=None, msgid=None, mailer="Microsoft Outlook 16.0", lang=None):
    """Put envelope headers in a natural order in front of the content headers."""
    content = [(k, v) for k, v in body.items()]
    for k in set(k for k, _ in content):
        del body[k]
    body["From"] = frm
    body["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        body["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        body["Reply-To"] = reply_to
    body["Subject"] = subject
    body["Date"] = D(date)
    body["Message-ID"] = msgid or mid()
    if irt:
        body["In-Reply-To"] = irt
        body["References"] = refs or irt
    elif refs:
        body["References"] = refs
    if mailer:
        if mailer.startswith("Mozilla"):
            body["User-Agent"] = mailer
        else:
            body["X-Mailer"] = mailer
    if lang:
        body["Content-Language"] = lang
    for k, v in (headers or []):
        body[k] = v
    if "MIME-Version" not in [k for k, _ in content]:
        body["MIME-Version"] = "1.0"
    for k, v in content:
        body[k] = v
    _fix_boundaries(body)
    _strip_part_mime_version(body)
    return body


def _strip_part_mime_version(msg):
    """The email package writes MIME-Version into every body part; mail clients do not."""
    keep = {id(msg)}
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            keep.update(id(sub) for sub in part.get_payload())
    for part in msg.walk():
        if id(part) not in keep and "MIME-Version" in part:
            del part["MIME-Version"]


def inner(frm, to, subject, date, body, host, cc=None, mailer=None, msgid=None):
    """A forwarded/attached message written outside (or inside) the insurer."""
    return build(frm, to, subject, date, body, cc=cc, msgid=msgid or mid(host, "tb"), mailer=mailer)


def render(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POLICY).flatten(msg)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# attachments written with the standard library
# ---------------------------------------------------------------------------

def _zinfo(name, when, compress=True):
    zi = zipfile.ZipInfo(name, date_time=when)
    zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    zi.create_system = 0
    zi.external_attr = 0
    return zi


def make_zip(members, when=(2026, 1, 1, 8, 0, 0)):
    """members: list of (name, bytes) or (name, bytes, stored)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for mem in members:
            name, data = mem[0], mem[1]
            stored = len(mem) > 2 and mem[2]
            z.writestr(_zinfo(name, when, not stored), data)
    return buf.getvalue()


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(pages, title="Dokument", author="Weserland Versicherung", date="20260101090000", compress=False):
    """Minimal valid PDF 1.4 with a real text layer (Helvetica, WinAnsiEncoding).

    pages: list of pages; a page is a list of lines. '# ' starts a bold heading,
    '' is an empty line."""
    if pages and isinstance(pages[0], str):
        pages = [pages]
    objs = []  # index i -> bytes of object i+1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        ops = [b"BT", b"/F1 10 Tf", b"14 TL", b"56 790 Td"]
        for ln in lines:
            if ln.startswith("# "):
                ops += [b"/F2 12 Tf", b"(" + _pdf_str(ln[2:]) + b") Tj T*", b"/F1 10 Tf"]
            else:
                ops.append(b"(" + _pdf_str(ln) + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, f1, f2, cid))
        kids.append(pid)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title (" + _pdf_str(title) + b") /Author (" + _pdf_str(author) +
               b") /Producer (Weserland DMS 7.2) /CreationDate (D:" + date.encode() + b"+01'00') >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, xref))
    return out.getvalue()


def _x(s):
    return html.escape(str(s), quote=True)


def _core_xml(title, author, when):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(title), _x(author), when, when))


def docx(blocks, title="Dokument", author="Weserland Versicherung", when="2026-01-01T09:00:00Z"):
    """blocks: str (paragraph), ('h', text) heading, ('b', text) bold, ('table', rows)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def run(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(t))

    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append("<w:p>%s</w:p>" % run(b))
        elif b[0] == "h":
            body.append('<w:p><w:pPr><w:spacing w:before="240"/></w:pPr>%s</w:p>' % run(b[1], True))
        elif b[0] == "b":
            body.append("<w:p>%s</w:p>" % run(b[1], True))
        elif b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr><w:p>%s</w:p></w:tc>" % run(c) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl>' % "".join(rows))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
                'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
                % (W, "".join(body)))
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
    stamp = tuple(int(x) for x in re.split(r"[-T:Z]", when)[:6])
    return make_zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                     ("word/document.xml", document.encode()),
                     ("docProps/core.xml", _core_xml(title, author, when).encode())], stamp)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="Tabelle", author="Weserland Versicherung", when="2026-01-01T09:00:00Z"):
    """sheets: list of (name, rows); cells are str, int, float or None."""
    sheet_xml = []
    for name, rows in sheets:
        out = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            out.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         '<sheetData>%s</sheetData></worksheet>' % "".join(out))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(n), i, i) for i, (n, _) in enumerate(sheets, 1)))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>' % ("".join(
                  '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>'
                  % (i, i) for i in range(1, len(sheets) + 1)), len(sheets) + 1))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
          % "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i
                    for i in range(1, len(sheets) + 1)))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    stamp = tuple(int(x) for x in re.split(r"[-T:Z]", when)[:6])
    members = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
               ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
               ("xl/styles.xml", styles.encode())]
    members += [("xl/worksheets/sheet%d.xml" % i, s.encode()) for i, s in enumerate(sheet_xml, 1)]
    members.append(("docProps/core.xml", _core_xml(title, author, when).encode()))
    return make_zip(members, stamp)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')


def _odf(mimetype, body_xml, title, author, when):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body_xml))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2"><office:meta>'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><meta:creation-date>%s</meta:creation-date>'
            '</office:meta></office:document-meta>' % (_ODF_NS, _x(title), _x(author), when.rstrip("Z")))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.2">'
              '<office:styles/></office:document-styles>' % _ODF_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest %s manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % (_ODF_NS, mimetype))
    stamp = tuple(int(x) for x in re.split(r"[-T:Z]", when)[:6])
    return make_zip([("mimetype", mimetype.encode(), True), ("META-INF/manifest.xml", manifest.encode()),
                     ("content.xml", content.encode()), ("styles.xml", styles.encode()),
                     ("meta.xml", meta.encode())], stamp)


def odt(blocks, title="Dokument", author="Weserland Versicherung", when="2026-01-01T09:00:00Z"):
    """blocks: str paragraph, ('h', text) heading, ('table', rows)."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<text:p>%s</text:p>" % _x(b))
        elif b[0] == "h":
            out.append('<text:h text:outline-level="2">%s</text:h>' % _x(b[1]))
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                "<table:table-cell office:value-type=\"string\"><text:p>%s</text:p></table:table-cell>" % _x(c) for c in r)
                for r in b[1])
            out.append('<table:table table:name="Tabelle%d"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                       % (len(out) + 1, ncol, rows))
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % "".join(out),
                title, author, when)


def ods(sheets, title="Tabelle", author="Weserland Versicherung", when="2026-01-01T09:00:00Z"):
    tables = []
    for name, rows in sheets:
        ncol = max(len(r) for r in rows)
        trs = []
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                 % (repr(v), _x(str(v).replace(".", ","))))
                elif v is None or v == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tables.append('<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                      % (_x(name), ncol, "".join(trs)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tables), title, author, when)


def ics(uid, summary, start, end, organizer, attendees, location="", description="", method="REQUEST",
        stamp="20260105T080000Z"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 74:
            return [line]
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 73:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return out

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Weserland Versicherung//Kalender 4.1//DE",
             "METHOD:%s" % method, "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
             "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
             "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%s" % stamp,
             "DTSTART;TZID=Europe/Berlin:%s" % start, "DTEND;TZID=Europe/Berlin:%s" % end,
             "SUMMARY:%s" % esc(summary)]
    if location:
        lines.append("LOCATION:%s" % esc(location))
    if description:
        lines.append("DESCRIPTION:%s" % esc(description))
    lines.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for cn, addr in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (cn, addr))
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        folded += fold(ln)
    return "\r\n".join(folded) + "\r\n"


def csv_text(rows, delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# the invented insurer: staff signatures and legal footer
# ---------------------------------------------------------------------------

FOOTER_DE = """--
Weserland Versicherung AG · Am Deichtor 12 · 28195 Bremen
Vorstand: Dr. Hinrich Oltmanns (Vors.), Meike Sandstede, Arne Wellbrock
Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Lübben
Sitz Bremen · Amtsgericht Bremen HRB 40312 · USt-IdNr. DE 811 402 557
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail."""

FOOTER_EN = """--
Weserland Versicherung AG · Am Deichtor 12 · 28195 Bremen · Germany
Board: Dr. Hinrich Oltmanns (CEO), Meike Sandstede, Arne Wellbrock
Registered office Bremen · Local court Bremen HRB 40312
This e-mail may contain confidential information. If you are not the
intended recipient, please notify the sender and delete this e-mail."""

FOOTER_ASCII = """--
Weserland Versicherung AG, Am Deichtor 12, 28195 Bremen, Germany
Registered office Bremen, Local court Bremen HRB 40312
This e-mail may contain confidential information. If you are not the
intended recipient, please notify the sender and delete this e-mail."""

STAFF = {
    # key: (display name, address, signature lines de, signature lines en)
    "oltmanns": ("Jannik Oltmanns", "jannik.oltmanns",
                 "Jannik Oltmanns\nLeistungsabteilung Krankenversicherung\nTel. 0421 5508-3317",
                 "Jannik Oltmanns\nHealth Claims\nPhone +49 421 5508-3317"),
    "broemmel": ("Anke Brömmel", "anke.broemmel",
                 "Dr. med. Anke Brömmel\nGesellschaftsärztin · Medizinischer Dienst\nTel. 0421 5508-3900",
                 "Dr Anke Brömmel MD\nChief Medical Officer's Office\nPhone +49 421 5508-3900"),
    "harms": ("Svenja Harms", "svenja.harms",
              "Svenja Harms\nLeistung Kranken / Zahn\nTel. 0421 5508-3321",
              "Svenja Harms\nHealth & Dental Claims\nPhone +49 421 5508-3321"),
    "wuebbena": ("Katrin Wübbena", "katrin.wuebbena",
                 "Katrin Wübbena\nLeistungsprüfung Berufsunfähigkeit\nTel. 0421 5508-4410",
                 "Katrin Wübbena\nDisability Claims\nPhone +49 421 5508-4410"),
    "meinders": ("Torsten Meinders", "torsten.meinders",
                 "Torsten Meinders\nLebensversicherung Bestand\nTel. 0421 5508-4102",
                 "Torsten Meinders\nLife Policy Services\nPhone +49 421 5508-4102"),
    "aydin": ("Mehmet Aydın", "mehmet.aydin",
              "Mehmet Aydın\nUnfall-Leistung\nTel. 0421 5508-4630",
              "Mehmet Aydın\nAccident Claims\nPhone +49 421 5508-4630"),
    "tietjen": ("Björn Tietjen", "bjoern.tietjen",
                "Björn Tietjen\nKfz-Schaden\nTel. 0421 5508-2211",
                "Bjoern Tietjen\nMotor Claims\nPhone +49 421 5508-2211"),
    "focke": ("Lena Focke", "lena.focke",
              "Lena Focke\nKfz-Vertrag\nTel. 0421 5508-2105",
              "Lena Focke\nMotor Policies\nPhone +49 421 5508-2105"),
    "stuehrenberg": ("Marco Stührenberg", "marco.stuehrenberg",
                     "Marco Stührenberg\nSachschaden Privatkunden\nTel. 0421 5508-2540",
                     "Marco Stuehrenberg\nProperty Claims\nPhone +49 421 5508-2540"),
    "janssen": ("Friederike Janssen", "friederike.janssen",
                "Ass. jur. Friederike Janssen\nHaftpflicht- und Rechtsschutzschaden\nTel. 0421 5508-2760",
                "Friederike Janssen (Ass. jur.)\nLiability & Legal Expenses Claims\nPhone +49 421 5508-2760"),
    "eilers": ("Claudia Eilers", "claudia.eilers",
               "Dr. Claudia Eilers\nSyndikusrechtsanwältin · Recht und Prozesse\nTel. 0421 5508-1190",
               "Dr Claudia Eilers\nIn-house Counsel, Legal Department\nPhone +49 421 5508-1190"),
    "kueck": ("Oliver Kück", "oliver.kueck",
              "Oliver Kück\nMaklerbetreuung Nord\nMobil 0171 5508 224",
              "Oliver Kück\nBroker Relations North\nMobile +49 171 5508 224"),
    "luedeking": ("Sabine Lüdeking", "sabine.luedeking",
                  "Sabine Lüdeking\nMaklerservice Innendienst\nTel. 0421 5508-1720",
                  "Sabine Lüdeking\nBroker Service Desk\nPhone +49 421 5508-1720"),
    "grotheer": ("Nadine Grotheer", "nadine.grotheer",
                 "Nadine Grotheer\nPersonal / HR Business Partner\nTel. 0421 5508-1350",
                 "Nadine Grotheer\nHR Business Partner\nPhone +49 421 5508-1350"),
    "wessels": ("Henrik Wessels", "henrik.wessels",
                "Henrik Wessels\nIT-Service · Arbeitsplatz & Kommunikation\nTel. 0421 5508-1888",
                "Henrik Wessels\nIT Service Desk\nPhone +49 421 5508-1888"),
    "albers": ("Petra Albers", "petra.albers",
               "Petra Albers\nEinkauf & Facility Management\nTel. 0421 5508-1240",
               "Petra Albers\nProcurement & Facilities\nPhone +49 421 5508-1240"),
    "rohlfs": ("Felix Rohlfs", "felix.rohlfs",
               "Dr. Felix Rohlfs\nFirmenkunden · Underwriting Sach/Technik\nTel. 0421 5508-5120",
               "Dr Felix Rohlfs\nCommercial Lines Underwriting\nPhone +49 421 5508-5120"),
    "siemers": ("Anja Siemers", "anja.siemers",
                "Anja Siemers\nFirmenkunden Kollektiv (bAV, bKV, Gruppenunfall)\nTel. 0421 5508-5230",
                "Anja Siemers\nGroup Benefits (pensions, group health, group accident)\nPhone +49 421 5508-5230"),
    "behrens": ("Julia Behrens", "julia.behrens",
                "Julia Behrens\nUnternehmenskommunikation\nTel. 0421 5508-1010",
                "Julia Behrens\nCorporate Communications\nPhone +49 421 5508-1010"),
    "mahnken": ("Gerrit Mahnken", "gerrit.mahnken",
                "Gerrit Mahnken\nDatenschutzbeauftragter\nTel. 0421 5508-1099",
                "Gerrit Mahnken\nData Protection Officer\nPhone +49 421 5508-1099"),
    "korkmaz": ("Ayşe Korkmaz", "ayse.korkmaz",
                "Ayşe Korkmaz\nKundenservice\nTel. 0421 5508-0",
                "Ayşe Korkmaz\nCustomer Service\nPhone +49 421 5508-0"),
    "bruns": ("Tim Bruns", "tim.bruns",
              "Tim Bruns\nKundenservice Sach/Kfz\nTel. 0421 5508-0",
              "Tim Bruns\nCustomer Service\nPhone +49 421 5508-0"),
    "carstens": ("Ines Carstens", "ines.carstens",
                 "Ines Carstens\nReiseversicherung · Assistance\nTel. 0421 5508-6600 (24 h)",
                 "Ines Carstens\nTravel Insurance & Assistance\n24h line +49 421 5508-6600"),
    "gerdes": ("Ralf Gerdes", "ralf.gerdes",
               "Ralf Gerdes\nTransport- und Warenversicherung\nTel. 0421 5508-5310",
               "Ralf Gerdes\nMarine Cargo\nPhone +49 421 5508-5310"),
    "hinrichs": ("Stefan Hinrichs", "stefan.hinrichs",
                 "Stefan Hinrichs\nVertriebssteuerung\nTel. 0421 5508-1600",
                 "Stefan Hinrichs\nSales Management\nPhone +49 421 5508-1600"),
    "poppe": ("Maren Poppe", "maren.poppe",
              "Maren Poppe\nPflegeversicherung Leistung\nTel. 0421 5508-3560",
              "Maren Poppe\nLong-term Care Claims\nPhone +49 421 5508-3560"),
    "deters": ("Uwe Deters", "uwe.deters",
               "Uwe Deters\nRückversicherung & Aktuariat\nTel. 0421 5508-7020",
               "Uwe Deters\nReinsurance & Actuarial\nPhone +49 421 5508-7020"),
    "schnakenberg": ("Kerstin Schnakenberg", "kerstin.schnakenberg",
                     "Kerstin Schnakenberg\nAntragsprüfung Leben/BU\nTel. 0421 5508-4220",
                     "Kerstin Schnakenberg\nLife & Disability Underwriting\nPhone +49 421 5508-4220"),
    "ahlers": ("Lotte Ahlers", "lotte.ahlers",
               "Lotte Ahlers\nProjektbüro Leistungsprozesse\nTel. 0421 5508-1470",
               "Lotte Ahlers\nProject Office Claims Processes\nPhone +49 421 5508-1470"),
    "wendt": ("Pascal Wendt", "pascal.wendt",
              "Pascal Wendt\nSpezialschaden / Betrugsabwehr\nTel. 0421 5508-2990",
              "Pascal Wendt\nSpecial Investigations Unit\nPhone +49 421 5508-2990"),
}


def who(key, mailbox=None):
    name, local, _, _ = STAFF[key]
    return A(name, "%s@%s" % (mailbox or local, DOMAIN))


def addr(key):
    return "%s@%s" % (STAFF[key][1], DOMAIN)


def sig(key, lang="de", footer=True):
    _, _, de, en = STAFF[key]
    s = de if lang == "de" else en
    if footer:
        s += "\n\n" + (FOOTER_DE if lang == "de" else FOOTER_EN)
    return s


_ASCII = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ı": "i",
          "ş": "s", "·": ",", "–": "-", "é": "e"}


def asciify(s):
    return "".join(_ASCII.get(c, c) for c in s)


def sig_ascii(key):
    return asciify(STAFF[key][3]) + "\n\n" + FOOTER_ASCII


MAILS = []


def mail(label, lang, kind, reason):
    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


# ===========================================================================
# MAILS — every mail is written by hand in its own function
# ===========================================================================

# ---------------------------------------------------------------- 0001-0015

@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "PKV inpatient: reply about a hospital invoice for a knee replacement; diagnosis (Gonarthrose) in the quoted customer mail")
def m001():
    cust = A("Gesa Rademacher", "gesa.rademacher@netzpost.example")
    orig = mid("netzpost.example", "tb")
    text = f"""Sehr geehrte Frau Rademacher,

vielen Dank für Ihre Nachricht. Die Rechnung des Klinikums Am Wall über
11.842,17 EUR (allgemeine Krankenhausleistungen und Wahlleistung Chefarzt)
liegt uns vor. Nach Ihrem Tarif KompaktPlus 2 sind die Chefarztbehandlung
und das Zweibettzimmer mitversichert, die Erstattung erfolgt also in voller
Höhe, abzüglich der vereinbarten Selbstbeteiligung von 300 EUR.

Die Zahlung geht in den nächsten Tagen auf das bei uns hinterlegte Konto.
Die Rechnung für die Anschlussreha brauchen wir dann separat, sobald Sie
sie haben – gern über unsere App oder einfach als Antwort auf diese Mail.

Gute Besserung und viele Grüße

{sig("oltmanns")}

> Am 12.01.2026 um 18:44 schrieb Gesa Rademacher <gesa.rademacher@netzpost.example>:
>
> Hallo Herr Oltmanns,
>
> ich hatte am 17.12. meine Knie-TEP links (wegen der Gonarthrose, die ja
> bei Ihnen bekannt ist), jetzt kam die Rechnung vom Klinikum Am Wall.
> Zahlen Sie das komplett oder muss ich was dazu legen? Der Chefarzt hat
> noch mal extra abgerechnet. Versicherungsnummer KV-4471029-3.
>
> Danke und Grüße
> Gesa Rademacher
"""
    return build(who("oltmanns"), cust, "AW: Rechnung Klinikum / Knie-OP", "2026-01-13 10:21",
                 plain(text), irt=orig)


@mail("NORMAL", "de", "newsletter",
      "trap: broker newsletter for a new dental tariff (implants, periodontitis, premiums, model customer aged 40), no real person")
def m002():
    text = """Weserland Makler-Info 02/2026
==============================

Neu ab 1. Februar: ZahnPlus 90

Liebe Maklerinnen und Makler,

mit ZahnPlus 90 bringen wir einen Zahnzusatztarif, der auch die großen
Brocken abdeckt:

* 90 % für Zahnersatz inkl. Implantate, Kronen und Brücken
* 100 % für Parodontitis-Behandlung und professionelle Zahnreinigung
  (bis 200 EUR im Jahr)
* Kieferorthopädie für Kinder bis 18 bei KIG 3–5
* keine Wartezeit bei Unfall

Beispielbeitrag: Modellkunde 40 Jahre, 24,90 EUR im Monat.
Nur zwei Gesundheitsfragen im Antrag (fehlende Zähne, laufende Behandlung).

Webinar am 19.02.2026, 10:00 Uhr – Anmeldung:
https://makler.weserland-versicherung.example/webinare

Produktunterlagen und Rechner finden Sie im Maklerportal.

Ihr Team Maklervertrieb

Abmelden: https://makler.weserland-versicherung.example/newsletter/abmelden
Weserland Versicherung AG · Am Deichtor 12 · 28195 Bremen · HRB 40312
"""
    markup = """<html><head><meta charset="utf-8"><title>Makler-Info 02/2026</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b36">
<table width="640" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#0b4f6c;color:#fff;padding:18px"><b>Weserland Makler-Info 02/2026</b></td></tr>
<tr><td style="padding:18px">
<h2 style="color:#0b4f6c">Neu ab 1. Februar: ZahnPlus&nbsp;90</h2>
<p>Liebe Maklerinnen und Makler,</p>
<p>mit ZahnPlus&nbsp;90 bringen wir einen Zahnzusatztarif, der auch die gro&szlig;en Brocken abdeckt:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Leistung</th><th align="left">Erstattung</th></tr>
<tr><td>Zahnersatz inkl. Implantate, Kronen, Br&uuml;cken</td><td>90&nbsp;%</td></tr>
<tr><td>Parodontitis-Behandlung, professionelle Zahnreinigung</td><td>100&nbsp;% (PZR bis 200&nbsp;EUR/Jahr)</td></tr>
<tr><td>Kieferorthop&auml;die Kinder bis 18 (KIG 3&ndash;5)</td><td>80&nbsp;%</td></tr>
<tr><td>Wartezeit bei Unfall</td><td>keine</td></tr>
</table>
<p>Beispielbeitrag: Modellkunde 40&nbsp;Jahre, <b>24,90&nbsp;EUR</b> im Monat.<br>
Nur zwei Gesundheitsfragen im Antrag (fehlende Z&auml;hne, laufende Behandlung).</p>
<p><a href="https://makler.weserland-versicherung.example/webinare">Webinar am 19.02.2026, 10:00 Uhr &ndash; jetzt anmelden</a></p>
<p>Ihr Team Maklervertrieb</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:18px">
<a href="https://makler.weserland-versicherung.example/newsletter/abmelden">Abmelden</a> &middot;
Weserland Versicherung AG &middot; Am Deichtor 12 &middot; 28195 Bremen &middot; HRB 40312</td></tr>
</table></body></html>
"""
    return build(A("Weserland Maklervertrieb", "makler-info@" + DOMAIN),
                 "undisclosed-recipients:;", "Makler-Info 02/2026: ZahnPlus 90 – Zahnersatz und PZR stark abgesichert",
                 "2026-01-27 07:30", alt(text, markup), mailer="Weserland Mailing 3.4",
                 headers=[("List-Unsubscribe", "<https://makler.weserland-versicherung.example/newsletter/abmelden>"),
                          ("Precedence", "bulk")])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor own-damage/liability claim acknowledgement: named customer, claim number, plate, nobody hurt")
def m003():
    text = """Dear Mr Okafor,

thank you for reporting the incident of 9 January 2026 in the car park of
the supermarket in Hamburg-Eimsbuettel. We have opened the claim under the
following reference:

  Claim number:   KS-2026-018834
  Policy:         KFZ-7730912 (comprehensive, excess EUR 300)
  Your vehicle:   HH-DO 4172, Skoda Octavia Combi
  Other vehicle:  HH-LK 2290 (parked, owner known)

As you confirmed that nobody was hurt, we will handle this as damage to
property only. The owner of the other vehicle will contact us directly; you
do not need to do anything further. Please do not pay the other party
yourself, as this could affect your no-claims class.

For the scratch on your own car, please send us two photos and the repair
estimate of a garage of your choice.

Kind regards

Bjoern Tietjen
Motor Claims
Phone +49 421 5508-2211

""" + FOOTER_ASCII + "\n"
    return build(A("Bjoern Tietjen", "bjoern.tietjen@" + DOMAIN), A("Daniel Okafor", "d.okafor@inbox.example"),
                 "Your claim KS-2026-018834 - car park incident 9 January", "2026-01-12 14:05",
                 plain(text, cs="us-ascii", cte="7bit"))


@mail("NORMAL", "de", "internal",
      "trap: IT ticket about OCR misrouting of doctors' invoices and treatment plans (document types only, no person)")
def m004():
    text = f"""Hallo zusammen,

kurzer Stand zu INC0048812 ("Scanstraße 2 erkennt Arztrechnungen nicht"):

Seit dem Update der Klassifikationsregeln am Montag landen Arztrechnungen
und Heil- und Kostenpläne aus der Scanstraße 2 teilweise in der Belegart
"Sonstiges" statt "Arztrechnung" bzw. "HKP". Ursache ist ein geändertes
Layout-Profil für zweiseitige Belege; einseitige Belege sind nicht
betroffen. Zahnarztrechnungen (GOZ) laufen normal.

Was wir tun:
- Profil ist zurückgesetzt (Di 16:30), neue Belege werden wieder richtig
  zugeordnet.
- Die ca. 1.900 falsch zugeordneten Belege von Mo/Di klassifizieren wir
  heute Nacht automatisch neu, ihr müsst nichts manuell umhängen.
- Falls ihr morgen trotzdem noch Belege in "Sonstiges" findet, bitte kurz
  ins Ticket schreiben (Anzahl reicht, keine Namen/Belegnummern in den
  Ticketkommentar!).

Danke für eure Geduld
Henrik

--
{STAFF["wessels"][2]}
"""
    return build(who("wessels"), A("Teamleitungen Leistung KV", "tl-leistung-kv@" + DOMAIN),
                 "INC0048812 Scanstraße 2 – Arztrechnungen landen in \"Sonstiges\"", "2026-01-14 08:12",
                 plain(text, cte="8bit"), mailer="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "BU claim: request for a medical report from an orthopaedist about a named patient with birth date; consent form as PDF")
def m005():
    text = f"""Sehr geehrte Frau Dr. Reemts,

Herr Volker Brüning, geb. 14.02.1971, wohnhaft Lindenweg 7, 26123 Oldenburg,
hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung
(BU-3318804) beantragt. Er gibt an, seit Frühjahr 2025 bei Ihnen wegen
Rückenbeschwerden in Behandlung zu sein.

Wir bitten Sie um einen kurzen Befundbericht zu folgenden Fragen:

1. Welche Diagnosen haben Sie gestellt (bitte mit ICD-10-Code)?
2. Seit wann behandeln Sie Herrn Brüning, welche Therapien erfolgten?
3. Welche Arbeitsunfähigkeitszeiten haben Sie bescheinigt?
4. Welche Tätigkeiten (Heben, Zwangshaltungen, Überkopfarbeit) sind aus
   Ihrer Sicht derzeit nicht mehr möglich?

Die von Herrn Brüning unterschriebene Schweigepflichtentbindung liegt als
PDF bei. Ihr Honorar erstatten wir nach GOÄ Nr. 75 zzgl. Auslagen; bitte
geben Sie auf der Rechnung unser Zeichen an.

Ihren Bericht können Sie uns sicher über unser Portal senden:
https://securemail.weserland-versicherung.example/ – oder per Fax an
0421 5508-4499.

Mit freundlichen Grüßen

{sig("wuebbena")}
"""
    consent = pdf([
        "# Erklärung zur Schweigepflichtentbindung (§ 213 VVG)",
        "",
        "Versicherte Person: Volker Brüning, geb. 14.02.1971",
        "Anschrift: Lindenweg 7, 26123 Oldenburg",
        "Vertrag: Berufsunfähigkeitsversicherung BU-3318804",
        "",
        "Ich entbinde die nachstehend genannten Ärztinnen und Ärzte von ihrer",
        "Schweigepflicht, soweit die Weserland Lebensversicherung AG zur Prüfung",
        "meines Leistungsantrags Auskünfte über Untersuchungen, Behandlungen,",
        "Diagnosen und Arbeitsunfähigkeitszeiten benötigt:",
        "",
        "- Dr. med. Sonja Reemts, Fachärztin für Orthopädie, Oldenburg",
        "- Dr. med. Tobias Wrede, Allgemeinmedizin, Oldenburg",
        "- Rehazentrum Dünenblick, Norddeich",
        "",
        "Oldenburg, 05.01.2026          gez. Volker Brüning",
    ], title="Schweigepflichtentbindung Brüning", date="20260106101500")
    body = attach(plain(text), Att("Schweigepflichtentbindung_BU-3318804.pdf", "application/pdf", consent))
    return build(who("wuebbena"), A("Praxis Dr. med. Sonja Reemts", "praxis@praxis-reemts.example"),
                 "Anforderung Befundbericht – unser Zeichen BU-3318804/KW", "2026-01-15 09:48", body)


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "household portfolio transfer: body harmless, XLSX lists named customers with birth dates, addresses and policy numbers")
def m006():
    text = f"""Hallo Herr Dreyer,

anbei wie besprochen die Bestandsliste für die Übertragung zum 01.02.
Bitte kurz prüfen, ob alle acht Verträge passen – dann stelle ich die
Courtagezusage um.

Viele Grüße
Sabine Lüdeking

{sig("luedeking")}
"""
    rows = [["VS-Nr.", "Sparte", "Name", "Vorname", "Geb.-Datum", "Straße", "PLZ", "Ort", "Jahresbeitrag EUR", "Zahlweise"],
            ["HR-2201734", "Hausrat", "Pundt", "Wiebke", "03.07.1985", "Am Kanal 4", "26789", "Leer", 118.40, "jährlich"],
            ["HR-2204190", "Hausrat", "Bakker", "Jelle", "21.11.1979", "Hafenstraße 19", "26789", "Leer", 96.00, "jährlich"],
            ["HR-2205512", "Hausrat", "Saathoff", "Reinhard", "09.02.1958", "Blinke 112", "26789", "Leer", 142.75, "halbjährlich"],
            ["HR-2209988", "Hausrat", "Kramer", "Ilka", "30.04.1991", "Mühlenstraße 2a", "26802", "Moormerland", 84.20, "monatlich"],
            ["HR-2211003", "Hausrat", "Ostendorp", "Hauke", "17.08.1966", "Deichweg 31", "26810", "Westoverledingen", 131.10, "jährlich"],
            ["HR-2212470", "Hausrat", "Weerts", "Antje", "12.12.1972", "Kirchring 8", "26831", "Bunde", 109.00, "jährlich"],
            ["HR-2213301", "Hausrat + Glas", "Ubben", "Frerk", "25.06.1988", "Ledastraße 44", "26789", "Leer", 156.60, "vierteljährlich"],
            ["HR-2216659", "Hausrat", "de Vries", "Marlene", "01.03.1949", "Wilhelminengang 3", "26789", "Leer", 77.90, "jährlich"]]
    x = xlsx([("Bestand", rows)], title="Bestandsliste Hausrat Dreyer", author="Sabine Lüdeking", when="2026-01-16T11:02:00Z")
    body = attach(plain(text), Att("Bestandsliste_Hausrat_Dreyer_2026-01.xlsx",
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
    return build(who("luedeking"), A("Jan-Hendrik Dreyer", "j.dreyer@dreyer-partner.example"),
                 "Bestandsübertragung Hausrat zum 01.02.2026", "2026-01-16 11:07", body)


@mail("NORMAL", "en", "insurer-to-partner",
      "reinsurance treaty renewal workshop invitation with ICS; figures are portfolio-level only")
def m007():
    text = f"""Dear Malin, dear Tobias,

as agreed on the phone, here is the invitation for our renewal workshop for
the 1 July 2026 treaties (property cat XL and the motor liability XL).

Proposed agenda:
 1. Portfolio development 2025 (exposure by CRESTA zone, motor fleet growth)
 2. Storm "Jolanda" (Nov 2025): event loss to date EUR 14.2m gross
 3. Retention and layer structure options for 2026/27
 4. Cyber accumulation - first view on a possible stand-alone treaty
 5. Timeline and data deliveries (submission by 15 April)

We will send the submission pack by 6 March. Lunch will be served.

Best regards
Uwe

{sig("deters", "en")}
"""
    cal = ics("renewal2026-0301@" + DOMAIN, "Weserland / Baltic Re - Renewal Workshop 1.7.2026",
              "20260305T100000", "20260305T153000", ("Uwe Deters", addr("deters")),
              [("Malin Sjöberg", "malin.sjoberg@baltic-re.example"), ("Tobias Krüger", "tobias.krueger@baltic-re.example"),
               ("Arne Wellbrock", "arne.wellbrock@" + DOMAIN)],
              location="Weserland Versicherung, Am Deichtor 12, Bremen, Raum Weser 3",
              description="Renewal workshop property cat XL / motor XL. Agenda in the mail.", stamp="20260119T090000Z")
    body = attach(plain(text), Att("invite.ics", "text/calendar", cal, params={"method": "REQUEST"}))
    return build(who("deters"), [A("Malin Sjöberg", "malin.sjoberg@baltic-re.example"),
                                 A("Tobias Krüger", "tobias.krueger@baltic-re.example")],
                 "Invitation: renewal workshop 5 March 2026, Bremen", "2026-01-19 09:02", body,
                 cc=A("Arne Wellbrock", "arne.wellbrock@" + DOMAIN))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "travel health: guarantee of payment to a Spanish clinic for a named patient with DOB, appendicitis and surgery")
def m008():
    text = f"""Dear Admissions Team,

we confirm cover for the following patient under a travel health policy
issued by Weserland Krankenversicherung a.G.:

  Patient:      Mr Jonas Feldkamp, date of birth 03/09/1994
  Policy:       RK-88120455 (annual travel health, worldwide excl. USA)
  Admitted:     2 February 2026, emergency department
  Diagnosis:    acute appendicitis (K35.8), laparoscopic appendectomy

Guarantee of payment: up to EUR 12,000.00 for medically necessary inpatient
treatment in a standard room, including surgery, anaesthesia and
medication. Please do not charge the patient directly.

We kindly ask you to send us
  - the discharge report (informe de alta), and
  - the itemised invoice
once Mr Feldkamp is discharged. If the stay is expected to exceed five
days, please inform our assistance desk beforehand.

Thank you for taking care of our insured person.

Kind regards

{sig("carstens", "en")}
"""
    return build(who("carstens", "assistance"), A("Clínica Mar Azul – Admisiones", "admisiones@clinica-marazul.example"),
                 "Guarantee of payment – FELDKAMP Jonas – our ref. RK-88120455", "2026-02-02 16:41",
                 plain(text), cc=addr("carstens"))


@mail("NORMAL", "de", "insurer-to-prospect",
      "trap: generic product information on supplementary long-term care (care grades, dementia) for a prospect; no contract, no health data")
def m009():
    text = f"""Sehr geehrter Herr Menkens,

vielen Dank für Ihr Interesse an unserer Pflegezusatzversicherung. Gern
fasse ich Ihnen die wichtigsten Punkte zusammen.

PflegeTagegeld Komfort zahlt ein vereinbartes Tagegeld, sobald die
gesetzliche Pflegeversicherung einen Pflegegrad feststellt – egal ob die
Pflege zu Hause durch Angehörige, durch einen Pflegedienst oder im Heim
stattfindet:

  Pflegegrad 1   10 %
  Pflegegrad 2   30 %
  Pflegegrad 3   50 %
  Pflegegrad 4   80 %
  Pflegegrad 5  100 % des vereinbarten Tagegeldes

Auch Demenzerkrankungen sind versichert – entscheidend ist allein der
festgestellte Pflegegrad. Im Antrag stellen wir einige Gesundheitsfragen;
wer bereits pflegebedürftig ist, kann den Tarif leider nicht mehr
abschließen.

Einen unverbindlichen Beitrag können Sie online berechnen:
https://www.weserland-versicherung.example/pflege/rechner

Oder Sie rufen mich an, dann gehen wir das gemeinsam durch.

Freundliche Grüße

{sig("korkmaz")}
"""
    return build(who("korkmaz", "service"), A("Gerd Menkens", "gerd.menkens@posteingang.example"),
                 "Ihre Anfrage zur Pflegezusatzversicherung", "2026-01-20 11:36", plain(text),
                 irt=mid("posteingang.example", "tb"))


@mail("CONFIDENTIAL", "de", "insurer-to-authority",
      "motor: notice to the vehicle registration office that cover ended (§ 25 FZV): holder, address, plate, VIN")
def m010():
    text = f"""Landkreis Cuxhaven
Straßenverkehrsamt - Zulassungsstelle

Anzeige nach § 25 Abs. 1 FZV - Beendigung des Versicherungsverhältnisses

Sehr geehrte Damen und Herren,

für das nachstehende Fahrzeug besteht ab dem genannten Zeitpunkt kein
Versicherungsschutz mehr:

Halter:            Ole Tiedemann
Anschrift:         Süderstraße 28, 27472 Cuxhaven
Amtl. Kennzeichen: CUX-OT 318
FIN:               WVWZZZAUZGW412983
Versicherer-Nr.:   5512
VS-Nr.:            KFZ-6620145
Ende des Vertrags: 28.02.2026, 24:00 Uhr
Grund:             Kündigung durch den Versicherer wegen Zahlungsverzug

Die Anzeige wurde parallel elektronisch über das GDV-Verfahren übermittelt;
diese E-Mail dient nur der Information, da die elektronische Meldung vom
03.03. mit Fehlercode abgewiesen wurde.

Mit freundlichen Grüßen
Im Auftrag

{sig("focke")}
"""
    return build(who("focke", "kfz-vertrag"), A("Zulassungsstelle Landkreis Cuxhaven", "zulassung@lk-cuxhaven.example"),
                 "Anzeige § 25 FZV – CUX-OT 318 – Versicherungsende 28.02.2026", "2026-03-04 13:27",
                 plain(text, cs="iso-8859-1", cte="quoted-printable"))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HR: reintegration (BEM) of a named employee, incapacity > 6 weeks, slipped disc, physiotherapy, graded return")
def m011():
    text = f"""Hallo Holger,

Frau Schwettmann hat dem BEM-Verfahren zugestimmt, das Erstgespräch war
gestern. Damit du die nächsten Wochen planen kannst, hier das, was sie
ausdrücklich zur Weitergabe an dich freigegeben hat:

- Sie war seit Mitte November wegen eines Bandscheibenvorfalls (LWS)
  arbeitsunfähig und macht derzeit noch zweimal pro Woche Physiotherapie.
- Ab 02.03. ist eine stufenweise Wiedereingliederung geplant
  (Hamburger Modell): 2 Wochen 4 Std./Tag, dann 2 Wochen 6 Std./Tag.
- Ihr Hausarzt empfiehlt einen Steh-Sitz-Tisch und keine längeren
  Außentermine (Schadenbesichtigungen) bis Ende April.

Den Tisch bestelle ich über Facility. Bitte gib ihr in der Zeit keine
Außendienst-Schäden, und sprich das Thema im Team bitte nicht an – sie
möchte selbst entscheiden, was sie erzählt.

Nächster BEM-Termin: 16.03., 14 Uhr, bei mir.

Viele Grüße
Nadine

--
{STAFF["grotheer"][2]}
"""
    return build(who("grotheer"), A("Holger Mammen", "holger.mammen@" + DOMAIN),
                 "BEM Frau Schwettmann – Absprachen Wiedereingliederung", "2026-02-18 15:52", plain(text))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, AED electrodes and resuscitation masks for the offices")
def m012():
    text = f"""Sehr geehrte Damen und Herren,

hiermit bestellen wir zu Ihrem Angebot Nr. A-26-0113 vom 21.01.2026:

Pos. Menge  Artikel
1    24     Betriebsverbandkasten DIN 13157, Wandhalterung
2     6     AED-Elektrodensatz Erwachsene, passend für unsere Geräte
3     2     AED-Elektrodensatz Kinder
4    10     Beatmungsmaske mit Einwegventil
5     4     Nachfüllset Pflaster/Kompressen DIN 13157

Gesamt netto laut Angebot: 1.386,40 €, zzgl. MwSt.

Lieferung bitte an:
Weserland Versicherung AG, Poststelle, Am Deichtor 12, 28195 Bremen
Anlieferung Mo–Fr 7:30–15:00 Uhr, Rampe Rückseite.

Bitte die Rechnung mit unserer Bestellnummer BE-2026-0341 an
rechnungseingang@weserland-versicherung.example senden.

Die Ersthelfer-Schulung (Auffrischung) für 18 Kolleginnen und Kollegen
stimmen wir separat ab.

Mit freundlichen Grüßen

{sig("albers")}
"""
    return build(who("albers", "einkauf"), A("Erste Hilfe Nord GmbH", "bestellung@erstehilfe-nord.example"),
                 "Bestellung BE-2026-0341 – Verbandkästen / AED-Elektroden", "2026-01-22 10:03",
                 plain(text, cs="windows-1252", cte="8bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only: confirmation of a new SEPA mandate for household insurance with the customer's full IBAN")
def m013():
    ib = iban_de("29050101", "0081457736")
    markup = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Addicks,</p>
<p>wir haben Ihre neue Bankverbindung f&uuml;r Ihre Hausratversicherung erfasst.
Ab dem n&auml;chsten F&auml;lligkeitstermin (01.03.2026) buchen wir den Beitrag von diesem Konto ab:</p>
<table cellpadding="4" style="border:1px solid #bbb;border-collapse:collapse">
<tr><td>Vertrag</td><td><b>HR-2290413</b> (Hausrat Komfort)</td></tr>
<tr><td>Kontoinhaberin</td><td>Merle Addicks</td></tr>
<tr><td>IBAN</td><td>{grp(ib)}</td></tr>
<tr><td>BIC</td><td>SBREDE22XXX</td></tr>
<tr><td>Mandatsreferenz</td><td>WLV-HR2290413-02</td></tr>
<tr><td>Gl&auml;ubiger-ID</td><td>DE77ZZZ00000412345</td></tr>
</table>
<p>Das alte Mandat f&uuml;r das Konto bei der Volksbank haben wir gel&ouml;scht.
Wenn etwas nicht stimmt, antworten Sie einfach auf diese E-Mail.</p>
<p>Freundliche Gr&uuml;&szlig;e<br>Tim Bruns<br>Kundenservice Sach/Kfz<br>Tel. 0421 5508-0</p>
<p style="font-size:8pt;color:#666">Weserland Versicherung AG &middot; Am Deichtor 12 &middot; 28195 Bremen &middot;
Amtsgericht Bremen HRB 40312 &middot; Diese E-Mail kann vertrauliche Informationen enthalten.</p>
</body></html>
"""
    return build(who("bruns", "service"), A("Merle Addicks", "merle.addicks@kabelmail.example"),
                 "Ihre neue Bankverbindung – Hausrat HR-2290413", "2026-02-09 08:44",
                 htmlonly(markup, cs="windows-1252", cte="quoted-printable"))


@mail("STRICTLY_CONFIDENTIAL", "mixed", "customer",
      "service forwards an English customer mail to dental claims: crown on tooth 36 after root canal, dentist invoice")
def m014():
    text = f"""Hallo Svenja,

kannst du das bitte übernehmen? Kundin schreibt auf Englisch, Rechnung ist
im Portal hochgeladen. Sie hätte gern eine Antwort auf Englisch.

Danke!
Ayşe

-----Ursprüngliche Nachricht-----
Von: Emily Hartmann <emily.hartmann@webpost.example>
Gesendet: Montag, 26. Januar 2026 21:17
An: service@weserland-versicherung.example
Betreff: Claim for my dental crown - policy ZP-5530871

Hello,

I'm insured with you for dental (ZahnPlus 70, policy ZP-5530871). In
December I had a root canal treatment on tooth 36 and now a ceramic crown
at Dr. Haase in Bremen-Schwachhausen. The invoice is EUR 1,284.60 (GOZ
2200 crown, 2197, plus the lab bill).

My question: will you pay 70% of the whole amount including the lab? And
the root canal part was already paid by my public health insurer (TK), do
you need that letter as well?

I uploaded the invoice in the app yesterday.

Thanks a lot,
Emily Hartmann
"""
    return build(who("korkmaz", "service"), who("harms"), "WG: Claim for my dental crown - policy ZP-5530871",
                 "2026-01-27 08:31", plain(text))


@mail("NORMAL", "en", "internal",
      "trap: workshop minutes on the target process for health-claims triage (psychotherapy routing, auto-approval thresholds), no persons")
def m015():
    text = f"""Hi all,

attached are the minutes of Tuesday's workshop on the target triage
process for health claims. Please send corrections by Friday; after that
the document goes to the steering committee.

Main decisions in short:
- auto-approval threshold stays at EUR 250 per document
- psychotherapy and hospital documents always go to a specialist queue
- we will pilot e-invoices from two hospitals in Q2

Cheers
Lotte

--
{STAFF["ahlers"][3]}
"""
    doc = docx([
        ("h", "Workshop minutes - Health claims triage, target process 2026"),
        "Date: 3 February 2026, 09:30-13:00, room Weser 2",
        "Participants: J. Oltmanns, S. Harms, Dr A. Brömmel, H. Wessels, L. Ahlers (minutes)",
        ("h", "1. Current situation"),
        "About 41,000 health claim documents per month; 63 % are processed automatically. "
        "Main manual drivers: hospital invoices, psychotherapy, dental treatment plans above EUR 2,000.",
        ("h", "2. Decisions"),
        ("table", [["No.", "Decision", "Owner", "Due"],
                   ["D1", "Auto-approval threshold remains EUR 250 per document", "J. Oltmanns", "-"],
                   ["D2", "Psychotherapy and hospital documents are always routed to the specialist queue", "S. Harms", "01.04.2026"],
                   ["D3", "Pilot for structured e-invoices with two hospitals", "H. Wessels", "Q2 2026"],
                   ["D4", "Medical review only for cases flagged by rule set M (no random sample)", "Dr A. Brömmel", "01.05.2026"]]),
        ("h", "3. Open points"),
        "Retention periods for scanned originals to be confirmed with the data protection officer. "
        "No case examples with real customer data are to be used in training material.",
    ], title="Minutes triage workshop", author="Lotte Ahlers", when="2026-02-04T16:20:00Z")
    body = attach(plain(text), Att("Minutes_Triage_Workshop_2026-02-03.docx",
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc))
    return build(who("ahlers"), [who("oltmanns"), who("harms"), who("broemmel"), who("wessels")],
                 "Minutes: health claims triage workshop (3 Feb)", "2026-02-04 16:31", body)

# ---------------------------------------------------------------- 0016-0030

@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "tenant liability (water escape): to the landlord's solicitors, named insured tenant, policy and claim number, property damage only")
def m016():
    text = """Dear Ms Avery,

Your client: Mr Graham Pellew
Our insured: Ms Thea Gronewold, Kornstrasse 211, 28201 Bremen
Private liability policy PH-1184402, claim PH-S-2026-00471

Thank you for your letter of 20 January. We act as liability insurers of
Ms Gronewold, who rents the second-floor flat in your client's building.

We accept that the water damage to the ground-floor flat on 28 December
2025 was caused by the detached inlet hose of our insured's washing
machine. We do not yet accept the amount claimed (EUR 8,412.00). Our
loss adjuster, Mr Lammers, will inspect the parquet flooring on
12 February at 10:00; please let us know whether your client or the
tenant of the ground floor can grant access.

The invoice of the drying company (EUR 1,130.50) will be settled directly.
Please send us your client's bank details on your firm's letterhead
so that we can pay this part.

No personal injury has been reported and none is claimed.

Yours sincerely

Friederike Janssen (Ass. jur.)
Liability & Legal Expenses Claims
Phone +49 421 5508-2760

""" + FOOTER_ASCII + "\n"
    return build(A("Friederike Janssen", "friederike.janssen@" + DOMAIN),
                 A("Rebecca Avery", "r.avery@whitlock-avery.example"),
                 "Your ref RA/PEL/0091 - water damage Kornstrasse 211 - our claim PH-S-2026-00471",
                 "2026-02-03 11:12", plain(text, cs="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-court",
      "PKV lawsuit about refused LASIK reimbursement: statement of defence to the local court, plaintiff's refraction and diagnosis in the PDF")
def m017():
    text = f"""Amtsgericht Bremen
Abteilung 9 – Geschäftsstelle

Az. 9 C 412/25 – Hollander ./. Weserland Krankenversicherung a.G.

Sehr geehrte Damen und Herren,

vorab per E-Mail übersende ich die Klageerwiderung vom heutigen Tag; das
Original geht über das beA an das Gericht. Eine Abschrift für den
Klägervertreter ist beigefügt.

Mit freundlichen Grüßen

{sig("eilers")}
"""
    d = pdf([[
        "# Klageerwiderung",
        "",
        "In dem Rechtsstreit",
        "Jens Hollander, Parkallee 61, 28209 Bremen - Kläger -",
        "gegen",
        "Weserland Krankenversicherung a.G., vertr. d. d. Vorstand - Beklagte -",
        "Az. 9 C 412/25",
        "",
        "beantragen wir, die Klage abzuweisen.",
        "",
        "# Begründung",
        "1. Der Kläger ist seit 2011 bei der Beklagten im Tarif KompaktPlus 2",
        "   krankheitskostenversichert (VS-Nr. KV-2277310-1).",
        "2. Der Kläger leidet an einer Myopie von -5,5 dpt beidseits (H52.1)",
        "   mit Astigmatismus von -0,75 dpt rechts.",
        "3. Die am 14.05.2025 durchgeführte Femto-LASIK beider Augen",
        "   (Rechnung Augenlaserzentrum Weserufer: 4.380,00 EUR) war nicht",
        "   medizinisch notwendig im Sinne von § 1 Abs. 2 MB/KK, weil der",
        "   Kläger Kontaktlinsen nach eigener Angabe beschwerdefrei trug.",
    ], [
        "4. Hilfsweise wird die Höhe bestritten: Die Abrechnung der",
        "   GOÄ-Nrn. 5855 analog mehrfach je Auge ist nicht zulässig.",
        "5. Beweis: Sachverständigengutachten (Augenheilkunde).",
        "",
        "Bremen, 10.02.2026",
        "Dr. Claudia Eilers, Syndikusrechtsanwältin",
    ]], title="Klageerwiderung 9 C 412/25", author="Dr. Claudia Eilers", date="20260210113000", compress=True)
    body = attach(plain(text), Att("Klageerwiderung_9C412-25.pdf", "application/pdf", d),
                  Att("Abschrift_Klaegervertreter_9C412-25.pdf", "application/pdf", d))
    return build(who("eilers"), A("AG Bremen Abteilung 9 Geschäftsstelle", "abt9.geschaeftsstelle@ag-bremen.justiz.example"),
                 "9 C 412/25 – Klageerwiderung (vorab per E-Mail)", "2026-02-10 11:41", body)


@mail("NORMAL", "de", "insurer-to-doctor",
      "trap: facility management tells the physiotherapy practice renting in the insurer's building about pipe repairs (treatment rooms, patients in general)")
def m018():
    text = f"""Sehr geehrte Frau Lührs,

wie telefonisch angekündigt: Nach dem Wasserrohrbruch im Steigstrang
Ost am Sonntag muss die Leitung im Erdgeschoss erneuert werden. Betroffen
sind in Ihrer Praxis die Behandlungsräume 2 und 3 sowie das WC für
Patienten.

Zeitplan:
- Mo, 23.02., ab 7:00 Uhr: Trocknungsgeräte werden aufgestellt (laut,
  ca. 10 Tage Dauerbetrieb)
- Mi, 04.03.: Öffnen der Wand und Austausch des Rohrs (ca. 2 Tage)
- danach Malerarbeiten, voraussichtlich fertig am 11.03.

Sie können in dieser Zeit die Räume 1 und 4 weiter nutzen. Für die
Ausfallzeit der Räume 2 und 3 mindern wir die Miete anteilig; unser
Objektmanager meldet sich wegen der Höhe. Die Behandlungsliegen und die
Geräte im Raum 3 lassen wir am Freitagabend von der Firma Kruse in den
Flur Süd umstellen, bitte geben Sie uns Bescheid, was stehen bleiben kann.

Für Rückfragen erreichen Sie mich direkt unter 0421 5508-1240.

Mit freundlichen Grüßen

{sig("albers")}
"""
    return build(who("albers", "facility"), A("Physiotherapie am Deichtor – Anja Lührs", "info@physio-deichtor.example"),
                 "Wasserschaden EG Ost – Arbeiten in Ihren Praxisräumen ab 23.02.", "2026-02-19 16:10",
                 plain(text, cte="8bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "fleet insurance: loss statistics per named driver and plate in an XLSX; no injuries")
def m019():
    text = f"""Sehr geehrter Herr Weyhausen,

wie im Jahresgespräch zugesagt, erhalten Sie anbei die Schadenstatistik
2025 zu Ihrer Flottenversicherung (Vertrag FL-900217) – diesmal auch
aufgeschlüsselt nach Fahrer, damit Sie die Fahrerschulungen gezielt
planen können.

Auffällig sind die Rangierschäden an den Wechselbrücken (9 von 23
Schäden). Die Schadenquote liegt bei 87 %; zur Verlängerung zum
01.04. würden wir gern über eine höhere Selbstbeteiligung sprechen.

Bitte behandeln Sie die Fahrerliste intern vertraulich.

Mit freundlichen Grüßen

{sig("rohlfs")}
"""
    rows = [["Datum", "Kennzeichen", "Fahrer/in", "Schadenart", "Schuld", "Aufwand EUR"],
            ["08.01.2025", "DEL-HL 401", "Marek Nowicki", "Rangierschaden Rampe", "ja", 2310.00],
            ["19.02.2025", "DEL-HL 417", "Sven Bolte", "Parkschaden Dritter", "ja", 1480.50],
            ["03.03.2025", "DEL-HL 401", "Marek Nowicki", "Rangierschaden Wechselbrücke", "ja", 3120.00],
            ["27.04.2025", "DEL-HL 433", "Andrea Kück", "Steinschlag Frontscheibe", "nein", 890.00],
            ["15.05.2025", "DEL-HL 409", "Dennis Hüneke", "Auffahrunfall (kein Personenschaden)", "ja", 6744.20],
            ["02.07.2025", "DEL-HL 417", "Sven Bolte", "Rangierschaden Wechselbrücke", "ja", 2280.00],
            ["21.09.2025", "DEL-HL 440", "Olga Schreiber", "Wildschaden Reh", "nein", 3410.75],
            ["30.10.2025", "DEL-HL 409", "Dennis Hüneke", "Spiegelschaden Gegenverkehr", "teilweise", 640.00],
            ["", "", "", "Summe 2025 (23 Schäden, Auszug)", "", 20875.45]]
    x = xlsx([("Schäden 2025", rows), ("Hinweis", [["Quelle: Schadensystem, Stand 31.12.2025"], ["Vollständige Liste: 23 Schäden"]])],
             title="Schadenstatistik FL-900217", author="Felix Rohlfs", when="2026-02-05T10:15:00Z")
    body = attach(plain(text), Att("Schadenstatistik_2025_FL-900217.xlsx",
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
    return build(who("rohlfs"), A("Kai Weyhausen (Fuhrpark)", "fuhrpark@hollmann-logistik.example"),
                 "Schadenstatistik 2025 Flotte FL-900217", "2026-02-05 10:22", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "company",
      "group accident insurance: forwarded HR mail with new employees, birth dates and risk class (CSV); accident line")
def m020():
    text = f"""Hallo Bestandsteam,

bitte die drei Zugänge im Gruppenunfallvertrag GU-400815 (Hollmann
Logistik) zum 01.03. einpflegen. Die Liste kam von der Personalabteilung,
CSV hängt an. Gefahrengruppe B für die beiden Fahrer, A für die
Disponentin.

Danke & Gruß
Anja

{STAFF["siemers"][2]}

________________________________
Von: Birte Hollmann <personal@hollmann-logistik.example>
Gesendet: Donnerstag, 19. Februar 2026 14:02
An: Siemers, Anja <anja.siemers@weserland-versicherung.example>
Betreff: Zugänge Gruppenunfall März

Hallo Frau Siemers,

anbei unsere Neueinstellungen zum 01.03. für die Gruppenunfall. Herr
Schmidt ist übrigens Wiedereinsteiger nach seinem Arbeitsunfall 2024,
ist jetzt aber wieder voll fahrtauglich – muss ich das irgendwo angeben?

Schöne Grüße
Birte Hollmann
Personal
Hollmann Logistik GmbH & Co. KG
"""
    data = csv_text([["Personalnr", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Tätigkeit"],
                     ["10457", "Schmidt", "Rüdiger", "11.06.1969", "01.03.2026", "Berufskraftfahrer"],
                     ["10458", "Yilmaz", "Emre", "28.01.1997", "01.03.2026", "Berufskraftfahrer"],
                     ["10459", "Ehlers", "Janina", "05.10.1990", "01.03.2026", "Disponentin"]])
    body = attach(plain(text), Att("Zugaenge_GU_Maerz.csv", "text/csv", data,
                                   cs="windows-1252", cte="quoted-printable"))
    return build(who("siemers"), A("Bestand Kollektiv", "bestand-kollektiv@" + DOMAIN),
                 "WG: Zugänge Gruppenunfall März", "2026-02-20 08:15", body)


@mail("NORMAL", "en", "internal",
      "trap: job advert (data scientist, health analytics, claims and diagnosis data) sent to HR with the ad as HTML attachment")
def m021():
    text = f"""Hi Nadine,

here is the final text for the data scientist ad (health analytics). Kerstin
and Dr Brömmel have approved it. Please publish on our careers page and on
the two job boards; internal posting in parallel for two weeks.

Thanks,
Jannik

--
{STAFF["oltmanns"][3]}
"""
    ad = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Data Scientist Health Analytics (f/m/d)</title></head>
<body>
<h1>Data Scientist Health Analytics (f/m/d)</h1>
<p>Bremen or hybrid &middot; full-time &middot; permanent</p>
<h2>What you will do</h2>
<ul>
<li>Build models that detect unusual billing patterns in doctors' and hospital invoices (GOÄ, DRG)</li>
<li>Forecast claims costs per tariff using diagnosis groups (ICD-10 chapters) and treatment data</li>
<li>Work with our medical officers on care management programmes for chronic diseases</li>
<li>Make sure every model respects data protection: pseudonymised data only, no access to named records</li>
</ul>
<h2>What you bring</h2>
<ul>
<li>Degree in statistics, computer science or a related field; Python and SQL</li>
<li>Interest in health care; knowledge of medical coding is a plus</li>
<li>German B2 or willingness to learn</li>
</ul>
<h2>What we offer</h2>
<p>Salary range EUR 64,000&ndash;78,000, 30 days of leave, company health insurance, Deutschlandticket.</p>
<p>Apply via <a href="https://karriere.weserland-versicherung.example/jobs/2026-017">our careers page</a> (ref. 2026-017).</p>
</body></html>
"""
    body = attach(plain(text), Att("job-ad_2026-017_data-scientist.html", "text/html", ad))
    return build(who("oltmanns"), who("grotheer"), "Job ad 2026-017 Data Scientist Health Analytics - final",
                 "2026-02-06 13:44", body, cc=who("schnakenberg"))


@mail("NORMAL", "en", "insurer-to-broker",
      "broker portal release notes (firm administrator, one-time password, broker post API); no customer data")
def m022():
    text = f"""Dear Mr Fairclough,

as promised, a short summary of what changes for Harbourside Risk Partners
with the broker portal release of 2 March 2026:

1. Firm administrator
   Your firm administrator (currently Ms Dunmore) can now add, lock and
   remove users of your firm herself. A leaving colleague is blocked
   immediately.

2. First login
   New users receive two e-mails: one with a one-time password and one
   with the registration link. The one-time password is valid for 72
   hours.

3. Electronic broker post
   Documents for your firm can be fetched by your broker management
   software via the new API (list, get, acknowledge). The technical
   description is available in the portal under Help > Interfaces.

4. Secure messages
   Messages containing customer data are no longer sent by e-mail but
   deposited in your portal mailbox; you will get a notification without
   content.

If you have any questions, just give me a call.

Kind regards

{sig("luedeking", "en")}
"""
    markup = f"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Dear Mr Fairclough,</p>
<p>as promised, a short summary of what changes for Harbourside Risk Partners with the broker portal release of <b>2&nbsp;March&nbsp;2026</b>:</p>
<ol>
<li><b>Firm administrator</b> &ndash; your firm administrator (currently Ms Dunmore) can now add, lock and remove users of your firm herself. A leaving colleague is blocked immediately.</li>
<li><b>First login</b> &ndash; new users receive two e-mails: one with a one-time password and one with the registration link. The one-time password is valid for 72&nbsp;hours.</li>
<li><b>Electronic broker post</b> &ndash; documents for your firm can be fetched by your broker management software via the new API (list, get, acknowledge). See <i>Help &gt; Interfaces</i> in the <a href="https://makler.weserland-versicherung.example/">portal</a>.</li>
<li><b>Secure messages</b> &ndash; messages containing customer data are deposited in your portal mailbox; you will get a notification without content.</li>
</ol>
<p>If you have any questions, just give me a call.</p>
<p>Kind regards<br>Sabine L&uuml;deking<br>Broker Service Desk<br>Phone +49 421 5508-1720</p>
</body></html>
"""
    return build(who("luedeking"), A("Martin Fairclough", "m.fairclough@harbourside-risk.example"),
                 "Broker portal release 2 March - what changes for you", "2026-02-23 09:05", alt(text, markup))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "term life insurance: confirmation of a beneficiary change (no medical word, but a personal line contract of a named person)")
def m023():
    text = """Dear Mr Ashworth,

we confirm the change of beneficiary for your term life insurance:

  Policy number:       LV-T-6603318
  Insured person:      Richard Ashworth
  Sum insured:         EUR 250,000.00, term until 01/04/2044
  Beneficiary (new):   Ms Claire Ashworth (spouse), revocable
  Beneficiary (old):   Ashworth Property Ltd (loan security, released)
  Effective from:      receipt of your request on 17 February 2026

The assignment to the bank has been released as confirmed by the bank's
letter of 12 February. Please keep this confirmation with your policy
documents; a new policy schedule will follow by post.

Kind regards

Torsten Meinders
Life Policy Services
Phone +49 421 5508-4102

""" + FOOTER_ASCII + "\n"
    return build(A("Torsten Meinders", "torsten.meinders@" + DOMAIN), A("Richard Ashworth", "richard.ashworth@inbox.example"),
                 "Change of beneficiary - policy LV-T-6603318", "2026-02-24 14:37",
                 plain(text, cs="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "buildings insurance water-escape claim: order to a drying company with the policyholder's name, address, phone and claim number")
def m024():
    text = f"""Moin Herr Janßen,

bitte übernehmen Sie für uns folgenden Leitungswasserschaden:

Schaden-Nr.:   WG-S-2026-01127
VN:            Familie Harm und Tomke Ulrichs
Objekt:        Am Fleet 9, 28865 Lilienthal (EFH, Bj. 1978)
Telefon VN:    04298 31 77 40 (tagsüber Frau Ulrichs)
Schaden:       Rohrbruch Kaltwasser Küche, Estrich und Trockenbau durchfeuchtet

Auftrag:
1. Leckageortung ist erledigt (Installateur Bischoff), Leitung ist dicht.
2. Feuchtemessung und technische Trocknung Küche/Flur, Estrichdämmschicht.
3. Protokoll mit Fotos und Messwerten an schaden-sach@weserland-versicherung.example.

Freigabe bis 3.500 EUR netto, darüber bitte vorher kurz anrufen. Stromkosten
der Geräte bitte im Protokoll ausweisen, die erstatten wir den Kunden.

Besten Dank und Gruß

{sig("stuehrenberg")}
"""
    return build(who("stuehrenberg", "schaden-sach"), A("Trocknungstechnik Janßen", "auftrag@trocknung-janssen.example"),
                 "Auftrag Trocknung WG-S-2026-01127 / Ulrichs, Lilienthal", "2026-02-11 08:02", plain(text))


@mail("NORMAL", "de", "insurer-to-authority",
      "trap: answer to a statistics office survey with company-wide staff numbers and sickness rate (aggregate, no person)")
def m025():
    text = f"""Sehr geehrte Frau Gerken,

zu Ihrer Erhebung "Arbeitskosten und Beschäftigung 2025" (Berichtskennung
04-1187-22) übermitteln wir die fehlenden Angaben aus dem Online-Formular:

- Beschäftigte am 31.12.2025: 1.412 (davon 611 in Teilzeit)
- Auszubildende und dual Studierende: 58
- Krankenstand 2025 im Jahresdurchschnitt: 5,1 % (Vorjahr 5,6 %)
- Aufwand für betriebliches Gesundheitsmanagement: 412.000 EUR
- Bruttolohn- und Gehaltssumme: 98,7 Mio. EUR

Die übrigen Angaben haben wir am 02.03. im Portal eingegeben. Ein Formular
für Einzelangaben zu Beschäftigten haben wir – wie mit Ihnen abgestimmt –
nicht ausgefüllt, da die Erhebung für unseren Wirtschaftszweig nur
Summenwerte vorsieht.

Mit freundlichen Grüßen
Im Auftrag

{sig("grotheer")}
"""
    return build(who("grotheer"), A("Statistisches Landesamt – Referat 43", "arbeitskosten@statistik-bremen.example"),
                 "Erhebung Arbeitskosten 2025 – Berichtskennung 04-1187-22", "2026-03-03 09:30", plain(text))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance: settlement of a disability benefit (thumb, limb table) with PDF statement")
def m026():
    text = f"""Sehr geehrter Herr Kuhlmann,

das Gutachten von Herrn Prof. Dr. Sievers liegt uns jetzt vor. Danach
bleibt nach der Sehnenverletzung Ihres rechten Daumens vom 11.06.2025 eine
dauerhafte Funktionsbeeinträchtigung von 4/10 Daumenwert.

Die Abrechnung der Invaliditätsleistung finden Sie im Anhang. Der Betrag von
8.800,00 EUR wird in den nächsten Tagen auf Ihr Konto überwiesen.

Wenn Sie Fragen zur Berechnung haben, rufen Sie mich gern an.

Mit freundlichen Grüßen

{sig("aydin")}
"""
    d = pdf([
        "# Abrechnung Invaliditätsleistung",
        "Unfallversicherung UV-5590127 - versicherte Person: Lukas Kuhlmann",
        "Unfalltag: 11.06.2025 - Schaden-Nr. UV-S-2025-03310",
        "",
        "Verletzung: Strecksehnenruptur Daumen rechts (S66.0), operativ versorgt",
        "Gutachten: Prof. Dr. med. Henning Sievers, 02.03.2026",
        "",
        "Gliedertaxe Daumen: 20 %",
        "Funktionsbeeinträchtigung: 4/10 Daumenwert",
        "Invaliditätsgrad: 20 % x 4/10 = 8 %",
        "Versicherungssumme: 110.000,00 EUR (ohne Progression bis 25 %)",
        "Leistung: 8 % von 110.000,00 EUR = 8.800,00 EUR",
        "",
        "Bereits gezahlt: Krankenhaustagegeld 3 Tage x 50,00 EUR = 150,00 EUR",
        "Auszahlung jetzt: 8.800,00 EUR",
    ], title="Abrechnung UV-S-2025-03310", author="Mehmet Aydin", date="20260306101200")
    body = attach(plain(text), Att("Abrechnung_Invaliditaet_UV-S-2025-03310.pdf", "application/pdf", d))
    return build(who("aydin", "unfall-leistung"), A("Lukas Kuhlmann", "lukas.kuhlmann@freemail.example"),
                 "Ihre Unfallversicherung – Abrechnung Invaliditätsleistung", "2026-03-06 10:18", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: eVB number, no-claims class and premium for a new car of a named customer")
def m027():
    text = f"""Hallo Frau Wittenberg,

gern, hier Ihre eVB für den neuen Wagen:

  eVB-Nummer:        7KQ4M2X
  gültig bis:        31.03.2026
  Halterin:          Stefanie Wittenberg, geb. Mahrt
  Fahrzeug:          VW ID.3, HSN/TSN 0603/BQY

Den Vertrag KFZ-8841207 stellen wir zum Zulassungstag auf das neue
Fahrzeug um. Ihre Schadenfreiheitsklassen (KH SF 14, VK SF 12) bleiben
erhalten. Der neue Jahresbeitrag beträgt 612,48 EUR (bisher 571,20 EUR),
weil die Typklasse in der Vollkasko höher ist.

Das Kennzeichen teilen Sie uns nach der Zulassung bitte kurz mit.

Viele Grüße

{sig("focke")}
"""
    return build(who("focke", "kfz-vertrag"), A("Stefanie Wittenberg", "st.wittenberg@netzpost.example"),
                 "AW: eVB für neues Auto", "2026-03-02 12:40", plain(text, cte="8bit"),
                 irt=mid("netzpost.example", "tb"))


@mail("NORMAL", "de", "newsletter",
      "trap: HTML customer magazine about flu, vaccination and back pain with general tips; no person")
def m028():
    markup = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Weserland Kundenmagazin Winter 2026</title></head>
<body style="margin:0;font-family:Georgia,serif;background:#f3f1ec">
<div style="max-width:620px;margin:auto;background:#fff;padding:24px">
<p style="font-size:12px;color:#888">Probleme mit der Darstellung? <a href="https://www.weserland-versicherung.example/magazin/winter-2026">Im Browser ansehen</a></p>
<h1 style="color:#0b4f6c">Gesund durch den Winter</h1>
<h2>Grippe oder Erkältung?</h2>
<p>Eine echte Grippe (Influenza) beginnt meist plötzlich mit hohem Fieber, Kopf- und Gliederschmerzen.
Eine Erkältung kommt schleichend. Die Ständige Impfkommission empfiehlt die Grippeimpfung allen ab 60,
Schwangeren und chronisch Kranken. Für Versicherte unserer Krankenvollversicherung ist die Impfung
ohne Selbstbeteiligung erstattungsfähig.</p>
<h2>Rücken: Fünf Minuten am Tag</h2>
<p>Wer viel sitzt, kennt Verspannungen im Lendenwirbelbereich. Unsere Physiotherapeutin zeigt im
Video drei Übungen für zwischendurch &ndash; ganz ohne Geräte.</p>
<h2>Neu in der App: Rechnungen fotografieren</h2>
<p>Arzt- und Apothekenrechnungen einfach abfotografieren und einreichen. Die Erstattung kommt im
Schnitt nach vier Arbeitstagen.</p>
<h2>Gewinnspiel</h2>
<p>Verlost werden drei Fitness-Tracker. Teilnahme bis 28.02.2026 unter
<a href="https://www.weserland-versicherung.example/gewinnspiel">weserland-versicherung.example/gewinnspiel</a>.</p>
<hr>
<p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.weserland-versicherung.example/newsletter/abmelden?l=kunden">Abmelden</a><br>
Weserland Versicherung AG &middot; Am Deichtor 12 &middot; 28195 Bremen</p>
</div></body></html>
"""
    return build(A("Weserland Kundenmagazin", "magazin@" + DOMAIN), A("Weserland Kundenmagazin", "magazin@" + DOMAIN),
                 "Gesund durch den Winter: Grippe, Rücken und Rechnungen per App", "2026-02-02 06:00",
                 htmlonly(markup, cte="base64"), mailer="Weserland Mailing 3.4",
                 headers=[("List-Unsubscribe", "<https://www.weserland-versicherung.example/newsletter/abmelden?l=kunden>"),
                          ("Precedence", "bulk")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
      "BU claim: request to the statutory pension insurer for the reduced-earning-capacity file of a named insured, with consent PDF")
def m029():
    text = f"""Deutsche Rentenversicherung Oldenburg-Bremen
Abteilung Rehabilitation und Sozialmedizin

Versicherte: Frau Daniela Osterloh, geb. 22.09.1975
Versicherungsnummer DRV: 12 220975 O 512
Unser Zeichen: BU-2904471/KW

Sehr geehrte Damen und Herren,

Frau Osterloh bezieht seit 01.10.2025 eine Rente wegen voller Erwerbs-
minderung von Ihnen und hat bei uns Leistungen aus ihrer privaten
Berufsunfähigkeitsversicherung beantragt.

Mit ihrer beigefügten Einwilligung bitten wir um Übersendung
- des Rentenbescheids,
- des sozialmedizinischen Gutachtens, das der Bewilligung zugrunde lag,
- des Entlassungsberichts der Reha-Maßnahme in der Klinik Dünenblick
  (Aufenthalt Juni/Juli 2025).

Kosten für Kopien übernehmen wir selbstverständlich.

Mit freundlichen Grüßen

{sig("wuebbena")}
"""
    d = pdf([
        "# Einwilligung und Schweigepflichtentbindung",
        "",
        "Ich, Daniela Osterloh, geb. 22.09.1975, Hoher Weg 3, 27749 Delmenhorst,",
        "willige ein, dass die Deutsche Rentenversicherung Oldenburg-Bremen der",
        "Weserland Lebensversicherung AG zur Prüfung meines Antrags auf",
        "Berufsunfähigkeitsrente (Vertrag BU-2904471) folgende Unterlagen übermittelt:",
        "Rentenbescheid, sozialmedizinische Gutachten, Reha-Entlassungsbericht.",
        "",
        "Delmenhorst, 12.02.2026        gez. D. Osterloh",
    ], title="Einwilligung Osterloh", date="20260213090000")
    body = attach(plain(text), Att("Einwilligung_Osterloh.pdf", "application/pdf", d))
    return build(who("wuebbena"), A("DRV Oldenburg-Bremen Sozialmedizin", "sozialmedizin@drv-oldenburg-bremen.example"),
                 "Anforderung Rentengutachten – Osterloh, Daniela – BU-2904471", "2026-02-16 14:20", body)


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "travel cancellation after job loss (no health reason): bilingual reply with payout to the customer's IBAN")
def m030():
    ib = iban_de("25050180", "0910334415")
    text = f"""Sehr geehrter Herr Wiśniewski, dear Mr Wiśniewski,

(English version below)

wir erstatten die Stornokosten für Ihre Reise nach Lissabon (Buchung
vom 14.11.2025, Reiseantritt wäre 06.04.2026 gewesen). Versicherter Grund
ist der unerwartete Verlust Ihres Arbeitsplatzes durch betriebsbedingte
Kündigung Ihres Arbeitgebers vom 30.01.2026.

  Reiserücktritt RR-7719034, Schaden RR-S-2026-00214
  Stornokosten laut Reisebüro:   1.146,00 EUR
  Selbstbehalt 20 %:             - 229,20 EUR
  Auszahlung:                      916,80 EUR
  auf IBAN {grp(ib)} (Kontoinhaber Piotr Wiśniewski)

---

we will reimburse the cancellation costs of your trip to Lisbon. The
insured reason is the unexpected loss of your job (redundancy notice of
30 January 2026). After the 20 % excess we pay EUR 916.80 to the account
stated above.

Mit freundlichen Grüßen / Kind regards

{sig("carstens", "de", footer=False)}

{FOOTER_DE}
"""
    return build(who("carstens", "reise"), A("Piotr Wiśniewski", "p.wisniewski@webpost.example"),
                 "Reiserücktritt / travel cancellation RR-S-2026-00214", "2026-02-12 15:03", plain(text))

# ---------------------------------------------------------------- 0031-0045

@mail("NORMAL", "mixed", "insurer-to-doctor",
      "bilingual out-of-office auto-reply to a practice's holiday notice; nothing of the original is quoted")
def m031():
    text = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13.03.2026
nicht im Büro und lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht
wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Team
Leistungsprüfung BU: Tel. 0421 5508-4400.

Bitte senden Sie uns Befundberichte und andere medizinische Unterlagen
nicht per unverschlüsselter E-Mail, sondern über unser SecureMail-Portal:
https://securemail.weserland-versicherung.example/

---

Thank you for your message. I am out of the office until 13 March 2026
and will not read e-mails during this time. Your message will not be
forwarded. In urgent cases please call +49 421 5508-4400.

Katrin Wübbena
Weserland Lebensversicherung AG
"""
    return build(who("wuebbena"), A("Praxis Dr. med. Sonja Reemts", "praxis@praxis-reemts.example"),
                 "Automatische Antwort: Praxisurlaub Sommer / Vertretungsregelung",
                 "2026-03-02 07:58", plain(text),
                 irt=mid("praxis-reemts.example", "tb"),
                 headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                          ("Precedence", "auto_reply")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "PKV premium arrears: dunning letter announcing suspension of benefits (§ 193 VVG); no medical word, but a named person's health contract")
def m032():
    text = f"""Sehr geehrter Herr Lamprecht,

leider konnten wir die Beiträge für Ihre Krankheitskostenversicherung
KV-5102286-2 für die Monate Dezember 2025 bis Februar 2026 nicht abbuchen.
Die Lastschriften wurden von Ihrer Bank mangels Deckung zurückgegeben.

  Rückstand Beiträge:      3 x 684,12 EUR = 2.052,36 EUR
  Säumniszuschlag:                              20,52 EUR
  Rücklastschriftgebühren:                       9,00 EUR
  Gesamt:                                    2.081,88 EUR

Bitte zahlen Sie den Betrag bis zum 31.03.2026. Geht er bis dahin nicht
ein, ruhen nach § 193 Abs. 6 VVG Ihre Leistungen; Sie sind dann nur noch
im Notlagentarif versichert, der ausschließlich akute Erkrankungen,
Schmerzzustände sowie Schwangerschaft und Mutterschaft abdeckt.

Wenn Sie in finanziellen Schwierigkeiten sind, sprechen Sie uns bitte an.
Eine Ratenzahlung oder ein Wechsel in den Standardtarif sind möglich.

Mit freundlichen Grüßen

Beitragsservice Krankenversicherung
Weserland Krankenversicherung a.G.
Tel. 0421 5508-3000

{FOOTER_DE}
"""
    return build(A("Beitragsservice KV", "beitragsservice-kv@" + DOMAIN), A("Andreas Lamprecht", "a.lamprecht@kabelmail.example"),
                 "Zahlungserinnerung Krankenversicherung – bitte bis 31.03. begleichen", "2026-03-10 06:45",
                 plain(text, cs="iso-8859-1", cte="8bit"), mailer="Weserland Korrespondenz 5.2")


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "household contents quote for a broker's named client with date of birth, address and sum insured")
def m033():
    text = f"""Hi Martin,

thanks for the request. Here is the quote for your client:

  Proposer:        Ms Olivia Brandt-Hughes, born 14 March 1987
  Risk address:    Schwachhauser Heerstrasse 302, 28211 Bremen (3rd floor)
  Living space:    118 sqm, flat, occupied by owner
  Sum insured:     EUR 76,700 (650 EUR/sqm, underinsurance waiver)
  Cover:           Household Comfort incl. bicycle theft 24h (EUR 3,000)
                   and glass; no elementary perils (not requested)
  Annual premium:  EUR 212.36 incl. 19 % insurance tax
  Quote ref:       ANG-HR-2026-11873, valid until 30 April 2026

The client mentioned a valuable watch collection - anything above EUR
20,000 in valuables needs a safe (VdS class I). If that applies, please
send me the details and I'll adjust the quote.

Best,
Sabine

{sig("luedeking", "en")}
"""
    return build(who("luedeking"), A("Martin Fairclough", "m.fairclough@harbourside-risk.example"),
                 "RE: Quote request household contents - Brandt-Hughes", "2026-03-05 16:20", plain(text),
                 irt=mid("harbourside-risk.example"))


@mail("NORMAL", "en", "insurer-to-supplier",
      "penetration test scoping for the secure-mail portal with an IT security vendor; test accounts only")
def m034():
    text = f"""Hello Priya,

following our call, the scope for the penetration test of our secure-mail
portal (test window 20-31 April, sorry: 20-30 April 2026):

In scope
- securemail-test.weserland-versicherung.example (portal web UI, no JS
  variant included)
- registration flow (one-time password + link), password reset with
  security question, account lockout after three failures
- broker API test endpoint api-test.weserland-versicherung.example

Out of scope
- production systems, the mail gateway itself, social engineering

Test data
- we create 20 synthetic accounts (pentest01@test.weserland-versicherung.example
  ... pentest20@...); no real customer or health data exists in the test
  environment.

Please send the rules-of-engagement document for signature and the source
IP addresses you will test from, so we can whitelist them in the WAF.

Thanks and regards
Henrik

{sig_ascii("wessels")}
"""
    return build(who("wessels"), A("Priya Raman", "priya.raman@redkite-security.example"),
                 "Pentest scope secure-mail portal - April 2026", "2026-03-09 10:27",
                 plain(text, cs="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "disability claim of an expat: letter of instruction (DOCX) to an independent medical examiner with diagnoses and history")
def m035():
    text = f"""Dear Dr Okonjo,

thank you for agreeing to examine our claimant. Please find attached our
letter of instruction. The examination is scheduled at your rooms in
Leeds on 24 March at 11:00; Ms Pritchard has confirmed the appointment.

The medical records (GP notes, rheumatology letters 2023-2025) will reach
you via our secure portal today - you will receive a separate notification.

Kind regards

{sig("wuebbena", "en")}
"""
    doc = docx([
        ("h", "Letter of instruction - independent medical examination"),
        "Claimant: Ms Hannah Pritchard, date of birth 02/05/1982",
        "Policy: income protection BU-UK-7700413 (Weserland Lebensversicherung AG)",
        "Occupation: senior software engineer (100 % desk-based)",
        ("h", "Background"),
        "Ms Pritchard has been unable to work since 1 September 2025. Her GP certifies "
        "seronegative rheumatoid arthritis (M06.0) with flares affecting both hands and wrists, "
        "and chronic fatigue. She takes methotrexate 20 mg weekly and has started adalimumab.",
        ("h", "Questions"),
        ("table", [["No.", "Question"],
                   ["1", "Please confirm the diagnosis and its current severity (DAS28 if available)."],
                   ["2", "Which functional limitations do you find for typing, fine motor tasks and sustained concentration?"],
                   ["3", "Is she able to work in her own occupation at least 50 % of the time? Since when not?"],
                   ["4", "What is the prognosis for the next 12 months under the current treatment?"]]),
        "Fee as agreed: GBP 850 plus report. Please return the report within 15 working days.",
    ], title="LOI Pritchard", author="Katrin Wübbena", when="2026-03-11T08:40:00Z")
    body = attach(plain(text), Att("LOI_Pritchard_BU-UK-7700413.docx",
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc))
    return build(who("wuebbena"), A("Dr Adaeze Okonjo", "a.okonjo@leeds-ime-rooms.example"),
                 "IME instruction - our ref BU-UK-7700413", "2026-03-11 08:52", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings insurance storm claim settlement with payout to the customer's IBAN")
def m036():
    ib = iban_de("28050100", "0003462290")
    text = f"""Sehr geehrte Frau Hibbeler,

zu Ihrem Sturmschaden vom 18.11.2025 (Orkantief "Jolanda") an Ihrem Haus
in Varel, Schützenhofstraße 14, haben wir wie folgt abgerechnet:

  Wohngebäudeversicherung WG-3307154, Schaden WG-S-2025-08820
  Dacheindeckung (Angebot Dachdecker Meiners)      6.410,80 EUR
  Notabdichtung Plane                                418,00 EUR
  Dachrinne und Fallrohr Nordseite                   733,40 EUR
  abzgl. Selbstbeteiligung                          -500,00 EUR
  Entschädigung                                   7.062,20 EUR

Die Zahlung geht an die IBAN {ib}, die Sie uns in der Schadenmeldung
genannt haben.

Der umgestürzte Baum des Nachbarn ist über dessen Haftpflicht zu regeln;
hier sind wir nicht beteiligt.

Mit freundlichen Grüßen

{sig("stuehrenberg")}
"""
    return build(who("stuehrenberg", "schaden-sach"), A("Ingrid Hibbeler", "ingrid.hibbeler@posteingang.example"),
                 "Ihr Sturmschaden WG-S-2025-08820 – Abrechnung", "2026-01-08 13:55", plain(text))


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal notification mail (new secure message) without any content or line of business")
def m037():
    text = """Guten Tag,

für Sie liegt eine neue Nachricht im Weserland SecureMail-Portal bereit.

Bitte melden Sie sich an, um die Nachricht zu lesen:
https://securemail.weserland-versicherung.example/login

Die Nachricht bleibt 90 Tage im Portal gespeichert. Sie können sie dort
lesen, beantworten und herunterladen.

Diese E-Mail wurde automatisch erzeugt. Antworten auf diese E-Mail werden
nicht gelesen.

Weserland Versicherung – SecureMail
"""
    markup = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag,</p>
<p>f&uuml;r Sie liegt eine neue Nachricht im <b>Weserland SecureMail-Portal</b> bereit.</p>
<p><a href="https://securemail.weserland-versicherung.example/login" style="background:#0b4f6c;color:#fff;padding:8px 14px;text-decoration:none">Nachricht lesen</a></p>
<p>Die Nachricht bleibt 90&nbsp;Tage im Portal gespeichert. Sie k&ouml;nnen sie dort lesen, beantworten und herunterladen.</p>
<p style="color:#777;font-size:12px">Diese E-Mail wurde automatisch erzeugt. Antworten auf diese E-Mail werden nicht gelesen.</p>
</body></html>
"""
    return build(A("Weserland SecureMail", "noreply-securemail@" + DOMAIN), "k.doehle@netzpost.example",
                 "Neue Nachricht im Weserland SecureMail-Portal", "2026-03-12 10:02",
                 alt(text, markup), mailer="Siegel portal",
                 headers=[("Auto-Submitted", "auto-generated")])


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal one-time password mail (credential, but no personal or contract data)")
def m038():
    text = """Guten Tag,

für Ihr neues Konto im Weserland SecureMail-Portal wurde ein
Einmal-Passwort erzeugt:

    Einmal-Passwort:  Rk7-tW4q-9mZe

Den Link zur Registrierung erhalten Sie in einer separaten E-Mail.
Melden Sie sich mit Ihrer E-Mail-Adresse und diesem Einmal-Passwort an.
Danach legen Sie Ihr eigenes Passwort und eine Sicherheitsfrage fest.

Das Einmal-Passwort ist 72 Stunden gültig.

Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem Passwort.

Weserland Versicherung – SecureMail
"""
    return build(A("Weserland SecureMail", "noreply-securemail@" + DOMAIN), "jasper.tammen@freemail.example",
                 "Ihr Einmal-Passwort für das SecureMail-Portal", "2026-03-12 10:02",
                 plain(text, cte="8bit"), mailer="Siegel portal",
                 headers=[("Auto-Submitted", "auto-generated")])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "long-term care claim: care assessment (care grade 3, dementia) forwarded to the company doctor, assessment excerpt as PDF")
def m039():
    text = f"""Liebe Frau Dr. Brömmel,

anbei der Auszug aus dem Pflegegutachten für Herrn Alfred Wegener-Kloppenburg
(PPV/PT-1140338). Der MD hat Pflegegrad 3 festgestellt, die Tochter
(Betreuerin) hat Widerspruch eingelegt, weil sie Pflegegrad 4 für
angemessen hält.

Mir ist aufgefallen, dass im Modul 2 (kognitive Fähigkeiten) nur 7,5
gewichtete Punkte vergeben wurden, obwohl der Hausarzt eine
mittelschwere Alzheimer-Demenz mit nächtlicher Unruhe bescheinigt.
Können Sie sich das bitte ansehen, bevor wir das Zweitgutachten
beauftragen?

Danke und viele Grüße
Maren Poppe

--
{STAFF["poppe"][2]}
"""
    d = pdf([
        "# Auszug Pflegegutachten (Medizinischer Dienst)",
        "Versicherter: Alfred Wegener-Kloppenburg, geb. 30.08.1938",
        "Begutachtung: 27.01.2026 in der Häuslichkeit, Bremen-Vegesack",
        "Pflegebegründende Diagnosen: Alzheimer-Demenz (G30.1, F00.1), Herzinsuffizienz NYHA II,",
        "Z. n. Oberschenkelhalsfraktur rechts 2024",
        "",
        "Modul 1 Mobilität: 7,5   Modul 2/3 kognitiv/Verhalten: 7,5",
        "Modul 4 Selbstversorgung: 20,0   Modul 5 Krankheitsbewältigung: 5,0",
        "Modul 6 Alltagsleben: 11,25",
        "Gesamtpunkte: 51,25  ->  Pflegegrad 3",
        "Empfehlung: Tagespflege 2x wöchentlich, Hausnotruf",
    ], title="Auszug Pflegegutachten", date="20260203080000")
    body = attach(plain(text), Att("Auszug_MD-Gutachten_PT-1140338.pdf", "application/pdf", d))
    return build(who("poppe"), who("broemmel"), "Widerspruch Pflegegrad – bitte ärztliche Einschätzung (PT-1140338)",
                 "2026-02-09 11:17", body)


@mail("CONFIDENTIAL", "de", "internal",
      "HR to an employee: salary adjustment notice (income) with PDF; no health data")
def m040():
    text = f"""Liebe Frau Focke,

anbei Ihre Mitteilung zur Gehaltsanpassung zum 01.04.2026 nach dem
Beurteilungsgespräch mit Herrn Tietjen. Das Original bekommen Sie noch per
Hauspost zur Unterschrift.

Herzlichen Glückwunsch und viele Grüße
Nadine Grotheer

{sig("grotheer", footer=False)}
"""
    d = pdf([
        "# Mitteilung Gehaltsanpassung",
        "Mitarbeiterin: Lena Focke, Personalnummer 30817",
        "Abteilung: Kfz-Vertrag, Tätigkeit: Sachbearbeiterin Kfz (Tarifgruppe VI)",
        "",
        "Bisheriges Monatsgehalt: 4.215,00 EUR brutto (Tarifgruppe VI, 7. Berufsjahr)",
        "Neues Monatsgehalt ab 01.04.2026: 4.560,00 EUR brutto (Tarifgruppe VII)",
        "Zusätzlich: Leistungszulage 120,00 EUR monatlich, befristet bis 31.03.2027",
        "Jahreszielgehalt inkl. 14. Monatsgehalt: ca. 65.280,00 EUR",
        "",
        "Bremen, 16.03.2026   Personal / HR",
    ], title="Gehaltsanpassung Focke", date="20260316090000")
    body = attach(plain(text), Att("Gehaltsanpassung_2026_30817.pdf", "application/pdf", d))
    return build(who("grotheer"), who("focke"), "Ihre Gehaltsanpassung zum 01.04.2026", "2026-03-16 09:12", body)


@mail("NORMAL", "de", "insurer-to-hospital",
      "trap: framework for direct billing with a hospital (clinic card, invoices, DRG) as PDF; process only, no patient")
def m041():
    text = f"""Sehr geehrter Herr Lohmeyer,

anbei der abgestimmte Entwurf der Rahmenvereinbarung zur Direktabrechnung
mit der Weserland Klinik-Card. Gegenüber der Fassung vom Januar haben wir
Ihre Punkte übernommen:

- Kostenübernahmeerklärung innerhalb von 24 Stunden nach Aufnahme
  (werktags), bei Notaufnahmen nachträglich
- Rechnungen ausschließlich elektronisch (DRG-Datensatz plus PDF)
- Wahlleistungen Arzt nur mit gesonderter Wahlleistungsvereinbarung

Wenn Ihre Geschäftsführung einverstanden ist, können wir zum 01.05.
starten. Die Schulung Ihrer Patientenaufnahme (ca. 45 Minuten, online)
übernimmt unser Team Krankenhausabrechnung.

Mit freundlichen Grüßen

{sig("oltmanns")}
"""
    d = pdf([[
        "# Rahmenvereinbarung Direktabrechnung Weserland Klinik-Card",
        "zwischen St.-Ansgar-Krankenhaus gGmbH, Delmenhorst, und",
        "Weserland Krankenversicherung a.G., Bremen",
        "",
        "# § 1 Gegenstand",
        "Das Krankenhaus rechnet allgemeine Krankenhausleistungen und vereinbarte",
        "Wahlleistungen für Versicherte, die eine gültige Klinik-Card vorlegen,",
        "unmittelbar mit der Versicherung ab.",
        "# § 2 Kostenübernahme",
        "Die Versicherung erklärt die Kostenübernahme innerhalb von 24 Stunden",
        "nach Eingang der Aufnahmeanzeige (Werktage).",
        "# § 3 Rechnungsstellung",
        "Rechnungen werden als DRG-Datensatz nach § 301 SGB V-Format mit PDF",
        "übermittelt. Zahlungsziel 30 Tage.",
        "# § 4 Datenschutz",
        "Medizinische Daten werden ausschließlich verschlüsselt übermittelt.",
    ], [
        "# § 5 Laufzeit",
        "Beginn 01.05.2026, Kündigung mit drei Monaten Frist zum Quartalsende.",
        "",
        "Entwurf Stand 17.03.2026",
    ]], title="Rahmenvereinbarung Klinik-Card (Entwurf)", date="20260317120000", compress=True)
    body = attach(plain(text), Att("Rahmenvereinbarung_Klinik-Card_Entwurf_2026-03-17.pdf", "application/pdf", d))
    return build(who("oltmanns"), A("Christian Lohmeyer (Patientenverwaltung)", "c.lohmeyer@st-ansgar-kh.example"),
                 "Rahmenvereinbarung Klinik-Card – Entwurf 17.03.", "2026-03-17 12:33", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
      "motor liability: forwarded lawyer letter for an injured pedestrian (traumatic brain injury, pain and suffering claim)")
def m042():
    text = f"""Hallo Team Personenschaden,

das ist ein Fall für euch (Großschadenmeldung ist raus). Bitte
übernehmen, ich schließe den Sachschadenteil dann hier.

Gruß Björn

{STAFF["tietjen"][2]}

-----Ursprüngliche Nachricht-----
Von: Kanzlei Onken Rechtsanwälte <sekretariat@kanzlei-onken.example>
Gesendet: Mittwoch, 18. März 2026 15:40
An: kfz-schaden@weserland-versicherung.example
Betreff: Ihr VN Kevin Brunßen, Kennzeichen OL-KB 77 / Unfall vom 02.02.2026

Sehr geehrte Damen und Herren,

wir vertreten Frau Magdalena Sturm, geb. 04.11.1961, die am 02.02.2026
gegen 17:20 Uhr in Oldenburg auf dem Fußgängerüberweg Alexanderstraße von
dem bei Ihnen haftpflichtversicherten Pkw OL-KB 77 erfasst wurde.

Unsere Mandantin erlitt ein Schädel-Hirn-Trauma II. Grades, eine
Tibiakopffraktur links und multiple Prellungen. Sie lag bis 21.02. im
Klinikum Oldenburg, davon fünf Tage auf der Intensivstation, und befindet
sich derzeit in einer neurologischen Reha. Es bestehen anhaltende
Konzentrationsstörungen.

Wir fordern Sie auf, bis zum 08.04.2026 die Haftung dem Grunde nach
anzuerkennen und einen Vorschuss auf das Schmerzensgeld von 15.000 EUR
zu leisten. Die Vollmacht sowie den Entlassungsbericht fügen wir bei.

Mit freundlichen Grüßen
Dr. Jörg Onken
Rechtsanwalt
"""
    return build(who("tietjen", "kfz-schaden"), A("Team Personenschaden", "personenschaden@" + DOMAIN),
                 "WG: Ihr VN Kevin Brunßen, Kennzeichen OL-KB 77 / Unfall vom 02.02.2026",
                 "2026-03-19 08:06", plain(text))


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "grey: marine cargo claim of a company policyholder with a named contact person, container and policy numbers")
def m043():
    text = f"""Dear Mr van Dijk,

thank you for notifying the damage. We have registered the claim as
follows:

  Insured:          Keelson Marine Systems B.V., Rotterdam
  Open cover:       TR-OC-2209 (Institute Cargo Clauses A)
  Claim no.:        TR-S-2026-00058
  Shipment:         2 x 40' HC, Bremerhaven -> Gdynia, MV "Nordkap Star"
  Container:        KMSU 441208-3 (water ingress, 14 control cabinets wet)
  Invoice value:    EUR 386,500.00

We have instructed surveyors Hanse Cargo Survey to attend in Gdynia on
Thursday. Please make sure the goods are not discarded or repaired before
the survey and give notice to the carrier in writing within three days
(a standard letter of protest is fine).

Kind regards

{sig("gerdes", "en")}
"""
    return build(who("gerdes", "transport"), A("Pieter van Dijk", "p.vandijk@keelson-marine.example"),
                 "Claim TR-S-2026-00058 - water damage container KMSU 441208-3", "2026-03-18 17:02", plain(text))


@mail("NORMAL", "en", "insurer-to-press",
      "trap: English press release on annual results (health benefits paid, combined ratio, disability claims in aggregate)")
def m044():
    text = """PRESS RELEASE - for immediate publication

Weserland Group: solid 2025 despite storm losses

Bremen, 26 March 2026 - Weserland Versicherung grew gross written premiums
by 4.8 % to EUR 2.31bn in 2025. Net profit was EUR 96m (2024: EUR 104m).

- Property & casualty: combined ratio 97.4 % (2024: 94.1 %), burdened by
  windstorm "Jolanda" with EUR 38m gross losses.
- Health: benefits paid to policyholders rose by 7 % to EUR 812m, driven
  by hospital costs and newer cancer therapies.
- Life: new disability income business up 11 %; the share of disability
  claims caused by mental illness stayed at about 37 %.

"We paid more than 1.2 million health claims, most of them within four
working days," said CEO Dr Hinrich Oltmanns.

Press contact: Julia Behrens, presse@weserland-versicherung.example,
+49 421 5508-1010
"""
    markup = """<html><body style="font-family:Arial,sans-serif">
<p><b>PRESS RELEASE</b> &ndash; for immediate publication</p>
<h2>Weserland Group: solid 2025 despite storm losses</h2>
<p><i>Bremen, 26 March 2026</i> &ndash; Weserland Versicherung grew gross written premiums by 4.8&nbsp;% to EUR&nbsp;2.31bn in 2025. Net profit was EUR&nbsp;96m (2024: EUR&nbsp;104m).</p>
<ul>
<li>Property &amp; casualty: combined ratio 97.4&nbsp;% (2024: 94.1&nbsp;%), burdened by windstorm &bdquo;Jolanda&ldquo; with EUR&nbsp;38m gross losses.</li>
<li>Health: benefits paid to policyholders rose by 7&nbsp;% to EUR&nbsp;812m, driven by hospital costs and newer cancer therapies.</li>
<li>Life: new disability income business up 11&nbsp;%; the share of disability claims caused by mental illness stayed at about 37&nbsp;%.</li>
</ul>
<p>&ldquo;We paid more than 1.2 million health claims, most of them within four working days,&rdquo; said CEO Dr Hinrich Oltmanns.</p>
<p>Press contact: Julia Behrens, <a href="mailto:presse@weserland-versicherung.example">presse@weserland-versicherung.example</a>, +49&nbsp;421&nbsp;5508-1010</p>
</body></html>
"""
    return build(who("behrens", "presse"), "press-list@weserland-versicherung.example",
                 "Press release: Weserland Group results 2025", "2026-03-26 07:00",
                 alt(text, markup, cs="us-ascii", cte="7bit", hcs="utf-8", hcte="quoted-printable"))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household insurance: e-bike theft claim of a named customer, frame number, police reference, settlement")
def m045():
    text = f"""Dear Ms Lindqvist,

thanks for sending the police report and the purchase invoice. Your claim
for the stolen e-bike is covered under your household insurance:

  Policy:           HR-2318840 (incl. bicycle theft, 24h cover)
  Claim:            HR-S-2026-00982
  Bike:             Riese & Müller Charger4, frame no. WRM4471902
  Police ref.:      Polizei Bremen, case 2026/041187
  Purchase price:   EUR 4,899.00 (April 2024)
  Replacement value after deduction for age: EUR 3,920.00
  Cover limit for bicycles: EUR 3,000.00

We will therefore pay EUR 3,000.00 to the account you gave us. If the bike
turns up again, please let us know straight away.

Best regards

Tim Bruns
Customer Service

{FOOTER_EN}
"""
    return build(who("bruns", "service"), A("Sara Lindqvist", "sara.lindqvist@inbox.example"),
                 "Your e-bike theft claim HR-S-2026-00982", "2026-03-20 11:48", plain(text, cte="base64"))

# ---------------------------------------------------------------- 0046-0060

@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental supplementary insurance: benefit commitment for a treatment plan (bridge, extraction), GOZ positions in the PDF")
def m046():
    text = f"""Sehr geehrte Frau Schoolmann,

wir haben den Heil- und Kostenplan von Frau Dr. Haase vom 02.03.2026
geprüft. Unsere Leistungszusage finden Sie im Anhang.

Kurz zusammengefasst: Von den geplanten Gesamtkosten in Höhe von
3.412,80 EUR erstatten wir nach Vorleistung Ihrer gesetzlichen Kasse
voraussichtlich 2.287,10 EUR. Die Zusage gilt sechs Monate.

Bitte reichen Sie nach der Behandlung die Rechnung und die Laborrechnung
ein – am einfachsten über die App.

Mit freundlichen Grüßen

{sig("harms")}
"""
    d = pdf([
        "# Leistungszusage Zahnersatz",
        "Versicherte Person: Jutta Schoolmann, geb. 19.01.1964",
        "Tarif: ZahnPlus 70, Vertrag ZP-5519023",
        "Heil- und Kostenplan: Dr. med. dent. Wiebke Haase, vom 02.03.2026",
        "",
        "Befund: 15 fehlend, 14 und 16 kariös zerstört (Pfeilerzähne), 17 nicht erhaltungswürdig",
        "Geplant: Extraktion 17, Brücke 14-16 vollkeramisch, Aufbaufüllungen 14/16",
        "",
        "GOZ 2200 (2x), 5070, 2180 (2x), 3000, Material- und Laborkosten",
        "Gesamtkosten laut Plan: 3.412,80 EUR",
        "Festzuschuss GKV (Befund 2.1): 912,46 EUR",
        "Erstattung Weserland 70 % der Gesamtkosten, begrenzt auf Restkosten: 2.287,10 EUR",
        "",
        "Gültig bis 16.09.2026",
    ], title="Leistungszusage ZP-5519023", date="20260316141000")
    body = attach(plain(text), Att("Leistungszusage_ZP-5519023.pdf", "application/pdf", d))
    return build(who("harms", "leistung-zahn"), A("Jutta Schoolmann", "jutta.schoolmann@posteingang.example"),
                 "Ihr Heil- und Kostenplan – Leistungszusage", "2026-03-16 14:22", body)


@mail("NORMAL", "de", "internal",
      "trap: data-protection jour fixe minutes (ODT) on health-data deletion periods and secure mail, no case data")
def m047():
    text = f"""Hallo zusammen,

das Protokoll des Datenschutz-Jour-fixe vom 05.03. liegt im Anhang (ODT,
lässt sich auch mit Word öffnen). Bitte die Aufgaben bis zum nächsten
Termin am 02.04. erledigen.

Beste Grüße
Gerrit Mahnken

--
{STAFF["mahnken"][2]}
"""
    d = odt([
        ("h", "Protokoll Datenschutz-Jour-fixe 05.03.2026"),
        "Teilnehmende: G. Mahnken (DSB), J. Oltmanns (Leistung KV), K. Wübbena (BU), H. Wessels (IT), N. Grotheer (HR)",
        ("h", "TOP 1 Löschfristen Gesundheitsdaten"),
        "Arztberichte und Rechnungen aus abgelehnten Anträgen werden nach 3 Jahren gelöscht, aus laufenden "
        "Verträgen 10 Jahre nach Vertragsende. Der Löschlauf für 2025 ist im Juni geplant.",
        ("h", "TOP 2 Versand von Befundanforderungen an Ärzte"),
        "Befundanforderungen mit Diagnosen gehen nur noch über das SecureMail-Portal oder Fax. "
        "Die Vorlage im Korrespondenzsystem wird angepasst (IT).",
        ("h", "TOP 3 Meldungen"),
        ("table", [["Nr.", "Art", "Status"],
                   ["2026-03", "Fehlversand Leistungsabrechnung an falsche Adresse", "keine Meldepflicht, abgeschlossen"],
                   ["2026-04", "verlorener USB-Stick (verschlüsselt)", "keine Meldepflicht"]]),
        ("h", "Aufgaben"),
        "IT: Vorlage Befundanforderung umstellen (bis 02.04.). HR: Schulung neue Mitarbeitende Leistung KV.",
    ], title="Protokoll DS-Jour-fixe 2026-03-05", author="Gerrit Mahnken", when="2026-03-06T10:00:00Z")
    body = attach(plain(text), Att("Protokoll_DS-JF_2026-03-05.odt", "application/vnd.oasis.opendocument.text", d))
    return build(who("mahnken", "datenschutz"), [who("oltmanns"), who("wuebbena"), who("wessels"), who("grotheer")],
                 "Protokoll Datenschutz-Jour-fixe 05.03.", "2026-03-06 10:05", body)


@mail("CONFIDENTIAL", "de", "insurer-to-court",
      "motor premium arrears: withdrawal of a payment order application against a named customer after payment")
def m048():
    text = f"""An das Amtsgericht Uelzen – Zentrales Mahngericht

Geschäftszeichen: 26-1044187-0-3
Antragstellerin: Weserland Versicherung AG
Antragsgegner:   Dirk Harjes, Mühlenkamp 3, 27711 Osterholz-Scharmbeck

Sehr geehrte Damen und Herren,

der Antragsgegner hat die rückständigen Beiträge für seine
Kfz-Versicherung KFZ-7114083 (Kennzeichen OHZ-DH 940) in Höhe von
487,30 EUR zuzüglich Mahnkosten am 17.03.2026 vollständig bezahlt.

Wir nehmen den Antrag auf Erlass eines Mahnbescheids vom 26.02.2026
hiermit zurück. Die Gerichtskosten tragen wir.

Die Rücknahme wird zusätzlich über das elektronische Verfahren
übermittelt.

Mit freundlichen Grüßen
Forderungsmanagement

Weserland Versicherung AG
Tel. 0421 5508-2900

{FOOTER_DE}
"""
    return build(A("Forderungsmanagement", "forderungsmanagement@" + DOMAIN),
                 A("Mahngericht Uelzen", "poststelle@mahngericht-uelzen.justiz.example"),
                 "Rücknahme Mahnantrag 26-1044187-0-3 (Harjes)", "2026-03-19 09:40", plain(text, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "life critical-illness claim: acknowledgement of a breast cancer diagnosis and payout")
def m049():
    text = f"""Dear Mrs Kowalczyk,

we are very sorry to hear about your diagnosis and hope the treatment
goes well.

We have received the histology report from the Breast Centre at Klinikum
Bremen-Mitte dated 9 March 2026 confirming invasive ductal carcinoma of
the left breast (C50.4). This is a covered condition under your critical
illness policy.

  Policy:          DD-4402917 (critical illness, sum insured EUR 60,000)
  Claim:           DD-L-2026-0031
  Benefit payable: EUR 60,000.00 - payment within 5 working days

You do not need to send us anything else. The payment does not end your
policy's life cover.

If you would like to talk to someone, our claims team is available on
+49 421 5508-4400 - we can also arrange a call in English.

With kind regards

{sig("meinders", "en")}
"""
    return build(who("meinders", "leben-leistung"), A("Agnieszka Kowalczyk", "a.kowalczyk@freemail.example"),
                 "Your claim DD-L-2026-0031", "2026-03-23 12:15", plain(text, cte="8bit"))


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: reinsurer data (XLSX) on disability incidence by ICD chapter and age band; aggregates only, small cells merged")
def m050():
    text = f"""Dear Malin,

attached is the incidence analysis for the quota share on our disability
book (2021-2025) that your pricing team asked for. Notes:

- counts by ICD-10 chapter and age band; cells with fewer than 10 claims
  are merged into "other", so no individual claim can be identified
- exposure in policy years, incidence per 1,000
- mental disorders (chapter V) remain the largest cause at 37 %

The underlying claim-level file will not be shared; if you need more
detail we can run further aggregations on our side.

Best regards
Uwe

{sig("deters", "en")}
"""
    x = xlsx([("Incidence", [
        ["ICD-10 chapter", "Cause", "Age 18-39", "Age 40-49", "Age 50-67", "Total claims", "Share"],
        ["V (F00-F99)", "Mental and behavioural disorders", 212, 341, 298, 851, 0.37],
        ["XIII (M00-M99)", "Musculoskeletal", 61, 189, 302, 552, 0.24],
        ["II (C00-D48)", "Neoplasms", 38, 104, 177, 319, 0.14],
        ["IX (I00-I99)", "Circulatory system", 12, 58, 141, 211, 0.09],
        ["VI (G00-G99)", "Nervous system", 41, 62, 73, 176, 0.08],
        ["other", "all other chapters and merged small cells", 44, 61, 89, 194, 0.08],
        ["", "Total", 408, 815, 1080, 2303, 1.0]]),
        ("Exposure", [["Year", "Policy years", "New claims", "Incidence per 1,000"],
                      [2021, 91200, 421, 4.62], [2022, 94800, 447, 4.72], [2023, 97300, 468, 4.81],
                      [2024, 99100, 474, 4.78], [2025, 101600, 493, 4.85]])],
        title="BU incidence 2021-2025", author="Uwe Deters", when="2026-03-24T09:30:00Z")
    body = attach(plain(text), Att("BU_incidence_ICD_chapters_2021-2025.xlsx",
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
    return build(who("deters"), A("Malin Sjöberg", "malin.sjoberg@baltic-re.example"),
                 "Disability QS - incidence by cause 2021-2025", "2026-03-24 09:41", body)


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal expenses: cover confirmation for an employment dispute (dismissal) stating the customer's monthly salary")
def m051():
    text = f"""Sehr geehrte Frau Dr. Vosteen,

in der Angelegenheit Ihrer Mandantin

  Frau Kübra Aslan ./. Nordsee Fischfeinkost GmbH
  Rechtsschutzversicherung RS-6610732, Schaden RS-S-2026-01455

erteilen wir Deckungszusage für die außergerichtliche Tätigkeit und die
Kündigungsschutzklage in erster Instanz (Leistungsart
Arbeits-Rechtsschutz). Die Kündigung vom 27.02.2026 fällt in den
versicherten Zeitraum, die Wartezeit ist erfüllt.

Gegenstandswert nach Ihren Angaben: Vierteljahresverdienst bei einem
Bruttomonatsgehalt von 3.880 EUR, also 11.640 EUR. Eine Abfindungs-
vereinbarung bitten wir vorab mit uns abzustimmen. Selbstbeteiligung der
Mandantin: 150 EUR.

Ihre Vorschussrechnung können Sie direkt an uns richten.

Mit freundlichen Grüßen

{sig("janssen")}
"""
    return build(who("janssen", "rechtsschutz"), A("Dr. Merle Vosteen", "kanzlei@ra-vosteen.example"),
                 "Deckungszusage RS-S-2026-01455 – Aslan ./. Nordsee Fischfeinkost GmbH", "2026-03-04 15:30", plain(text))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
      "travel health: order to a translation agency; the attached PDF is a Spanish hospital discharge report of a named patient")
def m052():
    text = f"""Sehr geehrte Frau Marquardt,

bitte übersetzen Sie den beigefügten Entlassungsbericht (Spanisch, 1 Seite)
ins Deutsche. Fachgebiet: Innere Medizin/Chirurgie.

Unser Auftrag: ÜB-2026-0077
Termin: bis Freitag, 20.03., 12 Uhr
Abrechnung nach Rahmenvertrag (Normzeile)

Bitte senden Sie die Übersetzung ausschließlich über Ihren Zugang zu
unserem SecureMail-Portal zurück, nicht per normaler E-Mail.

Vielen Dank und freundliche Grüße

{sig("carstens")}
"""
    d = pdf([
        "# Clínica Mar Azul - Málaga",
        "# Informe de alta",
        "Paciente: Jonas Feldkamp   Fecha de nacimiento: 03/09/1994",
        "Ingreso: 02/02/2026 (urgencias)   Alta: 05/02/2026",
        "",
        "Diagnóstico principal: apendicitis aguda flemonosa (K35.8)",
        "Procedimiento: apendicectomía laparoscópica el 02/02/2026",
        "Evolución: favorable, sin complicaciones. Afebril desde el 2º día.",
        "Tratamiento al alta: amoxicilina/ácido clavulánico 875/125 mg c/8h 5 días,",
        "paracetamol 1 g si dolor. Retirada de grapas en 8-10 días por su médico.",
        "",
        "Dr. Álvaro Benítez Ruiz - Servicio de Cirugía General",
    ], title="Informe de alta Feldkamp", author="Clinica Mar Azul", date="20260205160000")
    body = attach(plain(text), Att("Informe_de_alta_RK-88120455.pdf", "application/pdf", d))
    return build(who("carstens", "reise"), A("Lingua Portus Übersetzungen", "auftrag@linguaportus.example"),
                 "Übersetzungsauftrag ÜB-2026-0077 (ES > DE, medizinisch)", "2026-03-17 09:14", body)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print-shop test run with fictitious sample data (Erika Mustermann, the published example IBAN) in a CSV; grey: a checksum-valid IBAN of no real person")
def m053():
    text = f"""Hallo Herr Bokelmann,

für den Testdruck der neuen Beitragsrechnung (Layout 2026) schicke ich
Ihnen die Testdatei mit 5 Musterdatensätzen. Alle Daten sind erfunden;
die IBAN ist die öffentliche Beispiel-IBAN aus den Bankunterlagen.

Bitte prüfen Sie besonders:
- Umbruch bei langen Namen (Datensatz 3)
- Darstellung der IBAN in Vierergruppen
- Adressfeld im Sichtfenster DIN lang

Den Proof als PDF bitte bis Mittwoch an mich.

Danke und Gruß
Petra Albers

{sig("albers")}
"""
    data = csv_text([
        ["Satz", "Anrede", "Vorname", "Nachname", "Strasse", "PLZ", "Ort", "Vertrag", "Beitrag", "IBAN"],
        ["1", "Frau", "Erika", "Mustermann", "Musterstraße 1", "12345", "Musterstadt", "MUSTER-0001", "123,45", "DE89 3704 0044 0532 0130 00"],
        ["2", "Herr", "Max", "Mustermann", "Musterstraße 1", "12345", "Musterstadt", "MUSTER-0002", "67,80", "DE89 3704 0044 0532 0130 00"],
        ["3", "Frau", "Maximiliane Sophie-Charlotte", "Musterfrau-Beispielhausen", "Lange Teststraße 1234a", "99999", "Beispieldorf an der Testau", "MUSTER-0003", "1.234,56", "DE89 3704 0044 0532 0130 00"],
        ["4", "Firma", "Muster", "GmbH", "Postfach 0000", "00000", "Testhausen", "MUSTER-0004", "0,00", ""],
        ["5", "Herr", "Test", "Testmann", "Probeweg 7", "11111", "Probehausen", "MUSTER-0005", "9,99", "DE89 3704 0044 0532 0130 00"]])
    body = attach(plain(text), Att("testdaten_beitragsrechnung_2026.csv", "text/csv", data, cs="utf-8"))
    return build(who("albers", "einkauf"), A("Druckhaus Hunte – Jens Bokelmann", "j.bokelmann@druckhaus-hunte.example"),
                 "Testdruck Beitragsrechnung 2026 – Musterdaten", "2026-03-09 13:26", body)


@mail("CONFIDENTIAL", "de", "insurer-to-authority",
      "household burglary claim: request to the police for the investigation file, naming the policyholder and address")
def m054():
    text = f"""Polizeiinspektion Delmenhorst/Oldenburg-Land/Wesermarsch
Zentraler Kriminaldienst

Ihr Tagebuch-Nr.: 202600318744
Geschädigter/Versicherungsnehmer: Herr Bernd Ahlhorn,
Am Tonkuhlenweg 12, 27753 Delmenhorst
Tatzeit: 21./22.02.2026 (Wohnungseinbruch)

Sehr geehrte Damen und Herren,

Herr Ahlhorn hat bei uns einen Schaden aus seiner Hausratversicherung
HR-2274410 gemeldet (Entwendung von Schmuck, Laptop und Bargeld). Zur
Prüfung bitten wir um Akteneinsicht bzw. Übersendung einer Kopie der
Strafanzeige und der Stehlgutliste. Eine Einverständniserklärung von
Herrn Ahlhorn liegt uns vor und kann auf Wunsch nachgereicht werden.

Die Gebühr nach Ihrer Gebührenordnung übernehmen wir.

Mit freundlichen Grüßen

{sig("stuehrenberg")}
"""
    return build(who("stuehrenberg", "schaden-sach"), A("Polizei Delmenhorst ZKD", "zkd@pi-del.polizei.example"),
                 "Akteneinsicht Tgb.-Nr. 202600318744 – Einbruch Ahlhorn", "2026-03-02 10:50",
                 plain(text, cs="iso-8859-1", cte="quoted-printable"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "company health insurance: answer to the employer's HR about an employee's claim, disclosing (with her consent) reimbursed glasses")
def m055():
    text = f"""Hallo Frau Struckmeyer,

grundsätzlich geben wir Arbeitgebern keine Auskunft über Leistungen an
einzelne Mitarbeitende – das bleibt zwischen uns und der versicherten
Person. Frau Bode hat uns aber heute telefonisch gebeten, Ihnen
Folgendes mitzuteilen, damit die Sache mit dem Zuschuss geklärt ist:

Ihre Gleitsichtbrille (Rechnung Optik Wiechmann vom 03.03.2026,
612,00 EUR) haben wir aus dem bKV-Tarif Sehhilfe mit dem Höchstbetrag
von 300,00 EUR erstattet. Ein weiterer Zuschuss aus dem Budgettarif ist
2026 nicht mehr möglich.

Für künftige Fragen dieser Art: Bitte verweisen Sie Mitarbeitende direkt
an unsere bKV-Hotline 0421 5508-3444.

Viele Grüße

{sig("siemers")}

Am 20.03.2026 um 11:02 schrieb Struckmeyer, Heike (Personal):
> Hallo Frau Siemers,
> Frau Nele Bode aus der Buchhaltung sagt, ihre Brille wurde nicht
> komplett bezahlt. Können Sie mir sagen, was da los ist? Wir
> überlegen, ob wir als Firma noch etwas dazugeben.
> Gruß Heike Struckmeyer
> Nordwind Kabeltechnik GmbH
"""
    return build(who("siemers"), A("Heike Struckmeyer", "h.struckmeyer@nordwind-kabel.example"),
                 "AW: bKV Frau Bode – Brille", "2026-03-20 15:47", plain(text),
                 irt=mid("nordwind-kabel.example"))


@mail("NORMAL", "de", "insurer-to-broker",
      "broker day invitation with ICS (agenda on BU, care and dental products); no customer data")
def m056():
    text = f"""Liebe Partnerinnen und Partner,

wir laden Sie herzlich zum Weserland Maklertag 2026 ein:

  Donnerstag, 11. Juni 2026, 9:30 bis 16:30 Uhr
  Überseestadt Bremen, Speicher XI, Saal Weserblick

Programm:
  09:30  Ankommen und Kaffee
  10:00  Marktupdate und Produktneuheiten 2026
  11:00  Workshop A: BU für Handwerker – Annahmepolitik und Gesundheitsfragen
         Workshop B: Pflege und Zahn – was Kundinnen wirklich fragen
  12:30  Mittagessen
  13:30  Digitale Maklerpost und neues Maklerportal (Live-Demo)
  15:00  Podium: "Beratungsdokumentation ohne Papier"
  16:30  Ausklang

Die Veranstaltung ist als Weiterbildung nach IDD mit 5 Stunden
anrechenbar. Die Kalendereinladung hängt an; bitte melden Sie sich bis
15. Mai im Maklerportal an.

Herzliche Grüße aus Bremen

{sig("kueck")}
"""
    cal = ics("maklertag2026@" + DOMAIN, "Weserland Maklertag 2026", "20260611T093000", "20260611T163000",
              ("Oliver Kück", addr("kueck")), [("Maklerverteiler Nord", "makler-nord@" + DOMAIN)],
              location="Speicher XI, Überseestadt Bremen, Saal Weserblick",
              description="Marktupdate, Workshops BU / Pflege & Zahn, digitale Maklerpost. 5 Std. IDD-Weiterbildung.",
              stamp="20260320080000Z")
    body = attach(plain(text), Att("Maklertag2026.ics", "text/calendar", cal, params={"method": "REQUEST"}))
    return build(who("kueck"), A("Maklerverteiler Nord", "makler-nord@" + DOMAIN), "Einladung: Weserland Maklertag 11. Juni 2026",
                 "2026-03-20 08:15", body)


@mail("NORMAL", "en", "hospital",
      "trap: forwarded hospital billing notice (new corporate bank account, e-invoice format) to accounts payable; grey: a hospital company's IBAN")
def m057():
    ib = iban_de("29050000", "0102290017")
    text = f"""Hi Accounts Payable,

FYI and for the vendor master data: St. Ansgar changes its bank account
from 1 April. Please update vendor 700412 after the usual call-back check
(phone number from our master data, not from the mail!).

Thanks
Jannik

{STAFF["oltmanns"][3]}

From: Billing Department St.-Ansgar-Krankenhaus <billing@st-ansgar-kh.example>
Sent: Monday, 23 March 2026 09:12
To: klinik-card@weserland-versicherung.example
Subject: Change of bank details and invoice format from 1 April 2026

Dear partners,

please note that from 1 April 2026 all payments for invoices of
St.-Ansgar-Krankenhaus gGmbH should be made to our new account:

  Account holder: St.-Ansgar-Krankenhaus gGmbH
  IBAN: {grp(ib)}
  BIC: BRLADE22XXX

Invoices will be sent as XRechnung (XML) with a PDF copy from the same
date. The old account will remain open until 30 June 2026.

Kind regards
Billing Department
St.-Ansgar-Krankenhaus gGmbH, Delmenhorst
"""
    return build(who("oltmanns"), A("Kreditorenbuchhaltung", "kreditoren@" + DOMAIN),
                 "FW: Change of bank details and invoice format from 1 April 2026", "2026-03-23 10:01",
                 plain(text))


@mail("NORMAL", "en", "internal",
      "trap: HTML staff notice about flu and COVID vaccinations by the company doctor and a health day (no person)")
def m058():
    markup = """<html><head><meta charset="iso-8859-1"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<h3 style="color:#2d6a4f">Health &amp; wellbeing: vaccination days and health check</h3>
<p>Dear colleagues,</p>
<p>our company doctor, Dr. Wenke Rasch, offers flu and COVID-19 booster vaccinations on site:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Date</th><th>Time</th><th>Room</th></tr>
<tr><td>Tue 6 Oct 2026</td><td>09:00&ndash;15:00</td><td>Medical room, ground floor</td></tr>
<tr><td>Wed 7 Oct 2026</td><td>09:00&ndash;12:00</td><td>Medical room, ground floor</td></tr>
</table>
<p>Please bring your vaccination certificate if you have one. Booking via the intranet; your booking is
visible only to the medical service, not to your manager.</p>
<p>At the same time the health insurer's <b>health day</b> takes place in the canteen:
blood pressure and blood sugar checks, back screening and advice on nutrition. Participation is voluntary
and anonymous &ndash; no results are passed on to the employer.</p>
<p>Your HR team</p>
<p style="font-size:8pt;color:#666">Weserland Versicherung AG &middot; internal communication</p>
</body></html>
"""
    return build(A("HR Team", "personal@" + DOMAIN), A("All staff Bremen", "alle-bremen@" + DOMAIN),
                 "Vaccination days 6/7 October and health day in the canteen", "2026-09-14 08:00",
                 htmlonly(markup, cs="iso-8859-1", cte="quoted-printable"))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel baggage claim: named customer, policy and claim numbers, settlement to her IBAN (no health content)")
def m059():
    ib = iban_de("20041111", "0288103400")
    text = f"""Dear Ms Osei,

we have checked your claim for the suitcase that did not arrive on your
flight Bremen - Accra on 14 February 2026 and was declared lost by the
airline on 10 March.

  Travel insurance:   RV-9933012 (annual travel package)
  Claim:              RV-S-2026-00390
  Contents claimed:   EUR 1,640.00 (clothes, camera, presents)
  Airline paid:       EUR 1,140.00 (Montreal Convention, see your letter)
  Deduction for age:  EUR   96.00 (camera, 3 years old)
  We pay:             EUR  404.00

The amount will be transferred to {grp(ib)} within three working days.

Kind regards

Ines Carstens
Travel Insurance & Assistance

{FOOTER_EN}
"""
    return build(who("carstens", "reise"), A("Abena Osei", "abena.osei@webpost.example"),
                 "Your baggage claim RV-S-2026-00390", "2026-03-25 13:08", plain(text))


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "travel health abroad: German/English mail to a father about his daughter's hospital stay in the USA (diagnosis, treatment, guarantee)")
def m060():
    text = f"""Lieber Herr Rohde,

kurzes Update nach meinem Telefonat mit dem Krankenhaus in Orlando – ich
schreibe Ihnen die wichtigen Punkte auch auf Englisch, falls Sie das an
die Klinik weitergeben möchten:

- Ihre Tochter Mia (geb. 07.05.2009) ist mitversichert (RK-88117302).
- Die Ärzte bestätigen eine schwere allergische Reaktion (Anaphylaxie
  nach Erdnuss) am 29.03., sie wurde zwei Nächte auf der pädiatrischen
  Station überwacht und soll morgen entlassen werden.
- Wir haben eine Kostenübernahme bis 25.000 USD erteilt. Sie müssen
  nichts vorstrecken.
- Bitte lassen Sie sich vor der Entlassung zwei Adrenalin-Autoinjektoren
  (EpiPen) verschreiben; die Kosten übernehmen wir.

English for the hospital:

  Patient Mia Rohde, DOB 05/07/2009 (US format), travel health policy
  RK-88117302 with Weserland Krankenversicherung a.G. Guarantee of payment
  up to USD 25,000 issued on 30 March 2026 (our ref. ASS-2026-00517)
  for the admission after anaphylaxis. Please send the itemised bill
  to assistance@weserland-versicherung.example.

Gute Heimreise!

{sig("carstens", "de")}
"""
    return build(who("carstens", "assistance"), A("Thomas Rohde", "thomas.rohde@kabelmail.example"),
                 "Mia – Krankenhaus Orlando / hospital Orlando – Kostenübernahme", "2026-03-30 22:47", plain(text))

# ---------------------------------------------------------------- 0061-0075

@mail("NORMAL", "de", "insurer-to-applicant",
      "grey: interview invitation to a named job applicant (personal data, but none of the SPEC's sensitive categories)")
def m061():
    text = f"""Sehr geehrte Frau Thölken,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Kfz-Schaden
(Kennziffer 2026-009). Wir würden Sie gern kennenlernen und laden Sie zu
einem Gespräch ein:

  Dienstag, 14. April 2026, 10:00 Uhr
  Weserland Versicherung, Am Deichtor 12, Empfang Haus A
  Gesprächspartner: Björn Tietjen (Teamleitung) und ich

Bitte bestätigen Sie den Termin kurz per E-Mail. Falls er nicht passt,
finden wir gern einen anderen. Fahrtkosten erstatten wir nicht; ein
Parkplatz ist für Sie reserviert.

Wir freuen uns auf Sie!

Freundliche Grüße

{sig("grotheer")}
"""
    return build(who("grotheer", "bewerbung"), A("Lara Thölken", "lara.thoelken@freemail.example"),
                 "Einladung zum Vorstellungsgespräch – Kennziffer 2026-009", "2026-03-31 11:20", plain(text))


@mail("CONFIDENTIAL", "de", "broker",
      "motor: broker's forwarded request to change a client's car, with the client's and the second driver's birth dates")
def m062():
    text = f"""Hallo Lena,

kannst du das bitte für Herrn Eilts umsetzen? Neuer Wagen ab 15.04.,
zweite Fahrerin dazu. Danke!

Gruß Oliver

{STAFF["kueck"][2]}

________________________________
Von: Hauke Eilts <hauke.eilts@finanzkontor-eilts.example>
Gesendet: Dienstag, 31. März 2026 17:55
An: Kück, Oliver <oliver.kueck@weserland-versicherung.example>
Betreff: Fahrzeugwechsel Kunde Gerdes

Moin Oliver,

mein Kunde Frerich Gerdes (geb. 02.12.1958, Kfz-Vertrag KFZ-7001548,
AUR-FG 58) tauscht seinen Passat gegen einen Skoda Enyaq, Zulassung
voraussichtlich 15.04. Neu als Fahrerin dazu: Ehefrau Hilke Gerdes,
geb. 19.07.1961. Garage vorhanden, 12.000 km/Jahr, Nutzung privat.

Kannst du mir die eVB und den neuen Beitrag schicken? SF bleibt ja.

Besten Gruß aus Aurich
Hauke Eilts
Finanzkontor Ostfriesland – Versicherungsmakler
"""
    return build(who("kueck"), who("focke"), "WG: Fahrzeugwechsel Kunde Gerdes", "2026-04-01 07:42", plain(text))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "dental treatment abroad: questions to a Hungarian dental clinic about a named patient's implant plan (base64 body)")
def m063():
    text = f"""Dear Dr Varga,

your patient Mr Heiko Stindt (DOB 11/08/1967) has submitted your
treatment plan of 12 March 2026 for reimbursement under his dental
insurance with us (policy ZP-5570044).

Before we can confirm the benefit, we need some clarification:

1. The plan lists four implants in regions 35, 36, 45 and 46. Please
   confirm which teeth are missing today and since when.
2. Was a bone graft (sinus lift or augmentation) necessary? It appears in
   the cost summary but not in the treatment description.
3. Please send the panoramic X-ray (OPG) on which the plan is based.
4. The costs are stated as a package price of EUR 6,950. Please itemise
   them (implants, abutments, crowns, lab work, surgery).

You may send the documents to our secure portal; Mr Stindt has signed a
release of confidentiality for your clinic.

Kind regards

{sig("harms", "en")}
"""
    return build(who("harms", "leistung-zahn"), A("Dr Zsófia Varga", "info@budadent-clinic.example"),
                 "Treatment plan Mr Heiko Stindt - questions", "2026-03-26 11:03", plain(text, cte="base64"))


@mail("NORMAL", "de", "insurer-to-court",
      "notice to a court of a new central electronic mailbox and contact persons for proceedings (no case, no party)")
def m064():
    text = f"""Sehr geehrte Damen und Herren,

zur Aktualisierung Ihrer Stammdaten teilen wir mit, dass die Weserland
Versicherung AG, die Weserland Lebensversicherung AG und die Weserland
Krankenversicherung a.G. ab dem 01.05.2026 für Zustellungen im
elektronischen Rechtsverkehr ein gemeinsames Postfach (eBO) nutzen:

  SAFE-ID: DE.Justiz.8b1f2c7e-5d4a-4f0e-9a61-0c3e7d2b9a44.0412
  Bezeichnung: Weserland Versicherung – Recht und Prozesse

Das bisherige EGVP-Postfach wird zum 30.06.2026 abgeschaltet. Postalische
Zustellungen bitte weiterhin an: Weserland Versicherung AG, Recht und
Prozesse, Am Deichtor 12, 28195 Bremen.

Ansprechpartnerin für Rückfragen zur Umstellung ist die Unterzeichnerin.

Mit freundlichen Grüßen

{sig("eilers")}
"""
    return build(who("eilers", "recht"), A("Landgericht Bremen – Verwaltung", "verwaltung@lg-bremen.justiz.example"),
                 "Neues Postfach für den elektronischen Rechtsverkehr ab 01.05.2026", "2026-04-02 09:00", plain(text))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "private liability: claim acknowledgement for a neighbour's window broken by the customer's son; nobody hurt")
def m065():
    text = f"""Hallo Herr Dierks,

danke für Ihre Schadenmeldung über die App. Wir haben den Schaden unter
PH-S-2026-00812 angelegt (Privathaftpflicht PH-1207763, Familientarif).

So wie ich es verstanden habe, hat Ihr Sohn Finn beim Fußballspielen im
Garten die Terrassentür Ihres Nachbarn, Herrn Ralf Kettler
(Grasweg 14), getroffen. Verletzt wurde niemand.

Nächste Schritte:
1. Herr Kettler soll uns bitte direkt den Kostenvoranschlag des
   Glasers schicken (gern per Mail an schaden-haftpflicht@weserland-versicherung.example,
   Schaden-Nr. angeben).
2. Wir prüfen dann und zahlen direkt an ihn bzw. an den Glaser.

Sie selbst müssen nichts weiter tun. Ihre Selbstbeteiligung beträgt
150 EUR, die wir von der Entschädigung abziehen – das besprechen wir mit
Herrn Kettler.

Schöne Grüße

{sig("janssen")}
"""
    return build(who("janssen", "schaden-haftpflicht"), A("Mirko Dierks", "mirko.dierks@netzpost.example"),
                 "Ihre Schadenmeldung PH-S-2026-00812 (Terrassentür Nachbar)", "2026-04-07 10:30", plain(text))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "disability insurance: benefit acknowledgement (severe depression F32.2) with the formal PDF letter")
def m066():
    text = f"""Sehr geehrter Herr Hemken,

wir haben gute Nachrichten: Wir erkennen Ihre Berufsunfähigkeit an. Die
ausführliche Leistungsentscheidung finden Sie im Anhang; das Original
kommt zusätzlich per Post.

Die erste Rentenzahlung einschließlich der Nachzahlung ab 01.10.2025
erhalten Sie zum 01.05.2026.

Ich wünsche Ihnen für die weitere Behandlung alles Gute.

Mit freundlichen Grüßen

{sig("wuebbena")}
"""
    d = pdf([
        "# Leistungsanerkenntnis Berufsunfähigkeit",
        "Versicherte Person: Jan Hemken, geb. 08.10.1979",
        "Vertrag: BU-3092217, versicherte BU-Rente 2.000,00 EUR monatlich",
        "",
        "Wir erkennen unsere Leistungspflicht ab 01.10.2025 unbefristet an.",
        "",
        "Grundlage: Gutachten Dr. med. Friederike Sander (Psychiatrie) vom 18.03.2026.",
        "Danach besteht seit September 2025 eine schwere depressive Episode ohne",
        "psychotische Symptome (F32.2) mit Erschöpfung und Konzentrationsstörungen.",
        "Herr Hemken ist in seinem Beruf als Projektleiter Tiefbau zu mehr als 50 %",
        "außerstande, seine Tätigkeit auszuüben.",
        "",
        "Nachzahlung 10/2025 bis 04/2026: 7 x 2.000,00 EUR = 14.000,00 EUR",
        "Beitragsbefreiung ab 01.10.2025; zu viel gezahlte Beiträge: 478,80 EUR",
        "",
        "Wir werden die Berufsunfähigkeit frühestens im April 2027 nachprüfen.",
    ], title="Leistungsanerkenntnis BU-3092217", date="20260408090000")
    body = attach(plain(text), Att("Leistungsentscheidung_BU-3092217.pdf", "application/pdf", d))
    return build(who("wuebbena"), A("Jan Hemken", "jan.hemken@posteingang.example"),
                 "Ihr Antrag auf Berufsunfähigkeitsleistungen – Entscheidung", "2026-04-08 09:25", body)


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: collection schedule for shredding medical files and claim records with a certified shredding company (no file content)")
def m067():
    text = f"""Dear Mr Hollis,

thank you for the new framework agreement. For the next quarter we would
like the following collections of locked bins (security level P-4 /
protection class 3, as required for health data):

  Site Bremen, Am Deichtor 12: every Tuesday, 24 bins (claims archive,
  medical service, HR)
  Site Oldenburg, Stau 41: 1st and 3rd Thursday, 6 bins

In addition, a one-off clearance of the old paper archive of the health
claims department (approx. 3.8 tonnes of files from 2012-2015, retention
period expired) on Saturday 16 May, with shredding on site in your truck.
Our data protection officer will witness the destruction.

Please send us the destruction certificates per collection as PDF to
facility@weserland-versicherung.example.

Kind regards

{sig("albers", "en")}
"""
    return build(who("albers", "facility"), A("Graham Hollis", "g.hollis@securshred.example"),
                 "Collection schedule Q2 and archive clearance 16 May", "2026-04-09 14:12", plain(text))


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "grey: D&O claim notification concerning a named managing director (alleged breach of duty); no health or criminal data")
def m068():
    text = f"""Dear Ms Terhaar,

thank you for notifying the claim letter received by Solarpark Wesermarsch
GmbH & Co. KG. Our acknowledgement is attached.

In short: the claim by the limited partners against your former managing
director, Mr Henning Albrecht, for alleged breach of his duties in the
purchase of the inverters (damage claimed EUR 1.9m) falls within the
period of insurance. We reserve our position on cover until we have
reviewed the documents listed in the attachment.

Please do not make any admission of liability without our consent.

Kind regards

{sig("rohlfs", "en")}
"""
    d = pdf([
        "# Acknowledgement of claim - D&O policy DO-880412",
        "Policyholder: Solarpark Wesermarsch GmbH & Co. KG",
        "Insured person: Henning Albrecht, managing director until 31.12.2025",
        "Claimant: limited partners represented by Kanzlei Onken Rechtsanwälte",
        "Allegation: breach of duty of care (sect. 43 GmbHG) in the procurement of inverters 2024",
        "Amount claimed: EUR 1,900,000",
        "Claim reference: DO-S-2026-0004",
        "",
        "Documents requested: claim letter, board minutes 2024, procurement files,",
        "correspondence with the inverter supplier, audit report 2024.",
        "Reservation of rights: cover is reserved pending review.",
    ], title="D&O acknowledgement", author="Felix Rohlfs", date="20260410110000")
    body = attach(plain(text), Att("Acknowledgement_DO-S-2026-0004.pdf", "application/pdf", d))
    return build(who("rohlfs"), A("Annika Terhaar", "a.terhaar@solarpark-wesermarsch.example"),
                 "D&O claim DO-S-2026-0004 - acknowledgement", "2026-04-10 11:14", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "motor liability personal injury: settlement offer (whiplash, physiotherapy, lost earnings) to the claimant's solicitors in a DOCX")
def m069():
    text = f"""Dear Mr Whitlock,

please find attached our settlement offer for your client, Mr Callum Reid,
following the rear-end collision with our policyholder on the A27 on
14 November 2025.

We have reviewed the orthopaedic report of Dr Fenwick. The offer is made
without prejudice and remains open until 15 May 2026.

Yours sincerely

{sig("janssen", "en")}
"""
    doc = docx([
        ("h", "WITHOUT PREJUDICE - settlement offer"),
        "Claimant: Mr Callum Reid, born 22 October 1990, of Bremen",
        "Our policyholder: vehicle HB-WL 2207; motor liability claim KH-S-2025-07719",
        ("h", "Injuries"),
        "Whiplash-associated disorder grade II (S13.4) with neck pain and headaches; "
        "contusion of the left shoulder. Symptoms resolved after 18 physiotherapy sessions "
        "by the end of February 2026 (report Dr Fenwick, 9 March 2026).",
        ("table", [["Head of claim", "Claimed EUR", "Offered EUR"],
                   ["Pain and suffering", "6,000.00", "3,500.00"],
                   ["Physiotherapy (18 sessions)", "1,044.00", "1,044.00"],
                   ["Lost earnings 15.11.-19.12.2025 (net)", "2,860.00", "2,860.00"],
                   ["Travel to treatment", "212.40", "212.40"],
                   ["Total", "10,116.40", "7,616.40"]]),
        "Statutory legal fees will be paid in addition. The offer is in full and final settlement of all claims "
        "arising from the accident, excluding future material damage.",
    ], title="Settlement offer Reid", author="Friederike Janssen", when="2026-04-13T10:00:00Z")
    body = attach(plain(text), Att("Settlement_offer_Reid_KH-S-2025-07719.docx",
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc))
    return build(who("janssen"), A("Edward Whitlock", "e.whitlock@whitlock-avery.example"),
                 "Reid v. our policyholder - settlement offer (without prejudice)", "2026-04-13 10:09", body)


@mail("NORMAL", "de", "internal",
      "trap: quarterly health-claims statistics by diagnosis group and cost type (XLSX); aggregates only")
def m070():
    text = f"""Hallo Leitungsrunde,

hier die Quartalsauswertung Q1/2026 der Leistungsfälle Kranken. Kurz:

- 312.400 Belege, +6 % zum Vorjahresquartal
- stärkster Anstieg bei Psychotherapie (+14 %) und Krankenhaus (+9 %)
- Durchlaufzeit Median 3,1 Arbeitstage

Die Tabelle enthält nur Summen; Diagnosegruppen mit weniger als 20 Fällen
sind zusammengefasst.

Gruß
Jannik

--
{STAFF["oltmanns"][2]}
"""
    x = xlsx([("Q1 2026", [
        ["Leistungsart", "Belege", "Erstattung EUR", "Veränderung Vj."],
        ["Ambulant ärztlich", 148200, 21440000, 0.04],
        ["Zahn", 61300, 9870000, 0.05],
        ["Arznei- und Verbandmittel", 52800, 11250000, 0.06],
        ["Krankenhaus", 9100, 38910000, 0.09],
        ["Psychotherapie", 14600, 2310000, 0.14],
        ["Heilmittel", 26400, 2180000, 0.03]]),
        ("Diagnosegruppen", [
            ["ICD-10-Gruppe", "Fälle stationär", "Anteil"],
            ["I20-I25 Ischämische Herzkrankheiten", 812, 0.089],
            ["M15-M19 Arthrose", 744, 0.082],
            ["C00-C97 Bösartige Neubildungen", 1203, 0.132],
            ["F30-F39 Affektive Störungen", 388, 0.043],
            ["O00-O99 Schwangerschaft, Geburt", 602, 0.066],
            ["übrige Gruppen (inkl. < 20 Fälle)", 5351, 0.588]])],
        title="Leistungsstatistik Q1 2026", author="Jannik Oltmanns", when="2026-04-14T07:30:00Z")
    body = attach(plain(text), Att("Leistungsstatistik_KV_Q1-2026.xlsx",
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
    return build(who("oltmanns"), A("Leitungsrunde KV", "leitung-kv@" + DOMAIN),
                 "Quartalsauswertung Leistung Kranken Q1/2026", "2026-04-14 07:41", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor total loss settlement (replacement and salvage value) with payout to the customer's IBAN, text and HTML")
def m071():
    ib = iban_de("29152300", "0144827006")
    text = f"""Sehr geehrte Frau Dunker,

nach dem Gutachten des Sachverständigenbüros Lammers liegt bei Ihrem Opel
Corsa (BRA-AD 302) ein wirtschaftlicher Totalschaden vor. Wir rechnen Ihre
Vollkasko-Schaden VK-S-2026-01902 (Vertrag KFZ-6993410) so ab:

  Wiederbeschaffungswert:      9.800,00 EUR
  Restwert (Höchstgebot):     -1.650,00 EUR
  Selbstbeteiligung:            -300,00 EUR
  Abschleppkosten:              +186,00 EUR
  Auszahlung:                  8.036,00 EUR

Überweisung an: {grp(ib)} (Kontoinhaberin Anke Dunker)

Das Restwertangebot ist bis 30.04. bindend; der Aufkäufer holt das
Fahrzeug nach Ihrer Terminabsprache kostenlos ab.

Mit freundlichen Grüßen
{sig("tietjen")}
"""
    markup = f"""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Dunker,</p>
<p>nach dem Gutachten des Sachverst&auml;ndigenb&uuml;ros Lammers liegt bei Ihrem Opel Corsa (BRA-AD&nbsp;302) ein wirtschaftlicher Totalschaden vor. Wir rechnen Ihren Vollkasko-Schaden <b>VK-S-2026-01902</b> (Vertrag KFZ-6993410) so ab:</p>
<table style="border-collapse:collapse" cellpadding="3">
<tr><td>Wiederbeschaffungswert</td><td align="right">9.800,00 EUR</td></tr>
<tr><td>Restwert (H&ouml;chstgebot)</td><td align="right">-1.650,00 EUR</td></tr>
<tr><td>Selbstbeteiligung</td><td align="right">-300,00 EUR</td></tr>
<tr><td>Abschleppkosten</td><td align="right">+186,00 EUR</td></tr>
<tr><td><b>Auszahlung</b></td><td align="right"><b>8.036,00 EUR</b></td></tr>
</table>
<p>&Uuml;berweisung an: {grp(ib)} (Kontoinhaberin Anke Dunker)</p>
<p>Das Restwertangebot ist bis 30.04. bindend; der Aufk&auml;ufer holt das Fahrzeug nach Ihrer Terminabsprache kostenlos ab.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Bj&ouml;rn Tietjen<br>Kfz-Schaden<br>Tel. 0421 5508-2211</p>
</body></html>
"""
    return build(who("tietjen", "kfz-schaden"), A("Anke Dunker", "anke.dunker@kabelmail.example"),
                 "Totalschaden BRA-AD 302 – Abrechnung", "2026-04-15 14:44", alt(text, markup))


@mail("NORMAL", "en", "newsletter",
      "trap: English broker newsletter on expat health plans (maternity, chronic conditions, evacuation) with model premiums")
def m072():
    text = """Weserland International - Broker Update April 2026

Expat Health 2026: what's new

* Maternity cover after 10 months waiting time (was 12)
* Chronic conditions: continued cover for diabetes and asthma if
  declared and accepted at application
* Medical evacuation and repatriation now without sub-limit
* Mental health: 20 outpatient therapy sessions per year

Model premiums (monthly, worldwide excl. USA, excess EUR 500):
  age 30: EUR 186  |  age 45: EUR 274  |  age 60: EUR 498

Underwriting: full medical questionnaire; moratorium option for
groups of 10+ employees.

Webinar 6 May, 15:00 CET:
https://makler.weserland-versicherung.example/webinars/expat-2026

Unsubscribe: https://makler.weserland-versicherung.example/newsletter/unsubscribe
"""
    markup = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<h2 style="color:#0b4f6c">Expat Health 2026: what&rsquo;s new</h2>
<ul>
<li>Maternity cover after 10 months waiting time (was 12)</li>
<li>Chronic conditions: continued cover for diabetes and asthma if declared and accepted at application</li>
<li>Medical evacuation and repatriation now without sub-limit</li>
<li>Mental health: 20 outpatient therapy sessions per year</li>
</ul>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Age</th><th>30</th><th>45</th><th>60</th></tr>
<tr><td>Monthly premium (worldwide excl. USA, excess EUR 500)</td><td>EUR 186</td><td>EUR 274</td><td>EUR 498</td></tr>
</table>
<p>Underwriting: full medical questionnaire; moratorium option for groups of 10+ employees.</p>
<p><a href="https://makler.weserland-versicherung.example/webinars/expat-2026">Register for the webinar on 6 May, 15:00 CET</a></p>
<p style="font-size:11px"><a href="https://makler.weserland-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return build(A("Weserland International", "international@" + DOMAIN), "undisclosed-recipients:;",
                 "Broker Update April: Expat Health 2026", "2026-04-16 08:00",
                 alt(text, markup, cs="us-ascii", cte="7bit", hcs="us-ascii", hcte="7bit"),
                 mailer="Weserland Mailing 3.4", headers=[("Precedence", "bulk")])


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "life/disability underwriting referral to the medical officer: applicant's BMI, blood pressure and medication")
def m073():
    text = f"""Dr Brömmel,

could you have a look at this one before I go back to the broker? English
because the file goes to Baltic Re for facultative review afterwards.

Applicant:  Marcus Delaney, born 1978-06-30, software architect
Product:    term life EUR 800,000 + disability income EUR 3,500/month
Declared:   BMI 34.1 (1.82 m / 113 kg), hypertension since 2021,
            treated with ramipril 5 mg and amlodipine 5 mg, last readings
            138/88; sleep apnoea with CPAP since 2024; no other findings.
GP report:  received, attached in the underwriting system (UW-2026-04418)

My proposal: life standard +50 %, disability with exclusion for sleep
disorders? Not sure about the combination BMI + apnoea.

Thanks
Kerstin

{STAFF["schnakenberg"][3]}
"""
    return build(who("schnakenberg"), who("broemmel"), "UW referral UW-2026-04418 Delaney - please review",
                 "2026-04-16 16:05", plain(text, cte="8bit"))


@mail("CONFIDENTIAL", "en", "insurer-to-supplier",
      "windscreen claim: job order to a glass repair company with customer's name, plate, policy and phone")
def m074():
    text = """Hi team,

please replace the windscreen for the following customer (comprehensive
cover, direct billing with us):

  Claim:      TK-S-2026-03377
  Customer:   Mr Jonathan Price, phone 0176 2290 4471
  Vehicle:    BMW 320d Touring, HB-JP 1980, first reg. 06/2021
  Policy:     KFZ-7702291, partial cover, excess EUR 150
  Damage:     stone chip with crack > 20 cm, driver's side
  Camera:     rain/light sensor and lane assist -> calibration needed

The customer is available Mon-Wed after 4 pm and speaks English. Please
collect the excess from him directly and invoice us the rest.

Thanks
Bjoern Tietjen
Motor Claims

""" + FOOTER_ASCII + "\n"
    return build(A("Bjoern Tietjen", "kfz-schaden@" + DOMAIN), A("Scheibenprofi Nord Auftragsannahme", "auftrag@scheibenprofi-nord.example"),
                 "Job order TK-S-2026-03377 windscreen HB-JP 1980", "2026-04-20 08:37",
                 plain(text, cs="us-ascii", cte="7bit"))


@mail("NORMAL", "mixed", "insurer-to-authority",
      "trap: annual complaints statistics to the supervisor with an English EIOPA annex (counts by line incl. health and life); no complainant")
def m075():
    text = f"""Sehr geehrte Damen und Herren,

anbei übersenden wir die Beschwerdestatistik 2025 der Weserland-Gruppe
nach Ihrem Rundschreiben. Die englische Anlage entspricht dem
EIOPA-Template für Ihre Weiterleitung.

Dear colleagues at EIOPA liaison, please find the English version
(complaints by line of business and cause) on page 2 of the attached PDF.
Figures are counts only; no individual complaint data is included.

Mit freundlichen Grüßen / Kind regards

{sig("mahnken", footer=False)}

{FOOTER_DE}
"""
    d = pdf([[
        "# Beschwerdestatistik 2025 - Weserland-Gruppe",
        "",
        "Sparte                         Beschwerden   je 10.000 Verträge",
        "Krankenversicherung                  412              3,9",
        "Lebensversicherung inkl. BU          233              2,1",
        "Unfallversicherung                    61              1,2",
        "Kraftfahrt                           389              2,8",
        "Sach / Haftpflicht / Rechtsschutz    296              1,7",
        "",
        "Häufigste Ursachen: Leistungsablehnung (41 %), Bearbeitungsdauer (27 %),",
        "Beitragsanpassung (14 %), Sonstiges (18 %)",
    ], [
        "# Annex (EN) - Complaints by line of business and cause 2025",
        "Health 412 | Life incl. disability 233 | Accident 61 | Motor 389 | P&C other 296",
        "Causes: claims decision 41 %, handling time 27 %, premium increase 14 %, other 18 %",
        "Ombudsman cases: health 38, life 19, other lines 24",
    ]], title="Beschwerdestatistik 2025", author="Gerrit Mahnken", date="20260421080000")
    body = attach(plain(text), Att("Beschwerdestatistik_2025_Weserland.pdf", "application/pdf", d))
    return build(who("mahnken", "compliance"), A("Aufsicht Referat VA 12", "va12-beschwerden@bafin.example"),
                 "Beschwerdestatistik 2025 / complaints statistics 2025 – Weserland-Gruppe", "2026-04-21 08:22", body)

# ---------------------------------------------------------------- 0076-0090

@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "daily sickness allowance: missing incapacity certificate; burnout diagnosis quoted from the customer's own mail")
def m076():
    text = f"""Hallo Herr Freese,

danke für Ihre Nachricht. Damit wir das Krankentagegeld ab dem 43. Tag
zahlen können, fehlt uns noch die Arbeitsunfähigkeitsbescheinigung für
den Zeitraum ab 23.03.2026 (Folgebescheinigung). Die Bescheinigung Ihres
Psychiaters vom 09.03. liegt uns vor.

Bitte schicken Sie uns außerdem den ausgefüllten Fragebogen zur
Arbeitsunfähigkeit (haben Sie per Post bekommen). Sobald beides da ist,
zahlen wir das Tagegeld von 95 EUR kalendertäglich rückwirkend.

Viele Grüße und gute Besserung

{sig("oltmanns")}

Am 14.04.2026 um 07:12 schrieb Tammo Freese:
> Guten Morgen,
> ich bin weiterhin krankgeschrieben, mein Arzt sagt Erschöpfungssyndrom
> bzw. Burnout, ich mache jetzt eine Tagesklinik. Wann kommt das Geld?
> Krankentagegeld Vertrag KT-3310582.
> Gruß T. Freese
"""
    return build(who("oltmanns", "leistung-kv"), A("Tammo Freese", "tammo.freese@posteingang.example"),
                 "AW: Krankentagegeld", "2026-04-14 11:35", plain(text, cs="iso-8859-1", cte="8bit"),
                 irt=mid("posteingang.example", "tb"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "rent deposit guarantee: approval after an income check (net income, employer) for a named customer")
def m077():
    text = f"""Sehr geehrte Frau Nordmann,

gute Nachricht: Ihre Mietkautionsbürgschaft ist genehmigt.

  Bürgschaft-Nr.:     KB-1104829
  Vermieter:          Wohnungsbau Bremen-Nord eG
  Mietobjekt:         Lesumer Heerstraße 88, 28717 Bremen, 2. OG links
  Bürgschaftssumme:   2.340,00 EUR (3 Nettokaltmieten)
  Jahresbeitrag:      117,00 EUR

Für die Prüfung haben wir Ihre Gehaltsabrechnungen Januar bis März
(Netto 2.612,40 EUR, Arbeitgeber Klinikverbund Nord) und die
Schufa-Auskunft herangezogen. Die Unterlagen löschen wir nach Abschluss.

Die Bürgschaftsurkunde schicken wir dem Vermieter direkt im Original.

Mit freundlichen Grüßen

{sig("bruns")}
"""
    return build(who("bruns", "service"), A("Yvonne Nordmann", "yvonne.nordmann@freemail.example"),
                 "Ihre Mietkautionsbürgschaft KB-1104829", "2026-04-20 10:10",
                 plain(text, cs="windows-1252", cte="quoted-printable"))


@mail("NORMAL", "de", "insurer-to-doctor",
      "trap: invitation of external medical assessors to a training on new assessment guidelines (psychiatry, orthopaedics); no case")
def m078():
    text = f"""Sehr geehrte Gutachterinnen und Gutachter,

wir laden Sie herzlich zu unserem Gutachterforum 2026 ein:

  Freitag, 19. Juni 2026, 14:00–18:00 Uhr, Bremen, Am Deichtor 12

Themen:
- Leitlinie zur Begutachtung psychischer und psychosomatischer
  Störungen: was sich 2026 für BU-Gutachten ändert
- Funktionsbeurteilung bei Arthrose und Bandscheibenleiden
- Gliedertaxe in der Unfallversicherung: typische Streitpunkte
- Honorar nach GOÄ und JVEG, Bearbeitungsfristen

Die Ärztekammer Bremen hat 5 CME-Punkte anerkannt. Bitte bringen Sie
keine Gutachten oder Patientenunterlagen mit; alle Fallbeispiele sind
anonymisiert.

Anmeldung bis 29.05. an gutachterforum@weserland-versicherung.example.

Mit freundlichen Grüßen

{sig("broemmel")}
"""
    markup = """<html><body style="font-family:Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Gutachterinnen und Gutachter,</p>
<p>wir laden Sie herzlich zu unserem <b>Gutachterforum 2026</b> ein:<br>
Freitag, 19.&nbsp;Juni 2026, 14:00&ndash;18:00&nbsp;Uhr, Bremen, Am Deichtor&nbsp;12</p>
<ul>
<li>Leitlinie zur Begutachtung psychischer und psychosomatischer St&ouml;rungen: was sich 2026 f&uuml;r BU-Gutachten &auml;ndert</li>
<li>Funktionsbeurteilung bei Arthrose und Bandscheibenleiden</li>
<li>Gliedertaxe in der Unfallversicherung: typische Streitpunkte</li>
<li>Honorar nach GO&Auml; und JVEG, Bearbeitungsfristen</li>
</ul>
<p>Die &Auml;rztekammer Bremen hat 5&nbsp;CME-Punkte anerkannt. Bitte bringen Sie keine Gutachten oder Patientenunterlagen mit; alle Fallbeispiele sind anonymisiert.</p>
<p>Anmeldung bis 29.05. an <a href="mailto:gutachterforum@weserland-versicherung.example">gutachterforum@weserland-versicherung.example</a>.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Dr. med. Anke Br&ouml;mmel<br>Gesellschafts&auml;rztin</p>
</body></html>
"""
    return build(who("broemmel"), A("Gutachterverteiler", "gutachter-extern@" + DOMAIN),
                 "Einladung Gutachterforum 19. Juni 2026", "2026-04-22 09:00", alt(text, markup))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
      "accident insurance: coordination with the statutory accident insurer about a named insured's work accident and injuries")
def m079():
    text = f"""BG Handel und Warenlogistik
Bezirksverwaltung Bremen

Ihr Az.: 2026/04471-HK
Versicherter: Herr Sönke Behrens, geb. 17.04.1984
Unfalltag: 09.03.2026 (Arbeitsunfall, Sturz von der Laderampe)

Sehr geehrte Frau Hinck,

Herr Behrens hat den Unfall auch bei uns aus seiner privaten
Unfallversicherung (UV-5612094) gemeldet. Um ihn nicht doppelt
begutachten zu lassen, bitten wir – seine Einwilligung liegt bei Ihnen
vor – um Kopien
- des D-Arzt-Berichts (Unfallklinik Bremen, 09.03.2026),
- der OP-Berichte (Osteosynthese distale Radiusfraktur rechts sowie
  Versorgung der Sprunggelenksfraktur Typ Weber B links),
- des ersten Rentengutachtens, sobald es vorliegt.

Aus unserer Sicht kommt eine gemeinsame Begutachtung im Herbst in
Betracht; bitte teilen Sie uns mit, ob Sie damit einverstanden sind.

Mit freundlichen Grüßen

{sig("aydin")}
"""
    return build(who("aydin", "unfall-leistung"), A("BG Handel und Warenlogistik – Frau Hinck", "bv-bremen@bg-handel.example"),
                 "Arbeitsunfall Behrens, Sönke – Az. 2026/04471-HK – private UV", "2026-04-23 13:51", plain(text))


@mail("NORMAL", "de", "internal",
      "trap: letter template with placeholders for rejecting a health claim («Name», «Diagnose», «IBAN»), no real data, as DOCX")
def m080():
    text = f"""Hallo Svenja, hallo Jannik,

anbei die überarbeitete Vorlage "Ablehnung ambulante Leistung – fehlende
medizinische Notwendigkeit" mit den neuen Textbausteinen der
Rechtsabteilung. Die Feldnamen sind die aus dem Korrespondenzsystem.
Bitte bis Freitag Rückmeldung, dann stellt die IT sie produktiv.

Danke!
Lotte

--
{STAFF["ahlers"][2]}
"""
    doc = docx([
        "«Anrede» «Vorname» «Nachname»",
        "«Strasse» «Hausnummer»",
        "«PLZ» «Ort»",
        "",
        ("b", "Ihre Krankenversicherung «Vertragsnummer» – Rechnung vom «Rechnungsdatum»"),
        "«Briefanrede»,",
        "wir haben die Rechnung von «Leistungserbringer» über «Rechnungsbetrag» EUR geprüft. "
        "Für die Behandlung wegen «Diagnose» («ICD-Code») können wir leider keine Leistung erbringen, "
        "weil die medizinische Notwendigkeit nach § 1 Abs. 2 MB/KK nicht nachgewiesen ist.",
        "«Baustein_Begruendung»",
        "Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie sich an den Ombudsmann "
        "Private Kranken- und Pflegeversicherung wenden. Erstattungen erfolgen auf Ihr Konto «IBAN_maskiert».",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter» – «Abteilung»",
    ], title="Vorlage Ablehnung ambulant v3", author="Lotte Ahlers", when="2026-04-24T08:00:00Z")
    body = attach(plain(text), Att("Vorlage_Ablehnung_ambulant_v3.docx",
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc))
    return build(who("ahlers"), [who("harms"), who("oltmanns")], "Vorlage Ablehnung ambulant v3 – bitte prüfen",
                 "2026-04-24 08:12", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household water damage: inventory of damaged contents with values (XLSX) for a named customer and address")
def m081():
    text = f"""Dear Mr and Mrs Haddad,

as discussed during Monday's visit, I've put together the inventory of the
damaged contents from your flat (Am Wall 140, 28195 Bremen) into the
attached spreadsheet. Please check it, add purchase dates where you have
them, and send it back - then we can settle the contents part of claim
HR-S-2026-01288 under policy HR-2330190.

The building damage (ceiling, walls) is handled by your landlord's
insurer.

Best regards

Marco Stührenberg
Property Claims

{FOOTER_EN}
"""
    x = xlsx([("Inventory", [
        ["No.", "Item", "Room", "Age (years)", "New value EUR", "Repair possible", "Comment"],
        [1, "Sofa, 3-seater, fabric", "living room", 4, 1890.00, "no", "soaked, mould"],
        [2, "Rug, wool 200x300", "living room", 7, 640.00, "cleaning", "quote cleaning 180 EUR"],
        [3, "Laptop (Lenovo), on the floor", "study", 2, 1249.00, "no", "water in keyboard"],
        [4, "Books (approx. 60)", "study", None, 900.00, "no", "estimate"],
        [5, "Children's clothes, 2 boxes", "storage", 1, 420.00, "washing", ""],
        [6, "Wardrobe chipboard", "bedroom", 9, 560.00, "no", "swollen"],
        [None, "Total", None, None, 5659.00, None, None]]),
        ("Info", [["Claim", "HR-S-2026-01288"], ["Policyholder", "Rami and Lina Haddad"], ["Date of loss", "2026-04-18"]])],
        title="Inventory HR-S-2026-01288", author="Marco Stührenberg", when="2026-04-22T15:00:00Z")
    body = attach(plain(text), Att("Inventory_HR-S-2026-01288.xlsx",
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
    return build(who("stuehrenberg", "schaden-sach"), [A("Rami Haddad", "rami.haddad@inbox.example"),
                                                        A("Lina Haddad", "lina.haddad@inbox.example")],
                 "Your water damage - inventory list", "2026-04-22 15:09", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "customer complaint about refused psychotherapy (anxiety disorder) forwarded to the complaints team as attached message/rfc822")
def m082():
    text = f"""Hi complaints team,

please see the attached complaint from Mr Moreau (health policy
KV-6031947-1). He writes in English and threatens to go to the
ombudsman. The rejection was mine; the therapist's report did not state
the number of sessions. Happy to brief whoever takes it.

Thanks
Jannik

{STAFF["oltmanns"][3]}
"""
    orig = inner(A("Julien Moreau", "julien.moreau@webpost.example"), "leistung-kv@" + DOMAIN,
                 "Complaint - refusal of my psychotherapy, KV-6031947-1", "2026-04-26 22:41",
                 plain("""To whom it may concern,

I am writing to complain about your letter of 20 April refusing to pay for
my psychotherapy. I was diagnosed with generalised anxiety disorder and
panic attacks in January (Dr. Kessler, psychiatrist) and started weekly
cognitive behavioural therapy with Ms Bruns-Ohlsen in February.

Your letter says the "necessity has not been proven". I have had to stop
working twice because of the panic attacks. I attach nothing because I
already sent everything. If you do not reconsider within 14 days I will
contact the ombudsman.

Julien Moreau
Policy KV-6031947-1
""", cs="utf-8", cte="8bit"), "webpost.example", mailer="Mozilla/5.0 Thunderbird/128.8.0")
    body = attach(plain(text), Att("Complaint Moreau.eml", "message/rfc822", orig))
    return build(who("oltmanns"), A("Beschwerdemanagement", "beschwerde@" + DOMAIN),
                 "FW: Complaint - refusal of my psychotherapy, KV-6031947-1", "2026-04-27 08:30", body)


@mail("NORMAL", "en", "insurer-to-partner",
      "industry survey on cyber losses answered with aggregated portfolio figures (no policyholder named)")
def m083():
    text = """Dear Dr Klostermann,

please find below our answers to the association's cyber loss survey for
2025 (SME portfolio only):

  Policies in force 31.12.2025:          4,812
  Notified claims 2025:                    146
    thereof ransomware:                     41
    thereof business e-mail compromise:     52
    thereof data breach (privacy):          23
    other:                                  30
  Paid and reserved (gross):          EUR 9.3m
  Average claim ransomware:           EUR 118,000
  Share of claims with backups restorable within 72h:  58 %

We have not included single large losses above EUR 1m separately, as
fewer than three would identify individual policyholders.

Best regards

Felix Rohlfs
Commercial Lines Underwriting

""" + FOOTER_ASCII + "\n"
    return build(A("Felix Rohlfs", "felix.rohlfs@" + DOMAIN), A("Dr Sven Klostermann", "s.klostermann@versichererverband.example"),
                 "Cyber loss survey 2025 - Weserland figures", "2026-04-28 12:12", plain(text, cs="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "grey: machinery breakdown claim of a sole trader's bakery (natural person as policyholder) with damage list as ODS")
def m084():
    text = f"""Sehr geehrter Herr Tammen,

vielen Dank für die Meldung des Schadens an Ihrem Etagenbackofen. Wir
haben ihn unter TV-S-2026-00133 (Maschinenversicherung TV-440291,
Bäckerei Tammen e.K.) angelegt.

Anbei eine Tabelle mit den Positionen aus dem Kostenvoranschlag von
Backtechnik Weser, so wie wir sie prüfen. Bitte ergänzen Sie den
Betriebsunterbrechungsschaden (Umsatzausfall der Filiale Hemelingen ab
20.04.) in der zweiten Tabelle, gern mit Ihrem Steuerberater.

Unser Sachverständiger Herr Ites meldet sich für einen Termin.

Mit freundlichen Grüßen

{sig("rohlfs")}
"""
    d = ods([("Sachschaden", [
        ["Pos.", "Bauteil", "Menge", "Preis EUR", "Bemerkung"],
        [1, "Heizregister Herd 2", 1, 3840.00, "durchgebrannt"],
        [2, "Steuerplatine BT-500", 1, 1290.00, "Überspannung?"],
        [3, "Montage, 2 Techniker x 9 Std.", 18, 1530.00, ""],
        [4, "Anfahrt", 1, 180.00, ""],
        ["", "Summe netto", "", 6840.00, ""]]),
        ("Betriebsunterbrechung", [
            ["Zeitraum", "Umsatz Vorjahr EUR", "Umsatz 2026 EUR", "Ausfall EUR"],
            ["20.04.-26.04.", "", "", ""],
            ["27.04.-03.05.", "", "", ""]])],
        title="TV-S-2026-00133 Positionen", author="Felix Rohlfs", when="2026-04-28T10:00:00Z")
    body = attach(plain(text), Att("TV-S-2026-00133_Positionen.ods", "application/vnd.oasis.opendocument.spreadsheet", d))
    return build(who("rohlfs", "technik-schaden"), A("Hinrich Tammen", "info@baeckerei-tammen.example"),
                 "Schaden Etagenbackofen – TV-S-2026-00133", "2026-04-28 10:07", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "HTML-only: cost coverage for a psychosomatic inpatient admission of a named patient (diagnosis, OPS, length of stay)")
def m085():
    markup = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0;font-family:"Calibri",sans-serif;font-size:11pt}</style></head>
<body lang="DE">
<p class="MsoNormal">Sehr geehrte Damen und Herren,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">f&uuml;r unsere Versicherte</p>
<p class="MsoNormal"><b>Frau Kristin Oltrogge, geb. 02.02.1988</b>, Krankenversicherung KV-5889014-0</p>
<p class="MsoNormal">erteilen wir Kostenzusage f&uuml;r die station&auml;re psychosomatische Behandlung in Ihrer Klinik ab 04.05.2026:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td>Einweisungsdiagnose</td><td>F33.2 rezidivierende depressive St&ouml;rung, gegenw&auml;rtig schwer; F43.1 PTBS</td></tr>
<tr><td>Behandlung</td><td>OPS 9-634 (psychosomatisch-psychotherapeutische Komplexbehandlung)</td></tr>
<tr><td>Zusage</td><td>zun&auml;chst 42 Tage, allgemeine Krankenhausleistungen + Zweibettzimmer</td></tr>
<tr><td>Verl&auml;ngerung</td><td>nur mit Verlaufsbericht bis 08.06.2026</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Bitte rechnen Sie direkt mit uns ab.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<br>Jannik Oltmanns<br>Leistungsabteilung Krankenversicherung<br>Tel. 0421 5508-3317</p>
</body></html>
"""
    return build(who("oltmanns", "leistung-kv"), A("Klinik Am Bürgerpark – Patientenaufnahme", "aufnahme@klinik-buergerpark.example"),
                 "Kostenzusage Oltrogge, Kristin – Aufnahme 04.05.2026", "2026-04-29 16:40", htmlonly(markup, cte="base64"))


@mail("NORMAL", "en", "insurer-to-lawyer",
      "process information for a law firm on how to submit legal-expenses cover requests via the portal; no client named")
def m086():
    text = f"""Dear Ms Avery,

thank you for asking. From 1 June 2026 your firm can submit cover
requests for our legal expenses customers directly through our lawyers'
portal instead of by e-mail:

1. Register the firm once at
   https://anwaltsportal.weserland-versicherung.example/register
   (one firm administrator, who then adds further lawyers).
2. Each request needs the policy number, the client's consent and a
   short description of the dispute; documents can be uploaded as PDF.
3. You will normally receive our decision within two working days in the
   portal mailbox, plus a notification e-mail without content.

Invoices can also be uploaded there. Unencrypted e-mail will no longer be
used for client matters.

Kind regards

{sig("janssen", "en")}
"""
    return build(who("janssen", "rechtsschutz"), A("Rebecca Avery", "r.avery@whitlock-avery.example"),
                 "Lawyers' portal for cover requests from 1 June", "2026-05-04 09:18", plain(text))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "confirmation of private liability cover for a landlord, naming the customer with date of birth; PDF certificate")
def m087():
    text = f"""Dear Ms Nakamura,

as requested, attached is the confirmation of your personal liability
insurance for your new landlord. It is valid without signature.

Kind regards

Ayşe Korkmaz
Customer Service

{FOOTER_EN}
"""
    d = pdf([
        "# Confirmation of insurance cover",
        "",
        "Policyholder: Ms Yui Nakamura, born 16 December 1993",
        "Address: Friedrich-Karl-Straße 21, 28205 Bremen",
        "Policy: personal liability PH-1291054 (single tariff, incl. rented property)",
        "Sum insured: EUR 50,000,000 for personal injury, property and financial loss",
        "Cover includes damage to rented living space (excluding wear and tear).",
        "Period: from 1 May 2026, renewing annually; premiums paid up to 30 April 2027.",
        "",
        "Bremen, 5 May 2026 - Weserland Versicherung AG",
    ], title="Confirmation of cover PH-1291054", date="20260505100000")
    body = attach(plain(text), Att("Confirmation_liability_PH-1291054.pdf", "application/pdf", d))
    return build(who("korkmaz", "service"), A("Yui Nakamura", "yui.nakamura@inbox.example"),
                 "Confirmation of liability insurance for your landlord", "2026-05-05 10:04", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health: confirmation of maternity benefits for a pregnant customer (due date, hospital, prenatal care)")
def m088():
    text = f"""Dear Ms Fitzgerald,

congratulations on your pregnancy! We confirm cover for the birth and
prenatal care under your expat health policy EX-2204417:

- waiting period of 10 months completed on 1 March 2026
- expected date of delivery: 14 October 2026
- planned hospital: Klinikum Links der Weser, Bremen (private room)
- prenatal check-ups and ultrasound scans: 100 %
- midwife care before and after birth: 100 %
- your baby can be added from birth without health questions if you
  register him or her within two months

Please send us the maternity pass (Mutterpass) copy for our records via
the portal.

Kind regards

{sig("harms", "en")}
"""
    markup = f"""<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Dear Ms Fitzgerald,</p>
<p>congratulations on your pregnancy! We confirm cover for the birth and prenatal care under your expat health policy <b>EX-2204417</b>:</p>
<ul>
<li>waiting period of 10 months completed on 1 March 2026</li>
<li>expected date of delivery: <b>14 October 2026</b></li>
<li>planned hospital: Klinikum Links der Weser, Bremen (private room)</li>
<li>prenatal check-ups and ultrasound scans: 100&nbsp;%</li>
<li>midwife care before and after birth: 100&nbsp;%</li>
<li>your baby can be added from birth without health questions if you register him or her within two months</li>
</ul>
<p>Please send us the maternity pass (Mutterpass) copy for our records via the portal.</p>
<p>Kind regards<br>Svenja Harms<br>Health &amp; Dental Claims</p>
</body></html>
"""
    return build(who("harms"), A("Niamh Fitzgerald", "niamh.fitzgerald@webpost.example"),
                 "Maternity cover - policy EX-2204417", "2026-05-06 11:50", alt(text, markup))


@mail("NORMAL", "en", "internal",
      "trap: IT security warning about phishing mails with fake invoices and 'changed bank details' (example texts invented)")
def m089():
    text = """PHISHING WARNING - please read

Since this morning, mails are circulating that look like invoices from
our print supplier or messages from "Accounts Payable" asking you to
confirm changed bank details. Typical subject lines:

  "Outstanding invoice 2026-0519 - reminder"
  "Urgent: new bank details for payment run"

The links lead to a fake Microsoft 365 login page. Do not click, do not
open the ZIP attachment, and never change bank details because of an
e-mail. Use the "Report phishing" button in Outlook instead.

If you have already entered your password: call the IT service desk at
-1888 immediately.

IT Security
"""
    markup = """<html><body style="font-family:Segoe UI,Arial,sans-serif">
<div style="border-left:6px solid #c0392b;padding:8px 14px">
<h2 style="color:#c0392b;margin:0">PHISHING WARNING &ndash; please read</h2>
<p>Since this morning, mails are circulating that look like invoices from our print supplier or messages from
&ldquo;Accounts Payable&rdquo; asking you to confirm changed bank details. Typical subject lines:</p>
<ul><li>&ldquo;Outstanding invoice 2026-0519 &ndash; reminder&rdquo;</li>
<li>&ldquo;Urgent: new bank details for payment run&rdquo;</li></ul>
<p>The links lead to a fake Microsoft&nbsp;365 login page. <b>Do not click, do not open the ZIP attachment, and never change
bank details because of an e-mail.</b> Use the &ldquo;Report phishing&rdquo; button in Outlook instead.</p>
<p>If you have already entered your password: call the IT service desk at -1888 immediately.</p>
<p>IT Security</p></div></body></html>
"""
    return build(A("IT Security", "it-security@" + DOMAIN), A("All staff", "alle@" + DOMAIN),
                 "[WARNING] Phishing: fake invoices and bank detail changes", "2026-05-07 09:31",
                 alt(text, markup, cs="us-ascii", cte="7bit"), headers=[("Importance", "high")])


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "funeral expenses insurance (life line): death benefit to the son living abroad, cause of death in the PDF statement")
def m090():
    text = f"""Sehr geehrter Herr Kröger, dear Mr Kröger,

unser herzliches Beileid zum Tod Ihrer Mutter. / Please accept our
sincere condolences on the death of your mother.

Wir haben die Sterbeurkunde und den Erbschein erhalten und zahlen das
Sterbegeld aus. Die Abrechnung liegt bei. / We have received the death
certificate and the certificate of inheritance; the settlement is
attached. The amount will be transferred to your Canadian account in EUR.

Mit freundlichen Grüßen / Kind regards

{sig("meinders", "de", footer=False)}

{FOOTER_DE}
"""
    d = pdf([
        "# Abrechnung Sterbegeldversicherung / Funeral expenses insurance",
        "Vertrag / Policy: SG-0771392",
        "Versicherte Person / insured: Hildegard Kröger, geb. 21.03.1941, gest. 28.04.2026",
        "Todesursache laut Todesbescheinigung / cause of death: Herzversagen bei",
        "metastasiertem Kolonkarzinom (C18.7) / heart failure, metastatic colon cancer",
        "Bezugsberechtigt / beneficiary: Dirk Kröger (Sohn / son), Vancouver, Canada",
        "",
        "Versicherungssumme / sum insured: 8.000,00 EUR",
        "Überschussbeteiligung / bonus: 1.214,37 EUR",
        "Auszahlung / payout: 9.214,37 EUR",
    ], title="Abrechnung SG-0771392", date="20260511090000")
    body = attach(plain(text), Att("Abrechnung_Sterbegeld_SG-0771392.pdf", "application/pdf", d))
    return build(who("meinders", "leben-leistung"), A("Dirk Kröger", "dirk.kroeger@northmail.example"),
                 "Sterbegeld / funeral benefit SG-0771392 – Hildegard Kröger", "2026-05-11 09:20", body)

# ---------------------------------------------------------------- 0091-0105

@mail("NORMAL", "de", "internal",
      "trap: HTML staff notice about secure-mail rules mentioning the subject tags [vertraulich]/[streng vertraulich] and health data in general; no tag in the subject")
def m091():
    markup = """<html><head><meta charset="windows-1252"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p><b>Neu ab 1. Juni: E-Mails nach au&szlig;en werden automatisch gesch&uuml;tzt</b></p>
<p>Liebe Kolleginnen und Kollegen,</p>
<p>ab dem 01.06.2026 pr&uuml;ft unser Mail-Gateway jede E-Mail an externe Empf&auml;nger. Enth&auml;lt sie zum Beispiel
Gesundheitsdaten, Diagnosen, Bankverbindungen oder Vertragsnummern, wird sie automatisch verschl&uuml;sselt oder im
SecureMail-Portal f&uuml;r den Empf&auml;nger hinterlegt.</p>
<p>Sie k&ouml;nnen eine E-Mail auch selbst markieren, indem Sie in den Betreff einen dieser Zus&auml;tze schreiben:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Zusatz im Betreff</th><th>Wirkung</th></tr>
<tr><td>[vertraulich]</td><td>mindestens verschl&uuml;sselte &Uuml;bertragung (TLS) oder Portal</td></tr>
<tr><td>[streng vertraulich]</td><td>nur Ende-zu-Ende-Verschl&uuml;sselung oder Portal</td></tr>
</table>
<p>Bitte schreiben Sie keine Gesundheitsdaten in den Betreff selbst &ndash; der Betreff bleibt auch bei
verschl&uuml;sselten Mails manchmal sichtbar. Fragen beantwortet der IT-Service unter -1888.</p>
<p>Ihr IT-Service und der Datenschutzbeauftragte</p>
</body></html>
"""
    return build(who("wessels", "it-service"), A("Alle Mitarbeitenden", "alle@" + DOMAIN),
                 "Neu ab 1. Juni: automatischer Schutz für E-Mails nach außen", "2026-05-12 08:00",
                 htmlonly(markup, cs="windows-1252", cte="quoted-printable"))


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "grey: commission statement for a sole-trader broker (natural person) with his IBAN and tax number in a CSV; customers only by policy number")
def m092():
    ib = iban_de("28550000", "0155093318")
    text = f"""Moin Herr Eilts,

anbei Ihre Courtageabrechnung April 2026 als CSV für Ihr
Maklerverwaltungsprogramm. Die Auszahlung von 3.418,77 EUR geht am
15.05. auf Ihr Konto {grp(ib)}.

Steuernummer und Ausweis "umsatzsteuerfrei nach § 4 Nr. 11 UStG" sind
wie gehabt hinterlegt.

Viele Grüße
Sabine Lüdeking

{sig("luedeking")}
"""
    data = csv_text([
        ["Vermittler", "Hauke Eilts, Finanzkontor Ostfriesland", "", "", ""],
        ["Steuernummer", "57/148/11830", "", "", ""],
        ["Bankverbindung", grp(ib), "", "", ""],
        ["Vertrag", "Sparte", "Art", "Bemessung EUR", "Courtage EUR"],
        ["KFZ-7001548", "Kfz", "Bestand", "688,20", "55,06"],
        ["HR-2401177", "Hausrat", "Abschluss", "142,80", "42,84"],
        ["WG-3318820", "Wohngebäude", "Abschluss", "1.210,00", "302,50"],
        ["PH-1300412", "Privathaftpflicht", "Bestand", "84,00", "12,60"],
        ["", "", "", "Summe inkl. Vormonate", "3.418,77"]])
    body = attach(plain(text), Att("Courtage_2026-04_Eilts.csv", "text/csv", data, cs="windows-1252"))
    return build(who("luedeking"), A("Hauke Eilts", "hauke.eilts@finanzkontor-eilts.example"),
                 "Courtageabrechnung April 2026", "2026-05-13 07:55", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care daily allowance granted: care grade 2 after stroke for the customer's husband (insured person)")
def m093():
    text = f"""Sehr geehrte Frau Janßen-Bolte,

wir haben die Unterlagen zu Ihrem Mann erhalten. Nach dem Bescheid der
Pflegekasse vom 05.05.2026 ist bei Herrn Wilfried Bolte seit dem
01.04.2026 Pflegegrad 2 festgestellt – Grund ist die halbseitige Lähmung
nach dem Schlaganfall im Februar.

Aus seinem Pflegetagegeld-Tarif PT-1187305 zahlen wir deshalb

  30 % von 50 EUR = 15,00 EUR je Tag
  rückwirkend ab 01.04.2026, monatlich im Voraus.

Die Nachzahlung für April und Mai (915,00 EUR) überweisen wir in den
nächsten Tagen. Die Beiträge für den Tarif entfallen ab Pflegegrad 2
nicht – das tritt erst ab Pflegegrad 4 ein.

Wenn sich der Pflegegrad ändert, schicken Sie uns bitte den neuen
Bescheid. Alles Gute für Sie beide!

Mit freundlichen Grüßen

{sig("poppe")}
"""
    return build(who("poppe", "pflege-leistung"), A("Renate Janßen-Bolte", "renate.bolte@posteingang.example"),
                 "Pflegetagegeld für Ihren Mann – PT-1187305", "2026-05-13 14:02", plain(text))


@mail("CONFIDENTIAL", "en", "insurer-to-authority",
      "motor theft abroad: request to the Dutch police about a named customer's stolen car (plate, VIN, police report); no injury")
def m094():
    text = """Dear Sir or Madam,

Our policyholder:  Mr Frank Wuebben, Oldenburg (Germany)
Vehicle:           Audi A6 Avant, German plate OL-FW 660,
                   VIN WAUZZZF28MN047731
Reported stolen:   night of 2/3 May 2026, Amsterdam-Noord, P+R Noord
Your reference:    PL1300-2026118872 (aangifte of 3 May 2026)

We insure the vehicle against theft (comprehensive policy KFZ-6750044).
Could you please confirm whether the vehicle has been found in the
meantime, and send us a copy of the theft report (English or Dutch is
fine)? The policyholder's authorisation is attached to our letter in
the police portal upload of today.

Thank you for your help.

Kind regards

Bjoern Tietjen
Motor Claims
Weserland Versicherung AG, Bremen, Germany
Phone +49 421 5508-2211

""" + FOOTER_ASCII + "\n"
    return build(A("Bjoern Tietjen", "kfz-schaden@" + DOMAIN), A("Politie Amsterdam Aangifte", "aangifte.amsterdam@politie.example"),
                 "Stolen vehicle OL-FW 660 - your ref. PL1300-2026118872", "2026-05-15 10:18",
                 plain(text, cs="us-ascii", cte="7bit"))


@mail("NORMAL", "en", "insurer-to-public",
      "reply to a website visitor's accessibility feedback (screen reader, captcha); no contract, no personal data beyond the name")
def m095():
    text = f"""Dear Mr Achterberg,

thank you very much for your feedback on the accessibility of our website
and the secure-mail portal. You are right: the captcha on the contact form
cannot be solved with a screen reader, and the date picker in the claim
form is not keyboard-accessible.

What we are doing:
- the captcha will be replaced by an invisible check by the end of June;
- the claim form gets a plain text date field as an alternative;
- the portal already works without JavaScript; we will have it tested
  with NVDA and VoiceOver by an external auditor in July.

If you would like to test the new version before it goes live, we would
be glad to send you an invitation.

Kind regards

{sig("behrens", "en")}
"""
    return build(who("behrens", "feedback"), A("Lukas Achterberg", "l.achterberg@accessmail.example"),
                 "Re: Accessibility of your website and portal", "2026-05-18 13:30", plain(text),
                 irt=mid("accessmail.example", "tb"))


@mail("NORMAL", "de", "insurer-to-supplier",
      "framework agreement with motor assessors: new fee table and turnaround times; no vehicle or customer")
def m096():
    text = f"""Sehr geehrter Herr Lammers,

wie am Telefon besprochen, gilt ab 01.07.2026 die neue Honorartabelle
für Kfz-Gutachten im Rahmen unserer Vereinbarung:

  Schadenhöhe netto        Grundhonorar
  bis 1.500 €              255 €
  bis 3.000 €              345 €
  bis 6.000 €              460 €
  bis 12.000 €             590 €
  über 12.000 €            nach Aufwand, max. 1,2 % der Schadenhöhe

Nebenkosten: Fotos pauschal 25 €, Fahrtkosten 0,70 €/km ab dem 20. km.
Kurzgutachten bei Bagatellschäden bis 1.000 € pauschal 120 €.

Zielzeiten: Besichtigung innerhalb von 2 Werktagen, Gutachten innerhalb
von 3 Werktagen nach Besichtigung. Die Übermittlung läuft weiter über
die Schnittstelle, nicht per E-Mail.

Bitte bestätigen Sie die Tabelle kurz schriftlich.

Mit freundlichen Grüßen

{sig("tietjen")}
"""
    return build(who("tietjen"), A("Ingenieurbüro Lammers", "buero@sv-lammers.example"),
                 "Honorartabelle Kfz-Gutachten ab 01.07.2026", "2026-05-19 11:45",
                 plain(text, cs="windows-1252", cte="8bit"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: pet health insurance, a named customer's dog's cruciate ligament surgery (animal, not human health) and reimbursement")
def m097():
    text = f"""Hallo Frau Meiners,

gute Nachrichten für Bruno: Die Rechnung der Tierklinik Hollerland über
die Kreuzband-OP (TPLO links) vom 04.05.2026 erstatten wir aus Ihrer
Hunde-OP-Versicherung TK-H-201844:

  Rechnungsbetrag (GOT 2-facher Satz):   2.874,30 EUR
  erstattungsfähig:                      2.874,30 EUR
  Selbstbeteiligung 20 %:                 -574,86 EUR
  Auszahlung:                            2.299,44 EUR

Die Physiotherapie danach ist im OP-Tarif leider nicht enthalten, das
hatten Sie ja schon vermutet.

Gute Besserung an Bruno und viele Grüße

{sig("korkmaz")}
"""
    return build(who("korkmaz", "tier"), A("Sandra Meiners", "sandra.meiners@netzpost.example"),
                 "Erstattung Kreuzband-OP Bruno – TK-H-201844", "2026-05-19 16:20", plain(text, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "PKV recourse for a suspected treatment error: instructions to outside counsel (patient, diagnosis, surgery) in a DOCX")
def m098():
    text = f"""Sehr geehrter Herr Dr. Onken,

wie besprochen übertragen wir Ihnen die Prüfung eines Regresses aus
übergegangenem Recht (§ 86 VVG) gegen die Praxisklinik Weserstrand.
Unsere Zusammenfassung liegt bei; die Behandlungsunterlagen erhalten Sie
über Ihren Zugang zum SecureMail-Portal.

Die Versicherte hat ihre Einwilligung zur Weitergabe an Sie erteilt.

Mit freundlichen Grüßen

{sig("eilers")}
"""
    doc = docx([
        ("h", "Mandatsübertragung Regress - Fallzusammenfassung"),
        "Versicherte: Beate Wöltjen, geb. 06.06.1970, Krankenversicherung KV-4720016-2",
        "Gegner: Praxisklinik Weserstrand GmbH, operierender Arzt Dr. med. K. Harbers",
        ("h", "Sachverhalt"),
        "Am 12.08.2025 arthroskopische Meniskusteilresektion rechts. Postoperativ tiefe Infektion des "
        "Kniegelenks (Staphylococcus aureus), erkannt erst am 29.08.2025. Zwei Revisionsoperationen "
        "im Klinikum Am Wall, stationär 26 Tage, seither Bewegungseinschränkung (Flexion 90 Grad).",
        "Das MDK-analoge Gutachten unseres Beratungsarztes sieht eine verzögerte Befunderhebung "
        "(Entzündungswerte am 18.08. nicht kontrolliert).",
        ("table", [["Aufwendung", "EUR"], ["Krankenhaus Revisionen", "31.480,22"], ["Ambulant/Physio", "4.912,60"],
                   ["Krankentagegeld", "6.650,00"], ["Summe", "43.042,82"]]),
        "Frist: Verjährung nicht vor 31.12.2028. Bitte Einschätzung der Erfolgsaussichten bis 30.06.2026.",
    ], title="Regress Wöltjen", author="Dr. Claudia Eilers", when="2026-05-20T09:00:00Z")
    body = attach(plain(text), Att("Regress_Woeltjen_Zusammenfassung.docx",
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc))
    return build(who("eilers", "recht"), A("Jörg Onken", "j.onken@kanzlei-onken.example"),
                 "Mandat Regress KV – Wöltjen ./. Praxisklinik Weserstrand", "2026-05-20 09:12", body)


@mail("CONFIDENTIAL", "en", "insurer-to-insurer",
      "cross-border motor recourse with a Dutch insurer: their policyholder and plate, our customer, property damage only; their mail attached as .eml")
def m099():
    text = f"""Dear Mr Hoekstra,

thank you for your mail (attached for reference). We agree that your
policyholder, Mr Ruud Bakker (NL plate 92-KTB-7), was fully liable for the
collision at the Bad Bentheim border crossing on 21 March 2026.

We have paid our customer's repair costs under his comprehensive cover
and claim reimbursement under your motor liability policy:

  Our customer:      Mr Arne Voskuhl, vehicle EL-AV 311
  Our claim:         VK-S-2026-01433
  Repair costs:      EUR 5,912.44 (invoice Autohaus Ems, attached in portal)
  Rental car:        EUR   684.00
  Total recourse:    EUR 6,596.44

Nobody was injured. Please transfer the amount quoting our claim number.

Kind regards

{sig("tietjen", "en")}
"""
    orig = inner(A("Jeroen Hoekstra", "j.hoekstra@polderverzekeringen.example"), "kfz-schaden@" + DOMAIN,
                 "Claim 2026-NL-77812 / your VK-S-2026-01433", "2026-05-18 15:22",
                 plain("""Dear colleagues,

regarding the accident of 21 March 2026 near Bad Bentheim between our
insured Mr R. Bakker (92-KTB-7) and your insured (EL-AV 311): we accept
liability in full. Please send us your recourse claim with the invoices.

Best regards,
Jeroen Hoekstra
Claims Department, Polder Verzekeringen N.V.
""", cs="us-ascii", cte="7bit"), "polderverzekeringen.example", mailer="Microsoft Outlook 16.0")
    body = attach(plain(text), Att("Claim 2026-NL-77812.eml", "message/rfc822", orig))
    return build(who("tietjen", "kfz-schaden"), A("Jeroen Hoekstra", "j.hoekstra@polderverzekeringen.example"),
                 "RE: Claim 2026-NL-77812 / your VK-S-2026-01433 - recourse", "2026-05-20 14:05", body)


@mail("NORMAL", "de", "newsletter",
      "trap: generic notice to all customers about updated privacy information (processing of health data explained in general)")
def m100():
    text = """Sehr geehrte Kundin, sehr geehrter Kunde,

wir haben unsere Datenschutzhinweise aktualisiert. Die wichtigsten
Änderungen:

- Gesundheitsdaten (z. B. Arztrechnungen, Befunde) verarbeiten wir nur
  mit Ihrer Einwilligung oder soweit das Gesetz es erlaubt
  (§ 213 VVG, Art. 9 DSGVO).
- Neu ist unser SecureMail-Portal: Nachrichten mit persönlichen Daten
  schicken wir Ihnen dort verschlüsselt zu.
- Die Speicherdauer für Unterlagen aus abgelehnten Anträgen beträgt
  jetzt drei statt fünf Jahre.

Die vollständigen Hinweise finden Sie unter
https://www.weserland-versicherung.example/datenschutz

Sie müssen nichts tun.

Ihre Weserland Versicherung
"""
    markup = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>wir haben unsere Datenschutzhinweise aktualisiert. Die wichtigsten &Auml;nderungen:</p>
<ul>
<li>Gesundheitsdaten (z.&nbsp;B. Arztrechnungen, Befunde) verarbeiten wir nur mit Ihrer Einwilligung oder soweit das Gesetz es erlaubt (&sect;&nbsp;213 VVG, Art.&nbsp;9 DSGVO).</li>
<li>Neu ist unser SecureMail-Portal: Nachrichten mit pers&ouml;nlichen Daten schicken wir Ihnen dort verschl&uuml;sselt zu.</li>
<li>Die Speicherdauer f&uuml;r Unterlagen aus abgelehnten Antr&auml;gen betr&auml;gt jetzt drei statt f&uuml;nf Jahre.</li>
</ul>
<p>Die vollst&auml;ndigen Hinweise finden Sie <a href="https://www.weserland-versicherung.example/datenschutz">auf unserer Website</a>.</p>
<p>Sie m&uuml;ssen nichts tun.</p>
<p>Ihre Weserland Versicherung</p>
</body></html>
"""
    return build(A("Weserland Versicherung", "info@" + DOMAIN), "undisclosed-recipients:;",
                 "Aktualisierte Datenschutzhinweise", "2026-05-21 06:30",
                 alt(text, markup, cs="iso-8859-1", cte="quoted-printable", hcs="us-ascii", hcte="7bit"),
                 mailer="Weserland Mailing 3.4", headers=[("Precedence", "bulk")])


@mail("NORMAL", "mixed", "internal",
      "trap: German/English call for anonymised test cases for the foreign-treatment process; explicitly no real patient data")
def m101():
    text = f"""Hallo zusammen / Hi all,

für das gemeinsame Projekt mit unserem Assistance-Partner in Lissabon
brauchen wir bis Ende Mai Testfälle für den Prozess "Auslandsbehandlung".
Bitte KEINE echten Fälle aus dem System kopieren.

What we need from each team (English please, as the partner's testers
don't read German):
- 3 fictitious cases: country, type of treatment (e.g. "fracture,
  outpatient", "hospital admission, cardiac"), invoice currency,
  expected decision
- use the placeholder persons from the test handbook (e.g. "Test
  Patient 01, DOB 01/01/1980") - never real names or policy numbers

Die Vorlage liegt im Projektordner unter /Test/Templates.

Danke / thanks
Lotte

--
{STAFF["ahlers"][2]}
"""
    return build(who("ahlers"), [A("Team Reise", "reise@" + DOMAIN), A("Team Leistung KV", "leistung-kv@" + DOMAIN)],
                 "Testfälle Auslandsbehandlung / test cases foreign treatment – bis 29.05.", "2026-05-21 11:11",
                 plain(text, flowed=False))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "group life insurance: death benefit for a deceased employee, sent to the employer's HR with the PDF claim form")
def m102():
    text = f"""Dear Ms Rahman,

we are sorry to learn of the death of your colleague Mr Stefan Gröning on
9 May 2026. Under your group life policy GL-300519 the following death
benefit is payable:

  Insured employee:     Stefan Gröning, born 12 January 1972
  Sum insured:          2 x annual salary = EUR 148,400.00
  Beneficiary:          as nominated: spouse, Mrs Katja Gröning

To pay the benefit we need the completed claim form (attached), a certified
copy of the death certificate and the medical certificate of the cause of
death. We understand from your mail that he died after a cardiac arrest at
home; please note that no further medical reports are needed unless the
certificate is unclear.

With kind regards

{sig("siemers", "en")}
"""
    d = pdf([
        "# Group life claim form - policy GL-300519",
        "Employer: Keelson Marine Systems GmbH (German branch), Bremerhaven",
        "Deceased employee: Stefan Gröning, born 12.01.1972, employee no. 4471",
        "Date of death: 09.05.2026     Cause (as reported): cardiac arrest",
        "Annual salary at date of death: EUR 74,200.00",
        "",
        "To be completed by the employer:",
        "[ ] employment confirmation   [ ] salary confirmation   [ ] nomination form",
        "To be completed by the beneficiary:",
        "Name, address, bank account (IBAN), signature",
    ], title="Group life claim form GL-300519", date="20260522090000")
    body = attach(plain(text), Att("Claim_form_GL-300519_Groening.pdf", "application/pdf", d))
    return build(who("siemers"), A("Farah Rahman", "hr@keelson-marine.example"),
                 "Group life GL-300519 - death of Mr Gröning", "2026-05-22 09:31", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "HTML-only motor renewal notice: named customer, plate, no-claims class and new premium")
def m103():
    markup = """<html><head><meta charset="us-ascii"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Mr Adeyemi,</p>
<p>your motor insurance renews on <b>1 July 2026</b>. Here is your new premium:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td>Policy</td><td>KFZ-7240918</td></tr>
<tr><td>Vehicle</td><td>Toyota Corolla Hybrid, HB-TA 5511</td></tr>
<tr><td>Third-party liability</td><td>no-claims class SF 7 (46 %)</td></tr>
<tr><td>Comprehensive</td><td>no-claims class SF 6 (49 %), excess EUR 300</td></tr>
<tr><td>Annual premium 2026/27</td><td><b>EUR 548.72</b> (2025/26: EUR 571.30)</td></tr>
<tr><td>Payment</td><td>direct debit, annually on 1 July</td></tr>
</table>
<p>Your premium has gone down because you were claim-free for another year. You do not need to do anything.</p>
<p>Kind regards<br>Lena Focke<br>Motor Policies</p>
<p style="font-size:11px;color:#777">Weserland Versicherung AG, Am Deichtor 12, 28195 Bremen, Germany.
Manage your policy online: <a href="https://www.weserland-versicherung.example/meinkonto">My account</a></p>
</body></html>
"""
    return build(who("focke", "kfz-vertrag"), A("Tunde Adeyemi", "tunde.adeyemi@inbox.example"),
                 "Your motor insurance renewal KFZ-7240918", "2026-05-26 07:15", htmlonly(markup, cs="us-ascii", cte="7bit"),
                 mailer="Weserland Korrespondenz 5.2")


@mail("NORMAL", "de", "insurer-to-authority",
      "permit application to the public order office for a company charity run (route, first-aid service); no personal data")
def m104():
    text = f"""Sehr geehrte Damen und Herren,

die Weserland Versicherung veranstaltet am Mittwoch, 09.09.2026, ab
17:30 Uhr ihren Firmenlauf zugunsten des Kinderhospizes Löwenherz-Nord.
Wir beantragen hiermit die Sondernutzung bzw. Genehmigung für:

- Strecke: Am Deichtor – Weserpromenade – Teerhof – zurück (5 km,
  Fußwege und Promenade, keine Straßensperrung erforderlich)
- ca. 450 Teilnehmende, Start/Ziel auf unserem Firmengelände
- Sanitätsdienst: DRK-Kreisverband mit 6 Helfern und einem RTW
- Streckenposten: 20 eigene Mitarbeitende mit Warnwesten
- Getränkestand und Musik (bis 21:00 Uhr) auf dem Firmengelände

Lageplan und Sicherheitskonzept reichen wir gern nach. Ansprechpartnerin
am Veranstaltungstag ist die Unterzeichnerin, Tel. 0171 5508 931.

Mit freundlichen Grüßen

{sig("behrens")}
"""
    return build(who("behrens"), A("Ordnungsamt Bremen – Veranstaltungen", "veranstaltungen@ordnungsamt-bremen.example"),
                 "Antrag Genehmigung Firmenlauf 09.09.2026", "2026-05-27 10:40", plain(text))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "health claim file for medical review: ZIP with a doctor's invoice PDF and a customer note (diagnoses, treatment)")
def m105():
    text = f"""Liebe Frau Dr. Brömmel,

bitte einmal die Unterlagen im ZIP ansehen – hohe Rechnung für eine
ambulante Infusionstherapie (Ozon/Vitamin C) bei einer Versicherten
mit Long-COVID. Die Versicherte schreibt, ihr Hausarzt habe das
empfohlen. Aus meiner Sicht nicht schulmedizinisch anerkannt, aber ich
möchte Ihre Einschätzung vor der Ablehnung.

Danke und Gruß
Svenja Harms

--
{STAFF["harms"][2]}
"""
    inv = pdf([
        "# Privatpraxis für Naturheilverfahren Dr. med. Gunnar Rieke",
        "Rechnung Nr. 2026-0418 vom 30.04.2026",
        "Patientin: Marion Hesse, geb. 25.11.1976",
        "Diagnosen: Post-COVID-Zustand (U09.9), chronische Fatigue (G93.3), Konzentrationsstörung",
        "",
        "12 x Infusion hochdosiert Vitamin C 7,5 g   GOÄ 272 analog   je 46,92 EUR",
        "12 x große Eigenblut-Ozontherapie          GOÄ 284 analog   je 60,33 EUR",
        "Beratung, Untersuchung GOÄ 1, 5, 7                           88,52 EUR",
        "Summe                                                     1.375,52 EUR",
    ], title="Rechnung 2026-0418", author="Praxis Rieke", date="20260430120000")
    note = ("Hallo liebes Weserland-Team,\r\nanbei die Rechnung. Ich habe seit der Infektion im Herbst 2024 "
            "Long Covid, bin nur noch 20 Std. arbeitsfähig, und mein Hausarzt Dr. Pape sagt die Infusionen "
            "helfen. Bitte erstatten.\r\nMarion Hesse, KV-5201849-0\r\n")
    z = make_zip([("Hesse_KV-5201849-0/Rechnung_Rieke_2026-0418.pdf", inv),
                  ("Hesse_KV-5201849-0/Anschreiben_Versicherte.txt", note.encode("utf-8"))],
                 when=(2026, 5, 28, 9, 40, 0))
    body = attach(plain(text), Att("Hesse_KV-5201849-0.zip", "application/zip", z))
    return build(who("harms"), who("broemmel"), "Bitte medizinische Einschätzung – Infusionstherapie KV-5201849-0",
                 "2026-05-28 09:44", body)

# ---------------------------------------------------------------- 0106-0120

@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "PKV: cost commitment for cardiac rehabilitation after a heart attack (stent), named customer")
def m106():
    text = f"""Sehr geehrter Herr Wessling,

wir wünschen Ihnen nach Ihrem Herzinfarkt weiterhin gute Genesung.

Für die Anschlussheilbehandlung in der Rehaklinik Dünenblick in
Norddeich erteilen wir Ihnen folgende Kostenzusage:

  Versicherung:   KV-3390115-4, Tarif KompaktPlus 1
  Anlass:         Z. n. Hinterwandinfarkt (NSTEMI) am 30.05.2026,
                  Stentimplantation RCA, Klinikum Links der Weser
  Maßnahme:       kardiologische AHB, 21 Tage ab 15.06.2026
  Erstattung:     100 % des Tagessatzes (218 EUR), Zweibettzimmer
  Fahrtkosten:    Hin- und Rückfahrt mit dem Taxi, wenn ärztlich
                  verordnet

Die Klinik rechnet direkt mit uns ab. Bitte nehmen Sie diese E-Mail
oder den Brief, der heute an Sie rausgeht, zur Aufnahme mit.

Mit freundlichen Grüßen

{sig("oltmanns")}
"""
    return build(who("oltmanns", "leistung-kv"), A("Heinz-Georg Wessling", "hg.wessling@kabelmail.example"),
                 "Kostenzusage Anschlussheilbehandlung", "2026-06-05 10:16",
                 plain(text.replace("–", "-"), cs="iso-8859-1", cte="quoted-printable"))


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: product information for brokers on the new disability tariff including the blank health questionnaire (PDF)")
def m107():
    text = f"""Liebe Maklerinnen und Makler,

ab 01.07.2026 gibt es unseren BU-Tarif "BU Klar 2026". Die Neuerungen
auf einen Blick:

- vereinfachte Gesundheitsfragen: 5 statt 11 Fragen, Abfragezeitraum
  3 Jahre ambulant / 5 Jahre stationär
- Psychotherapie wird nur noch gefragt, wenn sie länger als
  10 Sitzungen dauerte
- Nachversicherung ohne Gesundheitsprüfung bei Heirat, Geburt,
  Gehaltssprung
- Beitragsbeispiel: Bürokauffrau, 30 Jahre, 1.500 EUR BU-Rente,
  Endalter 67: 58,12 EUR monatlich

Anbei das neue Antragsformular mit den Gesundheitsfragen zur Ansicht
(leer, nur zur Schulung).

Viele Grüße

{sig("kueck")}
"""
    d = pdf([
        "# BU Klar 2026 - Gesundheitsfragen (Muster, bitte nicht ausfüllen)",
        "",
        "1. Wurden Sie in den letzten 5 Jahren stationär in einem Krankenhaus, einer Reha-",
        "   oder Kurklinik behandelt?  [ ] ja  [ ] nein",
        "2. Wurden Sie in den letzten 3 Jahren wegen Erkrankungen oder Beschwerden der",
        "   Wirbelsäule, Gelenke, des Herzens oder der Psyche ambulant behandelt?",
        "3. Hatten Sie in den letzten 5 Jahren eine Psychotherapie mit mehr als 10 Sitzungen?",
        "4. Besteht eine HIV-Infektion oder wurde eine Krebserkrankung festgestellt?",
        "5. Sind Sie derzeit arbeitsunfähig oder beziehen Sie eine Erwerbsminderungsrente?",
        "",
        "Größe ____ cm   Gewicht ____ kg",
        "Name: ______________________   Geburtsdatum: __________",
    ], title="BU Klar 2026 Gesundheitsfragen Muster", date="20260601080000")
    body = attach(plain(text), Att("BU_Klar_2026_Gesundheitsfragen_Muster.pdf", "application/pdf", d))
    return build(who("kueck"), A("Maklerverteiler Nord", "makler-nord@" + DOMAIN), "Neu ab 1. Juli: BU Klar 2026",
                 "2026-06-02 08:30", body)


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "motor liability property damage: reply to the opposing lawyer with our insured driver, plates and quota; nobody hurt")
def m108():
    text = f"""Sehr geehrte Frau Kollegin Vosteen,

in der Unfallsache Ihres Mandanten Herrn Timo Rieger gegen unseren
Versicherungsnehmer Herrn Detlef Grashorn (Pkw VER-DG 71) vom 28.05.2026
auf der Kreuzung Hauptstraße/Bahnhofstraße in Achim teilen wir mit:

Nach der Akte steht Aussage gegen Aussage, wer bei "Rot" gefahren ist;
unabhängige Zeugen gibt es nicht. Wir bieten deshalb eine Regulierung
auf Basis einer Haftungsquote von 50 % an:

  Reparaturkosten laut Gutachten:   4.210,60 EUR  -> 2.105,30 EUR
  Wertminderung:                      300,00 EUR  ->   150,00 EUR
  Gutachterkosten:                    612,00 EUR  ->   306,00 EUR
  Kostenpauschale:                     25,00 EUR  ->    12,50 EUR
  Zahlbetrag:                                        2.573,80 EUR

Personenschäden werden von keiner Seite geltend gemacht. Ihre Gebühren
regulieren wir aus dem Erledigungswert.

Mit freundlichen Grüßen

{sig("janssen")}
"""
    return build(who("janssen", "kfz-haftpflicht"), A("Dr. Merle Vosteen", "kanzlei@ra-vosteen.example"),
                 "Rieger ./. Grashorn – Unfall 28.05.2026 – KH-S-2026-04120", "2026-06-08 12:20", plain(text))


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
      "a GP's report on a BU claimant, received by mail and forwarded as an attached .eml to the company doctor")
def m109():
    text = f"""Liebe Frau Dr. Brömmel,

der Hausarzt von Herrn Brüning (BU-3318804) hat seinen Bericht leider
per normaler Mail geschickt – hängt an. Ich habe ihn auf das Portal
hingewiesen. Passt der Bericht aus Ihrer Sicht zur orthopädischen
Einschätzung von Frau Dr. Reemts?

Danke, Katrin Wübbena

{STAFF["wuebbena"][2]}
"""
    orig = inner(A("Praxis Dr. Tobias Wrede", "praxis@hausarzt-wrede.example"), addr("wuebbena"),
                 "Befundbericht Volker Brüning, geb. 14.02.1971", "2026-06-08 18:03",
                 plain("""Sehr geehrte Frau Wübbena,

wie angefordert mein Befundbericht zu o. g. Patienten:

Herr Brüning ist seit 2009 in meiner hausärztlichen Betreuung.
Diagnosen: chronisches lumbales Schmerzsyndrom bei Bandscheibenvorfall
L4/5 (M51.2), arterielle Hypertonie (I10.90), Adipositas Grad I.

AU-Zeiten 2025: 14.04.-30.05., 01.09.-laufend. Medikation: Ibuprofen
600 bei Bedarf, Tilidin ret. 50 mg 1-0-1 seit 11/2025, Ramipril 5 mg.
Reha in Bad Bentheim 02/2026 ohne wesentliche Besserung.

Aus meiner Sicht ist Herr Brüning als Dachdecker dauerhaft nicht mehr
einsetzbar. Schweres Heben und Arbeiten auf Leitern sind ausgeschlossen.

Honorar nach GOÄ Nr. 75: 17,49 EUR, Rechnung folgt per Post.

Mit kollegialen Grüßen
Dr. med. Tobias Wrede, Facharzt für Allgemeinmedizin, Oldenburg
""", cs="iso-8859-1", cte="quoted-printable"), "hausarzt-wrede.example", mailer="Microsoft Outlook 16.0")
    body = attach(plain(text), Att("Befundbericht Wrede.eml", "message/rfc822", orig))
    return build(who("wuebbena"), who("broemmel"), "WG: Befundbericht Volker Brüning – BU-3318804",
                 "2026-06-09 08:05", body)


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: translation framework agreement with rates for medical reports and hospital bills (no document content)")
def m110():
    text = f"""Dear Ms Marquardt,

thank you for your offer of 2 June. We accept the following rates for the
framework agreement 2026-2028:

  General correspondence (EN/FR/ES/PL/TR <-> DE)     EUR 1.35 per line
  Medical reports, discharge letters, lab results   EUR 1.75 per line
  Hospital invoices and itemised bills              EUR 1.55 per line
  Certified translations (court, authorities)       + EUR 25 per document
  Express (< 24 h)                                  + 50 %

Data protection: the agreement on commissioned processing (Art. 28 GDPR)
and the confidentiality undertaking under section 203 of the German
Criminal Code must be signed by every translator who works on our
documents. Documents are exchanged only through our secure portal.

Please send us the signed contract by 30 June.

Kind regards

{sig("albers", "en")}
"""
    return build(who("albers", "einkauf"), A("Lingua Portus Übersetzungen", "auftrag@linguaportus.example"),
                 "Framework agreement translations 2026-2028 - acceptance", "2026-06-10 15:00", plain(text))


@mail("CONFIDENTIAL", "en", "broker",
      "rent deposit guarantee: broker's quoted request with a client's salary and employer, forwarded to underwriting")
def m111():
    text = f"""Hi Kerstin - not yours strictly speaking, but could you or someone in
underwriting check this? Rent guarantee, client earns well, should be
easy. Thanks, Sabine

{STAFF["luedeking"][3]}

On 11 June 2026 at 10:24, Martin Fairclough wrote:
> Hi Sabine,
> my client Mr Oluwaseun Bankole would like a rent deposit guarantee for
> a flat in Bremen-Findorff (deposit EUR 3,150, landlord is a housing
> cooperative). He started as a senior engineer with Keelson
> Marine Systems in April; gross salary EUR 82,000 p.a., net about
> EUR 4,150 per month; probation ends in October. Credit check consent
> attached in the portal upload.
> Can you give me a quick yes/no before he signs the lease on Monday?
> Cheers, Martin
> --
> Martin Fairclough, Harbourside Risk Partners Ltd
"""
    return build(who("luedeking"), who("schnakenberg"), "FW: Rent deposit guarantee - Bankole",
                 "2026-06-11 11:02", plain(text))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "HTML-only: children's accident insurance, forearm fracture at school, hospital daily benefit and plaster cast")
def m112():
    markup = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Mrs O'Sullivan,</p>
<p>we hope Liam is feeling better. Thank you for sending the discharge letter from the children's hospital.</p>
<p>Under the children's accident insurance <b>UV-K-610772</b> we pay for the accident at school on 3 June 2026
(fall from the climbing frame, <b>fracture of the left forearm</b>, closed reduction under anaesthesia and
plaster cast):</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Hospital daily benefit, 2 days &times; EUR 30</td><td align="right">EUR 60.00</td></tr>
<tr><td>Plaster cast allowance (fracture benefit)</td><td align="right">EUR 500.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>EUR 560.00</b></td></tr>
</table>
<p>The school accident is also covered by the statutory accident insurance for pupils; our payment is in addition to that.
If Liam still has restricted movement after one year, please let us know &ndash; we will then check a disability benefit.</p>
<p>Kind regards<br>Mehmet Ayd&#305;n<br>Accident Claims</p>
</body></html>
"""
    return build(who("aydin", "unfall-leistung"), A("Siobhan O'Sullivan", "siobhan.osullivan@inbox.example"),
                 "Liam's accident at school - UV-K-610772", "2026-06-12 09:40", htmlonly(markup))


@mail("NORMAL", "de", "internal",
      "trap: grey: training material with an anonymised case study (\"Frau M., Mitte 50\", diagnosis) as PDF; no identifiable person")
def m113():
    text = f"""Hallo Neue im Team Leistung,

für die Schulung am Donnerstag hier vorab das Fallbeispiel. Bitte lest
es einmal durch und überlegt, welche Unterlagen ihr anfordern würdet.
Der Fall ist aus mehreren echten Fällen zusammengesetzt und verfremdet –
Rückschlüsse auf eine reale Person sind nicht möglich.

Bis Donnerstag!
Svenja

--
{STAFF["harms"][2]}
"""
    d = pdf([
        "# Schulung Leistungsprüfung - Fallbeispiel 4 (anonymisiert)",
        "",
        "Frau M., Mitte 50, Verwaltungsangestellte, Tarif Kompakt (fiktiv).",
        "Eingereicht: Rechnung einer Privatklinik über 6.900 EUR für eine stationäre",
        "Behandlung bei Depression (F32.1) von 24 Tagen, dazu eine Rechnung über",
        "Heilpraktikerleistungen (Akupunktur, Bachblüten).",
        "",
        "Fragen:",
        "1. Welche Unterlagen fordern Sie an (Entlassungsbericht, Einweisung)?",
        "2. War die Klinik eine 'gemischte Anstalt' (§ 4 Abs. 5 MB/KK)?",
        "3. Sind Heilpraktikerleistungen im Tarif versichert?",
        "4. Wie formulieren Sie eine Teilablehnung verständlich?",
    ], title="Fallbeispiel 4 anonymisiert", date="20260615080000")
    body = attach(plain(text), Att("Schulung_Fallbeispiel_4.pdf", "application/pdf", d))
    return build(who("harms"), A("Neue Mitarbeitende Leistung KV", "neu-leistung-kv@" + DOMAIN),
                 "Schulung Donnerstag – Fallbeispiel 4", "2026-06-15 08:10", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only: legal expenses cover confirmation in a tenancy dispute (rent increase), named customer and address")
def m114():
    markup = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Herr Kaya,</p>
<p>f&uuml;r Ihren Streit mit Ihrem Vermieter &uuml;ber die Mieterh&ouml;hung vom 15.04.2026 (Wohnung
Vegesacker Stra&szlig;e 51, 28217 Bremen) besteht Versicherungsschutz aus Ihrer Rechtsschutzversicherung
<b>RS-6702291</b> (Baustein Wohnen/Miete).</p>
<ul>
<li>Schaden-Nr.: RS-S-2026-02077</li>
<li>Deckung: au&szlig;ergerichtlich und erste Instanz</li>
<li>Selbstbeteiligung: 250&nbsp;&euro;</li>
</ul>
<p>Sie k&ouml;nnen sich eine Anwaltskanzlei frei aussuchen. Wenn Sie m&ouml;chten, nennen wir Ihnen eine
Kanzlei mit Schwerpunkt Mietrecht in Ihrer N&auml;he &ndash; kurzer Anruf gen&uuml;gt.</p>
<p>Viele Gr&uuml;&szlig;e<br>Friederike Janssen<br>Haftpflicht- und Rechtsschutzschaden</p>
</body></html>
"""
    return build(who("janssen", "rechtsschutz"), A("Emre Kaya", "emre.kaya@freemail.example"),
                 "Deckungszusage Mietstreit RS-S-2026-02077", "2026-06-16 14:25",
                 htmlonly(markup, cs="windows-1252", cte="quoted-printable"))


@mail("STRICTLY_CONFIDENTIAL", "de", "company",
      "company pension (direct insurance, life line): employer HR's enrolment list with birth dates and salaries forwarded with XLSX")
def m115():
    text = f"""Hallo Torsten,

anbei die bAV-Anmeldungen von Nordwind Kabeltechnik für die
Direktversicherung (Rahmenvertrag DV-RV-1180). Bitte Policierung zum
01.07.; Entgeltumwandlung laut Liste, Arbeitgeberzuschuss 15 %.

Gruß Anja

{STAFF["siemers"][2]}

-----Ursprüngliche Nachricht-----
Von: Struckmeyer, Heike <h.struckmeyer@nordwind-kabel.example>
Gesendet: Dienstag, 16. Juni 2026 16:48
An: Siemers, Anja <anja.siemers@weserland-versicherung.example>
Betreff: bAV Anmeldungen Juli

Hallo Frau Siemers,
hier die vier neuen Anmeldungen für die Direktversicherung. Herr Pohl
hat gefragt, ob er wegen seines Diabetes Gesundheitsfragen beantworten
muss – ich habe gesagt, bei der Direktversicherung nicht, stimmt das?
Gruß Heike Struckmeyer
"""
    x = xlsx([("Anmeldungen", [
        ["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Bruttojahresgehalt EUR", "Umwandlung mtl. EUR", "AG-Zuschuss mtl. EUR", "Beginn"],
        ["2231", "Pohl", "Matthias", "03.03.1981", 54800, 200, 30, "01.07.2026"],
        ["2240", "Schierholz", "Nina", "17.09.1994", 41200, 100, 15, "01.07.2026"],
        ["2243", "Ewert", "Gökhan", "22.12.1988", 47600, 150, 22.5, "01.07.2026"],
        ["2251", "Lüers", "Kathrin", "08.05.1976", 61300, 300, 45, "01.07.2026"]])],
        title="bAV Anmeldungen Juli 2026", author="Heike Struckmeyer", when="2026-06-16T14:40:00Z")
    body = attach(plain(text), Att("bAV_Anmeldungen_Juli2026.xlsx",
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
    return build(who("siemers"), who("meinders"), "WG: bAV Anmeldungen Juli", "2026-06-17 08:20", body)


@mail("NORMAL", "de", "internal",
      "maintenance window announcement for the secure-mail portal and broker API; no data")
def m116():
    text = """Hallo zusammen,

am Samstag, 20.06.2026, von 06:00 bis 10:00 Uhr ist das
SecureMail-Portal wegen eines Updates nicht erreichbar. Betroffen sind:

- Portal-Postfach für Kundinnen, Kunden und Makler
- Maklerpost-API (Abruf durch die Maklerverwaltungsprogramme)
- Zertifikatsverzeichnis

Ausgehende Mails, die in dieser Zeit im Portal hinterlegt werden sollen,
bleiben in der Warteschlange und werden danach automatisch zugestellt.
Ihr müsst nichts tun.

Der Hinweis auf der Portal-Startseite ist geschaltet.

Viele Grüße
IT-Service
"""
    return build(A("IT-Service", "it-service@" + DOMAIN), A("Alle Mitarbeitenden", "alle@" + DOMAIN),
                 "Wartung SecureMail-Portal Sa 20.06., 6–10 Uhr", "2026-06-17 12:00", plain(text, cte="8bit"))


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "motor: international insurance card (green card) for a trip to Morocco, German/English, named customer and plate")
def m117():
    text = f"""Hallo Frau El Amrani,

anbei die Bestätigung für Ihre Reise – die Internationale
Versicherungskarte (Grüne Karte) für Marokko (Ländercode MA) ist für
Ihren Vertrag freigeschaltet. Below the English version for the border
police, as you asked.

  Versicherungsnehmerin / Policyholder:  Fatima El Amrani
  Fahrzeug / Vehicle:                   VW Touran, HB-FE 827
  Vertrag / Policy:                     KFZ-7310564
  Gültig / Valid:                       01.07.2026 – 31.08.2026
  Länder / Countries:                   ES, MA (Green Card system)

Bitte drucken Sie die Karte aus, die wir Ihnen heute per Post schicken;
an der Grenze in Tanger Med wird das Original verlangt.
Please carry the original card; a copy may not be accepted.

Gute Fahrt / have a safe trip!

{sig("focke", "de")}
"""
    return build(who("focke", "kfz-vertrag"), A("Fatima El Amrani", "fatima.elamrani@netzpost.example"),
                 "Grüne Karte Marokko / Green Card Morocco – KFZ-7310564", "2026-06-18 10:33", plain(text))


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "special investigations: suspicious physiotherapy invoices of a named health claimant, with an XLSX of sessions and diagnoses")
def m118():
    text = f"""Hi Jannik, hi Svenja,

quick update on the case you referred (claimant Mr Oskar Lindemann,
KV-6120443-1). The attached sheet lists all physiotherapy invoices since
January. Findings so far:

- 64 sessions in 22 weeks from "Physio Vital Nord", always billed as
  manual therapy + lymph drainage, diagnosis codes alternate between
  M54.4 (lumbago with sciatica) and M75.1 (rotator cuff syndrome);
- on 11 dates he was, according to his own claim for hospital daily
  benefit, an inpatient at Klinikum Am Wall (knee surgery) - sessions
  cannot have taken place;
- the practice owner is the claimant's brother-in-law.

I will write to the practice and ask for the appointment book. Please
put further payments on hold.

Pascal

{STAFF["wendt"][3]}
"""
    x = xlsx([("Invoices", [
        ["Date", "Provider", "Service", "ICD-10", "Amount EUR", "Inpatient same day?"],
        ["2026-01-08", "Physio Vital Nord", "manual therapy + MLD 45", "M54.4", 71.40, "no"],
        ["2026-02-17", "Physio Vital Nord", "manual therapy + MLD 45", "M75.1", 71.40, "YES (Klinikum Am Wall)"],
        ["2026-02-19", "Physio Vital Nord", "manual therapy + MLD 45", "M75.1", 71.40, "YES (Klinikum Am Wall)"],
        ["2026-03-03", "Physio Vital Nord", "manual therapy + MLD 45", "M54.4", 71.40, "no"],
        ["...", "", "", "", None, ""],
        ["Total (64 sessions)", "", "", "", 4569.60, "11 overlaps"]])],
        title="SIU Lindemann", author="Pascal Wendt", when="2026-06-19T13:00:00Z")
    body = attach(plain(text), Att("SIU_2026-041_Lindemann_invoices.xlsx",
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
    return build(who("wendt"), [who("oltmanns"), who("harms")], "SIU 2026-041 - physiotherapy invoices, please hold payments",
                 "2026-06-19 13:12", body)


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: claims bordereau format specification for a reinsurer with fictitious test records (\"TEST PERSON\", placeholder dates) in a CSV")
def m119():
    text = f"""Hi Tobias,

as agreed, here is the format for the quarterly claims bordereau under
the motor XL treaty, plus a test file with three fictitious records so
your IT can test the import. The real file will only include claims
above EUR 250,000 and will be delivered via the SFTP exchange, not by
e-mail.

Field list (semicolon-separated, UTF-8):
  claim_id; loss_date; line; cause; injured_persons; paid; reserve;
  currency; status

Personal data: the real bordereau contains no names; injured persons
are given as a count only.

Best
Uwe

{sig("deters", "en")}
"""
    data = csv_text([
        ["claim_id", "loss_date", "line", "cause", "injured_persons", "paid", "reserve", "currency", "status", "comment"],
        ["TEST-0001", "2026-01-01", "MTPL", "collision", "1", "100000.00", "250000.00", "EUR", "open", "TEST PERSON - fictitious"],
        ["TEST-0002", "2026-01-02", "MTPL", "collision", "0", "300000.00", "0.00", "EUR", "closed", "TEST PERSON - fictitious"],
        ["TEST-0003", "2026-01-03", "MOD", "fire", "0", "0.00", "280000.00", "EUR", "open", "TEST PERSON - fictitious"]])
    body = attach(plain(text), Att("bordereau_test_records.csv", "text/csv", data, cs="utf-8", cte="7bit"))
    return build(who("deters"), A("Tobias Krüger", "tobias.krueger@baltic-re.example"),
                 "Claims bordereau format + test file (motor XL)", "2026-06-22 10:05", body)


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: statement to the industry association on a draft health-data law (research use of health data, pseudonymisation)")
def m120():
    text = f"""Sehr geehrte Frau Dr. Hasselbach,

zur Verbändeanhörung zum Referentenentwurf eines Gesetzes zur
Weiterentwicklung der Gesundheitsdatennutzung übermitteln wir Ihnen
unsere Anmerkungen für die Stellungnahme des Verbands:

1. § 4 Abs. 2: Die Pflicht, Abrechnungsdaten der privaten
   Krankenversicherung pseudonymisiert an das Forschungsdatenzentrum zu
   liefern, sollte an dieselben Fristen wie in der GKV geknüpft werden.
2. Die Pseudonymisierung sollte bei einer Vertrauensstelle erfolgen,
   nicht beim Versicherer selbst.
3. Diagnosedaten aus Leistungsanträgen, die abgelehnt wurden, sollten
   ausdrücklich ausgenommen sein.
4. Für kleine Versicherer fehlt eine Bagatellgrenze.

Für Rückfragen steht Ihnen Herr Mahnken gern zur Verfügung.

Mit freundlichen Grüßen

{sig("eilers")}
"""
    markup = f"""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Dr. Hasselbach,</p>
<p>zur Verb&auml;ndeanh&ouml;rung zum Referentenentwurf eines Gesetzes zur Weiterentwicklung der Gesundheitsdatennutzung &uuml;bermitteln wir Ihnen unsere Anmerkungen f&uuml;r die Stellungnahme des Verbands:</p>
<ol>
<li>&sect;&nbsp;4 Abs.&nbsp;2: Die Pflicht, Abrechnungsdaten der privaten Krankenversicherung pseudonymisiert an das Forschungsdatenzentrum zu liefern, sollte an dieselben Fristen wie in der GKV gekn&uuml;pft werden.</li>
<li>Die Pseudonymisierung sollte bei einer Vertrauensstelle erfolgen, nicht beim Versicherer selbst.</li>
<li>Diagnosedaten aus Leistungsantr&auml;gen, die abgelehnt wurden, sollten ausdr&uuml;cklich ausgenommen sein.</li>
<li>F&uuml;r kleine Versicherer fehlt eine Bagatellgrenze.</li>
</ol>
<p>F&uuml;r R&uuml;ckfragen steht Ihnen Herr Mahnken gern zur Verf&uuml;gung.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Dr. Claudia Eilers<br>Syndikusrechtsanw&auml;ltin</p>
</body></html>
"""
    return build(who("eilers", "recht"), A("Dr. Ruth Hasselbach", "r.hasselbach@versichererverband.example"),
                 "Anhörung Gesundheitsdatennutzung – Anmerkungen Weserland", "2026-06-23 16:44", alt(text, markup))

# ---------------------------------------------------------------- 0121-0135

@mail("NORMAL", "de", "internal",
      "grey: team planning mail naming colleagues' holidays and one absence without any reason")
def m121():
    text = f"""Moin Team,

kurz zur Planung für die Sommerwochen:

KW 28–30: Lena, Björn und Merve im Urlaub
KW 31–32: Holger und ich im Urlaub, Vertretung Teamleitung: Lena
KW 33:    Sven fällt die ganze Woche aus, seine Schäden bitte über
          die Gruppenpost – Details braucht ihr nicht, ist geklärt.

Bitte tragt euch bis Freitag in den Schichtplan für die Hotline
(Sa-Dienst) ein, es fehlen noch drei Samstage. Und denkt an den
Erste-Hilfe-Kurs am 02.07., wer sich angemeldet hat.

Danke euch!
Björn

--
{STAFF["tietjen"][2]}
"""
    return build(who("tietjen"), A("Team Kfz-Schaden", "team-kfz-schaden@" + DOMAIN),
                 "Urlaubsplanung Sommer + Samstagsdienste", "2026-06-24 08:47", plain(text, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "grey: team lead tells colleagues that a named colleague had a heart attack and is in hospital (health data of an employee)")
def m122():
    text = f"""Liebe Kolleginnen und Kollegen,

Jens Rodiek hat mich gebeten, euch Bescheid zu geben: Er hatte am
Wochenende einen Herzinfarkt und liegt noch auf der kardiologischen
Station im Klinikum Links der Weser. Es geht ihm den Umständen
entsprechend gut, er wurde gestern mit zwei Stents versorgt und
rechnet mit Reha ab Mitte Juli.

Er freut sich über eine Karte, aber bitte keine Anrufe oder Besuche im
Krankenhaus. Die Karte liegt bei mir im Büro (Raum 3.14) aus.

Seine Fälle verteilen wir morgen im Teammeeting neu.

Herzliche Grüße
Marco

--
{STAFF["stuehrenberg"][2]}
"""
    return build(who("stuehrenberg"), A("Team Sachschaden Privat", "team-sach-privat@" + DOMAIN),
                 "Jens", "2026-06-29 09:05", plain(text))


@mail("CONFIDENTIAL", "de", "insurer-to-court",
      "wage garnishment: third-party debtor statement about an employee's salary, with the formal declaration as ODT")
def m123():
    text = f"""Amtsgericht Bremen – Vollstreckungsgericht

Az. 245 M 1187/26
Gläubigerin: Autohaus Stern Nord GmbH
Schuldner: Patrick Mönkemeyer (unser Mitarbeiter)

Sehr geehrte Damen und Herren,

in obiger Sache geben wir als Drittschuldnerin die Erklärung nach
§ 840 ZPO ab; das unterschriebene Original geht per Post an die
Gläubigerin. Die Erklärung finden Sie im Anhang (ODT).

Mit freundlichen Grüßen
Personalabrechnung

{sig("grotheer")}
"""
    d = odt([
        ("h", "Drittschuldnererklärung nach § 840 Abs. 1 ZPO"),
        "Az. 245 M 1187/26 - Pfändungs- und Überweisungsbeschluss vom 12.06.2026, zugestellt am 18.06.2026",
        "Schuldner: Patrick Mönkemeyer, geb. 30.01.1990, Personalnummer 31455",
        ("table", [["Frage", "Antwort"],
                   ["1. Wird die Forderung anerkannt?", "Ja, Arbeitseinkommen aus bestehendem Arbeitsverhältnis."],
                   ["Bruttomonatsgehalt", "3.960,00 EUR"],
                   ["Nettomonatsgehalt", "2.548,17 EUR"],
                   ["Unterhaltspflichten laut Lohnsteuerabzug", "1 Kind"],
                   ["pfändbarer Betrag ab Juli 2026", "392,46 EUR monatlich"],
                   ["2. Ansprüche anderer Personen?", "Vorpfändung keine; Abtretung keine"],
                   ["3. Andere Pfändungen?", "keine"]]),
        "Bremen, 30.06.2026 - Weserland Versicherung AG, Personalabrechnung",
    ], title="Drittschuldnererklärung 245 M 1187/26", author="Personalabrechnung", when="2026-06-30T09:00:00Z")
    body = attach(plain(text), Att("Drittschuldnererklaerung_245M1187-26.odt", "application/vnd.oasis.opendocument.text", d))
    return build(A("Personalabrechnung", "personalabrechnung@" + DOMAIN),
                 A("AG Bremen Vollstreckungsgericht", "vollstreckung@ag-bremen.justiz.example"),
                 "Drittschuldnererklärung 245 M 1187/26", "2026-06-30 09:15", body)


@mail("NORMAL", "en", "newsletter",
      "trap: HTML travel insurance newsletter (medical evacuation, pre-existing conditions, vaccinations) with no personal data")
def m124():
    markup = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Summer travel 2026</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;background:#eef5f7">
<div style="max-width:600px;margin:auto;background:#fff;padding:20px">
<h1 style="color:#0b4f6c;font-size:22px">Travelling this summer? Five things to check</h1>
<ol>
<li><b>Medical evacuation</b>: our travel health cover pays for medically necessary repatriation &ndash; no upper limit.</li>
<li><b>Pre-existing conditions</b>: chronic illnesses such as diabetes or asthma are covered if the trip is not made for treatment.
Take enough medication and a doctor&rsquo;s letter in English.</li>
<li><b>Vaccinations</b>: check the recommendations for your destination at least six weeks before departure.</li>
<li><b>Cancellation</b>: illness of a travel companion also counts as a reason to cancel.</li>
<li><b>24-hour assistance</b>: +49 421 5508-6600, from anywhere in the world.</li>
</ol>
<p><a href="https://www.weserland-versicherung.example/travel">Compare our travel plans</a></p>
<p style="font-size:11px;color:#888">You are receiving this newsletter because you subscribed at weserland-versicherung.example.
<a href="https://www.weserland-versicherung.example/newsletter/unsubscribe?l=travel-en">Unsubscribe</a></p>
</div></body></html>
"""
    return build(A("Weserland Travel", "travel-news@" + DOMAIN), A("Weserland Travel", "travel-news@" + DOMAIN),
                 "Travelling this summer? Five things to check", "2026-07-01 06:30",
                 htmlonly(markup, cte="quoted-printable"), mailer="Weserland Mailing 3.4",
                 headers=[("Precedence", "bulk")])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "cyber insurance of a sole trader (natural person): ransomware claim, forensic costs, payout to her IBAN")
def m125():
    ib = iban_de("29050101", "0082231947")
    text = f"""Dear Ms Thornton,

good news: your cyber claim is settled. Under your cyber policy
CY-550187 (Studio Thornton Design, sole proprietor) we pay:

  Claim:                          CY-S-2026-00061
  IT forensics (Datenwerk Nord):  EUR 4,860.00 (paid directly to them)
  Data restoration, 3 days:       EUR 2,130.00
  Business interruption, 6 days:  EUR 1,740.00 (based on your 2025
                                  turnover of EUR 105,800)
  Excess:                        -EUR   500.00
  Payable to you:                 EUR 3,370.00

The amount goes to {grp(ib)} today. As agreed, no ransom was paid.
Please remember to activate the two-factor login for your cloud
storage - this is a condition for cover of any future claim.

Kind regards

Felix Rohlfs
Commercial Lines Underwriting

{FOOTER_EN}
"""
    return build(who("rohlfs", "cyber-schaden"), A("Emma Thornton", "emma@studio-thornton.example"),
                 "Your cyber claim CY-S-2026-00061 - settlement", "2026-07-02 11:26", plain(text, cte="8bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "income protection application: underwriting decision with an exclusion for a back condition (PDF offer)")
def m126():
    text = f"""Dear Mr Goldberg,

thank you for your application for income protection. We are happy to
offer you cover - with one exclusion, which is explained in the attached
offer. In short: because of your treatment for a herniated disc in 2024,
we cannot cover incapacity caused by diseases of the lumbar spine.

If you have no complaints for three years, you can ask us to review the
exclusion.

The offer is valid for six weeks. Please accept it via your broker or
reply to this e-mail.

Kind regards

{sig("schnakenberg", "en")}
"""
    d = pdf([
        "# Offer with special agreement - income protection",
        "Applicant: Daniel Goldberg, date of birth 1985-04-14",
        "Occupation: architect (office 80 %, site visits 20 %)",
        "Monthly benefit: EUR 2,800 until age 67",
        "Application no.: A-BU-2026-09917",
        "",
        "Special agreement (exclusion):",
        "No benefits are payable for incapacity caused by diseases or injuries of the lumbar spine",
        "and their consequences, in particular herniated disc L5/S1 (M51.1) treated in 2024",
        "with physiotherapy and periradicular therapy.",
        "",
        "Health declaration taken into account: BMI 24, no medication, allergic rhinitis (accepted",
        "without loading).",
        "Monthly premium: EUR 96.40",
    ], title="Offer A-BU-2026-09917", date="20260703090000")
    body = attach(plain(text), Att("Offer_A-BU-2026-09917.pdf", "application/pdf", d))
    return build(who("schnakenberg"), A("Daniel Goldberg", "d.goldberg@webpost.example"),
                 "Your income protection application A-BU-2026-09917", "2026-07-03 09:12", body,
                 cc=A("Martin Fairclough", "m.fairclough@harbourside-risk.example"))


@mail("NORMAL", "de", "insurer-to-press",
      "answer to a journalist on storm claims figures for the region (aggregate numbers, no customer)")
def m127():
    text = f"""Hallo Herr Schnitger,

gern zu Ihren Fragen zum Unwetter vom 26./27. Juni:

- Bei uns sind bis heute Mittag 3.412 Schäden aus der Region
  Bremen/Unterweser gemeldet worden, davon 2.760 Wohngebäude,
  410 Hausrat und 242 Kfz (vor allem Hagel und umgestürzte Bäume).
- Den Gesamtaufwand schätzen wir vorläufig auf 18 bis 22 Mio. EUR.
- Am stärksten betroffen sind Delmenhorst, Ganderkesee und
  Bremen-Huchting.
- Verletzte Kundinnen oder Kunden sind uns nicht bekannt.

Zitierfähig ist gern: "Wir haben zusätzliche Gutachter aus anderen
Regionen zusammengezogen und zahlen Soforthilfen ohne lange Prüfung",
sagt Unternehmenssprecherin Julia Behrens.

Viele Grüße

{sig("behrens")}
"""
    return build(who("behrens", "presse"), A("Nils Schnitger (Redaktion Weserzeitung)", "n.schnitger@weserzeitung.example"),
                 "AW: Anfrage Unwetterschäden Juni", "2026-06-30 14:10", plain(text), irt=mid("weserzeitung.example"))


@mail("CONFIDENTIAL", "de", "insurer-to-supplier",
      "towing invoice query: policyholder's name, plate and claim number in a mail to the towing company")
def m128():
    text = f"""Hallo Herr Kruse,

zu Ihrer Rechnung R-26-1187 über die Bergung und das Abschleppen am
17.06.2026:

  Schaden:        VK-S-2026-02566
  Kunde:          Herr Malte Schierenbeck
  Fahrzeug:       CLP-MS 448 (Ford Transit, Anhänger)
  Einsatzort:     A1, AS Cloppenburg, Richtung Bremen

Die Standgebühren berechnen Sie für 14 Tage. Unser Gutachter war aber
bereits am 19.06. da, und wir haben Ihnen am 20.06. die Freigabe zur
Verwertung gegeben. Wir übernehmen daher Standgebühren für 4 Tage
(4 x 15 EUR). Bitte schicken Sie eine korrigierte Rechnung.

Den Anhänger holt Herr Schierenbeck nächste Woche selbst ab.

Gruß

{sig("tietjen")}
"""
    return build(who("tietjen", "kfz-schaden"), A("Abschleppdienst Kruse", "buero@abschlepp-kruse.example"),
                 "Ihre Rechnung R-26-1187 / VK-S-2026-02566", "2026-07-03 13:40", plain(text))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
      "accident insurance death benefit: request to the public prosecutor for the file on a fatal road accident (blood alcohol, autopsy)")
def m129():
    text = f"""Staatsanwaltschaft Verden

Ermittlungsverfahren gegen Unbekannt wegen fahrlässiger Tötung
Ihr Az.: 412 UJs 3318/26
Verstorbener: Herr Lars Dehlwes, geb. 04.08.1979, gest. 13.06.2026

Sehr geehrte Damen und Herren,

Herr Dehlwes war bei uns unfallversichert (UV-5701166, Todesfallsumme
100.000 EUR). Die Witwe hat die Leistung beantragt.

Nach den uns vorliegenden Informationen kam Herr Dehlwes bei einem
Alleinunfall mit seinem Motorrad auf der K 9 bei Kirchlinteln ums Leben.
Für die Prüfung, ob ein Leistungsausschluss wegen Bewusstseinsstörung
infrage kommt, bitten wir gemäß § 475 StPO um Auskunft bzw. Akteneinsicht
in
- das Ergebnis der Blutalkoholbestimmung,
- den Obduktionsbericht bzw. die Todesbescheinigung,
- das Unfallgutachten (DEKRA).

Ein berechtigtes Interesse ergibt sich aus der Leistungsprüfung. Die
Einwilligung der Witwe fügen wir auf Anforderung bei.

Mit freundlichen Grüßen

{sig("aydin")}
"""
    return build(who("aydin", "unfall-leistung"), A("Staatsanwaltschaft Verden", "poststelle@sta-verden.justiz.example"),
                 "Akteneinsicht 412 UJs 3318/26 – Dehlwes", "2026-07-06 10:22", plain(text))


@mail("NORMAL", "de", "insurer-to-company",
      "trap: company health insurance product presentation for an employer's HR (budget tariff, dental, check-ups) as PDF; no employee data")
def m130():
    text = f"""Sehr geehrte Frau Hollmann,

vielen Dank für das nette Gespräch. Wie versprochen, anbei unsere
Präsentation zur betrieblichen Krankenversicherung.

Für Ihre rund 180 Beschäftigten würde ich Ihnen den Budgettarif
"bKV Flex 600" empfehlen: 600 EUR pro Jahr und Mitarbeitendem für
Zahnreinigung, Brillen, Heilpraktiker und Vorsorge, ohne
Gesundheitsprüfung und ohne Wartezeiten. Beitrag 22,50 EUR monatlich je
Person, steuerlich als Sachbezug bis 50 EUR frei.

Eine Mitarbeiterliste brauchen wir erst, wenn Sie sich entschieden
haben – dann nur Name, Geburtsdatum und Eintritt.

Mit freundlichen Grüßen

{sig("siemers")}
"""
    d = pdf([[
        "# Betriebliche Krankenversicherung - bKV Flex",
        "Weserland Krankenversicherung a.G. - Präsentation für Hollmann Logistik",
        "",
        "Warum bKV?  Mitarbeiterbindung, Gesundheit, Arbeitgeberattraktivität",
        "",
        "Budgettarife:  bKV Flex 300 / 600 / 900 EUR jährlich",
        "Leistungen: Zahnprophylaxe, Sehhilfen, Heilpraktiker, Vorsorgeuntersuchungen,",
        "Schutzimpfungen, Osteopathie",
        "Keine Gesundheitsfragen, keine Wartezeit, Vorerkrankungen mitversichert",
    ], [
        "# Beiträge (monatlich je Person)",
        "Flex 300: 11,90 EUR   Flex 600: 22,50 EUR   Flex 900: 33,10 EUR",
        "Mindestgröße: 10 Mitarbeitende",
        "Datenschutz: Arbeitgeber erfährt keine Leistungsdaten einzelner Beschäftigter.",
    ]], title="bKV Flex Präsentation", date="20260707100000", compress=True)
    body = attach(plain(text), Att("bKV_Flex_Praesentation_Hollmann.pdf", "application/pdf", d))
    return build(who("siemers"), A("Birte Hollmann", "personal@hollmann-logistik.example"),
                 "Ihre Anfrage betriebliche Krankenversicherung", "2026-07-07 10:05", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household insurance: surge damage after lightning (TV, router) settled for a named customer")
def m131():
    text = f"""Sehr geehrte Frau Bruns,

Ihren Überspannungsschaden nach dem Gewitter am 27.06.2026 haben wir
geprüft (Hausrat HR-2288406, Schaden HR-S-2026-03104).

  Fernseher (Kaufpreis 2022: 1.099 €), Reparatur nicht möglich:
  Neuwert vergleichbares Gerät                         949,00 €
  WLAN-Router und Netzteil                             189,00 €
  Entschädigung                                      1.138,00 €

Eine Selbstbeteiligung ist in Ihrem Tarif nicht vereinbart. Die Zahlung
geht auf Ihr Beitragskonto.

Bitte heben Sie die defekten Geräte noch vier Wochen auf; falls wir sie
begutachten wollen, melden wir uns.

Mit freundlichen Grüßen

{sig("stuehrenberg")}
"""
    return build(who("stuehrenberg", "schaden-sach"), A("Karin Bruns", "karin.bruns@posteingang.example"),
                 "Ihr Überspannungsschaden HR-S-2026-03104", "2026-07-08 12:18",
                 plain(text, cs="windows-1252", cte="quoted-printable"))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "health claim partially declined: physiotherapy sessions beyond the prescription, named customer and diagnosis")
def m132():
    text = f"""Dear Ms Andersson,

thank you for submitting the physiotherapy invoices after your shoulder
surgery (arthroscopic rotator cuff repair, right shoulder, 14 April 2026).

We have reimbursed 18 of the 24 sessions:

  Prescriptions (Dr Holm):     3 x 6 sessions = 18 sessions
  Invoiced by PhysioPlus:      24 sessions, EUR 1,488.00
  Reimbursed (tariff 80 %):    18 x EUR 62.00 x 80 % = EUR 892.80

For the remaining six sessions we have not received a prescription. If
your surgeon issued one, please send it in and we will pay those as
well.

Kind regards

{sig("harms", "en")}
"""
    return build(who("harms", "leistung-kv"), A("Karin Andersson", "karin.andersson@inbox.example"),
                 "Your physiotherapy invoices - KV-6612070-3", "2026-07-09 15:33", plain(text))


@mail("NORMAL", "en", "insurer-to-lawyer",
      "panel counsel engagement terms (rates, reporting, data handling) for an English law firm; no case or client")
def m133():
    text = f"""Dear Mr Whitlock,

we are pleased to confirm Whitlock & Avery LLP as panel counsel for
English-law matters from 1 September 2026. The key terms:

- hourly rates: partner GBP 420, associate GBP 265, trainee GBP 140;
  fixed fees for initial case assessment GBP 750
- initial report within 21 days of instruction, then every three months
  or on any significant development
- reserves and settlement authority: up to GBP 25,000 without prior
  approval
- case documents only via our secure portal; no personal data of
  claimants or policyholders in unencrypted e-mail
- annual review meeting in Bremen or London

The full service level agreement follows by post for signature.

Kind regards

{sig("eilers", "en")}
"""
    return build(who("eilers", "recht"), A("Edward Whitlock", "e.whitlock@whitlock-avery.example"),
                 "Panel counsel appointment - terms", "2026-07-10 11:00", plain(text))


@mail("CONFIDENTIAL", "de", "insurer-to-authority",
      "answer to a tax office information request about a named customer's buildings claim payments (PDF overview)")
def m134():
    text = f"""Finanzamt Delmenhorst
Veranlagungsstelle, Bezirk 4

Auskunftsersuchen nach § 93 AO vom 22.06.2026
Steuerpflichtiger: Herr Gerold Bruns-Haake, Steuer-Nr. 65/210/04471

Sehr geehrte Damen und Herren,

wie angefordert übersenden wir eine Aufstellung der Entschädigungs-
zahlungen aus der Wohngebäudeversicherung des Steuerpflichtigen für das
vermietete Objekt Lange Straße 48, Delmenhorst, in den Jahren 2024 und
2025. Zahlungen aus anderen Verträgen sind nicht Gegenstand des
Ersuchens.

Mit freundlichen Grüßen

{sig("stuehrenberg")}
"""
    d = pdf([
        "# Aufstellung Entschädigungszahlungen",
        "Versicherungsnehmer: Gerold Bruns-Haake, Delmenhorst",
        "Vertrag: Wohngebäudeversicherung WG-3199017, Objekt Lange Straße 48 (Mehrfamilienhaus)",
        "",
        "Datum        Schaden-Nr.         Ursache              Betrag EUR",
        "14.03.2024   WG-S-2024-01882     Leitungswasser       12.418,90",
        "02.11.2024   WG-S-2024-07710     Sturm                 3.240,00",
        "18.12.2025   WG-S-2025-08917     Sturm (Jolanda)      21.600,00",
        "",
        "Summe 2024: 15.658,90 EUR   Summe 2025: 21.600,00 EUR",
        "Zahlungsempfänger jeweils: Versicherungsnehmer bzw. beauftragte Handwerker",
    ], title="Auskunft § 93 AO", date="20260713090000")
    body = attach(plain(text), Att("Auskunft_93AO_Bruns-Haake.pdf", "application/pdf", d))
    return build(who("stuehrenberg", "schaden-sach"), A("Finanzamt Delmenhorst", "poststelle@fa-delmenhorst.example"),
                 "Auskunftsersuchen § 93 AO – Bruns-Haake, St.-Nr. 65/210/04471", "2026-07-13 09:30", body)


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-doctor",
      "German/English consultation with a treating doctor abroad about an expat patient (MS relapse, therapy); subject also tagged [streng vertraulich] by the sender")
def m135():
    text = f"""Dear Dr Haugland, liebe Kollegin,

thank you for your call this morning. To summarise in English for your
file, and in German for ours:

Your patient Ms Ingrid Sæther (DOB 1990-02-11), insured with us under
expat health policy EX-2210583, has had a relapse of her relapsing-
remitting multiple sclerosis (G35.1) with optic neuritis of the left eye
since 6 July. You plan high-dose methylprednisolone 1 g i.v. for three
days and a switch of her disease-modifying therapy to ocrelizumab.

- The steroid treatment is covered; please bill us directly.
- For ocrelizumab we need your short medical justification (MRI
  findings, relapse rate) – we will decide within 48 hours.

Kurz auf Deutsch: Schubtherapie ist zugesagt, Ocrelizumab-Umstellung
prüfen wir nach Eingang der Begründung (MRT, Schubrate) innerhalb von
48 Stunden.

Kind regards / mit kollegialen Grüßen

{sig("broemmel", "en")}
"""
    return build(who("broemmel"), A("Dr Siri Haugland", "s.haugland@bergen-nevro.example"),
                 "[streng vertraulich] Ms Sæther – EX-2210583 – relapse treatment", "2026-07-14 12:02", plain(text))

# ---------------------------------------------------------------- 0136-0150

@mail("NORMAL", "de", "internal",
      "process meeting minutes for motor claims with KPI table as ODS; no claim, customer or employee data")
def m136():
    text = f"""Hallo zusammen,

anbei die Kennzahlen aus der Prozessrunde Kfz-Schaden vom Dienstag als
ODS. Vereinbart wurde:

1. Glasschäden ab 01.09. komplett automatisch (Partnerwerkstatt meldet,
   System gibt frei), Stichprobe 5 %.
2. Rückrufquote Hotline soll unter 8 % sinken – dafür Rückrufslots am
   Nachmittag.
3. Gutachteraufträge nur noch über die Schnittstelle, keine Mails mit
   Fotos mehr.

Nächster Termin: 18.08., 10 Uhr.

Gruß Björn

--
{STAFF["tietjen"][2]}
"""
    d = ods([("Kennzahlen", [
        ["Kennzahl", "Q1 2026", "Q2 2026", "Ziel"],
        ["Durchlaufzeit Haftpflicht (Tage, Median)", 11.5, 10.2, 9],
        ["Durchlaufzeit Kasko (Tage, Median)", 6.8, 6.1, 5],
        ["Anteil Glasschäden automatisch", 0.41, 0.57, 0.9],
        ["Rückrufquote Hotline", 0.124, 0.109, 0.08],
        ["Kundenzufriedenheit (1-5)", 4.1, 4.2, 4.3]]),
        ("Maßnahmen", [["Nr.", "Maßnahme", "Verantwortlich", "Termin"],
                       [1, "Glas automatisch", "Tietjen", "01.09.2026"],
                       [2, "Rückrufslots", "Teamleitung Hotline", "15.08.2026"],
                       [3, "Gutachter nur Schnittstelle", "IT / Tietjen", "01.10.2026"]])],
        title="Prozessrunde Kfz Juli 2026", author="Björn Tietjen", when="2026-07-15T14:00:00Z")
    body = attach(plain(text), Att("Prozessrunde_Kfz_2026-07-14.ods", "application/vnd.oasis.opendocument.spreadsheet", d))
    return build(who("tietjen"), [A("Team Kfz-Schaden", "team-kfz-schaden@" + DOMAIN), who("wessels")],
                 "Prozessrunde Kfz-Schaden 14.07. – Kennzahlen und Maßnahmen", "2026-07-15 14:06", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only: PKV reimbursement of insulin and sensor supplies for type 1 diabetes, named customer")
def m137():
    markup = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Frau Gerdes-Lüken,</p>
<p>Ihre Apothekenrechnungen f&uuml;r Juni haben wir erstattet (Krankenversicherung <b>KV-6007321-5</b>):</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Position</th><th>Betrag</th><th>Erstattung</th></tr>
<tr><td>Insulin aspart 100 E/ml, 10 Patronen (PZN 01234567)</td><td align="right">98,41 &euro;</td><td align="right">98,41 &euro;</td></tr>
<tr><td>Insulin glargin 300 E/ml, 3 Pens</td><td align="right">112,86 &euro;</td><td align="right">112,86 &euro;</td></tr>
<tr><td>CGM-Sensoren, 2 St&uuml;ck</td><td align="right">119,90 &euro;</td><td align="right">119,90 &euro;</td></tr>
<tr><td>Blutzuckerteststreifen, 100 St&uuml;ck</td><td align="right">39,95 &euro;</td><td align="right">39,95 &euro;</td></tr>
</table>
<p>F&uuml;r die Insulinpumpe, die Ihre Diabetologin f&uuml;r den Herbst plant, brauchen wir vorher einen
Kostenvoranschlag und die Verordnung &ndash; dann geht die Zusage schnell.</p>
<p>Viele Gr&uuml;&szlig;e<br>Svenja Harms<br>Leistung Kranken / Zahn</p>
</body></html>
"""
    return build(who("harms", "leistung-kv"), A("Wiebke Gerdes-Lüken", "wiebke.gl@netzpost.example"),
                 "Erstattung Apothekenrechnungen Juni", "2026-07-16 10:50", htmlonly(markup, cte="base64"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: transfer of a no-claims class from father to daughter, both named with birth dates, plates")
def m138():
    text = f"""Hallo Herr Ubbens, hallo Frau Ubbens,

die Übertragung des Schadenfreiheitsrabatts ist erledigt:

  abgebender Vertrag:    KFZ-5880314, Eilert Ubbens, geb. 09.10.1955
                         (Fahrzeug abgemeldet am 30.06.2026)
  übernehmender Vertrag: KFZ-7455210, Tjarda Ubbens, geb. 23.02.2002
                         Fahrzeug LER-TU 23
  übertragen:            SF 9 in der Haftpflicht (die Jahre, die Ihre
                         Tochter seit ihrem Führerschein 2020 nachweisbar
                         selbst fahren konnte), Vollkasko SF 6

Der neue Beitrag für Tjarda beträgt 486,20 EUR im Jahr statt bisher
1.102,70 EUR. Der Rest des Rabatts verfällt beim Vater.

Viele Grüße

{sig("focke")}
"""
    return build(who("focke", "kfz-vertrag"), [A("Eilert Ubbens", "eilert.ubbens@freemail.example"),
                                                A("Tjarda Ubbens", "tjarda.ubbens@freemail.example")],
                 "SF-Übertragung erledigt", "2026-07-17 09:02", plain(text))


@mail("NORMAL", "en", "insurer-to-public",
      "automatic acknowledgement from the general service mailbox with a ticket number; the sender's text is not quoted")
def m139():
    text = """Thank you for your e-mail.

We have received your message and will reply within two working days.
Your reference: SR-2026-0719-44817

Please do not send medical documents, bank details or copies of ID by
ordinary e-mail. You can upload documents securely in our customer
portal: https://www.weserland-versicherung.example/upload

For claims outside office hours call +49 421 5508-6600.

Weserland Versicherung - Customer Service
(This message was generated automatically.)
"""
    return build(A("Weserland Customer Service", "service@" + DOMAIN), "frances.obi@webpost.example",
                 "Re: Your enquiry [SR-2026-0719-44817]", "2026-07-19 21:04",
                 plain(text, cs="us-ascii", cte="7bit"), mailer="Weserland Ticketing 2.9",
                 irt=mid("webpost.example", "tb"),
                 headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "group accident insurance: employer informed about a named employee's work accident claim (ankle fracture, daily benefit), text and HTML")
def m140():
    text = f"""Dear Mr van Dijk,

thank you for reporting the accident of your employee Mr Thijs Brouwer
(born 14 May 1991) on 8 July 2026 - he slipped on the stairs of the
Bremerhaven warehouse and fractured his right ankle (bimalleolar
fracture, operated at Klinikum Bremerhaven on 9 July).

Under your group accident policy GU-410233 we have registered claim
GU-S-2026-00188. Benefits we will check:
- hospital daily benefit (5 days)
- recovery benefit after the hospital stay
- disability benefit if lasting impairment remains (assessment after
  12 months at the earliest)

We will correspond with Mr Brouwer directly from now on; please give him
our contact details. We will not send you medical details.

Kind regards

{sig("aydin", "en")}
"""
    markup = f"""<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Dear Mr van Dijk,</p>
<p>thank you for reporting the accident of your employee <b>Mr Thijs Brouwer</b> (born 14&nbsp;May&nbsp;1991) on 8&nbsp;July&nbsp;2026 &ndash;
he slipped on the stairs of the Bremerhaven warehouse and fractured his right ankle (bimalleolar fracture, operated at Klinikum Bremerhaven on 9&nbsp;July).</p>
<p>Under your group accident policy GU-410233 we have registered claim <b>GU-S-2026-00188</b>. Benefits we will check:</p>
<ul><li>hospital daily benefit (5 days)</li><li>recovery benefit after the hospital stay</li>
<li>disability benefit if lasting impairment remains (assessment after 12 months at the earliest)</li></ul>
<p>We will correspond with Mr Brouwer directly from now on; please give him our contact details. We will not send you medical details.</p>
<p>Kind regards<br>Mehmet Ayd&#305;n<br>Accident Claims</p>
</body></html>
"""
    return build(who("aydin", "unfall-leistung"), A("Pieter van Dijk", "p.vandijk@keelson-marine.example"),
                 "Group accident claim GU-S-2026-00188 - Mr Brouwer", "2026-07-20 11:30", alt(text, markup))


@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "liability settlement: ZIP with the signed settlement (PDF) and payment breakdown (CSV) naming the claimant and our insured; grey: payment to the law firm's client account")
def m141():
    text = f"""Dear Ms Avery,

further to our telephone call, please find attached the countersigned
settlement agreement in the matter Pellew v. Gronewold and the payment
breakdown. Payment will be made to your firm's client account within
ten days.

This concludes the matter on our side.

Yours sincerely

{sig("janssen", "en")}
"""
    d = pdf([
        "# Settlement agreement",
        "between Mr Graham Pellew (claimant), represented by Whitlock & Avery LLP,",
        "and Weserland Versicherung AG as liability insurer of Ms Thea Gronewold,",
        "policy PH-1184402, claim PH-S-2026-00471 (water damage, Kornstrasse 211, Bremen)",
        "",
        "1. The insurer pays EUR 6,250.00 in full and final settlement of all claims.",
        "2. Drying costs of EUR 1,130.50 already paid are not included.",
        "3. Each party bears its own costs; no admission of liability.",
        "",
        "Bremen / London, 20 July 2026",
    ], title="Settlement Pellew v Gronewold", date="20260720100000")
    pay = csv_text([["item", "amount_eur", "payee"],
                    ["Parquet flooring replacement", "5,180.00", "Whitlock & Avery LLP client account"],
                    ["Loss of rent 6 weeks (pro rata)", "1,070.00", "Whitlock & Avery LLP client account"],
                    ["Total", "6,250.00", ""]], delim=",")
    z = make_zip([("Settlement_Pellew_Gronewold_signed.pdf", d),
                  ("Payment_breakdown_PH-S-2026-00471.csv", pay.encode("utf-8"))], when=(2026, 7, 20, 10, 15, 0))
    body = attach(plain(text), Att("PH-S-2026-00471_settlement.zip", "application/zip", z))
    return build(who("janssen"), A("Rebecca Avery", "r.avery@whitlock-avery.example"),
                 "Pellew v. Gronewold - settlement documents", "2026-07-20 10:21", body)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: data migration test package for an IT vendor (ZIP with README and a synthetic CSV: invented names, invented birth dates, no IBANs)")
def m142():
    text = f"""Hallo Herr Lüttjohann,

für den Migrationstest des Schadensystems anbei das Testpaket. Die
Datensätze sind vollständig synthetisch erzeugt (Namen aus einer
Zufallsliste, Geburtsdaten zufällig, Vertragsnummern im Testkreis
TST-...). Echte Bestandsdaten bekommen Sie erst in der Produktivphase
über die gesicherte Strecke und nur in unserer Umgebung.

Bitte prüfen Sie die Umlaute und das Datumsformat beim Import.

Viele Grüße
Henrik Wessels

{sig("wessels")}
"""
    readme = ("TESTPAKET MIGRATION SCHADENSYSTEM\r\n"
              "Alle Datensaetze sind synthetisch (Generator v2, Seed 2026-07).\r\n"
              "Kein Datensatz entspricht einer realen Person. Vertragsnummern: TST-Kreis.\r\n"
              "Felder: schaden_id;vertrag;name;geburtsdatum;sparte;schadendatum;reserve\r\n")
    data = csv_text([
        ["schaden_id", "vertrag", "name", "geburtsdatum", "sparte", "schadendatum", "reserve"],
        ["TST-S-000001", "TST-100001", "Synth Ärmelkanal", "1901-01-01", "Hausrat", "2026-01-01", "1000,00"],
        ["TST-S-000002", "TST-100002", "Synth Öresund", "1902-02-02", "Kfz", "2026-01-02", "2500,00"],
        ["TST-S-000003", "TST-100003", "Synth Überseestadt", "1903-03-03", "Wohngebäude", "2026-01-03", "12000,00"],
        ["TST-S-000004", "TST-100004", "Synth ßtraße-Test", "1904-04-04", "Haftpflicht", "2026-01-04", "300,00"]])
    z = make_zip([("README.txt", readme.encode("ascii")), ("testdaten_schaden.csv", data.encode("utf-8"))],
                 when=(2026, 7, 21, 8, 0, 0))
    body = attach(plain(text), Att("Migrationstest_Schaden_synthetisch.zip", "application/zip", z))
    return build(who("wessels"), A("Kai Lüttjohann", "k.luettjohann@datenwerk-nord.example"),
                 "Testpaket Migration Schadensystem (synthetische Daten)", "2026-07-21 08:14", body)


@mail("CONFIDENTIAL", "de", "internal",
      "grey: subject explicitly marked [vertraulich] by the sender (board paper on the reinsurance programme); content has no personal data — explicit marking wins")
def m143():
    text = f"""Liebe Frau Sandstede, lieber Herr Wellbrock,

anbei in Kurzform die Eckpunkte für die Vorstandsvorlage zum
Rückversicherungsprogramm 2027 (die Langfassung folgt zur Sitzung):

1. Kat-XL Sach: Priorität von 15 auf 20 Mio. EUR anheben, dafür
   zusätzlicher Layer bis 260 Mio. EUR (200-Jahres-Ereignis).
   Prämienersparnis ca. 1,4 Mio. EUR.
2. Kfz-XL: unverändert, Markt signalisiert +5 % Rate.
3. Quote BU: Reduzierung der Abgabe von 50 % auf 35 % prüfen; Solvenz-
   quote würde um ca. 6 Prozentpunkte sinken.
4. Cyber: kein eigenständiger Vertrag 2027, Beobachtung der Kumule.

Bitte die Zahlen noch nicht außerhalb des Vorstands weitergeben, die
Verhandlungen mit Baltic Re laufen.

Viele Grüße
Uwe Deters

{sig("deters", footer=False)}
"""
    return build(who("deters"), [A("Meike Sandstede", "meike.sandstede@" + DOMAIN),
                                 A("Arne Wellbrock", "arne.wellbrock@" + DOMAIN)],
                 "[vertraulich] Vorstandsvorlage Rückversicherungsprogramm 2027 – Eckpunkte", "2026-07-22 17:30",
                 plain(text), headers=[("Sensitivity", "Company-Confidential")])


@mail("NORMAL", "en", "insurer-to-partner",
      "co-insurance panel meeting agenda with ICS for a large industrial risk (no natural person, no claim data)")
def m144():
    text = f"""Dear colleagues,

as leading insurer I invite you to the annual panel meeting for the
industrial property programme of the Weserport terminal operator:

  Date:  Thursday, 10 September 2026, 14:00-16:00 CEST
  Where: video conference (link in the invitation)

Agenda
  1. Renewal 1 January 2027: exposure values, new crane installations
  2. Risk engineering report 2026 (fire protection, flood barriers)
  3. Shares: Weserland 40 %, Hanse Mutual 30 %, Nordic Specialty 30 %
  4. Wording changes: cyber exclusion, sanctions clause

Please confirm your participation by 31 August.

Kind regards

{sig("rohlfs", "en")}
"""
    cal = ics("panel-weserport-2026@" + DOMAIN, "Panel meeting Weserport property programme 2027",
              "20260910T140000", "20260910T160000", ("Felix Rohlfs", addr("rohlfs")),
              [("Hanse Mutual Underwriting", "underwriting@hanse-mutual.example"),
               ("Nordic Specialty Property", "property@nordic-specialty.example")],
              location="Video conference https://meet.weserland-versicherung.example/panel-weserport",
              description="Renewal 1.1.2027, risk engineering report, shares, wording.",
              stamp="20260723080000Z")
    body = attach(plain(text), Att("panel-meeting.ics", "text/calendar", cal, params={"method": "REQUEST"}))
    return build(who("rohlfs"), [A("Hanse Mutual Underwriting", "underwriting@hanse-mutual.example"),
                                 A("Nordic Specialty Property", "property@nordic-specialty.example")],
                 "Panel meeting Weserport 10 September - invitation", "2026-07-23 08:02", body)


@mail("NORMAL", "de", "insurer-to-public",
      "reply to a school teacher about a career-orientation visit by a class (no personal data of pupils)")
def m145():
    text = f"""Sehr geehrte Frau Bokelmann-Ritter,

vielen Dank für Ihre Anfrage. Sehr gern empfangen wir Ihre 10. Klasse
zum Berufsorientierungstag bei uns!

Vorschlag: Donnerstag, 24.09.2026, 9:00 bis 12:30 Uhr
- kurze Vorstellung der Ausbildungsberufe (Kaufleute für Versicherungen
  und Finanzanlagen, Fachinformatik, duales Studium)
- zwei Stationen zum Ausprobieren: "Einen Sturmschaden regulieren" und
  "Wie funktioniert ein Rechenzentrum?"
- Gespräch mit unseren Azubis, danach Mittagessen in der Kantine

Für die Anmeldung am Empfang genügt eine Liste mit der Anzahl der
Schülerinnen und Schüler und den zwei Begleitpersonen – Namen brauchen
wir nicht.

Mit freundlichen Grüßen

{sig("grotheer")}
"""
    return build(who("grotheer", "ausbildung"), A("Ulrike Bokelmann-Ritter", "u.bokelmann-ritter@oberschule-findorff.example"),
                 "AW: Besuch Klasse 10b – Berufsorientierung", "2026-07-24 10:30", plain(text),
                 irt=mid("oberschule-findorff.example", "tb"))


@mail("NORMAL", "en", "internal",
      "trap: HTML data-protection awareness quiz with invented examples (published example IBAN, placeholder date of birth, a made-up diagnosis)")
def m146():
    markup = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<h2>Data protection quiz &ndash; July</h2>
<p>Which of these examples may be sent by ordinary e-mail? (Answers at the bottom.)</p>
<ol>
<li>&ldquo;Dear Mr Example, your account DE89 3704 0044 0532 0130 00 will be debited.&rdquo;</li>
<li>&ldquo;Sample Person, born 01.01.1900, has diagnosis XY (invented).&rdquo;</li>
<li>&ldquo;The meeting on claims statistics is moved to Thursday.&rdquo;</li>
<li>&ldquo;Attached: the blank claim form for accident insurance.&rdquo;</li>
</ol>
<p><i>All names, numbers and diagnoses above are invented; the IBAN is the public example from banking documentation.</i></p>
<p><b>Answers:</b> 1 &ndash; no (bank data: at least TLS/portal); 2 &ndash; no (health data: strictly confidential);
3 &ndash; yes; 4 &ndash; yes (a blank form contains no personal data).</p>
<p>Your data protection team &middot; <a href="https://intranet.weserland-versicherung.example/datenschutz">Intranet</a></p>
</body></html>
"""
    return build(who("mahnken", "datenschutz"), A("All staff", "alle@" + DOMAIN), "Data protection quiz - July",
                 "2026-07-27 09:00", htmlonly(markup, cte="quoted-printable"))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: catering order for the staff health day (vegan, gluten-free, allergens, diabetic-friendly options); no person")
def m147():
    text = f"""Hallo Frau Hüsing,

für unseren Gesundheitstag am 07.10.2026 bestellen wir wie besprochen:

- 250 x gesundes Frühstück (Vollkorn, Obst, Joghurt), davon 30 vegan
  und 15 glutenfrei (Zöliakie-geeignet, getrennt verpackt)
- Salatbar mittags für ca. 300 Personen, Dressings separat
- zuckerfreie Getränke und ein Angebot "diabetikergeeignet"
- Kennzeichnung aller 14 Hauptallergene an jedem Gericht

Anlieferung bis 7:30 Uhr an die Kantine, Aufbau bitte im Foyer Haus A.
Preis laut Angebot K-2026-218: 6.480 € netto.

Mit freundlichen Grüßen

{sig("albers")}
"""
    return build(who("albers", "einkauf"), A("Hüsing Catering", "bestellung@huesing-catering.example"),
                 "Bestellung Catering Gesundheitstag 07.10.", "2026-07-28 11:20",
                 plain(text, cs="windows-1252", cte="8bit"))


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "buildings insurance renewal terms for a broker's named clients with risk address, policy number and premium")
def m148():
    text = f"""Hi Martin,

renewal terms for your client as requested:

  Policyholder:    Mr Ralph Whitaker and Mrs Gesine Whitaker
  Risk address:    Am Hollerdeich 6, 28865 Lilienthal (detached house,
                   built 1996, thatched roof outbuilding)
  Policy:          WG-3250771, renewal 1 October 2026
  Sum insured:     value 1914 = 28,400 Mark (indexed)
  Perils:          fire, storm/hail, water; NEW: natural perils incl.
                   flood (zone ZÜRS 2)
  Annual premium:  EUR 1,386.40 (2025/26: EUR 1,192.10)

The increase is mainly the construction cost index (+7.1 %) and the
new natural perils cover. Without natural perils: EUR 1,214.90.

Best
Sabine

{sig("luedeking", "en")}
"""
    return build(who("luedeking"), A("Martin Fairclough", "m.fairclough@harbourside-risk.example"),
                 "Renewal terms buildings insurance Whitaker WG-3250771", "2026-08-03 15:42", plain(text))


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: data processing agreement negotiation with a cloud vendor listing data categories (health data, bank data) in the abstract")
def m149():
    text = f"""Dear Mr Castellano,

thank you for the draft data processing agreement. Our comments:

Annex 1 - categories of data: please list explicitly
  - contract and claims data of policyholders and insured persons,
  - bank details,
  - special categories under Art. 9 GDPR, in particular health data
    from health, life and accident insurance,
  - data subject to professional secrecy (section 203 German Criminal
    Code).

Annex 2 - technical and organisational measures: encryption at rest
with customer-managed keys is a must; your draft says "available on
request".

Sub-processors: the support centre outside the EU may not have access
to production data.

Audit rights: at least one on-site audit per year.

We look forward to your revised draft.

Kind regards

{sig("mahnken", "en")}
"""
    return build(who("mahnken", "datenschutz"), A("Luca Castellano", "l.castellano@nimbus-cloud.example"),
                 "DPA draft - comments Weserland", "2026-08-05 14:18", plain(text))


@mail("NORMAL", "de", "internal",
      "HR circular with an out-of-office template and deputy rules; placeholders only")
def m150():
    text = f"""Liebe Kolleginnen und Kollegen,

vor der Sommerpause noch einmal die Regeln für Abwesenheitsnotizen:

1. Bitte nur die folgende Vorlage verwenden – keine Gründe der
   Abwesenheit nennen (also nicht "krank", "Reha", "Elternzeit"):

   "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich
   [Datum] nicht im Büro. In dringenden Fällen wenden Sie sich bitte
   an [Name Vertretung], [Telefon]. Ihre Nachricht wird nicht
   weitergeleitet."

2. In externen Abwesenheitsnotizen keine internen Durchwahlen von
   Kolleginnen und Kollegen aus der Leistungsabteilung, sondern die
   Teamnummer.

3. Wer länger als drei Wochen abwesend ist, richtet zusätzlich eine
   Vertretungsregel im Postfach ein (Anleitung im Intranet).

Vielen Dank und einen schönen Sommer!
Ihr Personalteam

{sig("grotheer", footer=False)}
"""
    return build(who("grotheer", "personal"), A("Alle Mitarbeitenden", "alle@" + DOMAIN),
                 "Abwesenheitsnotizen: Vorlage und Regeln", "2026-08-06 08:30", plain(text))


# ===========================================================================
# generation, checking and statistics
# ===========================================================================

def generate(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = []
    for i, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        CUR["n"], CUR["k"] = i, 0
        msg = fn()
        name = "%s%04d.eml" % (PREFIX, i)
        with open(os.path.join(mdir, name), "wb") as fh:
            fh.write(render(msg))
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    return rows


class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.urls = [], []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src", "action") and v:
                self.urls.append(v)
        if tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3", "table"):
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append("\t")


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return "".join(p.out) + "\n" + "\n".join(p.urls)


def pdf_text(data):
    assert data.startswith(b"%PDF-1."), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    assert m, "no startxref"
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b"xref", "startxref does not point to xref"
    hm = re.match(rb"xref\n0 (\d+)\n", data[xref:])
    n = int(hm.group(1))
    pos = xref + hm.end()
    for i in range(n):
        entry = data[pos + 20 * i: pos + 20 * (i + 1)]
        off, gen, kind = entry[:10], entry[11:16], entry[17:18]
        if kind == b"n":
            o = int(off)
            assert data[o:].startswith(b"%d 0 obj" % i), "xref entry %d wrong" % i
    assert b"/Type /Catalog" in data
    texts = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        assert data[sm.end() + ln:].lstrip(b"\n").startswith(b"endstream"), "bad stream length"
        if sm.group(2):
            raw = zlib.decompress(raw)
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", tm.group(1))
            texts.append(s.decode("cp1252"))
    txt = "\n".join(texts)
    assert txt.strip(), "PDF without text layer"
    return txt


def _xml_text(b):
    root = ET.fromstring(b)
    return "\n".join(t for t in (e.text for e in root.iter()) if t)


def office_text(data, ext):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".rels"):
            ET.fromstring(z.read(nm))  # must be well-formed
    if ext == "docx":
        assert "word/document.xml" in names and "[Content_Types].xml" in names
        return _xml_text(z.read("word/document.xml"))
    if ext == "xlsx":
        assert "xl/workbook.xml" in names and "[Content_Types].xml" in names
        return "\n".join(_xml_text(z.read(nm)) for nm in names if nm.startswith("xl/worksheets/"))
    if ext in ("odt", "ods"):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        mt = z.read("mimetype").decode()
        assert mt == {"odt": "application/vnd.oasis.opendocument.text",
                      "ods": "application/vnd.oasis.opendocument.spreadsheet"}[ext]
        return _xml_text(z.read("content.xml"))
    raise AssertionError("unknown office type " + ext)


def file_text(name, data, charset=None):
    """Open one attachment by its file name; return its text. Raises on failure."""
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return pdf_text(data)
    if ext in ("docx", "xlsx", "odt", "ods"):
        return office_text(data, ext)
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        return "\n".join(file_text(nm, z.read(nm), "utf-8") for nm in z.namelist() if not nm.endswith("/"))
    if ext == "eml":
        m = BytesParser(policy=email_policy.default).parsebytes(data)
        return "\n".join(part_texts(m, []))
    text = data.decode(charset or "utf-8")
    if ext == "csv":
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";" if ";" in text.split("\n")[0] else ","))
        assert len(rows) >= 2
        return "\n".join(" ".join(r) for r in rows)
    if ext == "ics":
        assert text.startswith("BEGIN:VCALENDAR\r\n") and text.rstrip().endswith("END:VCALENDAR")
        assert "BEGIN:VEVENT" in text
        return re.sub(r"\r\n[ \t]", "", text)
    if ext in ("htm", "html"):
        return html_text(text)
    if ext in ("txt", "log", "xml", "json", "vcf"):
        return text
    raise AssertionError("cannot open attachment type " + name)


OK_CHARSETS = {"utf-8", "us-ascii", "iso-8859-1", "windows-1252", "iso-8859-15"}


def part_texts(msg, problems, where=""):
    """Decode every leaf part; open every attachment; return the list of texts."""
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = (part.get_content_charset() or "us-ascii").lower()
            if cs not in OK_CHARSETS:
                problems.append("%s unexpected charset %s" % (where, cs))
            try:
                text = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                problems.append("%s part %s does not decode as %s: %s" % (where, ctype, cs, e))
                continue
            if fname:
                try:
                    texts.append(file_text(fname, payload, cs))
                except Exception as e:  # noqa
                    problems.append("%s attachment %s does not open: %r" % (where, fname, e))
            elif ctype == "text/html":
                texts.append(html_text(text))
            elif ctype == "text/calendar":
                texts.append(file_text("x.ics", payload, cs))
            else:
                texts.append(text)
        else:
            if not fname:
                problems.append("%s non-text part %s without file name" % (where, ctype))
                continue
            try:
                texts.append(file_text(fname, payload))
            except Exception as e:  # noqa
                problems.append("%s attachment %s does not open: %r" % (where, fname, e))
    return texts


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?|ftp)://([A-Za-z0-9.\-]+)", re.I)
WWW_RE = re.compile(r"\bwww\.((?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,})", re.I)
IBAN_RE = re.compile(r"\b[Dd][Ee] ?\d{2}(?: ?\d{4}){4} ?\d{2}\b")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) != 22:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def check_message(name, data, problems, msgids):
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        problems.append("%s: bare LF or CR" % name)
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            problems.append("%s: line longer than 998 bytes" % name)
            break
    msg = BytesParser(policy=email_policy.default).parsebytes(data)
    info = {"attachments": [], "ctype": msg.get_content_type(), "charsets": set(), "ctes": set()}
    frm = getaddresses([str(msg["From"])])
    if not frm or not frm[0][1].lower().endswith("@" + DOMAIN):
        problems.append("%s: From is not the insurer's domain: %s" % (name, msg["From"]))
    nested = [msg]
    for part in msg.walk():
        if part.defects:
            problems.append("%s: MIME defects %r" % (name, part.defects))
        for h, v in part.items():
            if getattr(v, "defects", None):
                problems.append("%s: header defect in %s: %r" % (name, h, v.defects))
        if part.get_content_type() == "message/rfc822":
            nested.append(part.get_payload()[0])
        if not part.is_multipart():
            if part.get_content_maintype() == "text":
                info["charsets"].add((part.get_content_charset() or "us-ascii").lower())
            info["ctes"].add(part.get("Content-Transfer-Encoding", "7bit").lower())
            fn = part.get_filename()
            if fn:
                info["attachments"].append(fn.rsplit(".", 1)[-1].lower())
            elif part.get_content_type() == "message/rfc822":
                pass
        if part.get_content_type() == "message/rfc822":
            info["attachments"].append("eml")
    for m in nested:
        d = m["Date"]
        try:
            if parsedate_to_datetime(str(d)).year != 2026:
                problems.append("%s: date not in 2026: %s" % (name, d))
        except Exception:  # noqa
            problems.append("%s: bad or missing Date %r" % (name, d))
        mi = str(m.get("Message-ID", "")).strip()
        if not re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.\-]+\.example>", mi):
            problems.append("%s: bad Message-ID %r" % (name, mi))
        if mi in msgids:
            problems.append("%s: duplicate Message-ID %s" % (name, mi))
        msgids.add(mi)
        for h in ("From", "To", "Cc", "Reply-To", "Sender", "In-Reply-To", "References"):
            for v in m.get_all(h, []):
                for dom in EMAIL_RE.findall(str(v)):
                    if not dom.lower().endswith(".example"):
                        problems.append("%s: domain %s in %s" % (name, dom, h))
    texts = part_texts(msg, problems, name)
    alltext = "\n".join(texts)
    for rx in (EMAIL_RE, URL_RE, WWW_RE):
        for dom in rx.findall(alltext):
            if not dom.lower().rstrip(".").endswith(".example"):
                problems.append("%s: non-.example domain %s in content" % (name, dom))
    for ib in IBAN_RE.findall(alltext):
        if not iban_ok(ib):
            problems.append("%s: IBAN fails mod 97: %s" % (name, ib))
    info["ibans"] = len(IBAN_RE.findall(alltext))
    return info


def check():
    problems = []
    if len(MAILS) != N_MAILS:
        problems.append("expected %d mails, have %d" % (N_MAILS, len(MAILS)))
    cnt = Counter(m[1] for m in MAILS)
    if dict(cnt) != WANT:
        problems.append("label counts %r != %r" % (dict(cnt), WANT))
    for fn, label, lang, kind, reason in MAILS:
        if label not in WANT or lang not in LANGS or not kind or not reason or "\t" in reason + kind:
            problems.append("bad label row for %s" % fn.__name__)
    tmp = tempfile.mkdtemp(prefix="d142check")
    try:
        generate(tmp)
        for sub in ("labels.tsv",):
            if open(os.path.join(tmp, sub), "rb").read() != open(os.path.join(HERE, sub), "rb").read():
                problems.append("labels.tsv differs from a fresh build")
        have = sorted(os.listdir(os.path.join(HERE, "mails")))
        want = sorted(os.listdir(os.path.join(tmp, "mails")))
        if have != want:
            problems.append("mails/ holds other files than a fresh build")
        for nm in want:
            a = open(os.path.join(tmp, "mails", nm), "rb").read()
            p = os.path.join(HERE, "mails", nm)
            if not os.path.exists(p) or open(p, "rb").read() != a:
                problems.append("%s is not byte-identical to a fresh build" % nm)
    finally:
        shutil.rmtree(tmp)
    # labels.tsv format
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        problems.append("labels.tsv header wrong")
    rows = [ln.split("\t") for ln in lines[1:] if ln]
    if len(rows) != N_MAILS or any(len(r) != 5 for r in rows):
        problems.append("labels.tsv must have %d rows of 5 columns" % N_MAILS)
    msgids = set()
    infos = {}
    for r in rows:
        data = open(os.path.join(HERE, "mails", r[0]), "rb").read()
        infos[r[0]] = check_message(r[0], data, problems, msgids)
    return problems, rows, infos


def stats(rows, infos):
    out = []
    labels = ["NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"]
    out.append("| label | de | en | mixed | total |\n|---|---:|---:|---:|---:|")
    tot = Counter()
    for lb in labels:
        c = Counter(r[2] for r in rows if r[1] == lb)
        tot.update(c)
        out.append("| %s | %d | %d | %d | %d |" % (lb, c["de"], c["en"], c["mixed"], sum(c.values())))
    out.append("| **total** | %d | %d | %d | %d |" % (tot["de"], tot["en"], tot["mixed"], sum(tot.values())))
    out.append("")
    out.append("| kind | n | NORMAL | CONF. | STRICT |\n|---|---:|---:|---:|---:|")
    kinds = Counter(r[3] for r in rows)
    for k, n in sorted(kinds.items(), key=lambda x: (-x[1], x[0])):
        c = Counter(r[1] for r in rows if r[3] == k)
        out.append("| %s | %d | %s | %s | %s |" % (k, n, c["NORMAL"] or "–", c["CONFIDENTIAL"] or "–",
                                                  c["STRICTLY_CONFIDENTIAL"] or "–"))
    out.append("")
    out.append("top-level content types: %r" % Counter(i["ctype"] for i in infos.values()).most_common())
    out.append("charsets (mails using it): %r" % Counter(c for i in infos.values() for c in i["charsets"]).most_common())
    out.append("transfer encodings (mails using it): %r" % Counter(c for i in infos.values() for c in i["ctes"]).most_common())
    out.append("mails with attachments: %d" % sum(1 for i in infos.values() if i["attachments"]))
    out.append("attachment types: %r" % Counter(a for i in infos.values() for a in i["attachments"]).most_common())
    out.append("mails with a full German IBAN: %d" % sum(1 for i in infos.values() if i["ibans"]))
    traps = sum(1 for r in rows if r[1] == "NORMAL" and "trap:" in r[4])
    greys = sum(1 for r in rows if "grey:" in r[4])
    out.append("traps: %d of %d NORMAL; grey decisions: %d" % (traps, sum(1 for r in rows if r[1] == "NORMAL"), greys))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="rebuild in a temp dir, compare and validate")
    ap.add_argument("--stats", action="store_true", help="print distribution tables")
    a = ap.parse_args()
    if a.check or a.stats:
        problems, rows, infos = check()
        if a.stats:
            print(stats(rows, infos))
        if a.check:
            cnt = Counter(r[1] for r in rows)
            print("mails: %d  NORMAL %d  CONFIDENTIAL %d  STRICTLY_CONFIDENTIAL %d"
                  % (len(rows), cnt["NORMAL"], cnt["CONFIDENTIAL"], cnt["STRICTLY_CONFIDENTIAL"]))
            print("languages: %s" % ", ".join("%s %d" % kv for kv in sorted(Counter(r[2] for r in rows).items())))
            print("checked: byte-identical rebuild, CRLF only, lines <= 998 bytes, no MIME/header defects,")
            print("         unique Message-IDs, dates in 2026, From = %s, all domains .example," % DOMAIN)
            print("         text parts decode with declared charset, every attachment opens, German IBANs mod 97")
            if problems:
                print("PROBLEMS (%d):" % len(problems))
                for p in problems:
                    print("  " + p)
                sys.exit(1)
            print("OK")
        return
    rows = generate(HERE)
    print("wrote %d mails to %s" % (len(rows), os.path.join(HERE, "mails")))


if __name__ == "__main__":
    main()
