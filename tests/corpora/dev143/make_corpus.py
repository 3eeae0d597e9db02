#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus dev143 for Siegel (issue 14).

Fictitious world: the "Auentaler Versicherungsverein auf Gegenseitigkeit (VVaG)",
a mid-sized mutual insurer in the rural Auental district (district town Lindach),
with its own agencies in the villages.  Every mail is outgoing mail of the insurer
(From: ...@auentaler-vvag.example).

Usage:
    python3 make_corpus.py           # writes mails/d143-0001.eml ... d143-0150.eml and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory, compares byte for byte, validates

Python standard library only.  Deterministic (seed 143): no clock, no randomness
other than random.Random(143) for the file order; fixed MIME boundaries,
Message-IDs, ZIP timestamps and document metadata.
"""

import csv
import html
import html.parser
import io
import os
import random
import re
import sys
import textwrap
import zipfile
import zlib
import hashlib
import xml.etree.ElementTree as ET
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 143
PREFIX = "d143-"
DOMAIN = "auentaler-vvag.example"
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

MAILS = []


def mail(label, lang, kind, reason):
    assert label in EXPECTED, label
    assert lang in ("de", "en", "de+en"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(func):
        MAILS.append({"func": func, "label": label, "lang": lang,
                      "kind": kind, "reason": reason})
        return func
    return deco


def D(s):
    """Dedent a triple-quoted block, drop the first newline, keep a final one."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------

def _offset(month, day, hour):
    # CEST 2026: from 29 March 02:00 to 25 October 03:00 local time
    if (month, day, hour) >= (3, 29, 2) and (month, day, hour) < (10, 25, 3):
        return "+0200"
    return "+0100"


_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(stamp):
    """'2026-03-04 09:12' or '2026-03-04 09:12:33' -> RFC 5322 date (Europe/Berlin offset)."""
    import datetime
    d, t = stamp.split(" ")
    y, m, dd = (int(x) for x in d.split("-"))
    parts = [int(x) for x in t.split(":")]
    if len(parts) == 2:
        parts.append((m * 7 + dd * 13 + parts[1]) % 60)
    hh, mi, ss = parts
    wd = datetime.date(y, m, dd).weekday()
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (_WD[wd], dd, _MO[m - 1], y, hh, mi, ss,
                                                 _offset(m, dd, hh))


def _q(addrs):
    """Quote display names that contain specials such as '.' (RFC 5322 phrase)."""
    def fix(mo):
        name = mo.group(2).strip()
        if any(c in name for c in '.,()@:;[]') and not name.startswith('"'):
            name = '"%s"' % name
        return "%s%s <" % (mo.group(1), name)
    return re.sub(r'(^|,\s*)([^",<][^,<]*?)\s*<', fix, addrs)


def new(frm, to, subject, date, cc=None, bcc=None, reply_to=None, irt=None, refs=None,
        mailer=None, extra=None):
    m = EmailMessage()
    m["From"] = _q(frm)
    m["To"] = _q(to)
    if cc:
        m["Cc"] = _q(cc)
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = rfcdate(date)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in (extra or []):
        m[k] = v
    return m


OUTLOOK = "Microsoft Outlook 16.0"
TBIRD = None  # Thunderbird sets User-Agent instead


def ua_tb(m):
    m["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------

def text(m, body, cs="utf-8", cte="quoted-printable", flowed=False):
    params = {"format": "flowed"} if flowed else None
    m.set_content(body, subtype="plain", charset=cs, cte=cte, params=params)
    return m


def html_only(m, body, cs="utf-8", cte="quoted-printable"):
    m.set_content(body, subtype="html", charset=cs, cte=cte)
    return m


def alt(m, plain, htm, cs="utf-8", cte="quoted-printable"):
    m.set_content(plain, subtype="plain", charset=cs, cte=cte)
    m.add_alternative(htm, subtype="html", charset=cs, cte=cte)
    return m


def attach(m, data, filename, ctype, charset=None, cte=None, inline=False):
    main, sub = ctype.split("/")
    disp = "inline" if inline else "attachment"
    if isinstance(data, str):
        m.add_attachment(data, subtype=sub, charset=charset or "utf-8",
                         cte=cte or "quoted-printable", disposition=disp, filename=filename)
        if main != "text":
            # only text/* may be given as str
            raise ValueError("str attachment must be text/*")
        return m
    params = {"charset": charset} if charset else None
    m.add_attachment(data, maintype=main, subtype=sub, cte=cte or "base64",
                     disposition=disp, filename=filename, params=params)
    return m


def attach_mail(m, inner, filename):
    m.add_attachment(inner, disposition="attachment", filename=filename)
    return m


def html_page(title, inner, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"%s\">\n%s\n</body></html>\n" % (html.escape(title), style, inner))


# --------------------------------------------------------------------------
# attachments written with the standard library
# --------------------------------------------------------------------------

def _zip(members, stamp=(2026, 1, 2, 8, 0, 0), first_stored=None):
    """members: list of (name, bytes). Deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if first_stored and name == first_stored:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def make_zip(members, stamp=(2026, 1, 2, 8, 0, 0)):
    return _zip(members, stamp)


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def make_pdf(lines, title="Dokument", author="Auentaler VVaG", date="20260101090000",
             compress=True, per_page=58):
    """Minimal valid PDF 1.4, Helvetica/WinAnsi, one text line per entry; text layer."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[""]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 5
    for pg in pages:
        page_no, cont_no = n, n + 1
        n += 2
        kids.append(page_no)
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        for ln in pg:
            if ln.startswith("# "):
                ops.append(b"/F2 12 Tf " + _pdf_str(ln[2:]) + b" Tj T* /F1 10 Tf")
            else:
                ops.append(_pdf_str(ln) + b" Tj T*")
        ops.append(b"ET")
        content = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(content, 9)
            objs[cont_no] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                             + data + b"\nendstream")
        else:
            objs[cont_no] = (b"<< /Length %d >>\nstream\n" % len(content) + content
                             + b"endstream")
        objs[page_no] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                         b"/Contents %d 0 R >>" % cont_no)
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))
    info_no = n
    objs[info_no] = (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author)
                     + b" /Producer (Auental DocGen 2.3) /CreationDate (D:"
                     + date.encode() + b"+01'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, info_no + 1):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (info_no + 1)
    out += b"0000000000 65535 f \n"
    for i in range(1, info_no + 1):
        out += b"%010d 00000 n \n" % offsets[i]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (info_no + 1, info_no, xref))
    return bytes(out)


def _x(s):
    return html.escape(str(s), quote=True)


def _core(title, creator, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(title), _x(creator), created, created))


def make_docx(blocks, title="Dokument", creator="Auentaler VVaG", created="2026-01-02T08:00:00Z",
              stamp=(2026, 1, 2, 8, 0, 0)):
    """blocks: str (paragraph), ('h', str) heading, or list of rows (table)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t))
    for b in blocks:
        if isinstance(b, tuple):
            body.append(para(b[1], bold=True))
        elif isinstance(b, list):
            rows = []
            for r in b:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>'
                                % para(c) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '</w:tblPr>%s</w:tbl>' % "".join(rows))
            body.append("<w:p/>")
        else:
            body.append(para(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '</w:sectPr></w:body></w:document>' % (W, "".join(body)))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                 ("word/document.xml", doc), ("docProps/core.xml", _core(title, creator, created))],
                stamp)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, title="Tabelle", creator="Auentaler VVaG", created="2026-01-02T08:00:00Z",
              stamp=(2026, 1, 2, 8, 0, 0)):
    """sheets: list of (name, rows); cells str -> inline string, int/float -> number, None -> empty."""
    members = []
    S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    wb_sheets, wb_rels, ct_over = [], [], []
    for idx, (name, rows) in enumerate(sheets, 1):
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
                                 % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (S, "".join(xr)))
        members.append(("xl/worksheets/sheet%d.xml" % idx, ws))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), idx, idx))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (idx, idx))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % idx)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (S, R, "".join(wb_sheets)))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
              % "".join(wb_rels))
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels)] + members
                + [("docProps/core.xml", _core(title, creator, created))], stamp)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(mimetype, body, title, creator, created, stamp):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<meta:creation-date>%s</meta:creation-date><meta:generator>Auental OfficeExport/1.4</meta:generator>'
            '</office:meta></office:document-meta>' % (_ODF_NS, _x(title), _x(creator), created))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content), ("meta.xml", meta)], stamp, first_stored="mimetype")


def make_odt(blocks, title="Dokument", creator="Auentaler VVaG", created="2026-01-02T08:00:00",
             stamp=(2026, 1, 2, 8, 0, 0)):
    out = []
    for b in blocks:
        if isinstance(b, tuple):
            out.append('<text:h text:outline-level="1">%s</text:h>' % _x(b[1]))
        elif isinstance(b, list):
            ncol = max(len(r) for r in b)
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                "<table:table-cell office:value-type=\"string\"><text:p>%s</text:p></table:table-cell>" % _x(c)
                for c in r) for r in b)
            out.append('<table:table table:name="Tabelle%d"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                       % (len(out) + 1, ncol, rows))
        else:
            out.append("<text:p>%s</text:p>" % _x(b))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(out), title, creator, created, stamp)


def make_ods(sheets, title="Tabelle", creator="Auentaler VVaG", created="2026-01-02T08:00:00",
             stamp=(2026, 1, 2, 8, 0, 0)):
    tabs = []
    for name, rows in sheets:
        xr = []
        for r in rows:
            cells = []
            for v in r:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                 % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (_x(name), "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs), title, creator, created, stamp)


def make_csv(rows, encoding="utf-8", delimiter=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


def make_ics(uid, start, end, summary, location="", description="", organizer=None, stamp="20260102T080000Z",
             tz=True):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Auentaler VVaG//Terminplaner 3.1//DE",
             "METHOD:REQUEST" if organizer else "METHOD:PUBLISH", "BEGIN:VEVENT",
             "UID:%s" % uid, "DTSTAMP:%s" % stamp]
    if tz:
        lines += ["DTSTART;TZID=Europe/Berlin:%s" % start, "DTEND;TZID=Europe/Berlin:%s" % end]
    else:
        lines += ["DTSTART:%s" % start, "DTEND:%s" % end]
    lines.append("SUMMARY:%s" % esc(summary))
    if location:
        lines.append("LOCATION:%s" % esc(location))
    if description:
        lines.append("DESCRIPTION:%s" % esc(description))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    # fold at 74 octets
    out = []
    for ln in lines:
        b = ln.encode("utf-8")
        first = True
        while b:
            lim = 74 if first else 73
            cut = min(lim, len(b))
            while cut < len(b) and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append((b"" if first else b" ") + b[:cut])
            b = b[cut:]
            first = False
    return b"\r\n".join(out) + b"\r\n"


# --------------------------------------------------------------------------
# people of the insurer: signatures and the legal footer
# --------------------------------------------------------------------------

FOOTER = D("""
    --
    Auentaler Versicherungsverein auf Gegenseitigkeit (VVaG)
    Am Kornmarkt 4 · 36478 Lindach im Auental · www.auentaler-vvag.example
    Sitz: Lindach · Registergericht: Amtsgericht Lindach HRB 1187
    Vorstand: Dr. Konrad Meisel (Vorsitzender), Ulrike Brandner
    Vorsitzender des Aufsichtsrats: Georg Hainbuch
""")

FOOTER_ASCII = D("""
    --
    Auentaler Versicherungsverein auf Gegenseitigkeit (VVaG)
    Am Kornmarkt 4, 36478 Lindach im Auental, Germany - www.auentaler-vvag.example
    Registered office: Lindach, Local Court of Lindach HRB 1187
    Management Board: Dr. Konrad Meisel (Chair), Ulrike Brandner
    Chair of the Supervisory Board: Georg Hainbuch
""")


def A(local, name):
    return "%s <%s@%s>" % (name, local, DOMAIN)


# staff (From addresses)
KESSLER = A("m.kessler", "Martina Kessler")              # health & care claims
ENGELHARDT = A("t.engelhardt", "Thomas Engelhardt")      # property / farm claims
WOLFRAM = A("j.wolfram", "Jana Wolfram")                 # customer service
SAUER = A("h.sauer", "Dr. med. Helmut Sauer")            # company medical officer
HOFMEISTER = A("p.hofmeister", "Petra Hofmeister")       # life / BU underwriting and claims
REINHARDT = A("k.reinhardt", "Klaus Reinhardt")          # motor claims
ALBRECHT = A("s.albrecht", "Sven Albrecht")              # IT
FABER = A("m.faber", "Monika Faber")                     # HR
BRUECKNER = A("l.brueckner", "Lena Brückner")            # marketing / member communication
VOGT = A("a.vogt", "Andreas Vogt")                       # commercial customers
HARTUNG = A("b.hartung", "Bernd Hartung")                # accident claims
ROTH = A("s.roth", "Sabine Roth")                        # agency Mühlbach
LECHNER = A("h.lechner", "Hubert Lechner")               # district agency Kaltenweiler
GRUBER = A("f.gruber", "Ferdinand Gruber")               # agency Hirschau
PFEIFFER = A("c.pfeiffer", "Claudia Pfeiffer")           # legal / recourse
SEIDEL = A("j.seidel", "Jörg Seidel")                    # data protection officer
KRAEMER = A("n.kraemer", "Nadine Krämer")                # accounting / premium collection
BAUMANN = A("e.baumann", "Elke Baumann")                 # board office
FIEDLER = A("r.fiedler", "Robert Fiedler")               # actuarial / reinsurance
HELLER = A("t.heller", "Tobias Heller")                  # purchasing / facility
MAURER = A("k.maurer", "Kevin Maurer")                   # trainee
YILMAZ = A("d.yilmaz", "Derya Yilmaz")                   # legal expenses (Rechtsschutz)

SIG = {
    "kessler": "Mit freundlichen Grüßen\n\nMartina Kessler\nLeistungsabteilung Kranken/Pflege\nTel. 06643 918-241 · Fax 06643 918-299\n",
    "engelhardt": "Viele Grüße\nThomas Engelhardt\nSchadenabteilung Sach / Landwirtschaft\nTel. 06643 918-312 · Mobil 0171 5550 312\n",
    "wolfram": "Freundliche Grüße\n\nJana Wolfram\nKundenservice\nAuentaler VVaG · Tel. 06643 918-100\n",
    "sauer": "Dr. med. Helmut Sauer\nGesellschaftsarzt\nAuentaler VVaG – Ärztlicher Dienst\n",
    "hofmeister": "Mit freundlichen Grüßen\n\nPetra Hofmeister\nLeben / Berufsunfähigkeit\nTel. 06643 918-262\n",
    "reinhardt": "Gruß\nKlaus Reinhardt\nKfz-Schaden\nTel. 06643 918-333\n",
    "albrecht": "Sven Albrecht\nIT-Betrieb · Auentaler VVaG\nDurchwahl -450\n",
    "faber": "Herzliche Grüße\nMonika Faber\nPersonal\nTel. 06643 918-120\n",
    "brueckner": "Lena Brückner\nMitgliederkommunikation & Marketing\nTel. 06643 918-140\n",
    "vogt": "Mit freundlichen Grüßen\n\nAndreas Vogt\nFirmenkunden / Gewerbe\nTel. 06643 918-350 · Mobil 0160 5553 350\n",
    "hartung": "Mit freundlichen Grüßen\n\nBernd Hartung\nUnfall-Leistung\nTel. 06643 918-271\n",
    "roth": "Liebe Grüße aus Mühlbach\nSabine Roth\nAuentaler Agentur Mühlbach\nHauptstraße 12 · 36479 Mühlbach am Forst\nTel. 06645 3307\n",
    "lechner": "Servus und schöne Grüße\nHubert Lechner\nBezirksagentur Kaltenweiler der Auentaler VVaG\nDorfplatz 3 · 36482 Kaltenweiler · Tel. 06647 221\n",
    "gruber": "Ferdinand Gruber\nAuentaler Agentur Hirschau\nTel. 06646 9140 · Mobil 0151 5558 914\n",
    "pfeiffer": "Mit freundlichen Grüßen\n\nClaudia Pfeiffer\nRecht / Regress\nTel. 06643 918-380\n",
    "seidel": "Jörg Seidel\nDatenschutzbeauftragter der Auentaler VVaG\ndatenschutz@auentaler-vvag.example\n",
    "kraemer": "Freundliche Grüße\nNadine Krämer\nBeitragsbuchhaltung\nTel. 06643 918-160\n",
    "baumann": "Elke Baumann\nVorstandssekretariat\nTel. 06643 918-010\n",
    "fiedler": "Robert Fiedler\nAktuariat & Rückversicherung\nTel. +49 6643 918-420\n",
    "heller": "Tobias Heller\nEinkauf / Facility Management\nTel. 06643 918-470\n",
    "maurer": "Kevin Maurer\nAuszubildender Kaufmann für Versicherungen und Finanzanlagen\n",
    "yilmaz": "Mit freundlichen Grüßen\n\nDerya Yilmaz\nRechtsschutz-Schaden\nTel. 06643 918-390\n",
}

SIG_EN = {
    "kessler": "Kind regards\n\nMartina Kessler\nHealth & Care Claims\nPhone +49 6643 918-241\n",
    "engelhardt": "Best regards\nThomas Engelhardt\nProperty & Farm Claims\nPhone +49 6643 918-312\n",
    "wolfram": "Kind regards\n\nJana Wolfram\nCustomer Service\nAuentaler VVaG - Phone +49 6643 918-100\n",
    "hofmeister": "Kind regards\n\nPetra Hofmeister\nLife & Disability\nPhone +49 6643 918-262\n",
    "reinhardt": "Regards\nKlaus Reinhardt\nMotor Claims\nPhone +49 6643 918-333\n",
    "albrecht": "Sven Albrecht\nIT Operations - Auentaler VVaG\n",
    "faber": "Best wishes\nMonika Faber\nHuman Resources\n",
    "brueckner": "Lena Brueckner\nMember Communication & Marketing\n",
    "vogt": "Best regards\n\nAndreas Vogt\nCommercial Lines\nPhone +49 6643 918-350\n",
    "hartung": "Kind regards\n\nBernd Hartung\nAccident Claims\nPhone +49 6643 918-271\n",
    "gruber": "Ferdinand Gruber\nAuentaler agency Hirschau\nPhone +49 6646 9140\n",
    "roth": "Best wishes from Muehlbach\nSabine Roth\nAuentaler agency Muehlbach\nPhone +49 6645 3307\n",
    "fiedler": "Robert Fiedler\nActuarial & Reinsurance\nAuentaler VVaG\nPhone +49 6643 918-420\n",
    "pfeiffer": "Kind regards\n\nClaudia Pfeiffer\nLegal / Recourse\nPhone +49 6643 918-380\n",
    "heller": "Tobias Heller\nPurchasing / Facility Management\nPhone +49 6643 918-470\n",
    "seidel": "Joerg Seidel\nData Protection Officer, Auentaler VVaG\n",
    "sauer": "Dr Helmut Sauer\nChief Medical Officer, Auentaler VVaG\n",
    "kraemer": "Kind regards\nNadine Kraemer\nPremium Accounting\n",
}


def sig(who, footer=True):
    return "\n" + SIG[who] + ("\n" + FOOTER if footer else "")


def sig_en(who, footer=True):
    return "\n" + SIG_EN[who] + ("\n" + FOOTER_ASCII if footer else "")


def quote(s):
    """'> '-quote a block (empty lines become '>')."""
    return "".join(("> " + ln if ln.strip() else ">") + "\n" for ln in s.rstrip("\n").split("\n"))


# ==========================================================================
# MAILS
# Each function writes one mail.  Decorator: label, language, kind, reason.
# ==========================================================================

# --------------------------------------------------------------------------
# farm, buildings, property
# --------------------------------------------------------------------------

@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "hail on a named farmer's rape field: claim number, plot, assessor date; no health data")
def hagel_raps_obermueller():
    m = new(ENGELHARDT, "Josef Obermüller <hof.obermueller@landpost.example>",
            "AW: Hagelschaden Raps Flur \"Am Galgenberg\" – Schaden-Nr. S26-03318",
            "2026-06-18 14:07", mailer=OUTLOOK,
            irt="<000f01dce2a1$5a1b2c30$0e4f8490$@landpost.example>")
    body = D("""
        Hallo Herr Obermüller,

        danke für die Fotos, die sind gut angekommen. Ich habe den Schaden unter der
        Nummer S26-03318 angelegt (Ernte-Mehrgefahrenversicherung, Vertrag LW 1803 226).

        Unser Agrarsachverständiger, Herr Dipl.-Ing. agr. Reinhold Bauer, kommt am
        Dienstag, 23.06., gegen 9 Uhr raus. Bitte bis dahin auf dem Schlag
        "Am Galgenberg" (Flurstück 412/3, 6,8 ha) nichts dreschen oder umbrechen,
        sonst kann er den Ertragsausfall nicht mehr schätzen. Die beiden kleineren
        Flächen hinter der Biogasanlage schaut er sich gleich mit an.

        Wenn der Termin nicht passt, rufen Sie mich einfach an.
    """) + sig("engelhardt") + "\n" + D("""
        -----Ursprüngliche Nachricht-----
        Von: Josef Obermüller <hof.obermueller@landpost.example>
        Gesendet: Mittwoch, 17. Juni 2026 21:48
        An: Engelhardt, Thomas <t.engelhardt@auentaler-vvag.example>
        Betreff: Hagelschaden

        Grüß Gott Herr Engelhardt

        gestern abend das Unwetter, der Raps am Galgenberg ist zu gut der hälfte
        runtergeschlagen. Fotos anbei. Die Gerste am Weiher hat auch was
        abgekriegt aber nicht so schlimm. Was muss ich jetzt tun?

        Obermüller Josef
        Hof Obermüller, Kaltenweiler
    """)
    return text(m, body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "storm damage settlement for a named couple's barn: amount and payout IBAN in an attached PDF, body names policy")
def sturm_scheune_heim():
    m = new(ENGELHARDT, "Familie Heim <heim.roedelsheim@dorfnetz.example>",
            "Abrechnung Sturmschaden Scheune – Ihre Wohngebäudeversicherung WG 21-0047 1183",
            "2026-02-24 10:31", mailer=OUTLOOK)
    body = D("""
        Sehr geehrte Frau Heim, sehr geehrter Herr Heim,

        nach dem Sturm vom 12. Februar hat sich Herr Lorenz vom Ingenieurbüro den
        Dachstuhl der Scheune angesehen. Die Reparatur durch die Zimmerei Kreuzer
        ist aus unserer Sicht angemessen.

        Die Abrechnung finden Sie im Anhang. Wir überweisen 14.386,20 € abzüglich der
        vereinbarten Selbstbeteiligung von 250,00 €, also 14.136,20 €, in den
        nächsten Tagen auf Ihr Konto bei der Volksbank Auental.

        Eine Bitte noch: Die alten Eternitplatten dürfen nicht einfach auf den
        Wertstoffhof. Die Entsorgungskosten übernehmen wir, bitte schicken Sie uns
        nur die Quittung nach.
    """) + sig("engelhardt")
    text(m, body, cs="windows-1252", cte="quoted-printable")
    pdf = make_pdf([
        "# Auentaler VVaG - Schadenabrechnung",
        "Schaden-Nr.: S26-00871        Datum: 24.02.2026",
        "Versicherungsnehmer: Gerhard und Monika Heim, Mühlweg 9, 36485 Rödelsheim",
        "Vertrag: Wohngebäude WG 21-0047 1183 (gleitender Neuwert, Sturm/Hagel)",
        "Schadentag: 12.02.2026   Ursache: Sturm (Windstärke 9 lt. Wetterdienst)",
        "",
        "Position                                   Betrag",
        "Dachstuhl Scheune, Zimmerei Kreuzer        9.842,00 EUR",
        "Dacheindeckung Trapezblech                 3.911,40 EUR",
        "Gerüst, 14 Tage                              632,80 EUR",
        "Summe                                     14.386,20 EUR",
        "abzgl. Selbstbeteiligung                    -250,00 EUR",
        "Auszahlungsbetrag                         14.136,20 EUR",
        "",
        "Zahlung an: Gerhard Heim",
        "IBAN: DE11 5306 1230 0020 9188 40   (Volksbank Auental eG)",
        "",
        "Sachbearbeiter: Thomas Engelhardt, Tel. 06643 918-312",
    ], title="Schadenabrechnung S26-00871", author="Thomas Engelhardt", date="20260224101500")
    return attach(m, pdf, "Abrechnung_S26-00871.pdf", "application/pdf")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "deer collision: named driver, plate, partial-cover claim; customer states nobody was hurt")
def wildunfall_weidinger():
    m = new(REINHARDT, "Florian Weidinger <flo.weidinger@netmail.example>",
            "Re: Wildunfall gestern Abend – LI-FW 388", "2026-11-03 08:22",
            irt="<a7c2e0f1-3b6d-4f1a-9d0e-6d2f1c7b8e55@netmail.example>")
    ua_tb(m)
    body = D("""
        Moin Herr Weidinger,

        alles klar, das läuft über Ihre Teilkasko (Vertrag KF 7712 4590), der
        Rabatt bleibt unberührt. Schaden-Nr. K26-11902.

        Die Wildunfallbescheinigung vom Jagdpächter bzw. der Polizei brauche ich
        noch im Original oder als Scan. Die Werkstatt Ruppert in Hirschau kann
        direkt mit uns abrechnen, dann müssen Sie nichts vorstrecken.

        Am 02.11.2026 um 19:41 schrieb Florian Weidinger:
        > Hallo,
        > mir ist gestern abend auf der Kreisstraße zwischen Hirschau und
        > Steinach ein Reh reingelaufen. Stoßstange und Scheinwerfer links
        > hinüber, Motorhaube verbeult. Verletzt ist zum Glück niemand, das Reh
        > war sofort tot, Jagdpächter ist informiert.
        > Auto ist der Skoda, Kennzeichen LI-FW 388.
        > Gruß Florian Weidinger
    """) + sig("reinhardt", footer=False)
    return text(m, body, cte="8bit", flowed=True)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "eVB number and VIN for a named farmer's son's new tractor; agent mail in iso-8859-1")
def evb_schlepper():
    m = new(LECHNER, "Sebastian Obermüller <sebastian.obermueller@landpost.example>",
            "eVB fuer den neuen Schlepper", "2026-03-09 17:55",
            extra=[("X-Mailer", "AgenturPlus 7.2 (Windows)")])
    body = D("""
        Hallo Sebastian,

        wie am Telefon besprochen hier die eVB-Nummer für die Zulassung vom
        neuen Schlepper:

            eVB-Nummer:    A7K3M9P
            Fahrzeug:      Zugmaschine, FIN WSX0412C8R0067214
            Halter:        Sebastian Obermüller, Kaltenweiler
            Beginn:        ab Zulassung, Haftpflicht + Teilkasko, SF wird vom
                           alten Schlepper übernommen

        Das alte Gerät meldest Du bitte erst ab, wenn der neue zugelassen ist,
        dann läuft die Versicherung nahtlos weiter. Schöne Grüße an den Vater,
        der soll sich wegen der Hofhaftpflicht nochmal melden.
    """) + sig("lechner", footer=False)
    return text(m, body, cs="iso-8859-1", cte="8bit")


@mail("NORMAL", "de", "newsletter",
      "trap: member newsletter with premium refund percentages, storm tips, health-insurance ad; no person")
def newsletter_herbst():
    m = new(A("mitglieder", "Auentaler VVaG – Mitgliederservice"),
            "mitglieder-newsletter@auentaler-vvag.example",
            "Auentaler Bote digital – Herbst 2026: Beitragsrückerstattung, Sturmsaison, Erntedank",
            "2026-09-29 07:00", extra=[("List-Unsubscribe", "<mailto:abmelden@auentaler-vvag.example>"),
                                       ("Precedence", "bulk")])
    plain = D("""
        Auentaler Bote digital – Herbst 2026

        Liebe Mitglieder,

        als Versicherungsverein auf Gegenseitigkeit gehören wir Ihnen. Deshalb
        geben wir Überschüsse zurück: Für das Geschäftsjahr 2025 erhalten alle
        Mitglieder mit schadenfreier Wohngebäude- oder Hausratversicherung 8 % des
        Jahresbeitrags zurück, in der Landwirtschafts-Police sind es 5 %. Sie
        müssen nichts tun, die Gutschrift erscheint mit der nächsten
        Beitragsrechnung.

        Sturmsaison: Drei Dinge vor dem ersten Herbststurm
        - lose Dachziegel und Bleche an Scheunen prüfen
        - Bäume in Hofnähe vom Fachmann ansehen lassen
        - Schäden sofort fotografieren und melden: Schadenhotline 06643 918-555

        Neu: Zahnzusatz "Auental Lächeln"
        Zahnersatz, Kieferorthopädie für Kinder und professionelle Zahnreinigung.
        Ihre Agentur vor Ort berät Sie gern.

        Erntedank: Wir sagen Danke
        Am 4. Oktober sind wir mit einem Stand beim Erntedankfest in Kaltenweiler.
        Kommen Sie vorbei – es gibt Apfelmost vom Obsthof Weigand.

        Abmelden: www.auentaler-vvag.example/newsletter
    """) + "\n" + FOOTER
    htm = html_page("Auentaler Bote digital", D("""
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #cfd8c8">
        <tr><td style="background:#3d6b35;color:#fff;padding:14px;font-size:20px">Auentaler Bote digital &ndash; Herbst 2026</td></tr>
        <tr><td style="padding:14px">
        <p>Liebe Mitglieder,</p>
        <p>als Versicherungsverein auf Gegenseitigkeit geh&ouml;ren wir Ihnen. Deshalb geben wir
        &Uuml;bersch&uuml;sse zur&uuml;ck: F&uuml;r das Gesch&auml;ftsjahr 2025 erhalten alle Mitglieder mit
        schadenfreier Wohngeb&auml;ude- oder Hausratversicherung <b>8&nbsp;%</b> des Jahresbeitrags zur&uuml;ck,
        in der Landwirtschafts-Police sind es <b>5&nbsp;%</b>.</p>
        <h3>Sturmsaison: Drei Dinge vor dem ersten Herbststurm</h3>
        <ul><li>lose Dachziegel und Bleche an Scheunen pr&uuml;fen</li>
        <li>B&auml;ume in Hofn&auml;he vom Fachmann ansehen lassen</li>
        <li>Sch&auml;den sofort fotografieren und melden: Schadenhotline 06643&nbsp;918-555</li></ul>
        <h3>Neu: Zahnzusatz &bdquo;Auental L&auml;cheln&ldquo;</h3>
        <p>Zahnersatz, Kieferorthop&auml;die f&uuml;r Kinder und professionelle Zahnreinigung. Ihre Agentur vor Ort ber&auml;t Sie gern.</p>
        <h3>Erntedank</h3>
        <p>Am 4. Oktober sind wir beim Erntedankfest in Kaltenweiler &ndash; mit Apfelmost vom Obsthof Weigand.</p>
        <p style="font-size:9pt;color:#777"><a href="https://www.auentaler-vvag.example/newsletter">Newsletter abbestellen</a></p>
        </td></tr></table>
    """))
    return alt(m, plain, htm)


@mail("NORMAL", "de", "internal",
      "trap: hail statistics per municipality (counts, sums, loss ratios) in XLSX; no policyholder")
def hagelstatistik_gemeinden():
    m = new(FIEDLER, "Vorstand <vorstand@auentaler-vvag.example>",
            "Hagelereignisse Juni 2026 – Auswertung je Gemeinde", "2026-07-06 16:40",
            cc=ENGELHARDT, mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr Dr. Meisel, sehr geehrte Frau Brandner,

        anbei die Auswertung der beiden Hagelzüge vom 16. und 17. Juni nach
        Gemeinden (Stand 03.07., 612 gemeldete Schäden). Zusammengefasst:

        - Gesamtaufwand inkl. Reserven rund 4,1 Mio. €, davon 2,6 Mio. € Ernte
          (Raps und Wintergerste), 1,2 Mio. € Wohngebäude/Landwirtschaftsgebäude,
          0,3 Mio. € Kfz.
        - Schwerpunkt Kaltenweiler und Rödelsheim (zusammen 58 % des Aufwands).
        - Die Priorität im Hagel-Quotenvertrag mit der Nordhafen Rück wird nach
          heutigem Stand nicht erreicht; das Ereignis bleibt voll in unserem
          Selbstbehalt.

        Für die Vertreterversammlung im November würde ich daraus zwei Folien machen.
    """) + "\n" + SIG["fiedler"]
    text(m, body)
    rows = [["Gemeinde", "Schäden Ernte", "Schäden Gebäude", "Schäden Kfz", "Aufwand EUR", "Schadenquote Hagel 2026"],
            ["Kaltenweiler", 141, 77, 38, 1402300, 1.84],
            ["Rödelsheim", 96, 51, 22, 978150, 1.52],
            ["Mühlbach am Forst", 44, 39, 31, 611900, 0.97],
            ["Hirschau", 28, 24, 19, 402770, 0.71],
            ["Steinach", 17, 11, 9, 288400, 0.58],
            ["Birkenried", 12, 8, 4, 197320, 0.49],
            ["übrige", 19, 12, 10, 229160, 0.33],
            ["Summe", 357, 222, 133, 4110000, None]]
    x = make_xlsx([("Gemeinden", rows), ("Hinweise", [["Quelle: Schadensystem, Stand 03.07.2026"],
                                                      ["Aufwand = Zahlungen + Reserven, ohne Regulierungskosten"]])],
                  title="Hagel Juni 2026", creator="Robert Fiedler", created="2026-07-06T14:10:00Z",
                  stamp=(2026, 7, 6, 16, 10, 0))
    return attach(m, x, "Hagel_Juni2026_Gemeinden.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "storm damage at a named Dutch couple's campsite: claim number, policy, loss adjuster visit (ICS)")
def camping_sturm_vdberg():
    m = new(ENGELHARDT, "Pieter van der Berg <info@camping-am-weiher.example>",
            "Your claim S26-01244 - storm damage to the sanitary building", "2026-03-02 11:15",
            cc="Sabine Roth <s.roth@auentaler-vvag.example>")
    body = D("""
        Dear Mr van der Berg,

        Thank you for your call this morning. I have registered the storm damage
        at Camping am Weiher under claim number S26-01244 (commercial property
        policy GW 30-1188 04, policyholder Pieter and Anneke van der Berg).

        Our loss adjuster, Mr Stefan Lorenz, will visit on Thursday, 5 March, at
        10:00. I have attached a calendar entry. Please keep the broken roof
        panels and the damaged boiler cover until he has seen them.

        If you need emergency repairs to keep the site open for the Easter
        guests, go ahead and keep the invoices - reasonable emergency measures
        are covered.
    """) + sig_en("engelhardt")
    text(m, body, cs="us-ascii", cte="7bit")
    ics = make_ics("S26-01244-lorenz@auentaler-vvag.example", "20260305T100000", "20260305T113000",
                   "Besichtigung Sturmschaden S26-01244 (Camping am Weiher, van der Berg)",
                   location="Camping am Weiher, Weiherweg 1, 36479 Mühlbach am Forst",
                   description="Sachverständiger Stefan Lorenz, Ingenieurbüro Lorenz. Ansprechpartner vor Ort: Pieter van der Berg.",
                   organizer=("Thomas Engelhardt", "t.engelhardt@" + DOMAIN), stamp="20260302T101500Z")
    return attach(m, ics, "Besichtigung_S26-01244.ics", "text/calendar", charset="utf-8")


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "recourse for a straw-store fire: named farmer (policyholder) and named sole-trader tortfeasor, amounts; nobody injured")
def regress_funkenflug():
    m = new(PFEIFFER, "Kanzlei Obermaier & Partner <kanzlei@kanzlei-obermaier.example>",
            "Regress Brand Strohlager Haslach – unser Zeichen R-2026-014", "2026-08-12 09:03",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr Rechtsanwalt Obermaier,

        wir beauftragen Sie mit der Durchsetzung unserer Regressforderung in
        folgender Sache:

        Am 21.07.2026 brannte auf dem Hof unseres Mitglieds Franz Haslach
        (Birkenried, Landwirtschaftliche Gebäude- und Inhaltsversicherung
        LW 1803 914) das Strohlager vollständig ab. Nach dem Bericht der Polizei
        und des Brandsachverständigen wurde das Feuer durch Funkenflug beim
        Trennschleifen ausgelöst, das der Metallbaumeister Erwin Wagner
        (Einzelunternehmen "Metallbau Wagner", Steinach) an der angrenzenden
        Hofmauer ausführte. Personen kamen nicht zu Schaden.

        Wir haben an Herrn Haslach bisher 87.450,00 € geleistet (Aufstellung
        anbei). Die Betriebshaftpflicht von Herrn Wagner liegt nach unserer
        Kenntnis bei einem anderen Versicherer; eine Deckungsanfrage läuft.

        Bitte fordern Sie Herrn Wagner zunächst außergerichtlich zur Zahlung
        binnen vier Wochen auf. Die Ermittlungsakte können Sie über uns anfordern.
    """) + sig("pfeiffer")
    text(m, body)
    pdf = make_pdf([
        "# Regress R-2026-014 - Zahlungsaufstellung",
        "Geschädigter / VN: Franz Haslach, Am Brunnen 2, 36488 Birkenried",
        "Vertrag: LW 1803 914   Schaden-Nr.: S26-02977   Schadentag: 21.07.2026",
        "Anspruchsgegner: Erwin Wagner, Metallbau Wagner, Bahnhofstr. 17, 36487 Steinach",
        "",
        "Gebäude Strohlager (Zeitwert)                 41.200,00 EUR",
        "Vorräte Stroh und Heu, 310 Rundballen          21.700,00 EUR",
        "Aufräum- und Abbruchkosten                     14.950,00 EUR",
        "Entsorgung Brandschutt                          6.120,00 EUR",
        "Sachverständigenkosten                          3.480,00 EUR",
        "Summe Leistungen                               87.450,00 EUR",
        "",
        "Verletzte Personen: keine (Polizeibericht vom 22.07.2026)",
    ], title="Zahlungsaufstellung R-2026-014", author="Claudia Pfeiffer", date="20260811170000")
    return attach(m, pdf, "R-2026-014_Zahlungsaufstellung.pdf", "application/pdf")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "PV yield-loss claim of a named farmer: claim number, monthly production figures in XLSX")
def pv_ertragsausfall():
    m = new(ENGELHARDT, "Karl Meidinger <k.meidinger@landpost.example>",
            "Ihre PV-Anlage Stalldach – Ertragsausfall nach Überspannungsschaden", "2026-09-08 13:50",
            mailer=OUTLOOK)
    body = D("""
        Guten Tag Herr Meidinger,

        der Wechselrichter ist ja inzwischen getauscht. Für die Berechnung des
        Ertragsausfalls (Photovoltaikversicherung PV 44-0093 12, Schaden
        S26-03702) habe ich Ihre Monatswerte aus dem Portal des Netzbetreibers mit
        den Vorjahreswerten verglichen, siehe Tabelle.

        Ergebnis: Für die 23 Tage Stillstand im August setzen wir 2.914 kWh an.
        Bei Ihrer Einspeisevergütung von 8,11 ct/kWh sind das 236,33 €. Dazu
        kommen die Kosten für den Wechselrichter laut Rechnung Elektro Fuchs
        (3.480,00 €). Wenn Sie einverstanden sind, zahlen wir beides zusammen aus.
    """) + sig("engelhardt")
    text(m, body)
    rows = [["Monat", "Ertrag 2025 kWh", "Ertrag 2026 kWh", "Bemerkung"],
            ["Mai", 11820, 11604, ""], ["Juni", 12410, 12698, ""], ["Juli", 12950, 12311, ""],
            ["August", 11230, 7472, "Stillstand 04.08.-26.08.2026"],
            ["Ansatz Ausfall", None, 2914, "Tageswert Vorjahr x 23 abzgl. Restertrag"],
            ["Vergütung je kWh", None, 0.0811, "EEG-Satz lt. Bescheid"],
            ["Entschädigung", None, 236.33, "EUR"]]
    x = make_xlsx([("Meidinger PV", rows)], title="Ertragsausfall S26-03702", creator="Thomas Engelhardt",
                  created="2026-09-08T11:20:00Z", stamp=(2026, 9, 8, 13, 20, 0))
    return attach(m, x, "S26-03702_Ertragsausfall.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, burn dressings and AED pads for the agencies; health words, no person")
def bestellung_erste_hilfe():
    m = new(HELLER, "Sanitätsbedarf Rhön GmbH <bestellung@sani-rhoen.example>",
            "Bestellung 2026-0419: Erste-Hilfe-Material für 11 Agenturen", "2026-04-20 10:12",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrte Damen und Herren,

        wir bestellen zur Lieferung an unsere Hauptverwaltung (Warenannahme
        Hintereingang, Am Kornmarkt 4, Lindach):

        Pos  Menge  Artikel
        1    11     Betriebsverbandkasten DIN 13157, Wandhalterung
        2    22     Nachfüllset DIN 13157
        3    11     Brandwunden-Verbandtuch 60 x 80 cm
        4     4     Elektrodenpads Erwachsene für AED "LifeStart 3"
        5     2     Elektrodenpads Kinder für AED "LifeStart 3"
        6    11     Augenspülflasche 500 ml
        7     1     Trage für den Ersthelferraum

        Lieferung bitte bis spätestens 15.05.2026, weil die Ersthelferschulung
        für die Agenturen am 18.05. ist. Rechnung wie immer an
        rechnung@auentaler-vvag.example mit unserer Bestellnummer.
    """) + sig("heller")
    return text(m, body, cs="windows-1252", cte="8bit")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "heating-oil leak on a named farmer's land: water-pollution liability claim, policy, authority order; HTML only")
