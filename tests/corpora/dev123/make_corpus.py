#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel development corpus dev123 (seed 123).

Theme: reinsurance, actuarial work, internal audit and external auditors of the
invented Albis Versicherungsgruppe (albis-versicherung.example), plus ordinary
office mail as traps.

    python make_corpus.py           writes mails/d123-0001.eml ... d123-0150.eml and labels.tsv
    python make_corpus.py --check   re-parses everything, validates counts, labels and
                                    attachments and checks that a rebuild is byte-identical

Standard library only, deterministic, no network. Every mail is written by hand in
its own function m001 ... m150; the helpers below only do the MIME plumbing.
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
import tempfile
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr, getaddresses
from urllib.parse import quote as _urlquote
from xml.dom import minidom
from xml.sax.saxutils import escape as _xesc

NN = "123"
SEED = 123
DOMAIN = "albis-versicherung.example"
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")
TARGET = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}

# IBANs that are deliberately invalid (typo made by a correspondent); --check
# verifies that every other IBAN-looking string passes ISO 7064 MOD 97-10.
INTENTIONALLY_INVALID_IBANS = {"DE40250100300044781802"}   # d123-0078, transposed digits

# ---------------------------------------------------------------- small helpers


def iban(country, bban):
    """Return a valid IBAN for an invented BBAN (ISO 7064 MOD 97-10)."""
    bban = bban.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def grp(s, n=4):
    s = s.replace(" ", "")
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def cet(y, mo, d, h, mi, s=0):
    """RFC 5322 date in German local time (CET/CEST)."""
    def last_sunday(year, month):
        day = _dt.date(year, month, 31)
        return day - _dt.timedelta(days=(day.weekday() + 1) % 7)
    local = _dt.datetime(y, mo, d, h, mi, s)
    summer = (_dt.datetime.combine(last_sunday(y, 3), _dt.time(2))
              <= local < _dt.datetime.combine(last_sunday(y, 10), _dt.time(3)))
    tz = _dt.timezone(_dt.timedelta(hours=2 if summer else 1))
    return email.utils.format_datetime(local.replace(tzinfo=tz))


def utc_date(y, mo, d, h, mi, s=0, off=0):
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return email.utils.format_datetime(_dt.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def msgid(n, style=0, dom=DOMAIN):
    r = random.Random(f"{SEED}-msgid-{n}")
    if style == 1:      # Outlook / Exchange
        a = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(22))
        return f"<{a}{n:03d}@EXCH02.{dom}>"
    if style == 2:      # Thunderbird
        a = "%08x-%04x-%04x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                           r.getrandbits(16), r.getrandbits(48))
        return f"<{a}@{dom}>"
    if style == 3:      # system mail
        return f"<sys.{r.getrandbits(40):010x}.{n}@noreply.{dom}>"
    return f"<{r.getrandbits(64):016x}.{n:04d}@{dom}>"


def bnd(n, k=0):
    r = random.Random(f"{SEED}-bnd-{n}-{k}")
    return "----=_Part_%d_%d.%d" % (r.randrange(10**5, 10**6), r.randrange(10**8, 10**9), 1735000000000 + n * 1000 + k)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(s, charset, maxlinelen=76).encode()


def adr(name, mail, charset="utf-8"):
    if not name:
        return mail
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, mail), charset)


def adrs(lst, charset="utf-8"):
    out = [adr(n, m, charset) if isinstance((n, m), tuple) else n for n, m in lst]
    line, lines = "", []
    for a in out:
        if line and len(line) + len(a) > 70:
            lines.append(line + ",")
            line = a
        else:
            line = f"{line}, {a}" if line else a
    lines.append(line)
    return "\n ".join(lines)


# ---------------------------------------------------------------- MIME nodes


class Node:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def ser(self):
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}\n".encode("ascii"))
        out.append(b"\n")
        if self.parts is None:
            b = self.body
            if b and not b.endswith(b"\n"):
                b += b"\n"
            out.append(b)
        else:
            if self.preamble:
                out.append(self.preamble.encode("ascii") + b"\n")
            for p in self.parts:
                out.append(f"--{self.boundary}\n".encode("ascii"))
                out.append(p.ser())
                out.append(b"\n")
            out.append(f"--{self.boundary}--\n".encode("ascii"))
        return b"".join(out)


def _cte_encode(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, lang=None):
    if charset == "us-ascii" and not body.isascii():
        charset, cte = "utf-8", ("quoted-printable" if cte == "7bit" else cte)
    raw = body.encode(charset)
    if cte == "7bit":
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            cte = "quoted-printable"
    ct = f"text/{subtype}; charset={charset}" if subtype == "plain" and charset == "us-ascii" else \
        f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if lang:
        h.append(("Content-Language", lang))
    return Node(h, _cte_encode(raw, cte))


def _fnparams(key, filename):
    try:
        filename.encode("ascii")
        return f'{key}="{filename}"'
    except UnicodeEncodeError:
        return f"{key}*=utf-8''{_urlquote(filename, safe='')}"


def att(data, ctype, filename, cte="base64", inline=False, charset=None):
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"'
    ct += "; " + _fnparams("name", filename)
    disp = ("inline" if inline else "attachment") + "; " + _fnparams("filename", filename)
    return Node([("Content-Type", ct), ("Content-Disposition", disp),
                 ("Content-Transfer-Encoding", cte)], _cte_encode(data, cte))


def rfc822(inner_bytes, filename=None):
    h = [("Content-Type", "message/rfc822")]
    if filename:
        h.append(("Content-Disposition", "attachment; " + _fnparams("filename", filename)))
    else:
        h.append(("Content-Disposition", "inline"))
    return Node(h, inner_bytes)


def multi(subtype, parts, boundary):
    return Node([("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"')],
                parts=parts, boundary=boundary,
                preamble="This is a multi-part message in MIME format." if subtype == "mixed" else None)


def alt(n, plain, html, charset="utf-8", cte="quoted-printable", k=9):
    return multi("alternative", [text(plain, "plain", charset, cte), text(html, "html", charset, cte)], bnd(n, k))


def build(n, frm, to, subject, date, body, cc=None, charset="utf-8", style=0, extra=(),
          reply_to=None, in_reply_to=None, references=None, mailer=None, mid=None):
    """Assemble a top-level message. body is a Node (text, multipart, ...)."""
    h = []
    h.append(("Message-ID", mid or msgid(n, style)))
    h.append(("Date", date))
    h.append(("From", adr(*frm, charset=charset)))
    h.append(("To", adrs(to, charset)))
    if cc:
        h.append(("Cc", adrs(cc, charset)))
    if reply_to:
        h.append(("Reply-To", adr(*reply_to)))
    h.append(("Subject", hdr(subject, charset)))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
        h.append(("References", references or in_reply_to))
    for k, v in extra:
        h.append((k, v))
    if mailer:
        h.append(("X-Mailer" if not mailer.startswith("Mozilla") else "User-Agent", mailer))
    h.append(("MIME-Version", "1.0"))
    return Node(h + body.headers, body.body, body.parts, body.boundary, body.preamble).ser()


OUTLOOK = "Microsoft Outlook 16.0"
TBIRD = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"
NOTES = "Albis Mail Gateway 4.2"


def sig(name, role, dept, phone, company="Albis Versicherungsgruppe", lang="de", mail=None, short=False):
    if short:
        return f"-- \n{name}\n{role}\n{phone}\n"
    if lang == "de":
        return (f"\nMit freundlichen Grüßen\n\n{name}\n{role}\n{dept}\n\n{company}\n"
                f"Albis-Platz 1 · 30159 Hannover\nTelefon {phone}\n"
                f"{mail or ''}\n\nAlbis Versicherungsgruppe – Sitz Hannover – Amtsgericht Hannover HRB 70412\n"
                "Vorstand: Dr. Christoph Aldenhoven (Vors.), Bettina Lorenzen, Dr. Sven-Ole Harms\n"
                "Vorsitzender des Aufsichtsrats: Prof. Dr. Wilfried Jessen\n")
    return (f"\nKind regards\n\n{name}\n{role}, {dept}\n{company}\nAlbis-Platz 1, 30159 Hannover, Germany\n"
            f"Phone {phone}\n{mail or ''}\n")


DISCL_DE = ("\n--\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige\n"
            "Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese Mail.\n"
            "Das unerlaubte Kopieren sowie die Weitergabe dieser Mail sind nicht gestattet.\n")
DISCL_EN = ("\n--\nThis e-mail may contain confidential information. If you are not the intended\n"
            "recipient, please notify the sender immediately and delete this e-mail.\n")

# ---------------------------------------------------------------- document writers

ZDATE = (2025, 1, 2, 8, 0, 0)


def zipbytes(members, date_time=ZDATE, stored=()):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(pages, title="", author="", compress=False, date="20250102080000+01'00'"):
    """Minimal valid PDF. pages: list of pages, a page is a list of lines; a line is
    str (regular 10pt), ("B", str) bold 11pt, ("H", str) bold 14pt, or "" (blank)."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        cs = [b"BT", b"50 800 Td"]
        for ln in lines:
            if isinstance(ln, tuple):
                kind, s = ln
                size, font = (14, b"/F2") if kind == "H" else (11, b"/F2")
            else:
                s, size, font = ln, 10, b"/F1"
            cs.append(font + b" %d Tf" % size)
            cs.append(b"0 -%d Td" % (size + 4))
            cs.append(b"(" + _pdfstr(s) + b") Tj")
        cs.append(b"ET")
        stream = b"\n".join(cs)
        if compress:
            data = zlib.compress(stream, 9)
            cobj = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cobj = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                 % (pages_id, f1, f2, cobj))
        kids.append(pg)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info = add(b"<< /Title (" + _pdfstr(title) + b") /Author (" + _pdfstr(author) + b") /Producer (Albis DocServer 3.1) /CreationDate (D:" + date.encode() + b") >>")
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
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref))
    return out.getvalue()


def _x(s):
    return _xesc(str(s), {'"': "&quot;"})


def docx(blocks, author="Albis Versicherungsgruppe", title=""):
    """blocks: str paragraph, ("h", str) heading, ("table", rows)."""
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(b[1])}</w:t></w:r></w:p>')
        elif isinstance(b, tuple) and b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>' for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(rows) + "</w:tbl><w:p/>")
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(b)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>" + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-02T08:00:00Z</dcterms:created>'
            "</cp:coreProperties>")
    return zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                     ("word/document.xml", doc), ("docProps/core.xml", core)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (name, rows); a cell is str, int, float or None."""
    ws_files = []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = f"{_col(ci)}{ri}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            xr.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              + "".join(xr) + "</sheetData></worksheet>")
        ws_files.append((f"xl/worksheets/sheet{si}.xml", ws))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    for i in range(1, len(sheets) + 1)) + "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{_x(nm)}" sheetId="{i}" r:id="rId{i}"/>' for i, (nm, _) in enumerate(sheets, 1))
          + "</sheets></workbook>")
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                        for i in range(1, len(sheets) + 1))
              + f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              "</Relationships>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs>'
              "</styleSheet>")
    return zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                     ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)] + ws_files)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:office_meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'office:version="1.2"')


def _odf(mime, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return zipbytes([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                    stored=("mimetype",))


def odt(paras):
    body = "".join(f"<text:h text:outline-level=\"1\">{_x(p[1])}</text:h>" if isinstance(p, tuple)
                   else f"<text:p>{_x(p)}</text:p>" for p in paras)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f"<office:document-content {_ODF_NS}><office:body><office:text>{body}</office:text></office:body></office:document-content>")
    return _odf("application/vnd.oasis.opendocument.text", content)


def ods(sheets):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                elif v is None or v == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
            xr.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        tabs.append(f'<table:table table:name="{_x(name)}">' + "".join(xr) + "</table:table>")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f"<office:document-content {_ODF_NS}><office:body><office:spreadsheet>{''.join(tabs)}</office:spreadsheet></office:body></office:document-content>")
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content)


def csvbytes(rows, delim=";", encoding="utf-8", bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    b = s.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + b) if bom else b


def _icsfold(line):
    b = line.encode("utf-8")
    out = []
    while len(b) > 75:
        cut = 75 if not out else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
    out.append(b)
    return b"\r\n ".join(out)


def ics(uid, start, end, summary, location="", description="", organizer=("", ""), attendees=(), method="REQUEST"):
    """start/end: 'YYYYMMDDTHHMMSS' local Europe/Berlin."""
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Albis Versicherungsgruppe//Kalender 2.0//DE", "VERSION:2.0", f"METHOD:{method}",
         "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
         "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
         "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250102T080000Z",
         f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
         f"SUMMARY:{esc(summary)}"]
    if location:
        L.append(f"LOCATION:{esc(location)}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    if organizer[1]:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for cn, m in attendees:
        L.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{m}")
    L += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return b"\r\n".join(_icsfold(x) for x in L) + b"\r\n"


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"


def quote(s, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in s.rstrip("\n").split("\n")) + "\n"


# ---------------------------------------------------------------- people & addresses

A = "@" + DOMAIN
# Reinsurance department (Rückversicherung)
VOSSBERG = ("Dr. Henrike Vossberg", "henrike.vossberg" + A)
PIETSCH = ("Jonas Pietsch", "jonas.pietsch" + A)
OLBRICH = ("Mareike Olbrich", "mareike.olbrich" + A)
KRANEPUHL = ("Tobias Kranepuhl", "tobias.kranepuhl" + A)
RV_POSTFACH = ("Albis Rückversicherung", "rueckversicherung" + A)
# Actuarial
MOELLENKAMP = ("Dr. Fabian Möllenkamp", "fabian.moellenkamp" + A)
RAUTENBERG = ("Svenja Rautenberg", "svenja.rautenberg" + A)
EBBINGHAUS = ("Lukas Ebbinghaus", "lukas.ebbinghaus" + A)
NATARAJAN = ("Priya Natarajan", "priya.natarajan" + A)
# Internal audit (Konzernrevision)
HERZBERG = ("Claudia Herzberg", "claudia.herzberg" + A)
WOLTERS = ("Dennis Wolters", "dennis.wolters" + A)
DEMIRTAS = ("Aylin Demirtaş", "aylin.demirtas" + A)
TIEDEMANN = ("Ralf Tiedemann", "ralf.tiedemann" + A)
REVISION = ("Konzernrevision", "revision" + A)
# Claims / benefits
SOBOTTA = ("Katrin Sobotta", "katrin.sobotta" + A)          # Leistung Leben/BU
HOLLERBACH = ("Bernd Hollerbach", "bernd.hollerbach" + A)   # Leistung Kranken
GRABOWSKI = ("Michael Grabowski", "michael.grabowski" + A)  # Großschaden Komposit
YILMAZ = ("Serkan Yılmaz", "serkan.yilmaz" + A)             # Unfall-Leistung
# Others
LAMPRECHT = ("Dr. Ute Lamprecht", "datenschutz" + A)        # DPO
STAMMLER = ("Oliver Stammler", "oliver.stammler" + A)       # Bilanzierung
REUTER = ("Nadine Reuter", "nadine.reuter" + A)             # Compliance
KUEHNEL = ("Petra Kühnel", "petra.kuehnel" + A)             # Assistenz Vorstand Finanzen
ALDENHOVEN = ("Dr. Christoph Aldenhoven", "christoph.aldenhoven" + A)
LORENZEN = ("Bettina Lorenzen", "bettina.lorenzen" + A)
BRANDES = ("Jörg Brandes", "joerg.brandes" + A)             # Personal / HR
SERVICEDESK = ("Albis IT-Servicedesk", "servicedesk" + A)
EINKAUF = ("Albis Einkauf", "einkauf" + A)
KOMM = ("Albis Unternehmenskommunikation", "presse" + A)
ALLE = ("Alle Mitarbeitenden Hannover", "alle-hannover" + A)
HOFFSTEDT = ("Lea Hoffstedt", "lea.hoffstedt" + A)          # Underwriting Leben
MARQUARDT = ("Uwe Marquardt", "uwe.marquardt" + A)          # Underwriting Komposit/Fakultativ

# Reinsurers
NK = "@nordkap-rueck.example"
FELDHAUS = ("Dr. Matthias Feldhaus", "matthias.feldhaus" + NK)
KOWALCZYK = ("Sabine Kowalczyk", "sabine.kowalczyk" + NK)
SALLWITZ = ("Dr. med. Irene Sallwitz", "irene.sallwitz" + NK)
NK_ACC = ("Nordkap Rück – Technische Abrechnung", "abrechnung" + NK)
MR = "@meridian-re.example"
BRANDT = ("Olivia Brandt", "olivia.brandt" + MR)
HALVORSEN = ("Erik Halvorsen", "erik.halvorsen" + MR)
MR_UW = ("Meridian Re Life Underwriting", "life.uw" + MR)
KR = "@kestrel-re.example"
WHITCOMBE = ("James Whitcombe", "james.whitcombe" + KR)
GALLAGHER = ("Fiona Gallagher", "fiona.gallagher" + KR)
AT = "@atlantique-re.example"
DURAND = ("Camille Durand", "camille.durand" + AT)
# Reinsurance broker
HM = "@hollinsmarr-re.example"
OKAFOR = ("Daniel Okafor", "daniel.okafor" + HM)
BLUM = ("Kerstin Blum", "kerstin.blum" + HM)
# External auditors
KW = "@kranich-wp.example"
WESSELS = ("Dr. Tanja Wessels", "tanja.wessels" + KW)
BEHRENDT = ("Marco Behrendt", "marco.behrendt" + KW)
SZYMANSKA = ("Julia Szymańska", "julia.szymanska" + KW)
KW_TEAM = ("Prüfungsteam Albis 2024", "albis-2024" + KW)
AL = "@ashfordlyle.example"
PENROSE = ("Hannah Penrose", "hannah.penrose" + AL)
MCKENNA = ("Rory McKenna", "rory.mckenna" + AL)
# Group (parent)
CG = "@corvan-group.example"
VERHOEVEN = ("Pieter Verhoeven", "pieter.verhoeven" + CG)   # group actuarial
DEKKER = ("Sanne Dekker", "sanne.dekker" + CG)              # group internal audit
GROUPREP = ("Group Reporting", "group.reporting" + CG)
# Consulting actuaries
LQ = "@lindqvist-aktuare.example"
LINDQVIST = ("Björn Lindqvist", "bjoern.lindqvist" + LQ)
TESSMER = ("Anja Tessmer", "anja.tessmer" + LQ)
# Lawyers
BV = "@brenner-vogt.example"
BRENNER = ("RA Dr. Konstantin Brenner", "k.brenner" + BV)

# IBANs of the insurer itself (company accounts, not personal data)
IBAN_ALBIS_LEBEN = iban("DE", "25050180" + "0900471102")
IBAN_ALBIS_ALLG = iban("DE", "25050180" + "0900471288")
IBAN_NORDKAP = iban("DE", "37050198" + "1930044719")


class Mail:
    def __init__(self, label, lang, kind, reason, raw):
        assert label in LABELS and lang in LANGS and kind and reason
        self.label, self.lang, self.kind, self.reason, self.raw = label, lang, kind, reason, raw


MAILS = []


def reg(fn):
    MAILS.append(fn)
    return fn

# ================================================================ the mails


@reg
def m001():
    n = 1
    rows = [
        ["Albis Lebensversicherung AG – Technische Abrechnung Quotenvertrag QA-L 2019/01", None, None],
        ["Abrechnungsperiode", "Q4 2024 (01.10.–31.12.2024)", None],
        ["Anteil Nordkap Rück AG", "40 %", None],
        [None, None, None],
        ["Position", "Soll (EUR)", "Haben (EUR)"],
        ["Rückversicherungsbeiträge Risiko (Tod)", None, 2184330.41],
        ["Rückversicherungsbeiträge BU/BUZ", None, 1228549.76],
        ["Rückversicherungsprovision 22,5 %", 767856.34, None],
        ["Anteil Todesfallleistungen", 1502117.90, None],
        ["Anteil BU-Renten laufend", 611204.55, None],
        ["Anteil BU-Einmalleistungen", 48000.00, None],
        ["Veränderung Deckungsrückstellung BU (Anteil RV)", 162380.00, None],
        ["Depotzinsen 1,75 % p.a.", 18744.12, None],
        [None, None, None],
        ["Saldo zugunsten Albis Lebensversicherung AG", None, None],
        ["Summe Soll", 3110302.91, None],
        ["Summe Haben", None, 3412880.17],
        ["Saldo zugunsten Nordkap Rück AG", None, 302577.26],
    ]
    x = xlsx([("Abrechnung Q4", rows),
              ("Erläuterungen", [["Hinweis"], ["Die Einzelfallaufstellung der Leistungen > 250 TEUR wird wie gewohnt separat über das RV-Portal bereitgestellt."],
                                 ["Zahlung erbeten auf unser Konto " + grp(IBAN_ALBIS_LEBEN) + " (Albis Lebensversicherung AG)."]])])
    body = f"""Sehr geehrte Damen und Herren,
liebe Frau Kowalczyk,

anbei erhalten Sie die technische Abrechnung zum Quotenvertrag QA-L 2019/01 für das
vierte Quartal 2024.

Kurz die Eckdaten:
  RV-Beiträge gesamt      3.412.880,17 EUR
  Provision (22,5 %)        767.856,34 EUR
  Leistungen gesamt       2.161.322,45 EUR
  Saldo zu Ihren Gunsten    302.577,26 EUR

Die Veränderung der BU-Deckungsrückstellung ist gegenüber Q3 deutlich niedriger, weil
im Dezember zwei Reaktivierungen verbucht wurden. Details wie immer im Portal.

Wir bitten um Bestätigung des Saldos bis 14.02.2025. Die Zahlung des Saldos erfolgt
durch Sie auf unser Konto bei der Sparkasse Hannover, IBAN {grp(IBAN_ALBIS_LEBEN)}.
{sig("Mareike Olbrich", "Technische Rückversicherungsabrechnung", "Abteilung Rückversicherung", "+49 511 4471-3382", mail=OLBRICH[1])}"""
    node = multi("mixed", [text(body), att(x, CT_XLSX, "QA-L_2019-01_Abrechnung_Q4-2024.xlsx")], bnd(n))
    raw = build(n, OLBRICH, [KOWALCZYK, NK_ACC], "Technische Abrechnung QA-L 2019/01 – Q4 2024",
                cet(2025, 1, 29, 10, 14, 22), node, cc=[PIETSCH], style=1, mailer=OUTLOOK,
                extra=[("Content-Language", "de-DE")])
    return Mail("NORMAL", "de", "insurer-to-partner",
                "trap: quarterly treaty statement to the reinsurer, aggregated premiums/claims and the insurer's own company IBAN, no person",
                raw)


@reg
def m002():
    n = 2
    body = """Sehr geehrter Herr Dr. Feldhaus,

gemäß Ziffer 9.2 des Quotenvertrages QA-L 2019/01 melden wir Ihnen vorab einen
BU-Leistungsfall, der die Meldegrenze von 250.000 EUR Barwert überschreitet.

Versicherungsnummer:   LV-4471-203318 (SBU, Tarif BU24P)
Versicherte Person:    Ansgar Wiebking, geb. 03.09.1971
Beruf:                 Elektroinstallateurmeister, selbständig
Vers. Rente:           3.200,00 EUR mtl., Ablauf 31.08.2038
Leistungsbeginn:       01.11.2024
Barwert (Schätzung):   512.400 EUR, Ihr Anteil 40 % = 204.960 EUR

Medizinischer Sachverhalt: Erstdiagnose amyotrophe Lateralsklerose (G12.2) im
Juni 2024 durch die Neurologie der MHH, fortschreitende Paresen beider Hände und
des rechten Beines, seit September rollstuhlpflichtig. Der Gutachter geht von
einem Grad der Berufsunfähigkeit von 100 % aus; eine Besserung ist nicht zu
erwarten. Die Prüfung der vorvertraglichen Anzeigepflicht ist ohne Befund
abgeschlossen (Antrag 2016, keine neurologischen Vorerkrankungen).

Wir beabsichtigen ein Anerkenntnis ohne Befristung. Wenn Sie die Unterlagen (Gutachten
Dr. Ilsemann, Entlassbrief) sehen möchten, stellen wir sie Ihnen über das RV-Portal
bereit.

Mit freundlichen Grüßen

Jonas Pietsch
Rückversicherung Leben / Kranken
Albis Lebensversicherung AG
Tel. +49 511 4471-3375
"""
    node = text(body, cte="8bit", flowed=False)
    raw = build(n, PIETSCH, [FELDHAUS], "Großschadenmeldung BU – LV-4471-203318",
                cet(2025, 1, 8, 15, 41, 2), node, cc=[SOBOTTA, RV_POSTFACH], style=2, mailer=TBIRD)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                "large-loss notification to reinsurer: named insured, birth date, ALS diagnosis G12.2, BU benefit",
                raw)


@reg
def m003():
    n = 3
    rows = [["Claim no", "Policy no", "Policyholder", "Risk address", "Postcode", "Date of loss", "Paid EUR", "Reserve EUR", "Cause"]]
    data = [
        ("S-24-0612201", "WG-118-77310", "Margarete Sielmann", "Am Wehr 4", "31737", 1, 48210.00, 0.0, "Überschwemmung Keller/EG"),
        ("S-24-0612233", "WG-118-40112", "Harald u. Doris Pennekamp", "Weserstraße 19", "31737", 1, 112430.55, 15000.0, "Überschwemmung, Heizung"),
        ("S-24-0612257", "HR-230-99018", "Kevin Ostermeyer", "Mühlenweg 2a", "31840", 2, 9875.20, 0.0, "Hausrat Keller"),
        ("S-24-0612290", "WG-118-52241", "Elfriede Brinkhege", "Fährstraße 11", "31737", 1, 204117.00, 40000.0, "Überschwemmung, Estrich, Trocknung"),
        ("S-24-0612314", "WG-119-00871", "Tomasz Wrobel", "Hinter der Mauer 7", "31840", 2, 73560.90, 8000.0, "Rückstau"),
        ("S-24-0612388", "WG-118-63005", "Ingo Fahrenholz", "Lange Straße 40", "31785", 2, 151002.35, 25000.0, "Überschwemmung EG"),
        ("S-24-0612402", "HR-231-15520", "Dilek Arslan", "Deisterallee 3", "31785", 3, 12044.00, 0.0, "Hausrat EG"),
        ("S-24-0612455", "WG-118-70122", "Reinhold Kattenstroth", "Am Ohrberg 22", "31787", 3, 88720.00, 12500.0, "Überschwemmung, Heizöltank"),
    ]
    for c, p, name, street, pc, d, paid, res, cause in data:
        rows.append([c, p, name, street, pc, f"0{d}.06.2024", f"{paid:.2f}", f"{res:.2f}", cause])
    c = csvbytes(rows, delim=";", encoding="utf-8", bom=True)
    body = """Dear James,

please find attached the event bordereau for the June 2024 flood ("Tief Ylva",
Weser/Hameln area) as requested for the recovery under our Cat XL programme,
layer 2 (EUR 15m xs 10m).

Status as at 31 January 2025:
  - 1,284 claims notified (buildings and contents), 1,197 closed
  - gross incurred EUR 31.6m, of which paid EUR 27.9m
  - the attached extract shows the claims above EUR 5k in the three
    most affected postcodes that your claims auditors asked to sample

The full listing (all 1,284 claims) is available in the data room; Kerstin at
Hollins Marr has access as well.

We would appreciate the cash call for layer 2 being processed in February.

Best regards
Tobias

Tobias Kranepuhl
Reinsurance Property & Casualty
Albis Allgemeine Versicherung AG
+49 511 4471-3390
"""
    node = multi("mixed", [text(body, cte="7bit", charset="us-ascii"),
                           att(c, "text/csv", "Ylva_2024_event_bordereau_extract.csv", charset="utf-8")], bnd(n))
    raw = build(n, KRANEPUHL, [WHITCOMBE], "Flood June 2024 (Ylva) - event bordereau extract / cash call layer 2",
                cet(2025, 2, 3, 9, 2, 45), node, cc=[BLUM, GRABOWSKI], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "flood event bordereau to reinsurer: policyholder names, risk addresses, policy/claim numbers only in the CSV attachment; no injuries",
                raw)


@reg
def m004():
    n = 4
    plain = """---------- Forwarded message ---------
From: Meridian Re Life & Health <insights@meridian-re.example>
Subject: Life & Health Insights 01/2025

FYI - the piece on GLP-1 might be relevant for the underwriting manual review.
Jonas

=====================================================================
MERIDIAN RE  |  LIFE & HEALTH INSIGHTS  |  ISSUE 01/2025
=====================================================================

1) Cancer survival is improving - but not evenly
Five-year relative survival across all cancers in the EU-14 rose from 54%
to 61% over the last fifteen years. Gains are largest for melanoma, breast
and prostate cancer; pancreatic and lung cancer still lag far behind. For
critical illness products this means longer claim durations after a first
diagnosis and a rising share of "second cancer" events.

2) GLP-1 agonists: what underwriters should ask
Semaglutide and tirzepatide are prescribed increasingly for obesity without
diabetes. We recommend treating current BMI and the BMI before treatment as
separate rating factors and asking for the start date of the medication.
Our updated manual (v14.2) contains the new questions.

3) Long COVID: disability claims two years on
Claim incidence for post-COVID conditions in our European disability book
has fallen back to 0.4 per mille of exposure; average duration is 19 months.

Webinar: "Mental health claims - the next five years", 27 February 2025,
14:00 CET. Register in the client portal.

You receive this newsletter as a client contact of Meridian Re SE.
Unsubscribe: https://www.meridian-re.example/unsubscribe
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>FYI &ndash; the piece on GLP-1 might be relevant for the underwriting manual review.<br>Jonas</p>
<hr>
<table width="640" style="border:1px solid #ccc"><tr><td style="background:#0b3d6e;color:#fff;padding:12px">
<b>MERIDIAN RE</b> | Life &amp; Health Insights | Issue 01/2025</td></tr>
<tr><td style="padding:12px">
<h3>Cancer survival is improving &ndash; but not evenly</h3>
<p>Five-year relative survival across all cancers in the EU-14 rose from 54% to 61% over the last
fifteen years. Gains are largest for melanoma, breast and prostate cancer; pancreatic and lung cancer
still lag far behind. For critical illness products this means longer claim durations after a first
diagnosis and a rising share of &quot;second cancer&quot; events.</p>
<h3>GLP-1 agonists: what underwriters should ask</h3>
<p>Semaglutide and tirzepatide are prescribed increasingly for obesity without diabetes. We recommend
treating current BMI and the BMI before treatment as separate rating factors and asking for the start
date of the medication. Our updated manual (v14.2) contains the new questions.</p>
<h3>Long COVID: disability claims two years on</h3>
<p>Claim incidence for post-COVID conditions in our European disability book has fallen back to
0.4&permil; of exposure; average duration is 19 months.</p>
<p><b>Webinar:</b> &quot;Mental health claims &ndash; the next five years&quot;, 27 February 2025, 14:00 CET.</p>
<p style="font-size:10px;color:#777">You receive this newsletter as a client contact of Meridian Re SE.
<a href="https://www.meridian-re.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
"""
    node = alt(n, plain, html)
    raw = build(n, PIETSCH, [HOFFSTEDT], "WG: Life & Health Insights 01/2025",
                cet(2025, 1, 21, 11, 5, 0), node, cc=[VOSSBERG], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "newsletter",
                "trap: reinsurer newsletter on cancer survival, GLP-1 and long COVID, no person",
                raw)


@reg
def m005():
    n = 5
    body = """Hallo Herr Hollerbach,

vorab informell die Feststellungen aus der Einzelfallprüfung zur Prüfung
"Leistungsbearbeitung ambulant/stationär" (Prüfungs-Nr. KR-2024-07), bevor der
Entwurf an die Bereichsleitung geht. Bitte bis Freitag kurz Rückmeldung, ob die
Sachverhalte aus Ihrer Sicht zutreffend dargestellt sind.

Feststellung 3 (mittel): Erstattung über Freigabegrenze ohne zweite Unterschrift

  a) KV 88 031 447, Versicherte Ramona Dettmer-Kühn – Rechnung Uniklinik vom
     12.08.2024 über 38.412,60 EUR (Hauptdiagnose C50.4 L, Mastektomie plus
     Chemotherapie), freigegeben am 02.09. nur durch Sachbearbeiter, Grenze 25 TEUR.
  b) KV 88 054 019, Versicherter Henrik Lassahn – stationäre Entwöhnungsbehandlung
     (F10.2) in der Fachklinik Wiehengebirge, 21.990,00 EUR, Kostenzusage ohne
     Prüfung der Leistungsvoraussetzungen nach § 5 MB/KK.
  c) KV 88 101 662, Versicherter Paul Oberdiek (Kind, 7 J.) – Logopädie und
     Ergotherapie, 64 Sitzungen, Verordnung lag nur für 30 Sitzungen vor.

Feststellung 4 (gering): Ablage medizinischer Unterlagen in der allgemeinen
Korrespondenz (4 von 40 Akten), s. Arbeitspapier WP-12.

Die Fälle a) und b) sind materiell korrekt entschieden, es geht nur um das
Vier-Augen-Prinzip. Bei c) sehen wir eine Überzahlung von rund 1.900 EUR.

Gruß
Dennis Wolters
Konzernrevision
Tel. -2217
"""
    node = text(body)
    raw = build(n, WOLTERS, [HOLLERBACH], "Prüfung KR-2024-07 – Feststellungen vorab zur Abstimmung",
                cet(2025, 1, 15, 16, 47, 10), node, cc=[HERZBERG], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "internal audit findings naming health insureds with diagnoses (C50.4 L, F10.2), treatments and a child's therapy",
                raw)


@reg
def m006():
    n = 6
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Montag, 17. Februar 2025, nicht im Büro und habe nur
eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
Herrn Ralf Tiedemann (ralf.tiedemann@albis-versicherung.example, -2214) oder an das
Postfach revision@albis-versicherung.example.

Thank you for your message. I am out of the office until Monday, 17 February 2025,
with limited access to e-mail. For urgent matters please contact Ralf Tiedemann
(ralf.tiedemann@albis-versicherung.example) or revision@albis-versicherung.example.

Claudia Herzberg
Leiterin Konzernrevision / Head of Group Internal Audit Germany
"""
    node = text(body)
    raw = build(n, HERZBERG, [BEHRENDT], "Automatische Antwort: AW: PBC-Liste Jahresabschluss 2024 – Stichproben Leistung",
                cet(2025, 2, 10, 7, 58, 31), node, style=1, mailer=OUTLOOK,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return Mail("NORMAL", "mixed", "insurer-to-partner",
                "trap: bilingual out-of-office reply to the auditor; subject mentions samples of benefit files but nothing about a person",
                raw)


@reg
def m007():
    n = 7
    body = """Sehr geehrte Frau Dr. Wessels,

wie telefonisch besprochen die Angaben zur Vergütung der Vorstandsmitglieder für den
Anhang (§ 285 Nr. 9a HGB) bzw. den Abgleich mit den Lohnkonten. Die Werte sind
vorläufig; die Tantiemen 2024 beschließt der Aufsichtsrat erst am 20.03.2025.

                         Fixum       Tantieme (vorl.)  Sachbezüge  bAV-Zuführung
Dr. C. Aldenhoven     612.000,00      245.000,00       18.430,12    96.500,00
B. Lorenzen           438.000,00      170.000,00       11.206,40    61.200,00
Dr. S.-O. Harms       438.000,00      155.000,00        9.870,00    58.900,00

Bei Frau Lorenzen ist zusätzlich eine einmalige Zahlung von 40.000 EUR für den
Verzicht auf Ansprüche aus dem früheren Dienstverhältnis enthalten (Lohnart 1130).
Die Lohnkonten bekommen Sie von Herrn Brandes direkt über den Datenraum, nicht per
Mail.

Freundliche Grüße
i. A. Petra Kühnel
Assistenz Finanzvorstand
Albis Versicherungsgruppe
"""
    node = text(body, charset="iso-8859-1", cte="quoted-printable")
    raw = build(n, KUEHNEL, [WESSELS], "Vorstandsvergütung 2024 – Angaben für den Anhang",
                cet(2025, 2, 18, 13, 20, 0), node, cc=[STAMMLER], charset="iso-8859-1", style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "individual board remuneration (income) of named board members sent to the external auditor",
                raw)


@reg
def m008():
    n = 8
    p = pdf([[("H", "Albis Lebensversicherung AG – Fakultative Anfrage"),
              "Anfrage-Nr. FAK-L-2025-004   Datum 06.02.2025",
              "",
              ("B", "Antragsteller"),
              "Name: Dr. Gregor Tannhäuser",
              "Geburtsdatum: 14.05.1968, männlich, Nichtraucher",
              "Beruf: Geschäftsführender Gesellschafter (Maschinenbau), Bürotätigkeit",
              "Beantragt: Risikolebensversicherung 2.500.000 EUR, Laufzeit 15 Jahre",
              "Zweck: Besicherung eines Betriebsmittelkredits",
              "",
              ("B", "Medizinische Angaben (aus Antrag und Arztbericht)"),
              "Arterielle Hypertonie seit 2015, behandelt mit Ramipril 5 mg",
              "KHK: Stent (RIVA) 03/2022 nach instabiler Angina pectoris",
              "Belastungs-EKG 11/2024 unauffällig, LVEF 58 %",
              "LDL 92 mg/dl unter Atorvastatin 40 mg, HbA1c 5,6 %",
              "BMI 27,4; keine Nikotinanamnese seit 2010",
              "",
              ("B", "Eigene Einschätzung"),
              "Nach unserem Handbuch +100 % (KHK, 1 Gefäß, > 2 Jahre stabil).",
              "Selbstbehalt Albis 750.000 EUR; erbeten: Angebot für 1.750.000 EUR."],
             [("B", "Anlagen"),
              "Arztbericht Kardiologische Gemeinschaftspraxis am Aegi vom 19.11.2024",
              "Laborbefund vom 12.11.2024",
              "Fragebogen Herz-Kreislauf"]],
            title="Fakultative Anfrage FAK-L-2025-004", author="Lea Hoffstedt", compress=True)
    body = """Dear Olivia,

