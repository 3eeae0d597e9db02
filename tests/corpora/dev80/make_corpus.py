#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel test corpus dev80 - machine-made and data mail at the (fictitious)
Weserland Versicherung AG, Bremen.

python make_corpus.py          writes mails/d80-0001.eml ... d80-0150.eml and labels.tsv
python make_corpus.py --check  re-parses every file and validates the corpus

Standard library only, deterministic (seed 80, fixed dates, boundaries,
Message-IDs and ZIP timestamps). Every mail is written by hand in its own
function m001 ... m150; the helpers below only turn that content into MIME
or into attachment files.
"""
import csv
import datetime
import hashlib
import io
import os
import re
import sys
import zipfile
import zlib
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import SMTP, default as DEFAULT_POLICY
from email.utils import format_datetime, parsedate_to_datetime, getaddresses

NN = 80
SEED = 80
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
ZIP_TS = (2025, 1, 2, 8, 0, 0)

# ---------------------------------------------------------------- addresses
W = "weserland-versicherung.example"


def sysaddr(local, name=None):
    a = "%s@%s" % (local, W)
    return '"%s" <%s>' % (name, a) if name else a


# ---------------------------------------------------------------- spec
def M(label, lang, kind, reason, frm, to, subject, body=None, **kw):
    d = dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to,
             subject=subject, body=body)
    d.update(kw)
    return d


# ---------------------------------------------------------------- dates
def mail_date(i, given=None):
    if given:
        dt = datetime.datetime.strptime(given, "%Y-%m-%d %H:%M")
    else:
        base = datetime.datetime(2025, 2, 3, 5, 40)
        dt = base + datetime.timedelta(minutes=i * 683 + (i * 37) % 53)
    summer = datetime.datetime(2025, 3, 30, 2, 0) <= dt < datetime.datetime(2025, 10, 26, 3, 0)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return dt.replace(tzinfo=tz)

# send date and time of each mail (fixed; mails that carry their own date set it in M(...))
DATES = {
    1: "2025-02-04 03:53",
    2: "2025-02-04 02:52",
    3: "2025-02-04 03:07",
    4: "2025-02-04 06:00",
    5: "2025-02-04 04:11",
    6: "2025-02-04 21:37",
    7: "2025-02-05 10:02",
    8: "2025-02-05 14:20",
    9: "2025-02-04 08:15",
    10: "2025-02-06 00:05",
    11: "2025-02-06 07:00",
    12: "2025-02-06 09:30",
    13: "2025-02-06 07:13",
    14: "2025-02-06 11:03",
    15: "2025-02-06 12:05",
    16: "2025-02-06 06:15",
    17: "2025-02-07 08:30",
    18: "2025-02-03 16:40",
    19: "2025-02-06 14:03",
    20: "2025-02-07 08:00",
    21: "2025-02-07 08:47",
    22: "2025-02-07 10:15",
    23: "2025-02-07 13:22",
    24: "2025-02-13 10:00",
    25: "2025-02-07 19:49",
    26: "2025-02-07 15:31",
    27: "2025-02-06 16:20",
    28: "2025-02-10 11:12",
    29: "2025-02-10 09:40",
    30: "2025-02-10 14:05",
    31: "2025-02-11 09:55",
    32: "2025-02-11 11:30",
    33: "2025-02-10 15:45",
    34: "2025-02-11 13:10",
    35: "2025-02-11 22:14",
    36: "2025-02-11 06:30",
    37: "2025-02-09 15:20",
    38: "2025-02-12 10:00",
    39: "2025-02-12 11:41",
    40: "2025-02-10 07:00",
    41: "2025-02-10 18:22",
    42: "2025-02-10 19:05",
    43: "2025-02-11 19:30",
    44: "2025-02-12 20:44",
    45: "2025-02-11 21:14",
    46: "2025-02-12 06:30",
    47: "2025-02-12 14:10",
    48: "2025-02-12 06:00",
    49: "2025-02-13 05:12",
    50: "2025-02-13 16:48",
    51: "2025-02-14 10:00",
    52: "2025-02-13 20:03",
    53: "2025-02-13 07:12",
    54: "2025-02-14 22:42",
    55: "2025-02-14 09:00",
    56: "2025-02-14 11:25",
    57: "2025-02-14 11:31",
    58: "2025-02-14 12:02",
    59: "2025-02-14 20:00",
    60: "2025-02-17 09:12",
    61: "2025-02-17 10:40",
    62: "2025-02-17 11:05",
    63: "2025-02-17 14:20",
    64: "2025-02-18 10:48",
    65: "2025-02-18 09:02",
    66: "2025-02-18 10:15",
    67: "2025-02-18 14:33",
    68: "2025-02-19 10:20",
    69: "2025-02-19 15:10",
    70: "2025-02-19 16:00",
    71: "2025-02-20 09:44",
    72: "2025-02-20 10:10",
    73: "2025-02-20 14:02",
    74: "2025-02-20 15:30",
    75: "2025-02-21 08:55",
    76: "2025-02-21 11:19",
    77: "2025-02-19 08:45",
    78: "2025-02-24 16:21",
    79: "2025-02-24 10:05",
    80: "2025-02-25 06:30",
    81: "2025-02-25 07:45",
    82: "2025-02-25 05:10",
    84: "2025-02-26 09:00",
    85: "2025-03-03 02:15",
    86: "2025-03-03 06:40",
    87: "2025-03-03 10:12",
    88: "2025-03-04 07:20",
    89: "2025-03-04 09:13",
    90: "2025-03-05 08:10",
    91: "2025-03-03 09:30",
    92: "2025-03-05 10:43",
    93: "2025-03-06 04:00",
    94: "2025-03-06 08:20",
    95: "2025-03-06 13:44",
    96: "2025-03-06 15:20",
    97: "2025-03-07 05:00",
    98: "2025-03-07 11:40",
    99: "2025-03-07 09:00",
    100: "2025-03-07 10:15",
    101: "2025-03-07 11:58",
    102: "2025-03-10 05:30",
    103: "2025-03-10 05:35",
    104: "2025-03-11 08:32",
    105: "2025-03-11 10:00",
    106: "2025-03-11 12:10",
    107: "2025-03-11 15:02",
    108: "2025-03-11 09:25",
    109: "2025-03-12 07:40",
    110: "2025-03-12 10:55",
    111: "2025-03-13 04:10",
    112: "2025-03-12 14:00",
    113: "2025-03-12 16:20",
    114: "2025-03-13 08:05",
    115: "2025-03-13 11:03",
    116: "2025-03-10 06:00",
    117: "2025-03-10 06:05",
    118: "2025-03-10 06:10",
    119: "2025-03-10 07:00",
    120: "2025-03-13 09:30",
    121: "2025-03-13 14:15",
    122: "2025-03-14 10:20",
    123: "2025-03-11 07:15",
    124: "2025-03-14 11:02",
    125: "2025-03-14 15:40",
    127: "2025-03-14 06:00",
    128: "2025-03-13 06:00",
    129: "2025-03-14 16:05",
    130: "2025-03-17 09:00",
    131: "2025-03-17 06:00",
    132: "2025-03-17 08:00",
    133: "2025-03-17 07:30",
    134: "2025-03-17 13:25",
    135: "2025-03-14 12:00",
    136: "2025-03-14 10:00",
    137: "2025-03-14 12:07",
    138: "2025-03-14 06:45",
    139: "2025-03-18 09:00",
    140: "2025-03-17 04:02",
    141: "2025-03-18 10:30",
    142: "2025-03-18 14:45",
    143: "2025-03-17 18:00",
    144: "2025-03-18 06:00",
    146: "2025-03-19 11:20",
    148: "2025-03-19 09:10",
}


def msgid(i, frm):
    dom = re.search(r"@([A-Za-z0-9.-]+)", frm).group(1)
    h = hashlib.sha1(("d%d-%d-%d" % (NN, SEED, i)).encode()).hexdigest()[:16]
    return "<%s.%04d@%s>" % (h, i, dom)


# ---------------------------------------------------------------- attachments
def _esc_pdf(s):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return s.encode("cp1252", "replace")


def pdf(name, pages, title="", producer="Weserland Output-Management 4.1",
        scan=False, creator=None):
    """pages: list of pages, each a list of text lines. scan=True puts an
    image on the page and the text as an invisible OCR layer (3 Tr)."""
    objs = []  # bytes of objects 1..n

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(b"")
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    info = add(b"<< /Title (" + _esc_pdf(title or name) + b") /Producer (" + _esc_pdf(producer)
               + b") /Creator (" + _esc_pdf(creator or producer) + b") /CreationDate (D:20250101080000+01'00') >>")
    img = None
    if scan:
        raw = bytes((236 + ((x * 7 + y * 13 + SEED) % 17)) for y in range(32) for x in range(24))
        comp = zlib.compress(raw, 9)
        img = add(b"<< /Type /XObject /Subtype /Image /Width 24 /Height 32 /ColorSpace /DeviceGray"
                  b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(comp)
                  + comp + b"\nendstream")
    kids = []
    # split long pages
    flat = []
    for p in pages:
        while len(p) > 54:
            flat.append(p[:54])
            p = p[54:]
        flat.append(p)
    for lines in flat:
        parts = []
        if scan:
            parts.append(b"q 595 0 0 842 0 0 cm /Im1 Do Q")
        parts.append(b"BT /F1 10 Tf 14 TL 56 790 Td")
        if scan:
            parts.append(b"3 Tr")
        for ln in lines:
            parts.append(b"(" + _esc_pdf(ln) + b") Tj T*")
        parts.append(b"ET")
        stream = b"\n".join(parts)
        cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        res = b"<< /Font << /F1 %d 0 R >>" % font
        if img:
            res += b" /XObject << /Im1 %d 0 R >>" % img
        res += b" >>"
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>"
                  % (pages_id, res, cid))
        kids.append(pid)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                          + b"] /Count %d >>" % len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, b in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % n + b + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, xref))
    return (name, out.getvalue(), "application", "pdf")


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for mname, data, *comp in members:
            zi = zipfile.ZipInfo(mname, date_time=ZIP_TS)
            zi.compress_type = comp[0] if comp else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(name, sheets):
    """sheets: list of (sheetname, rows); numbers stay numbers."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    for k in range(len(sheets)):
        ct += ('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (k + 1))
    ct += '</Types>'
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    members = []
    for k, (sname, rows) in enumerate(sheets, 1):
        wb += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(sname), k, k)
        wbr += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (k, k))
        sx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        for r, row in enumerate(rows, 1):
            sx += '<row r="%d">' % r
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    sx += '<c r="%s"><v>%s</v></c>' % (ref, v)
                elif v is None or v == "":
                    continue
                else:
                    sx += '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v))
            sx += '</row>'
        sx += '</sheetData></worksheet>'
        members.append(("xl/worksheets/sheet%d.xml" % k, sx.encode("utf-8")))
    wb += '</sheets></workbook>'
    wbr += '</Relationships>'
    z = _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
              ("xl/workbook.xml", wb.encode("utf-8")), ("xl/_rels/workbook.xml.rels", wbr.encode())]
             + members)
    return (name, z, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def docx(name, paras):
    """paras: strings (paragraphs) or lists (table rows, consecutive lists form one table)."""
    body = ""
    table = []

    def flush():
        nonlocal body, table
        if table:
            body += "<w:tbl>"
            for row in table:
                body += "<w:tr>" + "".join(
                    '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c)
                    for c in row) + "</w:tr>"
            body += "</w:tbl>"
            table = []
    for p in paras:
        if isinstance(p, (list, tuple)):
            table.append(p)
            continue
        flush()
        body += '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p)
    flush()
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    z = _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
              ("word/document.xml", doc.encode("utf-8"))])
    return (name, z, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _odf(mime, content):
    man = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
           '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime.encode(), zipfile.ZIP_STORED),
                 ("META-INF/manifest.xml", man.encode()),
                 ("content.xml", content.encode("utf-8"))])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def odt(name, paras):
    body = "".join("<text:p>%s</text:p>" % _x(p) for p in paras)
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:text>%s'
         '</office:text></office:body></office:document-content>' % (_ODF_NS, body))
    return (name, _odf("application/vnd.oasis.opendocument.text", c),
            "application", "vnd.oasis.opendocument.text")


def ods(name, sheets):
    body = ""
    for sname, rows in sheets:
        body += '<table:table table:name="%s">' % _x(sname)
        for row in rows:
            body += "<table:table-row>"
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    body += ('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    body += '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v)
            body += "</table:table-row>"
        body += "</table:table>"
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:spreadsheet>%s'
         '</office:spreadsheet></office:body></office:document-content>' % (_ODF_NS, body))
    return (name, _odf("application/vnd.oasis.opendocument.spreadsheet", c),
            "application", "vnd.oasis.opendocument.spreadsheet")


def text_att(name, text, subtype="plain", charset="utf-8", maintype="text", crlf=True):
    t = text.replace("\r\n", "\n")
    if crlf:
        t = t.replace("\n", "\r\n")
    return (name, t.encode(charset), maintype, subtype, charset)


def csv_att(name, text, charset="utf-8", subtype="csv", maintype="text"):
    return text_att(name, text, subtype=subtype, charset=charset, maintype=maintype)


def ics(name, text):
    return text_att(name, text, subtype="calendar")


def zip_att(name, members):
    """members: list of attachment tuples (name, bytes, ...)."""
    return (name, _zip([(m[0], m[1]) for m in members]), "application", "zip")


def octet(att, newname=None):
    return (newname or att[0], att[1], "application", "octet-stream")


def inner(frm, to, subject, date, body, att=(), cc=None, html=None, charset="utf-8"):
    """a forwarded message, attached as message/rfc822"""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(mail_date(0, date))
    h = hashlib.sha1((subject + date).encode("utf-8")).hexdigest()[:14]
    m["Message-ID"] = "<%s@%s>" % (h, re.search(r"@([A-Za-z0-9.-]+)", frm).group(1))
    m.set_content(body, charset=charset)
    if html:
        m.add_alternative(html, subtype="html")
    for a in att:
        _attach(m, a)
    return m


def _attach(msg, a):
    if isinstance(a, EmailMessage):
        msg.add_attachment(a)
        return
    name, data, mt, st = a[:4]
    if mt == "text":
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name, cte="base64" if len(a) < 6 else a[5],
                           params={"charset": a[4]} if len(a) > 4 else {})
    else:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)


# ---------------------------------------------------------------- MIME
def build(i, s):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = s["frm"]
    msg["To"] = s["to"]
    if s.get("cc"):
        msg["Cc"] = s["cc"]
    if s.get("reply_to"):
        msg["Reply-To"] = s["reply_to"]
    msg["Subject"] = s["subject"]
    msg["Date"] = format_datetime(mail_date(i, s.get("date") or DATES.get(i)))
    msg["Message-ID"] = msgid(i, s["frm"])
    for k, v in s.get("headers", []):
        msg[k] = v
    cs = s.get("charset", "utf-8")
    cte = s.get("cte")
    params = {"format": "flowed"} if s.get("flowed") else None
    if s.get("html_only"):
        msg.set_content(s["html"], subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(s["body"], charset=cs, cte=cte, params=params)
        if s.get("html"):
            msg.add_alternative(s["html"], subtype="html", charset=cs, cte=s.get("html_cte"))
    for a in s.get("att", []):
        _attach(msg, a)
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            k += 1
            part.set_boundary("----=_WVS_%02d%04d_%d" % (NN, i, k))
    return msg



# ====================================================================== mails
# ---------------------------------------------------------------- block A: system notifications, monitoring

def m001():
    return M("NORMAL", "de", "system-to-internal",
             "trap: Automic job report of the nightly KV-Leistung run, only counts and job names",
             sysaddr("automic", "Automic Automation WVS"),
             "anwendungsbetrieb-leistung@" + W,
             "UC4 ENDED_OK: JOBP.KV.LEIST.NACHT.0100 (RunID 0044718232)",
             """\
*** Automatisch erzeugte Nachricht - bitte nicht antworten ***

Workflow     : JOBP.KV.LEIST.NACHT.0100
Mandant      : 0100 (PROD)
RunID        : 0044718232
Status       : ENDED_OK - beendet ohne Fehler
Start        : 04.02.2025 01:15:03
Ende         : 04.02.2025 03:52:41
Laufzeit     : 02:37:38 (Durchschnitt 30 Tage: 02:21:10)

Teilschritte:
  JOBS.KV.LEIST.EINLESEN.BELEGE      ENDED_OK   18.432 Belege gelesen
  JOBS.KV.LEIST.REGELWERK.PRUEFUNG   ENDED_OK   17.950 dunkel / 482 Vorlage SB
  JOBS.KV.LEIST.ZAHLUNG.ERZEUGEN     ENDED_OK   11.207 Zahlungen, Datei ZV_20250204_01.xml
  JOBS.KV.LEIST.DRUCK.UEBERGABE      ENDED_OK   11.689 Dokumente an OMS
  JOBS.KV.LEIST.ARCHIV               ENDED_OK

Nächster geplanter Lauf: 05.02.2025 01:15

--
Automic Automation Engine 21.0.9 / AE-System WVSPROD
Rückfragen: Betriebsführung Rechenzentrum, Tel. -4410
""")


def m002():
    return M("NORMAL", "en", "system-to-internal",
             "trap: Zabbix CPU alert on a host called kvleist-db02, no personal data",
             sysaddr("zabbix", "Zabbix WVS"),
             "ops-oncall@" + W,
             "Problem: High CPU utilization (over 90% for 5m) on kvleist-db02",
             """\
Problem started at 02:47:12 on 2025.02.04
Problem name: High CPU utilization (over 90% for 5m)
Host: kvleist-db02.prod.weserland-versicherung.example
Severity: Warning
Operational data: Current utilization: 96.41 %
Original problem ID: 88213907

Trigger URL: https://zabbix.intra.weserland-versicherung.example/tr_events.php?triggerid=40122&eventid=88213907

Tags: class:os, component:cpu, scope:performance, service:kv-leistung, target:linux

-- 
Zabbix 6.4 | WVS Rechenzentrum Bremen-Hemelingen
""")


def m003():
    payload = """\
{
  "messageId": "c7a1e4d2-5b0f-4e1c-9a77-2f1d5c0b9e31",
  "source": "ELBA-Scan",
  "target": "KV-LEISTUNG",
  "beleg": {
    "belegNr": "B-2025-0204-118842",
    "eingang": "2025-02-03",
    "art": "ARZTRECHNUNG",
    "versicherungsnummer": "KV 4471 2293-01",
    "versichertePerson": {
      "name": "Brüning",
      "vorname": "Silke",
      "geburtsdatum": "1979-06-14"
    },
    "leistungserbringer": {
      "name": "Dipl.-Psych. Andrea Kohlmeier, Psychologische Psychotherapeutin",
      "ort": "Oldenburg"
    },
    "diagnosen": ["F33.1 G", "F41.1 G"],
    "positionen": [
      {"goae": "870", "datum": "2025-01-09", "faktor": 2.3, "betrag": 100.55},
      {"goae": "870", "datum": "2025-01-16", "faktor": 2.3, "betrag": 100.55},
      {"goae": "870", "datum": "2025-01-23", "faktor": 2.3, "betrag": 100.55}
    ],
    "rechnungsbetrag": 301.65
  }
}"""
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-supplier",
             "batch error with JSON payload dump: insured person, birth date, psychotherapy invoice with ICD F33.1/F41.1",
             sysaddr("kv-import-monitor", "KV-Import Monitor"),
             "betrieb-kv@hansa-rz.example",
             "[PROD][FEHLER] KV-Belegimport: 1 Datensatz abgewiesen (VAL-0412)",
             """\
Beim Import aus ELBA-Scan nach KV-LEISTUNG ist ein Datensatz abgewiesen worden.

Lauf       : KVIMP_20250204_0300
Fehlercode : VAL-0412 Leistungserbringer ohne gültige Abrechnungskennung (LANR/IK/Zulassung)
Anzahl     : 1 von 2.118 Datensätzen
Queue      : KV.IMPORT.DLQ (Nachricht bleibt bis zur Korrektur liegen)

Payload (gekürzt):
""" + payload + """

Bitte Datensatz prüfen und über die Fehlerbearbeitung (Maske KVF-07) nachbearbeiten
oder in die Queue zurückstellen.

-- 
Diese Nachricht wurde automatisch vom Integrationsserver wvs-esb-p01 erzeugt.
""")


def m004():
    return M("NORMAL", "de", "system-to-internal",
             "trap: Active Directory password-expiry notice to an employee, nothing about customers",
             sysaddr("noreply-iam", "WVS Identity Management"),
             '"Oltmanns, Merle" <merle.oltmanns@%s>' % W,
             "Ihr Windows-Kennwort läuft in 7 Tagen ab",
             """\
Hallo Merle Oltmanns,

das Kennwort Ihres Windows-Kontos WVS\\OLTMANNSM läuft am 11.02.2025 ab.

Bitte ändern Sie es rechtzeitig über Strg+Alt+Entf -> "Kennwort ändern" oder im
Self-Service-Portal: https://passwort.intra.weserland-versicherung.example

Denken Sie daran: Mindestens 12 Zeichen, nicht die letzten 10 Kennwörter.
Die IT wird Sie niemals per E-Mail nach Ihrem Kennwort fragen.

Ihr IT-Service-Desk
Tel. 0421 5583-4000
""")


def m005():
    xml = """\
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02">
 <CstmrDrctDbtInitn>
  <GrpHdr><MsgId>WVS-SACH-LS-20250204-02</MsgId><CreDtTm>2025-02-04T04:10:22</CreDtTm><NbOfTxs>3</NbOfTxs><CtrlSum>412.37</CtrlSum></GrpHdr>
  <PmtInf>
   <PmtInfId>SACH-HR-0205</PmtInfId><PmtMtd>DD</PmtMtd>
   <DrctDbtTxInf>
    <PmtId><EndToEndId>HR-5528190-2025-02</EndToEndId></PmtId>
    <InstdAmt Ccy="EUR">98.40</InstdAmt>
    <DrctDbtTx><MndtRltdInf><MndtId>WVS-M-5528190</MndtId><DtOfSgntr>2019-03-01</DtOfSgntr></MndtRltdInf></DrctDbtTx>
    <Dbtr><Nm>Hendrik Osterloh</Nm></Dbtr>
    <DbtrAcct><Id><IBAN>DE81464389206202265241</IBAN></Id></DbtrAcct>
    <RmtInf><Ustrd>Hausrat HR-5528190 Beitrag 02/2025</Ustrd></RmtInf>
   </DrctDbtTxInf>
   <DrctDbtTxInf>
    <PmtId><EndToEndId>HR-5530774-2025-02</EndToEndId></PmtId>
    <InstdAmt Ccy="EUR">143.97</InstdAmt>
    <DrctDbtTx><MndtRltdInf><MndtId>WVS-M-5530774</MndtId><DtOfSgntr>2021-11-15</DtOfSgntr></MndtRltdInf></DrctDbtTx>
    <Dbtr><Nm>Gül Aksoy</Nm></Dbtr>
    <DbtrAcct><Id><IBAN>DE17590080876683289779</IBAN></Id></DbtrAcct>
    <RmtInf><Ustrd>Hausrat HR-5530774 Beitrag Q1/2025</Ustrd></RmtInf>
   </DrctDbtTxInf>
  </PmtInf>
 </CstmrDrctDbtInitn>
</Document>
"""
    return M("CONFIDENTIAL", "en", "system-to-supplier",
             "SEPA pain.008 error report with debtor names, IBANs and household policy numbers in an XML attachment",
             sysaddr("sepa-gateway", "WVS SEPA Gateway"),
             "payments-support@corvalis.example",
             "SEPA validation failed: SACH_LS_20250204_02.xml (DD CORE)",
             """\
SEPA outbound validation failed - file NOT transmitted to bank

File        : SACH_LS_20250204_02.xml
Profile     : DD CORE, creditor ID DE77ZZZ00000482913
Validator   : pain.008.001.02 schema + bank rules (Sparkasse Bremen EBICS)
Result      : REJECTED (1 error, 0 warnings)

[E] line 3: GrpHdr/NbOfTxs = 3 but 2 transactions found; CtrlSum 412.37 != 242.37

The original file is attached for analysis. Ticket INC0081207 has been opened
automatically and assigned to the Corvalis payments queue.

Next EBICS cut-off: 2025-02-04 10:30 CET

This is an automated message from wvs-sepa-p02.
""", cc="zahlungsverkehr@" + W,
             att=[text_att("SACH_LS_20250204_02.xml", xml, "xml", maintype="application")])


def m006():
    html = """\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table cellpadding="6" style="border-left:6px solid #e0453a"><tr><td>
<b>[FIRING:1] Kundenportal login failures above threshold</b><br>
Folder: Portale &middot; Evaluation group: auth-1m
</td></tr></table>
<p><b>Labels</b><br>alertname = PortalLoginFailureRate<br>env = prod<br>service = kundenportal-auth<br>severity = critical</p>
<p><b>Annotations</b><br>summary = 7.8 % failed logins in the last 10 min (threshold 5 %)<br>
description = Most failures: INVALID_OTP (61 %), ACCOUNT_LOCKED (22 %), UNKNOWN_USER (17 %).
Top source ASN: 3320. No single account above 5 attempts.</p>
<p><a href="https://grafana.intra.weserland-versicherung.example/d/portal-auth?orgId=1">Dashboard</a> |
<a href="https://grafana.intra.weserland-versicherung.example/alerting/silence/new?alertmanager=grafana">Silence</a></p>
<p style="color:#888">Sent by Grafana v10.4.2</p>
</body></html>
"""
    text = """\
[FIRING:1] Kundenportal login failures above threshold

Labels: alertname=PortalLoginFailureRate env=prod service=kundenportal-auth severity=critical
Summary: 7.8 % failed logins in the last 10 min (threshold 5 %)
Description: Most failures: INVALID_OTP (61 %), ACCOUNT_LOCKED (22 %), UNKNOWN_USER (17 %).
Top source ASN: 3320. No single account above 5 attempts.

Dashboard: https://grafana.intra.weserland-versicherung.example/d/portal-auth?orgId=1
"""
    return M("NORMAL", "en", "system-to-internal",
             "trap: Grafana alert about portal login failures, only rates and error codes",
             sysaddr("grafana", "Grafana Alerting"),
             "portal-oncall@" + W + ", soc@" + W,
             "[FIRING:1] PortalLoginFailureRate kundenportal-auth (prod critical)",
             text, html=html)


def m007():
    log = """\
2025-02-05 09:14:22,118 INFO  [http-nio-8443-exec-17] d.w.bu.claims.web.ClaimController - POST /api/bu/claims/BU-2024-004417/assessment user=WVS\\MEINDERSK
2025-02-05 09:14:22,240 DEBUG [http-nio-8443-exec-17] d.w.bu.claims.service.AssessmentService - loaded claim ClaimDto{claimNo='BU-2024-004417', policyNo='LV 8812 0045-3', insured=PersonDto{lastName='Harms', firstName='Dirk', dateOfBirth=1971-09-02, occupation='Dachdeckermeister'}, onset=2024-08-19, diagnosisText='Bandscheibenvorfall L4/L5 mit Radikulopathie re., Z.n. Nukleotomie 10/2024', icd=['M51.1 G','M54.16 G'], degreeOfDisability=null, monthlyBenefit=1850.00}
2025-02-05 09:14:22,241 DEBUG [http-nio-8443-exec-17] d.w.bu.claims.service.AssessmentService - medical report attached: docId=ELBA-77120913 (Gutachten Dr. med. P. Stuckenberg, Orthopädie)
2025-02-05 09:14:22,263 ERROR [http-nio-8443-exec-17] d.w.bu.claims.service.AssessmentService - assessment save failed
java.lang.IllegalStateException: degreeOfDisability must not be null when status=LEISTUNGSPRUEFUNG_ABGESCHLOSSEN
	at d.w.bu.claims.domain.Assessment.validate(Assessment.java:212)
	at d.w.bu.claims.service.AssessmentService.save(AssessmentService.java:98)
	at d.w.bu.claims.web.ClaimController.assess(ClaimController.java:151)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
	... 87 more
2025-02-05 09:14:22,270 WARN  [http-nio-8443-exec-17] d.w.bu.claims.web.GlobalExceptionHandler - returning 500 to client, correlationId=9f2e61c4
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
             "harmless body; attached application log contains BU claimant with birth date, diagnosis text and ICD codes",
             '"Pahl, Sören" <soeren.pahl@%s>' % W,
             "priya.raman@corvalis.example",
             "BU claims: HTTP 500 on assessment save (correlationId 9f2e61c4)",
             """\
Hi Priya,

one more for the BU claims release 3.8.2 - clerk gets a 500 when closing the
assessment step. Looks like the null check on degreeOfDisability is too strict
when the case is closed without a percentage (reject/withdrawn). Log excerpt
from bu-claims-p01 attached.

Could you have a look before Thursday's deployment window?

Thanks
Sören

--
Sören Pahl
Anwendungsbetreuung Leben/BU
Weserland Versicherung AG | Am Speicher XI 4 | 28217 Bremen
Tel. +49 421 5583-2217
""", att=[text_att("bu-claims-p01_2025-02-05_0914.log", log)])


def m008():
    return M("NORMAL", "en", "system-to-internal",
             "trap: disk-space warning for a share named Arztberichte, no document content",
             sysaddr("storage-monitor", "Storage Monitoring"),
             "fileservices@" + W,
             "WARNING: Volume vol_leistung_kv (share Leistung_KV\\Arztberichte) is 92% full",
             """\
Active IQ Unified Manager - Event

Severity      : Warning
Event         : Volume Space Nearly Full
Cluster       : wvs-fs01 (AFF-A250)
SVM           : svm_abteilungen
Volume        : vol_leistung_kv
Share         : \\\\wvs-fs01\\Leistung_KV\\Arztberichte
Used          : 1.84 TiB of 2.00 TiB (92 %)
Growth rate   : ~11 GiB/day (14-day trend)
Days to full  : ~14

Thresholds    : nearly full 90 % / full 95 %

Recommended action: grow the volume or delete data according to the retention
schedule (Löschkonzept Leistungsunterlagen).

View event: https://aiqum.intra.weserland-versicherung.example/events/71822
""")


def m009():
    return M("CONFIDENTIAL", "de", "system-to-internal",
             "Kfz dark-processing abort: claim number, licence plate and name of the policyholder, nobody hurt",
             sysaddr("schaden-dunkel", "Kfz-Dunkelverarbeitung"),
             "kfz-schaden-team3@" + W,
             "Dunkelverarbeitung abgebrochen - Schaden 25-KH-0021874 an Sachbearbeitung übergeben",
             """\
Automatische Übergabe an Sachbearbeitung

