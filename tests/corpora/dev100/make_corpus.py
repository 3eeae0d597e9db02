#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel evaluation corpus dev100 - marketing, CRM and customer feedback.

Fictitious insurer: Lindenhof Versicherung AG, Koeln (lindenhof-versicherung.example).
Every mail is written by hand in its own function m001 ... m150. The helpers below only
turn that content into MIME or into attachment files. Standard library only, deterministic.

    python make_corpus.py           writes mails/d100-0001.eml ... and labels.tsv
    python make_corpus.py --check   re-parses and validates everything
"""
import csv
import datetime
import hashlib
import io
import os
import re
import sys
import zipfile
from email import policy as _policy
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.parser import BytesParser
from email.utils import format_datetime
import base64
import quopri

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
NN = "100"
SMTP = _policy.SMTP
DOM = "lindenhof-versicherung.example"
ZIP_TS = (2024, 1, 2, 9, 0, 0)

LABELS = []  # (file, label, lang, kind, reason)

# ---------------------------------------------------------------- MIME helpers

# Sending date of each mail (local time Cologne), chosen by hand to fit the content.
DATES = {
    1: "2024-02-20 09:14",
    2: "2024-03-05 10:02",
    3: "2024-03-04 11:30",
    4: "2024-03-01 16:45",
    5: "2024-03-18 14:20",
    6: "2024-03-06 09:05",
    7: "2024-03-11 08:40",
    8: "2024-03-13 15:10",
    9: "2024-03-11 07:55",
    10: "2024-03-12 08:31",
    11: "2024-03-14 10:22",
    12: "2024-03-06 17:03",
    13: "2024-03-08 12:12",
    14: "2024-01-16 09:30",
    15: "2024-03-07 14:44",
    16: "2024-03-06 16:20",
    17: "2024-04-04 07:00",
    18: "2024-03-11 08:00",
    19: "2024-04-09 09:35",
    20: "2024-03-04 13:00",
    21: "2024-03-05 08:50",
    22: "2024-04-03 11:15",
    23: "2024-03-11 09:40",
    24: "2024-03-12 16:05",
    25: "2024-03-19 10:40",
    26: "2024-03-07 15:25",
    27: "2024-03-14 13:50",
    28: "2024-03-01 10:10",
    29: "2024-03-12 09:20",
    30: "2024-03-08 11:15",
    31: "2024-03-25 10:30",
    32: "2024-03-15 17:40",
    33: "2024-03-27 12:05",
    34: "2024-02-23 10:18",
    35: "2024-03-11 07:30",
    36: "2024-03-13 08:45",
    37: "2024-03-11 07:20",
    38: "2024-03-28 06:00",
    39: "2024-03-05 09:00",
    40: "2024-03-20 11:35",
    41: "2024-03-08 14:00",
    42: "2024-03-15 09:50",
    43: "2024-03-18 10:05",
    44: "2024-03-19 18:30",
    45: "2024-03-21 12:40",
    46: "2024-03-04 10:00",
    47: "2024-03-20 17:15",
    48: "2024-03-11 08:25",
    49: "2024-03-14 09:10",
    50: "2024-03-22 11:00",
    51: "2024-03-19 21:40",
    52: "2024-03-26 10:45",
    53: "2024-03-22 14:30",
    54: "2024-04-29 09:15",
    55: "2024-03-15 11:20",
    56: "2024-04-08 13:40",
    57: "2024-03-15 06:45",
    58: "2024-03-26 15:00",
    59: "2024-03-18 12:30",
    60: "2024-03-18 16:50",
    61: "2024-03-27 10:30",
    62: "2024-04-03 09:45",
    63: "2024-05-03 10:00",
    64: "2024-03-08 15:15",
    65: "2024-03-12 09:30",
    66: "2024-03-20 14:05",
    67: "2024-03-21 10:10",
    68: "2024-03-22 09:00",
    69: "2024-03-19 13:25",
    70: "2024-03-20 10:40",
    71: "2024-04-05 16:20",
    72: "2024-03-13 10:55",
    73: "2024-03-06 07:30",
    74: "2024-03-19 08:15",
    75: "2024-04-09 08:00",
    76: "2024-03-14 11:45",
    77: "2024-03-25 10:15",
    78: "2024-04-02 14:50",
    79: "2024-04-15 09:30",
    80: "2024-03-18 08:20",
    81: "2024-03-19 10:00",
    82: "2024-03-21 13:30",
    83: "2024-03-20 09:05",
    84: "2024-03-22 15:40",
    85: "2024-03-25 11:10",
    86: "2024-04-02 10:25",
    87: "2024-03-26 14:10",
    88: "2024-03-25 08:10",
    89: "2024-03-28 12:00",
    90: "2024-04-30 10:40",
    91: "2024-04-04 09:30",
    92: "2024-04-03 15:45",
    93: "2024-03-21 16:30",
    94: "2024-03-22 10:20",
    95: "2024-03-22 14:55",
    96: "2024-03-26 09:40",
    97: "2024-03-25 13:10",
    98: "2024-03-27 11:05",
    99: "2024-03-26 10:00",
    100: "2024-04-04 14:25",
    101: "2024-04-04 17:00",
    102: "2024-03-25 15:30",
    103: "2024-03-27 20:15",
    104: "2024-03-28 09:10",
    105: "2024-03-28 13:45",
    106: "2024-04-02 11:25",
    107: "2024-04-08 10:05",
    108: "2024-03-18 16:40",
    109: "2024-04-05 09:55",
    110: "2024-03-19 14:20",
    111: "2024-04-01 09:00",
    112: "2024-04-03 11:40",
    113: "2024-03-25 09:00",
    114: "2024-04-10 08:30",
    115: "2024-04-22 13:15",
    116: "2024-04-11 10:30",
    117: "2024-04-09 11:50",
    118: "2024-03-21 15:35",
    119: "2024-04-10 16:00",
    120: "2024-03-20 10:30",
    121: "2024-04-02 09:20",
    122: "2024-04-11 14:00",
    123: "2024-03-27 09:15",
    124: "2024-04-08 17:20",
    125: "2024-04-12 10:10",
    126: "2024-03-26 09:35",
    127: "2024-04-05 16:30",
    128: "2024-04-04 11:00",
    129: "2024-04-05 12:45",
    130: "2024-04-09 15:20",
    131: "2024-04-12 11:30",
    132: "2024-04-15 10:05",
    133: "2024-04-16 09:40",
    134: "2024-04-16 14:30",
    135: "2024-04-17 10:50",
    136: "2024-04-15 16:10",
    137: "2024-04-18 09:25",
    138: "2024-03-28 11:00",
    139: "2024-04-19 15:45",
    140: "2024-05-02 09:30",
    141: "2024-04-19 11:05",
    142: "2024-04-02 08:30",
    143: "2024-04-22 16:40",
    144: "2024-04-23 10:15",
    145: "2024-04-24 13:00",
    146: "2024-04-22 09:55",
    147: "2024-04-24 17:30",
    148: "2024-01-18 10:20",
    149: "2024-04-25 11:05",
    150: "2024-04-26 08:50",
}


def _date(n):
    d = datetime.datetime.strptime(DATES[n], "%Y-%m-%d %H:%M")
    d = d.replace(second=(n * 7) % 60)
    summer = datetime.datetime(2024, 3, 31, 2) <= d < datetime.datetime(2024, 10, 27, 3)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return format_datetime(d.replace(tzinfo=tz))


def _msgid(n, tag=""):
    h = hashlib.sha1(("d100-%04d%s" % (n, tag)).encode()).hexdigest()[:16]
    return "<%s.%04d@%s>" % (h, n, DOM)


def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    """Turn a text into a MIME leaf with explicit charset and transfer encoding."""
    body = body.replace("\r\n", "\n")
    raw = body.replace("\n", "\r\n").encode(charset)
    p = MIMENonMultipart("text", subtype, policy=SMTP)
    p.set_param("charset", charset)
    if flowed:
        p.set_param("format", "flowed")
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload.replace("\r\n", "\n"))
    p["Content-Transfer-Encoding"] = cte
    return p


def attach(data, filename, maintype="application", subtype="octet-stream", inline=False):
    if maintype == "text":
        if isinstance(data, str):
            data = data.encode("utf-8")
        p = MIMEBase("text", subtype, policy=SMTP)
        p.set_param("charset", "utf-8" if subtype != "csv-1252" else "windows-1252")
        p.set_payload(base64.encodebytes(data).decode("ascii").replace("\r\n", "\n"))
        p["Content-Transfer-Encoding"] = "base64"
    else:
        p = MIMEApplication(data, subtype, policy=SMTP)
    p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=filename)
    return p


def csv_att(text, filename, charset="utf-8", mstype="text/csv"):
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    mt, st = mstype.split("/")
    p = MIMEBase(mt, st, policy=SMTP)
    if mt == "text":
        p.set_param("charset", charset)
    p.set_payload(base64.encodebytes(raw).decode("ascii").replace("\r\n", "\n"))
    p["Content-Transfer-Encoding"] = "base64"
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def ics_att(text, filename="einladung.ics"):
    raw = text.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"
    p = MIMEBase("text", "calendar", policy=SMTP)
    p.set_param("charset", "utf-8")
    p.set_param("method", "REQUEST")
    p.set_payload(base64.encodebytes(raw).decode("ascii").replace("\r\n", "\n"))
    p["Content-Transfer-Encoding"] = "base64"
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def rfc822_att(inner):
    p = MIMEMessage(inner, policy=SMTP)
    p.add_header("Content-Disposition", "attachment", filename="weitergeleitet.eml")
    return p


def _reorder(msg):
    """Put the address headers first and the MIME headers last, as real clients do."""
    items = msg.items()
    for k in set(k for k, _ in items):
        del msg[k]
    first = [kv for kv in items if not kv[0].lower().startswith("content-")]
    last = [kv for kv in items if kv[0].lower().startswith("content-")]
    for k, v in first + last:
        msg[k] = v
    return msg


def inner_mail(frm, to, subject, date, body, charset="utf-8", msgid=None):
    m = text_part(body, charset=charset)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    if msgid:
        m["Message-ID"] = msgid
    del m["MIME-Version"]
    m["MIME-Version"] = "1.0"
    return _reorder(m)


def build(n, frm, to, subject, body=None, cc=None, html=None, atts=(), charset="utf-8",
          cte="quoted-printable", flowed=False, html_only=False, headers=None,
          in_reply_to=None, mailer=None):
    """Assemble the final message for mail n."""
    if html_only:
        main = text_part(html, "html", charset, cte)
    elif html is not None:
        main = MIMEMultipart("alternative", policy=SMTP)
        main.attach(text_part(body, "plain", charset, cte, flowed))
        main.attach(text_part(html, "html", charset, cte))
        main.set_boundary("=_alt_d100_%04d" % n)
    else:
        main = text_part(body, "plain", charset, cte, flowed)
    if atts:
        msg = MIMEMultipart("mixed", policy=SMTP)
        msg.attach(main)
        for a in atts:
            msg.attach(a)
        msg.set_boundary("=_mix_d100_%04d" % n)
    else:
        msg = main
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = _date(n)
    msg["Message-ID"] = _msgid(n)
    if in_reply_to:
        msg["In-Reply-To"] = _msgid(n, in_reply_to)
        msg["References"] = _msgid(n, in_reply_to)
    for sub in msg.walk():
        if sub is not msg:
            del sub["MIME-Version"]
    del msg["MIME-Version"]
    msg["MIME-Version"] = "1.0"
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in (headers or {}).items():
        msg[k] = v
    return _reorder(msg)


def label(n, lab, lang, kind, reason):
    LABELS.append(("d%s-%04d.eml" % (NN, n), lab, lang, kind, reason))


# ---------------------------------------------------------------- attachment builders

def _zip(members, compress=zipfile.ZIP_DEFLATED):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else compress
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return bio.getvalue()


def zip_att(members, filename):
    return attach(_zip(members), filename, "application", "zip")


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def docx(paragraphs):
    """paragraphs: list of str, or list of rows (list) which becomes a table."""
    body = []
    for p in paragraphs:
        if isinstance(p, (list, tuple)):
            rows = "".join("<w:tr>" + "".join(
                '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c)
                for c in row) + "</w:tr>" for row in p)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>%s</w:tbl>' % rows)
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def docx_att(paragraphs, filename):
    return attach(docx(paragraphs), filename, "application",
                  "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    wb_sheets, wb_rels, ct_over, files = [], [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '%s</Relationships>' % "".join(wb_rels))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels)] + files)


def xlsx_att(sheets, filename):
    return attach(xlsx(sheets), filename, "application",
                  "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


_ODF_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                 '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                 '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                 '</manifest:manifest>')
_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:office_v="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"')


def odt(paragraphs):
    mt = "application/vnd.oasis.opendocument.text"
    body = "".join("<text:p>%s</text:p>" % _x(p) for p in paragraphs)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (_ODF_NS, body))
    return _zip([("mimetype", mt), ("META-INF/manifest.xml", _ODF_MANIFEST % mt), ("content.xml", content)])


def odt_att(paragraphs, filename):
    return attach(odt(paragraphs), filename, "application", "vnd.oasis.opendocument.text")


def ods(name, rows):
    mt = "application/vnd.oasis.opendocument.spreadsheet"
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s>'
               '<office:body><office:spreadsheet><table:table table:name="%s">%s</table:table>'
               '</office:spreadsheet></office:body></office:document-content>' % (_ODF_NS, _x(name), "".join(xr)))
    return _zip([("mimetype", mt), ("META-INF/manifest.xml", _ODF_MANIFEST % mt), ("content.xml", content)])


def ods_att(name, rows, filename):
    return attach(ods(name, rows), filename, "application", "vnd.oasis.opendocument.spreadsheet")


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    out = []
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(c)
    return "".join(out)


def pdf(lines, title="Dokument"):
    """Minimal one- or multi-page PDF with Helvetica text (WinAnsiEncoding)."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(len(pages)))
    objs.append("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append("<< /Title (%s) /Producer (Lindenhof DMS) /CreationDate (D:20240301090000+01'00') >>" % _pdf_str(title))
    for i, pl in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
        for ln in pl:
            ops.append("(%s) Tj T*" % _pdf_str(ln))
        ops.append("ET")
        stream = "\n".join(ops)
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i))
        objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1"))
    x = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode())
    for o in offs:
        out.write(("%010d 00000 n \n" % o).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode())
    return out.getvalue()


def pdf_att(lines, filename, title=None, octet=False):
    return attach(pdf(lines, title or filename), filename, "application",
                  "octet-stream" if octet else "pdf")


SIG_ALBERS = """--
Katrin Albers
Leiterin Marketing & Kundenkommunikation
Lindenhof Versicherung AG
Lindenhofstraße 40, 50667 Köln
Tel. +49 221 4711-3100
katrin.albers@lindenhof-versicherung.example"""

SIG_PIETSCH = """Viele Grüße
Jonas Pietsch
CRM & Kampagnensteuerung | Lindenhof Versicherung AG
T +49 221 4711-3172"""

SIG_SZYMANSKI = """Beste Grüße
Mareike Szymanski
Customer Experience / Voice of the Customer
Lindenhof Versicherung AG · Köln"""

SIG_REHM = """Tobias Rehm
Social Media & Community Management
Lindenhof Versicherung AG"""

SIG_OTTERSBACH = """Mit freundlichen Grüßen
Sven Ottersbach
Zentrales Beschwerdemanagement
Lindenhof Versicherung AG
Telefon 0221 4711-2900 | beschwerde@lindenhof-versicherung.example"""

DISCLAIMER = """
Lindenhof Versicherung AG · Sitz Köln · Amtsgericht Köln HRB 90817
Vorstand: Dr. Bernd Kallweit (Vors.), Ute Marschner, Alexander Ries
Vorsitzender des Aufsichtsrats: Prof. Dr. Werner Haack
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

DISCLAIMER_EN = """
Lindenhof Versicherung AG, registered office Cologne, Local Court of Cologne HRB 90817.
This e-mail may contain confidential information. If you are not the intended recipient,
please notify the sender and delete this e-mail."""

# ================================================================= mails 001-030

def m001():
    body = """Hallo zusammen,

anbei der aktualisierte Zeitplan für die Frühjahrskampagne "Lächeln lohnt sich" (Zahnzusatz ZahnPlus/ZahnPlus Premium). Änderungen ggü. Stand 12.02. gelb markiert bzw. hier kurz:

- Go-live Landingpage verschiebt sich auf KW 12 (Tarifrechner-Anbindung braucht noch einen Sprint)
- Mailing an Bestandskunden Kfz/Hausrat OHNE Zahnzusatz: Selektion KW 11, Versand KW 13, Menge ca. 84.000
- Radio-Spot (WDR 2 / 1LIVE) bleibt KW 14-16, 2 Flights
- Online: Display + Paid Social ab KW 13, Budget 145 T€ (vorher 120 T€, Verschiebung aus Print)
- Kernbotschaften unverändert: Implantate bis 90 %, professionelle Zahnreinigung 2x jährlich, keine Wartezeit bei Unfall

Offen:
1. Freigabe Rechtsabteilung für die Aussage "Sofortleistung bei Zahnersatz" – Legal sieht das kritisch wegen Zahnstaffel, Leonie klärt.
2. Brauchen wir für das Mailing eine eigene Werbeeinwilligungs-Prüfung oder reicht §7 Abs. 3 UWG? -> @Jonas bitte mit Datenschutz abstimmen.

Nächster Jour fixe Do 10 Uhr, Raum 4.12 / Teams.

Viele Grüße
Leonie

--
Leonie Brandt
Kampagnenmanagement Privatkunden
Lindenhof Versicherung AG"""
    label(1, "NORMAL", "de", "internal", "trap: campaign timeline for dental product (Implantate, Zahnersatz), no person")
    return build(1, "Leonie Brandt <leonie.brandt@%s>" % DOM,
                 "Marketing Team <marketing@%s>" % DOM,
                 "Zeitplan FJ-Kampagne Zahnzusatz – Update KW 8", body,
                 cc="Jonas Pietsch <jonas.pietsch@%s>" % DOM)


def m002():
    body = """Hallo Herr Weyer,

wie telefonisch besprochen die Adressdatei für das Hausrat-Upgrade-Mailing (Welle 1, Region West). 3.214 Datensätze, Format wie beim letzten Mal (Semikolon, UTF-8). Das Feld HR_VERTRAG bitte nur für den Barcode im Antwortcoupon verwenden, nicht andrucken.

Produktionsfreigabe kommt separat von Frau Brandt, Lettershop-Termin bleibt 18.03.

Die Datei liegt zusätzlich verschlüsselt im SFTP-Ordner /in/2024-03_HR_UPGRADE. Bitte nach Versand gem. AV-Vertrag löschen und Löschbestätigung schicken.

""" + SIG_PIETSCH + "\n" + DISCLAIMER
    rows = """ANREDE;VORNAME;NACHNAME;STRASSE;PLZ;ORT;KUNDEN_NR;HR_VERTRAG;TARIF_ALT;VSU_ALT;ZIELTARIF
Frau;Sabine;Kortmann;Am Wiesengrund 7;42897;Remscheid;4100238815;HR-7714392;Hausrat Basis 2016;52000;Hausrat Komfort
Herr;Dieter;Schwarzkopf;Lindenallee 113;42853;Remscheid;4100119402;HR-6620187;Hausrat Basis 2016;38000;Hausrat Komfort
Frau;Gül;Aydın;Hochstr. 2a;42103;Wuppertal;4100557731;HR-7930015;Hausrat Basis 2018;65000;Hausrat Premium
Herr;Markus;Elsner;Kölner Str. 219;40227;Düsseldorf;4100310066;HR-7100854;Hausrat Basis 2016;41000;Hausrat Komfort
Frau u. Herr;Petra u. Klaus;Wendler;Im Kamp 14;41464;Neuss;4100082291;HR-5519320;Hausrat Basis 2014;88000;Hausrat Premium
Herr;Jan-Hendrik;Böhm;Sternstr. 61;40479;Düsseldorf;4100671143;HR-8012773;Hausrat Basis 2019;29000;Hausrat Komfort
Frau;Renate;Osterkamp;Mühlenweg 3;42929;Wermelskirchen;4100044518;HR-4987261;Hausrat Basis 2012;47000;Hausrat Komfort
"""
    label(2, "CONFIDENTIAL", "de", "insurer-to-supplier",
          "lettershop address file: named customers with household contract numbers and sums insured (CSV only)")
    return build(2, "Jonas Pietsch <jonas.pietsch@%s>" % DOM,
                 "Martin Weyer <m.weyer@druckhaus-weyer.example>",
                 "Adressdatei Mailing HR-Upgrade Welle 1", body,
                 atts=[csv_att(rows, "HR_UPGRADE_W1_West.csv")])


def m003():
    body = """Hallo Sven,

bitte einmal als Closed-Loop-Fall übernehmen, Detraktor aus der Post-Claim-Befragung Unfall (Welle Februar). Die Kundin hat der Kontaktaufnahme in der Befragung ausdrücklich zugestimmt (Häkchen "Rückruf erwünscht").

Kundin: Claudia Rensing, Kd-Nr. 4100772610
Vertrag: Unfall Aktiv Plus, UV-3308174
Schaden: U-2023-118452
NPS-Wert: 2
Freitext (unverändert aus dem Tool kopiert):

"Ich hatte im Oktober einen Fahrradunfall, Bandscheibenvorfall L4/L5 und Schulterprellung, war 9 Wochen krankgeschrieben und bin immer noch in Physiotherapie. Ihre Sachbearbeiterin hat mir dreimal dieselben Arztberichte abverlangt und jetzt heißt es, der Bandscheibenvorfall sei degenerativ und nicht unfallbedingt. Ich zahle seit 14 Jahren bei Ihnen ein. Sowas empfehle ich niemandem weiter."

Rückruf bitte innerhalb von 48 h laut Closed-Loop-Prozess, Ergebnis im Feedback-Tool unter "Maßnahme" dokumentieren. Ich habe den Fall im Tool auf dich zugewiesen.

Danke!
Mareike

""" + SIG_SZYMANSKI
    label(3, "STRICTLY_CONFIDENTIAL", "de", "customer",
          "NPS detractor verbatim forwarded for callback: named accident customer, slipped disc, sick leave, physiotherapy")
    return build(3, "Mareike Szymanski <mareike.szymanski@%s>" % DOM,
                 "Sven Ottersbach <sven.ottersbach@%s>" % DOM,
                 "Closed Loop: Detraktor Post-Claim Unfall – bitte Rückruf", body)


def m004():
    body = """Hi Olivia, hi Sam,

as promised, the brief for the income protection (BU) awareness push. Short version below, full brief attached as PDF.

Objective: raise consideration for "Lindenhof BU Start" among 25-39-year-olds, especially skilled trades and nursing staff, who massively underestimate their disability risk.

Key insight (from our own research, n=1,200, online panel): 7 out of 10 respondents believe disability is mainly caused by accidents. In reality, mental illness and back problems are the top causes in the German market statistics.

Persona for the creative team:
  "Mark, 34, carpenter from Bochum. Married, one kid, just bought a small terraced house. Has had back pain on and off since his apprenticeship, thinks 'that's just part of the job'. Never read his pension statement."

Tone: honest, no fear-mongering, no wheelchairs or hospital beds in the visuals please (our compliance team rejected that route last year).

Mandatories: product name, "ab 29,90 € mtl." with footnote (model calculation, 25-year-old office clerk, non-smoker), legal line, logo bottom right.

Timing: first routes by 22 March, presentation in Cologne 27 March.

Let me know if anything is unclear.

Best,
Katrin
""" + "\n" + SIG_ALBERS + "\n" + DISCLAIMER_EN
    brief = ["Creative Brief – Lindenhof BU Start – Awareness 2024",
             "Client: Lindenhof Versicherung AG, Marketing & Customer Communication",
             "Agency: Brightwater Creative Ltd",
             "",
             "1. Background",
             "Disability insurance (Berufsunfähigkeitsversicherung) penetration in the target group is below 25 %.",
             "Top causes of disability (market figures): mental illness ~ 1/3, musculoskeletal ~ 1/5,",
             "cancer ~ 1/6, accidents < 1/10.",
             "",
             "2. Target group / persona",
             "Mark, 34, carpenter, Bochum; back pain since apprenticeship; sees no need.",
             "Jana, 29, nurse on a cardiology ward, night shifts, thinks 'nothing will happen to me'.",
             "(both personas are fictitious composites from the 2023 segmentation study)",
             "",
             "3. What we want people to think / feel / do",
             "Think: my ability to work is my most valuable asset. Feel: reassured, not scared.",
             "Do: use the online calculator and book a call-back with an adviser.",
             "",
             "4. Mandatories and no-gos",
             "No wheelchairs, no hospital beds, no crutches. No claims about acceptance rates.",
             "Price claim only with footnote 'Musterberechnung'.",
             "",
             "5. Budget and timing",
             "Production budget GBP 85k; first routes 22 March; presentation 27 March, Cologne."]
    label(4, "NORMAL", "en", "insurer-to-agency",
          "trap: creative brief with fictitious personas (back pain, nurse) and market statistics on causes of disability")
    return build(4, "Katrin Albers <katrin.albers@%s>" % DOM,
                 "Olivia Hart <olivia.hart@brightwater-creative.example>",
                 "Brief: BU awareness campaign 2024", body,
                 cc="Sam Whitfield <sam.whitfield@brightwater-creative.example>",
                 atts=[pdf_att(brief, "Lindenhof_BU_Creative_Brief_v2.pdf")])


def m005():
    body = """Dear Olivia,

good news: we have a real customer for the "Real stories" route. Mrs Andrea Lüttgens (48, Aachen) has signed the release and is happy to be filmed. I'm sending you her story in her own words so the scriptwriter can start; her consent covers use in the 2024 accident campaign (TV, online, social) for 24 months.

Her story (translated from the interview notes):
In June 2022 she fell from a ladder while cleaning gutters at her house. Complicated fracture of the right wrist (distal radius) and a fractured heel bone, two operations at the University Hospital Aachen, eleven days in hospital, then five weeks of outpatient rehab. Her doctors certified a permanent impairment of the hand (Invalidität: 3/10 Handwert), so her Lindenhof accident policy (UV-2871190, Unfall Aktiv Plus with progression 350 %) paid EUR 38,150 plus hospital daily allowance. She used part of the money to convert her bathroom so she can use it despite the heel.

Please treat the interview notes with care: they are only for the script team and must not be passed on to the production company before the NDA is signed. Originals stay with us.

Kind regards
Leonie

Leonie Brandt
Campaign Management Private Customers
Lindenhof Versicherung AG, Cologne
""" + DISCLAIMER_EN
    label(5, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-agency",
          "testimonial of a real named customer: fractures, operations, rehab, disability degree and accident policy payout")
    return build(5, "Leonie Brandt <leonie.brandt@%s>" % DOM,
                 "Olivia Hart <olivia.hart@brightwater-creative.example>",
                 "Real stories – customer testimonial accident (Mrs L.)", body)


def m006():
    body = """Moin,

kurze Auswertung A/B-Test Betreffzeile Gesundheits-Newsletter März (Versand 05.03., Zielgruppe: Newsletter-Abonnenten mit Opt-in, Split 2 x 10 %, Rest Gewinner nach 4 h).

Variante A: "Vorsorge ab 35: Welche Check-ups zahlt die Kasse – und welche nicht?"
Variante B: "Hautkrebs-Screening, Darmspiegelung & Co.: Ihr Vorsorge-Fahrplan"

                 A          B
Versand       9.812      9.807
Öffnungen     2.257      2.893
Öffnungsrate  23,0 %     29,5 %
Klicks          318        402
CTR            3,2 %      4,1 %
Abmeldungen      21         34

B gewinnt deutlich (p < 0,01), aber auch mehr Abmeldungen. Vermutung: das Wort "Darmspiegelung" im Betreff schreckt einen Teil ab. Für April würde ich konkret, aber weniger drastisch formulieren.

Gewinner-Versand lief an 78.420 Empfänger, finale Zahlen im Dashboard.