we would like to offer you the following facultative life risk:

  Applicant:  Dr. Gregor Tannhäuser, male, born 14 May 1968
  Cover:      term life, EUR 2.5m, 15 years, our retention EUR 750k
  Medical:    treated hypertension, one-vessel CAD with stent in 2022,
              stable since; recent exercise ECG normal

Our own assessment is +100%. Full details and the cardiologist's report
summary are in the attached request form. We would be grateful for your
terms by 14 February - the client's bank wants a decision before the end
of the month.

Kind regards
Lea Hoffstedt
Underwriting Life, Albis Lebensversicherung AG
"""
    node = multi("mixed", [text(body),
                           att(p, "application/pdf", "FAK-L-2025-004_Anfrage.pdf")], bnd(n))
    raw = build(n, HOFFSTEDT, [BRANDT], "Facultative request FAK-L-2025-004 - term life EUR 2.5m",
                cet(2025, 2, 6, 14, 3, 12), node, cc=[MR_UW, PIETSCH], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "facultative life request to reinsurer: named applicant, birth date, hypertension, CAD with stent, medication",
                raw)


@reg
def m009():
    n = 9
    years = list(range(2015, 2025))
    tri = [["Anfalljahr"] + [f"AJ+{k}" for k in range(10)]]
    base = [41.2, 43.0, 44.9, 46.1, 45.0, 39.8, 42.7, 47.9, 51.3, 53.0]
    dev = [1.0, 1.42, 1.61, 1.71, 1.77, 1.81, 1.83, 1.845, 1.853, 1.858]
    for i, y in enumerate(years):
        row = [str(y)]
        for k in range(10):
            row.append(f"{base[i] * dev[k]:.1f}".replace(".", ",") if i + k <= 9 else "")
        tri.append(row)
    c = csvbytes(tri, delim=";", encoding="cp1252")
    body = """Hallo Fabian,

anbei das Abwicklungsdreieck Kfz-Haftpflicht (Zahlungen kumuliert, Mio. EUR, ohne
Renten) für die Reservierung zum 31.12.2024. Großschäden > 1 Mio. EUR sind wie im
Vorjahr gekappt und laufen separat über die Einzelreservierung; Personenschäden
mit Rentenzahlung sind nicht enthalten.

Chain-Ladder-Faktoren (volumengewichtet) AJ 0->1 bis 8->9:
1,420 / 1,134 / 1,062 / 1,035 / 1,023 / 1,011 / 1,008 / 1,004 / 1,003

Auffällig ist nur AJ 2020 (Corona, weniger Verkehr). Ich würde 2020 bei den ersten
zwei Faktoren rausnehmen, dann liegt der IBNR-Bedarf bei ca. 28,4 Mio. statt 27,1.

Können wir Donnerstag kurz drüber reden?

Lukas
"""
    node = multi("mixed", [text(body, cte="8bit"), att(c, "text/csv", "KH_Dreieck_Zahlungen_2015-2024.csv", charset="windows-1252")], bnd(n))
    raw = build(n, EBBINGHAUS, [MOELLENKAMP], "KH-Dreieck Zahlungen für Reservierung 31.12.",
                cet(2025, 1, 13, 17, 36, 8), node, style=2, mailer=TBIRD)
    return Mail("NORMAL", "de", "internal",
                "trap: motor liability run-off triangle and chain-ladder factors, mentions 'Personenschäden' but only aggregates",
                raw)


@reg
def m010():
    n = 10
    body = """Hallo zusammen,

unten die Anforderungsliste der Konzernabschlussprüfer (Ashford Lyle) für die
Group Reporting Package. Bitte bis 21.02. in den Datenraum – KEINE Einzelakten per
Mail schicken, Stichproben ziehen die Prüfer selbst aus den Listen.

Zuständigkeiten hab ich dahinter geschrieben.

Viele Grüße
Oliver

-----Ursprüngliche Nachricht-----
Von: Hannah Penrose <hannah.penrose@ashfordlyle.example>
Gesendet: Dienstag, 4. Februar 2025 18:12
An: Oliver Stammler <oliver.stammler@albis-versicherung.example>
Betreff: Corvan Group audit FY2024 - PBC list Albis (component)

Dear Oliver,

as discussed in the planning call, please provide the following items for the
Albis component (specific scope: technical provisions and reinsurance):

 1. Reconciliation of gross claims reserves to the trial balance     [Stammler]
 2. Actuarial function report 2024, reserving section               [Möllenkamp]
 3. Listing of all open claims > EUR 250k, gross and net of RI       [Grabowski/Sobotta]
 4. Reinsurance programme 2024 overview incl. treaty wordings        [Vossberg]
 5. Reinsurance balances per counterparty, with confirmations        [Olbrich]
 6. IBNR methodology paper and key assumptions changes               [Ebbinghaus]
 7. Minutes of the reserving committee (Q3 and Q4)                   [Möllenkamp]
 8. Internal audit reports issued in 2024 (list + executive summaries) [Herzberg]

For item 3, please include claim reference, line of business, date of loss,
case reserve and paid to date. We will select our sample from that listing
and will then ask for the files; no names are needed at this stage.

Many thanks,
Hannah

Hannah Penrose
Senior Manager, Insurance Audit
Ashford Lyle LLP
"""
    node = text(body)
    raw = build(n, STAMMLER, [MOELLENKAMP, GRABOWSKI, SOBOTTA, VOSSBERG, OLBRICH, EBBINGHAUS, HERZBERG],
                "WG: Corvan Group audit FY2024 - PBC list Albis (component)",
                cet(2025, 2, 5, 8, 31, 40), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "mixed", "partner",
                "trap: group auditor's PBC request list forwarded internally; asks for claims listings but contains no person",
                raw)


@reg
def m011():
    n = 11
    rows = [["lfd.", "Schaden-Nr.", "VN", "Kennzeichen", "Sparte", "Schadentag", "Hergang (kurz)", "Zahlung EUR", "Regress"]]
    items = [
        ("K-24-1103318", "Bernd Vahlenkamp", "H-BV 412", "VK", "14.02.2024", "Wildunfall Reh, B 217", "4.812,40", "nein"),
        ("K-24-1109245", "Sabrina Oltrogge", "HM-SO 77", "TK", "03.03.2024", "Glasbruch Frontscheibe", "1.104,00", "nein"),
        ("K-24-1120917", "Mehmet Karaca", "H-MK 2020", "VK", "27.04.2024", "Parkplatzrempler, Verursacher unbekannt", "2.390,77", "nein"),
        ("K-24-1134402", "Dr. Antje Lübbers", "PE-AL 9", "TK", "19.05.2024", "Diebstahl Fahrzeug (wiedergefunden)", "7.650,00", "ja"),
        ("K-24-1142286", "Jannik Roolfs", "H-JR 556", "VK", "08.06.2024", "Hagel", "5.233,10", "nein"),
        ("K-24-1159930", "Gisela Meyerhoff", "NI-GM 31", "TK", "22.07.2024", "Marderbiss", "612,88", "nein"),
        ("K-24-1171005", "Oleksandr Hnatiuk", "H-OH 808", "VK", "30.08.2024", "Abkommen von der Fahrbahn, Totalschaden", "18.900,00", "nein"),
        ("K-24-1180544", "Frauke Stindt", "SHG-FS 14", "TK", "11.09.2024", "Sturm, Ast auf Fahrzeug", "3.447,65", "nein"),
    ]
    for i, it in enumerate(items, 1):
        rows.append([i] + list(it))
    x = xlsx([("Stichprobe 2", rows), ("Hinweis", [["Auszug aus KOMPAS, Stand 31.12.2024, nur Kasko (keine Personenschäden)."]])])
    body = """Hallo Herr Behrendt,

anbei wie besprochen Stichprobe 2 (Kasko). Die Akten liegen ab Montag im Datenraum
unter /Leistung/Kfz/Stichprobe2.

Viele Grüße
Michael Grabowski
"""
    node = multi("mixed", [text(body), att(x, CT_XLSX, "Stichprobe2_Kasko_2024.xlsx")], bnd(n))
    raw = build(n, GRABOWSKI, [BEHRENDT], "AW: Stichprobe 2", cet(2025, 2, 20, 15, 12, 9), node,
                style=1, mailer=OUTLOOK, in_reply_to="<kw.20250219.0831.behrendt@kranich-wp.example>")
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "audit sample of motor own-damage claims: policyholder names, plates, claim numbers only in the XLSX; body harmless, no injuries",
                raw)


@reg
def m012():
    n = 12
    body = """Hallo Frau Garbers,

hier die gewünschte Auswertung der BU-Leistungsfälle im Kollektivvertrag der
Stadtwerke Elmshagen GmbH (GV 5520-01) für das Jahresgespräch mit dem Arbeitgeber.
Stand 31.12.2024, 612 versicherte Mitarbeitende.

Bereich               Versicherte   laufende BU-Fälle   Ursache (Hauptdiagnose)
Verwaltung                 148            2              F32.2, M51.1
Netze / Montage            231            3              M17.0, M54.4, S82.1
Bäderbetriebe               87            1              F43.1
Netzleitstelle              19            1              F33.2 (Bereichsleiter, 58 J.,
                                                          seit 04/2024, Rente 1.850 EUR)
Kundencenter               127            0              -

Die Inzidenz liegt mit 7/612 etwas über unserem Kollektivdurchschnitt.
Die Netzleitstelle fällt durch den Einzelfall optisch heraus – soll ich den
für die Präsentation so drinlassen?

Viele Grüße
Svenja Rautenberg
Aktuariat Leben / bAV
"""
    node = text(body)
    raw = build(n, RAUTENBERG, [("Insa Garbers", "insa.garbers" + A)], "Auswertung BU-Fälle GV 5520-01 Stadtwerke Elmshagen",
                cet(2025, 1, 22, 10, 49, 55), node, style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "statistic with a small cell: one BU case in a 19-person unit with role, age, ICD F33.2 and pension amount, identifiable",
                raw)


@reg
def m013():
    n = 13
    body = """Liebe Frau Rautenberg,

danke, dass Sie mich vor dem Versand an die Stadtwerke gefragt haben. In der Form
geht das nicht raus: In den kleinen Bereichen lassen sich Einzelfälle zusammen mit
Funktion, Alter und Diagnose beim Arbeitgeber sofort einer Person zuordnen. Das wäre
eine Offenbarung von Gesundheitsdaten an den Arbeitgeber.

Für die Präsentation bitte so (Zellen unter 5 Fällen zusammengefasst, keine
Diagnosen, keine Funktionen):

  Bereich                          Versicherte   laufende BU-Fälle
  Netze / Montage                      231           3
  übrige Bereiche (zusammengefasst)    381           4
  gesamt                               612           7

  Ursachengruppen gesamt: Psyche 3, Bewegungsapparat 3, Unfall 1

Das ist unsere Standardregel für Kollektivauswertungen (Mindestzellgröße 5,
vgl. Leitfaden Datenschutz bAV, Abschnitt 4.3). Ihre ursprüngliche Mail bitte nicht
weiterleiten und die Datei mit der Bereichsaufteilung löschen.

Viele Grüße
Ute Lamprecht
Datenschutzbeauftragte
"""
    node = text(body, cte="8bit")
    raw = build(n, LAMPRECHT, [RAUTENBERG], "AW: Auswertung BU-Fälle GV 5520-01 – bitte nur aggregiert",
                cet(2025, 1, 22, 14, 3, 11), node, cc=[("Insa Garbers", "insa.garbers" + A)], style=1, mailer=OUTLOOK,
                in_reply_to=msgid(12, 1))
    return Mail("NORMAL", "de", "internal",
                "trap: DPO's corrected statistic with cells < 5 merged, cause groups only; the original is not quoted",
                raw)


@reg
def m014():
    n = 14
    body = """Dear Pieter,

please find below the outgoing reinsurance programme of the Albis entities for the
S.30.03 / S.30.04 templates (year-end 2024). Amounts in EUR thousands.

Entity       Treaty                 Type           Limit / share      Retention   RI premium   Reinsurers
-----------  ---------------------  -------------  -----------------  ----------  -----------  -----------------------
Albis Leben  QA-L 2019/01           quota share    40% risk premium   60%         13,402       Nordkap Rück 100%
Albis Leben  SUR-L 2021/02          surplus        up to 10 lines     750         2,118        Meridian Re 60%, Nordkap 40%
Albis Kranken SL-K 2024/01          stop loss      110% xs 105% LR    -           1,950        Meridian Re 100%
Albis Allg.  CAT-XL 2024 L1         cat XL         10m xs 5m          5,000       3,300        Kestrel 50%, Atlantique 50%
Albis Allg.  CAT-XL 2024 L2         cat XL         15m xs 10m         -           2,250        Kestrel 60%, Atlantique 40%
Albis Allg.  PR-XL 2024             per risk XL    8m xs 2m           2,000       1,640        Atlantique 70%, Nordkap 30%
Albis Allg.  MTPL-XL 2024           XL motor liab. unlimited xs 2.5m  2,500       4,905        Kestrel 35%, Nordkap 65%
Albis Allg.  PA-XL 2022             XL pers. acc.  1.5m xs 0.5m       500         610          Meridian Re 60%, Kestrel 40%

Five smaller treaties (travel XL, GL XL, cyber QS, legal expenses QS, group PA/travel
health XL) are not material for the templates and are listed in the S.31.01 file.

All reinsurers are rated A or better; collateral (deposits) only for QA-L 2019/01.
Recoverables by counterparty follow with the S.31.01 file on Friday.

Best regards
Henrike

Dr. Henrike Vossberg
Head of Reinsurance
Albis Versicherungsgruppe
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, VOSSBERG, [VERHOEVEN], "YE2024 - S.30.03/S.30.04 outgoing reinsurance programme Albis",
                cet(2025, 1, 30, 12, 11, 54), node, cc=[GROUPREP], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "insurer-to-partner",
                "trap: Solvency II reinsurance programme table to the group, company data only",
                raw)


@reg
def m015():
    n = 15
    body = """Dear Erik,

I am writing to give you early notice of a claim under the Personal Accident
excess of loss treaty PA-XL 2022 (EUR 1.5m xs 500k), in line with the claims
cooperation clause.

Claim ref.:      UF-2024-00873
Policy:          UV-302-114506 (individual accident, progressive benefit 500%)
Insured:         Maximilian Roggenkamp, aged 34, IT consultant
Date of loss:    17 November 2024
Circumstances:   collision with a delivery van while cycling to work in Hanover

Injuries:        fracture-dislocation C5/C6 with complete spinal cord injury;
                 tetraplegia (ASIA A) confirmed at the BG Klinikum on 3 January.
                 He remains in inpatient rehabilitation; ventilation was weaned
                 in December.

Our estimate of the disability benefit is EUR 1.75m (base sum EUR 350k x 500%
progression at 100% disability), plus hospital cash and the accident pension of
EUR 2,000 per month. The final degree of disability will be assessed after the
first year, but we already expect the maximum.

We will recover from the van's motor liability insurer; the police report assigns
full liability to the van driver.

Kind regards
Serkan Yilmaz
Accident Claims, Albis Allgemeine Versicherung AG
"""
    node = text(body, cte="quoted-printable")
    raw = build(n, YILMAZ, [HALVORSEN], "Early notification - PA-XL 2022 - claim UF-2024-00873",
                cet(2025, 1, 9, 11, 27, 3), node, cc=[KRANEPUHL], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "accident large-loss notification to reinsurer: named insured, age, spinal cord injury and tetraplegia",
                raw)


@reg
def m016():
    n = 16
    body = """Sehr geehrte Damen und Herren,

hiermit melden wir den folgenden Schaden unter dem Per-Risk-XL 2024 vorsorglich an
(Meldegrenze 50 % der Priorität):

Schaden-Nr.:       S-25-0004112
Vertrag:           Wohngebäude WG-117-30881, gleitender Neuwert
VN:                Eheleute Detlef und Annegret Hartwig
Risikoort:         Am Lindhoop 9, 27283 Verden (Aller)
Schadentag:        04.01.2025
Ursache:           Brand, Ausgangspunkt vermutlich Holzvergaser im Nebengebäude
Umfang:            Wohnhaus (Reetdach, Baujahr 1911, Denkmalschutz) weitgehend zerstört,
                   Nebengebäude Totalschaden
Personenschaden:   keiner, die Bewohner waren zum Zeitpunkt des Brandes nicht im Haus

Reserve:           1.420.000 EUR (Gebäude 1,25 Mio., Aufräumkosten, Mietausfall 18 Mon.)

Ein Sachverständiger (Büro Kühlmann, Bremen) ist beauftragt. Die Ermittlungsakte der
Polizei haben wir angefordert. Weitere Informationen folgen.

Mit freundlichen Grüßen

Michael Grabowski
Großschaden Komposit
Albis Allgemeine Versicherung AG
"""
    node = text(body, charset="iso-8859-1", cte="8bit")
    raw = build(n, GRABOWSKI, [("Atlantique Re – Claims", "claims" + AT), DURAND], "Schadenmeldung PR-XL 2024 – S-25-0004112 Brand Verden",
                cet(2025, 1, 7, 9, 55, 17), node, cc=[KRANEPUHL], charset="iso-8859-1", style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "property large-loss notification: named private policyholders, address, policy and claim number; nobody hurt",
                raw)


@reg
def m017():
    n = 17
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir zu Ihrem Rahmenvertrag RV-2023-114:

Pos. 1  Abholung 6 Sicherheitsbehälter 240 l (Schutzklasse 3, Sicherheitsstufe P-4)
        Inhalt: Arbeitspapiere der Konzernrevision 2017 und älter, Kopien aus
        Leistungsakten, Arztberichte, Gutachten (Aufbewahrungsfrist abgelaufen)
Pos. 2  Vernichtung nach DIN 66399 inkl. Vernichtungsprotokoll
Pos. 3  Austausch der 2 Datenschutzboxen im 4. OG (Raum 4.112 und 4.118)

Abholung bitte am Dienstag, 25.02.2025, zwischen 7:30 und 9:00 Uhr,
Anlieferung Albis-Platz 1, Tor 2. Ansprechpartner vor Ort: Herr Tiedemann, -2214.

Rechnung bitte an: Albis Versicherungsgruppe, Kreditorenbuchhaltung, Albis-Platz 1,
30159 Hannover, unter Angabe der Bestellnummer 4500187712.

Mit freundlichen Grüßen
Albis Einkauf
Team Facility & Services
"""
    node = text(body)
    raw = build(n, EINKAUF, [("Dispo Aktenwolf Entsorgung", "dispo@aktenwolf.example")],
                "Bestellung 4500187712 – Aktenvernichtung Konzernrevision", cet(2025, 2, 12, 8, 14, 0), node,
                cc=[TIEDEMANN], style=3, mailer="SAP Business Workflow")
    return Mail("NORMAL", "de", "insurer-to-supplier",
                "trap: purchase order for shredding audit papers and 'Arztberichte', no person",
                raw)


@reg
def m018():
    n = 18
    rows = [["PersNr", "Name", "Vorname", "Geschlecht", "Geburtsdatum", "Eintritt", "Zusage", "Gehalt 2024", "BBG-Anteil", "Status"]]
    ppl = [
        ("10422", "Albers", "Heike", "w", "12.04.1966", "01.08.1989", "VO 1989", "71.420", "nein", "aktiv"),
        ("10587", "Böttcher", "Rainer", "m", "30.11.1963", "01.04.1991", "VO 1989", "88.910", "ja", "aktiv"),
        ("11023", "Çelik", "Aynur", "w", "07.02.1975", "15.03.1998", "VO 1997", "64.300", "nein", "aktiv"),
        ("11205", "Dreyer", "Matthias", "m", "22.09.1970", "01.10.1999", "VO 1997", "102.750", "ja", "aktiv"),
        ("11890", "Eilers", "Birgit", "w", "03.06.1968", "01.01.2002", "VO 1997", "58.060", "nein", "Teilzeit 60 %"),
        ("12044", "Freese", "Torsten", "m", "18.12.1972", "01.07.2004", "DC 2004", "79.200", "ja", "aktiv"),
        ("12310", "Gödeke", "Marion", "w", "25.01.1961", "01.09.1986", "VO 1983", "69.840", "nein", "Altersteilzeit"),
    ]
    for p in ppl:
        rows.append(list(p))
    rows.append(["…", "(weitere 1.118 Datensätze)", "", "", "", "", "", "", "", ""])
    c = csvbytes(rows, delim=";", encoding="cp1252")
    body = """Sehr geehrter Herr Lindqvist,

anbei der Bestandsdatenabzug Anwärter zum Stichtag 31.12.2024 für das Gutachten nach
§ 253 HGB / IAS 19 (Versorgungsordnungen 1983, 1989, 1997 und DC 2004).

Wie im Vorjahr: Gehalt = ruhegehaltsfähiges Jahresgehalt, Teilzeitgrad ist bereits
eingerechnet. Die Rentnerdaten und die Ausgeschiedenen mit unverfallbaren Anwartschaften
schicke ich Ihnen separat, sobald die Rentenanpassung zum 01.01. gebucht ist.

Passwort für die Datei wie gewohnt telefonisch.

Mit freundlichen Grüßen
Jörg Brandes
Personal / Vergütung und Versorgung
"""
    node = multi("mixed", [text(body, charset="windows-1252", cte="quoted-printable"),
                           att(c, "application/vnd.ms-excel", "Anwaerter_31122024.csv")], bnd(n))
    raw = build(n, BRANDES, [LINDQVIST], "Pensionsgutachten 31.12.2024 – Bestandsdaten Anwärter",
                cet(2025, 1, 16, 13, 45, 30), node, cc=[TESSMER, STAMMLER], charset="windows-1252", style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "own employees' pension data to consulting actuary: names, birth dates, salaries (no health) only in the CSV",
                raw)


@reg
def m019():
    n = 19
    d = docx([("h", "Konzernrevision – Prüfungsplan 2025 (Entwurf)"),
              "Stand: 10.01.2025, Vorlage für die Vorstandssitzung am 28.01.2025",
              ("table", [["Nr.", "Prüfungsgebiet", "Gesellschaft", "Quartal", "PT", "Risiko"],
                         ["1", "Leistungsbearbeitung BU inkl. Nachprüfung", "Leben", "Q1", "45", "hoch"],
                         ["2", "Rückversicherungsabrechnung und Bordereaux", "alle", "Q1", "30", "mittel"],
                         ["3", "Reservierung Großschäden Komposit", "Allgemeine", "Q2", "35", "hoch"],
                         ["4", "Zugriffsrechte auf medizinische Unterlagen (IT)", "alle", "Q2", "25", "hoch"],
                         ["5", "Arzt- und Krankenhausrechnungsprüfung (Dienstleister)", "Kranken", "Q3", "30", "mittel"],
                         ["6", "Auslagerung Gesundheitsprüfung an Rückversicherer", "Leben", "Q3", "20", "mittel"],
                         ["7", "Datenübermittlung an Rückversicherer (Art. 9 DSGVO, CoC)", "alle", "Q3", "15", "hoch"],
                         ["8", "Follow-up Feststellungen 2024", "alle", "Q4", "20", "-"],
                         ["9", "Ad-hoc-Reserve", "-", "-", "40", "-"]]),
              "Gesamtkapazität 2025: 380 Prüfertage (5,0 VZÄ abzgl. Fortbildung und Projekte).",
              "Die Prüfungen 1 und 5 werden mit Einzelfallstichproben durchgeführt; die Auswahl erfolgt "
              "zufallsgesteuert aus den Bestandssystemen, Akteneinsicht nur vor Ort bzw. im Prüfungsraum."],
             author="Claudia Herzberg", title="Prüfungsplan 2025")
    body = """Liebe Kolleginnen und Kollegen,

anbei der Entwurf des Prüfungsplans 2025 zur Kenntnis. Anmerkungen bitte bis
Mittwoch an mich, danach geht er an Herrn Dr. Aldenhoven.

Neu gegenüber 2024 sind die Prüfungen 6 und 7 (Rückversicherung/Gesundheitsdaten),
die Frau Dr. Lamprecht angeregt hat.

Gruß
Claudia Herzberg
"""
    node = multi("mixed", [text(body), att(d, CT_DOCX, "Pruefungsplan_2025_Entwurf.docx")], bnd(n))
    raw = build(n, HERZBERG, [WOLTERS, DEMIRTAS, TIEDEMANN], "Prüfungsplan 2025 – Entwurf",
                cet(2025, 1, 10, 16, 2, 0), node, cc=[LAMPRECHT], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: internal audit plan listing health-data audit topics, no person",
                raw)


@reg
def m020():
    n = 20
    body = """Hallo Jonas,

für den Stop-Loss-Vertrag SL-K 2024/01 hier der Einzelfall, nach dem Meridian in der
Jahresabrechnung gefragt hat (die lassen sich alle Fälle > 300 TEUR erläutern):

KV 88 077 215 – Versicherungsnehmerin Jessica Wöltje, Tarif Komfort 100,
mitversichert die Zwillinge Ben und Mats Wöltje (geb. 26.06.2024).

Frühgeburt in der 25. SSW, beide Kinder nach der Geburt auf der neonatologischen
Intensivstation der Kinderklinik Auf der Bult, Ben 94 Tage, Mats 131 Tage
(bronchopulmonale Dysplasie, Hirnblutung Grad II, Operation eines Ductus
arteriosus). Mutter stationär wegen HELLP-Syndrom, 9 Tage.

Summe der erstatteten Rechnungen 2024:   486.223,18 EUR
davon Kinder (DRG P61A/P61B):              452.910,40 EUR
für 2025 weiter zu erwarten:              Nachsorge, Frühförderung, ca. 25 TEUR

Rechnungen und Entlassberichte liegen in der Akte, ich schicke sie aber nur, wenn
Meridian wirklich danach fragt.

Grüße
Bernd
"""
    node = text(body, cte="quoted-printable")
    raw = build(n, HOLLERBACH, [PIETSCH], "SL-K 2024/01 – Erläuterung Einzelfall > 300 TEUR",
                cet(2025, 2, 14, 10, 31, 44), node, style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "health stop-loss case: named mother and premature twins, neonatal intensive care, diagnoses, costs",
                raw)


@reg
def m021():
    n = 21
    body = """Dear James,

as agreed at the renewal meeting, here is the anonymised list of accident claims
above EUR 250k for underwriting years 2019-2024 (no names, no claim numbers, ages
in bands). Paid and outstanding as at 31.12.2024, 100% gross.

UWY   Age band  Cause                          Incurred EUR   Status
2019  40-49     fall from height (work)          412,000      closed
2019  60-69     road traffic, pedestrian         298,500      closed
2020  20-29     motorcycle                       880,000      open
2021  30-39     sport (skiing)                   305,200      closed
2021  50-59     road traffic, car                640,000      open
2022  40-49     fall (private, ladder)           277,900      closed
2023  20-29     diving accident                1,120,000      open
2023  60-69     road traffic, cyclist            356,000      open
2024  30-39     road traffic, cyclist          1,900,000      open
2024  10-19     sport (horse riding)             410,000      open

Total incurred 6.60m, 10 claims; four of the open claims are still developing.
We think the layer 1.5m xs 500k remains adequately priced at the current rate.

Kind regards
Tobias Kranepuhl
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, KRANEPUHL, [WHITCOMBE], "PA-XL 2025 renewal - anonymised large loss list",
                cet(2025, 1, 24, 9, 18, 6), node, cc=[OKAFOR], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "insurer-to-partner",
                "trap: anonymised large-loss list with age bands and causes only, no name or claim number",
                raw)


@reg
def m022():
    n = 22
    body = """Dear Fiona,

quick update on the subrogation for loss S-24-0391450 (warehouse fire, Albis
policy no. IND-2210-0455, Spedition Kämmerer GmbH & Co. KG, Lehrte) which is
ceded under the per risk XL.

The fire was caused by hot work on the roof. The roofer, Mr Uwe Schnakenberg,
trading as a sole trader under "Dachdeckerei Schnakenberg", Hauptstraße 62,
31275 Lehrte, had no liability cover at the time (policy lapsed for non-payment
in March 2024). We obtained a judgment for EUR 2.31m on 12 December; he has
offered EUR 150k plus monthly instalments of EUR 1,500 and has disclosed assets
(a mortgaged house and two vehicles). Our lawyers recommend accepting, as
insolvency proceedings would leave us with less.

Your share of any recovery is 30%. Please confirm by 28 February whether you
agree to the settlement.

Best regards
Tobias
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, KRANEPUHL, [GALLAGHER], "S-24-0391450 - recovery settlement proposal",
                cet(2025, 2, 11, 16, 40, 0), node, cc=[BRENNER], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "recovery against a named sole trader: address, judgment debt, assets and instalment offer (financial data, no health)",
                raw)


@reg
def m023():
    n = 23
    log = """2025-02-17 07:02:11,402 INFO  [export-job-88412] Start Export "Leistungsakten Stichprobe WP" user=svc_revision
2025-02-17 07:02:11,407 INFO  [export-job-88412] Selection: 60 objects, source=KLAS-ARCHIV, target=\\\\fs02\\pruefung\\kranich\\2024
2025-02-17 07:02:58,913 WARN  [export-job-88412] Object 17/60: rendition PDF/A missing, falling back to TIFF
2025-02-17 07:03:40,001 ERROR [export-job-88412] java.io.IOException: Quota exceeded on \\\\fs02\\pruefung (used 49.98 GB of 50.00 GB)
2025-02-17 07:03:40,002 ERROR [export-job-88412]   at de.albis.klas.export.FileTarget.write(FileTarget.java:214)
2025-02-17 07:03:40,002 ERROR [export-job-88412]   at de.albis.klas.export.ExportJob.run(ExportJob.java:88)
2025-02-17 07:03:40,118 INFO  [export-job-88412] Rollback: 23 files removed
2025-02-17 07:03:40,120 INFO  [export-job-88412] End status=FAILED duration=88.7s
"""
    body = """Hallo Servicedesk,

der Export der Leistungsakten für die Wirtschaftsprüfer (Stichprobe Kranken, 60 Akten)
bricht seit heute früh ab, Log im Anhang. Sieht nach vollem Share aus. Könnt ihr die
Quota auf \\\\fs02\\pruefung erhöhen oder alte Exporte von 2022 archivieren? Die Prüfer
sitzen ab Mittwoch im Haus.

Priorität bitte hoch.

Danke und Gruß
Aylin Demirtaş
Konzernrevision / IT-Revision
"""
    node = multi("mixed", [text(body), att(log.encode("utf-8"), "text/plain", "export-job-88412.log", cte="quoted-printable", charset="utf-8")], bnd(n))
    raw = build(n, DEMIRTAS, [SERVICEDESK], "Export Leistungsakten für WP bricht ab (Quota fs02)",
                cet(2025, 2, 17, 7, 21, 5), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: IT ticket about exporting benefit files for the auditors; log has object counts only, no person",
                raw)


@reg
def m024():
    n = 24
    rows = [["#", "Claim ref", "Insured", "DoB", "Occupation", "Diagnosis (ICD-10)", "Claim start", "Monthly benefit EUR", "Decision", "Follow-up review"]]
    s = [
        ("BU-2022-0117", "Nicole Hasselbrink", "1979-03-14", "nurse (ICU)", "F43.1 PTSD", "2022-05", 1450, "accepted", "2025-05"),
        ("BU-2022-0388", "Carsten Ohlhoff", "1969-10-02", "roofer", "M51.1 disc prolapse L4/5", "2022-11", 1800, "accepted, limited", "closed 2024"),
        ("BU-2023-0041", "Svetlana Morozova", "1985-07-27", "teacher", "F32.2 severe depression", "2023-02", 2100, "accepted", "2025-02"),
        ("BU-2023-0290", "Tim Holtkötter", "1990-01-09", "software developer", "G35 multiple sclerosis", "2023-09", 2500, "accepted", "none"),
        ("BU-2024-0022", "Rüdiger Pflaum", "1964-12-30", "truck driver", "I21.0 myocardial infarction", "2024-01", 1200, "declined (non-disclosure)", "-"),
        ("BU-2024-0175", "Leonie Brakhage", "1993-05-05", "physiotherapist", "C71.1 glioma", "2024-06", 1650, "accepted", "none"),
    ]
    for i, r in enumerate(s, 1):
        rows.append([i] + list(r))
    x = xlsx([("Sample BU", rows)])
    body = """Hi Sanne,

as requested for the GIA thematic review on disability claims, attached are the
six files from our sample with the key data points filled in. The scanned files
themselves are in the group audit SharePoint folder you set up (Albis/BU/2025-02).

Two points we noticed ourselves while preparing this:
- #5 was declined for non-disclosure; the decision letter went out without the
  mandatory information on the right to object - we are already fixing the template.
- #2 is a "limited" acceptance - please check against the group guideline, we read
  it as allowed.

Happy to walk you through on Thursday.

Best
Dennis

Dennis Wolters
Internal Audit, Albis Versicherungsgruppe
"""
    node = multi("mixed", [text(body, cte="7bit", charset="us-ascii"), att(x, CT_XLSX, "GIA_BU_sample_Albis.xlsx")], bnd(n))
    raw = build(n, WOLTERS, [DEKKER], "GIA thematic review DI claims - Albis sample", cet(2025, 2, 25, 17, 4, 33), node,
                style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "sample of disability claim files to group internal audit; names, birth dates, ICD diagnoses only in the XLSX; body harmless",
                raw)


@reg
def m025():
    n = 25
    ic = ics("pa-2025-03-albis-0019@albis-versicherung.example", "20250318T100000", "20250318T133000",
             "Prüfungsausschuss des Aufsichtsrats – Sitzung 1/2025",
             "Albis-Platz 1, Vorstandsetage, Raum Leine",
             "TOP 1 Bericht des Abschlussprüfers zum Jahresabschluss 2024\nTOP 2 Bericht der Konzernrevision (Jahresbericht 2024, Prüfungsplan 2025)\n"
             "TOP 3 Bericht der versicherungsmathematischen Funktion\nTOP 4 Rückversicherungsprogramm 2025\nTOP 5 Verschiedenes",
             organizer=KUEHNEL, attendees=[ALDENHOVEN, HERZBERG, MOELLENKAMP, VOSSBERG, WESSELS])
    body = """Sehr geehrte Damen und Herren,

im Auftrag von Herrn Prof. Dr. Jessen lade ich Sie zur Sitzung des Prüfungsausschusses
am 18. März 2025, 10:00 bis 13:30 Uhr, ein. Die Tagesordnung finden Sie im Termin.

Die Unterlagen werden bis 11. März im Gremienportal bereitgestellt.

Mit freundlichen Grüßen
Petra Kühnel
"""
    node = multi("mixed", [text(body), att(ic, "text/calendar", "Pruefungsausschuss_1-2025.ics", cte="base64", charset="utf-8")], bnd(n))
    raw = build(n, KUEHNEL, [ALDENHOVEN, HERZBERG, MOELLENKAMP, VOSSBERG, WESSELS], "Einladung: Prüfungsausschuss 1/2025 am 18.03.2025",
                cet(2025, 2, 4, 9, 0, 0), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: meeting invitation (ICS) for the audit committee, agenda only",
                raw)


@reg
def m026():
    n = 26
    body = """Sehr geehrter Herr Behrendt,