Schadennummer    : 25-KH-0021874
Vertrag          : KF 3312 8870
VN               : Bernd Wilkens, Hemelinger Heerstr. 112, 28309 Bremen
Kennzeichen VN   : HB-BW 412
Schadentag       : 03.02.2025, 17:40 Uhr, Parkplatz Weserpark
Schadenart       : KH - Parkrempler, Personenschaden lt. Meldung: nein
Anspruchsteller  : Autohaus Lüders GmbH (Leasingfahrzeug), Kennz. HB-AL 2207
Gutachten        : DEKRA 2025-0217743, Reparaturkosten netto 3.418,60 EUR

Abbruchgrund     : Regel DV-KH-17 "Reparaturkosten > 3.000 EUR bei SF-Klasse < 3"
                   und Regel DV-KH-04 "2. Schaden im Kalenderjahr"

Bitte manuell regulieren. Frist Erstkontakt lt. SLA: 06.02.2025

Dieser Vorgang wurde automatisch erstellt (Schadensystem KRAKEN 7.3).
""")


def m010():
    return M("NORMAL", "en", "system-to-supplier",
             "trap: TLS certificate expiry notice for the BiPRO endpoint, technical only",
             sysaddr("pki-notify", "WVS PKI"),
             "certificates@maklerdesk.example",
             "Certificate expiry: bipro.weserland-versicherung.example expires in 30 days",
             """\
Dear partner,

the server certificate of our BiPRO endpoint will expire soon:

  Subject CN : bipro.weserland-versicherung.example
  SAN        : bipro.weserland-versicherung.example, bipro-test.weserland-versicherung.example
  Serial     : 4F:2A:91:0C:77:E3:18:5B
  Not after  : 2025-03-08 23:59:59 UTC
  Issuer     : WVS Issuing CA 02

The successor certificate will be activated on 2025-03-01 at 06:00 CET. If your
software pins the certificate (not recommended), please import the new one from
https://pki.weserland-versicherung.example/bipro/2025/ before that date. The
chain and the root stay unchanged.

Contact: bipro-support@weserland-versicherung.example

Weserland Versicherung AG - IT Security / PKI
""")


def m011():
    rows = """\
Dok-ID;Dokumenttyp;Vers.-Nr.;Empfänger;PLZ;Ort;Status;Fehler
OMS-25-0388120;KV Leistungsabrechnung;KV 4471 0918-01;Frau Irmgard Sievers;26122;Oldenburg;HOLD;Adresszeile 4 > 35 Zeichen
OMS-25-0388121;KV Leistungsabrechnung;KV 4471 0918-02;Herr Klaus Sievers;26122;Oldenburg;HOLD;Adresszeile 4 > 35 Zeichen
OMS-25-0388305;KV Erstattungsmitteilung Zahn;KV 4470 5527-01;Herrn Marco Dreyer;28757;Bremen;HOLD;Anlage ELBA-77101152 fehlt
OMS-25-0388540;PPV Beitragsmitteilung;PV 1120 4478;Frau Waltraud Engelke;27568;Bremerhaven;HOLD;Briefvorlage PPV_BM_2025 unbekannt
OMS-25-0388541;KT Krankentagegeld Zahlungsmitteilung;KT 2231 0092;Herr Yusuf Kaya;28195;Bremen;HOLD;IBAN fehlt im Zahlungssatz
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "list of held output documents: named persons with health, care and daily-sickness contracts, in CSV",
             sysaddr("oms-monitor", "Output-Management"),
             "druckstrasse@" + W,
             "OMS: 5 Dokumente im Status HOLD seit > 24 h",
             """\
Guten Morgen,

folgende Dokumente hängen seit mehr als 24 Stunden im Status HOLD und wurden
nicht an die Druckstraße bzw. an das Kundenportal übergeben. Details in der
Anlage.

Sparte KV : 3
Sparte PV : 1
Sparte KT : 1

Bitte klären bzw. Dokumente freigeben. Nach 72 h erfolgt eine Eskalation an
die Fachbereichsleitung.

OMS Überwachung (automatisch)
""", att=[csv_att("oms_hold_20250206.csv", rows, charset="cp1252", subtype="vnd.ms-excel", maintype="application")])


def m012():
    return M("NORMAL", "de", "system-to-internal",
             "trap: maintenance announcement for the life-insurance policy system, no person",
             sysaddr("it-change", "IT Change Management"),
             "verteiler-leben-alle@" + W,
             "Wartungsfenster LEBEN/400 am Samstag, 15.02.2025, 06:00-14:00 Uhr",
             """\
Liebe Kolleginnen und Kollegen,

am Samstag, 15.02.2025 spielen wir zwischen 06:00 und 14:00 Uhr das
Jahresrelease 2025.1 in das Bestandssystem LEBEN/400 ein (Change CHG0034122).

Betroffen:
 - Bestandsführung Leben, BU, Risiko-LV, bAV-Kollektive
 - Angebotsrechner LV im Vermittlerportal (zeigt Wartungsseite)
 - nächtliche Dynamik- und Überschussläufe (werden auf So verschoben)

Nicht betroffen: KV, Sach, Kfz, Kundenportal (außer Vertragsansicht Leben).

Bei Problemen am Montag bitte Ticket an "Anwendungsbetrieb Leben".

Viele Grüße
IT Change Management
""")


def m013():
    return M("NORMAL", "mixed", "system-to-internal",
             "trap: Checkmk queue-depth alert for the GDV inbound queue, German/English mix, no payload",
             sysaddr("checkmk", "Checkmk WVS"),
             "integration-oncall@" + W,
             "*** PROBLEM *** wvs-mq-p01/Queue GDV.INBOUND.VU is CRIT",
             """\
Host:     wvs-mq-p01 (10.41.8.22)
Service:  Queue GDV.INBOUND.VU
Event:    WARN -> CRIT
Time:     Thu Feb  6 07:12:40 CET 2025
Output:   CRIT - depth 4.812 messages (warn/crit at 1.000/4.000), oldest message 03:41 h, consumer count 0 (!!)

Hinweis Bereitschaft: Consumer gdv-importer ist seit dem Deployment um 03:30 nicht
wieder hochgekommen. Runbook: RB-INT-022 "GDV Import neu starten".

-- 
Checkmk Enterprise 2.3.0p18 - site wvsmon
""")


def m014():
    dump = """\
offset=118220554 partition=3 key=P-0008812273 timestamp=2025-02-06T10:02:11.482Z
headers: {eventType=CustomerAddressChanged, schemaVersion=3, producer=crm-partner-svc}
value:
{"partnerId":"P-0008812273","salutation":"Frau","firstName":"Lea","lastName":"Hinrichs","dateOfBirth":"1994-12-03",
 "oldAddress":{"street":"Kornstraße 219","zip":"28201","city":"Bremen"},
 "newAddress":{"street":"Auf den Häfen 30","zip":"28203","city":"Bremen","validFrom":"2025-03-01"},
 "contracts":[{"no":"HR 5541 2208","line":"HAUSRAT"},{"no":"PH 7710 0981","line":"PRIVATHAFTPFLICHT"}]}
error: org.apache.kafka.common.errors.SerializationException: Error deserializing Avro message for id 412 - field 'validFrom' not in writer schema v2
"""
    return M("CONFIDENTIAL", "en", "system-to-supplier",
             "dead-letter dump: customer name, birth date, old/new address and household/liability contract numbers",
             sysaddr("kafka-dlq", "Kafka DLQ Notifier"),
             "integration-team@corvalis.example",
             "[DLQ] customer.address.changed.v3 - 1 new record (partition 3)",
             """\
A record was moved to the dead letter topic customer.address.changed.v3.DLQ

consumer group : contract-address-sync
cluster        : kafka-prod-bre
first failure  : 2025-02-06T10:02:12Z, retries: 5

Record:
""" + dump + """
Reprocess with: dlq-tool replay --topic customer.address.changed.v3.DLQ --offset 118220554

(automated notification - do not reply)
""")


def m015():
    return M("STRICTLY_CONFIDENTIAL", "en", "system-to-internal",
             "Splunk PII alert quoting a raw log event with a named policyholder's hospital invoice and diagnosis",
             sysaddr("splunk", "Splunk Alerts"),
             "dsb-technik@" + W + ", soc@" + W,
             "Splunk Alert: PII_in_application_logs (1 result)",
             """\
The alert condition for 'PII_in_application_logs' was triggered.

Search:  index=app sourcetype=kv-klinik-direkt ("Aufnahmediagnose" OR "icd") NOT masked=true
Time:    2025-02-06 11:00:00 to 2025-02-06 12:00:00 CET
Results: 1

_time                    host              event
2025-02-06 11:37:05.221  klinikdirekt-p02  WARN RequestLogger body={"fallNr":"2025-041187","klinik":"Klinikum Bremen-Ost","patient":{"name":"Gerdes, Anke","geb":"1962-02-27","versNr":"KV 4468 3301-01"},"aufnahme":"2025-02-05","aufnahmediagnose":"I21.4 Akuter subendokardialer Myokardinfarkt","station":"Kardiologie CPU","wahlleistung":"Zweibettzimmer"}

View results: https://splunk.intra.weserland-versicherung.example/app/search/@go?sid=scheduler__soc__search__RMD5a71c1d2

You can change the alert at https://splunk.intra.weserland-versicherung.example/app/search/alert?s=PII_in_application_logs
""")


def m016():
    html = """\
<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial;font-size:12px">
<h3>Nightly batch 2025-02-06 &ndash; overview</h3>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>Chain</th><th>Status</th><th>Start</th><th>End</th><th>Records</th><th>Errors</th></tr>
<tr><td>KV Leistung Nacht</td><td style="color:green">OK</td><td>01:15</td><td>03:49</td><td>17,604</td><td>0</td></tr>
<tr><td>KV Beitragseinzug</td><td style="color:green">OK</td><td>00:30</td><td>01:02</td><td>61,228</td><td>0</td></tr>
<tr><td>Leben Dynamik</td><td style="color:green">OK</td><td>02:00</td><td>02:44</td><td>3,117</td><td>0</td></tr>
<tr><td>Kfz Beitragsanpassung</td><td style="color:orange">OK with warnings</td><td>22:10</td><td>23:58</td><td>48,560</td><td>12</td></tr>
<tr><td>Sach Mahnlauf</td><td style="color:green">OK</td><td>03:00</td><td>03:21</td><td>2,984</td><td>0</td></tr>
<tr><td>GDV Ausgang Makler</td><td style="color:green">OK</td><td>04:00</td><td>04:37</td><td>214 files</td><td>0</td></tr>
<tr><td>DWH load</td><td style="color:red">ABORTED</td><td>04:30</td><td>05:12</td><td>&ndash;</td><td>1</td></tr>
</table>
<p>DWH: aborted in step STG_SCHADEN_FAKT (ORA-01652 unable to extend temp segment). Restart by data centre scheduled 07:30.</p>
</body></html>
"""
    return M("NORMAL", "en", "system-to-supplier",
             "trap: nightly batch overview with KV/Leben job names, counts only (HTML only)",
             sysaddr("batch-report", "Batch Report"),
             "it-betrieb-leitstand@" + W + ", ops@corvalis.example",
             "Nightly batch 2025-02-06: 1 abort, 1 warning",
             html=html, html_only=True)


def m017():
    rows = """\
Vertrag;Sparte;Anrede;Vorname;Name;Straße;PLZ;Ort;Rücklaufgrund;Rücklauf am
PH 7702 1184;PHV;Herr;Thorsten;Kück;Neustadtswall 17;28199;Bremen;Empfänger unbekannt verzogen;03.02.2025
HR 5519 0072;HR;Frau;Natalia;Wróbel;Buntentorsteinweg 402;28201;Bremen;Anschrift ungenügend;03.02.2025
WG 6630 4411;VGV;Eheleute;Rainer und Gesa;Bolte;Am Deich 3;27804;Berne;Annahme verweigert;04.02.2025
RS 3390 2250;RS;Herr;Mehmet;Yıldız;Lindenstr. 9a;27749;Delmenhorst;Empfänger unbekannt verzogen;04.02.2025
"""
    return M("CONFIDENTIAL", "de", "system-to-supplier",
             "returned-mail export to address research provider: names, addresses, contract numbers in liability/household/legal expenses",
             sysaddr("postruecklaeufer", "Posteingang Rückläufer"),
             "auftraege@adressplus.example",
             "Adressrecherche Auftrag WVS-AR-2025-006 (4 Datensätze)",
             """\
Sehr geehrte Damen und Herren,

anbei erhalten Sie gemäß Rahmenvertrag vom 12.04.2023 den Auftrag zur
Adressrecherche für die Rückläufer der KW 06.

Auftragsnummer : WVS-AR-2025-006
Anzahl         : 4
Rückgabe bis   : 14.02.2025 per SFTP (Verzeichnis /in/wvs)

Die Datei ist nach AV-Vertrag ausschließlich zur Adressermittlung zu verwenden
und nach Rücklieferung zu löschen.

Mit freundlichen Grüßen
Weserland Versicherung AG
Zentraler Posteingang / Rückläuferbearbeitung
""", att=[csv_att("WVS-AR-2025-006.csv", rows)])


def m018():
    return M("NORMAL", "en", "insurer-to-supplier",
             "trap: on-call rota for incident escalation, staff names and phone extensions only",
             '"Wiechmann, Jana" <jana.wiechmann@%s>' % W,
             "servicedesk@corvalis.example",
             "On-call rota February (P1 escalation KV/Leben/Sach)",
             """\
Hi all,

please use the following rota for P1 incidents in February. Outside 07-19 h
call the RZ-Leitstand first (+49 421 5583-4410), they page the duty person.

week  | KV / Pflege       | Leben / BU       | Sach / Kfz        | Integration
06    | S. Pahl      2217 | K. Meinders 2301 | M. Oltmanns  3105 | L. Eilers   4471
07    | T. Kruse     2290 | K. Meinders 2301 | F. Heitmann  3120 | L. Eilers   4471
08    | S. Pahl      2217 | A. Demirtas 2388 | M. Oltmanns  3105 | J. Wiechmann 4402
09    | T. Kruse     2290 | A. Demirtas 2388 | F. Heitmann  3120 | J. Wiechmann 4402

Reminder: no production data in tickets or chat. Refer to the claim/case ID
only, we look up the rest ourselves.

Cheers
Jana

Jana Wiechmann | IT-Betrieb Anwendungen | Weserland Versicherung AG
""")


def m019():
    orig = inner('"Weserland Krankenversicherung" <leistung-kv@%s>' % W,
                 "m.tammen@posteo-mail.example",
                 "Ihr Leistungsbescheid Krankentagegeld - KT 2231 0457",
                 "2025-02-06 14:02",
                 """\
Sehr geehrter Herr Tammen,

wir haben Ihre Arbeitsunfähigkeitsbescheinigungen vom 13.01. und 27.01.2025
(Diagnose lt. AU: F43.2 Anpassungsstörung) erhalten und zahlen Krankentagegeld
für die Zeit vom 10.02. bis 28.02.2025 (19 Tage x 95,00 EUR = 1.805,00 EUR).

Bitte senden Sie uns spätestens zum 28.02.2025 eine Folgebescheinigung Ihrer
behandelnden Ärztin Dr. Schwenker, falls die Arbeitsunfähigkeit fortbesteht.

Mit freundlichen Grüßen
Ihre Weserland Krankenversicherung a.G.
Leistungsabteilung Krankentagegeld
""")
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "delivery failure report; the returned original (rfc822) is a daily-sickness benefit notice with diagnosis",
             '"Mail Delivery System" <MAILER-DAEMON@mx1.%s>' % W,
             "leistung-kv@" + W,
             "Unzustellbar: Ihr Leistungsbescheid Krankentagegeld - KT 2231 0457",
             """\
Dies ist eine automatisch erstellte Nachricht des Mailservers mx1.weserland-versicherung.example.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.

<m.tammen@posteo-mail.example>: host mx.posteo-mail.example[192.0.2.44] said:
    550 5.1.1 <m.tammen@posteo-mail.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

Die ursprüngliche Nachricht ist angehängt.
""", att=[orig], headers=[("Auto-Submitted", "auto-replied")])


def m020():
    return M("NORMAL", "de", "system-to-internal",
             "trap: bounce of a newsletter about dental insurance, original is a product mailing with no customer data",
             '"Mail Delivery System" <MAILER-DAEMON@mx2.%s>' % W,
             "newsletter@" + W,
             "Undelivered Mail Returned to Sender",
             """\
This is the mail system at host mx2.weserland-versicherung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<info@zahnarztpraxis-am-wall.example>: host mail.zahnarztpraxis-am-wall.example[198.51.100.7]
    said: 552 5.2.2 Mailbox full (in reply to end of DATA command)

Reporting-MTA: dns; mx2.weserland-versicherung.example
Arrival-Date: Fri,  7 Feb 2025 08:00:14 +0100
Final-Recipient: rfc822; info@zahnarztpraxis-am-wall.example
Action: failed
Status: 5.2.2

--- Original message headers ---
From: "Weserland Newsletter" <newsletter@weserland-versicherung.example>
Subject: Neu ab März: ZahnPlus Komfort - 90 % für Implantate und Inlays
List-Unsubscribe: <https://www.weserland-versicherung.example/newsletter/abmelden>
""", headers=[("Auto-Submitted", "auto-replied")])


# ---------------------------------------------------------------- block B: ticket system

def m021():
    return M("NORMAL", "de", "system-to-internal",
             "trap: printer incident in the KV benefits department mentioning 'Arztrechnungen', no document data",
             sysaddr("weserdesk", "WeserDesk IT-Service"),
             '"Heitmann, Frank" <frank.heitmann@%s>' % W,
             "INC0081342 zugewiesen: Drucker 3.OG KV-Leistung druckt keine Belege",
             """\
Hallo Frank Heitmann,

der folgende Incident wurde Ihrer Gruppe "Arbeitsplatz-Service Nord" zugewiesen.

Nummer          : INC0081342
Priorität       : 3 - Mittel
Anrufer         : Ute Brinkmann (KV-Leistung, Team 2)
Konfig.-Element : PRN-HB-3OG-07 (Kyocera TASKalfa 5054ci)
Kurzbeschreibung: Drucker 3.OG druckt keine Belege

Beschreibung:
Seit heute früh werden die Rückläufer-Arztrechnungen (Stapeldruck aus ELBA)
nicht mehr gedruckt, der Drucker zeigt "Papierstau Fach 3" obwohl kein Papier
drin ist. Andere Jobs (Word) gehen. Ausweichdrucker PRN-HB-3OG-02 ist dauernd
belegt, bitte zeitnah.

-> Ticket öffnen: https://weserdesk.intra.weserland-versicherung.example/nav_to.do?uri=incident.do?sys_id=7c1e02aa

WeserDesk - bitte antworten Sie nicht auf diese E-Mail.
""")


def m022():
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-supplier",
             "ticket to portal vendor quotes customer name, health policy number and an implant dentist invoice",
             sysaddr("weserdesk", "WeserDesk IT-Service"),
             "support@klarwerk.example",
             "INC0081377 an Klarwerk übergeben: Upload im Kundenportal bricht ab (Rechnungseinreichung KV)",
             """\
Sehr geehrte Damen und Herren,

der folgende Incident wurde an Ihre Gruppe "Klarwerk 2nd Level" übergeben.
Bitte bearbeiten Sie ihn gemäß SLA (P2: Reaktionszeit 4 h).

Nummer          : INC0081377
Priorität       : 2 - Hoch
Konfig.-Element : Kundenportal / Modul Rechnungseinreichung (App + Web)
Kurzbeschreibung: Upload bricht bei mehrseitigen PDF ab

Beschreibung (Erfasser: Kundenservice KV, Ayse Tekin):
Kundin ruft an, Frau Ricarda Feldhusen, Vers.-Nr. KV 4472 0815-01, will seit
Tagen die Zahnarztrechnung für ihr Implantat Regio 36 (Dr. Onken, 4.812,33 EUR,
mit Heil- und Kostenplan) hochladen. Die App bleibt bei 87 % stehen und meldet
"Vorgang konnte nicht abgeschlossen werden". Datei hat 9 Seiten, 14 MB.
Kundin hat es auch im Browser (Firefox) probiert, gleiches Ergebnis.
Hab ihr gesagt, sie soll's vorerst per Post schicken, sie ist aber sauer weil
die Zahnarztrechnung am 20.02. fällig ist.

Arbeitsnotiz (Sören Pahl):
Laut Gateway-Log 413 Request Entity Too Large am WAF. Limit steht auf 10 MB,
lt. Spezifikation sollten 25 MB gehen. Bitte prüfen.

-> Ticket: https://weserdesk.intra.weserland-versicherung.example/incident.do?sys_id=91af33c0

WeserDesk - automatisch erzeugt
""")


def m023():
    return M("CONFIDENTIAL", "en", "system-to-supplier",
             "ticket to offshore vendor with customer name, birth date, new address and household policy number",
             sysaddr("weserdesk", "WeserDesk IT-Service"),
             "l2-crm@corvalis.example",
             "INC0081402 assigned to Corvalis CRM L2: address change not propagated to policy system",
             """\
The following incident has been assigned to your group "Corvalis CRM L2".

Number            : INC0081402
Priority          : 3 - Moderate
Configuration item: CRM Partner Service -> SACH policy sync
Short description : Address change not visible in household policy

Description (caller: Customer Service Sach, Tim Lohmann):
Customer called again. Moved on 01.01.2025, changed address online in December.
Letters for the household policy still go to the old address.

  Customer: Jannik Rosenbrock, born 22.08.1990
  Old:      Vor dem Steintor 88, 28203 Bremen
  New:      Parkallee 141, 28209 Bremen
  Policy:   HR 5527 3391 (Hausrat Komfort)

CRM shows the new address, SACH policy system still has the old one. Possibly
same root cause as PRB0004410 (Kafka DLQ schemaVersion)?

Work notes: please fix the record and check how many others are affected.

-> https://weserdesk.intra.weserland-versicherung.example/incident.do?sys_id=aa03b1f7

WeserDesk - automated message
""")


def m024():
    return M("NORMAL", "en", "system-to-internal",
             "trap: CAB approval request for a database upgrade on the 'kv-prod' cluster, no personal data",
             sysaddr("weserdesk", "WeserDesk IT-Service"),
             "cab-members@" + W,
             "Approval requested: CHG0034187 PostgreSQL 15.10 minor upgrade kv-prod cluster",
             """\
An approval is requested from you for the following change:

Number         : CHG0034187
Type           : Normal
Risk           : Moderate
Planned start  : 2025-02-22 05:00 CET
Planned end    : 2025-02-22 07:00 CET
CI             : PG-CLUSTER-KV-PROD (kvleist-db01/02/03)
Short desc.    : PostgreSQL 15.8 -> 15.10 minor upgrade incl. security fixes

Implementation plan: rolling restart replica -> replica -> switchover -> old primary.
Backout plan: switchback to old primary, binaries 15.8 kept for 7 days.
Test evidence: done on kv-test 2025-02-12, no issues (see attachment in change).

Business impact: KV benefit clerks cannot save during the switchover (~90 s).
Approve or reject: https://weserdesk.intra.weserland-versicherung.example/approval.do?sysparm=CHG0034187

WeserDesk - automated message
""")


def m025():
    return M("CONFIDENTIAL", "de", "system-to-internal",
             "complaint ticket with a named motor customer, policy number, plate and premium change",
             sysaddr("weserdesk-beschwerde", "WeserDesk Beschwerdemanagement"),
             "beschwerde-kfz@" + W,
             "BES-2025-00412 neu: Beitragserhöhung Kfz nicht nachvollziehbar",
             """\
Neue Beschwerde im Beschwerdemanagement erfasst

Vorgang        : BES-2025-00412
Eingangskanal  : Kontaktformular Website
Eingang        : 07.02.2025 19:48
Kunde          : Herr Arne Gerkens, Am Schwarzen Meer 52, 28205 Bremen
Vertrag        : KF 3309 4410, VW Tiguan, HB-AG 1976
Frist (MaGo)   : Eingangsbestätigung bis 11.02.2025, Antwort bis 07.03.2025

Text des Kunden (unverändert):
"Guten Tag, mein Beitrag steigt von 612,40 auf 798,15 Euro im Jahr obwohl ich
seit 11 Jahren unfallfrei fahre. Typklasse und Regionalklasse hätten sich
geändert, das kann ja wohl nicht 30% ausmachen!! Ich erwarte eine genaue
Aufschlüsselung, sonst kündige ich zum 1.3. und wechsle. MfG A. Gerkens"

Zuständig: Team Kfz-Bestand Nord (Queue KFZ-BES)
""")


def m026():
    return M("NORMAL", "de", "system-to-internal",
             "trap: ticket-closed notification with satisfaction survey, no content",
             sysaddr("weserdesk", "WeserDesk IT-Service"),
             '"Brinkmann, Ute" <ute.brinkmann@%s>' % W,
             "Ihr Ticket INC0081342 wurde gelöst",
             """\
Hallo Ute Brinkmann,

Ihr Ticket INC0081342 "Drucker 3.OG druckt keine Belege" wurde gelöst.

Lösung: Sensor Papierfach 3 gereinigt, Firmware auf 2T4_S0IS.C06.005 aktualisiert.
Testdruck erfolgreich.

Wenn das Problem weiterhin besteht, antworten Sie innerhalb von 5 Tagen auf
diese E-Mail, dann wird das Ticket wieder geöffnet.

Wie zufrieden waren Sie? Bitte nehmen Sie an unserer 1-Minuten-Umfrage teil:
https://weserdesk.intra.weserland-versicherung.example/survey?inc=INC0081342

Ihr IT-Service-Desk
""")


def m027():
    rows = [["Zahlungs-ID", "Leistungsfall", "Vers.-Nr.", "Versicherte Person", "Leistungsart",
             "Betrag EUR", "Zahlungsdatum", "Empfänger-IBAN"],
            ["ZV-25-1183301", "LF-2025-007712", "KV 4469 1120-02", "Peters, Jonas (Kind)",
             "stationäre Behandlung, Wahlleistung Chefarzt", 2814.70, "2025-02-05", "DE28602943758796750476"],
            ["ZV-25-1183302", "LF-2025-007712", "KV 4469 1120-02", "Peters, Jonas (Kind)",
             "stationäre Behandlung, Wahlleistung Chefarzt", 2814.70, "2025-02-05", "DE28602943758796750476"],
            ["ZV-25-1183350", "LF-2025-007790", "KV 4470 8812-01", "Quast, Helga",
             "Hilfsmittel: Hörgeräte beidseitig", 1960.00, "2025-02-05", "DE51614489374088052159"],
            ["ZV-25-1183351", "LF-2025-007790", "KV 4470 8812-01", "Quast, Helga",
             "Hilfsmittel: Hörgeräte beidseitig", 1960.00, "2025-02-05", "DE51614489374088052159"]]
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
             "body only describes duplicate payments; XLSX attachment lists insured persons, hospital stay, hearing aids and IBANs",
             '"Kruse, Tobias" <tobias.kruse@%s>' % W,
             "payments-support@corvalis.example",
             "RE: INC0081455 duplicate payments in claims payment run 2025-02-05",
             """\
Hi team,

as discussed in the call: the payment run on 5 Feb created duplicate payment
orders for two claims. Both were caught by the bank file check before
transmission, so no money left the house, but we need the root cause.

The attached extract shows the affected payment IDs. Pattern: both claims had a
manual correction in the clerk UI at 16:58/16:59 while the payment job started
at 17:00.

Please treat the file according to the DPA (no copies on local drives).

Best regards
Tobias

Tobias Kruse
Anwendungsbetreuung KV / Zahlungsverkehr
Weserland Versicherung AG
""", att=[xlsx("INC0081455_duplicates.xlsx", [("duplicates", rows)])])


def m028():
    return M("NORMAL", "de", "system-to-internal",
             "trap: Jira notification about loading the ICD-10-GM 2025 catalogue, reference data only",
             sysaddr("jira", "Jira WVS"),
             "soeren.pahl@" + W,
             "[JIRA] (KVLEI-2231) ICD-10-GM 2025 Katalog in Regelwerk einspielen",
             """\
Lars Eilers hat einen Kommentar zu KVLEI-2231 hinzugefügt:

    ICD-10-GM 2025 (BfArM, Stand 13.09.2024) ist in kv-test eingespielt.
    Neue Schlüssel u.a. U07.5 wieder entfernt? -> nein, bleibt. Geänderte
    Texte bei Kapitel V (F-Codes) greifen automatisch, die Regel RW-KV-118
    (Psychotherapie-Genehmigung) referenziert nur Dreisteller, daher keine
    Anpassung nötig. Mapping-Tabelle ICD->Leistungsgruppe mit 14.312 Einträgen
    geprüft, 3 Altcodes ohne Nachfolger -> siehe Anhang mapping_delta.xlsx.

    Bitte fachliche Abnahme bis 21.02. durch KV-Leistung (Frau Brinkmann).

Projekt: KV-Leistung Regelwerk | Typ: Aufgabe | Status: In Test | Fix-Version: RW 2025.1

Zu diesem Vorgang: https://jira.intra.weserland-versicherung.example/browse/KVLEI-2231
""")


def m029():
    return M("CONFIDENTIAL", "de", "system-to-broker",
             "ticket answer to a sole-trader broker with his tax number and commission IBAN",
             sysaddr("vertriebsservice-ticket", "Weserland Vertriebsservice"),
             '"Jörg Petersen" <info@petersen-makler.example>',
             "Ihre Anfrage VS-2025-01188: Änderung Courtagekonto und Steuerdaten",
             """\
Sehr geehrter Herr Petersen,

vielen Dank für Ihre Nachricht. Wir haben Ihre Stammdaten wie folgt geändert
(gültig ab Courtageabrechnung 02/2025):

  Vermittlernummer : 0471-2208
  Firma            : Versicherungsmakler Jörg Petersen e.K.
  Steuernummer     : 60/146/08817 (FA Bremen-Nord)
  USt              : umsatzsteuerfrei nach § 4 Nr. 11 UStG
  Courtagekonto    : DE61173000641771476446 (Kontoinhaber: Jörg Petersen)

Bitte prüfen Sie die Angaben. Sollte etwas nicht stimmen, antworten Sie
einfach auf diese Nachricht (Vorgangsnummer bitte im Betreff lassen).

Mit freundlichen Grüßen
Ihr Vertriebsservice Makler
Weserland Versicherung AG

[VS-2025-01188]
""")