Gruß
Emre"""
    label(6, "NORMAL", "de", "internal",
          "trap: subject-line A/B test on cancer screening newsletter, aggregate open/click figures only")
    return build(6, "Emre Yildiz <emre.yildiz@%s>" % DOM,
                 "Katrin Albers <katrin.albers@%s>, Leonie Brandt <leonie.brandt@%s>" % (DOM, DOM),
                 "A/B-Test Betreff NL Gesundheit März – Ergebnis", body, cte="8bit")


def m007():
    body = """Hallo Herr Hartung,

aus dem Online-Tarifrechner Kfz sind in den letzten zwei Wochen drei Anfragen aus Ihrem PLZ-Gebiet gekommen, bei denen die Interessenten "Beratung durch einen Vermittler vor Ort" angeklickt haben. Gemäß Lead-Vereinbarung gehen die an Sie. Bitte innerhalb von 5 Werktagen kontaktieren und den Status im Maklerportal unter "Leads" pflegen.

1) Nico Brandhorst, geb. 14.09.1996, Hagener Str. 81, 58285 Gevelsberg, Tel. 0176 55512873
   VW Golf VIII, HSN/TSN 0603/CGN, Kennzeichen EN-NB 996, SF 4, Wechsel zum 01.04., Vorversicherer HUK
2) Daniela Vogt-Akın, geb. 02.01.1979, Kirchstr. 5, 58332 Schwelm, daniela.vogt@netmail.example
   Skoda Octavia Combi, Erstzulassung 03/2021, Fahrerkreis: VN + Ehemann, SF 12/SF 9
3) Reinhard Pohl, geb. 27.06.1961, Am Schlossberg 22, 58300 Wetter, Tel. 02335 555-418
   Mercedes C 220 d, Zweitwagen, wünscht Rückruf nur vormittags

Die Interessenten haben der Weitergabe an einen Vermittler im Rechner zugestimmt (Einwilligungstext v3.2).

Freundliche Grüße
Felix Hanke
Vertriebsunterstützung Makler
Lindenhof Versicherung AG"""
    label(7, "CONFIDENTIAL", "de", "insurer-to-broker",
          "motor leads to broker: named prospects with birth dates, plates, no-claims classes")
    return build(7, "Felix Hanke <felix.hanke@%s>" % DOM,
                 "Jörg Hartung <info@hartung-versicherungsmakler.example>",
                 "Neue Leads Kfz-Tarifrechner PLZ 58", body)


def m008():
    body = """Hallo Frau Tiedemann,

wie vereinbart die BU-Leads aus der Kooperation mit dem Vergleichsportal, diesmal nur zwei. Bitte beachten: beim zweiten Interessenten sind Vorerkrankungen angegeben, da wird eine anonyme Risikovoranfrage vermutlich sinnvoll sein, bevor ein Antrag gestellt wird.

Lead 24-0311-07
Name: Timo Geißler, geb. 11.08.1993
Beruf: Elektroniker für Betriebstechnik (Schichtdienst), Berufsgruppe 3
Gewünschte BU-Rente: 1.800 € mtl., Endalter 67
Raucher: nein | Größe/Gewicht: 1,84 m / 88 kg
Gesundheitsfragen Rechner: keine Angaben

Lead 24-0311-09
Name: Melanie Krause, geb. 30.04.1988
Beruf: Erzieherin, 30 Std./Woche, Brutto ca. 2.950 € mtl.
Gewünschte BU-Rente: 1.500 € mtl., Endalter 65
Raucher: ja (seit 2020 E-Zigarette) | Größe/Gewicht: 1,68 m / 94 kg
Gesundheitsfragen Rechner: "Heuschnupfen, Asthma bronchiale (Salbutamol-Spray bei Bedarf), 2021 sechs Wochen krankgeschrieben wegen Erschöpfung"

Viele Grüße
Felix Hanke
Vertriebsunterstützung Makler"""
    label(8, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
          "BU leads with smoker status, BMI, asthma medication and sick leave of a named prospect")
    return build(8, "Felix Hanke <felix.hanke@%s>" % DOM,
                 "Svenja Tiedemann <s.tiedemann@finanzkontor-elbe.example>",
                 "BU-Leads Vergleichsportal KW 11", body)


def m009():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hallo zusammen,</p>
<p>hier der Social-Listening-Wochenbericht KW 10 (Quelle: Listenly, DE-Quellen, alle öffentlichen Erwähnungen von &quot;Lindenhof&quot; + Produktnamen).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Thema</th><th>Erwähnungen</th><th>Anteil negativ</th><th>Trend ggü. Vorwoche</th></tr>
<tr><td>Kfz-Schaden / Regulierungsdauer</td><td>212</td><td>41 %</td><td>+18 %</td></tr>
<tr><td>Beitragserhöhung Kfz 2024</td><td>187</td><td>63 %</td><td>-5 %</td></tr>
<tr><td>Zahnzusatz Erstattung</td><td>74</td><td>28 %</td><td>+2 %</td></tr>
<tr><td>Krankentagegeld / BU Leistungsprüfung</td><td>31</td><td>55 %</td><td>+40 %</td></tr>
<tr><td>Unwetter / Hagel Wohngebäude</td><td>19</td><td>11 %</td><td>neu</td></tr>
<tr><td>Werbung / Kampagne &quot;Lächeln lohnt sich&quot;</td><td>96</td><td>9 %</td><td>+61 %</td></tr>
</table>
<p><b>Auffälligkeiten:</b></p>
<ul>
<li>Anstieg bei BU/KT-Themen kommt fast vollständig aus einem Reddit-Thread in r/Finanzen über Leistungsprüfungen bei psychischen Erkrankungen allgemein (kein Einzelfall von uns identifizierbar).</li>
<li>Kampagnen-Spot wird überwiegend positiv kommentiert, Kritik an der Lautstärke im Radio.</li>
<li>Share of Voice ggü. Wettbewerb stabil bei 8,4 %.</li>
</ul>
<p>Keine Eskalationen diese Woche.</p>
<p>Tobias</p>
</body></html>"""
    label(9, "NORMAL", "de", "internal",
          "trap: aggregated social-listening report (topics incl. BU, Krankentagegeld, psychische Erkrankungen), no person")
    return build(9, "Tobias Rehm <tobias.rehm@%s>" % DOM, "Marketing Team <marketing@%s>" % DOM,
                 "Social Listening Weekly KW 10", html=html, html_only=True)


def m010():
    body = """Hallo Nadine,

Eskalation aus Social Media, bitte kurzfristig anschauen – der Post hat inzwischen über 2.300 Likes und wird von zwei Verbraucher-Accounts geteilt.

Instagram, Account @jule.wagenknecht (Julia Wagenknecht, Bielefeld, lt. Profil), gepostet gestern 21:14:

"Meine Mama (71) hatte im Dezember einen schweren Schlaganfall, ist seitdem halbseitig gelähmt und im Pflegeheim in Brackwede. Pflegegrad 4 ist seit Januar bestätigt. Sie hat seit 2011 eine Pflegetagegeldversicherung bei @lindenhof_versicherung und hat jeden Monat brav bezahlt. Seit acht Wochen warten wir auf die Zahlung, jedes Mal heißt es, es fehlt noch ein Gutachten. Ich bin so wütend. #Pflege #Versicherung #Lindenhof"

Ich habe per DM geantwortet und um Vertragsnummer gebeten, die Tochter hat geschrieben: Versicherte Gisela Wagenknecht, PT-1190452. Vollmacht der Tochter liegt laut ihr vor.

Kannst du mir sagen, wo der Fall steht? Ich würde gern öffentlich nur allgemein antworten ("wir haben uns per DM gemeldet") und alles Weitere über euch laufen lassen.

Danke
Tobias

""" + SIG_REHM
    label(10, "STRICTLY_CONFIDENTIAL", "de", "customer",
          "social-media escalation: named mother with stroke, paralysis, care level 4, care insurance contract number")
    return build(10, "Tobias Rehm <tobias.rehm@%s>" % DOM,
                 "Nadine Krug <nadine.krug@%s>" % DOM,
                 "Eskalation Instagram – Pflegetagegeld, bitte Status", body,
                 cc="Sven Ottersbach <sven.ottersbach@%s>" % DOM)


def m011():
    body = """Hi Ralf,

flagging a post from X (formerly Twitter) that is picking up traction. The user is an English-speaking customer in Düsseldorf.

@ben_ashworth_dus (Ben Ashworth):
"3 months since my e-bike was stolen from a locked cellar. @LindenhofVers claim no. H-2024-004417 – still 'under review'. Bought a new one on my own dime. Not renewing my home contents policy, that's for sure."

He sent us his policy number via DM: HR-8120334. I replied publicly with our standard "sorry to hear, we've sent you a DM" line.

Could someone from household claims give me a status I can pass on? He says the police report was uploaded in January.

Thanks,
Tobias

""" + SIG_REHM
    label(11, "CONFIDENTIAL", "en", "customer",
          "social post of named customer with household claim and policy number (stolen e-bike), no health")
    return build(11, "Tobias Rehm <tobias.rehm@%s>" % DOM,
                 "Ralf Demir <ralf.demir@%s>" % DOM,
                 "Social escalation – stolen e-bike claim H-2024-004417", body)


def m012():
    body = """Dear Dr Brenner,

thank you for the draft questionnaire. Our comments are in the attached Word file; the main points:

Q7 ("Have you received benefits from your Lindenhof health insurance in the last 12 months?") – please change the answer options to "yes / no / prefer not to say" and do NOT follow up with a question on the type of treatment. We do not want to collect health data in a satisfaction survey.

Q12 open question "What could we do better?" – please add the standard hint above the text field: "Please do not enter any information about your health or the health of other people."

Q15 NPS – fine.

Demographics: age in bands only (18-29, 30-44, 45-59, 60+), no date of birth.

Sample: please draw from the panel, not from our customer base, for this wave.

Best regards
Mareike Szymanski
Customer Experience, Lindenhof Versicherung AG"""
    doc = ["Kommentare Lindenhof zum Fragebogenentwurf CSAT 2024 (Quorum, Version 0.3)",
           ["Frage", "Kommentar Lindenhof", "Status"],
           ["Q7 Leistungsbezug Krankenversicherung", "Antwortoption 'keine Angabe' ergänzen; keine Nachfrage zur Behandlungsart", "offen"],
           ["Q9 Erreichbarkeit Hotline", "Skala 1-5 statt 1-10", "offen"],
           ["Q12 Freitext", "Hinweis: keine Angaben zur Gesundheit eintragen", "offen"],
           ["Q15 NPS", "ok", "erledigt"],
           ["Demografie", "Alter nur in Klassen, kein Geburtsdatum", "offen"],
           "Stand 06.03.2024, M. Szymanski"]
    label(12, "NORMAL", "en", "insurer-to-supplier",
          "trap: comments on survey questionnaire about health insurance benefits, explicitly avoiding health data")
    return build(12, "Mareike Szymanski <mareike.szymanski@%s>" % DOM,
                 "Dr. Stefan Brenner <stefan.brenner@quorum-research.example>",
                 "CSAT 2024 questionnaire – our comments", body,
                 atts=[docx_att(doc, "Kommentare_Fragebogen_CSAT2024_v0.3.docx")])


def m013():
    body = """Hi Daan,

attached is the file you asked for to re-run the weighting. Please use it only for this purpose and delete it afterwards, as agreed in the DPA.

Cheers
Emre

--
Emre Yildiz | Marketing Automation & Analytics
Lindenhof Versicherung AG"""
    rows = [["resp_id", "customer_no", "line", "nps", "csat", "verbatim"],
            ["R-10482", "4100338102", "Krankenzusatz", 3, 2, "Erstattung für meine Brille und die Augenarzt-Rechnung (Glaukom-Kontrolle) hat 7 Wochen gedauert."],
            ["R-10483", "4100229917", "Kfz", 9, 5, "Alles gut, schnelle Regulierung nach dem Parkrempler."],
            ["R-10484", "4100871554", "Krankenzusatz", 1, 1, "Nach meiner Brustkrebs-OP im Herbst wollten Sie die Perücke nicht zahlen. Unmöglich."],
            ["R-10485", "4100602281", "Unfall", 6, 3, "Mein Sohn (8) hatte einen Armbruch beim Turnen, die Kinderunfall hat gezahlt, aber erst nach Mahnung."],
            ["R-10486", "4100117730", "Hausrat", 10, 5, "Top!"],
            ["R-10487", "4100450096", "Krankenzusatz", 7, 4, "Zahnreinigung problemlos erstattet, Inlay noch offen."],
            ["R-10488", "4100993301", "Leben", 4, 2, "Seit meiner Depression traue ich mich nicht, bei Ihnen anzurufen, die Hotline ist zu unpersönlich."]]
    label(13, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
          "harmless body; XLSX survey raw data linking customer numbers to verbatims on breast cancer, glaucoma, depression")
    return build(13, "Emre Yildiz <emre.yildiz@%s>" % DOM,
                 "Daan de Vries <daan.devries@feedbackly.example>",
                 "Re: weighting file", body, in_reply_to="a",
                 atts=[xlsx_att([("raw", rows)], "csat_wave3_raw_with_ids.xlsx")])


def m014():
    body = """Liebe Kolleginnen und Kollegen,

anbei der NPS-Quartalsbericht Q4/2023 für den Vorstandsbericht. Highlights:

- Relationship-NPS gesamt: +21 (Q3: +18)
- Touchpoint-NPS Leistungsfall Kranken/Zahn: +9 (kritischster Touchpoint, Haupttreiber: Bearbeitungsdauer Zahnersatz und Heil- und Kostenpläne)
- Touchpoint-NPS Kfz-Schaden: +34
- Unfall/BU Leistungsfall: Fallzahl zu klein für einzelne Ausweisung, mit "Leben/Vorsorge" zusammengefasst (n=87, NPS +2)

Verbatims sind im Bericht nur thematisch codiert, keine Einzelzitate (Vorgabe Datenschutz vom Dezember).

Schöne Grüße
Mareike"""
    lines = ["Lindenhof Versicherung AG - NPS-Bericht Q4/2023",
             "Customer Experience / Voice of the Customer, Stand 15.01.2024",
             "",
             "Touchpoint                         n      Promotoren  Detraktoren  NPS",
             "Relationship (alle Kunden)      4.912       43 %        22 %       +21",
             "Leistungsfall Kranken/Zahn        611       31 %        22 %        +9",
             "Kfz-Schaden                     1.204       51 %        17 %       +34",
             "Hausrat/Wohngebäude Schaden       480       47 %        19 %       +28",
             "Leben/Vorsorge inkl. Unfall/BU     87       29 %        27 %        +2",
             "",
             "Top-Themen Detraktoren (codierte Freitexte, Mehrfachnennung)",
             "Bearbeitungsdauer                     38 %",
             "Nachforderung von Unterlagen          24 %",
             "Ablehnung/Teilerstattung Zahnersatz   17 %",
             "Erreichbarkeit Hotline                15 %",
             "Beitragshöhe                          12 %",
             "",
             "Hinweis: Zellen mit n < 30 werden nicht ausgewiesen. Keine personenbezogenen Daten."]
    label(14, "NORMAL", "de", "internal",
          "trap: quarterly NPS report by touchpoint incl. health claims, small cells merged, coded themes only (PDF)")
    return build(14, "Mareike Szymanski <mareike.szymanski@%s>" % DOM,
                 "Bereichsleitung Privatkunden <bl-privatkunden@%s>" % DOM,
                 "NPS-Bericht Q4/2023", body,
                 atts=[pdf_att(lines, "NPS_Bericht_Q4_2023.pdf")])


def m015():
    body = """Sehr geehrter Herr Kowalski,

Sie haben uns am 04.03.2024 gebeten mitzuteilen, wann und wie Sie in Werbung per E-Mail eingewilligt haben. Gern geben wir Ihnen die bei uns gespeicherten Nachweise:

Kundennummer: 4100394417
Bestehende Verträge: Kfz-Haftpflicht/Vollkasko KF-9917302 (Kennzeichen K-JK 2207), Privathaftpflicht PH-4410981

Einwilligung E-Mail-Werbung:
- erteilt am 17.05.2021 um 19:42 Uhr über das Formular "Kfz-Angebot online"
- Double-Opt-In bestätigt am 17.05.2021 um 19:51 Uhr, IP-Adresse 203.0.113.47
- Einwilligungstext Version 2.1 ("Ich möchte von der Lindenhof Versicherung AG per E-Mail über Versicherungsprodukte informiert werden …")

Wie gewünscht haben wir Ihre Einwilligung heute widerrufen. Sie erhalten ab sofort keine Werbe-E-Mails mehr. Vertragsbezogene Mitteilungen (z. B. Beitragsrechnung) erhalten Sie weiterhin.

Mit freundlichen Grüßen

i. A. Carina Hesse
Kundenservice / Datenschutzanfragen
Lindenhof Versicherung AG
""" + DISCLAIMER
    label(15, "CONFIDENTIAL", "de", "insurer-to-customer",
          "consent record for named customer with motor and liability contract numbers, plate, IP address")
    return build(15, "Lindenhof Kundenservice <kundenservice@%s>" % DOM,
                 "Jens Kowalski <jens.kowalski@freemail.example>",
                 "Ihre Anfrage zur Werbeeinwilligung – Kd.-Nr. 4100394417", body)


def m016():
    body = """Sehr geehrte Frau Oberländer,

vielen Dank für Ihre Nachricht. Ihrem Werbewiderspruch haben wir entsprochen; wir haben alle Marketing-Einwilligungen gelöscht bzw. gesperrt.

Zu Ihrer Frage, welche Einwilligungen bei uns gespeichert waren:

1. Werbung per Telefon, erteilt 09/2019 bei Abschluss Ihrer Zahnzusatzversicherung ZahnPlus Premium (ZZ-2201784), widerrufen am 06.03.2024
2. Werbung per E-Mail, erteilt 09/2019, widerrufen am 06.03.2024
3. Einwilligung in die Verarbeitung von Gesundheitsdaten und Schweigepflichtentbindung (§ 203 StGB) für die Leistungsbearbeitung ZahnPlus – diese Einwilligung betrifft nicht die Werbung und bleibt bestehen, da wir sie zur Erstattung Ihrer Zahnarztrechnungen benötigen. Sie können sie jederzeit widerrufen; dann können wir Leistungsanträge allerdings nur noch eingeschränkt prüfen.

Zu den Anrufen im Februar: Diese kamen von unserem Dienstleister im Rahmen einer Aktion zur Pflegezusatzversicherung. Sie hätten nicht angerufen werden dürfen, da Sie bereits im Januar telefonisch widersprochen hatten. Das bedauern wir.

Mit freundlichen Grüßen
Sven Ottersbach
Zentrales Beschwerdemanagement"""
    label(16, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
          "consent overview for named customer of a dental supplementary (health) contract incl. health-data consent")
    return build(16, "Sven Ottersbach <beschwerde@%s>" % DOM,
                 "Brigitte Oberländer <b.oberlaender@kabelmail.example>",
                 "AW: Werbung – sofort aufhören!!", body, in_reply_to="a")

def m017():
    text = """Lindenhof Newsletter | April 2024
View in browser: https://news.lindenhof-versicherung.example/2024-04

1. Back pain at the desk? Five exercises that take two minutes
Physiotherapist Jana Koller (Lindenhof health partner network) shows simple stretches for your lunch break.

2. Why your ability to work is worth a million
A 30-year-old earning EUR 3,000 net will earn more than EUR 1.5 million by retirement. What happens if illness stops you from working? Our BU calculator shows it in 60 seconds.

3. Hay fever season: travel health insurance and allergy medication abroad
What to pack, which medicines you may take into which country.

You receive this newsletter because you subscribed at lindenhof-versicherung.example. Unsubscribe: https://news.lindenhof-versicherung.example/unsubscribe
Lindenhof Versicherung AG, Lindenhofstrasse 40, 50667 Cologne, Germany"""
    html = """<html><body style="margin:0;font-family:Georgia,serif;color:#1d2b36">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#0b5d4b;color:#fff;padding:18px">
<h1 style="margin:0;font-size:22px">Lindenhof Newsletter | April 2024</h1></td></tr>
<tr><td style="padding:16px"><h2>Back pain at the desk? Five exercises that take two minutes</h2>
<p>Physiotherapist Jana Koller (Lindenhof health partner network) shows simple stretches for your lunch break.</p>
<h2>Why your ability to work is worth a million</h2>
<p>A 30-year-old earning EUR 3,000 net will earn more than EUR 1.5 million by retirement. What happens if illness stops you from working? <a href="https://www.lindenhof-versicherung.example/bu-rechner">Our BU calculator</a> shows it in 60 seconds.</p>
<h2>Hay fever season: travel health insurance and allergy medication abroad</h2>
<p>What to pack, which medicines you may take into which country.</p></td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px">You receive this newsletter because you subscribed. <a href="https://news.lindenhof-versicherung.example/unsubscribe">Unsubscribe</a><br>Lindenhof Versicherung AG, Lindenhofstrasse 40, 50667 Cologne</td></tr></table>
</body></html>"""
    label(17, "NORMAL", "en", "newsletter",
          "trap: newsletter about back pain, disability insurance and allergy medication, no personal data")
    return build(17, "Lindenhof Newsletter <newsletter@news.lindenhof-versicherung.example>",
                 "subscribers-en@news.lindenhof-versicherung.example",
                 "Back pain, hay fever & your biggest asset", text, html=html,
                 headers={"List-Unsubscribe": "<https://news.lindenhof-versicherung.example/unsubscribe>"})


def m018():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.03. nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen zur Kampagne "Lächeln lohnt sich" wenden Sie sich bitte an Leonie Brandt (leonie.brandt@lindenhof-versicherung.example), zu Social Media an social@lindenhof-versicherung.example.

Katrin Albers"""
    label(18, "NORMAL", "de", "internal", "trap: out-of-office reply mentioning a campaign, no person data")
    return build(18, "Katrin Albers <katrin.albers@%s>" % DOM,
                 "Philipp Moll <p.moll@kranich-kommunikation.example>",
                 "Abwesenheitsnotiz: Freigabe Motive Zahnzusatz", body,
                 headers={"Auto-Submitted": "auto-replied"})


def m019():
    body = """Sehr geehrter Herr Lindqvist,

herzlichen Glückwunsch noch einmal zum Gewinn beim Kunden-Gewinnspiel "Sommerrad 2024"! Vielen Dank für die Kontodaten, wir überweisen den Gegenwert des E-Bikes (2.499,00 €) wie gewünscht in den nächsten 10 Tagen.

Zur Kontrolle noch einmal Ihre Angaben:
Kontoinhaber: Henrik Lindqvist
IBAN: DE07 7015 0000 7425 1235 48
Kundennummer: 4100208876

Falls etwas nicht stimmt, melden Sie sich bitte kurz.

Mit freundlichen Grüßen
Leonie Brandt
Lindenhof Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Henrik Lindqvist <h.lindqvist@netmail.example>
Gesendet: Montag, 8. April 2024 08:12
An: gewinnspiel@lindenhof-versicherung.example
Betreff: AW: Sie haben gewonnen!

Hallo,
das ist ja super, danke! Ich nehme lieber das Geld, ich habe schon ein Rad.
IBAN DE07 7015 0000 7425 1235 48, Stadtsparkasse München
Meine Kundennummer steht auf der Hausratpolice: 4100208876
Gruß H. Lindqvist"""
    label(19, "CONFIDENTIAL", "de", "insurer-to-customer",
          "prize payout: named customer's IBAN and customer number")
    return build(19, "Leonie Brandt <gewinnspiel@%s>" % DOM,
                 "Henrik Lindqvist <h.lindqvist@netmail.example>",
                 "AW: Sie haben gewonnen!", body, in_reply_to="a")


def m020():
    body = """Hallo Frau Dr. Falk,

anbei der Entwurf der Teilnahmebedingungen für das Kunden-Gewinnspiel "Sommerrad 2024" mit der Bitte um rechtliche Prüfung bis 15.03.

Wichtig aus Marketingsicht:
- Teilnahme nur für volljährige Kunden mit Wohnsitz in Deutschland
- Kein Zusammenhang mit Vertragsabschluss (Kopplungsverbot)
- Gewinnerbenachrichtigung per E-Mail, Barauszahlung statt Sachpreis möglich
- Mitarbeiter und Vermittler ausgeschlossen

Danke und Gruß
Leonie Brandt"""
    doc = ["Teilnahmebedingungen Gewinnspiel \"Sommerrad 2024\" – ENTWURF v0.2",
           "§ 1 Veranstalter: Lindenhof Versicherung AG, Lindenhofstraße 40, 50667 Köln.",
           "§ 2 Teilnahmeberechtigt sind natürliche Personen ab 18 Jahren mit Wohnsitz in Deutschland.",
           "§ 3 Die Teilnahme ist unabhängig vom Abschluss oder Bestand eines Versicherungsvertrags.",
           "§ 4 Unter allen Teilnehmenden wird ein E-Bike im Wert von 2.499 € verlost. Eine Barauszahlung ist möglich.",
           "§ 5 Der Gewinner wird per E-Mail benachrichtigt und muss sich innerhalb von 14 Tagen zurückmelden.",
           "§ 6 Datenschutz: Die Daten werden ausschließlich zur Durchführung des Gewinnspiels verarbeitet und nach Abschluss gelöscht.",
           "Kontoverbindung für die Auszahlung: IBAN «IBAN_GEWINNER», Kontoinhaber «NAME»"]
    label(20, "NORMAL", "de", "internal",
          "trap: draft terms of a prize draw with placeholders for winner IBAN, no person")
    return build(20, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Dr. Miriam Falk <miriam.falk@%s>" % DOM,
                 "Bitte um Prüfung: Teilnahmebedingungen Gewinnspiel", body,
                 atts=[odt_att(doc, "TNB_Sommerrad_2024_v0.2.odt")])


def m021():
    inner_body = """Sehr geehrte Damen und Herren,

hiermit lege ich Beschwerde gegen die Lindenhof Versicherung AG ein.

Ich bin seit 2015 bei der Lindenhof krankentagegeldversichert (Vertrag KT-5530219, Tagessatz 120 €). Seit dem 09.10.2023 bin ich wegen eines Burnouts (F43.2, Anpassungsstörung, später zusätzlich F32.1 mittelgradige depressive Episode) arbeitsunfähig. Ich bin in ambulanter Psychotherapie bei Frau Dipl.-Psych. Hennig und war von November bis Januar in einer psychosomatischen Tagesklinik.

Die Lindenhof hat die Zahlung zum 31.01.2024 eingestellt und behauptet, es liege Berufsunfähigkeit vor. Das hat mir aber kein Arzt bescheinigt. Seitdem habe ich kein Einkommen.

Ich bitte um Prüfung.

Mit freundlichen Grüßen
Oliver Brettschneider
Am Hang 4, 53797 Lohmar"""
    inner = inner_mail("Oliver Brettschneider <o.brettschneider@web-post.example>",
                       "Versicherungsombudsmann <beschwerde@ombudsmann-pkv.example>",
                       "Beschwerde Lindenhof Krankentagegeld", "Mon, 04 Mar 2024 22:17:40 +0100",
                       inner_body)
    body = """Hallo Nadine,

anbei die Beschwerde, die uns der PKV-Ombudsmann heute weitergeleitet hat (Az. OM-24-0388). Frist zur Stellungnahme: 25.03.2024.

Für die Beschwerdeanalyse Q1 erfasse ich den Fall unter "Leistungseinstellung KT". Bitte schick mir bis 18.03. eure Sicht inkl. Gutachten-Stand, ich bereite die Stellungnahme vor.

""" + SIG_OTTERSBACH
    label(21, "STRICTLY_CONFIDENTIAL", "de", "customer",
          "ombudsman complaint in forwarded message/rfc822: daily sickness allowance, burnout F43.2/F32.1, psychotherapy")
    return build(21, "Sven Ottersbach <sven.ottersbach@%s>" % DOM, "Nadine Krug <nadine.krug@%s>" % DOM,
                 "WG: Ombudsmann OM-24-0388 – Stellungnahme bis 25.03.", body,
                 atts=[rfc822_att(inner)])


def m022():
    body = """Hallo Katrin,

wie besprochen die Beschwerdestatistik Q1 (Stand 31.03.) für den Marketing-Jour-fixe. Auffällig:

