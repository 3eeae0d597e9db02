#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus dev176 (prefix d176-) for Siegel, issue 14.

Fictitious insurer: Tauberland Versicherung a.G., Bad Mergentheim
(domain tauberland-vers.example).  Standard library only, deterministic.

    python3 make_corpus.py            # writes mails/d176-NNNN.eml and labels.tsv
    python3 make_corpus.py --check    # rebuilds in a temp folder, compares bytes,
                                      # parses every mail and opens every attachment

All persons, firms, numbers and addresses are invented.
"""

import csv
import hashlib
import io
import os
import random
import re
import shutil
import sys
import tempfile
import textwrap
import zipfile
import xml.etree.ElementTree as ET
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formataddr, format_datetime
from xml.sax.saxutils import escape as xesc

PREFIX = "d176-"
DOM = "tauberland-vers.example"
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def iban_de(blz, konto):
    """German IBAN with valid ISO 7064 mod-97 check digits, grouped by 4."""
    bban = "%08d%010d" % (int(blz), int(konto))
    return _iban("DE", bban)


def iban_raw(country, bban):
    return _iban(country, bban)


def _iban(cc, bban):
    digits = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    check = 98 - int(digits) % 97
    s = "%s%02d%s" % (cc, check, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    digits = "".join(str(int(ch, 36)) for ch in (s[4:] + s[:4]))
    return int(digits) % 97 == 1


def D(s):
    """'2026-01-13 09:41' (Europe/Berlin) -> RFC 5322 date."""
    import datetime as _dt
    t = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = _dt.datetime(2026, 3, 29, 2, 0) <= t < _dt.datetime(2026, 10, 25, 3, 0)
    tz = _dt.timezone(_dt.timedelta(hours=2 if summer else 1))
    sec = int(hashlib.md5(s.encode()).hexdigest()[:4], 16) % 60
    return format_datetime(t.replace(tzinfo=tz, second=sec))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


_TRANSLIT = {"ş": "s", "Ş": "S", "ı": "i", "İ": "I", "ğ": "g", "Ğ": "G", "ł": "l",
             "Ł": "L", "ń": "n", "ć": "c", "ś": "s", "ż": "z", "ź": "z", "ą": "a",
             "ę": "e", "ő": "o", "ű": "u", "č": "c", "š": "s", "ž": "z", "ř": "r",
             "→": "->", "≤": "<=", "≥": ">=", "✓": "x", "…": "...", "–": "-",
             "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'"}


def translit(s):
    return "".join(_TRANSLIT.get(ch, ch) for ch in s)


# --------------------------------------------------------------------------
# attachments, built with the standard library only
# --------------------------------------------------------------------------

def _zinfo(name, dt, compress=zipfile.ZIP_DEFLATED):
    zi = zipfile.ZipInfo(name, date_time=dt)
    zi.compress_type = compress
    zi.create_system = 3
    zi.external_attr = 0o644 << 16
    return zi


def make_zip(members, dt=(2026, 1, 5, 9, 0, 0)):
    """members: list of (name, bytes) or (name, bytes, date_time)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for m in members:
            name, data = m[0], m[1]
            d = m[2] if len(m) > 2 else dt
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(_zinfo(name, d), data)
    return buf.getvalue()


def _pdf_str(s):
    b = translit(s).encode("cp1252", errors="replace")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "(" + "".join(out) + ")"


def make_pdf(lines, title="", author="Tauberland Versicherung a.G.",
             date="20260112090000", width=92):
    """A small text PDF (A4, Helvetica).  lines: list of strings; a line
    starting with '# ' is printed bold and larger, '## ' bold, '---' draws
    nothing but adds space, '\\f' starts a new page."""
    pages, cur = [], []
    y = 800
    for raw in lines:
        if raw == "\f":
            pages.append(cur)
            cur, y = [], 800
            continue
        if raw.startswith("# "):
            items = [("F2", 14, raw[2:])]
        elif raw.startswith("## "):
            items = [("F2", 10.5, raw[3:])]
        elif raw == "---":
            items = [("F1", 6, "")]
        else:
            wrapped = textwrap.wrap(raw, width, break_long_words=False,
                                    replace_whitespace=False) or [""]
            items = [("F1", 10, w) for w in wrapped]
        for font, size, text in items:
            lead = size + 4
            if y - lead < 50:
                pages.append(cur)
                cur, y = [], 800
            y -= lead
            cur.append((font, size, 56, y, text))
    pages.append(cur)

    objs = []  # index 0 -> object 1

    def add(body):
        objs.append(body)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        ops = []
        for font, size, x, yy, text in pg:
            if not text:
                continue
            ops.append("BT /%s %s Tf 1 0 0 1 %d %d Tm %s Tj ET" % (font, size, x, yy, _pdf_str(text)))
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                   "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                   % (pages_id, f1, f2, cid)).encode())
        kids.append(pid)
    objs[cat - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                          % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    info = add(("<< /Title %s /Author %s /Producer (TLV Dokumentenausgabe 4.2) "
                "/CreationDate (D:%s+01'00') >>" % (_pdf_str(title), _pdf_str(author), date)).encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    docid = hashlib.md5(("".join(lines) + title).encode("utf-8")).hexdigest()
    out.write(("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(objs) + 1, cat, info, docid, docid, xref)).encode())
    return out.getvalue()


_CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>'
         '<cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>'
         '</cp:coreProperties>')


def _docx_par(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "",
                                         '<w:sz w:val="%d"/>' % (size * 2) if size else "")
    return ('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (rpr, xesc(text)))


def make_docx(blocks, title="", author="Tauberland Versicherung a.G.",
              date="2026-01-12T09:00:00Z", dt=(2026, 1, 12, 9, 0, 0)):
    """blocks: strings (paragraphs; '# ' heading, '## ' bold) or lists of
    rows (a table, every row a list of cell strings)."""
    body = []
    for b in blocks:
        if isinstance(b, list):
            rows = []
            for r in b:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>'
                                % _docx_par(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                        '</w:tblBorders></w:tblPr>%s</w:tbl>' % "".join(rows))
        elif b.startswith("# "):
            body.append(_docx_par(b[2:], bold=True, size=14))
        elif b.startswith("## "):
            body.append(_docx_par(b[3:], bold=True))
        else:
            body.append(_docx_par(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" '
           'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % "".join(body))
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
    core = _CORE.format(title=xesc(title), author=xesc(author), date=date)
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                     ("word/document.xml", doc), ("docProps/core.xml", core)], dt)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, author="Tauberland Versicherung a.G.", date="2026-01-12T09:00:00Z",
              dt=(2026, 1, 12, 9, 0, 0)):
    """sheets: list of (name, rows); a cell that is int/float is written as a
    number, everything else as an inline string."""
    files = []
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
                                 % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        sx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
        files.append(("xl/worksheets/sheet%d.xml" % idx, sx))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), idx, idx))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (idx, idx))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % idx)
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
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
          '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
             % "".join(wb_rels))
    core = _CORE.format(title="", author=xesc(author), date=date)
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                     ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wrels),
                     ("xl/styles.xml", styles)] + files + [("docProps/core.xml", core)], dt)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
           'office:version="1.2"')


def _odf(kind, body, author, date, dt):
    mt = "application/vnd.oasis.opendocument.%s" % kind
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:body><office:%s>%s</office:%s>'
               '</office:body></office:document-content>' % (_ODF_NS, kind, body, kind))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s><office:meta><meta:generator>LibreOffice/7.6</meta:generator>'
            '<dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:meta></office:document-meta>'
            % (_ODF_NS, xesc(author), date))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mt)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(_zinfo("mimetype", dt, zipfile.ZIP_STORED), mt.encode())
        z.writestr(_zinfo("content.xml", dt), content.encode("utf-8"))
        z.writestr(_zinfo("meta.xml", dt), meta.encode("utf-8"))
        z.writestr(_zinfo("META-INF/manifest.xml", dt), manifest.encode("utf-8"))
    return buf.getvalue()


def make_odt(blocks, author="Tauberland Versicherung a.G.", date="2026-01-12T09:00:00",
             dt=(2026, 1, 12, 9, 0, 0)):
    body = []
    for b in blocks:
        if isinstance(b, list):
            ncol = max(len(r) for r in b)
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                "<table:table-cell office:value-type=\"string\"><text:p>%s</text:p></table:table-cell>"
                % xesc(str(c)) for c in r) for r in b)
            body.append('<table:table table:name="Tabelle%d"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                        % (len(body) + 1, ncol, rows))
        elif b.startswith("# "):
            body.append('<text:h text:outline-level="1">%s</text:h>' % xesc(b[2:]))
        elif b.startswith("## "):
            body.append('<text:h text:outline-level="2">%s</text:h>' % xesc(b[3:]))
        else:
            body.append("<text:p>%s</text:p>" % xesc(b))
    return _odf("text", "".join(body), author, date, dt)


def make_ods(sheets, author="Tauberland Versicherung a.G.", date="2026-01-12T09:00:00",
             dt=(2026, 1, 12, 9, 0, 0)):
    tabs = []
    for name, rows in sheets:
        xr = []
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (xesc(name), "".join(xr)))
    return _odf("spreadsheet", "".join(tabs), author, date, dt)


def make_csv(rows, delimiter=";", encoding="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


def make_ics(uid, start, end, summary, location="", description="", organizer="",
             attendees=(), stamp="20260105T080000Z", method="REQUEST"):
    def fold(line):
        out, b = [], line.encode("utf-8")
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode("utf-8"))
            b = b[cut:]
        out.append(b.decode("utf-8"))
        return "\r\n ".join(out)

    def esc(t):
        return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    ls = ["BEGIN:VCALENDAR", "PRODID:-//Tauberland Versicherung//Terminplaner 3.1//DE",
          "VERSION:2.0", "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid,
          "DTSTAMP:%s" % stamp, "DTSTART;TZID=Europe/Berlin:%s" % start,
          "DTEND;TZID=Europe/Berlin:%s" % end, "SUMMARY:%s" % esc(summary)]
    if location:
        ls.append("LOCATION:%s" % esc(location))
    if description:
        ls.append("DESCRIPTION:%s" % esc(description))
    if organizer:
        ls.append("ORGANIZER:mailto:%s" % organizer)
    for a in attendees:
        ls.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % a)
    ls += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(x) for x in ls) + "\r\n").encode("utf-8")


# --------------------------------------------------------------------------
# building messages
# --------------------------------------------------------------------------

MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "tb": ("User-Agent", "Mozilla Thunderbird 128.5.2"),
    "notes": ("X-Mailer", "Lotus Notes Release 12.0.2"),
    "system": ("X-Mailer", "TLV-Korrespondenz 7.3 (Serienbrief)"),
    "owa": ("X-Mailer", "Microsoft Exchange Web Access"),
    "apple": ("X-Mailer", "iPhone Mail (21G93)"),
}


def new(frm, to, subject, date, cc=None, mailer="outlook", reply_to=None,
        in_reply_to=None, extra=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if mailer:
        k, v = MAILERS[mailer]
        m[k] = v
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def new_tb(*a, **k):
    """a message written in Thunderbird (8bit, format=flowed)."""
    k.setdefault("mailer", "tb")
    return new(*a, **k)


def body(m, text, charset="utf-8", cte=None, flowed=False):
    if cte is None:
        if "Thunderbird" in (m.get("User-Agent") or ""):
            cte, flowed = "8bit", True
        else:
            cte = "quoted-printable"
    m.set_content(text.strip("\n") + "\n", charset=charset, cte=cte)
    if flowed:
        m.set_param("format", "flowed")
    return m


def html_alt(m, text, html, cte="quoted-printable"):
    m.set_content(text.strip("\n") + "\n", cte=cte)
    m.add_alternative(html, subtype="html", cte=cte)
    return m


def html_only(m, html, cte="quoted-printable"):
    m.set_content(html, subtype="html", cte=cte)
    return m


CT = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "txt": ("text", "plain"),
    "pem": ("application", "x-pem-file"),
    "bin": ("application", "octet-stream"),
    "xml": ("application", "xml"),
}


def attach(m, data, filename, kind=None, charset=None):
    kind = kind or filename.rsplit(".", 1)[-1].lower()
    mt, st = CT[kind]
    if mt == "text":
        if isinstance(data, bytes):
            data = data.decode(charset or "utf-8")
        params = {}
        if kind == "ics":
            params["method"] = "REQUEST"
        m.add_attachment(data, subtype=st, charset=charset or "utf-8", filename=filename,
                         cte="base64" if kind == "ics" else "quoted-printable", params=params)
    else:
        if isinstance(data, str):
            data = data.encode("utf-8")
        m.add_attachment(data, maintype=mt, subtype=st, filename=filename)
    return m


def attach_mail(m, inner):
    m.add_attachment(inner)
    return m


def inner_mail(frm, to, subject, date, text, mailer=None, msgid=None, cc=None):
    i = new(frm, to, subject, date, cc=cc, mailer=mailer)
    if msgid:
        i["Message-ID"] = msgid
    body(i, text)
    return i


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

MAILS = []


def mail(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((fn.__name__, label, lang, kind, reason, fn))
        return fn
    return deco


# staff signatures: the same person always signs the same way -------------

ADDR = "Tauberland Versicherung a.G. · Am Kurpark 12 · 97980 Bad Mergentheim"
LEGAL = ("Tauberland Versicherung a.G. | Sitz Bad Mergentheim | Amtsgericht Ulm HRB 738 214\n"
         "Vorstand: Dr. Ulrike Brenninger (Vors.), Armin Zettl, Sophie Rauscher\n"
         "Vorsitzender des Aufsichtsrats: Prof. Dr. Wendelin Haas")
LEGAL_EN = ("Tauberland Versicherung a.G. | Registered office Bad Mergentheim, Germany |\n"
            "Local court Ulm HRB 738 214 | Management board: Dr. Ulrike Brenninger (chair),\n"
            "Armin Zettl, Sophie Rauscher")

STAFF = {
    "kessler": ("Miriam Kessler-Ott", "miriam.kessler-ott", "Maklerbetreuung Region Franken/Hohenlohe", "+49 7931 8820-412"),
    "pfitz": ("Jonas Pfitzenmaier", "jonas.pfitzenmaier", "Vertriebsunterstützung Makler", "+49 7931 8820-418"),
    "demirtas": ("Aylin Demirtaş", "aylin.demirtas", "Leistung Krankenversicherung", "+49 7931 8820-233"),
    "salm": ("Dr. med. Henrike Salm", "henrike.salm", "Gesellschaftsärztin / Risikoprüfung", "+49 7931 8820-260"),
    "gansloser": ("Rupert Gansloser", "rupert.gansloser", "Schaden Kraftfahrt", "+49 7931 8820-511"),
    "oltmanns": ("Fenna Oltmanns", "fenna.oltmanns", "Schaden Sach/Haftpflicht", "+49 7931 8820-534"),
    "woehrle": ("Bastian Wöhrle", "bastian.woehrle", "Antrags- und Risikoprüfung Leben/BU", "+49 7931 8820-271"),
    "whitcombe": ("Claire Whitcombe", "claire.whitcombe", "International Desk – Expat Health", "+49 7931 8820-690"),
    "ranft": ("Tobias Ranft", "tobias.ranft", "IT Schnittstellen & Maklerportal", "+49 7931 8820-780"),
    "eckerle": ("Sabine Eckerle", "sabine.eckerle", "Provisions- und Courtageabrechnung", "+49 7931 8820-441"),
    "hambrecht": ("Ludger Hambrecht", "datenschutz", "Datenschutzbeauftragter", "+49 7931 8820-100"),
    "vogt": ("Nadine Vogt", "nadine.vogt", "Unternehmenskommunikation", "+49 7931 8820-120"),
    "zielinski": ("Piotr Zieliński", "piotr.zielinski", "Einkauf & Facility", "+49 7931 8820-150"),
    "baumeister": ("Greta Baumeister", "greta.baumeister", "Personal", "+49 7931 8820-170"),
    "friedrichsen": ("Malte Friedrichsen", "malte.friedrichsen", "Firmenkunden / Gewerbe", "+49 7931 8820-560"),
    "haag": ("Ines Haag", "ines.haag", "Kundenservice", "+49 7931 8820-0"),
    "okafor": ("Samuel Okafor", "samuel.okafor", "Actuarial & Reinsurance", "+49 7931 8820-330"),
    "loeffelhardt": ("Katrin Löffelhardt", "katrin.loeffelhardt", "Schaden Rechtsschutz", "+49 7931 8820-545"),
    "bruemmer": ("Hannes Brümmer", "hannes.bruemmer", "Bestandsverwaltung Makler", "+49 7931 8820-425"),
    "mbeki": ("Olivia Mbeki-Hartl", "olivia.mbeki-hartl", "Travel Claims", "+49 7931 8820-695"),
    "stadelmaier": ("Verena Stadelmaier", "verena.stadelmaier", "Leistung Pflege", "+49 7931 8820-245"),
    "ried": ("Dr. Konstantin Ried", "konstantin.ried", "Leistungsprüfung Berufsunfähigkeit", "+49 7931 8820-280"),
    "tress": ("Fabian Tress", "fabian.tress", "Leistung Unfall", "+49 7931 8820-290"),
    "sommerhalder": ("Elke Sommerhalder", "elke.sommerhalder", "Vertragsservice Leben", "+49 7931 8820-305"),
    "ellingham": ("Mark Ellingham", "mark.ellingham", "Head of International Brokerage", "+49 7931 8820-600"),
}


def who(key):
    n, local, _, _ = STAFF[key]
    return formataddr((n, "%s@%s" % (local, DOM)))


def addr(key):
    return "%s@%s" % (STAFF[key][1], DOM)


def sig(key, en=False, legal=True):
    n, local, dept, tel = STAFF[key]
    if en:
        s = "%s\n%s\nTauberland Versicherung a.G.\nAm Kurpark 12, 97980 Bad Mergentheim, Germany\nPhone %s\n%s@%s" % (
            n, dept, tel, local, DOM)
        return "\n-- \n" + s + ("\n\n" + LEGAL_EN if legal else "")
    s = "%s\n%s\n%s\nTel. %s\n%s@%s" % (n, dept, ADDR, tel, local, DOM)
    return "\n-- \n" + s + ("\n\n" + LEGAL if legal else "")

# ==========================================================================
# MAILS
# ==========================================================================

# --------------------------------------------------------------------------
# brokers' daily business, part A
# --------------------------------------------------------------------------

@mail("NORMAL", "de", "insurer-to-broker",
      "trap: broker circular on new BU tariff, simplified health questions and psyche clause described generically, webinar ICS; no person")
def b_bu_tarif_rundschreiben():
    m = new(who("kessler"), "Verteiler Makler Franken-Hohenlohe <makler-franken@%s>" % DOM,
            "BU Vital 2026: neue Gesundheitsfragen, Nachversicherung ohne Anlass – Webinar am 27.01.",
            D("2026-01-14 08:05"), mailer="outlook")
    body(m, """Liebe Maklerpartnerinnen und Maklerpartner,

zum 1. Februar stellen wir unsere Berufsunfähigkeitsversicherung auf die
neue Tarifgeneration BU Vital 2026 um. Die wichtigsten Punkte vorab:

1. Gesundheitsfragen
   - ambulante Behandlungen: Abfragezeitraum 3 statt 5 Jahre
   - Psychotherapie: weiterhin 5 Jahre, aber Bagatellgrenze – eine einmalige
     Beratung ohne Diagnose (max. 5 Sitzungen, abgeschlossen > 2 Jahre) muss
     nicht mehr angegeben werden
   - Frage nach "Rückenbeschwerden" wird ersetzt durch eine konkrete Frage
     nach Bandscheibenvorfall, Spinalkanalstenose und Operationen an der
     Wirbelsäule
   - BMI-Grenze für die vereinfachte Prüfung: 17,5 bis 32,0

2. Nachversicherungsgarantie ohne Anlass in den ersten 5 Jahren bis zu
   einer BU-Rente von 2.500 EUR, ohne erneute Gesundheitsprüfung.

3. Berufsgruppen: 14 Büroberufe wechseln von BG 2 in BG 1+, u. a.
   Steuerfachangestellte, Bauzeichner/innen und Versicherungskaufleute
   (ja, wir auch).

4. Courtage: unverändert 45 Promille der Beitragssumme, Stornohaftung
   60 Monate. Die neuen Sätze stehen ab 22.01. im Maklerportal unter
   Downloads > Vereinbarungen.

Die Vergleichsrechner (VergleichsKompass, Hohenlohe-Pool-Rechner) werden zum
1.2. mit den neuen Tarifdaten beliefert. Angebote nach altem Tarif können Sie
noch bis 31.01. einreichen, maßgeblich ist der Antragseingang bei uns.

Im Webinar am 27.01. um 10 Uhr zeigt Dr. Henrike Salm aus unserer Risikoprüfung
anhand von fünf (natürlich anonymisierten) Fallbeispielen, wie wir Allergien,
Heuschnupfen, Migräne und Schilddrüsenwerte künftig einschätzen. Der
Termin hängt an, die Einwahldaten kommen am Vortag.

Viele Grüße aus Bad Mergentheim
Miriam Kessler-Ott
""" + sig("kessler"))
    attach(m, make_ics("bu-vital-webinar-20260127@%s" % DOM, "20260127T100000", "20260127T111500",
                       "Webinar BU Vital 2026 – Gesundheitsfragen und Annahmepraxis",
                       "Online (Link folgt am Vortag)",
                       "Produktwechsel BU Vital 2026. Referentin: Dr. Henrike Salm (Risikoprüfung). "
                       "Fallbeispiele anonymisiert. Dauer ca. 75 Minuten inkl. Fragerunde.",
                       addr("kessler")), "Webinar_BU_Vital_2026.ics")
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: general answer on PKV application risk questions (look-back periods, pregnancy, dental) without any client; question was generic")
def b_pkv_fragen_allgemein():
    m = new(who("pfitz"), "Carina Reuter <c.reuter@reuter-partner.example>",
            "AW: Frage zu den Gesundheitsfragen im PKV-Vollantrag",
            D("2026-01-20 14:22"), mailer="outlook",
            in_reply_to="<7f3a21c0e4b94d2a@reuter-partner.example>")
    body(m, """Hallo Frau Reuter,

gerne, hier kurz zusammengefasst – ich habe mit der Antragsabteilung
Rücksprache gehalten:

- Ambulante Behandlungen: 3 Jahre rückwirkend, Zahnbehandlungen ebenfalls
  3 Jahre. Vorsorgeuntersuchungen ohne Befund (z. B. Check-up 35, Krebsvorsorge,
  Zahnreinigung) müssen nicht angegeben werden.
- Stationäre Behandlungen: 10 Jahre.
- Psychotherapie: 10 Jahre, auch wenn sie abgeschlossen ist.
- Fehlende Zähne: Es zählt der Stand bei Antragstellung; ersetzte Zähne
  (Brücke, Implantat) gelten nicht als fehlend, sind aber bei "Zahnersatz"
  anzugeben.
- Eine bestehende Schwangerschaft ist anzugeben, führt aber im Tarif
  KV Komfort nicht zu einem Zuschlag; im Krankentagegeld gibt es für die
  Mutterschutzfristen ohnehin keine Leistung.

Wenn Ihre Kundin sich unsicher ist, empfehle ich die anonyme
Risikovoranfrage über das Maklerportal (Formular "RVA-KV"): ohne Namen, nur
Geburtsjahr, Beruf und die Angaben zu den Fragen. Antwort in der Regel
innerhalb von drei Arbeitstagen.

Beste Grüße
Jonas Pfitzenmaier
""" + sig("pfitz") + """

-----Ursprüngliche Nachricht-----
Von: Carina Reuter <c.reuter@reuter-partner.example>
Gesendet: Montag, 19. Januar 2026 17:48
An: Pfitzenmaier, Jonas <jonas.pfitzenmaier@tauberland-vers.example>
Betreff: Frage zu den Gesundheitsfragen im PKV-Vollantrag

Hallo Herr Pfitzenmaier,

kurze Verständnisfrage bevor ich nächste Woche einen Beratungstermin habe:
wie weit fragen Sie im neuen Vollantrag ambulant / stationär / Psyche zurück?
Und zählt eine professionelle Zahnreinigung als Zahnbehandlung?

Danke und Gruß
Carina Reuter
Reuter & Partner Versicherungsmakler GmbH
""")
    return m


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: expat health product overview and premium table by age band (PDF) for a London broker; no person")
def b_expat_brochure():
    m = new(who("ellingham"), "Priya Venkataraman <priya.venkataraman@harcourtlane.example>",
            "Tauberland Global Health – plan overview and 2026 rates",
            D("2026-01-15 11:30"), cc="James Holloway <james.holloway@harcourtlane.example>")
    body(m, """Dear Priya,

Thank you for the good conversation on Tuesday. As promised, attached is the
plan overview for Tauberland Global Health, our international private medical
insurance for people relocating to Germany (or living outside their home
country generally).

In short:
- three levels (Essential, Select, Premier); Select is the one most of your
  clients will want – it includes outpatient, dental up to EUR 1,500 p.a. and
  maternity after a 10-month waiting period
- accepted as substitute health cover for German residence permits
  (meets the § 257 SGB V employer-subsidy criteria)
- underwriting is full medical (FMU) up to age 59; moratorium is not offered
- premiums in EUR, payable monthly, no loading for nationality

The rate table in the PDF is per adult per month, by five-year age band. For
group schemes of 10+ lives we quote individually.

I'd suggest a short call with Claire Whitcombe from our International Desk
next week so she can walk your team through the application and the health
questionnaire. Thursday afternoon (UK time) would suit us.

Kind regards,
Mark
""" + sig("ellingham", en=True))
    pdf = make_pdf([
        "# Tauberland Global Health",
        "International private medical insurance - plan overview 2026",
        "---",
        "## Levels of cover",
        "Essential: inpatient 100 %, outpatient 80 % after EUR 500 excess, no dental, no maternity.",
        "Select: inpatient 100 %, outpatient 90 %, dental 80 % up to EUR 1,500 p.a., maternity after 10 months.",
        "Premier: as Select, outpatient 100 %, dental 90 % up to EUR 3,000 p.a., vision EUR 300 every two years.",
        "---",
        "## Monthly premium per adult (EUR), Select level",
        "Age 18-24: 198.40    Age 25-29: 226.10    Age 30-34: 259.70",
        "Age 35-39: 298.20    Age 40-44: 341.90    Age 45-49: 402.60",
        "Age 50-54: 476.30    Age 55-59: 561.00    Age 60+: on request",
        "Children (0-17): 96.50 per child, fourth and further child free.",
        "---",
        "## Underwriting",
        "Full medical underwriting with a health questionnaire (5 years outpatient, 10 years inpatient,",
        "10 years psychotherapy). Pre-existing conditions may be excluded, covered with a loading, or declined.",
        "Chronic conditions that are well controlled (e.g. hypothyroidism, mild asthma) are usually accepted.",
        "---",
        "## Exclusions (summary)",
        "Cosmetic treatment, experimental treatment, treatment in the USA unless Premier with worldwide option.",
        "This overview is not a contract. Full terms: AVB TGH 2026, available in the broker portal.",
    ], title="Tauberland Global Health - plan overview 2026", date="20260114160000")
    attach(m, pdf, "TGH_Plan_Overview_2026_EN.pdf")
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: BiPRO 430 interface change for a broker pool, sample XML with test person 'Max Mustermann (Testfall)'; no real person")
def b_pool_bipro():
    m = new_tb(who("ranft"), "Thilo Brandstätter <t.brandstaetter@hohenlohe-pool.example>",
            "Umstellung Vermittlerpost-Abruf (BiPRO 430.4) auf neue Endpunkte zum 02.03.",
            D("2026-02-03 10:12"), cc="IT-Service Hohenlohe Pool <it@hohenlohe-pool.example>, " + who("kessler"))
    body(m, """Hallo Herr Brandstätter,

wie im Jour fixe angekündigt, stellen wir den Abruf der elektronischen
Vermittlerpost am 02.03.2026 auf die neue Plattform um. Was sich für Ihr
Maklerverwaltungsprogramm ändert:

  alt:  https://bipro.tauberland-vers.example/430/v2/TransferService
  neu:  https://bipro-gw.tauberland-vers.example/norm430/4.1/transfer

- Authentifizierung weiterhin über STS (BiPRO 410) mit X.509-Zertifikat,
  das bisherige Zertifikat bleibt gültig.
- listShipments liefert max. 500 Lieferungen pro Aufruf (bisher 200);
  bitte ggf. das Paging anpassen.
- Neue Kategorie 110011 (Courtageabrechnung als PDF + XML), bisher nur als PDF.
- Die Quittierung (acknowledgeShipment) ist künftig Pflicht; nicht
  quittierte Lieferungen werden nach 90 Tagen erneut bereitgestellt.

Unsere Testumgebung steht ab sofort bereit:
  https://bipro-test.tauberland-vers.example/norm430/4.1/transfer
Dort liegen drei Testlieferungen für Ihre Vermittlernummer 99 9999
(Testvermittler). Der Testkunde ist "Max Mustermann (Testfall)", alle
Vertragsnummern beginnen mit 99-, die Dokumente enthalten den Aufdruck MUSTER.

Auszug aus einer Testlieferung zur Orientierung:

  <transfer:Lieferung>
    <transfer:ID>TST-000117</transfer:ID>
    <transfer:Kategorie>110011</transfer:Kategorie>
    <transfer:Partner>Max Mustermann (Testfall)</transfer:Partner>
    <transfer:Vertragsnummer>99-0000001</transfer:Vertragsnummer>
  </transfer:Lieferung>

Bitte geben Sie mir bis 20.02. Bescheid, ob Ihr Dienstleister die
Umstellung testen konnte. Bei Fragen gern direkt an mich.

Viele Grüße
Tobias Ranft
""" + sig("ranft"))
    return m


@mail("NORMAL", "de", "internal",
      "trap: minutes of the broker sales meeting (DOCX): broker firms, cancellation rates, commission budget, health tariff sales; no natural person's data")
def b_vertriebsprotokoll():
    m = new(who("pfitz"), "Vertrieb Makler <vertrieb-makler@%s>" % DOM,
            "Protokoll Vertriebsrunde Makler 21.01.2026",
            D("2026-01-22 16:40"), cc=who("kessler") + ", " + who("ellingham"))
    body(m, """Hallo zusammen,

anbei das Protokoll von gestern. Bitte Korrekturen bis Montag an mich,
danach geht es an Herrn Zettl.

Aufgaben mit Termin sind gelb markiert (in Word, hier nicht sichtbar).

Gruß
Jonas
""" + sig("pfitz", legal=False))
    doc = make_docx([
        "# Protokoll Vertriebsrunde Makler",
        "Datum: 21.01.2026, 14:00–16:10 Uhr, Raum Taubergrund / Teams",
        "Teilnehmende: M. Kessler-Ott, J. Pfitzenmaier, M. Ellingham, S. Eckerle, H. Brümmer, T. Ranft (TOP 4)",
        "Protokoll: J. Pfitzenmaier",
        "## TOP 1 Zahlen Q4/2025",
        [["Sparte", "Neugeschäft Bewertungssumme (Mio. EUR)", "Plan", "Stornoquote 12 Mon."],
         ["Kranken Voll", "3,9", "4,5", "6,1 %"],
         ["Kranken Zusatz", "2,2", "2,0", "9,4 %"],
         ["BU / Leben", "11,7", "12,0", "4,8 %"],
         ["Sach / HUK", "5,3", "5,0", "7,7 %"],
         ["Gewerbe", "4,1", "3,6", "3,2 %"]],
        "Zahnzusatz über Vergleichsportale weiter stark, aber hohe Frühstornoquote. Maßnahme: Courtage für "
        "Zahnzusatz über Portale ab 1.4. mit 12 Monaten Stornohaftung statt 24 (Prüfauftrag Eckerle).",
        "## TOP 2 Maklerzufriedenheit",
        "Umfrage (n = 214 Maklerfirmen): Note 2,3 (Vorjahr 2,6). Kritik: Dauer der Risikoprüfung BU "
        "(Median 9 Arbeitstage), Erreichbarkeit Leistungsabteilung Kranken bei Rückfragen zu offenen "
        "Leistungsfällen. Hinweis Kessler-Ott: Makler dürfen ohne Schweigepflichtentbindung keine Details "
        "erhalten – das muss in der Kommunikation besser erklärt werden.",
        "## TOP 3 Bestandsübertragungen",
        "2025: 37 Bestandsübertragungen (davon 6 aus Nachfolgeregelungen). Der Bestand Kübler geht zum 1.4. "
        "auf die Mainfranken Versicherungsdienst GmbH über; Listen für Sach/Kfz per SecureMail, Leben/Kranken "
        "nur über das Portal (Brümmer).",
        "## TOP 4 BiPRO / Vergleichsrechner",
        "Umstellung Norm 430.4 am 2.3. (Ranft). VergleichsKompass liefert seit Dezember falsche "
        "Hausrat-Beiträge für Zone 4 – Ticket offen, Korrekturlieferung KW 5.",
        "## TOP 5 Verschiedenes",
        "Maklertag 2026 am 18.6. in Bad Mergentheim, Budget 38.000 EUR freigegeben.",
    ], title="Protokoll Vertriebsrunde Makler 21.01.2026", author="Jonas Pfitzenmaier",
        date="2026-01-22T15:30:00Z", dt=(2026, 1, 22, 15, 30, 0))
    attach(m, doc, "Protokoll_Vertriebsrunde_2026-01-21.docx")
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: quarterly tariff feed for an English comparison platform, XLSX with premiums per age band and travel-health options; no person")
def b_covergrid_feed():
    m = new(who("okafor"), "Aoife Brennan <aoife.brennan@covergrid.example>",
            "Q2 tariff feed – travel and expat health (corrected file)",
            D("2026-03-11 09:18"), cc=who("ranft"))
    body(m, """Hi Aoife,

Please use the attached file instead of the one Tobias sent on Monday –
the Premier rows for the 60-64 band had last year's factors in them. Sorry
for the noise.

Changes against Q1:
- Travel Health Annual: +3.5 % across all bands (claims inflation, mainly
  US and Switzerland inpatient costs)
- new option "Sports" (skiing, diving to 40 m) at EUR 24 per year
- Expat Select: unchanged

The sheet "Rules" lists the eligibility rules your engine should apply
(max. entry age, trip length, pre-existing-condition question flag). Column
headers are the same as before, so your import should not need changes.

Effective date is 1 April; please confirm once it is live on your test
site and we will do the usual spot checks.

Best,
Samuel
""" + sig("okafor", en=True, legal=False))
    rows = [["product", "level", "age_from", "age_to", "premium_eur", "unit", "valid_from"]]
    base = [("Travel Health Annual", "Single", 0, 17, 11.90), ("Travel Health Annual", "Single", 18, 39, 16.40),
            ("Travel Health Annual", "Single", 40, 59, 24.80), ("Travel Health Annual", "Single", 60, 64, 41.30),
            ("Travel Health Annual", "Family", 0, 64, 38.90), ("Expat Select", "Adult", 18, 24, 198.40),
            ("Expat Select", "Adult", 25, 29, 226.10), ("Expat Select", "Adult", 30, 34, 259.70),
            ("Expat Premier", "Adult", 55, 59, 689.00), ("Expat Premier", "Adult", 60, 64, 812.50)]
    for p, l, a, b, pr in base:
        rows.append([p, l, a, b, pr, "year" if "Travel" in p else "month", "2026-04-01"])
    rules = [["rule", "value"], ["max_entry_age_travel", 64], ["max_trip_days", 56],
             ["pre_existing_question", "yes, single yes/no question, 'yes' routes to manual quote"],
             ["sports_option_eur", 24], ["currency", "EUR"]]
    attach(m, make_xlsx([("Tariffs", rows), ("Rules", rules)], author="Samuel Okafor",
                        date="2026-03-11T08:50:00Z", dt=(2026, 3, 11, 8, 50, 0)),
           "TLV_tariff_feed_2026Q2_v2.xlsx")
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: commission overview for a broker GmbH with totals per line only (company income, PDF); no customer or natural person")
def b_courtage_gmbh_summary():
    m = new(who("eckerle"), "Buchhaltung Reuter & Partner <buchhaltung@reuter-partner.example>",
            "Courtage-Sammelabrechnung Januar 2026 – VM 40 1187",
            D("2026-02-04 07:30"), mailer="system")
    body(m, """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Übersicht Ihrer Courtage-Sammelabrechnung für den
Monat Januar 2026. Die Einzelnachweise je Vertrag stehen wie gewohnt in der
elektronischen Vermittlerpost bzw. im Maklerportal zum Abruf bereit.

Der Auszahlungsbetrag wird am 06.02.2026 auf das bei uns hinterlegte
Geschäftskonto der Reuter & Partner Versicherungsmakler GmbH überwiesen.

Mit freundlichen Grüßen
Provisions- und Courtageabrechnung
Tauberland Versicherung a.G.

Diese Nachricht wurde automatisch erstellt. Rückfragen bitte an
courtage@tauberland-vers.example.
""")
    pdf = make_pdf([
        "# Courtage-Sammelabrechnung 01/2026",
        "Vermittler: Reuter & Partner Versicherungsmakler GmbH, VM 40 1187",
        "Abrechnungszeitraum 01.01.2026 - 31.01.2026",
        "---",
        "## Übersicht je Sparte (EUR)",
        "Kranken (Abschluss)                    4.812,60",
        "Kranken (Bestand)                      1.207,33",
        "Leben / BU (Abschluss)                18.930,00",
        "Leben / BU (Bestand)                     644,18",
        "Sach / HUK (laufend)                   3.518,92",
        "Gewerbe (laufend)                      2.106,40",
        "Stornorückbelastungen                 -2.214,50",
        "---",
        "Summe Gutschrift                      29.004,93",
        "Verrechnung Stornoreservekonto          -900,00",
        "Auszahlungsbetrag                     28.104,93",
        "---",
        "Stand Stornoreservekonto nach Buchung: 14.350,00 EUR",
        "Die Courtage ist gemäß § 4 Nr. 11 UStG umsatzsteuerfrei.",
    ], title="Courtage-Sammelabrechnung 01/2026 VM 401187", date="20260204063000")
    attach(m, pdf, "Courtage_Uebersicht_2026-01_VM401187.pdf")
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: process description for a portfolio transfer with a blank form using «placeholders» (DOCX); no real customer")
def b_bestandsuebertragung_ablauf():
    m = new(who("bruemmer"), "Konrad Veit <k.veit@mainfranken-vd.example>",
            "Bestandsübertragung – Ablauf und Vordruck",
            D("2026-01-09 11:02"), cc=who("kessler"))
    body(m, """Sehr geehrter Herr Veit,

vielen Dank für Ihren Anruf. Wie besprochen der Ablauf, wenn Sie den Bestand
eines ausscheidenden Kollegen übernehmen:

1. Übertragungsvereinbarung zwischen abgebendem und übernehmendem Makler
   (Vordruck anbei, alternativ Ihr eigener Vertrag).
2. Für jeden Kunden eine Maklervollmacht zu Ihren Gunsten – oder, bei
   Übertragung des ganzen Betriebs, die Zustimmung im Rahmen der
   Betriebsübergabe. Für Leben/Kranken/Unfall brauchen wir zusätzlich die
   Einwilligung der Kunden zur Datenweitergabe an Sie (§ 203 StGB),
   sonst dürfen wir Ihnen diese Verträge nicht zuordnen.
3. Wir gleichen die Vertragsliste ab und schicken Ihnen je Sparte eine
   Bestätigungsliste, Sach/Kfz per SecureMail, Personenversicherungen nur
   über das Maklerportal.
4. Courtage für die übertragenen Verträge ab dem Monat nach Zuordnung;
   Stornohaftung für Abschlusscourtage bleibt beim abgebenden Makler.

Im Vordruck sind alle Stellen mit «Platzhaltern» markiert. Bitte keine
Kundenlisten per normaler E-Mail schicken – nutzen Sie dafür bitte den
Upload im Portal.

Mit freundlichen Grüßen
Hannes Brümmer
""" + sig("bruemmer"))
    doc = make_docx([
        "# Vereinbarung über die Übertragung eines Versicherungsbestandes",
        "zwischen «Name abgebender Makler», «Anschrift», Vermittlernummer «VM-Nr.» (abgebender Makler)",
        "und «Name übernehmender Makler», «Anschrift», Vermittlernummer «VM-Nr.» (übernehmender Makler)",
        "## § 1 Gegenstand",
        "Übertragen wird der bei der Tauberland Versicherung a.G. geführte Bestand gemäß Anlage 1 "
        "(Vertragsliste) zum «Stichtag».",
        "## § 2 Vollmachten und Einwilligungen",
        "Der übernehmende Makler legt für jeden Versicherungsnehmer eine Maklervollmacht vor. Für Verträge der "
        "Lebens-, Kranken- und Unfallversicherung wird zusätzlich die Einwilligung nach Anlage 2 benötigt.",
        "## § 3 Courtage",
        "Folgecourtagen stehen ab dem auf die Zuordnung folgenden Monat dem übernehmenden Makler zu. "
        "Rückforderungen aus Abschlusscourtagen treffen den abgebenden Makler.",
        "## Anlage 1 – Vertragsliste (Muster)",
        [["Versicherungsnehmer", "Vertragsnummer", "Sparte", "Beginn"],
         ["«Nachname, Vorname»", "«Vertragsnr.»", "«Sparte»", "«TT.MM.JJJJ»"],
         ["«Nachname, Vorname»", "«Vertragsnr.»", "«Sparte»", "«TT.MM.JJJJ»"]],
        "Ort, Datum, Unterschriften: ______________________",
    ], title="Vordruck Bestandsübertragung", author="Hannes Brümmer", date="2025-11-03T10:00:00Z",
        dt=(2025, 11, 3, 10, 0, 0))
    attach(m, doc, "Vordruck_Bestandsuebertragung_2026.docx")
    return m


@mail("NORMAL", "en", "internal",
      "trap: IT post-mortem of a broker-portal outage on the claims-status endpoint (health claims, error codes, counts); no person")
def b_portal_postmortem():
    m = new_tb(who("ranft"), "IT Operations <it-ops@%s>" % DOM,
            "Post-mortem INC-2026-0193: broker portal claims status (health) returned HTTP 500",
            D("2026-02-12 17:05"), cc=who("ellingham") + ", " + who("pfitz"))
    body(m, """Team,

short post-mortem for yesterday's incident, full version in Confluence.

What happened
From 08:47 to 11:32 the endpoint GET /broker/v3/claims/{id}/status returned
HTTP 500 for all health claims (line KV, KT, PT). Motor and property claims
were fine. Brokers saw "Status derzeit nicht verfügbar" in the portal and
the MVP integrations (two pools) got empty responses.

Root cause
Release 26.2.1 added the new field "benefitCategory" (ambulatory,
inpatient, dental, daily allowance, care). The mapping table for care
(Pflege) claims was missing in production, the serializer threw a
NullPointerException on the first care claim in each result page and the
whole page failed.

Impact
- 1,214 failed calls from 187 broker users, 2 pool integrations
- 63 calls to the broker hotline asking about pending claims
- no data was exposed; errors did not contain claim data (checked in the
  gateway logs)

Fix
Hotfix 26.2.2 deployed 11:29, mapping added, serializer now skips unknown
categories and logs a warning.

Actions
1. Contract test for every benefitCategory value (owner: Tobias, 20 Feb)
2. Synthetic monitoring call for one test claim per line (owner: Ops, 27 Feb)
3. Broker newsletter note with apology (owner: Jonas)

Tobias
""" + sig("ranft", en=True, legal=False))
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: invitation to a broker roadshow on long-term care with care-level statistics and premium examples for model ages; ICS; no person")
def b_pflege_roadshow():
    m = new(who("kessler"), "Verteiler Makler Franken-Hohenlohe <makler-franken@%s>" % DOM,
            "Einladung Roadshow \"Pflege 2026\" – Würzburg, Heilbronn, Ansbach",
            D("2026-02-17 09:00"))
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Liebe Maklerpartnerinnen und Maklerpartner,</p>
<p>die Pflegelücke ist das Thema, bei dem Ihre Kunden am häufigsten nachfragen &ndash;
und bei dem die Zahlen am eindrucksvollsten sind. Auf unserer Roadshow zeigen wir
Ihnen die neuen Leistungsstufen unseres Pflegetagegelds <b>PflegePlus</b>.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde7f0"><th>Pflegegrad</th><th>Anteil Leistungsempf&auml;nger (bundesweit)</th><th>durchschn. Eigenanteil station&auml;r / Monat</th></tr>
<tr><td>2</td><td>40 %</td><td>2.840 EUR</td></tr>
<tr><td>3</td><td>31 %</td><td>2.870 EUR</td></tr>
<tr><td>4</td><td>19 %</td><td>2.900 EUR</td></tr>
<tr><td>5</td><td>10 %</td><td>2.910 EUR</td></tr>
</table>
<p><i>Quelle: eigene Auswertung auf Basis &ouml;ffentlicher Statistiken, gerundet.</i></p>
<p>Beitragsbeispiel PflegePlus, 1.500 EUR Monatsleistung in PG 5: Eintrittsalter 35: 27,40 EUR,
Eintrittsalter 45: 41,90 EUR, Eintrittsalter 55: 72,10 EUR.</p>
<p><b>Termine</b> (jeweils 9:30&ndash;12:30 Uhr, danach Mittagsimbiss):</p>
<ul><li>10.03. W&uuml;rzburg, Hotel am Mainkai</li>
<li>12.03. Heilbronn, Kulturhaus Neckarbogen</li>
<li>17.03. Ansbach, Orangerie-Saal</li></ul>
<p>Anmeldung bitte formlos per Antwort-Mail. Die Veranstaltung ist mit 2,5 Stunden f&uuml;r die
IDD-Weiterbildung anerkannt.</p>
<p>Herzliche Gr&uuml;&szlig;e<br>Miriam Kessler-Ott<br>Maklerbetreuung Region Franken/Hohenlohe<br>
Tauberland Versicherung a.G.</p></body></html>"""
    text = """Liebe Maklerpartnerinnen und Maklerpartner,

die Pflegelücke ist das Thema, bei dem Ihre Kunden am häufigsten nachfragen –
und bei dem die Zahlen am eindrucksvollsten sind. Auf unserer Roadshow zeigen
wir Ihnen die neuen Leistungsstufen unseres Pflegetagegelds PflegePlus.

Pflegegrad | Anteil Leistungsempfänger | Eigenanteil stationär/Monat
2          | 40 %                      | 2.840 EUR
3          | 31 %                      | 2.870 EUR
4          | 19 %                      | 2.900 EUR
5          | 10 %                      | 2.910 EUR
(Quelle: eigene Auswertung auf Basis öffentlicher Statistiken, gerundet.)

Beitragsbeispiel PflegePlus, 1.500 EUR Monatsleistung in PG 5:
Eintrittsalter 35: 27,40 EUR, 45: 41,90 EUR, 55: 72,10 EUR.

Termine (jeweils 9:30–12:30 Uhr, danach Mittagsimbiss):
- 10.03. Würzburg, Hotel am Mainkai
- 12.03. Heilbronn, Kulturhaus Neckarbogen
- 17.03. Ansbach, Orangerie-Saal

Anmeldung bitte formlos per Antwort-Mail. 2,5 Stunden IDD-Weiterbildung.

Herzliche Grüße
Miriam Kessler-Ott
"""
    html_alt(m, text, html)
    m.make_mixed()
    attach(m, make_ics("roadshow-pflege-wue-20260310@%s" % DOM, "20260310T093000", "20260310T123000",
                       "Roadshow Pflege 2026 – Würzburg", "Hotel am Mainkai, Würzburg",
                       "PflegePlus, Pflegegrade, Beitragsbeispiele. 2,5 h IDD.", addr("kessler")),
           "Roadshow_Pflege_Wuerzburg.ics")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "offer for household and personal liability for a named broker client with birth date, address and previous insurer; no health")
def b_angebot_hausrat():
    m = new(who("pfitz"), "Dirk Albrecht <info@albrecht-finanzkontor.example>",
            "Angebot Hausrat + Privathaftpflicht für Ihre Kundin Frau Schwab",
            D("2026-01-27 15:44"))
    body(m, """Hallo Herr Albrecht,

wie gewünscht das Angebot für Ihre Kundin – die Daten habe ich aus Ihrer
Anfrage übernommen, bitte einmal gegenlesen:

Versicherungsnehmerin: Franziska Schwab, geb. 14.08.1991
Risikoort: Sanderstraße 44, 97070 Würzburg, 3. OG, 78 m²
Vorversicherer: Mainlicht Direkt AG, Vertrag gekündigt zum 28.02.2026,
                1 Vorschaden (Fahrraddiebstahl 2024, 640 EUR)

Hausrat Premium
  Versicherungssumme 55.000 EUR (Unterversicherungsverzicht)
  Fahrrad bis 3.000 EUR rund um die Uhr
  Elementar ohne SB (Zone 1)
  Jahresbeitrag 168,30 EUR

Privathaftpflicht Komfort, Single
  Deckungssumme 20 Mio. EUR pauschal, SB 0 EUR
  Jahresbeitrag 71,40 EUR

Gesamt 239,70 EUR jährlich, bei monatlicher Zahlung 20,98 EUR.

Wegen des Vorschadens ist der Fahrradbaustein mit 150 EUR Selbstbeteiligung
kalkuliert. Wenn Frau Schwab das Rad inzwischen in einem abschließbaren
Kellerraum unterbringt, kann ich die SB auf Nachfrage streichen lassen.

Das Angebot gilt bis 28.02. Antrag bitte über das Portal oder eingescannt
an antrag-sach@tauberland-vers.example.

Schöne Grüße
Jonas Pfitzenmaier
""" + sig("pfitz"))
    return m

# --------------------------------------------------------------------------
# brokers' daily business, part B
# --------------------------------------------------------------------------

@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "motor offer for a named client: birth date, plate, VIN, no-claims class, second driver; non-personal line, no health")
def b_kfz_angebot():
    m = new(who("pfitz"), "Gerd Schuster <gerd.schuster@schuster-assekuranz.example>",
            "AW: Kfz-Angebot Hofmann / AN-B 2207",
            D("2026-02-09 10:31"), in_reply_to="<000a01dc9a7b$5e2f1c40$1a8d54c0$@schuster-assekuranz.example>")
    body(m, """Moin Herr Schuster,

hier das gerechnete Angebot. Ich habe die SF-Klasse nach der Bescheinigung
des Vorversicherers angesetzt (SF 14 in Haftpflicht, SF 11 in Vollkasko –
die Kasko hatte 2023 einen Schaden, deshalb die Differenz).

VN/Halter:      Tobias Hofmann, geb. 03.05.1984, Ansbach
Fahrzeug:       Skoda Octavia Combi 2.0 TDI, EZ 04/2022
FIN:            TMBJR7NX4NY118203
Kennzeichen:    AN-B 2207
Fahrer:         VN + Ehefrau Daniela Hofmann, geb. 19.11.1986
Fahrleistung:   15.000 km, Garage: ja

Haftpflicht (100 Mio. pauschal)     312,40 EUR
Vollkasko SB 300 / TK SB 150        488,90 EUR
Schutzbrief                          14,90 EUR
-----------------------------------------------
Jahresbeitrag                       816,20 EUR

Die eVB-Nummer erzeuge ich, sobald der unterschriebene Antrag da ist.
Falls der Kunde zum 01.03. wechseln will, brauche ich den Antrag bis 25.02.

Gruß
Jonas Pfitzenmaier
""" + sig("pfitz") + """

-----Ursprüngliche Nachricht-----
Von: Gerd Schuster <gerd.schuster@schuster-assekuranz.example>
Gesendet: Freitag, 6. Februar 2026 16:12
An: Pfitzenmaier, Jonas
Betreff: Kfz-Angebot Hofmann / AN-B 2207

Hallo Herr Pfitzenmaier,
bitte einmal Kfz rechnen für Herrn Hofmann, Daten s.o. im Anhang meiner
letzten Mail, Fahrzeugschein kommt nochmal lesbar. VK mit 300 SB bitte,
Ehefrau fährt mit. SF-Bescheinigung liegt bei.
Danke, schönes WE
G. Schuster
Schuster Assekuranz OHG, Ansbach
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement (PDF) of a sole-trader broker: his income, IBAN and tax number, plus named customers in property/motor lines only")
def b_courtage_einzelmakler():
    ib = iban_de(79050000, 44718236)
    m = new(who("eckerle"), "Dirk Albrecht <info@albrecht-finanzkontor.example>",
            "Ihre Courtageabrechnung Februar 2026",
            D("2026-03-04 07:30"), mailer="system")
    body(m, """Sehr geehrter Herr Albrecht,

anbei Ihre Courtageabrechnung für Februar 2026.

Der Auszahlungsbetrag von 2.386,17 EUR wird am 06.03.2026 auf Ihr Konto
{IBAN} überwiesen.

Mit freundlichen Grüßen
Provisions- und Courtageabrechnung
Tauberland Versicherung a.G.
""".replace("{IBAN}", ib[:9] + " **** **** **" + ib[-2:]))
    pdf = make_pdf([
        "# Courtageabrechnung 02/2026",
        "Finanzkontor Albrecht e.K., Inhaber Dirk Albrecht",
        "Kranenkai 7, 97070 Würzburg - Vermittlernummer VM 40 2093",
        "Steuernummer 257/230/41128 - Bankverbindung " + ib,
        "---",
        "## Einzelnachweis",
        "Vertrag        Sparte        Kunde                     Beitrag   Satz    Courtage",
        "HR-6204417     Hausrat       Schwab, Franziska          168,30   15 %       25,25",
        "PH-3390127     Privathaftpfl Schwab, Franziska           71,40   15 %       10,71",
        "KF 903-447112  Kfz           Bergmann, Uwe              742,10    5 %       37,11",
        "WG-5518204     Wohngebäude   Lindner, Karl und Petra  1.284,00   20 %      256,80",
        "GW-771902      Gewerbe       Gaststätte Zur Linde OHG 3.912,00   17,5 %    684,60",
        "RS-2219034     Rechtsschutz  Öztürk, Selin              329,50   15 %       49,43",
        "KF 903-451870  Kfz           Hahn, Melanie              611,80    5 %       30,59",
        "Bestandscourtage Sach (pauschal lt. Vereinbarung)                         1.291,68",
        "---",
        "Summe                                                                     2.386,17",
        "Auszahlung am 06.03.2026 auf " + ib,
        "Courtage umsatzsteuerfrei nach § 4 Nr. 11 UStG.",
    ], title="Courtageabrechnung 02/2026 VM 402093", date="20260304063000")
    attach(m, pdf, "Courtage_2026-02_VM402093.pdf")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "commercial property offer for a broker's client company with named managing director and his mobile number, sums insured, loss history; no health")