def m030():
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-supplier",
             "OCR ticket with a pasted excerpt of a care-level assessment (Pflegegrad, diagnoses) for a named insured",
             sysaddr("weserdesk", "WeserDesk IT-Service"),
             "ocr-support@scanpoint.example",
             "INC0081503 an ScanPoint: OCR erkennt Pflegegutachten falsch (Feld Pflegegrad)",
             """\
Der folgende Incident wurde Ihrer Gruppe "ScanPoint Klassifikation" zugewiesen.

Nummer          : INC0081503
Priorität       : 3 - Mittel
Kurzbeschreibung: Pflegegutachten MD: Pflegegrad wird als Dokumentdatum gelesen

Beschreibung (Erfasser: PV-Leistung, Nadine Rohlfs):
Bei den MD-Gutachten wird seit dem Formularwechsel das Feld Pflegegrad nicht
mehr erkannt. Beispiel aus heute (ELBA-77133018), OCR-Text kopiert:

  "Gutachten zur Feststellung der Pflegebedürftigkeit gemäß SGB XI
   Versicherte/r: Heinrich Oetjen, geb. 11.04.1938, PV 1120 7719
   Pflegerelevante Diagnosen: G30.1 Alzheimer-Krankheit mit spätem Beginn,
   I50.13 Herzinsuffizienz, Z.n. Oberschenkelhalsfraktur li. 2023
   Gesamtpunkte: 58,75  ->  Empfehlung: Pflegegrad 3
   Wiederholungsbegutachtung: nicht erforderlich"

Im Index steht Dokumentdatum = "58,75" und Pflegegrad leer. Dadurch geht der
Vorgang nicht in die Dunkelverarbeitung Pflegegeld.

-> https://weserdesk.intra.weserland-versicherung.example/incident.do?sys_id=02bd71e3

WeserDesk - automatisch erzeugt
""")


def m031():
    return M("NORMAL", "en", "insurer-to-supplier",
             "trap: problem record root-cause analysis about the claims payment job, technical only",
             sysaddr("weserdesk", "WeserDesk IT-Service"),
             "problem-mgmt@corvalis.example",
             "PRB0004421 Root cause documented - duplicate payment orders",
             """\
Problem PRB0004421 has been updated by Tobias Kruse.

State: Root Cause Analysis -> Fix in Progress

Root cause:
The payment job (CLM-PAY-01) reads open payment orders with isolation level
READ COMMITTED. A manual correction that commits between the read of the
header and the read of the positions produces a second order with a new ID.
Only claims with a correction in the last 60 s before job start are affected.

Workaround: job start moved to 17:05, UI blocks corrections 16:58-17:10.
Permanent fix: SELECT ... FOR UPDATE SKIP LOCKED + idempotency key on
(claim_id, position_id, run_id). Planned for release 3.9.0.

Related incidents: INC0081455, INC0080911

-> https://weserdesk.intra.weserland-versicherung.example/problem.do?sysparm=PRB0004421
""")


def m032():
    return M("CONFIDENTIAL", "en", "system-to-supplier",
             "data-subject access request task with name, birth date, address and motor policy of the requester",
             sysaddr("weserdesk-dsgvo", "WeserDesk Datenschutz"),
             "dsar-support@corvalis.example",
             "TASK0019234: Art. 15 GDPR access request - extract from CLAIMS-KFZ and CRM",
             """\
A task has been assigned to your group "Corvalis Data Extracts".

Task          : TASK0019234 (parent: DSR-2025-0031)
Due           : 2025-02-21 (statutory deadline 2025-03-10)
Requester     : Ms Svenja Lüers, born 30.05.1987
Address       : Grasberger Str. 14, 28879 Grasberg
Known IDs     : CRM P-0007743120, motor policy KF 3318 0021, claim 24-KK-0187302

Please extract all personal data stored for this person from CLAIMS-KFZ
(incl. telematics module) and CRM history, format CSV + PDF report as
described in work instruction DS-AA-07. Upload to the DSAR share only, do not
attach files to this task.

Data protection contact: Dr. Henrik Vosskamp, dsb@weserland-versicherung.example
""")


def m033():
    return M("NORMAL", "en", "system-to-internal",
             "trap: SLA escalation listing only ticket numbers and groups",
             sysaddr("weserdesk", "WeserDesk IT-Service"),
             "teamleitung-anwendungsbetrieb@" + W,
             "SLA warning: 4 incidents breach resolution time in < 2 h",
             """\
The following incidents assigned to your groups will breach their resolution
SLA in less than 2 hours:

INC0081377  P2  Klarwerk 2nd Level         remaining 01:12 h
INC0081402  P3  Corvalis CRM L2            remaining 01:40 h
INC0081455  P2  Corvalis Payments          remaining 00:35 h
INC0081503  P3  ScanPoint Klassifikation   remaining 01:55 h

Please update the state or document a reason for an SLA pause.

Dashboard: https://weserdesk.intra.weserland-versicherung.example/sla_dashboard.do
""")


def m034():
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-supplier",
             "defect ticket about accident disability calculation with a named insured, injury and Gliedertaxe",
             sysaddr("jira", "Jira WVS"),
             "unfall-dev@hansa-rz.example",
             "[JIRA] (UNF-884) Invaliditätsgrad bei Mehrfachverletzung falsch summiert",
             """\
Merle Oltmanns hat UNF-884 erstellt:

Typ: Fehler | Priorität: Hoch | Komponente: Unfall-Leistung / Gliedertaxe

Beschreibung:
Im Leistungsfall UL-2024-01377 (VN/VP Kai-Uwe Strodthoff, Vertrag UV 5504 1182,
Progression 350 %) rechnet das System den Gesamtinvaliditätsgrad falsch:

  Daumen rechts, Verlust Funktionsfähigkeit 3/10   -> 20 % x 3/10 =  6,0 %
  Kniegelenk links, Funktionsbeeinträchtigung 2/7  -> Bein bis Mitte OS 70 % x 2/7 = 20,0 %
  Vorinvalidität Knie li. (Meniskus 2019) 1/10     -> Abzug 7,0 %
  erwartet: 6,0 + 13,0 = 19,0 %  -> Invaliditätsleistung 19 % von 120.000 = 22.800 EUR
  System  : 26,0 % (Vorinvalidität nicht abgezogen) -> 31.200 EUR

Ärztliches Gutachten Dr. Kühling (Unfallchirurgie) liegt in ELBA. Auszahlung
ist gestoppt, Kunde wartet. Bitte Hotfix.

Zu diesem Vorgang: https://jira.intra.weserland-versicherung.example/browse/UNF-884
""")


def m035():
    return M("NORMAL", "mixed", "system-to-supplier",
             "trap: failing automated test case with fictitious Mustermann data and the published example IBAN",
             sysaddr("jenkins", "Jenkins CI"),
             "qa-automation@corvalis.example, lars.eilers@" + W,
             "Build failed: portal-e2e #1842 - TC-118 Bankverbindung ändern",
             """\
portal-e2e - Build #1842 - FAILURE

Branch: release/2025.2   Commit: 3e9a1f7 "SEPA-Mandat Texte angepasst"
Duration: 14 min 22 s   Tests: 212 passed, 1 failed, 3 skipped

FAILED  TC-118 Bankverbindung ändern (Testkunde Sach)
  Testdaten (fiktiv, aus testdata/kunden_sach.yaml):
    kunde: Erika Mustermann, Heidestraße 17, 51147 Köln (Musteradresse)
    vertrag: HR 0000 0001 (Testvertrag, Mandant 0900)
    neueIban: DE89 3704 0044 0532 0130 00
  Step 6/9: expect(page.getByText('Ihre neue Bankverbindung wurde gespeichert')).toBeVisible()
  Error: Timed out 10000ms waiting for expect(locator).toBeVisible()
    Locator: getByText('Ihre neue Bankverbindung wurde gespeichert')
    Gefunden stattdessen: "Ihre Bankverbindung wurde erfolgreich geändert."

Console output: https://jenkins.intra.weserland-versicherung.example/job/portal-e2e/1842/console
Screenshot: artifacts/TC-118/step6.png
""")


def m036():
    return M("CONFIDENTIAL", "de", "system-to-internal",
             "return-debit ticket for a named building-insurance customer with IBAN and amount",
             sysaddr("inkasso-workflow", "Inkasso Workflow"),
             "beitragskonto-sach@" + W,
             "Aufgabe IK-2025-02217: Rücklastschrift Wohngebäude - Kundenkontakt erforderlich",
             """\
Neue Aufgabe in Ihrem Postkorb

Aufgabe        : IK-2025-02217
Typ            : Rücklastschrift (R-Transaktion)
Vertrag        : WG 6641 0087 (Verbundene Wohngebäude)
VN             : Frau Hilke Meyerdierks, Dorfstraße 6, 27330 Asendorf
Betrag         : 684,90 EUR (Jahresbeitrag 2025) + 3,00 EUR Bankgebühr
Reason Code    : AM04 - Deckung ungenügend
Konto          : DE14 3275 1124 2517 5031 63
Mandat         : WVS-M-6641087 vom 14.05.2018
Mahnstufe      : noch keine (1. Rücklastschrift)

Nächster Schritt laut Regel IK-07: Kundin anschreiben, erneuter Einzug zum
01.03.2025 anbieten. Bei erneuter Rücklastschrift Zahlungsaufforderung § 37 VVG.

Fällig: 14.02.2025
""")


def m037():
    return M("STRICTLY_CONFIDENTIAL", "en", "system-to-partner",
             "assistance ticket for a travel-health claim: named insured, hospital abroad, appendectomy",
             sysaddr("assistance-desk", "Weserland Travel Assistance"),
             "cases@medassist-partner.example",
             "Case update RKV-25-00317 - hospital admission Lisbon, guarantee of payment requested",
             """\
Case RKV-25-00317 has been updated.

Insured      : Mr Florian Wessels, born 17 March 1996
Policy       : RE 9011 4402 (annual travel health, Weserland Reise Komfort)
Location     : Hospital da Luz, Lisbon, Portugal
Admission    : 2025-02-08 23:40 via ER
Diagnosis    : acute appendicitis (K35.8), laparoscopic appendectomy performed 2025-02-09
Expected LOS : 3 nights, discharge planned 2025-02-12, fit to fly per treating surgeon
Costs        : estimate EUR 7,850 (hospital) + EUR 1,200 (surgeon), private ward

Action requested from partner: issue guarantee of payment to the hospital up
to EUR 9,500 and arrange return flight 2025-02-13 (economy, no escort needed).

Case handler Weserland: Kerstin Meinders, +49 421 5583-2301 (24/7 line -2999)
""")


def m038():
    return M("NORMAL", "de", "system-to-internal",
             "trap: announcement of a ticket-system upgrade",
             sysaddr("weserdesk", "WeserDesk IT-Service"),
             "alle-mitarbeitenden@" + W,
             "WeserDesk wird am 01.03. auf Version \"Xanadu\" aktualisiert",
             """\
Liebe Kolleginnen und Kollegen,

am Samstag, 01.03.2025, aktualisieren wir WeserDesk auf die Version "Xanadu".
Zwischen 08:00 und 12:00 Uhr ist das Portal nicht erreichbar. Störungen melden
Sie in dieser Zeit bitte telefonisch unter -4000.

Was ist neu?
 * Tickets können direkt aus Outlook per Add-in angelegt werden
 * Anhänge werden nach 90 Tagen automatisch gelöscht, wenn sie als
   "personenbezogen" markiert sind
 * neue Kategorie "Fachanwendung > Leistung KV/PV"

Bitte denken Sie weiterhin daran: Keine Kundendaten, Diagnosen oder
Bankverbindungen in Tickets kopieren - nur Vorgangs- oder Schadennummern.

Ihr IT-Service-Desk
""")


def m039():
    return M("CONFIDENTIAL", "en", "system-to-supplier",
             "telematics ticket with a named motor customer's trips, GPS positions and speeding events",
             sysaddr("weserdesk", "WeserDesk IT-Service"),
             "telematics-support@drivescore.example",
             "INC0081610 assigned to DriveScore: trip score 0 after app update",
             """\
The following incident has been assigned to your group "DriveScore L2".

Number   : INC0081610
Priority : 3 - Moderate
CI       : Weserland SmartDrive app (Android 4.12.0)

Description (caller: customer hotline):
Customer Mr Paul Ahlers (motor policy KF 3320 5518, tariff SmartDrive, HB-PA 88)
complains that his score dropped from 91 to 0 after the app update. Trips from
2025-02-07 show implausible data:

 trip_id     start (UTC)          start pos               end pos                 km    max km/h  events
 T-8812230   2025-02-07 06:51:10  53.0884 N, 8.8431 E     53.1132 N, 8.7220 E     11.2  412       HARSH_BRAKE x7
 T-8812291   2025-02-07 16:20:44  53.1131 N, 8.7224 E     53.0885 N, 8.8429 E     11.5  398       SPEEDING x12

Looks like a unit problem (mph/kmh or m/s). Customer threatens to cancel the
telematics discount (currently 18 %).

-> https://weserdesk.intra.weserland-versicherung.example/incident.do?sys_id=51fe8a20
""")


def m040():
    return M("NORMAL", "de", "system-to-internal",
             "trap: weekly ticket statistics per category such as 'Leistung KV', aggregate counts only",
             sysaddr("weserdesk-report", "WeserDesk Reporting"),
             "it-leitung@" + W,
             "Wochenbericht Service-Desk KW 06/2025",
             """\
Wochenbericht Service-Desk KW 06 (03.02.-09.02.2025)

Neue Tickets: 1.284 (Vorwoche 1.197)   gelöst: 1.241   offen Ende KW: 388

Top-Kategorien               neu    Anteil   Ø Lösungszeit
Arbeitsplatz / Hardware      311    24,2 %   6,1 h
Fachanwendung Leistung KV    164    12,8 %   14,7 h
Fachanwendung Kfz-Schaden    122     9,5 %   11,0 h
Kundenportal                 119     9,3 %   19,4 h
Berechtigungen               104     8,1 %   3,2 h
Druck / Output               88      6,9 %   5,5 h
Sonstiges                    376    29,3 %   8,8 h

Erstlösungsquote Service-Desk: 61,4 % (Ziel 60 %)
SLA-Einhaltung P1/P2: 92,0 % (Ziel 95 %) - 2 Verletzungen bei Klarwerk (Portal-Upload)
Zufriedenheit (Umfrage, n=203): 4,3 von 5

Dashboard: https://weserdesk.intra.weserland-versicherung.example/reports/kw06
""")


# ---------------------------------------------------------------- block C: portal notifications

def m041():
    html = """\
<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Neue Nachricht</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#fff">
<tr><td style="background:#0b3d6e;color:#fff;font-size:18px">Weserland Versicherung &ndash; SecureMail</td></tr>
<tr><td style="font-size:14px;color:#222">
<p>Guten Tag,</p>
<p>in Ihrem SecureMail-Postfach liegt eine neue Nachricht für Sie bereit.</p>
<p>Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Bitte melden Sie sich an, um die Nachricht zu lesen:</p>
<p><a href="https://securemail.weserland-versicherung.example/login" style="background:#0b3d6e;color:#fff;padding:10px 18px;text-decoration:none">Zum Postfach</a></p>
<p style="font-size:12px;color:#666">Die Nachricht wird nach 90 Tagen automatisch gelöscht. Wir fragen Sie per E-Mail niemals nach Ihrem Passwort.</p>
</td></tr></table></td></tr></table></body></html>
"""
    text = """\
Guten Tag,

in Ihrem SecureMail-Postfach liegt eine neue Nachricht für Sie bereit.

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Bitte
melden Sie sich an, um die Nachricht zu lesen:
https://securemail.weserland-versicherung.example/login

Die Nachricht wird nach 90 Tagen automatisch gelöscht. Wir fragen Sie per
E-Mail niemals nach Ihrem Passwort.

Weserland Versicherung - SecureMail
"""
    return M("NORMAL", "de", "system-to-customer",
             "trap: SecureMail notification without any content, name or contract",
             sysaddr("securemail-noreply", "Weserland SecureMail"),
             "k.dittmer@webpost.example",
             "Sie haben eine neue Nachricht in Ihrem SecureMail-Postfach",
             text, html=html, html_cte="quoted-printable")


def m042():
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-customer",
             "portal notification naming the customer, health policy number and a benefit statement (health line)",
             sysaddr("kundenportal-noreply", "Mein Weserland"),
             '"Monika Albers" <monika.albers@mailbox.example>',
             "Neues Dokument: Leistungsabrechnung zu Ihrer Krankheitskostenversicherung KV 4471 5502",
             """\
Sehr geehrte Frau Albers,

in Ihrem Kundenportal "Mein Weserland" steht ein neues Dokument bereit:

  Dokument      : Leistungsabrechnung vom 10.02.2025
  Vertrag       : KV 4471 5502 (Krankheitskostenvollversicherung, Tarif AKTIV Plus)
  Versicherte   : Monika Albers, Lina Albers
  Erstattung    : 1.146,18 EUR, Überweisung in den nächsten 2-3 Bankarbeitstagen

Zum Dokument: https://mein.weserland-versicherung.example/dokumente

Sie erhalten diese E-Mail, weil Sie der digitalen Zustellung zugestimmt haben.
Einstellungen ändern: https://mein.weserland-versicherung.example/einstellungen

Ihre Weserland Krankenversicherung a.G.
""")


def m043():
    return M("CONFIDENTIAL", "de", "system-to-customer",
             "portal notification to a named customer with household policy number and new premium",
             sysaddr("kundenportal-noreply", "Mein Weserland"),
             '"Dennis Klattenhoff" <dennis.klattenhoff@mailbox.example>',
             "Ihr neuer Versicherungsschein Hausrat HR 5544 0193 ist da",
             """\
Hallo Herr Klattenhoff,

Ihr Versicherungsschein zur Hausratversicherung ist jetzt in Mein Weserland
abrufbar.

  Vertrag       : HR 5544 0193 - Hausrat Komfort inkl. Fahrraddiebstahl
  Risikoort     : Hastedter Heerstr. 280, 28207 Bremen
  Gültig ab     : 01.03.2025
  Jahresbeitrag : 186,24 EUR (Einzug vom Konto ...4711)

Jetzt ansehen: https://mein.weserland-versicherung.example/vertraege/HR55440193

Viele Grüße
Ihr Weserland-Team
""")


def m044():
    return M("NORMAL", "en", "system-to-customer",
             "trap: portal registration one-time code, no name, no contract",
             sysaddr("kundenportal-noreply", "My Weserland"),
             "jt.mackenzie@mailbox.example",
             "Your My Weserland activation code",
             """\
Your activation code: 482 917

Enter this code within 15 minutes to finish setting up your My Weserland
account. If you did not request it, you can ignore this email - nobody can
access your data without the code and your password.

Never share this code. Weserland staff will never ask you for it.

Weserland Versicherung AG, Am Speicher XI 4, 28217 Bremen, Germany
""")


def m045():
    return M("NORMAL", "de", "system-to-customer",
             "trap: password-changed confirmation with no personal or contract data",
             sysaddr("kundenportal-noreply", "Mein Weserland"),
             "gerdsmeier.b@webpost.example",
             "Ihr Passwort wurde geändert",
             """\
Guten Tag,

das Passwort für Ihr Konto bei Mein Weserland wurde am 11.02.2025 um 21:14 Uhr
geändert.

Waren Sie das nicht? Dann sperren Sie Ihr Konto bitte sofort über
https://mein.weserland-versicherung.example/konto-sperren oder rufen Sie uns an:
0421 5583-0 (Mo-Fr 8-20 Uhr).

Ihr Weserland-Team
""", charset="iso-8859-1")


def m046():
    html = """\
<html><body style="font-family:Arial;font-size:13px">
<p>Sehr geehrte Damen und Herren,</p>
<p>in Ihrer elektronischen Vermittlerpost sind <b>3 neue Dokumente</b> eingegangen:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef5"><th>Datum</th><th>Kunde</th><th>Vertrag</th><th>Sparte</th><th>Dokument</th></tr>
<tr><td>12.02.2025</td><td>Kowalczyk, Dariusz</td><td>KF 3321 0048</td><td>Kfz</td><td>Versicherungsschein Nachtrag (Fahrzeugwechsel)</td></tr>
<tr><td>12.02.2025</td><td>Behrens, Tanja</td><td>KF 3319 7763</td><td>Kfz</td><td>Beitragsrechnung 2025</td></tr>
<tr><td>12.02.2025</td><td>Schnakenberg, Ole</td><td>PH 7718 2020</td><td>Privathaftpflicht</td><td>Mahnung § 38 VVG</td></tr>
</table>
<p>Abruf im Vermittlerportal oder über Ihr MVP (BiPRO 430).</p>
<p>Ihr Vertriebsservice Makler</p>
</body></html>
"""
    return M("CONFIDENTIAL", "de", "system-to-broker",
             "HTML-only broker-post notification listing customer names, motor/liability policy numbers and a dunning notice",
             sysaddr("vermittlerpost", "Weserland Vermittlerpost"),
             "postfach@hollmann-assekuranz.example",
             "Neue Dokumente in Ihrer Vermittlerpost (3)",
             html=html, html_only=True)


def m047():
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-broker",
             "broker-post notification: BU application of a named customer accepted with surcharge and exclusion",
             sysaddr("vermittlerpost", "Weserland Vermittlerpost"),
             '"FinanzKontor Brandt GmbH" <post@finanzkontor-brandt.example>',
             "Vermittlerpost: Annahmeerklärung mit Erschwerung - Antrag A-LV-2025-00988",
             """\
Sehr geehrte Damen und Herren,

zu folgendem Antrag liegt eine Entscheidung vor:

  Antrag        : A-LV-2025-00988 (SBU Vital, 2.000 EUR mtl. BU-Rente)
  Antragsteller : Christian Bischoff, geb. 09.10.1989
  Entscheidung  : Annahme mit Erschwerung
                  - Risikozuschlag 25 % (Body-Mass-Index / Hypertonie)
                  - Ausschluss: Erkrankungen der Lendenwirbelsäule einschl. Folgen
  Gültig bis    : 14.03.2025 (Annahme durch Kunden erforderlich)

Das Schreiben an den Kunden und die Ausschlussklausel finden Sie in Ihrer
Vermittlerpost. Bitte beachten Sie die Hinweispflicht nach § 19 Abs. 5 VVG.

Ihr Vertriebsservice Leben
Weserland Lebensversicherung AG
""")


def m048():
    return M("NORMAL", "de", "system-to-broker",
             "trap: broker portal notice that a commission statement is available, no amounts, no customers",
             sysaddr("vermittlerpost", "Weserland Vermittlerpost"),
             "postfach@hollmann-assekuranz.example",
             "Courtageabrechnung 01/2025 steht bereit",
             """\
Sehr geehrte Damen und Herren,

Ihre Courtageabrechnung für Januar 2025 steht im Vermittlerportal unter
"Abrechnungen" zum Abruf bereit. Über die BiPRO-Schnittstelle wird sie mit der
Kategorie 1100 (Provisionsabrechnung) bereitgestellt.

Die Auszahlung erfolgt wie gewohnt zum 15. des Monats.

Hinweis: Ab März stellen wir die Abrechnung zusätzlich als GDV-Datei
(Satzart 0400/0500) bereit. Die Umstellung ist in Ihrem MVP ggf. zu aktivieren.

Ihr Vertriebsservice Makler
""")


def m049():
    html = """\
<html><body style="font-family:Verdana,sans-serif;font-size:12px;color:#222">
<p>Dear Ms Okafor,</p>
<p>your claim <b>EXP-25-00841</b> under your Weserland Global Health plan (policy <b>IH 8100 2214</b>) has been processed.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:12px">
<tr style="background:#eef"><th>Date</th><th>Provider</th><th>Treatment</th><th>Invoiced</th><th>Reimbursed</th></tr>
<tr><td>14/01/2025</td><td>Physio Centre Marina, Dubai</td><td>Physiotherapy after rotator cuff repair (session 1/12)</td><td>AED 450.00</td><td>EUR 111.20</td></tr>
<tr><td>21/01/2025</td><td>Physio Centre Marina, Dubai</td><td>Physiotherapy (session 2/12)</td><td>AED 450.00</td><td>EUR 111.20</td></tr>
<tr><td>23/01/2025</td><td>Dr. Rashid Orthopaedic Clinic</td><td>Follow-up consultation, MRI right shoulder</td><td>AED 2,100.00</td><td>EUR 518.90</td></tr>
</table>
<p>Total reimbursed: <b>EUR 741.30</b> to your account ending in 0917.</p>
<p>You can view the full statement in <a href="https://my.weserland-versicherung.example/claims/EXP-25-00841">My Weserland</a>.</p>
<p>Kind regards<br>Weserland International Health Services</p>
</body></html>
"""
    text = """\
Dear Ms Okafor,

your claim EXP-25-00841 under your Weserland Global Health plan (policy IH 8100 2214) has been processed.
Total reimbursed: EUR 741.30 to your account ending in 0917.

Details: https://my.weserland-versicherung.example/claims/EXP-25-00841

Kind regards
Weserland International Health Services
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "system-to-customer",
             "expat health claim statement: text part harmless-ish, HTML table lists physiotherapy after shoulder surgery and MRI",
             sysaddr("intl-health-noreply", "Weserland International Health"),
             '"Adaeze Okafor" <adaeze.okafor@mailbox.example>',
             "Claim EXP-25-00841 processed",
             text, html=html)


def m050():
    return M("CONFIDENTIAL", "de", "system-to-customer",
             "eVB confirmation with name, vehicle, VIN and eVB number",
             sysaddr("kfz-online", "Weserland Kfz-Online"),
             '"Laura Steinkamp" <l.steinkamp@posteo-mail.example>',
             "Ihre eVB-Nummer für die Zulassung: Y7K3M2P",
             """\
Hallo Frau Steinkamp,

hier ist Ihre elektronische Versicherungsbestätigung (eVB) für die Zulassung:

  eVB-Nummer        : Y7K3M2P
  gültig bis        : 13.08.2025
  Versicherungsnehmerin: Laura Steinkamp, Bürgermeister-Smidt-Str. 58, 27568 Bremerhaven
  Fahrzeug          : Skoda Fabia 1.0 TSI, FIN TMBEP6NJ4RZ118832
  Beginn            : mit Zulassung, spätestens 01.03.2025
  SF-Klasse (vorl.) : SF 3 Haftpflicht / SF 3 Vollkasko (Übernahme vom Vorversicherer)

Bitte nennen Sie die eVB-Nummer bei der Zulassungsstelle. Den Versicherungsschein
erhalten Sie nach der Zulassung in Mein Weserland.

Gute Fahrt!
Ihr Weserland-Team
""")


def m051():
    return M("NORMAL", "de", "system-to-customer",
             "trap: portal maintenance notice to all users",
             sysaddr("kundenportal-noreply", "Mein Weserland"),
             "kundeninfo-verteiler@" + W,
             "Wartungsarbeiten: Mein Weserland am 22.02. nicht erreichbar",
             """\
Liebe Kundin, lieber Kunde,

am Samstag, 22.02.2025, zwischen 05:00 und 09:00 Uhr führen wir Wartungsarbeiten
durch. In dieser Zeit sind Mein Weserland und die Weserland-App nicht verfügbar.

Rechnungen für Ihre Krankenversicherung können Sie danach wie gewohnt per App
einreichen. Im Notfall erreichen Sie unseren 24-Stunden-Service unter
0421 5583-2999.

Vielen Dank für Ihr Verständnis!
Ihr Weserland-Team

Sie möchten diese Hinweise nicht mehr erhalten? https://mein.weserland-versicherung.example/einstellungen
""", headers=[("Precedence", "bulk")])


def m052():
    return M("CONFIDENTIAL", "de", "system-to-customer",
             "bank-details change confirmation with name, liability and legal-expenses contracts and masked IBAN",
             sysaddr("kundenportal-noreply", "Mein Weserland"),
             '"Björn Tiedemann" <bjoern.tiedemann@webpost.example>',
             "Bestätigung: Neue Bankverbindung gespeichert",
             """\
Guten Tag Herr Tiedemann,

Ihre neue Bankverbindung wurde gespeichert und gilt ab dem nächsten Einzug für:

  PH 7715 3389  Privathaftpflicht Premium
  RS 3391 0044  Rechtsschutz Privat/Beruf/Verkehr

  Kontoinhaber : Björn Tiedemann
  IBAN         : DE** **** **** **** **72 37
  Bank         : Volksbank Osterholz-Scharmbeck
  Mandatsreferenz: WVS-M-7715389-2

Sie haben die Änderung nicht selbst vorgenommen? Bitte melden Sie sich sofort
unter 0421 5583-0.

Ihr Weserland-Team
""")


def m053():
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-customer",
             "upload receipt listing file names of a doctor's invoice, prescription and hearing test for a health policy",
             sysaddr("kundenportal-noreply", "Mein Weserland"),
             "r.abelmann@mailbox.example",
             "Eingangsbestätigung Ihrer Rechnungseinreichung (Vorgang RE-25-0412237)",
             """\
Guten Tag Herr Abelmann,

wir haben Ihre Unterlagen am 13.02.2025 um 07:12 Uhr erhalten:

  Vorgang   : RE-25-0412237
  Vertrag   : KV 4473 1102-01 (Krankenzusatz Ambulant Plus)
  Person    : Reinhard Abelmann
  Dateien   : 1. Rechnung_HNO_Dr_Kiesewetter_Jan25.pdf (2 Seiten)
              2. Verordnung_Hoergeraet_re.jpg
              3. Tonaudiogramm_2025-01-28.pdf

Die Bearbeitung dauert in der Regel 5 Arbeitstage. Bitte bewahren Sie die
Originalbelege 12 Monate auf.

Ihre Weserland Krankenversicherung a.G.
""")


def m054():
    return M("NORMAL", "en", "system-to-customer",
             "trap: new-device sign-in alert without name or contract data",
             sysaddr("kundenportal-noreply", "My Weserland"),
             "tom.hughes77@mailbox.example",
             "New sign-in to your My Weserland account",
             """\
We noticed a new sign-in to your My Weserland account.

  When   : 14 Feb 2025, 22:41 CET
  Device : Safari on iPhone (iOS 18.2)
  Where  : approx. Hamburg, Germany

If this was you, there is nothing to do. If not, please change your password
now at https://my.weserland-versicherung.example/security and contact us.

Weserland Versicherung AG
""")


def m055():
    return M("CONFIDENTIAL", "en", "system-to-company",
             "fleet portal notice to a company contact: named contact, fleet policy and claims figures",
             sysaddr("flotte-noreply", "Weserland Fleet Services"),
             '"Nils Brockmann" <n.brockmann@nordsee-logistik.example>',
             "Fleet claims report Q4/2024 for policy FL 7001 0033 is available",
             """\
Dear Mr Brockmann,

