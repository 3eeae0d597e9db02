#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the d201 mail corpus for Siegel (150 fictitious outgoing mails).

Python standard library only.  Every mail is written on its own in the MAILS
section below; the part above it only holds the MIME plumbing, hand-written
builders for office files / PDF / ZIP, the staff signatures and legal footers.

    python3 make_corpus.py          # writes mails/ and labels.tsv
    python3 make_corpus.py --check  # rebuilds into a temp dir, compares, parses everything

All persons, companies, addresses, numbers and domains are fictitious.
"""

import datetime as _dt
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
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.policy import SMTP, default as DEFAULT_POLICY
from email.utils import format_datetime
from xml.sax.saxutils import escape as _xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d201-"
DOM = "elbmark-versicherung.example"
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
MAILS = {}


def M(n, label, lang, kind, reason):
    assert label in LABELS, label
    assert lang in ("de", "en"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        assert n not in MAILS, n
        MAILS[n] = (label, lang, kind, reason, fn)
        return fn
    return deco


# --------------------------------------------------------------------------
# dates, ids
# --------------------------------------------------------------------------
def D(s):
    """'2026-03-04 09:12' -> RFC 5322 date in German local time (CET/CEST)."""
    t = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = _dt.datetime(2026, 3, 29, 2) <= t < _dt.datetime(2026, 10, 25, 3)
    tz = _dt.timezone(_dt.timedelta(hours=2 if summer else 1))
    return format_datetime(t.replace(tzinfo=tz))


def _h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def mid(n, style="outlook", host=None, salt=""):
    h = _h("mid", n, salt)
    if style == "outlook":
        return "<%s%s@%s>" % ("BE1P281MB", h[:28].upper(), host or "BE1P281MB2214.DEUP281.PROD.OUTLOOK.example")
    if style == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], host or DOM)
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper(), host or DOM)
    if style == "system":
        return "<kosy.%s.%s@%s>" % (h[:10], h[10:16], host or "mail01." + DOM)
    return "<%s.%s@%s>" % (h[:16], h[16:24], host or DOM)


MAILERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")],
    "outlook-en": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")],
    "iphone": [("X-Mailer", "iPhone Mail (22D63)")],
    "system": [("X-Mailer", "Elbmark KOSY Korrespondenz 4.2")],
    "crm": [("X-Mailer", "Elbmark Firmenkunden-CRM 7.1")],
    "newsletter": [("X-Mailer", "Elbmark Newsletter-Service 2.3")],
    "none": [],
}


# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------
def T(body, charset="utf-8", cte="quoted-printable", flowed=False, subtype="plain"):
    """A text part.  Line endings in `body` are normalised by the email package."""
    p = MIMEPart(policy=SMTP)
    if flowed:
        body = _flowed(body)
    p.set_content(body, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        p.set_param("format", "flowed")
    return p


def _flowed(body):
    """RFC 3676: mark the writer's soft line breaks inside prose paragraphs
    with a trailing space (as a mail client that wrapped the text would)."""
    lines = body.split("\n")
    out = []
    for i, ln in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if ln.startswith(" ") or ln.startswith("From "):
            ln = " " + ln  # space-stuffing
        hdr = re.compile(r"^[A-Za-z][\w-]*: ")
        prose = (len(ln) >= 55 and nxt.strip() and nxt[:1].isalpha() and not ln.startswith(">")
                 and ln != "-- " and not ln.rstrip().endswith(":") and not hdr.match(ln) and not hdr.match(nxt))
        out.append(ln.rstrip(" ") + " " if prose else ln.rstrip(" "))
    return "\n".join(out)


def HTML(body, charset="utf-8", cte="quoted-printable"):
    return T(body, charset=charset, cte=cte, subtype="html")


def ALT(text_part, html_part):
    return MULTI("alternative", text_part, html_part)


def MULTI(subtype, *parts):
    p = MIMEPart(policy=SMTP)
    p["Content-Type"] = "multipart/" + subtype
    for x in parts:
        p.attach(x)
    return p


def A(data, ctype, filename, cte="base64", disposition="attachment"):
    """A binary attachment."""
    maintype, subtype = ctype.split("/")
    p = MIMEPart(policy=SMTP)
    p.set_content(data, maintype, subtype, cte=cte, disposition=disposition, filename=filename)
    return p


def AT(text, subtype, filename, charset="utf-8", cte="quoted-printable"):
    """A text attachment (csv, tab-separated-values, calendar, plain ...)."""
    p = MIMEPart(policy=SMTP)
    p.set_content(text, subtype=subtype, charset=charset, cte=cte,
                  disposition="attachment", filename=filename)
    return p


def FWD(inner, filename=None):
    """Attach a complete message as message/rfc822."""
    p = MIMEPart(policy=SMTP)
    p.set_content(inner, disposition="attachment", filename=filename)
    return p


def _boundaries(msg, n, style):
    i = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            h = _h("b", n, i)
            if style.startswith("outlook"):
                b = "_%03d_%s_" % (i, h[:30].upper())
            elif style == "thunderbird":
                b = "------------%s" % h[:24]
            elif style == "iphone":
                b = "Apple-Mail-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:20].upper())
            else:
                b = "===============%s==" % str(int(h[:15], 16))[:19]
            part.set_boundary(b)
            i += 1


def mail(n, frm, to, subject, date, body, cc=None, reply_to=None, irt=None, refs=None,
         mailer="outlook", msgid=None, extra=(), mid_style=None):
    """Top-level message; body is a MIMEPart (text or multipart)."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    if msgid is None:
        style = mid_style or {"outlook": "outlook", "outlook-en": "outlook", "thunderbird": "thunderbird",
                              "iphone": "apple", "system": "system"}.get(mailer, "plain")
        msgid = mid(n, style)
    m["Message-ID"] = msgid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in MAILERS[mailer]:
        m[k] = v
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload  # raw copy (keeps 8bit payloads intact)
    _boundaries(m, n, mailer)
    return m


def inner(frm, to, subject, date, body, cc=None, msgid=None, mailer="none", irt=None, n=0):
    """A message that is forwarded as message/rfc822 (written by somebody else)."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    host = re.search(r"@([A-Za-z0-9.-]+)", frm).group(1)
    m["Message-ID"] = msgid or mid(n, "plain", host=host, salt=subject)
    if irt:
        m["In-Reply-To"] = irt
    for k, v in MAILERS[mailer]:
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload
    _boundaries(m, n * 1000 + 7, mailer)
    return m


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def ical(s):
    """iCalendar text: lines folded at 75 octets (RFC 5545 3.1), CRLF line ends."""
    out = []
    for line in s.replace("\r\n", "\n").split("\n"):
        b = line.encode("utf-8")
        first = True
        while len(b) > (75 if first else 74):
            cut = 75 if first else 74
            while cut > 0 and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(("" if first else " ") + b[:cut].decode("utf-8"))
            b = b[cut:]
            first = False
        out.append(("" if first else " ") + b.decode("utf-8"))
    return "\r\n".join(out)


# --------------------------------------------------------------------------
# ZIP based formats (hand-written XML)
# --------------------------------------------------------------------------
def zipf(members, when=(2026, 1, 15, 10, 0, 0), stored_first=False):
    """members: list of (name, bytes).  Fixed member times -> deterministic."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and k == 0) else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def x(s):
    return _xesc(str(s), {'"': "&quot;"})


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _iso(created):
    return created.replace(" ", "T") + ":00Z"


def xlsx(sheets, creator="Elbmark Versicherung AG", created="2026-01-15 10:00", when=None):
    """sheets: list of (name, rows).  First row bold; str -> inline string, int/float -> number."""
    wb_sheets, rels, ct_over, files = [], [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        ncols = max((len(r) for r in rows), default=1)
        out.append('<cols>')
        for c in range(ncols):
            w = max((len(str(r[c])) for r in rows if c < len(r) and r[c] is not None), default=8)
            out.append('<col min="%d" max="%d" width="%d" customWidth="1"/>' % (c + 1, c + 1, min(max(w + 2, 8), 60)))
        out.append('</cols><sheetData>')
        for ri, row in enumerate(rows, 1):
            out.append('<row r="%d">' % ri)
            for ci, v in enumerate(row):
                if v is None or v == "":
                    continue
                ref = "%s%d" % (_col(ci), ri)
                if isinstance(v, bool) or not isinstance(v, (int, float)):
                    st = ' s="1"' if ri == 1 else ''
                    out.append('<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>' % (ref, st, x(v)))
                else:
                    st = ' s="2"' if isinstance(v, float) else ''
                    out.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v) if isinstance(v, float) else v))
            out.append('</row>')
        out.append('</sheetData></worksheet>')
        files.append(("xl/worksheets/sheet%d.xml" % si, "".join(out)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(name), si, si))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    ns = len(sheets)
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (ns + 1))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(ct_over) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                 '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>' + "".join(wb_sheets) + '</sheets></workbook>')
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join(rels) + '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels), ("docProps/core.xml", _core(creator, created)),
               ("docProps/app.xml", _app("Microsoft Excel")), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/styles.xml", styles)] + files
    return zipf(members, when=when or _when(created))


def _when(created):
    t = _dt.datetime.strptime(created, "%Y-%m-%d %H:%M")
    return (t.year, t.month, t.day, t.hour, t.minute, 0)


def _core(creator, created, title=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + ('<dc:title>%s</dc:title>' % x(title) if title else '') +
            '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>') % (x(creator), x(creator), _iso(created), _iso(created))


def _app(appname):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>%s</Application></Properties>') % x(appname)


def docx(blocks, creator="Elbmark Versicherung AG", created="2026-01-15 10:00", title=""):
    """blocks: 'paragraph' | ('h', text) | ('b', bold paragraph) | ('table', rows)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def run(t, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, x(t))

    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append("<w:p>%s</w:p>" % (run(b) if b else ""))
        elif b[0] == "h":
            body.append("<w:p>%s</w:p>" % run(b[1], True, 28))
        elif b[0] == "b":
            body.append("<w:p>%s</w:p>" % run(b[1], True))
        elif b[0] == "table":
            rows = b[1]
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                 '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                 '</w:tblBorders></w:tblPr><w:tblGrid>']
            t.append("".join('<w:gridCol w:w="%d"/>' % (9000 // len(rows[0])) for _ in rows[0]))
            t.append("</w:tblGrid>")
            for ri, r in enumerate(rows):
                t.append("<w:tr>")
                for c in r:
                    t.append("<w:tc><w:p>%s</w:p></w:tc>" % run(str(c), ri == 0))
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
        else:
            raise ValueError(b)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
                '</w:sectPr></w:body></w:document>') % (W, "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    return zipf([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", document),
                 ("docProps/core.xml", _core(creator, created, title)), ("docProps/app.xml", _app("Microsoft Office Word"))],
                when=_when(created))


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(kind, body_xml, creator, created, title=""):
    mt = "application/vnd.oasis.opendocument." + kind
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.3">'
               '<office:automatic-styles><style:style style:name="B" style:family="text">'
               '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
               '<office:body>%s</office:body></office:document-content>') % (_ODF_NS, body_xml)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/24.2.7.2$Linux_X86_64</meta:generator>'
            '%s<meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '</office:meta></office:document-meta>') % (
        _ODF_NS, ('<dc:title>%s</dc:title>' % x(title)) if title else "", x(creator), x(creator),
        created.replace(" ", "T") + ":00", created.replace(" ", "T") + ":00")
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.3"><office:styles/></office:document-styles>') % _ODF_NS
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>') % mt
    return zipf([("mimetype", mt), ("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                 ("META-INF/manifest.xml", manifest)], when=_when(created), stored_first=True)


def odt(blocks, creator="Elbmark Versicherung AG", created="2026-01-15 10:00", title=""):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<text:p>%s</text:p>" % x(b))
        elif b[0] == "h":
            out.append('<text:h text:outline-level="1">%s</text:h>' % x(b[1]))
        elif b[0] == "b":
            out.append('<text:p><text:span text:style-name="B">%s</text:span></text:p>' % x(b[1]))
        elif b[0] == "table":
            rows = b[1]
            t = ['<table:table table:name="Tabelle%d">' % len(out),
                 '<table:table-column table:number-columns-repeated="%d"/>' % len(rows[0])]
            for r in rows:
                t.append("<table:table-row>" + "".join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(c) for c in r)
                    + "</table:table-row>")
            t.append("</table:table>")
            out.append("".join(t))
    return _odf("text", "<office:text>%s</office:text>" % "".join(out), creator, created, title)


def ods(sheets, creator="Elbmark Versicherung AG", created="2026-01-15 10:00", title=""):
    out = []
    for name, rows in sheets:
        ncols = max(len(r) for r in rows)
        t = ['<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>' % (x(name), ncols)]
        for r in rows:
            cells = []
            for c in r:
                if c is None or c == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(c, (int, float)) and not isinstance(c, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                 % (c, ("%.2f" % c).replace(".", ",") if isinstance(c, float) else c))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(c))
            t.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        t.append("</table:table>")
        out.append("".join(t))
    return _odf("spreadsheet", "<office:spreadsheet>%s</office:spreadsheet>" % "".join(out), creator, created, title)


# --------------------------------------------------------------------------
# PDF (hand-built: Helvetica / Helvetica-Bold, WinAnsiEncoding, FlateDecode)
# --------------------------------------------------------------------------
def _pdfstr(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


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
    if cur:
        out.append(cur)
    return out


def pdf(lines, title="", author="Elbmark Versicherung AG", created="2026-01-15 10:00", producer="Elbmark KOSY PDF 4.2"):
    """lines: list of str.  '# text' = bold heading, '## text' = bold line, '\\f' = new page."""
    pages, cur = [], []
    y0, bottom = 790, 60
    y = y0
    for raw in lines:
        if raw == "\f":
            pages.append(cur)
            cur, y = [], y0
            continue
        if raw.startswith("# "):
            items = [("F2", 13, raw[2:], 19)]
        elif raw.startswith("## "):
            items = [("F2", 10, t, 13) for t in _wrap(raw[3:], 92)]
        else:
            items = [("F1", 10, t, 13) for t in _wrap(raw, 98)]
        for it in items:
            if y - it[3] < bottom:
                pages.append(cur)
                cur, y = [], y0
            y -= it[3]
            cur.append((it[0], it[1], it[2], y))
    pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids, nxt = [], 6
    for pno, pg in enumerate(pages, 1):
        ops = [b"BT"]
        for font, size, text, yy in pg:
            ops.append(b"/%s %d Tf 1 0 0 1 56 %d Tm (%s) Tj" % (font.encode(), size, yy, _pdfstr(text)))
        ops.append(b"/F1 8 Tf 1 0 0 1 500 30 Tm (%s) Tj" % _pdfstr("Seite %d von %d" % (pno, len(pages))))
        ops.append(b"ET")
        data = zlib.compress(b"\n".join(ops), 9)
        objs[nxt + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        objs[nxt] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (nxt + 1))
        kids.append(nxt)
        nxt += 2
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    t = _dt.datetime.strptime(created, "%Y-%m-%d %H:%M")
    d = b"(D:%s+01'00')" % t.strftime("%Y%m%d%H%M%S").encode()
    objs[5] = b"<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate %s /ModDate %s >>" % (
        _pdfstr(title), _pdfstr(author), _pdfstr(producer), d, d)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = out.tell()
        out.write(b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n")
    xref = out.tell()
    n = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % n)
    for k in range(1, n):
        out.write(b"%010d 00000 n \n" % offs[k])
    fid = hashlib.md5(out.getvalue()).hexdigest().encode()
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (n, fid, fid, xref))
    return out.getvalue()


def pdf_text(data):
    """Minimal text-layer extraction used by --check."""
    texts = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            raw = zlib.decompress(m.group(1))
        except zlib.error:
            continue
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            t = re.sub(rb"\\(.)", rb"\1", s.group(1))
            texts.append(t.decode("cp1252"))
    return "\n".join(texts)


# --------------------------------------------------------------------------
# staff signatures and legal footers (the only shared text)
# --------------------------------------------------------------------------
ADDR = "Elbmark Versicherung AG · Speicherstadtufer 14 · 20457 Hamburg"
FOOT_DE = """\
--
Elbmark Versicherung AG · Speicherstadtufer 14 · 20457 Hamburg
Vorsitzender des Aufsichtsrats: Dr. Hartmut Wiegand
Vorstand: Cornelia Baasch (Vorsitzende), Dr. Felix Moorkamp, Ines Tjaden
Sitz der Gesellschaft: Hamburg · Amtsgericht Hamburg HRB 99817"""

FOOT_EN = """\
--
Elbmark Versicherung AG · Speicherstadtufer 14 · 20457 Hamburg · Germany
Chairman of the Supervisory Board: Dr. Hartmut Wiegand
Board of Management: Cornelia Baasch (CEO), Dr. Felix Moorkamp, Ines Tjaden
Registered office: Hamburg · Local court Hamburg HRB 99817"""

DISCLAIMER = """\
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen
enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail
irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser Mail ist nicht gestattet."""

DISCLAIMER_EN = """\
This e-mail may contain confidential and/or privileged information. If you
are not the intended recipient (or have received this e-mail in error)
please notify the sender immediately and destroy this e-mail. Any
unauthorised copying, disclosure or distribution of the material in this
e-mail is strictly forbidden."""

# key: (From header, signature)
STAFF = {
    "oberlaender": ('"Oberländer, Katrin Dr." <katrin.oberlaender@%s>' % DOM, """\
Mit freundlichen Grüßen / Kind regards

Dr. Katrin Oberländer
Leiterin Kollektivgeschäft Personenversicherung
Head of Group Life & Health
Elbmark Versicherung AG
Telefon +49 40 6090-4410
katrin.oberlaender@elbmark-versicherung.example"""),
    "petersen": ('"Petersen, Jonas" <jonas.petersen@%s>' % DOM, """\
Viele Grüße
Jonas Petersen

bAV-Kollektivservice
Elbmark Versicherung AG
Tel. 040 6090-4427 | Fax 040 6090-4499
jonas.petersen@elbmark-versicherung.example"""),
    "achterberg": ('"Achterberg, Miriam" <miriam.achterberg@%s>' % DOM, """\
Freundliche Grüße

Miriam Achterberg
Firmenkundenservice betriebliche Krankenversicherung (bKV)
Elbmark Versicherung AG
T +49 40 6090-4452
miriam.achterberg@elbmark-versicherung.example"""),
    "wennemann": ('"Wennemann, Tobias" <tobias.wennemann@%s>' % DOM, """\
Beste Grüße
Tobias Wennemann
Underwriting Gruppenunfall / Group Accident
Elbmark Versicherung AG | Speicherstadtufer 14 | 20457 Hamburg
+49 40 6090-4436"""),
    "krueger": ('"Krüger-Ahlers, Sabine" <leistung-kranken@%s>' % DOM, """\
Mit freundlichen Grüßen

Sabine Krüger-Ahlers
Leistungsabteilung Krankenversicherung
Elbmark Versicherung AG
Telefon 040 6090-2231"""),
    "voss": ('"Voß, Hendrik" <hendrik.voss@%s>' % DOM, """\
Gruß
Hendrik Voß
Kfz-Schadenservice
Elbmark Versicherung AG
Tel. 040 6090-3318"""),
    "demir": ('"Demir, Aylin" <aylin.demir@%s>' % DOM, """\
Freundliche Grüße
Aylin Demir
Schadenservice Sach (Hausrat/Wohngebäude/Glas)
Elbmark Versicherung AG · Tel. 040 6090-3352"""),
    "luetjens": ('"Lütjens, Fabian" <fabian.luetjens@%s>' % DOM, """\
Mit freundlichen Grüßen
i. A. Fabian Lütjens
Haftpflicht-Schaden
Elbmark Versicherung AG
Tel.: 040 6090-3371"""),
    "brandes": ('"Brandes, Claudia" <claudia.brandes@%s>' % DOM, """\
Mit freundlichen Grüßen

Claudia Brandes
Rechtsschutz-Leistung
Elbmark Versicherung AG
Telefon 040 6090-3390 · Telefax 040 6090-3399"""),
    "hoffmeister": ('"Hoffmeister, Niklas" <niklas.hoffmeister@%s>' % DOM, """\
Viele Grüße / Best regards
Niklas Hoffmeister
Reiseversicherung / Travel insurance
Elbmark Versicherung AG
+49 40 6090-3405"""),
    "steenbock": ('"Dr. med. Ralf Steenbock" <ralf.steenbock@%s>' % DOM, """\
Dr. med. Ralf Steenbock
Gesellschaftsarzt / Chief Medical Officer
Risikoprüfung Leben und BU
Elbmark Versicherung AG
Tel. 040 6090-2610"""),
    "harms": ('"Harms, Ute" <ute.harms@%s>' % DOM, """\
Mit freundlichen Grüßen
Ute Harms
BU-Leistungsprüfung
Elbmark Versicherung AG
Telefon 040 6090-2655"""),
    "nowak": ('"Nowak, Marek" <marek.nowak@%s>' % DOM, """\
Gruß
Marek
--
Marek Nowak · IT-Betrieb Mail & Portale · Elbmark Versicherung AG
Durchwahl -1187 · Ticket: servicedesk.elbmark-versicherung.example"""),
    "carstens": ('"Carstens, Lena" <datenschutz@%s>' % DOM, """\
Viele Grüße
Lena Carstens
Datenschutzbeauftragte / Data Protection Officer
Elbmark Versicherung AG
datenschutz@elbmark-versicherung.example · Tel. 040 6090-1020"""),
    "rademacher": ('"Rademacher, Philipp" <presse@%s>' % DOM, """\
Philipp Rademacher
Unternehmenskommunikation / Pressesprecher
Elbmark Versicherung AG
Telefon +49 40 6090-1050 · Mobil +49 171 5550193
presse@elbmark-versicherung.example"""),
    "iversen": ('"Iversen, Greta" <greta.iversen@%s>' % DOM, """\
Herzliche Grüße aus der Speicherstadt
Greta Iversen
Maklerbetreuung Nord
Elbmark Versicherung AG
T 040 6090-5021 · M 0160 5550877"""),
    "schmidt": ('"Schmidt-Reinholz, Olga" <olga.schmidt-reinholz@%s>' % DOM, """\
Mit freundlichen Grüßen
Olga Schmidt-Reinholz
Pflegeversicherung – Leistung
Elbmark Versicherung AG
Telefon 040 6090-2288"""),
    "kahlert": ('"Kahlert, Sven" <sven.kahlert@%s>' % DOM, """\
Gruß
Sven Kahlert
Einkauf & Facility
Elbmark Versicherung AG
Tel. 040 6090-1140"""),
    "whitfield": ('"Whitfield, James" <james.whitfield@%s>' % DOM, """\
Kind regards,

James Whitfield
International Employee Benefits
Elbmark Versicherung AG, Hamburg
+49 40 6090-4480 | james.whitfield@elbmark-versicherung.example"""),
    "raman": ('"Raman, Priya" <priya.raman@%s>' % DOM, """\
Best wishes,
Priya Raman
Senior Account Manager Group Benefits
Elbmark Versicherung AG
T +49 40 6090-4485  M +49 151 5550462"""),
    "grell": ('"Grell, Thomas" <thomas.grell@%s>' % DOM, """\
Mit freundlichen Grüßen
Thomas Grell
Underwriting Gewerbe Sach/Haftpflicht
Elbmark Versicherung AG
Tel. 040 6090-3510"""),
    "feddersen": ('"Feddersen, Anja" <personal@%s>' % DOM, """\
Freundliche Grüße
Anja Feddersen
Personalabteilung / Entgeltabrechnung
Elbmark Versicherung AG
Tel. 040 6090-1210"""),
    "blohm": ('"Blohm, Kerstin" <kerstin.blohm@%s>' % DOM, """\
Mit freundlichen Grüßen

Kerstin Blohm
Vertragsservice Lebensversicherung
Elbmark Versicherung AG
Telefon 040 6090-2410"""),
    "moellenkamp": ('"Möllenkamp, Bernd" <bernd.moellenkamp@%s>' % DOM, """\
Bernd Möllenkamp
Außendienst Firmenkunden Nord
Mobil 0172 5550318
(gesendet vom Smartphone)"""),
    "rudnik": ('"Rudnik, Eva" <eva.rudnik@%s>' % DOM, """\
Mit freundlichen Grüßen / Kind regards
Eva Rudnik
Leistung Leben / Life Claims
Elbmark Versicherung AG
+49 40 6090-2470"""),
    "tamm": ('"Tamm, Henrik" <henrik.tamm@%s>' % DOM, """\
Henrik Tamm
Aktuariat Personenversicherung
Elbmark Versicherung AG · -4620"""),
    "berger": ('"Berger, Stefanie" <service@%s>' % DOM, """\
Freundliche Grüße
Ihre Stefanie Berger
Kundenservice Privatkunden
Elbmark Versicherung AG
Service-Telefon 040 6090-0 (Mo–Fr 8–18 Uhr)"""),
    "brodersen": ('"Brodersen, Kai-Uwe" <kai-uwe.brodersen@%s>' % DOM, """\
Mit freundlichen Grüßen
Kai-Uwe Brodersen
Leistung Unfallversicherung (Einzel und Gruppe)
Elbmark Versicherung AG
Telefon 040 6090-2530"""),
    "paulsen": ('"Paulsen, Sönke" <soenke.paulsen@%s>' % DOM, """\
Kind regards / Mit freundlichen Grüßen
Sönke Paulsen
Transport & Yacht
Elbmark Versicherung AG
+49 40 6090-3560"""),
    "ehlers": ('"Ehlers, Marion" <marion.ehlers@%s>' % DOM, """\
Freundliche Grüße

Marion Ehlers
Kfz-Flottenservice
Elbmark Versicherung AG
Tel. 040 6090-3290 · flotte@elbmark-versicherung.example"""),
}


def F(key):
    return STAFF[key][0]


def S(key):
    return STAFF[key][1]


# ==========================================================================
# MAILS
# ==========================================================================
# ---- d201-0001 ------------------------------------------------------------
@M(1, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "bAV direct insurance: three named employees with birth dates and salary-conversion amounts, only in the XLSX; body harmless")
def _m001():
    body = """Hallo Frau Jansen,

vielen Dank für die Anträge, die am Freitag bei uns eingegangen sind. Alle
drei Verträge sind zum 01.02.2026 policiert, die Versicherungsscheine gehen
den Mitarbeitenden in den nächsten Tagen per Post an die Privatanschrift.

Für Ihre Lohnbuchhaltung habe ich Ihnen die Übersicht mit Vertragsnummern
und Beträgen angehängt – bitte ab der Februar-Abrechnung so abführen. Der
Arbeitgeberzuschuss von 15 % ist bereits eingerechnet.

Sagen Sie gern Bescheid, falls bei einer Person die Personalnummer nicht
stimmt, die habe ich aus Ihren Unterlagen übernommen.

""" + S("petersen") + """

-----Ursprüngliche Nachricht-----
Von: Meike Jansen <m.jansen@brueckner-maschinenbau.example>
Gesendet: Freitag, 16. Januar 2026 14:07
An: Petersen, Jonas <jonas.petersen@elbmark-versicherung.example>
Betreff: Neuanmeldungen Direktversicherung zum 01.02.

Hallo Herr Petersen,

anbei wie besprochen die unterschriebenen Anträge von drei Kollegen aus der
Fertigung, die ab Februar umwandeln möchten. Rahmenvertrag wie gehabt.

Schönes Wochenende
Meike Jansen
Personalreferentin
Brückner Maschinenbau GmbH · Am Hafenbecken 3 · 21337 Lüneburg
"""
    rows = [
        ["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Vertragsnummer", "Tarif", "Beginn",
         "Entgeltumwandlung mtl. (EUR)", "AG-Zuschuss 15 % (EUR)", "Gesamtbeitrag mtl. (EUR)"],
        ["00873", "Gülbahar", "Emre", "11.04.1994", "DV-4471-00318", "EV-Klassik Plus", "01.02.2026", 150.0, 22.5, 172.5],
        ["01102", "Stöver", "Janine", "27.09.1988", "DV-4471-00319", "EV-Klassik Plus", "01.02.2026", 100.0, 15.0, 115.0],
        ["00415", "Harjes", "Ole", "02.12.1971", "DV-4471-00320", "EV-Index", "01.02.2026", 248.0, 37.2, 285.2],
        [],
        ["Rahmenvertrag Nr. RV-bAV-2019-114 · Durchführungsweg Direktversicherung (§ 3 Nr. 63 EStG)"],
    ]
    data = xlsx([("Neuzugänge Feb 2026", rows)], creator="Petersen, Jonas", created="2026-01-19 10:12")
    return mail(1, F("petersen"), "Meike Jansen <m.jansen@brueckner-maschinenbau.example>",
                "AW: Neuanmeldungen Direktversicherung zum 01.02.", D("2026-01-19 10:31"),
                MULTI("mixed", T(body), A(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "Neuzugaenge_DV_Brueckner_2026-02.xlsx")))


# ---- d201-0002 ------------------------------------------------------------
@M(2, "NORMAL", "de", "internal",
   "trap: bKV usage statistics by benefit type and company size, aggregated, small firms merged; dental/glasses/check-up vocabulary, no person")
def _m002():
    body = """Liebe Kolleginnen und Kollegen,

anbei die Nutzungsauswertung bKV für das 4. Quartal 2025 (Stand Bestand
31.12.2025, 38 Rahmenverträge, 6.914 versicherte Personen).

Kurz das Wichtigste:
- Zahnersatz bleibt mit 41 % der Leistungsausgaben der größte Block,
  danach Sehhilfen (19 %) und Vorsorgeuntersuchungen (12 %).
- Die Quote der Versicherten, die mindestens einmal eingereicht haben,
  liegt jetzt bei 57 % (Q3: 52 %). Bei den Budgettarifen deutlich höher
  als bei den Bausteintarifen.
- Heilpraktiker und Osteopathie wachsen, absolut aber noch klein.
- Firmen unter 20 Mitarbeitenden sind in einer Zeile zusammengefasst,
  damit niemand über die Zahlen auf Einzelfälle schließen kann. Bitte
  die Datei so nicht an Arbeitgeber weitergeben, für Kundengespräche gibt
  es Ende Februar die Folien vom Vertrieb.

Fragen gern an mich oder Henrik.

""" + S("achterberg")
    rows = [
        ["Leistungsart", "Anzahl Erstattungen", "Leistung gesamt (EUR)", "Anteil", "Ø je Erstattung (EUR)"],
        ["Zahnersatz / Inlays / Implantate", 1287, 611402.18, "41 %", 475.06],
        ["Zahnprophylaxe (PZR)", 2140, 178930.00, "12 %", 83.61],
        ["Sehhilfen (Brillen, Kontaktlinsen)", 1955, 283309.70, "19 %", 144.92],
        ["Vorsorgeuntersuchungen / Check-up", 1602, 178110.40, "12 %", 111.18],
        ["Heilpraktiker / Osteopathie", 512, 74520.00, "5 %", 145.55],
        ["Krankenhaus-Zusatz (Zweibettzimmer, Chefarzt)", 61, 103870.55, "7 %", 1702.80],
        ["Sonstige (Hörgeräte-Zuschuss, Reiseimpfungen)", 298, 61022.90, "4 %", 204.77],
        [],
        ["Größenklasse Arbeitgeber", "Verträge", "Versicherte", "Nutzungsquote", ""],
        ["unter 20 MA (zusammengefasst)", 9, 118, "49 %", ""],
        ["20–99 MA", 14, 846, "55 %", ""],
        ["100–499 MA", 11, 2390, "58 %", ""],
        ["500+ MA", 4, 3560, "57 %", ""],
    ]
    data = xlsx([("Q4 2025", rows)], creator="Achterberg, Miriam", created="2026-01-21 16:40")
    return mail(2, F("achterberg"), "Kollektiv Personenversicherung <kollektiv-team@elbmark-versicherung.example>",
                "bKV Nutzungsauswertung Q4/2025", D("2026-01-22 08:05"),
                MULTI("mixed", T(body), A(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "bKV_Nutzung_Q4-2025_aggregiert.xlsx")),
                cc='"Tamm, Henrik" <henrik.tamm@elbmark-versicherung.example>')


# ---- d201-0003 ------------------------------------------------------------
@M(3, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
   "group income protection claim of a named employee: depressive episode (F32.1), phased return to work, benefit reduction")
def _m003():
    body = """Dear Sarah,

Thank you for your call this morning. As agreed, here is a short written
update on the group income protection claim for Mr Daniel Rehm (claim
reference GIP-2025-0117, scheme GIP/VELTRUP/01). Mr Rehm gave his written
consent on 12 January 2026 for us to share the return-to-work plan with
you; we have not shared anything beyond what is needed for that plan.

1. His treating psychiatrist confirms a clear improvement of the moderate
   depressive episode (ICD-10 F32.1) for which benefit has been paid since
   14 October 2025. Medication is being reduced and weekly therapy sessions
   continue until at least the end of March.

2. We support a phased return starting Monday, 2 March 2026:
   - weeks 1-3: 4 hours per day, no on-call duty, no customer workshops
   - weeks 4-6: 6 hours per day
   - from 13 April 2026: full hours, subject to the review below

3. During the phased return the monthly benefit of EUR 3,840.00 is reduced
   in proportion to the hours worked (50 % in weeks 1-3, 25 % in weeks 4-6).
   Please send us the payroll confirmation of hours actually worked at the
   end of each month, as before.

4. Our rehabilitation consultant, Ms Ina Kroll, will call Mr Rehm in the
   second week and again before 13 April.

Please keep this e-mail in the restricted part of the personnel file, not
in the general HR folder.

""" + S("rudnik") + "\n\n" + FOOT_EN
    return mail(3, F("rudnik"), '"Sarah O\'Donnell" <sarah.odonnell@veltrup-software.example>',
                "GIP-2025-0117 - phased return to work", D("2026-02-17 15:22"), T(body),
                mailer="outlook-en")


# ---- d201-0004 ------------------------------------------------------------
@M(4, "CONFIDENTIAL", "de", "insurer-to-customer",
   "motor liability claim: named policyholder, plate, claim number, nobody hurt")
def _m004():
    body = """Sehr geehrter Herr Baumgart,

vielen Dank für Ihre Schadenmeldung vom Dienstag. Wir haben den Vorgang unter
der Schadennummer KS-26-0041873 angelegt.

Nach Ihren Angaben sind Sie am 07.01.2026 gegen 17:30 Uhr auf dem Parkplatz
des Elbe-Einkaufszentrums in Buxtehude beim Ausparken mit Ihrem Fahrzeug
(amtl. Kennzeichen STD-EB 417) gegen den geparkten VW Caddy des Herrn
Mirko Fahrenholz gestoßen. Personen wurden nicht verletzt.

Wir regulieren den Schaden des Herrn Fahrenholz direkt mit ihm bzw. seiner
Werkstatt. Ihr Vertrag KF-17-4452918 wird dadurch im nächsten Jahr in der
Haftpflicht von SF 12 auf SF 6 zurückgestuft. Sie können die Rückstufung
vermeiden, indem Sie uns den Schadenbetrag innerhalb von sechs Monaten nach
Abschluss der Regulierung erstatten – wir schreiben Sie dann an.

Ihre Vollkasko ist nicht betroffen.

""" + S("voss") + "\n\n" + FOOT_DE
    return mail(4, F("voss"), "Eike Baumgart <eike.baumgart@mailbox-nord.example>",
                "Ihr Schaden vom 07.01.2026 – KS-26-0041873", D("2026-01-09 11:48"),
                T(body, cte="8bit"))


# ---- d201-0005 ------------------------------------------------------------
@M(5, "STRICTLY_CONFIDENTIAL", "de", "company",
   "payroll clerk's bKV leavers list (names, personnel numbers, birth dates, reasons) forwarded inline; no medical word but health line")
def _m005():
    body = """Hallo Rainer,

kannst du die Austritte bitte zum 31.01. im Bestand verarbeiten? Die
Anwartschaftsanfrage von Herrn Nguyen beantworte ich selbst, alle anderen
bekommen das Standardschreiben "Ende des bKV-Schutzes" an die
Privatadresse. Adressen fehlen noch, die fordere ich bei Herrn Sommer an.

Danke & Gruß
Miriam

-------- Weitergeleitete Nachricht --------
Betreff: bKV Abmeldungen Januar
Datum: Mon, 2 Feb 2026 07:58:12 +0100
Von: Dirk Sommer <d.sommer@kaltenbach-logistik.example>
An: Achterberg, Miriam <miriam.achterberg@elbmark-versicherung.example>

Moin Frau Achterberg,

folgende Mitarbeiter sind zum 31.01.2026 ausgeschieden, bitte aus dem
Gruppenvertrag bKV (Vertrag BKV-K-300587) abmelden:

PersNr  Name, Vorname           geb.        Austritt    Grund
10442   Kowalczyk, Bartosz      03.09.1991  31.01.2026  Kündigung AN
10517   Ahrens, Tanja           22.12.1985  31.01.2026  Ende Befristung
10603   Nguyen Van, Minh        17.06.1962  31.01.2026  Vorruhestand
10688   Schütt, Karl-Heinz      05.02.1960  31.01.2026  Altersrente
10702   Özdemir, Selin          30.07.1999  31.01.2026  Aufhebungsvertrag

Herr Nguyen hat gefragt ob er die Zahnbausteine privat weiterführen kann,
können Sie ihm dazu was schicken? Er ist unter 0151 5550 2218 erreichbar.

Die Beiträge für Januar laufen noch über die Sammelrechnung.

Mit freundlichen Grüßen
Dirk Sommer
Lohnbuchhaltung
Kaltenbach Logistik GmbH & Co. KG
Industriestraße 40 · 21614 Buxtehude
"""
    return mail(5, F("achterberg"), '"Wiechmann, Rainer" <rainer.wiechmann@elbmark-versicherung.example>',
                "WG: bKV Abmeldungen Januar", D("2026-02-02 09:14"), T(body, flowed=False, cte="quoted-printable"),
                mailer="thunderbird")


# ---- d201-0006 ------------------------------------------------------------
@M(6, "NORMAL", "en", "insurer-to-company",
   "trap: group life renewal terms in a PDF with only scheme aggregates (lives, average age, sum insured, free cover limit, rates)")
def _m006():
    body = """Hi Sarah,

Please find attached our renewal terms for the Veltrup group life scheme
from 1 April 2026. In short: the rate stays at 1.12 per mille, the free
cover limit goes up to EUR 400,000 because the scheme has grown past
200 lives, and we can drop the actively-at-work clause for new joiners.

The terms are based on the census you sent in December in aggregated form
only; the PDF contains no individual data, so feel free to share it with
your finance team and the works council.

Happy to walk you through it on Thursday.