def heizoel_gewaesserschaden():
    m = new(VOGT, "Rupert Haslinger <haslinger.rupert@dorfnetz.example>",
            "Gewässerschaden Heizöltank – Ihre Anlagenhaftpflicht GH 50-0217", "2026-01-27 15:20",
            mailer=OUTLOOK)
    htm = html_page("Gewässerschaden", D("""
        <p class="MsoNormal">Sehr geehrter Herr Haslinger,</p>
        <p class="MsoNormal">das Landratsamt hat uns die Anordnung vom 23.01.2026 zur Sanierung des Erdreichs
        neben Ihrem Heizöltank (Hofstelle Steinach, Flurnummer 88) in Kopie geschickt. Die Kosten sind &uuml;ber Ihre
        Gew&auml;sserschaden-Anlagenhaftpflicht <b>GH&nbsp;50-0217</b> gedeckt, Schadennummer <b>H26-00166</b>.</p>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
        <tr><th>Ma&szlig;nahme</th><th>Firma</th><th>Sch&auml;tzung</th></tr>
        <tr><td>Aushub und Entsorgung kontaminiertes Erdreich (ca. 18 m&sup3;)</td><td>Erdbau Gerlach</td><td>11.900 &euro;</td></tr>
        <tr><td>Grundwassermessstelle, 3 Beprobungen</td><td>Umweltlabor Fulda-Land</td><td>2.350 &euro;</td></tr>
        <tr><td>Neuer doppelwandiger Tank</td><td>&ndash;</td><td>nicht versichert</td></tr>
        </table>
        <p class="MsoNormal">Bitte beauftragen Sie die Firmen erst nach unserer Freigabe, au&szlig;er das Amt setzt eine k&uuml;rzere Frist.</p>
        <p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<br>Andreas Vogt<br>Firmenkunden / Gewerbe<br>Tel. 06643 918-350</p>
        <p style="font-size:8pt;color:#666">Auentaler Versicherungsverein auf Gegenseitigkeit (VVaG) &middot; Am Kornmarkt 4 &middot; 36478 Lindach im Auental<br>
        Amtsgericht Lindach HRB 1187 &middot; Vorstand: Dr. Konrad Meisel (Vors.), Ulrike Brandner</p>
    """))
    return html_only(m, htm)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "frost damage at a named fruit farm: crop policy, loss percentages in the assessor's PDF report")
def frost_obsthof_weigand():
    m = new(ENGELHARDT, "Obsthof Weigand <obsthof.weigand@landpost.example>",
            "Frostschaden Apfelanlagen – Gutachten Herr Bauer", "2026-05-11 12:02", mailer=OUTLOOK)
    body = D("""
        Hallo Herr Weigand,

        anbei das Gutachten von Herrn Bauer zu den Spätfrostnächten vom 20. und
        21. April. Er kommt bei den Elstar-Quartieren auf 65 % Ausfall, bei
        Topaz auf 30 %, die Birnen sind kaum betroffen.

        Auf dieser Grundlage rechnen wir die Frostversicherung ab. Die endgültige
        Zahlung kann erst nach der Ernte erfolgen, einen Abschlag von 20.000 €
        überweisen wir aber schon jetzt.

        Falls Sie mit den Prozentsätzen nicht einverstanden sind, können Sie
        innerhalb von 14 Tagen eine Nachbesichtigung verlangen.
    """) + sig("engelhardt")
    text(m, body)
    pdf = make_pdf([
        "# Gutachten Frostschaden Obstbau",
        "Auftraggeber: Auentaler VVaG, Schaden-Nr. S26-01890",
        "Betrieb: Obsthof Weigand, Inh. Winfried Weigand, Obstgartenweg 3, 36482 Kaltenweiler",
        "Versicherung: Frost-/Hagelversicherung Obstbau LW 1803 577",
        "Besichtigung: 07.05.2026, anwesend Herr W. Weigand und Sohn Jonas",
        "",
        "Quartier   Sorte     Fläche ha   Blütenausfall   Ertragsausfall geschätzt",
        "Q1         Elstar    2,4         70 %            65 %",
        "Q2         Elstar    1,1         68 %            65 %",
        "Q3         Topaz     1,8         35 %            30 %",
        "Q4         Conference (Birne) 0,6  5 %             0 %",
        "",
        "Temperaturen Wetterstation Kaltenweiler: 20.04. -3,8 °C, 21.04. -4,4 °C (2 m Höhe)",
        "Frostschutzberegnung: nicht vorhanden",
        "",
        "Lindach, 09.05.2026   Dipl.-Ing. agr. Reinhold Bauer, ö.b.u.v. Sachverständiger",
    ], title="Gutachten S26-01890", author="R. Bauer", date="20260509160000")
    return attach(m, pdf, "Gutachten_Frost_Weigand.pdf", "application/pdf")


@mail("NORMAL", "de", "internal",
      "trap: weekend storm duty roster with staff names and mobile numbers; no customer, no health")
def dienstplan_sturm():
    m = new(ENGELHARDT, "Schaden-Team <schaden-team@auentaler-vvag.example>",
            "Unwetterwarnung Stufe 3 – Rufbereitschaft Sa/So", "2026-01-15 15:44")
    body = D("""
        Hallo zusammen,

        der Wetterdienst hat für Samstag Orkanböen bis 120 km/h für den ganzen
        Landkreis angekündigt. Wir machen deshalb am Wochenende Rufbereitschaft
        auf der Schadenhotline:

          Sa 08–14 Uhr   Thomas Engelhardt   0171 5550 312
          Sa 14–20 Uhr   Klaus Reinhardt     0171 5550 333
          So 08–14 Uhr   Andreas Vogt        0160 5553 350
          So 14–20 Uhr   Kevin Maurer (mit mir als Backup)

        Die Weiterleitung der 918-555 stellt Sven am Freitag um 17 Uhr um. Bitte
        Laptop und Diensthandy mitnehmen und einmal ins VPN einlogen, bevor ihr
        heimgeht. Meldungen nur aufnehmen, keine Zusagen am Telefon.

        Danke euch! Am Montag gibt's Frühstück auf Kosten des Hauses.

        Thomas
    """)
    return text(m, body, cte="8bit")


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "large-loss notice to the reinsurer: barn fire at a named farmer's holding, sum insured, reserve; nobody injured")
def grossschaden_rueck():
    m = new(FIEDLER, "Claims Nordhafen Re <claims@nordhafen-re.example>",
            "Large loss advice - property treaty 2026 - barn fire Brandstetter, Steinach", "2026-10-19 10:25",
            cc="Robert Fiedler <r.fiedler@auentaler-vvag.example>")
    body = D("""
        Dear colleagues,

        Under clause 9 of our property per-risk treaty we advise the following loss:

          Cedent claim no.:  S26-04102
          Insured:           Johann Brandstetter, farmer, Hof Brandstetter,
                             Lindenweg 5, 36487 Steinach
          Policy:            LW 1804 033 (farm buildings, contents, livestock)
          Date of loss:      16 October 2026
          Cause:             fire in a hay barn, presumably self-ignition of hay
          Injuries:          none; 46 dairy cows were evacuated
          Sum insured:       EUR 2,350,000 (buildings) / EUR 610,000 (contents)
          Reserve:           EUR 1,180,000 (gross), of which about EUR 640,000 buildings

        The police investigation is routine; there is no indication of arson. The
        loss adjuster's first report will follow within three weeks.
    """) + "\n" + SIG_EN["fiedler"] + "\n" + FOOTER_ASCII
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: treaty renewal with aggregated exposure per county in a CSV; money words, no insured person")
def treaty_renewal():
    m = new(FIEDLER, "Hannah Claussen <h.claussen@nordhafen-re.example>",
            "Hail QS 2027 renewal - exposure data and timeline", "2026-09-14 09:48",
            irt="<7d1e8f1a20b9@nordhafen-re.example>")
    body = D("""
        Dear Hannah,

        as promised, the exposure file for the 2027 renewal of the hail quota
        share is attached (crop sums insured and number of risks per municipality,
        as at 31 August 2026). Some remarks:

        * Rape seed share is up from 31% to 36% of the crop sum insured; winter
          barley down accordingly.
        * We added 212 new fruit and vine risks after the spring frost campaign.
        * The June 2026 hail events are included in the loss history sheet
          we sent on 6 July (gross EUR 2.6m crop).

        Timeline on our side: board approval on 27 October, signed slip by 30
        November please. We would like to keep the 40% cession and discuss the
        profit commission scale.

        Best regards
        Robert

        > On 11 Sep 2026, Hannah Claussen wrote:
        > Dear Robert, could you send us the updated exposure per municipality
        > before our underwriting committee on 16 September? Thanks, Hannah
    """) + "\n" + SIG_EN["fiedler"] + "\n" + FOOTER_ASCII
    text(m, body, cs="us-ascii", cte="7bit")
    rows = [["municipality", "crop", "risks", "hectares", "sum_insured_eur"],
            ["Kaltenweiler", "rape", 118, 2410, 5905000], ["Kaltenweiler", "winter barley", 131, 2980, 4470000],
            ["Roedelsheim", "rape", 84, 1766, 4327000], ["Roedelsheim", "winter wheat", 97, 2210, 4420000],
            ["Muehlbach am Forst", "rape", 39, 690, 1690500], ["Hirschau", "fruit", 61, 188, 2632000],
            ["Steinach", "maize", 44, 1020, 1632000], ["Birkenried", "grassland", 72, 1490, 894000],
            ["other", "mixed", 126, 2245, 3590000]]
    return attach(m, make_csv(rows, delimiter=","), "exposure_hail_2027_by_municipality.csv", "text/csv",
                  charset="us-ascii")

# --------------------------------------------------------------------------
# property, motor, liability, legal expenses, commercial (mostly CONFIDENTIAL)
# --------------------------------------------------------------------------

@mail("CONFIDENTIAL", "de", "customer",
      "agent forwards a customer's new bank details (IBAN) for her household and motor contracts to premium accounting")
def bankwechsel_schmitt():
    m = new(ROTH, "Beitragsbuchhaltung <beitrag@auentaler-vvag.example>", "WG: neue Bankverbindung",
            "2026-04-07 11:26", mailer=OUTLOOK)
    body = D("""
        Hallo Nadine,

        bitte die neue Bankverbindung von Frau Schmitt für beide Verträge
        hinterlegen (Hausrat HR 4471 203 und Kfz KF 7709 1162). Das
        SEPA-Mandat hat sie mir heute unterschrieben in der Agentur
        abgegeben, geht mit der Hauspost raus.

        Danke dir!
        Sabine

        -----Ursprüngliche Nachricht-----
        Von: Erika Schmitt <erika.schmitt@mailbox.example>
        Gesendet: Montag, 6. April 2026 18:02
        An: Roth, Sabine <s.roth@auentaler-vvag.example>
        Betreff: neue Bankverbindung

        Hallo Frau Roth,
        wir haben die Bank gewechselt, die alte Sparkasse hat ja die Filiale in
        Mühlbach zugemacht. Bitte ab Mai abbuchen von:

        Erika Schmitt
        IBAN DE46 5306 9144 0001 1872 66
        Raiffeisenbank Auental-Süd

        Gilt für die Hausrat und fürs Auto. Danke und schöne Ostern noch
        E. Schmitt
    """)
    return text(m, body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "pipe-burst claim of a named pensioner: claim number, drying company, payout; base64 body, no health content")
def leitungswasser_amann():
    m = new(ENGELHARDT, "Hildegard Amann <h.amann@dorfnetz.example>",
            "Ihr Wasserschaden in der Küche – Trocknung und nächste Schritte", "2026-02-03 09:40",
            mailer="Auentaler Korrespondenz 4.0")
    body = D("""
        Sehr geehrte Frau Amann,

        vielen Dank für Ihren Anruf. Es tut mir leid, dass Sie am Wochenende
        so einen Schreck hatten. Wir haben den Schaden unter der Nummer
        S26-00502 zu Ihrer Wohngebäudeversicherung (WG 21-0039 0788) und Ihrer
        Hausratversicherung (HR 4470 815) angelegt.

        So geht es weiter:
        1. Die Firma Trockenbau Senger aus Lindach kommt am Donnerstag und stellt
           die Trocknungsgeräte auf. Den Strom für die Geräte erstatten wir Ihnen
           pauschal mit 3,50 € pro Gerät und Tag.
        2. Die Küchenzeile muss teilweise ab. Bitte bewahren Sie die beschädigten
           Unterschränke auf, bis unser Gutachter sie gesehen hat.
        3. Ihr Sohn hatte gefragt, ob Sie in der Zeit woanders wohnen müssen. Nein,
           Wohnzimmer und Schlafzimmer sind nicht betroffen.

        Wenn Sie etwas brauchen, rufen Sie mich gern an. Sie müssen nichts
        schriftlich einreichen, das machen wir mit der Firma direkt.
    """) + sig("engelhardt")
    return text(m, body, cte="base64")


@mail("NORMAL", "de", "insurer-to-authority",
      "trap: heavy-rain claims aggregated per street for the municipality's flood plan; no names, no policy")
def gemeinde_starkregen():
    m = new(VOGT, "Bürgermeister Alois Ranft <buergermeister@muehlbach-forst.example>",
            "Starkregen Mai 2026 – Schadenschwerpunkte für Ihr Hochwasserkonzept",
            "2026-07-21 14:15", cc="Sabine Roth <s.roth@auentaler-vvag.example>")
    body = D("""
        Sehr geehrter Herr Bürgermeister Ranft,

        wie in der Gemeinderatssitzung angeboten, hier unsere Auswertung zum
        Starkregen vom 28. Mai. Wir haben nur Straßen aufgeführt, in denen uns
        mindestens fünf Schäden gemeldet wurden, damit keine Rückschlüsse auf
        einzelne Haushalte möglich sind:

          Straße                 Schäden   Art
          Bachgasse              14        Keller geflutet, Rückstau Kanal
          Mühlweg (Nr. 1-30)      9        Oberflächenwasser vom Hang
          Am Forsthaus            7        Rückstau Kanal
          Untere Hauptstraße      6        Keller, zwei Tiefgaragen

        Rund 60 % der Schäden wären mit einer Rückstauklappe vermeidbar gewesen.
        Wir würden gern mit der Gemeinde einen Infoabend zu Rückstausicherung und
        Elementarversicherung machen - Frau Roth aus unserer Agentur in Mühlbach
        kümmert sich um einen Termin im Bürgerhaus.
    """) + sig("vogt")
    return text(m, body, cs="iso-8859-1", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: named dog owner's liability claim, the other dog's vet invoice attached (animal health, not human health)")
def hundebiss_kapp():
    m = new(ENGELHARDT, "Wilfried Kapp <w.kapp@netmail.example>",
            "Ihr Hund \"Bruno\" – Schaden H26-00734 / Tierarztrechnung Frau Ebert", "2026-05-26 10:05",
            mailer=OUTLOOK)
    body = D("""
        Guten Morgen Herr Kapp,

        Frau Ebert hat uns jetzt die Tierarztrechnung für ihre Hündin "Lotte"
        geschickt (im Anhang zu Ihrer Info). Die Bisswunde an der Schulter
        musste genäht werden, dazu Antibiotikum und zwei Nachkontrollen.

        Über Ihre Hundehalter-Haftpflicht (HH 60-0412) übernehmen wir den Betrag
        von 486,73 €. Ihre Selbstbeteiligung von 150 € ziehen wir ab; Sie
        bekommen dazu noch eine separate Rechnung. Frau Ebert zahlen wir den
        vollen Betrag direkt.

        Bitte denken Sie an die Leinenpflicht im Ortskern, das Ordnungsamt hat
        nachgefragt.
    """) + sig("engelhardt")
    text(m, body)
    pdf = make_pdf([
        "# Tierarztpraxis Dr. Leitner - Kleintiere und Pferde",
        "Steinacher Straße 40, 36479 Mühlbach am Forst",
        "",
        "Rechnung Nr. 2026-1187        Datum: 19.05.2026",
        "Tierhalterin: Nicole Ebert, Forstweg 11, 36479 Mühlbach am Forst",
        "Patient: Lotte, Hund, Labrador-Mischling, w, 6 J.",
        "",
        "GOT-Pos.  Leistung                                   Betrag",
        "1         Allgemeine Untersuchung                      23,62 EUR",
        "113       Wundversorgung mit Naht, Sedation          168,40 EUR",
        "          Amoxicillin/Clavulansäure 250 mg, 14 Tbl.    38,90 EUR",
        "          Schmerzmittel Meloxicam oral                 21,15 EUR",
        "1         Nachkontrolle (2x)                           47,24 EUR",
        "          Verbandsmaterial, Halskrause                 32,70 EUR",
        "Netto                                              409,02 EUR",
        "MwSt 19 %                                           77,71 EUR",
        "Gesamt                                             486,73 EUR",
    ], title="Rechnung 2026-1187", author="Tierarztpraxis Dr. Leitner", date="20260519120000")
    return attach(m, pdf, "Rechnung_Tierarzt_Lotte.pdf", "application/pdf")


@mail("CONFIDENTIAL", "de+en", "insurer-to-customer",
      "bilingual policy confirmation for a named Dutch couple's holiday cottage: address, policy number, premium, birth dates")
def ferienhaus_vdberg():
    m = new(ROTH, "Anneke van der Berg <anneke@camping-am-weiher.example>",
            "Ihr Ferienhaus Lindenblick / your holiday cottage – Versicherungsschein WG 21-0052 3310",
            "2026-05-04 16:30")
    body = D("""
        Liebe Frau van der Berg,
        (English below)

        anbei wie besprochen die Daten für Ihr Ferienhaus in Birkenried. Der
        Versicherungsschein kommt zusätzlich per Post.

          Versicherungsnehmer: Anneke van der Berg (geb. 11.09.1975) und
                               Pieter van der Berg (geb. 02.03.1972)
          Risiko:              Ferienhaus "Lindenblick", Am Lindenbühl 6,
                               36488 Birkenried (vermietet an Feriengäste)
          Vertrag:             Wohngebäude WG 21-0052 3310, inkl. Elementar
          Jahresbeitrag:       612,40 €, Abbuchung jeweils 1. Juni

        Wichtig: Bei Leerstand im Winter bitte die Wasserleitungen entleeren,
        sonst gibt es bei Frostschäden Ärger.

        ---

        Dear Mrs van der Berg,

        as discussed, here are the details for your holiday cottage. The policy
        document will also be posted to you. The annual premium of EUR 612.40 will
        be collected on 1 June each year. Please drain the water pipes if the
        house is empty in winter - frost damage caused by not doing so is not
        covered.

        Hartelijke groeten en tot ziens!
    """) + sig("roth", footer=False) + "\n" + FOOTER
    return text(m, body, cte="8bit")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "payment reminder: named driver's motor premium arrears, returned direct debit, amounts")
def mahnung_kfz():
    m = new(KRAEMER, "Dennis Vogel <dennis.vogel91@netmail.example>",
            "Zahlungserinnerung Kfz-Versicherung KF 7715 0384", "2026-08-17 07:30",
            extra=[("X-Mailer", "Auentaler Inkasso 2.8")])
    body = D("""
        Sehr geehrter Herr Vogel,

        leider konnten wir den Beitrag für Ihre Kfz-Versicherung nicht
        einziehen. Ihre Bank hat die Lastschrift vom 01.08.2026 mit dem Hinweis
        "Konto erloschen" zurückgegeben.

          Vertrag:            KF 7715 0384 (LI-DV 91)
          offener Beitrag:    387,60 EUR
          Rücklastschrift:      3,50 EUR
          zu zahlen bis:      31.08.2026

        Bitte überweisen Sie den Betrag auf unser Konto bei der Volksbank
        Auental oder teilen Sie uns eine neue Bankverbindung mit. Wenn Sie
        schon gezahlt haben, ist diese Mail gegenstandslos.

        Bitte beachten Sie: Bleibt der Folgebeitrag offen, kann der
        Versicherungsschutz nach § 38 VVG entfallen.
    """) + sig("kraemer")
    return text(m, body, cs="iso-8859-1", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "no-claims transfer from father to daughter: both named with birth dates in body and in the filled DOCX form")
def sf_uebertragung_wegmann():
    m = new(WOLFRAM, "Julia Wegmann <julia.wegmann@posteo.example>",
            "Übertragung Schadenfreiheitsrabatt – Formular zum Unterschreiben", "2026-01-12 13:18",
            cc="Rainer Wegmann <r.wegmann@dorfnetz.example>", mailer=OUTLOOK)
    body = D("""
        Hallo Frau Wegmann,

        Ihr Vater möchte Ihnen seinen Schadenfreiheitsrabatt aus dem Vertrag
        KF 7702 5518 übertragen. Das geht, weil Sie das Auto nachweislich seit
        2021 regelmäßig gefahren sind. Ich habe das Formular schon mit den Daten
        aus unserem System ausgefüllt (Anhang). Bitte prüfen, beide
        unterschreiben und eingescannt zurückschicken.

        Zur Info: Ihr Vater fängt danach im Vertrag für seinen neuen Wagen wieder
        bei SF 1/2 an, weil er selbst keinen Rabatt mehr hat.
    """) + sig("wolfram")
    text(m, body)
    docx = make_docx([
        ("h", "Erklärung zur Übertragung des Schadenfreiheitsrabatts"),
        "Auentaler VVaG, Kfz-Vertrag, Am Kornmarkt 4, 36478 Lindach im Auental",
        [["", "Abgebender", "Übernehmende"],
         ["Name", "Rainer Wegmann", "Julia Wegmann"],
         ["Geburtsdatum", "07.06.1964", "23.10.2001"],
         ["Anschrift", "Gartenstraße 4, 36487 Steinach", "Rosenweg 2a, 36478 Lindach"],
         ["Vertrag", "KF 7702 5518", "KF 7716 0021 (neu)"],
         ["Führerschein seit", "1982", "17.11.2019"]],
        "Die übernehmende Person hat das Fahrzeug seit 01.2021 regelmäßig genutzt. Der Abgebende verzichtet "
        "auf den Schadenfreiheitsrabatt und wird im eigenen Vertrag neu eingestuft.",
        "Übertragen wird: SF 9 (Haftpflicht und Vollkasko), schadenfrei seit 2017.",
        "Ort, Datum, Unterschrift Abgebender: ______________________",
        "Ort, Datum, Unterschrift Übernehmende: ______________________",
    ], title="SF-Übertragung Wegmann", creator="Jana Wolfram", created="2026-01-12T12:01:00Z",
        stamp=(2026, 1, 12, 13, 1, 0))
    return attach(m, docx, "SF-Uebertragung_Wegmann.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "adding a second car and the spouse as driver: names, birth dates, US licence, policy number")
def whitaker_zweitwagen():
    m = new(WOLFRAM, "Daniel Whitaker <dwhitaker@steiner-maschinenbau.example>",
            "RE: Second car / adding my wife as driver", "2026-02-16 12:45",
            irt="<CH3PR11MB7612A4E1D2F0@steiner-maschinenbau.example>")
    body = D("""
        Dear Mr Whitaker,

        Thank you for the documents. I have added the second car to your motor
        policy KF 7716 2207:

          Vehicle:        VW Tiguan, registration LI-DW 707 (from 1 March 2026)
          Main driver:    Megan Whitaker, born 30 April 1983
          Other driver:   Daniel Whitaker, born 14 January 1980
          Licence:        Ohio, issued 2001 - converted German licence pending

        Because your wife has no German claims history, we can give her the
        same "SF 2" class we agreed for you, based on the Ohio driving record you
        sent. The new annual premium for the second car is EUR 846.20.

        Please note that the converted licence must be presented within six
        months of registration.

        -----Original Message-----
        From: Daniel Whitaker <dwhitaker@steiner-maschinenbau.example>
        Sent: Friday, February 13, 2026 4:12 PM
        To: Wolfram, Jana <j.wolfram@auentaler-vvag.example>
        Subject: Second car / adding my wife as driver

        Hi Jana, we bought a second car (Tiguan, registration appointment on 1 March).
        Megan will drive it most of the time. Attached her Ohio licence and the
        driving record from the BMV, no claims or tickets. Thanks! Dan
    """) + sig_en("wolfram")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "burglary claim of a named British pensioner: claim number, stolen items and values in a CSV")
def einbruch_holloway():
    m = new(GRUBER, "Margaret Holloway <m.holloway@netmail.example>",
            "Your burglary claim - list of stolen items", "2026-11-24 17:20")
    body = D("""
        Dear Mrs Holloway,

        I hope you have recovered a little from the shock. I typed the list you
        gave me on Saturday into our claims form - please check the attached file,
        especially the values, and tell me if anything is missing. The claim
        number is S26-04617 (household contents policy HR 4472 930).

        The police reference is LI-2026-118734; please keep it handy.
        Our claims colleague Mr Engelhardt will contact you about the
        replacement of the lock and the back door - that part is covered too.

        Warm regards
    """) + sig_en("gruber")
    text(m, body, cs="us-ascii", cte="7bit")
    rows = [["Pos", "Item", "Bought", "Price new EUR", "Receipt"],
            ["1", "Wedding ring, gold, engraved R+M 1969", "1969", "1200", "no"],
            ["2", "Necklace, pearls (inherited)", "", "900", "valuation 2019"],
            ["3", "Laptop Lenovo ThinkPad", "2023", "1149", "yes"],
            ["4", "Cash from the kitchen drawer", "", "340", "no"],
            ["5", "Camera Olympus with two lenses", "2018", "1480", "yes"],
            ["6", "Silver cutlery for 12, Sheffield", "", "2600", "photos only"]]
    return attach(m, make_csv(rows, encoding="utf-8"), "S26-04617_stolen_items.csv", "text/csv",
                  charset="utf-8")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "grey: equine mortality cover for a named breeder's mare after colic surgery; animal health only, sums insured")
def stute_kolik_brennan():
    m = new(VOGT, "Aoife Brennan <aoife@gestuet-birkenried.example>",
            "Mare \"Glenmara\" - cover after colic surgery", "2026-06-09 10:10",
            irt="<DB9PR04MB8420C1A7@gestuet-birkenried.example>")
    body = D("""
        Dear Ms Brennan,

        I am glad Glenmara came through the colic operation at the equine
        clinic well. Regarding your question:

        * The surgery costs (EUR 5,870) are covered under the surgery cover of
          your horse policy TV 70-0088, less the 20% excess - we will transfer
          EUR 4,696 to your account this week.
        * The mortality cover (sum insured EUR 28,000) continues, but for the
          next six months a death caused by a further colic would only be paid
          at 50%. This is the standard clause after abdominal surgery.
        * The vet's final report after the check-up in July would help us to lift
          that restriction earlier.

        Best regards
        Andreas Vogt

        On Mon, 8 Jun 2026 at 21:14, Aoife Brennan wrote:
        > Hi Andreas, Glenmara is back home, the vet in the clinic said the
        > small intestine was twisted but they did not have to remove anything.
        > Does the insurance still cover her? She is in foal again.
        > Aoife
    """) + "\n" + FOOTER_ASCII
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "personal liability claim of a named seasonal foreman: damaged scooter, claim number, no injuries")
def nowak_roller():
    m = new(ENGELHARDT, "Marek Nowak <marek.nowak@pocztamail.example>",
            "Your liability claim H26-01102 - scooter in the car park", "2026-08-04 08:55")
    body = D("""
        Hello Mr Nowak,

        thank you for reporting the incident at the supermarket car park in
        Lindach on 31 July. Your personal liability insurance (PH 62-1933) covers
        the damage to Mr Yusuf Demir's scooter. You wrote that nobody was hurt
        and the scooter fell over when you opened the van door in the wind.

        We have asked Mr Demir for a repair estimate. Please do not pay him
        anything yourself - we settle directly with him.

        If the police contact you, you can give them the claim number H26-01102.
    """) + sig_en("engelhardt")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "stolen e-bike of a named au pair: claim number, frame number, receipt amount; html+text")