für die Saldenbestätigungen der Vermittlerkonten (Prüffeld "Abrechnungsforderungen
gegenüber Vermittlern") hier die von Ihnen gezogene Auswahl mit Anschriften. Die
Anschreiben gehen wie vereinbart von Ihnen direkt raus, Rückantwort an Sie.

Konto     Vermittler (Einzelunternehmen)          Anschrift                                   Saldo 31.12.2024
V-20417   Günter Habekost, Versicherungsbüro      Bahnhofstr. 12, 29664 Walsrode              -18.442,10 (Soll)
V-20960   Nadja Ritterbusch                       Marktplatz 3, 31582 Nienburg                  2.305,77 (Haben)
V-21388   Ercan Yıldız, Agentur Yıldız            Hildesheimer Str. 201, 30519 Hannover        -41.007,54 (Soll)
V-22014   Bärbel Thiemann                         Am Kirchberg 8, 37603 Holzminden               -612,30 (Soll)
V-22731   Sören Plenge, Generalagentur Plenge     Lange Str. 55, 32756 Detmold                 11.930,00 (Haben)

Bei Herrn Yıldız läuft wegen des Sollsaldos (Stornohaftung nach Bestandsabgang)
eine Ratenvereinbarung über 1.500 EUR monatlich; die Vereinbarung vom 14.10.2024
kann ich Ihnen im Datenraum ablegen. Bei Herrn Habekost ist die Forderung seit
November teilweise wertberichtigt (50 %).

Viele Grüße
Oliver Stammler
Bilanzierung / Nebenbuchhaltung
Albis Versicherungsgruppe
"""
    node = text(body, cte="quoted-printable")
    raw = build(n, STAMMLER, [BEHRENDT], "Saldenbestätigungen Vermittler – Auswahl und Anschriften",
                cet(2025, 1, 27, 11, 2, 19), node, cc=[KW_TEAM], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "agent account balances (commission debts, instalment plan, write-down) of named sole-trader agents with addresses, to the auditor",
                raw)


@reg
def m027():
    n = 27
    emp_iban = iban("DE", "25190001" + "0318840017")
    body = f"""Vertraulich – nur Vorstand Finanzen / Compliance

Sehr geehrter Herr Dr. Aldenhoven,
liebe Frau Reuter,

im Rahmen der Prüfung "Zahlungsverkehr Schaden Komposit" sind wir auf Auffälligkeiten
bei Auszahlungen gestoßen, die wir Ihnen vor der weiteren Aufklärung mitteilen müssen.

Zwischen 03/2023 und 11/2024 wurden aus elf Kleinschäden (Glas, Fahrrad, Hausrat unter
der Freigabegrenze von 2.500 EUR) Entschädigungen von zusammen 19.840 EUR nicht an die
Versicherungsnehmer, sondern auf das Konto {emp_iban} (Volksbank) überwiesen. Inhaber
dieses Kontos ist nach unserer Recherche Herr Kai-Uwe Lemförde, Sachbearbeiter im
Schadenservice Hannover (PersNr 14402). Die Bankverbindungen in den Schadenakten wurden
jeweils kurz vor der Zahlung von seiner Kennung geändert und danach zurückgesetzt.

Es besteht damit der Verdacht der Untreue bzw. des Betrugs (§§ 263, 266 StGB). Herr
Lemförde ist über die Prüfung nicht informiert. Wir empfehlen:
  1. sofortige Sperrung seiner Zahlungsberechtigungen (ohne Begründung gegenüber dem
     Team, "technische Umstellung"),
  2. Einbindung der Rechtsabteilung und des Betriebsrats gemäß BV Ermittlungen,
  3. Sicherung der Logdaten durch die IT-Revision (Frau Demirtaş),
  4. Prüfung der Strafanzeige und der Vertrauensschadenversicherung.

Bitte diese Mail nicht weiterleiten. Ich stehe heute ab 14 Uhr für ein Gespräch bereit.

Claudia Herzberg
Leiterin Konzernrevision
"""
    node = text(body)
    raw = build(n, HERZBERG, [ALDENHOVEN, REUTER], "[streng vertraulich] Sonderprüfung Zahlungsverkehr Schaden – Verdachtsfall",
                cet(2025, 3, 4, 11, 48, 2), node, style=1, mailer=OUTLOOK,
                extra=[("Sensitivity", "Company-Confidential"), ("Importance", "high")])
    return Mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "suspected criminal offence (embezzlement/fraud) by a named employee with personnel number and private IBAN; subject tag",
                raw)


@reg
def m028():
    n = 28
    body = """Hi Rory,

following our call, a short note on how we drew the claims samples for the
internal audit of claims payments, so you can decide whether to rely on our work
(ISA 610):

- Population: all claim payments booked 1 Jan - 30 Sep 2024 in KOMPAS and KLAS,
  excluding annuity instalments: 412,880 payments, EUR 611.4m.
- Method: monetary unit sampling, confidence 95%, tolerable misstatement EUR 6.1m
  (1% of population value), expected misstatement EUR 1.2m. That gives a sampling
  interval of EUR 3.32m and 184 sample items; every payment above the interval
  (27 items) was selected with certainty.
- Random start generated with the audit tool's seeded RNG (seed documented in
  working paper WP-03), selection reproducible.
- Results: 2 errors found, projected misstatement EUR 0.41m, upper misstatement
  limit EUR 3.9m - below tolerable misstatement.

For the health claims part we tested attributes (medical review performed, authority
limits, four-eyes) rather than amounts; 60 files, 3 deviations, see report KR-2024-07.

The working papers are available to you on site; we cannot send them by e-mail
because they reference individual files.

Best regards
Ralf

Ralf Tiedemann
Senior Auditor, Group Internal Audit Germany
Albis Versicherungsgruppe
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, TIEDEMANN, [MCKENNA], "Claims payments - sampling approach used by internal audit",
                cet(2025, 2, 7, 15, 26, 41), node, cc=[HERZBERG, PENROSE], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "insurer-to-partner",
                "trap: sampling methodology (MUS) for claims to the external auditor, only population figures",
                raw)


@reg
def m029():
    n = 29
    body = """Liebe Kolleginnen und Kollegen,

die Konzernrevision zieht am Freitag, 14. März, vom 2. OG in das 4. OG (Räume 4.110
bis 4.118) um. Am Freitag sind wir deshalb nur eingeschränkt erreichbar, Telefon-
nummern bleiben gleich.

Neu: Der Prüfungsraum für externe Prüfer (WP, BaFin-Sonderprüfer, Konzernrevision
Corvan) ist ab dann Raum 4.118. Schlüssel gibt es nur bei Herrn Tiedemann oder am
Empfang gegen Unterschrift. Akten mit Gesundheitsdaten dürfen den Raum nicht
verlassen, der Raum hat einen eigenen Aktenschrank mit Zahlenschloss.

Die Umzugskisten stehen ab Mittwoch im Flur. Bitte beschriften!

Viele Grüße
Ralf Tiedemann
"""
    node = text(body, flowed=True, cte="8bit")
    raw = build(n, TIEDEMANN, [ALLE], "Umzug Konzernrevision ins 4. OG – Prüfungsraum neu 4.118",
                cet(2025, 3, 10, 9, 3, 12), node, style=2, mailer=TBIRD)
    return Mail("NORMAL", "de", "internal",
                "trap: office move notice mentioning audit room rules for files with health data, no person",
                raw)


@reg
def m030():
    n = 30
    inner_body = """Dear Jonas,

thank you for the claim file on BU-2024-0311 (Mr Frank Ellerbrock, ceded under
SUR-L 2021/02, our share 60%). Before we can agree to the acceptance, our medical
team would need the following:

1. The full discharge report of the psychosomatic clinic (stay 3 June - 29 July
   2024). The summary mentions "F43.2 adjustment disorder" at admission and
   "F32.1 moderate depressive episode" at discharge - which one is the basis of
   your assessment?
2. The GP records for 2019-2021. The application from October 2020 answered the
   question on psychotherapy with "no", while the sick-leave history shows 6 weeks
   of "burnout" in spring 2020.
3. The current medication (we understand escitalopram 20 mg since August).

Given 2, we would like you to consider the non-disclosure route before accepting.

Kind regards
Erik Halvorsen
Claims Manager Life & Health, Meridian Re SE
"""
    inner = build(930, HALVORSEN, [PIETSCH], "BU-2024-0311 Ellerbrock - open questions",
                  utc_date(2025, 3, 5, 16, 2, 0, 1), text(inner_body, cte="quoted-printable"),
                  mid="<c7a1e0f3.20250305.halvorsen@meridian-re.example>")
    outer_body = """Hallo Katrin,

Meridian will bei Ellerbrock jetzt doch die Anzeigepflichtverletzung geprüft haben,
s. angehängte Mail. Punkt 2 ist tatsächlich ein Thema – magst du dir die
Krankheitstage aus 2020 nochmal anschauen? Die Unterlagen zu 1 und 3 kann ich ihnen
direkt schicken, wenn du einverstanden bist (Schweigepflichtentbindung deckt RV ab).

Gruß Jonas
"""
    node = multi("mixed", [text(outer_body), rfc822(inner, "BU-2024-0311 Ellerbrock - open questions.eml")], bnd(n))
    raw = build(n, PIETSCH, [SOBOTTA], "WG: BU-2024-0311 Ellerbrock - open questions",
                cet(2025, 3, 6, 8, 12, 7), node, style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "mixed", "partner",
                "reinsurer's medical questions (F43.2, F32.1, medication, psychotherapy) on a named BU claimant, in a forwarded message/rfc822",
                raw)


@reg
def m031():
    n = 31
    plain = """Hallo zusammen,

anbei die Ergebnisse der Sterblichkeitsanalyse Bestand Risiko-LV (Beobachtungs-
zeitraum 2020-2024) für die Abstimmung mit Nordkap über die neue Tarifgeneration.

Alter      Exposure (Jahre)   erwartet (AV 2024 T)   beobachtet   A/E
20-29           148.220              58                  49        84 %
30-39           402.915             221                 203        92 %
40-49           515.030             612                 571        93 %
50-59           388.412           1.104               1.061        96 %
60-69           121.887             902                 948       105 %
gesamt        1.576.464           2.897               2.832        98 %

2020/2021 sind durch COVID-19 leicht erhöht (A/E 104 % bzw. 102 %), ohne diese
Jahre liegt das Gesamt-A/E bei 95 %. Nichtraucher 88 %, Raucher 131 %.

Fazit: Die Tafel trägt; für die 60-69-Jährigen würde ich den Selektionsabschlag
nicht weiter erhöhen.

Priya
"""
    html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hallo zusammen,</p>
<p>anbei die Ergebnisse der Sterblichkeitsanalyse Bestand Risiko-LV (Beobachtungszeitraum 2020&ndash;2024)
f&uuml;r die Abstimmung mit Nordkap &uuml;ber die neue Tarifgeneration.</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#dde"><th>Alter</th><th>Exposure (Jahre)</th><th>erwartet (AV 2024 T)</th><th>beobachtet</th><th>A/E</th></tr>
<tr><td>20&ndash;29</td><td align="right">148.220</td><td align="right">58</td><td align="right">49</td><td align="right">84 %</td></tr>
<tr><td>30&ndash;39</td><td align="right">402.915</td><td align="right">221</td><td align="right">203</td><td align="right">92 %</td></tr>
<tr><td>40&ndash;49</td><td align="right">515.030</td><td align="right">612</td><td align="right">571</td><td align="right">93 %</td></tr>
<tr><td>50&ndash;59</td><td align="right">388.412</td><td align="right">1.104</td><td align="right">1.061</td><td align="right">96 %</td></tr>
<tr><td>60&ndash;69</td><td align="right">121.887</td><td align="right">902</td><td align="right">948</td><td align="right">105 %</td></tr>
<tr><td><b>gesamt</b></td><td align="right"><b>1.576.464</b></td><td align="right"><b>2.897</b></td><td align="right"><b>2.832</b></td><td align="right"><b>98 %</b></td></tr>
</table>
<p>2020/2021 sind durch COVID-19 leicht erh&ouml;ht (A/E 104&nbsp;% bzw. 102&nbsp;%), ohne diese Jahre liegt das
Gesamt-A/E bei 95&nbsp;%. Nichtraucher 88&nbsp;%, Raucher 131&nbsp;%.</p>
<p>Fazit: Die Tafel tr&auml;gt; f&uuml;r die 60&ndash;69-J&auml;hrigen w&uuml;rde ich den Selektionsabschlag nicht weiter erh&ouml;hen.</p>
<p>Priya</p></body></html>
"""
    node = alt(n, plain, html)
    raw = build(n, NATARAJAN, [MOELLENKAMP, HOFFSTEDT, PIETSCH], "Sterblichkeitsanalyse Risiko-LV 2020-2024 (A/E)",
                cet(2025, 3, 12, 17, 55, 0), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: mortality experience study, actual vs expected by age band, aggregate only",
                raw)


@reg
def m032():
    n = 32
    body = """Dear Camille,

we are looking for facultative support on a household contents risk that exceeds our
net retention and the per risk XL limit:

Insured:          Dr. Roswitha von Alvensleben-Haake (private individual)
Risk address:     Villa Haake, Kaiserallee 14, 30175 Hannover
Cover:            household contents incl. valuables, all risks, new value
Total sum insured EUR 9.4m, of which
                  - paintings (German Expressionism, 23 works)   EUR 6.8m
                  - jewellery and watches                         EUR 0.9m
                  - furniture, carpets, silver                    EUR 1.7m
Protections:      VdS class C intruder alarm with connection to a security
                  company, safe VdS class III, fire detection in all rooms,
                  paintings individually secured
Losses:           none in the last 10 years

We retain EUR 2m and would like to cede EUR 7.4m (78.7%) facultatively,
premium rate 1.15 per mille gross, 20% commission.

The valuation certificates (2023, Auktionshaus Lemberg) can be provided on request.
As the client is very concerned about discretion, please keep the circle of people
involved to a minimum.

Best regards
Uwe Marquardt
Underwriting Property / Facultative
Albis Allgemeine Versicherung AG
"""
    node = text(body)
    raw = build(n, MARQUARDT, [DURAND], "Fac offer - household contents / fine art EUR 9.4m, Hannover",
                cet(2025, 3, 17, 10, 22, 50), node, style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "facultative placement: named private collector, home address, sums insured for art and jewellery, security details",
                raw)


@reg
def m033():
    n = 33
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Zur Info f&uuml;r das Team &ndash; der Beitrag zu Stichproben in der Leistungspr&uuml;fung passt gut zu unserem Q3-Thema. C.H.</p>
<div style="border-top:2px solid #8a1c1c;margin-top:10px">
<h2 style="color:#8a1c1c">Forum Interne Revision &ndash; Newsletter M&auml;rz 2025</h2>
<h3>Stichproben in der Leistungspr&uuml;fung: Wie viele Akten sind genug?</h3>
<p>Bei Attributpr&uuml;fungen (z.&nbsp;B. &bdquo;Schweigepflichtentbindung liegt vor&ldquo;, &bdquo;Vier-Augen-Freigabe dokumentiert&ldquo;)
gen&uuml;gen bei einer erwarteten Fehlerquote von 1&nbsp;% und einer tolerierbaren Quote von 5&nbsp;% rund 93 Akten
(Konfidenz 95&nbsp;%). Wer mit 60 Akten arbeitet, sollte das im Bericht begr&uuml;nden.</p>
<h3>Gesundheitsdaten in Arbeitspapieren</h3>
<p>Arbeitspapiere sollen keine Diagnosen enthalten. Empfehlung des Arbeitskreises Versicherungen:
Verweis auf Aktenzeichen, Feststellung abstrakt formulieren (&bdquo;medizinische Pr&uuml;fung nicht dokumentiert&ldquo;),
Aufbewahrung der Kopien nur im gesicherten Pr&uuml;fungsarchiv.</p>
<h3>Termine</h3>
<ul><li>08.04.2025 Online-Seminar &bdquo;DORA f&uuml;r Revisoren&ldquo;</li>
<li>15.&ndash;16.05.2025 Arbeitskreis Versicherungen, Frankfurt</li></ul>
<p style="font-size:8pt;color:#666">Sie erhalten diesen Newsletter als Mitglied des Forum Interne Revision e.V.
<a href="https://www.forum-ir.example/abmelden">Abmelden</a></p>
</div></body></html>
"""
    node = text(html, subtype="html", cte="quoted-printable")
    raw = build(n, HERZBERG, [WOLTERS, DEMIRTAS, TIEDEMANN], "WG: Newsletter Forum Interne Revision 03/2025",
                cet(2025, 3, 18, 7, 44, 0), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "newsletter",
                "trap: HTML-only audit newsletter about sample sizes and health data in working papers, no person",
                raw)


@reg
def m034():
    n = 34
    body = """Sehr geehrte Frau Kowalczyk,

zum Todesfall LV-4471-188054 möchten wir Sie vor unserer Entscheidung einbinden
(Anteil Nordkap 40 %, Versicherungssumme 400.000 EUR).

Versicherte Person war Herr Dominik Schaper, geb. 19.08.1987, verstorben am
02.02.2025. Laut Todesbescheinigung und Mitteilung der Kriminalpolizei Celle
handelt es sich um einen Suizid. Der Vertrag wurde am 01.05.2022 abgeschlossen,
die Karenzzeit nach § 161 VVG (drei Jahre) war damit noch nicht abgelaufen.

Die Witwe, Frau Melanie Schaper (Bezugsberechtigte), hat über ihren Anwalt eine
Bescheinigung des behandelnden Psychiaters vorgelegt: Herr Schaper war seit
Herbst 2024 wegen einer schweren depressiven Episode mit psychotischen
Symptomen (F32.3) in Behandlung. Der Anwalt macht geltend, die Tat sei in einem
die freie Willensbestimmung ausschließenden Zustand begangen worden, so dass der
Leistungsausschluss nicht greife.

Unsere Rechtsabteilung hält das für gut vertretbar; wir würden leisten. Bitte
teilen Sie uns bis 21.03. mit, ob Sie sich anschließen.

Mit freundlichen Grüßen
Katrin Sobotta
Leistung Leben / BU
"""
    node = text(body, cte="base64")
    raw = build(n, SOBOTTA, [KOWALCZYK], "LV-4471-188054 – Todesfall innerhalb Karenzzeit, Abstimmung",
                cet(2025, 3, 11, 14, 5, 33), node, cc=[PIETSCH], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                "life claim to reinsurer: named deceased, birth date, suicide, psychiatric diagnosis F32.3; body is base64-encoded",
                raw)


@reg
def m035():
    n = 35
    body = """Sehr geehrter Herr Dr. Brenner,

in der Sache Schwietering ./. Albis Allgemeine (LG Hannover, Az. 8 O 114/25) übersende
ich Ihnen die Eckdaten für die Klageerwiderung; die vollständige Schadenakte erhalten Sie
über das Anwaltsportal.

Kläger:          Herr Friedhelm Schwietering, Im Bruche 6, 31848 Bad Münder
Vertrag:         Wohngebäude WG-116-88320 (ohne Elementar)
Schaden:         S-24-0612718, Wasser im Keller und EG nach Starkregen 01./02.06.2024
Forderung:       87.450 EUR nebst Zinsen
Unsere Position: kein versicherter Leitungswasser-/Rückstauschaden, sondern
                 Oberflächenwasser (Überschwemmung), Elementar wurde 2019 auf Wunsch des
                 Klägers ausgeschlossen (Beratungsprotokoll liegt vor, unterschrieben).

Der Kläger trägt vor, der Vermittler habe ihm 2019 gesagt, "Rückstau sei trotzdem
drin". Der Vermittler (Agentur Plenge) bestreitet das. Das Gutachten Sachverständigen-
büro Tölke stützt unsere Sicht (Wasser drang über die Lichtschächte ein).

Wir bitten um Vorschlag, ob ein Vergleich in Höhe der Kosten des Rückstauanteils
(ca. 6.000 EUR) sinnvoll wäre. Frist zur Klageerwiderung: 02.05.2025.

Mit freundlichen Grüßen
Michael Grabowski
Großschaden / Rechtsstreitigkeiten Komposit
"""
    node = text(body)
    raw = build(n, GRABOWSKI, [BRENNER], "Schwietering ./. Albis Allgemeine – 8 O 114/25 LG Hannover",
                cet(2025, 4, 3, 10, 8, 29), node, style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
                "litigation on a building claim: named claimant, address, policy/claim numbers, amount; no health",
                raw)


@reg
def m036():
    n = 36
    d = docx([("h", "LARGE LOSS NOTIFICATION – TEMPLATE (v3, 2025)"),
              "To: «Reinsurer» – «Claims contact»",
              "Treaty: «Treaty reference» / Layer «Layer» / Share «Share %»",
              ("table", [["Field", "Entry"],
                         ["Claim reference", "«Claim no.»"],
                         ["Policy number", "«Policy no.»"],
                         ["Line of business", "«LoB»"],
                         ["Insured / policyholder", "«Name» – for life, health and accident: initials and year of birth only"],
                         ["Date of loss / notification", "«DD.MM.YYYY» / «DD.MM.YYYY»"],
                         ["Cause of loss", "«short description – no diagnosis in the first notification»"],
                         ["Gross incurred (paid + reserve)", "«EUR»"],
                         ["Recovery prospects", "«yes/no, against whom»"],
                         ["Next steps", "«text»"]]),
              "Medical documents are NOT attached to this notification. They are provided on request via the "
              "reinsurance portal only, on the basis of the policyholder's consent / § 213 VVG declaration.",
              "Contact: «Name», Reinsurance department, «phone»"],
             author="Albis Rückversicherung", title="Large loss notification template")
    body = """Hi all,

attached is the revised template for large loss notifications to our reinsurers.
Changes vs. v2:
  - for personal lines only initials + year of birth in the first notification
  - no diagnosis in the first notification, medical details only via the portal
  - new field "recovery prospects"

Please use it from 1 April onwards; the old version will be removed from the
intranet. Questions to me or Jonas.

Thanks
Henrike
"""
    node = multi("mixed", [text(body, cte="7bit", charset="us-ascii"),
                           att(d, CT_DOCX, "Large_Loss_Notification_Template_v3.docx")], bnd(n))
    raw = build(n, VOSSBERG, [PIETSCH, KRANEPUHL, GRABOWSKI, SOBOTTA, YILMAZ, HOLLERBACH],
                "New template: large loss notification to reinsurers (v3)", cet(2025, 3, 21, 12, 30, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "internal",
                "trap: large-loss notification template with «placeholders» and rules on medical data, no person",
                raw)


@reg
def m037():
    n = 37
    body = """Hallo Jonas,

ich brauche eure Einschätzung, ob wir den folgenden Antrag überhaupt an Nordkap
geben dürfen bzw. müssen – Summe liegt über unserem Selbstbehalt.

Antrag 2025-L-00871, Risikoleben 450.000 EUR, Antragstellerin Verena Köhnemann,
geb. 11.01.1990, Architektin.

In der Familienanamnese steht: Vater an Chorea Huntington erkrankt (Diagnose mit
52, verstorben mit 61). Frau Köhnemann hat von sich aus den Befund einer
prädiktiven genetischen Untersuchung beigelegt (Humangenetik Göttingen, 2023):
CAG-Repeat-Länge 17/19, also unauffällig – sie trägt die Mutation nicht.

Nach GenDG § 18 dürfen wir bei Leistung über 300.000 EUR das Ergebnis verwenden,
wenn es vorgelegt wird – hier zu ihren Gunsten. Ohne den Befund würden wir
zurückstellen. Ich würde normal annehmen, möchte aber, dass Nordkap das
mitträgt, weil der Befund in die Risikoprüfung einfließt.

Kannst du das mit Dr. Sallwitz klären? Die Unterlagen liegen im UW-Workflow.

Danke
Lea
"""
    node = text(body, cte="8bit", flowed=True)
    raw = build(n, HOFFSTEDT, [PIETSCH], "Antrag 2025-L-00871 – Gentest vorgelegt, RV-Abstimmung?",
                cet(2025, 4, 7, 9, 40, 12), node, style=2, mailer=TBIRD)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "life underwriting: named applicant, birth date, parent's Huntington's disease, predictive genetic test result",
                raw)


@reg
def m038():
    n = 38
    body = """Dear Meridian underwriting team,

we are reviewing our underwriting manual for the 2026 product generation and would
like to align a few ratings with your manual v14.2 before we print:

1. Type 2 diabetes, non-insulin, HbA1c < 7.0%, no complications: you rate +50%
   for ages 40-49 and +25% for 50-59 - is the lower rating at older ages correct?
2. Sleep apnoea treated with CPAP and good compliance: standard or +25%?
3. Breast cancer, stage I, 5 years after end of treatment: we would like to offer
   standard rates with a 3-year exclusion of the same cancer in critical illness.
4. Depression: single episode, no hospitalisation, > 2 years without treatment -
   standard for term life, +50% for disability?
5. BMI tables: do you still load at BMI 35+ if the applicant is on GLP-1 medication
   and the pre-treatment BMI was above 40?

No specific cases behind this - it is purely for the manual. A call in the week of
12 May would be ideal.

Kind regards
Lea Hoffstedt
Head of Life Underwriting
Albis Lebensversicherung AG
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, HOFFSTEDT, [MR_UW], "Underwriting manual 2026 - alignment of selected ratings",
                cet(2025, 4, 24, 13, 15, 0), node, cc=[PIETSCH], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "insurer-to-partner",
                "trap: general underwriting manual questions full of diagnoses (diabetes, cancer, depression), explicitly no specific case",
                raw)


@reg
def m039():
    n = 39
    rows = [["Claim ref", "LoB", "Policyholder", "Type", "Date of loss", "Paid EUR", "Case reserve EUR", "RI recoverable EUR", "Treaty"]]
    data = [
        ("S-23-0880122", "Commercial fire", "Weserstahl Umformtechnik AG", "company", "2023-09-14", 3120000, 1480000, 2600000, "PR-XL 2023"),
        ("S-24-0391450", "Commercial fire", "Spedition Kämmerer GmbH & Co. KG", "company", "2024-05-02", 2870000, 410000, 1280000, "PR-XL 2024"),
        ("S-24-0612290", "Buildings (flood)", "Elfriede Brinkhege", "private", "2024-06-01", 204117, 40000, 0, "CAT-XL 2024"),
        ("S-24-0612388", "Buildings (flood)", "Ingo Fahrenholz", "private", "2024-06-02", 151002, 25000, 0, "CAT-XL 2024"),
        ("S-24-0801766", "Buildings (storm)", "Hof Meinecke, Inh. Carsten Meinecke", "sole trader", "2024-08-19", 266400, 60000, 0, "-"),
        ("S-25-0004112", "Buildings (fire)", "Detlef und Annegret Hartwig", "private", "2025-01-04", 180000, 1240000, 0, "PR-XL 2024"),
    ]
    for r in data:
        rows.append(list(r))
    x = xlsx([("Open claims > 250k", rows), ("Notes", [["Property lines only (no bodily injury). Motor and liability listing follows separately."]])])
    body = """Dear Hannah,

item 3 of the PBC list, property part: attached are all open property claims with an
incurred amount above EUR 250k at 31 December 2024. Please note the list shows
policyholder names because our claims system does not allow an export without them;
please handle accordingly. The motor and liability list follows on Monday.

Best regards
Michael Grabowski
Large Losses P&C, Albis Allgemeine Versicherung AG
"""
    node = multi("mixed", [text(body, cte="7bit", charset="us-ascii"), att(x, CT_XLSX, "PBC_03_open_claims_property_250k.xlsx")], bnd(n))
    raw = build(n, GRABOWSKI, [PENROSE], "PBC item 3 - open claims > EUR 250k (property)", cet(2025, 2, 19, 16, 58, 21), node,
                cc=[STAMMLER], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "open large claims list to group auditor with private and sole-trader policyholder names, claim numbers, amounts in the XLSX",
                raw)


@reg
def m040():
    n = 40
    body = """Liebe Kolleginnen und Kollegen,

nach 38 Jahren bei Albis geht unser Kollege Hartmut Wendeborn Ende April in den
Ruhestand. Hartmut hat die Sterbetafeln noch mit Lochkarten ausgewertet und uns allen
beigebracht, dass man einer Zahl ohne Konfidenzintervall nicht traut.

Wir verabschieden ihn am Mittwoch, 30. April, ab 15:30 Uhr in der Cafeteria im EG.
Für ein gemeinsames Geschenk sammelt Frau Kühnel bis zum 25. April (Umschlag liegt
in Raum 3.204).

Bitte gebt kurz Bescheid, ob ihr kommt – wegen Kuchen und Sekt.

Viele Grüße
Fabian Möllenkamp
"""
    node = text(body, cte="quoted-printable")
    raw = build(n, MOELLENKAMP, [("Aktuariat alle", "aktuariat" + A), RV_POSTFACH, REVISION], "Abschied Hartmut Wendeborn am 30.04.",
                cet(2025, 4, 14, 12, 2, 0), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: farewell announcement for a retiring colleague, no sensitive data",
                raw)


@reg
def m041():
    n = 41
    body = """Dear James,

notification under the Travel XL 2025 (EUR 250k xs 100k), claim ref. RK-2025-01877.

Insured: Mr Hans-Joachim Brüning, born 1952, annual travel policy AR-550-20471.
On 9 March, while on holiday in Krabi, Thailand, Mr Brüning suffered an ischaemic
stroke (left MCA) with right-sided hemiparesis and aphasia. He was treated with
thrombolysis at Bangkok Hospital Phuket and was stable enough for transport on
16 March.

Repatriation by air ambulance (Learjet, medical crew incl. neurologist) Phuket -
Hannover on 18 March, directly to the stroke unit of Klinikum Nordstadt.

Costs so far:
  hospital Phuket (7 days ICU/stroke unit)   THB 1,986,000  = EUR 53,420
  air ambulance                                              EUR 118,500
  accompanying spouse (flight, hotel)                        EUR   4,880
  total                                                      EUR 176,800

We expect no further costs under the travel policy, as post-repatriation treatment
is covered by his German health insurer. Your share is therefore approx. EUR 76,800.

Medical reports are available on request.

Best regards
Tobias Kranepuhl
"""
    node = text(body)
    raw = build(n, KRANEPUHL, [WHITCOMBE], "Travel XL 2025 - RK-2025-01877 - repatriation Thailand",
                cet(2025, 3, 27, 11, 33, 18), node, style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "travel health large loss to reinsurer: named insured, year of birth, stroke, hemiparesis, treatment and repatriation",
                raw)


@reg
def m042():
    n = 42
    rows = []
    cases = [
        ("Hausrat HR-229-40415", "Jutta Mannel", "Erstattung Beitrag", iban("DE", "25050180" + "0012734451"), iban("DE", "12030000" + "1022837461"), "Telefon, kein Rückruf"),
        ("Kfz K-24-1130882", "Robert Dziedzic", "Kaskoentschädigung", iban("DE", "20041111" + "0548721000"), iban("DE", "50010517" + "5407324931"), "E-Mail ohne Signatur"),
        ("Glas GL-771-0188", "Anneliese Korte", "Schadenzahlung", iban("DE", "25190001" + "0605188300"), iban("DE", "25050180" + "0900883127"), "schriftlich, OK"),
        ("Fahrrad FR-33-91210", "Luca Benassi", "Schadenzahlung", iban("DE", "76050101" + "0011223344"), iban("DE", "10010010" + "0977412350"), "Telefon, Rückruf dokumentiert"),
    ]
    lines = []
    for i, (v, name, art, old, new, weg) in enumerate(cases, 1):
        lines.append(f"{i}. {v} – {name} – {art}\n   alt: {grp(old)}\n   neu: {grp(new)}\n   Änderungsweg: {weg}")
    body = """Hallo Aylin,

hier die vier Fälle aus der Stichprobe "Änderung Bankverbindung vor Auszahlung", bei
denen die Legitimationsprüfung aus unserer Sicht nicht ausreichend dokumentiert ist
(Anforderung: Rückruf unter hinterlegter Nummer oder schriftlicher Auftrag).

""" + "\n\n".join(lines) + """

Bei Nr. 2 ist das neue Konto ein Konto bei einer Direktbank, auf das innerhalb von
zwei Wochen auch eine Zahlung aus einem zweiten Vertrag geflossen ist – das schauen
wir uns noch genauer an. Die übrigen Fälle sind vermutlich nur Dokumentationsmängel.

Gruß
Ralf Tiedemann
"""
    node = text(body, charset="windows-1252", cte="quoted-printable")
    raw = build(n, TIEDEMANN, [DEMIRTAS], "Stichprobe Bankverbindungsänderungen – 4 Fälle offen",
                cet(2025, 4, 9, 15, 10, 48), node, charset="windows-1252", style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "internal",
                "internal audit test of bank detail changes: named customers with old and new IBANs and contract numbers (non-personal lines)",
                raw)


@reg
def m043():
    n = 43
    body = """Dear James, dear Fiona,

thank you for hosting us for the 2026 renewal discussions. As agreed, here is our
proposed agenda for 9 October in London (Kestrel offices, 10:00-16:00):

10:00  Welcome, market update (Kestrel)
10:30  Albis P&C results 2025 YTD and outlook (Vossberg)
11:15  Nat cat: flood 2024 recoveries closed, modelling update, vendor model change
12:15  Lunch
13:15  Motor liability XL: inflation of large bodily injury claims, indexation clause
14:15  Personal accident XL: experience 2019-2025 (anonymised large loss list
       will be sent two weeks before)
15:15  Wording topics: cyber exclusion, sanctions clause, communicable disease
16:00  Close

Attendees from Albis: Dr. Henrike Vossberg, Tobias Kranepuhl, Uwe Marquardt.
Daniel Okafor from Hollins Marr will join.

We arrive on 8 October (LH 2440 to LHR) and stay at the hotel near Fenchurch Street
you recommended. Dinner on the 8th would be lovely if your schedule allows.

Best regards
Henrike
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, VOSSBERG, [WHITCOMBE, GALLAGHER], "2026 renewal meeting London 9 October - agenda",
                cet(2025, 9, 3, 10, 0, 14), node, cc=[KRANEPUHL, MARQUARDT, OKAFOR], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "insurer-to-partner",
                "trap: renewal meeting agenda mentioning bodily injury and large losses in general, travel plans of staff only",
                raw)


@reg
def m044():
    n = 44
    body = """Dear Fiona,

we have to notify the following loss under MTPL-XL 2024 (EUR unlimited xs 2.5m),
even though we currently do not expect to reach the priority on property alone:

Claim ref.:   KH-24-2204417
Policy:       fleet policy FL-4410-0082, Nordheide Transporte GmbH (32 vehicles)
Date:         28 November 2024, 03:40
Location:     Raststätte Allertal Ost, A7
Driver:       Mr Wojciech Zielinski, employee of the policyholder, licence since 1998
What happened: the articulated lorry (tank trailer, diesel) left the carriageway
              in the service area, hit the canopy of the filling station and came to
              a standstill against the fuel pumps. Fire brigade, no fire. Nobody was
              injured; the filling station was closed at the time.
Damage:       canopy and 8 pumps destroyed, soil contamination (approx. 9,000 l
              diesel), clean-up under order of the water authority, business
              interruption of the filling station operator.
Reserve:      EUR 2.1m (of which environmental clean-up EUR 1.2m)

The police found no indication of alcohol or drugs and assume that the driver
misjudged the exit lane at excessive speed. He has been with the company for 11
years without any previous claims. The policyholder's
fleet manager, Ms Gesine Brockmann, is cooperating fully.

We will keep you updated as soon as the remediation estimate is available.

Kind regards
Michael Grabowski
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, GRABOWSKI, [GALLAGHER], "MTPL-XL 2024 - precautionary notice KH-24-2204417 (filling station)",
                cet(2024, 12, 4, 14, 20, 0), node, cc=[KRANEPUHL], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "motor large-loss notice: named driver and fleet manager, policy and claim numbers, 'no indication of alcohol'; nobody injured",
                raw)


@reg
def m045():
    n = 45
    body = """Hi Fabian, hi Henrike,

results of the ORSA 2025 pandemic scenario for the life book (mass lapse and
expense shocks excluded, pure mortality):

Scenario: 1-in-200 pandemic, +1.5 per mille absolute mortality shock in year 1 for
all ages (standard formula calibration), plus our own variant with age-dependent
shock (x3 for ages 70+, x0.5 for ages < 40, calibrated to COVID-19 wave 2).

                          SF shock     own variant
Gross claims year 1       EUR 96.4m    EUR 71.8m
RI recoveries (QA+SUR)    EUR 41.2m    EUR 30.9m
Net claims                EUR 55.2m    EUR 40.9m
Impact on own funds       EUR -38.6m   EUR -28.6m
SCR ratio after shock     171%         179%   (base 198%)

Observations:
- The quota share absorbs roughly 43% of the shock, as expected.
- The surplus treaty helps little because large sums assured are concentrated in
  younger ages.
- Counterparty exposure to Nordkap after the shock: EUR 38m recoverables - still
  within the limit set in the RI policy.

Draft chapter for the ORSA report follows on Friday.

Priya
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, NATARAJAN, [MOELLENKAMP, VOSSBERG], "ORSA 2025 - pandemic scenario results (life)",
                cet(2025, 5, 6, 18, 12, 39), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "internal",
                "trap: ORSA pandemic mortality scenario with portfolio figures only",
                raw)