- Beschwerden "Werbung/Kontaktaufnahme" haben sich verdoppelt (42 nach 19), fast alle im Zusammenhang mit der Outbound-Aktion Pflegezusatz im Februar. Bitte dringend mit DialogPlus klären.
- Sparte Kranken/Zahn: leichte Entspannung bei Bearbeitungsdauer.
- Ombudsmann-Fälle: 6 (Vj. 4), davon 3 Leben/BU.

Details im Excel, nur aggregiert.

Gruß
Sven"""
    rows = [["Kategorie", "Sparte", "Q1/2023", "Q1/2024", "Veränderung"],
            ["Leistungsablehnung", "Kranken/Zahn", 88, 74, "-16 %"],
            ["Leistungsablehnung", "Leben/BU", 21, 27, "+29 %"],
            ["Bearbeitungsdauer", "Kfz", 132, 141, "+7 %"],
            ["Bearbeitungsdauer", "Kranken/Zahn", 97, 80, "-18 %"],
            ["Beitragserhöhung", "Kfz", 210, 188, "-10 %"],
            ["Werbung/Kontaktaufnahme", "alle", 19, 42, "+121 %"],
            ["Datenschutz", "alle", 7, 9, "+29 %"],
            ["Ombudsmann", "alle", 4, 6, "+50 %"],
            ["Summe", "", 578, 587, "+2 %"]]
    label(22, "NORMAL", "de", "internal",
          "trap: aggregated complaint statistics by line incl. health/BU benefit refusals (XLSX)")
    return build(22, "Sven Ottersbach <sven.ottersbach@%s>" % DOM, "Katrin Albers <katrin.albers@%s>" % DOM,
                 "Beschwerdeanalyse Q1/2024", body,
                 atts=[xlsx_att([("Q1_2024", rows)], "Beschwerdeanalyse_Q1_2024.xlsx")])


def m023():
    body = """Hi Jonas,

please find attached the lead export for the home contents (Hausrat) co-op for week 10, as per our partnership agreement (§ 4 lead delivery). 5 leads passed the double opt-in.

Invoice follows at month end (EUR 18.50 per qualified lead).

Kind regards,
Rebecca Lyons
Partner Operations | Tarifblick GmbH
Berlin"""
    rows = """lead_id,created,first_name,last_name,date_of_birth,email,phone,zip,city,living_space_m2,sum_insured,current_insurer,optin_version
TB-H-88412,2024-03-04T09:12:44,Lea,Hoffmeister,1991-07-23,lea.hoffmeister@freemail.example,+49 151 5550 1123,50733,Köln,68,45000,none,tb-optin-2.4
TB-H-88419,2024-03-04T13:40:02,Murat,Çelik,1985-02-11,m.celik@netmail.example,+49 172 5550 9981,51063,Köln,92,60000,Allianz,tb-optin-2.4
TB-H-88431,2024-03-05T18:22:17,Sophie,Waldmann,1999-12-01,sophie.w@kabelmail.example,,53111,Bonn,41,30000,none,tb-optin-2.4
TB-H-88455,2024-03-07T07:55:31,Thorsten,Eickhoff,1972-05-19,t.eickhoff@web-post.example,+49 2202 5550 344,51429,Bergisch Gladbach,120,95000,HUK,tb-optin-2.4
TB-H-88470,2024-03-09T21:03:09,Anja,Reimers,1968-10-30,anja.reimers@freemail.example,+49 160 5550 7702,50354,Hürth,77,52000,DEVK,tb-optin-2.4
"""
    label(23, "CONFIDENTIAL", "en", "company",
          "comparison-portal lead export (CSV) with named prospects and birth dates, home contents")
    return build(23, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "CRM Import <crm-import@%s>" % DOM,
                 "FW: Tarifblick lead export Hausrat KW10", "-------- Forwarded Message --------\nFrom: Rebecca Lyons <r.lyons@tarifblick.example>\nTo: Jonas Pietsch\n\n" + body,
                 atts=[csv_att(rows, "tarifblick_hausrat_kw10.csv")])


def m024():
    body = """Hi Priya,

here's the field mapping for the new consent & preference centre interface (CRM -> marketing cloud). Please implement exactly these fields in the nightly sync; anything not listed must NOT leave the CRM.

CRM field                  MC field              type        note
KUNDE.KD_NR                SubscriberKey         text(10)    hashed in staging
KUNDE.ANREDE               Salutation            picklist
KUNDE.VORNAME/NACHNAME     FirstName/LastName    text
KUNDE.GEB_DAT              (not transferred)     -           only age band, see below
derived                    AgeBand               picklist    18-29/30-44/45-59/60+
EINW.EMAIL_WERBUNG         OptInEmail            bool        incl. timestamp + text version
EINW.TEL_WERBUNG           (not transferred)     -
VERTRAG.SPARTE             HoldsMotor/HoldsHome  bool        ONLY non-personal lines
VERTRAG.SPARTE (KV/LV/UV)  (not transferred)     -           never, DPO decision 2023-11

Health, life and accident holdings are excluded on purpose: we may not use them for targeting in the marketing cloud. There is no "health_flag" field any more, please remove it from your test data model.

Thanks
Emre"""
    label(24, "NORMAL", "en", "insurer-to-supplier",
          "trap: CRM interface field mapping mentioning birth date, health/life lines and consent fields, no data")
    return build(24, "Emre Yildiz <emre.yildiz@%s>" % DOM, "Priya Nair <priya.nair@datasutra-analytics.example>",
                 "Field mapping consent centre sync v1.3", body)


def m025():
    body = """Dear Mr Ferreira,

thank you for taking part in our customer survey and for your detailed comment. You asked us to contact you, so here is our answer.

You wrote:
> My wife is 24 weeks pregnant and we will move back to Lisbon in June. Will
> the international health plan still cover the birth and the prenatal
> check-ups in Portugal? Her gynaecologist in Cologne says the pregnancy is
> high-risk because of her gestational diabetes, so we need certainty now.

Your policy Lindenhof Global Health (IH-7702518) covers both you and your wife (insured person no. 2) worldwide except the USA. Prenatal care, the delivery and treatment of gestational diabetes are covered in Portugal without a new waiting period, as the 8-month maternity waiting period has already been completed. Please send us the name of the hospital in Lisbon in advance so that we can arrange a direct billing agreement.

We wish you and your wife all the best.

Kind regards
Nadine Krug
Health Benefits / International
Lindenhof Versicherung AG
""" + DISCLAIMER_EN
    label(25, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
          "survey follow-up: named expat customer's wife pregnant with gestational diabetes, international health policy")
    return build(25, "Nadine Krug <nadine.krug@%s>" % DOM, "Rui Ferreira <rui.ferreira@mailbox.example>",
                 "Your survey comment – maternity cover abroad", body)


def m026():
    body = """Hallo Philipp,

hier wie versprochen die Persona-Steckbriefe aus dem Workshop vom Dienstag, bereinigt und als Word. Die Namen sind erfunden, die Merkmale Mischungen aus der Segmentierungsstudie 2023 (Quorum). Bitte keine echten Kundenfotos für die Moodboards verwenden, nur Stock.

Gruß
Leonie"""
    doc = ["Personas Privatkunden 2024 (fiktiv)",
           ["Persona", "Alter", "Lebenssituation", "Bedürfnisse / Pain Points", "Kanal"],
           ["Familie Schröder (Nina & Tim)", "36/38", "Zwei Kinder, Tochter mit Neurodermitis, Reihenhaus in Pulheim",
            "Kinderunfall, Zahnspange für den Sohn absehbar, wenig Zeit", "Instagram, Elternabend, Makler"],
           ["Herr Bauer", "63", "Frührentner nach Herzinfarkt, Witwer",
            "Angst vor Pflegefall, will Kinder nicht belasten", "Print, Telefon"],
           ["Jule", "27", "Pflegefachkraft im Schichtdienst, Single",
            "Rückenprobleme, denkt nicht an BU, preissensibel", "TikTok, Vergleichsportale"],
           ["Ömer & Sandra", "44/41", "Selbstständig (Malerbetrieb), Diabetes Typ 2 bei ihm",
            "Krankentagegeld, Absicherung des Betriebs", "Makler, Google"],
           "Quelle: Workshop 05.03.2024, Segmentierungsstudie 2023. Alle Personas sind fiktive Zusammensetzungen."]
    label(26, "NORMAL", "de", "insurer-to-agency",
          "trap: fictitious personas with diagnoses (Neurodermitis, Herzinfarkt, Diabetes) in DOCX")
    return build(26, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Philipp Moll <p.moll@kranich-kommunikation.example>",
                 "Personas aus dem Workshop", body,
                 atts=[docx_att(doc, "Personas_Privatkunden_2024.docx")])


def m027():
    text = """Hallo Philipp,

für das Briefing Kfz-Rückgewinnung ("Komm zurück"-Mailing an Kündiger zum 01.01.) hier zur Orientierung ein paar echte Beispiele aus der Kündigerliste, damit ihr ein Gefühl für die Zielgruppe bekommt. Tabelle siehe HTML-Teil.

Bitte die Liste nicht an die Produktion weitergeben.

Gruß Jonas"""
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Hallo Philipp,</p>
<p>für das Briefing Kfz-Rückgewinnung (&quot;Komm zurück&quot;-Mailing an Kündiger zum 01.01.) hier zur Orientierung ein paar echte Beispiele aus der Kündigerliste, damit ihr ein Gefühl für die Zielgruppe bekommt:</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:12px">
<tr style="background:#ddd"><th>Name</th><th>Ort</th><th>Alter</th><th>Fahrzeug</th><th>SF-Klasse</th><th>Vertrag</th><th>Kündigungsgrund</th><th>Neuer Versicherer</th></tr>
<tr><td>Stefanie Ruland</td><td>Leverkusen</td><td>34</td><td>Opel Corsa F</td><td>SF 8</td><td>KF-8812047</td><td>Beitragserhöhung</td><td>HUK24</td></tr>
<tr><td>Bernd Achterberg</td><td>Dormagen</td><td>57</td><td>BMW 320d Touring</td><td>SF 25</td><td>KF-5530981</td><td>Beitragserhöhung</td><td>unbekannt</td></tr>
<tr><td>Jasmin Kaya</td><td>Köln</td><td>23</td><td>Fiat 500</td><td>SF 2</td><td>KF-9120664</td><td>Fahrzeugwechsel</td><td>Check24-Tarif</td></tr>
<tr><td>Uwe Schlömer</td><td>Bergheim</td><td>68</td><td>Toyota Yaris Hybrid</td><td>SF 35</td><td>KF-2208813</td><td>Schadenregulierung unzufrieden</td><td>Provinzial</td></tr>
</table>
<p>Bitte die Liste nicht an die Produktion weitergeben.</p>
<p>Gru&szlig; Jonas</p></body></html>"""
    text_only = text.replace("Tabelle siehe HTML-Teil.", "Tabelle siehe unten (HTML).")
    label(27, "CONFIDENTIAL", "de", "insurer-to-agency",
          "agency briefing with real lapsed motor customers (names, contract numbers, no-claims class) only in HTML table")
    return build(27, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Philipp Moll <p.moll@kranich-kommunikation.example>",
                 "Briefing Kfz-Rückgewinnung – Beispiele Zielgruppe", text_only, html=html)


def m028():
    body = """Hallo Frau Kowalczyk,

danke für die Gesprächsprotokolle der Outbound-Welle Pflegezusatz (KW 7-8). Wir haben uns die Notizen angesehen: Ihre Agents haben in mehreren Fällen Angaben zum Gesundheitszustand von Angehörigen notiert. Das ist laut Leitfaden ausdrücklich nicht vorgesehen. Bitte schulen Sie das Team nach und löschen Sie die Freitextnotizen in Ihrem System; wir haben die Datei bei uns ebenfalls gelöscht bis auf die hier angehängten Beispiele für die Schulung, die Sie anschließend bitte ebenfalls löschen.

Mit freundlichen Grüßen
Jonas Pietsch
CRM & Kampagnensteuerung"""
    rows = """call_id;datum;kunde;kd_nr;ergebnis;notiz_agent
DP-55102;14.02.2024;Ingrid Hövelmann;4100119558;kein Interesse;"Kundin sagt Mann ist dement, Pflegegrad 3, lebt jetzt im Heim, sie will nichts mehr abschließen"
DP-55131;14.02.2024;Walter Seidenfaden;4100087734;Wiedervorlage;"hat selbst Parkinson seit 2 J, fragt ob er noch aufgenommen wird -> an Fachberater"
DP-55177;15.02.2024;Hannelore Brix;4100301985;Termin;"Tochter pflegt Kundin nach Hüft-OP, Beratungstermin 22.02. 15 Uhr"
DP-55203;16.02.2024;Gerd Amelung;4100243390;kein Interesse;"zu teuer"
"""
    label(28, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
          "call-centre notes (CSV) on named customers: dementia with care level 3, Parkinson, hip surgery")
    return build(28, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Sandra Kowalczyk <s.kowalczyk@dialogplus.example>",
                 "Outbound Pflegezusatz – Notizen der Agents", body,
                 atts=[csv_att(rows, "Beispiele_Schulung_KW7-8.csv", charset="windows-1252", mstype="application/vnd.ms-excel")])


def m029():
    body = """Hi all,

results of the landing-page A/B test for long-term care top-up (Pflegezusatz), 14 Feb - 10 Mar:

Variant A (control): hero image older couple on a bench, headline "Pflege kann jeden treffen"
Variant B: hero image daughter with mother in a kitchen, headline "Damit Pflege keine Familienfrage wird"

                  A         B
Sessions       18,402    18,377
Calculator starts 1,913   2,388
Leads            211       274
CR lead        1.15 %    1.49 %

B wins with 97 % probability (Bayesian). Bounce rate unchanged. Time on page +14 s for B.
Recommendation: roll out B, test the price anchor ("ab 9,90 €") next.

Full dashboard: https://bi.lindenhof-versicherung.example/ab/pflege-lp-2024-02

Emre"""
    label(29, "NORMAL", "en", "internal", "trap: A/B test of care-insurance landing page, aggregates only")
    return build(29, "Emre Yildiz <emre.yildiz@%s>" % DOM, "Marketing Team <marketing@%s>" % DOM,
                 "A/B result: Pflege landing page", body)


def m030():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof Versicherung AG//Outlook 16.0//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:20240318T090000-kickoff-kinderunfall@lindenhof-versicherung.example
DTSTAMP:20240308T101500Z
DTSTART;TZID=Europe/Berlin:20240318T090000
DTEND;TZID=Europe/Berlin:20240318T113000
SUMMARY:Kick-off Kampagne Kinderunfall "Sicher toben"
LOCATION:Raum 4.12 / Teams
ORGANIZER;CN=Leonie Brandt:mailto:leonie.brandt@lindenhof-versicherung.example
ATTENDEE;CN=Philipp Moll:mailto:p.moll@kranich-kommunikation.example
ATTENDEE;CN=Anja Kranich:mailto:a.kranich@kranich-kommunikation.example
ATTENDEE;CN=Jonas Pietsch:mailto:jonas.pietsch@lindenhof-versicherung.example
DESCRIPTION:Agenda: 1. Produkt Kinderunfall (Invaliditätsleistung\\, Gipsgeld\\, Bergungskosten) 2. Zielgruppe Eltern 0-12 3. Kanäle 4. Zeitplan
END:VEVENT
END:VCALENDAR"""
    body = """Hallo zusammen,

hiermit die Einladung zum Kick-off für die Kinderunfall-Kampagne "Sicher toben". Bitte bringt erste Ideen zu Gipsgeld und Kita-/Schul-Kooperationen mit.

Viele Grüße
Leonie"""
    label(30, "NORMAL", "de", "insurer-to-agency",
          "trap: ICS kick-off for child accident campaign (Invalidität, Gipsgeld), no person concerned")
    return build(30, "Leonie Brandt <leonie.brandt@%s>" % DOM,
                 "Philipp Moll <p.moll@kranich-kommunikation.example>, Anja Kranich <a.kranich@kranich-kommunikation.example>",
                 "Einladung: Kick-off Kampagne Kinderunfall", body, cc="Jonas Pietsch <jonas.pietsch@%s>" % DOM,
                 atts=[ics_att(ics)])

def m031():
    body = """Hallo Herr Weyer,

danke für die Rückläuferliste aus dem Hausrat-Mailing. Die neuen Anschriften aus dem Nachsendeauftrag haben wir übernommen, bitte für Welle 2 die korrigierte Datei verwenden (kommt morgen per SFTP).

Zur Kontrolle die 4 Fälle mit "Empfänger unbekannt verzogen", die wir im Bestand sperren:

Kortmann, Sabine – Am Wiesengrund 7, 42897 Remscheid – HR-7714392
Pfeiffer, Lukas – Bahnhofstr. 12, 42651 Solingen – HR-7390021
Tasdemir, Ayşe – Bergstr. 40, 42105 Wuppertal – HR-8041176
Heinen, Wolfgang – Dorfstr. 2, 42799 Leichlingen – HR-6011842

Gruß
Jonas Pietsch"""
    label(31, "CONFIDENTIAL", "de", "insurer-to-supplier",
          "returned-mail list: named customers with addresses and household contract numbers")
    return build(31, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Martin Weyer <m.weyer@druckhaus-weyer.example>",
                 "AW: Rückläufer HR-Upgrade Welle 1", body, in_reply_to="a", cte="8bit")


def m032():
    body = """Hi Sam,

attached the transcript of the video interview with Mr Kessler for the "Real stories" BU spot. He has approved this version and signed the release (use: online and social, 18 months). Please cut to max. 90 seconds; the passages in square brackets must not be used.

Best
Leonie"""
    doc = ["Transcript – Interview Thomas Kessler, 12 March 2024, Cologne (translated)",
           "Q: How did it start?",
           "TK: I was a site manager in civil engineering for 19 years. In 2021 I started having panic attacks on the motorway, "
           "then I couldn't sleep any more. My GP sent me to a psychiatrist, diagnosis: severe depression and generalised anxiety disorder.",
           "Q: And the job?",
           "TK: After eight months of sick leave and a stay at a psychosomatic clinic in Bad Bramstedt it was clear I couldn't go back to the site. "
           "Lindenhof recognised my occupational disability in April 2022 and I get my BU pension of 2,100 euros a month (contract BU-4470913).",
           "[TK: My wife nearly left me in that time, please don't use that.]",
           "Q: What would you tell others?",
           "TK: Take it out early. I only got it because my brother-in-law is a broker."]
    label(32, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-agency",
          "harmless body; DOCX interview of named customer: depression, anxiety disorder, clinic stay, BU pension")
    return build(32, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Sam Whitfield <sam.whitfield@brightwater-creative.example>",
                 "Real stories – transcript Kessler (approved version)", body,
                 atts=[docx_att(doc, "Transcript_Kessler_approved.docx")])


def m033():
    body = """Hi Ina,

here's the English draft of the press release for the award, for the group website. Please check the quotes.

---
Lindenhof wins "Service Champion 2024" in the health supplementary insurance category

Cologne, 2 April 2024 – Lindenhof Versicherung AG has been named "Service Champion 2024" in the category dental and health supplementary insurance. In the study by the Institute for Service Quality, more than 1,800 policyholders rated the speed of reimbursement for dental treatment, glasses and alternative practitioners.

"Our customers don't want to wait weeks for their dentist's invoice to be reimbursed," says Ute Marschner, Member of the Board. "Today 78 percent of all invoices are settled within five working days."

Press contact: Ina Lorenz, press@lindenhof-versicherung.example
---

Thanks
Katrin"""
    label(33, "NORMAL", "en", "internal", "trap: press release on health supplementary service award, board member quote only")
    return build(33, "Katrin Albers <katrin.albers@%s>" % DOM, "Ina Lorenz <ina.lorenz@%s>" % DOM,
                 "EN draft press release Service Champion", body)


def m034():
    body = """Dear Ms Okafor,

thank you for your e-mail. We are sorry that you received calls from our service partner although you did not want them.

We have blocked your telephone number for all marketing calls with immediate effect and removed your telephone consent. Your car insurance (policy KF-9630227, vehicle BN-CO 418) and your travel insurance remain unchanged, of course.

For your records: your consent to phone marketing had been given on 3 March 2022 in the online quote form. You withdrew it by e-mail on 15 January 2024 – the call on 20 February should therefore not have happened. We have passed this on to our service partner.

Kind regards
Carina Hesse
Customer Service, Lindenhof Versicherung AG

> -----Original Message-----
> From: Chioma Okafor <chioma.okafor@mailbox.example>
> Sent: 21 February 2024 18:03
> Subject: STOP calling me
>
> This is the third time someone from "Lindenhof" called me about a care
> insurance. I told you in January: I only have my car and travel insurance
> with you, I don't want anything else. Policy KF-9630227.
> Chioma Okafor"""
    label(34, "CONFIDENTIAL", "en", "insurer-to-customer",
          "named customer with motor policy number and plate, consent history; no health content")
    return build(34, "Lindenhof Customer Service <kundenservice@%s>" % DOM,
                 "Chioma Okafor <chioma.okafor@mailbox.example>", "RE: STOP calling me", body, in_reply_to="a")


def m035():
    body = """Hallo Daan,

anbei die Trigger-Datei für die Post-Claim-Befragung Kranken/Zahn, Abrechnungen KW 10. Passwort wie vereinbart telefonisch.

Bitte beachten: Einladungen nur an Kunden mit Feld SURVEY_OK = J.

Gruß
Emre"""
    csv_text = """kd_nr;anrede;vorname;nachname;email;vertrag;leistungsart;rechnungsbetrag;erstattet;abrechnung_am;survey_ok
4100338102;Frau;Ute;Brandes;ute.brandes@freemail.example;KZ-6630118;Sehhilfe/Augenarzt;612,40;320,00;05.03.2024;J
4100871554;Frau;Katharina;Moers;k.moers@web-post.example;KZ-7110943;Hilfsmittel Perücke (Chemotherapie);890,00;0,00;05.03.2024;J
4100450096;Herr;Daniel;Fuchs;daniel.fuchs@netmail.example;ZZ-3310472;Zahnersatz Inlay 26;1.140,00;798,00;06.03.2024;J
4100510287;Frau;Sevgi;Arslan;sevgi.arslan@kabelmail.example;KZ-6920551;Psychotherapie (Heilpraktiker);1.260,00;630,00;07.03.2024;N
4100667023;Herr;Matthias;Lehnen;m.lehnen@mailbox.example;ZZ-4419980;Kieferorthopädie Kind;2.430,00;1.944,00;08.03.2024;J
"""
    zipped = _zip([("trigger_kv_kw10.csv", csv_text.replace("\n", "\r\n").encode("utf-8")),
                   ("LIESMICH.txt", "Trigger Post-Claim KV/Zahn KW10, 5 Datensaetze, Trennzeichen Semikolon.\r\n".encode("ascii"))])
    label(35, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
          "survey trigger file inside ZIP: named health customers with treatment types (chemotherapy wig, psychotherapy, orthodontics)")
    return build(35, "Emre Yildiz <emre.yildiz@%s>" % DOM, "Daan de Vries <daan.devries@feedbackly.example>",
                 "Trigger Post-Claim KV KW10", body,
                 atts=[attach(zipped, "trigger_kv_kw10.zip", "application", "zip")])


def m036():
    body = """Liebe Kolleginnen und Kollegen aus Marketing und CX,

aus gegebenem Anlass ein paar Regeln zu Freitextfeldern in Kundenbefragungen:

1. Kunden schreiben in offene Fragen oft über ihre Krankheit, Unfälle oder familiäre Situationen. Solche Freitexte sind – wenn sie einem Kunden zugeordnet werden können – Gesundheitsdaten nach Art. 9 DSGVO und unterliegen teilweise § 203 StGB.
2. Deshalb: Freitexte werden im Feedback-Tool nur der Fachabteilung angezeigt, die den Closed Loop bearbeitet. Für Berichte, Präsentationen und Agenturen ausschließlich codierte Themen oder Zitate nach Anonymisierung durch CX (Namen, Daten, Orte, seltene Diagnosen entfernen).
3. Rohdaten mit Kundennummer verlassen das Haus nur verschlüsselt und nur an Dienstleister mit AV-Vertrag.
4. Kein Versand von Verbatims per unverschlüsselter Mail, auch nicht intern an Verteiler.

Fragen gern an mich.

Dr. Helena Voss
Datenschutzbeauftragte
Lindenhof Versicherung AG
datenschutz@lindenhof-versicherung.example"""
    label(36, "NORMAL", "de", "internal",
          "trap: DPO guidance on health data in survey free text (Art. 9, § 203), no person")
    return build(36, "Dr. Helena Voss <datenschutz@%s>" % DOM, "Marketing Team <marketing@%s>" % DOM,
                 "Hinweis Datenschutz: Freitexte in Kundenbefragungen", body, cc="cx-team@%s" % DOM)


def m037():
    body = """Hallo Frau Brandt,

kurz die Messeleads von der "Bauen & Wohnen Köln" vom Wochenende, die explizit Interesse an Wohngebäude + Risikoleben zur Baufinanzierung hatten. Die Risikoleben-Beratung übernehme ich natürlich nicht per Mail, hier nur die Kontaktdaten für die Wohngebäude-Angebote:

- Familie Oleg und Irina Sokolow, Neubau in 50259 Pulheim, Bezug 09/2024, Baukosten 485.000 €, Finanzierung Sparda, Haushaltseinkommen netto ca. 6.200 €/Monat, Tel. 0178 5554410
- Jana Weißenfels, Eigentumswohnung Köln-Ehrenfeld, Kaufpreis 390.000 €, Einkommen brutto 71.000 €/Jahr (Angestellte, Lufthansa), jana.weissenfels@freemail.example

Beide wollen bis Ende März ein Angebot.

Beste Grüße
Marco Stiller
Außendienst / Bezirksdirektion Köln-West"""
    label(37, "CONFIDENTIAL", "de", "internal",
          "trade-fair leads: named prospects with household income and purchase prices")
    return build(37, "Marco Stiller <marco.stiller@%s>" % DOM, "Leonie Brandt <leonie.brandt@%s>" % DOM,
                 "Messeleads Bauen & Wohnen", body)


def m038():
    body = """Sehr geehrte Frau Pavlović,

seit zehn Jahren vertrauen Sie uns beim Schutz Ihrer Familie: Am 1. April 2014 haben Sie Ihre Risikolebensversicherung LebenSicher (Vertrag LV-3390417) bei uns abgeschlossen. Dafür sagen wir herzlich danke!

Als kleines Dankeschön haben wir für Sie einen Gutschein über 25 € für den Lindenhof-Prämienshop beigelegt.

Übrigens: Seit Ihrem Abschluss hat sich bei Ihnen vielleicht einiges verändert – ein neues Zuhause, Nachwuchs, ein höherer Kredit? Dann prüfen Sie doch, ob die Versicherungssumme von 150.000 € noch passt. Eine Erhöhung ohne erneute Gesundheitsprüfung ist bei bestimmten Ereignissen möglich (Nachversicherungsgarantie). Ihr Berater Herr Stiller meldet sich gern.

Mit herzlichen Grüßen
Ihre Lindenhof Versicherung

Gutscheincode: LH-JUB10-7Q4M-2XR9"""
    label(38, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
          "anniversary mail to named customer about her term life contract (number, sum insured) - life line")
    return build(38, "Lindenhof Versicherung <service@%s>" % DOM, "Mirela Pavlović <mirela.pavlovic@netmail.example>",
                 "10 Jahre gemeinsam – danke, Frau Pavlović!", body)


def m039():
    body = """Hello Lindenhof team,

your monthly deliverability report for February 2024:

Sent: 412,880 | Delivered: 98.7 % | Hard bounces: 0.4 % | Soft bounces: 0.9 %
Spam complaints: 0.012 % (threshold 0.08 %) | Unsubscribes: 0.31 %
Inbox placement (seed test): Gmail 94 %, GMX/web.de 88 %, T-Online 91 %

Observations:
- The "Gesundheits-Check" newsletter (5 Mar) triggered a spam filter on one major German mailbox provider because of the words "Darmkrebs" and "kostenlos" in combination. We recommend avoiding this combination in subject lines.
- DKIM alignment OK, DMARC policy p=quarantine recommended.