def b_en_property_offer():
    m = new(who("friedrichsen"), "James Holloway <james.holloway@harcourtlane.example>",
            "Quotation – commercial property, Fairbrook Components GmbH, Crailsheim plant",
            D("2026-02-19 13:10"), cc=who("ellingham"))
    body(m, """Dear James,

Further to your submission of 9 February, please find our quotation for the
Crailsheim site of your client below. I've written it in English as
requested; the binding German policy wording will follow on acceptance.

Insured:          Fairbrook Components GmbH, Industriestraße 19, 74564 Crailsheim
Contact:          Mr Julian Pfannenstiel, managing director, mobile +49 171 4408213
Occupancy:        machining of aluminium parts, 2-shift operation
Sums insured:     buildings EUR 8.4m, machinery/stock EUR 11.2m,
                  business interruption EUR 6.0m (12 months indemnity)
Perils:           fire, lightning, explosion, storm/hail, burst pipe,
                  extended coverage incl. earthquake and flood (zone 1)
Deductible:       EUR 10,000 per loss, BI 48 hours
Rate:             1.32 per mille on total sum insured
Annual premium:   EUR 33,792.00 plus 19 % insurance tax

Subject to:
- sprinkler maintenance certificate (VdS) no older than 12 months
- the 2024 fire in the paint shop (EUR 214k) being closed without further
  reserves – please confirm with the previous insurer's loss record

Commission as per our terms of business, 12.5 %.

Happy to discuss by phone; I'm in the office all week.

Kind regards
Malte Friedrichsen
""" + sig("friedrichsen", en=True))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "portfolio transfer list (CSV) of property/motor contracts with customer names, addresses, policy numbers; life/health explicitly excluded")
def b_bestand_kuebler_csv():
    m = new(who("bruemmer"), "Konrad Veit <k.veit@mainfranken-vd.example>",
            "[vertraulich] Bestandsübertragung Kübler -> Mainfranken VD: Liste Sach/Kfz",
            D("2026-03-16 14:55"), cc="Walter Kübler <kuebler@versicherungsmakler-kuebler.example>")
    body(m, """Sehr geehrter Herr Veit,

anbei die abgeglichene Liste der Sach-, Haftpflicht- und Kfz-Verträge aus dem
Bestand von Herrn Kübler, die zum 01.04.2026 auf Ihre Vermittlernummer
VM 40 3310 umgeschlüsselt werden (Stand heute: 42 Verträge, 27 Kunden).

Zwei Kunden haben der Übertragung widersprochen (in der Liste mit
"Widerspruch" gekennzeichnet); diese Verträge bleiben bis auf Weiteres
direkt bei uns in der Betreuung.

Die Verträge aus Leben, Kranken und Unfall sind NICHT in dieser Liste. Die
Bestätigungsliste dazu stelle ich Ihnen ins Maklerportal, sobald die
Einwilligungen vollständig sind (fehlen noch für 5 Kunden).

Bitte prüfen Sie die Liste und geben Sie mir bis 25.03. Bescheid.

Mit freundlichen Grüßen
Hannes Brümmer
""" + sig("bruemmer"))
    rows = [["VN_Name", "VN_Vorname", "PLZ", "Ort", "Strasse", "Vertragsnummer", "Sparte", "Jahresbeitrag", "Status"],
            ["Amrhein", "Gisela", "97199", "Ochsenfurt", "Hauptstr. 18", "WG-5507731", "Wohngebäude", "1112,40", "übertragen"],
            ["Amrhein", "Gisela", "97199", "Ochsenfurt", "Hauptstr. 18", "HR-6188012", "Hausrat", "203,10", "übertragen"],
            ["Baunach", "Ralf", "97199", "Ochsenfurt", "Am Greinberg 4", "KF 903-398114", "Kfz", "688,00", "übertragen"],
            ["Dürr", "Veronika", "97234", "Reichenberg", "Lindenweg 2a", "PH-3312870", "Privathaftpflicht", "64,90", "übertragen"],
            ["Eichhorn", "Bernd", "97246", "Eibelstadt", "Weinbergstr. 11", "KF 903-402266", "Kfz", "1021,30", "Widerspruch"],
            ["Eichhorn", "Bernd", "97246", "Eibelstadt", "Weinbergstr. 11", "WG-5510098", "Wohngebäude", "1498,00", "Widerspruch"],
            ["Faulhaber", "Ingrid", "97199", "Ochsenfurt", "Brückenstr. 7", "RS-2201176", "Rechtsschutz", "287,40", "übertragen"],
            ["Göbel", "Martin", "97232", "Giebelstadt", "Flugplatzstr. 30", "GW-770455", "Gewerbe (Schreinerei)", "2340,00", "übertragen"],
            ["Hartmann", "Luise", "97199", "Ochsenfurt", "Spitalgasse 3", "HR-6190441", "Hausrat", "141,80", "übertragen"],
            ["Kraus", "Anton", "97253", "Gaukönigshofen", "Ringstr. 9", "KF 903-399751", "Kfz", "512,60", "übertragen"],
            ["Kraus", "Anton", "97253", "Gaukönigshofen", "Ringstr. 9", "PH-3318204", "Privathaftpflicht", "71,40", "übertragen"],
            ["Leimeister", "Sonja", "97199", "Ochsenfurt", "Mainstr. 22", "HR-6195510", "Hausrat", "98,70", "übertragen"],
            ["Pfeuffer", "Hans-Jürgen", "97252", "Frickenhausen", "Kirchplatz 1", "WG-5512384", "Wohngebäude", "876,20", "übertragen"],
            ["Wagenhäuser", "Elke", "97199", "Ochsenfurt", "Uffenheimer Str. 40", "KF 903-405033", "Kfz", "433,90", "übertragen"]]
    attach(m, make_csv(rows, encoding="cp1252"), "Bestand_Kuebler_Sach_Kfz_Stand_2026-03-16.csv",
           charset="windows-1252")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "status of a broker client's pending burst-pipe claim: name, address, claim number, assessor date, reserve; nobody injured")
def b_schadenstatus_leitungswasser():
    m = new(who("oltmanns"), "Carina Reuter <c.reuter@reuter-partner.example>",
            "AW: Leitungswasserschaden Familie Greiner – Stand?",
            D("2026-02-25 11:47"), in_reply_to="<c1e0d8b2a7734c61@reuter-partner.example>")
    body(m, """Hallo Frau Reuter,

kurzer Stand zum Schaden S-2026-0041187 (Wohngebäude WG-5521906, Greiner,
Weinsberger Str. 61, 74072 Heilbronn):

- Ursache laut Installateur: Frostschaden an der Zuleitung im Gäste-WC,
  Rohrbruch hinter der Vorwand. Versichert, Frostvorsorge war ausreichend
  (Heizung lief, Haus bewohnt).
- Trocknung läuft seit 12.02., Trocknungsfirma rechnet mit weiteren
  2–3 Wochen.
- Unser Sachverständiger, Herr Hettich, ist am Dienstag, 03.03., um 9 Uhr
  vor Ort und nimmt den Estrich- und Fliesenschaden auf.
- Reserve derzeit 18.500 EUR; die Rechnung der Notinstallation (1.120,45 EUR)
  ist bezahlt.

Die Hotelkosten hätten wir übernommen, aber die Familie wohnt laut Herrn
Greiner im Obergeschoss weiter – dafür zahlen wir keine Nutzungsausfall-
entschädigung, das ist in den VGB so geregelt.

Viele Grüße
Fenna Oltmanns
""" + sig("oltmanns") + """

> Hallo Frau Oltmanns,
> Herr Greiner hat mich heute angerufen und ist etwas ungeduldig, er hat seit
> 2 Wochen nix gehört. Können Sie mir sagen wie der Stand ist und wann der
> Gutachter kommt? Schadennr. S-2026-0041187.
> Danke!
> Carina Reuter
""")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "pending motor claim of an expat client of an Amsterdam broker: name, plate, claim number, repair cost, liability split; nobody hurt")
def b_en_motor_claim_status():
    m = new(who("gansloser"), "Sanne de Wit <sanne.dewit@expatcover.example>",
            "RE: Claim K-2026-118034 – Mr Okonkwo, parking damage Frankfurt",
            D("2026-03-02 09:14"), in_reply_to="<AM6PR04MB5921.eur.prod@expatcover.example>")
    body(m, """Dear Ms de Wit,

Thank you for chasing this. Here is where we are with claim K-2026-118034
(policyholder Mr Chinedu Okonkwo, VW Golf, F-CO 4471):

1. Own damage: the repair estimate from the garage is EUR 3,412.80 incl. VAT.
   Our assessor approved it on 26 February; the garage may start repairs.
   Mr Okonkwo's comprehensive cover has a EUR 500 deductible.
2. Liability: the other driver's insurer has accepted 50 % (both cars were
   reversing out of opposite bays). We recover 50 % of our own-damage
   payment from them, but we also pay 50 % of the other car's damage, so
   Mr Okonkwo's no-claims class goes down in both sections from 1 January
   2027 (third party SF 6 -> SF 4, comprehensive SF 5 -> SF 3).
3. Nobody was injured, so there is nothing further on the personal-injury side.

If Mr Okonkwo would rather pay the third-party amount (EUR 1,090) himself to
keep his no-claims class, he can do so within six months after we close the
file; we will send him the exact figure then.

Best regards
Rupert Gansloser
""" + sig("gansloser", en=True))
    return m


@mail("CONFIDENTIAL", "de", "broker",
      "broker's mail forwarded internally: client's new IBAN and address for buildings insurance premium; bank data of a natural person")
def b_fw_iban_aenderung():
    ib = iban_de(62050000, 3318075612)
    m = new(who("kessler"), "Beitragsservice <beitragsservice@%s>" % DOM,
            "WG: Bankverbindung Zeller / WG-5524417",
            D("2026-01-29 08:52"), mailer="apple")
    body(m, """Guten Morgen,

bitte die neue Bankverbindung in den Vertrag übernehmen, SEPA-Mandat kommt laut Herrn Yıldız per Post nach. Danke!

Miriam Kessler-Ott

Von meinem iPhone gesendet

-----Ursprüngliche Nachricht-----
Von: Emre Yıldız <kontakt@yildiz-makler.example>
Gesendet: Mittwoch, 28. Januar 2026 19:03
An: Kessler-Ott, Miriam <miriam.kessler-ott@tauberland-vers.example>
Betreff: Bankverbindung Zeller / WG-5524417

Hallo Frau Kessler-Ott,

mein Kunde Herr Matthias Zeller hat das Konto gewechselt und ist auch
umgezogen (das Haus ist vermietet, Vertrag bleibt). Bitte ab der
Märzabbuchung:

Kontoinhaber: Matthias Zeller
IBAN: {IBAN}
Bank: Kreissparkasse Heilbronn

Neue Anschrift VN: Kaiserstraße 12, 68159 Mannheim

SEPA Mandat schick ich per Post weil er keinen Drucker hat :-)

Gruss
Emre Yıldız
Versicherungsmakler, Mannheim
""".replace("{IBAN}", ib))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "error log to a broker pool: failed broker-post shipments list customer names with motor/property policy numbers and document types")
def b_pool_fehlerlog():
    m = new_tb(who("ranft"), "Thilo Brandstätter <t.brandstaetter@hohenlohe-pool.example>",
            "Fehlgeschlagene Lieferungen Vermittlerpost 17.02. – Log",
            D("2026-02-18 10:20"), cc="IT-Service Hohenlohe Pool <it@hohenlohe-pool.example>")
    body(m, """Hallo Herr Brandstätter,

gestern Nacht sind bei Ihrem Abruf 9 Lieferungen mit Status 'Dokument nicht
lesbar' hängen geblieben, Ursache war bei uns ein abgelaufenes
Signaturzertifikat in der Dokumentenausgabe (behoben 07:40). Die
Lieferungen sind neu bereitgestellt; Ihr MVP sollte sie beim nächsten
Lauf holen.

Das Log hängt an, damit Ihr Support die betroffenen Vorgänge den Maklern
zuordnen kann. Es betrifft nur Kfz und Sach.

Viele Grüße
Tobias Ranft
""" + sig("ranft"))
    log = """2026-02-17T23:10:04+01:00 WARN  transfer  shipment=TLV-8812201 vm=40 5521 cat=120010 (Nachtrag) partner="Brenner, Sabine" vnr=KF 903-455012 err=SIGNATURE_INVALID
2026-02-17T23:10:04+01:00 WARN  transfer  shipment=TLV-8812202 vm=40 5521 cat=120010 (Nachtrag) partner="Brenner, Sabine" vnr=HR-6210033 err=SIGNATURE_INVALID
2026-02-17T23:10:05+01:00 WARN  transfer  shipment=TLV-8812209 vm=40 1702 cat=140000 (Beitragsrechnung) partner="Ulrich, Timo" vnr=KF 903-460118 err=SIGNATURE_INVALID
2026-02-17T23:10:05+01:00 WARN  transfer  shipment=TLV-8812214 vm=40 1702 cat=110000 (Police) partner="Maurer, Jana" vnr=WG-5527740 err=SIGNATURE_INVALID
2026-02-17T23:10:06+01:00 WARN  transfer  shipment=TLV-8812220 vm=40 0876 cat=150000 (Schadenmitteilung) partner="Keßler, Horst" vnr=KF 903-431902 err=SIGNATURE_INVALID
2026-02-17T23:10:06+01:00 WARN  transfer  shipment=TLV-8812221 vm=40 0876 cat=140000 (Beitragsrechnung) partner="Nowak, Agnieszka" vnr=PH-3401128 err=SIGNATURE_INVALID
2026-02-17T23:10:07+01:00 WARN  transfer  shipment=TLV-8812230 vm=40 3344 cat=120010 (Nachtrag) partner="Steinbach GmbH & Co. KG" vnr=GW-772310 err=SIGNATURE_INVALID
2026-02-17T23:10:07+01:00 WARN  transfer  shipment=TLV-8812231 vm=40 3344 cat=110000 (Police) partner="Fuchs, Lennart" vnr=KF 903-461577 err=SIGNATURE_INVALID
2026-02-17T23:10:08+01:00 WARN  transfer  shipment=TLV-8812240 vm=40 5521 cat=160000 (Kündigungsbestätigung) partner="Yilmaz, Deniz" vnr=HR-6199804 err=SIGNATURE_INVALID
2026-02-18T07:41:55+01:00 INFO  transfer  re-queued 9 shipments after certificate renewal (job 44710)
"""
    attach(m, crlf(log), "transfer_errors_2026-02-17.log", kind="txt")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "comparison-platform quote request echoed back for named persons: birth dates, address, trip cost, e-mail; cancellation/baggage cover, no health content")
def b_covergrid_quote_error():
    m = new(who("okafor"), "CoverGrid Support <support@covergrid.example>",
            "Quote API: request QR-55810472 rejected – birth date format",
            D("2026-03-18 15:26"))
    body(m, """Hello CoverGrid support,

One of your users got an error on our annual travel quote yesterday. Our
API rejected the request because the co-traveller's birth date came in as
US format. Request as we received it (only the relevant fields):

  request_id:   QR-55810472
  product:      Trip Cancellation + Baggage, Family
  applicant:    Rebecca Thornton, born 1987-09-22
                14 Marlowe Road, Bath BA2 4JT, UK
                rebecca.thornton@mailbox.example
  co-traveller: Daniel Thornton, born 04/11/1985   <-- rejected
  children:     2 (ages 6 and 9)
  trip:         Bavaria, 2 to 16 August 2026, trip cost EUR 4,860

Could you make sure dates are sent as ISO 8601 (YYYY-MM-DD) as per the
interface spec v3.2, section 4.1? We have re-quoted this one manually
(EUR 168.90) and emailed it to the applicant ourselves, so no action is
needed for her.

Thanks,
Samuel Okafor
""" + sig("okafor", en=True, legal=False))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "legal-expenses application: risk questions on previous insurance and prior disputes for a named client (tenancy, employment); no health, no criminal matter")
def b_rs_antrag_rueckfrage():
    m = new(who("loeffelhardt"), "Lukas Sänger <l.saenger@reuter-partner.example>",
            "Rückfrage Antrag Rechtsschutz Kaya – Vorversicherung und Vorstreitigkeiten",
            D("2026-02-11 13:37"))
    body(m, """Hallo Herr Sänger,

zum Rechtsschutzantrag Ihres Kunden Herrn Serkan Kaya (Privat-, Berufs-,
Verkehrs- und Wohnungs-RS, Antragsdatum 05.02.2026) brauche ich noch zwei
Angaben, bevor wir policieren können:

1. Vorversicherung: Im Antrag steht "ja, bis 12/2025", aber kein
   Versicherer und keine Vertragsnummer. Bitte nachreichen, außerdem ob der
   Vertrag vom Versicherer oder vom Kunden gekündigt wurde.

2. Vorstreitigkeiten: Angekreuzt sind 2 Rechtsschutzfälle in den letzten
   5 Jahren. Laut Ihrer Notiz eine Mietsache (Nebenkostenabrechnung 2022)
   und eine arbeitsrechtliche Sache (Kündigungsschutzklage 2024, durch
   Vergleich erledigt). Ist der Arbeitsrechtsfall vollständig abgeschlossen,
   also auch keine offene Zahlung aus dem Vergleich mehr?

Bei zwei Vorschäden können wir den Vertrag annehmen, allerdings mit 300 EUR
Selbstbeteiligung statt 150 EUR. Der Beitrag ändert sich dadurch von
398,60 EUR auf 361,20 EUR jährlich.

Ohne Wartezeit geht es nur im Verkehrs-RS; Arbeits- und Mietrecht haben
drei Monate Wartezeit.

Freundliche Grüße
Katrin Löffelhardt
""" + sig("loeffelhardt"))
    return m


@mail("CONFIDENTIAL", "mixed", "insurer-to-broker",
      "English broker mail quoting the German cancellation confirmation of a client's previous motor insurer (name, plate, no-claims class)")