""" + S("raman")
    lines = [
        "# Group Life Assurance - Renewal Terms 2026/27",
        "Policyholder: Veltrup Software AG, Hamburg",
        "Scheme: GL/VELTRUP/02 (death-in-service, 3 x basic annual salary)",
        "Renewal date: 1 April 2026 - Rate guarantee: 2 years",
        "",
        "## Scheme profile (census 31 December 2025, aggregated)",
        "Number of insured lives: 212",
        "Average age: 38.6 years (median 36)",
        "Age bands: under 30: 41 | 30-39: 83 | 40-49: 57 | 50-59: 26 | 60+: 5",
        "Total sum insured: EUR 31,402,500",
        "Average sum insured: EUR 148,125",
        "",
        "## Terms",
        "Premium rate: 1.12 per mille of the sum insured p.a. (unchanged)",
        "Estimated annual premium: EUR 35,170.80",
        "Free cover limit: EUR 400,000 (previously EUR 300,000)",
        "Evidence of health is required only for the part of a sum insured above the free cover limit.",
        "Actively-at-work clause: removed for new entrants from 1 April 2026.",
        "Claims ratio 2023-2025: 41 % (within expectations).",
        "",
        "## Conditions",
        "The terms are valid until 13 March 2026 and assume no material change of the workforce (more than 20 %).",
        "All other provisions of the policy wording GL-2023 remain unchanged.",
        "",
        "Elbmark Versicherung AG - Group Life & Health - Speicherstadtufer 14 - 20457 Hamburg",
    ]
    data = pdf(lines, title="Renewal Terms Group Life Veltrup 2026", author="Priya Raman", created="2026-02-03 11:20")
    return mail(6, F("raman"), '"Sarah O\'Donnell" <sarah.odonnell@veltrup-software.example>',
                "Group life renewal 2026 - our terms", D("2026-02-03 11:34"),
                MULTI("mixed", T(body), A(data, "application/pdf", "Veltrup_GroupLife_Renewal_2026.pdf")),
                cc='"Oberländer, Katrin Dr." <katrin.oberlaender@elbmark-versicherung.example>', mailer="outlook-en")


# ---- d201-0007 ------------------------------------------------------------
@M(7, "CONFIDENTIAL", "de", "insurer-to-company",
   "company-bike insurance: CSV (windows-1252) with six named employees, frame numbers and prices; property line, no health")
def _m007():
    body = """Sehr geehrte Frau Jansen,

anbei erhalten Sie die Bestätigung der Anmeldungen zur Dienstrad-
Versicherung im Rahmen Ihres Vertrags FR-DR-2026-0088. Versicherungsschutz
(Diebstahl, Vandalismus, Akkuschäden, Verschleiß ab dem 13. Monat) besteht
für die in der Liste genannten Räder ab dem jeweiligen Übergabedatum.

Die Liste können Sie direkt in Ihr Leasing-Portal hochladen; Trennzeichen
ist das Semikolon, wie von RadWerk Leasing gewünscht.

Bei einem Diebstahl bitte immer zuerst Anzeige bei der Polizei erstatten
und uns dann die Tagebuchnummer mitteilen.

""" + S("grell") + "\n\n" + FOOT_DE
    csv = """Personalnr;Name;Vorname;Hersteller;Modell;Rahmennummer;Kaufpreis brutto;Übergabe;Versicherungsbeginn
00221;Wübbena;Heiko;Kalkhoff;Endeavour 5.B Move+;WBK2231894;3.899,00;02.03.2026;02.03.2026
00873;Gülbahar;Emre;Cube;Kathmandu Hybrid Pro 750;WCU55A7713;3.499,00;02.03.2026;02.03.2026
00954;Mertens;Friederike;Riese & Müller;Charger4 GT vario;RM4C091177;6.249,00;05.03.2026;05.03.2026
01033;Lindqvist;Jörn;Gazelle;Ultimate C380 HMB;GZ8812035L;3.699,00;05.03.2026;05.03.2026
01207;Brüning;Aleksandra;Canyon;Grizl CF SL 8;CYN2210K93;2.899,00;09.03.2026;09.03.2026
01218;Tjarks;Bennet;Stevens;E-Triton 6.9;STV6920414;3.249,00;09.03.2026;09.03.2026
"""
    return mail(7, F("grell"), "Meike Jansen <m.jansen@brueckner-maschinenbau.example>",
                "Dienstrad-Versicherung FR-DR-2026-0088 – Anmeldungen März", D("2026-02-26 13:05"),
                MULTI("mixed", T(body), AT(csv, "csv", "Dienstrad_Anmeldungen_Maerz_2026.csv", charset="windows-1252",
                                           cte="quoted-printable")))


# ---- d201-0008 ------------------------------------------------------------
@M(8, "NORMAL", "de", "newsletter",
   "trap: employer newsletter (text+HTML) on bKV, group accident and bAV subsidy; dental, check-up, health-question vocabulary, no person")
def _m008():
    text = """Elbmark Firmenkunden-Brief 1/2026
=================================

Liebe Personalverantwortliche,

1) bKV: Gesundheit als Benefit, der ankommt
Ein Budgettarif mit 600 Euro pro Jahr deckt Zahnprophylaxe, Brillen,
Vorsorgeuntersuchungen und Heilpraktiker ab. Gesundheitsfragen entfallen
ab 10 Mitarbeitenden, Wartezeiten gibt es keine. Der Beitrag ist bis
50 Euro im Monat als Sachbezug steuer- und sozialversicherungsfrei.

2) Gruppenunfall: neue Gliedertaxe
Seit Januar gilt in allen neuen Gruppenunfallverträgen die verbesserte
Gliedertaxe (z. B. Verlust eines Auges 60 % statt 50 %). Bestandsverträge
stellen wir auf Wunsch kostenfrei um.

3) bAV-Förderbetrag 2026
Für Geringverdienende fördert der Staat den Arbeitgeberbeitrag mit 30 %.
Die Einkommensgrenze liegt 2026 bei 2.800 Euro brutto im Monat.

4) Termine
Online-Sprechstunde für Personalabteilungen: jeden ersten Dienstag im
Monat, 10 Uhr. Anmeldung unter https://firmenkunden.elbmark-versicherung.example/termine

Sie erhalten diesen Brief, weil Ihr Unternehmen Firmenkunde der Elbmark ist.
Abmelden: https://firmenkunden.elbmark-versicherung.example/newsletter/abmelden
"""
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Firmenkunden-Brief 1/2026</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b3a;max-width:640px">
<h1 style="color:#0a4d68;font-size:22px">Elbmark Firmenkunden-Brief 1/2026</h1>
<p>Liebe Personalverantwortliche,</p>
<h2 style="font-size:17px">1) bKV: Gesundheit als Benefit, der ankommt</h2>
<p>Ein Budgettarif mit 600&nbsp;Euro pro Jahr deckt Zahnprophylaxe, Brillen, Vorsorgeuntersuchungen und
Heilpraktiker ab. <b>Gesundheitsfragen entfallen ab 10 Mitarbeitenden</b>, Wartezeiten gibt es keine.
Der Beitrag ist bis 50&nbsp;Euro im Monat als Sachbezug steuer- und sozialversicherungsfrei.</p>
<h2 style="font-size:17px">2) Gruppenunfall: neue Gliedertaxe</h2>
<table style="border-collapse:collapse" border="1" cellpadding="4">
<tr><th>Verlust / Funktionsunfähigkeit</th><th>bisher</th><th>neu</th></tr>
<tr><td>ein Auge</td><td>50&nbsp;%</td><td>60&nbsp;%</td></tr>
<tr><td>Gehör auf einem Ohr</td><td>30&nbsp;%</td><td>35&nbsp;%</td></tr>
<tr><td>ein Daumen</td><td>20&nbsp;%</td><td>25&nbsp;%</td></tr>
</table>
<p>Bestandsverträge stellen wir auf Wunsch kostenfrei um.</p>
<h2 style="font-size:17px">3) bAV-Förderbetrag 2026</h2>
<p>Für Geringverdienende fördert der Staat den Arbeitgeberbeitrag mit 30&nbsp;%. Die Einkommensgrenze liegt
2026 bei 2.800&nbsp;Euro brutto im Monat.</p>
<h2 style="font-size:17px">4) Termine</h2>
<p>Online-Sprechstunde für Personalabteilungen: jeden ersten Dienstag im Monat, 10&nbsp;Uhr.
<a href="https://firmenkunden.elbmark-versicherung.example/termine">Jetzt anmelden</a></p>
<hr><p style="font-size:11px;color:#667">Sie erhalten diesen Brief, weil Ihr Unternehmen Firmenkunde der Elbmark ist.
<a href="https://firmenkunden.elbmark-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
"""
    return mail(8, '"Elbmark Firmenkunden" <newsletter@elbmark-versicherung.example>',
                "Firmenkunden-Brief <firmenkunden-brief@lists.elbmark-versicherung.example>",
                "Firmenkunden-Brief 1/2026: bKV, Gliedertaxe, bAV-Förderbetrag", D("2026-01-27 07:00"),
                ALT(T(text), HTML(html)), mailer="newsletter",
                extra=[("List-Unsubscribe", "<https://firmenkunden.elbmark-versicherung.example/newsletter/abmelden>"),
                       ("Precedence", "bulk")])


# ---- d201-0009 ------------------------------------------------------------
@M(9, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "health insurance benefit statement: physiotherapy and lymph drainage after knee replacement, amounts, insured number")
def _m009():
    body = """Sehr geehrte Frau Wegener,

wir haben die am 20.01.2026 eingereichten Rechnungen geprüft und
erstatten Ihnen insgesamt 1.146,60 EUR. Der Betrag wird in den nächsten
Tagen auf Ihr bekanntes Konto überwiesen.

Versicherungsnummer: K 7715 0042 3
Versicherte Person:  Gisela Wegener, geb. 08.05.1957
Tarif:               Komfort ambulant 90 / SB 300

Rechnungen im Einzelnen:

1. Physiotherapie am Deich, Rechnung 2025-1187 vom 30.12.2025
   18 x Krankengymnastik nach Knie-TEP rechts       774,00 EUR
   davon erstattungsfähig (Höchstsatz 38,00 EUR)    684,00 EUR
   Erstattung 90 %                                  615,60 EUR

2. Physiotherapie am Deich, Rechnung 2026-0042 vom 16.01.2026
   10 x Manuelle Lymphdrainage 45 Min.              590,00 EUR
   Erstattung 90 %                                  531,00 EUR

Die Differenz bei Rechnung 1 ergibt sich daraus, dass Ihr Tarif
Heilmittel bis zu den Höchstsätzen unseres Heilmittelverzeichnisses
erstattet. Die verbleibende Selbstbeteiligung für 2026 beträgt 0,00 EUR
(bereits mit der Krankenhausrechnung aus dem Dezember verrechnet).

Für weitere Verordnungen nach der Reha benötigen wir jeweils die
ärztliche Verordnung mit Diagnose.

""" + S("krueger") + "\n\n" + FOOT_DE
    return mail(9, F("krueger"), "Gisela Wegener <g.wegener@netzpost.example>",
                "Ihre Leistungsabrechnung – Versicherungsnummer K 7715 0042 3", D("2026-01-28 10:02"),
                T(body), mailer="system")


# ---- d201-0010 ------------------------------------------------------------
@M(10, "CONFIDENTIAL", "en", "insurer-to-customer",
   "home contents claim (burst pipe) for an expat: claim number, insured address, payout IBAN; no health")
def _m010():
    body = """Dear Mr Castellanos,

Thank you for sending the photos and the plumber's invoice. I have now
settled your contents claim HR-S-26-000734 (escape of water at
Eppendorfer Stieg 12, 3rd floor, 20251 Hamburg, on 22 January 2026).

Settlement:
  Laminate flooring bedroom (tenant's fixtures)   EUR 1,860.00
  Wardrobe, bedding, two rugs                     EUR   945.50
  Drying equipment (electricity, 9 days)          EUR    72.00
  less excess                                     EUR  -150.00
  Total                                           EUR 2,727.50

The amount will be paid within three working days to the account you gave
us on the claim form:

  Account holder: Javier Castellanos Ruiz
  IBAN: DE42 2004 1155 0916 8884 71

The damage to the building itself (walls, pipe) is a matter for your
landlord's buildings insurer; I have sent them a copy of the plumber's
report as you asked.

If anything is missing from the list, just reply to this e-mail.

""" + S("demir") + "\n\n" + FOOT_EN
    return mail(10, F("demir"), "Javier Castellanos <jcastellanos@correo-mail.example>",
                "Your claim HR-S-26-000734 - settlement", D("2026-02-05 14:41"), T(body), mailer="outlook-en")


# ---- d201-0011 ------------------------------------------------------------
@M(11, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "group accident: endorsement adding named care workers with birth dates and sums insured (DOCX); no medical word, accident line")
def _m011():
    body = """Sehr geehrte Frau Hansen,

anbei erhalten Sie den Nachtrag Nr. 7 zu Ihrem Gruppenunfallvertrag
GU 2019/00412. Er umfasst die vier Neueinstellungen vom Januar, inklusive
der beiden Auszubildenden (Frau Okonkwo, Herr Janßen), die Sie letzte Woche
nachgemeldet hatten. Der Versicherungsschutz gilt rückwirkend ab dem
jeweiligen Eintrittsdatum.

Den Mehrbeitrag (anteilig 2026: 412,80 EUR) buchen wir mit der nächsten
Quartalsrechnung ab.

Bitte prüfen Sie die Geburtsdaten noch einmal, bei Frau Okonkwo hatten wir
zwei unterschiedliche Angaben in Ihren Unterlagen.

""" + S("wennemann") + "\n\n" + FOOT_DE
    rows = [["Lfd.", "Name, Vorname", "geb.", "Tätigkeit", "Gefahrengr.", "Beginn", "Invalidität / Progr.", "Tod"],
            ["38", "Okonkwo, Adaeze", "19.08.2005", "Auszubildende Pflegefachfrau", "A", "01.01.2026", "150.000 € / 350 %", "20.000 €"],
            ["39", "Janßen, Tammo", "02.03.2006", "Auszubildender Pflegefachmann", "A", "01.01.2026", "150.000 € / 350 %", "20.000 €"],
            ["40", "Rehder, Marlies", "11.11.1968", "Pflegehelferin, Tourendienst", "A", "15.01.2026", "150.000 € / 350 %", "20.000 €"],
            ["41", "Bakker, Joost", "24.05.1979", "Hausmeister / Fahrdienst", "B", "15.01.2026", "150.000 € / 350 %", "20.000 €"]]
    doc = docx([("h", "Nachtrag Nr. 7 zum Gruppenunfallversicherungsvertrag GU 2019/00412"),
                "Versicherungsnehmerin: Nordhafen Pflegedienste gGmbH, Deichstraße 22, 27472 Cuxhaven",
                "Art der Versicherung: Gruppenunfallversicherung mit namentlicher Nennung der versicherten Personen (Fremdversicherung)",
                "Mit Wirkung ab den unten genannten Daten werden folgende Personen in den Vertrag eingeschlossen:",
                ("table", rows),
                "",
                "Beitrag je Person (Gefahrengruppe A): 118,20 € jährlich; Gefahrengruppe B: 146,40 € jährlich.",
                "Versicherungsschutz besteht rund um die Uhr, beruflich und privat (24-Stunden-Deckung).",
                "Alle übrigen Vereinbarungen des Vertrags bleiben unverändert.",
                "",
                "Hamburg, 23.01.2026 – Elbmark Versicherung AG, Underwriting Gruppenunfall"],
               creator="Wennemann, Tobias", created="2026-01-23 09:40", title="Nachtrag 7 GU 2019/00412")
    return mail(11, F("wennemann"), "Birte Hansen <verwaltung@nordhafen-pflege.example>",
                "Nachtrag 7 zu GU 2019/00412 – Neuzugänge Januar", D("2026-01-23 10:02"),
                MULTI("mixed", T(body), A(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          "Nachtrag_07_GU-2019-00412.docx")))


# ---- d201-0012 ------------------------------------------------------------
@M(12, "NORMAL", "en", "internal",
   "trap: IT ticket on failing enrolment upload; column names date_of_birth/health_questions and an invalid date in a log line, no person")
def _m012():
    body = """Hi James,

re INC-2026-0412 (employer portal, bulk upload of enrolment files fails):

Found it. Since the portal release on Monday the validator expects ISO
dates (YYYY-MM-DD) in the column date_of_birth, while the template we give
employers still says DD.MM.YYYY. Any file with German dates is rejected as a
whole, which is why three employers called you this week.

Log excerpt (no personal data, the validator only logs row and column):

  2026-02-11T09:14:07Z WARN upload-svc  file=enrol_0211_7f3c.csv rows=46
  2026-02-11T09:14:07Z ERROR validator row=2 col=date_of_birth value-format=DD.MM.YYYY expected=YYYY-MM-DD
  2026-02-11T09:14:07Z ERROR validator row=2 col=health_questions_answered expected=Y|N got=empty
  2026-02-11T09:14:07Z INFO  upload-svc  file rejected, 0 of 46 rows imported

Fix: the validator accepts both formats again from tomorrow's hotfix
(change CHG-2026-0088, deployment 06:30). The empty health_questions_answered
column is a separate issue: it is mandatory only above the free cover
limit, I've asked the product owner to relax the rule.

Nothing needs to be done by the employers, they can simply upload again
tomorrow after 7:00. Please don't ask them to send the files by e-mail in
the meantime.

""" + S("nowak")
    return mail(12, F("nowak"), F("whitfield"), "INC-2026-0412 enrolment upload - root cause", D("2026-02-11 16:48"),
                T(body, cte="quoted-printable"),
                cc='"Raman, Priya" <priya.raman@elbmark-versicherung.example>', mailer="thunderbird")


# ---- d201-0013 ------------------------------------------------------------
@M(13, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "group accident claim of a named care worker: fall on ice, distal radius fracture (S52.5), surgery, hospital days, invalidity later")
def _m013():
    body = """Sehr geehrte Frau Hansen,

zur Unfallmeldung vom 14.01.2026 für Ihre Mitarbeiterin Frau Renate Kuhlmann
(Gruppenunfallvertrag GU 2019/00412, lfd. Nr. 17, Schaden-Nr. U-26-00093)
teilen wir Ihnen den Stand mit.

Frau Kuhlmann ist am 13.01.2026 gegen 7:20 Uhr auf dem Weg zu einer
Patientin in der Gorch-Fock-Straße auf dem vereisten Gehweg gestürzt. Laut
Durchgangsarztbericht des Klinikums Cuxhaven liegt eine distale
Radiusfraktur links vor (S52.5), die am 14.01. mit einer Plattenosteosynthese
versorgt wurde. Stationärer Aufenthalt vom 13.01. bis 18.01.2026.

Leistungen, die wir jetzt auszahlen:
- Krankenhaustagegeld 6 Tage x 30,00 EUR = 180,00 EUR
- Genesungsgeld 6 Tage x 30,00 EUR = 180,00 EUR
- Sofortleistung bei Knochenbruch: 500,00 EUR

Da es sich um eine Fremdversicherung handelt, überweisen wir die 860,00 EUR
an Sie als Versicherungsnehmerin; bitte leiten Sie den Betrag an Frau
Kuhlmann weiter (§ 179 VVG i. V. m. unseren Bedingungen).

Über eine mögliche Invaliditätsleistung entscheiden wir, wenn der
Heilverlauf abgeschlossen ist, spätestens aber nach Ablauf eines Jahres.
Dazu schicken wir Frau Kuhlmann Anfang 2027 einen Fragebogen und
beauftragen ggf. ein ärztliches Gutachten.

""" + S("brodersen") + "\n\n" + FOOT_DE
    return mail(13, F("brodersen"), "Birte Hansen <verwaltung@nordhafen-pflege.example>",
                "Schaden U-26-00093 / GU 2019/00412", D("2026-02-04 13:27"), T(body))


# ---- d201-0014 ------------------------------------------------------------
@M(14, "NORMAL", "en", "insurer-to-broker",
   "trap: product factsheet (PDF) for group critical illness listing cancer, heart attack, stroke, MS etc.; no person")
def _m014():
    body = """Dear Olivia,

As promised after our call, attached is the current factsheet for our
group critical illness cover (GCI 2026), which several of your clients
with German subsidiaries asked about.

Two points that usually come up with UK HR teams:
- Conditions are defined under German law and our own definitions, not the
  ABI model wording, so please don't compare them line by line.
- Pre-existing conditions are excluded only for the first 24 months and only
  for schemes under 20 lives; above that we accept on a no-medical basis.

If you have a concrete scheme in mind, send me the headcount and age profile
(aggregated is fine) and I'll come back with indicative rates.

""" + S("raman")
    lines = [
        "# Group Critical Illness Cover (GCI 2026) - Factsheet",
        "Elbmark Versicherung AG, Hamburg - for broker use",
        "",
        "## What is covered",
        "A lump sum is paid once a covered condition is diagnosed by a specialist and meets the policy definition.",
        "Covered conditions (extract): cancer (with exclusions for early stages), heart attack with evidence of",
        "myocardial damage, coronary artery bypass surgery, stroke with permanent symptoms, multiple sclerosis with",
        "persisting neurological deficit, kidney failure requiring dialysis, major organ transplant, Parkinson's",
        "disease before age 65, loss of sight, loss of hearing, paralysis of limbs, benign brain tumour, motor neurone",
        "disease, severe burns, coma, Alzheimer's disease before age 65.",
        "",
        "## Partial payments",
        "25 % of the sum insured (max. EUR 25,000) for carcinoma in situ, low-grade prostate cancer, angioplasty.",
        "",
        "## Scheme rules",
        "Minimum scheme size: 10 lives. Entry age 18-60, cover ceases at 67.",
        "Sum insured: fixed amount (EUR 25,000 - 150,000) or multiple of salary (1x or 2x).",
        "No medical underwriting for schemes of 20 lives and more up to the free cover limit of EUR 100,000.",
        "Survival period: 14 days after diagnosis.",
        "",
        "## Not covered",
        "Self-inflicted injury, conditions caused by alcohol or drug misuse, conditions first diagnosed outside",
        "the period of cover, war and nuclear risks.",
        "",
        "This factsheet is a summary. The policy wording GCI-AVB 2026 prevails.",
    ]
    data = pdf(lines, title="GCI 2026 Factsheet", author="Elbmark Group Life & Health", created="2026-01-08 09:00")
    return mail(14, F("raman"), "Olivia Grant <olivia.grant@benefitconsult.example>",
                "GCI factsheet for your German subsidiaries", D("2026-02-12 17:03"),
                MULTI("mixed", T(body), A(data, "application/pdf", "Elbmark_GCI_2026_Factsheet_EN.pdf")),
                mailer="outlook-en")


# ---- d201-0015 ------------------------------------------------------------
@M(15, "CONFIDENTIAL", "de", "insurer-to-customer",
   "legal expenses: cover confirmation for a named customer's tenancy dispute, policy and claim numbers, landlord named")
def _m015():
    body = """Sehr geehrte Frau Ramadani,

für die Auseinandersetzung mit Ihrem Vermieter, Herrn Bernd Kröger, über
die Nebenkostenabrechnung 2024 (Nachforderung 1.284,17 EUR) sagen wir
Ihnen Versicherungsschutz aus Ihrem Rechtsschutzvertrag RS 40-118 762-3
zu, Leistungsart Wohnungs- und Grundstücks-Rechtsschutz.

Unsere Schadennummer: RSL-2026-01894 – bitte bei allen Rückfragen angeben.

Die Zusage gilt für die außergerichtliche Tätigkeit eines Rechtsanwalts.
Sollte ein gerichtliches Verfahren nötig werden, stimmen Sie das bitte
vorher mit uns ab. Ihre vereinbarte Selbstbeteiligung beträgt 150 EUR.

Sie haben uns mitgeteilt, dass Sie sich von Frau Rechtsanwältin Dr. Yvonne
Seidel, Lüneburg, vertreten lassen möchten. Wir haben ihr die Zusage
ebenfalls übermittelt.

""" + S("brandes") + "\n\n" + FOOT_DE
    return mail(15, F("brandes"), "Arta Ramadani <arta.ramadani@webpost.example>",
                "Deckungszusage RSL-2026-01894", D("2026-01-30 09:15"), T(body, cte="8bit"), mailer="system")


# ---- d201-0016 ------------------------------------------------------------
@M(16, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "insurer correctly refuses to discuss an employee's claim, but the quoted HR mail names him with a crown, root canal treatment and reimbursement")
def _m016():
    body = """Sehr geehrte Frau Grabowski,

danke für Ihre Nachricht. Ich verstehe, dass Sie Ihrem Mitarbeiter helfen
möchten. Bitte haben Sie aber Verständnis dafür, dass wir Ihnen als
Arbeitgeberin zu Leistungsfällen einzelner versicherter Personen keine
Auskunft geben dürfen – auch nicht bei der betrieblichen
Krankenversicherung, bei der Sie Versicherungsnehmerin sind.

Herr Yilmaz kann sich jederzeit direkt an uns wenden, telefonisch unter
040 6090-4450 oder über die Elbmark-App. Dort sieht er auch die
Abrechnung mit allen Einzelpositionen.

Allgemein zum Tarif Ihres Rahmenvertrags kann ich Ihnen gern sagen, dass
Zahnersatz im Baustein ZE60 zu 60 % der Rechnung erstattet wird; das steht
auch in der Mitarbeiterinformation, die wir Ihnen 2024 geschickt haben.

""" + S("achterberg") + """

Am 03.03.2026 um 15:12 schrieb Ilona Grabowski:
> Hallo Frau Achterberg,
>
> unser Mitarbeiter Herr Cem Yilmaz (PersNr 10391, Lager Buxtehude) war heute
> bei mir und hat sich beschwert. Er hatte im Januar eine
> Wurzelbehandlung und danach eine Krone beim Zahnarzt (Rechnung ca.
> 1.150 Euro) und Sie haben ihm nur 690 Euro erstattet. Er sagt, ihm wurde
> bei der Einführung der bKV "alles bezahlt" versprochen.
>
> Können Sie mir sagen, warum das so wenig ist? Ich möchte ihm gern eine
> Antwort geben, er ist ziemlich verärgert.
>
> Viele Grüße
> Ilona Grabowski
> Personalleitung
> Kaltenbach Logistik GmbH & Co. KG
"""
    return mail(16, F("achterberg"), "Ilona Grabowski <i.grabowski@kaltenbach-logistik.example>",
                "Re: Zahnersatz Herr Yilmaz", D("2026-03-04 09:41"), T(body, cte="8bit", flowed=False),
                mailer="thunderbird", irt="<5c1e0a77-2b3f-4d18-a0f2-7e4c9d11b6a3@kaltenbach-logistik.example>")


# ---- d201-0017 ------------------------------------------------------------
@M(17, "NORMAL", "de", "insurer-to-company",
   "trap: refusal to discuss 'a claim of one of your employees' without naming anyone; generic dental tariff facts")
def _m017():
    body = """Sehr geehrte Frau Wittrock,

vielen Dank für Ihre Anfrage vom 10. März zu einem Leistungsfall aus Ihrer
Belegschaft.

Bitte haben Sie Verständnis, dass wir zu Erstattungen an einzelne
versicherte Personen keine Auskünfte an den Arbeitgeber geben. Das gilt
auch dann, wenn die betroffene Person Sie darum gebeten hat; sie kann sich
jederzeit selbst an uns wenden oder uns schriftlich von der Schweigepflicht
gegenüber Ihnen entbinden.

Allgemein zum bKV-Tarif Ihrer Hotels:
- Zahnbehandlung und Prophylaxe: 100 % bis 300 EUR je Kalenderjahr
- Zahnersatz: 60 % des Rechnungsbetrags, in den ersten beiden Jahren
  begrenzt auf 1.000 bzw. 2.000 EUR
- Sehhilfen: bis 250 EUR alle zwei Jahre

Gern schicke ich Ihnen für das Intranet noch einmal unser Merkblatt
"Was zahlt meine bKV?" als PDF.

""" + S("achterberg") + "\n\n" + FOOT_DE
    return mail(17, F("achterberg"), "Jana Wittrock <personal@ostholm-hotels.example>",
                "Ihre Anfrage vom 10.03.2026", D("2026-03-11 11:20"), T(body))


# ---- d201-0018 ------------------------------------------------------------
@M(18, "CONFIDENTIAL", "en", "insurer-to-company",
   "business travel package: ODS traveller list with names, nationalities, passport numbers and trip dates; no health cover or data")
def _m018():
    body = """Dear Tom,

Thanks for the list. I've registered the eight engineers for the
Ouarzazate site visits under your Business Travel Package (policy
GR-RV-22-0457: baggage, travel delay, trip interruption and personal
liability abroad). Medical expenses abroad stay with your international
health plan, so nothing changes there.

Attached is the confirmed list as we hold it; please check the passport
numbers, two of them looked like they had a letter and a zero swapped
(marked in the last column).

Certificates of cover in English and French will follow tomorrow - the
Moroccan authorities sometimes ask for the French version at the border.

""" + S("hoffmeister") + "\n\n" + FOOT_EN
    rows = [["Name", "First name", "Nationality", "Passport no.", "Departure", "Return", "Site", "Remark"],
            ["Ashby", "Thomas", "GBR", "533871904", "2026-04-13", "2026-04-24", "Noor Ouarzazate IV", ""],
            ["Kessler", "Jannik", "DEU", "C4KJ7RT21", "2026-04-13", "2026-04-24", "Noor Ouarzazate IV", ""],
            ["Moreau", "Élodie", "FRA", "19AF33801", "2026-04-13", "2026-05-08", "Noor Ouarzazate IV", ""],
            ["Szymańska", "Agata", "POL", "EK4410287", "2026-04-20", "2026-05-08", "Noor Ouarzazate IV", ""],
            ["Brandt", "Malte", "DEU", "C7R0PL9K4", "2026-04-20", "2026-05-08", "Midelt substation", "check O/0"],
            ["Haddad", "Yassin", "DEU", "CF9X2M1N7", "2026-04-20", "2026-04-30", "Midelt substation", ""],
            ["Lindgren", "Erik", "SWE", "AA5580771", "2026-04-27", "2026-05-08", "Midelt substation", ""],
            ["Oyelaran", "Tobi", "GBR", "1O8842215", "2026-04-27", "2026-05-08", "Midelt substation", "check O/0"]]
    data = ods([("Travellers Q2", rows)], creator="Niklas Hoffmeister", created="2026-03-18 14:02",
               title="TerraVolt travellers Morocco Q2 2026")
    return mail(18, F("hoffmeister"), "Tom Ashby <tom.ashby@terravolt-energy.example>",
                "RE: Morocco trips April/May - travellers", D("2026-03-18 14:15"),
                MULTI("mixed", T(body), A(data, "application/vnd.oasis.opendocument.spreadsheet",
                                          "TerraVolt_travellers_Q2-2026.ods")),
                mailer="outlook-en")


# ---- d201-0019 ------------------------------------------------------------
@M(19, "STRICTLY_CONFIDENTIAL", "en", "internal",
   "team lead tells HR that a named own employee is signed off sick after shoulder surgery until a date")
def _m019():
    body = """Hi Anja,

Quick one for your records: Tomás Herrera from my team is signed off sick
from today until 20 March - he had the shoulder operation that was
postponed in January and his surgeon doesn't want him at a keyboard for
two weeks. The electronic sick note should reach you through the usual
channel, he said his GP submitted it this morning.

He asked me whether he needs to apply for anything for the days in the
clinic; I told him you'd get back to him directly.

Thanks!
Priya

--
Priya Raman · Group Benefits · ext. 4485
"""
    return mail(19, F("raman"), F("feddersen"), "Tomás - sick leave until 20/3", D("2026-03-06 08:52"),
                T(body), mailer="iphone")


# ---- d201-0020 ------------------------------------------------------------
@M(20, "NORMAL", "de", "internal",
   "trap: staff-wide flu vaccination offer by the company doctor; names the doctor's absence without reason; no employee health data")
def _m020():
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst wieder die
Grippeschutzimpfung im Haus an:

  Wann:  13. und 14. Oktober 2026, jeweils 9:00–12:00 und 13:00–15:30 Uhr
  Wo:    Speicherstadtufer 14, 4. OG, Raum 4.12 (Sanitätsraum)
  Was:   Vierfach-Impfstoff der Saison 2026/27

Bitte buchen Sie einen 10-Minuten-Termin über das Intranet
(Mitarbeiterservice > Gesundheit > Impftermine) und bringen Sie, wenn
vorhanden, Ihren Impfpass mit. Die Impfung ist freiwillig und kostenlos;
Ihr Name wird nur für die Terminvergabe gespeichert und danach gelöscht.

Bitte beachten: Herr Dr. Brenneke ist am 16.10. nicht im Haus. Die offene
Sprechstunde an diesem Tag entfällt, in dringenden Fällen ist die
Vertretung über die Zentrale zu erreichen.

Bleiben Sie gesund!

""" + S("feddersen")
    return mail(20, F("feddersen"), "Alle Mitarbeitenden Hamburg <alle-hamburg@elbmark-versicherung.example>",
                "Grippeschutzimpfung 2026 – Termine buchbar", D("2026-09-28 10:00"), T(body))


# ---- d201-0021 ------------------------------------------------------------
@M(21, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
   "expat health plan enrolment of an assignee and spouse; declared asthma with premium loading only in the PDF certificate")
def _m021():
    body = """Dear Rachel,

Dr Mehta and his wife are now enrolled in the Elbmark Global Health Plan
under your scheme EGHP-MARLOW-01, effective 1 March 2026, the day before
their arrival in Hamburg. The membership certificate is attached; the
member cards will be sent to their Hamburg address next week.

The plan has been accepted on the terms we discussed on the phone. Please
forward the certificate to Dr Mehta and ask both of them to register in
the member app before they arrive, so that direct billing with hospitals
works from day one.

""" + S("whitfield") + "\n\n" + DISCLAIMER_EN + "\n\n" + FOOT_EN
    lines = [
        "# Certificate of Membership - Elbmark Global Health Plan",
        "Scheme: EGHP-MARLOW-01 - Policyholder: Marlow Biotech GmbH, Hamburg (a Marlow Therapeutics Inc. company)",
        "Area of cover: Worldwide excluding USA - Plan level: Gold - Deductible: EUR 0 - Co-insurance: 0 %",
        "",
        "## Members",
        "Member 1: Dr Anand Mehta, date of birth 07/19/1984, member no. EGH-0441-2207-01, start 2026-03-01",
        "Member 2: Kavya Mehta (spouse), date of birth 02/03/1986, member no. EGH-0441-2207-02, start 2026-03-01",
        "",
        "## Underwriting terms",
        "Member 1: accepted on standard terms.",
        "Member 2: accepted with a premium loading of 15 % for the declared pre-existing condition",
        "bronchial asthma (J45.9), treated with inhaled corticosteroid (budesonide 200 mcg twice daily).",
        "Asthma-related treatment is covered in full; the loading will be reviewed after 24 months",
        "without hospital admission for the condition.",
        "",
        "## Annual premium",
        "Member 1: EUR 7,412.00 - Member 2: EUR 8,523.80 (incl. loading) - payable by the policyholder.",
        "",
        "Issued in Hamburg on 20 February 2026 - Elbmark Versicherung AG, International Employee Benefits",
    ]
    data = pdf(lines, title="Certificate of Membership EGH-0441-2207", author="Elbmark International Employee Benefits",
               created="2026-02-20 12:30")
    return mail(21, F("whitfield"), "Rachel Kim <rachel.kim@marlowbio.example>",
                "Mehta family - membership certificate EGHP", D("2026-02-20 12:47"),
                MULTI("mixed", T(body), A(data, "application/pdf", "EGHP_Certificate_EGH-0441-2207.pdf")),
                cc="Daniel Okafor <global.mobility@marlowbio.example>", mailer="outlook-en")


# ---- d201-0022 ------------------------------------------------------------
@M(22, "CONFIDENTIAL", "de", "insurer-to-bank",
   "insurer as employer: salary certificate for an own employee's mortgage (birth date, gross salary) in a PDF; no health")
def _m022():
    body = """Sehr geehrter Herr Thiessen,

wie von unserem Mitarbeiter Herrn Sievers gewünscht, erhalten Sie anbei
die Gehaltsbescheinigung für seinen Darlehensantrag. Herr Sievers hat uns
seine Einwilligung zur Übermittlung schriftlich erteilt.

Für Rückfragen zur Bescheinigung stehe ich Ihnen gern zur Verfügung.

""" + S("feddersen") + "\n\n" + FOOT_DE
    lines = [
        "# Gehaltsbescheinigung",
        "Elbmark Versicherung AG, Personalabteilung, Speicherstadtufer 14, 20457 Hamburg",
        "",
        "Hiermit bestätigen wir, dass",
        "## Herr Malte Sievers, geb. 14.02.1990, wohnhaft Wandsbeker Zollstraße 88, 22041 Hamburg,",
        "seit dem 01.04.2017 in einem unbefristeten, ungekündigten Arbeitsverhältnis bei uns beschäftigt ist.",
        "Die Probezeit ist beendet. Tätigkeit: Sachbearbeiter Kfz-Schadenservice, Vollzeit (38 Std./Woche).",
        "",
        "Bruttomonatsgehalt (Januar 2026): 4.680,00 EUR, zahlbar 13-mal jährlich",
        "Bruttojahresentgelt 2025 inkl. Sonderzahlungen: 62.400,00 EUR",
        "Nettomonatsgehalt (Januar 2026, Steuerklasse III): 3.318,47 EUR",
        "Pfändungen oder Abtretungen liegen nicht vor.",
        "",
        "Hamburg, 09.02.2026",
        "Elbmark Versicherung AG - i. A. Anja Feddersen, Personalabteilung",
    ]
    data = pdf(lines, title="Gehaltsbescheinigung", author="Personalabteilung", created="2026-02-09 14:05")
    return mail(22, F("feddersen"), "Jens Thiessen <baufinanzierung@sparkasse-altmoor.example>",
                "Gehaltsbescheinigung Malte Sievers – Ihr Zeichen BF-2026-3317", D("2026-02-09 14:21"),
                MULTI("mixed", T(body), A(data, "application/pdf", "Gehaltsbescheinigung_Sievers.pdf")))


# ---- d201-0023 ------------------------------------------------------------
@M(23, "NORMAL", "de", "insurer-to-supplier",
   "trap: order to shred containers of health claim files and medical reports (DIN 66399), no content of any file")
def _m023():
    body = """Guten Tag Herr Poppe,

hiermit beauftragen wir die nächste Abholung zur Aktenvernichtung gemäß
Rahmenvertrag EK-2023-117:

- 40 Sicherheitsbehälter à 240 l aus der Leistungsabteilung Kranken
  (Arztrechnungen, Arztberichte, Krankenhausentlassberichte, Rezepte)
- 12 Behälter aus der BU-Leistungsprüfung (Gutachten, Reha-Berichte)
- 6 Behälter Personalakten aus der Personalabteilung

Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399, Vernichtung bitte
wieder unter Aufsicht unseres Mitarbeiters vor Ort im Fahrzeug.
Abholung: Donnerstag, 19.03.2026, ab 7:00 Uhr, Anlieferung Hof
Speicherstadtufer 14, Zufahrt über die Kannengießerort-Seite.

Bitte senden Sie uns das Vernichtungsprotokoll wie immer als PDF an
einkauf@elbmark-versicherung.example.