Your account manager,
Lukas Brandner
Postwerk Mailing GmbH"""
    label(39, "NORMAL", "en", "company", "trap: ESP deliverability report mentioning cancer keyword in newsletter, aggregates")
    return build(39, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Marketing Team <marketing@%s>" % DOM,
                 "FW: Deliverability report February 2024", "FYI\n\n-------- Original --------\nFrom: Postwerk Mailing <reports@postwerk-mailing.example>\n\n" + body)


def m040():
    body = """Hi Postwerk support,

ticket #PW-22871 – the following recipients from our motor customer segment (KFZ_BESTAND_NRW) were marked as hard bounce in yesterday's mailing, but the customers confirmed by phone that their addresses work. Could you check the bounce reason and remove them from the suppression list?

SubscriberKey | Email | Segment | Contract
4100229917 | j.brinkmann@kabelmail.example | KFZ_BESTAND_NRW | KF-7718220
4100640112 | ayla.dogan@freemail.example | KFZ_BESTAND_NRW | KF-8450917
4100193358 | hp.wolters@web-post.example | KFZ_BESTAND_NRW | KF-6602114

Thanks,
Jonas Pietsch
Lindenhof Versicherung AG"""
    label(40, "CONFIDENTIAL", "en", "insurer-to-supplier",
          "ESP support ticket with customer emails, customer numbers and motor contract numbers")
    return build(40, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Postwerk Support <support@postwerk-mailing.example>",
                 "Ticket #PW-22871 – false hard bounces motor segment", body)


def m041():
    body = """Hallo zusammen,

zur Info die Statistik der Rechnungsprüfung Kranken/Zahn für das Marketing-Dashboard (Feb 2024):

Eingereichte Belege: 14.820 (davon 71 % per App)
Durchlaufzeit Median: 4 Arbeitstage
Top-Leistungsarten: PZR 31 %, Füllungen 18 %, Brillen/Kontaktlinsen 14 %, Heilpraktiker 9 %, Implantate 7 %
Quote Vollerstattung: 62 %

Für die Kampagne "Lächeln lohnt sich" würde ich die PZR-Quote als Proof-Point vorschlagen ("Jede dritte Rechnung ist eine Zahnreinigung").

Gruß
Nadine"""
    label(41, "NORMAL", "de", "internal",
          "trap: aggregate health-claims statistics (treatment types) for a marketing dashboard")
    return build(41, "Nadine Krug <nadine.krug@%s>" % DOM, "Leonie Brandt <leonie.brandt@%s>" % DOM,
                 "Zahlen Leistung KV/Zahn Februar für Kampagne", body)


def m042():
    body = """Dear Ms Byrne,

we need to report a possible issue with the listening tool. The "auto-tag" rule "complaint_health" is currently attaching the full public profile (name, location, profile photo URL) of authors to the case export. For our weekly reports we only need the post text and the sentiment.

Please deactivate author enrichment for the Lindenhof workspace (ID LH-DE-01) and confirm in writing. No data needs to be sent back and forth for this – we have already deleted the exports on our side.

Kind regards
Tobias Rehm
Social Media & Community Management"""
    label(42, "NORMAL", "en", "insurer-to-supplier",
          "trap: request to listening-tool vendor about health-complaint tag and author data, no person")
    return build(42, "Tobias Rehm <tobias.rehm@%s>" % DOM, "Ciara Byrne <ciara.byrne@listenly.example>",
                 "Workspace LH-DE-01: please disable author enrichment", body)


def m043():
    body = """Hi Ciara,

one more thing regarding last week's case export: please remove this case from your support ticket attachments as well, it was sent to you by mistake.

  Case 77120 | source: Facebook | author: Marlene Scholtysik (Gelsenkirchen)
  "My husband has been on dialysis three times a week since his kidneys failed in January. Lindenhof's hospital daily allowance paid for only 10 of the 23 days he spent in hospital. Policy KT-4481207. Shame on you."

Thank you,
Tobias"""
    label(43, "STRICTLY_CONFIDENTIAL", "en", "customer",
          "social post of named person: husband's kidney failure, dialysis, hospital days, health contract number")
    return build(43, "Tobias Rehm <tobias.rehm@%s>" % DOM, "Ciara Byrne <ciara.byrne@listenly.example>",
                 "Re: Workspace LH-DE-01 – case to delete", body, in_reply_to="a")


def m044():
    html = """<html><body style="font-family:Verdana;font-size:12px">
<p>Liebes Kranich-Team,</p>
<p>vielen Dank für die drei Routen zur Pflegezusatz-Kampagne. Feedback aus der Abstimmung mit Vorstand und Compliance:</p>
<ol>
<li><b>Route 1 &quot;Oma Hilde&quot;</b> – emotional stark, aber die Szene mit dem Rollator und der Windel im Badezimmer geht gar nicht. Bitte würdevoller.</li>
<li><b>Route 2 &quot;Der Anruf&quot;</b> (Sohn bekommt Anruf aus dem Krankenhaus: Vater Schlaganfall) – gefällt am besten, Headline &quot;Pflegegrad 3 – und jetzt?&quot; bitte mit Preisbeispiel und Fußnote.</li>
<li><b>Route 3 &quot;Zahlen&quot;</b> – zu nüchtern, wird verworfen.</li>
</ol>
<p>Bitte Route 2 bis 29.03. ausarbeiten (Print A4, 1/1 Anzeige Apotheken Umschau-Format, Social 1:1 und 9:16).</p>
<p>Herzliche Grüße<br>Katrin Albers</p>
</body></html>"""
    label(44, "NORMAL", "de", "insurer-to-agency",
          "trap: feedback on creative routes (stroke, care level 3, rollator) about fictional characters")
    return build(44, "Katrin Albers <katrin.albers@%s>" % DOM, "Anja Kranich <a.kranich@kranich-kommunikation.example>",
                 "Feedback Routen Pflegezusatz", html=html, html_only=True)


def m045():
    body = """Hi Jörg,

kurze Rückmeldung zu deiner Kundin aus der Zufriedenheitsbefragung: sie hat das Gesamturteil "sehr zufrieden" gegeben und dich namentlich gelobt. Freitext:

"Herr Hartung hat nach dem Sturmschaden am Carport alles für uns erledigt, die Regulierung lief in 10 Tagen. Danke!"

Kundin: Ricarda Menzel, Wohngebäude WG-3318824, Schaden S-2024-01177.

Falls du das als Bewertung auf deiner Website nutzen willst, müsste sie dir das selbst freigeben – von uns darf das nicht kommen.

Beste Grüße
Felix"""
    label(45, "CONFIDENTIAL", "de", "insurer-to-broker",
          "survey praise of named customer with buildings contract and claim number (storm damage, no health)")
    return build(45, "Felix Hanke <felix.hanke@%s>" % DOM, "Jörg Hartung <info@hartung-versicherungsmakler.example>",
                 "Lob aus der Kundenbefragung", body, cte="8bit", flowed=True)

def m046():
    body = """Sehr geehrte Damen und Herren,

anbei unsere Rechnung Nr. KK-2024-0117 für die Konzeption und Reinzeichnung der Kampagne "Lächeln lohnt sich" (Leistungszeitraum Januar/Februar 2024).

Nettobetrag: 38.400,00 €
zzgl. 19 % USt: 7.296,00 €
Gesamtbetrag: 45.696,00 €

Zahlbar innerhalb von 30 Tagen ohne Abzug auf unser Konto:
Kranich & Kollegen Kommunikation GmbH
IBAN DE60 2505 0180 0866 4831 43, BIC SPKHDE2HXXX
USt-IdNr. DE298144710

Mit freundlichen Grüßen
Buchhaltung Kranich & Kollegen Kommunikation GmbH, Hamburg
Geschäftsführerin: Anja Kranich, HRB 118842 Amtsgericht Hamburg"""
    label(46, "NORMAL", "de", "company",
          "trap: agency invoice with the agency GmbH's own IBAN and VAT ID, no natural person data")
    return build(46, "Lindenhof Kreditorenbuchhaltung <kreditoren@%s>" % DOM, "Katrin Albers <katrin.albers@%s>" % DOM,
                 "WG: Rechnung KK-2024-0117 zur Freigabe",
                 "Bitte sachlich prüfen und freigeben.\n\nKreditorenbuchhaltung\n\n---------- Weitergeleitete Nachricht ----------\nVon: buchhaltung@kranich-kommunikation.example\n\n" + body)


def m047():
    body = """Hi team,

quick recap of yesterday's media planning call, mostly for Olivia who couldn't join. Wir haben uns auf folgendes geeinigt:

- Flight 1 (KW 16-19): CTV + YouTube Pre-Roll, targeting "Haushalte 30-49 mit Kindern", Frequenz-Cap 4/Woche
- Flight 2 (KW 36-39): Audio (Spotify, Podcasts) – Schwerpunkt Themen Gesundheit/Fitness; we will NOT use health-interest segments from third-party data providers (DPO veto)
- Paid Social: Meta + Pinterest, Creatives 9:16; Lookalikes only from website visitors, not from customer lists
- KPI: Calculator starts, Cost per Lead < 45 €

Open: Brightwater to send revised cut-downs (6s/15s) by Friday; Kranich owns the German adaptation.

Cheers, Leonie"""
    label(47, "NORMAL", "mixed", "insurer-to-agency",
          "trap: media plan in Denglisch mentioning health-interest targeting, no person")
    return build(47, "Leonie Brandt <leonie.brandt@%s>" % DOM,
                 "Olivia Hart <olivia.hart@brightwater-creative.example>, Philipp Moll <p.moll@kranich-kommunikation.example>",
                 "Recap Mediaplanung BU / Zahn 2024", body)


def m048():
    body = """Hi Katrin,

attached the topline from the two focus groups on long-term care insurance (Cologne, 7 March). All participants are pseudonymised (P1-P16); the recordings stay with us and will be deleted after 3 months as agreed.

Key findings:
- Care is perceived as a "family matter": 11 of 16 have cared for or are caring for a relative.
- P4 (f, 50-59) described how her mother's dementia "ate up" the family's savings – strongest emotional moment, very relevant for Route 2.
- The term "Pflegegrad" is known, the amounts are not. Most underestimate the own contribution in a nursing home by 50 %.
- Trust: recommendations from the family doctor or the pharmacy count more than ads.

Best regards,
Julia Haas
Senior Research Manager, Quorum Marktforschung GmbH"""
    lines = ["Quorum Marktforschung - Fokusgruppen Pflegezusatz - Topline 08.03.2024",
             "2 Gruppen a 8 Personen, 45-65 Jahre, Entscheider im Haushalt, keine Lindenhof-Kunden",
             "Teilnehmende pseudonymisiert (P1-P16), Alter nur in 10-Jahres-Klassen",
             "",
             "1. Erfahrung mit Pflege: 11/16 aktuell oder frueher pflegende Angehoerige",
             "2. Wissen: Pflegegrade bekannt (14/16), Eigenanteil Heim unterschaetzt (Median-Schaetzung 1.100 EUR)",
             "3. Barrieren: Preis, 'bin noch zu jung', Misstrauen ggü. Gesundheitsfragen",
             "4. Routen-Test: Route 2 'Der Anruf' klar vorne (10/16), Route 1 als 'entwürdigend' empfunden",
             "5. Zitat P9: 'Wenn ich das als Tochter erlebt habe, will ich das meinen Kindern ersparen.'"]
    label(48, "NORMAL", "en", "company",
          "trap: focus-group topline with pseudonymised participants in age bands (dementia of a relative, not identifiable)")
    return build(48, "Katrin Albers <katrin.albers@%s>" % DOM, "Leonie Brandt <leonie.brandt@%s>" % DOM,
                 "FW: Topline focus groups LTC", "Leonie, zur Info für Route 2.\nK.\n\n----- Forwarded -----\nFrom: Julia Haas <julia.haas@quorum-research.example>\n\n" + body,
                 atts=[pdf_att(lines, "Topline_Fokusgruppen_Pflege.pdf")])


def m049():
    body = """Hallo Julia,

danke für die Rekrutierungsliste für die Fokusgruppe "Leben mit chronischer Erkrankung & Versicherung" am 21.03. Leider ist die Liste so nicht in Ordnung: ihr habt uns Klarnamen, Telefonnummern und die Screener-Antworten geschickt. Wir brauchen nur die Anzahl pro Quote. Bitte künftig pseudonymisiert; die Datei habe ich gelöscht.

Zur Nachvollziehbarkeit unten der betroffene Ausschnitt aus deiner Mail (bitte auch bei euch im Postausgang löschen).

Gruß
Mareike

> Teilnehmende Gruppe 1 (bestätigt):
> 1. Heike Dorn, 52, Frechen, 0171 5559021 – Typ-2-Diabetes seit 2015, Insulin; Lindenhof-Kundin (Zahnzusatz)
> 2. Ralf Kemper, 47, Köln-Porz, 0152 5553318 – Multiple Sklerose (schubförmig), berentet
> 3. Yasemin Öztürk, 39, Hürth, 0176 5557740 – Morbus Crohn, 2 OPs
> 4. Detlef Maaßen, 61, Brühl, 02232 555-813 – KHK, 2 Stents 2022
> Aufwandsentschädigung je 80 €, Rekrutierung über unser Panel."""
    label(49, "STRICTLY_CONFIDENTIAL", "de", "company",
          "focus-group recruitment list in quote: named participants with diabetes, MS, Crohn's, coronary stents")
    return build(49, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Julia Haas <julia.haas@quorum-research.example>",
                 "AW: Rekrutierung FG chronische Erkrankung – bitte pseudonymisieren", body, in_reply_to="a")


def m050():
    body = """Hallo Dennis,

wie besprochen die Sponsoring-Eckdaten für den Kölner Benefizlauf "Laufen gegen Krebs" am 8. Juni:

- Lindenhof ist Premium-Partner (Startnummern-Branding, Zielbogen, Laufshirts)
- Spende 15.000 € an die Kinderkrebshilfe Rheinland e.V., Scheckübergabe durch Frau Marschner auf der Bühne
- Mitarbeiterteam: bisher 64 Anmeldungen, Startgebühr übernimmt Lindenhof
- Stand auf der Laufmeile mit Glücksrad und Infos zu Unfallversicherung für Freizeitsportler, keine Abschlüsse vor Ort

Pressemitteilung bitte mit Ina abstimmen.

Viele Grüße
Katrin"""
    label(50, "NORMAL", "de", "internal", "trap: charity run sponsoring against cancer, no person data")
    return build(50, "Katrin Albers <katrin.albers@%s>" % DOM, "Dennis Wirtz <dennis.wirtz@%s>" % DOM,
                 "Sponsoring Laufen gegen Krebs 2024", body)


def m051():
    body = """Hi Priya,

please stop the custom-audience upload job scheduled for tonight (job id MC-CA-0419). The DPO has not approved it: the source segment contains hashed e-mail addresses of customers with dental and health supplementary contracts, and uploading health-line customers to an ad platform is a no-go, hashed or not.

Please
1. disable the job,
2. delete the prepared hash file from the staging bucket,
3. send me a short confirmation (no file, no sample).

For the dental campaign we will only use website-visitor lookalikes.

Thanks,
Emre"""
    label(51, "NORMAL", "en", "insurer-to-supplier",
          "trap: stop of custom-audience upload of health customers, no data included")
    return build(51, "Emre Yildiz <emre.yildiz@%s>" % DOM, "Priya Nair <priya.nair@datasutra-analytics.example>",
                 "URGENT: stop custom audience job MC-CA-0419", body,
                 headers={"Importance": "high", "X-Priority": "1"})


def m052():
    body = """Hallo Lisa,

Korrekturen zum Reinlayout SEPA-Lastschriftmandat im Antragsstrecken-Flyer:

- Musterfeld IBAN bitte mit dem offiziellen Beispiel befüllen: DE89 3704 0044 0532 0130 00 (nicht mit irgendeiner ausgedachten Nummer, die zufällig echt sein könnte)
- Kontoinhaber: "Erika Mustermann"
- Gläubiger-ID: DE98ZZZ09999999999
- Mandatsreferenz: "wird separat mitgeteilt"
- Unterschriftsfeld links bündig

Danach gern direkt an die Druckerei.

Danke
Leonie"""
    label(52, "NORMAL", "de", "insurer-to-agency",
          "trap: published example IBAN and Erika Mustermann in a SEPA mandate layout")
    return build(52, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Lisa Berger <l.berger@kranich-kommunikation.example>",
                 "Korrektur SEPA-Mandat Flyer", body)


def m053():
    body = """Guten Tag Frau Schumacher,

vielen Dank, dass Sie sich für unseren Kundenbeirat 2024 beworben haben! Wir freuen uns, Ihnen mitteilen zu können, dass Sie für die erste Sitzung am 25. April 2024 (16-19 Uhr, Köln, Lindenhofstraße 40) ausgewählt wurden.

Zu Ihrer Person haben wir für die Zusammensetzung folgende Angaben genutzt:
Kundin seit: 2009
Verträge: Kfz (KF-4471190), Hausrat (HR-5532077), Privathaftpflicht (PH-5532078)
Wohnort: Leverkusen
Geburtsdatum laut Bewerbung: 19.11.1971

Eine Aufwandsentschädigung von 100 € sowie die Fahrtkosten erstatten wir Ihnen nach der Sitzung.

Bitte bestätigen Sie bis 5. April Ihre Teilnahme.

Herzliche Grüße
Mareike Szymanski
Customer Experience"""
    label(53, "CONFIDENTIAL", "de", "insurer-to-customer",
          "customer advisory board invitation: named customer's motor/household contracts and birth date")
    return build(53, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Andrea Schumacher <a.schumacher@web-post.example>",
                 "Einladung Kundenbeirat 2024", body)


def m054():
    body = """Hallo zusammen,

Protokoll der Kundenbeiratssitzung vom 25.04. im Anhang (Version für das Projektteam). Achtung: die Version enthält noch die Wortbeiträge mit Namen. Für die Verteilung an den Vorstand mache ich eine anonymisierte Fassung.

Mareike"""
    prot = ["Protokoll Kundenbeirat Lindenhof – 25.04.2024",
            "Teilnehmende: Andrea Schumacher, Klaus Meurer, Selin Yavuz, Hans-Peter Dohmen, Birgit Lansing, Tamara Jovanović",
            "TOP 1 Erfahrungen mit dem Schadenservice",
            "Hr. Dohmen: Wasserschaden im Keller 2023, Handwerker kamen schnell, Gutachter zu spät.",
            "Fr. Lansing: Ihr Mann ist seit einem Arbeitsunfall 2020 querschnittsgelähmt und sitzt im Rollstuhl. Die Unfallversicherung bei Lindenhof hat gezahlt, "
            "aber die Korrespondenz war 'eiskalt'. Sie wünscht sich einen festen Ansprechpartner bei schweren Fällen.",
            "Fr. Yavuz: App-Einreichung von Zahnarztrechnungen super, aber Heil- und Kostenplan für ihr Implantat musste sie dreimal hochladen.",
            "TOP 2 Werbung",
            "Mehrheit: zu viele Mailings, Telefonwerbung wird abgelehnt.",
            "TOP 3 Nächster Termin: 17.10.2024"]
    label(54, "STRICTLY_CONFIDENTIAL", "de", "internal",
          "harmless body; ODT minutes with named advisory-board members: husband paraplegic after accident, dental implant")
    return build(54, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "cx-team@%s" % DOM,
                 "Protokoll Kundenbeirat 25.04. (intern)", body,
                 atts=[odt_att(prot, "Protokoll_Kundenbeirat_2024-04-25_intern.odt")])


def m055():
    body = """Sehr geehrte Frau Ritter,

es tut uns sehr leid, dass Sie nach dem Tod Ihres Vaters noch Werbepost an ihn erhalten haben. Wir haben die Adresse Ihres Vaters für sämtliche Werbemaßnahmen gesperrt.

Wie besprochen kümmert sich unsere Leben-Abteilung um die Sterbefallmeldung zu seiner Risikolebensversicherung und zur Unfallversicherung. Die Sterbeurkunde und den ärztlichen Totenschein haben wir erhalten.

Mit aufrichtiger Anteilnahme
Sven Ottersbach
Zentrales Beschwerdemanagement

-----Ursprüngliche Nachricht-----
Von: Claudia Ritter <claudia.ritter@kabelmail.example>
Gesendet: Donnerstag, 14. März 2024 21:40
An: beschwerde@lindenhof-versicherung.example
Betreff: Werbung an meinen verstorbenen Vater

Guten Abend,
mein Vater Heinz Ritter (geb. 03.05.1947, Kundennr. 4100017782) ist am 2. Februar an Lungenkrebs gestorben, nach einem halben Jahr Chemo. Heute kommt ein Brief von Ihnen: "Herr Ritter, jetzt an die Pflege denken!" Wissen Sie, wie sich das anfühlt? Ich hatte den Tod am 8. Februar telefonisch gemeldet.
Bitte hören Sie damit auf.
Claudia Ritter"""
    label(55, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
          "complaint in quote: named deceased customer, cause of death lung cancer, chemo, life/accident contracts")
    return build(55, "Sven Ottersbach <beschwerde@%s>" % DOM, "Claudia Ritter <claudia.ritter@kabelmail.example>",
                 "AW: Werbung an meinen verstorbenen Vater", body, in_reply_to="a")


def m056():
    body = """Hallo Emre,

für das Geburtstagsmailing Mai (Kfz/Hausrat-Kunden mit E-Mail-Opt-in, runde Geburtstage) hier die Testselektion, bevor wir die Vollselektion starten. Bitte prüfen, ob die Altersberechnung stimmt – bei Kd. 4100557731 kommt bei mir 50 raus, die Anrede im Template sagt aber "zum 60.".

KD_NR       NAME                  GEB_DATUM    ALTER  SPARTEN        OPTIN
4100557731  Gül Aydın             07.05.1974   50     HR             E-Mail
4100229917  Jürgen Brinkmann      12.05.1964   60     KF, PH         E-Mail
4100640112  Ayla Doğan            21.05.1994   30     KF             E-Mail
4100001947  Marianne Vossen       30.05.1954   70     HR, WG, PH     E-Mail

Gruß
Jonas"""
    label(56, "CONFIDENTIAL", "de", "internal",
          "birthday mailing test selection: names, birth dates, customer numbers, non-personal lines")
    return build(56, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Emre Yildiz <emre.yildiz@%s>" % DOM,
                 "Testselektion Geburtstagsmailing Mai", body, cte="8bit")


def m057():
    body = """Dear Jonas,

thanks for the duplicate report. We checked the 3 clusters you flagged. Result below – please confirm the merge before we run it in production.

Cluster DUP-2291:
  4100382215  Michael Schneider  born 1980-02-14  Kaiserstr. 9, 53113 Bonn   motor KF-7210044
  4100391078  Michael Schneider  born 1980-02-14  Kaiserstrasse 9, Bonn      household HR-7388102
  -> same person, merge into 4100382215

Cluster DUP-2304:
  4100410552  Anna Lehmann  born 1989-09-03  Venloer Str. 301, Köln   legal expenses RS-2290117
  4100410553  Anna Lehmann  born 1961-06-27  Venloer Str. 301, Köln   household HR-6610024
  -> mother and daughter, do NOT merge

Cluster DUP-2317: false positive (different postcodes), no action.

Regards,
Priya Nair
Data Quality Team, Datasutra Analytics, Pune"""
    label(57, "CONFIDENTIAL", "en", "insurer-to-supplier",
          "CRM duplicate check in quoted vendor reply: names, birth dates, addresses, motor/household/legal contracts")
    return build(57, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Priya Nair <priya.nair@datasutra-analytics.example>",
                 "RE: Duplicate clusters week 11", "Hi Priya, confirmed for DUP-2291 and DUP-2304 as proposed. Thanks! Jonas\n\n-----Original Message-----\n" + body,
                 in_reply_to="a")


def m058():
    body = """Hallo zusammen,

hier die überarbeitete Liste der Chatbot-Intents für "Lina" (Website + App), bitte bis Freitag kommentieren. Neu sind die Gesundheits-Intents – hier soll Lina NIE Details abfragen, sondern nur auf die App bzw. das sichere Kontaktformular verweisen.

intent_id          Beispieläußerung                                 Aktion
rechnung_einr      "wie reiche ich meine Zahnarztrechnung ein"       Link App-Upload
krankmeldung_kt    "ich bin krankgeschrieben, was muss ich tun"      Verweis Formular KT, keine Nachfragen
unfall_melden      "hatte einen Unfall, bin verletzt"                Notfallnummer + Formular
bu_leistung        "kann wegen Depression nicht mehr arbeiten"       Rückrufbitte sicherer Kanal
adresse_aendern    "bin umgezogen"                                  Selfservice
kfz_schaden        "hab einen Parkschaden"                          Schadenstrecke Kfz
werbung_stop       "keine Werbung mehr"                             Präferenzcenter

Gruß
Emre"""
    label(58, "NORMAL", "de", "internal",
          "trap: chatbot intent list with health example utterances (Depression, krankgeschrieben), no person")
    return build(58, "Emre Yildiz <emre.yildiz@%s>" % DOM, "Digital Team <digital@%s>" % DOM,
                 "Chatbot Lina – Intent-Liste v4", body)


def m059():
    body = """Dear Mr Albrecht,

as discussed on the phone, this is the written summary of your photo shoot fee for the "Lächeln lohnt sich" campaign.

Photographer: Jannik Albrecht, Fotografie (sole proprietor), Hamburg
Shooting days: 2 (14-15 March 2024), Studio Hafenlicht
Fee: EUR 4,800.00 plus buy-out online/print 24 months EUR 3,200.00, net EUR 8,000.00 plus VAT
Tax number: 43/118/04417
Bank: IBAN DE45 7605 0101 6353 2399 43

Please send your invoice referencing PO 4500188201.

Best regards
Leonie Brandt
Lindenhof Versicherung AG"""
    label(59, "CONFIDENTIAL", "en", "insurer-to-supplier",
          "sole-trader photographer: fee, tax number and personal IBAN")
    return build(59, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Jannik Albrecht <mail@albrecht-fotografie.example>",
                 "Your fee – shooting 14/15 March (PO 4500188201)", body)


def m060():
    body = """Hi Olivia,

model releases for the dental shoot attached (scan). For your records the talent details as requested by your legal team:

Model 1: Nele Sörensen, born 22/06/1996, Hamburg, fee EUR 1,900 (1 day + buy-out)
Model 2: Karim Haddad, born 04 July 1988, Berlin, fee EUR 1,900
Child model: Mia Sörensen (daughter of model 1), born 2017, fee EUR 600, signed by the mother

Payment to the models goes through their agency (Faces & Places GmbH), so no bank details here.

Leonie"""
    label(60, "CONFIDENTIAL", "en", "insurer-to-agency",
          "model release details: named models with birth dates and fees (income)")
    return build(60, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Olivia Hart <olivia.hart@brightwater-creative.example>",
                 "Model releases dental shoot", body,
                 atts=[pdf_att(["MODEL RELEASE / Einverständniserklärung Bildrechte",
                                "Name: Nele Sörensen   geb. 22.06.1996   Honorar 1.900 EUR",
                                "Name: Karim Haddad   geb. 04.07.1988   Honorar 1.900 EUR",
                                "Kind: Mia Sörensen (2017), Honorar 600 EUR, gez. Nele Sörensen (Mutter)",
                                "Nutzung: Lindenhof Versicherung AG, Kampagne Zahnzusatz, Online/Print, 24 Monate"],
                               "Model_Releases_scan.pdf", octet=True)])

def m061():
    body = """Hi Mila,

great to have you on board for the income-protection campaign! As agreed in our call, here is the content brief for your three sponsored posts.

You told us you are happy to talk openly about your multiple sclerosis diagnosis (2019) and how it changed your work as a dance teacher – that is exactly the story we want to support, but in your words, not ours. Some guardrails:

- Please don't say that Lindenhof would insure someone with MS today (we can't promise that – pre-existing conditions are assessed individually).
- Your own BU policy with us (taken out in 2016, before the diagnosis) may be mentioned; the fact that you have been receiving a partial BU pension since 2021 only if you really want to.
- Label: "Werbung / bezahlte Partnerschaft".
- Fee: EUR 6,500 for 3 posts + 5 stories, invoice to marketing@.