@reg
def m046():
    n = 46
    rows = [["Lfd", "Versicherungsnummer", "Versicherte Person", "geb.", "Rechnungsdatum", "Leistungserbringer", "Diagnose", "GOÄ/OPS", "Betrag EUR", "erstattet EUR"]]
    rs = [
        ("KV 88 012 004", "Wilfried Ostendorf", "1958-02-11", "2024-03-04", "Dr. med. Seiler, Kardiologie", "I48.0 Vorhofflimmern", "GOÄ 651, 652, 424", "512,44", "512,44"),
        ("KV 88 033 981", "Charlotte Eikenberg", "1996-07-23", "2024-05-17", "Praxis für Psychotherapie Lüders", "F41.1 Generalisierte Angststörung", "GOÄ 870 x 12", "1.624,56", "1.624,56"),
        ("KV 88 047 560", "Jürgen Maschmeyer", "1949-10-30", "2024-06-12", "Klinikum Region Hannover", "C61 Prostatakarzinom", "OPS 5-604.02", "14.880,20", "14.880,20"),
        ("KV 88 061 337", "Ayşe Korkmaz", "1983-12-05", "2024-08-01", "Zahnarztpraxis Dr. Frerichs", "K05.3 Parodontitis", "GOZ 4070, 4075", "1.210,00", "968,00"),
        ("KV 88 090 118", "Finn Lüdecke", "2016-04-18", "2024-09-20", "Kinderarztpraxis am Lister Platz", "J45.0 Asthma bronchiale", "GOÄ 1, 5, 605", "96,35", "96,35"),
    ]
    for i, r in enumerate(rs, 1):
        rows.append([str(i)] + list(r))
    c = csvbytes(rows, delim=";", encoding="utf-8", bom=True)
    p = pdf([[("H", "Prüfungsnotiz Stichprobe KV-2024 Nr. 3"),
              "Versicherte: Jürgen Maschmeyer, KV 88 047 560",
              "Stationärer Aufenthalt 10.06.–14.06.2024, radikale Prostatektomie",
              "Wahlleistung Chefarzt und Einbettzimmer lt. Tarif versichert",
              "Rechnung geprüft durch Dienstleister MedAudit, Kürzung 0,00 EUR",
              "Ergebnis: ohne Feststellung"]], title="Prüfungsnotiz 3", author="Kranken-Leistung")
    z = zipbytes([("Stichprobe_KV_2024/Liste.csv", c), ("Stichprobe_KV_2024/Notiz_Nr3.pdf", p)], date_time=(2025, 2, 21, 9, 30, 0))
    body = """Sehr geehrter Herr Behrendt,

anbei die Stichprobe Krankheitskosten (Ihre Anforderung Nr. 17) als passwortgeschütztes
Archiv. Das Passwort sende ich Ihnen per SMS.

Mit freundlichen Grüßen
Bernd Hollerbach
Leistung Kranken
"""
    node = multi("mixed", [text(body), att(z, "application/zip", "Anforderung17_Stichprobe_KV.zip")], bnd(n))
    raw = build(n, HOLLERBACH, [BEHRENDT], "Anforderung 17", cet(2025, 2, 21, 9, 41, 0), node, style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                "auditor sample of health claims: names, birth dates, diagnoses, GOÄ/OPS only inside a ZIP (CSV+PDF); body harmless",
                raw)


@reg
def m047():
    n = 47
    o = odt([("h", "Protokoll Datenschutz-Jour-fixe Rückversicherung 2/2025"),
             "Datum: 10.04.2025, 14:00–15:15 Uhr, Raum 3.101",
             "Teilnehmende: Dr. Lamprecht (DSB), Dr. Vossberg, Pietsch, Herzberg, Reuter",
             ("h", "TOP 1 Übermittlung von Gesundheitsdaten an Rückversicherer"),
             "Rechtsgrundlage ist § 213 VVG bzw. die Einwilligung/Schweigepflichtentbindung im Antrag; die "
             "Verhaltensregeln (Code of Conduct) der Versicherungswirtschaft Art. 9 gelten. Pseudonymisierung ist "
             "bei Einzelfallanfragen zur Risikoprüfung nicht immer möglich; bei Statistiken und Bordereaux ist sie Pflicht.",
             "Beschluss: Erstmeldungen von Großschäden enthalten in Personenversicherung nur Initialen und Geburtsjahr "
             "(Vorlage v3 ab 01.04.2025).",
             ("h", "TOP 2 Kleine Zellen in Auswertungen"),
             "Mindestzellgröße 5 für alle Auswertungen an Arbeitgeber, Rückversicherer und Konzern. Zellen darunter "
             "werden zusammengefasst; Diagnosen nur auf Kapitelebene.",
             ("h", "TOP 3 Prüfungsräume und Datenraum WP"),
             "Der Datenraum für die Abschlussprüfer wird auf Lesezugriff ohne Download umgestellt. Stichprobenakten "
             "Kranken/Leben nur im Prüfungsraum 4.118.",
             ("h", "TOP 4 Verschiedenes"),
             "Nächster Termin: 10.07.2025."])
    body = """Hallo zusammen,

anbei das Protokoll vom Donnerstag. Korrekturen bitte bis Ende der Woche.

Viele Grüße
Ute Lamprecht
"""
    node = multi("mixed", [text(body), att(o, CT_ODT, "Protokoll_DS-JF_RV_2-2025.odt")], bnd(n))
    raw = build(n, LAMPRECHT, [VOSSBERG, PIETSCH, HERZBERG, REUTER], "Protokoll Datenschutz-Jour-fixe RV 2/2025",
                cet(2025, 4, 14, 8, 30, 0), node, style=2, mailer=TBIRD)
    return Mail("NORMAL", "de", "internal",
                "trap: data protection minutes about transferring health data to reinsurers (ODT), no person",
                raw)


@reg
def m048():
    n = 48
    body = """Hallo Frau Kaya,

bitte buchen Sie für die Group-Audit-Woche in Rotterdam (Corvan Head Office) für zwei
Personen Flug und Hotel, Daten der Reisenden unten. Die Buchungsbestätigung vom
Hotel (englisch) hänge ich unten dran, das Zimmerkontingent ist schon reserviert,
es fehlen nur noch Namen und Ausweisdaten für die Anmeldung.

1) Dennis Wolters, geb. 21.02.1986, Personalausweis L01X9R7T4, gültig bis 08/2031
2) Aylin Demirtaş, geb. 30.09.1991, Reisepass C4J7M2K90, gültig bis 03/2029

Flüge HAJ–AMS am Sonntag, 18.05. abends, zurück Freitag, 23.05. nachmittags.
Kostenstelle 4710 (Konzernrevision), Genehmigung Frau Herzberg liegt vor.

Danke und Gruß
Dennis Wolters

> Dear guest,
> we are pleased to confirm the following group block for Corvan Insurance Group:
> Hotel New Maas, Wilhelminakade 71, Rotterdam
> 2 single rooms, arrival 18 May 2025, departure 23 May 2025
> Corporate rate EUR 164.00 per night incl. breakfast
> Please provide guest names, dates of birth and passport/ID numbers for the
> mandatory guest registration at least 72 hours before arrival.
> Kind regards, Reservations Team
"""
    node = text(body)
    raw = build(n, WOLTERS, [("Reisestelle Kaya", "reisestelle@reisebuero-lister.example")], "Buchung Rotterdam 18.–23.05. – Wolters/Demirtaş",
                cet(2025, 4, 28, 10, 52, 0), node, style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "mixed", "insurer-to-supplier",
                "travel booking for two employees with birth dates and ID/passport numbers; German mail quoting an English hotel confirmation",
                raw)


@reg
def m049():
    n = 49
    body = """Hallo Lukas,

für die Einzelreservierung Unfall zum 30.06. bitte folgenden Fall neu aufnehmen:

UF-2025-00212, Kinderunfallversicherung KU-88-40217, versichertes Kind Lina
Strüßmann, 6 Jahre. Am 19.04. Verbrühung mit heißem Wasser aus dem Wasserkocher,
zweit- bis drittgradige Verbrennungen an Brust, Hals und rechtem Arm, ca. 18 % KOF.
Behandlung im Zentrum für Schwerbrandverletzte Kinder in Hannover, bisher drei
Hauttransplantationen, voraussichtlich Narbenkorrekturen über Jahre.

Grundsumme 100.000 EUR, Progression 350 %, Kinder-Unfallrente 500 EUR mtl.
Wir gehen nach Rücksprache mit dem Beratungsarzt von einer Invalidität von
ca. 30 % aus (Funktionseinschränkung Arm/Schulter, Entstellung). Reserve daher:

  Invaliditätsleistung     30.000 EUR (noch keine Progression, < 25 % Schwelle nicht sicher)
  Krankenhaustagegeld       4.650 EUR
  Kosmetische Operationen  10.000 EUR
  gesamt                   44.650 EUR

Rente würde erst ab 50 % greifen, daher keine Rentenreserve.

Gruß
Serkan
"""
    node = text(body, cte="quoted-printable")
    raw = build(n, YILMAZ, [EBBINGHAUS], "Einzelreserve Unfall – neuer Fall UF-2025-00212", cet(2025, 5, 2, 13, 31, 6), node,
                style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "accident reserve for a named 6-year-old: burn injuries, transplants, expected disability degree",
                raw)


@reg
def m050():
    n = 50
    body = """Sehr geehrte Damen und Herren,

wir bestellen für die Abteilungen Leistung Kranken und Leistung Leben/BU
(Kostenstelle 4320, Bestellnummer 4500188304):

  4x  ICD-10-GM 2025, Systematisches Verzeichnis, Buchausgabe
  4x  ICD-10-GM 2025, Alphabetisches Verzeichnis, Buchausgabe
  2x  OPS 2025, Systematisches Verzeichnis
  2x  Pschyrembel Klinisches Wörterbuch, aktuelle Auflage
  1x  Versicherungsmedizin - Begutachtung in der Lebens- und BU-Versicherung, 5. Aufl.
  1x  Kommentar GOÄ (Loseblatt, Fortsetzungsbezug)

Lieferung bitte an: Albis Versicherungsgruppe, Poststelle, Albis-Platz 1, 30159 Hannover,
z. Hd. Herrn Hollerbach. Rechnung an die Kreditorenbuchhaltung mit Bestellnummer.

Mit freundlichen Grüßen
Albis Einkauf
"""
    node = text(body, charset="iso-8859-1", cte="quoted-printable")
    raw = build(n, EINKAUF, [("Fachbuchhandlung Lindenau", "bestellung@fachbuch-lindenau.example")],
                "Bestellung 4500188304 – ICD-10-GM 2025 / Fachliteratur", cet(2025, 1, 6, 10, 5, 0), node,
                charset="iso-8859-1", style=3, mailer="SAP Business Workflow")
    return Mail("NORMAL", "de", "insurer-to-supplier",
                "trap: order of ICD-10-GM books and medical reference works, no person",
                raw)


@reg
def m051():
    n = 51
    body = f"""Sehr geehrte Damen und Herren,
sehr geehrte Frau Durand,

zum Schaden S-23-0880122 (Brand Presswerk, Weserstahl Umformtechnik AG, Hameln)
fordern wir unter dem Per-Risk-XL 2023 einen Vorschuss (Cash Call) an:

  Zahlungen bis 31.03.2025           4.590.000,00 EUR
  Priorität                         -2.000.000,00 EUR
  Erstattungsfähig                   2.590.000,00 EUR
  bereits erstattet                 -1.500.000,00 EUR
  offen                              1.090.000,00 EUR
  Ihr Anteil 70 %                      763.000,00 EUR

Die Belege (Gutachten Sachverständigenbüro Rieck, Rechnungen Wiederaufbau Halle 3,
Betriebsunterbrechung bis 12/2024) stehen im RV-Portal. Ansprechpartner beim
Versicherungsnehmer ist weiterhin der Werksleiter, Herr Dipl.-Ing. Arne Vosskuhl
(Tel. 05151 9902-110), der den Wiederaufbau koordiniert und auch Ihrem
Sachverständigen für die Besichtigung am 22.04. zur Verfügung steht.

Bitte überweisen Sie auf das Konto der Albis Allgemeine Versicherung AG,
IBAN {grp(IBAN_ALBIS_ALLG)}, Verwendungszweck "CC PR-XL23 S-23-0880122".

Mit freundlichen Grüßen
Mareike Olbrich
Technische Rückversicherungsabrechnung
"""
    node = text(body)
    raw = build(n, OLBRICH, [DURAND], "Cash Call PR-XL 2023 – S-23-0880122 Weserstahl", cet(2025, 4, 8, 9, 14, 50), node,
                cc=[GRABOWSKI, KRANEPUHL], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "cash call on a commercial fire claim naming the policyholder company's contact person with phone; company IBAN of the insurer",
                raw)


@reg
def m052():
    n = 52
    rows = [["Policy no", "Surname", "First name", "Sex", "Date of birth", "Smoker", "Product", "Sum assured EUR", "Retention EUR",
             "Ceded EUR", "Extra mortality", "Reason for rating", "RI premium Q1 EUR"]]
    data = [
        ("LV-4471-220517", "Kaltenborn", "Ole", "M", "1981-06-02", "N", "Term", 1200000, 750000, 450000, "+50%", "treated hypertension", 118.40),
        ("LV-4471-221003", "Rahimi", "Shirin", "F", "1986-11-19", "N", "Term", 900000, 750000, 150000, "0", "", 17.25),
        ("LV-4471-221288", "Tannhäuser", "Gregor", "M", "1968-05-14", "N", "Term", 2500000, 750000, 1750000, "+100%", "CAD, stent 2022", 2904.10),
        ("LV-4471-221940", "Bödeker", "Malte", "M", "1975-03-08", "Y", "Term", 1000000, 750000, 250000, "+25%", "BMI 33", 214.66),
        ("LV-4471-222115", "Engelking", "Corinna", "F", "1979-09-27", "N", "Term + CI", 1100000, 750000, 350000, "0 / CI excl.", "thyroid cancer 2015, excl. CI", 98.02),
    ]
    for r in data:
        rows.append(list(r))
    x = xlsx([("Bordereau Q1 2025", rows), ("Summary", [["Lives", 5], ["Total ceded", 2950000], ["Total RI premium", 3352.43]])])
    body = """Dear Olivia,

please find attached the surplus bordereau SUR-L 2021/02 for Q1 2025 (new business
and alterations only). Five new cessions, total ceded sum assured EUR 2.95m, RI
premium EUR 3,352.43 (your share 60%).

Note that policy 221288 is the facultative case you accepted in February
(FAK-L-2025-004) and has been moved into the surplus treaty as agreed.

Kind regards
Jonas Pietsch
"""
    node = multi("mixed", [text(body, cte="7bit", charset="us-ascii"), att(x, CT_XLSX, "SUR-L_2021-02_bordereau_Q1-2025.xlsx")], bnd(n))
    raw = build(n, PIETSCH, [BRANDT], "SUR-L 2021/02 - bordereau Q1 2025", cet(2025, 4, 15, 11, 3, 27), node,
                cc=[("Nordkap Rück Leben Bordereaux", "bordereaux.leben" + NK)], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "life surplus bordereau: names, birth dates, sums assured and medical reasons for extra premiums only in the XLSX",
                raw)


@reg
def m053():
    n = 53
    ic = ics("schulung-ds-revision-2025@albis-versicherung.example", "20250522T090000", "20250522T120000",
             "Pflichtschulung: Datenschutz in Revision, Aktuariat und Rückversicherung",
             "Schulungszentrum EG, Raum Ihme / alternativ Teams",
             "Inhalte: Gesundheitsdaten nach Art. 9 DSGVO und § 203 StGB, Datenübermittlung an Rückversicherer "
             "und Prüfer, Pseudonymisierung und kleine Zellen, Meldung von Datenpannen. Referentin: Dr. Ute Lamprecht.",
             organizer=LAMPRECHT, attendees=[("Konzernrevision", REVISION[1]), ("Aktuariat", "aktuariat" + A), RV_POSTFACH])
    body = """Liebe Kolleginnen und Kollegen,

die jährliche Pflichtschulung findet dieses Jahr als gemeinsamer Termin für
Revision, Aktuariat und Rückversicherung statt. Schwerpunkt: Was darf an Prüfer und
Rückversicherer raus, wie fassen wir kleine Zellen zusammen, was tun bei einer
Fehlversendung.

Bitte nehmt den Termin an; wer nicht kann, macht das E-Learning bis 30.06.

Ute Lamprecht
"""
    node = multi("mixed", [text(body), att(ic, "text/calendar", "Schulung_Datenschutz_22-05.ics", charset="utf-8")], bnd(n))
    raw = build(n, LAMPRECHT, [("Konzernrevision", REVISION[1]), ("Aktuariat alle", "aktuariat" + A), RV_POSTFACH],
                "Pflichtschulung Datenschutz 22.05. (Revision/Aktuariat/RV)", cet(2025, 4, 30, 14, 0, 0), node,
                style=2, mailer=TBIRD)
    return Mail("NORMAL", "de", "internal",
                "trap: training invitation (ICS) about health data and reinsurers, no person",
                raw)


@reg
def m054():
    n = 54
    rows = [["Vertragsnr", "Geburtsjahr", "Geschlecht", "Tarif", "Beginn", "VS Tod EUR", "BU-Rente EUR", "Zuschlag", "Grund (Code)", "RV-Anteil"]]
    data = [
        ("LV-4471-219880", 1972, "m", "RL24", "2025-01", 600000, 0, "+75 %", "E11 (Diabetes Typ 2)", "40 %"),
        ("LV-4471-219902", 1994, "w", "SBU24", "2025-01", 0, 2000, "Ausschluss", "M54 (Rücken)", "40 %"),
        ("LV-4471-220113", 1988, "m", "SBU24", "2025-02", 0, 2500, "+25 %", "F41 (Angststörung, abgeschlossen)", "40 %"),
        ("LV-4471-220370", 1965, "w", "RL24", "2025-02", 350000, 0, "+50 %", "C50 (Mamma-Ca 2016)", "40 %"),
        ("LV-4471-220644", 1999, "m", "SBU24", "2025-03", 0, 1500, "Ausschluss", "S83 (Kreuzband)", "40 %"),
    ]
    for r in data:
        rows.append(list(r))
    o = ods([("Zugänge Q1 2025", rows)])
    body = """Sehr geehrter Herr Dr. Feldhaus,

wie vereinbart erhalten Sie die Zugänge mit Erschwerung aus Q1 2025 zum
Quotenvertrag QA-L 2019/01 in der neuen pseudonymisierten Form (ohne Namen und
vollständiges Geburtsdatum). Die Zuordnung zu den Personen ist bei Ihnen nicht
möglich, nur über unseren Bestand.

Grüße aus Hannover
Jonas Pietsch
"""
    node = multi("mixed", [text(body), att(o, CT_ODS, "QA-L_Zugaenge_Erschwerung_Q1-2025.ods")], bnd(n))
    raw = build(n, PIETSCH, [FELDHAUS], "QA-L 2019/01 – Zugänge mit Erschwerung Q1 2025 (pseudonymisiert)",
                cet(2025, 4, 16, 9, 20, 12), node, style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                "pseudonymised life bordereau (policy no., birth year, sex, ICD-coded reasons for loadings) in ODS; still personal health data for the insurer",
                raw)


@reg
def m055():
    n = 55
    body = """Dear Rory,

thank you for the draft management letter on IT general controls. Our management
responses to the three findings are below; please include them in the final version.

Finding 1 - Privileged access to the claims system KLAS (rated: medium)
  Your observation: 14 technical accounts with full access, 3 without a named owner.
  Response: Owners assigned for all 14 accounts on 28 March; quarterly recertification
  added to the IAM process. Responsible: Head of IT Operations. Due: done.

Finding 2 - Segregation of duties in the reinsurance accounting module (low)
  Your observation: users can both create and release settlements up to EUR 50k.
  Response: release limit reduced to EUR 0 for creators; change request CR-4471
  deployed 14 April. Due: done.

Finding 3 - Logging of read access to medical documents (medium)
  Your observation: read access to scanned medical reports is not logged.
  Response: We agree. Read logging will be activated in the document archive with
  release 25.3; retention 6 years. Due: 30 September 2025.

Kind regards
Aylin Demirtas
IT Audit, Group Internal Audit Germany
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, DEMIRTAS, [MCKENNA], "RE: Draft management letter ITGC - management responses",
                cet(2025, 4, 17, 16, 45, 3), node, cc=[HERZBERG, PENROSE], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "insurer-to-partner",
                "trap: management responses to IT audit findings on access to medical documents, no person",
                raw)


@reg
def m056():
    n = 56
    body = """Dear James,

thank you for the report on your claims review of 25-26 March. Our comments on the
three files you raised:

1) S-24-0612233, Mr and Mrs Pennekamp, Weserstrasse 19, Hessisch Oldendorf
   Your finding: payment for the oil heating replaced on a new-for-old basis although
   the unit was 24 years old. Our comment: the policy (WG-118-40112) includes the
   "Plus" extension with new value for technical installations regardless of age.
   Wording clause 7.3 attached to the file. We consider the payment correct.

2) S-24-0612290, Ms Brinkhege, Faehrstrasse 11
   Your finding: no deduction for the uninsured garden house. Agreed - an overpayment
   of EUR 3,850 occurred. We have written to Ms Brinkhege; she has agreed to offset
   it against the outstanding screed drying invoice.

3) S-24-0612402, Ms Arslan (contents)
   Your finding: receipts missing for electronics claimed at EUR 4,200. The adjuster
   accepted photos and bank statements showing the purchases; copies are now in the
   file.

Revised recoverable for layer 2 after item 2: EUR 5,614,150 (minus EUR 3,850).

Best regards
Tobias
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, KRANEPUHL, [WHITCOMBE], "RE: Claims review Ylva 2024 - Albis comments", cet(2025, 4, 2, 15, 0, 0), node,
                cc=[GRABOWSKI], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "reply to reinsurer's claims review: named policyholders, address, claim/policy numbers, overpayment set-off",
                raw)


@reg
def m057():
    n = 57
    body = """Hallo Priya, hallo Svenja,

Nordkap möchte für die neue BU-Tarifgeneration eine gemeinsame Erfahrungsstudie
machen. Die Datenanforderung ist unten – aus meiner Sicht machbar, wenn wir
konsequent pseudonymisieren. Bitte schaut euch die Feldliste an, ob wir das aus
dem Bestand ziehen können und ob irgendein Feld eine Person identifizierbar macht.
Ute hat die Liste schon gesehen und ist einverstanden, solange keine Klartext-
diagnosen und keine Postleitzahlen reinkommen.

Gruß Jonas

-------- Weitergeleitete Nachricht --------
Von: Dr. Matthias Feldhaus <matthias.feldhaus@nordkap-rueck.example>
Datum: 06.05.2025, 17:20
Betreff: Erfahrungsstudie BU 2015–2024 – Datenanforderung

Lieber Herr Pietsch,

wie besprochen unsere Datenanforderung für die BU-Studie. Je Vertrag/Jahr:

  Feld                       Format / Hinweis
  Pseudo-ID                  von Ihnen vergeben, nicht rückrechenbar
  Geburtsjahr                JJJJ (kein Datum)
  Geschlecht                 m/w/d
  Berufsgruppe               Ihre Klassen 1–5
  Beginnjahr, Ablaufalter    –
  versicherte Rente          gerundet auf 500 EUR
  Raucherstatus              j/n
  Exposure                   Tage je Kalenderjahr
  Leistungseintritt          Jahr
  Ursache                    ICD-10-Kapitel (I–XXII), keine Dreisteller
  Reaktivierung/Tod          Jahr

Zellen mit weniger als 5 Fällen werten wir nicht einzeln aus. Lieferung bitte
über unseren SFTP, nicht per E-Mail.

Viele Grüße
Matthias Feldhaus
"""
    node = text(body, cte="8bit")
    raw = build(n, PIETSCH, [NATARAJAN, RAUTENBERG], "WG: Erfahrungsstudie BU 2015–2024 – Datenanforderung",
                cet(2025, 5, 7, 8, 55, 40), node, cc=[LAMPRECHT], style=2, mailer=TBIRD)
    return Mail("NORMAL", "de", "partner",
                "trap: reinsurer's data request (field list for a pseudonymised BU study) forwarded internally, no data",
                raw)


@reg
def m058():
    n = 58
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">
<p>Hallo Jonas,</p>
<p>wie gewünscht die drei Nachprüfungsfälle, die Nordkap für die Jahresabrechnung
erläutert haben möchte. Alle drei bleiben im Leistungsbezug.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#e8e8e8"><th>Leistungsfall</th><th>Versicherte/r</th><th>Diagnose</th><th>Ergebnis Nachprüfung 2025</th><th>Rente mtl.</th></tr>
<tr><td>BU-2019-0208</td><td>Elke Vortmann, geb. 1966</td><td>Rheumatoide Arthritis (M06.0), Hände und Knie</td>
<td>Gutachten Prof. Rasche 02/2025: keine Besserung, BU 80&nbsp;%</td><td>1.300 EUR</td></tr>
<tr><td>BU-2021-0155</td><td>Stefan Grotjahn, geb. 1973</td><td>Z.n. Herzinfarkt, ICD-Implantation, Herzinsuffizienz NYHA III</td>
<td>Hausärztlicher Bericht 03/2025, unverändert</td><td>2.200 EUR</td></tr>
<tr><td>BU-2022-0417</td><td>Anja Wiechers, geb. 1984</td><td>Rezidivierende depressive Störung (F33.1), zwei stationäre Aufenthalte</td>
<td>Psychiatr. Gutachten 04/2025: weiterhin BU, Reha-Maßnahme empfohlen</td><td>1.750 EUR</td></tr>
</table>
<p>Gutachten liegen im Portal.<br>Katrin</p>
</body></html>
"""
    node = text(html, subtype="html", cte="quoted-printable")
    raw = build(n, SOBOTTA, [PIETSCH], "Nachprüfungen BU – 3 Fälle für Nordkap", cet(2025, 5, 12, 13, 44, 18), node,
                style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "HTML-only mail with a table of three named BU claimants, birth years and diagnoses (M06.0, F33.1, heart failure)",
                raw)


@reg
def m059():
    n = 59
    body = """Hallo Herr Brandes,

im Rahmen der Prüfung "Mitarbeiterverträge" (KR-2025-03) haben wir bei fünf
Mitarbeitenden Rabatte festgestellt, die nach der Betriebsvereinbarung
Mitarbeitertarife nicht zustehen (Vertrag läuft auf Angehörige außerhalb des
Haushalts). Wir bitten um Stellungnahme der Personalabteilung bis 06.06.:

Mitarbeiter/in          PersNr   Vertrag          VN lt. System          Rabatt p.a.
Kerstin Bollmann        13380    Kfz K-771-20455  Sohn (eigener Hausstand)   286,40
Thorsten Ahlers         12917    Hausrat HR-2...  Schwiegermutter            61,20
Gülsen Demir            15102    Kfz K-771-31870  Bruder                    341,75
Marcel Hohnhorst        14468    Wohngeb. WG-1... Eltern                    198,00
Imke Schaper-Lüders     11803    Kfz K-771-08812  Lebensgefährte (getrennt) 255,90

Summe der zu Unrecht gewährten Rabatte seit 2021: ca. 4.870 EUR.

Aus unserer Sicht handelt es sich um Unkenntnis der BV, nicht um bewusstes
Fehlverhalten; wir empfehlen Korrektur ab Hauptfälligkeit und keine Rückforderung.
Die Liste bitte nicht an die Führungskräfte weitergeben.

Gruß
Dennis Wolters
Konzernrevision
"""
    node = text(body, charset="iso-8859-1", cte="quoted-printable")
    raw = build(n, WOLTERS, [BRANDES], "KR-2025-03 Mitarbeiterverträge – Rabatte, Bitte um Stellungnahme",
                cet(2025, 5, 22, 10, 30, 0), node, cc=[HERZBERG], charset="iso-8859-1", style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "internal",
                "audit finding: named employees with personnel numbers, their relatives' motor/home contracts and discount amounts",
                raw)


@reg
def m060():
    n = 60
    body = """FYI - useful benchmark for our cat model change. Tobias

-----Original Message-----
From: Kestrel Reinsurance <research@kestrel-re.example>
Sent: 13 May 2025 08:00
Subject: Kestrel Nat Cat Review 2024 - Europe

KESTREL NAT CAT REVIEW 2024 - EUROPE
====================================

Insured losses from natural catastrophes in Europe reached USD 14bn in 2024,
above the ten-year average of USD 10bn. Flood dominated:

  Event                      Countries        Insured loss (USD bn)
  Storm Boris (Sep)          AT, CZ, PL, RO          2.9
  June floods (Ylva)         DE (Bavaria, Lower
                             Saxony, BW)             2.6
  Valencia DANA (Oct/Nov)    ES                      4.1
  Hail, northern Italy (Jul) IT                      1.2

Key observations
- Secondary perils (flood, hail, convective storm) made up 84% of the total.
- Take-up of flood cover in Germany remains around 54% for residential buildings;
  the discussion about mandatory cover continues.
- Claims inflation for building repairs eased to 5% (2023: 11%).

Webinar on 3 June: "Rethinking flood accumulation for cedants".
To unsubscribe, reply with UNSUBSCRIBE.
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, KRANEPUHL, [VOSSBERG, MARQUARDT], "FW: Kestrel Nat Cat Review 2024 - Europe", cet(2025, 5, 13, 9, 12, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "newsletter",
                "trap: reinsurer's nat cat review newsletter, market figures only",
                raw)


@reg
def m061():
    n = 61
    body = """Hi Pieter,

for the group reserve review, the five largest individual disability claim reserves
at Albis Leben (net of reinsurance, 31.12.2024). As agreed, initials only:

  Claim          Insured    Age  Diagnosis                       Reserve net EUR
  BU-2017-0093   M.K.        44  traumatic brain injury (S06.2)       612,400
  BU-2020-0301   J.-P. S.    39  multiple sclerosis (G35)             548,900
  BU-2023-0290   T.H.        35  multiple sclerosis (G35)             501,750
  BU-2024-0175   L.B.        32  glioma (C71.1)                       466,200
  BU-2024-0402   A.W.        53  ALS (G12.2)                          307,440

The last one is the Nordkap case you heard about in January (quota share 40% already
deducted). BU-2024-0175 carries a survival assumption from the medical adviser,
reviewed annually.

Let me know if you need the reserving basis for these.

Best
Priya
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, NATARAJAN, [VERHOEVEN], "Top 5 DI claim reserves Albis YE2024", cet(2025, 3, 3, 10, 2, 11), node,
                cc=[MOELLENKAMP], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "largest disability reserves with claim refs, initials, ages and diagnoses: initials plus claim numbers keep persons identifiable",
                raw)


@reg
def m062():
    n = 62
    body = """Liebe Kolleginnen und Kollegen,

hier der Monatsbericht Leistungsausgaben Krankenvollversicherung April 2025
(Rechnungsdatum, erstattet, Mio. EUR):

ICD-Kapitel                                   Apr 2025   Apr 2024   Veränd.
II   Neubildungen (C00–D48)                      9,84       8,91    +10,4 %
IX   Krankheiten des Kreislaufsystems            7,12       7,05     +1,0 %
V    Psychische und Verhaltensstörungen          4,33       3,78    +14,6 %
XIII Muskel-Skelett-System                       6,90       6,61     +4,4 %
XI   Verdauungssystem (inkl. Zahn)               5,47       5,20     +5,2 %
XV   Schwangerschaft, Geburt                     1,21       1,30     -6,9 %
übrige Kapitel                                  14,06      13,42     +4,8 %
gesamt                                          48,93      46,27     +5,7 %

Treiber bleiben die Onkologie (neue Immuntherapien, CAR-T: 3 Fälle im April mit
zusammen 1,1 Mio.) und die Psychotherapie. Die Stop-Loss-Schwelle ist nach vier
Monaten zu 31 % ausgeschöpft.

Viele Grüße
Svenja Rautenberg
Aktuariat Kranken
"""
    node = text(body, cte="quoted-printable")
    raw = build(n, RAUTENBERG, [HOLLERBACH, PIETSCH, ("Bereichsleitung Kranken", "bl-kranken" + A)],
                "Monatsbericht Leistungsausgaben KV – April 2025", cet(2025, 5, 9, 7, 40, 2), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: monthly health claims report by ICD chapter, aggregated (3 CAR-T cases without any identifier)",
                raw)


@reg
def m063():
    n = 63
    rows = [["VN-Nr", "Name", "Vorname", "PLZ Ort", "Sparte", "Rückstand EUR", "fällig seit", "Mahnstufe", "Bemerkung"]]
    data = [
        ("3300481", "Kowalski", "Dariusz", "30449 Hannover", "Hausrat", 184.20, "2024-07-01", "3", "Kündigung angedroht"),
        ("3301977", "Nolte", "Hannelore", "31134 Hildesheim", "Wohngebäude", 1422.00, "2024-04-01", "gerichtl. Mahnverfahren", "Vollstreckungsbescheid 02/2025"),
        ("3304412", "Bayraktar", "Emre", "30851 Langenhagen", "Privathaftpflicht", 96.45, "2024-10-01", "2", ""),
        ("3306055", "Frerking", "Ulf", "31785 Hameln", "Kfz", 688.90, "2024-09-15", "3", "Ratenzahlung vereinbart 100 EUR/Monat"),
        ("3309310", "Schmidt-Oelker", "Beate", "30159 Hannover", "Rechtsschutz", 312.00, "2024-06-01", "Inkasso", "Inkasso Büro Meyerholz seit 11/2024"),
    ]
    for r in data:
        rows.append(list(r))
    x = xlsx([("Rückstände > 90 Tage", rows)])
    body = """Hallo Herr Behrendt,

zu Ihrer Anforderung 22 (Werthaltigkeit Beitragsforderungen Komposit) anbei die
Einzelliste der fünf größten Rückstände je Sparte mit Mahnstatus, wie von Ihnen für
die Stichprobe gewünscht. Die Gesamtliste (2.914 Positionen) liegt im Datenraum.

Pauschalwertberichtigung wie Vorjahr 4 % auf Rückstände > 90 Tage.

Viele Grüße
Oliver Stammler
"""
    node = multi("mixed", [text(body), att(x, CT_XLSX, "Anf22_Beitragsrueckstaende_Auszug.xlsx")], bnd(n))
    raw = build(n, STAMMLER, [BEHRENDT], "Anforderung 22 – Beitragsrückstände Komposit", cet(2025, 2, 26, 11, 50, 10), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "premium arrears list (non-personal lines) with names, towns, amounts, dunning and enforcement status only in the XLSX",
                raw)


@reg
def m064():
    n = 64
    p = pdf([[("H", "Pflegetagegeld – Leistungsfall PT-2024-0088"),
              "Versicherte: Ingrid Wellmann, geb. 07.03.1941, Celle",
              "Vertrag: PT 91 004 372, Pflegetagegeld 100 EUR/Tag bei Pflegegrad 4/5",
              "",
              ("B", "Begutachtung"),
              "Gutachten Medicproof vom 18.11.2024: Pflegegrad 4 (72,5 Punkte) ab 01.10.2024",
              "Hauptdiagnose: Alzheimer-Demenz mit spätem Beginn (G30.1, F00.1)",
              "Nebendiagnosen: Herzinsuffizienz, Diabetes mellitus Typ 2, Z.n. Oberschenkelhalsfraktur 2023",
              "Vollstationäre Pflege seit 01.12.2024, Pflegeheim Haus am Französischen Garten",
              "",
              ("B", "Leistung und Reserve"),
              "Leistung laufend 3.000 EUR/Monat",
              "Barwert (Sterbetafel Pflegebedürftige, Alter 84): 118.300 EUR",
              "Anteil Nordkap (Quote Pflege 50 %): 59.150 EUR"]], title="PT-2024-0088", author="Leistung Kranken", compress=True)
    body = """Sehr geehrte Frau Kowalczyk,

anbei die von Ihnen erbetene Fallübersicht zu PT-2024-0088 für die Jahresabrechnung
des Pflege-Quotenvertrags.

Mit freundlichen Grüßen
Jonas Pietsch
"""
    node = multi("mixed", [text(body), att(p, "application/pdf", "Fallübersicht_PT-2024-0088.pdf")], bnd(n))
    raw = build(n, PIETSCH, [KOWALCZYK], "PT-2024-0088 Fallübersicht", cet(2025, 3, 19, 14, 27, 0), node, style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                "long-term care claim summary (named insured, birth date, care level 4, dementia G30.1) only in the PDF; body harmless",
                raw)


@reg
def m065():
    n = 65
    body = """Vielen Dank für Ihre Nachricht. Ich bin vom 26.05. bis 06.06.2025 im Urlaub.
Ihre E-Mail wird nicht weitergeleitet.

Für Rückversicherung Leben/Kranken wenden Sie sich bitte an
rueckversicherung@albis-versicherung.example oder Frau Olbrich (-3382).

Jonas Pietsch
"""
    node = text(body, cte="8bit")
    raw = build(n, PIETSCH, [FELDHAUS], "Abwesenheitsnotiz: Erfahrungsstudie BU – Rückfrage Feldliste",
                cet(2025, 5, 27, 9, 1, 44), node, style=1, mailer=OUTLOOK,
                extra=[("Auto-Submitted", "auto-replied")])
    return Mail("NORMAL", "de", "insurer-to-partner",
                "trap: out-of-office reply; subject mentions a BU study, nothing about a person",
                raw)


@reg
def m066():
    n = 66
    body = """Hi Daniel,