def hartley_fahrrad():
    m = new(GRUBER, "Chloe Hartley <chloe.hartley@ozmail.example>",
            "Stolen bike - claim S26-02315", "2026-06-29 18:03", cc="Markus Schuster <m.schuster@dorfnetz.example>")
    plain = D("""
        Hi Chloe,

        sorry to hear about your bike! Since you live with the Schuster family
        and your bike is included in their household contents policy
        (HR 4471 877, with bicycle cover), we can settle it.

        Claim no.: S26-02315
        Bike: Cube city bike, frame no. WCU48213990, bought 14 March 2026 for EUR 749
        Stolen: 26 June 2026, at Lindach station, locked
        Police report: received, thank you

        We will pay the purchase price less 10% for age to the Schusters' account,
        as they are the policyholders. Markus, I have copied you in.

        Cheers
        Ferdinand Gruber
    """) + "\n" + FOOTER_ASCII
    htm = html_page("Stolen bike", D("""
        <p>Hi Chloe,</p>
        <p>sorry to hear about your bike! Since you live with the Schuster family and your bike is included in their
        household contents policy (HR 4471 877, with bicycle cover), we can settle it.</p>
        <table cellpadding="3" style="border:1px solid #999">
        <tr><td>Claim no.</td><td>S26-02315</td></tr>
        <tr><td>Bike</td><td>Cube city bike, frame no. WCU48213990, bought 14 March 2026 for EUR 749</td></tr>
        <tr><td>Stolen</td><td>26 June 2026, at Lindach station, locked</td></tr>
        <tr><td>Police report</td><td>received, thank you</td></tr>
        </table>
        <p>We will pay the purchase price less 10% for age to the Schusters' account, as they are the policyholders.
        Markus, I have copied you in.</p>
        <p>Cheers<br>Ferdinand Gruber</p>
    """))
    return alt(m, plain, htm, cs="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "one-line confirmation to a named sole-trader baker: glass breakage claim number")
def glas_baeckerei():
    m = new(ENGELHARDT, "Bäckerei Hummel <info@baeckerei-hummel.example>",
            "AW: Schaufenster kaputt", "2026-10-06 07:52",
            irt="<20261006063144.4F2A1@baeckerei-hummel.example>")
    body = D("""
        Hallo Herr Hummel, passt, Glaserei Wehner kann gleich tauschen, läuft über Ihre Glasversicherung GL 80-0071, Schaden-Nr. S26-03998. Rechnung bitte direkt an uns.

        T. Engelhardt

        -----Ursprüngliche Nachricht-----
        Von: Franz Hummel <info@baeckerei-hummel.example>
        Gesendet: Dienstag, 6. Oktober 2026 06:31
        Betreff: Schaufenster kaputt

        Heut nacht hat einer das Schaufenster eingeworfen, Polizei war schon da.
        Kann der Wehner gleich kommen? Wir haben offen.
        Hummel
    """)
    return text(m, body, cs="windows-1252", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "grey: company policyholder (sawmill GmbH & Co. KG) with contract number, sums insured, premiums and named managing director in an ODT")
def saegewerk_verlaengerung():
    m = new(VOGT, "Michael Brunner <m.brunner@saegewerk-brunner.example>",
            "Verlängerung Feuer- und Betriebsunterbrechungsversicherung 2027", "2026-10-27 15:05",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr Brunner,

        zum 01.01.2027 läuft Ihre Feuer-/BU-Versicherung (FB 90-0014) aus. Nach
        der Begehung mit Ihrem Betriebsleiter Herrn Ziegler und der neuen
        Absauganlage in Halle 3 können wir Ihnen die Verlängerung zu den im
        Nachtrag beschriebenen Konditionen anbieten.

        Kurz: Die Versicherungssummen steigen um 6 %, der Beitrag nur um 2,5 %,
        weil die Funkenerkennungsanlage jetzt abgenommen ist. Den Nachtrag zur
        Unterschrift finden Sie im Anhang.
    """) + sig("vogt")
    text(m, body)
    odt = make_odt([
        ("h", "Nachtrag Nr. 7 zum Vertrag FB 90-0014"),
        "Versicherungsnehmer: Sägewerk Brunner GmbH & Co. KG, vertreten durch Geschäftsführer Michael Brunner, "
        "Sägmühle 1, 36487 Steinach",
        [["Position", "Versicherungssumme 2027", "Beitrag netto 2027"],
         ["Gebäude (Hallen 1-4, Büro)", "8.480.000 EUR", "21.200,00 EUR"],
         ["Technische und kaufmännische Betriebseinrichtung", "5.300.000 EUR", "15.370,00 EUR"],
         ["Vorräte Rund- und Schnittholz", "3.100.000 EUR", "11.160,00 EUR"],
         ["Betriebsunterbrechung, Haftzeit 18 Monate", "9.750.000 EUR", "17.550,00 EUR"]],
        "Selbstbeteiligung je Schadenfall: 10.000 EUR. Rabatt Funkenerkennung: 12 %.",
        "Gültig ab 01.01.2027, Laufzeit ein Jahr mit stillschweigender Verlängerung.",
    ], title="Nachtrag FB 90-0014", creator="Andreas Vogt", created="2026-10-27T14:40:00",
        stamp=(2026, 10, 27, 14, 40, 0))
    return attach(m, odt, "Nachtrag_7_FB90-0014.odt", "application/vnd.oasis.opendocument.text")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "named sole-trader roofer's business liability: tile fell on a neighbour's car, nobody hurt, claim and sums")
def dachdecker_pfister():
    m = new(ENGELHARDT, "Georg Pfister <dachdeckerei.pfister@handwerk-auental.example>",
            "Schaden H26-02208 – Dachziegel auf Pkw Kirchgasse 5", "2026-09-22 11:30")
    ua_tb(m)
    body = D("""
        Hallo Herr Pfister,

        kurzer Stand zu dem Ziegel, der Ihrem Gesellen am 15.09. in der
        Kirchgasse vom Dach gerutscht ist:

        - Ihre Betriebshaftpflicht (BH 55-0390) übernimmt den Schaden am Pkw
          von Frau Ingrid Sattler (Delle in der Motorhaube, Lack).
        - Laut Kostenvoranschlag Autohaus Kessler 1.240,00 €, dazu
          Nutzungsausfall für 3 Tage.
        - Die Selbstbeteiligung von 500 € stellen wir Ihnen in Rechnung.
        - Gut, dass niemand darunter stand. Bitte sperrt ihr bei den nächsten
          Baustellen den Gehweg ab, das verlangt auch die Gemeinde.
    """) + sig("engelhardt")
    return text(m, body, cte="8bit", flowed=True)


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "grey: company policyholder's cargo claim (policy, amounts) with named employees as contacts")
def transport_steiner():
    m = new(VOGT, "Ruth Anders <r.anders@steiner-maschinenbau.example>",
            "Cargo claim T26-00041 - milling unit to Dayton, Ohio", "2026-04-14 16:12",
            cc="Daniel Whitaker <dwhitaker@steiner-maschinenbau.example>", mailer=OUTLOOK)
    body = D("""
        Dear Ms Anders,

        Thank you for the survey report from the port of Baltimore. Under your
        open cargo policy TR 95-0007 (Steiner Maschinenbau GmbH) we accept the
        claim for the milling unit shipped under B/L HLCU-BAL-558120:

          Invoice value CIF + 10%:   EUR 182,600
          Damage per survey:          spindle housing cracked, control cabinet
                                      dented (forklift impact at the terminal)
          Repair by your US partner:  USD 41,380 plus technician travel
          Deductible:                 EUR 2,500

        We will pursue recovery against the terminal operator. Please send the
        final repair invoice and confirm the bank details of Steiner Maschinenbau
        GmbH as stated on your letterhead. Mr Whitaker's technical statement
        on the cause was very helpful - thank you.
    """) + sig_en("vogt")
    return text(m, body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses premium waiver for a named unemployed customer: unemployment benefit amount in the quoted mail")
def rechtsschutz_arbeitslos():
    m = new(YILMAZ, "Matthias Köhler <koehler.matthias@mailbox.example>",
            "AW: Beitragsbefreiung Rechtsschutz wegen Arbeitslosigkeit", "2026-03-18 10:48",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr Köhler,

        vielen Dank für den Bescheid der Agentur für Arbeit. Nach § 7 unserer
        Rechtsschutzbedingungen stellen wir Ihren Vertrag RS 33-0815 ab
        01.03.2026 für zunächst zwölf Monate beitragsfrei. Der Schutz bleibt in
        vollem Umfang bestehen.

        Sobald Sie wieder eine Stelle haben, geben Sie uns bitte kurz Bescheid.
        Ich drücke Ihnen die Daumen.
    """) + sig("yilmaz") + "\n" + D("""
        -----Ursprüngliche Nachricht-----
        Von: Matthias Köhler <koehler.matthias@mailbox.example>
        Gesendet: Sonntag, 15. März 2026 20:17
        An: service@auentaler-vvag.example
        Betreff: Beitragsbefreiung Rechtsschutz

        Sehr geehrte Damen und Herren,
        die Molkerei hat mir zum 28.02. betriebsbedingt gekündigt. Ich bekomme
        jetzt Arbeitslosengeld, 1.412,40 € im Monat (Bescheid anbei). Meine
        Frau verdient als Teilzeitkraft nur ca. 900 € netto. Kann ich den
        Rechtsschutz eine Zeit lang aussetzen? Vertrag RS 33-0815.
        Mit freundlichen Grüßen
        Matthias Köhler, Rödelsheim
    """)
    return text(m, body)

# --------------------------------------------------------------------------
# more CONFIDENTIAL: legal expenses, authorities, HR, agents, brokers
# --------------------------------------------------------------------------

@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses cover for a named member's boundary-tree dispute with a named neighbour; no health or crime")
def nachbarstreit_grenzbaum():
    m = new(YILMAZ, "Ludwig Eckert <ludwig.eckert@dorfnetz.example>",
            "Deckungszusage Rechtsschutz – Streit um Walnussbaum an der Grundstücksgrenze",
            "2026-07-02 14:22", mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr Eckert,

        für die Auseinandersetzung mit Ihrem Nachbarn, Herrn Bernhard Sieber
        (Kirchweg 14, Hirschau), über den Rückschnitt des Walnussbaums an der
        gemeinsamen Grundstücksgrenze erteilen wir Deckungszusage aus Ihrem
        Rechtsschutzvertrag RS 33-0522 (Baustein Grundstückseigentum und Miete).

          Schaden-Nr.:        RS26-00381
          Umfang:             außergerichtliche Tätigkeit, Schlichtungsverfahren
                              bei der Schiedsperson der Gemeinde
          Selbstbeteiligung:  150 €
          Anwalt:             freie Wahl; Sie nannten Frau RAin Dr. Vollmer in Lindach

        Ein gerichtliches Verfahren ist nach dem Nachbarrechtsgesetz erst nach
        dem Schlichtungsversuch möglich; dafür brauchen wir dann eine neue
        Anfrage Ihrer Anwältin.
    """) + sig("yilmaz")
    return text(m, body)


@mail("CONFIDENTIAL", "de", "insurer-to-authority",
      "answer to police about a stolen car: named keeper, policy, comprehensive cover, tracker; no injury")
def polizei_kfz_diebstahl():
    m = new(REINHARDT, "Polizeiinspektion Lindach – Kriminaldienst <kd.lindach@polizei-lindach.example>",
            "Ihr Az. ST/0417/26 – entwendeter Pkw LI-MB 220", "2026-05-13 10:05", mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr KHK Ruppert,

        zu Ihrer Anfrage vom 11.05.2026 teilen wir mit:

        Der Pkw Audi A6 Avant, amtl. Kennzeichen LI-MB 220, FIN
        WAUZZZF27NN041187, ist bei uns seit 01.01.2024 unter der Vertragsnummer
        KF 7711 3306 haftpflicht- und vollkaskoversichert. Versicherungsnehmer
        und Halter ist Herr Manfred Bauernfeind, Lindenallee 8, 36478 Lindach.
        Die Diebstahlanzeige ging am 09.05.2026 bei uns ein (Schaden-Nr.
        K26-05530).

        Das Fahrzeug ist mit einem Ortungssystem ausgestattet; die letzte
        Position vom 08.05.2026, 03:12 Uhr (A 7, Rastanlage Rhön) hat Herr
        Bauernfeind Ihnen nach unserer Kenntnis bereits mitgeteilt.

        Für Rückfragen stehe ich zur Verfügung.
    """) + sig("reinhardt")
    return text(m, body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: sender's explicit [vertraulich] subject tag on an otherwise harmless call-back note; classified by the marking")
def vertraulich_rueckruf():
    m = new(WOLFRAM, "Christine Albers <christine.albers@posteo.example>",
            "[vertraulich] Rückruf wie besprochen", "2026-03-26 16:02")
    body = D("""
        Hallo Frau Albers,

        wie eben am Telefon vereinbart, rufe ich Sie morgen zwischen 9 und 10
        Uhr auf dem Handy an. Bitte halten Sie die Unterlagen bereit, über die
        wir gesprochen haben.

        Schönen Abend!
    """) + sig("wolfram")
    return text(m, body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: household contract transferred to a named widow after her husband's death; no cause of death, no personal line")
def hausrat_witwe():
    m = new(LECHNER, "Rosa Pichler <rosa.pichler@dorfnetz.example>",
            "Hausratversicherung – Umschreibung auf Sie", "2026-02-19 10:15",
            extra=[("X-Mailer", "AgenturPlus 7.2 (Windows)")])
    body = D("""
        Liebe Frau Pichler,

        nochmals mein herzliches Beileid zum Tod Ihres Mannes. Sie brauchen sich
        um die Versicherungen jetzt nicht zu kümmern, das mache ich.

        Die Hausratversicherung HR 4470 233 lief bisher auf Herrn Alois Pichler.
        Ich habe sie zum 01.03.2026 auf Sie umgeschrieben; Beitrag und Umfang
        bleiben gleich (82,40 EUR im Jahr). Die Abbuchung läuft wie bisher vom
        gemeinsamen Konto, das Sie laut Bank weiterführen.

        Den Traktor-Oldtimer in der Garage hatte Ihr Mann separat versichert
        (KF 7703 8811). Ob Sie den behalten oder verkaufen wollen, können wir in
        Ruhe besprechen, wenn ich Sie nächste Woche besuche.
    """) + sig("lechner", footer=False)
    return text(m, body, cs="iso-8859-1", cte="8bit")


@mail("CONFIDENTIAL", "de", "internal",
      "agent's ODS list of named customers with motor contracts due for renewal: policy numbers, premiums, plates")
def agentur_kfz_liste():
    m = new(LECHNER, "Jana Wolfram <j.wolfram@auentaler-vvag.example>",
            "Kfz-Wechselgeschäft Kaltenweiler – meine Liste", "2026-10-30 18:40",
            extra=[("X-Mailer", "AgenturPlus 7.2 (Windows)")])
    body = D("""
        Servus Jana,

        anbei meine Liste für das Wechselgeschäft. Die mit "Besuch" gehe ich
        persönlich an, bei den andren reicht ein Anschreiben. Beim Vogel (KF 7715
        0384) bitte nix machen, der hat noch den Rückstand.

        Hubert
    """)
    text(m, body, cs="iso-8859-1", cte="quoted-printable")
    rows = [["Name", "Ort", "Vertrag", "Kennzeichen", "Beitrag 2026", "SF", "Aktion"],
            ["Obermüller, Sebastian", "Kaltenweiler", "KF 7716 0419", "LI-SO 14", 1180.4, "SF 4", "Besuch"],
            ["Vogel, Dennis", "Kaltenweiler", "KF 7715 0384", "LI-DV 91", 775.2, "SF 3", "keine"],
            ["Wegmann, Rainer", "Steinach", "KF 7702 5518", "LI-RW 64", 512.0, "SF 1/2", "Anschreiben"],
            ["Ranft, Theresia", "Kaltenweiler", "KF 7698 2210", "LI-TR 3", 398.7, "SF 25", "Anschreiben"],
            ["Haslach, Franz", "Birkenried", "KF 7704 1190", "LI-FH 88", 1640.1, "SF 18", "Besuch"],
            ["Weidinger, Florian", "Hirschau", "KF 7712 4590", "LI-FW 388", 689.3, "SF 7", "Anschreiben"]]
    ods = make_ods([("Wechsel 2027", rows)], title="Kfz-Wechsel Kaltenweiler", creator="Hubert Lechner",
                   created="2026-10-30T18:20:00", stamp=(2026, 10, 30, 18, 20, 0))
    return attach(m, ods, "Kfz_Wechsel_2027_Kaltenweiler.ods",
                  "application/vnd.oasis.opendocument.spreadsheet")


@mail("CONFIDENTIAL", "de", "internal",
      "HR: salary increase for named trainees with monthly pay in an XLSX; income of identifiable persons")
def azubi_gehaelter():
    m = new(FABER, "Ulrike Brandner <u.brandner@auentaler-vvag.example>",
            "Ausbildungsvergütungen ab 01.08.2026 – zur Freigabe", "2026-06-24 12:10", mailer=OUTLOOK)
    body = D("""
        Liebe Frau Brandner,

        nach dem neuen Tarifabschluss steigen die Ausbildungsvergütungen zum
        1. August. Ich habe die Beträge für unsere sechs Azubis in der Tabelle
        zusammengestellt, inklusive der Zulage für die beiden, die in den
        Agenturen eingesetzt sind (Fahrtkosten).

        Kevin Maurer schließt im Juli ab; wir würden ihn gern in der
        Kfz-Schadenabteilung übernehmen (Einstieg TG 4, siehe zweites Blatt).

        Bitte kurze Freigabe, dann geht es an die Lohnabrechnung.
    """) + sig("faber")
    text(m, body)
    rows = [["Name", "Ausbildungsjahr", "Vergütung bisher", "Vergütung ab 08/2026", "Fahrtkostenzulage"],
            ["Maurer, Kevin", 3, 1310, 1385, 0],
            ["Schubert, Laura", 3, 1310, 1385, 60],
            ["Demir, Can", 2, 1210, 1280, 0],
            ["Lang, Sophie", 2, 1210, 1280, 60],
            ["Fischer, Tim", 1, 1120, 1190, 0],
            ["Özdemir, Elif", 1, 1120, 1190, 0]]
    x = make_xlsx([("Azubis 2026", rows),
                   ("Übernahme", [["Name", "Abteilung", "Tarifgruppe", "Monatsgehalt brutto"],
                                  ["Maurer, Kevin", "Kfz-Schaden", "TG 4", 3218]])],
                  title="Ausbildungsvergütung 2026", creator="Monika Faber", created="2026-06-24T10:00:00Z",
                  stamp=(2026, 6, 24, 12, 0, 0))
    return attach(m, x, "Azubi_Verguetung_08-2026.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@mail("CONFIDENTIAL", "de", "internal",
      "quarterly commission statement of a named tied agent (his income) with CSV")
def provision_gruber():
    m = new(KRAEMER, "Ferdinand Gruber <f.gruber@auentaler-vvag.example>",
            "Provisionsabrechnung Q1/2026 Agentur Hirschau", "2026-04-10 09:00",
            extra=[("X-Mailer", "Auentaler Provision 5.1")])
    body = D("""
        Hallo Herr Gruber,

        anbei Ihre Provisionsabrechnung für das erste Quartal 2026.

          Abschlussprovision        6.842,17 €
          Bestandsprovision         9.315,60 €
          Bonus Wechselgeschäft     1.200,00 €
          Stornohaftung            -  418,90 €
          ---------------------------------
          Auszahlung               16.938,87 €

        Die Auszahlung erfolgt am 15.04. auf Ihr bekanntes Konto (IBAN endet
        auf ...9988). Für die Einkommensteuer stellen wir Ihnen wie immer im
        Januar eine Jahresbescheinigung aus.
    """) + sig("kraemer", footer=False)
    text(m, body, cs="windows-1252", cte="quoted-printable")
    rows = [["Vertrag", "Sparte", "Art", "Beitrag", "Satz", "Provision"],
            ["HR 4472 930", "Hausrat", "Bestand", "188,40", "12,5%", "23,55"],
            ["KF 7712 4590", "Kfz", "Bestand", "689,30", "6,0%", "41,36"],
            ["WG 21-0052 3310", "Wohngebäude", "Abschluss", "612,40", "45,0%", "275,58"],
            ["LW 1803 577", "Landwirtschaft", "Bestand", "4.380,00", "8,0%", "350,40"],
            ["…", "", "", "", "", ""],
            ["Summe", "", "", "", "", "16.938,87"]]
    return attach(m, make_csv(rows, encoding="windows-1252"), "Provision_Q1-2026_Hirschau.csv",
                  "application/vnd.ms-excel", charset="windows-1252")


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "dairy cooperative's fleet: claim list with named drivers, plates, amounts in XLSX; no injuries")
def molkerei_flotte():
    m = new(REINHARDT, "Stefan Klee <s.klee@molkerei-auental.example>",
            "Schadenverlauf Fuhrpark 2026 – Vorbereitung Jahresgespräch", "2026-11-09 13:33",
            cc=VOGT, mailer=OUTLOOK)
    body = D("""
        Hallo Herr Klee,

        für unser Jahresgespräch zur Flottenversicherung (FL 97-0003) anbei der
        Schadenverlauf 2026 bis Ende Oktober. Auffällig sind die vier
        Rangierschäden an der Rampe in Lindach – vielleicht lohnt sich dort eine
        Kamera oder eine Einweisung für die Fahrer.

        Personenschäden gab es in diesem Jahr keine.
    """) + sig("reinhardt")
    text(m, body)
    rows = [["Datum", "Kennzeichen", "Fahrzeug", "Fahrer", "Hergang", "Aufwand EUR"],
            ["14.01.2026", "LI-MA 401", "Milchsammelwagen", "Jürgen Haas", "Glatteis, Leitplanke", 6420],
            ["03.03.2026", "LI-MA 407", "Kühl-Lkw", "Oliver Brandt", "Rangierschaden Rampe", 2310],
            ["28.04.2026", "LI-MA 407", "Kühl-Lkw", "Oliver Brandt", "Rangierschaden Rampe", 1875],
            ["19.06.2026", "LI-MA 412", "Transporter", "Nina Wolf", "Steinschlag Scheibe", 690],
            ["02.08.2026", "LI-MA 401", "Milchsammelwagen", "Kurt Seidl", "Rangierschaden Hofeinfahrt Landwirt", 3140],
            ["27.09.2026", "LI-MA 415", "Kühl-Lkw", "Jürgen Haas", "Rangierschaden Rampe", 2980],
            ["11.10.2026", "LI-MA 403", "Milchsammelwagen", "Kurt Seidl", "Rangierschaden Rampe", 1220]]
    x = make_xlsx([("Schäden 2026", rows)], title="Schadenverlauf FL 97-0003", creator="Klaus Reinhardt",
                  created="2026-11-09T12:00:00Z", stamp=(2026, 11, 9, 13, 0, 0))
    return attach(m, x, "Schadenverlauf_Fuhrpark_2026.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "sender's [secure] tag; harmless body, the attached PDF policy schedule names the B&B owner with birth date and address")
def secure_schedule_petty():
    m = new(WOLFRAM, "Graham Petty <graham@lindenhof-bnb.example>",
            "[secure] Your documents", "2026-01-20 09:15")
    body = D("""
        Dear Mr Petty,

        please find the documents attached, as requested on the phone.

        Kind regards
        Jana Wolfram
    """)
    text(m, body, cs="us-ascii", cte="7bit")
    pdf = make_pdf([
        "# Auentaler VVaG - Policy schedule (courtesy translation)",
        "Policy no.: HR 4473 118 (household contents) and BH 55-0912 (business liability, guest house)",
        "Policyholder: Graham Petty, born 19 August 1958",
        "Address: Gästehaus Lindenhof, Marktgasse 2, 36481 Hirschau",
        "Start: 01.02.2026   Renewal: annually on 1 February",
        "",
        "Household contents: sum insured EUR 65,000, incl. bicycles up to EUR 2,000",
        "Business liability: guest house with 6 rooms, breakfast only, EUR 5 million combined single limit",
        "Guests' property: EUR 3,500 per guest",
        "Annual premium: EUR 214.80 + EUR 386.00 = EUR 600.80 (incl. 19% insurance tax)",
        "Payment: direct debit, account holder Graham Petty",
        "",
        "The German policy document is legally binding; this translation is for information only.",
    ], title="Policy schedule Petty", author="Jana Wolfram", date="20260120090000")
    return attach(m, pdf, "Policy_schedule_Petty_2026.pdf", "application/pdf")


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "portfolio transfer from a broker: CSV with named clients, birth dates, previous insurers, plates")
def broker_portfolio_csv():
    m = new(WOLFRAM, "Owen Bradley <owen@bradley-expat-cover.example>",
            "Transfer of your motor clients to us - data check", "2026-11-30 15:47",
            irt="<5f2c0b7a9e14@bradley-expat-cover.example>")
    body = D("""
        Hi Owen,

        thanks for the list of your English-speaking motor clients who want to
        move to us from 1 January. Three issues befor we can issue eVBs:

        1. Row 4 (Mr Kowalczyk): birth date 31.06.1977 cannot be right.
        2. Row 6 (Ms Ferreira): previous insurer missing - we need the
           no-claims certificate.
        3. Please confirm that all clients signed our data consent form; we
           cannot process the applications without it.

        The corrected file back to me is fine - via our secure portal, please,
        not by plain email, since it contains birth dates.

        Best
        Jana

        > Hi Jana, attached the list as discussed. 7 clients, all LI plates.
        > Owen Bradley, Bradley Expat Cover (independent broker)
    """) + sig_en("wolfram", footer=False) + "\n" + FOOTER_ASCII
    text(m, body, cs="us-ascii", cte="7bit")
    rows = [["No", "Name", "Date of birth", "Address", "Plate", "Previous insurer", "SF class"],
            ["1", "Liam O'Connor", "12.05.1986", "Hauptstr. 40, Lindach", "LI-LO 86", "Rheintal Direkt", "SF 6"],
            ["2", "Sarah Jennings", "03.11.1990", "Am Anger 3, Hirschau", "LI-SJ 90", "Rheintal Direkt", "SF 4"],
            ["3", "Piotr Wisniewski", "22.02.1979", "Bachgasse 7, Mühlbach am Forst", "LI-PW 22", "Polska Auto TU", "SF 10"],
            ["4", "Tomasz Kowalczyk", "31.06.1977", "Ringstr. 18, Lindach", "LI-TK 77", "Rheintal Direkt", "SF 12"],
            ["5", "Emily Carter", "09.09.1994", "Weiherweg 5, Mühlbach am Forst", "LI-EC 94", "Nordstern Kfz", "SF 2"],
            ["6", "Ana Ferreira", "17.01.1988", "Steinweg 1, Steinach", "LI-AF 17", "", "SF 5"],
            ["7", "James Whitfield", "28.12.1969", "Mühlweg 22, Rödelsheim", "LI-JW 69", "Nordstern Kfz", "SF 20"]]
    return attach(m, make_csv(rows, encoding="utf-8"), "motor_clients_transfer_2027.csv", "text/csv",
                  charset="utf-8")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "grey: travel cancellation policy of a named family, airline strike, amounts; travel line without any health reason")
def reiseruecktritt_streik():
    m = new(WOLFRAM, "Megan Whitaker <megan.whitaker@netmail.example>",
            "Trip cancellation claim R26-00112 (Lisbon, flight strike)", "2026-04-02 11:02",
            irt="<CAPd7kQ2x9bN@netmail.example>")
    body = D("""
        Dear Mrs Whitaker,

        I'm sorry, but I have to disappoint you with part of the claim. Your
        travel cancellation policy (RR 12-7741) pays when a trip is cancelled for
        one of the insured reasons - illness, accident, job loss and similar.
        An airline strike is not one of them.

        What we can cover: the hotel in Lisbon (EUR 1,184) was non-refundable
        and you could not reach it because all flights on 28 and 29 March were
        cancelled. This falls under the "missed connection" clause. We will
        transfer EUR 1,184 to your account.

        For the flights themselves (EUR 1,362 for four persons) please contact
        the airline; under EU Regulation 261/2004 they have to refund the tickets.

        > We had to cancel our Easter trip to Lisbon because of the strike.
        > Flights and hotel were booked for Daniel, me and the two kids.
        > Can you help? Megan
    """) + sig_en("wolfram")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "grey: company policyholder (Dutch livestock haulier B.V.), dead pigs in a heat wave; animal health only, policy and values")
def schweinetransport_devries():
    m = new(VOGT, "Joost de Vries <joost@devries-veetransport.example>",
            "Livestock transport claim T26-00077 - 11 pigs lost on 12 August", "2026-08-20 14:30",
            mailer=OUTLOOK)
    body = D("""
        Dear Mr de Vries,

        thank you for the veterinary certificate from the slaughterhouse in
        Lindach. Under your livestock transit policy TR 95-0031 (De Vries
        Veetransport B.V.) we accept the loss of 11 fattening pigs on the
        transport from Hof Brandstetter on 12 August. The certificate states
        heat stress as the cause of death; the ventilation of the trailer was
        checked and working.

          Animals:       11 fattening pigs, average 118 kg
          Value:         EUR 1.93/kg carcass weight, total EUR 1,982.11
          Excess:        EUR 250
          Payment:       EUR 1,732.11

        Please note that for transports above 30 degrees Celsius the policy
        requires a reduced loading density. We will check this more closely
        in future claims.
    """) + sig_en("vogt")
    return text(m, body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "cancellation of a named au pair's contracts on departure; premium refund to her Australian bank account")
def hartley_abreise():
    m = new(KRAEMER, "Chloe Hartley <chloe.hartley@ozmail.example>",
            "Your contracts end on 31 August - refund of premium", "2026-08-25 10:40")
    body = D("""
        Dear Ms Hartley,

        as you are leaving Germany, we have cancelled your personal liability
        policy PH 62-2410 with effect from 31 August 2026, as requested.

        You paid the annual premium of EUR 58.80 in advance until 31 January
        2027, so we will refund EUR 24.50 for the five unused months. As you
        asked, we will transfer the amount to your Australian account:

          Account name:  Chloe M. Hartley
          BSB:           062-914
          Account no.:   1044 8275
          Bank:          Coastal Mutual Bank, Newcastle NSW

        International transfers can take up to ten working days. Safe travels
        home, and thank you for being a member!
    """) + sig_en("kraemer")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "UK solicitor for a tourist whose rental car was hit by the insured farmer's tractor: named parties, amounts, no injuries")
def solicitor_mietwagen():
    m = new(REINHARDT, "Fiona Marsh <f.marsh@marsh-solicitors.example>",
            "Your client Mr Hugh Carrington - collision with tractor LI-JO 61 on 7 July 2026", "2026-07-28 10:18",
            mailer=OUTLOOK)
    body = D("""
        Dear Ms Marsh,

        thank you for your letter of 21 July on behalf of Mr Hugh Carrington.

        We are the motor liability insurer of the tractor LI-JO 61 (keeper: Josef
        Obermueller, Kaltenweiler; policy KF 7710 0093). We accept liability for
        the collision on the Kreisstrasse near Kaltenweiler on 7 July 2026: our
        policyholder turned into the field entrance without seeing the overtaking
        rental car. According to both parties nobody was injured.

        We will settle:
          - the rental company's repair invoice (Autovermietung Lindach): EUR 3,916.40
          - the rental company's loss of use claim: EUR 390.00
          - Mr Carrington's replacement rental for 2 days: EUR 148.00
          - your reasonable fees under German law (RVG), EUR 367.23 including VAT

        Please send us your client's bank details for the EUR 148.00.
    """) + sig_en("reinhardt")
    return text(m, body, cs="windows-1252", cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "English no-claims certificate for a named customer leaving for the US: policy, years claim-free, birth date in DOCX")
def whitaker_ncd_letter():
    m = new(WOLFRAM, "Daniel Whitaker <dan.whitaker@netmail.example>",
            "No-claims letter for your new insurer in Ohio", "2026-12-07 14:55")
    body = D("""
        Dear Mr Whitaker,

        attached is the confirmation of your claims history in English, signed
        and stamped, for your new car insurer in the US. Both policies end on
        31 December 2026 when you de-register the cars.

        We wish you and your family all the best for the move back to Ohio.
    """) + sig_en("wolfram")
    text(m, body, cs="us-ascii", cte="7bit")
    docx = make_docx([
        ("h", "Confirmation of claims history"),
        "To whom it may concern,",
        "we confirm that the following persons were insured with Auentaler Versicherungsverein a.G., Lindach, Germany:",
        [["Insured driver", "Date of birth", "Policy", "Insured since", "Claims"],
         ["Daniel Whitaker", "14 January 1980", "KF 7716 2207 (car 1)", "01.09.2024", "none"],
         ["Megan Whitaker", "30 April 1983", "KF 7716 2207 (car 2)", "01.03.2026", "none"]],
        "Both policies were free of at-fault claims for the whole insurance period.",
        "Lindach, 7 December 2026 - Auentaler VVaG, Customer Service, Jana Wolfram",
    ], title="Claims history Whitaker", creator="Jana Wolfram", created="2026-12-07T13:30:00Z",
        stamp=(2026, 12, 7, 14, 30, 0))
    return attach(m, docx, "Claims_history_Whitaker.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rent-deposit guarantee application: named applicant's salary and employer in the quoted mail")
def mietkaution_antrag():
    m = new(VOGT, "Katarzyna Wrobel <k.wrobel@pocztamail.example>",
            "RE: Rent deposit guarantee - your application", "2026-09-03 09:32")
    body = D("""
        Dear Ms Wrobel,

        thank you for your application. Based on the information you sent, we
        can issue the rent deposit guarantee (EUR 2,100, three months' rent) for
        the flat in Lindach, Ringstrasse 18. The annual fee is 4.5% of the
        guaranteed amount, i.e. EUR 94.50.

        One thing is missing: your last three payslips. As soon as we have them,
        the guarantee certificate goes straight to your landlord, Mr Seifert.

        -----Original Message-----
        From: Katarzyna Wrobel <k.wrobel@pocztamail.example>
        Sent: Tuesday, September 1, 2026 8:05 PM
        To: a.vogt@auentaler-vvag.example
        Subject: Rent deposit guarantee

        Hello, I am starting as a software developer at Kreisnetz IT GmbH in
        Lindach on 1 October (permanent contract, gross salary EUR 4,350 per
        month). My new landlord asks for a deposit of EUR 2,100 and I would
        prefer a guarantee. My current address: ul. Kwiatowa 12, Wroclaw.
        Best regards, Katarzyna Wrobel
    """) + sig_en("vogt")
    return text(m, body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "falling branch at a named breeder's stud damaged a visitor's horse trailer: liability claim, no injuries")
def ast_pferdeanhaenger():
    m = new(ENGELHARDT, "Aoife Brennan <aoife@gestuet-birkenried.example>",
            "Branch on the trailer - claim H26-02561", "2026-10-15 12:25")
    body = D("""
        Dear Ms Brennan,

        we have registered the incident of 10 October under your farm and stud
        liability policy BH 55-0744 as claim H26-02561. The branch from the old
        oak at your yard entrance fell on the horse trailer of your visitor,
        Mrs Carina Voss, while it was parked. The horse had already been
        unloaded and nobody was standing nearby.

        Mrs Voss sent a quotation from Anhaenger-Service Lindach for EUR 2,870.
        Before we pay, our assessor will look at the tree. If it was visibly
        dead or damaged, this is clearly your responsibility and covered; if it
        was healthy, it may be a case of force majeure and Mrs Voss's own
        insurance would pay. I will let you know.
    """) + sig_en("engelhardt")
    return text(m, body, cs="us-ascii", cte="quoted-printable")


@mail("CONFIDENTIAL", "de+en", "internal",
      "HR: bilingual note with a named new IT employee's salary, start date and probation terms")