Your draft captions by 12 April please.

Warm regards,
Tobias

""" + SIG_REHM
    label(61, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
          "influencer brief naming her MS diagnosis, her BU policy and partial BU pension")
    return build(61, "Tobias Rehm <tobias.rehm@%s>" % DOM, "Mila Richter <hello@mila-moves.example>",
                 "Content brief – BU partnership", body)


def m062():
    body = """Hallo Mila,

anbei wie besprochen der Kooperationsvertrag zur Unterschrift. Für die Zahlung brauchen wir noch einmal die Bestätigung deiner Bankverbindung – du hattest in der DM geschrieben:

IBAN DE14 4405 0199 5300 4924 15, Kontoinhaberin Mila Richter
Steuernummer 305/5171/2284 (Kleinunternehmerregelung nach § 19 UStG: nein)

Rechnung bitte mit Ausweis der USt. Honorar 6.500 € netto, zahlbar 14 Tage nach Veröffentlichung des letzten Posts.

Liebe Grüße
Tobias"""
    label(62, "CONFIDENTIAL", "de", "insurer-to-company",
          "influencer (natural person) payment details: IBAN, tax number, fee")
    return build(62, "Tobias Rehm <tobias.rehm@%s>" % DOM, "Mila Richter <hello@mila-moves.example>",
                 "Kooperationsvertrag + Bankdaten", body)


def m063():
    body = """Hi team,

attached the monthly influencer KPI report. Summary: 3 creators, 14 posts, 1.9 M impressions, engagement rate 4.1 %, 612 calculator starts attributed (last click, 7 days). Comments mostly positive; about 40 comments from people sharing their own experiences with chronic illness and insurance – we did not export or store them, they are only visible on the platforms.

Recommendation: extend with creator 2 for Q3.

Tobias"""
    rows = [["creator", "posts", "impressions", "engagement", "calc_starts"],
            ["creator_1 (fitness)", 5, 710000, "3.8 %", 201],
            ["creator_2 (dance/health)", 6, 930000, "4.9 %", 344],
            ["creator_3 (family)", 3, 260000, "2.7 %", 67]]
    label(63, "NORMAL", "en", "internal", "trap: influencer KPI report, aggregated, mentions chronic illness comments generically")
    return build(63, "Tobias Rehm <tobias.rehm@%s>" % DOM, "Marketing Team <marketing@%s>" % DOM,
                 "Influencer KPIs April", body,
                 atts=[ods_att("KPIs", rows, "Influencer_KPI_2024-04.ods")])


def m064():
    body = """Dear Mr Hughes,

thank you for your review on Trustpilot. We are glad that your new dental implant is in and that you are happy with the result, and we are sorry that the reimbursement took so long.

We have checked your file: the treatment plan for the implant at tooth 36 (incl. bone augmentation) was approved on 4 January; the final invoice from Dr. Yildirim's practice arrived on 12 February and we reimbursed EUR 2,614.80 (80 %) under your ZahnPlus Premium policy (ZZ-5518302) on 6 March. The delay was caused by a missing X-ray report – we should have asked for it right away.

As a gesture of goodwill we will credit one monthly premium.

Kind regards
Nadine Krug
Health Benefits, Lindenhof Versicherung AG

> Review by Gareth Hughes, 5 stars -> 2 stars
> "Implant finally done after a year of toothache and a bone graft. Lindenhof
> took 4 weeks to pay. Friendly on the phone but slow."
"""
    label(64, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
          "review reply to named customer: dental implant, bone graft, reimbursement under dental policy")
    return build(64, "Nadine Krug <nadine.krug@%s>" % DOM, "Gareth Hughes <gareth.hughes@mailbox.example>",
                 "Your review – implant reimbursement", body)


def m065():
    body = """Hallo Tobias,

Antwortentwurf für die Google-Bewertung von gestern (3 Sterne, "Petra Kühn"), bitte kurz drüberschauen, bevor ich ihn veröffentliche:

---
Liebe Frau Kühn, vielen Dank für Ihre ehrliche Bewertung. Es freut uns, dass der Glasschaden an Ihrem Ceranfeld so schnell ersetzt wurde, und es tut uns leid, dass die Terminabstimmung mit dem Handwerker holprig war. Wir haben Ihr Feedback an unser Schadenteam weitergegeben. Ihr Lindenhof-Team
---

Intern zur Info: Sie ist Kundin, Hausrat HR-6690412 inkl. Glas, Schaden S-2024-02254, reguliert am 04.03.

Gruß
Sandra"""
    label(65, "CONFIDENTIAL", "de", "internal",
          "review reply draft: named customer with household contract and glass claim number")
    return build(65, "Sandra Lüpertz <sandra.luepertz@%s>" % DOM, "Tobias Rehm <tobias.rehm@%s>" % DOM,
                 "Antwortentwurf Google-Bewertung Kühn", body)


def m066():
    body = """Sehr geehrte Damen und Herren,

ich bitte Sie, mich aus allen Werbeverteilern zu nehmen. Ich bekomme seit 2022 eine BU-Rente von Ihnen, weil ich nach meinem Herzinfarkt und der Bypass-OP nicht mehr als Kraftfahrer arbeiten kann. Und jetzt schicken Sie mir Werbung für eine "Fitness-Challenge mit Beitragsbonus". Das ist geschmacklos.

Vertragsnummer BU-3910288.

Hartmut Lenz
Feldstraße 17
47533 Kleve"""
    fwd = "Lieber Jonas,\n\nbitte Werbesperre setzen und prüfen, warum BU-Leistungsempfänger in der Selektion Fitness-Challenge gelandet sind. Die Selektion hätte Leistungsfälle ausschließen müssen.\n\nDanke\nSven\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Werbung\nDatum: Wed, 20 Mar 2024 10:12:55 +0100\nVon: Hartmut Lenz <h.lenz@freemail.example>\nAn: kundenservice@lindenhof-versicherung.example\n\n" + body
    label(66, "STRICTLY_CONFIDENTIAL", "de", "customer",
          "inline forward: named BU pensioner after heart attack and bypass surgery asks for advertising block")
    return build(66, "Sven Ottersbach <sven.ottersbach@%s>" % DOM, "Jonas Pietsch <jonas.pietsch@%s>" % DOM,
                 "WG: Werbung", fwd, charset="windows-1252", cte="quoted-printable")


def m067():
    body = """Hi Jonas,

churn model v2 – output for the life & pension book as requested, top-10 by churn probability, for the retention call list. The full file is on the SFTP.

customer_no | name | product | contract | premium/month | churn_prob | top driver
4100120033 | Frank Mertens | term life | LV-2288101 | 38.20 | 0.91 | premium increase after dynamic adj.
4100335910 | Elif Şahin | endowment | LV-1180457 | 112.00 | 0.88 | policy loan requested 2023
4100071245 | Rainer Gottschalk | BU | BU-2290014 | 86.40 | 0.86 | contribution waiver ended
4100560198 | Tanja Bührmann | term life | LV-3015520 | 21.90 | 0.84 | divorce (beneficiary change 12/2023)
4100209937 | Georg Lindemann | private pension | RV-4419002 | 200.00 | 0.83 | premium holiday
...

Regards,
Arjun Mehta
Datasutra Analytics"""
    label(67, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
          "churn scoring per named life/BU/pension customer (policy loan, beneficiary change), no medical word")
    return build(67, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Katrin Albers <katrin.albers@%s>" % DOM,
                 "FW: churn model v2 – life book top list", "Katrin, FYI – die Rückholaktion Leben würde ich gern mit dem Maklervertrieb abstimmen.\n\n--- forwarded ---\nFrom: Arjun Mehta <arjun.mehta@datasutra-analytics.example>\n\n" + body)


def m068():
    body = """Hi Arjun,

thanks for the model documentation. Feature importance looks plausible. For the steering committee deck I'll use only the aggregated view:

feature                          importance
premium change last 12m          0.24
tenure (years)                   0.18
number of contracts              0.14
claims in last 24m (count)       0.11
channel (broker/direct)          0.09
age band                         0.07
other                            0.17

AUC 0.81 on holdout, lift in top decile 3.4. Please make sure the deck does not contain any customer-level examples.

Jonas"""
    label(68, "NORMAL", "en", "insurer-to-supplier", "trap: churn model feature importance, aggregated only")
    return build(68, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Arjun Mehta <arjun.mehta@datasutra-analytics.example>",
                 "RE: churn model v2 documentation", body, in_reply_to="a")


def m069():
    body = """Sehr geehrte Damen und Herren,

wir vertreten Frau Sabine Kuhlmann, Lindenhof-Kundin mit Unfallversicherung UV-4102277 (Schaden U-2023-09981).

Unsere Mandantin hat am 11.03.2024 – mitten im laufenden Rechtsstreit über die Invaliditätsleistung nach ihrem Reitunfall (Beckenringfraktur, Läsion des Nervus ischiadicus, dauerhafte Gehbehinderung, GdB 50) – ein Werbeschreiben zu Ihrer "Unfall-Rente 60+" erhalten, in dem sie als "sportlich aktive Kundin" angesprochen wird.

Wir fordern Sie auf, unsere Mandantin künftig nicht mehr zu Werbezwecken zu kontaktieren und uns mitzuteilen, auf welcher Rechtsgrundlage ihre Daten für diese Selektion verwendet wurden (Art. 15 DSGVO).

Mit freundlichen Grüßen
Dr. Felicitas Roeder
Rechtsanwältin
Roeder & Partner Rechtsanwälte, Düsseldorf"""
    fwd = "Hallo Frau Dr. Voss,\n\nbitte um Übernahme des Auskunftsteils, ich kläre die Werbesperre.\n\nGruß S. Ottersbach\n\n---- Original ----\nVon: kanzlei@roeder-partner.example\n\n" + body
    label(69, "STRICTLY_CONFIDENTIAL", "de", "lawyer",
          "lawyer letter: client's accident policy, pelvic fracture, nerve lesion, GdB 50")
    return build(69, "Sven Ottersbach <sven.ottersbach@%s>" % DOM, "Dr. Helena Voss <datenschutz@%s>" % DOM,
                 "WG: Unfall UV-4102277 Kuhlmann – Werbewiderspruch / Auskunft", fwd)


def m070():
    body = """Hi Leonie,

nachgefragt bei der Stockagentur: Die Lizenz für das Motiv "Frau im Rollstuhl lacht mit Tochter" (ID 88123-ST) ist als "Editorial + Commercial, keine sensiblen Nutzungen" lizenziert. Für Versicherungswerbung mit Bezug auf Unfall/Behinderung brauchen wir die Erweiterung "sensitive use", kostet 450 € zusätzlich. Model Release liegt der Agentur vor.

Soll ich das bestellen?

Gruß
Lisa

Lisa Berger | Text & Konzept | Kranich & Kollegen Kommunikation"""
    label(70, "NORMAL", "de", "company", "trap: stock photo licence for wheelchair motif, no real person's data")
    return build(70, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Katrin Albers <katrin.albers@%s>" % DOM,
                 "WG: Bildlizenz Rollstuhl-Motiv", "Katrin, sensitive use bestellen? Ich wäre dafür.\nL.\n\n" + body)


def m071():
    body = """Hi Helena,

quick question before we send the quarterly CX pack to the group in Zurich: is it OK if we include the following three verbatims? I've already removed names, customer numbers and places.

1. "Claims service was fine but the letters are hard to read."
2. "My husband had cancer last year and the lady on the phone was incredibly kind."
3. "Zahnreinigung wird jetzt sofort erstattet, super."

Mareike"""
    reply = """Hi Mareike,

1 and 3 are fine. No. 2: without name and number I'd accept it too – it doesn't identify anyone, and it's only a pack for group CX, not published. But please take out "last year", just "My husband had cancer" – less detail is better.

Helena

> """ + body.replace("\n", "\n> ")
    label(71, "NORMAL", "mixed", "internal",
          "trap: DPO check of anonymised verbatims (one mentions a husband's cancer), no identifier left")
    return build(71, "Dr. Helena Voss <datenschutz@%s>" % DOM, "Mareike Szymanski <mareike.szymanski@%s>" % DOM,
                 "Re: Verbatims for group CX pack", reply, in_reply_to="a")


def m072():
    body = """Sehr geehrter Herr Yilmaz,

vielen Dank für Ihre Empfehlung! Ihr Freund Herr Deniz Aksoy hat zum 01.03.2024 eine Kfz-Versicherung bei uns abgeschlossen. Ihre Prämie von 50 € aus der Aktion "Kunden werben Kunden" überweisen wir auf Ihr Konto:

IBAN: DE24 3005 0110 8895 6099 19
Verwendungszweck: KwK-Prämie 2024-0311 / Kd.-Nr. 4100775320

Hinweis: Prämien sind für Sie als Privatperson in der Regel als sonstige Einkünfte steuerpflichtig, wenn sie 256 € im Jahr übersteigen.

Mit freundlichen Grüßen
Ihr Lindenhof Kundenservice"""
    label(72, "CONFIDENTIAL", "de", "insurer-to-customer",
          "referral bonus: named customer's IBAN and customer number, friend's new motor contract")
    return build(72, "Lindenhof Kundenservice <kundenservice@%s>" % DOM, "Cem Yilmaz <cem.yilmaz@netmail.example>",
                 "Ihre Prämie Kunden werben Kunden", body)


def m073():
    body = """Dear Ms Novak,

thank you for taking part in our telematics app pilot "Lindenhof Drive". As promised, here is your personal result for February:

Driver: Jana Novak | Motor policy KF-8891337 | Vehicle: Mazda CX-30, K-JN 7712
Score: 87/100 (speed 92, braking 81, cornering 88, phone use 85)
Distance: 1,284 km, 47 % at night
Bonus level: 2 (10 % discount from next renewal)

The data are stored for 12 months as described in the pilot terms.

Best regards
Lindenhof Drive Team"""
    label(73, "CONFIDENTIAL", "en", "insurer-to-customer",
          "telematics pilot result for named customer: motor policy, plate, driving behaviour")
    return build(73, "Lindenhof Drive <drive@%s>" % DOM, "Jana Novak <jana.novak@mailbox.example>",
                 "Your driving score February", body, cte="base64")


def m074():
    body = """Dear Sir or Madam,

my travel cancellation insurance (policy RR-6631089) did not pay for our Mauritius trip although I lost my job on 12 January, three weeks before departure. Your letter says "job loss is only covered for permanent employees with more than 12 months of employment". I was employed for 14 months! Please check again. My net salary was EUR 3,450, the termination letter is attached to my claim R-2024-00318.

I rated you 0 in your survey, and I will not renew.

Lucy Carter"""
    wrap = "Kollegen Reise, bitte prüfen – Detraktor aus NPS Reise, Closed Loop. Danke, Mareike\n\n-----Original Message-----\nFrom: Lucy Carter <lucy.carter@freemail.example>\nSent: 18 March 2024\nTo: feedback@lindenhof-versicherung.example\nSubject: travel insurance claim\n\n" + body
    label(74, "CONFIDENTIAL", "en", "customer",
          "travel cancellation for job loss (no health): named customer, policy and claim number, salary")
    return build(74, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Reise-Leistung <reise-leistung@%s>" % DOM,
                 "FW: travel insurance claim", wrap)


def m075():
    body = """Liebe Kolleginnen und Kollegen,

am 23. April findet unser Gesundheitstag im Foyer statt. Angebote:

- Grippeimpfung durch den Betriebsarzt (bitte vorher im Intranet anmelden)
- Hautkrebs-Screening (Dermatologie-Mobil, 10 Minuten pro Person)
- Rückenfit-Kurzworkshops um 11 und 14 Uhr
- Blutdruck- und Blutzuckermessung, Beratung durch die BGM-Kolleginnen

Alle Untersuchungsergebnisse gehen nur an euch persönlich, nicht an den Arbeitgeber.

Euer BGM-Team und Marketing (für die Plakate)"""
    label(75, "NORMAL", "de", "internal", "trap: staff health day announcement (vaccination, skin cancer screening), no person")
    return build(75, "BGM Lindenhof <bgm@%s>" % DOM, "Alle Mitarbeitenden Köln <alle-koeln@%s>" % DOM,
                 "Gesundheitstag am 23. April", body)

def m076():
    body = """Hi Kerstin,

attached the enrolment list for the company health insurance (bKV) onboarding campaign at your company. We'll send the personalised welcome packs to these employees next week – could you please check that names and departments are correct? Two people opted for the upgrade tariff with dental (marked "Z").

Kind regards
Felix Hanke
Corporate Clients / bKV, Lindenhof Versicherung AG"""
    rows = [["Personalnr", "Name", "Abteilung", "Geburtsdatum", "bKV-Tarif", "Vertragsnr", "Beginn"],
            ["10442", "Lars Opitz", "Logistik", "1984-03-19", "Budget 600 + Z", "BKV-88120-014", "01.04.2024"],
            ["10517", "Natalia Wróbel", "Einkauf", "1990-11-02", "Budget 600", "BKV-88120-015", "01.04.2024"],
            ["10523", "Heiko Strunk", "Produktion", "1971-07-28", "Budget 600 + Z", "BKV-88120-016", "01.04.2024"],
            ["10611", "Ebru Kılıç", "Vertrieb", "1995-01-15", "Budget 600", "BKV-88120-017", "01.04.2024"]]
    label(76, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
          "harmless body; XLSX of named employees with birth dates and company health insurance contracts")
    return build(76, "Felix Hanke <felix.hanke@%s>" % DOM, "Kerstin Gerlach <k.gerlach@rheinmetallbau.example>",
                 "bKV onboarding – enrolment list for review", body,
                 atts=[xlsx_att([("Enrolment", rows)], "bKV_Rheinmetallbau_Enrolment.xlsx")])


def m077():
    body = """Hallo Herr Kamps,

schön, dass der TuS Frechen 1911 e.V. bei unserer Vereinsaktion "Sport versichert" mitmacht. Für das Gruppen-Unfallangebot brauchen wir nur:

- Anzahl Mitglieder je Altersgruppe (Kinder, Jugendliche, Erwachsene, Senioren)
- Sportarten
- gewünschte Invaliditätssumme

Bitte KEINE Mitgliederlisten mit Namen oder Geburtsdaten schicken – die brauchen wir für das Angebot nicht.

Sportliche Grüße
Felix Hanke"""
    label(77, "NORMAL", "de", "insurer-to-company",
          "trap: group accident offer for a sports club asking explicitly for counts only")
    return build(77, "Felix Hanke <felix.hanke@%s>" % DOM, "Uwe Kamps <vorstand@tus-frechen.example>",
                 "Vereinsaktion Sport versichert – Angebot Gruppen-Unfall", body)


def m078():
    body = """Hello Lindenhof,

We are the secretary of Cologne Crusaders Rugby Club. Following your stand at our open day, here are the members who want to join the group accident cover, as your colleague asked:

Name | Date of birth | Position | Remarks
Tom O'Reilly | 12/01/1992 | prop | shoulder surgery 2022 (torn labrum), fully fit
Dominik Haas | 30/08/1999 | wing |
Samuel Mensah | 14/03/1979 | lock | knee replacement planned 2025 - does this matter?
Finn Kowalke | 07/11/2005 | scrum-half | minor, parental consent attached

Cheers,
Hannah Price, Club Secretary"""
    wrap = "Felix, the club sent this unprompted despite our request for counts only. I've asked them to delete it on their side; please enter the cover request without the health remarks and delete this mail afterwards.\n\nMarco\n\n---------- Forwarded message ---------\nFrom: Hannah Price <secretary@cologne-crusaders.example>\n\n" + body
    label(78, "STRICTLY_CONFIDENTIAL", "en", "company",
          "club member list for group accident cover with birth dates, shoulder surgery and planned knee replacement")
    return build(78, "Marco Stiller <marco.stiller@%s>" % DOM, "Felix Hanke <felix.hanke@%s>" % DOM,
                 "FW: group accident – member list", wrap)


def m079():
    body = """Liebe Frau Schwarz,

danke für Ihre Bewerbung als Marketing Manager (m/w/d) Gesundheitsprodukte. Leider haben wir uns für eine andere Kandidatin entschieden.

Mit freundlichen Grüßen
Lindenhof Personal"""
    ad = """Ausschreibung (zur Info für das Team):
Marketing Manager (m/w/d) Gesundheitsprodukte – Köln, Vollzeit
Du verantwortest die Kommunikation für Zahnzusatz, Krankenzusatz, Pflege und Krankentagegeld: von der Zielgruppenanalyse über Kampagnen bis zur Erfolgsmessung. Du kennst dich mit Heil- und Kostenplänen nicht aus? Kein Problem, das lernst du bei uns."""
    label(79, "NORMAL", "de", "internal",
          "trap: job ad for health-products marketing; rejection note names candidate but no sensitive data")
    return build(79, "Katrin Albers <katrin.albers@%s>" % DOM, "Leonie Brandt <leonie.brandt@%s>" % DOM,
                 "Stelle Marketing Manager Gesundheit – Stand", "Leonie, Stelle ist besetzt (Start 01.06.). Die Absagen sind raus, Text unten zur Info.\n\n" + body + "\n\n" + ad)


def m080():
    body = """Hallo Herr Brenner,

für die Welle 2 der Post-Claim-Befragung Kfz (Schäden abgeschlossen 01.-15.03.) die Einladungsliste. Nur Kunden mit Befragungseinwilligung, Versand bitte ab Montag, Erinnerung nach 7 Tagen.

Freundliche Grüße
Emre Yildiz"""
    rows = """kd_nr,anrede,name,email,schaden_nr,schadenart,vertrag,abschluss
4100229917,Herr,Jürgen Brinkmann,j.brinkmann@kabelmail.example,K-2024-011830,Glasbruch,KF-7718220,04.03.2024
4100640112,Frau,Ayla Doğan,ayla.dogan@freemail.example,K-2024-009912,Parkschaden (Fremdschaden),KF-8450917,06.03.2024
4100118845,Herr,Peter Nowak,peter.nowak@web-post.example,K-2024-010477,Wildschaden Reh,KF-5502113,11.03.2024
4100492210,Frau,Sina Lorenzen,s.lorenzen@netmail.example,K-2024-012009,Hagel,KF-9003841,14.03.2024
"""
    label(80, "CONFIDENTIAL", "de", "insurer-to-supplier",
          "motor post-claim survey invitation list (CSV): names, claim and contract numbers, no injuries")
    return build(80, "Emre Yildiz <emre.yildiz@%s>" % DOM, "Dr. Stefan Brenner <stefan.brenner@quorum-research.example>",
                 "Einladungsliste Post-Claim Kfz Welle 2", body,
                 atts=[csv_att(rows, "postclaim_kfz_w2.csv")])


def m081():
    body = """Sehr geehrte Frau Gerhardt,

Ihre Meinung ist uns wichtig! Vor kurzem haben wir Ihre Rechnungen aus der Zahnzusatzversicherung abgerechnet (Erstattung vom 12.03.2024 für Ihre professionelle Zahnreinigung und die Kunststofffüllung an Zahn 14, Vertrag ZZ-6602145).

Wie zufrieden waren Sie mit der Abrechnung? Die Befragung dauert drei Minuten:
https://feedback.lindenhof-versicherung.example/s/kv-pc?t=8f2c91aa

Vielen Dank!
Ihre Lindenhof Versicherung

Sie möchten keine Befragungen mehr erhalten? https://feedback.lindenhof-versicherung.example/optout?t=8f2c91aa"""
    html = """<html><body style="font-family:Arial">
<p>Sehr geehrte Frau Gerhardt,</p>
<p>Ihre Meinung ist uns wichtig! Vor kurzem haben wir Ihre Rechnungen aus der Zahnzusatzversicherung abgerechnet (Erstattung vom 12.03.2024 f&uuml;r Ihre professionelle Zahnreinigung und die Kunststofff&uuml;llung an Zahn 14, Vertrag ZZ-6602145).</p>
<p><a href="https://feedback.lindenhof-versicherung.example/s/kv-pc?t=8f2c91aa" style="background:#0b5d4b;color:#fff;padding:8px 16px;text-decoration:none">Jetzt bewerten</a></p>
<p>Vielen Dank!<br>Ihre Lindenhof Versicherung</p>
<p style="font-size:10px">Keine Befragungen mehr? <a href="https://feedback.lindenhof-versicherung.example/optout?t=8f2c91aa">Abmelden</a></p>
</body></html>"""
    label(81, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
          "survey invitation naming dental treatments (filling tooth 14) and dental contract of the addressee")
    return build(81, "Lindenhof Feedback <feedback@%s>" % DOM, "Monika Gerhardt <monika.gerhardt@freemail.example>",
                 "Wie zufrieden waren Sie mit Ihrer Abrechnung?", body, html=html)


def m082():
    body = """Sehr geehrte Kundin, sehr geehrter Kunde,

«ANREDE» «NACHNAME»,

Ihre Meinung ist uns wichtig! Vor kurzem haben wir Ihre Rechnung aus der «PRODUKT» abgerechnet (Erstattung vom «DATUM» für «LEISTUNGSART»).

[Entwurf Textbaustein KV-PC-02 – bitte prüfen: Darf die Leistungsart in der Einladung stehen? Vorschlag Datenschutz: NEIN, nur "Ihre Abrechnung vom «DATUM»".]

Wie zufrieden waren Sie? «LINK»"""
    label(82, "NORMAL", "de", "internal", "trap: survey invitation template with placeholders, discussion of treatment type field")
    return build(82, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Dr. Helena Voss <datenschutz@%s>" % DOM,
                 "Textbaustein Einladung Post-Claim KV – Prüfung", body)


def m083():
    body = """Hi Daan,

heads-up: in yesterday's KV post-claim wave (about 2,100 invitations) the treatment type was merged into the invitation text because template KV-PC-01 was still active instead of KV-PC-02. The DPO has been informed and will assess whether this is a reportable incident.

Please deactivate KV-PC-01 on your side now. We will send you the list of affected respondents through the secure channel, not by e-mail.

Mareike"""
    label(83, "NORMAL", "en", "insurer-to-supplier",
          "trap: incident note about a survey template merging treatment types, no person named")
    return build(83, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Daan de Vries <daan.devries@feedbackly.example>",
                 "Template KV-PC-01 – deactivate immediately", body, headers={"Importance": "high"})


def m084():
    body = """Dear Nadine,

I'm writing about my son Leo's behavioural therapy. Leo (6) was diagnosed with autism spectrum disorder (F84.0) in January at the Uniklinik Köln SPZ, and his therapist recommended ABA-based therapy twice a week. Our child health top-up policy with you (KZ-7730218, insured person Leo Bennett, born 19/09/2017) - does it cover this? The survey you sent last week asked "how likely would you recommend us", I'd say it depends on your answer :)

Thank you,
Rachel Bennett"""
    reply = """Dear Mrs Bennett,

thank you for your message. Behavioural therapy prescribed by a doctor is covered under your son's tariff KinderPlus up to EUR 1,500 per year, provided the therapist is licensed (approbiert). Please send us the prescription and the therapist's cost estimate; we'll confirm in advance.

Kind regards
Nadine Krug
Health Benefits

> """ + body.replace("\n", "\n> ")
    label(84, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
          "named child's autism diagnosis F84.0, therapy, child health policy and birth date")
    return build(84, "Nadine Krug <nadine.krug@%s>" % DOM, "Rachel Bennett <rachel.bennett@mailbox.example>",
                 "RE: therapy for Leo – cover question", reply, in_reply_to="a")


def m085():
    body = """Hi Sophie,

we'd like to book you again for a translation job: our dental supplementary brochure "ZahnPlus – Ihr Lächeln in guten Händen" (12 pages, ca. 3,800 words) into English and Turkish. Glossary attached in last year's project (Heil- und Kostenplan = treatment and cost plan, Regelversorgung = standard care, Zahnstaffel = benefit limits in the first years).

Deadline 19 April, PO follows.

Best
Leonie"""
    label(85, "NORMAL", "en", "insurer-to-supplier", "trap: translation order for a dental brochure with glossary terms")
    return build(85, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Sophie Lambert <sophie@lambert-translations.example>",
                 "Translation job: ZahnPlus brochure EN/TR", body)