for the D&O facultative placement we need to notify our reinsurers of a
circumstance under policy DO-2024-0310 (Lindenhof Wohnbau GmbH, Hanover). Could
you pass this on to the following market (Kestrel 50%, Atlantique 50%)?

Background: the company filed for insolvency on 3 March 2025. The insolvency
administrator has announced claims against the two former managing directors,
Mr Falk Riedesel and Ms Svenja Oberheide-Lamm, for payments made after the company
was already insolvent (section 15b InsO), currently estimated at EUR 3.4m. Mr
Riedesel has also been asked to repay a bonus of EUR 180k paid in December 2024.

No criminal investigation is known to us at this stage. Defence counsel for both
directors has been appointed with our consent (Kanzlei Brenner Vogt, see engagement
letter). The limit is EUR 5m, retention EUR 1m.

We will send the administrator's letter once we have it in writing.

Thanks
Uwe

Uwe Marquardt
Underwriting Property / Specialty, Albis Allgemeine Versicherung AG
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, MARQUARDT, [OKAFOR], "DO-2024-0310 Lindenhof Wohnbau - notice of circumstances", cet(2025, 3, 24, 17, 2, 38), node,
                cc=[BLUM, GRABOWSKI], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-broker",
                "D&O notice via reinsurance broker: named former managing directors, liability claims, repayment of a bonus (no criminal matter)",
                raw)


@reg
def m067():
    n = 67
    body = """Dear Sirs,

in response to the balance confirmation request issued on behalf of Société
Atlantique de Réassurance by its auditors, we confirm the following balances in our
books as at 31 December 2024 (EUR):

  Treaty            Albis entity                  Balance        in favour of
  CAT-XL 2024 L1    Albis Allgemeine Vers. AG     1,242,000.00   Albis
  CAT-XL 2024 L2    Albis Allgemeine Vers. AG       810,500.00   Albis
  PR-XL 2024        Albis Allgemeine Vers. AG       418,775.20   Atlantique
  PR-XL 2023        Albis Allgemeine Vers. AG     1,500,000.00   Albis (cash call paid 02/2025)

Premium deposits: none. Letters of credit: none.

This confirmation is given for audit purposes only and does not constitute an
acknowledgement of debt.

Yours faithfully
Mareike Olbrich
Reinsurance Accounting, Albis Versicherungsgruppe
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, OLBRICH, [("Confirmations Team", "confirmations@audit-lefevre.example")],
                "Balance confirmation - Atlantique Re / Albis - 31.12.2024", cet(2025, 2, 13, 10, 45, 0), node,
                cc=[DURAND], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "insurer-to-partner",
                "trap: balance confirmation between insurer and reinsurer for the reinsurer's auditors, company figures only",
                raw)


@reg
def m068():
    n = 68
    body = """Hallo Frau Herzberg,

zur Info, unten die Feststellung der Group Internal Audit aus dem Zugriffsmonitoring.
Die Kollegin aus dem Leistungsteam ist inzwischen freigestellt, das Gespräch mit dem
Betriebsrat ist für Donnerstag angesetzt. Die Datenschutz-Meldung an die Behörde hat
Frau Dr. Lamprecht gestern abgegeben (72 h eingehalten). Bitte behandeln Sie das
streng vertraulich.

Viele Grüße
Nadine Reuter
Compliance

> From: Sanne Dekker <sanne.dekker@corvan-group.example>
> Sent: Monday, 2 June 2025 19:04
> Subject: GIA access monitoring - incident Albis AM-2025-014
>
> Nadine,
>
> our access analytics flagged 37 read accesses between January and April 2025 by
> user ID ALB\\sch5521 (claims handler, health benefits) to the health insurance file
> of Ms Marlene Hustedt (policy KV 88 069 203), who is the user's sister-in-law. The
> accessed documents include the discharge letter of a psychiatric day clinic, two
> prescriptions (quetiapine, sertraline) and the invoice for couples therapy. There
> was no business reason - Ms Hustedt's claims are handled by another team.
>
> The user admitted in the interview that she "was worried" and looked at the file.
> We classify this as a personal data breach under Art. 33 GDPR.
>
> Sanne
"""
    node = text(body, cte="quoted-printable")
    raw = build(n, REUTER, [HERZBERG], "WG: GIA access monitoring - incident Albis AM-2025-014", cet(2025, 6, 3, 8, 22, 7), node,
                style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "mixed", "partner",
                "German note above a quoted English group audit finding: named customer's psychiatric treatment and medication, employee misconduct",
                raw)


@reg
def m069():
    n = 69
    body = """Sehr geehrter Herr Tönnies,

im Rahmen einer internen Qualitätsprüfung bestätigen wir stichprobenweise
Auszahlungen direkt bei unseren Kundinnen und Kunden. Bitte unterstützen Sie uns mit
einer kurzen Antwort auf diese E-Mail:

  Vertrag:          Hausratversicherung HR-231-02267
  Schaden:          S-24-0718840 (Einbruchdiebstahl vom 14.09.2024)
  Auszahlung:       6.430,00 EUR am 28.10.2024
  auf das Konto:    IBAN DE** **** **** **** **43 17 (Kontoinhaber: Jens Tönnies)

Haben Sie diesen Betrag erhalten? Ein einfaches "Ja" genügt. Falls etwas nicht stimmt,
rufen Sie mich bitte direkt an. Wir fragen Sie nicht nach Passwörtern, PINs oder
vollständigen Kontodaten.

Vielen Dank und freundliche Grüße

Ralf Tiedemann
Konzernrevision
Albis Versicherungsgruppe
Telefon 0511 4471-2214
"""
    node = text(body)
    raw = build(n, TIEDEMANN, [("Jens Tönnies", "j.toennies@posteo-mail.example")], "Kurze Bestätigung zu Ihrer Schadenzahlung (Hausrat)",
                cet(2025, 6, 10, 10, 5, 0), node, style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "audit confirmation to a customer: contract and claim numbers, burglary payout, masked IBAN and account holder",
                raw)


@reg
def m070():
    n = 70
    body = """Sehr geehrter Herr Lüttke,

danke für Ihr Angebot vom 19.05. für den virtuellen Datenraum für Abschlussprüfer
und Rückversicherer. Bevor wir bestellen können, brauchen wir noch folgende Punkte
schriftlich (Anforderungen unserer Datenschutzbeauftragten und der IT-Sicherheit):

 1. Hosting ausschließlich in Rechenzentren in der EU, Nachweis ISO 27001 / C5.
 2. Auftragsverarbeitungsvertrag nach Art. 28 DSGVO inkl. Verpflichtung auf § 203 StGB,
    weil im Datenraum auch Leistungsakten mit Gesundheitsdaten liegen werden.
 3. "View only"-Modus ohne Download und mit Wasserzeichen je Nutzer.
 4. Protokollierung aller Zugriffe, Export der Logs für unsere Revision, Aufbewahrung
    mindestens 6 Jahre.
 5. Zwei-Faktor-Anmeldung für externe Nutzer (Prüfer, Rückversicherer).
 6. Löschkonzept nach Projektende mit Löschprotokoll.

Geplanter Start ist der 01.09.2025 mit ca. 40 externen Nutzern.

Mit freundlichen Grüßen
Aylin Demirtaş
IT-Revision, im Auftrag der Abteilung Einkauf
"""
    node = text(body)
    raw = build(n, DEMIRTAS, [("Tim Lüttke", "tim.luettke@dataroom-nord.example")], "Ihr Angebot virtueller Datenraum – offene Anforderungen",
                cet(2025, 5, 26, 15, 30, 0), node, cc=[EINKAUF, LAMPRECHT], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "insurer-to-supplier",
                "trap: requirements for a data room supplier mentioning health data and § 203 StGB, no person",
                raw)


@reg
def m071():
    n = 71
    body = """Dear Fiona,

please treat this as formal notification under the General Liability XL 2023
(EUR 10m xs 2.5m) - medical malpractice section.

Insured:        Klinikum Wesermarsch gGmbH (hospital liability policy HW-2230-0017)
Claim ref.:     HH-23-0440
Claimant:       Emil Gerdes, born 12 April 2023, represented by his parents
Allegation:     delayed emergency caesarean section; CTG showed pathological
                patterns for 52 minutes before the decision. The child suffered
                hypoxic-ischaemic encephalopathy and has since been diagnosed with
                bilateral spastic cerebral palsy (G80.0), epilepsy and a severe
                developmental delay.
Expert opinion: the court-appointed obstetric expert (report of 14 May 2025)
                confirms a gross treatment error.
Reserve:        EUR 6.9m (lifetime care 24h, loss of earnings, pain and
                suffering EUR 650k, home and vehicle adaptations, statutory
                recourse of the health and care insurers)

We are in settlement talks with the parents' lawyers for a capitalised lump sum
plus an annuity. Your consent will be needed for anything above EUR 5m.

Best regards
Michael Grabowski
"""
    node = text(body)
    raw = build(n, GRABOWSKI, [GALLAGHER, WHITCOMBE], "GL-XL 2023 - notification HH-23-0440 (birth injury)", cet(2025, 5, 20, 12, 0, 55), node,
                cc=[KRANEPUHL, OKAFOR], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "medical malpractice large loss: named child claimant, birth date, cerebral palsy G80.0, epilepsy",
                raw)


@reg
def m072():
    n = 72
    body = """Dear James,

for your information and for the aggregate under CAT-XL 2024, loss S-24-0801766
(windstorm 19 August 2024) is now settled:

Policyholder:   Hof Meinecke, owner Mr Carsten Meinecke (farmer, sole trader),
                Meineckes Hof 1, 29690 Schwarmstedt
Policy:         farm buildings LW-509-1181
Damage:         roof of the dairy barn (1,600 sqm) lifted off and collapsed onto the
                milking parlour; machinery shed damaged. The animals had been
                moved to the pasture in the afternoon - no animal losses, nobody
                injured.
Settlement:     buildings EUR 241,900, business interruption (milk deliveries
                lost for 6 weeks) EUR 58,400, total EUR 300,300.
                Mr Meinecke also received a state drought/storm aid of EUR 25k,
                which we did not deduct (not a benefit from an indemnity insurer).

This loss stays below the retention of the per risk XL but counts towards the
event definition "windstorm 19/20 August 2024" for the cat programme. Our total for
that event is EUR 4.1m.

Best
Tobias
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, KRANEPUHL, [WHITCOMBE], "S-24-0801766 windstorm Aug 2024 - settled", cet(2025, 1, 31, 12, 14, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "settled storm claim of a named sole-trader farmer: address, policy/claim numbers, settlement and state aid; nobody injured",
                raw)


@reg
def m073():
    n = 73
    body = """Protokoll Reservierungskomitee Komposit – Sitzung Q1/2025
Datum: 15.04.2025, 10:00–11:30 Uhr
Teilnehmende: Dr. Aldenhoven (Vorsitz), Dr. Möllenkamp, Ebbinghaus, Grabowski,
Stammler, Dr. Vossberg; Gast: Herzberg (Revision)

1. Schadenrückstellung 31.03.2025
   Brutto 1.182,4 Mio. EUR (+1,8 % ggü. 31.12.), netto 906,7 Mio. EUR.
   Die aktuarielle Best-Estimate-Bandbreite liegt bei 1.141–1.205 Mio.; die
   gebuchte Rückstellung liegt im oberen Drittel. Beschluss: keine Anpassung.

2. Kfz-Haftpflicht Personenschäden
   Anstieg der durchschnittlichen Rentenreserve um 6,2 % (Pflegekosten, Lohnniveau).
   Ebbinghaus schlägt vor, den Inflationsansatz für Pflege von 3,5 % auf 4,5 % zu
   erhöhen. Beschluss: Umsetzung zum 30.06., Wirkung ca. +14 Mio.

3. Flut Juni 2024
   Abwicklung weitgehend abgeschlossen, Rückstellung 3,7 Mio. (Vj. 9,8 Mio.).

4. Großschäden > 1 Mio.
   Neun offene Fälle, davon zwei Heilwesen, einmal Gebäude Brand (01/2025).
   Einzelheiten im Großschadenbericht (nicht Teil des Protokolls).

5. Feststellung Revision KR-2024-11 (Dokumentation Einzelreserven)
   Umsetzung bis 30.06. bestätigt (Grabowski).

Nächste Sitzung: 15.07.2025

Protokoll: L. Ebbinghaus
"""
    node = text(body, cte="quoted-printable")
    raw = build(n, EBBINGHAUS, [ALDENHOVEN, MOELLENKAMP, GRABOWSKI, STAMMLER, VOSSBERG, HERZBERG],
                "Protokoll Reservierungskomitee Q1/2025", cet(2025, 4, 16, 16, 22, 0), node, style=2, mailer=TBIRD)
    return Mail("NORMAL", "de", "internal",
                "trap: reserving committee minutes with bodily-injury reserve trends and large-loss counts, no person",
                raw)


@reg
def m074():
    n = 74
    plain = """Sehr geehrter Herr Behrendt,

zu Ihrer Anforderung 31 (Nachweis der Spätschadenreserve Leben, Prüfung der
Meldeverzögerung) die Todesfälle mit Meldung im Januar 2025 und Sterbedatum 2024:

Leistungsfall  Vers.-Nr.        Verstorbene/r         Sterbedatum  Meldung     Todesursache lt. Bescheinigung   VS EUR
TF-2025-0004   LV-4471-130882   Horst Eggeling        28.12.2024   06.01.2025  Lungenkarzinom                   50.000
TF-2025-0011   LV-4471-201774   Sandra Klöpper        17.12.2024   09.01.2025  Verkehrsunfall                  250.000
TF-2025-0019   LV-4471-097315   Werner Apel           30.11.2024   14.01.2025  Herzinfarkt                      15.338
TF-2025-0026   LV-4471-160208   Bianca Tewes          22.12.2024   27.01.2025  Suizid (Karenz abgelaufen)      120.000

Summe 435.338 EUR, in der Spätschadenreserve 31.12.2024 pauschal mit 480.000 EUR
berücksichtigt.

Mit freundlichen Grüßen
Katrin Sobotta
"""
    html = """<html><body style="font-family:Arial;font-size:10pt"><p>Sehr geehrter Herr Behrendt,</p>
<p>zu Ihrer Anforderung 31 (Nachweis der Sp&auml;tschadenreserve Leben, Pr&uuml;fung der Meldeverz&ouml;gerung) die
Todesf&auml;lle mit Meldung im Januar 2025 und Sterbedatum 2024:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Leistungsfall</th><th>Vers.-Nr.</th><th>Verstorbene/r</th><th>Sterbedatum</th><th>Meldung</th><th>Todesursache lt. Bescheinigung</th><th>VS EUR</th></tr>
<tr><td>TF-2025-0004</td><td>LV-4471-130882</td><td>Horst Eggeling</td><td>28.12.2024</td><td>06.01.2025</td><td>Lungenkarzinom</td><td>50.000</td></tr>
<tr><td>TF-2025-0011</td><td>LV-4471-201774</td><td>Sandra Kl&ouml;pper</td><td>17.12.2024</td><td>09.01.2025</td><td>Verkehrsunfall</td><td>250.000</td></tr>
<tr><td>TF-2025-0019</td><td>LV-4471-097315</td><td>Werner Apel</td><td>30.11.2024</td><td>14.01.2025</td><td>Herzinfarkt</td><td>15.338</td></tr>
<tr><td>TF-2025-0026</td><td>LV-4471-160208</td><td>Bianca Tewes</td><td>22.12.2024</td><td>27.01.2025</td><td>Suizid (Karenz abgelaufen)</td><td>120.000</td></tr>
</table>
<p>Summe 435.338 EUR, in der Sp&auml;tschadenreserve 31.12.2024 pauschal mit 480.000 EUR ber&uuml;cksichtigt.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Katrin Sobotta</p></body></html>
"""
    node = alt(n, plain, html)
    raw = build(n, SOBOTTA, [BEHRENDT], "Anforderung 31 – Todesfälle mit Meldung 01/2025", cet(2025, 2, 27, 14, 8, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                "death claims list to the auditor: named deceased, policy numbers, dates and causes of death (cancer, suicide)",
                raw)


@reg
def m075():
    n = 75
    body = '''Hi Lukas,

here is the pseudonymisation step for the Nordkap BU study extract, as discussed.
Please review before we run it on the real table. The test fixture uses the usual
fictitious record only.

```python
import hmac, hashlib

SECRET = load_key("rv_pseudo_2025")          # from the vault, never in the repo

def pseudo_id(policy_no: str) -> str:
    return hmac.new(SECRET, policy_no.encode(), hashlib.sha256).hexdigest()[:16]

def transform(row):
    return {
        "pseudo_id":    pseudo_id(row["policy_no"]),
        "birth_year":   row["birth_date"][:4],
        "sex":          row["sex"],
        "benefit":      round(row["annuity"] / 500) * 500,
        "icd_chapter":  icd_chapter(row["icd"]),   # "F32.1" -> "V"
        # name, address, postcode, IBAN and full ICD code are dropped
    }

# test fixture (fictitious)
ROW = {"policy_no": "LV-0000-000000", "name": "Max Mustermann (fiktiv)",
       "birth_date": "1970-01-01", "sex": "m", "annuity": 1234,
       "icd": "F32.1", "iban": "DE89 3704 0044 0532 0130 00"}
assert transform(ROW) == {"pseudo_id": "<see test>", "birth_year": "1970",
                          "sex": "m", "benefit": 1000, "icd_chapter": "V"}
```

Cells with fewer than 5 cases are suppressed in a second step (small_cells.py).

Thanks
Priya
'''
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, NATARAJAN, [EBBINGHAUS], "Pseudonymisation script for BU study - review please", cet(2025, 5, 15, 11, 40, 0), node,
                style=2, mailer=TBIRD)
    return Mail("NORMAL", "en", "internal",
                "trap: pseudonymisation code with a fictitious test record (Max Mustermann), published example IBAN and an ICD code",
                raw)


@reg
def m076():
    n = 76
    rows = [["PersNr", "Name", "Vorname", "Geburtsdatum", "Status", "Rentenbeginn", "Rente mtl. EUR", "Grund", "Hinterbliebene"]]
    data = [
        ("08812", "Kemmerich", "Adolf", "02.05.1944", "Altersrentner", "01.06.2009", "1.184,20", "Alter", "Ehefrau geb. 1948"),
        ("09440", "Lüdeking", "Renate", "19.10.1957", "Invalidenrentnerin", "01.03.2016", "912,55", "volle Erwerbsminderung (Bescheid DRV), MS", "-"),
        ("10102", "Pohlmann", "Heinz-Dieter", "27.08.1962", "Invalidenrentner", "01.11.2021", "1.036,00", "teilw. Erwerbsminderung nach Schlaganfall", "Ehefrau geb. 1964"),
        ("10775", "Sasse", "Gerlinde", "11.01.1951", "Witwenrente", "01.02.2019", "602,10", "Tod des Ehegatten", "-"),
        ("11398", "Ortmann", "Kurt", "30.03.1966", "Invalidenrentner", "01.07.2024", "1.408,75", "Erwerbsminderung, psychische Erkrankung", "-"),
    ]
    for r in data:
        rows.append(list(r))
    rows.append(["…", "(weitere 611 Rentner)", "", "", "", "", "", "", ""])
    c = csvbytes(rows, delim=";", encoding="cp1252")
    body = """Sehr geehrter Herr Lindqvist,

wie angekündigt der Nachtrag für das Pensionsgutachten 31.12.2024: Rentnerbestand
einschließlich der Invaliden- und Hinterbliebenenrenten. Bei den Invalidenrentnern
habe ich den Grund aus der Personalakte übernommen, weil Sie für die Invaliden-
sterblichkeit nach Ursachengruppen differenzieren wollten. Bitte nur dafür verwenden.

Rentenanpassung zum 01.01.2025: +2,2 % (§ 16 BetrAVG, Prüfung ist erfolgt).

Mit freundlichen Grüßen
Jörg Brandes
"""
    node = multi("mixed", [text(body, charset="windows-1252", cte="quoted-printable"),
                           att(c, "text/csv", "Rentner_31122024.csv", charset="windows-1252")], bnd(n))
    raw = build(n, BRANDES, [LINDQVIST], "Pensionsgutachten 31.12.2024 – Nachtrag Rentner/Invalide",
                cet(2025, 1, 29, 16, 10, 0), node, cc=[TESSMER], charset="windows-1252", style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                "own pensioners list with birth dates and reasons for disability pensions (MS, stroke, psychiatric illness) in the CSV",
                raw)


@reg
def m077():
    n = 77
    body = """Liebe Kolleginnen und Kollegen,

seit gestern erreichen uns gefälschte E-Mails, die angeblich von "Ihrem
Wirtschaftsprüfer" oder "Konzernrevision Corvan" stammen. Betreff z. B.
"Dringende Prüfungsanforderung – Leistungsakten bis heute 16 Uhr" oder
"Saldenbestätigung – Bankverbindung geändert". Die Mails enthalten einen Link auf
eine nachgebaute Anmeldeseite bzw. eine ZIP-Datei.

So erkennen Sie die Mails:
  - Absenderadresse passt nicht zur bekannten Domain (z. B. kranich-wp-audit.example)
  - hoher Zeitdruck, Bitte um Versand von Akten oder Listen per Mail
  - geänderte Bankverbindung für eine Zahlung

Bitte nichts anklicken, nichts beantworten, sondern die Mail mit dem Button
"Phishing melden" weiterleiten. Echte Anforderungen der Prüfer kommen ausschließlich
über den Datenraum.

Wer bereits geklickt hat: bitte sofort beim Servicedesk (-4444) melden, das ist
kein Problem, solange wir es schnell wissen.

Ihr IT-Sicherheitsteam
"""
    node = text(body)
    raw = build(n, SERVICEDESK, [ALLE], "Warnung: gefälschte Prüfer-Mails im Umlauf", cet(2025, 2, 19, 8, 5, 0), node,
                style=3, mailer=NOTES, extra=[("Importance", "high")])
    return Mail("NORMAL", "de", "internal",
                "trap: phishing warning quoting fake auditor requests for benefit files and bank details, no person",
                raw)


@reg
def m078():
    n = 78
    good = iban("DE", "25010030" + "0044718802")
    body = f"""Hallo Herr Grabowski,

bei der Datenanalyse "Zahlungen an Sachverständige 2024" ist uns Folgendes aufgefallen:

Sachverständigenbüro Kai Brüggemann (Einzelunternehmen, Kfz- und Gebäude-
sachverständiger, Kreditor 700418) hat für drei Gutachten jeweils zwei Zahlungen
erhalten:

  Gutachten zu     Rechnung       Betrag     Zahlung 1    Zahlung 2
  S-24-0612233     RE-24-1187     1.840,00   12.07.2024   30.07.2024
  S-24-0612388     RE-24-1203     2.115,50   19.07.2024   02.08.2024
  K-24-1171005       RE-24-1290       980,00   04.09.2024   18.09.2024

Ursache: Der Kreditor ist zweimal angelegt. Im älteren Stammsatz steht die
IBAN DE40 2501 0030 0044 7818 02 – die ist ungültig (Prüfziffer passt nicht,
offenbar Zahlendreher "81" statt "18" bei der Erfassung), die Zahlung ging trotzdem raus, weil
die Bank sie wohl korrigiert zugeordnet hat. Im neuen Stammsatz steht
{grp(good)}.

Herr Brüggemann hat die Doppelzahlungen (4.935,50 EUR) auf Nachfrage sofort
zugegeben und zurücküberwiesen. Wir empfehlen, den alten Stammsatz zu sperren
und den Dublettencheck im Kreditorenanlageprozess zu aktivieren.

Gruß
Dennis Wolters
"""
    node = text(body)
    raw = build(n, WOLTERS, [GRABOWSKI], "Doppelzahlungen Sachverständiger – Kreditor 700418", cet(2025, 6, 4, 14, 48, 0), node,
                cc=[TIEDEMANN], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "internal",
                "named sole-trader assessor's bank details (one IBAN deliberately invalid, a data-entry typo) and double payments",
                raw)


@reg
def m079():
    n = 79
    body = """Dear Meridian underwriting team,

we would appreciate your terms for the following life application (above our
automatic limit for HIV):

Applicant:    Mr Bastian Krusekopf, male, born 22 July 1984, marketing manager
Cover:        term life EUR 350,000, 20 years (mortgage protection)

Medical:      HIV infection diagnosed in 2014. Antiretroviral therapy since diagnosis
              (currently bictegravir/emtricitabine/tenofovir alafenamide, one tablet
              daily). Viral load below detection limit continuously since 2015, CD4
              count 780/ul (02/2025). No AIDS-defining illness, no hepatitis B/C
              co-infection. Regular follow-up at the HIV outpatient clinic of the MHH.
              Non-smoker, BMI 24.

Under your manual we would expect approx. +75% for this profile. The specialist's
letter of 4 March 2025 can be sent via the portal.

Best regards
Lea Hoffstedt
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, HOFFSTEDT, [MR_UW], "Underwriting request - applicant with HIV, term life EUR 350k", cet(2025, 3, 14, 10, 12, 0), node,
                cc=[PIETSCH], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "underwriting request to reinsurer: named applicant, birth date, HIV infection, antiretroviral therapy, lab values",
                raw)


@reg
def m080():
    n = 80
    body = """Hi Daniel,

attached / below the key figures for the 2026 Cat XL submission. The full exposure
file (CRESTA level, sums insured and number of risks per zone) is uploaded to your
submission portal.

Portfolio (Albis Allgemeine, as at 30.06.2025)
  Residential buildings     412,000 risks   TSI EUR 138.2bn
  Residential contents      655,000 risks   TSI EUR  41.7bn
  Commercial/agricultural    38,500 risks   TSI EUR  29.9bn
  Flood take-up (buildings)  61%

Modelled losses (vendor model v23, incl. demand surge, gross, EUR m)
  Return period     Windstorm   Flood   Hail   Combined (AEP)
  1 in 50              128        71      54        164
  1 in 100             176       112      78        221
  1 in 200             238       163     101        294
  1 in 250             259       181     109        318

Proposed structure 2026 (unchanged): 4 layers, EUR 290m xs 15m, reinstatement 1 @ 100%.
Historic events: Kyrill 2007 as-if EUR 96m, Ylva 2024 EUR 31.6m.

Could you let us know by 15 September whether you see capacity issues on layer 1?

Thanks
Tobias
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, KRANEPUHL, [OKAFOR], "Cat XL 2026 submission - key figures", cet(2025, 8, 20, 9, 10, 0), node,
                cc=[BLUM, VOSSBERG], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "insurer-to-broker",
                "trap: cat XL renewal submission with portfolio exposure and modelled losses, no person",
                raw)


@reg
def m081():
    n = 81
    p = [
        ("K-24-1171005", "Oleksandr Hnatiuk", iban("DE", "25050180" + "0013948572"), "18,900.00", "2024-10-08", "motor own damage, total loss"),
        ("S-24-0612290", "Elfriede Brinkhege", iban("DE", "25450110" + "0000618204"), "150,000.00", "2024-08-15", "flood, buildings (instalment 2)"),
        ("S-24-0801766", "Carsten Meinecke", iban("DE", "24050110" + "0055172036"), "300,300.00", "2025-01-20", "windstorm, farm buildings"),
        ("S-24-0718840", "Jens Tönnies", iban("DE", "25050180" + "0029004317"), "6,430.00", "2024-10-28", "burglary, contents"),
    ]
    lines = "\n".join(f"  {c:13s} {nm:20s} {grp(ib)}  EUR {amt:>11s}  {d}  {t}" for c, nm, ib, amt, d, t in p)
    body = f"""Dear Rory,

for your test of claims payments to private individuals (payee verification), these
are the four payments you selected, with the payee and account as executed by the bank:

{lines}

Bank statements for the four dates are in the data room (folder 07_Payments). For
S-24-0612290 the account differs from the policy's direct debit account because
Ms Brinkhege asked for payment to her son's account while she was staying with
him; the written instruction is in the file.

Kind regards
Oliver Stammler
Accounting, Albis Versicherungsgruppe
"""
    node = text(body)
    raw = build(n, STAMMLER, [MCKENNA], "Payee verification - 4 selected claims payments", cet(2025, 3, 5, 13, 55, 0), node,
                cc=[PENROSE], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "claims payments to named private payees with full IBANs and claim numbers (motor/property), sent to the group auditor",
                raw)