the quarterly claims report for your fleet policy is available in the fleet portal.

  Policyholder : Nordsee Logistik GmbH & Co. KG, Bremerhaven
  Policy       : FL 7001 0033 (148 vehicles, motor third party + comprehensive)
  Period       : 01/10/2024 - 31/12/2024
  Claims       : 23 (Q3: 17), incurred EUR 186,420, loss ratio 78.4 %
  Largest loss : 24-FL-0044812, HGV rear-end collision A27, EUR 61,300 (no injuries)

Your account manager Merle Oltmanns will contact you to schedule the annual
risk review before the renewal on 01/07/2025.

Download: https://flotte.weserland-versicherung.example/reports/FL70010033/2024Q4

Weserland Versicherung AG - Fleet Services
""")


# ---------------------------------------------------------------- block D: scanning centre

SCAN_FROM = sysaddr("zpe-scan", "Zentraler Posteingang Scan")
SCAN_PRODUCER = "ScanPoint Capture 7.2 (OCR: ABBYY FineReader Engine 12)"


def m056():
    p = pdf("ZPE_20250214_0042_0007.pdf", [[
        "Dr. med. Wiebke Hollander",
        "Fachärztin für Innere Medizin - Gastroenterologie",
        "Ostertorsteinweg 31, 28203 Bremen",
        "",
        "Herrn Gerold Bischoff",
        "Lüneburger Str. 12",
        "28205 Bremen",
        "                                                 Rechnungs-Nr. 2025-00341",
        "                                                 Datum: 07.02.2025",
        "Privatliquidation nach GOÄ",
        "Patient: Gerold Bischoff, geb. 03.12.1958",
        "Diagnosen: K50.1 Morbus Crohn des Dickdarmes; K62.1 Rektumpolyp",
        "",
        "Datum      GOÄ   Leistung                                  Faktor   Betrag",
        "28.01.25   1     Beratung                                  2,3      10,72",
        "28.01.25   7     Vollständige körperliche Untersuchung      2,3      21,45",
        "28.01.25   687   Hohe Koloskopie bis zum Zäkum              2,3     201,09",
        "28.01.25   695   Polypektomie mit Schlinge                  2,3      93,83",
        "28.01.25   4800  Histologie (Fremdleistung separat)                    ",
        "                                                  Summe:    327,09 EUR",
        "",
        "Zahlbar innerhalb von 30 Tagen auf DE07 3736 9554 5557 0203 72",
        "Vers.-Nr. lt. Patient: KV 4468 9902-01",
    ]], title="Scan Posteingang", producer=SCAN_PRODUCER, scan=True)
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "scan delivery with harmless body; OCR text of the PDF is a GOÄ invoice with Crohn's disease diagnosis and colonoscopy",
             SCAN_FROM,
             "leistung-kv-posteingang@" + W,
             "Scan ZPE 14.02.2025 Batch 0042 Dok 0007 - Klasse RECHNUNG_ARZT",
             """\
Automatische Zustellung aus dem Zentralen Posteingang

Batch          : ZPE-20250214-0042
Dokument       : 0007 von 0031
Klasse         : RECHNUNG_ARZT (Konfidenz 0,97)
Zuordnung      : KV 4468 9902-01 (Konfidenz 0,88 - bitte prüfen)
Seiten         : 1
Eingangsdatum  : 14.02.2025 (Poststempel 12.02.2025)

Der Beleg wurde zusätzlich in ELBA archiviert (Dok-ID ELBA-77140552).
""", att=[p])


def m057():
    p = pdf("ZPE_20250214_0042_0011.pdf", [[
        "Schadenanzeige Kraftfahrtversicherung",
        "Versicherungsschein-Nr.: KF 3314 2281       Schaden-Nr.: (wird vom Versicherer vergeben)",
        "Versicherungsnehmer: Sabine Kaemena, Tel. 0421 4471882",
        "Anschrift: Woltmershauser Str. 301, 28197 Bremen",
        "Fahrzeug: Opel Astra K, amtl. Kennzeichen HB-SK 3012",
        "Fahrer zum Schadenzeitpunkt: Versicherungsnehmerin selbst",
        "Schadentag / Uhrzeit: 10.02.2025, ca. 7:45 Uhr",
        "Schadenort: Kreuzung Langemarckstr. / Friedrich-Ebert-Str., Bremen",
        "Hergang: Beim Abbiegen nach links Gegenverkehr übersehen (Glätte). Zusammenstoß mit",
        "         einem VW Polo, Kennzeichen HB-RT 580, Halter Rolf Tönjes.",
        "Polizei: ja, Polizeirevier Neustadt, Tagebuch-Nr. 0210/25/118",
        "Personen verletzt: nein",
        "Zeugen: keine",
        "Schaden am eigenen Fahrzeug: Front links, Scheinwerfer, Kotflügel",
        "Unterschrift: S. Kaemena    Datum: 11.02.2025",
    ]], title="Schadenanzeige", producer=SCAN_PRODUCER, scan=True)
    return M("CONFIDENTIAL", "de", "system-to-internal",
             "scan of a motor claim form (PDF only): policyholder name, address, plate, third party; nobody injured",
             SCAN_FROM,
             "kfz-schaden-posteingang@" + W,
             "Scan ZPE 14.02.2025 Batch 0042 Dok 0011 - Klasse SCHADENANZEIGE_KFZ",
             """\
Automatische Zustellung aus dem Zentralen Posteingang

Batch     : ZPE-20250214-0042
Dokument  : 0011 von 0031
Klasse    : SCHADENANZEIGE_KFZ (Konfidenz 0,99)
Zuordnung : KF 3314 2281
Seiten    : 1

Neuer Schadenvorgang wurde im Schadensystem angelegt: 25-KK-0022310.
""", att=[p])


def m058():
    p = pdf("ZPE_20250214_0043_0002.pdf", [[
        "Büro Hansen GmbH - Bürobedarf & Objekteinrichtung",
        "Hafenstraße 58, 28217 Bremen, USt-IdNr. DE 114 382 991",
        "",
        "Weserland Versicherung AG, Einkauf",
        "Am Speicher XI 4, 28217 Bremen",
        "",
        "RECHNUNG Nr. 25-01177                      Datum 10.02.2025",
        "Ihre Bestellung: BEST-2025-0233 vom 03.02.2025",
        "",
        "Pos  Menge  Artikel                                   Einzel     Gesamt",
        "1    40     Kopierpapier A4 80g, Karton 2.500 Bl.      21,90      876,00",
        "2    120    Ordner 8 cm, blau                           2,45      294,00",
        "3    15     Aktenvernichter-Öl 250 ml                   4,90       73,50",
        "4    6      Tischleuchte LED Modell Lumen               59,00     354,00",
        "                                            Netto             1.597,50",
        "                                            19 % USt            303,53",
        "                                            Gesamt            1.901,03",
        "Zahlbar bis 10.03.2025 ohne Abzug.",
        "Bankverbindung: Sparkasse Bremen, IBAN DE96206087321467747962",
    ]], title="Eingangsrechnung", producer=SCAN_PRODUCER, scan=True)
    return M("NORMAL", "de", "system-to-internal",
             "trap: scanned supplier invoice of a GmbH with company IBAN, no private person",
             SCAN_FROM,
             "kreditoren@" + W,
             "Scan ZPE 14.02.2025 Batch 0043 Dok 0002 - Klasse EINGANGSRECHNUNG",
             """\
Automatische Zustellung aus dem Zentralen Posteingang

Batch     : ZPE-20250214-0043
Dokument  : 0002 von 0009
Klasse    : EINGANGSRECHNUNG (Konfidenz 0,95)
Kreditor  : 700128 Büro Hansen GmbH
Bestellung: BEST-2025-0233 (Match 3-Way: OK)

Bitte in SAP MIRO erfassen bzw. Workflow freigeben.
""", att=[p])


def m059():
    return M("NORMAL", "de", "system-to-internal",
             "trap: daily scan statistics per document class (Arztrechnung, Pflegegutachten), counts only",
             sysaddr("zpe-report", "ZPE Reporting"),
             "posteingang-leitung@" + W + ", servicemanagement@scanpoint.example",
             "ZPE Tagesbericht 14.02.2025",
             """\
Tagesbericht Zentraler Posteingang - Freitag, 14.02.2025

Sendungen geöffnet   : 6.812
Seiten gescannt      : 24.377
Dokumente klassifiziert: 7.455
  davon automatisch  : 6.902 (92,6 %)
  manuell nachbearb. : 553

Top-Dokumentklassen              Anzahl   Dunkelquote Zuordnung
RECHNUNG_ARZT                    2.114    81 %
RECHNUNG_ZAHNARZT                  733    77 %
REZEPT_APOTHEKE                    690    88 %
SCHADENANZEIGE_KFZ                 312    94 %
PFLEGEGUTACHTEN_MD                  97    41 %  (Formularwechsel, INC0081503)
KUENDIGUNG                         188    90 %
SONSTIGES                        3.321    --

OCR-Qualität Ø 97,8 %; 14 Seiten unlesbar (an Absender zurück).
SLA "Scan innerhalb 24 h": 99,3 % erfüllt.

-- ScanPoint Dokumentenservice GmbH für Weserland
""")


def m060():
    p = pdf("scan_0217_001.pdf", [[
        "HOSPITAL UNIVERSITARIO VIRGEN DE LA CANDELARIA - Servicio de Traumatología",
        "DISCHARGE REPORT / INFORME DE ALTA",
        "Patient: THOMSEN, Birte      DOB: 21/07/1952      Passport: C4X7R2291",
        "Admission: 02/02/2025        Discharge: 09/02/2025",
        "Diagnosis: Closed fracture of the left femoral neck (S72.00) after fall at hotel.",
        "Procedure: Hemiarthroplasty left hip 03/02/2025 under spinal anaesthesia.",
        "Comorbidities: Type 2 diabetes mellitus (E11.9), atrial fibrillation on apixaban 5 mg bid.",
        "Course: uneventful; mobilised with walker from day 2. Wound dry.",
        "Recommendation: repatriation seated with leg rest, escort by nurse, thrombosis",
        "prophylaxis 35 days, staple removal day 12-14, physiotherapy at home.",
        "Dr. A. Pérez Domínguez, Traumatología",
    ]], title="Discharge report", producer=SCAN_PRODUCER, scan=True)
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
             "body just 'scan as requested'; PDF sent as octet-stream is a foreign hospital discharge report with fracture and diagnoses",
             '"Meinders, Kerstin" <kerstin.meinders@%s>' % W,
             "cases@medassist-partner.example",
             "RKV-25-00298 discharge report (scan)",
             """\
Hello,

scan as requested, received by fax this morning. Please plan the repatriation
accordingly.

Kerstin Meinders
Weserland Travel Assistance
""", att=[octet(p, "scan_0217_001.pdf")])


def m061():
    p = pdf("ZPE_20250217_0008_0019.pdf", [[
        "SEPA-Lastschriftmandat",
        "Gläubiger: Weserland Versicherung AG, Am Speicher XI 4, 28217 Bremen",
        "Gläubiger-Identifikationsnummer: DE77ZZZ00000482913",
        "Mandatsreferenz: wird separat mitgeteilt",
        "Ich ermächtige die Weserland Versicherung AG, Zahlungen von meinem Konto mittels",
        "Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die ... Lastschriften einzulösen.",
        "",
        "Vertrag(e): HR 5538 1724 (Hausrat)",
        "Kontoinhaber: Frieda Lampe",
        "Anschrift: Am Wandrahm 9, 28195 Bremen",
        "IBAN: DE09 1213 0048 3307 8424 92",
        "Ort, Datum: Bremen, 12.2.25      Unterschrift: F. Lampe",
    ]], title="SEPA-Mandat", producer=SCAN_PRODUCER, scan=True)
    return M("CONFIDENTIAL", "de", "system-to-internal",
             "scanned SEPA mandate (only in the PDF): account holder, address, IBAN, household contract",
             SCAN_FROM,
             "beitragskonto-sach@" + W,
             "Scan ZPE 17.02.2025 Batch 0008 Dok 0019 - Klasse SEPA_MANDAT",
             """\
Automatische Zustellung aus dem Zentralen Posteingang

Klasse    : SEPA_MANDAT (Konfidenz 0,93)
Zuordnung : HR 5538 1724
Hinweis   : Unterschrift erkannt, Datum handschriftlich ("12.2.25")
""", att=[p])


def m062():
    p = pdf("ZPE_20250217_0009_0003.pdf", [[
        "Pflegekasse bei der AOK Niedersachsen",
        "Bescheid über die Feststellung des Pflegegrades",
        "Frau Annegret Wöbse, geb. 14.11.1941, Mühlenstraße 4, 27299 Langwedel",
        "Sehr geehrte Frau Wöbse,",
        "aufgrund des Gutachtens des Medizinischen Dienstes vom 22.01.2025 stellen wir ab",
        "01.12.2024 den Pflegegrad 4 fest (bisher Pflegegrad 2).",
        "Pflegebegründende Diagnosen: Parkinson-Syndrom (G20.1), Demenz (F02.3), Sturzneigung.",
        "Sie erhalten Pflegegeld in Höhe von 800 EUR monatlich bzw. Pflegesachleistungen.",
    ]], title="Bescheid Pflegekasse", producer=SCAN_PRODUCER, scan=True)
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "scanned care-level decision of the statutory care fund for a Pflegetagegeld customer (PDF only)",
             SCAN_FROM,
             "leistung-pflege@" + W,
             "Scan ZPE 17.02.2025 Batch 0009 Dok 0003 - Klasse BESCHEID_PFLEGEKASSE",
             """\
Automatische Zustellung aus dem Zentralen Posteingang

Klasse    : BESCHEID_PFLEGEKASSE (Konfidenz 0,91)
Zuordnung : PT 1130 2207 (Pflegetagegeld)
Seiten    : 2 (Seite 2 leer, entfernt)

Hinweis: Höherstufung erkannt -> Vorgang "Leistungsanpassung PTG" wurde angelegt.
""", att=[p])


def m063():
    p = pdf("Vordruck_SEB_Leben_2025-01.pdf", [[
        "Einwilligungs- und Schweigepflichtentbindungserklärung",
        "(Formular LV-SEB 01/2025 - Druckfreigabe)",
        "Name, Vorname der versicherten Person: ______________________________",
        "Geburtsdatum: ____________   Vertrags-/Antragsnummer: ___________________",
        "1. Erhebung, Speicherung und Nutzung der von Ihnen mitgeteilten Gesundheitsdaten",
        "   durch die Weserland Lebensversicherung AG ...",
        "2. Abfrage von Gesundheitsdaten bei Dritten (Ärzte, Krankenhäuser, Pflegeheime) ...",
        "   [ ] Ich willige ein ...  [ ] Ich möchte im Einzelfall informiert werden ...",
        "3. Weitergabe an Rückversicherer und medizinische Gutachter ...",
        "Ort, Datum ________________   Unterschrift ______________________________",
    ]], title="Druckfreigabe", producer=SCAN_PRODUCER, scan=True)
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: scanned blank consent/confidentiality-release form for print approval, no person",
             '"Demirtas, Aylin" <aylin.demirtas@%s>' % W,
             "auftrag@druckhaus-am-deich.example",
             "Druckfreigabe LV-SEB 01/2025 - Korrekturen auf S. 1",
             """\
Hallo Herr Wessel,

anbei der eingescannte Andruck mit unseren Anmerkungen. Bitte in Abschnitt 2
die Ankreuzkästchen etwas größer und die Linie "Geburtsdatum" auf 4 cm.
Danach Freigabe für 20.000 Stück, Lieferung an den Zentralen Posteingang.

Viele Grüße
Aylin Demirtas
Vertriebsservice Leben
""", att=[p])


def m064():
    p = pdf("ZPE_20250218_0002_0014.pdf", [[
        "RAe Dr. Vahlsing & Koopmann, Contrescarpe 46, 28195 Bremen",
        "Weserland Versicherung AG - Haftpflicht-Schaden",
        "Ihr Zeichen: 24-PH-0093317 / Ihr VN: Herr Lutz Grotheer",
        "Unser Zeichen: 118/25 KO",
        "Sehr geehrte Damen und Herren,",
        "wir zeigen an, dass wir Frau Elke Bargmann, Humboldtstr. 70, 28203 Bremen, vertreten.",
        "Ihr Versicherungsnehmer hat am 14.12.2024 beim Umzug das Treppenhaus unserer",
        "Mandantin beschädigt (Geländer, Wandputz, Bodenfliesen). Personen wurden nicht verletzt.",
        "Wir beziffern den Schaden auf 4.310,00 EUR gem. Kostenvoranschlag Fa. Malerbetrieb",
        "Runge und fordern Sie auf, bis 04.03.2025 zu zahlen auf unser Anderkonto.",
        "Koopmann, Rechtsanwalt",
    ]], title="Anwaltsschreiben", producer=SCAN_PRODUCER, scan=True)
    return M("CONFIDENTIAL", "en", "insurer-to-supplier",
             "scanned lawyer's letter in a liability claim forwarded to a claims adjuster: names, claim number, damage, no injury",
             '"Heitmann, Frank" <frank.heitmann@%s>' % W,
             "claims@loss-adjusters-nord.example",
             "Claim 24-PH-0093317 - claimant's lawyer letter (scan), please include in your report",
             """\
Dear Mr Carstens,

please find attached the lawyer's letter we received today for the staircase
damage claim. The amount claimed is above your estimate (EUR 2,900). Could you
comment on the tiles item in your final report?

Best regards
Frank Heitmann
Schaden Haftpflicht, Weserland Versicherung AG
""", att=[p])


def m065():
    p = pdf("ZPE_20250218_0003_0001.pdf", [[
        "Heil- und Kostenplan Teil 1 - Zahnärztliche Privatbehandlung",
        "Zahnarztpraxis Dr. Jannes Onken, Schwachhauser Heerstr. 190, 28211 Bremen",
        "Patient: Torben Lührs, geb. 06.05.1983, Vers.-Nr. KV 4474 0021-01",
        "Befund: 16 kariös zerstört, 15 f (fehlt), 14 wurzelbehandelt",
        "Geplante Therapie: Implantat Regio 15 (GOZ 9010), Sinuslift intern (GOZ 9120),",
        "Krone 16 vollkeramisch (GOZ 2210), Aufbaufüllung 14 (GOZ 2180)",
        "Geschätzte Kosten: Honorar 3.482,60 EUR, Material/Labor ca. 1.900,00 EUR",
        "Ort/Datum: Bremen, 11.02.2025",
    ]], title="HKP", producer=SCAN_PRODUCER, scan=True)
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "scanned dental treatment plan (PDF only): patient with birth date, dental findings, implant",
             SCAN_FROM,
             "leistung-zahn@" + W,
             "Scan ZPE 18.02.2025 Batch 0003 Dok 0001 - Klasse HKP_ZAHN",
             """\
Automatische Zustellung aus dem Zentralen Posteingang

Klasse    : HKP_ZAHN (Konfidenz 0,96)
Zuordnung : KV 4474 0021-01
Frist     : Vorabprüfung HKP lt. Tarif innerhalb 10 Arbeitstagen (bis 04.03.2025)
""", att=[p])


def m066():
    return M("NORMAL", "de", "system-to-supplier",
             "trap: scanner fault report about blank separator pages, no document content",
             sysaddr("zpe-scan", "Zentraler Posteingang Scan"),
             "technik@scanpoint.example",
             "Batch ZPE-20250218-0011: 3 Leerseiten / Trennblatt nicht erkannt",
             """\
Hallo ScanPoint-Technik,

im Batch ZPE-20250218-0011 (Scanner KV-SC-04, Fujitsu fi-7900) wurden
Patchcode-Trennblätter dreimal nicht erkannt. Folge: Dokumente 0014-0016
wurden zu einem Dokument zusammengefasst, plus 3 Leerseiten.

Scanner-Log:
  09:41:12 PATCH_T not detected, page 118, contrast 0.41
  09:41:13 BLANK_PAGE_SUPPRESS skipped (threshold 0.985)
  09:44:50 PATCH_T not detected, page 131
  09:47:03 PATCH_T not detected, page 140

Batch wurde zurückgesetzt und neu gescannt. Bitte Walzen und Patch-Sensor bei
der nächsten Wartung prüfen (Zählerstand 2.114.880).

Gruß, ZPE Schichtleitung Früh
""")


def m067():
    p = pdf("Gehaltsnachweise_Mietkaution.pdf", [[
        "Verdienstabrechnung Januar 2025",
        "Arbeitgeber: Stadtwerke Delmenhorst GmbH",
        "Mitarbeiter: Kevin Drewes, Pers.-Nr. 10388, Steuerklasse 1, Steuer-ID 47 118 290 553",
        "Geburtsdatum 19.02.1997",
        "Gesamtbrutto            3.840,00 EUR",
        "Lohnsteuer               -544,16",
        "Solidaritätszuschlag       -0,00",
        "SV-Beiträge gesamt       -793,92",
        "Auszahlungsbetrag       2.501,92 EUR   auf DE27 3014 0558 6660 2167 13",
    ]], title="Verdienstabrechnung", producer=SCAN_PRODUCER, scan=True)
    return M("CONFIDENTIAL", "de", "insurer-to-partner",
             "rent-deposit guarantee: scanned payslip with income, tax ID, birth date and IBAN sent to the surety partner",
             '"Kautionsservice Weserland" <kaution@%s>' % W,
             "antraege@buergschaft-partner.example",
             "Mietkautionsbürgschaft Antrag MK-25-00714 - Einkommensnachweis (Scan)",
             """\
Guten Tag,

zum Antrag MK-25-00714 (Kautionsbetrag 2.580 EUR, Vermieter Gewoba) reichen wir
den angeforderten Einkommensnachweis nach. Bitte um Bonitätsentscheidung.

Freundliche Grüße
Kautionsservice Weserland
""", att=[p])


def m068():
    p1 = pdf("Sterbeurkunde.pdf", [[
        "Standesamt Bremen-Mitte - Sterbeurkunde",
        "Registernummer S 418/2025",
        "Familienname: Rosenthal   Vornamen: Hermann Wilhelm",
        "Geburtsdatum: 25.01.1944   Geburtsort: Verden (Aller)",
        "Tag des Todes: 02.02.2025   Ort des Todes: Bremen",
    ]], title="Sterbeurkunde", producer=SCAN_PRODUCER, scan=True)
    p2 = pdf("Todesfallmeldung.pdf", [[
        "Todesfallmeldung zur Lebensversicherung LV 8803 1177-2",
        "Verstorbene versicherte Person: Hermann Rosenthal",
        "Meldende Person: Ingrid Rosenthal (Ehefrau, Bezugsberechtigte)",
        "Todesursache lt. ärztlicher Bescheinigung: Lungenkarzinom (C34.1), Metastasen",
        "Behandelnder Arzt: Dr. Kolb, Klinikum Bremen-Ost, Palliativstation",
        "Auszahlung an: Ingrid Rosenthal, IBAN DE55 4996 1742 8392 6458 07",
    ]], title="Todesfallmeldung", producer=SCAN_PRODUCER, scan=True)
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "two scans of a life-insurance death claim: death certificate, cause of death, beneficiary IBAN",
             SCAN_FROM,
             "leistung-leben@" + W,
             "Scan ZPE 19.02.2025 Batch 0014 Dok 0005+0006 - Klasse TODESFALL_LV",
             """\
Automatische Zustellung aus dem Zentralen Posteingang

Klasse    : TODESFALL_LV (2 Dokumente)
Zuordnung : LV 8803 1177-2
Priorität : hoch (Leistungsfall Tod)
""", att=[p1, p2])


def m069():
    p = pdf("ZPE_20250219_0016_0004.pdf", [[
        "Aktenwolf Datenträgervernichtung GmbH - Zertifikat Nr. AW-2025-0219-03",
        "Vernichtungsnachweis nach DIN 66399",
        "Auftraggeber: Weserland Versicherung AG, Zentraler Posteingang",
        "Material: 42 Sicherheitsbehälter 240 l, Papier (Originalbelege nach Scan,",
        "u.a. Arztrechnungen, Rezepte, Krankenhausberichte, Schadenunterlagen)",
        "Schutzklasse 3, Sicherheitsstufe P-4, Vernichtung am 18.02.2025 in Achim",
        "Menge: 3,86 t     Fahrer: R. Janßen     Plombe: 0048812-0048853",
    ]], title="Vernichtungsnachweis", producer=SCAN_PRODUCER, scan=True)
    return M("NORMAL", "en", "insurer-to-supplier",
             "trap: shredding certificate mentioning medical invoices and hospital reports in general, no person",
             '"Heitmann, Frank" <frank.heitmann@%s>' % W,
             "compliance-audit@scanpoint.example",
             "Destruction certificate Feb 18 for your ISO 27001 audit folder",
             """\
Hi Maren,

for your audit folder: attached the scanned destruction certificate of the
originals from week 7 (P-4, 42 bins). The weights match our bin log.

Cheers
Frank
""", att=[p])


def m070():
    pdfs = []
    pdfs.append(pdf("RE_Apotheke_0001.pdf", [[
        "Löwen-Apotheke Vegesack, Gerhard-Rohlfs-Str. 40, 28757 Bremen",
        "Quittung / Privatrezept vom 12.02.2025",
        "Patientin: Dörte Hashagen, geb. 15.09.1966",
        "PZN 16797411 Ozempic 1 mg Injektionslösung, 1 Fertigpen      236,14 EUR",
        "PZN 04914540 Metformin 1000 mg 180 St.                          22,80 EUR",
        "Verordnet: Dr. Lemke, Allgemeinmedizin",
    ]], producer=SCAN_PRODUCER, scan=True))
    pdfs.append(pdf("RE_Labor_0002.pdf", [[
        "MVZ Labor Nordwest - Privatliquidation",
        "Patientin: Dörte Hashagen, geb. 15.09.1966",
        "Einsender: Dr. Lemke",
        "GOÄ 3561 HbA1c 1,15 x 17,49 = 20,11 EUR; GOÄ 3585 Kreatinin 1,15 x 2,33 = 2,68 EUR",
        "Befundhinweis: HbA1c 8,1 % (erhöht)",
    ]], producer=SCAN_PRODUCER, scan=True))
    z = zip_att("ZPE_KV_4470_3318_Belege.zip",
                pdfs + [text_att("index.txt", "RE_Apotheke_0001.pdf;REZEPT_APOTHEKE;KV 4470 3318-01\nRE_Labor_0002.pdf;RECHNUNG_LABOR;KV 4470 3318-01\n")])
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
             "ZIP of scanned receipts sent to the external invoice-review provider: diabetes medication and HbA1c lab result",
             '"ZPE Export" <zpe-export@%s>' % W,
             "eingang@medicheck.example",
             "Prüfauftrag PA-25-01992 (2 Belege)",
             """\
Prüfauftrag PA-25-01992
Leistungsart: Arzneimittel / Labor
Belege: siehe ZIP (2 PDF + index.txt)
Rückmeldung über Schnittstelle RPS bis 26.02.2025
""", att=[z])


def m071():
    p = pdf("ZPE_20250220_0005_0022.pdf", [[
        "Jens und Kirsten Ahrens",
        "Am Vorwerk 17",
        "28832 Achim",
        "",
        "An die Weserland Versicherung",
        "Betr.: Kündigung Wohngebäudeversicherung Vertr.-Nr. WG 6629 8814",
        "",
        "Sehr geehrte Damen und Herren,",
        "hiermit kündigen wir die o.g. Versicherung fristgerecht zum 01.05.2025,",
        "da das Haus zum 30.04.2025 verkauft ist (Notartermin 14.02.2025).",
        "Käufer: Familie Schierenbeck. Bitte bestätigen Sie uns die Kündigung",
        "schriftlich. Der Beitrag ist bis zum 30.04. anteilig zu erstatten.",
        "Mit freundlichen Grüßen   J. Ahrens   K. Ahrens",
    ]], title="Kündigung", producer=SCAN_PRODUCER, scan=True)
    return M("CONFIDENTIAL", "de", "system-to-internal",
             "scanned cancellation letter of a building insurance: names, address, contract, house sale",
             SCAN_FROM,
             "bestand-sach@" + W,
             "Scan ZPE 20.02.2025 Batch 0005 Dok 0022 - Klasse KUENDIGUNG",
             """\
Automatische Zustellung aus dem Zentralen Posteingang

Klasse       : KUENDIGUNG (Konfidenz 0,98)
Zuordnung    : WG 6629 8814
Kündigungsart: Veräußerung (§ 96 VVG erkannt: nein - bitte prüfen, Käufer tritt ein)
""", att=[p])


def m072():
    p = pdf("ZPE_20250220_0005_0031.pdf", [[
        "Sanitätshaus Vitalis Bremen - Frühjahrsaktion!",
        "Rollatoren ab 99 EUR, Kompressionsstrümpfe nach Maß, Blutdruckmessgeräte",
        "Neu: Hörgeräte-Akustik im Haus - kostenloser Hörtest!",
        "Für Versicherer und Pflegedienste: Rahmenverträge für Hilfsmittelversorgung,",
        "Ansprechpartner Key Account: Hr. Mertens, Tel. 0421 998877-0",
        "Besuchen Sie uns: Faulenstraße 12, Bremen",
    ]], title="Werbung", producer=SCAN_PRODUCER, scan=True)
    return M("NORMAL", "de", "system-to-internal",
             "trap: unassignable scan is an advertising flyer of a medical-supply shop, no person",
             SCAN_FROM,
             "zpe-klaerung@" + W,
             "Scan ZPE 20.02.2025 Dok 0031 nicht zuordenbar - Klasse SONSTIGES",
             """\
Das folgende Dokument konnte keinem Vertrag und keiner Fachabteilung
zugeordnet werden (keine Vertragsnummer, kein Kunde erkannt).

Klasse    : SONSTIGES / WERBUNG? (Konfidenz 0,52)
Absender  : Sanitätshaus Vitalis Bremen
Vorschlag : Einkauf Leistungsmanagement (Hilfsmittel-Rahmenverträge) oder vernichten

