#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus dev215 (prefix d215-) for the Siegel classifier.

150 hand-written, fictitious e-mails of the fictitious insurer "Weserland Versicherung"
(domain weserland-vers.example), each labelled NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL.

    python3 make_corpus.py           writes mails/ and labels.tsv next to this file
    python3 make_corpus.py --check   rebuilds into a temporary folder, compares byte for byte,
                                     parses every mail and every attachment, exits 1 on failure

Python standard library only.  Office files are ZIPs of hand-written XML, PDFs are built by
hand (Helvetica, WinAnsiEncoding, FlateDecode content streams).  Everything is deterministic.
"""

import datetime
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import encoders, policy
from email.charset import BASE64, QP, Charset
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser
from email.utils import format_datetime

POL = policy.SMTP
DOM = "weserland-vers.example"
PREFIX = "d215-"
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------------------
# registry and per-mail context
# ----------------------------------------------------------------------------------------

REG = {}


class Ctx:
    n = 0       # number of the mail being built
    b = 0       # boundary counter
    m = 0       # message-id counter for inner messages


def M(n, label, lang, kind, reason):
    """Register the function below as mail number n."""
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        assert n not in REG, "duplicate mail number %d" % n
        REG[n] = (fn, label, lang, kind, reason)
        return fn
    return deco


def _h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()


# ----------------------------------------------------------------------------------------
# dates (Europe/Berlin in 2026: CEST from 29 March 02:00 to 25 October 03:00)
# ----------------------------------------------------------------------------------------

def mkdt(s):
    """'2026-01-14 09:12[:33][ +0000]' -> aware datetime."""
    s = s.strip()
    off = None
    m = re.match(r"^(.*?)\s*([+-]\d{4})$", s)
    if m:
        s, o = m.group(1), m.group(2)
        off = (1 if o[0] == "+" else -1) * (int(o[1:3]) * 60 + int(o[3:5]))
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    dt = datetime.datetime.strptime(s, fmt)
    if off is None:
        key = (dt.month, dt.day, dt.hour)
        summer = (3, 29, 2) <= key < (10, 25, 3)
        off = 120 if summer else 60
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(minutes=off)))


def rfcdate(s):
    return format_datetime(mkdt(s))


def pdfdate(s):
    dt = mkdt(s)
    off = dt.utcoffset().total_seconds() // 60
    sign = "+" if off >= 0 else "-"
    off = abs(int(off))
    return dt.strftime("D:%Y%m%d%H%M%S") + "%s%02d'%02d'" % (sign, off // 60, off % 60)


def isodate(s):
    dt = mkdt(s).astimezone(datetime.timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


# ----------------------------------------------------------------------------------------
# MIME helpers
# ----------------------------------------------------------------------------------------

def boundary(style="ol"):
    Ctx.b += 1
    h = _h("b", Ctx.n, Ctx.b)
    if style == "ol":
        return "_%03d_%s%s_" % (Ctx.b - 1, h[:4].upper(), "EXCH" + h[4:24].upper())
    if style == "tb":
        return "------------%s" % h[:24].upper()
    if style == "ios":
        return "Apple-Mail-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
    return "----=_Part_%d_%d.%s" % (Ctx.n * 7 + 1000, Ctx.b, h[:13])


def _strip_mimever(p):
    del p["MIME-Version"]
    return p


def to_flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        if line.startswith(" ") or line.startswith("From "):
            line = " " + line
        quote = ""
        m = re.match(r"^(>+ ?)", line)
        if m:
            quote = m.group(1)
        if len(line) <= 78:
            out.append(line.rstrip(" ") if line.strip() else line.rstrip(" "))
            continue
        words = line[len(quote):].split(" ")
        cur = quote
        for w in words:
            if len(cur) + len(w) + 1 > width and cur.strip(">").strip():
                out.append(cur + " " if not cur.endswith(" ") else cur)
                cur = quote + w
            else:
                cur = cur + (" " if cur and not cur.endswith(" ") and cur != quote else "") + w
        out.append(cur)
    return "\n".join(out)


def text_part(body, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    if flowed:
        body = to_flowed(body)
    cs = Charset(charset)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        cs.body_encoding = BASE64
    else:                       # "8bit" / "7bit": decided by content
        cs.body_encoding = None
    if charset == "us-ascii":
        body.encode("ascii")
    p = MIMEText(body, subtype, cs, policy=POL)
    if flowed:
        p.set_param("format", "flowed")
    return p


def mid_for(client, frm_domain, salt):
    h = _h("mid", Ctx.n, salt)
    if client == "ol":
        return "<%s%s@%s>" % (h[:4].upper(), h[4:32].upper(), "exmbx0%d.%s" % (int(h[32], 16) % 4 + 1, frm_domain))
    if client == "tb":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], frm_domain)
    if client == "ios":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                          h[16:20].upper(), h[20:32].upper(), frm_domain)
    return "<%s.%s@%s>" % (h[:16], h[16:24], "mail." + frm_domain)


AGENTS = {
    "ol": ("X-Mailer", "Microsoft Outlook 16.0"),
    "olw": ("X-Mailer", "Microsoft Outlook 16.0"),
    "tb": ("User-Agent", "Mozilla Thunderbird"),
    "ios": ("X-Mailer", "iPhone Mail (22D82)"),
    "and": ("X-Mailer", "Android Mail"),
    "web": ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
    "sys": None,
}


def mail(frm, to, subject, date, body=None, *, cc=None, html=None, html_only=False,
         charset="utf-8", cte="qp", flowed=False, atts=(), irt=None, refs=None, mid=None,
         client="ol", headers=(), reply_to=None, html_charset=None, html_cte="qp",
         importance=None):
    """Build one message.  frm/to are 'Name <addr>' strings (to/cc may be lists)."""
    bstyle = {"ol": "ol", "olw": "ol", "tb": "tb", "ios": "ios"}.get(client, "java")
    if html_only:
        main = text_part(html, "html", html_charset or charset, html_cte)
    elif html is not None:
        main = MIMEMultipart("alternative", boundary=boundary(bstyle), policy=POL)
        main.attach(_strip_mimever(text_part(body, "plain", charset, cte, flowed)))
        main.attach(_strip_mimever(text_part(html, "html", html_charset or charset, html_cte)))
    else:
        main = text_part(body, "plain", charset, cte, flowed)
    if atts:
        top = MIMEMultipart("mixed", boundary=boundary(bstyle), policy=POL)
        top.attach(_strip_mimever(main))
        for a in atts:
            top.attach(_strip_mimever(a))
    else:
        top = main
    content_headers = list(top._headers)
    top._headers = []
    top["From"] = frm
    if isinstance(to, (list, tuple)):
        to = ", ".join(to)
    top["To"] = to
    if cc:
        if isinstance(cc, (list, tuple)):
            cc = ", ".join(cc)
        top["Cc"] = cc
    if reply_to:
        top["Reply-To"] = reply_to
    top["Subject"] = subject
    top["Date"] = rfcdate(date)
    dom = re.search(r"@([^>\s]+)", frm).group(1)
    Ctx.m += 1
    top["Message-ID"] = mid or mid_for(client, dom, "%s|%s" % (subject, Ctx.m))
    if irt:
        top["In-Reply-To"] = irt
        top["References"] = refs or irt
    elif refs:
        top["References"] = refs
    if importance:
        top["Importance"] = importance
    ag = AGENTS.get(client)
    if ag:
        top[ag[0]] = ag[1]
    for k, v in headers:
        top[k] = v
    hs = list(top._headers)
    top._headers = []
    names = [h[0].lower() for h in content_headers]
    if "mime-version" not in names:
        top._headers.append(("MIME-Version", "1.0"))
    top._headers.extend(hs)
    top._headers.extend(content_headers)
    return top


def att(data, filename, ctype, charset=None, disp="attachment", cte="base64"):
    """A file part.  data: bytes (or str, then encoded with charset/utf-8)."""
    maintype, subtype = ctype.split("/", 1)
    params = {}
    if ";" in subtype:
        subtype, rest = subtype.split(";", 1)
        for kv in rest.split(";"):
            k, v = kv.strip().split("=", 1)
            params[k] = v
    if isinstance(data, str):
        data = data.encode(charset or "utf-8")
    p = MIMEBase(maintype, subtype, policy=POL)
    if charset:
        p.set_param("charset", charset)
    for k, v in params.items():
        p.set_param(k, v)
    if filename:
        p.set_param("name", filename)
    p.set_payload(data)
    if cte == "base64":
        encoders.encode_base64(p)
    elif cte == "qp":
        cs = Charset(charset or "utf-8")
        cs.body_encoding = QP
        p.set_payload(data.decode(charset or "utf-8"), cs)
    else:
        encoders.encode_7or8bit(p)
    if disp:
        if filename:
            p.add_header("Content-Disposition", disp, filename=filename)
        else:
            p.add_header("Content-Disposition", disp)
    return _strip_mimever(p)


def att_msg(inner, disp="attachment", filename=None):
    """Attach a whole message (message/rfc822)."""
    p = MIMEMessage(inner, policy=POL)
    if filename:
        p.add_header("Content-Disposition", disp, filename=filename)
    return _strip_mimever(p)


def eml_bytes(inner):
    return inner.as_bytes(policy=POL)


# ----------------------------------------------------------------------------------------
# PDF (hand-built, Helvetica / WinAnsiEncoding, FlateDecode)
# ----------------------------------------------------------------------------------------

def _pdf_str(s):
    b = s.encode("cp1252")
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    out += b")"
    return bytes(out)


def _pdf_info_str(s):
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    ind = len(line) - len(line.lstrip(" "))
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = " " * ind + w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def pdf_bytes(text, title="", author="Weserland Versicherung AG", date="2026-01-05 09:00",
              producer="Weserland Dokumentenservice 3.2", width=92, lines_per_page=56,
              mono=False):
    """text: lines; '# ' heading (bold 13pt), '## ' subheading (bold 10pt), '---' rule,
    '\\f' alone on a line = new page."""
    pages, cur = [], []
    for raw in text.split("\n"):
        if raw == "\f":
            pages.append(cur)
            cur = []
            continue
        if raw.startswith("# ") or raw.startswith("## ") or raw == "---":
            items = [raw]
        else:
            items = _wrap(raw, width)
        for it in items:
            if len(cur) >= lines_per_page:
                pages.append(cur)
                cur = []
            cur.append(it)
    pages.append(cur)
    objs = {}
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    pd = pdfdate(date)
    objs[6] = (b"<< /Title " + _pdf_info_str(title) + b" /Author " + _pdf_info_str(author) +
               b" /Producer " + _pdf_info_str(producer) + b" /CreationDate (" + pd.encode() +
               b") /ModDate (" + pd.encode() + b") >>")
    kids = []
    num = 7
    body_font = b"/F3 9 Tf" if mono else b"/F1 10 Tf"
    for pi, lines in enumerate(pages):
        ops = [b"BT", body_font, b"13.5 TL", b"56 792 Td"]
        for ln in lines:
            if ln.startswith("# "):
                ops += [b"/F2 13 Tf", _pdf_str(ln[2:]) + b" Tj", b"T*", body_font]
            elif ln.startswith("## "):
                ops += [b"/F2 10 Tf", _pdf_str(ln[3:]) + b" Tj", b"T*", body_font]
            elif ln == "---":
                ops += [_pdf_str("_" * 86) + b" Tj", b"T*"]
            elif ln.strip() == "":
                ops += [b"T*"]
            else:
                ops += [_pdf_str(ln) + b" Tj", b"T*"]
        ops += [b"ET"]
        if len(pages) > 1:
            ops += [b"BT", b"/F1 8 Tf", b"500 40 Td",
                    _pdf_str("Seite %d von %d" % (pi + 1, len(pages))) + b" Tj", b"ET"]
        raw = b"\n".join(ops) + b"\n"
        comp = zlib.compress(raw, 9)
        page_id, cont_id = num, num + 1
        num += 2
        objs[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                         b"<< /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents %d 0 R >>" % cont_id)
        objs[cont_id] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp +
                         b"\nendstream")
        kids.append(page_id)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) +
               b"] /Count %d >>" % len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, num):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % num
    for i in range(1, num):
        out += b"%010d 00000 n \n" % offs[i]
    fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<" % num + fid + b"> <" + fid +
            b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return bytes(out)


def pdf_text(data):
    """Text layer of a PDF built as above (used by --check)."""
    texts = []
    for m in re.finditer(rb"<<([^>]*?)/FlateDecode([^>]*?)>>\s*stream\r?\n", data):
        start = m.end()
        lm = re.search(rb"/Length (\d+)", m.group(0))
        ln = int(lm.group(1))
        raw = zlib.decompress(data[start:start + ln])
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            t = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), s.group(1))
            t = re.sub(rb"\\(.)", rb"\1", t)
            texts.append(t.decode("cp1252"))
    return "\n".join(texts)


# ----------------------------------------------------------------------------------------
# ZIP-based files (fixed member times)
# ----------------------------------------------------------------------------------------

def zip_bytes(members, when=(2026, 1, 5, 9, 0, 0), store_first=False):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for i, (name, data) in enumerate(members):
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.create_system = 0
            zi.external_attr = 0x20
            zi.compress_type = zipfile.ZIP_STORED if (store_first and i == 0) else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _zt(dt):
    y, mo, d = int(dt[0:4]), int(dt[5:7]), int(dt[8:10])
    hh, mm = int(dt[11:13]), int(dt[14:16])
    return (y, mo, d, hh, mm, 0)


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core(title, author, date):
    iso = isodate(date)
    return (XML_HEAD +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (_x(title), _x(author), _x(author), iso, iso))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(sheets, title="", author="Weserland Versicherung AG", date="2026-01-05 09:00"):
    """sheets: list of (name, rows); a row is a list of str / int / float / None.
    The first row of every sheet is printed bold (header)."""
    sst, sidx = [], {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(sst)
            sst.append(s)
        return sidx[s]

    sheet_xml = []
    for name, rows in sheets:
        out = [XML_HEAD, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>']
        for ri, row in enumerate(rows):
            out.append('<row r="%d">' % (ri + 1))
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri + 1)
                st = ' s="1"' if ri == 0 else ""
                if v is None or v == "":
                    continue
                if isinstance(v, bool):
                    v = str(v)
                if isinstance(v, (int, float)):
                    out.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v) if isinstance(v, float) else v))
                else:
                    out.append('<c r="%s" t="s"%s><v>%d</v></c>' % (ref, st, si(v)))
            out.append("</row>")
        out.append("</sheetData></worksheet>")
        sheet_xml.append("".join(out))
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(sheets))) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = (XML_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
          "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(n), i + 1, i + 1)
                  for i, (n, _) in enumerate(sheets)) + "</sheets></workbook>")
    k = len(sheets)
    wbrels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
              "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(k)) +
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (k + 1) +
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (k + 2) +
              "</Relationships>")
    styles = (XML_HEAD + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    sstx = (XML_HEAD + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(sst), len(sst)) +
            "".join('<si><t xml:space="preserve">%s</t></si>' % _x(s) for s in sst) + "</sst>")
    app = (XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", app),
               ("docProps/core.xml", _core(title, author, date)), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles),
               ("xl/sharedStrings.xml", sstx)]
    for i, sx in enumerate(sheet_xml):
        members.append(("xl/worksheets/sheet%d.xml" % (i + 1), sx))
    return zip_bytes(members, when=_zt(date))


def docx_bytes(items, title="", author="Weserland Versicherung AG", date="2026-01-05 09:00"):
    """items: str (paragraph), ('h', str) bold heading, ('table', rows), '' empty paragraph."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(t, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
        if not t:
            return "<w:p/>"
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t))

    body = []
    for it in items:
        if isinstance(it, tuple) and it[0] == "h":
            body.append(para(it[1], True, 28))
        elif isinstance(it, tuple) and it[0] == "b":
            body.append(para(it[1], True))
        elif isinstance(it, tuple) and it[0] == "table":
            rows = it[1]
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
            for ri, row in enumerate(rows):
                t.append("<w:tr>")
                for c in row:
                    t.append("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>%s</w:tc>" % para(str(c), ri == 0))
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
        else:
            body.append(para(it))
    doc = (XML_HEAD + "<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
           "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1134\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
           "</w:sectPr></w:body></w:document>" % (W, "".join(body)))
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    app = (XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", app),
                      ("docProps/core.xml", _core(title, author, date)), ("word/document.xml", doc)],
                     when=_zt(date))


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:office_ooo="http://openoffice.org/2009/office" office:version="1.3"')


def _odf(kind, content_body, title, author, date):
    mt = {"text": "application/vnd.oasis.opendocument.text",
          "spreadsheet": "application/vnd.oasis.opendocument.spreadsheet"}[kind]
    content = (XML_HEAD.replace(' standalone="yes"', "") +
               '<office:document-content %s><office:automatic-styles>'
               '<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>'
               '</office:automatic-styles><office:body><office:%s>%s</office:%s></office:body></office:document-content>'
               % (ODF_NS, kind, content_body, kind))
    iso = mkdt(date).strftime("%Y-%m-%dT%H:%M:%S")
    meta = (XML_HEAD.replace(' standalone="yes"', "") +
            '<office:document-meta %s><office:meta><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date></office:meta></office:document-meta>'
            % (ODF_NS, _x(title), _x(author), _x(author), iso, iso))
    styles = (XML_HEAD.replace(' standalone="yes"', "") +
              '<office:document-styles %s><office:styles/></office:document-styles>' % ODF_NS)
    manifest = (XML_HEAD.replace(' standalone="yes"', "") +
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mt)
    return zip_bytes([("mimetype", mt), ("content.xml", content), ("styles.xml", styles),
                      ("meta.xml", meta), ("META-INF/manifest.xml", manifest)],
                     when=_zt(date), store_first=True)


def odt_bytes(items, title="", author="Weserland Versicherung AG", date="2026-01-05 09:00"):
    body = []
    for it in items:
        if isinstance(it, tuple) and it[0] == "h":
            body.append('<text:p text:style-name="P1">%s</text:p>' % _x(it[1]))
        elif isinstance(it, tuple) and it[0] == "table":
            rows = it[1]
            t = ['<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>' % len(rows[0])]
            for row in rows:
                t.append("<table:table-row>" + "".join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(c)
                    for c in row) + "</table:table-row>")
            t.append("</table:table>")
            body.append("".join(t))
        elif it == "":
            body.append("<text:p/>")
        else:
            body.append("<text:p>%s</text:p>" % _x(it))
    return _odf("text", "".join(body), title, author, date)


def ods_bytes(sheets, title="", author="Weserland Versicherung AG", date="2026-01-05 09:00"):
    body = []
    for name, rows in sheets:
        body.append('<table:table table:name="%s">' % _x(name))
        for row in rows:
            cells = []
            for v in row:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            body.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        body.append("</table:table>")
    return _odf("spreadsheet", "".join(body), title, author, date)


def ics_text(lines):
    """lines: the calendar without line endings; returns CRLF text."""
    return "\r\n".join(lines) + "\r\n"


# MIME types of the attachments
CT_PDF = "application/pdf"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"
CT_ZIP = "application/zip"


# ----------------------------------------------------------------------------------------
# the invented world: staff (each always signs the same way) and legal footers
# ----------------------------------------------------------------------------------------

FOOTER_DE = """Weserland Versicherung AG · Am Speicherhafen 12 · 28217 Bremen
Sitz Bremen · Amtsgericht Bremen HRB 48815 · USt-IdNr. entfällt (§ 4 Nr. 10 UStG)
Vorstand: Dr. Jördis Hemken (Vors.), Arne Tietjen, Kerstin Ubbelohde
Vorsitzender des Aufsichtsrats: Hinrich Quade"""

FOOTER_EN = """Weserland Versicherung AG · Am Speicherhafen 12 · 28217 Bremen · Germany
Registered office Bremen · Local Court Bremen HRB 48815
Management Board: Dr. Jördis Hemken (Chair), Arne Tietjen, Kerstin Ubbelohde"""

DISCLAIMER = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail."""

STAFF = {}


def staff(key, name, addr, sig):
    disp = '"%s"' % name if re.search(r"[.,()]", name) else name
    STAFF[key] = ("%s <%s@%s>" % (disp, addr, DOM), sig.strip("\n"))


staff("brueggemann", "Henrike Brüggemann", "henrike.brueggemann", """
Mit freundlichen Grüßen

Henrike Brüggemann
Maklerbetreuung Region Nord-West
Weserland Versicherung AG
Telefon +49 421 8870-2214 · Mobil +49 170 5512904
henrike.brueggemann@weserland-vers.example
""")

staff("kreienkamp", "Tobias Kreienkamp", "tobias.kreienkamp", """
Viele Grüße
Tobias Kreienkamp

Bestandsservice Makler · Bestandsübertragungen
Weserland Versicherung AG | Am Speicherhafen 12 | 28217 Bremen
T +49 421 8870-2360 | F +49 421 8870-92360
""")

staff("yildirim", "Merve Yildirim", "merve.yildirim", """
Freundliche Grüße

Merve Yıldırım
Provisions- und Courtageabrechnung
Weserland Versicherung AG
Tel. 0421 8870-2471
courtage@weserland-vers.example
""")

staff("brinkmann", "Ole Brinkmann", "ole.brinkmann", """
Gruß
Ole

--
Ole Brinkmann · Vertriebscontrolling
Weserland Versicherung AG · Tel. -2530
""")

staff("ohlendorf", "Rasmus Ohlendorf", "rasmus.ohlendorf", """
Best regards / Viele Grüße
Rasmus Ohlendorf
IT Schnittstellen & BiPRO-Services
Weserland Versicherung AG
+49 421 8870-4118
""")

staff("whitfield", "Claire Whitfield", "claire.whitfield", """
Kind regards,

Claire Whitfield
International Broker Desk
Weserland Versicherung AG, Bremen
Direct: +49 421 8870-2280 | Mobile: +49 151 2260 4471
""")

staff("petersen", "Jan-Ole Petersen", "jan-ole.petersen", """
Mit freundlichen Grüßen

Jan-Ole Petersen
Kraftfahrt-Schaden
Weserland Versicherung AG
Tel. 0421 8870-3105
kfz-schaden@weserland-vers.example
""")

staff("harms", "Sönke Harms", "soenke.harms", """
Freundliche Grüße aus Bremen

Sönke Harms
Schadenregulierung Sach / Haftpflicht
Weserland Versicherung AG
Telefon 0421 8870-3320
""")

staff("vosskuhl", "Dr. Annika Vosskuhl", "annika.vosskuhl", """
Mit freundlichen Grüßen / Kind regards

Dr. med. Annika Vosskuhl
Leistungsprüfung / Beratungsärztlicher Dienst
Weserland Krankenversicherung a.G.
Telefon 0421 8870-5140
""")

staff("lanz", "Friederike Lanz", "friederike.lanz", """
Mit freundlichen Grüßen / Kind regards

Friederike Lanz
Leistung Leben und Berufsunfähigkeit
Weserland Lebensversicherung AG
Telefon +49 421 8870-5610
""")

staff("hoyer", "Marlene Hoyer", "marlene.hoyer", """
Herzliche Grüße / Kind regards

Marlene Hoyer
Leistung Unfall und Pflege
Weserland Versicherung AG
Telefon 0421 8870-5720
""")

staff("oyelaran", "Dennis Oyelaran", "dennis.oyelaran", """
Best regards / Mit freundlichen Grüßen

Dennis Oyelaran
Reise & Assistance / Travel & Assistance
Weserland Versicherung AG
24h: +49 421 8870-7000
""")

staff("reinecke", "Paula Reinecke", "paula.reinecke", """
Mit freundlichen Grüßen

Paula Reinecke
Rechtsschutz-Schaden
Weserland Versicherung AG
Telefon 0421 8870-3610
""")

staff("samuelsen", "Viktor Samuelsen", "viktor.samuelsen", """
Mit freundlichen Grüßen

Viktor Samuelsen
Betriebliche Altersversorgung · Firmenkunden Leben
Weserland Lebensversicherung AG
Telefon 0421 8870-5840
""")

staff("marten", "Ilka Marten", "ilka.marten", """
Freundliche Grüße

Ilka Marten
Kundenservice
Weserland Versicherung AG
Servicetelefon 0421 8870-0
""")

staff("scholz", "Beate Scholz-Nieland", "beate.scholz-nieland", """
Beate Scholz-Nieland
Datenschutzbeauftragte der Weserland Versicherungsgruppe
Am Speicherhafen 12, 28217 Bremen
datenschutz@weserland-vers.example
""")

staff("wendtland", "Kai Wendtland", "kai.wendtland", """
Beste Grüße

Kai Wendtland
Pressesprecher / Unternehmenskommunikation
Weserland Versicherung AG
Tel. +49 421 8870-1010 · presse@weserland-vers.example
""")

staff("stallmann", "Gregor Stallmann", "gregor.stallmann", """
Mit freundlichen Grüßen

Gregor Stallmann
Einkauf & Facility Services
Weserland Versicherung AG
Tel. 0421 8870-1290
""")

staff("kiefer", "Hannah Kiefer", "hannah.kiefer", """
Viele Grüße
Hannah Kiefer

Personalbetreuung
Weserland Versicherung AG · Tel. -1177
""")

staff("achterberg", "Lars Achterberg", "lars.achterberg", """
Mit freundlichen Grüßen / Best regards

Lars Achterberg
Firmenkunden Sach & Technik / Commercial Lines
Weserland Versicherung AG
Tel. +49 421 8870-4420
""")

staff("novak", "Tereza Novak", "tereza.novak", """
Best regards,
Tereza Novák
Reinsurance & Actuarial Liaison
Weserland Versicherung AG
+49 421 8870-6012
""")

staff("deters", "Malte Deters", "malte.deters", """
Mit freundlichen Grüßen / Kind regards

Malte Deters
Antrags- und Risikoprüfung Leben / Kranken
Weserland Lebensversicherung AG
Telefon 0421 8870-5530
""")


staff("fennell", "Siobhan Fennell", "siobhan.fennell", """
Kind regards,
Siobhan Fennell
International Customer Service (private lines)
Weserland Versicherung AG | Am Speicherhafen 12 | 28217 Bremen
Phone +49 421 8870-2940
""")


def FROM(key):
    return STAFF[key][0]


def SIG(key):
    return STAFF[key][1]


NOREPLY = "Weserland Versicherung <noreply@%s>" % DOM
MAKLERPORTAL = "Weserland Maklerportal <maklerportal@%s>" % DOM


# ========================================================================================
# MAILS
# ========================================================================================

# ---------------------------------------------------------------------------- d215-0001
@M(1, "CONFIDENTIAL", "de", "insurer-to-broker",
   "portfolio transfer confirmed to broker: named family with motor, household and liability policy numbers")
def _():
    body = """Hallo Frau Moor,

die Übertragung der Verträge der Familie Rademacher in Ihren Bestand ist durch. Die
Maklervollmacht vom 02.01.2026 liegt uns vor, der Vorvermittler (Agentur Lührs,
VM 31-0774) wurde informiert. Übertragungsstichtag ist der 01.02.2026, ab dann laufen
auch die Courtagen auf Ihre Vermittlernummer 40-1187.

Übertragen wurden:

  VN Hauke Rademacher, Ofener Straße 212, 26121 Oldenburg
    KH-4471-209833   Kfz-Haftpflicht/VK  OL-HR 418 (VW Passat Variant)
    KH-4471-209834   Kfz-Haftpflicht/TK  OL-SR 77 (Fiat 500, Fahrerin Swantje R.)
    HR 55 123 409    Hausrat Komfort, 94 m², VS 62.000 EUR
    PH 20 881 562    Privathaftpflicht Familie

  VN Swantje Rademacher
    WG 10 447 118-3  Wohngebäude Ofener Straße 212 (gleitender Neuwert)

Der Vertrag PH 20 881 562 hat noch einen offenen Schaden (26/HP/00311, Wasserschaden
beim Nachbarn aus Dezember), der bleibt bis zum Abschluss bei uns in der Regulierung;
Ansprechpartner ist dort weiterhin Herr Sönke Harms.

Die Bestandsdaten kommen morgen früh per GDV-Datensatz über die Vermittlerpost.

""" + SIG("kreienkamp") + """

-----Ursprüngliche Nachricht-----
Von: Svenja Moor <s.moor@hollerbeck-makler.example>
Gesendet: Dienstag, 13. Januar 2026 16:41
An: Tobias Kreienkamp <tobias.kreienkamp@weserland-vers.example>
Betreff: Bestandsübertragung Rademacher

Hallo Herr Kreienkamp,

anbei nochmal die Vollmacht der Rademachers als PDF, das Original geht per Post raus.
Können Sie bitte bestätigen, welche Verträge übertragen werden? Der Kunde meinte, es
gibt noch einen alten Wohngebäudevertrag auf seine Frau.

Danke und viele Grüße
Svenja Moor
Innendienst
Hollerbeck & Partner Versicherungsmakler GmbH
Gaststraße 19 · 26122 Oldenburg
"""
    return mail(FROM("kreienkamp"), "Svenja Moor <s.moor@hollerbeck-makler.example>",
                "AW: Bestandsübertragung Rademacher", "2026-01-14 10:02", body,
                irt="<8e1f0c2a41d74b2f9c7e@hollerbeck-makler.example>")


# ---------------------------------------------------------------------------- d215-0002
@M(2, "NORMAL", "de", "internal",
   "trap: staff flu-vaccination announcement with medical vocabulary (Impfung, Betriebsarzt, Vorerkrankungen) but no person")
def _():
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Herbst bietet unser betriebsärztlicher Dienst eine Grippeschutzimpfung
für alle Beschäftigten an. Termine:

  Di, 06.10.2026, 08:30-12:00 Uhr, Raum E.14 (Sanitätsraum Haus A)
  Do, 08.10.2026, 12:30-16:00 Uhr, Raum E.14
  Mo, 12.10.2026, 08:30-11:00 Uhr, Standort Oldenburg, Besprechungsraum 2

Bitte bringen Sie Ihren Impfpass mit. Der Impfstoff ist der aktuelle quadrivalente
Influenza-Impfstoff für die Saison 2026/27. Wer Fragen zu Vorerkrankungen,
Allergien (z. B. Hühnereiweiß) oder Schwangerschaft hat, klärt das bitte direkt und
vertraulich mit Frau Dr. Lübbers vor Ort, nicht mit der Personalabteilung.

Eine Anmeldung ist nicht nötig, es wird aber voll: Wartezeiten von 20 Minuten sind
normal. Die Impfung gilt als Arbeitszeit.

Viele Grüße
Ihr Team Arbeitssicherheit & Gesundheitsmanagement

--
Weserland Versicherung AG · Arbeitssicherheit · Haus A, E.12 · Tel. -1350
"""
    return mail("Gesundheitsmanagement <gesundheit@weserland-vers.example>",
                "Alle Mitarbeitenden Bremen <alle-bremen@weserland-vers.example>",
                "Grippeschutzimpfung 2026 – Termine im Oktober", "2026-09-21 08:15", body,
                cc="Alle Mitarbeitenden Oldenburg <alle-oldenburg@weserland-vers.example>")


# ---------------------------------------------------------------------------- d215-0003
@M(3, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "expat health: pre-authorisation of a lumbar MRI for a named member, suspected disc herniation, referring orthopaedist")
def _():
    body = """Dear Mr Castellanos,

thank you for sending the referral. I can confirm that we will cover the MRI of the
lumbar spine at Radiologie am Wall, Bremen, under your International Health Plan
"Global Select" (member no. WIH-300-71846-01).

Pre-authorisation:   PA-2026-00418
Procedure:           MRI lumbar spine without contrast (GOÄ 5700)
Indication:          suspected disc herniation L5/S1 with radiating pain in the left leg
                     (M51.1), referral by Dr. Meike Olthoff, orthopaedics
Valid until:         31 March 2026
Cost cover:          100 %, no deductible for diagnostic imaging in your plan

Please show the pre-authorisation number at the practice; they can bill us directly.
If the radiologist recommends a follow-up (for example an injection therapy), please
ask your orthopaedist to send us the report first so that we can check it quickly.

Get well soon.

""" + SIG("vosskuhl") + """

On 2 Feb 2026, at 07:52, Daniel Castellanos <d.castellanos@postfach.example> wrote:

> Hello,
> my orthopedic doctor wants an MRI because the pain in my lower back goes into
> the leg now and the painkillers (ibuprofen 600) dont help much anymore. Do I need
> an approval for this? I attached the referral (Überweisung). I can only do
> appointments after 4 pm because of work.
>
> Thanks
> Daniel
"""
    return mail(FROM("vosskuhl"), "Daniel Castellanos <d.castellanos@postfach.example>",
                "Re: MRI approval needed?", "2026-02-02 14:26", body,
                charset="utf-8", cte="qp",
                irt="<5C0E9A3B-77D1-4F52-8E3B-1F2A9B0C4D11@postfach.example>")


# ---------------------------------------------------------------------------- d215-0004
@M(4, "NORMAL", "de", "insurer-to-broker",
   "trap: electronic broker post notification (3 new documents, document types only, no customer or contract)")
def _():
    text = """Guten Tag,

in der elektronischen Vermittlerpost Ihrer Vermittlernummer 40-0558 liegen neue
Dokumente für Sie bereit:

  Eingang 03.03.2026   Dokumentart: Nachtrag                 1 Dokument
  Eingang 03.03.2026   Dokumentart: Leistungsabrechnung      1 Dokument
  Eingang 03.03.2026   Dokumentart: Beitragsrechnung          1 Dokument

Aus Datenschutzgründen enthält diese Benachrichtigung keine Kunden- oder
Vertragsdaten. Sie können die Dokumente im Maklerportal unter
https://makler.weserland-vers.example/post abrufen oder über Ihr
Maklerverwaltungsprogramm (BiPRO 430) abholen lassen.

Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse werden
nicht gelesen.

Weserland Versicherung AG · Maklerportal
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag,</p>
<p>in der elektronischen Vermittlerpost Ihrer Vermittlernummer <b>40-0558</b> liegen neue Dokumente für Sie bereit:</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #aaa">
<tr style="background:#1d4f73;color:#fff"><th>Eingang</th><th>Dokumentart</th><th>Anzahl</th></tr>
<tr><td>03.03.2026</td><td>Nachtrag</td><td>1</td></tr>
<tr><td>03.03.2026</td><td>Leistungsabrechnung</td><td>1</td></tr>
<tr><td>03.03.2026</td><td>Beitragsrechnung</td><td>1</td></tr>
</table>
<p>Aus Datenschutzgründen enthält diese Benachrichtigung keine Kunden- oder Vertragsdaten.
Sie können die Dokumente im <a href="https://makler.weserland-vers.example/post">Maklerportal</a> abrufen
oder über Ihr Maklerverwaltungsprogramm (BiPRO 430) abholen lassen.</p>
<p style="color:#777;font-size:11px">Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse werden nicht gelesen.<br>
Weserland Versicherung AG · Maklerportal</p>
</body></html>
"""
    return mail(MAKLERPORTAL, "Nordwest Assekuranzmakler GmbH <postfach@nwa-makler.example>",
                "Neue Dokumente in Ihrer Vermittlerpost (3)", "2026-03-03 06:00:12", text,
                html=html, client="sys",
                headers=[("Auto-Submitted", "auto-generated"), ("X-Weserland-Service", "vermittlerpost-notify")])


# ---------------------------------------------------------------------------- d215-0005
@M(5, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
   "attachment only: XLSX portfolio-transfer list with named customers, birth dates and life/disability/accident contracts; body harmless")
def _():
    body = """Hallo Frau Schoof,

wie besprochen anbei die Übertragungsliste für den Teilbestand aus der Auflösung der
Agentur Gerdes (Stade). Bitte einmal gegen Ihre Vollmachten abgleichen und mir bis
Ende nächster Woche Bescheid geben, ob alle Kunden dabei sind. Die beiden Zeilen in
Gelb hatte Herr Gerdes als „Kunde will evtl. nicht wechseln“ markiert.

""" + SIG("kreienkamp") + "\n"
    rows = [
        ["Lfd", "VN Name", "Vorname", "Geb.-Datum", "PLZ", "Ort", "Sparte", "Vertragsnummer", "Beitrag jährl. EUR", "Bemerkung"],
        [1, "Gerken", "Anja", "14.03.1979", "21680", "Stade", "Risikoleben", "LV 7.301.226.4", 312.60, ""],
        [2, "Gerken", "Anja", "14.03.1979", "21680", "Stade", "Hausrat", "HR 55 201 877", 143.20, ""],
        [3, "Oltmanns", "Björn", "02.11.1968", "21682", "Stade", "Berufsunfähigkeit", "BU 2210 7742 01", 1388.40, "BU-Rente 1.500 mtl."],
        [4, "Oltmanns", "Björn", "02.11.1968", "21682", "Stade", "Unfall", "UV 61 004 912", 221.00, ""],
        [5, "Tiedemann", "Kerstin", "29.06.1985", "21706", "Drochtersen", "Rentenversicherung", "LV 7.318.004.9", 1200.00, "Kunde will evtl. nicht wechseln"],
        [6, "Tiedemann", "Kerstin", "29.06.1985", "21706", "Drochtersen", "Kfz", "KH-4490-118244", 684.15, ""],
        [7, "Hadeler", "Jürgen", "17.08.1957", "21684", "Stade", "Risikoleben", "LV 7.288.913.0", 845.30, "mit Beitragszuschlag"],
        [8, "Hadeler", "Jürgen", "17.08.1957", "21684", "Stade", "Wohngebäude", "WG 10 458 002-1", 512.88, ""],
        [9, "Brandt", "Nele", "05.01.1992", "21680", "Stade", "Unfall (Kinder)", "UV 61 017 330", 96.00, "versicherte Person: Tochter Mia"],
        [10, "Stelling", "Hinrich", "23.12.1949", "21683", "Stade", "Sterbegeld", "LV 7.102.557.2", 298.20, "Kunde will evtl. nicht wechseln"],
    ]
    x = xlsx_bytes([("Übertragung", rows)], title="Bestandsübertragung Agentur Gerdes",
                   author="Tobias Kreienkamp", date="2026-02-10 15:20")
    return mail(FROM("kreienkamp"), "Birte Schoof <b.schoof@nwa-makler.example>",
                "Übertragungsliste Teilbestand Gerdes", "2026-02-10 15:31", body,
                atts=[att(x, "Uebertragung_Gerdes_an_NWA_2026-02.xlsx", CT_XLSX)])


# ---------------------------------------------------------------------------- d215-0006
@M(6, "CONFIDENTIAL", "de", "insurer-to-customer",
   "motor claim settlement: named customer, claim number, plate, payout to IBAN; explicitly nobody hurt")
def _():
    body = """Sehr geehrte Frau Kamińska,

vielen Dank für die Fotos und den Kostenvoranschlag der Autowerkstatt Grelle.

Zu Ihrem Schaden vom 19.01.2026 (Parkplatz Waterfront, Ihr Fahrzeug HB-KA 2207 wurde
beim Ausparken eines anderen Fahrzeugs an der Fahrertür beschädigt, der Verursacher ist
unbekannt geblieben, verletzt wurde niemand) haben wir Folgendes abgerechnet:

  Schadennummer           26/KF/01937
  Vertrag                 KH-4471-230516, Vollkasko, SB 300 EUR
  Reparaturkosten netto   2.184,37 EUR
  abzgl. Selbstbeteiligung  -300,00 EUR
  Auszahlung              1.884,37 EUR

Da Sie vorsteuerabzugsberechtigt sind, erstatten wir netto. Der Betrag geht in den
nächsten zwei bis drei Werktagen auf Ihr Konto

  IBAN DE08 2005 0550 1120 1281 46 (Kontoinhaberin Joanna Kamińska).

Ihr Schadenfreiheitsrabatt wird durch diesen Vollkaskoschaden zum 01.01.2027 von SF 12
auf SF 4 zurückgestuft. Wenn Sie das vermeiden möchten, können Sie uns den Betrag
innerhalb von sechs Monaten zurückzahlen; melden Sie sich dann einfach bei mir.

""" + SIG("petersen") + "\n\n" + FOOTER_DE + "\n"
    return mail(FROM("petersen"), "Joanna Kaminska <joanna.kaminska@mailbox.example>",
                "Ihr Schaden 26/KF/01937 – Abrechnung", "2026-01-28 11:47", body)


# ---------------------------------------------------------------------------- d215-0007
@M(7, "NORMAL", "en", "insurer-to-broker",
   "trap: commission reconciliation with a broker Ltd: totals per class of business and premium volume, no client or natural person")
def _():
    body = """Dear Oliver,

please find attached the commission reconciliation for Q4 2025 for Cartwright Lane
Insurance Brokers Ltd (agency no. 40-9001). In short:

  Marine cargo          GWP EUR 1,284,400   commission 15.0 %   EUR 192,660.00
  Commercial property   GWP EUR   906,150   commission 12.5 %   EUR 113,268.75
  Yacht hull            GWP EUR   241,800   commission 17.5 %   EUR  42,315.00
  Fine art & specie     GWP EUR    77,020   commission 20.0 %   EUR  15,404.00
  ----------------------------------------------------------------------------
  Total                                                          EUR 363,647.75
  already paid on account (Oct-Dec)                              EUR 350,000.00
  balance due to you                                             EUR  13,647.75

The balance will be remitted with our February payment run to the client money
account we hold on file for your firm. The difference of EUR 2,118.20 that your team
raised in December was a duplicated endorsement on a cargo open cover; it has been
reversed in the attached file (line 41).

Let me know if your finance people need the file in your bordereau layout instead.

""" + SIG("whitfield") + "\n"
    rows = [["Class", "Policies", "GWP EUR", "Rate", "Commission EUR"],
            ["Marine cargo", 38, 1284400, 0.15, 192660.00],
            ["Commercial property", 21, 906150, 0.125, 113268.75],
            ["Yacht hull", 44, 241800, 0.175, 42315.00],
            ["Fine art & specie", 6, 77020, 0.20, 15404.00],
            ["Total", 109, 2509370, "", 363647.75],
            ["Payments on account", "", "", "", -350000.00],
            ["Balance", "", "", "", 13647.75]]
    x = xlsx_bytes([("Q4 2025", rows)], title="Commission reconciliation Q4 2025", author="Claire Whitfield",
                   date="2026-01-20 09:05")
    return mail(FROM("whitfield"), "Oliver Dunmore <oliver.dunmore@cartwrightlane.example>",
                "Commission reconciliation Q4 2025", "2026-01-20 09:18 +0100", body,
                cc="Priya Raman <priya.raman@cartwrightlane.example>", charset="us-ascii", cte="7bit",
                atts=[att(x, "CLIB_commission_Q4-2025.xlsx", CT_XLSX)])


# ---------------------------------------------------------------------------- d215-0008
@M(8, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "base64-encoded body: care level 3 assessment result and daily care allowance for a named insured; dementia mentioned")
def _():
    body = """Sehr geehrte Frau Wöltjen,

wie heute Vormittag am Telefon besprochen, fasse ich das Ergebnis der Begutachtung
Ihres Vaters, Herrn Gerd Wöltjen (Pflegetagegeldversicherung PT 88 401 227), noch
einmal zusammen:

Der Gutachter von MEDICPROOF hat Ihren Vater am 09.02.2026 zu Hause besucht. Er hat
den Pflegegrad 3 festgestellt (47,5 Gewichtete Gesamtpunkte). Ausschlaggebend waren
vor allem die Module 2 und 3 (kognitive Fähigkeiten, Verhaltensweisen) wegen der
fortschreitenden Demenz sowie die Mobilität nach dem Oberschenkelhalsbruch im Herbst.

Aus dem Tarif PT plus zahlen wir bei Pflegegrad 3 ein Pflegetagegeld von 40 % des
versicherten Tagessatzes (50 EUR), also 20 EUR täglich, rückwirkend ab dem 12.01.2026
(Antragseingang). Die erste Zahlung für Januar und Februar erfolgt bis zum 27.02.2026
auf das Konto Ihres Vaters, für das Sie Kontovollmacht haben.

Das Gutachten lege ich Ihrem Vater per Post bei; Sie bekommen als Bevollmächtigte
eine Kopie. Sollte sich der Zustand verschlechtern, kann jederzeit eine
Höherstufung beantragt werden.

""" + SIG("hoyer") + "\n"
    return mail(FROM("hoyer"), "Sabine Wöltjen <sabine.woeltjen@netmail.example>",
                "Pflegetagegeld Ihres Vaters – Ergebnis der Begutachtung", "2026-02-18 15:05", body,
                cte="b64")


# ---------------------------------------------------------------------------- d215-0009
@M(9, "NORMAL", "de", "insurer-to-supplier",
   "trap: purchase order for shredding of 'Gesundheitsakten und Arztberichte' (data-protection class P-4), no person")
def _():
    body = """Sehr geehrter Herr Wübbena,

hiermit bestellen wir auf Grundlage Ihres Angebots AN-26-0117 vom 12.01.2026:

  Pos. 1  8 Sicherheitsbehälter 240 l (abschließbar), Standort Bremen, Haus B,
          Leistungsabteilung Kranken/Leben, 2. OG
  Pos. 2  14-tägliche Abholung und Vernichtung nach DIN 66399,
          Schutzklasse 3, Sicherheitsstufe P-4
  Pos. 3  Einmalige Räumung Archiv Keller B (ca. 4,5 t Altakten)

Hintergrund: In den Behältern landen Papierunterlagen der Leistungsprüfung, also
Arztberichte, Krankenhausrechnungen, Gutachten und Gesundheitsfragebögen. Wir
benötigen deshalb je Abholung ein Vernichtungsprotokoll und den unterschriebenen
Auftragsverarbeitungsvertrag (Art. 28 DSGVO) vor der ersten Abholung. Bitte
beachten Sie auch, dass Ihre Fahrer den Bereich nur in Begleitung betreten dürfen.

Die Bestellung im Detail finden Sie im Anhang.

""" + SIG("stallmann") + "\n\n" + FOOTER_DE + "\n"
    pdf = pdf_bytes("""# Bestellung Nr. 4500 118 734
Weserland Versicherung AG, Einkauf, Am Speicherhafen 12, 28217 Bremen

Lieferant: Weserdruck Aktenvernichtung GmbH, Hafenrandstraße 4, 28237 Bremen
Lieferantennummer: 700 4412
Angebot: AN-26-0117 vom 12.01.2026
Bestelldatum: 19.01.2026

## Positionen
Pos. 1  8 Stk. Sicherheitsbehälter 240 l, Miete je Monat 11,50 EUR        92,00 EUR/Monat
Pos. 2  Abholung und Vernichtung DIN 66399 P-4, 14-täglich, je Abholung   184,00 EUR
Pos. 3  Archivräumung Keller B, pauschal                                 1.950,00 EUR

Alle Preise zzgl. USt. Zahlungsziel 30 Tage netto.
Lieferadresse: Haus B, Warenannahme Tor 2, Anlieferung Mo-Fr 7-15 Uhr.
Ansprechpartner vor Ort: Empfang Haus B, Tel. 0421 8870-1200.

## Besondere Bedingungen
Die Unterlagen enthalten besondere Kategorien personenbezogener Daten (Art. 9 DSGVO).
Vor Beginn der Leistung ist der Vertrag zur Auftragsverarbeitung zu unterzeichnen.
Je Abholung ist ein Vernichtungsnachweis mit Gewicht und Behälternummern zu übermitteln.
""", title="Bestellung 4500118734", author="Gregor Stallmann", date="2026-01-19 10:40")
    return mail(FROM("stallmann"), "Henning Wübbena <h.wuebbena@weserdruck-akten.example>",
                "Bestellung 4500118734 – Aktenvernichtung Leistungsabteilung", "2026-01-19 10:52", body,
                atts=[att(pdf, "Bestellung_4500118734.pdf", CT_PDF)])


# ---------------------------------------------------------------------------- d215-0010
@M(10, "CONFIDENTIAL", "en", "insurer-to-customer",
   "travel baggage-delay claim: named customer, policy and claim number, flight, payout; no health content")
def _():
    body = """Dear Ms Hartley-Lowe,

Thank you for your claim under your travel policy RV-2025-8841705 (Weserland Travel
Annual, family cover).

We have checked the documents you sent: the Property Irregularity Report from
Lisbon airport (LIS TP 48213), the airline's confirmation that your suitcase was
delivered to your hotel 41 hours late, and the receipts for clothing and toiletries
bought on 7 and 8 January 2026.

  Claim number:          RS-26-000219
  Receipts submitted:    EUR 386.40
  Covered (emergency
  purchases, max. 400):  EUR 386.40
  Paid by the airline:   EUR 150.00 (deducted)
  Our payment:           EUR 236.40

The payment goes to the account you use for the premium. You do not need to do
anything else; the claim is closed with this payment.

""" + SIG("oyelaran") + "\n"
    return mail(FROM("oyelaran"), "Rebecca Hartley-Lowe <rebecca.hl@inbox.example>",
                "Your claim RS-26-000219 - delayed baggage Lisbon", "2026-01-26 13:20", body)


# ---------------------------------------------------------------------------- d215-0011
@M(11, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
   "attachment only: windows-1252 CSV commission statement of a broker firm listing named customers with health, disability and life contracts")
def _():
    body = """Sehr geehrter Herr Hollerbeck,

anbei erhalten Sie die Courtageabrechnung Februar 2026 für die Vermittlernummer
40-1187 als CSV für Ihr Maklerverwaltungsprogramm. Die Auszahlung von 18.406,52 EUR
erfolgt mit Wertstellung 06.03.2026 auf das bekannte Geschäftskonto.

Bitte beachten Sie, dass ab April die Abrechnung nur noch über die Vermittlerpost
bereitgestellt wird; der Mailversand wird eingestellt.

""" + SIG("yildirim") + "\n"
    csv_text = (
        "Abrechnungsnr;VM-Nr;Vertragsnummer;VN-Name;Sparte;Tarif;Bewertungssumme;Courtagesatz;Courtage EUR;Art\r\n"
        "CA-2602-1187;40-1187;KV-0093318-02;Dierks, Malte;KV;Vollversicherung Komfort 600;5.886,00;6 MB;2.943,00;Abschluss\r\n"
        "CA-2602-1187;40-1187;KV-0093411-01;Lüschen, Frauke;KV;Zahn 90;432,00;4 MB;144,00;Abschluss\r\n"
        "CA-2602-1187;40-1187;BU 2210 8100 07;Ahrens, Jannik;BU;SBU Akademiker;52.310,00;35 ‰;1.830,85;Abschluss\r\n"
        "CA-2602-1187;40-1187;LV 7.322.118.0;Ahrens, Jannik;Leben;Risiko;84.000,00;25 ‰;2.100,00;Abschluss\r\n"
        "CA-2602-1187;40-1187;UV 61 022 804;Meinen, Gesa;Unfall;Premium 350 %;4.380,00;12,5 %;547,50;Abschluss\r\n"
        "CA-2602-1187;40-1187;PT 88 402 019;Meinen, Heiko;Pflege;PT plus;7.200,00;3 MB;1.125,00;Abschluss\r\n"
        "CA-2602-1187;40-1187;KV-0081207-03;Wübbenhorst, Ina;KV;Krankentagegeld 43;0,00;0;-412,18;Stornohaftung\r\n"
        "CA-2602-1187;40-1187;KH-4471-231190;Dierks, Malte;Kfz;KH/VK;712,30;7 %;49,86;Bestand\r\n"
        "CA-2602-1187;40-1187;HR 55 209 441;Lüschen, Frauke;Hausrat;Komfort;188,40;20 %;37,68;Bestand\r\n"
        "CA-2602-1187;40-1187;SUMME;;;;;;18.406,52;\r\n")
    return mail(FROM("yildirim"), "Jens Hollerbeck <j.hollerbeck@hollerbeck-makler.example>",
                "Courtageabrechnung 02/2026 – VM 40-1187", "2026-03-02 09:12", body,
                cc="Buchhaltung Hollerbeck <buchhaltung@hollerbeck-makler.example>",
                atts=[att(csv_text, "Courtage_40-1187_2026-02.csv", "application/vnd.ms-excel",
                          charset="windows-1252")])

# ---------------------------------------------------------------------------- d215-0012
@M(12, "NORMAL", "de", "insurer-to-broker",
   "trap: how-to and PDF leaflet on portfolio transfers (Vollmacht, GDV data, life/health contracts, Gesundheitsangaben) with no customer")
def _():
    body = """Hallo Frau Behrens,

schön, dass Sie den Bestand von Herrn Fokken übernehmen – er hatte mich schon
vorgewarnt. Für die Übertragung brauchen wir nicht viel:

1. je Kunde eine Maklervollmacht (unser Muster oder Ihr eigenes, wenn es die
   Bestandsübertragung ausdrücklich umfasst), als PDF an bestand-makler@weserland-vers.example;
2. eine Liste der Vertragsnummern, gern als Excel – Namen reichen nicht, wir haben
   viele „Meyer“ in Delmenhorst;
3. ab 20 Verträgen den Übertragungsstichtag, damit die Courtage sauber umgeschlüsselt
   wird.

Bei Leben-, Kranken- und BU-Verträgen übertragen wir nur die Vertragsdaten. Die
Gesundheitsangaben aus den Anträgen und Leistungsunterlagen bleiben bei uns; die
bekommt ein Makler nur mit einer gesonderten Schweigepflichtentbindung des Kunden.
Das steht auch im Merkblatt, das ich Ihnen anhänge.

Rufen Sie gern an, wenn Sie die erste Liste zusammenhaben.

""" + SIG("kreienkamp") + "\n"
    pdf = pdf_bytes("""# Merkblatt Bestandsübertragung für Vermittler
Stand: Januar 2026

## 1. Wann wird ein Bestand übertragen?
Ein Bestand wird übertragen, wenn ein Kunde einen neuen Makler mandatiert
(Maklerwechsel), wenn ein Vermittler seinen Geschäftsbetrieb aufgibt oder verkauft,
oder wenn ein Pool bzw. eine Vertriebsgesellschaft Bestände umhängt.

## 2. Was wir benötigen
- Maklervollmacht bzw. Maklerauftrag des Kunden (Kopie genügt)
- Vertragsnummern der zu übertragenden Verträge
- Vermittlernummer des aufnehmenden Vermittlers
- gewünschter Stichtag (immer der Erste eines Monats)

## 3. Was übertragen wird
Übertragen werden Vertragsdaten (Sparte, Tarif, Beitrag, Zahlweise,
Vertragslaufzeit, Schadenverlauf der Sachsparten) sowie die künftige
Korrespondenz und die Courtage ab dem Stichtag.

## 4. Was nicht übertragen wird
Gesundheitsangaben aus Anträgen (Leben, Kranken, Berufsunfähigkeit, Unfall),
ärztliche Unterlagen, Leistungsakten und Gutachten werden nicht an den neuen
Vermittler übermittelt. Diese Daten unterliegen § 203 StGB und Art. 9 DSGVO.
Benötigt der Vermittler sie zur Betreuung, ist eine gesonderte
Schweigepflichtentbindung des Kunden erforderlich.

## 5. Laufende Schäden und Leistungsfälle
Laufende Schäden bleiben bis zum Abschluss in der Zuständigkeit der bisherigen
Betreuung; der neue Vermittler wird informiert, sobald die Vollmacht vorliegt.

## 6. Courtage
Abschlusscourtagen verbleiben beim bisherigen Vermittler. Bestandscourtagen
laufen ab dem Stichtag auf den neuen Vermittler. Stornohaftung verbleibt beim
Vermittler, der die Abschlusscourtage erhalten hat.

Kontakt: Bestandsservice Makler, bestand-makler@weserland-vers.example, 0421 8870-2360
""", title="Merkblatt Bestandsübertragung", author="Bestandsservice Makler", date="2026-01-02 08:00")
    return mail(FROM("kreienkamp"), "Ute Behrens <ute@behrens-makler.example>",
                "AW: Übernahme Bestand Fokken – wie läuft das bei Ihnen?", "2026-01-22 11:10", body,
                atts=[att(pdf, "Merkblatt_Bestandsuebertragung_2026.pdf", CT_PDF)])


# ---------------------------------------------------------------------------- d215-0013
@M(13, "CONFIDENTIAL", "de", "broker",
   "inline forward of a broker's mail: customer's broker mandate with birth date, address, motor policy and no-claims class")
def _():
    body = """Hallo Kfz-Vertragsservice,

bitte einmal übernehmen – Hollerbeck braucht die Police und die SF-Bescheinigung für
Herrn Bruns. Vollmacht ist laut Frau Moor unterwegs, ich hab sie aber noch nicht im
DMS gesehen. Bitte erst rausschicken, wenn sie da ist. Danke!

""" + SIG("brueggemann") + """

-----Ursprüngliche Nachricht-----
Von: Svenja Moor <s.moor@hollerbeck-makler.example>
Gesendet: Mittwoch, 4. Februar 2026 09:03
An: Henrike Brüggemann <henrike.brueggemann@weserland-vers.example>
Betreff: Kunde Bruns – Police + SF-Bescheinigung

Hallo Frau Brüggemann,

wir haben ein neues Mandat:

Ingo Bruns, geb. 07.09.1983
Nadorster Straße 55, 26123 Oldenburg
Kfz-Vertrag KH-4471-198702 (Skoda Octavia, OL-IB 783), laut Kunde SF 17

Er möchte zum 01.04. in unseren Bestand und den Vertrag auf Ehefrau Kathrin Bruns
(geb. Osterloh, 12.12.1985) als Zweitfahrerin erweitern. Können Sie uns eine
Policenkopie und eine SF-Bescheinigung schicken? Die unterschriebene Vollmacht
hat er heute früh bei uns eingeworfen, ich schicke sie gleich gescannt hinterher.

Viele Grüße
Svenja Moor
Innendienst
Hollerbeck & Partner Versicherungsmakler GmbH
Gaststraße 19 · 26122 Oldenburg
"""
    return mail(FROM("brueggemann"), "Kfz-Vertragsservice <kfz-vertrag@weserland-vers.example>",
                "WG: Kunde Bruns – Police + SF-Bescheinigung", "2026-02-04 09:40", body)


# ---------------------------------------------------------------------------- d215-0014
@M(14, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
   "request to a GP for a medical report on a named patient's depressive disorder (F33.1) for a disability claim; release form as PDF")
def _():
    body = """Sehr geehrter Herr Dr. Vagt,

Ihre Patientin, Frau Tanja Klüver, geb. 21.04.1977, wohnhaft Am Deich 3, 27570
Bremerhaven, hat bei uns Leistungen aus ihrer Berufsunfähigkeitsversicherung
(BU 2210 6631 05) beantragt. Sie gibt an, seit Herbst 2024 wegen einer rezidivierenden
depressiven Störung (derzeit mittelgradige Episode, F33.1) bei Ihnen in Behandlung
zu sein und ihren Beruf als Erzieherin seit dem 04.08.2025 nicht mehr ausüben zu
können.

Für unsere Prüfung bitten wir Sie um einen ärztlichen Befundbericht zu folgenden
Fragen:

1. Seit wann behandeln Sie Frau Klüver, und welche Diagnosen haben Sie gestellt?
2. Welche Therapien wurden durchgeführt (Medikation mit Dosierung, Psychotherapie,
   stationäre oder teilstationäre Behandlung)?
3. Wie beurteilen Sie die Leistungsfähigkeit im zuletzt ausgeübten Beruf, und ab
   wann besteht aus Ihrer Sicht eine Einschränkung von mindestens 50 %?
4. Bestanden vor Vertragsbeginn (01.06.2019) Behandlungen wegen psychischer
   Beschwerden?

Die Schweigepflichtentbindung der Patientin liegt als PDF bei. Ihre Aufwendungen
vergüten wir nach GOÄ Nr. 80/85 bzw. pauschal mit 60 EUR; bitte geben Sie Ihre
Rechnung mit dem Aktenzeichen L-BU-2025-0884 an.

Bitte senden Sie den Bericht nicht per unverschlüsselter E-Mail, sondern per Post
oder über unser Portal für Leistungserbringer.

""" + SIG("lanz") + "\n\n" + FOOTER_DE + "\n"
    pdf = pdf_bytes("""# Erklärung zur Entbindung von der Schweigepflicht
Weserland Lebensversicherung AG, Leistung Leben/BU
Aktenzeichen: L-BU-2025-0884   Vertrag: BU 2210 6631 05

Versicherte Person: Tanja Klüver, geb. 21.04.1977
Anschrift: Am Deich 3, 27570 Bremerhaven

Ich entbinde die nachstehend genannten Ärzte, Psychotherapeuten und Kliniken von
ihrer Schweigepflicht gegenüber der Weserland Lebensversicherung AG, soweit die
Auskünfte zur Prüfung meines Antrags auf Leistungen aus der
Berufsunfähigkeitsversicherung erforderlich sind:

- Dr. med. Hinrich Vagt, Facharzt für Allgemeinmedizin, Bremerhaven
- Dipl.-Psych. Carola Imholze, Psychologische Psychotherapeutin, Bremerhaven
- AMEOS-Tagesklinik Geestemünde (teilstationärer Aufenthalt 01-03/2025)

Diese Einwilligung gilt für Auskünfte über Untersuchungen, Diagnosen und
Behandlungen der letzten fünf Jahre vor Antragstellung.

Bremerhaven, 28.01.2026
Unterschrift: gez. T. Klüver
""", title="Schweigepflichtentbindung", author="Scan-Service", date="2026-01-30 08:12",
        producer="Weserland Posteingang Scan 2.1")
    return mail(FROM("lanz"), '"Dr. med. Hinrich Vagt" <praxis@praxis-vagt.example>',
                "Anforderung Befundbericht – Ihre Patientin Frau T. Klüver", "2026-02-03 09:25", body,
                atts=[att(pdf, "Schweigepflichtentbindung_L-BU-2025-0884.pdf", CT_PDF)])


# ---------------------------------------------------------------------------- d215-0015
@M(15, "NORMAL", "en", "insurer-to-press",
   "press release on storm claims (numbers of claims, loss estimate, adjusters) with no individual customer")
def _():
    text = """Dear Ms Ferreira,

as promised, our English release on windstorm "Ylva" for your newsletter. Figures
are as of this morning; we will update them on Friday.

----------------------------------------------------------------------
PRESS RELEASE - Bremen, 12 February 2026

Windstorm "Ylva": Weserland has received 4,180 claims so far

Weserland Versicherung has registered 4,180 claims from windstorm "Ylva", which
crossed northern Germany on 9 and 10 February 2026. Most claims concern roof tiles,
fences, solar panels and cars damaged by falling branches. The insurer estimates
gross losses at EUR 23 million.

"Our adjusters are on the road in the coastal districts of Cuxhaven and Wesermarsch,
where the gusts were strongest," says Kerstin Ubbelohde, board member for claims.
"Customers with small claims up to EUR 2,500 can upload photos in our app and are
usually paid within a week."

Customers should document damage with photos before repairs, take reasonable steps
to prevent further damage, and keep invoices for emergency repairs.
----------------------------------------------------------------------

""" + SIG("wendtland") + "\n"
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Ferreira,</p>
<p>as promised, our English release on windstorm &quot;Ylva&quot; for your newsletter. Figures are as of this morning; we will update them on Friday.</p>
<hr>
<p><b>PRESS RELEASE &ndash; Bremen, 12 February 2026</b></p>
<h3>Windstorm &quot;Ylva&quot;: Weserland has received 4,180 claims so far</h3>
<p>Weserland Versicherung has registered 4,180 claims from windstorm &quot;Ylva&quot;, which crossed northern Germany on 9 and 10 February 2026.
Most claims concern roof tiles, fences, solar panels and cars damaged by falling branches. The insurer estimates gross losses at EUR 23 million.</p>
<p>&bdquo;Our adjusters are on the road in the coastal districts of Cuxhaven and Wesermarsch, where the gusts were strongest,&ldquo; says Kerstin Ubbelohde, board member for claims.
&bdquo;Customers with small claims up to EUR 2,500 can upload photos in our app and are usually paid within a week.&ldquo;</p>
<p>Customers should document damage with photos before repairs, take reasonable steps to prevent further damage, and keep invoices for emergency repairs.</p>
<hr>
<p>Beste Grüße<br><br>Kai Wendtland<br>Pressesprecher / Unternehmenskommunikation<br>Weserland Versicherung AG<br>Tel. +49 421 8870-1010 &middot; presse@weserland-vers.example</p>
</body></html>
"""
    return mail(FROM("wendtland"), "Ana Ferreira <a.ferreira@insurance-insider-europe.example>",
                "Press release: windstorm Ylva - 4,180 claims", "2026-02-12 11:02", text, html=html)


# ---------------------------------------------------------------------------- d215-0016
@M(16, "CONFIDENTIAL", "de", "insurer-to-broker",
   "sole-trader broker's commission statement (his income, his IBAN) with named customers of motor/household/liability contracts in the PDF")
def _():
    body = """Sehr geehrter Herr Thiele,

anbei Ihre Courtageabrechnung für Januar 2026. Der Auszahlungsbetrag von
3.126,74 EUR wird mit Wertstellung 05.02.2026 auf Ihr Konto bei der Kreissparkasse
Verden überwiesen (IBAN DE36 2909 0605 5172 4210 09).

Die Rückbelastung bei Frau Hüneke (Kfz) ergibt sich aus der Kündigung zum 31.12.;
die Abschlusscourtage war im Oktober noch voll ausgezahlt worden.

""" + SIG("yildirim") + "\n"
    pdf = pdf_bytes("""# Courtageabrechnung Januar 2026
Weserland Versicherung AG - Provisions- und Courtageabrechnung
Abrechnungsnummer: CA-2601-2093     Erstellt: 03.02.2026

Vermittler: Finanzkontor Thiele e.K., Inhaber Ralf Thiele
Große Straße 44, 27283 Verden (Aller)
Vermittlernummer: 40-2093     Steuernummer: 63/148/07715
Zahlungsweg: IBAN DE36 2909 0605 5172 4210 09

## Einzelnachweis
Vertrag           Kunde                    Sparte      Art          Beitrag   Satz    Courtage
KH-4471-229013    Hüneke, Marion           Kfz         Storno      -612,40    7,0 %    -42,87
KH-4471-231842    Lindemann, Theo          Kfz         Abschluss    798,10   10,0 %     79,81
HR 55 211 007     Lindemann, Theo          Hausrat     Abschluss    214,80   25,0 %     53,70
WG 10 460 388-2   Bösch, Hartmut           Wohngebäude Abschluss  1.184,22   20,0 %    236,84
PH 20 903 114     Bösch, Hartmut           Haftpflicht Abschluss     89,90   25,0 %     22,48
RS 31 550 806     Celik, Derya             Rechtsschutz Abschluss   402,00   20,0 %     80,40
GW 44 010 225     Tischlerei Bösch GmbH    Gewerbe-Sach Abschluss 6.980,00   17,5 %  1.221,50
(Bestandscourtage 312 Verträge, Sammelposition)                                    1.474,88

## Summe
Courtage gesamt                                               3.126,74 EUR
Auszahlung                                                    3.126,74 EUR

Die Courtage ist gemäß § 4 Nr. 11 UStG umsatzsteuerfrei.
""", title="Courtageabrechnung 2026-01 VM 40-2093", author="Provisionsabrechnung", date="2026-02-03 06:40",
        producer="PROVIS 8.4 Druckausgabe")
    return mail(FROM("yildirim"), "Ralf Thiele <ralf.thiele@finanzkontor-thiele.example>",
                "Ihre Courtageabrechnung 01/2026", "2026-02-03 14:22", body,
                atts=[att(pdf, "CA-2601-2093.pdf", CT_PDF)])


# ---------------------------------------------------------------------------- d215-0017
@M(17, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
   "underwriting decision on a named client's disability application: exclusion for the right knee after meniscus surgery")
def _():
    body = """Hi Oliver,

our underwriters have finished the disability (BU) application for your client
Mr James Whitcombe (DOB 11/05/1980, application no. A-BU-26-00731).

Decision: accepted at standard premium with the following exclusion clause:

  "No benefits are payable for occupational disability caused by disorders of the
  right knee joint, including the menisci, ligaments and cartilage, and their
  consequences."

Reason: partial medial meniscectomy right knee in June 2022 and, according to the
orthopaedic report from 14 January 2026, persisting effusion and reduced flexion
(120 degrees). The underwriter will review the exclusion on request after three years
without treatment of the knee.

The BMI (27.4) and the treated hay fever do not affect the decision.

Please let me know within four weeks whether Mr Whitcombe accepts the clause; the
offer expires on 6 March 2026. The signed acceptance can be uploaded in the broker
portal under the application number.

""" + SIG("whitfield") + """

-----Original Message-----
From: Oliver Dunmore <oliver.dunmore@cartwrightlane.example>
Sent: 28 January 2026 17:12
To: Claire Whitfield <claire.whitfield@weserland-vers.example>
Subject: Whitcombe BU - any news?

Claire, any news on Whitcombe? He's getting nervous, the German employer wants
proof of cover by March. Thx, O.
"""
    return mail(FROM("whitfield"), "Oliver Dunmore <oliver.dunmore@cartwrightlane.example>",
                "RE: Whitcombe BU - any news?", "2026-02-06 10:44", body,
                irt="<LO2P265MB1187E2A0F5C1@LO2P265MB1187.cartwrightlane.example>")


# ---------------------------------------------------------------------------- d215-0018
@M(18, "NORMAL", "de", "internal",
   "trap: colleague's absence and stand-in named, no reason given (organisational)")
def _():
    body = """Hallo zusammen,

kurze Info: Tobias ist ab morgen bis einschließlich Freitag nicht im Haus.
Bestandsübertragungen bitte in der Zeit ins Funktionspostfach
bestand-makler@weserland-vers.example, dringende Sachen an Henrike.

Die Übertragungsliste für Nordwest (Gerdes) liegt fertig im Teams-Ordner, die muss
nur noch raus, falls Frau Schoof anruft.

Gruß
Ilka
"""
    return mail(FROM("marten"), "Team Maklerservice <team-maklerservice@weserland-vers.example>",
                "Abwesenheit Tobias 16.–20.02.", "2026-02-15 17:58", body, client="ios",
                charset="utf-8", cte="8bit")


# ---------------------------------------------------------------------------- d215-0019
@M(19, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "health data of a named employee in a team mail: still on sick leave after a slipped disc, phased return planned")
def _():
    body = """Liebes Team Unfall/Pflege,

einige haben schon gefragt: Jutta Meyerhoff ist nach ihrem Bandscheibenvorfall
(sie ist Anfang Februar operiert worden) weiterhin krankgeschrieben, voraussichtlich
bis Ende März. Danach ist eine stufenweise Wiedereingliederung geplant, erst
4 Stunden am Tag. Sie freut sich über Post, möchte aber bitte nicht angerufen
werden.

Ihre offenen Pflegefälle verteilen wir so:
- Posteingang A–K: Marlene
- Posteingang L–Z: Thorsten
- Widersprüche: bleiben bei mir

Danke euch fürs Auffangen!

""" + SIG("hoyer") + "\n"
    return mail(FROM("hoyer"), "Team Unfall Pflege <team-unfall-pflege@weserland-vers.example>",
                "Jutta / Vertretung bis Ende März", "2026-02-23 08:31", body)


# ---------------------------------------------------------------------------- d215-0020
@M(20, "CONFIDENTIAL", "en", "insurer-to-broker",
   "attachment only: monthly bordereau XLSX of home-contents policies with named private policyholders, addresses, sums insured")
def _():
    body = """Dear Priya,

attached is the January 2026 bordereau for the "Expat Home" binder (scheme ref.
CL-EXH-01). 3 new policies, 1 cancellation (moved back to the UK), no claims
notified in the month.

Could you please check line 7? The policy start date in your submission (32/01)
cannot be right; we entered 01/02 for now.

""" + SIG("whitfield") + "\n"
    rows = [["Policy no.", "Policyholder", "Risk address", "Postcode", "City", "Sum insured EUR", "Start", "End", "Annual premium EUR", "Status"],
            ["HR-EX 1022", "Matthew O'Connell", "Schwachhauser Heerstr. 140", "28209", "Bremen", 85000, "01/04/2025", "", 236.40, "in force"],
            ["HR-EX 1031", "Fiona & Graham Leckie", "Parkallee 58", "28209", "Bremen", 120000, "15/06/2025", "", 318.00, "in force"],
            ["HR-EX 1040", "Samuel Adeyemi", "Am Wall 171", "28195", "Bremen", 45000, "01/09/2025", "", 148.80, "in force"],
            ["HR-EX 1047", "Hannah Pritchard", "Lindenstraße 9", "26122", "Oldenburg", 60000, "01/10/2025", "31/01/2026", 171.60, "cancelled"],
            ["HR-EX 1052", "Thomas & Aoife Brennan", "Contrescarpe 33", "28203", "Bremen", 150000, "01/01/2026", "", 389.20, "new"],
            ["HR-EX 1053", "Daniel Castellanos", "Hollerallee 12", "28209", "Bremen", 70000, "15/01/2026", "", 197.40, "new"],
            ["HR-EX 1054", "Rhys Morgan", "Bürgermeister-Smidt-Str. 88", "27568", "Bremerhaven", 40000, "01/02/2026", "", 132.00, "new (start date?)"]]
    body += "\n" + FOOTER_EN + "\n\n" + DISCLAIMER + "\n"
    x = xlsx_bytes([("Jan 2026", rows)], title="Bordereau CL-EXH-01 January 2026", author="Claire Whitfield",
                   date="2026-02-04 16:10")
    return mail(FROM("whitfield"), "Priya Raman <priya.raman@cartwrightlane.example>",
                "Bordereau Expat Home - January 2026", "2026-02-04 16:15", body,
                atts=[att(x, "CL-EXH-01_bordereau_2026-01.xlsx", CT_XLSX)])


# ---------------------------------------------------------------------------- d215-0021
@M(21, "NORMAL", "de", "newsletter",
   "trap: HTML-only broker newsletter with tables (disability clause changes, average health premium adjustment, commission caps), no person")
def _():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Makler-Info 02/2026</title></head>
<body style="margin:0;background:#eef2f5;font-family:Arial,Helvetica,sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1d4f73;color:#ffffff;padding:18px 24px;font-size:22px">Makler-Info 02/2026</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:1.5">
<p>Liebe Vertriebspartnerinnen und Vertriebspartner,</p>
<p>in dieser Ausgabe: neue BU-Bedingungen zum 1. April, die Beitragsanpassung in der Krankenversicherung und
was sich bei der Courtage für Pflegezusatztarife ändert.</p>

<h2 style="color:#1d4f73;font-size:17px">1. Berufsunfähigkeit: neue Bedingungen ab 01.04.2026</h2>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;width:100%">
<tr style="background:#dfe8ef"><th align="left">Punkt</th><th align="left">bisher</th><th align="left">neu</th></tr>
<tr><td>Verzicht auf abstrakte Verweisung</td><td>ja</td><td>ja</td></tr>
<tr><td>Rückwirkende Leistung bei verspäteter Meldung</td><td>bis 3 Jahre</td><td>unbegrenzt</td></tr>
<tr><td>Krankschreibungsklausel (AU-Klausel)</td><td>&ndash;</td><td>bis 24 Monate nach 6 Monaten AU</td></tr>
<tr><td>Wiedereingliederungshilfe</td><td>3 Monatsrenten</td><td>6 Monatsrenten</td></tr>
<tr><td>Nachversicherung ohne Gesundheitsprüfung</td><td>bis Alter 45</td><td>bis Alter 50</td></tr>
</table>

<h2 style="color:#1d4f73;font-size:17px">2. Krankenversicherung: Beitragsanpassung 2026</h2>
<p>Zum 1. April 2026 passen wir die Beiträge in einem Teil der Krankheitskostentarife an. Auslöser sind die
gestiegenen Ausgaben für stationäre Behandlungen und Arzneimittel. Durchschnittliche Anpassung je Tarifgruppe:</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;width:100%">
<tr style="background:#dfe8ef"><th align="left">Tarifgruppe</th><th align="right">Versicherte</th><th align="right">Ø Anpassung</th></tr>
<tr><td>Vollversicherung Komfort</td><td align="right">18.420</td><td align="right">+7,2 %</td></tr>
<tr><td>Vollversicherung Basis</td><td align="right">6.105</td><td align="right">+4,9 %</td></tr>
<tr><td>Beihilfetarife</td><td align="right">9.880</td><td align="right">+3,1 %</td></tr>
<tr><td>Krankentagegeld</td><td align="right">11.342</td><td align="right">0,0 %</td></tr>
</table>
<p>Ihre betroffenen Kunden erhalten die Mitteilung Ende Februar. Die Liste Ihrer betroffenen Verträge stellen wir
Ihnen <b>nicht per E-Mail</b>, sondern in der Vermittlerpost bereit.</p>

<h2 style="color:#1d4f73;font-size:17px">3. Courtage Pflegezusatz</h2>
<p>Für Pflegetagegeldtarife gilt ab 1. März eine Abschlusscourtage von 3,0 Monatsbeiträgen (bisher 3,5),
die Stornohaftungszeit verkürzt sich auf 36 Monate.</p>

<h2 style="color:#1d4f73;font-size:17px">4. Termine</h2>
<p>Webinar &bdquo;BU-Leistungsfall richtig begleiten&ldquo;: 10.03.2026, 10:00 Uhr &middot;
Maklertag Nord in Bremen: 23.04.2026</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#666;background:#f4f6f8">
Weserland Versicherung AG &middot; Am Speicherhafen 12 &middot; 28217 Bremen<br>
Sie erhalten diese Makler-Info als registrierter Vertriebspartner.
<a href="https://makler.weserland-vers.example/newsletter/abmelden">Abmelden</a></td></tr>
</table></body></html>
"""
    return mail("Weserland Makler-Info <makler-info@weserland-vers.example>",
                "Vertriebspartner <vertriebspartner@makler-info.weserland-vers.example>",
                "Makler-Info 02/2026: BU-Bedingungen, KV-Anpassung, Pflege-Courtage",
                "2026-02-17 07:30", html=html, html_only=True, client="sys",
                headers=[("List-Unsubscribe", "<https://makler.weserland-vers.example/newsletter/abmelden>"),
                         ("Precedence", "bulk")])


# ---------------------------------------------------------------------------- d215-0022
@M(22, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "health claim statement as PDF with GOÄ items, diagnoses and physiotherapy for a named insured; short body")
def _():
    body = """Sehr geehrter Herr Brandes,

anbei erhalten Sie die Leistungsabrechnung zu den eingereichten Rechnungen vom
09.03.2026. Gekürzt haben wir nur die Physiotherapie, weil der Tarif Komfort 600
Heilmittel bis zum Höchstsatz des Heilmittelverzeichnisses erstattet. Die Einzelheiten
stehen auf Seite 1.

""" + SIG("vosskuhl") + "\n"
    pdf = pdf_bytes("""# Leistungsabrechnung
Weserland Krankenversicherung a.G. - Leistungsabteilung

Versicherungsnehmer: Felix Brandes, Rembertistraße 28, 28203 Bremen
Versicherungsnummer: KV-0087702-01      Tarif: Komfort 600 (SB 600 EUR)
Versicherte Person: Felix Brandes, geb. 30.11.1982
Belegeingang: 09.03.2026      Abrechnungsdatum: 17.03.2026

## Eingereichte Rechnungen
Rechnungssteller / Datum          Leistung                              Betrag   erstattet
Dr. med. K. Sander, Orthopädie    GOÄ 1, 5, 3305, 5100 (2,3-fach)      148,74      148,74
  Diagnose lt. Rechnung: M54.5 G Kreuzschmerz, M51.2 V Bandscheibenverlagerung
Radiologie am Wall                GOÄ 5700 MRT LWS                    582,83      582,83
Physiopraxis Ostertor             KG 12x, Fango 6x                    594,00      432,00
  Kürzung: Kürzung auf Höchstsätze Heilmittel (KG 30,00/Fango 12,00)
Apotheke am Dobben                Ibuprofen 800 mg N2, Pantoprazol 20 mg  31,18   31,18

## Summen
Rechnungsbeträge                                                  1.356,75
erstattungsfähig                                                  1.194,75
Selbstbehalt 2026 (bisher verbraucht 0,00)                         -600,00
Auszahlung                                                          594,75

Die Auszahlung erfolgt auf Ihr hinterlegtes Konto.
Hinweis: Bei Leistungsfreiheit im Kalenderjahr erhalten Sie eine Beitragsrückerstattung
nur, wenn keine Rechnungen eingereicht werden. Mit dieser Abrechnung entfällt sie für 2026.
""", title="Leistungsabrechnung KV-0087702-01", author="Weserland Krankenversicherung a.G.",
        date="2026-03-17 05:12", producer="LEIKA Druck 5.0")
    return mail(FROM("vosskuhl"), "Felix Brandes <felix.brandes@web-post.example>",
                "Ihre Leistungsabrechnung vom 17.03.2026", "2026-03-17 16:05", body,
                atts=[att(pdf, "Leistungsabrechnung_2026-03-17.pdf", CT_PDF)])


# ---------------------------------------------------------------------------- d215-0023
@M(23, "CONFIDENTIAL", "de", "insurer-to-customer",
   "household claim for a stolen e-bike: named customer, policy and claim number, police reference, payout to IBAN (format=flowed)")
def _():
    body = """Hallo Herr Focke,

danke für die schnelle Rückmeldung und die Kaufrechnung. Damit ist Ihr Fahrraddiebstahl vollständig, und wir können abrechnen.

Schadennummer: 26/HR/00744
Vertrag: Hausrat HR 55 190 302, Fahrradklausel bis 3.000 EUR
Tatort/Tatzeit: Kellerraum Mehrfamilienhaus Kornstraße 117, 28201 Bremen, zwischen 21.01. und 23.01.2026
Polizei: Tagebuchnummer 0123/26/409981, Polizeirevier Neustadt

Das E-Bike (Kalkhoff Endeavour, gekauft 04/2023 für 3.299 EUR) war im abgeschlossenen Gemeinschaftskeller angeschlossen; das ist nach unseren Bedingungen in Ordnung. Wir ersetzen den Wiederbeschaffungswert eines gleichwertigen neuen Rades, begrenzt auf die Entschädigungsgrenze von 3.000 EUR.

Überweisung an: DE97 2919 0330 1862 7692 85 (Lennart Focke)

Falls das Rad wieder auftaucht, melden Sie sich bitte – dann können Sie wählen, ob Sie das Rad zurücknehmen und die Entschädigung zurückzahlen oder es uns überlassen.

""" + SIG("harms") + "\n"
    return mail(FROM("harms"), "Lennart Focke <lennart.focke@mailbox.example>",
                "Re: Fahrraddiebstahl Keller – Kaufbeleg", "2026-01-30 12:40", body,
                charset="utf-8", cte="8bit", flowed=True, client="tb",
                irt="<b3f1c0d2-9a8e-4c71-a0b2-77e1f0c3d9aa@mailbox.example>")


# ---------------------------------------------------------------------------- d215-0024
@M(24, "NORMAL", "en", "insurer-to-broker",
   "trap: onboarding of a broker firm administrator (portfolio rights, one-time password by SMS, 2FA) without any customer data or credential")
def _():
    body = """Dear Ms Raman,

Cartwright Lane has been set up as a partner firm in the Weserland broker portal, and
you have been registered as the firm administrator.

What happens next:

1. You will receive a one-time password by text message to the mobile number on
   your registration form. The password is valid for 72 hours. We never send
   passwords by e-mail.
2. At first login you set your own password and a security question, and you pair
   an authenticator app (TOTP). Without the second factor the portal will not show
   any customer data.
3. As firm administrator you can create users for your colleagues and assign
   portfolio rights: "all contracts of the firm", "own contracts only" or "no
   portfolio access" (e.g. for accounting staff who only need commission
   statements).
4. Every access to customer or contract data is recorded in the audit log. You can
   view the log for your firm under Administration > Audit.

For the BiPRO connection of your broker management software you will need a
separate technical user; please ask your software vendor to contact me.

""" + SIG("ohlendorf") + "\n"
    return mail(FROM("ohlendorf"), "Priya Raman <priya.raman@cartwrightlane.example>",
                "Broker portal - your firm administrator account", "2026-01-13 15:48", body,
                cc=FROM("whitfield"))


# ---------------------------------------------------------------------------- d215-0025
@M(25, "STRICTLY_CONFIDENTIAL", "de", "broker",
   "attached forward (message/rfc822) of a broker's mail with a customer's cardiology invoices; the scan is an octet-stream PDF naming atrial fibrillation")
def _():
    inner_body = """Sehr geehrte Damen und Herren,

anbei übersenden wir die Arztrechnungen unseres Kunden Herrn Marek Nowicki,
Versicherungsnummer KV-0090127-01, zur Erstattung. Herr Nowicki war im Januar
zweimal beim Kardiologen (Vorhofflimmern, Kardioversion ist für März geplant) und
bittet um zügige Bearbeitung, da die Rechnung der Praxis bereits angemahnt wurde.

Die Originale hat der Kunde noch, wir schicken sie bei Bedarf nach.

Mit freundlichen Grüßen

Deniz Şahin
Maklerbüro Şahin & Kowalczyk GbR
Hafenstraße 140 · 27576 Bremerhaven
Tel. 0471 9412 330
"""
    scan = pdf_bytes("""# Kardiologische Gemeinschaftspraxis Lehe
Dr. med. Ulf Rickmers · Dr. med. Sevgi Aydin - Fachärzte für Innere Medizin und Kardiologie
Hafenstraße 201, 27576 Bremerhaven

Herrn Marek Nowicki
Spadener Straße 9
27578 Bremerhaven
                                                       Rechnung Nr. 2026-00381
                                                       Datum: 30.01.2026

Behandlungszeitraum: 08.01.2026 - 22.01.2026
Diagnosen: I48.0 G Paroxysmales Vorhofflimmern; I10.90 G Essentielle Hypertonie

Datum      GOÄ    Leistung                                   Faktor    Betrag EUR
08.01.26   1      Beratung                                   2,3          10,72
08.01.26   7      Untersuchung Organsystem                   2,3          21,45
08.01.26   651    EKG in Ruhe                                1,8          26,43
08.01.26   424    Echokardiographie (Duplex)                 1,8         147,47
08.01.26   659    Langzeit-EKG Auswertung                    1,8          41,97
22.01.26   3      Eingehende Beratung                        3,5          30,60
22.01.26   652    Belastungs-EKG                             1,8          46,63
                                                  Rechnungsbetrag:       325,27

Zahlbar innerhalb von 30 Tagen. Bitte geben Sie die Rechnungsnummer an.
""", title="", author="", date="2026-02-12 09:31", producer="KONICA MINOLTA bizhub C300i")
    inner = mail("Deniz Sahin <d.sahin@sahin-kowalczyk.example>",
                 "Leistung Kranken <leistung-kv@weserland-vers.example>",
                 "Arztrechnungen Nowicki KV-0090127-01", "2026-02-12 09:44", inner_body,
                 atts=[att(scan, "Scan_20260212_0931.pdf", "application/octet-stream")])
    body = """Hallo Annika,

das hier ist versehentlich bei mir im Maklerbetreuungs-Postfach gelandet, Herr Şahin
hatte die falsche Adresse aus einem alten Verteiler. Kannst du bzw. dein Team das
übernehmen? Der Makler bittet um Rückmeldung an ihn, sobald erstattet ist.

""" + SIG("brueggemann") + "\n"
    return mail(FROM("brueggemann"), FROM("vosskuhl"),
                "WG: Arztrechnungen Nowicki KV-0090127-01", "2026-02-12 10:15", body,
                atts=[att_msg(inner, filename="Arztrechnungen Nowicki KV-0090127-01.eml")])


# ---------------------------------------------------------------------------- d215-0026
@M(26, "NORMAL", "de", "internal",
   "trap: specification of a broker portfolio export listing columns such as Geburtsdatum, IBAN, Diagnoseschlüssel, with no data rows")
def _():
    body = """Hi Rasmus,

anbei die Feldliste für den neuen Bestandsexport „Makler-Bestandsliste“, den die
Makler ab Q3 im Portal selbst ziehen können. Ich hab die Felder mit Frau
Scholz-Nieland durchgesprochen:

- Geburtsdatum nur als Jahrgang (sonst fragen die Makler bei jedem Export nach)
- IBAN nur maskiert (DE** **** **** **** **12 34)
- Diagnoseschlüssel, Risikozuschläge und Ausschlüsse dürfen gar nicht rein, auch
  nicht bei Maklern mit Schweigepflichtentbindung – dafür gibt es die Leistungsakte
- bei Leben/Kranken/Unfall keine Leistungsdaten, nur Vertragsstatus

Kannst du mir bis 24.04. sagen, ob das mit dem bestehenden GDV-Export geht oder ob
wir einen eigenen Job brauchen?

""" + SIG("brinkmann") + "\n"
    d = docx_bytes([
        ("h", "Feldliste Export „Makler-Bestandsliste“ (Entwurf v0.3)"),
        "Zweck: Makler können ihren Bestand im Maklerportal als CSV/XLSX exportieren (Bestandsrecht „alle Verträge der Firma“).",
        ("table", [["Nr", "Feld", "Format", "Regel", "Status"],
                   ["1", "Vermittlernummer", "NN-NNNN", "immer", "ok"],
                   ["2", "Vertragsnummer", "Text", "immer", "ok"],
                   ["3", "Sparte", "GDV-Spartenschlüssel", "immer", "ok"],
                   ["4", "Tarif", "Text", "immer", "ok"],
                   ["5", "VN-Name, Vorname", "Text", "immer", "ok"],
                   ["6", "Geburtsdatum", "JJJJ", "nur Jahrgang", "geklärt DSB"],
                   ["7", "Anschrift", "Text", "immer", "ok"],
                   ["8", "IBAN", "maskiert", "nur letzte 4 Stellen", "geklärt DSB"],
                   ["9", "Jahresbeitrag", "Dezimal", "immer", "ok"],
                   ["10", "Vertragsstatus", "aktiv/ruhend/storniert", "immer", "ok"],
                   ["11", "Diagnoseschlüssel (ICD-10)", "-", "NICHT exportieren", "gestrichen"],
                   ["12", "Risikozuschlag / Ausschlussklausel", "-", "NICHT exportieren", "gestrichen"],
                   ["13", "Leistungsdaten Leben/Kranken/Unfall", "-", "NICHT exportieren", "gestrichen"]]),
        "",
        "Offene Punkte: Export-Protokollierung im Audit-Log (wer, wann, wie viele Zeilen); Begrenzung auf 5.000 Zeilen je Export.",
    ], title="Feldliste Makler-Bestandsliste", author="Ole Brinkmann", date="2026-04-09 14:02")
    return mail(FROM("brinkmann"), "Rasmus Ohlendorf <rasmus.ohlendorf@weserland-vers.example>",
                "Feldliste Makler-Bestandsliste (Export) – Entwurf", "2026-04-09 14:10", body,
                atts=[att(d, "Feldliste_Makler-Bestandsliste_v0.3.docx", CT_DOCX)])

# ---------------------------------------------------------------------------- d215-0027
@M(27, "CONFIDENTIAL", "de", "insurer-to-broker",
   "contract overview for a broker's annual review: named couple, property/motor/legal-expenses policies, premiums, payment method (iso-8859-1)")
def _():
    body = """Hallo Frau Behrens,

hier die gewünschte Übersicht für das Jahresgespräch mit den Oetkens. Stand heute,
alle Verträge laufen über Ihre Vermittlernummer 40-3315:

VN Gerold Oetken, Wildeshauser Straße 61, 27753 Delmenhorst
  Wohngebäude     WG 10 402 977-0   Jahresbeitrag 1.046,30 EUR   jährlich, Lastschrift
                  Vorschaden 2024: Leitungswasser, 3.870 EUR reguliert
  Hausrat         HR 55 098 214     Jahresbeitrag   211,90 EUR   jährlich, Lastschrift
  Rechtsschutz    RS 31 402 118     Privat/Beruf/Verkehr/Wohnen, SB 150 EUR
                                    Jahresbeitrag   389,00 EUR   halbjährlich
  Kfz             KH-4471-176604    DEL-GO 61, Mercedes B 200, SF 25
                                    Jahresbeitrag   702,44 EUR   jährlich

VN Hilke Oetken
  Kfz             KH-4471-210389    DEL-HO 4, Renault Zoe, SF 9
                                    Jahresbeitrag   498,12 EUR   vierteljährlich

Beim Wohngebäude fehlt noch die Elementarschadendeckung; Herr Oetken hatte das 2024
wegen des Beitrags abgelehnt. Vielleicht ein Thema für das Gespräch, nach dem
Starkregen im Januar.

""" + SIG("brueggemann") + "\n"
    return mail(FROM("brueggemann"), "Ute Behrens <ute@behrens-makler.example>",
                "AW: Übersicht Verträge Oetken für Jahresgespräch", "2026-02-09 08:57", body,
                charset="iso-8859-1", cte="qp")


# ---------------------------------------------------------------------------- d215-0028
@M(28, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
   "travel assistance: to a customer's daughter about her father's stroke in Portugal, ICU, medically escorted repatriation")
def _():
    body = """Dear Ms Siemers,

thank you for calling us again this morning. As agreed, here is a short summary in
English so that you can share it with your brother.

Your father, Mr Klaus Siemers (travel health policy RV-2025-7730194), was admitted to
Hospital Particular do Algarve in Faro on 3 March 2026 with an ischaemic stroke of
the left hemisphere. He was treated with thrombolysis within the time window and is
stable on the stroke unit; the right arm is still weak and his speech is impaired,
but improving. The treating neurologist, Dr. Duarte, considers him fit to fly from
Tuesday with a medical escort.

What we have arranged:
- repatriation on 10 March by scheduled flight FAO-FRA-BRE, business class,
  accompanied by one of our emergency physicians (Dr. Jelena Horvat);
- ambulance from Bremen airport to the Neurology department of Klinikum Weserbogen,
  where a bed for early rehabilitation has been confirmed;
- the hospital bill in Faro is paid directly by us (guarantee of payment sent on
  4 March); your father does not have to pay anything there.

Your mother can fly back on the same flight; her ticket is also covered.

If his condition changes before Tuesday, the hospital will inform our doctor directly.
You can reach our 24-hour line at any time.

""" + SIG("oyelaran") + "\n"
    return mail(FROM("oyelaran"), "Laura Siemers <laura.siemers@eiremail.example>",
                "Your father - repatriation on Tuesday 10 March", "2026-03-06 12:35", body)


# ---------------------------------------------------------------------------- d215-0029
@M(29, "NORMAL", "en", "insurer-to-partner",
   "trap: aggregated disability incidence by ICD-10 chapter and age band for a reinsurer, cells under 5 merged, no individual")
def _():
    body = """Dear Jonas,

as discussed at the treaty meeting, attached is our disability (BU) incidence
experience for 2021-2025 by cause and age band. A few notes:

- Exposure in policy years; claims counted in the year of the start of benefits.
- Causes are the ICD-10 chapter of the main diagnosis accepted by claims.
- Cells with fewer than 5 claims are merged into "other" so that no individual case
  can be recognised - that is a requirement of our data protection officer for any
  experience data leaving the house.
- Psychiatric disorders (chapter F) are again the largest group (34 %), followed by
  musculoskeletal (M, 22 %) and neoplasms (C/D, 15 %).

The underlying claim-level data stay with us; your auditors can look at them on site.

""" + SIG("novak") + "\n"
    rows = [["ICD-10 chapter", "Age < 35", "35-44", "45-54", "55+", "Total claims", "Share"],
            ["F Mental and behavioural disorders", 41, 96, 118, 61, 316, "34%"],
            ["M Musculoskeletal system", 9, 38, 79, 79, 205, "22%"],
            ["C/D Neoplasms", 6, 22, 52, 59, 139, "15%"],
            ["I Circulatory system", "other", 11, 34, 47, 97, "10%"],
            ["G Nervous system", 7, 15, 21, 18, 61, "7%"],
            ["S/T Injuries", 12, 14, 13, 9, 48, "5%"],
            ["other (incl. merged cells)", 13, 16, 21, 14, 64, "7%"],
            ["Total", 93, 212, 338, 287, 930, "100%"],
            [],
            ["Exposure (policy years)", 61240, 88410, 97730, 55120, 302500, ""],
            ["Incidence per mille", 1.52, 2.40, 3.46, 5.21, 3.07, ""]]
    x = xlsx_bytes([("BU incidence 2021-2025", rows)], title="BU incidence by cause 2021-2025",
                   author="Tereza Novak", date="2026-03-11 10:20")
    return mail(FROM("novak"), "Jonas Lindqvist <jonas.lindqvist@nordicre.example>",
                "BU incidence by cause 2021-2025 (aggregated)", "2026-03-11 10:26", body,
                charset="utf-8", cte="8bit",
                atts=[att(x, "Weserland_BU_incidence_2021-2025_aggregated.xlsx", CT_XLSX)])


# ---------------------------------------------------------------------------- d215-0030
@M(30, "CONFIDENTIAL", "de", "insurer-to-customer",
   "legal-expenses cover confirmed for a named customer's dispute with his landlord over a rent increase; lawyer named (iso-8859-1, 8bit)")
def _():
    body = """Sehr geehrter Herr Pundsack,

für die Auseinandersetzung mit Ihrem Vermieter, der Hansa Wohnbau GmbH & Co. KG,
wegen der Mieterhöhung vom 18.12.2025 (Erhöhung der Nettokaltmiete von 742 EUR auf
853 EUR, Begründung mit dem Mietspiegel) bestätigen wir Versicherungsschutz aus Ihrer
Rechtsschutzversicherung RS 31 477 205 im Leistungsbereich Wohnungs- und
Grundstücks-Rechtsschutz für Mieter.

Schadennummer: RS-26-01188
Umfang: außergerichtliche Interessenwahrnehmung durch einen Rechtsanwalt;
für ein gerichtliches Verfahren bitten wir um erneute Nachricht.
Selbstbeteiligung: 150 EUR

Sie hatten Frau Rechtsanwältin Dr. Gesche Ahlers (Kanzlei Ahlers, Bremen)
genannt. Bitte geben Sie ihr die Schadennummer; sie kann direkt mit uns abrechnen.
Die Frist zur Zustimmung zur Mieterhöhung läuft bis zum 28.02.2026.

""" + SIG("reinecke") + "\n\n" + FOOTER_DE.replace(" · ", " - ") + "\n"
    return mail(FROM("reinecke"), "Andreas Pundsack <a.pundsack@netmail.example>",
                "Deckungszusage Rechtsschutz - Ihre Mieterhöhung (RS-26-01188)",
                "2026-01-21 10:05", body, charset="iso-8859-1", cte="8bit", client="tb")


# ---------------------------------------------------------------------------- d215-0031
@M(31, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
   "only inside a ZIP: broker-post PDFs with a disability-policy endorsement and premium note for a named customer; body harmless")
def _():
    body = """Hallo Frau Schoof,

wie heute am Telefon: Ihr MVP bricht bei der Abholung der Vermittlerpost seit Freitag
mit „BiPRO 430.4 – Ticket ungültig“ ab. Herr Ohlendorf kümmert sich mit Ihrem
Softwarehaus darum. Damit Sie nicht warten müssen, hänge ich die beiden dringenden
Dokumente aus der Vermittlerpost als ZIP an. Die übrigen 14 Dokumente holt das MVP
automatisch nach, sobald die Verbindung wieder läuft.

""" + SIG("brueggemann") + "\n"
    p1 = pdf_bytes("""# Nachtrag zum Versicherungsschein
Weserland Lebensversicherung AG
Selbständige Berufsunfähigkeitsversicherung, Vertrag BU 2210 7742 01

Versicherungsnehmer und versicherte Person: Björn Oltmanns, geb. 02.11.1968
Anschrift: Hohenwedeler Weg 21, 21682 Stade
Vermittler: Nordwest Assekuranzmakler GmbH, VM 40-0558

Änderung zum 01.04.2026: Erhöhung der versicherten BU-Rente im Rahmen der
Nachversicherungsgarantie (Anlass: Heirat) von 1.500,00 EUR auf 1.800,00 EUR
monatlich, ohne erneute Gesundheitsprüfung.

Neuer Monatsbeitrag: 138,42 EUR (bisher 115,70 EUR)
Die im Versicherungsschein vom 01.06.2011 vereinbarte Ausschlussklausel
(Erkrankungen der Lendenwirbelsäule) gilt unverändert auch für die Erhöhung.

Bremen, 06.03.2026
Weserland Lebensversicherung AG
""", title="Nachtrag BU 2210 7742 01", author="Weserland Lebensversicherung AG", date="2026-03-06 04:10",
        producer="DOKGEN 7.1")
    p2 = pdf_bytes("""# Beitragsrechnung
Weserland Lebensversicherung AG

Vertrag: BU 2210 7742 01 - Björn Oltmanns
Fälligkeit: 01.04.2026    Zahlweise: monatlich    Beitrag: 138,42 EUR
Lastschrift von Konto DE** **** **** **** **61 07 (Mandat WL-BU-2210774201)
""", title="Beitragsrechnung BU 2210 7742 01", author="Weserland Lebensversicherung AG",
        date="2026-03-06 04:10", producer="DOKGEN 7.1")
    z = zip_bytes([("Vermittlerpost_40-0558_2026-03-06/Nachtrag_BU2210774201.pdf", p1),
                   ("Vermittlerpost_40-0558_2026-03-06/Beitragsrechnung_BU2210774201.pdf", p2)],
                  when=(2026, 3, 9, 11, 2, 0))
    return mail(FROM("brueggemann"), "Birte Schoof <b.schoof@nwa-makler.example>",
                "Vermittlerpost – zwei Dokumente vorab per Mail", "2026-03-09 11:06", body,
                atts=[att(z, "Vermittlerpost_40-0558_2026-03-06.zip", CT_ZIP)])


# ---------------------------------------------------------------------------- d215-0032
@M(32, "NORMAL", "de", "insurer-to-press",
   "trap: press answers on the health-insurance premium adjustment (averages, cost drivers: hospital, drugs, care), no individual")
def _():
    body = """Hallo Herr Meiners,

gern beantworte ich Ihre Fragen; Sie können mich mit allen Antworten zitieren.

> 1. Wie viele Ihrer Versicherten sind von der Beitragsanpassung betroffen?

Rund 34.000 der 58.000 Vollversicherten, also etwa 59 %. Zusatzversicherte (Zahn,
Krankenhaus, Pflege) sind nicht betroffen.

> 2. Wie hoch ist die Anpassung im Schnitt, und gibt es Ausreißer?

Im Schnitt 6,8 %. In einzelnen älteren, geschlossenen Tarifen sind es bis zu 14 %,
in den Beihilfetarifen 3,1 %.

> 3. Woran liegt es?

Vor allem an den Leistungsausgaben: Krankenhausbehandlungen sind bei uns 2025 um
9 % teurer geworden, Arzneimittel um 7 % – neue Krebs- und Rheumatherapien spielen
da eine große Rolle. Dazu kommt der niedrigere Rechnungszins.

> 4. Was können Versicherte tun?

Jeder Versicherte hat nach § 204 VVG ein Tarifwechselrecht. Wir schreiben alle
Betroffenen über 60 Jahre aktiv an und bieten eine Beratung an.

""" + SIG("wendtland") + """

-----Ursprüngliche Nachricht-----
Von: Jan Meiners <j.meiners@nordwest-zeitung-online.example>
Gesendet: Montag, 16. Februar 2026 10:12
An: presse@weserland-vers.example
Betreff: Anfrage PKV-Beiträge

Sehr geehrte Damen und Herren, für einen Artikel zur PKV-Beitragsentwicklung hätte
ich vier Fragen (s.o.), Antwort bis Mittwoch wäre super. Gruß, Jan Meiners
"""
    return mail(FROM("wendtland"), "Jan Meiners <j.meiners@nordwest-zeitung-online.example>",
                "AW: Anfrage PKV-Beiträge", "2026-02-17 15:30", body)


# ---------------------------------------------------------------------------- d215-0033
@M(33, "CONFIDENTIAL", "de", "insurer-to-assessor",
   "assessor appointment (ICS) at a named homeowner's address for a storm claim; phone number, policy and claim number in the invitation")
def _():
    body = """Moin Herr Lühmann,

wie telefonisch besprochen schicke ich Ihnen den Besichtigungstermin für den
Sturmschaden Ylva in Nordenham als Termin. Es geht um das Dach (Betondachsteine,
großflächig abgedeckt) und die PV-Anlage, die teilweise vom Dach gerissen ist. Die
Eigentümerin hat notdürftig mit Planen abdecken lassen, Rechnung Dachdecker
Bultmann liegt bei uns (2.140 EUR).

Bitte schätzen Sie auch, ob der Wasserschaden im Dachgeschoss (Decke Kinderzimmer)
schon vom Sturm kommt oder älter ist.

""" + SIG("harms") + "\n"
    ics = ics_text([
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:040000008200E00074C5B7101A82E00800000000B0D1E2F3A4C5D6010000000000000000100000001A2B3C4D5E6F",
        "DTSTAMP:20260216T093000Z",
        "DTSTART;TZID=W. Europe Standard Time:20260219T100000",
        "DTEND;TZID=W. Europe Standard Time:20260219T113000",
        "SUMMARY:Besichtigung Sturmschaden 26/WG/02215 - Hellwege",
        "LOCATION:Atenser Allee 47\\, 26954 Nordenham",
        "DESCRIPTION:Schaden 26/WG/02215\\, Wohngebäude WG 10 433 561-8\\nVN: Frau Annegret Hellwege\\, Tel. 04731 88 21 04 (mobil 0160 9912 3304)\\nDach + PV-Anlage\\, Notabdeckung erfolgt\\nBitte vorher kurz anrufen\\, Hund im Garten.",
        "ORGANIZER;CN=Sönke Harms:mailto:soenke.harms@weserland-vers.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ingo Lühmann:mailto:i.luehmann@luehmann-gutachten.example",
        "BEGIN:VALARM",
        "TRIGGER:-PT30M",
        "ACTION:DISPLAY",
        "DESCRIPTION:Erinnerung",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return mail(FROM("harms"), "Ingo Lühmann <i.luehmann@luehmann-gutachten.example>",
                "Besichtigung Sturmschaden Nordenham – Do 19.02., 10:00", "2026-02-16 10:30", body,
                atts=[att(ics, "Besichtigung_26-WG-02215.ics", "text/calendar; method=REQUEST", charset="utf-8")])


# ---------------------------------------------------------------------------- d215-0034
@M(34, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "term-life death benefit paid to the widow: deceased named, cause of death from the death certificate, sum and payout")
def _():
    body = """Sehr geehrte Frau Köster,

zunächst möchte ich Ihnen im Namen der Weserland Lebensversicherung unser aufrichtiges
Beileid zum Tod Ihres Mannes aussprechen.

Wir haben die Unterlagen zur Risikolebensversicherung Ihres verstorbenen Mannes,
Herrn Wilfried Köster (Vertrag LV 7.254.118.6), vollständig erhalten: die Sterbeurkunde
des Standesamts Achim, den Versicherungsschein und die ärztliche Bescheinigung zur
Todesursache. Danach ist Ihr Mann am 14.01.2026 an einem akuten Myokardinfarkt
verstorben; Hinweise auf eine Vorerkrankung, die bei Antragstellung anzugeben
gewesen wäre, haben sich nicht ergeben.

Sie sind im Vertrag als Bezugsberechtigte eingetragen. Wir zahlen Ihnen daher

  Versicherungssumme                     80.000,00 EUR
  zuzüglich Überschussbeteiligung         1.236,48 EUR
  Auszahlung                             81.236,48 EUR

auf das von Ihnen angegebene Konto bei der Volksbank in der Ostergrafschaft.

Die Leistung ist einkommensteuerfrei; für die Erbschaftsteuer melden wir die Zahlung
wie gesetzlich vorgeschrieben dem Finanzamt. Bitte sprechen Sie im Zweifel mit Ihrem
Steuerberater.

""" + SIG("lanz") + "\n"
    return mail(FROM("lanz"), "Renate Köster <renate.koester@t-post.example>",
                "Risikolebensversicherung Ihres Mannes – Auszahlung", "2026-02-05 13:50", body)


# ---------------------------------------------------------------------------- d215-0035
@M(35, "NORMAL", "de", "insurer-to-broker",
   "trap: commission rates 2026 for a broker GmbH (life per mille, health monthly premiums, liability periods) as XLSX, no person")
def _():
    body = """Sehr geehrte Frau Schoof,

anbei die Courtagezusage 2026 für die Nordwest Assekuranzmakler GmbH als Excel. Gegenüber
2025 ändern sich nur drei Punkte: Pflegezusatz (3,0 statt 3,5 MB), BU mit
Dynamik (Erhöhungen werden jetzt mit 50 % des Abschlusssatzes verprovisioniert) und
die Bestandscourtage Kfz (7 % statt 6,5 %).

Die unterschriebene Vereinbarung bitte bis 31.01. zurück; bis dahin gelten die
bisherigen Sätze weiter.

""" + SIG("yildirim") + "\n"
    rows = [["Sparte", "Bemessung", "Abschlusscourtage", "Bestandscourtage", "Stornohaftung", "Bemerkung"],
            ["Risikoleben", "Beitragssumme", "25 ‰", "1,5 %", "60 Monate", ""],
            ["Rentenversicherung privat", "Beitragssumme", "25 ‰", "1,5 %", "60 Monate", "Einmalbeitrag 2 %"],
            ["Berufsunfähigkeit", "Beitragssumme", "35 ‰", "2,0 %", "60 Monate", "Dynamik: 50 % des Satzes"],
            ["Krankenvollversicherung", "Monatsbeitrag", "6 MB", "-", "60 Monate", "gedeckelt nach § 50 VAG"],
            ["Krankenzusatz / Zahn", "Monatsbeitrag", "4 MB", "-", "36 Monate", ""],
            ["Pflegetagegeld", "Monatsbeitrag", "3 MB", "-", "36 Monate", "neu ab 01.03.2026"],
            ["Unfall", "Jahresbeitrag", "12,5 %", "12,5 %", "-", "laufend"],
            ["Kfz", "Jahresbeitrag", "10 %", "7 %", "-", "Bestand neu 7 %"],
            ["Hausrat / Wohngebäude", "Jahresbeitrag", "25 % / 20 %", "25 % / 20 %", "-", ""],
            ["Gewerbe Sach/HP", "Jahresbeitrag", "17,5 %", "17,5 %", "-", "individuell ab 25 TEUR"]]
    x = xlsx_bytes([("Courtage 2026", rows)], title="Courtagezusage 2026 NWA", author="Merve Yildirim",
                   date="2026-01-08 11:30")
    return mail(FROM("yildirim"), "Birte Schoof <b.schoof@nwa-makler.example>",
                "Courtagezusage 2026 – Nordwest Assekuranzmakler GmbH", "2026-01-08 11:41", body,
                atts=[att(x, "Courtagezusage_2026_NWA.xlsx", CT_XLSX)])


# ---------------------------------------------------------------------------- d215-0036
@M(36, "CONFIDENTIAL", "en", "insurer-to-customer",
   "personal liability claim: customer's 10-year-old son broke the neighbour's window; names, policy and claim number, payment to neighbour")
def _():
    body = """Dear Mr Mehta,

thank you for reporting the broken window at your neighbours' house.

We understand that on 24 April your son Kabir (10) was playing football in your
garden and the ball went through the conservatory window of Mr and Mrs Dettmers,
Heidkamp 14. Your family liability policy PH 20 915 377 covers this: at 10, a child
can be held responsible for damage like this, and in that case we pay the neighbour.

  Claim number:   26/HP/01402
  Glazier's quote (Glaserei Rohde):  EUR 1,148.00 incl. VAT
  Payment:        directly to Mr Dettmers, as he asked
  Your excess:    none (your policy has no excess)

We have written to Mr Dettmers today. There is nothing more you need to do, and the
claim does not change your premium.

""" + SIG("fennell") + "\n"
    return mail(FROM("fennell"), "Arjun Mehta <arjun.mehta@postfach.example>",
                "Your liability claim 26/HP/01402 - neighbours' window", "2026-04-29 09:12", body,
                charset="utf-8", cte="qp")


# ---------------------------------------------------------------------------- d215-0037
@M(37, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
   "guarantee of payment to a Spanish hospital for a named German tourist with a femoral neck fracture (PDF letter)")
def _():
    body = """Dear Sir or Madam,

please find attached our guarantee of payment for your patient Mrs Ingrid Rohlfs,
born 03/08/1951, admitted on 15 February 2026 after a fall in her hotel.

We understand from our medical team's call with Dr. Ruiz that she has a displaced
femoral neck fracture (right) and is scheduled for a hemiarthroplasty tomorrow. We
cover the necessary treatment up to EUR 25,000; for any amount above this, please
contact us before further treatment unless it is an emergency.

Please send your invoice with the case number to the address in the letter, not to
the patient. Our assistance doctor will call again on Tuesday to discuss discharge
and the flight home.

""" + SIG("oyelaran") + "\n"
    pdf = pdf_bytes("""# Guarantee of Payment / Garantía de pago
Weserland Versicherung AG - Travel & Assistance - 24h +49 421 8870-7000

To: Hospital Costa Blanca Norte, Servicio de Admisión, Av. de la Marina 2, 03730 Jávea, Spain
Case number: AS-26-003317        Date: 15 February 2026

Patient: Mrs Ingrid Rohlfs, date of birth 03/08/1951
Home address: Vahrer Straße 190, 28329 Bremen, Germany
Policy: Travel health insurance RV-2025-8810441 (valid 01/01/2026 - 31/12/2026)

Diagnosis reported: displaced femoral neck fracture, right (S72.00)
Planned treatment: hemiarthroplasty, inpatient stay approx. 7 days

Weserland Versicherung AG guarantees payment of the medically necessary costs of
treatment of the above patient up to EUR 25,000.00. Costs of a private room, telephone
and other comfort services are not covered.

Please send the itemised invoice and the discharge report to:
Weserland Versicherung AG, Travel & Assistance, Am Speicherhafen 12, 28217 Bremen,
Germany, quoting the case number.

Dennis Oyelaran, Travel & Assistance
""", title="Guarantee of payment AS-26-003317", author="Dennis Oyelaran", date="2026-02-15 18:02")
    return mail(FROM("oyelaran"), "Admisión HCBN <admision@hcbn-javea.example>",
                "Guarantee of payment - Mrs Ingrid Rohlfs - case AS-26-003317", "2026-02-15 18:10", body,
                atts=[att(pdf, "GoP_AS-26-003317.pdf", CT_PDF)])


# ---------------------------------------------------------------------------- d215-0038
@M(38, "NORMAL", "en", "insurer-to-supplier",
   "penetration-test scheduling for the broker and SecureMail portals, test accounts only, no data")
def _():
    body = """Hi Marcus,

thanks for the draft rules of engagement. Comments from our side:

- Scope: broker portal (makler.weserland-vers.example), SecureMail portal
  (securemail.weserland-vers.example) and the BiPRO 430/440 endpoints on
  bipro-test.weserland-vers.example. The production mail gateway itself is out of
  scope this time.
- Window: 13-24 April 2026, Mon-Fri 07:00-19:00 CEST. No testing on Friday 17
  April after 14:00 (commission payment run).
- Accounts: we create 3 test partner firms with 2 users each, including one firm
  administrator. The firms only contain synthetic customers ("Testkunde 001" etc.).
  Please do not try to reach real customer data - if you find a way to see any,
  stop and call me immediately.
- Source IPs: please send them by Friday so that our SOC can whitelist them.

The signed NDA and the data processing agreement are with procurement
(Gregor Stallmann).

""" + SIG("ohlendorf") + "\n"
    return mail(FROM("ohlendorf"), "Marcus Heale <marcus.heale@northbridge-security.example>",
                "RE: Pentest April - rules of engagement", "2026-03-25 16:20", body,
                cc=FROM("stallmann"), charset="utf-8", cte="qp")


# ---------------------------------------------------------------------------- d215-0039
@M(39, "CONFIDENTIAL", "de", "insurer-to-lawyer",
   "motor liability: to the claimant's lawyer about a rear-end collision, both parties named, property damage only, nobody injured")
def _():
    body = """Sehr geehrter Herr Rechtsanwalt Dohrmann,

in der Unfallsache Ihrer Mandantin Frau Esra Yılmaz gegen unseren
Versicherungsnehmer Herrn Malte Grashorn (Unfall vom 07.01.2026, Bremen,
Kreuzung Stresemannstraße/Hastedter Heerstraße; unser Zeichen 26/KH/00412) erkennen
wir die Haftung dem Grunde nach zu 100 % an. Unser Versicherungsnehmer ist
unstreitig auf das stehende Fahrzeug Ihrer Mandantin (HB-EY 512) aufgefahren.

Personen wurden nach übereinstimmender Schilderung und laut Polizeibericht nicht
verletzt; Ansprüche wegen Personenschäden sind auch nicht geltend gemacht.

Wir regulieren wie folgt:

  Reparaturkosten lt. Gutachten Dipl.-Ing. Fitschen    4.812,66 EUR
  Wertminderung                                          400,00 EUR
  Sachverständigenkosten                                 786,90 EUR
  Mietwagen 6 Tage (Gruppe 4, Eigenersparnis 10 %)       523,80 EUR
  Kostenpauschale                                         25,00 EUR
  Summe                                                6.548,36 EUR

zuzüglich Ihrer Gebühren nach RVG aus diesem Gegenstandswert (1,3 Geschäftsgebühr
nebst Auslagenpauschale und USt.). Die Zahlung erfolgt auf Ihr Kanzleikonto.

""" + SIG("petersen") + "\n"
    return mail(FROM("petersen"), "RA Thorben Dohrmann <kanzlei@dohrmann-recht.example>",
                "Ihr Zeichen 14/26 TD – Yılmaz ./. Grashorn – unser Zeichen 26/KH/00412",
                "2026-02-11 14:02", body)


# ---------------------------------------------------------------------------- d215-0040
@M(40, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
   "commission clawback for a named customer's cancelled private pension (life) contract, sent to a sole-trader broker")
def _():
    body = """Sehr geehrter Herr Thiele,

Ihr Kunde Herr Sven Claußen hat seine private Rentenversicherung LV 7.330.221.8
(Beginn 01.07.2024, Beitrag 150 EUR monatlich, Beitragssumme 59.400 EUR) zum
31.01.2026 gekündigt; der Rückkaufswert wurde ausgezahlt. Eine Beitragsfreistellung
hatte er abgelehnt, die Kündigung kam laut Anschreiben wegen „finanzieller Engpässe
nach Arbeitslosigkeit“.

Da der Vertrag nur 19 Monate bestanden hat, greift die Stornohaftung nach Ziffer 6
der Courtagevereinbarung (60 Monate, zeitanteilig):

  Abschlusscourtage 2024 (25 ‰ der Beitragssumme)     1.485,00 EUR
  verdient 19/60                                         470,25 EUR
  Rückbelastung                                       -1.014,75 EUR

Die Rückbelastung wird mit der Courtageabrechnung Februar verrechnet. Wenn Sie mit
Herrn Claußen noch sprechen möchten: Eine Wiederinkraftsetzung ist bis zum 30.04.
möglich, dann entfällt die Rückbelastung.

""" + SIG("yildirim") + "\n"
    return mail(FROM("yildirim"), "Ralf Thiele <ralf.thiele@finanzkontor-thiele.example>",
                "Stornohaftung LV 7.330.221.8 (Claußen)", "2026-02-19 10:20", body)


# ---------------------------------------------------------------------------- d215-0041
@M(41, "NORMAL", "de", "insurer-to-authority",
   "trap: data-protection breach statistics for the supervisory authority (counts of misdirected mails incl. health data), no person")
def _():
    body = """Sehr geehrte Frau Dr. Pahl,

wie im Gespräch am 14. Januar vereinbart, erhalten Sie unsere Übersicht der nach
Art. 33 DSGVO gemeldeten und der intern dokumentierten, nicht meldepflichtigen
Datenschutzverletzungen des Jahres 2025. Personenbezogene Angaben zu den Betroffenen
enthält die Übersicht nicht; die Einzelfälle sind bei uns dokumentiert und können
jederzeit eingesehen werden.

Auffällig ist weiterhin der Fehlversand: 9 der 14 gemeldeten Fälle waren E-Mails oder
Briefe an falsche Empfänger, davon 5 mit Gesundheitsdaten aus der Leistungsprüfung.
Mit der Einführung des neuen Mail-Gateways im Sommer 2026, das Gesundheitsdaten
automatisch nur noch verschlüsselt versendet, erwarten wir hier einen deutlichen
Rückgang.

""" + SIG("scholz") + "\n"
    pdf = pdf_bytes("""# Datenschutzverletzungen 2025 - Übersicht
Weserland Versicherungsgruppe, Datenschutzbeauftragte
Stand: 31.01.2026

## Gemeldete Verletzungen (Art. 33 DSGVO)
Kategorie                                         Anzahl   davon Art. 9-Daten
Fehlversand E-Mail                                     6          4
Fehlversand Brief                                      3          1
Verlust Datenträger / Gerät                            1          0
Unbefugter Zugriff (Vermittler, Bestandsrechte)        2          0
Phishing / kompromittiertes Konto                      2          1
Summe                                                 14          6

## Intern dokumentiert, nicht meldepflichtig
Kategorie                                         Anzahl
Fehlversand mit geringem Risiko (sofort gelöscht)     31
Falsch zugeordnete Dokumente im Kundenportal           7
Sonstiges                                              5

## Maßnahmen
- Einführung eines klassifizierenden Mail-Gateways (geplant Q3 2026)
- Überprüfung der Bestandsrechte von Vermittlern halbjährlich
- Schulung Leistungsabteilungen zu Versandwegen (Q1 2026 abgeschlossen)
""", title="Datenschutzverletzungen 2025", author="Beate Scholz-Nieland", date="2026-01-31 12:00")
    return mail(FROM("scholz"), '"Dr. Merle Pahl" <merle.pahl@datenschutz-bremen.example>',
                "Übersicht Datenschutzverletzungen 2025", "2026-02-02 09:15", body,
                atts=[att(pdf, "Datenschutzverletzungen_2025_Uebersicht.pdf", CT_PDF)])


# ---------------------------------------------------------------------------- d215-0042
@M(42, "CONFIDENTIAL", "de", "insurer-to-broker",
   "sole-trader broker's new private bank account for commission payments confirmed (natural person's IBAN)")
def _():
    body = """Hallo Frau Behrens,

Ihre neue Bankverbindung für die Courtagezahlungen ist hinterlegt:

  Kontoinhaberin: Ute Behrens
  IBAN: DE53 2805 0100 1353 4005 22
  gültig ab der Abrechnung März 2026

Die Zahlung für Februar geht noch auf das alte Konto bei der Sparkasse (endet auf
…4471), da der Zahllauf schon gestartet war. Bitte lösen Sie das alte Konto nicht vor
dem 10.03. auf.

""" + SIG("yildirim") + """

> Am 26.02.2026 um 18:03 schrieb Ute Behrens <ute@behrens-makler.example>:
>
> Liebe Frau Yıldırım, ich habe die Bank gewechselt, bitte ab sofort auf das neue
> Konto. Das alte kündige ich zum Monatsende. LG Ute Behrens
"""
    return mail(FROM("yildirim"), "Ute Behrens <ute@behrens-makler.example>",
                "Re: neue Bankverbindung", "2026-02-27 08:44", body)


# ---------------------------------------------------------------------------- d215-0043
@M(43, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
   "cost-coverage declaration to a hospital for a named insured's hip replacement with elective services")
def _():
    body = """Sehr geehrte Damen und Herren,

für unseren Versicherten

  Herrn Rainer Stührenberg, geb. 02.05.1958
  Versicherungsnummer KV-0071245-01, Tarif Komfort Stationär (1-Bett/Chefarzt)

erklären wir die Kostenübernahme für die geplante stationäre Aufnahme am 13.04.2026
zur Implantation einer Hüft-Totalendoprothese links (Diagnose laut Einweisung:
primäre Koxarthrose links, M16.1; OPS 5-820.00).

Übernommen werden:
- die allgemeinen Krankenhausleistungen nach DRG I47C,
- die Wahlleistung Unterkunft im Einbettzimmer,
- die wahlärztlichen Leistungen (Chefarzt Prof. Dr. Behrmann) nach GOÄ.

Bitte rechnen Sie die allgemeinen Krankenhausleistungen und die Unterkunft direkt
mit uns ab (Klinik-Card-Verfahren). Die Kostenübernahme gilt für einen Aufenthalt
von bis zu 10 Tagen; eine Verlängerung oder eine anschließende Anschlussheilbehandlung
zeigen Sie uns bitte gesondert an.

""" + SIG("vosskuhl") + "\n"
    return mail(FROM("vosskuhl"), "Patientenaufnahme Klinikum Lesumtal <aufnahme@klinikum-lesumtal.example>",
                "Kostenübernahme Stührenberg, Aufnahme 13.04.2026", "2026-03-30 11:18", body)


# ---------------------------------------------------------------------------- d215-0044
@M(44, "NORMAL", "de", "insurer-to-broker",
   "trap: broker GmbH's new business account for commission payments confirmed (company IBAN, no natural person's data)")
def _():
    body = """Sehr geehrte Frau Schoof,

die neue Bankverbindung der Nordwest Assekuranzmakler GmbH für die
Courtagezahlungen ist ab sofort hinterlegt:

  Kontoinhaber: Nordwest Assekuranzmakler GmbH
  IBAN: DE18 2805 0100 5337 2354 81
  Verwendungszweck wie bisher: Vermittlernummer + Abrechnungsnummer

Die Änderung haben wir, wie in der Courtagevereinbarung vorgesehen, nur nach dem
schriftlichen Auftrag mit zwei Unterschriften der Geschäftsführung vorgenommen
(eingegangen am 04.03.2026). Die Abrechnung März wird bereits auf das neue Konto
ausgezahlt.

""" + SIG("yildirim") + "\n"
    return mail(FROM("yildirim"), "Birte Schoof <b.schoof@nwa-makler.example>",
                "Bestätigung neue Bankverbindung Courtage", "2026-03-05 10:27", body,
                cc="Geschäftsführung NWA <gf@nwa-makler.example>")


# ---------------------------------------------------------------------------- d215-0045
@M(45, "CONFIDENTIAL", "en", "insurer-to-partner",
   "assistance order for a named customer's breakdown in France: car, plate, location, policy; no injury")
def _():
    body = """Bonjour / Hello,

please organise roadside assistance for our customer:

  Case:        AS-26-004102
  Customer:    Mr Frederik Janssen, mobile +49 172 4410 839 (speaks English)
  Policy:      motor policy KH-4471-224871 incl. Schutzbrief (European breakdown cover)
  Vehicle:     Volvo XC60, plate OL-FJ 300, white
  Location:    A7 southbound, Aire de Saint-Rambert-d'Albon, near km 54
  Problem:     engine warning light, car will not restart; nobody hurt,
               customer travelling with wife and two children

Please arrange towing to the nearest Volvo garage and, if the repair takes longer
than today, a hotel for 4 persons (max. EUR 100 per person per night) or a rental car
for onward travel to Montpellier. Our cover for the repair itself is max. EUR 300 for
parts and labour on site; everything else is on the customer.

Please send us the estimate before the garage starts work.

""" + SIG("oyelaran") + "\n\n" + FOOTER_EN + "\n"
    return mail(FROM("oyelaran"), "EuroAssist Opérations <operations@euroassist-lyon.example>",
                "New case AS-26-004102 - breakdown A7 (Janssen)", "2026-04-03 13:47", body,
                importance="high")

# ---------------------------------------------------------------------------- d215-0046
@M(46, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "disability claim: request for medical records from a named claimant with post-COVID fatigue (ME/CFS), doctors named")
def _():
    body = """Dear Ms Dunne,

thank you for your claim form for benefits from your disability policy
BU 2210 9014 02, which we received on 2 March 2026.

You state that you have been unable to work as a software developer since
1 September 2025 because of post-COVID syndrome with severe fatigue and exercise
intolerance (diagnosed as ME/CFS by the post-COVID outpatient clinic at Klinikum
Weserbogen), and that you are currently receiving sickness benefit from your health
insurer.

To assess the claim we need:

1. the discharge or outpatient reports of the post-COVID clinic (Dr. Anneke Reil);
2. a report from your GP, Dr. Osman, on the course since your infection in
   March 2025 and on current treatment (we send the questionnaire directly to him once
   we have your consent);
3. the attached consent form releasing your doctors from confidentiality, signed;
4. a description of your typical working day before you fell ill (form B3,
   attached) - this matters for how we assess your ability to work.

Please send the documents by post or upload them in the customer portal; please do
not send medical reports by ordinary e-mail.

If you would like to speak to someone in English, you can reach me directly on the
number below.

""" + SIG("lanz") + "\n"
    return mail(FROM("lanz"), "Charlotte Dunne <charlotte.dunne@eiremail.example>",
                "Your disability claim BU 2210 9014 02 - documents we need", "2026-03-04 15:40", body,
                charset="utf-8", cte="qp")


# ---------------------------------------------------------------------------- d215-0047
@M(47, "NORMAL", "de", "internal",
   "trap: note to claims staff on the ICD-10-GM 2026 update and rule-engine diagnosis lists, no patient")
def _():
    body = """Liebe Kolleginnen und Kollegen in der Leistungsprüfung,

seit 01.01.2026 gilt die ICD-10-GM Version 2026. Für uns relevant:

1. Der Leistungsautomat (LEIKA) arbeitet seit dem Release vom 12.01. mit dem neuen
   Katalog. Rechnungen mit Diagnosen im alten Format werden weiter erkannt.
2. Die Liste „Diagnosen mit Pflicht zur manuellen Prüfung“ bleibt inhaltlich gleich:
   - Krankentagegeld: alle F-Diagnosen, M51.- und M54.-, sowie Z73.-
   - Krankenhaustagegeld: Aufenthalte über 28 Tage und alle F-Diagnosen
   - Zahn: keine Diagnoseprüfung, nur HKP-Schwelle 2.000 EUR
3. Neu: Rechnungen mit Zusatzkennzeichen „V“ (Verdacht) lösen keine Vorerkrankungs-
   prüfung mehr aus, „Z“ (Zustand nach) weiterhin schon.

Bitte bei Auffälligkeiten (z. B. Diagnosen, die der Automat nicht kennt) ein Ticket
in der Queue LEIKA-Fachlich anlegen, nicht per Mail an die IT.

""" + SIG("vosskuhl") + "\n"
    return mail(FROM("vosskuhl"), "Leistung KV alle <leistung-kv-alle@weserland-vers.example>",
                "ICD-10-GM 2026 – was sich für die Leistungsprüfung ändert", "2026-01-15 08:05", body)


# ---------------------------------------------------------------------------- d215-0048
@M(48, "CONFIDENTIAL", "de", "insurer-to-authority",
   "to the police about a stolen insured car: owner named, plate, VIN, claim number, request for file access")
def _():
    body = """Sehr geehrte Damen und Herren,

in der Ermittlungssache wegen Diebstahls eines Kraftfahrzeugs
(Ihr Aktenzeichen 0408/26/112734, Anzeige vom 23.02.2026)

  Geschädigter/Halter: Herr Tjark Hinrichs, Weserstraße 87, 27568 Bremerhaven
  Fahrzeug: Audi Q5 Sportback, amtl. Kennzeichen BHV-TH 88,
            FIN WAUZZZFY4R2047713, Erstzulassung 05/2024

sind wir der Teilkaskoversicherer des Fahrzeugs (Vertrag KH-4471-227551,
Schaden 26/KF/02610).

Wir bitten um Mitteilung des Sachstands sowie um Akteneinsicht nach § 406e StPO
bzw. Auskunft nach § 475 StPO, sobald dies den Ermittlungszweck nicht gefährdet.
Insbesondere interessiert uns, ob das Fahrzeug inzwischen aufgefunden wurde und wie
viele Schlüssel sichergestellt bzw. vorgelegt wurden. Unser Versicherungsnehmer hat
uns zwei Originalschlüssel übergeben.

Sollte das Fahrzeug aufgefunden werden, bitten wir um sofortige Nachricht an die
unten genannte Rufnummer, auch außerhalb der Bürozeiten über unsere 24h-Hotline
0421 8870-7000.

""" + SIG("petersen") + "\n"
    return mail(FROM("petersen"), "Polizeirevier Bremerhaven-Mitte <revier-mitte@polizei-bremerhaven.example>",
                "Ihr Az. 0408/26/112734 – Kfz-Diebstahl BHV-TH 88 – Sachstand", "2026-03-12 09:30", body)


# ---------------------------------------------------------------------------- d215-0049
@M(49, "NORMAL", "de", "insurer-to-broker",
   "trap: list of BiPRO broker-post document types incl. 'Leistungsabrechnung Kranken', 'Gesundheitsfragen', with confidentiality flags, no customer")
def _():
    body = """Hallo Herr Kowalczyk,

Sie hatten gefragt, welche Dokumentarten wir in der Vermittlerpost liefern und wie
Sie sie in Ihrem MVP zuordnen sollen. Hier die aktuelle Liste (BiPRO-Kategorie /
unsere Bezeichnung / Kennzeichen „vertraulich“):

  110011  Antrag                                   –
  110012  Versicherungsschein                      –
  110013  Nachtrag                                 –
  120010  Beitragsrechnung                         –
  120020  Mahnung / Beitragsrückstand              –
  130010  Schadenmeldung Sach/Kfz                  –
  130020  Schadenabrechnung Sach/Kfz               –
  140010  Leistungsabrechnung Kranken              vertraulich
  140020  Nachfrage Gesundheitsangaben (Antrag)    vertraulich
  140030  Entscheidung Risikoprüfung Leben/BU      vertraulich
  140040  Leistungsentscheidung BU/Unfall/Pflege   vertraulich
  150010  Courtageabrechnung                       –
  190000  Sonstiges                                –

Dokumente mit dem Kennzeichen „vertraulich“ stellen wir nur in die Vermittlerpost,
wenn der Kunde eine Schweigepflichtentbindung gegenüber Ihnen erteilt hat. In der
Abholung erkennen Sie sie am Attribut confidential="true" im Dokumentkopf; Ihr MVP
sollte sie nur Nutzern mit entsprechender Berechtigung anzeigen.

""" + SIG("ohlendorf") + "\n"
    return mail(FROM("ohlendorf"), "Piotr Kowalczyk <p.kowalczyk@sahin-kowalczyk.example>",
                "AW: Dokumentarten Vermittlerpost / Zuordnung im MVP", "2026-02-25 13:14", body)


# ---------------------------------------------------------------------------- d215-0050
@M(50, "NORMAL", "en", "newsletter",
   "trap: international broker newsletter (cargo market, cyber wording, expat health plan changes, contacts), no client data")
def _():
    text = """WESERLAND INTERNATIONAL BROKER BRIEFING - Q1 2026

1) Marine cargo: rates stable, Red Sea surcharge stays
   Our cargo book grew 6 % in 2025. For voyages through the Red Sea we keep the
   additional war-risk premium; all other rates are unchanged for renewals up to
   30 June.

2) New cyber wording for SMEs (version 04/2026)
   Ransomware sub-limit removed, social engineering fraud now up to EUR 100,000 as
   standard. The wording and a comparison table are in the broker portal.

3) Expat health plans: what changes on 1 April
   - Global Select: psychotherapy now 30 sessions a year (previously 20)
   - Maternity cover after 10 months' waiting period (previously 12)
   - Direct billing network extended to 140 hospitals in Spain and Portugal
   No changes to premiums before the annual review in January.

4) People
   Claire Whitfield now heads the International Broker Desk; Lars Achterberg remains
   your contact for commercial property and engineering.

Weserland Versicherung AG - International Broker Desk
To unsubscribe, reply with "unsubscribe".
"""
    html = """<html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
<h1 style="font-size:20px;color:#0b3d5c">Weserland International Broker Briefing &ndash; Q1 2026</h1>
<h2 style="font-size:16px">1) Marine cargo: rates stable, Red Sea surcharge stays</h2>
<p>Our cargo book grew 6&nbsp;% in 2025. For voyages through the Red Sea we keep the additional war-risk premium; all other rates are unchanged for renewals up to 30 June.</p>
<h2 style="font-size:16px">2) New cyber wording for SMEs (version 04/2026)</h2>
<p>Ransomware sub-limit removed, social engineering fraud now up to EUR 100,000 as standard. The wording and a comparison table are in the broker portal.</p>
<h2 style="font-size:16px">3) Expat health plans: what changes on 1 April</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Benefit</th><th>until 31 March</th><th>from 1 April</th></tr>
<tr><td>Psychotherapy (Global Select)</td><td>20 sessions</td><td>30 sessions</td></tr>
<tr><td>Maternity waiting period</td><td>12 months</td><td>10 months</td></tr>
<tr><td>Direct billing hospitals ES/PT</td><td>95</td><td>140</td></tr>
</table>
<p>No changes to premiums before the annual review in January.</p>
<h2 style="font-size:16px">4) People</h2>
<p>Claire Whitfield now heads the International Broker Desk; Lars Achterberg remains your contact for commercial property and engineering.</p>
<p style="font-size:12px;color:#666">Weserland Versicherung AG &middot; International Broker Desk<br>To unsubscribe, reply with &quot;unsubscribe&quot;.</p>
</body></html>
"""
    return mail("Weserland International Broker Desk <international@weserland-vers.example>",
                "International Brokers <intl-brokers@lists.weserland-vers.example>",
                "International Broker Briefing - Q1 2026", "2026-03-16 08:00", text, html=html,
                client="sys", headers=[("Precedence", "bulk")])


# ---------------------------------------------------------------------------- d215-0051
@M(51, "CONFIDENTIAL", "de", "insurer-to-customer",
   "buildings water-damage claim: named homeowner, address, policy and claim number, plumber's invoice, payout to IBAN")
def _():
    body = """Sehr geehrte Frau Wessels,

vielen Dank für die Rechnungen. Zu Ihrem Leitungswasserschaden vom 02.02.2026 in
Ihrem Einfamilienhaus Am Wiesenweg 5, 28865 Lilienthal (Wohngebäudeversicherung
WG 10 419 006-4, Schadennummer 26/WG/00931) rechnen wir wie folgt ab:

  Sanitär Hollmann GmbH: Ortung und Reparatur der Kupferleitung
  im Hauswirtschaftsraum (Rechnung 2026-118)             1.286,40 EUR
  Trocknung Fa. DryTec, 12 Tage (Rechnung T-44871)       1.740,00 EUR
  Malerarbeiten Flur/HWR (Kostenvoranschlag)               386,40 EUR
  Summe                                                  3.412,80 EUR
  abzüglich Selbstbeteiligung                             -250,00 EUR
  Auszahlung                                             3.162,80 EUR

Den Betrag überweisen wir auf Ihr Konto DE56 2802 0050 6814 7395 63. Die Malerarbeiten
erstatten wir auf Basis des Kostenvoranschlags; wenn die Rechnung höher ausfällt,
reichen Sie sie bitte nach.

Den Stromverbrauch der Trocknungsgeräte (lt. Zähler 412 kWh) erstatten wir pauschal
mit 0,40 EUR/kWh, also weitere 164,80 EUR, gesondert.

""" + SIG("harms") + "\n"
    return mail(FROM("harms"), "Dagmar Wessels <dagmar.wessels@web-post.example>",
                "Ihr Leitungswasserschaden 26/WG/00931 – Abrechnung", "2026-03-03 15:25", body)


# ---------------------------------------------------------------------------- d215-0052
@M(52, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-service",
   "to a home-care service: billing for a named care-level-4 insured, service items partly rejected; XLSX with care services")
def _():
    body = """Sehr geehrte Frau Ehlers,

wir haben Ihre Abrechnung für Februar 2026 für unseren Versicherten Herrn Egon
Fischbeck (Private Pflegepflichtversicherung PPV 50 118 226, Pflegegrad 4) geprüft.

Erstattet werden 1.798,60 EUR. Nicht übernehmen können wir:

- LK 15 (Behandlungspflege, Insulininjektion): das ist häusliche Krankenpflege nach
  ärztlicher Verordnung und wird über die Krankenversicherung abgerechnet, nicht
  über die Pflegeversicherung. Die Verordnung von Dr. Tammena liegt uns dafür auch
  noch nicht vor.
- LK 3 am 14.02. und 15.02.: Herr Fischbeck war laut Mitteilung der Tochter an
  diesen Tagen zur Kurzzeitpflege im Haus am Deich, die wir gesondert abrechnen.

Die Einzelaufstellung hängt an. Bitte reichen Sie korrigierte Belege mit unserer
Leistungsnummer P-26-0388 ein.

""" + SIG("hoyer") + "\n"
    rows = [["Datum", "Leistungskomplex", "Bezeichnung", "Anzahl", "Preis EUR", "Betrag EUR", "Status"],
            ["01.-28.02.", "LK 1", "Große Körperpflege", 24, 31.42, 754.08, "erstattet"],
            ["01.-28.02.", "LK 3", "Hilfe bei Ausscheidungen", 26, 11.96, 310.96, "erstattet"],
            ["14.02.", "LK 3", "Hilfe bei Ausscheidungen", 1, 11.96, 11.96, "abgelehnt (Kurzzeitpflege)"],
            ["15.02.", "LK 3", "Hilfe bei Ausscheidungen", 1, 11.96, 11.96, "abgelehnt (Kurzzeitpflege)"],
            ["01.-28.02.", "LK 7", "Zubereitung einer Mahlzeit", 26, 12.58, 327.08, "erstattet"],
            ["01.-28.02.", "LK 12", "Lagern/Mobilisation", 26, 9.94, 258.44, "erstattet"],
            ["01.-28.02.", "LK 15", "Behandlungspflege s.c. Insulininjektion", 52, 8.74, 454.48, "abgelehnt (SGB V / KV)"],
            ["", "Pauschale", "Hausbesuchspauschale", 26, 5.62, 148.04, "erstattet"],
            ["", "", "Summe erstattet", "", "", 1798.60, ""]]
    x = xlsx_bytes([("Abrechnung 02-2026", rows)], title="Pflegeabrechnung P-26-0388", author="Marlene Hoyer",
                   date="2026-03-10 09:00")
    return mail(FROM("hoyer"), "Pflegedienst Deichblick – Abrechnung <abrechnung@deichblick-pflege.example>",
                "Ihre Abrechnung Februar 2026 – Herr Fischbeck (P-26-0388)", "2026-03-10 09:12", body,
                atts=[att(x, "Pruefung_P-26-0388_Februar.xlsx", CT_XLSX)])


# ---------------------------------------------------------------------------- d215-0053
@M(53, "NORMAL", "de", "insurer-to-broker",
   "trap: a departed broker employee's portal account locked and portfolio rights removed; organisational data about broker staff only")
def _():
    body = """Hallo Frau Schoof,

erledigt: Der Zugang von Herrn Kevin Tammen (Benutzer NWA-0558-07) ist seit heute
10:12 Uhr gesperrt, die Bestandsrechte „alle Verträge der Firma“ sind entzogen. Die
letzte Anmeldung war am 27.02.2026 um 16:48 Uhr; danach gab es laut Audit-Log keine
Zugriffe mehr.

Als Makleradministratorin können Sie Zugänge künftig auch selbst sperren
(Administration → Benutzer → „Zugang sperren“). Das wirkt sofort; das Löschen des
Benutzers können Sie dann in Ruhe nach Ablauf der Aufbewahrungsfrist anstoßen.

""" + SIG("ohlendorf") + """

-----Ursprüngliche Nachricht-----
Von: Birte Schoof <b.schoof@nwa-makler.example>
Gesendet: Montag, 2. März 2026 09:31
An: Rasmus Ohlendorf <rasmus.ohlendorf@weserland-vers.example>
Betreff: Zugang Tammen sperren

Guten Morgen Herr Ohlendorf,
Herr Tammen hat uns zum 28.02. verlassen. Ich finde im Portal den Knopf zum Sperren
nicht – können Sie das bitte machen? Danke!
Birte Schoof, Makleradministratorin NWA
"""
    return mail(FROM("ohlendorf"), "Birte Schoof <b.schoof@nwa-makler.example>",
                "AW: Zugang Tammen sperren", "2026-03-02 10:20", body)


# ---------------------------------------------------------------------------- d215-0054
@M(54, "CONFIDENTIAL", "en", "insurer-to-broker",
   "audit-log extract (CSV) for a broker firm administrator: which customers' motor and home contracts one user opened, names and policy numbers")
def _():
    body = """Dear Priya,

as requested for your internal review, attached is the audit-log extract for your
user "tmorley" for the period 1-31 March 2026. It lists every time the user opened a
customer or contract record in the broker portal, with the customer name and the
contract number as shown in the portal.

In short: 61 accesses, 58 of them to contracts where Cartwright Lane is the broker of
record. The three marked "not in portfolio" were refused by the portal (no rights);
the user only saw the error message, no data.

Please treat the file as confidential and delete it once your review is complete. If
you need older entries: we keep the audit log for six years.

""" + SIG("ohlendorf") + "\n"
    csv_text = """timestamp_utc;user;action;customer;contract;result
2026-03-02T08:14:51Z;tmorley;VIEW_CONTRACT;O'Connell, Matthew;HR-EX 1022;OK
2026-03-02T08:15:40Z;tmorley;VIEW_CUSTOMER;O'Connell, Matthew;-;OK
2026-03-02T09:02:03Z;tmorley;VIEW_CONTRACT;Leckie, Fiona;HR-EX 1031;OK
2026-03-04T13:27:19Z;tmorley;DOWNLOAD_DOC;Brennan, Thomas;HR-EX 1052;OK
2026-03-09T10:44:08Z;tmorley;VIEW_CONTRACT;Hughes, Gareth;KH-4471-233107;OK
2026-03-11T16:02:55Z;tmorley;VIEW_CONTRACT;Janssen, Frederik;KH-4471-224871;DENIED not in portfolio
2026-03-11T16:03:10Z;tmorley;SEARCH;Janssen;-;DENIED not in portfolio
2026-03-12T07:58:31Z;tmorley;VIEW_CONTRACT;Morgan, Rhys;HR-EX 1054;OK
2026-03-18T11:20:47Z;tmorley;EXPORT_LIST;(firm portfolio, 212 rows);-;OK
2026-03-27T15:31:02Z;tmorley;VIEW_CONTRACT;Whitcombe, James;KH-4471-231005;OK
2026-03-30T17:45:16Z;tmorley;VIEW_CUSTOMER;Adeyemi, Samuel;-;DENIED not in portfolio
"""
    return mail(FROM("ohlendorf"), "Priya Raman <priya.raman@cartwrightlane.example>",
                "Audit log extract - user tmorley - March 2026", "2026-04-02 11:05", body,
                atts=[att(csv_text, "auditlog_CLIB_tmorley_2026-03.csv", "text/csv", charset="utf-8")])


# ---------------------------------------------------------------------------- d215-0055
@M(55, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
   "facultative reinsurance request for a named life applicant with type 2 diabetes, lab values and medical summary PDF")
def _():
    body = """Dear Jonas,

we would like to place the following risk facultatively, as it exceeds our
retention:

  Applicant:        Dr. Henrik Albers, male, DOB 19.06.1972, non-smoker
  Product:          term life, sum assured EUR 3,000,000, term 20 years
  Occupation:       managing director (engineering company)
  Purpose:          key person cover / business loan

Medical: type 2 diabetes diagnosed 2019, on metformin 1000 mg twice daily, no
insulin. HbA1c 7.1 % (January 2026), no retinopathy or nephropathy (microalbumin
negative), BP 134/86 on ramipril 5 mg, BMI 29.3. Treadmill ECG 2025 normal.

Our underwriter suggests +75 % extra mortality. The medical summary from our chief
medical officer is attached. Could you quote your share for 2,000,000 in excess of
our 1,000,000 retention?

""" + SIG("novak") + "\n"
    pdf = pdf_bytes("""# Medical underwriting summary - confidential
Weserland Lebensversicherung AG - Chief Medical Officer

Application: A-LV-26-01142         Applicant: Dr. Henrik Albers, DOB 19.06.1972
Sum assured: EUR 3,000,000 term life, 20 years

## History
Type 2 diabetes mellitus (E11.9) since 2019, initially diet only, metformin since 2020.
Arterial hypertension (I10.00) since 2021, ramipril 5 mg.
No history of cardiovascular events. Appendectomy 1989. No psychiatric history.

## Examination 14.01.2026 (Dr. Weerts, Bremen)
Height 182 cm, weight 97 kg, BMI 29.3; BP 134/86, pulse 72 regular.
HbA1c 7.1 %, fasting glucose 142 mg/dl, total cholesterol 212, LDL 131, HDL 44,
triglycerides 188, creatinine 0.9, eGFR > 90, microalbumin negative, GGT 41.
Fundoscopy (ophthalmologist report 11/2025): no diabetic retinopathy.
Treadmill ECG 09/2025: 200 W, no ischaemia, no arrhythmia.

## Assessment
Moderately controlled T2DM of 7 years' duration, no end-organ damage, additional
cardiovascular risk from hypertension and dyslipidaemia. Suggested rating: +75 %
extra mortality, review possible after 3 years with HbA1c below 6.5 %.
""", title="Medical summary A-LV-26-01142", author="CMO Weserland Leben", date="2026-02-20 17:30")
    return mail(FROM("novak"), "Jonas Lindqvist <jonas.lindqvist@nordicre.example>",
                "Fac request - term life EUR 3m - A-LV-26-01142", "2026-02-23 09:40", body,
                atts=[att(pdf, "A-LV-26-01142_medical_summary.pdf", CT_PDF)])


# ---------------------------------------------------------------------------- d215-0056
@M(56, "NORMAL", "de", "insurer-to-broker",
   "maintenance announcement for broker post and BiPRO interfaces to all brokers, no customer")
def _():
    body = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

wegen Wartungsarbeiten an unseren Rechenzentrumssystemen stehen am

  Samstag, 21.03.2026, 22:00 Uhr bis Sonntag, 22.03.2026, 06:00 Uhr

folgende Dienste nicht zur Verfügung:

  - Maklerportal (einschließlich Tarifrechner und Antragsstrecken)
  - elektronische Vermittlerpost (Abruf im Portal und Abholung per BiPRO 430)
  - BiPRO-Schnittstellen 420 (Tarifierung/Angebot) und 440 (Schaden/Leistung)

Dokumente, die in dieser Zeit erzeugt werden, stehen ab Sonntagmorgen zum Abruf
bereit. Ihr Maklerverwaltungsprogramm holt sie beim nächsten regulären Lauf
automatisch ab; ein manueller Eingriff ist nicht nötig.

Die Schadenhotline 0421 8870-7000 ist wie immer rund um die Uhr erreichbar.

Ihr Team Vertriebsservice Makler
Weserland Versicherung AG
"""
    return mail(MAKLERPORTAL, "Vertriebspartner <vertriebspartner@makler-info.weserland-vers.example>",
                "Wartung Maklerportal und Vermittlerpost am 21./22.03.2026", "2026-03-13 12:00", body,
                client="sys", headers=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")])


# ---------------------------------------------------------------------------- d215-0057
@M(57, "CONFIDENTIAL", "de", "insurer-to-customer",
   "dog-owner liability claim: named customer, his dog damaged the neighbour's fence and beds; policy and claim number; no injury")
def _():
    body = """Guten Tag Herr Brüning,

danke für Ihre Schadenmeldung zur Tierhalterhaftpflicht TH 20 330 817.

So haben wir den Fall verstanden: Ihr Labrador „Bruno“ hat sich am 11.04.2026 unter
dem Zaun zum Nachbargrundstück (Familie Otten, Am Brink 9) durchgegraben, dabei
zwei Zaunfelder aus der Verankerung gedrückt und in den Beeten der Familie Otten
frisch gesetzte Stauden ausgegraben. Menschen oder andere Tiere sind nicht zu Schaden
gekommen.

Schadennummer: 26/TH/00218

Der Kostenvoranschlag der Familie Otten (Zaunbau Schierholz 684,00 EUR, Pflanzen
laut Gartencenter-Beleg 127,35 EUR) ist plausibel. Wir zahlen direkt an Herrn
Otten; Ihre Selbstbeteiligung von 150 EUR ziehen wir davon ab, diesen Teil müssten Sie
Herrn Otten bitte selbst erstatten.

""" + SIG("harms") + "\n"
    return mail(FROM("harms"), "Jörg Brüning <joerg.bruening@netmail.example>",
                "Ihr Schaden 26/TH/00218 – Zaun Familie Otten", "2026-04-16 10:38", body)


# ---------------------------------------------------------------------------- d215-0058
@M(58, "STRICTLY_CONFIDENTIAL", "de", "broker",
   "inline forward chain: customer's own words, passed on by her broker, cancelling accident insurance after breast-cancer surgery and chemotherapy")
def _():
    body = """Hallo Unfall-Bestand,

bitte Kündigung bearbeiten und der Maklerin (Frau Behrens) bestätigen. Ich hab der
Kundin nichts geschrieben, weil der Vertrag über die Maklerin läuft.
Vielleicht sollten wir ihr die Beitragsfreistellung bzw. Stundung anbieten? Ich
weiß nicht, ob das in dem alten Tarif geht. Danke!

""" + SIG("marten") + """

-----Ursprüngliche Nachricht-----
Von: Ute Behrens <ute@behrens-makler.example>
Gesendet: Dienstag, 10. März 2026 19:22
An: Kundenservice <service@weserland-vers.example>
Betreff: WG: Kündigung Unfallversicherung Dammann UV 61 008 447

Sehr geehrte Damen und Herren,

anbei die Kündigung meiner Kundin Frau Heike Dammann, Unfallversicherung
UV 61 008 447, mit der Bitte um Bestätigung an mich. Ich habe ihr geraten, über eine
Beitragsfreistellung nachzudenken, sie möchte aber kündigen.

Mit freundlichen Grüßen
Ute Behrens
Versicherungsmaklerin · Lange Straße 8 · 27749 Delmenhorst

----- Weitergeleitete Nachricht -----
Von: Heike Dammann <heike.dammann@postfach.example>
Datum: 09.03.2026 22:47
Betreff: Kündigung

Liebe Frau Behrens

ich möchte meine Unfallversicherung bei der Weserland kündigen zum nächst
möglichen Termin. Nach der Brustkrebs OP letzten Sommer und der Chemo bin ich jetzt
seit Februar erwerbsgemindert berentet und das Geld reicht vorne und hinten nicht.
Die Reha hat auch nicht viel gebracht, ich bin immer noch schnell erschöpft.
Ein Unfall ist ja eh nicht mein Problem grad.

Danke für alles und liebe Grüße
Heike Dammann
"""
    return mail(FROM("marten"), "Unfall-Bestand <unfall-bestand@weserland-vers.example>",
                "WG: WG: Kündigung Unfallversicherung Dammann UV 61 008 447", "2026-03-11 08:26", body)


# ---------------------------------------------------------------------------- d215-0059
@M(59, "NORMAL", "en", "insurer-to-supplier",
   "trap: translation order for the travel-health policy wording (medical terms, repatriation), DOCX order form, no person")
def _():
    body = """Dear Ms Gallagher,

we would like to order the English translation of our general terms and conditions
for travel health insurance (AVB RK 2026), 38 pages, approx. 14,200 words. The
translation will be published on our website and used in policies for
English-speaking customers, so please use British English and keep the clause
numbering.

Glossary: please use the terms from the glossary we sent last year (e.g.
"Krankenrücktransport" = "medical repatriation", "medizinisch notwendige
Heilbehandlung" = "medically necessary treatment", "Vorerkrankung" =
"pre-existing condition"). The order details are in the attached form.

Delivery by 15 May 2026, please. The source file will follow from our document
management system as a DOCX with tracked changes disabled.

""" + SIG("oyelaran") + "\n"
    d = docx_bytes([("h", "Translation order / Übersetzungsauftrag"),
                    "Client: Weserland Versicherung AG, Travel & Assistance, Am Speicherhafen 12, 28217 Bremen",
                    "Supplier: Clearword Translations Ltd, Dublin (framework agreement RV-2024-017)",
                    ("table", [["Item", "Details"],
                               ["Document", "AVB RK 2026 - Allgemeine Versicherungsbedingungen Reisekrankenversicherung"],
                               ["Language pair", "German > English (UK)"],
                               ["Volume", "38 pages, approx. 14,200 words"],
                               ["Use", "publication (website, policy documents)"],
                               ["Deadline", "15 May 2026"],
                               ["Price", "EUR 0.14 per word as per framework agreement"],
                               ["Purchase order", "4500 120 266"]]),
                    "",
                    "Please invoice quoting the purchase order number."],
                   title="Translation order AVB RK 2026", author="Dennis Oyelaran", date="2026-04-08 09:40")
    return mail(FROM("oyelaran"), "Siobhan Gallagher <s.gallagher@clearword-translations.example>",
                "Translation order - travel health terms AVB RK 2026", "2026-04-08 09:52", body,
                atts=[att(d, "Order_4500120266_AVB_RK_2026.docx", CT_DOCX)])


# ---------------------------------------------------------------------------- d215-0060
@M(60, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
   "attachment only: a named patient's Spanish hospital discharge report (fracture, surgery, medication) sent for translation")
def _():
    body = """Dear Ms Gallagher,

one urgent certified translation, please: the attached two-page document (Spanish >
German), our case AS-26-003317. We need it by Thursday 26 February, 12:00 CET for a
claims decision. Please invoice under the framework agreement and quote the case
number.

As usual, please keep the document within your secure workflow and delete it after
delivery.

""" + SIG("oyelaran") + "\n"
    pdf = pdf_bytes("""# Hospital Costa Blanca Norte - Informe de alta hospitalaria
Servicio de Traumatología y Cirugía Ortopédica
Av. de la Marina 2, 03730 Jávea (Alicante)

Paciente: ROHLFS, Ingrid          Fecha de nacimiento: 03/08/1951
N.º historia clínica: 2026-118840
Fecha de ingreso: 15/02/2026      Fecha de alta: 21/02/2026

Motivo de ingreso: caída casual en el hotel con dolor e impotencia funcional de la
cadera derecha.

Diagnóstico principal: fractura subcapital desplazada de cuello femoral derecho
(Garden IV).
Antecedentes: hipertensión arterial, osteoporosis, hipotiroidismo.

Procedimiento: 16/02/2026 hemiartroplastia cementada de cadera derecha bajo anestesia
raquídea. Postoperatorio sin complicaciones. Hemoglobina mínima 9,8 g/dl; no precisó
transfusión.

Tratamiento al alta: enoxaparina 40 mg s.c. cada 24 h durante 30 días,
paracetamol 1 g cada 8 h, levotiroxina 75 mcg, ramipril 5 mg.
Recomendaciones: carga parcial con andador, fisioterapia, retirada de grapas a los
14 días. Apta para vuelo con acompañamiento y asiento en clase business.

Dr. Álvaro Ruiz Beltrán, Traumatología
""", title="Informe de alta", author="HCBN", date="2026-02-21 13:15", producer="HIS Salus 4")
    return mail(FROM("oyelaran"), "Siobhan Gallagher <s.gallagher@clearword-translations.example>",
                "Urgent certified translation ES>DE - case AS-26-003317", "2026-02-23 08:20", body,
                atts=[att(pdf, "AS-26-003317_informe_alta.pdf", CT_PDF)])


# ---------------------------------------------------------------------------- d215-0061
@M(61, "CONFIDENTIAL", "de", "insurer-to-broker",
   "change of broker refused: named customer's household and liability contracts, previous broker mandate still valid")
def _():
    body = """Sehr geehrter Herr Şahin,

leider können wir die Verträge von Frau Gülten Arslan (Hausrat HR 55 176 021 und
Privathaftpflicht PH 20 870 649) noch nicht in Ihren Bestand übertragen:

1. Für beide Verträge liegt uns eine Maklervollmacht zugunsten der Hanse Maklerpool
   GmbH (Untervermittler Agentur Kaya, Bremerhaven) vom 15.05.2023 vor, die nicht
   widerrufen ist. Bitte lassen Sie uns den Widerruf der Kundin bzw. die Kündigung
   des alten Maklervertrags zukommen.
2. Die uns übersandte neue Vollmacht ist nicht unterschrieben (Seite 2 fehlt im Scan).

Sobald beides vorliegt, übertragen wir zum nächsten Monatsersten. Die alte
Vermittlerin informieren wir dann selbst.

""" + SIG("kreienkamp") + "\n"
    return mail(FROM("kreienkamp"), "Deniz Sahin <d.sahin@sahin-kowalczyk.example>",
                "Maklerwechsel Arslan – Übertragung derzeit nicht möglich", "2026-03-18 14:15", body)


# ---------------------------------------------------------------------------- d215-0062
@M(62, "NORMAL", "de", "internal",
   "trap: minutes (DOCX) of a meeting on a pool's portfolio transfer: contract counts per line incl. life/health, commission effects, no customer")
def _():
    body = """Hallo zusammen,

anbei das Protokoll von heute. Bitte bis Freitag Einwände, sonst gilt es als
abgestimmt.

""" + SIG("kreienkamp") + "\n"
    d = docx_bytes([
        ("h", "Protokoll: Bestandsübertragung Hanse Maklerpool (Cuxhaven-Bestände)"),
        "Datum: 24.03.2026, 10:00-11:15 Uhr, Raum B2.07 / Teams",
        "Teilnehmende: T. Kreienkamp (Bestandsservice, Protokoll), O. Brinkmann (Vertriebscontrolling), M. Yıldırım (Courtage), H. Brüggemann (Maklerbetreuung)",
        ("b", "1. Ausgangslage"),
        "Drei Untervermittler des Hanse Maklerpools im Raum Cuxhaven geben ihr Geschäft zum 30.06.2026 auf. Der Pool möchte die Bestände auf zwei andere Untervermittler umhängen. Die Verträge bleiben beim Pool als Vertragspartner; es ändert sich nur die interne Zuordnung.",
        ("b", "2. Mengengerüst (Stand 20.03.2026)"),
        ("table", [["Sparte", "Verträge", "Beitrag p.a. TEUR"],
                   ["Kfz", "1.112", "736"],
                   ["Hausrat/Wohngebäude", "804", "402"],
                   ["Haftpflicht/Unfall", "519", "121"],
                   ["Leben/BU/Rente", "288", "611"],
                   ["Kranken (Voll/Zusatz)", "117", "344"],
                   ["Summe", "2.840", "2.214"]]),
        ("b", "3. Ergebnisse"),
        "- Übertragung per Sammelliste des Pools, keine Einzelvollmachten nötig (Poolvertrag § 7).",
        "- Leben/Kranken/BU: nur Vertragsdaten, keine Antrags- oder Leistungsunterlagen an die neuen Untervermittler (siehe Merkblatt).",
        "- Courtage: Bestandscourtage ab 01.07. an den Pool unverändert; Stornohaftung bleibt unberührt.",
        ("b", "4. Aufgaben"),
        "- Pool liefert Zuordnungsliste bis 30.04. (Kreienkamp)",
        "- Prüfung GDV-Datensatz-Umschlüsselung (Brinkmann)",
        "- Info an die 3 ausscheidenden Vermittler zur Abschlusscourtage (Yıldırım)",
    ], title="Protokoll Bestandsübertragung Hanse Maklerpool", author="Tobias Kreienkamp", date="2026-03-24 12:05")
    return mail(FROM("kreienkamp"), ["Ole Brinkmann <ole.brinkmann@weserland-vers.example>",
                                     "Merve Yildirim <merve.yildirim@weserland-vers.example>",
                                     FROM("brueggemann")],
                "Protokoll Bestandsübertragung Hanse Maklerpool 24.03.", "2026-03-24 12:09", body,
                atts=[att(d, "Protokoll_Hanse_Maklerpool_2026-03-24.docx", CT_DOCX)])


# ---------------------------------------------------------------------------- d215-0063
@M(63, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
   "bodily-injury claim to the injured cyclist's lawyer: whiplash and wrist fracture, medical reports, pain-and-suffering offer")
def _():
    body = """Sehr geehrte Frau Rechtsanwältin Thölke,

in der Sache Ihres Mandanten Herrn Piet Ahlrichs (Verkehrsunfall vom 18.11.2025,
Oldenburg; unser Zeichen 25/KH/09917) liegen uns nun der Entlassungsbericht des
Evangelischen Krankenhauses Oldenburg und der Bericht des behandelnden Orthopäden vor.

Danach hat Ihr Mandant bei dem Sturz mit dem Fahrrad eine distale Radiusfraktur rechts
(operativ mit Plattenosteosynthese versorgt) und eine HWS-Distorsion Grad I erlitten.
Er war sechs Wochen arbeitsunfähig; die Physiotherapie ist abgeschlossen, eine
Bewegungseinschränkung des Handgelenks von etwa 10 Grad bei der Streckung verbleibt.
Die Materialentfernung ist für Juni geplant.

Unter Berücksichtigung vergleichbarer Entscheidungen bieten wir zur Abgeltung des
immateriellen Schadens ein Schmerzensgeld von 6.500 EUR an, vorbehaltlich der
Materialentfernung, die wir gesondert berücksichtigen. Den Verdienstausfall zahlen
wir gegen Nachweis des Arbeitgebers; die Heilbehandlungskosten sind von der
Krankenkasse Ihres Mandanten bereits bei uns angemeldet worden.

""" + SIG("petersen") + "\n"
    return mail(FROM("petersen"), "Kanzlei Thölke <sekretariat@thoelke-anwaelte.example>",
                "Ahlrichs ./. Weserland – Ihr Zeichen 311/25 – Schmerzensgeld", "2026-03-26 16:40", body)


# ---------------------------------------------------------------------------- d215-0064
@M(64, "CONFIDENTIAL", "en", "insurer-to-broker",
   "portfolio transfer of yacht policies (CSV): named private owners, vessels, home ports, sums insured, policy numbers")
def _():
    body = """Hi Oliver,

the transfer of the yacht portfolio from Bradley & Finch to Cartwright Lane is booked
with effect from 1 April 2026. Attached is the list of the 9 policies as they are now
in our system under your agency number 40-9001 - please check owners and sums insured
against your mandates. Renewal notices for May will already go to you.

""" + SIG("whitfield") + "\n"
    csv_text = """policy_no,owner,vessel,type,home_port,sum_insured_eur,renewal,premium_eur
YH-300114,"Ferris, Duncan",Silver Tern,Hallberg-Rassy 40,Kiel,285000,2026-05-01,3420.00
YH-300127,"Ferris, Duncan",Tern II (tender),RIB 3.8 m,Kiel,18000,2026-05-01,310.00
YH-300209,"Okafor, Nnamdi",Blue Horizon,Bavaria C45,Bremerhaven,240000,2026-06-15,2904.00
YH-300233,"Lindgren, Astrid & Paul",Skerry,Nordic Folkboat,Heiligenhafen,42000,2026-04-20,588.00
YH-300251,"Whitcombe, James",Osprey,Dufour 390,Cuxhaven,165000,2026-07-01,2062.50
YH-300288,"MacLeod, Fiona",Hebrides,Moody 41 DS,Flensburg,310000,2026-05-12,3720.00
YH-300301,"Harrington, Giles",Wavelength,Beneteau Oceanis 46.1,Kiel,395000,2026-08-01,4938.00
YH-300315,"Nakamura, Ken",Kaze,X-Yachts X4.0,Laboe,340000,2026-09-01,4080.00
YH-300322,"Brennan, Thomas",Aoife,Jeanneau SO 349,Bremerhaven,128000,2026-04-28,1664.00
"""
    return mail(FROM("whitfield"), "Oliver Dunmore <oliver.dunmore@cartwrightlane.example>",
                "Yacht portfolio Bradley & Finch -> CLIB (effective 1 April)", "2026-03-30 14:55", body,
                charset="us-ascii", cte="7bit",
                atts=[att(csv_text, "yacht_transfer_BF_to_CLIB_2026-04-01.csv", "text/csv", charset="us-ascii")])


# ---------------------------------------------------------------------------- d215-0065
@M(65, "NORMAL", "de", "insurer-to-broker",
   "trap: circular asking brokers not to send medical reports and doctors' bills by plain e-mail; no customer named")
def _():
    body = """Liebe Maklerinnen und Makler in der Region Nord-West,

in den letzten Wochen haben uns wieder viele Arztberichte, Krankenhausrechnungen,
Gesundheitsfragebögen und Befunde Ihrer Kunden als normale E-Mail-Anhänge erreicht –
teilweise an Sammeladressen, die dafür nicht gedacht sind.

Bitte nutzen Sie für Gesundheitsunterlagen ausschließlich:

  1. den Dokumenten-Upload im Maklerportal (Kunde → Vorgang → „Unterlagen
     nachreichen“), oder
  2. unser SecureMail-Portal (securemail.weserland-vers.example), oder
  3. den Postweg.

Unverschlüsselte E-Mails mit Gesundheitsdaten verstoßen gegen § 203 StGB und die
DSGVO – auch dann, wenn der Kunde einverstanden ist, denn die Einwilligung deckt
in der Regel nicht den unverschlüsselten Transport ab. Ab dem Sommer werden
ausgehende E-Mails bei uns automatisch geprüft und gegebenenfalls verschlüsselt
zugestellt; eingehende E-Mails können wir leider nicht nachträglich schützen.

Danke für Ihre Unterstützung!

""" + SIG("brueggemann") + "\n"
    return mail(FROM("brueggemann"), "Makler Region Nord-West <makler-nordwest@lists.weserland-vers.example>",
                "Bitte keine Gesundheitsunterlagen per E-Mail", "2026-04-14 09:00", body)

# ---------------------------------------------------------------------------- d215-0066
@M(66, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
   "criminal complaint to the public prosecutor: named insured suspected of accident-insurance fraud, knee injuries and MRI findings")
def _():
    body = """Sehr geehrte Damen und Herren,

hiermit erstatten wir Strafanzeige wegen des Verdachts des (versuchten)
Versicherungsbetrugs gemäß § 263 StGB gegen

  Herrn Dominik Rasche, geb. 08.10.1990,
  wohnhaft Grüne Straße 31, 26789 Leer.

Herr Rasche unterhält bei uns eine private Unfallversicherung (UV 61 014 558). Am
04.12.2025 meldete er einen Sturz von einer Leiter im eigenen Garten am 29.11.2025
mit Riss des vorderen Kreuzbands und des Innenmeniskus links und beantragte
Invaliditätsleistung (geltend gemacht: 4/10 Beinwert, rund 48.000 EUR).

Unsere Prüfung ergab:
- Das MRT vom 02.12.2025 zeigt nach dem Gutachten von Dr. med. Kai Schoon
  (Unfallchirurgie, Oldenburg) eine bereits ältere, teilweise vernarbte
  Kreuzbandruptur; ein frisches Trauma ist nicht nachweisbar.
- Nach Auskunft seiner gesetzlichen Krankenkasse wurde Herr Rasche bereits im
  März 2021 nach einem Fußballunfall wegen einer Kreuzbandruptur links behandelt.
- Auf öffentlich zugänglichen Vereinsseiten ist Herr Rasche am 22.11.2025 – eine
  Woche vor dem angeblichen Sturz – mit Kniebandage als „verletzt ausgewechselt“
  vermerkt.

Die Unterlagen (Schadenanzeige, Gutachten, Auszug Vereinsseite) fügen wir auf
Anforderung gern bei; aus Datenschutzgründen übersenden wir die medizinischen
Unterlagen nur auf gesichertem Weg.

""" + SIG("hoyer") + "\n"
    return mail(FROM("hoyer"), "Staatsanwaltschaft Aurich – Eingang <poststelle@sta-aurich.example>",
                "Strafanzeige wegen Verdachts des Versicherungsbetrugs – Dominik Rasche", "2026-02-26 11:55", body)


# ---------------------------------------------------------------------------- d215-0067
@M(67, "CONFIDENTIAL", "de", "insurer-to-customer",
   "pet health insurance: cat's dental treatment reimbursed to a named customer (animal health, no human health data)")
def _():
    body = """Liebe Frau Oltmer,

die Rechnung der Tierarztpraxis am Stadtwald für Ihre Katze Minka ist bei uns
eingegangen. Erstattet werden aus dem Tierkrankenschutz TK 70 118 032 (80 %, ohne
Jahreshöchstbetrag):

  Narkose, Zahnsteinentfernung, Extraktion von zwei Backenzähnen (FORL)
  nach GOT, 2-facher Satz                                       486,20 EUR
  Blutuntersuchung vor der Narkose                               74,60 EUR
  Schmerzmittel (Metacam) und Antibiotikum                       23,45 EUR
  erstattungsfähig                                              584,25 EUR
  Erstattung 80 %                                               467,40 EUR

Das Geld kommt in den nächsten Tagen auf Ihr Konto. Gute Besserung an Minka!

""" + SIG("marten") + "\n"
    return mail(FROM("marten"), "Nina Oltmer <nina.oltmer@mailbox.example>",
                "Erstattung Tierarztrechnung Minka", "2026-03-20 11:02", body)


# ---------------------------------------------------------------------------- d215-0068
@M(68, "NORMAL", "en", "insurer-to-broker",
   "out-of-office auto-reply to a broker, stand-in address only, no content of the original mail")
def _():
    body = """Thank you for your e-mail. I am out of the office until Tuesday 7 April 2026
with limited access to e-mail.

For urgent matters please contact the International Broker Desk at
international@weserland-vers.example or +49 421 8870-2200.

Your message will not be forwarded.

Claire Whitfield
"""
    return mail(FROM("whitfield"), "Oliver Dunmore <oliver.dunmore@cartwrightlane.example>",
                "Automatic reply: New submission - commercial property Bremen warehouse",
                "2026-03-31 09:14:37", body, charset="us-ascii", cte="7bit",
                headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                irt="<LO2P265MB0912F1C44A0E@LO2P265MB0912.cartwrightlane.example>")


# ---------------------------------------------------------------------------- d215-0069
@M(69, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "HR: occupational reintegration (BEM) of a named employee, sick days and migraine, company doctor's recommendations")
def _():
    body = """Hallo Jan-Ole,

wie angekündigt zur Vorbereitung des BEM-Gesprächs mit Holger Wittrock am
Donnerstag, 10 Uhr, Raum A3.12:

- Herr Wittrock hatte in den letzten 12 Monaten 46 Arbeitsunfähigkeitstage in
  9 Zeiträumen, damit ist das BEM nach § 167 Abs. 2 SGB IX anzubieten; er hat
  zugestimmt.
- Er hat mir im Vorgespräch gesagt, dass die Ausfälle fast alle mit seiner
  chronischen Migräne zusammenhängen (er ist seit Herbst in einer
  Kopfschmerzambulanz und bekommt seit Januar eine Antikörper-Prophylaxe).
- Die Betriebsärztin empfiehlt: Bildschirmarbeitsplatz mit entspiegeltem Monitor,
  Fensterplatz, kein Großraum, und die Möglichkeit, bei einer Attacke kurzfristig ins
  Homeoffice zu wechseln.

Bitte behandle das vertraulich, die Details gehören nicht in die Teamrunde. Die
BEM-Akte führe ich getrennt von der Personalakte.

""" + SIG("kiefer") + "\n"
    return mail(FROM("kiefer"), FROM("petersen"),
                "BEM Herr Wittrock – Vorbereitung Donnerstag", "2026-03-16 17:20", body,
                importance="high", headers=[("Sensitivity", "Private")])


# ---------------------------------------------------------------------------- d215-0070
@M(70, "CONFIDENTIAL", "de", "insurer-to-broker",
   "short mobile reply: eVB number for a named customer's new car, plate reservation")
def _():
    body = """Hallo Frau Moor,

eVB für Herrn Bruns: Q7M4K2X
Fahrzeug: Skoda Kodiaq, FIN TMBLJ9NS1R8041276, Wunschkennzeichen OL-IB 784
gültig bis 05.05.2026, Vertrag wird als Folgevertrag zu KH-4471-198702 angelegt.

Viele Grüße
H. Brüggemann

Von meinem iPhone gesendet
"""
    return mail(FROM("brueggemann"), "Svenja Moor <s.moor@hollerbeck-makler.example>",
                "Re: eVB Bruns dringend", "2026-04-07 07:51", body, client="ios", cte="8bit")


# ---------------------------------------------------------------------------- d215-0071
@M(71, "NORMAL", "de", "insurer-to-broker",
   "trap: invitation (ICS) to the regional broker day with talks on disability claims and health-data handling, no person")
def _():
    body = """Liebe Vertriebspartnerinnen und Vertriebspartner,

wir laden Sie herzlich zum Maklertag Nord 2026 ein:

  Donnerstag, 23. April 2026, 9:30–16:30 Uhr
  Speicher XI, Am Speicher XI 1, 28217 Bremen

Programm:
  09:30  Ankommen, Kaffee
  10:00  Markt und Zahlen 2025 – Vorstand Vertrieb
  10:45  Der BU-Leistungsfall: Was Ihre Kunden von uns brauchen (Leistung Leben)
  11:45  Gesundheitsdaten, Schweigepflicht und E-Mail: Was Makler dürfen
         (Datenschutzbeauftragte)
  12:30  Mittagessen
  13:30  Workshops: Gewerbe-Cyber | Bestandsübertragung leicht gemacht | Pflegezusatz
  15:30  Get-together

Die Teilnahme ist kostenlos und wird mit 4 Stunden Weiterbildung (IDD) bestätigt.
Bitte melden Sie sich bis 10. April im Maklerportal an. Den Kalendereintrag finden
Sie im Anhang.

""" + SIG("brueggemann") + "\n"
    ics = ics_text([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Weserland Versicherung//Veranstaltungen//DE",
        "METHOD:PUBLISH",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Berlin",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:maklertag-nord-2026@weserland-vers.example",
        "DTSTAMP:20260305T080000Z",
        "DTSTART;TZID=Europe/Berlin:20260423T093000",
        "DTEND;TZID=Europe/Berlin:20260423T163000",
        "SUMMARY:Maklertag Nord 2026 - Weserland Versicherung",
        "LOCATION:Speicher XI\\, Am Speicher XI 1\\, 28217 Bremen",
        "DESCRIPTION:Programm und Anmeldung: https://makler.weserland-vers.example/maklertag",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return mail(FROM("brueggemann"), "Makler Region Nord-West <makler-nordwest@lists.weserland-vers.example>",
                "Einladung Maklertag Nord am 23.04.2026", "2026-03-05 09:00", body,
                atts=[att(ics, "Maklertag_Nord_2026.ics", "text/calendar; method=PUBLISH", charset="utf-8")])


# ---------------------------------------------------------------------------- d215-0072
@M(72, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "out-of-office auto-reply that quotes the customer's original mail: rheumatoid arthritis, methotrexate, pharmacy receipts")
def _():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 06.04.2026 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
leistung-kv@weserland-vers.example oder an unser Servicetelefon 0421 8870-0.

Dr. Annika Vosskuhl

---------- Ihre Nachricht ----------
Von: Petra Hülsmann <petra.huelsmann@web-post.example>
Betreff: Apothekenquittungen März
Datum: 27.03.2026 21:14

Hallo Frau Dr. Vosskuhl,

anbei die Apothekenquittungen für März. Seit die Rheumatologin das Methotrexat auf
20 mg erhöht hat und das Folsäure-Präparat dazukam, sind das jeden Monat fast 90
Euro. Und das neue Biologikum (Adalimumab) soll ab Mai dazu kommen, wenn die
Entzündungswerte nicht runtergehen – wird das auch übernommen?

Meine Versicherungsnummer ist KV-0084417-02.

Viele Grüße
Petra Hülsmann
"""
    return mail(FROM("vosskuhl"), "Petra Hülsmann <petra.huelsmann@web-post.example>",
                "Abwesenheitsnotiz: Apothekenquittungen März", "2026-03-27 21:14:52", body,
                headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                irt="<7d1e0a44-3b2c-4f8e-9d61-2a5b7c8e9f01@web-post.example>")


# ---------------------------------------------------------------------------- d215-0073
@M(73, "CONFIDENTIAL", "en", "insurer-to-customer",
   "annual premium notice for a named expat's home-contents policy with SEPA direct debit mandate and full IBAN (HTML + text)")
def _():
    text = """Dear Ms Leckie,

your home contents policy HR-EX 1031 (Parkallee 58, 28209 Bremen) renews on
15 June 2026. Your premium for the next insurance year:

  Sum insured                       EUR 120,000
  Annual premium incl. 19 % tax     EUR 318.00
  Due date                          15 June 2026

We will collect the amount by SEPA direct debit:

  Account holder                    Fiona Leckie
  IBAN                              DE59 2919 0330 4740 6231 99
  Mandate reference                 WL-HR-EX1031-01
  Creditor ID                       DE98ZZZ00000447711

If your bank details have changed, please let us know by 1 June.

""" + SIG("fennell") + "\n"
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear Ms Leckie,</p>
<p>your home contents policy <b>HR-EX 1031</b> (Parkallee 58, 28209 Bremen) renews on 15 June 2026. Your premium for the next insurance year:</p>
<table cellpadding="5" style="border-collapse:collapse">
<tr><td>Sum insured</td><td align="right">EUR 120,000</td></tr>
<tr><td>Annual premium incl. 19&nbsp;% tax</td><td align="right"><b>EUR 318.00</b></td></tr>
<tr><td>Due date</td><td align="right">15 June 2026</td></tr>
</table>
<p>We will collect the amount by SEPA direct debit:</p>
<table cellpadding="5" style="border-collapse:collapse;background:#f3f6f9">
<tr><td>Account holder</td><td>Fiona Leckie</td></tr>
<tr><td>IBAN</td><td>DE59 2919 0330 4740 6231 99</td></tr>
<tr><td>Mandate reference</td><td>WL-HR-EX1031-01</td></tr>
<tr><td>Creditor ID</td><td>DE98ZZZ00000447711</td></tr>
</table>
<p>If your bank details have changed, please let us know by 1 June.</p>
<p>Kind regards,<br>Siobhan Fennell<br>International Customer Service (private lines)<br>Weserland Versicherung AG | Am Speicherhafen 12 | 28217 Bremen<br>Phone +49 421 8870-2940</p>
</body></html>
"""
    return mail(FROM("fennell"), "Fiona Leckie <fiona.leckie@inbox.example>",
                "Your home contents policy HR-EX 1031 - renewal 2026", "2026-05-04 10:30", text, html=html)


# ---------------------------------------------------------------------------- d215-0074
@M(74, "NORMAL", "de", "insurer-to-broker",
   "trap: German out-of-office auto-reply to a broker, stand-in named, no content of the original")
def _():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 10.04.2026, nicht im Haus. Ihre E-Mail wird
nicht weitergeleitet und erst nach meiner Rückkehr gelesen.

In dringenden Fällen erreichen Sie meine Vertretung, Frau Ilka Marten, unter
0421 8870-2215 oder das Team Maklerbetreuung unter
maklerbetreuung@weserland-vers.example.

Mit freundlichen Grüßen
Henrike Brüggemann
"""
    return mail(FROM("brueggemann"), "Jens Hollerbeck <j.hollerbeck@hollerbeck-makler.example>",
                "Automatische Antwort: Rückfrage Anmeldung Maklertag", "2026-04-02 16:41:09", body,
                headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                irt="<0f7c2e4d19a84b61@hollerbeck-makler.example>")


# ---------------------------------------------------------------------------- d215-0075
@M(75, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "accident insurance: hospital cash and recovery benefit for a named insured's ankle fracture with surgery")
def _():
    body = """Dear Mr Reid,

we hope you are recovering well from your fall on 28 January.

Based on the discharge report of St.-Joseph-Stift Bremen, we have settled the
following benefits under your accident policy UV 61 019 774:

  Injury:               bimalleolar fracture of the left ankle, open reduction and
                        internal fixation (plates and screws) on 29 January
  Hospital stay:        28 January - 3 February 2026 (7 days)
  Hospital cash:        7 days x EUR 50.00   = EUR 350.00
  Recovery benefit:     7 days x EUR 50.00   = EUR 350.00
  Total payment:                               EUR 700.00

The payment is made to your account ending in 4405.

Please note: a possible permanent impairment of the ankle (invalidity benefit) can
only be assessed when the healing is complete, usually after 12 months. Please tell
us within 15 months of the accident if you think there will be lasting effects, for
example stiffness after the metal has been removed.

""" + SIG("hoyer") + "\n"
    return mail(FROM("hoyer"), "Callum Reid <callum.reid@postfach.example>",
                "Your accident claim U-26-00219 - hospital cash paid", "2026-02-20 14:08", body)


# ---------------------------------------------------------------------------- d215-0076
@M(76, "CONFIDENTIAL", "de", "insurer-to-supplier",
   "job order to a repair partner: named policyholders, home address and phone, claim and policy number, key with neighbour")
def _():
    body = """Hallo Herr Kück,

neuer Auftrag für Sie im Rahmen unseres Partnervertrags Sanierung:

  Schaden:        26/WG/01377 (Leitungswasser, Heizungsvorlauf unter Estrich)
  VN:             Eheleute Frank und Maren Böttjer
  Objekt:         Hauptstraße 12, 27711 Osterholz-Scharmbeck (EFH, Bj. 1978)
  Vertrag:        WG 10 446 201-7
  Telefon VN:     04791 30 88 15 (ab 16 Uhr), Frau Böttjer mobil 0171 4439 210
  Schlüssel:      bei Nachbarin Frau Stelljes, Hausnr. 14

Leistung: Leckortung, Öffnen des Estrichs im Wohnzimmer, Reparatur, Trocknung,
Wiederherstellung Estrich und Bodenbelag (Laminat) nach Rücksprache mit den VN.

Bitte Kostenvoranschlag über 5.000 EUR vorher an mich. Die Eheleute sind ab
20.03. für zwei Wochen verreist; bitte vorher einen Termin machen.

""" + SIG("harms") + "\n"
    return mail(FROM("harms"), "Sanierung Nord GmbH – Auftragsannahme <auftrag@sanierung-nord.example>",
                "Auftrag 26/WG/01377 – Böttjer, Osterholz-Scharmbeck", "2026-03-13 08:10", body,
                cc="Jens Kück <j.kueck@sanierung-nord.example>")


# ---------------------------------------------------------------------------- d215-0077
@M(77, "NORMAL", "de", "insurer-to-hospital",
   "trap: answer to a hospital's billing department on direct billing (Klinik-Card, DRG invoices, e-billing), no patient")
def _():
    body = """Sehr geehrte Frau Kruse,

gern beantworte ich Ihre Fragen zur Direktabrechnung mit der Weserland
Krankenversicherung:

1. Klinik-Card: Bei Vorlage unserer Klinik-Card können Sie die allgemeinen
   Krankenhausleistungen und die Wahlleistung Unterkunft direkt mit uns abrechnen.
   Eine gesonderte Kostenübernahmeerklärung ist dann nicht nötig.
2. Wahlärztliche Leistungen (Chefarztbehandlung) rechnen Ihre Ärzte bzw. deren
   Abrechnungsstelle weiterhin mit dem Patienten ab.
3. Elektronische Rechnungen nehmen wir nach dem Datenaustauschverfahren § 301 SGB V
   analog entgegen, alternativ als PDF über unser Portal für Leistungserbringer.
   Bitte keine Rechnungen oder Entlassungsberichte per einfacher E-Mail.
4. Zahlungsziel: 14 Tage ab Eingang der vollständigen Rechnung.

Ein Merkblatt für Ihre Patientenaufnahme schicke ich Ihnen gern per Post, wenn Sie
mir die Anzahl der Exemplare nennen.

""" + SIG("vosskuhl") + "\n"
    return mail(FROM("vosskuhl"), "Birgit Kruse <b.kruse@klinikum-lesumtal.example>",
                "AW: Fragen zur Direktabrechnung Privatpatienten", "2026-01-27 10:45", body)


# ---------------------------------------------------------------------------- d215-0078
@M(78, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
   "air-ambulance request for a named patient after a heart attack with stenting in Tenerife; clinical details")
def _():
    body = """Dear colleagues,

please quote for an air ambulance transfer:

  Case:        AS-26-005530
  Patient:     Mr Bernd Tönjes, male, 67 y, 84 kg, 178 cm
  From:        Hospital Universitario Nuestra Señora de Candelaria, Santa Cruz de
               Tenerife, cardiology ward
  To:          Klinikum Weserbogen, Bremen, cardiology (bed confirmed)
  Earliest:    Saturday 18 April 2026

Medical summary (from our assistance doctor's call with the treating cardiologist
today): NSTEMI on 12 April, PCI with 2 drug-eluting stents to the LAD on 13 April.
Since then haemodynamically stable, no arrhythmias on telemetry, EF 45 %, no oxygen
requirement. Medication: ASA 100 mg, ticagrelor 90 mg twice daily, bisoprolol 2.5 mg,
atorvastatin 80 mg. Known type 2 diabetes (oral medication). Patient is mobile with
assistance; stretcher not required but preferred for comfort.

Accompanying: wife (Mrs Gisela Tönjes), 1 piece of luggage.

Please include a doctor and a paramedic on board and let us have your quote and the
earliest slot by 16:00 CEST.

""" + SIG("oyelaran") + "\n\n" + FOOTER_EN + "\n"
    return mail(FROM("oyelaran"), "AirMed Rescue Operations <ops@airmed-rescue.example>",
                "Quote request air ambulance TFN-BRE - case AS-26-005530", "2026-04-15 10:22", body,
                importance="high")


# ---------------------------------------------------------------------------- d215-0079
@M(79, "CONFIDENTIAL", "de", "insurer-to-customer",
   "motor premium invoice with SEPA mandate, full IBAN and policy number for a named customer (windows-1252, euro sign)")
def _():
    body = """Sehr geehrte Frau Dreyer,

anbei die Beitragsrechnung für Ihre Kfz-Versicherung für das Versicherungsjahr 2026.

Vertrag:           KH-4471-188420
Fahrzeug:          VW Golf Variant, Kennzeichen VER-KD 37
Tarif:             Haftpflicht + Vollkasko (SB 500 € / TK 150 €), SF 14 / SF 11
Jahresbeitrag:     612,84 €
Fälligkeit:        01.01.2026

Wir ziehen den Betrag zum Fälligkeitstermin von Ihrem Konto ein:

Kontoinhaberin:    Katrin Dreyer
IBAN:              DE82 2915 0511 2317 7222 29
Mandatsreferenz:   WL-KH-4471188420-02
Gläubiger-ID:      DE98ZZZ00000447711

Gegenüber 2025 sinkt Ihr Beitrag um 41,20 €, weil Ihre Schadenfreiheitsklasse in der
Vollkasko von SF 10 auf SF 11 gestiegen ist.

""" + SIG("marten") + "\n"
    return mail(FROM("marten"), "Katrin Dreyer <k.dreyer@t-post.example>",
                "Ihre Beitragsrechnung Kfz 2026 – KH-4471-188420", "2026-01-05 07:35", body,
                charset="windows-1252", cte="qp")


# ---------------------------------------------------------------------------- d215-0080
@M(80, "NORMAL", "de", "internal",
   "trap: data-protection training quiz (DOCX) with an explicitly fictitious 'Erika Musterfrau, geb. 01.01.1970' and example diagnoses")
def _():
    body = """Liebe Kolleginnen und Kollegen,

zum Abschluss der Pflichtschulung „Datenschutz im Maildienst“ finden Sie anbei das
Quiz mit zehn Fragen. Alle Beispiele sind erfunden – „Erika Musterfrau“ und
„Max Mustermann“ gibt es bei uns nicht als Kunden (wir haben das geprüft…).

Bitte das ausgefüllte Quiz bis zum 30.04. an datenschutz@weserland-vers.example,
oder direkt im Lernportal ausfüllen. Die Auflösung gibt es in der Teamrunde.

""" + SIG("scholz") + "\n"
    d = docx_bytes([
        ("h", "Quiz: Datenschutz im Maildienst (Schulung 2026)"),
        "Bitte kreuzen Sie an: Wie muss die folgende E-Mail versendet werden? (A) normal, (B) mindestens TLS/vertraulich, (C) verschlüsselt/streng vertraulich",
        ("table", [["Nr", "Beispiel (fiktiv)", "A", "B", "C"],
                   ["1", "Einladung zum Sommerfest an alle Mitarbeitenden", "", "", ""],
                   ["2", "An Erika Musterfrau (fiktiv), geb. 01.01.1970: Ihre Hausratversicherung HR 00 000 000 wurde angepasst", "", "", ""],
                   ["3", "An Max Mustermann (fiktiv): Ihre Erstattung für die Physiotherapie (Diagnose M54.5) ist angewiesen", "", "", ""],
                   ["4", "Statistik an den Rückversicherer: Anzahl BU-Fälle je Diagnosegruppe, keine Namen", "", "", ""],
                   ["5", "An einen Makler: neue IBAN Ihrer GmbH für die Courtage ist hinterlegt", "", "", ""],
                   ["6", "An einen Einzelmakler: Ihre Courtage Januar 2.400 EUR geht auf IBAN DE00 0000 0000 0000 0000 00", "", "", ""],
                   ["7", "An die Tochter einer Kundin: Pflegegrad der Mutter festgestellt", "", "", ""],
                   ["8", "Produktinformation Zahnzusatz an einen Interessenten ohne Vertrag", "", "", ""],
                   ["9", "Kündigungsbestätigung einer Unfallversicherung ohne Angabe von Gründen", "", "", ""],
                   ["10", "Benachrichtigung „Sie haben eine neue Nachricht im Kundenpostfach“", "", "", ""]]),
        "",
        "Tipp: Auch ein Vertrag in der Personenversicherung (Leben, Kranken, Unfall) ohne jede Diagnose ist streng vertraulich.",
    ], title="Quiz Datenschutz im Maildienst", author="Beate Scholz-Nieland", date="2026-04-13 15:00")
    return mail(FROM("scholz"), "Alle Mitarbeitenden Bremen <alle-bremen@weserland-vers.example>",
                "Quiz zur Schulung „Datenschutz im Maildienst“", "2026-04-14 08:30", body,
                atts=[att(d, "Quiz_Datenschutz_Maildienst_2026.docx", CT_DOCX)])


# ---------------------------------------------------------------------------- d215-0081
@M(81, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "dental supplementary insurance: treatment and cost plan for an implant (tooth 36) for a named insured, reimbursement promised")
def _():
    body = """Sehr geehrter Herr Meents,

vielen Dank für den Heil- und Kostenplan Ihres Zahnarztes Dr. Wiechmann vom
02.04.2026. Geplant ist nach der Extraktion des nicht erhaltungswürdigen Zahns 36
(Längsfraktur der Wurzel) ein Einzelzahnimplantat mit Knochenaufbau und
implantatgetragener Vollkeramikkrone.

Aus Ihrem Zahnzusatztarif Z90 (Vertrag KV-0095530-01, Beginn 01.01.2022, Wartezeit
erfüllt) ergibt sich:

  Gesamtkosten laut Heil- und Kostenplan          3.412,66 EUR
  davon Festzuschuss Ihrer Krankenkasse            -441,50 EUR
  verbleibender Eigenanteil                       2.971,16 EUR
  Erstattung 90 % der Gesamtkosten, höchstens
  der Eigenanteil                                 2.971,16 EUR

Die Leistungsbegrenzung in den ersten vier Versicherungsjahren (4.000 EUR) ist noch
nicht ausgeschöpft (bisher 612 EUR in 2024). Bitte reichen Sie nach der Behandlung die
Rechnung mit dem Bonusheft ein.

""" + SIG("vosskuhl") + "\n"
    return mail(FROM("vosskuhl"), "Hauke Meents <hauke.meents@netmail.example>",
                "Ihr Heil- und Kostenplan – Implantat", "2026-04-09 12:00", body)


# ---------------------------------------------------------------------------- d215-0082
@M(82, "CONFIDENTIAL", "en", "insurer-to-broker",
   "marine cargo claim of a corporate client: company and named contact, container, survey, reserve (contract and claim data of a customer)")
def _():
    body = """Dear Oliver,

update on your client's cargo claim:

  Assured:        Hanseatic Coffee Imports GmbH, Bremen (contact: Mr Jan Wehrmann,
                  head of logistics)
  Open cover:     MC-OC-2023-0419
  Claim:          MC-26-0077
  Voyage:         Santos - Bremerhaven, MSC Lorena, arrived 2 February 2026
  Cargo:          1 x 40' container, 320 bags green coffee (Brazil, Cerrado)
  Damage:         water ingress through a corroded roof panel, 74 bags wet/mouldy

The surveyor (Hanse Cargo Survey, report dated 16 February) confirms the damage
occurred during the sea voyage. The 74 bags were sold as salvage for EUR 9,850.
We have set a reserve of EUR 84,000 and will pay on receipt of the commercial invoice
and the letter of subrogation signed by the assured. Recovery against the carrier has
been started; please ask Mr Wehrmann to keep the container inspection photos.

""" + SIG("achterberg") + "\n\n" + DISCLAIMER + "\n"
    return mail(FROM("achterberg"), "Oliver Dunmore <oliver.dunmore@cartwrightlane.example>",
                "Cargo claim MC-26-0077 - Hanseatic Coffee Imports", "2026-02-27 12:31", body,
                cc=FROM("whitfield"))


# ---------------------------------------------------------------------------- d215-0083
@M(83, "NORMAL", "en", "insurer-to-partner",
   "trap: reinsurance treaty renewal agenda (life/health quota share, cat XL, BU incidence), no individual")
def _():
    body = """Dear Jonas, dear Mette,

for our renewal meeting on Wednesday 13 May, 10:00-15:00 in Bremen (lunch included),
I suggest the following agenda:

 1. Portfolio development 2025 (life, BU, health, property)
 2. Life/BU quota share: experience 2021-2025, BU incidence by cause (the aggregated
    tables you received in March), reserving for open BU claims
 3. Health: large claims above EUR 250,000 (count and amounts only), trend in
    oncology drug costs
 4. Property cat XL: windstorm Ylva - final loss estimate and event definition
 5. Facultative business: process and turnaround times
 6. Terms for 1 January 2027
 7. AOB

Please send me the names of all participants by 6 May for building access. Our CFO
will join for items 1 and 6.

""" + SIG("novak") + "\n"
    return mail(FROM("novak"), ["Jonas Lindqvist <jonas.lindqvist@nordicre.example>",
                                "Mette Rasmussen <mette.rasmussen@nordicre.example>"],
                "Treaty renewal meeting 13 May - draft agenda", "2026-04-21 11:15", body,
                charset="utf-8", cte="8bit", client="tb")


# ---------------------------------------------------------------------------- d215-0084
@M(84, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "internal audit request answered with a ZIP: CSV export of a broker's portfolio with named customers, birth dates, life/health/disability contracts")
def _():
    body = """Hallo Frau Ramke,

wie angefordert für die Sonderprüfung Courtage anbei der Export des Bestands der
Vermittlernummer 40-2093 (alle Sparten, Stand 31.03.2026) und die
Courtagebuchungen 2025. Passwort für das ZIP schicke ich nicht – wir haben keins
gesetzt, weil es intern bleibt; bitte nur im Revisionslaufwerk ablegen.

""" + SIG("brinkmann") + "\n"
    bestand = ("vm_nr;vertrag;sparte;vn_name;vn_vorname;geburtsdatum;beginn;beitrag_jahr;status\r\n"
               "40-2093;LV 7.330.221.8;LEBEN-RV;Claußen;Sven;1987-02-14;2024-07-01;1800.00;storniert\r\n"
               "40-2093;BU 2210 8804 03;BU;Lindemann;Theo;1991-09-30;2025-03-01;1104.60;aktiv\r\n"
               "40-2093;KV-0091736-01;KV-VOLL;Bösch;Hartmut;1969-05-22;2023-01-01;7420.80;aktiv\r\n"
               "40-2093;KV-0091736-02;KV-VOLL;Bösch;Greta;2012-08-03;2023-01-01;1870.20;aktiv\r\n"
               "40-2093;UV 61 021 155;UNFALL;Celik;Derya;1984-12-11;2024-10-01;189.00;aktiv\r\n"
               "40-2093;PT 88 399 604;PFLEGE;Hüneke;Marion;1958-04-06;2022-05-01;744.00;aktiv\r\n"
               "40-2093;KH-4471-231842;KFZ;Lindemann;Theo;1991-09-30;2026-01-01;798.10;aktiv\r\n"
               "40-2093;HR 55 211 007;HAUSRAT;Lindemann;Theo;1991-09-30;2026-01-01;214.80;aktiv\r\n")
    buchungen = ("buchungsdatum;abrechnung;vertrag;art;betrag\r\n"
                 "2025-02-05;CA-2501-2093;KV-0091736-01;Bestand;0.00\r\n"
                 "2025-04-04;CA-2503-2093;BU 2210 8804 03;Abschluss;1932.98\r\n"
                 "2025-11-05;CA-2510-2093;UV 61 021 155;Bestand;23.63\r\n"
                 "2026-03-04;CA-2602-2093;LV 7.330.221.8;Storno;-1014.75\r\n")
    z = zip_bytes([("Revision_VM40-2093/bestand_40-2093_20260331.csv", bestand.encode("utf-8")),
                   ("Revision_VM40-2093/courtagebuchungen_40-2093_2025.csv", buchungen.encode("utf-8"))],
                  when=(2026, 4, 1, 15, 44, 0))
    return mail(FROM("brinkmann"), "Silke Ramke <silke.ramke@weserland-vers.example>",
                "Sonderprüfung 40-2093 – Export", "2026-04-01 15:50", body,
                atts=[att(z, "Revision_VM40-2093.zip", CT_ZIP)])


# ---------------------------------------------------------------------------- d215-0085
@M(85, "CONFIDENTIAL", "de", "insurer-to-company",
   "D&O claim: insolvency administrator's claim against a named former managing director, policy and claim data of a corporate customer")
def _():
    body = """Sehr geehrte Frau Dr. Lamping,

wir bestätigen den Eingang Ihrer Schadenmeldung vom 05.03.2026 zur
D&O-Versicherung DO 80 004 117 der Weser Logistik Holding GmbH.

Der Insolvenzverwalter der Tochtergesellschaft Weser Cold Chain GmbH,
Rechtsanwalt Dr. Struckmeyer, nimmt den früheren Geschäftsführer Herrn
Carsten Mohrmann mit Schreiben vom 19.02.2026 auf Zahlung von 1,24 Mio. EUR in
Anspruch (Zahlungen nach Eintritt der Insolvenzreife, § 15b InsO).

Schadennummer: DO-26-0009

Wir prüfen den Versicherungsschutz und übernehmen vorläufig die Kosten der
Anspruchsabwehr unter dem Vorbehalt der weiteren Prüfung. Bitte übersenden Sie uns:
- das Anspruchsschreiben mit Anlagen,
- den Geschäftsführeranstellungsvertrag von Herrn Mohrmann,
- die Jahresabschlüsse 2023 und 2024 der Weser Cold Chain GmbH.

Herr Mohrmann kann einen Anwalt seiner Wahl beauftragen; bitte stimmen Sie das
Stundenhonorar vorher mit uns ab (wir übernehmen bis 350 EUR netto).

""" + SIG("achterberg") + "\n"
    return mail(FROM("achterberg"), '"Dr. Svea Lamping" <s.lamping@weser-logistik.example>',
                "D&O – Inanspruchnahme Herr Mohrmann – Schadennummer DO-26-0009", "2026-03-09 13:25", body)

# ---------------------------------------------------------------------------- d215-0086
@M(86, "NORMAL", "de", "insurer-to-care-service",
   "trap: circular to home-care services about a new billing format (care levels, Leistungskomplexe, prescriptions), no patient")
def _():
    body = """Sehr geehrte Damen und Herren,

ab dem 01.07.2026 nehmen wir Abrechnungen von Pflegediensten für unsere
Versicherten in der Privaten Pflegepflichtversicherung und der
Pflegezusatzversicherung nur noch elektronisch entgegen:

- als XRechnung oder ZUGFeRD-PDF über unser Portal für Leistungserbringer
  (portal-leistungserbringer.weserland-vers.example), oder
- im Datenträgeraustausch nach § 105 SGB XI (analog), wenn Sie das bereits mit den
  Pflegekassen nutzen.

Bitte geben Sie je Rechnung an: Leistungsnummer bzw. Versicherungsnummer, Pflegegrad
laut Bescheid, Zeitraum, Leistungskomplexe mit Anzahl und Einzelpreis sowie
Abwesenheitszeiten (Krankenhaus, Kurzzeitpflege). Leistungen der häuslichen
Krankenpflege (Behandlungspflege) rechnen Sie bitte weiterhin getrennt und mit der
ärztlichen Verordnung ab.

Papierrechnungen, die nach dem 30.06.2026 eingehen, senden wir unbearbeitet zurück.
Für Fragen steht Ihnen unser Team unter 0421 8870-5700 zur Verfügung. Eine
Online-Schulung (45 Minuten) bieten wir am 16. und 23. Juni jeweils um 14 Uhr an.

""" + SIG("hoyer") + "\n"
    return mail(FROM("hoyer"), "Pflegedienste Nordwest <pflegedienste@lists.weserland-vers.example>",
                "Rundschreiben: elektronische Abrechnung ab 01.07.2026", "2026-05-11 09:00", body)


# ---------------------------------------------------------------------------- d215-0087
@M(87, "STRICTLY_CONFIDENTIAL", "en", "company",
   "forwarded employer mail (message/rfc822): group-accident census with employees' birth dates and salaries, one employee off sick after a skiing accident")
def _():
    inner_body = """Hi Lars,

as discussed, attached is the census for the group accident policy for our German
entity. 23 employees as of 1 April. Salaries are annual gross, as you asked for the
salary-linked sum insured option.

One question: Tom Becker (row 14) has been on sick leave since February after a
skiing accident (torn ACL, surgery in March, he is doing physio now). Will he be
covered from day one under the new policy, or only once he is back at work? He is
worried about it.

Best,
Emma

Emma Clarke
HR Business Partner DACH
Brightwave Technologies GmbH | Überseestadt, Konsul-Smidt-Straße 20 | 28217 Bremen
"""
    rows = [["No", "Surname", "First name", "Date of birth", "Job title", "Annual gross salary EUR", "Start date"],
            [1, "Albers", "Jana", "1988-03-12", "Engineering Manager", 96000, "2021-01-04"],
            [2, "Brinker", "Ole", "1995-07-28", "Software Engineer", 68500, "2022-09-01"],
            [3, "Chaudhry", "Imran", "1990-11-02", "Data Scientist", 74000, "2023-02-15"],
            [4, "Dierksen", "Mareike", "1983-01-19", "Office Manager", 46000, "2019-06-01"],
            [5, "Evans", "Owen", "1979-05-30", "Country Manager", 142000, "2018-03-01"],
            [6, "Fokuhl", "Tina", "1998-09-09", "Junior Developer", 52000, "2024-08-01"],
            [13, "Bauer", "Lisa", "1992-04-21", "QA Engineer", 61000, "2023-05-02"],
            [14, "Becker", "Tom", "1987-12-05", "DevOps Engineer", 79500, "2020-10-01"],
            [15, "Clarke", "Emma", "1986-06-17", "HR Business Partner", 71000, "2022-01-10"],
            [23, "Yilmaz", "Kerem", "1996-02-25", "Support Engineer", 49000, "2025-11-01"]]
    x = xlsx_bytes([("Census 2026-04-01", rows)], title="Brightwave DE census", author="Emma Clarke",
                   date="2026-04-02 12:30")
    inner = mail("Emma Clarke <emma.clarke@brightwave-tech.example>", FROM("achterberg"),
                 "Group accident - census Brightwave DE", "2026-04-02 12:41", inner_body,
                 atts=[att(x, "Brightwave_DE_census_2026-04-01.xlsx", CT_XLSX)])
    body = """Hallo Malte,

anbei die Mitarbeiterliste von Brightwave für die Gruppenunfall-Quotierung (Mail von
Frau Clarke als Anlage). Bitte die Frage zu Herrn Becker mit beantworten – meines
Wissens greift bei uns keine Ausschlussklausel für Arbeitsunfähige, aber das weißt du
besser. Quote sollte bis 15.04. raus.

""" + SIG("achterberg") + "\n"
    return mail(FROM("achterberg"), FROM("deters"),
                "WG: Group accident - census Brightwave DE", "2026-04-02 14:05", body,
                atts=[att_msg(inner)])


# ---------------------------------------------------------------------------- d215-0088
@M(88, "CONFIDENTIAL", "de", "insurer-to-customer",
   "trip-cancellation claim after the customer's unexpected dismissal: employment data, booking, cancellation costs, no health reason")
def _():
    body = """Sehr geehrter Herr Stenzel,

Ihre Reiserücktrittsversicherung RR 2025 4471 903 übernimmt die Stornokosten Ihrer
Pauschalreise nach Kreta (Buchung Nr. 8830-2219 bei Nordlicht Reisen, 2 Personen,
24.05.–07.06.2026).

Versichertes Ereignis ist hier der unerwartete Verlust des Arbeitsplatzes: Ihr
Arbeitgeber, die Nordsee Fischfeinkost GmbH, hat Ihnen laut Kündigungsschreiben vom
27.03.2026 betriebsbedingt zum 30.06.2026 gekündigt; die Reise war am 14.12.2025 und
damit vor der Kündigung gebucht.

  Schadennummer                   RR-26-00733
  Stornokosten laut Veranstalter  2.184,00 EUR
  Selbstbehalt 20 %                -436,80 EUR
  Erstattung                      1.747,20 EUR

Die Mitreisende Frau Anja Stenzel ist als Ehefrau mitversichert; ihre Stornokosten
sind in dem Betrag enthalten. Die Erstattung geht auf das Konto, von dem der Beitrag
abgebucht wird.

""" + SIG("oyelaran") + "\n"
    return mail(FROM("oyelaran"), "Mirko Stenzel <mirko.stenzel@mailbox.example>",
                "Reiserücktritt Kreta – Ihre Erstattung (RR-26-00733)", "2026-04-10 14:44", body)


# ---------------------------------------------------------------------------- d215-0089
@M(89, "NORMAL", "en", "insurer-to-customer",
   "trap: product information on expat health plan tiers (psychotherapy, maternity, chronic conditions) to a prospect, no personal data")
def _():
    text = """Dear Mr Novak,

thank you for your interest in our international health insurance. Our three plans
for people moving to Germany:

                          Essential        Select            Global Select
Outpatient (doctors)      80 %             100 %             100 %
Hospital                  shared room      private room      private room, chief physician
Dental                    -                75 %              90 %
Psychotherapy             10 sessions      20 sessions       30 sessions
Maternity                 -                after 10 months   after 10 months
Pre-existing conditions   excluded         after underwriting after underwriting
Monthly premium age 35    from EUR 189     from EUR 312      from EUR 468

All plans meet the requirements for a German residence permit. Chronic conditions
that exist before the start of cover are assessed individually in the application;
please do not send us any medical information by e-mail - the application has a
secure health questionnaire.

If you would like an offer, you can apply online or ask a broker of your choice.

""" + SIG("fennell") + "\n"
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Mr Novak,</p>
<p>thank you for your interest in our international health insurance. Our three plans for people moving to Germany:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#0b3d5c;color:#fff"><th></th><th>Essential</th><th>Select</th><th>Global Select</th></tr>
<tr><td>Outpatient (doctors)</td><td>80 %</td><td>100 %</td><td>100 %</td></tr>
<tr><td>Hospital</td><td>shared room</td><td>private room</td><td>private room, chief physician</td></tr>
<tr><td>Dental</td><td>&ndash;</td><td>75 %</td><td>90 %</td></tr>
<tr><td>Psychotherapy</td><td>10 sessions</td><td>20 sessions</td><td>30 sessions</td></tr>
<tr><td>Maternity</td><td>&ndash;</td><td>after 10 months</td><td>after 10 months</td></tr>
<tr><td>Pre-existing conditions</td><td>excluded</td><td>after underwriting</td><td>after underwriting</td></tr>
<tr><td>Monthly premium age 35</td><td>from EUR 189</td><td>from EUR 312</td><td>from EUR 468</td></tr>
</table>
<p>All plans meet the requirements for a German residence permit. Chronic conditions that exist before the start of cover are assessed individually in the application;
please do not send us any medical information by e-mail &ndash; the application has a secure health questionnaire.</p>
<p>If you would like an offer, you can apply online or ask a broker of your choice.</p>
<p>Kind regards,<br>Siobhan Fennell<br>International Customer Service (private lines)<br>Weserland Versicherung AG | Am Speicherhafen 12 | 28217 Bremen<br>Phone +49 421 8870-2940</p>
</body></html>
"""
    return mail(FROM("fennell"), "Pavel Novak <pavel.novak@inbox.example>",
                "Re: International health insurance - which plan?", "2026-01-29 12:10", text, html=html,
                irt="<CAF1a9e3b2c7d4e8f0@inbox.example>")


# ---------------------------------------------------------------------------- d215-0090
@M(90, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
   "underwriting query to a broker: named applicant's back complaints, physiotherapy, MRI, sick leave; questionnaire incomplete")
def _():
    body = """Hallo Frau Moor,

zum BU-Antrag Ihrer Kundin Frau Merle Tjaden (geb. 03.07.1994, Antrag A-BU-26-00412)
fehlen uns noch Angaben zu den Rückenbeschwerden, die sie unter Frage 4b angegeben
hat. Im Zusatzfragebogen „Wirbelsäule“ ist nur angekreuzt „2023, Physiotherapie,
beschwerdefrei“. Wir benötigen noch:

1. Name und Anschrift der behandelnden Orthopädin bzw. des Orthopäden;
2. ob das MRT der Lendenwirbelsäule (laut Antrag 09/2023) einen Befund hatte
   (Bandscheibenvorwölbung/-vorfall?) – am besten den Befundbericht;
3. Zeiten der Arbeitsunfähigkeit wegen des Rückens (laut Auskunft der Kundin in der
   Gesundheitserklärung „ca. 3 Wochen“ – bitte genauer);
4. ob seit 2024 noch Behandlungen oder Schmerzmittel nötig waren.

Ohne diese Angaben können wir nur mit einer Ausschlussklausel für die Wirbelsäule
annehmen. Bitte reichen Sie die Unterlagen über den Upload im Maklerportal ein, nicht
per Mail.

""" + SIG("deters") + "\n"
    return mail(FROM("deters"), "Svenja Moor <s.moor@hollerbeck-makler.example>",
                "Rückfrage Antrag A-BU-26-00412 (Tjaden) – Wirbelsäule", "2026-03-23 10:05", body)


# ---------------------------------------------------------------------------- d215-0091
@M(91, "CONFIDENTIAL", "en", "insurer-to-company",
   "machinery-breakdown claim of a corporate customer: company, named plant manager, policy and claim number, loss adjuster, deductible")
def _():
    body = """Dear Mr Kerr,

thank you for notifying the breakdown of the thermoforming line TF-3 at your
Delmenhorst plant on 8 April 2026.

  Insured:        Northlight Packaging GmbH, Am Tabakquartier 40, 27749 Delmenhorst
  Policy:         machinery breakdown MB 90 002 318
  Claim number:   TE-26-0142
  Deductible:     EUR 5,000 per claim; business interruption after 2 working days

We have instructed Mr Reinhard Osterkamp (Osterkamp Engineering Loss Adjusters) to
inspect the machine. He will call you today to arrange a visit, ideally before the
damaged heating platen is dismantled. Please keep all replaced parts and the service
log of the last 24 months.

Your business-interruption cover applies if the line is out of operation for more than
two working days; please record the lost production per shift from 8 April.

""" + SIG("achterberg") + "\n\n" + DISCLAIMER + "\n"
    return mail(FROM("achterberg"), "Stuart Kerr <stuart.kerr@northlight-packaging.example>",
                "Machinery breakdown TF-3 - claim TE-26-0142", "2026-04-09 08:47", body,
                cc="Reinhard Osterkamp <r.osterkamp@osterkamp-adjusters.example>")


# ---------------------------------------------------------------------------- d215-0092
@M(92, "NORMAL", "de", "insurer-to-supplier",
   "trap: BiPRO interface ticket to the broker-software vendor with a log of synthetic test data (Max Mustermann, published example IBAN)")
def _():
    body = """Hallo Herr Dreesmann,

zu Ihrem Ticket MW-48812 („Dokumentabholung liefert leere Liste“): Der Fehler liegt
bei uns, nicht in Ihrem MVP. Unser STS hat für die Testumgebung ein Ticket mit
falscher Zielgruppe ausgestellt (audience „bipro-prod“ statt „bipro-test“), deshalb
liefert listShipments eine leere Liste statt einer Fehlermeldung. Korrektur ist
eingespielt.

Ich hänge den Log-Auszug unseres Testlaufs an. Die Testlieferung enthält nur den
synthetischen Testkunden „Max Mustermann“ mit der veröffentlichten Beispiel-IBAN aus
der BiPRO-Dokumentation – keine echten Kundendaten. Bitte testen Sie noch einmal mit
Ihrem Testvermittler 99-0001 und melden Sie sich, falls es wieder hakt.

""" + SIG("ohlendorf") + "\n"
    log = """2026-03-04 09:12:01,114 INFO  sts.TokenService   issue ticket user=99-0001 audience=bipro-test ttl=3600
2026-03-04 09:12:01,402 INFO  bipro430.Transfer  listShipments consumer=99-0001 count=1
2026-03-04 09:12:01,588 DEBUG bipro430.Transfer  shipment id=TST-0000417 type=110013 confidential=false
2026-03-04 09:12:01,590 DEBUG bipro430.Payload   <Partner><Name>Mustermann</Name><Vorname>Max</Vorname><Geburtsdatum>1980-01-01</Geburtsdatum>
2026-03-04 09:12:01,590 DEBUG bipro430.Payload   <Bankverbindung><IBAN>DE02120300000000202051</IBAN><Kontoinhaber>Max Mustermann (TESTDATEN)</Kontoinhaber></Bankverbindung>
2026-03-04 09:12:01,591 DEBUG bipro430.Payload   <Vertrag><Nummer>TEST-KH-0000001</Nummer><Sparte>050</Sparte></Vertrag>
2026-03-04 09:12:01,733 INFO  bipro430.Transfer  getShipment id=TST-0000417 bytes=18223 status=OK
2026-03-04 09:12:02,017 INFO  bipro430.Transfer  acknowledgeShipment id=TST-0000417 status=OK
"""
    return mail(FROM("ohlendorf"), "Support Maklerwerk <support@maklerwerk.example>",
                "AW: [MW-48812] Dokumentabholung liefert leere Liste", "2026-03-04 10:30", body,
                cc="Jannes Dreesmann <j.dreesmann@maklerwerk.example>",
                atts=[att(log, "bipro430_testlauf_2026-03-04.log", "text/plain", charset="us-ascii")])


# ---------------------------------------------------------------------------- d215-0093
@M(93, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "life line without any medical word: premium holiday/paid-up status of a named customer's private pension contract")
def _():
    body = """Sehr geehrter Herr Ploog,

wie gewünscht stellen wir Ihre private Rentenversicherung LV 7.290.447.1 zum
01.05.2026 beitragsfrei. Ab diesem Datum buchen wir keine Beiträge mehr ab.

Ihre Werte nach der Beitragsfreistellung (Stand 01.05.2026):

  garantierte monatliche Altersrente ab 01.09.2042    212,40 EUR
  voraussichtliche Gesamtrente inkl. Überschüsse      268,90 EUR
  Rückkaufswert (bei Kündigung)                     14.806,32 EUR
  Todesfallleistung vor Rentenbeginn                 Rückkaufswert

Sie können die Beitragszahlung innerhalb von drei Jahren ohne erneute
Gesundheitsprüfung wieder aufnehmen. Der neue Nachtrag kommt in den nächsten Tagen
per Post.

""" + SIG("marten") + "\n"
    return mail(FROM("marten"), "Jens-Uwe Ploog <ju.ploog@web-post.example>",
                "Ihre Rentenversicherung LV 7.290.447.1 – Beitragsfreistellung", "2026-04-17 09:33", body)


# ---------------------------------------------------------------------------- d215-0094
@M(94, "CONFIDENTIAL", "de", "insurer-to-customer",
   "HTML-only mail with a table: windscreen claim under partial cover, named customer, plate, claim number, payout")
def _():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Wichern,</p>
<p>Ihr Glasschaden ist abgerechnet. Hier die Übersicht:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e2ec"><th align="left">Angabe</th><th align="left">Wert</th></tr>
<tr><td>Schadennummer</td><td>26/KF/03108</td></tr>
<tr><td>Vertrag</td><td>KH-4471-205577 (Teilkasko, SB 150 EUR)</td></tr>
<tr><td>Versicherungsnehmer</td><td>Heiko Wichern, Altländer Straße 2, 21680 Stade</td></tr>
<tr><td>Fahrzeug / Kennzeichen</td><td>Ford Kuga, STD-HW 1104</td></tr>
<tr><td>Schaden</td><td>Steinschlag Windschutzscheibe, A26 am 02.04.2026</td></tr>
<tr><td>Rechnung Carglass-Partner Glas Hinck</td><td align="right">1.318,47 EUR</td></tr>
<tr><td>Selbstbeteiligung</td><td align="right">&minus;150,00 EUR</td></tr>
<tr><td><b>Zahlung an die Werkstatt</b></td><td align="right"><b>1.168,47 EUR</b></td></tr>
</table>
<p>Die Selbstbeteiligung von 150 EUR zahlen Sie bitte direkt an die Werkstatt. Ein Glasschaden wirkt sich nicht auf Ihre Schadenfreiheitsklasse aus.</p>
<p>Mit freundlichen Grüßen<br><br>Jan-Ole Petersen<br>Kraftfahrt-Schaden<br>Weserland Versicherung AG<br>Tel. 0421 8870-3105<br>kfz-schaden@weserland-vers.example</p>
</body></html>
"""
    return mail(FROM("petersen"), "Heiko Wichern <heiko.wichern@postfach.example>",
                "Glasschaden 26/KF/03108 – Abrechnung", "2026-04-13 13:02", html=html, html_only=True)


# ---------------------------------------------------------------------------- d215-0095
@M(95, "NORMAL", "en", "internal",
   "trap: internal workshop invitation (ICS) on OCR of doctors' invoices and discharge reports, no patient data")
def _():
    body = """Hi all,

invitation for the kick-off of the "health claims automation" project with our
colleagues from group IT in Copenhagen (hence English).

Goal: automatic reading (OCR + classification) of doctors' invoices (GOÄ/GOZ),
pharmacy receipts and discharge reports submitted via the app. Please bring:
- volumes per document type from 2025 (Annika),
- the list of diagnoses that need manual review (Annika),
- requirements from data protection: where may the documents be processed,
  retention of images, training data (Beate).

We will NOT use real customer documents in the workshop; the vendor demo uses
synthetic invoices only.

""" + SIG("ohlendorf") + "\n"
    ics = ics_text([
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:040000008200E00074C5B7101A82E0080000000061A7C3D8E9F2DA010000000000000000100000009F8E7D6C5B4A",
        "DTSTAMP:20260420T071500Z",
        "DTSTART;TZID=W. Europe Standard Time:20260505T090000",
        "DTEND;TZID=W. Europe Standard Time:20260505T160000",
        "SUMMARY:Kick-off Health Claims Automation (OCR)",
        "LOCATION:Bremen B4.01 / Teams",
        "DESCRIPTION:Agenda: document volumes\\, review rules\\, DPIA requirements\\, vendor demo with synthetic invoices.",
        "ORGANIZER;CN=Rasmus Ohlendorf:mailto:rasmus.ohlendorf@weserland-vers.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Dr. Annika Vosskuhl:mailto:annika.vosskuhl@weserland-vers.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Beate Scholz-Nieland:mailto:beate.scholz-nieland@weserland-vers.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Mads Kjeldsen:mailto:mads.kjeldsen@group-it.weserland-vers.example",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return mail(FROM("ohlendorf"), [FROM("vosskuhl"), FROM("scholz"),
                                    "Mads Kjeldsen <mads.kjeldsen@group-it.weserland-vers.example>"],
                "Kick-off: Health Claims Automation (OCR) - 5 May", "2026-04-20 09:15", body,
                atts=[att(ics, "invite.ics", "text/calendar; method=REQUEST", charset="utf-8")])


# ---------------------------------------------------------------------------- d215-0096
@M(96, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
   "invitation (ICS) to a medical examination for a named applicant's disability application: fasting blood test, ECG, doctor's address")
def _():
    body = """Dear Mr Morgan,

thank you for your application for disability insurance (application no.
A-BU-26-00955). Because of the amount of the monthly benefit you applied for
(EUR 3,000), our underwriting rules require a medical examination. The costs are
paid by us.

We have booked the following appointment for you (calendar entry attached):

  Tuesday, 12 May 2026, 08:00
  Dr. med. Tammo Weerts, Internal Medicine, Schwachhauser Heerstraße 54, 28209 Bremen

Please come fasting (no food for 10 hours, water is fine) - a blood test and a resting
ECG will be done. Bring your ID, your glasses if you wear any, and a list of all
medicines you currently take, including the inhaler you mentioned in the health
questions. The examination takes about 45 minutes.

If the date does not suit you, please call the practice directly.

""" + SIG("deters") + "\n"
    ics = ics_text([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Weserland Versicherung//Antragspruefung//EN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:A-BU-26-00955-exam@weserland-vers.example",
        "DTSTAMP:20260428T090000Z",
        "DTSTART:20260512T060000Z",
        "DTEND:20260512T064500Z",
        "SUMMARY:Medical examination (disability application A-BU-26-00955)",
        "LOCATION:Dr. med. Tammo Weerts\\, Schwachhauser Heerstraße 54\\, 28209 Bremen",
        "DESCRIPTION:Applicant: Rhys Morgan\\, DOB 22/02/1989. Fasting blood test + resting ECG. Bring ID\\, glasses and list of medicines (incl. asthma inhaler).",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return mail(FROM("deters"), "Rhys Morgan <rhys.morgan@cymru-mail.example>",
                "Your disability application - medical examination on 12 May", "2026-04-28 11:02", body,
                atts=[att(ics, "medical_examination_2026-05-12.ics", "text/calendar", charset="utf-8")])


# ---------------------------------------------------------------------------- d215-0097
@M(97, "CONFIDENTIAL", "en", "insurer-to-customer",
   "rent-deposit guarantee approved on the basis of a named customer's net income, landlord and flat, premium")
def _():
    body = """Dear Ms Souza,

good news: we have approved your rent deposit guarantee (Mietkautionsbürgschaft).

  Guarantee no.:    KB-26-001877
  Landlord:         Wohnungsgesellschaft Weser-Süd mbH
  Flat:             Kornstraße 240, 3rd floor left, 28201 Bremen
  Deposit amount:   EUR 2,850.00 (3 x net cold rent of EUR 950)
  Annual premium:   EUR 128.25 (4.5 %), first payment on 1 June 2026

We based our decision on your payslips for January to March 2026 (net monthly income
EUR 3,420 from your permanent position at Brightwave Technologies GmbH) and your
credit report from the credit agency, which showed no negative entries.

The guarantee certificate goes to your landlord by post today; you will receive a copy.
You do not have to pay the deposit into a bank account.

""" + SIG("fennell") + "\n"
    return mail(FROM("fennell"), "Ana Souza <ana.souza@inbox.example>",
                "Your rent deposit guarantee KB-26-001877 is approved", "2026-05-06 15:15", body)


# ---------------------------------------------------------------------------- d215-0098
@M(98, "NORMAL", "de", "insurer-to-company",
   "trap: general information for an employer on 2026 salary-conversion limits (Entgelt, Beitragsbemessungsgrenze), no employee")
def _():
    body = """Sehr geehrte Frau Lübben,

zu Ihrer Frage, welche Grenzen 2026 für die Entgeltumwandlung in unsere
Direktversicherung gelten:

  Beitragsbemessungsgrenze Rentenversicherung 2026    101.400 EUR/Jahr
  steuerfrei nach § 3 Nr. 63 EStG (8 % der BBG)          8.112 EUR/Jahr (676 EUR/Monat)
  davon sozialversicherungsfrei (4 % der BBG)            4.056 EUR/Jahr (338 EUR/Monat)
  Pflicht-Arbeitgeberzuschuss bei SV-Ersparnis           15 % des umgewandelten Betrags

Für Beschäftigte mit einem Bruttogehalt bis 2.718 EUR/Monat (Geringverdiener nach
§ 100 EStG) kann der Arbeitgeberbeitrag von 240 bis 960 EUR jährlich zusätzlich
gefördert werden – das lohnt sich gerade bei Ihren Auszubildenden und
Teilzeitkräften.

Gern komme ich im Mai zu einer Mitarbeiterinformation zu Ihnen; Einzelberatungen
mache ich dann im Anschluss, ohne dass Sie als Arbeitgeber die Gehälter erfahren
müssen.

""" + SIG("samuelsen") + "\n"
    return mail(FROM("samuelsen"), "Kirsten Lübben <k.luebben@hansa-metallbau.example>",
                "AW: Entgeltumwandlung 2026 – Grenzen", "2026-02-16 11:40", body)


# ---------------------------------------------------------------------------- d215-0099
@M(99, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "company pension: XLSX to the employer with named employees, birth dates, gross salaries, conversion amounts and direct-insurance (life) contract numbers")
def _():
    body = """Sehr geehrte Frau Lübben,

die Direktversicherungen für Ihre sechs neuen Mitarbeitenden sind policiert. In der
Anlage finden Sie die Übersicht für Ihre Lohnbuchhaltung (Vertragsnummern,
Umwandlungsbeträge, Arbeitgeberzuschuss). Bitte ab der Gehaltsabrechnung Mai
abführen; die Versicherungsscheine gehen direkt an die Mitarbeitenden.

""" + SIG("samuelsen") + "\n"
    rows = [["Personal-Nr.", "Name", "Vorname", "Geburtsdatum", "Bruttogehalt mtl. EUR", "Umwandlung mtl. EUR",
             "AG-Zuschuss 15 % EUR", "Vertrag", "Beginn"],
            ["1188", "Rosenbrock", "Tim", "12.01.2004", 1250.00, 50.00, 7.50, "DV 4.410.118.2", "01.05.2026"],
            ["1191", "Gieschen", "Lara", "27.08.1999", 3150.00, 150.00, 22.50, "DV 4.410.119.0", "01.05.2026"],
            ["1193", "Kowalski", "Adam", "05.03.1986", 3980.00, 338.00, 50.70, "DV 4.410.120.4", "01.05.2026"],
            ["1194", "Meyer-Lüerßen", "Jasper", "19.11.1978", 4620.00, 200.00, 30.00, "DV 4.410.121.2", "01.05.2026"],
            ["1196", "Tuncel", "Sibel", "30.06.1993", 2690.00, 100.00, 15.00, "DV 4.410.122.0", "01.05.2026"],
            ["1197", "Hobbie", "Frauke", "14.02.1968", 2240.00, 80.00, 12.00, "DV 4.410.123.9", "01.05.2026"]]
    x = xlsx_bytes([("Direktversicherung 05-2026", rows)], title="Direktversicherung Hansa Metallbau",
                   author="Viktor Samuelsen", date="2026-04-22 16:00")
    return mail(FROM("samuelsen"), "Kirsten Lübben <k.luebben@hansa-metallbau.example>",
                "Direktversicherungen neue Mitarbeitende ab 01.05.2026", "2026-04-22 16:08", body,
                atts=[att(x, "Hansa_Metallbau_DV_Neuzugaenge_2026-05.xlsx", CT_XLSX)])


# ---------------------------------------------------------------------------- d215-0100
@M(100, "CONFIDENTIAL", "en", "broker",
   "inline forward of a broker's mail: client's new home address and new bank account (IBAN) for his home-contents policy")
def _():
    body = """Hi team,

please update HR-EX 1054 as below and send the new schedule to the broker (CLIB),
not to the client. Start date question from the January bordereau is also solved now
(01/02/2026 is correct). Thanks!

""" + SIG("fennell") + """

---------- Forwarded message ----------
From: Priya Raman <priya.raman@cartwrightlane.example>
Date: Mon, 23 Mar 2026 at 16:20
Subject: Change of address and bank details - R. Morgan - HR-EX 1054
To: International Customer Service <international-service@weserland-vers.example>

Hello,

our client Mr Rhys Morgan has moved. Please update his home contents policy
HR-EX 1054 with effect from 1 April 2026:

New risk address:  Hoppenbank 7, 28203 Bremen (2nd floor, 62 sqm)
New bank account:  Rhys Morgan, IBAN DE13 2916 2394 6834 8907 90
                   (please use for the direct debit from the next instalment)

Sum insured stays at EUR 40,000. The old flat in Bremerhaven was handed over on
31 March.

Many thanks,
Priya Raman
Operations Manager, Cartwright Lane Insurance Brokers Ltd
"""
    return mail(FROM("fennell"), "Bestand Sach <bestand-sach@weserland-vers.example>",
                "Fwd: Change of address and bank details - R. Morgan - HR-EX 1054", "2026-03-24 09:02", body,
                client="web", charset="utf-8", cte="8bit")


# ---------------------------------------------------------------------------- d215-0101
@M(101, "NORMAL", "en", "insurer-to-doctor",
   "trap: reply to a medical practice on registering for electronic invoicing (GOÄ invoices, discharge letters), no patient")
def _():
    body = """Dear Dr. Okoye,

thank you for your message. Your practice can register for our provider portal at
portal-leistungserbringer.weserland-vers.example:

1. Registration with your practice details and the lifelong doctor number (LANR).
2. We send an activation letter by post to the practice address (this usually takes
   five working days).
3. After activation you can upload GOÄ invoices as PDF or in the PAD format, and your
   patients no longer need to pay in advance if they have our direct-billing card.

Please do not send invoices, reports or any other patient documents to this e-mail
address; it is not encrypted.

The portal is also available in English.

""" + SIG("vosskuhl") + "\n"
    return mail(FROM("vosskuhl"), '"Dr. Sarah Okoye" <info@intl-practice-bremen.example>',
                "RE: Direct billing / electronic invoices for your members", "2026-02-10 16:22", body,
                charset="utf-8", cte="qp")


# ---------------------------------------------------------------------------- d215-0102
@M(102, "STRICTLY_CONFIDENTIAL", "en", "internal",
   "ZIP with a nested .eml from a Spanish hospital and a cardiology report PDF on a named patient, sent to the consulting physician")
def _():
    body = """Hi Jelena,

case file for your review before the air ambulance decision (AS-26-005530). The ZIP
contains the hospital's mail with their report as they sent it, and the
cardiology report as a separate file. I have not touched anything. Thanks!

""" + SIG("oyelaran") + "\n"
    report = pdf_bytes("""# Servicio de Cardiología - Informe clínico
Hospital Universitario Nuestra Señora de Candelaria, Santa Cruz de Tenerife

Paciente: TÖNJES, Bernd     Fecha de nacimiento: 02/09/1958     Sexo: varón
Ingreso: 12/04/2026 (Urgencias)

Diagnóstico: Infarto agudo de miocardio sin elevación del ST (NSTEMI), Killip I.
Antecedentes: diabetes mellitus tipo 2 (metformina), hipertensión arterial,
exfumador (30 paquetes-año), dislipemia.

Coronariografía 13/04/2026: enfermedad de un vaso, estenosis 90 % de la DA proximal.
Se implantan 2 stents farmacoactivos en DA proximal y media. Resultado óptimo.
Ecocardiograma: FEVI 45 %, hipocinesia anterior.

Tratamiento: AAS 100 mg/24 h, ticagrelor 90 mg/12 h, bisoprolol 2,5 mg/24 h,
atorvastatina 80 mg/24 h, metformina 850 mg/12 h.
Situación actual: estable, sin dolor torácico, sin arritmias. Apto para traslado aéreo
medicalizado a partir del 18/04/2026.

Dra. Nayra Hernández Afonso, Cardiología
""", title="Informe clinico", author="HUNSC", date="2026-04-15 09:20", producer="HIS DRAGO AE")
    inner = mail("Admisión Internacional HUNSC <internacional@hunsc-tenerife.example>",
                 "Travel Assistance <assistance@weserland-vers.example>",
                 "RE: Paciente Tönjes, Bernd - informe clínico", "2026-04-15 10:02 +0100",
                 """Dear Sirs,

please find attached the clinical report of your insured Mr Bernd Tönjes (DOB
02/09/1958), cardiology ward, room 612. The patient is stable after stenting and
the cardiologist agrees to an air transfer from 18 April.

Kind regards,
International Patients Office
Hospital Universitario Nuestra Señora de Candelaria
""", atts=[att(report, "Informe_Tonjes_Bernd.pdf", CT_PDF)])
    z = zip_bytes([("AS-26-005530/01_hospital_mail_2026-04-15.eml", eml_bytes(inner)),
                   ("AS-26-005530/02_cardiology_report.pdf", report)],
                  when=(2026, 4, 15, 11, 30, 0))
    return mail(FROM("oyelaran"), '"Dr. Jelena Horvat" <jelena.horvat@weserland-vers.example>',
                "Case file AS-26-005530 for medical review", "2026-04-15 11:34", body,
                atts=[att(z, "AS-26-005530_casefile.zip", CT_ZIP)])


# ---------------------------------------------------------------------------- d215-0103
@M(103, "CONFIDENTIAL", "de", "customer",
   "customer's complaint forwarded as message/rfc822: premium debited twice, his IBAN (one digit wrong in his own text), household policy")
def _():
    inner_body = """Sehr geehrte Damen und Herren,

schon wieder wurde der Beitrag für meine Hausratversicherung HR 55 187 330 doppelt
abgebucht, am 02.03. und am 04.03. jeweils 198,60 Euro!! Das ist jetzt das zweite mal
nach Oktober. Ich habe die Lastschrift vom 04.03. zurückgehen lassen, bitte buchen
Sie nicht nochmal ab und berechnen Sie mir keine Rücklastschriftgebühr.

Mein Konto ist DE27 2915 0511 3582 5275 95 bei der Sparkasse Bremen, Inhaber
Ralf Wöhlke. Falls Sie mir noch was erstatten müssen dann dahin.

Wenn das nochmal vorkommt kündige ich und gehe zur Verbraucherzentrale.

Ralf Wöhlke
Vegesacker Heerstraße 44
28757 Bremen
"""
    inner = mail("Ralf Woehlke <ralf.woehlke@mailbox.example>", "Kundenservice <service@weserland-vers.example>",
                 "Doppelte Abbuchung!!!", "2026-03-05 07:12", inner_body, client="and", cte="8bit")
    body = """Hallo Beschwerdemanagement,

anbei eine Beschwerde zur doppelten Lastschrift Hausrat (Kunde Wöhlke). Ich habe im
Inkasso nachgesehen: Der Lauf vom 04.03. ist tatsächlich doppelt für alle Verträge mit
Fälligkeit 01.03. und Zahlweise jährlich gelaufen, Ticket INK-2026-0311 ist offen.
Rücklastschriftgebühr bitte stornieren. Die IBAN in seiner Mail ist übrigens falsch
abgetippt (letzte Ziffer), im System steht die richtige.

""" + SIG("marten") + "\n"
    return mail(FROM("marten"), "Beschwerdemanagement <beschwerde@weserland-vers.example>",
                "WG: Doppelte Abbuchung!!!", "2026-03-05 09:40", body,
                atts=[att_msg(inner)])


# ---------------------------------------------------------------------------- d215-0104
@M(104, "NORMAL", "de", "internal",
   "trap: quarterly claims KPI workbook (claim counts, cycle times, benefits paid for Krankheitskosten/BU/Pflege), aggregates only")
def _():
    body = """Hallo zusammen,

anbei die Schaden-/Leistungs-KPIs Q1 2026 für die Bereichsleiterrunde am Montag.
Auffällig:

- Kfz: Durchlaufzeit wegen Ylva auf 11,4 Tage gestiegen (Q4: 7,9)
- KV: Leistungsausgaben +8,7 % ggü. Q1 2025, v. a. stationär und Arzneimittel
- BU: 61 neue Leistungsfälle, Anerkennungsquote 71 %
- Pflege: Durchlaufzeit Begutachtung weiter bei 34 Tagen (Ziel 25)

Alle Zahlen aggregiert, keine Einzelfälle.

""" + SIG("brinkmann") + "\n"
    rows = [["Sparte", "Neue Fälle Q1", "Erledigt Q1", "Ø Durchlaufzeit Tage", "Zahlungen TEUR", "Veränderung ggü. Vj."],
            ["Kfz", 6214, 5980, 11.4, 18410, "+21 %"],
            ["Sach privat", 5102, 4477, 14.9, 26830, "+64 % (Ylva)"],
            ["Haftpflicht", 1288, 1305, 19.2, 3120, "-2 %"],
            ["Rechtsschutz", 2041, 1998, 6.1, 4470, "+5 %"],
            ["KV Krankheitskosten", 48770, 48215, 4.2, 61240, "+8,7 %"],
            ["KV Krankentagegeld", 1406, 1390, 9.8, 5210, "+3 %"],
            ["BU", 61, 55, 88.0, 7940, "+6 %"],
            ["Unfall", 702, 688, 23.5, 4015, "-4 %"],
            ["Pflege", 418, 392, 34.0, 2860, "+11 %"]]
    x = xlsx_bytes([("KPI Q1 2026", rows)], title="Schaden-/Leistungs-KPI Q1 2026", author="Ole Brinkmann",
                   date="2026-04-08 17:10")
    return mail(FROM("brinkmann"), "Bereichsleitung Schaden/Leistung <bl-schaden-leistung@weserland-vers.example>",
                "KPI Schaden/Leistung Q1 2026", "2026-04-08 17:15", body,
                atts=[att(x, "KPI_Schaden_Leistung_Q1_2026.xlsx", CT_XLSX)])


# ---------------------------------------------------------------------------- d215-0105
@M(105, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
   "two-line reply whose quoted history holds the broker's mail on a named customer's cardioversion, hospital bill and health policy")
def _():
    body = """Hallo Herr Şahin,

danke, ist erstattet (Zahlung an Herrn Nowicki heute raus). Künftig bitte über den
Upload im Portal.

""" + SIG("vosskuhl") + """

-----Ursprüngliche Nachricht-----
Von: Deniz Sahin <d.sahin@sahin-kowalczyk.example>
Gesendet: Montag, 30. März 2026 11:16
An: Dr. Annika Vosskuhl <annika.vosskuhl@weserland-vers.example>
Betreff: Nowicki KV-0090127-01 – Rechnung Kardioversion

Sehr geehrte Frau Dr. Vosskuhl,

Herr Nowicki hatte am 17.03. die elektrische Kardioversion im Klinikum
Bremerhaven-Reinkenheide (ambulant, Sedierung), der Sinusrhythmus hält bisher. Er
bekommt weiter Eliquis 5 mg und Flecainid. Anbei die Rechnung über 1.284,60 EUR, er
hat sie schon bezahlt und bittet um Erstattung.

Vielen Dank und beste Grüße
Deniz Şahin
Maklerbüro Şahin & Kowalczyk GbR
"""
    return mail(FROM("vosskuhl"), "Deniz Sahin <d.sahin@sahin-kowalczyk.example>",
                "AW: Nowicki KV-0090127-01 – Rechnung Kardioversion", "2026-04-01 13:37", body)

# ---------------------------------------------------------------------------- d215-0106
@M(106, "CONFIDENTIAL", "en", "insurer-to-customer",
   "own-damage motor claim of a named customer (bollard in a car park), policy, claim, plate, excess; nobody hurt, no rental car")
def _():
    body = """Dear Mr Hughes,

thank you for the photos and the garage estimate.

We understand that on 14 March 2026 you reversed into a concrete bollard in the car
park of the Weserpark shopping centre and damaged the rear bumper and the tailgate of
your car (Mazda CX-5, HB-GH 221). Nobody was hurt and no other vehicle or property
was involved, so this is a claim under your comprehensive cover
(Vollkasko, policy KH-4471-233107).

  Claim number:          26/KF/02877
  Estimate (Autohaus Brüggen), net:   EUR 2,962.18
  Excess:                -EUR 500.00
  We will pay:           EUR 2,462.18 directly to the garage after the repair

About the rental car: comprehensive cover does not include a replacement car. A
rental car is only paid when another driver is liable for the accident. The garage
can offer you a courtesy car for about EUR 25 a day.

Your no-claims class for comprehensive cover will go down from SF 6 to SF 3 on
1 January 2027 unless you decide to pay for the damage yourself; we will send you
a letter with the exact figures.

""" + SIG("fennell") + "\n"
    return mail(FROM("fennell"), "Gareth Hughes <gareth.hughes@cymru-mail.example>",
                "Your claim 26/KF/02877 - bollard Weserpark", "2026-03-18 10:55", body)


# ---------------------------------------------------------------------------- d215-0107
@M(107, "NORMAL", "en", "internal",
   "IT notice on a maintenance window of the SecureMail gateway (encryption, certificates), no personal data")
def _():
    body = """Hello all,

this is a reminder of the planned maintenance of the SecureMail gateway:

  When:     Thursday 7 May 2026, 19:00-21:00 CEST
  Impact:   outgoing external e-mail is queued, not lost; delivery resumes
            automatically after the window. Internal e-mail is not affected.
  Why:      renewal of the domain certificate for S/MIME gateway-to-gateway
            encryption with our partners, update of the TLS policy
            (TLS 1.3 preferred, TLS 1.2 minimum).

Please do not send urgent external e-mail (e.g. guarantees of payment to hospitals
abroad) during the window; use the phone or fax fallback described in the
assistance runbook.

Questions: it-ops@weserland-vers.example or ext. 4000.

IT Operations
Weserland Versicherung AG
"""
    return mail("IT Operations <it-ops@weserland-vers.example>", "All staff <all-staff@weserland-vers.example>",
                "Maintenance: SecureMail gateway, Thu 7 May 19:00-21:00", "2026-05-04 12:00", body,
                charset="us-ascii", cte="7bit", client="sys")


# ---------------------------------------------------------------------------- d215-0108
@M(108, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
   "HTML-only contract overview for a broker: named family with full health insurance, term life and motor contracts")
def _():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Herr Hollerbeck,</p>
<p>wie besprochen die Übersicht für Familie Dierks vor Ihrem Termin am Donnerstag:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dce6f0"><th>VN</th><th>versicherte Person</th><th>Sparte / Tarif</th><th>Vertrag</th><th>Beitrag mtl.</th><th>Hinweis</th></tr>
<tr><td>Malte Dierks</td><td>Malte Dierks (geb. 08.02.1981)</td><td>KV Vollversicherung Komfort 600</td><td>KV-0093318-02</td><td>612,40 EUR</td><td>Beginn 01.02.2026</td></tr>
<tr><td>Malte Dierks</td><td>Lotta Dierks (geb. 17.10.2016)</td><td>KV Kindertarif Komfort</td><td>KV-0093318-03</td><td>148,90 EUR</td><td>mitversichert</td></tr>
<tr><td>Malte Dierks</td><td>Malte Dierks</td><td>Risikoleben, 250.000 EUR, fallend</td><td>LV 7.321.904.5</td><td>38,12 EUR</td><td>Begünstigt: Insa Dierks</td></tr>
<tr><td>Insa Dierks</td><td>Insa Dierks (geb. 25.05.1983)</td><td>Risikoleben, 150.000 EUR</td><td>LV 7.321.905.3</td><td>21,70 EUR</td><td>Beitragszuschlag 25 %</td></tr>
<tr><td>Malte Dierks</td><td>&ndash;</td><td>Kfz KH/VK, OL-MD 81</td><td>KH-4471-231190</td><td>59,36 EUR</td><td>&ndash;</td></tr>
</table>
<p>Die Umstellung der KV zum 01.02. ist durch, die Anwartschaft aus der GKV-Zeit ist nicht relevant. Beim Risikoleben von Frau Dierks bleibt der Zuschlag; eine Überprüfung ist frühestens 2027 möglich.</p>
<p>Mit freundlichen Grüßen<br><br>Henrike Brüggemann<br>Maklerbetreuung Region Nord-West<br>Weserland Versicherung AG<br>
Telefon +49 421 8870-2214 &middot; Mobil +49 170 5512904<br>henrike.brueggemann@weserland-vers.example</p>
</body></html>
"""
    return mail(FROM("brueggemann"), "Jens Hollerbeck <j.hollerbeck@hollerbeck-makler.example>",
                "Übersicht Familie Dierks", "2026-03-10 17:22", html=html, html_only=True)


# ---------------------------------------------------------------------------- d215-0109
@M(109, "CONFIDENTIAL", "de", "insurer-to-customer",
   "attachment only: ODT letter confirming cancellation of a named customer's household policy with address, policy number and refund")
def _():
    body = """Sehr geehrte Frau Rörden,

anbei unser Schreiben zu Ihrer Nachricht vom 14.04.2026. Das Original erhalten Sie
zusätzlich per Post.

""" + SIG("marten") + "\n"
    odt = odt_bytes([
        "Weserland Versicherung AG · Am Speicherhafen 12 · 28217 Bremen",
        "",
        "Frau",
        "Wiebke Rörden",
        "Am Hulsberg 19",
        "28205 Bremen",
        "",
        "Bremen, 16.04.2026",
        ("h", "Bestätigung Ihrer Kündigung – Hausratversicherung HR 55 143 882"),
        "Sehr geehrte Frau Rörden,",
        "wir bestätigen die Kündigung Ihrer Hausratversicherung HR 55 143 882 wegen Wegfalls des Risikos zum 01.06.2026. Sie ziehen mit Ihrem Hausrat in die Wohnung Ihres Lebensgefährten, Herrn Arne Tiedjen, Fesenfeld 88, 28203 Bremen, dessen Hausrat ebenfalls bei uns versichert ist (HR 55 160 017). Ihr Hausrat ist dort ab dem Umzugstag über seinen Vertrag mitversichert; eine Erhöhung der Versicherungssumme dort haben wir vorgemerkt.",
        "Den im Voraus gezahlten Beitrag für die Zeit vom 01.06. bis 31.12.2026 erstatten wir anteilig:",
        ("table", [["Zeitraum", "Tage", "Betrag"],
                   ["01.06.2026 – 31.12.2026", "214", "104,87 EUR"]]),
        "Die Erstattung überweisen wir auf Ihr Konto, von dem der Beitrag abgebucht wurde (IBAN endet auf 6107).",
        "",
        "Mit freundlichen Grüßen",
        "Weserland Versicherung AG",
        "Kundenservice",
    ], title="Kündigungsbestätigung HR 55 143 882", author="Ilka Marten", date="2026-04-16 11:20")
    return mail(FROM("marten"), "Wiebke Rörden <wiebke.roerden@netmail.example>",
                "Ihr Schreiben vom 14.04.2026", "2026-04-16 11:31", body,
                atts=[att(odt, "Schreiben_2026-04-16.odt", CT_ODT)])


# ---------------------------------------------------------------------------- d215-0110
@M(110, "NORMAL", "de", "newsletter",
   "storm-warning customer newsletter (multipart/alternative) with claim advice, no individual customer")
def _():
    text = """Unwetterwarnung für Norddeutschland – so schützen Sie Ihr Zuhause

Liebe Kundinnen und Kunden,

der Deutsche Wetterdienst warnt für Mittwoch und Donnerstag vor schweren Sturmböen
bis 110 km/h und Starkregen an der Küste und im Binnenland.

Unsere Tipps:
  - Gartenmöbel, Trampoline und Mülltonnen sichern oder in die Garage stellen
  - Fenster, Dachfenster und Kellerschächte schließen
  - Auto nicht unter Bäumen oder neben Baugerüsten parken
  - Rückstauklappe im Keller prüfen

Wenn doch etwas passiert:
  1. Schaden fotografieren, bevor Sie aufräumen
  2. Notmaßnahmen treffen (z. B. Plane über das Dach) – die Kosten übernehmen wir
  3. Schaden in der Weserland-App oder unter 0421 8870-7000 melden

Bleiben Sie sicher!
Ihre Weserland Versicherung

Sie erhalten diese Nachricht, weil Sie Unwetterwarnungen abonniert haben.
Abmelden: https://www.weserland-vers.example/unwetter/abmelden
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#1a1a1a">
<div style="background:#b3261e;color:#fff;padding:14px 20px;font-size:19px"><b>Unwetterwarnung für Norddeutschland</b></div>
<p>Liebe Kundinnen und Kunden,</p>
<p>der Deutsche Wetterdienst warnt für Mittwoch und Donnerstag vor schweren Sturmböen bis 110&nbsp;km/h und Starkregen an der Küste und im Binnenland.</p>
<h3>Unsere Tipps</h3>
<ul><li>Gartenmöbel, Trampoline und Mülltonnen sichern oder in die Garage stellen</li>
<li>Fenster, Dachfenster und Kellerschächte schließen</li>
<li>Auto nicht unter Bäumen oder neben Baugerüsten parken</li>
<li>Rückstauklappe im Keller prüfen</li></ul>
<h3>Wenn doch etwas passiert</h3>
<ol><li>Schaden fotografieren, bevor Sie aufräumen</li>
<li>Notmaßnahmen treffen (z.&nbsp;B. Plane über das Dach) &ndash; die Kosten übernehmen wir</li>
<li>Schaden in der Weserland-App oder unter 0421 8870-7000 melden</li></ol>
<p>Bleiben Sie sicher!<br>Ihre Weserland Versicherung</p>
<p style="font-size:11px;color:#777">Sie erhalten diese Nachricht, weil Sie Unwetterwarnungen abonniert haben.
<a href="https://www.weserland-vers.example/unwetter/abmelden">Abmelden</a></p>
</body></html>
"""
    return mail("Weserland Versicherung <service@weserland-vers.example>",
                "Unwetterwarnung Abonnenten <unwetter@lists.weserland-vers.example>",
                "Unwetterwarnung: Sturm und Starkregen ab Mittwoch", "2026-10-19 16:00", text, html=html,
                client="sys", headers=[("Precedence", "bulk"),
                                       ("List-Unsubscribe", "<https://www.weserland-vers.example/unwetter/abmelden>")])


# ---------------------------------------------------------------------------- d215-0111
@M(111, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "harmless one-line reply; the quoted history holds a named member's request for more trauma psychotherapy sessions (PTSD)")
def _():
    body = """Dear Ms Brennan,

thank you, we have received the therapist's report. You will hear from us within
ten working days.

""" + SIG("vosskuhl") + """

On Wed, 8 Apr 2026 at 22:31, Aoife Brennan <aoife.brennan@inbox.example> wrote:
> Dear Dr Vosskuhl,
>
> my psychotherapist (Ms Hinrichs, trauma therapy) says I need more sessions than
> the 20 that were approved. Since the car accident last year I still have
> flashbacks and panic attacks when I drive, the diagnosis is PTSD (F43.1). She
> wrote a report for you, I attached it. I am on sertraline now as well.
>
> My policy is the Global Select, member no. WIH-300-70322-02.
>
> Thank you,
> Aoife Brennan
"""
    return mail(FROM("vosskuhl"), "Aoife Brennan <aoife.brennan@inbox.example>",
                "Re: More therapy sessions", "2026-04-09 08:40", body,
                irt="<CAB7f2e91d0c4a5b@inbox.example>")


# ---------------------------------------------------------------------------- d215-0112
@M(112, "CONFIDENTIAL", "en", "insurer-to-customer",
   "legal-expenses cover for a named customer's unfair-dismissal claim against his employer (no health or criminal content)")
def _():
    body = """Dear Mr Adeyemi,

we confirm cover under your legal expenses policy RS 31 502 773 (private, employment
and traffic) for your action against the dismissal by your employer, Hafenlogistik
Nord GmbH, dated 30 April 2026.

  Claim number:    RS-26-02214
  Covered:         action before the labour court (Kündigungsschutzklage), including
                   your lawyer's statutory fees and the court fees
  Excess:          EUR 150
  Your lawyer:     Ms Wiebke Sander, Sander & Ohm Arbeitsrecht, Bremen

Important: the action must be filed with the labour court within three weeks of
receiving the dismissal letter (by 21 May 2026). Your lawyer knows this; please give
her the claim number so that she can send her invoice directly to us.

Please note that in the first instance before the labour court each side pays its own
lawyer, even if you win - that is why the cover matters here.

""" + SIG("fennell") + "\n"
    return mail(FROM("fennell"), "Samuel Adeyemi <samuel.adeyemi@postfach.example>",
                "Legal expenses RS-26-02214 - cover confirmed", "2026-05-05 11:48", body)


# ---------------------------------------------------------------------------- d215-0113
@M(113, "NORMAL", "de", "internal",
   "trap: new rejection-letter template (DOCX) for disability claims with «placeholders» for name, diagnosis and policy number")
def _():
    body = """Liebes Team Leistung Leben/BU,

die Rechtsabteilung hat die Vorlage für Leistungsablehnungen BU überarbeitet (neue
Formulierung zur Verweisung und zum Hinweis auf den Ombudsmann). Ab sofort bitte nur
noch diese Vorlage verwenden; die alte ist im DMS gesperrt.

Die Platzhalter in «…» füllt das Textsystem aus der Akte. Bitte die Begründung
(Abschnitt 2) immer individuell schreiben und keine Diagnosen in die Betreffzeile.

""" + SIG("lanz") + "\n"
    d = docx_bytes([
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "",
        ("b", "Ihr Antrag auf Leistungen aus der Berufsunfähigkeitsversicherung «Vertragsnummer»"),
        "«Anrede_Brief»,",
        "wir haben Ihren Antrag vom «Antragsdatum» sorgfältig geprüft. Grundlage waren «Unterlagenliste» sowie das Gutachten von «Gutachter» vom «Gutachtendatum».",
        ("b", "1. Ergebnis"),
        "Nach dem Ergebnis unserer Prüfung liegt eine Berufsunfähigkeit im Sinne von § «Paragraph» der Versicherungsbedingungen nicht vor. Wir können daher leider keine Leistungen erbringen.",
        ("b", "2. Begründung"),
        "«Begründung_individuell: Diagnose(n) «Diagnose», Leistungsbild, Bezug zur zuletzt ausgeübten Tätigkeit»",
        ("b", "3. Ihre Möglichkeiten"),
        "Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie uns innerhalb von «Frist» Wochen weitere Unterlagen einreichen. Sie können sich außerdem kostenfrei an den Versicherungsombudsmann wenden oder den Rechtsweg beschreiten.",
        "",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ], title="Vorlage Leistungsablehnung BU (Stand 04/2026)", author="Rechtsabteilung", date="2026-04-20 10:00")
    return mail(FROM("lanz"), "Team Leistung Leben BU <team-leben-bu@weserland-vers.example>",
                "Neue Vorlage Leistungsablehnung BU", "2026-04-21 08:50", body,
                atts=[att(d, "Vorlage_Ablehnung_BU_2026-04.docx", CT_DOCX)])


# ---------------------------------------------------------------------------- d215-0114
@M(114, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "trip cancellation because the customer's mother was hospitalised with acute pancreatitis: health data of a relative, medical certificate")
def _():
    body = """Sehr geehrte Frau Meinardus,

vielen Dank für Ihre Unterlagen zur Stornierung Ihrer Reise nach Mallorca
(03.–10.05.2026, Reiserücktrittsversicherung RR 2026 4471 118).

Nach dem ärztlichen Attest des Krankenhauses Diakonie Bremen wurde Ihre Mutter, Frau
Edeltraud Meinardus, am 29.04.2026 mit einer akuten Pankreatitis stationär
aufgenommen und musste bis zum 08.05. auf der Intensiv- bzw. Normalstation behandelt
werden. Eine schwere Erkrankung einer nahen Angehörigen ist ein versichertes Ereignis;
dass Sie die Reise nicht antreten konnten, ist nachvollziehbar.

  Schadennummer                    RR-26-00912
  Stornokosten (Hotel + Flug)      1.326,00 EUR
  Selbstbehalt                       -100,00 EUR
  Erstattung                       1.226,00 EUR

Die Kosten für die Umbuchungsgebühr Ihres Sohnes (70 EUR) können wir nicht übernehmen,
da er nicht mitversichert ist.

Wir wünschen Ihrer Mutter gute Besserung.

""" + SIG("oyelaran") + "\n"
    return mail(FROM("oyelaran"), "Sandra Meinardus <s.meinardus@t-post.example>",
                "Ihre Reisestornierung Mallorca – RR-26-00912", "2026-05-13 10:05", body)


# ---------------------------------------------------------------------------- d215-0115
@M(115, "CONFIDENTIAL", "de", "insurer-to-broker",
   "annual commission certificate (PDF) for a sole-trader broker: his yearly income, tax number, bank account")
def _():
    body = """Sehr geehrter Herr Thiele,

wie jedes Jahr anbei Ihre Jahresbescheinigung über die im Kalenderjahr 2025
gezahlten Courtagen für Ihre Steuererklärung. Die Bescheinigung wurde maschinell
erstellt und ist ohne Unterschrift gültig.

""" + SIG("yildirim") + "\n"
    pdf = pdf_bytes("""# Jahresbescheinigung Courtage 2025
Weserland Versicherung AG / Weserland Lebensversicherung AG / Weserland Krankenversicherung a.G.

Empfänger: Finanzkontor Thiele e.K., Inhaber Ralf Thiele
Große Straße 44, 27283 Verden (Aller)
Vermittlernummer: 40-2093
Steuernummer: 63/148/07715
Zahlungsweg: IBAN DE36 2909 0605 5172 4210 09

## Gezahlte Courtagen 01.01.2025 - 31.12.2025
Gesellschaft                                 Abschluss     Bestand     Storno       Summe
Weserland Versicherung AG                    9.412,30    17.986,44    -611,02   26.787,72
Weserland Lebensversicherung AG             14.208,75     1.126,30  -2.431,10   12.903,95
Weserland Krankenversicherung a.G.           6.330,00         0,00    -377,40    5.952,60
Gesamt                                      29.951,05    19.112,74  -3.419,52   45.644,27

Die Courtagen sind nach § 4 Nr. 11 UStG umsatzsteuerfrei.
Diese Bescheinigung dient der Vorlage beim Finanzamt.

Bremen, 20.01.2026
""", title="Jahresbescheinigung 2025 VM 40-2093", author="Provisionsabrechnung", date="2026-01-20 05:00",
        producer="PROVIS 8.4 Druckausgabe")
    return mail(FROM("yildirim"), "Ralf Thiele <ralf.thiele@finanzkontor-thiele.example>",
                "Jahresbescheinigung Courtage 2025", "2026-01-21 09:05", body,
                atts=[att(pdf, "Jahresbescheinigung_2025_40-2093.pdf", CT_PDF)])


# ---------------------------------------------------------------------------- d215-0116
@M(116, "NORMAL", "en", "insurer-to-partner",
   "trap: anonymised large-loss list for the reinsurer (bodily injury types, age bands, reserves), no names, dates or places")
def _():
    body = """Dear Mette,

as requested for the motor XL renewal, our large bodily-injury losses (reserve or
payments above EUR 500,000) reported in 2025. In line with our data-sharing
agreement the list is anonymised: no names, claim numbers, dates or places, age in
10-year bands only. Claim files can be inspected on site by your claims auditor.

 #  Quarter  Injured party      Injury (type)                          Gross incurred EUR
 1  Q1       cyclist, 20-29     spinal cord injury, incomplete         3,850,000
                                tetraplegia
 2  Q2       car occupant,      severe traumatic brain injury,         2,420,000
             40-49              long-term care expected
 3  Q2       pedestrian, 70-79  multiple fractures, died in hospital      610,000
 4  Q3       motorcyclist,      below-knee amputation, loss of           1,180,000
             30-39              earnings
 5  Q4       child, 0-9         traumatic brain injury, rehabilitation   1,950,000
                                ongoing
 6  Q4       car occupant,      whiplash with chronic pain, loss of        540,000
             50-59              earnings

Total incurred: EUR 10,550,000 (paid to date EUR 1,214,000).

""" + SIG("novak") + "\n"
    return mail(FROM("novak"), "Mette Rasmussen <mette.rasmussen@nordicre.example>",
                "Motor XL - large BI losses 2025 (anonymised)", "2026-02-13 15:02", body,
                charset="utf-8", cte="8bit", client="tb")


# ---------------------------------------------------------------------------- d215-0117
@M(117, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
   "rehabilitation case-management order for a named accident victim with traumatic brain injury, hospital, insurance details")
def _():
    body = """Dear Ms Verbeek,

we would like to assign a new case to ReturnWell under our framework agreement:

  Our reference:   U-26-00488 (accident insurance) / 26/KH/00966 (motor liability)
  Injured person:  Mr Jeroen de Vries, born 14/09/1985, Dutch national, living in
                   Leer (Ostfriesland), speaks Dutch, English and German
  Accident:        motorcycle accident on 22 March 2026 near Weener
  Injuries:        moderate traumatic brain injury (contusions frontal left), fracture
                   of the left clavicle; 9 days ICU, now in early neurological
                   rehabilitation at Reha-Zentrum Leer (phase C)
  Family:          partner Ms Femke Mulder, two children (4 and 7)

Goals: coordination of the transition from inpatient rehabilitation to outpatient
therapy, home adaptation if necessary, and a realistic plan for his return to work as
a marine electrician. Mr de Vries and his partner have agreed to case management and
signed the consent and release of confidentiality (copy follows by secure upload).

Please confirm the case manager and the date of the first visit.

""" + SIG("hoyer") + "\n"
    return mail(FROM("hoyer"), "Marloes Verbeek <m.verbeek@returnwell-cm.example>",
                "New case assignment U-26-00488 (de Vries)", "2026-04-07 14:20", body)


# ---------------------------------------------------------------------------- d215-0118
@M(118, "NORMAL", "de", "insurer-to-broker",
   "trap: portfolio development and lapse rates of a broker GmbH per line (HTML table + text), aggregates only")
def _():
    text = """Hallo Herr Hollerbeck,

wie besprochen Ihre Bestandsentwicklung 2025 (VM 40-1187) auf einen Blick:

Sparte             Verträge 31.12.24   Verträge 31.12.25   Stornoquote
Kfz                        1.204              1.266            6,1 %
Sach privat                  988              1.031            4,4 %
Haftpflicht/Unfall           512                540            3,9 %
Leben/BU                     311                338            2,7 %
Kranken                      146                171            1,8 %
Gewerbe                       89                 97            5,2 %

Ihre Stornoquote liegt in allen Sparten unter dem Durchschnitt unserer Makler in der
Region. Bei Kfz lohnt sich ein Blick auf die Wechsler im November.

""" + SIG("brinkmann") + "\n"
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Herr Hollerbeck,</p>
<p>wie besprochen Ihre Bestandsentwicklung 2025 (VM 40-1187) auf einen Blick:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#e7eef5"><th>Sparte</th><th>Verträge 31.12.24</th><th>Verträge 31.12.25</th><th>Stornoquote</th></tr>
<tr><td>Kfz</td><td align="right">1.204</td><td align="right">1.266</td><td align="right">6,1 %</td></tr>
<tr><td>Sach privat</td><td align="right">988</td><td align="right">1.031</td><td align="right">4,4 %</td></tr>
<tr><td>Haftpflicht/Unfall</td><td align="right">512</td><td align="right">540</td><td align="right">3,9 %</td></tr>
<tr><td>Leben/BU</td><td align="right">311</td><td align="right">338</td><td align="right">2,7 %</td></tr>
<tr><td>Kranken</td><td align="right">146</td><td align="right">171</td><td align="right">1,8 %</td></tr>
<tr><td>Gewerbe</td><td align="right">89</td><td align="right">97</td><td align="right">5,2 %</td></tr>
</table>
<p>Ihre Stornoquote liegt in allen Sparten unter dem Durchschnitt unserer Makler in der Region. Bei Kfz lohnt sich ein Blick auf die Wechsler im November.</p>
<p>Gruß<br>Ole</p>
<p>--<br>Ole Brinkmann &middot; Vertriebscontrolling<br>Weserland Versicherung AG &middot; Tel. -2530</p>
</body></html>
"""
    return mail(FROM("brinkmann"), "Jens Hollerbeck <j.hollerbeck@hollerbeck-makler.example>",
                "Ihre Bestandsentwicklung 2025", "2026-01-30 11:20", text, html=html,
                cc=FROM("brueggemann"))


# ---------------------------------------------------------------------------- d215-0119
@M(119, "CONFIDENTIAL", "en", "insurer-to-customer",
   "reply saying only 'noted'; the quoted customer mail holds his new IBAN and home-contents policy number")
def _():
    body = """Dear Mr Brennan,

thank you - noted. We will use the new account from the next direct debit.

""" + SIG("fennell") + """

________________________________
From: Thomas Brennan <t.brennan@eiremail.example>
Sent: Sunday, May 10, 2026 8:02 PM
To: International Customer Service <international-service@weserland-vers.example>
Subject: New bank account

Hi,

we have switched banks. Please take the premium for our home insurance HR-EX 1052
from the new account from now on:

Thomas Brennan
DE40 2915 0511 9618 7003 61

The old account at the other bank will be closed end of May.

Cheers,
Tom Brennan
Contrescarpe 33, Bremen
"""
    return mail(FROM("fennell"), "Thomas Brennan <t.brennan@eiremail.example>",
                "RE: New bank account", "2026-05-11 08:20", body)


# ---------------------------------------------------------------------------- d215-0120
@M(120, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "grey zone: only an address change, but it names the customer's accident-insurance contract (personal line) next to his motor policy")
def _():
    body = """Sehr geehrter Herr Steffens,

vielen Dank für Ihre Nachricht. Ihre neue Anschrift

  Friedrich-Karl-Straße 102, 28205 Bremen (ab 01.05.2026)

haben wir für Ihre Verträge hinterlegt:

  Unfallversicherung   UV 61 011 902
  Kfz-Versicherung     KH-4471-219036 (HB-KS 615)

Bei der Kfz-Versicherung ändert sich durch den Umzug die Regionalklasse nicht, der
Beitrag bleibt gleich. Bitte denken Sie daran, die neue Anschrift innerhalb von zwei
Wochen auch bei der Zulassungsstelle eintragen zu lassen.

""" + SIG("marten") + "\n"
    return mail(FROM("marten"), "Kai-Uwe Steffens <kaiuwe.steffens@mailbox.example>",
                "Ihre Adressänderung", "2026-04-24 15:48", body)


# ---------------------------------------------------------------------------- d215-0121
@M(121, "NORMAL", "en", "internal",
   "trap: DPIA summary for a claims chatbot listing data categories (health data, ICD codes, bank data) and measures, no person")
def _():
    body = """Hi Mads, hi Rasmus,

here is my summary of the data protection impact assessment for the claims chatbot
(pilot in travel and household), so that you can put it into the project charter.

1. Processing: customers report claims via chat; the bot asks structured questions,
   creates a claim and can show the claim status.
2. Data categories: name, contact data, policy and claim number, bank details for
   payment, description of the loss. In travel claims customers will often volunteer
   health data (illness abroad, hospital stays) - that is Art. 9 GDPR data.
3. Risks (high): health data entered in free text; misidentification in the status
   function (wrong customer sees a claim); use of chat logs to train the model.
4. Measures:
   - no health questions in the bot; free text with health terms triggers the hand-over
     to a human agent and the text is not stored in the chatbot log;
   - status function only after login to the customer portal (2FA);
   - no training on production chat logs; logs deleted after 30 days;
   - processing only in EU data centres; DPA with the vendor signed.
5. Result: residual risk acceptable with the measures above; no prior consultation of
   the supervisory authority needed.

""" + SIG("scholz") + "\n"
    return mail(FROM("scholz"), ["Mads Kjeldsen <mads.kjeldsen@group-it.weserland-vers.example>",
                                 "Rasmus Ohlendorf <rasmus.ohlendorf@weserland-vers.example>"],
                "DPIA summary - claims chatbot pilot", "2026-05-08 14:30", body)


# ---------------------------------------------------------------------------- d215-0122
@M(122, "CONFIDENTIAL", "de", "insurer-to-broker",
   "CSV export of a sole-trader broker's motor portfolio for her software import: named customers, plates, policy numbers, no-claims classes, premiums")
def _():
    body = """Hallo Frau Behrens,

hier wie gewünscht Ihr Kfz-Bestand als CSV für den Import in Ihr neues MVP
(Semikolon-getrennt, UTF-8, eine Zeile je Vertrag). Die übrigen Sparten bekommen Sie
wie besprochen über den GDV-Datensatz in der Vermittlerpost, sobald Ihr Softwarehaus
die BiPRO-Anbindung freigeschaltet hat.

""" + SIG("kreienkamp") + "\n"
    csv_text = """vertrag;vn_name;vn_vorname;plz;ort;kennzeichen;fahrzeug;sf_kh;sf_vk;beitrag_jahr;zahlweise
KH-4471-176604;Oetken;Gerold;27753;Delmenhorst;DEL-GO 61;Mercedes B 200;SF 25;SF 25;702,44;jährlich
KH-4471-210389;Oetken;Hilke;27753;Delmenhorst;DEL-HO 4;Renault Zoe;SF 9;SF 9;498,12;vierteljährlich
KH-4471-198455;Bischoff;Enno;27755;Delmenhorst;DEL-EB 19;Opel Astra;SF 11;SF 8;644,90;jährlich
KH-4471-203318;Sönnichsen;Marte;27777;Ganderkesee;DEL-MS 77;Toyota Yaris;SF 3;-;512,30;monatlich
KH-4471-221706;Warnken;Dieter;27749;Delmenhorst;DEL-DW 5;VW T6 California;SF 32;SF 32;889,14;jährlich
KH-4471-226031;Warnken;Lisa;27749;Delmenhorst;DEL-LW 98;Fiat Panda;SF 1/2;-;731,60;monatlich
"""
    return mail(FROM("kreienkamp"), "Ute Behrens <ute@behrens-makler.example>",
                "Kfz-Bestand 40-3315 als CSV", "2026-05-12 10:10", body,
                atts=[att(csv_text, "kfz_bestand_40-3315_2026-05-12.csv", "text/csv", charset="utf-8")])


# ---------------------------------------------------------------------------- d215-0123
@M(123, "STRICTLY_CONFIDENTIAL", "en", "broker",
   "inline forward of a broker's mail with a named client's answers to health questions (thyroid, gallbladder, migraine) for a life application")
def _():
    body = """Hi Malte,

Oliver sent the missing health answers for Ms MacLeod below; can you put them into the
application A-LV-26-01377 and let me know if you need anything else? She wants cover
to start on 1 June. Thanks!

""" + SIG("whitfield") + """

-----Original Message-----
From: Oliver Dunmore <oliver.dunmore@cartwrightlane.example>
Sent: 12 May 2026 15:47
To: Claire Whitfield <claire.whitfield@weserland-vers.example>
Subject: MacLeod - answers to the health questions

Hi Claire,

answers from our client Fiona MacLeod (DOB 27/02/1979) to the open questions on her
term life application:

Q3 (thyroid):  Hashimoto's thyroiditis diagnosed 2016, levothyroxine 100 mcg daily,
               TSH checked yearly by her GP, always in range.
Q5 (surgery):  laparoscopic cholecystectomy (gallstones) in Aberdeen, March 2019,
               no complications.
Q7 (other):    migraine without aura, 2-3 attacks per month, sumatriptan when
               needed, no time off work in the last 3 years.
Height/weight: 168 cm / 64 kg, non-smoker.

Her GP is Dr. Ingo Fastje, Flensburg, if you need a report.

Cheers,
Oliver
"""
    return mail(FROM("whitfield"), FROM("deters"),
                "FW: MacLeod - answers to the health questions", "2026-05-13 09:12", body)


# ---------------------------------------------------------------------------- d215-0124
@M(124, "NORMAL", "de", "insurer-to-customer",
   "trap: general information on dental supplementary tariffs (implants, waiting periods, tooth cleaning) to a prospect, no contract or health data")
def _():
    body = """Guten Tag Herr Evers,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung. Wir haben drei
Tarife:

  Z60   60 % für Zahnersatz, Implantate, Inlays; Prophylaxe bis 80 EUR/Jahr
  Z75   75 % für Zahnersatz und Implantate, Kieferorthopädie für Kinder;
        Prophylaxe bis 150 EUR/Jahr
  Z90   90 % für Zahnersatz und Implantate, Zahnbehandlung (Wurzel- und
        Parodontosebehandlung) 100 %; Prophylaxe unbegrenzt

Wartezeit: keine für Prophylaxe und Behandlung nach Unfällen, acht Monate für
Zahnersatz. In den ersten vier Jahren sind die Leistungen für Zahnersatz begrenzt
(1.000 / 2.000 / 3.000 / 4.000 EUR).

Bereits geplante oder angeratene Behandlungen sind – wie bei allen Anbietern – nicht
versicherbar. Die Gesundheitsfragen beantworten Sie im Antrag; bitte schicken Sie uns
dazu nichts per E-Mail.

Einen Beitragsrechner finden Sie unter www.weserland-vers.example/zahn.

""" + SIG("marten") + "\n"
    return mail(FROM("marten"), "Yannick Evers <yannick.evers@web-post.example>",
                "Ihre Anfrage Zahnzusatzversicherung", "2026-02-24 16:12", body,
                charset="utf-8", cte="8bit", client="web")


# ---------------------------------------------------------------------------- d215-0125
@M(125, "CONFIDENTIAL", "en", "insurer-to-customer",
   "electronics insurance: laptop stolen from a named customer's locked car, police reference, policy, replacement value")
def _():
    body = """Dear Mr Nakamura,

thank you for your claim and the police report.

  Policy:          electronics insurance EL 12 004 771
  Claim number:    26/EL/00163
  Item:            MacBook Pro 14" (purchased 11/2024 for EUR 2,399)
  Incident:        stolen from the locked boot of your car in Hamburg-Altona,
                   Große Bergstraße, on 2 May 2026 between 18:30 and 21:00
  Police:          Polizeikommissariat 21, reference 260502-1833-041122

Theft from a locked car is covered between 6:00 and 22:00, so your claim is covered.
We pay the replacement value of a comparable new device, less 10 % for each full year
of use:

  Replacement value (comparable model)     EUR 2,299.00
  less 10 % (1 full year)                  -EUR 229.90
  Payment                                  EUR 2,069.10

Please send us the original purchase receipt, then we will transfer the amount to
your account within five working days.

""" + SIG("fennell") + "\n"
    return mail(FROM("fennell"), "Ken Nakamura <ken.nakamura@inbox.example>",
                "Your claim 26/EL/00163 - stolen laptop", "2026-05-07 13:33", body)

# ---------------------------------------------------------------------------- d215-0126
@M(126, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "legal-expenses cover for the criminal defence of a named customer charged with drink-driving (criminal-offence data, blood alcohol)")
def _():
    body = """Dear Mr Harrington,

we have received the letter from the public prosecutor's office in Kiel and your
lawyer's request for cover.

You are accused of driving under the influence of alcohol (section 316 of the German
Criminal Code) on 18 April 2026 in Kiel; the blood sample showed 1.3 per mille, and
your driving licence has been provisionally withdrawn.

Your legal expenses policy RS 31 488 610 includes criminal defence for traffic
offences. Because the offence is charged as negligent, we cover your defence costs:

  Claim number:   RS-26-02071
  Covered:        statutory fees of your defence lawyer (Mr Jonas Behnke, Kiel),
                  court costs, costs of an expert on the blood alcohol calculation
  Excess:         EUR 150

Please note: if you are finally convicted of an intentional offence, the cover ceases
retroactively and you would have to repay the costs we have paid. The same applies if
the proceedings end with a penalty order for intent that you accept.

""" + SIG("fennell") + "\n"
    return mail(FROM("fennell"), "Giles Harrington <giles.harrington@inbox.example>",
                "Legal expenses RS-26-02071 - criminal defence", "2026-05-14 12:25", body,
                cte="b64")


# ---------------------------------------------------------------------------- d215-0127
@M(127, "NORMAL", "en", "insurer-to-partner",
   "trap: job advertisement for a medical underwriter (diagnoses, medical reports, ICD-10) sent to a job board, no applicant")
def _():
    body = """Dear Ms Lund,

please publish the attached text on your English-language board from 1 June for
60 days (package "Professional", invoice to our HR department, PO 4500 121 003).

------------------------------------------------------------------------------
Medical Underwriter (m/f/d) - life and disability insurance, Bremen

Weserland Lebensversicherung is looking for a medical underwriter to assess
applications for life, disability (BU) and critical illness cover, including
international applicants.

Your tasks
- assess health declarations, medical reports and examination results
- decide on standard acceptance, extra premiums, exclusions or declines
- advise brokers on complex cases (e.g. diabetes, cardiovascular disease, mental
  health, oncology history)
- work with our chief medical officer and reinsurers on facultative cases

Your profile
- degree in medicine, nursing or a comparable background, or several years in life
  underwriting
- good knowledge of medical terminology and ICD-10
- fluent English, good German (B2)

We offer 30 days' holiday, flexible hours, hybrid working and a company pension.
Apply via jobs.weserland-vers.example (ref. MU-2026-07).
------------------------------------------------------------------------------

""" + SIG("kiefer") + "\n"
    return mail(FROM("kiefer"), "Ingrid Lund <ingrid.lund@euroinsurance-careers.example>",
                "Job ad: Medical Underwriter (m/f/d) - please publish from 1 June", "2026-05-19 10:00", body,
                charset="utf-8", cte="qp")


# ---------------------------------------------------------------------------- d215-0128
@M(128, "CONFIDENTIAL", "de", "insurer-to-partner",
   "recourse claim to another motor insurer: both drivers named, plates, claim numbers, repair costs; property damage only")
def _():
    body = """Sehr geehrte Damen und Herren,

wir haben als Vollkaskoversicherer den Schaden unserer Versicherungsnehmerin Frau
Joanna Kamińska (Fahrzeug HB-KA 2207, unser Schaden 26/KF/01937) reguliert. Nach den
inzwischen vorliegenden Videoaufnahmen des Parkhausbetreibers wurde der Schaden am
19.01.2026 durch das bei Ihnen haftpflichtversicherte Fahrzeug HB-RT 4410 (Halter und
Fahrer Herr Rüdiger Tammen) beim Ausparken verursacht. Personen wurden nicht verletzt.

Die Ansprüche unserer Versicherungsnehmerin sind nach § 86 VVG auf uns übergegangen.
Wir fordern Sie auf, folgende Beträge bis zum 30.04.2026 zu erstatten:

  Reparaturkosten netto lt. Rechnung Autowerkstatt Grelle   2.184,37 EUR
  Kostenpauschale                                              25,00 EUR
  Summe                                                     2.209,37 EUR

Den Selbstbehalt unserer Versicherungsnehmerin (300 EUR) und ihren
Rückstufungsschaden macht sie direkt bei Ihnen geltend.

Die Videoaufnahmen (Standbilder) und die Rechnung fügen wir auf Wunsch bei.

""" + SIG("petersen") + "\n"
    return mail(FROM("petersen"), "Regress Kraftfahrt <regress-kfz@elbmarsch-versicherung.example>",
                "Regress 26/KF/01937 – Ihr VN Tammen, HB-RT 4410", "2026-04-01 10:40", body)


# ---------------------------------------------------------------------------- d215-0129
@M(129, "NORMAL", "de", "insurer-to-broker",
   "trap: webinar invitation for brokers on accident-insurance benefits (Gliedertaxe, invalidity degrees) with textbook examples, no case")
def _():
    body = """Liebe Maklerinnen und Makler,

viele Rückfragen in Unfall-Leistungsfällen drehen sich um dieselben Punkte. Deshalb
laden wir Sie zu einem 60-minütigen Webinar ein:

  „Unfallversicherung: Invalidität, Gliedertaxe und Progression verständlich erklärt“
  Dienstag, 16.06.2026, 10:00–11:00 Uhr, per Teams

Inhalte:
- Wann liegt ein Unfall im Sinne der Bedingungen vor (z. B. Bandscheibenvorfall,
  Zeckenbiss, Eigenbewegung)?
- Fristen: Eintritt der Invalidität innerhalb 15 Monaten, ärztliche Feststellung,
  Geltendmachung
- Gliedertaxe an Beispielen: Verlust des Daumens 20 %, der Hand 55 %, eines Beines
  über der Mitte des Oberschenkels 70 %, völliger Verlust der Sehfähigkeit eines
  Auges 50 % – und was bei Teilfunktionsstörungen passiert
- Progression 225 % / 350 % / 500 %: Rechenbeispiele
- Neubemessung nach drei Jahren

Alle Beispiele sind Lehrbuchfälle, keine echten Leistungsfälle. Anmeldung im
Maklerportal unter „Veranstaltungen“; die Teilnahme wird mit 1 Stunde IDD-Weiterbildung
bestätigt.

""" + SIG("hoyer") + "\n"
    return mail(FROM("hoyer"), "Makler Region Nord-West <makler-nordwest@lists.weserland-vers.example>",
                "Webinar 16.06.: Invalidität und Gliedertaxe verständlich erklärt", "2026-05-26 09:00", body)


# ---------------------------------------------------------------------------- d215-0130
@M(130, "NORMAL", "de", "insurer-to-customer",
   "trap: portal notification 'new message in your customer mailbox' without name, contract or content")
def _():
    text = """Guten Tag,

in Ihrem Weserland-Kundenpostfach liegt eine neue Nachricht für Sie.

Bitte melden Sie sich unter https://kundenportal.weserland-vers.example an, um die
Nachricht zu lesen. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.

Wir fragen Sie niemals per E-Mail nach Ihrem Passwort oder Ihren Bankdaten.

Ihre Weserland Versicherung

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag,</p>
<p>in Ihrem Weserland-Kundenpostfach liegt eine neue Nachricht für Sie.</p>
<p><a href="https://kundenportal.weserland-vers.example" style="background:#1d4f73;color:#fff;padding:8px 14px;text-decoration:none">Zum Kundenpostfach</a></p>
<p>Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte. Wir fragen Sie niemals per E-Mail nach Ihrem Passwort oder Ihren Bankdaten.</p>
<p>Ihre Weserland Versicherung</p>
<p style="font-size:11px;color:#888">Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.</p>
</body></html>
"""
    return mail(NOREPLY, "a.hellwege@t-post.example", "Neue Nachricht in Ihrem Kundenpostfach",
                "2026-02-20 06:12:40", text, html=html, client="sys",
                headers=[("Auto-Submitted", "auto-generated")])


# ---------------------------------------------------------------------------- d215-0131
@M(131, "CONFIDENTIAL", "en", "insurer-to-claimant",
   "tenant's liability claim answered to the landlord: tenant (our customer) named, flat address, policy and claim number, parquet damage, offer")
def _():
    body = """Dear Ms Doyle,

we are the private liability insurer of your former tenant, Mr Nnamdi Okafor
(policy PH 20 921 486), and are dealing with your claim for the damaged parquet floor
in the flat Hoppenbank 3, ground floor, Bremen.

  Our claim number:  26/HP/01655

According to the photos and the handover report of 30 April 2026, the parquet in the
living room shows water stains and swelling in an area of about 4 m², caused by plant
pots standing on the floor. This is covered.

The parquet was laid in 2009. We therefore pay the time value of the affected area,
not the cost of a new floor:

  Quote Parkett Meyer (sanding/replacement 4 m², resealing room)   EUR 1,980.00
  less deduction for age (17 of 30 years)                          -EUR 1,122.00
  Our offer                                                        EUR   858.00

If you accept, please send us your bank details; we will then pay within a week.

""" + SIG("fennell") + "\n"
    return mail(FROM("fennell"), "Catherine Doyle <catherine.doyle@eiremail.example>",
                "Your claim against Mr Okafor - parquet floor (26/HP/01655)", "2026-05-18 14:40", body)


# ---------------------------------------------------------------------------- d215-0132
@M(132, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
   "to a customer's daughter (with power of attorney) about her mother's dementia, care-level upgrade assessment and care allowance")
def _():
    body = """Dear Ms Whitmore,

thank you for your message. As you hold a power of attorney for your mother, I can
answer your questions:

> Has the assessor's visit been scheduled yet?

Yes. The assessor (MEDICPROOF) will visit your mother, Mrs Hannelore Bartels, at
Haus Lindenhof on 2 June 2026 at 10:00. The nursing home knows about it. You are
welcome to join by phone; please tell the nursing staff.

> Will the care allowance increase if she is moved to care level 4?

Yes. Her long-term care daily allowance policy PT 88 377 104 pays 80 % of the daily
rate at care level 4 instead of 60 % at care level 3, i.e. EUR 48 instead of EUR 36
per day, from the date of the application (5 May 2026).

> Do you need the neurologist's letter?

It would help: the report of Dr. Sievers on the progression of the Alzheimer's
dementia and the new falls at night. Please upload it in the customer portal or send
it by post, not by e-mail.

""" + SIG("hoyer") + """

On 18 May 2026, at 21:04, Julia Whitmore <julia.whitmore@brit-mail.example> wrote:
> Dear Ms Hoyer, my mother's dementia has got a lot worse since March, she is
> falling at night now and does not recognise my brother any more. We applied for
> a higher care level. Has the assessor's visit been scheduled yet? Will the care
> allowance increase if she is moved to care level 4? Do you need the
> neurologist's letter? Thank you, Julia Whitmore (née Bartels)
"""
    return mail(FROM("hoyer"), "Julia Whitmore <julia.whitmore@brit-mail.example>",
                "Re: My mother Hannelore Bartels - higher care level", "2026-05-19 11:30", body)


# ---------------------------------------------------------------------------- d215-0133
@M(133, "NORMAL", "en", "insurer-to-broker",
   "trap: general explanation of portfolio transfers when a broker firm closes (mandates, GDV data, health data not transferred), no client")
def _():
    body = """Hi Oliver,

good question - here is how it works on our side when a broker firm closes and
another broker takes over its clients:

1. Each client decides: the new broker needs a broker mandate (Maklervollmacht) from
   each client. A purchase agreement between the two firms alone is not enough for us
   to move contracts.
2. We transfer the contract data (policy, premium, claims history for property and
   motor) and all future correspondence. Commission on renewals follows the contract
   from the transfer date.
3. Health information from life, health and disability applications and claims files
   stays with us. The new broker only gets it with a separate confidentiality waiver
   signed by the client.
4. Open claims are completed with the old broker in copy, unless the client tells us
   otherwise.
5. For more than 50 contracts we agree a transfer date and a list format with the
   receiving broker (our portfolio service team handles that).

Happy to go through a concrete case on a call - but please send client lists only via
the broker portal upload, not by e-mail.

""" + SIG("whitfield") + "\n"
    return mail(FROM("whitfield"), "Oliver Dunmore <oliver.dunmore@cartwrightlane.example>",
                "RE: How do portfolio transfers work at Weserland?", "2026-05-20 16:05", body,
                charset="us-ascii", cte="7bit")


# ---------------------------------------------------------------------------- d215-0134
@M(134, "NORMAL", "en", "insurer-to-customer",
   "trap: general answer to a prospect on recognising UK no-claims years for German motor insurance, no personal details")
def _():
    body = """Dear Mr Price,

thank you for your question about moving your car insurance to Germany.

We can recognise no-claims years from a UK insurer. What we need:

- a no-claims discount (NCD) letter from your UK insurer, in English, not older
  than 12 months, stating the number of claim-free years and the end date of the
  policy;
- the letter must refer to the same driver; years as a named driver on someone
  else's policy count only under certain conditions.

We place you in the German no-claims class (SF class) that corresponds to the number
of claim-free years, up to SF 10 on first transfer. A gap of more than 12 months
between the UK policy and the German one usually means starting again.

For a quote we need the vehicle data and your German address; you can also ask a
broker. Please do not send copies of your driving licence by e-mail.

""" + SIG("fennell") + "\n"
    return mail(FROM("fennell"), "Owen Price <owen.price@cymru-mail.example>",
                "Re: UK no claims bonus - does it count in Germany?", "2026-01-16 14:02", body,
                irt="<CAJ4e8c1f9b2a7d3@cymru-mail.example>")


# ---------------------------------------------------------------------------- d215-0135
@M(135, "NORMAL", "de", "internal",
   "trap: anonymised disability case study (ODT) for training, details changed, nurse with slipped disc, no identifiable person")
def _():
    body = """Hallo zusammen,

für die Schulung der neuen Kolleginnen am Mittwoch habe ich ein Fallbeispiel
vorbereitet (anonymisiert, Alter, Beruf und Verlauf verändert – bitte nicht
versuchen, den echten Fall zu finden). Schaut gern drüber, ob die Fragen passen.

""" + SIG("lanz") + "\n"
    odt = odt_bytes([
        ("h", "Fallbeispiel BU-Leistungsprüfung (anonymisiert)"),
        "Versicherte Person: weiblich, Ende 40, Pflegefachkraft in einem Krankenhaus, Vollzeit, Schichtdienst.",
        "Vertrag: selbständige BU, Beginn vor 12 Jahren, BU-Rente 1.200 EUR, keine Ausschlüsse.",
        "Verlauf: Bandscheibenvorfall L4/L5 mit Fußheberschwäche, Operation, Anschlussheilbehandlung. Nach sechs Monaten weiterhin Schmerzen beim Heben über 10 kg und beim langen Stehen.",
        "Unterlagen: Operationsbericht, Reha-Entlassungsbericht (Leistungsbild: leichte bis mittelschwere Tätigkeiten vollschichtig, kein Heben über 10 kg), Tätigkeitsbeschreibung der Versicherten.",
        ("h", "Fragen"),
        "1. Welche Teiltätigkeiten der Pflegefachkraft kann die Versicherte nicht mehr ausüben? Wie hoch ist der zeitliche Anteil?",
        "2. Ist eine Umorganisation des Arbeitsplatzes zu prüfen (Stichwort: angestellt)?",
        "3. Welche weiteren Unterlagen würden Sie anfordern?",
        "4. Wie formulieren Sie das Anerkenntnis bzw. eine befristete Anerkennung?",
    ], title="Fallbeispiel BU anonymisiert", author="Friederike Lanz", date="2026-05-04 16:30")
    return mail(FROM("lanz"), "Team Leistung Leben BU <team-leben-bu@weserland-vers.example>",
                "Fallbeispiel für Mittwoch (anonymisiert)", "2026-05-04 16:41", body,
                atts=[att(odt, "Fallbeispiel_BU_anonymisiert.odt", CT_ODT)])


# ---------------------------------------------------------------------------- d215-0136
@M(136, "NORMAL", "de", "insurer-to-partner",
   "trap: cooperation with a sports club on back-training courses (Rückenschule, Prävention) for insured members, no person")
def _():
    body = """Hallo Frau Husmann,

vielen Dank für das nette Gespräch. Wie besprochen fassen wir unsere Kooperation für
die Präventionskurse zusammen:

- Kurs: „Rückenfit – Rückenschule nach KddR-Standard“, 10 Termine à 60 Minuten,
  max. 15 Teilnehmende, Kursleitung durch Ihre Physiotherapeutin
- Zielgruppe: Versicherte der Weserland Krankenversicherung (Vollversicherung und
  Zusatztarife mit Präventionsbaustein)
- Zuschuss: wir erstatten unseren Versicherten 80 % der Kursgebühr, höchstens
  150 EUR je Kalenderjahr, gegen Teilnahmebescheinigung (mind. 80 % Anwesenheit)
- Werbung: wir stellen den Kurs in unserem Kundenmagazin und in der App vor; Sie
  geben keine Teilnehmerdaten an uns weiter – die Versicherten reichen die
  Bescheinigung selbst ein.

Start wäre nach den Sommerferien (ab 17.08.2026) in Ihrer Halle in Findorff.

""" + SIG("vosskuhl") + "\n"
    return mail(FROM("vosskuhl"), "Anke Husmann <gesundheitssport@tus-findorff.example>",
                "Kooperation Rückenschule – Zusammenfassung", "2026-06-02 10:15", body)


# ---------------------------------------------------------------------------- d215-0137
@M(137, "CONFIDENTIAL", "en", "insurer-to-broker",
   "commission statement (PDF) for a sole-trader introducer in the UK: his commission income, GB IBAN, and named clients of home/motor policies")
def _():
    body = """Dear Graham,

attached is your commission statement for Q1 2026 as an introducer under our
agreement of 1 July 2024. The amount of EUR 1,462.38 will be transferred to your
account in the next payment run (15 April).

""" + SIG("whitfield") + "\n\n" + DISCLAIMER + "\n"
    pdf = pdf_bytes("""# Commission statement Q1 2026
Weserland Versicherung AG - International Broker Desk

Introducer: Graham Pettifer, trading as Pettifer Insurance Services (sole trader)
14 Harbour Row, Falmouth TR11 3XX, United Kingdom
Agency no.: 40-9014
Payment to: Graham Pettifer, IBAN GB85 NRBK 2043 1188 2074 65

## Commission earned
Policy          Client                  Class            Premium EUR   Rate    Commission EUR
HR-EX 1061      Pascoe, Jenna           Home contents        389.20   20.0 %          77.84
HR-EX 1064      Trelawny, Mark          Home contents        197.40   20.0 %          39.48
HR-EX 1066      Penrose, Alan           Home contents        132.00   20.0 %          26.40
KH-4471-234102  Penrose, Alan           Motor                868.40   10.0 %          86.84
KH-4471-233890  Price, Owen             Motor                921.15   10.0 %          92.12
YH-300340       Pascoe, Jenna           Yacht              1,664.00   17.5 %         291.20
(renewal commission, 41 policies)                                                    848.50

Total commission Q1 2026                                                         1,462.38
Commission is paid gross; you are responsible for your own tax in the UK.
""", title="Commission statement Q1 2026 - 40-9014", author="International Broker Desk", date="2026-04-08 08:00")
    return mail(FROM("whitfield"), "Graham Pettifer <graham@pettifer-insurance.example>",
                "Your commission statement Q1 2026", "2026-04-08 08:25", body,
                atts=[att(pdf, "Commission_40-9014_2026-Q1.pdf", CT_PDF)])


# ---------------------------------------------------------------------------- d215-0138
@M(138, "NORMAL", "en", "insurer-to-partner",
   "trap: answer to the external auditors on the commission-process documents (TSV list), sample to be drawn on site, no person")
def _():
    body = """Dear Mr Voss,

for the interim audit of the commission process (broker remuneration) we have
prepared the documents on your request list. They will be in the data room from
Monday. The list is attached as a tab-separated file, as your tool prefers.

Regarding the sample of individual commission statements: as agreed, you draw it on
site in our systems; we do not send statements with broker or customer data by
e-mail.

""" + SIG("brinkmann") + "\n"
    tsv = ("ref\tdocument\tformat\towner\tstatus\r\n"
           "C-01\tProcess description broker remuneration (v4.2)\tPDF\tVertriebscontrolling\tready\r\n"
           "C-02\tCommission agreements template 2026 (GmbH / sole trader / pool)\tPDF\tMaklerbetreuung\tready\r\n"
           "C-03\tCommission rates table 2026 per line\tXLSX\tProvisionsabrechnung\tready\r\n"
           "C-04\tClawback (Stornohaftung) rules and calculation example\tPDF\tProvisionsabrechnung\tready\r\n"
           "C-05\tIT general controls PROVIS (access rights review 2025)\tPDF\tIT\tready\r\n"
           "C-06\tReconciliation commission ledger vs. GL Dec 2025\tXLSX\tRechnungswesen\tin progress\r\n"
           "C-07\tList of changes to broker bank details 2025 (count per month)\tXLSX\tProvisionsabrechnung\tready\r\n"
           "C-08\tSegregation of duties matrix\tPDF\tVertriebscontrolling\tready\r\n")
    return mail(FROM("brinkmann"), "Hendrik Voss <hendrik.voss@hallam-voss-audit.example>",
                "Interim audit commission process - documents", "2026-06-05 15:10", body,
                atts=[att(tsv, "request_list_commission_2026.tsv", "text/tab-separated-values", charset="utf-8")])


# ---------------------------------------------------------------------------- d215-0139
@M(139, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
   "recourse by a statutory health fund for an injured person's treatment after a car accident: pelvic fracture, hospital stay, costs")
def _():
    body = """Sehr geehrte Frau Meiners,

in der Regresssache Ihrer Versicherten Frau Heidrun Cordes (Ihr Zeichen
R-116-2026-0477; Verkehrsunfall vom 04.12.2025 in Brake, unser Zeichen 25/KH/10218)
haben wir die von Ihnen übersandte Aufstellung nach § 116 SGB X geprüft.

Unsere Versicherungsnehmerin haftet dem Grunde nach zu 100 %. Nicht nachvollziehen
können wir derzeit folgende Positionen:

1. Krankenhausbehandlung St.-Bernhard-Hospital Brake 04.–16.12.2025 (DRG I08E,
   Beckenringfraktur Typ B, operativ versorgt): 18.452,67 EUR – anerkannt.
2. Anschlussheilbehandlung 22.12.2025–19.01.2026: 6.104,00 EUR – anerkannt.
3. Physiotherapie Februar/März 2026: 1.188,40 EUR – bitte Verordnungen beifügen.
4. Hilfsmittel (Rollator, Toilettensitzerhöhung): 214,90 EUR – anerkannt.
5. Krankengeld 15.01.–28.02.2026: 3.866,25 EUR – bitte Nachweis der
   Arbeitsunfähigkeitszeiten; laut Entlassungsbericht war Frau Cordes ab 20.01.
   eingeschränkt arbeitsfähig.

Wir zahlen die anerkannten Positionen (24.771,57 EUR) vorab. Die übrigen regulieren
wir nach Eingang der Unterlagen.

""" + SIG("petersen") + "\n"
    return mail(FROM("petersen"), "Regress BKK Weserstahl <regress@bkk-weserstahl.example>",
                "Ihr Zeichen R-116-2026-0477 – Cordes – Teilzahlung", "2026-03-31 14:55", body)


# ---------------------------------------------------------------------------- d215-0140
@M(140, "NORMAL", "de", "insurer-to-broker",
   "trap: general answer on commission for disability-policy increases (Dynamik), clawback periods, no customer (iso-8859-1)")
def _():
    body = """Hallo Herr Kowalczyk,

zu Ihrer Frage, wie Dynamikerhöhungen in der BU verprovisioniert werden:

- Jede planmäßige Erhöhung wird wie ein kleiner Neuabschluss behandelt. Bemessung
  ist die Beitragssumme der Erhöhung (Erhöhungsbeitrag x Restlaufzeit in Monaten).
- Seit 01.01.2026 gibt es dafür 50 % des Abschlusssatzes, bei Ihnen also 17,5
  Promille statt 35 Promille.
- Widerspricht der Kunde einer Erhöhung, entfällt die Courtage für diese Erhöhung;
  eine Rückbelastung gibt es nur, wenn die Erhöhung später storniert wird.
- Die Stornohaftung für Erhöhungen beträgt 24 Monate (für den Grundvertrag
  weiterhin 60 Monate).

Ein Rechenbeispiel finden Sie im Maklerportal unter Courtage > FAQ > Dynamik.

""" + SIG("brueggemann") + "\n"
    return mail(FROM("brueggemann"), "Piotr Kowalczyk <p.kowalczyk@sahin-kowalczyk.example>",
                "AW: Courtage bei BU-Dynamik?", "2026-02-05 15:30", body,
                charset="iso-8859-1", cte="qp")


# ---------------------------------------------------------------------------- d215-0141
@M(141, "CONFIDENTIAL", "en", "insurer-to-customer",
   "household claim for a stolen e-bike (format=flowed): named customer, policy and claim number, police reference, payment")
def _():
    body = """Dear Ms Tremayne,

thank you for your call and for sending the police report so quickly.

Your e-bike (Riese & Müller Charger4, bought in March 2025 for EUR 4,890) was stolen from the bike racks at Bremen Hauptbahnhof on 21 May 2026 between 7:40 and 18:10. It was locked to the rack with a folding lock, which is what your policy requires.

Policy: household contents HR 55 224 019, bicycle cover up to EUR 5,000
Claim number: 26/HR/02290
Police: Bundespolizeiinspektion Bremen, ref. 1105-26-004417

We pay the replacement value of a comparable new e-bike: EUR 4,799.00. Please send us the original purchase invoice and both keys of the lock; the payment then goes to your account within five working days.

If the bike turns up again, please let us know straight away.

""" + SIG("fennell") + "\n"
    return mail(FROM("fennell"), "Lucy Tremayne <lucy.tremayne@brit-mail.example>",
                "Your stolen e-bike - claim 26/HR/02290", "2026-05-22 16:48", body,
                charset="utf-8", cte="8bit", flowed=True, client="web")


# ---------------------------------------------------------------------------- d215-0142
@M(142, "NORMAL", "en", "insurer-to-supplier",
   "trap: release test feedback to the broker-software vendor with a synthetic BiPRO shipment-list XML (document types, no persons)")
def _():
    body = """Hi Jannes,

we have tested your release 2026.2 against our BiPRO 430.4 test endpoint. Result:
listShipments, getShipment and acknowledgeShipment work; the new attribute
confidential="true" is now read correctly and the documents are flagged in your
inbox view. Good job.

One remaining issue: documents of type 140010 (health claim statement) are still
shown in the preview pane to users without the "health" permission. Please fix this
before the release goes to our brokers.

Attached is the shipment list of the test run (test agency 99-0001, synthetic
documents only).

""" + SIG("ohlendorf") + "\n"
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<listShipmentsResponse xmlns="urn:example:bipro:transfer:2.7" version="2.7.0">
  <Status><ProzessID>TST-20260602-0009</ProzessID><StatusID>OK</StatusID></Status>
  <Lieferung><ID>TST-0000501</ID><Kategorie>110013</Kategorie><Einstellzeitpunkt>2026-06-02T07:10:00</Einstellzeitpunkt><Vertraulich>false</Vertraulich></Lieferung>
  <Lieferung><ID>TST-0000502</ID><Kategorie>120010</Kategorie><Einstellzeitpunkt>2026-06-02T07:10:00</Einstellzeitpunkt><Vertraulich>false</Vertraulich></Lieferung>
  <Lieferung><ID>TST-0000503</ID><Kategorie>140010</Kategorie><Einstellzeitpunkt>2026-06-02T07:10:01</Einstellzeitpunkt><Vertraulich>true</Vertraulich></Lieferung>
  <Lieferung><ID>TST-0000504</ID><Kategorie>140030</Kategorie><Einstellzeitpunkt>2026-06-02T07:10:01</Einstellzeitpunkt><Vertraulich>true</Vertraulich></Lieferung>
  <Lieferung><ID>TST-0000505</ID><Kategorie>150010</Kategorie><Einstellzeitpunkt>2026-06-02T07:10:02</Einstellzeitpunkt><Vertraulich>false</Vertraulich></Lieferung>
</listShipmentsResponse>
"""
    return mail(FROM("ohlendorf"), "Jannes Dreesmann <j.dreesmann@maklerwerk.example>",
                "Release 2026.2 - test results BiPRO 430.4", "2026-06-02 12:40", body,
                atts=[att(xml, "listShipments_TST-20260602-0009.xml", "text/xml", charset="utf-8")])


# ---------------------------------------------------------------------------- d215-0143
@M(143, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "disability benefit approved for a named customer with ME/CFS: decision letter PDF with diagnosis, pension amount and premium waiver")
def _():
    body = """Dear Ms Dunne,

I am pleased to tell you that we accept your disability claim. The decision letter is
attached; the original follows by post. The first payment, including the back
payment from 1 September 2025, will reach your account by 10 June.

Please read section 4 of the letter about the review: we will ask you for an update
from your doctors once a year.

""" + SIG("lanz") + "\n"
    pdf = pdf_bytes("""# Decision on your disability claim
Weserland Lebensversicherung AG - Life and Disability Claims

Ms Charlotte Dunne, Lüneburger Straße 12, 28205 Bremen
Policy: BU 2210 9014 02        Claim reference: L-BU-2026-0219
Date: 2 June 2026

## 1. Decision
We acknowledge occupational disability of at least 50 % from 1 September 2025.

## 2. Reasons
According to the reports of the post-COVID outpatient clinic of Klinikum Weserbogen
(Dr. Anneke Reil, 14 April 2026) and of your GP, you suffer from post-COVID
syndrome with myalgic encephalomyelitis / chronic fatigue syndrome (ME/CFS, G93.3)
with post-exertional malaise. Your capacity for your last occupation as a software
developer is below three hours per day. Our consulting physician agrees.

## 3. Benefits
Monthly disability pension: EUR 1,800.00, payable monthly in advance
Back payment 09/2025 - 06/2026 (10 months): EUR 18,000.00
Premium waiver: from 1 September 2025; premiums paid since then (EUR 862.40) are refunded.

## 4. Review
This acknowledgement is not limited in time. We will review your state of health
once a year (next: June 2027) and may ask for medical reports.
""", title="Decision L-BU-2026-0219", author="Weserland Lebensversicherung AG", date="2026-06-02 07:30",
        producer="DOKGEN 7.1")
    return mail(FROM("lanz"), "Charlotte Dunne <charlotte.dunne@eiremail.example>",
                "Your disability claim - decision", "2026-06-02 14:15", body,
                atts=[att(pdf, "Decision_L-BU-2026-0219.pdf", CT_PDF)])


# ---------------------------------------------------------------------------- d215-0144
@M(144, "NORMAL", "de", "internal",
   "trap: payments team note on a new SEPA direct-debit file format with the insurer's own collection IBAN and creditor ID (company bank data)")
def _():
    body = """Liebe Kolleginnen und Kollegen aus Inkasso und IT,

zum 16.11.2026 stellen wir die SEPA-Lastschriftdateien auf das Format
pain.008.001.08 um (Vorgabe der Deutschen Kreditwirtschaft). Für Sie ändert sich:

- Die Dateien werden weiter täglich um 14:00 Uhr erzeugt.
- Gläubiger-ID bleibt DE98ZZZ00000447711.
- Einzugskonto bleibt unser Beitragskonto
  Weserland Versicherung AG, IBAN DE25 2825 0110 8861 1959 84.
- Neu: strukturierte Adressen der Zahlungspflichtigen (Straße, PLZ, Ort in eigenen
  Feldern). Verträge mit unstrukturierter Adresse landen in einer Klärungsliste.

Testdateien mit synthetischen Beispieldaten kommen Anfang Oktober; bitte keine
Produktivdaten in die Testumgebung kopieren.

Team Zahlungsverkehr
Weserland Versicherung AG · Tel. -1820
"""
    return mail("Team Zahlungsverkehr <zahlungsverkehr@weserland-vers.example>",
                ["Inkasso <inkasso@weserland-vers.example>", "IT Anwendungen Finanzen <it-finanzen@weserland-vers.example>"],
                "Umstellung SEPA-Lastschrift auf pain.008.001.08 zum 16.11.", "2026-09-08 10:00", body)


# ---------------------------------------------------------------------------- d215-0145
@M(145, "NORMAL", "en", "insurer-to-partner",
   "trap: aggregated cyber-claims statistics for SMEs (ODS) for an intermediaries' working group, no insured or person")
def _():
    body = """Dear Ms Janssens,

as promised for the SME cyber working group, our claims statistics for 2024-2025 in
aggregated form (spreadsheet attached). Small numbers are grouped so that no insured
can be recognised.

Key points: ransomware is still the most expensive cause, but business e-mail
compromise (fake invoices, changed bank details) is the most frequent. Half of the
BEC cases started with a compromised mailbox at a supplier, not at the insured.

""" + SIG("achterberg") + "\n"
    rows = [["Cause", "Claims 2024", "Claims 2025", "Avg. gross loss EUR 2025", "Share of cost 2025"],
            ["Ransomware", 38, 41, 86400, "54%"],
            ["Business e-mail compromise", 57, 69, 21800, "23%"],
            ["Data breach (lost device, misdirected data)", 22, 19, 14200, "4%"],
            ["DDoS / outage", 9, 11, 30500, "5%"],
            ["other / grouped", 14, 17, 52100, "14%"],
            ["Total", 140, 157, 41760, "100%"]]
    o = ods_bytes([("Cyber SME 2024-2025", rows)], title="Cyber SME claims statistics", author="Lars Achterberg",
                  date="2026-06-09 11:00")
    return mail(FROM("achterberg"), "Els Janssens <els.janssens@eu-intermediaries.example>",
                "SME cyber claims statistics 2024-2025", "2026-06-09 11:12", body,
                atts=[att(o, "Weserland_cyber_SME_2024-2025.ods", CT_ODS)])


# ---------------------------------------------------------------------------- d215-0146
@M(146, "NORMAL", "en", "insurer-to-partner",
   "trap: conference speaker confirmation on classifying health data in outgoing insurer mail, no personal data")
def _():
    body = """Dear Mr de Graaf,

thank you for the invitation - I am happy to confirm my talk at the Insurance Data
Protection Forum in Amsterdam on 24 September 2026.

Title: "Health data, professional secrecy and e-mail: classifying outgoing mail at an
insurer"

Abstract: German insurers are bound by professional secrecy for health, life and
accident data. I will show how we decide which mails may go out normally, which
need TLS and which must be encrypted, what our broker partners need to do, and what
we learned from a year of misdirected-mail incidents. All examples are fictitious.

Technical needs: HDMI, clicker, 25 minutes plus 10 minutes Q&A. I will arrive the
evening before; a hotel near the venue would be great.

""" + SIG("scholz") + "\n"
    return mail(FROM("scholz"), "Pieter de Graaf <p.degraaf@idpf-amsterdam.example>",
                "Speaker confirmation - IDPF 24 September", "2026-06-11 09:20", body,
                charset="utf-8", cte="qp")


# ---------------------------------------------------------------------------- d215-0147
@M(147, "NORMAL", "de", "insurer-to-partner",
   "trap: aggregated statistics on naturopath (Heilpraktiker) invoices for an insurers' association (ODS), GebüH items, no patient")
def _():
    body = """Sehr geehrter Herr Dr. Kramer,

für die Arbeitsgruppe „Alternative Heilmethoden“ des Verbands übersende ich unsere
Zahlen zu Heilpraktikerrechnungen 2025 (aggregiert, keine Einzelfälle). Die
Tabelle enthält Anzahl der Rechnungen, durchschnittliche Rechnungsbeträge und die
zehn häufigsten GebüH-Ziffern.

Auffällig ist der weitere Anstieg bei Akupunktur und Eigenbluttherapie; die
durchschnittliche Erstattungsquote ist mit 71 % stabil, weil viele Tarife
Höchstbeträge je Kalenderjahr vorsehen.

""" + SIG("vosskuhl") + "\n"
    rows = [["Kennzahl", "2024", "2025"],
            ["Rechnungen Heilpraktiker", 21480, 23115],
            ["Ø Rechnungsbetrag EUR", 212.40, 226.10],
            ["Erstattungsquote", "70 %", "71 %"],
            [],
            ["Häufigste GebüH-Ziffern 2025", "Anzahl", "Anteil"],
            ["1 Eingehende Untersuchung", 9812, "17 %"],
            ["5 Beratung", 8420, "15 %"],
            ["26.1 Akupunktur", 6105, "11 %"],
            ["28.1 Eigenblutinjektion", 3377, "6 %"],
            ["20.2 Neuraltherapie", 2951, "5 %"],
            ["16.1 Homöopathische Repertorisation", 2606, "5 %"],
            ["sonstige", 23480, "41 %"]]
    o = ods_bytes([("Heilpraktiker 2025", rows)], title="Heilpraktikerrechnungen 2025", author="Leistung KV",
                  date="2026-06-15 13:00")
    return mail(FROM("vosskuhl"), '"Dr. Bernd Kramer" <b.kramer@pkv-verband-nord.example>',
                "AG Alternative Heilmethoden – Zahlen 2025", "2026-06-15 13:20", body,
                atts=[att(o, "Heilpraktiker_2025_Weserland.ods", CT_ODS)])


# ---------------------------------------------------------------------------- d215-0148
@M(148, "NORMAL", "en", "newsletter",
   "customer satisfaction survey invitation (English version), generic, no customer data")
def _():
    text = """Dear customer,

you recently had contact with Weserland Versicherung - for example about a claim, a
change to your policy or a question to our service team. How did we do?

Our survey takes about 3 minutes:
https://survey.weserland-vers.example/s/2026-q2-en

Your answers are anonymous and help us to improve. The survey is open until
30 June 2026.

Thank you!
Your Weserland Versicherung

You receive this e-mail because you agreed to be contacted for surveys. If you no
longer wish to take part, click here:
https://survey.weserland-vers.example/optout
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:15px">
<p>Dear customer,</p>
<p>you recently had contact with Weserland Versicherung &ndash; for example about a claim, a change to your policy or a question to our service team. <b>How did we do?</b></p>
<p><a href="https://survey.weserland-vers.example/s/2026-q2-en" style="background:#1d4f73;color:#fff;padding:10px 18px;text-decoration:none">Start the 3-minute survey</a></p>
<p>Your answers are anonymous and help us to improve. The survey is open until 30 June 2026.</p>
<p>Thank you!<br>Your Weserland Versicherung</p>
<p style="font-size:11px;color:#888">You receive this e-mail because you agreed to be contacted for surveys.
<a href="https://survey.weserland-vers.example/optout">Opt out</a></p>
</body></html>
"""
    return mail("Weserland Versicherung <survey@weserland-vers.example>",
                "Survey participants <survey-en@lists.weserland-vers.example>",
                "How did we do? 3-minute survey", "2026-06-16 10:00", text, html=html, client="sys",
                headers=[("Precedence", "bulk")])


# ---------------------------------------------------------------------------- d215-0149
@M(149, "CONFIDENTIAL", "de", "insurer-to-broker",
   "premium arrears of a named customer's buildings policy reported to her broker: qualified reminder, amount, loss of cover (windows-1252, 8bit)")
def _():
    body = """Hallo Frau Moor,

zur Info, damit Sie ggf. mit Ihrer Kundin sprechen können: Für die
Wohngebäudeversicherung von Frau Swantje Rademacher (WG 10 447 118-3, Ofener
Straße 212, Oldenburg) ist der Jahresbeitrag 2026 über 512,40 € trotz Erinnerung
nicht bezahlt. Die Lastschrift vom 01.02. kam mit „Konto erloschen“ zurück.

Wir haben heute die qualifizierte Mahnung nach § 38 VVG verschickt (Frist zwei
Wochen, bis 13.03.2026). Zahlt Frau Rademacher nicht fristgerecht, sind wir bei
einem Schaden nach Fristablauf leistungsfrei und können kündigen – gerade bei einem
Wohngebäude wäre das bitter. Eine neue Bankverbindung kann sie uns auch über Sie
mitteilen.

""" + SIG("kreienkamp") + "\n"
    return mail(FROM("kreienkamp"), "Svenja Moor <s.moor@hollerbeck-makler.example>",
                "Beitragsrückstand Wohngebäude Rademacher", "2026-02-27 13:05", body,
                charset="windows-1252", cte="8bit")


# ---------------------------------------------------------------------------- d215-0150
@M(150, "NORMAL", "en", "internal",
   "team lunch invitation with a colleague's birthday and a new team member, no sensitive data")
def _():
    body = """Hi team,

two reasons to celebrate on Friday: the International Desk is two years old, and
it's Siobhan's birthday (she made me promise not to say which one).

Lunch is at 12:30 at the Hafenkante restaurant next door, table for 7, on me. Dennis
and Tereza, you are very welcome to join from the travel and reinsurance side.

We will also welcome Kofi Mensah, who joins us on 1 July as a trainee - he will be
in the office on Friday to meet everyone.

""" + SIG("whitfield") + "\n"
    return mail(FROM("whitfield"), ["International Desk <intl-desk@weserland-vers.example>",
                                    FROM("oyelaran"), "Tereza Novak <tereza.novak@weserland-vers.example>"],
                "Friday lunch - two years of the International Desk", "2026-06-24 09:40", body,
                charset="utf-8", cte="qp")


# ========================================================================================
# build and check
# ========================================================================================

def build(outdir):
    mdir = os.path.join(outdir, "mails")
    if os.path.isdir(mdir):
        shutil.rmtree(mdir)
    os.makedirs(mdir)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(REG):
        fn, label, lang, kind, reason = REG[n]
        Ctx.n, Ctx.b, Ctx.m = n, 0, 0
        msg = fn()
        data = msg.as_bytes(policy=POL)
        name = "%s%04d.eml" % (PREFIX, n)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(data)
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


HOST_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
IBAN_LEN = {"DE": 22, "GB": 22, "NL": 18, "AT": 20, "ES": 24, "FR": 27, "CH": 21}
# deliberately wrong IBANs (typos in a customer's text); must be listed here
IBAN_WRONG = {"DE27291505113582527595", "DE00000000000000000000"}


def iban_ok(s):
    s = s.replace(" ", "")
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return None          # not an IBAN we know (e.g. some other code)
    num = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return num % 97 == 1


class Checker:
    def __init__(self):
        self.errors = []
        self.stats = {}

    def err(self, where, what):
        self.errors.append("%s: %s" % (where, what))

    def count(self, key):
        self.stats[key] = self.stats.get(key, 0) + 1

    def text(self, where, s):
        for m in HOST_RE.finditer(s):
            h = m.group(1).rstrip(".").lower()
            if not h.endswith(".example"):
                self.err(where, "host not .example: %s" % h)
        for m in ADDR_RE.finditer(s):
            h = m.group(1).rstrip(".").lower()
            if not h.endswith(".example"):
                self.err(where, "mail domain not .example: %s" % h)
        for m in IBAN_RE.finditer(s):
            v = iban_ok(m.group(1))
            if v is False and m.group(1).replace(" ", "") not in IBAN_WRONG:
                self.err(where, "IBAN with wrong check digits: %s" % m.group(1))

    def message(self, where, msg, top=False):
        for d in msg.defects:
            self.err(where, "MIME defect %r" % d)
        for k, v in msg.items():
            for d in getattr(v, "defects", ()):
                self.err(where, "header defect in %s: %r" % (k, d))
            self.text(where + " header " + k, str(v))
        if top:
            if "Message-ID" not in msg:
                self.err(where, "no Message-ID")
            try:
                if msg["Date"].datetime.year != 2026:
                    self.err(where, "date not in 2026")
            except Exception as e:      # noqa
                self.err(where, "bad Date: %s" % e)
            frm = msg["From"].addresses[0].domain
            if frm != DOM:
                self.err(where, "sender domain %s" % frm)
        self.part(where, msg)

    def part(self, where, p):
        for d in p.defects:
            self.err(where, "MIME defect %r" % d)
        ct = p.get_content_type()
        if ct == "message/rfc822":
            self.count("forwarded message (message/rfc822)")
            inner = p.get_payload(0)
            self.message(where + ">rfc822", inner)
            return
        if p.is_multipart():
            for sub in p.get_payload():
                for k, v in sub.items():
                    for d in getattr(v, "defects", ()):
                        self.err(where, "header defect in %s: %r" % (k, d))
                self.part(where, sub)
            return
        fname = p.get_filename()
        data = p.get_payload(decode=True)
        cs = p.get_content_charset()
        if p.get_content_maintype() == "text" and not fname:
            try:
                s = data.decode(cs or "us-ascii")
            except (UnicodeDecodeError, LookupError) as e:
                self.err(where, "text part does not decode as %s: %s" % (cs, e))
                return
            self.text(where, s)
            return
        self.blob(where + "/" + (fname or ct), fname or "", ct, data, cs)

    def blob(self, where, fname, ct, data, cs=None):
        low = fname.lower()
        ext = low.rsplit(".", 1)[-1] if "." in low else ""
        self.count("attachment ." + (ext or ct))
        try:
            if ext == "pdf" or ct == "application/pdf":
                t = pdf_text(data)
                if not t.strip():
                    self.err(where, "PDF without text layer")
                self.text(where, t)
            elif ext in ("xlsx", "docx", "odt", "ods"):
                z = zipfile.ZipFile(io.BytesIO(data))
                if z.testzip() is not None:
                    self.err(where, "bad zip member")
                names = z.namelist()
                if ext in ("odt", "ods"):
                    if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
                        self.err(where, "ODF mimetype not first/stored")
                need = {"xlsx": "xl/workbook.xml", "docx": "word/document.xml",
                        "odt": "content.xml", "ods": "content.xml"}[ext]
                if need not in names:
                    self.err(where, "missing " + need)
                alltext = []
                for n in names:
                    if n.endswith(".xml") or n.endswith(".rels"):
                        root = ET.fromstring(z.read(n))
                        alltext.append(" ".join(root.itertext()))
                self.text(where, "\n".join(alltext))
            elif ext == "zip":
                z = zipfile.ZipFile(io.BytesIO(data))
                if z.testzip() is not None:
                    self.err(where, "bad zip member")
                for n in z.namelist():
                    self.blob(where + ":" + n, n, "", z.read(n))
            elif ext == "eml" or ct == "message/rfc822":
                m = BytesParser(policy=policy.default).parsebytes(data)
                self.message(where, m)
            elif ext == "ics" or ct == "text/calendar":
                t = data.decode(cs or "utf-8")
                if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
                    self.err(where, "ICS without VCALENDAR")
                self.text(where, t)
            elif ext in ("csv", "tsv", "txt", "log", "xml", "json", "pem", "asc", "dat") or ct.startswith("text/"):
                if cs:
                    t = data.decode(cs)
                else:
                    try:
                        t = data.decode("utf-8")
                    except UnicodeDecodeError:
                        t = data.decode("cp1252")
                if ext == "xml":
                    ET.fromstring(data)
                self.text(where, t)
            else:
                self.err(where, "unknown attachment type %s %s" % (fname, ct))
        except Exception as e:   # noqa
            self.err(where, "cannot open: %r" % e)


def check():
    ok = True
    tmp = tempfile.mkdtemp(prefix="d215check")
    try:
        build(tmp)
        # 1. byte-identical rebuild
        for rel in ["labels.tsv"] + ["mails/" + f for f in sorted(os.listdir(os.path.join(tmp, "mails")))]:
            a = os.path.join(HERE, rel)
            b = os.path.join(tmp, rel)
            if not os.path.exists(a):
                print("MISSING in working copy:", rel)
                ok = False
                continue
            with open(a, "rb") as fa, open(b, "rb") as fb:
                if fa.read() != fb.read():
                    print("DIFFERS from rebuild:", rel)
                    ok = False
        extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
        if extra:
            print("EXTRA files in mails/:", sorted(extra))
            ok = False
        # 2. rebuild twice gives the same bytes (determinism inside one run)
        tmp2 = tempfile.mkdtemp(prefix="d215check2")
        try:
            build(tmp2)
            for f in sorted(os.listdir(os.path.join(tmp, "mails"))):
                with open(os.path.join(tmp, "mails", f), "rb") as fa, open(os.path.join(tmp2, "mails", f), "rb") as fb:
                    if fa.read() != fb.read():
                        print("NOT DETERMINISTIC:", f)
                        ok = False
        finally:
            shutil.rmtree(tmp2)
        # 3. parse everything
        c = Checker()
        mids = {}
        files = sorted(os.listdir(os.path.join(tmp, "mails")))
        if len(files) != 150:
            print("expected 150 mails, found", len(files))
            ok = False
        for i, f in enumerate(files, 1):
            if f != "%s%04d.eml" % (PREFIX, i):
                print("unexpected file name", f)
                ok = False
            data = open(os.path.join(tmp, "mails", f), "rb").read()
            if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
                c.err(f, "bare LF or CR")
            if any(len(l) > 998 for l in data.split(b"\r\n")):
                c.err(f, "line longer than 998 octets")
            msg = BytesParser(policy=policy.default).parsebytes(data)
            mid = msg["Message-ID"]
            if mid in mids:
                c.err(f, "duplicate Message-ID with " + mids[mid])
            mids[mid] = f
            c.message(f, msg, top=True)
            c.count("top " + msg.get_content_type())
        # 4. labels
        with open(os.path.join(tmp, "labels.tsv"), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if lines[0] != "file\tlabel\tlang\tkind\treason":
            print("bad labels header")
            ok = False
        body = [l.split("\t") for l in lines[1:] if l]
        if len(body) != 150 or any(len(r) != 5 for r in body):
            print("labels.tsv malformed")
            ok = False
        for r in body:
            if r[1] == "NORMAL" and not r[4]:
                ok = False
        for e in c.errors:
            print("ERROR", e)
        if c.errors:
            ok = False
        # statistics
        lab, lang, kinds = {}, {}, {}
        for r in body:
            lab[r[1]] = lab.get(r[1], 0) + 1
            lang[r[2]] = lang.get(r[2], 0) + 1
            kinds[(r[3], r[1])] = kinds.get((r[3], r[1]), 0) + 1
        print("labels:", lab)
        print("languages:", lang)
        print("traps:", sum(1 for r in body if r[1] == "NORMAL" and r[4].startswith("trap:")))
        for k in sorted(c.stats):
            print("  %-45s %d" % (k, c.stats[k]))
    finally:
        shutil.rmtree(tmp)
    print("CHECK", "PASSED" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build(HERE)
    print("wrote %d mails to %s" % (len(REG), os.path.join(HERE, "mails")))