@reg
def m082():
    n = 82
    rows = [["PersNr", "Name", "Steuerklasse", "Konfession (ELStAM)", "Kirchensteuer Jan EUR", "Gewerkschaftsbeitrag (Abzug) EUR", "Feststellung"]]
    data = [
        ("12044", "Freese, Torsten", "III", "rk", 38.41, 0, "ok"),
        ("13380", "Bollmann, Kerstin", "I", "ev", 22.10, 14.50, "Beitrag ver.di nach Austritt 09/2024 weiter abgezogen"),
        ("14402", "Lemförde, Kai-Uwe", "I", "--", 0, 0, "ok"),
        ("15102", "Demir, Gülsen", "I", "--", 0, 0, "ok"),
        ("15630", "Wachholz, Benedikt", "IV", "ev", 17.96, 12.00, "ok"),
        ("16018", "Nowak, Agnieszka", "I", "rk", 0, 0, "Kirchensteuer fehlt trotz Merkmal rk (Stammdatenfehler seit 08/2024)"),
    ]
    for r in data:
        rows.append(list(r))
    x = xlsx([("Stichprobe Lohn 01-2025", rows)])
    body = """Hallo Herr Brandes,

aus der Prüfung Entgeltabrechnung (KR-2025-05) die Stichprobe Januar mit den zwei
Auffälligkeiten zur Klärung, Details in der Datei. Bitte die Korrekturen mit der
Februar-Abrechnung durchführen und mir kurz bestätigen.

Gruß
Ralf Tiedemann
"""
    node = multi("mixed", [text(body), att(x, CT_XLSX, "KR-2025-05_Stichprobe_Lohn_Jan.xlsx")], bnd(n))
    raw = build(n, TIEDEMANN, [BRANDES], "KR-2025-05 Entgeltabrechnung – Stichprobe Januar", cet(2025, 2, 24, 11, 0, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "payroll audit sample revealing religion (church tax denomination) and trade-union membership of named employees, only in the XLSX",
                raw)


@reg
def m083():
    n = 83
    body = """Hallo zusammen,

kurzer Stand zur Beitragsanpassungsprüfung KV zum 01.01.2026 (Stichtag der
Berechnung 30.06.2025, Beobachtungseinheiten nach § 155 VAG):

Tarif / BE                 auslösender Faktor Leistungen   Schwellenwert   Anpassung nötig?
Komfort 100, Männer                 1,094                      1,05            ja
Komfort 100, Frauen                 1,071                      1,05            ja
Basis 80, Männer                    1,038                      1,05            nein (Sterblichkeit prüfen)
Basis 80, Frauen                    1,046                      1,05            nein
Zahn Plus, Erwachsene               1,122                      1,05            ja
Krankentagegeld 43                  0,982                      1,05            nein

Haupttreiber sind stationäre Kosten (+9 %) und ambulante Psychotherapie. Die
Limitierungsmittel aus der RfB reichen für eine Begrenzung auf rund 7 % im Mittel.

Treuhänder-Termin ist am 02.09. Die Unterlagen (Nachweisung, Rechnungsgrundlagen)
bereite ich bis 22.08. vor.

Svenja
"""
    node = text(body, cte="quoted-printable")
    raw = build(n, RAUTENBERG, [MOELLENKAMP, HOLLERBACH], "BAP KV 2026 – auslösende Faktoren", cet(2025, 7, 29, 16, 30, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: health premium adjustment factors per tariff, aggregate only",
                raw)


@reg
def m084():
    n = 84
    body = """Sehr geehrte Frau Kowalczyk,

zur Jahresbesprechung des Rechtsschutz-Quotenvertrags (RS-Q 2022, Anteil Nordkap
30 %) wie gewünscht die drei größten offenen Fälle:

1) RS-22-0419 – VN Dr. Helmut Brakelmann, Rechtsschutz Privat/Beruf
   Arbeitsrechtliche Auseinandersetzung nach fristloser Kündigung als Chefarzt-
   Stellvertreter eines MVZ (Vorwurf: Abrechnungsunregelmäßigkeiten, nicht
   strafrechtlich verfolgt). Streitwert 412.000 EUR (Jahresgehalt 168.000 EUR,
   Abfindungsforderung). Zweite Instanz LAG Niedersachsen. Reserve 64.000 EUR.

2) RS-23-1180 – VN Eheleute Rolf und Susanne Dierkes, Rechtsschutz Wohnen/Bau
   Streit mit Bauträger um Mängel am Neubau, Gutachterkosten hoch. Reserve 48.500 EUR.

3) RS-23-1377 – VN Janine Overbeck, Rechtsschutz Verkehr
   Streit mit Leasinggesellschaft um Rückgabeschäden (Porsche Cayenne), Streitwert
   38.000 EUR. Reserve 19.200 EUR.

Die Schadenquote 2024 liegt bei 71 % (Vj. 68 %).

Mit freundlichen Grüßen
Tobias Kranepuhl
"""
    node = text(body)
    raw = build(n, KRANEPUHL, [KOWALCZYK], "RS-Q 2022 – größte offene Fälle für die Jahresbesprechung", cet(2025, 6, 18, 9, 44, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "legal expenses claims with named insureds, salary, dispute details (no health, no criminal proceedings)",
                raw)


@reg
def m085():
    n = 85
    body = """Sehr geehrte Frau Haverkamp,

im Rahmen einer internen Qualitätsprüfung bestätigen wir stichprobenartig
Auszahlungen direkt bei unseren Kundinnen und Kunden.

Zu Ihrer Lebensversicherung LV-4471-066120 haben wir am 14.11.2024 nach Ihrer
Kündigung den Rückkaufswert ausgezahlt:

  Rückkaufswert                     38.217,44 EUR
  abzüglich Kapitalertragsteuer
  und Solidaritätszuschlag           1.204,66 EUR
  Auszahlung                        37.012,78 EUR

auf das Konto mit der Endziffer ...5518.

Können Sie uns kurz per Antwort bestätigen, dass Sie den Betrag erhalten haben? Wenn
etwas nicht stimmt, rufen Sie mich gern an.

Freundliche Grüße
Ralf Tiedemann
Konzernrevision
Albis Versicherungsgruppe, Telefon 0511 4471-2214
"""
    node = text(body)
    raw = build(n, TIEDEMANN, [("Martina Haverkamp", "m.haverkamp@web-mail.example")], "Bestätigung Auszahlung Ihrer Lebensversicherung",
                cet(2025, 6, 10, 10, 31, 0), node, style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "audit confirmation about a named customer's life policy surrender payout and tax (personal line, no medical word)",
                raw)


@reg
def m086():
    n = 86
    body = """RV-Teammeeting 02.07.2025 – Notes

Attendees: Vossberg, Pietsch, Olbrich, Kranepuhl, Marquardt

1. Large losses Q2 (status)
   - Leben/BU: 4 neue Meldungen an Nordkap, alle unter 500 TEUR Barwert
   - Unfall: 2 neue Fälle PA-XL, 1 davon bereits reserviert > Priorität
   - Komposit: keine neuen Fälle > 1 Mio.
   -> Jonas schickt die Liste wie immer über das Portal, nicht per Mail.

2. Renewal 2026
   - Timeline agreed: submission Cat XL to broker by 31.08., quotes by 15.10.
   - Meridian wants to renegotiate the SL-K commission (currently 5 %)

3. Audit findings follow-up
   - KR-2024-07 Feststellung 3 (Vier-Augen-Prinzip Stop-Loss-Meldungen): closed
   - Ashford Lyle ML point 2 (SoD RI accounting): closed

4. AOB
   - Henrike out 21.07.–08.08., deputy Jonas
   - Team lunch Friday 12:30, Italiener am Aegi

Next meeting: 06.08.2025
"""
    node = text(body, cte="8bit")
    raw = build(n, PIETSCH, [VOSSBERG, OLBRICH, KRANEPUHL, MARQUARDT], "Notes RV-Teammeeting 02.07.", cet(2025, 7, 2, 15, 44, 0), node,
                style=2, mailer=TBIRD)
    return Mail("NORMAL", "mixed", "internal",
                "trap: bilingual team meeting notes with large-loss counts and audit follow-up, no person",
                raw)


@reg
def m087():
    n = 87
    body = """Dear Fiona,

for information under the cyber quota share (CY-QS 2024, your share 25%), a claim we
expect to close at around EUR 92k:

Insured:      Zahnarztpraxis Dr. Jana Weichert (sole practitioner), Podbielskistr. 88,
              30177 Hannover - policy CY-0231-0774
Incident:     ransomware (LockBit variant) on 21 January 2025; practice management
              server and imaging PCs encrypted. Backup restored after 4 days.
Data:         the forensic report (incident responder CyberHelp Nord) found no evidence
              of exfiltration; logs were intact and showed no outbound transfer. The
              data protection authority was notified as a precaution; no patient
              notification required. No patient records are part of our claim file.
Costs:        forensics EUR 28,400; restoration and IT EUR 19,900; business
              interruption (practice closed 4 days, 2 days reduced) EUR 38,200;
              legal advice EUR 5,600.

Dr. Weichert has since moved to a managed backup service, which we required as a
condition for renewal.

Best regards
Uwe Marquardt
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, MARQUARDT, [GALLAGHER], "CY-QS 2024 - ransomware claim dental practice, info", cet(2025, 4, 22, 14, 2, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "cyber claim of a named sole-practitioner dentist: address, policy, business interruption; no patient data, no health of a person",
                raw)


@reg
def m088():
    n = 88
    d = docx([("h", "Meridian Re claims audit 2025 – case summaries (Albis Leben)"),
              "Prepared for the on-site review on 24 June 2025. Confidential – medical data.",
              ("h", "Case 1 – BU-2023-0041, Svetlana Morozova (born 27.07.1985)"),
              "Teacher, claim since 02/2023. Severe depressive episode (F32.2) after a burnout in 2022; two inpatient stays "
              "(8 and 11 weeks). Psychiatric expert opinion 01/2025: no improvement, BU 100 %. Follow-up review 02/2026.",
              ("h", "Case 2 – BU-2023-0290, Tim Holtkötter (born 09.01.1990)"),
              "Software developer, relapsing-remitting multiple sclerosis (G35) with cognitive fatigue, EDSS 4.5. "
              "Accepted without limitation, no follow-up review planned.",
              ("h", "Case 3 – BU-2024-0022, Rüdiger Pflaum (born 30.12.1964)"),
              "Truck driver, myocardial infarction (I21.0) 01/2024. Declined for non-disclosure: treated hypertension and "
              "a coronary angiography in 2019 were not disclosed in the application (2020). Lawsuit pending, LG Hildesheim.",
              ("h", "Case 4 – BU-2024-0311, Frank Ellerbrock (born 15.04.1977)"),
              "Sales manager, F32.1 after adjustment disorder. Non-disclosure check ongoing (sick leave 'burnout' 2020)."],
             author="Katrin Sobotta", title="Meridian claims audit 2025")
    body = """Dear Erik,

ahead of your visit next week, attached are the case summaries for the four files
you selected. The full files will be available in our audit room (4.118) on the day.

Kind regards
Katrin Sobotta
Claims Life / Disability, Albis Lebensversicherung AG
"""
    node = multi("mixed", [text(body, cte="7bit", charset="us-ascii"), att(d, CT_DOCX, "Meridian_claims_audit_2025_case_summaries.docx")], bnd(n))
    raw = build(n, SOBOTTA, [HALVORSEN], "Claims audit 24 June - case summaries", cet(2025, 6, 17, 17, 12, 0), node,
                cc=[PIETSCH], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "case summaries for the reinsurer's claims audit: names, birth dates, diagnoses (F32.2, G35, I21.0) only in the DOCX",
                raw)


@reg
def m089():
    n = 89
    body = """Sehr geehrte Frau Dr. Wessels,

vielen Dank für die Prüfungsplanung zum Jahresabschluss 2025. Wir bestätigen die
Termine:

  Vorprüfung (IKS, IT, Prozesse)          29.09.-10.10.2025
  Prüfung Rückversicherung/Abrechnung     03.11.-07.11.2025
  Hauptprüfung                            19.01.-20.02.2026
  Prüfungsausschuss (Bericht)             17.03.2026

Organisatorisches:
  - Prüfungsraum 4.118 (Schlüssel bei Herrn Tiedemann)
  - Datenraum ab 01.09. (View-only, 2-Faktor-Anmeldung, Zugänge bitte bis 20.08. melden)
  - Stichprobenakten aus Leben, Kranken und Unfall werden ausschließlich im
    Prüfungsraum eingesehen; Kopien mit Gesundheitsdaten verlassen das Haus nicht.
    Arbeitspapiere bitte mit Aktenzeichen statt Namen führen.
  - Ansprechpartner je Prüffeld wie im Vorjahr, Liste folgt.

Mit freundlichen Grüßen
Oliver Stammler
Bilanzierung
"""
    node = text(body, charset="iso-8859-1", cte="quoted-printable")
    raw = build(n, STAMMLER, [WESSELS], "Prüfungsplanung JA 2025 – Bestätigung Termine", cet(2025, 7, 14, 10, 3, 0), node,
                cc=[HERZBERG, KW_TEAM], charset="iso-8859-1", style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "insurer-to-partner",
                "trap: audit planning dates and rules for viewing health files, no person",
                raw)


@reg
def m090():
    n = 90
    body = """Hallo Herr Tiedemann,

wie besprochen für Ihre Prüfung der Entgeltabrechnung: In der Stichprobe Mai ist die
Abweichung bei PersNr 15630 (Herr Benedikt Wachholz) keine Fehlbuchung, sondern eine
Lohnpfändung.

Pfändungs- und Überweisungsbeschluss AG Hannover, Az. 712 M 4410/25, vom 07.04.2025
Gläubigerin: Autohaus Gerdau GmbH, Forderung 11.842,19 EUR nebst Zinsen und Kosten
Pfändbarer Betrag Mai: 612,48 EUR (Nettolohn 3.206,00 EUR, eine Unterhaltspflicht)

Wir haben Herrn Wachholz informiert, er hat eine Ratenvereinbarung beantragt. Bitte
die Angaben nur für die Prüfungsakte verwenden.

Viele Grüße
Jörg Brandes
Personal
"""
    node = text(body)
    raw = build(n, BRANDES, [TIEDEMANN], "AW: Stichprobe Mai – PersNr 15630", cet(2025, 6, 12, 9, 14, 0), node,
                style=1, mailer=OUTLOOK, in_reply_to="<rt.2025-06-11.stichprobe@albis-versicherung.example>")
    return Mail("CONFIDENTIAL", "de", "internal",
                "wage garnishment of a named employee: court file number, debt, net salary, maintenance obligation",
                raw)


@reg
def m091():
    n = 91
    body = """Sehr geehrter Herr Dr. Brenner,

wir bitten Sie, in folgender Sache den Regress für uns zu führen:

Schuldner:      Herr Marvin Kuhlmann, Grenzweg 3, 31535 Neustadt am Rübenberge
Vertrag:        Kfz-Haftpflicht K-771-40992 (VW Golf, H-MK 4471)
Schaden:        KH-24-2198113 vom 02.10.2024, Auffahrunfall auf der B 6, nur Sachschaden
                beim Unfallgegner (Reparatur 9.812,40 EUR, Mietwagen 1.240,00 EUR)

Der Vertrag war zum Unfallzeitpunkt wegen nicht gezahlter Folgeprämie leistungsfrei
(§ 38 Abs. 2 VVG, qualifizierte Mahnung vom 14.08.2024 zugestellt). Gegenüber dem
Geschädigten mussten wir nach § 117 VVG leisten. Regressforderung daher 11.052,40 EUR.

Herr Kuhlmann hat auf zwei Zahlungsaufforderungen nicht reagiert. Laut Auskunft der
Creditreform bestehen weitere Zahlungsstörungen; eine Ratenzahlung würden wir
akzeptieren (mindestens 150 EUR/Monat).

Unterlagen (Mahnung, Zustellnachweis, Zahlungsbelege) folgen über das Anwaltsportal.

Mit freundlichen Grüßen
Michael Grabowski
"""
    node = text(body)
    raw = build(n, GRABOWSKI, [BRENNER], "Regress Kuhlmann – KH-24-2198113 – Mandat", cet(2025, 5, 14, 11, 20, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
                "motor liability recourse against a named policyholder for unpaid premium: address, plate, amounts, credit-rating information; no injuries",
                raw)


@reg
def m092():
    n = 92
    plain = """CORVAN GROUP AUDIT UPDATE - Summer 2025

1. New Head of Group Internal Audit
   We are pleased to announce that Sanne Dekker will take over as Chief Audit
   Executive on 1 October 2025. Sanne joined Corvan in 2016 and has led the
   thematic reviews on claims and underwriting since 2021.

2. Methodology
   - Data analytics: full-population testing of claims payments is now standard in
     all entities; samples are only drawn for attributes that need file review.
   - Health data: working papers must reference case IDs only. The new GIA tool
     masks names and diagnoses automatically in uploaded documents.

3. Thematic reviews 2025/26
   Disability claims handling (completed), outsourcing to TPAs, reinsurance
   credit risk, AI use cases in underwriting.

4. Upcoming
   Audit community day, Rotterdam, 20 November 2025.
"""
    html = """<html><body style="font-family:Verdana;font-size:10pt">
<h2 style="color:#003a70">Corvan Group Audit Update &ndash; Summer 2025</h2>
<h3>1. New Head of Group Internal Audit</h3>
<p>We are pleased to announce that Sanne Dekker will take over as Chief Audit Executive on 1 October 2025.
Sanne joined Corvan in 2016 and has led the thematic reviews on claims and underwriting since 2021.</p>
<h3>2. Methodology</h3>
<ul><li>Data analytics: full-population testing of claims payments is now standard in all entities; samples are only
drawn for attributes that need file review.</li>
<li>Health data: working papers must reference case IDs only. The new GIA tool masks names and diagnoses automatically
in uploaded documents.</li></ul>
<h3>3. Thematic reviews 2025/26</h3>
<p>Disability claims handling (completed), outsourcing to TPAs, reinsurance credit risk, AI use cases in underwriting.</p>
<h3>4. Upcoming</h3><p>Audit community day, Rotterdam, 20 November 2025.</p>
</body></html>
"""
    node = alt(n, plain, html)
    raw = build(n, HERZBERG, [WOLTERS, DEMIRTAS, TIEDEMANN], "FW: Corvan Group Audit Update - Summer 2025",
                cet(2025, 7, 8, 8, 15, 0), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "newsletter",
                "trap: group audit newsletter with a personnel announcement and health-data methodology, no sensitive personal data",
                raw)


@reg
def m093():
    n = 93
    body = """Hi Pieter,

on your question about the group life experience 2024 (excess mortality check):

Group life schemes, Albis Leben, deaths 2024 by age band
  Age     Lives      Deaths   A/E
  20-29    8,420        3     71%
  30-39   14,915        9     88%
  40-49   16,230       21     95%
  50-59   12,778       47    101%
  60-67    4,102       31    108%

A caveat on the small schemes before you put this into the group deck: the only
death in our smallest scheme (volunteer fire brigade Gemeinde Wedemark-Nord, 38
lives) was the deputy chief, age 44, who died in March of a glioblastoma. That
single case lifts the scheme's A/E to 390%, which is why it shows up in the outlier
report. Please do not show the scheme-level page - everyone in the municipality
knows who it is.

Best
Priya
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, NATARAJAN, [VERHOEVEN], "RE: Group life experience 2024 - excess mortality", cet(2025, 4, 4, 9, 58, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "statistic with a small cell: a single death in a 38-person scheme with role, age and cause (glioblastoma), identifiable",
                raw)


@reg
def m094():
    n = 94
    body = """Hi Kerstin,

could you place the following yacht hull risk facultatively? It exceeds our marine
line (EUR 2m):

Owner / insured: Mr Hinrich Osterloh, private, Elbchaussee 301, 22609 Hamburg
Vessel:          "Seeschwalbe II", sailing yacht, Hallberg-Rassy 64, built 2021,
                 flag Germany, MMSI 211 780 340
Agreed value:    EUR 4.2m, machinery included
Navigation:      Baltic and North Sea, Atlantic coast to Gibraltar; Mediterranean
                 June-September 2026
Skipper:         owner (Sportseeschifferschein since 1994), professional skipper for
                 the Biscay crossing
Mooring:         winter storage ashore in Glückstadt, summer berth Kiel-Schilksee
Claims history:  2023 grounding Danish Belt, EUR 38k (keel inspection, antifouling)

We keep EUR 1.5m net; please look for EUR 2.7m on the market at around 0.85% rate.

Thanks
Uwe
"""
    node = text(body)
    raw = build(n, MARQUARDT, [BLUM], "Fac request yacht hull EUR 4.2m - Osterloh", cet(2025, 10, 7, 10, 40, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-broker",
                "facultative yacht placement: named private owner, home address, vessel value, claims history",
                raw)


@reg
def m095():
    n = 95
    body = """Liebe Kolleginnen und Kollegen,

für den Jahresbericht 2024 der Konzernrevision an Vorstand und Prüfungsausschuss
hier die Kennzahlen zur Abstimmung (Entwurf):

  Prüfungen laut Plan                 11     durchgeführt 10 (eine verschoben)
  Ad-hoc-/Sonderprüfungen              3
  Feststellungen gesamt               47     davon hoch 6, mittel 19, gering 22
  Maßnahmen fristgerecht umgesetzt    81 %   (Ziel 85 %)
  überfällige Maßnahmen > 6 Monate      4
  Prüfertage                         361     Auslastung 95 %

Schwerpunkte 2024: Leistungsbearbeitung Kranken (KR-2024-07), Reservierung
Großschäden (KR-2024-11), Berechtigungen im Dokumentenarchiv (KR-2024-09).

Die Sonderprüfung im Zahlungsverkehr Schaden erwähnen wir nur mit dem
Ergebnis "abgeschlossen, Maßnahmen eingeleitet" – Details nur mündlich im
Prüfungsausschuss.

Bitte prüft die Zahlen für eure Prüfungen bis Mittwoch.

Claudia
"""
    node = text(body, cte="8bit", flowed=True)
    raw = build(n, HERZBERG, [WOLTERS, DEMIRTAS, TIEDEMANN], "Jahresbericht 2024 – Kennzahlen zur Abstimmung", cet(2025, 2, 28, 15, 15, 0), node,
                style=2, mailer=TBIRD)
    return Mail("NORMAL", "de", "internal",
                "trap: internal audit KPIs; mentions the special investigation only as 'closed', no person",
                raw)


@reg
def m096():
    n = 96
    body = """Hallo Lukas,

siehe Betreff. Die Reha ist jetzt bis Ende Oktober verlängert, die Reserve von März
passt so nicht mehr. Kannst du das bis Freitag neu rechnen? Unterlagen liegen in der
Akte.

Danke
Serkan
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, YILMAZ, [EBBINGHAUS], "UF-2025-00431 Herr Brückner – Querschnittlähmung nach Sturz vom Gerüst, Reserve neu",
                cet(2025, 8, 12, 16, 5, 0), node, style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "health data only in the subject (named insured, paraplegia after a fall, claim number); body harmless",
                raw)


@reg
def m097():
    n = 97
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body style="font-family:Segoe UI,Arial;font-size:10pt">
<table width="600" cellpadding="8" style="border:1px solid #c8102e"><tr><td style="background:#c8102e;color:#fff">
<b>Albis reinsurance portal &ndash; planned maintenance</b></td></tr>
<tr><td>
<p>Dear users of the Albis reinsurance portal,</p>
<p>due to the installation of release 25.3 the portal will be unavailable on<br>
<b>Saturday, 13 September 2025, 08:00 &ndash; 18:00 CEST</b>.</p>
<p>What changes:</p>
<ul>
<li>Uploading medical documents is only possible into the new &quot;restricted&quot; area; documents there can be
opened by named claims staff of the reinsurer only.</li>
<li>Read access to every document is logged and retained for 6 years.</li>
<li>Downloads of bordereaux now require a second factor.</li>
</ul>
<p>Please plan urgent large loss notifications outside the maintenance window or send a short notice without
attachments to <a href="mailto:rueckversicherung@albis-versicherung.example">rueckversicherung@albis-versicherung.example</a>.</p>
<p>Albis IT Service Desk</p>
</td></tr></table></body></html>
"""
    node = text(html, subtype="html", charset="us-ascii", cte="7bit")
    raw = build(n, SERVICEDESK, [("RI portal users", "ri-portal-users" + A)], "RI portal maintenance 13 September - new restricted area for medical documents",
                cet(2025, 9, 1, 12, 0, 0), node, style=3, mailer=NOTES)
    return Mail("NORMAL", "en", "internal",
                "trap: HTML-only portal maintenance notice about medical document uploads, no person",
                raw)


@reg
def m098():
    n = 98
    body = """Sehr geehrter Herr Behrendt,

zur Prüfung der Abschlussprovisionen (Anforderung 27) die Provisionsdaten des von
Ihnen ausgewählten Vermittlers:

  Vermittler:          Sören Plenge, Generalagentur Plenge (Einzelunternehmen)
  Vermittlernummer:    V-22731, Registrierung D-W4KQ-7HT1R-22
  Steuernummer:        33/118/07744 (FA Detmold), umsatzsteuerbefreit § 4 Nr. 11 UStG
  Provisionen 2024:    Abschluss 148.220,10 EUR
                       Bestand    61.904,55 EUR
                       Bonus      12.000,00 EUR
                       gesamt    222.124,65 EUR
  Stornoreserve:        18.400,00 EUR (einbehalten)

Auffällig ist der Bonus: er wurde im Dezember auf Basis vorläufiger Zahlen
ausgezahlt; nach den endgültigen Zahlen hätte er 9.000 EUR betragen. Die Rück-
forderung über 3.000 EUR ist mit der Januar-Abrechnung verrechnet.

Mit freundlichen Grüßen
Oliver Stammler
"""
    node = text(body, charset="windows-1252", cte="quoted-printable")
    raw = build(n, STAMMLER, [BEHRENDT], "Anforderung 27 – Provisionen Vermittler V-22731", cet(2025, 2, 10, 14, 37, 0), node,
                charset="windows-1252", style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "commission income and tax number of a named sole-trader agent sent to the auditor",
                raw)


@reg
def m099():
    n = 99
    body = """Dear James,

notification under the Group Personal Accident & Travel Health XL 2025 (EUR 400k xs
150k), claim GT-2025-00318.

Policyholder: Weser Anlagenbau GmbH (group travel policy for employees abroad)
Insured:      Mr Thorsten Wendland, 51, site manager on the company's project in
              Port Harcourt, Nigeria
Event:        admitted on 4 August with high fever and confusion; diagnosis of
              severe falciparum malaria with cerebral involvement and acute kidney
              injury. Treated with IV artesunate and haemodialysis in a private
              hospital; medically evacuated by air ambulance to the Bernhard Nocht
              tropical medicine clinic in Hamburg on 9 August (ICU until 16 August).
Costs:        hospital Port Harcourt USD 48,200; air ambulance EUR 142,000;
              ICU Hamburg EUR 61,300 (to the extent not covered by his German
              health insurer); total approx. EUR 247k.
Prognosis:    good; discharged to rehab on 27 August, mild cognitive deficits
              still being assessed.

The employer has confirmed that malaria prophylaxis was provided but not taken
regularly; this does not affect cover under the policy.

Best regards
Tobias Kranepuhl
"""
    node = text(body)
    raw = build(n, KRANEPUHL, [WHITCOMBE], "GPA/TH XL 2025 - GT-2025-00318 medevac Nigeria", cet(2025, 9, 2, 11, 25, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "travel health large loss: named employee of a client, cerebral malaria, kidney injury, ICU and medevac",
                raw)


@reg
def m100():
    n = 100
    body = """Hallo Frau Blum,

für die Erneuerung 2026 hier unser Zeitplan und die Unterlagen, die Sie von uns
bekommen – damit Sie mit den Märkten planen können:

  bis 31.08.   Cat-XL-Submission (Exposure CRESTA, Schadenhistorie, Modellergebnisse)
  bis 15.09.   Per-Risk-XL: Risikoprofil (Bandbreiten VS), Großschadenliste ab 1 Mio.
               (ohne Namen), Underwriting-Leitlinien Industrie
  bis 30.09.   Kfz-Haftpflicht-XL: Schadenliste > 500 TEUR anonymisiert,
               Rentenfälle nur mit Alter/Geschlecht, Indexklausel-Vorschlag
  bis 15.10.   Quotierungen der Märkte
  bis 15.11.   Finale Platzierung, Signing
  bis 01.12.   Vertragswordings (Entwürfe) zur Abstimmung

Personenschäden und medizinische Details geben wir in den Schadenlisten
grundsätzlich nicht weiter; Rückfragen der Märkte dazu bitte an Herrn Kranepuhl.

Viele Grüße
Henrike Vossberg
"""
    node = text(body)
    raw = build(n, VOSSBERG, [BLUM], "Erneuerung 2026 – Zeitplan und Unterlagen", cet(2025, 7, 23, 9, 30, 0), node,
                cc=[KRANEPUHL, OKAFOR], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "insurer-to-broker",
                "trap: renewal timetable to the reinsurance broker, mentions bodily injury lists only in general, no person",
                raw)


@reg
def m101():
    n = 101
    body = """Dear Camille,

this morning at 09:12 our colleague sent you an e-mail with the subject
"QA-L bordereau Q2 - Zugaenge" and an Excel attachment. That e-mail was meant for
another reinsurer and was sent to you in error. The attachment contains personal
data of policyholders, including health-related information.

Could you please
  1. delete the e-mail and the attachment from your mailbox and from the
     deleted-items folder, without opening or forwarding it, and
  2. confirm the deletion to me by a short reply?

We are sorry for the inconvenience. Our data protection officer has been informed
and will document the incident; no further action is needed on your side.

Many thanks and kind regards
Henrike Vossberg
Head of Reinsurance, Albis Versicherungsgruppe
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, VOSSBERG, [DURAND], "Urgent: please delete e-mail sent to you in error today 09:12",
                cet(2025, 7, 16, 10, 1, 0), node, cc=[LAMPRECHT], style=1, mailer=OUTLOOK, extra=[("Importance", "high")])
    return Mail("NORMAL", "en", "insurer-to-partner",
                "trap: deletion request for a misdirected mail; says health data was inside but names no person and repeats none of it",
                raw)


@reg
def m102():
    n = 102
    body = """Hallo Frau Dr. Lamprecht,

hier wie besprochen die Angaben für die Dokumentation der Fehlversendung (Art. 33
Abs. 5 DSGVO) von heute Morgen.

Zeitpunkt:      16.07.2025, 09:12 Uhr
Absender:       Jonas Pietsch (Autovervollständigung: "camille.durand" statt
                "bordereaux.leben@nordkap-rueck.example")
Empfänger:      Camille Durand, Atlantique Re (Rückversicherer, selbst zur
                Verschwiegenheit verpflichtet, Löschbestätigung liegt seit 11:40 vor)
Inhalt:         Bordereau Zugänge Q2 2025 plus eine Risikoanfrage, 5 Personen:
                - Kaltwasser, Jörn, geb. 12.03.1980 – Zuschlag +50 % Hypertonie
                - Yüksel, Derya, geb. 13.02.1990 – BU-Ausschluss Wirbelsäule (M51.2)
                - Brandhorst, Tim, geb. 30.10.1987 – Zuschlag +100 % Morbus Crohn (K50.0)
                - Siefke, Heike, geb. 05.05.1972 – Risikoanfrage, Mamma-Ca 2023
                - Obermeier, Jan, geb. 19.09.1995 – normal
Bewertung RV:   Risiko für die Betroffenen gering (Empfänger professionell, sofort
                gelöscht), Meldung an die Aufsichtsbehörde aus unserer Sicht nicht nötig –
                Entscheidung liegt bei Ihnen.

Maßnahme:       Autovervollständigung für externe Adressen im RV-Team deaktiviert,
                Bordereaux nur noch über das Portal.

Viele Grüße
Henrike Vossberg
"""
    node = text(body)
    raw = build(n, VOSSBERG, [LAMPRECHT], "Datenpanne 16.07. – Angaben zur Dokumentation", cet(2025, 7, 16, 12, 5, 0), node,
                cc=[PIETSCH], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "data-breach record listing the affected persons with birth dates and diagnoses (M51.2, K50.0, breast cancer)",
                raw)


@reg
def m103():
    n = 103
    p = pdf([[("H", "Lebenslauf"),
              "Dr. rer. nat. Johanna Brüggenthies",
              "geboren am 18.08.1992 in Oldenburg, ledig",
              "Im Moore 14, 30167 Hannover · johanna.b@mailbox.example",
              "",
              ("B", "Berufserfahrung"),
              "seit 2021  Aktuarin, Lindqvist Aktuare GmbH (bAV-Gutachten, IFRS 17)",
              "2018-2021  Promotion Stochastik, Universität Hannover",
              "",
              ("B", "Qualifikation"),
              "Aktuarin (Aktuarverband), Abschluss 2024",
              "Python, R, SQL, Prophet",
              "",
              ("B", "Gehaltsvorstellung"),
              "82.000 EUR brutto p.a., Eintritt frühestens 01.01.2026"]], title="Lebenslauf", author="J. Brüggenthies")
    body = """Hallo Herr Dr. Möllenkamp,

anbei eine weitere Bewerbung auf die Stelle Aktuar/in Kranken (Ausschreibung
2025-117). Sie kommt von Lindqvist, also aus unserem Dienstleister – bitte
vertraulich behandeln, ihr aktueller Arbeitgeber weiß nichts davon.

Gehaltsvorstellung 82 TEUR, das liegt am oberen Ende unseres Bandes (E11/E12).
Wenn Sie sie einladen möchten, schlagen Sie mir bitte zwei Termine vor.

Viele Grüße
Jörg Brandes
Personal
"""
    node = multi("mixed", [text(body), att(p, "application/pdf", "Lebenslauf_Brueggenthies.pdf")], bnd(n))
    raw = build(n, BRANDES, [MOELLENKAMP], "Bewerbung 2025-117 Aktuar/in Kranken – Dr. Brüggenthies", cet(2025, 9, 9, 13, 0, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "internal",
                "job application forwarded by HR: named applicant's birth date, address, current employer and salary expectation",
                raw)


@reg
def m104():
    n = 104
    body = """Liebe Kolleginnen und Kollegen,

bitte teilt die folgende Ausschreibung gern in eurem Netzwerk (intern ab heute,
extern ab 01.09. auf der Karriereseite):

  Aktuar/in (m/w/d) Krankenversicherung – Hannover, Vollzeit/Teilzeit

  Ihre Aufgaben
  - Beitragsanpassungen nach § 155 VAG und Zusammenarbeit mit dem Treuhänder
  - Kalkulation neuer Tarife (Voll, Zusatz, Pflege), Rechnungsgrundlagen
  - Leistungs- und Kopfschadenstatistiken, Analyse der Kostentreiber (Onkologie,
    Psychotherapie, stationäre Leistungen)
  - Stop-Loss-Rückversicherung: Daten für die Erneuerung, Abstimmung mit dem Rückversicherer

  Ihr Profil
  - Studium Mathematik/Wirtschaftsmathematik, Aktuar/in oder in Ausbildung
  - Erfahrung in der PKV wünschenswert, SQL/Python
  - Freude an Zahlen und an der Zusammenarbeit mit Leistung und Vertrieb

  Wir bieten: Tarifvertrag private Versicherungswirtschaft, 38 h, mobiles Arbeiten,
  Jobrad, betriebliche Krankenversicherung.

Fragen gern an mich.

Svenja Rautenberg
"""
    node = text(body)
    raw = build(n, RAUTENBERG, [("Aktuariat alle", "aktuariat" + A)], "Stellenausschreibung Aktuar/in Kranken (2025-117)",
                cet(2025, 8, 18, 11, 0, 0), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: job advertisement for a health actuary full of health vocabulary, no person",
                raw)


@reg
def m105():
    n = 105
    body = """Sehr geehrter Herr Dr. Ilsemann,

Ihr Patient, Herr Ansgar Wiebking (geb. 03.09.1971), bezieht von uns eine Rente aus
seiner Berufsunfähigkeitsversicherung (LV-4471-203318). Eine Schweigepflicht-
entbindung für Ihre Praxis liegt uns vor (Kopie anbei im Postversand).

Unser Rückversicherer bittet für die Jahresüberprüfung um einen kurzen aktuellen
Befundbericht. Konkret interessieren uns:

  1. der aktuelle neurologische Status (ALSFRS-R, Atemfunktion/FVC),
  2. ob inzwischen eine nicht-invasive Beatmung oder eine PEG erfolgt ist,
  3. ob eine genetische Untersuchung (z. B. SOD1/C9orf72) durchgeführt wurde –
     nur falls ohnehin vorhanden, wir fordern keine Untersuchung an.

Für den Bericht vergüten wir Ihnen 80,00 EUR nach Rechnung (GOÄ Nr. 75 analog).
Gern können Sie uns den Bericht über unser sicheres Arztportal oder per Fax an
0511 4471-3399 senden.

Mit freundlichen Grüßen

Katrin Sobotta
Leistung Leben / BU
Albis Lebensversicherung AG
"""
    node = text(body)
    raw = build(n, SOBOTTA, [("Dr. med. Harald Ilsemann", "praxis@neurologie-ilsemann.example")],
                "Befundanforderung – Ihr Patient Ansgar Wiebking, geb. 03.09.1971", cet(2025, 9, 15, 10, 20, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
                "request to a neurologist about a named BU claimant with ALS: birth date, ventilation, PEG, genetic test question",
                raw)


@reg
def m106():
    n = 106
    priv = iban("DE", "43060967" + "1139982200")
    body = f"""Hi Reisekostenstelle team,

please find my expense claim for the trip to Rotterdam (Corvan group actuarial
workshop, 8-10 October 2025), approved by Dr. Möllenkamp:

  Train Hannover - Rotterdam (2nd class, return)     EUR 189.80
  Hotel 2 nights (receipt attached separately)       EUR 328.00
  Per diem NL 2 days + 1 arrival day                 EUR 132.00
  Local transport                                    EUR  14.40
  Total                                              EUR 664.20

As I changed banks last month, please pay to my new private account:
  Account holder: Priya Natarajan
  IBAN: {grp(priv)}
  (GLS Bank)

I have also updated it in the HR self-service portal, but it may not be synced yet.

Thanks a lot
Priya
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, NATARAJAN, [("Reisekostenstelle", "reisekosten" + A)], "Expense claim Rotterdam 8-10 Oct - new bank account",
                cet(2025, 10, 14, 9, 5, 0), node, style=2, mailer=TBIRD)
    return Mail("CONFIDENTIAL", "en", "internal",
                "employee expense claim with her new private IBAN",
                raw)


@reg
def m107():
    n = 107
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst die Grippeschutzimpfung
für alle Mitarbeitenden an – kostenlos und während der Arbeitszeit:

  Dienstag, 21.10.2025, 9:00–15:00 Uhr
  Mittwoch, 22.10.2025, 9:00–12:00 Uhr
  Betriebsarztpraxis EG, Raum 0.014

Geimpft wird mit dem quadrivalenten Impfstoff der Saison 2025/26. Bitte bringen Sie
Ihren Impfpass mit. Eine Anmeldung ist nicht nötig, die Wartezeit ist meist kurz.
Wer eine Allergie gegen Hühnereiweiß hat oder gerade einen Infekt mit Fieber, spricht
bitte vorher mit Dr. Meinhold.

Außerdem: Am 05.11. kommt der Blutspendedienst ins Haus (Casino, 10–16 Uhr).

Ihr Team Gesundheitsmanagement
"""
    node = text(body)
    raw = build(n, ("Albis Gesundheitsmanagement", "gesundheit" + A), [ALLE], "Grippeschutzimpfung 21./22.10. und Blutspende 05.11.",
                cet(2025, 10, 6, 8, 30, 0), node, style=3, mailer=NOTES)
    return Mail("NORMAL", "de", "internal",
                "trap: company-wide flu vaccination and blood donation notice with medical wording, no person",
                raw)


@reg
def m108():
    n = 108
    plain = """Dear Erik,

we have received a critical illness claim under a policy ceded to SUR-L 2021/02
(your share 60%) and would like your agreement before payment.

Claim:        DD-2025-0019, policy LV-4471-222115 (term + critical illness)
Insured:      Ms Corinna Engelking, born 27 September 1979
CI benefit:   EUR 250,000 (retention EUR 150,000, ceded EUR 100,000)
Diagnosis:    invasive ductal carcinoma of the left breast (C50.4), pT2 pN1a M0,
              G3, HER2-positive, diagnosed by biopsy on 12 June 2025;
              neoadjuvant chemotherapy started in July.
Policy note:  at underwriting in 2025 we excluded thyroid cancer (history 2015) from
              the CI cover. The new diagnosis is a separate primary tumour and is
              not affected by the exclusion.

The definition "cancer - of specified severity" is met (invasive, lymph node
involvement). We intend to pay on 1 October.

Kind regards
Katrin Sobotta
"""
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Erik,</p>
<p>we have received a critical illness claim under a policy ceded to SUR-L 2021/02 (your share 60%) and would like
your agreement before payment.</p>
<table cellpadding="3" style="font-size:10pt">
<tr><td><b>Claim</b></td><td>DD-2025-0019, policy LV-4471-222115 (term + critical illness)</td></tr>
<tr><td><b>Insured</b></td><td>Ms Corinna Engelking, born 27 September 1979</td></tr>
<tr><td><b>CI benefit</b></td><td>EUR 250,000 (retention EUR 150,000, ceded EUR 100,000)</td></tr>
<tr><td><b>Diagnosis</b></td><td>invasive ductal carcinoma of the left breast (C50.4), pT2 pN1a M0, G3, HER2-positive,
diagnosed by biopsy on 12 June 2025; neoadjuvant chemotherapy started in July.</td></tr>
<tr><td><b>Policy note</b></td><td>at underwriting in 2025 we excluded thyroid cancer (history 2015) from the CI cover.
The new diagnosis is a separate primary tumour and is not affected by the exclusion.</td></tr>
</table>
<p>The definition &quot;cancer &ndash; of specified severity&quot; is met (invasive, lymph node involvement).
We intend to pay on 1 October.</p>
<p>Kind regards<br>Katrin Sobotta</p></body></html>
"""
    node = alt(n, plain, html)
    raw = build(n, SOBOTTA, [HALVORSEN], "CI claim DD-2025-0019 - agreement requested", cet(2025, 9, 18, 15, 40, 0), node,
                cc=[PIETSCH], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "critical illness claim to reinsurer: named insured, birth date, breast cancer C50.4 with staging and therapy",
                raw)


@reg
def m109():
    n = 109
    body = """Sehr geehrte Frau Sielmann,

vielen Dank für Ihre Anfrage vom 02.09.2025 nach Art. 15 DSGVO. Sie wollten wissen,
welche Daten wir im Zusammenhang mit Ihrem Flutschaden an Dritte, insbesondere an
Rückversicherer, weitergegeben haben.

Zu Ihrem Vertrag WG-118-77310 (Wohngebäude, Am Wehr 4, 31737 Rinteln) und dem
Schaden S-24-0612201 vom 01.06.2024 haben wir folgende Angaben übermittelt:

  an Kestrel Reinsurance plc, London (Rückversicherer), am 03.02.2025 im Rahmen der
  Abrechnung des Katastrophenschadens "Tief Ylva":
  Schadennummer, Vertragsnummer, Ihr Name, die Anschrift des versicherten Gebäudes,
  Schadentag, Zahlungsbetrag (48.210,00 EUR) und Schadenursache.

  an den Rückversicherungsmakler Hollins Marr Re (Hamburg) über den gemeinsamen
  Datenraum dieselben Angaben.

Rechtsgrundlage ist Art. 6 Abs. 1 lit. b und f DSGVO; Rückversicherer dürfen die
Daten nur zur Abrechnung und Prüfung des Rückversicherungsvertrags nutzen. Weitere
Informationen finden Sie in unseren Datenschutzhinweisen unter
www.albis-versicherung.example/datenschutz.

Mit freundlichen Grüßen
Dr. Ute Lamprecht
Datenschutzbeauftragte der Albis Versicherungsgruppe
"""
    node = text(body)
    raw = build(n, LAMPRECHT, [("Margarete Sielmann", "m.sielmann@t-netz.example")], "Ihre Auskunftsanfrage nach Art. 15 DSGVO",
                cet(2025, 9, 22, 11, 0, 0), node, style=2, mailer=TBIRD)
    return Mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "data subject access answer: named customer, address, building policy/claim numbers and payout shared with the reinsurer",
                raw)


@reg
def m110():
    n = 110
    body = """Dear Fiona,

thank you for the draft wording for the 2026 programme. Our comments on the new
Data Protection clause (Article 19):

19.1 "The Reinsured shall provide all information reasonably requested by the
     Reinsurer, including medical information, within 30 days."
     -> We cannot agree to "including medical information" as a general
        obligation. Please use: "Information on health shall only be provided
        where necessary for the assessment of a specific claim, pseudonymised where
        possible, and via the agreed secure channel."

19.3 Joint controllership: we regard the Reinsurer as a separate controller, not a
     joint controller; please delete the reference to Art. 26 GDPR.

19.5 Retention: 10 years is fine for accounting data; claims files with health
     data should be deleted by the Reinsurer 3 years after final settlement unless
     a longer period is required by law.

New 19.7 (our proposal): The Reinsurer confirms that its staff with access to health
data are bound by confidentiality obligations equivalent to section 203 German
Criminal Code.

Happy to discuss on our call on Thursday.

Best regards
Henrike Vossberg
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, VOSSBERG, [GALLAGHER], "2026 wording - comments on Art. 19 Data Protection", cet(2025, 11, 3, 16, 20, 0), node,
                cc=[LAMPRECHT, OKAFOR], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "insurer-to-partner",
                "trap: treaty wording comments about medical information and GDPR, no person",
                raw)


@reg
def m111():
    n = 111
    body = """Sehr geehrter Herr Dr. Brenner,

wir bitten Sie um Übernahme des Regressmandats in folgender Sache:

VN/Fahrer:     Herr Dennis Auffarth, Kirchstraße 17, 31303 Burgdorf, geb. 04.11.1996
Vertrag:       Kfz-Haftpflicht K-771-52018
Schaden:       KH-25-0041907 vom 22.02.2025

Herr Auffarth hat am 22.02.2025 gegen 23:30 Uhr in Burgdorf mit 1,84 Promille eine
Radfahrerin erfasst. Er wurde mit Strafbefehl des AG Burgdorf vom 12.06.2025 wegen
fahrlässiger Gefährdung des Straßenverkehrs und fahrlässiger Körperverletzung (§§ 315c,
229 StGB) zu 90 Tagessätzen verurteilt, die Fahrerlaubnis wurde entzogen.

Die Geschädigte, Frau Almut Rehbein (61), erlitt eine Tibiakopffraktur und ein
Schädel-Hirn-Trauma I. Grades; sie war drei Wochen stationär und ist noch in
Physiotherapie. Wir haben bisher 41.300 EUR gezahlt (Schmerzensgeld-Vorschuss,
Verdienstausfall, Haushaltsführungsschaden).

Regress nach D.1.1.2 AKB / § 5 KfzPflVV bis zur Höchstgrenze von 5.000 EUR. Bitte
fordern Sie Herrn Auffarth zur Zahlung auf; einer Ratenzahlung stimmen wir zu.

Mit freundlichen Grüßen
Michael Grabowski
"""
    node = text(body)
    raw = build(n, GRABOWSKI, [BRENNER], "Regress Auffarth – Trunkenheitsfahrt KH-25-0041907", cet(2025, 7, 8, 14, 15, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
                "criminal conviction (drunk driving, bodily injury) of a named driver plus the injured cyclist's injuries and hospital stay",
                raw)


@reg
def m112():
    n = 112
    broker_iban = iban("DE", "29050101" + "0080337715")
    body = f"""Sehr geehrter Herr Meyer-Thalheim,

unsere Abschlussprüfer bitten um eine Bestätigung des Saldos Ihres Courtagekontos
bei uns zum 31.12.2024. Nach unseren Büchern ergibt sich:

  Maklernummer:           M-40588 (Versicherungsmakler Rolf Meyer-Thalheim e.K.)
  Saldo 31.12.2024:       4.118,62 EUR zu Ihren Gunsten
  zusammengesetzt aus:    Courtage Dezember 2024     6.920,40 EUR
                          Stornobelastung            -2.801,78 EUR
  Auszahlung am 15.01.2025 auf Ihr Konto {grp(broker_iban)}

Bitte bestätigen Sie den Saldo direkt gegenüber der Kranich & Partner GmbH
Wirtschaftsprüfungsgesellschaft (albis-2024@kranich-wp.example) oder teilen Sie ihr
eine Abweichung mit. Die Bestätigung dient ausschließlich Prüfungszwecken.

Mit freundlichen Grüßen
Oliver Stammler
Bilanzierung / Nebenbuchhaltung
"""
    node = text(body)
    raw = build(n, STAMMLER, [("Rolf Meyer-Thalheim", "info@meyer-thalheim-makler.example")], "Saldenbestätigung Courtagekonto M-40588 zum 31.12.2024",
                cet(2025, 1, 20, 10, 2, 0), node, cc=[KW_TEAM], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-broker",
                "balance confirmation to a sole-trader broker (e.K.): commission income, cancellations and his IBAN",
                raw)


@reg
def m113():
    n = 113
    d = docx([("h", "Prüfungsbericht KR-2025-01 – Leistungsbearbeitung BU (Kurzfassung)"),
              "Prüfungszeitraum: 13.01.–21.03.2025. Prüfer: Konzernrevision (3 Personen).",
              "Gesamturteil: Das interne Kontrollsystem der BU-Leistungsbearbeitung ist im Wesentlichen angemessen und wirksam "
              "(Bewertung: 'mit Verbesserungsbedarf').",
              ("table", [["Nr.", "Feststellung", "Bewertung", "Maßnahme / Termin"],
                         ["1", "Nachprüfungen nicht fristgerecht eingeleitet (9 von 60 Akten)", "mittel", "Wiedervorlage-Automatik, 30.06.2025"],
                         ["2", "Mitteilung über Widerspruchsrecht fehlte in Ablehnungsschreiben (Vorlage)", "mittel", "Vorlage angepasst, erledigt"],
                         ["3", "Vier-Augen-Prinzip bei Leistungen > 250 TEUR Barwert nicht durchgängig dokumentiert", "hoch", "Workflow-Pflichtfeld, 31.05.2025"],
                         ["4", "Rückversicherungsmeldung > Meldegrenze in 2 Fällen verspätet", "gering", "Schnittstelle Leistung/RV, 30.09.2025"]]),
              "Die Stichprobe umfasste 60 Leistungsfälle, zufällig gezogen aus 1.412 laufenden und 388 abgeschlossenen Fällen. "
              "Personenbezogene Angaben sind in diesem Bericht nicht enthalten; die Zuordnung zu Aktenzeichen erfolgt im "
              "Arbeitspapier WP-07 (Zugriff nur Konzernrevision)."],
             author="Konzernrevision", title="KR-2025-01 Kurzfassung")
    body = """Sehr geehrte Damen und Herren,

anbei die Kurzfassung des Prüfungsberichts KR-2025-01 zur Kenntnis. Der vollständige
Bericht liegt im Revisionsportal.

Mit freundlichen Grüßen
Konzernrevision
"""
    node = multi("mixed", [text(body), att(d, CT_DOCX, "KR-2025-01_Kurzfassung.docx")], bnd(n))
    raw = build(n, REVISION, [ALDENHOVEN, LORENZEN, SOBOTTA, PIETSCH], "Prüfungsbericht KR-2025-01 (Kurzfassung)",
                cet(2025, 4, 11, 12, 0, 0), node, cc=[HERZBERG], style=3, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: audit report summary on disability claims handling with aggregated findings, no person",
                raw)


@reg
def m114():
    n = 114
    quoted = quote("""From: Dennis Wolters <dennis.wolters@albis-versicherung.example>
Sent: Tuesday, 15 July 2025 16:20
To: Sanne Dekker <sanne.dekker@corvan-group.example>
Subject: GIA thematic review underwriting - Albis sample

Hi Sanne,

the three files you flagged from the underwriting sample:

- Antrag 2025-L-00871, Verena Köhnemann (b. 1990): family history of Huntington's
  disease, predictive genetic test negative, accepted standard after consulting
  Nordkap. Test result used in her favour (GenDG s. 18, sum > EUR 300k).
- Antrag 2025-L-00544, Marko Jelinek (b. 1979): BMI 41, sleep apnoea, declined.
  No written reasons in the file.
- Antrag 2025-L-00612, Tanja Riesmeier (b. 1983): depression 2021, treated with
  sertraline for 12 months, disability cover with exclusion of mental illness.

Dennis""")
    body = """Hi Sanne,

yes, confirmed - in all three cases the decision was taken within the authority
limits. For the second one the reasons are now documented in the file.

Dennis

""" + quoted
    node = text(body)
    raw = build(n, WOLTERS, [DEKKER], "RE: GIA thematic review underwriting - Albis sample", cet(2025, 7, 17, 9, 3, 0), node,
                style=1, mailer=OUTLOOK, in_reply_to="<gia.2025-07-16.dekker.uw@corvan-group.example>")
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "short harmless reply; the quoted earlier mail names applicants with genetic test, BMI/sleep apnoea and depression",
                raw)


@reg
def m115():
    n = 115
    body = """Sehr geehrter Herr Lindqvist,

wir möchten für die Pflegetagegeld-Tarife (PT 91) eine unabhängige Zweitmeinung zu
den Rechnungsgrundlagen einholen und bitten um ein Angebot.

Umfang:
  - Plausibilisierung der Pflegeeintrittswahrscheinlichkeiten je Pflegegrad
    (eigene Daten 2017–2024, Bestand ca. 84.000 Versicherte)
  - Vergleich mit den Wahrscheinlichkeiten des Rückversicherers (Nordkap) und
    Marktdaten
  - Beurteilung der Sterblichkeit der Pflegebedürftigen und der Leistungsdauern
  - kurzer Bericht (max. 20 Seiten) und Präsentation im Aktuariat

Daten: Sie erhalten ausschließlich aggregierte Tabellen (Alter in 5-Jahres-Gruppen,
Geschlecht, Pflegegrad, Kalenderjahr) – Zellen mit weniger als 5 Fällen sind
zusammengefasst. Einzeldaten verlassen das Haus nicht.

Zeitrahmen: Oktober bis Dezember 2025. Bitte senden Sie uns Ihr Angebot mit
Tagessätzen bis 12.09.

Mit freundlichen Grüßen
Dr. Fabian Möllenkamp
Verantwortlicher Aktuar
"""
    node = text(body, cte="8bit")
    raw = build(n, MOELLENKAMP, [LINDQVIST], "Anfrage Angebot – Zweitmeinung Rechnungsgrundlagen Pflegetagegeld",
                cet(2025, 8, 26, 10, 45, 0), node, cc=[RAUTENBERG], style=2, mailer=TBIRD)
    return Mail("NORMAL", "de", "insurer-to-partner",
                "trap: request for proposal on long-term care assumptions, aggregated data with merged small cells only",
                raw)


@reg
def m116():
    n = 116
    body = """Dear Olivia,

regarding your sanctions screening hit on the facultative property risk FAK-S-2025-019
(holiday home, Norderney), here are the details you asked for so that your compliance
team can close the alert:

Policyholder:    Mr Dmitrij Walter, German citizen (also Kazakh citizenship until 2004)
Date of birth:   17 March 1969, born in Karaganda
Address:         Am Kurpark 2, 26548 Norderney (holiday home); main residence
                 Rehwinkel 9, 30916 Isernhagen
Occupation:      owner of a logistics company in Hannover (Walter Logistik GmbH)

Our own screening (daily against EU, UN, OFAC and UK lists) shows no match; the hit
on your side relates to a person with the same name, born 1957, listed by OFAC.
Different date and place of birth.

Could you please confirm that the risk is cleared, so we can bind from 1 November?

Kind regards
Uwe Marquardt
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, MARQUARDT, [BRANDT], "FAK-S-2025-019 - sanctions screening alert, policyholder details", cet(2025, 10, 22, 11, 30, 0), node,
                cc=[REUTER], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "sanctions screening data of a named policyholder: birth date and place, nationality, addresses (no special category)",
                raw)


@reg
def m117():
    n = 117
    body = """Hallo Claudia,

kurze Info für die Planung: Ich muss am Montag doch wegen der Bandscheibe operiert
werden (L5/S1, die Schmerzen ins Bein sind seit letzter Woche nicht mehr auszuhalten
und das Taubheitsgefühl im Fuß wird mehr). Die Klinik rechnet mit 4–5 Tagen stationär
und danach ca. 3 Wochen Reha. Krankschreibung kommt über die eAU.

Heißt: Ich falle bis voraussichtlich Mitte Dezember aus. Die Prüfung Zahlungsverkehr
müsste Ralf übernehmen, meine Arbeitspapiere liegen vollständig im Revisionsportal.
Die Termine mit Grabowski habe ich schon abgesagt.

Wenn ich kann, schaue ich ab und zu in die Mails, versprechen kann ich nichts.

Viele Grüße
Dennis
"""
    node = text(body, cte="8bit", flowed=True)
    raw = build(n, WOLTERS, [HERZBERG], "Ausfall ab Montag", cet(2025, 11, 13, 19, 40, 0), node, style=2, mailer=TBIRD)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "employee tells his manager about his disc surgery, symptoms, hospital stay and rehab (health data of the sender)",
                raw)


@reg
def m118():
    n = 118
    plain = """Dear friends and partners,

as another eventful year comes to an end, the reinsurance team of Albis would like to
thank you for your trust, your capacity and many good conversations - in Cologne,
London, Paris, Munich and Monte Carlo.

Instead of sending cards we have donated to the Hannover children's hospice this
year.

We wish you and your families a peaceful holiday season and a happy, healthy and
successful 2026.

Henrike Vossberg, Jonas Pietsch, Mareike Olbrich, Tobias Kranepuhl, Uwe Marquardt
Albis Versicherungsgruppe - Reinsurance
"""
    html = """<html><body style="font-family:Georgia,serif;font-size:12pt;color:#1b3a2b;text-align:center">
<p style="font-size:20pt">Season's Greetings</p>
<p>Dear friends and partners,</p>
<p>as another eventful year comes to an end, the reinsurance team of Albis would like to thank you for your trust,
your capacity and many good conversations &ndash; in Cologne, London, Paris, Munich and Monte Carlo.</p>
<p>Instead of sending cards we have donated to the Hannover children&rsquo;s hospice this year.</p>
<p>We wish you and your families a peaceful holiday season and a happy, healthy and successful 2026.</p>
<p><i>Henrike Vossberg, Jonas Pietsch, Mareike Olbrich, Tobias Kranepuhl, Uwe Marquardt</i><br>
Albis Versicherungsgruppe &ndash; Reinsurance</p></body></html>
"""
    node = alt(n, plain, html)
    raw = build(n, VOSSBERG, [VOSSBERG], "Season's Greetings from Albis Reinsurance", cet(2025, 12, 17, 10, 0, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "insurer-to-partner",
                "trap: season's greetings to reinsurers mentioning a hospice donation, no personal data",
                raw)


@reg
def m119():
    n = 119
    rows = [["Schaden-Nr.", "VN", "Risikoort", "Ursache", "Gutachter", "Feststellung Gutachter", "Entschädigung EUR", "Abzug"]]
    data = [
        ("S-24-0220415", "Gerda Vogelsang", "Lindenallee 8, 30974 Wennigsen", "Leitungswasser, Bad OG", "Büro Brüggemann",
         "Rohrbruch Kupferleitung, Korrosion, Feuchtigkeit in Decke", 18440.00, "Neuwert, kein Abzug"),
        ("S-24-0331878", "Tobias und Lena Harms", "Am Sportplatz 3, 31515 Wunstorf", "Leitungswasser, Küche", "Büro Brüggemann",
         "Schlauch Geschirrspüler, Schaden vermutlich über Wochen", 9210.50, "Teil Laminat nicht ersetzt (Vorschaden)"),
        ("S-24-0500712", "Friedrich Wessling", "Kolberger Str. 21, 30826 Garbsen", "Frost, Heizung Ferienwohnung", "Ing.-Büro Tölke",
         "Heizung im Winter abgestellt, Obliegenheitsverletzung", 6100.00, "Kürzung 50 % (grob fahrlässig)"),
    ]
    for r in data:
        rows.append(list(r))
    o = ods([("Stichprobe LW", rows)])
    body = """Hallo Herr Behrendt,

anbei die Stichprobe Leitungswasser (Anforderung 24) mit den Feststellungen der
Gutachter. Bei S-24-0500712 hat der VN gegen die Kürzung Beschwerde beim
Ombudsmann eingelegt; das Verfahren ist offen.

Viele Grüße
Michael Grabowski
"""
    node = multi("mixed", [text(body), att(o, CT_ODS, "Anf24_Stichprobe_Leitungswasser.ods")], bnd(n))
    raw = build(n, GRABOWSKI, [BEHRENDT], "Anforderung 24 – Stichprobe Leitungswasser", cet(2025, 2, 28, 10, 10, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "water damage claim sample: named policyholders, addresses, assessor findings, deductions; body mentions an ombudsman complaint",
                raw)


@reg
def m120():
    n = 120
    body = """Hallo Katrin,

unten die Rückfragen von Frau Dr. Sallwitz (Nordkap) zu Wiebking. Punkt 3 ist heikel –
das würde ich nicht anfordern, nur weitergeben, falls der Arzt es von sich aus
schickt. Die Anfrage an Dr. Ilsemann hast du ja schon raus. Können wir am Donnerstag
kurz telefonieren?

Jonas

-------- Original-Nachricht --------
Betreff: LV-4471-203318 Wiebking – medizinische Rückfragen
Datum: 10.09.2025 14:02
Von: Dr. med. Irene Sallwitz <irene.sallwitz@nordkap-rueck.example>
An: Jonas Pietsch <jonas.pietsch@albis-versicherung.example>

Lieber Herr Pietsch,

danke für die Unterlagen. Zum BU-Fall Wiebking (ALS, G12.2) noch drei Fragen aus
ärztlicher Sicht für die Barwertschätzung:

1. Wie ist der aktuelle ALSFRS-R-Wert? Im Entlassbrief vom Juni 2024 stand 34/48;
   bei der üblichen Progression wäre jetzt mit etwa 20–24 zu rechnen.
2. Erfolgt bereits eine nicht-invasive Beatmung? Das beeinflusst die
   Überlebensannahme erheblich.
3. Gibt es Hinweise auf eine familiäre Form? Im Gutachten wird erwähnt, dass ein
   Onkel des Versicherten "an einer Lähmungserkrankung" verstorben sei. Falls ein
   genetischer Befund vorliegt, wäre er für die Prognose relevant.

Mit kollegialen Grüßen
Irene Sallwitz
Chief Medical Officer, Nordkap Rück AG
"""
    node = text(body, cte="quoted-printable")
    raw = build(n, PIETSCH, [SOBOTTA], "WG: LV-4471-203318 Wiebking – medizinische Rückfragen", cet(2025, 9, 11, 8, 40, 0), node,
                style=2, mailer=TBIRD)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "partner",
                "reinsurer CMO's medical questions (ALS progression score, ventilation, family history) about a named BU claimant, inline forward",
                raw)


@reg
def m121():
    n = 121
    body = """Liebe Kolleginnen und Kollegen,

für die Schulung "Großschäden richtig melden" am 18.11. hier die Fallstudie. Alle
Angaben sind erfunden bzw. so verfremdet, dass kein echter Fall dahintersteht.

Fallstudie A (fiktiv)
  Eine 45-jährige Versicherte mit Risikoleben und BU erkrankt an Brustkrebs. Nach
  Operation und Chemotherapie beantragt sie BU-Leistungen. Der Barwert der Rente
  übersteigt die Meldegrenze des Quotenvertrags.
  Fragen:
  1. Welche Angaben gehören in die Erstmeldung an den Rückversicherer?
  2. Darf der Arztbericht mitgeschickt werden? Auf welcher Grundlage?
  3. Was ändert sich, wenn die Versicherte der Übermittlung widerspricht?

Fallstudie B (fiktiv)
  Ein Wohngebäude brennt nach einem Blitzschlag vollständig nieder; der Schaden
  liegt über der Priorität des Per-Risk-XL. Muster-VN: "Max Mustermann, Musterweg 1,
  12345 Musterstadt".
  Fragen:
  1. Welche Fristen gelten für die Meldung?
  2. Welche Angaben zum VN braucht der Rückversicherer wirklich?

Lösungshinweise bringe ich zur Schulung mit.

Viele Grüße
Jonas Pietsch
"""
    node = text(body)
    raw = build(n, PIETSCH, [("Leistung Leben/BU Team", "leistung-leben" + A), ("Schaden Komposit Team", "schaden-komposit" + A)],
                "Schulung 18.11. – Fallstudien (fiktiv)", cet(2025, 11, 10, 14, 0, 0), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: fictitious training case studies (breast cancer, Max Mustermann), no real person",
                raw)


@reg
def m122():
    n = 122
    new_iban = iban("DE", "25050180" + "0910277340")
    body = f"""Hallo Frau Pawlik,

für die Entgeltabrechnung: Zum 01.12.2025 beginnt bei uns in der Konzernrevision
Frau Merve Aksoy als Prüferin (Vollzeit, TV-PV Gruppe VI, Jahresgehalt 64.800 EUR).
Sie hat mir die Angaben aus dem Personalfragebogen geschickt, weil sie noch keinen
Zugang zum Self-Service hat:

  Name:            Merve Aksoy
  Geburtsdatum:    09.05.1996, Geburtsort Bielefeld
  Anschrift:       Podbielskistraße 240, 30177 Hannover
  Steuer-ID:       58 219 746 031
  Steuerklasse:    I, keine Kinder
  Sozialvers.-Nr.: 15 090596 A 043
  Krankenkasse:    gesetzlich versichert
  Bankverbindung:  {grp(new_iban)}

Den Fragebogen im Original bringt sie am ersten Tag mit.

Viele Grüße
Claudia Herzberg
"""
    node = text(body, charset="windows-1252", cte="quoted-printable")
    raw = build(n, HERZBERG, [("Sabine Pawlik", "sabine.pawlik" + A)], "Neueinstellung Konzernrevision 01.12. – Daten für die Abrechnung",
                cet(2025, 11, 4, 15, 22, 0), node, charset="windows-1252", style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "internal",
                "new hire's payroll data: birth date, address, tax ID, social security number, salary, IBAN",
                raw)


@reg
def m123():
    n = 123
    ic = ics("uw-manual-call-2025-05@albis-versicherung.example", "20250514T140000", "20250514T153000",
             "Albis / Meridian Re - underwriting manual 2026 alignment",
             "Microsoft Teams (link in the invitation)",
             "Agenda: 1) diabetes ratings by age 2) sleep apnoea with CPAP 3) cancer survivors and CI exclusions "
             "4) depression single episode 5) BMI and GLP-1 medication. General manual topics only - no individual cases.",
             organizer=HOFFSTEDT, attendees=[("Meridian Re Life Underwriting", MR_UW[1]), PIETSCH])
    body = """Dear all,

as agreed, here is the invitation for our call on the underwriting manual. The five
topics from my mail of 24 April are in the agenda.

Best regards
Lea Hoffstedt
"""
    node = multi("mixed", [text(body, cte="7bit", charset="us-ascii"), att(ic, "text/calendar", "invite.ics", charset="utf-8")], bnd(n))
    raw = build(n, HOFFSTEDT, [MR_UW], "Invitation: UW manual 2026 alignment - 14 May 14:00 CEST", cet(2025, 4, 29, 9, 0, 0), node,
                cc=[PIETSCH], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "insurer-to-partner",
                "trap: meeting invitation (ICS) listing diagnoses as general manual topics, no individual case",
                raw)


@reg
def m124():
    n = 124
    body = """Dear Fiona,

formal notification under MTPL-XL 2025 (unlimited xs EUR 2.5m), claim KH-25-0388120.

Date/place:  3 September 2025, 07:50, Hildesheim, pedestrian crossing at a school
Insured:     private car policy K-771-60341, driver (policyholder) Mr Lars Diekmann,
             47, ran a red light according to two witnesses; criminal proceedings
             for negligent bodily injury are pending (not yet concluded)
Injured:     Mia Krone, aged 9, pupil on her way to school
Injuries:    severe traumatic brain injury (diffuse axonal injury), fractures of
             the pelvis and left femur; 5 weeks intensive care, now in early
             neurological rehabilitation (phase B) at a children's rehab centre.
             Doctors expect permanent cognitive and motor impairment; lifelong
             care needs are possible.
Reserve:     EUR 4.8m (care, loss of future earnings, pain and suffering,
             home adaptation, recourse of statutory health and care insurers)

We have appointed a rehabilitation case manager (Reha-Management) with the parents'
agreement. Next update after the rehab assessment in December.

Kind regards
Michael Grabowski
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, GRABOWSKI, [GALLAGHER], "MTPL-XL 2025 - notification KH-25-0388120 (child pedestrian)", cet(2025, 10, 13, 12, 45, 0), node,
                cc=[KRANEPUHL, OKAFOR], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "motor bodily injury large loss: named child victim with brain injury and ICU, named driver with pending criminal proceedings",
                raw)


@reg
def m125():
    n = 125
    rows = [["Policy", "Policyholder", "Travellers", "Tour operator", "Departure", "Booking value EUR", "Claim EUR", "Status"]]
    data = [
        ("RR-660-10244", "Christiane Bösel", "2", "SonnenFern Reisen GmbH", "2025-10-04", "4,380.00", "4,380.00", "paid"),
        ("RR-660-10719", "Volker Ahrens", "4", "SonnenFern Reisen GmbH", "2025-10-11", "9,960.00", "9,960.00", "paid"),
        ("RR-660-11302", "Nicole u. Jan Schwettmann", "2", "SonnenFern Reisen GmbH", "2025-10-18", "6,120.00", "6,120.00", "open"),
        ("RR-660-11877", "Bernhard Lips", "1", "SonnenFern Reisen GmbH", "2025-10-25", "2,875.00", "2,875.00", "open"),
    ]
    for r in data:
        rows.append(list(r))
    c = csvbytes(rows, delim=",", encoding="utf-8")
    body = """Dear Fiona,

as discussed, the tour operator insolvency (SonnenFern Reisen GmbH, 29 September)
triggers the event clause of our travel quota share. This is not a health event -
the claims are for prepaid bookings of our customers under the insolvency cover
add-on. Attached is the list of affected policies notified so far (4 of approx. 140
expected). Total exposure is estimated at EUR 610k.

Kind regards
Tobias Kranepuhl
"""
    node = multi("mixed", [text(body, cte="7bit", charset="us-ascii"), att(c, "text/csv", "SonnenFern_insolvency_claims.csv", charset="utf-8", cte="quoted-printable")], bnd(n))
    raw = build(n, KRANEPUHL, [GALLAGHER], "Travel QS - tour operator insolvency SonnenFern, first claims list", cet(2025, 10, 9, 17, 10, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "travel insolvency claims (no health): named policyholders, policy numbers and booking values only in the CSV",
                raw)


@reg
def m126():
    n = 126
    body = """Hallo zusammen,

anbei der Entwurf der Pressemitteilung zu den Geschäftszahlen 2024 mit der Bitte um
Freigabe der Zahlen bis Freitag (Aktuariat, RV, Bilanz). Sperrfrist 27.03., 10:00 Uhr.

---
Albis Versicherungsgruppe: Solides Geschäftsjahr 2024 trotz Flut "Ylva"

Hannover, 27. März 2025 – Die Albis Versicherungsgruppe hat 2024 gebuchte
Bruttobeiträge von 2,94 Mrd. Euro erzielt (+4,1 %). Die Schaden-Kosten-Quote in der
Schaden- und Unfallversicherung lag trotz der Flut im Juni bei 96,8 % (Vorjahr
94,2 %); netto, nach Entlastung durch die Rückversicherung, belastete das Ereignis das
Ergebnis mit 15,6 Mio. Euro.

In der Krankenversicherung stiegen die Leistungen an Kundinnen und Kunden um 6,3 %
auf 571 Mio. Euro, vor allem durch höhere Kosten für Krebstherapien und stationäre
Behandlungen. Die Lebensversicherung zahlte 418 Mio. Euro an Leistungen aus,
darunter 61 Mio. Euro Berufsunfähigkeitsrenten an rund 4.300 Kundinnen und Kunden.

Die Solvenzquote liegt bei 198 %. "Unsere Rückversicherungsstrategie hat sich im
Flutjahr bewährt", sagt Finanzvorstand Dr. Christoph Aldenhoven.
---

Viele Grüße
Unternehmenskommunikation
"""
    node = text(body)
    raw = build(n, KOMM, [STAMMLER, MOELLENKAMP, VOSSBERG], "Freigabe: PM Geschäftszahlen 2024 (Entwurf, Sperrfrist 27.03.)",
                cet(2025, 3, 18, 16, 0, 0), node, cc=[ALDENHOVEN], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: press release draft with claims totals, cancer therapy costs and BU pension counts, no person",
                raw)


@reg
def m127():
    n = 127
    body = """Sehr geehrter Herr Behrendt,

zu Ihrer Anforderung 35 (Beitragsforderungen Krankenversicherung, Notlagentarif
nach § 193 Abs. 6 VVG) die fünf Versicherten mit den höchsten Rückständen. Die
Gesamtliste (412 Personen im Notlagentarif) liegt im Datenraum.

Vers.-Nr.       Versicherte/r            Rückstand EUR   im NLT seit   Bemerkung
KV 88 014 331   Reinhard Pötter             18.440,12    03/2021       Insolvenzverfahren
KV 88 027 905   Svetlana Kuhn               11.208,70    09/2022       Ratenzahlung 150 EUR
KV 88 039 417   Marco Giesecke               9.876,00    01/2023       Selbständig, Zahlungsausfall
KV 88 052 280   Heike Struckmeyer            8.112,45    06/2023       -
KV 88 066 018   Ibrahim Haddad               7.940,30    11/2023       Hilfebedürftigkeit geprüft

Im Notlagentarif werden nur Leistungen bei akuten Erkrankungen und Schmerzzuständen
sowie bei Schwangerschaft erstattet. Bei Frau Kuhn ist eine Schwangerschaft bekannt;
die Entbindungskosten wurden im Juni 2024 erstattet.

Mit freundlichen Grüßen
Oliver Stammler
"""
    node = text(body)
    raw = build(n, STAMMLER, [BEHRENDT], "Anforderung 35 – Beitragsrückstände KV / Notlagentarif", cet(2025, 3, 6, 9, 35, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                "health insurance arrears: named insureds in the emergency tariff, insolvency, one pregnancy and delivery costs",
                raw)


@reg
def m128():
    n = 128
    body = """Dear Hannah,

for your related party review (IAS 24 for the group accounts), the insurance
contracts that members of the Albis management board and their close family members
hold with Albis companies. All contracts are on the standard employee terms
(discount 20%), no special conditions:

Board member             Contract              Line                 Annual premium EUR
Dr. C. Aldenhoven        HR-229-00418          home contents               312.00
                         K-771-00977           motor (2 cars)            1,184.60
Ms B. Lorenzen           WG-116-07201          buildings                   944.20
                         RS-20-0114            legal expenses              298.80
Dr. S.-O. Harms          K-771-01422           motor                       611.30
  spouse                 HR-229-01190          home contents               188.40

Life and health contracts of board members are reported separately by Albis Leben /
Albis Kranken to you directly in line with our internal rules.

Kind regards
Oliver Stammler
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, STAMMLER, [PENROSE], "Related parties - insurance contracts of board members (P&C)", cet(2025, 2, 12, 17, 5, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "named board members and a spouse with their P&C contract numbers and premiums (fact of being insured, no health)",
                raw)


@reg
def m129():
    n = 129
    body = """Workshop IFRS 17 / Solvency II – Albis & Corvan Group Actuarial
Hannover, 24./25. September 2025, Raum Leine (Vorstandsetage)

Day 1 – Wednesday 24 September
  10:00  Welcome & objectives (Möllenkamp / Verhoeven)
  10:30  CSM release patterns: Albis Leben vs. group methodology
  12:00  Lunch (Casino)
  13:00  Risk adjustment: Konfidenzniveau 75 % vs. Kostenansatz – Diskussion
  14:30  Reinsurance held: loss-recovery component bei Quote und Surplus
  16:00  Wrap-up

Day 2 – Thursday 25 September
  09:00  Disability claims reserves: Reaktivierungs- und Sterbewahrscheinlichkeiten
         (Albis-eigene Tafeln vs. Group assumptions; nur aggregierte Daten)
  10:30  Onerous contracts: Gruppenverträge bAV
  12:00  Close, lunch

Teilnehmende Albis: Dr. Möllenkamp, Rautenberg, Natarajan, Ebbinghaus
Corvan: P. Verhoeven, two colleagues from Group Actuarial (names tbc)

Please send slides by 19 September. Hotel recommendation: Courtyard am Maschsee.
"""
    node = text(body)
    raw = build(n, NATARAJAN, [VERHOEVEN, MOELLENKAMP, RAUTENBERG, EBBINGHAUS], "Agenda Workshop IFRS 17 / SII 24.-25.09.",
                cet(2025, 9, 4, 13, 20, 0), node, style=2, mailer=TBIRD)
    return Mail("NORMAL", "mixed", "internal",
                "trap: bilingual workshop agenda on disability reserves and reinsurance, aggregates only",
                raw)


@reg
def m130():
    n = 130
    p1 = pdf([[("H", "Entlassungsbericht – Psychosomatische Klinik am Deister"),
               "Patient: Frank Ellerbrock, geb. 15.04.1977",
               "Aufenthalt: 03.06.2024 – 29.07.2024",
               "Aufnahmediagnose: F43.2 Anpassungsstörung",
               "Entlassdiagnosen: F32.1 mittelgradige depressive Episode; Z73.0 Erschöpfungssyndrom",
               "Medikation bei Entlassung: Escitalopram 20 mg 1-0-0",
               "Empfehlung: ambulante Psychotherapie, stufenweise Wiedereingliederung nicht vor 01/2025"]],
             title="Entlassungsbericht", author="Klinik am Deister")
    p2 = pdf([[("H", "Hausärztliche Karteikarte 2019–2021 (Auszug)"),
               "Patient: Frank Ellerbrock",
               "02/2020: Erschöpfung, Schlafstörungen, AU 6 Wochen 'Burnout' (Z73.0)",
               "04/2020: Überweisung Psychotherapie, Erstgespräch wahrgenommen, keine Fortsetzung",
               "10/2021: Check-up, unauffällig"]], title="Karteikarte", author="Praxis Dr. Hentschel")
    z = zipbytes([("BU-2024-0311/Entlassungsbericht_2024.pdf", p1), ("BU-2024-0311/Hausarzt_2019-2021.pdf", p2)],
                 date_time=(2025, 3, 20, 11, 0, 0))
    body = """Dear Erik,

as requested, the two documents for BU-2024-0311 (items 1 and 2 of your mail of
5 March). Password by phone as usual. Item 3 (current medication) is in the
discharge report.

Kind regards
Jonas
"""
    node = multi("mixed", [text(body, cte="7bit", charset="us-ascii"), att(z, "application/zip", "BU-2024-0311_documents.zip")], bnd(n))
    raw = build(n, PIETSCH, [HALVORSEN], "BU-2024-0311 - documents", cet(2025, 3, 20, 11, 12, 0), node, style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "medical documents of a named BU claimant (discharge report, GP records, diagnoses, medication) inside a ZIP; body harmless",
                raw)


@reg
def m131():
    n = 131
    body = """Hallo Ralf,

aus der Stichprobe Tierkrankenversicherung (KR-2025-08) drei Fälle, bei denen die
Leistungsprüfung nicht nachvollziehbar dokumentiert ist:

1. TK-55-20118, VN Sabine Rohlfing, Hund "Balu" (Berner Sennenhund, 7 J.)
   Kreuzbandriss, TPLO-Operation in der Tierklinik Hannover-Süd, 4.310 EUR.
   Wartezeit 3 Monate war erst 12 Tage vor der Erstdiagnose abgelaufen – der
   Tierarzt vermerkt "Lahmheit seit einigen Wochen". Vorerkrankung nicht geprüft.

2. TK-55-31077, VN Henning Drewes, Katze "Minka" (14 J.)
   chronische Niereninsuffizienz, Dauermedikation, 1.980 EUR im Jahr 2024.
   Jahreshöchstleistung (1.500 EUR) überschritten, trotzdem voll erstattet.

3. TK-55-40912, VN Paulina Wojcik, Hund "Ronja" (Labrador, 3 J.)
   Fremdkörper-OP (Socke), 2.640 EUR, GOT-Satz 3-fach ohne Begründung.

Bei 2 ergibt sich eine Überzahlung von 480 EUR. Bitte in den Berichtsentwurf
übernehmen.

Aylin
"""
    node = text(body)
    raw = build(n, DEMIRTAS, [TIEDEMANN], "KR-2025-08 Tierkranken – 3 Fälle für den Bericht", cet(2025, 9, 24, 14, 40, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "internal",
                "pet health audit cases: named owners with policy numbers and their animals' diagnoses (animal health is not Art. 9 data)",
                raw)


@reg
def m132():
    n = 132
    body = """Hallo Servicedesk,

bitte die Testfälle für die neue Schnittstelle Leistung -> RV-Portal (Change CR-5120)
in der Testumgebung anlegen, Beschreibung in der angehängten Textdatei. Alle Daten
sind fiktiv, bitte NICHT mit Produktionsdaten testen.

Danke
Jonas Pietsch
"""
    tc = """CR-5120 Testfaelle Schnittstelle Leistung -> RV-Portal
=====================================================

Testfall 1 (BU-Großschaden):
  Vers.-Nr. LV-0000-999001, Erika Musterfrau (fiktiv), geb. 01.01.1970,
  Diagnose-Code TEST (kein echter ICD-Code), Rente 9.999 EUR
Testfall 2 (Todesfall):
  Vers.-Nr. LV-0000-999002, Max Mustermann (fiktiv), Todesursache "TESTFALL"
Testfall 3 (Kranken Stop-Loss):
  Vers.-Nr. KV 00 000 003, Testkind Mustermann (fiktiv), Kosten 300.001 EUR

Erwartetes Ergebnis: Meldung an den Rückversicherer wird nur mit Initialen und
Geburtsjahr erzeugt ("E.M., 1970"), Diagnosefelder werden nicht übertragen.
"""
    node = multi("mixed", [text(body), att(tc.replace("\n", "\r\n").encode("cp1252"), "text/plain", "Testfaelle_CR-5120.txt",
                                           charset="windows-1252", cte="quoted-printable")], bnd(n))
    raw = build(n, PIETSCH, [SERVICEDESK], "CR-5120 Testfälle Schnittstelle Leistung/RV-Portal (fiktive Daten)",
                cet(2025, 8, 5, 10, 5, 0), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: interface test cases in a TXT attachment with fictitious persons (Erika Musterfrau, Max Mustermann) and dummy codes",
                raw)


@reg
def m133():
    n = 133
    body = """Sehr geehrte Frau Siefke,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung mit Berufsunfähigkeits-
Zusatzversicherung vom 02.07.2025 (Antrag 2025-L-01144).

Wir haben Ihren Antrag sorgfältig geprüft und dazu auch die Einschätzung unseres
Rückversicherers eingeholt. Wegen der Brustkrebserkrankung im Jahr 2023, deren
Behandlung (Operation, Bestrahlung und laufende antihormonelle Therapie mit
Tamoxifen) erst im Frühjahr 2024 abgeschlossen wurde, können wir Ihnen derzeit
leider noch keinen Versicherungsschutz anbieten.

Wir stellen Ihren Antrag deshalb für 12 Monate zurück. Gern prüfen wir ab Juli 2026
erneut – dann bitten wir um einen aktuellen Bericht Ihrer behandelnden Gynäkologin
über die Nachsorgeuntersuchungen.

Die Ablehnung betrifft nicht Ihre bestehende Hausratversicherung bei uns.

Wenn Sie Fragen haben, erreichen Sie mich unter 0511 4471-3310.

Mit freundlichen Grüßen
Lea Hoffstedt
Risikoprüfung Leben
Albis Lebensversicherung AG
"""
    node = text(body)
    raw = build(n, HOFFSTEDT, [("Heike Siefke", "heike.siefke@mailbox.example")], "Ihr Antrag 2025-L-01144",
                cet(2025, 8, 8, 11, 15, 0), node, style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
                "postponement letter to a named applicant citing her breast cancer, therapy and the reinsurer's assessment",
                raw)


@reg
def m134():
    n = 134
    rows = [["Bürgschafts-Nr.", "Mieter/in (VN)", "Vermieter", "Mietobjekt", "Bürgschaft EUR", "Inanspruchnahme EUR", "Grund", "Regress"]]
    data = [
        ("MK-300-01822", "Jannis Weidemann", "Hausverwaltung Ostermann", "Lister Meile 66, 30161 Hannover", 2400, 2400, "Mietrückstand 3 Monate", "Ratenzahlung 100 EUR"),
        ("MK-300-02517", "Olga Petrenko", "Wohnbau Linden eG", "Fössestr. 12, 30451 Hannover", 1950, 1120, "Renovierung bei Auszug", "offen"),
        ("MK-300-03309", "Kai und Sina Bergmann", "privat (Fr. Lohmeyer)", "Am Lindenhofe 4, 30519 Hannover", 3300, 3300, "Mietrückstand, Räumungsklage", "Vollstreckungsbescheid"),
    ]
    for r in data:
        rows.append(list(r))
    x = xlsx([("Mietkaution Inanspruchnahmen", rows)])
    body = """Hallo Herr Behrendt,

zur Kautionsversicherung (Anforderung 29) die drei Inanspruchnahmen aus Ihrer
Stichprobe, inkl. Regressstand.

Viele Grüße
Michael Grabowski
"""
    node = multi("mixed", [text(body), att(x, CT_XLSX, "Anf29_Mietkaution.xlsx")], bnd(n))
    raw = build(n, GRABOWSKI, [BEHRENDT], "Anforderung 29 – Mietkautionsbürgschaften", cet(2025, 3, 3, 16, 30, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "rent deposit guarantee claims: named tenants, addresses, rent arrears, eviction and enforcement only in the XLSX",
                raw)


@reg
def m135():
    n = 135
    body = """Dear Rory,

here are the key assumptions for the life and disability best estimate at 31.12.2024
that you asked us to confirm, with the changes against last year:

Assumption                         YE2024                         YE2023
Discount curve                     EIOPA RFR incl. VA             EIOPA RFR incl. VA
Mortality (insured lives)          AV 2024 T x 95% (A/E study)    AV 2008 T x 92%
Disability incidence               Albis own table 2024,          Albis own table 2021
                                   by occupation class 1-5
Recovery (reactivation) rates      -10% vs. 2021 table            2021 table
Mortality of disabled lives        AV 2024 I                      AV 2008 I
Lapse                              4.1% p.a. (term), 2.8% (DI)    4.3% / 3.0%
Expense inflation                  2.6%                           3.0%

The change in the reactivation assumption increases the disability claims reserve by
EUR 11.2m; the mortality update releases EUR 6.4m. Supporting analyses are in the
data room (folder 04_Actuarial).

Best regards
Fabian Möllenkamp
Chief Actuary Life
"""
    node = text(body)
    raw = build(n, MOELLENKAMP, [MCKENNA], "YE2024 best estimate assumptions - life and DI", cet(2025, 2, 14, 11, 45, 0), node,
                cc=[NATARAJAN], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "insurer-to-partner",
                "trap: actuarial assumptions (mortality, disability incidence, reactivation) for the auditor, no person",
                raw)


@reg
def m136():
    n = 136
    p = pdf([["Scan vom 14.08.2025 10:22 · Gerät KM-3OG-02 · 6 Seiten",
              "",
              "[Bildinhalt – keine Texterkennung]"]], title="Scan 20250814102233", author="KM-3OG-02")
    body = """Hallo Mareike,

anbei der Scan für die RV-Akte, das Original geht an Leistung zurück.

Gruß Jonas
"""
    node = multi("mixed", [text(body), att(p, "application/pdf", "Gutachten_Pflegegrad4_Demenz_Oltmanns_Friederike.pdf")], bnd(n))
    raw = build(n, PIETSCH, [OLBRICH], "Scan", cet(2025, 8, 14, 10, 30, 0), node, style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "internal",
                "health data only in the attachment file name (named person, care level 4, dementia); body and PDF text harmless",
                raw)


@reg
def m137():
    n = 137
    body = """Hallo Herr Dr. Feldhaus,

wir haben über Hollins Marr ein fakultatives Angebot für ein Wohn- und Geschäftshaus
bekommen, bei dem Nordkap als zweiter Markt interessant wäre. Die Eckdaten aus der
Mail des Maklers (englisch) unten. Eigentümer ist eine Privatperson, keine
Gesellschaft – bitte entsprechend vertraulich.

Können Sie bis Ende nächster Woche sagen, ob Sie 30 % zeichnen würden?

Viele Grüße
Uwe Marquardt

> From: Daniel Okafor <daniel.okafor@hollinsmarr-re.example>
> Subject: Fac property - Hannover, Georgstrasse
>
> Uwe,
> risk details as discussed:
> Owner:         Mr Gerhard Vinke, private investor, residing Waldstrasse 8,
>                30916 Isernhagen
> Risk:          Georgstrasse 37-39, 30159 Hannover, mixed use (retail GF,
>                14 flats, 3 offices), built 1958, renovated 2019
> Sum insured:   EUR 21.5m buildings, rental income EUR 1.38m p.a. (24 months)
> Loss history:  2022 water damage EUR 64k
> Mr Vinke has asked for a quote by 1 December; current insurer is leaving the
> market. He finances the building with a loan of EUR 9m from Sparkasse
> Hannover, which requires the cover as a condition.
> Daniel
"""
    node = text(body)
    raw = build(n, MARQUARDT, [FELDHAUS], "Fakultativ Wohn-/Geschäftshaus Hannover – Interesse Nordkap?", cet(2025, 11, 12, 9, 50, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "mixed", "insurer-to-partner",
                "German mail quoting an English broker mail: named private owner, home address, rental income and bank loan",
                raw)


@reg
def m138():
    n = 138
    body = """Sehr geehrte Damen und Herren,

hiermit kündigen wir den Quotenrückversicherungsvertrag QA-L 2019/01 (Risiko Tod und
BU) gemäß Artikel 21.1 vorsorglich zum 31.12.2025, 24:00 Uhr.

Die vorsorgliche Kündigung dient ausschließlich dazu, die Verhandlungen über die
Konditionen ab 2026 (Provisionssatz, Gewinnbeteiligung, Meldegrenzen) offen zu halten.
Wir gehen davon aus, die Zusammenarbeit auf Basis eines neuen Nachtrags fortzusetzen.

Für bereits zedierte Risiken gilt weiterhin die Run-off-Regelung nach Artikel 22.

Das unterschriebene Original geht Ihnen per Post zu.

Mit freundlichen Grüßen

Dr. Henrike Vossberg                 Bettina Lorenzen
Leiterin Rückversicherung            Mitglied des Vorstands
"""
    node = text(body)
    raw = build(n, VOSSBERG, [FELDHAUS, NK_ACC], "Vorsorgliche Kündigung QA-L 2019/01 zum 31.12.2025",
                cet(2025, 9, 26, 15, 0, 0), node, cc=[LORENZEN], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "insurer-to-partner",
                "trap: provisional treaty notice of cancellation, contract data only, board member named in function",
                raw)


@reg
def m139():
    n = 139
    body = """Claudia, Katrin – Meridian's final claims audit report, for your files. Points 2
and 3 need an action plan by end of August. Jonas

---------- Forwarded message ---------
From: Erik Halvorsen <erik.halvorsen@meridian-re.example>
Date: Fri, 25 Jul 2025 at 17:40
Subject: Claims audit Albis Leben 2025 - final report

Dear Jonas,

thank you for your hospitality in June. Our findings:

1. Overall, claims handling is sound; 4 of 4 files reviewed were decided within the
   treaty terms.

2. BU-2024-0022 (Mr Rüdiger Pflaum): the non-disclosure decision is well founded
   (undisclosed hypertension and coronary angiography 2019), but the rescission
   letter was sent 14 months after the claim, which weakens your position in the
   pending lawsuit.

3. BU-2024-0311 (Mr Frank Ellerbrock): the file still lacks a decision 13 months
   after notification. The discharge report (F32.1) and the GP records showing
   "burnout" in 2020 have been available since March. Please decide by 30 September.

4. BU-2023-0041 (Ms Svetlana Morozova, F32.2): we agree with the continued
   acceptance; the follow-up review in 2026 should include an independent
   psychiatric examination.

Kind regards
Erik
"""
    node = text(body, cte="quoted-printable")
    raw = build(n, PIETSCH, [HERZBERG, SOBOTTA], "Fwd: Claims audit Albis Leben 2025 - final report", cet(2025, 7, 28, 8, 5, 0), node,
                style=2, mailer=TBIRD)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "partner",
                "reinsurer's claims audit report forwarded internally: named BU claimants with diagnoses and non-disclosure findings",
                raw)


@reg
def m140():
    n = 140
    body = """Sehr geehrter Herr Behrendt,

zu Anforderung 38 (Forderungen gegen Mitarbeitende, Anhangangabe) die Liste der zum
31.12.2024 bestehenden Arbeitgeberdarlehen:

Mitarbeiter/in         PersNr   Zweck                    Auszahlung   Betrag EUR   Zins    Rest 31.12.
Thomas Brinkmann       11877    Wohneigentum             2019          30.000,00   1,0 %    14.250,00
Katja Heuer            12650    Wohneigentum             2021          25.000,00   1,0 %    17.600,00
Bernd Hollerbach       10912    Pkw                      2023           8.000,00   2,0 %     4.420,00
Sevda Aydın            15344    Überbrückung (Scheidung) 2024           5.000,00   0,0 %     4.000,00

Die Darlehen werden monatlich mit dem Gehalt verrechnet; der geldwerte Vorteil aus
dem Zinsvorteil wird versteuert. Die Darlehensverträge liegen im Datenraum unter
/Personal/Darlehen (Lesezugriff nur für Sie und Frau Dr. Wessels).

Mit freundlichen Grüßen
Jörg Brandes
"""
    node = text(body)
    raw = build(n, BRANDES, [BEHRENDT], "Anforderung 38 – Arbeitgeberdarlehen", cet(2025, 2, 17, 10, 20, 0), node,
                cc=[STAMMLER], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "employer loans to named employees: amounts, interest, balances, purposes including a divorce",
                raw)


@reg
def m141():
    n = 141
    inner_plain = """HOLLINS MARR RENEWAL MONITOR - 1/1/2026

Property cat: ample capacity; risk-adjusted rates down 5-10% for loss-free
programmes, flat to +5% for programmes hit by 2024/25 flood events. Lower layers
remain tight; aggregate covers largely unavailable.

Motor liability XL (Germany): retentions under pressure because of bodily injury
claims inflation (care costs +7% p.a.); reinsurers push for index clauses with
lower thresholds (10% instead of 15%).

Life & health: continued appetite for mortality quota shares; disability reinsurers
seek tighter claims cooperation and medical audit clauses. Stop loss for health
insurers: pricing up 3-8% due to oncology cost trends.

Cyber: rates down 10-15%; war and infrastructure exclusions standard.

Contact your Hollins Marr team for the full report.
"""
    inner_html = """<html><body style="font-family:Arial;font-size:10pt">
<h2 style="color:#5a2d82">Hollins Marr Renewal Monitor &ndash; 1/1/2026</h2>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Line</th><th>Market view</th></tr>
<tr><td>Property cat</td><td>Ample capacity; risk-adjusted rates -5 to -10% for loss-free programmes, flat to +5% after
2024/25 floods. Lower layers tight, aggregates largely unavailable.</td></tr>
<tr><td>Motor liability XL (DE)</td><td>Retentions under pressure from bodily injury claims inflation (care costs +7% p.a.);
index clause thresholds 10% instead of 15%.</td></tr>
<tr><td>Life &amp; health</td><td>Appetite for mortality quota shares; disability reinsurers seek tighter claims cooperation
and medical audit clauses. Health stop loss +3 to +8% (oncology trends).</td></tr>
<tr><td>Cyber</td><td>Rates -10 to -15%; war and infrastructure exclusions standard.</td></tr>
</table>
<p style="font-size:8pt;color:#777">Contact your Hollins Marr team for the full report.</p>
</body></html>
"""
    inner = build(941, ("Hollins Marr Re - Research", "research" + HM), [VOSSBERG],
                  "Hollins Marr Renewal Monitor - 1 January 2026", utc_date(2025, 12, 1, 6, 30, 0, 0),
                  alt(941, inner_plain, inner_html), mid="<renewal-monitor-2026-01.77120@hollinsmarr-re.example>")
    body = """FYI - market view on the 1/1 renewals, useful for our 2026 negotiations.
Henrike
"""
    node = multi("mixed", [text(body, cte="7bit", charset="us-ascii"),
                           rfc822(inner, "Hollins Marr Renewal Monitor - 1 January 2026.eml")], bnd(n))
    raw = build(n, VOSSBERG, [PIETSCH, KRANEPUHL, MARQUARDT, OLBRICH], "FW: Hollins Marr Renewal Monitor - 1/1/2026",
                cet(2025, 12, 1, 8, 40, 0), node, style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "en", "newsletter",
                "trap: broker market report (forwarded message/rfc822 with HTML table) on bodily injury, oncology and disability trends, no person",
                raw)


@reg
def m142():
    n = 142
    body = """Sehr geehrte Frau Kowalczyk,

zur Information für Ihre Bestandsführung: Der folgende BU-Leistungsfall aus dem
Quotenvertrag QA-L 2019/01 ist beendet.

Leistungsfall:    BU-2022-0388
Versicherter:     Carsten Ohlhoff, geb. 02.10.1969
Bisherige Rente:  1.800 EUR mtl. seit 11/2022 (befristetes Anerkenntnis)
Grund:            Nach Bandscheibenvorfall L4/5 (M51.1) mit Operation 2022 und
                  anschließender Umschulung arbeitet Herr Ohlhoff seit 01.08.2025
                  als Bauleiter (Bürotätigkeit mit Baustellenbesuchen). Die
                  Verweisung ist nach dem Bedingungswerk zulässig; der Versicherte
                  hat die Einstellung akzeptiert.
Einstellung zum:  31.10.2025
Freiwerdende Reserve: 212.600 EUR (Ihr Anteil 85.040 EUR)

Mit freundlichen Grüßen
Katrin Sobotta
"""
    node = text(body, cte="base64")
    raw = build(n, SOBOTTA, [KOWALCZYK], "QA-L 2019/01 – Leistungseinstellung BU-2022-0388", cet(2025, 10, 20, 14, 10, 0), node,
                cc=[PIETSCH], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                "end of a BU claim: named insured, birth date, disc prolapse M51.1, surgery, new job; body base64-encoded",
                raw)


@reg
def m143():
    n = 143
    body = """Dear Camille,

for your records under PR-XL 2025, loss S-25-0512007:

Insured:      Mr and Mrs Klaus and Bettina Rautmann, private homeowners
Risk:         detached house with annex, Sonnenweg 12, 31008 Elze
Policy:       WG-117-51903 (buildings), HR-231-44810 (contents)
Date:         31 August 2025, approx. 02:30
Cause:        fire started in the carport; the police investigate arson by unknown
              persons (three car fires in the same street that night). The owners
              are not suspects - they were on holiday in Croatia.
Damage:       house uninhabitable, annex destroyed, two cars (insured elsewhere)
Reserve:      buildings EUR 1.38m, contents EUR 210k, additional living costs EUR 36k

Nobody was hurt. The family is living in a rented flat provided through our
assistance service; we paid an advance of EUR 50k on 5 September.

Best regards
Michael Grabowski
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, GRABOWSKI, [DURAND], "PR-XL 2025 - S-25-0512007 fire Elze", cet(2025, 9, 8, 10, 15, 0), node,
                cc=[KRANEPUHL], style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "fire loss of named private homeowners: address, policy/claim numbers, reserve; arson by unknown third parties, owners not suspects, nobody hurt",
                raw)


@reg
def m144():
    n = 144
    body = """Hallo zusammen,

für die Planung der Abschlussarbeiten bitte bis Freitag eure Abwesenheiten zwischen
15.12. und 31.01. eintragen. Aktueller Stand aus dem Teamkalender:

  Möllenkamp     22.12.–02.01.
  Rautenberg     27.12.–06.01.
  Ebbinghaus     29.12.–31.12.
  Natarajan      19.12.–09.01.
  Wendeborn      –  (Ruhestand seit 30.04.)

Wichtig: Zwischen 05.01. und 23.01. (Reservierung, AFH-Bericht, Zulieferung an
Ashford Lyle) bitte keinen Urlaub. Vertretungen wie im Vorjahr.

Danke
Fabian
"""
    node = text(body, cte="8bit")
    raw = build(n, MOELLENKAMP, [RAUTENBERG, EBBINGHAUS, NATARAJAN], "Urlaubsplanung Jahreswechsel / Abschluss",
                cet(2025, 11, 24, 9, 0, 0), node, style=2, mailer=TBIRD)
    return Mail("NORMAL", "de", "internal",
                "trap: holiday planning with colleagues' absence dates and a retirement (organisational, no reasons)",
                raw)


@reg
def m145():
    n = 145
    body = """Dear Erik,

update on UF-2024-00873 (Mr Maximilian Roggenkamp, PA-XL 2022):

1. Medical: Mr Roggenkamp was discharged from inpatient rehabilitation on 30 June.
   The final neurological assessment confirms a complete C5/C6 lesion; he can use
   his arms partially (biceps function), has no hand function and depends on an
   electric wheelchair and on care for about 8 hours a day. He developed a pressure
   ulcer in May which has healed.

2. Disability: our medical adviser assesses the degree of disability at 100%. We
   have paid the full progressive benefit of EUR 1,750,000 on 15 July and the
   accident pension runs from 1 August (EUR 2,000 per month).

3. Recovery: the van's motor liability insurer accepted full liability and paid our
   recourse claim for the disability benefit's damage component (EUR 410,000) -
   your share of the recovery will be credited in the Q3 account.

The layer (EUR 1.5m xs 500k) is exhausted; your 60% share is EUR 900,000, less your
share of the recovery.

Best regards
Serkan Yilmaz
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, YILMAZ, [HALVORSEN], "UF-2024-00873 - update, benefit paid", cet(2025, 7, 22, 13, 5, 0), node,
                cc=[KRANEPUHL], style=1, mailer=OUTLOOK)
    return Mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "accident claim update: named insured with tetraplegia, care needs, pressure ulcer, disability benefit",
                raw)


@reg
def m146():
    n = 146
    body = """Sehr geehrte Frau Hartwig, sehr geehrter Herr Hartwig,

wie heute am Telefon besprochen, bestätigen wir Ihnen zu Ihrem Brandschaden vom
04.01.2025 (Schaden-Nr. S-25-0004112, Wohngebäudeversicherung WG-117-30881):

  1. Abschlagszahlung Gebäude:            250.000,00 EUR
  2. Mietkosten Ersatzwohnung Feb.–Juni:    7.750,00 EUR
  3. Aufräum- und Abbruchkosten (Rechnung
     Fa. Wiechmann vom 18.03.):            41.220,00 EUR

Die Zahlungen gehen in den nächsten Tagen auf Ihr Konto bei der Kreissparkasse
Verden, IBAN endend auf 0448. Die Abrechnung des Neubaus erfolgt nach Vorlage der
Rechnungen; der Denkmalschutzauflagen wegen bleibt es bei der vereinbarten
Sachverständigen-Begleitung durch Herrn Kühlmann.

Für Rückfragen erreichen Sie mich direkt unter 0511 4471-3120.

Mit freundlichen Grüßen
Michael Grabowski
Großschaden Komposit
Albis Allgemeine Versicherung AG
"""
    node = text(body)
    raw = build(n, GRABOWSKI, [("Detlef Hartwig", "d.hartwig@lindhoop-mail.example")], "Ihr Brandschaden S-25-0004112 – Abschlagszahlungen",
                cet(2025, 3, 27, 15, 45, 0), node, style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-customer",
                "claim payments to named customers: policy and claim numbers, amounts, bank and IBAN ending",
                raw)


@reg
def m147():
    n = 147
    body = """Hi all,

the year-end closing timetable for reinsurance and actuarial (YE2025). Dates are
binding because the group reporting deadlines moved forward by one week.

  WD-3  (24 Dec)   RI accounts Q4: estimates booked for all treaties
  WD+3  (7 Jan)    Cat XL recoveries and reinstatement premiums confirmed
  WD+5  (9 Jan)    Gross reserves P&C frozen, IBNR run (Ebbinghaus)
  WD+7  (13 Jan)   Life/DI reserves incl. reinsurance share (Natarajan)
  WD+8  (14 Jan)   S.30/S.31 templates to Group Reporting
  WD+10 (16 Jan)   Reserving committee
  WD+14 (22 Jan)   Actuarial function report draft to the board
  WD+15 (23 Jan)   Hard close, package to Ashford Lyle

Please flag any large losses notified after 15 December directly to Henrike and me
- without case details by mail, just the claim reference.

Thanks
Priya
"""
    node = text(body, cte="7bit", charset="us-ascii")
    raw = build(n, NATARAJAN, [VOSSBERG, OLBRICH, EBBINGHAUS, MOELLENKAMP, STAMMLER], "YE2025 closing timetable - reinsurance & actuarial",
                cet(2025, 11, 28, 11, 0, 0), node, style=2, mailer=TBIRD)
    return Mail("NORMAL", "en", "internal",
                "trap: year-end closing timetable, mentions large losses and reserves only in general",
                raw)


@reg
def m148():
    n = 148
    body = """Dear Compliance team,

for the group-wide fit & proper register and the notification to the supervisor,
the holders of key functions at Albis as of 1 January 2026:

Key function            Holder                     Date of birth   Since        Notified
Actuarial function      Dr. Fabian Möllenkamp      11.06.1975      01.04.2019   yes
Internal audit          Claudia Herzberg           23.02.1970      01.01.2017   yes
Risk management         Dr. Lars Fehrmann          04.12.1981      01.07.2022   yes
Compliance              Nadine Reuter              17.08.1984      01.10.2023   yes
Reinsurance (outsourcing
  monitoring, not a key
  function - FYI)       Dr. Henrike Vossberg       30.01.1978      01.05.2020   n/a

No changes are planned for 2026. The fit & proper documentation for all four key
function holders is on file in Hannover and was renewed in 2025.

Kind regards
Nadine Reuter
Compliance, Albis Versicherungsgruppe
"""
    node = text(body)
    raw = build(n, REUTER, [("Corvan Group Compliance", "group.compliance" + CG)], "Key function holders Albis - fit & proper register 2026",
                cet(2025, 12, 3, 14, 20, 0), node, style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "en", "insurer-to-partner",
                "key function holders with full birth dates and dates of appointment sent to the group",
                raw)


@reg
def m149():
    n = 149
    body = """Sehr geehrter Herr Behrendt,

zu Anforderung 41 (Kulanzzahlungen > 5.000 EUR, Komposit, 2024) die vollständige
Liste – es sind nur vier Fälle:

S-24-0301188  Wohngebäude  VN Hildegard Sprengel, Rinteln
              Elementarschaden ohne Elementardeckung; Kulanz 12.000 EUR wegen
              Beratungsfehler des Vermittlers (Agentur Habekost), Regress geprüft
K-24-1120544  Kfz-Kasko    VN Pascal Nienaber, Hannover
              Ablauf der Neupreisentschädigung 3 Tage vor dem Schaden; Kulanz
              6.400 EUR (Differenz Neupreis/Wiederbeschaffungswert)
HR-24-0077310 Hausrat      VN Familie Gorontzi, Nienburg
              Einbruch ohne Einbruchspuren, Polizei bestätigt Schlüsseldiebstahl;
              Kulanz 8.150 EUR (Hälfte des Schadens)
S-24-0912241  Wohngebäude  VN Gunnar Eickhoff, Laatzen
              Sturmschaden an nicht versichertem Carport; Kulanz 5.200 EUR
              (Kunde mit 6 Verträgen, Kündigungsandrohung)

Alle Kulanzen sind von der Bereichsleitung genehmigt; die Genehmigungen liegen im
Datenraum.

Mit freundlichen Grüßen
Michael Grabowski
"""
    node = text(body)
    raw = build(n, GRABOWSKI, [BEHRENDT], "Anforderung 41 – Kulanzzahlungen 2024", cet(2025, 3, 12, 15, 5, 0), node,
                style=1, mailer=OUTLOOK)
    return Mail("CONFIDENTIAL", "de", "insurer-to-partner",
                "goodwill payments list: named policyholders, towns, claim numbers, amounts and reasons (non-personal lines)",
                raw)


@reg
def m150():
    n = 150
    body = """Sehr geehrte Mitglieder des Vorstands,

kurze Information zum Abschluss der Erneuerung 2026:

  - Cat XL: 4 Layer, 290 Mio. xs 15 Mio., vollständig platziert; Preis -6,5 %
    risikoadjustiert, Panel unverändert (Kestrel, Atlantique, zwei neue Märkte).
  - Per-Risk-XL und Kfz-Haftpflicht-XL: platziert, Indexklausel in der
    Kfz-Haftpflicht auf 10 % Schwelle abgesenkt (Marktstandard).
  - Leben: QA-L 2019/01 mit Nordkap auf Basis eines neuen Nachtrags fortgesetzt
    (Provision 23,5 %, Meldegrenzen unverändert, neue Datenschutzklausel mit
    Pseudonymisierung der Bordereaux).
  - Kranken Stop-Loss: Meridian Re, Preis +4 %.
  - Die neue Datenschutzklausel (Gesundheitsdaten nur fallbezogen und über das
    Portal) ist in allen Verträgen vereinbart.

Die Gesamtkosten des Programms steigen um 1,2 Mio. EUR auf 30,8 Mio. EUR, überwiegend
durch das höhere Volumen. Die Solvenzwirkung berichten wir mit dem Q4-Bericht.

Mit freundlichen Grüßen
Dr. Henrike Vossberg
Leiterin Rückversicherung
"""
    node = text(body)
    raw = build(n, VOSSBERG, [ALDENHOVEN, LORENZEN, ("Dr. Sven-Ole Harms", "sven-ole.harms" + A)],
                "Vorstandsinformation: Rückversicherungsprogramm 2026 platziert", cet(2025, 12, 19, 16, 30, 0), node,
                cc=[KUEHNEL], style=1, mailer=OUTLOOK)
    return Mail("NORMAL", "de", "internal",
                "trap: board information on the placed reinsurance programme 2026 with health-data clause, no person",
                raw)


# ================================================================ writing and checking


def generate():
    out = []
    for i, fn in enumerate(MAILS, 1):
        assert fn.__name__ == f"m{i:03d}", (fn.__name__, i)
        m = fn()
        out.append((f"d{NN}-{i:04d}.eml", m))
    return out


def write(dest):
    os.makedirs(os.path.join(dest, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for name, m in generate():
        with open(os.path.join(dest, "mails", name), "wb") as f:
            f.write(m.raw)
        assert "\t" not in m.reason and "\n" not in m.reason
        rows.append(f"{name}\t{m.label}\t{m.lang}\t{m.kind}\t{m.reason}")
    with open(os.path.join(dest, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?)\b")


def _check_pdf(data, where):
    assert data.startswith(b"%PDF-"), where
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    assert m, f"{where}: no startxref"
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b"xref", f"{where}: bad startxref"
    hdr_ = re.match(rb"xref\n0 (\d+)\n", data[xref:])
    n = int(hdr_.group(1))
    pos = xref + hdr_.end()
    texts = []
    for i in range(n):
        entry = data[pos + 20 * i: pos + 20 * (i + 1)]
        off, gen, kind = entry[:10], entry[11:16], entry[17:18]
        if kind == b"n":
            o = int(off)
            assert data[o:].startswith(b"%d 0 obj" % i), f"{where}: xref {i} wrong"
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        s = data[sm.end(): sm.end() + ln]
        assert data[sm.end() + ln: sm.end() + ln + 10] == b"\nendstream", f"{where}: stream length"
        if sm.group(2):
            s = zlib.decompress(s)
        texts += [t.decode("cp1252") for t in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", s)]
    assert texts, f"{where}: no text"
    return "\n".join(texts).replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")


def _check_zip_office(data, where):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where
    names = z.namelist()
    txt = []
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".rels"):
            dom = minidom.parseString(z.read(nm))
            txt.append(" ".join(t.data for t in _textnodes(dom)))
    if "mimetype" in names:
        assert names[0] == "mimetype", f"{where}: mimetype not first"
        assert z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED, where
    return "\n".join(txt)


def _textnodes(node):
    for c in node.childNodes:
        if c.nodeType == c.TEXT_NODE:
            yield c
        else:
            yield from _textnodes(c)


def _check_blob(data, fname, ctype, where):
    """Open an attachment by its type; return extracted text."""
    ext = fname.lower().rsplit(".", 1)[-1] if "." in fname else ""
    if ext == "pdf" or ctype == "application/pdf":
        return _check_pdf(data, where)
    if ext in ("docx", "xlsx", "odt", "ods"):
        z = zipfile.ZipFile(io.BytesIO(data))
        need = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "odt": "content.xml", "ods": "content.xml"}[ext]
        assert need in z.namelist(), f"{where}: {need} missing"
        return _check_zip_office(data, where)
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        out = []
        for nm in z.namelist():
            if nm.endswith("/"):
                continue
            out.append(nm)
            out.append(_check_blob(z.read(nm), nm, "", f"{where}!{nm}"))
        return "\n".join(out)
    if ext == "ics":
        s = data.decode("utf-8")
        assert s.startswith("BEGIN:VCALENDAR\r\n") and s.endswith("END:VCALENDAR\r\n"), where
        assert "BEGIN:VEVENT" in s, where
        return s.replace("\r\n ", "")
    if ext in ("csv", "txt", "log"):
        for enc in ("utf-8-sig", "cp1252"):
            try:
                s = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if ext == "csv":
            rows = list(csv.reader(io.StringIO(s), delimiter=";" if s.count(";") >= s.count(",") else ","))
            assert len(rows) >= 2, f"{where}: csv too short"
        return s
    if ext == "eml":
        return _check_message(data, where)
    raise AssertionError(f"{where}: unknown attachment type {fname} {ctype}")


def _check_message(raw, where, top=False):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[h] is not None, f"{where}: header {h} missing"
    if top:
        frm = getaddresses([str(msg["From"])])
        assert frm and frm[0][1].endswith("@" + DOMAIN), f"{where}: From not from the insurer"
    for h in ("From", "To", "Cc", "Reply-To"):
        for v in msg.get_all(h, []):
            for _, a in getaddresses([str(v)]):
                assert a.endswith(".example"), f"{where}: address {a}"
    email.utils.parsedate_to_datetime(str(msg["Date"]))
    texts = [str(msg["Subject"])]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            for h in ("From", "To", "Subject", "Date"):
                assert inner[h] is not None, f"{where}/rfc822: header {h} missing"
            for h in ("From", "To", "Cc"):
                for v in inner.get_all(h, []):
                    for _, a in getaddresses([str(v)]):
                        assert a.endswith(".example"), f"{where}/rfc822: address {a}"
            texts.append(str(inner["Subject"]))
            continue
        if part.is_multipart():
            continue
        fname = part.get_filename()
        if fname or not ct.startswith("text/"):
            data = part.get_payload(decode=True)
            assert data, f"{where}: empty attachment {fname}"
            texts.append(fname or "")
            texts.append(_check_blob(data, fname or "", ct, f"{where}:{fname}"))
        else:
            cs = part.get_content_charset() or "us-ascii"
            data = part.get_payload(decode=True)
            s = data.decode(cs)           # must decode strictly with the declared charset
            assert s.strip(), f"{where}: empty text part"
            texts.append(s)
    return "\n".join(texts)


def check():
    problems = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "labels.tsv header"
    rows = [ln.split("\t") for ln in lines[1:] if ln]
    if len(rows) != 150:
        problems.append(f"labels.tsv has {len(rows)} rows, expected 150")
    counts, langs, kinds, mids = {}, {}, {}, set()
    for i, r in enumerate(rows, 1):
        assert len(r) == 5 and all(x.strip() for x in r), f"row {i}: {r}"
        fn, label, lang, kind, reason = r
        assert fn == f"d{NN}-{i:04d}.eml", fn
        assert label in LABELS and lang in LANGS, r
        counts[label] = counts.get(label, 0) + 1
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        kinds[(kind, label)] = kinds.get((kind, label), 0) + 1
        path = os.path.join(HERE, "mails", fn)
        with open(path, "rb") as f:
            raw = f.read()
        try:
            alltext = _check_message(raw, fn, top=True)
            mid = email.message_from_bytes(raw)["Message-ID"]
            assert mid not in mids, f"{fn}: duplicate Message-ID"
            mids.add(mid)
            for cand in IBAN_RE.findall(alltext):
                c = cand.replace(" ", "")
                if not re.fullmatch(r"(DE|AT|CH|FR|NL|GB|LU|BE|IT|ES)\d{2}[A-Z0-9]+", c):
                    continue
                if not iban_ok(c) and c not in INTENTIONALLY_INVALID_IBANS:
                    problems.append(f"{fn}: invalid IBAN {cand}")
            if label == "NORMAL" and "trap" not in reason:
                problems.append(f"{fn}: NORMAL mail without 'trap' in reason")
        except Exception as e:  # noqa
            problems.append(f"{fn}: {type(e).__name__}: {e}")
    for lab, n in TARGET.items():
        if counts.get(lab, 0) != n:
            problems.append(f"label {lab}: {counts.get(lab, 0)} != {n}")
    with tempfile.TemporaryDirectory() as td:
        write(td)
        for fn in sorted(os.listdir(os.path.join(td, "mails"))) + ["labels.tsv"]:
            a = os.path.join(td, "mails", fn) if fn.endswith(".eml") else os.path.join(td, fn)
            b = os.path.join(HERE, "mails", fn) if fn.endswith(".eml") else os.path.join(HERE, fn)
            with open(a, "rb") as fa, open(b, "rb") as fb:
                if fa.read() != fb.read():
                    problems.append(f"{fn}: rebuild differs")
        extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(td, "mails")))
        if extra:
            problems.append(f"stray files in mails/: {sorted(extra)}")
    tot_lang = {}
    for (lab, lg), n in langs.items():
        tot_lang[lg] = tot_lang.get(lg, 0) + n
    print("labels:", ", ".join(f"{k}={counts.get(k, 0)}" for k in LABELS))
    print("lang:  ", ", ".join(f"{k}={tot_lang.get(k, 0)}" for k in LANGS))
    for lab in LABELS:
        print(f"  {lab:22s}", "  ".join(f"{lg}={langs.get((lab, lg), 0)}" for lg in LANGS))
    print("kinds: ", ", ".join(f"{k}/{lab[:4]}={n}" for (k, lab), n in sorted(kinds.items())))
    print("messages parsed:", len(rows), " unique Message-IDs:", len(mids))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("check OK: 150 mails parse, attachments open, IBANs valid, counts match, rebuild byte-identical")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write(HERE)
    print(f"wrote {len(MAILS)} mails to {os.path.join(HERE, 'mails')} and labels.tsv")