""" + S("kahlert") + "\n\n" + FOOT_DE
    return mail(23, F("kahlert"), "Holger Poppe <disposition@nordakten.example>",
                "Auftrag Aktenvernichtung 19.03.2026", D("2026-03-09 08:33"), T(body, charset="iso-8859-1"))


# ---- d201-0024 ------------------------------------------------------------
@M(24, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
   "group life death claim of a named employee: death certificate, cause-of-death statement, suspected cardiac arrest, inquest")
def _m024():
    body = """Dear Olivia,

Thank you for letting us know so quickly, and please pass on our
condolences to the team at Harrow & Finch.

I have opened the claim under the German group life scheme
(GL/HARROWFINCH/DE, claim LC-2026-00217) for Mr Graham Fletcher, born
4 June 1971, who died on 2 February 2026 in Frankfurt.

To settle the claim we need:
1. a certified copy of the German death certificate (Sterbeurkunde);
2. the doctor's confidential statement on the cause of death
   (vertrauliche Todesbescheinigung) - we understand from the HR note that
   a sudden cardiac arrest is suspected and that the public prosecutor
   has ordered a post-mortem, so this may take some weeks;
3. the beneficiary nomination on file with HR (Mr Fletcher nominated his
   partner, Ms Hannah Okoro, in 2023 according to our records);
4. the salary confirmation for the last 12 months, because the benefit is
   3 x basic salary.

The doctor's statement should be sent to me directly, not via HR or your
office, please.

""" + S("rudnik") + "\n\n" + FOOT_EN
    return mail(24, F("rudnik"), "Olivia Grant <olivia.grant@benefitconsult.example>",
                "RE: Harrow & Finch - sad news / LC-2026-00217", D("2026-02-06 10:05"), T(body),
                mailer="outlook-en")


# ---- d201-0025 ------------------------------------------------------------
@M(25, "STRICTLY_CONFIDENTIAL", "de", "payroll",
   "payroll bureau's bAV contribution list (names, birth dates, social-security numbers, contracts) in a CSV inside an attached forwarded mail; body harmless")
def _m025():
    csv = """Mandant;PersNr;Name;Vorname;Geburtsdatum;SV-Nummer;Vertrag;Entgeltumwandlung;AG-Zuschuss;Summe
Hollerith & Partner;0007;Hollerith;Petra;1966-03-28;15 280366 H 512;DV-3310-00412;200,00;30,00;230,00
Hollerith & Partner;0012;Demirci;Hakan;1989-11-02;15 021189 D 033;DV-3310-00413;150,00;22,50;172,50
Hollerith & Partner;0015;Voigtländer;Sina;1993-05-17;15 170593 V 549;DV-3310-00470;100,00;15,00;115,00
Hollerith & Partner;0019;Albers;Kathrin;1981-08-30;15 300881 A 528;DV-3310-00471;248,00;37,20;285,20
Hollerith & Partner;0021;Ruhnke;Florian;1997-01-09;15 090197 R 011;DV-3310-00502;80,00;12,00;92,00
"""
    inner_body = """Sehr geehrte Damen und Herren,

anbei die Beitragsliste Direktversicherung für Februar 2026 für unseren
Mandanten Hollerith & Partner Steuerberatungsgesellschaft mbH. Die
Überweisung (894,70 EUR) ist heute rausgegangen.

Neu ab Februar: Herr Ruhnke (Vertrag DV-3310-00502).

Freundliche Grüße
Stefanie Rahn
LohnPilot Abrechnungsservice GmbH
Ostertorstraße 9 · 21682 Stade
"""
    orig = inner("Stefanie Rahn <s.rahn@lohnpilot.example>", "bav-inkasso@elbmark-versicherung.example",
                 "Beitragsliste bAV 02/2026 Hollerith & Partner", D("2026-02-25 16:10"),
                 MULTI("mixed", T(inner_body), AT(csv, "csv", "Beitragsliste_bAV_2026-02_Hollerith.csv", charset="utf-8",
                                                  cte="base64")), n=25, mailer="outlook")
    body = """Hi Kerstin,

anbei die Februar-Liste von LohnPilot für Hollerith. Summe passt, aber
bitte einmal mit der Sollstellung abgleichen – der Neuzugang ist bei uns
erst ab März angelegt.

Danke!
""" + S("petersen")
    return mail(25, F("petersen"), F("blohm"), "WG: Beitragsliste bAV 02/2026 Hollerith & Partner",
                D("2026-02-26 08:19"), MULTI("mixed", T(body), FWD(orig)))


# ---- d201-0026 ------------------------------------------------------------
@M(26, "CONFIDENTIAL", "de", "insurer-to-company",
   "[vertraulich] fleet motor: driver list (XLSX) with names, birth dates, licence dates and plates of young drivers; explicit tag")
def _m026():
    body = """Hallo Herr Prüß,

wie am Telefon besprochen: Für die Fahrer unter 25 Jahren brauchen wir im
Flottenvertrag KF-FL-0093 eine namentliche Meldung. Ich habe Ihre Liste
in unser Format übertragen (Anlage) – bitte prüfen und bis Ende der Woche
bestätigen, dann ändere ich den Vertrag zum 01.04.

Der Zuschlag für junge Fahrer beträgt 8 % auf die Haftpflicht- und
Vollkaskoprämie der betroffenen Fahrzeuge, nicht auf die ganze Flotte.

""" + S("ehlers")
    rows = [["Fahrer", "geb.", "Führerschein Kl.", "erteilt am", "Fahrzeug", "Kennzeichen", "ab"],
            ["Brinkmann, Luca", "19.07.2003", "B, BE, C1", "22.08.2021", "Mercedes Sprinter 317 CDI", "STD-KL 812", "01.04.2026"],
            ["Yıldız, Emir", "03.01.2004", "B", "15.03.2022", "VW Crafter 35", "STD-KL 817", "01.04.2026"],
            ["Mahnke, Lea-Sophie", "27.10.2002", "B, BE", "04.11.2020", "Ford Transit Custom", "STD-KL 822", "01.04.2026"],
            ["Petrović, Nikola", "11.06.2001", "B, C, CE", "30.09.2019", "MAN TGL 12.250", "STD-KL 905", "01.04.2026"]]
    data = xlsx([("Fahrer u25", rows)], creator="Ehlers, Marion", created="2026-03-16 15:30")
    return mail(26, F("ehlers"), "Olaf Prüß <fuhrpark@kaltenbach-logistik.example>",
                "[vertraulich] Fahrermeldung u25 – Flotte KF-FL-0093", D("2026-03-16 15:41"),
                MULTI("mixed", T(body), A(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "Fahrerliste_u25_KF-FL-0093.xlsx")))


# ---- d201-0027 ------------------------------------------------------------
@M(27, "NORMAL", "en", "insurer-to-company",
   "trap: enrolment file specification with a sample CSV of fictitious people (Jane Example), published example IBAN, health-question column")
def _m027():
    body = """Hi Lukas,

Here is the file specification for the monthly enrolment upload in the
employer portal, as promised. The attached sample file contains two
made-up people only (Jane Example and John Sample) - please use it to test
your export from Personio before sending real data through the portal.

Columns
  employee_id              your personnel number
  last_name, first_name
  date_of_birth            YYYY-MM-DD (DD.MM.YYYY also accepted again)
  entry_date               start of cover, first day of a month
  exit_date                leave empty for joiners
  plan                     BKV-BUDGET-600 or BKV-BUDGET-900
  health_questions_answered  Y/N, only needed above the free cover limit
  refund_iban              optional, otherwise we ask the employee

Please never send the files by e-mail - the portal encrypts them and we
get an alert if something fails.

""" + S("whitfield")
    sample = """employee_id,last_name,first_name,date_of_birth,entry_date,exit_date,plan,health_questions_answered,refund_iban
TEST-0001,Example,Jane,1990-01-01,2026-04-01,,BKV-BUDGET-600,N,DE89370400440532013000
TEST-0002,Sample,John,1985-12-31,2026-04-01,,BKV-BUDGET-900,N,
"""
    return mail(27, F("whitfield"), "Lukas Brandt <people-ops@veltrup-software.example>",
                "Enrolment upload - file spec and test file", D("2026-03-12 13:37"),
                MULTI("mixed", T(body), AT(sample, "csv", "enrolment_TEST_fictitious.csv", charset="us-ascii", cte="7bit")),
                mailer="outlook-en")


# ---- d201-0028 ------------------------------------------------------------
@M(28, "STRICTLY_CONFIDENTIAL", "de", "company",
   "HR asks about a named employee's bAV contract during sick pay after a heart attack; Outlook inline forward to a colleague")
def _m028():
    body = """Kerstin, magst du das übernehmen? Beitragsfreistellung oder Fortführung
mit Eigenbeiträgen – er soll beide Varianten mit Zahlen bekommen, bitte
direkt an ihn, nicht an die Stadtwerke. Danke, Jonas

Von: Gerdes, Frank <f.gerdes@stadtwerke-altmoor.example>
Gesendet: Dienstag, 10. Februar 2026 11:02
An: Petersen, Jonas <jonas.petersen@elbmark-versicherung.example>
Betreff: Direktversicherung Herr Dierks DV-3310-00087

Sehr geehrter Herr Petersen,

unser Mitarbeiter Herr Uwe Dierks (geb. 21.09.1964) ist seit dem
10.11.2025 nach einem Herzinfarkt arbeitsunfähig und bezieht seit dem
22.12.2025 Krankengeld von der AOK. Wann er zurückkommt, ist offen, es
ist eine Reha geplant.

Da er kein Entgelt mehr von uns bekommt, läuft auch die Entgeltumwandlung
für seine Direktversicherung DV-3310-00087 nicht mehr. Welche
Möglichkeiten gibt es? Herr Dierks möchte den Vertrag nicht verlieren.
Er hat nichts dagegen, dass wir das mit Ihnen klären.

Mit freundlichen Grüßen
Frank Gerdes
Personalabteilung
Stadtwerke Altmoor GmbH · Am Wasserwerk 1 · 21640 Altmoor
"""
    return mail(28, F("petersen"), F("blohm"), "WG: Direktversicherung Herr Dierks DV-3310-00087", D("2026-02-10 11:37"),
                T(body, cte="quoted-printable"))


# ---- d201-0029 ------------------------------------------------------------
@M(29, "NORMAL", "de", "insurer-to-customer",
   "trap: prospect asked what dental supplementary insurance costs; generic tariff info with implants/crowns, no personal health data")
def _m029():
    body = """Guten Tag Herr Lorenzen,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung.

Der Beitrag hängt vom Eintrittsalter und vom gewählten Tarif ab. Für eine
Familie mit zwei Erwachsenen (Anfang 40) und zwei Kindern liegt unser
Tarif ZahnPlus 90 im Moment bei etwa 78 Euro im Monat zusammen. Er
erstattet 90 % für Zahnersatz wie Kronen, Brücken und Implantate sowie
100 % für zwei professionelle Zahnreinigungen pro Jahr. Für Kinder ist
auch Kieferorthopädie (KIG 1–2) enthalten.

Vor Abschluss stellen wir einige Fragen zum Zahnzustand jeder Person
(fehlende Zähne, laufende Behandlungen). Die genauen Beiträge berechnet
Ihnen unser Online-Rechner unter
https://www.elbmark-versicherung.example/zahn – oder Sie rufen uns an,
dann gehen wir das zusammen durch.

""" + S("berger") + """

-----Ursprüngliche Nachricht-----
Von: Jan Lorenzen <jan.lorenzen@familie-lorenzen.example>
Gesendet: Sonntag, 8. März 2026 21:14
An: service@elbmark-versicherung.example
Betreff: Zahnzusatz Familie

Hallo, was kostet bei Ihnen ungefähr eine Zahnzusatzversicherung für eine
Familie (2 Erw., 2 Kinder)? Lohnt sich das? Danke, J. Lorenzen
"""
    return mail(29, F("berger"), "Jan Lorenzen <jan.lorenzen@familie-lorenzen.example>",
                "AW: Zahnzusatz Familie", D("2026-03-09 10:26"), T(body))


# ---- d201-0030 ------------------------------------------------------------
@M(30, "STRICTLY_CONFIDENTIAL", "en", "payroll",
   "payroll provider's ZIP with bKV enrolment and leaver CSVs (names, birth dates, plans) forwarded; outer text only 'March file'")
def _m030():
    enrol = """employee_id,last_name,first_name,date_of_birth,entry_date,exit_date,plan,health_questions_answered,refund_iban
V-1187,Kaczmarek,Julia,1995-08-14,2026-03-01,,BKV-BUDGET-900,N,DE93213522401560457947
V-1190,Okafor-Weiss,Samuel,1991-02-27,2026-03-01,,BKV-BUDGET-900,N,
V-1192,Lindholm,Freya,1998-10-05,2026-03-01,,BKV-BUDGET-600,N,DE72200697807897297083
V-1193,Ferreira,Bruno,1987-04-22,2026-03-01,,BKV-BUDGET-900,N,
"""
    leave = """employee_id,last_name,first_name,date_of_birth,exit_date,reason
V-0412,Hagemann,Torben,1983-06-30,2026-02-28,resignation
V-0977,Rossi,Chiara,1996-12-11,2026-02-28,end of fixed-term contract
"""
    readme = """Veltrup Software AG - benefits interface - period 2026-03
generated by LohnPilot PayFlow 5.4 on 2026-02-27 18:02
files: enrolments.csv (4 rows), leavers.csv (2 rows)
contact: s.rahn@lohnpilot.example
"""
    z = zipf([("Veltrup_2026-03/enrolments.csv", enrol), ("Veltrup_2026-03/leavers.csv", leave),
                                ("Veltrup_2026-03/README.txt", readme)], when=(2026, 2, 27, 18, 2, 0))
    body = """James,

The March file from Veltrup's payroll provider came to the shared box
again instead of the portal. Can you load it and remind them (nicely)
that the portal is the only channel? I've deleted it from the shared box.

Priya

________________________________
From: Stefanie Rahn <s.rahn@lohnpilot.example>
Sent: Friday, February 27, 2026 6:09 PM
To: benefits@elbmark-versicherung.example
Subject: Veltrup benefits file 2026-03

Dear all,

please find attached the March benefits file for Veltrup Software AG.
The portal gave us an error this afternoon, so we are sending it by mail.

Kind regards
Stefanie Rahn
LohnPilot Abrechnungsservice GmbH
"""
    return mail(30, F("raman"), F("whitfield"), "FW: Veltrup benefits file 2026-03", D("2026-03-02 08:12"),
                MULTI("mixed", T(body), A(z, "application/zip", "Veltrup_benefits_2026-03.zip")), mailer="outlook-en")


# ---- d201-0031 ------------------------------------------------------------
@M(31, "CONFIDENTIAL", "de", "insurer-to-customer",
   "household: bicycle theft claim with name, address, frame number, police reference and payout IBAN (iso-8859-1)")
def _m031():
    body = """Sehr geehrter Herr Kück,

Ihr Fahrraddiebstahl vom 21.02.2026 ist unter der Schadennummer
HR-S-26-001206 erfasst (Hausratversicherung HR 55 201 774,
Versicherungsort Bremer Straße 61, 21073 Hamburg).

Aus Ihren Unterlagen ergibt sich:
  Fahrrad: Trekkingrad Stevens Galant Lite, Rahmennummer WSB 7714 208 C
  Kaufpreis 2023: 1.149,00 EUR
  Anzeige: Polizeikommissariat 46, Tagebuch-Nr. 2026/0221/88143
  Abgestellt im verschlossenen Fahrradkeller des Mehrfamilienhauses

Da das Rad in einem gemeinsam genutzten, verschlossenen Raum stand, ist
der Diebstahl als Einbruchdiebstahl versichert. Wir erstatten den
Wiederbeschaffungspreis eines gleichwertigen neuen Rades abzüglich der
Selbstbeteiligung:

  1.199,00 EUR - 150,00 EUR = 1.049,00 EUR

Die Zahlung geht an das von Ihnen genannte Konto
DE25 2407 0024 3304 1384 27 (Kontoinhaber Lars Kück).

Sollte das Rad wieder auftauchen, melden Sie sich bitte bei uns.

""" + S("demir") + "\n\n" + FOOT_DE
    return mail(31, F("demir"), "Lars Kück <lars.kueck@t-netz.example>",
                "Schaden HR-S-26-001206 – Fahrraddiebstahl", D("2026-03-03 15:08"),
                T(body, charset="iso-8859-1", cte="quoted-printable"))


# ---- d201-0032 ------------------------------------------------------------
@M(32, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
   "disability claim: request to an orthopaedist for a medical report on a named patient (diagnoses, MRI findings, sick leave), consent on file")
def _m032():
    body = """Sehr geehrte Frau Dr. Saß,

Ihr Patient Herr Sören Matthiesen, geb. 30.06.1978, wohnhaft in
Winsen (Luhe), hat bei uns Leistungen aus seiner Berufsunfähigkeits-
versicherung (BU-2208-55613) beantragt. Er gibt an, seit Oktober 2025 bei
Ihnen wegen eines Bandscheibenvorfalls im Bereich L4/L5 mit ausstrahlenden
Beschwerden in das linke Bein in Behandlung zu sein. Seinen Beruf als
Dachdecker könne er seither nicht mehr ausüben.

Eine Entbindung von der Schweigepflicht vom 02.02.2026 liegt uns vor; eine
Kopie ist beigefügt (Anlage wird per Fax an 04171 555 8810 nachgereicht).

Wir bitten Sie um einen kurzen ärztlichen Bericht zu folgenden Fragen:
1. Welche Diagnosen (möglichst mit ICD-10) haben Sie gestellt?
2. Welche Befunde liegen vor (insbesondere MRT der LWS, neurologischer Status)?
3. Welche Behandlungen erfolgten bzw. sind geplant (Physiotherapie,
   Infiltrationen, operative Versorgung)?
4. Seit wann und bis wann bestand bzw. besteht Arbeitsunfähigkeit?
5. Wie schätzen Sie die Belastbarkeit für schweres Heben und Arbeiten auf
   Dächern in den nächsten sechs Monaten ein?

