#!/usr/bin/env python3
"""Independent labelled mail corpus dev206 (prefix d206-) for the Siegel classifier.

Fictitious insurer: Weserland Versicherung AG, Bremen (weserland-versicherung.example).
Python standard library only.  Every mail is written on its own in the section MAILS.

    python3 make_corpus.py          writes mails/ and labels.tsv
    python3 make_corpus.py --check  rebuilds into a temporary folder, compares byte for
                                    byte and parses every mail and every attachment
"""

import csv
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
from email import policy as _policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as _xesc

SMTP = _policy.SMTP
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d206-"
DOMAIN = "weserland-versicherung.example"
MAILHOST = "mail." + DOMAIN

# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _offset(y, m, d, h):
    """Central European time: CEST from 29 Mar 2026 02:00 to 25 Oct 2026 03:00."""
    t = (m, d, h)
    if (3, 29, 2) <= t < (10, 25, 3):
        return "+0200"
    return "+0100"


def D(m, d, h, mi, s=0, y=2026):
    """RFC 5322 date in German local time."""
    wd = _WD[_dt.date(y, m, d).weekday()]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (wd, d, _MO[m - 1], y, h, mi, s, _offset(y, m, d, h))


def D_de_outlook(m, d, h, mi, y=2026):
    """'Dienstag, 13. Januar 2026 09:14' as printed by a German Outlook."""
    days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    mons = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"]
    return "%s, %d. %s %d %02d:%02d" % (days[_dt.date(y, m, d).weekday()], d, mons[m - 1], y, h, mi)


def D_en_outlook(m, d, h, mi, y=2026):
    """'Tuesday, 13 January 2026 09:14' as printed by an English Outlook."""
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    mons = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
    return "%s, %d %s %d %02d:%02d" % (days[_dt.date(y, m, d).weekday()], d, mons[m - 1], y, h, mi)


# ---------------------------------------------------------------------------
# MIME building blocks
# ---------------------------------------------------------------------------

def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", flowed=False,
         disposition=None, filename=None):
    """A text part.  body uses \\n line ends; the SMTP policy writes CRLF."""
    p = MIMEPart(policy=SMTP)
    params = None
    if flowed:
        body = flow(body)
        params = {"format": "flowed"}
    p.set_content(body, subtype=subtype, charset=charset, cte=cte, params=params,
                  disposition=disposition, filename=filename)
    return p


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, charset=charset, cte=cte, subtype="html")


def flow(body, width=72):
    """Format text as format=flowed (RFC 3676): soft breaks end with a space."""
    out = []
    for line in body.split("\n"):
        if line.startswith(">") or line.rstrip() == "-- " or len(line) <= width:
            if line.startswith(" ") or line.startswith("From "):
                line = " " + line
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        words = line.split(" ")
        cur = ""
        pieces = []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                pieces.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        pieces.append(cur)
        for pc in pieces:
            if pc.startswith(" ") or pc.startswith("From "):
                pc = " " + pc
            out.append(pc)
    return "\n".join(out)


def alt(plain, htmlpart):
    return multipart("alternative", plain, htmlpart)


def related(*parts):
    return multipart("related", *parts)


def multipart(subtype, *parts):
    p = MIMEPart(policy=SMTP)
    p["Content-Type"] = "multipart/" + subtype
    p.set_payload(list(parts))
    return p


def mixed(*parts):
    return multipart("mixed", *parts)


def att(data, ctype, filename, cte="base64", disposition="attachment"):
    """A binary attachment (bytes)."""
    p = MIMEPart(policy=SMTP)
    maintype, subtype = ctype.split("/")
    p.set_content(data, maintype, subtype, cte=cte, disposition=disposition, filename=filename)
    return p


def att_text(body, subtype, filename, charset="utf-8", cte="quoted-printable"):
    """A textual attachment (CSV, TSV, ICS, TXT)."""
    return text(body, charset=charset, cte=cte, subtype=subtype, disposition="attachment",
                filename=filename)


def forward(inner, filename=None):
    """An attached forwarded mail (message/rfc822)."""
    p = MIMEPart(policy=SMTP)
    p.set_content(inner)
    if filename:
        p["Content-Disposition"] = 'attachment; filename="%s"' % filename
    else:
        p["Content-Disposition"] = "inline"
    return p


def mid(n, style=0, host=MAILHOST):
    """Deterministic Message-ID in a few client styles."""
    h = hashlib.sha1(("d206-%d-%d" % (n, style)).encode()).hexdigest().upper()
    if style == 0:      # Exchange / Outlook
        return "<%s%s@%s>" % ("DB9PR", h[:20], host)
    if style == 1:      # Thunderbird
        return "<%s-%s-%s@%s>" % (h[:8].lower(), h[8:12].lower(), h[12:24].lower(), host)
    if style == 2:      # mobile
        return "<%s@%s>" % (h[:24].lower(), host)
    if style == 3:      # application / portal / batch
        return "<%s.%s.JavaMail.app@%s>" % (int(h[:10], 16), int(h[10:16], 16), host)
    return "<%s@%s>" % (h[:20], host)


def msg(n, frm, to, subject, date, body, cc=None, bcc=None, reply_to=None, in_reply_to=None,
        references=None, mid_style=0, message_id=None, extra=None, preamble=None):
    """The top-level message: headers first, then the MIME body."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if bcc:
        m["Bcc"] = bcc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = message_id or mid(n, mid_style)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload   # keep 8bit surrogates as they are
    if preamble is not None:
        m.preamble = preamble
    _boundaries(m, n)
    return m


def inner_msg(frm, to, subject, date, body, message_id, cc=None, extra=None, n=0):
    """A mail that is forwarded as an attachment (written by someone else)."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = message_id
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload   # keep 8bit surrogates as they are
    _boundaries(m, 1000 + n)
    return m


def _boundaries(m, n):
    k = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            if part.get_param("boundary") is None:
                h = hashlib.md5(("b-%d-%d" % (n, k)).encode()).hexdigest()
                style = n % 3
                if style == 0:
                    b = "_%03d_%s_" % (k, h[:30].upper())
                elif style == 1:
                    b = "------------%s" % h[:24]
                else:
                    b = "----=_Part_%d_%d.%s" % (n * 7 + k, int(h[:8], 16), h[8:21])
                part.set_boundary(b)
            k += 1


# ---------------------------------------------------------------------------
# attachments: ZIP, office files, PDF
# ---------------------------------------------------------------------------

def zipped(members, when=(2026, 1, 5, 10, 0, 0), stored_first=False):
    """members: list of (name, bytes).  Fixed member times, deflated."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.create_system = 0
            zi.external_attr = 0o644 << 16
            if stored_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return _xesc(str(s), {'"': "&quot;"})


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core(title, author, created):
    return (_XML +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(title), _x(author), _x(author), created, created))


def _app(appname):
    return (_XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity></Properties>' % _x(appname))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="", author="Weserland Versicherung AG", created="2026-01-05T10:00:00Z",
         when=(2026, 1, 5, 10, 0, 0)):
    """sheets: list of (name, rows); rows are lists of str/int/float/None.
    The first row of every sheet is bold (header)."""
    ct = (_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
    for i in range(len(sheets)):
        ct += ('<Override PartName="/xl/worksheets/sheet%d.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct += ('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
           '</Types>')
    rels = (_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = (_XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>')
    wbrels = (_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    for i, (name, _rows) in enumerate(sheets):
        wb += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i + 1, i + 1)
        wbrels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                   'Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
    wb += "</sheets></workbook>"
    wbrels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
               'Target="styles.xml"/></Relationships>' % (len(sheets) + 1))
    styles = (_XML + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)]
    for i, (name, rows) in enumerate(sheets):
        sx = (_XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        for r, row in enumerate(rows):
            sx += '<row r="%d">' % (r + 1)
            for c, val in enumerate(row):
                ref = "%s%d" % (_col(c), r + 1)
                st = ' s="1"' if r == 0 else ""
                if val is None or val == "":
                    continue
                if isinstance(val, (int, float)) and not isinstance(val, bool):
                    sx += '<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(val) if isinstance(val, float) else val)
                else:
                    sx += '<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, st, _x(val))
            sx += "</row>"
        sx += "</sheetData></worksheet>"
        members.append(("xl/worksheets/sheet%d.xml" % (i + 1), sx))
    members += [("docProps/core.xml", _core(title, author, created)), ("docProps/app.xml", _app("Microsoft Excel"))]
    return zipped(members, when=when)


def _wrun(t, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(t))


def docx(blocks, title="", author="Weserland Versicherung AG", created="2026-01-05T10:00:00Z",
         when=(2026, 1, 5, 10, 0, 0)):
    """blocks: str (paragraph), ('b', str) bold paragraph, ('h', str) heading,
    ('table', rows) table with a bold first row."""
    body = ""
    for b in blocks:
        if isinstance(b, str):
            body += "<w:p>%s</w:p>" % (_wrun(b) if b else "")
        elif b[0] == "b":
            body += "<w:p>%s</w:p>" % _wrun(b[1], True)
        elif b[0] == "h":
            body += ('<w:p><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>'
                     '<w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        elif b[0] == "table":
            body += ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                     '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     '</w:tblBorders></w:tblPr>')
            for r, row in enumerate(b[1]):
                body += "<w:tr>"
                for cell in row:
                    body += "<w:tc><w:p>%s</w:p></w:tc>" % _wrun(str(cell), r == 0)
                body += "</w:tr>"
            body += "</w:tbl>"
    doc = (_XML + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>' % body)
    ct = (_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = (_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    return zipped([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                   ("docProps/core.xml", _core(title, author, created)),
                   ("docProps/app.xml", _app("Microsoft Office Word"))], when=when)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(mimetype, content_body, title, author, created, when):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:automatic-styles><style:style style:name="B" style:family="text">'
               '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, content_body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<meta:generator>LibreOffice/7.6</meta:generator><dc:title>%s</dc:title>'
            '<meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '</office:meta></office:document-meta>' % (_ODF_NS, _x(title), _x(author), _x(author),
                                                          created, created))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s>'
              '<office:styles/></office:document-styles>' % _ODF_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return zipped([("mimetype", mimetype), ("content.xml", content), ("styles.xml", styles),
                   ("meta.xml", meta), ("META-INF/manifest.xml", manifest)], when=when, stored_first=True)


def odt(blocks, title="", author="Weserland Versicherung AG", created="2026-01-05T10:00:00",
        when=(2026, 1, 5, 10, 0, 0)):
    """blocks as for docx()."""
    body = "<office:text>"
    for b in blocks:
        if isinstance(b, str):
            body += "<text:p>%s</text:p>" % _x(b)
        elif b[0] == "b":
            body += '<text:p><text:span text:style-name="B">%s</text:span></text:p>' % _x(b[1])
        elif b[0] == "h":
            body += '<text:h text:outline-level="1">%s</text:h>' % _x(b[1])
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            body += '<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>' % ncol
            for row in b[1]:
                body += "<table:table-row>"
                for cell in row:
                    body += '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(cell)
                body += "</table:table-row>"
            body += "</table:table>"
    body += "</office:text>"
    return _odf("application/vnd.oasis.opendocument.text", body, title, author, created, when)


def ods(sheets, title="", author="Weserland Versicherung AG", created="2026-01-05T10:00:00",
        when=(2026, 1, 5, 10, 0, 0)):
    body = "<office:spreadsheet>"
    for name, rows in sheets:
        body += '<table:table table:name="%s">' % _x(name)
        for row in rows:
            body += "<table:table-row>"
            for cell in row:
                if cell is None or cell == "":
                    body += "<table:table-cell/>"
                elif isinstance(cell, (int, float)):
                    body += ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                             '</table:table-cell>' % (cell, cell))
                else:
                    body += ('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                             '</table:table-cell>' % _x(cell))
            body += "</table:table-row>"
        body += "</table:table>"
    body += "</office:spreadsheet>"
    return _odf("application/vnd.oasis.opendocument.spreadsheet", body, title, author, created, when)


def _pdfstr(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(lines, title="", author="Weserland Versicherung AG", date="20260105100000",
        producer="Weserland DMS 4.2", wrap=92):
    """A real PDF: Helvetica / Helvetica-Bold, WinAnsiEncoding, FlateDecode content streams.
    lines: list of str; a line starting with '# ' is printed bold and larger,
    '* ' bold; '' an empty line; '---' a page break."""
    import textwrap
    flat = []
    for ln in lines:
        if ln == "---":
            flat.append(("pb", ""))
        elif ln.startswith("# "):
            flat.append(("h", ln[2:]))
        elif ln.startswith("* "):
            flat.append(("b", ln[2:]))
        elif len(ln) > wrap:
            ind = len(ln) - len(ln.lstrip(" "))
            for i, piece in enumerate(textwrap.wrap(ln, wrap, subsequent_indent=" " * ind)):
                flat.append(("n", piece))
        else:
            flat.append(("n", ln))
    pages = [[]]
    for kind, t in flat:
        if kind == "pb" or len(pages[-1]) >= 62:
            pages.append([])
            if kind == "pb":
                continue
        pages[-1].append((kind, t))
    streams = []
    for pg in pages:
        out = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        cur = "F1"
        for kind, t in pg:
            want = {"h": ("F2", 12), "b": ("F2", 10), "n": ("F1", 10)}[kind]
            key = "%s%d" % want
            if key != cur:
                out.append(("/%s %d Tf" % want).encode())
                cur = key
            out.append(_pdfstr(t) + b" Tj T*")
        out.append(b"ET")
        streams.append(zlib.compress(b"\n".join(out), 9))
    objs = []
    npages = len(pages)
    first_page = 6
    kids = " ".join("%d 0 R" % (first_page + 2 * i) for i in range(npages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, npages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title " + _pdfstr(title) + b" /Author " + _pdfstr(author) + b" /Producer " +
                _pdfstr(producer) + (" /CreationDate (D:%s+01'00') /ModDate (D:%s+01'00') >>" % (date, date)).encode())
    for i, st in enumerate(streams):
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                     "<< /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (first_page + 2 * i + 1)).encode())
        objs.append(("<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(st)).encode() + st + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n" % (i + 1)).encode() + o + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    fid = hashlib.md5(bytes(out)).hexdigest()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, fid, fid, xref)).encode()
    return bytes(out)


def pdf_text(data):
    """Text layer of a PDF made by pdf() (or any PDF with Flate streams and Tj/TJ strings)."""
    texts = []
    for m in re.finditer(rb"<<([^>]*(?:>>[^>]*)*?)>>\s*stream\r?\n", data):
        start = m.end()
        end = data.find(b"endstream", start)
        raw = data[start:end].rstrip(b"\r\n")
        if b"FlateDecode" in m.group(1):
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*(?:Tj|')", raw):
            t = re.sub(rb"\\(.)", rb"\1", s.group(1))
            texts.append(t.decode("cp1252"))
    return "\n".join(texts)


def ics(*lines):
    """An iCalendar text with CRLF line ends (lines given without CRLF)."""
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------------------
# staff, signatures, footers (the only shared text)
# ---------------------------------------------------------------------------

FOOT_AG = ("Weserland Versicherung AG | Hafenkante 12 | 28217 Bremen\n"
           "Sitz der Gesellschaft: Bremen | Amtsgericht Bremen HRB 40817\n"
           "Vorstand: Dr. Carsten Meyerholz (Vorsitz), Silke Gröneveld, Arne Kück\n"
           "Vorsitzender des Aufsichtsrats: Prof. Dr. Hinrich Ahlers")
FOOT_LEBEN = ("Weserland Lebensversicherung AG | Hafenkante 12 | 28217 Bremen\n"
              "Sitz: Bremen | Amtsgericht Bremen HRB 40822 | Vorstand: Silke Gröneveld (Vorsitz), Jens Padberg")
FOOT_KRANKEN = ("Weserland Krankenversicherung AG | Hafenkante 12 | 28217 Bremen\n"
                "Sitz: Bremen | Amtsgericht Bremen HRB 40829 | Vorstand: Dr. Imke Santjer (Vorsitz), Arne Kück")
DISCLAIMER_EN = ("This e-mail and any attachments are intended solely for the addressee. If you have\n"
                 "received it in error, please inform the sender and delete it. Weserland Versicherung AG,\n"
                 "Bremen, Amtsgericht Bremen HRB 40817.")
DISCLAIMER_DE = ("Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige\n"
                 "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Mail.")


class P:
    def __init__(self, name, addr, sig):
        self.name = name
        self.addr = addr
        self.sig = sig

    @property
    def frm(self):
        return '"%s" <%s>' % (self.name, self.addr) if ("," in self.name or "." in self.name) \
            else "%s <%s>" % (self.name, self.addr)


def _p(name, local, sig):
    return P(name, "%s@%s" % (local, DOMAIN), sig)


JB = _p("Jana Brockmann", "jana.brockmann", """Mit freundlichen Grüßen

Jana Brockmann
Kfz-Schaden | Team Personenschaden
Weserland Versicherung AG
Telefon 0421 5567-3312 | Fax 0421 5567-3390
jana.brockmann@weserland-versicherung.example""")

OY = _p("Okan Yıldız", "okan.yildiz", """Viele Grüße
Okan Yıldız
Schadenregulierung Kfz-Sachschaden
Weserland Versicherung AG, Hafenkante 12, 28217 Bremen
Tel. 0421 5567-3207""")

HS = _p("Dr. med. Henrike Sasse", "henrike.sasse", """Dr. med. Henrike Sasse
Beratungsärztin | Leistungsmedizinischer Dienst
Weserland Versicherung AG
Tel. 0421 5567-4410""")

MG = _p("Malte Gerdes", "malte.gerdes", """Freundliche Grüße
Malte Gerdes
Haftpflicht-Schaden | Personen- und Großschäden
Weserland Versicherung AG
Tel.: 0421 5567-3520
malte.gerdes@weserland-versicherung.example""")

FO = _p("Fenja Oltmanns", "fenja.oltmanns", """Herzliche Grüße aus Bremen
Fenja Oltmanns
Kundenservice Privatkunden
Weserland Versicherung AG | Servicetelefon 0421 5567-0""")

TW = _p("Thomas Wübbena", "thomas.wuebbena", """Mit freundlichen Grüßen

Thomas Wübbena
Syndikusrechtsanwalt | Recht & Regress
Weserland Versicherung AG
Hafenkante 12, 28217 Bremen
Tel. 0421 5567-2815""")

CD = _p("Claire Donnelly", "claire.donnelly", """Kind regards,
Claire Donnelly
International Motor Claims | Claims Representative Desk
Weserland Versicherung AG, Hafenkante 12, 28217 Bremen, Germany
T +49 421 5567-3480""")

PR = _p("Priya Raman", "priya.raman", """Best regards
Priya Raman
Actuarial & Reinsurance
Weserland Versicherung AG | +49 421 5567-2260""")

SH = _p("Sönke Harms", "soenke.harms", """Mit freundlichen Grüßen
Sönke Harms
Leistungsprüfung Leben / Berufsunfähigkeit
Weserland Lebensversicherung AG
Telefon 0421 5567-5130""")

WJ = _p("Wiebke Janssen", "wiebke.janssen", """Freundliche Grüße
Wiebke Janssen
Leistungsabteilung Krankenversicherung
Weserland Krankenversicherung AG
Tel. 0421 5567-6021""")

LE = _p("Lars Eilers", "lars.eilers", """Beste Grüße
Lars Eilers
Maklerbetreuung Nord
Weserland Versicherung AG
Mobil 0171 5550 2381 | Tel. 0421 5567-1840""")

NV = _p("Nadine Voßkuhl", "nadine.vosskuhl", """Nadine Voßkuhl
Datenschutzbeauftragte
Weserland Versicherungsgruppe
datenschutz@weserland-versicherung.example | Tel. 0421 5567-1099""")

HT = _p("Hauke Tammen", "hauke.tammen", """Hauke Tammen
Pressesprecher | Unternehmenskommunikation
Weserland Versicherung AG
Tel. 0421 5567-1200 | presse@weserland-versicherung.example""")

BO = _p("Birte Onken", "birte.onken", """Viele Grüße
Birte Onken
Einkauf & Facility Management
Weserland Versicherung AG | Tel. 0421 5567-1730""")

BA = _p("Ben Albers", "ben.albers", """--
Ben Albers
IT-Betrieb | Messaging & Gateway
Weserland Versicherung AG, Durchwahl -1950""")

MK = _p("Marta Kowalczyk", "marta.kowalczyk", """Mit freundlichen Grüßen
Marta Kowalczyk
Reha-Management Personenschaden
Weserland Versicherung AG
Tel. 0421 5567-3355 | Mobil 0160 5551 7730""")

RM = _p("Rolf Meiners", "rolf.meiners", """Gruß
Rolf Meiners
Schadenaußendienst Kfz, Bezirk Bremen-Nord/Osterholz
Weserland Versicherung AG | Mobil 0172 5554 0918""")

IH = _p("Ingrid Hollmann", "ingrid.hollmann", """Mit freundlichen Grüßen
Ingrid Hollmann
Leistung Unfall- und Pflegeversicherung
Weserland Versicherung AG
Telefon 0421 5567-5240""")

GR = _p("Gesa Rohlfs", "gesa.rohlfs", """Viele Grüße
Gesa Rohlfs
Personalabteilung
Weserland Versicherung AG | Tel. 0421 5567-1410""")

JU = _p("Julian Brandt", "julian.brandt", """Mit freundlichen Grüßen
Julian Brandt
Rechtsschutz-Schaden
Weserland Versicherung AG
Tel. 0421 5567-3710""")

KF = _p("Kerstin Feldhaus", "kerstin.feldhaus", """Freundliche Grüße
Kerstin Feldhaus
Sachschaden Privatkunden
Weserland Versicherung AG | Tel. 0421 5567-3610""")

DO = _p("Daniel Okafor", "daniel.okafor", """Best wishes,
Daniel Okafor
Travel & Assistance Claims
Weserland Versicherung AG | 24h line +49 421 5567-9000""")

TL = _p("Timo Lüers", "timo.lueers", """Mit freundlichen Grüßen
Timo Lüers
Kfz-Vertrag und Bestand
Weserland Versicherung AG
Tel. 0421 5567-2710""")

AS = _p("Anja Stelljes", "anja.stelljes", """Mit freundlichen Grüßen
Anja Stelljes
Firmenkunden | Haftpflicht & D&O
Weserland Versicherung AG | Tel. 0421 5567-2930""")

SERVICE = '"Weserland Versicherung - Kundenservice" <service@%s>' % DOMAIN
KFZ = '"Weserland Kfz-Schaden" <kfz-schaden@%s>' % DOMAIN
PORTAL = '"Weserland SecureMail" <noreply-securemail@%s>' % DOMAIN
NEWS = '"Weserland Versicherung" <newsletter@%s>' % DOMAIN

# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = {}
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")


def mail(n, label, lang, kind, reason):
    assert label in LABELS, label
    assert lang in ("de", "en"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        assert n not in MAILS, n
        MAILS[n] = (label, lang, kind, reason, fn)
        return fn
    return deco


# ===========================================================================
# MAILS
# ===========================================================================

# ---------------------------------------------------------------- d206-0001
@mail(1, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "Kfz-Haftpflicht: reply to injured pedestrian's lawyer with her injuries (HWS distortion, hip contusion), physiotherapy and a pain-and-suffering offer")
def _():
    body = """Sehr geehrte Frau Dr. Drewes,

Unser Zeichen: KH 26-0041187 / Jb
Ihr Zeichen: 412/25 SD
Unfall vom 14.11.2025, Bremen-Findorff, Fußgängerüberweg Hemmstraße
Ihre Mandantin: Frau Helga Rickmers
Unser Versicherungsnehmer: Herr Dennis Wohlers

vielen Dank für Ihr Schreiben vom 08.01.2026 nebst Anlagen. Die Einstandspflicht
unseres Versicherungsnehmers dem Grunde nach steht außer Streit.

Nach Durchsicht der übersandten Unterlagen (Durchgangsarztbericht des Klinikums
Weserbogen vom 14.11.2025, Befundbericht Dr. Lüdeking vom 19.12.2025) gehen wir von
folgenden Verletzungen aus:

  - HWS-Distorsion Grad I nach Quebec Task Force
  - Prellung der linken Hüfte mit ausgedehntem Hämatom
  - Schürfwunden an beiden Handflächen

Ihre Mandantin war bis zum 22.12.2025 in ambulanter Behandlung und hat
18 Einheiten Krankengymnastik erhalten. Einen Dauerschaden schließen die
behandelnden Ärzte aus.

Zur Abgeltung des immateriellen Schadens bieten wir ein Schmerzensgeld von

    2.800,00 EUR

an. Den geltend gemachten Haushaltsführungsschaden erkennen wir für sechs Wochen
mit 1.150,00 EUR an (reduzierte Haushaltsführung zu 50 %, 2-Personen-Haushalt).
Die Zuzahlungen zur Physiotherapie (Quittungen über 96,40 EUR) übernehmen wir
vollständig.

Die Gesamtsumme von 4.046,40 EUR zuzüglich Ihrer Gebühren nach einem Gegenstandswert
in dieser Höhe überweisen wir nach Eingang Ihrer Abfindungserklärung auf Ihr
Anderkonto. Eine vorbereitete Erklärung erhalten Sie mit gesonderter Post.

""" + JB.sig + "\n\n" + FOOT_AG + "\n"
    return msg(1, JB.frm, '"Kanzlei Drewes & Partner" <kanzlei@drewes-partner.example>',
               "AW: Ihre Mandantin Helga Rickmers - KH 26-0041187", D(1, 13, 10, 42, 17),
               text(body), in_reply_to="<412-25-SD.20260108@drewes-partner.example>",
               extra=[("X-Mailer", "Microsoft Outlook 16.0")])


# ---------------------------------------------------------------- d206-0002
@mail(2, "NORMAL", "de", "internal",
      "trap: updated pain-and-suffering table of published court decisions (injuries, amounts, ages) - no identifiable person")
def _():
    rows = [
        ["Gericht", "Datum", "Aktenzeichen", "Verletzung", "Behandlung / AU", "Schmerzensgeld EUR", "Bemerkung"],
        ["LG Oldenburg", "2025-03-18", "4 O 2217/23", "HWS-Distorsion I, Thoraxprellung", "6 Wochen AU", 1500, "Geschädigte, 41 J."],
        ["OLG Celle", "2025-05-07", "14 U 188/24", "distale Radiusfraktur re. (S52.5), OP mit Platte", "3 Monate AU", 9000, "Radfahrer, Mitverschulden 1/3 ohne Helm verneint"],
        ["LG Bremen", "2025-06-26", "7 O 904/24", "Kniegelenksdistorsion, Innenbandzerrung", "4 Wochen Orthese", 2200, "Fußgängerin auf Zebrastreifen"],
        ["AG Osterholz-Scharmbeck", "2025-08-12", "3 C 455/25", "Prellungen, Schürfwunden", "keine AU", 450, "Beifahrer"],
        ["OLG Oldenburg", "2025-09-30", "6 U 77/25", "Schädel-Hirn-Trauma II, Frontalhirnsyndrom", "Dauerschaden, MdE 60 %", 85000, "Motorradfahrer, 23 J."],
        ["LG Verden", "2025-11-04", "5 O 312/24", "Beckenringfraktur, Milzruptur (Splenektomie)", "7 Monate AU", 28000, "Insassin, 58 J."],
        ["LG Stade", "2025-12-09", "2 O 1402/23", "Unterschenkelfraktur, Narben", "Reha 4 Wochen", 14000, "Kind, 9 J., Schulweg"],
    ]
    x = xlsx([("Entscheidungen Q4-2025", rows),
              ("Hinweise", [["Hinweis"], ["Nur veröffentlichte Entscheidungen, Angaben wie in der Veröffentlichung."],
                            ["Keine eigenen Schadenfälle eintragen!"]])],
             title="Schmerzensgeldtabelle Q4/2025", author="Jana Brockmann",
             created="2026-01-09T08:12:00Z", when=(2026, 1, 9, 8, 12, 0))
    body = """Hallo zusammen,

anbei die fortgeschriebene Schmerzensgeldtabelle mit den Entscheidungen aus dem
4. Quartal 2025. Neu sind u.a. das OLG Celle zur Radiusfraktur beim Radfahrer ohne
Helm (kein Mitverschulden) und das OLG Oldenburg zum schweren SHT mit 85.000 EUR.

Bitte bei Angeboten an Anwälte künftig diese Fassung verwenden und nicht mehr die
Liste auf dem Gruppenlaufwerk von 2024 – die wird heute gelöscht.

Wer eine Entscheidung ergänzen möchte: bitte nur veröffentlichte Urteile mit Fundstelle,
keine eigenen Fälle.

""" + JB.sig + "\n"
    return msg(2, JB.frm, '"Team Personenschaden" <personenschaden@weserland-versicherung.example>',
               "Schmerzensgeldtabelle Q4/2025", D(1, 9, 8, 31, 5),
               mixed(text(body), att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                     "Schmerzensgeldtabelle_Q4-2025.xlsx")))


# ---------------------------------------------------------------- d206-0003
@mail(3, "CONFIDENTIAL", "de", "insurer-to-customer",
      "Kfz-Haftpflicht parking-lot dent: customer name, plate, claim number, explicitly nobody hurt")
def _():
    body = """Hallo Frau Haschke,

danke für Ihren Anruf heute Vormittag. Wie besprochen habe ich den Schaden vom Samstag auf dem Parkplatz am Weserpark unter der Schadennummer KH 26-0040522 angelegt.

Kurz zusammengefasst, wie ich Sie verstanden habe: Sie sind mit Ihrem Fiat 500 (HB-MH 412) beim Ausparken rückwärts gegen die Beifahrertür eines geparkten grauen Skoda Octavia gestoßen. Der Fahrer des Skoda saß nicht im Auto, Sie haben einen Zettel mit Ihrer Telefonnummer hinterlassen, und er hat sich am Sonntag bei Ihnen gemeldet. Verletzt wurde niemand.

Damit ich den Schaden des Skoda-Halters regulieren kann, brauche ich noch:

1. den Namen und die Anschrift des Halters (oder seine Versicherung, falls er die schon genannt hat),
2. zwei, drei Fotos von Ihrem Heck, gern mit dem Handy,
3. Ihre Bestätigung, dass Sie selbst gefahren sind.

Ihr eigener Fiat hat nur eine kleine Delle im Stoßfänger, sagten Sie. Die ist über die Haftpflicht nicht versichert; Ihre Teilkasko greift hier leider auch nicht.

Antworten Sie einfach auf diese Mail.

-- 
""" + OY.sig + "\n"
    return msg(3, OY.frm, "Merle Haschke <merle.haschke@netpost.example>",
               "Ihr Parkplatzschaden vom 17.01. - Schaden-Nr. KH 26-0040522", D(1, 19, 11, 5, 40),
               text(body, cte="8bit", flowed=True), mid_style=1,
               extra=[("User-Agent", "Mozilla Thunderbird 128.6.0")])


# ---------------------------------------------------------------- d206-0004
@mail(4, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "inline forward of the policyholder's own accident report: a cyclist fell, bled from the head and was taken to hospital")
def _():
    body = """Hi Jana,

das ist nach dem Bericht unten wohl ein Personenschaden – übernimmst du bitte? Den
Sachschaden am Fahrrad habe ich unter KH 26-0040977 angelegt, die Radfahrerin hat
sich bei uns noch nicht gemeldet. Polizei war vor Ort (Vorgangsnummer steht unten).

Okan

-----Ursprüngliche Nachricht-----
Von: Gerold Pape <g.pape61@kabelmail.example>
Gesendet: Mittwoch, 21. Januar 2026 22:47
An: kfz-schaden@weserland-versicherung.example
Betreff: Unfall heute, bitte um Rückruf

Sehr geehrte Damen und Herren,

ich muss leider einen Unfall melden. Ich bin heute gegen 17.15 Uhr in Vegesack von der
Gerhard-Rohlfs-Str. rechts in die Weserstraße abgebogen und habe eine Radfahrerin
übersehen die auf dem Radweg geradeaus gefahren ist, es war schon dunkel und sie hatte
glaube ich kein Licht an, bin mir aber nicht sicher. Sie ist gegen meinen rechten
Kotflügel gefahren und gestürzt.

Sie hat am Kopf geblutet (Platzwunde an der Stirn) und hat gesagt das ihr
Handgelenk weh tut, sie konnte den Arm nicht richtig bewegen. Der Rettungswagen hat
sie dann ins Krankenhaus mitgenommen, ich glaube ins Klinikum Weserbogen. Sie heißt
Anke Siefken, hat mir ein Passant gesagt, sie ist so um die 50.

Die Polizei war da, Vorgangsnummer 2601-0217-4432. Mein Auto ist der blaue Passat,
HB-GP 1961, Versicherungsschein 31/448/2207. Am Auto ist nur ein Kratzer.

Ich bin total fertig, bitte rufen Sie mich an, 0421 6604418 (ab 8 Uhr).

Mit freundlichen Grüssen
Gerold Pape
"""
    return msg(4, OY.frm, JB.frm, "WG: Unfall heute, bitte um Rückruf", D(1, 22, 8, 12, 51),
               text(body), extra=[("Thread-Topic", "Unfall heute, bitte um Rückruf"),
                                  ("X-Mailer", "Microsoft Outlook 16.0")])


# ---------------------------------------------------------------- d206-0005
@mail(5, "NORMAL", "en", "insurer-to-press",
      "trap: press answer on e-scooter injury claims with aggregated numbers only")
def _():
    body = """Dear Ms Okonkwo,

thank you for your questions for the Motor Claims Review feature on micro-mobility.
Here are our answers; you may quote me by name.

1. How many e-scooter claims did Weserland handle in 2025?
   1,240 motor third-party liability claims in which an e-scooter was involved
   (2024: 905). The e-scooters themselves are insured with a small-vehicle plate.

2. How many involved bodily injury?
   312 claims, about a quarter. Most are minor: contusions, abrasions, wrist
   sprains. 27 claims involved fractures and four involved a head injury with
   hospital treatment of more than a week.

3. What is the average cost?
   EUR 1,480 for a property-only claim and EUR 11,900 for a claim with bodily
   injury (reserves included, as at 31 December 2025).

4. Who gets hurt?
   Mostly the riders themselves, which is not covered by the liability cover,
   and pedestrians on pavements. We do not publish figures below country level.

5. Advice for riders?
   Wear a helmet, one person per scooter, no pavements, and never ride after
   drinking - the same alcohol limits apply as for cars.

A photo of me is on our press page (www.weserland-versicherung.example/presse).
Please send me the passage before publication so I can check the figures.

""" + HT.sig + "\n"
    return msg(5, HT.frm, '"Grace Okonkwo" <g.okonkwo@motorclaimsreview.example>',
               "RE: Questions on e-scooter claims - Motor Claims Review", D(2, 3, 15, 20, 2),
               text(body, charset="us-ascii", cte="7bit"),
               in_reply_to="<7f2a91c0@motorclaimsreview.example>")


# ---------------------------------------------------------------- d206-0006
@mail(6, "CONFIDENTIAL", "en", "insurer-to-claimant",
      "rear-end collision, third-party claimant's name, plate, rental car and IBAN; nobody injured")
def _():
    body = """Dear Mr Fitzpatrick,

Our claim reference: KH 26-0043310
Accident on 26 January 2026, Bremen, Stresemannstraße

thank you for your e-mail and the repair estimate from Autohaus Dierks. Our policyholder
has confirmed that she drove into the back of your car at the traffic lights, so we
accept liability in full.

You told us on the phone that neither you nor your son were injured, so this is a
property damage claim only. We will pay:

- repair costs as per estimate no. 26-0117:     EUR 3,412.60
- hire car, 6 days, group C (Hanse Mietwagen):   EUR   486.00
- general expenses (flat rate):                 EUR    25.00

The hire car invoice will be settled directly with Hanse Mietwagen GmbH. The remaining
EUR 3,437.60 will be transferred to the account you gave us:

  Account holder: Aidan Fitzpatrick
  IBAN: DE47 2519 0088 3617 4017 11

Please note that the garage may also send its invoice to us directly if you sign their
assignment form; in that case we pay the garage and you receive only the flat rate.

If anything is unclear, just reply to this e-mail.

""" + CD.sig + "\n\n" + DISCLAIMER_EN + "\n"
    return msg(6, CD.frm, "Aidan Fitzpatrick <aidan.fitzpatrick@freemail.example>",
               "Your claim KH 26-0043310 - settlement", D(2, 4, 9, 55, 12), text(body))


# ---------------------------------------------------------------- d206-0007
@mail(7, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "large loss advice to the reinsurer: body harmless, attached PDF names the claimant with paraplegia, ventilation and care needs")
def _():
    p = pdf([
        "# Weserland Versicherung AG - Large Loss Advice",
        "Motor Third Party Liability XL Treaty 2025, layer 1: EUR 1.5m xs EUR 1.0m",
        "",
        "* Claim data",
        "Our reference:            KH 25-0398812",
        "Date of loss:             19 September 2025, 23:40",
        "Place:                    B 74 near Ritterhude, Lower Saxony",
        "Insured vehicle:          BMW 320d, insured under motor policy 31/402/7719",
        "Liability:                100 % (insured driver overtook on a blind bend)",
        "",
        "* Injured third party",
        "Name:                     Lukas Behrens",
        "Date of birth:            07/03/1999 (26 years)",
        "Occupation:               electrician (apprentice completed 2024), net income approx. EUR 2,350 per month",
        "",
        "* Injuries and treatment",
        "Fracture of the 12th thoracic vertebra with complete spinal cord lesion (ICD-10 S24.12, T91.3 follow-up),",
        "complete paraplegia below T12 (ASIA A). Multiple rib fractures, haemato-pneumothorax left.",
        "Ventilated 9 days, ICU Klinikum Weserbogen 19/09 - 04/10/2025, then spinal cord injury centre",
        "Hamburg until 30/01/2026. Neurogenic bladder and bowel. Wheelchair user.",
        "Prognosis: no recovery of motor function expected. Lifelong care needs approx. 3 h per day.",
        "",
        "* Reserve (gross)",
        "Medical and rehabilitation costs      EUR   310,000",
        "Loss of earnings (to age 67)          EUR   720,000",
        "Care and household help               EUR   540,000",
        "Home and vehicle conversion           EUR   140,000",
        "Pain and suffering                    EUR   300,000",
        "Total reserve                         EUR 2,010,000",
        "Paid to date                          EUR   168,450",
        "",
        "* Recovery",
        "Statutory health insurer (KWE) and pension fund have notified recourse claims under s. 116 SGB X.",
        "Rehabilitation management (Ms M. Kowalczyk) involved since October 2025; family supported.",
        "",
        "Prepared by: Priya Raman, Actuarial & Reinsurance, 10 February 2026",
    ], title="Large Loss Advice KH 25-0398812", author="Priya Raman", date="20260210141500")
    body = """Dear Henrik,

please find attached our first large loss advice under the 2025 motor XL treaty for
our claim KH 25-0398812 (date of loss 19/09/2025). The gross reserve now stands at
EUR 2.01m, so layer 1 is affected.