def b_mixed_sf_bestaetigung():
    m = new(who("ellingham"), "Priya Venkataraman <priya.venkataraman@harcourtlane.example>",
            "RE: Mr Whitfield – proof of no-claims from his German insurer",
            D("2026-03-05 16:02"), in_reply_to="<LO2P265MB4410.gbr.prod@harcourtlane.example>")
    body(m, """Hi Priya,

Thanks, that's the document we needed. For your records, the relevant part
of the letter (my rough translation in brackets):

  "Sehr geehrter Herr Whitfield,
   wir bestätigen die Kündigung Ihrer Kraftfahrtversicherung
   Nr. 55 8841 302-K zum 31.01.2026 [we confirm the cancellation of your
   motor policy as of 31 Jan 2026]. Für das Fahrzeug mit dem amtlichen
   Kennzeichen M-GW 318 bestand ununterbrochen Versicherungsschutz seit
   01.06.2019. Schadenfreiheitsklasse Haftpflicht: SF 6, Vollkasko: SF 5
   [no-claims class 6 third party, 5 comprehensive]. Schäden in den letzten
   drei Jahren: keine [no claims in the last three years]."

So we can take over SF 6 / SF 5 for Mr Gareth Whitfield's new car from
1 February. Rupert will issue the policy this week and send the schedule to
you.

Cheers,
Mark
""" + sig("ellingham", en=True, legal=False) + """

-----Original Message-----
From: Priya Venkataraman <priya.venkataraman@harcourtlane.example>
Sent: 05 March 2026 11:20
To: Ellingham, Mark
Subject: Mr Whitfield – proof of no-claims from his German insurer

Hi Mark, attached is the letter Gareth got from his old insurer in Munich
(sorry, in German only). Does it do? P.
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission chargeback for a sole-trader broker: his commission amount and the named customer whose buildings contract was cancelled")
def b_courtage_rueckbelastung():
    m = new(who("eckerle"), "Emre Yıldız <kontakt@yildiz-makler.example>",
            "Courtage-Rückbelastung WG-5519660 (Bauer)",
            D("2026-03-10 10:05"))
    body(m, """Sehr geehrter Herr Yıldız,

der Wohngebäudevertrag WG-5519660 Ihres Kunden Herrn Florian Bauer,
Mannheim, ist nach dem Verkauf des Hauses zum 28.02.2026 beendet worden
(Veräußerung, § 96 VVG – der Erwerber hat gekündigt).

Da der Vertrag erst seit 01.07.2025 bestand, wird die Abschlusscourtage
anteilig zurückbelastet:

  Abschlusscourtage (gezahlt 07/2025)         642,00 EUR
  verdient (8 von 36 Monaten)                 142,67 EUR
  Rückbelastung                               499,33 EUR

Die Rückbelastung wird mit Ihrer Märzabrechnung verrechnet. Ihr
Stornoreservekonto reicht dafür nicht ganz aus (Stand 380,00 EUR), der
Restbetrag von 119,33 EUR wird also von der laufenden Courtage abgezogen.

Eine Übersicht aller offenen Stornohaftungszeiträume finden Sie im
Maklerportal unter Abrechnung > Stornohaftung.

Mit freundlichen Grüßen
Sabine Eckerle
""" + sig("eckerle"))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "confirmation of a broker mandate for a named client's motor and liability contracts with policy numbers and address")
def b_en_broker_mandate():
    m = new(who("bruemmer"), "Sanne de Wit <sanne.dewit@expatcover.example>",
            "Broker mandate Ms Ingrid Halvorsen – contracts assigned",
            D("2026-01-21 12:40"))
    body(m, """Dear Ms de Wit,

We have received the broker mandate signed by Ms Ingrid Halvorsen
(Leopoldstraße 88, 80802 München) on 14 January and have assigned the
following contracts to your agency number VM 40 6120 with effect from
1 February 2026:

  KF 903-462291   motor (Volvo XC40, M-IH 2290)
  PH-3402517      personal liability
  HR-6213308      household contents

Commission on these contracts is paid to you from the February statement.
The previous intermediary has been informed.

Please note that Ms Halvorsen also holds a travel policy with us that was
taken out online directly; it is not covered by the mandate as listed. If
she wants that one with you too, a short note from her is enough.

Kind regards
Hannes Brümmer
""" + sig("bruemmer", en=True))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commercial contents application for a bakery run by a sole trader: turnover, prior claims, owner's name; income of a natural person")
def b_gewerbe_baeckerei():
    m = new(who("friedrichsen"), "Gerd Schuster <gerd.schuster@schuster-assekuranz.example>",
            "Antrag Inhaltsversicherung Bäckerei Mayerhöfer – Rückfragen",
            D("2026-02-23 08:47"))
    body(m, """Hallo Herr Schuster,

danke für den Antrag. Bevor ich zeichnen kann, ein paar Punkte:

Betrieb:     Bäckerei Mayerhöfer, Inhaber Stefan Mayerhöfer (Einzelunternehmen)
             Nürnberger Str. 5, 91522 Ansbach, + Filiale im Brückencenter
Umsatz:      laut Antrag 640.000 EUR (2025) – für die BU-Summe
             (Betriebsunterbrechung) rechne ich mit dem Rohertrag; bitte
             die BWA 2025 oder den Jahresabschluss 2024 nachreichen.
Vorschäden:  2023 Einbruch Filiale (4.800 EUR), 2025 Kühlhausausfall
             (Überspannung, 6.200 EUR Warenverderb). Wurde nach dem
             Kühlhausschaden ein Überspannungsschutz eingebaut?
Backöfen:    Baujahr? Ab 15 Jahren schließen wir Kurzschluss-/Brandschäden
             an den Öfen selbst nur mit E-Check ein.

Vorläufig kalkuliert: Inhalt 380.000 EUR, BU 210.000 EUR, Glas 6 Scheiben,
Jahresbeitrag ca. 2.940 EUR netto.

Gruß
Malte Friedrichsen
""" + sig("friedrichsen"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "buildings insurance application, answered risk questions of named clients (address, oil tank, prior water damage, construction year); no health")
def b_wohngebaeude_risikofragen():
    m = new(who("pfitz"), "Dirk Albrecht <info@albrecht-finanzkontor.example>",
            "AW: AW: Wohngebäude Lindner – Risikofragen",
            D("2026-01-13 16:18"), in_reply_to="<5b1f0d2e98a04e16@albrecht-finanzkontor.example>")
    body(m, """Hallo Herr Albrecht,

passt jetzt alles, danke. Ich policiere zum 01.02.

Fürs Protokoll, was ich zugrunde lege:
- VN: Karl und Petra Lindner, Am Sonnenhang 9, 97218 Gerbrunn
- Baujahr 1978, Kernsanierung Elektrik 2019, Leitungswasser-Rohre
  (Kupfer) Teilsanierung 2021 im EG
- Öltank 6.000 l im Keller, doppelwandig, Tankprüfung 2024 – Gewässer-
  schadenhaftpflicht ist damit Pflicht, habe ich mit 48,00 EUR aufgenommen
- Vorschaden Leitungswasser 2020 (2.300 EUR) bei der Vorversicherung
- Wohnfläche 164 m², Einliegerwohnung im UG vermietet

Beitrag 1.284,00 EUR im Jahr inkl. Elementar (ZÜRS 1).

Schönen Abend
Jonas Pfitzenmaier

-----Ursprüngliche Nachricht-----
Von: Dirk Albrecht
Gesendet: Dienstag, 13. Januar 2026 12:02
Betreff: AW: Wohngebäude Lindner – Risikofragen

Tank ist doppelwandig, Prüfbericht 2024 liegt mir vor. Der LW-Schaden
war 2020 und lief über die alte Versicherung (2.300 Euro). Sonst nix.
D.A.

-----Ursprüngliche Nachricht-----
Von: Pfitzenmaier, Jonas
Gesendet: Montag, 12. Januar 2026 15:40
Betreff: Wohngebäude Lindner – Risikofragen

Hallo Herr Albrecht, zwei offene Fragen im Antrag: Öltank ein- oder
doppelwandig, und der Vorschaden – wann, wie hoch?
""" + sig("pfitz", legal=False))
    return m

# --------------------------------------------------------------------------
# brokers' daily business, part C (applications, claims, life/health)
# --------------------------------------------------------------------------

@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "BU application of a named client: underwriter asks about lumbar spine syndrome and physiotherapy, requests questionnaire")
def b_bu_rueckfrage_ruecken():
    m = new(who("woehrle"), "Gerd Schuster <gerd.schuster@schuster-assekuranz.example>",
            "BU-Antrag Patrick Dietz (Antrag-Nr. A-BU-2026-01884) – Rückfrage Risikoprüfung",
            D("2026-02-02 09:26"))
    body(m, """Sehr geehrter Herr Schuster,

zum BU-Antrag Ihres Kunden Herrn Patrick Dietz, geb. 21.06.1994,
Elektroniker für Betriebstechnik, BU-Rente 1.800 EUR, Endalter 67, haben wir
folgende Rückfrage:

In Frage 4b (Beschwerden des Bewegungsapparates) ist angegeben:
"LWS-Syndrom 2024, 8x Physiotherapie, beschwerdefrei".

Für eine abschließende Entscheidung benötigen wir:
1. den beigefügten Fragebogen Wirbelsäule (bitte vollständig ausfüllen,
   insbesondere Frage 6 zu Ausstrahlung in die Beine / Taubheitsgefühl),
2. Name und Anschrift des behandelnden Orthopäden,
3. die Angabe, ob seitdem Arbeitsunfähigkeitszeiten wegen Rückenbeschwerden
   bestanden (Zeitraum, Dauer).

Bei einem einmaligen, folgenlos ausgeheilten Geschehen ist eine Annahme zu
normalen Bedingungen möglich. Bei wiederkehrenden Beschwerden müssten wir
eine Ausschlussklausel für die Wirbelsäule vereinbaren.

Den Fragebogen finden Sie im Maklerportal unter Formulare > Risikoprüfung >
RP-WS-03. Bitte senden Sie ihn über die sichere Upload-Funktion zurück.

Mit freundlichen Grüßen
Bastian Wöhrle
""" + sig("woehrle"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "broker",
      "broker's mail with the client's completed spine questionnaire (PDF, diagnosis, therapy, sick leave) forwarded internally to underwriting")
def b_fw_fragebogen_ruecken():
    m = new(who("kessler"), who("woehrle"),
            "WG: Fragebogen Wirbelsäule Dietz",
            D("2026-02-06 13:15"))
    body(m, """Hallo Bastian,

Herr Schuster hat den Fragebogen leider nicht hochgeladen, sondern mir
einfach geschickt. Ich habe ihn nochmal auf den Upload hingewiesen.
Leite ich dir weiter, damit du weitermachen kannst.

Miriam

-----Ursprüngliche Nachricht-----
Von: Gerd Schuster <gerd.schuster@schuster-assekuranz.example>
Gesendet: Freitag, 6. Februar 2026 12:41
An: Kessler-Ott, Miriam <miriam.kessler-ott@tauberland-vers.example>
Betreff: Fragebogen Wirbelsäule Dietz

Hallo Frau Kessler-Ott,

anbei der Fragebogen von Herrn Dietz, ausgefüllt. Orthopäde ist
Dr. Lenz in Lauda. AU war 2024 zwei Wochen, danach nix mehr. Er ist
seit Sommer 2024 beschwerdefrei und macht jetzt Rückentraining im
Fitnessstudio. Können Sie das an Herrn Wöhrle geben? Der Upload im Portal
hat bei mir nicht funktioniert (Fehlermeldung Dateigröße).

Danke + Gruß
Gerd Schuster
""")
    pdf = make_pdf([
        "# Fragebogen Wirbelsäule (RP-WS-03)",
        "Zu versichernde Person: Patrick Dietz, geb. 21.06.1994",
        "Antrag-Nr. A-BU-2026-01884",
        "---",
        "1. Diagnose: Lumbalsyndrom (LWS-Syndrom), M54.5, keine Bandscheibenbeteiligung laut MRT",
        "2. Erstmals aufgetreten: 03/2024 nach Heben eines Schaltschranks",
        "3. Behandelnder Arzt: Dr. med. Friederike Lenz, Fachärztin für Orthopädie, Bahnhofstr. 3, 97922 Lauda-Königshofen",
        "4. Behandlung: Ibuprofen 600 mg bei Bedarf (3 Wochen), 8 x Krankengymnastik 04-05/2024",
        "5. Arbeitsunfähigkeit: 18.03.2024 - 31.03.2024 (14 Tage)",
        "6. Ausstrahlung in die Beine / Taubheitsgefühl: nein",
        "7. Beschwerdefrei seit: 06/2024",
        "8. Weitere Wirbelsäulenbeschwerden (HWS/BWS): nein",
        "---",
        "Ort, Datum: Ansbach, 05.02.2026        Unterschrift: P. Dietz",
    ], title="RP-WS-03 Dietz", author="Schuster Assekuranz OHG", date="20260205180000")
    attach(m, pdf, "Scan_Fragebogen_WS_Dietz.pdf")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "PKV application accepted with 25 % risk surcharge for asthma and an exclusion; named client, ICD code, medication")
def b_pkv_annahme_zuschlag():
    m = new(who("salm"), "Carina Reuter <c.reuter@reuter-partner.example>",
            "Antrag KV Komfort – Frau Nele Brandl: Annahme mit Risikozuschlag",
            D("2026-02-13 11:08"), cc=who("pfitz"))
    body(m, """Sehr geehrte Frau Reuter,

wir haben den Antrag Ihrer Kundin Frau Nele Brandl, geb. 02.09.1990,
Tarif KV Komfort 600 + KT 43 (Krankentagegeld ab 43. Tag, 120 EUR),
geprüft. Eine Annahme ist zu folgenden Bedingungen möglich:

1. Risikozuschlag 25 % auf den Tarif KV Komfort 600 wegen Asthma
   bronchiale (J45.0, allergisch), Dauermedikation Budesonid/Formoterol
   160/4,5 µg 2 x täglich, laut Lungenfacharztbericht vom 14.01.2026
   gut kontrolliert (FEV1 92 % Soll).
   Zuschlag: 74,18 EUR monatlich. Überprüfung des Zuschlags auf Antrag nach
   3 Jahren möglich, wenn weiterhin keine Exazerbation mit Kortisonstoß
   oder stationärer Behandlung.

2. Krankentagegeld: Ausschluss von Arbeitsunfähigkeit wegen Erkrankungen
   der Atemwege für die ersten 5 Versicherungsjahre.

3. Die angegebene Kieferorthopädie (Retainer seit 2008) ist abgeschlossen und
   wird nicht ausgeschlossen.

Die Annahmeerklärung mit den genauen Beiträgen stellen wir ins Maklerportal.
Bitte lassen Sie sie innerhalb von 4 Wochen von Frau Brandl gegenzeichnen.

Mit freundlichen Grüßen
Dr. med. Henrike Salm
""" + sig("salm"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "expat health application of a named client: hypertension with medication and BMI, loading or exclusion offered")
def b_en_expat_hypertension():
    m = new(who("whitcombe"), "Priya Venkataraman <priya.venkataraman@harcourtlane.example>",
            "Application TGH Select – Mr Oliver Brandreth – underwriting decision",
            D("2026-02-24 14:51"), cc=who("ellingham"))
    body(m, """Dear Priya,

We have completed the underwriting of Mr Oliver Brandreth's application
(Tauberland Global Health, Select level, start 1 April 2026, relocation to
Stuttgart).

The health questionnaire shows essential hypertension, diagnosed 2022,
treated with ramipril 5 mg daily; the GP letter from Dr Achebe (Reading)
confirms readings around 135/85 under treatment, no end-organ damage.
Height 1.82 m, weight 103 kg (BMI 31.1).

We can offer either of the following – Mr Brandreth may choose:

  Option A: full cover with a premium loading of 20 %
            (EUR 341.90 + 68.38 = EUR 410.28 per month)
  Option B: standard premium (EUR 341.90) with an exclusion of
            "hypertension and its direct consequences, including
            cardiovascular and renal complications"

Most clients choose A, because Option B would also exclude a future heart
attack or stroke, which is where the real cost lies. I would recommend A.

The offer is valid for 30 days. Please send his choice through the secure
upload in the broker portal, not by e-mail.

Kind regards,
Claire
""" + sig("whitcombe", en=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "status of a client's pending hospital claim (hip replacement, DRG, chief-physician treatment) given to the broker; named client")
def b_schadenstatus_huefte():
    m = new(who("demirtas"), "Dirk Albrecht <info@albrecht-finanzkontor.example>",
            "AW: offene Klinikrechnung Herr Rudolf Wenninger",
            D("2026-03-03 15:20"), in_reply_to="<9e21f6a4c3d84a55@albrecht-finanzkontor.example>")
    body(m, """Sehr geehrter Herr Albrecht,

Herr Wenninger hat uns mit Ihrer Maklervollmacht auch von der
Schweigepflicht Ihnen gegenüber entbunden, daher kann ich Ihnen den Stand
nennen:

Leistungsfall L-KV-2026-10392, Vertrag KV 7730418-02
Klinikum am Tauberbogen, stationär 02.–13.02.2026
Implantation einer Hüft-Totalendoprothese links (Coxarthrose, M16.1)

- Allgemeine Krankenhausleistungen (DRG I47B): 9.866,40 EUR – bezahlt am
  26.02. direkt an die Klinik (Klinik-Card).
- Wahlleistung Chefarzt (Liquidation Prof. Dr. Gerlach): 3.412,70 EUR –
  hier fehlt uns noch die unterschriebene Wahlleistungsvereinbarung. Ohne
  sie dürfen wir nicht zahlen. Die Klinik hat sie angefordert.
- Einbettzimmer: 1.039,12 EUR – bezahlt.

Die Anschlussheilbehandlung in Bad Rappenau ab 16.02. läuft über die
Rentenversicherung, nicht über uns.

Mit freundlichen Grüßen
Aylin Demirtaş
""" + sig("demirtas") + """

-----Ursprüngliche Nachricht-----
Von: Dirk Albrecht <info@albrecht-finanzkontor.example>
Gesendet: Montag, 2. März 2026 18:22
An: leistung-kranken@tauberland-vers.example
Betreff: offene Klinikrechnung Herr Rudolf Wenninger

Guten Tag,
mein Kunde Herr Wenninger (KV 7730418-02) hat eine Mahnung der Klinik
bekommen wegen der Chefarztrechnung. Was ist da los? Er ist 78 und
ziemlich aufgeregt. Bitte um kurze Info.
MfG D. Albrecht
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "harmless body; the attached commission statement (PDF) lists named customers' life, BU and health contracts")
def b_courtage_mit_leben():
    m = new(who("eckerle"), "Gerd Schuster <gerd.schuster@schuster-assekuranz.example>",
            "Courtageabrechnung 02/2026 – VM 40 0876",
            D("2026-03-04 07:31"), mailer="system")
    body(m, """Sehr geehrte Damen und Herren,

anbei Ihre Courtageabrechnung 02/2026. Der Auszahlungsbetrag wird am
06.03.2026 auf das hinterlegte Konto überwiesen.

Mit freundlichen Grüßen
Provisions- und Courtageabrechnung
Tauberland Versicherung a.G.

Diese Nachricht wurde automatisch erstellt.
""")
    pdf = make_pdf([
        "# Courtageabrechnung 02/2026",
        "Schuster Assekuranz OHG, Vermittlernummer VM 40 0876",
        "---",
        "## Abschlusscourtage",
        "Vertrag         Tarif                 Kunde                Bewertungssumme  Satz   Courtage",
        "BU 41-3302117   BU Vital 2026         Dietz, Patrick           198.720,00   45 o/oo  8.942,40",
        "LV 41-2290418   Risikoleben T20       Hofmann, Daniela         120.000,00   25 o/oo  3.000,00",
        "KV 7731902-01   KV Komfort 600        Pöhlmann, Jürgen          8.640,00 x 7 MB      4.480,00",
        "KV 7731955-01   Zahn Plus 90          Seitz, Annika               382,80 x 4 MB        127,60",
        "UV 33-908114    Unfall Aktiv          Wagner, Leon (Kind)       3.240,00   10 %       324,00",
        "---",
        "## Bestandscourtage",
        "KV 7722087-03   KV Basis 1200         Lehner, Otto              monatlich  2,5 %       14,62",
        "PT 55-102744    PflegePlus 1500       Lehner, Hilde             monatlich  2,5 %        1,81",
        "## Stornorückbelastung",
        "LV 41-2281006   Fondsrente Flex       Sommer, Kai (Storno 01/2026, 14 Monate)        -1.412,30",
        "---",
        "Summe 15.478,13 EUR",
    ], title="Courtageabrechnung 02/2026 VM 400876", date="20260304063100")
    attach(m, pdf, "Courtage_2026-02_VM400876.pdf")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "portfolio transfer list of life/health/accident contracts sent by mail in a ZIP (XLSX): names, birth dates, tariffs, BU exclusion and surcharge")
def b_bestand_leben_zip():
    m = new("Lea Hauck <lea.hauck@%s>" % DOM, "Konrad Veit <k.veit@mainfranken-vd.example>",
            "Bestandsübertragung Kübler – Personenversicherungen",
            D("2026-03-24 16:48"), cc=who("bruemmer"))
    body(m, """Sehr geehrter Herr Veit,

in Vertretung von Herrn Brümmer sende ich Ihnen die Liste der Lebens-,
Kranken- und Unfallverträge aus dem Bestand Kübler, für die jetzt alle
Einwilligungen vorliegen. Das Portal-Upload hat heute leider nicht
funktioniert, deshalb als ZIP.

Mit freundlichen Grüßen
Lea Hauck
Auszubildende, Bestandsverwaltung Makler
Tauberland Versicherung a.G.
""")
    rows = [["Name", "Vorname", "geb.", "Vertrag", "Sparte/Tarif", "Beitrag mtl.", "Besonderheit"],
            ["Amrhein", "Gisela", "11.02.1951", "PT 55-098812", "PflegePlus 1000", 38.20, ""],
            ["Baunach", "Ralf", "27.07.1979", "BU 41-3287701", "BU Vital 2019", 96.40, "Ausschluss Knie rechts"],
            ["Baunach", "Ralf", "27.07.1979", "LV 41-2270034", "Risikoleben T25", 18.90, ""],
            ["Faulhaber", "Ingrid", "03.10.1962", "KV 7718822-01", "KV Komfort 1200", 612.35, "Zuschlag 15 % (Diabetes Typ 2)"],
            ["Hartmann", "Luise", "18.12.1944", "LV 41-1904471", "Kapital-LV (beitragsfrei)", 0, "Auszahlung 01.12.2026"],
            ["Kraus", "Anton", "09.04.1970", "UV 33-887120", "Unfall Aktiv", 21.60, "Invaliditätsfall 2023 abgeschlossen"],
            ["Leimeister", "Sonja", "30.05.1988", "KV 7726610-01", "Zahn Plus 90", 31.70, ""],
            ["Pfeuffer", "Hans-Jürgen", "14.01.1958", "KV 7709105-02", "KV Basis 1200", 702.90, "Beihilfe-Ergänzung"],
            ["Wagenhäuser", "Elke", "22.08.1983", "BU 41-3291150", "BU Vital 2019", 71.15, "Zuschlag 20 % (Depression 2017)"]]
    xlsx = make_xlsx([("Personenversicherung", rows)], author="Lea Hauck",
                     date="2026-03-24T15:40:00Z", dt=(2026, 3, 24, 15, 40, 0))
    z = make_zip([("Bestand_Kuebler_LKU_2026-03-24.xlsx", xlsx, (2026, 3, 24, 16, 40, 0))])
    attach(m, z, "Bestand_Kuebler_LKU.zip")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "group income protection claim of a named employee on sick leave with depression diagnosis, psychiatric report requested")