Für den Bericht vergüten wir 45,00 EUR zzgl. Schreibgebühren nach GOÄ.
Bitte senden Sie ihn an die unten genannte Anschrift oder über unser
Ärzteportal (https://aerzte.elbmark-versicherung.example), nicht per
unverschlüsselter E-Mail.

""" + S("harms") + "\n\n" + FOOT_DE
    return mail(32, F("harms"), '"Praxis Dr. Saß" <praxis@orthopaedie-sass.example>',
                "Anforderung ärztlicher Bericht – Ihr Patient Sören Matthiesen", D("2026-02-12 09:28"), T(body),
                mailer="system")


# ---- d201-0033 ------------------------------------------------------------
@M(33, "NORMAL", "en", "newsletter",
   "trap: HTML-only broker newsletter with a table of benefit-trend survey figures (mental health, cancer, musculoskeletal claims shares)")
def _m033():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Benefits Insight 02/2026</title></head>
<body style="font-family:Georgia,serif;font-size:15px;color:#222;max-width:660px;margin:auto">
<p style="font-size:12px;color:#777">Elbmark Benefits Insight &middot; for brokers and HR consultants &middot; February 2026</p>
<h1 style="font-size:24px">Employee benefits in Germany: five trends for 2026</h1>
<p>Our annual survey of 412 employers (headcount 20 to 8,000) and our own aggregated claims data point in the same
direction: employers want fewer, better benefits, and health comes first.</p>
<table style="border-collapse:collapse;width:100%" border="1" cellpadding="6">
<thead><tr style="background:#e8eef3"><th align="left">Indicator</th><th>2024</th><th>2025</th></tr></thead>
<tbody>
<tr><td>Employers offering company health insurance (bKV)</td><td align="right">21&nbsp;%</td><td align="right">27&nbsp;%</td></tr>
<tr><td>Share of group income protection claims due to mental health conditions</td><td align="right">34&nbsp;%</td><td align="right">38&nbsp;%</td></tr>
<tr><td>Share due to musculoskeletal disorders (back, joints)</td><td align="right">24&nbsp;%</td><td align="right">22&nbsp;%</td></tr>
<tr><td>Share due to cancer</td><td align="right">15&nbsp;%</td><td align="right">16&nbsp;%</td></tr>
<tr><td>Average employer pension contribution per employee and month</td><td align="right">EUR&nbsp;71</td><td align="right">EUR&nbsp;78</td></tr>
</tbody></table>
<h2 style="font-size:18px">1. Mental health support becomes a standard request</h2>
<p>Two thirds of employers asked for an employee assistance programme with short-term counselling in 2025.</p>
<h2 style="font-size:18px">2. Budget plans beat modules</h2>
<p>Flexible annual budgets (EUR 300 to 1,200) for dental, glasses and check-ups are now chosen in 7 of 10 new bKV schemes.</p>
<h2 style="font-size:18px">3. Simplified underwriting</h2>
<p>No health questions for schemes from ten lives; free cover limits in group life rise with scheme size.</p>
<h2 style="font-size:18px">4. Pension subsidy for low earners</h2>
<p>The higher income threshold of EUR 2,800 doubles the number of eligible employees in retail and logistics.</p>
<h2 style="font-size:18px">5. Data by portal, not by e-mail</h2>
<p>More than half of enrolments now arrive through employer portals &ndash; good news for data protection.</p>
<p>Methodology: online survey, November 2025; claims figures are scheme-level aggregates, no individual data.</p>
<hr><p style="font-size:12px;color:#777">You receive this newsletter as a registered business partner of Elbmark Versicherung AG.
<a href="https://partner.elbmark-versicherung.example/unsubscribe?list=insight-en">Unsubscribe</a></p>
</body></html>
"""
    return mail(33, '"Elbmark Benefits Insight" <newsletter@elbmark-versicherung.example>',
                "Benefits Insight <insight-en@lists.elbmark-versicherung.example>",
                "Benefits Insight 02/2026: five trends for employee benefits", D("2026-02-24 07:30"),
                HTML(html), mailer="newsletter",
                extra=[("List-Unsubscribe", "<https://partner.elbmark-versicherung.example/unsubscribe?list=insight-en>"),
                       ("Precedence", "bulk")])


# ---- d201-0034 ------------------------------------------------------------
@M(34, "NORMAL", "de", "internal",
   "trap: DPO training minutes (DOCX) on employee lists with health data, only anonymised examples with placeholder birth dates")
def _m034():
    body = """Liebe Teilnehmende,

anbei das Protokoll der Schulung "Mitarbeiterlisten im Kollektivgeschäft"
vom 18. März. Die Beispiele sind bewusst anonymisiert bzw. erfunden.

Bitte denken Sie an den Merksatz: Eine Liste mit Namen ist im
Kollektivgeschäft Personenversicherung nie "nur eine Liste" – schon die
Tatsache, dass jemand in der bKV oder Gruppenunfall versichert ist, ist
besonders geschützt. Solche Listen gehören ins Portal, nicht in Mails.

""" + S("carstens")
    doc = docx([("h", "Protokoll: Schulung Datenschutz im Kollektivgeschäft"),
                "Datum: 18.03.2026, 10:00–11:30 Uhr, Raum 3.07 und Teams",
                "Teilnehmende: Team bAV-Kollektivservice, Team bKV, Underwriting Gruppenunfall (14 Personen)",
                "Leitung: Lena Carstens (DSB)",
                ("b", "1. Welche Daten schicken Arbeitgeber uns?"),
                "An- und Abmeldelisten, Beitragslisten der Lohnbuchhaltung, Gehaltsdaten für Gruppenleben/BU, "
                "gelegentlich auch AU-Zeiten oder Unfallmeldungen. Beispiel aus der Praxis (verfremdet): "
                "\"Mitarbeiter A, geb. TT.MM.JJJJ, ab 01.xx. in Elternzeit, bitte bKV ruhen lassen\".",
                ("b", "2. Einordnung"),
                "Name + Vertrag in Leben, Kranken, Unfall = Gesundheitsbezug bzw. § 203 StGB -> streng vertraulich. "
                "Name + Vertrag in Sach/Kfz/Haftpflicht = vertraulich. Aggregierte Zahlen ohne Kleinstgruppen = normal.",
                ("b", "3. Typische Fehler"),
                "- Arbeitgeber fragt nach der Erstattung eines Mitarbeiters -> keine Auskunft ohne Schweigepflichtentbindung.",
                "- Excel-Liste wird an den falschen Verteiler weitergeleitet.",
                "- Diagnose steht im Betreff (\"Unfall Müller – Fraktur\").",
                ("b", "4. Quizfragen (Auflösung in der Sitzung)"),
                ("table", [["Fall", "Einstufung"],
                           ["Liste: 12 Namen, Geburtsdaten, Eintritt Gruppenunfall", "streng vertraulich"],
                           ["Angebot Gruppenunfall: 24 Personen, Gefahrengruppe A/B, keine Namen", "normal"],
                           ["Dienstrad-Liste mit Namen und Rahmennummern", "vertraulich"],
                           ["Statistik Zahnersatz je Größenklasse, Firmen < 20 MA zusammengefasst", "normal"]]),
                "Nächster Termin: Auffrischung im Herbst, Einladung folgt."],
               creator="Carstens, Lena", created="2026-03-19 14:10", title="Protokoll Schulung 18.03.2026")
    return mail(34, F("carstens"), "Kollektiv Personenversicherung <kollektiv-team@elbmark-versicherung.example>",
                "Protokoll Schulung Mitarbeiterlisten 18.03.", D("2026-03-19 14:22"),
                MULTI("mixed", T(body), A(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          "Protokoll_Schulung_Mitarbeiterlisten_2026-03-18.docx")))


# ---- d201-0035 ------------------------------------------------------------
@M(35, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
   "care insurance: care level 3 assessment for the customer's mother, dementia, care allowance, sent to the daughter with power of attorney")
def _m035():
    body = """Sehr geehrte Frau Vollmers-Ebeling,

wir haben das Gutachten von MEDICPROOF zum Antrag Ihrer Mutter, Frau
Hildegard Vollmers (Versicherungsnummer PV 2231 8840 1), erhalten. Ihre
Vorsorgevollmacht liegt uns vor, deshalb schreiben wir Ihnen direkt.

Ergebnis der Begutachtung vom 27.01.2026:
- Pflegegrad 3 (52,5 Gesamtpunkte) ab dem 01.01.2026 (Antragsmonat)
- Schwerpunkte: kognitive und kommunikative Fähigkeiten (beginnende
  Demenz vom Alzheimer-Typ), Selbstversorgung, Gestaltung des Alltags
- Empfehlungen: Tagespflege an zwei Tagen pro Woche, Toilettenstuhl,
  Hausnotruf

Leistungen:
- Pflegegeld (Pflegeperson: Sie) 599,00 EUR monatlich
- Pflegetagegeld aus dem Ergänzungstarif PTG 50: 50 % von 60 EUR täglich
- Entlastungsbetrag 131,00 EUR monatlich gegen Nachweis

Das Pflegegeld für Januar und Februar zahlen wir in den nächsten Tagen
nach. Das vollständige Gutachten schicken wir Ihnen per Post.

Bitte denken Sie an die Beratungsbesuche nach § 37 Abs. 3 SGB XI, die bei
Pflegegrad 3 halbjährlich nachzuweisen sind.

""" + S("schmidt") + "\n\n" + FOOT_DE
    return mail(35, F("schmidt"), "Karin Vollmers-Ebeling <k.vollmers-ebeling@mailbox-nord.example>",
                "Pflegegrad Ihrer Mutter – Ergebnis der Begutachtung", D("2026-02-16 11:03"), T(body),
                mailer="system")


# ---- d201-0036 ------------------------------------------------------------
@M(36, "CONFIDENTIAL", "en", "insurer-to-customer",
   "motor: claims-free driving confirmation for an expat moving to the UK, with birth date, policy, plate and one claim")
def _m036():
    body = """Dear Ms Pemberton,

As requested, please find below the confirmation of your claims history
for your new insurer in the United Kingdom. You may forward this e-mail;
a signed PDF version is also available in your customer portal.

  Policyholder:        Charlotte Pemberton, born 12 October 1985
  Address:             Isestraße 101, 20149 Hamburg (until 31 March 2026)
  Policy:              KF-21-7730164 (motor liability and comprehensive)
  Vehicle:             Mini Cooper SE, registration HH-CP 1085
  Period of insurance: 1 April 2021 - 31 March 2026 (cancelled on your request)
  No-claims class:     SF 4 (liability), SF 4 (comprehensive)
  Claims:              1 claim on 17 August 2023, not at fault
                       (other party's insurer paid in full)

There are no outstanding premiums. The premium refund for the period
after 31 March will be paid to your account as soon as the vehicle
deregistration has been confirmed.

We wish you all the best for your move to Bristol.

""" + S("voss") + "\n\n" + FOOT_EN
    return mail(36, F("voss"), "Charlotte Pemberton <c.pemberton@postbox-uk.example>",
                "Claims history / no-claims confirmation KF-21-7730164", D("2026-03-20 09:50"), T(body),
                mailer="outlook-en")


# ---- d201-0037 ------------------------------------------------------------
@M(37, "CONFIDENTIAL", "de", "insurer-to-broker",
   "commission statement (PDF) of a sole-trader broker with her IBAN and tax number; contracts only by number and non-personal line")
def _m037():
    body = """Liebe Frau Pohl,

anbei Ihre Provisionsabrechnung für Februar 2026. Der Auszahlungsbetrag
wird am 10.03. überwiesen.

Ihre neue Steuernummer haben wir übernommen – bitte prüfen Sie sie auf der
Abrechnung, das Finanzamt Stade hatte uns eine andere Schreibweise
genannt.

""" + S("iversen")
    lines = [
        "# Provisionsabrechnung Februar 2026",
        "Vermittlerin: Renate Pohl, Versicherungsbüro Pohl (Einzelunternehmen), Hinter der Mauer 5, 21682 Stade",
        "Vermittlernummer: 4711-0388 - Registernummer D-T3KX-V7P2M-41",
        "Steuernummer: 42/138/07715 - umsatzsteuerfrei nach § 4 Nr. 11 UStG",
        "Bankverbindung: Kreissparkasse Stade, IBAN DE77 2505 0180 9485 8630 67",
        "",
        "## Abschlussprovisionen",
        "KF-26-0188471   Kfz-Haftpflicht/Vollkasko   Beginn 01.02.2026   Jahresbeitrag 912,40   Provision 72,99",
        "HR-26-0041187   Hausrat                      Beginn 01.02.2026   Jahresbeitrag 164,20   Provision 32,84",
        "PH-26-0090318   Privathaftpflicht            Beginn 15.02.2026   Jahresbeitrag  78,90   Provision 15,78",
        "WG-26-0007745   Wohngebäude                  Beginn 01.03.2026   Jahresbeitrag 1.248,00 Provision 187,20",
        "",
        "## Bestandsprovisionen Sach/Kfz",
        "Bestand 312 Verträge, Bestandsprovision 1,5 %: 1.018,35",
        "",
        "## Stornoreserve / Verrechnung",
        "Einbehalt Stornoreserve 10 %: -132,72",
        "",
        "## Auszahlungsbetrag: 1.194,44 EUR",
        "",
        "Erstellt am 05.03.2026 - Elbmark Versicherung AG, Vermittlerabrechnung",
    ]
    data = pdf(lines, title="Provisionsabrechnung 02/2026 Pohl", author="Elbmark Vermittlerabrechnung",
               created="2026-03-05 06:00")
    return mail(37, F("iversen"), "Renate Pohl <info@versicherungsbuero-pohl.example>",
                "Provisionsabrechnung 02/2026", D("2026-03-05 12:15"),
                MULTI("mixed", T(body), A(data, "application/pdf", "Provisionsabrechnung_2026-02_4711-0388.pdf")))


# ---- d201-0038 ------------------------------------------------------------
@M(38, "NORMAL", "de", "insurer-to-broker",
   "trap: group accident quote for a bakery via broker with risk classes, headcounts, sums and Gliedertaxe, no names")
def _m038():
    body = """Moin Herr Matthiesen,

anbei bzw. unten unser Angebot für die Gruppenunfallversicherung der
Bäckerei Lindemann, auf Basis Ihrer Angaben (24 Mitarbeitende, keine
namentliche Nennung gewünscht, Versicherung nach Personenzahl).

  Gefahrengruppe A (Verkauf, Büro)           12 Personen
  Gefahrengruppe B (Backstube, Auslieferung) 12 Personen

  Invalidität Grundsumme      100.000 EUR, Progression 225 %
  Todesfall                    10.000 EUR
  Unfall-Krankenhaustagegeld       20 EUR
  Bergungskosten, kosmetische Operationen bis 10.000 EUR

  Jahresbeitrag A: 12 x  96,00 EUR = 1.152,00 EUR
  Jahresbeitrag B: 12 x 131,40 EUR = 1.576,80 EUR
  Gesamt (inkl. 19 % VersSt)       = 3.247,27 EUR

Versicherungsschutz 24 Stunden, weltweit. Gesundheitsfragen stellen wir
bei der Personenzahl-Variante nicht; Personen, die pflegebedürftig sind,
sind nach den Bedingungen ohnehin nicht versicherbar.

Gültig bis 30.04.2026. Für die Provision gilt Ihre Courtage-Vereinbarung.

""" + S("wennemann")
    return mail(38, F("wennemann"), "Jörg Matthiesen <j.matthiesen@hafenkontor-makler.example>",
                "Angebot Gruppenunfall Bäckerei Lindemann", D("2026-03-24 16:02"), T(body))


# ---- d201-0039 ------------------------------------------------------------
@M(39, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
   "guarantee of payment to a Spanish hospital for a named plan member: acute cholecystitis, laparoscopic surgery, room class")
def _m039():
    body = """Dear colleagues at the International Patient Office,

Elbmark Versicherung AG hereby confirms cover and guarantees payment for
the following inpatient admission:

  Patient:        Mr Henrik Olsen, date of birth 1979-03-14
  Member no.:     EGH-0388-0031-01 (Elbmark Global Health Plan, Gold)
  Employer:       TerraVolt Energy Solutions GmbH
  Admitted:       2 April 2026, emergency department
  Diagnosis:      acute calculous cholecystitis (K80.0)
  Procedure:      laparoscopic cholecystectomy, planned 3 April 2026
  Expected stay:  3-4 nights, single room

The guarantee covers medically necessary treatment up to EUR 15,000.
Should the stay be extended or complications arise, please send an
updated medical report to this address before further costs are incurred.

Please invoice Elbmark directly, quoting our case number MA-26-04471;
the patient should not be asked for a deposit.

Our assistance partner MedAssist Global (+49 40 5550 7700, 24/7) remains
available for any questions about repatriation once Mr Olsen is fit to fly.

""" + S("whitfield") + "\n\n" + FOOT_EN
    return mail(39, F("whitfield"), "International Patient Office <international@hu-costablanca.example>",
                "Guarantee of payment - Mr Henrik Olsen - MA-26-04471", D("2026-04-02 19:37"), T(body),
                cc="MedAssist Global <cases@medassist-global.example>", mailer="outlook-en")


# ---- d201-0040 ------------------------------------------------------------
@M(40, "NORMAL", "en", "insurer-to-company",
   "trap (grey zone): list of HR administrators' portal accounts (names, business e-mails, roles) - business contact data only, no insurance data about them")
def _m040():
    body = """Hi Sarah,

As discussed, I've set up the employer portal accounts for your team.
Each person will receive a separate e-mail with a registration link; the
one-time password follows by text message to the business mobile number
you gave us.

  Name              Business e-mail                            Role
  Sarah O'Donnell   sarah.odonnell@veltrup-software.example    administrator
  Lukas Brandt      people-ops@veltrup-software.example        upload & reports
  Mina Farouk       mina.farouk@veltrup-software.example       reports only
  Oskar Tamm        payroll@veltrup-software.example           upload only

Administrators can add or remove users themselves. Reports in the portal
are aggregated (headcount, premium, utilisation) and never show
individual claims.

Let me know if anyone is missing.

""" + S("raman")
    return mail(40, F("raman"), '"Sarah O\'Donnell" <sarah.odonnell@veltrup-software.example>',
                "Employer portal - user accounts set up", D("2026-02-18 10:10"), T(body), mailer="outlook-en")


# ---- d201-0041 ------------------------------------------------------------
@M(41, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "grey zone: quote for group disability cover built from a named census (birth dates, salaries); prospective life-line data about named employees")
def _m041():
    body = """Sehr geehrte Frau Hollerith,

vielen Dank für Ihr Interesse an einer Gruppen-Berufsunfähigkeits-
versicherung für Ihre Kanzlei. Auf Basis Ihrer Mitarbeiterliste haben wir
ein Angebot mit vereinfachter Gesundheitsprüfung erstellt; die Anlage
zeigt je Person die vorgeschlagene BU-Rente (25 % des Bruttogehalts,
max. 3.000 EUR) und den Beitrag.

Bei zwei Personen liegt die Rente über der Grenze für die vereinfachte
Prüfung (2.000 EUR monatlich). Für diese beiden bräuchten wir im
Antragsfall die vollständigen Gesundheitsfragen – das ist in der Liste
markiert.

Das Angebot ist bis 30.06.2026 gültig.

""" + S("oberlaender") + "\n\n" + FOOT_DE
    rows = [["Name", "geb.", "Funktion", "Bruttogehalt p.a.", "BU-Rente mtl.", "Beitrag mtl.", "Gesundheitsprüfung"],
            ["Hollerith, Petra", "28.03.1966", "Geschäftsführerin, StB", 118000, 2458, 188.26, "vollständig"],
            ["Demirci, Hakan", "02.11.1989", "Steuerberater", 74500, 1552, 61.18, "vereinfacht"],
            ["Albers, Kathrin", "30.08.1981", "Steuerfachwirtin", 56200, 1171, 52.73, "vereinfacht"],
            ["Voigtländer, Sina", "17.05.1993", "Steuerfachangestellte", 41800, 871, 30.12, "vereinfacht"],
            ["Ruhnke, Florian", "09.01.1997", "Steuerfachangestellter", 38400, 800, 24.96, "vereinfacht"],
            ["Marquardt, Jens", "12.12.1972", "Steuerberater, Prokurist", 98000, 2042, 131.5, "vollständig"],
            ["Lüders, Anke", "05.04.1985", "Sekretariat (Teilzeit)", 24600, 513, 19.87, "vereinfacht"]]
    data = xlsx([("Angebot GBU", rows)], creator="Oberländer, Katrin", created="2026-04-14 17:45")
    return mail(41, F("oberlaender"), "Petra Hollerith <p.hollerith@hollerith-partner.example>",
                "Angebot Gruppen-BU für Ihre Kanzlei", D("2026-04-15 08:30"),
                MULTI("mixed", T(body), A(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "Angebot_GBU_Hollerith_Partner.xlsx")))


# ---- d201-0042 ------------------------------------------------------------
@M(42, "NORMAL", "en", "internal",
   "trap: actuarial group-life bordereau for the reinsurer, aggregated by age band and scheme size, deaths counted without persons")
def _m042():
    body = """Priya,

Attached is the Q1 bordereau for Northgate Re in the aggregated format
they accepted last year (no individual lives any more, so it can go by
normal e-mail). Deaths are shown as counts per age band only; the two
claims above the retention are in the separate large-claims notice that
Eva sends them through the secure portal.

Could you sanity-check the scheme count? I have 57 group life schemes,
your CRM report says 58 - I think the Harrow & Finch scheme started on
1 April and belongs to Q2.

Henrik

""" + S("tamm")
    rows = [["Age band", "Lives", "Sum insured (EUR)", "Reinsured share (EUR)", "Risk premium ceded (EUR)", "Deaths (count)"],
            ["18-29", 1804, 196330000, 58899000, 13118.41, 0],
            ["30-39", 3120, 421440000, 126432000, 33261.07, 1],
            ["40-49", 2577, 402189000, 120656700, 61537.05, 2],
            ["50-59", 1692, 251880000, 75564000, 98941.16, 3],
            ["60-67", 418, 52790000, 15837000, 44217.80, 1],
            ["Total", 9611, 1324629000, 397388700, 251075.49, 7],
            [],
            ["Schemes: 57 | Quota share 30 % | Retention per life EUR 500,000 | Period 2026-01-01 to 2026-03-31"]]
    data = xlsx([("Q1 2026", rows)], creator="Tamm, Henrik", created="2026-04-08 09:12")
    return mail(42, F("tamm"), F("raman"), "Northgate Re bordereau Q1 2026 (aggregated)", D("2026-04-08 09:20"),
                MULTI("mixed", T(body), A(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "Bordereau_GL_Q1-2026_aggregated.xlsx")), mailer="thunderbird")


# ---- d201-0043 ------------------------------------------------------------
@M(43, "CONFIDENTIAL", "en", "internal",
   "customer service forwards an expat's change of address and new Dutch bank account for his buildings policy")
def _m043():
    body = """Hi Aylin,

can you please update the buildings policy below? I've changed the
correspondence address already, but the SEPA mandate for the new account
has to be set up by your team. The customer writes in English only.

Thanks, Stefanie

-------- Original Message --------
Subject: new address and bank account - policy WG 88 104 552
Date: Tue, 14 Apr 2026 22:41:09 +0200
From: Pieter van Dijk <pvandijk@dutchmail.example>
To: service@elbmark-versicherung.example

Hello,

I have moved back to the Netherlands for work, but I am keeping the house
in Hamburg-Rahlstedt (Bargteheider Straße 140) and it's rented out now.
Please send all letters to my new address:

  Pieter van Dijk
  Prinsengracht 731-II
  1017 JW Amsterdam
  Netherlands

From 1 May please collect the premium from my Dutch account
NL31 RABO 0347 1299 05 (Rabobank, holder P. J. van Dijk) and not from the
German one any more, I am closing that.

Does the policy still cover the house now that there are tenants? My
date of birth for your records is 3 Sept 1977 if you need it for the
mandate.

Regards,
Pieter van Dijk
"""
    return mail(43, F("berger"), F("demir"), "Fwd: new address and bank account - policy WG 88 104 552",
                D("2026-04-15 09:02"), T(body, flowed=True, cte="8bit"), mailer="thunderbird")


# ---- d201-0044 ------------------------------------------------------------
@M(44, "STRICTLY_CONFIDENTIAL", "de", "customer",
   "customer's mail with typos about daily sickness allowance after a herniated disc (L4/L5), forwarded inline to health claims")
def _m044():
    body = """Hallo Leistung Kranken,

bitte übernehmen, Kunde hat schon zweimal angerufen und ist ziemlich
aufgebracht. Vertrag KT 3301 7760 2, Tarif KTG 43.

Gruß
Stefanie Berger / Kundenservice

---------- Weitergeleitete Nachricht ----------
Von: Marco Lüdemann <m.luedemann1983@freemail.example>
Datum: Mo., 9. März 2026 um 06:47 Uhr
Betreff: Krankentagegeld imer noch nicht bezahlt!!!
An: <service@elbmark-versicherung.example>

Sehr geehrte damen und herren

ich bin seit dem 19.01. krankgeschrieben wegen Bandscheibenvorfall L4/L5
und hab ihnen die AU bescheinigungen alle geschickt, Krankentagegeld
krieg ich ab dem 43 Tag das weiss ich. Das war der 2.3.!! Bis heute nix
auf dem Konto. Mein Arbeitgeber zahlt nicht mehr und ich hab Miete zu
zahlen. Der Orthopäde sagt vlt. OP wenn die Spritzen nicht helfen, dann
bin ich noch länger raus.

Bitte überweisen sie das Geld SOFORT, sonst geh ich zum
Versicherungsombudsmann.

Marco Lüdemann
geb. 11.07.1983
Versichertennr. KT 3301 7760 2
"""
    return mail(44, F("berger"), "Leistung Kranken <leistung-kranken@elbmark-versicherung.example>",
                "WG: Krankentagegeld imer noch nicht bezahlt!!!", D("2026-03-09 08:14"), T(body))


# ---- d201-0045 ------------------------------------------------------------
@M(45, "CONFIDENTIAL", "en", "insurer-to-customer",
   "travel cancellation because of redundancy (no health reason): named customer, policy, booking, refund; trap words 'cancellation insurance'")
def _m045():
    body = """Dear Ms Adeyemi,

I am sorry to hear about the loss of your job. Your trip cancellation
insurance (policy RR-2025-0661840) covers cancellation when the insured
person loses their job through redundancy by the employer, so we can
accept your claim RRK-26-00388.

What we still need:
- a copy of the termination letter from Kestrel Logistics showing the
  reason (operational redundancy) and the date of notice;
- the cancellation invoice from the tour operator for the booking
  no. SUN-7781204 (Crete, 23 May - 6 June 2026, two persons).

According to the tour operator's terms the cancellation fee is 40 % of the
travel price (EUR 3,460.00), i.e. EUR 1,384.00; your excess is 10 %, so we
expect to pay EUR 1,245.60 to your account ending in ...4271.

Your travelling companion, Mr Kwame Adeyemi, is insured under the same
policy and does not need to send anything.

""" + S("hoffmeister") + "\n\n" + FOOT_EN
    return mail(45, F("hoffmeister"), "Funmilayo Adeyemi <f.adeyemi@inbox-mail.example>",
                "Your trip cancellation claim RRK-26-00388", D("2026-04-21 13:12"), T(body), mailer="outlook-en")


# ---- d201-0046 ------------------------------------------------------------
@M(46, "NORMAL", "en", "insurer-to-press",
   "trap: press officer answers a trade journalist with aggregated group-business figures (mental-health share of disability claims), no person")
def _m046():
    body = """Dear Ms Whitcombe,

Thank you for your questions for the "Employer Benefits Europe" feature.
You may quote me as "Philipp Rademacher, spokesman of Elbmark".

1. Growth: Our group life and health premium income grew by 11 % in 2025
   to EUR 214 million. The number of employers with a company health
   insurance (bKV) scheme with us rose from 610 to 742.

2. Claims: In group income protection, mental health conditions were the
   cause of 38 % of new claims in 2025 (2024: 34 %), ahead of back and
   joint problems (22 %) and cancer (16 %). These are portfolio figures;
   we don't comment on individual cases or clients.

3. Outlook: We expect the new pension subsidy for low earners to bring
   small employers in retail and crafts into occupational pensions.

I'm afraid we can't name individual client companies; the three case
studies on our website are published with the employers' permission.

""" + S("rademacher") + "\n\n" + FOOT_EN
    return mail(46, F("rademacher"), "Helen Whitcombe <h.whitcombe@benefits-europe.example>",
                "Re: Questions for Employer Benefits Europe", D("2026-03-26 17:40"), T(body), mailer="outlook-en")


# ---- d201-0047 ------------------------------------------------------------
@M(47, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "bKV leavers confirmed to a hotel employer with names and end dates, plus option to continue privately; no medical word")
def _m047():
    body = """Sehr geehrte Frau Wittrock,

die folgenden Mitarbeitenden haben wir zum 31.03.2026 aus Ihrem
bKV-Rahmenvertrag BKV-K-300912 abgemeldet:

  - Frau Svenja Köhnke, Rezeption Hotel Ostholm Strand
  - Herr Dragan Ilić, Küche Hotel Ostholm Hafen
  - Frau Paulina Wróbel, Housekeeping Hotel Ostholm Strand
  - Herr Timo Bredehorn, Service Hotel Ostholm Hafen

Alle vier erhalten von uns ein Schreiben mit dem Angebot, den Schutz ohne
erneute Gesundheitsprüfung als Einzelvertrag fortzuführen (Frist: zwei
Monate nach Austritt). Bitte geben Sie uns die Privatadressen von Herrn
Ilić und Frau Wróbel, die fehlen uns noch.

Der Beitrag für die vier entfällt ab April; die Sammelrechnung passen wir
an.

""" + S("achterberg") + "\n\n" + FOOT_DE
    return mail(47, F("achterberg"), "Jana Wittrock <personal@ostholm-hotels.example>",
                "Abmeldungen bKV zum 31.03.2026", D("2026-04-02 10:48"), T(body))


# ---- d201-0048 ------------------------------------------------------------
@M(48, "CONFIDENTIAL", "en", "insurer-to-company",
   "D&O: list of insured directors with dates of birth and nationalities for sanctions screening (commercial line, natural persons)")
def _m048():
    body = """Dear Mr Nakamura,

Thank you for the details. For the sanctions screening that we have to
run before binding the D&O cover for Marlow Biotech GmbH (policy
DO-26-0147, limit EUR 10 million) I have noted the insured persons as
follows - please confirm or correct:

  Dr. Ellen Marlow-Hayes   born 1961-11-23   US citizen        Managing Director
  Rüdiger Hanke            born 1970-04-08   German            Managing Director (CFO)
  Dr. Sunil Varghese       born 1975-09-30   British/Indian    Member of the Advisory Board
  Ingeborg Thalheim        born 1958-02-14   German            Member of the Advisory Board

We also need the passport or ID number only if the screening returns a
possible match; I'll let you know.

The policy covers all present and future directors and officers anyway -
the names are used for the screening only and are not part of the policy
schedule.

""" + S("grell") + "\n\n" + FOOT_EN
    return mail(48, F("grell"), "Kenji Nakamura <legal@marlowbio.example>",
                "D&O DO-26-0147 - insured persons for sanctions screening", D("2026-04-09 11:55"), T(body),
                mailer="outlook-en")


# ---- d201-0049 ------------------------------------------------------------
@M(49, "NORMAL", "de", "internal",
   "trap: meeting invitation (text/calendar) on the 2027 group accident tariff: invalidity scale, hospital daily benefit, Gliedertaxe")
def _m049():
    text = """Hallo zusammen,

ich lade zur Abstimmung Gruppenunfall-Tarif 2027 ein. Agenda:
1. Invaliditätsstaffeln 225 % / 350 % / 500 % – Kalkulation Aktuariat
2. Unfall-Krankenhaustagegeld: Streichung des Genesungsgelds?
3. Gliedertaxe: Angleichung an den Einzeltarif
4. Mitwirkungsanteil bei Krankheiten/Gebrechen (aktuell 25 %)

Bitte Zahlen vorab in den Teams-Kanal.

Tobias
"""
    ics = ical("""BEGIN:VCALENDAR
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
ORGANIZER;CN="Wennemann, Tobias":mailto:tobias.wennemann@elbmark-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Tamm, Henrik":mailto:henrik.tamm@elbmark-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Brodersen, Kai-Uwe":mailto:kai-uwe.brodersen@elbmark-versicherung.example
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Oberländer, Katrin Dr.":mailto:katrin.oberlaender@elbmark-versicherung.example
UID:040000008200E00074C5B7101A82E00800000000D201004900000000000000001
SUMMARY;LANGUAGE=de-DE:Abstimmung Gruppenunfall-Tarif 2027
DTSTART;TZID=W. Europe Standard Time:20260512T100000
DTEND;TZID=W. Europe Standard Time:20260512T113000
LOCATION;LANGUAGE=de-DE:Raum 5.02 / Teams
DESCRIPTION;LANGUAGE=de-DE:Agenda: Invaliditätsstaffeln\\, Unfall-Krankenhaustagegeld\\, Gliedertaxe\\, Mitwirkungsanteil
DTSTAMP:20260428T091500Z
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")
    cal = MIMEPart(policy=SMTP)
    cal.set_content(ics, subtype="calendar", charset="utf-8", cte="base64", params={"method": "REQUEST"})
    return mail(49, F("wennemann"),
                '"Tamm, Henrik" <henrik.tamm@elbmark-versicherung.example>, "Brodersen, Kai-Uwe" <kai-uwe.brodersen@elbmark-versicherung.example>',
                "Abstimmung Gruppenunfall-Tarif 2027", D("2026-04-28 11:15"), ALT(T(text), cal),
                cc='"Oberländer, Katrin Dr." <katrin.oberlaender@elbmark-versicherung.example>')


# ---- d201-0050 ------------------------------------------------------------
@M(50, "CONFIDENTIAL", "de", "insurer-to-customer",
   "grey zone: liability claim for a neighbour's damaged non-prescription sunglasses - property, no health data; policyholder, claim number")
def _m050():
    body = """Hallo Herr Schröder,

danke für Ihre schnelle Antwort und die Fotos.

Wir übernehmen den Schaden an der Sonnenbrille Ihres Nachbarn, Herrn
Gerrit Imholz, aus Ihrer Privathaftpflichtversicherung PH 70 331 208
(Schaden-Nr. HP-26-004419). Laut Ihrer Schilderung hat Ihr Sohn den
Fußball am 18.04.2026 über die Hecke geschossen und die auf dem
Gartentisch liegende Brille getroffen. Personen wurden nicht verletzt.

Es handelt sich um eine Sonnenbrille ohne Sehstärke (Kaufbeleg 2024,
219,00 EUR). Wir erstatten den Zeitwert von 160,00 EUR direkt an Herrn
Imholz; dafür brauchen wir nur noch seine Bankverbindung, die er uns
gern selbst mitteilen kann.

Für Sie entsteht keine Rückstufung, die Privathaftpflicht kennt keinen
Schadenfreiheitsrabatt.

""" + S("luetjens") + "\n\n" + FOOT_DE
    return mail(50, F("luetjens"), "Dennis Schröder <d.schroeder@elbnet.example>",
                "Ihr Schaden HP-26-004419", D("2026-04-24 14:30"), T(body, cte="8bit"))


# ---- d201-0051 ------------------------------------------------------------
@M(51, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "life insurance policy loan for a named customer: policy number, surrender value, loan terms; personal line without any medical word")
def _m051():
    body = """Dear Mr Sørensen,

Thank you for your enquiry about a loan against your endowment policy
LV 0093.441.207.

As of 1 May 2026 the surrender value of the policy is EUR 18,412.36. We
can grant a policy loan (Policendarlehen) of up to 80 % of this amount,
i.e. at most EUR 14,729.00, on the following terms:

  Interest rate:   4.5 % p.a., fixed for the term of the loan
  Term:            until the maturity of the policy (1 December 2034) at
                   the latest; repayment possible at any time
  Security:        the loan is secured by the policy itself; the benefit
                   on death or maturity is reduced by any outstanding loan
  Fees:            none

The death benefit for your wife, Mrs Mette Sørensen, as beneficiary remains
in place, reduced by the outstanding loan amount.

If you would like to go ahead, please sign the enclosed loan agreement in
your customer portal (Documents > To sign). The amount will be paid to
your account within five working days after we receive it.

""" + S("blohm") + "\n\n" + FOOT_EN
    return mail(51, F("blohm"), "Anders Sørensen <anders.sorensen@nordpost.example>",
                "Policy loan - LV 0093.441.207", D("2026-05-04 10:40"), T(body))


# ---- d201-0052 ------------------------------------------------------------
@M(52, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "bKV enrolment of five new hires confirmed; names, birth dates and plans only in the ODS attachment")
def _m052():
    body = """Moin Herr Sommer,

die Zugänge zum 01.04. sind verarbeitet, die Übersicht mit den neuen
Versichertennummern hängt an. Die Versichertenkarten gehen diese Woche
an Ihre Firmenadresse (z. Hd. Lohnbuchhaltung) raus, bitte intern
weiterverteilen.

Die neue Sammelrechnung ab April: 5 Personen mehr, insgesamt 216.

""" + S("achterberg")
    rows = [["PersNr", "Name", "Vorname", "geb.", "Eintritt bKV", "Tarif", "Versichertennr."],
            ["10811", "Hinrichs", "Jasper", "1998-02-11", "01.04.2026", "Budget 600", "BKV-300587-0201"],
            ["10812", "Adamczyk", "Weronika", "1990-09-19", "01.04.2026", "Budget 600", "BKV-300587-0202"],
            ["10815", "Osei", "Kofi", "1986-05-03", "01.04.2026", "Budget 600", "BKV-300587-0203"],
            ["10819", "Weidemann", "Jule", "2001-12-24", "01.04.2026", "Budget 600", "BKV-300587-0204"],
            ["10820", "Ahlers", "Gunnar", "1969-07-07", "01.04.2026", "Budget 600 + Zahn-Plus", "BKV-300587-0205"]]
    data = ods([("Zugänge 04-2026", rows)], creator="Miriam Achterberg", created="2026-04-07 09:30")
    return mail(52, F("achterberg"), "Dirk Sommer <d.sommer@kaltenbach-logistik.example>",
                "bKV Zugänge April – verarbeitet", D("2026-04-07 09:44"),
                MULTI("mixed", T(body), A(data, "application/vnd.oasis.opendocument.spreadsheet",
                                          "bKV_Zugaenge_2026-04_Kaltenbach.ods")), mailer="thunderbird")


# ---- d201-0053 ------------------------------------------------------------
@M(53, "NORMAL", "de", "insurer-to-supplier",
   "trap: purchase order for first-aid kits, AED pads and blood-pressure monitors for the staff health day")
def _m053():
    body = """Sehr geehrte Damen und Herren,

bitte liefern Sie gemäß Ihrem Angebot AN-26-0713 vom 28.04.2026:

Pos  Menge  Artikel                                             Einzelpreis
1    18     Betriebsverbandkasten DIN 13157, Wandhalterung         39,90
2     6     Nachfüllset DIN 13157                                 24,50
3     4     Elektrodenpaar Erwachsene für AED Lifepak CR2          89,00
4     2     Elektrodenpaar Kinder für AED Lifepak CR2              94,00
5    10     Oberarm-Blutdruckmessgerät (Gesundheitstag, Leihe)     41,90
6   500     Einmal-Manschettenbezüge                                0,18

Lieferadresse: Elbmark Versicherung AG, Warenannahme,
Speicherstadtufer 14, 20457 Hamburg (Mo–Fr 7–15 Uhr)
Liefertermin: spätestens 29.05.2026 – der Gesundheitstag ist am 03.06.

Rechnung bitte mit unserer Bestellnummer BE-2026-0388 an
rechnungseingang@elbmark-versicherung.example.

""" + S("kahlert")
    return mail(53, F("kahlert"), "Vertrieb Medi-Versand <bestellung@medi-versand.example>",
                "Bestellung BE-2026-0388 – Erste Hilfe / Gesundheitstag", D("2026-04-30 13:18"),
                T(body, charset="windows-1252", cte="quoted-printable"))


# ---- d201-0054 ------------------------------------------------------------
@M(54, "NORMAL", "en", "insurer-to-partner",
   "trap: disability incidence by ICD-10 chapter (F, M, C, I, G) for the reinsurer, aggregated, small cells merged")
def _m054():
    body = """Dear Mr Lindqvist,

As agreed at the treaty meeting, attached is our group disability
(GBU/GIP) incidence analysis 2021-2025 by ICD-10 chapter of the main
diagnosis. The figures are portfolio aggregates; chapters with fewer than
ten claims in total are merged into "other".

Main observations:
- F (mental and behavioural disorders) keeps rising and is now 38 % of
  new claims; the increase is concentrated in the 30-44 age group.
- M (musculoskeletal) falls slightly, mainly thanks to early physiotherapy
  management in the first 90 days.
- C (neoplasms) stable at around 16 %.

We would like to discuss whether the early-intervention cost sharing can
be extended to mental health cases from 2027.

""" + S("tamm")
    rows = [["ICD-10 chapter", "Description", "2021", "2022", "2023", "2024", "2025", "Share 2025"],
            ["F", "Mental and behavioural disorders", 41, 47, 55, 63, 72, "38 %"],
            ["M", "Musculoskeletal system", 38, 40, 41, 44, 42, "22 %"],
            ["C/D0-D4", "Neoplasms", 25, 27, 28, 29, 31, "16 %"],
            ["I", "Circulatory system", 12, 13, 11, 14, 15, "8 %"],
            ["G", "Nervous system", 9, 11, 10, 12, 13, "7 %"],
            ["S/T", "Injury", 8, 7, 9, 8, 10, "5 %"],
            ["other", "all other chapters (merged)", 6, 8, 7, 9, 8, "4 %"],
            ["Total", "", 139, 153, 161, 179, 191, "100 %"],
            [],
            ["Exposure (insured lives, mid-year)", "", 31200, 32950, 34480, 36710, 38920, ""]]
    data = xlsx([("Incidence by chapter", rows)], creator="Tamm, Henrik", created="2026-05-06 15:00")
    return mail(54, F("tamm"), "Erik Lindqvist <e.lindqvist@northgate-re.example>",
                "Group disability incidence by ICD chapter 2021-2025", D("2026-05-06 15:20"),
                MULTI("mixed", T(body), A(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "GBU_incidence_ICD_chapter_2021-2025.xlsx")),
                mailer="thunderbird")


# ---- d201-0055 ------------------------------------------------------------
@M(55, "CONFIDENTIAL", "de", "insurer-to-customer",
   "storm damage to a named customer's house: claim number, address, loss adjuster appointment in an ICS attachment")
def _m055():
    body = """Sehr geehrte Frau Dammann,

zu Ihrem Sturmschaden vom 11.05.2026 (Schaden-Nr. WG-S-26-002217,
Wohngebäudeversicherung WG 61 774 020) kommt unser Sachverständiger
Herr Dipl.-Ing. Rolf Tesch am Dienstag, 19.05.2026, um 10:00 Uhr zu
Ihnen nach Jork, Osterjork 144. Den Termin finden Sie auch als
Kalendereintrag im Anhang.

Bitte lassen Sie bis dahin die abgedeckten Dachziegel und das
beschädigte Carport-Dach möglichst unverändert; die Notabdeckung mit
Plane ist natürlich in Ordnung und wird von uns bezahlt. Heben Sie bitte
die Rechnung des Dachdeckers für die Notmaßnahme auf.

""" + S("demir") + "\n\n" + FOOT_DE
    ics = ical("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbmark Versicherung AG//Schadentermine//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:wg-s-26-002217-termin-1@elbmark-versicherung.example
DTSTAMP:20260513T081200Z
DTSTART:20260519T080000Z
DTEND:20260519T093000Z
SUMMARY:Besichtigung Sturmschaden WG-S-26-002217 (Sachverständiger R. Tesch)
LOCATION:Osterjork 144\\, 21635 Jork
DESCRIPTION:Besichtigung Dach und Carport bei Frau Dammann. Rückfragen: 040 6090-3352
END:VEVENT
END:VCALENDAR
""")
    return mail(55, F("demir"), "Heike Dammann <heike.dammann@altesland-mail.example>",
                "Besichtigungstermin Sturmschaden WG-S-26-002217", D("2026-05-13 10:12"),
                MULTI("mixed", T(body), AT(ics, "calendar", "Termin_Sachverstaendiger.ics", cte="quoted-printable")))


# ---- d201-0056 ------------------------------------------------------------
@M(56, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "child accident insurance: named boy's fall from a climbing frame, stitched forehead laceration, scar, benefits")
def _m056():
    body = """Liebe Frau Akbulut,

danke für die Unfallanzeige und den Bericht der Kinderarztpraxis. Es tut
uns leid, dass Ben sich so verletzt hat – wir hoffen, es geht ihm schon
wieder besser.

Aus der Kinderunfallversicherung KU 44 187 302 (versicherte Person:
Ben Akbulut, geb. 02.09.2018) leisten wir für den Sturz vom Klettergerüst
in der Kita am 27.04.2026:

- Sofortleistung bei ambulant genähter Platzwunde im Gesicht: 500,00 EUR
- Schmerzensgeld-Pauschale Kinder (Tarif Kids Plus): 250,00 EUR

Die Wunde an der Stirn wurde laut Bericht mit vier Stichen genäht. Falls
eine sichtbare Narbe bleibt und später eine kosmetische Korrektur
empfohlen wird, übernehmen wir die Kosten bis 15.000 EUR – bitte heben
Sie die Unterlagen dafür auf. Eine Invaliditätsleistung kommt bei einer
Narbe in der Regel nicht in Betracht.

Die 750,00 EUR überweisen wir auf Ihr Beitragskonto.

""" + S("brodersen") + "\n\n" + FOOT_DE
    return mail(56, F("brodersen"), "Derya Akbulut <derya.akbulut@familienpost.example>",
                "Unfall von Ben am 27.04.2026 – KU 44 187 302", D("2026-05-08 16:05"), T(body))


# ---- d201-0057 ------------------------------------------------------------
@M(57, "CONFIDENTIAL", "en", "insurer-to-company",
   "business travel baggage claim: named employee's laptop bag stolen at an airport, claim number, replacement value; no health")
def _m057():
    body = """Hi Tom,

Quick update on Jannik Kessler's claim from the Morocco trip (claim
GR-RV-S-26-0091, Business Travel Package GR-RV-22-0457):

The police report from Casablanca airport (procès-verbal no. 2041/26)
arrived yesterday, thanks. As the laptop is company property, we pay the
current value of the laptop to TerraVolt and Jannik's personal items to
him directly:

  Company laptop (Lenovo ThinkPad P16, bought 2024)     EUR 1,640.00  -> TerraVolt
  Backpack, headphones, charger, sunglasses             EUR   412.00  -> J. Kessler
  Emergency purchases (clothes, toiletries) 2 days      EUR   118.60  -> J. Kessler

Could you send me Jannik's bank details (or ask him to enter them in the
claim form link I sent him)? The company payment goes to the account on
your policy.

""" + S("hoffmeister") + "\n\n" + FOOT_EN
    return mail(57, F("hoffmeister"), "Tom Ashby <tom.ashby@terravolt-energy.example>",
                "Claim GR-RV-S-26-0091 - J. Kessler, stolen bag", D("2026-05-05 11:30"), T(body), mailer="outlook-en")


# ---- d201-0058 ------------------------------------------------------------
@M(58, "NORMAL", "de", "internal",
   "trap: welcome of a new colleague in the bKV team and a birthday lunch; colleague names only, no personal data beyond the job")
def _m058():
    body = """Hallo ihr Lieben,

ab Montag verstärkt Frau Nele Sörensen unser bKV-Team. Sie kommt aus der
Leistungsabteilung Kranken und kennt unsere Tarife daher schon von der
anderen Seite. Sie übernimmt die Arbeitgeber mit den Anfangsbuchstaben
A–K, ich behalte L–Z. Ihr Platz ist im 4. OG neben Rainer.

Und weil es gerade passt: Rainer hat am Donnerstag Geburtstag, wir gehen
um 12:15 Uhr zusammen zum Mittagessen ins "Fleetschlösschen"-Bistro. Wer
mit will, bitte bis Mittwoch kurz Bescheid geben, ich reserviere.

Liebe Grüße
Miriam
"""
    return mail(58, F("achterberg"), "Team bKV <team-bkv@elbmark-versicherung.example>",
                "Neue Kollegin ab Montag + Donnerstag Mittagessen", D("2026-05-07 15:55"), T(body),
                mailer="thunderbird")


# ---- d201-0059 ------------------------------------------------------------
@M(59, "STRICTLY_CONFIDENTIAL", "de", "company",
   "HR reports the death of a named employee in a commuting accident (group accident); only in the attached forwarded message, outer text neutral")
def _m059():
    inner_body = """Sehr geehrte Damen und Herren,

leider muss ich Ihnen mitteilen, dass unser Mitarbeiter Herr Finn Rohwedder
(geb. 15.01.1994, Koch im Hotel Ostholm Hafen) am 12.05.2026 auf dem Weg
zur Arbeit tödlich verunglückt ist. Er wurde mit seinem Motorroller auf
der B 73 bei Stade von einem Lkw erfasst und ist noch an der Unfallstelle
verstorben. Die Polizei Stade ermittelt (Az. 2026-051201-VU).

Herr Rohwedder war über unseren Gruppenunfallvertrag GU 2021/00733
versichert (lfd. Nr. 54). Er hinterlässt seine Lebensgefährtin, Frau Mara
Kühl, und einen dreijährigen Sohn. Eine Sterbeurkunde reichen wir nach,
sobald sie vorliegt.

Bitte teilen Sie uns mit, was Sie noch benötigen.

Mit freundlichen Grüßen
Jana Wittrock
Personal
Ostholm Hotels GmbH · Am Schwingedeich 3 · 21680 Stade
"""
    orig = inner("Jana Wittrock <personal@ostholm-hotels.example>", "gruppenunfall@elbmark-versicherung.example",
                 "Todesfall Mitarbeiter – GU 2021/00733", D("2026-05-13 09:20"), T(inner_body), n=59, mailer="outlook")
    body = """Tobias,

zur Bestandsbereinigung GU 2021/00733 (lfd. Nr. 54) – Abgang zum 12.05.
Die Leistungsbearbeitung läuft bei mir, Details siehe Anhang.

""" + S("brodersen")
    return mail(59, F("brodersen"), F("wennemann"), "WG: Todesfall Mitarbeiter – GU 2021/00733", D("2026-05-13 11:02"),
                MULTI("mixed", T(body), FWD(orig)))


# ---- d201-0060 ------------------------------------------------------------
@M(60, "CONFIDENTIAL", "de", "insurer-to-authority",
   "request to the police for the accident file of a named customer (property damage only), plate, file number, claim number")
def _m060():
    body = """Sehr geehrte Damen und Herren,

in der Verkehrsunfallsache

  Unfall vom:       03.04.2026, 16:45 Uhr
  Unfallort:        Harburger Ring / Knoopstraße, 21073 Hamburg
  Ihr Aktenzeichen: VU 0403-26-1187
  Beteiligte:       Herr Torsten Raddatz (unser Versicherungsnehmer),
                    amtl. Kennzeichen HH-TR 660,
                    und Frau Gülsen Arslan, amtl. Kennzeichen WL-GA 95

beantragen wir als Kfz-Haftpflichtversicherer des Herrn Raddatz
Einsicht in die Unfallakte bzw. die Übersendung einer Kopie der
polizeilichen Unfallmitteilung und der Zeugenaussagen. Nach unserer
Kenntnis ist es bei einem Sachschaden geblieben.

Unsere Schadennummer lautet KS-26-0188340. Eine Vollmacht des
Versicherungsnehmers sowie die Erklärung zur Kostenübernahme für die
Aktenversendungspauschale sind beigefügt.

""" + S("voss") + "\n\n" + FOOT_DE
    return mail(60, F("voss"), "Verkehrsunfallaufnahme Harburg <vu-harburg@polizei-hamburg-fiktiv.example>",
                "Akteneinsicht VU 0403-26-1187 – unser Zeichen KS-26-0188340", D("2026-04-16 08:40"),
                T(body), mailer="system")


# ---- d201-0061 ------------------------------------------------------------
@M(61, "NORMAL", "en", "insurer-to-company",
   "trap: out-of-office auto-reply mentioning enrolments, claims and the secure portal, no personal data")
def _m061():
    body = """Thank you for your e-mail. I am out of the office until Monday, 8 June 2026,
with limited access to e-mail.

For enrolments, leavers and scheme changes please use the employer portal
or contact benefits@elbmark-versicherung.example.
For urgent medical claims and guarantees of payment abroad, please call
MedAssist Global, 24/7: +49 40 5550 7700.

Please do not send medical documents to this mailbox; use the upload
function in the member app instead.

James Whitfield
International Employee Benefits
"""
    return mail(61, F("whitfield"), "Rachel Kim <rachel.kim@marlowbio.example>",
                "Automatic reply: Assignment Singapore - health plan", D("2026-05-26 14:03"),
                T(body, charset="us-ascii", cte="7bit"), mailer="outlook-en",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                irt="<CAKm7Xq1c0d1e2f3a4b5@mail.marlowbio.example>")


# ---- d201-0062 ------------------------------------------------------------
@M(62, "NORMAL", "de", "internal",
   "trap: German out-of-office reply naming product words (Direktversicherung, Entgeltumwandlung) and a deputy")
def _m062():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.05.2026 nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet.

Anfragen zu Direktversicherung, Entgeltumwandlung und
Beitragslisten richten Sie bitte an bav-kollektiv@elbmark-versicherung.example,
in dringenden Fällen an meine Kollegin Kerstin Blohm (Durchwahl -2410).

Jonas Petersen
bAV-Kollektivservice
"""
    return mail(62, F("petersen"), '"Tamm, Henrik" <henrik.tamm@elbmark-versicherung.example>',
                "Automatische Antwort: Rechnungszins Bestand 2027", D("2026-05-18 09:12"), T(body),
                extra=[("Auto-Submitted", "auto-replied")])


# ---- d201-0063 ------------------------------------------------------------
@M(63, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "HTML-only letter: disability benefit follow-up review for a named customer with multiple sclerosis, benefit table")
def _m063():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Wendt,</p>
<p>seit dem 01.05.2022 erhalten Sie aus Ihrer Berufsunfähigkeitsversicherung <b>BU-1907-20331</b> eine monatliche
Rente. Wie in den Bedingungen vorgesehen, prüfen wir in regelmäßigen Abständen, ob die Voraussetzungen weiter
bestehen (Nachprüfung nach § 174 VVG).</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde6ee"><th align="left">Leistung</th><th align="left">Stand</th></tr>
<tr><td>BU-Rente</td><td>1.450,00 EUR monatlich, dynamisiert um 2 % p. a.</td></tr>
<tr><td>Beitragsbefreiung</td><td>ja, seit 01.05.2022</td></tr>
<tr><td>Anerkannt wegen</td><td>schubförmig remittierender Multipler Sklerose (G35.1) mit Fatigue und Gangunsicherheit</td></tr>
<tr><td>Letzte Prüfung</td><td>März 2024 (Bericht Neurologie Dr. Okonjo, MRT 02/2024)</td></tr>
</table>
<p>Bitte senden Sie uns bis zum <b>30.06.2026</b> den beigefügten Fragebogen zurück und nennen Sie uns die Ärztinnen und
Ärzte, bei denen Sie seit 2024 in Behandlung waren, insbesondere zu Schüben, Änderungen der Immuntherapie und
Rehabilitationsmaßnahmen. Eine neue Schweigepflichtentbindung ist nicht nötig, die Erklärung von 2022 gilt fort.</p>
<p>Die Rentenzahlung läuft während der Prüfung unverändert weiter.</p>
<p>Mit freundlichen Grüßen<br>Ute Harms<br>BU-Leistungsprüfung<br>Elbmark Versicherung AG<br>Telefon 040 6090-2655</p>
<p style="font-size:8pt;color:#666">Elbmark Versicherung AG &middot; Speicherstadtufer 14 &middot; 20457 Hamburg &middot;
Amtsgericht Hamburg HRB 99817</p>
</body></html>
"""
    return mail(63, F("harms"), "Jörg Wendt <joerg.wendt@kabelpost.example>",
                "Nachprüfung BU-1907-20331", D("2026-05-11 08:55"), HTML(html), mailer="system")


# ---- d201-0064 ------------------------------------------------------------
@M(64, "CONFIDENTIAL", "en", "insurer-to-company",
   "grey zone: employee pet-insurance benefit - list of employees with their dogs/cats and chip numbers; animal, no human health data")
def _m064():
    body = """Hi Lukas,

The first enrolments for the new pet insurance benefit are in - seven
employees signed up in the first week. I've confirmed cover from 1 June
2026 under the group policy TK-GR-26-0012 as follows:

  Employee            Pet     Species / breed              Born     Chip no.
  Mina Farouk         Luna    dog, Labrador retriever       2021    276098106654187
  Jonas Albrecht      Pixel   cat, European shorthair       2019    276094500318822
  Aylin Korkmaz       Mochi   cat, British shorthair        2023    276098108821146
  Tim Bergmann        Bruno   dog, mixed breed              2017    276098100077413
  Clara Neumeyer      Frieda  dog, Dachshund                2022    276098107392260
  Oskar Tamm          Smilla  cat, Maine Coon               2020    276094500441909
  Hanna Petrović      Keks    dog, Jack Russell terrier     2024    276098109003518

Employees with pets older than eight years (Bruno) are covered for
surgery only, as agreed. Premiums are deducted via payroll, so the list
is also what your payroll team needs.

""" + S("raman")
    return mail(64, F("raman"), "Lukas Brandt <people-ops@veltrup-software.example>",
                "Pet insurance benefit - first enrolments", D("2026-05-22 12:20"), T(body), mailer="outlook-en")


# ---- d201-0065 ------------------------------------------------------------
@M(65, "CONFIDENTIAL", "de", "insurer-to-company",
   "fleet claim: named employee reversed a van into a gate, plate, claim number, nobody hurt")
def _m065():
    body = """Hallo Herr Prüß,

zum Schaden mit dem Sprinter STD-KL 812 (Flotte KF-FL-0093,
Schaden-Nr. KF-FL-S-26-0071):

Ihr Fahrer, Herr Luca Brinkmann, ist am 20.05.2026 beim Rangieren auf dem
Gelände der Firma Holsten Baustoffe in Neu Wulmstorf rückwärts gegen ein
Schiebetor gefahren. Verletzt wurde niemand. Den Schaden am Tor
(Kostenvoranschlag 3.870,00 EUR netto) regulieren wir direkt mit Holsten
Baustoffe, der Schaden am Sprinter (Heckklappe, Stoßfänger) läuft über die
Vollkasko mit 1.000 EUR Selbstbeteiligung.

Für den Zuschlag u25 ändert sich durch den Schaden nichts; die
Schadenquote der Flotte besprechen wir wie üblich im Herbst.

""" + S("ehlers")
    return mail(65, F("ehlers"), "Olaf Prüß <fuhrpark@kaltenbach-logistik.example>",
                "Schaden STD-KL 812 – KF-FL-S-26-0071", D("2026-05-27 14:07"), T(body, cte="8bit"))


# ---- d201-0066 ------------------------------------------------------------
@M(66, "NORMAL", "de", "insurer-to-company",
   "trap: group accident premium invoice (PDF) to a company with the company's and insurer's own bank accounts, no person named")
def _m066():
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Beitragsrechnung für das 3. Quartal 2026 zu Ihrem
Gruppenunfallvertrag. Der Betrag wird wie gewohnt am 01.07.2026 per
SEPA-Firmenlastschrift von Ihrem Geschäftskonto eingezogen.

Diese E-Mail wurde automatisch erstellt.

Elbmark Versicherung AG – Beitragsservice Firmenkunden
""" + "\n" + FOOT_DE
    lines = [
        "# Beitragsrechnung 3. Quartal 2026",
        "Nordhafen Pflegedienste gGmbH - Deichstraße 22 - 27472 Cuxhaven",
        "Vertrag: GU 2019/00412 (Gruppenunfallversicherung)          Rechnungsnummer: BR-26-3-0041277",
        "",
        "Zeitraum 01.07.2026 - 30.09.2026",
        "Versicherte Personen lt. Bestand: 41 (Gefahrengruppe A: 37, Gefahrengruppe B: 4)",
        "Beitrag Gefahrengruppe A: 37 x 29,55 EUR = 1.093,35 EUR",
        "Beitrag Gefahrengruppe B:  4 x 36,60 EUR =   146,40 EUR",
        "Versicherungsteuer 19 %: 235,55 EUR",
        "## Rechnungsbetrag: 1.475,30 EUR",
        "",
        "Einzug per SEPA-Firmenlastschrift am 01.07.2026",
        "Mandatsreferenz: GU201900412-01 - Gläubiger-ID DE98ZZZ09999999999",
        "Konto der Versicherungsnehmerin: IBAN DE62 2405 0110 8821 3085 77 (Sparkasse Stade-Altes Land)",
        "",
        "Zahlungsempfänger: Elbmark Versicherung AG, IBAN DE44 2019 0003 0037 7985 56",
        "Bitte beachten Sie: Ab 2027 gelten neue Beitragssätze (Mitteilung folgt im Oktober).",
    ]
    data = pdf(lines, title="Beitragsrechnung Q3 2026 GU 2019/00412", author="Elbmark Beitragsservice",
               created="2026-06-02 05:30")
    return mail(66, '"Elbmark Beitragsservice" <beitragsservice@elbmark-versicherung.example>',
                "Nordhafen Pflegedienste Buchhaltung <buchhaltung@nordhafen-pflege.example>",
                "Beitragsrechnung Q3/2026 – GU 2019/00412", D("2026-06-02 05:41"),
                MULTI("mixed", T(body), A(data, "application/pdf", "Beitragsrechnung_BR-26-3-0041277.pdf")),
                mailer="system")


# ---- d201-0067 ------------------------------------------------------------
@M(67, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
   "chief medical officer asks a UK GP for a report on a named life applicant's hypertension, BMI and medication")
def _m067():
    body = """Dear Dr Pryce,

Re: Mr Oliver Brennan, date of birth 22/06/1984,
    23 Clifton Vale Road, Bristol BS8 4PJ
    Application for term life cover EUR 450,000 (our ref. LA-26-118204)

Mr Brennan, who is your registered patient, has applied to us for life
insurance through his German employer. He has consented to this request
(signed consent form enclosed, dated 14 May 2026).

In his application he declared raised blood pressure since 2021, treated
with amlodipine 5 mg, and a BMI of about 32. To complete our assessment we
would be grateful for a General Practitioner's Report covering:

  - blood pressure readings of the last three years;
  - current medication and any changes since 2021;
  - results of renal function tests, lipids and HbA1c, if available;
  - any referral to a cardiologist or other specialist;
  - smoking status and alcohol consumption as recorded.

We will pay your standard GPR fee of GBP 104.00 on receipt of your invoice.
Please reply through our secure upload link
(https://upload.elbmark-versicherung.example/gpr/LA-26-118204) rather than
by e-mail.

Yours sincerely,

""" + S("steenbock") + "\n\n" + FOOT_EN
    return mail(67, F("steenbock"), "Harbourside Medical Practice <reception@harbourside-medical.example>",
                "GP report request - Mr Oliver Brennan - LA-26-118204", D("2026-05-19 10:10"), T(body),
                mailer="outlook-en")


# ---- d201-0068 ------------------------------------------------------------
@M(68, "CONFIDENTIAL", "en", "insurer-to-customer",
   "travel baggage theft in Lisbon: named customer, policy, claim number, items and amount; no health")
def _m068():
    body = """Dear Mr Haddad,

Sorry to hear that your suitcase was stolen from the rental car in
Lisbon. I've registered your baggage claim under RG-S-26-00512 (annual
travel policy RJ-2026-0044718, you and your daughter Lina).

From your list and the police report (PSP Lisboa, NUIPC 112/26.4PALSB):

  Suitcase (Samsonite, 2022)                  EUR 180.00
  Clothing, shoes (both travellers)           EUR 940.00
  Camera Fujifilm X-T30 with lens             EUR 690.00  (receipt missing)
  Total claimed                               EUR 1,810.00

Two points before I can settle:
1. Valuables such as cameras are covered in a locked car only between
   6 am and 10 pm. The police report says the car was broken into "during
   the night" - can you tell me the approximate time you parked it?
2. Please send a receipt or bank statement for the camera, or a photo of
   the original box with the serial number.

Clothing and the suitcase I can pay now if you like; just reply "yes".

""" + S("hoffmeister") + "\n\n" + FOOT_EN
    return mail(68, F("hoffmeister"), "Samir Haddad <samir.haddad@mailbox-nord.example>",
                "Your baggage claim RG-S-26-00512 (Lisbon)", D("2026-06-08 12:44"), T(body), mailer="outlook-en")


# ---- d201-0069 ------------------------------------------------------------
@M(69, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "private health insurance premium arrears reminder (emergency tariff warning) for a named customer; no medical word but health line")
def _m069():
    body = """Sehr geehrter Herr Kowalski,

leider konnten wir die Beiträge zu Ihrer privaten Krankenversicherung
(Versicherungsnummer K 8820 1174 6, Tarife Komfort ambulant/stationär,
Zahn 80, Krankentagegeld KTG 43) für die Monate April und Mai 2026 nicht
einziehen. Die Lastschriften wurden von Ihrer Bank mit dem Hinweis
"Konto erloschen" zurückgegeben.

Offener Betrag:  2 x 618,20 EUR Beitrag
                 + 2 x 3,00 EUR Rücklastschriftgebühr
                 = 1.242,40 EUR

Bitte überweisen Sie den Betrag bis zum 29.06.2026 oder erteilen Sie uns
ein neues SEPA-Mandat über das Kundenportal.

Wichtiger Hinweis nach § 193 Abs. 6 VVG: Bleibt der Rückstand bestehen,
müssen wir Sie nach einer weiteren Mahnung in den Notlagentarif
umstellen. Dort sind nur noch Leistungen bei akuten Erkrankungen und
Schmerzzuständen sowie bei Schwangerschaft versichert. Ihr
Versicherungsschutz als solcher bleibt erhalten.

Wenn Sie gerade finanzielle Schwierigkeiten haben, rufen Sie uns bitte
an – wir finden oft eine Lösung, z. B. eine Stundung oder einen
vorübergehenden Tarifwechsel.

""" + S("berger") + "\n\n" + FOOT_DE
    return mail(69, F("berger"), "Adam Kowalski <a.kowalski@post-nord.example>",
                "Zahlungserinnerung Krankenversicherung K 8820 1174 6", D("2026-06-12 07:30"), T(body),
                mailer="system")


# ---- d201-0070 ------------------------------------------------------------
@M(70, "NORMAL", "en", "insurer-to-partner",
   "trap: DPO answers an employer's data-protection questionnaire (DOCX) on how health data of scheme members is processed; no person")
def _m070():
    body = """Dear Ms Varga,

Please find attached our answers to Marlow's vendor data-protection
questionnaire for the expatriate health plan. I have kept the answers to
the scheme level; where you asked for "sample records" we cannot provide
real member data, but our test environment documentation is available
under NDA.

Happy to join a call with your IT security team.

""" + S("carstens") + "\n\n" + FOOT_EN
    doc = docx([("h", "Vendor Data Protection Questionnaire - answers of Elbmark Versicherung AG"),
                "Client: Marlow Biotech GmbH / Marlow Therapeutics Inc. - Service: Elbmark Global Health Plan (EGHP)",
                ("table", [["Question", "Answer"],
                           ["Which categories of personal data do you process?",
                            "Identification and contact data of members, employment data supplied by the employer, "
                            "health data (diagnoses, treatments, invoices) for claims and underwriting."],
                           ["Legal basis for health data?",
                            "Art. 9(2)(h) GDPR and § 22 BDSG for claims; explicit consent of the member for underwriting."],
                           ["Does the employer receive health data?",
                            "No. The employer receives aggregated reports only (minimum cell size 10) and no claim "
                            "details of individual members."],
                           ["Encryption in transit?", "TLS 1.2+ enforced; S/MIME or secure portal for strictly confidential content."],
                           ["Retention of claims documents?", "10 years after the end of the membership (tax and insurance law)."],
                           ["Sub-processors?", "MedAssist Global (assistance, EU), Hanse Print GmbH (letters), Azure EU regions (hosting)."],
                           ["Data breach notification to client?", "Within 24 hours of becoming aware, see DPA § 9."]]),
                "Hamburg, 10 June 2026 - Lena Carstens, Data Protection Officer"],
               creator="Carstens, Lena", created="2026-06-10 16:00", title="DPQ Marlow EGHP")
    return mail(70, F("carstens"), "Eszter Varga <privacy@marlowbio.example>",
                "Vendor DP questionnaire - Elbmark answers", D("2026-06-10 16:21"),
                MULTI("mixed", T(body), A(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          "Elbmark_DPQ_answers_Marlow_EGHP.docx")), mailer="outlook-en")


# ---- d201-0071 ------------------------------------------------------------
@M(71, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "chief medical officer's underwriting note on a named life applicant: type 2 diabetes, HbA1c, metformin, loading decision")
def _m071():
    body = """Hallo Frau Rieck,

zum Antrag LA-26-117930 (Herr Dennis Vogt, geb. 04.10.1979,
Risikolebensversicherung 300.000 EUR, Laufzeit 25 Jahre):

Der Hausarztbericht ist da. Diabetes mellitus Typ 2 (E11.9) seit 2022,
Metformin 1.000 mg 1-0-1, letzter HbA1c 7,2 % (03/2026), davor 7,6 % und
7,4 %. Keine bekannten Folgeerkrankungen, Augenhintergrund 2025 unauffällig,
Kreatinin normal, keine Mikroalbuminurie. RR 138/86 unter Ramipril 5 mg.
BMI 31, Nichtraucher.

Votum: Annahme mit Beitragszuschlag +75 % (Diabetes 50 %, Hypertonie 25 %),
keine Ausschlüsse. Bei HbA1c unter 7,0 % in zwei aufeinanderfolgenden
Jahren kann der Kunde eine Überprüfung beantragen – bitte so in das
Annahmeschreiben aufnehmen.

Bitte keine Details zum Zuschlag an den Vermittler, nur "Annahme mit
Zuschlag, Kunde wird direkt informiert".

Gruß
""" + S("steenbock")
    return mail(71, F("steenbock"), '"Rieck, Jana" <jana.rieck@elbmark-versicherung.example>',
                "Votum LA-26-117930", D("2026-04-22 13:40"), T(body))


# ---- d201-0072 ------------------------------------------------------------
@M(72, "CONFIDENTIAL", "de", "insurer-to-customer",
   "grey zone: dog surgery insurance claim (cruciate ligament, TPLO) - animal health is not a person's health; named owner, policy, amount")
def _m072():
    body = """Hallo Frau Brüggemann,

gute Nachrichten für Balu: Wir übernehmen die Kosten der Operation aus
Ihrer Hunde-OP-Versicherung TK-OP 3318 4402.

Tierklinik Elbmarsch, Rechnung 26-08812 vom 02.06.2026
  TPLO-Operation rechts (vorderer Kreuzbandriss), Narkose,
  Röntgen, 2 Tage stationär                         2.946,38 EUR
  erstattungsfähig nach GOT bis 3-fachem Satz       2.946,38 EUR
  abzgl. Selbstbeteiligung 20 %                      -589,28 EUR
  Erstattung                                        2.357,10 EUR

Die Nachsorge (Physiotherapie für Hunde) ist in Ihrem Tarif bis 500 EUR
innerhalb von 60 Tagen nach der OP mitversichert – reichen Sie die
Rechnungen einfach über die App ein.

Gute Besserung an Balu!

""" + S("berger") + "\n\n" + FOOT_DE
    return mail(72, F("berger"), "Sandra Brüggemann <s.brueggemann@webpost.example>",
                "Erstattung OP Balu – TK-OP 3318 4402", D("2026-06-09 15:22"), T(body))


# ---- d201-0073 ------------------------------------------------------------
@M(73, "NORMAL", "de", "insurer-to-customer",
   "trap: sports club chairman asks about accident cover for volunteers; generic product answer, no insured person")
def _m073():
    body = """Sehr geehrter Herr Quast,

vielen Dank für Ihre Anfrage für den TSV Moorburg von 1921 e. V.

Ehrenamtliche Helferinnen und Helfer sind in Hamburg zunächst über die
Sammelversicherung des Landes und bei vielen Tätigkeiten über die
gesetzliche Unfallversicherung (VBG) abgesichert. Eine
Gruppenunfallversicherung des Vereins kann diese Lücken schließen, zum
Beispiel bei Unfällen auf dem Weg zum Vereinsheim oder bei
Invalidität, die über die gesetzlichen Leistungen hinausgeht.

Für Vereine bieten wir eine Variante ohne namentliche Meldung an:
Versichert sind alle Ehrenamtlichen während ihrer Tätigkeit für den
Verein, der Beitrag richtet sich nach der Zahl der Mitglieder. Bei 340
Mitgliedern läge er bei etwa 290 EUR im Jahr (Invalidität 50.000 EUR mit
Progression 225 %, Tod 5.000 EUR, Krankenhaustagegeld 10 EUR).

Gern stellt Ihnen unser Außendienst das Angebot persönlich vor – Herr
Möllenkamp meldet sich dazu bei Ihnen, wenn Sie einverstanden sind.

""" + S("wennemann") + "\n\n" + FOOT_DE
    return mail(73, F("wennemann"), "Hartmut Quast <vorstand@tsv-moorburg.example>",
                "Ihre Anfrage: Unfallversicherung für Ehrenamtliche", D("2026-06-15 09:05"), T(body))


# ---- d201-0074 ------------------------------------------------------------
@M(74, "CONFIDENTIAL", "en", "insurer-to-broker",
   "commercial renewal for a sole trader (natural person): contents/liability, insured premises, turnover and his bank account")
def _m074():
    body = """Dear Olivia,

Thank you for the renewal instructions for your client Mr Callum Reid,
trading as "Reid Vintage Motors" (sole trader), Schützenstraße 9, 22761
Hamburg. We are happy to renew his commercial package from 1 July 2026:

  Policy:              GS-24-0081163 (contents, business interruption,
                       public and products liability)
  Contents sum:        EUR 380,000 (stock of classic cars on site
                       limited to EUR 250,000)
  Declared turnover:   EUR 1.14 million (2025)
  Liability limit:     EUR 3 million
  Renewal premium:     EUR 6,912.40 incl. insurance tax (+4.8 %)

Mr Reid asked to pay from his private account in future; we have set up
the direct debit for IBAN GB44 BARC 2004 7563 9188 24 (holder Callum J.
Reid). The first collection will be on 1 July.

As requested, the alarm warranty (VdS class B) remains; please remind
him that the annual service certificate is due in September.

""" + S("grell") + "\n\n" + FOOT_EN
    return mail(74, F("grell"), "Olivia Grant <olivia.grant@benefitconsult.example>",
                "Renewal Reid Vintage Motors - GS-24-0081163", D("2026-06-17 10:30"), T(body), mailer="outlook-en")


# ---- d201-0075 ------------------------------------------------------------
@M(75, "STRICTLY_CONFIDENTIAL", "de", "hospital",
   "hospital's discharge letter (PDF: NSTEMI, stent, medication) inside a forwarded message; outer text only asks for a look at length of stay")
def _m075():
    lines = [
        "# Klinikum St. Jakobi Lüneburg - Klinik für Kardiologie",
        "Entlassungsbericht (vorläufig)",
        "",
        "Patient: Herr Reinhard Claussen, geb. 23.11.1958, PKV: Elbmark Versicherung AG, Vers.-Nr. K 6604 3392 8",
        "Stationärer Aufenthalt: 28.05.2026 - 06.06.2026",
        "",
        "## Diagnosen",
        "Nicht-ST-Hebungsinfarkt (I21.4)",
        "Koronare 2-Gefäßerkrankung (I25.12), PCI mit 2 x DES in RIVA und RCX am 29.05.2026",
        "Arterielle Hypertonie (I10.90), Hypercholesterinämie (E78.0)",
        "Postinterventionelles Leistenhämatom rechts, konservativ (T81.0)",
        "",
        "## Verlauf",
        "Aufnahme über die Notaufnahme mit thorakalem Druckgefühl seit dem Vorabend, Troponin T deutlich erhöht.",
        "Koronarangiographie und Stentimplantation komplikationslos. Am 2. postinterventionellen Tag Ausbildung eines",
        "Leistenhämatoms mit Hb-Abfall auf 10,1 g/dl, daher verlängerte Überwachung und Verlaufskontrollen.",
        "",
        "## Medikation bei Entlassung",
        "ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1 (für 12 Monate), Atorvastatin 80 mg 0-0-1,",
        "Ramipril 5 mg 1-0-0, Bisoprolol 2,5 mg 1-0-0, Pantoprazol 20 mg 1-0-0",
        "",
        "## Empfehlungen",
        "Anschlussheilbehandlung kardiologisch beantragt. LDL-Ziel < 55 mg/dl.",
        "",
        "Dr. med. Aylin Firat, Oberärztin - Prof. Dr. med. Gunnar Lehnert, Chefarzt",
    ]
    brief = pdf(lines, title="Entlassungsbericht Claussen", author="Klinikum St. Jakobi Lüneburg",
                created="2026-06-06 14:10", producer="KIS Medico 9")
    inner_body = """Sehr geehrte Damen und Herren,

wie telefonisch angefordert erhalten Sie den vorläufigen
Entlassungsbericht zu unserer Rechnung 2026-0618844 (DRG F24B) zur
Begründung der Verweildauer.

Mit freundlichen Grüßen
Patientenabrechnung / Kostenträgerkommunikation
Klinikum St. Jakobi Lüneburg gGmbH
"""
    orig = inner('"Patientenabrechnung Klinikum St. Jakobi" <abrechnung@klinikum-st-jakobi.example>',
                 "leistung-kranken@elbmark-versicherung.example",
                 "Rechnung 2026-0618844 – Entlassungsbericht", D("2026-06-11 10:02"),
                 MULTI("mixed", T(inner_body), A(brief, "application/pdf", "Entlassungsbericht_2026-0618844.pdf")),
                 n=75)
    body = """Hallo Herr Dr. Steenbock,

könnten Sie bitte kurz draufschauen, ob die Verweildauer so plausibel
ist? Die Klinik rechnet drei Tage über der oberen Grenzverweildauer ab.

Danke und Gruß
""" + S("krueger")
    return mail(75, F("krueger"), F("steenbock"), "WG: Rechnung 2026-0618844 – Entlassungsbericht",
                D("2026-06-11 11:18"), MULTI("mixed", T(body), FWD(orig)))


# ---- d201-0076 ------------------------------------------------------------
@M(76, "NORMAL", "de", "internal",
   "trap: data-protection quiz for staff with invented cases about employee lists, diagnoses and IBANs; no real person")
def _m076():
    body = """Liebe Kolleginnen und Kollegen,

zum Europäischen Datenschutztag gibt es wieder unser kleines Quiz. Wer bis
Freitag alle fünf Fragen richtig beantwortet, nimmt an der Verlosung von
drei Kantinengutscheinen teil. Die Fälle sind frei erfunden.

1. Eine Personalabteilung schickt per Mail eine Excel-Liste mit Namen und
   Eintrittsdatum in die Gruppenunfallversicherung, ohne Diagnosen.
   a) normal  b) vertraulich  c) streng vertraulich