def m086():
    body = """Hallo Katrin,

Google-Ads-Report März für die Gesundheits-Kampagnen. Top-Keywords:

Keyword                         Impr.    Klicks  CPC     Conv.
zahnimplantat kosten            48.210   2.114   2,84 €  61
zahnzusatzversicherung test     31.902   1.877   3,41 €  94
bu versicherung depression      6.118    402     6,12 €  4
pflegegrad 2 geld               12.775   611     1,22 €  9
krankentagegeld selbstständige  4.390    288     4,75 €  17

Negative Keywords ergänzt: "kostenlos", "gesetzlich", "rente beantragen".

Gruß, Emre"""
    label(86, "NORMAL", "de", "internal", "trap: search ads keyword report (BU Depression, Pflegegrad), aggregated")
    return build(86, "Emre Yildiz <emre.yildiz@%s>" % DOM, "Katrin Albers <katrin.albers@%s>" % DOM,
                 "SEA-Report März Gesundheit", body)


def m087():
    body = """Sehr geehrte Frau Dr. Voss,

ich beantrage Auskunft nach Art. 15 DSGVO, insbesondere welche Werbesegmente Sie über mich speichern.

Stefan Pohlmann"""
    reply = """Sehr geehrter Herr Pohlmann,

anbei die Auskunft zu den Marketingdaten (Auszug, vollständige Auskunft als PDF im Anhang):

Kundennummer: 4100588316
Geburtsdatum: 08.12.1983
Verträge: Kfz KF-8802216, Rechtsschutz RS-3301982
Werbesegmente (automatisch berechnet aus Vertrags- und Webseitendaten):
- "Familie mit Kindern" (aus Fahrerkreis Kfz)
- "Affinität Vorsorge/Gesundheit: hoch" (aus Seitenaufrufen Ratgeber Zahnzusatz, 3 Besuche 01/2024)
- "Wechselbereitschaft Kfz: mittel"
Einwilligungen: E-Mail-Werbung (erteilt 02.02.2020), Telefon: keine

Mit freundlichen Grüßen
Dr. Helena Voss
Datenschutzbeauftragte

> """ + body.replace("\n", "\n> ")
    pdflines = ["Auskunft nach Art. 15 DSGVO - Stefan Pohlmann, geb. 08.12.1983",
                "Anschrift: Wiesenweg 12, 51465 Bergisch Gladbach",
                "Vertraege: Kfz KF-8802216 (GL-SP 883), Rechtsschutz RS-3301982 (Privat/Beruf/Verkehr)",
                "Zahlungsdaten: SEPA-Mandat, IBAN DE18 6605 0101 7538 7071 49",
                "Marketingsegmente: Familie mit Kindern; Affinitaet Vorsorge/Gesundheit hoch; Wechselbereitschaft Kfz mittel",
                "Empfaenger: Postwerk Mailing GmbH (E-Mail-Versand), Druckhaus Weyer (Lettershop)"]
    label(87, "CONFIDENTIAL", "de", "insurer-to-customer",
          "DSAR answer: birth date, motor/legal contracts, IBAN; inferred 'Gesundheit' interest segment is not health data")
    return build(87, "Dr. Helena Voss <datenschutz@%s>" % DOM, "Stefan Pohlmann <s.pohlmann@web-post.example>",
                 "AW: Auskunft nach Art. 15 DSGVO", reply, in_reply_to="a",
                 atts=[pdf_att(pdflines, "Auskunft_Art15_Pohlmann.pdf")])


def m088():
    body = """Hallo Sven,

kurze Info, damit das nicht doppelt läuft: Tobias fällt diese und nächste Woche aus. Social-Media-Eskalationen bitte bis 5. April an mich, ich hab die Vertretung.

Gruß
Katrin"""
    label(88, "NORMAL", "de", "internal", "trap: colleague absent ('fällt aus') without a reason, organisational only")
    return build(88, "Katrin Albers <katrin.albers@%s>" % DOM, "Sven Ottersbach <sven.ottersbach@%s>" % DOM,
                 "Vertretung Social Media", body)


def m089():
    body = """Hi everyone,

Save the date: Insurance Marketing Summit Europe 2024, 11-12 June, Amsterdam. We have 3 tickets. Sessions worth attending:
- "Empathy at scale: communicating with customers after a cancer diagnosis" (a UK insurer's CX team)
- "Consent management under GDPR: lessons from 4 fines"
- "GenAI for claims letters"

If you want to go, tell me by 15 April.

Katrin"""
    label(89, "NORMAL", "en", "internal", "trap: conference invitation with session on cancer diagnosis communication")
    return build(89, "Katrin Albers <katrin.albers@%s>" % DOM, "Marketing Team <marketing@%s>" % DOM,
                 "Insurance Marketing Summit – tickets", body)


def m090():
    body = """Liebe Frau Marx,

herzlichen Dank für Ihre Teilnahme an unserem Kundenbeirat! Wie versprochen erstatten wir Ihnen die Aufwandsentschädigung (100 €) und die Fahrtkosten (Bahn 2. Klasse Aachen–Köln, 37,80 €) auf das angegebene Konto DE84 5001 0517 3410 4912 32.

Bitte lassen Sie uns wissen, ob Sie auch im Oktober wieder dabei sein können.

Herzliche Grüße
Mareike Szymanski"""
    label(90, "CONFIDENTIAL", "de", "insurer-to-customer", "expense refund to advisory-board customer with her IBAN")
    return build(90, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Ursula Marx <ursula.marx@freemail.example>",
                 "Erstattung Kundenbeirat", body)

def m091():
    body = """Hallo Emre,

für die Werbesperre "nach Antragsablehnung" (Beschluss Datenschutz/Vertrieb vom Januar) hier die Fälle aus März, die noch nicht im CRM gesperrt sind. Bitte Flag WERBESPERRE_UW setzen, Laufzeit 24 Monate. Die Ablehnungsgründe stehen nur hier, damit du die Fälle zuordnen kannst – NICHT ins CRM übernehmen.

Antrag        Name                 geb.        Produkt        Entscheidung   Grund
A-BU-240311   Kevin Draxler        05.06.1990  BU Start       Ablehnung      Bandscheiben-OP 2022, laufende Schmerztherapie
A-BU-240327   Sarah Linnemann      17.02.1986  BU Komfort     Ablehnung      rezidivierende depressive Störung (F33.1), stat. Aufenthalt 2023
A-RL-240302   Torsten Böcker       29.10.1975  Risikoleben    Zurückstellung Abklärung erhöhter PSA-Wert
A-PZ-240319   Hildegard Sauer      03.03.1958  Pflegezusatz   Ablehnung      Parkinson-Diagnose 2021

Danke und Gruß
Heike Brömmel
Antragsprüfung Leben/BU"""
    label(91, "STRICTLY_CONFIDENTIAL", "de", "internal",
          "underwriting rejections for marketing suppression: named applicants, birth dates, diagnoses (F33.1, Parkinson)")
    return build(91, "Heike Brömmel <heike.broemmel@%s>" % DOM, "Emre Yildiz <emre.yildiz@%s>" % DOM,
                 "Werbesperren nach Ablehnung – März", body, cte="8bit")


def m092():
    body = """Hallo Lisa,

hier meine Anmerkungen zum Ratgeber-Artikel "Arbeitsunfall – was jetzt?" für den Blog (SEO-Keyword: "arbeitsunfall was tun"):

- Abschnitt "Sofort zum Durchgangsarzt" gut, bitte noch Hinweis, dass die gesetzliche Unfallversicherung nur bei Arbeits- und Wegeunfällen greift
- Beispiel "Eine Dachdeckerin stürzt vom Gerüst und bricht sich beide Handgelenke" ist okay, aber bitte ohne Namen und Ort, damit es nicht wie ein echter Fall wirkt
- Rechenbeispiel Invaliditätsleistung: Grundsumme 100.000 €, Handgelenk 5/10 Armwert… – Zahlen bitte mit Produktmanagement abgleichen
- CTA "Jetzt private Unfallversicherung berechnen"

Danke!
Leonie"""
    label(92, "NORMAL", "de", "insurer-to-agency", "trap: SEO blog article about work accidents with fictitious example")
    return build(92, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Lisa Berger <l.berger@kranich-kommunikation.example>",
                 "Ratgeber Arbeitsunfall – Anmerkungen", body)


def m093():
    body = """Dear Mr van Dijk,

thank you for the feedback call with our fleet team yesterday. As agreed, here's the summary:

Policyholder: Rhein-Maas Logistik GmbH, fleet policy FL-20418 (62 vehicles)
Contact: Mr Pieter van Dijk, Fleet Manager
Open points:
1. Claims reporting via the fleet portal for your Dutch drivers – we'll add an English interface by June.
2. Claim FL-20418-S-0117 (truck DU-RM 4410, rear-end collision, 12 Feb, no injuries) – our assessor's report will be sent by 29 March.
3. Renewal 2025: loss ratio 2023 was 71 %; we'll present options in September.

Your NPS rating (8) and comments have been recorded.

Kind regards
Marco Stiller
Key Account Fleet"""
    label(93, "CONFIDENTIAL", "en", "insurer-to-company",
          "fleet customer with named contact person, policy and claim details (no injuries)")
    return build(93, "Marco Stiller <marco.stiller@%s>" % DOM, "Pieter van Dijk <p.vandijk@rhein-maas-logistik.example>",
                 "Summary feedback call – fleet FL-20418", body)


def m094():
    body = """Hi Jonas,

as requested, the QA transcript of the flagged sales call (Risikoleben outbound, agent ID DP-A-118). Our QA team flagged it because the agent asked the health questions himself instead of referring the prospect to the online application – that's against the script.

Prospect: Martin Kellermann, 44, Bonn, customer no. 4100733015 (motor)
[00:04:12] Agent: Have you been treated for high blood pressure in the last five years?
[00:04:15] MK: Yes, I take Ramipril 5 mg since 2021, and my doctor says my cholesterol is too high.
[00:04:31] Agent: Height and weight?
[00:04:33] MK: 1.79, about 104 kilos. And I had a gastric ulcer last year.
[00:05:02] Agent: Okay, I'll put that in the note for the offer, sum insured 250,000 for the house loan.

We have retrained the agent. Please tell us whether we should delete the recording now or keep it for your internal review.

Sandra Kowalczyk
Quality Management, DialogPlus Service GmbH"""
    label(94, "STRICTLY_CONFIDENTIAL", "en", "company",
          "sales call transcript: named prospect's hypertension medication, weight, gastric ulcer, term life")
    return build(94, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Dr. Helena Voss <datenschutz@%s>" % DOM,
                 "FW: QA transcript call DP-A-118", "Frau Dr. Voss, zur Bewertung – aus meiner Sicht Meldefall an euch. Jonas\n\n-----Original Message-----\nFrom: Sandra Kowalczyk <s.kowalczyk@dialogplus.example>\n\n" + body)


def m095():
    body = """Hallo Frau Kowalczyk,

anbei die aktualisierte Sperrliste für Telefonwerbung (Stand 22.03.). Bitte vor jeder Outbound-Welle gegen diese Liste abgleichen. Die Liste enthält nur Kunden, die der Telefonwerbung widersprochen haben; Kontaktdaten bitte nur für den Abgleich verwenden.

Gruß
Jonas Pietsch"""
    rows = """KD_NR;NAME;TELEFON;SPARTE;WIDERSPRUCH_AM
4100394417;Jens Kowalski;0221 5550 8812;KFZ;04.03.2024
4100553120;Chioma Okafor;0228 5551 4490;KFZ/REISE;15.01.2024
4100119558;Ingrid Hövelmann;02104 555 3318;HR;14.02.2024
4100440275;Jörg Wiesemann;0171 5553 0021;PHV;19.03.2024
4100601183;Franziska Rüther;02241 555 6120;KFZ/HR;20.03.2024
"""
    label(95, "CONFIDENTIAL", "de", "insurer-to-supplier",
          "telephone advertising block list (CSV, windows-1252): named customers, phone numbers, non-personal lines")
    return build(95, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Sandra Kowalczyk <s.kowalczyk@dialogplus.example>",
                 "Sperrliste Telefonwerbung Stand 22.03.", body,
                 atts=[csv_att(rows, "Sperrliste_Tel_2024-03-22.csv", charset="windows-1252")])


def m096():
    body = """Dear Katrin,

following our conversation, here's our proposal outline for the "Serious Moments" journey mapping:

Scope: the claims journeys of customers in severe life events – serious illness (e.g. cancer diagnosis with critical illness benefit), occupational disability, death of a partner.
Method: 12 in-depth interviews (recruited via an external panel, not from your customer base), 2 co-creation workshops with claims staff, service blueprint.
Deliverables: journey maps, 10 quick wins, tone-of-voice guideline for letters.
Timeline: 10 weeks. Fee: EUR 68,000 plus expenses.

No customer data from Lindenhof will be needed for this phase.

Best regards,
Dr. Claire Morgan
Partner, Northlight CX Consulting"""
    label(96, "NORMAL", "en", "company", "trap: consultancy proposal for journeys after cancer/disability, no customer data")
    return build(96, "Katrin Albers <katrin.albers@%s>" % DOM, "Mareike Szymanski <mareike.szymanski@%s>" % DOM,
                 "FW: Proposal Serious Moments journey mapping", "Mareike, was meinst du? K.\n\n---------- Forwarded ----------\nFrom: Claire Morgan <claire.morgan@northlight-cx.example>\n\n" + body)


def m097():
    body = """Hallo Jonas,

die Selektion für das Cross-Selling-Mailing Pflegezusatz an Zahnzusatz-Kunden 50+ ist fertig, 3.870 Datensätze. Auszug zur Freigabe im Anhang (erste 6 Zeilen), die Vollliste liegt im CRM-Share.

Bitte freigeben bis Mittwoch, dann gebe ich an den Lettershop.

Emre"""
    rows = [["KD_NR", "Anrede", "Vorname", "Nachname", "PLZ", "Ort", "Alter", "ZZ-Vertrag", "Tarif", "Kunde seit"],
            ["4100021184", "Frau", "Elke", "Brosowski", 50226, "Frechen", 67, "ZZ-1120447", "ZahnPlus Premium", 2012],
            ["4100033290", "Herr", "Wilfried", "Janssen", 41061, "Mönchengladbach", 58, "ZZ-1418802", "ZahnPlus", 2014],
            ["4100047751", "Frau", "Renate", "Klöckner", 53879, "Euskirchen", 71, "ZZ-0993301", "ZahnPlus Premium", 2010],
            ["4100052266", "Herr", "Ali", "Demirci", 50767, "Köln", 54, "ZZ-2207714", "ZahnPlus", 2016],
            ["4100061930", "Frau", "Gabriele", "Hinz", 51379, "Leverkusen", 62, "ZZ-2510098", "ZahnPlus Premium", 2017],
            ["4100070058", "Herr", "Bernhard", "Stöcker", 52349, "Düren", 69, "ZZ-1702283", "ZahnPlus", 2013]]
    label(97, "STRICTLY_CONFIDENTIAL", "de", "internal",
          "harmless body; XLSX cross-selling selection of named dental (health) supplementary customers with contract numbers")
    return build(97, "Emre Yildiz <emre.yildiz@%s>" % DOM, "Jonas Pietsch <jonas.pietsch@%s>" % DOM,
                 "Selektion Cross-Selling Pflege – Freigabe", body,
                 atts=[xlsx_att([("Auszug", rows)], "Selektion_XS_Pflege_ZZ50plus_Auszug.xlsx")])


def m098():
    body = """Hi Emre,

Testversand "Jubiläum ZahnPlus" ist durch, sieht gut aus. Gerendert mit Testdatensatz:

Anrede: Frau | Name: Erika Mustermann (TESTDATENSATZ) | geb. 12.08.1964
Vertrag: ZZ-0000000 | Tarif: ZahnPlus Premium | Kunde seit: 2014
IBAN im Footer (Lastschrift-Hinweis): DE02 1203 0000 0000 2020 51 – ist die aus dem Testsystem, bitte für Produktion durch «IBAN_MASKIERT» ersetzen.

Kleinigkeit: Im Outlook-Dark-Mode ist das Logo unsichtbar.

Gruß
Lisa"""
    label(98, "NORMAL", "de", "insurer-to-agency",
          "trap: test send with explicit placeholder person Erika Mustermann and test-system IBAN")
    reply = "Danke Lisa, Dark-Mode-Logo tauschen wir aus, Platzhalter IBAN ist notiert.\nEmre\n\n> " + body.replace("\n", "\n> ")
    return build(98, "Emre Yildiz <emre.yildiz@%s>" % DOM, "Lisa Berger <l.berger@kranich-kommunikation.example>",
                 "AW: Testversand Jubiläum ZahnPlus", reply, in_reply_to="a")


def m099():
    body = """Sehr geehrter Herr Kaminski,

Ihre Beschwerde über die Anrufe zur Rechtsschutz-Erweiterung "Familie & Scheidung" haben wir geprüft. Wir bedauern sehr, dass Sie gerade jetzt, während Ihr Scheidungsverfahren läuft, darauf angesprochen wurden. Das war ein Zufall der Selektion (alle Rechtsschutzkunden mit Basistarif), nicht eine Auswertung Ihrer Leistungsfälle.

Ihr Vertrag RS-4412096 (Privat-Rechtsschutz) bleibt unverändert; die Kostendeckungszusage vom 08.02.2024 für die Beratung durch Ihren Anwalt (Kanzlei Brede) gilt weiter.

Wir haben Telefonwerbung für Sie gesperrt.

Mit freundlichen Grüßen
Sven Ottersbach"""
    label(99, "CONFIDENTIAL", "de", "insurer-to-customer",
          "named legal-expenses customer, contract number, divorce advice cover (no special category)")
    return build(99, "Sven Ottersbach <beschwerde@%s>" % DOM, "Thomas Kaminski <t.kaminski@netmail.example>",
                 "Ihre Beschwerde vom 18.03.2024", body)


def m100():
    body = """Mareike,

sharing one more NPS comment from the English-language wave for the closed loop – please route to health benefits, she asks for a call back.

Customer: Emily Sanderson, customer no. 4100812247, health top-up "Komfort+" (KZ-8801562)
Score: 4
Comment: "We've been going through IVF at a clinic in Düsseldorf since last summer, third ICSI cycle now. I understood that my top-up covers part of the costs that my statutory insurer doesn't pay, but every single invoice gets questioned. It's emotionally exhausting enough already. Please call me, not write."

Cheers,
Daan
Feedbackly"""
    label(100, "STRICTLY_CONFIDENTIAL", "en", "customer",
          "NPS comment of named customer about IVF/ICSI treatment and her health top-up contract")
    return build(100, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Nadine Krug <nadine.krug@%s>" % DOM,
                 "FW: Closed loop EN wave – call back requested",
                 "Nadine, bitte telefonisch, wie gewünscht. M.\n\n-----Original Message-----\nFrom: Daan de Vries <daan.devries@feedbackly.example>\n\n" + body)

def m101():
    body = """Hi Mareike,

status update CSAT 2024 fieldwork (panel sample, day 9 of 14):

Completes: 1,138 of 1,500 target
Response rate: 18.4 %
Median interview length: 11:20 min
Quota check: age 60+ slightly under (-4 %), boosting in the next days
Open question Q12: 41 % filled in; our coders report that despite the hint about 3 % of the answers contain health-related information – these will be coded into the category "health context" and the raw text deleted after coding, as agreed.

Topline expected 12 April.

Best,
Julia"""
    label(101, "NORMAL", "en", "company", "trap: fieldwork status with aggregate share of health-related answers")
    return build(101, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "cx-team@%s" % DOM,
                 "FW: CSAT 2024 fieldwork status day 9", "FYI\n\n-----Original Message-----\nFrom: Julia Haas <julia.haas@quorum-research.example>\n\n" + body)


def m102():
    body = """Sehr geehrter Herr Moretti,

vielen Dank für Ihre Nachricht und Ihr offenes Feedback in unserer Umfrage. Below you'll find the answer in English as requested:

Your commercial liability policy for your food truck business ("Moretti's Pasta on Wheels", sole proprietor) is BH-7702914. The claim from the street festival in Bonn (S-2024-00781, a visitor's jacket damaged by a tipped-over sauce container, no injuries) was settled with EUR 240 paid directly to the visitor on 11 March. The excess of EUR 150 was deducted as per your policy schedule.

We have also noted your change of bank account for the premium: IBAN DE72 1203 0000 5885 3400 74 (account holder Luca Moretti), effective from the April direct debit.

Mit freundlichen Grüßen / Kind regards
Andreas Wendt
Gewerbekunden / Commercial Customers
Lindenhof Versicherung AG

> Hallo, sorry my German is not good. Why did I pay 150 for the festival claim??
> New bank for the payment: DE72 1203 0000 5885 3400 74
> Luca"""
    label(102, "CONFIDENTIAL", "mixed", "insurer-to-customer",
          "sole trader's commercial liability policy, claim (no injuries) and personal IBAN")
    return build(102, "Andreas Wendt <andreas.wendt@%s>" % DOM, "Luca Moretti <luca@morettis-pasta.example>",
                 "AW: Umfrage / festival claim", body, in_reply_to="a")


def m103():
    html = """<html><body>
<p>Hallo Nadine, hallo Sven,</p>
<p>neuer kritischer Kommentar unter unserem Facebook-Post zur Kinderunfall-Kampagne, öffentlich, Klarname:</p>
<blockquote style="border-left:3px solid #c00;padding-left:8px">
<b>Dirk Hollmann</b>: &quot;Tolle Werbung. Ich hatte 2022 einen Motorradunfall, seitdem ist mein linker Unterschenkel amputiert. Meine Unfallversicherung bei Lindenhof (Vertragsnummer UV-3377105) streitet seit 14 Monaten über den Invaliditätsgrad, Gutachten Nummer drei steht an. Und ihr macht Werbung mit lachenden Kindern.&quot;
</blockquote>
<p>Ich habe noch nicht geantwortet. Können wir kurz abstimmen, ob wir ihn per DM anschreiben und wer den Fall intern kennt?</p>
<p>Tobias</p>
</body></html>"""
    label(103, "STRICTLY_CONFIDENTIAL", "de", "customer",
          "HTML-only: public comment of named customer, lower-leg amputation, accident policy dispute")
    return build(103, "Tobias Rehm <tobias.rehm@%s>" % DOM,
                 "Nadine Krug <nadine.krug@%s>, Sven Ottersbach <sven.ottersbach@%s>" % (DOM, DOM),
                 "Facebook-Kommentar Kinderunfall-Post – Amputation", html=html, html_only=True)


def m104():
    body = """Hi all,

draft of the new English reply template for complaints about benefit decisions (health/BU), for the expat customer desk. Please comment by Friday.

---
Dear «SALUTATION» «LAST_NAME»,

thank you for your message of «DATE» regarding our decision on «CLAIM_NUMBER». We understand that the diagnosis of «DIAGNOSIS» and the treatment are a heavy burden for you and your family.

We have reviewed the case again: «REVIEW_RESULT».

If you disagree, you can contact the Ombudsman for Private Health Insurance free of charge.
---

Note: «DIAGNOSIS» should be optional – several colleagues think naming it in a letter feels cold.

Sven"""
    label(104, "NORMAL", "en", "internal", "trap: reply template with «DIAGNOSIS» placeholder, no person")
    return build(104, "Sven Ottersbach <sven.ottersbach@%s>" % DOM, "Beschwerdeteam <beschwerde-team@%s>" % DOM,
                 "EN template benefit-decision complaints – draft", body)


def m105():
    body = """Dear Mr and Mrs Whitmore,

thank you for letting us know about your move and for the kind words in our short survey ("easiest address change ever"). We have updated your contracts:

Household contents HR-8830145: new insured address Rathenauplatz 6, 50674 Köln, from 1 April 2024; living space 96 m², sum insured adjusted to EUR 62,000, new annual premium EUR 118.40.
Personal liability PH-8830146: new address, premium unchanged.

The updated policy schedules are available in your customer portal.

Kind regards
Carina Hesse
Customer Service"""
    label(105, "CONFIDENTIAL", "en", "insurer-to-customer",
          "named customers' household policy with new insured address and sum insured")
    return build(105, "Lindenhof Customer Service <kundenservice@%s>" % DOM, "James Whitmore <j.whitmore@mailbox.example>",
                 "Your change of address – contracts updated", body)


def m106():
    body = """Liebe Frau Krug,

Sie hatten uns gebeten, für die Partnerpraxen-Befragung ("Wie erleben Ihre Patienten die Direktabrechnung mit Lindenhof?") einige Patienten zu benennen, die bereit wären, mit Ihrem Marktforschungsinstitut zu sprechen. Die folgenden Patientinnen und Patienten haben mündlich zugestimmt:

- Frau Irmgard Poschmann, 74, Z. n. Knie-TEP rechts 11/2023, Reha abgeschlossen, bei uns wegen Gangschule, Lindenhof-Zusatzversicherte
- Herr Benedikt Alt, 38, Bandscheibenprotrusion LWS, Manuelle Therapie 2x/Woche
- Frau Leyla Şimşek, 29, Kreuzbandplastik nach Skiunfall, Sportphysiotherapie

Telefonnummern gebe ich Ihnen gern telefonisch durch.

Mit freundlichen Grüßen
Jörn Wiegand
Physiotherapie am Stadtgarten, Partnerpraxis im Lindenhof-Gesundheitsnetz"""
    wrap = "Mareike, das kann ich so nicht an Quorum geben, oder? Bitte kurz Rückruf. Nadine\n\n-------- Weitergeleitete Nachricht --------\nVon: Physiotherapie am Stadtgarten <praxis@physio-stadtgarten.example>\n\n" + body
    label(106, "STRICTLY_CONFIDENTIAL", "de", "doctor",
          "physiotherapy practice names patients with knee replacement, disc protrusion, cruciate ligament surgery")
    return build(106, "Nadine Krug <nadine.krug@%s>" % DOM, "Mareike Szymanski <mareike.szymanski@%s>" % DOM,
                 "WG: Patienten für Partnerpraxen-Befragung", wrap)


def m107():
    body = """Hallo zusammen,

Mediaplan-Entwurf TV Pflegezusatz Herbst (Agentur: MediaWerk), die wichtigsten Eckdaten:

- Zielgruppe: Erwachsene 45-69, Haushaltsvorstände; Zusatz-Targeting über Panel-Merkmal "Haushalte mit pflegebedürftigen Angehörigen" (nur aggregiert über die AGF-Daten, kein Einzelbezug)
- Sender: ZDF, ARD, RTL, VOX, n-tv; Daypart Vorabend + Prime
- 420 GRP in 4 Wochen, Reichweite 1+ 71 %, 3+ 44 %
- Budget 1,9 Mio. € netto
- Begleitend Addressable TV auf Basis von Haushalten, die unsere Pflege-Landingpage besucht haben – hier Datenschutz-Check noch offen.

Freigabe in der Sitzung am 16.04.

Katrin"""
    label(107, "NORMAL", "de", "internal", "trap: TV media plan targeting households with care needs, aggregated panel data")
    return build(107, "Katrin Albers <katrin.albers@%s>" % DOM, "Marketing Team <marketing@%s>" % DOM,
                 "Mediaplan TV Pflegezusatz Herbst – Entwurf", body)


def m108():
    body = """Hallo Jonas,

Ergebnisse Rückgewinnungs-Calls Kfz (Kündiger zum 01.01.), Woche 11:

Name                Vertrag      Kündigungsgrund            Ergebnis
Stefanie Ruland     KF-8812047   Beitragserhöhung           zurückgewonnen, SF 8, -12 % Sonderkonditionen
Bernd Achterberg    KF-5530981   Beitragserhöhung           kein Interesse
Uwe Schlömer        KF-2208813   Schadenregulierung         will Rückruf Teamleitung Schaden
Nicole Faßbender    KF-6013377   Fahrzeug verkauft          kein Bedarf
Ole Petersen        KF-7720415   Umzug nach Dänemark        kein Bedarf

Quote zurückgewonnen diese Woche: 14 % (Vorwoche 11 %).

Sandra Kowalczyk, DialogPlus"""
    wrap = "Zur Info, Uwe Schlömer bitte an Ralf geben.\nJonas\n\n---------- Forwarded message ----------\n" + body
    label(108, "CONFIDENTIAL", "de", "company",
          "base64 body: win-back call results with named lapsed motor customers and contract numbers")
    return build(108, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Katrin Albers <katrin.albers@%s>" % DOM,
                 "WG: Rückgewinnung Kfz KW 11", wrap, cte="base64")