We will update you quarterly or when the reserve moves by more than 10 %.

""" + PR.sig + "\n\n" + DISCLAIMER_EN + "\n"
    return msg(7, PR.frm, '"Henrik Aalto" <henrik.aalto@balticre.example>',
               "Large loss advice - motor XL 2025 - KH 25-0398812", D(2, 10, 14, 31, 9),
               mixed(text(body), att(p, "application/pdf", "LLA_KH25-0398812_2026-02.pdf")),
               cc='"Casualty Claims" <casualty.claims@balticre.example>')


# ---------------------------------------------------------------- d206-0008
@mail(8, "NORMAL", "de", "newsletter",
      "trap: customer newsletter on winter cycling safety with injury statistics and helmet advice, no person")
def _():
    plain = """Weserland Kundenbrief Februar 2026

Sicher Rad fahren im Winter

Liebe Leserinnen und Leser,

auch im Winter fahren viele von Ihnen mit dem Rad zur Arbeit. Das freut uns - aber
die Zahlen zeigen, dass die dunkle Jahreszeit gefährlich ist: In unserem Kfz-Bestand
haben wir 2025 insgesamt 618 Unfälle zwischen Autos und Radfahrenden reguliert, 71 %
davon zwischen November und Februar. Die häufigsten Verletzungen der Radfahrenden
waren Prellungen, Handgelenks- und Schlüsselbeinbrüche sowie Kopfverletzungen.

Drei Tipps unserer Schadenexperten:

* Licht an - auch am Tag. Akku-Leuchten vor der Fahrt prüfen.
* Helm tragen. Bei Kopfverletzungen entscheidet er oft über schwer oder leicht.
* Abstand beim Abbiegen: Autofahrende, bitte Schulterblick!

Und wenn doch etwas passiert: Ihre Privathaftpflicht schützt Sie, wenn Sie als
Radfahrer einen Schaden verursachen. Eigene Verletzungen sichert eine
Unfallversicherung ab - mehr unter www.weserland-versicherung.example/unfall.

Ihr Weserland-Team

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden:
www.weserland-versicherung.example/newsletter/abmelden
"""
    h = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kundenbrief Februar 2026</title></head>
<body style="font-family:Arial,sans-serif;color:#1b2a3a;max-width:640px">
<p style="font-size:12px;color:#667">Weserland Kundenbrief Februar 2026</p>
<h1 style="color:#0a4d7a">Sicher Rad fahren im Winter</h1>
<p>Liebe Leserinnen und Leser,</p>
<p>auch im Winter fahren viele von Ihnen mit dem Rad zur Arbeit. Das freut uns &ndash; aber
die Zahlen zeigen, dass die dunkle Jahreszeit gefährlich ist: In unserem Kfz-Bestand haben
wir 2025 insgesamt <b>618 Unfälle</b> zwischen Autos und Radfahrenden reguliert, 71&nbsp;%
davon zwischen November und Februar.</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr style="background:#0a4d7a;color:#fff"><th align="left">Häufigste Verletzungen Radfahrender 2025</th><th>Anteil</th></tr>
<tr><td>Prellungen und Schürfwunden</td><td align="right">48&nbsp;%</td></tr>
<tr><td>Handgelenks- und Schlüsselbeinbrüche</td><td align="right">21&nbsp;%</td></tr>
<tr><td>Kopfverletzungen</td><td align="right">12&nbsp;%</td></tr>
<tr><td>Sonstige</td><td align="right">19&nbsp;%</td></tr>
</table>
<h2>Drei Tipps unserer Schadenexperten</h2>
<ul><li>Licht an &ndash; auch am Tag. Akku-Leuchten vor der Fahrt prüfen.</li>
<li>Helm tragen. Bei Kopfverletzungen entscheidet er oft über schwer oder leicht.</li>
<li>Abstand beim Abbiegen: Autofahrende, bitte Schulterblick!</li></ul>
<p>Und wenn doch etwas passiert: Ihre Privathaftpflicht schützt Sie, wenn Sie als Radfahrer
einen Schaden verursachen. Eigene Verletzungen sichert eine Unfallversicherung ab &ndash;
<a href="https://www.weserland-versicherung.example/unfall">mehr erfahren</a>.</p>
<p>Ihr Weserland-Team</p>
<p style="font-size:11px;color:#889">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.weserland-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
"""
    return msg(8, NEWS, "kundenbrief@lists.weserland-versicherung.example",
               "Sicher Rad fahren im Winter - Ihr Kundenbrief Februar", D(2, 12, 7, 0, 0),
               alt(text(plain), html(h)), mid_style=3,
               extra=[("List-Unsubscribe", "<https://www.weserland-versicherung.example/newsletter/abmelden>"),
                      ("Precedence", "bulk")])


# ---------------------------------------------------------------- d206-0009
@mail(9, "CONFIDENTIAL", "de", "insurer-to-assessor",
      "inspection order to a motor assessor: claimant's name, address, phone, plate; property damage only")
def _():
    body = """Sehr geehrter Herr Hinrichs,

wir beauftragen Sie mit der Besichtigung und Begutachtung des folgenden Fahrzeugs:

Schaden-Nr.:      KH 26-0044018
Schadentag:       30.01.2026
Anspruchsteller:  Herr Bernd Kaschner
                  Lindenallee 7, 28790 Schwanewede
                  Tel. 04209 558 210 (tagsüber, sonst AB)
Fahrzeug:         VW Golf VIII Variant, HB-BK 2207, EZ 05/2022
Standort:         beim Anspruchsteller zu Hause (Carport)

Schadenhergang laut unserem Versicherungsnehmer: Seitenstreifkollision beim
Einfädeln auf der A 27, Anschlussstelle Ihlpohl. Beschädigt sind die linke
Fahrzeugseite (beide Türen, Außenspiegel) und die Felge hinten links.
Personenschaden liegt nicht vor.

Bitte klären Sie insbesondere, ob Vorschäden an der linken Seite vorhanden
sind - der Anspruchsteller hat laut HIS-Abfrage im Jahr 2023 einen Schaden
an derselben Seite abgerechnet.

Ihr Gutachten senden Sie bitte an kfz-schaden@weserland-versicherung.example,
Ihre Rechnung wie üblich über das Partnerportal.

""" + OY.sig + "\n"
    return msg(9, OY.frm, '"Kfz-Sachverständigenbüro Hinrichs" <auftrag@sv-hinrichs.example>',
               "Besichtigungsauftrag KH 26-0044018 / Kaschner", D(2, 2, 13, 14, 33),
               text(body))


# ---------------------------------------------------------------- d206-0010
@mail(10, "NORMAL", "de", "internal",
      "trap: training invitation on whiplash injuries with an ICD-10 code and an ICS file, no case data")