2. Ein Makler fragt nach der Beitragsübersicht aller Kfz-Verträge seines
   Kunden "Max Mustermann".
   a) normal  b) vertraulich  c) streng vertraulich

3. In einer Statistik stehen Fallzahlen je ICD-Kapitel für das gesamte
   BU-Portfolio, kleinste Zelle 12 Fälle.
   a) normal  b) vertraulich  c) streng vertraulich

4. Eine Kundin schreibt ihre IBAN in den Betreff einer Hausrat-Schadenmeldung.
   a) normal  b) vertraulich  c) streng vertraulich

5. Ein Arbeitgeber möchte wissen, warum "sein" Mitarbeiter so wenig für
   die Krone erstattet bekommen hat. Was tun Sie?
   a) Abrechnung schicken  b) auf die Schweigepflicht hinweisen
   c) den Mitarbeiter fragen, ob er einverstanden ist, und dann schicken

Antworten bitte über das Formular im Intranet, nicht per Mail.

""" + S("carstens")
    return mail(76, F("carstens"), "Alle Mitarbeitenden Hamburg <alle-hamburg@elbmark-versicherung.example>",
                "Datenschutz-Quiz: 5 Fragen, 3 Gutscheine", D("2026-01-26 08:30"), T(body))


# ---- d201-0077 ------------------------------------------------------------
@M(77, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "expat health plan member: prenatal care reimbursement, gestational diabetes screening, expected delivery date")
def _m077():
    body = """Dear Mrs Mehta,

Congratulations again on your pregnancy. I have processed the invoices you
uploaded on 3 July:

  Dr. Leonie Haack, gynaecology, Hamburg-Winterhude
    prenatal check-ups 12 June and 1 July 2026        EUR   286.42
    ultrasound (second trimester screening)           EUR   214.80
  Labor Nord MVZ
    oral glucose tolerance test                       EUR    68.35
  Total reimbursed (100 %, no deductible)             EUR   569.57

The glucose test showed gestational diabetes, and Dr Haack has referred
you to a diabetes practice. Nutritional counselling and blood glucose test
strips are covered in full; please ask the practice to bill us directly
(member no. EGH-0441-2207-02).

Your asthma loading does not affect maternity benefits. For the delivery
(expected date 21 October 2026) please send us the name of the hospital
about four weeks in advance so that we can issue a guarantee of payment.

""" + S("whitfield") + "\n\n" + FOOT_EN
    return mail(77, F("whitfield"), "Kavya Mehta <kavya.mehta@inbox-mail.example>",
                "Your prenatal care invoices - EGH-0441-2207-02", D("2026-07-08 09:47"), T(body), mailer="outlook-en")


# ---- d201-0078 ------------------------------------------------------------
@M(78, "CONFIDENTIAL", "de", "insurer-to-company",
   "commercial liability: employee of the insured firm damaged a private customer's car; third party named with address, no injuries")
def _m078():
    body = """Sehr geehrte Frau Jansen,

zum Haftpflichtschaden aus Ihrer Betriebshaftpflichtversicherung
BHV 12-0033871 (Schaden-Nr. HP-G-26-000781):

Ihr Monteur hat am 09.06.2026 bei der Anlieferung einer Ersatzpumpe beim
Privatkunden Herrn Wilfried Stapelfeldt, Hauptstraße 17, 21379 Scharnebeck,
mit dem Hubwagen den in der Einfahrt stehenden Pkw (Audi A6 Avant,
LG-WS 747) beschädigt. Personen kamen nicht zu Schaden.

Das Gutachten des Sachverständigenbüros Kordes liegt vor: Reparaturkosten
2.913,44 EUR netto, Wertminderung 250,00 EUR, Nutzungsausfall 4 Tage à
59,00 EUR. Wir regulieren direkt mit Herrn Stapelfeldt; Ihre
Selbstbeteiligung von 500 EUR stellen wir Ihnen gesondert in Rechnung.

Herr Stapelfeldt hat sich im Übrigen ausdrücklich für die Ehrlichkeit
Ihres Monteurs bedankt, der den Schaden sofort gemeldet hat.

""" + S("luetjens") + "\n\n" + FOOT_DE
    return mail(78, F("luetjens"), "Meike Jansen <m.jansen@brueckner-maschinenbau.example>",
                "Haftpflichtschaden HP-G-26-000781 (Scharnebeck)", D("2026-06-24 10:55"), T(body))


# ---- d201-0079 ------------------------------------------------------------
@M(79, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "bAV salary-conversion increase for a named employee (contract, amounts), body base64-encoded")
def _m079():
    body = """Hallo Frau Jansen,

Frau Janine Stöver (Personalnr. 01102) möchte ihre Entgeltumwandlung zur
Direktversicherung DV-4471-00319 ab 01.07.2026 erhöhen:

  bisher:  100,00 EUR + 15,00 EUR AG-Zuschuss = 115,00 EUR
  neu:     200,00 EUR + 30,00 EUR AG-Zuschuss = 230,00 EUR

Die Erhöhung bleibt innerhalb von 4 % der Beitragsbemessungsgrenze
(steuer- und sozialversicherungsfrei) bzw. im Rahmen der 8 %
(steuerfrei). Eine erneute Gesundheitsprüfung ist nicht nötig, weil die
Erhöhung über die Nachversicherungsgarantie des Rahmenvertrags läuft.

Den Nachtrag zum Versicherungsschein schicken wir Frau Stöver direkt.
Bitte passen Sie die Lohnabrechnung ab Juli an.

""" + S("petersen")
    return mail(79, F("petersen"), "Meike Jansen <m.jansen@brueckner-maschinenbau.example>",
                "Erhöhung Entgeltumwandlung DV-4471-00319", D("2026-06-18 14:12"), T(body, cte="base64"))


# ---- d201-0080 ------------------------------------------------------------
@M(80, "NORMAL", "en", "internal",
   "trap: automated weekly KPI mail (text + HTML table) of the group benefits team: counts of enrolments, leavers, claims, SLAs")
def _m080():
    text = """Group Benefits - weekly KPIs (week 27/2026)

Enrolments processed      412   (target 400)
Leavers processed         187
Medical claims received   1,936
Claims settled in 5 days  91 %  (target 90 %)
Guarantees of payment     23
Open complaints           4
Portal upload errors      7     (all resolved)

Generated automatically by Elbmark Firmenkunden-CRM. No personal data.
"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">
<h3 style="margin:0 0 8px 0">Group Benefits &ndash; weekly KPIs (week 27/2026)</h3>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse">
<tr style="background:#0a4d68;color:#fff"><th align="left">KPI</th><th>Value</th><th>Target</th></tr>
<tr><td>Enrolments processed</td><td align="right">412</td><td align="right">400</td></tr>
<tr><td>Leavers processed</td><td align="right">187</td><td align="right">&ndash;</td></tr>
<tr><td>Medical claims received</td><td align="right">1,936</td><td align="right">&ndash;</td></tr>
<tr><td>Claims settled in 5 days</td><td align="right" style="color:#2e7d32">91&nbsp;%</td><td align="right">90&nbsp;%</td></tr>
<tr><td>Guarantees of payment</td><td align="right">23</td><td align="right">&ndash;</td></tr>
<tr><td>Open complaints</td><td align="right">4</td><td align="right">&ndash;</td></tr>
<tr><td>Portal upload errors</td><td align="right">7</td><td align="right">0</td></tr>
</table>
<p style="font-size:11px;color:#777">Generated automatically by Elbmark Firmenkunden-CRM. No personal data.</p>
</body></html>
"""
    return mail(80, '"Firmenkunden-CRM" <crm-noreply@elbmark-versicherung.example>',
                "Group Benefits Team <group-benefits@elbmark-versicherung.example>",
                "Weekly KPIs Group Benefits - week 27", D("2026-07-06 06:00"), ALT(T(text), HTML(html)), mailer="crm")


# ---- d201-0081 ------------------------------------------------------------
@M(81, "NORMAL", "de", "insurer-to-supplier",
   "trap: print order with a proof (PDF) of a group accident certificate template full of placeholders («Name», «geb.»)")
def _m081():
    body = """Hallo Frau Kranz,

anbei die Druckvorlage für die neuen Versicherungsbestätigungen
Gruppenunfall (Formular GU-VB 07.26). Bitte wie besprochen:

- 5.000 Stück Leerformulare, DIN A4, 90 g, 1/0-farbig
- die Felder in «spitzen Klammern» werden später bei uns im
  Korrespondenzsystem gefüllt, also bitte leer lassen
- Lieferung bis 24.07. an die Poststelle

Freigabe erteile ich nach Sichtung des Proofs.

""" + S("kahlert")
    lines = [
        "# Versicherungsbestätigung Gruppenunfallversicherung",
        "Formular GU-VB 07.26 - DRUCKVORLAGE / PROOF - Felder bleiben leer",
        "",
        "Versicherungsnehmer: «Firma», «Straße», «PLZ Ort»",
        "Vertrag: «Vertragsnummer»",
        "",
        "Hiermit bestätigen wir, dass",
        "«Anrede» «Vorname» «Name», geb. «Geburtsdatum»,",
        "seit dem «Beginn» in der oben genannten Gruppenunfallversicherung versichert ist.",
        "",
        "Versicherungssummen:",
        "Invalidität «Grundsumme» EUR mit Progression «Progression» %",
        "Todesfall «Todesfallsumme» EUR - Unfall-Krankenhaustagegeld «KHT» EUR",
        "",
        "Diese Bestätigung gilt nur in Verbindung mit dem Vertrag und den AUB 2026.",
        "Hamburg, «Datum» - Elbmark Versicherung AG",
    ]
    data = pdf(lines, title="Proof GU-VB 07.26", author="Elbmark Einkauf", created="2026-07-09 11:00")
    return mail(81, F("kahlert"), "Maren Kranz <auftrag@druckhaus-wedel.example>",
                "Druckauftrag Formular GU-VB 07.26 – Proof", D("2026-07-09 11:15"),
                MULTI("mixed", T(body), A(data, "application/pdf", "Proof_GU-VB_07-26.pdf")))


# ---- d201-0082 ------------------------------------------------------------
@M(82, "CONFIDENTIAL", "en", "insurer-to-customer",
   "motor: eVB confirmation number for a named expat's new car with birth date, address and policy start")
def _m082():
    body = """Dear Mr Adebayo,

Here is your electronic insurance confirmation (eVB) for registering your
new car at the Hamburg vehicle registration office:

  eVB number:        7K4TQ2M
  Policyholder:      Tunde Adebayo, born 30 January 1990
  Address:           Hammer Landstraße 203, 20537 Hamburg
  Vehicle:           Škoda Enyaq 85, VIN TMBJC9NY4RF046221
  Cover from:        day of registration (planned 21 July 2026)
  Product:           motor liability + comprehensive, excess EUR 300/150
  No-claims class:   SF 1/2 (first car in Germany); we have noted your UK
                     no-claims record and will review the class once you
                     send the letter from your previous insurer

The registration office will transmit the number plate to us
electronically; you don't need to do anything else. Your policy documents
follow by post once the car is registered.

""" + S("voss") + "\n\n" + FOOT_EN
    return mail(82, F("voss"), "Tunde Adebayo <tunde.adebayo@mailbox-nord.example>",
                "Your eVB number for the Škoda Enyaq", D("2026-07-15 16:30"), T(body), mailer="outlook-en")


# ---- d201-0083 ------------------------------------------------------------
@M(83, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "travel health claim: named traveller's appendectomy in Spain, hospital stay, costs, repatriation not needed")
def _m083():
    body = """Dear Ms Kowalczyk,

I hope you are feeling better after the operation. I've now settled the
costs of your treatment in Spain under your travel health insurance
(policy RK-2026-0193364, claim RKS-26-01177):

  Clínica San Rafael, Palma de Mallorca
    Emergency admission 14 July 2026, acute appendicitis (K35.8)
    Laparoscopic appendectomy 14 July, inpatient until 17 July  EUR 7,880.00
  Pharmacy (antibiotics, painkillers)                           EUR    64.20
  Taxi to the clinic and back to the hotel                      EUR    52.00
  Extra hotel night for your partner (17 July)                  EUR   118.00
  Total                                                         EUR 8,114.20

The clinic invoice has been paid directly to the clinic; EUR 234.20 for
the other items goes to your account ending ...8830. As your doctor
confirmed you were fit to fly on the scheduled flight, no repatriation
was needed.

Please keep the discharge report in case your German GP asks for it.

""" + S("hoffmeister") + "\n\n" + FOOT_EN
    return mail(83, F("hoffmeister"), "Julia Kowalczyk <julia.kowalczyk@inbox-mail.example>",
                "Your travel health claim RKS-26-01177", D("2026-07-28 11:09"), T(body), mailer="outlook-en")


# ---- d201-0084 ------------------------------------------------------------
@M(84, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "[streng vertraulich] group accident census reconciliation: named insured staff with birth dates only in the XLSX; body neutral")
def _m084():
    body = """Sehr geehrte Frau Wittrock,

wie jedes Jahr zum Stichtag 30.06. bitten wir um den Abgleich des
Bestands Ihres Vertrags. Bitte prüfen Sie die Liste, tragen Sie
Änderungen in der Spalte "Korrektur" ein und senden Sie die Datei über
das Arbeitgeberportal zurück (nicht per E-Mail).

Frist: 31.07.2026.

""" + S("wennemann")
    rows = [["lfd. Nr.", "Name", "Vorname", "geb.", "Betrieb", "Gefahrengr.", "seit", "Korrektur"],
            [48, "Grünewald", "Ina", "14.06.1975", "Hotel Ostholm Strand", "A", "01.03.2021", ""],
            [49, "Kaya", "Mehmet", "02.02.1988", "Hotel Ostholm Hafen", "B", "01.03.2021", ""],
            [50, "Fischer", "Laura", "21.08.1996", "Hotel Ostholm Strand", "A", "01.05.2022", ""],
            [51, "Nowicki", "Patryk", "09.12.1992", "Hotel Ostholm Hafen", "B", "15.07.2022", ""],
            [52, "Hamann", "Birgit", "30.03.1964", "Verwaltung Stade", "A", "01.01.2023", ""],
            [53, "Sarr", "Ousmane", "17.04.1999", "Hotel Ostholm Hafen", "B", "01.06.2023", ""],
            [54, "Rohwedder", "Finn", "15.01.1994", "Hotel Ostholm Hafen", "B", "01.09.2023", "Abgang 12.05.2026"],
            [55, "Lemke", "Sophie", "08.10.2003", "Hotel Ostholm Strand", "A", "01.08.2024", ""],
            [56, "Ivanova", "Darya", "25.11.1990", "Hotel Ostholm Strand", "A", "01.04.2025", ""],
            [57, "Çelik", "Derya", "19.02.2000", "Hotel Ostholm Hafen", "B", "01.04.2025", ""]]
    data = xlsx([("Bestand 30.06.2026", rows)], creator="Wennemann, Tobias", created="2026-07-01 08:10")
    return mail(84, F("wennemann"), "Jana Wittrock <personal@ostholm-hotels.example>",
                "[streng vertraulich] Bestandsabgleich GU 2021/00733 zum 30.06.2026", D("2026-07-01 08:25"),
                MULTI("mixed", T(body), A(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "Bestand_GU-2021-00733_2026-06-30.xlsx")))


# ---- d201-0085 ------------------------------------------------------------
@M(85, "NORMAL", "de", "internal",
   "trap: actuarial note on group accident tariff: invalidity progression, hospital daily benefit costs, contribution of illness; portfolio figures only")
def _m085():
    body = """Hallo Tobias,

vorab die Zahlen für Dienstag, damit ihr euch nicht im Termin
reinrechnen müsst (Bestand Gruppenunfall 2021–2025, 412 Verträge,
ca. 19.800 versicherte Personen, nur Portfoliowerte):

1. Invaliditätsleistungen nach Invaliditätsgrad
   bis 25 %:  71 % der Fälle, 22 % des Aufwands
   26–50 %:   21 % der Fälle, 31 % des Aufwands
   über 50 %:  8 % der Fälle, 47 % des Aufwands
   -> Progression 500 % statt 350 % würde den Invaliditätsaufwand um
      ca. 14 % erhöhen; Beitragsbedarf +6,5 % bei Staffel 500.

2. Unfall-Krankenhaustagegeld + Genesungsgeld
   Ø 7,4 Tage je Fall; Streichung des Genesungsgelds spart 3,1 % des
   Beitrags.

3. Mitwirkung von Krankheiten oder Gebrechen
   Kürzung wurde in 9 % der Invaliditätsfälle angewandt (Ø Kürzung 38 %).
   Erhöhung der Schwelle von 25 % auf 40 % kostet ca. 1,2 %.

Datei mit den Details liegt im Teams-Kanal, Ordner "Tarif 2027".

Henrik
"""
    return mail(85, F("tamm"), F("wennemann"), "Zahlen GU-Tarif 2027 für Dienstag", D("2026-05-08 17:32"),
                T(body, flowed=True, cte="8bit"), mailer="thunderbird")


# ---- d201-0086 ------------------------------------------------------------
@M(86, "CONFIDENTIAL", "en", "insurer-to-customer",
   "employment legal expenses: cover for a named customer's unfair-dismissal claim, salary and severance figures")
def _m086():
    body = """Dear Mr Moreau,

Thank you for sending the notice of termination. We confirm cover under
your legal expenses insurance (policy RS 40-220 118-9, employment legal
protection) for an action against your dismissal by Quayside Analytics
GmbH (notice dated 29 June 2026, effective 30 September 2026).

Our claim reference is RSL-2026-06611.

Cover includes your lawyer's fees and the court costs for the action at
the Hamburg Labour Court. Please note that at first instance each party
bears its own lawyer's fees under German law, even if you win - which is
exactly what your policy is there for.

For the statutory fee calculation your lawyer will need your gross
monthly salary (you mentioned EUR 6,250 plus a variable bonus of about
EUR 9,000 a year); the value in dispute is normally three monthly
salaries. If the employer offers a settlement with a severance payment,
please ask your lawyer to check the offer with us before you accept it,
as it may affect the costs.

""" + S("brandes") + "\n\n" + FOOT_EN
    return mail(86, F("brandes"), "Julien Moreau <julien.moreau@postbox-fr.example>",
                "Cover confirmation RSL-2026-06611 (dismissal)", D("2026-07-03 12:05"), T(body))


# ---- d201-0087 ------------------------------------------------------------
@M(87, "NORMAL", "de", "insurer-to-therapist",
   "trap: direct-billing cooperation offer to a physiotherapy practice with price list (Krankengymnastik, Lymphdrainage), no patient")
def _m087():
    body = """Sehr geehrter Herr Gerken,

vielen Dank für das nette Gespräch am Telefon. Wie angekündigt, hier die
Eckpunkte unserer Kooperation "Direktabrechnung Heilmittel" für
Privatpatientinnen und -patienten der Elbmark:

- Sie rechnen direkt mit uns ab, Ihre Patienten müssen nicht in
  Vorleistung gehen (Voraussetzung: Einverständnis des Patienten auf der
  Verordnung).
- Zahlungsziel 14 Tage nach Eingang der Rechnung über unser
  Leistungserbringer-Portal.
- Vergütung nach unserem Heilmittelverzeichnis 2026, z. B.:
    Krankengymnastik (KG)                  38,00 EUR
    KG am Gerät                            52,00 EUR
    Manuelle Lymphdrainage 45 Min.         59,00 EUR
    Manuelle Therapie                      44,00 EUR
    Hausbesuch (Zuschlag)                  24,00 EUR

Den Vertragsentwurf schicke ich Ihnen mit der Post. Wenn Sie Fragen zum
Portal haben, meldet sich gern unser Partnerservice.

