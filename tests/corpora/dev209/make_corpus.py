#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus dev209 (prefix d209-) for Siegel.

150 fictitious e-mails sent from the domain of the invented insurer
"Lindenau Versicherung" (lindenau-versicherung.example), each labelled NORMAL,
CONFIDENTIAL or STRICTLY_CONFIDENTIAL.

    python3 make_corpus.py          writes mails/ and labels.tsv next to this file
    python3 make_corpus.py --check  rebuilds into a temporary folder, compares byte
                                    for byte and parses/validates every mail

Python standard library only.  Office files are ZIPs of hand-written XML, PDFs
are built by hand (Helvetica, WinAnsiEncoding, FlateDecode content streams).
Everything is deterministic (fixed dates, Message-IDs, boundaries, ZIP times).

Layout: helpers first, then the section MAILS in which every mail is written on
its own (headers, body, quoted history, forwards, attachment contents), then the
driver and the checker.  Shared between mails are only the staff signatures and
the legal footers.
"""

import csv
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
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d209-"
DOMAIN = "lindenau-versicherung.example"
SMTP = policy.SMTP

# ---------------------------------------------------------------------------
# dates, ids, boundaries
# ---------------------------------------------------------------------------

_CUR = {"n": 0, "k": 0}


def _offset(dt):
    # CET / CEST 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC
    start = datetime.datetime(2026, 3, 29, 2, 0)
    end = datetime.datetime(2026, 10, 25, 3, 0)
    return 2 if start <= dt < end else 1


def D(s, sec=None):
    """'2026-01-13 09:14' -> RFC 5322 date with the German offset of that day."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    if sec is None:
        sec = int(hashlib.md5(s.encode()).hexdigest()[:2], 16) % 60
    dt = dt.replace(second=sec)
    off = _offset(dt)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
              "Oct", "Nov", "Dec"]
    return "%s, %d %s %d %02d:%02d:%02d +0%d00" % (
        days[dt.weekday()], dt.day, months[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, off)


def _h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def MID(tag, host=DOMAIN, style="exchange"):
    """Deterministic Message-ID.  tag must be unique inside the corpus."""
    h = _h("mid", tag)
    if style == "exchange":
        return "<%s%s@EXMB0%s.%s>" % (h[:20].upper(), h[20:24], int(h[24], 16) % 4 + 1, host)
    if style == "iphone":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                       h[16:20].upper(), h[20:32].upper(), host)
    if style == "android":
        return "<%s.%s@%s>" % (h[:12], int(h[12:20], 16), host)
    if style == "tb":
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], host)
    if style == "web":
        return "<trinity-%s-%s@3c-app-%s>" % (h[:8], h[8:24], host)
    if style == "sys":
        return "<%s.%s@%s>" % (int(h[:10], 16), h[10:18], host)
    raise ValueError(style)


def _boundary():
    _CUR["k"] += 1
    h = _h("b", _CUR["n"], _CUR["k"])
    n = _CUR["n"]
    style = n % 4
    if style == 0:
        return "_%03d_%s_" % (_CUR["k"], h[:24].upper())
    if style == 1:
        return "----=_Part_%d_%d.%s" % (n * 7 + _CUR["k"], int(h[:8], 16), 1767225600000 + n * 1000)
    if style == 2:
        return "------------%s" % h[:24]
    return "=_%s" % h[:28]


# ---------------------------------------------------------------------------
# MIME building blocks
# ---------------------------------------------------------------------------

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def flow(text, width=72):
    """RFC 3676 format=flowed.  Prose lines that were wrapped in the source
    (a line of 60+ characters followed by more prose) are joined and re-wrapped
    with soft breaks (a trailing space); quotes, lists and the signature stay
    as they are."""
    def hard(l):
        s = l.strip()
        return (not s or l.startswith(">") or re.match(r"^\s*([-*\u2022]|\d+[.)])\s", l) is not None
                or l.startswith(" "))
    out, buf, in_sig = [], [], False

    def flush():
        if not buf:
            return
        para = " ".join(x.strip() for x in buf)
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line + " ")
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
        buf.clear()

    for l in text.split("\n"):
        if l == "-- ":
            flush()
            in_sig = True
            out.append(l)
            continue
        if in_sig or hard(l):
            flush()
            out.append(l.rstrip(" "))
            if in_sig and not l.strip():
                in_sig = False      # the signature block ends at the first blank line
            continue
        buf.append(l)
        if len(l) < 60:
            flush()
    flush()
    return "\n".join(out)


def T(text, charset="utf-8", cte="quoted-printable", flowed=False, subtype="plain"):
    """A text part.  cte: 7bit, 8bit, quoted-printable, base64."""
    p = MIMEPart(policy=SMTP)
    params = {}
    if flowed:
        text = flow(text)
        params["format"] = "flowed"
    if not text.endswith("\n"):
        text += "\n"
    p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
    return p


def H(html, charset="utf-8", cte="quoted-printable"):
    return T(html, charset=charset, cte=cte, subtype="html")


def ALT(*parts):
    p = MIMEPart(policy=SMTP)
    p["Content-Type"] = 'multipart/alternative; boundary="%s"' % _boundary()
    for q in parts:
        p.attach(q)
    return p


def MIX(*parts, subtype="mixed"):
    p = MIMEPart(policy=SMTP)
    p["Content-Type"] = 'multipart/%s; boundary="%s"' % (subtype, _boundary())
    for q in parts:
        p.attach(q)
    return p


def ATT(data, ctype, filename, inline=False):
    """A binary attachment (bytes), base64."""
    p = MIMEPart(policy=SMTP)
    maintype, subtype = ctype.split("/")
    p.set_content(data, maintype, subtype, cte="base64",
                  disposition="inline" if inline else "attachment", filename=filename)
    return p


def TXTATT(data_bytes, filename, charset, ctype="text/plain"):
    """An attachment whose bytes are already encoded in `charset` (CSV, TSV, TXT, ICS)."""
    p = MIMEPart(policy=SMTP)
    maintype, subtype = ctype.split("/")
    p.set_content(data_bytes, maintype, subtype, cte="base64", disposition="attachment",
                  filename=filename)
    p.set_param("charset", charset)
    return p


def FWD(inner, filename=None):
    """Attach a whole mail as message/rfc822."""
    p = MIMEPart(policy=SMTP)
    raw = inner.as_bytes(policy=SMTP)
    cte = "7bit" if all(b < 128 for b in raw) else "8bit"
    p.set_content(inner, cte=cte)
    if filename:
        p["Content-Disposition"] = 'attachment; filename="%s"' % filename
    else:
        p["Content-Disposition"] = "inline"
    return p


def MSG(date, frm, to, subject, body, *, cc=None, mid=None, irt=None, refs=None,
        agent=None, extra=None, reply_to=None, top=True):
    """Assemble a message.  body is a part made by T/H/ALT/MIX."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid or MID(("top", _CUR["n"]))
    if irt:
        m["In-Reply-To"] = irt
    if refs or irt:
        m["References"] = refs or irt
    for k, v in (extra or []):
        m[k] = v
    if agent:
        if agent.startswith("UA:"):
            m["User-Agent"] = agent[3:]
        else:
            m["X-Mailer"] = agent
    m["MIME-Version"] = "1.0"
    for k, v in body.raw_items():
        m[k] = v
    m.set_payload(body._payload)
    return m


def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(prefix.rstrip())
        else:
            out.append(prefix + line)
    return "\n".join(out)


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def sig_html(key):
    return "<br>\n".join(html_esc(l) for l in SIG[key].strip("\n").split("\n")[1:])


# ---------------------------------------------------------------------------
# attachments: PDF, XLSX, DOCX, ODT, ODS, ZIP, PNG
# ---------------------------------------------------------------------------

ZIPTIME = (2026, 1, 2, 8, 0, 0)


def _zip(members, when=ZIPTIME, stored_first=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=when)
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


def ZIP(members, when=ZIPTIME):
    """A plain ZIP archive: members = [(name, bytes)]."""
    return _zip(members, when)


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    ind = len(line) - len(line.lstrip(" "))
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = " " * ind + w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def PDF(text, title="", author="", created="20260105090000", producer="Lindenau DMS 4.2 (Druckstrasse)"):
    """Hand-built PDF.  text: lines; '\f' starts a new page; a line starting with
    '#' is set in Helvetica-Bold 13 pt, '*' in Helvetica-Bold 10 pt."""
    pages = []
    for ptxt in text.strip("\n").split("\f"):
        lines = []
        for l in ptxt.strip("\n").split("\n"):
            if l.startswith("#") or l.startswith("*"):
                lines.append(l)
            else:
                lines.extend(_wrap(l, 92))
        pages.append(lines)
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
        y = 790
        cs = [b"BT"]
        for l in lines:
            if l.startswith("#"):
                font, size, s = b"/F2", 13, l[1:].strip()
            elif l.startswith("*"):
                font, size, s = b"/F2", 10, l[1:].strip()
            else:
                font, size, s = b"/F1", 10, l
            cs.append(b"%s %d Tf 1 0 0 1 56 %d Tm (%s) Tj" % (font, size, y, _pdf_str(s)))
            y -= 18 if size > 10 else 13
            if y < 50:
                break
        cs.append(b"ET")
        raw = b"\n".join(cs)
        comp = zlib.compress(raw, 9)
        c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(comp), comp))
        p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, f1, f2, c))
        kids.append(p)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (D:%s+01'00') /ModDate (D:%s+01'00') >>" % (
        _pdf_str(title), _pdf_str(author), _pdf_str(producer), created.encode(), created.encode()))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (i, o))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    fid = _h("pdf", title, created)[:32].encode()
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, fid, fid, xref))
    return out.getvalue()


def _core(title, author, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (xesc(title), xesc(author), xesc(author), created, created))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def XLSX(sheets, title="", author="", created="2026-01-05T09:00:00Z"):
    """sheets = [(name, rows)], rows = lists of str / int / float / None."""
    wb_sheets, rels, ct, members = [], [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), i, i))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
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
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        members.append(("xl/worksheets/sheet%d.xml" % i,
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                        '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
    n = len(sheets)
    head = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
         '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>' % "".join(ct)),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>'),
        ("docProps/app.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
         '<Application>Microsoft Excel</Application><Company>Lindenau Versicherung</Company></Properties>'),
        ("docProps/core.xml", _core(title, author, created)),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets>%s</sheets></workbook>' % "".join(wb_sheets)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '%s<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '</Relationships>' % ("".join(rels), n + 1)),
        ("xl/styles.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
         '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
         '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
         '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
         '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
         '</styleSheet>'),
    ]
    return _zip(head + members, when=_ztime(created))


def _ztime(created):
    d = created.replace("T", " ").rstrip("Z")
    dt = datetime.datetime.strptime(d[:19], "%Y-%m-%d %H:%M:%S")
    return (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second - dt.second % 2)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def DOCX(paras, title="", author="", created="2026-01-05T09:00:00Z"):
    """paras: list of str (a paragraph), '# text' (bold heading), or
    ('table', rows) for a simple table."""
    body = []

    def run(t, bold=False):
        rp = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rp, xesc(t))

    for p in paras:
        if isinstance(p, tuple) and p[0] == "table":
            rows = []
            for row in p[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>%s</w:p></w:tc>' % run(str(c)) for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
        elif p.startswith("# "):
            body.append("<w:p>%s</w:p>" % run(p[2:], True))
        else:
            body.append("<w:p>%s</w:p>" % run(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % (W_NS, "".join(body)))
    members = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>'),
        ("docProps/app.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
         '<Application>Microsoft Office Word</Application><Company>Lindenau Versicherung</Company></Properties>'),
        ("docProps/core.xml", _core(title, author, created)),
        ("word/document.xml", doc),
    ]
    return _zip(members, when=_ztime(created))


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:office_ns_version="1.2"')


def _odf(kind, content_body, title, author, created):
    mime = "application/vnd.oasis.opendocument." + kind
    ns = _ODF_NS.replace(' xmlns:office_ns_version="1.2"', "")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.2"><office:body>%s</office:body></office:document-content>'
               % (ns, content_body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '</office:meta></office:document-meta>' % (ns, xesc(title), xesc(author), xesc(author), created, created))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("content.xml", content), ("meta.xml", meta),
                 ("META-INF/manifest.xml", manifest)], when=_ztime(created), stored_first=True)


def ODT(paras, title="", author="", created="2026-01-05T09:00:00"):
    out = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "table":
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(c))
                for c in row) for row in p[1])
            ncol = max(len(r) for r in p[1])
            out.append('<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>' % (ncol, rows))
        elif p.startswith("# "):
            out.append('<text:h text:outline-level="1">%s</text:h>' % xesc(p[2:]))
        else:
            out.append("<text:p>%s</text:p>" % xesc(p))
    return _odf("text", "<office:text>%s</office:text>" % "".join(out), title, author, created)


def ODS(sheets, title="", author="", created="2026-01-05T09:00:00"):
    tabs = []
    for name, rows in sheets:
        trs = []
        for row in rows:
            cells = []
            for v in row:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
            trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (xesc(name), "".join(trs)))
    return _odf("spreadsheet", "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs), title, author, created)


def PNG(w, h, rgb, stripe=None):
    """A tiny valid PNG (solid colour, optional stripe colour every 4th row)."""
    import struct
    rows = b""
    for y in range(h):
        c = stripe if (stripe and y % 4 == 0) else rgb
        rows += b"\x00" + bytes(c) * w
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"


# ---------------------------------------------------------------------------
# the invented world: staff addresses, signatures, legal footers
# ---------------------------------------------------------------------------

def A(key):
    """Display address of a staff member or team mailbox."""
    return STAFF[key]


STAFF = {
    "krueger": "Sabine Krüger <sabine.krueger@%s>" % DOMAIN,
    "wendt": "Tobias Wendt <tobias.wendt@%s>" % DOMAIN,
    "hoffmann": "Melanie Hoffmann-Yilmaz <melanie.hoffmann-yilmaz@%s>" % DOMAIN,
    "pieper": '"Dr. Jörg Pieper" <joerg.pieper@%s>' % DOMAIN,
    "vogel": "Katrin Vogel <katrin.vogel@%s>" % DOMAIN,
    "aydin": "Emre Aydın <emre.aydin@%s>" % DOMAIN,
    "lorenz": "Jana Lorenz <jana.lorenz@%s>" % DOMAIN,
    "brandt": "Felix Brandt <felix.brandt@%s>" % DOMAIN,
    "schuster": "Oliver Schuster <oliver.schuster@%s>" % DOMAIN,
    "reimann": "Claudia Reimann <claudia.reimann@%s>" % DOMAIN,
    "kowalski": "Martin Kowalski <martin.kowalski@%s>" % DOMAIN,
    "sommer": "Lena Sommer <lena.sommer@%s>" % DOMAIN,
    "fischer": "Daniel Fischer <daniel.fischer@%s>" % DOMAIN,
    "peters": "Anja Peters <anja.peters@%s>" % DOMAIN,
    "brueckner": "Stefan Brückner <stefan.brueckner@%s>" % DOMAIN,
    "keller": "Nadine Keller <nadine.keller@%s>" % DOMAIN,
    "winter": "Sophie Winter <sophie.winter@%s>" % DOMAIN,
    "hartmann": "Thomas Hartmann <thomas.hartmann@%s>" % DOMAIN,
    "demir": "Ayşe Demir <ayse.demir@%s>" % DOMAIN,
    "oneill": "Patrick O'Neill <patrick.oneill@%s>" % DOMAIN,
    "schaefer": "Marion Schäfer <marion.schaefer@%s>" % DOMAIN,
    "braun": "Ulrike Braun <ulrike.braun@%s>" % DOMAIN,
    "nguyen": "Linh Nguyen <linh.nguyen@%s>" % DOMAIN,
    "okafor": "Grace Okafor <grace.okafor@%s>" % DOMAIN,
    "roth": "Benedikt Roth <benedikt.roth@%s>" % DOMAIN,
    "richter": "Jonas Richter <jonas.richter@%s>" % DOMAIN,
    # team mailboxes
    "service": "Lindenau Kundenservice <service@%s>" % DOMAIN,
    "schaden": "Lindenau Schadenservice <schaden@%s>" % DOMAIN,
    "leistung-kv": "Leistung Krankenversicherung <leistung-kv@%s>" % DOMAIN,
    "leben-leistung": "Leistung Leben/BU <leben-leistung@%s>" % DOMAIN,
    "international": "Lindenau International Service <international@%s>" % DOMAIN,
    "presse": "Lindenau Presse <presse@%s>" % DOMAIN,
    "newsletter": "Lindenau Versicherung <newsletter@%s>" % DOMAIN,
    "makler": "Lindenau Maklerservice <makler@%s>" % DOMAIN,
    "datenschutz": "Datenschutz Lindenau <datenschutz@%s>" % DOMAIN,
    "it-service": "IT-Service Lindenau <it-service@%s>" % DOMAIN,
    "intern": "Lindenau intern <intern@%s>" % DOMAIN,
    "pflege": "Leistung Pflege <pflege@%s>" % DOMAIN,
    "unfall": "Leistung Unfall <unfall@%s>" % DOMAIN,
    "inkasso": "Beitragsinkasso <inkasso@%s>" % DOMAIN,
    "sach": "Schadenservice Sach <sach-schaden@%s>" % DOMAIN,
    "kfz": "Kfz-Schaden <kfz-schaden@%s>" % DOMAIN,
    "hr-rs": "Haftpflicht & Rechtsschutz <hr-schaden@%s>" % DOMAIN,
    "alle": "Alle Mitarbeitenden Leipzig <alle-leipzig@%s>" % DOMAIN,
    "bav": "bAV-Service <bav@%s>" % DOMAIN,
    "karriere": "Lindenau Karriere <karriere@%s>" % DOMAIN,
}

SIG = {
    "krueger": """
-- 
Mit freundlichen Grüßen

Sabine Krüger
Kundenservice-Center
Lindenau Versicherung
Telefon 0341 5560-1120 | sabine.krueger@lindenau-versicherung.example
""",
    "wendt": """
-- 
Freundliche Grüße
Tobias Wendt
Kfz-Schadenservice

Lindenau Allgemeine Versicherung AG
Hafenallee 12, 04179 Leipzig
Tel. 0341 5560-2231, Fax 0341 5560-2299
""",
    "hoffmann": """
-- 
Mit freundlichen Grüßen
i. A. Melanie Hoffmann-Yilmaz
Leistungsabteilung Krankenversicherung
Lindenau Krankenversicherung AG | Hafenallee 12 | 04179 Leipzig
Tel. 0341 5560-3140 | leistung-kv@lindenau-versicherung.example
""",
    "pieper": """
-- 
Dr. med. Jörg Pieper
Gesellschaftsarzt | Chief Medical Officer
Risikoprüfung Leben & BU / Life & Disability Underwriting
Lindenau Lebensversicherung AG, Hafenallee 12, 04179 Leipzig, Germany
+49 341 5560-4410
""",
    "vogel": """
-- 
Mit freundlichen Grüßen

Katrin Vogel
Leistungsprüfung Leben / Berufsunfähigkeit
Lindenau Lebensversicherung AG
Telefon 0341 5560-4432
""",
    "aydin": """
-- 
Viele Grüße / Kind regards
Emre Aydın
Schadenservice Sach (Hausrat, Wohngebäude, Glas)
Lindenau Allgemeine Versicherung AG
0341 5560-2410 | emre.aydin@lindenau-versicherung.example
""",
    "lorenz": """
-- 
Mit freundlichen Grüßen
Jana Lorenz
Schadenservice Haftpflicht & Rechtsschutz
Lindenau Allgemeine Versicherung AG / Lindenau Rechtsschutz AG
Telefon 0341 5560-2550
""",
    "brandt": """
-- 
Beste Grüße
Felix Brandt
Maklerbetreuung Mitteldeutschland
Lindenau Versicherung | Hafenallee 12 | 04179 Leipzig
Mobil 0171 4459 2012 | makler@lindenau-versicherung.example
""",
    "schuster": """
-- 
Oliver Schuster
Firmenkunden / Commercial Lines
Lindenau Allgemeine Versicherung AG
Hafenallee 12, 04179 Leipzig, Germany
T +49 341 5560-5120 | M +49 160 9921 0571
""",
    "reimann": """
-- 
Herzliche Grüße
Claudia Reimann
Leistungsservice Pflege
Lindenau Krankenversicherung AG
Telefon 0341 5560-3390 (Mo-Do 8-16 Uhr, Fr 8-13 Uhr)
""",
    "kowalski": """
-- 
Mit freundlichen Grüßen
Martin Kowalski
Leistungsprüfung Unfallversicherung
Lindenau Allgemeine Versicherung AG
Tel. 0341 5560-2640
""",
    "sommer": """
-- 
Best regards
Lena Sommer
Travel & International Service Desk
Lindenau Versicherung, Leipzig, Germany
+49 341 5560-7700 (24/7 emergency line: +49 341 5560-7777)
""",
    "fischer": """
-- 
Daniel Fischer
IT Messaging & SecureMail
Lindenau Versicherung
Durchwahl -6612 | Ticket: it-service@lindenau-versicherung.example
""",
    "peters": """
-- 
Anja Peters
Datenschutzbeauftragte der Lindenau Versicherungsgruppe
Hafenallee 12, 04179 Leipzig
datenschutz@lindenau-versicherung.example | 0341 5560-1001
""",
    "brueckner": """
-- 
Stefan Brückner
Pressesprecher
Lindenau Versicherung
Hafenallee 12, 04179 Leipzig
Telefon 0341 5560-1500 | presse@lindenau-versicherung.example
""",
    "keller": """
-- 
Freundliche Grüße
Nadine Keller
Einkauf & Facility Management
Lindenau Versicherung
Tel. 0341 5560-1870
""",
    "winter": """
-- 
Liebe Grüße
Sophie Winter
Digitaler Kundenservice (App, Chat & Social Media)
Lindenau Versicherung
""",
    "hartmann": """
-- 
Mit freundlichen Grüßen
Thomas Hartmann
Beitragsinkasso / Zahlungsverkehr
Lindenau Versicherung
Tel. 0341 5560-1710
""",
    "demir": """
-- 
Viele Grüße
Ayşe Demir
Eingangsmanagement / Posteingang
Lindenau Versicherung
""",
    "oneill": """
-- 
Kind regards,
Patrick O'Neill
International Health Services
Lindenau Krankenversicherung AG
Hafenallee 12, 04179 Leipzig, Germany
T +49 341 5560-3800 | international@lindenau-versicherung.example
""",
    "schaefer": """
-- 
Mit freundlichen Grüßen
Marion Schäfer
Betriebliche Altersversorgung
Lindenau Lebensversicherung AG
Telefon 0341 5560-4610
""",
    "braun": """
-- 
Viele Grüße
Ulrike Braun
Personalabteilung
Lindenau Versicherung
Durchwahl -1250
""",
    "nguyen": """
-- 
Linh Nguyen
Aktuariat Komposit & Kranken
Lindenau Versicherung
Durchwahl -5830
""",
    "okafor": """
-- 
Grace Okafor
Reinsurance & International Partnerships
Lindenau Versicherung, Leipzig
T +49 341 5560-5910
""",
    "richter": """
-- 
Mit freundlichen Grüßen

Jonas Richter
Vertragsservice Leben & Rente
Lindenau Lebensversicherung AG
Telefon 0341 5560-4520 | Fax 0341 5560-4599
""",
    "roth": """
-- 
Gruß
Benedikt Roth
Teamleitung Kundenservice-Center
Lindenau Versicherung
Durchwahl -1100
""",
}

FOOT_AG = """
________________________________
Lindenau Allgemeine Versicherung AG, Hafenallee 12, 04179 Leipzig
Sitz: Leipzig, Amtsgericht Leipzig HRB 48112
Vorstand: Dr. Carsten Fehling (Vors.), Miriam Okonkwo, Ralf Siebert
Vorsitzender des Aufsichtsrats: Prof. Dr. Hartmut Quandel
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail.
"""

FOOT_KV = """
________________________________
Lindenau Krankenversicherung AG, Hafenallee 12, 04179 Leipzig
Amtsgericht Leipzig HRB 48120 | Vorstand: Dr. Carsten Fehling (Vors.),
Susanne Adebayo, Jens Warnholz | Aufsichtsrat: Prof. Dr. Hartmut Quandel (Vors.)
Informationen zum Datenschutz: https://www.lindenau-versicherung.example/datenschutz
"""

FOOT_LEBEN = """
________________________________
Lindenau Lebensversicherung AG | Hafenallee 12 | 04179 Leipzig
Amtsgericht Leipzig HRB 48117 | Vorstand: Dr. Carsten Fehling (Vors.), Ralf Siebert
Aufsichtsrat: Prof. Dr. Hartmut Quandel (Vors.)
"""

FOOT_EN = """
________________________________
Lindenau Versicherung | Hafenallee 12 | 04179 Leipzig | Germany
Registered office Leipzig, Local Court of Leipzig HRB 48112.
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail. Thank you.
"""


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = {}
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")


def mail(n, label, lang, kind, reason):
    def deco(fn):
        assert n not in MAILS, n
        assert label in LABELS, label
        assert lang in ("de", "en"), lang
        MAILS[n] = (fn, label, lang, kind, reason)
        return fn
    return deco


# ===========================================================================
# MAILS
# ===========================================================================

@mail(1, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: reply to a customer's mobile mail about a parking scrape, names him with plate, policy and claim number")
def m0001():
    cust = MID("c1", "webpost.example", "iphone")
    body = """Hallo Herr Kaminski,

danke für Ihre schnelle Meldung – das haben Sie genau richtig gemacht.

Ich habe den Schaden unter der Nummer KS-2026-0004113 angelegt (Kfz-Haftpflicht,
Vertrag KF-4471-220815, Ihr Golf mit dem Kennzeichen L-DK 2207). Damit wir den
Fahrer des anderen Wagens regulieren können, brauche ich noch:

1. Name, Anschrift und Kennzeichen des anderen Fahrers (die Nummer, die Sie
   getauscht haben, reicht mir nicht ganz)
2. wenn vorhanden ein, zwei Fotos von der Stoßstange
3. kurz in Ihren Worten, wie es passiert ist (ein Satz genügt)

Sie können einfach auf diese Mail antworten. Bitte zahlen Sie dem anderen Fahrer
nichts direkt und erkennen Sie auch nichts schriftlich an – das übernehmen wir.
Ihr Schadenfreiheitsrabatt wird erst dann berührt, wenn wir tatsächlich zahlen;
bei kleinen Beträgen können Sie den Schaden später auch selbst zurückkaufen.
""" + SIG["wendt"] + FOOT_AG + """
-----Ursprüngliche Nachricht-----
Von: Dennis Kaminski <d.kaminski@webpost.example>
Gesendet: Mittwoch, 7. Januar 2026 18:42
An: Lindenau Schadenservice <schaden@lindenau-versicherung.example>
Betreff: kratzer parkplatz

Hallo, hab heute beim ausparken am lidl in schkeuditz ein anderes auto
gestreift, nur ein kratzer an der stoßstange vom anderen. Hab mit dem fahrer
nummern getauscht. Was muss ich jetzt machen?? Mein kennzeichen L-DK 2207

Gruß Dennis

Von meinem iPhone gesendet
"""
    return MSG(D("2026-01-08 09:17"), A("wendt"), "Dennis Kaminski <d.kaminski@webpost.example>",
               "AW: kratzer parkplatz", T(body), irt=cust,
               agent="Microsoft Outlook 16.0")


@mail(2, "NORMAL", "de", "internal",
      "trap: team text blocks for answering hospital/diagnosis mails, only «placeholders», no real person")
def m0002():
    body = """Hallo zusammen,

wie in der Teamrunde besprochen, hier die überarbeiteten Textbausteine für
Mails, die eigentlich in die Leistungsabteilung KV gehören. Bitte ab Montag nur
noch diese verwenden, die alten Bausteine KS-17 bis KS-19 lösche ich im
Textbausteinkatalog.

Wichtig: Wir im Kundenservice prüfen keine Rechnungen und geben keine Auskunft
zu Diagnosen. Wir leiten weiter und sagen dem Kunden Bescheid, mehr nicht.

--- KS-17a  Krankenhausrechnung eingegangen ---
«Anrede» «Nachname»,
vielen Dank für Ihre Nachricht. Ihre Krankenhausrechnung haben wir an unsere
Leistungsabteilung weitergeleitet. Sie erhalten die Abrechnung in der Regel
innerhalb von 10 Arbeitstagen. Bitte schicken Sie uns medizinische Unterlagen
künftig über den Upload in der Lindenau-App oder das SecureMail-Portal und
nicht per normaler E-Mail.

--- KS-18a  Frage nach Kostenübernahme vor einer OP ---
«Anrede» «Nachname»,
ob wir die Kosten für eine geplante Operation oder einen Krankenhausaufenthalt
übernehmen, prüft unsere Leistungsabteilung anhand des Kostenvoranschlags bzw.
der Einweisung mit Diagnose (ICD-10). Bitte laden Sie diese Unterlagen in der
App hoch. Eine Kollegin oder ein Kollege meldet sich dann direkt bei Ihnen.

--- KS-19a  Kunde schickt Diagnose/Befund unaufgefordert per Mail ---
«Anrede» «Nachname»,
danke für die Unterlagen. Wir haben sie an die zuständige Fachabteilung
weitergegeben. Zu Ihrem Schutz bitten wir Sie, Gesundheitsunterlagen künftig
nur über die App oder das SecureMail-Portal zu senden.
(Intern: Originalmail NICHT zitieren, nur weiterleiten an leistung-kv@!)

Rückfragen gerne an mich.
""" + SIG["roth"]
    return MSG(D("2026-01-09 14:05"), A("roth"), "Team Kundenservice-Center <team-ksc@lindenau-versicherung.example>",
               "Neue Textbausteine KS-17a bis KS-19a (Krankenhaus / Diagnosen)", T(body),
               agent="Microsoft Outlook 16.0")


@mail(3, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's mail forwarded to health claims: dentist invoice for root canal treatment (PDF with GOZ items, K04.0) and his IBAN")
def m0003():
    cmid = MID("c3", "mailo.example", "web")
    fwd = """Hallo Kolleginnen und Kollegen der Leistung KV,

die Mail unten kam im Servicepostfach an, gehört zu euch. Kunde ist informiert
(Baustein KS-19a). Anhang ist die eingescannte Zahnarztrechnung.

""" + SIG["demir"] + """
Von: Günther Pohl <g.pohl1957@mailo.example>
Gesendet: Montag, 12. Januar 2026 07:58
An: Lindenau Kundenservice <service@lindenau-versicherung.example>
Betreff: Rechnung Zahnarzt

Sehr geehrte damen und herren,

anbei die rechnung vom zahnarzt Dr. Weiß für die wurzelbehandlung am 17.12.
Bitte überweisen sie den betrag auf mein konto bei der Sparkasse
DE43 4784 4130 4038 6009 63 (Günther Pohl).
Meine versicherungsnummer ist 7 340 118 902.
Die letzte Rechnung hat sehr lange gedauert, bitte diesmal schneller.

mfg
G. Pohl
"""
    inv = PDF("""#Zahnarztpraxis Dr. med. dent. Carola Weiß
Gohliser Straße 40 · 04155 Leipzig · Tel. 0341 9912 340
 
Herrn
Günther Pohl
Menckestraße 9
04155 Leipzig
 
*Rechnung Nr. 2025-12-0871            Rechnungsdatum: 22.12.2025
Patient: Günther Pohl, geb. 03.05.1957
Behandlungszeitraum: 17.12.2025
Diagnose: K04.0 Pulpitis Zahn 46
 
Datum      Zahn  GOZ   Leistung                                   Faktor   Betrag
17.12.25   46    2390  Trepanation eines Zahnes                    2,3    15,52 EUR
17.12.25   46    2410  Aufbereitung Wurzelkanal (3 Kanäle)        2,3   162,12 EUR
17.12.25   46    2420  Elektrophysikalisch-chem. Methoden (3x)     2,3    58,23 EUR
17.12.25   46    2440  Füllung Wurzelkanal (3 Kanäle)             2,3   117,56 EUR
17.12.25   46    0090  Infiltrationsanästhesie                     2,3     7,76 EUR
17.12.25         Ä5000 Röntgen Zahn (2 Aufnahmen)                 1,8    14,58 EUR
 
*Rechnungsbetrag: 375,77 EUR
Zahlbar innerhalb von 30 Tagen ohne Abzug.
Bankverbindung Praxis: IBAN DE29 7959 0154 4572 3180 78
""", title="Rechnung 2025-12-0871", author="Praxis Dr. Weiss", created="20251222101500")
    return MSG(D("2026-01-12 09:31"), A("demir"), A("leistung-kv"),
               "WG: Rechnung Zahnarzt",
               MIX(T(fwd), ATT(inv, "application/pdf", "Scan_20260112_075512.pdf")),
               agent="Microsoft Outlook 16.0", refs=cmid)


@mail(4, "NORMAL", "en", "insurer-to-prospect",
      "trap: prospect asks whether skiing accidents are covered; generic answer about hospital, rescue and repatriation, nobody's health")
def m0004():
    body = """Hi Jake,

thanks for getting in touch. Short answer: yes, skiing on marked pistes is
covered by our travel health insurance, in Austria as anywhere else in Europe.

What that means if one of your group gets hurt on the slopes:
- emergency treatment by a doctor or in hospital, including surgery,
  is paid in full (no excess in the Plus tariff, EUR 100 in Basic)
- mountain rescue and helicopter transport to the nearest suitable
  hospital up to EUR 25,000
- transport home to Germany once it is medically sensible, e.g. with
  a broken leg that needs several weeks in plaster
- our 24/7 emergency line (+49 341 5560-7777) sorts out payment
  guarantees with the hospital

Off-piste skiing without a guide and ski racing are not covered.
The annual policy costs EUR 14.90 per person (up to age 64) and covers every
trip of up to 56 days. You can buy it online in about five minutes:
https://www.lindenau-versicherung.example/reise

Have a great trip!
""" + SIG["sommer"] + FOOT_EN + """
On Tue, 13 Jan 2026 at 22:10, Jake Morrison <jake.morrison@mailo.example> wrote:
> hi there, do u cover skiing in austria? going with 4 friends to
> saalbach in feb. what if someone breaks a leg lol. do we need
> something extra or is the normal travel thing enough
> thx
> Jake
"""
    return MSG(D("2026-01-14 08:46"), A("sommer"), "Jake Morrison <jake.morrison@mailo.example>",
               "Re: skiing austria question", T(body, charset="us-ascii", cte="7bit"),
               irt=MID("c4", "mailo.example", "android"), agent="Microsoft Outlook 16.0")


@mail(5, "CONFIDENTIAL", "de", "insurer-to-customer",
      "household: bicycle stolen from a broken-open cellar; named customer with policy, claim and police case number")
def m0005():
    body = """Hallo Frau Wachowiak,

das tut mir leid, ärgerlich, gerade wenn es bei den Nachbarn auch passiert ist.
Fahrräder im abgeschlossenen Keller sind über Ihre Hausratversicherung
(HR 20 448 771) versichert, Einbruch in den Keller ist ein klassischer Fall.

Ihr Schaden hat die Nummer SH-26-001582. Schicken Sie mir bitte:

- den Kaufbeleg des Fahrrads (oder Foto vom Fahrradpass mit Rahmennummer)
- die Stehlgutliste, die Sie der Polizei gegeben haben
  (Vorgangsnummer 2026-004417-LE habe ich notiert)
- ein Foto der aufgebrochenen Kellertür, falls Sie noch eins machen können

Die Entschädigung richtet sich nach dem Neuwert, in Ihrem Tarif bis 3.000 EUR
für Fahrräder. Sobald die Unterlagen da sind, dauert es meist nur wenige Tage.
""" + SIG["aydin"] + FOOT_AG + """
Am 14.01.2026 um 21:03 schrieb Leonie Wachowiak:
> Hallo, mein fahrrad wurde aus dem keller geklaut!!! Die Kellertür war
> aufgebrochen, bei den nachbarn auch. Polizei war heute morgen da,
> Vorgangsnummer 2026-004417-LE (glaub ich). Was brauchen sie von mir?
> Ist ein Cube Kathmandu, grade mal 1 jahr alt :(
>
> LG Leonie Wachowiak
> Zschochersche Str. 61, Leipzig
"""
    return MSG(D("2026-01-15 10:02"), A("aydin"), "Leonie Wachowiak <leonie.w@kabelmail.example>",
               "Re: Fahrrad aus Keller gestohlen", T(body, cte="8bit"),
               irt=MID("c5", "kabelmail.example", "tb"), agent="Microsoft Outlook 16.0")


@mail(6, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health: mother's mobile mail about her 4-year-old son's fever and cough, answer on emergency treatment without pre-approval")
def m0006():
    quoted = """From: Rebecca Hollis <becca.hollis@mailo.example>
Sent: Friday, January 16, 2026 5:51 AM
To: Lindenau International Service <international@lindenau-versicherung.example>
Subject: urgent - can we go to hospital??

Hi, Noah has had a fever since tuesday (39.5 last night) and now hes
coughing a lot and says his ear hurts. Our paediatrician is on holiday.
Can we just go to the Al Noor hospital emergency or do we need approval
first?? policy IH-2025-077193

Rebecca

Sent from my Galaxy"""
    text = """Dear Ms Hollis,

please go ahead, you do not need our approval for emergency treatment.
Your family plan (policy IH-2025-077193, Noah is insured as a child under
it) covers the emergency department in full.

Al Noor Hospital (Khalifa Street) is in our direct billing network. Show
the insurance card at reception and they will bill us directly. If they
ask for a guarantee of payment, they can call our 24/7 line on
+49 341 5560-7777 and we will send it within the hour.

If Noah is admitted overnight, please let us know on the same number or
just reply to this e-mail, so that we can arrange the hospital bill
with them. A fever for four days with ear pain and cough should certainly
be seen today, so please don't wait.

I hope he gets better soon.
""" + SIG["oneill"] + FOOT_EN + "\n" + quoted + "\n"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Hollis,</p>
<p>please go ahead, you do <b>not</b> need our approval for emergency treatment.
Your family plan (policy IH-2025-077193, Noah is insured as a child under it)
covers the emergency department in full.</p>
<p>Al Noor Hospital (Khalifa Street) is in our direct billing network. Show the
insurance card at reception and they will bill us directly. If they ask for a
guarantee of payment, they can call our 24/7 line on +49&nbsp;341&nbsp;5560-7777 and
we will send it within the hour.</p>
<p>If Noah is admitted overnight, please let us know on the same number or just
reply to this e-mail, so that we can arrange the hospital bill with them. A fever
for four days with ear pain and cough should certainly be seen today, so please
don't wait.</p>
<p>I hope he gets better soon.</p>
<p>Kind regards,<br>""" + sig_html("oneill") + """</p>
<p style="font-size:8pt;color:#777">""" + "<br>".join(html_esc(l) for l in FOOT_EN.strip().split("\n")[1:]) + """</p>
<hr>
<div style="border-left:2px solid #ccc;padding-left:8px">""" + "<br>\n".join(html_esc(l) for l in quoted.split("\n")) + """</div>
</body></html>"""
    return MSG(D("2026-01-16 07:24"), A("oneill"), "Rebecca Hollis <becca.hollis@mailo.example>",
               "RE: urgent - can we go to hospital??", ALT(T(text), H(html)),
               irt=MID("c6", "mailo.example", "android"), agent="Microsoft Outlook 16.0")


@mail(7, "NORMAL", "de", "newsletter",
      "trap: customer newsletter (HTML + text) about dental tariffs, how to apply for a care level, storm tips; no person")
def m0007():
    text = """Lindenau aktuell – Februar 2026

1) Neu: Zahnzusatz ZahnPlus 90
Implantate, Inlays und Zahnersatz zu 90 % erstattet, professionelle
Zahnreinigung bis 150 EUR im Jahr. Keine Wartezeit bei Unfällen.

  Tarif          Zahnersatz   PZR/Jahr   Beitrag ab
  ZahnBasis 60   60 %         -          9,40 EUR
  ZahnPlus 90    90 %         150 EUR    21,70 EUR
  ZahnPrivat     100 %        200 EUR    34,10 EUR

2) Pflegegrad beantragen – so geht's
Der Antrag geht an die Pflegekasse. Der Medizinische Dienst besucht die
pflegebedürftige Person zu Hause. Tipp: Führen Sie vorher eine Woche lang
ein Pflegetagebuch. Unsere Pflegeberatung hilft kostenlos: 0341 5560-3300.

3) Sturmsaison: Was tun, wenn Ziegel fehlen?
Fotos machen, Notabdeckung beauftragen, Schaden in der App melden.
Bitte steigen Sie nicht selbst aufs Dach.

Newsletter abbestellen: https://www.lindenau-versicherung.example/newsletter/abmelden
Lindenau Versicherung, Hafenallee 12, 04179 Leipzig
"""
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Lindenau aktuell</title></head>
<body style="margin:0;background:#f2f4f3;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1d5c46;color:#fff;font-size:22px">Lindenau aktuell &ndash; Februar 2026</td></tr>
<tr><td>
<h2 style="color:#1d5c46">Neu: Zahnzusatz ZahnPlus 90</h2>
<p>Implantate, Inlays und Zahnersatz zu 90&nbsp;% erstattet, professionelle Zahnreinigung bis 150&nbsp;EUR im Jahr.
Keine Wartezeit bei Unf&auml;llen.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e3efe9"><th>Tarif</th><th>Zahnersatz</th><th>PZR/Jahr</th><th>Beitrag ab</th></tr>
<tr><td>ZahnBasis 60</td><td>60&nbsp;%</td><td>&ndash;</td><td>9,40&nbsp;EUR</td></tr>
<tr><td>ZahnPlus 90</td><td>90&nbsp;%</td><td>150&nbsp;EUR</td><td>21,70&nbsp;EUR</td></tr>
<tr><td>ZahnPrivat</td><td>100&nbsp;%</td><td>200&nbsp;EUR</td><td>34,10&nbsp;EUR</td></tr>
</table>
<h2 style="color:#1d5c46">Pflegegrad beantragen &ndash; so geht&rsquo;s</h2>
<p>Der Antrag geht an die Pflegekasse. Der Medizinische Dienst besucht die pflegebed&uuml;rftige Person zu Hause.
Tipp: F&uuml;hren Sie vorher eine Woche lang ein Pflegetagebuch. Unsere Pflegeberatung hilft kostenlos:
0341&nbsp;5560-3300.</p>
<h2 style="color:#1d5c46">Sturmsaison: Was tun, wenn Ziegel fehlen?</h2>
<p>Fotos machen, Notabdeckung beauftragen, Schaden in der App melden. Bitte steigen Sie nicht selbst aufs Dach.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">
<a href="https://www.lindenau-versicherung.example/newsletter/abmelden">Newsletter abbestellen</a> &middot;
Lindenau Versicherung, Hafenallee 12, 04179 Leipzig</td></tr>
</table></td></tr></table></body></html>"""
    return MSG(D("2026-02-03 07:00"), A("newsletter"), "undisclosed-recipients:;",
               "Lindenau aktuell: Neuer Zahntarif, Pflegegrad-Tipps und Sturmsaison",
               ALT(T(text), H(html)), mid=MID("nl-2026-02", style="sys"),
               extra=[("List-Unsubscribe", "<https://www.lindenau-versicherung.example/newsletter/abmelden?c=2602>"),
                      ("Precedence", "bulk")],
               agent="Lindenau Mailing 3.1")


@mail(8, "CONFIDENTIAL", "en", "customer",
      "customer's English mail forwarded to premium collection: new IBAN and account holders for a buildings policy")
def m0008():
    body = """Hallo Thomas,

bitte SEPA-Mandat für WG-3381-0045 ab März auf die neue Bankverbindung umstellen.
Kundin schreibt englisch, ich habe ihr schon kurz bestätigt, dass wir es erledigen.

Danke!
""" + SIG["demir"] + """
-----Original Message-----
From: Priya Lindqvist <priya.lindqvist@kabelmail.example>
Sent: Monday, January 19, 2026 8:14 PM
To: service@lindenau-versicherung.example
Subject: new bank account

Hello,

we switched banks, please take the building insurance premium from our new
account from March on. Old account at Commerzbank can be closed end of Feb.

IBAN: DE21 3721 9873 1314 0774 56
Bank: Volksbank Leipziger Land
Account holder: Markus & Priya Lindqvist

policy no. WG-3381-0045 (the house in Markkleeberg, Auenstr. 14)

Do you need a new direct debit form signed or is this email enough?

cheers
Priya
"""
    return MSG(D("2026-01-20 08:40"), A("demir"), A("inkasso"), "WG: new bank account",
               T(body), agent="Microsoft Outlook 16.0", refs=MID("c8", "kabelmail.example", "tb"))


@mail(9, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance: jogger's torn ankle ligament, reply explains claim reporting; quoted mobile mail with the diagnosis")
def m0009():
    body = """Hallo Herr Herold,

ja, bitte melden – auch wenn es "nur" ein Bänderriss ist. Ich habe den Unfall
unter der Schadennummer U-26-00871 zu Ihrer Unfallversicherung (UV 55 1207 334)
angelegt.

Was wir jetzt von Ihnen brauchen:
- die ausgefüllte Unfallanzeige (Formular im Kundenportal oder ich schicke es
  Ihnen per Post)
- den Arztbericht des Orthopäden mit Diagnose, sobald er vorliegt

Zur Einordnung, damit Sie nicht enttäuscht sind: Aus der Unfallversicherung
zahlen wir vor allem bei einer bleibenden Beeinträchtigung (Invalidität).
Ob nach einem Außenbandriss etwas zurückbleibt, lässt sich meist erst nach
einigen Monaten sagen. Wir melden uns deshalb nach der Behandlung noch
einmal. Krankenhaustagegeld ist in Ihrem Tarif nicht versichert, ein
Gipsgeld/Schienengeld von 50 EUR aber schon – das zahlen wir, sobald der
Arztbericht da ist.

Gute Besserung!
""" + SIG["kowalski"] + FOOT_AG + """
Am 19.01.2026 um 19:26 schrieb Jannik Herold <jannik.herold@t-net.example>:

> Hi, bin am Sonntag beim joggen im Clara-Zetkin-Park umgeknickt, war heute
> beim orthopäden, bänderriss am rechten sprunggelenk (außenband), hab jetzt
> ne schiene für 6 wochen. Muss ich das bei euch melden? Hab die
> unfallversicherung seit 2 jahren glaub ich.
> Gruß Jannik
>
> Von meinem iPhone gesendet
"""
    return MSG(D("2026-01-20 11:38"), A("kowalski"), "Jannik Herold <jannik.herold@t-net.example>",
               "AW: umgeknickt beim joggen", T(body),
               irt=MID("c9", "t-net.example", "iphone"), agent="Microsoft Outlook 16.0")


@mail(10, "NORMAL", "de", "internal",
      "trap: IT maintenance notice about the SecureMail gateway, talks about [streng vertraulich] tags and health data in general")
def m0010():
    body = """Liebe Kolleginnen und Kollegen,

am Samstag, 24.01.2026, zwischen 06:00 und 10:00 Uhr aktualisieren wir das
SecureMail-Gateway auf die neue Version.

Was heißt das für Sie?
- Mails, die Sie in dieser Zeit verschicken, bleiben in der Warteschlange und
  gehen nach dem Update automatisch raus. Sie müssen nichts neu senden.
- Das gilt besonders für Mails mit [vertraulich] oder [streng vertraulich] im
  Betreff sowie alles aus den Leistungspostfächern (Gesundheitsdaten) – diese
  werden nie unverschlüsselt nachgeschoben, sondern erst nach dem Update.
- Das SecureMail-Portal für Kunden ist von 06:00 bis ca. 08:00 Uhr nicht
  erreichbar. Der Kundenservice ist informiert.

Bei Störungen am Montag bitte ein Ticket an it-service@lindenau-versicherung.example
mit Betreff "SecureMail" und, wenn möglich, der Message-ID der betroffenen
Mail (keine Inhalte, keine Kundendaten ins Ticket!).

Danke für Ihr Verständnis
""" + SIG["fischer"]
    return MSG(D("2026-01-21 16:30"), A("fischer"), A("alle"),
               "Wartung SecureMail-Gateway am Samstag, 24.01., 06-10 Uhr", T(body),
               agent="Microsoft Outlook 16.0")

@mail(11, "CONFIDENTIAL", "en", "insurer-to-broker",
      "commercial property renewal for a sole trader (natural person): her business locations incl. private flat, sums insured and turnover in the XLSX")
def m0011():
    body = """Hi Gareth,

please find attached the renewal schedule for Brennan's Irish Bakery as
discussed on Tuesday. Siobhan Brennan trades as a sole proprietor
(Einzelunternehmen), so the policy stays in her own name.

Changes compared with 2025:
- the new second oven (Rational iCombi, EUR 38,500) is added to location 1
- location 3 (her flat above the Gohlis shop) is only covered for the
  business contents kept there (office, records); her private household
  contents are NOT part of this policy
- business interruption sum raised to EUR 420,000 in line with the 2025
  turnover she gave us (EUR 611,300)

Renewal premium EUR 4,862.40 incl. 19% insurance tax, due 1 March 2026.
If she wants the flood extension (Elementar) for location 2 we'd need the
ZURS zone confirmed; I've flagged it in the sheet.

Let me know if you have any questions.

Best,
Oliver
""" + SIG["schuster"] + FOOT_EN
    x = XLSX([("Locations", [
        ["Policy", "FK 7780 214 05", None, None, None],
        ["Policyholder", "Siobhan Brennan t/a Brennan's Irish Bakery", None, None, None],
        ["Loc.", "Address", "Use", "Buildings (EUR)", "Contents (EUR)"],
        [1, "Georg-Schwarz-Str. 118, 04179 Leipzig", "Bakery + production", None, 212000],
        [2, "Ernst-Thälmann-Str. 7, 04416 Markkleeberg", "Shop", None, 46000],
        [3, "Lindenthaler Str. 22, 2. OG, 04155 Leipzig", "Flat of owner (business office only)", None, 9500],
        [None, "Flood (Elementar) loc. 2: ZURS zone to be confirmed", None, None, None],
    ]), ("BI", [
        ["Business interruption", None],
        ["Turnover 2025 (owner's declaration)", 611300],
        ["Sum insured BI", 420000],
        ["Indemnity period (months)", 12],
        ["Premium incl. tax", 4862.40],
    ])], title="Renewal 2026 Brennan", author="Oliver Schuster", created="2026-01-22T15:12:00Z")
    return MSG(D("2026-01-22 16:05"), A("schuster"), "Gareth Lowry <g.lowry@castleford-risk.example>",
               "Renewal 2026 - Brennan's Irish Bakery (FK 7780 214 05)",
               MIX(T(body), ATT(x, CT_XLSX, "Brennan_Renewal_2026.xlsx")),
               cc=A("makler"), agent="Microsoft Outlook 16.0")


@mail(12, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "internal team mail: a named colleague is off sick with a slipped disc, rehab and phased return planned (employee health data)")
def m0012():
    body = """Hallo Team,

kurze Info, damit ihr die Vertretungen planen könnt: Jasmin Albers fällt nach
ihrem Bandscheibenvorfall leider länger aus. Sie wird nächste Woche operiert
und geht danach direkt in die Reha (ca. 3 Wochen, Klinik in Bad Düben).
Wir rechnen frühestens Anfang März mit ihr, dann erst mal mit
Wiedereingliederung nach dem Hamburger Modell, 4 Stunden am Tag.

Jasmin ist einverstanden, dass ich euch das sage, möchte aber bitte keine
Anrufe. Karten und Grüße gerne über mich.

Vertretung:
- Rückrufliste Kfz: Ole (Mo-Mi), Derya (Do-Fr)
- Beschwerdepostfach: ich selbst
- Schulung der neuen Azubis am 05.02.: verschoben, neuer Termin folgt

Danke euch!
""" + SIG["roth"]
    return MSG(D("2026-01-23 08:12"), A("roth"), "Team Kundenservice-Center <team-ksc@lindenau-versicherung.example>",
               "Vertretung Jasmin bis voraussichtlich März", T(body, cte="8bit"),
               agent="Microsoft Outlook 16.0")


@mail(13, "NORMAL", "de", "insurer-to-supplier",
      "trap: print order for blank health-question forms (BU/term life application), proof PDF with empty answer lines only")
def m0013():
    body = """Sehr geehrter Herr Mertens,

wie telefonisch besprochen bestellen wir hiermit:

Artikel: Formular LV-GF 03/2026 "Gesundheitsfragen zum Antrag"
Auflage: 5.000 Stück, DIN A4, beidseitig, 90 g/m², 2-fach gelocht
Lieferung: bis 20.02.2026 an Lindenau Versicherung, Warenannahme Tor 2,
Hafenallee 12, 04179 Leipzig
Kostenstelle: 4100 (Vertrieb Leben)
Preis laut Angebot Nr. 26-0117 vom 15.01.2026: 612,00 EUR netto

Den Korrekturabzug (PDF) hänge ich an. Bitte beachten Sie die Änderung auf
Seite 1: Frage 4 (psychotherapeutische Behandlung) ist neu und muss vor
Frage 5 stehen. Bitte schicken Sie uns vor dem Druck noch einen finalen
Abzug zur Freigabe.
""" + SIG["keller"] + FOOT_AG
    pdf = PDF("""#Gesundheitsfragen zum Antrag (Berufsunfähigkeit / Risikoleben)
Formular LV-GF 03/2026 - Lindenau Lebensversicherung AG
 
Zu versichernde Person: ______________________________  Geburtsdatum: ____________
 
Bitte beantworten Sie alle Fragen wahrheitsgemäß und vollständig. Eine Verletzung der
vorvertraglichen Anzeigepflicht kann uns zum Rücktritt berechtigen.
 
*1. Körpergröße ______ cm   Gewicht ______ kg
*2. Wurden Sie in den letzten 5 Jahren von Ärzten untersucht, beraten oder behandelt?
   [ ] nein  [ ] ja -> Diagnose / Behandlung: ______________________________________
*3. Waren Sie in den letzten 10 Jahren im Krankenhaus, in einer Reha oder Kur?
   [ ] nein  [ ] ja -> Grund / Zeitraum: _________________________________________
*4. Wurden Sie in den letzten 10 Jahren psychotherapeutisch behandelt?  (NEU)
   [ ] nein  [ ] ja -> Anlass / Dauer: ___________________________________________
*5. Nehmen Sie regelmäßig Medikamente ein?
   [ ] nein  [ ] ja -> Präparat / Dosis: _________________________________________
*6. Besteht eine Minderung der Erwerbsfähigkeit oder ein Grad der Behinderung?
   [ ] nein  [ ] ja -> GdB / MdE: ____ %
 
Ort, Datum ____________________  Unterschrift ________________________________
""", title="LV-GF 03/2026 Korrekturabzug", author="Lindenau Vertrieb Leben", created="20260126101000")
    return MSG(D("2026-01-26 10:40"), A("keller"), "Ralf Mertens <r.mertens@druckhaus-mertens.example>",
               "Bestellung Formular LV-GF 03/2026, 5.000 Stück",
               MIX(T(body), ATT(pdf, "application/pdf", "LV-GF_03-2026_Korrekturabzug.pdf")),
               agent="Microsoft Outlook 16.0")


@mail(14, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: eVB number for a customer's new car, quoted short mobile request; named, vehicle and contract details")
def m0014():
    body = """Hallo Herr Aslan,

hier Ihre eVB-Nummer für die Zulassung morgen:

    eVB: A7K3M9P
    gültig bis 28.02.2026

Die Versicherung läuft mit denselben Leistungen wie beim alten Fahrzeug
(Haftpflicht + Teilkasko 150 EUR SB) und unter der neuen Vertragsnummer
KF-4471-309162. Ihren Schadenfreiheitsrabatt (SF 6) übernehmen wir.

Nach der Zulassung schicken Sie mir bitte kurz das Kennzeichen und die FIN
(steht in der Zulassungsbescheinigung Teil I, Feld E), dann stelle ich Ihnen
die Police aus. Den Vertrag für den alten Astra beende ich zum Tag der
Abmeldung, sobald Sie mir die Abmeldebestätigung schicken.

Gute Fahrt mit dem Leon!
""" + SIG["krueger"] + FOOT_AG + """
-----Ursprüngliche Nachricht-----
Von: Murat Aslan <murat.aslan94@t-net.example>
Gesendet: Dienstag, 27. Januar 2026 17:55
An: service@lindenau-versicherung.example
Betreff: evb

hallo brauch ne evb nummer für mein neues auto, zulassung morgen früh!!
ist ein seat leon bj 2021, will die gleichen sachen wie beim alten auto
(teilkasko). alter vertrag ist der astra.
danke
Murat Aslan

Gesendet von Outlook für Android
"""
    return MSG(D("2026-01-27 18:21"), A("krueger"), "Murat Aslan <murat.aslan94@t-net.example>",
               "AW: evb", T(body), irt=MID("c14", "t-net.example", "android"),
               agent="Microsoft Outlook 16.0")


@mail(15, "STRICTLY_CONFIDENTIAL", "de", "relative",
      "daughter's mail about her mother's fall and care-level application forwarded to the care claims team (iso-8859-1)")
def m0015():
    body = """Liebe Kolleginnen in der Pflege,

bitte übernehmt ihr das? Die Tochter hat keine Vollmacht mitgeschickt, ich
habe ihr deshalb noch nichts zum Vertrag gesagt, nur dass sich jemand von
euch meldet. Vertrag laut Bestand: PT 4 002 771 (Pflegetagegeld),
Versicherungsnehmerin Ingrid Möbius.

""" + SIG["krueger"] + """
-----Ursprüngliche Nachricht-----
Von: Kerstin Möbius <kerstin.moebius@mailo.example>
Gesendet: Mittwoch, 28. Januar 2026 21:17
An: service@lindenau-versicherung.example
Betreff: Pflegezusatz meiner Mutter

Guten Abend,

meine Mutter Ingrid Möbius (geb. 02.07.1941) ist vor 3 Wochen in ihrer
Wohnung gestürzt und hat sich den Oberschenkelhals gebrochen. Sie war im
Krankenhaus und ist jetzt in der Kurzzeitpflege. Der Medizinische Dienst
war letzte Woche da, es ist wohl Pflegegrad 3 beantragt, ausserdem hat
sie schon länger eine beginnende Demenz, das hat der Gutachter auch
aufgeschrieben.

Sie hat bei Ihnen irgendeine Pflegezusatzversicherung, die Unterlagen
finde ich nicht. Was zahlt die und was müssen wir einreichen?? Ich kümmere
mich um alles, meine Mutter kann das nicht mehr selbst.

Vielen Dank und Gruß
Kerstin Möbius
Tel. 0176 2231 9040
"""
    return MSG(D("2026-01-29 08:05"), A("krueger"), A("pflege"),
               "WG: Pflegezusatz meiner Mutter", T(body, charset="iso-8859-1"),
               agent="Microsoft Outlook 16.0", refs=MID("c15", "mailo.example", "web"))


@mail(16, "NORMAL", "en", "internal",
      "trap: calendar invitation for a reinsurance pre-meeting, agenda mentions health quota share claims development (aggregates only)")
def m0016():
    body = """Hi all,

ahead of the treaty renewal talks with Nordic Re in March, let's align on
our position. Agenda:

1. Health quota share 2025: claims development, loss ratio 81.4% vs. 78%
   plan; drivers: inpatient cost inflation, oncology drugs
2. Cat XL property: storm season 2025/26 so far, retention EUR 15m
3. Life surplus treaty: new disability product, reinsurer's
   underwriting manual update (mental health questions)
4. Timeline and who presents what

Figures will be in the usual deck on the team drive (no single claims).

Grace
""" + SIG["okafor"]
    ics = crlf("""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Grace Okafor":mailto:grace.okafor@lindenau-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Linh Nguyen":mailto:linh.nguyen@lindenau-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Oliver Schuster":mailto:oliver.schuster@lindenau-versicherung.example
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Dr. Jörg Pieper":mailto:joerg.pieper@lindenau-versicherung.example
UID:040000008200E00074C5B7101A82E0080000000060A1B2C3D4E5F60000000000000000100000004F2C
SUMMARY:Nordic Re treaty renewal - internal pre-meeting
DTSTART;TZID=W. Europe Standard Time:20260212T100000
DTEND;TZID=W. Europe Standard Time:20260212T113000
LOCATION:Leipzig HQ\\, room 4.12 "Elster" / Teams
DESCRIPTION:Agenda: health QS claims development\\, Cat XL\\, life surplus tr
 eaty\\, timeline.
DTSTAMP:20260129T094500Z
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")
    return MSG(D("2026-01-29 10:45"), A("okafor"),
               "Linh Nguyen <linh.nguyen@lindenau-versicherung.example>, Oliver Schuster <oliver.schuster@lindenau-versicherung.example>",
               "Nordic Re treaty renewal - internal pre-meeting",
               MIX(T(body), TXTATT(ics.encode("utf-8"), "invite.ics", "utf-8", "text/calendar")),
               cc='"Dr. Jörg Pieper" <joerg.pieper@lindenau-versicherung.example>',
               agent="Microsoft Outlook 16.0")


@mail(17, "CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses (tenancy): cover confirmation for advice on a rent increase; customer, landlord and claim number named")
def m0017():
    body = """Guten Tag Herr Seidel,

danke für Ihre Nachricht. Ihre Rechtsschutzversicherung (RS 31 0042 886,
Privat- und Wohnungsrechtsschutz) besteht seit dem 01.04.2023, die Wartezeit
von drei Monaten ist also lange vorbei.

Für die Mieterhöhung Ihres Vermieters vom 20.01.2026 übernehmen wir die Kosten
einer anwaltlichen Erstberatung und, falls nötig, der außergerichtlichen
Vertretung. Ihre Selbstbeteiligung beträgt 150 EUR.
Schadennummer: RS-26-00317

Sie können einen Anwalt Ihrer Wahl beauftragen. Wenn Sie niemanden kennen,
nennt Ihnen unsere Hotline (0341 5560-2500) gern eine Kanzlei für Mietrecht in
Leipzig. Geben Sie dem Anwalt einfach die Schadennummer, er rechnet dann direkt
mit uns ab.

Ein Hinweis, ohne der Beratung vorzugreifen: Die Frist zur Zustimmung läuft bis
zum Ende des zweiten Monats nach Zugang des Schreibens. Sie haben also Zeit,
sollten aber nicht einfach schon mehr zahlen.
""" + SIG["lorenz"] + FOOT_AG + """
-----Ursprüngliche Nachricht-----
Von: Florian Seidel <flo.seidel@webpost.example>
Gesendet: Freitag, 30. Januar 2026 12:03
An: hr-schaden@lindenau-versicherung.example
Betreff: mieterhöhung

Hallo,
mein vermieter (Wohnungsverwaltung Gruber & Söhne, Herr Gruber) will ab
april 80 euro mehr miete, für 58qm!! begründung mit mietspiegel, aber unsere
heizung geht seit november ständig aus. darf der das?? ich hab rechtschutz
bei euch, zahlt ihr den anwalt?

MfG Florian Seidel
Holbeinstr. 28, 04229 Leipzig
"""
    return MSG(D("2026-01-30 15:27"), A("lorenz"), "Florian Seidel <flo.seidel@webpost.example>",
               "AW: mieterhöhung", T(body), irt=MID("c17", "webpost.example", "web"),
               agent="Microsoft Outlook 16.0")


@mail(18, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "medical underwriting: request to a London GP for a report on a named disability applicant with asthma; signed consent PDF")
def m0018():
    body = """Dear Dr Hart,

Re: Mr Daniel Whitaker, date of birth 14 March 1988
    19 Albion Road, London N16 9PS (your patient)

Mr Whitaker has applied to us for disability income insurance (policy
application LB-2026-00418). In his application he disclosed asthma since
childhood, treated with a salbutamol inhaler as needed and, since 2023,
a beclometasone preventer inhaler.

To assess the application we would be grateful for a brief report
covering:
1. date of diagnosis and current severity (e.g. GINA step)
2. exacerbations requiring oral steroids or hospital treatment in the
   last five years
3. most recent lung function results, if available
4. any time off work due to asthma

Mr Whitaker's signed consent to the release of this information is
attached. We will pay your fee of GBP 95 on receipt of your invoice.
Please send the report through our secure portal (the link will follow
in a separate e-mail) rather than by ordinary e-mail.

Yours sincerely,
""" + SIG["pieper"] + FOOT_EN
    pdf = PDF("""#Consent to release of medical information
Lindenau Lebensversicherung AG - Life & Disability Underwriting
 
Applicant: Daniel Whitaker
Date of birth: 14/03/1988
Address: 19 Albion Road, London N16 9PS, United Kingdom
Application: LB-2026-00418 (disability income insurance)
 
I authorise my general practitioner, Dr Amelia Hart, The Elm Practice,
Stoke Newington, to release to Lindenau Lebensversicherung AG information about my
health that is needed to assess my application, in particular about my asthma.
I understand I may ask to see the report before it is sent.
 
[x] I wish to see the report before it is sent: no
 
Signed: D. Whitaker            Date: 02/02/2026
""", title="Consent Whitaker", author="Lindenau Underwriting", created="20260202110000")
    return MSG(D("2026-02-03 09:12"), A("pieper"), "Dr Amelia Hart <a.hart@elmpractice.example>",
               "Medical report request - Mr Daniel Whitaker (DOB 14/03/1988)",
               MIX(T(body),
                   ATT(pdf, "application/pdf", "Consent_Whitaker_signed.pdf")),
               agent="Microsoft Outlook 16.0")


@mail(19, "NORMAL", "en", "insurer-to-prospect",
      "prospect asks what bicycle insurance costs; generic price answer, no contract, no sensitive data")
def m0019():
    body = """Hi Mateo,

thanks for asking! For a road bike worth EUR 2,400 you have two options:

- Bike cover as an add-on to a household (contents) policy:
  theft only, from EUR 3.50 a month for this value
- Stand-alone bike insurance "Radschutz": theft, vandalism, accident
  damage and wear parts after a fall, EUR 11.90 a month for a
  EUR 2,400 bike (students get 10% off with a valid student ID)

Both can be taken out online, you only need the frame number and the
purchase receipt: https://www.lindenau-versicherung.example/fahrrad

One tip: we only pay for theft if the bike was locked to a fixed object
with a proper lock (we accept locks from about EUR 40 list price).
""" + SIG["aydin"] + FOOT_EN + """
> Hey, how much is insurance for my bike? its a canyon road bike about
> 2400 euros, i live in leipzig (student). is theft from the uni bike
> racks covered? thanks!!
> Mateo
"""
    return MSG(D("2026-02-03 13:48"), A("aydin"), "Mateo Ruiz <mateo.ruiz@mailo.example>",
               "Re: bike insurance price?", T(body), irt=MID("c19", "mailo.example", "iphone"),
               agent="Microsoft Outlook 16.0")


@mail(20, "CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings: escape-of-water claim; long misspelt customer mail quoted, names her, the tenant upstairs, address, policy and claim number")
def m0020():
    body = """Sehr geehrte Frau Sternberg,

vielen Dank für die ausführliche Beschreibung und die Fotos. Den Schaden habe
ich unter der Nummer SW-26-000944 zu Ihrer Wohngebäudeversicherung
(WG 20 117 503, Objekt Sonnenweg 3, 04451 Borsdorf) angelegt.

Damit es schnell weitergeht:
1. Beauftragen Sie bitte die Leckortung. Die Kosten dafür sind bis 2.500 EUR
   mitversichert, die Rechnung schicken Sie mir einfach.
2. Wenn der Installateur (Herr Schubert) die Leitung repariert, soll er die
   defekte Stelle fotografieren und das alte Rohrstück aufheben.
3. Für die Trocknung schicke ich Ihnen unseren Partner Trockentechnik Hahn,
   die melden sich morgen telefonisch bei Ihnen.

Der Schaden in der Wohnung Ihres Mieters Herrn Baumann (Laminat, Tapete) ist
ebenfalls über Ihre Gebäudeversicherung versichert, soweit es Gebäudeteile
sind. Seine Möbel sind Sache seiner eigenen Hausratversicherung – das sollte er
bitte dort melden.
""" + SIG["aydin"] + FOOT_AG + """
Von: Heike Sternberg <heike.sternberg@kabelmail.example>
Gesendet: Montag, 2. Februar 2026 22:41
An: schaden@lindenau-versicherung.example
Betreff: Wasserschaden!!!! Sonnenweg 3

Hallo sehr geehrte damen und herren

bei uns im Haus ist seit gestern Wasser in der Wand im Bad oben, die wand
ist ganz nass und unten beim Mieter (Herr Baumann) kommt es jetzt an der
Decke runter, der hat schon eimer hingestellt. Ich hab den haupthahn zu
gedreht. Der installateur Schubert war da und sagt es ist eine leitung in
der wand aber er weiß nicht wo genau, er muss erst ein Leckortung machen
lassen und die Wand aufstemmen. Zahlt das die Versicherung?? Das Laminat
beim Mieter ist hin glaub ich.

Fotos hänge ich an (4 stück)

Mit freundlichen grüßen
Heike Sternberg
Sonnenweg 3, 04451 Borsdorf
"""
    return MSG(D("2026-02-03 11:02"), A("aydin"), "Heike Sternberg <heike.sternberg@kabelmail.example>",
               "AW: Wasserschaden!!!! Sonnenweg 3", T(body),
               irt=MID("c20", "kabelmail.example", "tb"), agent="Microsoft Outlook 16.0")


@mail(21, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health insurance: explains partial reimbursement of physiotherapy (prescription diagnosis M54.16) to an angry customer, quoted")
def m0021():
    body = """Sehr geehrter Herr Unger,

ich verstehe Ihren Ärger und erkläre Ihnen gern, wie die 291,60 EUR zustande
kommen.

Ihr Tarif KV-Komfort (Versicherungsnummer 7 340 226 118) erstattet Heilmittel
zu 80 %, höchstens bis zu den Beträgen unseres Heilmittelverzeichnisses. Die
Praxis hat deutlich darüber abgerechnet:

  Leistung              Anzahl  Rechnung je   erstattungsf.   80 %
  Krankengymnastik (KG)   10      32,00 EUR     26,00 EUR     208,00 EUR
  Fango                   10      16,60 EUR     10,45 EUR      83,60 EUR
  Summe                          486,00 EUR                   291,60 EUR

Die Verordnung Ihres Hausarztes (Diagnose M54.16, lumbale Radikulopathie)
haben wir vollständig anerkannt, daran lag es nicht.

Für die nächste Verordnung ein Tipp: Fragen Sie die Praxis vorher, ob sie zu
den Sätzen des Heilmittelverzeichnisses behandelt. Viele Praxen in Leipzig tun
das für Privatversicherte auf Nachfrage. Unsere Liste hänge ich Ihnen gern an.

Gute Besserung für Ihren Rücken!
""" + SIG["hoffmann"] + FOOT_KV + """
Am 03.02.2026 um 07:12 schrieb Ralf Unger:
> warum habt ihr nur 60% von der physio bezahlt??
> 10x krankengymnastik + fango, rechnung 486 euro, bekommen hab ich
> 291,60. das ist doch ne frechheit, ich zahl jeden monat 640 euro
> beitrag. ich hab immer noch schmerzen bis ins bein und muss wahrscheinlich
> nochmal 10x. bitte um erklärung
> R. Unger
"""
    return MSG(D("2026-02-04 10:15"), A("hoffmann"), "Ralf Unger <ralf.unger@t-net.example>",
               "AW: Abrechnung Physio", T(body), irt=MID("c21", "t-net.example", "tb"),
               agent="Microsoft Outlook 16.0")


@mail(22, "NORMAL", "de", "internal",
      "trap: data-protection officer's reminder with generic examples of health data in customer mails, no real person")
def m0022():
    body = """Liebe Kolleginnen und Kollegen,

in den letzten Wochen sind uns drei Fälle aufgefallen, in denen Gesundheits-
daten unverschlüsselt per E-Mail hinausgingen – jedes Mal, weil eine
Kundenmail beim Antworten vollständig zitiert wurde. Deshalb noch einmal die
wichtigsten Punkte:

1. Gesundheitsdaten sind alles, was etwas über Körper oder Psyche verrät:
   Diagnosen, ICD-Codes, Arztrechnungen, Medikamente, "war im Krankenhaus",
   "bin krankgeschrieben", Pflegegrad, Schwangerschaft.
2. Das gilt auch, wenn der Kunde es selbst geschrieben hat. Zitieren Sie nur,
   was Sie für die Antwort wirklich brauchen – meist gar nichts.
3. Auch in Sparten ohne Gesundheitsbezug (Kfz, Hausrat, Reise) stehen in
   Kundenmails oft Sätze wie "ich lag nach dem Unfall eine Woche im
   Krankenhaus". Solche Mails gehen nur über SecureMail raus.
4. Im Zweifel: [streng vertraulich] in den Betreff. Das Gateway verschlüsselt
   dann oder stellt die Nachricht ins Portal.

Die Fälle wurden intern aufgearbeitet, eine Meldung an die Aufsichtsbehörde
war nicht nötig. Bei Fragen bin ich jederzeit für Sie da.
""" + SIG["peters"]
    return MSG(D("2026-02-04 14:00"), A("peters"), A("alle"),
               "Erinnerung: Kundenmails mit Gesundheitsangaben nicht vollständig zitieren",
               T(body), agent="Microsoft Outlook 16.0")


@mail(23, "CONFIDENTIAL", "en", "insurer-to-customer",
      "travel: strike cancelled a customer's flight, extra hotel nights not covered; named, policy and booking details, no health")
def m0023():
    body = """Dear Mr Grant,

thank you for your message and sorry to hear your trip home turned into
such a hassle.

I have checked your travel policy (TR-26-114520, annual travel package
"Reise Komfort"). Unfortunately a strike is not one of the insured
events for trip interruption - the policy pays extra return costs only
if you or a travel companion fall seriously ill, have an accident, or
for a few other personal reasons listed in section 4 of the conditions.
So we can't reimburse the two extra nights at the Hotel Alfama Patio
(EUR 238).

However, under EU Regulation 261/2004 the airline must provide meals and
hotel accommodation while you wait for a re-routed flight, also when the
cause is a strike. Please send your hotel receipt and booking reference
(TP4KXQ) to the airline's customer service. If they refuse, the free
passenger arbitration body can help.

I'm sorry I don't have better news.
""" + SIG["sommer"] + FOOT_EN + """
-----Original Message-----
From: Oliver Grant <olly.grant@webpost.example>
Sent: Tuesday, February 3, 2026 11:32 PM
To: international@lindenau-versicherung.example
Subject: claim - flight cancelled strike lisbon

Hi, our flight LIS-LEJ on 31 Jan was cancelled bc of the airport strike in
lisbon, we had to stay 2 more nights (hotel 238 eur) and rebook. can i
claim this on my travel insurance?? policy TR-26-114520. me and my
partner Hannah Weiss. booking ref TP4KXQ.
thanks, Olly
"""
    return MSG(D("2026-02-04 15:20"), A("sommer"), "Oliver Grant <olly.grant@webpost.example>",
               "RE: claim - flight cancelled strike lisbon", T(body, charset="us-ascii", cte="7bit"),
               irt=MID("c23", "webpost.example", "web"), agent="Microsoft Outlook 16.0")


@mail(24, "STRICTLY_CONFIDENTIAL", "de", "hospital",
      "hospital's cost-coverage request forwarded as attached message: named patient, DOB, admission diagnosis I48.0; body only says 'siehe Anhang'")
def m0024():
    inner_body = """Sehr geehrte Damen und Herren,

wir bitten um Kostenübernahme für die stationäre Behandlung Ihrer
Versicherten:

Patientin:          Renate Vogt, geb. 11.09.1949
Anschrift:          Kirschbergstraße 51, 04159 Leipzig
Versicherten-Nr.:   7 340 087 511
Aufnahme:           26.01.2026, 14:20 Uhr, Notaufnahme
Fachabteilung:      Kardiologie
Einweisungsdiagnose: I48.0 Vorhofflimmern, paroxysmal; I10.00 art. Hypertonie
Voraussichtliche Verweildauer: 5 Tage
Wahlleistungen:     Zweibettzimmer, Chefarztbehandlung (Prof. Dr. Lenz)

Bitte senden Sie die Kostenübernahmeerklärung an unser Fax 0341 8870-2299
oder über das KIM-Postfach.

Mit freundlichen Grüßen
Patientenverwaltung / Kostenträgerkommunikation
Klinikum Rosental gGmbH
"""
    inner = MSG(D("2026-01-27 08:02"), "Klinikum Rosental Patientenverwaltung <patientenverwaltung@klinikum-rosental.example>",
                "service@lindenau-versicherung.example",
                "Kostenübernahmeantrag Vogt, Renate – Aufnahme 26.01.2026",
                T(inner_body), mid=MID("i24", "klinikum-rosental.example", "exchange"))
    body = """Hallo,

kam bei uns im Servicepostfach an, siehe Anhang.

""" + SIG["demir"]
    return MSG(D("2026-01-27 08:44"), A("demir"), A("leistung-kv"), "WG: Kostenübernahmeantrag",
               MIX(T(body), FWD(inner, "Kostenuebernahmeantrag.eml")), agent="Microsoft Outlook 16.0")


@mail(25, "NORMAL", "de", "insurer-to-press",
      "trap: press office gives storm claim figures and estimated loss to a journalist; aggregates, no persons")
def m0025():
    body = """Sehr geehrte Frau Lindner,

gern beantworte ich Ihre Fragen zum Sturm "Zeynep II":

1. Bis heute (05.02., 12 Uhr) sind bei uns 4.312 Schadenmeldungen
   eingegangen, davon rund 3.900 aus Sachsen und Sachsen-Anhalt. Der
   Schwerpunkt liegt in der Wohngebäudeversicherung (abgedeckte Dächer,
   umgestürzte Bäume), dazu etwa 600 Kfz-Kaskoschäden.
2. Den Schadenaufwand schätzen wir derzeit auf 11 bis 13 Mio. Euro.
3. Personenschäden sind uns aus unserem Kundenkreis nicht bekannt.
4. Wir haben die Bearbeitung verstärkt: 40 zusätzliche Kolleginnen und
   Kollegen, Samstagsdienst, und Schäden bis 2.000 Euro regulieren wir in
   der Regel ohne Gutachter nach Fotos aus der App.

Zitieren Sie mich gern mit: "Wer Schäden schnell mit Fotos meldet, hat
meist innerhalb einer Woche sein Geld."

Für Rückfragen erreichen Sie mich heute bis 18 Uhr unter 0341 5560-1500.
""" + SIG["brueckner"] + FOOT_AG + """
-----Ursprüngliche Nachricht-----
Von: Miriam Lindner <m.lindner@abendblatt-le.example>
Gesendet: Donnerstag, 5. Februar 2026 09:10
An: presse@lindenau-versicherung.example
Betreff: Anfrage Sturmschäden Zeynep II – Redaktionsschluss 16 Uhr

Guten Morgen Herr Brückner,
für unseren Bericht morgen: Wie viele Schäden wurden Ihnen gemeldet, wie
hoch ist der geschätzte Schaden, gab es Verletzte und wie schnell zahlen
Sie? Danke und viele Grüße, Miriam Lindner, Leipziger Abendblatt
"""
    return MSG(D("2026-02-05 12:32"), A("brueckner"), "Miriam Lindner <m.lindner@abendblatt-le.example>",
               "AW: Anfrage Sturmschäden Zeynep II – Redaktionsschluss 16 Uhr", T(body),
               irt=MID("c25", "abendblatt-le.example", "exchange"), agent="Microsoft Outlook 16.0")

@mail(26, "CONFIDENTIAL", "de", "insurer-to-customer",
      "personal liability: 7-year-old son scratched a parked car with his scooter; names mother, child, neighbour, policy and claim number")
def m0026():
    body = """Hallo Frau Köhler,

keine Sorge, dafür ist Ihre Privathaftpflicht da. Ich habe den Schaden unter
SH-PH-26-00412 zu Ihrem Vertrag PH 18 336 019 angelegt.

Kurz zur Rechtslage, weil Sie fragen, ob Ben mit 7 schon "haftet": Kinder
unter 10 Jahren haften im Straßenverkehr nicht für Schäden an fahrenden
Autos. Bei einem parkenden Auto gilt diese Ausnahme aber nicht, und ab
7 Jahren kann ein Kind grundsätzlich haften. Wir prüfen das und regulieren den
Schaden gegenüber Ihrem Nachbarn oder wehren ihn ab, falls er zu hoch ist.

Bitte geben Sie Herrn Dietrich meine Kontaktdaten und die Schadennummer. Er
soll uns einen Kostenvoranschlag seiner Werkstatt und ein Foto der Tür
schicken. Bitte sagen Sie ihm nichts zu und zahlen Sie nichts selbst.
""" + SIG["lorenz"] + FOOT_AG + """
-----Ursprüngliche Nachricht-----
Von: Sandra Köhler <sandra.koehler81@mailo.example>
Gesendet: Freitag, 6. Februar 2026 16:48
An: hr-schaden@lindenau-versicherung.example
Betreff: Schaden durch meinen Sohn

Hallo, mein Sohn Ben (7) ist heute mit dem Roller den Gehweg lang und
hat dabei das Auto von unserem Nachbarn Herrn Dietrich gestreift (stand
geparkt vorm Haus, schwarzer BMW, L-HD 818). Jetzt ist an der Fahrertür
ein langer Kratzer. Der Nachbar ist ziemlich sauer und will 900 Euro.
Zahlt das unsere Haftpflicht? Haftet ein Kind mit 7 überhaupt?

Danke, Sandra Köhler
Gesendet von meinem Samsung Galaxy Smartphone.
"""
    return MSG(D("2026-02-09 09:05"), A("lorenz"), "Sandra Köhler <sandra.koehler81@mailo.example>",
               "AW: Schaden durch meinen Sohn", T(body),
               irt=MID("c26", "mailo.example", "android"), agent="Microsoft Outlook 16.0")


@mail(27, "STRICTLY_CONFIDENTIAL", "en", "customer",
      "expat's mobile reply with lab results (TSH, TPO antibodies, Hashimoto suspected) forwarded to health claims; PDF lab report")
def m0027():
    body = """Hi Melanie,

could you take this one? Mr Mehta is on our international plan
(IH-2024-031866). He asks whether the endocrinologist and the
levothyroxine are covered - I think yes, but the plan started only in
October 2024 and he mentions tiredness "for a long time", so please check
whether we need to look at pre-existing conditions first.

Thanks,
Patrick
""" + SIG["oneill"] + """
-----Original Message-----
From: Arjun Mehta <arjun.mehta@webpost.example>
Sent: Monday, February 9, 2026 7:58 AM
To: Patrick O'Neill <patrick.oneill@lindenau-versicherung.example>
Subject: Re: your invoice from Dr. Frenzel lab

hi patrick, pls find attached the lab results, my doc says its thyroid
(hashimoto?) and i need to take L-thyroxin now every morning. i was tired
for a long time and thought its the german winter lol. will you cover
the endocrinologist appointment in march? its Dr. Sommerfeld in the
Südvorstadt, private practice.
thx Arjun

Sent from my iPhone
"""
    lab = PDF("""#MVZ Labor Dr. Frenzel & Kollegen
Prager Straße 120, 04317 Leipzig - Tel. 0341 2256 00
 
*Befundbericht / Laboratory report
Patient: Mehta, Arjun      geb./DOB: 21.06.1990      Auftrags-Nr.: 26-021744
Einsender: Dr. med. Katja Ullrich, Allgemeinmedizin
Eingang: 02.02.2026  Befund: 04.02.2026
 
Parameter                  Ergebnis     Einheit     Referenzbereich
TSH basal                  8,92   H     mU/l        0,27 - 4,20
fT4                        0,81   L     ng/dl       0,93 - 1,70
fT3                        2,6          pg/ml       2,0 - 4,4
Anti-TPO-AK                412    H     IU/ml       < 34
Anti-Tg-AK                 96     H     IU/ml       < 115
Ferritin                   38           ng/ml       30 - 400
 
Beurteilung: Latente bis manifeste Hypothyreose bei erhöhten TPO-Antikörpern,
vereinbar mit Autoimmunthyreoiditis (Hashimoto). Sonografie empfohlen.
Verdachtsdiagnose: E06.3 Autoimmunthyreoiditis
""", title="Befund 26-021744", author="MVZ Labor Dr. Frenzel", created="20260204143000")
    return MSG(D("2026-02-09 10:14"), A("oneill"), A("hoffmann"),
               "FW: your invoice from Dr. Frenzel lab",
               MIX(T(body), ATT(lab, "application/pdf", "Befund_26-021744.pdf")),
               agent="Microsoft Outlook 16.0", refs=MID("c27", "webpost.example", "iphone"))


@mail(28, "NORMAL", "de", "insurer-to-customer",
      "out-of-office auto-reply: absence dates and a substitute only, the repeated subject is harmless")
def m0028():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 13.02.2026, nicht im Büro und lese meine
E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht automatisch
weitergeleitet.

In dringenden Fällen erreichen Sie unser Kundenservice-Center unter
0341 5560-1100 (Mo-Fr 8-18 Uhr) oder service@lindenau-versicherung.example.

Schäden können Sie rund um die Uhr in der Lindenau-App oder unter
https://www.lindenau-versicherung.example/schaden melden.

Mit freundlichen Grüßen
Sabine Krüger
"""
    return MSG(D("2026-02-09 11:30"), A("krueger"), "Bernd Saalfeld <bernd.saalfeld@t-net.example>",
               "Automatische Antwort: Rückrufbitte", T(body),
               irt=MID("c28", "t-net.example", "tb"),
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
               agent="Microsoft Exchange Server 16.0")


@mail(29, "CONFIDENTIAL", "de", "broker",
      "sole-trader broker's new business bank account and tax number forwarded to commission accounting (natural person's bank data)")
def m0029():
    body = """Hallo Provisionsabrechnung,

bitte die Bankverbindung für Vermittler-Nr. 30 4417 (Henning Voss e.K.)
ab der Februar-Abrechnung ändern, siehe unten. Die neue Steuernummer bitte
auch im Vermittlerstamm hinterlegen. Das unterschriebene Formular
"Änderung Vermittlerdaten" schickt er per Post nach.

Danke!
""" + SIG["brandt"] + """
Am 09.02.2026 um 18:22 schrieb Henning Voss:
> Hallo Felix,
>
> kurze Info für eure Buchhaltung: ich hab die Bank gewechselt, Provision
> ab sofort bitte auf
>
> Henning Voss e.K. - Versicherungsmakler
> IBAN DE55 3204 2396 3161 2414 93
> BIC GENODED1VLL (VR Leipziger Land)
>
> Und weil ich seit 1.1. in Taucha wohne, hat sich auch meine
> Steuernummer geändert: 231/244/03318 (Finanzamt Leipzig II).
> Die alte Kontoverbindung bitte nicht mehr nutzen, wird Ende Feb.
> geschlossen.
>
> Gruß Henning
> --
> Henning Voss e.K. | Versicherungsmakler | Reg.-Nr. D-W4Q2-KM7T1-88
> Portitzer Str. 3, 04425 Taucha | 034298 7716 0
"""
    return MSG(D("2026-02-10 08:03"), A("brandt"), "Provisionsabrechnung <provision@lindenau-versicherung.example>",
               "Fwd: Neue Bankverbindung Voss e.K.", T(body, cte="8bit", flowed=True),
               agent="UA:Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")


@mail(30, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurance: beneficiary change requested by mobile mail; names policyholder, partner with DOB, mother, policy number")
def m0030():
    body = """Hallo Herr Franke,

danke für Ihre Nachricht. Gern tragen wir Frau Petzold als Bezugsberechtigte
für Ihre Lebensversicherung LV 0391.552.847-3 ein.

Per einfacher E-Mail geht das leider nicht, wir brauchen Ihre Unterschrift.
Ich habe Ihnen das Formular "Änderung des Bezugsrechts" heute per Post
geschickt. Bitte füllen Sie dort aus:
- Name und Geburtsdatum der neuen Bezugsberechtigten
  (Jana Petzold, geb. 12.08.1993 – wie von Ihnen angegeben)
- ob das Bezugsrecht widerruflich oder unwiderruflich sein soll.
  Widerruflich heißt: Sie können es jederzeit wieder ändern. Das ist der
  Normalfall und empfehlen wir, solange Sie nicht verheiratet sind.

Bis das Formular unterschrieben bei uns ist, bleibt Ihre Mutter
bezugsberechtigt. Sie muss der Änderung nicht zustimmen, sie wird auch nicht
von uns informiert.
""" + SIG["krueger"] + FOOT_LEBEN + """
Am 10.02.2026 um 13:47 schrieb Marcel Franke <marcel_franke@kabelmail.example>:
> hallo, will meine freundin Jana Petzold (geb. 12.8.1993) als
> bezugsberechtigte für meine lebensversicherung eintragen statt meiner
> mutter. wir wohnen jetzt zusammen. geht das per mail? muss meine mutter
> zustimmen? lg marcel franke
"""
    return MSG(D("2026-02-10 16:20"), A("krueger"), "Marcel Franke <marcel_franke@kabelmail.example>",
               "AW: bezugsberechtigung ändern", T(body),
               irt=MID("c30", "kabelmail.example", "iphone"), agent="Microsoft Outlook 16.0")


@mail(31, "NORMAL", "en", "internal",
      "trap: chatbot training CSV with invented sample utterances about hospital bills, pregnancy, IBAN changes; no real person")
def m0031():
    body = """Hi Daniel, hi team,

attached are the new intents for Lindi (the app chatbot) for the March
release. All utterances are made up by us or taken from anonymised chat
statistics - no real chats, no customer numbers. Please load them into the
test tenant only for now.

New intents:
- claim_health_invoice / claim_hospital (routing to the health claims upload)
- change_bank_details (routing to the SEPA form, never ask for the IBAN in chat)
- pregnancy_tariff (info page, no advice)
- storm_damage_report

Encoding is Windows-1252 with semicolons because that's what the bot
vendor's import wants. Shout if anything looks odd.

Sophie
""" + SIG["winter"]
    csv_text = """intent;language;utterance;route
claim_health_invoice;en;how do i send you my doctors bill;upload_kv
claim_health_invoice;en;i have a hospital bill from my knee surgery how do i submit it;upload_kv
claim_health_invoice;de;wo kann ich meine arztrechnung hochladen;upload_kv
claim_health_invoice;de;hab ne rechnung vom zahnarzt, wohin damit?;upload_kv
claim_hospital;de;ich muss nächste woche ins krankenhaus, brauch ich eine kostenübernahme;info_kue
claim_hospital;en;do i need approval before a planned operation;info_kue
change_bank_details;de;ich habe eine neue iban;form_sepa
change_bank_details;en;new bank account, where do i change it;form_sepa
change_bank_details;de;bitte ab nächsten monat von anderem konto abbuchen;form_sepa
pregnancy_tariff;de;ich bin schwanger, was ändert sich bei meiner versicherung;info_pregnancy
pregnancy_tariff;en;is the delivery covered if i change my plan now;info_pregnancy
storm_damage_report;de;sturm hat ziegel vom dach geweht;claim_property
storm_damage_report;de;baum auf auto gefallen was nun;claim_motor
storm_damage_report;en;tree fell on my car during the storm;claim_motor
fallback;de;€€€ wann kommt mein geld;handover_agent
"""
    return MSG(D("2026-02-10 17:05"), A("winter"),
               "Daniel Fischer <daniel.fischer@lindenau-versicherung.example>",
               "Lindi chatbot - new intents for March release (CSV)",
               MIX(T(body), TXTATT(csv_text.replace("\n", "\r\n").encode("windows-1252"), "lindi_intents_2026-03.csv",
                                   "windows-1252", "text/csv")),
               cc="Digital Team <digital@lindenau-versicherung.example>", agent="Microsoft Outlook 16.0")


@mail(32, "NORMAL", "de", "insurer-to-prospect",
      "prospect asks how to take over her grandfather's no-claims class; generic answer, no contract and nobody's data")
def m0032():
    body = """Hallo Frau Lehmann,

ja, das geht grundsätzlich, auch von Großeltern auf Enkel. Die Bedingungen:

- Ihr Großvater gibt seinen Schadenfreiheitsrabatt vollständig ab und kann
  ihn danach nicht mehr nutzen (auch nicht für ein späteres Auto).
- Sie können nur so viele schadenfreie Jahre übernehmen, wie Sie selbst
  schon einen Führerschein haben. Bei 4 Jahren Führerschein also höchstens
  SF 4, der Rest verfällt.
- Beide unterschreiben unsere Übertragungserklärung. Ist Ihr Großvater bei
  einem anderen Versicherer, fragen wir die Daten dort für Sie an.

Ein Angebot für den Polo rechne ich Ihnen gern, wenn Sie mir Typ, Baujahr,
Ihre Postleitzahl und die gewünschte Selbstbeteiligung schicken – oder Sie
nutzen den Rechner unter https://www.lindenau-versicherung.example/kfz
""" + SIG["krueger"] + FOOT_AG + """
-----Ursprüngliche Nachricht-----
Von: Annika Lehmann <annika.lehmann@webpost.example>
Gesendet: Dienstag, 10. Februar 2026 20:14
An: service@lindenau-versicherung.example
Betreff: SF Klasse von opa

Hi, kann ich die SF-Klasse von meinem Opa übernehmen? Er fährt nicht mehr
und schenkt mir seinen Polo. Ich hab seit 4 Jahren Führerschein. Er ist
aber nicht bei euch versichert. Würde dann zu euch wechseln.
Danke!
"""
    return MSG(D("2026-02-11 09:25"), A("krueger"), "Annika Lehmann <annika.lehmann@webpost.example>",
               "AW: SF Klasse von opa", T(body), irt=MID("c32", "webpost.example", "web"),
               agent="Microsoft Outlook 16.0")


@mail(33, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "disability (BU) claim: long emotional customer mail about depression and anxiety disorder fully quoted under the document request")
def m0033():
    body = """Sehr geehrte Frau Rau,

vielen Dank, dass Sie uns so offen geschrieben haben. Ich habe Ihren Antrag
auf Leistungen aus Ihrer Berufsunfähigkeitsversicherung (BU 0447.190.233-1)
heute angelegt und bin ab jetzt Ihre feste Ansprechpartnerin.

Damit wir prüfen können, brauchen wir von Ihnen:

1. den Leistungsantrag (liegt als Formular bei, ca. 20 Minuten)
2. die Schweigepflichtentbindung für Ihre Hausärztin, Ihre Psychiaterin und
   Ihre Therapeutin, damit wir die Berichte direkt anfordern können –
   Sie müssen sich also nicht selbst darum kümmern
3. eine Beschreibung Ihres Arbeitsalltags als Erzieherin (Formular
   "Tätigkeitsbeschreibung") – gern auch stichpunktartig
4. den Entlassungsbericht der Tagesklinik, falls Sie ihn schon haben

Sie müssen nicht alles auf einmal schicken. Wenn Ihnen das Ausfüllen schwer
fällt, rufen Sie mich an, dann machen wir das gemeinsam am Telefon. Die Frist
in Ihrem Vertrag ist kein Problem, die Anzeige Ihrer Berufsunfähigkeit haben
wir mit Ihrer Mail fristgerecht erhalten.

Ich wünsche Ihnen viel Kraft.
""" + SIG["vogel"] + FOOT_LEBEN + """
-----Ursprüngliche Nachricht-----
Von: Stefanie Rau <steffi.rau@mailo.example>
Gesendet: Montag, 9. Februar 2026 23:52
An: leben-leistung@lindenau-versicherung.example
Betreff: BU Antrag

Sehr geehrte Damen und Herren,

ich weiß nicht genau wie ich anfangen soll. Ich bin seit August 2025
krankgeschrieben, erst hieß es Burnout, jetzt hat meine Psychiaterin eine
mittelgradige depressive Episode und eine Angststörung festgestellt. Ich
war 8 Wochen in der Tagesklinik am Klinikum St. Georg und nehme jetzt
Sertralin 100 mg. Es geht ein bisschen besser aber ich kann mir nicht
vorstellen wieder mit 20 Kindern in der Gruppe zu stehen, schon beim
Gedanken an die Kita bekomme ich Panikattacken. Meine Therapeutin sagt
auch dass ich als Erzieherin vermutlich nicht mehr arbeiten kann.

Ich habe 2019 bei Ihnen eine BU Versicherung abgeschlossen. Was muss ich
jetzt tun? Das Krankengeld läuft im Februar 2027 aus.

Entschuldigen Sie die späte Mail, ich kann nachts oft nicht schlafen.

Stefanie Rau
Breite Straße 4, 04317 Leipzig
"""
    return MSG(D("2026-02-11 11:40"), A("vogel"), "Stefanie Rau <steffi.rau@mailo.example>",
               "AW: BU Antrag", T(body), irt=MID("c33", "mailo.example", "web"),
               agent="Microsoft Outlook 16.0")


@mail(34, "NORMAL", "de", "insurer-to-supplier",
      "trap: glazier asked to replace a broken shop window at the insurer's own branch after vandalism; no customer, no person")
def m0034():
    body = """Hallo Herr Wagner,

in unserer Geschäftsstelle Grimma (Markt 9, 04668 Grimma) ist in der Nacht
auf heute die große Schaufensterscheibe links vom Eingang gesprungen,
vermutlich Vandalismus (Steinwurf, die Polizei war schon da). Die Scheibe hält
noch, wir haben sie provisorisch mit Folie gesichert.

Maße laut unserer Bauakte: 2.400 x 1.800 mm, Verbundsicherheitsglas VSG 8 mm
mit Beschriftung "Lindenau Versicherung – Ihre Geschäftsstelle" (die Folie
liefert die Werbetechnik separat nach).

Könnten Sie diese Woche noch vorbeikommen und ausmessen? Die Kollegen vor Ort
sind Mo–Fr 9–17 Uhr da, Ansprechpartner ist der Geschäftsstellenleiter,
Telefon 03437 9120 0.

Bestellnummer für die Rechnung: BE-26-0311, Kostenstelle 2260.
""" + SIG["keller"] + FOOT_AG
    return MSG(D("2026-02-11 13:15"), A("keller"), "Glaserei Wagner <info@glaserei-wagner.example>",
               "Glasbruch Schaufenster Geschäftsstelle Grimma – Termin?", T(body),
               agent="Microsoft Outlook 16.0")


@mail(35, "CONFIDENTIAL", "en", "insurer-to-customer",
      "household: laptop stolen in a university library, covered by the 'theft away from home' add-on; named student, policy and claim")
def m0035():
    body = """Hi Ms Dubois,

sorry to hear about your laptop! Good news first: your contents policy
(HR 20 771 045, tariff "Hausrat Young") includes the add-on "simple theft
away from home", so a theft in the library is covered up to EUR 1,500,
minus the excess of EUR 150.

I've opened claim SH-26-002207 for you. Please send me:
- the police report (the "Strafanzeige" confirmation with the case number)
- the receipt or order confirmation for the MacBook Air (EUR 1,299)
- if you still have it, the box or a photo of the serial number

Because the laptop is only a year old, we pay the replacement value of a
comparable new model. Please also change your passwords and, if you use
Find My, mark the Mac as lost - the police sometimes find them.
""" + SIG["aydin"] + FOOT_EN + """
On 11 Feb 2026, at 19:03, Chloé Dubois <chloe.dubois@mailo.example> wrote:

> my laptop got nicked at the library (albertina) while i went to the
> toilet for 5 min!! macbook air, bought last year for 1299€. police report
> done this evening. am i covered?? i have my contents insurance with you
> since october. exams start in 2 weeks i'm freaking out
> Chloé
"""
    return MSG(D("2026-02-12 08:52"), A("aydin"), "Chloé Dubois <chloe.dubois@mailo.example>",
               "Re: laptop stolen", T(body), irt=MID("c35", "mailo.example", "iphone"),
               agent="Microsoft Outlook 16.0")


@mail(36, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental: body only says 'anbei unser Schreiben'; the PDF approves an implant treatment plan (tooth 36, GOZ items, reimbursement)")
def m0036():
    body = """Sehr geehrte Frau Brückl,

anbei erhalten Sie unser Schreiben vom 12.02.2026 zu Ihrer Anfrage.
Das Original kommt zusätzlich per Post.

Bei Fragen erreichen Sie mich unter der unten genannten Nummer.
""" + SIG["hoffmann"] + FOOT_KV
    pdf = PDF("""#Lindenau Krankenversicherung AG
Hafenallee 12, 04179 Leipzig
 
Frau
Edith Brückl
Hauptstraße 77
04435 Schkeuditz
 
Versicherungsnummer: 7 340 190 447        Tarif: ZahnPlus 90
Leipzig, 12.02.2026
 
*Ihr Heil- und Kostenplan vom 28.01.2026 - Zahnarztpraxis Dr. Ohlendorf
 
Sehr geehrte Frau Brückl,
wir haben den Heil- und Kostenplan für die Versorgung in Regio 36 geprüft:
Einzelzahnimplantat nach Extraktion (Befund: Zahn 36 nicht erhaltungswürdig,
apikale Parodontitis, Längsfraktur der Wurzel), Implantatkrone vollkeramisch.
 
Leistung                                   geplant         erstattungsfähig
GOZ 9010 Implantatinsertion                   483,35 EUR       483,35 EUR
GOZ 9040 Freilegung                           122,45 EUR       122,45 EUR
GOZ 2200 Krone (vollkeramisch)                260,92 EUR       260,92 EUR
Material- und Laborkosten                   1.184,00 EUR     1.184,00 EUR
Implantat (Straumann BLT)                     390,00 EUR       390,00 EUR
Summe                                       2.440,72 EUR     2.440,72 EUR
 
Erstattung laut Tarif ZahnPlus 90: 90 % = 2.196,65 EUR
Die Zahnstaffel (max. 2.500 EUR im 3. Versicherungsjahr) ist eingehalten.
 
Bitte reichen Sie nach der Behandlung die Rechnung mit Laborbeleg ein.
 
Mit freundlichen Grüßen
Lindenau Krankenversicherung AG - Leistungsabteilung
""", title="Leistungszusage HKP", author="Lindenau KV Leistung", created="20260212094500")
    return MSG(D("2026-02-12 10:05"), A("hoffmann"), "Edith Brückl <e.brueckl@t-net.example>",
               "Ihre Anfrage vom 28.01.2026",
               MIX(T(body), ATT(pdf, "application/pdf", "Schreiben_2026-02-12.pdf")),
               agent="Microsoft Outlook 16.0")


@mail(37, "NORMAL", "de", "internal",
      "trap: weekly service KPI sheet with mail counts per topic (hospital bills, diagnoses, bank changes, claims); aggregates only")
def m0037():
    body = """Hallo zusammen,

anbei die KPIs der KW 6. Kurz zusammengefasst:

- 6.812 Mails im Servicepostfach (+14 % zur Vorwoche, Sturm Zeynep II)
- Erstantwort im Schnitt nach 19 Stunden (Ziel: 24 h) – danke euch!
- 611 Mails mussten an die Leistung KV weitergeleitet werden, davon 208
  mit Gesundheitsunterlagen im Anhang. Bitte weiter auf KS-19a achten.
- Weiterleitungsfehler (falsche Abteilung): 2,1 %, meist Pflege vs. KV

Details nach Kategorie im Anhang.
""" + SIG["roth"]
    x = XLSX([("KW06", [
        ["Kategorie", "Eingang", "weitergeleitet an", "Ø Antwortzeit (h)", "Anteil mit Anhang"],
        ["Schadenmeldung Sach/Sturm", 2140, "sach-schaden", 22.5, 0.71],
        ["Schadenmeldung Kfz", 804, "kfz-schaden", 17.0, 0.64],
        ["Arzt-/Krankenhausrechnung", 611, "leistung-kv", 6.5, 0.92],
        ["Diagnose/Befund unaufgefordert", 208, "leistung-kv", 7.0, 1.0],
        ["Pflege", 97, "pflege", 11.2, 0.55],
        ["Bankverbindung ändern", 412, "inkasso", 26.0, 0.08],
        ["Adressänderung", 388, "Bestand", 20.1, 0.02],
        ["Kündigung", 530, "Bestand", 31.4, 0.12],
        ["Beschwerde", 74, "Beschwerdemanagement", 14.8, 0.2],
        ["Sonstiges", 1548, "-", 21.7, 0.18],
        ["Summe", 6812, None, 19.0, None],
    ])], title="KPI KW06", author="Benedikt Roth", created="2026-02-13T07:30:00Z")
    return MSG(D("2026-02-13 08:10"), A("roth"),
               "Team Kundenservice-Center <team-ksc@lindenau-versicherung.example>",
               "KPIs Servicepostfach KW 6",
               MIX(T(body), ATT(x, CT_XLSX, "KPI_Servicepostfach_KW06.xlsx")),
               cc="Bereichsleitung Kundenservice <bl-kundenservice@lindenau-versicherung.example>",
               agent="Microsoft Outlook 16.0")


@mail(38, "CONFIDENTIAL", "de", "customer",
      "customer's storm mail (roof tiles hit neighbour's car) forwarded to property claims, windows-1252; address, policy, neighbour's plate")
def m0038():
    body = """Hallo Emre,

Sturmschaden für dich, Wohngebäude + wahrscheinlich auch Haftpflicht wegen
dem Nachbarauto. Kunde hat keine Fotos mitgeschickt, ich habe ihn gebeten,
die in der App hochzuladen.

""" + SIG["krueger"] + """
Von: Wolfgang Ehrlich <w.ehrlich@t-net.example>
Gesendet: Donnerstag, 12. Februar 2026 07:31
An: service@lindenau-versicherung.example
Betreff: Sturmschaden Dach + Auto vom Nachbarn

Sehr geehrte Damen und Herren,

durch den Sturm heute Nacht sind bei meinem Haus in der Am Anger 6, 04838
Eilenburg ca. 15 Ziegel vom Dach gefallen. Zwei davon sind auf das Auto
meines Nachbarn Herrn Lutz Brenner gefallen, ein grauer Skoda Octavia
(TDO-LB 77), Dach und Windschutzscheibe sind beschädigt.

Meine Versicherungsnummern: Wohngebäude WG 20 093 118, Haftpflicht über
„Lindenau Privat Kombi“, weiß die Nummer nicht.

Herr Brenner fragt, ob er das über seine Versicherung oder über meine
machen soll? Ein Dachdecker kommt erst nächste Woche, ich habe eine Plane
drübergelegt.

Mit freundlichen Grüßen
Wolfgang Ehrlich
"""
    return MSG(D("2026-02-12 09:12"), A("krueger"), A("aydin"),
               "WG: Sturmschaden Dach + Auto vom Nachbarn",
               T(body, charset="windows-1252"), agent="Microsoft Outlook 16.0",
               refs=MID("c38", "t-net.example", "exchange"))


@mail(39, "STRICTLY_CONFIDENTIAL", "en", "relative",
      "widow reports her husband's death after a car accident in Portugal; term life claim forwarded to life claims")
def m0039():
    body = """Liebe Kolleginnen und Kollegen von Leben-Leistung,

this came in on our international mailbox this morning. Term life policy
RL 0520.117.604-9 (insured person Michael Turner). I have sent Mrs Turner
a short personal reply in English saying that a colleague from the life
claims team will contact her, and that she doesn't need to send anything
else for now. Could you please take it from here? She prefers English.

Thank you,
Lena
""" + SIG["sommer"] + """
-----Original Message-----
From: Claire Turner <claire.turner@kabelmail.example>
Sent: Friday, February 13, 2026 6:12 AM
To: international@lindenau-versicherung.example
Subject: my husband Michael Turner - life insurance

Dear Sir or Madam,

I am writing to inform you that my husband Michael James Turner
(born 03 October 1979) died on 8 February 2026 at the Hospital de Faro,
two days after a car accident near Albufeira, Portugal. We were on a
family holiday. The Portuguese police have the accident report.

Michael had a life insurance with you, I believe the number is
RL 0520.117.604-9. I am named as beneficiary. I have the death certificate
from Portugal (in Portuguese) and we are bringing him home to Leipzig next
week.

I don't really know what to do next or what documents you need. Please
be patient with me, I am doing this for the first time.

Claire Turner
Mottelerstr. 19, 04155 Leipzig
+49 157 3301 8842
"""
    return MSG(D("2026-02-13 09:40"), A("sommer"), A("leben-leistung"),
               "FW: my husband Michael Turner - life insurance", T(body),
               agent="Microsoft Outlook 16.0", refs=MID("c39", "kabelmail.example", "tb"))


@mail(40, "NORMAL", "de", "insurer-to-prospect",
      "trap: 58-year-old prospect asks if long-term care cover still makes sense; generic prices, care levels and health questions explained")
def m0040():
    body = """Guten Tag Herr Vollmer,

mit 58 lohnt sich eine Pflegezusatzversicherung durchaus noch – der Beitrag
ist höher als mit 40, aber die gesetzliche Pflegeversicherung deckt im
Pflegeheim im Schnitt nur etwa die Hälfte der Kosten.

Beispiel Pflegetagegeld "PflegePlus", Eintrittsalter 58:

  Pflegegrad   Tagegeld
  PG 2         15 EUR
  PG 3         25 EUR
  PG 4         40 EUR
  PG 5         50 EUR
  Monatsbeitrag für diese Staffel: 79,80 EUR

Vor dem Abschluss stellen wir einige Gesundheitsfragen (z. B. nach
bestehender Pflegebedürftigkeit, Demenz, Parkinson, Schlaganfall in den
letzten Jahren). Wer diese mit "nein" beantworten kann, wird ohne Zuschlag
versichert. Eine Wartezeit gibt es nicht, bei Pflegebedürftigkeit durch
einen Unfall zahlen wir sofort.

Eine Alternative mit staatlicher Förderung (5 EUR im Monat) ist der
"Pflege-Bahr", dort gibt es keine Gesundheitsfragen, aber eine Wartezeit von
fünf Jahren.

Gern rechne ich Ihnen ein persönliches Angebot, wenn Sie möchten.
""" + SIG["reimann"] + FOOT_KV + """
> Hallo, was kostet bei ihnen ne pflegezusatz für mich, bin 58.
> Lohnt sich das noch oder ist das rausgeschmissenes geld? Meine Frau
> meint wir sollten was machen. Gruß K. Vollmer
"""
    return MSG(D("2026-02-13 14:50"), A("reimann"), "Klaus Vollmer <k.vollmer@webpost.example>",
               "AW: Anfrage Pflegezusatz", T(body), irt=MID("c40", "webpost.example", "web"),
               agent="Microsoft Outlook 16.0")

@mail(41, "CONFIDENTIAL", "en", "insurer-to-customer",
      "address change for all of a customer's policies (contents, liability, motor): named, new and old address, policy numbers")
def m0041():
    body = """Hello Mr Nowak,

thank you, I have changed your address to

    Karl-Liebknecht-Str. 93, 04275 Leipzig

with effect from 1 February 2026 for all three of your contracts:

    Contents insurance     HR 20 512 006
    Personal liability     PH 18 440 127
    Motor (Skoda Fabia)    KF-4471-255730

Two things to note because you moved:
- Contents: your new flat has 74 m² instead of 52 m². Your sum insured
  (EUR 39,000) is now below our recommended EUR 650 per m². If you want
  to keep the underinsurance waiver, please confirm the new living space
  and we will adjust the premium (about EUR 2.10 more per month).
- Motor: the new postcode changes the regional class. Your premium goes
  down slightly from the next due date, you'll get a new schedule by post.

Confirmations will be sent to your new address.
""" + SIG["krueger"] + FOOT_EN + """
On Mon, 16 Feb 2026 at 08:02, Tomasz Nowak <tomasz.nowak@mailo.example> wrote:
> hi, moved to new flat on 1st feb, new address is Karl-Liebknecht-Str. 93,
> 04275 Leipzig (before Stötteritzer Str 12). pls update for all my policies
> (car, house stuff and liability). thanks
> Tomasz
"""
    return MSG(D("2026-02-16 11:10"), A("krueger"), "Tomasz Nowak <tomasz.nowak@mailo.example>",
               "Re: new address", T(body, cte="8bit"), irt=MID("c41", "mailo.example", "android"),
               agent="Microsoft Outlook 16.0")


@mail(42, "STRICTLY_CONFIDENTIAL", "de", "doctor",
      "orthopaedist's cover mail forwarded to accident claims with her report (DOCX): torn ankle ligament S93.2, MRI, therapy")
def m0042():
    body = """Hallo Unfall-Team,

Arztbericht zur Schadennummer U-26-00871 (Herold), kam per Mail an service@.
Anhang ist unverändert weitergeleitet.

""" + SIG["demir"] + """
Von: Praxis Dr. Albrecht <praxis@ortho-albrecht.example>
Gesendet: Montag, 16. Februar 2026 12:40
An: service@lindenau-versicherung.example
Betreff: Ihr Zeichen U-26-00871 - Befundbericht

Sehr geehrte Damen und Herren,

anbei der angeforderte Befundbericht zu Ihrem Versicherten Herrn Jannik
Herold. Die Schweigepflichtentbindung lag uns vor. Unsere Rechnung nach
GOÄ Nr. 75 folgt separat.

Mit freundlichen Grüßen
i. A. Sandra Beck, MFA
Orthopädische Praxis Dr. med. Ines Albrecht
Karl-Heine-Straße 88, 04229 Leipzig
"""
    doc = DOCX([
        "# Orthopädische Praxis Dr. med. Ines Albrecht",
        "Karl-Heine-Straße 88, 04229 Leipzig",
        "An: Lindenau Allgemeine Versicherung AG, Leistung Unfall – Ihr Zeichen U-26-00871",
        "# Befundbericht",
        "Patient: Jannik Herold, geb. 27.04.1996, Schwägrichenstraße 14, 04107 Leipzig",
        "Unfalltag: 18.01.2026 (Umknicktrauma beim Joggen, Supinationstrauma rechts)",
        "Erstbehandlung: 19.01.2026 in unserer Praxis",
        "Befund: Schwellung und Hämatom über dem Außenknöchel rechts, Druckschmerz über dem Lig. fibulotalare anterius, vordere Schublade positiv.",
        "MRT OSG rechts vom 22.01.2026: komplette Ruptur des Lig. fibulotalare anterius, Teilruptur des Lig. fibulocalcaneare, kein Knochenödem, keine Fraktur.",
        ("table", [["Diagnose", "ICD-10-GM"],
                   ["Ruptur des Außenbandapparates OSG rechts", "S93.2 R"],
                   ["Distorsion oberes Sprunggelenk rechts", "S93.40 R"]]),
        "Therapie: Orthese (Aircast) für 6 Wochen, Teilbelastung 2 Wochen, Physiotherapie 2 x 6 Einheiten verordnet, Thromboseprophylaxe Enoxaparin 40 mg s.c. für 14 Tage.",
        "Arbeitsunfähigkeit: 19.01.2026 bis voraussichtlich 27.02.2026 (Tätigkeit überwiegend stehend).",
        "Prognose: Bei konsequenter Physiotherapie ist mit weitgehender Wiederherstellung zu rechnen. Eine verbleibende Instabilität kann zum jetzigen Zeitpunkt nicht ausgeschlossen werden; Nachuntersuchung in 6 Monaten empfohlen.",
        "Leipzig, 13.02.2026",
        "Dr. med. Ines Albrecht, Fachärztin für Orthopädie und Unfallchirurgie",
    ], title="Befundbericht Herold", author="Praxis Dr. Albrecht", created="2026-02-13T16:20:00Z")
    return MSG(D("2026-02-16 13:05"), A("demir"), A("unfall"),
               "WG: Ihr Zeichen U-26-00871 - Befundbericht",
               MIX(T(body), ATT(doc, CT_DOCX, "Befundbericht_Herold_U-26-00871.docx")),
               agent="Microsoft Outlook 16.0", refs=MID("c42", "ortho-albrecht.example", "exchange"))


@mail(43, "NORMAL", "en", "newsletter",
      "trap: HTML-only broker newsletter with a product-change table (disability occupation classes, health direct billing, care); no person")
def m0043():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Lindenau Broker Update</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<h1 style="color:#1d5c46;font-size:20px">Lindenau Broker Update &ndash; Q1 2026</h1>
<p>Dear partners,</p>
<p>here is what changes for your clients on 1 April 2026:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e3efe9"><th>Line</th><th>Change</th><th>What it means for your clients</th></tr>
<tr><td>Disability income (BU)</td><td>New occupation classes 1+ and 1++ for office professions</td>
<td>Up to 18&nbsp;% lower premiums for software developers, architects and similar; health questions unchanged (5 years outpatient, 10 years inpatient and psychotherapy)</td></tr>
<tr><td>International health</td><td>Direct billing network extended to 41 hospitals in the Gulf region and Thailand</td>
<td>No advance payment for inpatient treatment; guarantees of payment within 1 hour</td></tr>
<tr><td>Long-term care</td><td>PflegePlus: care level 1 now pays 5&nbsp;% of the daily allowance</td>
<td>Small benefit already for early dementia or after a stroke with slight limitations</td></tr>
<tr><td>Dental</td><td>ZahnPlus 90 replaces ZahnKomfort</td>
<td>Existing clients keep their tariff; switching possible without new health questions</td></tr>
</table>
<p>The updated conditions and the broker commission table are available in the broker portal
(<a href="https://makler.lindenau-versicherung.example/downloads">downloads</a>).</p>
<p>Webinar &bdquo;BU for IT professionals&ldquo;: 10 March 2026, 10:00&ndash;11:00 CET &ndash;
<a href="https://makler.lindenau-versicherung.example/webinar">register here</a>.</p>
<p>Kind regards,<br>Your Lindenau broker team</p>
<p style="font-size:11px;color:#777">Lindenau Versicherung &middot; Hafenallee 12 &middot; 04179 Leipzig &middot; Germany<br>
You receive this newsletter as a registered partner of Lindenau Versicherung.
<a href="https://makler.lindenau-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    return MSG(D("2026-02-17 07:30"), A("makler"), "Lindenau partner brokers <partner-news@lindenau-versicherung.example>",
               "Lindenau Broker Update Q1 2026: BU occupation classes, direct billing, care",
               H(html), mid=MID("nl-broker-q1", style="sys"),
               extra=[("List-Unsubscribe", "<https://makler.lindenau-versicherung.example/newsletter/unsubscribe>"),
                      ("Precedence", "bulk")], agent="Lindenau Mailing 3.1")


@mail(44, "CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses (employment): cover for an unfair-dismissal suit; names customer, employer, notice date, 3-week deadline")
def m0044():
    body = """Sehr geehrter Herr Wolff,

das tut mir sehr leid, nach so langer Zeit. Das Wichtigste zuerst:

Für eine Kündigungsschutzklage haben Sie nur DREI WOCHEN ab Zugang der
Kündigung. Die Kündigung kam am 13.02.2026, die Frist endet also am
06.03.2026. Bitte gehen Sie diese Woche noch zu einer Anwältin oder einem
Anwalt für Arbeitsrecht.

Ihre Rechtsschutzversicherung (RS 31 0019 552, Berufs-Rechtsschutz seit
2017) übernimmt die Kosten für die Klage in erster Instanz vor dem
Arbeitsgericht einschließlich der Anwaltskosten, abzüglich 150 EUR
Selbstbeteiligung. Im Arbeitsrecht trägt in der ersten Instanz jede Seite
ihre Anwaltskosten selbst – auch wenn Sie gewinnen; genau dafür sind wir da.

Deckungszusage unter: RS-26-00498
Gegner: Spedition Kranich GmbH, Leipzig

Wenn Sie eine Kanzlei in Ihrer Nähe suchen, nennt Ihnen unsere Hotline
0341 5560-2500 gern Adressen.
""" + SIG["lorenz"] + FOOT_AG + """
-----Ursprüngliche Nachricht-----
Von: Andreas Wolff <andreas.wolff@t-net.example>
Gesendet: Sonntag, 15. Februar 2026 20:30
An: hr-schaden@lindenau-versicherung.example
Betreff: Kündigung bekommen

Guten Abend,
ich wurde am Freitag gekündigt, nach 12 jahren bei der Spedition Kranich!!
betriebsbedingt sagen sie, aber die haben grad 3 neue Disponenten
eingestellt, die jünger und billiger sind. Kündigung zum 31.05. Ich will
dagegen klagen. Zahlt meine Rechtschutz das? Abfindung haben die mir keine
angeboten.
Andreas Wolff, Rackwitz
"""
    return MSG(D("2026-02-16 09:55"), A("lorenz"), "Andreas Wolff <andreas.wolff@t-net.example>",
               "AW: Kündigung bekommen", T(body), irt=MID("c44", "t-net.example", "web"),
               agent="Microsoft Outlook 16.0")


@mail(45, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health insurance premium arrears: reminder with returned debit, emergency-tariff warning; customer's reply with new IBAN quoted")
def m0045():
    body = """Sehr geehrter Herr Pfeiffer,

vielen Dank für Ihre schnelle Rückmeldung. Ich habe die neue Bankverbindung
für Ihren Krankenversicherungsvertrag (Versicherungsnummer 7 340 302 551)
hinterlegt und buche den offenen Betrag am 20.02.2026 erneut ab:

  Beitrag Januar 2026                       612,48 EUR
  Beitrag Februar 2026                      612,48 EUR
  Rücklastschriftgebühr Ihrer Bank            3,50 EUR
  Summe                                   1.228,46 EUR

Bitte sorgen Sie für Deckung. Falls das gerade schwierig ist, melden Sie sich
lieber vorher bei mir – wir können eine Ratenzahlung vereinbaren. Wichtig
zu wissen: Bleiben Beiträge für zwei Monate offen, sind wir gesetzlich
verpflichtet, das Mahnverfahren nach § 193 VVG einzuleiten. Am Ende stünde
der Notlagentarif, in dem nur noch akute Behandlungen bezahlt werden. So
weit muss es nicht kommen.
""" + SIG["hartmann"] + FOOT_KV + """
-----Ursprüngliche Nachricht-----
Von: Jens Pfeiffer <jens.pfeiffer@kabelmail.example>
Gesendet: Dienstag, 17. Februar 2026 06:48
An: Thomas Hartmann <thomas.hartmann@lindenau-versicherung.example>
Betreff: AW: Zahlungserinnerung Krankenversicherung

sorry, das alte konto war leer weil ich die bank gewechselt hab.
bitte nochmal abbuchen, neu: DE07236797042962735219 (Jens Pfeiffer),
kann auch gleich beide Monate nehmen.
J. Pfeiffer
"""
    return MSG(D("2026-02-17 10:22"), A("hartmann"), "Jens Pfeiffer <jens.pfeiffer@kabelmail.example>",
               "AW: AW: Zahlungserinnerung Krankenversicherung", T(body),
               irt=MID("c45", "kabelmail.example", "tb"), agent="Microsoft Outlook 16.0")


@mail(46, "NORMAL", "de", "internal",
      "trap: HR sends a job ad for a health-claims examiner (DOCX) mentioning diagnoses, GOÄ, hospital bills; no person")
def m0046():
    body = """Liebe Frau Hoffmann-Yilmaz,

anbei der Entwurf der Stellenanzeige für die zwei offenen Stellen in Ihrem
Team. Ich habe Ihre Stichpunkte aus dem Gespräch übernommen und die Texte
an unser Arbeitgeberprofil angepasst.

Bitte prüfen Sie vor allem die Anforderungen – wollen Sie wirklich eine
medizinische Ausbildung als Muss, oder reicht "wünschenswert"? Sonst wird
der Bewerberkreis sehr klein.

Veröffentlichung geplant ab 02.03. auf unserer Karriereseite und bei der
Arbeitsagentur.
""" + SIG["braun"]
    doc = DOCX([
        "# Sachbearbeiter/in Leistungsprüfung Krankenversicherung (m/w/d)",
        "Lindenau Krankenversicherung AG · Leipzig · Vollzeit oder Teilzeit (ab 30 Std.) · unbefristet",
        "Was Sie bei uns tun",
        "Sie prüfen Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ und DRG und entscheiden über die Erstattung.",
        "Sie beurteilen Heil- und Kostenpläne, Kostenübernahmeanträge von Kliniken und Anträge auf Hilfsmittel.",
        "Sie arbeiten mit Diagnosen (ICD-10-GM) und medizinischen Unterlagen – vertraulich und mit Fingerspitzengefühl.",
        "Sie erklären Kundinnen und Kunden Ihre Entscheidungen am Telefon und schriftlich, verständlich und freundlich.",
        "Was Sie mitbringen",
        "Ausbildung als Kaufmann/-frau für Versicherungen und Finanzanlagen oder als Medizinische/r Fachangestellte/r",
        "Medizinische Grundkenntnisse (wünschenswert), Kenntnisse der GOÄ von Vorteil",
        "Was wir bieten",
        "Tarifgehalt nach PTV Gruppe VI, 38 Stunden, 30 Tage Urlaub, mobiles Arbeiten bis 60 %, Jobticket, betriebliche Krankenversicherung",
        "Kontakt: Ulrike Braun, Personalabteilung, karriere@lindenau-versicherung.example, Kennziffer KV-LP-2026-04",
    ], title="Stellenanzeige KV-LP-2026-04", author="Ulrike Braun", created="2026-02-17T13:00:00Z")
    return MSG(D("2026-02-17 13:40"), A("braun"), A("hoffmann"),
               "Entwurf Stellenanzeige Leistungsprüfung KV – bitte Freigabe",
               MIX(T(body), ATT(doc, CT_DOCX, "Stellenanzeige_KV-LP-2026-04_Entwurf.docx")),
               agent="Microsoft Outlook 16.0")


@mail(47, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor: windscreen chip repair under partial cover; named British customer, plate, policy and claim number")
def m0047():
    body = """Hello Mr Whitfield,

a 5 mm chip can almost always be repaired, and a repair is free for you:
your partial cover (Teilkasko, policy KF-4471-188204) waives the excess
for windscreen repairs.

I've opened claim KS-2026-0006620. Please book an appointment with our
partner GlasFix Leipzig (Torgauer Str. 230, +49 341 2420 880) and just
give them your number plate L-SW 4410 and the claim number - they bill us
directly. It takes about 30 minutes.

Please don't wait too long: in cold weather a chip can turn into a crack
within days, and then the whole windscreen has to be replaced (excess
EUR 150).
""" + SIG["wendt"] + FOOT_EN + """
> -----Original Message-----
> From: Simon Whitfield <simon.whitfield@webpost.example>
> Sent: Tuesday, February 17, 2026 5:45 PM
> To: kfz-schaden@lindenau-versicherung.example
> Subject: windscreen chip
>
> hi, got a windscreen chip from a stone on the A9 near Halle this
> morning, about 5mm, right in front of the passenger seat. can you fix it
> or do i need a new screen? reg L-SW 4410, Ford Focus estate.
> cheers, Simon
"""
    return MSG(D("2026-02-18 08:33"), A("wendt"), "Simon Whitfield <simon.whitfield@webpost.example>",
               "RE: windscreen chip", T(body), irt=MID("c47", "webpost.example", "exchange"),
               agent="Microsoft Outlook 16.0")


@mail(48, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "care insurance: daily care allowance for care level 2 of the customer's father paid to the daughter (power of attorney), iso-8859-1")
def m0048():
    body = """Sehr geehrte Frau Rößler,

die Unterlagen sind vollständig, vielen Dank. Die Pflegekasse hat bei Ihrem
Vater, Herrn Werner Rößler, Pflegegrad 2 ab dem 01.12.2025 festgestellt.

Aus seinem Pflegetagegeld-Tarif PflegePlus (PT 4 001 385) zahlen wir
in Pflegegrad 2 täglich 20 EUR, also:

  Nachzahlung 01.12.2025 - 28.02.2026 (90 Tage)   1.800,00 EUR
  ab März laufend monatlich                          ca. 600,00 EUR

Die Zahlung geht wie gewünscht auf das Konto Ihres Vaters, die Nachzahlung
erhält er am 24.02.2026. Ihre Vorsorgevollmacht haben wir hinterlegt, wir
schreiben ab jetzt an Sie.

Wenn sich der Zustand Ihres Vaters verschlechtert, können Sie bei der
Pflegekasse jederzeit eine Höherstufung beantragen; schicken Sie uns dann
einfach den neuen Bescheid.
""" + SIG["reimann"] + FOOT_KV + """
> Guten Tag Frau Reimann,
> anbei der Bescheid der Pflegekasse fuer meinen Vater, Pflegegrad 2.
> Die Vollmacht hatte ich ja schon geschickt. Ab wann wird gezahlt?
> Er ist jetzt auf den Rollator angewiesen und der Pflegedienst kommt
> zweimal am Tag.
> Mit freundlichen Gruessen, Petra Rößler
"""
    return MSG(D("2026-02-18 14:12"), A("reimann"), "Petra Rößler <petra.roessler@mailo.example>",
               "AW: Bescheid Pflegekasse Werner Rößler", T(body, charset="iso-8859-1"),
               irt=MID("c48", "mailo.example", "web"), agent="Microsoft Outlook 16.0")


@mail(49, "NORMAL", "de", "internal",
      "trap: anonymised complaint quotes of the month for staff training (glasses, physiotherapy, hospital bill); no identifiable person")
def m0049():
    body = """Hallo zusammen,

wie jeden Monat ein paar O-Töne aus dem Beschwerdepostfach für unsere
Teamrunde am Donnerstag. Alles gekürzt und anonymisiert (keine Namen, keine
Orte, keine Nummern) – bitte trotzdem nicht nach draußen geben.

1. "Eure Hotline ist eine Katastrophe, 40 Minuten Warteschleife und dann
   fliegt man raus."
2. "Seit drei Wochen warte ich auf das Geld für meine Brille. Wie lange
   dauert das denn noch?"
3. "Ich habe die Krankenhausrechnung dreimal hochgeladen und jedes Mal
   kommt die Mail, es fehlen Unterlagen. Welche denn?"
4. "Der Gutachter war super nett und hat alles erklärt. Danke!"
5. "Warum bekomme ich Post an meine alte Adresse, ich habe doch im Portal
   alles geändert?"

Was wir daraus lernen:
- Zu 2 und 3: Die Status-Mails aus dem Leistungssystem sagen nicht, was
  fehlt. Ticket an die IT ist gestellt (IT-26-1187).
- Zu 5: Adressänderungen im Portal landen nicht immer im Kfz-Bestand.
  Bitte bei Adressänderungen alle Verträge prüfen.

Bis Donnerstag!
""" + SIG["roth"]
    return MSG(D("2026-02-18 16:45"), A("roth"),
               "Team Kundenservice-Center <team-ksc@lindenau-versicherung.example>",
               "O-Töne Beschwerden Februar (für Teamrunde)", T(body),
               agent="Microsoft Outlook 16.0")


@mail(50, "CONFIDENTIAL", "de", "insurer-to-authority",
      "motor: notice to the vehicle registration office that cover ended for non-payment; keeper's name, address, plate, VIN")
def m0050():
    body = """Sehr geehrte Damen und Herren,

hiermit zeigen wir gemäß § 25 Abs. 1 FZV an, dass für das folgende
Fahrzeug kein Versicherungsschutz mehr besteht:

  Halter:            Mario Reinholz, Am Wasserturm 2, 04509 Delitzsch
  Kennzeichen:       DZ-MR 338
  FIN:               WVWZZZ1KZ9W112837
  Versicherer:       Lindenau Allgemeine Versicherung AG (VU-Nr. 5318)
  Vertragsnummer:    KF-4471-140977
  Ende des Versicherungsschutzes: 17.02.2026, 24:00 Uhr
  Grund:             Kündigung wegen Nichtzahlung des Folgebeitrags (§ 38 VVG)

Die elektronische Anzeige über das GDV-Verfahren ist wegen einer Störung
fehlgeschlagen (Fehlercode 4712); wir bitten daher um Bearbeitung auf diesem
Weg.
""" + SIG["hartmann"] + FOOT_AG
    return MSG(D("2026-02-19 09:10"), A("hartmann"),
               "Zulassungsbehörde Landkreis Nordsachsen <kfz-zulassung@landkreis-nordsachsen.example>",
               "Anzeige gem. § 25 FZV – DZ-MR 338 – KF-4471-140977", T(body),
               agent="Microsoft Outlook 16.0")


@mail(51, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health: reimbursement of a Phuket clinic bill for acute gastroenteritis (A09.0); quoted mobile mail with symptoms")
def m0051():
    body = """Dear Ms Schwarz,

thank you for sending the bill from Bangkok Hospital Phuket. We have
reimbursed it in full under your travel health insurance (TR-25-098812):

  Outpatient treatment 07/02/2026     THB 8,450.00
  Exchange rate on day of treatment   1 EUR = 37.42 THB
  Reimbursement                       EUR 225.82

The amount will be in your account (IBAN ending 4417) within 3 working
days. The diagnosis on the bill (acute gastroenteritis, A09.0) and the
infusion and medication are all covered, there is no excess in your
tariff.

Glad to hear you're feeling better and could enjoy the rest of the trip!
""" + SIG["sommer"] + FOOT_EN + """
On Sat, 14 Feb 2026 at 04:18, Marie Schwarz <marie.schwarz@webpost.example> wrote:
> Hi! Had horrible food poisoning on phuket (i think it was the prawns...),
> threw up all night and my friend took me to bangkok hospital, they gave
> me an infusion and some tablets. I had to pay 8450 baht by card. Photo of
> the bill is attached. Feeling ok again now :) how do I get the money back?
> Marie
> Sent from my iPhone
"""
    return MSG(D("2026-02-19 11:48"), A("sommer"), "Marie Schwarz <marie.schwarz@webpost.example>",
               "Re: food poisoning thailand - hospital bill", T(body, charset="us-ascii", cte="7bit"),
               irt=MID("c51", "webpost.example", "iphone"), agent="Microsoft Outlook 16.0")


@mail(52, "NORMAL", "de", "insurer-to-partner",
      "trap: answer to the insurers' association survey with complaint counts per line incl. health and care; aggregates only")
def m0052():
    body = """Sehr geehrter Herr Dr. Kühne,

anbei unsere Angaben zur Verbandsumfrage "Beschwerdestatistik 2025"
(Ihr Schreiben vom 02.02.2026). Gezählt sind alle schriftlichen Beschwerden
im Sinne der BaFin-Definition, Stichtag 31.12.2025:

  Sparte                     Beschwerden   je 10.000 Verträge
  Krankenvollversicherung        214             3,9
  Krankenzusatz / Zahn           131             1,2
  Pflegezusatz                    27             1,8
  Leben / BU                     158             2,4
  Unfall                          41             1,1
  Kfz                            389             2,0
  Hausrat / Wohngebäude          276             1,7
  Haftpflicht                     63             0,6
  Rechtsschutz                    72             1,9

Häufigste Gründe in der Krankenversicherung: Dauer der Erstattung (38 %),
Ablehnung von Heilmitteln über dem Höchstsatz (21 %), Beitragsanpassung
(19 %). Einzelfälle oder personenbezogene Angaben übermitteln wir wie
vereinbart nicht.
""" + SIG["roth"] + FOOT_AG
    return MSG(D("2026-02-19 15:30"), A("roth"), '"Dr. Hagen Kühne" <h.kuehne@vvm-verband.example>',
               "Verbandsumfrage Beschwerdestatistik 2025 – Lindenau", T(body),
               agent="Microsoft Outlook 16.0")


@mail(53, "CONFIDENTIAL", "de", "insurer-to-customer",
      "pet health insurance: vet bill for the customer's dog (foreign-body surgery) reimbursed; named, policy and bank account (animal, not human health)")
def m0053():
    body = """Hallo Frau Szymańska,

gute Nachrichten: Die Tierarztrechnung für Bruno haben wir vollständig
geprüft und übernehmen sie aus Ihrer Hunde-OP-Versicherung (TK 61 004 218):

  Tierklinik Leipzig-Süd, Rechnung vom 12.02.2026      1.486,30 EUR
  davon erstattungsfähig (GOT bis 3-fach)               1.486,30 EUR
  abzüglich Selbstbeteiligung 20 %                      - 297,26 EUR
  Auszahlung                                            1.189,04 EUR

Das Geld überweisen wir auf Ihr Konto DE44 5641 1742 2560 3824 48.

Die Vorsorgeuntersuchung vom Januar (Impfung, Entwurmung) ist in der reinen
OP-Versicherung leider nicht enthalten, die haben wir deshalb nicht
berücksichtigt.

Alles Gute für Bruno – und passen Sie auf die Socken auf!
""" + SIG["aydin"] + FOOT_AG + """
Am 16.02.2026 um 20:55 schrieb Ewa Szymańska:
> Hallo, bruno hat was falsches gefressen (eine socke!!!) und musste am
> 11. notoperiert werden, darm war schon entzündet. Rechnung anbei, und die
> von der Impfung im januar auch. Er ist wieder fit zum Glück.
> LG Ewa Szymańska
"""
    return MSG(D("2026-02-20 10:30"), A("aydin"), "Ewa Szymańska <ewa.szymanska@kabelmail.example>",
               "AW: Rechnung Tierklinik Bruno", T(body), irt=MID("c53", "kabelmail.example", "android"),
               agent="Microsoft Outlook 16.0")


@mail(54, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's filled-in accident report (ODT) forwarded to accident claims; body only 'anbei Formular', injury details only in the attachment")
def m0054():
    body = """Hallo Martin,

Unfallanzeige Frau Gerlach, kam heute per Mail. Anhang unverändert.

""" + SIG["krueger"] + """
-----Ursprüngliche Nachricht-----
Von: Doris Gerlach <doris.gerlach@t-net.example>
Gesendet: Freitag, 20. Februar 2026 11:02
An: service@lindenau-versicherung.example
Betreff: Formular

anbei formular ausgefüllt zurück
D. Gerlach
"""
    odt = ODT([
        "# Unfallanzeige – Lindenau Unfallversicherung",
        "Versicherungsnummer: UV 55 0981 442",
        "Verletzte Person: Doris Gerlach, geb. 30.11.1958",
        "Anschrift: Dorfstraße 12, 04808 Wurzen",
        "Unfalltag / Uhrzeit: 04.02.2026, ca. 7:45 Uhr",
        "Unfallort: Gehweg vor dem Haus, Dorfstraße 12",
        "Hergang (mit eigenen Worten): Bin auf dem Weg zum Bus auf Glatteis ausgerutscht und auf die rechte Hand gefallen, konnte sie danach nicht mehr bewegen. Nachbar hat mich ins Krankenhaus Wurzen gefahren.",
        "Art der Verletzung: distale Radiusfraktur rechts (Handgelenk gebrochen), wurde am 05.02. operiert (Platte), Gips 6 Wochen",
        "Behandelnde Ärzte / Krankenhaus: Muldentalkliniken Wurzen, Unfallchirurgie, Dr. Hesse; danach Hausarzt Dr. Kahnt, Wurzen",
        "Stationärer Aufenthalt: 04.02.2026 bis 08.02.2026",
        "Arbeitsunfähig: ja, seit 04.02.2026 (Verkäuferin)",
        "Frühere Verletzungen derselben Hand: nein. Vorerkrankungen: Osteoporose (seit 2021, Tabletten)",
        "Ort, Datum: Wurzen, 19.02.2026   Unterschrift: D. Gerlach",
    ], title="Unfallanzeige", author="Doris Gerlach", created="2026-02-19T18:12:00")
    return MSG(D("2026-02-20 11:30"), A("krueger"), A("unfall"), "WG: Formular",
               MIX(T(body), ATT(odt, CT_ODT, "Unfallanzeige_ausgefuellt.odt")),
               cc=A("kowalski"), agent="Microsoft Outlook 16.0", refs=MID("c54", "t-net.example", "tb"))


@mail(55, "NORMAL", "en", "internal",
      "trap: IT phishing warning quoting a fake 'your health insurance claim has been rejected' mail; no real data")
def m0055():
    body = """Dear colleagues,

since yesterday a phishing campaign is targeting insurance staff in
Germany. The mails look like this (do NOT click anything):

  ----------------------------------------------------------------
  From: Claims Department <claims-noreply@secure-lindenau-docs.example>
  Subject: Your health insurance claim #44821 has been rejected

  Dear customer, your claim for hospital treatment (diagnosis code
  attached) has been rejected. To appeal, log in with your
  company account within 24 hours:
  https://secure-lindenau-docs.example/login
  ----------------------------------------------------------------

How to recognise it:
- sender domain is not ours (look for "secure-", "-docs", "-portal")
- urgency ("within 24 hours") and a login link
- we never ask for your Windows password by e-mail

If you clicked the link or entered your password, call the IT service
desk immediately on -6600 and change your password. Otherwise just use
the "Report phishing" button in Outlook.

Thank you for staying alert!
""" + SIG["fischer"]
    return MSG(D("2026-02-20 14:02"), A("fischer"), "All staff <all-staff@lindenau-versicherung.example>",
               "Phishing warning: fake 'claim rejected' mails", T(body, flowed=True, cte="8bit"),
               agent="UA:Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
               extra=[("Importance", "high")])

@mail(56, "NORMAL", "en", "insurer-to-supplier",
      "trap: glazing network's 2026 rate card (ODS) for windscreen and household glass claims; prices only, no claim, no person")
def m0056():
    body = """Dear Mr de Vries,

thank you for the new rate card. We accept the prices for 2026 with two
exceptions, see the comments column in the attached sheet:

1. Windscreen replacement with ADAS camera calibration: your proposal of
   EUR 189 per static calibration is well above the market; we can agree
   to EUR 149 as in 2025 plus the 2.4% index.
2. Ceramic hob glass (household glass claims): please quote a fixed price
   for the three standard sizes instead of "on request".

Everything else is fine. The new prices apply to all claims reported from
1 March 2026. Our claims handlers will receive the updated list from us, so
please don't send it to them directly.

Kind regards,
""" + SIG["keller"] + FOOT_EN
    ods = ODS([("Rates 2026", [
        ["Item", "Unit", "Rate 2025 (EUR)", "Proposal 2026 (EUR)", "Agreed (EUR)", "Comment"],
        ["Windscreen chip repair", "per chip", 59.0, 62.0, 62.0, ""],
        ["Windscreen replacement (compact)", "per job", 389.0, 402.0, 402.0, ""],
        ["Windscreen replacement (SUV/van)", "per job", 512.0, 529.0, 529.0, ""],
        ["ADAS camera calibration (static)", "per job", 149.0, 189.0, 152.58, "2025 + 2.4% index"],
        ["Ceramic hob glass 60 cm", "per job", "", "on request", "", "fixed price needed"],
        ["Ceramic hob glass 80 cm", "per job", "", "on request", "", "fixed price needed"],
        ["Window pane double glazing up to 2 m2", "per m2", 168.0, 174.0, 174.0, ""],
        ["Emergency boarding-up (night/weekend)", "flat", 95.0, 99.0, 99.0, ""],
    ])], title="GlassNet rate card 2026", author="Nadine Keller", created="2026-02-20T16:00:00")
    return MSG(D("2026-02-20 16:20"), A("keller"), "Pieter de Vries <p.devries@glassnet-europe.example>",
               "RE: GlassNet rate card 2026 - Lindenau",
               MIX(T(body), ATT(ods, CT_ODS, "GlassNet_Rates_2026_Lindenau.ods")),
               cc=A("aydin"), agent="Microsoft Outlook 16.0")


@mail(57, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "internal escalation to the company doctor: named insured, undisclosed depression F32.1 and back pain M54.5 before application (HTML + text)")
def m0057():
    text = """Hallo Herr Dr. Pieper,

ich bräuchte bitte Ihre Einschätzung zu einem Fall, bevor wir an die
Rechtsabteilung gehen.

Versicherte: Nadine Schöne, geb. 19.03.1987, KV-Nr. 7 340 277 190
Tarif: KV-Komfort, Versicherungsbeginn 01.05.2023
Gesundheitsfragen im Antrag (04/2023): alle mit "nein" beantwortet

Aus dem Entlassungsbericht der Psychosomatischen Klinik Bad Lausick
(stationär 10.11.–19.12.2025), der uns mit der Krankenhausrechnung vorliegt:
- F32.1 mittelgradige depressive Episode, "rezidivierend, erstmals 2021
  ambulant psychiatrisch behandelt (Citalopram 20 mg bis 2022)"
- M54.5 Kreuzschmerz, "seit Jahren physiotherapeutisch behandelt"

Beides wäre nach Frage 3 (ambulante Behandlungen in den letzten 3 Jahren)
und Frage 5 (Psychotherapie / psychiatrische Behandlung in den letzten
10 Jahren) anzeigepflichtig gewesen. Die Klinikrechnung beträgt 21.480 EUR.

Fragen an Sie:
1. Ist die Behandlung 2021/2022 nach Ihrer Einschätzung gefahrerheblich?
2. Hätten wir die Kundin mit Zuschlag oder gar nicht angenommen?

Bis zur Klärung ist die Rechnung zurückgestellt, die Kundin hat einen
Zwischenbescheid bekommen.

Danke und viele Grüße
""" + SIG["hoffmann"]
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Herr Dr. Pieper,</p>
<p>ich br&auml;uchte bitte Ihre Einsch&auml;tzung zu einem Fall, bevor wir an die Rechtsabteilung gehen.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>Versicherte</b></td><td>Nadine Sch&ouml;ne, geb. 19.03.1987, KV-Nr. 7 340 277 190</td></tr>
<tr><td><b>Tarif</b></td><td>KV-Komfort, Versicherungsbeginn 01.05.2023</td></tr>
<tr><td><b>Gesundheitsfragen 04/2023</b></td><td>alle mit &bdquo;nein&ldquo; beantwortet</td></tr>
</table>
<p>Aus dem Entlassungsbericht der Psychosomatischen Klinik Bad Lausick (station&auml;r 10.11.&ndash;19.12.2025),
der uns mit der Krankenhausrechnung vorliegt:</p>
<ul>
<li>F32.1 mittelgradige depressive Episode, &bdquo;rezidivierend, erstmals 2021 ambulant psychiatrisch behandelt (Citalopram 20&nbsp;mg bis 2022)&ldquo;</li>
<li>M54.5 Kreuzschmerz, &bdquo;seit Jahren physiotherapeutisch behandelt&ldquo;</li>
</ul>
<p>Beides w&auml;re nach Frage 3 (ambulante Behandlungen in den letzten 3 Jahren) und Frage 5
(Psychotherapie / psychiatrische Behandlung in den letzten 10 Jahren) anzeigepflichtig gewesen.
Die Klinikrechnung betr&auml;gt 21.480&nbsp;EUR.</p>
<p>Fragen an Sie:</p>
<ol><li>Ist die Behandlung 2021/2022 nach Ihrer Einsch&auml;tzung gefahrerheblich?</li>
<li>H&auml;tten wir die Kundin mit Zuschlag oder gar nicht angenommen?</li></ol>
<p>Bis zur Kl&auml;rung ist die Rechnung zur&uuml;ckgestellt, die Kundin hat einen Zwischenbescheid bekommen.</p>
<p>Danke und viele Gr&uuml;&szlig;e<br>""" + sig_html("hoffmann") + """</p>
</body></html>"""
    return MSG(D("2026-02-23 09:20"), A("hoffmann"), A("pieper"),
               "Anzeigepflichtverletzung? KV 7 340 277 190 – Bitte um Einschätzung",
               ALT(T(text), H(html)), agent="Microsoft Outlook 16.0",
               extra=[("Sensitivity", "Private")])


@mail(58, "NORMAL", "de", "insurer-to-prospect",
      "trap: student asks about disability insurance; generic answer on health questions, psychotherapy and waiting times, no health data of hers")
def m0058():
    body = """Hallo Frau Yıldız,

gute Frage – und ja, gerade im Studium lohnt sich der Abschluss, weil Sie
jung sind und meist noch keine Vorerkrankungen haben.

Ein paar Punkte, die Sie kennen sollten:

- Als Lehramtsstudentin werden Sie in unsere Berufsgruppe 2 eingestuft.
  Eine BU-Rente von 1.000 EUR monatlich kostet mit 22 Jahren etwa 38 EUR im
  Monat (Laufzeit bis 67). Nach dem Referendariat können Sie die Rente ohne
  neue Gesundheitsprüfung erhöhen.
- Im Antrag fragen wir nach Behandlungen der letzten 5 Jahre, nach
  Krankenhausaufenthalten der letzten 10 Jahre und nach Psychotherapie.
  Auch kurze Gesprächstherapien zählen. Bitte füllen Sie die Fragen sorgfältig
  aus, im Zweifel lieber etwas angeben.
- Wenn Sie unsicher sind, ob etwas relevant ist, können wir eine anonyme
  Risikovoranfrage stellen – ohne Ihren Namen, und ohne dass etwas in einer
  Datei gespeichert wird.

Soll ich Ihnen ein Angebot schicken? Dafür brauche ich nur Ihr Geburtsdatum
und die gewünschte Rentenhöhe.
""" + SIG["krueger"] + FOOT_LEBEN + """
-----Ursprüngliche Nachricht-----
Von: Elif Yıldız <elif.yildiz@uni-mail.example>
Gesendet: Sonntag, 22. Februar 2026 15:40
An: service@lindenau-versicherung.example
Betreff: Frage BU

Hallo, ich studiere Lehramt (Grundschule) im 3. Semester und meine Eltern
sagen ich soll jetzt schon eine BU abschließen. Macht das Sinn als Studentin
und was kostet das ungefähr? Muss man da viele Gesundheitsfragen beantworten?
Viele Grüße, Elif
"""
    return MSG(D("2026-02-23 10:05"), A("krueger"), "Elif Yıldız <elif.yildiz@uni-mail.example>",
               "AW: Frage BU", T(body), irt=MID("c58", "uni-mail.example", "web"),
               agent="Microsoft Outlook 16.0")


@mail(59, "CONFIDENTIAL", "en", "broker",
      "broker's cargo claim for a sole-trader importer forwarded internally: owner's name, shipment, damage and invoice values")
def m0059():
    body = """Hi Emre,

cargo claim from Castleford for one of our marine open covers, please open
a file and appoint the surveyor in Hamburg. The insured is a sole trader
(Deepak Raina, trading as Raina Spice Imports, Leipzig), open cover
TR-OC 2291 04. Broker's mail below.

Thanks
Oliver
""" + SIG["schuster"] + """
From: Gareth Lowry <g.lowry@castleford-risk.example>
Sent: Monday, February 23, 2026 2:17 PM
To: Oliver Schuster <oliver.schuster@lindenau-versicherung.example>
Subject: Cargo claim - Raina Spice Imports - container MSKU 7712043

Hi Oliver,

our client Deepak Raina (t/a Raina Spice Imports) has just notified us of
water damage to a shipment from Kochi:

Container:      MSKU 7712043 (40' HC), vessel Maersk Kalmar, B/L KOC-HAM-88213
Discharged:     Hamburg, 16 Feb 2026; delivered to Leipzig warehouse 20 Feb
Goods:          1,120 bags black pepper and cardamom, invoice value USD 86,400
Damage:         approx. 260 bags wet and mouldy, container roof shows a hole
                of approx. 3 cm near the door end
Declared under: open cover TR-OC 2291 04, declaration no. 2026/014

Mr Raina has held the remaining bags and notified the carrier in writing
(copy attached to our portal upload). Could you please appoint a surveyor
asap, ideally before Thursday when the warehouse needs the space?

Many thanks,
Gareth Lowry
Account Executive, Castleford Risk Partners Ltd
"""
    return MSG(D("2026-02-23 15:02"), A("schuster"), A("aydin"),
               "FW: Cargo claim - Raina Spice Imports - container MSKU 7712043", T(body, charset="us-ascii", cte="7bit"),
               agent="Microsoft Outlook 16.0", refs=MID("c59", "castleford-risk.example", "exchange"))


@mail(60, "NORMAL", "de", "internal",
      "trap: actuarial statistic of sick-pay (Krankentagegeld) claim durations by ICD-10 chapter; aggregates with small cells merged")
def m0060():
    body = """Hallo Frau Hoffmann-Yilmaz, hallo Herr Dr. Pieper,

wie gewünscht die Auswertung der Krankentagegeld-Leistungsfälle 2025 nach
ICD-10-Kapitel der Hauptdiagnose (abgeschlossene Fälle, n = 2.906).
Kapitel mit weniger als 20 Fällen sind unter "Sonstige" zusammengefasst.

  ICD-Kapitel                        Fälle   Ø Dauer (Tage)   Anteil Aufwand
  F  Psychische Störungen              612        97              38,4 %
  M  Muskel-Skelett-System             894        41              22,9 %
  S/T Verletzungen                     451        38              10,8 %
  C/D Neubildungen                      88       143               7,9 %
  J  Atmungssystem                     402        12               3,0 %
  I  Kreislaufsystem                    97        56               3,4 %
  Sonstige                             362        31              13,6 %

Auffällig: Die F-Diagnosen haben sich seit 2021 beinahe verdoppelt (damals
17,9 % des Aufwands). Für die Beitragsanpassung 2027 würde ich das als
eigenen Treiber ausweisen. Einzelfalldaten liegen nur im DWH-Bereich
Leistung KV, hier ist nichts Personenbezogenes drin.
""" + SIG["nguyen"]
    return MSG(D("2026-02-23 16:40"), A("nguyen"),
               "Melanie Hoffmann-Yilmaz <melanie.hoffmann-yilmaz@lindenau-versicherung.example>, " + A("pieper"),
               "KT-Leistungsfälle 2025 nach ICD-Kapitel", T(body), agent="Microsoft Outlook 16.0")


@mail(61, "NORMAL", "en", "internal",
      "facility: fire drill calendar invitation for the Leipzig head office (ICS), bilingual building notice")
def m0061():
    body = """Dear colleagues,

our annual fire drill for the head office (buildings A and B) takes place
on Wednesday, 4 March 2026, at about 10:30. The exact time is not
announced.

When the alarm sounds:
- leave the building by the nearest marked escape route, do not use the
  lifts
- take your phone and jacket, leave everything else
- assembly point: car park P2 (Hafenallee side)
- fire wardens (yellow vests) check the floors and report to the
  head warden at P2

Colleagues who need help on the stairs: please tell your fire warden or me
before the drill, so that we can plan assistance. You don't have to give a
reason.

The drill takes about 20 minutes. The calendar entry is attached.

Viele Grüße / Kind regards
""" + SIG["keller"]
    ics = crlf("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenau Facility//Room Booking 2.3//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:firedrill-2026-hq@lindenau-versicherung.example
DTSTAMP:20260224T081500Z
DTSTART:20260304T091500Z
DTEND:20260304T101500Z
SUMMARY:Fire drill / Räumungsübung Hauptverwaltung
LOCATION:Hafenallee 12\\, Gebäude A und B\\, Sammelplatz P2
DESCRIPTION:Annual fire drill. Leave by the nearest escape route\\, assemb
 ly point P2.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""")
    return MSG(D("2026-02-24 09:15"), A("keller"), "All staff <all-staff@lindenau-versicherung.example>",
               "Fire drill 4 March / Räumungsübung 4. März",
               MIX(T(body), TXTATT(ics.encode("utf-8"), "Fire_drill_2026.ics", "utf-8", "text/calendar")),
               agent="Microsoft Outlook 16.0")


@mail(62, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor: car sold, policy passes to the buyer; names seller, buyer, plate, policy and sale date")
def m0062():
    body = """Hello Mr Kowalczyk,

thanks for letting us know. One thing that surprises many people: in
Germany the car insurance does not end automatically when you sell the
car. It passes to the buyer (section 95 of the Insurance Contract Act)
until he either registers the car in his name with his own insurer or
cancels our policy.

So that we can contact the buyer, please send me:
- the buyer's full address (you gave us his name, Kevin Hartung, and that
  he lives in Halle)
- a copy of the sales contract showing the date and time of handover
  (Saturday, 21 February 2026)

Your policy KF-4471-201558 (VW Passat, HAL-JK 512) then ends for you on
the day of sale and we refund any premium paid in advance. Your no-claims
class (SF 9) stays with you for your next car, it does not go to the buyer.
""" + SIG["krueger"] + FOOT_EN + """
-----Original Message-----
From: Jakub Kowalczyk <jakub.kowalczyk@t-net.example>
Sent: Monday, February 23, 2026 9:03 PM
To: service@lindenau-versicherung.example
Subject: car sold

Hello, I sold my car to a guy called Kevin Hartung on saturday (cash),
he lives in Halle. Please cancel the insurance from saturday. The car is
the passat HAL-JK 512. Do I get money back?
Jakub Kowalczyk
"""
    return MSG(D("2026-02-24 11:20"), A("krueger"), "Jakub Kowalczyk <jakub.kowalczyk@t-net.example>",
               "RE: car sold", T(body, cte="8bit"), irt=MID("c62", "t-net.example", "exchange"),
               agent="Microsoft Outlook 16.0")


@mail(63, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "guarantee of payment to a Spanish private hospital for a named insured admitted with acute appendicitis (K35.8), PDF attached")
def m0063():
    body = """Dear Ms García,

please find attached our guarantee of payment for

    Patient:   Mr Lukas Brenner, date of birth 1984-07-09
    Policy:    IH-2023-005517 (Lindenau International Health, Premium plan)
    Admission: 24 February 2026, emergency, Hospital Costa Azul Marbella
    Diagnosis: acute appendicitis (K35.8), laparoscopic appendectomy

The guarantee covers the surgery, two nights in a single room and all
related medical costs up to EUR 12,000. Please bill us directly and
mention our reference GOP-26-00219 on the invoice. If the stay becomes
longer or complications arise, please send us a short medical update and
we will extend the guarantee.
""" + SIG["oneill"] + FOOT_EN
    pdf = PDF("""#Guarantee of Payment / Garantía de pago
Lindenau Krankenversicherung AG - International Health Services
Reference: GOP-26-00219                     Date: 24 February 2026
 
To: Hospital Costa Azul Marbella, Admissions / Admisiones, Ms Lucía García
 
Patient: Lukas Brenner
Date of birth: 1984-07-09
Policy no.: IH-2023-005517 (Premium plan, worldwide excl. USA)
Admission: 24/02/2026 via emergency department
Diagnosis: K35.8 Acute appendicitis - laparoscopic appendectomy
 
We guarantee payment of the medically necessary costs of this treatment,
including surgery, anaesthesia, 2 nights single room and medication, up to
EUR 12,000.00. Deductible: none. Personal items (phone, TV) are excluded.
 
Please send the final invoice with the medical report to
international@lindenau-versicherung.example quoting GOP-26-00219.
 
Patrick O'Neill, International Health Services
""", title="GOP-26-00219", author="Lindenau International Health", created="20260224150500")
    return MSG(D("2026-02-24 15:12"), A("oneill"), "Lucía García <admisiones@hospital-costaazul.example>",
               "Guarantee of payment GOP-26-00219 - Brenner, Lukas",
               MIX(T(body), ATT(pdf, "application/pdf", "GOP-26-00219_Brenner.pdf")),
               agent="Microsoft Outlook 16.0")


@mail(64, "NORMAL", "de", "insurer-to-partner",
      "trap: quarterly review agenda with the assistance partner: repatriation and air-ambulance counts per country; aggregates only")
def m0064():
    body = """Hallo Frau Engel,

für unser Quartalsgespräch am 05.03. hier unsere Agenda und die Zahlen aus
unserer Sicht (Q4 2025, alle Reiseversicherungen):

  Leistungsart                        Anzahl   Ø Kosten
  Krankenrücktransport Linienflug       212    2.180 EUR
  Ambulanzflug                           48   31.400 EUR
  Verlegung in Klinik vor Ort            97      860 EUR
  Überführung Verstorbener               11    6.900 EUR
  Garantieerklärungen Krankenhaus       634        –

Top-Länder Ambulanzflug: Spanien (14), Türkei (9), Thailand (6), Ägypten (5).

Agenda:
1. SLA: Rückruf innerhalb 30 Minuten wurde in 91 % erreicht (Ziel 95 %)
2. Ambulanzflüge: Kostenanstieg +18 % – woran liegt es?
3. Datenaustausch: Medizinische Berichte bitte nur noch über den
   SFTP-Kanal, nicht mehr per E-Mail an unsere Sachbearbeiter
4. Verschiedenes

Bitte bringen Sie Ihre Sicht auf Punkt 2 mit.
""" + SIG["sommer"] + FOOT_AG
    return MSG(D("2026-02-25 10:00"), A("sommer"), "Katja Engel <k.engel@euroassist24.example>",
               "Quartalsgespräch Q4/2025 – Agenda und Zahlen", T(body), agent="Microsoft Outlook 16.0")


@mail(65, "CONFIDENTIAL", "en", "customer",
      "app chat transcript (TXT attachment) of a customer's dishwasher leak forwarded to property claims; customer number and address in the file")
def m0065():
    body = """Hi Emre,

water damage from last night's app chat, the customer writes in English.
Transcript attached; she uploaded photos in the chat, they will be in the
claim file as soon as you open it.

Sophie
""" + SIG["winter"]
    chat = """Lindenau App - Chat transcript
Session: CH-20260225-0117-8841
Customer no. (logged in): 1 044 872
Channel: iOS app 5.12.0
---------------------------------------------------------------
[00:41] Lindi (bot): Hi! How can I help you today?
[00:41] Customer: my dishwasher leaked, water everywhere in the kitchen!!
[00:41] Lindi (bot): I'm sorry to hear that. Is the water still running?
[00:42] Customer: no i turned off the tap under the sink. floor is wet and the wooden kitchen cabinet plinth is swollen. also dripping to the flat below i think
[00:42] Lindi (bot): I'll connect you with a colleague for a water damage report.
[00:58] Agent Sophie W.: Hi Ms Okonjo, Sophie here from the Lindenau service team. Please don't worry, we'll sort this out. Which address is it?
[00:59] Customer: Coppistr. 44, 04157 Leipzig, 3rd floor. I rent the flat.
[01:00] Agent Sophie W.: Thank you. Your contents insurance (HR 20 698 330) covers your own things, e.g. the cabinets if you bought them. The floor and the building are for your landlord's building insurance. Do you own the kitchen?
[01:01] Customer: yes kitchen is mine, bought 2024. landlord is Vonovia-something, I will tell them tomorrow
[01:01] Agent Sophie W.: Perfect. Please take photos and upload them here. The neighbour below: do you know their name?
[01:02] Customer: Mr Haberland. he is probably asleep lol
[01:03] Customer: [4 photos uploaded]
[01:04] Agent Sophie W.: Got them, thank you. A claims handler will contact you tomorrow. Please leave the dishwasher as it is for now, don't throw away any parts.
[01:04] Customer: ok thank you so much!!
---------------------------------------------------------------
Transcript exported 25.02.2026 07:12 by s.winter
"""
    return MSG(D("2026-02-25 07:20"), A("winter"), A("aydin"),
               "Chat-Transkript Leitungswasser Okonjo (App)",
               MIX(T(body), TXTATT(crlf(chat).encode("utf-8"), "chat_CH-20260225-0117-8841.txt", "utf-8")),
               agent="Microsoft Outlook 16.0")


@mail(66, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurance policy loan: customer's request quoted, loan offer against the surrender value, his IBAN")
def m0066():
    body = """Sehr geehrter Herr Böttcher,

ja, das geht. Ihre Kapitallebensversicherung LV 0388.104.512-7 hat zum
01.03.2026 einen Rückkaufswert von 14.806,22 EUR. Davon können wir Ihnen
bis zu 80 % als Policendarlehen auszahlen, die gewünschten 5.000 EUR sind
also kein Problem.

Konditionen:
- Zinssatz 4,2 % p. a., Zinsen vierteljährlich
- Tilgung jederzeit in beliebiger Höhe, spätestens bei Ablauf am
  01.12.2034 wird der offene Betrag mit der Ablaufleistung verrechnet
- Der Versicherungsschutz bleibt voll bestehen, im Todesfall wird das
  Darlehen von der Todesfallleistung abgezogen

Auszahlung auf Ihr Konto DE67 5561 4528 1431 7884 26 innerhalb von fünf
Arbeitstagen, sobald der unterschriebene Darlehensvertrag bei uns ist. Den
Vertrag habe ich Ihnen heute in Ihr Postfach im Kundenportal gelegt.
""" + SIG["richter"] + FOOT_LEBEN + """
Am 24.02.2026 um 22:10 schrieb Rico Böttcher:
> hallo, ich brauche kurzfristig 5000 euro weil mein auto nen
> motorschaden hat und ich das zum arbeiten brauche. kann ich das
> über meine lebensversicherung bekommen ohne sie zu kündigen?
> meine bank will mir keinen kredit geben wegen schufa.
> gruß rico böttcher
"""
    return MSG(D("2026-02-25 14:35"), A("richter"), "Rico Böttcher <rico.boettcher@webpost.example>",
               "AW: geld aus lebensversicherung", T(body), irt=MID("c66", "webpost.example", "android"),
               agent="Microsoft Outlook 16.0")


@mail(67, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "grey zone: automatic acknowledgement that repeats the customer's subject 'hospital bill from bali - dengue fever' with a ticket number")
def m0067():
    body = """Dear customer,

thank you for your e-mail. This is an automatic confirmation that we have
received it:

    Subject:   hospital bill from bali - dengue fever
    Received:  26 Feb 2026, 06:12 (CET)
    Ticket:    INT-26-004512

A member of our International Service team will reply within two working
days. Please quote the ticket number if you contact us again about this
matter.

Medical emergency abroad? Call our 24/7 line: +49 341 5560-7777.

Please do not reply to this automatic message.

Lindenau International Service
Lindenau Versicherung, Hafenallee 12, 04179 Leipzig, Germany
"""
    return MSG(D("2026-02-26 06:12"), A("international"), "Sarah Klein <sarah.klein83@mailo.example>",
               "[INT-26-004512] Re: hospital bill from bali - dengue fever",
               T(body, charset="us-ascii", cte="7bit"), irt=MID("c67", "mailo.example", "iphone"),
               mid=MID("ack67", style="sys"),
               extra=[("Auto-Submitted", "auto-replied")], agent="Lindenau Ticketing 7.4")


@mail(68, "NORMAL", "en", "internal",
      "farewell drinks for a colleague moving to another office; personnel news without sensitive data")
def m0068():
    body = """Hi everyone,

after six years in Reinsurance & International Partnerships, Tom Becker
is moving to our new branch in Dublin on 1 April, where he'll build up the
broker business for Ireland. We'll miss him (and his legendary Excel
macros) a lot!

Farewell drinks: Thursday, 26 March, from 17:00 in the canteen terrace
(inside if it rains). Drinks and snacks are on the department, partners
welcome.

If you'd like to chip in for a farewell gift, the envelope is on my desk
(room 4.08) until 20 March.

Cheers,
Grace
""" + SIG["okafor"]
    return MSG(D("2026-02-26 12:15"), A("okafor"), "Leipzig office <leipzig-office@lindenau-versicherung.example>",
               "Farewell drinks for Tom - 26 March", T(body, charset="us-ascii", cte="7bit"),
               agent="Microsoft Outlook 16.0")


@mail(69, "CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings: flood-cover (Elementar) offer to existing customers with their address, flood zone, policy and premium (HTML + text)")
def m0069():
    text = """Sehr geehrte Frau Hänsel, sehr geehrter Herr Hänsel,

nach dem Hochwasser an der Parthe im Januar haben Sie bei uns nach einer
Elementarversicherung gefragt. Für Ihr Haus haben wir folgendes Angebot
errechnet:

  Objekt:            Parthenaue 8, 04824 Beucha
  Vertrag:           Wohngebäude WG 20 140 662
  Hochwasserzone:    ZÜRS Geo 2 (Hochwasser seltener als einmal in 100 Jahren)
  Baustein:          Elementar (Überschwemmung, Rückstau, Starkregen,
                     Erdrutsch, Schneedruck, Lawinen)
  Selbstbeteiligung: 10 % des Schadens, mindestens 500 EUR
  Mehrbeitrag:       186,40 EUR im Jahr (inkl. Versicherungsteuer)
  Beginn:            frühestens 01.04.2026, Wartezeit 1 Monat

Ihr Keller ist nach Ihren Angaben nicht ausgebaut; wir haben deshalb keinen
Zuschlag berechnet. Wenn Sie annehmen möchten, antworten Sie einfach mit
"Ja, einverstanden".
""" + SIG["aydin"] + FOOT_AG
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau H&auml;nsel, sehr geehrter Herr H&auml;nsel,</p>
<p>nach dem Hochwasser an der Parthe im Januar haben Sie bei uns nach einer Elementarversicherung gefragt.
F&uuml;r Ihr Haus haben wir folgendes Angebot errechnet:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><td>Objekt</td><td>Parthenaue 8, 04824 Beucha</td></tr>
<tr><td>Vertrag</td><td>Wohngeb&auml;ude WG 20 140 662</td></tr>
<tr><td>Hochwasserzone</td><td>Z&Uuml;RS Geo 2 (Hochwasser seltener als einmal in 100 Jahren)</td></tr>
<tr><td>Baustein</td><td>Elementar (&Uuml;berschwemmung, R&uuml;ckstau, Starkregen, Erdrutsch, Schneedruck, Lawinen)</td></tr>
<tr><td>Selbstbeteiligung</td><td>10&nbsp;% des Schadens, mindestens 500&nbsp;EUR</td></tr>
<tr><td><b>Mehrbeitrag</b></td><td><b>186,40&nbsp;EUR im Jahr</b> (inkl. Versicherungsteuer)</td></tr>
<tr><td>Beginn</td><td>fr&uuml;hestens 01.04.2026, Wartezeit 1 Monat</td></tr>
</table>
<p>Ihr Keller ist nach Ihren Angaben nicht ausgebaut; wir haben deshalb keinen Zuschlag berechnet.
Wenn Sie annehmen m&ouml;chten, antworten Sie einfach mit &bdquo;Ja, einverstanden&ldquo;.</p>
<p>""" + sig_html("aydin") + """</p>
</body></html>"""
    return MSG(D("2026-02-26 15:40"), A("aydin"), "Familie Hänsel <haensel.beucha@t-net.example>",
               "Ihr Angebot Elementarschutz – Parthenaue 8", ALT(T(text), H(html)),
               agent="Microsoft Outlook 16.0")


@mail(70, "STRICTLY_CONFIDENTIAL", "de", "relative",
      "son with power of attorney writes about his father's stroke and hospital bills; forwarded to health claims with a base64 body")
def m0070():
    body = """Hallo Leistung KV,

bitte um Bearbeitung, Kunde (Sohn mit Vorsorgevollmacht, liegt laut
Bestand seit 2024 vor) wartet auf Rückruf. Rechnungen hat er laut eigener
Aussage schon per Post geschickt.

""" + SIG["demir"] + """
Von: Frank Ulbricht <frank.ulbricht@kabelmail.example>
Gesendet: Donnerstag, 26. Februar 2026 19:20
An: service@lindenau-versicherung.example
Betreff: Rechnungen mein Vater Horst Ulbricht

Hallo,

mein vater Horst Ulbricht (84, KV-Nr 7 340 011 296) liegt seit 3 wochen
im krankenhaus nach einem schlaganfall, erst Uniklinik Stroke Unit jetzt
Reha in Bennewitz. Er kann nicht mehr richtig sprechen und die rechte
seite ist gelähmt. Die rechnungen kommen alle zu mir (chefarzt, labor,
krankentransport) und ich weiß nicht was ich davon selbst zahlen muss und
was sie direkt mit der klinik abrechnen. Ich habe vorsorgevollmacht, die
müssten sie haben. Bitte rufen sie mich an 0171 8830 4412, am besten
abends.

Frank Ulbricht
"""
    return MSG(D("2026-02-27 08:15"), A("demir"), A("leistung-kv"),
               "WG: Rechnungen mein Vater Horst Ulbricht", T(body, cte="base64"),
               agent="Microsoft Outlook 16.0", refs=MID("c70", "kabelmail.example", "tb"))

@mail(71, "NORMAL", "de", "insurer-to-supplier",
      "trap: renewal of the SecureMail domain certificate, ZIP with the certificate signing request (PEM) and an order note; no private key, no person")
def m0071():
    body = """Hallo Frau Tiedemann,

anbei wie besprochen die Unterlagen für die Verlängerung unseres
S/MIME-Domänenzertifikats (Gateway-zu-Gateway) für
lindenau-versicherung.example. Das aktuelle Zertifikat läuft am
31.03.2026 ab.

Im ZIP:
- der Certificate Signing Request (RSA 3072, erzeugt auf dem Gateway;
  der private Schlüssel hat das Gateway natürlich nicht verlassen)
- das ausgefüllte Bestellformular als Text

Bitte schicken Sie das neue Zertifikat samt Zwischenzertifikat wieder an
diese Adresse und an it-service@lindenau-versicherung.example. Die Rechnung
bitte an die Kreditorenbuchhaltung, Bestellnummer BE-26-0402.

Viele Grüße
""" + SIG["fischer"]
    csr = """-----BEGIN CERTIFICATE REQUEST-----
MIIDbTCCAdUCAQAwgYkxCzAJBgNVBAYTAkRFMQ8wDQYDVQQIDAZTYWNoc2VuMRAw
DgYDVQQHDAdMZWlwemlnMSgwJgYDVQQKDB9MaW5kZW5hdSBBbGxnZW1laW5lIFZl
cnNpY2hlcnVuZyBBRzEtMCsGA1UEAwwkbGluZGVuYXUtdmVyc2ljaGVydW5nLmV4
YW1wbGUgU01JTUUgR1cwggGiMA0GCSqGSIb3DQEBAQUAA4IBjwAwggGKAoIBgQC4
q1vT9mK3xR2lP0bW8eY6uN5cD4fA7gH3jK2mL9nP1qR8sT0uV6wX3yZ5aB7cD9eF
2gH4iJ6kL8mN0oP2qR4sT6uV8wX0yZ2aB4cD6eF8gH0iJ2kL4mN6oP8qR0sT2uV4w
X6yZ8aB0cD2eF4gH6iJ8kL0mN2oP4qR6sT8uV0wX2yZ4aB6cD8eF0gH2iJ4kL6mN8
oP0qR2sT4uV6wX8yZ0aB2cD4eF6gH8iJ0kL2mN4oP6qR8sT0uV2wX4yZ6aB8cD0eF
AgMBAAGgADANBgkqhkiG9w0BAQsFAAOCAYEAK3mN5oP7qR9sT1uV3wX5yZ7aB9cD
1eF3gH5iJ7kL9mN1oP3qR5sT7uV9wX1yZ3aB5cD7eF9gH1iJ3kL5mN7oP9qR1sT3u
V5wX7yZ9aB1cD3eF5gH7iJ9kL1mN3oP5qR7sT9uV1wX3yZ5aB7cD9eF1gH3iJ5kL7
-----END CERTIFICATE REQUEST-----
"""
    order = """Bestellung Verlängerung S/MIME-Domänenzertifikat
================================================
Kunde:            Lindenau Allgemeine Versicherung AG, Hafenallee 12, 04179 Leipzig
Kundennummer TC:  TC-004417
Produkt:          Domain S/MIME Gateway, 2 Jahre
Domain:           lindenau-versicherung.example
Technischer Kontakt: IT Messaging & SecureMail, it-service@lindenau-versicherung.example
Kaufmännischer Kontakt: Einkauf, Bestellnummer BE-26-0402
Schlüssel:        RSA 3072, erzeugt am 26.02.2026 auf gw-smime-01
Hinweis:          Der private Schlüssel verbleibt im HSM des Gateways und wird nicht übermittelt.
"""
    z = ZIP([("lindenau-versicherung_example_smime_2026.csr.pem", crlf(csr).encode("ascii")),
             ("Bestellung_Verlaengerung.txt", crlf(order).encode("utf-8"))], when=(2026, 2, 26, 16, 40, 0))
    return MSG(D("2026-02-27 09:30"), A("fischer"), "Bettina Tiedemann <b.tiedemann@trustcenter-nord.example>",
               "Verlängerung Domänenzertifikat lindenau-versicherung.example (TC-004417)",
               MIX(T(body, cte="8bit", flowed=True), ATT(z, "application/zip", "CSR_Verlaengerung_2026.zip")),
               agent="UA:Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")


@mail(72, "CONFIDENTIAL", "en", "insurer-to-customer",
      "personal liability: 11-year-old son dropped a friend's games console at a sleepover; names parents, child, friend's family, policy, claim")
def m0072():
    body = """Hello Mrs Fletcher,

no worries, this is what your personal liability insurance is for, and
families with children are covered for exactly this kind of accident.

I've opened claim SH-PH-26-00588 under your policy PH 18 502 774.
Please ask the Meier family to send us:
- the purchase receipt of the PS5 (or the approximate purchase date and
  price if they don't have it any more)
- a repair estimate from a repair shop or Sony's service, or a short
  note from the shop that it can't be repaired

We will then pay them directly. For a console that is two years old we
usually pay the repair costs or, if it's beyond repair, the current value
(roughly 60-65% of the new price).

Please don't pay anything yourself in the meantime.
""" + SIG["lorenz"] + FOOT_EN + """
> On 27 Feb 2026, at 18:20, Hannah Fletcher <hannah.fletcher@webpost.example> wrote:
>
> Hi, slightly embarrassing... my son Jonah (11) was at a sleepover at his
> friend's house (the Meiers, Schönbachstraße 9) and knocked their PS5 off
> the shelf. It doesn't turn on any more. Can we claim this on our
> liability insurance? They were very nice about it but it's their son's
> birthday present from 2024.
> Thanks, Hannah
"""
    return MSG(D("2026-03-02 09:40"), A("lorenz"), "Hannah Fletcher <hannah.fletcher@webpost.example>",
               "Re: PS5 accident", T(body, cte="8bit"), irt=MID("c72", "webpost.example", "iphone"),
               agent="Microsoft Outlook 16.0")


@mail(73, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance: short cover mail, the PDF decision grants disability benefit for a knee injury (3/10 leg value, amounts)")
def m0073():
    body = """Sehr geehrter Herr Nitzsche,

anbei erhalten Sie unsere Abrechnung zu Ihrem Unfall vom 14.06.2025
(Schadennummer U-25-03377). Der Betrag wird in den nächsten Tagen
überwiesen.

Wenn Sie mit der Bewertung nicht einverstanden sind, können Sie innerhalb
von drei Jahren eine Neubemessung verlangen. Sprechen Sie mich gern an.
""" + SIG["kowalski"] + FOOT_AG
    pdf = PDF("""#Lindenau Allgemeine Versicherung AG - Leistung Unfall
Hafenallee 12, 04179 Leipzig
 
Herrn Heiko Nitzsche, Leipziger Straße 140, 04178 Leipzig
Versicherungsnummer UV 55 0733 109 - Schaden U-25-03377 - Leipzig, 02.03.2026
 
*Abrechnung Ihrer Invaliditätsleistung
 
Unfall am 14.06.2025: Sturz von der Leiter bei Gartenarbeiten.
Verletzungen: Tibiakopffraktur links (S82.1), Innenmeniskusriss links (S83.2),
operative Versorgung am 15.06.2025 (Plattenosteosynthese), Metallentfernung geplant.
 
Ärztliches Gutachten Dr. med. R. Hallbauer vom 10.02.2026:
Dauerhafte Funktionsbeeinträchtigung des linken Beines unterhalb des Kniegelenks:
Streckdefizit 10 Grad, Beugung bis 100 Grad, belastungsabhängige Schwellung.
Bemessung nach Gliedertaxe: 3/10 Beinwert unterhalb des Knies.
 
Beinwert unterhalb des Knies laut Bedingungen                 50 %
davon 3/10                                                     15 %
Grundsumme                                           120.000,00 EUR
Progression 225 % (ab 25 % wirksam) - hier nicht erreicht
Invaliditätsleistung                                  18.000,00 EUR
abzüglich bereits gezahlter Vorschuss                 -5.000,00 EUR
Auszahlung                                            13.000,00 EUR
 
Mit freundlichen Grüßen
Martin Kowalski, Leistungsprüfung Unfallversicherung
""", title="Abrechnung Invaliditaet U-25-03377", author="Lindenau Leistung Unfall", created="20260302101000")
    return MSG(D("2026-03-02 11:15"), A("kowalski"), "Heiko Nitzsche <heiko.nitzsche@t-net.example>",
               "Ihr Unfall vom 14.06.2025 – Abrechnung",
               MIX(T(body), ATT(pdf, "application/pdf", "Abrechnung_U-25-03377.pdf")),
               agent="Microsoft Outlook 16.0")


@mail(74, "NORMAL", "de", "insurer-to-press",
      "trap: press release on the April health premium adjustment (averages, hospital and drug cost drivers) as text + PDF; no persons")
def m0074():
    body = """Sehr geehrte Damen und Herren,

anbei unsere Pressemitteilung zur Beitragsanpassung in der privaten
Krankenversicherung zum 01.04.2026. Sperrfrist: heute, 11:00 Uhr.

Die wichtigsten Zahlen:
- durchschnittlich +6,4 % für Vollversicherte, 31 % der Versicherten
  sind nicht betroffen
- Treiber: stationäre Kosten (+9,8 % je Fall), neue Krebs- und
  Rheumamedikamente, mehr psychotherapeutische Behandlungen
- Entlastung für über 60-Jährige aus Mitteln der Rückstellung für
  Beitragsrückerstattung: 14 Mio. Euro

Für Interviews steht unser Vorstand Dr. Carsten Fehling am Donnerstag
zur Verfügung.
""" + SIG["brueckner"] + FOOT_KV
    pdf = PDF("""#Pressemitteilung
Lindenau Krankenversicherung: Beiträge steigen zum 1. April 2026 im Schnitt um 6,4 Prozent
 
Leipzig, 03.03.2026 - Die Lindenau Krankenversicherung passt zum 1. April 2026 die Beiträge
in der Krankheitskostenvollversicherung an. Im Durchschnitt steigen sie um 6,4 Prozent;
rund 31 Prozent der Versicherten sind nicht betroffen.
 
"Die Kosten im Krankenhaus sind im vergangenen Jahr je Behandlungsfall um fast zehn
Prozent gestiegen. Dazu kommen neue, sehr wirksame, aber teure Arzneimittel in der
Onkologie und Rheumatologie", erklärt Vorstandsvorsitzender Dr. Carsten Fehling.
Auch die Zahl psychotherapeutischer Behandlungen habe weiter zugenommen.
 
Um ältere Versicherte zu entlasten, setzt das Unternehmen 14 Millionen Euro aus der
Rückstellung für Beitragsrückerstattung ein. Versicherte ab 60 Jahren zahlen dadurch
im Schnitt 2,1 Prozentpunkte weniger Mehrbeitrag.
 
Alle Betroffenen werden bis 28. Februar schriftlich informiert. Wer wechseln möchte,
kann nach § 204 VVG in gleichartige Tarife wechseln, ohne Alterungsrückstellungen zu verlieren.
 
Pressekontakt: Stefan Brückner, Telefon 0341 5560-1500
""", title="PM Beitragsanpassung 2026", author="Unternehmenskommunikation", created="20260303080000")
    return MSG(D("2026-03-03 11:00"), A("presse"), "Presseverteiler Wirtschaft <presseverteiler@lindenau-versicherung.example>",
               "PM: Lindenau Krankenversicherung passt Beiträge zum 1. April an",
               MIX(T(body), ATT(pdf, "application/pdf", "PM_Lindenau_KV_Beitragsanpassung_2026.pdf")),
               agent="Microsoft Outlook 16.0")


@mail(75, "CONFIDENTIAL", "en", "insurer-to-customer",
      "returned direct debit for contents and liability premiums: named customer, masked IBAN, return reason, policy numbers, fee")
def m0075():
    body = """Dear Ms Andersson,

your bank has returned our direct debit of 4 March 2026:

    Amount:         EUR 17.80 (contents HR 20 660 913 EUR 11.40,
                    liability PH 18 471 228 EUR 6.40)
    Account:        DE18 **** **** **** **55 29 97
    Return reason:  AC04 - account closed
    Bank fee:       EUR 3.00

It looks like you have changed banks. Please give us your new account in
the customer portal (My data > Payment) or fill in the attached SEPA
mandate form, and we'll collect the amount again - we will not charge you
the bank fee this time.

Alternatively you can transfer EUR 17.80 to our account
DE82 2157 5133 0302 4907 11, reference "HR 20 660 913".
""" + SIG["hartmann"] + FOOT_EN
    return MSG(D("2026-03-05 10:25"), A("hartmann"), "Linnea Andersson <linnea.andersson@mailo.example>",
               "Returned direct debit - please update your bank details", T(body),
               agent="Microsoft Outlook 16.0")


@mail(76, "STRICTLY_CONFIDENTIAL", "en", "internal",
      "medical underwriting discussion of a named disability applicant: BMI, blood pressure on ramipril, HbA1c, proposed loading")
def m0076():
    body = """Hi Ben,

your question about LB-2026-00502 - here's my view before you write to
the broker:

Applicant: Samuel Adeyemi, DOB 1979-11-02, IT project manager, class 1
Sum: disability income EUR 2,400/month to age 67

Medical evidence (GP report 19/02/2026 and our tele-interview):
- BMI 33.8 (178 cm, 107 kg)
- hypertension since 2022, on ramipril 5 mg, last readings 152/96 and
  146/92 -> not well controlled
- HbA1c 6.1% (prediabetes), no medication, lifestyle advice given
- lumbar disc protrusion L4/5 2019, physio only, symptom-free since 2021

Proposal:
1. accept with +50% loading for the cardiovascular/metabolic risk
2. exclusion of spinal disorders (M50-M54) for the first 5 years, then
   review on request if symptom-free
3. re-evaluate the loading after 3 years if BP is controlled and HbA1c
   stays below 6.5%

Nordic Re's manual gives +50 to +75 for this combination, so we're
within the treaty and don't need facultative cover.

Joerg
""" + SIG["pieper"]
    return MSG(D("2026-03-05 14:48"), A("pieper"), "Benjamin Koch <benjamin.koch@lindenau-versicherung.example>",
               "RE: LB-2026-00502 Adeyemi - medical decision", T(body),
               irt=MID("ben76"), agent="Microsoft Outlook 16.0")


@mail(77, "NORMAL", "de", "internal",
      "trap: data-protection quiz for staff with invented example mails (Max Mustermann, placeholder IBAN text, diagnosis words) and answers")
def m0077():
    body = """Liebe Kolleginnen und Kollegen,

die jährliche Datenschutzschulung ist dieses Jahr ein Quiz – 10 Minuten,
Abgabe bis 31.03. im Lernportal. Hier vorab die drei Übungsfragen mit
Lösungen, damit Sie wissen, was Sie erwartet. Alle Personen sind erfunden.

Übung 1: Eine Kundenmail lautet "Hallo, hier meine neue Bankverbindung:
IBAN DE.. (bitte nie eine echte IBAN in Schulungsunterlagen!), Max
Mustermann, Hausratvertrag 123". Wie vertraulich ist sie?
-> Vertraulich: Bankdaten einer Person plus Vertrag.

Übung 2: "Mein Sohn hat sich beim Fußball den Arm gebrochen, zahlt die
Unfallversicherung?" von Erika Musterfrau.
-> Streng vertraulich: Gesundheitsdaten (Knochenbruch) und Unfall-
versicherung einer bestimmten Person.

Übung 3: Die Abteilung schickt eine Statistik "Anzahl Knochenbrüche nach
Altersgruppe 2025" an den Rückversicherer.
-> Nicht vertraulich, solange nur Summen ohne Einzelfälle enthalten sind.

Viel Erfolg!
""" + SIG["peters"]
    return MSG(D("2026-03-06 08:30"), A("peters"), A("alle"),
               "Datenschutz-Quiz 2026 – Übungsfragen mit Lösungen", T(body, charset="windows-1252"),
               agent="Microsoft Outlook 16.0")


@mail(78, "CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal expenses: cover confirmation to the customer's lawyer in a neighbour dispute about a hedge; names client, opponent, addresses")
def m0078():
    body = """Sehr geehrter Herr Rechtsanwalt Olsen,

in der Sache Ihrer Mandantin

    Gisela Hamann, Am Kirchberg 7, 04416 Markkleeberg
    ./. Dieter Scholz, Am Kirchberg 9, 04416 Markkleeberg
    wegen Rückschnitt einer Grenzhecke / Beseitigungsanspruch

erteilen wir Kostendeckung für die außergerichtliche Vertretung sowie,
falls erforderlich, für ein Schlichtungsverfahren vor der Gütestelle
(in Sachsen vor Klageerhebung vorgeschrieben).

    Versicherungsnummer: RS 31 0037 104 (Privat-, Wohn- und Grundstücks-RS)
    Schadennummer:       RS-26-00551
    Selbstbeteiligung:   250 EUR (wird mit Ihrer Kostennote verrechnet)

Für ein anschließendes gerichtliches Verfahren bitten wir um eine erneute
Deckungsanfrage mit Ihrer Einschätzung der Erfolgsaussichten.
""" + SIG["lorenz"] + FOOT_AG
    return MSG(D("2026-03-06 13:10"), A("lorenz"), "RA Henrik Olsen <olsen@kanzlei-baumgart-olsen.example>",
               "Deckungszusage RS-26-00551 – Hamann ./. Scholz", T(body),
               agent="Microsoft Outlook 16.0")


@mail(79, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "care insurance: HTML-only approval of a care bed and home emergency call for a named insured with care level 3")
def m0079():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Sehr geehrte Frau Marx,</p>
<p>Ihr Antrag auf Pflegehilfsmittel vom 02.03.2026 ist bewilligt. Wir &uuml;bernehmen
aus Ihrer Pflegeversicherung (Versicherungsnummer 7 340 055 873, Pflegegrad&nbsp;3):</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#eef3f1"><th align="left">Hilfsmittel</th><th align="left">Verordnung</th><th align="right">Kosten&uuml;bernahme</th></tr>
<tr><td>Pflegebett elektrisch, mit Seitengittern (Leihweise)</td><td>Dr. med. Sabine Roth, 26.02.2026 &ndash; Gangunsicherheit, Sturzgefahr nachts</td><td align="right">100&nbsp;%</td></tr>
<tr><td>Hausnotruf mit Sturzsensor</td><td>&ndash;</td><td align="right">25,50&nbsp;EUR/Monat</td></tr>
<tr><td>Zum Verbrauch bestimmte Pflegehilfsmittel (Einmalhandschuhe, Bettschutzeinlagen)</td><td>&ndash;</td><td align="right">bis 42&nbsp;EUR/Monat</td></tr>
</table>
<p>Das Pflegebett liefert unser Partner Sanit&auml;tshaus Carus innerhalb von f&uuml;nf Werktagen und
baut es auch auf. Der Hausnotruf-Anbieter meldet sich f&uuml;r einen Termin bei Ihnen.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>""" + sig_html("reimann") + """</p>
<p style="font-size:8pt;color:#666">Lindenau Krankenversicherung AG &middot; Hafenallee 12 &middot; 04179 Leipzig &middot; Amtsgericht Leipzig HRB 48120</p>
</body></html>"""
    return MSG(D("2026-03-06 15:05"), A("reimann"), "Elfriede Marx <elfriede.marx@t-net.example>",
               "Ihr Antrag auf Pflegehilfsmittel", H(html), agent="Microsoft Outlook 16.0")


@mail(80, "NORMAL", "en", "insurer-to-partner",
      "trap: reinsurer bordereau template (XLSX) with column headers for DOB, diagnosis, sum at risk and one row marked as a fictitious example")
def m0080():
    body = """Dear Henrik,

as agreed in last week's call, here is our proposal for the new claims
bordereau layout under the life & disability surplus treaty from Q2.

Columns follow your data dictionary v3.2. Two points for discussion:
- we'd like to send the cause of claim only as the ICD-10 chapter
  letter (e.g. "F", "M"), not the full code - our DPO insists on data
  minimisation, and you only use the chapter for your statistics
- dates of birth would be replaced by the age at claim in whole years

Row 2 is a fictitious example so your IT can test the import; it is
obviously not a real claim.

Best regards,
Grace
""" + SIG["okafor"] + FOOT_EN
    x = XLSX([("Bordereau", [
        ["Treaty", "Claim ref", "Policy ref", "Age at claim", "Sex", "Product", "Benefit type",
         "ICD chapter", "Sum at risk (EUR)", "Reinsured share", "Paid in quarter (EUR)", "Status"],
        ["LS-2026", "EXAMPLE-0001", "EXAMPLE-POL", 45, "F", "BU", "annuity", "M", 240000, 0.5, 7200, "TEST ROW - fictitious"],
    ]), ("Notes", [
        ["Field", "Rule"],
        ["Age at claim", "replaces date of birth (data minimisation)"],
        ["ICD chapter", "first letter of the main diagnosis only"],
        ["Claim ref", "internal reference, no names"],
    ])], title="Bordereau template LS-2026", author="Grace Okafor", created="2026-03-09T09:00:00Z")
    return MSG(D("2026-03-09 09:45"), A("okafor"), "Henrik Sandvik <henrik.sandvik@nordicre.example>",
               "Claims bordereau template from Q2 - proposal",
               MIX(T(body, charset="us-ascii", cte="7bit"), ATT(x, CT_XLSX, "Bordereau_template_LS-2026.xlsx")),
               agent="Microsoft Outlook 16.0")


@mail(81, "CONFIDENTIAL", "de", "customer",
      "customer's hit-and-run report (no injuries) forwarded to motor claims as an attached message: name, plate, policy, place")
def m0081():
    inner_body = """Hallo,

ich möchte einen Schaden melden. Mein Auto (Toyota Yaris, L-NB 1190)
wurde gestern zwischen 16 und 17 Uhr auf dem Parkplatz vom Kaufland in der
Dessauer Straße angefahren, hinten links ist die Stoßstange eingedrückt und
das Rücklicht kaputt. Der Verursacher ist einfach weggefahren, kein Zettel,
nix. Zeugen gibt es keine. Die Polizei hat eine Anzeige gegen Unbekannt
aufgenommen, Tagebuchnummer 1877/26.

Ich habe Vollkasko bei Ihnen, Vertrag KF-4471-233019. Mir ist nichts
passiert, ich saß ja nicht drin. Wie geht es jetzt weiter? Muss ich in
eine bestimmte Werkstatt?

Viele Grüße
Nicole Brandes
"""
    inner = MSG(D("2026-03-09 07:12"), "Nicole Brandes <nicole.brandes@mailo.example>",
                "service@lindenau-versicherung.example", "Unfallflucht Parkplatz – Schaden melden",
                T(inner_body, cte="8bit"), mid=MID("i81", "mailo.example", "web"))
    body = """Hallo Kfz-Schaden,

Schadenmeldung Vollkasko, Originalmail anbei. Kundin möchte wissen, ob sie
in eine Partnerwerkstatt muss.

""" + SIG["krueger"]
    return MSG(D("2026-03-09 08:20"), A("krueger"), A("kfz"), "WG: Unfallflucht Parkplatz – Schaden melden",
               MIX(T(body), FWD(inner, "Unfallflucht Parkplatz - Schaden melden.eml")),
               agent="Microsoft Outlook 16.0")


@mail(82, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health insurance: reimbursement statement for prescriptions with drug names, PZN and doses; customer's short mobile reply quoted")
def m0082():
    body = """Hallo Frau Kirchner,

die Rezepte sind angekommen und abgerechnet, das Geld ist unterwegs. Hier die
Aufstellung für Ihre Unterlagen:

  Datum       Arzneimittel                          PZN        Betrag
  03.02.2026  Pantoprazol 40 mg, 60 Tbl.            01234577    24,61 EUR
  03.02.2026  Salbutamol-Dosieraerosol 100 µg       04478312    13,05 EUR
  18.02.2026  Beclometason/Formoterol 100/6 µg      16648920    67,22 EUR
  18.02.2026  Prednisolon 20 mg, 10 Tbl.            02845539    13,44 EUR
  Summe                                                        118,32 EUR
  erstattet (100 %, Tarif KV-Start)                            118,32 EUR

Überweisung am 11.03.2026 auf Ihr bekanntes Konto. Die Selbstbeteiligung von
600 EUR für 2026 ist damit zu 84,12 EUR ausgeschöpft, Arzneimittel zählen in
Ihrem Tarif nicht dazu.

Tipp: Wenn Sie die Inhalatoren dauerhaft brauchen, lohnt sich oft eine
Großpackung (N3) – das spart Zuzahlungen in der Apotheke.
""" + SIG["hoffmann"] + FOOT_KV + """
Am 09.03.2026 um 12:37 schrieb Lea Kirchner:
> hab die rezepte per app hochgeladen (4 stück), wann kommt das geld?
> das letzte mal hat es 3 wochen gedauert
> Lea
"""
    return MSG(D("2026-03-10 09:50"), A("hoffmann"), "Lea Kirchner <lea.kirchner@kabelmail.example>",
               "AW: Rezepte", T(body), irt=MID("c82", "kabelmail.example", "iphone"),
               agent="Microsoft Outlook 16.0")


@mail(83, "NORMAL", "de", "insurer-to-prospect",
      "prospect with a listed dog breed asks about dog liability; generic conditions and price, no contract")
def m0083():
    body = """Hallo Herr Ristau,

ja, wir versichern auch sogenannte Listenhunde, also auch American
Staffordshire Terrier. Voraussetzungen:

- der Hund hat den Wesenstest bestanden bzw. es liegt die Erlaubnis der
  Gemeinde nach dem sächsischen Gefahrhundegesetz vor
- Sie haben den Sachkundenachweis

Beitrag Hundehalterhaftpflicht "Pfote Plus" für einen Listenhund:
89,00 EUR im Jahr, 10 Mio. EUR Deckungssumme, ohne Selbstbeteiligung,
Mietsachschäden und Welpen bis 12 Monate mitversichert.

Abschließen können Sie online, dort laden Sie die beiden Nachweise einfach
hoch: https://www.lindenau-versicherung.example/hund
""" + SIG["krueger"] + FOOT_AG + """
> Hi, kann ich bei euch ne hundehaftpflicht abschließen? Hab einen
> American Staffordshire Terrier (Listenhund), 3 jahre alt, lieb wie
> sonstwas. Bei der letzten Versicherung wurde ich abgelehnt.
> Grüße, Marco Ristau
"""
    return MSG(D("2026-03-10 11:25"), A("krueger"), "Marco Ristau <marco.ristau@webpost.example>",
               "AW: hundehaftpflicht listenhund", T(body, cte="8bit"),
               irt=MID("c83", "webpost.example", "android"), agent="Microsoft Outlook 16.0")


@mail(84, "CONFIDENTIAL", "en", "insurer-to-customer",
      "travel baggage delay in Athens: emergency purchases reimbursed; named, policy, bank account ending, itemised list; no health")
def m0084():
    body = """Dear Mr Lambert,

thanks for sending the receipts. Your suitcase was delayed by 3 days
(property irregularity report ATH-A3-55812), so your baggage insurance
(TR-26-120034) pays for necessary replacement items up to EUR 400:

    Clothing (Zara, 2x shirts, trousers, underwear)    EUR 141.80
    Toiletries (pharmacy: toothbrush, shampoo, deo)    EUR  38.45
    Phone charger                                      EUR  24.90
    Swimwear                                           EUR  39.00
    Total reimbursed                                   EUR 244.15

The sunglasses (EUR 129) we can't pay, as they are not a necessary
replacement item. The amount goes to your account ending 6694 within
three days.

Please also claim the EUR 50 daily allowance from Aegean Airlines for the
delay - they pay in addition to us.
""" + SIG["sommer"] + FOOT_EN + """
On Mon, 9 Mar 2026 at 21:44, Benoit Lambert <benoit.lambert@mailo.example> wrote:
> my suitcase never arrived in athens!!! 3 days without my stuff. had to
> buy clothes etc, all receipts attached (photos). also sunglasses because
> mine were in the case. can i get this back? policy TR-26-120034
> Benoit
"""
    return MSG(D("2026-03-11 10:12"), A("sommer"), "Benoit Lambert <benoit.lambert@mailo.example>",
               "Re: baggage delay athens", T(body, charset="us-ascii", cte="7bit"),
               irt=MID("c84", "mailo.example", "android"), agent="Microsoft Outlook 16.0")


@mail(85, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "disability (BU) follow-up review: letter as ODT asks about current treatment, therapy and work capacity of the named pensioner")
def m0085():
    body = """Sehr geehrter Herr Kaufmann,

wie in Ihrem Vertrag vorgesehen, überprüfen wir einmal im Jahr, ob die
Voraussetzungen für Ihre BU-Rente weiter vorliegen. Das bedeutet nicht,
dass wir an Ihrer Erkrankung zweifeln – es ist ein Routinevorgang.

Unser Schreiben mit den Fragen finden Sie im Anhang. Bitte schicken Sie es
ausgefüllt bis zum 15.04.2026 zurück, gern über das Kundenportal.
Ihre Rente zahlen wir selbstverständlich während der Prüfung weiter.
""" + SIG["vogel"] + FOOT_LEBEN
    odt = ODT([
        "# Nachprüfung Ihrer Berufsunfähigkeitsrente",
        "Versicherungsnummer BU 0431.077.818-2 · Versicherte Person: Uwe Kaufmann, geb. 08.01.1969",
        "Anerkannt seit 01.09.2023 wegen Berufsunfähigkeit als Dachdecker (100 %) aufgrund von Gonarthrose beidseits (M17.0) und Zustand nach Knie-TEP rechts 2023.",
        "Bitte beantworten Sie folgende Fragen:",
        "1. Welche Ärzte haben Sie seit unserer letzten Prüfung (03/2025) behandelt? Bitte mit Anschrift.",
        "2. Hat sich Ihr Gesundheitszustand verändert? Ist eine Operation des linken Knies geplant oder erfolgt?",
        "3. Welche Therapien erhalten Sie derzeit (z. B. Physiotherapie, Schmerzmedikation)?",
        "4. Üben Sie derzeit eine berufliche Tätigkeit aus (auch Minijob)? Wenn ja: welche, wie viele Stunden, welches Einkommen?",
        "5. Haben Sie an einer Umschulung oder Weiterbildung teilgenommen?",
        ("table", [["Anlage", "bitte beifügen"],
                   ["Aktueller Befundbericht des behandelnden Orthopäden", "ja"],
                   ["Schweigepflichtentbindung (erneuert)", "ja"],
                   ["Nachweis Einkommen (falls Tätigkeit)", "falls zutreffend"]]),
        "Lindenau Lebensversicherung AG – Leistungsprüfung Leben / BU – Leipzig, 12.03.2026",
    ], title="Nachpruefung BU 0431.077.818-2", author="Katrin Vogel", created="2026-03-12T09:00:00")
    return MSG(D("2026-03-12 09:35"), A("vogel"), "Uwe Kaufmann <uwe.kaufmann@t-net.example>",
               "Nachprüfung BU 0431.077.818-2",
               MIX(T(body), ATT(odt, CT_ODT, "Nachpruefung_BU_2026.odt")), agent="Microsoft Outlook 16.0")

@mail(86, "NORMAL", "de", "internal",
      "trap: routing rules for the service mailbox (TSV): keywords like Diagnose, Krankenhaus, IBAN, Pflegegrad mapped to departments")
def m0086():
    body = """Hallo Daniel,

wie besprochen die überarbeiteten Weiterleitungsregeln für das
Servicepostfach. Bitte ab 16.03. produktiv setzen. Die Regeln greifen nur auf
Betreff und erste 500 Zeichen, Reihenfolge = Priorität.

Neu sind Zeilen 3, 9 und 12. Zeile 7 (Pflege) soll vor Zeile 2 (KV)
greifen, weil sonst Pflegegeld-Mails bei der KV landen.

Danke!
""" + SIG["roth"]
    tsv = """prio\tkeywords\ttarget\tnote
1\tKündigung;kündigen;cancel\tbestand@\tvor allen anderen
2\tArztrechnung;Krankenhaus;Rezept;Diagnose;Befund;hospital;doctor\tleistung-kv@\tKS-19a an Kunden
3\tZahnarzt;Heil- und Kostenplan;HKP;dentist\tleistung-kv@\tneu
4\tUnfall;Unfallanzeige;gebrochen\tunfall@\tnur wenn Vertrag UV vorhanden, sonst kfz/sach prüfen
5\tBU;Berufsunfähigkeit;Lebensversicherung;Bezugsrecht\tleben-leistung@\t
6\tSchaden;Wasserschaden;Sturm;Einbruch;Diebstahl\tsach-schaden@\t
7\tPflegegrad;Pflegegeld;Pflegekasse;Pflegedienst\tpflege@\tvor Zeile 2!
8\tKfz;Unfallflucht;Kennzeichen;evb\tkfz-schaden@\t
9\tIBAN;Bankverbindung;Lastschrift;SEPA\tinkasso@\tneu
10\tRechtsschutz;Anwalt;Kündigungsschutz\thr-schaden@\t
11\tMakler;Courtage\tmakler@\t
12\tDatenschutz;Auskunft Art. 15;Löschung\tdatenschutz@\tneu, Frist 1 Monat!
"""
    return MSG(D("2026-03-12 14:10"), A("roth"), "Daniel Fischer <daniel.fischer@lindenau-versicherung.example>",
               "Neue Weiterleitungsregeln Servicepostfach ab 16.03.",
               MIX(T(body), TXTATT(crlf(tsv).encode("utf-8"), "Regeln_Servicepostfach_2026-03.tsv", "utf-8",
                                   "text/tab-separated-values")),
               agent="Microsoft Outlook 16.0")


@mail(87, "CONFIDENTIAL", "de", "insurer-to-customer",
      "traffic legal expenses: speeding fine (administrative offence) of a named driver; cover for an objection, reference numbers")
def m0087():
    body = """Hallo Herr Thiele,

für einen Einspruch gegen den Bußgeldbescheid besteht Versicherungsschutz
über Ihren Verkehrs-Rechtsschutz (RS 31 0051 270). Schadennummer
RS-26-00612, Selbstbeteiligung 150 EUR.

Ob sich ein Einspruch lohnt, kann Ihnen eine Anwältin oder ein Anwalt für
Verkehrsrecht nach Akteneinsicht sagen (oft wird z. B. die Messung
geprüft). Bei 28 km/h außerorts geht es um 70 EUR und einen Punkt, ein
Fahrverbot droht nicht. Die Einspruchsfrist beträgt zwei Wochen ab
Zustellung – Ihr Bescheid kam am 10.03., also bis 24.03.2026.

Dem Anwalt geben Sie bitte das Aktenzeichen der Bußgeldstelle
(Az. 2.6.1-8812/26-LK) und unsere Schadennummer.
""" + SIG["lorenz"] + FOOT_AG + """
-----Ursprüngliche Nachricht-----
Von: Sven Thiele <sven.thiele@kabelmail.example>
Gesendet: Donnerstag, 12. März 2026 19:02
An: hr-schaden@lindenau-versicherung.example
Betreff: Geblitzt

moin, wurde auf der B2 bei Zwenkau geblitzt, 28 zu schnell außerorts,
jetzt kam der bescheid, 70 euro und 1 punkt. bin mir aber sicher das
da vorher noch 100 war und das schild stand hinter nem lkw. lohnt sich
einspruch und zahlt das meine rechtschutz? hab verkehrsrechtsschutz.
gruß sven
"""
    return MSG(D("2026-03-13 08:44"), A("lorenz"), "Sven Thiele <sven.thiele@kabelmail.example>",
               "AW: Geblitzt", T(body), irt=MID("c87", "kabelmail.example", "web"),
               agent="Microsoft Outlook 16.0")


@mail(88, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "criminal legal expenses: cyclist charged with negligent bodily harm after hitting a pedestrian (broken arm); criminal proceedings and third-party injury")
def m0088():
    body = """Sehr geehrter Herr Möller,

vielen Dank für Ihre Nachricht. Ihr Privat-Rechtsschutz (RS 31 0028 931)
umfasst auch den Straf-Rechtsschutz bei Vorwürfen fahrlässiger Vergehen.
Für Ihre Verteidigung im Ermittlungsverfahren wegen fahrlässiger
Körperverletzung (Staatsanwaltschaft Leipzig, Az. 604 Js 11834/26) erteilen
wir Deckung für:

- die Kosten Ihres Verteidigers im Ermittlungsverfahren und, falls es zur
  Anklage kommt, im gerichtlichen Verfahren erster Instanz
- Sachverständigenkosten, falls der Unfallhergang begutachtet wird

Schadennummer: RS-26-00641, Selbstbeteiligung 150 EUR.

Wichtig: Äußern Sie sich gegenüber der Polizei nicht zur Sache, bevor Ihr
Anwalt Akteneinsicht hatte. Das ist Ihr gutes Recht und kein Eingeständnis.

Die Schmerzensgeld- und Schadensersatzforderungen der Fußgängerin sind
keine Frage des Rechtsschutzes, sondern Ihrer Privathaftpflicht. Diese
haben Sie ebenfalls bei uns (PH 18 390 224); ich habe den Fall an meine
Kollegen in der Haftpflicht weitergegeben.
""" + SIG["lorenz"] + FOOT_AG + """
-----Ursprüngliche Nachricht-----
Von: Paul Möller <paul.moeller@t-net.example>
Gesendet: Freitag, 13. März 2026 10:18
An: hr-schaden@lindenau-versicherung.example
Betreff: Brief von der Polizei

Guten Tag,
ich habe einen Anhörungsbogen von der Polizei bekommen wegen fahrlässiger
Körperverletzung. Ich bin am 20. Februar mit dem Fahrrad auf dem Radweg an
der Jahnallee gefahren und eine Frau ist plötzlich vom Gehweg auf den
Radweg getreten, ich konnte nicht mehr bremsen. Sie ist gestürzt und hat
sich den Arm gebrochen (sie wurde im Krankenwagen ins St. Elisabeth
gebracht) und hat jetzt Anzeige erstattet. Ich selbst hatte nur Schürfwunden.
Brauche ich einen Anwalt und zahlen Sie den?
Paul Möller
"""
    return MSG(D("2026-03-13 14:20"), A("lorenz"), "Paul Möller <paul.moeller@t-net.example>",
               "AW: Brief von der Polizei", T(body), irt=MID("c88", "t-net.example", "tb"),
               agent="Microsoft Outlook 16.0")


@mail(89, "NORMAL", "en", "internal",
      "trap: IT change notice moving the health-claims, care and accident mailboxes to a new mail cluster; mailbox names only")
def m0089():
    body = """Hi all,

change CHG-26-0312 - migration of team mailboxes to the new Exchange
cluster, Saturday 21 March, 07:00-13:00.

Affected shared mailboxes:
  leistung-kv@     (health claims)
  pflege@          (long-term care claims)
  unfall@          (accident claims)
  leben-leistung@  (life & disability claims)
  international@   (international health / travel)

What changes for you:
- nothing in Outlook; the mailboxes reappear automatically after the
  move (restart Outlook on Monday if a mailbox is missing)
- the SecureMail rules stay as they are: everything sent from these
  mailboxes is still treated as strictly confidential by the gateway
- the scan robot that files incoming medical documents is paused during
  the window; mails arriving then are processed on Monday morning

Rollback plan: old cluster stays online read-only for 14 days.

Questions to it-service@ with "CHG-26-0312" in the subject.
""" + SIG["fischer"]
    return MSG(D("2026-03-16 10:30"), A("fischer"), "Claims team leads <claims-leads@lindenau-versicherung.example>",
               "CHG-26-0312: migration of claims team mailboxes, Sat 21 March",
               T(body, cte="8bit", flowed=True),
               agent="UA:Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")


@mail(90, "CONFIDENTIAL", "en", "insurer-to-customer",
      "electronics insurance: smartphone display broken; named customer, device IMEI, policy, claim and repair partner")
def m0090():
    body = """Hi Mr Oyelaran,

bad luck! Display damage from a fall is covered by your electronics
insurance (EL 72 008 115, iPhone 15 Pro, IMEI 35 674911 208834 6).

Claim number: EL-26-00930
Excess: EUR 50

Easiest way: book a repair with our partner PhoneDoc (Petersstraße 22,
Leipzig, or send-in service). Show them the claim number, they replace the
display with an original part and bill us directly - you only pay the
EUR 50 excess there. If you prefer an Apple Store repair, send us the
invoice and we'll reimburse it minus the excess.

Please back up your phone before the repair.
""" + SIG["aydin"] + FOOT_EN + """
> On 15 Mar 2026, at 22:31, Tunde Oyelaran <tunde.oyelaran@webpost.example> wrote:
>
> phone fell down the stairs, display completely smashed, touch still
> works half. its insured with you (electronics). what do i do? need it
> for work
> Tunde
"""
    return MSG(D("2026-03-16 11:44"), A("aydin"), "Tunde Oyelaran <tunde.oyelaran@webpost.example>",
               "Re: phone display broken", T(body, cte="8bit"), irt=MID("c90", "webpost.example", "iphone"),
               agent="Microsoft Outlook 16.0")


@mail(91, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's survey comment about slow reimbursement of her chemotherapy forwarded with survey ID, name and policy to the claims team")
def m0091():
    body = """Hallo Melanie,

aus der Kundenzufriedenheitsbefragung Februar (NPS 2 von 10), die Kundin
hat ausdrücklich um Rückmeldung gebeten und ihre Daten freigegeben.
Kannst du dir den Fall ansehen und sie anrufen? Ich würde ihr gern bis
Freitag eine Antwort geben.

  Umfrage-ID:    NPS-2602-004417
  Kundin:        Monika Seifert, KV-Nr. 7 340 145 026
  Rückruf:       0341 4402 118, nachmittags

Ihr Kommentar (unverändert):

"Die Erstattung für meine Chemo hat 6 Wochen gedauert, das sind über 9000
Euro die ich vorstrecken musste!!! Ich habe Brustkrebs und andere Sorgen
als ihrem Geld hinterherzutelefonieren. Jedes Mal heißt es es fehlt noch
ein Befund. Und die Perücke wurde abgelehnt obwohl mein Onkologe sie
verordnet hat. Ich überlege ernsthaft zu kündigen."

Danke dir!
""" + SIG["roth"]
    return MSG(D("2026-03-16 15:05"), A("roth"), A("hoffmann"), "Rückrufbitte aus NPS-Befragung – KV",
               T(body), cc="Beschwerdemanagement <beschwerde@lindenau-versicherung.example>",
               agent="Microsoft Outlook 16.0", extra=[("Importance", "high")])


@mail(92, "NORMAL", "de", "newsletter",
      "trap: staff newsletter (HTML + text) on flu vaccinations by the company doctor, a health day with blood-pressure checks, sports; no person's health")
def m0092():
    text = """Lindenau intern – März 2026

Grippeimpfung bei der Betriebsärztin
Die Impfaktion läuft vom 23. bis 27.03. im Gesundheitsraum (Gebäude A, EG).
Termine über das Intranet buchen, Impfpass mitbringen. Die Impfung ist
freiwillig und kostenlos; die Betriebsärztin gibt keine Informationen an
Vorgesetzte weiter.

Gesundheitstag am 15. April
Blutdruck- und Blutzuckermessung, Rückenscreening, Hörtest und Vorträge zu
Stress und Schlaf. Die Ergebnisse bekommen nur Sie selbst.

Betriebssport
Neu: Lauftreff dienstags 17:15 ab Haupteingang, alle Tempi willkommen.

Ihre Redaktion Lindenau intern
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:11pt;max-width:640px">
<h1 style="color:#1d5c46;font-size:19pt">Lindenau intern &ndash; M&auml;rz 2026</h1>
<h2 style="font-size:13pt">Grippeimpfung bei der Betriebs&auml;rztin</h2>
<p>Die Impfaktion l&auml;uft vom 23. bis 27.03. im Gesundheitsraum (Geb&auml;ude A, EG). Termine &uuml;ber das
Intranet buchen, Impfpass mitbringen. Die Impfung ist freiwillig und kostenlos; die Betriebs&auml;rztin gibt
keine Informationen an Vorgesetzte weiter.</p>
<h2 style="font-size:13pt">Gesundheitstag am 15. April</h2>
<table border="0" cellpadding="4">
<tr><td>09:00&ndash;15:00</td><td>Blutdruck- und Blutzuckermessung, R&uuml;ckenscreening, H&ouml;rtest</td></tr>
<tr><td>10:30</td><td>Vortrag &bdquo;Stress erkennen&ldquo;</td></tr>
<tr><td>13:30</td><td>Vortrag &bdquo;Besser schlafen&ldquo;</td></tr>
</table>
<p>Die Ergebnisse bekommen nur Sie selbst.</p>
<h2 style="font-size:13pt">Betriebssport</h2>
<p>Neu: Lauftreff dienstags 17:15 ab Haupteingang, alle Tempi willkommen.</p>
<p style="color:#777;font-size:9pt">Ihre Redaktion Lindenau intern</p>
</body></html>"""
    return MSG(D("2026-03-17 07:45"), A("intern"), A("alle"), "Lindenau intern: Grippeimpfung, Gesundheitstag, Lauftreff",
               ALT(T(text), H(html)), mid=MID("intern-2603", style="sys"), agent="Lindenau Mailing 3.1")


@mail(93, "CONFIDENTIAL", "en", "insurer-to-company",
      "fleet policy schedule for a logistics company; CSV lists plates, VINs and the named employees each vehicle is assigned to")
def m0093():
    body = """Dear Ms Kovač,

please find attached the updated vehicle list for your fleet policy
FL 9040 332 01 (Kowa Logistics GmbH) after the changes you sent on
12 March:

- added: 2 x Mercedes eSprinter (L-KW 4471, L-KW 4472)
- removed: VW Crafter L-KW 3318 (sold 28/02/2026)

The premium adjustment for the rest of the year is EUR 2,318.60, which
will be collected with the April instalment. Please check the driver
assignments in the list, they are used for the driver-related no-claims
tracking you asked for.
""" + SIG["schuster"] + FOOT_EN
    csv_text = """plate;make_model;vin;first_reg;cover;assigned_driver;sum_insured_eur
L-KW 2201;Mercedes Sprinter 316;WDB9066351S771204;2021-05-11;FC 500;Marek Zieliński;
L-KW 2202;Mercedes Sprinter 316;WDB9066351S771388;2021-05-11;FC 500;Tobias Frenzel;
L-KW 3319;VW Crafter 35;WV1ZZZSYZM9041772;2022-02-03;FC 500;Ines Lorenzen;
L-KW 3320;VW Crafter 35;WV1ZZZSYZM9041809;2022-02-03;TPL only;pool;
L-KW 4471;Mercedes eSprinter;W1V9076331P552901;2026-03-02;FC 500 + battery;Yusuf Demirel;68000
L-KW 4472;Mercedes eSprinter;W1V9076331P552944;2026-03-02;FC 500 + battery;Carla Brenneis;68000
L-KO 118;Skoda Octavia Combi;TMBJG7NE3M0388120;2021-09-15;FC 300;Dana Kovač (fleet manager);
"""
    return MSG(D("2026-03-17 13:30"), A("schuster"), "Dana Kovač <d.kovac@kowa-logistics.example>",
               "Fleet policy FL 9040 332 01 - updated vehicle list",
               MIX(T(body), TXTATT(crlf(csv_text).encode("utf-8"), "Kowa_fleet_2026-03.csv", "utf-8", "text/csv")),
               agent="Microsoft Outlook 16.0")


@mail(94, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "term life death benefit paid to the widow (beneficiary): insured's name, policy, sum, her bank account; personal line")
def m0094():
    body = """Dear Mrs Turner,

thank you for sending the documents so quickly, and once again my deepest
sympathy for the loss of your husband.

We have now completed the claim under Michael's term life policy
RL 0520.117.604-9. As the named beneficiary you will receive the full
death benefit:

    Sum insured (death benefit)      EUR 250,000.00
    Premium refund (paid in advance) EUR      41.20
    Total                            EUR 250,041.20

The payment will be made on 20 March 2026 to your account
DE84 2265 2990 5614 5982 42 (Claire Turner). We will send the tax
notification to the Finanzamt as required by law; you will receive a copy.

You don't need to do anything else. If questions come up later - for
example from the probate court or your tax adviser - please call me
directly.

With kind regards,
""" + SIG["vogel"] + FOOT_LEBEN
    return MSG(D("2026-03-18 10:05"), A("vogel"), "Claire Turner <claire.turner@kabelmail.example>",
               "Michael Turner - life insurance RL 0520.117.604-9", T(body), agent="Microsoft Outlook 16.0")


@mail(95, "NORMAL", "de", "insurer-to-supplier",
      "trap: order to shred archived health-claim files under DIN 66399 protection class 3; quantities and logistics only")
def m0095():
    body = """Sehr geehrte Damen und Herren,

wir beauftragen Sie gemäß Rahmenvertrag RV-2024-017 mit der Vernichtung
folgender Archivbestände, deren Aufbewahrungsfrist abgelaufen ist:

- Leistungsakten Krankenversicherung Jahrgänge 2013-2015, ca. 380
  Archivkartons
- Antragsunterlagen Leben/BU mit Gesundheitsfragen, abgelehnte Anträge
  2014-2015, ca. 120 Archivkartons

Anforderungen: Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399,
Abholung in verplombten Sicherheitsbehältern, Vernichtung am selben Tag,
Vernichtungsprotokoll je Charge.

Abholung: Archiv Gebäude C, Rampe 3, am 08.04.2026 ab 07:00 Uhr.
Ansprechpartner vor Ort: Herr Wolter (Archiv), 0341 5560-1890.

Bitte bestätigen Sie Termin und Anzahl der Behälter.
""" + SIG["keller"] + FOOT_AG
    return MSG(D("2026-03-18 11:50"), A("keller"), "Auftragsannahme <auftrag@aktenvernichtung-sachsen.example>",
               "Auftrag Aktenvernichtung 08.04.2026 – RV-2024-017", T(body, charset="iso-8859-1"),
               agent="Microsoft Outlook 16.0")


@mail(96, "CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary: reply with the stolen-goods list (XLSX) built from the customer's mail; name, address, values, police number")
def m0096():
    body = """Hallo Frau Baumgärtel,

vielen Dank für Ihre Liste. Ich habe sie in unsere Stehlgutliste übertragen
(siehe Anhang). Bitte prüfen Sie die Angaben, ergänzen Sie, wo möglich, das
Kaufjahr und schicken Sie die Liste unterschrieben zurück. Dieselbe Liste
geben Sie bitte auch der Polizei (Vorgangsnummer 2026-011902-LE).

Schadennummer: SH-26-003318 (Hausrat HR 20 305 887)

Der Schmuck ist in Ihrem Tarif bis 20.000 EUR versichert, wenn er im
verschlossenen Schrank lag. Für Bargeld gilt eine Grenze von 1.500 EUR.
""" + SIG["aydin"] + FOOT_AG + """
-----Ursprüngliche Nachricht-----
Von: Katrin Baumgärtel <k.baumgaertel@mailo.example>
Gesendet: Mittwoch, 18. März 2026 08:05
An: Emre Aydın <emre.aydin@lindenau-versicherung.example>
Betreff: Einbruch Liste

Hallo Herr Aydin, hier was fehlt nach dem Einbruch am Montag:
- Goldkette von meiner Oma + 2 Ringe (Gutachten hab ich von 2019)
- Laptop Lenovo, 1 Jahr alt
- Bargeld ca 800 Euro aus der Schublade
- PlayStation von meinem Sohn + 3 Spiele
- Spardose mit ca 60 Euro
Die Terassentür wurde aufgehebelt. Die Polizei war da.
Gruß K. Baumgärtel
"""
    x = XLSX([("Stehlgutliste", [
        ["Schaden", "SH-26-003318", None, None, None],
        ["Versicherungsnehmerin", "Katrin Baumgärtel, Paunsdorfer Allee 31, 04329 Leipzig", None, None, None],
        ["Tatzeit", "16.03.2026, 09:00-14:30 Uhr (Terrassentür aufgehebelt)", None, None, None],
        ["Nr.", "Gegenstand", "Kaufjahr", "Neuwert (EUR)", "Beleg"],
        [1, "Goldkette 585 (Erbstück)", "1978", 2400, "Wertgutachten 2019"],
        [2, "Ring Weißgold mit Brillant 0,25 ct", "2005", 1850, "Wertgutachten 2019"],
        [3, "Ring Gold, schmal", "1990", 380, "Wertgutachten 2019"],
        [4, "Laptop Lenovo IdeaPad 5", "2025", 799, "Rechnung folgt"],
        [5, "Bargeld", None, 800, "-"],
        [6, "Sony PlayStation 5 + 3 Spiele", "2024", 690, "?"],
        [7, "Spardose mit Inhalt", None, 60, "-"],
        [None, "Summe", None, 6979, None],
    ])], title="Stehlgutliste SH-26-003318", author="Emre Aydin", created="2026-03-18T10:20:00Z")
    return MSG(D("2026-03-18 10:40"), A("aydin"), "Katrin Baumgärtel <k.baumgaertel@mailo.example>",
               "AW: Einbruch Liste",
               MIX(T(body), ATT(x, CT_XLSX, "Stehlgutliste_SH-26-003318.xlsx")),
               irt=MID("c96", "mailo.example", "web"), agent="Microsoft Outlook 16.0")


@mail(97, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "hospital cash after a caesarean birth: customer's happy mobile mail quoted, reply explains the daily benefit for 5 nights")
def m0097():
    body = """Dear Ms Novak,

congratulations to you and your partner on the birth of little Ella!

Your hospital cash insurance (KT-Plus, insurance no. 7 340 318 664) pays
EUR 50 for every night in hospital, also after a birth. For 5 nights after
the caesarean section that is EUR 250.

All we need is the hospital's confirmation of your stay ("Aufenthalts-
bescheinigung"), which the ward secretary at the Klinikum St. Georg can
print for you before you go home. You can simply take a photo of it and
upload it in the Lindenau app, under "Submit invoice".

Ella is automatically covered under your own health insurance from birth
if you register her within two months - no health questions. The form is
in the app as well.

Rest well!
""" + SIG["oneill"] + FOOT_EN + """
On Wed, 18 Mar 2026 at 06:05, Anna Novak <anna.novak@kabelmail.example> wrote:
> baby's here!!! Ella, born monday, 3240g. had to be a c-section in the
> end so i'm staying 5 nights at St. Georg. how do i get the hospital cash
> thing? and do i need to do anything to get her insured??
> Anna
> Sent from my iPhone
"""
    return MSG(D("2026-03-18 14:25"), A("oneill"), "Anna Novak <anna.novak@kabelmail.example>",
               "Re: baby + hospital cash", T(body), irt=MID("c97", "kabelmail.example", "iphone"),
               agent="Microsoft Outlook 16.0")


@mail(98, "NORMAL", "en", "insurer-to-prospect",
      "trap: PhD student from India asks about private health insurance; generic answer on pre-existing conditions and tariffs, no health data")
def m0098():
    body = """Dear Mr Iyer,

welcome to Leipzig! As a doctoral researcher with an employment contract
at the university you are normally obliged to join statutory health
insurance. Private insurance is only possible if your salary is above the
threshold (EUR 73,800 a year in 2026) or if you hold a scholarship
without an employment contract.

If you are on a scholarship, our tariff "Scholar" may fit:
- EUR 129 per month for ages up to 34
- outpatient and inpatient treatment, medication, emergency dental
- accepted by the foreigners' authority for the residence permit
- health questions on the application: treatments in the last 3 years
  and known pre-existing conditions; these can lead to a surcharge or
  exclusion, so please answer them carefully

I'd suggest you first check your contract with the university's
welcome centre. If you are on a scholarship, reply to this e-mail and I'll
send you the application.
""" + SIG["oneill"] + FOOT_EN + """
> hi, i'm starting my PhD at Leipzig university in april (coming from
> Chennai). do i need german health insurance and can i get it from you?
> how much does it cost per month? thanks, Karthik Iyer
"""
    return MSG(D("2026-03-19 09:10"), A("oneill"), "Karthik Iyer <karthik.iyer@uni-mail.example>",
               "Re: health insurance for PhD student", T(body, charset="us-ascii", cte="7bit"),
               irt=MID("c98", "uni-mail.example", "web"), agent="Microsoft Outlook 16.0")


@mail(99, "CONFIDENTIAL", "de", "broker",
      "broker firm's mail about a client's household contract change (new address, living space, IBAN) forwarded to portfolio management, windows-1252")
def m0099():
    body = """Hallo Bestand,

Änderung zu einem Maklervertrag, bitte bearbeiten. Die Vollmacht des
Maklers liegt vor (Courtagezusage Nordwest seit 2019).

Danke und Gruß
""" + SIG["brandt"] + """
-----Ursprüngliche Nachricht-----
Von: Vertragsservice Nordwest <vertrag@nordwest-makler.example>
Gesendet: Donnerstag, 19. März 2026 11:40
An: Felix Brandt <felix.brandt@lindenau-versicherung.example>
Betreff: Änderung HR 20 221 904 – Herr Wagenknecht

Sehr geehrter Herr Brandt,

unser Mandant Herr Jörg Wagenknecht, geb. 14.02.1975, ist umgezogen. Bitte
ändern Sie den Hausratvertrag HR 20 221 904 wie folgt:

  neue Anschrift:     Mühlstraße 5, 04683 Naunhof (ab 01.04.2026)
  Wohnfläche:         112 m² (bisher 68 m²)
  Versicherungssumme: 72.800 EUR (650 EUR/m², Unterversicherungsverzicht)
  neue Bankverbindung für den Beitragseinzug:
  IBAN DE52 6507 7243 9243 2917 79, Kontoinhaber Jörg Wagenknecht

Ein neues SEPA-Mandat senden wir Ihnen im Original zu.

Mit freundlichen Grüßen
Sabrina Lüttich
Assekuranzmakler Nordwest GmbH – Vertragsservice
"""
    return MSG(D("2026-03-19 13:02"), A("brandt"), "Bestand Sach <bestand-sach@lindenau-versicherung.example>",
               "WG: Änderung HR 20 221 904 – Herr Wagenknecht", T(body, charset="windows-1252"),
               agent="Microsoft Outlook 16.0", refs=MID("c99", "nordwest-makler.example", "exchange"))


@mail(100, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "accident claims: internal request for a neurological expert opinion on a named insured's traumatic brain injury (DOCX order)")
def m0100():
    body = """Hallo Frau Engelhardt,

bitte beauftragen Sie für den folgenden Fall ein neurologisches
Zusatzgutachten bei Prof. Dr. Wenzel (Uniklinik, Neurologie). Den
Gutachtenauftrag habe ich vorbereitet (Anhang), bitte mit unserem
Standardanschreiben und der Schweigepflichtentbindung aus der Akte
verschicken.

Kurz zum Fall: Herr Seifert ist am 02.08.2025 mit dem E-Bike gestürzt,
schweres Schädel-Hirn-Trauma, 9 Tage Intensivstation. Er klagt über
Konzentrationsstörungen und Wortfindungsstörungen, arbeitet seitdem nicht.
Das unfallchirurgische Gutachten allein reicht für die Invaliditäts-
bemessung nicht aus. Die 15-Monats-Frist für die ärztliche Feststellung
läuft am 02.11.2026 ab – bitte Termin vorher!

Danke
""" + SIG["kowalski"]
    doc = DOCX([
        "# Gutachtenauftrag – Neurologisches Zusatzgutachten",
        "Auftraggeber: Lindenau Allgemeine Versicherung AG, Leistung Unfall, Schaden U-25-02218",
        "Versicherte Person: Ronny Seifert, geb. 23.05.1980, Gießerstraße 31, 04229 Leipzig",
        "Versicherungsnummer: UV 55 0644 771, Grundsumme 200.000 EUR, Progression 350 %",
        "Unfall: 02.08.2025, Sturz mit E-Bike ohne Fremdbeteiligung, Helm getragen",
        ("table", [["Diagnose", "ICD-10-GM"],
                   ["Schädel-Hirn-Trauma Grad III mit traumatischer Subarachnoidalblutung", "S06.6"],
                   ["Kontusionsblutung frontal rechts", "S06.31"],
                   ["Kalottenfraktur rechts", "S02.0"]]),
        "Verlauf: Intensivstation Uniklinik 02.08.–11.08.2025, Frührehabilitation Phase B bis 19.09.2025, danach ambulante neuropsychologische Therapie.",
        "Fragen an den Gutachter: 1. Welche unfallbedingten Funktionsbeeinträchtigungen bestehen dauerhaft? 2. Bemessung nach § 7 AUB außerhalb der Gliedertaxe (Prozent der vollen Invalidität). 3. Bestehen unfallunabhängige Vorerkrankungen (z. B. Epilepsie, Alkoholabhängigkeit), die mitgewirkt haben?",
        "Frist: Gutachten bis 30.09.2026. Honorar nach Vereinbarung Gutachtenpool 2026.",
        "Leipzig, 19.03.2026 – Martin Kowalski",
    ], title="Gutachtenauftrag U-25-02218", author="Martin Kowalski", created="2026-03-19T15:00:00Z")
    return MSG(D("2026-03-19 15:20"), A("kowalski"), "Sandra Engelhardt <sandra.engelhardt@lindenau-versicherung.example>",
               "Gutachtenauftrag U-25-02218 Neurologie",
               MIX(T(body), ATT(doc, CT_DOCX, "Gutachtenauftrag_U-25-02218.docx")), agent="Microsoft Outlook 16.0")

@mail(101, "NORMAL", "en", "internal",
      "trap: IT ticket about the mailroom scanner jamming (PNG screenshot), backlog of incoming medical invoices mentioned as a count only")
def m0101():
    body = """Hello IT service desk,

our high-volume scanner in the mailroom (Kodak i4650, asset no.
LV-SC-0087) keeps jamming since this morning. Error on the display:
"U31 - Double feed detected, check rollers". We have cleaned the rollers
twice, no change. Screenshot of the capture software attached.

Impact: about 1,200 letters are waiting, many of them doctors' and
hospital invoices for the health claims team, so the reimbursement times
will go up if this lasts longer than today. The small backup scanner
only manages about 300 pages an hour.

Could someone come down today? Room C.0.14, ask for me.

Thanks!
""" + SIG["demir"]
    png = PNG(48, 32, (222, 226, 230), stripe=(196, 32, 32))
    return MSG(D("2026-03-20 08:55"), A("demir"), A("it-service"),
               "Scanner mailroom LV-SC-0087 jamming - error U31",
               MIX(T(body), ATT(png, "image/png", "Screenshot_2026-03-20_085012.png")),
               agent="Microsoft Outlook 16.0", extra=[("Importance", "high")])


@mail(102, "CONFIDENTIAL", "en", "insurer-to-customer",
      "buildings policy of a private landlord: tenant's pan fire damaged the kitchen, no injuries; names landlord, tenant, address, policy")
def m0102():
    body = """Dear Mr Whitmore,

thank you for the photos. I'm glad nobody was hurt.

The damage to the kitchen wall, ceiling and window frame of your rental
flat (Stieglitzstraße 12, ground floor right, 04229 Leipzig) is covered
by your buildings insurance WG 20 487 339 as fire damage. Claim number:
SW-26-001204.

Your tenant's fitted kitchen - if it belongs to Ms Hartwig and not to you
- and her own belongings are a matter for her contents insurance. If the
kitchen is yours (part of the rental), it is covered by us as well; please
let me know which applies and send the rental contract page that lists
the kitchen.

We may take recourse against the tenant only if she caused the fire with
gross negligence. From your description (pan left on the stove for a few
minutes) that is unlikely, so you don't need to worry about your tenancy
relationship.

An assessor from Sachverständigenbüro Kern will call you this week to
arrange a visit.
""" + SIG["aydin"] + FOOT_EN + """
On 19 Mar 2026, at 20:47, Gary Whitmore <gary.whitmore@webpost.example> wrote:
> Hi Emre, my tenant in the Stieglitzstr flat (Ms Svenja Hartwig) had a pan
> fire last night, fire brigade came, nobody hurt thank god. kitchen wall
> and ceiling black, window frame melted. photos attached. what now?
> Gary
"""
    return MSG(D("2026-03-20 11:30"), A("aydin"), "Gary Whitmore <gary.whitmore@webpost.example>",
               "Re: fire in rental flat Stieglitzstr", T(body, cte="8bit"),
               irt=MID("c102", "webpost.example", "iphone"), agent="Microsoft Outlook 16.0")


@mail(103, "NORMAL", "en", "insurer-to-prospect",
      "trap: prospect asks in general whether talking therapy would be covered; answer on psychotherapy sessions and approval, she discloses nothing")
def m0103():
    body = """Dear Ms Carter,

good question, and many people ask it before choosing a plan.

In our comprehensive health plans psychotherapy is covered as follows:
- "KV-Start": 20 sessions per calendar year, 80% reimbursement
- "KV-Komfort": 30 sessions per year, 100%, after the first 5 trial
  sessions we need a short treatment plan from the therapist
- "KV-Premium": 50 sessions per year, 100%, also with
  Heilpraktiker für Psychotherapie

Treatment must be given by a licensed psychological psychotherapist or a
doctor. Couples counselling and coaching are not covered.

Please note: in the application we ask whether you have had
psychotherapy in the past 10 years. That's not a reason for automatic
rejection, but it must be answered truthfully.
""" + SIG["oneill"] + FOOT_EN + """
> Hello, I'm comparing private health plans. Does your plan cover therapy
> (like talking therapy) if I ever need it? Just asking for the future.
> Best, Olivia Carter
"""
    return MSG(D("2026-03-20 14:15"), A("oneill"), "Olivia Carter <olivia.carter@mailo.example>",
               "Re: question about therapy coverage", T(body, cte="8bit"),
               irt=MID("c103", "mailo.example", "web"), agent="Microsoft Outlook 16.0")


@mail(104, "NORMAL", "de", "internal",
      "trap: actuarial loss-ratio sheet per line for Q4/2025 (health, care, accident, motor...), aggregates only")
def m0104():
    body = """Hallo zusammen,

anbei die Schadenquoten Q4/2025 und Gesamtjahr für die Vorstandsvorlage.
Kurzfassung:

- Komposit gesamt 71,8 % (Vorjahr 68,2 %), Treiber Sturm Zeynep II und
  Leitungswasser
- Kranken Voll 83,1 %, Zusatz 62,4 %, Pflegetagegeld 38,0 %
- Unfall 41,7 %, Rechtsschutz 66,9 %

Bitte bis Dienstag Anmerkungen, dann geht die Vorlage raus.
""" + SIG["nguyen"]
    x = XLSX([("Schadenquoten", [
        ["Sparte", "Beiträge 2025 (Mio EUR)", "Schadenaufwand 2025 (Mio EUR)", "SQ 2025", "SQ 2024", "SQ Q4/2025"],
        ["Kfz", 212.4, 165.9, 0.781, 0.762, 0.812],
        ["Wohngebäude", 98.7, 83.4, 0.845, 0.711, 1.032],
        ["Hausrat", 41.2, 17.8, 0.432, 0.455, 0.468],
        ["Haftpflicht", 36.5, 18.1, 0.496, 0.512, 0.471],
        ["Unfall", 29.9, 12.5, 0.417, 0.433, 0.402],
        ["Rechtsschutz", 24.3, 16.3, 0.669, 0.648, 0.701],
        ["Kranken Vollversicherung", 388.1, 322.5, 0.831, 0.814, 0.858],
        ["Kranken Zusatz", 74.6, 46.6, 0.624, 0.603, 0.641],
        ["Pflegetagegeld", 18.2, 6.9, 0.380, 0.362, 0.391],
        ["Komposit gesamt", 443.0, 318.1, 0.718, 0.682, 0.779],
    ])], title="Schadenquoten Q4 2025", author="Linh Nguyen", created="2026-03-23T08:00:00Z")
    return MSG(D("2026-03-23 08:40"), A("nguyen"), "Vorstandsstab <vorstandsstab@lindenau-versicherung.example>",
               "Schadenquoten Q4/2025 für Vorstandsvorlage",
               MIX(T(body), ATT(x, CT_XLSX, "Schadenquoten_Q4_2025.xlsx")), agent="Microsoft Outlook 16.0")


@mail(105, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor total loss settlement (nobody hurt): replacement value, salvage, excess and payout to the customer's IBAN; quoted short reply")
def m0105():
    body = """Hallo Frau Teichmann,

danke, dass Sie so schnell die Bankverbindung geschickt haben. Hier die
Abrechnung Ihres Kaskoschadens KS-2026-0007781 (Renault Clio, L-CT 905):

  Wiederbeschaffungswert laut Gutachten (brutto)   8.900,00 EUR
  Restwert (Höchstgebot Autoverwertung Mahnke)    -1.350,00 EUR
  Selbstbeteiligung Vollkasko                       -300,00 EUR
  Auszahlung                                       7.250,00 EUR

Die Überweisung auf Ihr Konto DE09 5002 0619 0643 3723 14 geht heute raus.

Den Wagen verkaufen Sie bitte selbst an die Autoverwertung Mahnke, die
holt ihn kostenlos beim Abschleppdienst ab und zahlt Ihnen die 1.350 EUR.
Den Vertrag KF-4471-174430 beenden wir mit der Abmeldung.
""" + SIG["wendt"] + FOOT_AG + """
-----Ursprüngliche Nachricht-----
Von: Christin Teichmann <christin.teichmann@t-net.example>
Gesendet: Montag, 23. März 2026 07:15
An: Tobias Wendt <tobias.wendt@lindenau-versicherung.example>
Betreff: AW: Totalschaden Clio

Guten Morgen, ok dann machen wir das so. Konto ist
de09500206190643372314. Zum Glück ist bei dem Unfall ja keinem was
passiert, nur das Auto ist hin. Danke für die schnelle Hilfe!
Christin Teichmann
"""
    return MSG(D("2026-03-23 10:05"), A("wendt"), "Christin Teichmann <christin.teichmann@t-net.example>",
               "AW: AW: Totalschaden Clio", T(body), irt=MID("c105", "t-net.example", "web"),
               agent="Microsoft Outlook 16.0")


@mail(106, "NORMAL", "en", "insurer-to-partner",
      "trap: contract amendment with a medical bill-review provider (fees per invoice, SFTP transfer, deletion rules); no patient data")
def m0106():
    body = """Dear Dr Alvarez,

thank you for the draft amendment no. 3 to our service agreement on
medical bill review for international inpatient cases. We agree with the
following changes and have marked them in the document you sent:

1. Fee per reviewed invoice: EUR 38 (up to EUR 20,000 invoice value),
   EUR 65 above; savings-based fee removed.
2. Turnaround: 2 working days, 4 hours for pre-admission cost estimates.
3. Data transfer exclusively via the SFTP channel; medical reports and
   invoices must not be sent by e-mail, neither by you nor by our staff.
4. Deletion of all case documents 90 days after the review report,
   with a quarterly deletion certificate.
5. Sub-processors: only the two hospitals' coding experts listed in
   annex 2; any change needs our written approval (Art. 28 GDPR).

Our data protection officer, Ms Peters, has approved points 3 to 5.
I'll send the signed copy by post.
""" + SIG["oneill"] + FOOT_EN
    return MSG(D("2026-03-23 15:30"), A("oneill"), "Dr Marta Alvarez <m.alvarez@medcheck-intl.example>",
               "Service agreement amendment no. 3 - medical bill review", T(body, charset="us-ascii", cte="7bit"),
               cc=A("peters"), agent="Microsoft Outlook 16.0")


@mail(107, "NORMAL", "de", "insurer-to-authority",
      "data-protection officer registers for the supervisory authority's exchange meeting on health data in e-mail; no personal data of customers")
def m0107():
    body = """Sehr geehrte Frau Jahn,

hiermit melde ich mich für den Erfahrungsaustausch "Gesundheitsdaten in der
E-Mail-Kommunikation von Versicherern" am 28.04.2026 in Dresden an.

Teilnehmende für die Lindenau Versicherungsgruppe:
- Anja Peters, Datenschutzbeauftragte
- Daniel Fischer, IT Messaging & SecureMail

Gern stellen wir in der Runde kurz (10 Minuten) unsere Erfahrungen mit der
Klassifizierung ausgehender Mails und dem SecureMail-Portal vor, wenn das
in die Agenda passt. Folien kämen bis 20.04.

Einen Beamer und HDMI-Anschluss bräuchten wir dann.
""" + SIG["peters"] + FOOT_AG
    return MSG(D("2026-03-24 09:20"), A("peters"), "Referat 3 – Versicherungswirtschaft <referat3@datenschutz-sachsen.example>",
               "Anmeldung Erfahrungsaustausch 28.04.2026", T(body), cc=A("fischer"),
               agent="Microsoft Outlook 16.0")


@mail(108, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "grey zone: elderly customer cancels household insurance because she moves into a care home (implies need of care), forwarded to portfolio team, iso-8859-1")
def m0108():
    body = """Hallo Bestand,

Kündigung Hausrat und Haftpflicht, Kundin zieht ins Pflegeheim. Bitte
Sonderkündigung zum 30.04. bestätigen (Wegfall des Risikos). Die
Haftpflicht würde ich ihr empfehlen zu behalten, habe sie aber nicht
beraten - bitte ggf. anrufen, sie hört schlecht, lieber schriftlich.

""" + SIG["krueger"] + """
-----Ursprüngliche Nachricht-----
Von: Hildegard Pötzsch <h.poetzsch@t-net.example>
Gesendet: Montag, 23. März 2026 16:51
An: service@lindenau-versicherung.example
Betreff: Kündigung

Sehr geehrte Damen und Herren,

hiermit kündige ich meine Hausratversicherung Nr. HR 20 011 387 und die
Haftpflicht zum 30. April 2026. Ich ziehe am 15. April in das Pflegeheim
"Haus am Auwald" in Leipzig-Connewitz, Zimmer 214, weil ich nicht mehr
allein in meiner Wohnung zurechtkomme. Meine Wohnung in der
Arno-Nitzsche-Str. 30 wird aufgelöst.

Mein Enkel hilft mir mit der Mail. Bitte schicken Sie die Bestätigung an
die neue Adresse.

Mit freundlichen Grüßen
Hildegard Pötzsch
"""
    return MSG(D("2026-03-24 10:40"), A("krueger"), "Bestand Sach <bestand-sach@lindenau-versicherung.example>",
               "WG: Kündigung", T(body, charset="iso-8859-1"), agent="Microsoft Outlook 16.0",
               refs=MID("c108", "t-net.example", "web"))


@mail(109, "NORMAL", "de", "insurer-to-supplier",
      "trap: roofer's invoice for storm damage on the insurer's own office building queried, windows-1252; no customer, no person")
def m0109():
    body = """Sehr geehrter Herr Kluge,

danke für die Rechnung Nr. 2026-0188 über die Reparatur des Sturmschadens
an unserem Bürogebäude Hafenallee 12 (Gebäude B, Flachdach und Attika).

Bevor wir zahlen, bitte ich um Klärung von zwei Positionen:

  Pos. 4  Hubsteiger 2 Tage à 640,00 €   – laut Angebot war 1 Tag vereinbart
  Pos. 9  Notabdichtung „Wochenendzuschlag“ 380,00 € – der Einsatz war
          am Freitag, 06.02., ab 14 Uhr

Die übrigen Positionen (Bitumenbahnen, Attikaverblechung, Entsorgung)
sind in Ordnung. Die Kosten melden wir als Gebäudeeigentümer an unseren
eigenen Versicherer; dafür brauche ich eine korrigierte Rechnung mit den
Fotos vorher/nachher.

Bestellnummer: BE-26-0219, Kostenstelle 8100 (Gebäudemanagement).
""" + SIG["keller"] + FOOT_AG
    return MSG(D("2026-03-24 13:55"), A("keller"), "Dachdeckerei Kluge <buero@dachdecker-kluge.example>",
               "Rechnung 2026-0188 – Rückfrage zu Pos. 4 und 9", T(body, charset="windows-1252"),
               agent="Microsoft Outlook 16.0")


@mail(110, "NORMAL", "de", "internal",
      "trap: HR reminds trainees about travel health cover and the EHIC card before their ski trip; generic, no person's health")
def m0110():
    body = """Liebe Azubis,

in zwei Wochen geht es nach Obertauern – die Vorfreude ist hoffentlich
groß! Ein paar Hinweise vorab:

- Nehmt eure Krankenversichertenkarte mit. Auf der Rückseite ist die
  Europäische Krankenversicherungskarte (EHIC), damit könnt ihr in
  Österreich zum Arzt oder ins Krankenhaus.
- Bergrettung und Hubschrauber zahlt die gesetzliche Kasse in Österreich
  nicht. Über unsere Gruppenreiseversicherung für die Fahrt seid ihr alle
  mitversichert (Auslandsreisekranken inkl. Bergung bis 25.000 EUR).
- Wer regelmäßig Medikamente braucht: bitte genug mitnehmen. Ihr müsst uns
  nicht sagen, welche – aber sagt bitte der Betreuerin vor Ort Bescheid,
  falls es im Notfall wichtig ist (z. B. Allergien, Asthma-Spray).
- Helm ist Pflicht, Leihhelme gibt es beim Skiverleih.

Die Teilnehmerliste hat nur die Reiseleitung. Bei Fragen meldet euch bei mir.
""" + SIG["braun"]
    return MSG(D("2026-03-25 11:00"), A("braun"), "Azubis 2024/2025 <azubis@lindenau-versicherung.example>",
               "Skifahrt Obertauern – wichtige Hinweise", T(body), agent="Microsoft Outlook 16.0")


@mail(111, "NORMAL", "en", "internal",
      "trap: international service weekly notes with case counts (guarantees of payment, evacuations, dengue cases) and no names")
def m0111():
    body = """Hi team,

notes from Monday's weekly, for those who couldn't join:

Numbers week 12:
- 148 new claims, 61 guarantees of payment issued (avg. 47 min)
- 3 medical evacuations (Thailand 2, Egypt 1), all home now
- dengue season in Bali/Lombok: 9 cases this month vs. 2 last year;
  Lena will add a note to the travel-health page

Process:
- from 1 April all medical reports from assistance partners arrive via
  SFTP only; if someone mails you a report, don't reply with the report
  quoted - forward to the case and ask the sender to use SFTP
- the new auto-acknowledgement repeats the customer's subject line. Daniel
  is checking whether we can suppress that, because customers often write
  the diagnosis in the subject.

Holidays: Patrick 30/03-03/04, Lena 07/04-10/04.

Grace
""" + SIG["okafor"]
    return MSG(D("2026-03-25 16:10"), A("okafor"), "International Service <international-team@lindenau-versicherung.example>",
               "Weekly notes W12", T(body, charset="us-ascii", cte="7bit"), agent="Microsoft Outlook 16.0")


@mail(112, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor no-claims certificate (PDF) for a US customer moving home: name, date of birth, address, policy, claim-free years")
def m0112():
    body = """Dear Mr Delgado,

as requested, please find attached your no-claims certificate in English
for your new insurer in the United States. The original with our stamp
and signature is on its way to your new address in Portland.

Your German motor policy KF-4471-219906 ends on 31 March 2026 with the
deregistration of your car; the premium paid in advance for April to
June (EUR 142.35) will be refunded to your account.

We wish you all the best for your move!
""" + SIG["krueger"] + FOOT_EN
    pdf = PDF("""#Certificate of Claims-Free Driving / Schadenfreiheitsbescheinigung
Lindenau Allgemeine Versicherung AG, Hafenallee 12, 04179 Leipzig, Germany
 
To whom it may concern,
 
we confirm that
 
Name:            Mr Ricardo Delgado
Date of birth:   November 30, 1986
Address:         2214 NE Alberta St, Portland, OR 97211, USA (previously Leipzig)
Driving licence: Germany, since 2015 (converted US licence)
 
held a private motor insurance with us:
 
Policy number:   KF-4471-219906
Vehicle:         Mazda CX-5, registration L-RD 2211
Period:          01/07/2019 - 31/03/2026
Claims:          none (claims-free period 6 years 9 months)
No-claims class: SF 6 (German system)
 
Leipzig, 26 March 2026
Lindenau Allgemeine Versicherung AG - Motor Portfolio
""", title="No-claims certificate KF-4471-219906", author="Lindenau Kfz-Bestand", created="20260326093000")
    return MSG(D("2026-03-26 09:50"), A("krueger"), "Ricardo Delgado <ricardo.delgado@webpost.example>",
               "Your no-claims certificate (policy KF-4471-219906)",
               MIX(T(body), ATT(pdf, "application/pdf", "No-claims_certificate_Delgado.pdf")),
               agent="Microsoft Outlook 16.0")


@mail(113, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's base64-encoded mail about cancer aftercare (PET-CT, tumour marker) attached as a message; harmless base64 cover note")
def m0113():
    inner_body = """Sehr geehrte Damen und Herren,

ich bitte um Rückruf wegen meiner Krebsnachsorge. Nach meiner OP
(Darmkrebs, 2024) und der Chemo soll jetzt zur Nachsorge ein PET-CT gemacht
werden, weil der Tumormarker CEA wieder gestiegen ist (von 2,1 auf 6,8).
Die Klinik sagt, das zahlt die Kasse nicht immer und ich soll vorher bei
Ihnen fragen. Das Untersuchungsdatum wäre der 9. April.

Meine Versicherungsnummer: 7 340 098 712
Telefon: 034297 4410 9, am besten vormittags.

Vielen Dank
Gerd Heinicke
"""
    inner = MSG(D("2026-03-26 06:40"), "Gerd Heinicke <gerd.heinicke@mailo.example>",
                "service@lindenau-versicherung.example", "Bitte um Rückruf",
                T(inner_body, cte="base64"), mid=MID("i113", "mailo.example", "web"))
    body = """Hallo,

bitte Rückruf an den Kunden, Details in der angehängten Mail.

""" + SIG["demir"]
    return MSG(D("2026-03-26 08:15"), A("demir"), A("leistung-kv"), "WG: Bitte um Rückruf",
               MIX(T(body, cte="base64"), FWD(inner, "Bitte um Rueckruf.eml")), agent="Microsoft Outlook 16.0")


@mail(114, "NORMAL", "de", "insurer-to-applicant",
      "HR acknowledges a job application for the health-claims examiner post; applicant's name and reference only")
def m0114():
    body = """Sehr geehrte Frau Gottschalk,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Leistungsprüfung
Krankenversicherung (Kennziffer KV-LP-2026-04) und Ihr Interesse an der
Lindenau Versicherung.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sichten alle
Bewerbungen bis Mitte April und melden uns spätestens am 24.04.2026 bei
Ihnen.

Informationen zur Verarbeitung Ihrer Daten im Bewerbungsverfahren finden
Sie unter https://www.lindenau-versicherung.example/karriere/datenschutz
""" + SIG["braun"] + FOOT_KV
    return MSG(D("2026-03-26 14:30"), A("karriere"), "Melanie Gottschalk <m.gottschalk@webpost.example>",
               "Ihre Bewerbung – KV-LP-2026-04", T(body), agent="Microsoft Outlook 16.0")


@mail(115, "CONFIDENTIAL", "en", "insurer-to-customer",
      "personal liability key-loss cover: customer lost her employer's master key; names her, employer, lock replacement quote, claim")
def m0115():
    body = """Dear Ms Price,

losing a master key is stressful, but you're covered: your personal
liability policy PH 18 522 061 includes the "loss of third-party keys"
extension up to EUR 50,000, which also applies to keys entrusted to you
by your employer.

Claim number: SH-PH-26-00702

What we need:
1. a short written statement by you on when and where the key was
   probably lost (bus? gym? - whatever you remember)
2. the locksmith's quote your employer (Brightline Dental Lab GmbH,
   Könneritzstraße 50) obtained for replacing the locking system;
   EUR 6,480 as you mentioned is within the limit
3. confirmation from your employer that the key was handed to you for
   work purposes

We pay the employer directly. Your excess is EUR 150.
""" + SIG["lorenz"] + FOOT_EN + """
> From: Rebecca Price <rebecca.price@mailo.example>
> Sent: Thursday, March 26, 2026 7:58 AM
> Subject: lost keys from work
>
> Hi, I lost my work keys incl. the master key for the whole building
> (I think on the bus home on Tuesday). My boss says the whole locking
> system has to be changed, the locksmith wants 6480 EUR!! Does my
> liability insurance cover this?? I'm panicking a bit
> Rebecca
"""
    return MSG(D("2026-03-26 16:05"), A("lorenz"), "Rebecca Price <rebecca.price@mailo.example>",
               "RE: lost keys from work", T(body), irt=MID("c115", "mailo.example", "exchange"),
               agent="Microsoft Outlook 16.0")

@mail(116, "NORMAL", "de", "insurer-to-care-service",
      "trap: circular to home-care services on the invoice format for direct billing (fields like care level, service complexes); no insured person")
def m0116():
    body = """Sehr geehrte Damen und Herren,

ab dem 01.05.2026 können ambulante Pflegedienste ihre Rechnungen für
Versicherte mit Lindenau-Pflegezusatz direkt mit uns abrechnen, wenn die
Versicherten eine Abtretungserklärung unterschrieben haben.

Damit wir schnell zahlen können, braucht jede Rechnung:

  - Versichertennummer (10-stellig, "7 340 ...")
  - Name und Geburtsdatum der versicherten Person
  - Pflegegrad laut Bescheid der Pflegekasse und Datum des Bescheids
  - Leistungskomplexe nach sächsischem Rahmenvertrag mit Datum und Anzahl
  - Betrag, den die Pflegekasse bereits übernommen hat (Sachleistung)
  - Ihre IK-Nummer und Bankverbindung

Bitte senden Sie Rechnungen nicht per E-Mail, sondern ausschließlich über
unser Partnerportal https://partner.lindenau-versicherung.example
(Zugangsdaten erhalten Sie nach Registrierung) oder per Post.

Ein Muster und die Abtretungserklärung finden Sie im Portal unter
"Downloads". Für Fragen bin ich gern erreichbar.
""" + SIG["reimann"] + FOOT_KV
    return MSG(D("2026-03-27 09:10"), A("reimann"), "undisclosed-recipients:;",
               "Direktabrechnung Pflegezusatz ab 01.05.2026 – Rechnungsformat", T(body),
               agent="Microsoft Outlook 16.0")


@mail(117, "NORMAL", "de", "internal",
      "trap: the health-claims department moves to another floor; locking cabinets with medical files and shredder bins; no person")
def m0117():
    body = """Liebe Kolleginnen und Kollegen der Leistung KV und Pflege,

unser Umzug in den 3. Stock (Gebäude A) ist am Freitag, 10.04.2026.

Bitte beachten:
- Alle Papierakten mit Gesundheitsunterlagen (Arztberichte, Rechnungen,
  Gutachten) bis Donnerstag 16 Uhr in die grauen Sicherheitsboxen packen
  und verplomben. Die Umzugsfirma darf keine offenen Kartons mit Akten
  transportieren.
- Die abschließbaren Aktenschränke werden leer umgezogen.
- Papier zur Vernichtung nur in die blauen Datenschutztonnen, nicht in
  den Papiermüll.
- PCs, Headsets und Scanner baut die IT am Freitag ab 13 Uhr ab. Bitte
  bis dahin abmelden.

Telefonnummern und Postfächer bleiben gleich. Am Montag gibt es zur
Begrüßung Frühstück in der neuen Teeküche.
""" + SIG["keller"]
    return MSG(D("2026-03-27 11:30"), A("keller"),
               "Leistung KV <team-leistung-kv@lindenau-versicherung.example>, Pflege <team-pflege@lindenau-versicherung.example>",
               "Umzug 3. OG am 10.04. – Hinweise zu Akten", T(body), agent="Microsoft Outlook 16.0")


@mail(118, "CONFIDENTIAL", "en", "insurer-to-customer",
      "household bicycle cover: e-bike stolen in Amsterdam; named customer, frame number, Dutch police report, policy and claim")
def m0118():
    body = """Hi Ms van der Berg,

oh no - sorry to hear that! Your bicycle add-on to the contents policy
(HR 20 744 218) covers theft worldwide, also in Amsterdam, as long as the
bike was locked to a fixed object. From your message that was the case
(locked to the railing at Museumplein).

Claim number: SH-26-004031

Please send me:
- the Dutch police report (the "proces-verbaal" number 2026-0417-88312
  is enough if you don't have the document)
- the purchase invoice of the Gazelle Ultimate C380 (frame number
  GZ-2288-41733 as in our records)
- the key of the lock, or a photo of both keys - we ask for this to
  check the bike was locked

Limit for e-bikes in your tariff is EUR 4,000, so the full purchase
price of EUR 3,499 is within it. Excess: none.
""" + SIG["aydin"] + FOOT_EN + """
> On 29 Mar 2026, at 10:12, Femke van der Berg <femke.vdberg@mailo.example> wrote:
>
> my ebike got stolen in amsterdam yesterday (visiting my parents), it was
> locked to the railing near museumplein, the lock is just gone. went to
> the police this morning. is it covered even tho its abroad?
> Femke
"""
    return MSG(D("2026-03-30 08:50"), A("aydin"), "Femke van der Berg <femke.vdberg@mailo.example>",
               "Re: ebike stolen amsterdam", T(body),
               irt=MID("c118", "mailo.example", "iphone"), agent="Microsoft Outlook 16.0")


@mail(119, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "disability income claim: acknowledgement to a British customer with long COVID / ME-CFS; her description of symptoms quoted")
def m0119():
    body = """Dear Ms Hughes,

thank you for your e-mail. I'm very sorry to hear how much the illness
has affected your life and work.

I have registered your claim under your disability income policy
BU 0452.311.908-4 (claim reference LB-L-26-0117). I'll be your personal
contact throughout.

To assess the claim we need:
1. the claim form (attached to our letter, which you'll receive by post)
2. your consent for us to obtain reports from your GP, the post-COVID
   outpatient clinic at the university hospital and your neurologist
3. a description of your work as a UX designer before the illness
   (typical day, hours, travel)
4. your sick notes since October 2025

Please don't feel you need to do everything at once - with ME/CFS I know
energy is limited. You can also authorise someone to deal with us on
your behalf, e.g. your partner.

With best wishes,
""" + SIG["vogel"] + FOOT_EN + """
-----Original Message-----
From: Laura Hughes <laura.hughes@webpost.example>
Sent: Sunday, March 29, 2026 9:40 PM
To: leben-leistung@lindenau-versicherung.example
Subject: disability claim

Hello,

I've had long covid since an infection in October 2025. In February the
post-covid clinic diagnosed ME/CFS. I can't work more than 2 hours a day,
after that I crash for days (post-exertional malaise), and I have
constant brain fog and a racing heart when standing (they suspect POTS).
I have a disability policy with you since 2021. How do I claim?

Laura Hughes
"""
    return MSG(D("2026-03-30 11:20"), A("vogel"), "Laura Hughes <laura.hughes@webpost.example>",
               "RE: disability claim", T(body), irt=MID("c119", "webpost.example", "exchange"),
               agent="Microsoft Outlook 16.0")


@mail(120, "NORMAL", "de", "insurer-to-supplier",
      "trap: catering order for the staff health day with counts of vegetarian, lactose-free and gluten-free meals; no names")
def m0120():
    body = """Hallo Frau Petrick,

für unseren Gesundheitstag am 15.04.2026 bestellen wir wie besprochen:

  Mittagsbuffet "leicht & bunt" für 220 Personen, 11:30–14:00 Uhr
  davon: 70 vegetarisch, 25 vegan, 18 laktosefrei, 12 glutenfrei
  Obst- und Smoothie-Bar am Stand "Ernährung" ganztägig
  Wasser und ungesüßte Tees, kein Softdrink-Ausschank

Bitte die Allergene an allen Speisen ausschildern (Aushang reicht). Die
Zahlen zu den Sonderkostformen haben wir anonym über die Anmeldung
abgefragt; Namen geben wir nicht weiter.

Aufbau ab 10:00 Uhr im Foyer Gebäude A, Zufahrt über Tor 2.
Bestellnummer BE-26-0488, Kostenstelle 1200 (Betriebliches
Gesundheitsmanagement).
""" + SIG["keller"] + FOOT_AG
    return MSG(D("2026-03-30 14:05"), A("keller"), "Catering Petrick <bestellung@catering-petrick.example>",
               "Bestellung Gesundheitstag 15.04.2026 – BE-26-0488", T(body, cte="8bit"),
               agent="Microsoft Outlook 16.0")


@mail(121, "NORMAL", "en", "internal",
      "trap: travel-team FAQ on strikes and illness before departure (what is and isn't covered), generic; no case")
def m0121():
    body = """Hi all,

with the airport strikes announced for April, here's a short FAQ so we
all answer the same way. Please use it for phone and mail.

Q: My flight was cancelled because of a strike. Does travel
   cancellation insurance pay?
A: No. Strikes are not an insured event. Refer the customer to the airline
   (EU 261: rebooking, meals, hotel).

Q: I'm ill and can't travel. What do I need?
A: Cancellation is covered for unexpected serious illness. The customer
   needs a doctor's certificate on our form ("Attest Reiseunfähigkeit").
   We don't need the diagnosis in the e-mail - please tell customers not
   to write it, the doctor fills in the form.

Q: The strike means I miss a connecting flight and my holiday starts
   a day later. Can I claim the lost day?
A: No, unless the "Reise-Komfort" tariff with the delayed-arrival add-on
   applies (then EUR 50 per day, max. 3 days).

Q: Can I cancel free of charge because I'm afraid of strikes?
A: No, fear of strikes isn't an insured reason.

Lena
""" + SIG["sommer"]
    return MSG(D("2026-03-31 09:00"), A("sommer"), "Travel team <travel-team@lindenau-versicherung.example>",
               "FAQ: strikes, cancellations, illness before departure", T(body, cte="8bit"),
               agent="Microsoft Outlook 16.0")


@mail(122, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "travel cancellation because the customer broke her leg two days before departure; quoted mobile mail, cancellation costs, certificate")
def m0122():
    body = """Hallo Frau Lindemann,

oh je, das tut mir leid – gute Besserung erst einmal!

Ein Beinbruch kurz vor Abreise ist ein klassischer Fall für Ihre
Reiserücktrittsversicherung (TR-26-101877). Wir übernehmen die
Stornokosten für Sie und Ihren Mann, der ja mitversichert ist:

  Pauschalreise Kreta, 04.–18.04.2026        3.120,00 EUR
  Stornokosten laut Veranstalter (75 %)      2.340,00 EUR
  Selbstbeteiligung (20 %, mind. 25 EUR)      -468,00 EUR
  Erstattung                                 1.872,00 EUR

Bitte schicken Sie uns noch:
1. die Stornorechnung des Veranstalters
2. unser Formular "Attest Reiseunfähigkeit", ausgefüllt von Ihrem Arzt
   bzw. der Klinik (Formular hängt an unserem Brief, kommt per Post)

Die Diagnose muss nicht in die E-Mail – das steht im Attest.
""" + SIG["sommer"] + FOOT_AG + """
Am 01.04.2026 um 18:40 schrieb Bettina Lindemann:
> hallo, hab mir heute beim fensterputzen das bein gebrochen
> (unterschenkel, bin von der leiter gefallen), bin im krankenhaus und
> werde morgen operiert. unser flug nach kreta wäre übermorgen!!! mein
> mann fliegt natürlich auch nicht. was müssen wir tun?? der
> reiseveranstalter will 75% stornogebühren
> bettina lindemann
"""
    return MSG(D("2026-04-01 19:25"), A("sommer"), "Bettina Lindemann <b.lindemann@t-net.example>",
               "Re: Reise storniert - bein gebrochen", T(body), irt=MID("c122", "t-net.example", "android"),
               agent="Microsoft Outlook 16.0")


@mail(123, "NORMAL", "en", "insurer-to-broker",
      "broker portal outage notice to partner brokers as undisclosed recipients, no client data")
def m0123():
    body = """Dear partners,

due to a database upgrade the Lindenau broker portal and the BiPRO
interface for your broker management software will be unavailable on

    Saturday, 11 April 2026, 20:00 - Sunday, 12 April 2026, 08:00 CEST

During this window you cannot submit applications, download documents
from the electronic broker mailbox or use the premium calculator.
Documents that arrive during the outage will be delivered automatically
afterwards.

Urgent matters (e.g. a temporary cover note for a vehicle registration):
please call our broker hotline +49 341 5560-5000, which is staffed on
Saturday until 22:00.

We apologise for any inconvenience.
""" + SIG["brandt"] + FOOT_EN
    return MSG(D("2026-04-02 10:00"), A("makler"), "undisclosed-recipients:;",
               "Broker portal maintenance 11/12 April 2026", T(body),
               mid=MID("portal-0411", style="sys"), agent="Microsoft Outlook 16.0")


@mail(124, "CONFIDENTIAL", "de", "insurer-to-customer",
      "personal liability certificate (PDF) for the customer's new landlord: name, address, policy, cover; quoted request")
def m0124():
    body = """Hallo Herr Okonkwo,

gern, die Versicherungsbestätigung für Ihren neuen Vermieter hängt an.
Darin steht, dass Ihre Privathaftpflicht auch Mietsachschäden an der
Wohnung abdeckt (bis 1 Mio. EUR).

Die neue Anschrift habe ich ab 01.05.2026 in Ihrem Vertrag eingetragen.
""" + SIG["krueger"] + FOOT_AG + """
-----Ursprüngliche Nachricht-----
Von: Chidi Okonkwo <chidi.okonkwo@kabelmail.example>
Gesendet: Donnerstag, 2. April 2026 12:10
An: service@lindenau-versicherung.example
Betreff: Bestätigung Haftpflicht für Vermieter

Hallo, mein neuer Vermieter will eine Bestätigung dass ich eine
Haftpflichtversicherung habe, mit Mietsachschäden. Neue Adresse ab 1.5.:
Brandvorwerkstraße 60, 04275 Leipzig. Geht das schnell? Vertragsunterschrift
ist Montag.
Danke, Chidi Okonkwo
"""
    pdf = PDF("""#Versicherungsbestätigung
Lindenau Allgemeine Versicherung AG, Hafenallee 12, 04179 Leipzig
 
Wir bestätigen, dass
 
Herr Chidi Okonkwo
Brandvorwerkstraße 60, 04275 Leipzig (ab 01.05.2026)
 
bei uns eine Privathaftpflichtversicherung unterhält.
 
Versicherungsnummer:      PH 18 611 402
Versicherungsbeginn:      01.09.2024, Vertrag ungekündigt
Deckungssumme:            15 Mio. EUR pauschal für Personen- und Sachschäden
Mietsachschäden:          an gemieteten Wohnräumen bis 1 Mio. EUR mitversichert
Selbstbeteiligung:        keine
 
Diese Bestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig.
Leipzig, 02.04.2026
""", title="Versicherungsbestaetigung PH 18 611 402", author="Lindenau Kundenservice", created="20260402141000")
    return MSG(D("2026-04-02 14:20"), A("krueger"), "Chidi Okonkwo <chidi.okonkwo@kabelmail.example>",
               "AW: Bestätigung Haftpflicht für Vermieter",
               MIX(T(body), ATT(pdf, "application/pdf", "Versicherungsbestaetigung_PH18611402.pdf")),
               irt=MID("c124", "kabelmail.example", "android"), agent="Microsoft Outlook 16.0")


@mail(125, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "harmless forwarding note; the customer's one-line mobile reply ('ja das war die darmspiegelung') and the claims question sit in the quoted thread")
def m0125():
    body = """Hallo zusammen,

Antwort der Kundin auf eure Rückfrage kam bei uns an, bitte zuordnen.

""" + SIG["krueger"] + """
-----Ursprüngliche Nachricht-----
Von: Sabrina Voigt <sabrina.voigt@mailo.example>
Gesendet: Freitag, 3. April 2026 07:02
An: service@lindenau-versicherung.example
Betreff: AW: Ihre Einreichung vom 16.03.2026 – Rückfrage

ja das war die darmspiegelung im januar, die rechnung vom labor gehört
auch dazu (gewebeprobe). war alles gutartig zum glück
LG S. Voigt

Von meinem iPhone gesendet

> Am 02.04.2026 um 15:31 schrieb Leistung Krankenversicherung <leistung-kv@lindenau-versicherung.example>:
>
> Sehr geehrte Frau Voigt,
>
> zu Ihrer Einreichung vom 16.03.2026 (KV-Nr. 7 340 260 554) haben wir eine
> Rückfrage: Die Rechnung der Gastroenterologischen Praxis Dr. Bauer vom
> 22.01.2026 (GOÄ 687 Koloskopie, 2 x Polypektomie) und die Rechnung des
> Instituts für Pathologie vom 29.01.2026 – gehören beide zur selben
> Behandlung? Bitte bestätigen Sie kurz, dann erstatten wir beide.
>
> Mit freundlichen Grüßen
> Leistungsabteilung Krankenversicherung
"""
    return MSG(D("2026-04-03 08:10"), A("krueger"), A("leistung-kv"),
               "WG: AW: Ihre Einreichung vom 16.03.2026 – Rückfrage", T(body),
               agent="Microsoft Outlook 16.0", refs=MID("c125", "mailo.example", "iphone"))


@mail(126, "NORMAL", "de", "internal",
      "trap: ZIP of invented example customer mails (.eml) and a README for onboarding new service staff; placeholders and fictitious persons only")
def m0126():
    ex1 = MSG(D("2026-04-01 09:00"), "Max Mustermann (fiktiv) <max.mustermann@beispiel.example>",
              "service@lindenau-versicherung.example", "Übung 1: Rechnung vom Orthopäden",
              T("""Hallo, anbei die Rechnung vom Orthopäden (Knie), bitte erstatten.
Meine neue IBAN: DE.. (in Übungen nie echte Bankdaten verwenden)
Gruß Max Mustermann

[Aufgabe: An wen weiterleiten? Welchen Textbaustein nutzen? Was darf in
die Antwort? Lösung: leistung-kv@, Baustein KS-19a, nichts zitieren.]
"""), mid=MID("ex1-126", "beispiel.example", "web"))
    ex2 = MSG(D("2026-04-01 09:05"), "Erika Musterfrau (fiktiv) <erika.musterfrau@beispiel.example>",
              "service@lindenau-versicherung.example", "Übung 2: Sturm, Baum auf Auto",
              T("""Hallo, bei uns ist ein Baum aufs Auto gefallen!!! was jetzt???
E. Musterfrau

[Aufgabe: Welche Sparte? Welche Rückfragen? Lösung: Kfz-Teilkasko, Fotos,
Kennzeichen, ggf. Baumeigentümer.]
"""), mid=MID("ex2-126", "beispiel.example", "web"))
    ex3 = MSG(D("2026-04-01 09:10"), "Kunde Beispiel (fiktiv) <kunde@beispiel.example>",
              "service@lindenau-versicherung.example", "Übung 3: Kündigung wegen Umzug ins Heim",
              T("""Hiermit kündige ich die Hausratversicherung, ich ziehe ins Pflegeheim.

[Aufgabe: Wie vertraulich ist so eine Mail in echt? Lösung: streng
vertraulich, denn der Umzug ins Pflegeheim verrät Pflegebedürftigkeit.]
"""), mid=MID("ex3-126", "beispiel.example", "web"))
    readme = """Übungsmails Einarbeitung Kundenservice (Stand 04/2026)
=====================================================
Alle Mails in diesem Archiv sind erfunden. Namen, Adressen und Nummern sind
Platzhalter. Bitte keine echten Kundenmails in Schulungsunterlagen kopieren.

uebung1.eml  Arztrechnung mit Bankdaten      -> leistung-kv@
uebung2.eml  Sturmschaden Kfz                -> kfz-schaden@
uebung3.eml  Kündigung Pflegeheim            -> bestand-sach@ (streng vertraulich!)
"""
    z = ZIP([("Uebungsmails/README.txt", crlf(readme).encode("utf-8")),
             ("Uebungsmails/uebung1.eml", ex1.as_bytes(policy=SMTP)),
             ("Uebungsmails/uebung2.eml", ex2.as_bytes(policy=SMTP)),
             ("Uebungsmails/uebung3.eml", ex3.as_bytes(policy=SMTP))], when=(2026, 4, 1, 9, 30, 0))
    body = """Hallo Ole, hallo Derya,

für die Einarbeitung der drei Neuen ab Montag: im Anhang die Übungsmails.
Alles fiktiv, ihr könnt sie frei im Schulungspostfach verwenden.
Lösungen stehen jeweils in der Mail in eckigen Klammern – die bitte vor der
Übung rauslöschen.

""" + SIG["roth"]
    return MSG(D("2026-04-03 10:30"), A("roth"),
               "Ole Rasmussen <ole.rasmussen@lindenau-versicherung.example>, Derya Kaya <derya.kaya@lindenau-versicherung.example>",
               "Übungsmails für die Einarbeitung",
               MIX(T(body), ATT(z, "application/zip", "Uebungsmails_Einarbeitung.zip")),
               agent="Microsoft Outlook 16.0")


@mail(127, "CONFIDENTIAL", "en", "insurer-to-customer",
      "motor: collision with a deer, nobody hurt; partial cover, game-damage certificate; named customer, plate, policy, claim")
def m0127():
    body = """Dear Mr Brennan,

I'm glad you're OK - a deer at 80 km/h can be a real shock.

Collisions with game are covered by your partial cover (Teilkasko) under
policy KF-4471-266120, and they don't affect your no-claims class.
Claim number: KS-2026-0009114. Excess: EUR 150.

What we need:
1. the game-damage certificate ("Wildschadenbescheinigung") from the
   police or the local hunting tenant - you said the police came, so
   please ask for it at the Wurzen station quoting their report number
2. photos of the front of the car, ideally also showing hair or blood
   traces (that's how we see it was an animal)
3. the repair estimate from your garage

Please don't have the car repaired before we have seen the photos.
""" + SIG["wendt"] + FOOT_EN + """
-----Original Message-----
From: Liam Brennan <liam.brennan@t-net.example>
Sent: Saturday, April 4, 2026 11:02 PM
To: kfz-schaden@lindenau-versicherung.example
Subject: hit a deer

hit a deer on the S11 between Wurzen and Bennewitz tonight. car still
drives but bumper, bonnet and one headlight smashed. i'm fine, the deer
isn't :( police came. reg L-LB 2026. what do i need?
"""
    return MSG(D("2026-04-06 09:15"), A("wendt"), "Liam Brennan <liam.brennan@t-net.example>",
               "RE: hit a deer", T(body), irt=MID("c127", "t-net.example", "exchange"),
               agent="Microsoft Outlook 16.0")


@mail(128, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health reimbursement statement only in the HTML part (table with doctors, GOÄ items, diagnoses); the text part only asks to enable HTML")
def m0128():
    text = """Ihre Leistungsabrechnung

Diese Nachricht enthält Ihre Leistungsabrechnung als HTML. Bitte aktivieren
Sie die HTML-Ansicht in Ihrem E-Mail-Programm oder sehen Sie die Abrechnung
im Kundenportal unter "Meine Dokumente" ein.

Lindenau Krankenversicherung AG
"""
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Leistungsabrechnung</title></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p><b>Lindenau Krankenversicherung AG</b><br>Leistungsabrechnung vom 06.04.2026</p>
<p>Herrn Konstantin Weber &middot; Versicherungsnummer 7 340 233 071 &middot; Tarif KV-Premium</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#e8efec"><th>Datum</th><th>Leistungserbringer</th><th>Leistung / Diagnose</th><th align="right">Rechnung</th><th align="right">erstattet</th></tr>
<tr><td>12.03.2026</td><td>Dr. med. H. Schilling, Kardiologie</td><td>GOÄ 651, 652, 410; Diagnose: I25.10 KHK, Z95.5 Z.n. Stent</td><td align="right">318,44 EUR</td><td align="right">318,44 EUR</td></tr>
<tr><td>12.03.2026</td><td>Laborgemeinschaft Leipzig</td><td>Lipidprofil, Troponin, HbA1c; Diagnose: E78.0 Hypercholesterinämie</td><td align="right">96,12 EUR</td><td align="right">96,12 EUR</td></tr>
<tr><td>19.03.2026</td><td>Apotheke am Markt</td><td>Atorvastatin 40 mg, Clopidogrel 75 mg, Bisoprolol 2,5 mg</td><td align="right">84,70 EUR</td><td align="right">84,70 EUR</td></tr>
<tr><td>25.03.2026</td><td>Herzsportgruppe TSV Leipzig</td><td>Rehasport 10 Einheiten</td><td align="right">120,00 EUR</td><td align="right">0,00 EUR *</td></tr>
<tr style="font-weight:bold"><td colspan="3">Summe</td><td align="right">619,26 EUR</td><td align="right">499,26 EUR</td></tr>
</table>
<p>* Rehasport ist im Tarif KV-Premium nicht versichert (Bedingungen &sect; 4 Abs. 3).</p>
<p>Die Erstattung von 499,26&nbsp;EUR &uuml;berweisen wir am 08.04.2026 auf Ihr Konto (IBAN endet auf 2810&nbsp;97).</p>
<p style="font-size:8pt;color:#666">Lindenau Krankenversicherung AG &middot; Hafenallee 12 &middot; 04179 Leipzig<br>
Diese Nachricht wurde automatisch erstellt. Antworten Sie bitte nicht auf diese E-Mail.</p>
</body></html>"""
    return MSG(D("2026-04-06 13:00"), A("leistung-kv"), "Konstantin Weber <k.weber@kabelmail.example>",
               "Ihre Leistungsabrechnung vom 06.04.2026", ALT(T(text), H(html)),
               mid=MID("la128", style="sys"), agent="Lindenau Output Management 2.8")


@mail(129, "NORMAL", "en", "insurer-to-partner",
      "invitation to the insurer's stand at a trade fair with a calendar entry (ICS); business contact only")
def m0129():
    body = """Dear Henrik,

will you be at InsurTech Expo in Cologne this year? We'd be delighted to
see you at our stand (hall 2, B-114) for a coffee and a quick catch-up
ahead of the treaty renewal.

I've attached a calendar entry for Wednesday, 22 April, 14:00 - if that
doesn't suit you, just propose another slot. Oliver Schuster and our CFO
will also be there on Wednesday.

Best regards,
Grace
""" + SIG["okafor"] + FOOT_EN
    ics = crlf("""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Grace Okafor":mailto:grace.okafor@lindenau-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Henrik Sandvik":mailto:henrik.sandvik@nordicre.example
UID:lindenau-expo-2026-0422-sandvik@lindenau-versicherung.example
SUMMARY:Coffee at Lindenau stand - InsurTech Expo Cologne
DTSTART:20260422T120000Z
DTEND:20260422T124500Z
LOCATION:Koelnmesse\\, hall 2\\, stand B-114
DTSTAMP:20260407T081000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")
    return MSG(D("2026-04-07 10:10"), A("okafor"), "Henrik Sandvik <henrik.sandvik@nordicre.example>",
               "InsurTech Expo Cologne - coffee at our stand?",
               MIX(T(body, charset="us-ascii", cte="7bit"),
                   TXTATT(ics.encode("utf-8"), "invite.ics", "utf-8", "text/calendar")),
               agent="Microsoft Outlook 16.0")


@mail(130, "CONFIDENTIAL", "en", "insurer-to-customer",
      "rental-car excess reimbursement after gravel damage in Iceland, nobody hurt; named, policy, rental agreement, amount")
def m0130():
    body = """Dear Ms Sørensen,

thanks for the documents. Your rental car excess insurance
(TR-26-131290) reimburses the deductible the rental company charged you
for the gravel damage to the windscreen:

    Rental company:   Blue Lagoon Car Rental, agreement RA-558721
    Damage:           windscreen crack from gravel, Route 1 near Vik
    Deductible charged to your credit card:  ISK 95,000
    Converted at the card statement rate:    EUR 631.42
    Reimbursement:                           EUR 631.42

The money will be in your account within three working days. The
"gravel protection" you declined at the counter wouldn't have been needed
- that's exactly what our policy is for.
""" + SIG["sommer"] + FOOT_EN + """
On Tue, 7 Apr 2026 at 17:50, Ingrid Sørensen <ingrid.sorensen@mailo.example> wrote:
> Hi, back from Iceland. A stone hit the windscreen on Route 1 and the
> rental company charged 95.000 ISK from my card. Attached: rental
> agreement, damage report, card statement. Nobody was hurt, just annoying.
> Ingrid
"""
    return MSG(D("2026-04-08 09:30"), A("sommer"), "Ingrid Sørensen <ingrid.sorensen@mailo.example>",
               "Re: rental car excess Iceland", T(body, cte="8bit"), irt=MID("c130", "mailo.example", "web"),
               agent="Microsoft Outlook 16.0")

@mail(131, "NORMAL", "de", "insurer-to-prospect",
      "trap: parent asks about child accident insurance because her son starts horse riding; generic benefits and prices, no health data")
def m0131():
    body = """Hallo Frau Neubert,

Reiten ist in unserer Kinderunfallversicherung ganz normal mitversichert,
dafür gibt es keinen Zuschlag.

Unser Tarif "Kinder-Unfall Plus" im Überblick:
- Invaliditätsgrundsumme 100.000 EUR mit 500 % Progression, also bis
  500.000 EUR bei schwersten Unfallfolgen
- Unfallrente 500 EUR monatlich ab 50 % Invalidität
- Kosten für kosmetische Operationen und Zahnersatz nach Unfall bis
  10.000 EUR
- Krankenhaustagegeld 20 EUR, auch bei ambulanter Operation
- Beitrag: 11,90 EUR im Monat bis zum 18. Geburtstag

Gesundheitsfragen stellen wir bei Kindern nur eine: ob eine Behinderung
oder eine dauerhafte Erkrankung besteht, die zu Unfällen führen kann.
Abschließen können Sie online unter
https://www.lindenau-versicherung.example/kinderunfall
""" + SIG["krueger"] + FOOT_AG + """
> Hallo, mein Sohn (9) fängt nach den Osterferien mit Reiten an. Brauchen
> wir da eine Unfallversicherung und ist Reiten da mit drin oder ist das
> zu gefährlich für euch? Was kostet das? Gruß Nadine Neubert
"""
    return MSG(D("2026-04-08 11:20"), A("krueger"), "Nadine Neubert <nadine.neubert@webpost.example>",
               "AW: Unfallversicherung Kind Reiten", T(body), irt=MID("c131", "webpost.example", "web"),
               agent="Microsoft Outlook 16.0")


@mail(132, "NORMAL", "en", "internal",
      "IT notice about the new standard e-mail signature, HTML with an inline logo (multipart/related) and a text part; no sensitive data")
def m0132():
    text = """Hi all,

from Monday, 20 April, Outlook will add the new standard signature
automatically. Please delete your old signature blocks and do not add
your own images or slogans.

The new signature contains: name, department, company, phone, and the
legal footer of the company you work for. Example below.

For shared mailboxes (e.g. service@, leistung-kv@) the team name is used
instead of a person's name.

Questions: it-service@lindenau-versicherung.example

Daniel

-- 
Example:
Maria Example
Department Example
Lindenau Versicherung | Hafenallee 12 | 04179 Leipzig
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Hi all,</p>
<p>from Monday, 20 April, Outlook will add the new standard signature automatically. Please delete your
old signature blocks and do not add your own images or slogans.</p>
<p>The new signature contains: name, department, company, phone, and the legal footer of the company you
work for. Example below.</p>
<p>For shared mailboxes (e.g. service@, leistung-kv@) the team name is used instead of a person's name.</p>
<p>Questions: <a href="mailto:it-service@lindenau-versicherung.example">it-service@lindenau-versicherung.example</a></p>
<p>Daniel</p>
<hr>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:10px"><img src="cid:lindenau-logo@lindenau-versicherung.example" width="40" height="40" alt="Lindenau"></td>
<td style="font-size:9pt;color:#333"><b>Maria Example</b><br>Department Example<br>Lindenau Versicherung | Hafenallee 12 | 04179 Leipzig</td>
</tr></table>
</body></html>"""
    logo = ATT(PNG(40, 40, (29, 92, 70), stripe=(255, 255, 255)), "image/png", "lindenau-logo.png", inline=True)
    logo["Content-ID"] = "<lindenau-logo@lindenau-versicherung.example>"
    return MSG(D("2026-04-09 15:00"), A("fischer"), "All staff <all-staff@lindenau-versicherung.example>",
               "New standard e-mail signature from 20 April",
               ALT(T(text, cte="8bit", flowed=True), MIX(H(html), logo, subtype="related")),
               agent="UA:Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")


@mail(133, "CONFIDENTIAL", "en", "customer",
      "customer's mail about job loss and unemployment benefit amount (income) forwarded to premium collection for a payment plan on her motor policy")
def m0133():
    body = """Hallo Thomas,

Kundin bittet um Ratenzahlung / Zahlpause Kfz, Details unten. Kannst du ihr
direkt antworten (englisch)? Ich habe ihr gesagt, dass sich das Inkasso
meldet.

""" + SIG["krueger"] + """
-----Original Message-----
From: Aisha Rahman <aisha.rahman@webpost.example>
Sent: Thursday, April 9, 2026 8:47 PM
To: service@lindenau-versicherung.example
Subject: car insurance payment - lost my job

Hello,

I lost my job at the end of January (the company closed its Leipzig
office) and I only get unemployment benefit of 1,240 EUR a month now,
my rent alone is 690. The annual car insurance (KF-4471-290045, 412 EUR)
is due on 1 May and I can't pay it in one go.

Is it possible to pay monthly, or to pause it for 2-3 months until I
have a new job? I have two interviews next week so hopefully it's not
for long. I need the car for the interviews.

Thank you for your understanding,
Aisha Rahman
Zollikoferstr. 4, 04315 Leipzig
"""
    return MSG(D("2026-04-10 08:30"), A("krueger"), A("hartmann"),
               "WG: car insurance payment - lost my job", T(body), agent="Microsoft Outlook 16.0",
               refs=MID("c133", "webpost.example", "exchange"))


@mail(134, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "company pension (direct insurance) annual statement for a named employee: ZIP with the statement PDF and a contribution history CSV")
def m0134():
    body = """Dear Mr Clarke,

as requested, please find your annual statement for your company pension
(direct insurance via your employer) attached as a ZIP file: the statement
as a PDF and, as you asked, the full contribution history as a CSV file
for your own spreadsheet.

The password for opening the ZIP is not needed - it isn't encrypted, so
please store it safely.

If you are thinking about continuing the contract privately after
leaving your employer, let me know; you can do this within three months
without a new health check.
""" + SIG["schaefer"] + FOOT_EN
    pdf = PDF("""#Annual statement 2025 - company pension (direct insurance)
Lindenau Lebensversicherung AG, Hafenallee 12, 04179 Leipzig
 
Insured person: Mr Daniel Clarke, born 22/06/1984
Employer / policyholder: Saxonia Software GmbH, Leipzig (group contract GV 8812)
Policy: bAV 0612.440.218-5, start 01/04/2019, retirement date 01/07/2051
 
Contributions 2025 (salary conversion + employer 15 % top-up):  EUR 3,312.00
Total contributions since start:                                    EUR 19,872.00
Guaranteed pension at age 67:                                       EUR 211.40 per month
Projected pension incl. surplus (not guaranteed):                  EUR 346.90 per month
Alternative lump sum (projected):                                   EUR 98,450.00
Current surrender value (for information):                          EUR 18,930.55
 
Death benefit before retirement: return of contributions plus surplus,
beneficiary: spouse, Mrs Sophie Clarke.
""", title="Annual statement 2025 bAV 0612.440.218-5", author="Lindenau bAV-Service", created="20260410090000")
    csv_text = """year;employee_conversion_eur;employer_topup_eur;total_eur
2019;1440.00;216.00;1656.00
2020;1920.00;288.00;2208.00
2021;1920.00;288.00;2208.00
2022;2400.00;360.00;2760.00
2023;2640.00;396.00;3036.00
2024;2880.00;432.00;3312.00
2025;2880.00;432.00;3312.00
"""
    z = ZIP([("Clarke_bAV_2025/Annual_statement_2025.pdf", pdf),
             ("Clarke_bAV_2025/contribution_history.csv", crlf(csv_text).encode("ascii"))],
            when=(2026, 4, 10, 9, 5, 0))
    return MSG(D("2026-04-10 09:40"), A("schaefer"), "Daniel Clarke <dan.clarke@kabelmail.example>",
               "Your company pension statement 2025",
               MIX(T(body), ATT(z, "application/zip", "Pension_statement_2025.zip")),
               agent="Microsoft Outlook 16.0")


@mail(135, "NORMAL", "de", "internal",
      "trap: DOCX template of a disability-claim rejection letter with «placeholders» for name, diagnosis, reasons; sent to legal for review")
def m0135():
    body = """Hallo Herr Dr. Lammert,

anbei unsere überarbeitete Vorlage für Ablehnungsschreiben in der BU. Wir
haben sie verständlicher formuliert (Feedback aus der Kundenbefragung) und
den Hinweis auf den Ombudsmann nach oben gezogen.

Könnten Sie bis Ende April prüfen, ob die Formulierungen zur Begründung
und zur Frist rechtlich so passen? Platzhalter sind mit « » markiert.
""" + SIG["vogel"]
    doc = DOCX([
        "# Vorlage BU-ABL-03 (Stand 04/2026)",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «PLZ» «Ort»",
        "Ihre Berufsunfähigkeitsversicherung «Vertragsnummer» – Ihr Antrag vom «Antragsdatum»",
        "«Anrede_lang»,",
        "wir haben Ihren Antrag auf Leistungen sorgfältig geprüft. Leider können wir nach den uns vorliegenden Unterlagen keine Berufsunfähigkeit von mindestens 50 % in Ihrem zuletzt ausgeübten Beruf als «Beruf» feststellen.",
        "Grundlage unserer Entscheidung sind die Berichte von «Ärzte_Liste» sowie das Gutachten von «Gutachter» vom «Gutachtendatum». Danach bestehen aufgrund «Diagnose_in_Worten» Einschränkungen bei «Einschränkungen», die Ihre Tätigkeit aber nur zu «Prozent» % beeinträchtigen.",
        "Sie sind mit unserer Entscheidung nicht einverstanden? Sie können sich jederzeit kostenlos an den Versicherungsombudsmann wenden (www.versicherungsombudsmann.example) oder uns neue ärztliche Unterlagen schicken.",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ], title="Vorlage BU-ABL-03", author="Katrin Vogel", created="2026-04-10T13:00:00Z")
    return MSG(D("2026-04-10 13:25"), A("vogel"), '"Dr. Tim Lammert" <tim.lammert@lindenau-versicherung.example>',
               "Vorlage Ablehnungsschreiben BU – Bitte um rechtliche Prüfung",
               MIX(T(body), ATT(doc, CT_DOCX, "Vorlage_BU-ABL-03_Entwurf.docx")),
               agent="Microsoft Outlook 16.0")


@mail(136, "CONFIDENTIAL", "de", "insurer-to-assessor",
      "inspection order to an assessor with the customer's mail attached, which itself carries the roofer's forwarded estimate (nested messages)")
def m0136():
    roofer = MSG(D("2026-04-08 16:20"), "Dachdeckerei Kluge <buero@dachdecker-kluge.example>",
                 "Ralf Hennig <ralf.hennig@t-net.example>", "Angebot Dachreparatur Birkenweg 4",
                 T("""Sehr geehrter Herr Hennig,

nach Besichtigung am 07.04. bieten wir an:

- Neueindeckung Nordseite ca. 38 m², Betondachstein, inkl. Lattung   7.980,00 €
- Erneuerung Firstreihe 11 lfm                                           1.210,00 €
- Gerüst 3 Wochen                                                        1.450,00 €
- Entsorgung Altmaterial                                                   390,00 €
Summe netto 11.030,00 €, zzgl. 19 % MwSt. 2.095,70 € = 13.125,70 €

Hinweis: Die Lattung ist teilweise morsch, das ist kein Sturmschaden.

Mit freundlichen Grüßen
Dachdeckerei Kluge
"""), mid=MID("i136r", "dachdecker-kluge.example", "exchange"))
    cust = MSG(D("2026-04-09 19:05"), "Ralf Hennig <ralf.hennig@t-net.example>",
               "Emre Aydın <emre.aydin@lindenau-versicherung.example>", "Fwd: Angebot Dachreparatur Birkenweg 4",
               MIX(T("""Hallo Herr Aydin,
hier das angebot vom dachdecker. 13000 euro!!! ich hoffe sie zahlen das
alles, der sturm hat die halbe nordseite abgedeckt. bin tagsüber unter
0162 5517 302 erreichbar.
R. Hennig
"""), FWD(roofer, "Angebot Dachreparatur Birkenweg 4.eml")),
               mid=MID("i136c", "t-net.example", "tb"))
    body = """Sehr geehrter Herr Kern,

bitte besichtigen Sie den folgenden Sturmschaden und erstellen Sie ein
Kurzgutachten zu Ursache und Höhe:

  Schadennummer:   SW-26-001977
  Versicherter:    Ralf Hennig, Birkenweg 4, 04860 Torgau
  Vertrag:         Wohngebäude WG 20 166 045
  Schadentag:      05.04.2026 (Sturmtief "Ilka", DWD Windstärke 9 Torgau)
  Telefon Kunde:   0162 5517 302 (tagsüber)

Der Kunde hat ein Angebot der Dachdeckerei Kluge über 13.125,70 EUR
geschickt (seine Mail hängt an). Der Dachdecker schreibt selbst, dass die
Lattung teilweise morsch ist. Bitte grenzen Sie Sturmschaden und
Verschleiß sauber ab.

Honorar nach Rahmenvereinbarung, Frist 3 Wochen.
""" + SIG["aydin"] + FOOT_AG
    return MSG(D("2026-04-10 10:15"), A("aydin"), "Sachverständigenbüro Kern <auftrag@sv-kern.example>",
               "Besichtigungsauftrag SW-26-001977 – Hennig, Torgau",
               MIX(T(body), FWD(cust, "Fwd Angebot Dachreparatur Birkenweg 4.eml")),
               agent="Microsoft Outlook 16.0")


@mail(137, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "health insurance: customer 12 weeks pregnant asks to switch tariff for better maternity cover; quoted, reply on health questions and exclusions")
def m0137():
    body = """Dear Ms Petrova,

congratulations on your pregnancy!

You can switch from "KV-Start" to "KV-Komfort" at any time under section
204 of the Insurance Contract Act, and your ageing reserves are credited.
However, for benefits that KV-Komfort pays in addition to your current
tariff (e.g. single room, chief physician, midwife on-call fee), we are
allowed to ask health questions. As you are already pregnant, the
additional maternity benefits of the new tariff would be excluded for this
pregnancy - what your current tariff covers (delivery, hospital stay,
midwife, check-ups) remains fully covered.

So a switch now would not improve the cover for this birth, but it would
for the future, and your baby could be insured in KV-Komfort from birth
without health questions.

If you'd like me to prepare the switch anyway, just reply and I'll send
you the application.
""" + SIG["oneill"] + FOOT_EN + """
> From: Elena Petrova <elena.petrova@mailo.example>
> Sent: Friday, April 10, 2026 12:44 PM
> To: international@lindenau-versicherung.example
> Subject: change tariff - pregnancy
>
> Hello, I'm pregnant (12 weeks, due in October) and I want to switch to
> the tariff with better cover for the birth (single room etc). my
> insurance no is 7 340 329 811. is it possible now?
> Thanks, Elena
"""
    return MSG(D("2026-04-13 10:05"), A("oneill"), "Elena Petrova <elena.petrova@mailo.example>",
               "RE: change tariff - pregnancy", T(body), irt=MID("c137", "mailo.example", "exchange"),
               agent="Microsoft Outlook 16.0")


@mail(138, "NORMAL", "en", "insurer-to-supplier",
      "trap: translation agency asked for a quote to translate health policy wordings (pre-existing conditions, psychotherapy); sample text, no person")
def m0138():
    body = """Dear Ms Whitcombe,

we'd like a quote for translating our international health insurance
conditions from German into English:

- "AVB Lindenau International Health 2026", 46 pages, approx. 14,200
  words (Word file, tracked changes welcome)
- glossary of about 120 terms to be created and reused, e.g.
  "Vorerkrankung" = pre-existing condition, "Heilbehandlung" = medical
  treatment, "Psychotherapie" = psychotherapy, "Anschlussheilbehandlung"
  = follow-up rehabilitation
- delivery by 15 May 2026

A short sample (section 4, "Limits of cover") is below so you can judge
the style:

  "No benefits are payable for treatment of pre-existing conditions known
  to the insured person at the start of the insurance unless they were
  declared in the application and accepted by us."

Please quote per word and state whether a second reviewer (insurance
specialist) is included.
""" + SIG["oneill"] + FOOT_EN
    return MSG(D("2026-04-13 14:40"), A("oneill"), "Harriet Whitcombe <quotes@clearword-translations.example>",
               "Quote request: translation of health insurance conditions DE>EN",
               T(body, cte="8bit"), agent="Microsoft Outlook 16.0")


@mail(139, "CONFIDENTIAL", "de", "insurer-to-customer",
      "rent deposit guarantee: tenant, landlord, flat address and amount; windows-1252")
def m0139():
    body = """Sehr geehrte Frau Albrecht,

Ihre Mietkautionsbürgschaft ist ausgestellt. Die Bürgschaftsurkunde geht
heute im Original per Post an Ihre Vermieterin:

  Bürgschaftsnummer:  MK 09 114 602
  Mieterin:           Franziska Albrecht
  Vermieterin:        Hausverwaltung Sommerfeld & Partner GbR,
                      Karl-Tauchnitz-Straße 3, 04107 Leipzig
  Mietobjekt:         Kochstraße 112, 2. OG links, 04275 Leipzig
  Bürgschaftsbetrag:  2.850,00 € (3 Nettokaltmieten)
  Jahresbeitrag:      128,25 € (4,5 %), Abbuchung zum 01.05.2026

Die Bürgschaft endet, sobald die Vermieterin die Urkunde nach Ihrem
Auszug zurückgibt. Bitte denken Sie daran, sie dann bei uns einzureichen,
sonst läuft der Beitrag weiter.
""" + SIG["krueger"] + FOOT_AG
    return MSG(D("2026-04-14 09:20"), A("krueger"), "Franziska Albrecht <f.albrecht@kabelmail.example>",
               "Ihre Mietkautionsbürgschaft MK 09 114 602", T(body, charset="windows-1252"),
               agent="Microsoft Outlook 16.0")


@mail(140, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "term life death claim: widow's mail naming the cause of death (heart attack) quoted under the document request")
def m0140():
    body = """Sehr geehrte Frau Gebhardt,

mein herzliches Beileid zum Tod Ihres Mannes.

Sie müssen sich jetzt nicht um alles auf einmal kümmern. Für die
Auszahlung aus der Risikolebensversicherung RL 0517.208.336-0 brauchen wir
nur:

1. die Sterbeurkunde (eine Kopie genügt)
2. den Versicherungsschein, falls Sie ihn finden – sonst reicht eine kurze
   Erklärung, dass er nicht auffindbar ist
3. Ihre Bankverbindung

Eine ärztliche Todesursachenbescheinigung brauchen wir nicht, da der
Vertrag schon länger als drei Jahre besteht. Sie sind als Bezugsberechtigte
eingetragen; die Versicherungssumme beträgt 120.000 EUR.

Wenn Sie lieber telefonieren: Ich bin unter 0341 5560-4432 für Sie da.
""" + SIG["vogel"] + FOOT_LEBEN + """
-----Ursprüngliche Nachricht-----
Von: Ute Gebhardt <ute.gebhardt@t-net.example>
Gesendet: Dienstag, 14. April 2026 08:12
An: leben-leistung@lindenau-versicherung.example
Betreff: Tod meines Mannes

Guten Tag,
mein Mann Dieter Gebhardt (geb. 17.10.1961) ist am 30. März ganz plötzlich
an einem Herzinfarkt gestorben, beim Rasenmähen im Garten. Der Notarzt
konnte nichts mehr machen. Er hatte bei Ihnen eine Lebensversicherung.
Was muss ich tun?
Ute Gebhardt, Lößnig
"""
    return MSG(D("2026-04-14 11:45"), A("vogel"), "Ute Gebhardt <ute.gebhardt@t-net.example>",
               "AW: Tod meines Mannes", T(body), irt=MID("c140", "t-net.example", "web"),
               agent="Microsoft Outlook 16.0")


@mail(141, "NORMAL", "en", "internal",
      "summer outing planning for the department, vote by form; no sensitive data")
def m0141():
    body = """Hi all,

it's that time of year again - let's plan our department summer outing!
Proposed date: Friday, 26 June 2026, from 13:00.

Options (please vote in the form by 8 May):
1. canoe tour on the Weiße Elster + barbecue at the Wildpark
2. escape room in the city centre + dinner at the Moritzbastei
3. guided tour of the Panometer + beer garden

Partners are welcome at the dinner part. The department pays for the
activity and food; drinks are on everyone themselves.

If anyone has dietary requirements or needs step-free access, just let me
know privately - no need to write it in the form.

Grace
""" + SIG["okafor"]
    return MSG(D("2026-04-15 12:00"), A("okafor"), "Reinsurance & International <ri-team@lindenau-versicherung.example>",
               "Summer outing 26 June - please vote", T(body, cte="8bit"), agent="Microsoft Outlook 16.0")


@mail(142, "CONFIDENTIAL", "en", "broker",
      "broker's D&O enquiry for a small company forwarded internally; names the directors with dates of birth and salaries")
def m0142():
    body = """Hi Lena,

could you have a quick look whether our D&O SME product fits before I
quote? Broker's mail below. Small company, clean history. I'd need the
dates of birth only for the sanctions screening.

Thanks,
Oliver
""" + SIG["schuster"] + """
From: Gareth Lowry <g.lowry@castleford-risk.example>
Sent: Wednesday, April 15, 2026 3:05 PM
To: Oliver Schuster <oliver.schuster@lindenau-versicherung.example>
Subject: D&O quote - Brightwater Analytics GmbH

Hi Oliver,

could you quote D&O cover (EUR 2m limit) for Brightwater Analytics GmbH,
Leipzig (data analytics, 34 employees, turnover 2025 EUR 4.1m, no
claims, no insolvency, no US exposure)?

Managing directors:
- Dr Helen Marsh, born 04 July 1976, salary EUR 148,000
- Jonas Pietsch, born 1983-02-19, salary EUR 132,000
Supervisory board: none.

They'd like cover from 1 June. Financials attached in the portal.

Thanks,
Gareth
"""
    return MSG(D("2026-04-15 16:30"), A("schuster"), "Lena Sommer <lena.sommer@lindenau-versicherung.example>",
               "FW: D&O quote - Brightwater Analytics GmbH", T(body, charset="us-ascii", cte="7bit"),
               agent="Microsoft Outlook 16.0", refs=MID("c142", "castleford-risk.example", "exchange"))


@mail(143, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "private long-term care: appointment for the care-level assessment at the insured's home, ICS attached; names insured and daughter")
def m0143():
    body = """Sehr geehrte Frau Walther,

der Gutachter für die Pflegebegutachtung Ihrer Mutter, Frau Gertrud
Walther (Pflegepflichtversicherung, Versicherungsnummer 7 340 044 209),
kommt am

    Dienstag, 28.04.2026, zwischen 10:00 und 11:00 Uhr
    Stötteritzer Landstraße 19, 04299 Leipzig

Den Termin finden Sie auch im Anhang für Ihren Kalender.

So bereiten Sie sich vor:
- Legen Sie Arztberichte, den Medikamentenplan und, falls vorhanden, das
  Pflegetagebuch bereit.
- Bitte seien Sie beim Termin dabei. Ihre Mutter sollte sich so zeigen,
  wie sie im Alltag ist – auch wenn sie an dem Tag einen guten Tag hat.
- Es geht um Beweglichkeit, Gedächtnis und Orientierung, Selbstversorgung
  und den Umgang mit ihrer Herzschwäche und dem Diabetes.

Passt der Termin nicht, rufen Sie mich bitte an.
""" + SIG["reimann"] + FOOT_KV
    ics = crlf("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenau Krankenversicherung//Terminservice 1.4//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:pflegebegutachtung-7340044209-20260428@lindenau-versicherung.example
DTSTAMP:20260415T081200Z
DTSTART:20260428T080000Z
DTEND:20260428T090000Z
SUMMARY:Pflegebegutachtung Gertrud Walther (Hausbesuch)
LOCATION:Stötteritzer Landstraße 19\\, 04299 Leipzig
DESCRIPTION:Begutachtung zur Feststellung des Pflegegrades. Bitte Arztberi
 chte\\, Medikamentenplan und Pflegetagebuch bereitlegen.
END:VEVENT
END:VCALENDAR
""")
    return MSG(D("2026-04-15 10:20"), A("reimann"), "Kathrin Walther <kathrin.walther@mailo.example>",
               "Termin Pflegebegutachtung Ihrer Mutter am 28.04.2026",
               MIX(T(body), TXTATT(ics.encode("utf-8"), "Pflegebegutachtung_28-04-2026.ics", "utf-8", "text/calendar")),
               agent="Microsoft Outlook 16.0")


@mail(144, "NORMAL", "en", "insurer-to-prospect",
      "exchange student asks what car insurance would cost; generic premium ranges, no contract")
def m0144():
    body = """Hi Tyler,

for a young driver the price depends mostly on the driving experience,
the car and the postcode. Rough figures for Leipzig, third-party
liability plus partial cover (Teilkasko), for a 2015 VW Polo:

- with a German or EU licence held for 1-2 years: approx. EUR 110-140
  per month
- as a second driver on a parent's or host family's policy: often only
  EUR 25-40 per month more for them

Important for you: a US licence is valid in Germany for six months only.
After that you need a German licence, otherwise neither we nor any other
insurer will pay in case of an accident.

If you send me the car details (or the registration document), I can
calculate an exact quote.
""" + SIG["krueger"] + FOOT_EN + """
> hey, im 19 and on an exchange year in leipzig. how much would car
> insurance cost for a cheap used car like a polo? my host family says
> its super expensive in germany lol. thx Tyler
"""
    return MSG(D("2026-04-16 09:35"), A("krueger"), "Tyler Brooks <tyler.brooks@mailo.example>",
               "Re: car insurance price", T(body, cte="8bit"), irt=MID("c144", "mailo.example", "android"),
               agent="Microsoft Outlook 16.0")


@mail(145, "CONFIDENTIAL", "de", "insurer-to-customer",
      "household: lightning surge destroyed TV and router; named customer, address, policy, claim, payout; windows-1252 quoted-printable")
def m0145():
    body = """Hallo Herr Schwertfeger,

danke für die Bestätigung des Elektrikers. Den Überspannungsschaden durch
den Blitzeinschlag in der Nacht zum 12.04. regulieren wir aus Ihrer
Hausratversicherung (HR 20 377 418, Grünauer Allee 9, 04209 Leipzig):

  Fernseher LG OLED 55", Kauf 2022, Neupreis 1.299 €   1.299,00 €
  WLAN-Router (Mietgerät, nicht versichert)               0,00 €
  Bericht Elektriker Fa. Volt-Service                    95,00 €
  Auszahlung (ohne Selbstbeteiligung)                 1.394,00 €

Den Router muss Ihr Internetanbieter ersetzen, weil er ihm gehört. Die
Auszahlung geht auf Ihr bekanntes Konto.

Schadennummer für Ihre Unterlagen: SH-26-004418.
""" + SIG["krueger"] + FOOT_AG + """
Am 15.04.2026 um 17:22 schrieb Uwe Schwertfeger:
> Guten Tag, anbei wie gewünscht der Bericht vom Elektriker. Er sagt es war
> eindeutig der Blitz, bei den Nachbarn ist auch einiges kaputt. Fernseher
> ist hin, Router auch.
> MfG U. Schwertfeger
"""
    return MSG(D("2026-04-16 14:10"), A("krueger"), "Uwe Schwertfeger <u.schwertfeger@t-net.example>",
               "AW: Blitzschaden Fernseher", T(body, charset="windows-1252"),
               irt=MID("c145", "t-net.example", "tb"), agent="Microsoft Outlook 16.0")


@mail(146, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "motor liability bodily injury of a third party: ZIP with the injured cyclist's medical report (PDF) and the police note; harmless body")
def m0146():
    body = """Hallo Personenschaden-Team,

bitte übernehmt ab jetzt KS-2026-0008412, Unterlagen im ZIP. Sachschaden
am Fahrrad ist bereits reguliert.

""" + SIG["wendt"]
    report = PDF("""#Unfallchirurgische Ambulanz - Klinikum Rosental
Ärztlicher Bericht für den Haftpflichtversicherer (auf Wunsch der Patientin)
 
Patientin: Johanna Reichelt, geb. 1995-09-03, Dammstraße 6, 04299 Leipzig
Unfall: 24.03.2026, Kollision als Radfahrerin mit abbiegendem Pkw
 
Diagnosen:
S13.4  Distorsion der Halswirbelsäule (HWS-Schleudertrauma), QTF Grad II
S60.2  Prellung Handgelenk links
S80.0  Prellung Knie rechts mit Schürfwunde
 
Befund: Schmerzhaft eingeschränkte Rotation der HWS, Muskelhartspann, keine
neurologischen Ausfälle. Röntgen HWS: keine knöcherne Verletzung.
Therapie: Analgesie (Ibuprofen 600 mg 3x tgl.), Physiotherapie 6x, Arbeitsunfähigkeit
24.03. - 17.04.2026 (Tätigkeit: Krankenpflegerin, Heben nicht möglich).
 
Leipzig, 14.04.2026 - Dr. med. Falk Reinhold, Oberarzt
""", title="Bericht Reichelt", author="Klinikum Rosental", created="20260414120000")
    police = """Polizeirevier Leipzig-Südost - Verkehrsunfallanzeige (Auszug für Versicherer)
Tagebuch-Nr. 3318/26-VU
Datum/Zeit: 24.03.2026, 07:48 Uhr, Prager Straße / Riebeckstraße
Beteiligter 1: Pkw L-FK 702, Fahrer Frank Kessler (VN Lindenau, KF-4471-198834)
Beteiligte 2: Radfahrerin Johanna Reichelt
Hergang: Pkw biegt rechts ab und übersieht Radfahrerin auf Radweg (Geradeausverkehr).
Verletzungen: B2 leicht verletzt, Transport RTW Klinikum Rosental.
Verwarnung B1 gem. § 9 Abs. 3 StVO.
"""
    z = ZIP([("KS-2026-0008412/Arztbericht_Reichelt.pdf", report),
             ("KS-2026-0008412/Polizei_Auszug_3318-26.txt", crlf(police).encode("utf-8"))],
            when=(2026, 4, 16, 15, 0, 0))
    return MSG(D("2026-04-16 15:30"), A("wendt"), "Personenschaden Kfz <personenschaden@lindenau-versicherung.example>",
               "Übergabe KS-2026-0008412",
               MIX(T(body), ATT(z, "application/zip", "KS-2026-0008412_Unterlagen.zip")),
               agent="Microsoft Outlook 16.0")


@mail(147, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "grey zone: staff out-of-office reply to a customer saying he is in hospital after surgery until a given date (employee's health sent outside)")
def m0147():
    body = """Thank you for your e-mail.

I am currently in hospital following knee surgery and will be out of the
office until Monday, 4 May 2026. I will not be reading my e-mails.

For urgent matters please contact our International Service team at
international@lindenau-versicherung.example or +49 341 5560-3800.
In a medical emergency abroad, please call +49 341 5560-7777 (24/7).

Patrick O'Neill
International Health Services
Lindenau Krankenversicherung AG
"""
    return MSG(D("2026-04-17 08:02"), A("oneill"), "Arjun Mehta <arjun.mehta@webpost.example>",
               "Automatic reply: my invoice from March", T(body, charset="us-ascii", cte="7bit"),
               irt=MID("c147", "webpost.example", "iphone"),
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
               agent="Microsoft Exchange Server 16.0")


@mail(148, "CONFIDENTIAL", "de", "insurer-to-customer",
      "SEPA mandate confirmation and pre-notification: short body, the PDF holds IBAN, mandate reference, date of birth and contracts")
def m0148():
    body = """Guten Tag Frau Zimmermann,

anbei Ihre Bestätigung zum SEPA-Lastschriftmandat mit der Vorabankündigung
der nächsten Abbuchungen. Bitte bewahren Sie das Schreiben auf.
""" + SIG["hartmann"] + FOOT_AG
    pdf = PDF("""#Bestätigung SEPA-Lastschriftmandat und Vorabankündigung
Lindenau Allgemeine Versicherung AG, Hafenallee 12, 04179 Leipzig
Gläubiger-ID: DE98ZZZ09999999999
 
Kontoinhaberin: Julia Zimmermann, geb. 05.12.1990
Anschrift:      Eisenbahnstraße 140, 04315 Leipzig
IBAN:           DE03 5154 1120 1764 9476 16
BIC:            GENODEF1LVB
Mandatsreferenz: LIN-SEPA-2026-0447182
Mandat erteilt am: 14.04.2026 (elektronisch im Kundenportal)
 
Vorabankündigung der nächsten Abbuchungen:
Fälligkeit    Vertrag                       Betrag
01.05.2026    Kfz KF-4471-301277              48,90 EUR
01.05.2026    Hausrat HR 20 790 115            9,80 EUR
01.05.2026    Privathaftpflicht PH 18 650 032  5,10 EUR
Summe                                          63,80 EUR (monatlich)
""", title="SEPA-Bestaetigung LIN-SEPA-2026-0447182", author="Lindenau Inkasso", created="20260416160000")
    return MSG(D("2026-04-17 09:15"), A("hartmann"), "Julia Zimmermann <julia.zimmermann@webpost.example>",
               "Ihre SEPA-Bestätigung",
               MIX(T(body), ATT(pdf, "application/pdf", "SEPA_Bestaetigung_LIN-SEPA-2026-0447182.pdf")),
               agent="Microsoft Outlook 16.0")


@mail(149, "NORMAL", "en", "internal",
      "trap: guidance for the international claims team on German dental fee rules (GOZ factors, implants, orthodontics for children); no case")
def m0149():
    body = """Dear colleagues in International Health,

several of you asked how to read German dental invoices for our expat
customers who see dentists in Germany. A short guide:

1. Fees follow the GOZ. Each item has a base fee; dentists multiply it by
   a factor. Up to 2.3 no justification is needed, up to 3.5 with a
   written reason on the invoice, above 3.5 only with a prior written
   agreement signed by the patient.
2. Implants: items 9000-9170. Material and lab costs are listed
   separately and are often the largest part.
3. Orthodontics for children: the treatment plan shows the KIG grade
   (1-5). Our international plans pay from KIG 3, like the statutory
   system; for KIG 1-2 we need the plan reviewed by our dental advisor.
4. Professional cleaning (item 1040) is not a treatment of illness and
   is only covered in the dental add-on.

When in doubt, forward the invoice to the dental advisor via the claims
system - please don't e-mail invoices or X-rays to each other.

Melanie
""" + SIG["hoffmann"]
    return MSG(D("2026-04-17 13:20"), A("hoffmann"), "International Health Services <international-team@lindenau-versicherung.example>",
               "How to read German dental invoices (GOZ) - short guide", T(body), agent="Microsoft Outlook 16.0")


@mail(150, "NORMAL", "de", "newsletter",
      "trap: customer magazine teaser (HTML with inline logo + text) on cycling season, tick bites and TBE vaccination, holiday cover; no person")
def m0150():
    text = """Lindenau Magazin – Frühjahr 2026

Fahrradsaison: So ist Ihr Rad richtig geschützt
Ein gutes Schloss ist Pflicht – bei Diebstahl zahlen wir nur, wenn das Rad
an einem festen Gegenstand angeschlossen war.

Zecken: Was tun nach einem Stich?
Zecke mit einer Pinzette langsam herausziehen, Stelle markieren und
beobachten. Bildet sich eine Wanderröte oder bekommen Sie Fieber, gehen Sie
zum Arzt. Die FSME-Impfung wird für Sachsen empfohlen und von unseren
Krankenversicherungstarifen übernommen.

Urlaub: Reisekrankenversicherung nicht vergessen
Im Ausland zahlt die gesetzliche Kasse oft nur einen Teil, einen
Rücktransport nie.

Zum ganzen Magazin: https://www.lindenau-versicherung.example/magazin
Abmelden: https://www.lindenau-versicherung.example/newsletter/abmelden
"""
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Lindenau Magazin</title></head>
<body style="font-family:Georgia,serif;background:#fafaf7;margin:0">
<table width="600" align="center" cellpadding="14" style="background:#fff">
<tr><td><img src="cid:logo-magazin@lindenau-versicherung.example" width="40" height="40" alt="Lindenau">
<span style="font-size:20px;color:#1d5c46;vertical-align:top">Lindenau Magazin &ndash; Fr&uuml;hjahr 2026</span></td></tr>
<tr><td>
<h2>Fahrradsaison: So ist Ihr Rad richtig gesch&uuml;tzt</h2>
<p>Ein gutes Schloss ist Pflicht &ndash; bei Diebstahl zahlen wir nur, wenn das Rad an einem festen Gegenstand angeschlossen war.</p>
<h2>Zecken: Was tun nach einem Stich?</h2>
<p>Zecke mit einer Pinzette langsam herausziehen, Stelle markieren und beobachten. Bildet sich eine Wanderr&ouml;te
oder bekommen Sie Fieber, gehen Sie zum Arzt. Die FSME-Impfung wird f&uuml;r Sachsen empfohlen und von unseren
Krankenversicherungstarifen &uuml;bernommen.</p>
<h2>Urlaub: Reisekrankenversicherung nicht vergessen</h2>
<p>Im Ausland zahlt die gesetzliche Kasse oft nur einen Teil, einen R&uuml;cktransport nie.</p>
<p><a href="https://www.lindenau-versicherung.example/magazin">Zum ganzen Magazin</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888"><a href="https://www.lindenau-versicherung.example/newsletter/abmelden">Abmelden</a>
&middot; Lindenau Versicherung &middot; Hafenallee 12 &middot; 04179 Leipzig</td></tr>
</table></body></html>"""
    logo = ATT(PNG(40, 40, (29, 92, 70)), "image/png", "logo.png", inline=True)
    logo["Content-ID"] = "<logo-magazin@lindenau-versicherung.example>"
    return MSG(D("2026-04-20 07:00"), A("newsletter"), "undisclosed-recipients:;",
               "Lindenau Magazin: Fahrradsaison, Zecken, Urlaub",
               ALT(T(text), MIX(H(html), logo, subtype="related")), mid=MID("nl-2026-04", style="sys"),
               extra=[("List-Unsubscribe", "<https://www.lindenau-versicherung.example/newsletter/abmelden?c=2604>"),
                      ("Precedence", "bulk")], agent="Lindenau Mailing 3.1")


# ===========================================================================
# driver
# ===========================================================================

KINDS_OK = re.compile(r"^(internal|newsletter|insurer-to-[a-z-]+|[a-z-]+)$")


def build(outdir):
    mdir = os.path.join(outdir, "mails")
    if os.path.isdir(mdir):
        shutil.rmtree(mdir)
    os.makedirs(mdir)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(MAILS):
        fn, label, lang, kind, reason = MAILS[n]
        _CUR["n"], _CUR["k"] = n, 0
        msg = fn()
        name = "%s%04d.eml" % (PREFIX, n)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(msg.as_bytes(policy=SMTP))
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


# ===========================================================================
# checker
# ===========================================================================

def _iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "IE": 22, "ES": 24, "FR": 27, "CH": 21, "PL": 28, "IT": 27}
# deliberately wrong IBANs written by customers (the mails say so)
IBAN_INVALID_OK = set()


def pdf_text(data):
    """Text shown by Tj operators in all FlateDecode streams."""
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            raw = zlib.decompress(m.group(1))
        except zlib.error:
            continue
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", t.group(1))
            out.append(s.decode("cp1252"))
    return "\n".join(out)


def _check_office(name, data, errs, where):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    if bad:
        errs.append("%s: %s: bad member %s" % (where, name, bad))
    names = z.namelist()
    if name.endswith((".odt", ".ods")):
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            errs.append("%s: %s: mimetype not first/stored" % (where, name))
    text = []
    for n in names:
        if n.endswith((".xml", ".rels")):
            try:
                root = ET.fromstring(z.read(n))
                text.append("".join(root.itertext()))
            except ET.ParseError as e:
                errs.append("%s: %s/%s: XML %s" % (where, name, n, e))
    if not "".join(text).strip():
        errs.append("%s: %s: no text" % (where, name))
    return "\n".join(text)


def _check_file(name, data, errs, where, charset=None, texts=None):
    low = name.lower()
    if low.endswith(".pdf"):
        t = pdf_text(data)
        if not t.strip():
            errs.append("%s: %s: empty PDF text layer" % (where, name))
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-10:]:
            errs.append("%s: %s: PDF frame" % (where, name))
        if texts is not None:
            texts.append(t)
    elif low.endswith((".xlsx", ".docx", ".odt", ".ods")):
        t = _check_office(name, data, errs, where)
        if texts is not None:
            texts.append(t)
    elif low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip():
            errs.append("%s: %s: bad zip" % (where, name))
        for zi in z.infolist():
            if not zi.filename.endswith("/"):
                _check_file(zi.filename, z.read(zi), errs, where + ":" + name, charset=None, texts=texts)
    elif low.endswith(".eml"):
        _check_msg(BytesParser(policy=policy.default).parsebytes(data), errs, where + ":" + name, texts)
    elif low.endswith(".ics"):
        t = data.decode(charset or "utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            errs.append("%s: %s: not a calendar" % (where, name))
        if texts is not None:
            texts.append(t)
    elif low.endswith((".csv", ".tsv", ".txt", ".log", ".pem")):
        if charset is None:
            charset = "utf-8" if not low.endswith(".csv") else "windows-1252"
            try:
                t = data.decode("utf-8")
            except UnicodeDecodeError:
                t = data.decode(charset)
        else:
            t = data.decode(charset)
        if texts is not None:
            texts.append(t)
    elif low.endswith(".png"):
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            errs.append("%s: %s: not a PNG" % (where, name))
    else:
        errs.append("%s: %s: unknown attachment type" % (where, name))


ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"https?://([\w.-]+)")


def _check_msg(msg, errs, where, texts):
    for part in msg.walk():
        for d in part.defects:
            errs.append("%s: MIME defect %r" % (where, d))
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                errs.append("%s: header %s defect %r" % (where, k, d))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        if cte == "7bit" and payload is not None and any(b > 127 for b in payload):
            errs.append("%s: 8-bit data in a 7bit part" % where)
        if fname and not ct.startswith("text/plain") or (fname and fname.lower().endswith((".csv", ".tsv", ".ics"))):
            _check_file(fname, payload, errs, where, part.get_content_charset(), texts)
        elif ct.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            try:
                t = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: part does not decode as %s: %s" % (where, cs, e))
                continue
            texts.append(t)
        elif fname:
            _check_file(fname, payload, errs, where, None, texts)
        else:
            errs.append("%s: leaf part %s without filename" % (where, ct))
    for h in ("From", "To", "Cc", "Reply-To"):
        for v in msg.get_all(h) or []:
            for a in getattr(v, "addresses", ()):
                if a.domain and not a.domain.lower().endswith(".example"):
                    errs.append("%s: %s domain %s" % (where, h, a.domain))


WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MO_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
         "Oktober", "November", "Dezember"]
MO_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def _weekdays(text):
    """Weekday names written next to a full date in quoted headers must be right."""
    bad = []
    for m in re.finditer(r"(%s), (\d{1,2})\. (%s) (\d{4})" % ("|".join(WD_DE), "|".join(MO_DE)), text):
        d = datetime.date(int(m.group(4)), MO_DE.index(m.group(3)) + 1, int(m.group(2)))
        if WD_DE[d.weekday()] != m.group(1):
            bad.append(m.group(0))
    for m in re.finditer(r"(%s),? (%s) (\d{1,2}),? (\d{4})" % ("|".join(WD_EN), "|".join(MO_EN)), text):
        d = datetime.date(int(m.group(4)), MO_EN.index(m.group(2)) + 1, int(m.group(3)))
        if WD_EN[d.weekday()] != m.group(1):
            bad.append(m.group(0))
    for m in re.finditer(r"(%s),? (\d{1,2}) (%s),? (\d{4})" % ("|".join(WD_EN), "|".join(MO_EN)), text):
        d = datetime.date(int(m.group(4)), MO_EN.index(m.group(3)) + 1, int(m.group(2)))
        if WD_EN[d.weekday()] != m.group(1):
            bad.append(m.group(0))
    for m in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})", text):
        d = datetime.date(int(m.group(4)), [x[:3] for x in MO_EN].index(m.group(3)) + 1, int(m.group(2)))
        if WD_EN[d.weekday()][:3] != m.group(1):
            bad.append(m.group(0))
    return bad


def check():
    errs = []
    tmp = tempfile.mkdtemp(prefix="d209-check-")
    try:
        build(tmp)
        # 1. byte-identical
        for name in ["labels.tsv"] + ["mails/%s%04d.eml" % (PREFIX, n) for n in sorted(MAILS)]:
            a = os.path.join(HERE, name)
            b = os.path.join(tmp, name)
            if not os.path.exists(a):
                errs.append("%s missing in %s (run without --check first)" % (name, HERE))
                continue
            with open(a, "rb") as fa, open(b, "rb") as fb:
                if fa.read() != fb.read():
                    errs.append("%s differs from rebuild" % name)
        extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
        if extra:
            errs.append("stray files in mails/: %s" % sorted(extra))
        # 2. every mail
        if sorted(MAILS) != list(range(1, 151)):
            errs.append("mail numbers are not exactly 1..150")
        mids = set()
        stats = {"label": {}, "lang": {}, "kind": {}, "top": {}, "charset": {}, "cte": {}, "att": {}}
        for n in sorted(MAILS):
            fn, label, lang, kind, reason = MAILS[n]
            where = "%s%04d" % (PREFIX, n)
            data = open(os.path.join(tmp, "mails", where + ".eml"), "rb").read()
            if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
                errs.append("%s: bare LF or CR" % where)
            if any(len(l) > 998 for l in data.split(b"\r\n")):
                errs.append("%s: line longer than 998 octets" % where)
            msg = BytesParser(policy=policy.default).parsebytes(data)
            texts = []
            _check_msg(msg, errs, where, texts)
            mid = msg["Message-ID"]
            if not mid or mid in mids:
                errs.append("%s: missing or duplicate Message-ID" % where)
            mids.add(mid)
            dt = parsedate_to_datetime(msg["Date"])
            if dt.year != 2026:
                errs.append("%s: date not in 2026" % where)
            frm = msg["From"].addresses
            if len(frm) != 1 or frm[0].domain != DOMAIN:
                errs.append("%s: sender not on %s" % (where, DOMAIN))
            if not KINDS_OK.match(kind) or "\t" in reason or not reason.strip():
                errs.append("%s: bad kind/reason" % where)
            if label == "NORMAL" and reason.startswith("trap") and not reason.startswith("trap:"):
                errs.append("%s: write 'trap:'" % where)
            alltext = "\n".join(texts)
            for m in ADDR_RE.finditer(alltext):
                if not m.group(1).lower().rstrip(".").endswith(".example"):
                    errs.append("%s: address outside .example: %s" % (where, m.group(0)))
            for m in URL_RE.finditer(alltext):
                if not m.group(1).lower().rstrip(".").endswith(".example"):
                    errs.append("%s: URL outside .example: %s" % (where, m.group(0)))
            for w in _weekdays(alltext):
                errs.append("%s: wrong weekday in %r" % (where, w))
            for m in IBAN_RE.finditer(alltext):
                s = m.group(1).replace(" ", "")
                if s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and not _iban_ok(s) and s not in IBAN_INVALID_OK:
                    errs.append("%s: IBAN with wrong check digits: %s" % (where, m.group(1)))
            for key, val in (("label", label), ("lang", lang), ("kind", kind), ("top", msg.get_content_type())):
                stats[key][val] = stats[key].get(val, 0) + 1
            for part in msg.walk():
                if part.get_content_maintype() == "text" and not part.get_filename():
                    cs = part.get_content_charset() or "us-ascii"
                    stats["charset"][cs] = stats["charset"].get(cs, 0) + 1
                    c = (part.get("Content-Transfer-Encoding") or "7bit").lower()
                    if part.get_param("format") == "flowed":
                        c += " (flowed)"
                    stats["cte"][c] = stats["cte"].get(c, 0) + 1
                fnm = part.get_filename()
                if fnm:
                    ext = fnm.rsplit(".", 1)[-1].lower()
                    stats["att"][ext] = stats["att"].get(ext, 0) + 1
                elif part.get_content_type() == "message/rfc822":
                    stats["att"]["rfc822"] = stats["att"].get("rfc822", 0) + 1
        # 3. labels.tsv
        with open(os.path.join(tmp, "labels.tsv"), encoding="utf-8") as f:
            rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
        if rows[0] != ["file", "label", "lang", "kind", "reason"] or len(rows) != 151:
            errs.append("labels.tsv header/rows wrong")
        for r in rows[1:]:
            if len(r) != 5:
                errs.append("labels.tsv: row with %d columns" % len(r))
    finally:
        shutil.rmtree(tmp)
    for key in stats:
        print("%-8s %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(stats[key].items()))))
    if errs:
        for e in errs:
            print("FAIL", e)
        print("%d problems" % len(errs))
        return 1
    print("OK: %d mails rebuilt byte-identical, parsed and validated" % len(MAILS))
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        sys.exit(check())
    elif sys.argv[1:]:
        print(__doc__)
        sys.exit(2)
    build(HERE)
    print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))