def it_vertrag_gehalt():
    m = new(FABER, "Sven Albrecht <s.albrecht@auentaler-vvag.example>",
            "Neuer Kollege / new colleague: Arjun Menon – Vertrag", "2026-05-18 17:05",
            cc="Arjun Menon <arjun.menon@netmail.example>")
    body = D("""
        Hallo Sven,

        der Vertrag für Herrn Menon ist unterschrieben. Eckdaten für dich:

          Start:           01.07.2026, IT-Betrieb (Netzwerk / SecureMail)
          Gehalt:          62.400 € brutto p.a., 13 Gehälter, TG 8
          Probezeit:       6 Monate
          Home office:     2 Tage/Woche nach der Einarbeitung

        Er spricht noch wenig Deutsch; bitte die Einarbeitung in den ersten
        Wochen auf Englisch. Den Sprachkurs an der VHS Lindach zahlen wir.

        Dear Mr Menon, welcome on board! Your contract is signed; the details are
        as discussed: start on 1 July, annual gross salary EUR 62,400 paid in 13
        instalments, six months' probation. Sven Albrecht will be your team lead.
        Please bring your tax ID and social security number on your first day.
    """) + sig("faber")
    return text(m, body, cte="8bit")

# --------------------------------------------------------------------------
# personal lines and health (STRICTLY_CONFIDENTIAL), German
# --------------------------------------------------------------------------

@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "supplementary hospital insurance: named member's hip replacement (M16.1) at the district hospital, chief-physician invoice in PDF")
def hueft_tep_vogl():
    m = new(KESSLER, "Heinrich Vogl <heinrich.vogl@dorfnetz.example>",
            "Ihre Krankenhauszusatzversicherung – Abrechnung Chefarztbehandlung", "2026-03-11 10:20",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr Vogl,

        wir hoffen, die Reha in Bad Salzhausen tut Ihnen gut.

        Die Rechnung von Herrn Prof. Dr. Lutz für die Implantation der
        Hüft-Totalendoprothese rechts in der Kreisklinik Lindach (Aufenthalt
        16.02.–24.02.2026) haben wir geprüft. Aus Ihrem Tarif "Klinik Plus"
        (KV-Z 550 1874) erstatten wir:

          Wahlärztliche Leistungen (GOÄ, Rechnung Prof. Lutz)   3.412,66 €
          Zweibettzimmer-Zuschlag, 8 Tage à 68,00 €               544,00 €
          Erstattung gesamt                                     3.956,66 €

        Der Betrag geht in den nächsten Tagen auf Ihr Konto. Die Einzelaufstellung
        finden Sie im Anhang.
    """) + sig("kessler")
    text(m, body)
    pdf = make_pdf([
        "# Leistungsabrechnung Krankenhauszusatz",
        "Versicherte Person: Heinrich Vogl, geb. 02.12.1951   Vertrag: KV-Z 550 1874 (Tarif Klinik Plus)",
        "Behandlung: Kreisklinik Lindach, Orthopädie, 16.02.2026 - 24.02.2026",
        "Diagnose: M16.1 Sonstige primäre Koxarthrose, rechts; Eingriff: OPS 5-820.00 Hüft-TEP",
        "",
        "GOÄ   Leistung                                     Faktor   Betrag",
        "2151  Endoprothese Hüftgelenk                      2,3      1.968,06 EUR",
        "440   Zuschlag OP-Mikroskop/Navigation              1,0         46,63 EUR",
        "15    Einleitung Rehabilitationsmaßnahmen          2,3         40,22 EUR",
        "45    Visite, 8x                                    2,3        322,14 EUR",
        "      Anästhesie (Dr. Haberl), gesonderte Rechnung              1.035,61 EUR",
        "Summe wahlärztliche Leistungen                                3.412,66 EUR",
        "Zweibettzimmer 8 Tage x 68,00 EUR                               544,00 EUR",
        "Erstattung                                                    3.956,66 EUR",
    ], title="Leistungsabrechnung Vogl", author="Martina Kessler", date="20260311100000")
    return attach(m, pdf, "Leistungsabrechnung_KV-Z_550_1874.pdf", "application/pdf")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost-coverage confirmation to the district hospital: named patient, admission, diagnosis K80.20, planned surgery")
def kostenuebernahme_kreisklinik():
    m = new(KESSLER, "Patientenverwaltung Kreisklinik <patientenverwaltung@kreisklinik-lindach.example>",
            "Kostenübernahme Wahlleistungen – Patientin Elfriede Kastner, Aufnahme 09.06.2026",
            "2026-06-08 15:10", mailer=OUTLOOK)
    body = D("""
        Sehr geehrte Frau Brem,

        für unsere Versicherte

          Elfriede Kastner, geb. 27.01.1948, Am Anger 12, 36481 Hirschau
          Vertrag KV-Z 550 2290, Tarif "Klinik Plus"

        übernehmen wir für den stationären Aufenthalt ab 09.06.2026
        (Einweisungsdiagnose K80.20 Gallenblasenstein ohne Cholezystitis,
        geplante laparoskopische Cholezystektomie) die Kosten für Unterbringung
        im Zweibettzimmer und wahlärztliche Leistungen im Rahmen der GOÄ bis
        zum 3,5-fachen Satz.

        Bitte rechnen Sie die Wahlleistungen direkt mit uns ab (Klinik-Card
        Nr. 550-2290-01). Die Kostenübernahme gilt für 10 Tage; für eine
        Verlängerung reicht ein kurzer Verlängerungsantrag mit Begründung.
    """) + sig("kessler")
    return text(m, body, cs="windows-1252", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to the GP for a medical report on a named farmer's disability claim (herniated disc M51.1), consent form attached")
def befundbericht_wendt():
    m = new(HOFMEISTER, "Praxis Dr. Wendt <praxis@praxis-wendt.example>",
            "Anforderung ärztlicher Bericht – Ihr Patient Stefan Ott, geb. 05.08.1974", "2026-05-05 11:45",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr Dr. Wendt,

        Herr Stefan Ott, Landwirt in Steinach, hat bei uns Leistungen aus seiner
        Berufsunfähigkeitsversicherung (BU 3305 8812) beantragt. Er gibt an,
        seit einem Bandscheibenvorfall L4/L5 (M51.1) im Januar 2026 keine
        schweren Stallarbeiten mehr ausführen zu können.

        Für die Prüfung bitten wir Sie um einen Bericht zu folgenden Punkten:
        1. Diagnosen mit ICD-10 und Datum der Erstdiagnose
        2. bisherige Behandlung (konservativ, Injektionen, OP geplant?)
        3. Einschränkungen beim Heben, Tragen, Bücken und beim Traktorfahren
        4. Prognose für die nächsten sechs Monate

        Die Schweigepflichtentbindung von Herrn Ott liegt bei. Ihr Honorar
        erstatten wir nach GOÄ Nr. 75 zzgl. Porto. Den Bericht senden Sie bitte
        über unser SecureMail-Portal oder per Post, nicht per einfacher E-Mail.
    """) + sig("hofmeister")
    text(m, body)
    pdf = make_pdf([
        "# Einwilligungs- und Schweigepflichtentbindungserklärung",
        "Versicherungsnehmer/versicherte Person: Stefan Ott, geb. 05.08.1974, Hofweg 3, 36487 Steinach",
        "Vertrag: Berufsunfähigkeitsversicherung BU 3305 8812",
        "",
        "Ich entbinde die nachfolgend genannten Ärzte von ihrer Schweigepflicht gegenüber der",
        "Auentaler VVaG, soweit dies zur Prüfung meines Leistungsantrags vom 14.04.2026 erforderlich ist:",
        "- Dr. med. Matthias Wendt, Allgemeinmedizin, Kaltenweiler",
        "- Kreisklinik Lindach, Neurochirurgie (ambulante Vorstellung 02/2026)",
        "- Orthopädische Praxis Dr. Fenske, Lindach (MRT LWS vom 22.01.2026)",
        "",
        "Steinach, 14.04.2026          Unterschrift: Stefan Ott (gez.)",
    ], title="Schweigepflichtentbindung Ott", author="Auentaler VVaG", date="20260414080000")
    return attach(m, pdf, "Schweigepflichtentbindung_Ott.pdf", "application/pdf")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance: named farmer's tractor accident, tibia fracture, invalidity degree under the limb table")
def traktorunfall_invaliditaet():
    m = new(HARTUNG, "Leonhard Feil <feil.leonhard@landpost.example>",
            "Ihre Unfallversicherung UV 4410 0931 – Invaliditätsleistung", "2026-10-05 09:30",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr Feil,

        nach Ihrem Unfall vom 14.10.2025 – der Schlepper ist am Hang beim
        Mähen gekippt und hat Ihr linkes Bein eingeklemmt – liegt uns jetzt das
        Gutachten von Dr. Kröger (Unfallchirurgie, Kreisklinik Lindach) vor.

        Befund nach Heilung der Unterschenkelfraktur links (S82.2) mit
        Plattenosteosynthese: Bewegungseinschränkung im oberen Sprunggelenk,
        Belastungsschmerz nach längerem Gehen, leichte Beinverkürzung (1 cm).

        Der Gutachter bewertet die Funktionsbeeinträchtigung mit 3/10
        Beinwert unterhalb des Knies. Nach der Gliedertaxe Ihres Vertrags
        (Bein unterhalb des Knies = 50 %) ergibt das einen Invaliditätsgrad
        von 15 %. Bei einer Grundsumme von 100.000 € und Progression 225 %
        beträgt die Invaliditätsleistung 15.000 €.

        Zusätzlich zahlen wir die Krankenhaus-Tagegeld-Restforderung für den
        zweiten Aufenthalt (Metallentfernung, 3 Tage à 30 €).

        Gute Besserung weiterhin und viel Erfolg bei der Ernte!
    """) + sig("hartung")
    return text(m, body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "funeral-expense life policy paid out to a named daughter after her father's death; life line, no cause of death")
def sterbegeld_zimmermann():
    m = new(HOFMEISTER, "Renate Kolb <renate.kolb@mailbox.example>",
            "Sterbegeldversicherung Ihres Vaters Walter Zimmermann – Auszahlung", "2026-01-29 14:05",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrte Frau Kolb,

        mit großer Anteilnahme haben wir vom Tod Ihres Vaters erfahren.

        Vielen Dank für die Sterbeurkunde und die Rechnung des
        Bestattungshauses Vollrath. Aus der Sterbegeldversicherung
        LV 3301 0457 (versicherte Person Walter Zimmermann, geb. 19.03.1939)
        zahlen wir die Versicherungssumme von 7.500,00 € zuzüglich der
        Überschussbeteiligung von 1.184,30 € an Sie als eingetragene
        Bezugsberechtigte aus.

        Den Betrag überweisen wir auf Ihr Konto
        IBAN DE06 5306 1230 0005 0922 16.

        Falls Ihr Vater weitere Verträge bei uns hatte (z. B. Hausrat), sagen
        Sie Herrn Lechner in Kaltenweiler Bescheid, er kümmert sich darum.
    """) + sig("hofmeister")
    return text(m, body, cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental supplementary: named member's implant treatment plan (tooth 36, GOZ) from her dentist as PDF")
def zahnimplantat_maier():
    m = new(KESSLER, "Franziska Maier <franzi.maier@posteo.example>",
            "AW: Heil- und Kostenplan Implantat", "2026-08-26 16:44",
            irt="<f2a1c9e7-43b1-4c1d-8a0e-2b5d3f4e1c90@posteo.example>")
    body = D("""
        Hallo Frau Maier,

        den Heil- und Kostenplan von Frau Sommer haben wir geprüft (Anhang mit
        unseren Anmerkungen). Aus Ihrem Zahnzusatztarif "Auental Lächeln 80"
        erstatten wir 80 % der Kosten für Implantat und Krone in regio 36,
        abzüglich des Festzuschusses Ihrer Krankenkasse, also voraussichtlich
        2.016,00 €.

        Der Knochenaufbau (GOZ 9100) ist nur mitversichert, wenn er medizinisch
        notwendig ist – laut Röntgenbefund ist das der Fall, also ebenfalls ok.

        Die Behandlung kann beginnen. Bitte reichen Sie nach Abschluss die
        Rechnung ein.

        > Hallo, meine Zahnärztin hat mir den Plan für das Implantat unten links
        > gegeben, der alte Zahn ist ja im Juni rausgekommen (Wurzel gebrochen).
        > Zahlen Sie das? Viele Grüße F. Maier
    """) + sig("kessler")
    text(m, body, cte="8bit", flowed=True)
    pdf = make_pdf([
        "# Zahnarztpraxis Anke Sommer - Heil- und Kostenplan",
        "Patientin: Franziska Maier, geb. 14.07.1986, Rosengasse 9, 36481 Hirschau",
        "Befund: 36 fehlend (Extraktion 06/2026, Längsfraktur Wurzel), Alveolarkamm atroph",
        "",
        "GOZ     Leistung                                   Anzahl   Betrag",
        "9000    Implantatbettaufbereitung, Implantat regio 36   1     583,27 EUR",
        "9100    Augmentation (Knochenaufbau)                1     418,95 EUR",
        "9040    Freilegung des Implantats                   1      92,30 EUR",
        "2200    Vollkrone (Implantatkrone) 36               1     364,76 EUR",
        "        Material- und Laborkosten                         1.148,00 EUR",
        "        Implantat (Titan, 4,1 x 10 mm)                       390,00 EUR",
        "Summe voraussichtlich                                      2.997,28 EUR",
        "Festzuschuss GKV voraussichtlich                            -477,28 EUR",
        "",
        "Anmerkung Auentaler VVaG (M. Kessler): 80 % von 2.520,00 EUR = 2.016,00 EUR zugesagt.",
    ], title="HKP Maier 36", author="Zahnarztpraxis Sommer", date="20260820110000")
    return attach(m, pdf, "HKP_Maier_regio36.pdf", "application/pdf")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "company medical officer's underwriting vote on a named disability applicant: recurrent depression F33.1, exclusion")
def votum_bu_fink():
    m = new(SAUER, HOFMEISTER, "BU-Antrag Jonas Fink (Antrag 26-BU-0188) – ärztliches Votum",
            "2026-04-22 17:18", mailer=OUTLOOK)
    body = D("""
        Liebe Frau Hofmeister,

        zum Antrag von Herrn Jonas Fink (27 J., Zimmerer, Mühlbach) mein Votum:

        Anamnese laut Gesundheitsfragen und Bericht Dr. Yildiz vom 08.04.:
        - rezidivierende depressive Störung, gegenwärtig remittiert (F33.4),
          Episoden 2021 und 2023 (mittelgradig, F33.1), ambulante Psychotherapie
          bis 11/2024, Sertralin 50 mg bis 03/2025, seitdem ohne Medikation
        - keine stationären Aufenthalte, keine AU-Zeiten > 6 Wochen
        - sonst gesund, BMI 24, Nichtraucher

        Empfehlung: Annahme mit Ausschlussklausel für psychische Erkrankungen
        (Kapitel F) für die ersten fünf Jahre; danach Überprüfung auf Antrag
        bei Beschwerdefreiheit. Kein Risikozuschlag.

        Alternativ, falls der Vermittler auf Klausel verzichtet haben will:
        Zuschlag 50 %. Halte ich aber für die schlechtere Lösung für den Kunden.

        Gruß
        H. Sauer
    """) + "\n" + SIG["sauer"]
    return text(m, body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care daily allowance: named farmer's mother assessed at care level 3 with diagnoses; ODT letter attached")
def pflegegrad_obermueller():
    m = new(KESSLER, "Maria Obermüller <hof.obermueller@landpost.example>",
            "Pflegetagegeld für Frau Kreszenz Obermüller – Pflegegrad 3", "2026-04-15 11:55",
            mailer=OUTLOOK)
    body = D("""
        Liebe Frau Obermüller,

        das Gutachten des Medizinischen Dienstes für Ihre Schwiegermutter ist da:
        Pflegegrad 3 ab 01.03.2026. Damit zahlen wir aus ihrer
        Pflegetagegeldversicherung (PT 66-0122) ab März monatlich 1.050 €.
        Das Schreiben mit allen Einzelheiten hängt an; das Original geht per
        Post an Sie als Bevollmächtigte.

        Wenn Sie Unterstützung bei der Pflege zu Hause brauchen: Die
        Pflegeberatung der Diakoniestation Kaltenweiler ist für unsere
        Versicherten kostenlos.
    """) + sig("kessler")
    text(m, body)
    odt = make_odt([
        ("h", "Leistungsmitteilung Pflegetagegeld"),
        "Versicherte Person: Kreszenz Obermüller, geb. 08.11.1938, Hof Obermüller, 36482 Kaltenweiler",
        "Bevollmächtigte: Maria Obermüller (Vorsorgevollmacht vom 12.05.2021)",
        "Vertrag: PT 66-0122",
        "Gutachten des Medizinischen Dienstes vom 02.04.2026: Pflegegrad 3 (52,5 gewichtete Punkte).",
        "Pflegebegründende Diagnosen: Z. n. Schenkelhalsfraktur rechts (S72.0, 11/2025), "
        "vaskuläre Demenz leichten Grades (F01.9), Herzinsuffizienz NYHA II (I50.12).",
        [["Modul", "Punkte"], ["Mobilität", "9"], ["Kognitive Fähigkeiten", "11"],
         ["Selbstversorgung", "20"], ["Umgang mit krankheitsbedingten Anforderungen", "5"]],
        "Leistung ab 01.03.2026: 35,00 EUR täglich (60 % des vereinbarten Tagessatzes), monatlich ca. 1.050 EUR.",
    ], title="Leistungsmitteilung PT 66-0122", creator="Martina Kessler", created="2026-04-15T10:30:00",
        stamp=(2026, 4, 15, 11, 30, 0))
    return attach(m, odt, "Leistungsmitteilung_Pflegetagegeld.odt", "application/vnd.oasis.opendocument.text")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HR: return-to-work plan for a named employee after spinal surgery and eight weeks' sick leave (BEM)")
def bem_wiedereingliederung():
    m = new(FABER, "Klaus Reinhardt <k.reinhardt@auentaler-vvag.example>",
            "BEM / Wiedereingliederung Frau Sommerfeld ab 03.08.", "2026-07-22 13:40", mailer=OUTLOOK)
    body = D("""
        Hallo Klaus,

        Frau Sommerfeld aus deinem Team ist ja seit Ende Mai krank. Sie hat mir
        erlaubt, dir Folgendes zu sagen, damit wir die Rückkehr planen können:

        - Sie wurde Anfang Juni an der Halswirbelsäule operiert (Bandscheibe
          C5/C6) und war danach drei Wochen in der Reha.
        - Der Hausarzt empfiehlt eine stufenweise Wiedereingliederung nach dem
          Hamburger Modell: 3.–16.8. je 3 Stunden, 17.–30.8. je 5 Stunden, ab
          31.8. wieder voll.
        - Sie soll in den ersten Wochen nicht länger als 45 Minuten am Stück am
          Bildschirm sitzen; ein höhenverstellbarer Schreibtisch ist bestellt.

        Bitte behandle das vertraulich und sprich im Team nur davon, dass sie ab
        3.8. stundenweise wieder da ist. Das BEM-Gespräch ist am 29.7. um 10 Uhr
        bei mir, du bist eingeladen, wenn sie zustimmt (hat sie).
    """) + sig("faber", footer=False)
    return text(m, body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "motor liability: reply to the injured cyclist's lawyer on pain and suffering; fractured collarbone, hospital stay")
def schmerzensgeld_radfahrer():
    m = new(PFEIFFER, "RA Dr. Henrike Vollmer <kanzlei@vollmer-recht.example>",
            "Ihr Mandant Lukas Reuter ./. unser VN Wendelin Graf – Schaden K26-02714", "2026-06-30 10:55",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrte Frau Dr. Vollmer,

        wir kommen zurück auf Ihr Schreiben vom 19.06.2026. Die Haftung unseres
        Versicherungsnehmers für den Unfall vom 02.05.2026 in Hirschau (Vorfahrt
        missachtet beim Abbiegen) ist dem Grunde nach unstreitig.

        Nach dem Entlassungsbericht der Kreisklinik hat Ihr Mandant eine
        Claviculafraktur rechts (S42.03), eine Prellung der rechten Hüfte und
        Schürfwunden erlitten; stationärer Aufenthalt 02.–05.05.2026, operative
        Versorgung mit Plattenosteosynthese, Arbeitsunfähigkeit bis 14.06.2026.

        Wir bieten zur Abgeltung des Schmerzensgeldanspruchs 4.500 € an. Die
        Forderung von 9.000 € halten wir angesichts des komplikationslosen
        Verlaufs für überhöht. Den Verdienstausfall (laut Arbeitgeberbescheinigung
        1.836,40 €) und die Fahrradreparatur (612,00 €) regulieren wir sofort.

        Eine Vorschadenakte zur rechten Schulter liegt uns nicht vor; sollte
        es Vorerkrankungen geben, bitten wir um Mitteilung.
    """) + sig("pfeiffer")
    return text(m, body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-third-party",
      "motor liability: letter to the injured other driver about her whiplash injury (S13.4) and physiotherapy costs")
def hws_anspruchstellerin():
    m = new(REINHARDT, "Sandra Hollerbach <s.hollerbach@mailbox.example>",
            "Ihr Unfall vom 12.01.2026 in Lindach – unser Zeichen K26-00391", "2026-02-09 15:35",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrte Frau Hollerbach,

        als Haftpflichtversicherer des Unfallgegners regulieren wir Ihren
        Schaden vom 12.01.2026 (Auffahrunfall an der Ampel Bahnhofstraße).

        Das Attest Ihrer Hausärztin Dr. Yildiz haben wir erhalten: HWS-Distorsion
        (S13.4), Arbeitsunfähigkeit 13.–30.01.2026, sechs Sitzungen
        Krankengymnastik. Dafür zahlen wir Ihnen:

          Schmerzensgeld                           800,00 €
          Zuzahlungen Physiotherapie und Apotheke   48,60 €
          Fahrtkosten zu den Behandlungen           37,80 €
          Kostenpauschale                           25,00 €

        Den Fahrzeugschaden haben wir bereits direkt mit dem Autohaus
        abgerechnet. Sollten die Beschwerden wieder auftreten, melden Sie sich
        bitte innerhalb von drei Jahren bei uns.
    """) + sig("reinhardt")
    return text(m, body, cs="windows-1252", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "group accident insurance: named sawmill employee's finger amputation (S68.1); the employer's accident report is a forwarded mail")
def fingeramputation_saegewerk():
    m = new(HARTUNG, "Carola Brunner <c.brunner@saegewerk-brunner.example>",
            "Gruppenunfallversicherung GU 4420 0015 – Unfall Herr Stief", "2026-03-30 12:12",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrte Frau Brunner,

        vielen Dank für die Unfallmeldung (Ihre Mail hänge ich zur Zuordnung
        noch einmal an). Für Herrn Mario Stief gilt aus der
        Gruppenunfallversicherung:

        - Die traumatische Amputation des rechten Zeigefingers im Mittelglied
          (S68.1) ergibt nach Gliedertaxe 5 % Invalidität (Zeigefinger 10 %,
          Verlust im Mittelglied = 1/2). Das sind bei 80.000 € Grundsumme
          4.000 €. Die Zahlung geht an Herrn Stief persönlich, nicht an die Firma.
        - Das Krankenhaustagegeld für die vier Tage in der Handchirurgie der
          Kreisklinik zahlen wir ebenfalls direkt an ihn.

        Wir schreiben Herrn Stief separat an. Bitte geben Sie uns seine
        Privatanschrift, falls sie sich seit der Anmeldung geändert hat.
    """) + sig("hartung")
    text(m, body)
    inner = new("Carola Brunner <c.brunner@saegewerk-brunner.example>",
                "Unfall-Leistung <unfall@auentaler-vvag.example>",
                "Unfallmeldung Mitarbeiter Mario Stief", "2026-03-25 16:48", mailer=OUTLOOK)
    text(inner, D("""
        Sehr geehrte Damen und Herren,

        heute um ca. 10:15 Uhr hat sich unser Mitarbeiter Mario Stief
        (geb. 17.09.1990, Säger, seit 2012 bei uns) an der Besäumsäge in Halle 2
        schwer an der rechten Hand verletzt. Der Zeigefinger ist im Mittelglied
        abgetrennt, er wurde mit dem Rettungswagen in die Kreisklinik gebracht,
        eine Replantation war laut Klinik nicht möglich.

        Die Berufsgenossenschaft ist informiert. Bitte melden Sie den Fall auch
        in unserer Gruppenunfallversicherung GU 4420 0015 an.

        Mit freundlichen Grüßen
        Carola Brunner
        Personal / Buchhaltung, Sägewerk Brunner GmbH & Co. KG
    """))
    inner["Message-ID"] = "<000a01dcbc1e$9c2d1f40$d4875bc0$@saegewerk-brunner.example>"
    return attach_mail(m, inner, "Unfallmeldung_Stief.eml")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "looks harmless: motor contract put on hold; the quoted customer mail reveals her pregnancy and work ban")
def ruheversicherung_schwanger():
    m = new(WOLFRAM, "Kathrin Lenz <kathrin.lenz@netmail.example>",
            "AW: Auto stilllegen", "2026-05-19 09:12",
            irt="<trinity-5b8d2e0a-77c1@netmail.example>")
    body = D("""
        Hallo Frau Lenz,

        das geht problemlos: Wenn Sie den Wagen bei der Zulassungsstelle
        vorübergehend abmelden, läuft Ihre Kfz-Versicherung KF 7714 6620 als
        beitragsfreie Ruheversicherung weiter, der Schadenfreiheitsrabatt bleibt
        erhalten. Die Garage muss abschließbar sein, das ist bei Ihnen ja der
        Fall.

        Alles Gute für Sie und das Baby!

        -----Ursprüngliche Nachricht-----
        Von: Kathrin Lenz <kathrin.lenz@netmail.example>
        Gesendet: Montag, 18. Mai 2026 22:41
        An: service@auentaler-vvag.example
        Betreff: Auto stilllegen

        Hallo,
        ich bin in der 24. Woche schwanger und habe wegen Risikoschwangerschaft
        (Blutdruck, Präeklampsie-Gefahr) seit letzter Woche ein
        Beschäftigungsverbot und darf auch nicht mehr Auto fahren. Mein Mann
        hat einen Firmenwagen. Kann ich meinen Polo bis nächstes Jahr
        stilllegen, ohne den Rabatt zu verlieren?
        LG Kathrin Lenz
    """) + sig("wolfram")
    return text(m, body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurance made paid-up for a named policyholder: surrender values; personal line, no medical word")
def lv_beitragsfrei():
    m = new(HOFMEISTER, "Bernd Roßkopf <b.rosskopf@dorfnetz.example>",
            "Ihre Lebensversicherung LV 3302 7719 – Beitragsfreistellung zum 01.06.2026",
            "2026-05-21 08:48", mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr Roßkopf,

        wie gewünscht stellen wir Ihre kapitalbildende Lebensversicherung
        LV 3302 7719 zum 01.06.2026 beitragsfrei. Ab Juni buchen wir keine
        Beiträge mehr ab.

          beitragsfreie Versicherungssumme:      18.406 €
          garantierte Ablaufleistung 01.12.2038: 18.406 € zzgl. Überschüsse
          Rückkaufswert (falls Sie kündigen):    14.288,52 €
          bisherige Beitragssumme:               19.560,00 €

        Sie können die Beiträge innerhalb von drei Jahren ohne neue
        Gesundheitsprüfung wieder aufnehmen. Eine Beleihung (Policendarlehen)
        wäre als Alternative ebenfalls möglich, falls es nur um einen kurzen
        Engpass geht – sprechen Sie uns gern an.
    """) + sig("hofmeister")
    return text(m, body, cs="windows-1252", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "term life insurance: named policyholder changes the beneficiary from his ex-wife to his children after divorce")
def bezugsrecht_scheidung():
    m = new(HOFMEISTER, "Georg Kellner <georg.kellner@mailbox.example>",
            "Änderung Bezugsrecht Risikolebensversicherung LV 3304 1150", "2026-09-16 13:26",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr Kellner,

        Ihre Erklärung vom 10.09.2026 haben wir erhalten. Ab sofort gilt für
        Ihre Risikolebensversicherung LV 3304 1150 (Versicherungssumme
        150.000 €) folgendes widerrufliches Bezugsrecht:

          zu je 50 %:  Lea Kellner, geb. 03.04.2012
                       Tim Kellner, geb. 21.11.2014

        Das bisherige Bezugsrecht zugunsten von Frau Sabine Kellner ist damit
        erloschen. Ein Hinweis noch: Solange die Kinder minderjährig sind,
        verwaltet im Leistungsfall der gesetzliche Vertreter das Geld. Wenn Sie
        das vermeiden möchten, sollten Sie mit Ihrem Notar über ein Testament
        mit Testamentsvollstreckung sprechen.
    """) + sig("hofmeister")
    return text(m, body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "query to the physiotherapy practice about a named stroke patient's prescription (I63.5) for the supplementary health plan")
def physio_verordnung():
    m = new(KESSLER, "Physiotherapie Auental <team@physio-auental.example>",
            "Rückfrage Rechnung 2026-0655 – Patientin Ottilie Reisinger", "2026-07-08 11:33")
    body = D("""
        Sehr geehrte Frau Mertens,

        zu Ihrer Rechnung über 20 Behandlungen KG-ZNS nach Bobath für Frau
        Ottilie Reisinger (Verordnung Dr. Brandl, Diagnose I63.5 Hirninfarkt,
        Hemiparese links) haben wir eine Rückfrage:

        Auf der Verordnung stehen 10 Einheiten, abgerechnet sind 20. Liegt eine
        Folgeverordnung vor? Dann schicken Sie sie uns bitte als Kopie, gern über
        das SecureMail-Portal. Die ersten 10 Behandlungen erstatten wir Frau
        Reisinger aus ihrem Ergänzungstarif bereits jetzt.
    """) + sig("kessler")
    return text(m, body, cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "daily sickness allowance for a named self-employed carpenter: certificate with meniscus tear M23.2, payout from day 43")
def krankentagegeld_kreuzer():
    m = new(KESSLER, "Anton Kreuzer <zimmerei.kreuzer@handwerk-auental.example>",
            "Krankentagegeld ab 43. Tag – Ihre AU-Bescheinigungen", "2026-11-18 10:02")
    ua_tb(m)
    body = D("""
        Hallo Herr Kreuzer,

        die Folgebescheinigung von Dr. Wendt ist da (Meniskusriss rechts,
        M23.2, OP am 29.10., arbeitsunfähig voraussichtlich bis 20.12.2026).

        Ihr Krankentagegeld (KT 57-0311, 120 € pro Tag ab dem 43. Tag) beginnt
        damit am 23.11.2026. Wir zahlen jeweils zum Monatsende für die
        zurückliegenden Tage, solange uns lückenlose Bescheinigungen vorliegen.
        Bitte schicken Sie jede neue AU-Bescheinigung gleich, am einfachsten per
        Foto über das Portal.

        Noch ein Hinweis: Wenn Sie in der Zeit auf der Baustelle "nur mal
        nachschauen", ist das in Ordnung – mitarbeiten dürfen Sie aber nicht,
        sonst entfällt der Anspruch.
    """) + sig("kessler")
    return text(m, body, cte="8bit", flowed=True)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "agent forwards a husband's mail: his wife's Alzheimer's dementia, power of attorney, her care and dental contracts")
def demenz_vollmacht():
    m = new(ROTH, "Kundenservice <service@auentaler-vvag.example>",
            "WG: Vollmacht für meine Frau", "2026-02-11 12:30", mailer=OUTLOOK)
    body = D("""
        Hallo liebes Service-Team,

        bitte Herrn Rainer als Bevollmächtigten für alle Verträge seiner Frau
        eintragen (Kopie der Vorsorgevollmacht kommt per Hauspost). Er war heute
        mit den Papieren bei mir in der Agentur, war ziemlich mitgenommen, der
        Gute. Bitte ab jetzt alle Post an ihn.

        Danke, Sabine

        -----Ursprüngliche Nachricht-----
        Von: Alois Rainer <alois.rainer@dorfnetz.example>
        Gesendet: Dienstag, 10. Februar 2026 19:55
        An: Roth, Sabine <s.roth@auentaler-vvag.example>
        Betreff: Vollmacht für meine Frau

        Liebe Frau Roth,
        wie schon kurz erzählt, bei meiner Frau Elisabeth ist jetzt im Januar
        in der Gedächtnisambulanz der Kreisklinik eine Alzheimer-Demenz
        festgestellt worden. Sie kann sich um ihre Sachen nicht mehr kümmern.
        Ich habe eine Vorsorgevollmacht von ihr (notariell, von 2019).
        Es geht um ihre Pflegezusatzversicherung und die Zahnzusatz. Bei der
        Pflegekasse haben wir Pflegegrad beantragt, soll ich das bei Ihnen auch
        melden?
        Viele Grüße Alois Rainer
    """)
    return text(m, body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "grey: legal-expenses cover decision for a named member's drink-driving proceedings (1.3 per mille blood test); criminal and medical data")
def trunkenheitsfahrt_rs():
    m = new(YILMAZ, "Tobias Stadler <tobi.stadler@netmail.example>",
            "Verkehrs-Rechtsschutz RS 33-1407 – Ihr Verfahren wegen § 316 StGB", "2026-12-03 11:05",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr Stadler,

        Ihr Anwalt, Herr Kurz, hat uns den Strafbefehl des Amtsgerichts Lindach
        vom 24.11.2026 übersandt. Vorgeworfen wird Ihnen fahrlässige
        Trunkenheit im Verkehr (§ 316 Abs. 2 StGB) am 31.10.2026; die
        Blutprobe ergab 1,3 Promille.

        Für die Verteidigung gegen den Vorwurf einer fahrlässigen Tat besteht
        Versicherungsschutz aus Ihrem Verkehrs-Rechtsschutz. Wir übernehmen die
        Kosten für den Einspruch und die Hauptverhandlung (Schaden-Nr.
        RS26-01190). Wird rechtskräftig eine vorsätzliche Tat festgestellt,
        müssten Sie uns die Kosten zurückerstatten.

        Die Kosten der medizinisch-psychologischen Untersuchung (MPU) sind
        nicht versichert.
    """) + sig("yilmaz")
    return text(m, body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "looks harmless: buildings-insurance premium deferral for a named member because of his chemotherapy")
def stundung_chemo():
    m = new(KRAEMER, "Günter Wirth <g.wirth@dorfnetz.example>",
            "Stundung Ihres Wohngebäudebeitrags", "2026-06-12 09:50")
    body = D("""
        Sehr geehrter Herr Wirth,

        Frau Roth hat uns erzählt, dass Sie gerade wegen der Chemotherapie in
        der Onkologie in Fulda sind und sich im Moment um nichts kümmern können.
        Das ist überhaupt kein Problem: Wir stunden den Jahresbeitrag Ihrer
        Wohngebäudeversicherung (WG 21-0041 7765, 734,60 €) bis zum 31.12.2026,
        ohne Zinsen und ohne Mahnung. Der Versicherungsschutz läuft ganz normal
        weiter.

        Wir wünschen Ihnen viel Kraft und gute Besserung.
    """) + sig("kraemer")
    return text(m, body, cte="base64")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "hospital daily allowance after a named farmer's inguinal hernia operation (K40.90); diagnosis only in an HTML-only table")