Bitte innerhalb von 3 Tagen entscheiden, sonst Vernichtung nach Standard.
""", att=[p])


def m073():
    p = pdf("Antrag_LV_A-LV-2025-01077.pdf", [
        ["Antrag auf Risikolebensversicherung (Tarif RLV Basis)",
         "Vermittler: Hollmann & Co. Assekuranzmakler GmbH, VM-Nr. 0471-3310",
         "Zu versichernde Person: Sandra Meiners, geb. 28.04.1985, Bankkauffrau",
         "Versicherungssumme: 250.000 EUR, Laufzeit 25 Jahre, Bezugsrecht: Ehemann Lars Meiners",
         "",
         "Gesundheitsfragen (letzte 5 Jahre):",
         "1. Ambulante Behandlungen? JA - Hashimoto-Thyreoiditis (E06.3), L-Thyroxin 75 µg",
         "2. Stationäre Aufenthalte? JA - 2021 Kaiserschnitt, komplikationslos",
         "3. Psychotherapie? JA - 2022, 12 Sitzungen wegen Erschöpfung, abgeschlossen",
         "4. Raucher? NEIN     Größe/Gewicht: 168 cm / 64 kg",
         "5. Blutdruck, Diabetes, Krebs, HIV? NEIN"],
        ["Schlusserklärungen und Schweigepflichtentbindung: unterschrieben 17.02.2025"]],
        title="Antrag", producer=SCAN_PRODUCER, scan=True)
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
             "scanned life application with answered health questions sent to the reinsurer for underwriting",
             '"Underwriting Leben" <underwriting-leben@%s>' % W,
             "facultative@nordic-re.example",
             "Fac request WVS-FAC-2025-014 - term life EUR 250k, application attached",
             """\
Dear colleagues,

we would like your opinion on the attached application (term life, EUR 250k,
25 years). Our manual says standard, but we are unsure about the
psychotherapy history in combination with the sum assured. Medical answers on
page 1 of the scan.

Kind regards
Underwriting Leben
Weserland Lebensversicherung AG
""", att=[p])


def m074():
    p = pdf("ZB1_HB-TK-919.pdf", [[
        "Zulassungsbescheinigung Teil I / Fahrzeugschein",
        "A  Amtl. Kennzeichen: HB-TK 919",
        "B  Datum Erstzulassung: 04.06.2019",
        "C.1.1 Name: Kuhlmann   C.1.2 Vorname: Thea",
        "C.1.3 Anschrift: Lange Reihe 28, 28219 Bremen",
        "D.1 Marke: BMW   D.2 Typ: G20 / 320d   E Fahrzeug-Ident.-Nr.: WBA5R11060FH44813",
    ]], title="Fahrzeugschein", producer=SCAN_PRODUCER, scan=True)
    return M("CONFIDENTIAL", "en", "insurer-to-supplier",
             "scanned vehicle registration of a named owner sent to a glass-repair partner for a windscreen claim",
             '"Kfz-Schaden Glas" <kfz-glas@%s>' % W,
             "claims@autoglas-partner.example",
             "Windscreen claim 25-TK-0004417 - registration document for ADAS calibration",
             """\
Hello,

for the windscreen replacement booked for 24 Feb at your Bremen branch, please
find the registration document (needed for the ADAS camera calibration
coding). Deductible EUR 150 to be collected from the customer on site.

Regards
Weserland Versicherung - Kfz-Schaden Glas
""", att=[p])


def m075():
    p = pdf("ZPE_20250221_0002_0009.pdf", [
        ["Unfallanzeige Unfallversicherung - Vertrag UV 5509 3318",
         "Versicherte Person: Melanie Stührmann, geb. 02.02.1978, Erzieherin",
         "Unfalltag: 08.02.2025, 16:30 Uhr, Eisbahn Paradice Bremen",
         "Hergang: Sturz auf dem Eis, mit rechter Hand abgestützt.",
         "Erstbehandlung: Notaufnahme Klinikum Links der Weser"],
        ["Ärztlicher Bericht (Durchgangsbericht) Dr. F. Meyer-Pohl, Unfallchirurgie",
         "Diagnose: distale Radiusfraktur rechts (S52.51), dorsal disloziert",
         "Therapie: geschlossene Reposition, Plattenosteosynthese 10.02.2025",
         "Voraussichtliche Arbeitsunfähigkeit: 8 Wochen; Dauerschaden möglich",
         "Krankenhausaufenthalt: 09.02.-12.02.2025"]],
        title="Unfallanzeige", producer=SCAN_PRODUCER, scan=True)
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "scanned accident report and surgeon's report (PDF only): wrist fracture, surgery, hospital stay",
             SCAN_FROM,
             "leistung-unfall@" + W,
             "Scan ZPE 21.02.2025 Batch 0002 Dok 0009 - Klasse UNFALLANZEIGE",
             """\
Automatische Zustellung aus dem Zentralen Posteingang

Klasse    : UNFALLANZEIGE (+ ARZTBERICHT, 2 Seiten)
Zuordnung : UV 5509 3318
Hinweis   : Krankenhaustagegeld-Baustein im Vertrag erkannt
""", att=[p])


# ---------------------------------------------------------------- block E: batch and interface errors

def m076():
    xml = """\
<?xml version="1.0" encoding="UTF-8"?>
<partnerUpdate xmlns="urn:weserland:crm:partner:v4" requestId="PV-20250221-004417">
  <partner id="P-0008830516" type="NATUERLICHE_PERSON">
    <anrede>Herr</anrede>
    <titel/>
    <vorname>Hauke</vorname>
    <nachname>Frerichs</nachname>
    <geburtsdatum>1968-07-31</geburtsdatum>
    <geburtsname/>
    <familienstand>verheiratet</familienstand>
    <anschrift gueltigAb="2025-02-01">
      <strasse>Deichstraße 44</strasse>
      <plz>26954</plz>
      <ort>Nordenham</ort>
      <land>DE</land>
    </anschrift>
    <kommunikation typ="EMAIL">h.frerichs@mailbox.example</kommunikation>
    <kommunikation typ="MOBIL">+49 171 5520918</kommunikation>
    <vertragsrolle vertrag="KF 3322 0917" rolle="VN"/>
    <vertragsrolle vertrag="WG 6650 1028" rolle="VN"/>
  </partner>
</partnerUpdate>
"""
    return M("CONFIDENTIAL", "de", "system-to-supplier",
             "interface error with XML payload: name, birth date, address, phone and motor/building contracts",
             sysaddr("esb-monitor", "ESB Fehlermonitor"),
             "crm-betrieb@hansa-rz.example",
             "[ESB][PROD] PartnerSync PV->CRM: Fault SOAP-ENV:Server (1 Nachricht)",
             """\
Integrationsfehler Partnerverwaltung -> CRM

Route      : partner-sync-pv-crm (Camel 3.21, Node wvs-esb-p02)
Zeitpunkt  : 21.02.2025 11:18:07
Fehler     : SOAP Fault "ORA-12899: value too large for column CRM.PARTNER.FAMILIENSTAND
             (actual: 11, maximum: 10)"
Versuche   : 3/3, Nachricht in PARTNER.SYNC.ERROR geparkt

Die auslösende Nachricht ist angehängt.

-- ESB Fehlermonitor (automatisch)
""", att=[text_att("PV-20250221-004417.xml", xml, "xml", maintype="application")])


def m077():
    payload = """\
{
  "resourceType": "Claim",
  "id": "kbw-2025-0219-00733",
  "status": "active",
  "type": {"coding": [{"code": "institutional"}]},
  "patient": {"display": "Ingo Wübbenhorst", "birthDate": "1957-10-08",
              "identifier": {"system": "urn:weserland:versnr", "value": "KV 4466 0193-01"}},
  "provider": {"display": "Klinikverbund Bremen-West gGmbH, IK 260401122"},
  "billablePeriod": {"start": "2025-02-03", "end": "2025-02-14"},
  "diagnosis": [
    {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"code": "C61", "display": "Bösartige Neubildung der Prostata"}]}, "type": [{"text": "Hauptdiagnose"}]},
    {"sequence": 2, "diagnosisCodeableConcept": {"coding": [{"code": "N39.3"}]}}
  ],
  "procedure": [
    {"sequence": 1, "date": "2025-02-04", "procedureCodeableConcept": {"coding": [{"code": "5-604.02", "display": "Radikale Prostatovesikulektomie, laparoskopisch"}]}}
  ],
  "item": [{"sequence": 1, "productOrService": {"text": "DRG M01B"}, "net": {"value": 14882.31, "currency": "EUR"}},
           {"sequence": 2, "productOrService": {"text": "Wahlleistung Einbettzimmer 11 Tage"}, "net": {"value": 1639.00, "currency": "EUR"}}],
  "total": {"value": 16521.31, "currency": "EUR"}
}"""
    return M("STRICTLY_CONFIDENTIAL", "mixed", "system-to-hospital",
             "rejected hospital e-invoice (FHIR Claim dump): patient, birth date, prostate cancer, surgery, DRG",
             sysaddr("klinik-direkt", "Weserland Klinik-Direktabrechnung"),
             "edi-support@klinikverbund-west.example",
             "Rückweisung E-Rechnung kbw-2025-0219-00733 / rejection notice",
             """\
Sehr geehrte Damen und Herren / dear EDI team,

die elektronische Rechnung wurde von unserer Schnittstelle abgewiesen.
The electronic invoice was rejected by our interface.

  Fehlercode : KDA-214 "billablePeriod.end after discharge date in Aufnahmeanzeige (2025-02-13)"
  Eingang    : 2025-02-19 08:44:12
  Endpoint   : https://kda.weserland-versicherung.example/fhir/r4/Claim

Bitte korrigieren Sie die Rechnung und senden Sie sie erneut.
Please correct and resubmit. Payload as received:

""" + payload + """

Weserland Krankenversicherung a.G. - Klinik-Direktabrechnung
Hotline für Krankenhäuser: +49 421 5583-2480
""")


def m078():
    return M("NORMAL", "en", "system-to-internal",
             "exchange-rate import error, reference data only",
             sysaddr("batch-monitor", "Batch Monitor"),
             "rechnungswesen-it@" + W,
             "ERROR job FX_RATES_ECB_DAILY: file empty",
             """\
Job FX_RATES_ECB_DAILY ended with RC=8.

Source   : sftp://marktdaten.hansa-rz.example/ecb/eurofxref-daily.xml
Time     : 2025-02-24 16:20:03
Message  : XML contains 0 rates (Cube time="2025-02-24" empty)

Fallback: previous day's rates are used for 2025-02-24 (USD 1.0465,
GBP 0.82863, CHF 0.9416, DKK 7.4575). Travel-claim reimbursements and foreign
claims booked today may need revaluation tomorrow.

Automatic restart at 17:00.
""")


def m079():
    return M("NORMAL", "en", "system-to-supplier",
             "trap: JSON schema validation error on a tariff/product payload, no person",
             sysaddr("api-gateway", "WVS API Gateway"),
             "product-api@corvalis.example",
             "[api-gw] 422 schema violations on POST /products/v2/tariffs (dental)",
             """\
Validation errors in the last 60 minutes: 37 (threshold 10)

Endpoint : POST /products/v2/tariffs
Client   : product-config-ui (corvalis)
Schema   : tariff.v2.json (rev 14)

Sample request body (first failing):
{"tariffCode":"ZAHN-KOMFORT-90","line":"KV-ZUSATZ","validFrom":"2025-04-01",
 "benefits":[{"code":"IMPLANT","rate":0.9,"annualCap":null},
             {"code":"PZR","rate":1.0,"annualCap":"two per year"}],
 "waitingPeriodMonths":8,"ageBands":[{"from":0,"to":20,"premium":14.9},{"from":21,"to":99,"premium":"29,90"}]}

Errors:
 - $.benefits[1].annualCap: string found, integer or null expected
 - $.ageBands[1].premium: string found, number expected (decimal comma?)

Trace: https://apigw.intra.weserland-versicherung.example/traces/6c22a0d1
""")


def m080():
    rows = """\
PA-Nr;Beleg-ID;Vers.-Nr.;Name;Vorname;Geb.-Datum;Leistungserbringer;GOÄ;Anzahl;Faktor;Betrag;Diagnose;Prüfergebnis;Kürzung
PA-25-01955;ELBA-77139920;KV 4469 8830-01;Stolle;Marianne;1949-03-21;Praxis Dr. Yilmaz (Orthopädie);267;6;2,3;48,24;M17.1 Gonarthrose beidseitig;Mehrfachansatz an einem Tag;32,16
PA-25-01955;ELBA-77139920;KV 4469 8830-01;Stolle;Marianne;1949-03-21;Praxis Dr. Yilmaz (Orthopädie);255;1;3,5;22,86;M17.1;Begründung Faktor > 2,3 fehlt;7,84
PA-25-01961;ELBA-77140002;KV 4471 2004-02;Hagedorn;Finn;2012-11-30;Dr. Brandes (Kinder- und Jugendpsychiatrie);801;1;2,3;26,81;F90.0 ADHS;ok;0,00
PA-25-01961;ELBA-77140002;KV 4471 2004-02;Hagedorn;Finn;2012-11-30;Dr. Brandes (Kinder- und Jugendpsychiatrie);857;1;2,3;15,68;F90.0;ok;0,00
PA-25-01970;ELBA-77140415;KV 4467 7710-01;Ohlrogge;Detlef;1961-01-12;Radiologie am Stern;5700;1;1,8;239,15;M54.4 Lumboischialgie;Faktor max. 1,8 eingehalten;0,00
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "return file of the invoice-review provider failed to load; CSV has names, birth dates, GOÄ items and diagnoses",
             sysaddr("rps-import", "RPS Import"),
             "leistungsmanagement-kv@" + W,
             "RPS-Rücklieferung 24.02.2025 nicht verarbeitet (Trennzeichen)",
             """\
Hallo zusammen,

die Rücklieferung des Rechnungsprüfdienstleisters MediCheck vom 24.02.2025
(rps_rueck_20250224_01.csv, 5 Zeilen) konnte nicht eingelesen werden:

  Fehler: Dezimaltrennzeichen "," in Feld Faktor/Betrag, erwartet "."
  (seit Änderung der Exportvorlage bei MediCheck am 21.02.)

Die Datei hängt an, bitte manuell in ELBA übernehmen oder MediCheck um
Neulieferung bitten. Kürzungsbeträge werden bis dahin nicht gebucht.

RPS Import (automatisch)
""", att=[csv_att("rps_rueck_20250224_01.csv", rows)])


def m081():
    csvtext = """\
Auftrag;Schaden-Nr.;Empfänger;IBAN;Betrag;Verwendungszweck;Bankstatus;Reason
CLM-PAY-25-0077120;25-LW-0003318;Ralf Bösch;DE93154790231758501869;2140.00;Leitungswasserschaden Küche 25-LW-0003318;RJCT;AC01 IncorrectAccountNumber
CLM-PAY-25-0077121;25-ED-0000871;Familie Ngo Van Thanh;DE39266959522918900472;860.50;Einbruchdiebstahl 25-ED-0000871 Fahrrad;ACSC;
CLM-PAY-25-0077122;25-GL-0001902;Marlies Fick;DE71115449550809017823;312.80;Glasbruch Ceranfeld 25-GL-0001902;ACSC;
"""
    return M("CONFIDENTIAL", "en", "system-to-supplier",
             "claims payout status report: names, IBANs (one rejected with wrong check digits) and household claim numbers",
             sysaddr("clm-payments", "Claims Payments"),
             "payments-support@corvalis.example",
             "pain.002 status report: 1 of 3 household claim payouts rejected (AC01)",
             """\
Bank status report received for payment file CLM_PAY_20250224_03.xml

  Accepted (ACSC) : 2
  Rejected (RJCT) : 1  -> AC01 IncorrectAccountNumber

The rejected IBAN fails the ISO 7064 check - most likely a typo in the claim
form that was not caught because the clerk overrode the field validation.
Please check why the override was possible (see PRB0004398) and put the
payment back to the claims handler queue.

Details as CSV attached.
""", att=[csv_att("pain002_CLM_PAY_20250224_03.csv", csvtext)])


def m082():
    return M("NORMAL", "en", "system-to-supplier",
             "trap: XML parse error in the sales statistics feed, aggregated figures only",
             sysaddr("dwh-monitor", "DWH Monitoring"),
             "dwh-support@corvalis.example",
             "DWH load error VERTRIEB_STAT_MONAT 2025-01",
             """\
The monthly file VERTRIEB_STAT_202501.xml could not be loaded.

org.xml.sax.SAXParseException; lineNumber: 4412; columnNumber: 37;
The entity name must immediately follow the '&' in the entity reference.

Context lines 4410-4414:
  <zeile sparte="KV-ZUSATZ" kanal="MAKLER" region="NORD">
    <neugeschaeft stueck="412" beitrag="61288.40"/>
    <vermittler>Hollmann & Co. Assekuranzmakler GmbH</vermittler>
    <storno stueck="37" beitrag="5102.00"/>
  </zeile>

Please have the source system (VERTRIEB/400) escape the ampersand; the January
sales report is postponed until the file is delivered again.
""")


def m083():
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "premium collection error in health insurance: named policyholders in arrears (health contract itself is the sensitive fact)",
             sysaddr("kv-inkasso", "KV Beitragsinkasso"),
             "beitragskonto-kv@" + W,
             "Beitragseinzug KV 03/2025: 3 Verträge mit Rückstand > 2 Monatsbeiträge (Notlagentarif prüfen)",
             """\
Ergebnis Lauf KVINK_20250301

Die folgenden Verträge haben nach dem Einzug 03/2025 einen Beitragsrückstand
von mehr als zwei Monatsbeiträgen. Gemäß § 193 Abs. 6 VVG ist das Mahnverfahren
einzuleiten bzw. zu prüfen, ob das Ruhen der Leistungen (Notlagentarif) eintritt.

Vertrag          VN                       Monatsbeitrag   Rückstand    seit
KV 4465 2210     Dr. Matthias Gerdts      812,44 EUR      2.437,32     01/2025
KV 4470 0081     Swetlana Reimer          488,10 EUR      1.464,30     01/2025
KV 4468 5517     Uwe-Peter Klöpper        1.035,80 EUR    3.107,40     12/2024

Mahnstufe 2 wurde automatisch erzeugt. Bitte Vorgänge im Postkorb "KV-INK-
Rückstand" bearbeiten.
""", date="2025-03-01 07:05")


def m084():
    return M("CONFIDENTIAL", "de", "system-to-partner",
             "rejected SF transfer request to another insurer: name, birth date, plate, no-claims history",
             sysaddr("sf-auskunft", "Weserland SF-Auskunft"),
             "vwb@versicherer-hanse.example",
             "SF-Anfrage WVS-SF-2025-08812 - Rückfrage: Versicherungsnehmer nicht gefunden",
             """\
Sehr geehrte Damen und Herren,

Ihre Antwort auf unsere SF-Anfrage konnte nicht automatisch zugeordnet werden
(Rückmeldung "VN nicht bekannt"). Wir bitten um erneute Prüfung mit folgenden
Angaben:

  Unsere Anfrage       : WVS-SF-2025-08812 vom 10.02.2025
  Versicherungsnehmer  : Marvin Lüllmann, geb. 11.03.1999
  Anschrift (damals)   : Fedelhören 19, 28203 Bremen
  Ihr Vertrag (lt. Kd.): 55-K-1187722, beendet 31.01.2025
  Kennzeichen          : HB-ML 99
  Angegeben            : SF 4 KH / SF 2 VK, 1 Schaden 2023 (KH, Parkschaden)

Bitte antworten Sie über das GDV-Verfahren "Vorversicherer-Anfrage" oder
an diese Adresse.

Mit freundlichen Grüßen
Weserland Versicherung AG, Kfz-Betrieb
""")


def m085():
    return M("NORMAL", "en", "system-to-internal",
             "trap: batch summary with zero rejected records",
             sysaddr("batch-monitor", "Batch Monitor"),
             "it-betrieb-leitstand@" + W,
             "OK: REINS_BORDEREAU_Q4 export - 0 records rejected",
             """\
Job      : REINS_BORDEREAU_Q4 (quarterly)
Run      : 2025-03-03 02:00 - 02:14
Records  : read 41,228 / written 41,228 / rejected 0
Files    : bdx_life_2024Q4.csv.gpg, bdx_health_2024Q4.csv.gpg (encrypted for recipient key 0x7E21C0DA)
Transfer : sftp upload to reinsurer scheduled 06:00

No action required.
""")


def m086():
    return M("STRICTLY_CONFIDENTIAL", "en", "system-to-supplier",
             "life maturity payout error: policyholder name, tax ID, payout and withholding tax amounts",
             sysaddr("leben-auszahlung", "LEBEN Payout Monitor"),
             "life-support@corvalis.example",
             "[LEBEN/400] Payout blocked: withholding tax calculation failed for LV 8790 2218-0",
             """\
Payout run LVAUS_20250303 stopped for 1 contract.

Contract        : LV 8790 2218-0 (endowment, start 01.03.2000, maturity 01.03.2025)
Policyholder    : Heike Wendelken, tax ID 58 226 410 937
Maturity amount : EUR 48,812.40 (premiums paid EUR 36,000.00)
Taxable gain    : EUR 12,812.40 (half-income rule § 20 (1) No. 6 sentence 2 EStG: NOT applicable? age at maturity 59)
Error           : TAX-CALC-07 church tax flag missing from BZSt KiStAM response

Stack: de.weserland.leben.auszahlung.SteuerService.berechne(SteuerService.java:318)

Please fix the KiStAM mapping; the customer is waiting for the payout that
was due on 01.03.2025.
""")


def m087():
    return M("CONFIDENTIAL", "de", "system-to-internal",
             "sanctions-screening hit (false positive) with name, birth date, nationality and motor application",
             sysaddr("compliance-screening", "Sanktionslisten-Screening"),
             "compliance@" + W,
             "Screening-Treffer SCR-2025-0412 zur Prüfung (Score 87)",
             """\
Neuer Treffer im Sanktionslisten-Screening

Vorgang       : SCR-2025-0412
Quelle        : Antrag Kfz A-KF-2025-031177 (Vermittler 0471-3310)
Geprüft       : Andrej Sokolow, geb. 14.06.1981, Staatsangehörigkeit DE/RU,
                Bahnhofstr. 31, 27749 Delmenhorst
Treffer       : EU-Konsolidierte Liste, Eintrag "SOKOLOV, Andrei Viktorovich",
                geb. 1964, Moskau
Score         : 87 (Name phonetisch), Geburtsdatum abweichend

Bis zur Freigabe ist die Policierung gesperrt. Bitte innerhalb von 2
Arbeitstagen als "false positive" schließen oder eskalieren.
""")


def m088():
    return M("NORMAL", "de", "system-to-supplier",
             "trap: print-file error of the print shop with document-type counts only",
             sysaddr("oms-monitor", "Output-Management"),
             "produktion@druckhaus-am-deich.example",
             "Druckdatei WVS_20250304_02.afp abgelehnt - Ressource fehlt",
             """\
Guten Morgen,

Ihre Druckstraße hat die Datei WVS_20250304_02.afp mit folgender Meldung
abgelehnt: "Overlay O1WVSLG3 not found".

Inhalt der Datei (Anzahl Dokumente je Typ):
  KV Leistungsabrechnung           8.112
  PV Beitragsmitteilung            1.040
  Kfz Beitragsrechnung             2.877
  Sach Versicherungsschein           412

Das neue Logo-Overlay (O1WVSLG3) haben wir gestern über SFTP nach /res
geliefert. Bitte Ressourcenbibliothek aktualisieren und Datei erneut
einstellen. Postauflieferung muss heute 16:00 erfolgen.

OMS Überwachung / Weserland Output-Management
""")


def m089():
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "rejected hospital cost-coverage request with JSON: patient, admission diagnosis, ward",
             sysaddr("klinik-direkt", "Klinik-Direktabrechnung"),
             "leistung-stationaer@" + W,
             "KDA: Kostenübernahmeanfrage abgelehnt (Karte gesperrt) - bitte prüfen",
             """\
Die folgende Kostenübernahmeanfrage wurde automatisch abgelehnt, weil die
Klinikcard als gesperrt gemeldet ist. Bitte prüfen, ob die Sperre korrekt ist
(Versicherte ruft ggf. an).

{"anfrageId":"KUE-2025-0304-1188","eingang":"2025-03-04T09:12:44+01:00",
 "klinik":{"name":"DIAKO Ev. Diakonie-Krankenhaus","ik":"260400933"},
 "versichert":{"name":"Tjarks, Bettina","geburtsdatum":"1990-05-18","versNr":"KV 4472 8861-01","karte":"WVS-KC-0048812"},
 "aufnahme":{"datum":"2025-03-04","art":"Entbindung","aufnahmediagnose":"O80 Spontangeburt eines Einlings, 39+2 SSW"},
 "wahlleistungen":["Einbettzimmer","Chefarzt"],
 "ergebnis":"ABGELEHNT","grund":"KARTE_GESPERRT (Sperrgrund: Verlust, gemeldet 2025-02-11)"}

Hinweis: Nach Verlustmeldung wurde eine Ersatzkarte WVS-KC-0049301 versandt.
""")


def m090():
    rows = """\
record_id,policy_no,salutation,first_name,last_name,street,zip,city,result_code,result_text
WVS-0001,PH 7709 4418,Mr,Gunnar,Wittstock,Schüsselkorb 3,28195,Bremen,AV-13,street not found
WVS-0002,HR 5531 0082,Ms,Imke,Hoppe,Am Markt 1,27711,Osterholz-Scharmbeck,AV-21,house number missing in reference data
WVS-0003,RS 3387 2291,Mr,Arvid,Lohse,Poststraße 12b,27619,Schiffdorf,AV-30,postcode/city mismatch (27619 -> Schiffdorf-Spaden)
"""
    return M("CONFIDENTIAL", "en", "system-to-supplier",
             "address-validation rejects sent to the vendor: names, addresses and policy numbers in a CSV",
             sysaddr("adressvalidierung", "Address Validation Batch"),
             "support@postcheck-solutions.example",
             "Unexpected result codes in batch AV-20250305 (3 records)",
             """\
Hello PostCheck support,

our nightly batch AV-20250305 returned result codes that are not in the
interface description (v2.4): AV-13, AV-21, AV-30. Our importer therefore
rejected the records. The affected input records are attached - could you
tell us whether these codes are new and what they mean?

Thanks
Weserland IT - Integration Team
""", att=[csv_att("AV-20250305_rejects.csv", rows)])


def m091():
    return M("NORMAL", "en", "system-to-partner",
             "trap: reinsurer bordereau upload error with aggregated sums only",
             sysaddr("reins-transfer", "Weserland Reinsurance Interface"),
             "bordereaux@nordic-re.example",
             "Bordereau upload 2024Q4 - control totals mismatch",
             """\
Dear Nordic Re operations,

your SFTP server rejected our Q4/2024 bordereau upload with "CONTROL TOTAL MISMATCH".
Our control totals (header record) are:

  treaty        : WVS-QS-LIFE-2019 (quota share 40 %)
  policies      : 38,102
  sum at risk   : EUR 4,118,602,400
  ceded premium : EUR 6,402,118.77
  claims paid   : 61 / EUR 2,904,300.00

Your acknowledgement file reports 38,101 policies. Could it be that the
header row is counted as data? The file itself is encrypted (PGP) and was
not changed since the last quarter's format.

Regards
Weserland Reinsurance Accounting / Interface Team
""")


def m092():
    return M("CONFIDENTIAL", "de", "system-to-supplier",
             "credit-check interface error for a motor application: name, birth date, address, score",
             sysaddr("bonitaet-schnittstelle", "Bonitätsprüfung"),
             "support@infoscore-nord.example",
             "Schnittstellenfehler Bonitätsauskunft - Antwort nicht interpretierbar (Anfrage B-25-118230)",
             """\
Sehr geehrte Damen und Herren,

die Antwort auf folgende Anfrage konnte nicht verarbeitet werden:

  Anfrage-ID  : B-25-118230 vom 05.03.2025 10:42
  Produkt     : BonitätsCheck Kfz (Score + Negativmerkmale)
  Person      : Jasmin Oltrogge, geb. 24.01.1993
  Anschrift   : Kirchhuchtinger Landstr. 76, 28259 Bremen
  Antrag      : A-KF-2025-031402 (Zahlweise monatlich)

Antwort (Auszug):
  <score wert="412" klasse="E"/>
  <merkmal typ="IK" datum="2023-09-14">Inkassoverfahren erledigt</merkmal>
  <merkmal typ="XX"/>   <- unbekannter Merkmalstyp, Schema v3.1 kennt nur IK/HB/EV/IN

Bitte prüfen Sie, ob ein neuer Merkmalstyp eingeführt wurde.

Weserland Versicherung AG, IT Integration
""")


def m093():
    rows = [["Mahnlauf", "Vertrag", "Sparte", "VN", "Anschrift", "offen EUR", "Mahnstufe", "Fehler"],
            ["SMAHN_20250306", "PH 7711 0394", "PHV", "Kathrin Vosteen", "Rönnebecker Str. 8, 28777 Bremen", 68.40, 2, "Mahngebühr doppelt"],
            ["SMAHN_20250306", "HR 5520 4481", "HR", "Serkan Doğan", "Gröpelinger Heerstr. 177, 28237 Bremen", 211.09, 2, "Mahngebühr doppelt"],
            ["SMAHN_20250306", "TH 8102 0017", "Tierhalter", "Ulrike Gaede", "Achterdiek 12, 28359 Bremen", 94.20, 3, "Kündigungsandrohung ohne Stufe 2"],
            ["SMAHN_20250306", "GL 4410 2209", "Glas", "Volker Ostendorf", "Am Dobben 60, 28203 Bremen", 31.50, 1, "Mahngebühr doppelt"]]
    return M("CONFIDENTIAL", "de", "system-to-internal",
             "dunning run error list (ODS): names, addresses, non-personal-line contracts and arrears",
             sysaddr("sach-inkasso", "Sach Inkasso"),
             "beitragskonto-sach@" + W,
             "Mahnlauf SMAHN_20250306: 4 Fehler - Versand angehalten",
             """\
Der Versand der Mahnungen aus Lauf SMAHN_20250306 wurde für 4 Verträge
angehalten (Plausibilitätsprüfung). Liste anbei (ODS, LibreOffice).

Bitte korrigieren und im Inkasso-Cockpit freigeben.
""", att=[ods("SMAHN_20250306_fehler.ods", [("Fehler", rows)])])


def m094():
    return M("NORMAL", "en", "system-to-supplier",
             "CTI phone-system outage reported to the provider, no customer data",
             sysaddr("cti-monitor", "CTI Monitoring"),
             "support@cti-cloudservices.example",
             "P2: CTI connector Genesys <-> CRM down since 08:05 CET",
             """\
Hello,

since 08:05 CET inbound calls in our customer service are no longer matched
to the customer record in the CRM (screen pop stays empty). Telephony itself
works.

Connector log:
  2025-03-06 08:05:17 ERROR CtiBridge - WebSocket closed 1006 (abnormal closure)
  2025-03-06 08:05:18 WARN  CtiBridge - reconnect failed: certificate expired (CN=cti-bridge.hansa-rz.example)

The certificate apparently expired today. Please replace it; our reference is
INC0082011, priority 2.

Weserland IT Operations
""")