""" + S("krueger") + "\n\n" + FOOT_DE
    return mail(87, F("krueger"), "Malte Gerken <praxis@physio-am-deich.example>",
                "Kooperation Direktabrechnung Heilmittel", D("2026-07-07 14:40"), T(body))


# ---- d201-0088 ------------------------------------------------------------
@M(88, "CONFIDENTIAL", "de", "insurer-to-customer",
   "household insurance: confirmation of a new SEPA mandate with the customer's IBAN, policy and address")
def _m088():
    body = """Guten Tag Frau Yıldırım,

vielen Dank, wir haben Ihr neues SEPA-Lastschriftmandat erhalten und
eingerichtet:

  Vertrag:            Hausratversicherung HR 55 390 118
  Versicherungsort:   Lämmersieth 52b, 22305 Hamburg
  Kontoinhaberin:     Elif Yıldırım
  IBAN:               DE88 2106 0237 2769 4980 15
  Mandatsreferenz:    HR55390118-003
  Erster Einzug:      01.08.2026, 14,85 EUR (monatlich)

Die Vorankündigung (Pre-Notification) für die weiteren Einzüge erfolgt
mit dieser E-Mail: Wir ziehen den Beitrag jeweils am 1. eines Monats ein,
fällt dieser auf ein Wochenende, am folgenden Bankarbeitstag.

""" + S("berger") + "\n\n" + FOOT_DE
    return mail(88, F("berger"), "Elif Yıldırım <elif.yildirim@webpost.example>",
                "Ihr SEPA-Mandat – HR 55 390 118", D("2026-07-21 10:17"), T(body, cte="8bit"), mailer="system")


# ---- d201-0089 ------------------------------------------------------------
@M(89, "NORMAL", "en", "insurer-to-supplier",
   "trap: order to translate a blank health questionnaire for group disability applications into three languages")
def _m089():
    body = """Dear Ms Lindner,

We would like to order the following translation (your quote
Q-2026-0417 of 2 July):

  Source:      "Gesundheitsfragen Gruppen-BU, vereinfachte Prüfung"
               (form GBU-GF 2026, 3 pages, approx. 1,150 words)
  Target:      English, Polish, Turkish
  Format:      editable Word file, keep the layout and the tick boxes
  Deadline:    14 August 2026

The form asks, for example, whether the applicant "has been treated for
diseases of the heart, circulation, spine or psyche in the last five
years" and lists medicines taken regularly - please use plain everyday
language rather than medical terminology wherever the German does.

The document is a blank form and contains no personal data. Please send
the invoice quoting our PO 2026-0512.

""" + S("oberlaender")
    return mail(89, F("oberlaender"), "Katja Lindner <projects@linguafranca-uebersetzungen.example>",
                "PO 2026-0512 - translation health questionnaire GBU", D("2026-07-13 15:02"), T(body),
                mailer="outlook-en")


# ---- d201-0090 ------------------------------------------------------------
@M(90, "NORMAL", "de", "insurer-to-company",
   "trap: bKV offer (PDF) to an employer with headcount, average age, budget tariffs and prices; no individual employee")
def _m090():
    body = """Sehr geehrte Frau Jansen,

wie im Termin mit Herrn Möllenkamp besprochen, erhalten Sie unser
Angebot für eine betriebliche Krankenversicherung für Ihre 186
Mitarbeitenden. Grundlage sind nur Ihre Angaben zu Kopfzahl und
Altersstruktur, wir brauchen für das Angebot keine Namen.

Bei Fragen bin ich gern für Sie da.

""" + S("achterberg") + "\n\n" + FOOT_DE
    lines = [
        "# Angebot betriebliche Krankenversicherung (bKV)",
        "für die Brückner Maschinenbau GmbH, Lüneburg - Angebotsnr. BKV-A-26-0219 - gültig bis 30.09.2026",
        "",
        "## Ihre Angaben",
        "Mitarbeitende: 186 (davon Auszubildende: 14) - Durchschnittsalter: 42,3 Jahre",
        "Einschluss: alle Mitarbeitenden nach der Probezeit, ohne Gesundheitsprüfung und ohne Wartezeiten",
        "",
        "## Tarifvarianten",
        "Budget 600: 600 EUR je Kalenderjahr für Zahnbehandlung, Zahnersatz, Sehhilfen, Vorsorge, Heilpraktiker",
        "   Beitrag 24,90 EUR je Person und Monat - gesamt 4.631,40 EUR monatlich",
        "Budget 900: 900 EUR je Kalenderjahr, zusätzlich Hörgeräte-Zuschuss und Reiseimpfungen",
        "   Beitrag 36,40 EUR je Person und Monat - gesamt 6.770,40 EUR monatlich",
        "Zusatzbaustein Krankenhaus (Zweibettzimmer, Chefarzt): 19,80 EUR je Person und Monat",
        "",
        "## Steuerliche Behandlung",
        "Sachbezug bis 50 EUR monatlich steuer- und sozialversicherungsfrei (§ 8 Abs. 2 Satz 11 EStG).",
        "",
        "## Familienangehörige",
        "Ehe-/Lebenspartner und Kinder können zu Sonderkonditionen privat mitversichert werden.",
        "",
        "Elbmark Versicherung AG - Firmenkundenservice bKV - Speicherstadtufer 14 - 20457 Hamburg",
    ]
    data = pdf(lines, title="Angebot bKV Brückner", author="Miriam Achterberg", created="2026-07-16 10:00")
    return mail(90, F("achterberg"), "Meike Jansen <m.jansen@brueckner-maschinenbau.example>",
                "Angebot bKV BKV-A-26-0219", D("2026-07-16 10:21"),
                MULTI("mixed", T(body), A(data, "application/pdf", "Angebot_bKV_BKV-A-26-0219.pdf")),
                cc='"Möllenkamp, Bernd" <bernd.moellenkamp@elbmark-versicherung.example>')


# ---- d201-0091 ------------------------------------------------------------
@M(91, "NORMAL", "de", "insurer-to-company",
   "trap: HR asks whether commuting accidents are covered by the group accident policy; generic answer, no employee named")
def _m091():
    body = """Sehr geehrte Frau Hollerith,

ja, Ihre Mitarbeitenden sind auch auf dem Weg zur Arbeit und zurück
versichert. Ihr Gruppenunfallvertrag GU 2023/00118 gilt rund um die Uhr,
also beruflich und privat – den klassischen "Wegeunfall" deckt er
deshalb immer mit ab.

Daneben ist bei Wegeunfällen auch die gesetzliche Unfallversicherung
(für Ihre Kanzlei die VBG) zuständig. Beide Versicherungen leisten
unabhängig voneinander: Die gesetzliche zahlt z. B. eine Verletztenrente,
unsere Gruppenunfall zusätzlich die vereinbarte Invaliditätssumme. Eine
Anrechnung findet nicht statt.

Wichtig ist nur, dass ein Unfall uns möglichst bald gemeldet wird, und
dass eine dauerhafte Beeinträchtigung innerhalb von 15 Monaten ärztlich
festgestellt wird. Das Formular "Unfallanzeige" finden Sie im
Arbeitgeberportal.

""" + S("wennemann") + """

-----Ursprüngliche Nachricht-----
Von: Petra Hollerith <p.hollerith@hollerith-partner.example>
Gesendet: Donnerstag, 16. Juli 2026 18:22
An: Wennemann, Tobias <tobias.wennemann@elbmark-versicherung.example>
Betreff: Frage Wegeunfall

Hallo Herr Wennemann,
kurze Frage, die bei uns in der Teamsitzung aufkam: Gilt unsere
Gruppenunfall auch, wenn jemand morgens mit dem Rad auf dem Weg in die
Kanzlei stürzt? Oder ist das nur die Berufsgenossenschaft?
Danke und Gruß, P. Hollerith
"""
    return mail(91, F("wennemann"), "Petra Hollerith <p.hollerith@hollerith-partner.example>",
                "AW: Frage Wegeunfall", D("2026-07-17 08:49"), T(body))


# ---- d201-0092 ------------------------------------------------------------
@M(92, "CONFIDENTIAL", "en", "insurer-to-company",
   "relocation household-goods transit cover for a named assignee: addresses, inventory value, policy; no health")
def _m092():
    body = """Dear Daniel,

Cover is confirmed for Ms Ingrid Solberg's household goods move to
Singapore under Marlow's annual relocation policy UG-RV-25-0033:

  Insured person:  Ingrid Solberg (assignee), with her husband
  From:            Rothenbaumchaussee 61, 20148 Hamburg
  To:              18 Holland Hill, #07-02, Singapore 276228
  Mover:           Hanseatic International Removals, job no. HIR-26-5518
  Transport:       sea freight, 1 x 20 ft container, door to door
  Loading date:    3 August 2026 (estimated arrival 18 September 2026)
  Declared value:  EUR 48,000 per the valued inventory (piano EUR 9,500
                   and artwork EUR 6,200 listed separately)
  Cover:           all risks, incl. storage in transit up to 60 days
  Premium:         EUR 624.00, charged to Marlow's account

Please ask Ms Solberg to check the inventory before loading and to note
any existing damage on the packing list - the mover will ask her to sign
it. The certificate of insurance will be sent to the mover directly.

""" + S("grell") + "\n\n" + FOOT_EN
    return mail(92, F("grell"), "Daniel Okafor <global.mobility@marlowbio.example>",
                "Relocation cover - I. Solberg to Singapore", D("2026-07-22 10:44"), T(body), mailer="outlook-en")


# ---- d201-0093 ------------------------------------------------------------
@M(93, "NORMAL", "de", "internal",
   "trap: internal care-insurance statistics by care level and region, assessment durations; dementia/care vocabulary, aggregates only")
def _m093():
    body = """Hallo Katrin, hallo Henrik,

für die Vorstandsvorlage Pflege hier die Zahlen 1. Halbjahr 2026
(Pflegepflichtversicherung + Pflegetagegeld, nur Bestandsauswertung):

Neue Anträge auf Pflegeleistungen: 1.284 (Vj. 1.166)
  davon Erstanträge 812, Höherstufungsanträge 472

Ergebnis der Begutachtung (Erstanträge):
  kein Pflegegrad   11 %
  Pflegegrad 1      24 %
  Pflegegrad 2      33 %
  Pflegegrad 3      20 %
  Pflegegrad 4       9 %
  Pflegegrad 5       3 %

Ø Dauer Antrag bis Bescheid: 23 Arbeitstage (gesetzlich 25)
Häufigster Grund bei Pflegegrad 3+: kognitive Einschränkungen (Demenz),
laut Gutachten in 58 % der Fälle Hauptgrund.

Nach Region (Leistungsempfänger, Anteil):
  Hamburg 31 %, Schleswig-Holstein 24 %, Niedersachsen 29 %, übrige 16 %

Regionen mit weniger als 20 Fällen habe ich unter "übrige" gefasst.

""" + S("schmidt")
    return mail(93, F("schmidt"),
                '"Oberländer, Katrin Dr." <katrin.oberlaender@elbmark-versicherung.example>, "Tamm, Henrik" <henrik.tamm@elbmark-versicherung.example>',
                "Zahlen Pflege 1. HJ 2026 für die Vorstandsvorlage", D("2026-07-20 16:15"),
                T(body, charset="windows-1252", cte="8bit"))


# ---- d201-0094 ------------------------------------------------------------
@M(94, "CONFIDENTIAL", "de", "insurer-to-lawyer",
   "legal expenses: cover for a named customer's speeding-fine proceedings (administrative offence, driving ban) sent to his lawyer")
def _m094():
    body = """Sehr geehrter Herr Rechtsanwalt Brehmer,

in der Bußgeldsache Ihres Mandanten, Herrn Kai Petersen-Hollmann,
geb. 19.04.1981, sagen wir Kostenschutz aus dessen Verkehrs-Rechtsschutz-
versicherung RS 40-187 004-1 zu.

  Unsere Schadennummer:   RSL-2026-05702
  Vorwurf:                Überschreitung der zulässigen
                          Höchstgeschwindigkeit außerorts um 31 km/h am
                          06.05.2026 auf der B 5 bei Geesthacht
  Bußgeldbescheid:        Landkreis Herzogtum Lauenburg, Az. 5.3-26-118834
                          260 EUR, 2 Punkte, 1 Monat Fahrverbot

Die Zusage umfasst das Einspruchsverfahren einschließlich eines ggf.
erforderlichen technischen Sachverständigengutachtens zur Messung. Für
ein Rechtsbeschwerdeverfahren bitten wir um erneute Deckungsanfrage.

Bitte rechnen Sie Ihre Gebühren nach RVG unmittelbar mit uns ab.

""" + S("brandes") + "\n\n" + FOOT_DE
    return mail(94, F("brandes"), "RA Tim Brehmer <brehmer@brehmer-zoll.example>",
                "Deckungszusage RSL-2026-05702 – Ihr Mandant Petersen-Hollmann", D("2026-06-01 11:30"),
                T(body), mailer="system")


# ---- d201-0095 ------------------------------------------------------------
@M(95, "NORMAL", "en", "insurer-to-company",
   "trap: webinar invitation with ICS for HR teams on company health insurance, mentions health questions and claims, no person")
def _m095():
    body = """Hi Lukas,

As mentioned, we run a short webinar for HR teams of our English-speaking
clients: "Company health insurance explained - what your employees ask
you". Topics: what the budget plan covers (dental, glasses, check-ups),
why there are no health questions, how employees submit claims in the app,
and what HR can and cannot see (spoiler: no claims of individuals).

Thursday, 10 September 2026, 11:00-11:45 CEST, MS Teams. The calendar
entry is attached; feel free to forward it to your colleagues.

""" + S("raman")
    ics = ical("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbmark Versicherung AG//Webinars//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-bkv-en-20260910@elbmark-versicherung.example
DTSTAMP:20260825T080000Z
DTSTART:20260910T090000Z
DTEND:20260910T094500Z
SUMMARY:Webinar: Company health insurance explained (Elbmark)
LOCATION:Microsoft Teams
DESCRIPTION:Join: https://teams.elbmark-versicherung.example/meet/bkv-en-0910\\nAgenda: budget plan\\, no health questions\\, claims in the app\\, what HR can see.
URL:https://teams.elbmark-versicherung.example/meet/bkv-en-0910
END:VEVENT
END:VCALENDAR
""")
    return mail(95, F("raman"), "Lukas Brandt <people-ops@veltrup-software.example>",
                "Webinar invitation: company health insurance explained (10 Sept)", D("2026-08-25 10:05"),
                MULTI("mixed", T(body), AT(ics, "calendar", "Elbmark_webinar_2026-09-10.ics", charset="us-ascii", cte="7bit")),
                mailer="outlook-en")


# ---- d201-0096 ------------------------------------------------------------
@M(96, "NORMAL", "de", "newsletter",
   "trap: life-insurance customer newsletter on the 2027 bonus declaration, survivors' benefits and beneficiaries; sent to a list, no person")
def _m096():
    body = """Elbmark Lebensversicherung – Kundeninformation 2/2026
====================================================

Liebe Kundinnen und Kunden,

1. Überschussbeteiligung 2027
Die laufende Verzinsung für klassische Lebens- und Rentenversicherungen
steigt 2027 auf 2,85 % (2026: 2,60 %). Die Gesamtverzinsung inkl.
Schlussüberschuss liegt bei 3,45 %.

2. Bezugsrecht: Passt es noch?
Heirat, Scheidung, Geburt eines Kindes: Prüfen Sie, wer im Todesfall die
Leistung erhalten soll. Eine Änderung des Bezugsrechts ist formlos im
Kundenportal möglich – außer bei unwiderruflichem Bezugsrecht.

3. Berufsunfähigkeit: Nachversicherung ohne Gesundheitsfragen
Bei bestimmten Ereignissen (z. B. Gehaltssprung, Immobilienkauf) können
Sie Ihre BU-Rente ohne erneute Gesundheitsprüfung erhöhen.

4. Neue Hinterbliebenen-Hotline
Im Todesfall eines Angehörigen hilft unser Team Leistung Leben unter
040 6090-2470 bei allen Formalitäten.

Sie erhalten diesen Newsletter, weil Sie ihn im Kundenportal abonniert
haben. Abbestellen: https://www.elbmark-versicherung.example/newsletter
"""
    return mail(96, '"Elbmark Lebensversicherung" <newsletter@elbmark-versicherung.example>',
                "Kundeninformation Leben <kundeninfo-leben@lists.elbmark-versicherung.example>",
                "Kundeninformation 2/2026: Überschussbeteiligung 2027 und mehr", D("2026-10-05 07:00"),
                T(body), mailer="newsletter",
                extra=[("List-Unsubscribe", "<https://www.elbmark-versicherung.example/newsletter>"),
                       ("Precedence", "bulk")])


# ---- d201-0097 ------------------------------------------------------------
@M(97, "NORMAL", "en", "insurer-to-customer",
   "trap: secure-mailbox notification ('you have a new message') without any content, sender product or contract")
def _m097():
    body = """Hello,

You have received a new secure message in your Elbmark SecureMail
mailbox.

To read it, please log in at
https://securemail.elbmark-versicherung.example
with your e-mail address and password. If you have forgotten your
password, use "Reset password" and answer your security question.

For your protection, this notification contains no content of the
message itself. Elbmark will never ask you for your password by e-mail.

This is an automatically generated message. Please do not reply.

Elbmark Versicherung AG - SecureMail
"""
    return mail(97, '"Elbmark SecureMail" <securemail-noreply@elbmark-versicherung.example>',
                "bjorn.halvorsen@nordpost.example", "New secure message for you", D("2026-08-04 14:31"),
                T(body, charset="us-ascii", cte="7bit"), mailer="system",
                extra=[("Auto-Submitted", "auto-generated")])


# ---- d201-0098 ------------------------------------------------------------
@M(98, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
   "claims experience report: first sheet aggregated, but a second XLSX sheet lists a named employee's large oncology claim; body harmless")
def _m098():
    body = """Dear Olivia,

Attached is the claims experience report for the Harrow & Finch German
company health plan (BKV-K-301144), period 1 April 2025 - 31 March 2026,
for your renewal discussion with the client.

Loss ratio 71 % (prior year 64 %), mainly driven by one large claim.
Renewal proposal: +6 % on the budget plan, hospital module unchanged.

""" + S("raman")
    s1 = [["Benefit", "Claims (count)", "Paid (EUR)", "Share"],
          ["Dental treatment / prosthetics", 142, 61840.20, "38 %"],
          ["Glasses / contact lenses", 118, 17210.00, "11 %"],
          ["Check-ups", 96, 10212.50, "6 %"],
          ["Alternative practitioners", 31, 4402.00, "3 %"],
          ["Hospital module", 9, 68533.10, "42 %"],
          ["Total", 396, 162197.80, "100 %"],
          [],
          ["Insured lives (average)", 164, "", ""],
          ["Premium earned (EUR)", "", 228447.60, ""],
          ["Loss ratio", "", "71 %", ""]]
    s2 = [["Employee no.", "Name", "Date of birth", "Module", "Diagnosis", "Provider", "Paid (EUR)"],
          ["HF-0221", "Mills, Gregory", "1968-09-02", "Hospital (single room, chief physician)",
           "C18.7 malignant neoplasm of sigmoid colon - resection, chemotherapy", "UKE Hamburg (fictitious ward 4B)", 48210.40],
          ["HF-0098", "Sandoval, Lucía", "1990-03-15", "Hospital (two-bed room)",
           "O82 caesarean delivery", "Asklepios-Nord (fictitious)", 6118.00]]
    data = xlsx([("Summary", s1), ("Large claims >5k", s2)], creator="Raman, Priya", created="2026-04-27 16:00")
    return mail(98, F("raman"), "Olivia Grant <olivia.grant@benefitconsult.example>",
                "Harrow & Finch - claims experience report BKV-K-301144", D("2026-04-27 16:12"),
                MULTI("mixed", T(body), A(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "HarrowFinch_BKV_claims_experience_2025-26.xlsx")), mailer="outlook-en")


# ---- d201-0099 ------------------------------------------------------------
@M(99, "CONFIDENTIAL", "en", "insurer-to-customer",
   "yacht hull claim of a named private owner: boat, marina, policy and claim numbers, surveyor; nobody hurt")
def _m099():
    body = """Dear Mr Mikkelsen,

Thank you for reporting the damage to your yacht. I have opened claim
YA-S-26-0044 under your yacht hull policy YA-24-0031187.

  Yacht:        "Havørn", Hallberg-Rassy 342, built 2009, hull no. HR342-118
  Home port:    Kiel-Schilksee
  Incident:     8 August 2026, Sønderborg marina - a gust pushed the yacht
                against the concrete pontoon while berthing
  Damage:       starboard hull scratched and gelcoat cracked over approx.
                1.2 m, pulpit bent; no water ingress
  Injuries:     none, as you confirmed

Our surveyor, Mr Andrzej Kowal (Baltic Marine Surveys), will inspect the
yacht at the Schilksee boatyard (Bootswerft Kähler) on 14 August at 10:00.
Please do not start repairs before the inspection, except to secure the
yacht. The agreed excess is EUR 500.

If you have photos from the marina, please send them before the
inspection.

""" + S("paulsen") + "\n\n" + FOOT_EN
    return mail(99, F("paulsen"), "Lars Mikkelsen <lars.mikkelsen@kielpost.example>",
                "Your yacht claim YA-S-26-0044 (Havørn)", D("2026-08-10 09:26"), T(body), mailer="outlook-en")


# ---- d201-0100 ------------------------------------------------------------
@M(100, "NORMAL", "de", "internal",
   "trap: actuarial comparison of the DAV 2008 T mortality table with own group-life experience; deaths per age band, no person")
def _m100():
    body = """Moin Katrin,

kurz zu deiner Frage aus der Kollektivrunde, ob wir in Gruppenleben mit
der DAV 2008 T zu vorsichtig rechnen. Eigene Erfahrung 2021–2025 (alle
Gruppenverträge, rund 46.000 Personenjahre) im Vergleich zur Tafel:

  Alter    erwartete Tote (DAV 2008 T)   beobachtet   Verhältnis
  20–29            9,8                        4          41 %
  30–39           21,4                       11          51 %
  40–49           48,9                       29          59 %
  50–59          103,2                       67          65 %
  60–67           61,7                       44          71 %
  gesamt         245,0                      155          63 %

Die Sterblichkeit im Bestand liegt also bei knapp zwei Dritteln der
Tafel – erwartbar, weil Gruppenleben nur aktiv Beschäftigte versichert
("healthy worker effect"). Häufigste Todesursachen laut Leistungsakten
(aggregiert): Krebserkrankungen 41 %, Herz-Kreislauf 24 %, Unfälle 13 %,
Suizid 7 %.

Ich würde für 2027 einen Abschlag von 20 % auf die Tafel vorschlagen,
nicht mehr – die Fallzahlen sind zu klein für mehr Mut.

Henrik
"""
    return mail(100, F("tamm"), F("oberlaender"), "Sterblichkeit Gruppenleben vs. DAV 2008 T", D("2026-08-12 11:50"),
                T(body), mailer="thunderbird")


# ---- d201-0101 ------------------------------------------------------------
@M(101, "CONFIDENTIAL", "en", "insurer-to-customer",
   "grey zone: pet health insurance reimbursement for a cat's dental surgery - animal health; named owner, policy, amounts")
def _m101():
    body = """Dear Ms Nakashima,

We have reimbursed the invoice for Mochi's treatment under your cat
health insurance TK-KZ 2207 1183:

  Kleintierpraxis Ottensen, invoice 4471 of 12 August 2026
    Dental scaling under anaesthesia, extraction of two teeth
    (feline resorptive lesions), blood test beforehand      EUR 612.74
  Covered under GOT up to 2x rate                           EUR 612.74
  Less annual excess                                        EUR -100.00
  Reimbursed                                                EUR 512.74

The amount will reach your account within three working days. Dental
cleaning without extraction is covered once a year up to EUR 150 under
your "Plus" plan, in case your vet recommends it again next year.

""" + S("berger") + "\n\n" + FOOT_EN
    return mail(101, F("berger"), "Yui Nakashima <yui.nakashima@inbox-mail.example>",
                "Reimbursement for Mochi - TK-KZ 2207 1183", D("2026-08-19 13:33"), T(body, cte="base64"))


# ---- d201-0102 ------------------------------------------------------------
@M(102, "NORMAL", "de", "insurer-to-company",
   "trap: leaflet (DOCX) for employers on what to do after an accident: accident report, doctor's report, invalidity deadlines; no person")
def _m102():
    body = """Sehr geehrte Frau Hansen,

wie gewünscht erhalten Sie unser Merkblatt "Was tun nach einem Unfall?"
als Word-Datei, damit Sie es in Ihr Intranet und in die Mappe für die
Tourenfahrzeuge übernehmen können. Sie dürfen es gern an Ihr Layout
anpassen, bitte nur die Fristen unverändert lassen.

""" + S("wennemann")
    doc = docx([("h", "Was tun nach einem Unfall? – Merkblatt für Mitarbeitende"),
                "Gruppenunfallversicherung der Elbmark Versicherung AG",
                ("b", "1. Sofort"),
                "Erste Hilfe leisten bzw. in Anspruch nehmen. Bei Arbeits- und Wegeunfällen einen Durchgangsarzt aufsuchen.",
                ("b", "2. Innerhalb einer Woche"),
                "Den Unfall der Personalabteilung melden. Die Personalabteilung sendet die Unfallanzeige über das "
                "Arbeitgeberportal an die Elbmark – bitte keine Arztberichte per E-Mail an die Personalabteilung schicken.",
                ("b", "3. Unterlagen"),
                "Arztberichte, Krankenhausentlassberichte und Rechnungen schicken Sie direkt an die Elbmark, am einfachsten "
                "über die Elbmark-App (Bereich Unfall). Die Personalabteilung erhält keine medizinischen Unterlagen.",
                ("b", "4. Fristen bei Invalidität"),
                ("table", [["Frist", "Was"],
                           ["15 Monate nach dem Unfall", "Invalidität muss ärztlich festgestellt sein"],
                           ["15 Monate nach dem Unfall", "Invalidität muss bei uns geltend gemacht sein"],
                           ["bis 3 Jahre", "Neubemessung des Invaliditätsgrads möglich"]]),
                ("b", "5. Fragen?"),
                "Leistung Unfall: 040 6090-2530 – unfall@elbmark-versicherung.example"],
               creator="Wennemann, Tobias", created="2026-08-20 09:00", title="Merkblatt Unfall")
    return mail(102, F("wennemann"), "Birte Hansen <verwaltung@nordhafen-pflege.example>",
                "Merkblatt Unfallmeldung für Ihr Intranet", D("2026-08-20 09:14"),
                MULTI("mixed", T(body), A(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          "Merkblatt_Was_tun_nach_einem_Unfall.docx")))


# ---- d201-0103 ------------------------------------------------------------
@M(103, "CONFIDENTIAL", "de", "insurer-to-customer",
   "heavy-rain flood damage to a named customer's house: inspection record (ODT) with address, policy, damage list and amounts")
def _m103():
    body = """Sehr geehrter Herr Wulff,

anbei das Protokoll der Schadenaufnahme vom Montag zu Ihrem
Starkregenschaden. Bitte prüfen Sie die Aufstellung; wenn alles stimmt,
brauchen wir nur noch Ihre Unterschrift unter dem Protokoll (Foto oder
Scan genügt).

Die Trocknungsfirma kann wie besprochen sofort beginnen, die Kosten
übernehmen wir direkt.

""" + S("demir") + "\n\n" + FOOT_DE
    doc = odt([("h", "Protokoll Schadenaufnahme – Elementarschaden"),
               "Schaden-Nr.: WG-E-26-000419 · Vertrag: Wohngebäude mit Elementar WG 61 902 337",
               "Versicherungsnehmer: Jens-Uwe Wulff, Am Mühlenteich 8, 21423 Winsen (Luhe)",
               "Schadentag: 26.08.2026 (Starkregen, Rückstau und Oberflächenwasser) · Aufnahme am 31.08.2026",
               ("table", [["Pos.", "Bereich", "Schaden", "Betrag (EUR)"],
                          ["1", "Keller, Hobbyraum", "Estrich und Dämmung durchfeuchtet, Trocknung 3 Wochen", "6.850,00"],
                          ["2", "Keller, Heizungsraum", "Brenner der Gasheizung überflutet, Austausch", "4.120,00"],
                          ["3", "Keller, Treppe", "Putz und Anstrich bis 80 cm Höhe", "1.940,00"],
                          ["4", "Außenanlage", "Lichtschächte reinigen, Rückstauklappe ersetzen", "780,00"],
                          ["", "Summe", "", "13.690,00"],
                          ["", "abzgl. Selbstbehalt Elementar", "", "-1.000,00"]]),
               "Die Rückstauklappe war laut Aussage des Versicherungsnehmers vorhanden, aber defekt. Dies wird im Rahmen "
               "der Prüfung berücksichtigt.",
               "Aufgenommen: A. Demir (Elbmark) – Unterschrift VN: ____________________"],
              creator="Aylin Demir", created="2026-08-31 16:40", title="Schadenaufnahme WG-E-26-000419")
    return mail(103, F("demir"), "Jens-Uwe Wulff <jensuwe.wulff@luhe-mail.example>",
                "Schadenaufnahme WG-E-26-000419 – Protokoll zur Unterschrift", D("2026-09-01 08:35"),
                MULTI("mixed", T(body), A(doc, "application/vnd.oasis.opendocument.text",
                                          "Protokoll_WG-E-26-000419.odt")))


# ---- d201-0104 ------------------------------------------------------------
@M(104, "STRICTLY_CONFIDENTIAL", "en", "customer",
   "expat member's mail with typos about hearing-aid reimbursement (hearing loss, audiologist), forwarded internally")
def _m104():
    body = """Sabine,

could your team take this one? Mr Halvorsen is covered under the Marlow
scheme (EGHP-MARLOW-01), but the hearing aid invoice was issued by a
German audiologist, so it goes through your tariff check for the
"Hilfsmittel" limits. He prefers English.

Thanks,
James

----- Forwarded message -----
From: Bjørn Halvorsen <bjorn.halvorsen@nordpost.example>
Date: Sunday, 2 August 2026, 21:07
Subject: hearing aids - why only 1500??
To: James Whitfield <james.whitfield@elbmark-versicherung.example>

Hi James,

sorry to bother you on this. I got the statment for my new hearing aids
today and you only paid 1.500 EUR of 4.280 EUR. The ENT doctor said in
June that my hearing loss on both sides is now at the point where I need
them (moderate, sensorineural he wrote, probably noise from the years on
the oil platforms). The audiologist Hörwelt Eppendorf said the Marlow plan
pays "hearing aids in full"?? I have the letter from HR that says so.

Can you check pls? Member number is EGH-0441-3310-01.

thanks
Bjørn
"""
    return mail(104, F("whitfield"), F("krueger"), "Fwd: hearing aids - why only 1500??", D("2026-08-03 09:02"),
                T(body, flowed=True, cte="8bit"), mailer="thunderbird")


# ---- d201-0105 ------------------------------------------------------------
@M(105, "NORMAL", "en", "insurer-to-customer",
   "trap: automatic ticket confirmation that quotes no content of the customer's message")
def _m105():
    body = """Dear customer,

Thank you for contacting Elbmark Versicherung. We have received your
message and created ticket #SR-2026-0817-4471.

We usually reply within two working days. If your matter is urgent,
please call our service line on +49 40 6090-0 (Mon-Fri 8 am - 6 pm) and
quote your ticket number.

Please do not reply to this e-mail; this mailbox is not monitored.

Elbmark Versicherung AG - Customer Service
"""
    return mail(105, '"Elbmark Kundenservice" <noreply@elbmark-versicherung.example>',
                "w.okonkwo@inbox-mail.example", "Ticket #SR-2026-0817-4471 - we have received your message",
                D("2026-08-17 22:14"), T(body, charset="us-ascii", cte="7bit"), mailer="system",
                extra=[("Auto-Submitted", "auto-replied")])


# ---- d201-0106 ------------------------------------------------------------
@M(106, "NORMAL", "de", "insurer-to-company",
   "trap: general explanation for HR of how occupational pensions are split on divorce (Versorgungsausgleich); no employee named")
def _m106():
    body = """Sehr geehrter Herr Gerdes,

gern erkläre ich Ihnen allgemein, was bei einer Scheidung mit der
Direktversicherung eines Mitarbeiters passiert – einen konkreten Fall
müssen wir dafür nicht besprechen.

1. Das Familiengericht teilt im Versorgungsausgleich alle Anrechte, die
   während der Ehe erworben wurden, also auch die bAV.
2. Wir teilen dem Gericht auf Anfrage den Ehezeitanteil und einen
   Vorschlag für den Ausgleichswert mit. Die Anfrage kommt direkt vom
   Gericht zu uns, nicht über den Arbeitgeber.
3. In der Regel teilen wir "intern": Der oder die geschiedene
   Ehepartner/in erhält einen eigenen Vertrag bei uns. Der Vertrag Ihres
   Mitarbeiters wird entsprechend gekürzt, läuft aber weiter.
4. Für Sie als Arbeitgeber ändert sich nichts: Beiträge und
   Entgeltumwandlung laufen unverändert weiter. Sie bekommen von uns
   lediglich eine Mitteilung, dass der Vertrag geteilt wurde.

Falls eine Mitarbeiterin oder ein Mitarbeiter Fragen hat, kann sie oder
er sich direkt an unseren Vertragsservice wenden (040 6090-2410).

""" + S("petersen")
    return mail(106, F("petersen"), '"Gerdes, Frank" <f.gerdes@stadtwerke-altmoor.example>',
                "Versorgungsausgleich – allgemeine Information", D("2026-08-24 15:40"), T(body))


# ---- d201-0107 ------------------------------------------------------------
@M(107, "NORMAL", "en", "insurer-to-partner",
   "trap: note to the external auditors on how claim files (incl. medical claims) will be sampled; counts and method only")
def _m107():
    body = """Dear Mr Voigt,

As discussed, here is our proposal for the sample of claim files for
the interim audit 2026 (claims reserves, personal lines):

  Population:   all claims with a reserve change between 1 January and
                30 June 2026 - health 18,412, disability 1,227,
                accident 2,906, life 644
  Sample size:  60 files (health 20, disability 15, accident 15, life 10),
                plus all 8 files with a reserve above EUR 1 million
  Method:       stratified random sample, seed documented in the audit
                file; selection run by our internal audit in your presence
  Access:       on-site review in our audit room on 22-24 September; no
                copies of medical documents leave the building, as agreed
                in the engagement letter

The list of selected files (claim numbers only) will be generated on the
first audit day.

""" + S("tamm") + "\n\n" + FOOT_EN
    return mail(107, F("tamm"), "Stefan Voigt <s.voigt@reimers-voigt-wp.example>",
                "Interim audit 2026 - sampling of claim files", D("2026-09-02 12:00"), T(body), mailer="thunderbird")


# ---- d201-0108 ------------------------------------------------------------
@M(108, "CONFIDENTIAL", "de", "insurer-to-customer",
   "motor premium reminder: named customer, policy, plate, outstanding amount and loss-of-cover warning")
def _m108():
    body = """Sehr geehrte Frau Petrakis,

für Ihre Kfz-Versicherung KF-23-6620981 (amtl. Kennzeichen PI-EP 312)
ist der Folgebeitrag für das 3. Quartal 2026 in Höhe von 187,45 EUR
trotz unserer Erinnerung vom 14.07.2026 noch offen.

Bitte überweisen Sie den Betrag innerhalb von zwei Wochen nach Zugang
dieser Mahnung auf unser Konto (Verwendungszweck KF-23-6620981).

Rechtsbelehrung nach § 38 VVG: Zahlen Sie nicht fristgerecht, sind wir
für Schäden, die nach Fristablauf eintreten, von der Leistung frei und
können den Vertrag fristlos kündigen. Gegenüber geschädigten Dritten
bleibt die Kfz-Haftpflicht zwar bestehen, wir nehmen Sie dann aber in
Regress. Außerdem sind wir verpflichtet, der Zulassungsstelle das Ende
des Versicherungsschutzes zu melden.

Hat sich Ihre Zahlung mit diesem Schreiben überschnitten, betrachten Sie
es bitte als gegenstandslos.

""" + S("berger") + "\n\n" + FOOT_DE
    return mail(108, F("berger"), "Eleni Petrakis <eleni.petrakis@webpost.example>",
                "Mahnung Kfz-Versicherung KF-23-6620981", D("2026-08-03 06:45"), T(body), mailer="system")


# ---- d201-0109 ------------------------------------------------------------
@M(109, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "company health plan member: reimbursement for varifocal glasses with prescription values (sph/add), insured number")
def _m109():
    body = """Hallo Herr Hinrichs,

Ihre Rechnung für die neue Brille haben wir über die betriebliche
Krankenversicherung Ihres Arbeitgebers abgerechnet
(Versichertennummer BKV-300587-0201, Tarif Budget 600).

  Optik Lüders, Buxtehude, Rechnung 26-1147 vom 14.08.2026
  Gleitsichtgläser R sph -2,25 cyl -0,50 add +1,75,
                   L sph -2,50 add +1,75, Fassung        689,00 EUR
  Erstattung aus dem Budget (Sehhilfen bis 250 EUR)     250,00 EUR

Ihr verbleibendes Budget 2026 beträgt 350,00 EUR (z. B. für
Zahnprophylaxe oder Vorsorgeuntersuchungen).

Ihr Arbeitgeber erfährt von dieser Abrechnung nichts.

""" + S("krueger")
    return mail(109, F("krueger"), "Jasper Hinrichs <jasper.hinrichs@freemail.example>",
                "Ihre Erstattung Sehhilfe – BKV-300587-0201", D("2026-08-21 10:30"), T(body))


# ---- d201-0110 ------------------------------------------------------------
@M(110, "CONFIDENTIAL", "en", "insurer-to-customer",
   "employee legal plan: cover for a named employee's traffic-accident damages dispute (nobody injured), claim number")
def _m110():
    body = """Dear Ms Farouk,

Thank you for your request under the Veltrup employee legal plan (group
legal expenses policy RS-GR-24-0008, traffic module). We confirm cover for
your claim against the driver who hit your parked car on 21 August 2026
in Hamburg-Eimsbüttel (your car HH-MF 2290; the other driver's insurer
refuses to pay the full repair costs). You told us nobody was injured.

  Our reference:   RSL-2026-07140
  Covered:         out-of-court representation and, after consultation
                   with us, court proceedings at the local court
  Excess:          none (paid by your employer's plan)

You are free to choose a lawyer. If you don't know one, our partner
network can recommend a traffic-law specialist near your home - just
reply to this e-mail.

Your employer does not receive any information about your case.

""" + S("brandes") + "\n\n" + FOOT_EN
    return mail(110, F("brandes"), "Mina Farouk <mina.farouk@privatmail.example>",
                "Employee legal plan - cover confirmation RSL-2026-07140", D("2026-08-26 11:18"), T(body))


# ---- d201-0111 ------------------------------------------------------------
@M(111, "NORMAL", "de", "insurer-to-company",
   "trap: annual request for headcount and payroll total with blank fields for a company's liability and group accident contracts; no person")