def b_en_gip_burnout():
    m = new(who("ried"), "James Holloway <james.holloway@harcourtlane.example>",
            "Group income protection – Fairbrook Components – claim of Ms Laura Bennett",
            D("2026-03-09 10:44"), cc=who("ellingham"))
    body(m, """Dear Mr Holloway,

Thank you for forwarding the claim notification from Fairbrook Components
regarding their employee Ms Laura Bennett (employee no. 2231, group
income protection scheme GIP-2024-0017).

From the documents received so far:
- off work since 12 November 2025, deferred period of 13 weeks ends on
  11 February 2026
- sick notes from her GP state "moderate depressive episode" (F32.1) and
  "exhaustion syndrome"; she has been seeing a psychotherapist weekly
  since December

Before we can decide, we need:
1. a report from the treating psychiatrist or psychotherapist (our form
   GIP-MED-2, with her signed consent to release medical information to us);
2. a job description from the employer (hours, travel, responsibilities);
3. confirmation of her salary at the start of incapacity.

Benefit would be 60 % of salary, payable monthly in arrears from
12 February 2026 if the claim is accepted.

Please make sure the medical report is sent to us directly, either by the
doctor or by Ms Bennett, and not via the employer.

Best regards
Dr. Konstantin Ried
""" + sig("ried", en=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-broker",
      "English answer to a broker quoting a German doctor's letter (MRI, meniscus tear, arthroscopy) of a named expat client")
def b_mixed_arztbrief_knie():
    m = new(who("whitcombe"), "Sanne de Wit <sanne.dewit@expatcover.example>",
            "RE: Mr Vermeulen – knee surgery, pre-authorisation",
            D("2026-03-12 12:05"), in_reply_to="<AM9PR02MB7713.eur.prod@expatcover.example>")
    body(m, """Hi Sanne,

Thanks for sending the letter. I have translated the key parts for you:

  "Diagnose: Komplexer Innenmeniskushinterhornriss rechts (S83.2),
   beginnende Chondromalazie Grad II medialer Femurkondylus.
   MRT vom 03.03.2026: ... [complex tear of the posterior horn of the
   medial meniscus, right knee; early cartilage wear]
   Empfehlung: arthroskopische Teilmeniskektomie, ambulant, zeitnah.
   [recommended: keyhole partial removal of the meniscus, as a day case]"
   – Dr. med. Jan Seibold, Sportorthopädie am Schloss, Stuttgart

Mr Pieter Vermeulen's policy (TGH Select, policy TGH-2025-00912) covers
this in full as an outpatient procedure; the 90 % outpatient rate applies
to the surgeon and anaesthetist fees, physiotherapy afterwards 80 % up to
20 sessions. No pre-existing exclusion applies – the knee was not
mentioned in his application.

Pre-authorisation reference: PA-2026-0447. The practice can bill us
directly if they quote that number.

Best,
Claire
""" + sig("whitcombe", en=True, legal=False) + """

> Hi Claire, Pieter needs knee surgery, see attached letter from his
> doctor in Stuttgart (German only, sorry). Is this covered and can they
> bill you directly? Thanks, Sanne
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
      "risk pre-inquiry from a broker pool that was meant to be anonymous but names the client; thyroid diagnosis and medication assessed")
def b_pool_rva_mit_namen():
    m = new(who("salm"), "Risikovoranfragen Hohenlohe Pool <rva@hohenlohe-pool.example>",
            "AW: RVA-Pool-2026-0218 (KV) – Einschätzung / Hinweis Anonymisierung",
            D("2026-02-20 10:03"), cc=who("kessler"))
    body(m, """Sehr geehrte Damen und Herren,

zu Ihrer Risikovoranfrage RVA-Pool-2026-0218 (Tarif KV Komfort 1200, über
Makler Schuster Assekuranz):

Einschätzung: Hashimoto-Thyreoiditis (E06.3) mit L-Thyroxin 75 µg,
TSH im Normbereich, keine weiteren Befunde – Annahme zu normalen
Bedingungen, kein Zuschlag, kein Ausschluss. Die angegebene Myopie
(-3,5 dpt) ist ohne Bedeutung.

Ein Hinweis: Die Anfrage ist als "anonym" gekennzeichnet, im beigefügten
Arztbrief steht aber oben Name und Anschrift der Kundin (Frau Anja Meißner,
Heilbronn). Wir haben das Dokument gelöscht und nur die medizinischen
Angaben verwendet. Bitte weisen Sie den Makler darauf hin, dass bei
anonymen Voranfragen die Befunde geschwärzt sein müssen – sonst ist die
Anfrage nicht anonym und wir müssen sie wie einen Antrag dokumentieren.

Die Einschätzung ist 3 Monate gültig und unverbindlich.

Mit freundlichen Grüßen
Dr. med. Henrike Salm
""" + sig("salm"))
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: answer to an anonymous risk pre-inquiry (only birth year and occupation, no name); health details cannot be tied to a person")
def b_rva_anonym():
    m = new(who("salm"), "Emre Yıldız <kontakt@yildiz-makler.example>",
            "Ihre anonyme Risikovoranfrage RVA-KV-2026-0311",
            D("2026-03-06 08:40"))
    body(m, """Sehr geehrter Herr Yıldız,

vielen Dank für Ihre anonyme Risikovoranfrage RVA-KV-2026-0311.

Angaben laut Anfrage: Geburtsjahr 1988, Softwareentwickler, Tarif KV Komfort
600, Heuschnupfen (Gräserpollen) mit Hyposensibilisierung 2019–2022,
einmalige Kniegelenkspiegelung 2021 nach Sportverletzung, seitdem
beschwerdefrei.

Unsere Einschätzung: Bei diesen Angaben ist eine Annahme zu normalen
Bedingungen zu erwarten, also ohne Risikozuschlag und ohne Ausschluss.
Voraussetzung ist, dass der spätere Antrag dieselben Angaben enthält und
keine weiteren Erkrankungen hinzukommen.

Die Einschätzung ist unverbindlich und 3 Monate gültig. Bitte geben Sie im
Antrag die Nummer der Voranfrage an, dann ordnen wir sie zu.

Mit freundlichen Grüßen
Dr. med. Henrike Salm
""" + sig("salm"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "long-term care supplement application declined because of multiple sclerosis; named client")
def b_pflege_ablehnung_ms():
    m = new(who("woehrle"), "Emre Yıldız <kontakt@yildiz-makler.example>",
            "Antrag PflegePlus – Frau Marion Kempf – Ablehnung",
            D("2026-01-30 11:55"))
    body(m, """Sehr geehrter Herr Yıldız,

leider müssen wir den Antrag Ihrer Kundin Frau Marion Kempf, geb.
08.03.1969, auf Pflegetagegeld PflegePlus 1500 ablehnen.

Grund ist die im Antrag angegebene Multiple Sklerose (schubförmig
remittierend, Erstdiagnose 2016, Therapie mit Ocrelizumab). Auch bei
derzeit stabilem Verlauf ist das Risiko einer späteren Pflegebedürftigkeit
so deutlich erhöht, dass wir es weder mit einem Zuschlag noch mit einem
Ausschluss versichern können – ein Ausschluss der Grunderkrankung würde
den Vertrag für Ihre Kundin praktisch wertlos machen.

Was wir anbieten können: den Tarif Pflege-Bahr (geförderte
Pflegezusatzversicherung), bei dem keine Gesundheitsprüfung stattfindet,
allerdings mit 5 Jahren Wartezeit und geringeren Leistungen.

Die schriftliche Ablehnung geht Frau Kempf direkt per Post zu. Über das
Ergebnis unserer Prüfung informieren wir andere Versicherer nicht.

Mit freundlichen Grüßen
Bastian Wöhrle
""" + sig("woehrle"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "term life offer for a named client (sum insured, non-smoker rate, beneficiary); personal line, life contract of a specific person")
def b_en_term_life_offer():
    m = new(who("ellingham"), "Priya Venkataraman <priya.venkataraman@harcourtlane.example>",
            "Term life quote – Mr Tom Ashdown",
            D("2026-01-26 17:12"))
    body(m, """Hi Priya,

Here is the quote for Mr Ashdown as discussed:

  Life assured:     Tom Ashdown, born 30 May 1989, non-smoker
  Product:          Tauberland Risikoleben T25 (level term)
  Sum assured:      EUR 400,000, term 25 years (to age 62)
  Beneficiary:      his partner, Ms Emily Carver (irrevocable, as
                    requested for the mortgage with Kreissparkasse Esslingen)
  Monthly premium:  EUR 27.40 (non-smoker rate, class "Preferred")

"Preferred" requires that he has not used nicotine products, including
e-cigarettes, in the last 12 months; if that's not the case the standard
rate is EUR 41.10.

He'll need to fill in the short health questionnaire (7 questions). Up to
EUR 500,000 we don't ask for a medical examination at his age.

Quote valid until 28 February.

Mark
""" + sig("ellingham", en=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "accident claim of a named client: saw injury to index finger, disability degree per limb table and benefit amount")
def b_unfall_finger():
    m = new(who("tress"), "Dirk Albrecht <info@albrecht-finanzkontor.example>",
            "Unfallschaden Bergmann UV 33-901227 – Stand Invaliditätsleistung",
            D("2026-02-26 09:58"))
    body(m, """Guten Morgen Herr Albrecht,

zum Unfall Ihres Kunden Herrn Uwe Bergmann vom 14.06.2025 (Kreissäge,
Werkstatt zu Hause):

Das Gutachten von Dr. Maier-Tann (Handchirurgie, Würzburg) liegt jetzt vor.
Ergebnis:
- Teilamputation des rechten Zeigefingers im Endglied,
  Bewegungseinschränkung im Mittelgelenk
- Invaliditätsgrad nach Gliedertaxe: 7/10 Zeigefingerwert, also
  0,7 x 10 % = 7 % Invalidität
- Mitwirkung von Vorerkrankungen: keine

Leistung bei 150.000 EUR Grundsumme und Progression 225 %: 10.500 EUR
(unter 25 % greift die Progression nicht). Das Unfall-Krankenhaustagegeld
für 4 Tage (160 EUR) haben wir schon im Juli gezahlt.

Die Abrechnung geht heute an Herrn Bergmann raus, Auszahlung in den
nächsten Tagen. Falls er mit dem Gutachten nicht einverstanden ist, kann
er innerhalb von 3 Jahren nach dem Unfall eine Neubemessung verlangen.

Viele Grüße
Fabian Tress
""" + sig("tress"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "pension insurance of a named client made paid-up: surrender value, guaranteed pension; life contract of a specific person")
def b_rv_beitragsfrei():
    m = new(who("sommerhalder"), "Lukas Sänger <l.saenger@reuter-partner.example>",
            "AW: Beitragsfreistellung Rentenversicherung Korb – LV 41-2251873",
            D("2026-02-05 14:30"), in_reply_to="<a8d1c5f0b2e34e77@reuter-partner.example>")
    body(m, """Hallo Herr Sänger,

wie besprochen die Zahlen für Frau Svenja Korb, damit Sie mit ihr
entscheiden können:

Vertrag LV 41-2251873, Fondsrente Flex, Beginn 01.10.2017,
Beitrag bisher 150 EUR monatlich

Bei Beitragsfreistellung zum 01.03.2026:
- Vertragsguthaben heute                       17.842,16 EUR
- garantierte Monatsrente ab 67 (beitragsfrei)     48,31 EUR
- Rückkaufswert bei Kündigung stattdessen       17.106,40 EUR
  (Stornoabzug 735,76 EUR)

Alternative: Beitragspause bis 24 Monate (Elternzeit). Dabei bleibt der
Hinterbliebenenschutz voll erhalten, und die Beiträge können ohne
Gesundheitsprüfung wieder aufgenommen werden. Bei Beitragsfreistellung
entfällt dagegen die Beitragsbefreiung bei Berufsunfähigkeit.

Das Formular für die Beitragspause ist im Portal. Die Freistellung braucht
die Unterschrift von Frau Korb.

Viele Grüße
Elke Sommerhalder
""" + sig("sommerhalder"))
    return m

# --------------------------------------------------------------------------
# brokers' daily business, part D (general, no person)
# --------------------------------------------------------------------------

@mail("NORMAL", "de", "insurer-to-broker",
      "trap: commission rates and cancellation liability for a care supplement explained in general; no customer, broker is an OHG")
def b_courtage_pflege_frage():
    m = new(who("eckerle"), "Gerd Schuster <gerd.schuster@schuster-assekuranz.example>",
            "AW: Courtage PflegePlus / Stornohaftung",
            D("2026-01-16 10:25"), in_reply_to="<001201dc86c4$aa10e2d0$fe32a870$@schuster-assekuranz.example>")
    body(m, """Hallo Herr Schuster,

zu Ihren Fragen:

1. Courtage PflegePlus: 6 Monatsbeiträge Abschlusscourtage, danach 2,5 %
   Bestandscourtage. Für Verträge mit Eintrittsalter über 65 gibt es nur
   4 Monatsbeiträge, weil dort die Stornoquote deutlich höher liegt.

2. Stornohaftung: 60 Monate, ratierlich. Wird ein Vertrag im 20. Monat
   storniert, werden 40/60 der Abschlusscourtage zurückbelastet.

3. Tod der versicherten Person oder Übertritt in die Pflegepflicht-
   versicherung eines Ehepartners lösen keine Rückbelastung aus – das gilt
   nicht als Storno im Sinne der Vereinbarung.

4. Beitragserhöhungen nach § 203 VVG sind courtagefrei, Dynamik-
   erhöhungen dagegen courtagepflichtig (wie Neugeschäft, aber mit
   12 Monaten Haftung).

Die aktuelle Courtagevereinbarung Kranken (Stand 01/2026) liegt im
Portal; die alte von 2021 gilt für Ihre Bestandsverträge weiter.

Viele Grüße
Sabine Eckerle
""" + sig("eckerle") + """

-----Ursprüngliche Nachricht-----
Von: Gerd Schuster
Gesendet: Donnerstag, 15. Januar 2026 17:55
Betreff: Courtage PflegePlus / Stornohaftung

Frau Eckerle, wie ist die Courtage bei PflegePlus aufgebaut und wie lange
haften wir? Und was passiert, wenn der Kunde verstirbt - wird dann auch
zurückgebucht?? Danke, G.S.
""")
    return m


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: draft terms of business agreement between insurer and a broker firm (DOCX): commission, complaints, insurer's company bank account; no natural person's data")
def b_en_toba():
    ib = iban_de(63050000, 9012447)
    m = new(who("ellingham"), "James Holloway <james.holloway@harcourtlane.example>",
            "Terms of Business Agreement – draft v3 for your legal team",
            D("2026-01-08 15:00"), cc="Priya Venkataraman <priya.venkataraman@harcourtlane.example>")
    body(m, """Dear James,

Happy new year! Attached is version 3 of the TOBA, with your lawyers'
December comments worked in. Changes are in clauses 4 (client money),
7 (data protection – we added the wording about health data and the
secure portal) and 11 (termination). I've left the German governing-law
clause as it was; our legal department won't move on that one.

Once your side is fine with it, we sign electronically and I'll set up the
agency number and your portal users.

Best regards,
Mark
""" + sig("ellingham", en=True))
    doc = make_docx([
        "# Terms of Business Agreement",
        "between Tauberland Versicherung a.G., Am Kurpark 12, 97980 Bad Mergentheim, Germany (the Insurer)",
        "and Harcourt Lane Insurance Brokers Ltd, 41 Finsbury Row, London EC2A 1HN (the Broker)",
        "Draft v3 – 8 January 2026 – for discussion",
        "## 1. Scope",
        "The Broker may introduce clients for the Insurer's international health, life, income protection and "
        "commercial property products listed in Schedule 1.",
        "## 4. Premium and client money",
        "Premiums are collected by the Insurer directly. Where the Broker collects premium, it holds it as agent "
        "of the Insurer and remits it within 30 days to the Insurer's account " + ib + " (BIC SOLADES1ULM).",
        "## 5. Commission",
        "Commission as per Schedule 2. Commission on life and income protection business is earned over 60 months "
        "and is repayable pro rata on lapse.",
        "## 7. Data protection",
        "Health data of clients shall be transmitted only through the Insurer's secure portal or encrypted e-mail. "
        "The Broker obtains each client's consent to the processing of health data before submission.",
        "## 11. Termination",
        "Either party may terminate with three months' notice to the end of a calendar quarter.",
        "## Schedule 2 – Commission",
        [["Product", "Initial", "Renewal"], ["Global Health (individual)", "15 %", "7.5 %"],
         ["Global Health (group)", "10 %", "7.5 %"], ["Term life", "25 per mille of sum of premiums", "-"],
         ["Income protection (group)", "12 %", "5 %"], ["Commercial property", "12.5 %", "12.5 %"]],
    ], title="TOBA draft v3", author="Mark Ellingham", date="2026-01-08T13:40:00Z", dt=(2026, 1, 8, 13, 40, 0))
    attach(m, doc, "TOBA_Tauberland_HarcourtLane_draft_v3.docx")
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: GDV data-exchange format question with a broker pool; attached test file holds only synthetic records ('Testkunde'), no real person")
def b_pool_gdv_test():
    m = new_tb(who("ranft"), "Thilo Brandstätter <t.brandstaetter@hohenlohe-pool.example>",
            "GDV-Datensatz: Satzart 0220 Wagnisart 6 – Testdatei",
            D("2026-01-28 13:14"))
    body(m, """Hallo Herr Brandstätter,

Ihr Dienstleister hatte gefragt, warum beim Import unserer GDV-Bestandsdaten
die Sparte 030 (Unfall) in Satzart 0220 leer bleibt. Das liegt an der
Wagnisart: wir liefern die Unfall-Zusatzdaten seit Version 2025.2 in
Wagnisart 6 statt 0, wie es die aktuelle VU-Vorgabe vorsieht.

Ich hänge eine kleine Testdatei mit drei synthetischen Datensätzen an
(Testkunde, Musterstraße, Vertragsnummern 99-...), alles frei erfunden. Damit
kann Ihr Dienstleister den Import prüfen, ohne Echtdaten anzufassen.

Die Satzbeschreibung (Excel) liegt im Maklerportal unter Downloads >
Schnittstellen.

Beste Grüße
Tobias Ranft
""" + sig("ranft"))
    recs = [
        "0001" + "5566" + "TAUBERLAND VERS.".ljust(30) + "20260128" + "2025.2".ljust(10) + "TESTDATEI",
        "0100" + "5566" + "99-0000001".ljust(17) + "030" + "TESTKUNDE".ljust(30) + "ERIKA".ljust(30) + "MUSTERSTR. 1".ljust(30) + "99999TESTSTADT",
        "0200" + "5566" + "99-0000001".ljust(17) + "030" + "20260101" + "0000012345" + "EUR",
        "0220" + "5566" + "99-0000001".ljust(17) + "030" + "6" + "000150000" + "225" + "UNFALL AKTIV TEST",
        "0100" + "5566" + "99-0000002".ljust(17) + "040" + "TESTKUNDE".ljust(30) + "MAX".ljust(30) + "MUSTERSTR. 2".ljust(30) + "99999TESTSTADT",
        "0200" + "5566" + "99-0000002".ljust(17) + "040" + "20260101" + "0000007140" + "EUR",
        "9999" + "5566" + "000006",
    ]
    attach(m, crlf("\n".join(recs) + "\n"), "GDV_Test_Wagnisart6.txt", kind="txt", charset="us-ascii")
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: general answer to a broker's complaint about slow health claims: average processing times and why claim details need a release; no client named")
def b_bearbeitungszeiten():
    m = new(who("kessler"), "Carina Reuter <c.reuter@reuter-partner.example>",
            "AW: Rückfragen zu Leistungsfällen – Erreichbarkeit",
            D("2026-02-10 17:30"), in_reply_to="<b72e0a91d4c64f08@reuter-partner.example>")
    body(m, """Liebe Frau Reuter,

danke für die offenen Worte am Telefon und in Ihrer Mail – die Kritik ist
angekommen, auch bei unserer Leistungsabteilung.

Ein paar Zahlen, damit Sie einordnen können, wo wir stehen (Januar 2026,
alle Krankenleistungen):
- Arztrechnungen ambulant: Median 4 Arbeitstage, 90 % in 9 Tagen
- Krankenhausrechnungen: Median 6 Arbeitstage
- Zahn mit Heil- und Kostenplan: Median 11 Arbeitstage
- Krankentagegeld Erstprüfung: Median 14 Arbeitstage

Warum Sie manchmal keine Auskunft bekommen: Zu Leistungsfällen in Kranken,
Leben/BU und Unfall dürfen wir Ihnen nur etwas sagen, wenn der Kunde uns
Ihnen gegenüber von der Schweigepflicht entbunden hat. In unserer
Maklervollmacht ab Version 2023 ist das enthalten, in älteren Vollmachten
oft nicht. Wenn Sie mir sagen, welche Vollmachtsversion Sie verwenden,
prüfe ich das gern.

Ab März gibt es für Makler eine eigene Durchwahl in der Leistung Kranken
(-239), Mo–Fr 8–16 Uhr.

Herzliche Grüße
Miriam Kessler-Ott
""" + sig("kessler") + """

> Liebe Frau Kessler-Ott,
> ich muss mich leider mal beschweren. Bei mehreren meiner Kunden liegen
> Rechnungen seit Wochen bei Ihnen, und wenn wir anrufen, heißt es nur
> "dazu dürfen wir nichts sagen". Das kann so nicht weitergehen, die
> Kunden rufen dann bei uns an.
> Viele Grüße, Carina Reuter
""")
    return m


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: generic explanation of full medical underwriting vs moratorium and how pre-existing conditions are handled; no client")
def b_en_underwriting_explained():
    m = new(who("whitcombe"), "Sanne de Wit <sanne.dewit@expatcover.example>",
            "RE: moratorium underwriting?",
            D("2026-01-19 10:10"), in_reply_to="<AM6PR04MB5911.eur.prod@expatcover.example>")
    body(m, """Hi Sanne,

Short answer: no, we only do full medical underwriting (FMU). Longer
answer, in case it helps with your clients:

Under FMU the applicant answers the health questions once, up front, and
we decide before the policy starts. The outcome is one of four:
standard terms; a loading (typically 10-50 %); an exclusion of a named
condition; or a decline. The advantage for the client is certainty – what
is not excluded is covered from day one (apart from waiting periods for
maternity and dental).

Under a moratorium, nothing is asked up front, but any condition the person
had symptoms of, or treatment for, in the last 5 years is automatically
excluded until they have gone 2 years without symptoms or treatment. Claims
then take longer because we have to check the history at claim time.

Why we don't offer it: the German residence-permit authorities want to see
a definite scope of cover, and several of them have refused moratorium
policies as "not comparable to statutory health insurance".

Typical FMU outcomes, to set expectations: well-controlled hypothyroidism,
hay fever or a healed fracture – standard terms. Treated high blood pressure
– usually a loading. Ongoing back problems – often an exclusion of the spine.

Best,
Claire
""" + sig("whitcombe", en=True, legal=False) + """

> Claire, quick one – do you offer moratorium underwriting on Global
> Health? Some of our clients prefer not to fill in long questionnaires.
> Sanne
""")
    return m


@mail("NORMAL", "de", "newsletter",
      "trap: broker newsletter (HTML) on new tariffs, commission changes, claims statistics and a webinar on health questions; no person")
def b_makler_newsletter():
    m = new("Tauberland Maklerservice <maklerservice@%s>" % DOM, "makler-newsletter@%s" % DOM,
            "Makler-Info 02/2026: Zahnzusatz neu, Courtage Portale, Statistik Leistung",
            D("2026-02-26 06:00"), mailer="system",
            extra=[("List-Unsubscribe", "<https://makler.%s/newsletter/abmelden>" % DOM),
                   ("Precedence", "bulk")])
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Makler-Info 02/2026</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<h2 style="color:#1d4f7a">Makler-Info 02/2026</h2>
<h3>1. Zahn Plus 90 &ndash; neue Tarifstufe ohne Wartezeit</h3>
<p>Ab 1. April bieten wir Zahn Plus 90 auch ohne Wartezeit an. Begrenzung in den ersten vier Jahren:
1.000 / 2.000 / 3.000 / 4.000 EUR. Laufende Behandlungen und angeratene Ma&szlig;nahmen bleiben
ausgeschlossen; fehlende Z&auml;hne (max. 3) werden ohne Zuschlag versichert.</p>
<h3>2. Courtage bei Abschl&uuml;ssen &uuml;ber Vergleichsportale</h3>
<p>Zahnzusatz &uuml;ber Portale: Abschlusscourtage 4 statt 6 Monatsbeitr&auml;ge, daf&uuml;r
Stornohaftung 12 statt 24 Monate. Gilt f&uuml;r Antr&auml;ge ab 01.04.2026.</p>
<h3>3. Leistung in Zahlen (Januar 2026)</h3>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8eef4"><th>Leistungsart</th><th>Belege</th><th>Median Bearbeitung</th><th>Anteil digital eingereicht</th></tr>
<tr><td>Arztrechnungen ambulant</td><td>41.280</td><td>4 AT</td><td>71 %</td></tr>
<tr><td>Zahnarzt / HKP</td><td>9.904</td><td>11 AT</td><td>64 %</td></tr>
<tr><td>Krankenhaus</td><td>2.117</td><td>6 AT</td><td>38 %</td></tr>
<tr><td>Krankentagegeld</td><td>1.406</td><td>14 AT</td><td>52 %</td></tr>
<tr><td>Pflegetagegeld</td><td>388</td><td>9 AT</td><td>29 %</td></tr>
</table>
<h3>4. Webinar &bdquo;Gesundheitsfragen richtig beantworten&ldquo;</h3>
<p>Was gilt als Behandlung, was als Vorsorge? Warum die Zahnreinigung nicht, die Kontrolle beim
Kardiologen aber doch anzugeben ist. 19.03., 14 Uhr, Anmeldung im Maklerportal.</p>
<hr><p style="font-size:11px;color:#777">Tauberland Versicherung a.G., Am Kurpark 12, 97980 Bad Mergentheim.
Sie erhalten diese Nachricht als registrierter Vermittler. <a href="https://makler.tauberland-vers.example/newsletter/abmelden">Abmelden</a></p>
</body></html>"""
    html_only(m, html)
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: bug report to comparison-software vendor: wrong household premiums for flood zone 4, sample calculation for a model case; no person")
def b_vergleichskompass_bug():
    m = new_tb(who("ranft"), "Lea Ambros <lea.ambros@vergleichskompass.example>",
            "Ticket VK-44812: Hausrat Komfort – Beitrag ZÜRS-Zone 4 falsch",
            D("2026-01-23 11:41"), cc=who("pfitz"))
    body(m, """Hallo Frau Ambros,

wie heute früh am Telefon: Ihr Rechner zeigt für unseren Tarif Hausrat
Komfort in ZÜRS-Zone 4 einen zu niedrigen Beitrag, weil der
Elementarzuschlag aus Zone 3 verwendet wird.

Musterfall (aus Ihrer Testoberfläche):
  PLZ 97877 (Wertheim, Adresse in Zone 4), 80 m², VS 52.000 EUR,
  Elementar eingeschlossen, SB 150 EUR
  Ihr Rechner:     149,80 EUR
  korrekt:         231,40 EUR (Elementarzuschlag 1,65 statt 0,08 Promille)

Bei Abschlüssen über Ihren Rechner seit 01.12. müssen wir den Beitrag
nachträglich korrigieren – das ist für die Makler und ihre Kunden ärgerlich.
Wir schreiben die betroffenen Makler selbst an.

Bitte spielen Sie die Korrekturlieferung (Datei TLV_HR_2026-01-23.xml, über
den SFTP-Austausch bereitgestellt) bis Ende KW 5 ein und geben Sie mir kurz
Bescheid.

Viele Grüße
Tobias Ranft
""" + sig("ranft"))
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: API client certificate rotation with a comparison platform; public certificate attached; no data")
def b_covergrid_cert():
    m = new_tb(who("ranft"), "Aoife Brennan <aoife.brennan@covergrid.example>",
            "New client certificate for quote API (valid from 1 March)",
            D("2026-02-16 09:02"), cc="CoverGrid Support <support@covergrid.example>")
    body(m, """Hi Aoife,

Our client certificate for calls to your quote-callback endpoint expires on
14 March. The new certificate is attached (public part only, PEM). Please
add it to your trust store by 1 March; we will switch on 2 March at 06:00
CET and keep the old one as fallback until 14 March.

Subject:  CN=quote-api.tauberland-vers.example, O=Tauberland Versicherung a.G., C=DE
Serial:   4B:1E:07:93:2C:AF:61:D0
SHA-256:  6F:2A:91:0C:5D:E8:47:B3:19:A6:02:7E:C4:88:3D:F1:
          50:9B:E2:6C:17:0A:D4:93:28:F5:6E:B1:0C:44:7A:E9

No other changes to the interface.

Thanks,
Tobias
""" + sig("ranft", en=True, legal=False))
    pem = """-----BEGIN CERTIFICATE-----
MIIDtzCCAp+gAwIBAgIIS x4HkyyvYdAwDQYJKoZIhvcNAQELBQAwXjELMAkGA1UE
BhMCREUxKzApBgNVBAoMIlRhdWJlcmxhbmQgVmVyc2ljaGVydW5nIGEuRy4gLSBJ
VDEiMCAGA1UEAwwZVGF1YmVybGFuZCBJbnRlcm5hbCBDQSAwMzAeFw0yNjAyMTQw
MDAwMDBaFw0yODAzMTQyMzU5NTlaMGkxCzAJBgNVBAYTAkRFMSUwIwYDVQQKDBxU
YXViZXJsYW5kIFZlcnNpY2hlcnVuZyBhLkcuMTMwMQYDVQQDDCpxdW90ZS1hcGku
dGF1YmVybGFuZC12ZXJzLmV4YW1wbGUwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAw
ggEKAoIBAQC7pX1e9f0kq2yF3Jm0QhV8s1c9wZ7aT4nE6rUo2LmP0bKcYd5gHjWx
3vN8tQ1sR7uE2oI9pA4cL6mX0zF5bD8kH1jG3nS7wV2yT9qU4rE6iO0pA3sD5fG7
-----END CERTIFICATE-----
""".replace("S x4", "Sx4")
    attach(m, crlf(pem), "quote-api_tauberland_2026.pem", kind="pem")
    return m


@mail("NORMAL", "en", "newsletter",
      "trap: English bulletin for international brokers: D&O wording, cyber, expat health claims statistics by region; no person")
def b_en_broker_bulletin():
    m = new("Tauberland International Brokerage <international@%s>" % DOM, "intl-brokers@%s" % DOM,
            "International Broker Bulletin – Q1 2026",
            D("2026-03-20 07:00"), mailer="system",
            extra=[("List-Unsubscribe", "<mailto:international@%s?subject=unsubscribe>" % DOM),
                   ("Precedence", "bulk")])
    text = """INTERNATIONAL BROKER BULLETIN - Q1 2026
Tauberland Versicherung a.G.

1. D&O: new wording TLV-DO 2026
   - defence costs outside the limit (additional 50 %)
   - cover for claims by the insolvency administrator clarified
   - cyber incidents: management liability after a breach is covered,
     first-party cyber losses are not (see our Cyber Compact product)

2. Expat health claims 2025 - what your clients claimed for
   Region of treatment    share of claims    average claim
   Germany                71 %               EUR 412
   rest of EU             17 %               EUR 655
   UK / Switzerland        7 %               EUR 1,380
   USA (Premier only)      3 %               EUR 6,920
   other                   2 %               EUR 540
   Top three reasons: maternity, musculoskeletal, dental.

3. Residence permits: the immigration office in Stuttgart now accepts our
   electronic certificate of cover (QR code) - no more wet-ink letters.

4. People: Claire Whitcombe now leads the International Desk; Olivia
   Mbeki-Hartl joins from our travel claims team as her deputy.

5. Dates: Broker day Bad Mergentheim, 18 June 2026 (English track in the
   afternoon).

You receive this bulletin because your firm has a terms of business
agreement with us. Unsubscribe: reply with "unsubscribe".
"""
    body(m, text)
    return m


@mail("NORMAL", "mixed", "insurer-to-partner",
      "trap: English mail to a broker-software vendor quoting the German BiPRO norm text on document categories incl. 'Leistungsabrechnung Kranken'; no person")
def b_mixed_mvp_vendor():
    m = new_tb(who("ranft"), "Johan Lindqvist <johan.lindqvist@lindqvist-software.example>",
            "RE: BiPRO category codes – which ones do we need to support?",
            D("2026-02-27 13:33"), in_reply_to="<d4f6a0e1-7b2c-4c1e-9f3a-08d1e22c5b90@lindqvist-software.example>")
    body(m, """Hi Johan,

Good question. For a broker management system that wants to receive all our
electronic broker post, these are the categories we actually deliver. The
norm text is in German, so I quote it and add a line in English:

  110000  "Vertragsdokumente – Police"                 policy schedule
  120010  "Nachtrag / Vertragsänderung"                endorsement
  140000  "Beitragsrechnung / Mahnung"                 premium notice / reminder
  150000  "Schadenmitteilung / Schadenabrechnung"      claim notice / settlement
  150100  "Leistungsabrechnung Kranken"                health claim settlement
  160000  "Kündigung / Kündigungsbestätigung"          cancellation
  110011  "Courtageabrechnung (PDF + XML)"             commission statement

Important for 150100 and all life/health categories: the norm says
"Dokumente mit Gesundheitsdaten dürfen nur an Vermittler übermittelt
werden, für die eine Schweigepflichtentbindung vorliegt" – in practice we
only put those into the shipment if the client's release is on file, and
your software must not forward them by plain e-mail (some systems do that
automatically as "Kundenbenachrichtigung"; please switch that off for these
categories).

The XML schema for 110011 is in the attachment of my earlier mail.

Cheers,
Tobias
""" + sig("ranft", en=True, legal=False) + """

> Hi Tobias,
> we are integrating Tauberland into our MVP for Swedish-German brokers.
> The BiPRO list has hundreds of category codes – which ones do you
> actually send? Thanks, Johan
""")
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: group health (bKV) offer for a broker's corporate client with per-head premiums and benefit budget; no employee data")
def b_bkv_angebot():
    m = new(who("friedrichsen"), "Carina Reuter <c.reuter@reuter-partner.example>",
            "Angebot betriebliche Krankenversicherung – Neckarblick Logistik GmbH",
            D("2026-03-13 10:50"))
    body(m, """Hallo Frau Reuter,

hier das Angebot für die bKV Ihres Firmenkunden. Gerechnet auf Basis Ihrer
Angaben: 86 Mitarbeitende, Durchschnittsalter 41, Arbeitgeber zahlt
vollständig, alle Mitarbeitenden werden ohne Gesundheitsprüfung
aufgenommen (ab 10 Personen, Kollektivannahme).

Variante 1 – Gesundheitsbudget 600 EUR/Jahr
  (Brille, Zahnreinigung, Heilpraktiker, Vorsorge, Zahnersatz)
  Beitrag 24,90 EUR je Mitarbeitende/r und Monat

Variante 2 – Budget 900 EUR/Jahr + Krankenhaus Zweibettzimmer
  Beitrag 38,60 EUR je Mitarbeitende/r und Monat

Steuerlich ist das als Sachbezug bis 50 EUR/Monat frei, wenn der
Arbeitgeber den Vertrag abschließt und die Beiträge zahlt.

Laufende Behandlungen sind mitversichert, bei Zahnersatz gilt im ersten
Jahr eine Begrenzung auf 250 EUR. Familienangehörige können zu
Einzeltarifen (mit Gesundheitsfragen) mitversichert werden.

Für das Policieren brauche ich später nur eine Liste mit Namen und
Geburtsdaten – bitte die dann über das Portal hochladen, nicht per Mail.

Viele Grüße
Malte Friedrichsen
""" + sig("friedrichsen"))
    return m

# --------------------------------------------------------------------------
# NORMAL, German, general
# --------------------------------------------------------------------------

@mail("NORMAL", "de", "internal",
      "trap: staff flu-vaccination campaign by the company doctor (vaccine, side effects, dates, ICS); no individual's health data")
def g_grippeimpfung():
    m = new(who("baumeister"), "Alle Mitarbeitenden <alle@%s>" % DOM,
            "Grippeschutzimpfung 2026 – Termine beim Betriebsarzt",
            D("2026-01-07 09:15"))
    body(m, """Liebe Kolleginnen und Kollegen,

auch in diesem Winter bietet unser Betriebsarzt Dr. Gerhard Vollmer eine
kostenlose Grippeschutzimpfung an. Es ist noch nicht zu spät: Die
Grippewelle erreicht ihren Höhepunkt meist erst im Februar.

Wann:   Dienstag, 20.01., und Donnerstag, 22.01., jeweils 8–12 Uhr
Wo:     Sanitätsraum, Gebäude B, EG (neben dem Fahrradkeller)
Impfstoff: quadrivalenter Totimpfstoff der Saison 2025/26

Bitte bringen Sie Ihren Impfpass mit. Eine Anmeldung ist nicht nötig.
Mögliche Nebenwirkungen sind Rötung an der Einstichstelle und leichtes
Unwohlsein für ein bis zwei Tage. Wer eine Hühnereiweißallergie hat oder
akut fiebrig erkrankt ist, bespricht das bitte vorher mit Dr. Vollmer.

Die Impfung gilt als Arbeitszeit. Ob Sie geimpft sind, erfährt
die Personalabteilung nicht – die Dokumentation bleibt beim Betriebsarzt.

Ihre Personalabteilung
Greta Baumeister
""" + sig("baumeister", legal=False))
    attach(m, make_ics("grippeimpfung-2026@%s" % DOM, "20260120T080000", "20260120T120000",
                       "Grippeschutzimpfung Betriebsarzt", "Sanitätsraum Gebäude B, EG",
                       "Impfpass mitbringen. Keine Anmeldung nötig. Zweiter Termin: 22.01., 8–12 Uhr.",
                       addr("baumeister"), method="PUBLISH"), "Grippeimpfung_20-01.ics")
    return m


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, AED pads and a blood-pressure monitor for the office (PDF); company data only")
def g_bestellung_erste_hilfe():
    m = new(who("zielinski"), "Vertrieb Medi-Depot Franken GmbH <bestellung@medidepot-franken.example>",
            "Bestellung 4500018822 – Erste-Hilfe-Material",
            D("2026-01-12 10:02"))
    body(m, """Sehr geehrte Damen und Herren,

anbei unsere Bestellung 4500018822 gemäß Ihrem Angebot AN-25-3317 vom
18.12.2025. Bitte liefern Sie an:

Tauberland Versicherung a.G.
Warenannahme Gebäude B
Am Kurpark 12, 97980 Bad Mergentheim

Liefertermin spätestens 30.01.2026. Bitte geben Sie auf Lieferschein und
Rechnung unbedingt die Bestellnummer an, sonst kann die Rechnung nicht
automatisch zugeordnet werden.

Mit freundlichen Grüßen
Piotr Zieliński
""" + sig("zielinski"))
    pdf = make_pdf([
        "# Bestellung 4500018822",
        "Tauberland Versicherung a.G., Einkauf, Am Kurpark 12, 97980 Bad Mergentheim",
        "Lieferant: Medi-Depot Franken GmbH, Kreditor 70044812",
        "Bestelldatum 12.01.2026 - Angebot AN-25-3317",
        "---",
        "Pos  Menge  Artikel                                                  Einzel     Gesamt",
        "10   12     Betriebsverbandkasten DIN 13157 (Wandhalterung)           38,90     466,80",
        "20    4     Nachfüllset DIN 13157                                     24,50      98,00",
        "30    6     AED-Elektroden Erwachsene (kompatibel Modell HS-300)      52,00     312,00",
        "40    2     AED-Elektroden Kinder                                     58,00     116,00",
        "50    1     Oberarm-Blutdruckmessgerät (Sanitätsraum)                 64,90      64,90",
        "60   10     Kühlkompressen Sofort-Kälte                                1,90      19,00",
        "70    2     Augenspülflasche 500 ml                                    9,80      19,60",
        "---",
        "Summe netto 1.096,30 EUR   zzgl. 19 % USt 208,30 EUR   Summe brutto 1.304,60 EUR",
        "Zahlungsbedingung: 30 Tage netto. Es gelten unsere Einkaufsbedingungen (Stand 2024).",
    ], title="Bestellung 4500018822", date="20260112095500")
    attach(m, pdf, "Bestellung_4500018822.pdf")
    return m


@mail("NORMAL", "de", "newsletter",
      "trap: customer magazine on dental health, professional teeth cleaning, care reform and premium examples; no individual")
def g_kundenmagazin():
    m = new("Tauberland aktuell <magazin@%s>" % DOM, "kunden-newsletter@%s" % DOM,
            "Tauberland aktuell: Gesunde Zähne, Pflegereform 2026 und Ihr Fahrrad im Frühling",
            D("2026-03-05 07:30"), mailer="system",
            extra=[("List-Unsubscribe", "<https://www.%s/newsletter/abmelden>" % DOM), ("Precedence", "bulk")])
    text = """Tauberland aktuell – März 2026

1) Zweimal im Jahr zur Zahnreinigung?
Parodontitis ist die häufigste Ursache für Zahnverlust bei Erwachsenen.
Eine professionelle Zahnreinigung kostet je nach Aufwand 80 bis 140 Euro.
In unseren Zahnzusatztarifen Zahn Plus 70 und 90 erstatten wir bis zu
zwei Reinigungen im Jahr.

2) Pflegereform 2026 – was ändert sich?
Die Leistungen der Pflegepflichtversicherung steigen um 4,5 %. Die
Eigenanteile im Pflegeheim liegen trotzdem im Schnitt bei rund 2.900 Euro
im Monat. Ein Pflegetagegeld schließt diese Lücke – ab 27,40 Euro monatlich
bei Eintrittsalter 35.

3) Fahrrad-Check
Nach dem Winter: Bremsen, Licht, Reifendruck. Und: Ist Ihr neues E-Bike
schon in der Hausratversicherung angemeldet?

Newsletter abbestellen: https://www.tauberland-vers.example/newsletter/abmelden
"""
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#2a5d3c">Tauberland aktuell &ndash; M&auml;rz 2026</h1>
<h2>Zweimal im Jahr zur Zahnreinigung?</h2>
<p>Parodontitis ist die h&auml;ufigste Ursache f&uuml;r Zahnverlust bei Erwachsenen. Eine professionelle
Zahnreinigung kostet je nach Aufwand 80 bis 140 Euro. In unseren Zahnzusatztarifen <b>Zahn Plus 70</b> und
<b>Zahn Plus 90</b> erstatten wir bis zu zwei Reinigungen im Jahr.</p>
<h2>Pflegereform 2026 &ndash; was &auml;ndert sich?</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Eintrittsalter</th><th>PflegePlus 1.500 EUR (PG 5)</th></tr>
<tr><td>35</td><td>27,40 EUR</td></tr><tr><td>45</td><td>41,90 EUR</td></tr><tr><td>55</td><td>72,10 EUR</td></tr>
</table>
<h2>Fahrrad-Check</h2><p>Bremsen, Licht, Reifendruck &ndash; und ist Ihr neues E-Bike schon in der
Hausratversicherung angemeldet?</p>
<p style="font-size:11px"><a href="https://www.tauberland-vers.example/newsletter/abmelden">Abbestellen</a></p>
</body></html>"""
    html_alt(m, text, html)
    return m


@mail("NORMAL", "de", "internal",
      "trap: internal job advert for a health-claims clerk (medical assistant background, GOÄ, ICD knowledge), DOCX; no person")
def g_stellenausschreibung():
    m = new(who("baumeister"), "Führungskräfte <fuehrungskraefte@%s>" % DOM,
            "Interne Ausschreibung: Sachbearbeitung Leistung Kranken (m/w/d), Kennziffer 2026-07",
            D("2026-02-02 12:00"))
    body(m, """Liebe Führungskräfte,

bitte machen Sie Ihre Teams auf die beiliegende interne Ausschreibung
aufmerksam. Bewerbungen bis 20.02. über das Personalportal. Die externe
Ausschreibung startet parallel.

Viele Grüße
Greta Baumeister
""" + sig("baumeister", legal=False))
    doc = make_docx([
        "# Sachbearbeitung Leistung Krankenversicherung (m/w/d)",
        "Kennziffer 2026-07 · Vollzeit oder Teilzeit ab 30 Stunden · unbefristet · Bad Mergentheim",
        "## Ihre Aufgaben",
        "Prüfung und Abrechnung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ und KHEntgG; "
        "Prüfung von Heil- und Kostenplänen; Bearbeitung von Krankentagegeldfällen; Korrespondenz mit "
        "Versicherten, Ärztinnen und Ärzten sowie Kliniken.",
        "## Ihr Profil",
        "Ausbildung als Medizinische/r Fachangestellte/r, Zahnmedizinische/r Fachangestellte/r oder "
        "Kaufmann/-frau für Versicherungen und Finanzanlagen; Kenntnisse der ICD-10-GM und der "
        "Gebührenordnungen sind von Vorteil; Freude am Umgang mit Menschen in schwierigen Lebenslagen.",
        "## Wir bieten",
        "Tarifvertrag der privaten Versicherungswirtschaft, mobiles Arbeiten bis 60 %, betriebliche "
        "Krankenversicherung, Jobrad, Kantine mit regionaler Küche.",
        "Ansprechpartnerin: Greta Baumeister, Personal, Durchwahl -170",
    ], title="Ausschreibung 2026-07", author="Greta Baumeister", date="2026-02-02T10:30:00Z",
        dt=(2026, 2, 2, 10, 30, 0))
    attach(m, doc, "Ausschreibung_2026-07_Leistung_Kranken.docx")
    return m


@mail("NORMAL", "de", "internal",
      "trap: water damage in the physiotherapy practice leased in the insurer's own building; repair coordination, no patient or owner data")
def g_wasserschaden_physio():
    m = new(who("zielinski"), "Facility Management <facility@%s>" % DOM,
            "Wasserschaden Gebäude A, EG – Physiotherapiepraxis",
            D("2026-02-09 07:48"), cc=who("oltmanns"))
    body(m, """Guten Morgen,

am Wochenende ist im 1. OG Gebäude A (Teeküche Abteilung Kfz) ein
Eckventil am Spülbecken undicht geworden. Das Wasser ist durch die Decke
in die vermietete Physiotherapiepraxis im Erdgeschoss gelaufen:

- Behandlungsraum 2 und Flur: Deckenplatten durchnässt, 3 Stück herunter-
  gefallen, Laminat aufgequollen
- eine Behandlungsliege und ein Schrank mit Handtüchern nass
- keine elektrischen Geräte betroffen (Strom im Raum abgeschaltet)

Die Praxis behandelt bis auf Weiteres nur in Raum 1 und 3. Die
Trocknungsfirma kommt heute um 10 Uhr, der Installateur hat das Ventil
bereits getauscht. Den Schaden melden wir über unsere eigene
Gebäudeversicherung; die Einrichtung der Praxis ist Sache ihrer
Inhaltsversicherung – Frau Oltmanns, kannst du der Praxisleitung bitte die
Schadenmeldung für den Mieter zuschicken, damit sie weiß, was sie braucht?

Bitte bis Freitag die Teeküche im 1. OG nicht benutzen.

Piotr Zieliński
""" + sig("zielinski", legal=False))
    return m


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: prospect asks about dental supplement; answer is generic product information, no contract and no health data of the prospect")
def g_interessent_zahn():
    m = new(who("haag"), "Jörg Rauh <joerg.rauh@posteo-mail.example>",
            "AW: Frage Zahnzusatzversicherung",
            D("2026-01-22 13:05"), in_reply_to="<8c0b3f6e-11a2-4d0e-b7a4-5b6d23e0aa17@posteo-mail.example>")
    body(m, """Sehr geehrter Herr Rauh,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung.

Unsere Tarife im Überblick:
- Zahn Plus 70: 70 % für Zahnersatz, Implantate und Inlays, zwei
  Zahnreinigungen jährlich bis 150 EUR
- Zahn Plus 90: 90 % für Zahnersatz, Implantate und Inlays, Kieferorthopädie
  für Kinder bis 18, zwei Zahnreinigungen jährlich bis 200 EUR

Die Beiträge richten sich nach dem Eintrittsalter; eine Beispielrechnung
finden Sie auf www.tauberland-vers.example/zahn. Im Antrag stellen wir
drei kurze Fragen (fehlende Zähne, laufende Behandlung, angeratene
Behandlung).

Bitte schicken Sie uns keine Unterlagen über Ihre Zähne per E-Mail. Wenn
Sie einen Antrag stellen möchten, geht das online oder über einen Makler
Ihrer Wahl.

Mit freundlichen Grüßen
Ines Haag
""" + sig("haag") + """

> Hallo, ich interessiere mich für eine Zahnzusatzversicherung. Was kostet
> das bei Ihnen und zahlen Sie auch Implantate? Gruß J. Rauh
""")
    return m


@mail("NORMAL", "de", "internal",
      "trap: data-protection training quiz (ODT) with fictitious example persons clearly marked as invented ('Erika Musterfrau, fiktiv'); no real person")
def g_datenschutz_quiz():
    m = new(who("hambrecht"), "Alle Mitarbeitenden <alle@%s>" % DOM,
            "Datenschutz-Quiz 2026: Was darf per normaler E-Mail raus?",
            D("2026-02-18 08:30"))
    body(m, """Liebe Kolleginnen und Kollegen,

die jährliche Datenschutzunterweisung machen wir dieses Jahr als Quiz.
Das Dokument hängt an; bitte bis 13.03. im Lernportal die Antworten
eintragen (ca. 15 Minuten).

Alle Namen und Daten in den Beispielen sind frei erfunden.

Ludger Hambrecht
Datenschutzbeauftragter
""")
    odt = make_odt([
        "# Datenschutz-Quiz 2026",
        "Alle Personen in den Beispielen sind erfunden (fiktiv).",
        "## Frage 1",
        "Sie schreiben an den Makler von Erika Musterfrau (fiktiv), geb. 01.01.1970, dass ihr Hausratschaden "
        "reguliert ist. Welche Einstufung hat die Mail? a) normal b) vertraulich c) streng vertraulich",
        "## Frage 2",
        "Eine Kundin bittet um die Erstattung ihrer Physiotherapie-Rechnung. Dürfen Sie ihr unverschlüsselt "
        "antworten, wenn sie selbst unverschlüsselt geschrieben hat? a) ja, immer b) nur mit ihrer Einwilligung "
        "c) nie",
        "## Frage 3",
        "Welche dieser Angaben ist eine Gesundheitsangabe? a) Sehstärke -2,5 dpt b) Kfz-Kennzeichen c) IBAN",
        "## Frage 4",
        "Eine Statistik zeigt die Zahl der BU-Leistungsfälle je Diagnosegruppe, kleinste Zelle 40 Fälle. "
        "Enthält sie personenbezogene Daten? a) ja b) nein",
        "## Lösungsschlüssel (nur für Trainer)",
        [["Frage", "Antwort", "Begründung"],
         ["1", "b", "Person + Vertrag in Sachsparte, keine Gesundheitsdaten"],
         ["2", "b", "Gesundheitsdaten nur verschlüsselt oder mit Einwilligung"],
         ["3", "a", "Sehstärke ist eine Gesundheitsangabe"],
         ["4", "b", "aggregiert, keine Einzelperson erkennbar"]],
    ], author="Ludger Hambrecht", date="2026-02-17T16:00:00", dt=(2026, 2, 17, 16, 0, 0))
    attach(m, odt, "Datenschutz_Quiz_2026.odt")
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: answer to an industry working group survey with aggregated claims figures per line (ODS); no person")
def g_verband_umfrage():
    m = new(who("okafor"), "Arbeitskreis Schadenstatistik <ak-statistik@versicherer-arbeitskreis.example>",
            "Umfrage Schadenaufwand 2025 – Meldung Tauberland (VU 5566)",
            D("2026-02-27 16:15"))
    body(m, """Sehr geehrte Damen und Herren,

anbei unsere Meldung zur Umfrage Schadenaufwand 2025. Die Zahlen sind
vorläufig (vor Abschlussprüfung); Abweichungen über 2 % melden wir bis
Ende April nach.

Die Angaben zu Kranken und Unfall sind wie vereinbart nur auf
Spartenebene, ohne Aufteilung nach Diagnosen.

Mit freundlichen Grüßen
Samuel Okafor
Actuarial & Reinsurance
""" + sig("okafor", legal=False))
    ods = make_ods([("Meldung 2025", [
        ["Sparte", "Anzahl Schäden", "Schadenaufwand TEUR", "Durchschnitt EUR", "Veränderung Vj."],
        ["Kfz-Haftpflicht", 8412, 31240, 3714, "+6,2 %"],
        ["Kfz-Kasko", 11930, 28770, 2412, "+8,9 %"],
        ["Wohngebäude", 3208, 19880, 6197, "+11,4 %"],
        ["Hausrat", 2411, 3120, 1294, "+1,0 %"],
        ["Privathaftpflicht", 2980, 2410, 809, "-2,3 %"],
        ["Unfall", 1120, 7330, 6545, "+3,1 %"],
        ["Kranken (Vollversicherung)", 188220, 96410, 512, "+7,7 %"],
    ])], author="Samuel Okafor", date="2026-02-27T15:00:00", dt=(2026, 2, 27, 15, 0, 0))
    attach(m, ods, "Meldung_Schadenaufwand_2025_VU5566.ods")
    return m


@mail("NORMAL", "de", "internal",
      "trap: introduction of a new colleague in health claims (career, hobbies) – organisational personnel announcement, no sensitive data")
def g_neue_kollegin():
    m = new(who("demirtas"), "Leistung Kranken <leistung-kranken-team@%s>" % DOM,
            "Willkommen im Team: Jasmin Oberle",
            D("2026-03-02 08:05"))
    body(m, """Hallo zusammen,

ab heute verstärkt Jasmin Oberle unser Team. Jasmin ist Zahnmedizinische
Fachangestellte, hat acht Jahre in einer Praxis in Tauberbischofsheim
gearbeitet und kennt die GOZ daher besser als wir alle zusammen. Sie wird
zunächst die Heil- und Kostenpläne übernehmen und von Jana eingearbeitet.

Jasmin sitzt im Raum 2.14 bei Jana und Tim. Wer sie noch nicht beim
Kaffee getroffen hat: Sie spielt Handball in Lauda und hat zwei Katzen.

Um 12 Uhr gibt es in der Teeküche Brezeln zur Begrüßung.

Herzlich willkommen, Jasmin!

Aylin
""")
    return m


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print order for BU application forms with health questions, proof PDF of the blank form; no person")
def g_druckauftrag_antrag():
    m = new(who("zielinski"), "Auftragsannahme Druckhaus Tauber <auftrag@druckhaus-tauber.example>",
            "Druckfreigabe Antrag BU Vital 2026 (Form. 41-110, Ausgabe 02/2026)",
            D("2026-01-19 15:20"), cc=who("woehrle"))
    body(m, """Sehr geehrter Herr Kempter,

der Korrekturabzug ist bis auf eine Stelle in Ordnung: Auf Seite 3,
Gesundheitsfrage 5, fehlt im zweiten Satz das Wort "ambulant". Die
korrigierte Seite hängt als PDF an (nur Seite 3).

Mit dieser Korrektur ist der Auftrag freigegeben:
- 8.000 Exemplare, A4, 6 Seiten, 2-fach gelocht, Seiten 5–6 als
  Durchschlag (selbstdurchschreibend)
- Lieferung bis 28.01. an die Warenannahme Gebäude B

Bitte schicken Sie keine weiteren Andrucke, wir brauchen die Formulare
dringend für den Produktstart am 01.02.

Mit freundlichen Grüßen
Piotr Zieliński
""" + sig("zielinski"))
    pdf = make_pdf([
        "# Antrag auf Berufsunfähigkeitsversicherung BU Vital 2026 - Seite 3",
        "Formular 41-110, Ausgabe 02/2026 - KORREKTURABZUG",
        "---",
        "## Gesundheitsfragen (bitte vollständig beantworten)",
        "4. Wurden Sie in den letzten 3 Jahren ambulant untersucht, beraten oder behandelt? ja / nein",
        "5. Wurden Sie in den letzten 5 Jahren wegen psychischer Erkrankungen ambulant oder stationär",
        "   beraten oder behandelt (z. B. Depression, Angststörung, Essstörung, Burnout)? ja / nein",
        "6. Bestehen oder bestanden Erkrankungen der Wirbelsäule (Bandscheibenvorfall, Spinalkanalstenose)",
        "   oder wurden Sie an der Wirbelsäule operiert? ja / nein",
        "7. Größe ____ cm   Gewicht ____ kg",
        "8. Besteht eine Schwerbehinderung oder Minderung der Erwerbsfähigkeit? ja / nein",
        "---",
        "Wenn Sie eine Frage mit ja beantworten, machen Sie bitte genaue Angaben auf Seite 4.",
    ], title="Antrag BU Vital 2026 Seite 3 Korrektur", date="20260119150500")
    attach(m, pdf, "41-110_Seite3_korrigiert.pdf")
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: reply to the data-protection authority on the general TLS/encryption policy for health data; no individual case")
def g_antwort_aufsicht():
    m = new(who("hambrecht"), "Referat 3 <poststelle@lda-bayern-referat3.example>",
            "Ihr Schreiben vom 14.01.2026, Az. LDA-3-1042/26 – E-Mail-Kommunikation mit Gesundheitsdaten",
            D("2026-02-04 11:30"))
    body(m, """Sehr geehrte Damen und Herren,

zu Ihrer allgemeinen Anfrage zur E-Mail-Kommunikation von Versicherern
nehmen wir wie folgt Stellung:

1. Ausgehende E-Mails werden von unserem Mail-Gateway automatisch nach
   ihrem Inhalt eingestuft (normal, vertraulich, streng vertraulich).
2. Streng vertrauliche Inhalte (Gesundheitsdaten, Daten nach § 203 StGB)
   versenden wir nur Ende-zu-Ende-verschlüsselt (S/MIME, OpenPGP), über
   Gateway-Verschlüsselung mit Partnern oder über unser Webportal. Eine
   Übermittlung nur mit Transportverschlüsselung (TLS) erfolgt
   ausschließlich mit ausdrücklicher schriftlicher Einwilligung der
   betroffenen Person.
3. Vertrauliche Inhalte ohne Gesundheitsbezug gehen mindestens mit
   erzwungenem TLS; ist TLS nicht möglich, wird die Nachricht über das
   Portal zugestellt.
4. Alle Entscheidungen werden protokolliert und sechs Jahre aufbewahrt.

Einen konkreten Beschwerdefall haben Sie nicht benannt; sollte ein solcher
vorliegen, bitten wir um Übersendung des Aktenzeichens, damit wir ihn
prüfen können.

Mit freundlichen Grüßen
Ludger Hambrecht
Datenschutzbeauftragter
""" + sig("hambrecht"))
    return m


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal notification mail without content ('new secure message'); no data beyond the addressee's e-mail address")
def g_portal_benachrichtigung():
    m = new("Tauberland SecureMail <securemail@%s>" % DOM, "r.lauterbach@webpost.example",
            "Sie haben eine neue Nachricht in Ihrem Tauberland-Postfach",
            D("2026-02-11 14:02"), mailer="system",
            extra=[("Auto-Submitted", "auto-generated")])
    body(m, """Guten Tag,

für Sie liegt eine neue vertrauliche Nachricht der Tauberland
Versicherung a.G. bereit.

Bitte melden Sie sich an, um sie zu lesen:
https://securemail.tauberland-vers.example/

Ihr Benutzername ist Ihre E-Mail-Adresse. Falls Sie Ihr Passwort vergessen
haben, nutzen Sie "Passwort zurücksetzen" und beantworten Sie Ihre
Sicherheitsfrage.

Die Nachricht wird 90 Tage im Postfach aufbewahrt.

Bitte antworten Sie nicht auf diese E-Mail. Wir fragen Sie nie per E-Mail
nach Ihrem Passwort.

Tauberland Versicherung a.G.
""", cte="8bit")
    return m


@mail("NORMAL", "de", "internal",
      "trap: HR sickness-absence statistics per department (XLSX), only departments of 20+ staff, no individual")
def g_krankenstand():
    m = new(who("baumeister"), "Bereichsleitungen <bereichsleitungen@%s>" % DOM,
            "Fehlzeitenquote 2025 nach Bereichen",
            D("2026-01-30 13:40"), cc="Betriebsrat <betriebsrat@%s>" % DOM)
    body(m, """Liebe Bereichsleitungen,

anbei wie jedes Jahr die Fehlzeitenquote (Krankheitstage / Sollarbeitstage)
für 2025. Abteilungen unter 20 Beschäftigten sind mit dem nächstgrößeren
Bereich zusammengefasst, damit keine Rückschlüsse auf einzelne Personen
möglich sind. Das ist so mit dem Betriebsrat vereinbart.

Die Quote liegt mit 5,8 % leicht unter dem Vorjahr (6,1 %). Auffällig ist
der Anstieg der Langzeiterkrankungen (> 6 Wochen) im Kundenservice; dazu
sprechen Frau Haag, der Betriebsrat und ich im Februar über das BEM-
Angebot und die Lage im Callcenter.

Bitte die Zahlen nicht über den Führungskreis hinaus weitergeben.

Greta Baumeister
""" + sig("baumeister", legal=False))
    rows = [["Bereich", "Beschäftigte", "Fehlzeitenquote 2025", "2024", "davon Langzeit > 6 Wo."],
            ["Kundenservice", 64, 0.079, 0.071, 0.031],
            ["Leistung Kranken/Pflege", 48, 0.061, 0.066, 0.018],
            ["Leben/BU (Antrag + Leistung)", 37, 0.052, 0.055, 0.012],
            ["Schaden Sach/Kfz/RS", 58, 0.057, 0.063, 0.016],
            ["Vertrieb/Maklerbetreuung", 29, 0.039, 0.041, 0.008],
            ["IT", 41, 0.043, 0.047, 0.010],
            ["Zentrale Dienste (Personal, Einkauf, Kommunikation, Recht)", 33, 0.048, 0.052, 0.009],
            ["Gesamt", 310, 0.058, 0.061, 0.016]]
    attach(m, make_xlsx([("Fehlzeiten 2025", rows)], author="Greta Baumeister",
                        date="2026-01-30T12:00:00Z", dt=(2026, 1, 30, 12, 0, 0)), "Fehlzeitenquote_2025.xlsx")
    return m


@mail("NORMAL", "de", "internal",
      "trap: board memo on a flood event: accumulated loss estimate, reinsurance recovery, number of claims per district; no person")
def g_hochwasser_kumul():
    m = new(who("okafor"), "Vorstand <vorstand@%s>" % DOM,
            "Hochwasser Tauber/Main 03.–05.02.: Kumulschätzung Stand 10.02.",
            D("2026-02-10 18:20"), cc=who("oltmanns") + ", Rechnungswesen <rewe@%s>" % DOM)
    body(m, """Sehr geehrte Frau Dr. Brenninger, sehr geehrte Herren,

kurzer Zwischenstand zum Hochwasserereignis:

Gemeldete Schäden bis heute 12 Uhr: 1.147
  Main-Tauber-Kreis        612
  Lkr. Würzburg            318
  Hohenlohekreis           129
  übrige                    88

Davon Wohngebäude 71 %, Hausrat 22 %, Gewerbe 7 %. Nur Verträge mit
Elementareinschluss sind betroffen; etwa ein Drittel der Meldungen ohne
Elementarschutz lehnen wir ab (die Makler werden vorab informiert).

Geschätzter Bruttoschaden: 21,5 Mio. EUR (Bandbreite 17–28 Mio.)
Priorität Kat-XL: 15 Mio. EUR -> erwartete Entlastung ca. 6,5 Mio. EUR
Netto im Plan für Elementar 2026: 9 Mio. EUR -> Überschreitung ca. 6 Mio.

Wir haben Brevant Re informiert (Ereignismeldung am 06.02.). Die nächste
Schätzung kommt am 24.02., wenn die Sachverständigen die größeren
Gewerbeschäden gesehen haben.

Beste Grüße
Samuel Okafor
""" + sig("okafor", legal=False))
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: municipality asks about liability cover for a town festival; generic answer with premium for an organiser's policy; no person")
def g_gemeinde_fest():
    m = new(who("friedrichsen"), "Hauptamt Stadt Weikersheim <hauptamt@weikersheim-stadt.example>",
            "AW: Veranstalterhaftpflicht Stadtfest 2026",
            D("2026-03-17 11:12"))
    body(m, """Sehr geehrte Damen und Herren,

gerne beantworten wir Ihre Anfrage zur Veranstalterhaftpflicht für das
Stadtfest vom 10. bis 12. Juli 2026.

Für Veranstaltungen bis 5.000 Besucher am Tag bieten wir eine
Veranstalter-Haftpflicht mit 10 Mio. EUR Deckungssumme für Personen- und
Sachschäden an. Mitversichert sind die ehrenamtlichen Helferinnen und
Helfer, Bühnen und Zelte bis 300 m² sowie der Ausschank.

Nicht versichert sind Schäden an gemieteten Gegenständen über 50.000 EUR und
Feuerwerk (das muss der Pyrotechniker selbst versichern).

Beitrag für drei Veranstaltungstage: 486,00 EUR zzgl. Versicherungsteuer.

Wenn Sie Ihre städtische Kommunalhaftpflicht bereits bei einem anderen
Versicherer haben, prüfen Sie bitte zuerst, ob eigene Veranstaltungen der
Stadt dort nicht schon eingeschlossen sind.

Mit freundlichen Grüßen
Malte Friedrichsen
""" + sig("friedrichsen"))
    return m


@mail("NORMAL", "de", "internal",
      "trap: IT announcement of a maintenance window for the secure-mail gateway and portal; no data")
def g_wartung_gateway():
    m = new("IT-Service <it-service@%s>" % DOM, "Alle Mitarbeitenden <alle@%s>" % DOM,
            "Wartung SecureMail-Gateway und Kundenportal am Samstag, 07.03., 6–10 Uhr",
            D("2026-03-03 15:00"), mailer="notes")
    body(m, """Liebe Kolleginnen und Kollegen,

am Samstag, 07.03.2026, von 6 bis 10 Uhr spielen wir ein Update auf das
SecureMail-Gateway und das Kundenportal ein.

Was heißt das für Sie?
- Ausgehende E-Mails werden in dieser Zeit angenommen, aber erst nach
  der Wartung verschlüsselt und zugestellt.
- Das Kundenportal und das Maklerportal sind nicht erreichbar.
- Eingehende E-Mails kommen mit Verzögerung an.

Neu nach dem Update: Der Betreff-Marker [streng vertraulich] wird auch
dann erkannt, wenn er nicht am Anfang des Betreffs steht.

Bei Fragen: IT-Service, Durchwahl -777.

Ihr IT-Service
""")
    return m


@mail("NORMAL", "de", "newsletter",
      "trap: storm warning to property customers with general prevention tips and claims hotline; no individual contract data")
def g_unwetterwarnung():
    m = new("Tauberland Kundenservice <service@%s>" % DOM, "kunden-info@%s" % DOM,
            "Unwetterwarnung: So schützen Sie Haus und Auto",
            D("2026-06-22 16:45"), mailer="system",
            extra=[("Precedence", "bulk")])
    body(m, """Liebe Kundinnen und Kunden,

der Deutsche Wetterdienst warnt für Dienstag und Mittwoch vor schweren
Gewittern mit Hagel bis 4 cm und Starkregen in Franken und Hohenlohe.

Was Sie jetzt tun können:
- Auto in die Garage oder ein Parkhaus stellen
- Rollläden herunterlassen, Markisen einfahren
- Lichtschächte und Kellerfenster kontrollieren, Rückstauklappe prüfen
- Gartenmöbel und Trampoline sichern

Wenn doch etwas passiert: Fotos machen, Schaden begrenzen (ohne sich in
Gefahr zu bringen) und uns über die Schadenhotline 0800 8820 888 oder in
der App melden. Notmaßnahmen wie das Abpumpen von Wasser bezahlen wir,
wenn der Schaden versichert ist.

Ihr Tauberland-Kundenservice

Sie erhalten diese Information, weil Sie dem Empfang von Service-
Informationen zugestimmt haben.
""")
    return m


@mail("NORMAL", "de", "insurer-to-hospital",
      "trap: framework agreement on direct billing with a hospital group (rates, process, contact); no patient")
def g_klinik_direktabrechnung():
    m = new(who("demirtas"), "Patientenverwaltung Klinikum am Tauberbogen <abrechnung@tauberbogen-klinikum.example>",
            "Rahmenvereinbarung Direktabrechnung (Klinik-Card) – Entwurf 2026",
            D("2026-01-26 10:40"), cc="Geschäftsführung Klinikum <gf@tauberbogen-klinikum.example>")
    body(m, """Sehr geehrte Frau Wiedemann,

wie besprochen erhalten Sie hier die Eckpunkte für die Verlängerung der
Rahmenvereinbarung zur Direktabrechnung:

1. Geltungsbereich: allgemeine Krankenhausleistungen und Wahlleistung
   Unterkunft für alle Versicherten mit Klinik-Card der Tauberland.
   Wahlärztliche Leistungen rechnet der Arzt weiterhin selbst ab.
2. Kostenübernahmeerklärung: automatisch binnen 24 Stunden über den
   elektronischen Datenaustausch (DALE-UV-ähnliches Verfahren, Satzart KÜ).
3. Zahlungsziel: 21 Tage nach Eingang der Rechnung. Für strittige
   Positionen zahlen wir den unstrittigen Teil vorab.
4. Einbettzimmerzuschlag 2026: 96,40 EUR, Zweibettzimmer 52,10 EUR pro Tag
   (entspricht der Empfehlung des Verbandes).
5. Ansprechpartner bei Rückfragen: Team Krankenhaus, Durchwahl -236.

Patientenbezogene Anfragen schicken Sie bitte wie bisher ausschließlich
über den sicheren Datenaustausch, nicht per E-Mail.

Für die Unterzeichnung schlage ich einen Termin im Februar bei Ihnen vor.

Mit freundlichen Grüßen
Aylin Demirtaş
""" + sig("demirtas"))
    return m


@mail("NORMAL", "de", "internal",
      "trap: quarterly complaints KPI report (ODS) by line and cause incl. health-claims complaints; aggregated, no person")
def g_beschwerdestatistik():
    m = new(who("haag"), "Qualitätsmanagement <qm@%s>" % DOM,
            "Beschwerdestatistik Q4/2025",
            D("2026-01-15 12:25"), cc=who("hambrecht"))
    body(m, """Hallo zusammen,

anbei die Beschwerdestatistik für Q4. Kurz die Auffälligkeiten:
- Kranken: deutlich mehr Beschwerden über Bearbeitungsdauer bei
  Heil- und Kostenplänen (Personalengpass im Oktober)
- Kfz: Beschwerden zu Beitragserhöhungen nach der Typklassenänderung
- Datenschutzbeschwerden: 3, alle erledigt, keine meldepflichtig

Ines
""" + sig("haag", legal=False))
    ods = make_ods([("Q4 2025", [
        ["Sparte", "Beschwerden", "davon Ombudsmann", "davon BaFin", "Hauptgrund", "Ø Tage bis Antwort"],
        ["Kranken", 142, 9, 2, "Bearbeitungsdauer HKP", 6.1],
        ["Pflege", 18, 1, 0, "Einstufung Pflegegrad", 7.4],
        ["Leben/BU", 37, 4, 1, "Rückkaufswert", 8.2],
        ["Unfall", 12, 1, 0, "Invaliditätsgrad", 9.0],
        ["Kfz", 96, 3, 0, "Beitragserhöhung", 4.3],
        ["Sach/HUK", 61, 2, 1, "Regulierungsdauer", 5.5],
        ["Datenschutz", 3, 0, 0, "Auskunftsersuchen", 12.0]])],
        author="Ines Haag", date="2026-01-15T11:00:00", dt=(2026, 1, 15, 11, 0, 0))
    attach(m, ods, "Beschwerdestatistik_Q4_2025.ods")
    return m


@mail("NORMAL", "de", "internal",
      "trap: invitation to a colleague's 25-year service celebration; naming a colleague in organisational mail, nothing sensitive")
def g_jubilaeum():
    m = new(who("sommerhalder"), "Vertragsservice Leben <vs-leben@%s>" % DOM,
            "25 Jahre Ralf – Sektempfang am Freitag",
            D("2026-03-25 09:40"), mailer="owa")
    body(m, """Ihr Lieben,

unser Ralf Gundermann ist am Freitag seit 25 Jahren bei Tauberland – er
hat damals noch Policen mit dem Nadeldrucker gedruckt und weiß bis heute,
welche Tarifgeneration von 1998 welche Überschussbeteiligung hatte.

Wir treffen uns am Freitag, 27.03., um 14 Uhr im Besprechungsraum
Bocksbeutel. Für Sekt und Häppchen ist gesorgt; wer mag, wirft bis
Donnerstag etwas in die Umschlag-Sammelkasse bei mir (Geschenk:
Ballonfahrt über das Taubertal).

Bitte nichts verraten!

Elke
""")
    return m

# --------------------------------------------------------------------------
# NORMAL, English and mixed, general
# --------------------------------------------------------------------------

@mail("NORMAL", "en", "insurer-to-partner",
      "trap: aggregated disability claims incidence by diagnosis group and age band for the reinsurer (XLSX), small cells merged; no person")
def e_reinsurer_bu_incidence():
    m = new(who("okafor"), "Dr. Elena Marchetti <elena.marchetti@brevant-re.example>",
            "Disability income – 2025 incidence by cause, for the treaty renewal",
            D("2026-02-06 16:02"), cc=who("ried"))
    body(m, """Dear Elena,

As requested for the renewal meeting on 24 February, attached is the 2025
claims incidence for our disability income (BU) portfolio by cause of
claim and age band, per 1,000 insured lives.

A few remarks:
- Mental and behavioural disorders (ICD chapter F) are again the largest
  group at 34 % of new claims, up from 31 %. The increase is concentrated
  in the 30-44 band.
- Musculoskeletal (chapter M) is stable at 21 %.
- Neoplasms (C/D) 15 %, cardiovascular (I) 8 %.
- Cells with fewer than 10 claims are merged into "other"; the smallest
  cell shown has 14 claims, so nothing in the file relates to an
  individual.

Exposure is 61,840 insured lives (central exposure, mid-year).

I'll bring the termination rates (recoveries and deaths) to the meeting;
they are still being reconciled with Konstantin's team.

Best regards,
Samuel
""" + sig("okafor", en=True))
    rows = [["cause (ICD chapter)", "age 18-29", "age 30-44", "age 45-54", "age 55-67", "all ages", "share"],
            ["F mental/behavioural", 0.61, 1.48, 1.92, 2.10, 1.44, 0.34],
            ["M musculoskeletal", 0.22, 0.58, 1.27, 2.31, 0.89, 0.21],
            ["C/D neoplasms", 0.09, 0.33, 0.97, 1.88, 0.64, 0.15],
            ["I circulatory", 0.03, 0.12, 0.48, 1.21, 0.34, 0.08],
            ["G nervous system", 0.07, 0.21, 0.39, 0.52, 0.26, 0.06],
            ["S/T injuries", 0.18, 0.17, 0.21, 0.24, 0.19, 0.045],
            ["other (merged)", 0.11, 0.28, 0.46, 0.74, 0.36, 0.085],
            ["total", 1.31, 3.17, 5.70, 9.00, 4.12, 1.0]]
    attach(m, make_xlsx([("Incidence 2025", rows),
                         ("Notes", [["Exposure (lives)", 61840], ["Claims 2025", 255],
                                    ["Min. cell size", 14], ["Source", "TLV claims system, extract 2026-01-31"]])],
                        author="Samuel Okafor", date="2026-02-06T15:30:00Z", dt=(2026, 2, 6, 15, 30, 0)),
           "BU_incidence_2025_by_cause.xlsx")
    return m


@mail("NORMAL", "en", "newsletter",
      "trap: expat newsletter with travel-health and vaccination tips and a product reminder; no individual")
def e_expat_newsletter():
    m = new("Tauberland Global Health <globalhealth@%s>" % DOM, "tgh-members@%s" % DOM,
            "Travelling this spring? Vaccinations, pharmacies and your cover",
            D("2026-03-26 08:00"), mailer="system",
            extra=[("List-Unsubscribe", "<https://www.%s/en/unsubscribe>" % DOM), ("Precedence", "bulk")])
    text = """TAUBERLAND GLOBAL HEALTH - MEMBER NEWS, SPRING 2026

Vaccinations before you travel
Many destinations in South-East Asia and Africa recommend hepatitis A,
typhoid and, for longer stays, rabies and Japanese encephalitis. Talk to
your doctor at least six weeks before departure. Travel vaccinations are
covered under Select and Premier (80 %) when recommended by the German
Standing Committee on Vaccination (STIKO) for your destination.

Pharmacies in Germany
German pharmacies ("Apotheke") take turns providing night and Sunday
service. Prescriptions from your doctor: pay at the pharmacy and upload
the receipt in the app - we usually reimburse within five working days.

Hay fever season
Pollen counts in Baden-Wuerttemberg and Bavaria peak from April to June.
Antihistamines are available without prescription; prescription
medicines are reimbursed according to your level of cover.

Your emergency number abroad: +49 7931 8820 911 (24/7)

You are receiving this e-mail as a Tauberland Global Health member.
Unsubscribe: https://www.tauberland-vers.example/en/unsubscribe
"""
    html = "<html><body style='font-family:Helvetica,Arial,sans-serif'>" + "".join(
        "<p>%s</p>" % xesc(par).replace("\n", "<br>") for par in text.split("\n\n")) + "</body></html>"
    html_alt(m, text, html)
    return m


@mail("NORMAL", "en", "internal",
      "trap: IT ticket about the scanning queue for doctors' invoices being stuck; counts and error, no invoice content or person")
def e_it_ticket_scanning():
    m = new("ServiceDesk <servicedesk@%s>" % DOM, who("demirtas"),
            "[INC-2026-0412] Scan queue 'Arztrechnungen KV' stuck since 06:10",
            D("2026-03-10 07:55"), mailer="system",
            extra=[("Auto-Submitted", "auto-generated")])
    body(m, """Incident INC-2026-0412 has been updated.

Title:      Scan queue 'Arztrechnungen KV' stuck since 06:10
Priority:   P2 (high)
Assigned:   Capture & Scanning (2nd level)
Reported by: Demirtas, Aylin

Latest update (07:52, J. Brandt):
The OCR worker for the queue 'Arztrechnungen KV' stopped after the nightly
Windows update. 2,318 documents are waiting (1,904 doctors' invoices,
297 dental invoices, 117 pharmacy receipts). Other queues (motor, property)
are not affected. Worker restarted at 07:48; throughput is back to
approx. 900 documents/hour, so the backlog should be cleared by 10:30.

No documents have been lost. Incoming post from 06:10 to 07:48 will show the
scan date of today, so deadlines are not affected.

You can reply to this e-mail to add information to the ticket.
--
Tauberland IT ServiceDesk | ext. 777
""")
    return m


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: order for secure shredding of medical file archives (security level, containers, certificate); company data only")
def e_shredding_order():
    m = new(who("zielinski"), "Operations – SecureShred Solutions <operations@secureshred.example>",
            "Purchase order 4500019170 – destruction of archived claim files",
            D("2026-03-19 09:30"))
    body(m, """Dear Mr Devlin,

Following your offer Q-2026-118 we hereby order the destruction of our
archived health and disability claim files whose retention period ended on
31 December 2025.

Scope:      approx. 14 tonnes of paper files (doctors' reports, hospital
            invoices, medical questionnaires), plus 40 archive boxes of
            microfiches
Standard:   DIN 66399, security level P-4 for paper, F-3 for microfiche,
            protection class 3 (data of particular sensitivity)
Containers: 24 locked 240-litre containers, delivered 6 April,
            collected 9 April, in sealed vehicle with GPS tracking
On-site:    our staff accompany loading; chain of custody form per
            container
Certificate: destruction certificate per container, with weights and
            date, within 10 working days

Price as offered: EUR 168 per tonne plus EUR 14 per container,
estimated total EUR 2,688.00 net.

The data processing agreement (Art. 28 GDPR) signed in 2024 remains valid.

Kind regards
Piotr Zieliński
""" + sig("zielinski", en=True))
    return m


@mail("NORMAL", "en", "internal",
      "trap: actuarial memo on the 2027 health premium review: claims trigger, tariff-level factors, no individual")
def e_actuarial_trigger():
    m = new(who("okafor"), "Pricing Committee Health <pricing-kv@%s>" % DOM,
            "Premium review 2027 – trigger test results (KV Komfort, KV Basis)",
            D("2026-03-30 17:45"))
    body(m, """All,

Results of this year's trigger test for the comprehensive health tariffs
(§ 155 VAG, claims trigger 5 %, mortality trigger 5 %):

Tariff             observed/calculated claims   trigger    action
KV Komfort 600     1.083                        yes        review
KV Komfort 1200    1.061                        yes        review
KV Basis 1200      1.037                        no         -
Zahn Plus 90       1.142                        yes        review
KT 43              0.962                        no         -
PflegePlus         mortality 1.058              yes        review

Main drivers for KV Komfort: inpatient costs +9.8 % (DRG base rate and
staff costs), oncology drugs +14 %, and higher utilisation of
psychotherapy (+11 %) since the 2024 reform.

Zahn Plus 90 is driven by implants; the share of policies with at least one
implant claim went from 3.1 % to 3.9 %.

Proposed premium changes will be presented to the trustee
(Treuhänder) on 28 April. Draft indicative ranges: KV Komfort +7 to +9 %,
Zahn Plus 90 +12 %, PflegePlus +6 %.

Please treat the figures as internal until the trustee has agreed.

Samuel
""" + sig("okafor", en=True, legal=False))
    return m


@mail("NORMAL", "en", "internal",
      "trap: security warning to staff about phishing mails imitating the secure-mail portal; no data")
def e_phishing_warning():
    m = new("Information Security <infosec@%s>" % DOM, "All staff <alle@%s>" % DOM,
            "Warning: fake 'SecureMail' notifications in circulation",
            D("2026-01-27 11:11"), mailer="notes")
    body(m, """Dear colleagues,

Since this morning several customers and two brokers have forwarded us
e-mails that look like our SecureMail notification ("You have a new
confidential message from Tauberland Versicherung"). They are fake.

How to recognise them:
- the link goes to "tauberland-securemail-login.example" or similar, not to
  https://securemail.tauberland-vers.example/
- they ask for the password or a TAN directly in the e-mail
- some have a ZIP or HTML attachment (our notifications never do)

If a customer or broker asks you about such an e-mail: tell them not to
click, to delete it, and to log in to the portal by typing the address
themselves. Please forward any samples as attachment to
infosec@tauberland-vers.example.

Our real notifications never contain any content of the message, never ask
for a password and never come with attachments.

Information Security
""")
    return m


@mail("NORMAL", "en", "insurer-to-company",
      "trap: S/MIME domain certificate exchange with a corporate client's IT department; certificate attached, no personal data")
def e_domain_cert():
    m = new_tb(who("ranft"), "IT Security Fairbrook Components <itsec@fairbrook-components.example>",
            "Gateway-to-gateway encryption: our domain certificate",
            D("2026-02-13 14:20"))
    body(m, """Hello,

As agreed with your managing director, we'd like to set up
gateway-to-gateway (domain) encryption between our mail systems, so that
mail about your company's group income protection scheme is encrypted
automatically.

Attached is our S/MIME domain certificate for tauberland-vers.example
(public certificate only). Please import it into your gateway and send us
yours for fairbrook-components.example in return.

Certificate details:
  Subject:     CN=tauberland-vers.example, O=Tauberland Versicherung a.G., C=DE
  Issuer:      Tauberland Mail CA 2025
  Valid:       2025-11-01 to 2027-10-31
  SHA-256 fingerprint:
  1C:77:0E:A2:95:3B:F4:6D:08:C1:5A:E3:92:7F:40:BB:
  D6:21:0F:8C:3E:A9:57:64:12:B0:CE:4D:99:7A:05:E1

Once both sides have imported the certificates we send a test mail from
each direction. No customer data will be sent until the test has passed.

Best regards
Tobias Ranft
""" + sig("ranft", en=True, legal=False))
    pem = "\n".join([
        "-----BEGIN CERTIFICATE-----",
        "MIIEAzCCAuugAwIBAgIUO9c1n8dWm4nXfZ3b8aVhJ0y1mGkwDQYJKoZIhvcNAQEL",
        "BQAwVzELMAkGA1UEBhMCREUxLTArBgNVBAoMJFRhdWJlcmxhbmQgVmVyc2ljaGVy",
        "dW5nIGEuRy4gLSBNYWlsIENBMRkwFwYDVQQDDBBUYXViZXJsYW5kIE1haWwgQ0Ew",
        "HhcNMjUxMTAxMDAwMDAwWhcNMjcxMDMxMjM1OTU5WjBWMQswCQYDVQQGEwJERTEo",
        "MCYGA1UECgwfVGF1YmVybGFuZCBWZXJzaWNoZXJ1bmcgYS5HLjEdMBsGA1UEAwwU",
        "dGF1YmVybGFuZC12ZXJzLmV4YW1wbGUwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAw",
        "-----END CERTIFICATE-----", ""])
    attach(m, crlf(pem), "tauberland-vers.example_domain.pem", kind="pem")
    return m


@mail("NORMAL", "en", "internal",
      "trap: minutes of the life underwriting guidelines committee (BMI tables, HbA1c limits, smoker definition); no applicant")
def e_uw_guidelines():
    m = new(who("woehrle"), "UW Guidelines Committee <uw-committee@%s>" % DOM,
            "Minutes – Life & DI underwriting guidelines, meeting 4 March",
            D("2026-03-05 12:10"), cc=who("salm"))
    body(m, """Minutes, underwriting guidelines committee, 4 March 2026
Present: Dr H. Salm, B. Wöhrle, S. Okafor, Dr K. Ried, Brevant Re
(Dr E. Marchetti, by video)

1. BMI table (term life, DI)
   Standard terms for BMI 18.0-32.0 (was 18.5-30.0). 32.1-35.0: +25 % in
   DI, standard in term life up to sum assured EUR 300k. Above 40: decline
   in DI. Agreed; reinsurer confirmed.

2. Diabetes type 2 (term life)
   HbA1c below 7.0 % on oral medication only, no complications:
   +50 %. 7.0-8.0 %: +100 %. Insulin-treated: individual assessment.
   Brevant Re asked for a two-year review of the experience. Agreed.

3. Smoker definition
   Any nicotine product including e-cigarettes and nicotine pouches in
   the last 12 months = smoker. Heated tobacco likewise. Cannabis use
   (occasional, legal since 2024) is asked separately and does not make
   a person a smoker; regular use (weekly or more) is referred to the
   chief medical officer.

4. Mental health in DI
   A single episode of adjustment disorder, fully recovered for more than
   2 years, no medication: standard terms (previously exclusion). To be
   reflected in the broker webinar on 27 January materials (already done
   informally, now formal).

Next meeting: 3 June 2026.
Minutes: B. Wöhrle
""" + sig("woehrle", en=True, legal=False))
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: press enquiry answered with average health premium increases and general figures; no person")
def e_press_answer():
    m = new(who("vogt"), "Hannah Greaves <h.greaves@financial-weekly.example>",
            "RE: Enquiry – private health premiums in Germany 2026",
            D("2026-01-13 15:35"), in_reply_to="<CA+q8z1pQ0xRk@financial-weekly.example>")
    body(m, """Dear Ms Greaves,

Thank you for your enquiry. Here are our figures; you may quote them,
attributed to "a spokesperson for Tauberland Versicherung".

- Average premium change in our comprehensive private health insurance
  on 1 January 2026: +6.4 % (2025: +8.1 %). About 38 % of policyholders
  had no increase at all this year.
- Main reasons: hospital costs (+9 %), new cancer drugs, and more
  outpatient psychotherapy.
- Our policyholders can switch to another of our tariffs without a new
  health assessment for the same level of cover (§ 204 of the German
  Insurance Contract Act), and about 1,100 did so last year.
- Average age of our comprehensive health policyholders: 46.

We do not comment on individual cases or on competitors.

Best regards
Nadine Vogt
Corporate Communications
""" + sig("vogt", en=True))
    return m


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: order to a translation agency for health-questionnaire wording (blank form, DOCX); no person")
def e_translation_order():
    m = new(who("whitcombe"), "Projects – Linguabridge Translations <projects@linguabridge.example>",
            "Translation order: health questionnaire TGH 2026 (DE > EN, TR, UK)",
            D("2026-02-17 10:15"))
    body(m, """Hello Marta,

Please find attached the German health questionnaire for our expat health
product. We need it translated into English, Turkish and Ukrainian.

Some notes for your translators:
- this is a legal document; the answers are part of the contract, so the
  questions must be translated precisely, not elegantly
- medical terms should be the ones a layperson uses ("high blood pressure",
  not "hypertension"), but keep the ICD examples in brackets as they are
- please use the glossary from our 2024 order (file TLV_glossary_v4)

Volume: approx. 2,100 words. Deadline: 6 March. Please send your quote
before you start.

Thanks,
Claire
""" + sig("whitcombe", en=True, legal=False))
    doc = make_docx([
        "# Gesundheitsfragen – Tauberland Global Health (Formular TGH-GF-2026)",
        "1. Sind Sie derzeit in ärztlicher Behandlung oder nehmen Sie regelmäßig Medikamente ein?",
        "2. Wurden Sie in den letzten 5 Jahren ambulant behandelt (z. B. Bluthochdruck, Diabetes, Asthma, "
        "Rückenbeschwerden)?",
        "3. Waren Sie in den letzten 10 Jahren im Krankenhaus oder in einer Reha-Klinik?",
        "4. Wurden Sie in den letzten 10 Jahren psychotherapeutisch behandelt?",
        "5. Fehlen Ihnen Zähne, die noch nicht ersetzt sind? Wenn ja, wie viele?",
        "6. Sind Sie schwanger? (nur für Frauen)",
        "7. Besteht eine HIV-Infektion? (Nur mit ja oder nein beantworten.)",
        "Bitte machen Sie zu jeder mit ja beantworteten Frage Angaben zu Diagnose, Zeitraum, Behandlung "
        "und Ausheilung.",
    ], title="TGH-GF-2026", author="Claire Whitcombe", date="2026-02-16T09:00:00Z", dt=(2026, 2, 16, 9, 0, 0))
    attach(m, doc, "TGH-GF-2026_Gesundheitsfragen_DE.docx")
    return m


@mail("NORMAL", "en", "internal",
      "trap: data-protection FAQ for staff on when health data may be sent by e-mail; general rules and fictitious examples")
def e_dpo_faq():
    m = new(who("hambrecht"), "International Desk <international-desk@%s>" % DOM,
            "FAQ: e-mailing customers about their health – the short version in English",
            D("2026-01-28 09:05"))
    body(m, """Dear colleagues of the International Desk,

Several of you asked for an English version of our internal rules. Here it
is, short and simple:

Q: May I reply to a customer's e-mail about their treatment by normal
   e-mail?
A: Only if the customer has given written consent to unencrypted e-mail for
   health data. Otherwise the gateway sends it through the portal
   automatically, which is fine.

Q: What counts as health data?
A: Anything about a person's physical or mental health: diagnoses,
   symptoms, medicines, doctors' invoices, hospital stays, pregnancy,
   care needs, disability assessments – even "your physiotherapy invoice
   has been paid". Also any mail about a specific person's life, health or
   accident policy.

Q: And a general question like "does the plan cover physiotherapy?"
A: That's product information and may go by normal e-mail, as long as you
   don't mention what the person told you about their own condition.

Q: What should I write in the subject line to force encryption?
A: [streng vertraulich] or [secure]. The gateway also detects most cases on
   its own, but the tag is the safe way.

Q: Example?
A: "Dear Mr Example, your claim for the MRI scan of your knee has been
   paid" – strictly confidential. "Dear Mr Example, here is our product
   brochure" – normal.

Ludger Hambrecht, Data Protection Officer
""")
    return m


@mail("NORMAL", "en", "internal",
      "trap: invitation to an internal training on reading ICD-10 codes and medical reports (ICS); no case data")
def e_icd_training():
    m = new(who("salm"), "Claims trainees <claims-trainees@%s>" % DOM,
            "Training: reading ICD-10-GM codes and discharge letters (12 March)",
            D("2026-02-24 13:00"))
    body(m, """Hello everyone,

Our next internal training is on 12 March from 9:00 to 12:00 in room
Taubergrund (and on Teams for colleagues working from home).

Topics:
- structure of ICD-10-GM: chapters, three-character codes, the
  additional markers G (confirmed), V (suspected), Z (status after) and
  A (excluded), and the side markers R/L/B
- reading a hospital discharge letter: diagnosis, procedures (OPS),
  recommended follow-up
- typical pitfalls: M54.5 vs M54.50 since 2022, F-codes in the context of
  daily sickness allowance

We will use invented training cases only. Please bring your laptop.

Dr. Henrike Salm
""" + sig("salm", en=True, legal=False))
    attach(m, make_ics("icd-training-20260312@%s" % DOM, "20260312T090000", "20260312T120000",
                       "Training: ICD-10-GM and discharge letters", "Raum Taubergrund / Teams",
                       "Internal training with invented cases. Trainer: Dr. H. Salm.", addr("salm")),
           "ICD_training_2026-03-12.ics")
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: auditor's sampling methodology for the claims reserve audit; no data extract, no person")
def e_auditor_sampling():
    m = new(who("okafor"), "Oliver Frey <oliver.frey@keller-sturm-audit.example>",
            "RE: Year-end audit 2025 – sample selection claims reserves",
            D("2026-01-21 11:50"), in_reply_to="<PR3P195MB0811.eurp195.prod@keller-sturm-audit.example>")
    body(m, """Hi Oliver,

Thanks for the proposed approach. We agree with the following:

1. Population: all open claims at 31.12.2025 in property, motor, liability,
   accident and disability income; health is out of scope as agreed
   (reserves there are statistical).
2. Sampling: monetary unit sampling, 60 items, plus all claims with a
   reserve above EUR 500k (currently 23).
3. Data transfer: we will NOT send claim-level extracts by e-mail. Your team
   gets read-only access to the claims system in our audit room from
   9 February, and the extract file will be on the encrypted audit share.
4. For disability and accident claims, your staff will see medical
   information. We need the signed confidentiality undertaking (§ 203 StGB
   "mitwirkende Personen") from every auditor on site before access.

Could you send me the list of team members by 30 January?

Best,
Samuel
""" + sig("okafor", en=True, legal=False))
    return m


@mail("NORMAL", "en", "insurer-to-customer",
      "trap: out-of-office auto-reply of the international desk with emergency numbers; no content about the sender's case")
def e_out_of_office():
    m = new(who("whitcombe"), "Daniel Moreau <d.moreau@fastmail-box.example>",
            "Automatic reply: Enquiry",
            D("2026-04-03 18:22"), mailer="owa",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    body(m, """Thank you for your e-mail. I am out of the office until 13 April 2026
with limited access to e-mail.

For questions about claims, please write to
international-claims@tauberland-vers.example or call +49 7931 8820 690
(Mon-Fri, 8:00-17:00 CET).

In a medical emergency abroad, call our 24-hour assistance line:
+49 7931 8820 911.

Kind regards
Claire Whitcombe
International Desk – Expat Health
""")
    return m


@mail("NORMAL", "en", "internal",
      "trap: product committee on travel insurance pricing (loss ratios, medical evacuation costs); no individual")
def e_travel_pricing():
    m = new(who("mbeki"), "Product Committee Travel <product-travel@%s>" % DOM,
            "Travel 2027: loss ratios and proposal for medical evacuation sublimit",
            D("2026-04-21 10:20"), cc=who("okafor"))
    body(m, """Dear all,

Ahead of Thursday's meeting, my three points:

1. Loss ratios 2025
   Travel health (annual)      71 %
   Trip cancellation           64 %
   Baggage                     38 %
   Rental car excess           22 %
   Travel health is deteriorating because of three very large US cases
   (two cardiac, one accident); without them the ratio would be 58 %.

2. Medical evacuation
   Air ambulance costs from the Canary Islands went from approx. EUR 18k to
   EUR 26k per transport in two years. I propose to keep "unlimited" for
   medically necessary repatriation but to introduce a EUR 100k sublimit
   for non-emergency "comfort" repatriation.

3. Pre-existing conditions
   Cancellation claims due to a worsening of a known illness are now 41 %
   of cancellation claims. Competitors exclude "foreseeable" worsening;
   we currently don't. I'd like to discuss whether we add a stability
   clause (no change in medication in the last 3 months).

Olivia
""" + sig("mbeki", en=True, legal=False))
    return m


@mail("NORMAL", "mixed", "internal",
      "trap: English colleague forwards the German press release on a long-term care product for translation; product and statistics only")
def x_pressemitteilung_translation():
    m = new(who("ellingham"), who("vogt"),
            "FW: Pressemitteilung PflegePlus – English version for the broker bulletin?",
            D("2026-03-16 11:03"))
    body(m, """Hi Nadine,

Could someone translate the press release below for the international
bulletin? No rush, the bulletin goes out on 20 March. Only the first three
paragraphs, the quote from Dr Brenninger can be shortened.

Thanks,
Mark

-----Original Message-----
From: Vogt, Nadine
Sent: Friday, 13 March 2026 10:00
To: Presseverteiler
Subject: Pressemitteilung: Tauberland erweitert Pflegetagegeld PflegePlus

Bad Mergentheim, 13.03.2026. Die Tauberland Versicherung a.G. erweitert
ihr Pflegetagegeld PflegePlus: Ab 1. April zahlt der Tarif bereits ab
Pflegegrad 1 eine monatliche Leistung von 10 % des versicherten Betrags,
und bei vollstationärer Pflege verdoppelt sich die Leistung in den
Pflegegraden 2 und 3.

Rund 5,7 Millionen Menschen in Deutschland sind pflegebedürftig, vier von
fünf werden zu Hause versorgt. Der durchschnittliche Eigenanteil im
Pflegeheim liegt bei rund 2.900 Euro im Monat.

Neu ist außerdem eine Einmalleistung bei Demenzdiagnose in Höhe von
sechs Monatsleistungen, unabhängig vom Pflegegrad.

"Pflege ist ein Familienthema", sagt Dr. Ulrike Brenninger,
Vorstandsvorsitzende. "Wir wollen, dass Angehörige entlastet werden,
bevor sie selbst krank werden."

Pressekontakt: Nadine Vogt, presse@tauberland-vers.example
""")
    return m


@mail("NORMAL", "mixed", "insurer-to-partner",
      "trap: reinsurer correspondence in English quoting the German natural-catastrophe event report (aggregated losses, districts); no person")
def x_natcat_report():
    m = new(who("okafor"), "Dr. Elena Marchetti <elena.marchetti@brevant-re.example>",
            "Event notification Tauber/Main flood – update 2 (with extract from our German report)",
            D("2026-02-25 09:40"), cc=who("oltmanns"))
    body(m, """Dear Elena,

Update 2 on the February flood event under the Cat XL treaty. I'm pasting
the relevant part of our internal German report with a short English
summary underneath.

  "Ereignis: Hochwasser Tauber/Main, 03.–05.02.2026
   Gemeldete Schäden: 1.388 (Stand 24.02.)
   Geschätzter Bruttoschaden: 23,9 Mio. EUR
   davon Wohngebäude 15,8 Mio., Hausrat 3,4 Mio., Gewerbe/BU 4,7 Mio.
   Größter Einzelschaden: Gewerbebetrieb Wertheim, 1,9 Mio. EUR
   (Lager und Betriebsunterbrechung)
   Anteil Schäden in ZÜRS-Zone 3/4: 62 %"

Summary: 1,388 claims, gross estimate EUR 23.9m (up from 21.5m), largest
single loss EUR 1.9m (commercial, warehouse and BI). Expected recovery
from the treaty: EUR 8.9m above the EUR 15m retention.

We will send the formal loss advice with the bordereau at the end of March.

Best regards,
Samuel
""" + sig("okafor", en=True, legal=False))
    return m


@mail("NORMAL", "mixed", "internal",
      "trap: English HR note quoting the German works agreement on how to report sick leave; general process, no employee")
def x_hr_sick_leave_process():
    m = new(who("baumeister"), "International staff <intl-staff@%s>" % DOM,
            "How to report sick leave – English summary of our Betriebsvereinbarung",
            D("2026-04-08 14:10"))
    body(m, """Dear colleagues,

Several new colleagues asked how to report sick leave here. The binding
text is the German works agreement; the key clause reads:

  "§ 4 Anzeige der Arbeitsunfähigkeit
   (1) Die Arbeitsunfähigkeit ist der oder dem Vorgesetzten am ersten Tag
   bis 9:00 Uhr telefonisch oder per E-Mail anzuzeigen. Angaben zur
   Diagnose sind nicht zu machen.
   (2) Die Arbeitgeberin ruft die elektronische Arbeitsunfähigkeits-
   bescheinigung (eAU) ab dem vierten Kalendertag bei der Krankenkasse ab."

In English:
- tell your manager on the first day before 9 am, by phone or e-mail
- do NOT say what illness you have – it's none of our business
- from the fourth day, we retrieve the electronic sick note from your
  statutory health insurer; if you have private health insurance, send
  the paper certificate to HR (not to your manager)

Greta Baumeister, HR
""" + sig("baumeister", en=True, legal=False))
    return m

# --------------------------------------------------------------------------
# CONFIDENTIAL, German, general
# --------------------------------------------------------------------------

@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor claim settlement for a named customer: claim number, plate, payout to her IBAN; nobody injured")
def c_kfz_regulierung():
    ib = iban_de(67352565, 2087431)
    m = new(who("gansloser"), "Sabrina Krämer <sabrina.kraemer@t-netz.example>",
            "Ihr Schaden K-2026-104417 – Abrechnung",
            D("2026-01-19 11:23"))
    body(m, """Sehr geehrte Frau Krämer,

vielen Dank für die Rechnung der Werkstatt. Wir haben Ihren Kaskoschaden
vom 02.01.2026 (Glätteunfall gegen einen Begrenzungspfosten, Ford Fiesta,
TBB-SK 91) jetzt abgerechnet:

  Reparaturkosten laut Rechnung Autohaus Taubertal   2.736,45 EUR
  abzüglich Selbstbeteiligung Vollkasko               -300,00 EUR
  --------------------------------------------------------------
  Auszahlung                                          2.436,45 EUR

Da die Werkstatt die Reparatur bereits von Ihnen bezahlt bekommen hat,
überweisen wir den Betrag auf Ihr Konto
IBAN {IBAN} (Sparkasse Tauberfranken).

Ihr Schadenfreiheitsrabatt in der Vollkasko wird zum 01.01.2027 von SF 8
auf SF 4 zurückgestuft. Sie können den Schaden innerhalb von sechs Monaten
selbst zurückzahlen, um die Rückstufung zu vermeiden; den Betrag nennen
wir Ihnen gern.

Mit freundlichen Grüßen
Rupert Gansloser
""".replace("{IBAN}", ib) + sig("gansloser"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary claim: named customer's list of stolen items (ODS) with values, address, police file number; no health")
def c_einbruch_liste():
    m = new(who("oltmanns"), "Familie Petrović <petrovic.familie@gmx-post.example>",
            "AW: Einbruch 14.02. – Stehlgutliste",
            D("2026-02-20 09:12"), in_reply_to="<1f4a8c22-5b2e-4fd1-9e77-c0a9b84d2f13@gmx-post.example>")
    body(m, """Sehr geehrter Herr Petrović,

danke für die Stehlgutliste. Ich habe sie in unsere Vorlage übertragen und
schicke sie Ihnen zur Kontrolle zurück – bitte prüfen Sie besonders die
Anschaffungsjahre, davon hängt der Neuwert ab.

Schaden: S-2026-0038852, Hausrat HR-6201944
Adresse: Mörikestraße 17, 97941 Tauberbischofsheim
Polizei: Vorgangsnummer 0317-2026-004122, PI Tauberbischofsheim

Für den Schmuck brauchen wir Kaufbelege oder Fotos; die Entschädigung für
Wertsachen ist in Ihrem Vertrag auf 20 % der Versicherungssumme begrenzt
(hier 13.000 EUR), für Bargeld auf 1.500 EUR.

Die beschädigte Terrassentür lassen Sie bitte reparieren; die Rechnung
geht an uns.

Mit freundlichen Grüßen
Fenna Oltmanns
""" + sig("oltmanns") + """

> Hallo Frau Oltmanns, anbei unsere Liste. Die Uhr war ein Geschenk von
> meinem Vater, Kaufbeleg haben wir nicht mehr, aber ein Foto. Goran Petrović
""")
    ods = make_ods([("Stehlgut S-2026-0038852", [
        ["Nr.", "Gegenstand", "Anschaffung", "Neupreis EUR", "Beleg"],
        [1, "Notebook Lenovo ThinkPad", "2023", 1349, "Rechnung"],
        [2, "Spielkonsole + 2 Controller", "2024", 619, "Rechnung"],
        [3, "Herrenarmbanduhr Automatik", "2010", 2400, "Foto"],
        [4, "Goldkette 585 mit Anhänger", "2018", 980, "Foto"],
        [5, "Ohrringe Weißgold", "2021", 640, "Kassenbon"],
        [6, "Bargeld", "-", 420, "-"],
        [7, "Tablet Samsung", "2022", 479, "Rechnung"],
        ["", "Summe", "", 6887, ""]])], author="Fenna Oltmanns", date="2026-02-20T08:50:00",
        dt=(2026, 2, 20, 8, 50, 0))
    attach(m, ods, "Stehlgutliste_S-2026-0038852.ods")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; attached premium invoice (PDF) for buildings insurance with name, address, policy number and IBAN for direct debit")
def c_beitragsrechnung_pdf():
    ib = iban_de(50010517, 5590117283)
    m = new("Tauberland Versicherung <beitragsservice@%s>" % DOM, "h.vogelsang@mailservice.example",
            "Ihre Beitragsrechnung 2026",
            D("2026-01-05 06:15"), mailer="system")
    body(m, """Guten Tag,

anbei erhalten Sie Ihre Beitragsrechnung. Bitte bewahren Sie sie für Ihre
Unterlagen auf.

Freundliche Grüße
Ihre Tauberland Versicherung

Dies ist eine automatisch erzeugte Nachricht.
""")
    pdf = make_pdf([
        "# Beitragsrechnung 2026",
        "Herrn Heinrich Vogelsang, Bachgasse 4, 97990 Weikersheim",
        "Versicherungsschein-Nr. WG-5502219 - Wohngebäudeversicherung Komfort",
        "Versicherungsort: Bachgasse 4, 97990 Weikersheim (Einfamilienhaus, Baujahr 1962)",
        "---",
        "Versicherungszeitraum 01.01.2026 - 31.12.2026",
        "Beitrag netto 1.011,78 EUR   Versicherungsteuer 19 % 192,24 EUR   Gesamt 1.204,02 EUR",
        "Anpassung nach Baupreisindex: Faktor 23,41 (Vorjahr 22,38)",
        "---",
        "Der Betrag wird am 15.01.2026 per SEPA-Lastschrift von Ihrem Konto " + ib,
        "(Mandatsreferenz TLV-WG5502219-01, Gläubiger-ID DE71ZZZ00000441128) eingezogen.",
    ], title="Beitragsrechnung WG-5502219", date="20260105050000")
    attach(m, pdf, "Beitragsrechnung_WG-5502219_2026.pdf")
    return m


@mail("CONFIDENTIAL", "de", "customer",
      "customer's complaint about a motor premium increase forwarded as attached message (windows-1252): name, policy, pension income, plate")
def c_fw_beschwerde_kfz():
    m = new(who("haag"), who("gansloser"),
            "WG: Beschwerde Beitragserhöhung – bitte Stellungnahme bis 30.01.",
            D("2026-01-26 08:33"))
    body(m, """Hallo Herr Gansloser,

anbei eine Beschwerde zur Kfz-Beitragserhöhung. Herr Seufert droht mit
dem Ombudsmann. Können Sie mir bis Freitag sagen, woraus sich die
Erhöhung zusammensetzt (Typklasse, Regionalklasse)? Dann antworte ich ihm.

Danke
Ines Haag
""" + sig("haag", legal=False))
    inner = new("Wolfgang Seufert <w.seufert@t-netz.example>", "service@%s" % DOM,
                "Beitragserhöhung Kfz – so nicht!", D("2026-01-24 21:47"), mailer=None)
    inner["Message-ID"] = "<000001dc8d71$0a3e7f20$1ebb7d60$@t-netz.example>"
    body(inner, """Sehr geehrte Damen und Herren,

mit Schreiben vom 12.01. erhöhen Sie meinen Beitrag für den VW Passat
(KÜN-WS 55, Vertrag KF 903-366702) von 498,20 auf 612,90 Euro. Das sind
23 Prozent! Ich bin seit 31 Jahren bei Ihnen und hatte nie einen Schaden.

Ich bin Rentner und habe 1.380 Euro Rente im Monat. Solche Sprünge kann
ich mir nicht leisten. Wenn Sie das nicht zurücknehmen, wende ich mich an
den Ombudsmann und kündige.

Mit freundlichen Grüßen
Wolfgang Seufert
Hohebacher Weg 3
74673 Mulfingen
""", charset="windows-1252", cte="quoted-printable")
    attach_mail(m, inner)
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "business liability claim at a customer site caused by a named employee of the insured company; contact person, claim number; no injury")
def c_betriebshaftpflicht():
    m = new(who("oltmanns"), "Sandra Reinhardt <s.reinhardt@elektro-reinhardt.example>",
            "Haftpflichtschaden S-2026-0051203 – Parkettschaden Kunde Bad Mergentheim",
            D("2026-03-11 14:06"))
    body(m, """Sehr geehrte Frau Reinhardt,

vielen Dank für die Schadenmeldung. Zum Verständnis fasse ich zusammen:

Ihr Monteur, Herr Kevin Hertlein, hat am 04.03.2026 bei Ihrem Kunden
Herrn Albert Dengler (Erlenweg 6, 97980 Bad Mergentheim) eine
Deckenleuchte montiert. Dabei ist die Leiter weggerutscht und hat das
Eichenparkett im Wohnzimmer auf ca. 2 m² beschädigt. Verletzt wurde
niemand.

Damit ist das ein Fall für Ihre Betriebshaftpflicht (GW-771340). Wir
brauchen noch:
- einen Kostenvoranschlag des Parkettlegers (Herr Dengler hat laut Ihrer
  Meldung schon einen angefordert),
- zwei, drei Fotos,
- eine kurze Stellungnahme von Herrn Hertlein zum Hergang.

Selbstbeteiligung laut Vertrag 250 EUR. Die Zahlung leisten wir direkt an
Herrn Dengler, sobald der Kostenvoranschlag geprüft ist.

Mit freundlichen Grüßen
Fenna Oltmanns
""" + sig("oltmanns"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal-expenses cover confirmation for a named client's tenancy dispute (rent reduction, mould, amount in dispute); no health details")
def c_rs_mietstreit():
    m = new(who("loeffelhardt"), "Kanzlei Drescher & Volk <kanzlei@drescher-volk.example>",
            "Deckungszusage RS-2219034 / Ihr Zeichen 118/26 DV – Öztürk ./. Hausverwaltung Mainblick",
            D("2026-02-16 10:48"))
    body(m, """Sehr geehrter Herr Rechtsanwalt Volk,

in der Mietsache Ihrer Mandantin, unserer Versicherungsnehmerin Frau Selin
Öztürk (Rechtsschutzvertrag RS-2219034, Wohnungs-RS Mieter), erteilen wir
Deckungszusage für:

- die außergerichtliche Interessenwahrnehmung gegenüber der Hausverwaltung
  Mainblick GmbH wegen Mietminderung (Feuchtigkeit/Schimmel im
  Schlafzimmer, Minderungsquote laut Ihrem Schreiben 15 %, Streitwert
  nach Ihrer Berechnung 2.646 EUR),
- sowie für das selbständige Beweisverfahren, falls die Gegenseite den
  Mangel bestreitet.

Die Selbstbeteiligung von 150 EUR wird mit Ihrer Kostennote verrechnet.
Für eine Klage bitten wir um erneute Deckungsanfrage mit Entwurf.

Bitte beachten Sie, dass der Versicherungsfall (erste Mängelanzeige
07.11.2025) nach Ablauf der Wartezeit liegt (Vertragsbeginn 01.03.2025) –
insoweit keine Bedenken.

Mit freundlichen Grüßen
Katrin Löffelhardt
""" + sig("loeffelhardt"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "appraisal order for a damaged car: owner name, phone, plate, VIN, location; nobody injured")
def c_gutachtenauftrag_kfz():
    m = new(who("gansloser"), "Sachverständigenbüro Kraus <auftrag@sv-kraus.example>",
            "Gutachtenauftrag K-2026-109862 – Hagel/Sturm, BMW 320d, MOS-TE 482",
            D("2026-02-05 08:17"))
    body(m, """Guten Morgen Herr Kraus,

bitte übernehmen Sie folgende Besichtigung:

Schaden:        K-2026-109862, Teilkasko, Sturm (umgestürzter Baum)
Halter/VN:      Tanja Eberhardt, Tel. 0151 22840917
Fahrzeug:       BMW 320d Touring, EZ 09/2020, FIN WBA8E91070K552317
Kennzeichen:    MOS-TE 482
Standort:       Autohaus Brenner, Bahnhofstraße 40, 74821 Mosbach
Schadenbild:    Dach und Motorhaube eingedrückt, Frontscheibe gebrochen

Frau Eberhardt ist telefonisch ab 16 Uhr erreichbar. Bitte prüfen Sie auch,
ob ein wirtschaftlicher Totalschaden vorliegt (Restwert über die Börse,
drei Angebote). Verletzt wurde niemand, das Fahrzeug stand geparkt.

Honorar nach BVSK-Tabelle. Gutachten bitte bis 13.02. über das
Gutachterportal hochladen.

Gruß
Rupert Gansloser
""" + sig("gansloser"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "notice to the vehicle registration office that motor cover has ended: holder name, address, plate, VIN (§ 25 FZV)")
def c_zulassungsstelle():
    m = new("Kfz-Bestand <kfz-bestand@%s>" % DOM, "Zulassungsstelle Main-Tauber-Kreis <zulassung@main-tauber-kreis.example>",
            "Anzeige nach § 25 FZV – Beendigung des Versicherungsschutzes TBB-LR 707",
            D("2026-03-02 07:05"), mailer="system")
    body(m, """Anzeige über die Beendigung des Versicherungsverhältnisses
(§ 25 Abs. 1 FZV)

Versicherer:          Tauberland Versicherung a.G., VU-Nr. 5566
Halter:               Luca Riedmann, Ketterbergstraße 21, 97980 Bad Mergentheim
Geburtsdatum Halter:  17.10.2001
Kennzeichen:          TBB-LR 707
FIN:                  VF3LCYHZPKS148206
Fahrzeug:             Peugeot 208
Ende des Versicherungsschutzes: 28.02.2026, 24:00 Uhr
Grund:                Kündigung wegen Nichtzahlung des Folgebeitrags
                      (§ 38 VVG)

Ein Nachweis über eine neue Haftpflichtversicherung liegt uns nicht vor.

Diese Anzeige wurde automatisch über die Kfz-Bestandsverwaltung erstellt.
Rückfragen: kfz-bestand@tauberland-vers.example, Tel. 07931 8820-520
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "pet health insurance: vet invoice for a named customer's dog reimbursed (animal health), IBAN; no human health data")
def c_tierkranken():
    ib = iban_de(60050101, 7405512390)
    m = new("Leistung Tier <leistung-tier@%s>" % DOM, "Melanie Hägele <melanie.haegele@webpost.example>",
            "Erstattung Tierarztrechnung – Hund \"Bruno\", Vertrag TK-40177",
            D("2026-02-12 15:44"), mailer="system")
    body(m, """Sehr geehrte Frau Hägele,

wir haben die Rechnung der Tierklinik Hohenlohe vom 03.02.2026 geprüft:

Tier:         Bruno, Labrador-Mischling, geb. 2019
Behandlung:   Kreuzbandriss hinten links, TPLO-Operation, 2 Tage stationär
Rechnung:     2.984,60 EUR (GOT, 2-facher Satz)
erstattungsfähig nach Tarif OP-Schutz Plus: 2.984,60 EUR
Selbstbeteiligung 20 %:  -596,92 EUR
Erstattung:   2.387,68 EUR

Der Betrag wird in den nächsten Tagen auf Ihr Konto
{IBAN} überwiesen.

Gute Besserung für Bruno!

Mit freundlichen Grüßen
Ihre Tauberland Versicherung, Team Tierversicherung
""".replace("{IBAN}", ib))
    return m


@mail("CONFIDENTIAL", "de", "internal",
      "dunning list (XLSX) of overdue property/motor premiums with customer names, policy numbers, amounts and reminder stage")
def c_mahnliste():
    m = new("Forderungsmanagement <inkasso@%s>" % DOM, who("gansloser") + ", " + who("oltmanns"),
            "Mahnstufe 3 – Liste KW 10 zur Prüfung vor Kündigung",
            D("2026-03-06 10:00"), mailer="notes")
    body(m, """Hallo zusammen,

anbei die Verträge, die nächste Woche in Mahnstufe 3 (Kündigung nach
§ 38 VVG) gehen. Bitte prüft bis Dienstag, ob offene Schäden dabei sind, die
wir vorher verrechnen müssen, oder ob ein Makler Zahlung angekündigt hat.

Kranken/Leben sind nicht in der Liste, die laufen getrennt.

Gruß
Forderungsmanagement (Jens Albus)
""")
    rows = [["Vertrag", "VN", "Sparte", "offen EUR", "fällig seit", "Mahnstufe", "Makler"],
            ["KF 903-441870", "Riedmann, Luca", "Kfz", 312.40, "2026-01-01", 3, "-"],
            ["KF 903-429115", "Schäfer, Dominik", "Kfz", 188.75, "2026-01-15", 3, "VM 40 1702"],
            ["HR-6177204", "Yıldırım, Aylin", "Hausrat", 86.30, "2026-01-01", 3, "-"],
            ["WG-5513376", "Kolb, Hermann und Rita", "Wohngebäude", 1102.10, "2026-01-01", 3, "VM 40 2093"],
            ["PH-3388810", "Brückner, Stefanie", "Privathaftpflicht", 64.90, "2026-01-01", 3, "-"],
            ["RS-2207741", "Nguyen, Thi Mai", "Rechtsschutz", 29.40, "2026-02-01", 3, "VM 40 5521"],
            ["GW-770981", "Friseursalon Haarmonie, Inh. Petra Lutz", "Gewerbe", 412.00, "2026-01-01", 3, "VM 40 0876"]]
    attach(m, make_xlsx([("Mahnstufe3 KW10", rows)], author="Jens Albus",
                        date="2026-03-06T08:45:00Z", dt=(2026, 3, 6, 8, 45, 0)), "Mahnstufe3_KW10_2026.xlsx")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "e-bike theft claim: named customer, frame number, purchase price, police report; no health")
def c_ebike_diebstahl():
    m = new(who("oltmanns"), "Jannik Stöhr <jannik.stoehr@uni-mail.example>",
            "Fahrraddiebstahl 09.03. – was wir noch brauchen",
            D("2026-03-12 16:20"), mailer="owa")
    body(m, """Hallo Herr Stöhr,

danke für Ihre Meldung über die App. Damit wir den Diebstahl Ihres
E-Bikes regulieren können (Hausrat HR-6214470, Schaden S-2026-0060318),
fehlen noch drei Dinge:

1. Kaufbeleg des Rads (Cube Kathmandu Hybrid, Rahmennummer WCU2X41187D,
   laut Ihrer Angabe 3.299 EUR, gekauft 05/2024)
2. Die polizeiliche Anzeige bzw. das Aktenzeichen (Sie schrieben, Sie waren
   am 10.03. bei der Polizei in Würzburg)
3. Den zweiten Schlüssel des Schlosses (Faltschloss ABUS) – bitte per Post
   an uns, Adresse unten

Ihr Vertrag enthält die Fahrradklausel rund um die Uhr bis 3.500 EUR, Sie
sind also voll versichert. Nach zwei Jahren rechnen wir mit einem Abzug von
10 % für die Nutzung. Der Akku ist mitversichert.

Viele Grüße
Fenna Oltmanns
""" + sig("oltmanns"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "request to a previous motor insurer for a no-claims transfer: named customer, birth date, plate, prior policy number")
def c_sf_anfrage_vorversicherer():
    m = new("Kfz-Bestand <kfz-bestand@%s>" % DOM, "SF-Auskunft Mainlicht Direkt <sf-auskunft@mainlicht-direkt.example>",
            "Anfrage Schadenfreiheitsrabatt – Übernahme VN Hahn, Melanie",
            D("2026-01-14 09:30"), mailer="system")
    body(m, """Sehr geehrte Damen und Herren,

unsere Versicherungsnehmerin hat bei uns eine Kraftfahrtversicherung
abgeschlossen und die Übernahme ihres Schadenfreiheitsrabatts beantragt.
Wir bitten um Auskunft nach den Tarifbestimmungen (SF-Auskunft).

Versicherungsnehmerin:  Melanie Hahn, geb. 06.04.1990
Anschrift:              Friedenstraße 8, 97877 Wertheim
Vorvertrag bei Ihnen:   MLD-K-4471902
Kennzeichen (alt):      MSP-MH 90
Vertragsende bei Ihnen: 31.12.2025
Unser Vertrag:          KF 903-451870, Beginn 01.01.2026

Bitte teilen Sie uns mit: SF-Klasse Haftpflicht und Vollkasko zum
Vertragsende, Schäden der letzten drei Jahre mit Datum, ob Schäden offen
sind, und die Art der Vertragsbeendigung.

Mit freundlichen Grüßen
Tauberland Versicherung a.G., Kfz-Bestand (VU-Nr. 5566)
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only annual contract overview for a named customer: policy table with motor, household, liability, masked IBAN, birth date")
def c_jahresuebersicht_html():
    ib = iban_de(62030050, 7001218475)
    masked = ib[:4] + " **** **** **** **" + ib[-4:].replace(" ", "")
    m = new("Tauberland Kundenportal <kundenportal@%s>" % DOM, "Andreas Widmann <a.widmann@familie-widmann.example>",
            "Ihre Vertragsübersicht 2026",
            D("2026-01-09 07:00"), mailer="system")
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Widmann,</p>
<p>hier Ihre Vertragsübersicht zum Jahresbeginn. Bitte pr&uuml;fen Sie, ob Ihre Daten noch stimmen.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eef"><th colspan="2">Ihre Daten</th></tr>
<tr><td>Name</td><td>Andreas Widmann</td></tr>
<tr><td>Geburtsdatum</td><td>12.02.1976</td></tr>
<tr><td>Anschrift</td><td>Weinstra&szlig;e 33, 74193 Schwaigern</td></tr>
<tr><td>Bankverbindung</td><td>""" + masked + """</td></tr>
</table><br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eef"><th>Vertrag</th><th>Sparte</th><th>Gegenstand</th><th>Jahresbeitrag</th></tr>
<tr><td>KF 903-418822</td><td>Kfz</td><td>Audi A4 Avant, HN-AW 1976</td><td>734,60 EUR</td></tr>
<tr><td>KF 903-418823</td><td>Kfz</td><td>Fiat 500, HN-CW 12</td><td>402,10 EUR</td></tr>
<tr><td>HR-6160091</td><td>Hausrat</td><td>Weinstra&szlig;e 33</td><td>212,40 EUR</td></tr>
<tr><td>PH-3301447</td><td>Privathaftpflicht</td><td>Familie</td><td>89,90 EUR</td></tr>
<tr><td colspan="3"><b>Summe</b></td><td><b>1.439,00 EUR</b></td></tr>
</table>
<p>&Auml;nderungen k&ouml;nnen Sie im Kundenportal selbst vornehmen.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Tauberland Versicherung</p>
</body></html>"""
    html_only(m, html)
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "rent-deposit guarantee: credit check of a named tenant with net income, employer and landlord; income data")
def c_mietkaution():
    m = new(who("haag"), "Lisa Brenneis <lisa.brenneis@postfach-mail.example>",
            "Ihr Antrag Mietkautionsbürgschaft MK-2026-0884",
            D("2026-04-14 11:05"))
    body(m, """Sehr geehrte Frau Brenneis,

vielen Dank für Ihren Antrag auf eine Mietkautionsbürgschaft.

Vermieter:        Wohnbau Heilbronn eG
Mietobjekt:       Karlstraße 102, 74076 Heilbronn, 2 Zimmer
Kaution:          2.310 EUR (3 Nettokaltmieten)

Für die Bonitätsprüfung haben Sie angegeben: Angestellte bei der
Stadtwerke Neckar GmbH seit 2022, Nettoeinkommen 2.480 EUR monatlich,
keine weiteren Kredite. Die Auskunft der Auskunftei war unauffällig.

Damit können wir die Bürgschaft übernehmen. Jahresbeitrag: 4,9 % der
Bürgschaftssumme = 113,19 EUR, zahlbar jährlich im Voraus.

Bitte senden Sie uns noch die letzten zwei Gehaltsabrechnungen (gern über
das Kundenportal hochladen, nicht per E-Mail). Die Bürgschaftsurkunde
schicken wir dann direkt an die Wohnbau Heilbronn.

Mit freundlichen Grüßen
Ines Haag
""" + sig("haag"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "private liability claim: a named customer's 7-year-old son scratched a neighbour's car with his scooter; claim number, amounts, nobody hurt")
def c_kind_kratzer():
    m = new(who("oltmanns"), "Nicole Bauernfeind <nicole.bauernfeind@web-mail.example>",
            "AW: Kratzer am Auto vom Nachbarn – Haftpflicht?",
            D("2026-05-06 10:30"), in_reply_to="<CAJ4b1x=Pq7M2@web-mail.example>")
    body(m, """Liebe Frau Bauernfeind,

danke für die Fotos. Kurz zur Rechtslage, weil Sie danach gefragt haben:
Kinder unter 7 Jahren haften gar nicht, zwischen 7 und 10 Jahren im
Straßenverkehr auch nicht – das gilt aber nur für den fließenden Verkehr.
Ihr Sohn Elias (7) ist mit dem Roller auf dem Gehweg gegen das geparkte Auto
von Herrn Kappes gefahren; bei parkenden Autos greift das Privileg nicht.

Ihre Familien-Haftpflicht (PH-3396602) übernimmt den Schaden deshalb:

  Lackierung hintere Tür und Seitenwand
  laut Kostenvoranschlag Karosserie Wolf   1.184,30 EUR

Wir zahlen direkt an Herrn Kappes. Dafür brauche ich nur noch seine
Bankverbindung – er kann sie mir gern selbst schicken, Schadennummer
S-2026-0071156.

Schön, dass Elias nichts passiert ist!

Viele Grüße
Fenna Oltmanns
""" + sig("oltmanns") + """

> Hallo, mein Sohn (7) ist gestern mit dem Roller gegen das Auto vom
> Nachbarn gefahren, jetzt ist ein langer Kratzer drin. Zahlt das unsere
> Haftpflicht? Ihm ist nix passiert. Fotos anbei.
> Nicole Bauernfeind
""")
    return m

# --------------------------------------------------------------------------
# CONFIDENTIAL, English and mixed, general
# --------------------------------------------------------------------------

@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "confirmation of personal liability cover for an expat's landlord: name, address, policy number, sum insured")
def ce_liability_confirmation():
    m = new(who("haag"), "Rohan Mehta <rohan.mehta@inbox-mail.example>",
            "RE: Proof of liability insurance for my landlord",
            D("2026-01-16 10:44"), in_reply_to="<CAF7kP0q9d_t3@inbox-mail.example>")
    body(m, """Dear Mr Mehta,

Of course – please find the confirmation below. You can forward this
e-mail to your landlord, or print it.

  CONFIRMATION OF INSURANCE
  Policyholder:      Rohan Mehta
  Address:           Neckarstraße 57, 74072 Heilbronn, 3rd floor left
  Policy:            PH-3405512, personal liability "Komfort Single"
  Cover:             EUR 20 million combined single limit, including
                     damage to rented residential property (Mietsachschäden)
  Period:            1 December 2025 – 1 December 2026, renews annually
  Premium status:    paid

Damage to the rented flat (e.g. a broken washbasin, burnt parquet) is
covered; normal wear and tear and damage to heating systems and boilers
are not.

Kind regards
Ines Haag
""" + sig("haag", en=True) + """

> Hello, my new landlord wants proof that I have liability insurance
> before I move in. Can you send me something in English or German?
> Thanks, Rohan Mehta
""")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "fleet renewal for a company: vehicle list (XLSX) with plates, VINs and the named employees who drive them, driver birth dates")
def ce_fleet_renewal():
    m = new(who("friedrichsen"), "Fleet Manager Neckarblick Logistik <fleet@neckarblick-logistik.example>",
            "Fleet policy FL-2026-0031 – renewal and driver list for review",
            D("2026-02-10 13:22"))
    body(m, """Dear Mr Kowalczyk,

Ahead of the renewal of your fleet policy on 1 April, please check the
attached vehicle and driver list. We need to know:

- vehicles sold or added since last year (we have 3 vans marked "?")
- whether the named drivers are still correct for the company cars with
  private use (these drivers' ages affect the premium; two are under 25)

Loss ratio 2025: 58 % (14 claims, of which 11 parking/manoeuvring damage).
Renewal terms: +4.0 % on the fleet rate, unchanged deductibles.

Please return the list by 6 March.

Kind regards
Malte Friedrichsen
""" + sig("friedrichsen", en=True))
    rows = [["plate", "vehicle", "VIN", "use", "named driver", "driver born"],
            ["HN-NL 101", "Mercedes Sprinter 316", "WDB9066331S918220", "delivery", "pool", ""],
            ["HN-NL 102", "Mercedes Sprinter 316", "WDB9066331S918341", "delivery", "pool", ""],
            ["HN-NL 115", "VW Crafter 35", "WV1ZZZSYZK9033512", "delivery", "pool", "?"],
            ["HN-NL 116", "VW Crafter 35", "WV1ZZZSYZK9034108", "delivery", "pool", "?"],
            ["HN-NL 117", "Ford Transit Custom", "WF0YXXTTGYKR41177", "delivery", "pool", "?"],
            ["HN-NL 1", "BMW 530e Touring", "WBA11FJ0X0CH71834", "company car, private use", "Kowalczyk, Marek", "1978-03-02"],
            ["HN-NL 7", "VW Passat Variant GTE", "WVWZZZ3CZNE118904", "company car, private use", "Haas, Jennifer", "1985-11-19"],
            ["HN-NL 21", "Skoda Enyaq", "TMBJC9NY1NF017736", "company car, private use", "Demir, Can", "2002-07-08"],
            ["HN-NL 22", "Skoda Enyaq", "TMBJC9NY4NF018002", "company car, private use", "Richter, Alina", "2001-12-30"]]
    attach(m, make_xlsx([("Fleet 2026", rows)], author="Malte Friedrichsen",
                        date="2026-02-10T12:50:00Z", dt=(2026, 2, 10, 12, 50, 0)), "FL-2026-0031_vehicles_drivers.xlsx")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "legal-expenses cover for a named client's employment dispute: dismissal, salary, severance offer; no health or union data")