def krankenhaustagegeld_hernie():
    m = new(KESSLER, "Alfons Reiter <alfons.reiter@landpost.example>",
            "Ihre Leistungsabrechnung vom 23.09.2026", "2026-09-23 14:14")
    htm = html_page("Leistungsabrechnung", D("""
        <p>Sehr geehrter Herr Reiter,</p>
        <p>vielen Dank f&uuml;r die Einreichung. Wir haben Ihre Unterlagen gepr&uuml;ft und zahlen folgende Leistungen:</p>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
        <tr style="background:#e8efe4"><th>Versicherte Person</th><th>Zeitraum</th><th>Diagnose</th><th>Tarif</th><th>Leistung</th></tr>
        <tr><td>Alfons Reiter</td><td>07.09.&ndash;10.09.2026, Kreisklinik Lindach, Chirurgie</td>
        <td>K40.90 Hernia inguinalis, einseitig, ohne Einklemmung; OP nach Lichtenstein</td><td>KHT 30 (Krankenhaustagegeld 30 &euro;)</td><td>120,00 &euro;</td></tr>
        <tr><td colspan="4">Auszahlung auf Ihr Konto DE95 5306 9144 0008 8261 04</td><td><b>120,00 &euro;</b></td></tr>
        </table>
        <p>Gute Erholung! Bitte denken Sie daran, in den n&auml;chsten Wochen nicht schwer zu heben &ndash; auch nicht die Strohballen.</p>
        <p>Mit freundlichen Gr&uuml;&szlig;en<br>Martina Kessler<br>Leistungsabteilung Kranken/Pflege</p>
        <hr><p style="font-size:8pt;color:#555">Auentaler Versicherungsverein auf Gegenseitigkeit (VVaG), Am Kornmarkt 4, 36478 Lindach im Auental</p>
    """))
    return html_only(m, htm)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "company pension (direct life insurance): list of the dairy's named employees with birth dates and contributions in XLSX")
def bav_molkerei():
    m = new(HOFMEISTER, "Stefan Klee <s.klee@molkerei-auental.example>",
            "Direktversicherung – Beitragsliste 2027 zum Abgleich", "2026-12-01 10:15", mailer=OUTLOOK)
    body = D("""
        Hallo Herr Klee,

        anbei die Liste der Direktversicherungen (Gruppenvertrag LV-G 3390 0004)
        mit den Beiträgen ab Januar 2027. Bitte gleichen Sie die
        Entgeltumwandlungsbeträge mit Ihrer Lohnabrechnung ab, besonders bei den
        beiden Neuzugängen und bei Herrn Köhler, der zum 28.02. ausgeschieden
        ist – sein Vertrag ist auf ihn als Versicherungsnehmer übertragen.
    """) + sig("hofmeister")
    text(m, body)
    rows = [["Personal-Nr.", "Name", "Geburtsdatum", "Vertrag", "Beitrag mtl. AN", "Zuschuss AG 15 %", "Status"],
            ["1021", "Rauscher, Heike", "14.05.1971", "LV 3390 0004-01", 250.0, 37.5, "aktiv"],
            ["1044", "Haas, Jürgen", "02.12.1968", "LV 3390 0004-07", 150.0, 22.5, "aktiv"],
            ["1057", "Brandt, Oliver", "19.07.1985", "LV 3390 0004-11", 100.0, 15.0, "aktiv"],
            ["1062", "Köhler, Matthias", "30.03.1979", "LV 3390 0004-12", 0, 0, "ausgeschieden 28.02.2026, übertragen"],
            ["1088", "Wolf, Nina", "08.10.1996", "LV 3390 0004-19", 120.0, 18.0, "aktiv"],
            ["1102", "Seidl, Kurt", "25.01.1990", "LV 3390 0004-23", 200.0, 30.0, "neu ab 01.2027"],
            ["1107", "Klee, Stefan", "11.06.1982", "LV 3390 0004-24", 300.0, 45.0, "neu ab 01.2027"]]
    x = make_xlsx([("Direktversicherung 2027", rows)], title="bAV Molkerei 2027", creator="Petra Hofmeister",
                  created="2026-12-01T09:00:00Z", stamp=(2026, 12, 1, 10, 0, 0))
    return attach(m, x, "Direktversicherung_Molkerei_2027.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "health-claims team's ODS worklist of open hospital invoices with named patients and diagnoses; body harmless")
def offene_klinikrechnungen():
    m = new(KESSLER, "Leistung Kranken Team <leistung-kranken@auentaler-vvag.example>",
            "Arbeitsliste KW 47", "2026-11-16 08:05")
    body = D("""
        Morgen zusammen,

        hier die Liste für diese Woche. Bitte bis Mittwoch die markierten
        Fälle abarbeiten, Kevin hilft uns ab Dienstag.

        Danke!
        Martina
    """)
    text(m, body, cte="8bit")
    rows = [["Eingang", "Versicherte Person", "Vertrag", "Klinik", "Diagnose", "Betrag EUR", "Bearbeiter", "Prio"],
            ["09.11.2026", "Kastner, Elfriede", "KV-Z 550 2290", "Kreisklinik Lindach", "K80.20 Cholezystolithiasis", 2871.40, "MK", "x"],
            ["10.11.2026", "Berger, Hans", "KV-Z 550 0831", "Herzzentrum Fulda-Land", "I25.13 KHK, 3-Gefäß", 6114.02, "MK", "x"],
            ["11.11.2026", "Pfister, Gerda", "KV-Z 550 1502", "Kreisklinik Lindach", "C50.4 Mamma-Ca, Lumpektomie", 3920.55, "KM", ""],
            ["12.11.2026", "Lenz, Kathrin", "KV-Z 550 3318", "Kreisklinik Lindach, Geburtshilfe", "O14.0 Präeklampsie, Sectio", 2488.10, "KM", "x"],
            ["13.11.2026", "Reisinger, Ottilie", "KV-Z 550 0417", "Reha-Klinik Bad Salzhausen", "I63.5, Z50.1 Reha", 1740.00, "MK", ""]]
    ods = make_ods([("KW47", rows)], title="Arbeitsliste KW 47", creator="Martina Kessler",
                   created="2026-11-16T07:50:00", stamp=(2026, 11, 16, 7, 50, 0))
    return attach(m, ods, "Arbeitsliste_KW47.ods", "application/vnd.oasis.opendocument.spreadsheet")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance: named forestry worker's tick bite with neuroborreliosis (A69.2), covered infection, hospital stay")
def zecke_borreliose():
    m = new(HARTUNG, "Benedikt Huber <benedikt.huber@forstmail.example>",
            "Ihre Unfallversicherung – Zeckenbiss/Borreliose: Leistungszusage", "2026-09-01 13:07",
            mailer=OUTLOOK)
    body = D("""
        Sehr geehrter Herr Huber,

        eine Borreliose nach Zeckenbiss gilt in Ihrem Tarif "Unfall Wald & Hof"
        (UV 4410 2277) ausdrücklich als versichert. Nach dem Bericht der
        Neurologie der Kreisklinik (Neuroborreliose, A69.2, mit Fazialisparese
        links; stationär 10.–21.08.2026, intravenöse Antibiose mit Ceftriaxon)
        zahlen wir:

          Krankenhaustagegeld 12 Tage à 50 €            600,00 €
          Genesungsgeld 12 Tage à 50 €                  600,00 €

        Ob eine dauerhafte Beeinträchtigung bleibt (Gesichtsnerv), lässt sich
        frühestens in einem Jahr beurteilen. Wir merken den Fall für eine
        Nachuntersuchung im August 2027 vor. Die Frist zur Geltendmachung der
        Invalidität (15 Monate nach dem Unfall) bitte nicht verpassen – wir
        erinnern Sie rechtzeitig.
    """) + sig("hartung")
    return text(m, body, cs="windows-1252", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance: named beekeeper's anaphylactic shock after a bee sting (T63.4), emergency treatment")
def bienenstich_imker():
    m = new(HARTUNG, "Ludwig Saller <imkerei.saller@landpost.example>",
            "AW: Bienenstich – zahlt die Unfallversicherung?", "2026-07-14 16:20",
            irt="<87a3d9c1.5e2f@landpost.example>")
    ua_tb(m)
    body = D("""
        Grüß Gott Herr Saller,

        gut, dass Sie so schnell in der Notaufnahme waren! Ja, ein
        Insektenstich mit allergischer Reaktion ist in Ihrer Unfallversicherung
        UV 4410 1860 mitversichert (Zusatzbaustein "Insektenstiche und
        Allergische Reaktionen").

        Laut Notarztprotokoll und Entlassungsbrief: anaphylaktischer Schock
        Grad III nach Bienenstich (T63.4), Adrenalin i.m., eine Nacht
        Überwachung auf der Intensivstation. Wir zahlen 2 Tage
        Krankenhaustagegeld (100 €) und die Bergungskosten für den
        Rettungswagen, soweit die Krankenkasse sie nicht übernimmt.

        Der Klinikarzt hat Ihnen ein Notfallset verschrieben und zu einer
        Hyposensibilisierung geraten. Die Kosten dafür trägt allerdings nicht
        die Unfallversicherung, sondern Ihre Krankenkasse.

        Am 12.07.2026 um 20:03 schrieb Ludwig Saller:
        > beim Honigschleudern am Samstag hat mich eine Biene in den Hals
        > gestochen, danach bin ich umgekippt. Meine Frau hat den Notarzt
        > geholt. Zahlt da die Unfallversicherung was?
    """) + sig("hartung")
    return text(m, body, cte="8bit", flowed=True)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "child accident insurance: named 7-year-old's front tooth knocked out at kindergarten (S02.5); dentist report in a ZIP")
def kinderunfall_zahn():
    m = new(HARTUNG, "Anja Schuster <anja.schuster@dorfnetz.example>",
            "Kinderunfallversicherung Lena – Zahnunfall im Kindergarten", "2026-10-21 10:44")
    body = D("""
        Liebe Frau Schuster,

        danke für die Unterlagen zum Sturz von Lena vom Klettergerüst am
        13. Oktober. Die Kinderunfallversicherung (UV 4412 0381) zahlt hier die
        kosmetische Versorgung des Frontzahns, soweit die Krankenkasse sie nicht
        trägt, bis 5.000 €.

        Den Befund von Frau Sommer und das Formular für die Kostenübernahme
        habe ich Ihnen gepackt angehängt (ZIP), bitte das Formular
        unterschreiben und zurückschicken. Gute Besserung an Lena!
    """) + sig("hartung")
    text(m, body)
    befund = make_pdf([
        "# Zahnarztpraxis Anke Sommer - Befundbericht",
        "Patientin: Lena Schuster, geb. 04.03.2019",
        "Unfall: 13.10.2026, Sturz vom Klettergerüst, Kita Sonnenschein Mühlbach",
        "Befund: Zahn 11 komplett luxiert (Avulsion, S03.2), Zahn 21 Schmelz-Dentin-Fraktur (S02.5)",
        "Zahn 11 replantiert nach 40 min Lagerung in Milch, Schienung 14 Tage",
        "Prognose 11: fraglich (Ersatzresorption möglich), ggf. später Implantat nach Wachstumsabschluss",
        "Anke Sommer, Zahnärztin, Hirschau, 15.10.2026",
    ], title="Befund Schuster", author="Zahnarztpraxis Sommer", date="20261015120000")
    formular = make_docx([
        ("h", "Kostenübernahme Zahnunfall - Kinderunfallversicherung UV 4412 0381"),
        "Versicherte Person: Lena Schuster, geb. 04.03.2019",
        "Erziehungsberechtigte: Anja und Markus Schuster, Lindenstraße 8, 36479 Mühlbach am Forst",
        "Ich bitte um Kostenübernahme für die Behandlung laut Befund vom 15.10.2026.",
        "Ort, Datum, Unterschrift: ______________________",
    ], title="Kostenübernahme Zahnunfall", creator="Bernd Hartung", created="2026-10-21T09:00:00Z",
        stamp=(2026, 10, 21, 10, 0, 0))
    z = make_zip([("Befund_Zahnarzt_Lena_Schuster.pdf", befund),
                  ("Formular_Kostenuebernahme.docx", formular)], stamp=(2026, 10, 21, 10, 30, 0))
    return attach(m, z, "Unterlagen_Lena.zip", "application/zip")

# --------------------------------------------------------------------------
# personal lines and health, English and mixed; one more CONFIDENTIAL
# --------------------------------------------------------------------------

@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health claim of a named British pensioner: pneumonia (J18.9) treated in a Portuguese hospital, invoice amounts")
def holloway_pneumonie():
    m = new(KESSLER, "Margaret Holloway <m.holloway@netmail.example>",
            "Your travel health claim - Hospital Sao Bras, Faro", "2026-03-17 11:20")
    body = D("""
        Dear Mrs Holloway,

        I hope you are feeling better now that you are back in Hirschau.

        We have received the invoice and the discharge summary from Hospital
        Sao Bras in Faro. Your annual travel health policy (RK 13-0562) covers
        the treatment in full:

          Diagnosis:       community-acquired pneumonia (J18.9)
          Stay:            2 - 6 March 2026, 4 nights, IV antibiotics
          Invoice:         EUR 4,386.50 (paid by you by credit card)
          Pharmacy:        EUR 62.10 (amoxicillin, inhaler)
          Rebooked flight: EUR 189.00

        We will transfer EUR 4,637.60 to your account within five working days.
        As your GP in Germany, Dr Wendt may want to see the chest X-ray - the
        hospital gave you a CD, I think. Please keep it.
    """) + sig_en("kessler")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "hospital",
      "Cretan hospital's English medical report (ankle fracture S82.82, surgery) for a named member, only in the attached forwarded message; cover note names the member")
def kreta_klinik_forward():
    m = new(KESSLER, "MedAssist Europe Case Desk <cases@medassist-europe.example>",
            "FW: Medical report / invoice - your case MA-26-70418", "2026-08-11 09:42",
            mailer=OUTLOOK)
    body = D("""
        Dear colleagues,

        please find attached the report we received directly from the clinic
        for Mr Pfaff. Our member is covered under travel health policy
        RK 13-0718; please organise the repatriation as discussed (seated, with
        leg rest, business class or stretcher if the surgeon insists). Cost
        guarantee up to EUR 12,000 attached to your case.

        Martina Kessler
        Auentaler VVaG, Health & Care Claims
    """) + "\n" + FOOTER_ASCII
    text(m, body, cs="us-ascii", cte="7bit")
    inner = new("International Patients Office <intl@chania-medical.example>",
                "leistung-kranken@auentaler-vvag.example",
                "Medical report / invoice - patient Joachim Pfaff", "2026-08-10 18:03")
    text(inner, D("""
        Dear Sir or Madam,

        Mr Joachim Pfaff (DOB 21/09/1957) was admitted on 06/08/2026 after a fall
        on wet stairs at his hotel. Diagnosis: displaced trimalleolar fracture of
        the right ankle (S82.82). Open reduction and internal fixation on
        07/08/2026 under spinal anaesthesia, uneventful. Thromboprophylaxis with
        enoxaparin 40 mg s.c. daily for 6 weeks. Non-weight-bearing for 6 weeks.
        Fit to fly from 12/08/2026 with leg elevation.

        Invoice no. CMC-2026-3381: EUR 9,870.00 (surgery, implants, 5 nights).

        Kind regards,
        Dr Eleni Markaki, Orthopaedic Department
        Chania Medical Centre, Crete
    """), cs="utf-8", cte="quoted-printable")
    inner["Message-ID"] = "<ipo.20260810180301.5521@chania-medical.example>"
    return attach_mail(m, inner, "Medical_report_Pfaff.eml")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "accident insurance: named horse breeder's fall with a distal radius fracture (S52.5), hospital and recovery benefit")
def brennan_sturz():
    m = new(HARTUNG, "Aoife Brennan <aoife@gestuet-birkenried.example>",
            "Your accident insurance UV 4411 0290 - fall from the young horse", "2026-04-28 15:30",
            mailer=OUTLOOK)
    body = D("""
        Dear Ms Brennan,

        thank you for the discharge letter from Kreisklinik Lindach. After your
        fall while breaking in the young gelding on 2 April you had a fracture
        of the left wrist (distal radius fracture, S52.5), treated with a
        plate on 3 April; two nights in hospital, cast for five weeks.

        Your accident insurance pays:
          - hospital daily benefit: 2 days x EUR 40 = EUR 80
          - recovery benefit: 2 days x EUR 40 = EUR 80
          - cosmetic surgery / physiotherapy extras: not needed so far

        If the wrist stays stiff after physiotherapy, please send us a final
        report from your surgeon about 12 months after the accident, so we can
        assess permanent impairment. Riding accidents are fully covered in your
        policy, including professional training of horses.

        Get well soon - and maybe leave the gelding to somebody else for a
        while!
    """) + sig_en("hartung")
    return text(m, body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "life underwriting decision to a broker: named client's hypertension (I10) and blood values, premium loading")
def broker_underwriting_oconnor():
    m = new(HOFMEISTER, "Owen Bradley <owen@bradley-expat-cover.example>",
            "Term life application 26-LV-0417 - Liam O'Connor - underwriting decision", "2026-06-17 10:05")
    body = D("""
        Dear Mr Bradley,

        we have completed the underwriting for your client Liam O'Connor (born
        12 May 1986), term life, sum insured EUR 250,000, term 25 years.

        The medical examination by Dr Yildiz showed blood pressure of 152/96 on
        two readings; your client confirmed treated essential hypertension (I10)
        since 2022 with ramipril 5 mg. Cholesterol and HbA1c are normal,
        non-smoker, BMI 27.

        Decision: acceptance with a loading of 25% on the risk premium. The
        monthly premium rises from EUR 18.40 to EUR 22.10. We can review the
        loading after three years if blood pressure readings are below 140/90.

        Please discuss with your client and let us know whether he accepts. The
        offer is valid for six weeks.
    """) + sig_en("hofmeister")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "group accident insurance of a farm: named Romanian seasonal worker's ankle fracture (S82.6) after falling off a trailer")
def popescu_erntehelfer():
    m = new(HARTUNG, "Ionut Popescu <ionut.popescu@romail.example>",
            "Accident on 4 August - your benefits from the harvest workers' insurance", "2026-08-24 12:50",
            cc=LECHNER)
    body = D("""
        Dear Mr Popescu,

        Mr Obermueller has insured all his harvest workers with us in a group
        accident policy (GU 4420 0071). Because of your fall from the grain
        trailer on 4 August you are entitled to benefits directly from us:

          Injury:       fracture of the right outer ankle (S82.6), surgery with
                        screws at Kreisklinik Lindach on 5 August
          Hospital:     5 - 9 August (4 days) x EUR 25 = EUR 100
          Lump sum for fractures: EUR 500

        The total of EUR 600 can be paid to your Romanian bank account - please
        send us the IBAN. Your statutory accident insurance (SVLFG) pays the
        medical costs and sick pay; we have nothing to do with that.

        Mr Lechner from our local agency speaks to Mr Obermueller every week,
        so you can also give him the bank details. Get well soon.
    """) + sig_en("hartung")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "status of a named client's disability claim for a broker: multiple sclerosis (G35) under assessment")
def broker_bu_status():
    m = new(HOFMEISTER, "Owen Bradley <owen@bradley-expat-cover.example>",
            "RE: Disability claim Sarah Jennings - status?", "2026-10-08 16:10",
            irt="<1a9d07c3b51f@bradley-expat-cover.example>")
    body = D("""
        Hi Owen,

        short update on Ms Jennings' disability claim (BU 3306 4402):

        - We have the neurologist's report: relapsing-remitting multiple
          sclerosis (G35.1), diagnosed in May 2026, currently on ocrelizumab.
        - She works as a veterinary nurse; her fatigue and the weakness in the
          left leg make standing shifts of more than four hours impossible.
        - What is missing is the employer's job description with the share of
          standing work. I wrote to the practice on 1 October.

        As soon as that arrives, we will decide within two weeks. If it
        helps her, we can also pay the benefit for a limited period while the
        assessment is ongoing - let me know.

        Petra

        > Hi Petra, Sarah Jennings is asking me every week. Any news on her
        > claim? Thanks, Owen
    """) + sig_en("hofmeister", footer=False) + "\n" + FOOTER_ASCII
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "premium arrears on a named member's dental supplementary health plan; health line, no medical word")
def petty_zahnzusatz_rueckstand():
    m = new(KRAEMER, "Graham Petty <graham@lindenhof-bnb.example>",
            "Outstanding premium - dental plan KV-Z 551 0093", "2026-07-07 08:15",
            extra=[("X-Mailer", "Auentaler Inkasso 2.8")])
    body = D("""
        Dear Mr Petty,

        the premiums for your supplementary dental plan KV-Z 551 0093 for May,
        June and July (3 x EUR 31.70 = EUR 95.10) are still outstanding; the
        direct debit was returned by your bank.

        Please transfer the amount by 31 July 2026. If the premiums remain
        unpaid, we are legally obliged to suspend benefits under the plan until
        the arrears are settled.

        If you have changed your bank, simply reply with the new details and we
        will collect the amount from there.
    """) + sig_en("kraemer")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "life claim notice to the reinsurer: named insured died of a myocardial infarction (I21.0), sum at risk")
def rueck_todesfall():
    m = new(FIEDLER, "Life Claims Nordhafen Re <life.claims@nordhafen-re.example>",
            "Claim advice - facultative life cession 2019/014 - Manfred Oswald", "2026-05-06 13:40")
    body = D("""
        Dear colleagues,

        we advise a death claim under facultative cession 2019/014:

          Life insured:     Manfred Oswald, born 03/11/1966, master butcher,
                            Hirschau
          Policy:           LV 3303 9001, term life, sum insured EUR 600,000
          Retention:        EUR 200,000, your share EUR 400,000
          Date of death:    18 April 2026
          Cause of death:   acute anterior myocardial infarction (I21.0), per
                            death certificate and emergency physician's report;
                            known hypertension and hyperlipidaemia, disclosed
                            at inception and rated +50%
          Contestability:   policy in force since 2019, no non-disclosure issue

        Beneficiary is the widow. We intend to pay on 20 May and will send the
        cash call afterwards. Copies of the death certificate and medical
        reports can be provided via our secure portal on request.
    """) + "\n" + SIG_EN["fiedler"] + "\n" + FOOTER_ASCII
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "facultative underwriting request: named applicant's family history of Huntington's disease and negative predictive test (genetic data)")
def huntington_fakultativ():
    m = new(SAUER, "Dr Amelia Strand <medical.uw@nordhafen-re.example>",
            "Facultative request 26-F-033 - family history of Huntington's disease", "2026-02-25 16:22",
            cc=HOFMEISTER)
    body = D("""
        Dear Dr Strand,

        we would appreciate your view on the following disability application
        before we decide:

        Applicant: Tobias Lang, born 1992, agricultural engineer, applying for
        disability cover of EUR 2,000 per month to age 67.

        Family history: father diagnosed with Huntington's disease at 48
        (G10), died 2021. Paternal aunt also affected. The applicant underwent
        predictive genetic testing in 2023 at the university clinic's
        genetic counselling centre: CAG repeat 19/21, i.e. not a carrier. He
        voluntarily disclosed the result with the application.

        Under the German Genetic Diagnostics Act (GenDG, s. 18) we may neither
        request nor use the result of a predictive genetic test below EUR 300,000
        or EUR 30,000 p.a., even if the applicant offers it. The family history
        itself may be taken into account. Would you accept the risk at standard
        rates, or what loading would you apply for the family history alone?
        No other medical findings.

        Best regards
    """) + "\n" + SIG_EN["sauer"] + "\n" + FOOTER_ASCII
    return text(m, body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "confirmation of a named au pair's private health insurance for the immigration office; health line, no diagnosis")
def hartley_visum_kv():
    m = new(WOLFRAM, "Chloe Hartley <chloe.hartley@ozmail.example>",
            "Confirmation of health insurance for the Ausländerbehörde", "2026-01-22 10:00")
    body = D("""
        Hi Chloe,

        here is the text of the confirmation you need for the extension of your
        residence permit - the signed original is in the post to the Schusters'
        address:

        "We confirm that Ms Chloe Maree Hartley, born 02/02/2004, is insured
        with Auentaler Versicherungsverein a.G. under policy KV-A 552 0418
        (health insurance for au pairs and guest students) from 01/09/2025 to
        31/08/2026. Cover includes outpatient and inpatient treatment, dental
        pain treatment, pregnancy and repatriation, without deductible, and
        meets the requirements of the Residence Act."

        Good luck at the appointment on 29 January!
    """) + sig_en("wolfram")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "life insurance death benefit for a named widow: husband's death from a stroke (I63.9) per death certificate")
def holloway_lebensversicherung():
    m = new(HOFMEISTER, "Margaret Holloway <m.holloway@netmail.example>",
            "Life insurance of your late husband Richard - payment", "2026-01-14 11:25",
            mailer=OUTLOOK)
    body = D("""
        Dear Mrs Holloway,

        please accept our sincere condolences on the death of your husband.

        We have received the death certificate and the letter from Dr Wendt.
        Your husband died on 22 December 2025 at the Kreisklinik Lindach after
        an ischaemic stroke (I63.9). Since his life insurance (LV 3300 4127,
        sum insured EUR 40,000 plus bonuses of EUR 6,912.44) had been in force
        for more than twelve years, no further medical enquiries are needed.

        As the named beneficiary you will receive EUR 46,912.44. Please confirm
        the account to which we should transfer the amount; the account in your
        husband's sole name has been blocked by the bank.

        If you would like Mr Gruber to visit you to go through the other
        policies, he will gladly do so.
    """) + sig_en("hofmeister")
    return text(m, body, cs="windows-1252", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "request to a UK hospital consultant for the treatment report of a named member's heart attack in Leeds (travel health)")
def leeds_bericht_anfordern():
    m = new(KESSLER, "Dr Rupert Hale <r.hale@st-aldhelms-leeds.example>",
            "Request for medical report - Mr Walter Grieb, DOB 12/02/1949, admitted 14/06/2026", "2026-07-02 14:48")
    body = D("""
        Dear Dr Hale,

        our member Mr Walter Grieb was treated in your cardiology department
        from 14 to 20 June 2026 after an acute myocardial infarction while
        visiting his son in Leeds. The discharge summary mentions a primary PCI
        with two drug-eluting stents to the LAD.

        For his travel health claim we need to know:
        1. Was the condition acute and unforeseen, or was there a known cardiac
           history (angina, previous treatment) before the trip?
        2. The itemised invoice of the hospital trust including the cost of the
           stents.

        Mr Grieb has signed a release from medical confidentiality (attached
        reference MK-26-0933). Please reply via our secure portal; you will
        receive a separate invitation. We will pay a reasonable fee for the
        report.
    """) + sig_en("kessler")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "campsite liability: a named guest's child broke her arm (S42.4) on the playground; injury details and medical costs")
def camping_spielplatz_kind():
    m = new(ENGELHARDT, "Pieter van der Berg <info@camping-am-weiher.example>",
            "Accident on your playground - claim H26-01870 (girl injured)", "2026-08-18 10:30")
    body = D("""
        Dear Mr van der Berg,

        the lawyer of the family Lindqvist from Sweden has contacted us. Their
        daughter Maja (6) fell from the climbing frame on your playground on
        29 July; the report of the Kreisklinik states a supracondylar humerus
        fracture of the left arm (S42.4), treated with wires under general
        anaesthesia, three nights in hospital.

        The family claims that a rung was loose. Before we take a position,
        please send us:
          - the last playground inspection report (DIN EN 1176),
          - photos of the climbing frame before the repair,
          - names of staff who were present.

        Your commercial liability policy (BH 55-1188) covers the claim if you
        are liable; the Swedish travel insurer has already paid the hospital and
        will seek recovery. Please do not discuss liability with the family
        directly.
    """) + sig_en("engelhardt")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "dental supplementary: named member's root canal treatment (tooth 26, apical periodontitis) reimbursed")
def petty_wurzelbehandlung():
    m = new(KESSLER, "Graham Petty <graham@lindenhof-bnb.example>",
            "Reimbursement - root canal treatment", "2026-10-02 15:15")
    plain = D("""
        Dear Mr Petty,

        thank you for settling the arrears - your dental plan is fully active again.

        We have checked the invoice from Zahnarztpraxis Sommer for the root canal
        treatment of tooth 26 (apical periodontitis, K04.5), three sessions in
        September. Your plan reimburses 90% of the amount not covered by your
        statutory health insurance:

        Invoice total EUR 684.20, statutory share EUR 211.40, remainder EUR 472.80
        Reimbursement 90%: EUR 425.52
    """) + sig_en("kessler")
    htm = html_page("Reimbursement", D("""
        <p>Dear Mr Petty,</p>
        <p>thank you for settling the arrears &ndash; your dental plan is fully active again.</p>
        <p>We have checked the invoice from Zahnarztpraxis Sommer for the root canal treatment of <b>tooth 26
        (apical periodontitis, K04.5)</b>, three sessions in September. Your plan reimburses 90&nbsp;% of the
        amount not covered by your statutory health insurance:</p>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><td>Invoice total</td><td align="right">EUR 684.20</td></tr>
        <tr><td>Statutory share</td><td align="right">EUR 211.40</td></tr>
        <tr><td>Remainder</td><td align="right">EUR 472.80</td></tr>
        <tr><td><b>Reimbursement 90&nbsp;%</b></td><td align="right"><b>EUR 425.52</b></td></tr>
        </table>
        <p>Kind regards<br>Martina Kessler<br>Health &amp; Care Claims</p>
    """))
    return alt(m, plain, htm)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "request to an English-speaking registrar at the district hospital for a named seasonal worker's operation report")
def op_bericht_murphy():
    m = new(HARTUNG, "Dr Aidan Murphy <a.murphy@kreisklinik-lindach.example>",
            "Operation report for Mr Ionut Popescu (ORIF right ankle, 05/08/2026)", "2026-08-20 09:10")
    body = D("""
        Dear Dr Murphy,

        thank you for taking my call yesterday. As agreed, here is the request in
        writing: for the group accident claim of Mr Ionut Popescu (born
        30/11/1998) we need the operation report of 5 August 2026 (open reduction
        and internal fixation of a Weber B fracture of the right ankle) and the
        discharge letter of 9 August.

        Mr Popescu's signed consent is on file (in Romanian and German). You can
        upload the documents to the link I sent separately; please do not send
        them by normal email.

        Many thanks, and regards to Dr Weidner.
    """) + sig_en("hartung")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "long-term care daily allowance for a named Dutch member's mother: care level 2, Parkinson's disease (G20)")
def pflege_mutter_vdberg():
    m = new(KESSLER, "Anneke van der Berg <anneke@camping-am-weiher.example>",
            "Care allowance for your mother, Mrs Wilhelmina Smit", "2026-11-04 10:58")
    body = D("""
        Dear Mrs van der Berg,

        the assessment for your mother has arrived. The Medical Service has
        assessed care level 2 from 1 October 2026, mainly because of her
        Parkinson's disease (G20) with unsteady gait and two falls this year.

        Her long-term care daily allowance (PT 66-0390) therefore pays
        EUR 18.00 per day, about EUR 540 per month, to the account you gave us
        as her authorised representative. The first payment for October and
        November will be made on 30 November.

        If her condition changes, you can ask for a new assessment at any time.
        Our care advisor, Mrs Lange from the Diakoniestation, also speaks a
        little Dutch - she can visit you at the campsite.
    """) + sig_en("kessler")
    return text(m, body, cs="us-ascii", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de+en", "insurer-to-customer",
      "bilingual: orthodontic treatment plan for a named Dutch member's daughter (KIG 4, crossbite) under the dental plan")
def kfo_sanne():
    m = new(KESSLER, "Anneke van der Berg <anneke@camping-am-weiher.example>",
            "Kieferorthopädie Sanne / orthodontics for Sanne", "2026-02-18 14:30")
    body = D("""
        Liebe Frau van der Berg,
        (English version below)

        der Behandlungsplan von Dr. Kaya (Kieferorthopädie Lindach) für Sanne
        ist da: Kreuzbiss und Engstand, Einstufung KIG 4 (D4), feste Zahnspange
        für ca. 24 Monate. Die gesetzliche Kasse übernimmt die Grundbehandlung;
        aus Sannes Zahnzusatz (KV-Z 551 0347) erstatten wir 80 % der
        Mehrkosten für die Keramikbrackets und die Glattflächenversiegelung,
        voraussichtlich 1.136 €.

        Dear Mrs van der Berg,

        we have received Dr Kaya's treatment plan for Sanne: crossbite and
        crowding, orthodontic indication group KIG 4, fixed braces for about 24
        months. Statutory insurance pays the basic treatment; Sanne's dental
        plan reimburses 80% of the extra costs (ceramic brackets, sealing),
        an estimated EUR 1,136. Please send us the invoices every quarter.
    """) + sig("kessler")
    return text(m, body, cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de+en", "hospital",
      "internal discussion of a UK hospital's English discharge summary (STEMI, stents) for a named member, quoted")
def leeds_entlassbrief_intern():
    m = new(KESSLER, SAUER, "Fall Grieb – Entlassbrief Leeds, bitte kurz ansehen", "2026-06-29 10:15",
            mailer=OUTLOOK)
    body = D("""
        Hallo Herr Dr. Sauer,

        können Sie sich bitte den Entlassbrief unten ansehen? Herr Grieb
        (Auslandsreise-KV RK 13-0402) hatte in Leeds einen Herzinfarkt. Die
        Rechnung der Klinik liegt bei 18.400 GBP. Im Antrag 2019 hat er
        "keine Herzerkrankung" angegeben. Ist das akut und unvorhersehbar, oder
        müssen wir nach Vorerkrankungen fragen? Ich würde sonst beim Kardiologen
        in Leeds nachhaken.

        Danke, M. Kessler

        ---------- Forwarded discharge summary ----------
        St Aldhelm's Hospital, Leeds - Cardiology
        Patient: Walter GRIEB, DOB 12/02/1949, German national
        Admitted: 14/06/2026  Discharged: 20/06/2026
        Diagnosis: Acute anterior STEMI. Primary PCI to proximal LAD, 2 x DES.
        Past history: hypertension (on amlodipine 5 mg), "intermittent chest
        tightness on exertion for some months", not investigated.
        Medication on discharge: aspirin 75 mg, ticagrelor 90 mg bd,
        atorvastatin 80 mg, bisoprolol 2.5 mg, ramipril 2.5 mg.
        Follow-up: cardiac rehabilitation in Germany; fit to fly after 14 days.
        Consultant: Dr R. Hale
    """) + sig("kessler", footer=False)
    return text(m, body)


@mail("STRICTLY_CONFIDENTIAL", "de+en", "insurer-to-customer",
      "bilingual agent mail to a named pensioner about replacing her hearing aids under her supplementary health plan")