def m109():
    body = """Hi Emre,

for the "Active Bonus" pilot (health top-up customers who connected a fitness app), here are the participants who reached the bonus threshold in Q1. Premium refunds will be booked by accounting.

customer_no | name | contract | avg steps/day | active days | resting HR trend | refund
4100334821 | Nora Feldkamp | KZ-9912003 | 11,420 | 86/91 | -4 bpm | EUR 60
4100298814 | Lukas Wenzel | KZ-9915521 | 10,905 | 80/91 | -2 bpm | EUR 60
4100417702 | Ivana Marić | KZ-9920087 | 12,871 | 89/91 | -6 bpm | EUR 60

Two participants (4100270019, 4100388840) dropped out after reporting an injury via the app; they keep their partial bonus.

Priya"""
    label(109, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
          "health-app bonus data per named health customer: steps, resting heart rate, injuries")
    return build(109, "Emre Yildiz <emre.yildiz@%s>" % DOM, "Finance Accounting <buchhaltung@%s>" % DOM,
                 "FW: Active Bonus Q1 – refunds", "Bitte buchen, Belege folgen.\nEmre\n\n--- forwarded ---\nFrom: Priya Nair <priya.nair@datasutra-analytics.example>\n\n" + body)


def m110():
    body = """Team,

CTA test in the accident insurance reminder mail (sent 12 March, existing customers without accident cover, 2 x 15,000):

CTA A "Get a quote" – CTR 2.1 %, quotes 188
CTA B "Calculate your price in 2 minutes" – CTR 2.9 %, quotes 251

B wins. Interesting: B performs especially well on mobile (+45 %). Rolling B out to all journeys.

Emre"""
    label(110, "NORMAL", "en", "internal", "trap: CTA A/B test on accident insurance mail, aggregates")
    return build(110, "Emre Yildiz <emre.yildiz@%s>" % DOM, "Marketing Team <marketing@%s>" % DOM,
                 "CTA test accident reminder – B wins", body)

def m111():
    body = """Hallo Herr Dr. Sander,

für die notarielle Ziehung beim Gewinnspiel "Sommerrad 2024" am 02.04. die Teilnehmerliste (Kunden, die bis 31.03. teilgenommen haben). Ausschlüsse (Mitarbeiter, Vermittler) sind bereits entfernt. 4.412 Teilnehmer, im Anhang die ODS-Datei, Auszug:

Mit freundlichen Grüßen
Leonie Brandt
Lindenhof Versicherung AG"""
    rows = [["Los-Nr", "Kundennummer", "Name", "PLZ", "Ort", "Verträge"],
            [1, "4100208876", "Henrik Lindqvist", "80331", "München", "Hausrat"],
            [2, "4100339012", "Marion Esser", "50935", "Köln", "Kfz, Privathaftpflicht"],
            [3, "4100441007", "Dragan Petrović", "45127", "Essen", "Kfz"],
            [4, "4100127733", "Franziska Oehme", "04109", "Leipzig", "Hausrat, Rechtsschutz"],
            [5, "4100500381", "Kai-Uwe Jessen", "24103", "Kiel", "Wohngebäude"]]
    label(111, "CONFIDENTIAL", "de", "insurer-to-partner",
          "prize-draw list to notary (ODS): named customers with customer numbers and non-personal contract lines")
    return build(111, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Notariat Dr. Sander <notariat@notar-sander.example>",
                 "Teilnehmerliste Ziehung Sommerrad 2024", body,
                 atts=[ods_att("Teilnehmer", rows, "Teilnehmer_Sommerrad_2024.ods")])


def m112():
    body = """Sehr geehrte Frau Brückner,

danke, dass Sie uns so offen geschrieben haben. Sie haben recht: Das Plakatmotiv mit dem Slogan "Rollstuhl? Muss nicht sein!" war missglückt, und wir verstehen, dass es Sie als Rollstuhlfahrerin verletzt hat – zumal Sie selbst seit Ihrem Autounfall 2019 (inkomplette Querschnittlähmung Th12) auf den Rollstuhl angewiesen sind und Ihre Unfallrente seit Jahren von uns beziehen (UV-2210683).

Wir haben das Motiv zurückgezogen. Unsere Marketingleiterin Frau Albers würde gern persönlich mit Ihnen sprechen und Sie – wenn Sie mögen – in die Überarbeitung unserer Bildsprache einbeziehen.

Mit freundlichen Grüßen
Sven Ottersbach
Zentrales Beschwerdemanagement"""
    label(112, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
          "named customer's paraplegia after car accident and accident pension contract, reply to ad complaint")
    return build(112, "Sven Ottersbach <beschwerde@%s>" % DOM, "Janine Brückner <janine.brueckner@freemail.example>",
                 "Ihr Schreiben zu unserem Plakatmotiv", body, cc="Katrin Albers <katrin.albers@%s>" % DOM)


def m113():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lindenhof Versicherung AG//Outlook 16.0//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:20240410-closedloop-schulung@lindenhof-versicherung.example
DTSTAMP:20240325T080000Z
DTSTART;TZID=Europe/Berlin:20240410T130000
DTEND;TZID=Europe/Berlin:20240410T150000
SUMMARY:Schulung Closed Loop: Umgang mit Gesundheitsangaben im Kundenfeedback
LOCATION:Teams
ORGANIZER;CN=Mareike Szymanski:mailto:mareike.szymanski@lindenhof-versicherung.example
DESCRIPTION:Inhalte: Art. 9 DSGVO\\, § 203 StGB\\, Beispiele (fiktiv) für Freitexte mit Diagnosen\\, Weiterleitung nur über Feedback-Tool\\, keine Verbatims per Mail. Referentin: Dr. Helena Voss (DSB)
END:VEVENT
END:VCALENDAR"""
    body = "Pflichtschulung für alle, die Closed-Loop-Fälle bearbeiten. Bitte annehmen.\n\nMareike"
    label(113, "NORMAL", "de", "internal", "trap: ICS training invitation about health data in feedback, fictitious examples")
    return build(113, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Closed Loop Team <closedloop@%s>" % DOM,
                 "Einladung: Schulung Closed Loop & Gesundheitsangaben", body, atts=[ics_att(ics, "schulung.ics")])


def m114():
    body = """Dear Mr Ashford,

please find your commission statement for Q1 2024 attached. As you operate as a sole trader (Ashford Expat Insurance Services), we have paid the commission to your personal account as registered:

Account holder: Daniel Ashford
IBAN: NL56INGB7908328696
Tax ID (Steuer-IdNr.): 57 218 904 336
Commission Q1: EUR 7,842.15 (new business motor/household EUR 5,210.00, renewals EUR 2,632.15)

Kind regards
Broker Accounting, Lindenhof Versicherung AG"""
    label(114, "CONFIDENTIAL", "en", "insurer-to-broker",
          "sole-trader broker: personal IBAN, tax ID and commission income")
    return build(114, "Broker Accounting <maklerabrechnung@%s>" % DOM, "Daniel Ashford <daniel@ashford-expat.example>",
                 "Commission statement Q1 2024", body)


def m115():
    body = """Hi Felix,

thanks for the invite to the broker feedback panel. One thing I'd like to raise there, with my client's permission:

My client Robert Graham (British, 51, lives in Bonn) applied for a Risikoleben with you in February (application A-RL-240219). Your underwriters postponed the application for 6 months because of a "suspicious lung nodule" on a CT scan his GP ordered after a long bronchitis. The follow-up CT in April was clear. It took 5 weeks to get any answer, and nobody told him why. That's the kind of experience that makes clients leave.

Can we discuss the process in the panel?

Best,
Daniel Ashford
Ashford Expat Insurance Services"""
    wrap = "Heike, bitte für das Maklerpanel aufnehmen (anonymisiert!), und den Antrag A-RL-240219 bitte mit dem neuen CT-Befund prüfen. Felix\n\n-----Original Message-----\nFrom: Daniel Ashford <daniel@ashford-expat.example>\n\n" + body
    label(115, "STRICTLY_CONFIDENTIAL", "en", "broker",
          "broker feedback naming client's term-life application postponed over lung nodule on CT")
    return build(115, "Felix Hanke <felix.hanke@%s>" % DOM, "Heike Brömmel <heike.broemmel@%s>" % DOM,
                 "FW: broker feedback panel – topic", wrap)


def m116():
    body = """Hi Katrin,

brand tracking wave 1/2024 (n=2,000, German online population 18-69):

Aided awareness: 54 % (+3)
Consideration: 17 % (+2)
Brand associations: "fair in claims" 31 %, "good for dental" 28 % (+9 since campaign start), "expensive" 22 %
Ad recall "Lächeln lohnt sich": 19 % among 25-49

Full report attached to the Quorum portal.

Julia"""
    label(116, "NORMAL", "en", "company", "trap: brand tracking aggregates (dental campaign recall)")
    return build(116, "Katrin Albers <katrin.albers@%s>" % DOM, "Vorstand Vertrieb <vorstand-vertrieb@%s>" % DOM,
                 "FW: Brand tracking 1/2024", "Zur Info für die Vorstandssitzung.\nKatrin\n\n-----Original Message-----\nFrom: Julia Haas <julia.haas@quorum-research.example>\n\n" + body)


def m117():
    body = """Hallo Marco,

ein Rückrufwunsch aus dem Website-Chat von heute Vormittag, bitte übernehmen:

Name: Tamara Schwientek
Telefon: 0157 5559 2231, erreichbar ab 17 Uhr
Anliegen: Hausrat + Privathaftpflicht neu, zieht zum 01.05. in die erste eigene Wohnung (Köln-Kalk, 58 m²)
Aus dem Chat: "Ich bin Azubi im 3. Lehrjahr, verdiene 1.240 € netto, was kostet das ungefähr?"
Geburtsdatum lt. Chat: 14/03/2003

Gruß
Sandra
Kundenservice Chat"""
    label(117, "CONFIDENTIAL", "de", "internal", "chat call-back request: named prospect with income and birth date")
    return build(117, "Sandra Lüpertz <sandra.luepertz@%s>" % DOM, "Marco Stiller <marco.stiller@%s>" % DOM,
                 "Rückrufwunsch Chat – Hausrat/PHV", body, charset="windows-1252")


def m118():
    body = """Hallo Mareike,

ein Feedback aus der App ("Daumen runter" + Kommentar), Kundin möchte eine Antwort:

Kundin: Vanessa Grothe, Kd.-Nr. 4100694420
Vertrag: Krankenhauszusatz KH-Komfort (KH-5503318)
Kommentar: "Ich habe am 28.02. unsere Tochter per Notkaiserschnitt bekommen, war 6 Tage in der Uniklinik Bonn, Einbettzimmer. Ich habe die Rechnung über die App hochgeladen, jetzt steht da seit drei Wochen 'in Prüfung'. Mit einem Neugeborenen habe ich keine Nerven, ständig nachzufragen."

Kannst du das an die KV-Leistung geben?

Danke
Sandra"""
    label(118, "STRICTLY_CONFIDENTIAL", "de", "customer",
          "app feedback of named customer: emergency caesarean, hospital stay, hospital supplementary contract")
    return build(118, "Sandra Lüpertz <sandra.luepertz@%s>" % DOM, "Mareike Szymanski <mareike.szymanski@%s>" % DOM,
                 "App-Feedback mit Antwortwunsch – KH-Zusatz", body)


def m119():
    body = """Hallo Philipp,

Storyboard "Sicher toben" ist freigegeben, mit zwei Änderungen:

Szene 3: Paul (7) fällt vom Klettergerüst, Arm im Gips – bitte den Gips bunt bemalt zeigen, nicht steril weiß.
Szene 5: Off-Text "Gipsgeld: 500 € pro Bruch" ersetzen durch "Gipsgeld bis 500 €" (Tarifbedingungen).
Endcard: "Kinderunfall ab 4,90 € im Monat" mit Fußnote Musterberechnung.

Casting für Paul bitte über die Kinderagentur, Eltern-Einverständnis wie üblich.

Danke
Leonie"""
    label(119, "NORMAL", "de", "insurer-to-agency", "trap: storyboard with fictional child's broken arm, no real person")
    return build(119, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Philipp Moll <p.moll@kranich-kommunikation.example>",
                 "Freigabe Storyboard Sicher toben", body)


def m120():
    body = """Dear Ms Doyle,

thank you for your NPS feedback about our pet health insurance. We are glad that Bailey is recovering well after his cruciate ligament surgery.

For your records: the invoice of the Tierklinik Rheinland (EUR 3,412.60, TPLO surgery right knee, 3 nights inpatient) was reimbursed at 80 % = EUR 2,730.08 on 14 March under policy TK-4410287. The follow-up physiotherapy sessions for Bailey are covered up to EUR 500 per year.

Kind regards
Pet Insurance Team
Lindenhof Versicherung AG

> Bailey (our 5-year-old lab) had his knee operated in February. The vet clinic
> was great, your claims team too. Only the upload in the app was a pain.
> Siobhan Doyle"""
    label(120, "CONFIDENTIAL", "en", "insurer-to-customer",
          "animal health: named customer's dog surgery and pet policy reimbursement")
    return build(120, "Pet Insurance <tierversicherung@%s>" % DOM, "Siobhan Doyle <siobhan.doyle@freemail.example>",
                 "Your feedback on Bailey's claim", body)

def m121():
    body = """Hallo Frau Dr. Falk, hallo Frau Dr. Voss,

anbei der Entwurf der neuen Einwilligungstexte für das Präferenzcenter (v3.0). Wesentliche Änderung: getrennte Häkchen je Kanal und ein ausdrücklicher Satz, dass wir für Werbung KEINE Gesundheitsdaten und keine Informationen aus Kranken-, Lebens- oder Unfallverträgen nutzen.

Entwurf:
[ ] Ich möchte per E-Mail über Versicherungsprodukte und Services der Lindenhof Versicherung AG informiert werden.
[ ] Ich möchte telefonisch beraten werden.
[ ] Ich bin einverstanden, dass meine Nutzung von Newsletter und Website ausgewertet wird, um Inhalte für mich auszuwählen.
Hinweis: Für die Auswahl von Werbeinhalten verwenden wir keine Gesundheitsdaten und keine Angaben aus Ihren Kranken-, Lebens- oder Unfallversicherungen. Sie können Ihre Einwilligung jederzeit widerrufen.

Bitte um Rückmeldung bis 12.04.

Jonas Pietsch"""
    label(121, "NORMAL", "de", "internal", "trap: consent text draft mentioning health data and personal lines, no person")
    return build(121, "Jonas Pietsch <jonas.pietsch@%s>" % DOM,
                 "Dr. Miriam Falk <miriam.falk@%s>, Dr. Helena Voss <datenschutz@%s>" % (DOM, DOM),
                 "Entwurf Einwilligungstexte Präferenzcenter v3.0", body)


def m122():
    body = """Dear Mr Okonkwo,

as part of your audit of our marketing consent process (engagement ref. LH-24-MKT-03), please find the sample of 8 consent records you selected. The file contains customer numbers, names, e-mail addresses, the product lines held (motor/home only in this sample), opt-in timestamps and the consent text version.

Please store the file in your secure audit repository only.

Best regards
Jonas Pietsch
CRM, Lindenhof Versicherung AG"""
    rows = """customer_no,name,email,lines,optin_channel,optin_ts,doi_ts,text_version,source
4100394417,Jens Kowalski,jens.kowalski@freemail.example,motor;liability,email,2021-05-17T19:42:03,2021-05-17T19:51:40,2.1,web_quote_motor
4100553120,Chioma Okafor,chioma.okafor@mailbox.example,motor;travel,phone,2022-03-03T10:14:22,,2.2,web_quote_motor
4100208876,Henrik Lindqvist,h.lindqvist@netmail.example,household,email,2019-11-02T08:03:55,2019-11-02T08:07:12,1.4,contract_household
4100588316,Stefan Pohlmann,s.pohlmann@web-post.example,motor;legal,email,2020-02-02T21:30:08,2020-02-02T21:33:47,1.6,web_newsletter
4100339012,Marion Esser,m.esser@kabelmail.example,motor;liability,email,2023-07-11T12:00:19,2023-07-11T12:04:02,2.3,prize_draw
4100640112,Ayla Doğan,ayla.dogan@freemail.example,motor,email,2022-09-28T17:45:33,2022-09-28T17:46:10,2.2,web_quote_motor
4100492210,Sina Lorenzen,s.lorenzen@netmail.example,motor,email,2023-01-09T06:58:41,2023-01-09T07:20:15,2.3,app
4100001947,Marianne Vossen,m.vossen@web-post.example,household;buildings;liability,letter,2018-04-20,,1.2,paper_form
"""
    label(122, "CONFIDENTIAL", "en", "insurer-to-partner",
          "consent audit sample (CSV): named customers, emails, non-personal lines held, opt-in timestamps")
    return build(122, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Emeka Okonkwo <e.okonkwo@hartmann-audit.example>",
                 "LH-24-MKT-03 – consent record sample", body,
                 atts=[csv_att(rows, "consent_sample_LH-24-MKT-03.csv")])


def m123():
    body = """AW: Ihr Schreiben

siehe Anhang

--
Poststelle / Scan-Center
Lindenhof Versicherung AG"""
    scan = ["Gerda Wollenweber",
            "Brunnenstr. 9",
            "53721 Siegburg",
            "",
            "An die Lindenhof Versicherung, Abt. Kundenbefragung",
            "Betr.: Ihr Fragebogen / Kundennummer 4100044871",
            "",
            "Sehr geehrte Damen und Herren,",
            "Ihren Fragebogen kann ich leider nicht ausfuellen. Mein Mann Erich (82) hat seit zwei Jahren Alzheimer",
            "und ich pflege ihn zu Hause, Pflegegrad 4 seit Dezember. Fuer Ihre Umfragen habe ich keine Zeit.",
            "Was ich aber wissen moechte: zahlt unsere Pflegezusatzversicherung (PZ-0881204) auch fuer die",
            "Tagespflege zweimal die Woche? Der Medizinische Dienst war im November da, das Gutachten lege ich bei.",
            "",
            "Mit freundlichen Gruessen",
            "Gerda Wollenweber"]
    label(123, "STRICTLY_CONFIDENTIAL", "de", "customer",
          "body says only 'siehe Anhang'; scanned letter as octet-stream PDF: husband's Alzheimer's, care level 4")
    return build(123, "Scan-Center <scan@%s>" % DOM, "Mareike Szymanski <mareike.szymanski@%s>" % DOM,
                 "AW: Ihr Schreiben", body,
                 atts=[pdf_att(scan, "SCAN_20240327_0912.pdf", octet=True)])


def m124():
    body = """Hi Olivia,

copy deck for the dental radio spot (30s), German master with English back-translation for your team:

SFX: crunching apple
SUSANNE (52, warm voice): "Neulich beim Zahnarzt: Implantat. 3.000 Euro. Ich dachte, mir wird schlecht."
VO: "Mit ZahnPlus Premium von Lindenhof: bis zu 90 Prozent Erstattung für Implantate, Kronen und Brücken."
SUSANNE: "Und ich beiß wieder rein."
VO: "Lindenhof. Lächeln lohnt sich. Details und Leistungsstaffel unter lindenhof-versicherung.example/zahn."

Back-translation: "Recently at the dentist: implant. 3,000 euros. I thought I was going to be sick." ...

"Susanne" is a fictitious character voiced by a speaker from the casting list; please make sure no real customer testimonial is implied (legal asked for the small print "Szene nachgestellt").

Leonie"""
    label(124, "NORMAL", "en", "insurer-to-agency", "trap: radio copy deck with fictitious character's dental implant")
    return build(124, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Olivia Hart <olivia.hart@brightwater-creative.example>",
                 "Copy deck radio dental 30s", body)


def m125():
    body = """Dear Mr Kowalczyk-Reid,

thank you for your lovely feedback – we have passed it on to our claims colleague Mrs Yurt, who will be very pleased.

To answer your question: yes, after the critical illness payout your term life cover continues unchanged (LV-4471820, sum insured EUR 200,000), and the premium waiver applies for 12 months. You don't need to send us anything else. Your cardiologist's final report from the cardiac rehab in Bad Nauheim is already in your file.

Kind regards
Lindenhof Life Service

> I wanted to say thank you. After my heart attack in January (two stents,
> LAD) your critical illness benefit of 50,000 was paid within 9 days. That
> took so much pressure off my family. Does my life cover continue?
> Adam Kowalczyk-Reid"""
    label(125, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
          "named customer's heart attack, stents, cardiac rehab, critical illness payout and life contract")
    return build(125, "Lindenhof Life Service <leben-service@%s>" % DOM, "Adam Kowalczyk-Reid <adam.kr@mailbox.example>",
                 "RE: thank you", body, in_reply_to="a")


def m126():
    body = """Hallo Ralf,

Closed-Loop-Fall aus der Post-Claim-Befragung Kfz, Detraktor (NPS 1), Rückruf gewünscht:

Kunde: Peter Nowak, Kd.-Nr. 4100118845
Vertrag: KF-5502113, Kennzeichen SU-PN 118
Schaden: K-2024-010477 (Wildunfall mit Reh auf der L 352, 27.02., niemand verletzt)
Freitext: "Gutachter kam erst nach 12 Tagen, Auto stand solange in der Werkstatt, Mietwagen wurde nur 7 Tage bezahlt. Für die Beiträge, die ich seit 20 Jahren zahle, erwarte ich mehr."

Bitte Ergebnis im Tool dokumentieren.

Mareike"""
    label(126, "CONFIDENTIAL", "de", "customer",
          "motor detractor callback: named customer, plate, claim (deer collision, nobody hurt)")
    return build(126, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Ralf Demir <ralf.demir@%s>" % DOM,
                 "Closed Loop Kfz – Detraktor Wildunfall", body)


def m127():
    body = """Hi zusammen,

kurzes Recap vom Status-Call mit Kranich & Brightwater:

- Pflege-Kampagne: Route 2 "Der Anruf" ist in Produktion, Shooting am 18.04. in Hürth. Cast: Schauspieler*innen, keine echten Pflegefälle.
- Social cut-downs: 6s bumper + 15s, Reach-Ziel 8 Mio. Kontakte, Frequency Cap 3.
- Landing Page: neuer Pflegegrad-Rechner (Eingabe: Pflegegrad, Wohnform -> Versorgungslücke), no data stored, calculation client-side only.
- Next steps: legal review of claims ("bis zu 1.500 € Pflegemonatsgeld bei Pflegegrad 5"), final approval board 24/04.

Action items: Brightwater – animatics by 12/04; Kranich – German supers; Lindenhof – Pflege product facts sheet.

Cheers, Leonie"""
    label(127, "NORMAL", "mixed", "internal", "trap: Denglisch status recap of care campaign (Pflegegrad), actors only")
    return build(127, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Marketing Team <marketing@%s>" % DOM,
                 "Recap Status-Call Pflege 05.04.", body)


def m128():
    body = """Hallo Jonas,

aus der Kündigerbefragung Krankenzusatz (März) ein Fall, der nicht in die Rückgewinnung soll:

Kundin: Beate Schallenberg, 4100311608, Vertrag KZ-5519240 (Ambulant Plus + Zahn), Kündigung zum 30.04.
Kündigungsgrund Freitext: "Ich bin seit Herbst an Brustkrebs erkrankt, bin in Chemotherapie und seit Monaten im Krankengeld. Den Beitrag kann ich mir schlicht nicht mehr leisten."

Bitte aus allen Rückgewinnungs- und Werbeselektionen rausnehmen. Ich habe mit der KV abgestimmt, dass ihr aktiv eine Anwartschaftsversicherung angeboten wird, statt den Vertrag ganz zu beenden.

Gruß
Mareike"""
    label(128, "STRICTLY_CONFIDENTIAL", "de", "customer",
          "lapse survey: named customer with breast cancer, chemotherapy, sick pay; health contract")
    return build(128, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Jonas Pietsch <jonas.pietsch@%s>" % DOM,
                 "Kündigerbefragung KZ – bitte sperren", body)


def m129():
    body = """Dear Ms Jovanović,

thank you very much for taking part in our customer interview on the new motor claims app. As promised, we will transfer the incentive of EUR 50 to your account:

Account holder: Tamara Jovanović
IBAN: DE89 4306 0967 2388 7941 60
Reference: Interview 2024-03 / customer 4100560734

Best regards
Mareike Szymanski
Customer Experience"""
    label(129, "CONFIDENTIAL", "en", "insurer-to-customer", "interview incentive: named customer's IBAN and customer number")
    return build(129, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Tamara Jovanović <t.jovanovic@kabelmail.example>",
                 "Your interview incentive", body)


def m130():
    body = """Hallo Mareike,

anbei die Kurzfassung der DSFA für das Feedback-Tool (Feedbackly), Version zur Vorlage im Datenschutz-Jour-fixe. Kein Personenbezug enthalten, nur Verfahrensbeschreibung und Risikobewertung.

Gruß
Helena"""
    doc = ["Datenschutz-Folgenabschätzung (Kurzfassung) – Feedback-Plattform Feedbackly",
           "Verantwortlicher: Lindenhof Versicherung AG; Auftragsverarbeiter: Feedbackly B.V., Amsterdam",
           "Zweck: Kundenbefragungen (Relationship-NPS, Post-Claim), Closed-Loop-Bearbeitung",
           "Kategorien: Kundennummer, Kontaktdaten, Bewertungen, Freitexte; Freitexte können Gesundheitsdaten (Art. 9 DSGVO) enthalten",
           ["Risiko", "Eintritt", "Schwere", "Maßnahme"],
           ["Gesundheitsangaben in Freitexten", "hoch", "hoch", "Hinweistext, Rollenkonzept, Löschung nach 90 Tagen"],
           ["Fehlversand Einladungen mit Leistungsart", "mittel", "hoch", "Textbaustein ohne Leistungsart (KV-PC-02)"],
           ["Drittlandtransfer", "gering", "mittel", "Hosting EU, keine Subunternehmer außerhalb EWR"],
           "Ergebnis: Restrisiko vertretbar nach Umsetzung der Maßnahmen."]
    label(130, "NORMAL", "de", "internal", "trap: DPIA summary for feedback tool naming health data risks (DOCX)")
    return build(130, "Dr. Helena Voss <datenschutz@%s>" % DOM, "Mareike Szymanski <mareike.szymanski@%s>" % DOM,
                 "DSFA Feedback-Plattform – Kurzfassung", body,
                 atts=[docx_att(doc, "DSFA_Feedbackly_Kurzfassung.docx")])

def m131():
    body = """Dear members of the jury,

please find below our submission for the category "Customer Experience Initiative of the Year".

Title: "Someone who stays" – personal case managers for customers with long-term illness