def ce_employment_dispute():
    m = new(who("loeffelhardt"), "Sarah Lindemann <s.lindemann@lindemann-law.example>",
            "Your client Mr Aaron Fischer-Walsh – cover under RS-2231188",
            D("2026-02-03 15:55"))
    body(m, """Dear Ms Lindemann,

Thank you for your request for cover of 29 January on behalf of our
policyholder Mr Aaron Fischer-Walsh (legal expenses policy RS-2231188,
private and employment).

We confirm cover for the action for protection against dismissal
(Kündigungsschutzklage) against his former employer, Mainwerk Solar GmbH,
before the labour court in Würzburg, first instance.

From your letter we note: employed since 2019 as a project engineer,
gross monthly salary EUR 5,850, dismissal on 20 January for operational
reasons, employer's offer of a severance payment of 0.5 monthly salaries
per year of service. The value in dispute is therefore three monthly
salaries, EUR 17,550.

Please note that in first-instance labour court proceedings each party
bears its own costs; your fee will be settled according to RVG on that
value. The deductible of EUR 150 applies once.

Kind regards
Katrin Löffelhardt
""" + sig("loeffelhardt", en=True))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel baggage claim: named customer's lost suitcase, contents, airline reference, payout IBAN; no health")
def ce_baggage_claim():
    ib = iban_raw("NL", "RABO0312847765")
    m = new(who("mbeki"), "Femke Jansen <femke.jansen@webmail-nl.example>",
            "Baggage claim RV-2026-04418 – settlement",
            D("2026-04-28 12:15"))
    body(m, """Dear Ms Jansen,

We have received the airline's final confirmation that your suitcase
(PIR reference FRAKL41882, flight Frankfurt–Lisbon on 2 April) was not
found. We have settled your claim under your travel policy RV-2026-04418
as follows:

  Clothing and shoes (list of 17 April)        1,140.00
  Toiletries                                      85.00
  Suitcase (Samsonite, bought 2021)              190.00
  less depreciation (clothing/suitcase, 20 %)   -266.00
  less payment by the airline                   -520.00
  ------------------------------------------------------
  Payable                                        629.00 EUR

We will transfer the amount to your account
IBAN {IBAN} within five working days.

Kind regards
Olivia Mbeki-Hartl
""".replace("{IBAN}", ib) + sig("mbeki", en=True))
    return m