def _m111():
    body = """Sehr geehrte Damen und Herren,

für die Beitragsabrechnung 2026 Ihrer Verträge benötigen wir wie jedes
Jahr Ihre Meldung zum Stichtag 31.12.2026. Bitte füllen Sie die Felder
aus und senden Sie die Angaben bis zum 31.01.2027 über das
Arbeitgeberportal oder per Antwort auf diese E-Mail.

Betriebshaftpflicht BHV 12-0041205
  Bruttolohn- und Gehaltssumme 2026 (gesamt):     ______________ EUR
  davon Fahrer/Lager:                             ______________ EUR
  Umsatz 2026:                                    ______________ EUR

Gruppenunfall GU 2020/00361 (Variante nach Personenzahl)
  Anzahl Beschäftigte Gefahrengruppe A (Büro):    ______
  Anzahl Beschäftigte Gefahrengruppe B (gewerbl.):______
  Auszubildende:                                  ______

Bitte keine Namenslisten schicken – für diese Verträge brauchen wir nur
die Summen und Kopfzahlen.

Ihr Firmenkundenservice
Elbmark Versicherung AG

""" + FOOT_DE
    return mail(111, '"Elbmark Firmenkundenservice" <firmenkunden@elbmark-versicherung.example>',
                "Buchhaltung Kaltenbach Logistik <buchhaltung@kaltenbach-logistik.example>",
                "Jahresmeldung 2026 – BHV 12-0041205 / GU 2020/00361", D("2026-12-01 07:15"), T(body),
                mailer="crm")


# ---- d201-0112 ------------------------------------------------------------
@M(112, "NORMAL", "de", "insurer-to-doctor",
   "trap: invitation to an orthopaedist to join the insurer's medical assessor network for accident invalidity; fees, no patient")
def _m112():
    body = """Sehr geehrte Frau Kollegin Saß,

wir bauen unser Netz von ärztlichen Gutachterinnen und Gutachtern für
die Unfallversicherung im Raum Lüneburg/Harburg aus und würden uns
freuen, wenn Sie mitwirken.

Worum es geht:
- Gutachten zur Bemessung der Invalidität nach Unfällen (Gliedertaxe,
  Bewegungsmaße nach Neutral-Null-Methode, Funktionsbeeinträchtigung),
  überwiegend Schulter, Knie und Hand
- etwa 2–4 Aufträge pro Monat, Terminvergabe durch Ihre Praxis
- Vergütung: Zusammenhangsgutachten mit Untersuchung 520 EUR,
  ergänzende Stellungnahme 180 EUR, Röntgen nach GOÄ gesondert
- Übermittlung der Unterlagen ausschließlich über unser Ärzteportal

Einen Mustergutachtenauftrag (ohne Patientendaten) und unsere
Gutachtenrichtlinie schicke ich Ihnen gern zu. Über einen kurzen Anruf
würde ich mich freuen.

Mit kollegialen Grüßen

""" + S("steenbock") + "\n\n" + FOOT_DE
    return mail(112, F("steenbock"), '"Dr. med. Henrike Saß" <praxis@orthopaedie-sass.example>',
                "Anfrage: Mitwirkung im Gutachternetz Unfallversicherung", D("2026-09-07 12:20"), T(body))


# ---- d201-0113 ------------------------------------------------------------
@M(113, "NORMAL", "en", "newsletter",
   "trap: employer guide newsletter (text+HTML) on return to work after long-term sickness with aggregate statistics; no person")
def _m113():
    text = """Elbmark Employer Guide - Return to work after long-term sickness

Dear HR colleagues,

Every year around 4 % of employees in our group income protection
schemes are off work for more than six weeks. Our data from 2021-2025
(aggregated, 1,227 claims) shows what helps them come back:

- Early contact: employees contacted by a rehabilitation consultant in
  the first 30 days returned on average 41 days earlier.
- Phased return: 78 % of phased returns were still at work after 12 months.
- Mental health: for depression and burnout, therapy within six weeks
  halves the average absence.
- Musculoskeletal: early physiotherapy shortens back-pain absences by a
  third.

What HR can do: keep in touch (without asking for diagnoses), plan the
phased return together with the employee and us, and adapt the workplace.

Our guide "Return to work - a checklist for HR" is available in the
employer portal.

Elbmark Group Life & Health - unsubscribe: https://partner.elbmark-versicherung.example/unsubscribe?list=employer-en
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;max-width:620px">
<h2 style="color:#0a4d68">Return to work after long-term sickness</h2>
<p>Dear HR colleagues,</p>
<p>Every year around 4&nbsp;% of employees in our group income protection schemes are off work for more than six
weeks. Our data from 2021&ndash;2025 (aggregated, 1,227 claims) shows what helps them come back:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8eef3"><th align="left">Measure</th><th align="left">Effect</th></tr>
<tr><td>Contact by a rehabilitation consultant within 30 days</td><td>return 41 days earlier on average</td></tr>
<tr><td>Phased return</td><td>78&nbsp;% still at work after 12 months</td></tr>
<tr><td>Therapy within six weeks (depression, burnout)</td><td>average absence halved</td></tr>
<tr><td>Early physiotherapy (back pain)</td><td>absence one third shorter</td></tr>
</table>
<p><b>What HR can do:</b> keep in touch (without asking for diagnoses), plan the phased return together with the
employee and us, and adapt the workplace.</p>
<p>Our guide <i>Return to work &ndash; a checklist for HR</i> is available in the employer portal.</p>
<p style="font-size:11px;color:#777">Elbmark Group Life &amp; Health &middot;
<a href="https://partner.elbmark-versicherung.example/unsubscribe?list=employer-en">unsubscribe</a></p>
</body></html>
"""
    return mail(113, '"Elbmark Group Life & Health" <newsletter@elbmark-versicherung.example>',
                "Employer Guide <employer-en@lists.elbmark-versicherung.example>",
                "Employer Guide: return to work after long-term sickness", D("2026-09-15 07:00"),
                ALT(T(text), HTML(html)), mailer="newsletter",
                extra=[("List-Unsubscribe", "<https://partner.elbmark-versicherung.example/unsubscribe?list=employer-en>"),
                       ("Precedence", "bulk")])


# ---- d201-0114 ------------------------------------------------------------
@M(114, "CONFIDENTIAL", "de", "insurer-to-customer",
   "employment legal expenses: named customer's claim for unpaid overtime, hourly wage and monthly salary figures")
def _m114():
    body = """Sehr geehrter Herr Brandhorst,

vielen Dank für die Unterlagen. Für Ihre Forderung gegen Ihren
Arbeitgeber, die Spedition Möhle GmbH, auf Vergütung von Überstunden
besteht Versicherungsschutz aus Ihrem Arbeits-Rechtsschutz
(Vertrag RS 40-301 552-7, Schadennummer RSL-2026-08315).

Nach Ihrer Aufstellung geht es um 214 Überstunden von Januar bis Juni
2026. Bei Ihrem Bruttomonatsgehalt von 3.850 EUR und einer vertraglichen
Arbeitszeit von 40 Stunden entspricht das einem Stundenlohn von rund
22,21 EUR, also einer Forderung von ca. 4.753 EUR brutto.

Wichtig: Die Abmahnung vom 03.07.2026, die Sie ebenfalls erwähnen, ist
nach Ihrer Schilderung erst nach Ihrer Geltendmachung der Überstunden
ausgesprochen worden. Wenn Sie auch dagegen vorgehen möchten, ist das
ein eigener Rechtsschutzfall – wir sagen ihn gern mit zu, bitte
schicken Sie uns die Abmahnung.

Denken Sie bitte an mögliche Ausschlussfristen in Ihrem Arbeits- oder
Tarifvertrag (oft drei Monate) und lassen Sie die Ansprüche zügig von
einem Anwalt schriftlich geltend machen.

""" + S("brandes") + "\n\n" + FOOT_DE
    return mail(114, F("brandes"), "Dennis Brandhorst <d.brandhorst@netzpost.example>",
                "Ihre Deckungsanfrage – RSL-2026-08315", D("2026-09-10 09:50"), T(body))


# ---- d201-0115 ------------------------------------------------------------
@M(115, "STRICTLY_CONFIDENTIAL", "de", "company",
   "ZIP from a municipal utility holding the HR mail (.eml) and an ODS list of named company pensioners with birth dates and pensions; outer text neutral")
def _m115():
    hr_mail = inner('"Gerdes, Frank" <f.gerdes@stadtwerke-altmoor.example>', "jonas.petersen@elbmark-versicherung.example",
                    "Rentnerbestand Direktversicherung – Abgleich 2026", D("2026-09-14 13:30"),
                    T("""Sehr geehrter Herr Petersen,

anbei unser Rentnerbestand für den Abgleich mit Ihren Rentenzahlungen
aus den Direktversicherungen. Bei Herrn Wolters hat sich die Anschrift
geändert (Umzug ins Seniorenheim Haus Lindenhof), bei Frau Hagedorn ist
die Witwenrente neu seit 01.07.2026 nach dem Tod ihres Mannes.

Die Liste schicke ich als ZIP, weil unser Mailsystem ODS-Dateien
manchmal blockiert.

Mit freundlichen Grüßen
Frank Gerdes
Personalabteilung
Stadtwerke Altmoor GmbH
"""), n=115, mailer="outlook").as_bytes(policy=SMTP)
    rows = [["Name", "Vorname", "geb.", "Vertrag", "Rentenbeginn", "Rente mtl. (EUR)", "Art", "Anschrift"],
            ["Wolters", "Heinrich", "03.05.1955", "DV-3310-00011", "01.06.2020", 412.80, "Altersrente",
             "Haus Lindenhof, Lindenweg 4, 21640 Altmoor"],
            ["Hagedorn", "Gisela", "17.09.1957", "DV-3310-00027", "01.07.2026", 238.15, "Witwenrente (60 %)",
             "Mühlenstraße 12, 21640 Altmoor"],
            ["Beekmann", "Rolf", "21.12.1958", "DV-3310-00034", "01.01.2024", 356.40, "Altersrente",
             "Am Deich 3, 21643 Beckdorf"],
            ["Sadowski", "Ewa", "08.02.1960", "DV-3310-00052", "01.03.2025", 189.90, "Altersrente",
             "Kirchstraße 30a, 21640 Altmoor"],
            ["Tiedemann", "Klaus-Dieter", "14.07.1961", "DV-3310-00061", "01.08.2025", 402.55,
             "Erwerbsminderungsrente", "Bahnhofstraße 7, 21614 Buxtehude"]]
    data = ods([("Rentner 2026", rows)], creator="Frank Gerdes", created="2026-09-14 13:10",
               title="Rentnerbestand Stadtwerke Altmoor")
    z = zipf([("Rentnerbestand_2026/Rentnerbestand_Stadtwerke_Altmoor_2026.ods", data),
              ("Rentnerbestand_2026/Anschreiben_Stadtwerke.eml", hr_mail)], when=(2026, 9, 14, 13, 28, 0))
    body = """Hallo Kerstin,

hier das ZIP von den Stadtwerken für den jährlichen Abgleich, ich habe es
nicht entpackt. Kannst du das bis Monatsende mit den Zahlungen
abgleichen?

Danke,
Jonas
"""
    return mail(115, F("petersen"), F("blohm"), "WG: Rentnerbestand Direktversicherung – Abgleich 2026",
                D("2026-09-15 08:04"),
                MULTI("mixed", T(body), A(z, "application/x-zip-compressed", "Rentnerbestand_2026.zip")))


# ---- d201-0116 ------------------------------------------------------------
@M(116, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
   "group accident claim (text + HTML): named field engineer fell from a ladder, heel-bone fracture, surgery, benefits")
def _m116():
    text = """Dear Tom,

Thank you for the accident report for Mr Yassin Haddad (group accident
policy GU 2022/00519, claim U-26-00671).

According to the report and the hospital's discharge letter, Mr Haddad
fell from a ladder of about 2.5 m while inspecting an inverter at the
Lüneburg-Ost solar park on 1 September 2026. He sustained a fracture of
the right heel bone (calcaneus, S92.0), which was operated on at
Klinikum Lüneburg on 3 September (plate osteosynthesis). He was in
hospital until 9 September and will not be able to bear weight on the
foot for about eight weeks.

Payments now:
  Hospital daily benefit   9 days x EUR 50    EUR   450.00
  Fracture lump sum                            EUR 1,000.00
  Total                                        EUR 1,450.00

As this is insurance for the account of the insured person, we pay the
amount to TerraVolt; please pass it on to Mr Haddad with his next
salary. We will assess a possible invalidity benefit once treatment is
complete.

""" + S("brodersen") + "\n\n" + FOOT_EN
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Tom,</p>
<p>Thank you for the accident report for <b>Mr Yassin Haddad</b> (group accident policy GU&nbsp;2022/00519, claim
U-26-00671).</p>
<p>According to the report and the hospital's discharge letter, Mr Haddad fell from a ladder of about 2.5&nbsp;m while
inspecting an inverter at the L&uuml;neburg-Ost solar park on 1&nbsp;September&nbsp;2026. He sustained a fracture of the
right heel bone (calcaneus, S92.0), which was operated on at Klinikum L&uuml;neburg on 3&nbsp;September (plate
osteosynthesis). He was in hospital until 9&nbsp;September and will not be able to bear weight on the foot for about
eight weeks.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Hospital daily benefit, 9 days x EUR 50</td><td align="right">EUR 450.00</td></tr>
<tr><td>Fracture lump sum</td><td align="right">EUR 1,000.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>EUR 1,450.00</b></td></tr>
</table>
<p>As this is insurance for the account of the insured person, we pay the amount to TerraVolt; please pass it on to
Mr Haddad with his next salary. We will assess a possible invalidity benefit once treatment is complete.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Kai-Uwe Brodersen<br>Leistung Unfallversicherung (Einzel und Gruppe)<br>
Elbmark Versicherung AG<br>Telefon 040 6090-2530</p>
</body></html>
"""
    return mail(116, F("brodersen"), "Tom Ashby <tom.ashby@terravolt-energy.example>",
                "Claim U-26-00671 - Mr Haddad", D("2026-09-16 14:25"), ALT(T(text), HTML(html)), mailer="outlook-en")


# ---- d201-0117 ------------------------------------------------------------
@M(117, "NORMAL", "en", "internal",
   "trap: wiki notification with an excerpt of the internal FAQ on handling employer lists (health data, portal, encryption); no person")
def _m117():
    body = """Priya Raman updated the page "FAQ: employee lists from employers"
in space GROUP BENEFITS.

Change comment: added section on payroll providers

Excerpt:
  Q: An employer e-mails us an Excel file with names, dates of birth and
     plan codes for the company health plan. What do I do?
  A: Save it to the case, delete the mail and the attachment from the
     mailbox, and ask the employer to use the portal next time. Never
     forward such files outside the team. Replies that quote the list
     must go through secure mail.

  Q: A payroll provider sends files on behalf of an employer.
  A: Same rule - the payroll provider is the employer's processor. Check
     the data processing agreement on the employer's record before you
     reply with any member data.

  Q: Can I send aggregated reports by normal e-mail?
  A: Yes, if no cell has fewer than 10 people and there are no names,
     member numbers or claim details.

View page: https://wiki.elbmark-versicherung.example/display/GB/FAQ+employee+lists
Stop watching this page: https://wiki.elbmark-versicherung.example/users/removespacenotification.action?spaceKey=GB
"""
    return mail(117, '"Elbmark Wiki" <wiki-noreply@elbmark-versicherung.example>', F("whitfield"),
                "[Wiki] Priya Raman updated \"FAQ: employee lists from employers\"", D("2026-09-18 11:02"),
                T(body, charset="us-ascii", cte="7bit"), mailer="none",
                extra=[("Auto-Submitted", "auto-generated")])


# ---- d201-0118 ------------------------------------------------------------
@M(118, "CONFIDENTIAL", "de", "insurer-to-customer",
   "short mobile reply on a glass breakage claim (ceramic hob): named customer, claim number, payout")
def _m118():
    body = """Hallo Frau Gerdau,

alles klar, danke für das Foto. Das Ceranfeld ist über Ihre
Glasversicherung (GL 20 118 440) mitversichert, Schaden-Nr.
GL-S-26-000902. Wir zahlen die Rechnung des Elektrikers (498,60 EUR)
direkt an Elektro Stüve, sobald sie da ist. Sie müssen nichts weiter tun.

""" + S("demir")
    return mail(118, F("demir"), "Nicole Gerdau <nicole.gerdau@mobilpost.example>",
                "AW: Ceranfeld gesprungen", D("2026-09-21 17:48"), T(body, cte="8bit"), mailer="iphone",
                irt="<9A2F11C4-7D0B-4E5A-9C1E-2B6D8F0A3C77@mobilpost.example>")


# ---- d201-0119 ------------------------------------------------------------
@M(119, "NORMAL", "en", "insurer-to-customer",
   "trap: prospect moving to Germany asks about international health insurance; generic answer on pre-existing conditions and waiting periods")
def _m119():
    body = """Dear Mr Okonkwo,

Thank you for your enquiry about health insurance for your move to
Hamburg.

In Germany health insurance is compulsory. As an employee you will
normally join a statutory health fund; private health insurance such as
ours is an option if your salary is above the threshold (EUR 73,800 in
2026) or if you are self-employed.

Some general points, since you asked:
- Private health insurance asks health questions before acceptance.
  Pre-existing conditions can lead to a premium loading or an exclusion;
  we decide case by case.
- There are no waiting periods for accidents; for dental prosthetics and
  psychotherapy waiting periods of up to eight months can apply.
- For the first months before you have a German contract, our
  international travel health plan covers emergencies.

If you would like a personal quote, our advisers can call you - please
don't send us any medical information by e-mail.

""" + S("whitfield") + "\n\n" + FOOT_EN + "\n\n" + DISCLAIMER_EN
    return mail(119, F("whitfield"), "Chinedu Okonkwo <c.okonkwo@postbox-uk.example>",
                "Your enquiry: health insurance in Germany", D("2026-09-22 10:40"), T(body), mailer="outlook-en")


# ---- d201-0120 ------------------------------------------------------------
@M(120, "STRICTLY_CONFIDENTIAL", "de", "customer",
   "hotel employee's mail (windows-1252) about periodontitis treatment and bKV reimbursement, forwarded by the bKV team to health claims")
def _m120():
    body = """Hallo Leistung Kranken,

Frau Lemke aus dem Ostholm-Rahmenvertrag (BKV-K-300912) hat sich an
uns gewandt statt an euch. Bitte übernehmt ihr. Ich habe ihr gesagt,
dass ihr euch meldet.

Viele Grüße
Miriam