def hoergeraete_holloway():
    m = new(GRUBER, "Margaret Holloway <m.holloway@netmail.example>",
            "Ihre Hörgeräte / your hearing aids", "2026-09-10 17:45")
    body = D("""
        Liebe Frau Holloway,

        ich habe mit Frau Kessler in Lindach gesprochen: Die neuen Hörgeräte
        (beidseitig, Hörakustik Seelig, 3.280 €) zahlt Ihre
        Ergänzungsversicherung KV-Z 551 0266 mit bis zu 1.500 € alle vier
        Jahre. Die Verordnung vom HNO-Arzt (Schallempfindungsschwerhörigkeit
        beidseits) hat sie schon.

        Dear Mrs Holloway, in short: for your new hearing aids (both ears,
        EUR 3,280) your supplementary plan pays up to EUR 1,500 every four years.
        The ENT prescription for your hearing loss has already been received.
        The statutory insurance pays EUR 1,460 as well, so you only pay about
        EUR 320 yourself. I'll drop by on Friday with the form.

        Herzliche Grüße / warm regards
    """) + sig("gruber")
    return text(m, body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "named sole-trader joiner's business liability premium recalculated from his declared annual turnover and payroll")
def umsatzmeldung_bender():
    m = new(VOGT, "Lukas Bender <schreinerei.bender@handwerk-auental.example>",
            "Beitragsabrechnung Betriebshaftpflicht 2026 nach Ihrer Umsatzmeldung", "2026-02-05 11:11",
            mailer=OUTLOOK)
    body = D("""
        Hallo Herr Bender,

        danke für die Umsatzmeldung. Für Ihre Betriebshaftpflicht BH 55-0677
        (Schreinerei, Inhaber Lukas Bender) ergibt sich:

          gemeldeter Jahresumsatz 2025:   412.800 €  (Vorjahr 356.000 €)
          Lohnsumme 2025:                 138.400 €  (2 Gesellen, 1 Azubi)
          Beitragssatz:                   2,9 ‰ vom Umsatz
          Beitrag 2026 netto:             1.197,12 €
          bereits gezahlt (Vorauszahlung):1.032,40 €
          Nachzahlung inkl. 19 % VSt.:      196,02 €

        Die Nachzahlung buchen wir am 01.03. von Ihrem Geschäftskonto ab.
        Glückwunsch übrigens zum guten Jahr!
    """) + sig("vogt")
    return text(m, body, cs="windows-1252", cte="quoted-printable")

# --------------------------------------------------------------------------
# NORMAL, German: organisation, products, traps
# --------------------------------------------------------------------------

@mail("NORMAL", "de", "insurer-to-members",
      "invitation of the elected member representatives to the annual assembly with agenda and ICS; representatives in Bcc, no contract data")
def vertreterversammlung():
    m = new(BAUMANN, "Mitgliedervertreterinnen und Mitgliedervertreter <undisclosed-recipients@auentaler-vvag.example>",
            "Einladung zur ordentlichen Mitgliedervertreterversammlung am 20. November 2026",
            "2026-10-16 10:00", mailer=OUTLOOK)
    body = D("""
        Sehr geehrte Mitgliedervertreterinnen und Mitgliedervertreter,

        im Namen des Vorstands lade ich Sie herzlich zur ordentlichen
        Mitgliedervertreterversammlung ein:

          Freitag, 20. November 2026, 14:00 Uhr
          Bürgerhaus Lindach, Großer Saal, Kirchplatz 2

        Tagesordnung
        1. Eröffnung und Feststellung der Beschlussfähigkeit
        2. Bericht des Vorstands über das Geschäftsjahr 2025
        3. Bericht des Aufsichtsrats
        4. Feststellung des Jahresabschlusses und Verwendung des Überschusses
           (Vorschlag: 3,1 Mio. € in die Rückstellung für Beitragsrückerstattung)
        5. Entlastung von Vorstand und Aufsichtsrat
        6. Änderung von § 9 der Satzung (Wahlbezirke: Zusammenlegung der
           Bezirke Steinach und Birkenried)
        7. Nachwahl in den Aufsichtsrat
        8. Verschiedenes

        Die Unterlagen (Geschäftsbericht, Satzungsänderung im Wortlaut) liegen
        ab 2. November in der Hauptverwaltung und in allen Agenturen aus. Einen
        Kalendereintrag habe ich angehängt. Im Anschluss laden wir Sie zu einem
        Imbiss mit Produkten unserer Mitgliedsbetriebe ein.

        Um Rückmeldung bis 6. November wird gebeten.
    """) + "\n" + SIG["baumann"] + "\n" + FOOTER
    text(m, body)
    ics = make_ics("vv-2026@auentaler-vvag.example", "20261120T140000", "20261120T180000",
                   "Mitgliedervertreterversammlung Auentaler VVaG",
                   location="Bürgerhaus Lindach, Großer Saal, Kirchplatz 2, 36478 Lindach",
                   description="Tagesordnung siehe Einladung vom 16.10.2026. Anschließend Imbiss.",
                   organizer=("Elke Baumann", "e.baumann@" + DOMAIN), stamp="20261016080000Z")
    return attach(m, ics, "Mitgliedervertreterversammlung_2026.ics", "text/calendar", charset="utf-8")


@mail("NORMAL", "de", "internal",
      "trap: aggregated farm accident statistics by injury type and ICD chapter for product development; no person")
def unfallstatistik_landwirtschaft():
    m = new(HARTUNG, "Produktentwicklung <produkt@auentaler-vvag.example>",
            "Auswertung Unfälle Landwirtschaft 2021–2025 für den neuen Tarif \"Unfall Hof\"",
            "2026-02-12 14:35", mailer=OUTLOOK)
    body = D("""
        Hallo zusammen,

        wie besprochen die Auswertung unserer Unfall-Leistungsfälle mit
        landwirtschaftlichem Hergang (Berufsangabe Landwirt/in, mithelfende
        Familienangehörige, Erntehelfer) der Jahre 2021–2025. Fälle mit weniger
        als fünf Nennungen sind unter "Sonstige" zusammengefasst.

        Was mir auffällt:
        - Stürze (Leiter, Heuboden, Anhänger) sind mit 38 % der häufigste Hergang,
          Tierunfälle (Rinder, Pferde) folgen mit 24 %.
        - Handverletzungen (ICD S60–S69) machen fast ein Drittel der
          Invaliditätsfälle aus – die Gliedertaxe für Finger sollten wir im neuen
          Tarif verbessern.
        - Zeckenbedingte Infektionen: 9 Fälle in fünf Jahren, aber teuer.

        Die Tabelle hängt an. Daten sind anonym, Einzelfälle bitte nicht in
        Präsentationen nach außen zeigen.
    """) + sig("hartung", footer=False)
    text(m, body)
    rows = [["Verletzung (ICD-10-Kapitel)", "Fälle", "davon Invalidität", "Ø Leistung EUR", "Anteil"],
            ["Kopf/Hals (S00-S19)", 41, 6, 3120, 0.09],
            ["Rumpf/Wirbelsäule (S20-S39)", 58, 11, 6410, 0.13],
            ["Schulter/Arm (S40-S59)", 77, 19, 4870, 0.17],
            ["Hand/Finger (S60-S69)", 102, 34, 3990, 0.23],
            ["Hüfte/Bein (S70-S89)", 93, 27, 7250, 0.21],
            ["Fuß (S90-S99)", 39, 5, 2110, 0.09],
            ["Infektionen nach Zeckenbiss (A69.2, A84.1)", 9, 2, 11840, 0.02],
            ["Sonstige", 26, 3, 1980, 0.06],
            ["Summe", 445, 107, None, 1.0]]
    x = make_xlsx([("Unfälle LW 2021-2025", rows)], title="Unfallstatistik Landwirtschaft",
                  creator="Bernd Hartung", created="2026-02-12T13:00:00Z", stamp=(2026, 2, 12, 14, 0, 0))
    return attach(m, x, "Unfaelle_Landwirtschaft_2021-2025.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@mail("NORMAL", "de", "internal",
      "trap: internal job advert for a health-claims clerk (medical knowledge, GOÄ, ICD) as PDF; no applicant named")
def stellenausschreibung():
    m = new(FABER, "Alle Mitarbeitenden <alle@auentaler-vvag.example>",
            "Interne Stellenausschreibung: Sachbearbeiter/in Leistung Kranken (Teilzeit möglich)",
            "2026-03-03 08:30")
    body = D("""
        Liebe Kolleginnen und Kollegen,

        in der Leistungsabteilung Kranken/Pflege ist ab 1. Mai eine Stelle neu
        zu besetzen. Die Ausschreibung hängt an. Interne Bewerbungen bis
        20. März formlos an mich – gern auch aus den Agenturen oder von
        Azubis im letzten Lehrjahr.

        Bei Fragen zur Stelle: Martina Kessler.
    """) + sig("faber", footer=False)
    text(m, body)
    pdf = make_pdf([
        "# Sachbearbeiter/in Leistung Kranken/Pflege (m/w/d), 30-39 Std./Woche",
        "Auentaler VVaG, Hauptverwaltung Lindach, ab 01.05.2026, unbefristet",
        "",
        "Ihre Aufgaben",
        "- Prüfung und Abrechnung von Arzt-, Zahnarzt- und Krankenhausrechnungen (GOÄ, GOZ, DRG)",
        "- Bearbeitung von Heil- und Kostenplänen, Hilfsmitteln und Pflegeleistungen",
        "- Kommunikation mit Versicherten, Ärzten und Kliniken, auch über das SecureMail-Portal",
        "",
        "Ihr Profil",
        "- Ausbildung als Kaufmann/-frau für Versicherungen oder Medizinische/r Fachangestellte/r",
        "- Kenntnisse in medizinischer Terminologie und ICD-10-GM von Vorteil",
        "- Sorgfalt im Umgang mit Gesundheitsdaten und Verständnis für die Schweigepflicht",
        "",
        "Wir bieten: Tarif der privaten Versicherungswirtschaft, 30 Tage Urlaub, Gleitzeit, Jobrad,",
        "betriebliche Krankenversicherung, Parkplatz direkt am Haus.",
        "Kontakt: Monika Faber, Personal, Tel. 06643 918-120",
    ], title="Stellenausschreibung Leistung Kranken", author="Monika Faber", date="20260302150000")
    return attach(m, pdf, "Stellenausschreibung_Leistung_Kranken.pdf", "application/pdf")


@mail("NORMAL", "de", "insurer-to-prospect",
      "trap: prospect asked about dental cover; generic answer and brochure PDF, no contract and no health data of the person")
def interessent_zahnzusatz():
    m = new(WOLFRAM, "Lisa Hofbauer <lisa.hofbauer@mailbox.example>",
            "Ihre Anfrage zur Zahnzusatzversicherung", "2026-04-09 15:28")
    body = D("""
        Hallo Frau Hofbauer,

        vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung
        "Auental Lächeln". Die wichtigsten Punkte in Kürze:

        - drei Varianten: 60, 80 oder 90 % Erstattung für Zahnersatz
          (Implantate, Kronen, Brücken, Inlays)
        - Professionelle Zahnreinigung bis 150 € im Jahr
        - Kieferorthopädie für Kinder bis 18 Jahre (ab KIG 3)
        - Zahnstaffel in den ersten vier Jahren, danach unbegrenzt
        - Beitrag z. B. für 35-Jährige in der Variante 80: 19,40 € im Monat

        Beim Antrag stellen wir drei kurze Gesundheitsfragen (fehlende Zähne,
        laufende Behandlungen). Die Produktinformation hängt an. Ihre Agentur vor
        Ort in Mühlbach, Frau Roth, berät Sie gern persönlich.
    """) + sig("wolfram")
    text(m, body)
    pdf = make_pdf([
        "# Auental Lächeln - Zahnzusatzversicherung",
        "Produktinformationsblatt (Stand 01/2026) - Muster, keine Vertragsunterlage",
        "",
        "Leistung                        Variante 60   Variante 80   Variante 90",
        "Zahnersatz inkl. Implantate      60 %          80 %          90 %",
        "Inlays, Onlays                   60 %          80 %          90 %",
        "Professionelle Zahnreinigung     100 EUR       150 EUR       200 EUR p.a.",
        "Kieferorthopädie Kinder (KIG 3-5) 50 %         80 %          80 %",
        "",
        "Zahnstaffel: Jahr 1 max. 500 EUR, Jahr 2 max. 1.000 EUR, Jahr 3 max. 1.500 EUR,",
        "Jahr 4 max. 2.000 EUR, ab Jahr 5 unbegrenzt. Unfälle ohne Begrenzung.",
        "Keine Wartezeit. Bereits fehlende, nicht ersetzte Zähne sind nicht versichert.",
        "",
        "Beispielbeiträge Variante 80 (monatlich): 21 Jahre 12,90 EUR, 35 Jahre 19,40 EUR, 50 Jahre 27,80 EUR",
    ], title="PIB Auental Lächeln", author="Auentaler VVaG", date="20260105090000")
    return attach(m, pdf, "Produktinformation_Auental_Laecheln.pdf", "application/pdf")


@mail("NORMAL", "de", "internal",
      "trap: minutes of the data-protection jour fixe on how doctors' reports and ICD codes may be sent; processes only")