@mail("CONFIDENTIAL", "en", "internal",
      "sanctions screening hit on a named customer with birth date and nationality, cleared as false positive; no criminal data")
def ce_sanctions_false_positive():
    m = new("Compliance <compliance@%s>" % DOM, who("whitcombe"),
            "Sanctions screening alert #SC-2026-0117 – cleared",
            D("2026-03-04 09:40"), mailer="notes")
    body(m, """Hi Claire,

The nightly screening flagged one of your new expat policyholders:

  Customer:      Oleksandr Marchenko, born 11 March 1983, Ukrainian
  Address:       Urbanstraße 12, 70182 Stuttgart
  Policy:        TGH-2026-00377 (start 1 March 2026)
  List entry:    "Oleksandr MARCHENKO", born 1961, EU consolidated list

We compared date of birth, place of birth (Kharkiv vs. Donetsk) and the
passport copy from the application. It is a name match only – cleared as
a false positive. No action on the policy; the alert is closed and
documented.

If premium payments come from a third-party account, please let us know,
otherwise nothing further is needed.

Compliance (M. Huber)
""")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "cyber insurance quote for a freelance designer (sole trader): turnover and income figures, address; income of a natural person")
def ce_cyber_freelancer():
    m = new(who("friedrichsen"), "Isabel Moreno <hello@isabelmoreno-design.example>",
            "Your cyber insurance quote",
            D("2026-03-24 11:30"))
    body(m, """Dear Ms Moreno,

Thank you for your enquiry. Based on your details:

  Business:    Isabel Moreno Design (sole trader), Rotebühlstraße 90,
               70178 Stuttgart, web and brand design
  Turnover:    EUR 86,000 (2025), profit approx. EUR 54,000
  Clients:     mostly small businesses, no online shop of your own,
               customer data of approx. 40 clients

we can offer Cyber Compact S:
  - limit EUR 250,000 per claim and year
  - own damage (data recovery, forensics, ransomware negotiation),
    business interruption after 12 hours (EUR 150 per day)
  - third-party liability for data breaches and infringement of
    intellectual property on websites you build
  - deductible EUR 500
  Annual premium: EUR 389.00 plus insurance tax

Please confirm that you use two-factor authentication for your mail and
cloud accounts and keep offline backups at least weekly – both are
conditions of the policy.

Kind regards
Malte Friedrichsen
""" + sig("friedrichsen", en=True))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "yacht insurance renewal for a named owner: boat, hull value, berth, skipper certificate; no health")
def ce_yacht_renewal():
    m = new(who("friedrichsen"), "Graham Pettigrew <g.pettigrew@sailmail.example>",
            "Yacht policy YA-2026-0042 'Silver Heron' – renewal 1 May",
            D("2026-04-02 16:48"))
    body(m, """Dear Mr Pettigrew,

Your yacht policy is due for renewal on 1 May. Details as we have them:

  Owner:          Graham Pettigrew, 7 Harbour View, Lymington SO41 9AB, UK
  Yacht:          "Silver Heron", Hallberg-Rassy 37, built 2008,
                  hull no. HR37-219
  Agreed value:   EUR 185,000 (unchanged)
  Berth:          Marina Lindau (Lake Constance), winter storage ashore
  Navigation:     Lake Constance and inland waters of DE/AT/CH
  Skipper:        owner, Bodensee-Schifferpatent held since 2017

Premium for the coming year: EUR 1,442.00 (previous year EUR 1,386.00),
mainly because repair costs for GRP hulls have risen. The no-claims bonus
of 15 % remains.

If you plan to take the boat to the Mediterranean this summer, as you
mentioned last year, we need to extend the navigation area before
departure.

Kind regards
Malte Friedrichsen
""" + sig("friedrichsen", en=True))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "handover of an unpaid premium claim to a debt collection agency: debtor name, address, birth date, amount; property/motor lines")
def ce_debt_collection():
    m = new("Forderungsmanagement <inkasso@%s>" % DOM, "New files – Crossborder Collect Ltd <newfiles@crossborder-collect.example>",
            "New file: Tauberland ref. INK-2026-0193 (debtor now in Ireland)",
            D("2026-03-27 10:10"), mailer="notes")
    body(m, """Dear colleagues,

Please take over the following case under our framework agreement. The
debtor moved from Germany to Ireland; our reminders were returned.

  Our reference:  INK-2026-0193
  Debtor:         Ciarán Doherty, born 22 August 1991
  Last address:   Bürgermeister-Sauer-Straße 3, 97980 Bad Mergentheim
  New address:    14 Abbey Street Upper, Dublin 1 (per change-of-address
                  notice from Deutsche Post)
  Claim:          unpaid premiums, motor policy KF 903-437715 and
                  household policy HR-6182291, periods 07/2025–12/2025
  Principal:      EUR 684.30
  Reminder fees:  EUR 15.00
  Total:          EUR 699.30

The motor policy was terminated on 31 December 2025 for non-payment. There
are no open claims on either contract.

Kind regards
Jens Albus
Forderungsmanagement, Tauberland Versicherung a.G.
""")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rental-car excess claim with quoted history: named customer, rental agreement, damage charge, bank details; nobody hurt")
def ce_rental_excess():
    ib = iban_raw("GB", "NWBK60161331926819")
    m = new(who("mbeki"), "Thomas Whitaker <tom.whitaker@britmail.example>",
            "RE: RE: Rental car excess – Sicily",
            D("2026-06-15 14:40"), in_reply_to="<CAM3xQw8r2Lp@britmail.example>")
    body(m, """Dear Mr Whitaker,

Thank you, the credit card statement is exactly what we needed. Your claim
under the rental car excess cover (policy RV-2026-05120) is accepted:

  Rental agreement:   Catania airport, 24–31 May 2026, Fiat Tipo
  Damage charged:     EUR 850.00 (scratch and dent on the rear bumper,
                      damage report signed at return)
  Reimbursement:      EUR 850.00 (excess cover up to EUR 3,000, no
                      deductible)

We will pay to the account you gave us, {IBAN} (Thomas Whitaker),
within five working days.

Kind regards
Olivia Mbeki-Hartl
""".replace("{IBAN}", ib) + sig("mbeki", en=True, legal=False) + """

> Hi Olivia, here is the credit card statement showing the EUR 850 charge
> from the rental company. Account for the refund: the same as before.
> Tom
>
> > Dear Mr Whitaker, thank you for your claim. Could you please send us
> > proof that the rental company actually charged the EUR 850 (card
> > statement or invoice)? Kind regards, Olivia Mbeki-Hartl
""")
    return m