def _():
    body = """Liebe Kolleginnen und Kollegen aus Kfz- und Haftpflicht-Schaden,

am Donnerstag, 5. März, bietet Frau Dr. Sasse wieder die Inhouse-Schulung
"HWS-Verletzungen nach Heckanstoß" an. Themen:

- Was steht im D-Arzt-Bericht, was bedeutet ICD-10 S13.4 (Verstauchung und
  Zerrung der Halswirbelsäule) und wie belastbar ist die Diagnose?
- Biomechanik: ab welcher kollisionsbedingten Geschwindigkeitsänderung wird es
  überhaupt plausibel?
- Wann holen wir ein interdisziplinäres Gutachten ein, wann nicht?
- Aktuelle Rechtsprechung zu Schmerzensgeld und Haushaltsführungsschaden.

Bitte bringt keine echten Akten mit – Frau Dr. Sasse arbeitet mit anonymisierten
Beispielen. Die Einladung liegt als Kalendertermin bei, Anmeldung einfach durch
Zusage.

""" + MK.sig + "\n"
    cal = ics(
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Berlin",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:schulung-hws-20260305@weserland-versicherung.example",
        "DTSTAMP:20260216T090000Z",
        "DTSTART;TZID=Europe/Berlin:20260305T130000",
        "DTEND;TZID=Europe/Berlin:20260305T163000",
        "SUMMARY:Schulung HWS-Verletzungen nach Heckanstoß (S13.4)",
        "LOCATION:Hafenkante 12\\, Raum 4.12 \"Vegesack\"",
        "ORGANIZER;CN=Marta Kowalczyk:mailto:marta.kowalczyk@weserland-versicherung.example",
        "ATTENDEE;CN=Team Personenschaden;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:personenschaden@weserland-versicherung.example",
        "ATTENDEE;CN=Haftpflicht-Schaden;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:haftpflicht-schaden@weserland-versicherung.example",
        "DESCRIPTION:Referentin: Dr. med. Henrike Sasse. Nur anonymisierte Beispiele.",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR")
    return msg(10, MK.frm, '"Team Personenschaden" <personenschaden@weserland-versicherung.example>',
               "Einladung: Schulung HWS-Verletzungen nach Heckanstoß, 05.03.2026", D(2, 16, 10, 2, 44),
               mixed(text(body), att_text(cal, "calendar", "Schulung_HWS.ics", cte="8bit")),
               cc='"Haftpflicht-Schaden" <haftpflicht-schaden@weserland-versicherung.example>')
# ---------------------------------------------------------------- d206-0011
@mail(11, "CONFIDENTIAL", "de", "insurer-to-claimant",
      "settlement of a third party's car damage: claimant's name, address, claim number, IBAN in text and HTML table; no injury")
def _():
    plain = """Sehr geehrte Frau Meyerdierks,

Schaden-Nr. KH 26-0039904 - Unfall vom 08.01.2026 in Lilienthal, Feldhäuser Weg

wir haben das Gutachten des Sachverständigenbüros Hinrichs vom 21.01.2026 geprüft
und regulieren Ihren Fahrzeugschaden (Opel Corsa, OHZ-SM 88) wie folgt:

  Reparaturkosten netto lt. Gutachten       2.964,18 EUR
  Merkantile Wertminderung                    300,00 EUR
  Sachverständigenkosten (direkt an SV)       612,40 EUR
  Auslagenpauschale                            25,00 EUR
  ------------------------------------------------------
  Gesamt                                    3.901,58 EUR
  davon an Sie                              3.289,18 EUR

Sie rechnen fiktiv ab; die Mehrwertsteuer erstatten wir, sobald Sie uns eine
Reparaturrechnung vorlegen.

Die Zahlung geht heute an:
  Kontoinhaberin: Sandra Meyerdierks
  IBAN: DE92 2519 0088 4176 1810 41

""" + OY.sig + "\n"
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Meyerdierks,</p>
<p><b>Schaden-Nr. KH 26-0039904 - Unfall vom 08.01.2026 in Lilienthal, Feldhäuser Weg</b></p>
<p>wir haben das Gutachten des Sachverständigenbüros Hinrichs vom 21.01.2026 geprüft und regulieren
Ihren Fahrzeugschaden (Opel Corsa, OHZ-SM 88) wie folgt:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td>Reparaturkosten netto lt. Gutachten</td><td align="right">2.964,18 EUR</td></tr>
<tr><td>Merkantile Wertminderung</td><td align="right">300,00 EUR</td></tr>
<tr><td>Sachverständigenkosten (direkt an SV)</td><td align="right">612,40 EUR</td></tr>
<tr><td>Auslagenpauschale</td><td align="right">25,00 EUR</td></tr>
<tr><td><b>Gesamt</b></td><td align="right"><b>3.901,58 EUR</b></td></tr>
<tr><td>davon an Sie</td><td align="right">3.289,18 EUR</td></tr>
</table>
<p>Sie rechnen fiktiv ab; die Mehrwertsteuer erstatten wir, sobald Sie uns eine Reparaturrechnung vorlegen.</p>
<p>Die Zahlung geht heute an:<br>Kontoinhaberin: Sandra Meyerdierks<br>IBAN: DE92 2519 0088 4176 1810 41</p>
<p>Viele Grüße<br>Okan Yıldız<br>Schadenregulierung Kfz-Sachschaden<br>
Weserland Versicherung AG, Hafenkante 12, 28217 Bremen<br>Tel. 0421 5567-3207</p>
</body></html>
"""
    return msg(11, OY.frm, "Sandra Meyerdierks <sandra.meyerdierks@freemail.example>",
               "Regulierung Ihres Fahrzeugschadens - KH 26-0039904", D(1, 27, 14, 48, 3),
               alt(text(plain), html(h)))


# ---------------------------------------------------------------- d206-0012
@mail(12, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request for a medical report on an injured cyclist (wrist fracture) with her signed release form as PDF")
def _():
    rel = pdf([
        "# Erklärung zur Entbindung von der Schweigepflicht",
        "",
        "Schaden-Nr.: KH 26-0040977        Unfalltag: 21.01.2026",
        "",
        "Ich, Anke Siefken, geb. 02.06.1975, wohnhaft Am Vegesacker Hafen 19, 28757 Bremen,",
        "entbinde die mich nach dem Unfall vom 21.01.2026 behandelnden Ärzte und Einrichtungen",
        "",
        "  - Klinikum Weserbogen, Unfallchirurgie (stationär 21.01. - 24.01.2026)",
        "  - Gemeinschaftspraxis Dr. Lüdeking & Partner, Orthopädie und Unfallchirurgie",
        "  - Physiotherapie Strandlust, Bremen-Vegesack",
        "",
        "von der Schweigepflicht gegenüber der Weserland Versicherung AG, soweit es um die",
        "Unfallverletzungen und deren Folgen sowie um Vorerkrankungen der linken Hand geht.",
        "Die Erklärung gilt bis zum Abschluss der Schadenregulierung und kann jederzeit",
        "widerrufen werden.",
        "",
        "Bremen, 04.02.2026",
        "",
        "gez. Anke Siefken (Unterschrift liegt im Original vor)",
    ], title="Schweigepflichtentbindung Siefken", author="Scanner 3.OG", date="20260205083100",
        producer="Kyocera TASKalfa 5054ci")
    body = """Sehr geehrte Frau Dr. Lüdeking,

Ihre Patientin Frau Anke Siefken, geb. 02.06.1975, wurde am 21.01.2026 als Radfahrerin
von einem bei uns haftpflichtversicherten Pkw erfasst. Wir regulieren ihre Ansprüche
und haben dem Durchgangsarztbericht des Klinikums Weserbogen entnommen, dass eine
distale Radiusfraktur links (S52.51) mit Plattenosteosynthese sowie eine Platzwunde
an der Stirn versorgt wurden. Seit der Entlassung am 24.01.2026 ist Frau Siefken bei
Ihnen in Behandlung.

Für die Bemessung des Schmerzensgeldes und des Erwerbsschadens bitten wir um einen
Befundbericht, insbesondere zu

1. dem aktuellen Heilungsverlauf und der Beweglichkeit des Handgelenks,
2. der voraussichtlichen Dauer der Arbeitsunfähigkeit (Frau Siefken ist Zahnarzthelferin),
3. einer möglichen Metallentfernung und deren Zeitpunkt,
4. einem zu erwartenden Dauerschaden,
5. unfallunabhängigen Vorerkrankungen der linken Hand.

Die Schweigepflichtentbindung der Patientin fügen wir bei. Ihr Honorar nach GOÄ Nr. 75
zzgl. Porto übernehmen wir; bitte geben Sie unsere Schadennummer an.

""" + JB.sig + "\n\n" + FOOT_AG + "\n"
    return msg(12, JB.frm, '"Praxis Dr. Lüdeking & Partner" <praxis@luedeking-ortho.example>',
               "Befundbericht erbeten - Ihre Patientin A. Siefken - KH 26-0040977", D(2, 5, 9, 3, 27),
               mixed(text(body), att(rel, "application/pdf", "Schweigepflichtentbindung_Siefken.pdf")))


# ---------------------------------------------------------------- d206-0013
@mail(13, "NORMAL", "en", "internal",
      "trap: quarterly casualty bordereau summary by injury severity band, counts and amounts only")
def _():
    rows = [
        ["Severity band", "Open claims", "New in Q4", "Closed in Q4", "Paid Q4 EUR", "Outstanding EUR", "Incurred EUR"],
        ["Property only", 4212, 2980, 3105, 6410220, 5120400, 11530620],
        ["Minor injury (soft tissue, no fracture)", 611, 288, 301, 1190450, 3870300, 5060750],
        ["Moderate injury (fracture, hospital < 14 days)", 142, 41, 37, 980100, 6120550, 7100650],
        ["Severe injury (hospital >= 14 days, permanent impairment)", 38, 6, 3, 1405300, 22480000, 23885300],
        ["Catastrophic (spinal cord, severe brain injury)", 9, 1, 0, 610400, 19950000, 20560400],
        ["Fatal", 7, 2, 1, 212800, 1340000, 1552800],
        ["Total", 5019, 3318, 3447, 10809270, 58880850, 69690120],
    ]
    x = xlsx([("Q4 2025 MTPL", rows)], title="Casualty bordereau summary Q4 2025", author="Priya Raman",
             created="2026-01-20T16:40:00Z", when=(2026, 1, 20, 16, 40, 0))
    body = """Hi all,

attached is the Q4 2025 summary of the motor TPL bordereau by severity band, as
discussed in Monday's meeting. Headlines:

- catastrophic band: one new claim in Q4, nine open in total, EUR 20.6m incurred;
- fatal claims: two new, both with dependency claims still open;
- soft-tissue claims are flat on Q3, but the average paid is up 9 %.

The file only contains aggregates; the claim-level listing stays in the reinsurance
folder and goes to Baltic Re through the portal as usual.

""" + PR.sig + "\n"
    return msg(13, PR.frm, '"Reinsurance Team" <rueckversicherung@weserland-versicherung.example>',
               "Q4 2025 casualty bordereau - summary by severity", D(1, 20, 16, 52, 40),
               mixed(text(body, charset="us-ascii", cte="7bit"),
                     att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "MTPL_bordereau_summary_Q4-2025.xlsx")),
               cc="Malte Gerdes <malte.gerdes@weserland-versicherung.example>")


# ---------------------------------------------------------------- d206-0014
@mail(14, "STRICTLY_CONFIDENTIAL", "de", "hospital",
      "forwarded hospital mail (message/rfc822): invoice for an injured passenger with DRG, diagnoses and operation in the attached PDF")
def _():
    inv = pdf([
        "# Klinikum Weserbogen gGmbH - Patientenabrechnung",
        "Rechnungs-Nr. 2026-KR-004417        Rechnungsdatum 28.01.2026",
        "",
        "Patient:        van der Meulen, Joost",
        "Geburtsdatum:   14-09-1968",
        "Anschrift:      Kerkstraat 41, 9401 HK Assen, Niederlande",
        "Aufnahme:       09.01.2026, 19:52 (Notaufnahme, RTW)",
        "Entlassung:     16.01.2026",
        "Kostenträger:   Weserland Versicherung AG, Kfz-Haftpflicht KH 26-0039287",
        "                (Abtretung des Patienten vom 10.01.2026 liegt vor)",
        "",
        "* Diagnosen (ICD-10-GM)",
        "S22.42   Rippenserienfraktur, drei Rippen, rechts",
        "S27.0    Traumatischer Pneumothorax",
        "S42.02   Fraktur der Klavikula, mittleres Drittel, rechts",
        "I10.00   Benigne essentielle Hypertonie (Nebendiagnose)",
        "",
        "* Prozeduren (OPS)",
        "8-144.0  Thoraxdrainage, großlumig",
        "5-790.2b Geschlossene Reposition, Osteosynthese Klavikula (TEN)",
        "",
        "* Abrechnung",
        "DRG E66C  Schweres Thoraxtrauma ohne komplizierende Konstellation",
        "Relativgewicht 0,814 x Landesbasisfallwert 4.310,12 EUR        3.508,44 EUR",
        "Zuschläge (Pflege, Qualität, Telematik)                        1.211,07 EUR",
        "Wahlleistung Zweibettzimmer 7 Tage                               476,00 EUR",
        "Rechnungsbetrag                                                5.195,51 EUR",
        "",
        "Zahlbar innerhalb von 30 Tagen an: Klinikum Weserbogen gGmbH,",
        "IBAN DE83 2826 0412 6381 1199 79, Verwendungszweck 2026-KR-004417",
    ], title="Rechnung 2026-KR-004417", author="Klinikum Weserbogen Patientenabrechnung",
        date="20260128101200", producer="SAP IS-H Druck")
    inner = inner_msg(
        '"Klinikum Weserbogen - Patientenabrechnung" <abrechnung@klinikum-weserbogen.example>',
        "personenschaden@weserland-versicherung.example",
        "Rechnung 2026-KR-004417 / Ihr Zeichen KH 26-0039287",
        D(1, 28, 10, 20, 55),
        mixed(text("""Sehr geehrte Damen und Herren,

anbei übersenden wir die Rechnung für die stationäre Behandlung Ihres Geschädigten
Herrn Joost van der Meulen. Die Abtretungserklärung des Patienten haben wir Ihnen
bereits am 12.01.2026 per Fax übermittelt.

Mit freundlichen Grüßen
i.A. Petra Lüschen
Patientenabrechnung / Selbstzahler und Dritte
Klinikum Weserbogen gGmbH
"""), att(inv, "application/pdf", "Rechnung_2026-KR-004417.pdf")),
        "<20260128102055.4417@klinikum-weserbogen.example>", n=14)
    body = """Hallo Henrike,

kannst du bitte einen Blick auf die angehängte Klinikrechnung werfen? Es geht um den
niederländischen Beifahrer aus dem Auffahrunfall auf der A 28 (KH 26-0039287). Mir
kommen sieben Tage für die Rippenserienfraktur plausibel vor, aber ich bin mir bei der
Nebendiagnose und dem Zweibettzimmer unsicher – muss der Haftpflichtversicherer das
Zweibettzimmer übernehmen, wenn er zu Hause privat zusatzversichert ist?

Danke dir!

""" + JB.sig + "\n"
    return msg(14, JB.frm, HS.frm, "WG: Rechnung 2026-KR-004417 / Ihr Zeichen KH 26-0039287",
               D(1, 29, 8, 44, 10), mixed(text(body), forward(inner, "Rechnung 2026-KR-004417.eml")))


# ---------------------------------------------------------------- d206-0015
@mail(15, "NORMAL", "de", "insurer-to-supplier",
      "trap: order of first-aid kits and wound dressings for the company car pool, no person")
def _():
    body = """Sehr geehrter Herr Eickhoff,

wie telefonisch besprochen bestellen wir für unseren Dienstwagen-Pool:

Pos. Menge  Artikel                                              Einzelpreis netto
1    120    Kfz-Verbandkasten nach DIN 13164:2022, mit Halterung       7,90 EUR
2    120    Warnweste EN ISO 20471, gelb, Einheitsgröße               1,85 EUR
3     40    Ergänzungsset Wundauflagen/Pflaster für Verbandkasten     3,40 EUR
4     10    Betriebsverbandkasten DIN 13157 (Etagenküchen)           29,90 EUR

Liefertermin: KW 10, Anlieferung an die Fahrbereitschaft, Tor 3, Hafenkante 12.
Rechnung bitte mit unserer Bestellnummer BE-2026-00318 an
rechnungseingang@weserland-versicherung.example.

Die alten Verbandkästen (Ablaufdatum 2025) nehmen Sie bitte wie angeboten zur
Entsorgung mit.

""" + BO.sig + "\n"
    return msg(15, BO.frm, '"Medi-Bedarf Nord GmbH" <bestellung@medibedarf-nord.example>',
               "Bestellung BE-2026-00318 Verbandkästen Dienstwagen", D(2, 18, 11, 12, 0),
               text(body, charset="iso-8859-1"))


# ---------------------------------------------------------------- d206-0016
@mail(16, "CONFIDENTIAL", "de", "insurer-to-customer",
      "no-claims class transfer from father to daughter: names, daughter's birth date, policy numbers")
def _():
    body = """Sehr geehrter Herr Tönjes,
sehr geehrte Frau Tönjes,

die Übertragung des Schadenfreiheitsrabatts haben wir wie beantragt durchgeführt:

Abgebender Vertrag:   Herbert Tönjes, Kfz-Vertrag 31/377/1180 (VW Touran, DEL-HT 57)
Übernehmender Vertrag: Lea Tönjes, geb. 11.08.2004, Kfz-Vertrag 31/451/0093
                      (Seat Ibiza, DEL-LT 811)

Frau Tönjes besitzt die Fahrerlaubnis seit dem 14.09.2022. Übertragen werden kann nur
der Schadenfreiheitsrabatt, den sie selbst hätte erfahren können, also drei Jahre.
Ihr Vertrag wird ab 01.03.2026 in SF 3 (Haftpflicht 55 %, Vollkasko 60 %) eingestuft.
Herr Tönjes wird rückwirkend ab demselben Tag von SF 12 in SF 6 umgestuft.

Neuer Jahresbeitrag Frau Tönjes: 694,20 EUR (bisher 1.211,90 EUR)
Neuer Jahresbeitrag Herr Tönjes: 842,60 EUR (bisher 618,30 EUR)

Die geänderten Versicherungsscheine erhalten Sie beide mit der Post.

""" + TL.sig + "\n\n" + FOOT_AG + "\n"
    return msg(16, TL.frm, "herbert.toenjes@kabelmail.example",
               "SF-Übertragung Tönjes - Verträge 31/377/1180 und 31/451/0093", D(2, 20, 10, 37, 52),
               text(body, charset="windows-1252"), cc="lea.toenjes@studmail.example")


# ---------------------------------------------------------------- d206-0017
@mail(17, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "UK solicitor for an injured taxi passenger: whiplash, back pain, physiotherapy, offer of general damages")
def _():
    body = """Dear Mr Pemberton,

Your client: Ms Rebecca Thornbury
Your ref: OP/THO/2611
Our ref: KH 25-0401156
Accident: 3 October 2025, Bremen, Martinistrasse - rear-end collision, taxi insured by us

Thank you for your letter of 2 February and the medical report of Dr Anil Mehta
(Leeds) dated 15 January 2026.

We do not dispute liability: our insured taxi driver ran into the car in front while
your client was sitting in the back seat. As you know, the claim is governed by
German law (Art. 4 (1) Rome II), so general damages are assessed under s. 253 BGB and
not under the Judicial College Guidelines.

On the medical evidence your client suffered a whiplash injury (WAD grade II) with
neck pain and stiffness for about ten weeks and a lumbar strain that resolved within
six weeks. She had ten physiotherapy sessions in Leeds, and Dr Mehta confirms full
recovery by mid-December with no ongoing symptoms. The travel sickness and anxiety
mentioned in her witness statement are not supported by any treatment record.

We therefore offer, in full and final settlement:

- pain and suffering (Schmerzensgeld):  EUR 1,800.00
- physiotherapy invoices (GBP 650):    EUR   757.40
- prescription costs (GBP 18.40):      EUR    21.44
- taxi fare refund and sundries:      EUR    60.00

Total EUR 2,638.84. German law does not provide for recovery of your fees on the
English scale; we will contribute EUR 453.87, being the statutory fee on that value.

The offer is open for 28 days.

""" + CD.sig + "\n\n" + DISCLAIMER_EN + "\n"
    return msg(17, CD.frm, '"Oliver Pemberton" <o.pemberton@pembertonhale.example>',
               "Thornbury v Weserland - your ref OP/THO/2611 - offer", D(2, 17, 15, 8, 31),
               text(body, charset="us-ascii", cte="7bit"),
               in_reply_to="<OP-THO-2611-0202@pembertonhale.example>")


# ---------------------------------------------------------------- d206-0018
@mail(18, "NORMAL", "de", "internal",
      "trap: blank medical-release template (DOCX) with placeholders for name and birth date")
def _():
    d = docx([
        ("h", "Erklärung zur Schweigepflichtentbindung (Personenschaden Haftpflicht/Kfz)"),
        "Schaden-Nr.: «Schadennummer»",
        "Ich, «Vorname» «Nachname», geb. «Geburtsdatum», wohnhaft «Anschrift»,",
        "entbinde die nachfolgend genannten Ärzte, Zahnärzte, Krankenhäuser, Therapeuten und Pflegeeinrichtungen, "
        "die mich wegen der Folgen des Schadenereignisses vom «Schadentag» behandeln oder behandelt haben, "
        "von ihrer Schweigepflicht gegenüber der Weserland Versicherung AG:",
        ("table", [["Name / Einrichtung", "Fachrichtung", "Behandlungszeitraum"],
                   ["«Arzt 1»", "«Fachrichtung»", "«von – bis»"],
                   ["«Arzt 2»", "«Fachrichtung»", "«von – bis»"]]),
        "Die Entbindung umfasst Auskünfte zu den unfallbedingten Verletzungen und ihren Folgen sowie zu "
        "Vorerkrankungen derselben Körperregion in den letzten fünf Jahren vor dem Schadenereignis.",
        "Ich kann diese Erklärung jederzeit mit Wirkung für die Zukunft widerrufen.",
        "",
        "«Ort», «Datum»                 ___________________________ (Unterschrift)",
        ("b", "Hinweise für die Sachbearbeitung"),
        "Vor Versand nur die Felder in «» füllen. Keine pauschale Entbindung für alle Ärzte verwenden. "
        "Die ausgefüllte Erklärung ist Teil der Schadenakte, nicht des Gruppenlaufwerks.",
    ], title="Muster Schweigepflichtentbindung Personenschaden", author="Nadine Voßkuhl",
        created="2026-02-23T09:00:00Z", when=(2026, 2, 23, 9, 0, 0))
    body = """Liebe Kolleginnen und Kollegen,

nach der Abstimmung mit der Rechtsabteilung gibt es ab dem 1. März ein neues Muster
für die Schweigepflichtentbindung im Personenschaden (Kfz- und Allgemeine Haftpflicht).
Die wichtigste Änderung: keine Generalvollmacht für "alle behandelnden Ärzte" mehr,
sondern eine Liste der Ärzte und Einrichtungen und eine zeitliche Begrenzung der
Vorerkrankungen auf fünf Jahre.

Das Muster liegt als Word-Datei bei und ist ab morgen auch im Vorlagenmodul der
Schadensoftware hinterlegt. Bitte alte Vordrucke aus den Ablagen entfernen.

Bei Fragen bin ich am Donnerstag in der Teamrunde Personenschaden dabei.

""" + NV.sig + "\n"
    return msg(18, NV.frm, '"Team Personenschaden" <personenschaden@weserland-versicherung.example>',
               "Neues Muster Schweigepflichtentbindung ab 01.03.", D(2, 23, 9, 26, 14),
               mixed(text(body), att(d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     "Muster_Schweigepflichtentbindung_2026-03.docx")),
               cc='"Haftpflicht-Schaden" <haftpflicht-schaden@weserland-versicherung.example>')


# ---------------------------------------------------------------- d206-0019
@mail(19, "CONFIDENTIAL", "en", "insurer-to-partner",
      "recovery claim to a Dutch insurer: our customer's name, plate and own-damage payment; property damage only")
def _():
    body = """Dear Mr de Wit,

Your policyholder: Mr Sander Kuipers, NL-plate 91-TKR-4
Your claim no.: ZS-2026-118472
Our claim no.: VK 26-0007713
Our policyholder: Ms Ilka Bödeker, Kia Ceed, plate HB-IB 3108
Accident: 16 January 2026, A 1 near Bremen-Arsten, lane change

Following your acknowledgement of 23 January, please find below our recovery claim.
Our policyholder had comprehensive cover with us and we have indemnified her under that
cover; her rights have passed to us under s. 86 VVG.

  Repair costs (invoice Autohaus Dierks no. 26-0214)   EUR 5,214.30
  Towing (Abschleppdienst Bruns)                       EUR   238.00
  Assessor's fee                                       EUR   418.00
  Total paid                                           EUR 5,870.30

Ms Bödeker's deductible of EUR 300 and her loss of use will be claimed by her directly.
Nobody was hurt in the accident.

Please pay EUR 5,870.30 to Weserland Versicherung AG, IBAN DE80 2007 1022 0814 0331 14,
reference VK 26-0007713. Copies of the invoices are available on request.

""" + CD.sig + "\n\n" + DISCLAIMER_EN + "\n"
    return msg(19, CD.frm, '"Pieter de Wit" <p.dewit@zeeuwse-schade.example>',
               "Recovery VK 26-0007713 / your ZS-2026-118472", D(2, 9, 11, 17, 45), text(body))


# ---------------------------------------------------------------- d206-0020
@mail(20, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
      "statutory health insurer's recourse: injured motorcyclist with birth date, hospital, rehab, sick pay; XLSX cost list")
def _():
    rows = [
        ["Pos.", "Leistungsart", "Leistungserbringer", "Zeitraum", "Betrag KWE EUR", "Quote 70 % EUR", "Anmerkung WVAG"],
        [1, "Krankenhausbehandlung (DRG I13B, Tibiakopffraktur li.)", "Klinikum Weserbogen", "02.08.-15.08.2025", 9842.17, 6889.52, "anerkannt"],
        [2, "Anschlussheilbehandlung orthopädisch", "Reha-Zentrum Dümmersee", "18.08.-08.09.2025", 4410.00, 3087.00, "anerkannt"],
        [3, "Heilmittel Physiotherapie (3 x 10 Einheiten KG)", "Physio am Deich", "09/2025-12/2025", 1266.30, 886.41, "anerkannt"],
        [4, "Hilfsmittel: Unterarmgehstützen, Knieorthese", "Sanitätshaus Roland", "08/2025", 388.90, 272.23, "anerkannt"],
        [5, "Krankengeld", "-", "13.09.-30.11.2025", 6112.60, 4278.82, "Netto-AE prüfen"],
        [6, "Arzneimittel (Enoxaparin, Ibuprofen 600)", "Apotheken", "08/2025-10/2025", 214.75, 150.33, "anerkannt"],
        [7, "Fahrtkosten Reha", "Taxi Hansa", "08/2025", 186.00, 130.20, "anerkannt"],
        ["", "Summe", "", "", 22420.72, 15694.51, ""],
    ]
    x = xlsx([("Regress KWE", rows)], title="Regress § 116 SGB X Menkens", author="Thomas Wübbena",
             created="2026-02-12T13:05:00Z", when=(2026, 2, 12, 13, 5, 0))
    body = """Sehr geehrte Frau Hollenstein,

Ihr Zeichen: RG 7-2025-0883 / Menkens
Unser Zeichen: KH 25-0377204
Ihr Versicherter: Herr Kai-Uwe Menkens, geb. 23.04.1981, KV-Nr. M412338801
Unfall vom 02.08.2025, L 133 bei Grasberg

wir danken für Ihre Regressaufstellung vom 20.01.2026. Nach Auswertung der
Ermittlungsakte gehen wir von einem Mitverschulden Ihres Versicherten von 30 % aus:
Er war nach dem Gutachten des Sachverständigen mit mindestens 78 km/h bei erlaubten
60 km/h unterwegs, als unser Versicherungsnehmer beim Abbiegen den Vorrang missachtete.

Auf dieser Basis erkennen wir Ihre Forderung mit 70 % an. Die Einzelpositionen und
unsere Quote finden Sie in der beigefügten Tabelle. Beim Krankengeld bitten wir noch
um die Bescheinigung des Arbeitgebers über das Nettoarbeitsentgelt, da der Betrag
über dem Erwartungswert liegt.

Den unstreitigen Betrag von 11.415,69 EUR überweisen wir in den nächsten Tagen.
Weitere Leistungen (die Metallentfernung ist für Mai 2026 geplant) melden Sie bitte
wie gewohnt unter Ihrem Zeichen an.

""" + TW.sig + "\n\n" + FOOT_AG + "\n"
    return msg(20, TW.frm, '"KWE Regress" <regress@kwe-kasse.example>',
               "Regress § 116 SGB X - RG 7-2025-0883 Menkens / KH 25-0377204", D(2, 12, 13, 22, 18),
               mixed(text(body), att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                     "Regress_KWE_Menkens_Quote70.xlsx")))
# ---------------------------------------------------------------- d206-0021
@mail(21, "NORMAL", "de", "internal",
      "trap: internal job posting for a bodily-injury claims handler (medical reports, lawyers, doctors), no person")
def _():
    body = """Liebe Kolleginnen und Kollegen,

wir suchen zum nächstmöglichen Zeitpunkt für das Team Personenschaden in der
Kfz-Schadenabteilung eine/n

    Sachbearbeiter/in Kfz-Personenschaden (m/w/d)
    Vollzeit oder Teilzeit ab 30 Std., unbefristet, Tarifgruppe VI/VII

Ihre Aufgaben
- Regulierung von Personenschäden nach Verkehrsunfällen – vom Schleudertrauma bis
  zum Schwerstverletzten
- Auswertung ärztlicher Unterlagen, Arztberichte und Gutachten, gemeinsam mit
  unserem Leistungsmedizinischen Dienst
- Korrespondenz und Verhandlungen mit Geschädigten, Rechtsanwälten,
  Sozialversicherungsträgern und Arbeitgebern
- Berechnung von Schmerzensgeld, Verdienstausfall und Haushaltsführungsschaden
- Zusammenarbeit mit dem Reha-Management

Ihr Profil
- Ausbildung zur/zum Kauffrau/Kaufmann für Versicherungen und Finanzanlagen oder
  Studium (Jura, Versicherungswesen)
- Erfahrung in der Kfz- oder Haftpflichtschadenregulierung
- Einfühlungsvermögen im Umgang mit verletzten Menschen und ihren Angehörigen

Interne Bewerbungen bitte bis 13.03.2026 über das Mitarbeiterportal. Ansprechpartnerin
in der Fachabteilung ist Jana Brockmann (Durchwahl -3312).

""" + GR.sig + "\n"
    return msg(21, GR.frm, '"Alle Mitarbeitenden Bremen" <alle-bremen@weserland-versicherung.example>',
               "Interne Stellenausschreibung: Sachbearbeiter/in Kfz-Personenschaden", D(2, 27, 12, 0, 0),
               text(body))


# ---------------------------------------------------------------- d206-0022
@mail(22, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "HTML-only rehab management status table with three named injured claimants, injuries, therapy and care measures")
def _():
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td,th{border:1px solid #999;padding:4px 6px;font-family:Calibri,sans-serif;font-size:10pt;vertical-align:top}
table{border-collapse:collapse}</style></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Jana, hallo Malte,</p>
<p>hier mein Monatsstand Reha-Management Februar für eure Akten. Die ausführlichen Berichte
liegen in den elektronischen Akten.</p>
<table>
<tr style="background:#dce6f1"><th>Akte</th><th>Geschädigte/r</th><th>Verletzungen</th><th>Stand / Maßnahmen</th><th>Nächster Schritt</th></tr>
<tr><td>KH 25-0398812</td><td>Lukas Behrens, 26 J.</td><td>Querschnittlähmung ab Th12 (ASIA A), Z. n. Hämatopneumothorax</td>
<td>Entlassung aus dem Querschnittzentrum am 30.01.; wohnt vorübergehend bei den Eltern in Ritterhude. Rollstuhl (Aktivrollstuhl) geliefert, Pflegedienst 2x täglich.</td>
<td>Wohnungsumbau: Angebot Architekt bis 15.03.; Umschulung mit Rentenversicherung klären</td></tr>
<tr><td>KH 25-0377204</td><td>Kai-Uwe Menkens, 44 J.</td><td>Tibiakopffraktur links, Osteosynthese</td>
<td>Teilbelastung, Gangbild unsicher; Wiedereingliederung als Kfz-Mechatroniker ab 01.03. mit 4 Std./Tag nach Hamburger Modell</td>
<td>Metallentfernung Mai 2026, danach Abschlussgespräch</td></tr>
<tr><td>AH 25-0112840</td><td>Jutta Wessels, 71 J.</td><td>Schenkelhalsfraktur rechts nach Sturz auf nicht gestreutem Gehweg, Hüft-TEP</td>
<td>Kurzzeitpflege beendet, Pflegegrad 2 beantragt; Tochter organisiert Haushaltshilfe (3x/Woche) – Kosten übernehmen wir</td>
<td>Hausnotruf und Treppenlift-Angebot prüfen</td></tr>
</table>
<p>Bei Herrn Behrens bitte noch nichts zu einer Abfindung sagen – die Familie ist im Moment nicht so weit,
ich habe das mit der Mutter am Telefon so abgesprochen.</p>
<p>Mit freundlichen Grüßen</p>
<p style="color:#555;font-size:9pt">Marta Kowalczyk<br>Reha-Management Personenschaden<br>
Weserland Versicherung AG<br>Tel. 0421 5567-3355 | Mobil 0160 5551 7730</p>
</body></html>
"""
    return msg(22, MK.frm, "Jana Brockmann <jana.brockmann@weserland-versicherung.example>",
               "Reha-Management Stand Februar", D(2, 26, 17, 34, 22), html(h),
               cc="Malte Gerdes <malte.gerdes@weserland-versicherung.example>")


# ---------------------------------------------------------------- d206-0023
@mail(23, "CONFIDENTIAL", "de", "insurer-to-customer",
      "hail damage appointment with calendar file: customer name, plate, comprehensive-cover claim number")
def _():
    body = """Guten Tag Herr Ahlers-Kück,

wie am Telefon besprochen, haben wir für die Begutachtung Ihres Hagelschadens
einen Termin im Hagelzentrum Bremen-Hemelingen für Sie reserviert:

  Dienstag, 9. Juni 2026, 10:30 Uhr
  Hagelzentrum Hemelingen (Drive-in), Zufahrt über Tor 2
  Fahrzeug: Mercedes-Benz B 200, HB-AK 720
  Schaden-Nr.: TK 26-0019355 (Teilkasko, Selbstbeteiligung 150 EUR)

Die Begutachtung dauert etwa 30 Minuten, Sie können dabei bleiben. Bitte bringen Sie
den Fahrzeugschein mit. Ist das Glasdach beschädigt, wird das vor Ort gleich mit
aufgenommen.

Den Termin finden Sie auch als Kalendereintrag im Anhang. Falls Sie ihn verschieben
müssen, rufen Sie bitte direkt im Hagelzentrum an: 0421 5553 1180.

""" + OY.sig + "\n"
    cal = ics(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Weserland Versicherung AG//Terminservice//DE",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:TK26-0019355-hagel@weserland-versicherung.example",
        "DTSTAMP:20260602T081500Z",
        "DTSTART:20260609T083000Z",
        "DTEND:20260609T090000Z",
        "SUMMARY:Hagelschaden-Begutachtung HB-AK 720 (TK 26-0019355)",
        "LOCATION:Hagelzentrum Bremen-Hemelingen\\, Tor 2",
        "DESCRIPTION:Versicherungsnehmer: Torsten Ahlers-Kück\\nFahrzeug: Mercedes-Benz B 200\\, HB-AK 720\\nBitte Fahrzeugschein mitbringen.",
        "BEGIN:VALARM",
        "TRIGGER:-PT2H",
        "ACTION:DISPLAY",
        "DESCRIPTION:Hagel-Begutachtung",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR")
    return msg(23, OY.frm, "t.ahlers-kueck@netpost.example",
               "Termin Hagelbegutachtung 09.06. - TK 26-0019355", D(6, 2, 10, 15, 33),
               mixed(text(body), att_text(cal, "calendar", "Hagel-Termin.ics", charset="utf-8", cte="quoted-printable")))


# ---------------------------------------------------------------- d206-0024
@mail(24, "NORMAL", "en", "insurer-to-partner",
      "trap: out-of-office auto-reply naming the bodily-injury mailbox, no claim data")
def _():
    body = """Thank you for your message.

I am out of the office until Monday, 2 March 2026, with no access to e-mail.

For new motor claims from abroad please write to kfz-schaden@weserland-versicherung.example.
For bodily injury claims (including medical reports and invoices) please use
personenschaden@weserland-versicherung.example and quote our claim number.
Urgent matters: +49 421 5567-3400 (claims reception, Mon-Fri 8-17).

Your e-mail will not be forwarded.

Claire Donnelly
International Motor Claims
"""
    return msg(24, CD.frm, '"Harland Loss Adjusters" <claims@harland-adjusters.example>',
               "Automatic reply: photographs for your file", D(2, 23, 7, 41, 3),
               text(body, charset="us-ascii", cte="7bit"), mid_style=4,
               in_reply_to="<HLA-20260223-0738-1187@harland-adjusters.example>",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


# ---------------------------------------------------------------- d206-0025
@mail(25, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "employer's wage-continuation claim for an injured employee: ankle fracture, incapacity periods, payslips requested")
def _():
    body = """Sehr geehrte Frau Schnakenberg,

Ihr Mitarbeiter: Herr Dariusz Nowak
Unser Zeichen: KH 26-0038816 / Jb
Unfall vom 07.01.2026, Bremen-Burg, Anlieferung Lagerhalle 4

vielen Dank für Ihre Mitteilung, dass Sie Herrn Nowak nach dem Unfall Entgelt fortzahlen
und den Anspruch nach § 6 EFZG bei uns geltend machen. Die Haftung unseres
Versicherungsnehmers – der Lkw-Fahrer hat Herrn Nowak beim Rangieren auf dem Hof am
Fuß erfasst – ist unstreitig.

Laut der uns vorliegenden Unfallmeldung hat Herr Nowak eine Sprunggelenkfraktur rechts
(Weber B) erlitten, die am 08.01.2026 operativ versorgt wurde. Für die Regulierung Ihres
Anspruchs benötigen wir bitte:

1. Kopien der Arbeitsunfähigkeitsbescheinigungen bzw. die eAU-Daten mit den Zeiträumen
   (Diagnosen brauchen wir dafür nicht – bitte nur Beginn und Ende),
2. die Entgeltabrechnungen für Januar und Februar 2026 sowie für die drei Monate vor
   dem Unfall,
3. die Höhe der Arbeitgeberanteile zur Sozialversicherung für den Zeitraum der
   Entgeltfortzahlung.

Sobald die sechs Wochen abgelaufen sind (voraussichtlich am 18.02.2026), rechnen wir
ab. Die Ansprüche von Herrn Nowak selbst (Schmerzensgeld usw.) regulieren wir
getrennt direkt mit ihm bzw. seinem Anwalt.

""" + JB.sig + "\n\n" + FOOT_AG + "\n"
    return msg(25, JB.frm, '"Schnakenberg, Ute (Logistik Rönnebeck)" <u.schnakenberg@logistik-roennebeck.example>',
               "Ihr Mitarbeiter D. Nowak - Entgeltfortzahlung - KH 26-0038816", D(2, 6, 11, 49, 2),
               text(body))


# ---------------------------------------------------------------- d206-0026
@mail(26, "CONFIDENTIAL", "de", "insurer-to-customer",
      "deer collision under partial cover: customer name, plate, claim number, police certificate; nobody hurt (latin-1)")
def _():
    body = """Moin Frau Gerdes-Lange,

ich war heute Morgen wie verabredet bei Ihnen in Worpswede und habe mir den Kombi
angesehen. Kurz das Ergebnis:

Schaden-Nr.: TK 26-0016620 (Teilkasko, Wildschaden)
Fahrzeug:    Skoda Superb Combi, OHZ-GL 344
Schadentag:  03.02.2026, ca. 6:40 Uhr, K 8 zwischen Worpswede und Hüttenbusch

- Frontschaden durch Reh: Stoßfänger, Kühlergrill, Scheinwerfer rechts,
  Motorhaube eingedrückt. Haare und Blutspuren am Stoßfänger passen zum Hergang.
- Die Wildunfallbescheinigung des Jagdpächters (Herr Dammann) und die
  Bestätigung der Polizeistation Worpswede liegen mir vor.
- Sie selbst sind zum Glück unverletzt geblieben, Ihr Mann saß nicht mit im Auto.

Reparatur: Die Werkstatt Ihres Vertrauens (Autohaus Kück in Lilienthal) kann loslegen,
Kostenvoranschlag bis ca. 4.800 EUR ist freigegeben. Ihre Selbstbeteiligung in der
Teilkasko beträgt 150 EUR. Einen Mietwagen zahlt die Teilkasko leider nicht.

""" + RM.sig + "\n"
    return msg(26, RM.frm, "Birgit Gerdes-Lange <birgit.gl@kabelmail.example>",
               "Ihr Wildschaden vom 03.02. - TK 26-0016620", D(2, 5, 12, 58, 6),
               text(body, charset="iso-8859-1", cte="quoted-printable"), mid_style=2,
               extra=[("X-Mailer", "iPhone Mail (22D72)")])


# ---------------------------------------------------------------- d206-0027
@mail(27, "NORMAL", "de", "insurer-to-supplier",
      "trap: framework agreement with a medical expert firm - fee schedule for orthopaedic and neurological reports, no case")
def _():
    body = """Sehr geehrter Herr Dr. Feuerhake,

vielen Dank für das Gespräch am Dienstag. Wie vereinbart fasse ich die Eckpunkte für die
Verlängerung unseres Rahmenvertrags über medizinische Gutachten ab 01.04.2026 zusammen:

1. Honorare (pauschal, inkl. Untersuchung, Aktenstudium und Schreibgebühren):
   - unfallchirurgisch-orthopädisches Gutachten (HWS, Extremitäten)   890 EUR
   - neurologisch-psychiatrisches Zusatzgutachten                    1.150 EUR
   - interdisziplinäres Gutachten (bis drei Fachgebiete)             2.400 EUR
   - Aktenlagegutachten ohne Untersuchung                              480 EUR
   - biomechanisches Gutachten (Kooperationspartner)                   1.350 EUR
2. Bearbeitungszeit: Untersuchungstermin binnen 4 Wochen, Gutachten binnen 3 Wochen
   nach der Untersuchung; bei Überschreitung 10 % Abschlag.
3. Datenschutz: Übermittlung von Aufträgen und Gutachten nur verschlüsselt über das
   Partnerportal, kein Versand per Fax; der Auftragsverarbeitungsvertrag bleibt unverändert.
4. Qualität: Stichprobenprüfung von 5 % der Gutachten durch unseren
   Leistungsmedizinischen Dienst (Frau Dr. Sasse).

Den Vertragsentwurf schickt Ihnen unsere Rechtsabteilung in der kommenden Woche.

""" + BO.sig + "\n"
    return msg(27, BO.frm, '"Dr. Jens Feuerhake" <j.feuerhake@medgutachten-nord.example>',
               "Rahmenvertrag Gutachten ab 01.04.2026 - Eckpunkte", D(2, 19, 16, 3, 48),
               text(body), cc=HS.frm)


# ---------------------------------------------------------------- d206-0028
@mail(28, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "claim to a UK insurer about their injured driver; harmless body, attached GP report PDF with concussion and anxiety")
def _():
    rep = pdf([
        "# Harrowgate Medical Practice",
        "14 Station Parade, Harrogate HG1 5XX (fictitious)",
        "",
        "* Medical report for the purposes of a personal injury claim",
        "Patient:          Mr Thomas Whitcombe",
        "Date of birth:    21/11/1987",
        "NHS no.:          485 777 3912",
        "Date of accident: 11 December 2025 (road traffic accident in Bremen, Germany)",
        "Date of report:   30 January 2026",
        "",
        "History",
        "Mr Whitcombe was driving a hire car in Bremen when another vehicle failed to give way",
        "at a junction and struck the driver's side. He was seen at the emergency department of",
        "Klinikum Weserbogen and discharged the same night with a diagnosis of mild concussion",
        "(ICD-10 S06.0) and a contusion of the left shoulder.",
        "",
        "Findings on examination (12 January 2026)",
        "Full range of movement of the cervical spine. Tenderness over the left AC joint.",
        "He reports headaches three to four times a week and poor sleep, and has been",
        "avoiding driving since his return. GAD-7 score 11 (moderate anxiety).",
        "",
        "Treatment",
        "Naproxen 500 mg twice daily for 10 days; referral to NHS Talking Therapies (six",
        "sessions of CBT for travel anxiety, started 20 January 2026).",
        "",
        "Prognosis",
        "Shoulder symptoms expected to resolve within 3 months. Headaches and anxiety",
        "expected to improve over 6 to 9 months with therapy. Time off work: 3 weeks.",
        "",
        "Dr Fiona Marsh MBChB MRCGP",
    ], title="Medical report T Whitcombe", author="Dr Fiona Marsh", date="20260130113000",
        producer="EMIS Web")
    body = """Dear Ms Hughes,

Your ref: AM/PI/26/0317
Our ref: KH 25-0412290

thank you for your letter of 4 February. As requested, please find attached the
report we received from your policyholder's GP. We are reviewing it and will revert
with our position on the non-pecuniary damages within the next three weeks.

Please note that our customer's vehicle damage has already been settled with the
hire company.

""" + CD.sig + "\n\n" + DISCLAIMER_EN + "\n"
    return msg(28, CD.frm, '"Joanne Hughes" <joanne.hughes@albion-mutual.example>',
               "RE: Your ref AM/PI/26/0317 - our ref KH 25-0412290", D(2, 11, 10, 26, 50),
               mixed(text(body, charset="us-ascii", cte="7bit"),
                     att(rep, "application/pdf", "GP_report_30-01-2026.pdf")),
               in_reply_to="<AM-PI-26-0317-20260204@albion-mutual.example>")


# ---------------------------------------------------------------- d206-0029
@mail(29, "NORMAL", "en", "internal",
      "trap: IT ticket about mail-gateway handling of 'medical report' attachments, no content of any report")
def _():
    body = """Hi Priya, hi Claire,

re ticket INC-2026-004418 ("mails to Albion Mutual bounced, attachment 'medical
report' blocked"):

- Cause: the partner's gateway rejected mails with PDF attachments above 15 MB.
  Nothing on our side was blocked; our logs show normal delivery over TLS.
- The affected mails were scans at 600 dpi. Please scan medical reports and
  invoices at 200-300 dpi, greyscale; a 20-page report is then about 3 MB.
- For anything larger use the SecureMail portal upload link - it takes up to
  100 MB per message.

I have closed the ticket. If it happens again, please forward me the bounce
message (not the original attachment!).

Ben

""" + BA.sig + "\n"
    return msg(29, BA.frm, "Priya Raman <priya.raman@weserland-versicherung.example>",
               "INC-2026-004418 closed: bounces to albion-mutual.example", D(2, 13, 9, 2, 37),
               text(body, charset="us-ascii", cte="7bit"),
               cc="Claire Donnelly <claire.donnelly@weserland-versicherung.example>", mid_style=3)


# ---------------------------------------------------------------- d206-0030
@mail(30, "CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only motor premium invoice: customer name, contract number, plates and SEPA mandate with IBAN")
def _():
    h = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Beitragsrechnung</title></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ccd">
<tr><td style="background:#0a4d7a;color:#fff;padding:12px 16px;font-size:16px">Weserland Versicherung &ndash; Ihre Beitragsrechnung 2026</td></tr>
<tr><td style="padding:16px">
<p>Guten Tag Frau Oltrogge,</p>
<p>zum 01.03.2026 wird der Jahresbeitrag für Ihre Kfz-Versicherung fällig.</p>
<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr><td>Vertragsnummer</td><td><b>31/409/5523</b></td></tr>
<tr><td>Fahrzeug</td><td>Toyota Yaris Hybrid, HB-CO 2611</td></tr>
<tr><td>Haftpflicht (SF 18, 30&nbsp;%)</td><td align="right">198,42 EUR</td></tr>
<tr><td>Vollkasko (SF 16, 31&nbsp;%, SB 300 EUR)</td><td align="right">241,17 EUR</td></tr>
<tr><td>Fahrerschutz</td><td align="right">36,00 EUR</td></tr>
<tr><td>Versicherungsteuer</td><td align="right">90,48 EUR</td></tr>
<tr><td><b>Gesamtbetrag</b></td><td align="right"><b>566,07 EUR</b></td></tr>
</table>
<p>Wir buchen den Betrag am 02.03.2026 per SEPA-Lastschrift ab.<br>
Mandatsreferenz: WVAG-31409552301<br>
Gläubiger-ID: DE98ZZZ09999999999<br>
Konto: IBAN DE24 2906 9915 5738 6192 12 (Christiane Oltrogge)</p>
<p>Bitte sorgen Sie für ausreichende Deckung. Ihre Unterlagen finden Sie jederzeit im
<a href="https://kunden.weserland-versicherung.example/login">Kundenportal</a>.</p>
<p>Freundliche Grüße<br>Ihre Weserland Versicherung</p>
</td></tr>
<tr><td style="background:#f0f3f7;padding:10px 16px;font-size:10px;color:#667">
Weserland Versicherung AG | Hafenkante 12 | 28217 Bremen | Amtsgericht Bremen HRB 40817<br>
Dies ist eine automatisch erzeugte Nachricht.</td></tr>
</table></body></html>
"""
    return msg(30, SERVICE, "christiane.oltrogge@freemail.example",
               "Ihre Beitragsrechnung Kfz 2026 - Vertrag 31/409/5523", D(2, 9, 6, 15, 0),
               html(h), mid_style=3)
# ---------------------------------------------------------------- d206-0031
@mail(31, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "fatal pedestrian accident: bereavement damages and funeral costs for the widow, cause of death from the autopsy")
def _():
    body = """Sehr geehrter Herr Rechtsanwalt Korkmaz,

Ihr Zeichen: 26/0114 Ko
Unser Zeichen: KH 25-0420033
Unfall vom 29.11.2025 in Delmenhorst, Stedinger Straße
Verstorbener: Herr Friedrich (Fritz) Hoyer, geb. 17.05.1952
Ihre Mandantin: Frau Renate Hoyer (Witwe)

zunächst möchten wir Ihrer Mandantin auch auf diesem Weg unser aufrichtiges Beileid
aussprechen.

Nach der Ermittlungsakte der Staatsanwaltschaft, die uns inzwischen vorliegt, ist
Herr Hoyer an den Folgen eines schweren Schädel-Hirn-Traumas mit Hirnstammeinblutung
verstorben; er wurde nach dem Unfall noch reanimiert und ist am 30.11.2025 um 04:10 Uhr
auf der Intensivstation des Josef-Hospitals verstorben. Das Obduktionsergebnis schließt
eine vorbestehende Erkrankung als Ursache des Sturzes aus. Die volle Haftung unseres
Versicherungsnehmers erkennen wir an.

Wir regulieren wie folgt:

1. Hinterbliebenengeld (§ 844 Abs. 3 BGB) für Ihre Mandantin           12.000,00 EUR
2. Beerdigungskosten laut Rechnung Bestattungshaus Wöltjen              7.846,50 EUR
   abzüglich Sterbegeld der Gewerkschaft (siehe unten)                 -  800,00 EUR
3. Grabstein (Kostenvoranschlag Steinmetz Oetken, angemessen)            3.900,00 EUR
4. Unterhaltsschaden (§ 844 Abs. 2 BGB): Herr Hoyer bezog eine Altersrente von
   1.812 EUR netto; wir berechnen den Unterhaltsschaden nach Eingang des
   Rentenbescheids und der Witwenrentenbescheinigung gesondert.

Zum Sterbegeld: In den Unterlagen findet sich eine Leistung der IG Metall über 800 EUR.
Ob diese anzurechnen ist, können wir gern offen lassen, wenn Ihre Mandantin den
Nachweis über die Beitragszahlung vorlegt.

Die Beträge zu 1. bis 3. (22.946,50 EUR) überweisen wir auf Ihr Anderkonto, sobald Sie
uns den Erbschein bzw. die Vollmacht aller Erben übersenden.

""" + JB.sig + "\n\n" + FOOT_AG + "\n"
    return msg(31, JB.frm, '"RA Yusuf Korkmaz" <kanzlei@ra-korkmaz.example>',
               "Verkehrsunfall Hoyer - Ihr Zeichen 26/0114 Ko - KH 25-0420033", D(2, 24, 15, 40, 5),
               text(body))


# ---------------------------------------------------------------- d206-0032
@mail(32, "NORMAL", "de", "insurer-to-customer",
      "trap: SecureMail portal notification listing medical reports among what is never mailed openly; no content, no number")
def _():
    plain = """Guten Tag,

in Ihrem SecureMail-Postfach bei der Weserland Versicherung liegt eine neue
Nachricht für Sie bereit.

Absender:   Weserland Versicherung AG
Eingang:    02.03.2026, 14:12 Uhr

Aus Sicherheitsgründen senden wir vertrauliche Inhalte wie Arztberichte,
Abrechnungen oder Gutachten nicht per unverschlüsselter E-Mail. Bitte melden
Sie sich im Portal an, um die Nachricht zu lesen:

https://securemail.weserland-versicherung.example/

Sie haben Ihr Passwort vergessen? Über "Passwort zurücksetzen" und Ihre
Sicherheitsfrage können Sie es selbst neu vergeben.

Bitte antworten Sie nicht auf diese E-Mail.

Weserland Versicherung AG | Hafenkante 12 | 28217 Bremen
"""
    return msg(32, PORTAL, "b.wiechmann@t-mail.example",
               "Neue Nachricht in Ihrem SecureMail-Postfach", D(3, 2, 14, 12, 41),
               text(plain, charset="utf-8", cte="base64"), mid_style=3,
               extra=[("Auto-Submitted", "auto-generated")])


# ---------------------------------------------------------------- d206-0033
@mail(33, "CONFIDENTIAL", "en", "insurer-to-claimant",
      "grey zone: cyclist's bike and clothing damaged, she states she was not injured - name, claim number, amounts")
def _():
    body = """Dear Ms Lindqvist,

Our claim no.: KH 26-0045120
Incident: 9 February 2026, Bremen, Schwachhauser Heerstrasse, cycle lane

thank you for your e-mail with the photos and receipts. Our policyholder confirms that
he pulled out of a parking space without seeing you and that his car clipped your
rear wheel. We are glad to read that you managed to jump off, landed on the verge and
were not hurt - you told us you did not need to see a doctor, so we have recorded the
claim as property damage only.

We will pay:

  Replacement rear wheel and derailleur (Velo Viertel, quote 26-118)   EUR 412.00
  Rain jacket, torn sleeve (receipt 2024, less 30 % for age)           EUR  84.00
  Bike transport home (taxi receipt)                                    EUR  23.50
  Total                                                                 EUR 519.50

Please send us your bank details (account holder and IBAN) by reply and we will
transfer the amount within five working days.

If you do develop any complaints later on, please let us know before you close the
matter with us.

""" + CD.sig + "\n\n" + DISCLAIMER_EN + "\n"
    return msg(33, CD.frm, "Annika Lindqvist <annika.lindqvist@freemail.example>",
               "RE: Bike accident 9 Feb - claim KH 26-0045120", D(2, 16, 12, 4, 9),
               text(body, charset="us-ascii", cte="7bit"),
               in_reply_to="<CAF3k9xq1-lindqvist-0214@freemail.example>")


# ---------------------------------------------------------------- d206-0034
@mail(34, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "one-line reply; the quoted history names a child on a scooter with concussion and a hospital night")
def _():
    body = """Danke, erledigt. Die Vollmacht der Eltern ist gestern gekommen.

Okan

> Von: Jana Brockmann
> Gesendet: Donnerstag, 12. Februar 2026 16:05
> An: Okan Yıldız
> Betreff: KH 26-0042761 - Tretroller Lesum
>
> Hi Okan,
>
> zu deinem Sachschaden KH 26-0042761 (Tretroller gegen Außenspiegel, Lesum):
> Der Junge, Mattis Grotheer, 8 Jahre, ist doch nicht nur umgefallen. Die Mutter
> hat heute angerufen: Er hatte abends Kopfschmerzen und hat zweimal erbrochen, sie
> sind in die Kinderklinik, Diagnose Gehirnerschütterung, eine Nacht zur Beobachtung
> stationär. Ich lege daher eine Personenschadenakte an.
>
> Kannst du bitte den Roller (Micro, ca. 160 EUR) bei dir mit abrechnen und die
> Eltern (Sören und Katja Grotheer) um eine Vollmacht für das Kind bitten? Die
> Zahlung fürs Schmerzensgeld mache ich dann.
>
> Danke!
> Jana
"""
    return msg(34, OY.frm, JB.frm, "AW: KH 26-0042761 - Tretroller Lesum", D(2, 17, 9, 11, 45),
               text(body, cte="8bit", flowed=True), in_reply_to=mid(34, 4), mid_style=2,
               extra=[("User-Agent", "Mozilla Thunderbird 128.6.0")])


# ---------------------------------------------------------------- d206-0035
@mail(35, "NORMAL", "de", "insurer-to-broker",
      "trap: broker portal registration confirmation; the one-time password comes separately, no customer data")
def _():
    body = """Sehr geehrter Herr Tietjen,

Ihr Zugang zum Weserland Maklerportal ist eingerichtet.

Partnernummer:   VM-208814
Benutzername:    joern.tietjen
Rolle:           Makleradministrator (darf weitere Benutzer Ihrer Firma anlegen)

Ihr Einmal-Passwort erhalten Sie in den nächsten Minuten per SMS an die bei uns
hinterlegte Mobilnummer. Beim ersten Anmelden vergeben Sie ein eigenes Passwort und
legen eine Sicherheitsfrage fest.

Im Portal sehen Sie die Bestände Ihrer Kunden, Schadenmeldungen und die
elektronische Vermittlerpost. Wenn Sie Ihr Maklerverwaltungsprogramm anbinden
möchten, finden Sie die Zugangsdaten für die Schnittstelle unter "Einstellungen >
BiPRO". Gesundheitsdaten Ihrer Kunden (z. B. aus der Kranken- oder BU-Versicherung)
stellen wir nur im Portal bereit, nicht per E-Mail.

Bei Fragen erreichen Sie mich unter der unten stehenden Nummer.

""" + LE.sig + "\n"
    return msg(35, LE.frm, '"Jörn Tietjen" <info@tietjen-makler.example>',
               "Ihr Zugang zum Weserland Maklerportal", D(1, 14, 11, 30, 12), text(body))


# ---------------------------------------------------------------- d206-0036
@mail(36, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
      "order for an orthopaedic expert opinion: body gives name and claim, DOCX lists birth date, injuries and questions")
def _():
    d = docx([
        ("h", "Gutachtenauftrag – unfallchirurgisch-orthopädisch"),
        ("table", [["Feld", "Angabe"],
                   ["Auftraggeber", "Weserland Versicherung AG, Team Personenschaden, Frau Brockmann"],
                   ["Schaden-Nr.", "KH 25-0401877"],
                   ["Zu begutachten", "Frau Marion Schütte, geb. 30.03.1969"],
                   ["Anschrift", "Wiesenweg 3a, 27711 Osterholz-Scharmbeck, Tel. 04791 555 2874"],
                   ["Unfalltag", "14.10.2025 (Auffahrunfall, Beifahrerin)"],
                   ["Anwalt", "Kanzlei Drewes & Partner, Az. 377/25 SD"]]),
        ("b", "Bisherige Befunde"),
        "D-Arzt-Bericht 14.10.2025: HWS-Distorsion, Thoraxprellung durch Gurt, Prellung rechtes Knie.",
        "MRT HWS 02.12.2025: Bandscheibenprotrusion C5/6 ohne Myelonkontakt, degenerative Veränderungen "
        "(Osteochondrose C5/6), kein Nachweis frischer knöcherner Verletzungen.",
        "Hausärztin Dr. Rademacher: anhaltende Nackenschmerzen mit Ausstrahlung in den rechten Arm, "
        "AU bis 31.01.2026, Verordnung Tilidin, seit Januar Schmerztherapie.",
        "Vorerkrankungen laut Krankenkassenauszug: 2021 und 2023 Behandlung wegen Zervikalsyndrom (M54.2).",
        ("b", "Fragen an den Gutachter"),
        "1. Welche Verletzungen hat die Geschädigte bei dem Unfall erlitten?",
        "2. Sind die fortbestehenden Beschwerden mit überwiegender Wahrscheinlichkeit auf den Unfall "
        "oder auf die vorbestehenden degenerativen Veränderungen zurückzuführen?",
        "3. Dauer der unfallbedingten Arbeitsunfähigkeit (Beruf: Verkäuferin, Vollzeit)?",
        "4. Verbleibt ein unfallbedingter Dauerschaden? Wenn ja, welche MdE?",
        "5. Ist eine Beeinträchtigung in der Haushaltsführung gegeben, in welchem Umfang und wie lange?",
        "",
        "Honorar nach Rahmenvertrag (unfallchirurgisch-orthopädisches Gutachten).",
    ], title="Gutachtenauftrag KH 25-0401877", author="Jana Brockmann",
        created="2026-02-19T10:20:00Z", when=(2026, 2, 19, 10, 20, 0))
    body = """Sehr geehrter Herr Dr. Feuerhake,

anbei erhalten Sie unseren Auftrag für ein unfallchirurgisch-orthopädisches Gutachten
in der Sache KH 25-0401877 (Frau Schütte). Die Schweigepflichtentbindung und die
Befunde laden wir heute noch im Partnerportal hoch.

Die Geschädigte ist über den Auftrag informiert und mit einem Untersuchungstermin in
Ihrer Praxis in Bremen einverstanden; bitte vereinbaren Sie den Termin direkt mit ihr.

""" + JB.sig + "\n"
    return msg(36, JB.frm, '"MedGutachten Nord - Auftragsannahme" <auftrag@medgutachten-nord.example>',
               "Gutachtenauftrag KH 25-0401877 Schütte", D(2, 19, 10, 31, 59),
               mixed(text(body), att(d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     "Gutachtenauftrag_KH25-0401877.docx")))


# ---------------------------------------------------------------- d206-0037
@mail(37, "CONFIDENTIAL", "de", "insurer-to-supplier",
      "repair release to a garage: customer's name, plate, VIN, claim number and deductible; no injury")
def _():
    body = """Hallo Herr Dierks,

für folgenden Schaden geben wir die Reparatur nach Ihrem Kostenvoranschlag frei:

Schaden-Nr.:   VK 26-0008120 (Vollkasko)
Kundin:        Frau Heike Wendelken, Tel. 0421 555 39 07
Fahrzeug:      Audi A3 Sportback, HB-HW 1404, FIN WAUZZZGY2NA0194xx
KVA-Nr.:       26-0311 vom 12.02.2026, 3.870,55 EUR brutto
Selbstbeteiligung: 500 EUR (bitte direkt bei der Kundin kassieren)

Ersatzwagen bitte nur Klasse A für die Dauer der Reparatur, maximal 5 Arbeitstage;
Frau Wendelken hat keinen Anspruch auf einen gleichwertigen Mietwagen, da es sich um
einen Kaskoschaden handelt.

Rechnung bitte mit Abtretung und Reparaturfotos über das Werkstattportal.

""" + OY.sig + "\n"
    return msg(37, OY.frm, '"Autohaus Dierks GmbH - Service" <service@autohaus-dierks.example>',
               "Reparaturfreigabe VK 26-0008120 Wendelken", D(2, 13, 14, 6, 29), text(body))


# ---------------------------------------------------------------- d206-0038
@mail(38, "NORMAL", "en", "insurer-to-supplier",
      "trap: interface test cases with a fictitious person ('Max Mustermann') and the published example IBAN")
def _():
    tsv = """case_id\tgvnr\tname\tbirth_date\tiban\tline\tclaim_type\texpected
TC-01\tBIPRO-TEST-0001\tMustermann, Max (fiktiv)\t1970-01-01\tDE89370400440532013000\tKFZ-H\tSachschaden\tOK
TC-02\tBIPRO-TEST-0002\tMusterfrau, Erika (fiktiv)\t1964-08-12\tDE89370400440532013000\tKFZ-H\tPersonenschaden\tOK
TC-03\tBIPRO-TEST-0003\tMustermann, Max (fiktiv)\t1970-01-01\tDE00123456789012345678\tKFZ-VK\tSachschaden\tREJECT invalid IBAN
TC-04\tBIPRO-TEST-0004\tTest, Tina (fiktiv)\t2001-13-40\t\tPHV\tSachschaden\tREJECT invalid date
TC-05\tBIPRO-TEST-0005\tMusterfirma GmbH (fiktiv)\t\tDE89370400440532013000\tAHV\tPersonenschaden\tOK
"""
    body = """Hello Matthijs,

as agreed in yesterday's call, attached are the five test cases for the claims
notification interface (BiPRO 430.4, claim message). All persons are fictitious;
the IBAN DE89 3704 0044 0532 0130 00 is the published example IBAN from the
banking association's documentation, so the test system can validate checksums
without real accounts.

Expected results are in the last column. TC-02 and TC-05 must be routed to our
bodily-injury queue in the test system; please check that the routing flag is set.

Please run them against the staging endpoint and send us the response XML.

""" + BA.sig + "\n"
    return msg(38, BA.frm, '"Matthijs Verhoeven" <m.verhoeven@claimlink-software.example>',
               "Test cases claims interface (BiPRO 430.4)", D(3, 4, 10, 44, 0),
               mixed(text(body, charset="us-ascii", cte="7bit"),
                     att_text(tsv, "tab-separated-values", "testcases_claims_interface.tsv",
                              charset="us-ascii", cte="7bit")))


# ---------------------------------------------------------------- d206-0039
@mail(39, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-claimant",
      "expat cyclist hit by an opened car door: hospital bill, elbow fracture, request for further medical records")
def _():
    body = """Dear Dr Sørensen,

Our claim ref: KH 26-0041930
Incident: 19 January 2026, Bremen-Neustadt, Buntentorsteinweg (car door opened into
the cycle lane)

thank you for your e-mail of 3 February. I am sorry to hear that your recovery is
taking longer than expected.

We have received the invoice of the Klinikum Weserbogen emergency department
(EUR 684.20) and the discharge letter describing a fracture of the radial head of
your right elbow (Mason type II), treated conservatively with a cast for three
weeks, and the abrasions to your right hip and hand. As your health insurer in
Denmark has not paid this invoice, we will settle it directly with the hospital.

To assess your claim for pain and suffering and your loss of earnings as a
post-doctoral researcher, we need:

1. the reports of your follow-up appointments with the orthopaedic surgeon,
   including the latest range-of-motion findings;
2. your physiotherapy prescription and the invoices;
3. confirmation from the university of the days you were unable to work and whether
   your salary continued to be paid;
4. the signed medical release form (attached to my letter of 27 January).

Please upload the documents to our secure portal rather than sending them by e-mail;
the link comes in a separate message.

""" + CD.sig + "\n\n" + DISCLAIMER_EN + "\n"
    return msg(39, CD.frm, '"Dr. Mette Sørensen" <mette.sorensen@uni-mail.example>',
               "Your cycling accident on 19 January - KH 26-0041930", D(2, 5, 16, 20, 11),
               text(body), in_reply_to="<b81c55e2-sorensen@uni-mail.example>")


# ---------------------------------------------------------------- d206-0040
@mail(40, "NORMAL", "de", "internal",
      "trap: anonymised case study for a working group (age band, injury, amounts) with no identifying details")
def _():
    body = """Liebe Mitglieder des Arbeitskreises Personenschaden,

für unser Treffen am 18. März schlage ich folgenden Fall zur Diskussion vor. Er ist
vollständig anonymisiert (Ort, Datum, Beteiligte und Aktenzeichen geändert bzw.
entfernt):

Fall "Radfahrer, Anfang 30"
- Sachverhalt: Abbiegeunfall innerorts, Pkw gegen Radfahrer, Haftung 100 % Pkw.
- Verletzungen: Schädel-Hirn-Trauma II. Grades, Orbitabodenfraktur, Klavikulafraktur.
- Verlauf: 9 Tage stationär, 4 Wochen neurologische Reha; danach Konzentrations-
  störungen und Kopfschmerzen, stufenweise Wiedereingliederung nach 5 Monaten.
- Streitpunkte: Mitverschulden wegen fehlenden Helms (von der Rechtsprechung bisher
  verneint), Höhe des Schmerzensgeldes (Forderung 35.000 EUR, Angebot 18.000 EUR),
  Verdienstausfall eines Freiberuflers ohne stabile Einkommenshistorie.
- Frage an den Arbeitskreis: Wie bewerten wir neuropsychologische Defizite, wenn die
  bildgebenden Befunde unauffällig sind?

Bitte bringt eigene Fälle nur in dieser anonymisierten Form mit.

""" + MG.sig + "\n"
    return msg(40, MG.frm, '"AK Personenschaden" <ak-personenschaden@weserland-versicherung.example>',
               "AK Personenschaden 18.03. - Fallvorschlag", D(3, 5, 13, 2, 20), text(body))
# ---------------------------------------------------------------- d206-0041
@mail(41, "CONFIDENTIAL", "en", "broker",
      "inline-forwarded broker mail asking about a client's liability claim (drone hit a car): client's name, policy and claim number")
def _():
    body = """Kerstin,

can you give Sophie a status on this one? I promised her an answer by Friday. It's
the drone thing from January.

Thanks!

""" + LE.sig + """

________________________________
From: Sophie Marlow <s.marlow@harbourside-brokers.example>
Sent: Tuesday, 10 February 2026 18:22
To: Lars Eilers <lars.eilers@weserland-versicherung.example>
Subject: Ehlerding - drone claim status

Hi Lars,

my client Jonas Ehlerding (private liability PH 44 718 302, your claim HV 26-0003391)
is getting nervous. His drone lost signal over the Wallanlagen on 31 January and
landed on the bonnet of a parked Tesla. The owner has now sent him a garage estimate
of EUR 2,740.80 directly and wants to know when he gets paid. Nobody was hurt.

Two questions from Jonas:
1. Is the drone itself covered (DJI Mini, about EUR 480)?
2. Does he have to pay anything himself?

He has the EU A1/A3 certificate and the drone is registered, I have copies.

Best,
Sophie

Sophie Marlow
Account Executive, Private Clients
Harbourside Brokers Ltd, Bremen branch
"""
    return msg(41, LE.frm, KF.frm, "FW: Ehlerding - drone claim status", D(2, 11, 8, 14, 40),
               text(body), extra=[("Thread-Topic", "Ehlerding - drone claim status")])

# ---------------------------------------------------------------- d206-0042
@mail(42, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-claimant",
      "private liability: insured's dog bit a jogger - bite wound, stitches, tetanus shot and antibiotics; pain-and-suffering offer")
def _():
    body = """Dear Mr Caldwell,

Our claim number: HV 26-0002874
Our policyholder: Mrs Gisela Brünjes (dog owner)
Incident: 24 January 2026, footpath along the Lesum near Burg-Grambke

thank you for sending the medical documents from the urgent care clinic and your
family doctor. Mrs Brünjes has confirmed that her dog, a Labrador mix, was off the
lead and bit you in the left calf while you were jogging past. Her private liability
policy with us covers your claim, and we accept it in full.

From the documents we understand that the bite wound was cleaned and closed with
four stitches, that you received a tetanus booster and a seven-day course of
amoxicillin/clavulanic acid, and that the stitches were removed after ten days. You
mention a visible scar of about 3 cm and that you have not been able to run since.

We offer:

  Pain and suffering (Schmerzensgeld)                        EUR 900.00
  Clinic invoice (not covered by your student insurance)     EUR 146.80
  Running tights, damaged                                    EUR  59.99
  Total                                                      EUR 1,106.79

If the scar still bothers you in six months, please let us know and send a photo
and your doctor's assessment; we will then review the amount for pain and suffering.

Please confirm your bank details for the payment.

""" + MG.sig + "\n\n" + DISCLAIMER_EN + "\n"
    return msg(42, MG.frm, "Ethan Caldwell <ethan.caldwell@campusmail.example>",
               "Dog bite on 24 January - claim HV 26-0002874", D(2, 20, 11, 21, 40),
               text(body))


# ---------------------------------------------------------------- d206-0043
@mail(43, "NORMAL", "de", "internal",
      "trap: data-protection meeting minutes on medical reports in liability claims; rules only, no case")
def _():
    body = """Protokoll Datenschutz-Jour-fixe Schaden, 10.03.2026, 14:00-15:15 Uhr, Raum 2.07

Teilnehmende: N. Voßkuhl (DSB), M. Gerdes (Haftpflicht-Schaden), J. Brockmann
(Kfz-Personenschaden), Dr. H. Sasse (LMD), B. Albers (IT), T. Wübbena (Recht)

TOP 1  Arztberichte und Gutachten im Haftpflicht- und Kfz-Personenschaden
- Gesundheitsdaten von Geschädigten sind auch dann besondere Kategorien nach Art. 9
  DSGVO, wenn die Geschädigten nicht unsere Kunden sind. Rechtsgrundlage ist
  Art. 9 Abs. 2 lit. f (Rechtsansprüche); die Einwilligung brauchen wir für
  Auskünfte der Ärzte (Schweigepflichtentbindung).
- Versand nach außen: Arztberichte, Klinikrechnungen und Gutachten nur verschlüsselt
  (S/MIME mit Domänenzertifikat oder SecureMail-Portal), auch an Anwälte.
- Interner Versand an den LMD per Mail ist zulässig, bitte aber keine Verteiler.

TOP 2  Löschfristen
- Personenschadenakten: 10 Jahre nach Abschluss; bei Dauerschäden und
  Rentenzahlungen 30 Jahre nach der letzten Zahlung. IT prüft die Umsetzung im
  Archiv (B. Albers, bis 30.04.).

TOP 3  Anfrage Betroffenenauskunft
- Im Februar gingen drei Auskunftsersuchen von Geschädigten ein; alle fristgerecht
  beantwortet. Musterantwort wird ins Vorlagenmodul übernommen (N. Voßkuhl).

Nächster Termin: 09.06.2026

""" + NV.sig + "\n"
    return msg(43, NV.frm, '"Jour-fixe Datenschutz Schaden" <jf-datenschutz-schaden@weserland-versicherung.example>',
               "Protokoll Jour-fixe Datenschutz Schaden 10.03.2026", D(3, 11, 8, 50, 33),
               text(body, charset="utf-8", cte="8bit", flowed=True), mid_style=1,
               extra=[("User-Agent", "Mozilla Thunderbird 128.6.0")])


# ---------------------------------------------------------------- d206-0044
@mail(44, "CONFIDENTIAL", "de", "insurer-to-customer",
      "family liability: a child's bicycle scratched the neighbour's car - names, policy and claim number, amounts")
def _():
    body = """Liebe Familie Röpke,

vielen Dank für die Fotos. Ich habe mir den Schaden angesehen:

Versicherungsnehmer: Herr Malte Röpke, Privathaftpflicht (Familie) PH 44 502 119
Schaden-Nr.:        HV 26-0003018
Schadentag:         14.02.2026

Ihr Sohn Finn (9 Jahre) ist mit dem Fahrrad beim Wenden in der Einfahrt gegen die
Fahrertür des Autos Ihres Nachbarn, Herrn Steenken, gekommen. Die Tür hat eine Delle
und einen Lackkratzer von ca. 20 cm.

Kurz zur Rechtslage: Kinder unter zehn Jahren haften im fließenden Verkehr nicht, im
ruhenden Verkehr (wie hier bei einem geparkten Auto) aber schon, wenn sie die
Gefahr erkennen konnten. Ihr Tarif enthält außerdem die Deckung für Schäden durch
deliktunfähige Kinder bis 15.000 EUR – wir zahlen also in jedem Fall.

Herr Steenken hat einen Kostenvoranschlag über 1.148,00 EUR eingereicht. Den
überweisen wir ihm direkt; eine Selbstbeteiligung haben Sie nicht vereinbart.

""" + KF.sig + "\n"
    return msg(44, KF.frm, "familie.roepke@netpost.example",
               "Fahrradschaden am Auto von Herrn Steenken - HV 26-0003018", D(2, 18, 15, 33, 4),
               text(body, cte="8bit"), mid_style=4)


# ---------------------------------------------------------------- d206-0045
@mail(45, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "slip on an icy pavement outside an insured residential building: named elderly pedestrian with hip fracture and surgery")
def _():
    body = """Dear Mr Okonjo,

Our claim no.: AH 25-0112840
Your property: Residential building Am Wall 118-122, 28195 Bremen
Policy: commercial general liability CGL 7731-04 (Harbour Living Residential GmbH)

we are handling the claim of Mrs Jutta Wessels (71), a tenant of the neighbouring
building, who slipped on the pavement in front of your property on 6 January 2026 at
about 7:15 a.m. According to her lawyer's letter and the hospital discharge report she
sustained a fracture of the right femoral neck, was operated on the same day (total
hip replacement) and spent three weeks in short-term care afterwards. A care grade
has been applied for.

Whether your company is liable depends on whether winter maintenance was carried out
as required by the Bremen street-cleaning statute (gritting by 7:00 a.m. on working
days). Please send us by 20 March:

1. the contract with your winter-service provider (Nordic Facility Services?),
2. their gritting log for 5 and 6 January 2026, with times,
3. any photos or CCTV stills of the pavement from that morning,
4. the name of the caretaker on duty.

Please do not discuss the claim with Mrs Wessels or her lawyer directly; refer any
contact to us.

""" + MG.sig + "\n\n" + DISCLAIMER_EN + "\n"
    return msg(45, MG.frm, '"Chidi Okonjo" <c.okonjo@harbourliving.example>',
               "Claim AH 25-0112840 - fall on icy pavement, Am Wall 118-122", D(3, 3, 9, 47, 28),
               text(body), cc='"Property Management Bremen" <pm.bremen@harbourliving.example>')


# ---------------------------------------------------------------- d206-0046
@mail(46, "NORMAL", "en", "internal",
      "trap: actuarial CSV of average bodily-injury claim costs by year and injury type, aggregated")
def _():
    data = """accident_year;injury_type;claims;avg_paid_eur;avg_incurred_eur;share_litigated
2021;soft tissue / whiplash;1124;2310;2890;0.11
2021;fracture;298;11840;16420;0.24
2021;head injury;61;28900;61200;0.41
2021;spinal cord;3;410000;1950000;1.00
2022;soft tissue / whiplash;1187;2390;3010;0.12
2022;fracture;311;12260;17110;0.25
2022;head injury;58;31400;64800;0.43
2023;soft tissue / whiplash;1241;2520;3180;0.12
2023;fracture;305;12900;18230;0.26
2023;head injury;66;30100;70500;0.45
2024;soft tissue / whiplash;1199;2660;3450;0.13
2024;fracture;322;13450;19900;0.27
2024;head injury;70;29800;74300;0.44
2025;soft tissue / whiplash;1206;2710;3920;0.14
2025;fracture;330;12100;21400;0.29
2025;head injury;64;18800;77100;0.47
"""
    body = """Malte, Jana -

here is the data behind the chart in the pricing note: average cost per bodily injury
claim by accident year and injury type (motor TPL and general liability combined,
development to 31/12/2025). Years with fewer than 5 claims in a cell are merged
into the row above, which is why spinal cord only shows 2021 separately.

The 2025 averages for paid amounts are of course still low because many claims
are open; look at incurred instead.

""" + PR.sig + "\n"
    return msg(46, PR.frm, "Malte Gerdes <malte.gerdes@weserland-versicherung.example>",
               "Data: average BI cost by injury type 2021-2025", D(1, 30, 15, 14, 2),
               mixed(text(body, charset="us-ascii", cte="7bit"),
                     att_text(data, "csv", "bi_avg_cost_2021_2025.csv", charset="us-ascii", cte="7bit")),
               cc="Jana Brockmann <jana.brockmann@weserland-versicherung.example>")


# ---------------------------------------------------------------- d206-0047
@mail(47, "CONFIDENTIAL", "en", "insurer-to-customer",
      "tenant liability: leaking washing machine damaged the flat below - tenant's name, address, policy and claim numbers")
def _():
    body = """Dear Ms Abernathy,

Your policy: private liability incl. tenant's liability, PH 44 733 015
Our claim no.: HV 26-0003562

thank you for reporting the water damage from your flat (Parkallee 81, 3rd floor,
28209 Bremen). To summarise what you told us: on 22 February the inlet hose of your
washing machine came loose while you were at work, and water ran through the ceiling
into the flat of Mr and Mrs Hashemi below. Nobody was hurt.

Next steps:

1. Damage to the building itself (ceiling, plaster, floor in your flat) is a matter
   for the landlord's buildings insurance. Please give your landlord our claim
   number; any recourse against you would come to us.
2. Damage to your neighbours' belongings (a sofa, a rug and books, according to
   your e-mail) is covered by your liability policy. Please ask them to send us a
   list with photos and, where available, receipts.
3. Your own washing machine and your flooring are not covered under the liability
   policy. If you have contents insurance elsewhere, please report it there.

A loss adjuster, Mr Meiners, will call your neighbours this week to arrange a visit.

""" + KF.sig + "\n"
    return msg(47, KF.frm, "Laura Abernathy <laura.abernathy@freemail.example>",
               "Water damage 22 February - claim HV 26-0003562", D(2, 24, 10, 5, 47),
               text(body))


# ---------------------------------------------------------------- d206-0048
@mail(48, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "commercial liability: customer slipped in an insured supermarket - claimant's name, broken wrist, surgery and physiotherapy")
def _():
    body = """Dear Sophie,

Your client: FreshWay Markets GmbH, store Bremen-Horn, commercial liability policy
BH 2209-118
Our claim no.: AH 26-0004107
Claimant: Mr Gerhard Poppe, 68, of Bremen-Horn

thank you for forwarding the store manager's incident report. Here is where we stand:

- Mr Poppe slipped on spilled yoghurt in aisle 4 on 5 February at about 10:20. The
  store's cleaning log shows the last check of that aisle at 9:30, so the 30-minute
  inspection interval your client promised in its hygiene plan was not kept.
- His son has sent us the hospital records: distal radius fracture of the left wrist,
  operated on 6 February (plate), discharged 8 February; six weeks in a splint and
  physiotherapy since then. He is right-handed and lives alone, so he is claiming
  for household help.
- We accept liability on the merits and have paid an advance of EUR 1,500. Final
  settlement will follow when the treatment is finished.

There is a EUR 500 deductible on the policy; we will invoice your client for it
at the end.

""" + MG.sig + "\n"
    return msg(48, MG.frm, '"Sophie Marlow" <s.marlow@harbourside-brokers.example>',
               "FreshWay Markets - AH 26-0004107 - slip claim Poppe", D(3, 6, 14, 55, 0),
               text(body, charset="iso-8859-1"))


# ---------------------------------------------------------------- d206-0049
@mail(49, "NORMAL", "de", "insurer-to-broker",
      "trap: product info for brokers on driver's personal-injury cover (pain and suffering, loss of earnings), no customer")
def _():
    body = """Liebe Maklerpartnerinnen und Maklerpartner,

ab dem 1. April 2026 gibt es den Weserland Fahrerschutz in einer neuen Fassung.
Zur Erinnerung: Die Kfz-Haftpflicht zahlt nicht, wenn der Fahrer einen Unfall selbst
verschuldet und dabei verletzt wird. Genau diese Lücke schließt der Fahrerschutz.

Was ist neu?
- Versicherungssumme 15 Mio. EUR (bisher 8 Mio. EUR)
- Leistungen wie gegenüber einem Haftpflichtversicherer: Schmerzensgeld,
  Verdienstausfall, Haushaltsführungsschaden, Hinterbliebenenrente
- Kein Abzug bei grober Fahrlässigkeit, außer bei Alkohol und Drogen
- Reha-Management ab dem ersten Tag bei schweren Verletzungen
- Beitrag unverändert 36 EUR pro Jahr, auch für Bestandsverträge

Die neuen Bedingungen (AKB 04/2026, Teil A.5) und ein Kunden-Flyer stehen ab Montag
im Maklerportal unter "Downloads > Kfz" bereit. Bestandskunden stellen wir
automatisch auf die neuen Bedingungen um; Sie müssen nichts tun.

Fragen gern an mich.

""" + LE.sig + "\n"
    return msg(49, LE.frm, "makler-info@weserland-versicherung.example",
               "Makler-Info: Neuer Fahrerschutz ab 01.04.2026", D(3, 9, 8, 0, 0),
               text(body), bcc="makler-verteiler-nord@weserland-versicherung.example", mid_style=3)


# ---------------------------------------------------------------- d206-0050
@mail(50, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "drink-driving recourse against the policyholder: blood alcohol 1.42 per mille, penalty order, injured third party")
def _():
    body = """Sehr geehrter Herr Kuhlmann,

Versicherungsschein: 31/388/4092
Schaden-Nr.:        KH 25-0365510
Unfall vom 13.09.2025, Achim, Obernstraße

wir nehmen Bezug auf unser Schreiben vom 12.12.2025 und auf die inzwischen
eingegangene Ermittlungsakte.

Nach der Blutprobe, die Ihnen um 01:12 Uhr entnommen wurde, lag Ihre
Blutalkoholkonzentration bei 1,42 Promille. Das Amtsgericht Achim hat gegen Sie
wegen fahrlässiger Trunkenheit im Verkehr und fahrlässiger Körperverletzung
(§§ 316, 229 StGB) einen Strafbefehl über 60 Tagessätze erlassen und die
Fahrerlaubnis entzogen; der Strafbefehl ist seit dem 09.01.2026 rechtskräftig.

Gegenüber den Geschädigten mussten wir trotzdem leisten: für den beschädigten Pkw
8.214,30 EUR und für die Beifahrerin des anderen Fahrzeugs, die eine Prellung des
Brustbeins und eine HWS-Distorsion erlitten hat, bisher 3.600,00 EUR.

Sie haben mit dem Fahren unter Alkoholeinfluss eine Obliegenheit aus dem Vertrag
verletzt (D.1.2 AKB). Nach § 5 Abs. 3 KfzPflVV können wir Sie deshalb mit bis zu
5.000,00 EUR in Regress nehmen. Wir fordern Sie auf, diesen Betrag bis zum
31.03.2026 auf unser Konto zu zahlen:

  Weserland Versicherung AG, IBAN DE80 2007 1022 0814 0331 14
  Verwendungszweck: Regress KH 25-0365510

Wenn Sie den Betrag nicht auf einmal zahlen können, bieten wir Ihnen eine
Ratenzahlung an; bitte melden Sie sich dafür bei mir.

""" + TW.sig + "\n\n" + FOOT_AG + "\n"
    return msg(50, TW.frm, "Sven Kuhlmann <sven.kuhlmann@kabelmail.example>",
               "Regressforderung KH 25-0365510", D(2, 25, 9, 12, 16), text(body))
# ---------------------------------------------------------------- d206-0051
@mail(51, "NORMAL", "de", "internal",
      "personnel announcement: a named colleague retires, farewell party; no sensitive data")
def _():
    body = """Liebe Kolleginnen und Kollegen,

nach 41 Jahren bei der Weserland geht unser Kollege Heinz-Dieter Frerichs Ende März
in den Ruhestand. Heinz-Dieter hat 1985 als Auszubildender angefangen, jahrzehntelang
Kfz-Schäden im Außendienst reguliert und zuletzt unsere neuen Regulierer eingearbeitet
– viele von uns haben von ihm gelernt, wie man einen Unfallort liest.

Zum Abschied laden wir herzlich ein:

  Freitag, 27. März 2026, ab 15:00 Uhr
  Kantine, 1. OG (Kaffee, Kuchen und später Fischbrötchen)

Wer sich an einem Geschenk beteiligen möchte: Die Sammeldose steht bis 25.03. bei
Rolf Meiners am Platz. Heinz-Dieter wünscht sich Pflanzen für seinen Garten.

""" + GR.sig + "\n"
    return msg(51, GR.frm, '"Kfz-Schaden alle" <kfz-schaden-alle@weserland-versicherung.example>',
               "Verabschiedung Heinz-Dieter Frerichs am 27.03.", D(3, 13, 11, 15, 9), text(body))


# ---------------------------------------------------------------- d206-0052
@mail(52, "CONFIDENTIAL", "de", "insurer-to-customer",
      "traffic legal expenses: cover for objecting to a speeding fine - customer's name, policy, fine details (administrative offence)")
def _():
    body = """Sehr geehrte Frau Bischoff,

Ihr Vertrag:    Verkehrs-Rechtsschutz RS 60 221 874
Schaden-Nr.:    RS 26-0011093

vielen Dank für die Kopie des Anhörungsbogens. Wir erteilen Deckungszusage für die
Verteidigung im Bußgeldverfahren:

Vorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit außerorts um 31 km/h
am 19.01.2026, 14:52 Uhr, B 6 bei Syke (Messung mit PoliScan), Fahrzeug
HB-AB 909. Vorgesehen sind laut Bußgeldkatalog 150 EUR Geldbuße, 1 Punkt in
Flensburg und ein Monat Fahrverbot.

Die Kosten Ihres Anwalts (Sie haben Herrn Rechtsanwalt Ohlrogge genannt) sowie die
Kosten eines Sachverständigen zur Überprüfung der Messung übernehmen wir nach
Ihrem Vertrag, abzüglich Ihrer Selbstbeteiligung von 150 EUR. Die Geldbuße selbst
ist nicht versichert.

Ihr Anwalt kann seine Rechnung direkt an uns schicken; bitte geben Sie ihm unsere
Schadennummer.

""" + JU.sig + "\n"
    return msg(52, JU.frm, "Andrea Bischoff <andrea.bischoff@netpost.example>",
               "Deckungszusage Bußgeldverfahren - RS 26-0011093", D(2, 2, 10, 38, 20),
               text(body, charset="windows-1252"))


# ---------------------------------------------------------------- d206-0053
@mail(53, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "base64-encoded body to an Irish solicitor: injured taxi passengers, fractured sternum, PTSD diagnosis, loss of earnings")
def _():
    body = """Dear Ms Kilbride,

Your clients: Mr Cormac and Mrs Aoife Gallagher
Your ref: KB/GAL/0925
Our ref: KH 25-0393318
Accident: 21 September 2025, Bremen, taxi insured by us, collision at the
Concordia junction

Thank you for the medical reports from Corrib Valley Hospital, Galway, which we
have now reviewed with our medical adviser.

Mrs Gallagher: fractured sternum and bruising from the seat belt, three nights
in hospital in Bremen, followed by six weeks off work as a primary school teacher.
We accept the injuries as accident-related.

Mr Gallagher: bruised ribs and a laceration to the forehead (six stitches). The
report of Dr Ruairi Quinn, consultant psychiatrist, diagnoses post-traumatic
stress disorder (F43.1) with flashbacks and avoidance of car travel, for which
Mr Gallagher is attending trauma-focused therapy. We do not dispute the
diagnosis, but we need the therapy notes to assess its duration.

Loss of earnings: please provide Mr Gallagher's P60 statements for 2023 and 2024
and confirmation from his employer of the sick leave taken.

We have paid an interim payment of EUR 5,000 to your client account today.

""" + CD.sig + "\n\n" + DISCLAIMER_EN + "\n"
    return msg(53, CD.frm, '"Niamh Kilbride" <nkilbride@byrne-kilbride.example>',
               "Gallagher - your ref KB/GAL/0925 - our ref KH 25-0393318", D(3, 10, 16, 1, 38),
               text(body, charset="utf-8", cte="base64"))


# ---------------------------------------------------------------- d206-0054
@mail(54, "NORMAL", "en", "insurer-to-supplier",
      "car hire framework rates for claims replacement vehicles; company data only")
def _():
    body = """Dear Mr Bakker,

thank you for the revised offer for replacement cars in claims handling. Before we
sign, a few points:

1. Rates per day incl. 200 km, full insurance with EUR 500 excess:
   Group A EUR 29, Group B EUR 34, Group C EUR 41, Group D EUR 52, Van EUR 69.
   We accept these for 2026, but we need them fixed for 24 months.
2. Delivery and collection within 25 km of the branch: free of charge, as in the
   current contract - your draft shows EUR 19. Please correct.
3. Invoicing: one consolidated invoice per month in XRechnung format, each line
   with our claim number. No invoices to our customers or claimants.
4. Hand-over protocols and damage photos only through the partner portal.

If you can confirm points 1 and 2, we can sign by the end of the month. Your
account manager in Bremen is welcome to join our claims team meeting in April.

""" + BO.sig + "\n"
    return msg(54, BO.frm, '"Ruud Bakker" <r.bakker@europa-rent.example>',
               "Framework agreement replacement vehicles 2026-2027", D(3, 12, 10, 9, 55),
               text(body), cc="Okan Yıldız <okan.yildiz@weserland-versicherung.example>")


# ---------------------------------------------------------------- d206-0055
@mail(55, "CONFIDENTIAL", "de", "insurer-to-customer",
      "employment legal expenses: dismissal case, value of the claim from the customer's monthly gross salary; no health reason")
def _():
    body = """Sehr geehrter Herr Osmanović,

Ihr Vertrag: Privat- und Berufs-Rechtsschutz RS 60 198 445
Schaden-Nr.: RS 26-0010457

für die Kündigungsschutzklage gegen Ihren Arbeitgeber, die Nordhafen Terminal
Services GmbH, erteilen wir Deckungszusage für die erste Instanz.

Die Kündigung vom 27.01.2026 ist nach Ihren Angaben betriebsbedingt ausgesprochen
worden (Wegfall der Nachtschicht im Containerterminal). Sie sind seit 2014 dort
beschäftigt; eine Sozialauswahl wurde nach Ihrer Darstellung nicht vorgenommen.

Der Gegenstandswert beträgt nach § 42 Abs. 2 GKG drei Bruttomonatsgehälter. Bei
Ihrem Bruttogehalt von 4.235,00 EUR (Gehaltsabrechnung Dezember 2025) sind das
12.705,00 EUR. Auf dieser Grundlage übernehmen wir die Gebühren Ihres Anwalts,
Herrn Rechtsanwalt Meinecke, abzüglich Ihrer Selbstbeteiligung von 250 EUR.

Bitte beachten Sie: Im Arbeitsgerichtsverfahren erster Instanz trägt jede Partei
ihre Anwaltskosten selbst, auch wenn Sie gewinnen. Einen Vergleich mit Abfindung
stimmen Sie bitte vorher mit uns ab.

""" + JU.sig + "\n"
    return msg(55, JU.frm, "Emir Osmanović <emir.osmanovic@freemail.example>",
               "Deckungszusage Kündigungsschutzklage - RS 26-0010457", D(2, 10, 14, 27, 51),
               text(body))


# ---------------------------------------------------------------- d206-0056
@mail(56, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost guarantee to a rehabilitation clinic for an injured third party: diagnoses, weight-bearing, wheelchair transport")
def _():
    body = """Sehr geehrte Frau Lampe,

wie heute Vormittag telefonisch besprochen, erklären wir die Kostenübernahme für
die stationäre Rehabilitation von

  Frau Ewa Zielińska, geb. 09.12.1990
  derzeit Klinikum Weserbogen, Unfallchirurgie, Station 5B

Unfall vom 17.02.2026 (Frontalzusammenstoß, Beifahrerin), unser Zeichen
KH 26-0046650. Die Haftung unseres Versicherungsnehmers ist geklärt.

Diagnosen laut Verlegungsbericht: Acetabulumfraktur rechts (operativ versorgt am
18.02.), Sprunggelenkfraktur links, Milzkontusion (konservativ). Teilbelastung
20 kg rechts für sechs Wochen, Rollstuhlmobilisation.

Kostenzusage:
- stationäre orthopädische Anschlussrehabilitation, zunächst 28 Tage,
  Tagessatz laut Ihrem Angebot vom 04.03.2026 (312,00 EUR inkl. Unterkunft),
- Transport im Liegend-/Rollstuhltaxi Bremen - Dümmersee und zurück,
- Einzelzimmer ist medizinisch nicht begründet und daher nicht umfasst.

Frau Zielińska ist gesetzlich krankenversichert; eine Abstimmung mit ihrer
Krankenkasse ist nicht erforderlich, da wir direkt zahlen. Eine Verlängerung
stimmen Sie bitte mit unserer Reha-Managerin Frau Kowalczyk ab.

""" + JB.sig + "\n\n" + FOOT_AG + "\n"
    return msg(56, JB.frm, '"Reha-Zentrum Dümmersee - Patientenaufnahme" <aufnahme@reha-duemmersee.example>',
               "Kostenübernahme AHB - Frau E. Zielińska - KH 26-0046650", D(3, 5, 11, 56, 44),
               text(body), cc=MK.frm)


# ---------------------------------------------------------------- d206-0057
@mail(57, "NORMAL", "de", "insurer-to-authority",
      "trap: aggregated accident hotspots with injured cyclists and pedestrians for the city traffic department, no persons")
def _():
    body = """Sehr geehrter Herr Dr. Plate,

wie in der Sitzung der Unfallkommission angekündigt, schicke ich Ihnen unsere
Auswertung der Kfz-Haftpflichtschäden 2023-2025 im Stadtgebiet Bremen, bei denen
Radfahrende oder Fußgänger verletzt wurden. Die Daten sind nach Knotenpunkten
zusammengefasst; Knotenpunkte mit weniger als fünf Unfällen sind nicht einzeln
ausgewiesen, und Werte unter drei Schwerverletzten nur als "<3".

Knotenpunkt                              Unfälle  davon schwer verletzt
Am Stern                                     23          4
Sielwall / Ostertorsteinweg                  19         <3
Hauptbahnhof Nord / Breitenweg               17          3
Wilhelm-Kaisen-Brücke (Südseite)             14         <3
Utbremer Kreisel                             12         <3
Kirchhuchtinger Landstraße / Kreuzung Nord    9         <3
übrige Knotenpunkte (zusammengefasst)       388         41

"Schwer verletzt" bedeutet hier: mindestens eine Nacht stationär. Häufigste
Konstellation an allen Knotenpunkten ist der rechts abbiegende Pkw oder Lkw.

Gern stellen wir die Auswertung auch für Bremerhaven zusammen.

""" + HT.sig + "\n"
    return msg(57, HT.frm, '"Dr. Ansgar Plate" <ansgar.plate@verkehr.bremen-stadt.example>',
               "Unfallkommission: Auswertung Knotenpunkte 2023-2025", D(3, 16, 9, 44, 12),
               text(body))


# ---------------------------------------------------------------- d206-0058
@mail(58, "CONFIDENTIAL", "en", "insurer-to-customer",
      "household contents burglary: customer's name, address, policy, claim number, XLSX list of stolen items with values")
def _():
    rows = [
        ["No.", "Item", "Purchased", "Price paid EUR", "Receipt", "Replacement value EUR (our assessment)"],
        [1, "MacBook Air 13\" M2", "2023-04", 1399.00, "yes", 1049.00],
        [2, "Sony WH-1000XM5 headphones", "2024-11", 329.00, "yes", 299.00],
        [3, "Gold necklace (grandmother's, no receipt)", "-", None, "photo only", 450.00],
        [4, "Road bike Canyon Endurace (from the hallway)", "2022-06", 1899.00, "yes", 1380.00],
        [5, "Cash", "-", 120.00, "-", 120.00],
        [6, "Damage to flat door and lock", "-", None, "locksmith invoice", 386.75],
        ["", "Total", "", "", "", 3684.75],
    ]
    x = xlsx([("Claim HR 26-0020114", rows)], title="Stolen items list", author="Kerstin Feldhaus",
             created="2026-03-02T11:40:00Z", when=(2026, 3, 2, 11, 40, 0))
    body = """Dear Mr Brennan,

Your household contents policy: HR 52 118 640
Claim no.: HR 26-0020114 - burglary on 21 February 2026, Rutenstrasse 9, 28203 Bremen

thank you for the police report (case no. 2602-0091-7715) and the receipts. I have
listed the stolen items with our assessment of their replacement value in the
attached spreadsheet. Please check it and let me know if anything is missing.

Cash is covered up to EUR 1,500, jewellery up to EUR 20,000 - both are within the
limits. For the necklace, the photo is enough for us.

Once you confirm the list, we will pay EUR 3,684.75 to your account ending in 4411.

""" + KF.sig + "\n"
    return msg(58, KF.frm, "Declan Brennan <declan.brennan@freemail.example>",
               "Your burglary claim HR 26-0020114 - list of items", D(3, 2, 11, 52, 23),
               mixed(text(body), att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                     "HR26-0020114_items.xlsx")))


# ---------------------------------------------------------------- d206-0059
@mail(59, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "driver's own injury under the driver cover after a self-caused crash: concussion, broken collarbone, sick leave")
def _():
    body = """Dear Ms Varga,

Your motor policy: 31/433/8817 (with driver cover)
Claim no.: FS 26-0000412
Accident: 28 January 2026, A 27 near Stuhr, car skidded on black ice and hit the
crash barrier

thank you for returning the claim form. As the accident was caused by you alone, the
liability cover does not pay for your own injuries - but your driver cover does, as if
a third party were liable.

Based on the emergency report and your GP's letter you suffered:

- a fracture of the left collarbone (treated with a sling, no operation),
- a concussion with one night's observation in hospital,
- bruising to the chest from the seat belt.

You were on sick leave until 6 March. Your employer continued your salary for six
weeks; for the remaining period please send us the sick-pay statement from your
health insurer so we can work out the difference.

We are paying an advance of EUR 2,000 for pain and suffering today. The final amount
depends on whether the collarbone heals without problems - please send us the result
of your X-ray check in April.

""" + JB.sig + "\n"
    return msg(59, JB.frm, "Katalin Varga <katalin.varga@freemail.example>",
               "Driver cover claim FS 26-0000412", D(3, 11, 13, 40, 10), text(body))


# ---------------------------------------------------------------- d206-0060
@mail(60, "NORMAL", "en", "newsletter",
      "trap: broker newsletter comparing whiplash compensation in the UK and Germany, tariff amounts, no claimant")
def _():
    plain = """WESERLAND BROKER BRIEFING - International Motor, March 2026

Whiplash abroad: what your clients can expect

Many of your clients drive to the UK, Ireland or the Netherlands, and many of your
corporate clients have drivers from abroad on German roads. Compensation for minor
neck injuries differs widely:

- England & Wales: since the Whiplash Reform Programme, fixed tariff amounts apply,
  from GBP 240 for injuries lasting up to 3 months to GBP 4,345 for 18-24 months
  (with minor psychological injury slightly more).
- Ireland: the Personal Injuries Guidelines set EUR 500 to EUR 3,000 for minor
  neck injuries with full recovery within six months.
- Germany: no tariff; courts award roughly EUR 300 to EUR 2,500 for a grade I-II
  whiplash, depending on duration and treatment.

Which law applies? As a rule the law of the country where the accident happened
(Rome II, Art. 4). A British tourist injured in Bremen receives German levels of
compensation - something claimants' solicitors often question.

Questions: international.claims@weserland-versicherung.example

You receive this briefing as a registered Weserland broker partner.
Unsubscribe: https://makler.weserland-versicherung.example/briefing/unsubscribe
"""
    return msg(60, NEWS, "broker-briefing@lists.weserland-versicherung.example",
               "Broker Briefing March 2026: Whiplash abroad", D(3, 18, 7, 30, 0),
               text(plain, charset="us-ascii", cte="7bit"), mid_style=3,
               extra=[("List-Unsubscribe", "<https://makler.weserland-versicherung.example/briefing/unsubscribe>"),
                      ("Precedence", "bulk")])
# ---------------------------------------------------------------- d206-0061
@mail(61, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-claimant",
      "letter to the parents of a child hit on the way to school: lower-leg fracture, scar, pain-and-suffering for the child")
def _():
    body = """Sehr geehrte Frau Hashemi, sehr geehrter Herr Hashemi,

Schaden-Nr.: KH 25-0388140
Ihr Sohn: Amir Hashemi, geb. 03.05.2016
Unfall vom 15.09.2025 auf dem Schulweg, Bremen-Gröpelingen

vielen Dank für Ihren Brief und die Unterlagen des Kinderarztes. Es freut uns sehr,
dass Amir wieder Fußball spielen kann.

Wir haben die Unterlagen gemeinsam mit unserer Beratungsärztin ausgewertet. Amir hatte
bei dem Unfall einen Bruch des rechten Unterschenkels (Tibiaschaftfraktur), der mit
elastischen Nägeln operiert wurde. Er war eine Woche im Krankenhaus, hatte danach
sechs Wochen einen Gips und konnte fünf Wochen nicht in die Schule gehen. Die
Nägel wurden im Januar entfernt. Es bleiben zwei kleine Narben am Schienbein und
eine Narbe von etwa 4 cm am Knie.

Für Amir bieten wir ein Schmerzensgeld von 9.500 EUR an. Außerdem erstatten wir:

- Fahrtkosten für Ihre Besuche im Krankenhaus und zur Physiotherapie   318,40 EUR
- Nachhilfe während der Fehlzeit (Rechnung Lernstudio)                  420,00 EUR
- zerrissene Kleidung und Schulranzen                                    139,00 EUR

Weil Amir minderjährig ist, muss das Schmerzensgeld auf ein Konto gezahlt werden,
das auf seinen Namen läuft. Bitte teilen Sie uns die IBAN dieses Kontos mit. Für
einen Betrag in dieser Höhe brauchen Sie keine Genehmigung des Familiengerichts.

Sollten die Narben später Probleme machen (zum Beispiel beim Wachstum), melden Sie
sich bitte. Wir verzichten für diesen Fall auf die Einrede der Verjährung bis zu
Amirs 21. Geburtstag.

""" + JB.sig + "\n\n" + FOOT_AG + "\n"
    return msg(61, JB.frm, "Farid Hashemi <farid.hashemi@netpost.example>",
               "Schmerzensgeld für Amir - KH 25-0388140", D(3, 17, 10, 18, 3), text(body),
               cc="Leila Hashemi <l.hashemi@netpost.example>")


# ---------------------------------------------------------------- d206-0062
@mail(62, "CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement for a sole-trader broker: his IBAN and tax number; CSV with customers' names and contract numbers")
def _():
    data = """Vertragsnummer;Kunde;Sparte;Beginn;Jahresbeitrag;Provisionssatz;Provision
31/451/0093;Tönjes, Lea;Kfz;01.03.2026;694,20;8,0 %;55,54
31/452/7781;Gröneveld, Hauke;Kfz;01.02.2026;1.022,60;8,0 %;81,81
PH 44 790 221;Kaya, Selin;Privathaftpflicht;01.02.2026;89,90;20,0 %;17,98
HR 52 140 307;Lührs, Detlef;Hausrat;15.02.2026;212,40;20,0 %;42,48
WG 71 003 118;Lührs, Detlef;Wohngebäude;15.02.2026;1.148,00;15,0 %;172,20
RS 60 230 551;Behrens, Anja;Rechtsschutz;01.02.2026;342,00;15,0 %;51,30
;;;;;Summe;421,31
"""
    body = """Sehr geehrter Herr Tietjen,

anbei Ihre Provisionsabrechnung für Februar 2026 (Abrechnungsnummer PA-2026-02-208814).

Gutschrift gesamt:       421,31 EUR
zzgl. 0 % USt (Versicherungsvermittlung steuerfrei nach § 4 Nr. 11 UStG)
Auszahlung am 10.03.2026 auf Ihr Konto:
  Kontoinhaber: Jörn Tietjen e.K.
  IBAN DE42 2904 1877 5865 3593 33
Steuernummer laut unseren Daten: 60/142/33871 (Finanzamt Bremen-Nord)

Die Einzelaufstellung finden Sie in der CSV-Datei; sie lässt sich direkt in Ihr
Maklerverwaltungsprogramm einlesen. Bitte prüfen Sie die Steuernummer – Ihr
Steuerberater hatte im Januar eine neue angekündigt.

""" + LE.sig + "\n"
    return msg(62, LE.frm, '"Jörn Tietjen" <info@tietjen-makler.example>',
               "Provisionsabrechnung Februar 2026 - VM-208814", D(3, 6, 8, 5, 0),
               mixed(text(body), att_text(data, "csv", "Provision_2026-02_VM-208814.csv",
                                          charset="windows-1252", cte="quoted-printable")))


# ---------------------------------------------------------------- d206-0063
@mail(63, "NORMAL", "de", "insurer-to-supplier",
      "trap: the insurer's own company IBAN given to a supplier for refunding a double payment, no person")
def _():
    body = """Sehr geehrte Damen und Herren,

bei der Zahlung Ihrer Rechnung Nr. 2026-0187 (Abschleppeinsatz A 27, 14.01.2026) ist
uns ein Fehler unterlaufen: Der Betrag von 412,34 EUR wurde am 28.01. und am 04.02.
jeweils überwiesen.

Bitte erstatten Sie die doppelte Zahlung auf unser Konto:

  Weserland Versicherung AG
  IBAN DE80 2007 1022 0814 0331 14
  BIC NOLADEXXWVA
  Verwendungszweck: Rückzahlung Doppelzahlung RE 2026-0187

Alternativ können wir den Betrag mit Ihrer nächsten Rechnung verrechnen - geben Sie
uns einfach kurz Bescheid, was Ihnen lieber ist.

Freundliche Grüße
i.A. Kreditorenbuchhaltung
Weserland Versicherung AG
"""
    return msg(63, '"Weserland Kreditorenbuchhaltung" <kreditoren@weserland-versicherung.example>',
               '"Abschleppdienst Bruns GmbH" <buchhaltung@abschlepp-bruns.example>',
               "Doppelzahlung Rechnung 2026-0187", D(2, 9, 13, 11, 30), text(body, charset="iso-8859-1"))


# ---------------------------------------------------------------- d206-0064
@mail(64, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "private health insurance reimbursement for an expat customer: fee-scale items, MRI of the knee, meniscus tear")
def _():
    body = """Dear Mr Hollis,

Your policy: private health insurance KV 8827 3310 04 (tariff Comfort 300)
Settlement no.: LA-2026-031177

we have processed the invoices you submitted on 2 March:

Invoice                                  Amount     Reimbursed
Dr Ilse Wieting, orthopaedics
  GOÄ 1, 7, 3305 (x2.3), 5, ...          EUR 186.42  EUR 186.42
Radiologie am Dom, MRI right knee
  GOÄ 5729, 5731 (x1.8)                  EUR 612.80  EUR 612.80
Physiotherapie Hansekogge, 6 x KG        EUR 198.00  EUR 165.00
  (reimbursed at the rates in your tariff's price list)
Pharmacy: Ibuprofen 600 mg, 50 tablets  EUR  18.47  EUR  18.47
Total                                    EUR 1,015.69 EUR 982.69

The MRI report confirms a tear of the medial meniscus (posterior horn) of the right
knee. Dr Wieting has recommended an arthroscopy. Please send us the surgeon's cost
estimate before the operation so we can confirm cover in advance - this is not
required, but avoids surprises.

Your annual deductible of EUR 300 for 2026 has now been used up in full.

The amount of EUR 982.69 will be transferred to your account within three working days.

""" + WJ.sig + "\n\n" + FOOT_KRANKEN + "\n"
    return msg(64, WJ.frm, "Richard Hollis <richard.hollis@freemail.example>",
               "Your health insurance settlement LA-2026-031177", D(3, 9, 15, 2, 47),
               text(body))


# ---------------------------------------------------------------- d206-0065
@mail(65, "CONFIDENTIAL", "de", "insurer-to-customer",
      "electronic insurance confirmation (eVB) for a new car: customer's name, birth date, eVB number")
def _():
    body = """Hallo Herr Sanders,

hier wie gewünscht Ihre elektronische Versicherungsbestätigung für die Zulassung:

  eVB-Nummer:        A7K3Q9M
  Versicherungsnehmer: Niklas Sanders, geb. 27.10.1996
  Anschrift:          Kornstraße 212, 28201 Bremen
  gültig bis:         12.05.2026
  Fahrzeug:           Neuzulassung (Cupra Born, Händler: Autohaus Dierks)

Geben Sie die Nummer einfach bei der Zulassungsstelle oder Ihrem Händler an. Mit der
Zulassung beginnt der Versicherungsschutz wie im Angebot vom 10.02. besprochen:
Haftpflicht und Vollkasko (500 EUR SB), SF 4 übernommen von Ihrem Vorvertrag.

Das amtliche Kennzeichen tragen wir nach der Zulassung automatisch ein.

Gute Fahrt!

""" + TL.sig + "\n"
    return msg(65, TL.frm, "niklas.sanders@studmail.example",
               "Ihre eVB für den Cupra Born", D(2, 12, 16, 48, 12), text(body), mid_style=4)


# ---------------------------------------------------------------- d206-0066
@mail(66, "NORMAL", "de", "internal",
      "trap: board presentation PDF on motor bodily-injury claims (fatalities, injury types, reserves), aggregated only")
def _():
    p = pdf([
        "# Kfz-Haftpflicht: Entwicklung der Personenschäden 2021-2025",
        "Vorlage für die Vorstandssitzung am 24.03.2026 - Ressort Schaden",
        "",
        "* 1. Kernaussagen",
        "- Die Zahl der Personenschäden ist stabil (2025: 1.600 Fälle, 2021: 1.486).",
        "- Der durchschnittliche Aufwand steigt deutlich (+31 % seit 2021), getrieben durch",
        "  Pflege- und Verdienstausfallkosten bei Schwerstverletzten.",
        "- 9 offene Großschäden über 1 Mio. EUR (Querschnitt, schweres Schädel-Hirn-Trauma).",
        "- Verkehrstote: 2025 sieben Fälle mit Hinterbliebenenansprüchen (2024: fünf).",
        "",
        "* 2. Fallzahlen nach Verletzungsart",
        "Verletzungsart                    2021   2022   2023   2024   2025",
        "HWS / Weichteile                 1.124  1.187  1.241  1.199  1.206",
        "Frakturen                          298    311    305    322    330",
        "Kopfverletzungen                    61     58     66     70     64",
        "Querschnitt / Schwerstverletzte      3      2      4      1      2",
        "",
        "* 3. Maßnahmen",
        "- Ausbau Reha-Management (1 zusätzliche Stelle ab 07/2026)",
        "- Frühere Einbindung des Leistungsmedizinischen Dienstes bei Frakturen",
        "- Überprüfung der Rückversicherungsstruktur (Priorität XL-Vertrag) mit Aktuariat",
        "",
        "* 4. Beschlussvorschlag",
        "Der Vorstand nimmt den Bericht zur Kenntnis und genehmigt die zusätzliche Stelle.",
    ], title="Vorstandsvorlage Personenschaden Kfz", author="Malte Gerdes", date="20260316090000",
        producer="Microsoft Word - Als PDF speichern")
    body = """Hallo Frau Gröneveld,

anbei wie besprochen die Vorlage "Entwicklung der Personenschäden" für die
Vorstandssitzung am 24.03. Alle Zahlen sind aggregiert; Einzelfälle sind nicht
enthalten. Die Großschadenliste mit Namen stelle ich in der Sitzung nur mündlich
vor, falls Nachfragen kommen.

""" + MG.sig + "\n"
    return msg(66, MG.frm, '"Silke Gröneveld" <silke.groeneveld@weserland-versicherung.example>',
               "Vorstandsvorlage Personenschäden Kfz - 24.03.", D(3, 16, 9, 20, 30),
               mixed(text(body), att(p, "application/pdf", "Vorlage_Personenschaeden_Kfz_2026-03.pdf")),
               cc='"Vorstandsbüro" <vorstandsbuero@weserland-versicherung.example>')


# ---------------------------------------------------------------- d206-0067
@mail(67, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurance: change of the revocable beneficiary after a divorce - personal line, names and birth dates, no medical word")
def _():
    body = """Sehr geehrte Frau Lindemann,

Ihre Risikolebensversicherung Nr. LV 7.204.558.12
Versicherungssumme: 180.000 EUR, Ablauf 01.11.2041

wir haben Ihren Antrag vom 02.03.2026 auf Änderung des Bezugsrechts erhalten und
umgesetzt. Ab sofort gilt:

  bisher:  Herr Marco Lindemann (Ehemann), widerrufliches Bezugsrecht
  neu:     Ihre Kinder Jule Lindemann, geb. 14.07.2011, und Ben Lindemann,
           geb. 22.01.2014, zu gleichen Teilen, widerrufliches Bezugsrecht

Da beide Kinder minderjährig sind, würde eine Versicherungsleistung bis zu ihrer
Volljährigkeit vom gesetzlichen Vertreter verwaltet. Wenn Sie das ausschließen
möchten (z. B. wegen der Scheidung), können Sie einen Treuhänder oder eine
Testamentsvollstreckung bestimmen. Sprechen Sie dazu bitte mit einem Notar.

Den Nachtrag zum Versicherungsschein erhalten Sie per Post.

""" + SH.sig + "\n\n" + FOOT_LEBEN + "\n"
    return msg(67, SH.frm, "Stefanie Lindemann <stefanie.lindemann@netpost.example>",
               "Änderung Bezugsrecht LV 7.204.558.12", D(3, 9, 11, 3, 27), text(body))


# ---------------------------------------------------------------- d206-0068
@mail(68, "CONFIDENTIAL", "en", "insurer-to-customer",
      "travel baggage delay: customer's name, policy and claim number, receipts and IBAN; no health content")
def _():
    body = """Dear Ms Novak,

Your travel policy: RP 88 441 207 (annual multi-trip)
Claim no.: RG 26-0004410

thank you for your claim for the delayed suitcase on your flight Bremen-Lisbon on
14 February. The airline's property irregularity report (LIS-TP-55810) confirms that
your bag arrived 46 hours late.

Your policy pays for necessary replacement purchases up to EUR 300 during a baggage
delay of more than 12 hours. From your receipts we can accept:

  Clothing (Zara, 15 Feb)          EUR 118.90
  Toiletries (Pingo Doce, 14 Feb)  EUR  27.35
  Phone charger                    EUR  19.99
  Total                            EUR 166.24

The airline has already paid you EUR 50 for the delay; this is deducted, so we pay
EUR 116.24 to IBAN DE75 2805 0431 9473 0180 03.

""" + DO.sig + "\n"
    return msg(68, DO.frm, "Petra Novak <petra.novak@freemail.example>",
               "Baggage delay claim RG 26-0004410", D(3, 3, 15, 28, 36),
               text(body, charset="us-ascii", cte="7bit"))


# ---------------------------------------------------------------- d206-0069
@mail(69, "NORMAL", "en", "insurer-to-partner",
      "trap: meeting invitation with the reinsurer on large bodily-injury losses and treaty renewal, ICS, no claim data")
def _():
    body = """Dear Henrik, dear Annika,

as discussed, here is the invitation for our casualty review in Bremen. Proposed
agenda:

1. Motor TPL XL 2026: development of the large bodily injury losses (aggregated
   view; claim files available for inspection on site only)
2. Care-cost inflation and periodic payment orders - trends in Germany
3. Renewal 2027: retention, reinstatement, index clause
4. Lunch

Please let me know who will attend so that we can arrange visitor badges.

""" + PR.sig + "\n"
    cal = ics(
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:040000008200E00074C5B7101A82E00800000000B0A3F2E1D4A9DC01000000000000000010000000",
        "DTSTAMP:20260310T101500Z",
        "DTSTART:20260421T080000Z",
        "DTEND:20260421T120000Z",
        "SUMMARY:Casualty review Weserland / Baltic Re",
        "LOCATION:Weserland Versicherung AG\\, Hafenkante 12\\, Bremen\\, Room 6.01",
        "ORGANIZER;CN=Priya Raman:mailto:priya.raman@weserland-versicherung.example",
        "ATTENDEE;CN=Henrik Aalto;RSVP=TRUE:mailto:henrik.aalto@balticre.example",
        "ATTENDEE;CN=Annika Strand;RSVP=TRUE:mailto:annika.strand@balticre.example",
        "ATTENDEE;CN=Malte Gerdes;RSVP=TRUE:mailto:malte.gerdes@weserland-versicherung.example",
        "DESCRIPTION:Agenda: large BI losses (aggregated)\\, care-cost inflation\\, renewal 2027.",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR")
    return msg(69, PR.frm, '"Henrik Aalto" <henrik.aalto@balticre.example>',
               "Invitation: Casualty review Bremen, 21 April 2026", D(3, 10, 11, 15, 0),
               mixed(text(body), att_text(cal, "calendar", "invite.ics", charset="utf-8", cte="7bit")),
               cc='"Annika Strand" <annika.strand@balticre.example>')


# ---------------------------------------------------------------- d206-0070
@mail(70, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "disability claim: request to a psychotherapist for a report on a named patient with recurrent depression (F33.1)")
def _():
    body = """Sehr geehrte Frau Dipl.-Psych. Hagedorn,

Ihre Patientin Frau Corinna Wilkens, geb. 08.02.1979, hat bei uns Leistungen aus
ihrer Berufsunfähigkeitsversicherung (BU 0093315) beantragt. Nach den Angaben im
Leistungsantrag befindet sie sich seit September 2025 bei Ihnen in
psychotherapeutischer Behandlung. Ihr Hausarzt hat eine rezidivierende depressive
Störung, gegenwärtig mittelgradige Episode (F33.1), sowie eine Schlafstörung
diagnostiziert und eine Medikation mit Sertralin 100 mg eingeleitet.

Frau Wilkens arbeitet als Filialleiterin im Einzelhandel (Vollzeit, Personalverantwortung
für 14 Mitarbeitende) und ist seit dem 15.08.2025 arbeitsunfähig.

Um den Antrag prüfen zu können, bitten wir Sie um einen Bericht zu folgenden Fragen:

1. Seit wann und mit welcher Frequenz behandeln Sie Frau Wilkens?
2. Welche Diagnosen stellen Sie (ICD-10), und welcher psychopathologische Befund
   lag zuletzt vor?
3. Welche Einschränkungen bestehen in Bezug auf Konzentration, Belastbarkeit und
   Führungsaufgaben?
4. Wie schätzen Sie die Prognose für die nächsten sechs Monate ein?
5. Gab es frühere Behandlungsepisoden vor Vertragsbeginn (01.04.2019)?

Die Schweigepflichtentbindung liegt uns vor; eine Kopie senden wir Ihnen mit der
Post. Für den Bericht vergüten wir pauschal 120 EUR.

Bitte senden Sie den Bericht nicht per E-Mail, sondern über den Upload-Link, den
Sie separat erhalten, oder per Post.

""" + SH.sig + "\n\n" + FOOT_LEBEN + "\n"
    return msg(70, SH.frm, '"Praxis für Psychotherapie Hagedorn" <praxis@psychotherapie-hagedorn.example>',
               "Anfrage Befundbericht - Ihre Patientin C. Wilkens", D(2, 26, 10, 7, 2), text(body))
# ---------------------------------------------------------------- d206-0071
@mail(71, "NORMAL", "de", "insurer-to-prospect",
      "trap: general answer to a parent asking who pays if a child is hurt on the way to school; no contract, no health data")
def _():
    body = """Sehr geehrte Frau Kettler,

vielen Dank für Ihre Anfrage über unser Kontaktformular. Gern beantworte ich Ihre
Frage, wer zahlt, wenn ein Kind auf dem Schulweg verletzt wird, ganz allgemein:

1. Gesetzliche Unfallversicherung: Schülerinnen und Schüler sind auf dem direkten
   Schulweg und in der Schule über die Unfallkasse versichert. Sie zahlt
   Heilbehandlung, Reha und bei bleibenden Schäden eine Rente – aber kein
   Schmerzensgeld.
2. Kfz-Haftpflicht des Unfallgegners: Wird das Kind von einem Auto angefahren,
   zahlt dessen Haftpflichtversicherung Schmerzensgeld und weitere Schäden. Kinder
   unter zehn Jahren trifft im Straßenverkehr in der Regel kein Mitverschulden.
3. Private Kinderunfallversicherung: Sie zahlt eine vereinbarte Summe bei
   dauerhaften Unfallfolgen – unabhängig davon, wo und wie der Unfall passiert ist,
   also auch in der Freizeit.

Wenn Sie möchten, schicke ich Ihnen gern ein unverbindliches Angebot für eine
Kinderunfallversicherung. Dafür bräuchte ich nur das Alter Ihres Kindes.

""" + FO.sig + "\n"
    return msg(71, FO.frm, "Miriam Kettler <m.kettler@netpost.example>",
               "Ihre Anfrage: Unfall auf dem Schulweg", D(3, 19, 9, 40, 1), text(body),
               in_reply_to="<kontaktformular-260318-4471@weserland-versicherung.example>")


# ---------------------------------------------------------------- d206-0072
@mail(72, "NORMAL", "de", "partner",
      "forwarded association circular on the 2027 vehicle type classes; product data only")
def _():
    body = """Zur Info an alle – die Tabellen spielt die IT am 15.04. ein, die Kundenanschreiben
gehen wie jedes Jahr im Oktober raus.

""" + TL.sig + """

-----Ursprüngliche Nachricht-----
Von: Verband der Kfz-Versicherer Nord - Rundschreiben <rundschreiben@vkv-nord.example>
Gesendet: Donnerstag, 19. März 2026 16:00
An: Mitgliedsunternehmen
Betreff: Rundschreiben 07/2026 - Typklassenverzeichnis 2027

Sehr geehrte Damen und Herren,

das unverbindliche Typklassenverzeichnis 2027 steht ab sofort im Mitgliederbereich
zum Download bereit. Die wichtigsten Ergebnisse:

- Haftpflicht: 38 % der Fahrzeugmodelle bleiben unverändert, 33 % werden höher,
  29 % niedriger eingestuft.
- Bei Elektrofahrzeugen der Kompaktklasse überwiegen Höherstufungen, vor allem
  wegen der Reparaturkosten für Sensorik und Kameras nach Parkremplern.
- Vollkasko: Einzelne SUV-Modelle steigen um bis zu drei Klassen.

Das Verzeichnis gilt für Verträge mit Hauptfälligkeit ab 01.01.2027.

Mit freundlichen Grüßen
Abteilung Kfz-Statistik
"""
    return msg(72, TL.frm, '"Kfz-Vertrag Team" <kfz-vertrag@weserland-versicherung.example>',
               "WG: Rundschreiben 07/2026 - Typklassenverzeichnis 2027", D(3, 20, 8, 52, 18),
               text(body, cte="8bit"), mid_style=1)

# ---------------------------------------------------------------- d206-0073
@mail(73, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
      "life insurance death claim paid to the widow: insured's name, date and cause of death, death certificate, payout and IBAN")
def _():
    body = """Dear Mrs Whitfield,

Policy: term life insurance LV 7.188.204.07 - insured person Mr Graham Whitfield
Beneficiary: Mrs Deborah Whitfield

please accept our sincere condolences on the death of your husband.

We have received the death certificate and the medical certificate of cause of
death issued by Dr Katrin Boll, Bremen, which records that your husband died on
14 February 2026 of an acute myocardial infarction. As the policy has been in
force for more than three years, we do not need any further medical records.

We will pay the sum insured of EUR 250,000 plus the bonus of EUR 3,412.18, a total
of EUR 253,412.18, to the account you gave us:

  Account holder: Deborah Whitfield
  IBAN: GB33 ALBN 6016 1349 3437 99

The payment will leave our account on 20 March; transfers to the UK normally take
two to three working days. We will send the tax certificate by post.

If there is anything else we can do, please call me directly.

""" + SH.sig + "\n\n" + FOOT_LEBEN + "\n"
    return msg(73, SH.frm, "Deborah Whitfield <debwhitfield@freemail.example>",
               "Life policy LV 7.188.204.07 - payment", D(3, 18, 10, 11, 43), text(body))


# ---------------------------------------------------------------- d206-0074
@mail(74, "CONFIDENTIAL", "de", "customer",
      "forwarded customer mail with new address and new IBAN for his car and household policies (typos)")
def _():
    body = """Hallo Timo,

bitte einmal die Bankverbindung und Adresse für alle Verträge ändern, Herr Lüdemann
hat uns an den Kundenservice geschrieben (siehe unten). Hausrat hab ich schon
erledigt, Kfz liegt bei dir. Das SEPA-Mandat hat er nicht neu unterschrieben – reicht
die Mail für euch oder braucht ihr das Formular?

""" + FO.sig + """

----- Weitergeleitete Nachricht -----
Von: "Uwe Lüdemann" <uwe.luedemann@kabelmail.example>
Datum: 11.03.2026 21:14
An: service@weserland-versicherung.example
Betreff: Umzug + neue Bank

Guten Abend,

wir sind zum 1.3. umgezogen, neue Adresse ist jetzt Auf der Heide 14, 27798 Hude.
Ausserdem haben wir die Bank gewechselt, bitte ab April von dem neuen Konto abbuchen:

Uwe Lüdemann
DE91 2906 9915 1605 5622 72
(Bremische Volksbank - ne, ist die Raiffeisenbank Hude jetzt)

Betrifft meine Autoversicherung (Kennzeichen OL-UL 58, Vertrag 31/366/9014 glaub ich)
und die Hausratversicherung.

Danke und Gruss
Uwe Lüdemann
"""
    return msg(74, FO.frm, TL.frm, "WG: Umzug + neue Bank", D(3, 12, 8, 30, 6), text(body))


# ---------------------------------------------------------------- d206-0075
@mail(75, "NORMAL", "en", "internal",
      "trap: first-aid refresher course with a list of colleagues attending; no health data about anyone")
def _():
    body = """Hi everyone,

the first-aid refresher course for our floor is confirmed:

  Wednesday, 22 April 2026, 9:00-16:30, training room 1.04
  Trainer: Johanniter training centre Bremen

Registered first-aiders for floor 3 (international claims and actuarial):
- Claire Donnelly
- Daniel Okafor
- Priya Raman
- Jannik Stührmann

Topics: CPR and use of the AED, recovery position, bleeding and wound dressing,
burns, what to do in case of a stroke or a heart attack. There is a short
practical test at the end; please wear comfortable clothes.

Lunch is provided - please tell me by 10 April if you have any dietary
requirements (vegetarian, vegan, halal).

""" + GR.sig + "\n"
    return msg(75, GR.frm, '"Floor 3 first-aiders" <ersthelfer-og3@weserland-versicherung.example>',
               "First-aid refresher course 22 April", D(3, 24, 14, 30, 44), text(body))


# ---------------------------------------------------------------- d206-0076
@mail(76, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance: body says only 'please find our settlement', the PDF assesses disability by the limb table after a wrist fracture")
def _():
    p = pdf([
        "# Weserland Versicherung AG - Unfallversicherung",
        "Abrechnung Invaliditätsleistung",
        "",
        "Versicherungsnehmerin / versicherte Person: Frau Gudrun Ahrens, geb. 19.11.1963",
        "Vertrag: UV 3.440.812-1 (Unfall Premium, Progression 350 %)",
        "Leistungsfall: U 25-0007740, Unfalltag 02.03.2025 (Sturz auf Glatteis vor dem Haus)",
        "",
        "* Medizinische Feststellungen (Gutachten Dr. med. T. Wessling vom 12.02.2026)",
        "Distale Radiusfraktur links, operativ versorgt (winkelstabile Platte, 03.03.2025).",
        "Restbeschwerden: Bewegungseinschränkung Handgelenk (Extension/Flexion 40-0-45),",
        "Kraftminderung, belastungsabhängige Schmerzen. Arthrose nicht unfallbedingt: keine.",
        "Invaliditätsgrad: 3/20 Handwert",
        "",
        "* Berechnung",
        "Gliedertaxe Hand im Handgelenk: 55 %",
        "Invaliditätsgrad 3/20 x 55 %                                 =   8,25 %",
        "Grundsumme 100.000 EUR x 8,25 %                              =   8.250,00 EUR",
        "Progression: bis 25 % einfach                                =   8.250,00 EUR",
        "Bereits gezahlte Vorschussleistung (07/2025)                 -   2.000,00 EUR",
        "Unfall-Krankenhaustagegeld (3 Tage x 50 EUR), bereits gezahlt    ----",
        "Auszahlungsbetrag                                            =   6.250,00 EUR",
        "",
        "Die Zahlung erfolgt auf das Konto IBAN DE35 2904 1877 8144 4450 75.",
        "Sie oder wir können den Invaliditätsgrad bis zu drei Jahre nach dem Unfall jährlich",
        "neu bemessen lassen. Widerspruch gegen diese Abrechnung ist innerhalb eines Monats möglich.",
        "",
        "Bremen, 18.03.2026 - Ingrid Hollmann, Leistung Unfall- und Pflegeversicherung",
    ], title="Abrechnung U 25-0007740", author="Ingrid Hollmann", date="20260318103000")
    body = """Sehr geehrte Frau Ahrens,

anbei erhalten Sie unsere Abrechnung zu Ihrem Leistungsfall. Bei Fragen rufen Sie
mich gern an.

""" + IH.sig + "\n"
    return msg(76, IH.frm, "g.ahrens@t-mail.example", "Ihre Abrechnung U 25-0007740",
               D(3, 18, 10, 41, 7),
               mixed(text(body), att(p, "application/pdf", "Abrechnung_U25-0007740.pdf")))


# ---------------------------------------------------------------- d206-0077
@mail(77, "CONFIDENTIAL", "de", "insurer-to-company",
      "fleet claims report for a company customer as ZIP: CSV of claims with named employee drivers (unhurt) and a PDF summary")
def _():
    data = """Schaden-Nr.;Datum;Kennzeichen;Fahrer/in;Art;Personenschaden;Aufwand EUR;Status
KF 26-0001102;08.01.2026;HB-WS 101;Marek Dudek;Auffahrunfall (Gegner);nein;2.410,00;erledigt
KF 26-0001187;15.01.2026;HB-WS 114;Lisa Hollmann;Parkschaden (selbst verursacht);nein;1.188,40;erledigt
KF 26-0001240;22.01.2026;HB-WS 108;Tobias Renken;Wildschaden (Reh);nein;3.905,12;in Reparatur
KF 26-0001302;03.02.2026;HB-WS 122;Marek Dudek;Glasbruch Windschutzscheibe;nein;612,00;erledigt
KF 26-0001399;17.02.2026;HB-WS 117;Aylin Demir;Spiegelschaden Begegnungsverkehr;nein;455,80;offen
"""
    summ = pdf([
        "# Schadenbericht Flotte - Weser Sanitär Service GmbH",
        "Flottenvertrag FL 9902-17, Berichtszeitraum 01.01. - 28.02.2026",
        "",
        "Anzahl Schäden: 5 (Vorjahreszeitraum: 8)",
        "Schadenaufwand: 8.571,32 EUR",
        "Schadenquote laufendes Jahr (Prognose): 61 %",
        "Personenschäden: keine",
        "",
        "Auffällig: zwei Schäden mit Fahrzeug HB-WS 101/122 durch denselben Fahrer;",
        "wir empfehlen ein Fahrsicherheitstraining (Kostenbeteiligung Weserland 50 %).",
    ], title="Schadenbericht Flotte FL 9902-17", author="Timo Lüers", date="20260305090000")
    z = zipped([("Schadenliste_FL9902-17_2026-01-02.csv", data.encode("cp1252")),
                ("Schadenbericht_FL9902-17.pdf", summ)], when=(2026, 3, 5, 9, 2, 0))
    body = """Sehr geehrter Herr Wittkowski,

wie vereinbart erhalten Sie den Schadenbericht für Ihre Flotte für Januar und Februar.
Die ZIP-Datei enthält die Schadenliste (CSV) und die Zusammenfassung als PDF.

Erfreulich: weniger Schäden als im Vorjahr und kein Personenschaden. Auf unser
Angebot zum Fahrsicherheitstraining komme ich beim Jahresgespräch im Mai zurück.

""" + TL.sig + "\n"
    return msg(77, TL.frm, '"Wittkowski, Frank" <f.wittkowski@weser-sanitaer.example>',
               "Schadenbericht Flotte FL 9902-17 Jan/Feb 2026", D(3, 5, 9, 15, 40),
               mixed(text(body), att(z, "application/zip", "Schadenbericht_FL9902-17_2026-02.zip")))


# ---------------------------------------------------------------- d206-0078
@mail(78, "NORMAL", "en", "internal",
      "trap: minutes of the international motor claims team meeting - backlog, KPIs, process; no claimant")
def _():
    body = """Minutes - International Motor Claims team, 12 March 2026

Present: Claire, Daniel, Jannik, Malte (guest)

1. Backlog
   - 143 open files (Feb: 161). Oldest untouched item 9 days.
   - Bodily injury files from the UK: 38 open, mostly whiplash; 6 with solicitors
     asking for English-law damages. We stay with the standard reply (German law
     applies) and the newsletter piece from March.

2. KPIs Q1 so far
   - First contact within 2 working days: 94 % (target 95 %)
   - Property-only claims closed within 30 days: 81 %
   - Share of claims with a medical report received within 60 days: 57 %

3. Process
   - Medical reports from abroad: please always file them in the e-file and send
     them to the medical adviser only from there, not as an e-mail attachment.
   - New template letters in English for the acknowledgement of bodily injury
     claims go live on 1 April (Claire).

4. AOB
   - Daniel on holiday 30 March - 10 April; Jannik covers the travel desk.

Next meeting: 26 March, 10:00.
"""
    return msg(78, CD.frm, '"Intl Motor Claims" <intl-motor-claims@weserland-versicherung.example>',
               "Minutes team meeting 12 March", D(3, 12, 15, 47, 51),
               text(body + "\n" + CD.sig + "\n", charset="us-ascii", cte="7bit"))
# ---------------------------------------------------------------- d206-0079
@mail(79, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
      "long-term care insurance: daughter with power of attorney told of her mother's care grade 3, dementia, daily benefit")
def _():
    body = """Dear Ms O'Sullivan,

Your mother: Mrs Hildegard Brandes, born 4 June 1938
Care insurance policy: PT 5.102.339 (daily care allowance)
Our ref: PF 26-0001905

thank you for sending the power of attorney and the assessment notice of the medical
service. I am writing in English as you asked on the phone.

The assessment of 24 February 2026 found that your mother now needs care grade 3
(previously grade 2). The assessor describes progressing Alzheimer's dementia with
disorientation in time and place, a need for help with washing, dressing and taking
her medication, and two falls at home since December. The home care service visits
twice a day.

Under your mother's policy, the daily allowance for care grade 3 is 60 % of the
agreed EUR 50, i.e. EUR 30 per day, from 1 February 2026 (the month of application).
For February and March we will pay EUR 1,770 as a back payment; from April the
monthly amount is about EUR 912, paid on the first working day of the month into
your mother's account as before.

If she moves into a care home, please let us know - the allowance then rises to
100 % of the agreed amount.

""" + IH.sig + "\n"
    return msg(79, IH.frm, "Maura O'Sullivan <maura.osullivan@irishmail.example>",
               "Your mother's care insurance - care grade 3", D(3, 13, 11, 26, 35), text(body))


# ---------------------------------------------------------------- d206-0080
@mail(80, "CONFIDENTIAL", "en", "insurer-to-customer",
      "green card request for a drive to Serbia: customer's name, policy, plate and VIN (windows-1252)")
def _():
    body = """Dear Mr Petrovic,

Your motor policy: 31/418/2236
Vehicle: Ford Transit Custom, HB-DP 3030, VIN WF0XXXTTGXNA12345

as requested, we have issued an International Motor Insurance Card (green card) for
your trip to Serbia and North Macedonia from 2 to 23 April 2026. Please print the
attached card in colour - border officers in some countries still want to see it on
paper.

Validity: 01.04.2026 - 30.04.2026
Countries: all countries not crossed out on the card (RS and MK are included)

Your comprehensive cover also applies in Serbia and North Macedonia. The roadside
assistance of your policy only covers the EU, Norway, Switzerland and the UK; for
Serbia please call our 24h number and we will arrange help on a case-by-case basis.

Have a good journey - and please drive carefully!

""" + TL.sig + "\n"
    card = pdf([
        "# INTERNATIONAL MOTOR INSURANCE CARD - GREEN CARD",
        "Country/Bureau code: D   Insurer code: 9771   Card no.: D/9771/26/0041822",
        "Valid from 01.04.2026 to 30.04.2026 (both dates inclusive)",
        "Category of vehicle: B (goods vehicle up to 3.5 t)",
        "Registration no.: HB-DP 3030   Make: Ford Transit Custom",
        "Name and address of the policyholder:",
        "Dragan Petrovic, Hemelinger Heerstraße 77, 28309 Bremen",
        "Insurer: Weserland Versicherung AG, Hafenkante 12, 28217 Bremen",
        "Territorial validity: A B BG CY CZ D DK E EST F FIN GB GR H HR I IRL IS L LT LV M N NL P PL RO S SK SLO",
        "AL AND AZ BIH CH MD MK MNE RUS SRB TN TR UA",
    ], title="Green Card D/9771/26/0041822", author="Weserland Versicherung AG", date="20260320141500")
    return msg(80, TL.frm, "Dragan Petrovic <dragan.petrovic@kabelmail.example>",
               "Green card for your trip to Serbia - 31/418/2236", D(3, 20, 14, 22, 9),
               mixed(text(body, charset="windows-1252", cte="quoted-printable"),
                     att(card, "application/pdf", "GreenCard_HB-DP3030.pdf")))


# ---------------------------------------------------------------- d206-0081
@mail(81, "NORMAL", "de", "newsletter",
      "trap: HTML-only customer newsletter on gritting duties and liability for falls on ice, no person")
def _():
    h = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Weserland Kundenbrief</title></head>
<body style="margin:0;background:#eef2f6">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#223">
<tr><td style="background:#0a4d7a;color:#fff;font-family:Arial,sans-serif"><b>Weserland Kundenbrief</b> &middot; Januar 2026</td></tr>
<tr><td>
<h2 style="margin-top:0">Glatteis vor der Haustür: Wer haftet, wenn jemand stürzt?</h2>
<p>Jeden Winter melden uns Kundinnen und Kunden Stürze auf vereisten Gehwegen. Die Folgen
reichen vom blauen Fleck bis zum Oberschenkelhalsbruch &ndash; und die Frage lautet dann:
Wer hat gestreut, und wer hätte streuen müssen?</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px">
<tr style="background:#dfe8f1"><th align="left">Wer?</th><th align="left">Pflicht</th><th align="left">Versicherung</th></tr>
<tr><td>Eigentümer eines Hauses</td><td>Räumen und Streuen nach der Ortssatzung, meist werktags ab 7 Uhr</td><td>Haus- und Grundbesitzerhaftpflicht</td></tr>
<tr><td>Selbst genutztes Einfamilienhaus</td><td>wie oben</td><td>in der Privathaftpflicht enthalten</td></tr>
<tr><td>Mieter</td><td>nur wenn im Mietvertrag übertragen</td><td>Privathaftpflicht</td></tr>
<tr><td>Winterdienst-Firma</td><td>laut Vertrag</td><td>Betriebshaftpflicht der Firma</td></tr>
</table>
<p><b>Unser Tipp:</b> Führen Sie ein kurzes Streuprotokoll (Datum, Uhrzeit, Streumittel). Im
Schadenfall ist das oft der entscheidende Beweis.</p>
<p>Und wenn Sie selbst stürzen? Ihre eigenen Verletzungen deckt die Haftpflicht nicht &ndash;
dafür gibt es die <a href="https://www.weserland-versicherung.example/unfall">Unfallversicherung</a>.</p>
</td></tr>
<tr><td style="font-family:Arial,sans-serif;font-size:11px;color:#778">Weserland Versicherung AG &middot; Hafenkante 12 &middot; 28217 Bremen<br>
<a href="https://www.weserland-versicherung.example/newsletter/abmelden">Newsletter abbestellen</a></td></tr>
</table></td></tr></table>
</body></html>
"""
    return msg(81, NEWS, "kundenbrief@lists.weserland-versicherung.example",
               "Glatteis vor der Haustür: Wer haftet?", D(1, 8, 7, 0, 0), html(h, cte="base64"),
               mid_style=3, extra=[("List-Unsubscribe", "<https://www.weserland-versicherung.example/newsletter/abmelden>"),
                                   ("Precedence", "bulk")])


# ---------------------------------------------------------------- d206-0082
@mail(82, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "travel health: repatriation order to the assistance partner for a named customer after a stroke in Spain")
def _():
    body = """Dear colleagues,

please arrange the repatriation of our customer as discussed with your medical
team this morning:

Patient:        Mr Werner Buschmann, date of birth 1951-07-30
Policy:         travel health RK 77 120 954, case no. RK 26-0002288
Location:       Hospital Costa Azahar, Castellón, neurology ward, room 314
Diagnosis:      ischaemic stroke (left MCA territory) on 9 March 2026, treated with
                thrombolysis; residual right-sided weakness and aphasia; stable,
                fit to fly according to the treating neurologist (report of 16 March)
Transport:      ambulance jet (stretcher, medical escort: doctor + nurse), not a
                scheduled flight - oxygen on board
Destination:    Klinikum Weserbogen, stroke unit/neurology, Bremen; bed confirmed
                by Dr Lenz for 19 or 20 March
Companion:      his wife, Mrs Ingrid Buschmann, travels with him (one seat)

Cost approval: up to EUR 28,000 for the air ambulance, including ground transfers
at both ends. Please send us the flight plan and the final invoice.

""" + DO.sig + "\n"
    return msg(82, DO.frm, '"Nordic Assist Operations" <ops@nordic-assist.example>',
               "Repatriation RK 26-0002288 Buschmann - Castellon to Bremen", D(3, 17, 11, 50, 12),
               text(body),
               extra=[("Importance", "high"), ("X-Priority", "1")])


# ---------------------------------------------------------------- d206-0083
@mail(83, "CONFIDENTIAL", "de", "insurer-to-customer",
      "payment reminder for a motor premium: customer's name, contract number, amount due; loss of cover warning")
def _():
    body = """Sehr geehrter Herr Mahnke,

leider konnten wir den Folgebeitrag für Ihre Kfz-Versicherung nicht einziehen; Ihre
Bank hat die Lastschrift am 04.03.2026 zurückgegeben (Rückgabegrund: Konto erloschen).

Vertrag:          31/397/6625 (Opel Astra, HB-JM 119)
offener Beitrag:  318,44 EUR (Halbjahresbeitrag 01.03. - 31.08.2026)
Rücklastschriftgebühr der Bank: 3,50 EUR
Gesamt:           321,94 EUR

Bitte überweisen Sie den Betrag innerhalb von zwei Wochen, spätestens bis 27.03.2026,
auf unser Konto bei der Bremer Hanse Bank, IBAN DE80 2007 1022 0814 0331 14,
Verwendungszweck 31/397/6625.

Zahlen Sie bis dahin nicht, sind wir bei einem Unfall nach Ablauf der Frist
leistungsfrei (§ 38 VVG) und können den Vertrag kündigen. Die Zulassungsstelle
müssten wir dann informieren.

Wenn Sie eine neue Bankverbindung haben, können Sie uns gern ein neues SEPA-Mandat
über das Kundenportal erteilen.

""" + TL.sig + "\n\n" + FOOT_AG + "\n"
    return msg(83, TL.frm, "jens.mahnke@netpost.example",
               "Zahlungserinnerung Kfz-Versicherung 31/397/6625", D(3, 13, 7, 45, 0),
               text(body, charset="iso-8859-1"))


# ---------------------------------------------------------------- d206-0084
@mail(84, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "company pension (direct insurance) enrolment list to an employer's HR: employees' names, birth dates, salary conversion; life line")
def _():
    rows = [
        ["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Beginn", "Entgeltumwandlung mtl. EUR", "AG-Zuschuss 15 % EUR", "Vertragsnr."],
        ["0412", "Janßen", "Merle", "1994-02-17", "2026-04-01", 150.00, 22.50, "DV 6.301.441.10"],
        ["0577", "Kowalski", "Piotr", "1988-10-03", "2026-04-01", 248.00, 37.20, "DV 6.301.441.11"],
        ["0619", "Brünning", "Hauke", "1979-06-28", "2026-04-01", 100.00, 15.00, "DV 6.301.441.12"],
        ["0703", "Yilmaz", "Derya", "2001-12-09", "2026-04-01", 75.00, 11.25, "DV 6.301.441.13"],
    ]
    x = xlsx([("Anmeldungen April 2026", rows)], title="bAV Anmeldungen Weser Sanitär", author="Weserland Lebensversicherung AG",
             created="2026-03-19T12:00:00Z", when=(2026, 3, 19, 12, 0, 0))
    body = """Sehr geehrte Frau Meiners-Ohlsen,

vielen Dank für die Anmeldungen zur betrieblichen Altersversorgung. Wir haben die
vier Direktversicherungen zum 01.04.2026 policiert. In der Anlage finden Sie die
Übersicht mit den Vertragsnummern, der Entgeltumwandlung und dem Arbeitgeberzuschuss
für Ihre Lohnabrechnung.

Die Versicherungsscheine gehen den Mitarbeitenden in den nächsten Tagen direkt zu.
Die Beiträge buchen wir monatlich gesammelt über den Gruppenvertrag GV 6.301.441 ab.

Eine Gesundheitsprüfung war im Rahmen des Gruppenvertrags nicht erforderlich.

""" + SH.sig + "\n\n" + FOOT_LEBEN + "\n"
    return msg(84, SH.frm, '"Personalabteilung Weser Sanitär" <personal@weser-sanitaer.example>',
               "bAV: Policierung Anmeldungen 01.04.2026 - GV 6.301.441", D(3, 19, 12, 14, 33),
               mixed(text(body), att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                     "bAV_Anmeldungen_2026-04.xlsx")))


# ---------------------------------------------------------------- d206-0085
@mail(85, "CONFIDENTIAL", "de", "internal",
      "grey zone: subject carries the sender's explicit [vertraulich] tag; content is an unpublished tariff draft without personal data")
def _():
    body = """Hallo Silke, hallo Arne,

vorab der Entwurf für die Tarifmaßnahme Kfz 2027 zur Abstimmung vor der
Vorstandssitzung. Bitte noch nicht weiterleiten – der Aufsichtsrat kennt die Zahlen
noch nicht, und wir wollen vermeiden, dass sie vor der Pressemitteilung im Vertrieb
kursieren.

Eckpunkte:
- Haftpflicht: +6,5 % im Neugeschäft, +4,9 % im Bestand (nach Typ- und Regionalklassen)
- Vollkasko: +8,0 % / +6,2 %
- Teilkasko: unverändert; Glasbruch-SB 150 EUR als neue Standardoption
- Fahrerschutz: Beitrag bleibt bei 36 EUR
- Ziel-Combined-Ratio 2027: 98,5 % (Prognose 2026: 103,1 %)

Treiber sind vor allem die Ersatzteilpreise (+11 % in zwei Jahren) und die Kosten
der Personenschäden (siehe Vorlage von Malte).

""" + TL.sig + "\n"
    return msg(85, TL.frm, '"Silke Gröneveld" <silke.groeneveld@weserland-versicherung.example>',
               "[vertraulich] Entwurf Tarifmaßnahme Kfz 2027", D(3, 20, 17, 5, 18), text(body),
               cc='"Arne Kück" <arne.kueck@weserland-versicherung.example>',
               extra=[("Sensitivity", "Company-Confidential")])


# ---------------------------------------------------------------- d206-0086
@mail(86, "NORMAL", "en", "insurer-to-broker",
      "S/MIME domain certificate exchange with a broker firm; public certificate only")
def _():
    cert = """-----BEGIN CERTIFICATE-----
MIIDxTCCAq2gAwIBAgIUM2F0d2VzZXJsYW5kLWRvbWFpbi1jZXJ0MA0GCSqGSIb3
DQEBCwUAMGMxCzAJBgNVBAYTAkRFMQ4wDAYDVQQIDAVCcmVtZW4xITAfBgNVBAoM
GFdlc2VybGFuZCBWZXJzaWNoZXJ1bmcgQUcxITAfBgNVBAMMGHdlc2VybGFuZC12
ZXJzaWNoZXJ1bmcuZXhhbXBsZTAeFw0yNjAxMDUwMDAwMDBaFw0yODAxMDUyMzU5
NTlaMGMxCzAJBgNVBAYTAkRFMQ4wDAYDVQQIDAVCcmVtZW4xITAfBgNVBAoMGFdl
c2VybGFuZCBWZXJzaWNoZXJ1bmcgQUcxITAfBgNVBAMMGHdlc2VybGFuZC12ZXJz
aWNoZXJ1bmcuZXhhbXBsZTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEB
AMq3ZmljdGl0aW91cyBrZXkgbWF0ZXJpYWwgZm9yIHRoZSBjb3JwdXMgb25seS4g
Tm90IGEgcmVhbCBjZXJ0aWZpY2F0ZS4gV2VzZXJsYW5kIFZlcnNpY2hlcnVuZyBB
RyBCcmVtZW4gZG9tYWluIGNlcnRpZmljYXRlIHBsYWNlaG9sZGVyIGJ5dGVzLi4u
-----END CERTIFICATE-----
"""
    body = """Hello Tom,

as agreed, here is our public domain certificate for S/MIME gateway-to-gateway
encryption between weserland-versicherung.example and harbourside-brokers.example.

Subject:      CN=weserland-versicherung.example, O=Weserland Versicherung AG
Valid:        5 January 2026 to 5 January 2028
SHA-256 fingerprint:
  4F:1A:9C:22:7E:B0:5D:61:93:0C:AF:18:72:E4:D9:0B:3C:58:A1:6E:F2:07:BD:44:19:C8:65:2E:90:DA:71:03

Please verify the fingerprint with me by phone before you import it. Once we have
your certificate too, mail with customer data between our firms will be encrypted
automatically - no more portal detours for policy schedules and claim letters.

""" + BA.sig + "\n"
    return msg(86, BA.frm, '"Tom Reddy" <it@harbourside-brokers.example>',
               "Our S/MIME domain certificate", D(1, 12, 13, 37, 41),
               mixed(text(body, charset="us-ascii", cte="7bit"),
                     att_text(cert, "plain", "weserland-versicherung.example.pem", charset="us-ascii", cte="7bit")))


# ---------------------------------------------------------------- d206-0087
@mail(87, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental treatment plan approval: body names only the plan, the ODT lists teeth, findings (periodontitis), implants and costs")
def _():
    o = odt([
        ("h", "Leistungszusage Heil- und Kostenplan"),
        "Versicherte Person: Herr Frank Brüggemann, geb. 06.01.1970",
        "Vertrag: KV 8830 1147 02, Tarif ZahnPlus 90",
        "Zahnarztpraxis Dr. Kirsten Ohlendorf, Bremen-Walle, HKP vom 02.03.2026",
        ("table", [["Zahn", "Befund", "Geplante Leistung", "Kosten lt. HKP EUR", "Erstattung EUR"],
                   ["36", "fehlt (Extraktion 2025 nach Wurzelfraktur)", "Implantat + Krone (GOZ 9010, 2200)", "3.412,60", "3.071,34"],
                   ["46", "tief zerstört, Karies profunda", "Wurzelbehandlung + Teilkrone", "1.288,40", "1.159,56"],
                   ["gesamt", "generalisierte Parodontitis Stadium III, Grad B", "PAR-Therapie vorab (über GKV)", "-", "-"],
                   ["", "", "Summe", "4.701,00", "4.230,90"]]),
        "Voraussetzung: abgeschlossene Parodontitistherapie vor der Implantation.",
        "Die Zusage gilt sechs Monate ab Ausstellungsdatum.",
        "",
        "Bremen, 16.03.2026 - Wiebke Janssen, Leistungsabteilung Krankenversicherung",
    ], title="Leistungszusage HKP Brüggemann", author="Wiebke Janssen", created="2026-03-16T10:00:00",
        when=(2026, 3, 16, 10, 0, 0))
    body = """Sehr geehrter Herr Brüggemann,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin geprüft. Unsere Zusage finden Sie
im Anhang. Bitte legen Sie sie Ihrer Praxis vor.

""" + WJ.sig + "\n\n" + FOOT_KRANKEN + "\n"
    return msg(87, WJ.frm, "frank.brueggemann@kabelmail.example", "Ihr Heil- und Kostenplan",
               D(3, 16, 10, 12, 50),
               mixed(text(body), att(o, "application/vnd.oasis.opendocument.text", "Leistungszusage_HKP.odt")))


# ---------------------------------------------------------------- d206-0088
@mail(88, "CONFIDENTIAL", "de", "insurer-to-customer",
      "short reply 'passt so'; the quoted customer mail gives her birth date and IBAN for a new household policy")
def _():
    body = """Hallo Frau Ekinci,

passt so, vielen Dank! Die Police kommt in den nächsten Tagen per Post.

""" + FO.sig + """

-----Ursprüngliche Nachricht-----
Von: Selin Ekinci <selin.ekinci@freemail.example>
Gesendet: Montag, 23. März 2026 19:02
An: Oltmanns, Fenja <fenja.oltmanns@weserland-versicherung.example>
Betreff: Re: Ihr Angebot Hausrat HR-A-2026-7731

Hallo Frau Oltmanns,

ich nehm das Angebot so an (Hausrat 65.000 Versicherungssumme, mit Fahrrad bis 2000).
Meine Daten die noch gefehlt haben:

Geburtsdatum: 29.04.1992
Konto für Lastschrift: DE33200710225252918957, Inhaberin Selin Ekinci
Beginn bitte zum 1.4.

Mfg Selin Ekinci
"""
    return msg(88, FO.frm, "Selin Ekinci <selin.ekinci@freemail.example>",
               "AW: Ihr Angebot Hausrat HR-A-2026-7731", D(3, 24, 8, 17, 2), text(body),
               in_reply_to="<CAK7ekinci0323-1902@freemail.example>")
# ---------------------------------------------------------------- d206-0089
@mail(89, "NORMAL", "de", "insurer-to-lawyer",
      "trap: circular to partner law firms about a new mailbox for medical documents in injury claims; no case")
def _():
    body = """Sehr geehrte Damen und Herren,

zum 1. April 2026 bündeln wir den Eingang aller Unterlagen zu Personenschäden aus der
Kfz- und der Allgemeinen Haftpflichtversicherung. Bitte senden Sie ab diesem Datum

- ärztliche Atteste, Befund- und Entlassungsberichte,
- Rechnungen von Krankenhäusern, Therapeuten und Sanitätshäusern,
- Nachweise zu Verdienstausfall und Haushaltsführungsschaden sowie
- Schmerzensgeldforderungen und Vergleichsvorschläge

ausschließlich an personenschaden@weserland-versicherung.example oder über unser
Anwaltsportal. Unser Mailserver unterstützt TLS und S/MIME; das Zertifikat können Sie
unter www.weserland-versicherung.example/zertifikate abrufen. Bitte geben Sie immer
unser Schadenzeichen im Betreff an.

Die bisherigen persönlichen Adressen der Sachbearbeiterinnen und Sachbearbeiter
bleiben erreichbar, Post an sie wird aber nicht mehr automatisch der Akte zugeordnet.

""" + MG.sig + "\n"
    return msg(89, MG.frm, "anwaltsverteiler@weserland-versicherung.example",
               "Neues Postfach für Unterlagen zu Personenschäden ab 01.04.2026", D(3, 23, 10, 0, 0),
               text(body), bcc="partnerkanzleien@lists.weserland-versicherung.example")


# ---------------------------------------------------------------- d206-0090
@mail(90, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "group income protection claim for a client's employee: burnout diagnosis, occupational health report, benefit decision")
def _():
    body = """Hi Sophie,

update on the income protection claim for your client Nordlicht Software GmbH
(group income protection GIP 4.100.772):

Employee:     Mr Jakob Vahland, born 12/04/1985, senior developer
Claim no.:    BU 26-0000318
Absent since: 3 November 2025

We have now received the occupational health report from Dr Meike Stolle (company
doctor) and the report of his treating psychiatrist. Both describe a severe depressive
episode (F32.2) in the context of long-term work overload, with sleep disturbance and
panic attacks; he is on venlafaxine and attends weekly therapy. A day clinic stay is
planned from April.

The deferred period of 26 weeks ends on 3 May 2026. On the evidence so far we expect to
accept the claim from that date at 100 % incapacity, with a review after six months.
Monthly benefit: EUR 3,150 (60 % of the insured salary).

Please do not pass on the medical details to HR - the employer only needs to know
that the claim is being processed and from when benefits would be paid.

""" + SH.sig + "\n\n" + FOOT_LEBEN + "\n"
    return msg(90, SH.frm, '"Sophie Marlow" <s.marlow@harbourside-brokers.example>',
               "GIP 4.100.772 Nordlicht Software - claim BU 26-0000318", D(3, 23, 14, 38, 28),
               text(body))


# ---------------------------------------------------------------- d206-0091
@mail(91, "CONFIDENTIAL", "en", "claimant",
      "forwarded claimant mail: tourist's phone run over in a near miss, she was not touched; name, claim number, IBAN")
def _():
    body = """Okan - property damage only, see below. Could you settle the phone repair (quote
EUR 389) plus EUR 15 expenses? Liability is clear, our courier van reversed in the
pedestrian zone. I have acknowledged it to her already.

""" + CD.sig + """

-------- Forwarded Message --------
Subject: Claim KH 26-0047306 - my phone
Date: Thu, 12 Mar 2026 22:05:31 +0000
From: Yuki Tanaka-Reid <yuki.tanakareid@freemail.example>
To: Claire Donnelly <claire.donnelly@weserland-versicherung.example>

Hello Ms Donnelly,

thanks for calling me back. As I said the van came backwards out of the side street
in the Obernstrasse (7 March, about 11am), I jumped to the side and it didnt touch
me, I'm fine, just a big shock. But my phone fell and the wheel went over it.

Attached is the quote from PhoneFix Bremen, its 389 euro for display and housing of
my iPhone 15. I also had to buy a prepaid phone for 15 euro for the rest of my trip.

My bank account (Irish):
Yuki Tanaka-Reid
IE83 IEBK 9311 5278 3767 43

Thanks a lot,
Yuki
"""
    return msg(91, CD.frm, OY.frm, "Fwd: Claim KH 26-0047306 - my phone", D(3, 13, 9, 2, 51),
               text(body), mid_style=1)

# ---------------------------------------------------------------- d206-0092
@mail(92, "NORMAL", "en", "internal",
      "trap: agenda for a motor claims summit with sessions on spinal injuries and whiplash fraud, ICS; no case data")
def _():
    body = """Dear colleagues,

the programme for this year's Weserland Motor Claims Summit is final:

09:30  Welcome - Silke Gröneveld
09:45  Whiplash fraud rings: what the data tell us (SIU team)
10:30  Catastrophic injuries: care costs, periodic payments and reinsurance
       (Malte Gerdes, Priya Raman)
11:30  Rehabilitation first: early intervention after spinal cord and brain injuries
       (Marta Kowalczyk)
12:30  Lunch
13:30  Claims from abroad: Rome II, Green Card and English solicitors (Claire Donnelly)
14:30  Workshop: reading a medical report - with fictitious examples
16:00  Close

Only anonymised or fictitious case examples may be used in the presentations. Slides
to me by 20 May please.

""" + CD.sig + "\n"
    cal = ics(
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:motor-claims-summit-2026@weserland-versicherung.example",
        "DTSTAMP:20260325090000Z",
        "DTSTART;VALUE=DATE:20260604",
        "DTEND;VALUE=DATE:20260605",
        "SUMMARY:Weserland Motor Claims Summit 2026",
        "LOCATION:Speicher XI\\, Event Hall\\, Bremen",
        "ORGANIZER;CN=Claire Donnelly:mailto:claire.donnelly@weserland-versicherung.example",
        "ATTENDEE;CN=Kfz-Schaden alle;RSVP=TRUE:mailto:kfz-schaden-alle@weserland-versicherung.example",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR")
    return msg(92, CD.frm, '"Kfz-Schaden alle" <kfz-schaden-alle@weserland-versicherung.example>',
               "Motor Claims Summit 4 June - programme", D(3, 25, 10, 2, 19),
               mixed(text(body), att_text(cal, "calendar", "Motor_Claims_Summit_2026.ics", charset="utf-8", cte="7bit")))


# ---------------------------------------------------------------- d206-0093
@mail(93, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal expenses cover for a dismissal on health grounds: long sick leave, herniated disc, disability degree")
def _():
    body = """Sehr geehrte Frau Rechtsanwältin Brünings,

Ihr Mandant: Herr Olaf Dreyer
Rechtsschutzvertrag: RS 60 177 302 (Privat, Beruf, Verkehr)
Schaden-Nr.: RS 26-0011640

für die Kündigungsschutzklage Ihres Mandanten gegen die Weserwerft Service GmbH
erteilen wir Deckungszusage für die erste Instanz.

Nach Ihrer Schilderung stützt der Arbeitgeber die Kündigung vom 20.02.2026 auf
krankheitsbedingte Fehlzeiten: Ihr Mandant war 2024 an 74 und 2025 an 118 Arbeitstagen
arbeitsunfähig, überwiegend wegen eines Bandscheibenvorfalls L4/L5 mit Operation im
Juni 2025 und anschließender Reha. Das betriebliche Eingliederungsmanagement wurde
nach Ihren Angaben nicht angeboten. Zudem ist Ihrem Mandanten seit 05.01.2026 ein
Grad der Behinderung von 40 zuerkannt; der Antrag auf Gleichstellung ist bei der
Agentur für Arbeit gestellt. Die Erfolgsaussichten sehen wir daher als gegeben an.

Gegenstandswert: drei Bruttomonatsgehälter à 3.870 EUR = 11.610 EUR.
Selbstbeteiligung: 150 EUR.

Für ein etwaiges Zustimmungsverfahren vor dem Integrationsamt besteht ebenfalls
Versicherungsschutz; bitte informieren Sie uns, falls es dazu kommt.

""" + JU.sig + "\n"
    return msg(93, JU.frm, '"RAin Dr. Imke Brünings" <kanzlei@bruenings-arbeitsrecht.example>',
               "Deckungszusage Dreyer ./. Weserwerft Service - RS 26-0011640", D(3, 2, 15, 44, 8),
               text(body))


# ---------------------------------------------------------------- d206-0094
@mail(94, "CONFIDENTIAL", "de", "insurer-to-customer",
      "attachment-only: pre-filled assignment form (DOCX) with customer's name, address, plate, claim number; body just 'please sign'")
def _():
    d = docx([
        ("h", "Abtretungserklärung und Zahlungsanweisung"),
        "Geschädigter: Herr Lennart Quast, Weserstraße 104, 27751 Delmenhorst",
        "Fahrzeug: BMW 118i, DEL-LQ 45",
        "Schaden-Nr. der Weserland Versicherung AG: KH 26-0046013, Schadentag 06.03.2026",
        "",
        "Hiermit trete ich meine Ansprüche auf Ersatz der Reparaturkosten aus dem oben genannten "
        "Schadenereignis in Höhe der Rechnung der Firma",
        ("b", "Autohaus Dierks GmbH, Stedinger Straße 210, 27753 Delmenhorst"),
        "an diese ab. Die Weserland Versicherung AG wird angewiesen, den Rechnungsbetrag unmittelbar an die "
        "Werkstatt zu zahlen. Ansprüche auf Nutzungsausfall, Wertminderung und Kostenpauschale bleiben bei mir.",
        "",
        "Delmenhorst, den ____________        Unterschrift: ______________________",
    ], title="Abtretung KH 26-0046013", author="Okan Yıldız", created="2026-03-09T09:00:00Z",
        when=(2026, 3, 9, 9, 0, 0))
    body = """Guten Tag Herr Quast,

wie besprochen das Formular zur Unterschrift. Bitte unterschrieben an die Werkstatt
geben, die schickt es uns mit der Rechnung.

""" + OY.sig + "\n"
    return msg(94, OY.frm, "lennart.quast@netpost.example", "Formular zur Unterschrift",
               D(3, 9, 9, 14, 51),
               mixed(text(body), att(d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     "Abtretung_Werkstatt.docx")))


# ---------------------------------------------------------------- d206-0095
@mail(95, "NORMAL", "de", "insurer-to-supplier",
      "trap: order of defibrillators and emergency kits for the office building; medical words, no person")
def _():
    body = """Sehr geehrte Frau Albrecht,

nach der Begehung mit unserer Betriebsärztin bestellen wir auf Basis Ihres Angebots
AN-26-1187:

- 3 x Defibrillator (AED) Modell LifeSaver P3, halbautomatisch, mit Wandkasten und
  Alarm, Standorte: Foyer EG, Kantine 1. OG, Flur 5. OG
- 6 x Ersatz-Elektrodenpads Erwachsene, 3 x Kinder-Pads
- 3 x Notfallrucksack mit Beatmungsbeutel, Sauerstoff nicht erforderlich
- Einweisung der Ersthelferinnen und Ersthelfer vor Ort (2 Termine à 90 Minuten)
- Wartungsvertrag für 4 Jahre inkl. Batterietausch

Gesamtsumme laut Angebot: 7.968,00 EUR netto. Lieferung bitte bis Ende April an die
Hausverwaltung, Hafenkante 12, Anlieferung Tor 1. Die Registrierung der Geräte im
Medizinprodukte-Bestandsverzeichnis übernimmt unser Facility Management.

""" + BO.sig + "\n"
    return msg(95, BO.frm, '"Albrecht, Nicole (Cardio Safe Nord)" <vertrieb@cardiosafe-nord.example>',
               "Bestellung AED - Ihr Angebot AN-26-1187", D(3, 26, 13, 24, 38), text(body))


# ---------------------------------------------------------------- d206-0096
@mail(96, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses: cover refused because the customer's trade union provides legal protection - union membership (special category)")
def _():
    body = """Sehr geehrter Herr Wendt,

Ihr Vertrag: Privat- und Berufs-Rechtsschutz RS 60 204 118
Schaden-Nr.: RS 26-0011702

vielen Dank für Ihre Meldung zum Streit mit Ihrem Arbeitgeber über die Eingruppierung
in die Entgeltgruppe E 9.

Sie haben uns mitgeteilt, dass Sie Mitglied der Gewerkschaft ver.di sind und die
Gewerkschaft Ihnen bereits Rechtsschutz für das Verfahren vor dem Arbeitsgericht
zugesagt hat (Schreiben des ver.di-Bezirks Bremen-Nordniedersachsen vom 04.03.2026).

Nach § 5 Abs. 3 g) unserer ARB besteht kein Anspruch auf Leistung, soweit ein anderer
– hier die Gewerkschaft – zur Kostenübernahme verpflichtet ist. Wir übernehmen daher
nur die Kosten, die Ihre Gewerkschaft nicht trägt. Das betrifft nach Ihrer Schilderung
das Gutachten zur tariflichen Eingruppierung (bis 1.200 EUR), das Sie gern selbst
beauftragen möchten. Dafür erteilen wir Deckungszusage.

""" + JU.sig + "\n"
    return msg(96, JU.frm, "Matthias Wendt <m.wendt@kabelmail.example>",
               "Ihre Rechtsschutzmeldung RS 26-0011702", D(3, 10, 11, 28, 56), text(body))


# ---------------------------------------------------------------- d206-0097
@mail(97, "CONFIDENTIAL", "de", "insurer-to-witness",
      "witness questionnaire for a sheet-metal accident: names of the policyholder and the other driver, plates, claim number; nobody hurt")
def _():
    body = """Sehr geehrter Herr Poppinga,

Schaden-Nr.: KH 26-0045577
Unfall vom 24.02.2026, ca. 07:50 Uhr, Kreuzung Lilienthaler Heerstraße / Kuhgrabenweg

Sie wurden im Polizeibericht als Zeuge des oben genannten Unfalls benannt. Beteiligt
waren unser Versicherungsnehmer, Herr Arne Witte (grauer VW Caddy, HB-AW 772), und
Frau Nadja Korte (roter Mini, HB-NK 305). Beide Fahrer haben angegeben, bei Grün
gefahren zu sein. Verletzt wurde niemand; es geht um den Schaden an beiden Autos.

Könnten Sie uns kurz schildern, was Sie gesehen haben? Besonders wichtig für uns:

1. Wo standen Sie, und in welche Richtung haben Sie geschaut?
2. Welche Farbe hatte die Ampel für welches Fahrzeug?
3. Wie schnell waren die beiden Autos ungefähr?
4. Haben Sie mit einem der Beteiligten gesprochen?

Sie können einfach auf diese E-Mail antworten. Für Ihren Aufwand erhalten Sie auf
Wunsch eine Pauschale von 25 EUR.

""" + OY.sig + "\n"
    return msg(97, OY.frm, "Heiko Poppinga <heiko.poppinga@t-mail.example>",
               "Zeugenbefragung Verkehrsunfall 24.02.2026 - KH 26-0045577", D(3, 3, 11, 1, 26),
               text(body))


# ---------------------------------------------------------------- d206-0098
@mail(98, "NORMAL", "en", "insurer-to-hospital",
      "trap: framework proposal to a hospital group for direct billing of treatment after road accidents; no patient")
def _():
    body = """Dear Mr Lindholm,

thank you for meeting us last week. As discussed, here is a short outline for a direct
billing arrangement between your hospital group and Weserland for patients injured in
road accidents where our motor liability policyholder is at fault:

1. Scope: foreign patients without German health insurance and self-payers only;
   patients with statutory insurance remain with their health insurer.
2. Requirement: the patient's written assignment and release form, obtained on
   admission; we provide bilingual templates (German/English/Polish).
3. Invoicing: DRG-based, sent through our SecureMail portal, never by plain e-mail
   or fax; one invoice per patient and stay.
4. Payment: within 21 days of receipt if liability has been accepted; otherwise we
   inform you within 10 days.
5. Contacts: our bodily injury team (personenschaden@weserland-versicherung.example)
   and your patient accounts department.

If you agree in principle, our legal department will draft a contract and a data
processing annex.

""" + JB.sig + "\n"
    return msg(98, JB.frm, '"Erik Lindholm" <e.lindholm@nordklinik-gruppe.example>',
               "Direct billing for road accident patients - outline", D(3, 27, 11, 8, 3),
               text(body))


# ---------------------------------------------------------------- d206-0099
@mail(99, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
      "life insurance underwriting: invitation to a medical examination with blood tests because of declared hypertension, ICS")
def _():
    body = """Dear Mr Adeyemi,

thank you for your application for term life insurance (application no. LA-2026-118840,
sum insured EUR 400,000). Because of the sum insured and the high blood pressure you
declared in the health questions (treated with ramipril since 2023), we need a medical
examination before we can decide.

We have booked the following appointment for you:

  Thursday, 16 April 2026, 8:15 a.m.
  Medizinisches Untersuchungszentrum am Wall, 2nd floor
  Please come fasting (no food after 10 p.m. the day before; water is fine)

The examination includes a resting ECG, blood pressure measurement, and blood and
urine tests (lipids, HbA1c, liver and kidney values). Please bring your ID and a list
of your current medication. The costs are paid by us.

A calendar entry is attached.

""" + SH.sig + "\n\n" + FOOT_LEBEN + "\n"
    cal = ics(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Weserland Lebensversicherung AG//Antragspruefung//EN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:LA-2026-118840-exam@weserland-versicherung.example",
        "DTSTAMP:20260331120000Z",
        "DTSTART;TZID=Europe/Berlin:20260416T081500",
        "DTEND;TZID=Europe/Berlin:20260416T091500",
        "SUMMARY:Medical examination (life insurance application LA-2026-118840)",
        "LOCATION:Medizinisches Untersuchungszentrum am Wall\\, 2nd floor\\, Bremen",
        "DESCRIPTION:Mr Oluwaseun Adeyemi - come fasting. ECG\\, blood pressure\\, blood and urine tests.",
        "END:VEVENT",
        "END:VCALENDAR")
    return msg(99, SH.frm, "Oluwaseun Adeyemi <seun.adeyemi@freemail.example>",
               "Your life insurance application - medical examination", D(3, 31, 14, 3, 59),
               mixed(text(body), att_text(cal, "calendar", "medical_examination.ics", charset="utf-8", cte="7bit")))


# ---------------------------------------------------------------- d206-0100
@mail(100, "CONFIDENTIAL", "en", "insurer-to-customer",
      "total loss after a collision: customer's name, plate, replacement value, outstanding car loan with the bank; no injury")
def _():
    body = """Dear Ms Kowalewski,

Your comprehensive motor policy: 31/421/5508
Claim no.: VK 26-0008944 - collision on 27 February 2026, Hasenbüren

the assessor's report is in: your Hyundai Kona (HB-AK 4040) is an economic total loss.
The repair would cost EUR 17,890, while the replacement value is EUR 14,600 and the
salvage value EUR 3,200.

Our settlement:

  Replacement value (new-for-old not applicable, car older than 24 months)  EUR 14,600.00
  less salvage value (binding offer, valid until 10 April)                  EUR -3,200.00
  less your deductible                                                      EUR   -500.00
  Amount payable                                                            EUR 10,900.00

As the car is financed, the loan agreement with Hansa Auto Bank (no. HAB-22-771804)
names the bank as the owner. We must pay the amount to the bank first; it will tell us
the outstanding balance (you mentioned about EUR 6,300), and we pay the rest to you.
Please send us the bank's written confirmation of the balance.

You were not injured and no other person was involved, so the claim is closed with
this payment.

""" + OY.sig + "\n"
    return msg(100, OY.frm, "Agnieszka Kowalewski <a.kowalewski@freemail.example>",
               "Total loss - claim VK 26-0008944", D(3, 18, 12, 30, 27), text(body))


# ---------------------------------------------------------------- d206-0101
@mail(101, "NORMAL", "de", "internal",
      "trap: summary of a court ruling on household-management damages with injury descriptions; published case, no party named")
def _():
    body = """Hallo zusammen,

kurz zur neuen Entscheidung des BGH zum Haushaltsführungsschaden (Urteil vom
10.02.2026, VI ZR 233/24), weil sie uns in vielen Akten betrifft:

Sachverhalt (anonymisiert wie in der Veröffentlichung): Eine 58-jährige Geschädigte
erlitt bei einem Verkehrsunfall eine Schulterverletzung mit dauerhafter
Bewegungseinschränkung. Sie verlangte Ersatz für die Beeinträchtigung in der
Haushaltsführung nach Tabellenwerten, obwohl ihr Ehemann die Arbeiten übernommen hatte.

Kernaussagen:
1. Der Schaden ist auch dann zu ersetzen, wenn keine Ersatzkraft eingestellt wird
   (normative Schadensbetrachtung) – das war schon bisher so.
2. Neu: Die Tabellenwerte dürfen nicht schematisch übernommen werden; das Gericht muss
   den konkreten Haushalt (Größe, Garten, Kinder) feststellen.
3. Für die Zeit nach Erreichen der Regelaltersgrenze ist der Schaden nicht
   automatisch zu kürzen.

Praxis für uns: Bei Forderungen nach Tabellen künftig konkrete Angaben zum Haushalt
anfordern (Fragebogen HF-1 im Vorlagenmodul).

""" + TW.sig + "\n"
    return msg(101, TW.frm, '"Team Personenschaden" <personenschaden@weserland-versicherung.example>',
               "BGH VI ZR 233/24 - Haushaltsführungsschaden", D(3, 27, 16, 12, 46), text(body),
               cc='"Haftpflicht-Schaden" <haftpflicht-schaden@weserland-versicherung.example>')


# ---------------------------------------------------------------- d206-0102
@mail(102, "STRICTLY_CONFIDENTIAL", "de", "doctor",
      "forwarded doctor's mail (message/rfc822) with a neurological report on an injured motorcyclist, nerve damage, EMG")
def _():
    inner = inner_msg(
        '"Praxis Dr. Brinkama Neurologie" <praxis@neuro-brinkama.example>',
        "personenschaden@weserland-versicherung.example",
        "Befundbericht Herr S. Cordes / Ihr Zeichen KH 25-0402218",
        D(3, 20, 12, 5, 44),
        text("""Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 03.03.2026 und mit Schweigepflichtentbindung des Patienten
berichten wir über Herrn Steffen Cordes, geb. 15.08.1983.

Diagnosen:
- Läsion des N. radialis rechts nach Humerusschaftfraktur (Unfall 22.10.2025)
- Z. n. Plattenosteosynthese Humerus rechts am 23.10.2025

Befund vom 17.03.2026: Fallhand rechts gebessert, Kraftgrad der Handgelenksstrecker
3/5, Fingerstrecker 2-3/5. Sensibilitätsstörung am Handrücken radial. EMG: floride
Denervierungszeichen rückläufig, beginnende Reinnervation im M. extensor digitorum.

Beurteilung: Inkompletter Nervenschaden mit Zeichen der Regeneration. Eine weitere
Besserung über 6-12 Monate ist zu erwarten; eine vollständige Wiederherstellung ist
nicht sicher. Arbeitsunfähigkeit als Elektroniker weiterhin gegeben. Ergotherapie
2 x wöchentlich, Handgelenksorthese nachts.

Mit freundlichen Grüßen
Dr. med. Jörg Brinkama
Facharzt für Neurologie
""", cte="8bit"),
        "<20260320120544.cordes@neuro-brinkama.example>", n=102)
    body = """Henrike, zur Info für deine Stellungnahme zur MdE – Bericht Neurologie Cordes ist da.
"""
    return msg(102, JB.frm, HS.frm, "WG: Befundbericht Herr S. Cordes / Ihr Zeichen KH 25-0402218",
               D(3, 20, 13, 40, 2), mixed(text(body + "\n" + JB.sig + "\n"), forward(inner)))


# ---------------------------------------------------------------- d206-0103
@mail(103, "CONFIDENTIAL", "en", "insurer-to-customer",
      "windscreen replacement under partial cover: customer's name, plate, claim number, glass partner appointment")
def _():
    body = """Dear Mr Lawson,

Claim no.: TK 26-0021180 (partial cover, glass damage)
Vehicle: Volvo XC40, HB-SL 1212

thank you for reporting the crack in your windscreen. As it runs across the driver's
field of vision, it cannot be repaired and the windscreen has to be replaced.

We have booked an appointment with our glass partner:
  GlasService Nord, Bremen-Hastedt
  Wednesday, 8 April, 8:00 a.m. - the car will be ready at about 1 p.m.

The camera for the lane assist will be recalibrated afterwards; this is included.
Your deductible for glass damage is EUR 150, payable at the workshop. Everything else
is settled directly between us and GlasService Nord.

""" + OY.sig + "\n"
    return msg(103, OY.frm, "Stuart Lawson <stuart.lawson@freemail.example>",
               "Windscreen replacement - TK 26-0021180", D(4, 1, 9, 36, 12), text(body))


# ---------------------------------------------------------------- d206-0104
@mail(104, "NORMAL", "de", "insurer-to-authority",
      "trap: complaint statistics for the supervisor, including complaints about personal-injury handling; counts only")
def _():
    body = """Sehr geehrte Frau Dr. Hofmeister,

wie angefordert übersende ich die Beschwerdestatistik der Weserland Versicherung AG
für das Geschäftsjahr 2025 (Meldung nach dem Rundschreiben zum Beschwerdemanagement).

Sparte                  Beschwerden  davon berechtigt  Ø Bearbeitungszeit (Tage)
Kfz-Haftpflicht              214           61                 9,4
  darunter Personenschaden    38           11                14,2
Kfz-Kasko                    302           97                 7,8
Allgemeine Haftpflicht        88           19                10,1
Hausrat/Wohngebäude          263           72                11,5
Rechtsschutz                 141           33                 8,2
gesamt                     1.008          282                 9,6

Häufigste Beschwerdegründe im Personenschaden waren die Dauer bis zur ersten Zahlung
und die Höhe des Schmerzensgeldangebots. Wir haben daraufhin das Reha-Management
ausgebaut und eine Vorschusszahlung innerhalb von 14 Tagen als Standard eingeführt.

Die Zahlen der Lebens- und Krankenversicherung melden die jeweiligen Gesellschaften
gesondert.

""" + NV.sig + "\n"
    return msg(104, NV.frm, '"Dr. Carola Hofmeister" <c.hofmeister@aufsicht-finanz.example>',
               "Beschwerdestatistik 2025 - Weserland Versicherung AG", D(3, 30, 10, 45, 0),
               text(body))


# ---------------------------------------------------------------- d206-0105
@mail(105, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "body 'AW: Scan' only; the scanned MRI report of an injured claimant is sent as application/octet-stream PDF")
def _():
    scan = pdf([
        "# Radiologie am Dom - Gemeinschaftspraxis",
        "Befundbericht MRT der Lendenwirbelsäule",
        "",
        "Patientin: Marion Schütte, geb. 30.03.1969",
        "Untersuchung: 11.03.2026, 1,5 T, sag. T1/T2, TIRM, tra. T2",
        "Überweisung: Dr. Rademacher, Allgemeinmedizin",
        "Fragestellung: Lumbalgie seit Verkehrsunfall 10/2025, Ausschluss Fraktur",
        "",
        "Befund: Keine Fraktur, kein Knochenmarködem. Osteochondrose L4/5 und L5/S1 mit",
        "breitbasiger Bandscheibenprotrusion L4/5, rezessale Enge links ohne sichere",
        "Wurzelkompression. Spondylarthrose L4-S1 beidseits. Keine spinale Stenose.",
        "",
        "Beurteilung: Degenerative Veränderungen L4-S1, kein Anhalt für frische",
        "traumatische Läsion.",
        "",
        "Dr. med. K. Wendeborn, Fachärztin für Radiologie",
    ], title="scan_0311.pdf", author="", date="20260324081000", producer="Canon iR-ADV C5840 PDF")
    body = """anbei
"""
    return msg(105, JB.frm, HS.frm, "AW: Scan", D(3, 24, 8, 22, 40),
               mixed(text(body, charset="us-ascii", cte="7bit"),
                     att(scan, "application/octet-stream", "SCAN_20260324_081012.pdf")),
               mid_style=2, in_reply_to=mid(105, 4))
# ---------------------------------------------------------------- d206-0106
@mail(106, "CONFIDENTIAL", "de", "insurer-to-company",
      "company van accident: named employee driver explicitly unhurt, plates, fleet claim number, repair and recourse")
def _():
    body = """Sehr geehrte Frau Hoops,

Ihr Vertrag: Kfz-Flotte FL 9907-02 (Tischlerei Hoops GmbH)
Schaden-Nr.: KF 26-0001623

vielen Dank für die Schadenanzeige. Zusammengefasst: Ihr Mitarbeiter Herr Kevin
Stührenberg stand am 10.03.2026 mit dem Transporter HB-TH 210 an der Ampel
Bremerhavener Heerstraße, als ein nachfolgender Lkw auffuhr. Herr Stührenberg ist
laut Ihrer Anzeige und dem Polizeibericht unverletzt geblieben.

Die Haftung liegt eindeutig beim Lkw-Fahrer. Sie haben zwei Möglichkeiten:

a) Sie wenden sich direkt an den Haftpflichtversicherer des Lkw (Nordsee Assekuranz,
   Schaden-Nr. NA-26-33018). Das ist für Sie ohne Rückstufung.
b) Sie nehmen Ihre Vollkasko in Anspruch (SB 1.000 EUR), wir reparieren sofort und
   holen uns das Geld beim Gegner zurück. Auch dann erfolgt keine Rückstufung, wenn
   wir den Betrag vollständig erstattet bekommen.

Wegen des Nutzungsausfalls Ihres Betriebsfahrzeugs empfehlen wir a) mit einem
Mietfahrzeug, das der Gegner zahlen muss. Sagen Sie uns bitte kurz, wie Sie
vorgehen möchten.

""" + TL.sig + "\n"
    return msg(106, TL.frm, '"Hoops, Kirsten" <k.hoops@tischlerei-hoops.example>',
               "Schadenanzeige HB-TH 210 - KF 26-0001623", D(3, 12, 12, 40, 19), text(body))


# ---------------------------------------------------------------- d206-0107
@mail(107, "NORMAL", "en", "internal",
      "trap: request to the translation service for a German-English glossary of injury terms in medical reports")
def _():
    body = """Hello Translation Service,

for our new English letter templates in bodily injury claims we would like a short,
checked glossary. Could you please review the list below and add the British English
terms where ours are wrong or missing?

Prellung                        contusion / bruise
Schürfwunde                     abrasion
Platzwunde                      laceration
HWS-Distorsion                  whiplash injury / cervical sprain
Schädel-Hirn-Trauma (SHT)       traumatic brain injury (TBI)
Gehirnerschütterung             concussion
Fraktur / Bruch                 fracture
Arbeitsunfähigkeit (AU)         incapacity for work / sick leave
Minderung der Erwerbsfähigkeit  reduction in earning capacity (MdE)
Dauerschaden                    permanent impairment
Schmerzensgeld                  pain and suffering / general damages
Haushaltsführungsschaden        loss of housekeeping capacity
Durchgangsarzt (D-Arzt)         ?? (accident insurance consultant)
Entlassungsbericht              discharge summary

No deadline, but it would be great to have it before the templates go live on 1 April.

""" + CD.sig + "\n"
    return msg(107, CD.frm, '"Sprachendienst" <sprachendienst@weserland-versicherung.example>',
               "Glossary request: injury terms DE-EN", D(3, 4, 9, 18, 22), text(body))


# ---------------------------------------------------------------- d206-0108
@mail(108, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel cancellation accepted because of pregnancy complications (bleeding, bed rest) certified by the gynaecologist")
def _():
    body = """Dear Mrs Jorgensen,

Your travel cancellation insurance: RR 66 310 455
Claim no.: RR 26-0003157
Trip: Bremen - Mauritius, 28 March to 12 April 2026, booking no. TUX-8841207

thank you for the medical certificate from your gynaecologist, Dr Annette Vöge. She
confirms that since 9 March you have had bleeding in the 14th week of pregnancy, that
a threatened miscarriage was diagnosed and that she has ordered strict bed rest and
advised against any long-haul flight. The complications arose after you booked the
trip, so the cancellation is covered.

We will reimburse the cancellation fees charged by the tour operator for you and your
husband:

  Cancellation fee (40 % of EUR 6,980)     EUR 2,792.00
  less deductible (20 %, min. EUR 25)      EUR  -558.40
  Amount payable                           EUR 2,233.60

The payment will be made to the account on file within the next few days.

We wish you all the best for the rest of your pregnancy.

""" + DO.sig + "\n"
    return msg(108, DO.frm, "Camilla Jorgensen <camilla.jorgensen@freemail.example>",
               "Cancellation claim RR 26-0003157", D(3, 25, 15, 17, 30), text(body))


# ---------------------------------------------------------------- d206-0109
@mail(109, "CONFIDENTIAL", "de", "insurer-to-authority",
      "request to the police for the file number of a hit-and-run on a customer's parked car; name, plate, claim number; no injury")
def _():
    body = """Sehr geehrte Damen und Herren,

unsere Versicherungsnehmerin, Frau Wiebke Harjes, hat uns eine Unfallflucht gemeldet:
Ihr geparkter Pkw (Renault Clio, HB-WH 66) wurde in der Nacht vom 14. auf den
15.03.2026 in der Graf-Moltke-Straße von einem unbekannten Fahrzeug beschädigt
(Heck links, Rückleuchte). Verletzt wurde niemand. Frau Harjes hat am 15.03.2026 bei
Ihrem Revier Anzeige erstattet.

Wir regulieren den Schaden über ihre Vollkasko (unser Zeichen VK 26-0009350) und bitten
um Mitteilung

1. des Aktenzeichens des Ermittlungsverfahrens und
2. ob ein Tatverdächtiger ermittelt werden konnte (Kennzeichen, Versicherer),

damit wir gegebenenfalls Regress nehmen können. Eine Akteneinsicht beantragen wir
über unseren Anwalt, sobald das Verfahren abgeschlossen ist.

""" + OY.sig + "\n"
    return msg(109, OY.frm, '"Polizeirevier Schwachhausen" <revier-schwachhausen@polizei.bremen-stadt.example>',
               "Unfallflucht 14./15.03.2026 Graf-Moltke-Straße - Anfrage Aktenzeichen", D(3, 17, 14, 12, 8),
               text(body))


# ---------------------------------------------------------------- d206-0110
@mail(110, "NORMAL", "de", "internal",
      "organisational reply about a meeting room and a projector; no sensitive content")
def _():
    body = """Hallo Marta,

Raum 4.12 ist für Donnerstag von 13 bis 17 Uhr für euch geblockt. Der Beamer dort
ist seit letzter Woche repariert, der HDMI-Adapter liegt in der Schublade unter dem
Fenster. Kaffee und Wasser habe ich bei der Kantine für 18 Personen bestellt.

Wenn ihr länger braucht: ab 17 Uhr ist der Raum frei, ihr müsst nur den Schlüssel
bis 18 Uhr beim Empfang abgeben.

""" + BO.sig + """

-----Ursprüngliche Nachricht-----
Von: Kowalczyk, Marta
Gesendet: Montag, 2. März 2026 10:14
An: Onken, Birte
Betreff: Raum für Schulung 05.03.

Hallo Birte,

kannst du uns für die Schulung am Donnerstag (ca. 18 Leute) einen Raum mit Beamer
reservieren? Am liebsten 4.12.

Danke und Gruß
Marta
"""
    return msg(110, BO.frm, MK.frm, "AW: Raum für Schulung 05.03.", D(3, 2, 11, 2, 5), text(body))


# ---------------------------------------------------------------- d206-0111
@mail(111, "NORMAL", "de", "internal",
      "trap: staff health day (blood pressure, back screening, flu vaccination) announced in windows-1252; no person's data")
def _():
    body = """Liebe Kolleginnen und Kollegen,

am Dienstag, 21. April 2026, findet im Foyer und in der Kantine unser Gesundheitstag
statt. In Zusammenarbeit mit unserer Betriebsärztin und der Krankenkasse bieten wir an:

- Blutdruck- und Blutzuckermessung (anonym, Ergebnis nur für Sie)
- Rückenscreening mit anschließender Kurzberatung
- Hautkrebs-Vorsorge-Beratung (keine Untersuchung)
- Sehtest am Bildschirmarbeitsplatz
- Vortrag "Schlaf und Schichtarbeit" um 12:30 Uhr
- Anmeldung zur Grippeschutzimpfung im Herbst

Die Ergebnisse der Messungen werden nicht gespeichert und nicht an die
Personalabteilung weitergegeben. Eine Anmeldung ist nicht nötig.

Die Teilnahme gilt als Arbeitszeit.

""" + GR.sig + "\n"
    return msg(111, GR.frm, '"Alle Mitarbeitenden Bremen" <alle-bremen@weserland-versicherung.example>',
               "Gesundheitstag am 21. April", D(4, 7, 9, 0, 0),
               text(body, charset="windows-1252", cte="8bit"))


# ---------------------------------------------------------------- d206-0112
@mail(112, "CONFIDENTIAL", "en", "insurer-to-customer",
      "claims-free driving certificate for a UK insurer: customer's name, birth date, policy and claim history")
def _():
    body = """Dear Ms Eastwood,

as requested, here is the confirmation of your claims history for your new insurer in
the United Kingdom. A signed PDF version follows by post to your new address.

  CERTIFICATE OF CLAIMS EXPERIENCE
  Policyholder:    Ms Harriet Eastwood, date of birth 22 September 1990
  Policy:          motor insurance 31/391/7740 (private car)
  Period insured:  1 May 2019 - 31 March 2026 (cancelled due to export of the vehicle)
  Vehicle:         Mini Cooper, HB-HE 222 (last registration)
  No-claims class: SF 6 (German system), corresponding to 6 years without a claim
                   under third-party liability
  Claims:          one comprehensive (windscreen) claim on 3 August 2023, EUR 812,
                   no effect on the no-claims class; no liability claims

We hope this helps to get a good premium in the UK. Safe travels!

""" + TL.sig + "\n"
    return msg(112, TL.frm, "Harriet Eastwood <harriet.eastwood@freemail.example>",
               "Claims experience certificate - policy 31/391/7740", D(3, 31, 10, 20, 40), text(body))


# ---------------------------------------------------------------- d206-0113
@mail(113, "NORMAL", "de", "insurer-to-supplier",
      "trap: order for certified destruction of old claim files including medical reports; no file content")
def _():
    body = """Sehr geehrter Herr Pundt,

wir beauftragen Sie mit der Vernichtung von Papierakten aus unserem Archiv in
Bremen-Hemelingen:

- ca. 340 Archivboxen Kfz- und Haftpflichtschadenakten der Abschlussjahre 2010-2015
  (einschließlich Arztberichten, Gutachten und Krankenhausrechnungen),
- Vernichtung nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-5 (besondere
  Kategorien personenbezogener Daten),
- Abholung in verschlossenen Sicherheitsbehältern durch Ihr Personal, Transport im
  verschlossenen Fahrzeug, Vernichtung am selben Tag,
- Vernichtungsprotokoll mit Gewicht und Behälternummern.

Termin: 20. oder 21. April 2026, ab 7:30 Uhr. Ansprechpartner vor Ort ist Herr
Dirk Segelken vom Archiv (Tel. 0421 5567-1790).

Grundlage ist der Auftragsverarbeitungsvertrag vom 12.01.2024.

""" + BO.sig + "\n"
    return msg(113, BO.frm, '"Pundt Aktenvernichtung GmbH" <auftrag@pundt-akten.example>',
               "Auftrag Aktenvernichtung Archiv Hemelingen", D(3, 30, 15, 5, 51), text(body))


# ---------------------------------------------------------------- d206-0114
@mail(114, "STRICTLY_CONFIDENTIAL", "en", "internal",
      "internal exchange on a claimant's pre-existing degenerative spine disease and earlier physiotherapy to reduce general damages")
def _():
    body = """Henrike,

thanks for your view on Thornbury. Just so I have it right for the solicitor:

> From: Dr. med. Henrike Sasse
> Sent: Wednesday, 25 March 2026 11:42
> To: Claire Donnelly
> Subject: AW: Thornbury KH 25-0401156 - previous back problems?
>
> Hi Claire,
>
> the GP records from Leeds that came with the second bundle show that
> Ms Thornbury had physiotherapy for lower back pain in 2022 (8 sessions) and an
> MRI in 2023 with mild degenerative disc changes at L4/5. The neck was never
> treated before the accident.
>
> So: the whiplash is clearly accident-related and fully recovered by mid-December.
> The lumbar strain in October probably aggravated the pre-existing degeneration
> for a limited time; I would attribute about six weeks to the accident, not the
> six months her solicitor now claims. The anxiety is still undocumented.
>
> Henrike

So I'll keep the EUR 1,800 offer and explain that the lumbar complaints after
mid-November are due to the pre-existing condition. Will send it tomorrow unless
you object.

""" + CD.sig + "\n"
    return msg(114, CD.frm, HS.frm, "RE: Thornbury KH 25-0401156 - previous back problems?",
               D(3, 25, 14, 9, 3), text(body), in_reply_to=mid(114, 4))


# ---------------------------------------------------------------- d206-0115
@mail(115, "CONFIDENTIAL", "de", "insurer-to-claimant",
      "settlement of repair, loss of use and towing for a third party (multipart/alternative): name, plate, IBAN; no injury")
def _():
    plain = """Sehr geehrter Herr Bolte,

Schaden-Nr. KH 26-0044790 - Vorfahrtsunfall am 19.02.2026 in Oyten

Ihr Fahrzeug (Seat Leon, VER-TB 19) ist repariert. Wir rechnen wie folgt ab:

Reparaturrechnung Autohaus Dierks Nr. 26-0488 (direkt an die Werkstatt)   4.366,91 EUR
Abschleppkosten Bruns (direkt)                                             284,20 EUR
Nutzungsausfall 7 Tage x 50 EUR (Gruppe D, kein Mietwagen genommen)        350,00 EUR
Auslagenpauschale                                                           25,00 EUR

An Sie überweisen wir 375,00 EUR auf das Konto DE82 2906 9915 0844 4401 97.

Personenschäden wurden nicht gemeldet; damit ist der Schaden für uns abgeschlossen.

""" + OY.sig + "\n"
    h = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Bolte,</p>
<p><b>Schaden-Nr. KH 26-0044790 - Vorfahrtsunfall am 19.02.2026 in Oyten</b></p>
<p>Ihr Fahrzeug (Seat Leon, VER-TB 19) ist repariert. Wir rechnen wie folgt ab:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Position</th><th>Betrag</th><th>Zahlung an</th></tr>
<tr><td>Reparaturrechnung Autohaus Dierks Nr. 26-0488</td><td align="right">4.366,91 EUR</td><td>Werkstatt</td></tr>
<tr><td>Abschleppkosten Bruns</td><td align="right">284,20 EUR</td><td>Abschleppdienst</td></tr>
<tr><td>Nutzungsausfall 7 Tage x 50 EUR</td><td align="right">350,00 EUR</td><td>Sie</td></tr>
<tr><td>Auslagenpauschale</td><td align="right">25,00 EUR</td><td>Sie</td></tr>
</table>
<p>An Sie überweisen wir <b>375,00 EUR</b> auf das Konto DE82 2906 9915 0844 4401 97.</p>
<p>Personenschäden wurden nicht gemeldet; damit ist der Schaden für uns abgeschlossen.</p>
<p>Viele Grüße<br>Okan Yıldız<br>Schadenregulierung Kfz-Sachschaden<br>
Weserland Versicherung AG, Hafenkante 12, 28217 Bremen<br>Tel. 0421 5567-3207</p>
</body></html>
"""
    return msg(115, OY.frm, "Thorsten Bolte <t.bolte@kabelmail.example>",
               "Abrechnung KH 26-0044790", D(3, 23, 16, 1, 12), alt(text(plain), html(h)))


# ---------------------------------------------------------------- d206-0116
@mail(116, "NORMAL", "en", "newsletter",
      "trap: pensions and life newsletter for English-speaking customers with market figures; no person")
def _():
    plain = """Weserland Life & Pensions - Spring 2026 update (English edition)

1. Guaranteed interest
The maximum technical interest rate for new life and pension contracts in Germany
remains 1.0 % in 2026. Our total return on traditional policies is 3.1 % for 2026.

2. Company pensions
Employees can convert up to EUR 8,112 a year (2026) of gross salary into a direct
insurance policy free of tax and up to EUR 4,056 free of social security
contributions. Ask your employer's HR department whether a group contract exists.

3. Disability cover
One in four employees becomes unable to work before retirement - most often because
of mental illness or back problems. If you only have a pension plan, consider adding
disability income cover while you are young and healthy.

4. Living abroad?
If you move away from Germany, your policies can usually continue. Please tell us
your new address and tax residence.

Weserland Lebensversicherung AG, Hafenkante 12, 28217 Bremen
Unsubscribe: https://www.weserland-versicherung.example/newsletter/en/unsubscribe
"""
    return msg(116, NEWS, "life-news-en@lists.weserland-versicherung.example",
               "Life & Pensions - Spring 2026 update", D(4, 2, 7, 30, 0),
               text(plain, charset="us-ascii", cte="7bit"), mid_style=3,
               extra=[("List-Unsubscribe", "<https://www.weserland-versicherung.example/newsletter/en/unsubscribe>"),
                      ("Precedence", "bulk")])


# ---------------------------------------------------------------- d206-0117
@mail(117, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "fleet claims with injured drivers as ODS to the broker: body harmless, sheet names drivers with injuries and sick leave")
def _():
    o = ods([("Personenschäden 2025", [
        ["Schaden-Nr.", "Datum", "Fahrer/in", "Verletzung", "AU-Tage", "Status", "Aufwand EUR"],
        ["KF 25-0008814", "2025-03-11", "Jens Wiebking", "Rippenprellung, HWS-Distorsion", 12, "abgeschlossen", 2840],
        ["KF 25-0009420", "2025-06-02", "Olga Sorokina", "Unterarmfraktur links, OP", 58, "abgeschlossen", 11210],
        ["KF 25-0010117", "2025-09-23", "Hamid Rahimi", "Schädelprellung, Commotio, 2 Tage stationär", 9, "offen", 4100],
        ["KF 25-0010533", "2025-11-30", "Jens Wiebking", "Knieprellung", 4, "abgeschlossen", 640],
    ]), ("Hinweis", [["Nur für die Risikobesprechung mit dem Kunden; nicht an Dritte weitergeben."]])],
        title="Personenschäden Flotte Weser-Kurierdienst", author="Timo Lüers",
        created="2026-03-26T10:00:00", when=(2026, 3, 26, 10, 0, 0))
    body = """Hallo Herr Tietjen,

für das Jahresgespräch mit Ihrem Kunden Weser-Kurierdienst GmbH (Flotte FL 9911-05)
anbei die gewünschte Auswertung als ODS-Datei.

Kurz vorweg: Die Schadenquote 2025 liegt bei 92 %, wir müssen über den Beitrag und
die Selbstbeteiligung sprechen. Ein Fahrsicherheitstraining würden wir mit 50 %
bezuschussen.

""" + TL.sig + "\n"
    return msg(117, TL.frm, '"Jörn Tietjen" <info@tietjen-makler.example>',
               "Weser-Kurierdienst FL 9911-05 - Auswertung für das Jahresgespräch", D(3, 26, 10, 31, 5),
               mixed(text(body), att(o, "application/vnd.oasis.opendocument.spreadsheet",
                                     "Auswertung_FL9911-05_2025.ods")))


# ---------------------------------------------------------------- d206-0118
@mail(118, "CONFIDENTIAL", "en", "insurer-to-claimant",
      "letter (ODT) to a Dutch claimant about his damaged caravan: name, address, plate, claim number, amount; no injury")
def _():
    o = odt([
        ("h", "Weserland Versicherung AG - Claims Department"),
        "Mr Bram Hoekstra",
        "Lindenlaan 18",
        "8021 XK Zwolle, Netherlands",
        "",
        "Bremen, 30 March 2026",
        ("b", "Your claim KH 26-0046210 - caravan NL plate WV-88-KL, campsite Dümmer, 14 March 2026"),
        "Dear Mr Hoekstra,",
        "Our policyholder reversed his camper van into your parked caravan on the campsite. Nobody was inside "
        "your caravan at the time and nobody was injured. We accept liability in full.",
        ("table", [["Item", "Amount EUR"],
                   ["Repair of the front wall and window (Caravan Service Dümmer, estimate 26-041)", "2,418.00"],
                   ["Loss of use of the caravan, 5 days", "150.00"],
                   ["Expenses (flat rate)", "25.00"],
                   ["Total", "2,593.00"]]),
        "We will pay the total to the account stated in your claim form (NL54 ZEEL 3952 6084 01).",
        "Yours sincerely,",
        "Claire Donnelly, International Motor Claims",
    ], title="Letter Hoekstra KH 26-0046210", author="Claire Donnelly", created="2026-03-30T11:00:00",
        when=(2026, 3, 30, 11, 0, 0))
    body = """Dear Mr Hoekstra,

please find attached our letter regarding your claim. The payment will be made this week.

""" + CD.sig + "\n\n" + DISCLAIMER_EN + "\n"
    return msg(118, CD.frm, "Bram Hoekstra <bram.hoekstra@nlmail.example>",
               "Your claim KH 26-0046210", D(3, 30, 11, 12, 31),
               mixed(text(body, charset="us-ascii", cte="7bit"),
                     att(o, "application/vnd.oasis.opendocument.text", "Letter_KH26-0046210.odt")))


# ---------------------------------------------------------------- d206-0119
@mail(119, "NORMAL", "de", "insurer-to-broker",
      "trap: product description of a telematics tariff with crash detection and emergency call; no customer")
def _():
    body = """Liebe Maklerpartner,

ab Mai bieten wir in der Kfz-Versicherung den Baustein "Weserland DriveSafe" an.
Die wichtigsten Fakten für Ihre Beratung:

- Ein Bluetooth-Sensor an der Windschutzscheibe erkennt Unfälle ab einer bestimmten
  Aufprallstärke und löst über die App einen Notruf aus, wenn der Fahrer nicht
  innerhalb von 60 Sekunden reagiert.
- Die Notrufzentrale erhält Standort und Fahrzeugdaten, aber keine Gesundheitsdaten.
  Verletzungen erfasst sie nur im Gespräch, wenn der Fahrer oder Beifahrer etwas
  dazu sagt – und nur zur Alarmierung des Rettungsdienstes.
- Fahrverhalten (Bremsen, Beschleunigen, Kurven, Nachtfahrten) ergibt einen Score;
  bis zu 30 % Rabatt auf den Haftpflicht- und Kaskobeitrag.
- Teilnahme ab 18 Jahren, besonders interessant für Fahranfänger.

Die Datenschutzinformation und die Produktbroschüre finden Sie im Maklerportal.
Schulungstermine per Videokonferenz: 28.04. und 05.05., jeweils 10 Uhr.

""" + LE.sig + "\n"
    return msg(119, LE.frm, "makler-info@weserland-versicherung.example",
               "Makler-Info: Telematik-Baustein DriveSafe ab Mai", D(4, 8, 8, 0, 0), text(body),
               bcc="makler-verteiler-nord@weserland-versicherung.example", mid_style=3)


# ---------------------------------------------------------------- d206-0120
@mail(120, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-claimant",
      "final payment to an injured passenger: knee contusion and bruised ribs, physiotherapy, pain and suffering, IBAN")
def _():
    body = """Sehr geehrte Frau Claussen,

Schaden-Nr.: KH 26-0040150
Unfall vom 11.01.2026 in Bremen-Walle (Sie waren Beifahrerin im Fahrzeug unseres
Versicherungsnehmers, Herrn Tim Lohmann)

vielen Dank für Ihren Anruf und die Bescheinigung Ihrer Hausärztin. Ihre Beschwerden
– die Prellung des rechten Knies am Armaturenbrett und die Prellung der Rippen durch den
Gurt – sind nach acht Wochen und zwölf Behandlungen Krankengymnastik abgeklungen.
Sie waren drei Wochen krankgeschrieben.

Wir zahlen abschließend:

  Schmerzensgeld                                   1.400,00 EUR
  Zuzahlungen Krankengymnastik und Medikamente        58,30 EUR
  Fahrtkosten zur Therapie (12 x 9 km x 0,30 EUR)     32,40 EUR
  beschädigte Brille (Optik Lürssen, Rechnung)       289,00 EUR
  Gesamt                                          1.779,70 EUR

Der Betrag geht in den nächsten Tagen auf Ihr Konto
DE17 2904 1877 1733 8578 92 (Inhaberin: Femke Claussen).

Ihr Verdienstausfall ist nicht entstanden, da Ihr Arbeitgeber das Gehalt fortgezahlt
hat; dessen Anspruch regeln wir direkt mit ihm.

""" + JB.sig + "\n\n" + FOOT_AG + "\n"
    return msg(120, JB.frm, "Femke Claussen <femke.claussen@netpost.example>",
               "Abschluss Ihres Personenschadens - KH 26-0040150", D(3, 27, 9, 47, 22), text(body))
# ---------------------------------------------------------------- d206-0121
@mail(121, "CONFIDENTIAL", "de", "insurer-to-customer",
      "horse owner's liability: the customer's horse kicked a parked car - names, policy and claim number, amounts; nobody hurt")
def _():
    body = """Hallo Frau Meyerhoff,

vielen Dank für Ihre Schadenmeldung und die Fotos.

Ihr Vertrag: Pferdehalter-Haftpflicht TH 48 220 761 (Stute "Fenna")
Schaden-Nr.: HV 26-0003877

Wie Sie schreiben, hat Fenna am 21.03.2026 beim Verladen auf dem Hof des Reitvereins
in Fischerhude ausgekeilt und die Heckklappe des daneben geparkten Skoda Kodiaq von
Herrn Dr. Uwe Marschall getroffen. Verletzt wurde niemand, auch Fenna ist wohlauf.

Als Tierhalterin haften Sie nach § 833 BGB auch ohne Verschulden; Ihre Versicherung
übernimmt den Schaden. Herr Marschall hat inzwischen einen Kostenvoranschlag über
2.186,40 EUR geschickt, den wir prüfen und direkt mit ihm abrechnen. Ihre
Selbstbeteiligung beträgt 150 EUR; wir verrechnen sie mit der nächsten Beitragszahlung.

""" + KF.sig + "\n"
    return msg(121, KF.frm, "Jana Meyerhoff <jana.meyerhoff@netpost.example>",
               "Ihr Schaden HV 26-0003877 - Pferd / Pkw Marschall", D(3, 25, 11, 2, 56), text(body))


# ---------------------------------------------------------------- d206-0122
@mail(122, "NORMAL", "en", "insurer-to-press",
      "trap: press release on a road-safety campaign for children on bikes with injury statistics; no person")
def _():
    body = """PRESS RELEASE - for immediate release

Weserland launches "Seen on the Way" road-safety campaign for primary school children

Bremen, 9 April 2026 - Weserland Versicherung AG is giving 6,000 high-visibility vests
and bicycle lights to primary schools in Bremen and Lower Saxony. The campaign starts
after the Easter holidays together with the regional traffic police and the
association of cycling instructors.

"Last year we handled 96 claims in which children on bikes or scooters were injured
by cars insured with us - most of them at junctions, most of them in the dark
months," said Hauke Tammen, spokesperson of Weserland. "Almost half involved broken
bones or head injuries. Being seen is the simplest protection there is."

Schools can order the free packages until 30 June at
www.weserland-versicherung.example/gesehen.

About Weserland: Weserland Versicherung AG, founded in 1898 in Bremen, insures
around 640,000 private and business customers in northern Germany.

Press contact: Hauke Tammen, +49 421 5567-1200, presse@weserland-versicherung.example
"""
    return msg(122, HT.frm, '"Editors - Nordwest Tageblatt" <redaktion@nw-tageblatt.example>',
               "Press release: 'Seen on the Way' road-safety campaign for children", D(4, 9, 10, 0, 0),
               text(body, charset="us-ascii", cte="7bit"),
               bcc="presseverteiler-en@lists.weserland-versicherung.example")


# ---------------------------------------------------------------- d206-0123
@mail(123, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "ZIP to a UK solicitor: harmless body, members are a medical summary PDF and a CSV of payments for an injured client")
def _():
    med = pdf([
        "# Weserland Versicherung AG - Medical summary for settlement",
        "Claim KH 25-0401156 - Ms Rebecca Thornbury, date of birth 02 May 1987",
        "",
        "* Documents reviewed",
        "1. Emergency department note, Klinikum Weserbogen, 03/10/2025",
        "2. Report Dr Anil Mehta, Leeds, 15/01/2026",
        "3. GP records (Leeds) 2021-2026",
        "4. Physiotherapy notes, 10 sessions, 10/2025 - 12/2025",
        "",
        "* Findings",
        "Whiplash-associated disorder grade II, neck pain and stiffness, recovered by mid-December 2025.",
        "Lumbar strain superimposed on pre-existing degenerative disc disease L4/5 (MRI 2023,",
        "physiotherapy for low back pain 2022). Accident-related aggravation approx. six weeks.",
        "Anxiety when travelling by car: reported by the claimant, no treatment documented.",
        "",
        "* Conclusion of our medical adviser",
        "No permanent impairment. Accident-related incapacity for work: 3 weeks.",
    ], title="Medical summary KH 25-0401156", author="Dr. med. Henrike Sasse", date="20260401100000")
    pay = """date;payee;item;amount_eur
2025-10-20;Klinikum Weserbogen;emergency treatment 03/10/2025;412.60
2026-04-02;Pemberton Hale client account;pain and suffering;1800.00
2026-04-02;Pemberton Hale client account;physiotherapy (GBP 650);757.40
2026-04-02;Pemberton Hale client account;prescriptions (GBP 18.40);21.44
2026-04-02;Pemberton Hale client account;taxi fare and sundries;60.00
2026-04-02;Pemberton Hale client account;contribution to legal costs;453.87
"""
    z = zipped([("Thornbury_settlement/medical_summary.pdf", med),
                ("Thornbury_settlement/payments.csv", pay)], when=(2026, 4, 2, 9, 30, 0))
    body = """Dear Mr Pemberton,

further to your acceptance of our offer, please find attached the settlement bundle
for your file OP/THO/2611. The password for the archive is not needed - it is not
encrypted, as agreed we send it over our TLS connection.

Payment has been made today.

""" + CD.sig + "\n\n" + DISCLAIMER_EN + "\n"
    return msg(123, CD.frm, '"Oliver Pemberton" <o.pemberton@pembertonhale.example>',
               "Settlement bundle - your ref OP/THO/2611", D(4, 2, 9, 41, 10),
               mixed(text(body, charset="us-ascii", cte="7bit"),
                     att(z, "application/zip", "OP-THO-2611_settlement.zip")))


# ---------------------------------------------------------------- d206-0124
@mail(124, "CONFIDENTIAL", "en", "insurer-to-company",
      "D&O claim notification for a named managing director of a company customer; policy, claim number, allegations (no health)")
def _():
    body = """Dear Mr Lange,

Policy: D&O insurance DO 5501-338, policyholder Nordlicht Software GmbH
Insured person: Mr Henrik Asmussen, managing director until 31 December 2025
Claim no.: DO 26-0000044

thank you for notifying us of the claim made by the company's new shareholders against
Mr Asmussen. As we understand it, they allege that he approved a licence agreement with
a supplier in 2024 without the required shareholder resolution and that the company lost
about EUR 1.2 million as a result.

We confirm that the claim falls within the policy period and that defence costs are
covered in principle. We agree to the appointment of Dr Gesa Hollander (Hollander
Rechtsanwälte) as Mr Asmussen's defence counsel at the hourly rates in the policy.

Please note that Mr Asmussen must not acknowledge any liability or agree any settlement
without our prior consent. We will contact him directly to arrange a meeting.

""" + AS.sig + "\n"
    return msg(124, AS.frm, '"Peter Lange" <p.lange@nordlicht-software.example>',
               "D&O notification DO 26-0000044 - H. Asmussen", D(4, 6, 15, 20, 13), text(body),
               cc='"Sophie Marlow" <s.marlow@harbourside-brokers.example>')


# ---------------------------------------------------------------- d206-0125
@mail(125, "NORMAL", "de", "internal",
      "trap: blood donation drive in the building (blood groups, donor rules), no person's data")
def _():
    body = """Liebe Kolleginnen und Kollegen,

am Mittwoch, 13. Mai 2026, kommt der Blutspendedienst wieder zu uns ins Haus. Das
Spendemobil steht von 9 bis 14 Uhr auf dem Parkplatz vor Tor 1.

Spenden können alle zwischen 18 und 68 Jahren (Erstspende bis 64), die mindestens
50 kg wiegen und sich gesund fühlen. Nicht spenden sollte, wer in den letzten vier
Wochen eine Erkältung, eine Impfung mit Lebendimpfstoff oder eine Tätowierung hatte.
Bitte Personalausweis und, falls vorhanden, den Blutspendeausweis mitbringen.

Besonders gesucht sind die Blutgruppen 0 negativ und B negativ.

Die Spende dauert etwa eine Stunde und gilt als Arbeitszeit. Ihr müsst euch nicht
anmelden; wer eine feste Zeit möchte, kann einen Termin über den Link im Intranet
buchen. Die Buchung sieht nur der Blutspendedienst, nicht die Personalabteilung.

""" + GR.sig + "\n"
    return msg(125, GR.frm, '"Alle Mitarbeitenden Bremen" <alle-bremen@weserland-versicherung.example>',
               "Blutspende am 13. Mai im Haus", D(4, 22, 9, 5, 0), text(body))


# ---------------------------------------------------------------- d206-0126
@mail(126, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "HTML-only reserve review of large injury claims for the team lead: claimants' names, ages, injuries and reserves")
def _():
    h = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Hallo Malte,</p>
<p>für die Reservenkonferenz am Freitag die Personenschäden über 250 TEUR aus meinem Bestand:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<thead><tr style="background:#e8eef5"><th>Schaden</th><th>Geschädigte/r</th><th>Verletzungen</th><th>Reserve alt</th><th>Reserve neu</th><th>Begründung</th></tr></thead>
<tbody>
<tr><td>KH 25-0398812</td><td>Lukas Behrens (26)</td><td>Querschnitt Th12, Rollstuhl</td><td align="right">1.850.000</td><td align="right">2.010.000</td><td>Pflegebedarf 3 h/Tag bestätigt, Umbau Wohnung</td></tr>
<tr><td>KH 25-0402218</td><td>Steffen Cordes (42)</td><td>Humerusschaftfraktur, Radialisparese</td><td align="right">180.000</td><td align="right">260.000</td><td>Rückkehr als Elektroniker unsicher</td></tr>
<tr><td>KH 25-0420033</td><td>Friedrich Hoyer (†)</td><td>tödliches SHT</td><td align="right">60.000</td><td align="right">95.000</td><td>Unterhaltsschaden Witwe</td></tr>
<tr><td>KH 26-0046650</td><td>Ewa Zielińska (35)</td><td>Acetabulumfraktur, Sprunggelenkfraktur</td><td align="right">-</td><td align="right">310.000</td><td>neu; Verdienstausfall Pflegefachkraft</td></tr>
</tbody></table>
<p>Bei Behrens würde ich gern über eine Kapitalisierung der Pflegekosten sprechen, sobald die Familie
dazu bereit ist (Marta sieht das noch nicht).</p>
<p>Mit freundlichen Grüßen<br><br>Jana Brockmann<br>Kfz-Schaden | Team Personenschaden<br>Weserland Versicherung AG<br>
Telefon 0421 5567-3312 | Fax 0421 5567-3390<br>jana.brockmann@weserland-versicherung.example</p>
</body></html>
"""
    return msg(126, JB.frm, MG.frm, "Reservenkonferenz - Personenschäden > 250 TEUR", D(4, 8, 16, 44, 1),
               html(h))


# ---------------------------------------------------------------- d206-0127
@mail(127, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motorcycle theft under partial cover: customer's name, plate, VIN, police file number, keys and valuation")
def _():
    body = """Guten Tag Herr Jacobs,

Ihr Vertrag: Kraftrad 31/440/1932 (Teilkasko, SB 150 EUR)
Schaden-Nr.: TK 26-0020761

wir bestätigen den Eingang Ihrer Diebstahlmeldung für Ihre Yamaha MT-07
(HB-KJ 77, FIN JYARM33E00A0571xx), die in der Nacht zum 29.03.2026 aus der
Tiefgarage Osterdeich 58 gestohlen wurde. Die Anzeige bei der Polizei liegt uns vor
(Tagebuchnummer 0329-2611-4873).

Für die weitere Bearbeitung benötigen wir:

1. beide Originalschlüssel (bitte per Einschreiben an uns),
2. die Zulassungsbescheinigung Teil II,
3. den Kaufvertrag und Rechnungen über Zubehör (Sie nannten einen Auspuff von Akrapovič),
4. die Abmeldebescheinigung der Zulassungsstelle.

Wird das Motorrad nicht innerhalb eines Monats nach Eingang der Meldung
wiedergefunden, zahlen wir den Wiederbeschaffungswert abzüglich der
Selbstbeteiligung. Nach dem ersten Angebot des Sachverständigen liegt er bei etwa
6.300 EUR.

""" + OY.sig + "\n"
    return msg(127, OY.frm, "Kai Jacobs <kai.jacobs@kabelmail.example>",
               "Diebstahl Yamaha MT-07 - TK 26-0020761", D(3, 31, 13, 3, 44), text(body))


# ---------------------------------------------------------------- d206-0128
@mail(128, "NORMAL", "de", "insurer-to-supplier",
      "renewal of the partner workshop network contract: rates and process; company data only")
def _():
    body = """Sehr geehrter Herr Dierks,

unser Partnerwerkstattvertrag läuft zum 30.06.2026 aus. Wir möchten ihn gern um drei
Jahre verlängern und schlagen folgende Änderungen vor:

- Stundenverrechnungssätze Mechanik/Karosserie/Lack: +4,5 % ab 01.07.2026, danach
  jährlich nach Index
- Hol- und Bringservice weiterhin kostenlos im Umkreis von 30 km
- Ersatzfahrzeug für Kunden der Weserland für die gesamte Reparaturdauer
- Reparaturfreigabe innerhalb von 24 Stunden über das Werkstattportal; Fotos nur
  über das Portal, nicht per WhatsApp
- Qualitätsaudit einmal jährlich durch unseren Außendienst

Könnten wir die Einzelheiten in einem Termin bei Ihnen in Delmenhorst besprechen?
Vorschläge: 21., 22. oder 28. April.

""" + OY.sig + "\n"
    return msg(128, OY.frm, '"Autohaus Dierks GmbH - Geschäftsleitung" <gl@autohaus-dierks.example>',
               "Verlängerung Partnerwerkstattvertrag ab 07/2026", D(4, 10, 10, 31, 57), text(body),
               cc=BO.frm)


# ---------------------------------------------------------------- d206-0129
@mail(129, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "grey zone: short acknowledgement naming the client and his 'claim for pain and suffering' - implies he was injured")
def _():
    body = """Sehr geehrter Herr Rechtsanwalt Tiedemann,

Ihr Mandant: Herr Marvin Sturm
Ihr Zeichen: 88/26 T
Unser Zeichen: KH 26-0047912

wir bestätigen den Eingang Ihres Schreibens vom 30.03.2026, mit dem Sie für Ihren
Mandanten ein Schmerzensgeld sowie Verdienstausfall geltend machen.

Unser Versicherungsnehmer hat den Unfall vom 14.03.2026 bisher nicht gemeldet; wir
haben ihn um Stellungnahme gebeten. Sobald sie vorliegt und wir die polizeiliche
Ermittlungsakte eingesehen haben, kommen wir unaufgefordert auf die Sache zurück.

Bitte senden Sie uns bis dahin die ärztlichen Unterlagen Ihres Mandanten zusammen
mit einer Schweigepflichtentbindung.

""" + JB.sig + "\n"
    return msg(129, JB.frm, '"Kanzlei Tiedemann" <sekretariat@ra-tiedemann.example>',
               "Ihr Mandant M. Sturm - Ihr Zeichen 88/26 T - KH 26-0047912", D(4, 2, 8, 55, 39),
               text(body))


# ---------------------------------------------------------------- d206-0130
@mail(130, "CONFIDENTIAL", "de", "insurer-to-lawyer",
      "grey-zone counterpart: lawyer's mandate acknowledged for vehicle damage only; client name and claim number, no injury claimed")
def _():
    body = """Sehr geehrte Frau Rechtsanwältin Drewes,

Ihre Mandantin: Frau Tanja Hellwig
Ihr Zeichen: 102/26 SD
Unser Zeichen: KH 26-0046988

wir bestätigen den Eingang Ihrer Vollmacht und Ihres Schreibens vom 27.03.2026. Sie
machen für Ihre Mandantin ausschließlich den Fahrzeugschaden (Reparaturkosten laut
Gutachten 6.118,20 EUR, Sachverständigenkosten, Nutzungsausfall, Pauschale) geltend;
Personenschäden werden nach Ihrem Schreiben nicht geltend gemacht.

Die Haftung unseres Versicherungsnehmers ist unstreitig. Die Regulierung erfolgt nach
Prüfung des Gutachtens durch unseren Prüfdienstleister in etwa zehn Tagen. Ihre
Gebühren erstatten wir nach dem Gegenstandswert der berechtigten Forderung.

""" + OY.sig + "\n"
    return msg(130, OY.frm, '"Kanzlei Drewes & Partner" <kanzlei@drewes-partner.example>',
               "Ihre Mandantin T. Hellwig - Ihr Zeichen 102/26 SD - KH 26-0046988", D(4, 1, 14, 27, 3),
               text(body))


# ---------------------------------------------------------------- d206-0131
@mail(131, "NORMAL", "en", "internal",
      "trap: DPIA summary for an AI tool triaging medical reports in injury claims; describes data categories, no person")
def _():
    body = """Dear members of the AI steering group,

here is the summary of the data protection impact assessment for the pilot "BI Triage"
(automatic sorting of incoming medical documents in bodily injury claims):

Purpose: classify incoming documents (discharge summaries, specialist reports,
invoices, sick notes) and suggest the next step to the claims handler. No automated
decisions on claims.

Data: health data of claimants (Art. 9 GDPR), incl. diagnoses and ICD-10 codes,
treatment details and incapacity periods. No data of our own staff.

Main risks and measures:
1. Unauthorised access - processing only in our own data centre, no cloud service;
   access limited to the bodily injury team.
2. Wrong classification - a human checks every suggestion; error rate in the test
   with 2,000 historical documents: 4.1 %.
3. Training data - only documents from closed claims, pseudonymised; deleted after
   the pilot.
4. Transparency - the privacy notice for claimants will be amended.

Result: residual risk acceptable; consultation of the supervisory authority not required.
The full DPIA is in the DPO's folder.

""" + NV.sig + "\n"
    return msg(131, NV.frm, '"AI Steering Group" <ki-lenkungskreis@weserland-versicherung.example>',
               "DPIA summary - pilot BI Triage", D(4, 14, 11, 51, 25), text(body))


# ---------------------------------------------------------------- d206-0132
@mail(132, "CONFIDENTIAL", "en", "insurer-to-customer",
      "rental car excess refund after a parking scrape in Portugal: customer's name, policy, claim number, amounts; no injury")
def _():
    body = """Dear Mr Fairbanks,

Your policy: rental car excess insurance RE 90 117 832
Claim no.: RE 26-0000907

thank you for your claim. The rental company (AutoSol Faro) charged your credit card
EUR 850.00 of the excess after the car was scraped against a pillar in a car park in
Lagos on 19 March. The damage report and the final invoice you sent show the damage
to the rear bumper and the passenger door; no other vehicle or person was involved.

Your policy reimburses the excess up to EUR 2,000 without a deductible, so we will
refund the full EUR 850.00. The additional "administration fee" of EUR 60 charged by
AutoSol is also covered.

Total: EUR 910.00, paid to your account within five working days.

""" + DO.sig + "\n"
    return msg(132, DO.frm, "Gareth Fairbanks <g.fairbanks@freemail.example>",
               "Rental excess claim RE 26-0000907", D(4, 7, 16, 14, 28), text(body))


# ---------------------------------------------------------------- d206-0133
@mail(133, "NORMAL", "de", "internal",
      "trap: internal audit of bodily-injury files - counts of missing release forms and late medical reports, no file named")
def _():
    body = """Hallo Malte,

das Ergebnis der Aktenprüfung Personenschaden 1. Quartal in Kurzform (Stichprobe
40 Akten, zufällig gezogen, Kfz und AH):

- In 12 Akten fehlte die Schweigepflichtentbindung, obwohl Arztberichte angefordert
  wurden. In 3 davon lagen trotzdem Befunde vor (Anwalt hat sie direkt geschickt).
- In 9 Akten wurde der erste Befundbericht erst nach mehr als 60 Tagen angefordert.
- Vorschüsse auf das Schmerzensgeld: in 27 von 31 geeigneten Fällen gezahlt.
- Reserven: 6 Akten unterreserviert um mehr als 20 %, 2 davon Frakturen mit OP.
- Positiv: Reha-Management in allen Fällen mit stationärem Aufenthalt über 14 Tage
  eingeschaltet.

Die Liste mit den Aktenzeichen gebe ich dir persönlich; sie gehört nicht in Mails.
Vorschlag: kurze Schulung zur Schweigepflichtentbindung in der Teamrunde im Mai.

Viele Grüße
Interne Revision, Prüfgruppe Schaden
"""
    return msg(133, '"Interne Revision" <revision@weserland-versicherung.example>', MG.frm,
               "Aktenprüfung Personenschaden Q1/2026 - Ergebnis", D(4, 15, 13, 7, 34), text(body))


# ---------------------------------------------------------------- d206-0134
@mail(134, "NORMAL", "de", "internal",
      "trap: settlement agreement template (DOCX) with placeholders for injured party, injuries and amounts")
def _():
    d = docx([
        ("h", "Abfindungserklärung Personenschaden (Muster)"),
        "Schaden-Nr.: «Schadennummer»",
        "Geschädigte/r: «Vorname Nachname», geb. «Geburtsdatum», «Anschrift»",
        "Schadenereignis: Verkehrsunfall vom «Datum» in «Ort»",
        "Verletzungen (laut ärztlichen Unterlagen): «Verletzungen»",
        "",
        "Gegen Zahlung eines Betrages von «Betrag» EUR erkläre ich mich wegen aller Ansprüche aus dem "
        "oben genannten Schadenereignis – gleich aus welchem Rechtsgrund, bekannt oder unbekannt, "
        "vorhersehbar oder nicht vorhersehbar – für abgefunden.",
        ("b", "Vorbehalt (optional, nicht Zutreffendes streichen)"),
        "Ausgenommen sind Ansprüche wegen künftiger materieller Schäden aus «Verletzung», soweit sie nicht "
        "auf Sozialversicherungsträger oder sonstige Dritte übergehen.",
        "",
        "«Ort», «Datum»            ________________________ (Unterschrift Geschädigte/r)",
        ("b", "Hinweis für die Sachbearbeitung"),
        "Bei Minderjährigen unterschreiben beide Sorgeberechtigten; ab 15.000 EUR Genehmigung des Familiengerichts prüfen.",
    ], title="Muster Abfindungserklärung", author="Thomas Wübbena", created="2026-04-16T08:00:00Z",
        when=(2026, 4, 16, 8, 0, 0))
    body = """Hallo zusammen,

die überarbeitete Abfindungserklärung (Stand April 2026) liegt bei. Geändert haben
sich der Vorbehalt für künftige materielle Schäden und der Hinweis zu Minderjährigen.
Bitte die Felder in «» immer vollständig füllen; die Erklärung nicht mit leeren
Platzhaltern an Anwälte schicken.

""" + TW.sig + "\n"
    return msg(134, TW.frm, '"Team Personenschaden" <personenschaden@weserland-versicherung.example>',
               "Neues Muster Abfindungserklärung", D(4, 16, 8, 21, 9),
               mixed(text(body), att(d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     "Muster_Abfindungserklaerung_2026-04.docx")))


# ---------------------------------------------------------------- d206-0135
@mail(135, "CONFIDENTIAL", "de", "insurer-to-customer",
      "stepson added to a family liability policy: his name and birth date, policy numbers; no health content")
def _():
    body = """Liebe Frau Wübben, lieber Herr Wübben,

wie gewünscht haben wir Mika, der seit März bei Ihnen wohnt, in Ihre
Familien-Privathaftpflicht aufgenommen:

  Vertrag:           PH 44 611 087
  mitversichert neu: Mika Sander, geb. 17.09.2012 (Stiefsohn, im Haushalt lebend)

Kinder und Stiefkinder, die mit Ihnen in häuslicher Gemeinschaft leben, sind in der
Familien-Haftpflicht beitragsfrei mitversichert; Ihr Beitrag ändert sich also nicht.
Eine neue Police schicken wir Ihnen nicht; diese Nachricht genügt als Bestätigung.

Übrigens: Ihre Hausratversicherung (HR 52 098 331) hat eine Versicherungssumme von
52.000 EUR. Mit einem zusätzlichen Kinderzimmer lohnt sich vielleicht ein Blick darauf.

""" + FO.sig + "\n"
    return msg(135, FO.frm, "familie.wuebben@kabelmail.example",
               "Mika ist jetzt mitversichert - PH 44 611 087", D(4, 13, 14, 50, 41), text(body))
# ---------------------------------------------------------------- d206-0136
@mail(136, "NORMAL", "en", "insurer-to-partner",
      "trap: notice to foreign insurers about our claims representative for accidents abroad; no claim data")
def _():
    body = """Dear colleagues,

please note that from 1 May 2026 Weserland Versicherung AG has appointed new claims
representatives under the Motor Insurance Directive for accidents involving injured
parties resident in your countries:

  Netherlands:    Zeeuwse Schaderegeling B.V., Middelburg
  United Kingdom: Harland Loss Adjusters Ltd, Manchester
  Ireland:        Byrne Claims Services, Dublin
  Poland:         Likwidacja Szkód Bałtyk Sp. z o.o., Gdańsk

Injured parties and their representatives can submit claims for property damage and
bodily injury in their own language to these representatives, who will settle them on
our behalf under the law of the country where the accident happened.

The updated list will be published in the national information centres' databases.
Contact for questions: international.claims@weserland-versicherung.example

""" + CD.sig + "\n"
    return msg(136, CD.frm, "international.claims@weserland-versicherung.example",
               "Appointment of claims representatives from 1 May 2026", D(4, 20, 9, 0, 0),
               text(body), bcc="foreign-insurers@lists.weserland-versicherung.example")


# ---------------------------------------------------------------- d206-0137
@mail(137, "NORMAL", "en", "internal",
      "trap: process note on handling English whiplash claims via the UK portal; describes steps, no claimant")
def _():
    body = """Hi Jana,

following your question this morning - how we handle injury claims that English
solicitors submit through their claims portal:

1. The UK claims portal is only for accidents in England and Wales. For accidents in
   Germany the solicitor must write to us (or our UK representative) directly; we
   reply with our standard letter explaining that German law applies.
2. We never accept a "medical report" from the UK fixed-fee system as sufficient on
   its own; we ask for the GP records for the three years before the accident, with
   a signed release.
3. Whiplash tariff amounts under English law do not apply; we assess general damages
   under German law and say so in the first letter.
4. Costs: we pay the statutory German fee on the settlement value, not English costs.

The template letters are in the system under "INT-BI-01" to "INT-BI-04". If you get
one of these files by mistake, just reassign it to the international desk.

""" + CD.sig + "\n"
    return msg(137, CD.frm, JB.frm, "UK solicitors and injury claims - how we handle them", D(4, 9, 14, 16, 2),
               text(body, charset="us-ascii", cte="7bit"))


# ---------------------------------------------------------------- d206-0138
@mail(138, "CONFIDENTIAL", "en", "insurer-to-customer",
      "storm damage to an insured house: customer's name, address, policy and claim number, roofer's quote; no injury")
def _():
    body = """Dear Mr and Mrs Whitaker,

Your buildings policy: WG 71 014 552
Claim no.: WG 26-0013380 - storm on 17 February 2026
Insured property: Am Hohen Ufer 6, 28759 Bremen

thank you for the photos and the roofer's quote. The weather service confirms wind
speeds of force 9-10 in Bremen-Nord on that day, so the storm cover applies.

We accept:
- replacing about 40 roof tiles and the ridge capping (Dachdecker Ahlborn, quote
  no. 26-118): EUR 3,840.50
- scaffolding: EUR 1,100.00
- emergency tarpaulin on the evening of the storm: EUR 290.00

The damaged garden shed (EUR 650) is not part of the building insurance unless it is
listed in the policy, which it is not. The greenhouse glass would fall under your
contents policy - you do not have one with us.

Total payable: EUR 5,230.50, paid directly to the roofer once the work is done, or to
you if you prefer - please let us know.

""" + KF.sig + "\n"
    return msg(138, KF.frm, "Paul Whitaker <paul.whitaker@freemail.example>",
               "Storm damage claim WG 26-0013380", D(3, 4, 14, 47, 17), text(body),
               cc="Helen Whitaker <helen.whitaker@freemail.example>")


# ---------------------------------------------------------------- d206-0139
@mail(139, "NORMAL", "de", "internal",
      "trap: sick-leave rates by department for the health management committee, aggregated with small units merged")
def _():
    body = """Liebe Mitglieder des Arbeitskreises Gesundheit,

anbei die Krankenstände 2025 nach Bereichen (Anteil der Arbeitsunfähigkeitstage an
den Sollarbeitstagen). Bereiche mit weniger als 15 Beschäftigten sind zusammengefasst,
damit keine Rückschlüsse auf Einzelne möglich sind.

Bereich                           Beschäftigte   Krankenstand 2025   2024
Kfz-Schaden                            112            6,8 %          6,1 %
Haftpflicht/Sach-Schaden                84            5,9 %          6,2 %
Kundenservice                           96            7,4 %          7,9 %
Leben/Kranken Leistung                  71            5,2 %          5,5 %
IT                                      63            3,9 %          4,1 %
Verwaltung und übrige Bereiche         118            4,6 %          4,8 %
gesamt                                 544            5,8 %          5,9 %

Die Krankenkasse hat uns außerdem den anonymen Gesundheitsbericht geschickt:
häufigste Ursachen sind Atemwegserkrankungen, Muskel-Skelett-Erkrankungen und
psychische Erkrankungen. Im Kfz-Schaden fällt der Anstieg der psychischen
Diagnosen auf – Thema für unsere nächste Sitzung (Belastung durch schwere
Personenschäden und Gespräche mit Hinterbliebenen?).

""" + GR.sig + "\n"
    return msg(139, GR.frm, '"AK Gesundheit" <ak-gesundheit@weserland-versicherung.example>',
               "Krankenstand 2025 nach Bereichen", D(4, 21, 10, 33, 15), text(body))


# ---------------------------------------------------------------- d206-0140
@mail(140, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
      "recourse by the employers' liability insurance association for a commuting accident: injured employee, fractures, injury pension")
def _():
    body = """Sehr geehrter Herr Brandes,

Ihr Zeichen: 5 26 04471 / Regress
Ihr Versicherter: Herr Mirko Haase, geb. 11.11.1977
Arbeitgeber: Spedition Kleensiek GmbH, Stuhr
Unfall: Wegeunfall vom 08.10.2025, B 6 Stuhr-Brinkum (Motorrad)
Unser Zeichen: KH 25-0389930

vielen Dank für Ihre Regressanmeldung nach § 116 SGB X. Die Haftung unseres
Versicherungsnehmers, der beim Linksabbiegen den entgegenkommenden Herrn Haase
übersehen hat, erkennen wir zu 100 % an.

Nach Ihrer Aufstellung haben Sie bisher geleistet:

- Heilbehandlung (Klinikum, BG-Unfallklinik, Reha) wegen Oberschenkelschaftfraktur
  links, offener Unterschenkelfraktur links und Beckenprellung   68.412,90 EUR
- Verletztengeld 10.10.2025 - 31.03.2026                           21.870,40 EUR
- Hilfsmittel (Orthesen, Rollstuhl leihweise)                       2.315,00 EUR

Sie kündigen eine Verletztenrente nach einer MdE von 30 % ab Mai 2026 an. Für die
Kapitalisierung bitten wir um das Rentengutachten, sobald es vorliegt.

Den Betrag von 92.598,30 EUR zahlen wir nach Eingang der Einzelbelege innerhalb von
30 Tagen. Die Teilungsabkommen zwischen unseren Häusern finden hier keine Anwendung,
da die Schadenhöhe die Grenze übersteigt.

""" + TW.sig + "\n\n" + FOOT_AG + "\n"
    return msg(140, TW.frm, '"BG Handel und Lager Nord - Regress" <regress@bg-hln.example>',
               "Regress 5 26 04471 Haase / KH 25-0389930", D(4, 13, 10, 10, 10), text(body))


# ---------------------------------------------------------------- d206-0141
@mail(141, "CONFIDENTIAL", "en", "insurer-to-customer",
      "cyber policy for a sole-trader designer: her name, policy number, turnover and bank data; no health content")
def _():
    body = """Dear Ms Lindgren,

thank you for choosing our cyber insurance for your design studio. Your policy is
now in force:

  Policyholder:    Sofia Lindgren, trading as "Lindgren Studio" (sole trader)
  Policy:          CY 2.004.618
  Period:          1 April 2026 - 1 April 2027, renewing annually
  Sum insured:     EUR 250,000 (own damage and third-party liability combined)
  Deductible:      EUR 500
  Turnover basis:  EUR 138,000 (2025, as declared)
  Annual premium:  EUR 389.70 incl. insurance tax
  Direct debit:    IBAN DE10 4405 0911 5431 1605 40, mandate WVAG-CY2004618

Please keep your backups offline and enable two-factor authentication on your
e-mail account - both are conditions of the policy (section B 3).

Our 24/7 cyber hotline for emergencies: +49 421 5567-9100.

""" + AS.sig + "\n"
    return msg(141, AS.frm, "Sofia Lindgren <hello@lindgren-studio.example>",
               "Your cyber insurance CY 2.004.618", D(3, 30, 12, 12, 12), text(body))


# ---------------------------------------------------------------- d206-0142
@mail(142, "NORMAL", "en", "internal",
      "trap: lunch-and-learn on reading a discharge summary with a fictitious patient 'Jane Doe (fictitious)' and ICD codes")
def _():
    body = """Hi all,

next Lunch & Learn: "How to read a hospital discharge summary" with Dr Henrike Sasse.

  Thursday, 7 May 2026, 12:15-13:00, canteen room B (bring your lunch)

We will go through a fictitious example in English and German:

  Patient: Jane Doe (fictitious), 45
  Diagnoses: S82.18 fracture of the proximal tibia (left); S06.0 concussion
  Procedures: 5-794.k1 open reduction, internal fixation
  Discharge: partial weight bearing 20 kg for six weeks, thrombosis prophylaxis

Questions we will cover: which information matters for a liability claim, what the
codes mean, how to estimate sick leave, and what not to copy into letters to lawyers.

No real patient data will be shown.

""" + CD.sig + "\n"
    return msg(142, CD.frm, '"Intl Motor Claims" <intl-motor-claims@weserland-versicherung.example>',
               "Lunch & Learn 7 May: reading a discharge summary", D(4, 23, 15, 2, 44), text(body),
               cc='"Team Personenschaden" <personenschaden@weserland-versicherung.example>')


# ---------------------------------------------------------------- d206-0143
@mail(143, "NORMAL", "de", "internal",
      "trap: agenda for the large-loss conference (injury reserves, rehab) without any case details")
def _():
    body = """Hallo zusammen,

die Tagesordnung für die Großschadenkonferenz am Freitag, 24. April, 9:00 Uhr,
Raum 6.01:

1. Neue Großschäden seit der letzten Konferenz (Personenschäden > 250 TEUR,
   Sachschäden > 500 TEUR) – Vorstellung durch die Sachbearbeitung
2. Reservenanpassungen, insbesondere Pflege- und Verdienstausfallkomponenten
3. Stand Reha-Management (Marta)
4. Regresse gegen Sozialversicherungsträger und Berufsgenossenschaften
5. Rückversicherung: Meldungen an Baltic Re (Priya)
6. Verschiedenes

Unterlagen zu den Einzelfällen bringt bitte jede/r zur Sitzung mit bzw. zeigt sie aus
der E-Akte. Bitte keine Fallübersichten per Mail im großen Verteiler verschicken.

""" + MG.sig + "\n"
    return msg(143, MG.frm, '"Großschadenkonferenz" <gs-konferenz@weserland-versicherung.example>',
               "TO Großschadenkonferenz 24.04.", D(4, 20, 16, 30, 4), text(body))


# ---------------------------------------------------------------- d206-0144
@mail(144, "NORMAL", "de", "internal",
      "trap: ODS statistics of reserves by claim type (bodily injury vs. property) per quarter, aggregated")
def _():
    o = ods([("Reserven nach Schadenart", [
        ["Quartal", "Schadenart", "Anzahl offen", "Reserve EUR", "davon Pflege EUR", "davon Schmerzensgeld EUR"],
        ["Q2/2025", "Personenschaden", 1118, 51240000, 14200000, 9810000],
        ["Q2/2025", "Sachschaden", 4012, 5210000, 0, 0],
        ["Q3/2025", "Personenschaden", 1131, 53980000, 15050000, 10120000],
        ["Q3/2025", "Sachschaden", 4188, 5390000, 0, 0],
        ["Q4/2025", "Personenschaden", 1107, 58880000, 17330000, 10400000],
        ["Q4/2025", "Sachschaden", 4212, 5120000, 0, 0],
        ["Q1/2026", "Personenschaden", 1125, 60110000, 17900000, 10650000],
        ["Q1/2026", "Sachschaden", 4390, 5560000, 0, 0],
    ])], title="Reserven nach Schadenart", author="Priya Raman", created="2026-04-10T09:00:00",
        when=(2026, 4, 10, 9, 0, 0))
    body = """Hallo Malte,

wie gewünscht die Entwicklung der Reserven nach Schadenart für die letzten vier Quartale
als ODS-Datei (Kfz-Haftpflicht und Allgemeine Haftpflicht zusammen). Auffällig ist der
Anstieg der Pflegekomponente um 26 % in einem Jahr.

""" + PR.sig + "\n"
    return msg(144, PR.frm, MG.frm, "Reserven nach Schadenart Q2/2025-Q1/2026", D(4, 10, 9, 18, 40),
               mixed(text(body), att(o, "application/vnd.oasis.opendocument.spreadsheet",
                                     "Reserven_Schadenart_Q1-2026.ods")))


# ---------------------------------------------------------------- d206-0145
@mail(145, "CONFIDENTIAL", "en", "insurer-to-customer",
      "pet health insurance: the customer's dog's vet bill (cruciate ligament surgery), owner's name, policy, IBAN - animal health only")
def _():
    body = """Dear Mrs Holloway,

Your pet health policy: TK 49 301 884 - dog "Baxter", Labrador, born 2021
Claim no.: TV 26-0000612

we have received the invoice from Tierklinik am Weserdeich for Baxter's operation on
10 March 2026: rupture of the cranial cruciate ligament of the right knee, treated with
TPLO surgery, two nights in the clinic and follow-up checks.

  Invoice total (fee scale for vets, factor 2.0)   EUR 2,946.30
  Covered at 90 % after deductible of EUR 250      EUR 2,426.67

We will pay EUR 2,426.67 to IBAN DE02 2904 1877 1227 2797 36 (account holder:
Rachel Holloway). Physiotherapy for Baxter is covered too, up to EUR 300 a year -
please send us those invoices when you have them.

Get well soon, Baxter!

""" + KF.sig + "\n"
    return msg(145, KF.frm, "Rachel Holloway <rachel.holloway@freemail.example>",
               "Baxter's operation - claim TV 26-0000612", D(4, 1, 11, 40, 5), text(body))


# ---------------------------------------------------------------- d206-0146
@mail(146, "NORMAL", "en", "insurer-to-broker",
      "trap: income protection product update for brokers with underwriting rules on mental health and back conditions; no client")
def _():
    body = """Dear broker partners,

from 1 June 2026 our income protection product (Weserland IP Plus) changes as follows:

- Simplified underwriting up to a monthly benefit of EUR 2,500 for applicants under 40:
  only five health questions (hospital stays, psychotherapy, back and joint problems,
  HIV, ongoing medication) covering the last five years.
- Psychotherapy ended more than three years ago without relapse no longer leads to an
  exclusion clause automatically.
- Back problems: a single episode of lower back pain treated with physiotherapy only is
  accepted at standard terms.
- New option for students of medicine, law and engineering.

The revised underwriting guide and the broker presentation are available in the broker
portal. Please do not send us your clients' health information by e-mail - use the
application module in the portal.

""" + LE.sig + "\n"
    return msg(146, LE.frm, "broker-info-en@weserland-versicherung.example",
               "Product update: Weserland IP Plus from 1 June 2026", D(4, 27, 8, 0, 0), text(body),
               bcc="broker-partners-en@lists.weserland-versicherung.example", mid_style=3)


# ---------------------------------------------------------------- d206-0147
@mail(147, "NORMAL", "de", "internal",
      "trap: draft privacy notice for injured third parties (Art. 14 GDPR) listing health data as a category; no person")
def _():
    body = """Hallo Web-Team,

bitte ersetzt auf der Seite "Datenschutz > Geschädigte" den Text ab Abschnitt 2 durch
den folgenden Entwurf (freigegeben von der Rechtsabteilung):

2. Welche Daten verarbeiten wir?
Wenn Sie Ansprüche gegen eine bei uns versicherte Person geltend machen, verarbeiten
wir Ihre Kontaktdaten, Angaben zum Schadenhergang, Fahrzeug- und Bankdaten sowie –
bei Personenschäden – Gesundheitsdaten wie Diagnosen, Behandlungsberichte und
Arbeitsunfähigkeitszeiten. Diese Daten erhalten wir von Ihnen, Ihrem Anwalt, der
Polizei, Ärzten und Krankenhäusern (mit Ihrer Schweigepflichtentbindung) und
Sozialversicherungsträgern.

3. Zu welchem Zweck und auf welcher Rechtsgrundlage?
Zur Prüfung und Regulierung Ihrer Ansprüche (Art. 6 Abs. 1 lit. c und f DSGVO;
Gesundheitsdaten: Art. 9 Abs. 2 lit. f DSGVO).

4. Wie lange?
Grundsätzlich zehn Jahre nach Abschluss der Regulierung, bei Rentenzahlungen
länger.

Bitte bis Ende April online stellen und mir kurz Bescheid geben.

""" + NV.sig + "\n"
    return msg(147, NV.frm, '"Web-Redaktion" <web-redaktion@weserland-versicherung.example>',
               "Datenschutzhinweis für Geschädigte - neuer Text", D(4, 24, 11, 3, 37), text(body))


# ---------------------------------------------------------------- d206-0148
@mail(148, "NORMAL", "de", "internal",
      "trap: travel approval for a traffic-law conference with working groups on shock damages and pain and suffering; no case")
def _():
    body = """Hallo Thomas,

deine Dienstreise zum Verkehrsrechtstag Nord in Lüneburg (03.-05.06.2026) ist
genehmigt. Hotel ist gebucht (2 Nächte, Zimmer mit Frühstück), die Bahntickets
kommen per Mail vom Reisebüro.

Du bist für die Arbeitskreise eingetragen:
- AK II "Schockschäden bei Angehörigen – Schmerzensgeld nach dem Tod naher
  Angehöriger"
- AK V "Haushaltsführungsschaden – Tabellen oder Einzelfall?"

Bitte bring nach der Tagung eine kurze Zusammenfassung für den Arbeitskreis
Personenschaden mit.

""" + MG.sig + "\n"
    return msg(148, MG.frm, TW.frm, "Genehmigt: Verkehrsrechtstag Nord 03.-05.06.", D(4, 28, 9, 12, 0),
               text(body, cte="8bit", flowed=True), mid_style=1)


# ---------------------------------------------------------------- d206-0149
@mail(149, "NORMAL", "en", "insurer-to-applicant",
      "acknowledgement of a job application (applicant's name only, no CV data, no health or salary data)")
def _():
    body = """Dear Mr Mensah,

thank you for your application for the position of Claims Handler Bodily Injury
(English-speaking), reference 2026-041.

We have received your documents and will review them carefully. You will hear from us
by 15 May 2026 at the latest. If you are invited to an interview, it will take place
in Bremen or by video call.

Please note our privacy notice for applicants at
www.weserland-versicherung.example/karriere/datenschutz. Your documents will be deleted
six months after the end of the selection process unless you agree to be kept in our
talent pool.

""" + GR.sig + "\n"
    return msg(149, GR.frm, "Kwame Mensah <kwame.mensah@freemail.example>",
               "Your application - Claims Handler Bodily Injury (2026-041)", D(4, 27, 16, 20, 0),
               text(body), mid_style=3)


# ---------------------------------------------------------------- d206-0150
@mail(150, "NORMAL", "en", "insurer-to-prospect",
      "reply to a prospect asking for a visit: opening hours and directions; no contract data")
def _():
    body = """Dear Ms Abiodun,

thank you for your message. You are very welcome to visit us to talk about insurance
for your new café.

Our customer centre is on the ground floor of our head office:

  Weserland Versicherung AG, Hafenkante 12, 28217 Bremen
  Monday to Thursday 8:00-18:00, Friday 8:00-15:00

Please note that from 4 May the entrance moves to the side of the building facing the
river, as the main entrance is being renovated. Tram lines 3 and 5 stop right outside
(stop "Hafenkante"); parking is available in the multi-storey car park next door.

It is best to book an appointment with our business customer team so that a colleague
who speaks English is available: +49 421 5567-2900.

""" + FO.sig + "\n"
    return msg(150, FO.frm, "Folake Abiodun <folake.abiodun@freemail.example>",
               "Re: Visit to discuss insurance for my café", D(4, 29, 10, 44, 19), text(body),
               in_reply_to="<f.abiodun-0428-2201@freemail.example>")

# ===========================================================================
# END OF MAILS - writing and checking
# ===========================================================================

def build(outdir):
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(MAILS):
        label, lang, kind, reason, fn = MAILS[n]
        m = fn()
        name = "%s%04d.eml" % (PREFIX, n)
        data = m.as_bytes(policy=SMTP)
        with open(os.path.join(outdir, "mails", name), "wb") as f:
            f.write(data)
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


class Problems(list):
    def add(self, where, what):
        self.append("%s: %s" % (where, what))


def _check_xml(where, name, data, probs):
    try:
        ET.fromstring(data)
    except ET.ParseError as e:
        probs.add(where, "XML %s does not parse: %s" % (name, e))


def _check_zip_like(where, fname, data, probs, depth=0):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        probs.add(where, "%s is not a ZIP: %s" % (fname, e))
        return
    bad = z.testzip()
    if bad:
        probs.add(where, "%s: CRC error in %s" % (fname, bad))
    names = z.namelist()
    low = fname.lower()
    if low.endswith((".xlsx", ".docx")):
        if "[Content_Types].xml" not in names:
            probs.add(where, "%s has no [Content_Types].xml" % fname)
    if low.endswith((".odt", ".ods")):
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            probs.add(where, "%s: mimetype is not the first stored member" % fname)
    for nm in names:
        member = z.read(nm)
        if nm.endswith((".xml", ".rels")):
            _check_xml(where, "%s/%s" % (fname, nm), member, probs)
        elif not low.endswith((".xlsx", ".docx", ".odt", ".ods")):
            _check_file(where, "%s/%s" % (fname, nm), nm, member, probs, depth + 1)


def _check_file(where, label, fname, data, probs, depth=0):
    low = fname.lower()
    if low.endswith((".zip", ".xlsx", ".docx", ".odt", ".ods")):
        _check_zip_like(where, label, data, probs, depth)
    elif low.endswith(".pdf"):
        if not data.startswith(b"%PDF-"):
            probs.add(where, "%s is not a PDF" % label)
        elif not pdf_text(data).strip():
            probs.add(where, "%s has no text layer" % label)
    elif low.endswith(".ics"):
        t = data.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            probs.add(where, "%s lacks BEGIN/END:VCALENDAR" % label)
    elif low.endswith(".eml"):
        _check_message(where + ">" + label, data, probs, depth + 1)
    elif low.endswith((".csv", ".tsv", ".txt")):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data.decode("cp1252")


def _check_message(where, data, probs, depth=0, top=False):
    if top:
        if re.search(rb"(?<!\r)\n", data):
            probs.add(where, "bare LF")
        if re.search(rb"\r(?!\n)", data):
            probs.add(where, "bare CR")
    m = BytesParser(policy=_policy.default).parsebytes(data)
    _check_parsed(where, m, probs, depth, top)
    return m


def _check_parsed(where, m, probs, depth=0, top=False):
    if top:
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if m[h] is None:
                probs.add(where, "missing header " + h)
        if m["Date"] is not None and m["Date"].datetime.year != 2026:
            probs.add(where, "date not in 2026")
        frm = m["From"]
        if frm is not None and not all(a.domain == DOMAIN for a in frm.addresses):
            probs.add(where, "sender outside " + DOMAIN)
    for part in m.walk():
        if part.defects:
            probs.add(where, "MIME defects %r" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None):
                probs.add(where, "header defects in %s: %r" % (k, v.defects))
            for a in getattr(v, "addresses", ()):
                if a.domain and not a.domain.endswith(".example"):
                    probs.add(where, "host not .example: " + a.domain)
        ctype = part.get_content_type()
        if part.get_content_maintype() == "multipart":
            if not part.get_boundary():
                probs.add(where, "multipart without boundary")
            continue
        if ctype == "message/rfc822":
            continue
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_param("charset")
            if cs is None:
                probs.add(where, "text part without charset")
                continue
            try:
                txt = payload.decode(str(cs))
            except (UnicodeDecodeError, LookupError) as e:
                probs.add(where, "text part does not decode as %s: %s" % (cs, e))
                continue
            if ctype == "text/calendar" and ("BEGIN:VCALENDAR" not in txt or "END:VCALENDAR" not in txt):
                probs.add(where, "ICS lacks BEGIN/END:VCALENDAR")
            for host in re.findall(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", txt):
                if not host.rstrip(".").endswith(".example"):
                    probs.add(where, "link host not .example: " + host)
        if fname:
            _check_file(where, fname, fname, payload, probs, depth)
        elif ctype == "application/pdf":
            _check_file(where, "(pdf)", "x.pdf", payload, probs, depth)


def check():
    probs = Problems()
    tmp = tempfile.mkdtemp(prefix="d206-check-")
    try:
        build(tmp)
        # byte-for-byte comparison with the written corpus
        for name in sorted(os.listdir(os.path.join(tmp, "mails"))):
            a = os.path.join(tmp, "mails", name)
            b = os.path.join(HERE, "mails", name)
            if not os.path.exists(b):
                probs.add(name, "missing in mails/ (run make_corpus.py first)")
            elif open(a, "rb").read() != open(b, "rb").read():
                probs.add(name, "differs from the rebuilt file")
        extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
        for name in sorted(extra):
            probs.add(name, "in mails/ but not generated")
        if open(os.path.join(tmp, "labels.tsv"), "rb").read() != open(os.path.join(HERE, "labels.tsv"), "rb").read():
            probs.add("labels.tsv", "differs from the rebuilt file")
        # a second build must give the same bytes (determinism inside one run too)
        tmp2 = tmp + "-2"
        build(tmp2)
        for name in sorted(os.listdir(os.path.join(tmp, "mails"))):
            if open(os.path.join(tmp, "mails", name), "rb").read() != open(os.path.join(tmp2, "mails", name), "rb").read():
                probs.add(name, "not deterministic")
        shutil.rmtree(tmp2, ignore_errors=True)
        # parse everything
        mids = {}
        stats = {"label": {}, "lang": {}, "kind": {}, "top": {}, "att": {}}
        with open(os.path.join(tmp, "labels.tsv"), encoding="utf-8") as f:
            rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
        if rows[0] != ["file", "label", "lang", "kind", "reason"]:
            probs.add("labels.tsv", "bad header")
        for r in rows[1:]:
            if len(r) != 5 or not all(r):
                probs.add("labels.tsv", "bad row %r" % r)
                continue
            name, label, lang, kind, reason = r
            data = open(os.path.join(tmp, "mails", name), "rb").read()
            m = _check_message(name, data, probs, top=True)
            mi = str(m["Message-ID"])
            if mi in mids:
                probs.add(name, "duplicate Message-ID with " + mids[mi])
            mids[mi] = name
            if label == "NORMAL" and not reason:
                probs.add(name, "empty reason")
            stats["label"][label] = stats["label"].get(label, 0) + 1
            stats["lang"][(label, lang)] = stats["lang"].get((label, lang), 0) + 1
            stats["kind"][(kind, label)] = stats["kind"].get((kind, label), 0) + 1
            stats["top"][m.get_content_type()] = stats["top"].get(m.get_content_type(), 0) + 1
            for part in m.walk():
                fn = part.get_filename()
                if fn:
                    ext = fn.rsplit(".", 1)[-1].lower()
                    stats["att"][ext] = stats["att"].get(ext, 0) + 1
        n = len(rows) - 1
        print("mails: %d" % n)
        for lab in LABELS:
            de = stats["lang"].get((lab, "de"), 0)
            en = stats["lang"].get((lab, "en"), 0)
            print("  %-22s %3d  (de %d, en %d)" % (lab, stats["label"].get(lab, 0), de, en))
        print("  languages: de %d, en %d" % (sum(v for (l, g), v in stats["lang"].items() if g == "de"),
                                             sum(v for (l, g), v in stats["lang"].items() if g == "en")))
        if "-v" in sys.argv:
            print("kinds:")
            for kind in sorted({k for k, _ in stats["kind"]}):
                print("  %-24s" % kind, " ".join("%s=%d" % (l[:4], stats["kind"].get((kind, l), 0)) for l in LABELS))
            print("top-level types:", stats["top"])
            print("attachments:", stats["att"])
        if n != 150:
            probs.add("corpus", "expected 150 mails, found %d" % n)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for p in probs:
        print("FAIL", p)
    if probs:
        print("%d problem(s)" % len(probs))
        return 1
    print("all checks pass")
    return 0


def main():
    if "--check" in sys.argv:
        sys.exit(check())
    only = [a for a in sys.argv[1:] if a.isdigit()]
    if only:   # debugging aid: print one mail
        label, lang, kind, reason, fn = MAILS[int(only[0])]
        sys.stdout.buffer.write(fn().as_bytes(policy=SMTP))
        return
    out = HERE
    if os.path.isdir(os.path.join(out, "mails")):
        for f in os.listdir(os.path.join(out, "mails")):
            if f.startswith(PREFIX) and f.endswith(".eml"):
                os.remove(os.path.join(out, "mails", f))
    build(out)
    print("wrote %d mails to %s" % (len(MAILS), os.path.join(out, "mails")))


if __name__ == "__main__":
    main()