> Von: Sophie Lemke <sophie.lemke@handypost.example>
> Gesendet: Montag, 28. September 2026 23:16
> An: bkv@elbmark-versicherung.example
> Betreff: Parodontose Behandlung - zahlt die bKV??
>
> Hallo,
>
> ich bin über das Hotel Ostholm Strand bei Ihnen versichert (bKV). Meine
> Zahnärztin hat bei mir eine Parodontitis festgestellt, Stadium III, und
> will eine systematische Behandlung machen (PAR-Therapie, 4 Sitzungen) und
> danach UPT. Der Heil- und Kostenplan sagt 1.380 € Eigenanteil.
>
> Zahlt das die bKV oder nur die Zahnreinigung? Im Intranet steht nur
> "Zahnbehandlung 100 % bis 300 €". Ich bin erst 23 und hab echt nicht mit
> sowas gerechnet :(
>
> Danke!!
> Sophie Lemke, geb. 08.10.2003
"""
    return mail(120, F("achterberg"), "Leistung Kranken <leistung-kranken@elbmark-versicherung.example>",
                "WG: Parodontose Behandlung - zahlt die bKV??", D("2026-09-29 08:37"),
                T(body, charset="windows-1252", cte="quoted-printable"))


# ---- d201-0121 ------------------------------------------------------------
@M(121, "CONFIDENTIAL", "de", "insurer-to-employee",
   "insurer as employer: corrected annual wage-tax certificate for an own employee with tax ID and income figures")
def _m121():
    body = """Hallo Herr Kappel,

wie telefonisch besprochen: In Ihrer Lohnsteuerbescheinigung 2025 war
der geldwerte Vorteil für das Jobticket versehentlich doppelt enthalten.
Wir haben die Bescheinigung korrigiert und elektronisch neu an das
Finanzamt übermittelt.

  Steuer-ID:                        58 914 302 776
  Bruttoarbeitslohn (Zeile 3) alt:  54.212,40 EUR
  Bruttoarbeitslohn (Zeile 3) neu:  53.564,40 EUR
  einbehaltene Lohnsteuer:          8.917,00 EUR (unverändert)

Falls Ihr Einkommensteuerbescheid 2025 schon ergangen ist, können Sie
mit der korrigierten Bescheinigung eine Änderung beantragen. Die
Ausfertigung für Ihre Unterlagen liegt ab morgen in Ihrem
Mitarbeiterportal unter "Meine Dokumente".

""" + S("feddersen")
    return mail(121, F("feddersen"), '"Kappel, Sebastian" <sebastian.kappel@elbmark-versicherung.example>',
                "Korrigierte Lohnsteuerbescheinigung 2025", D("2026-03-02 14:55"), T(body))


# ---- d201-0122 ------------------------------------------------------------
@M(122, "NORMAL", "de", "insurer-to-company",
   "trap: confirmation that a scaffolding company's whole group accident contract ends; no insured person named")
def _m122():
    body = """Sehr geehrter Herr Albrecht,

wir bestätigen Ihnen die Kündigung Ihres Gruppenunfallvertrags
GU 2017/00277 zum 31.12.2026. Der Versicherungsschutz für alle
versicherten Personen endet an diesem Tag um 24:00 Uhr.

Bitte informieren Sie Ihre Mitarbeitenden rechtzeitig darüber. Wer den
Schutz privat fortführen möchte, kann innerhalb von drei Monaten nach
Vertragsende ohne erneute Gesundheitsprüfung eine Einzel-
Unfallversicherung bei uns abschließen; das Angebot gilt für alle, die
am 31.12.2026 versichert waren.

Unfälle, die bis zum 31.12.2026 passieren, regulieren wir selbstverständlich
auch danach noch nach den bisherigen Bedingungen.

Schade, dass Sie gehen - vielleicht sehen wir uns wieder.

""" + S("wennemann") + "\n\n" + FOOT_DE
    return mail(122, F("wennemann"), "Uwe Albrecht <info@elbtal-geruestbau.example>",
                "Kündigungsbestätigung GU 2017/00277", D("2026-10-06 10:00"), T(body, charset="iso-8859-1",
                                                                                cte="quoted-printable"))


# ---- d201-0123 ------------------------------------------------------------
@M(123, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "life application: decision postponed pending cardiology (echocardiogram, left ventricular hypertrophy) for a named applicant")
def _m123():
    body = """Dear Mr Brennan,

Thank you for your patience with your application for term life cover
(our reference LA-26-118204). We have now received the report from your
GP, Dr Pryce.

The report mentions that an ECG in April showed signs of a thickened
heart muscle (left ventricular hypertrophy), probably related to your
high blood pressure, and that you have been referred to a cardiologist
for an echocardiogram. Until the result of this examination is available
we are unfortunately not able to make a final decision, so we have to
postpone it.

Please send us the cardiologist's report as soon as you have it, through
our secure upload link:
https://upload.elbmark-versicherung.example/gpr/LA-26-118204

Depending on the result, we expect to be able to offer cover either on
normal terms or with a premium loading. Your application remains open
for six months; no new health questions will be needed within that time.

Yours sincerely,

""" + S("steenbock") + "\n\n" + FOOT_EN
    return mail(123, F("steenbock"), "Oliver Brennan <oliver.brennan@postbox-uk.example>",
                "Your life insurance application LA-26-118204", D("2026-06-23 09:15"), T(body), mailer="outlook-en")


# ---- d201-0124 ------------------------------------------------------------
@M(124, "CONFIDENTIAL", "de", "insurer-to-company",
   "company bike stolen: named employee, frame number, police reference, replacement value to the leasing company")
def _m124():
    body = """Sehr geehrte Frau Jansen,

zum Diebstahl des Dienstrads von Frau Friederike Mertens (Dienstrad-
Versicherung FR-DR-2026-0088, Schaden-Nr. FR-S-26-000233):

  Rad:          Riese & Müller Charger4 GT vario, Rahmen-Nr. RM4C091177
  Diebstahl:    05.10.2026, Bahnhof Lüneburg, Fahrradparkhaus, mit
                Bügelschloss angeschlossen
  Anzeige:      Polizeiinspektion Lüneburg, Vorgangs-Nr. 1187/26-LG

Das Rad ist gegen Diebstahl auch an öffentlichen Abstellplätzen
versichert, wenn es mit einem zugelassenen Schloss angeschlossen war –
das war hier der Fall. Wir zahlen den Zeitwert von 5.624,10 EUR
(Kaufpreis abzüglich 10 % Abschreibung im ersten Jahr) an RadWerk Leasing
als Eigentümerin; der Leasingvertrag endet damit.

Frau Mertens kann über Sie ein neues Dienstrad bestellen, die
Versicherung läuft dann unter derselben Police weiter.

""" + S("grell") + "\n\n" + FOOT_DE
    return mail(124, F("grell"), "Meike Jansen <m.jansen@brueckner-maschinenbau.example>",
                "Diebstahl Dienstrad F. Mertens – FR-S-26-000233", D("2026-10-09 11:12"), T(body))


# ---- d201-0125 ------------------------------------------------------------
@M(125, "CONFIDENTIAL", "de", "insurer-to-company",
   "rent-deposit guarantees as employee benefit: two named employees, landlords, flats and guarantee amounts; non-personal line")
def _m125():
    body = """Hallo Herr Sommer,

die beiden Mietkautionsbürgschaften aus Ihrem Benefit-Rahmenvertrag
KB-RV-25-0007 sind ausgestellt, die Urkunden gehen direkt an die
Vermieter:

  1. Herr Kofi Osei
     Wohnung: Bahnhofstraße 22, 2. OG links, 21614 Buxtehude
     Vermieter: Wohnungsbaugenossenschaft Buxtehude eG
     Bürgschaftssumme: 2.340,00 EUR (3 Kaltmieten)
     Bürgschafts-Nr.: KB-26-011873

  2. Frau Jule Weidemann
     Wohnung: Apensener Straße 8a, 21614 Buxtehude
     Vermieter: Herr Gerd Oltmanns, privat
     Bürgschaftssumme: 1.620,00 EUR
     Bürgschafts-Nr.: KB-26-011874

Die Jahresgebühr (4,5 % der Summe, zusammen 178,20 EUR) rechnen wir wie
vereinbart mit Ihnen ab, nicht mit den Mitarbeitenden.

""" + S("grell")
    return mail(125, F("grell"), "Dirk Sommer <d.sommer@kaltenbach-logistik.example>",
                "Mietkautionsbürgschaften Osei / Weidemann", D("2026-10-12 15:30"), T(body), mailer="thunderbird")


# ---- d201-0126 ------------------------------------------------------------
@M(126, "NORMAL", "en", "insurer-to-company",
   "trap: quarterly group benefits invoice (PDF) to a company: headcounts per plan, premiums, company bank details, no person")
def _m126():
    body = """Dear Veltrup accounts payable team,

Please find attached the invoice for your group benefits schemes for the
fourth quarter of 2026. The amount is due on 1 October 2026 and will be
collected by SEPA company direct debit as usual.

This e-mail was generated automatically.

Elbmark Versicherung AG - Group Benefits Billing

""" + FOOT_EN
    lines = [
        "# Invoice Q4 2026 - Group Benefits",
        "Veltrup Software AG - Accounts Payable - Großer Burstah 41 - 20457 Hamburg",
        "Invoice no. GB-26-4-00877 - Date 15 September 2026 - Customer no. FK-0044172",
        "",
        "## Schemes",
        "Group life GL/VELTRUP/02: 214 lives, sum insured EUR 31.8m, 1.12 per mille p.a. -> EUR 8,904.00",
        "Company health plan BKV-K-301031, Budget 900: 209 members x EUR 36.40 x 3 months -> EUR 22,822.80",
        "Group income protection GIP/VELTRUP/01: 214 lives, 0.86 % of salary roll -> EUR 11,761.25",
        "Pet insurance benefit TK-GR-26-0012: 19 pets -> EUR 1,368.00",
        "Employee legal plan RS-GR-24-0008: 214 employees x EUR 4.10 x 3 months -> EUR 2,632.20",
        "",
        "## Total due: EUR 47,488.25 (insurance tax included where applicable)",
        "",
        "Collection by SEPA B2B direct debit on 1 October 2026 from DE52 2075 0000 4951 4534 90 (Veltrup Software AG)",
        "Creditor: Elbmark Versicherung AG, IBAN DE44 2019 0003 0037 7985 56",
    ]
    data = pdf(lines, title="Invoice GB-26-4-00877", author="Elbmark Group Benefits Billing", created="2026-09-15 05:00")
    return mail(126, '"Elbmark Group Benefits Billing" <billing@elbmark-versicherung.example>',
                "Veltrup Accounts Payable <ap@veltrup-software.example>",
                "Invoice GB-26-4-00877 - Group Benefits Q4 2026", D("2026-09-15 05:12"),
                MULTI("mixed", T(body), A(data, "application/pdf", "Invoice_GB-26-4-00877.pdf")), mailer="system")


# ---- d201-0127 ------------------------------------------------------------
@M(127, "NORMAL", "de", "internal",
   "trap: schedule of the company doctor's screen-work eye examinations by department, voluntary, no names or results")
def _m127():
    body = """Liebe Führungskräfte,

die arbeitsmedizinische Angebotsvorsorge "Bildschirmarbeit" (Sehtest
und Beratung, früher G 37) findet in diesem Herbst nach folgendem Plan
statt, jeweils im Sanitätsraum 4.12:

  03.11.  Leistung Kranken, Leistung Leben
  04.11.  Kollektiv Personenversicherung, Aktuariat
  05.11.  Schaden Sach/Kfz/Haftpflicht, Rechtsschutz
  10.11.  IT, Einkauf, Personal, Unternehmenskommunikation
  11.11.  Nachholtermin für alle

Die Teilnahme ist freiwillig. Die Beschäftigten buchen ihre Termine
selbst im Intranet. Ergebnisse erhält nur die untersuchte Person; die
Führungskraft erfährt lediglich, dass die Vorsorge angeboten wurde. Die
Kosten für eine Bildschirmarbeitsplatzbrille übernimmt der Arbeitgeber,
wenn der Betriebsarzt sie empfiehlt.

Bitte geben Sie die Termine in Ihren Teams weiter.

""" + S("feddersen")
    return mail(127, F("feddersen"), "Führungskräfte Hamburg <fuehrungskraefte@elbmark-versicherung.example>",
                "Vorsorge Bildschirmarbeit – Termine November", D("2026-10-14 09:20"), T(body))


# ---- d201-0128 ------------------------------------------------------------
@M(128, "STRICTLY_CONFIDENTIAL", "en", "internal",
   "HR's health declarations (XLSX) for two named employees above the group-life free cover limit forwarded to the medical officer")
def _m128():
    body = """Hi Ralf,

Veltrup's HR uploaded the health declarations for the two new joiners
whose group life cover exceeds the free cover limit (EUR 400,000). Could
you give me your decision on both? The spreadsheet is exactly what they
uploaded; I haven't changed anything.

Thanks,
Priya

""" + S("raman")
    rows = [["Employee", "Date of birth", "Sum insured (EUR)", "Above FCL (EUR)", "Q1 treatment last 5 yrs",
             "Q2 medication", "Q3 hospital last 5 yrs", "Q4 off work > 4 weeks", "Details"],
            ["Hoffmann, Alexander", "1979-08-02", 540000, 140000, "Y", "Y", "N", "N",
             "hypertension since 2022, candesartan 8 mg; sleep apnoea, CPAP at night"],
            ["Nwosu, Grace", "1988-01-29", 465000, 65000, "Y", "N", "Y", "Y",
             "2023 breast lump removed (benign fibroadenoma), 2024 burnout, 7 weeks off work, therapy finished"]]
    data = xlsx([("Health declarations", rows)], creator="Lukas Brandt", created="2026-10-15 17:20")
    return mail(128, F("raman"), F("steenbock"), "Veltrup - 2 health declarations above FCL", D("2026-10-16 09:05"),
                MULTI("mixed", T(body), A(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "Veltrup_health_declarations_2026-10.xlsx")), mailer="outlook-en")


# ---- d201-0129 ------------------------------------------------------------
@M(129, "CONFIDENTIAL", "en", "insurer-to-customer",
   "motor partial-cover claim for a windscreen chip: named expat customer, plate, claim number, no excess")
def _m129():
    body = """Dear Mr Adebayo,

Thanks for reporting the stone chip in the windscreen of your Škoda
(HH-TA 3001). Under your partial cover (policy KF-26-1177302) a repair
is free of charge - no excess applies to repairs, only to a replacement.

Claim number: KS-26-0311874

You can take the car to any of our partner glass workshops without an
appointment; the nearest to you is Glas-Express Hamm, Hammer Steindamm
60. Please give them the claim number; they will bill us directly.

""" + S("voss")
    return mail(129, F("voss"), "Tunde Adebayo <tunde.adebayo@mailbox-nord.example>",
                "Windscreen chip - KS-26-0311874", D("2026-10-19 12:02"), T(body), mailer="outlook-en")


# ---- d201-0130 ------------------------------------------------------------
@M(130, "CONFIDENTIAL", "de", "insurer-to-customer",
   "sole-trader bakery (natural person): cold-store failure, spoiled goods and interruption claim with amounts and policy")
def _m130():
    body = """Moin Herr Lindemann,

zu Ihrem Schaden vom Wochenende (Schaden-Nr. GS-S-26-000517, Vertrag
Gewerbe-Inhalt GI 30 887 114, Bäckerei Lindemann e. K., Stader Straße 41,
21614 Buxtehude):

Der Kühlzellen-Verdichter ist laut Bericht von Kälte-Bruns am
Samstagabend durch einen Kurzschluss in der Steuerplatine ausgefallen.
Versichert sind über Ihren Baustein "Elektronik und Verderb":

  Reparatur Verdichter und Platine            2.184,00 EUR
  verdorbene Ware (Sahne, Butter, Teiglinge)     1.390,50 EUR
  Ertragsausfall Sonntag (Filiale geschlossen)     860,00 EUR
  abzgl. Selbstbeteiligung                        -250,00 EUR
  Entschädigung                                 4.184,50 EUR

Für den Ertragsausfall brauche ich noch die Kassenberichte der letzten
vier Sonntage. Den Rest zahlen wir schon jetzt auf Ihr Geschäftskonto.

""" + S("grell")
    return mail(130, F("grell"), "Jürgen Lindemann <info@baeckerei-lindemann.example>",
                "Kühlzelle – GS-S-26-000517", D("2026-10-20 08:10"), T(body))


# ---- d201-0131 ------------------------------------------------------------
@M(131, "NORMAL", "de", "insurer-to-broker",
   "trap: broker receives the group accident policy wording excerpt (PDF) with invalidity, Gliedertaxe, illness contribution; no person")
def _m131():
    body = """Hallo Herr Matthiesen,

anbei wie gewünscht der Auszug aus den Gruppenunfall-Bedingungen
AUB-G 2026 mit den Abschnitten Invalidität, Gliedertaxe und Mitwirkung.
Die vollständigen Bedingungen stehen im Maklerportal unter
Produkte > Unfall > Gruppe.

Falls Ihr Kunde eine Gegenüberstellung mit seinem bisherigen Versicherer
braucht: Schicken Sie mir einfach dessen Bedingungen, dann machen wir
eine Synopse.

""" + S("iversen")
    lines = [
        "# Allgemeine Unfallversicherungs-Bedingungen Gruppe (AUB-G 2026) - Auszug",
        "",
        "## 2.1 Invaliditätsleistung",
        "2.1.1 Die versicherte Person ist durch den Unfall auf Dauer in ihrer körperlichen oder geistigen",
        "Leistungsfähigkeit beeinträchtigt (Invalidität). Die Invalidität ist innerhalb von 15 Monaten nach dem",
        "Unfall eingetreten und innerhalb dieser Frist von einem Arzt schriftlich festgestellt worden.",
        "",
        "## 2.1.2.2.1 Gliedertaxe (Auszug)",
        "Arm 70 % - Hand 55 % - Daumen 25 % - Zeigefinger 12 % - anderer Finger 5 %",
        "Bein über der Mitte des Oberschenkels 70 % - Fuß 40 % - große Zehe 5 % - andere Zehe 2 %",
        "Auge 60 % - Gehör auf einem Ohr 35 % - Geruchssinn 10 % - Geschmackssinn 5 %",
        "",
        "## 2.1.2.2.3 Bemessung außerhalb der Gliedertaxe",
        "Für andere Körperteile und Sinnesorgane richtet sich der Invaliditätsgrad danach, inwieweit die normale",
        "körperliche oder geistige Leistungsfähigkeit insgesamt beeinträchtigt ist.",
        "",
        "## 3. Mitwirkung von Krankheiten oder Gebrechen",
        "Haben Krankheiten oder Gebrechen bei der durch ein Unfallereignis verursachten Gesundheitsschädigung",
        "oder deren Folgen mitgewirkt, mindert sich die Leistung entsprechend dem Anteil der Krankheit oder des",
        "Gebrechens. Beträgt der Mitwirkungsanteil weniger als 40 %, unterbleibt die Minderung.",
        "",
        "## 5.2 Nicht versicherte Gesundheitsschäden (Auszug)",
        "Bandscheibenschäden, Blutungen aus inneren Organen und Gehirnblutungen sind nur versichert, wenn ein",
        "versichertes Unfallereignis die überwiegende Ursache ist. Krankhafte Störungen infolge psychischer",
        "Reaktionen sind nicht versichert.",
    ]
    data = pdf(lines, title="AUB-G 2026 Auszug", author="Elbmark Produktmanagement Unfall", created="2026-01-02 08:00")
    return mail(131, F("iversen"), "Jörg Matthiesen <j.matthiesen@hafenkontor-makler.example>",
                "AUB-G 2026 – Auszug Invalidität/Gliedertaxe", D("2026-10-21 13:05"),
                MULTI("mixed", T(body), A(data, "application/pdf", "AUB-G_2026_Auszug.pdf")))


# ---- d201-0132 ------------------------------------------------------------
@M(132, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
   "expat assignee's stroke in Singapore and medical evacuation to Hamburg, reported to HR and global mobility with the husband's consent")
def _m132():
    body = """Dear Rachel, dear Daniel,

I'm sorry to have to write with difficult news. Mr Solberg has asked us to
inform you, and has given his consent to share the following.

Ms Ingrid Solberg (member EGH-0441-3402-01) suffered an ischaemic stroke
in Singapore on 24 October 2026 and has been treated on the stroke unit of
Mount Elisabeth Hospital since then. She received thrombolysis within the
time window; she is stable, but has a weakness of the left arm and some
speech difficulties.

The treating neurologist and our medical team have agreed that she is fit
for a medical evacuation by air ambulance with a doctor and nurse on
board. MedAssist Global has organised the flight for 31 October, arriving
in Hamburg on 1 November, with direct admission to the neurological
early-rehabilitation unit of Klinikum St. Jakobi Lüneburg, close to her
family. Her husband will travel on the same flight.

All costs (treatment in Singapore, air ambulance, rehabilitation) are
covered under the Global Health Plan; no one needs to advance any money.

Please keep the details within the smallest possible group at Marlow.
For sick-leave purposes, HR only needs to know that she is unfit for work
until further notice; we will not send medical details to HR.

""" + S("whitfield") + "\n\n" + FOOT_EN
    return mail(132, F("whitfield"), "Rachel Kim <rachel.kim@marlowbio.example>",
                "Ingrid Solberg - medical evacuation", D("2026-10-28 18:40"), T(body),
                cc="Daniel Okafor <global.mobility@marlowbio.example>", mailer="outlook-en",
                extra=[("Importance", "high"), ("Sensitivity", "Private")])


# ---- d201-0133 ------------------------------------------------------------
@M(133, "NORMAL", "de", "insurer-to-dentist",
   "trap: dental practice asks how to submit treatment and cost plans digitally; generic process answer with implant/HKP vocabulary, no patient")
def _m133():
    body = """Sehr geehrte Frau Dr. Rosenbaum,

vielen Dank für Ihre Nachfrage. Heil- und Kostenpläne für unsere
Versicherten können Sie uns ab sofort digital übermitteln:

1. Über das Leistungserbringer-Portal
   (https://partner.elbmark-versicherung.example/zahn) – Registrierung
   mit Ihrer KZV-Abrechnungsnummer. Die Patientin bzw. der Patient muss
   der Übermittlung auf dem HKP zugestimmt haben.
2. Über Ihre Praxissoftware, sofern sie die Schnittstelle "ZA-Direkt"
   unterstützt (z. B. bei Implantaten, Kronen und Brücken).

Wir prüfen HKPs in der Regel innerhalb von fünf Arbeitstagen und
antworten über denselben Weg. Bitte schicken Sie uns keine HKPs oder
Röntgenbilder per E-Mail oder Fax mehr.

Bei Fragen zum Portal hilft Ihnen unser Partnerservice unter
040 6090-2299.

""" + S("krueger") + "\n\n" + FOOT_DE
    return mail(133, F("krueger"), '"Zahnarztpraxis Dr. Rosenbaum" <praxis@zahnarzt-rosenbaum.example>',
                "Digitale Übermittlung von Heil- und Kostenplänen", D("2026-10-22 10:10"), T(body))


# ---- d201-0134 ------------------------------------------------------------
@M(134, "CONFIDENTIAL", "de", "insurer-to-customer",
   "buildings insurance premium adjustment by construction price index: named customer, insured address, policy and new premium")
def _m134():
    body = """Sehr geehrte Frau Dammann,

zum 01.01.2027 passen wir den Beitrag Ihrer Wohngebäudeversicherung
WG 61 774 020 (Osterjork 144, 21635 Jork) an den gestiegenen
Baupreisindex an, wie es in Ihrem Vertrag vereinbart ist
(gleitender Neuwert).

  Baupreisindex bisher:   19,84
  Baupreisindex neu:      20,51 (+3,4 %)
  Jahresbeitrag bisher:   1.102,40 EUR
  Jahresbeitrag neu:      1.139,88 EUR (inkl. Versicherungsteuer)

Ihr Schaden aus dem Mai hat auf den Beitrag keinen Einfluss. Ein
Sonderkündigungsrecht besteht bei einer Anpassung nach dem Baupreisindex
nicht, weil sich der Versicherungsumfang im gleichen Maß erhöht.

""" + S("berger") + "\n\n" + FOOT_DE
    return mail(134, F("berger"), "Heike Dammann <heike.dammann@altesland-mail.example>",
                "Beitragsanpassung 2027 – WG 61 774 020", D("2026-11-02 06:30"), T(body), mailer="system")


# ---- d201-0135 ------------------------------------------------------------
@M(135, "NORMAL", "en", "insurer-to-partner",
   "trap: SLA review minutes (DOCX) with the assistance provider: case counts, medical evacuations, response times; no patient")
def _m135():
    body = """Dear Marcus,

Attached are the minutes of Tuesday's quarterly SLA review. Please let me
know by Friday if anything needs correcting; otherwise I'll file them as
final.

""" + S("whitfield")
    doc = docx([("h", "SLA Review Q3 2026 - Elbmark / MedAssist Global"),
                "Date: 3 November 2026 - Participants: J. Whitfield, P. Raman (Elbmark); M. Falk, A. Costa (MedAssist)",
                ("b", "1. Volumes Q3 2026"),
                ("table", [["Service", "Cases", "SLA target", "Achieved"],
                           ["Guarantees of payment (inpatient)", "118", "95 % within 4 h", "96.6 %"],
                           ["Medical evacuations / repatriations", "9", "plan within 24 h", "9 of 9"],
                           ["Second medical opinions", "14", "report within 10 days", "13 of 14"],
                           ["24/7 hotline calls", "2,311", "80 % answered in 20 s", "84 %"]]),
                ("b", "2. Issues"),
                "One late second opinion (day 12) due to missing imaging from the treating hospital. Agreed: MedAssist "
                "escalates missing documents to Elbmark on day 5.",
                ("b", "3. Data protection"),
                "Case data continue to be exchanged only via the shared case platform; no medical data by e-mail. "
                "Quarterly access review completed, no findings.",
                ("b", "4. Next review"),
                "2 February 2027, Hamburg."],
               creator="Whitfield, James", created="2026-11-05 10:30", title="SLA Review Q3 2026")
    return mail(135, F("whitfield"), "Marcus Falk <m.falk@medassist-global.example>",
                "Minutes SLA review Q3", D("2026-11-05 10:44"),
                MULTI("mixed", T(body), A(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          "Minutes_SLA_Review_Q3-2026.docx")), mailer="outlook-en")


# ---- d201-0136 ------------------------------------------------------------
@M(136, "NORMAL", "de", "newsletter",
   "trap: broker newsletter (text+HTML) on new group tariffs: bKV budgets, group BU without health questions, group accident; no person")
def _m136():
    text = """Elbmark Maklerpost Kollektiv 4/2026

Liebe Maklerpartnerinnen und Maklerpartner,

neue Kollektivtarife ab 01.01.2027:

* bKV Budget 1.200: das höchste Budget im Markt, inkl. Hörgeräte und
  Sehhilfen ohne Wartezeit.
* Gruppen-BU ohne Gesundheitsfragen ab 25 versicherten Personen bis zu
  einer BU-Rente von 1.500 EUR (vorher 50 Personen).
* Gruppenunfall mit Progression 500 % und Mitwirkungsgrenze 40 %.

Courtage: unverändert, Bestandspflege Kollektiv +0,2 Prozentpunkte.

Webinar für Makler: 19.11.2026, 10 Uhr – Anmeldung im Maklerportal.

Abmelden: https://makler.elbmark-versicherung.example/maklerpost/abmelden
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;max-width:640px">
<h2 style="color:#0a4d68">Maklerpost Kollektiv 4/2026</h2>
<p>Liebe Maklerpartnerinnen und Maklerpartner,</p>
<p>neue Kollektivtarife ab 01.01.2027:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8eef3"><th align="left">Produkt</th><th align="left">Neu</th></tr>
<tr><td>bKV Budget 1.200</td><td>h&ouml;chstes Budget im Markt, inkl. H&ouml;rger&auml;te und Sehhilfen ohne Wartezeit</td></tr>
<tr><td>Gruppen-BU</td><td>ohne Gesundheitsfragen ab 25 Personen bis 1.500&nbsp;EUR BU-Rente</td></tr>
<tr><td>Gruppenunfall</td><td>Progression 500&nbsp;%, Mitwirkungsgrenze 40&nbsp;%</td></tr>
</table>
<p>Courtage: unver&auml;ndert, Bestandspflege Kollektiv +0,2 Prozentpunkte.</p>
<p><b>Webinar f&uuml;r Makler:</b> 19.11.2026, 10&nbsp;Uhr &ndash; Anmeldung im Maklerportal.</p>
<p style="font-size:11px;color:#777"><a href="https://makler.elbmark-versicherung.example/maklerpost/abmelden">Abmelden</a></p>
</body></html>
"""
    return mail(136, '"Elbmark Maklerbetreuung" <maklerpost@elbmark-versicherung.example>',
                "Maklerpost Kollektiv <maklerpost-kollektiv@lists.elbmark-versicherung.example>",
                "Maklerpost Kollektiv 4/2026: neue Tarife ab 2027", D("2026-11-09 07:30"),
                ALT(T(text, cte="8bit"), HTML(html, cte="8bit")), mailer="newsletter",
                extra=[("List-Unsubscribe", "<https://makler.elbmark-versicherung.example/maklerpost/abmelden>"),
                       ("Precedence", "bulk")])


# ---- d201-0137 ------------------------------------------------------------
@M(137, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "one-line 'done' reply; the quoted HR mail below lists group-accident leavers with names, birth dates and reasons")
def _m137():
    body = """Hallo Frau Hansen,

danke, ist erledigt – die drei sind zum 31.10. ausgetragen, der Beitrag
wird ab November angepasst.

""" + S("wennemann") + """

-----Ursprüngliche Nachricht-----
Von: Birte Hansen <verwaltung@nordhafen-pflege.example>
Gesendet: Montag, 2. November 2026 08:12
An: Wennemann, Tobias <tobias.wennemann@elbmark-versicherung.example>
Betreff: Abgänge GU 2019/00412

Guten Morgen Herr Wennemann,

bitte folgende Mitarbeitende zum 31.10.2026 aus der Gruppenunfall
herausnehmen:

lfd. 12  Tönjes, Heike       geb. 04.04.1961   Rente
lfd. 23  Abdi, Hodan         geb. 30.11.1997   Kündigung
lfd. 39  Janßen, Tammo       geb. 02.03.2006   Ausbildung abgebrochen

Danke und Gruß
Birte Hansen
Verwaltung · Nordhafen Pflegedienste gGmbH
"""
    return mail(137, F("wennemann"), "Birte Hansen <verwaltung@nordhafen-pflege.example>",
                "AW: Abgänge GU 2019/00412", D("2026-11-03 09:20"), T(body))


# ---- d201-0138 ------------------------------------------------------------
@M(138, "CONFIDENTIAL", "en", "insurer-to-company",
   "business-trip own-car cover: hail damage to a named employee's private car, plate, claim number, repair costs; no injury")
def _m138():
    body = """Dear Tom,

Erik Lindgren's car was damaged by hail on 29 October while parked at his
hotel in Lübeck during his business trip to the Baltic Cable converter
station. It is covered under TerraVolt's business-travel own-car policy DR-K-23-0051
(claim DR-K-S-26-0019):

  Vehicle:    Volvo V60, HL-EL 4412 (Mr Lindgren's private car)
  Damage:     approx. 60 hail dents on roof, bonnet and boot lid
  Repair:     paintless dent repair, estimate EUR 3,480.00
  Excess:     EUR 300 (company policy)

We will pay the workshop directly. Mr Lindgren's own car insurer is not
involved, so his no-claims bonus is not affected. Please confirm that the
trip was authorised by TerraVolt (a line from you is enough).

""" + S("ehlers") + "\n\n" + FOOT_EN
    return mail(138, F("ehlers"), "Tom Ashby <tom.ashby@terravolt-energy.example>",
                "Hail damage E. Lindgren - DR-K-S-26-0019", D("2026-11-04 13:50"), T(body), mailer="outlook-en")


# ---- d201-0139 ------------------------------------------------------------
@M(139, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
   "life insurance death benefit to a widow: deceased's policy, date of death, cause from the death certificate, payout")
def _m139():
    body = """Sehr geehrte Frau Hagedorn,

zunächst möchten wir Ihnen zum Tod Ihres Mannes, Herrn Walter Hagedorn,
unser aufrichtiges Beileid aussprechen.

Wir haben die Sterbeurkunde und die ärztliche Bescheinigung über die
Todesursache (Herzversagen bei bekannter Herzinsuffizienz) erhalten.
Damit sind alle Unterlagen vollständig.

Aus der Kapitallebensversicherung LV 0071.228.904 zahlen wir Ihnen als
Bezugsberechtigter aus:

  Versicherungssumme                        25.000,00 EUR
  Überschussbeteiligung                      7.418,62 EUR
  Gesamt                                    32.418,62 EUR

Der Betrag wird innerhalb von fünf Bankarbeitstagen auf das von Ihnen
genannte Konto überwiesen. Wir melden die Auszahlung, wie gesetzlich
vorgeschrieben, dem Finanzamt (Erbschaftsteuer, § 33 ErbStG).

Zur Witwenrente aus der Direktversicherung Ihres Mannes über die
Stadtwerke Altmoor hat Ihnen mein Kollege bereits geschrieben.

""" + S("rudnik") + "\n\n" + FOOT_DE
    return mail(139, F("rudnik"), "Gisela Hagedorn <gisela.hagedorn@mailbox-nord.example>",
                "Leistung aus LV 0071.228.904", D("2026-07-24 11:00"), T(body))


# ---- d201-0140 ------------------------------------------------------------
@M(140, "NORMAL", "de", "insurer-to-authority",
   "trap: DPO answers the supervisory authority's general survey on how employer lists are received (portal share, encryption); no person")
def _m140():
    body = """Sehr geehrte Frau Dr. Kessler,

zu Ihrer allgemeinen Umfrage vom 02.11.2026 zum Umgang mit
Beschäftigtendaten im Kollektivgeschäft (Ihr Zeichen 22.4-0917/26)
beantworten wir die Fragen wie folgt:

1. Auf welchen Wegen erhalten Sie Mitarbeiterlisten von Arbeitgebern?
   Zu 71 % über das Arbeitgeberportal (verschlüsselter Upload), zu 26 %
   per E-Mail, zu 3 % per Post. Ziel für 2027: 90 % Portal.

2. Welche Daten enthalten die Listen?
   Name, Geburtsdatum, Personalnummer, Eintritts-/Austrittsdatum, Tarif;
   bei Gruppenleben/BU zusätzlich das Gehalt. Gesundheitsangaben nur
   oberhalb der Grenzen für die vereinfachte Prüfung, dann direkt von der
   versicherten Person.

3. Wie wird ausgehende E-Mail geschützt?
   Über ein Mail-Gateway, das Inhalte klassifiziert und Mails mit
   Gesundheitsdaten nur verschlüsselt (S/MIME, Portal) versendet.

4. Wie lange werden Listen gespeichert?
   Bis zum Ende der Aufbewahrungsfrist des jeweiligen Vertrags; die
   E-Mail-Kopien werden nach Übernahme in die Akte gelöscht.

Für Rückfragen stehe ich gern zur Verfügung.

""" + S("carstens") + "\n\n" + FOOT_DE
    return mail(140, F("carstens"), '"Dr. Ruth Kessler" <poststelle@datenschutzaufsicht.example>',
                "Ihre Umfrage 22.4-0917/26 – Beschäftigtendaten im Kollektivgeschäft", D("2026-11-16 14:00"),
                T(body))


# ---- d201-0141 ------------------------------------------------------------
@M(141, "STRICTLY_CONFIDENTIAL", "en", "internal",
   "HTML-only internal pooling note naming the member whose stroke and evacuation drove the loss ratio, with costs")
def _m141():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Henrik,</p>
<p>for the Marlow multinational pool report (pool year 2026, preliminary), here is the one case that moves the loss
ratio. Please don't put the name in the pool report itself &ndash; the network partner only gets the claim amount.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde6ee"><th>Member</th><th>Event</th><th>Cost to date (EUR)</th></tr>
<tr><td>Ingrid Solberg, EGH-0441-3402-01</td><td>ischaemic stroke, Singapore; thrombolysis, stroke unit 7 days</td><td align="right">41,870</td></tr>
<tr><td></td><td>air ambulance Singapore &ndash; Hamburg with doctor and nurse</td><td align="right">118,400</td></tr>
<tr><td></td><td>neurological early rehabilitation, Lüneburg (estimate 6 weeks)</td><td align="right">26,300</td></tr>
<tr><td colspan="2"><b>Total</b></td><td align="right"><b>186,570</b></td></tr>
</table>
<p>Without this case the pool loss ratio would be 58&nbsp;%, with it 94&nbsp;%. Stop-loss attaches at EUR 150,000 per
life, so EUR 36,570 go to the stop-loss layer.</p>
<p>James</p>
<p style="color:#555">James Whitfield &middot; International Employee Benefits &middot; +49 40 6090-4480</p>
</body></html>
"""
    return mail(141, F("whitfield"), F("tamm"), "Marlow pool 2026 - large case", D("2026-11-18 16:35"),
                HTML(html), mailer="outlook-en")


# ---- d201-0142 ------------------------------------------------------------
@M(142, "CONFIDENTIAL", "de", "insurer-to-customer",
   "motor: transfer of a no-claims class from father to daughter with both birth dates, driving licence date and policies")
def _m142():
    body = """Hallo Frau Brinkmann,

die Übertragung des Schadenfreiheitsrabatts von Ihrem Vater auf Sie ist
durchgeführt:

  Abgebender:      Herr Reinhold Brinkmann, geb. 12.08.1956,
                   Vertrag KF-09-1188420 (Fahrzeug abgemeldet 30.09.2026)
  Übernehmende:    Frau Lea Brinkmann, geb. 03.03.2001,
                   Führerschein Klasse B seit 15.04.2019
  Neuer Vertrag:   KF-26-1204476, VW Polo, STD-LB 301

Übertragen werden nur so viele schadenfreie Jahre, wie Sie selbst seit
Ihrem Führerschein hätten fahren können – das sind 7 Jahre. Sie starten
damit in SF 7 (Haftpflicht und Vollkasko). Ihr Vater verliert den
Rabatt vollständig, das hatten wir ihm erklärt.

Der neue Beitrag: 548,20 EUR im Jahr statt 1.296,00 EUR in SF 1/2.

""" + S("voss")
    return mail(142, F("voss"), "Lea Brinkmann <lea.brinkmann@handypost.example>",
                "SF-Übertragung erledigt – KF-26-1204476", D("2026-10-07 15:05"), T(body))


# ---- d201-0143 ------------------------------------------------------------
@M(143, "NORMAL", "de", "internal",
   "trap: canteen 'healthy week' announcement with diabetic-friendly menus, blood-pressure stand and back-school course; no person")
def _m143():
    body = """Liebe Kolleginnen und Kollegen,

vom 16. bis 20. November ist in unserer Kantine "Gesunde Woche":

- Jeden Tag ein Gericht mit weniger als 600 kcal und eine
  diabetikerfreundliche Variante (Kohlenhydrate ausgewiesen in BE/KE)
- Dienstag: Blutdruck- und Blutzuckermessung am Stand der
  Betriebskrankenkasse im Foyer, 11–14 Uhr, anonym und freiwillig
- Mittwoch: Rückenschule mit unserer Physiotherapeutin, 12:30 Uhr,
  Raum 2.01 (max. 15 Personen, Anmeldung im Intranet)
- Donnerstag: Vortrag "Schlaf und Stress" in der Mittagspause

Allergene stehen wie immer auf dem Speiseplan. Wer eine Unverträglichkeit
hat, die dort nicht berücksichtigt ist, kann sich direkt an das
Küchenteam wenden.

Guten Appetit!
Ihr Team Personal & Gesundheitsmanagement

""" + S("feddersen")
    return mail(143, F("feddersen"), "Alle Mitarbeitenden Hamburg <alle-hamburg@elbmark-versicherung.example>",
                "Gesunde Woche in der Kantine (16.–20.11.)", D("2026-11-10 09:00"), T(body))


# ---- d201-0144 ------------------------------------------------------------
@M(144, "NORMAL", "en", "insurer-to-partner",
   "trap: speaker logistics for an employee-benefits conference talk on mental-health claims trends; no person's data")
def _m144():
    body = """Dear Ms Achebe,

Thank you for the speaker pack. Confirming for the Employee Benefits
Summit Europe in Amsterdam:

  Session:   "Mental health claims in group income protection - what
             the data tells us" (panel, 25 November 2026, 14:30-15:15)
  Speaker:   Dr Katrin Oberländer (Head of Group Life & Health) - she
             cannot attend, so I will speak in her place
  Slides:    will be sent by 18 November; all figures are portfolio
             aggregates, no case studies of individual claimants
  AV:        laptop with HDMI, clicker; no video
  Travel:    I'll arrive on 24 November; hotel booked by us

Could you please change the name in the programme and on the badge?
My bio is below.

James Whitfield leads International Employee Benefits at Elbmark
Versicherung AG in Hamburg. Before joining Elbmark he worked for twelve
years in group risk underwriting in London.

""" + S("whitfield")
    return mail(144, F("whitfield"), "Ngozi Achebe <speakers@eb-summit-europe.example>",
                "EB Summit Europe - speaker change and logistics", D("2026-11-11 12:12"), T(body), mailer="outlook-en")


# ---- d201-0145 ------------------------------------------------------------
@M(145, "NORMAL", "de", "insurer-to-company",
   "trap: monthly bKV collective invoice as TSV with counts and premiums per tariff and the company's bank account; no names")
def _m145():
    body = """Sehr geehrte Damen und Herren,

anbei die Sammelrechnung bKV für Dezember 2026 als TSV-Datei zur
Übernahme in Ihre Finanzbuchhaltung. Die Einzelaufstellung je Person
finden Sie wie gewohnt nur im Arbeitgeberportal.

Der Betrag wird am 01.12.2026 per Firmenlastschrift eingezogen.

Elbmark Versicherung AG – Beitragsservice Firmenkunden

""" + FOOT_DE
    tsv = """Rechnungsnr\tVertrag\tTarif\tAnzahl Versicherte\tBeitrag je Person\tSumme
BR-BKV-26-12-0587\tBKV-K-300587\tBudget 600\t198\t24,90\t4930,20
BR-BKV-26-12-0587\tBKV-K-300587\tBudget 600 + Zahn-Plus\t18\t36,70\t660,60
BR-BKV-26-12-0587\tBKV-K-300587\tGesamt\t216\t\t5590,80
Einzug\t01.12.2026\tIBAN\tDE94 2175 0000 6005 3480 69\tKaltenbach Logistik GmbH & Co. KG\t
"""
    return mail(145, '"Elbmark Beitragsservice" <beitragsservice@elbmark-versicherung.example>',
                "Buchhaltung Kaltenbach Logistik <buchhaltung@kaltenbach-logistik.example>",
                "Sammelrechnung bKV 12/2026 – BKV-K-300587", D("2026-11-20 05:40"),
                MULTI("mixed", T(body), AT(tsv, "tab-separated-values", "Sammelrechnung_bKV_2026-12.tsv",
                                           charset="utf-8", cte="base64")), mailer="system")


# ---- d201-0146 ------------------------------------------------------------
@M(146, "CONFIDENTIAL", "de", "insurer-to-customer",
   "private liability: named customer lost his employer's master key, lock replacement cost, claim number; no health")
def _m146():
    body = """Guten Tag Herr Ohlsen,

Ihr Schlüsselverlust ist über Ihre Privathaftpflicht (PH 70 118 905,
Baustein "Schlüssel beruflich") versichert. Schaden-Nr. HP-26-007731.

Sie haben am 13.11.2026 den Generalschlüssel Ihres Arbeitgebers, der
Grundschule am Moorweg, verloren (vermutlich in der Buslinie 340). Die
Stadt als Schulträgerin lässt die Schließanlage teilweise austauschen:

  Kostenvoranschlag Sicherheitstechnik Harms:  4.860,00 EUR
  versichert bis:                              15.000,00 EUR
  Selbstbeteiligung:                             150,00 EUR

Wir regulieren direkt mit der Stadt Buxtehude (Gebäudemanagement). Bitte
geben Sie uns noch Bescheid, falls der Schlüssel doch wieder auftaucht –
dann entfällt der Austausch.

""" + S("luetjens") + "\n\n" + FOOT_DE
    return mail(146, F("luetjens"), "Björn Ohlsen <bjoern.ohlsen@netzpost.example>",
                "Schlüsselverlust – HP-26-007731", D("2026-11-19 10:25"), T(body, cte="base64"))


# ---- d201-0147 ------------------------------------------------------------
@M(147, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
   "group life beneficiary nominations (DOCX) for two named employees with beneficiaries, relationships and birth dates")
def _m147():
    body = """Hi Sarah,

We've registered the two beneficiary nominations that came in through
your team last week. Attached is our confirmation for the personnel
files; the employees also get a copy from us directly.

Nominations replace any earlier nomination and remain revocable.

""" + S("raman")
    doc = docx([("h", "Confirmation of beneficiary nomination - Group Life GL/VELTRUP/02"),
                "Elbmark Versicherung AG confirms the following nominations, received on 13 November 2026:",
                ("table", [["Insured employee", "Date of birth", "Beneficiary", "Relationship", "Beneficiary DOB", "Share"],
                           ["Tim Bergmann", "1983-05-11", "Lena Bergmann", "spouse", "1985-09-27", "100 %"],
                           ["Alexander Hoffmann", "1979-08-02", "Jonas Hoffmann", "son", "2008-01-14", "50 %"],
                           ["Alexander Hoffmann", "1979-08-02", "Marie Hoffmann", "daughter", "2011-06-30", "50 %"]]),
                "For beneficiaries under 18 the benefit is paid to their legal guardian.",
                "The sum insured is 3 x basic annual salary as defined in the scheme rules.",
                "Hamburg, 17 November 2026 - Group Life & Health"],
               creator="Raman, Priya", created="2026-11-17 14:00", title="Beneficiary nominations Veltrup")
    return mail(147, F("raman"), '"Sarah O\'Donnell" <sarah.odonnell@veltrup-software.example>',
                "Beneficiary nominations - confirmation", D("2026-11-17 14:18"),
                MULTI("mixed", T(body), A(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          "Veltrup_GL_beneficiary_nominations_2026-11.docx")), mailer="outlook-en")


# ---- d201-0148 ------------------------------------------------------------
@M(148, "CONFIDENTIAL", "de", "internal",
   "grey zone: explicit [vertraulich] subject tag on an internal business plan (XLSX) without personal data - label follows the sender's marking")
def _m148():
    body = """Liebe Führungsrunde Kollektiv,

anbei der Entwurf der Jahresplanung 2027 für die Klausur am Freitag.
Bitte noch nicht an die Teams weitergeben, die Zahlen sind mit dem
Vorstand nicht abgestimmt.

""" + S("oberlaender")
    rows = [["Sparte", "Beitrag 2026 (Mio. EUR)", "Plan 2027 (Mio. EUR)", "Wachstum", "Neue Rahmenverträge", "Kostenquote"],
            ["bAV Direktversicherung", 96.4, 101.2, "5,0 %", 140, "6,1 %"],
            ["bKV", 38.7, 46.0, "18,9 %", 180, "9,4 %"],
            ["Gruppenleben / GBU", 52.1, 55.3, "6,1 %", 35, "7,2 %"],
            ["Gruppenunfall", 26.8, 27.4, "2,2 %", 60, "11,8 %"],
            ["Summe", 214.0, 229.9, "7,4 %", 415, ""]]
    data = xlsx([("Plan 2027", rows)], creator="Oberländer, Katrin", created="2026-11-23 19:05")
    return mail(148, F("oberlaender"), "Führungsrunde Kollektiv <fk-kollektiv@elbmark-versicherung.example>",
                "[vertraulich] Jahresplanung Kollektiv 2027 – Entwurf", D("2026-11-23 19:12"),
                MULTI("mixed", T(body), A(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "Jahresplanung_Kollektiv_2027_Entwurf.xlsx")))


# ---- d201-0149 ------------------------------------------------------------
@M(149, "NORMAL", "de", "insurer-to-company",
   "trap: general rules for HR on transferring a company car's no-claims class to an employee; no employee, no contract data")
def _m149():
    body = """Hallo Herr Prüß,

zu Ihrer Frage, ob Mitarbeitende den Schadenfreiheitsrabatt eines
Dienstwagens mitnehmen können, hier die allgemeinen Regeln – ein
konkreter Fall muss dafür nicht besprochen werden:

- Der SFR eines Flottenvertrags gehört dem Unternehmen und kann
  grundsätzlich nicht übertragen werden.
- Ausnahme: Ein Dienstwagen war als Einzelvertrag versichert und wurde
  überwiegend von einer Person gefahren. Dann kann das Unternehmen den
  SFR auf diese Person übertragen, wenn sie das Fahrzeug nachweislich
  mindestens ein Jahr allein genutzt hat.
- Das Unternehmen muss der Übertragung schriftlich zustimmen; der
  Vertrag verliert den Rabatt dann vollständig.
- Alternativ bescheinigen wir die schadenfreie Fahrzeit als Fahrerin
  oder Fahrer, was viele Versicherer beim Einstufen anerkennen.

Bei Ihrer Flotte (KF-FL-0093) kommt also nur die Fahrerbescheinigung in
Frage. Die stellen wir auf Anfrage der jeweiligen Person aus.

""" + S("ehlers")
    return mail(149, F("ehlers"), "Olaf Prüß <fuhrpark@kaltenbach-logistik.example>",
                "SFR-Übertragung bei Dienstwagen – allgemeine Regeln", D("2026-11-24 11:40"), T(body))


# ---- d201-0150 ------------------------------------------------------------
@M(150, "NORMAL", "en", "internal",
   "trap: test data for the enrolment import with clearly fictitious people (Max Mustermann, Jane Example), a test IBAN and a fake diagnosis field")
def _m150():
    body = """Hi Marek,

For the regression test of the new enrolment import (CHG-2026-0311) I've
put together a test file with made-up records only. It covers the edge
cases we had in production this year: German dates, empty exit date,
umlauts, a leaver and the health-question flag above the free cover
limit. The "notes" column contains a fake diagnosis on purpose, to check
that the importer rejects free text in that field.

Please load it only in TEST (bkv-import-test.elbmark-versicherung.example),
never in production.

Priya

""" + S("raman")
    data = """employee_id,last_name,first_name,date_of_birth,entry_date,exit_date,plan,health_questions_answered,refund_iban,notes
TEST-9001,Mustermann,Max,01.01.1980,2026-12-01,,BKV-BUDGET-600,N,DE02120300000000202051,
TEST-9002,Musterfrau,Erika,1964-08-12,2026-12-01,,BKV-BUDGET-900,Y,,
TEST-9003,Example,Jane,1990-01-01,2026-01-01,2026-11-30,BKV-BUDGET-600,N,,
TEST-9004,Öztürk-Testperson,Ümit,1999-12-31,2026-12-01,,BKV-BUDGET-600,N,,TEST ONLY: J45.9 asthma - must be rejected
"""
    return mail(150, F("raman"), F("nowak"), "Test file for CHG-2026-0311 (fictitious data only)", D("2026-11-25 15:30"),
                MULTI("mixed", T(body), AT(data, "csv", "enrolment_regression_TEST_fictitious.csv",
                                           charset="utf-8", cte="quoted-printable")), mailer="outlook-en")


# ==========================================================================
# build and check (no mail content below this line)
# ==========================================================================
def render():
    files = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(MAILS):
        label, lang, kind, reason, fn = MAILS[n]
        name = "%s%04d.eml" % (PREFIX, n)
        files[name] = fn().as_bytes(policy=SMTP)
        rows.append("\t".join((name, label, lang, kind, reason)))
    return files, ("\n".join(rows) + "\n").encode("utf-8")


def write(dst):
    md = os.path.join(dst, "mails")
    if os.path.isdir(md):
        shutil.rmtree(md)
    os.makedirs(md)
    files, tsv = render()
    for name, data in files.items():
        with open(os.path.join(md, name), "wb") as f:
            f.write(data)
    with open(os.path.join(dst, "labels.tsv"), "wb") as f:
        f.write(tsv)
    return files, tsv


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "ES": 24, "FR": 27, "IT": 27, "CH": 21, "DK": 18, "PL": 28, "IE": 22, "BE": 16}
DELIBERATELY_INVALID_IBANS = set()


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return None  # not an IBAN shape we know
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


class CheckError(Exception):
    pass


def _xml_ok(name, data):
    try:
        ET.fromstring(data)
    except ET.ParseError as e:
        raise CheckError("%s: XML does not parse: %s" % (name, e))


def _xml_text(data):
    return " ".join(t for t in ET.fromstring(data).itertext())


def check_blob(name, data, texts, stats, depth=0):
    low = name.lower()
    ext = low.rsplit(".", 1)[-1] if "." in low else ""
    stats.setdefault(ext or "noext", 0)
    stats[ext or "noext"] += 1
    if ext in ("zip", "xlsx", "docx", "ods", "odt"):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as e:
            raise CheckError("%s: not a zip: %s" % (name, e))
        if z.testzip() is not None:
            raise CheckError("%s: corrupt member" % name)
        names = z.namelist()
        need = {"xlsx": "xl/workbook.xml", "docx": "word/document.xml", "ods": "content.xml", "odt": "content.xml"}.get(ext)
        if need and need not in names:
            raise CheckError("%s: %s missing" % (name, need))
        if ext in ("ods", "odt") and (names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED):
            raise CheckError("%s: mimetype must be first and stored" % name)
        for mn in names:
            md = z.read(mn)
            if ext != "zip":
                if mn.endswith(".xml") or mn.endswith(".rels"):
                    _xml_ok(name + ":" + mn, md)
                    texts.append(_xml_text(md))
            elif not mn.endswith("/"):
                check_blob(mn, md, texts, stats, depth + 1)
    elif ext == "pdf":
        if not data.startswith(b"%PDF-"):
            raise CheckError("%s: no PDF header" % name)
        t = pdf_text(data)
        if not re.search(r"[A-Za-z]{3}", t):
            raise CheckError("%s: empty PDF text layer" % name)
        texts.append(t)
    elif ext == "ics":
        t = data.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            raise CheckError("%s: not a calendar" % name)
        texts.append(t)
    elif ext == "eml":
        check_message(BytesParser(policy=DEFAULT_POLICY).parsebytes(data), name, texts, stats)
    elif ext in ("csv", "tsv", "txt", "xml", "json", "log"):
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(data.decode("cp1252"))
        if ext == "xml":
            _xml_ok(name, data)
    else:
        raise CheckError("%s: unexpected attachment type" % name)


def check_message(msg, where, texts, stats):
    for part in msg.walk():
        if part.defects:
            raise CheckError("%s: MIME defects %r" % (where, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                raise CheckError("%s: header defect in %s: %r" % (where, k, v.defects))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ctype.startswith("text/") and not fn:
            cs = part.get_content_charset() or "us-ascii"
            raw = part.get_payload(decode=True)
            try:
                t = raw.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                raise CheckError("%s: text part does not decode as %s: %s" % (where, cs, e))
            part.get_content()
            if ctype == "text/calendar" and ("BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t):
                raise CheckError("%s: calendar part incomplete" % where)
            texts.append(t)
            stats.setdefault("text/" + part.get_content_subtype() + ";" + cs + ";" + str(part.get("Content-Transfer-Encoding", "7bit")).lower(), 0)
        elif fn:
            raw = part.get_payload(decode=True)
            if ctype.startswith("text/"):
                cs = part.get_content_charset() or "us-ascii"
                try:
                    raw.decode(cs)
                except (UnicodeDecodeError, LookupError) as e:
                    raise CheckError("%s: attachment %s does not decode as %s: %s" % (where, fn, cs, e))
                t = raw.decode(cs)
                if fn.lower().endswith(".ics") and ("BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t):
                    raise CheckError("%s: %s incomplete" % (where, fn))
                texts.append(t)
                ext = fn.lower().rsplit(".", 1)[-1]
                stats[ext] = stats.get(ext, 0) + 1
            else:
                check_blob(fn, raw, texts, stats)
        elif ctype == "message/rfc822":
            pass
        else:
            raise CheckError("%s: part %s without filename" % (where, ctype))


def check():
    ok = True
    tmp = tempfile.mkdtemp(prefix="d201-check-")
    try:
        files, tsv = write(tmp)
        # byte-for-byte comparison with the delivered files
        md = os.path.join(HERE, "mails")
        have = sorted(os.listdir(md)) if os.path.isdir(md) else []
        if have != sorted(files):
            print("FAIL: mails/ differs in file names from a rebuild")
            ok = False
        for name, data in files.items():
            p = os.path.join(md, name)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                print("FAIL: %s differs from rebuild" % name)
                ok = False
        lp = os.path.join(HERE, "labels.tsv")
        if not os.path.exists(lp) or open(lp, "rb").read() != tsv:
            print("FAIL: labels.tsv differs from rebuild")
            ok = False
        # a second rebuild must be identical too (determinism inside one run)
        files2, tsv2 = render()
        if files2 != files or tsv2 != tsv:
            print("FAIL: two renders differ")
            ok = False
        if sorted(MAILS) != list(range(1, 151)):
            print("FAIL: expected mails 1..150, have %d" % len(MAILS))
            ok = False
        mids = {}
        fstats = {}
        for name, data in sorted(files.items()):
            try:
                if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
                    raise CheckError("bare LF or CR")
                msg = BytesParser(policy=DEFAULT_POLICY).parsebytes(data)
                for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                    if msg[h] is None:
                        raise CheckError("missing %s" % h)
                if msg["Date"].datetime.year != 2026:
                    raise CheckError("date not in 2026")
                if not str(msg["From"].addresses[0].domain) == DOM:
                    raise CheckError("sender not from the insurer's domain")
                for line in data.split(b"\r\n"):
                    if len(line) > 998:
                        raise CheckError("line longer than 998 octets")
                m_id = str(msg["Message-ID"]).strip()
                if m_id in mids:
                    raise CheckError("Message-ID duplicates %s" % mids[m_id])
                mids[m_id] = name
                texts = []
                check_message(msg, name, texts, fstats)
                for t in texts:
                    for cand in IBAN_RE.findall(t):
                        r = iban_ok(cand)
                        if r is False and cand.replace(" ", "") not in DELIBERATELY_INVALID_IBANS:
                            raise CheckError("IBAN with wrong check digits: %s" % cand)
                hdrs = " ".join(str(v) for p in msg.walk() for k, v in p.items())
                for t in texts + [hdrs]:
                    for host in re.findall(r"(?:@|https?://)([A-Za-z0-9.-]+\.[A-Za-z]{2,})", t):
                        if not host.lower().endswith(".example"):
                            raise CheckError("host not under .example: %r" % host)
            except CheckError as e:
                print("FAIL: %s: %s" % (name, e))
                ok = False
            except Exception as e:  # noqa
                print("FAIL: %s: %s: %s" % (name, type(e).__name__, e))
                ok = False
        # statistics
        cnt = {}
        for n in sorted(MAILS):
            label, lang, kind, reason, fn = MAILS[n]
            cnt[(label, lang)] = cnt.get((label, lang), 0) + 1
        for label in LABELS:
            print("%-22s de %3d  en %3d" % (label, cnt.get((label, "de"), 0), cnt.get((label, "en"), 0)))
        print("attachments/parts:", ", ".join("%s=%d" % kv for kv in sorted(fstats.items()) if not kv[0].startswith("text/")))
    finally:
        shutil.rmtree(tmp)
    print("all checks pass" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    files, tsv = write(HERE)
    print("wrote %d mails and labels.tsv" % len(files))