@mail("CONFIDENTIAL", "en", "company",
      "client company's HR e-mail with a CSV of employees (names, birth dates, passport nationality) for group business-travel cover, forwarded internally")
def ce_fw_group_travel_list():
    m = new(who("mbeki"), who("friedrichsen"),
            "FW: Group travel insurance – employee list Fairbrook",
            D("2026-01-30 09:05"))
    body(m, """Malte,

Fairbrook's HR sent the list directly to me – I think it belongs in your
group business travel policy (GR-2026-0008). Can you take it from here? I
haven't saved it anywhere else.

Olivia

-----Original Message-----
From: HR Fairbrook Components <hr@fairbrook-components.example>
Sent: Thursday, 29 January 2026 17:20
To: Mbeki-Hartl, Olivia
Subject: Group travel insurance – employee list

Dear Ms Mbeki-Hartl,

As requested by our managing director, Mr Pfannenstiel, please find
attached the list of employees who travel on business in 2026 and should be
covered under the group business travel policy from 1 February.

Kind regards
Monika Gebhardt
Human Resources, Fairbrook Components GmbH
""" + sig("mbeki", en=True, legal=False))
    rows = [["last_name", "first_name", "date_of_birth", "nationality", "department", "trips_2026_est"],
            ["Pfannenstiel", "Julian", "1971-05-14", "DE", "Management", 12],
            ["Gebhardt", "Monika", "1980-09-03", "DE", "HR", 2],
            ["O'Connell", "Brendan", "1987-01-25", "IE", "Sales", 18],
            ["Szabó", "Réka", "1992-06-11", "HU", "Quality", 6],
            ["Lehmann", "Philipp", "1984-12-02", "DE", "Engineering", 9],
            ["Castro", "Mariana", "1990-03-29", "PT", "Purchasing", 7]]
    attach(m, make_csv(rows, delimiter=","), "employees_business_travel_2026.csv")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household water-damage claim of an expat tenant: address, claim number, damaged items and payout to his IBAN; nobody hurt")
def ce_household_water():
    ib = iban_de(60010070, 118847702)
    m = new(who("oltmanns"), "Kenji Watanabe <kenji.watanabe@mailbox-jp.example>",
            "Your claim S-2026-0049930 – water damage, settlement",
            D("2026-03-20 10:35"))
    body(m, """Dear Mr Watanabe,

Thank you for the photos and the invoices. We have settled your household
contents claim (policy HR-6209118) for the water damage in your flat at
Reinsburgstraße 41, 70178 Stuttgart, caused by the burst hose of the
washing machine on 1 March:

  Sofa (bought 2022)                      1,290.00
  Rug                                       340.00
  Books and records (list of 9 March)       610.00
  Cleaning / drying equipment rental        185.40
  ------------------------------------------------
  Total                                   2,425.40 EUR

The damage to the floor and walls belongs to the building and is a matter
for your landlord's buildings insurance; we have sent him a copy of our
assessment as you asked.

We will transfer EUR 2,425.40 to your account {IBAN} in the next days.

Kind regards
Fenna Oltmanns
""".replace("{IBAN}", ib) + sig("oltmanns", en=True))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "green card / proof of motor insurance for driving to the UK: named driver, plate, VIN, policy period")
def ce_green_card():
    m = new("Kfz-Bestand <kfz-bestand@%s>" % DOM, "Sophie Carrington <sophie.carrington@webpost-uk.example>",
            "International Motor Insurance Card for your trip to the UK",
            D("2026-07-01 08:40"), mailer="system")
    body(m, """Dear Ms Carrington,

As requested, here are the details of your International Motor Insurance
Card (green card). The printable card is in your customer portal under
Documents; please carry a printout in the car.

  Insured:        Sophie Carrington, Bergstraße 14, 69469 Weinheim
  Vehicle:        Mini Cooper SE, registration HP-SC 310,
                  VIN WMW11DJ0302V81447
  Policy:         KF 903-470028
  Card number:    D/5566/2026/0048812
  Valid:          1 July 2026 – 30 June 2027
  Countries:      all green-card countries incl. United Kingdom

Your comprehensive cover (Vollkasko) applies in the UK as well. Our
breakdown service abroad: +49 7931 8820 911.

Safe travels!
Tauberland Versicherung a.G., Motor
""")
    return m


@mail("CONFIDENTIAL", "mixed", "internal",
      "English claims handler asks a German colleague about a named customer's quoted German glass-breakage claim letter (address, policy, invoice)")
def cx_glasbruch():
    m = new(who("mbeki"), who("oltmanns"),
            "Quick question – Glasbruch claim Frau Tomaszewski",
            D("2026-04-09 15:12"))
    body(m, """Hi Fenna,

I'm covering the property inbox this week and this one came in. My German
is OK for reading, but I'm not sure about the Ceranfeld – is a ceramic hob
covered under her glass insurance? The letter:

  "Sehr geehrte Damen und Herren,
   beim Kochen ist mir ein Topf auf das Ceranfeld gefallen, jetzt hat es
   einen Sprung quer durch. Die Versicherungsnummer ist GL-2290415. Der
   Herd ist von 2021. Die Firma Elektro Bach hat 612,40 Euro für ein
   neues Kochfeld mit Einbau angeboten. Ich wohne in der Uhlandstraße 9,
   97980 Bad Mergentheim. Bitte rufen Sie mich an: 07931 44 1873.
   Mit freundlichen Grüßen, Renata Tomaszewski"

If yes, I'd pay on the quote without an assessor (below EUR 1,000).

Thanks!
Olivia
""" + sig("mbeki", en=True, legal=False))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "cancellation of household and liability policies because a named customer moves abroad: policy numbers, refund amount, IBAN")
def ce_moving_abroad_refund():
    ib = iban_de(66050101, 108221904)
    m = new(who("haag"), "Megan Fraser <megan.fraser@northmail.example>",
            "RE: Cancelling my insurance – moving back to Canada",
            D("2026-05-19 09:55"), in_reply_to="<b1c6f0d2-9a7e-4b3e-8d01-77e2a5c4f9e1@northmail.example>")
    body(m, """Dear Ms Fraser,

Thank you for letting us know, and all the best for your move back to
Halifax!

Because you are giving up your residence in Germany, both contracts end on
the date you move out, 31 May 2026 (special termination right, no notice
period):

  HR-6197735  household contents, Karlsruhe   refund EUR 61.25
  PH-3399012  personal liability              refund EUR 29.75

You had paid both premiums annually in advance until 31 December, so we
refund the unused part, EUR 91.00 in total, to your German account
{IBAN}. If you close that account before the middle of June,
please send us other bank details (a Canadian account is fine, we then
need the SWIFT code and the account number).

Please send us a copy of your deregistration certificate
(Abmeldebestätigung) from the Karlsruhe residents' office when you have it.

Kind regards
Ines Haag
""".replace("{IBAN}", ib) + sig("haag", en=True) + """

> Hello, I am moving back to Canada at the end of May and need to cancel my
> home contents and liability insurance. What do I need to do? Megan Fraser
""")
    return m

# --------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL, German, general
# --------------------------------------------------------------------------

@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; attached health-claim settlement (PDF) lists the customer's doctors' invoices, GOÄ items, diagnoses and refund")
def s_leistungsabrechnung_pdf():
    m = new("Tauberland Leistung Kranken <leistung-kranken@%s>" % DOM, "Thomas Grimmer <t.grimmer@mailservice.example>",
            "Ihre Leistungsabrechnung vom 23.01.2026",
            D("2026-01-23 18:02"), mailer="system")
    body(m, """Sehr geehrter Herr Grimmer,

anbei Ihre aktuelle Leistungsabrechnung. Den Erstattungsbetrag überweisen
wir in den nächsten Tagen auf Ihr bekanntes Konto.

Sie können Rechnungen auch bequem mit der Tauberland-App einreichen.

Freundliche Grüße
Ihre Tauberland Krankenversicherung
""")
    pdf = make_pdf([
        "# Leistungsabrechnung",
        "Versicherungsnehmer: Thomas Grimmer - Vertrag KV 7724413-01 - Tarif KV Komfort 600",
        "Abrechnung vom 23.01.2026 - Belegeingang 16.01.2026",
        "---",
        "## Versicherte Person: Thomas Grimmer",
        "Dr. med. Kerstin Hallmann, Kardiologie, Rechnung vom 08.01.2026",
        "  Diagnose: I48.0 Vorhofflimmern paroxysmal; I10.90 essentielle Hypertonie",
        "  GOÄ 1, 7, 651 (EKG), 424 (Echokardiographie), 659 (Langzeit-EKG)     412,37 EUR  erstattet 412,37",
        "Apotheke am Markt, Beleg vom 09.01.2026",
        "  Apixaban 5 mg N3, Bisoprolol 2,5 mg N3                                 248,16 EUR  erstattet 248,16",
        "## Mitversicherte Person: Lena Grimmer (Tochter, 9 Jahre)",
        "Dr. med. Felix Nagel, Kinder- und Jugendmedizin, Rechnung vom 12.01.2026",
        "  Diagnose: J06.9 akuter Infekt der oberen Atemwege",
        "  GOÄ 1, 5, 250                                                           46,92 EUR  erstattet 46,92",
        "---",
        "Summe Rechnungsbeträge 707,45 EUR - Selbstbehalt 2026 verbraucht: 600,00 von 600,00 EUR",
        "Erstattung: 107,45 EUR",
        "Hinweis: Ihr Anspruch auf Beitragsrückerstattung für 2026 entfällt mit dieser Einreichung.",
    ], title="Leistungsabrechnung KV 7724413-01", date="20260123170000")
    attach(m, pdf, "Leistungsabrechnung_2026-01-23.pdf")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to a GP for a medical report on a disability claim: named patient, diagnosis, sick leave, release from confidentiality")