def datenschutz_jourfixe():
    m = new(SEIDEL, "DS-Koordinatoren <ds-koordinatoren@auentaler-vvag.example>",
            "Protokoll Datenschutz-Jour-fixe 14.04.2026", "2026-04-15 09:20", mailer=OUTLOOK)
    body = D("""
        Hallo zusammen,

        hier das Protokoll vom Dienstag.

        Teilnehmer: Kessler (Leistung KV), Hofmeister (LV/BU), Albrecht (IT),
        Engelhardt (Schaden Sach), Lechner (für die Agenturen), Seidel

        1. Versand von Arztberichten und Rechnungen
           - Arztberichte, Befunde, Diagnosen (auch nur ICD-Codes) gehen
             ausschließlich über das SecureMail-Portal oder per Post.
           - Ausnahme: Der Kunde hat eine Einwilligung für unverschlüsselte
             E-Mail (TLS) unterschrieben. Die Einwilligungen liegen im DMS unter
             "Kommunikation".
           - Ärzte und die Kreisklinik bekommen eine Portal-Einladung; die
             Kreisklinik prüft gerade Domänenverschlüsselung (Gateway-zu-Gateway).
        2. Agenturen
           - Agenturen dürfen keine Gesundheitsunterlagen im lokalen Postfach
             aufbewahren. Weiterleitung an die Fachabteilung, dann löschen.
           - Schulung im Mai (H. Lechner organisiert, Termin folgt).
        3. Vorfall März
           - Eine Mail mit Rechnungsanlage ging an einen falschen Empfänger mit
             ähnlichem Namen. Betroffene informiert, Meldung an die Aufsicht war
             nach Prüfung nicht erforderlich (Anlage enthielt nur Sachdaten).
             Maßnahme: Autovervollständigung im Mailprogramm abgeschaltet.

        Nächster Termin: 16.06.2026, 10 Uhr, Raum Rhön.
    """) + "\n" + SIG["seidel"]
    return text(m, body, cs="windows-1252", cte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: donation to the district hospital's friends' association for the children's ward; no patient")
def spende_kinderstation():
    m = new(BAUMANN, "Förderverein Kreisklinik Lindach e.V. <foerderverein@kreisklinik-lindach.example>",
            "Spende für das Spielzimmer der Kinderstation", "2026-11-26 11:40",
            cc="Dr. Konrad Meisel <k.meisel@auentaler-vvag.example>")
    body = D("""
        Sehr geehrte Frau Dr. Weidner,

        der Vorstand hat beschlossen, das neue Spielzimmer der Kinderstation
        mit 5.000 € zu unterstützen – statt der Weihnachtspräsente für
        Geschäftspartner. Herr Dr. Meisel würde den Scheck gern am 15. Dezember
        persönlich vorbeibringen, wenn es Ihnen passt; ein Foto für den
        "Auentaler Boten" wäre schön, selbstverständlich ohne Kinder und
        Patienten im Bild.

        Die Überweisung geht auf das Spendenkonto des Fördervereins; die
        Zuwendungsbestätigung bitte an unsere Buchhaltung.
    """) + "\n" + SIG["baumann"] + "\n" + FOOTER
    return text(m, body)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: water damage in the insurer's own building; a GP practice is the tenant, surgery hours disrupted; no patient data")
def wasserschaden_praxis_eigenes_haus():
    m = new(HELLER, "Haustechnik Ludwig GmbH <auftrag@haustechnik-ludwig.example>",
            "Dringend: Wasserschaden Kornmarkt 6 – Praxis im EG", "2026-01-08 07:48",
            cc="Praxis Dr. Yildiz/Dr. Brandl <praxis@praxis-muehlbach.example>")
    body = D("""
        Guten Morgen Herr Ludwig,

        in unserem Nebengebäude Kornmarkt 6 (Eigentum der Auentaler VVaG) ist
        heute Nacht im 1. OG ein Heizungsrohr geplatzt. Das Wasser ist durch die
        Decke in die Räume der Hausarztpraxis im Erdgeschoss gelaufen, die dort
        unsere Mieterin ist: Wartezimmer, Labor und ein Behandlungsraum sind
        betroffen.

        Bitte schicken Sie so schnell wie möglich jemanden für die Leckortung
        und die Trocknung. Die Praxis arbeitet heute nur im vorderen Bereich
        (Anmeldung und zwei Sprechzimmer), ab 10 Uhr ist dort Patientenbetrieb –
        bitte die Geräte hinten aufstellen und den Flur freihalten.

        Den Schlüssel für das 1. OG hat der Hausmeister, Herr Kühn, 0170 5554 227.

        Liebe Frau Dr. Yildiz, zur Info in Kopie. Das Labor- und
        Impfstoffkühlschrank-Thema klären wir gleich telefonisch.
    """) + sig("heller")
    return text(m, body)


@mail("NORMAL", "de", "auto-reply",
      "grey: agency out-of-office auto-reply to a named customer; subject echoes his topic (oil tank) but no contract or claim data")
def abwesenheit_lechner():
    m = new(LECHNER, "Rupert Haslinger <haslinger.rupert@dorfnetz.example>",
            "Automatische Antwort: Frage wegen Heizöltank", "2026-08-03 06:12",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    body = D("""
        Grüß Gott,

        die Bezirksagentur Kaltenweiler ist vom 3. bis 21. August 2026 wegen
        Urlaub geschlossen. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen hilft Ihnen gern:
        Agentur Hirschau, Ferdinand Gruber, Tel. 06646 9140
        Schadenhotline rund um die Uhr: 06643 918-555

        Hubert Lechner
    """)
    return text(m, body, cs="iso-8859-1", cte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-customer",
      "grey: portal notification without content ('new secure message'); names the recipient but reveals no contract or data")
def portal_benachrichtigung():
    m = new(A("securemail", "Auentaler VVaG SecureMail"), "Hans Berger <hans.berger@mailbox.example>",
            "Neue Nachricht in Ihrem SecureMail-Postfach", "2026-11-10 13:02",
            extra=[("Auto-Submitted", "auto-generated")])
    plain = D("""
        Guten Tag Hans Berger,

        für Sie liegt eine neue vertrauliche Nachricht der Auentaler VVaG im
        SecureMail-Portal bereit.

        Bitte melden Sie sich an unter:
        https://securemail.auentaler-vvag.example/

        Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.
        Die Nachricht wird nach 90 Tagen automatisch gelöscht.

        Wir fragen niemals per E-Mail nach Ihrem Passwort.

        Ihre Auentaler VVaG
    """)
    htm = html_page("SecureMail", D("""
        <div style="max-width:560px;border:1px solid #ccc;padding:16px">
        <p style="color:#3d6b35;font-size:16pt;margin:0">Auentaler VVaG &middot; SecureMail</p>
        <p>Guten Tag Hans Berger,</p>
        <p>f&uuml;r Sie liegt eine neue vertrauliche Nachricht der Auentaler VVaG im SecureMail-Portal bereit.</p>
        <p><a href="https://securemail.auentaler-vvag.example/" style="background:#3d6b35;color:#fff;padding:8px 14px;text-decoration:none">Zum Postfach</a></p>
        <p style="font-size:9pt;color:#666">Aus Sicherheitsgr&uuml;nden enth&auml;lt diese Benachrichtigung keine Inhalte.
        Die Nachricht wird nach 90 Tagen automatisch gel&ouml;scht. Wir fragen niemals per E-Mail nach Ihrem Passwort.</p>
        </div>
    """))
    return alt(m, plain, htm)


@mail("NORMAL", "de", "insurer-to-doctor",
      "trap: portal registration for a GP practice (one-time password sent by post); doctor, but no patient")
def portal_registrierung_praxis():
    m = new(ALBRECHT, "Praxis Dr. Wendt <praxis@praxis-wendt.example>",
            "Ihr Zugang zum SecureMail-Portal der Auentaler VVaG", "2026-04-28 10:05")
    body = D("""
        Sehr geehrter Herr Dr. Wendt, liebes Praxisteam,

        wie mit Frau Kessler besprochen, haben wir für Ihre Praxis einen Zugang
        zum SecureMail-Portal eingerichtet. Darüber können Sie uns Befundberichte
        und Rechnungen verschlüsselt schicken und unsere Anfragen lesen.

        Benutzername: praxis@praxis-wendt.example
        Das Einmal-Passwort kommt in den nächsten Tagen per Brief. Bei der
        ersten Anmeldung vergeben Sie ein eigenes Passwort und eine
        Sicherheitsfrage.

        Wenn Ihre Praxissoftware S/MIME kann, können wir alternativ auch
        zertifikatsbasiert verschlüsseln – dann bräuchten wir Ihr Zertifikat
        (öffentlicher Schlüssel genügt).

        Bei Fragen erreichen Sie mich unter 06643 918-450.
    """) + sig("albrecht")
    return text(m, body, cte="8bit")


@mail("NORMAL", "de", "internal",
      "summer party invitation for staff and agents; no customer, no health")
def sommerfest():
    m = new(FABER, "Alle Mitarbeitenden <alle@auentaler-vvag.example>",
            "Sommerfest 2026 – diesmal auf dem Hof Weigand!", "2026-06-01 12:00")
    body = D("""
        Liebe Kolleginnen und Kollegen, liebe Agenturinhaber,

        unser Sommerfest findet am Freitag, 10. Juli, ab 16 Uhr auf dem Obsthof
        Weigand in Kaltenweiler statt. Es gibt Spanferkel, eine vegetarische
        Alternative, Most und Musik von der Blaskapelle Steinach. Für die Kinder
        gibt's eine Hüpfburg und Traktorfahrten.

        Ein Bus fährt um 15:30 Uhr ab Kornmarkt und um 23 Uhr zurück.

        Bitte tragt euch bis 26. Juni in die Liste am schwarzen Brett oder im
        Intranet ein (mit Anzahl der Begleitpersonen und Kinder).

        Wer beim Aufbau helfen mag: Treffpunkt 13 Uhr am Hof.
    """) + sig("faber", footer=False)
    return text(m, body, cte="8bit")


@mail("NORMAL", "de", "internal",
      "trap: flu vaccination offer by the company doctor for all staff; health words, nobody named")
def grippeimpfung():
    m = new(FABER, "Alle Mitarbeitenden <alle@auentaler-vvag.example>",
            "Grippeschutzimpfung im Haus am 21. und 22. Oktober", "2026-10-05 09:15")
    body = D("""
        Liebe Kolleginnen und Kollegen,

        auch in diesem Jahr bietet unser Betriebsarzt, Herr Dr. Bechtold
        (arbeitsmedizinischer Dienst Rhön), eine kostenlose Grippeschutzimpfung
        an:

          Mittwoch, 21.10., 8–12 Uhr, und Donnerstag, 22.10., 13–16 Uhr
          Sanitätsraum im Erdgeschoss

        Die Impfung ist freiwillig. Bitte den Impfpass mitbringen, falls
        vorhanden. Wer Fieber hat oder eine Allergie gegen Hühnereiweiß, sollte
        das vorher mit dem Arzt besprechen – nicht mit mir, ich erfahre keine
        Namen und keine Gesundheitsangaben. Die Terminbuchung läuft anonym über
        das Intranet-Tool "Termine".

        Für die Agenturen: Die Impfung beim eigenen Hausarzt erstatten wir gegen
        Quittung (ohne Diagnose) bis 25 €.
    """) + sig("faber", footer=False)
    return text(m, body)


@mail("NORMAL", "de", "internal",
      "trap: blood donation drive in the lobby; health words only, no person")
def blutspende():
    m = new(BRUECKNER, "Alle Mitarbeitenden <alle@auentaler-vvag.example>",
            "Blutspende im Foyer – Dienstag, 8. September", "2026-08-31 14:02")
    body = D("""
        Hallo zusammen,

        der Blutspendedienst kommt wieder zu uns ins Foyer, Dienstag 8.9.,
        14–19 Uhr. Auch Kunden und Nachbarn sind willkommen, wir haben es im
        Newsletter angekündigt.

        Wichtig: gut essen und viel trinken vorher, Personalausweis mitbringen.
        Erstspender bis 64 Jahre. Die Spende dauert ca. 10 Minuten, mit
        Voruntersuchung und Imbiss rund eine Stunde – das gilt als Arbeitszeit.

        Bei der letzten Aktion im März kamen 61 Spenderinnen und Spender, davon
        14 zum ersten Mal. Schaffen wir 70?

        Lena
    """)
    return text(m, body, cte="8bit", flowed=True)


@mail("NORMAL", "de", "insurer-to-press",
      "trap: press release on storm claims with totals and anonymous examples, as text and HTML attachment")
def pressemitteilung_sturm():
    m = new(BRUECKNER, "Redaktion Auentaler Anzeiger <redaktion@auentaler-anzeiger.example>",
            "Pressemitteilung: Sturmtief \"Hedda\" – 1.240 Schadenmeldungen in drei Tagen",
            "2026-02-16 11:30", cc="Lokalradio Rhönwelle <news@rhoenwelle.example>")
    body = D("""
        Sehr geehrte Damen und Herren,

        anbei unsere Pressemitteilung zum Sturmtief "Hedda" zur freien
        Verwendung. Für Rückfragen und O-Töne steht Vorstand Ulrike Brandner
        heute ab 14 Uhr zur Verfügung.

        PRESSEMITTEILUNG – Lindach, 16. Februar 2026

        Sturmtief "Hedda": Auentaler VVaG zählt 1.240 Schäden

        Nach dem Sturm vom 12. und 13. Februar haben Mitglieder der Auentaler
        VVaG bis heute 1.240 Schäden gemeldet, überwiegend abgedeckte Dächer
        von Wohnhäusern, Scheunen und Ställen sowie umgestürzte Bäume auf Autos.
        Der Versicherer rechnet mit einem Gesamtaufwand von rund 3,8 Millionen
        Euro. Verletzte sind dem Versicherer nicht bekannt geworden.

        "Unsere Agenturen waren am Wochenende auf den Höfen unterwegs, viele
        Schäden konnten wir noch vor Ort regulieren", sagt Ulrike Brandner.

        Tipps für Betroffene: Fotos machen, Notreparaturen veranlassen und die
        Rechnungen aufheben, beschädigte Teile nicht sofort entsorgen.

        Pressekontakt: Lena Brückner, 06643 918-140
    """) + "\n" + FOOTER
    text(m, body)
    htm = html_page("Pressemitteilung Sturmtief Hedda", D("""
        <h1>Sturmtief &bdquo;Hedda&ldquo;: Auentaler VVaG z&auml;hlt 1.240 Sch&auml;den</h1>
        <p><i>Lindach, 16. Februar 2026</i></p>
        <p>Nach dem Sturm vom 12. und 13. Februar haben Mitglieder der Auentaler VVaG bis heute 1.240 Sch&auml;den gemeldet,
        &uuml;berwiegend abgedeckte D&auml;cher von Wohnh&auml;usern, Scheunen und St&auml;llen sowie umgest&uuml;rzte B&auml;ume auf Autos.
        Der Versicherer rechnet mit einem Gesamtaufwand von rund 3,8 Millionen Euro.</p>
        <table border="1" cellpadding="4"><tr><th>Sparte</th><th>Meldungen</th></tr>
        <tr><td>Wohngeb&auml;ude</td><td>702</td></tr><tr><td>Landwirtschaftliche Geb&auml;ude</td><td>311</td></tr>
        <tr><td>Kfz (Teilkasko)</td><td>184</td></tr><tr><td>Sonstige</td><td>43</td></tr></table>
        <p>Pressekontakt: Lena Br&uuml;ckner, 06643 918-140, presse@auentaler-vvag.example</p>
    """))
    return attach(m, htm, "PM_Sturmtief_Hedda_2026-02-16.html", "text/html", charset="utf-8")


@mail("NORMAL", "de", "internal",
      "trap: template rejection letter for disability benefits with «placeholders» as ODT, for the agencies' review")
def musterbrief_ablehnung():
    m = new(HOFMEISTER, "Agenturen <agenturen@auentaler-vvag.example>",
            "Neuer Musterbrief \"Ablehnung BU-Leistung\" – bitte Rückmeldung bis 30.09.", "2026-09-15 10:40")
    body = D("""
        Liebe Agenturinhaberinnen und -inhaber,

        nach den Beschwerden über unsere zu technisch formulierten
        Ablehnungsschreiben haben wir den Musterbrief überarbeitet. Er wird
        künftig bei jeder Ablehnung aus der BU-Leistungsprüfung verwendet und
        dann natürlich mit den echten Angaben gefüllt.

        Ihr kennt Eure Kunden am besten: Klingt das verständlich und
        menschlich? Anmerkungen gern direkt im Dokument.
    """) + sig("hofmeister", footer=False)
    text(m, body)
    odt = make_odt([
        ("h", "Musterbrief: Ablehnung Leistungsantrag Berufsunfähigkeit"),
        "«Anrede» «Vorname» «Nachname»",
        "«Straße», «PLZ» «Ort»",
        "Ihre Berufsunfähigkeitsversicherung «Vertragsnummer» – Ihr Antrag vom «Antragsdatum»",
        "«Anrede_Brief»,",
        "wir haben Ihren Antrag sorgfältig geprüft und dafür die Berichte von «Ärzte_Liste» ausgewertet. "
        "Leider können wir Ihnen keine Rente zahlen. Das ist keine leichte Nachricht, deshalb erklären wir Ihnen den Grund genau:",
        "«Begründung_in_einfacher_Sprache» (z. B.: Nach den Unterlagen können Sie Ihren Beruf als «Beruf» noch zu mehr als der Hälfte ausüben.)",
        "Wenn sich Ihr Gesundheitszustand verschlechtert, können Sie jederzeit einen neuen Antrag stellen.",
        "Sie sind mit der Entscheidung nicht einverstanden? Dann können Sie sich an unsere Beschwerdestelle oder an den "
        "Versicherungsombudsmann wenden. Ihre Agentur «Agentur» hilft Ihnen dabei.",
        "«Unterschrift_Sachbearbeiter»",
    ], title="Musterbrief Ablehnung BU", creator="Petra Hofmeister", created="2026-09-15T09:30:00",
        stamp=(2026, 9, 15, 10, 30, 0))
    return attach(m, odt, "Musterbrief_Ablehnung_BU_v3.odt", "application/vnd.oasis.opendocument.text")


@mail("NORMAL", "de", "internal",
      "trap: agent training on health questions in disability applications, fictitious example 'Max Mustermann'")
def schulung_gesundheitsfragen():
    m = new(SAUER, "Agenturen <agenturen@auentaler-vvag.example>",
            "Schulung 12.05.: Gesundheitsfragen im BU-Antrag richtig stellen", "2026-04-30 13:00")
    body = D("""
        Liebe Kolleginnen und Kollegen in den Agenturen,

        zur Schulung am 12. Mai (9–12 Uhr, Schulungsraum Lindach) vorab das
        Fallbeispiel, damit wir gleich einsteigen können:

          Max Mustermann (fiktiv), 34, Landwirt, möchte eine BU über 1.500 €.
          Er sagt beim Antrag: "Rücken hab ich wie jeder Bauer, war aber nie
          richtig beim Arzt." In der Krankenkassenauskunft stehen später drei
          Arztbesuche wegen Lumbago (M54.5) und sechs Einheiten Physiotherapie.

        Fragen für die Diskussion:
        1. Was muss er angeben, was nicht? (Fragezeitraum 5 Jahre ambulant)
        2. Was passiert bei einer Anzeigepflichtverletzung im Leistungsfall?
        3. Wie formuliert man die Gesundheitsfragen, ohne den Kunden zu
           verunsichern – und ohne selbst "Arzt zu spielen"?

        Bitte bringt keine echten Kundenfälle mit Namen mit. Anonymisierte
        Erfahrungen sind herzlich willkommen.

        Dr. Helmut Sauer
    """)
    return text(m, body, cte="8bit")


@mail("NORMAL", "de", "insurer-to-authority",
      "trap: joint leaflet with the veterinary office on African swine fever prevention for pig farmers; animal disease, no farm named")
def asp_merkblatt():
    m = new(BRUECKNER, "Veterinäramt Landkreis Lindach <veterinaeramt@lra-lindach.example>",
            "Merkblatt Afrikanische Schweinepest – Korrekturen eingearbeitet", "2026-03-24 16:05")
    body = D("""
        Sehr geehrte Frau Dr. Albrecht-Neu,

        vielen Dank für Ihre Korrekturen. Ich habe alles übernommen, die
        Hinweise zur Biosicherheit stehen jetzt vor dem Versicherungsteil:

        - Einfriedung und Hygieneschleuse, Schutzkleidung nur im Stall
        - keine Speiseabfälle füttern, Jagdkleidung nicht im Stall
        - bei verendeten Schweinen oder Fieber im Bestand sofort Tierarzt
          und Veterinäramt informieren

        Unser Teil erklärt die Ertragsschadenversicherung für Schweinehalter
        bei behördlich angeordneter Sperre. Das Logo des Landkreises steht
        oben rechts. Wenn Sie einverstanden sind, geht das Merkblatt nächste
        Woche in Druck (2.000 Stück) und an alle Agenturen; der Landkreis
        bekommt 500 Exemplare für die Tierhalterversammlung.
    """) + sig("brueckner")
    return text(m, body)


@mail("NORMAL", "de", "insurer-to-company",
      "grey: group accident insurance offer to a dairy cooperative based on headcount only; personal line, but no insured person named")
def angebot_gruppenunfall():
    m = new(VOGT, "Heike Rauscher <h.rauscher@molkerei-auental.example>",
            "Angebot Gruppenunfallversicherung für Ihre Belegschaft", "2026-05-27 14:20", mailer=OUTLOOK)
    body = D("""
        Sehr geehrte Frau Rauscher,

        wie im Gespräch angekündigt unser Angebot für eine
        Gruppenunfallversicherung (24 Stunden, auch Freizeit) für alle
        Beschäftigten der Molkerei Auental eG:

          versicherte Personen:    86 Beschäftigte (Stand Ihrer Angabe),
                                   namentliche Meldung nicht erforderlich
          Invalidität:             60.000 € Grundsumme, Progression 350 %
          Todesfall:               10.000 €
          Krankenhaustagegeld:     20 € ab dem 1. Tag
          Beitrag:                 je Person 9,80 € monatlich,
                                   insgesamt 10.113,60 € im Jahr

        Die Leistungen stehen den Beschäftigten direkt zu. Aufwendungen des
        Arbeitgebers sind Betriebsausgaben; die lohnsteuerliche Behandlung
        sollten Sie mit Ihrem Steuerbüro klären.

        Das Angebot gilt bis 31. Juli 2026.
    """) + sig("vogt")
    return text(m, body)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: proof of the member magazine with an anonymised care story ('name changed') as PDF")
def korrekturabzug_bote():
    m = new(BRUECKNER, "Druckerei Auental <satz@druckerei-auental.example>",
            "Auentaler Bote 3/2026 – Korrekturabzug S. 4–5 freigegeben mit Änderungen",
            "2026-08-20 15:50")
    body = D("""
        Hallo Herr Stenzel,

        anbei der Korrekturabzug S. 4–5 mit meinen Anmerkungen. Bitte ändern:

        1. Überschrift S. 4: "Wenn die Eltern Pflege brauchen" (ohne
           Fragezeichen).
        2. Im Kasten "Pflegegrade" fehlt Pflegegrad 1.
        3. Bildunterschrift S. 5: Das Foto ist ein Symbolbild aus der
           Bilddatenbank – bitte "Symbolfoto" ergänzen.

        Danach ist die Doppelseite freigegeben. Auflage bleibt bei 14.500.
    """) + sig("brueckner")
    text(m, body)
    pdf = make_pdf([
        "# Auentaler Bote 3/2026 - Seite 4",
        "Wenn die Eltern Pflege brauchen?  [Korrektur: Fragezeichen streichen]",
        "",
        "Als ihr Vater nach einem Sturz nicht mehr allein die Treppe schaffte, stand Anna M. (Name geändert)",
        "aus dem Auental vor vielen Fragen: Wer hilft im Alltag? Was zahlt die Pflegekasse? Und wie lässt",
        "sich der Hof weiterführen, wenn sie die halbe Woche bei den Eltern ist?",
        "",
        "Kasten: Die Pflegegrade im Überblick",
        "Pflegegrad 2 - erhebliche Beeinträchtigung der Selbständigkeit",
        "Pflegegrad 3 - schwere Beeinträchtigung   [Korrektur: Pflegegrad 1 fehlt]",
        "Pflegegrad 4 - schwerste Beeinträchtigung",
        "Pflegegrad 5 - schwerste Beeinträchtigung mit besonderen Anforderungen",
        "",
        "Die gesetzliche Pflegeversicherung deckt nur einen Teil der Kosten. Ein Platz im Pflegeheim kostet",
        "im Landkreis im Schnitt 2.900 Euro Eigenanteil im Monat. Eine private Pflegetagegeldversicherung",
        "schließt diese Lücke - je früher man sie abschließt, desto günstiger.",
        "",
        "# Seite 5",
        "Foto: Ältere Frau mit Rollator im Garten   [Korrektur: 'Symbolfoto' ergänzen]",
        "Pflegeberatung: Diakoniestation Kaltenweiler und Sozialstation Lindach, kostenlos für Mitglieder.",
    ], title="Bote 3-2026 S4-5 Korrektur", author="Druckerei Auental", date="20260819170000")
    return attach(m, pdf, "Bote_3-2026_S4-5_Korrektur.pdf", "application/pdf")


@mail("NORMAL", "de", "internal",
      "trap: colleague's absence announced without reason, stand-in named")
def vertretung_abwesenheit():
    m = new(ENGELHARDT, "Schaden-Team <schaden-team@auentaler-vvag.example>",
            "Klaus diese Woche nicht da", "2026-09-28 08:03")
    body = D("""
        Moin,

        Klaus fällt diese Woche aus. Kfz-Schäden übernimmt Andreas, bei
        Großschäden bitte direkt zu mir. Die Besichtigung in Rödelsheim am
        Mittwoch macht Kevin mit dem Gutachter.

        Thomas
    """)
    return text(m, body, cs="iso-8859-1", cte="8bit")


@mail("NORMAL", "de", "insurer-to-customer",
      "grey: appointment confirmation for a general advice meeting at the agency (ICS); person named, no contract or sensitive data")
def beratungstermin():
    m = new(ROTH, "Jonas Weigand <jonas.weigand@landpost.example>",
            "Terminbestätigung Dienstag 17 Uhr", "2026-03-13 12:15")
    body = D("""
        Hallo Jonas,

        passt, Dienstag 17 Uhr in der Agentur in Mühlbach. Der Kalendereintrag
        hängt an. Bring einfach mit was Du an Unterlagen hast, dann schaun wir
        gemeinsam drauf.

        Parken kannst Du hinten im Hof.
    """) + sig("roth", footer=False)
    text(m, body, cte="8bit")
    ics = make_ics("beratung-20260317-roth@auentaler-vvag.example", "20260317T170000", "20260317T180000",
                   "Beratungsgespräch Agentur Mühlbach",
                   location="Auentaler Agentur Mühlbach, Hauptstraße 12, 36479 Mühlbach am Forst",
                   organizer=("Sabine Roth", "s.roth@" + DOMAIN), stamp="20260313111500Z")
    return attach(m, ics, "Termin.ics", "text/calendar", charset="utf-8")


@mail("NORMAL", "de", "newsletter",
      "trap: farmers' newsletter on heat stress in cattle, stable fires and smoke detectors; animal health and money words, no person")
def landwirte_info():
    m = new(A("newsletter", "Auentaler VVaG – Landwirte-Info"), "landwirte-info@auentaler-vvag.example",
            "Landwirte-Info Juli: Hitzestress im Stall, Heu richtig lagern", "2026-07-01 06:30",
            extra=[("List-Unsubscribe", "<mailto:abmelden@auentaler-vvag.example>"), ("Precedence", "bulk")])
    htm = html_page("Landwirte-Info Juli 2026", D("""
        <h2 style="color:#3d6b35">Landwirte-Info Juli 2026</h2>
        <h3>1. Hitzestress bei Milchk&uuml;hen</h3>
        <p>Ab 22&nbsp;&deg;C Stalltemperatur sinken Futteraufnahme und Milchleistung. Ventilatoren, Schatten und
        ausreichend Tr&auml;nken (mind. 10&nbsp;cm Trogl&auml;nge je Kuh) helfen. Bei Atemfrequenz &uuml;ber 80 pro Minute ruft
        man den Tierarzt.</p>
        <h3>2. Heu richtig lagern &ndash; Selbstentz&uuml;ndung vermeiden</h3>
        <p>Frisch eingefahrenes Heu erw&auml;rmt sich in den ersten 6&ndash;8 Wochen. Messen Sie regelm&auml;&szlig;ig mit einer Heusonde:</p>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><th>Temperatur</th><th>Was tun?</th></tr>
        <tr><td>bis 45 &deg;C</td><td>normal, weiter beobachten</td></tr>
        <tr><td>45&ndash;60 &deg;C</td><td>t&auml;glich messen, Stock nicht betreten</td></tr>
        <tr><td>&uuml;ber 60 &deg;C</td><td>Feuerwehr verst&auml;ndigen (112), nicht selbst ausr&auml;umen</td></tr>
        </table>
        <h3>3. Rauchmelder im Stall?</h3>
        <p>Normale Rauchmelder versagen im Staub. Wir bezuschussen Stall-Brandmelder mit W&auml;rmesensor bis 300&nbsp;&euro; je Betrieb &ndash;
        fragen Sie Ihre Agentur.</p>
        <p style="font-size:9pt;color:#777">Auentaler VVaG &middot; Am Kornmarkt 4 &middot; 36478 Lindach im Auental &middot;
        <a href="https://www.auentaler-vvag.example/newsletter/abmelden">abmelden</a></p>
    """))
    return html_only(m, htm)


@mail("NORMAL", "de", "internal",
      "trap: blank supplementary questionnaire on back complaints (DOCX form without answers) for the agencies")
def fragebogen_ruecken_leer():
    m = new(HOFMEISTER, "Agenturen <agenturen@auentaler-vvag.example>",
            "Zusatzfragebogen Wirbelsäule – neue Version 2026", "2026-01-19 09:55")
    body = D("""
        Hallo zusammen,

        ab sofort bitte nur noch die neue Version des Zusatzfragebogens
        "Wirbelsäule/Rücken" verwenden (Anhang, leer). Geändert: Der
        Fragezeitraum ist jetzt einheitlich 5 Jahre, und Physiotherapie ohne
        Diagnose muss nicht mehr angegeben werden, wenn sie nur präventiv war.

        Die alte Version bitte aus den Agenturordnern entfernen.
    """) + sig("hofmeister", footer=False)
    text(m, body)
    docx = make_docx([
        ("h", "Zusatzfragebogen Wirbelsäule / Rücken (Version 01/2026)"),
        "Zum Antrag Nr.: ____________   Zu versichernde Person: ______________________",
        [["Frage", "Ja", "Nein", "Erläuterung"],
         ["1. Wurden Sie in den letzten 5 Jahren wegen Rückenbeschwerden ärztlich behandelt?", "☐", "☐", ""],
         ["2. Diagnose(n) laut Arzt (z. B. Bandscheibenvorfall, Skoliose):", "", "", ""],
         ["3. Wann traten die Beschwerden zuletzt auf?", "", "", ""],
         ["4. Waren Sie deswegen arbeitsunfähig? Wenn ja, wie lange?", "☐", "☐", ""],
         ["5. Ist eine Operation geplant oder empfohlen worden?", "☐", "☐", ""]],
        "Bitte Namen und Anschrift der behandelnden Ärzte angeben: ______________________",
        "Ort, Datum, Unterschrift der zu versichernden Person: ______________________",
    ], title="Zusatzfragebogen Wirbelsäule 2026", creator="Petra Hofmeister", created="2026-01-19T08:30:00Z",
        stamp=(2026, 1, 19, 9, 30, 0))
    return attach(m, docx, "Zusatzfragebogen_Wirbelsaeule_2026.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


@mail("NORMAL", "de", "insurer-to-customer",
      "one-line answer about opening hours over Christmas")
def oeffnungszeiten():
    m = new(WOLFRAM, "Irmgard Fleck <irmgard.fleck@dorfnetz.example>",
            "Re: Haben Sie zwischen den Jahren offen?", "2026-12-18 11:47",
            irt="<0d8e2b13-c1aa-4f07-9a6b-38f0e5c2d771@dorfnetz.example>")
    body = D("""
        Ja, am 28., 29. und 30.12. von 9 bis 12 Uhr, ab 2. Januar wieder ganz normal. Frohe Weihnachten!
        J. Wolfram, Kundenservice
    """)
    return text(m, body, cte="8bit")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: framework contract for shredding medical and claims files (DIN 66399, protection class 3); tender documents in a ZIP")
def aktenvernichtung():
    m = new(HELLER, "Rhön Datenschutz-Entsorgung GmbH <vertrieb@rhoen-entsorgung.example>",
            "Ausschreibung Aktenvernichtung 2027–2029", "2026-09-09 13:30", mailer=OUTLOOK)
    body = D("""
        Sehr geehrte Damen und Herren,

        wir schreiben die Vernichtung unserer Papierakten ab 2027 neu aus und
        laden Sie ein, ein Angebot abzugeben. Es geht um rund 24 Tonnen im Jahr,
        darunter Leistungsakten aus der Kranken- und Lebensversicherung mit
        Arztberichten und Gutachten, also Daten mit besonders hohem Schutzbedarf.

        Anforderungen kurz:
        - Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
        - verschließbare Behälter in Hauptverwaltung und 11 Agenturen
        - Abholung im geschlossenen Fahrzeug, Vernichtung innerhalb 24 Stunden
        - Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO

        Die Unterlagen (Leistungsverzeichnis, Standorte, AV-Vertrag-Entwurf)
        finden Sie im ZIP. Angebotsfrist: 16. Oktober 2026.
    """) + sig("heller")
    text(m, body)
    lv = make_docx([
        ("h", "Leistungsverzeichnis Aktenvernichtung 2027-2029"),
        "1. Bereitstellung von 60 Sicherheitsbehältern (240 l) und 15 Konsolen.",
        "2. Abholung 14-täglich Hauptverwaltung, monatlich Agenturen, zusätzlich auf Abruf.",
        "3. Vernichtung P-4 (Partikel max. 160 mm²), Vernichtungsprotokoll je Abholung.",
        "4. Jährliches Audit durch den Datenschutzbeauftragten des Auftraggebers.",
    ], title="LV Aktenvernichtung", creator="Tobias Heller", created="2026-09-09T10:00:00Z",
        stamp=(2026, 9, 9, 12, 0, 0))
    standorte = make_csv([["Standort", "Ort", "Behälter", "Rhythmus"],
                          ["Hauptverwaltung", "Lindach", 38, "14-täglich"],
                          ["Agentur Kaltenweiler", "Kaltenweiler", 3, "monatlich"],
                          ["Agentur Mühlbach", "Mühlbach am Forst", 3, "monatlich"],
                          ["Agentur Hirschau", "Hirschau", 2, "monatlich"],
                          ["weitere 8 Agenturen", "Landkreis", 14, "monatlich"]], encoding="utf-8")
    z = make_zip([("Leistungsverzeichnis.docx", lv), ("Standorte.csv", standorte),
                  ("AV-Vertrag_Entwurf.txt", "Entwurf Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO\n"
                   "Gegenstand: Vernichtung von Datenträgern mit personenbezogenen Daten einschließlich "
                   "Gesundheitsdaten (Art. 9 DSGVO).\nWeisungen, TOM und Unterauftragnehmer siehe Anlagen 1-3.\n")],
                 stamp=(2026, 9, 9, 12, 30, 0))
    return attach(m, z, "Ausschreibung_Aktenvernichtung_2027.zip", "application/zip")


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: anniversary chronicle draft about the founding after the 1873 cholera and cattle plague; historic, no living person's data")
def festschrift_150():
    m = new(BAUMANN, "Dr. Irene Falkenhahn <falkenhahn@geschichtsbuero-rhoen.example>",
            "Festschrift 150 Jahre – Kapitel 1 gelesen", "2026-05-08 16:25")
    body = D("""
        Liebe Frau Dr. Falkenhahn,

        Herr Dr. Meisel und ich haben Kapitel 1 gelesen – großartig! Ein paar
        Anmerkungen:

        - S. 3: Die Gründung 1876 als "Viehversicherungsverein Auental" war eine
          Reaktion auf die Rinderpest-Jahre und die Choleraepidemie 1873 in
          Lindach; das kommt sehr gut heraus. Bitte die Zahl der Cholera-Toten
          (laut Kirchenbuch 214) noch mit dem Stadtarchiv abgleichen.
        - S. 7: Das Foto der ersten Vorstandssitzung stammt von 1881, nicht 1878.
        - S. 9: Die Brandkatastrophe in Steinach 1904 bitte etwas kürzen, dafür
          mehr zur Einführung der Hagelversicherung 1921.

        Kapitel 2 (Weltkriege und Inflation) erwarten wir Ende Juni. Das
        Honorar für Kapitel 1 ist angewiesen.
    """) + "\n" + SIG["baumann"] + "\n" + FOOTER
    return text(m, body, cte="8bit")


@mail("NORMAL", "de", "insurer-to-company",
      "framework agreement with a partner garage on labour rates; company terms, no customer claims")
def werkstatt_rahmenvertrag():
    m = new(REINHARDT, "Autohaus Ruppert GmbH <service@autohaus-ruppert.example>",
            "Partnerwerkstatt-Vereinbarung 2027 – Stundensätze", "2026-11-20 10:10", mailer=OUTLOOK)
    body = D("""
        Hallo Herr Ruppert,

        danke für das Gespräch. Für die Partnerwerkstatt-Vereinbarung 2027
        schlage ich vor:

          Mechanik/Elektrik:     128,00 € netto je Stunde (2026: 122,00 €)
          Karosserie:            134,00 €
          Lack:                  146,00 €, Lackmaterial nach Eurolack-Index
          Hol- und Bringdienst:  kostenlos im Umkreis von 25 km
          Ersatzwagen:           1 Tag kostenlos, danach 29 € je Tag

        Im Gegenzug steuern wir Kasko-Schäden aus Hirschau, Steinach und
        Birkenried bevorzugt zu Ihnen. Zahlungsziel bleibt 14 Tage nach
        Freigabe. Wenn das passt, schicke ich Ihnen den Vertrag zur Unterschrift.
    """) + sig("reinhardt")
    return text(m, body, cs="windows-1252", cte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-partner",
      "road-safety day with a kindergarten: reflective vests for the children; no child named")
def verkehrssicherheit_kita():
    m = new(BRUECKNER, "Kita Sonnenschein <leitung@kita-sonnenschein-muehlbach.example>",
            "Verkehrssicherheitstag – Warnwesten für die Vorschulkinder", "2026-09-03 10:25",
            cc="Sabine Roth <s.roth@auentaler-vvag.example>")
    body = D("""
        Liebe Frau Kempf,

        sehr gern machen wir beim Verkehrssicherheitstag am 24. September mit!
        Wir bringen 30 Warnwesten in Kindergröße (mit dem Eichhörnchen-Logo) und
        für jedes Vorschulkind ein Malbuch "Sicher zur Schule" mit. Frau Roth
        aus der Agentur Mühlbach kommt mit, und die Polizei macht den
        Schulwegparcours.

        Fotos machen wir nur von den Westen und vom Parcours, nicht von den
        Kindern – es sei denn, Sie haben die Einwilligungen der Eltern und
        möchten gern welche für Ihre Elternzeitung.

        Bis bald!
    """) + sig("brueckner")
    return text(m, body)


@mail("NORMAL", "de", "internal",
      "trap: HR sickness-absence rates per department, anonymised with small units merged; health words, no person")
def krankenstand_anonym():
    m = new(FABER, "Ulrike Brandner <u.brandner@auentaler-vvag.example>",
            "Krankenstand 1. Halbjahr 2026 – Auswertung für den Arbeitsschutzausschuss",
            "2026-07-29 15:00", cc=SEIDEL, mailer=OUTLOOK)
    body = D("""
        Liebe Frau Brandner,

        anbei die Auswertung für den Arbeitsschutzausschuss am 6. August.
        Abteilungen mit weniger als zehn Beschäftigten habe ich zusammengefasst
        (Herr Seidel hat das so abgenommen), Langzeitfälle über sechs Wochen
        sind nur als Gesamtzahl ausgewiesen.

        Auffällig: Der Kundenservice liegt mit 7,9 % deutlich über dem
        Durchschnitt. Das passt zu den Rückmeldungen aus der
        Mitarbeiterbefragung (Telefonlast, Lärm im Großraum). Ich schlage vor,
        dass wir dort zuerst mit dem Gesundheitsmanagement ansetzen.
    """) + sig("faber", footer=False)
    text(m, body)
    rows = [["Bereich", "Beschäftigte", "Krankenstand H1 2025", "Krankenstand H1 2026"],
            ["Kundenservice", 24, 0.061, 0.079],
            ["Schaden Sach/Kfz/Haftpflicht", 31, 0.048, 0.052],
            ["Leistung Kranken/Leben/Unfall", 19, 0.044, 0.041],
            ["Vertrieb/Agenturbetreuung", 14, 0.037, 0.035],
            ["IT, Verwaltung, Stab (zusammengefasst)", 28, 0.039, 0.043],
            ["Gesamt", 116, 0.046, 0.051],
            ["Langzeitfälle > 6 Wochen (gesamt)", 5, None, None]]
    x = make_xlsx([("Krankenstand", rows)], title="Krankenstand H1 2026", creator="Monika Faber",
                  created="2026-07-29T13:30:00Z", stamp=(2026, 7, 29, 14, 30, 0))
    return attach(m, x, "Krankenstand_H1_2026.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

# --------------------------------------------------------------------------
# NORMAL, English and mixed
# --------------------------------------------------------------------------

@mail("NORMAL", "en", "newsletter",
      "trap: English information for farm employers and harvest helpers about accident cover; health words, no person")
def erntehelfer_info_en():
    m = new(A("newsletter", "Auentaler VVaG - Farm Info"), "farm-info-en@auentaler-vvag.example",
            "Harvest helpers 2026: who is insured when something happens?", "2026-06-22 07:00",
            extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:abmelden@auentaler-vvag.example>")])
    body = D("""
        HARVEST HELPERS 2026 - WHO IS INSURED WHEN SOMETHING HAPPENS?
        (English edition of our farm newsletter - please pass it on to your
        seasonal workers)

        1. Work accidents
        Every harvest helper is covered by the statutory agricultural accident
        insurance from the first hour of work. Medical treatment, hospital and
        sick pay are paid by them, not by us. Report every accident that leads
        to more than three days off work.

        2. Our group accident policy for harvest helpers
        Many farms in the Auental have taken out our group accident policy. It
        pays in addition, directly to the worker: a lump sum for fractures,
        a daily hospital benefit and, for permanent impairment, a capital sum.
        It also covers leisure time, e.g. a fall from a bicycle on a day off.

        3. Health insurance
        Short-term workers from EU countries should bring their European Health
        Insurance Card (EHIC). Workers from other countries need private health
        insurance - ask your local agency.

        4. Prevention
        Tractor and trailer accidents are the most common cause of serious
        injuries at harvest time. Never ride on the drawbar, wear sturdy shoes,
        and drink enough water in the heat.

        Questions? Your Auentaler agency or +49 6643 918-100.
    """) + "\n" + FOOTER_ASCII
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-supplier",
      "IT: renewal of the gateway's domain certificate with the hosting provider; public certificate attached as text")
def zertifikat_erneuerung():
    m = new(ALBRECHT, "Support Kreisnetz IT <support@kreisnetz-it.example>",
            "Ticket #48213 - renewal of S/MIME domain certificate securemail.auentaler-vvag.example",
            "2026-10-12 11:35")
    body = D("""
        Hi team,

        the domain certificate of our mail gateway expires on 3 November 2026.
        We have generated a new key pair on the gateway (the private key stays
        there, of course) and received the new certificate from the CA today.
        Attached is the public certificate chain in PEM for your partner
        directory and for the two partner domains that run gateway-to-gateway
        encryption with us (kreisklinik-lindach.example and nordhafen-re.example).

        Please schedule the switch for Tuesday 20 October, 06:00-07:00, and make
        sure TLS stays enforced for the partner domains during the change.

        Thanks
        Sven
    """) + "\n" + SIG_EN["albrecht"]
    text(m, body, cs="us-ascii", cte="7bit")
    pem = D("""
        Subject: CN=auentaler-vvag.example, O=Auentaler VVaG, L=Lindach, C=DE
        Issuer: CN=Rhoen Trust Mail CA 3, O=Rhoen Trust, C=DE
        Validity: 2026-10-12 to 2028-11-10
        Key usage: digitalSignature, keyEncipherment; extKeyUsage: emailProtection
        -----BEGIN CERTIFICATE-----
        MIIDzTCCArWgAwIBAgIUQ2s0Mmx4ZXhhbXBsZV9kdW1teV9jZXJ0MA0GCSqGSIb3
        DQEBCwUAMEkxCzAJBgNVBAYTAkRFMRQwEgYDVQQKDAtSaG9lbiBUcnVzdDEkMCIG
        A1UEAwwbUmhvZW4gVHJ1c3QgTWFpbCBDQSAzIChkZW1vKTAeFw0yNjEwMTIwMDAw
        MDBaFw0yODExMTAwMDAwMDBaMFQxCzAJBgNVBAYTAkRFMRAwDgYDVQQHDAdMaW5k
        YWNoMRcwFQYDVQQKDA5BdWVudGFsZXIgVlZhRzEaMBgGA1UEAwwRYXVlbnRhbGVy
        -----END CERTIFICATE-----
    """)
    return attach(m, pem, "securemail_domain_cert_2026.txt", "text/plain", charset="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-broker",
      "answer to a broker about farm package conditions and where to download them; no client")
def broker_farm_conditions():
    m = new(VOGT, "Owen Bradley <owen@bradley-expat-cover.example>",
            "RE: Farm package - conditions in English?", "2026-03-05 09:12")
    body = D("""
        Hi Owen,

        we don't have an official English version of the farm package
        conditions (AHB-LW / AFB-LW 2024); the German text is the only binding
        one. There is, however, a courtesy translation of the product summary,
        which you can download in the broker area:

        https://www.auentaler-vvag.example/makler/downloads

        Main points your clients usually ask about: buildings and contents on
        a new-for-old basis, livestock against fire, lightning and electrocution,
        farm liability including horses up to 5 and guest rooms up to 8 beds,
        optional business interruption. Hail for crops is a separate policy.

        Happy to join a call if you have a specific case.

        Andreas
    """) + "\n" + SIG_EN["vogt"]
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: translation order for the accident product brochure (injuries, hospital benefit) into English and Polish; DOCX source")
def uebersetzung_broschuere():
    m = new(BRUECKNER, "Orders <orders@lingua-rhoen.example>",
            "Translation order - accident insurance brochure DE > EN/PL", "2026-05-12 13:45")
    body = D("""
        Dear Ms Kowalski,

        please find attached the source text of our accident insurance
        brochure "Unfall Hof" (about 1,100 words). We need it in English and
        Polish by 2 June, layout-ready as DOCX.

        Terminology: please use our glossary from last year (hospital daily
        benefit, limb table, progression). "Gliedertaxe" should be translated
        as "schedule of limb values" in English.

        Purchase order no. 2026-0544, fixed price as quoted (EUR 0.14 per word
        and language).

        Best regards
        Lena Brueckner
    """) + "\n" + FOOTER_ASCII
    text(m, body, cs="us-ascii", cte="7bit")
    docx = make_docx([
        ("h", "Unfall Hof - die Unfallversicherung für Landwirtsfamilien"),
        "Ein Sturz vom Heuboden, ein Tritt vom Rind, ein Schnitt an der Kreissäge: Auf dem Hof passieren die meisten Unfälle.",
        "Die gesetzliche Unfallversicherung zahlt nur bei Arbeitsunfällen. Unfall Hof schützt rund um die Uhr - auch in der Freizeit.",
        [["Leistung", "Beispiel"],
         ["Invaliditätsleistung mit Progression bis 500 %", "Versteifung des Handgelenks nach Bruch"],
         ["Krankenhaustagegeld", "je Tag im Krankenhaus, ohne Begrenzung der Tage"],
         ["Betriebshilfe", "bis 60 Tage, wenn die Arbeit auf dem Hof liegen bleibt"],
         ["Infektionen durch Zeckenstich", "Borreliose, FSME"]],
        "Verbesserte Gliedertaxe: Finger und Daumen mit höheren Werten als üblich.",
    ], title="Broschüre Unfall Hof (Quelltext)", creator="Lena Brückner", created="2026-05-12T11:00:00Z",
        stamp=(2026, 5, 12, 13, 0, 0))
    return attach(m, docx, "Unfall_Hof_Broschuere_DE.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: claims-handling KPIs for the external auditor (turnaround days for health claims), aggregated CSV")
def kpi_auditor():
    m = new(FIEDLER, "Audit Team <audit.team@harz-wirtschaftspruefung.example>",
            "KPI pack H1 2026 - claims turnaround", "2026-08-05 12:20")
    body = D("""
        Dear audit team,

        as requested for the interim audit, attached are the claims handling
        KPIs for the first half of 2026 by line of business. Health and care
        claims are reported by number of invoices, all other lines by claims.
        No individual claims data is included; sample files can be inspected
        on site on 14 August.

        Main observation: turnaround for health invoices improved from 6.8 to
        4.9 working days after the scanning project, while property claims
        slowed down after storm "Hedda" in February.
    """) + "\n" + SIG_EN["fiedler"] + "\n" + FOOTER_ASCII
    text(m, body, cs="us-ascii", cte="7bit")
    rows = [["line_of_business", "cases_h1_2026", "median_days_to_settlement", "share_settled_10d", "complaints"],
            ["health_supplementary_invoices", 9412, 4.9, 0.91, 7],
            ["long_term_care", 288, 11.0, 0.48, 1],
            ["accident", 612, 18.5, 0.22, 4],
            ["life_and_disability", 141, 34.0, 0.09, 3],
            ["property_buildings_farm", 2904, 12.5, 0.41, 19],
            ["motor", 1877, 8.0, 0.63, 11],
            ["liability", 540, 21.0, 0.18, 2],
            ["legal_expenses", 733, 2.5, 0.96, 2]]
    return attach(m, make_csv(rows, delimiter=","), "kpi_claims_h1_2026.csv", "text/csv", charset="us-ascii")


@mail("NORMAL", "en", "newsletter",
      "member update in English for international members: office hours, portal, storm tips; no person")
def member_update_en():
    m = new(A("mitglieder", "Auentaler VVaG - Member Service"), "members-en@auentaler-vvag.example",
            "Member update for our English-speaking members - spring 2026", "2026-04-01 08:00",
            extra=[("Precedence", "bulk")])
    plain = D("""
        Dear members,

        more than 600 of our members prefer to read in English - thank you for
        being part of our mutual. A few updates:

        * Secure mailbox: You can now send us documents, invoices and photos
          through our secure web mailbox. Register once at
          https://securemail.auentaler-vvag.example/ - you receive your first
          password by post.
        * Office hours: Monday to Friday 8:00-17:00, Thursday until 19:00.
        * Premium refund: members without claims in 2025 receive up to 8% of
          their buildings or contents premium back with the next invoice.
        * English-speaking contacts: Ferdinand Gruber (Hirschau) and Jana
          Wolfram (Lindach).

        Kind regards,
        your Auentaler member service
    """) + "\n" + FOOTER_ASCII
    htm = html_page("Member update", D("""
        <h2>Member update &ndash; spring 2026</h2>
        <p>Dear members,</p>
        <p>more than 600 of our members prefer to read in English &ndash; thank you for being part of our mutual.</p>
        <ul>
        <li><b>Secure mailbox:</b> send us documents, invoices and photos through our secure web mailbox.
        <a href="https://securemail.auentaler-vvag.example/">Register once</a> &ndash; your first password comes by post.</li>
        <li><b>Office hours:</b> Monday to Friday 8:00&ndash;17:00, Thursday until 19:00.</li>
        <li><b>Premium refund:</b> members without claims in 2025 receive up to 8&nbsp;% of their buildings or contents premium back.</li>
        <li><b>English-speaking contacts:</b> Ferdinand Gruber (Hirschau) and Jana Wolfram (Lindach).</li>
        </ul>
        <p>Kind regards,<br>your Auentaler member service</p>
    """))
    return alt(m, plain, htm, cs="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-prospect",
      "reply to a holiday guest asking whether there is an English-speaking contact; generic")
def tourist_anfrage():
    m = new(WOLFRAM, "Hendrik Jansen <h.jansen@nlmail.example>",
            "RE: English-speaking contact?", "2026-07-16 10:33",
            irt="<AM9PR08MB6123F1@nlmail.example>")
    body = D("""
        Dear Mr Jansen,

        yes, of course - you can write to us in English, and our agencies in
        Hirschau and Muehlbach also speak English. For holiday homes in the
        Auental we offer buildings and contents insurance including letting to
        guests; a quick quote is possible once we know the address, the year of
        construction and the living space.

        Enjoy the rest of your holiday!

        > Hello, we are on holiday in Muehlbach and thinking about buying a small
        > house here. Is there someone who can explain insurance in English?
        > Regards, Hendrik Jansen
    """) + sig_en("wolfram")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: pandemic/epidemic exclusion wording in the reinsurance treaty; disease words, no person")
def pandemie_klausel():
    m = new(FIEDLER, "Hannah Claussen <h.claussen@nordhafen-re.example>",
            "Communicable disease exclusion - our comments on draft wording v2", "2026-10-21 17:05")
    body = D("""
        Dear Hannah,

        thanks for the draft. Our comments on clause 14 (communicable disease
        exclusion):

        1. We accept the exclusion for business interruption following a
           communicable disease, as in 2021.
        2. It must not apply to our livestock epidemic cover (foot-and-mouth
           disease, African swine fever, avian influenza). These are named
           perils in our farm policies and were priced in the 2026 treaty.
        3. Personal lines are not part of this treaty, so the wording
           "including death or illness of any person" can be deleted; it only
           creates confusion for property claims.
        4. Please add a carve-back for physical damage, e.g. decontamination of
           a stable ordered by the veterinary office.

        Happy to discuss on Thursday's call.

        Robert
    """) + "\n" + SIG_EN["fiedler"] + "\n" + FOOTER_ASCII
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: demo request for a medical-coding module (ICD-10-GM, GOÄ plausibility) with synthetic test data only")
def software_demo_icd():
    m = new(KESSLER, "Sales MedCode Systems <sales@medcode-systems.example>",
            "Demo of your ICD/GOAE plausibility module - synthetic data only", "2026-02-20 11:50")
    body = D("""
        Dear Mr Olsen,

        thank you for the presentation at the trade fair. We would like to see a
        demo of the plausibility module for invoices (ICD-10-GM codes vs. GOAE
        positions, duplicate detection) in our test environment.

        Two conditions from our data protection officer:
        - The demo runs with your synthetic test invoices only. We will not
          provide real invoices or diagnoses before a data processing agreement
          is signed.
        - Please send us in advance the list of subprocessors and where the
          service is hosted.

        Possible dates: 10, 11 or 17 March, in the afternoon.

        Kind regards
        Martina Kessler
        Head of Health & Care Claims, Auentaler VVaG
    """) + "\n" + FOOTER_ASCII
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-press",
      "interview answers for an English farming magazine on climate risk and crop insurance; aggregated figures")
def interview_farming_magazine():
    m = new(BRUECKNER, "Tom Ellery <t.ellery@farmers-gazette.example>",
            "Interview answers - climate risk and small mutual insurers", "2026-08-27 16:40",
            cc=BAUMANN)
    body = D("""
        Dear Tom,

        here are Ms Brandner's answers, approved for publication:

        1. How has climate change affected your claims?
        "In the last ten years our hail and storm losses have roughly doubled
        in real terms. Late frost in orchards used to be a once-a-decade event;
        we have had it three times since 2019."

        2. Why do farmers choose a mutual?
        "Because we belong to them. Surpluses go back to the members, and our
        agents live in the same villages as the farmers."

        3. Is crop insurance still affordable?
        "The state now subsidises multi-peril crop insurance by up to 50%.
        Without that, many small farms would not insure against drought."

        Photo: please use the one of Ms Brandner in the orchard (attached to my
        previous mail), credit "Auentaler VVaG".
    """) + "\n" + SIG_EN["brueckner"] + "\n" + FOOTER_ASCII
    return text(m, body, cte="base64")


@mail("NORMAL", "en", "insurer-to-broker",
      "instructions for the broker portal password reset and security question; no client data, no password")
def broker_passwort_reset():
    m = new(ALBRECHT, "Owen Bradley <owen@bradley-expat-cover.example>",
            "Broker portal - how to reset your password", "2026-06-02 08:40")
    body = D("""
        Hi Owen,

        you are locked out after five failed attempts - that is intentional.
        Here is how to get back in:

        1. Go to https://makler.auentaler-vvag.example/ and click "Forgot
           password".
        2. Enter your user name and answer your security question.
        3. You receive a link by email, valid for 30 minutes.

        If you have forgotten the answer to the security question as well, your
        firm administrator (Ms Bradley, as far as I can see) can reset your
        account in the user management. As a last resort we send a new one-time
        password by post to the firm's address - we never send passwords by
        email or tell them on the phone.

        Sven
    """) + "\n" + SIG_EN["albrecht"]
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: test cases for the new claims system with fictitious persons and the published example IBAN, in XLSX")
def testfaelle_iban():
    m = new(ALBRECHT, "Priya Nair <p.nair@claimsuite-dev.example>",
            "Test data set v3 for UAT - fictitious persons only", "2026-03-31 15:15")
    body = D("""
        Hi Priya,

        attached the test data for the user acceptance test of the payment
        module. All persons are fictitious ("Erika Mustermann" etc.), and the
        bank account is the example IBAN from the banking association's
        documentation (DE89 3704 0044 0532 0130 00), which will never receive
        real money. Please do NOT load production extracts into the UAT
        environment - our DPO has not approved that.

        Cases 4 and 7 should fail validation (wrong check digits / missing BIC
        for the non-SEPA case).
    """) + "\n" + SIG_EN["albrecht"]
    text(m, body, cs="us-ascii", cte="7bit")
    rows = [["case", "payee (fictitious)", "iban", "amount_eur", "line", "expected"],
            [1, "Erika Mustermann", "DE89370400440532013000", 120.0, "property", "ok"],
            [2, "Max Mustermann", "DE89370400440532013000", 4999.99, "motor", "ok"],
            [3, "Testfirma GmbH", "DE89370400440532013000", 15000.0, "liability", "four-eyes check"],
            [4, "Erika Mustermann", "DE00 INVALID CHECK", 10.0, "property", "reject: check digits"],
            [5, "Max Mustermann", "DE89370400440532013000", 0.01, "motor", "ok"],
            [6, "Max Mustermann", "DE89370400440532013000", -50.0, "motor", "reject: negative"],
            [7, "John Doe (fictitious)", "non-SEPA account 12345", 300.0, "travel", "reject: BIC missing"]]
    x = make_xlsx([("UAT payments", rows)], title="UAT test data v3", creator="Sven Albrecht",
                  created="2026-03-31T13:00:00Z", stamp=(2026, 3, 31, 15, 0, 0))
    return attach(m, x, "UAT_testdata_payments_v3.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@mail("NORMAL", "en", "insurer-to-third-party",
      "grey: a son asks about his mother's policy; the answer neither confirms nor denies a contract and sends a blank authority form")
def weder_noch_auskunft():
    m = new(WOLFRAM, "Simon Achterberg <simon.achterberg@ukmail.example>",
            "RE: My mother's insurance", "2026-05-28 13:20",
            irt="<CWLP265MB1234@ukmail.example>")
    body = D("""
        Dear Mr Achterberg,

        thank you for your message. I understand that you would like to help
        your mother with her paperwork. However, without her written
        authorisation we can neither confirm nor deny whether she has any
        contract with us, and we cannot give any information about contracts.

        If your mother would like you to act for her, she can sign the attached
        authorisation form (or give you a general power of attorney). Once we
        have it, I will be glad to help you.

        Kind regards
        Jana Wolfram

        > Hello, my mother lives in Hirschau and I think she has her house and
        > maybe a health plan with you. Could you tell me what she is paying?
        > I live in Bristol and try to sort out her finances. Simon
    """) + "\n" + FOOTER_ASCII
    text(m, body, cs="us-ascii", cte="7bit")
    pdf = make_pdf([
        "# Authorisation / Vollmacht",
        "I, ____________________________ (name of policyholder), born ______________,",
        "address ______________________________________________________________,",
        "authorise ____________________________ (name of representative)",
        "to receive information about and to manage all my contracts with Auentaler VVaG,",
        "[ ] including health, life and accident insurance (special categories of personal data)",
        "[ ] excluding health, life and accident insurance.",
        "",
        "Place, date, signature of policyholder: ______________________________",
    ], title="Authorisation form (blank)", author="Auentaler VVaG", date="20260110090000")
    return attach(m, pdf, "Authorisation_form_blank.pdf", "application/pdf")


@mail("NORMAL", "en", "newsletter",
      "trap: winter health tips newsletter (flu, vitamin D, dental check-up) advertising the supplementary plans; no person")
def winter_health_tips():
    m = new(A("newsletter", "Auentaler VVaG - Health Tips"), "members-en@auentaler-vvag.example",
            "Five health tips for the winter", "2026-11-19 07:30", extra=[("Precedence", "bulk")])
    htm = html_page("Health tips", D("""
        <h2>Five health tips for the winter</h2>
        <ol>
        <li><b>Flu jab:</b> recommended for everyone over 60, for people with chronic illnesses and for pregnant women.</li>
        <li><b>Vitamin D:</b> ask your GP before taking supplements &ndash; a blood test is often covered.</li>
        <li><b>Move:</b> 30 minutes of walking a day lowers blood pressure and helps against winter blues.</li>
        <li><b>Dental check-up:</b> with our dental plan, professional cleaning is reimbursed up to EUR 150 a year.</li>
        <li><b>Slippery paths:</b> most winter accidents are falls. Grit your yard and wear shoes with grip.</li>
        </ol>
        <p>Not a member of our supplementary health plans yet? <a href="https://www.auentaler-vvag.example/health">Find out more</a>.</p>
        <p style="font-size:9pt;color:#777">Auentaler VVaG, Am Kornmarkt 4, 36478 Lindach im Auental, Germany</p>
    """))
    return html_only(m, htm, cs="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-partner",
      "speaker logistics for an agricultural risk conference with a calendar invitation")
def konferenz_logistik():
    m = new(FIEDLER, "Conference Office <office@agri-risk-forum.example>",
            "Speaker details - Agri Risk Forum 2026, session 3", "2026-09-24 10:10")
    body = D("""
        Dear conference team,

        thank you for the invitation. Ms Ulrike Brandner (Member of the Board)
        will speak in session 3 "Small mutuals and climate risk" on 12 November.

        - Title: "150 years of hail: what a rural mutual has learned"
        - Slides: will be sent by 5 November (16:9, PDF)
        - Travel: by train, arrival on 11 November; one single room for two
          nights please
        - Dietary requirements: none
        - She is happy to join the panel discussion afterwards.

        I have attached a calendar entry for the rehearsal slot.
    """) + "\n" + SIG_EN["fiedler"] + "\n" + FOOTER_ASCII
    text(m, body, cs="us-ascii", cte="7bit")
    ics = make_ics("arf2026-s3-rehearsal@agri-risk-forum.example", "20261112T083000", "20261112T090000",
                   "Agri Risk Forum - technical rehearsal session 3 (U. Brandner)",
                   location="Congress Centre, Hall B", stamp="20260924080000Z")
    return attach(m, ics, "ARF2026_rehearsal.ics", "text/calendar", charset="utf-8")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: IT ticket about the scanner that skews doctors' invoices; the vendor's reply is attached as a forwarded message")
def scanner_ticket():
    m = new(ALBRECHT, "Service Desk Imaging <service@docuscan-solutions.example>",
            "Re: Case 2026-1183 - scanner in claims department skews invoices", "2026-05-20 14:25")
    body = D("""
        Hello,

        thanks for your reply (attached for reference). Replacing the feed
        rollers did not help: invoices from doctors and hospitals on thin paper
        are still scanned at an angle of 2-3 degrees, and the OCR then misreads
        the fee schedule positions. Thick paper is fine.

        Could you send a technician this week? Please note that the device must
        not leave our building and that the technician must not copy or view
        any scanned documents - the test can be done with blank sheets and our
        sample pages (fictitious invoices).
    """) + "\n" + SIG_EN["albrecht"]
    text(m, body, cs="us-ascii", cte="7bit")
    inner = new("Service Desk Imaging <service@docuscan-solutions.example>",
                "Sven Albrecht <s.albrecht@auentaler-vvag.example>",
                "Case 2026-1183 - scanner in claims department skews invoices", "2026-05-15 09:02")
    text(inner, D("""
        Dear Mr Albrecht,

        thank you for your report. For the model DS-880 the symptom usually
        means worn feed rollers. Please replace them with the spare kit we sent
        in March (part 880-RK2) and recalibrate via Settings > Maintenance >
        Skew correction. If the problem persists, reply to this mail and we will
        schedule an on-site visit.

        Best regards
        DocuScan Service Desk
    """), cs="us-ascii", cte="7bit")
    inner["Message-ID"] = "<case-2026-1183.1@docuscan-solutions.example>"
    return attach_mail(m, inner, "Case_2026-1183.eml")


@mail("NORMAL", "en", "insurer-to-prospect",
      "explaining to an English-speaking prospect how a mutual works (membership, voting, surplus); no personal data")
def wie_funktioniert_vvag():
    m = new(WOLFRAM, "Rebecca Lawson <rebecca.lawson@ukmail.example>",
            "How does a mutual insurer work?", "2026-02-10 10:50")
    body = D("""
        Dear Ms Lawson,

        thank you for your interest. In short:

        - A "Versicherungsverein auf Gegenseitigkeit" (VVaG) has no
          shareholders. When you take out a policy with us, you become a member.
        - Members elect representatives for each district, who form the
          members' assembly. It approves the accounts and elects the
          supervisory board.
        - Profits are not paid out as dividends. They are kept as reserves or
          returned to members, e.g. as premium refunds.
        - If we ever had a very bad year, the articles allow an additional
          contribution from members - this has not happened since 1948.

        If you would like a quote, our agency in Hirschau will be happy to help.
    """) + sig_en("wolfram")
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-partner",
      "survey answers for a European mutuals association: aggregated company figures in an ODS")
def umfrage_mutuals():
    m = new(FIEDLER, "Survey Team Euro Mutuals Forum <survey@euromutuals-forum.example>",
            "Annual survey 2026 - Auentaler VVaG", "2026-06-30 11:00")
    body = D("""
        Dear survey team,

        attached our answers to the annual survey of small and medium-sized
        mutuals (figures for financial year 2025, German GAAP). We agree to
        publication in aggregated form only, without our name.
    """) + "\n" + SIG_EN["fiedler"] + "\n" + FOOTER_ASCII
    text(m, body, cs="us-ascii", cte="7bit")
    rows = [["Question", "Answer"],
            ["Members (policyholders) at 31.12.2025", 48210],
            ["Gross written premium 2025 (EUR m)", 96.4],
            ["Share of agricultural business", 0.31],
            ["Employees (FTE), head office", 116],
            ["Tied agencies", 11],
            ["Solvency II ratio", 2.48],
            ["Premium refund to members 2025 (EUR m)", 3.1],
            ["Lines written", "property, farm, motor, liability, legal expenses, accident, life, supplementary health, care"]]
    ods = make_ods([("Survey 2026", rows)], title="Euro Mutuals survey 2026", creator="Robert Fiedler",
                   created="2026-06-30T10:00:00", stamp=(2026, 6, 30, 10, 30, 0))
    return attach(m, ods, "EMF_survey_2026_Auentaler.ods", "application/vnd.oasis.opendocument.spreadsheet")


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: ordering an e-learning course on handling health data for all staff; syllabus PDF, no real case")
def elearning_datenschutz():
    m = new(SEIDEL, "Customer Success <success@learnsafe-academy.example>",
            "Order: course 'Handling special categories of data' for 140 users", "2026-01-26 14:40")
    body = D("""
        Dear Ms Grant,

        we would like to order the course "Handling special categories of data
        in insurance" for 140 users (head office and agencies), licence period
        1 March 2026 to 28 February 2027, in German with English subtitles.

        Please adapt module 3 as discussed: the examples should use fictitious
        cases only (e.g. a doctor's report about an invented person), and the
        quiz must not ask users to enter any real data. Single sign-on via our
        identity provider, no personal data beyond name and e-mail address.

        The syllabus we agreed is attached for reference.
    """) + "\n" + SIG_EN["seidel"] + "\n" + FOOTER_ASCII
    text(m, body, cs="us-ascii", cte="7bit")
    pdf = make_pdf([
        "# Syllabus - Handling special categories of data in insurance (45 min)",
        "Module 1: What are health data? Diagnoses, ICD codes, invoices, care levels, genetic data",
        "Module 2: Secure channels - portal, S/MIME, TLS with consent; never plain e-mail",
        "Module 3: Case study 'Mr Example' (fictitious): a doctor's report sent to the wrong address",
        "Module 4: Professional secrecy (s. 203 German Criminal Code) in life, health and accident insurance",
        "Quiz: 10 questions, pass mark 80 %",
    ], title="Syllabus special categories", author="LearnSafe Academy", date="20260115090000")
    return attach(m, pdf, "Syllabus_special_categories.pdf", "application/pdf")


@mail("NORMAL", "en", "insurer-to-customer",
      "grey: English portal notification without content to a named member")
def portal_notification_en():
    m = new(A("securemail", "Auentaler VVaG SecureMail"), "Margaret Holloway <m.holloway@netmail.example>",
            "You have a new secure message", "2026-03-17 11:21", extra=[("Auto-Submitted", "auto-generated")])
    body = D("""
        Hello Margaret Holloway,

        a new confidential message from Auentaler VVaG is waiting for you in
        your secure mailbox:

        https://securemail.auentaler-vvag.example/

        For your security this notification does not contain the message
        itself. We will never ask you for your password by email.

        Auentaler VVaG
    """)
    return text(m, body, cs="us-ascii", cte="7bit")


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: university research on rural ageing gets only aggregated care statistics (care levels by age band)")
def forschung_pflege_aggregiert():
    m = new(SEIDEL, "Prof. Dr. Nora Winther <n.winther@hochschule-fulda-land.example>",
            "Your research project 'Growing old in the village' - what data we can provide", "2026-10-01 12:00",
            cc=KESSLER)
    body = D("""
        Dear Professor Winther,

        thank you for the project outline. We support the project, but we
        cannot pass on individual claims data, not even pseudonymised, because
        our care policies are covered by professional secrecy (s. 203 StGB).

        What we can provide is a table with care allowance recipients per care
        level and age band for the whole district, with cells below 10 merged,
        for example:

          care level 2-3, age 65-79:   183 recipients
          care level 2-3, age 80+:     297 recipients
          care level 4-5, all ages:     71 recipients

        If that helps, Ms Kessler will prepare the full table by the end of
        October. We would also be happy to distribute your questionnaire to our
        members via the "Auentaler Bote" - participation would then be directly
        with you.
    """) + "\n" + SIG_EN["seidel"] + "\n" + FOOTER_ASCII
    return text(m, body, cs="us-ascii", cte="7bit")


# ---- mixed German/English ------------------------------------------------

@mail("NORMAL", "de+en", "internal",
      "trap: bilingual phishing warning quoting a fake 'health claim refund' mail; no real person")
def phishing_warnung():
    m = new(ALBRECHT, "Alle Mitarbeitenden <alle@auentaler-vvag.example>",
            "Achtung Phishing / phishing alert: \"Your health claim refund\"", "2026-09-17 09:05")
    body = D("""
        Liebe Kolleginnen und Kollegen, dear colleagues,

        seit heute früh kommen Mails mit dem Betreff "Your health claim refund
        is ready" an viele Postfächer, auch in den Agenturen. Absender ist
        angeblich "Auentaler Claims", die Adresse ist aber gefälscht. Bitte
        nicht auf den Link klicken und keine Zugangsdaten eingeben. Einfach
        löschen oder an security@auentaler-vvag.example weiterleiten.

        English: a phishing mail "Your health claim refund is ready" is
        circulating. Do not click the link, do not enter your password. Delete
        it or forward it to security@auentaler-vvag.example.

        So sieht sie aus / this is what it looks like:

        > Dear customer, your refund of EUR 418.20 for medical expenses has been
        > approved. Please confirm your bank details within 24 hours:
        > http://auentaler-refund.example/login
        > Auentaler Claims Department

        Danke / thanks!
        Sven
    """)
    return text(m, body)


@mail("NORMAL", "de+en", "insurer-to-supplier",
      "hail radar data contract with a Dutch weather service, German cover note and English contract summary as PDF")
def wetterdaten_vertrag():
    m = new(FIEDLER, "Sales Meteovista <sales@meteovista.example>",
            "Hagelradar-Daten / hail radar data - signed order", "2026-04-23 14:00",
            cc=ENGELHARDT)
    body = D("""
        Hallo Frau de Boer,

        anbei der unterschriebene Auftrag für die Hagelradar-Daten (API,
        Landkreis Lindach plus 20 km Puffer, Auflösung 1 km, 2026–2028).
        Herr Engelhardt aus der Schadenabteilung ist Ihr fachlicher
        Ansprechpartner.

        In English, for your legal team: the contract covers weather data only;
        we will not send you any customer or policy data. Invoices please to
        rechnung@auentaler-vvag.example, quoting PO 2026-0311.

        Met vriendelijke groet
    """) + "\n" + SIG["fiedler"] + "\n" + FOOTER
    text(m, body)
    pdf = make_pdf([
        "# Order confirmation / Auftragsbestätigung - Meteovista Hail Radar API",
        "Customer: Auentaler Versicherungsverein a.G., Am Kornmarkt 4, 36478 Lindach, Germany",
        "Product: Hail radar API, area: district of Lindach + 20 km buffer, resolution 1 km, 5-minute intervals",
        "Term: 01.05.2026 - 30.04.2029   Fee: EUR 7,800 per year, payable annually in advance",
        "Data protection: no personal data processed; weather data only",
        "Signed for the customer: Robert Fiedler, 23.04.2026",
    ], title="Order Meteovista", author="Meteovista B.V.", date="20260423120000")
    return attach(m, pdf, "Meteovista_order_signed.pdf", "application/pdf")


@mail("NORMAL", "de+en", "auto-reply",
      "bilingual out-of-office auto-reply of the accident-claims clerk; names the stand-in")
def abwesenheit_hartung_en():
    m = new(HARTUNG, "Dr Aidan Murphy <a.murphy@kreisklinik-lindach.example>",
            "Abwesenheitsnotiz / Out of office: Re: Operation report", "2026-08-21 15:02",
            extra=[("Auto-Submitted", "auto-replied")])
    body = D("""
        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. September
        nicht im Büro. In dringenden Fällen wenden Sie sich bitte an
        unfall@auentaler-vvag.example oder 06643 918-270.

        Thank you for your message. I am out of the office until 4 September.
        For urgent matters please contact unfall@auentaler-vvag.example or
        +49 6643 918-270.

        Bernd Hartung
    """)
    return text(m, body, cte="8bit")


@mail("NORMAL", "de+en", "internal",
      "trap: German-English glossary of medical claims terms for the new English-speaking colleague; terms only, CSV")
def glossar_medizin():
    m = new(KESSLER, "Arjun Menon <a.menon@auentaler-vvag.example>",
            "Glossar Leistung / claims glossary", "2026-07-14 12:30", cc=ALBRECHT)
    body = D("""
        Hi Arjun,

        Sven said you are building the tagging for the new document
        management. Here is our glossary German/English of the terms that
        appear on invoices and reports - it might help for the document types.

        Wichtig / important: these are document types and terms, not real
        cases. Real documents stay in the claims system.

        Martina
    """)
    text(m, body)
    rows = [["Deutsch", "English", "Dokumenttyp / document type"],
            ["Arztrechnung (GOÄ)", "doctor's invoice (German fee schedule)", "RE-ARZT"],
            ["Zahnarztrechnung (GOZ)", "dentist's invoice", "RE-ZAHN"],
            ["Heil- und Kostenplan", "treatment and cost plan", "HKP"],
            ["Entlassungsbericht", "discharge summary", "BER-KH"],
            ["Arbeitsunfähigkeitsbescheinigung", "sick note / certificate of incapacity", "AU"],
            ["Verordnung Heilmittel", "prescription for therapy (physio etc.)", "VO-HM"],
            ["Pflegegutachten", "care needs assessment", "GUT-PFL"],
            ["Schweigepflichtentbindung", "release from medical confidentiality", "SPE"],
            ["Gliedertaxe", "schedule of limb values", "-"],
            ["Krankenhaustagegeld", "hospital daily benefit", "-"]]
    return attach(m, make_csv(rows, encoding="utf-8"), "Glossar_Leistung_DE-EN.csv", "text/csv", charset="utf-8")


# ==========================================================================
# build
# ==========================================================================

def _finish(m, n):
    """Deterministic Message-ID (if the mail has none) and MIME boundaries."""
    if "Message-ID" not in m:
        h = hashlib.sha1(("%s%04d" % (PREFIX, n)).encode()).hexdigest()
        mid = "<%s.%s@%s>" % (h[:12].upper(), "d143%04d" % n, DOMAIN)
        pos = len(m._headers)
        for i, (k, v) in enumerate(m._headers):
            if k.lower() == "date":
                pos = i + 1
                break
        m._headers.insert(pos, m.policy.header_store_parse("Message-ID", mid))
    keep = {id(m)}
    for part in m.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                keep.add(id(inner))
    for part in m.walk():
        if id(part) not in keep and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("=_d143_%04d_%d_%s" % (n, i, hashlib.md5(("%d-%d" % (n, i)).encode()).hexdigest()[:10]))
    return m


def build_all():
    order = list(range(len(MAILS)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        meta = MAILS[idx]
        m = meta["func"]()
        _finish(m, n)
        data = m.as_bytes(policy=policy.SMTP)
        out.append(("%s%04d.eml" % (PREFIX, n), data, meta))
    return out


def labels_tsv(built):
    rows = ["file\tlabel\tlang\tkind\treason"]
    for fname, _, meta in built:
        rows.append("\t".join([fname, meta["label"], meta["lang"], meta["kind"], meta["reason"]]))
    return ("\n".join(rows) + "\n").encode("utf-8")


def write():
    built = build_all()
    mdir = os.path.join(HERE, "mails")
    os.makedirs(mdir, exist_ok=True)
    for fname in os.listdir(mdir):
        if fname.endswith(".eml"):
            os.remove(os.path.join(mdir, fname))
    for fname, data, _ in built:
        with open(os.path.join(mdir, fname), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(labels_tsv(built))
    print("wrote %d mails and labels.tsv" % len(built))


# ==========================================================================
# check
# ==========================================================================

class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "tr", "div", "li", "td", "th"):
            self.out.append(" \n" if tag != "td" else " ")
        for k, v in attrs:
            if k == "href" and v:
                self.out.append(" " + v + " ")


def strip_html(s):
    p = _Strip()
    p.feed(s)
    p.close()
    return "".join(p.out)


IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "IE": 22, "PL": 28, "CH": 21, "FR": 27, "ES": 24, "IT": 27}


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


IBAN_DE_RE = re.compile(r"\b[Dd][Ee]\s?\d{2}(?:\s?\d){18}\b")
IBAN_ANY_RE = re.compile(r"\b(AT|NL|GB|IE|PL|CH|FR|ES|IT)\d{2}\s?[A-Z0-9]{4}(?:\s?[A-Z0-9]{1,4}){2,7}\b")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9.\-]+)")
TLD_RE = re.compile(r"\b[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:de|com|org|net|eu|at|nl|co\.uk|ie|pl|info|io|ch)\b(?![\w\-])")


def _pdf_text(data, where, errs):
    if not data.startswith(b"%PDF-1."):
        errs.append("%s: no PDF header" % where)
        return ""
    if not data.rstrip().endswith(b"%%EOF"):
        errs.append("%s: no %%EOF" % where)
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        errs.append("%s: no startxref" % where)
        return ""
    xref = int(m.group(1))
    if data[xref:xref + 4] != b"xref":
        errs.append("%s: startxref does not point to xref" % where)
        return ""
    head = re.match(rb"xref\s+0\s+(\d+)\s+", data[xref:])
    count = int(head.group(1))
    pos = xref + head.end()
    for i in range(count):
        entry = data[pos + 20 * i: pos + 20 * i + 20]
        off, gen, kind = entry[:10], entry[11:16], entry[17:18]
        if kind == b"n":
            o = int(off)
            if not data[o:].startswith(b"%d 0 obj" % i):
                errs.append("%s: xref entry %d wrong" % (where, i))
    texts = []
    for sm in re.finditer(rb"<<([^>]*?/Length (\d+)[^>]*?)>>\nstream\n", data):
        length = int(sm.group(2))
        raw = data[sm.end(): sm.end() + length]
        if not data[sm.end() + length:].lstrip().startswith(b"endstream"):
            errs.append("%s: stream length wrong" % where)
        if b"/FlateDecode" in sm.group(1):
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                errs.append("%s: bad flate stream" % where)
                continue
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", t.group(1))
            texts.append(s.decode("cp1252"))
    txt = "\n".join(texts)
    if not txt.strip():
        errs.append("%s: empty PDF text layer" % where)
    return txt


def _xml_text(b):
    root = ET.fromstring(b)
    return " ".join(t.strip() for t in root.itertext() if t.strip())


def _zip_text(data, where, errs, kind):
    out = []
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        errs.append("%s: bad zip" % where)
        return ""
    bad = z.testzip()
    if bad:
        errs.append("%s: corrupt member %s" % (where, bad))
    names = z.namelist()
    if kind in ("odt", "ods"):
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            errs.append("%s: mimetype not first/stored" % where)
        want = {"odt": b"application/vnd.oasis.opendocument.text",
                "ods": b"application/vnd.oasis.opendocument.spreadsheet"}[kind]
        if z.read("mimetype") != want:
            errs.append("%s: wrong mimetype" % where)
    if kind in ("docx", "xlsx") and "[Content_Types].xml" not in names:
        errs.append("%s: no [Content_Types].xml" % where)
    if kind == "docx" and "word/document.xml" not in names:
        errs.append("%s: no word/document.xml" % where)
    if kind == "xlsx" and "xl/workbook.xml" not in names:
        errs.append("%s: no xl/workbook.xml" % where)
    for name in names:
        b = z.read(name)
        low = name.lower()
        if low.endswith(".xml") or low.endswith(".rels"):
            try:
                t = _xml_text(b)
            except ET.ParseError as e:
                errs.append("%s/%s: XML error %s" % (where, name, e))
                continue
            if kind == "zip" or low in ("word/document.xml", "content.xml") or low.startswith("xl/worksheets/"):
                out.append(t)
        elif kind == "zip":
            out.append(_file_text(b, name, "%s/%s" % (where, name), errs, None))
    return "\n".join(out)


def _file_text(data, filename, where, errs, charset):
    ext = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    if ext == "pdf":
        return _pdf_text(data, where, errs)
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        return _zip_text(data, where, errs, ext)
    cs = charset or "utf-8"
    try:
        s = data.decode(cs)
    except (UnicodeDecodeError, LookupError):
        errs.append("%s: does not decode as %s" % (where, cs))
        return ""
    if ext == "csv":
        rows = list(csv.reader(io.StringIO(s), delimiter=";"))
        if len(rows) < 2:
            errs.append("%s: CSV too short" % where)
    elif ext == "ics":
        if not (s.startswith("BEGIN:VCALENDAR\r\n") and s.endswith("END:VCALENDAR\r\n")):
            errs.append("%s: ICS not BEGIN/END:VCALENDAR" % where)
        for dt in re.findall(r"DT(?:START|END)[^:]*:(\d{4})", s):
            if dt != "2026":
                errs.append("%s: ICS date not in 2026" % where)
        s = s.replace("\r\n ", "")
    elif ext in ("html", "htm"):
        s = strip_html(s)
    elif ext == "eml":
        s = s
    elif ext not in ("txt", "log", "xml"):
        errs.append("%s: unknown attachment type %s" % (where, ext))
    return s


def _walk_check(msg, where, errs, texts, stats, depth=0):
    """Recursively validate a parsed message; collect texts."""
    for d in msg.defects:
        errs.append("%s: defect %r" % (where, d))
    for k, v in msg.items():
        for d in getattr(v, "defects", ()):
            errs.append("%s: header %s defect %r" % (where, k, d))
        texts.append(str(v))
    date = msg["Date"]
    if date is None or date.datetime is None or date.datetime.year != 2026:
        errs.append("%s: date not in 2026: %s" % (where, date))
    _part_check(msg, where, errs, texts, stats, depth, top=True)


def _part_check(part, where, errs, texts, stats, depth, top=False):
    for d in part.defects:
        if not top:
            errs.append("%s: part defect %r" % (where, d))
    ctype = part.get_content_type()
    if part.is_multipart() and part.get_content_maintype() == "multipart":
        for sub in part.iter_parts():
            _part_check(sub, where, errs, texts, stats, depth)
        return
    if ctype == "message/rfc822":
        inner = part.get_payload(0)
        stats["att"].append("forwarded .eml" + (" (nested)" if depth else ""))
        _walk_check(inner, where + "[rfc822]", errs, texts, stats, depth + 1)
        return
    fname = part.get_filename()
    cs = part.get_content_charset()
    cte = part.get("Content-Transfer-Encoding", "7bit").lower()
    payload = part.get_payload(decode=True)
    if fname or part.get_content_disposition() == "attachment":
        ext = (fname or "x.bin").lower().rsplit(".", 1)[-1]
        stats["att"].append(ext + (" (in forward)" if depth else ""))
        if ext == "zip":
            z = zipfile.ZipFile(io.BytesIO(payload))
            for nm in z.namelist():
                stats["att"].append(nm.lower().rsplit(".", 1)[-1] + " (in zip)")
        texts.append(_file_text(payload, fname or "x.bin", "%s:%s" % (where, fname), errs, cs))
        return
    if part.get_content_maintype() == "text":
        stats["charset"].append(cs or "none")
        stats["cte"].append(cte)
        try:
            s = payload.decode(cs or "us-ascii")
        except (UnicodeDecodeError, LookupError):
            errs.append("%s: %s part does not decode as %s" % (where, ctype, cs))
            return
        if part.get_content_subtype() == "html":
            s = strip_html(s)
        texts.append(s)
        return
    errs.append("%s: unexpected part %s" % (where, ctype))


def check():
    errs = []
    built = build_all()
    rebuilt = build_all()
    if [b for _, b, _ in built] != [b for _, b, _ in rebuilt]:
        errs.append("two builds in one run differ")
    mdir = os.path.join(HERE, "mails")
    on_disk = sorted(f for f in os.listdir(mdir) if f.endswith(".eml")) if os.path.isdir(mdir) else []
    if on_disk != [f for f, _, _ in built]:
        errs.append("file list on disk differs from generator")
    try:
        with open(os.path.join(HERE, "labels.tsv"), "rb") as f:
            if f.read() != labels_tsv(built):
                errs.append("labels.tsv differs from generator")
    except OSError:
        errs.append("labels.tsv missing")
    mids = {}
    count = {}
    lang = {}
    kind = {}
    top = {}
    allstats = {"att": [], "charset": [], "cte": []}
    n_att_mails = 0
    ibans_de = 0
    for fname, data, meta in built:
        where = fname
        path = os.path.join(mdir, fname)
        if os.path.exists(path):
            with open(path, "rb") as f:
                if f.read() != data:
                    errs.append("%s: file on disk is not byte-identical to the rebuild" % fname)
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errs.append("%s: line ending other than CRLF" % fname)
        for ln in data.split(b"\r\n"):
            if len(ln) > 998:
                errs.append("%s: line longer than 998 bytes" % fname)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        texts = []
        stats = {"att": [], "charset": [], "cte": []}
        _walk_check(msg, where, errs, texts, stats)
        mid = str(msg["Message-ID"])
        if mid in mids:
            errs.append("%s: Message-ID duplicates %s" % (fname, mids[mid]))
        mids[mid] = fname
        if not str(msg["From"]).lower().endswith("@%s>" % DOMAIN) and not str(msg["From"]).lower().endswith("@" + DOMAIN):
            errs.append("%s: not sent from the insurer's domain: %s" % (fname, msg["From"]))
        alltext = "\n".join(texts)
        for dom in MAIL_RE.findall(alltext) + URL_RE.findall(alltext):
            if not dom.lower().rstrip(".").endswith(".example"):
                errs.append("%s: domain not .example: %s" % (fname, dom))
        for hit in TLD_RE.findall(alltext):
            errs.append("%s: suspicious real-looking domain .%s" % (fname, hit))
        for ib in IBAN_DE_RE.findall(alltext):
            ibans_de += 1
            if not iban_ok(ib):
                errs.append("%s: German IBAN fails mod 97: %s" % (fname, ib))
        for mo in IBAN_ANY_RE.finditer(alltext):
            cand = mo.group(0).replace(" ", "")
            if len(cand) == IBAN_LEN.get(cand[:2]) and not iban_ok(cand):
                errs.append("%s: IBAN fails mod 97: %s" % (fname, mo.group(0)))
        count[meta["label"]] = count.get(meta["label"], 0) + 1
        lang.setdefault(meta["label"], {}).setdefault(meta["lang"], 0)
        lang[meta["label"]][meta["lang"]] += 1
        kind.setdefault(meta["kind"], {}).setdefault(meta["label"], 0)
        kind[meta["kind"]][meta["label"]] += 1
        top[msg.get_content_type()] = top.get(msg.get_content_type(), 0) + 1
        if stats["att"]:
            n_att_mails += 1
        for k in allstats:
            allstats[k] += stats[k]
    if count != EXPECTED:
        errs.append("label counts %r != %r" % (count, EXPECTED))
    if len(built) != 150:
        errs.append("expected 150 mails, got %d" % len(built))

    def tally(xs):
        d = {}
        for x in xs:
            d[x] = d.get(x, 0) + 1
        return ", ".join("%s %d" % (k, v) for k, v in sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
    print("mails: %d" % len(built))
    print("labels: " + ", ".join("%s %d" % (k, count.get(k, 0)) for k in EXPECTED))
    print("label x lang:")
    langs = ["de", "en", "de+en"]
    for lab in EXPECTED:
        print("  %-22s %s" % (lab, "  ".join("%s %d" % (l, lang.get(lab, {}).get(l, 0)) for l in langs)))
    print("  %-22s %s" % ("total", "  ".join("%s %d" % (l, sum(lang.get(lab, {}).get(l, 0) for lab in EXPECTED)) for l in langs)))
    print("kind x label (N / C / S):")
    for k in sorted(kind, key=lambda k: (-sum(kind[k].values()), k)):
        print("  %-24s %3d  %d / %d / %d" % (k, sum(kind[k].values()), kind[k].get("NORMAL", 0),
                                             kind[k].get("CONFIDENTIAL", 0), kind[k].get("STRICTLY_CONFIDENTIAL", 0)))
    print("top-level types: " + tally([t for t in top for _ in range(top[t])]))
    print("text part charsets: " + tally(allstats["charset"]))
    print("text part transfer encodings: " + tally(allstats["cte"]))
    print("mails with attachments: %d" % n_att_mails)
    print("attachments: " + tally(allstats["att"]))
    print("German IBANs found and validated: %d" % ibans_de)
    if errs:
        print("\nCHECK FAILED (%d problems):" % len(errs))
        for e in errs[:200]:
            print("  " + e)
        return 1
    print("\nCHECK OK: byte-identical rebuild, CRLF only, lines <= 998, no MIME defects, "
          "unique Message-IDs, dates in 2026, .example domains only, charsets decode, "
          "attachments open, German IBANs pass mod 97, label counts 60/45/45.")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