Case story (shared with the customer's written consent for the jury only):
Ms Verena Hoppe (41, teacher from Krefeld) has been receiving a disability (BU) pension from Lindenhof since March 2023 after a severe burnout with depression and panic disorder. Before the programme she had to deal with five different clerks in eight months. Since her case manager Mrs Yurt took over, she has one contact, fixed call dates and a return-to-work plan agreed with her psychotherapist. In January 2024 she started a gradual reintegration at 50 % at her school, with the BU pension continuing during the trial period.

Results of the programme (all case-managed customers, n=312): NPS +38 vs. -4 before; complaints -61 %.

Kind regards
Katrin Albers
Lindenhof Versicherung AG"""
    label(131, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
          "award submission with named customer's burnout, depression, panic disorder and BU pension")
    return build(131, "Katrin Albers <katrin.albers@%s>" % DOM, "CX Awards Jury <jury@cx-awards-europe.example>",
                 "Submission: Customer Experience Initiative of the Year", body)


def m132():
    body = """Hallo Herr Hanke,

für die Hausrat-Aktion "Upgrade 2024" hier meine Kunden, die noch im alten Tarif Basis 2014/2016 sind und die ich anschreiben möchte. Können Sie mir bitte die Upgrade-Beiträge rechnen?

Bernd Schürmann, Hohe Str. 4, 58095 Hagen, HR-5120044, VSU 45.000 €
Elena Fischbach, Am Ring 17, 58256 Ennepetal, HR-5521780, VSU 60.000 €
Carsten + Heike Zilske, Talstr. 88, 58313 Herdecke, HR-4409912, VSU 85.000 €, Fahrrad-Klausel gewünscht

Viele Grüße
Jörg Hartung
Versicherungsmakler, Gevelsberg"""
    wrap = "Hallo Jörg, mache ich bis Donnerstag. Gruß Felix\n\n> " + body.replace("\n", "\n> ")
    label(132, "CONFIDENTIAL", "de", "broker",
          "quoted broker list of named household customers with contract numbers and sums insured")
    return build(132, "Felix Hanke <felix.hanke@%s>" % DOM, "Jörg Hartung <info@hartung-versicherungsmakler.example>",
                 "AW: Upgrade 2024 – meine Kunden", wrap, in_reply_to="a")


def m133():
    body = """Hi Daan,

our answers to your vendor security questionnaire (section 4, data handling):

4.1 Do you send personal data in e-mails? – No; survey raw data are exchanged via SFTP with PGP.
4.2 Special categories (health) processed? – Possibly in free-text answers; handled per DPA annex 3 (coding, deletion after 90 days).
4.3 Data location – EU only.
4.4 Test data – synthetic only ("Max Mustermann", customer no. 4100000000).

Regards
Emre"""
    label(133, "NORMAL", "en", "insurer-to-supplier", "trap: security questionnaire answers mentioning health free text, synthetic test customer")
    return build(133, "Emre Yildiz <emre.yildiz@%s>" % DOM, "Daan de Vries <daan.devries@feedbackly.example>",
                 "Security questionnaire – section 4", body)


def m134():
    body = """Hallo Herr Pietsch,

Rückmeldung zur Outbound-Welle "Kfz-Zweitwagen" wie gewünscht mit den Auffälligkeiten:

Kunde Daniel Fuchs (4100450096): Termin vereinbart, möchte Zweitwagen für seine Frau versichern. Agent-Notiz: "Frau ist schwanger (ET Juni), braucht deshalb den Wagen für die Arzttermine, vorher Risikoschwangerschaft wegen Bluthochdruck" – wir haben die Notiz inzwischen gekürzt, die Originalnotiz war so im System.

Kundin Ayla Doğan (4100640112): kein Interesse.

Freundliche Grüße
Sandra Kowalczyk
DialogPlus Service GmbH"""
    wrap = "Frau Dr. Voss, zur Kenntnis – Agent hat wieder Gesundheitsangaben dokumentiert. Jonas\n\n-------- Weitergeleitete Nachricht --------\n" + body
    label(134, "STRICTLY_CONFIDENTIAL", "de", "company",
          "call notes: named customer's wife pregnant, high-risk pregnancy with hypertension")
    return build(134, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Dr. Helena Voss <datenschutz@%s>" % DOM,
                 "WG: Outbound Kfz-Zweitwagen – Auffälligkeiten", wrap)


def m135():
    body = """Ralf,

bitte übernehmen, Kunde schreibt Englisch, Schaden Kfz, NPS 3.

-----Original Message-----
From: Oliver Grant <o.grant@mailbox.example>
To: feedback@lindenhof-versicherung.example
Subject: your survey

Hi, I got your survey about my claim. Short answer: the hail damage on my car (Tesla Model 3, K-OG 2024, policy KF-9920147, claim K-2024-008812) was assessed fine, but the repair shop you sent me to has had the car for five weeks now. I need it for work. Nobody calls me back.
Oliver"""
    label(135, "CONFIDENTIAL", "mixed", "customer",
          "German note over English customer mail: motor policy, plate and hail claim")
    return build(135, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Ralf Demir <ralf.demir@%s>" % DOM,
                 "WG: your survey – Hagelschaden Grant", body)


def m136():
    body = """Hallo Team,

Mareike hat am Donnerstag Geburtstag! Wir treffen uns um 9:30 Uhr in der Teeküche 4. OG zum Frühstück. Ich besorge Brötchen, wer bringt Obst mit? Sammelkasse für ein Geschenk steht bei mir.

Bitte nicht verraten :-)

Leonie"""
    label(136, "NORMAL", "de", "internal", "trap: colleague's birthday breakfast, no birth date, organisational")
    return build(136, "Leonie Brandt <leonie.brandt@%s>" % DOM, "marketing-ohne-mareike@%s" % DOM,
                 "Geburtstagsfrühstück Donnerstag", body, charset="iso-8859-1")


def m137():
    body = """Hi Claire,

as discussed, the closed-loop case log excerpt for your root-cause workshop is in the attached archive (password by phone). It's the raw log, so please handle it accordingly.

Mareike"""
    log = ["Closed-Loop Case Log – excerpt March 2024",
           ["case", "customer no.", "name", "line", "NPS", "summary", "action"],
           ["CL-2403-011", "4100772610", "Claudia Rensing", "Accident", "2",
            "slipped disc after bike accident, disputes 'degenerative'", "call-back done, second opinion offered"],
           ["CL-2403-019", "4100871554", "Katharina Moers", "Health top-up", "1",
            "wig after breast cancer chemotherapy refused", "refund granted as goodwill"],
           ["CL-2403-024", "4100118845", "Peter Nowak", "Motor", "1", "deer collision, assessor late", "rental car +5 days"],
           ["CL-2403-031", "4100812247", "Emily Sanderson", "Health top-up", "4", "IVF invoices questioned", "call-back, process explained"]]
    inner_zip = _zip([("closed_loop_log_2024-03.docx", docx(log))])
    outer = _zip([("CL_export/README.txt", b"Closed-loop export, internal use only.\r\n"),
                  ("CL_export/cases.zip", inner_zip)])
    label(137, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
          "nested ZIP > ZIP > DOCX: named customers with slipped disc, breast cancer chemo, IVF")
    return build(137, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Claire Morgan <claire.morgan@northlight-cx.example>",
                 "Case log excerpt for the workshop", body,
                 atts=[attach(outer, "CL_export_2024-03.zip", "application", "zip")])


def m138():
    body = """Sehr geehrte Frau Kollegin Brede,

in der Angelegenheit Ihres Mandanten Herrn Florian Wächter (Ihr Az. 44/24) nehmen wir zur behaupteten unerlaubten Telefonwerbung wie folgt Stellung:

Herr Wächter ist seit 2017 Kunde der Lindenhof Versicherung AG (Kfz-Versicherung KF-6630975, Kennzeichen BM-FW 77). Er hat am 22.08.2021 im Rahmen eines Online-Angebots für einen Zweitwagen in Telefonwerbung eingewilligt (Einwilligungstext Version 2.2, Zeitstempel 22.08.2021 14:07:36, Bestätigungs-SMS an 0171 555 9348 am selben Tag).

Ein Widerruf lag uns bis zum Anruf am 04.03.2024 nicht vor. Den mit Ihrem Schreiben erklärten Widerruf haben wir umgesetzt. Eine Unterlassungserklärung werden wir nicht abgeben.

Mit freundlichen kollegialen Grüßen
Dr. Miriam Falk
Syndikusrechtsanwältin, Lindenhof Versicherung AG"""
    label(138, "CONFIDENTIAL", "de", "insurer-to-lawyer",
          "reply to lawyer: named customer's motor contract, plate, consent record, phone number")
    return build(138, "Dr. Miriam Falk <miriam.falk@%s>" % DOM, "RAin Katja Brede <brede@kanzlei-brede.example>",
                 "Ihr Az. 44/24 – Wächter ./. Lindenhof", body)


def m139():
    body = """Hi Tobias,

content calendar Q3/Q4 for the English-language channels (LinkedIn, Instagram). Please add community management slots.

Date        Occasion                          Post idea
29 Sep      World Heart Day                   "Know your numbers" – blood pressure check tips, link to health top-up
1-31 Oct    Breast Cancer Awareness Month     pink logo, donation to the cancer counselling association, no product push
10 Oct      World Mental Health Day           interview with our EAP psychologist on stress at work
14 Nov      World Diabetes Day                myth-busting carousel (no customer stories)
3 Dec       Intl. Day of Persons with Disabilities  accessibility of our website, BU explained

Thanks,
Leonie"""
    label(139, "NORMAL", "en", "internal", "trap: content calendar with health awareness days, no person")
    return build(139, "Leonie Brandt <leonie.brandt@%s>" % DOM, "Tobias Rehm <tobias.rehm@%s>" % DOM,
                 "Content calendar Q3/Q4 EN channels", body)


def m140():
    body = """Liebe Kolleginnen in der KV-Leistung,

Feedback aus dem Kundenbeirat-Nachgang, Herr Klaus Meurer (Kd.-Nr. 4100266310) bittet um Klärung:

"Meine neuen Hörgeräte (beidseitig, Schwerhörigkeit Grad 2, verordnet vom HNO Dr. Kessel) haben 4.980 € gekostet. Die Krankenkasse hat den Festbetrag gezahlt, Ihre Zusatzversicherung (KZ-3307719, Tarif Ambulant Plus) nur 500 €. Im Flyer stand 'Hörgeräte bis 1.000 €'. Was stimmt denn jetzt?"

Bitte an mich zurückmelden, ich antworte ihm persönlich, weil er im Beirat ist.

Danke
Mareike"""
    label(140, "STRICTLY_CONFIDENTIAL", "de", "customer",
          "named customer's hearing loss, hearing aids, ENT prescription, health supplementary contract")
    return build(140, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "KV-Leistung <krankenleistung@%s>" % DOM,
                 "Rückfrage Hörgeräte – Kundenbeirat Meurer", body)

def m141():
    body = """Dear Ms Baptiste,

thank you for your feedback in our survey on the rent deposit guarantee. As requested, here is the confirmation for your new landlord:

Guarantee no.: MK-2210948
Tenant: Amélie Baptiste, born 1994-04-17
Landlord: Wohnbau Rheinblick GmbH, Severinstr. 110, 50678 Köln
Apartment: Severinstr. 110, 3rd floor left
Guaranteed amount: EUR 2,850.00 (3 x net cold rent EUR 950.00)

The original certificate was sent to the landlord by post today.

Kind regards
Carina Hesse
Customer Service"""
    label(141, "CONFIDENTIAL", "en", "insurer-to-customer",
          "rent deposit guarantee: named customer with birth date, address, rent and guarantee number")
    return build(141, "Lindenhof Customer Service <kundenservice@%s>" % DOM, "Amélie Baptiste <amelie.baptiste@freemail.example>",
                 "Rent deposit guarantee MK-2210948 – confirmation", body)


def m142():
    body = """Pressespiegel Marketing KW 13

1. Horizont, 26.03.: "Versicherer entdecken das Gefühl" – Lindenhof-Spot "Lächeln lohnt sich" als Beispiel für humorvolle Gesundheitswerbung genannt, Zitat Katrin Albers (Leiterin Marketing): "Zahnersatz ist kein Angstthema, sondern ein Alltagsthema."
2. Kölner Stadt-Anzeiger, 27.03.: Bericht über den Benefizlauf "Laufen gegen Krebs", Lindenhof als Hauptsponsor, Foto Scheckübergabe mit Vorstand Ute Marschner.
3. Versicherungsmagazin online, 28.03.: Marktübersicht Pflegezusatz – Lindenhof Tarif PflegePlus "gut" (1,9).
4. Finanztip-Forum: Thread "Erfahrungen Lindenhof Zahnzusatz" – 42 Beiträge, überwiegend positiv, einzelne Beschwerden über Heil- und Kostenpläne.

Zusammengestellt von Ina Lorenz, Unternehmenskommunikation"""
    label(142, "NORMAL", "de", "internal", "trap: press review on health advertising, cancer charity run; only public officials quoted")
    return build(142, "Ina Lorenz <ina.lorenz@%s>" % DOM, "Marketing Team <marketing@%s>" % DOM,
                 "Pressespiegel Marketing KW 13", body)


def m143():
    body = """Hallo Nadine,

kurze Zusammenfassung vom Video-Call mit Familie Osei heute (sie sprechen Englisch, daher teils auf Englisch notiert):

- Tochter Abena Osei, 9, versichert im Kinder-Zusatz KinderPlus (KZ-8102254)
- Diagnosis: type 1 diabetes since November 2023, insulin pump (Omnipod) recommended by the diabetes clinic at Kinderkrankenhaus Amsterdamer Straße
- Question of the parents: does KinderPlus cover the difference between the pump system and what the statutory insurer pays (approx. EUR 1,200/year for sensors)?
- Außerdem: Mutter fragt, ob die Diabetes-Schulung für die Eltern erstattungsfähig ist.
- NPS-Kommentar der Mutter war 9 – "very supportive so far", sie wünscht sich aber eine schriftliche Antwort auf Englisch.

Kannst du das prüfen? Danke!
Mareike"""
    label(143, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
          "base64 body, German/English notes: named child with type 1 diabetes, insulin pump, child health contract")
    return build(143, "Mareike Szymanski <mareike.szymanski@%s>" % DOM, "Nadine Krug <nadine.krug@%s>" % DOM,
                 "Video-Call Familie Osei – KinderPlus", body, cte="base64")


def m144():
    body = """Hallo Herr Brandenburg,

herzlichen Glückwunsch! Ihr Foto "Mein Bulli am Nordkap" hat beim Kunden-Fotowettbewerb "Lindenhof unterwegs" den ersten Platz gewonnen. Wie in den Teilnahmebedingungen beschrieben, würden wir das Bild gern mit Ihrem Namen im Kundenmagazin und auf Instagram veröffentlichen.

Ihre Angaben zur Einreichung:
Name: Tobias Brandenburg, Osnabrücker Str. 12, 49205 Hasbergen
Kundennummer: 4100728843, Kfz-Vertrag KF-7793214 (VW T3 Westfalia, OS-TB 1987, H-Kennzeichen)

Das Kennzeichen auf dem Foto würden wir vor Veröffentlichung unkenntlich machen. Der Gewinn (Reisegutschein 1.000 €) geht Ihnen per Post zu.

Viele Grüße
Tobias Rehm
Social Media"""
    label(144, "CONFIDENTIAL", "de", "insurer-to-customer",
          "photo contest winner: named customer, address, motor contract and plate")
    return build(144, "Tobias Rehm <tobias.rehm@%s>" % DOM, "Tobias Brandenburg <t.brandenburg@netmail.example>",
                 "Fotowettbewerb: Sie haben gewonnen!", body)


def m145():
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>Hello,</p>
<p>you have received a new secure message from <b>Lindenhof Versicherung AG</b> in your SecureMail portal mailbox.</p>
<p>Subject: <i>Release of creative materials – Pflege campaign</i></p>
<p><a href="https://securemail.lindenhof-versicherung.example/inbox">Open SecureMail portal</a></p>
<p>For security reasons this notification does not contain the content of the message. If you have forgotten your password, use the "reset password" function on the login page.</p>
<p style="font-size:11px;color:#666">This is an automatically generated e-mail. Please do not reply.</p>
</body></html>"""
    label(145, "NORMAL", "en", "insurer-to-agency", "trap: secure-portal notification without content (HTML only)")
    return build(145, "Lindenhof SecureMail <noreply-securemail@%s>" % DOM, "Sam Whitfield <sam.whitfield@brightwater-creative.example>",
                 "New secure message in your SecureMail mailbox", html=html, html_only=True,
                 headers={"Auto-Submitted": "auto-generated"})


def m146():
    body = """Dear Sirs,

Estate of the late Mr Geoffrey Palmer (deceased 9 January 2024)
Your policy LV-2019338 (term life) and unsolicited marketing

We act for the executors of the above estate. Mr Palmer died at St Thomas' Hospital, London, of complications following a stroke. A certified copy of the death certificate and the grant of probate were sent to your life claims department on 12 February 2024.

Despite this, Mrs Helen Palmer (widow and named beneficiary, your customer no. 4100612290) has since received two marketing letters addressed to her late husband offering "Pflegezusatz 60+". Our client finds this distressing. Please (i) confirm the status of the life claim of EUR 150,000 and (ii) suppress all marketing to Mr Palmer's name.

Yours faithfully
Harriet Cole
Cole & Whitcombe LLP"""
    wrap = "Leben-Leistung: bitte Status Todesfallleistung an mich, ich antworte der Kanzlei zusammenhängend. Werbesperre ist gesetzt. Sven\n\n---------- Forwarded message ----------\nFrom: Harriet Cole <h.cole@cole-whitcombe.example>\n\n" + body
    label(146, "STRICTLY_CONFIDENTIAL", "en", "lawyer",
          "law firm letter: deceased named customer, cause of death (stroke), life claim and beneficiary")
    return build(146, "Sven Ottersbach <sven.ottersbach@%s>" % DOM, "Leben-Leistung <leben-leistung@%s>" % DOM,
                 "WG: Estate Palmer – LV-2019338", wrap)


def m147():
    body = """Liebes Kranich-Team,

Briefing für die Nachfolgekampagne Zahnzusatz (Herbst), kurz und knapp:

Ziel: Abschlüsse ZahnPlus Premium +20 % ggü. Herbst 2023
Zielgruppe: 30-55, GKV-versichert, "Zahnarztmuffel" und Eltern mit Kindern vor der KFO-Phase
Botschaft: "Auch wenn's teuer wird: Ihr Lächeln ist abgesichert."
Proof Points (Musterfälle, fiktiv, bitte so kennzeichnen):
  - Implantat Zahn 46: Rechnung 3.200 €, GKV-Festzuschuss 450 €, ZahnPlus Premium 2.030 €, Eigenanteil 720 €
  - Kinder-KFO, Zahnspange KIG 2: Rechnung 3.800 €, Erstattung 3.040 €
  - PZR 2x jährlich: 180 €, Erstattung 100 %
Zahnstaffel in den ersten 4 Jahren unbedingt im Kleingedruckten.

Timing: Konzepte bis 15.05.

Katrin"""
    label(147, "NORMAL", "de", "insurer-to-agency", "trap: campaign briefing with fictitious dental sample cases (implant, KFO)")
    return build(147, "Katrin Albers <katrin.albers@%s>" % DOM, "Anja Kranich <a.kranich@kranich-kommunikation.example>",
                 "Briefing Zahnzusatz Herbst 2024", body, cte="8bit", flowed=True)


def m148():
    body = """Dear Mr Lindgren,

thank you for your comment in our renewal survey. You asked why the premium for your motorcycle insurance went up:

Policy: KR-4420917, Triumph Street Triple RS, K-EL 95
Policyholder: Erik Lindgren, date of birth 22 November 1989
Renewal premium 2024: EUR 412.60 (2023: EUR 356.10)

The increase is due to the general rise in repair costs (+14 %) and the new regional class for Cologne; your no-claims class SF 9 remains unchanged. You may switch to annual mileage up to 4,000 km, which would reduce the premium to EUR 371.90.

Kind regards
Motor Customer Service"""
    label(148, "CONFIDENTIAL", "en", "insurer-to-customer", "named motorcyclist with birth date, policy, plate, premium")
    return build(148, "Lindenhof Kfz-Service <kfz-service@%s>" % DOM, "Erik Lindgren <erik.lindgren@mailbox.example>",
                 "Your renewal question – KR-4420917", body)


def m149():
    body = """Liebe Frau Dr. Voss,

ich muss einen möglichen Datenschutzvorfall melden:

Im Rahmen des Mailings "Ihre Leistungsübersicht 2023" (Kranken-Zusatz, Lettershop Druckhaus Weyer) wurde mindestens ein Brief an eine falsche Adresse zugestellt. Herr Dominik Steinhauer (4100478112, KZ-6120884) hat uns heute angerufen: Seine Leistungsübersicht mit den Erstattungen für 2023 – u. a. 24 Sitzungen Verhaltenstherapie (Diagnose F41.0 Panikstörung auf der Rechnung des Therapeuten), Psychopharmaka-Zuzahlungen und eine Schlafapnoe-Diagnostik – ist bei seinem Nachbarn Hausnummer 14 statt 14a gelandet. Der Nachbar hat den Brief geöffnet und ihm übergeben.

Ursache vermutlich: Hausnummernzusatz in der Adressdatei abgeschnitten (Feldlänge). Betroffen könnten alle Datensätze mit Zusatz sein, ich lasse das gerade prüfen.

Meldefrist 72 h läuft ab heute 10:40 Uhr.

Jonas Pietsch"""
    label(149, "STRICTLY_CONFIDENTIAL", "de", "internal",
          "data breach report: named customer's psychotherapy, F41.0 panic disorder, sleep apnoea, health contract")
    return build(149, "Jonas Pietsch <jonas.pietsch@%s>" % DOM, "Dr. Helena Voss <datenschutz@%s>" % DOM,
                 "Datenschutzvorfall Mailing Leistungsübersicht KZ", body,
                 headers={"Importance": "high"})


def m150():
    body = """Hallo Frau Winterberg,

vielen Dank für Ihr Interesse an unserer Neuwagen-Aktion "Erstes eigenes Auto"! Wie gewünscht hier Ihre elektronische Versicherungsbestätigung für die Zulassung:

eVB-Nummer: A7KQ2M9
Versicherungsnehmerin: Lara Winterberg, geb. 09.10.2004
Anschrift: Goethestr. 31, 51643 Gummersbach
Fahrzeug: Hyundai i20, Neufahrzeug
Vertrag (vorläufig): KF-9931058, Beginn mit Zulassung
Einstufung: SF ½ (Führerschein seit 11/2022, begleitetes Fahren ab 17), Aktionsrabatt 10 %

Die eVB ist 6 Monate gültig.

Viele Grüße
Ihr Lindenhof Kfz-Team"""
    label(150, "CONFIDENTIAL", "de", "insurer-to-customer",
          "eVB for campaign customer: name, birth date, address, provisional motor contract")
    return build(150, "Lindenhof Kfz-Service <kfz-service@%s>" % DOM, "Lara Winterberg <lara.winterberg@freemail.example>",
                 "Ihre eVB-Nummer für die Zulassung", body)


# ================================================================= writer and checker

def generate():
    os.makedirs(OUT, exist_ok=True)
    del LABELS[:]
    for n in range(1, 151):
        msg = globals()["m%03d" % n]()
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(OUT, "d%s-%04d.eml" % (NN, n)), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for row in LABELS:
            assert all("\t" not in c and "\n" not in c for c in row), row
            f.write("\t".join(row) + "\n")
    print("wrote %d mails and labels.tsv" % len(LABELS))


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22}


def iban_ok(s):
    s = s.replace(" ", "")
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return None  # not an IBAN of a known country (e.g. a reference number)
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _pdf_text(data):
    out = []
    for m in re.finditer(rb"\((.*?)(?<!\\)\) Tj", data):
        t = m.group(1)
        t = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), t)
        t = re.sub(rb"\\(.)", rb"\1", t)
        out.append(t.decode("cp1252"))
    return "\n".join(out)


def _check_pdf(data, where):
    assert data.startswith(b"%PDF-"), where + ": not a PDF"
    assert data.rstrip().endswith(b"%%EOF"), where + ": no EOF"
    sx = int(re.search(rb"startxref\n(\d+)", data).group(1))
    assert data[sx:sx + 4] == b"xref", where + ": bad startxref"
    offs = re.findall(rb"(\d{10}) 00000 n ", data)
    for i, o in enumerate(offs, 1):
        assert data[int(o):].startswith(("%d 0 obj" % i).encode()), where + ": bad xref entry %d" % i
    return _pdf_text(data)


def _check_zip(data, where):
    import xml.etree.ElementTree as ET
    texts = []
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where + ": corrupt zip"
    names = z.namelist()
    for zi in z.infolist():
        assert zi.date_time == ZIP_TS, where + ": zip timestamp"
    if "mimetype" in names:
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    for name in names:
        b = z.read(name)
        if name.endswith(".xml") or name.endswith(".rels"):
            root = ET.fromstring(b)
            texts.append(" ".join(t for t in root.itertext()))
        elif name.endswith(".zip"):
            texts.append(_check_zip(b, where + "/" + name))
        elif name.endswith((".docx", ".xlsx", ".odt", ".ods")):
            texts.append(_check_zip(b, where + "/" + name))
        elif name.endswith((".csv", ".txt")):
            texts.append(b.decode("utf-8"))
        elif name.endswith(".pdf"):
            texts.append(_check_pdf(b, where + "/" + name))
    if "[Content_Types].xml" in names:
        assert "word/document.xml" in names or "xl/workbook.xml" in names, where
    return "\n".join(texts)


def _part_text(part, where):
    ctype = part.get_content_type()
    fn = part.get_filename() or ""
    if ctype == "message/rfc822":
        inner = part.get_payload()[0]
        assert inner["From"] and inner["Subject"], where + ": inner mail headers"
        return "\n".join([str(inner["From"]), str(inner["To"])] + [_part_text(p, where + ">") for p in inner.walk()
                                                                    if not p.is_multipart()])
    if part.is_multipart():
        return ""
    raw = part.get_payload(decode=True)
    if ctype.startswith("text/") and not fn:
        return raw.decode(part.get_content_charset() or "ascii")
    if fn.endswith(".pdf"):
        return _check_pdf(raw, where + ":" + fn)
    if fn.endswith((".zip", ".docx", ".xlsx", ".odt", ".ods")):
        return _check_zip(raw, where + ":" + fn)
    if fn.endswith(".ics"):
        t = raw.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t, where + ": ics"
        return t
    if fn.endswith(".csv"):
        t = raw.decode(part.get_content_charset() or "windows-1252")
        rows = list(csv.reader(io.StringIO(t), delimiter=";" if t.count(";") > t.count(",") else ","))
        assert len(rows) >= 2 and len(set(len(r) for r in rows if r)) == 1, where + ": csv shape"
        return t
    raise AssertionError(where + ": unknown attachment " + fn)


def check():
    from email import policy as P
    errors = []
    files = sorted(os.listdir(OUT))
    expect = ["d%s-%04d.eml" % (NN, n) for n in range(1, 151)]
    if files != expect:
        errors.append("file list mismatch")
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f]
    if rows[0] != ["file", "label", "lang", "kind", "reason"]:
        errors.append("labels header")
    rows = rows[1:]
    if [r[0] for r in rows] != expect:
        errors.append("labels file column mismatch")
    cnt = {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("bad label row %r" % (r,))
            continue
        cnt[r[1]] = cnt.get(r[1], 0) + 1
        if r[2] not in ("de", "en", "mixed"):
            errors.append("bad lang %r" % r)
        if r[1] not in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
            errors.append("bad label %r" % r)
    if cnt != {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}:
        errors.append("label counts %r" % cnt)
    n_att = n_iban = 0
    for fn in expect:
        path = os.path.join(OUT, fn)
        data = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append(fn + ": not pure CRLF")
        msg = BytesParser(policy=P.default).parsebytes(data)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                errors.append(fn + ": missing " + h)
        if msg.defects:
            errors.append(fn + ": defects %r" % msg.defects)
        hdr_text = " ".join(str(msg[h] or "") for h in ("From", "To", "Cc", "Message-ID"))
        texts = [hdr_text]
        try:
            for part in msg.walk():
                if part.get_content_type() == "message/rfc822":
                    texts.append(_part_text(part, fn))
                    continue
                if part.is_multipart():
                    continue
                if any(p.get_content_type() == "message/rfc822" and part in list(p.walk())[1:] for p in msg.walk()):
                    continue
                if part.get_filename():
                    n_att += 1
                texts.append(_part_text(part, fn))
        except Exception as e:  # noqa
            errors.append("%s: %s" % (fn, e))
            continue
        alltext = "\n".join(texts)
        for d in ADDR_RE.findall(alltext) + URL_RE.findall(alltext):
            if not d.lower().rstrip(".").endswith(".example"):
                errors.append("%s: non-.example domain %s" % (fn, d))
        for m in IBAN_RE.findall(alltext):
            ok = iban_ok(m)
            if ok is None:
                continue
            n_iban += 1
            if not ok:
                errors.append("%s: IBAN checksum fails %s" % (fn, m))
    for e in errors:
        print("ERROR", e)
    print("checked %d mails; labels %s; attachments %d; IBANs validated %d; errors %d"
          % (len(expect), cnt, n_att, n_iban, len(errors)))
    return not errors


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    generate()