def s_befundbericht_anforderung():
    m = new(who("ried"), "Praxis Dr. Amrei Moll <praxis@hausarzt-moll.example>",
            "Anforderung ärztlicher Bericht – Ihre Patientin Frau Katharina Seeger, geb. 15.07.1979",
            D("2026-02-19 09:35"))
    body(m, """Sehr geehrte Frau Dr. Moll,

Ihre Patientin, Frau Katharina Seeger, geb. 15.07.1979, wohnhaft
Schmiedgasse 11, 97941 Tauberbischofsheim, hat bei uns Leistungen aus
ihrer Berufsunfähigkeitsversicherung (BU 41-3266120) beantragt.

Sie gibt an, seit 09/2025 wegen eines Fibromyalgie-Syndroms und einer
mittelgradigen depressiven Episode arbeitsunfähig zu sein und ihren Beruf
als Kassiererin im Einzelhandel nicht mehr ausüben zu können.

Wir bitten Sie um einen ärztlichen Bericht (Formular BU-ÄB-1, anbei im
Portal-Link) mit folgenden Angaben:
1. Diagnosen mit Erstdiagnosedatum
2. bisherige Behandlung, Medikation, Überweisungen (Rheumatologie,
   Psychiatrie), Reha-Maßnahmen
3. Arbeitsunfähigkeitszeiten seit 2023
4. Ihre Einschätzung der Leistungsfähigkeit (Stehen, Heben, Konzentration)

Die Schweigepflichtentbindungserklärung von Frau Seeger vom 04.02.2026
liegt uns vor; eine Kopie stellen wir Ihnen auf Wunsch zur Verfügung. Für
den Bericht vergüten wir 60,00 EUR (GOÄ Nr. 75 analog).

Bitte senden Sie den Bericht über unser Ärzteportal oder per Post, nicht
per unverschlüsselter E-Mail.

Mit freundlichen Grüßen
Dr. Konstantin Ried
""" + sig("ried"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "hospital",
      "hospital discharge letter of a named patient (attached forwarded message with PDF: diagnoses, OPS, medication) forwarded internally")
def s_fw_entlassbericht():
    m = new(who("demirtas"), "Team Krankenhaus <leistung-kh@%s>" % DOM,
            "WG: Entlassbericht Fr. Reinhold – KV 7719020-01",
            D("2026-02-16 13:22"))
    body(m, """Hallo Team,

der Entlassbericht kam versehentlich an mein persönliches Postfach statt
über den Datenaustausch. Bitte zur Leistungsakte nehmen (Rechnung DRG
F62C liegt bereits vor). Ich habe die Klinik gebeten, künftig den
sicheren Weg zu nutzen.

Aylin
""")
    inner = new("Sekretariat Innere Medizin <sekretariat.innere@tauberbogen-klinikum.example>",
                who("demirtas"), "Entlassbericht Reinhold, Hannelore", D("2026-02-16 11:58"), mailer=None)
    inner["Message-ID"] = "<4c1d77a0e2f1.sekr-innere@tauberbogen-klinikum.example>"
    body(inner, """Sehr geehrte Frau Demirtaş,

wie telefonisch besprochen anbei der vorläufige Entlassbericht von Frau
Reinhold für die Kostenübernahme.

Mit freundlichen Grüßen
Sekretariat Prof. Dr. Gerlach, Innere Medizin
Klinikum am Tauberbogen
""")
    pdf = make_pdf([
        "# Klinikum am Tauberbogen - Klinik für Innere Medizin",
        "Vorläufiger Entlassbericht",
        "Patientin: Hannelore Reinhold, geb. 02.11.1948, Mühlwehrstraße 5, 97980 Bad Mergentheim",
        "Stationärer Aufenthalt: 04.02.2026 - 13.02.2026",
        "---",
        "## Diagnosen",
        "I50.13 Linksherzinsuffizienz NYHA III, dekompensiert",
        "I48.1 Vorhofflimmern, persistierend",
        "N18.3 Chronische Nierenkrankheit Stadium 3",
        "E11.90 Diabetes mellitus Typ 2",
        "## Prozeduren",
        "3-052 Transösophageale Echokardiographie; 8-640.0 Kardioversion",
        "## Medikation bei Entlassung",
        "Torasemid 10 mg 1-0-0, Sacubitril/Valsartan 49/51 mg 1-0-1, Apixaban 2,5 mg 1-0-1,",
        "Metformin 500 mg 1-0-1, Bisoprolol 5 mg 1-0-0",
        "## Empfehlung",
        "Gewichtskontrolle täglich, Kontrolle Kreatinin/Kalium in 1 Woche beim Hausarzt.",
        "Pflegegrad-Antrag wurde durch den Sozialdienst angestoßen.",
    ], title="Entlassbericht Reinhold", author="Klinikum am Tauberbogen", date="20260213150000")
    inner.make_mixed()
    attach(inner, pdf, "Entlassbericht_Reinhold_vorlaeufig.pdf")
    attach_mail(m, inner)
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care benefit approved for care level 3 after assessment: named insured, daily benefit, dementia mentioned")
def s_pflegegrad3():
    m = new(who("stadelmaier"), "Jürgen Ehrmann <juergen.ehrmann@web-mail.example>",
            "Pflegetagegeld für Ihre Mutter – Bewilligung",
            D("2026-03-09 10:18"))
    body(m, """Sehr geehrter Herr Ehrmann,

vielen Dank für die Unterlagen. Das Gutachten des Medizinischen Dienstes
vom 24.02.2026 stellt bei Ihrer Mutter, Frau Rosa Ehrmann (Vertrag
PT 55-087112, Pflegetagegeld PflegePlus 1500), den Pflegegrad 3 fest,
rückwirkend ab Antragstellung am 19.01.2026.

Grundlage sind laut Gutachten vor allem die Einschränkungen bei den
kognitiven Fähigkeiten (beginnende Alzheimer-Demenz) und bei der
Selbstversorgung.

Leistung aus PflegePlus in Pflegegrad 3 bei häuslicher Pflege: 60 % von
1.500 EUR = 900 EUR monatlich. Für Januar (anteilig ab 19.01.) und
Februar zahlen wir 1.277,42 EUR nach, ab März monatlich 900 EUR. Da
Pflegegrad 3 erreicht ist, entfällt die Beitragszahlung ab 01.04.2026.

Sie sind als Bevollmächtigter eingetragen; die Zahlungen gehen wie
gewünscht auf das Konto Ihrer Mutter.

Wenn Ihre Mutter in ein Pflegeheim umzieht, erhöht sich die Leistung auf
100 %. Bitte geben Sie uns dann Bescheid.

Mit freundlichen Grüßen
Verena Stadelmaier
""" + sig("stadelmaier"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "internal discussion of a daily sickness allowance case: named insured with depression (F32.1), therapy, doubts about incapacity")
def s_kt_intern():
    m = new(who("demirtas"), who("salm"),
            "AW: KT-Fall Brauchle – Gutachten ja/nein?",
            D("2026-03-18 12:41"), in_reply_to="<OF2A7B1C44.8E0F9D21-ONC1258B@tauberland-vers.example>")
    body(m, """Hallo Henrike,

danke für die schnelle Einschätzung. Dann beauftrage ich das
psychiatrische Gutachten bei Dr. Ostertag und zahle bis zum Ergebnis
weiter unter Vorbehalt.

Herrn Brauchle schreibe ich heute, dass wir eine Begutachtung brauchen;
den Grund (Instagram-Fotos vom Skiurlaub) nenne ich ihm natürlich nicht so.

Aylin

> Hallo Aylin,
>
> ich habe mir die Akte angesehen. Kurz zusammengefasst:
> Herr Markus Brauchle, selbständiger Steuerberater, KT 43 mit 250 EUR
> täglich, AU seit 12.11.2025, Diagnose F32.1 (mittelgradige depressive
> Episode), Sertralin 100 mg, ambulante Psychotherapie 1x/Woche seit
> Dezember. Die AU-Bescheinigungen kommen alle zwei Wochen von seiner
> Hausärztin, keine fachärztliche Bescheinigung.
>
> Dass er in den Skiurlaub fährt, widerspricht einer Depression nicht
> zwingend – Aktivität wird sogar oft empfohlen. Aber nach vier Monaten
> ohne Facharzt und bei der Höhe des Tagegelds sollten wir die
> Arbeitsunfähigkeit durch ein Gutachten klären lassen (§ 9 Abs. 3
> MB/KT). Bitte Psychiater, nicht Hausarzt.
>
> Henrike
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "change of beneficiary in a named customer's life insurance (new partner, divorce); personal line, no medical data")
def s_bezugsrecht():
    m = new(who("sommerhalder"), "Michael Distler <m.distler@familie-distler.example>",
            "Bezugsrechtsänderung Lebensversicherung LV 41-2204917",
            D("2026-02-23 14:05"))
    body(m, """Sehr geehrter Herr Distler,

wir haben Ihre Änderung des Bezugsrechts erhalten und bestätigen sie wie
folgt:

Vertrag:           LV 41-2204917, Kapitallebensversicherung,
                   Versicherungssumme 80.000 EUR, Ablauf 01.12.2034
Versicherte Person: Michael Distler, geb. 19.04.1968

Bisher bezugsberechtigt im Todesfall: Sabine Distler (geschiedene
Ehefrau), widerruflich
Neu bezugsberechtigt im Todesfall ab 20.02.2026: Claudia Rehm, geb.
30.01.1972, widerruflich
Im Erlebensfall: unverändert Sie selbst

Da das bisherige Bezugsrecht widerruflich war, brauchten wir keine
Zustimmung von Frau Distler. Die Änderung ist mit Zugang Ihres Schreibens
am 20.02.2026 wirksam geworden.

Ein Hinweis, weil Sie nach dem Scheidungsurteil gefragt haben: Ob der
Vertrag im Versorgungsausgleich oder Zugewinn berücksichtigt werden muss,
können wir nicht beurteilen – das klären Sie bitte mit Ihrem Anwalt.

Mit freundlichen Grüßen
Elke Sommerhalder
""" + sig("sommerhalder"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "death benefit from life insurance: named deceased, cause of death in the attached ZIP (PDF death certificate extract), heirs")
def s_todesfall_zip():
    m = new(who("sommerhalder"), "Stefanie Lorenz <stefanie.lorenz@post-online.example>",
            "Todesfallleistung LV 41-1987703 – Ihr Vater Herbert Lorenz",
            D("2026-01-29 11:50"))
    body(m, """Sehr geehrte Frau Lorenz,

zunächst unser aufrichtiges Beileid zum Tod Ihres Vaters.

Wir haben die Unterlagen erhalten. Zur Vervollständigung der Akte sende
ich Ihnen unsere Zusammenfassung und die Kopie der Todesbescheinigung
(vertraulicher Teil), die uns das Standesamt übermittelt hat, zur
Kenntnis – als ZIP, weil Ihr Postfach große PDFs nicht annimmt.

Die Todesfallleistung von 32.418,66 EUR (Versicherungssumme 25.000 EUR
zuzüglich Überschussbeteiligung) zahlen wir an Sie und Ihren Bruder zu
gleichen Teilen, wie im Erbschein vom 21.01.2026 ausgewiesen. Bitte
schicken Sie uns noch die Bankverbindung Ihres Bruders.

Mit freundlichen Grüßen
Elke Sommerhalder
""" + sig("sommerhalder"))
    pdf1 = make_pdf([
        "# Leistungsfall Tod - Zusammenfassung",
        "Vertrag LV 41-1987703, Kapital-LV, Beginn 01.03.1992",
        "Versicherte Person: Herbert Lorenz, geb. 07.06.1941, verstorben 28.12.2025 in Bad Mergentheim",
        "Todesursache laut Todesbescheinigung (vertraulicher Teil):",
        "  unmittelbar: Pneumonie (J18.9); als Folge von: Lungenkarzinom (C34.1) seit 2024",
        "  Obduktion: nein",
        "Bezugsrecht: keines benannt -> Erben laut Erbschein AG Bad Mergentheim VI 1182/25",
        "  Stefanie Lorenz (1/2), Jens Lorenz (1/2)",
        "Leistung: Versicherungssumme 25.000,00 EUR + Überschüsse 7.418,66 EUR = 32.418,66 EUR",
    ], title="Leistungsfall Tod LV 41-1987703", date="20260129103000")
    pdf2 = make_pdf([
        "# Todesbescheinigung - Auszug (vertraulicher Teil)",
        "Name: Lorenz, Herbert - geb. 07.06.1941 - Sterbedatum 28.12.2025, 04:10 Uhr",
        "Sterbeort: Pflegeheim St. Elisabeth, Bad Mergentheim",
        "Ia unmittelbar zum Tode führende Krankheit: Pneumonie",
        "Ib vorangegangene Ursache: Bronchialkarzinom rechter Oberlappen",
        "II weitere wesentliche Krankheiten: COPD, Herzinsuffizienz",
        "Todesart: natürlich",
        "Leichenschauender Arzt: Dr. med. Tobias Ungerer",
    ], title="Todesbescheinigung Auszug", author="Standesamt", date="20260115090000")
    z = make_zip([("Zusammenfassung_Leistungsfall_LV41-1987703.pdf", pdf1, (2026, 1, 29, 11, 40, 0)),
                  ("Todesbescheinigung_Auszug_Lorenz.pdf", pdf2, (2026, 1, 15, 9, 0, 0))])
    attach(m, z, "Unterlagen_LV41-1987703.zip")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "harmless body; attached XLSX lists employees in the company pension scheme (direct insurance): names, birth dates, salary conversion, contract numbers")
def s_bav_liste():
    m = new(who("sommerhalder"), "Lohnbuchhaltung Schreinerei Göbel <lohn@schreinerei-goebel.example>",
            "bAV Direktversicherung – Bestandsliste zum Jahresbeginn",
            D("2026-01-20 08:45"))
    body(m, """Sehr geehrte Frau Göbel,

wie jedes Jahr anbei die Bestandsliste Ihrer Direktversicherungen zum
Abgleich mit der Lohnabrechnung. Bitte prüfen Sie die Beträge und geben
Sie uns Änderungen bis Ende Februar durch.

Mit freundlichen Grüßen
Elke Sommerhalder
""" + sig("sommerhalder"))
    rows = [["Mitarbeiter/in", "geb.", "Vertrag", "Tarif", "Entgeltumwandlung mtl.", "AG-Zuschuss 15 %", "Beginn"],
            ["Göbel, Martin", "1974-02-18", "LV 41-2188031", "Direktversicherung Klassik", 250.00, 37.50, "2012-01-01"],
            ["Wirth, Stefan", "1986-10-04", "LV 41-2240177", "Direktversicherung Flex", 150.00, 22.50, "2018-04-01"],
            ["Scherer, Jonas", "1998-07-22", "LV 41-2269903", "Direktversicherung Flex", 100.00, 15.00, "2021-09-01"],
            ["Meyer, Tanja", "1990-01-13", "LV 41-2281440", "Direktversicherung Flex", 75.00, 11.25, "2023-01-01"],
            ["Aksoy, Mehmet", "1979-05-30", "LV 41-2290012", "Direktversicherung Flex", 200.00, 30.00, "2024-07-01"]]
    attach(m, make_xlsx([("bAV 2026", rows)], author="Elke Sommerhalder",
                        date="2026-01-20T07:30:00Z", dt=(2026, 1, 20, 7, 30, 0)), "bAV_Bestand_Goebel_2026.xlsx")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "liability claim with personal injury: injured cyclist's fractures, hospital stay and pain-and-suffering offer sent to her lawyer")
def s_personenschaden_anwalt():
    m = new(who("gansloser"), "Rechtsanwältin Dr. Petra Hochstätter <kanzlei@hochstaetter-recht.example>",
            "Ihre Mandantin Frau Lea Sauter / unser VN Kurz – K-2026-101377",
            D("2026-03-26 15:10"))
    body(m, """Sehr geehrte Frau Dr. Hochstätter,

in der Unfallsache Ihrer Mandantin Frau Lea Sauter (Unfall vom
08.01.2026, Lauda-Königshofen, Radfahrerin gegen Pkw unseres
Versicherungsnehmers beim Abbiegen) ist die Haftung unseres
Versicherungsnehmers dem Grunde nach zu 100 % unstreitig.

Nach den uns vorliegenden Unterlagen (Entlassbericht Klinikum am
Tauberbogen, Bericht des Unfallchirurgen vom 10.03.2026):
- distale Radiusfraktur rechts (S52.51), operativ mit Plattenosteosynthese
  versorgt
- Rippenserienfraktur 5.–7. Rippe links (S22.43), konservativ
- stationär 08.–14.01.2026, danach AU bis voraussichtlich Ende April,
  Physiotherapie 2x wöchentlich
- Metallentfernung in ca. 12 Monaten geplant

Wir bieten ein Schmerzensgeld von 9.000 EUR als Vorschuss an, ohne
Anerkennung einer Rechtspflicht über diesen Betrag hinaus; eine
abschließende Bewertung ist erst nach der Metallentfernung möglich.
Verdienstausfall und Haushaltsführungsschaden rechnen Sie bitte
gesondert ab.

Mit freundlichen Grüßen
Rupert Gansloser
""" + sig("gansloser"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
      "direct billing query to a pharmacy about a named insured's expensive biologic (adalimumab) prescription; iso-8859-1 body")
def s_apotheke_direktabrechnung():
    m = new(who("demirtas"), "Hirsch-Apotheke Wertheim <info@hirsch-apotheke-wertheim.example>",
            "Direktabrechnung Rezept vom 02.03.2026 - Herr Yusuf Arslan",
            D("2026-03-05 10:27"), mailer="outlook")
    body(m, ("""Sehr geehrter Herr Apotheker Lutz,

wir haben Ihre Direktabrechnung für unseren Versicherten Herrn Yusuf
Arslan (KV 7728831-01) erhalten:

  Adalimumab 40 mg Fertigpen, 6 Stück, PZN 18236402     4.982,11 EUR

Die Kostenübernahme für die Therapie (Morbus Crohn, K50.1) liegt vor und
gilt bis 30.09.2026. Allerdings ist auf dem Rezept das Original
verordnet; nach unserer Vereinbarung geben Sie bei biologika-fähigen
Verordnungen ohne "aut idem"-Kreuz ein Biosimilar ab, sofern der Arzt das
nicht ausschließt.

Bitte prüfen Sie, ob das Rezept ein aut-idem-Kreuz trägt. Wenn ja, zahlen
wir den vollen Betrag; wenn nein, erstatten wir den Preis des günstigsten
Biosimilars (3.410,60 EUR) und Sie rechnen die Differenz nicht mit Herrn
Arslan ab.

Mit freundlichen Grüßen
Aylin Demirtaş
""" + sig("demirtas")).replace("ş", "s"), charset="iso-8859-1", cte="quoted-printable")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "data-breach report: a named customer's psychotherapy report was mailed to the wrong recipient; misdirected mail attached as message")
def s_datenpanne():
    m = new(who("hambrecht"), "Datenschutz-Team <datenschutz-team@%s>" % DOM,
            "Datenschutzvorfall DSV-2026-004 – Fehlversand Therapiebericht",
            D("2026-02-27 17:05"), cc=who("demirtas"))
    body(m, """Hallo zusammen,

zur Dokumentation des heutigen Vorfalls:

Was: Eine Kollegin der Leistung Kranken hat einen Bericht der
Psychotherapeutin über unsere Versicherte Frau Nadine Kolb (KV 7730992-01)
statt an die Gutachterin an eine falsche Adresse geschickt – die
Autovervollständigung hat "n.kolb@..." (eine andere Person gleichen
Namens bei einem Freemail-Anbieter) vorgeschlagen. Das Gateway hat die
Mail nicht abgefangen, weil sie als Antwort auf eine eingehende Mail
verschickt wurde und die Kundin der TLS-Übermittlung zugestimmt hatte.

Inhalt: Diagnose F43.1 (posttraumatische Belastungsstörung), Verlauf der
Therapie seit 2024, 32 Sitzungen.

Maßnahmen: Empfänger angeschrieben mit Bitte um Löschung (bisher keine
Antwort), Meldung an die Aufsichtsbehörde nach Art. 33 DSGVO wird
vorbereitet (Frist 01.03.), Benachrichtigung der Kundin nach Art. 34 –
ich rufe sie morgen selbst an.

Die fehlgeleitete Mail hängt zur Dokumentation an.

Ludger Hambrecht
""")
    inner = new(who("demirtas"), "n.kolb@freemail-web.example", "AW: Gutachten Kolb – Unterlagen",
                D("2026-02-27 10:44"), mailer="outlook")
    inner["Message-ID"] = "<7E01A6C3B58F4D2A9C11F0E7@EXMB03.tauberland-vers.example>"
    body(inner, """Sehr geehrte Frau Dr. Kolbe,

wie besprochen die Unterlagen zur Begutachtung unserer Versicherten
Frau Nadine Kolb, geb. 11.09.1988:

Bericht der behandelnden Psychotherapeutin Dipl.-Psych. Sonja Irrgang
vom 12.02.2026 (Auszug):
"Frau Kolb befindet sich seit 04/2024 in meiner Behandlung wegen einer
posttraumatischen Belastungsstörung (F43.1) nach einem Überfall an ihrem
Arbeitsplatz. Bisher 32 Sitzungen Verhaltenstherapie mit
traumafokussierten Elementen. Deutliche Besserung der Intrusionen,
weiterhin Vermeidungsverhalten bei Menschenansammlungen. Eine Rückkehr an
den früheren Arbeitsplatz halte ich derzeit nicht für möglich."

Bitte teilen Sie uns mit, ob Sie für das Gutachten weitere Unterlagen
benötigen.

Mit freundlichen Grüßen
Aylin Demirtaş
Leistung Krankenversicherung
""")
    attach_mail(m, inner)
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "base64-encoded body: premium refund for a claim-free year in a named customer's private health insurance (health contract of a specific person)")
def s_beitragsrueckerstattung_b64():
    m = new("Tauberland Krankenversicherung <kv-service@%s>" % DOM, "Carolin Wendt <carolin.wendt@postbox-mail.example>",
            "Gute Nachricht: Ihre Beitragsrückerstattung für 2025",
            D("2026-04-16 06:30"), mailer="system")
    body(m, """Sehr geehrte Frau Wendt,

Sie haben im Jahr 2025 keine Leistungen aus Ihrer Krankheitskosten-
versicherung in Anspruch genommen. Dafür erhalten Sie eine
Beitragsrückerstattung:

  Vertrag:                 KV 7721550-01, Tarif KV Komfort 1200
  Versicherte Person:      Carolin Wendt
  leistungsfreie Jahre:    3 in Folge
  Rückerstattung:          4 Monatsbeiträge = 1.742,80 EUR

Die Auszahlung erfolgt bis Ende Mai auf Ihr Beitragskonto.

Tipp: Reichen Sie Rechnungen für 2026 erst ein, wenn sie in Summe höher
sind als Ihre mögliche Rückerstattung – Vorsorgeuntersuchungen dürfen Sie
übrigens einreichen, ohne die Rückerstattung zu verlieren.

Mit freundlichen Grüßen
Ihre Tauberland Krankenversicherung
""", cte="base64")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's mail about hospital daily benefit after the birth of her child by caesarean section, forwarded internally")
def s_fw_geburt():
    m = new(who("haag"), "Leistung Kranken <leistung-kranken@%s>" % DOM,
            "WG: Krankenhaustagegeld nach Geburt",
            D("2026-04-20 09:02"))
    body(m, """Bitte übernehmen, Kundin hat an den Service geschrieben. Die
Geburtsurkunde ist laut Kundin in der App hochgeladen.
Danke, Ines Haag

-----Ursprüngliche Nachricht-----
Von: Jessica Albrecht <jessi.albrecht@mail-box.example>
Gesendet: Samstag, 18. April 2026 22:14
An: service@tauberland-vers.example
Betreff: Krankenhaustagegeld nach Geburt

Hallo,

ich habe am 6.4. unsere Tochter Mila bekommen (Kaiserschnitt, war
geplant weil sie in Beckenendlage lag) und war bis 11.4. im Krankenhaus in
Wertheim. Ich habe bei Ihnen eine Krankenhaustagegeld-Versicherung
(Vertragsnummer KV 7727710-01 glaube ich), 50 Euro pro Tag.
Bekomme ich das auch bei einer Geburt? Und muss ich Mila jetzt extra
anmelden, damit sie auch versichert ist?

Den Entlassbrief hab ich in der App hochgeladen.

Danke und liebe Grüße
Jessica Albrecht
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "motor recourse after a drunk-driving conviction (penal order, blood alcohol): criminal data of a named customer")
def s_regress_trunkenheit():
    m = new(who("gansloser"), "Dennis Baumgärtner <dennis.b@schnellpost.example>",
            "Regress aus Schaden K-2025-188204 – Trunkenheitsfahrt",
            D("2026-03-31 11:40"))
    body(m, """Sehr geehrter Herr Baumgärtner,

für den Unfall vom 26.10.2025 in Igersheim haben wir an die Geschädigten
insgesamt 14.610,28 EUR gezahlt (Fahrzeugschaden, Gartenmauer,
Abschleppkosten).

Nach dem rechtskräftigen Strafbefehl des Amtsgerichts Bad Mergentheim
vom 19.02.2026 (Az. 2 Cs 211 Js 8814/25) wurden Sie wegen fahrlässiger
Trunkenheit im Verkehr (§ 316 StGB) verurteilt; die Blutprobe ergab
1,34 Promille. Damit haben Sie eine Obliegenheit aus dem Vertrag
(D.1.2 AKB, Fahren unter Alkoholeinfluss) verletzt.

Wir sind in diesem Fall berechtigt, bis zu 5.000 EUR von Ihnen
zurückzufordern, und machen diesen Betrag geltend. Bitte überweisen Sie
5.000,00 EUR bis 30.04.2026 unter Angabe der Schadennummer. Eine
Ratenzahlung ist möglich; bitte sprechen Sie uns an.

Mit freundlichen Grüßen
Rupert Gansloser
""" + sig("gansloser"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "premium arrears in a named customer's private health insurance: benefits suspended, emergency tariff (Notlagentarif); health contract of a specific person")
def s_notlagentarif():
    m = new("Beitragsservice Kranken <beitrag-kv@%s>" % DOM, "Sven Hollerbach <sven.hollerbach@freemail-web.example>",
            "Ihr Krankenversicherungsvertrag KV 7716604-01 – Ruhen der Leistungen",
            D("2026-02-09 08:00"), mailer="system")
    body(m, """Sehr geehrter Herr Hollerbach,

trotz unserer Mahnungen vom 10.11.2025 und 12.01.2026 sind die Beiträge
für Ihre Krankheitskostenversicherung für die Monate Oktober 2025 bis
Januar 2026 in Höhe von 2.311,60 EUR zuzüglich Säumniszuschlägen von
46,23 EUR weiterhin offen.

Nach § 193 Abs. 6 VVG ruht Ihr Vertrag deshalb ab 01.02.2026 und wird im
Notlagentarif fortgeführt. Das bedeutet:
- Wir erstatten nur noch Aufwendungen für die Behandlung akuter
  Erkrankungen und Schmerzzustände sowie bei Schwangerschaft und
  Mutterschaft.
- Der Beitrag im Notlagentarif beträgt 118,40 EUR monatlich.

Sobald alle Rückstände ausgeglichen sind, wird Ihr Vertrag wieder im
bisherigen Tarif KV Komfort 600 fortgesetzt – ohne erneute
Gesundheitsprüfung.

Wenn Sie hilfebedürftig im Sinne des Sozialrechts sind, kann der Vertrag
ebenfalls wieder aufleben; senden Sie uns dann bitte den Bescheid des
Jobcenters oder Sozialamts.

Mit freundlichen Grüßen
Ihre Tauberland Krankenversicherung
Beitragsservice
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
      "body only says an appointment is attached; the ICS holds a medical examination for a named life applicant (blood test, ECG, reason)")
def s_untersuchung_ics():
    m = new(who("woehrle"), "Friedemann Schad <f.schad@kanzlei-schad.example>",
            "Ihr Termin am 14.04.",
            D("2026-04-07 13:20"))
    body(m, """Sehr geehrter Herr Schad,

wie telefonisch besprochen sende ich Ihnen den Termin als
Kalendereintrag. Bitte bringen Sie Ihren Personalausweis mit.

Mit freundlichen Grüßen
Bastian Wöhrle
""" + sig("woehrle"))
    attach(m, make_ics("untersuchung-schad-20260414@%s" % DOM, "20260414T080000", "20260414T090000",
                       "Ärztliche Untersuchung zum Antrag Risikoleben A-LV-2026-00932",
                       "Praxis Dr. med. Moll, Hauptstr. 27, 97941 Tauberbischofsheim",
                       "Untersuchung für den Antrag auf Risikolebensversicherung über 750.000 EUR "
                       "(versicherte Person: Friedemann Schad, geb. 03.12.1971). Umfang: ärztliche Untersuchung, "
                       "Ruhe-EKG, Blutbild mit HbA1c, Leberwerte und Lipiden, Urinstatus. Grund für die "
                       "Zusatzuntersuchung: angegebener Typ-2-Diabetes (seit 2021, Metformin) und erhöhte "
                       "Leberwerte 2024. Bitte nüchtern erscheinen.",
                       addr("woehrle"), attendees=("f.schad@kanzlei-schad.example",)), "Termin_Untersuchung_14-04.ics")
    return m

# --------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL, English and mixed, general
# --------------------------------------------------------------------------

@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "guarantee of payment to a hospital for a named expat patient's emergency appendectomy; diagnosis and policy")
def se_guarantee_appendectomy():
    m = new(who("whitcombe"), "Patient Admissions – Klinikum Stuttgart Nord <aufnahme@klinikum-stgt-nord.example>",
            "Guarantee of payment – patient Ms Grace Adeyemi, admitted 14 Feb 2026",
            D("2026-02-14 19:26"), cc="International Claims <international-claims@%s>" % DOM)
    body(m, """Dear colleagues,

Following your telephone enquiry this afternoon, we confirm that we will
cover the cost of the inpatient treatment of our policyholder:

  Patient:      Ms Grace Adeyemi, born 9 October 1994
  Policy:       Tauberland Global Health Select, TGH-2025-00688
  Admission:    14 February 2026, emergency department
  Diagnosis:    acute appendicitis (K35.8), laparoscopic appendectomy
                planned tonight
  Cover:        general hospital services (DRG) 100 %, two-bed room,
                treatment by the chief physician is NOT covered at
                Select level

Please send the invoice directly to us, quoting the policy number. If the
stay extends beyond 5 days or complications occur, please let us know.

This guarantee is valid for this admission only.

Kind regards
Claire Whitcombe
""" + sig("whitcombe", en=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health claim: named customer's broken ankle in Spain, surgery, hospital invoice and repatriation")
def se_travel_ankle():
    m = new(who("mbeki"), "Neil Harrington <neil.harrington@mailbox-uk.example>",
            "Your travel claim RV-2026-03177 – Mallorca",
            D("2026-04-22 16:05"))
    body(m, """Dear Mr Harrington,

I hope you are recovering well at home. Here is the settlement of your
claim under the annual travel health policy RV-2026-03177:

  Clínica Son Verí, Palma: emergency treatment 6 April, bimalleolar
  ankle fracture (S82.81), open reduction and internal fixation on
  7 April, inpatient until 10 April           EUR 8,940.00  paid directly
  Orthopaedic boot and crutches               EUR   212.50  reimbursed
  Medication (pain relief, thrombosis
  prophylaxis for 6 weeks)                    EUR    96.30  reimbursed
  Return flight business class with leg
  room, medically prescribed, 11 April        EUR 1,480.00  reimbursed
  ------------------------------------------------------------
  Paid to you                                 EUR 1,788.80

Follow-up treatment at home (physiotherapy, removal of the metal) is not
covered by the travel policy – that falls under your health insurance in
Germany.

Kind regards
Olivia Mbeki-Hartl
""" + sig("mbeki", en=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "facultative reinsurance submission for a large term-life case: named applicant's medical history (DOCX) sent to the reinsurer")
def se_facultative_submission():
    m = new(who("woehrle"), "Dr. Elena Marchetti <elena.marchetti@brevant-re.example>",
            "Facultative submission – term life EUR 2.5m – applicant A-LV-2026-00871",
            D("2026-03-03 11:20"), cc=who("salm"))
    body(m, """Dear Elena,

We'd like your facultative view on the attached case – sum assured above
our retention and a somewhat complex cardiac history. Summary is in the
Word file; the full medical evidence is on the secure exchange folder
(FAC-2026-011).

Our own view: +75 % loading, no exclusion. We'd cede the excess over
EUR 1m (i.e. 60 %).

Could you let us have your decision by 13 March? The broker is pushing
because the loan completion is on 1 April.

Best regards
Bastian
""" + sig("woehrle", en=True, legal=False))
    doc = make_docx([
        "# Facultative submission FAC-2026-011",
        "Applicant: Dr. Frederik Lanz, born 27.04.1969, managing partner of an engineering firm, Heilbronn",
        "Product: term life T15, sum assured EUR 2,500,000, beneficiary: lending bank (loan security)",
        "## Medical history",
        "2019: NSTEMI, PCI with one drug-eluting stent in the RCA. Since then no angina.",
        "Stress echo 01/2026: no inducible ischaemia, LVEF 58 %.",
        "Medication: ASA 100 mg, atorvastatin 40 mg, ramipril 2.5 mg.",
        "Lipids 01/2026: LDL 62 mg/dl. Blood pressure 128/80. Non-smoker since 2019 (previously 20 pack-years).",
        "BMI 27.4. Family history: father MI at 61.",
        "## Our assessment",
        [["Factor", "Debit"], ["Single-vessel CAD, PCI > 5 years, good function", "+50 %"],
         ["Ex-smoker < 10 years", "+25 %"], ["Excellent risk-factor control", "-0 %"], ["Total", "+75 %"]],
    ], title="FAC-2026-011", author="Bastian Wöhrle", date="2026-03-03T10:00:00Z", dt=(2026, 3, 3, 10, 0, 0))
    attach(m, doc, "FAC-2026-011_summary.docx")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "dental treatment plan approval for implants for a named insured: teeth, GOZ fees, reimbursement")
def se_dental_plan():
    m = new(who("demirtas"), "Lucía Fernández <lucia.fernandez@correo-web.example>",
            "Your dental treatment plan – approval",
            D("2026-03-27 10:50"))
    body(m, """Dear Ms Fernández,

We have reviewed the treatment and cost plan from your dentist,
Dr. Zeynep Aydın (Mannheim), dated 16 March 2026:

  Treatment:   two implants with crowns for teeth 36 and 46 (lower
               molars, both extracted in 2025 after failed root canal
               treatment), bone augmentation at 46
  Estimated cost: EUR 7,860.40 (dentist's fee EUR 4,912.00 at 2.3 x
               GOZ, laboratory and materials EUR 2,948.40)

Your tariff Zahn Plus 90 reimburses 90 % for implants and crowns. As you
joined on 1 September 2024, the limit for the first four years applies:
EUR 3,000 in the second insurance year, of which EUR 460 has already been
used this year.

  Reimbursement according to the plan: EUR 2,540.00

If treatment is spread so that the second implant is placed after
1 September 2026 (third insurance year, limit EUR 4,000), the
reimbursement would be considerably higher. You may want to discuss the
timing with Dr. Aydın.

Kind regards
Aylin Demirtaş
""" + sig("demirtas", en=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "motor liability claim where the named customer suffered whiplash (neck sprain), treatment and compensation")
def se_motor_whiplash():
    m = new(who("gansloser"), "Dr. Amelia Ross <amelia.ross@research-mail.example>",
            "Your accident of 2 March – injury claim",
            D("2026-04-13 12:12"))
    body(m, """Dear Dr Ross,

As the insurer of the van that hit your car from behind at the traffic
lights in Heidelberg on 2 March, we accept full liability. Thank you for
sending the medical documents.

According to the report of the A&E department and your GP:
- neck sprain (whiplash, S13.4), grade II
- cervical collar for 10 days, physiotherapy 12 sessions
- unable to work from 2 to 20 March

We offer:
  Pain and suffering (Schmerzensgeld)        EUR 1,500.00
  Physiotherapy, not covered by your
  health insurer (co-payments)               EUR   126.00
  Travel to treatments (31 trips x 8 km)     EUR    74.40
  Damage to your car (paid separately)       -

Your loss of earnings for 19 days: please ask your employer to confirm
whether salary was continued; if so, your employer claims it from us.

Kind regards
Rupert Gansloser
""" + sig("gansloser", en=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "trip cancellation because the named customer's husband had a heart attack; medical certificate, refund")
def se_cancellation_heart():
    m = new(who("mbeki"), "Margaret O'Sullivan <m.osullivan@eirmail.example>",
            "Trip cancellation RV-2026-02210 – refund",
            D("2026-05-08 09:44"))
    body(m, """Dear Mrs O'Sullivan,

We were very sorry to hear about your husband's heart attack and hope he
is recovering.

The certificate from the Universitätsklinikum Würzburg confirms his
admission on 18 April with an acute myocardial infarction (I21.1) and a
stent implantation, and that travel was not possible. The cancellation of
your river cruise (Passau–Budapest, departure 2 May) was therefore
unavoidable and is covered under your cancellation policy RV-2026-02210.

  Cruise price for two persons              EUR 4,380.00
  Cancellation charge (80 %)                EUR 3,504.00
  Deductible (20 % for illness-related
  cancellation, as per your tariff)         EUR  -700.80
  ---------------------------------------------------
  Refund                                    EUR 2,803.20

We will transfer the refund to the account you gave us within five
working days.

With best wishes for Mr O'Sullivan's recovery
Olivia Mbeki-Hartl
""" + sig("mbeki", en=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-therapist",
      "cost approval for psychotherapy sessions of a named expat patient: diagnosis, number of sessions, fee")
def se_psychotherapy_approval():
    m = new(who("whitcombe"), "Dr. Hannah Kessler-Brown <praxis@psychotherapie-kb.example>",
            "Cost approval – psychotherapy for Mr Lukas Moreau (TGH-2024-00251)",
            D("2026-02-25 15:30"))
    body(m, """Dear Dr Kessler-Brown,

Thank you for your application for cost approval dated 16 February.

We approve short-term cognitive behavioural therapy for our policyholder
Mr Lukas Moreau (born 3 January 1991, Tauberland Global Health Premier,
policy TGH-2024-00251) as follows:

  Diagnosis:   generalised anxiety disorder (F41.1) and panic attacks
  Approved:    24 sessions of individual therapy, 50 minutes each,
               from 1 March 2026, in English
  Fee:         GOP 870 at 2.3x (EUR 100.55 per session), reimbursed 100 %

If further sessions are needed, please send us a short progress report
after session 20. Your report should be sent through our doctors' portal
or by post, not by ordinary e-mail.

Kind regards
Claire Whitcombe
""" + sig("whitcombe", en=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "critical illness claim paid for a named customer's breast cancer diagnosis (C50.4, staging, surgery)")
def se_critical_illness():
    m = new(who("sommerhalder"), "Joanna Kaczmarek <joanna.kaczmarek@poczta-web.example>",
            "Your critical illness claim – payment",
            D("2026-03-16 11:00"))
    body(m, """Dear Ms Kaczmarek,

We have received the histology report and the letter from the breast
centre at Klinikum am Tauberbogen. They confirm the diagnosis of invasive
ductal breast cancer, left upper outer quadrant (C50.4), pT1c pN0 M0,
diagnosed on 28 January 2026, treated with breast-conserving surgery on
10 February and followed by radiotherapy.

This meets the definition of "cancer" in § 3 of the conditions of your
critical illness policy (LV 41-2277061). We are therefore paying the full
sum insured of EUR 60,000 to your account; you should receive it within
three working days. Your policy ends with this payment, as it covered one
event only.

We wish you all the best for your treatment and recovery. If you have
questions, you can reach me directly at the number below.

Kind regards
Elke Sommerhalder
""" + sig("sommerhalder", en=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "legal-expenses claim: named client's trade-union membership (union legal protection is primary); special-category data")
def se_union_membership():
    m = new(who("loeffelhardt"), "Sarah Lindemann <s.lindemann@lindemann-law.example>",
            "Your client Mr Bogdan Ilić – RS-2228840 – union legal protection first",
            D("2026-04-01 10:15"))
    body(m, """Dear Ms Lindemann,

Thank you for your request for cover in the dispute of Mr Bogdan Ilić with
his employer about unpaid overtime.

In the application form of 2024 Mr Ilić stated that he is a member of the
IG Metall trade union, and the employer's letter you sent is addressed to
him "c/o IG Metall Verwaltungsstelle Heilbronn-Neckarsulm". Under § 5 (3)
lit. c of our conditions, our cover is subsidiary where the client is
entitled to free legal protection from his union.

Before we can confirm cover, please let us know whether Mr Ilić has
asked the union for legal protection in this matter and, if so, whether it
was refused. If the union represents him, we will only cover costs that the
union does not bear (e.g. an appeal if the union declines).

Kind regards
Katrin Löffelhardt
""" + sig("loeffelhardt", en=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "hearing aids reimbursement for a named insured: hearing loss diagnosis, device cost, refund")
def se_hearing_aids():
    m = new(who("demirtas"), "Robert Ashcombe <r.ashcombe@oldmail.example>",
            "RE: Hearing aids – how much will you pay?",
            D("2026-05-12 14:35"), in_reply_to="<004b01dce1d2$7a6e3f10$6f4abd30$@oldmail.example>")
    body(m, """Dear Mr Ashcombe,

Thank you for sending the prescription from your ENT specialist and the
quote from Hörakustik Lang.

Your ENT doctor diagnosed bilateral sensorineural hearing loss (H90.3)
and prescribed hearing aids for both ears. Under your tariff KV Komfort
600 we reimburse hearing aids at 100 % up to EUR 1,500 per ear every five
years, plus batteries and repairs.

  Quote: 2 x Phonak Audéo L90, EUR 2,340 per device   EUR 4,680.00
  Our maximum: 2 x EUR 1,500                          EUR 3,000.00

So you would pay EUR 1,680 yourself for these devices. The acoustician
also offers a mid-range model at EUR 1,490 per ear, which would be fully
covered. The annual deductible of EUR 600 applies in both cases unless it
has already been used up this year.

Kind regards
Aylin Demirtaş
""" + sig("demirtas", en=True, legal=False) + """

> Dear Sir or Madam, my ear doctor says I need hearing aids on both sides
> now. The shop quoted 4,680 euros. How much will my insurance pay?
> Robert Ashcombe, KV 7703318-01
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "HTML-only claims committee agenda with a table of named disability claimants, diagnoses and proposed decisions")
def se_bu_committee_html():
    m = new(who("ried"), "DI Claims Committee <bu-committee@%s>" % DOM,
            "DI claims committee 19 March – cases for decision",
            D("2026-03-17 16:30"))
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear committee members,</p>
<p>Below are the five cases for Thursday. Files are in the DMS under the claim numbers.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#d9e2f3"><th>Claim</th><th>Insured</th><th>Occupation</th><th>Diagnosis</th><th>Benefit p.m.</th><th>Proposal</th></tr>
<tr><td>BU-L-2025-0412</td><td>Katharina Seeger, 46</td><td>cashier</td><td>fibromyalgia, F32.1</td><td>EUR 1,100</td><td>await GP report, then decide</td></tr>
<tr><td>BU-L-2025-0388</td><td>Thomas Reichert, 52</td><td>roofer</td><td>M17.1 knee arthrosis, S/p TKA</td><td>EUR 1,600</td><td>accept from 01/2026</td></tr>
<tr><td>BU-L-2025-0401</td><td>Maria Gentile, 38</td><td>nurse (ICU)</td><td>long COVID, G93.3 chronic fatigue</td><td>EUR 1,450</td><td>accept, limited to 24 months</td></tr>
<tr><td>BU-L-2026-0019</td><td>Dirk Lemmerz, 57</td><td>sales manager</td><td>C18.7 colon cancer, chemotherapy</td><td>EUR 2,500</td><td>accept</td></tr>
<tr><td>BU-L-2025-0350</td><td>Yvonne Kraft, 33</td><td>kindergarten teacher</td><td>F33.2 recurrent depression</td><td>EUR 900</td><td>decline: 45 % impairment, below 50 %</td></tr>
</table>
<p>Please send me any questions by Wednesday noon.</p>
<p>Konstantin Ried<br>Disability Claims</p>
</body></html>"""
    html_only(m, html)
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "expat customer's question about IVF treatment costs (fertility diagnosis, cycles) forwarded internally to claims")
def se_fw_ivf():
    m = new(who("whitcombe"), "International Claims <international-claims@%s>" % DOM,
            "FW: IVF – what is covered?",
            D("2026-04-28 10:02"))
    body(m, """Could someone please prepare an answer (pre-authorisation check for
IVF/ICSI under Premier)? I've told her we'll reply within a week.
Thanks – Claire

-----Original Message-----
From: Aisha Rahman <aisha.rahman@mailhub.example>
Sent: Monday, 27 April 2026 21:40
To: Whitcombe, Claire
Subject: IVF – what is covered?

Dear Claire,

my husband and I have been trying for a baby for almost three years. The
fertility clinic in Frankfurt found that my husband has a very low sperm
count and I have a blocked fallopian tube on one side, so they recommend
ICSI. They estimate three cycles at about EUR 5,000 each plus medication.

I have the Premier plan (TGH-2023-00140), my husband is insured with a
German statutory insurer. Does my policy pay for my part of the
treatment? And do you need anything from my husband's insurer?

Thank you so much,
Aisha Rahman
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "daily sickness allowance for a named self-employed expat after shoulder surgery: incapacity period, diagnosis, daily amount")
def se_daily_allowance():
    m = new(who("demirtas"), "Pablo Ortega <pablo@ortega-photo.example>",
            "Daily sickness allowance – your claim from 21 January",
            D("2026-03-02 13:00"))
    body(m, """Dear Mr Ortega,

Thank you for the certificates of incapacity. We have calculated your
daily sickness allowance (tariff KT 22, EUR 120 per day from the 22nd day
of incapacity):

  Incapacity for work:     21 January – 8 March 2026 (expected)
  Reason:                  arthroscopic rotator cuff repair, right
                           shoulder (M75.1), surgery on 21 January
  Waiting period:          21 January – 10 February (21 days)
  Paid so far:             11 February – 28 February, 18 days x EUR 120
                           = EUR 2,160.00

We will pay March as soon as you send the final certificate. As you are a
self-employed photographer, please note that the allowance is paid only
while you are completely unable to work – also not for "office work" like
editing photos; please let us know the date you resume any work.

Get well soon!
Aylin Demirtaş
""" + sig("demirtas", en=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "English case manager discusses a named insured's accident rehabilitation, quoting the German rehab clinic report (fractures, therapy)")
def sx_rehab_report():
    m = new(who("ellingham"), who("tress"),
            "Case management – Mr Fraser (UV 33-912055) – rehab report",
            D("2026-04-15 14:25"))
    body(m, """Hi Fabian,

As you asked, I read the rehab report on Mr Callum Fraser (our group
accident scheme for Harcourt Lane's German office). The key passage:

  "Herr Fraser wurde vom 16.03. bis 13.04.2026 in unserer Klinik zur
   Anschlussheilbehandlung nach Polytrauma (Motorradunfall 21.02.2026)
   behandelt: Beckenringfraktur Typ B (S32.81), distale Femurfraktur
   links (S72.41), Milzruptur mit Splenektomie. Bei Entlassung
   Gehfähigkeit mit zwei Unterarmgehstützen über 200 m, Teilbelastung
   links 20 kg. Fortsetzung ambulante Physiotherapie 3x/Woche.
   Arbeitsfähigkeit voraussichtlich nicht vor 07/2026."
   – Rehaklinik Sonnhalde, Bad Rappenau

In short: pelvic and thigh fractures, spleen removed, walking with
crutches, not fit for work before July. I think we should pay the
hospital daily benefit for the rehab (29 days) now and offer him our case
manager for the return to work. The invalidity assessment can only be done
after a year anyway.

Your call – you know the German conditions better than I do.

Mark
""" + sig("ellingham", en=True, legal=False))
    return m


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English reply to an expat quoting his German doctor's invoice (diagnosis, GOÄ items) and explaining the reimbursement")
def sx_invoice_explained():
    m = new(who("whitcombe"), "Marco Bellini <marco.bellini@posta-web.example>",
            "RE: Why only 80 % on my doctor's bill?",
            D("2026-05-05 11:48"), in_reply_to="<CAN8y5dP3q_L0m@posta-web.example>")
    body(m, """Dear Mr Bellini,

I understand the confusion – German medical invoices are not easy to read.
Here is your invoice from Dr. Weißhaupt with my explanation in brackets:

  "Diagnose: J32.0 chronische Sinusitis maxillaris [chronic sinusitis]
   GOÄ 1    Beratung                                 10,72 EUR [consultation]
   GOÄ 5    Symptombezogene Untersuchung             10,72 EUR [examination]
   GOÄ 1418 Endoskopie der Nasenhaupthöhle           20,11 EUR [nasal endoscopy]
   GOÄ 5370 CT Nasennebenhöhlen                     134,06 EUR [CT scan of the sinuses]
   Summe                                            175,61 EUR"

Your plan (TGH Select) reimburses outpatient treatment at 90 % – but the CT
scan was done by a radiology practice you went to without a referral, and
for imaging without referral your conditions reduce the rate to 80 %. That
is why the reimbursement was EUR 144.64 and not EUR 158.05.

For your follow-up appointment: ask Dr. Weißhaupt for a referral
(Überweisung) and the full 90 % applies.

Kind regards
Claire Whitcombe
""" + sig("whitcombe", en=True, legal=False) + """

> Hello, I received EUR 144.64 for my ENT bill of EUR 175.61. I thought
> Select pays 90 %? Regards, Marco Bellini (TGH-2025-00804)
""")
    return m

# ==========================================================================
# output
# ==========================================================================

def _finalize(m, fname):
    h = hashlib.sha1(fname.encode()).hexdigest()
    if m["Message-ID"] is None:
        mailer = m.get("X-Mailer", "") + m.get("User-Agent", "")
        if "Thunderbird" in mailer:
            mid = "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], DOM)
        elif "Notes" in mailer:
            mid = "<OF%s.%s-ONC1258B@%s>" % (h[:8].upper(), h[8:16].upper(), DOM)
        elif "Serienbrief" in mailer:
            mid = "<korr.%s.%s@korrespondenz.%s>" % (int(h[:10], 16), h[10:14], DOM)
        else:
            mid = "<%s%s@EXMB0%d.%s>" % (h[:16].upper(), h[16:24].upper(), int(h[0], 16) % 4 + 1, DOM)
        m["Message-ID"] = mid
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            hh = hashlib.md5(("%s/%d" % (fname, i)).encode()).hexdigest()
            if "Thunderbird" in (m.get("User-Agent") or ""):
                b = "------------%s" % hh[:24]
            else:
                b = "----=_NextPart_%03d_%s_%s.%s" % (i, hh[:4].upper(), hh[4:12].upper(), hh[12:20].upper())
            part.set_boundary(b)
    return m


def build(outdir):
    order = list(range(len(MAILS)))
    random.Random(176).shuffle(order)
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for num, idx in enumerate(order, 1):
        name, label, lang, kind, reason, fn = MAILS[idx]
        fname = "%s%04d.eml" % (PREFIX, num)
        m = _finalize(fn(), fname)
        data = m.as_bytes(policy=policy.SMTP)
        with open(os.path.join(mdir, fname), "wb") as f:
            f.write(data)
        rows.append("\t".join((fname, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def _check_zip(data, where, errors, depth=0):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        errors.append("%s: not a zip" % where)
        return
    if z.testzip() is not None:
        errors.append("%s: bad zip member" % where)
    for n in z.namelist():
        d = z.read(n)
        if n.endswith(".xml") or n.endswith(".rels"):
            try:
                ET.fromstring(d)
            except ET.ParseError as e:
                errors.append("%s!%s: %s" % (where, n, e))
        low = n.lower()
        if low.endswith((".zip", ".docx", ".xlsx", ".odt", ".ods")) and depth < 3:
            _check_zip(d, "%s!%s" % (where, n), errors, depth + 1)
        if low.endswith(".pdf"):
            _check_pdf(d, "%s!%s" % (where, n), errors)


def _check_pdf(data, where, errors):
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        errors.append("%s: not a PDF" % where)
    if b" Tj ET" not in data:
        errors.append("%s: PDF without text" % where)


def check():
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        build(tmp)
        a = sorted(os.listdir(os.path.join(tmp, "mails")))
        b = sorted(os.listdir(os.path.join(HERE, "mails"))) if os.path.isdir(os.path.join(HERE, "mails")) else []
        if a != b:
            errors.append("file lists differ: %d built, %d in folder" % (len(a), len(b)))
        for n in a:
            x = open(os.path.join(tmp, "mails", n), "rb").read()
            p = os.path.join(HERE, "mails", n)
            if not os.path.exists(p) or open(p, "rb").read() != x:
                errors.append("%s: differs from rebuild" % n)
        for n in ("labels.tsv",):
            if open(os.path.join(tmp, n), "rb").read() != open(os.path.join(HERE, n), "rb").read():
                errors.append("%s differs from rebuild" % n)
    mids = set()
    stats = {}
    for n in sorted(os.listdir(os.path.join(HERE, "mails"))):
        raw = open(os.path.join(HERE, "mails", n), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errors.append("%s: bare LF" % n)
        m = BytesParser(policy=policy.default).parsebytes(raw)
        for part in m.walk():
            if part.defects:
                errors.append("%s: defects %s" % (n, part.defects))
            if part.get_content_maintype() == "text" and not part.is_multipart():
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    errors.append("%s: text part does not decode: %s" % (n, e))
            fn = (part.get_filename() or "").lower()
            if fn:
                payload = part.get_payload(decode=True) or b""
                if fn.endswith((".zip", ".docx", ".xlsx", ".odt", ".ods")):
                    _check_zip(payload, "%s:%s" % (n, fn), errors)
                elif fn.endswith(".pdf"):
                    _check_pdf(payload, "%s:%s" % (n, fn), errors)
                elif fn.endswith(".ics") and b"BEGIN:VCALENDAR" not in payload:
                    errors.append("%s: bad ics" % n)
        mid = m["Message-ID"]
        if mid in mids:
            errors.append("%s: duplicate Message-ID" % n)
        mids.add(mid)
        if "2026" not in m["Date"]:
            errors.append("%s: date not in 2026" % n)
        top = m.get_content_type()
        stats[top] = stats.get(top, 0) + 1
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != ["file", "label", "lang", "kind", "reason"]:
        errors.append("labels.tsv header")
    count = {}
    for r in rows[1:]:
        if len(r) != 5:
            errors.append("labels.tsv row %r" % r)
            continue
        count[(r[1], r[2])] = count.get((r[1], r[2]), 0) + 1
    for e in errors:
        print("ERROR", e)
    print("%d mails, top-level types: %s" % (len(rows) - 1, ", ".join("%s %d" % kv for kv in sorted(stats.items()))))
    for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print("%-22s de %3d  en %3d  mixed %3d" % (lab, count.get((lab, "de"), 0),
                                                   count.get((lab, "en"), 0), count.get((lab, "mixed"), 0)))
    print("OK" if not errors else "FAILED (%d errors)" % len(errors))
    return not errors


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    if os.path.isdir(os.path.join(HERE, "mails")):
        shutil.rmtree(os.path.join(HERE, "mails"))
    build(HERE)
    print("wrote %d mails" % len(MAILS))