def m095():
    return M("STRICTLY_CONFIDENTIAL", "en", "system-to-supplier",
             "BU claims interface error: claimant, occupation, post-COVID diagnosis and doctor named",
             sysaddr("bu-claims-monitor", "BU Claims Monitor"),
             "bu-claims@corvalis.example",
             "[BU-CLAIMS][ERROR] medical questionnaire import failed for BU-2025-000512",
             """\
Import of the medical questionnaire (doctor's report, form BU-AB-3) failed.

Claim       : BU-2025-000512
Policy      : LV 8815 4412-1 (SBU, monthly benefit EUR 1,400)
Claimant    : Nadine Ehlers, born 1986-08-04, occupation: nurse (ICU)
Doctor      : Dr. med. Ute Garbade, internal medicine, Verden

Mapped fields before failure:
  diagnosis_1     = U09.9 post-COVID-19 condition
  diagnosis_2     = G93.3 chronic fatigue syndrome
  findings        = "6-minute walk test 310 m, PEM after minimal exertion, HR 128 standing"
  work_capacity   = "< 3 h/day in last occupation since 09/2024"

Error: field 'prognosis' exceeds 2000 characters (2,417); DB column BU_MED.PROGNOSE VARCHAR2(2000)

Please extend the column; the claims handler cannot continue the assessment.
""")


# ---------------------------------------------------------------- block F: BiPRO / GDV

def m096():
    gdv = """\
0001 9471 WESERLAND VERSICHERUNG AG     BREMEN             0471220800000120250306202503062025.01
0100 9471 KF33220917   000 1HERR      FRERICHS                      HAUKE                         DEICHSTRASSE 44               26954NORDENHAM                31071968DE
0200 9471 KF33220917051000120250101202601010000001 12 0471220800
0210 9471 KF33220917051000 HB-HF 412   WVWZZZ3CZME118204  VW PASSAT VARIANT 2.0 TDI         0110 SF12 SF08 00500 00150
9999 9471 000000004
"""
    return M("CONFIDENTIAL", "de", "system-to-broker",
             "GDV VU-Vermittler data file (.gdv) for a motor contract: name, address, birth date, plate, VIN",
             sysaddr("gdv-ausgang", "Weserland GDV-Datenaustausch"),
             '"Jörg Petersen" <info@petersen-makler.example>',
             "GDV-Bestandsdaten 06.03.2025 Vermittler 0471-2208 (Nachlieferung)",
             """\
Sehr geehrter Herr Petersen,

wie telefonisch besprochen erhalten Sie die Bestandsänderung vom 06.03.2025
als GDV-Datei (VU-Vermittler-Format Release 2025.01), da der Abruf über
BiPRO 430 bei Ihnen derzeit nicht funktioniert. Enthalten: 1 Vertrag
(Sätze 0100/0200/0210, Sparte 051 Kfz).

Einlesen in Ihr MVP über "GDV-Import" wie gewohnt.

Mit freundlichen Grüßen
Ihr Team GDV-Datenaustausch
""", att=[text_att("WVS_0471-2208_20250306.gdv", gdv, maintype="application", subtype="octet-stream", charset="iso-8859-1")])


def m097():
    gdv = """\
0001 9471 WESERLAND LEBENSVERSICHERUNG  BREMEN             0471331000000120250307202503072025.01
0100 9471 LV88154412-1 000 1FRAU      EHLERS                        NADINE                        AM HOHEN UFER 3               27283VERDEN                   04081986DE
0200 9471 LV88154412-1010000120190401205404010000001 12 0471331000
0220 9471 LV88154412-1010001 SBU  VITAL   LEISTUNGSFALL BU-2025-000512 ANERKANNT AB 20240901  BU-RENTE 00140000 BEITRAGSBEFREIUNG J
9999 9471 000000004
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-broker",
             "GDV life file (Sparte 010) with a named insured, birth date and recognised BU claim, only in attachment",
             sysaddr("gdv-ausgang", "Weserland GDV-Datenaustausch"),
             "postfach@hollmann-assekuranz.example",
             "GDV-Lieferung Leben 07.03.2025",
             """\
Sehr geehrte Damen und Herren,

anbei die tägliche GDV-Lieferung Leben (1 Änderung).

Ihr Team GDV-Datenaustausch
""", att=[text_att("WVS_LEBEN_0471-3310_20250307.gdv", gdv, maintype="application", subtype="octet-stream", charset="iso-8859-1")])


def m098():
    return M("NORMAL", "de", "system-to-supplier",
             "trap: BiPRO 430 getShipment test call result 'no shipments', technical only",
             '"Eilers, Lars" <lars.eilers@%s>' % W,
             "bipro@maklerdesk.example",
             "BiPRO 430.4 Test: listShipments liefert leere Liste - passt das?",
             """\
Hallo Herr Kamphues,

kurze Rückmeldung zu unserem Test heute Vormittag auf bipro-test:

  STS (410) issueToken mit Zertifikat CN=maklerdesk-client-test ... OK
  listShipments (430.4, Version 2.7.0) Kategorie 110000 ... OK, 0 Lieferungen
  getShipment mit ID aus Ihrem Log (TST-2025-000182) ... Fault "00960 Lieferung
  nicht vorhanden" - ist korrekt, die wurde gestern bereits quittiert.

Die leere Liste ist also erwartet. Wenn Sie neue Testlieferungen brauchen,
stoßen wir die Testdaten-Generierung (Mustermann-Bestand) nochmal an.

Gruß
Lars Eilers
Integration / BiPRO, Weserland Versicherung AG
""")


def m099():
    return M("NORMAL", "en", "system-to-supplier",
             "trap: release notice for BiPRO TAA services, no customer",
             sysaddr("bipro-support", "Weserland BiPRO Support"),
             "partners-tech@maklerdesk.example, tech@vergleichsportal-nord.example",
             "Release notice: BiPRO 420 TAA (KV-Zusatz) moves to Norm release 2.8 on 2025-04-01",
             """\
Dear technical partners,

on 2025-04-01 we will switch our TAA services (Norm 420, tariff calculation,
offer, application) for supplementary health tariffs from release 2.6 to 2.8.

What changes for you:
  - new optional health-question block (Gesundheitsfragen v2) with 4 instead of 6 questions
  - tariff ZAHN-KOMFORT-90 added, ZAHN-BASIS-60 closed for new business
  - endpoint: https://bipro.weserland-versicherung.example/taa/kv/2.8
  - release 2.6 stays available until 2025-06-30

Test environment available from today:
https://bipro-test.weserland-versicherung.example/taa/kv/2.8

Best regards
Weserland BiPRO Support
""")


def m100():
    return M("CONFIDENTIAL", "en", "system-to-supplier",
             "BiPRO shipment acknowledgement error listing customer names and household/liability policy numbers",
             sysaddr("bipro-gateway", "Weserland BiPRO Gateway"),
             "bipro@maklerdesk.example",
             "acknowledgeShipment failed for 3 shipments (partner 0471-3310)",
             """\
Hello MaklerDesk team,

your client (partner 0471-3310, Hollmann & Co.) fetched the following
shipments but the acknowledgeShipment call failed with fault 00451 "Wrong
shipment ID format". They will therefore be delivered again tomorrow,
which causes duplicates on the broker side.

 shipmentId        category  created             customer              policy
 WVS-S-2025-441208 120010    2025-03-07 04:02    Hoppe, Imke           HR 5531 0082
 WVS-S-2025-441209 120010    2025-03-07 04:02    Wittstock, Gunnar     PH 7709 4418
 WVS-S-2025-441215 110000    2025-03-07 04:03    Lohse, Arvid          RS 3387 2291

Request sent by your client (excerpt):
  <transfer:ID>WVS-S-2025-441208 </transfer:ID>   <- trailing blank

Please trim the ID. Thanks!
Weserland BiPRO Gateway
""")


def m101():
    xml = """\
<?xml version="1.0" encoding="UTF-8"?>
<taa:CreateOfferResponse xmlns:taa="urn:bipro:taa:2.6" xmlns:kv="urn:bipro:kranken:2.6" xmlns:nachrichten="urn:bipro:nachrichten:2.6">
 <taa:Response>
  <nachrichten:Status><nachrichten:ProzessID>WVS-TAA-2025-0087712</nachrichten:ProzessID><nachrichten:StatusID>NichtOK</nachrichten:StatusID>
   <nachrichten:Meldung><nachrichten:ArtID>Fehler</nachrichten:ArtID><nachrichten:MeldungID>00741</nachrichten:MeldungID>
   <nachrichten:Text>Gesundheitsfrage 3: Angabe "in Behandlung" erfordert Angabe Diagnose und Behandlungsende</nachrichten:Text></nachrichten:Meldung>
  </nachrichten:Status>
  <taa:Angebot>
   <kv:Partner><kv:Name>Timmermann</kv:Name><kv:Vorname>Kerstin</kv:Vorname><kv:Geburtsdatum>1975-12-19</kv:Geburtsdatum></kv:Partner>
   <kv:Tarif>ZAHN-KOMFORT-90</kv:Tarif><kv:Tarif>AMBULANT-PLUS</kv:Tarif>
   <kv:Gesundheitsfragen>
    <kv:Frage nr="1" antwort="ja">Fehlende Zähne: 2 (36, 46), nicht ersetzt</kv:Frage>
    <kv:Frage nr="2" antwort="ja">Parodontitisbehandlung 2023 abgeschlossen</kv:Frage>
    <kv:Frage nr="3" antwort="ja">derzeit in Behandlung: Psychotherapie (Verhaltenstherapie) seit 10/2024</kv:Frage>
    <kv:Frage nr="4" antwort="nein"/>
   </kv:Gesundheitsfragen>
  </taa:Angebot>
 </taa:Response>
</taa:CreateOfferResponse>
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
             "BiPRO TAA fault dump (XML attachment): applicant with birth date and answered health questions incl. psychotherapy",
             '"Eilers, Lars" <lars.eilers@%s>' % W,
             "bipro@vergleichsportal-nord.example",
             "AW: TAA createOffer Fehler 00741 - Beispiel",
             """\
Hallo Frau Reents,

anbei wie gewünscht die Response zu dem Vorgang, den Ihr Kunde-Support
gemeldet hat. Fehler 00741 ist fachlich korrekt: bei "in Behandlung" muss
Ihr Frontend das Pflichtfeld Behandlungsende mitschicken, das fehlt in Ihrem
Request. Die Norm sieht das seit 2.6 vor.

Gruß
Lars Eilers

> -----Ursprüngliche Nachricht-----
> Von: Tanja Reents <t.reents@vergleichsportal-nord.example>
> Gesendet: Freitag, 7. März 2025 10:02
> Betreff: TAA createOffer Fehler 00741
>
> Hallo Herr Eilers, bei uns laufen seit gestern viele Angebote Zahn+Ambulant
> mit 00741 auf. Können Sie uns ein Beispiel schicken? ProzessID
> WVS-TAA-2025-0087712. Danke, T. Reents
""", att=[text_att("WVS-TAA-2025-0087712_response.xml", xml, "xml", maintype="application")])


def m102():
    return M("NORMAL", "de", "system-to-broker",
             "trap: GDV delivery protocol with counts per record type and Sparte, no contract data",
             sysaddr("gdv-ausgang", "Weserland GDV-Datenaustausch"),
             "postfach@hollmann-assekuranz.example",
             "Protokoll GDV-Lieferung 10.03.2025",
             """\
Lieferprotokoll GDV-Datenaustausch
Vermittler: 0471-3310   Datei: WVS_0471-3310_20250310.gdv   Release 2025.01

Satzart   Sparte   Anzahl
0001      -        1
0100      -        212
0200      010      18
0200      020      41
0200      030      7
0200      040      55
0200      051      79
0200      140      12
0220/0210 div.     212
0400      -        0
9999      -        1

Summe Sätze: 637   Prüfsumme (Satz 9999): OK
Die Datei steht 30 Tage im Vermittlerportal zum Download bereit.
""")


def m103():
    gdv = """\
0001 9471 WESERLAND VERSICHERUNG AG     BREMEN             0471220800000120250310202503102025.01
0400 9471 PH77150389   040 0001PETERSEN-KUNDE TIEDEMANN BJOERN  202503010000008940000000894 012 0471220800 COURT 0000134
0400 9471 WG66410087   140 0001PETERSEN-KUNDE MEYERDIERKS HILKE 202501010000068490000068490 012 0471220800 COURT 0001027
0400 9471 HR55381724   130 0001PETERSEN-KUNDE LAMPE FRIEDA      202503010000015620000001562 012 0471220800 COURT 0000234
9999 9471 000000005
"""
    return M("CONFIDENTIAL", "de", "system-to-broker",
             "GDV collection records (Satzart 0400) for a broker: customer names, contracts, premiums and commission",
             sysaddr("gdv-ausgang", "Weserland GDV-Datenaustausch"),
             '"Jörg Petersen" <info@petersen-makler.example>',
             "GDV Inkasso/Courtage 03/2025 (Satzart 0400)",
             """\
Sehr geehrter Herr Petersen,

anbei die Inkasso- und Courtagedaten März 2025 im GDV-Format (Satzart 0400).
Beachten Sie bitte: der Vertrag WG 6641 0087 hatte eine Rücklastschrift; die
Courtage wird erst nach Zahlungseingang verdient.

Mit freundlichen Grüßen
Team GDV-Datenaustausch
""", att=[text_att("WVS_INK_0471-2208_202503.gdv", gdv, maintype="application", subtype="octet-stream", charset="iso-8859-1")])


def m104():
    payload = """\
<schaden:SchadenmeldungRequest xmlns:schaden="urn:bipro:schaden:2.4">
  <schaden:Vertrag>UV 5512 0048</schaden:Vertrag>
  <schaden:Ereignis>
    <schaden:Datum>2025-03-08</schaden:Datum>
    <schaden:Art>Sportunfall</schaden:Art>
    <schaden:Beschreibung>Versicherte Person (Sohn Mattis Cordes, 14 J.) beim Handballtraining umgeknickt, Kreuzbandriss rechts lt. MRT vom 10.03., OP geplant 18.03. Kinderkrankenhaus Links der Weser</schaden:Beschreibung>
    <schaden:Personenschaden>true</schaden:Personenschaden>
  </schaden:Ereignis>
  <schaden:Melder><schaden:Name>Anja Cordes</schaden:Name><schaden:Rolle>VN / Mutter</schaden:Rolle></schaden:Melder>
</schaden:SchadenmeldungRequest>"""
    return M("STRICTLY_CONFIDENTIAL", "en", "system-to-supplier",
             "BiPRO claim notification error with payload: child's sports accident, cruciate ligament tear, surgery",
             sysaddr("bipro-gateway", "Weserland BiPRO Gateway"),
             "bipro@maklerdesk.example",
             "BiPRO claims service: request rejected (00204 Sparte not supported via this operation)",
             """\
Your client (partner 0471-2208) sent a claim notification for an accident
policy via the property claims operation. Accident claims must be sent with
operation "SchadenmeldungUnfall" (separate schema because of health data).

Fault   : 00204 Sparte 030 not supported by operation SchadenmeldungSach
Time    : 2025-03-11 08:31:55
Request :
""" + payload + """

The request was not stored. Please ask the broker to send it again with the
correct operation or via the broker portal.
""")


def m105():
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: notice of a GDV release change and new Sparte codes, no data",
             sysaddr("gdv-ausgang", "Weserland GDV-Datenaustausch"),
             "gdv-verteiler-makler@" + W,
             "Umstellung GDV VU-Vermittler-Release 2025.01 ab 01.04.2025",
             """\
Sehr geehrte Damen und Herren,

ab der Lieferung vom 01.04.2025 stellen wir die Bestandsdaten im GDV-Format
ausschließlich in Release 2025.01 bereit. Die Lieferung im alten Release
2023.07 endet am 31.03.2025.

Wesentliche Änderungen, die für Sie relevant sind:
 * Satzart 0220.030 Unfall: neue Felder für Progression und Gliedertaxe-Variante
 * Satzart 0220.020 Kranken: Tarifkennzeichen 12-stellig
 * Satzart 0210.051 Kfz: E-Fahrzeuge mit Akku-Kennzeichen
 * Satzart 0352 (Dokumente) mit BiPRO-Kategorie

Bitte prüfen Sie mit Ihrem MVP-Anbieter, ob Ihre Software Release 2025.01
verarbeiten kann. Testdateien mit fiktiven Beständen erhalten Sie auf Anfrage.

Mit freundlichen Grüßen
Team GDV-Datenaustausch, Weserland Versicherung AG
""", headers=[("Precedence", "list")])


def m106():
    return M("CONFIDENTIAL", "de", "system-to-broker",
             "broker claims information for a building water damage: customer name, contract, claim, reserve",
             sysaddr("schaden-info-makler", "Weserland Schadeninformation"),
             "postfach@hollmann-assekuranz.example",
             "Schadeninformation 25-LW-0003590 - Ihr Kunde Behrens",
             """\
Sehr geehrte Damen und Herren,

zu einem Vertrag aus Ihrem Bestand wurde ein Schaden gemeldet:

  Kunde          : Tanja Behrens, Osterholzer Landstr. 51, 28325 Bremen
  Vertrag        : WG 6644 2180 (Wohngebäude, Leitungswasser)
  Schaden        : 25-LW-0003590 vom 09.03.2025
  Hergang        : Rohrbruch Zuleitung Bad OG, Durchfeuchtung Decke EG
  Reserve        : 9.800 EUR
  Sachverständiger: Büro Dammann, Termin 14.03.2025
  Status         : in Regulierung, Trocknungsfirma beauftragt

Diese Information wird auch als GDV-Satzart 0500 / BiPRO 430 (Kategorie 140000)
bereitgestellt.

Ihr Schadenservice
""")


def m107():
    return M("NORMAL", "en", "insurer-to-supplier",
             "trap: BiPRO STS configuration details for the software vendor, no customer data",
             '"Eilers, Lars" <lars.eilers@%s>' % W,
             "bipro@maklerdesk.example",
             "STS config for production switch (UsernameToken -> X.509)",
             """\
Hi Jonas,

as agreed, here the settings for switching your production clients from
UsernameToken to X.509 on 2025-04-01:

  STS endpoint   : https://bipro.weserland-versicherung.example/sts/410/2.6
  Token type     : SAML 2.0 bearer, lifetime 3600 s
  Client cert    : issued by "WVS Partner CA 01", one per partner firm
  Key usage      : digitalSignature, clientAuth
  CSR            : RSA 3072 or EC P-256, CN = Vermittlernummer

The CSR workflow is in the broker portal under Admin > Certificates; the firm
administrator must approve. Old UsernameToken credentials stop working on
2025-06-30.

Regards
Lars
""")


def m108():
    rows = [["Vertrag", "Tarif", "Versicherte Person", "Geb.-Datum", "Beginn", "Monatsbeitrag", "Risikozuschlag", "Leistungsausschluss"],
            ["KV 4473 6610-01", "AKTIV Plus 300", "Rüdiger Poppe", "12.08.1971", "01.01.2025", 689.34, "12 % (Hypertonie)", ""],
            ["KV 4473 6610-02", "AKTIV Plus 300", "Carola Poppe", "30.01.1974", "01.01.2025", 701.18, "", "Kniegelenk links"],
            ["KV 4473 6610-03", "AKTIV Kids", "Emil Poppe", "17.05.2011", "01.01.2025", 188.90, "", ""],
            ["KT 2233 0091", "KT 43", "Rüdiger Poppe", "12.08.1971", "01.01.2025", 64.10, "", ""]]
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-broker",
             "health-insurance portfolio extract (XLSX) for a broker: insured family with birth dates, surcharge for hypertension, exclusion",
             sysaddr("vermittlerpost", "Weserland Vermittlerpost"),
             "post@finanzkontor-brandt.example",
             "Bestandsauszug KV - Ihre Anforderung vom 10.03.2025",
             """\
Sehr geehrte Damen und Herren,

anbei der angeforderte Bestandsauszug Kranken für Ihren Kunden (Familie).
Für die Übertragung gilt die Courtagezusage vom 01.12.2024.

Vertriebsservice Makler
""", att=[xlsx("Bestandsauszug_KV_4473_6610.xlsx", [("KV", rows)])])


def m109():
    return M("CONFIDENTIAL", "en", "system-to-supplier",
             "GDV mapping error for a foreign address: customer name, birth date, Dutch address, motor contract",
             sysaddr("gdv-eingang", "Weserland GDV Inbound"),
             "gdv-support@maklerdesk.example",
             "GDV inbound 0100: country code not mapped (partner 0471-2208)",
             """\
Hello,

the application data sent by your software for broker 0471-2208 contains a
0100 record we cannot map:

  0100 9471 A-KF-2025-032118 000 1FRAU VAN DER MEER  ELINE  ZEESTRAAT 14  9711AB GRONINGEN  05091992NLD

Problems:
  - country code "NLD" (ISO alpha-3) - the GDV format expects alpha-2 ("NL")
  - postcode field 6 characters, GDV field is 6 (OK) but with letters -> our
    address check rejects it

Person: Eline van der Meer, born 05.09.1992; motor application A-KF-2025-032118
(cross-border commuter, vehicle registered in Leer).

Could you send alpha-2 codes in the next release?

Weserland GDV Inbound
""")


def m110():
    gdv = """\
0001 9471 WESERLAND TESTMANDANT 0900    BREMEN             0999999900000120250312202503122025.01
0100 9471 TEST0000001  000 1HERR      MUSTERMANN                    MAX                           MUSTERSTRASSE 1               12345MUSTERSTADT              01011970DE
0200 9471 TEST0000001  020000120250101209912310000001 12 0999999900
0220 9471 TEST0000001  020001 TESTTARIF KV-VOLL 000 TESTFALL 07 RISIKOZUSCHLAG FIKTIV
0100 9471 TEST0000002  000 2FRAU      MUSTERMANN                    ERIKA                         HEIDESTRASSE 17               51147KOELN                    12081964DE
0200 9471 TEST0000002  030000120250101209912310000001 12 0999999900
9999 9471 000000007
"""
    return M("NORMAL", "de", "system-to-supplier",
             "trap: GDV test file with fictitious Mustermann persons in test client 0900, health and accident Sparten",
             '"Eilers, Lars" <lars.eilers@%s>' % W,
             "gdv-support@maklerdesk.example",
             "Testdatei GDV 2025.01 mit fiktiven Beständen (Mandant 0900)",
             """\
Hallo Herr Kamphues,

wie angefragt eine kleine Testdatei im Release 2025.01 mit ausschließlich
fiktiven Testpersonen aus unserem Testmandanten 0900 (Max und Erika
Mustermann, Kranken- und Unfallsparte). Geburtsdaten und Anschriften sind
Musterwerte, Vermittlernummer 0999-9999 existiert nicht.

Bitte keine produktiven Bestände für Tests verwenden.

Gruß
Lars Eilers
""", att=[text_att("TEST_WVS_0900_20250312.gdv", gdv, maintype="application", subtype="octet-stream", charset="iso-8859-1")])


def m111():
    return M("STRICTLY_CONFIDENTIAL", "en", "system-to-supplier",
             "BiPRO document list for a named life applicant names a medical questionnaire and an ECG result",
             sysaddr("bipro-gateway", "Weserland BiPRO Gateway"),
             "bipro@maklerdesk.example",
             "Shipment WVS-S-2025-442870: 2 documents could not be rendered (category 120020)",
             """\
Hello MaklerDesk team,

shipment WVS-S-2025-442870 for partner 0471-3310 contains 4 documents, 2 of
them failed PDF/A conversion and were delivered as placeholder pages:

 # document type (BiPRO)         title                                                      status
 1 Antrag (001)                  Antrag A-LV-2025-01077 Risiko-LV, Sandra Meiners          OK
 2 Nachforderung (012)           Anforderung Ärztlicher Fragebogen Schilddrüse            OK
 3 Arztbericht (018)             Befundbericht Dr. Wolters, Endokrinologie (TSH, Sono)     PLACEHOLDER
 4 Zusatzuntersuchung (019)      Ruhe-EKG 12.03.2025 - Sinusrhythmus, unauffällig          PLACEHOLDER

Please note that documents 3 and 4 contain medical data; the broker may only
see them if the applicant's consent (SEB option "Weitergabe an Vermittler")
is on file - this is the case here (checked 2025-03-12).

The originals will be delivered again with the next shipment after the fix.
""")


def m112():
    rows = """\
Vertrag;Sparte;VN;PLZ;Ort;Jahresbeitrag;Hauptfälligkeit;Bisheriger Vermittler;Neuer Vermittler;Wirksam ab
KF 3309 4410;Kfz;Arne Gerkens;28205;Bremen;798,15;01.03.;0471-0012 (Agentur Runge);0471-2208;01.04.2025
PH 7702 1184;PHV;Thorsten Kück;28199;Bremen;71,40;01.07.;0471-0012 (Agentur Runge);0471-2208;01.04.2025
HR 5527 3391;HR;Jannik Rosenbrock;28209;Bremen;143,20;01.01.;0471-0012 (Agentur Runge);0471-2208;01.04.2025
RS 3391 0044;RS;Björn Tiedemann;28879;Grasberg;312,00;01.10.;0471-0012 (Agentur Runge);0471-2208;01.04.2025
"""
    return M("CONFIDENTIAL", "de", "system-to-broker",
             "portfolio transfer list to the new broker: customer names, places, non-personal-line contracts and premiums",
             sysaddr("vertriebsservice-ticket", "Weserland Vertriebsservice"),
             '"Jörg Petersen" <info@petersen-makler.example>',
             "Bestandsübertragung VS-2025-01302: 4 Verträge ab 01.04.2025",
             """\
Sehr geehrter Herr Petersen,

aufgrund der vorliegenden Maklervollmachten übertragen wir die folgenden
Verträge zum 01.04.2025 in Ihren Bestand (Liste als CSV anbei). Die Kunden
wurden über den Betreuerwechsel informiert.

Die Bestandsdaten erhalten Sie mit der nächsten GDV-Lieferung bzw. über
BiPRO 430.

Mit freundlichen Grüßen
Vertriebsservice Makler

[VS-2025-01302]
""", att=[csv_att("Bestandsuebertragung_VS-2025-01302.csv", rows, charset="cp1252")])


def m113():
    return M("NORMAL", "de", "internal",
             "trap: GDV record-layout documentation for field mapping (Geburtsdatum, Diagnoseschlüssel as field names only)",
             '"Eilers, Lars" <lars.eilers@%s>' % W,
             "team-integration@" + W,
             "Mapping GDV 0220.030 Unfall -> UV-Bestand (Entwurf zum Review)",
             """\
Moin zusammen,

anbei der Entwurf fürs Mapping der neuen Unfall-Felder (Release 2025.01),
bitte bis Mittwoch reviewen:

GDV 0220.030 Feld           Pos.   Länge  Ziel UV-Bestand            Bemerkung
Geburtsdatum VP             62     8      UV_PERSON.GEB_DAT          TTMMJJJJ
Progressionsstaffel         151    3      UV_DECKUNG.PROG_STAFFEL    neu, 225/350/500
Gliedertaxe-Variante        154    1      UV_DECKUNG.GT_VARIANTE     neu, A/B/P(lus)
Invaliditäts-GS             155    14     UV_DECKUNG.INV_SUMME       2 NK
Krankenhaustagegeld         169    12     UV_DECKUNG.KHT             2 NK
Vorinvalidität-Kz           181    1      UV_LF.VORINV_KZ            nur Leistungsfall, nicht Bestand!

Offene Frage: Sollen wir Vorinvalidität überhaupt an Makler liefern? Das ist
eine Gesundheitsangabe - ich würde das Feld leer lassen. @Henrik (DSB) bitte
Meinung.

Gruß Lars
""")


def m114():
    rows = """\
vertrag;tarif;vp_name;vp_vorname;vp_geb;rolle;inv_summe;progression;kht;offene_leistungsfaelle;letzte_leistung
UV 5512 0048;KIDS-UNFALL;Cordes;Mattis;2010-09-22;Kind;150000;500;20;1 (UL-2025-00412 Kreuzbandruptur re.);
UV 5512 0048;KIDS-UNFALL;Cordes;Lotta;2013-04-02;Kind;150000;500;20;0;2023 Unterarmfraktur li. 1.800 EUR
UV 5509 3318;UNFALL-PLUS;Stührmann;Melanie;1978-02-02;VP;120000;350;30;1 (UL-2025-00388 Radiusfraktur);
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-broker",
             "accident portfolio export for a broker: children with birth dates, open claims with injuries (CSV attachment only)",
             sysaddr("bestandsexport", "Weserland Bestandsexport"),
             '"Jörg Petersen" <info@petersen-makler.example>',
             "Ihr Export Unfallbestand (Auftrag EXP-M-2025-0211)",
             """\
Guten Tag,

der von Ihnen im Vermittlerportal angeforderte Export steht als Anhang bereit.

Auftrag : EXP-M-2025-0211
Umfang  : Sparte Unfall, alle Verträge mit Status aktiv
Format  : CSV (UTF-8, Semikolon)

Bitte beachten Sie Ihre Pflichten aus der Datenschutzvereinbarung für
Vermittler.

Ihr Vertriebsservice Makler
""", att=[csv_att("EXP-M-2025-0211_unfall.csv", rows)])


def m115():
    return M("CONFIDENTIAL", "mixed", "system-to-supplier",
             "BiPRO fault forwarded with an application for a named customer (motor), German error texts in English mail",
             '"Eilers, Lars" <lars.eilers@%s>' % W,
             "partners-tech@maklerdesk.example",
             "FW: BiPRO Fehler 00103 \"Vermittlernummer unbekannt\" - Antrag Kfz Dreyer",
             """\
Hi Jonas,

FYI - the broker sent this to our Vertriebsservice. Root cause on your side I
think: the client sends the sub-broker number (Untervermittler) instead of the
main number. Please check mapping field "Vermittler.ID".

Lars

-------- Weitergeleitete Nachricht --------
Betreff: BiPRO Fehler 00103
Datum:   Thu, 13 Mar 2025 09:48:12 +0100
Von:     Vertriebsservice Makler <vertriebsservice@weserland-versicherung.example>

Fehlermeldung aus dem TAA-Service (Norm 420, Kfz):
  ProzessID : WVS-TAA-2025-0091877
  Meldung   : 00103 Vermittlernummer 0471-2208-03 unbekannt oder nicht berechtigt
  Antrag    : Marco Dreyer, geb. 02.11.1988, Vegesacker Heerstr. 115, 28757 Bremen
              Fahrzeug Ford Kuga, Wunschkennzeichen HB-MD 211, SF-Übernahme SF 9
  Vermittler: Versicherungsmakler Jörg Petersen e.K.

Der Antrag wurde nicht angenommen. Bitte korrigieren und erneut senden.
""")


# ---------------------------------------------------------------- block G: exports, test data, report distributions

def m116():
    rows = [["Sparte", "Verdiente Beiträge TEUR", "Schadenaufwand TEUR", "Schadenquote %", "Vorjahr %", "Stück Schäden"],
            ["Kfz-Haftpflicht", 18412, 15860, 86.1, 91.4, 4118],
            ["Kfz-Kasko", 11207, 9930, 88.6, 97.2, 6230],
            ["Wohngebäude", 9114, 7302, 80.1, 68.5, 1933],
            ["Hausrat", 4420, 1911, 43.2, 45.0, 1207],
            ["Privathaftpflicht", 3890, 1702, 43.8, 47.1, 1466],
            ["Unfall", 2985, 1044, 35.0, 33.9, 388],
            ["KV Voll (Leistungsquote)", 41220, 30011, 72.8, 71.5, 152330],
            ["Gesamt", 91248, 67760, 74.3, 76.0, 167672]]
    return M("NORMAL", "de", "system-to-internal",
             "trap: monthly loss-ratio report by line incl. health and accident, aggregates only",
             sysaddr("reporting", "Weserland Reporting"),
             "verteiler-vorstand-controlling@" + W,
             "Monatsbericht Schadenquoten Februar 2025",
             """\
Guten Morgen,

anbei der automatisch erzeugte Monatsbericht Schadenquoten (Stand
Monatsabschluss Februar 2025, kumuliert seit Jahresbeginn).

Auffällig: Wohngebäude +11,6 Pp ggü. Vorjahr (Frostschäden KW 2/3).

Reporting-Plattform Weserland (automatisch)
""", att=[xlsx("Schadenquoten_2025-02.xlsx", [("Feb 2025 kumuliert", rows)])])


def m117():
    rows = [["LF-Nr.", "Vers.-Nr.", "Versicherte Person", "Eingang", "Tage offen", "Leistungsart", "Betrag EUR", "Status", "Sachbearbeitung"],
            ["LF-2025-006102", "KV 4466 3381-01", "Lindemann, Gisela", "27.01.2025", 41, "Reha stationär (Anschlussheilbehandlung Hüft-TEP)", 8420.00, "Arztanfrage offen", "Brinkmann"],
            ["LF-2025-006377", "KV 4471 0212-03", "Ramdani, Yasmin", "29.01.2025", 39, "Kieferorthopädie (KIG 4)", 3715.40, "Gutachten Zahn beauftragt", "Tekin"],
            ["LF-2025-006810", "KV 4469 5520-01", "Fürst, Wolfgang", "31.01.2025", 37, "Psychotherapie Langzeit (Antrag 60 Std.)", 6012.00, "Therapeutenbericht fehlt", "Brinkmann"],
            ["LF-2025-007004", "KV 4472 2201-02", "Schuster, Mia", "03.02.2025", 34, "Kinderwunschbehandlung ICSI 2. Zyklus", 5288.50, "Kostenzusage in Prüfung", "Rohlfs"],
            ["LF-2025-007291", "KV 4470 7791-01", "Albrecht, Peter", "04.02.2025", 33, "Hilfsmittel: Elektrorollstuhl", 11990.00, "MD-Stellungnahme angefordert", "Tekin"]]
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "report distribution: open health benefit cases > 30 days with names and treatments (XLSX only)",
             sysaddr("reporting", "Weserland Reporting"),
             "teamleitung-kv-leistung@" + W,
             "Report KV-LEI-031: Offene Leistungsfälle > 30 Tage (Stand 10.03.2025)",
             """\
Automatisch erzeugter Report - Verteiler "Teamleitungen KV-Leistung".

Report   : KV-LEI-031 Offene Leistungsfälle > 30 Tage
Stand    : 10.03.2025 06:00
Anzahl   : 5 (Vorwoche 9)

Details siehe Anlage. Dieser Bericht enthält personenbezogene Gesundheitsdaten
und darf nicht weitergeleitet werden.
""", att=[xlsx("KV-LEI-031_2025-03-10.xlsx", [("offen", rows)])])


def m118():
    return M("CONFIDENTIAL", "de", "system-to-internal",
             "motor cancellation report with names, contracts, plates and reasons (windows-1252 text)",
             sysaddr("reporting", "Weserland Reporting"),
             "kfz-bestand-teamleitung@" + W,
             "Report KFZ-STO-07: Kündigungen Kfz KW 10 mit Kündigungsgrund",
             """\
Report KFZ-STO-07 - Kündigungen Kfz in KW 10/2025 (Auszug Top-Gründe, Beitrag > 800 EUR)

Vertrag       VN                     Kennz.       Beitrag   Kündigung zum  Grund
KF 3309 4410  Arne Gerkens           HB-AG 1976   798,15    01.03.2025     Beitragserhöhung (Beschwerde BES-2025-00412)
KF 3301 2277  Dr. Sabine Thölken     OHZ-ST 44    1.214,60  01.04.2025     Wechsel zu Direktversicherer
KF 3316 9012  Malte Brüggemann       VER-MB 700   902,30    01.03.2025     Fahrzeugverkauf, kein Ersatz
KF 3312 0188  Hatice Öztürk          HB-HO 318    1.048,90  01.04.2025     Sonderkündigung nach Schaden 24-KK-0191227
KF 3318 4460  Jürgen Ruschmeyer      DEL-JR 12    856,00    01.03.2025     Wechsel zu Makler (Fremdbestand)

Summe Kündigungen KW 10: 214 (Vorjahr 187), davon Beitragserhöhung 41 %.

-- Reporting-Plattform (automatisch)
""", charset="windows-1252")


def m119():
    html = """\
<html><body style="font-family:Calibri,Arial;font-size:13px">
<h2 style="color:#0b3d6e">Weekly Operations KPIs &ndash; week 10/2025</h2>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#0b3d6e;color:#fff"><th>KPI</th><th>Target</th><th>Week 10</th><th>Week 9</th><th>Trend</th></tr>
<tr><td>Health claims auto-adjudication rate</td><td>&ge; 75 %</td><td>78.2 %</td><td>76.9 %</td><td>&#9650;</td></tr>
<tr><td>Health claims paid within 5 days</td><td>&ge; 90 %</td><td>91.4 %</td><td>88.0 %</td><td>&#9650;</td></tr>
<tr><td>BU claims decided within 6 months</td><td>&ge; 80 %</td><td>73.5 %</td><td>74.1 %</td><td>&#9660;</td></tr>
<tr><td>Motor FNOL to first contact (h)</td><td>&le; 24</td><td>19.6</td><td>22.3</td><td>&#9650;</td></tr>
<tr><td>Portal uptime</td><td>99.5 %</td><td>99.92 %</td><td>98.71 %</td><td>&#9650;</td></tr>
<tr><td>Complaints received</td><td>&ndash;</td><td>96</td><td>121</td><td>&#9650;</td></tr>
</table>
<p>Comment: BU backlog caused by missing medical reports (avg. 38 days waiting for doctors).</p>
</body></html>
"""
    text = """\
Weekly Operations KPIs - week 10/2025

KPI                                   Target   W10      W9
Health claims auto-adjudication rate  >=75 %   78.2 %   76.9 %
Health claims paid within 5 days      >=90 %   91.4 %   88.0 %
BU claims decided within 6 months     >=80 %   73.5 %   74.1 %
Motor FNOL to first contact (h)       <=24     19.6     22.3
Portal uptime                         99.5 %   99.92 %  98.71 %
Complaints received                   -        96       121

Comment: BU backlog caused by missing medical reports (avg. 38 days waiting for doctors).
"""
    return M("NORMAL", "en", "system-to-internal",
             "trap: weekly KPI dashboard about health and BU claims, aggregate rates only",
             sysaddr("reporting", "Weserland Reporting"),
             "ops-management@" + W + ", kpi@corvalis.example",
             "Weekly Operations KPIs - week 10/2025",
             text, html=html)


def m120():
    rows = [["Claim no.", "Policy", "Insured", "Date of birth", "Date of death", "Cause of death", "Sum at risk EUR", "Retention EUR", "Ceded EUR"],
            ["LT-2025-0017", "LV 8803 1177-2", "Hermann Rosenthal", "1944-01-25", "2025-02-02", "Lung cancer (C34.1) with metastases", 180000, 72000, 108000],
            ["LT-2025-0021", "LV 8812 7730-1", "Dennis Bruns", "1979-06-30", "2025-02-11", "Suicide (X70) - 3-year exclusion period expired 2022", 400000, 160000, 240000],
            ["LT-2025-0024", "LV 8790 5541-0", "Hannelore Specht", "1951-10-13", "2025-02-19", "Acute myocardial infarction (I21.0)", 95000, 38000, 57000]]
    return M("STRICTLY_CONFIDENTIAL", "en", "system-to-partner",
             "reinsurer large-claims list with names, birth dates and causes of death incl. suicide (XLSX only)",
             sysaddr("reins-transfer", "Weserland Reinsurance Interface"),
             "claims-life@nordic-re.example",
             "Large claims notification life Feb 2025 (treaty WVS-QS-LIFE-2019)",
             """\
Dear colleagues,

please find attached the large claims notification for February 2025
(claims with ceded amount above EUR 50,000) under treaty WVS-QS-LIFE-2019.

Cash call for the ceded share will follow with the quarterly account.

Weserland Lebensversicherung AG
Reinsurance Accounting
""", att=[xlsx("LargeClaims_Life_2025-02.xlsx", [("claims", rows)])])


def m121():
    rows = """\
treaty,uw_year,age_band,sex,smoker,policies,sum_at_risk_eur,claims_count,claims_eur
WVS-QS-LIFE-2019,2019-2021,18-34,all,all,9120,1204500000,3,610000
WVS-QS-LIFE-2019,2019-2021,35-49,all,all,14388,2218100000,14,2950000
WVS-QS-LIFE-2019,2019-2021,50-64,all,all,11204,1411600000,31,4380000
WVS-QS-LIFE-2019,2019-2021,65+,all,all,3390,284400000,22,1840000
WVS-QS-LIFE-2019,2022-2024,18-49,all,all,8802,1377400000,<5,*
WVS-QS-LIFE-2019,2022-2024,50+,all,all,2611,302100000,9,1110000
"""
    return M("NORMAL", "en", "system-to-partner",
             "trap: anonymised experience study for the reinsurer, age bands, small cells suppressed",
             sysaddr("reins-transfer", "Weserland Reinsurance Interface"),
             "pricing@nordic-re.example",
             "Experience data term life 2019-2024 (aggregated)",
             """\
Dear Ms Lindqvist,

as requested for the renewal discussion, the aggregated experience data of
the term-life portfolio. Cells with fewer than 5 claims are suppressed (*)
in line with our anonymisation standard AS-03; no policy-level data.

Kind regards
Weserland Reinsurance Accounting
""", att=[csv_att("experience_termlife_2019_2024.csv", rows)])


def m122():
    rows = [["Stichprobe", "Schaden-Nr.", "Vertrag", "VN / Anspruchsteller", "Schadentag", "Art", "Zahlung EUR", "Reserve EUR", "Beleg ELBA"],
            [1, "24-KH-0188210", "KF 3305 1194", "Enno Harjes / Stadt Bremen (Laterne)", "14.08.2024", "KH Sachschaden", 2310.00, 0, "ELBA-76901182"],
            [2, "24-KK-0190077", "KF 3311 0423", "Larissa Poppinga", "22.09.2024", "Vollkasko Wildschaden", 4802.55, 0, "ELBA-76955010"],
            [3, "24-TK-0031990", "KF 3317 2214", "Sven Depken", "03.11.2024", "Teilkasko Glas", 880.40, 0, "ELBA-77011921"],
            [4, "24-KH-0201144", "KF 3302 9981", "Ilona Schwiers / Anspr. Firma Kühne Logistik", "30.12.2024", "KH Sachschaden, keine Verletzten", 0, 12500.00, "ELBA-77088123"]]
    return M("CONFIDENTIAL", "de", "insurer-to-partner",
             "audit sample of motor claims to the auditor: names, contracts, amounts (XLSX), no injuries",
             '"Kruse, Tobias" <tobias.kruse@%s>' % W,
             "pruefungsteam-wvs@brenner-wpg.example",
             "JAP 2024: Stichprobe Kfz-Schäden (Ihre Anforderung PBC-114)",
             """\
Sehr geehrte Frau Dr. Lüdtke,

zu Ihrer Anforderung PBC-114 (Stichprobe Kfz-Schadenzahlungen und -reserven
zum 31.12.2024) übersende ich den Export aus dem Schadensystem. Die Belege
stellen wir Ihnen wie vereinbart im Datenraum bereit.

Mit freundlichen Grüßen
Tobias Kruse
Reporting / Prüfungsbegleitung
""", att=[xlsx("PBC-114_Stichprobe_Kfz.xlsx", [("Stichprobe", rows)])])


def m123():
    rows = """\
testperson_id;anrede;vorname;nachname;geburtsdatum;strasse;plz;ort;iban;vertrag;sparte;diagnose_testfall
TP-0001;Herr;Max;Mustermann;1970-01-01;Musterstraße 1;12345;Musterstadt;DE89370400440532013000;KV-TEST-0001;KV;M54.5 (Testfall Rückenschmerz)
TP-0002;Frau;Erika;Mustermann;1964-08-12;Heidestraße 17;51147;Köln;DE02120300000000202051;KV-TEST-0002;KV;J06.9 (Testfall Infekt)
TP-0003;Divers;Alex;Testkunde;2000-02-29;Teststraße 99;99999;Testhausen;DE02100100100006820101;UV-TEST-0003;UV;S82.6 (Testfall Fraktur)
"""
    return M("NORMAL", "de", "internal",
             "trap: synthetic test persons (Mustermann/Testkunde) with published example IBANs and test diagnoses",
             '"Testdatenmanagement" <testdaten@%s>' % W,
             "qa-team-kv@" + W,
             "Neue synthetische Testpersonen für Regressionstest KV/UV (TDM-Lauf 2025-03-11)",
             """\
Hallo QA-Team,

der Testdatengenerator hat die Standardpersonen für den Regressionstest neu
erzeugt (Mandant 0900, kv-test/uv-test). Alle Daten sind synthetisch, die
IBANs sind die öffentlich dokumentierten Beispiel-IBANs der Banken.

Bitte ausschließlich diese Personen verwenden und keine Produktionsfälle
nachstellen.

Testdatenmanagement
""", att=[csv_att("tdm_personen_2025-03-11.csv", rows)])


def m124():
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "DSB stops a so-called test data set that is a production copy; quoted sample rows with names and diagnoses",
             '"Dr. Henrik Vosskamp" <henrik.vosskamp@%s>' % W,
             "projekt-kvneo@" + W,
             "STOPP: \"Testdaten\" KVNEO-UAT sind Produktionsdaten",
             """\
Hallo zusammen,

bitte ab sofort keine weiteren Tests in kvneo-uat mit dem Datensatz
"uat_kv_2025q1" - das sind keine synthetischen Testdaten, sondern eine
unmaskierte Kopie aus der Produktion (Stand 28.02.). Beispiel aus der
Tabelle LEISTUNG_BELEG, die mir heute geschickt wurde:

  KV 4466 3381-01 | Lindemann, Gisela | 1950-06-02 | Z96.64 Hüft-TEP | Reha-Klinik Bad Bevensen
  KV 4469 5520-01 | Fürst, Wolfgang  | 1967-10-27 | F33.2 rez. depr. Störung | Psychotherapie 60 Std.
  KV 4472 2201-02 | Schuster, Mia    | 1988-04-14 | N97.0 Sterilität | ICSI

Das UAT-System hat weder das Berechtigungskonzept der Produktion noch die
Protokollierung, und die Offshore-Tester bei Corvalis haben Zugriff. Ich
muss das als möglichen Datenschutzvorfall bewerten (Art. 33 DSGVO, 72 h).

Bitte bis 14 Uhr:
 1. Zugriffe auf das Schema sperren (IT-Betrieb)
 2. Liste aller Personen mit Zugriff seit 28.02. (Projektleitung)
 3. Wer hat den Export veranlasst und auf welcher Grundlage?

Für künftige Tests bitte ausschließlich den TDM-Generator oder die
Maskierungsstrecke (pseudo_kv) verwenden.

Gruß
Henrik Vosskamp
Datenschutzbeauftragter
""", flowed=True, cte="8bit")


def m125():
    rows = """\
customer_id,first_name,last_name,email,date_of_birth,zip,products,customer_since
C-00712291,Jannik,Rosenbrock,jannik.rosenbrock@mailbox.example,1990-08-22,28209,HR;PHV,2016
C-00733018,Laura,Steinkamp,l.steinkamp@posteo-mail.example,1998-03-14,27568,KFZ,2025
C-00690124,Björn,Tiedemann,bjoern.tiedemann@webpost.example,1984-12-01,28879,PHV;RS,2011
C-00744102,Dennis,Klattenhoff,dennis.klattenhoff@mailbox.example,1993-05-09,28207,HR,2025
"""
    return M("CONFIDENTIAL", "en", "system-to-supplier",
             "campaign export to a marketing agency: names, emails, birth dates and products of property/motor customers",
             sysaddr("crm-export", "CRM Campaign Export"),
             "data-intake@brightfield.example",
             "Campaign export CMP-2025-007 \"Spring cross-sell home & liability\" (sample file)",
             """\
Hello Brightfield team,

as agreed in the kick-off, attached a sample of the campaign export (4 rows)
so you can set up the mapping. The full file (18,400 rows) will be delivered
via SFTP on 2025-03-17 after the data processing agreement addendum is signed.

Selection: customers with household or liability policy, marketing consent
(email) = yes, no open complaint, age 25-45.

Please delete the sample after the mapping test.

Weserland CRM - Campaign Management
""", att=[csv_att("CMP-2025-007_sample.csv", rows)])


def m126():
    rows = [["Sparte", "Bestand 31.12.2024", "Zugang Q1", "Abgang Q1", "Bestand 31.03.2025", "Veränderung %"],
            ["KV Voll", 61228, 402, 588, 61042, -0.3],
            ["KV Zusatz", 148300, 4120, 1870, 150550, 1.5],
            ["Pflege (PPV/PTG)", 70116, 690, 512, 70294, 0.3],
            ["Leben/BU", 203400, 1880, 2410, 202870, -0.3],
            ["Unfall", 38910, 611, 702, 38819, -0.2],
            ["Kfz", 112480, 3902, 4118, 112264, -0.2],
            ["Sach/HU", 164700, 2750, 2201, 165249, 0.3]]
    return M("NORMAL", "de", "system-to-internal",
             "trap: quarterly portfolio development by line incl. health/life, counts only (ODS)",
             sysaddr("reporting", "Weserland Reporting"),
             "verteiler-bereichsleitungen@" + W,
             "Bestandsentwicklung Q1/2025 (vorläufig)",
             """\
Anbei die vorläufige Bestandsentwicklung Q1/2025 nach Sparten (Stückzahlen
Verträge). Finale Zahlen nach Quartalsabschluss am 10.04.

Reporting-Plattform (automatisch)
""", att=[ods("Bestandsentwicklung_Q1_2025.ods", [("Q1 2025", rows)])], date="2025-04-02 07:30")


def m127():
    d = docx("BU-Nachpruefung_2025-03.docx", [
        "Weserland Lebensversicherung AG - Leistung BU",
        "Monatsliste Nachprüfungsverfahren (§ 174 VVG) - März 2025",
        ["Leistungsfall", "Versicherte Person", "BU seit", "Anerkannte Ursache", "Nachprüfung", "Maßnahme"],
        ["BU-2021-000311", "Stefan Warnken, geb. 1974", "05/2021", "Multiple Sklerose (G35.1)", "fällig 04/2025", "Fragebogen + Neurologenbericht"],
        ["BU-2022-000540", "Olga Becker, geb. 1969", "11/2022", "Mammakarzinom li. (C50.4), Z.n. Chemo", "fällig 04/2025", "Arztanfrage Onkologie"],
        ["BU-2023-000102", "Timo Hasselbusch, geb. 1990", "02/2023", "schwere depressive Episode (F32.2)", "fällig 05/2025", "Gutachten Psychiatrie beauftragen"],
        ["BU-2024-000077", "Dirk Harms, geb. 1971", "08/2024", "Bandscheibenvorfall L4/L5 (M51.1)", "fällig 06/2025", "Tätigkeitsbeschreibung aktuell"],
        "Hinweis: Anschreiben an die Versicherten erfolgen mit 6 Wochen Vorlauf.",
    ])
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "monthly BU follow-up review list (DOCX only): named insured with disability causes incl. cancer and depression",
             sysaddr("reporting", "Weserland Reporting"),
             "leistung-bu-team@" + W,
             "Monatsliste BU-Nachprüfung März 2025",
             """\
Automatisch erzeugte Monatsliste - siehe Anlage.
""", att=[d])


def m128():
    p = pdf("Courtageabrechnung_0471-2208_2025-02.pdf", [[
        "Weserland Versicherung AG - Courtageabrechnung Februar 2025",
        "Vermittler: Versicherungsmakler Jörg Petersen e.K., Vermittlernummer 0471-2208",
        "Inhaber: Jörg Petersen, Steuernummer 60/146/08817",
        "",
        "Abschlusscourtage Sach/Kfz            4.118,20 EUR",
        "Bestandscourtage Sach/Kfz             2.904,75 EUR",
        "Abschlusscourtage Leben (Haftung 60 M.) 6.210,00 EUR",
        "Stornoreserve-Einbehalt               -621,00 EUR",
        "Rückbelastung Storno                  -388,40 EUR",
        "Auszahlungsbetrag                    12.223,55 EUR",
        "",
        "Überweisung am 14.03.2025 auf DE61 1730 0064 1771 4764 46",
        "Umsatzsteuerfrei gemäß § 4 Nr. 11 UStG.",
    ]], title="Courtageabrechnung")
    return M("CONFIDENTIAL", "de", "system-to-broker",
             "commission statement of a sole-trader broker (PDF only): income figures, tax number, IBAN",
             sysaddr("courtage", "Weserland Courtageabrechnung"),
             '"Jörg Petersen" <info@petersen-makler.example>',
             "Ihre Courtageabrechnung 02/2025",
             """\
Sehr geehrter Herr Petersen,

Ihre Courtageabrechnung für Februar 2025 finden Sie im Anhang.

Mit freundlichen Grüßen
Provisionsabrechnung Weserland
""", att=[p])


def m129():
    d = docx("DataDictionary_claims_export_v3.docx", [
        "Data dictionary - claims analytics export v3 (draft)",
        "Purpose: pseudonymised export for the actuarial data lake. No clear names leave the source system.",
        ["column", "type", "description", "privacy handling"],
        ["claim_key", "CHAR(64)", "SHA-256 of claim number + salt", "pseudonym"],
        ["person_key", "CHAR(64)", "HMAC of partner ID, key in HSM", "pseudonym"],
        ["birth_year", "INT", "year of birth only", "generalised"],
        ["zip3", "CHAR(3)", "first 3 digits of postcode", "generalised"],
        ["diagnosis_code", "VARCHAR(8)", "ICD-10-GM code, 3-digit level", "health data - only in health mart"],
        ["procedure_code", "VARCHAR(10)", "OPS code", "health data - only in health mart"],
        ["paid_amount", "DECIMAL(12,2)", "paid amount EUR", "-"],
        "Open point: k-anonymity check (k >= 10) before publication to the data lake.",
    ])
    return M("NORMAL", "en", "insurer-to-supplier",
             "trap: data dictionary with columns such as diagnosis_code and birth_year, no data rows",
             '"Kruse, Tobias" <tobias.kruse@%s>' % W,
             "data-engineering@corvalis.example",
             "Data dictionary claims export v3 - please review",
             """\
Hi Ravi,

attached the draft data dictionary for the v3 claims export. Please check
whether the pseudonymisation steps match your pipeline design, in particular
HMAC vs. salted hash for person_key.

Thanks
Tobias
""", att=[d])


def m130():
    rows = [["Personalnr.", "Name", "Vorname", "Geburtsdatum", "bKV-Tarif", "Beginn", "Gesundheitsprüfung", "Hinweis"],
            ["4410", "Yilmaz", "Derya", "1988-02-14", "bKV Zahn 100 + Vorsorge", "2025-04-01", "entfällt (Kollektiv)", ""],
            ["4417", "Hoffmann", "Gregor", "1979-11-30", "bKV Zahn 100 + Vorsorge + Stationär", "2025-04-01", "entfällt (Kollektiv)", "laufende Zahnbehandlung nicht versichert (HKP vor Beginn)"],
            ["4421", "Nowak", "Ewa", "1995-07-07", "bKV Zahn 100 + Vorsorge", "2025-04-01", "entfällt (Kollektiv)", ""],
            ["4433", "Brandt", "Julian", "1991-03-03", "bKV Budget 600", "2025-04-01", "entfällt (Kollektiv)", "Mitversicherung Ehepartnerin beantragt"]]
    return M("STRICTLY_CONFIDENTIAL", "en", "system-to-company",
             "bKV enrolment confirmation to the employer's HR: named employees' health tariffs and a note on ongoing dental treatment (XLSX)",
             sysaddr("bkv-service", "Weserland Company Health"),
             '"HR Benefits" <hr-benefits@nordsee-logistik.example>',
             "bKV group contract GK 9200 0412 - enrolment batch 2025-04 confirmed",
             """\
Dear HR team,

the enrolment batch for 1 April 2025 has been processed. 4 employees were
added to group contract GK 9200 0412 (company health insurance). Details
are in the attached list; the members receive their welcome letters and
cards directly.

Please keep in mind that employees' claims information is never shared with
the employer - this list only confirms enrolment.

Kind regards
Weserland Company Health Services
""", att=[xlsx("GK92000412_enrolment_2025-04.xlsx", [("enrolment", rows)])])


def m131():
    return M("NORMAL", "de", "system-to-internal",
             "trap: aggregated analysis of doctors' invoices by specialty and GOÄ factor, no person",
             sysaddr("reporting", "Weserland Reporting"),
             "leistungsmanagement-kv@" + W,
             "Auswertung LM-12: Arztrechnungen nach Fachgruppe, Q4/2024",
             """\
Auswertung LM-12 - ambulante Arztrechnungen KV Voll, Q4/2024 (Basis 212.418 Rechnungen)

Fachgruppe                 Rechnungen   Ø Betrag   Anteil Faktor > 2,3   Kürzungsquote
Allgemeinmedizin               61.204      118 €     12,4 %               1,1 %
Innere Medizin                 27.730      241 €     18,9 %               2,0 %
Orthopädie                     19.112      287 €     31,2 %               4,8 %
Radiologie                     14.380      402 €      6,1 %               1,3 %
Psychotherapie                  9.818      512 €      0,4 %               0,2 %
Dermatologie                   12.077      162 €     22,7 %               3,1 %
Labor (MVZ)                    31.502       64 €      2,0 %               0,9 %
übrige                         36.595      198 €     15,0 %               2,2 %

Auffällig: Orthopädie Q4 +6 Pp bei Faktor > 2,3 (v.a. GOÄ 3306, 3305). Vorschlag:
Prüfregel RW-KV-131 schärfen (Begründungspflicht).

Reporting-Plattform (automatisch)
""")


def m132():
    rows = [["Vertrag", "Sparte", "Name", "Vorname", "neue Anschrift", "Kündigungsgrund", "Beitrag alt", "Rückgewinnungsangebot"],
            ["HR 5519 7710", "Hausrat", "Claasen", "Wiebke", "Bgm.-Spitta-Allee 12, 28329 Bremen", "Umzug ins Ausland geplant -> nein, nur Umzug", 162.30, "Tarifwechsel Komfort -15 %"],
            ["HR 5522 0471", "Hausrat", "Arslan", "Burak", "Friedrich-Karl-Str. 101, 28205 Bremen", "günstigeres Angebot", 201.80, "Bündelrabatt mit PHV"],
            ["HR 5526 9092", "Hausrat", "Lange", "Petra", "Seniorenwohnanlage Am Weserwehr 2, 28309 Bremen", "Zusammenzug mit Tochter", 95.40, "kein Angebot"]]
    return M("CONFIDENTIAL", "de", "system-to-supplier",
             "win-back export to the call-centre provider: names, new addresses, household contracts, premiums (XLSX)",
             sysaddr("crm-export", "CRM Kampagnenexport"),
             "auftraege@dialogcenter-nord.example",
             "Rückgewinnung Hausrat KW 11 - Anrufliste",
             """\
Guten Tag,

anbei die Anrufliste Rückgewinnung Hausrat für KW 11 (3 Kunden, Pilot).
Gesprächsleitfaden wie besprochen (Version 2.1). Ergebnisse bitte bis Freitag
über das Rückmeldeformular.

Weserland CRM Kampagnenmanagement
""", att=[xlsx("Rueckgewinnung_HR_KW11.xlsx", [("Anrufliste", rows)])])


def m133():
    return M("NORMAL", "en", "system-to-supplier",
             "monthly SLA report for the IT supplier, service figures only",
             sysaddr("weserdesk-report", "WeserDesk Reporting"),
             "service-management@corvalis.example",
             "SLA report February 2025 - Corvalis application services",
             """\
SLA report February 2025 - contract WVS-CORV-AMS-2023

Service                       Availability  Target   Incidents P1/P2/P3  SLA met
Claims BU (bu-claims)         99.81 %       99.5 %   0 / 2 / 11          yes
Payments (clm-pay)            99.95 %       99.5 %   0 / 1 / 4           yes
CRM partner service           99.12 %       99.5 %   1 / 3 / 19          NO
Product API                   99.99 %       99.0 %   0 / 0 / 3           yes

Service credits: CRM partner service 2 % of monthly fee (EUR 1,840).
Open problems: PRB0004410 (Kafka schema), PRB0004421 (duplicate payments).

Service review meeting: 2025-03-19, 10:00, Teams.
""")


def m134():
    rows = """\
vertrag;vp;geb;pflegegrad;seit;tarif;tagessatz_eur;leistung_2024_eur;pflegeform
PT 1130 2207;Annegret Wöbse;1941-11-14;4;2024-12-01;PTG 50;50,00;14.220,00;häuslich, Angehörige
PT 1128 0914;Heinrich Oetjen;1938-04-11;3;2025-01-15;PTG 30;30,00;5.610,00;ambulanter Pflegedienst
PT 1131 4471;Renate Hüneke;1945-09-03;5;2022-06-01;PTG 60;60,00;21.900,00;vollstationär, Haus am Fleet
"""
    z = zip_att("PBC-131_PTG_Leistungsempfaenger.zip",
                [csv_att("PTG_Leistungsempfaenger_2024.csv", rows),
                 text_att("LIESMICH.txt", "Export aus PV-Leistung, Stand 31.12.2024, Stichprobe 3 von 412 Fällen.\nSpalten siehe Kopfzeile. Beträge in EUR.\n")])
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
             "ZIP for the auditor with care-allowance recipients: names, birth dates, care levels",
             '"Kruse, Tobias" <tobias.kruse@%s>' % W,
             "pruefungsteam-wvs@brenner-wpg.example",
             "JAP 2024: PBC-131 Pflegetagegeld Stichprobe",
             """\
Sehr geehrte Frau Dr. Lüdtke,

anbei die Stichprobe zu PBC-131 (Pflegetagegeld, Leistungsempfänger 2024).
Das Passwort zum ZIP erhalten Sie wie vereinbart telefonisch.

Mit freundlichen Grüßen
Tobias Kruse
""", att=[z])


def m135():
    rows = """\
Aktenzeichen;Vertrag;Sparte;Schuldner;Geburtsdatum;Anschrift;Hauptforderung;Mahnkosten;Zinsen ab;Letzte Mahnung
WVS-IK-25-0091;KF 3306 2291;Kfz;Dennis Voigt;1992-10-03;Hauptstr. 18, 27798 Hude;612,44;5,00;15.12.2024;03.02.2025
WVS-IK-25-0092;KF 3313 8802;Kfz;Sabrina Eilts;1987-01-29;Am Brill 3, 28195 Bremen;1.018,20;5,00;01.01.2025;03.02.2025
"""
    return M("CONFIDENTIAL", "en", "insurer-to-supplier",
             "debt-collection handover: debtor names, birth dates, addresses, motor contracts, outstanding premiums (CSV)",
             '"Beitragskonto Kfz" <beitragskonto-kfz@%s>' % W,
             "neuauftraege@ikw-inkasso.example",
             "New collection orders WVS-IK-25-0091/0092",
             """\
Dear colleagues,

please find two new collection orders (motor premiums, dunning procedure
completed, contracts terminated under § 38 VVG). Interface format v1.3 as
agreed; German column headers as usual.

Kind regards
Weserland Versicherung AG
Beitragskonto Kfz
""", att=[csv_att("IK_Auftraege_20250314.csv", rows, charset="cp1252")])


def m136():
    cal = """\
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C0D5F1A2B3C4D501000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
DTSTAMP:20250314T090000Z
DTSTART;TZID=W. Europe Standard Time:20250320T093000
DTEND;TZID=W. Europe Standard Time:20250320T113000
SUMMARY:Abnahme Testlauf Leistungsstrecke KV (Arztrechnung bis Zahlung)
LOCATION:Raum Speicher 3.14 / Teams
ORGANIZER;CN="Pahl, Sören":mailto:soeren.pahl@weserland-versicherung.example
ATTENDEE;CN="Brinkmann, Ute";ROLE=REQ-PARTICIPANT:mailto:ute.brinkmann@weserland-versicherung.example
ATTENDEE;CN="Kruse, Tobias";ROLE=REQ-PARTICIPANT:mailto:tobias.kruse@weserland-versicherung.example
ATTENDEE;CN="Raman, Priya";ROLE=OPT-PARTICIPANT:mailto:priya.raman@corvalis.example
DESCRIPTION:Durchlauf mit den synthetischen Testpersonen TP-0001 bis TP-0003 (Mandant 0900): Scan -> Regelwerk -> Zahlung -> Druck. Keine Produktionsdaten.
END:VEVENT
END:VCALENDAR
"""
    return M("NORMAL", "de", "internal",
             "trap: calendar invitation for acceptance test of the KV benefits chain with synthetic test persons",
             '"Pahl, Sören" <soeren.pahl@%s>' % W,
             "ute.brinkmann@" + W + ", tobias.kruse@" + W,
             "Einladung: Abnahme Testlauf Leistungsstrecke KV (Arztrechnung bis Zahlung)",
             """\
Hallo zusammen,

wie besprochen die Abnahme der Leistungsstrecke im Release 2025.1. Wir
spielen drei Arztrechnungen der Testpersonen TP-0001 bis TP-0003 ein und
verfolgen sie bis zur Zahlungsdatei und zum Druck.

Gruß Sören
""", att=[ics("invite.ics", cal)])


def m137():
    return M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-supplier",
             "forwarded chain: top is harmless English, deep in the German quote a production DB extract with a patient's DRG stay",
             '"Wiechmann, Jana" <jana.wiechmann@%s>' % W,
             "priya.raman@corvalis.example",
             "WG: WG: KDA Rechnung hängt - Duplikat?",
             """\
Hi Priya,

see below - could you check why the hospital invoice is in the table twice?
Thorsten's query result is at the bottom.

Thanks, Jana

-----Ursprüngliche Nachricht-----
Von: Ohlhoff, Thorsten <thorsten.ohlhoff@weserland-versicherung.example>
Gesendet: Freitag, 14. März 2025 11:20
An: Wiechmann, Jana <jana.wiechmann@weserland-versicherung.example>
Betreff: WG: KDA Rechnung hängt - Duplikat?

Jana, kannst du das an Corvalis geben? Ist deren Tabelle.

-----Ursprüngliche Nachricht-----
Von: Brinkmann, Ute <ute.brinkmann@weserland-versicherung.example>
Gesendet: Freitag, 14. März 2025 10:02
Betreff: KDA Rechnung hängt - Duplikat?

Hallo Thorsten,
die Klinikrechnung für unseren Versicherten hängt seit einer Woche, die
Klinik hat schon zweimal angerufen. Kannst du mal in die DB schauen?
Ute

> SQL> select * from kda.rechnung where vers_nr = 'KV 4466 0193-01';
>
> RG_ID     VERS_NR          NAME              GEB_DAT     AUFN_DAT    ENTL_DAT    HD    OPS        DRG   BETRAG    STATUS
> --------- ---------------- ----------------- ----------- ----------- ----------- ----- ---------- ----- --------- --------
> 200118772 KV 4466 0193-01  Wübbenhorst, Ingo 08.10.1957  03.02.2025  13.02.2025  C61   5-604.02   M01B  16521,31  PRUEF
> 200118790 KV 4466 0193-01  Wübbenhorst, Ingo 08.10.1957  03.02.2025  13.02.2025  C61   5-604.02   M01B  16521,31  PRUEF
>
> 2 Zeilen ausgewählt.
""")


def m138():
    return M("CONFIDENTIAL", "de", "system-to-internal",
             "large-loss report motor with named policyholders and amounts, explicitly without personal injury",
             sysaddr("reporting", "Weserland Reporting"),
             "kfz-schaden-leitung@" + W,
             "Großschadenmeldung Kfz > 50 TEUR - Woche 11",
             """\
Großschäden Kfz (Aufwand > 50.000 EUR), neu gemeldet in KW 11/2025

Schaden-Nr.     VN                       Vertrag       Hergang                                   Reserve EUR  Personenschaden
25-KH-0024418   Spedition Meyer & Söhne  FL 7003 0211  LKW-Brand auf A1, Ladung Elektronik        180.000      nein
25-KK-0024455   Cornelia Rademacher      KF 3320 4471  Porsche Taycan, Hochwasser Tiefgarage       96.400       nein
25-KH-0024501   Hendrik Osterloh         KF 3307 1102  Auffahrunfall mit Linienbus, Sachschaden   58.700       nein (Busgäste unverletzt lt. Polizei)

Bitte Regulierungsstrategie bis zur Schadenkonferenz am Donnerstag.
""")


def m139():
    rows = """\
vermittlernr;firma;rechtsform;strasse;plz;ort;ihk_registernr;status
0471-3310;Hollmann & Co. Assekuranzmakler GmbH;GmbH;Schlachte 21;28195;Bremen;D-ABCD-EF123-45;aktiv
0471-4402;FinanzKontor Brandt GmbH;GmbH;Bahnhofsplatz 7;28195;Bremen;D-KLMN-XY987-11;aktiv
0471-5120;NordAssekuranz Vermittlungs-AG;AG;Am Wall 140;28195;Bremen;D-PQRS-TU555-02;aktiv
0471-0012;Versicherungsagentur Runge OHG;OHG;Vegesacker Str. 80;28219;Bremen;D-VWXY-ZA321-77;gekündigt
"""
    return M("NORMAL", "de", "system-to-supplier",
             "trap: broker master data export with company names and register numbers only, no natural persons",
             sysaddr("vermittler-stammdaten", "Vermittlerverwaltung"),
             "stammdaten@maklerdesk.example",
             "Vermittlerstammdaten Bremen (Firmenkunden) - Abgleich Q1",
             """\
Guten Tag,

für Ihren Abgleich der Partnerfirmen anbei der Stammdatenauszug (nur
Firmenebene, keine Personen, keine Bankverbindungen).

Vermittlerverwaltung Weserland
""", att=[csv_att("vermittler_firmen_bremen_2025Q1.csv", rows)])


def m140():
    return M("STRICTLY_CONFIDENTIAL", "en", "system-to-internal",
             "failed pseudonymisation report (base64 body) showing sample rows with clear names, birth dates and ICD codes",
             sysaddr("pseudo-kv", "Masking pipeline pseudo_kv"),
             "tdm-team@" + W + ", dsb-technik@" + W,
             "pseudo_kv run 2025-03-17: quality gate FAILED - export blocked",
             """\
Quality gate after masking failed - export to kvneo-uat blocked.

Run         : pseudo_kv 2025-03-17 03:10
Source      : KVPROD.LEISTUNG_BELEG (snapshot 16.03.)
Rules       : 41 applied, 1 failed (R-17 names in free text)
Check       : sample of 1,000 rows, clear-text hits 7 (threshold 0)

Sample of clear-text hits (column BEMERKUNG not masked):
  PSEUDO_ID    BIRTH_YEAR  ICD     BEMERKUNG
  P-9f21c07a   1983        F10.2   "Entzugsbehandlung Hr. Kaja Bremermann, Klinik Dr. Heines, 21 Tage"
  P-0b77e312   1959        C18.7   "Rückfrage Fr. Edith Schomaker (geb. 12.07.1959) wg. Chemo-Zyklus 4"
  P-6e02aa19   2001        O00.1   "Tubargravidität, Versicherte Jana Klüver bittet um Rückruf"

Fix rule R-17 (NER on free-text fields). The export stays blocked until the
data protection officer releases it.
""", cte="base64")


def m141():
    return M("NORMAL", "en", "system-to-internal",
             "notice about changes to report distribution lists",
             sysaddr("reporting", "Weserland Reporting"),
             "report-owners@" + W,
             "Report distribution: personal-data reports move to the secure report inbox",
             """\
Dear report owners,

from 1 April 2025 reports flagged "contains personal data" (for example
KV-LEI-031, KFZ-STO-07, BU monthly follow-up lists) will no longer be sent as
email attachments. Recipients get a link to the secure report inbox instead.
Aggregated reports (loss ratios, KPIs, portfolio development) continue to be
mailed.

Please review your distribution lists by 25 March:
https://reporting.intra.weserland-versicherung.example/distribution

Questions: reporting-platform@weserland-versicherung.example

Weserland Reporting Platform Team
""")


def m142():
    rows = [["Claim", "Date", "Vehicle", "Driver", "Type", "Paid EUR", "Reserve EUR", "Fault"],
            ["24-FL-0044812", "2024-11-07", "HB-NL 1182 (Actros)", "Krzysztof Malinowski", "rear-end collision A27", 61300, 0, "own"],
            ["24-FL-0045013", "2024-11-19", "HB-NL 904 (Sprinter)", "Ahmet Kılıç", "parking damage, depot", 1480, 0, "own"],
            ["24-FL-0045790", "2024-12-02", "HB-NL 1207 (Actros)", "Rüdiger Janssen", "windscreen stone chip", 920, 0, "n/a"],
            ["24-FL-0046221", "2024-12-16", "HB-NL 911 (Sprinter)", "Liam O'Connor", "side swipe, Bremerhaven port", 0, 3800, "disputed"]]
    return M("CONFIDENTIAL", "mixed", "insurer-to-company",
             "fleet claims list for the corporate customer with drivers' names, plates and amounts; German/English mail",
             '"Oltmanns, Merle" <merle.oltmanns@%s>' % W,
             '"Nils Brockmann" <n.brockmann@nordsee-logistik.example>',
             "Schadenliste Flotte FL 7001 0033 Q4/2024 - claims list for your drivers' briefing",
             """\
Hallo Herr Brockmann,

wie gewünscht die Einzelschadenliste Q4 für Ihr Fahrertraining. The English
column headers are for your Polish and Irish dispatchers, as you asked.

Die Fahrernamen bitte nur intern für das Briefing verwenden.

Viele Grüße / kind regards
Merle Oltmanns
Firmenkunden Kfz, Weserland Versicherung AG
""", att=[xlsx("FL70010033_claims_Q4_2024.xlsx", [("claims Q4", rows)])])


def m143():
    html = """\
<html><body style="font-family:Arial;font-size:12px">
<p><b>Tagesreport KT-EIN-01 &ndash; Eingang Leistungsanträge Krankentagegeld, 17.03.2025</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#ddd"><th>Vertrag</th><th>Versicherte Person</th><th>Beruf</th><th>AU seit</th><th>AU-Diagnose</th><th>Karenz</th><th>Tagessatz</th></tr>
<tr><td>KT 2231 0457</td><td>Malte Tammen</td><td>Selbst. Tischlermeister</td><td>13.01.2025</td><td>F43.2 Anpassungsstörung</td><td>42 Tage</td><td>95,00</td></tr>
<tr><td>KT 2230 8812</td><td>Svenja Gröning</td><td>Zahnärztin (selbst.)</td><td>03.03.2025</td><td>M75.1 Rotatorenmanschettenruptur re.</td><td>14 Tage</td><td>250,00</td></tr>
<tr><td>KT 2232 1190</td><td>Farid Haddad</td><td>IT-Berater (freiberuflich)</td><td>10.03.2025</td><td>C43.5 Melanom Rumpf, OP 12.03.</td><td>21 Tage</td><td>180,00</td></tr>
</table>
<p>Neue Anträge: 3 &middot; Wiedervorlagen: 11 &middot; Durchschnittliche AU-Dauer offener Fälle: 38 Tage</p>
</body></html>
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
             "HTML-only daily report of new daily-sickness claims with names, occupations and diagnoses",
             sysaddr("reporting", "Weserland Reporting"),
             "leistung-kt-team@" + W,
             "Tagesreport KT-EIN-01 vom 17.03.2025",
             html=html, html_only=True)


def m144():
    return M("NORMAL", "de", "system-to-internal",
             "trap: anonymised accident statistics by injury type and age band, no person",
             sysaddr("reporting", "Weserland Reporting"),
             "produktentwicklung-unfall@" + W,
             "Unfallstatistik 2024 nach Verletzungsart (anonymisiert)",
             """\
Unfallstatistik 2024 - gemeldete Leistungsfälle Unfall (anonymisiert, n = 1.412)

Verletzungsart                Anteil   Ø Invaliditätsgrad   häufigste Altersgruppe
Frakturen obere Extremität    27 %     11 %                 60+
Frakturen untere Extremität   19 %     16 %                 60+
Bandverletzungen Knie         14 %      9 %                 10-19
Wirbelsäule                    8 %     14 %                 40-59
Schädel-Hirn                   4 %     31 %                 20-39
sonstige                      28 %      6 %                 -

Zellen mit weniger als 10 Fällen sind zusammengefasst. Grundlage für die
Überarbeitung der Gliedertaxe Plus (Produktlinie 2026).

Reporting-Plattform (automatisch)
""")


def m145():
    return M("CONFIDENTIAL", "de", "system-to-broker",
             "new-business report for a broker: customer names, addresses, building contracts and premiums",
             sysaddr("vermittlerpost", "Weserland Vermittlerpost"),
             "post@finanzkontor-brandt.example",
             "Neugeschäftsbericht Wohngebäude März 2025 (Vermittler 0471-4402)",
             """\
Sehr geehrte Damen und Herren,

im März wurden folgende Wohngebäudeverträge aus Ihrem Geschäft policiert:

Vertrag       Kunde                     Risikoort                          Vers.-Summe 1914   Jahresbeitrag
WG 6651 0072  Hartmut und Ilse Kracke   Am Sielwall 9, 28203 Bremen        28.400 M           1.412,80 EUR
WG 6651 0190  Nicole Busch              Rotdornweg 4, 27711 Osterholz-S.   19.100 M             884,20 EUR
WG 6651 0233  Sebastian Kluge           Heerstraße 118, 28832 Achim        22.750 M           1.098,50 EUR

Abschlusscourtage wird mit der Abrechnung 04/2025 vergütet.

Ihr Vertriebsservice Makler
""", date="2025-04-01 06:45")


def m146():
    auftrag = odt("Gutachtenauftrag_BU-2025-000512.odt", [
        "Gutachtenauftrag / Request for medical review",
        "Auftraggeber: Weserland Lebensversicherung AG, Leistung BU",
        "Leistungsfall: BU-2025-000512, Vertrag LV 8815 4412-1",
        "Versicherte Person: Nadine Ehlers, geb. 04.08.1986, Intensivpflegerin",
        "Fragestellung: Liegt seit 09/2024 eine Berufsunfähigkeit von mindestens 50 % im zuletzt ausgeübten Beruf vor?",
        "Question (for reviewer Dr. Okonjo, English summary requested): degree of occupational disability due to post-COVID condition (U09.9) with ME/CFS (G93.3)?",
        "Anlagen: Befundbericht Dr. Garbade, Entlassbericht Reha-Klinik Borkum 11/2024, Spiroergometrie 01/2025",
    ])
    rows = """\
doc;date;source;summary
1;2024-10-02;Dr. Garbade (internal medicine);post-COVID since 03/2024, PEM, orthostatic intolerance
2;2024-11-28;Reha-Klinik Borkum;discharge: no improvement, recommended work capacity < 3 h
3;2025-01-20;Pneumology practice;spiroergometry VO2max 18 ml/kg/min (reduced)
"""
    z = zip_att("BU-2025-000512_Gutachten.zip", [auftrag, csv_att("Vorbefunde_Uebersicht.csv", rows)])
    return M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-supplier",
             "ZIP to the medical review company: review order (ODT) and prior-findings CSV for a BU claimant, German/English",
             '"Leistung BU" <leistung-bu@%s>' % W,
             "auftraege@medicheck.example",
             "Gutachtenauftrag BU-2025-000512 / medical review request",
             """\
Sehr geehrte Damen und Herren, dear Dr. Okonjo,

anbei der Gutachtenauftrag mit Übersicht der Vorbefunde (ZIP, Passwort per
separater Nachricht). Please provide an English summary together with the
German report. Frist: 6 Wochen.

Mit freundlichen Grüßen / kind regards
Leistung BU, Weserland Lebensversicherung AG
""", att=[z])


def m147():
    return M("NORMAL", "en", "system-to-internal",
             "trap: export job log with file names and checksums of encrypted reinsurance files",
             sysaddr("batch-monitor", "Batch Monitor"),
             "reins-accounting@" + W,
             "Export EXP_REINS_Q1 finished - 4 files transferred",
             """\
Export EXP_REINS_Q1 finished at 2025-04-03 05:41 CEST

file                                   size       sha256 (first 16)   encrypted
bdx_life_2025Q1.csv.gpg                18.2 MB    9c1f07a2e4b3d518    yes (0x7E21C0DA)
bdx_health_2025Q1.csv.gpg              41.7 MB    0d2e6b77a91c4f30    yes (0x7E21C0DA)
large_claims_2025Q1.xlsx.gpg           0.4 MB     e55a1b9f03c72d64    yes (0x7E21C0DA)
control_totals_2025Q1.txt              1.2 kB     47bd0c3e91a2f8e5    no

Transfer: sftp://sftp.nordic-re.example/inbound/wvs/ - OK (4/4)
""", date="2025-04-03 05:42")


def m148():
    rows = """\
customer_id;name;email;consent_type;channel;granted_at;source;lines
C-00712291;Jannik Rosenbrock;jannik.rosenbrock@mailbox.example;newsletter;email;2023-05-14 19:02;portal;HR,PHV
C-00744102;Dennis Klattenhoff;dennis.klattenhoff@mailbox.example;newsletter;email;2025-02-28 08:15;portal;HR
C-00690124;Björn Tiedemann;bjoern.tiedemann@webpost.example;product_info;email;2019-11-02 10:44;paper form;PHV,RS
"""
    return M("CONFIDENTIAL", "en", "system-to-supplier",
             "consent-register export to the newsletter provider: names, emails and their property contracts",
             sysaddr("consent-service", "Consent Service"),
             "onboarding@mailrelay-pro.example",
             "Consent register export for list migration (3 sample rows)",
             """\
Hello,

for the migration of our newsletter lists to your platform, here is a sample
of the consent register export so you can map the fields. consent_type and
granted_at must be kept as proof of consent (Art. 7 (1) GDPR).

Full export via the agreed SFTP channel only.

Weserland Consent Service
""", att=[csv_att("consent_sample.csv", rows)])


def m149():
    return M("STRICTLY_CONFIDENTIAL", "en", "system-to-internal",
             "DLP block notice quoting the matched text: named customer, hospital stay and diagnosis",
             sysaddr("dlp", "WVS Data Loss Prevention"),
             "dsb-technik@" + W,
             "DLP: outbound mail blocked (policy HEALTH-DATA-EXT-01)",
             """\
An outbound message was blocked by the DLP policy HEALTH-DATA-EXT-01.

Sender      : a.tekin@weserland-versicherung.example
Recipient   : r.feldhusen.privat@mailbox.example (external, no consent on file for TLS-only delivery)
Subject     : AW: Ihre Anfrage Implantat / Krankenhaus
Time        : 2025-04-03 14:12:09 CEST
Rule hits   : ICD code (1), health terms (4), policy number KV (1)

Matched excerpt:
  "... sehr geehrte Frau Feldhusen, die Kosten für die Implantation Regio 36 sowie
   den stationären Aufenthalt vom 24.-26.03. in der MKG-Chirurgie (Diagnose
   K08.1 Zahnverlust durch Unfall) werden aus Ihrem Tarif KV 4472 0815-01 erstattet ..."

The sender was asked to send the message via the SecureMail portal instead.
Incident ID: DLP-2025-00877
""", date="2025-04-03 14:13")


def m150():
    return M("NORMAL", "de", "system-to-customer",
             "trap: automatic reply of the health-claims mailbox, generic text only",
             '"Weserland Krankenversicherung - Leistung" <leistung-kv@%s>' % W,
             "h.jaspers@webpost.example",
             "Automatische Antwort: Rechnungen Februar",
             """\
Guten Tag,

vielen Dank für Ihre E-Mail. Sie ist bei uns eingegangen und wird in der
Regel innerhalb von 5 Arbeitstagen bearbeitet.

Bitte senden Sie uns Arzt- und Zahnarztrechnungen, Rezepte oder Berichte
nicht unverschlüsselt per E-Mail. Nutzen Sie dafür die App "Mein Weserland"
oder das Kundenportal: https://mein.weserland-versicherung.example

Ihre Weserland Krankenversicherung a.G.
Diese Nachricht wurde automatisch erstellt.
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], date="2025-04-04 09:01")


# ====================================================================== driver
MAILS = [globals()["m%03d" % n] for n in range(1, 151)]

# IBANs that are deliberately wrong inside a mail (rejected by the bank interface)
ALLOWED_INVALID_IBAN = {81: {"DE93154790231758501869"}}

IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "NL": 18, "FR": 27, "LU": 20, "ES": 24,
            "IT": 27, "BE": 16, "DK": 18, "PL": 28, "GB": 22}
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])(%s)(\d{2})((?: ?[A-Z0-9]){8,34})" % "|".join(IBAN_LEN))


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def generate():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, fn in enumerate(MAILS, 1):
        s = fn()
        msg = build(n, s)
        name = "d%02d-%04d.eml" % (NN, n)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(msg.as_bytes(policy=SMTP))
        for k in ("label", "lang", "kind", "reason"):
            assert "\t" not in s[k] and "\n" not in s[k], (name, k)
        rows.append("\t".join([name, s["label"], s["lang"], s["kind"], s["reason"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(MAILS), OUT))


# ---------------------------------------------------------------- check helpers
def pdf_text(data):
    assert data.startswith(b"%PDF-"), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    sx = int(re.search(rb"startxref\s+(\d+)", data[-64:]).group(1))
    assert data[sx:sx + 4] == b"xref", "startxref does not point to xref"
    m = re.match(rb"xref\s+0 (\d+)\s+", data[sx:])
    cnt = int(m.group(1))
    tab = data[sx + m.end():]
    for k in range(1, cnt):
        off = int(tab[k * 20:k * 20 + 10])
        assert data[off:].startswith(b"%d 0 obj" % k), "xref entry %d broken" % k
    out = []
    for mm in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = re.sub(rb"\\(.)", rb"\1", mm.group(1))
        out.append(s.decode("cp1252"))
    assert out, "PDF without text layer"
    return "\n".join(out)


def xml_text(b):
    import xml.dom.minidom
    xml.dom.minidom.parseString(b)
    t = re.sub(rb"<[^>]+>", b" ", b).decode("utf-8")
    return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


def zip_texts(data, where):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, "zip CRC error"
    res = []
    names = z.namelist()
    office = "[Content_Types].xml" in names or "mimetype" in names
    for n in names:
        b = z.read(n)
        if office:
            if n.endswith(".xml") or n.endswith(".rels"):
                t = xml_text(b)
                if n in ("word/document.xml", "content.xml") or n.startswith("xl/worksheets/"):
                    res.append((where + "/" + n, t))
            continue
        res.extend(blob_texts(n, b, where + "/" + n))
    return res


def blob_texts(name, data, where, ctype=""):
    low = name.lower()
    if data.startswith(b"%PDF"):
        return [(where, pdf_text(data))]
    if data.startswith(b"PK\x03\x04"):
        return zip_texts(data, where)
    for cs in ("utf-8", "cp1252"):
        try:
            t = data.decode(cs)
            break
        except UnicodeDecodeError:
            continue
    if low.endswith(".csv"):
        list(csv.reader(io.StringIO(t), delimiter=";" if t.count(";") > t.count(",") else ","))
    if low.endswith(".ics"):
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), "bad ICS"
    if low.endswith(".xml"):
        import xml.dom.minidom
        xml.dom.minidom.parseString(data)
    if low.endswith(".json"):
        import json
        json.loads(t)
    return [(where, t)]


def msg_texts(msg, where="body"):
    res = []
    k = 0
    for part in msg.iter_parts() if msg.is_multipart() else [msg]:
        k += 1
        w = "%s.%d" % (where, k)
        ct = part.get_content_type()
        if part.is_multipart():
            res.extend(msg_texts(part, w))
        elif ct == "message/rfc822":
            inner_msg = part.get_content()
            res.append((w + ":headers", "\n".join("%s: %s" % kv for kv in inner_msg.items())))
            res.extend(msg_texts(inner_msg, w))
        elif part.get_content_maintype() == "text" and not part.get_filename():
            res.append((w, part.get_content()))
        else:
            data = part.get_payload(decode=True)
            res.extend(blob_texts(part.get_filename() or "", data, w + ":" + (part.get_filename() or ct), ct))
    return res


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?|ftp|sftp)://([A-Za-z0-9.-]+)|\bwww\.([A-Za-z0-9.-]+\.[A-Za-z]+)")


def check():
    errors = []
    labels = {}
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels.tsv header")
    for ln in lines[1:]:
        if not ln:
            continue
        p = ln.split("\t")
        if len(p) != 5:
            errors.append("labels row: %r" % ln)
            continue
        labels[p[0]] = p
    files = sorted(os.listdir(OUT))
    want = ["d%02d-%04d.eml" % (NN, n) for n in range(1, 151)]
    if files != want:
        errors.append("file list differs from d%02d-0001 .. 0150" % NN)
    if sorted(labels) != want:
        errors.append("labels.tsv rows differ from files")
    cnt = {}
    lang = {}
    for p in labels.values():
        cnt[p[1]] = cnt.get(p[1], 0) + 1
        lang[p[2]] = lang.get(p[2], 0) + 1
        if p[1] not in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
            errors.append("bad label %s" % p[0])
        if p[2] not in ("de", "en", "mixed"):
            errors.append("bad lang %s" % p[0])
        if not p[3] or not p[4]:
            errors.append("empty kind/reason %s" % p[0])
    if cnt != {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}:
        errors.append("label counts %r" % cnt)
    natt = 0
    nibans = 0
    for name in files:
        raw = open(os.path.join(OUT, name), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: line ends not CRLF" % name)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errors.append("%s: line longer than 998 octets" % name)
        try:
            msg = BytesParser(policy=DEFAULT_POLICY).parsebytes(raw)
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                if not msg[h]:
                    errors.append("%s: header %s missing" % (name, h))
            parsedate_to_datetime(str(msg["Date"]))
            for h in ("From", "To", "Cc", "Reply-To"):
                for _, a in getaddresses(msg.get_all(h, [])):
                    if not a.lower().endswith(".example"):
                        errors.append("%s: %s address %s" % (name, h, a))
            if msg.defects:
                errors.append("%s: defects %r" % (name, msg.defects))
            texts = msg_texts(msg)
            texts.append(("subject", str(msg["Subject"])))
            natt += sum(1 for p in msg.walk() if p.get_filename() or p.get_content_type() == "message/rfc822")
        except Exception as e:  # noqa
            errors.append("%s: cannot parse/open: %s: %s" % (name, type(e).__name__, e))
            continue
        n = int(name[4:8])
        for where, t in texts:
            for mm in EMAIL_RE.finditer(t):
                if not mm.group(1).lower().endswith(".example"):
                    errors.append("%s %s: non-.example address %s" % (name, where, mm.group(0)))
            for mm in URL_RE.finditer(t):
                host = (mm.group(1) or mm.group(2)).rstrip(".")
                if not host.lower().endswith(".example"):
                    errors.append("%s %s: non-.example URL host %s" % (name, where, host))
            for mm in IBAN_RE.finditer(t):
                cc = mm.group(1)
                s = (cc + mm.group(2) + mm.group(3).replace(" ", ""))[:IBAN_LEN[cc]]
                if len(s) < IBAN_LEN[cc] or not s[2:].isalnum():
                    continue
                nibans += 1
                if not iban_ok(s) and s not in ALLOWED_INVALID_IBAN.get(n, ()):
                    errors.append("%s %s: IBAN checksum fails %s" % (name, where, s))
    print("files: %d, labels: %r" % (len(files), dict(sorted(cnt.items()))))
    print("languages: %r" % dict(sorted(lang.items())))
    print("attachments/forwards opened: %d, IBAN candidates checked: %d" % (natt, nibans))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    generate()
