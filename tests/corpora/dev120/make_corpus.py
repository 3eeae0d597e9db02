#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev120 -- the data protection office of the (invented) Elbauen Versicherungsgruppe.

150 hand-written outgoing / forwarded mails (German and English) with labels for a
mail-sensitivity classifier.  Standard library only, deterministic, no network.

    python make_corpus.py          # writes mails/d120-0001.eml ... d120-0150.eml and labels.tsv
    python make_corpus.py --check  # re-parses everything, validates labels/attachments, rebuild is byte-identical

Everything in here is invented: the insurer, all people, numbers, IBANs (ISO 7064 valid
but invented) and domains (all ending in .example).
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
import re
import sys
import tempfile
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr, format_datetime
from xml.etree import ElementTree as ET

NN = "120"
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "elbauen.example"
CET = _dt.timezone(_dt.timedelta(hours=1))
CEST = _dt.timezone(_dt.timedelta(hours=2))

# ---------------------------------------------------------------- people (invented)
DSB = ("Dr. Henrike Sommerfeld", "henrike.sommerfeld@elbauen.example")      # Konzerndatenschutzbeauftragte
OKAFOR = ("Jannis Okafor", "jannis.okafor@elbauen.example")                 # Referent Betroffenenrechte
CASTELL = ("Miriam Castell", "miriam.castell@elbauen.example")              # Juristin Datenschutz
KROEGER = ("Bastian Kröger", "bastian.kroeger@elbauen.example")             # DS-Koordinator Kranken/Leben
DEMIRTAS = ("Aylin Demirtaş", "aylin.demirtas@elbauen.example")             # Sachbearbeitung Betroffenenanfragen
WENDT = ("Pauline Wendt", "pauline.wendt@elbauen.example")                  # Teamassistenz
VOGT = ("Thorben Vogt", "thorben.vogt@elbauen.example")                     # Informationssicherheitsbeauftragter
DSPOST = ("Datenschutz Elbauen", "datenschutz@elbauen.example")


# ---------------------------------------------------------------- MIME building
class Part:
    """A MIME entity: list of (name, value) headers and the already encoded body bytes."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def to_bytes(self):
        out = b""
        for k, v in self.headers:
            out += f"{k}: {v}\n".encode("ascii")
        return out + b"\n" + self.body


def _encode_body(raw, cte):
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw, quotetabs=False)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def _norm(text):
    text = text.replace("\r\n", "\n")
    if text.startswith("\n"):
        text = text[1:]
    return text


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, filename=None):
    body = _norm(body)
    raw = body.encode(charset)
    ct = f"text/{subtype}; charset=\"{charset}\""
    if flowed:
        ct += "; format=flowed"
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if filename:
        hdrs.append(("Content-Disposition", _disp("attachment", filename)))
    return Part(hdrs, _encode_body(raw, cte))


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, "html", charset, cte)


def _disp(kind, filename):
    try:
        filename.encode("ascii")
        return f'{kind}; filename="{filename}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        return f"{kind}; filename*=utf-8''{quote(filename)}"


def attach(data, ctype, filename, cte="base64"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    name = filename
    try:
        name.encode("ascii")
        ct = f'{ctype}; name="{name}"'
    except UnicodeEncodeError:
        ct = ctype
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte),
                 ("Content-Disposition", _disp("attachment", filename))], _encode_body(data, cte))


def multipart(subtype, parts, boundary):
    body = b""
    for p in parts:
        body += f"--{boundary}\n".encode() + p.to_bytes()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += f"--{boundary}--\n".encode()
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], body)


def rfc822(msg_bytes, filename=None):
    hdrs = [("Content-Type", "message/rfc822")]
    if filename:
        hdrs.append(("Content-Disposition", _disp("attachment", filename)))
    try:
        msg_bytes.decode("ascii")
    except UnicodeDecodeError:
        hdrs.append(("Content-Transfer-Encoding", "8bit"))
    return Part(hdrs, msg_bytes)


def hval(s, charset="utf-8"):
    """Header value, RFC 2047 encoded when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(s, charset, maxlinelen=900).encode()


def addr(p, charset="utf-8"):
    if isinstance(p, str):
        return p
    name, a = p
    try:
        name.encode("ascii")
        if any(c in name for c in ",.()"):
            return f'"{name}" <{a}>'
        return f"{name} <{a}>"
    except UnicodeEncodeError:
        return f"{hval(name, charset)} <{a}>"


def addrs(lst, charset="utf-8"):
    if isinstance(lst, (str, tuple)):
        lst = [lst]
    return ", ".join(addr(x, charset) for x in lst)


def _last_sunday(y, mo):
    d = _dt.date(y, mo, 31)
    return d - _dt.timedelta(days=(d.weekday() + 1) % 7)


def dt(y, mo, d, h, mi, tz=None):
    if tz is None:
        day = _dt.date(y, mo, d)
        tz = CEST if _last_sunday(y, 3) <= day < _last_sunday(y, 10) else CET
    return _dt.datetime(y, mo, d, h, mi, (y + mo * d + h * mi) % 60, tzinfo=tz)


def message(n, frm, to, subject, date, part, cc=None, bcc=None, reply_to=None, in_reply_to=None,
            mailer=None, charset="utf-8", extra=None, mid_domain=DOM):
    h = hashlib.sha1(f"d{NN}-{n}".encode()).hexdigest()
    mid = f"<{date.strftime('%Y%m%d%H%M%S')}.{h[:12]}@{mid_domain}>"
    hdrs = [("From", addrs(frm, charset)), ("To", addrs(to, charset))]
    if cc:
        hdrs.append(("Cc", addrs(cc, charset)))
    if bcc:
        hdrs.append(("Bcc", addrs(bcc, charset)))
    if reply_to:
        hdrs.append(("Reply-To", addrs(reply_to, charset)))
    hdrs += [("Subject", hval(subject, charset)), ("Date", format_datetime(date)), ("Message-ID", mid)]
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
        hdrs.append(("References", in_reply_to))
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    for k, v in (extra or []):
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    return Part(hdrs + part.headers, part.body).to_bytes()


def inner(frm, to, subject, date, part, mid, charset="utf-8", cc=None):
    """A complete message to be forwarded as message/rfc822 (foreign or earlier mail)."""
    hdrs = [("From", addrs(frm, charset)), ("To", addrs(to, charset))]
    if cc:
        hdrs.append(("Cc", addrs(cc, charset)))
    hdrs += [("Subject", hval(subject, charset)), ("Date", format_datetime(date)),
             ("Message-ID", mid), ("MIME-Version", "1.0")]
    return Part(hdrs + part.headers, part.body).to_bytes()


OUTLOOK = "Microsoft Outlook 16.0"
TBIRD = "Mozilla Thunderbird 115.8"

# ---------------------------------------------------------------- attachments
ZDATE = (2025, 3, 3, 9, 30, 0)


def make_zip(members, date=ZDATE, stored_first=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.create_system = 0
            zi.external_attr = 0
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def make_pdf(pages, title="", author="Elbauen Versicherungsgruppe", compress=False, size=10):
    """Minimal valid PDF 1.4: Helvetica, WinAnsiEncoding, one text line per entry."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    def pdfstr(s):
        b = s.encode("cp1252", "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    cat = add(None)
    pages_id = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    fontb = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        stream = b"BT\n"
        y = 800
        for ln in lines:
            f, sz = b"/F1", size
            if ln.startswith("# "):
                f, sz, ln = b"/F2", size + 4, ln[2:]
            elif ln.startswith("** "):
                f, ln = b"/F2", ln[3:]
            stream += b"%s %d Tf 1 0 0 1 56 %d Tm (" % (f, sz, y) + pdfstr(ln) + b") Tj\n"
            y -= int(sz * 1.45)
        stream += b"ET\n"
        if compress:
            data = zlib.compress(stream, 9)
            cont = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cont = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                 % (pages_id, font, fontb, cont))
        kids.append(pg)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                          + b"] /Count %d >>" % len(kids))
    info = add(b"<< /Title (" + pdfstr(title) + b") /Author (" + pdfstr(author)
               + b") /Producer (Elbauen Druckdienst 2.3) /CreationDate (D:20250303093000+01'00') >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info, xref))
    return out


def _core(title, author):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{_x(title)}</dc:title><dc:creator>{_x(author)}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-03T09:30:00Z</dcterms:created>'
            '</cp:coreProperties>')


def make_docx(blocks, title="", author="Elbauen Versicherungsgruppe"):
    """blocks: str (paragraph; '# ' = heading) or list of rows (table)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = ""
    for b in blocks:
        if isinstance(b, list):
            body += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
            for row in b:
                body += "<w:tr>" + "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>' for c in row) + "</w:tr>"
            body += "</w:tbl>"
        elif b.startswith("# "):
            body += f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(b[2:])}</w:t></w:r></w:p>'
        else:
            body += f'<w:p><w:r><w:t xml:space="preserve">{_x(b)}</w:t></w:r></w:p>'
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
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
    return make_zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                     ("docProps/core.xml", _core(title, author)), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, author="Elbauen Versicherungsgruppe"):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    sheet_xml = []
    for name, rows in sheets:
        x = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        for r, row in enumerate(rows, 1):
            x += f'<row r="{r}">'
            for c, v in enumerate(row):
                ref = f"{_col(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    x += f'<c r="{ref}"><v>{v}</v></c>'
                else:
                    x += f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>'
            x += "</row>"
        x += "</sheetData></worksheet>"
        sheet_xml.append(x)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    for i in range(1, len(sheets) + 1))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{_x(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _) in enumerate(sheets, 1))
          + "</sheets></workbook>")
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                        for i in range(1, len(sheets) + 1))
              + "</Relationships>")
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", _core("", author)),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels)]
    members += [(f"xl/worksheets/sheet{i}.xml", s) for i, s in enumerate(sheet_xml, 1)]
    return make_zip(members)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return make_zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                    stored_first=True)


def make_odt(blocks):
    body = ""
    for b in blocks:
        if isinstance(b, list):
            body += '<table:table table:name="T1">'
            for row in b:
                body += "<table:table-row>" + "".join(
                    f"<table:table-cell><text:p>{_x(c)}</text:p></table:table-cell>" for c in row) + "</table:table-row>"
            body += "</table:table>"
        elif b.startswith("# "):
            body += f'<text:h text:outline-level="1">{_x(b[2:])}</text:h>'
        else:
            body += f"<text:p>{_x(b)}</text:p>"
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    return _odf("application/vnd.oasis.opendocument.text", content)


def make_ods(sheets):
    body = ""
    for name, rows in sheets:
        body += f'<table:table table:name="{_x(name)}">'
        for row in rows:
            body += "<table:table-row>"
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    body += f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
                else:
                    body += f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>'
            body += "</table:table-row>"
        body += "</table:table>"
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
               f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>")
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content)


def make_csv(rows, sep=";", encoding="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


def make_ics(uid, start, end, summary, location, description, organizer, attendees=()):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Elbauen//Kalender 4.2//DE", "METHOD:REQUEST",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250303T083000Z",
             f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
             f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}", f"DESCRIPTION:{esc(description)}",
             f"ORGANIZER;CN={esc(organizer[0])}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:   # fold at 75 octets
        b = ln
        while len(b.encode()) > 74:
            cut = 74
            while len(b[:cut].encode()) > 74:
                cut -= 1
            out.append(b[:cut])
            b = " " + b[cut:]
        out.append(b)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


MT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MT_ODT = "application/vnd.oasis.opendocument.text"
MT_ODS = "application/vnd.oasis.opendocument.spreadsheet"

SIG_DS = """
--
Elbauen Versicherungsgruppe
Konzerndatenschutz
Am Elbauenpark 4, 21614 Buxtehude
datenschutz@elbauen.example | www.elbauen.example/datenschutz
"""

DISCLAIMER_DE = """
Elbauen Allgemeine Versicherung AG | Elbauen Lebensversicherung AG | Elbauen Krankenversicherung AG
Sitz: Buxtehude | Vorstand: Dr. Carsten Holmqvist (Vors.), Ines Barkhoff, Malte Reuß
Aufsichtsratsvorsitzende: Prof. Dr. Gesa Tiedemann
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte den Absender und löschen Sie diese E-Mail."""

DISCLAIMER_EN = """
Elbauen Versicherungsgruppe, Am Elbauenpark 4, 21614 Buxtehude, Germany.
This e-mail may contain confidential information. If you are not the intended recipient,
please notify the sender and delete this e-mail."""



# ================================================================ the mails
def m001():
    body = """
Dear Ms Lindgren,

as agreed in our call on Tuesday, please find attached the property large-loss list
for the 2024 treaty year (Elbauen Allgemeine, homeowners' comprehensive, losses above
EUR 75,000 gross).

Before your claims audit team starts, a few points from our side as data protection
office, since this list is not anonymised:

- We have removed dates of birth, bank details and telephone numbers. Names and
  risk addresses are still in, because your auditor has to match the losses with the
  surveyors' reports he receives directly from us.
- Please limit access to the people named in clause 14.3 of the treaty wording
  (claims audit, treaty underwriter) and delete the file when the audit report is
  final. A short confirmation by e-mail is enough.
- Please do not forward it to retrocessionaires in this form. If they need loss
  data, we will produce an aggregated version.

Row 9 (Hollenstedt) is still open; the reserve may change after the second survey.

Kind regards

Miriam Castell
Legal Counsel Data Protection
Elbauen Versicherungsgruppe | Konzerndatenschutz
Am Elbauenpark 4, 21614 Buxtehude, Germany
""" + DISCLAIMER_EN
    rows = [["Claim no.", "Policyholder", "Risk address", "Date of loss", "Cause", "Gross incurred EUR", "Status"],
            ["SH-24-004417", "Kerstin and Olaf Wiebusch", "Am Mühlenteich 7, 21640 Horneburg", "2024-01-14", "Storm (roof)", 112400, "closed"],
            ["SH-24-007031", "Henning Dreyer", "Kirchenweg 22, 21629 Neu Wulmstorf", "2024-02-02", "Fire (kitchen)", 187950, "closed"],
            ["SH-24-011298", "Birte Oldenstedt", "Alte Dorfstraße 3, 21706 Drochtersen", "2024-03-29", "Burst pipe", 78320, "closed"],
            ["SH-24-015560", "Jens-Uwe Pagels", "Buchenring 15, 21614 Buxtehude", "2024-05-11", "Lightning / overvoltage", 91200, "closed"],
            ["SH-24-019984", "Tatjana Reimers", "Stader Straße 140, 21684 Stade", "2024-06-23", "Hail", 80775, "closed"],
            ["SH-24-022310", "Familie Cordes (Anke Cordes)", "Lühedeich 41, 21635 Jork", "2024-07-30", "Flood (elementary)", 243600, "closed"],
            ["SH-24-026702", "Marcel Okonkwo-Brandt", "Heideweg 9a, 21218 Seevetal", "2024-09-04", "Fire (garage, spread)", 156000, "closed"],
            ["SH-24-031145", "Ilse Hadeler", "Marschweg 2, 21709 Himmelpforten", "2024-10-19", "Storm (tree on roof)", 97480, "reopened"],
            ["SH-24-033877", "Dirk Lammers", "Hauptstraße 61, 21279 Hollenstedt", "2024-11-27", "Fire (chimney)", 268300, "open, reserve"]]
    x = make_xlsx([("Large losses 2024", rows)], author="Miriam Castell")
    p = multipart("mixed", [text(body), attach(x, MT_XLSX, "Elbauen_property_large_losses_2024_treaty_review.xlsx")],
                  "=_d120_001_mx")
    raw = message(1, CASTELL, ("Helena Lindgren", "helena.lindgren@nordkap-re.example"),
                  "Treaty review 2024 - property large-loss list (please restrict access)",
                  dt(2025, 2, 20, 10, 42), p, cc=("Sven Abeling", "sven.abeling@elbauen.example"), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "insurer-to-partner",
                 "attachment-only: XLSX with named private homeowners, risk addresses, claim numbers and loss amounts for the reinsurer; body harmless")


def m002():
    body = """
Sehr geehrte Frau Dr. Tjaden,

vielen Dank für die Übersendung des Entwurfs der überarbeiteten Verhaltensregeln
(Stand 31.01.2025). Aus Sicht der Elbauen Versicherungsgruppe haben wir nur wenige
Anmerkungen, die wir bitte in die Sitzung der Projektgruppe am 13. März mitzunehmen
bitten:

1. Art. 15 Abs. 3 DSGVO (Kopie): Der Entwurf sieht vor, dass bei Leistungsakten in der
   Krankenversicherung „grundsätzlich eine vollständige Kopie aller Arztberichte“
   herauszugeben ist. Das entspricht der Rechtsprechung, sollte aber um einen Satz zu
   Unterlagen Dritter (z. B. Gutachten über Mitversicherte) ergänzt werden.

2. Einwilligungs- und Schweigepflichtentbindungserklärung (Anlage 2): Die Mustertexte
   für die Erhebung von Gesundheitsdaten bei Ärzten, Krankenhäusern und Pflegeheimen
   sollten den Hinweis auf die Möglichkeit der Einzelfall-Einwilligung an den Anfang
   stellen, nicht ans Ende. Unsere Beschwerdestatistik zeigt, dass gerade dieser Punkt
   missverstanden wird.

3. Löschfristen: Die Tabelle in Anhang 4 nennt für abgelehnte Anträge in der
   Berufsunfähigkeitsversicherung drei Jahre; in der Praxis speichern die meisten
   Mitgliedsunternehmen die Antragsdaten im HIS-Kontext anders. Hier wäre eine
   Angleichung sinnvoll.

4. Redaktionell: In § 9 Abs. 2 fehlt der Verweis auf § 203 StGB.

Für Rückfragen stehe ich gern zur Verfügung; Herr Okafor aus meinem Team nimmt an der
Sitzung teil.

Mit freundlichen Grüßen

Dr. Henrike Sommerfeld
Konzerndatenschutzbeauftragte
Elbauen Versicherungsgruppe
Am Elbauenpark 4, 21614 Buxtehude
Tel. 04161 7702-4100
""" + DISCLAIMER_DE
    raw = message(2, DSB, ("Dr. Annika Tjaden", "a.tjaden@bvw-verband.example"),
                  "Stellungnahme Entwurf Verhaltensregeln (Stand 31.01.2025)", dt(2025, 2, 24, 16, 5),
                  text(body), cc=OKAFOR, mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "insurer-to-partner",
                 "trap: association statement on the code of conduct full of Art. 15 / health-data / BU / Schweigepflichtentbindung terms, no person")


def m003():
    body = """
Hallo zusammen,

anbei der Stand der Pflichtschulung „Datenschutz & Informationssicherheit 2025“ zum
Stichtag 28.02. Insgesamt liegen wir bei 81,4 % – Ziel laut Vorstandsbeschluss sind
95 % bis Ende April.

Auffällig: Leistung Kranken und Leben sind schon fast durch (die Kollegen arbeiten
täglich mit Gesundheitsdaten, da hat die Führungskraft wohl Druck gemacht), Vertrieb
Außendienst hängt deutlich hinterher. Ich würde vorschlagen, dass Henrike das im
Führungskreis am 11.03. anspricht.

Die Tabelle enthält nur Zahlen je Organisationseinheit, keine Namen. Die namentliche
Liste liegt wie immer nur bei HR bzw. den jeweiligen Führungskräften.

Viele Grüße
Pauline

Pauline Wendt
Teamassistenz Konzerndatenschutz
Tel. -4102
"""
    rows = [["Organisationseinheit", "Mitarbeitende", "abgeschlossen", "Quote", "Vorjahr"],
            ["Leistung Kranken (LK)", 142, 139, "97,9 %", "96,0 %"],
            ["Leistung Leben/BU (LL)", 64, 61, "95,3 %", "93,8 %"],
            ["Schaden Kfz (SK)", 118, 97, "82,2 %", "88,1 %"],
            ["Schaden Sach/HUK (SS)", 96, 80, "83,3 %", "85,0 %"],
            ["Betrieb/Bestand", 133, 109, "82,0 %", "90,2 %"],
            ["Kundenservice/Telefonie", 171, 138, "80,7 %", "79,5 %"],
            ["Vertrieb Innendienst", 58, 46, "79,3 %", "84,4 %"],
            ["Vertrieb Außendienst (angestellt)", 211, 121, "57,3 %", "61,0 %"],
            ["IT", 147, 131, "89,1 %", "91,7 %"],
            ["Zentralbereiche (HR, Recht, Finanzen, Revision)", 102, 92, "90,2 %", "92,6 %"],
            ["Gesamt", 1242, 1011, "81,4 %", "83,9 %"]]
    x = make_xlsx([("Quote 28.02.2025", rows)], author="Pauline Wendt")
    p = multipart("mixed", [text(body, cte="8bit", flowed=True),
                            attach(x, MT_XLSX, "Schulungsquote_Datenschutz_2025-02-28.xlsx")], "----=_Part_003_1740740000")
    raw = message(3, WENDT, [DSB, OKAFOR], "Schulungsquote Datenschutz Stand 28.02.", dt(2025, 2, 28, 14, 17), p,
                  mailer=TBIRD)
    return raw, ("NORMAL", "de", "internal",
                 "trap: training completion rates per department (mentions daily work with health data), numbers only, no names")


def m004():
    body = """
Sehr geehrter Herr Ahrensfeld,

vielen Dank für Ihren Anruf am Montag und Ihre E-Mail vom 17. März. Sie haben uns darauf
aufmerksam gemacht, dass in dem Umschlag mit Ihrer Beitragsrechnung zur Kfz-Versicherung
(Vertrag KF-3390-118204) zusätzlich ein zweiseitiges Schreiben lag, das nicht für Sie
bestimmt war – einen Nachtrag zur Hausratversicherung Nr. HR 22 118 447 einer anderen
Kundin.

Dafür entschuldigen wir uns. Der Fehler ist in unserem Druckzentrum bei der
maschinellen Kuvertierung entstanden; wir haben ihn intern als Datenschutzvorfall
aufgenommen und prüfen, ob weitere Sendungen betroffen sind.

Wir möchten Sie bitten,
  - das fremde Schreiben nicht weiterzugeben und
  - es entweder im beiliegenden Freiumschlag an uns zurückzusenden oder es zu
    vernichten (z. B. zerreißen oder schreddern) und uns das kurz per E-Mail zu
    bestätigen.

Ihre eigene Beitragsrechnung ist korrekt; an Ihrem Vertrag ändert sich nichts.

Für Ihre Mühe haben wir Ihnen als kleines Dankeschön einen Einkaufsgutschein
beigelegt.

Mit freundlichen Grüßen

Aylin Demirtaş
Betroffenenanfragen / Datenschutzvorfälle
Elbauen Versicherungsgruppe – Konzerndatenschutz
Az. DP-2025-014
""" + SIG_DS
    raw = message(4, DEMIRTAS, ("Detlef Ahrensfeld", "d.ahrensfeld@posteo-mail.example"),
                  "Ihr Hinweis zu einem fremden Schreiben in Ihrer Post – Az. DP-2025-014",
                  dt(2025, 3, 19, 11, 8), text(body), bcc=DSPOST, mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-customer",
                 "named recipient with his motor contract number plus the other customer's household policy number in a misdirected-mail case")


def m005():
    body = """
Liebe Kolleginnen und Kollegen,

anbei die überarbeitete Vorlage für Antworten auf Auskunftsersuchen nach Art. 15 DSGVO
(Version 4.0). Bitte ab 1. April nur noch diese Fassung verwenden, die alten Vorlagen
im Laufwerk habe ich nach /Archiv verschoben.

Was ist neu?
* Abschnitt „Kopie der Daten“ nach EuGH C-487/21 überarbeitet – wir schicken
  grundsätzlich eine Kopie, nicht nur eine Zusammenfassung.
* Neuer Textbaustein für Leistungsakten Kranken/Leben: Gesundheitsdaten versenden wir
  ausschließlich über das Kundenportal oder per Brief, nie als normale E-Mail.
* Die Felder «Geburtsdatum» und «IBAN_maskiert» sind jetzt Pflichtfelder für die
  Identitätsprüfung im Begleitschreiben.
* Frist-Baustein: „innerhalb eines Monats“ + Verlängerungshinweis (Art. 12 Abs. 3).

Platzhalter sind wie gewohnt in «Guillemets». Bitte keine echten Kundendaten in die
Vorlage selbst speichern, sondern nur im Serienbrief befüllen.

Rückfragen gern an mich.

Gruß
Miriam
"""
    doc = make_docx([
        "# Vorlage A15-04 – Auskunft nach Art. 15 DSGVO",
        "Elbauen Versicherungsgruppe · Konzerndatenschutz · Am Elbauenpark 4 · 21614 Buxtehude",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "Ihr Auskunftsersuchen vom «Datum_Eingang» – unser Zeichen «Vorgangsnummer»",
        "«Briefanrede»,",
        "Sie haben uns gebeten, Ihnen Auskunft über die zu Ihrer Person gespeicherten Daten zu geben. "
        "Zur Identitätsprüfung haben wir Ihre Angaben (Geburtsdatum «Geburtsdatum», Bankverbindung «IBAN_maskiert») "
        "mit unserem Bestand abgeglichen.",
        "1. Verarbeitete Daten: siehe Anlage «Anlage_Datenkopie».",
        "2. Zwecke der Verarbeitung: «Baustein_Zwecke»",
        "3. Empfänger: «Baustein_Empfaenger» (z. B. Rückversicherer, Dienstleister für Druck und Versand, Gutachter)",
        "4. Speicherdauer: «Baustein_Speicherdauer»",
        "5. Herkunft der Daten: «Baustein_Herkunft»",
        "[NUR Sparten KV/LV/UV/BU:] Unterlagen mit Gesundheitsdaten stellen wir Ihnen in Ihr Kundenpostfach ein.",
        [["Platzhalter", "Quelle", "Pflicht"],
         ["«Vorgangsnummer»", "DS-Tool", "ja"],
         ["«Geburtsdatum»", "Bestandssystem", "ja"],
         ["«IBAN_maskiert»", "Inkasso (nur letzte 4 Stellen)", "ja"],
         ["«Anlage_Datenkopie»", "Export DS-Tool", "ja"]],
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter/in»",
    ], title="Vorlage A15-04", author="Miriam Castell")
    p = multipart("mixed", [text(body), attach(doc, MT_DOCX, "Vorlage_A15-04_Auskunft_Art15.docx")], "_004_d120005")
    raw = message(5, CASTELL, [OKAFOR, DEMIRTAS, KROEGER], "Neue Vorlage Auskunft Art. 15 (V4.0) – gültig ab 01.04.",
                  dt(2025, 3, 21, 9, 12), p, mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: DOCX letter template for access requests with «Geburtsdatum»/«IBAN_maskiert» placeholders, no real person")


def m006():
    body = """
Dear Mr Brinkhaus,

thank you for the revised draft of the data processing agreement (Art. 28 GDPR) for the
incoming-mail scanning service. Our comments on Annex 2 (technical and organisational
measures) are in the attached PDF; the main points are:

1. Scope: the inbound mail of Elbauen Krankenversicherung AG includes medical invoices,
   hospital discharge letters and specialist reports, i.e. special categories of data
   under Art. 9 GDPR and data protected by section 203 of the German Criminal Code.
   Annex 2 must therefore describe the measures for the health-insurance mail stream
   separately (closed scanning room, no mobile phones, two-person rule for opening
   envelopes marked "Arzt" or "Krankenhaus").
2. Retention of paper originals: 6 weeks after scanning, then destruction to DIN 66399
   security level P-4 / protection class 3. Please name the shredding subcontractor in
   Annex 3.
3. Sub-processors outside the EEA: none accepted for this service.
4. Audit rights: we would like to keep the on-site audit once a year plus ad hoc audits
   after an incident.

Could we discuss in a short call next week? Thursday 10:00 or Friday 14:00 would suit us.

Best regards,
Miriam Castell
Legal Counsel Data Protection, Elbauen Versicherungsgruppe
"""
    pdf = make_pdf([[
        "# Annex 2 - Technical and organisational measures: comments Elbauen (v3)",
        "Contract: Incoming mail scanning, ScanWerk Logistics GmbH - draft of 14 March 2025",
        "",
        "** No.  Section           Comment",
        "2.1  Access control      Add: badge + PIN for the scanning room of the KV mail stream.",
        "2.2  Separation          Health mail (KV, LV/BU, UV) scanned on dedicated lines only.",
        "2.3  Transport           Sealed containers, GPS-tracked vehicle, two drivers.",
        "2.4  Transfer of images  SFTP to Elbauen only, TLS 1.2+, no e-mail transfer of scans.",
        "2.5  Paper originals     Keep 6 weeks, destroy P-4 / class 3, certificate per batch.",
        "2.6  Staff               Confidentiality undertaking incl. section 203 StGB (Mitwirkende).",
        "2.7  Logging             Log of every box opened, kept 12 months.",
        "2.8  Incidents           Notify Elbauen within 24 hours (Art. 33 deadline is ours).",
        "",
        "Open: 2.4 - ScanWerk proposes encrypted e-mail for urgent single documents. Not agreed.",
        "",
        "Elbauen Versicherungsgruppe - Konzerndatenschutz - page 1/1",
    ]], title="Annex 2 TOMs comments Elbauen v3", author="Miriam Castell")
    p = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                            attach(pdf, "application/pdf", "Annex2_TOMs_comments_Elbauen_v3.pdf")], "b1_d120_006")
    raw = message(6, CASTELL, ("Frank Brinkhaus", "f.brinkhaus@scanwerk-logistics.example"),
                  "DPA incoming mail scanning - our comments on Annex 2 (TOMs)", dt(2025, 3, 17, 15, 31), p,
                  cc=VOGT, mailer=OUTLOOK, charset="us-ascii")
    return raw, ("NORMAL", "en", "insurer-to-supplier",
                 "trap: DPA/TOM negotiation with the scanning vendor mentioning medical invoices, Art. 9 and section 203 StGB in general, no person")


def m007():
    body = """
Hello Ms Ferreira,

thanks for the proposed dates for the ISO/IEC 27001 surveillance audit.

We can confirm 6-7 May 2025 (on site in Buxtehude, day 1 from 09:00). Please note that
our information security officer Thorben Vogt is the main contact; I will join the
session on the interfaces to data protection (incident management, records of
processing) on day 2 in the morning.

Could you send the audit plan by 22 April? A meeting room with a projector will be
booked for the whole two days. Visitor badges will be at the main reception, please
bring ID.

Regards
Jannis Okafor
Data Protection Office, Elbauen Versicherungsgruppe
"""
    raw = message(7, OKAFOR, ("Luana Ferreira", "luana.ferreira@certora-audit.example"),
                  "Re: ISO 27001 surveillance audit 2025 - dates", dt(2025, 3, 11, 8, 54),
                  text(body, charset="us-ascii", cte="7bit"), cc=VOGT, charset="us-ascii",
                  in_reply_to="<3a91f0c2.20250310@certora-audit.example>")
    return raw, ("NORMAL", "en", "insurer-to-supplier",
                 "trap: audit scheduling with the certification body; staff names and dates only")


def m008():
    body = """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18. April 2025 nicht im Büro
und lese meine E-Mails nicht.

Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich
- bei Auskunfts-, Lösch- und Widerspruchsanliegen an datenschutz@elbauen.example,
- bei einer möglichen Datenpanne (z. B. Fehlversand von Briefen oder E-Mails, Verlust
  eines Geräts) bitte SOFORT an die Meldestelle: datenpanne@elbauen.example bzw.
  Tel. 04161 7702-4110 (Mo–Fr 8–18 Uhr). Denken Sie an die 72-Stunden-Frist!
- Vertretung: Jannis Okafor (jannis.okafor@elbauen.example).

---

Thank you for your message. I am out of the office until 18 April 2025 inclusive.
Your e-mail will not be forwarded. For data subject requests please write to
datenschutz@elbauen.example; to report a possible data breach (misdirected mail, lost
device) please contact datenpanne@elbauen.example or call +49 4161 7702-4110 at once.
My deputy is Jannis Okafor.

Dr. Henrike Sommerfeld
Konzerndatenschutzbeauftragte
"""
    raw = message(8, DSB, ("Konstantin Pahl", "konstantin.pahl@elbauen.example"),
                  "Automatische Antwort: Abstimmung Compliance-Bericht Q1 / Automatic reply",
                  dt(2025, 4, 7, 13, 2), text(body),
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return raw, ("NORMAL", "mixed", "internal",
                 "trap: bilingual out-of-office of the DPO mentioning data breaches and the 72-hour deadline")


def m009():
    body = """
Hallo Herr Wiechmann,

danke für die Einladung zum Datenschutz-Stammtisch der norddeutschen Versicherer am
15. Mai in Lüneburg – wir kommen gern, voraussichtlich Herr Kröger und ich.

Zu Ihrer Themenabfrage zwei Vorschläge von uns:

  a) Auskunftsersuchen als „Beweisbeschaffung“ im Leistungsstreit (BU, PKV): Wie gehen
     die Häuser mit Anträgen nach Art. 15 um, die erkennbar nur die Gutachten vor dem
     Prozess herausholen sollen? Gibt es schon Erfahrungen mit der neuen BGH-Linie?
  b) Fehlversand von Arztberichten und Leistungsabrechnungen: Welche technischen
     Maßnahmen (Adressprüfung, Vier-Augen-Prinzip beim Kuvertieren, Sperrvermerke)
     haben sich bewährt? Wir würden unsere Zahlen anonymisiert beisteuern.

Beim Thema Meldepflicht nach Art. 33 DSGVO wäre es schön, wenn jemand von der
Aufsichtsbehörde ein Impulsreferat hielte – vielleicht kann der Verband anfragen?

Beste Grüße aus Buxtehude
Henrike Sommerfeld

--
Dr. Henrike Sommerfeld, Konzerndatenschutzbeauftragte
Elbauen Versicherungsgruppe, Am Elbauenpark 4, 21614 Buxtehude
"""
    raw = message(9, DSB, ("Ole Wiechmann", "o.wiechmann@hanse-assekuranz.example"),
                  "AW: Einladung Datenschutz-Stammtisch 15.05. – Themen", dt(2025, 3, 26, 17, 48),
                  text(body, cte="8bit", flowed=True), cc=KROEGER, mailer=TBIRD,
                  in_reply_to="<stammtisch-2025-05@hanse-assekuranz.example>")
    return raw, ("NORMAL", "de", "insurer-to-partner",
                 "trap: topics for a DPO meet-up about access requests in BU/PKV disputes and misdirected medical reports, no case")


def m010():
    body = """
Hallo Grit,

kurze Antwort vorab, ausführlich gern morgen telefonisch:

1. Das Führungszeugnis dürft ihr für die Admin-Stelle einsehen (Zugriff auf
   Produktivsysteme, § 26 BDSG i. V. m. Art. 10 DSGVO). Eine KOPIE gehört aber nicht in
   die Bewerberakte. Es reicht ein Vermerk „Führungszeugnis eingesehen am …, Ergebnis
   berücksichtigt“.
2. Dass die Verurteilung wegen Computerbetrugs für genau diese Stelle relevant ist,
   kann man vertreten. Die Bewertung muss aber die Fachabteilung mit HR treffen, nicht
   wir.
3. Die eingescannte Kopie auf dem Teamlaufwerk bitte heute noch löschen, auch aus dem
   Papierkorb. Der Ordner ist für die ganze Recruiting-Gruppe lesbar.

Gruß
Miriam

-----Ursprüngliche Nachricht-----
Von: Haverkamp, Grit <grit.haverkamp@elbauen.example>
Gesendet: Mittwoch, 5. März 2025 16:22
An: Castell, Miriam <miriam.castell@elbauen.example>
Betreff: Führungszeugnis Bewerber IT-Administration – dürfen wir das speichern?

Hallo Miriam,

für die Stelle „Systemadministrator/in Rechenzentrum“ (Ausschreibung IT-2025-07) sind
wir mit Herrn Kilian Westerhoff kurz vor der Zusage. Er hat uns gestern das
Führungszeugnis geschickt, und da steht eine Verurteilung drin: Amtsgericht Hamburg,
2019, Computerbetrug (§ 263a StGB), 90 Tagessätze.

Die Fachabteilung will ihn trotzdem, weil es lange her ist. Ich habe das Zeugnis
eingescannt und unter R:\\Recruiting\\IT-2025-07\\Westerhoff\\ abgelegt. Dürfen wir das
so in der Bewerberakte behalten? Und müssen wir ihn darauf ansprechen?

Danke dir!
Grit

Grit Haverkamp
Personalreferentin | HR Recruiting
"""
    raw = message(10, CASTELL, ("Grit Haverkamp", "grit.haverkamp@elbauen.example"),
                  "AW: Führungszeugnis Bewerber IT-Administration – dürfen wir das speichern?",
                  dt(2025, 3, 5, 17, 40), text(body), mailer=OUTLOOK,
                  in_reply_to="<AM0PR07MB4412.fz-westerhoff@elbauen.example>")
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "internal",
                 "criminal conviction (Art. 10 GDPR) of a named job applicant in the quoted HR mail")


def m011():
    body = """
Landesbeauftragte für Datenschutz Niederelbe
Referat 3.2
z. Hd. Frau Selin Aksoy

Ihr Zeichen: LfD-NE 3.2-1187/25
Unser Zeichen: DS-2025-0233
Beschwerde von Herrn Yannick Brodersen – Werbe-E-Mails

Sehr geehrte Frau Aksoy,

zu Ihrem Schreiben vom 4. April 2025 nehmen wir wie folgt Stellung.

1. Sachverhalt
Herr Brodersen, wohnhaft Gravenhorster Weg 12, 21680 Stade, ist seit 2017 Kunde der
Elbauen Allgemeine Versicherung AG (Kfz-Versicherung KF-2281-004519,
Privathaftpflicht PH-77 530 218). Bei Vertragsabschluss hat er in die Zusendung von
Produktinformationen per E-Mail an y.brodersen@kabelnord-mail.example eingewilligt
(Einwilligung vom 03.11.2017, elektronisch protokolliert).

Am 12. Januar 2025 hat Herr Brodersen diese Einwilligung über den Abmeldelink im
Newsletter widerrufen. Der Widerruf wurde in unserem Newsletter-System korrekt
verarbeitet. Er erhielt danach jedoch am 28. Januar und 25. Februar 2025 zwei
Werbe-E-Mails zur Wohngebäudeversicherung, die nicht über das Newsletter-System,
sondern über eine Kampagnenliste des Vertriebs versandt wurden.

2. Ursache
Die Kampagnenliste war am 8. Januar 2025 – vor dem Widerruf – exportiert und danach
nicht erneut gegen die Sperrliste abgeglichen worden.

3. Maßnahmen
- Herr Brodersen wurde am 7. April 2025 auf allen Werbekanälen gesperrt (Art. 21 Abs. 3).
- Kampagnenlisten werden seit dem 14. April 2025 unmittelbar vor jedem Versand
  automatisch gegen die zentrale Sperrliste geprüft.
- Der Vertrieb wurde zu dem Vorgang geschult.

Herr Brodersen hat von uns am 9. April 2025 eine schriftliche Entschuldigung erhalten.
Eine Kopie fügen wir auf Wunsch bei.

Mit freundlichen Grüßen

i. A. Miriam Castell
Juristin Datenschutz
Elbauen Versicherungsgruppe
"""
    raw = message(11, CASTELL, ("Selin Aksoy", "poststelle@lfd-niederelbe.example"),
                  "Stellungnahme zu LfD-NE 3.2-1187/25 (Beschwerde Brodersen)", dt(2025, 4, 16, 10, 25),
                  text(body), cc=DSB, mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-partner",
                 "statement to the supervisory authority naming the complainant with home address, e-mail and motor/liability contract numbers")


def m012():
    body = """
Dear Ms Kavanagh,

Re: your request of 2 February 2025 to erase your data - pet health insurance
Policy no. TK-5518-220947 (dog "Bramble")

Thank you for your e-mail. I am sorry to hear that Bramble has passed away, and I can
confirm that your policy was cancelled with effect from 31 January 2025.

We have now deleted or restricted your data as follows:

- Marketing data and your online account: deleted on 18 February 2025.
- The claims file (vet invoices for the cruciate ligament surgery in 2023 and the
  follow-up physiotherapy, payments of EUR 2,840.17 and EUR 612.40): we have to keep
  the accounting records, including the invoices, for 10 years under German tax and
  commercial law. Until then the file is restricted: only our accounting and audit
  teams can open it, and it is no longer used for any other purpose.
- The contract data (name, address in Galway, direct debit details) are kept for the
  same period and then deleted automatically.

If you have any questions, please reply to this e-mail. You also have the right to
lodge a complaint with a supervisory authority.

Kind regards,

Jannis Okafor
Data Protection Office
Elbauen Versicherungsgruppe
""" + DISCLAIMER_EN
    raw = message(12, OKAFOR, ("Saoirse Kavanagh", "saoirse.kavanagh@eirmail.example"),
                  "Your erasure request - pet insurance TK-5518-220947", dt(2025, 2, 18, 15, 9),
                  text(body), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "insurer-to-customer",
                 "named customer, pet policy number, claim payments and animal health (vet surgery): animal health is not Art. 9 -> confidential (grey zone)")


def m013():
    body = """
Hallo Frau Lüdeke,

bitte einmal dringend anschauen – die Beschwerde unten kam gestern über das
Kontaktformular. Herr Whitcombe hat schon im Dezember telefonisch widersprochen
(Vermerk im Bestand vom 09.12.2024), trotzdem wieder zwei Anrufe vom Außendienst.

Könnten Sie mir bis Freitag sagen, über welche Liste die Anrufe gelaufen sind und
ob der Vermittler 4471-22 die Sperre überhaupt sieht? Ich muss ihm innerhalb der
Monatsfrist antworten, und wenn er zur Aufsicht geht, brauchen wir den Ablauf.

Danke + Gruß
Jannis Okafor

-------- Weitergeleitete Nachricht --------
Betreff: Complaint - unwanted phone calls
Datum: Mon, 10 Mar 2025 21:14:33 +0100
Von: Graham Whitcombe <graham.whitcombe@britmail.example>
An: datenschutz@elbauen.example

Dear Sir or Madam,

I have been a customer of yours for six years (home contents HR 19 884 031 and
personal liability PH-77 102 955, both for our house at Birkenallee 5 in Jork). Last
December I told your call centre very clearly that I do not want any sales calls.
Your agent wrote it down, I heard her typing.

Since then I have received two more calls, on 27 February and 6 March, both on my
mobile (+49 171 5528 0193), from a man who said he was "your local Elbauen
representative" and wanted to talk about a pension product.

I object once more to any use of my data for marketing (Article 21 GDPR), and I
would like to know where this man got my mobile number.

Yours faithfully,
Graham Whitcombe
"""
    raw = message(13, OKAFOR, ("Corinna Lüdeke", "corinna.luedeke@elbauen.example"),
                  "WG: Complaint - unwanted phone calls (Widerspruch Werbung, bitte bis Fr.)",
                  dt(2025, 3, 11, 9, 37), text(body), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "mixed", "customer",
                 "forwarded customer complaint (English) with German note: name, address, mobile number, household and liability policy numbers")


def m014():
    body = """
Dear colleagues in Vienna,

as discussed with Ms Huber on the phone, we are handing over the following access
request, which reached us in Buxtehude but concerns a contract of Elbauen
Versicherung Österreich AG:

Requester:   Mag. Florian Pichlmayr
Address:     Gumpendorfer Straße 88/14, 1060 Wien
E-mail:      f.pichlmayr@wienmail.example
Contract:    motor insurance KFZ-AT 7730 1184 (VW Touran, W-48213K)
Bank:        direct debit from AT03 1420 0200 1096 3407
Received:    24 March 2025 (our ref. DS-2025-0311)

He asks for a copy of all data "including the call recordings from the claim in
November". Identity has not been verified yet - the e-mail address matches the one
in your portfolio, the date of birth he gave (15 June 1979) we could not check here.

The one-month deadline runs from 24 March, so 24 April. We have told him that the
Austrian company will reply and have closed our ticket. Please confirm receipt.

Best regards,
Aylin Demirtas
Data Subject Requests, Elbauen Versicherungsgruppe (Germany)
"""
    raw = message(14, DEMIRTAS, ("Datenschutz Elbauen Österreich", "datenschutz@elbauen-austria.example"),
                  "Handover DSAR DS-2025-0311 (Pichlmayr) - Austrian motor contract", dt(2025, 3, 26, 11, 51),
                  text(body, cte="8bit"), cc=("Theresa Huber", "theresa.huber@elbauen-austria.example"),
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "insurer-to-partner",
                 "handover to the Austrian group company: name, Vienna address, birth date, motor contract, plate and AT IBAN")


def m015():
    body = """
Hallo Teamleitungen Kundenservice,

wie im Jour fixe besprochen: anbei der Gesprächsleitfaden für Anrufe zu Auskunfts- und
Löschwünschen. Bitte bis 31.03. in euren Teams durchsprechen; ab April fragen wir in
der Qualitätssicherung danach.

Die wichtigsten Regeln in Kürze:
- Am Telefon nehmen wir den Wunsch auf, erteilen aber KEINE Auskunft über
  Vertrags- oder Gesundheitsdaten. Die Antwort geht schriftlich an die hinterlegte
  Adresse bzw. ins Kundenpostfach.
- Identität: Vertragsnummer + Geburtsdatum + Postleitzahl abfragen, im Ticket nur
  „geprüft ja/nein“ vermerken, nicht die Daten selbst.
- Ruft jemand für Angehörige an („meine Mutter liegt im Krankenhaus …“): Vollmacht
  oder Betreuerausweis anfordern, nichts bestätigen, auch nicht, ob die Person bei uns
  versichert ist.

Beste Grüße
Jannis
"""
    doc = make_docx([
        "# Gesprächsleitfaden Betroffenenrechte (Telefon) – Stand März 2025",
        "Begrüßung: „Elbauen Versicherung, «Name Mitarbeiter/in», guten Tag.“",
        "Anliegen erkennen: Auskunft (Art. 15), Löschung (Art. 17), Berichtigung (Art. 16), Widerspruch Werbung (Art. 21).",
        "Identität prüfen: „Darf ich Sie um Ihre Vertragsnummer, Ihr Geburtsdatum und Ihre Postleitzahl bitten?“",
        "Im Ticket erfassen: Art des Anliegens, Kanal, Datum, «Identität geprüft: ja/nein». KEINE Gesundheitsangaben notieren.",
        "Wenn die Anruferin/der Anrufer Diagnosen, Krankenhausaufenthalte o. Ä. erzählt: freundlich unterbrechen, nicht mitschreiben.",
        "Abschluss: „Sie erhalten die Antwort innerhalb eines Monats schriftlich.“",
        [["Situation", "Antwort"],
         ["Anrufer will sofort wissen, welche Arztberichte vorliegen", "Keine telefonische Auskunft; schriftliche Auskunft zusagen"],
         ["Angehörige/r ruft an", "Vollmacht/Betreuerausweis anfordern; nichts bestätigen"],
         ["Anwalt ruft an", "Schriftliche Anfrage mit Vollmacht an datenschutz@elbauen.example"],
         ["Presse ruft an", "An Unternehmenskommunikation verweisen"]],
        "Ticket-Kategorie: DS-Betroffenenrecht; Weiterleitung an Team Betroffenenanfragen.",
    ], title="Gesprächsleitfaden Betroffenenrechte", author="Jannis Okafor")
    p = multipart("mixed", [text(body), attach(doc, MT_DOCX, "Leitfaden_Telefon_Betroffenenrechte_2025-03.docx")],
                  "=_NextPart_015_d120")
    raw = message(15, OKAFOR, [("TL Kundenservice", "tl-kundenservice@elbauen.example")],
                  "Gesprächsleitfaden Auskunft/Löschung am Telefon – bitte bis 31.03. im Team besprechen",
                  dt(2025, 3, 14, 12, 3), p, cc=DEMIRTAS, mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: phone script for access/erasure calls with placeholders and health-data wording, no real person")


def m016():
    body = """
Hallo Service Desk,

unser Funktionspostfach datenschutz@elbauen.example meldet seit heute früh "Postfach
fast voll" (49,1 von 50 GB). Bitte auf 100 GB erhöhen, sonst laufen Mails von
Kunden und der Aufsichtsbehörde ins Leere.

Hintergrund: Über das Postfach kommen alle Auskunftsersuchen rein, oft mit großen
Anhängen (Scans, Kontoauszüge, Arztberichte usw.). Die Vorgänge werden im DS-Tool
abgelegt und nach unserem Löschkonzept nach drei Jahren aus dem Postfach gelöscht –
die nächste Löschung läuft erst im Juni.

Kostenstelle 4100, Genehmigung Dr. Sommerfeld liegt vor (siehe cc).

Danke und Gruß
Pauline Wendt
Teamassistenz Konzerndatenschutz, Tel. -4102

> Von: servicedesk@elbauen.example
> Ticket INC0248817 wurde angelegt. Kategorie: Exchange / Postfachgröße.
> Priorität: 3 (mittel). Sie erhalten eine Nachricht, sobald ein Bearbeiter
> zugewiesen ist.
"""
    raw = message(16, WENDT, ("IT Service Desk", "servicedesk@elbauen.example"),
                  "RE: INC0248817 Funktionspostfach datenschutz@ fast voll – bitte auf 100 GB", dt(2025, 1, 27, 8, 22),
                  text(body, cte="8bit", flowed=True), cc=DSB, mailer=TBIRD)
    return raw, ("NORMAL", "de", "internal",
                 "trap: IT ticket about the data protection mailbox quota mentioning Arztberichte and Kontoauszüge in general")


def m017():
    body = """
Meldung eines möglichen Datenschutzvorfalls – Output-Management

Gemeldet von:   Nele Jessen, Output-Management / Poststelle, Tel. -3380
Entdeckt am:    Donnerstag, 06.02.2025, 14:10 Uhr (Anruf Kundin beim Kundenservice)
Art:            Fehlversand Brief (Kuvertierung)

Was ist passiert?
Frau Renate Hollmann, Lindenweg 4, 21682 Stade (Kfz-Vertrag KF-1104-337812) hat in
ihrem Umschlag mit der Beitragsrechnung 2025 zusätzlich die Beitragsrechnung eines
anderen Kunden gefunden:

   Herr Timo Karstens, Am Wasserturm 17, 21614 Buxtehude
   Kfz-Vertrag KF-1104-338015, Beitrag 2025: 684,22 EUR
   SEPA-Lastschrift vom Konto DE52 2105 0000 4471 8203 65 (Sparkasse), Fälligkeit 01.03.

Die Seite von Herrn Karstens war das Blatt 2 eines Doppeldrucks; vermutlich hat die
Kuvertiermaschine 3 (Lauf 2025-02-03-K3) zwei Blätter gleichzeitig eingezogen.

Sofortmaßnahmen:
- Frau Hollmann wurde gebeten, das Blatt zu vernichten. Sie hat zugesagt, es mit dem
  Freiumschlag zurückzuschicken.
- Lauf 2025-02-03-K3 (insgesamt 4.816 Sendungen) wird auf weitere Doppeleinzüge
  geprüft (Gewichtsprotokoll).

Betroffene Datenarten: Name, Adresse, Vertragsnummer, Beitrag, IBAN (Herr Karstens).
Keine Gesundheitsdaten.

Bitte um Bewertung durch den Datenschutz (Meldepflicht Art. 33?).

Nele Jessen
"""
    raw = message(17, ("Nele Jessen", "nele.jessen@elbauen.example"), ("Meldestelle Datenpanne", "datenpanne@elbauen.example"),
                  "Meldung Datenschutzvorfall – Fehlversand Beitragsrechnung Kfz (Lauf 2025-02-03-K3)",
                  dt(2025, 2, 6, 15, 2), text(body), cc=DEMIRTAS, mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "internal",
                 "internal breach report: two named motor customers, addresses, contract numbers, premium and a full IBAN; no health data")


def m018():
    body = """
Dear Mr Achterberg,

Life insurance no. LV 7.204.118.33 - your late father, Mr Heinrich Achterberg
Your access request of 10 March 2025

Please accept our condolences on the death of your father.

You asked us, as his son and one of his heirs, what information we hold in connection
with the claim and why the payment has not been made yet. We can give you this
information because you have sent us the certificate of inheritance (Erbschein) of the
Amtsgericht Stade of 27 February 2025.

1. Data we hold
- the policy file (application of 2021, sum insured EUR 60,000, beneficiary: "the
  heirs"),
- the death certificate of 14 January 2025 (cause of death given there:
  acute myocardial infarction),
- the answers to the health questions in the 2021 application, in which your father
  stated that he had no heart disease and took no regular medication,
- the report of the Elbe-Klinikum Stade of 20 January 2025, which we requested with
  the consent you gave on behalf of the heirs. It mentions coronary heart disease
  known since 2019 and treatment with bisoprolol and ASA.

2. Why the claim is still under review
Because the policy was taken out less than five years before the death, we have to
check whether the health questions were answered correctly (section 19 of the German
Insurance Contract Act). We have asked the family doctor, Dr. Ruth Wehmeyer, for
records from 2018 to 2021. As soon as we have them, we will decide and write to you.

3. Copy
A copy of the documents listed under 1 has been placed in the secure customer portal;
you will receive the access code by post to your address in Rotterdam.

Yours sincerely,

Bastian Kröger
Data Protection Coordinator Life & Health
Elbauen Lebensversicherung AG
""" + DISCLAIMER_EN
    raw = message(18, KROEGER, ("Daniel Achterberg", "d.achterberg@nlpost.example"),
                  "Your request regarding the life insurance of Mr Heinrich Achterberg", dt(2025, 3, 31, 14, 45),
                  text(body), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                 "life claim of a named deceased: cause of death, hospital report, heart disease and medication")


def m019():
    body = """
Dear Mr Venkataraman,

thank you for your message through the customer portal. You asked which information
about your prescriptions we store in your international health insurance
(policy IHI-3307-71822) and who can see it.

For 2024 our claims system contains the following pharmacy claims:

  Date        Pharmacy                    Medicine                       Amount
  2024-01-19  Apotheke am Sande, Lüneburg Metformin 1000 mg, 180 tabl.   EUR  31.80
  2024-04-22  Apotheke am Sande, Lüneburg Metformin 1000 mg, 180 tabl.   EUR  31.80
  2024-04-22  Apotheke am Sande, Lüneburg Atorvastatin 20 mg, 100 tabl.  EUR  24.15
  2024-08-05  Pharmacy Koramangala (IN)   Metformin 500 mg (local brand) INR 1,240
  2024-10-30  Apotheke am Sande, Lüneburg Metformin 1000 mg, 180 tabl.   EUR  31.80

Access: only the claims handlers of the international health team and, for
claims above EUR 5,000, our medical advisory service. The data are not shared with
your employer, even though your employer pays part of the premium.

We keep claims data for ten years after the end of the calendar year in which the
claim was paid, because of German tax law and the limitation periods.

If you would like a copy of the original receipts, please let me know.

Kind regards
Bastian Kröger
Data Protection Coordinator Health & Life
Elbauen Krankenversicherung AG
"""
    p = text(body, cte="base64")
    raw = message(19, KROEGER, ("Arjun Venkataraman", "arjun.venkataraman@globexmail.example"),
                  "Your question about your prescription data", dt(2025, 1, 14, 10, 3), p, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                 "base64-encoded body: named customer's health policy with metformin/atorvastatin prescriptions")


def m020():
    plain = """
PHISHING WARNING - fake "data subject access requests"

Dear colleagues,

since Monday we have been receiving e-mails that look like access requests under
Article 15 GDPR. They are sent to many mailboxes at once, not only to
datenschutz@elbauen.example. Typical signs:

  * Subject like "Auskunftsersuchen nach Art. 15 DSGVO - Frist 7 Tage" or
    "Urgent GDPR request - your customer data"
  * a ZIP or ISO attachment ("Personalausweis_Kopie.zip", "Vollmacht.iso")
  * a threat of a fine or a complaint to the authority within a few days
  * sender addresses at free-mail providers that change with every mail

Please DO NOT open the attachments. Use the "Report phishing" button in Outlook.
Genuine access requests are never rejected for that reason - the data protection
team checks every reported mail and contacts the sender if it is real.

Thank you!
Information Security | Thorben Vogt, ISB
"""
    htm = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">
<div style="background:#b00020;color:#fff;padding:8px 12px;font-weight:bold">PHISHING WARNING &ndash; fake &quot;data subject access requests&quot;</div>
<p>Dear colleagues,</p>
<p>since Monday we have been receiving e-mails that look like access requests under Article&nbsp;15 GDPR.
They are sent to many mailboxes at once, not only to <a href="mailto:datenschutz@elbauen.example">datenschutz@elbauen.example</a>. Typical signs:</p>
<ul>
<li>Subject like <i>&quot;Auskunftsersuchen nach Art. 15 DSGVO &ndash; Frist 7 Tage&quot;</i> or <i>&quot;Urgent GDPR request &ndash; your customer data&quot;</i></li>
<li>a ZIP or ISO attachment (&quot;Personalausweis_Kopie.zip&quot;, &quot;Vollmacht.iso&quot;)</li>
<li>a threat of a fine or a complaint to the authority within a few days</li>
<li>sender addresses at free-mail providers that change with every mail</li>
</ul>
<p><b>Please DO NOT open the attachments.</b> Use the &quot;Report phishing&quot; button in Outlook.
Genuine access requests are never rejected for that reason &ndash; the data protection team checks every reported mail
and contacts the sender if it is real.</p>
<p>Thank you!<br>Information Security | Thorben Vogt, ISB</p>
</body></html>
"""
    p = multipart("alternative", [text(plain, charset="us-ascii", cte="7bit"), html(htm, charset="us-ascii", cte="7bit")],
                  "----alt_d120_020_7f3e")
    raw = message(20, VOGT, ("All staff Elbauen", "alle-mitarbeitenden@elbauen.example"),
                  "PHISHING WARNING: fake GDPR access requests with ZIP attachments", dt(2025, 2, 12, 7, 58), p,
                  cc=DSB, mailer=OUTLOOK, extra=[("Importance", "high")])
    return raw, ("NORMAL", "en", "internal",
                 "trap: security warning about fake Art. 15 requests with 'Personalausweis_Kopie.zip' examples, no person")


def m021():
    body = """
Hallo Herr Stellmacher,

wir haben eine Datenschutzbeschwerde, die eigentlich ein Inkassothema ist, ich brauche
aber Ihre Zuarbeit:

Frau Ingrid Sölter (Kd.-Nr. 10 482 993) hat Hausrat (HR 21 560 118) und Wohngebäude
(WG 21 560 119) bei uns. Für beide Verträge gibt es ein SEPA-Mandat über ihr Konto
bei der Volksbank, IBAN DE73 7602 6000 0212 3309 18. Am 03.03. wurden laut
Kontoauszug (liegt mir als Scan vor) zwei Mal 312,40 EUR abgebucht, und zusätzlich
ein Betrag von 96,00 EUR für eine Glasversicherung, die sie nach eigener Aussage
nie abgeschlossen hat.

Sie schreibt, wir hätten ihre Bankdaten „für einen fremden Vertrag missbraucht“ und
will Auskunft, in welchen Verträgen ihre IBAN gespeichert ist (Art. 15).

Bitte prüfen Sie:
1. In welchen Verträgen ist die IBAN hinterlegt (auch als abweichender Kontoinhaber)?
2. Woher kommt die Glasversicherung (Mandatsreferenz EL-GL-0098812?)
3. Wurde die Doppelabbuchung schon erstattet?

Frist für meine Antwort an die Kundin: 28.03.

Danke Ihnen!
Aylin Demirtas
Betroffenenanfragen
"""
    raw = message(21, DEMIRTAS, ("Jörg Stellmacher", "joerg.stellmacher@elbauen.example"),
                  "Beschwerde Sölter – Doppelabbuchung / IBAN in fremdem Vertrag? (DS-2025-0270)",
                  dt(2025, 3, 10, 13, 26), text(body, charset="windows-1252", cte="8bit"), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "internal",
                 "named customer with customer/contract numbers, IBAN and debit amounts (household/buildings), windows-1252 8bit")


def m022():
    htm = """<html><head><meta charset="utf-8"><title>Claims history export</title></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:10.5pt">
<p>Hi Emily,</p>
<p>below is the export from LEIFA for the access request of Mr Callum Fraser (our ref. DS-2025-0198),
as you asked for the UK side. The BU policy is German (BU 88 104 736), he moved to Edinburgh in 2022.
Please check whether your complaints log has anything else on him, then I will put the whole package together.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde6f0"><th>Claim</th><th>Reported</th><th>Diagnosis (ICD-10)</th><th>Decision</th><th>Monthly benefit</th></tr>
<tr><td>BU-L-2019-0441</td><td>2019-05-02</td><td>M54.5 low back pain</td><td>declined (not 50 %)</td><td>&ndash;</td></tr>
<tr><td>BU-L-2021-1187</td><td>2021-11-15</td><td>F43.1 post-traumatic stress disorder; F32.1 moderate depressive episode</td><td>accepted from 2022-02-01</td><td>EUR 1,850.00</td></tr>
<tr><td>BU-L-2021-1187</td><td>2024-02-20</td><td>follow-up review, psychiatric report Dr. M. Okonjo</td><td>benefit continued</td><td>EUR 1,905.50</td></tr>
</table>
<p>Medical reports on file: 7 (2 specialist reports, 3 therapy reports, 1 rehab discharge letter, 1 independent assessment).</p>
<p>Thanks,<br>Bastian</p>
<p style="color:#777;font-size:8pt">Bastian Kr&ouml;ger | Data Protection Coordinator Life &amp; Health | Elbauen Versicherungsgruppe</p>
</body></html>
"""
    raw = message(22, KROEGER, ("Emily Rothwell", "emily.rothwell@uk.elbauen.example"),
                  "DS-2025-0198 claims history for the DSAR (UK side check)", dt(2025, 3, 3, 16, 40),
                  html(htm), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "internal",
                 "HTML-only mail: table with a named person's disability claims, ICD-10 diagnoses (F43.1, F32.1) and benefits")


def m023():
    body = """
Sehr geehrte Damen und Herren,

anbei übersenden wir die Meldung einer Verletzung des Schutzes personenbezogener Daten
gemäß Art. 33 DSGVO (unser Az. DP-2025-022). Die Meldung wurde zusätzlich über Ihr
Online-Formular eingereicht (Eingangsbestätigung 2025-0419-7731).

Der Vorfall wurde uns am 18.04.2025 bekannt; eine Ergänzung folgt, sobald die
Rückmeldung der Empfängerin vorliegt.

Mit freundlichen Grüßen
Dr. Henrike Sommerfeld
Konzerndatenschutzbeauftragte
"""
    pdf = make_pdf([[
        "# Meldung nach Art. 33 DSGVO - Elbauen Krankenversicherung AG",
        "Az. Verantwortlicher: DP-2025-022        Datum der Meldung: 19.04.2025",
        "",
        "** 1. Verantwortlicher",
        "Elbauen Krankenversicherung AG, Am Elbauenpark 4, 21614 Buxtehude",
        "Datenschutzbeauftragte: Dr. Henrike Sommerfeld, Tel. 04161 7702-4100",
        "",
        "** 2. Art der Verletzung",
        "Fehlversand (Brief). Ein Entlassungsbericht der Klinik am Wiesengrund (Psychosomatik)",
        "über einen stationären Aufenthalt vom 10.02. bis 24.03.2025 wurde zusammen mit einer",
        "Leistungsabrechnung an eine falsche Versicherungsnehmerin versandt.",
        "",
        "** 3. Betroffene Person",
        "1 Person: Versicherte Kd.-Nr. 20 117 845 (Frau M. R., geb. 1971, Tarif KV-Komfort).",
        "Diagnosen laut Bericht: F33.2 (rezidivierende depressive Störung, schwere Episode),",
        "F41.1 (generalisierte Angststörung); Medikation Sertralin 100 mg.",
        "",
        "** 4. Empfängerin",
        "Versicherungsnehmerin eines anderen Vertrags (gleicher Nachname, andere Adresse).",
        "",
        "** 5. Ursache",
        "Manuelle Zuordnung bei namensgleichen Versicherten im Scan-Eingang.",
        "",
        "** 6. Maßnahmen",
        "Rückforderung des Schreibens, Benachrichtigung der Betroffenen nach Art. 34 am 22.04.,",
        "Vier-Augen-Prüfung bei Namensgleichheit ab 28.04.2025.",
        "",
        "** 7. Risiko: hoch (Gesundheitsdaten, Art. 9 DSGVO).",
    ]], title="Meldung Art. 33 DP-2025-022", author="Konzerndatenschutz")
    p = multipart("mixed", [text(body), attach(pdf, "application/pdf", "Meldung_Art33_DP-2025-022.pdf")], "=_mx_d120_023")
    raw = message(23, DSB, ("LfD Niederelbe – Meldungen", "meldung-datenpanne@lfd-niederelbe.example"),
                  "Meldung nach Art. 33 DSGVO – Elbauen Krankenversicherung AG – DP-2025-022",
                  dt(2025, 4, 19, 11, 14), p, cc=KROEGER, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                 "attachment-only: Art. 33 notification PDF with a customer number, initials, birth year and psychiatric diagnoses (F33.2, F41.1)")


def m024():
    body = """
Hallo Henrike, hallo Bastian,

die Beschwerde unten hat Dr. Feddersen direkt an die Leistungsabteilung gefaxt und
heute noch einmal per Mail geschickt. Ich sehe das ehrlich gesagt ähnlich wie er: Die
Schweigepflichtentbindung von Frau Bösch deckt nur „behandelnde Ärzte der letzten fünf
Jahre zu den Beschwerden der Lendenwirbelsäule“, angefordert haben wir aber die
komplette Patientenakte seit 2010.

Könnt ihr euch das anschauen, bevor ich ihm antworte? Die Akte ist BU-L-2025-0217.

Danke
Ulrike Brammer
Leistung Leben/BU, Teamleitung

----- Weitergeleitet von Ulrike Brammer am 12.02.2025 10:05 -----

Von: Praxis Dr. med. Feddersen <praxis@feddersen-allgemeinmedizin.example>
An: leistung-bu@elbauen.example
Datum: 12.02.2025 08:47
Betreff: Ihre Anforderung vom 03.02.2025 – Patientin Hannelore Bösch, geb. 22.09.1968

Sehr geehrte Damen und Herren,

Sie fordern von mir „sämtliche Behandlungsunterlagen einschließlich Befunde,
Laborwerte und Arztbriefe seit 01.01.2010“ meiner Patientin Frau Hannelore Bösch an.
Die beigefügte Schweigepflichtentbindung bezieht sich jedoch ausdrücklich nur auf die
Behandlung der Lendenwirbelsäule (Bandscheibenvorfall L4/L5, M51.1) seit 2020.

In der Akte befinden sich zahlreiche weitere Unterlagen, u. a. zu einer
gynäkologischen Operation und einer psychotherapeutischen Behandlung, die ich ohne
gesonderte Entbindung nicht herausgeben werde. Ich bitte um Konkretisierung Ihrer
Anfrage. Eine Kopie dieses Schreibens habe ich der Patientin gegeben.

Mit freundlichen kollegialen Grüßen
Dr. med. Ulrich Feddersen
Facharzt für Allgemeinmedizin, Harsefeld
"""
    raw = message(24, ("Ulrike Brammer", "ulrike.brammer@elbauen.example"), [DSB, KROEGER],
                  "WG: Ihre Anforderung vom 03.02.2025 – Patientin Hannelore Bösch (BU-L-2025-0217)",
                  dt(2025, 2, 12, 10, 5), text(body), mailer="Lotus Notes Release 9.0.1")
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "doctor",
                 "forwarded doctor's letter: named patient with birth date, herniated disc M51.1, gynaecological surgery and psychotherapy")


def m025():
    body = """
Dear colleagues,

as promised in the DPO network call, here are our figures for the DSAR benchmark
(Germany, all Elbauen companies, Q1 2024 to Q4 2024). Counts are requests received,
"median days" is from receipt to final answer, "extended" means we used the
two-month extension of Art. 12(3).

Could Edinburgh and Vienna send theirs in the same format by end of April? Then I
will merge the three and prepare one slide for the board report. No case-level data
please - totals per quarter are enough.

Best,
Jannis
"""
    rows = [["quarter", "company", "access_requests", "erasure_requests", "rectification", "objection_marketing",
             "median_days", "extended", "complaints_to_dpa"],
            ["2024-Q1", "DE all", 96, 31, 12, 48, 19, 3, 1],
            ["2024-Q2", "DE all", 104, 22, 9, 51, 21, 5, 0],
            ["2024-Q3", "DE all", 88, 19, 14, 39, 17, 2, 2],
            ["2024-Q4", "DE all", 124, 25, 11, 62, 23, 7, 1],
            ["2024", "DE all (of which health/life)", "412 (171)", "97 (23)", 46, 200, 20, 17, 4]]
    p = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                            attach(make_csv(rows, sep=","), "text/csv", "dsar_benchmark_DE_2024.csv", cte="quoted-printable")],
                  "=_d120_025_bench")
    raw = message(25, OKAFOR, [("Emily Rothwell", "emily.rothwell@uk.elbauen.example"),
                               ("Theresa Huber", "theresa.huber@elbauen-austria.example")],
                  "DSAR benchmark 2024 - German figures", dt(2025, 4, 2, 9, 48), p, cc=DSB, mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "insurer-to-partner",
                 "trap: group DSAR benchmark CSV with counts and median days per quarter, no case-level data")


def m026():
    body = """
Hi Marek,

thanks for bringing this to me straight away. My short assessment:

- A pregnancy is health data (Art. 9 GDPR). Ms Marchetti told her team lead in
  confidence on 3 March because of the risk assessment under the Maternity Protection
  Act; that is the only purpose it may be used for.
- Announcing in the team meeting on 10 March that "Sofia is pregnant and will be off
  from August, so we have to plan her cases" was not covered by that purpose. She had
  not agreed to tell the team. That is a data protection breach, even though it was
  well meant.
- I do not think it has to be notified to the supervisory authority (one person,
  internal, colleagues bound by confidentiality), but it must go into our breach
  register (DP-2025-019), and she can file a complaint if she wants.

What I suggest: the team lead apologises to her personally; HR reminds all team leads
that pregnancy, illness and rehab information stays between employee, manager and HR.
Please do NOT mention any details about her pregnancy (due date etc.) in the incident
ticket - "health information disclosed in team meeting" is enough.

I am happy to talk to Ms Marchetti myself if she wishes.

Best regards
Henrike

> From: Marek Zielinski (HR Business Partner Claims)
> Sent: 11 March 2025 18:02
> Sofia Marchetti from motor claims came to me today, quite upset. Her team lead
> announced her pregnancy in yesterday's team meeting (she is in week 14 and had
> only told him). What do we do?
"""
    raw = message(26, DSB, ("Marek Zielinski", "marek.zielinski@elbauen.example"),
                  "RE: Team meeting incident - how to proceed", dt(2025, 3, 12, 8, 31), text(body, cte="8bit"),
                  mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "internal",
                 "a named employee's pregnancy (week 14) disclosed in a team meeting: employee health data")


def m027():
    body = """
Hallo Frau Haverkamp,

hier wie besprochen der Text für die Ausschreibung. Die englische Fassung ist für
LinkedIn und unsere Seite bei Elbauen UK gedacht. Bitte mit Ihrer Standard-Fußzeile
(Benefits, Gleichstellungshinweis) ergänzen; Ausschreibungsnummer DS-2025-01.

=====
Datenschutzreferent (m/w/d) – Schwerpunkt Kranken- und Lebensversicherung
Buxtehude oder hybrid, Vollzeit, unbefristet

Ihre Aufgaben
- Sie bearbeiten Auskunfts-, Lösch- und Berichtigungsersuchen (Art. 15–21 DSGVO),
  insbesondere zu Leistungsakten mit Gesundheitsdaten.
- Sie bewerten Datenschutzvorfälle und bereiten Meldungen an die Aufsichtsbehörde vor.
- Sie pflegen das Verzeichnis der Verarbeitungstätigkeiten und begleiten DSFAs.
- Sie schulen Fachbereiche (Leistung, Kundenservice, Vertrieb).

Ihr Profil
- Studium (Jura, Wirtschaftsrecht o. ä.) oder Versicherungsausbildung mit Weiterbildung
  Datenschutz; Kenntnisse zu § 203 StGB und den Verhaltensregeln der Branche
- sicheres Deutsch und gutes Englisch

=====
Data Protection Specialist (f/m/d) - focus on health and life insurance
Buxtehude (near Hamburg) or hybrid, full-time, permanent

What you will do
- handle data subject requests (access, erasure, rectification), especially for
  claims files containing health data;
- assess personal data breaches and prepare notifications to the supervisory authority;
- maintain the records of processing activities and support DPIAs;
- train claims, customer service and sales teams.

What you bring
- a degree in law or business law, or an insurance background plus data protection
  certification; fluent German and good English.
=====

Viele Grüße
Henrike Sommerfeld
"""
    raw = message(27, DSB, ("Grit Haverkamp", "grit.haverkamp@elbauen.example"),
                  "Stellenausschreibung Datenschutzreferent/in (DS-2025-01) – Text DE/EN", dt(2025, 1, 21, 15, 16),
                  text(body), mailer=OUTLOOK)
    return raw, ("NORMAL", "mixed", "internal",
                 "trap: bilingual job ad for a data protection specialist mentioning health data and claims files, no person")


def m028():
    body = """
Hi all,

to finish the update of our records of processing activities (Art. 30 GDPR) for the
health insurance company we need one half day with you. Invitation attached.

We will go through the processing activities one by one:
  - claims handling outpatient / inpatient / dental
  - hospital direct billing (data exchange with hospitals)
  - medical advisory service and external medical experts
  - case management (rehab, long-term sickness)
  - fraud detection

For each we need: purpose, legal basis (Art. 9(2) GDPR / section 213 VVG), data
categories, recipients, retention, systems. Please bring someone who knows the
systems, no case files needed.

Thanks,
Jannis
"""
    ics = make_ics("ropa-kv-20250318@elbauen.example", "20250318T090000", "20250318T130000",
                   "RoPA workshop Health (Art. 30) - claims, case management, fraud",
                   "Buxtehude, Raum 3.14 Elbblick / Teams",
                   "Update of the records of processing activities for Elbauen Krankenversicherung AG.\n"
                   "Agenda: claims handling, hospital direct billing, medical advisory service, case management, fraud detection.\n"
                   "Please bring a system owner. No case files.",
                   OKAFOR, ["ulrike.brammer@elbauen.example", "bastian.kroeger@elbauen.example",
                            "it-kv-systeme@elbauen.example"])
    p = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                            attach(ics, "text/calendar; method=REQUEST; charset=utf-8", "invite.ics")], "=_ics_d120_028")
    raw = message(28, OKAFOR, [("Ulrike Brammer", "ulrike.brammer@elbauen.example"), KROEGER,
                               ("IT KV-Systeme", "it-kv-systeme@elbauen.example")],
                  "Invitation: RoPA workshop Health - 18 March, 09:00-13:00", dt(2025, 3, 4, 11, 20), p, mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "internal",
                 "trap: ICS invitation to a records-of-processing workshop on health claims, case management and fraud, no person")


def m029():
    body = """
Hi Henrike,

quick question before I answer the other side's insurer.

Claim KS-25-010442, our policyholder Mr Piet van der Linde (Audi A4, STD-PL 402).
Rear-end collision on 14 February on the B73 near Neukloster, nobody was hurt. Our
policyholder sent us a dashcam clip (MP4, 2 minutes) via the claims app. It shows the
other car braking hard for no reason, its number plate HH-KL 2291, and for a few
seconds the face of the other driver when he gets out and films our customer with his
phone.

The third-party insurer now asks for the clip. Questions:
1. May we use the clip at all (dashcams and the BGH ruling from 2018)?
2. May we send it to them unedited, or do we have to blur the face / the passers-by?
3. How long can we keep it? The claim will probably go to court.

Thanks!
Felix Anand
Team Lead Motor Claims
"""
    raw = message(29, ("Felix Anand", "felix.anand@elbauen.example"), DSB,
                  "Dashcam video in claim KS-25-010442 - may we pass it on?", dt(2025, 2, 26, 13, 55),
                  text(body, charset="us-ascii", cte="7bit"), cc=CASTELL, charset="us-ascii")
    return raw, ("CONFIDENTIAL", "en", "internal",
                 "named policyholder, motor claim number and plates; dashcam video of the other driver; nobody hurt -> confidential")


def m030():
    body = """
Sehr geehrter Herr Harms,

hiermit bestellen wir zu Ihrem Angebot Nr. 2025-0187 vom 20.02.2025:

  Pos. 1   48 Stk.  Blickschutzfilter 23,8" (16:9), magnetisch, Art. BF-238M
  Pos. 2   12 Stk.  Blickschutzfilter 27" (16:9), magnetisch, Art. BF-270M
  Pos. 3   60 Stk.  Montagesets / Ersatzhalter

Lieferanschrift: Elbauen Versicherungsgruppe, Warenannahme Tor 2,
Am Elbauenpark 4, 21614 Buxtehude, z. Hd. Frau Wendt (Konzerndatenschutz).
Liefertermin: bis spätestens 21.03.2025.
Rechnungsanschrift und Kostenstelle 4100 wie gehabt, Bestellnummer B-4100-2025-011.

Zum Hintergrund: Die Filter sind für die Großraumbüros der Leistungsabteilung
Kranken, wo ständig Arztrechnungen und Krankenhausberichte am Bildschirm bearbeitet
werden. Wäre es möglich, dass Ihr Techniker die ersten zehn Filter vor Ort anbringt und
kurz zeigt, wie es geht?

Mit freundlichen Grüßen

Pauline Wendt
Teamassistenz Konzerndatenschutz
Elbauen Versicherungsgruppe
"""
    raw = message(30, WENDT, ("Bürotechnik Harms KG", "bestellung@buerotechnik-harms.example"),
                  "Bestellung B-4100-2025-011 – Blickschutzfilter (Ihr Angebot 2025-0187)", dt(2025, 2, 25, 10, 11),
                  text(body, charset="iso-8859-1"), charset="iso-8859-1", mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "insurer-to-supplier",
                 "trap: purchase order for privacy screens for the health claims office (Arztrechnungen mentioned), iso-8859-1")


def m031():
    body = """
Hallo Grit,

zu dem Anliegen von Herrn Voß (Schadenregulierung Sach, PNr. 40 7781) – er war heute
bei mir in der Sprechstunde und hat der Nutzung der Angabe in seiner Personalakte
widersprochen bzw. Löschung verlangt.

Worum es geht: Für die Freistellung nach § 40 NKomVG (Mandat im Kreistag Stade) liegt
in seiner Personalakte der Antrag vom 02.12.2024. Darauf hat jemand handschriftlich
vermerkt: „Mitglied der Partei Die Grünen, Ortsverband Jork, Fraktionssprecher“, und
derselbe Vermerk steht auch im SAP-HR-Freitextfeld.

Meine Bewertung:
- Für die Freistellung brauchen wir nur die Tatsache des Mandats und die Sitzungstermine.
- Parteimitgliedschaft und Funktion sind politische Meinungen im Sinne von Art. 9
  DSGVO. Dafür gibt es hier keine Rechtsgrundlage.
- Bitte den Freitext in SAP löschen und auf dem Papierantrag den Vermerk schwärzen
  (Kopie ohne Vermerk in die Akte, Original vernichten). Gern bis 21.02.

Herr Voß bekommt von mir eine kurze schriftliche Bestätigung, sobald du mir die
Löschung bestätigt hast.

Viele Grüße
Henrike
"""
    raw = message(31, DSB, ("Grit Haverkamp", "grit.haverkamp@elbauen.example"),
                  "Personalakte Voß – Vermerk Parteimitgliedschaft löschen", dt(2025, 2, 14, 14, 2),
                  text(body), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "internal",
                 "political opinion (party membership and office) of a named employee in the HR file: Art. 9 special category")


def m032():
    body = """
Hallo Frau Petersen,

anbei der finale Text für die Seite www.elbauen.example/datenschutz/krankenversicherung.
Bitte genau so übernehmen; die Überschriften als H2, die Aufzählungen als Liste. Live
gehen soll das Ganze am 1. März, zusammen mit den neuen Antragsunterlagen.

---8<---
Datenschutzhinweise der Elbauen Krankenversicherung AG

Welche Daten verarbeiten wir?
Für die Prüfung Ihres Antrags und die Erstattung Ihrer Rechnungen verarbeiten wir
neben Ihren Kontakt- und Vertragsdaten auch Gesundheitsdaten, zum Beispiel Angaben aus
Arzt- und Krankenhausrechnungen, Heil- und Kostenplänen, Rezepten und Arztberichten.

Rechtsgrundlage
Gesundheitsdaten verarbeiten wir nur mit Ihrer Einwilligung (Art. 9 Abs. 2 lit. a
DSGVO) oder soweit es für die Geltendmachung von Rechtsansprüchen erforderlich ist.
Bei Ärzten, Krankenhäusern und anderen Stellen erheben wir Gesundheitsdaten nur mit
Ihrer Schweigepflichtentbindung (§ 213 VVG).

Empfänger
Rückversicherer, medizinische Gutachter, Dienstleister für Posteingang, Druck und
Versand, IT-Dienstleister. Eine Liste finden Sie unter „Dienstleisterliste“.

Speicherdauer
Grundsätzlich zehn Jahre nach Vertragsende; Leistungsunterlagen zehn Jahre nach
Ablauf des Jahres der Erstattung.

Ihre Rechte
Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit, Widerspruch,
Beschwerde bei der Aufsichtsbehörde. Kontakt: datenschutz@elbauen.example.
---8<---

Danke und Gruß
Miriam Castell
"""
    raw = message(32, CASTELL, ("Janne Petersen", "janne.petersen@elbauen.example"),
                  "Webseite: neue Datenschutzhinweise Krankenversicherung (live 01.03.)", dt(2025, 2, 19, 11, 37),
                  text(body), mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: privacy notice text for the health insurer listing Gesundheitsdaten, Arztberichte, § 213 VVG, no person")


def m033():
    body = """
Sehr geehrte Frau Yildirim,

vielen Dank für Ihr Angebot vom 3. Februar. Wir beauftragen Lingua Nord hiermit mit
der Übersetzung unserer Datenschutzhinweise (Stand März 2025) in folgende Sprachen:

  Türkisch, Arabisch, Russisch, Ukrainisch
  Umfang: ca. 4.800 Wörter je Sprache (Word-Datei folgt per SFTP)
  Preis: 0,14 EUR/Wort zzgl. MwSt., Lektorat inklusive
  Liefertermin: 28. März 2025

Ein paar Hinweise für Ihr Team:
- Die Fachbegriffe bitte nach unserem Glossar übersetzen (liegt bei), vor allem
  „Gesundheitsdaten“, „Schweigepflichtentbindungserklärung“, „Hinweis- und
  Informationssystem (HIS)“ und „Auftragsverarbeiter“.
- Der Text enthält keine Kundendaten, nur allgemeine Informationen. Eine gesonderte
  Vertraulichkeitsvereinbarung ist deshalb nicht nötig; es gilt der Rahmenvertrag.
- Rechnung bitte an die Kreditorenbuchhaltung, Bestellnummer B-4100-2025-014.

Mit freundlichen Grüßen
Pauline Wendt
Konzerndatenschutz, Elbauen Versicherungsgruppe
"""
    raw = message(33, WENDT, ("Derya Yıldırım", "auftrag@lingua-nord.example"),
                  "Auftrag Übersetzung Datenschutzhinweise TR/AR/RU/UK – Bestellung B-4100-2025-014",
                  dt(2025, 2, 5, 9, 44), text(body, charset="windows-1252", cte="8bit"), mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "insurer-to-supplier",
                 "trap: translation order for privacy notices with glossary terms Gesundheitsdaten/Schweigepflichtentbindung, no customer data")


def m034():
    body = """
Sehr geehrter Herr Rieck,

Ihr Schreiben vom 2. April 2025 – Antrag Kfz-Versicherung vom 11. März 2025
(Antragsnummer KA-25-0081773)

Sie haben gefragt, warum wir Ihren Antrag auf eine Kfz-Versicherung für Ihren
Opel Astra (STD-WR 77) abgelehnt haben, und Auskunft über die dafür verwendeten
Daten verlangt. Gern erläutern wir Ihnen das.

Vor der Annahme eines Antrags mit monatlicher Zahlweise fragen wir bei der
Auskunftei CrediNord GmbH eine Bonitätsauskunft ab. Für Sie wurde am 12.03.2025
folgendes übermittelt:

  Score: 412 von 1.000 (Risikoklasse E)
  Negativmerkmale: 2 – ein Inkassoverfahren der Stadtwerke Stade (2023, erledigt)
  und ein gerichtlicher Mahnbescheid (Amtsgericht Uelzen, 2024, offen über 1.240 EUR)
  Anschrift laut Auskunftei: Am Schwingedeich 9, 21680 Stade

Die Entscheidung ist nicht vollautomatisch gefallen: Ein Mitarbeiter unseres
Antragsteams hat die Auskunft geprüft und den Antrag mit monatlicher Zahlweise
abgelehnt. Mit jährlicher Zahlweise im Voraus könnten wir Ihnen ein Angebot machen.

Wenn Sie meinen, dass die Daten der Auskunftei falsch sind, wenden Sie sich bitte an
CrediNord direkt (Anschrift in der Anlage). Sie können Ihren Standpunkt auch uns
gegenüber darlegen; wir prüfen den Antrag dann erneut.

Mit freundlichen Grüßen

Aylin Demirtaş
Konzerndatenschutz, Elbauen Allgemeine Versicherung AG
"""
    raw = message(34, DEMIRTAS, ("Waldemar Rieck", "w.rieck@mailstade.example"),
                  "Ihre Anfrage zur Ablehnung Ihres Kfz-Antrags KA-25-0081773", dt(2025, 4, 9, 15, 20),
                  text(body), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-customer",
                 "named applicant with credit score, debt collection and court dunning details, address, plate: financial data, no health")


def m035():
    body = """
Landesbeauftragte für Datenschutz Niederelbe
Postfach 11 02 40

Mitteilung der Kontaktdaten der Datenschutzbeauftragten nach Art. 37 Abs. 7 DSGVO
Verantwortliche: Elbauen Allgemeine Versicherung AG, Elbauen Lebensversicherung AG,
Elbauen Krankenversicherung AG, Elbauen Rechtsschutz AG (gemeinsame Benennung)

Sehr geehrte Damen und Herren,

wir teilen mit, dass sich ab dem 1. März 2025 die Vertretung der
Konzerndatenschutzbeauftragten ändert. Die Kontaktdaten lauten unverändert bzw. neu:

  Datenschutzbeauftragte:  Dr. Henrike Sommerfeld (unverändert)
  Stellvertreter:          Jannis Okafor (neu, bisher Herr Rainer Flöter)
  Anschrift:               Am Elbauenpark 4, 21614 Buxtehude
  E-Mail:                  datenschutz@elbauen.example
  Telefon:                 04161 7702-4100

Bitte aktualisieren Sie Ihren Datenbestand. Die Veröffentlichung der Kontaktdaten auf
unserer Website ist bereits erfolgt.

Mit freundlichen Grüßen
für den Vorstand
Ines Barkhoff
"""
    raw = message(35, WENDT, ("LfD Niederelbe Poststelle", "poststelle@lfd-niederelbe.example"),
                  "Mitteilung Kontaktdaten DSB nach Art. 37 Abs. 7 DSGVO – Elbauen Versicherungsgruppe",
                  dt(2025, 2, 27, 10, 0), text(body), cc=DSB, mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "insurer-to-partner",
                 "trap: notification of the DPO's business contact details to the authority; only the insurer's own role holders")


def m036():
    inner_body = """
Dear Elbauen data protection team,

I am writing about my company health insurance through my employer, Hafenlogistik
Cuxhaven GmbH (group contract bKV-2209, member no. 0417).

In March 2024 I started psychotherapy (cognitive behavioural therapy, 25 sessions,
Dipl.-Psych. Anja Nordmann in Stade) and submitted the invoices to you. Last week my
manager made a remark in my appraisal meeting that I "seem to need a lot of therapy
lately" and that the company "pays for it after all".

How does my employer know this? I never told anyone at work. Please tell me
1. which of my claims data you send to my employer,
2. who at Elbauen can see my therapy invoices, and
3. whether anyone from my company has access to your portal.

I want a full copy of my data under Article 15 GDPR.

Rebecca Thornton
Wiesenstraße 14, 27472 Cuxhaven
born 03/08/1988
"""
    inner_msg = inner(("Rebecca Thornton", "rebecca.thornton@postmail.example"), DSPOST,
                      "Complaint - my therapy claims and my employer", dt(2025, 4, 22, 22, 31),
                      text(inner_body, cte="8bit"), "<CAF7x1-rt-9931@postmail.example>")
    body = """
Hi Bastian,

see the attached complaint (Ms Thornton, bKV group contract 2209). Could you please
have the access logs for her claims pulled for the last 12 months and check whether
the group reporting to Hafenlogistik contains anything more than the premium totals?
If the employer sees per-member data, we have a real problem.

Deadline for my answer to her: 22 May. I have sent an acknowledgement.

Thanks
Jannis
"""
    p = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                            rfc822(inner_msg, "Complaint - my therapy claims and my employer.eml")], "=_fwd_d120_036")
    raw = message(36, OKAFOR, KROEGER, "FW: Complaint - my therapy claims and my employer (DS-2025-0402)",
                  dt(2025, 4, 23, 9, 15), p, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "customer",
                 "forwarded message/rfc822: named customer's psychotherapy claims in group health insurance, birth date; body only asks for logs")


def m037():
    body = """
Sehr geehrter Herr Dr. Quandt,

zu Ihrer Umfrage „Einsatz von Cloud-Diensten in der Versicherungswirtschaft“ vom
10. Januar 2025 (Az. LfD-NE 1.4-0007/25) antworten wir wie folgt:

Frage 1 – genutzte Dienste: Microsoft 365 (Exchange Online, Teams, SharePoint) für die
Büro-Kommunikation; Bestands- und Leistungssysteme werden ausschließlich im eigenen
Rechenzentrum in Buxtehude und im Ausweich-RZ in Lüneburg betrieben.

Frage 2 – Datenkategorien: In Microsoft 365 werden nach unserer internen Richtlinie
keine Gesundheitsdaten und keine Daten nach § 203 StGB gespeichert. Die Richtlinie wird
technisch durch DLP-Regeln (u. a. auf ICD-10-Codes und Stichwörter wie „Diagnose“,
„Arztbericht“) unterstützt; Treffer werden blockiert und dem Datenschutz gemeldet.

Frage 3 – Drittlandübermittlung: EU Data Boundary aktiviert; Support-Zugriffe aus
Drittländern nur nach Lockbox-Freigabe.

Frage 4 – DSFA: durchgeführt 2022, aktualisiert im November 2024.

Frage 5 – Kontrolle: jährliche Prüfung durch die Konzernrevision; letzte Prüfung ohne
wesentliche Feststellungen.

Für Rückfragen stehen wir gern zur Verfügung.

Mit freundlichen Grüßen
Dr. Henrike Sommerfeld
"""
    raw = message(37, DSB, ("Dr. Matthias Quandt", "matthias.quandt@lfd-niederelbe.example"),
                  "Az. LfD-NE 1.4-0007/25 – Umfrage Cloud-Dienste – Antwort Elbauen", dt(2025, 1, 31, 12, 48),
                  text(body), cc=VOGT, mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "insurer-to-partner",
                 "trap: survey answer to the authority on cloud use; DLP on ICD-10 codes and 'Diagnose' mentioned, no person")


def m038():
    body = """
Hallo Henrike,

wie gewünscht die Liste der Beschäftigten, die die Pflichtschulung Datenschutz 2024
trotz zweimaliger Erinnerung NICHT abgeschlossen haben (Stand 31.01.2025). Die
Führungskräfte sind informiert; für die Kolleginnen und Kollegen in Elternzeit habe
ich die Privatanschrift aufgenommen, damit wir die Erinnerung per Post schicken
können – die Lernplattform ist für sie gesperrt.

Bitte die Datei nach dem Versand der Erinnerungen löschen, sie liegt bei uns im
HR-Laufwerk.

Grüße
Grit
"""
    rows = [["Personalnummer", "Name", "Vorname", "Organisationseinheit", "Status", "Hinweis", "Privatanschrift"],
            ["40 2217", "Böttcher", "Lasse", "Vertrieb Außendienst Nord", "nicht begonnen", "", ""],
            ["40 3391", "Meinecke", "Sabine", "Kundenservice/Telefonie", "Modul 2 offen", "", ""],
            ["40 5120", "Afolabi", "Tunde", "IT Betrieb", "nicht begonnen", "", ""],
            ["40 5538", "Grünwald", "Katharina", "Schaden Kfz", "nicht begonnen", "Elternzeit bis 06/2025",
             "Rosenstraße 21, 21640 Horneburg"],
            ["40 6014", "Schulte-Bockholt", "Jan", "Vertrieb Außendienst Süd", "Modul 3 offen", "", ""],
            ["40 6702", "Pereira", "Marta", "Betrieb/Bestand", "nicht begonnen", "Elternzeit bis 09/2025",
             "Harburger Ring 8, 21073 Hamburg"],
            ["40 7105", "Lindemann", "Ole", "Vertrieb Innendienst", "Modul 2 offen", "", ""]]
    p = multipart("mixed", [text(body, cte="8bit"),
                            attach(make_csv(rows, encoding="cp1252"), "application/vnd.ms-excel",
                                   "Schulung_DS_2024_offen_Stand_2025-01-31.csv")], "=_hr_d120_038")
    raw = message(38, ("Grit Haverkamp", "grit.haverkamp@elbauen.example"), DSB,
                  "Liste offene Pflichtschulung DS 2024 (bitte nach Versand löschen)", dt(2025, 2, 3, 16, 10), p,
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "internal",
                 "attachment: CSV (cp1252) of named employees with personnel numbers, parental leave and private home addresses")


def m039():
    body = """
Sehr geehrte Frau Dr. Hinrichsen,

am 24. Februar 2025 ist bei uns per Fax (Faxnummer 04161 7702-5999, Leistungsabteilung
Kranken) ein Befundbericht Ihrer Praxis eingegangen, der offensichtlich nicht für uns
bestimmt war:

  MRT der Lendenwirbelsäule vom 21.02.2025
  Patient: Herr Gerd Lübbers, geb. 30.11.1957
  Befund: Bandscheibenprolaps L5/S1 mit Kompression der Nervenwurzel S1 links,
  Spinalkanalstenose L4/5

Herr Lübbers ist bei der Elbauen Krankenversicherung nicht versichert. Wir vermuten,
dass der Bericht an eine andere Krankenversicherung gehen sollte (Faxnummern mit
ähnlicher Endziffer).

Wir haben das Fax nicht in unsere Systeme übernommen und das Papierexemplar heute
datenschutzgerecht vernichtet. Bitte prüfen Sie, ob Sie den Vorfall als eigene
Datenschutzverletzung bewerten und den Patienten informieren müssen; verantwortlich
für den Versand ist Ihre Praxis. Für Rückfragen erreichen Sie mich unter
04161 7702-4104.

Mit freundlichen Grüßen
Bastian Kröger
Datenschutzkoordinator Kranken/Leben
Elbauen Krankenversicherung AG
"""
    raw = message(39, KROEGER, ("Radiologie am Sander Tor – Dr. Hinrichsen", "praxis@radiologie-sandertor.example"),
                  "Irrläufer: Befundbericht per Fax vom 24.02.2025", dt(2025, 2, 25, 9, 30),
                  text(body, charset="iso-8859-1"), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
                 "misdirected radiology report returned to the practice: named patient, birth date, MRI findings (disc prolapse), iso-8859-1")


def m040():
    body = """
Hi,

I am attending the CIPP/E training course in Frankfurt and will be back in the
office on Monday, 24 March.

For data subject requests (access, erasure, objections) please write to
datenschutz@elbauen.example - the team checks the mailbox every day.
Urgent data breach? Call the reporting line +49 4161 7702-4110.

Best regards
Jannis Okafor
Data Protection Office
"""
    raw = message(40, OKAFOR, ("Emily Rothwell", "emily.rothwell@uk.elbauen.example"),
                  "Automatic reply: DS-2025-0198 claims history for the DSAR (UK side check)",
                  dt(2025, 3, 19, 9, 1), text(body, charset="us-ascii", cte="7bit"),
                  extra=[("Auto-Submitted", "auto-replied")])
    return raw, ("NORMAL", "en", "internal",
                 "trap: out-of-office reply whose subject quotes a DSAR claims-history thread; no data in the body")


def m041():
    body = """
Sehr geehrte Frau Aksoy,

wie in Ihrem Schreiben vom 12. März 2025 (Az. LfD-NE 3.1-0412/25) erbeten, übersenden
wir zur Meldung DP-2025-009 (Fehlanzeige von Dokumenten im Kundenportal am
21.01.2025) die Liste der betroffenen Personen mit Art der angezeigten Dokumente und
dem Datum der Benachrichtigung nach Art. 34 DSGVO.

Hinweis: Die Datei enthält Gesundheitsdaten. Wir übermitteln sie deshalb
verschlüsselt; das Kennwort erhalten Sie wie vereinbart telefonisch von Herrn Kröger.

Zur Ursache (fehlerhafte Cache-Konfiguration nach dem Release 4.12) und zu den
Maßnahmen hatten wir bereits mit der Nachmeldung vom 7. Februar berichtet.

Mit freundlichen Grüßen
Dr. Henrike Sommerfeld
Konzerndatenschutzbeauftragte
"""
    rows = [["lfd. Nr.", "Betroffene Person (Dokumentinhaber)", "Kd.-Nr.", "angezeigtes Dokument", "Inhalt (Kurz)",
             "angezeigt bei (Kd.-Nr.)", "Art. 34-Schreiben"],
            [1, "Hoffmann, Gisela", "20 088 412", "Leistungsabrechnung 01/2025", "Psychotherapie (Richtlinienverfahren), 6 Sitzungen", "20 311 907", "2025-01-24"],
            [2, "Claußen, Peter", "20 104 776", "Heil- und Kostenplan", "Zahnersatz 3 Implantate, Parodontitis", "20 098 554", "2025-01-24"],
            [3, "Ilić, Marija", "20 215 630", "Arztrechnung Dermatologie", "Psoriasis, Biologika-Therapie (Adalimumab)", "20 400 128", "2025-01-24"],
            [4, "Rautenberg, Jonas", "20 301 045", "Krankenhausrechnung", "Appendektomie, 4 Tage stationär", "20 188 301", "2025-01-24"],
            [5, "Wöhlk, Elfriede", "20 007 219", "Hilfsmittelrechnung", "Hörgeräte beidseits", "20 442 673", "2025-01-27"],
            [6, "Nasser, Omar", "20 377 880", "Arztbericht", "Diabetes mellitus Typ 1 (E10.9), Insulinpumpe", "20 215 631", "2025-01-24"]]
    x = make_xlsx([("Betroffene DP-2025-009", rows)], author="Bastian Kröger")
    p = multipart("mixed", [text(body), attach(x, MT_XLSX, "DP-2025-009_Betroffene_Art34.xlsx")], "=_lfd_d120_041")
    raw = message(41, DSB, ("Selin Aksoy", "selin.aksoy@lfd-niederelbe.example"),
                  "LfD-NE 3.1-0412/25 – Meldung DP-2025-009 – Liste der Betroffenen", dt(2025, 3, 20, 13, 40), p,
                  cc=KROEGER, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                 "attachment: XLSX for the authority listing named customers with psychotherapy, implants, psoriasis, diabetes (E10.9)")


def m042():
    body = """
Hallo Frau Dr. Sommerfeld,

der Betriebsrat (Herr Kessler) hat uns gebeten, ab April den Gewerkschaftsbeitrag für
ver.di-Mitglieder direkt über die Gehaltsabrechnung einzubehalten und an ver.di
abzuführen. Er hat uns dafür die angehängte Liste gegeben, die laut ihm mit den
Mitgliedern abgestimmt ist. Unterschriebene Einwilligungen liegen uns bisher nicht vor.

Bevor wir die Liste in SAP einspielen: Dürfen wir das so? Und wer darf die Liste
sehen? Aktuell liegt sie im Postfach der Entgeltabrechnung, da haben sechs Leute
Zugriff.

Danke und viele Grüße
Heiko Martens
Entgeltabrechnung
"""
    rows = [["Personalnummer", "Name", "Organisationseinheit", "Gewerkschaft", "Mitglied seit", "Monatsbeitrag EUR"],
            ["40 1033", "Kessler, Rüdiger", "Betriebsrat (freigestellt)", "ver.di", "1998", 41.20],
            ["40 1877", "Ohlsen, Maren", "Leistung Kranken", "ver.di", "2011", 34.50],
            ["40 2650", "Dąbrowski, Piotr", "Schaden Kfz", "ver.di", "2016", 31.80],
            ["40 3108", "Heitmann, Claudia", "Kundenservice", "ver.di", "2019", 27.40],
            ["40 4412", "Yilmaz, Serkan", "IT Betrieb", "ver.di", "2021", 38.60],
            ["40 4977", "Brunckhorst, Anke", "Betrieb/Bestand", "ver.di", "2008", 33.10]]
    x = make_xlsx([("Beitragseinzug ab 04-2025", rows)], author="Betriebsrat")
    p = multipart("mixed", [text(body), attach(x, MT_XLSX, "verdi_Beitragseinzug_ab_April.xlsx")], "=_br_d120_042")
    raw = message(42, ("Heiko Martens", "heiko.martens@elbauen.example"), DSB,
                  "Frage: Liste Gewerkschaftsbeiträge vom Betriebsrat – dürfen wir die einspielen?",
                  dt(2025, 3, 6, 10, 58), p, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "internal",
                 "attachment: XLSX of named employees' trade-union membership (Art. 9) with dues; body only hints")


def m043():
    body = """
Sehr geehrte Frau Aksoy,

in Ergänzung unserer Erstmeldung vom 7. Februar 2025 (DP-2025-011, Fehlversand von
Beitragsrechnungen Kfz nach Doppeleinzug an der Kuvertiermaschine) übersenden wir die
abschließende Auswertung:

- Geprüfte Sendungen: 4.816 (Lauf 2025-02-03-K3)
- Auffällige Gewichte: 41; davon nach Rückruf bzw. Rücksendung bestätigt: 37
  Doppeleinzüge. Betroffen sind damit 37 Kundinnen und Kunden, deren Beitragsrechnung
  an eine andere Person ging.
- Datenarten: Name, Anschrift, Vertragsnummer, Kennzeichen, Jahresbeitrag, bei 29
  Personen zusätzlich die IBAN (Lastschrift). Gesundheitsdaten sind nicht betroffen.
- Alle 37 Personen wurden am 17./18. Februar nach Art. 34 DSGVO benachrichtigt.

Die Liste der Betroffenen (Vertragsnummer, Name, Empfänger der fremden Sendung) finden
Sie in der Anlage, wie von Ihnen erbeten.

Technische Maßnahme: Seit dem 24.02.2025 prüft eine Kamera an jeder
Kuvertiermaschine den Barcode jedes Blattes gegen die Kuvert-ID.

Mit freundlichen Grüßen
Aylin Demirtaş
i. A. der Konzerndatenschutzbeauftragten
"""
    rows = [["Vertrag", "Name", "PLZ Ort", "Kennzeichen", "IBAN betroffen", "fremde Sendung ging an (Vertrag)", "Art34_Datum"],
            ["KF-1104-338015", "Karstens, Timo", "21614 Buxtehude", "STD-TK 304", "ja", "KF-1104-337812", "2025-02-17"],
            ["KF-1104-338102", "Meyer-Lohse, Dörte", "21682 Stade", "STD-DM 88", "ja", "KF-1104-338101", "2025-02-17"],
            ["KF-1104-338233", "Hinsch, Arne", "21635 Jork", "STD-AH 1970", "nein", "KF-1104-338232", "2025-02-17"],
            ["KF-1104-338470", "Bergmann, Lucia", "21629 Neu Wulmstorf", "WL-LB 512", "ja", "KF-1104-338469", "2025-02-18"],
            ["KF-1104-338561", "Osterloh, Friedrich", "21706 Drochtersen", "STD-FO 21", "ja", "KF-1104-338560", "2025-02-17"],
            ["KF-1104-339004", "Tammen, Wiebke", "21640 Horneburg", "STD-WT 66", "nein", "KF-1104-339003", "2025-02-18"],
            ["(31 weitere Zeilen in der Originaldatei gekürzt für diese Übersicht)", "", "", "", "", "", ""]]
    p = multipart("mixed", [text(body),
                            attach(make_csv(rows), "text/csv", "DP-2025-011_Betroffene.csv", cte="quoted-printable")],
                  "=_lfd_d120_043")
    raw = message(43, DEMIRTAS, ("Selin Aksoy", "selin.aksoy@lfd-niederelbe.example"),
                  "Nachmeldung DP-2025-011 (Fehlversand Kfz) – Betroffenenliste", dt(2025, 2, 28, 11, 5), p, cc=DSB,
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-partner",
                 "Art. 33 follow-up to the authority with CSV of named motor customers, places, plates, contract numbers; no health")


def m044():
    body = """
Protokoll – Group DPO Network Call, 9 April 2025, 14:00–15:10 (Teams)

Teilnehmende / attendees: H. Sommerfeld, J. Okafor (DE), E. Rothwell (UK), T. Huber (AT)
Protokoll: J. Okafor

1. DSAR benchmark 2024
   - DE numbers circulated on 2 April. UK: 61 requests, median 24 days. AT: 38 requests,
     median 15 days.
   - Agreed: one slide for the board, totals only, no case examples.

2. Breach notifications – lessons learned
   - DE: most incidents are still "Fehlversand" (letters and e-mails to the wrong
     recipient). Zwei Fälle mit Gesundheitsdaten im Q1, beide gemeldet.
   - UK: ICO self-assessment tool used for the decision to notify; AT prefers a
     fixed matrix. Emily will share the UK decision matrix (template, no cases).

3. Retention of call recordings
   - UK keeps 12 months (FCA), DE 90 days, AT 6 months. Kein Harmonisierungsbedarf,
     lokale Rechtslage geht vor.

4. Training 2025
   - Common e-learning module "Misdirected mail" in DE/EN; Pauline organises the
     translation. Quiz questions with fictitious cases only.

5. AOB
   - Next call 11 June, 14:00 CEST. Theresa hosts.

Action items
   [ ] EO: UK decision matrix to the group – by 25 April
   [ ] JO: merge DSAR benchmark, slide to HS – by 30 April
   [ ] PW: translation e-learning module – by 31 May
"""
    raw = message(44, OKAFOR, [DSB, ("Emily Rothwell", "emily.rothwell@uk.elbauen.example"),
                               ("Theresa Huber", "theresa.huber@elbauen-austria.example")],
                  "Minutes Group DPO Network Call 09.04.2025", dt(2025, 4, 10, 8, 45), text(body), cc=WENDT,
                  mailer=OUTLOOK)
    return raw, ("NORMAL", "mixed", "internal",
                 "trap: mixed German/English minutes about DSAR counts, breaches with health data (counts only), call recordings")


def m045():
    plain = """
DATENSCHUTZ-TIPP DES MONATS – Februar 2025
Fehlversand vermeiden: drei Sekunden, die sich lohnen

Liebe Kolleginnen und Kollegen,

im Jahr 2024 war jede zweite Datenpanne bei uns ein Fehlversand: Briefe im falschen
Umschlag, E-Mails an den falschen „Thomas“ aus der Adressliste, Faxe an eine
vertauschte Nummer.

Ein typisches (ausgedachtes!) Beispiel:
Sachbearbeiterin A will die Leistungsabrechnung von Herrn Max Mustermann an seine
Adresse schicken. Outlook schlägt beim Tippen „Max Muster (Vermittler)“ vor – Enter –
und schon liegt eine Abrechnung über eine Zahnbehandlung beim falschen Empfänger.

So geht es besser:
  1. Empfänger vor dem Senden bewusst lesen – nicht nur den Vornamen.
  2. Automatische Vervollständigung für externe Adressen abschalten (Anleitung im
     Intranet unter „Datenschutz > Werkzeuge“).
  3. Gesundheitsdaten nie per normaler E-Mail, sondern über das Kundenportal.
  4. Passiert ist passiert: sofort melden an datenpanne@elbauen.example. Wir haben
     nur 72 Stunden für die Meldung an die Aufsichtsbehörde.

Ihr Team Konzerndatenschutz
"""
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:10.5pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#0b5c7a;color:#fff;padding:12px 16px">
<span style="font-size:9pt">DATENSCHUTZ-TIPP DES MONATS &middot; Februar 2025</span><br>
<span style="font-size:16pt;font-weight:bold">Fehlversand vermeiden: drei Sekunden, die sich lohnen</span></td></tr>
<tr><td style="padding:12px 16px">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>im Jahr 2024 war jede zweite Datenpanne bei uns ein <b>Fehlversand</b>: Briefe im falschen Umschlag, E-Mails an den
falschen &bdquo;Thomas&ldquo; aus der Adressliste, Faxe an eine vertauschte Nummer.</p>
<p style="background:#f3f3f3;padding:8px"><i>Ein typisches (ausgedachtes!) Beispiel:</i> Sachbearbeiterin A will die
Leistungsabrechnung von Herrn Max Mustermann an seine Adresse schicken. Outlook schl&auml;gt beim Tippen &bdquo;Max Muster
(Vermittler)&ldquo; vor &ndash; Enter &ndash; und schon liegt eine Abrechnung &uuml;ber eine Zahnbehandlung beim falschen Empf&auml;nger.</p>
<ol>
<li>Empf&auml;nger vor dem Senden bewusst lesen &ndash; nicht nur den Vornamen.</li>
<li>Automatische Vervollst&auml;ndigung f&uuml;r externe Adressen abschalten (Intranet &gt; Datenschutz &gt; Werkzeuge).</li>
<li>Gesundheitsdaten nie per normaler E-Mail, sondern &uuml;ber das Kundenportal.</li>
<li>Passiert ist passiert: sofort melden an <a href="mailto:datenpanne@elbauen.example">datenpanne@elbauen.example</a>.
Wir haben nur 72&nbsp;Stunden f&uuml;r die Meldung an die Aufsichtsbeh&ouml;rde.</li>
</ol>
<p>Ihr Team Konzerndatenschutz</p></td></tr></table></body></html>
"""
    p = multipart("alternative", [text(plain), html(htm, charset="us-ascii", cte="7bit")], "==alt_d120_045==")
    raw = message(45, DSPOST, ("Alle Mitarbeitenden", "alle-mitarbeitenden@elbauen.example"),
                  "Datenschutz-Tipp des Monats: Fehlversand vermeiden", dt(2025, 2, 17, 7, 30), p)
    return raw, ("NORMAL", "de", "internal",
                 "trap: staff newsletter with a fictitious 'Max Mustermann' dental claim example and breach advice")


def m046():
    body = """
Hi Pauline,

could you please file the attached certificate in my training record (HR portal,
category "external training")? It is the CIPP/E preparation course from last week;
the exam itself is in May. Costs were already approved under PO B-4100-2025-009.

Thanks a lot!
Jannis
"""
    pdf = make_pdf([[
        "# Certificate of Attendance",
        "",
        "This is to certify that",
        "",
        "** Jannis Okafor",
        "Elbauen Versicherungsgruppe, Buxtehude",
        "",
        "attended the training course",
        "** Certified Information Privacy Professional / Europe (CIPP/E) - Preparation",
        "held in Frankfurt am Main from 17 to 21 March 2025 (32 teaching hours).",
        "",
        "Modules: European data protection law and regulation; GDPR principles; lawful processing;",
        "data subject rights; international transfers; supervision and enforcement; compliance.",
        "",
        "Frankfurt am Main, 21 March 2025",
        "Privacy Academy Rhein-Main GmbH - Course Director: Dr. Lea Brenninkmeyer",
    ]], title="Certificate of Attendance", author="Privacy Academy Rhein-Main")
    p = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                            attach(pdf, "application/pdf", "Certificate_CIPPE_prep_Okafor.pdf")], "=_cert_d120_046")
    raw = message(46, OKAFOR, WENDT, "Certificate for my training record", dt(2025, 3, 25, 8, 12), p, mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "internal",
                 "trap: a colleague's course attendance certificate for his training record; organisational, no sensitive data")


def m047():
    body = """
Sehr geehrte Damen und Herren,

wir bestellen gemäß Rahmenvertrag RV-2023-118 zusätzlich zu den vorhandenen Behältern:

  12 x Sicherheitsbehälter 240 l, abschließbar, mit Einwurfschlitz
   4 x Sicherheitsbehälter 120 l (für die Sekretariate)
  Leerung: 14-tägig, Vernichtung nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4
  Aufstellort: Gebäude B, 2. und 3. OG (Leistungsabteilungen Kranken und Leben/BU)

Hintergrund: In den beiden Etagen fallen regelmäßig Papierunterlagen mit besonders
schutzwürdigem Inhalt an (Arztberichte, Gutachten, Krankenhausrechnungen), die nach dem
Scannen vernichtet werden. Die bisherigen Behälter reichen nicht mehr aus.

Bitte senden Sie uns nach jeder Leerung das Vernichtungsprotokoll mit Behälternummer.
Lieferung bitte bis 14. März, Ansprechpartnerin vor Ort: Frau Wendt, Tel. 04161 7702-4102.

Bestellnummer: B-4100-2025-008, Kostenstelle 4100.

Mit freundlichen Grüßen
Pauline Wendt
Konzerndatenschutz
Elbauen Versicherungsgruppe, Am Elbauenpark 4, 21614 Buxtehude
"""
    raw = message(47, WENDT, ("Aktenwolf GmbH Auftragsannahme", "auftrag@aktenwolf.example"),
                  "Bestellung B-4100-2025-008 Sicherheitsbehälter Gebäude B (RV-2023-118)", dt(2025, 2, 26, 14, 40),
                  text(body, charset="iso-8859-1"), charset="iso-8859-1", mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "insurer-to-supplier",
                 "trap: order for shredding containers for floors handling Arztberichte/Gutachten, iso-8859-1, no person")


def m048():
    body = """
Hallo Meldestelle,

ich muss leider einen Fehlversand melden, ist mir gerade eben passiert:

Ich habe heute um 10:52 Uhr aus dem Leistungsfall BU-L-2024-0893 (Versicherter:
Herr Hartmut Quast, geb. 04.07.1961) die Anfrage an den Kardiologen Dr. Okafor-Lenz
gefaxt, und zwar mit dem letzten Arztbericht als Anlage (4 Seiten: Herzinsuffizienz
NYHA III, Zustand nach Hinterwandinfarkt 2023, Ejektionsfraktion 30 %, ICD-Implantation
geplant). Statt 04141 59 30 00 habe ich 04141 59 03 00 gewählt.

Um 11:20 rief eine Frau Stüven von der Bäckerei Stüven in Stade an, das Fax sei bei
ihnen im Laden angekommen. Sie hat es beiseitegelegt und versprochen, niemandem etwas
zu zeigen. Ich habe angeboten, dass wir es heute Nachmittag abholen lassen – Kurier
ist bestellt (Abholung ca. 15 Uhr).

Was muss ich noch tun? Soll ich Herrn Quast selbst anrufen?

Viele Grüße
Sören Habermann
Leistung Leben/BU
"""
    raw = message(48, ("Sören Habermann", "soeren.habermann@elbauen.example"),
                  ("Meldestelle Datenpanne", "datenpanne@elbauen.example"),
                  "DRINGEND: Fax mit Arztbericht an falsche Nummer (Bäckerei)", dt(2025, 1, 16, 11, 34),
                  text(body, cte="8bit", flowed=True), cc=("Ulrike Brammer", "ulrike.brammer@elbauen.example"),
                  mailer=TBIRD, extra=[("Importance", "high")])
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "internal",
                 "breach report: cardiology report of a named insured with birth date (heart failure, infarction) faxed to a bakery")


def m049():
    body = """
Hallo Herr Anand,

anbei der überarbeitete Eintrag im Verzeichnis der Verarbeitungstätigkeiten für die
Kfz-Schadenbearbeitung (VT-SK-01, Version 2025-1). Geändert haben wir vor allem:

- Datenkategorien: Dashcam-Aufnahmen und Telematikdaten neu aufgenommen;
  Gesundheitsdaten (nur bei Personenschäden) als eigene Zeile mit Verweis auf
  Art. 9 Abs. 2 lit. f DSGVO.
- Empfänger: Gutachterbüros, Werkstätten (Schadensteuerung), HIS-Betreiberin,
  Rückversicherer bei Großschäden.
- Löschfristen an das Löschkonzept 2025 angepasst.

Bitte bis 20. März prüfen, ob die Systeme und Dienstleister vollständig sind, und mir
kurz Bescheid geben. Danach gebe ich den Eintrag frei.

Viele Grüße
Jannis Okafor
"""
    rows = [["Feld", "Inhalt"],
            ["Nr. / Bezeichnung", "VT-SK-01 Kfz-Schadenbearbeitung (Haftpflicht, Kasko)"],
            ["Verantwortlicher", "Elbauen Allgemeine Versicherung AG"],
            ["Fachverantwortung", "Teamleitung Schaden Kfz"],
            ["Zwecke", "Prüfung und Regulierung von Schäden, Regress, Betrugsabwehr"],
            ["Rechtsgrundlagen", "Art. 6 Abs. 1 lit. b, c, f DSGVO; bei Personenschäden Art. 9 Abs. 2 lit. f DSGVO"],
            ["Betroffene", "Versicherungsnehmer, Fahrer, Anspruchsteller, Zeugen, Geschädigte"],
            ["Datenkategorien", "Stammdaten, Vertragsdaten, Fahrzeugdaten, Schadendaten, Fotos, Dashcam-Aufnahmen, Telematikdaten"],
            ["Besondere Kategorien", "Gesundheitsdaten (nur bei Personenschäden): Atteste, Arztberichte, Krankenhausrechnungen"],
            ["Empfänger", "Gutachter, Werkstätten, Rechtsanwälte, Gerichte, HIS-Betreiberin, Rückversicherer"],
            ["Drittland", "nein"],
            ["Löschfrist", "Sachschaden: 6 Jahre nach Abschluss; Personenschaden: 10 Jahre nach Abschluss; Dashcam: mit Abschluss"],
            ["Systeme", "SAM-Kfz 7.2, DMS Elbarchiv, Gutachterportal"],
            ["TOM", "siehe Rahmenkonzept TOM 2024, Ziffern 2, 4, 7"]]
    ods = make_ods([("VT-SK-01", rows)])
    p = multipart("mixed", [text(body), attach(ods, MT_ODS, "VVT_VT-SK-01_Kfz-Schaden_2025-1.ods")], "=_vvt_d120_049")
    raw = message(49, OKAFOR, ("Felix Anand", "felix.anand@elbauen.example"),
                  "VVT-Eintrag Kfz-Schadenbearbeitung (VT-SK-01) – bitte prüfen bis 20.03.", dt(2025, 3, 6, 15, 2),
                  p, mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: ODS records-of-processing entry for motor claims naming health data categories in general, no person")


def m050():
    body = """
Hi Henrike, hi Jannis,

the quarterly retention run for the claims archive finished over the weekend.
Summary below, full job log attached (technical log, no customer data - record
references are only batch numbers).

Deleted:     48,211 records (closed property/motor claims, retention period expired)
Restricted:   1,204 records (legal hold / open litigation flags)
Skipped:        312 records (retention date not yet reached after re-check)
Errors:           3 batches timed out, re-run successful on Sunday 06:10

No manual action needed. Next run is scheduled for 4 July.

Cheers
Rasmus
IT Operations - Archive Systems
"""
    log = """2025-04-05T22:00:01+02:00 INFO  RET-2025-Q2 start job=retention-claims-archive policy=LK-2025 dry_run=false
2025-04-05T22:00:03+02:00 INFO  scope: line in (MOTOR, PROPERTY, LIABILITY) status=CLOSED retention_end<=2025-03-31
2025-04-05T22:00:41+02:00 INFO  candidates=49727 batches=50 batch_size=1000
2025-04-05T22:14:10+02:00 INFO  batch 01/50 deleted=978 restricted=22 skipped=0
2025-04-05T22:27:55+02:00 INFO  batch 02/50 deleted=991 restricted=9 skipped=0
2025-04-05T23:40:12+02:00 WARN  batch 17/50 timeout after 900s (db lock on archive_docs) - scheduled for retry
2025-04-06T01:02:37+02:00 WARN  batch 29/50 timeout after 900s (db lock on archive_docs) - scheduled for retry
2025-04-06T02:55:19+02:00 WARN  batch 41/50 timeout after 900s (db lock on archive_docs) - scheduled for retry
2025-04-06T05:31:44+02:00 INFO  main pass finished deleted=45344 restricted=1131 skipped=312
2025-04-06T06:10:02+02:00 INFO  retry batch 17/50 ok deleted=962 restricted=25
2025-04-06T06:31:48+02:00 INFO  retry batch 29/50 ok deleted=955 restricted=27
2025-04-06T06:52:20+02:00 INFO  retry batch 41/50 ok deleted=950 restricted=21
2025-04-06T06:52:21+02:00 INFO  RET-2025-Q2 done deleted=48211 restricted=1204 skipped=312 errors=0 (3 retried)
2025-04-06T06:52:21+02:00 INFO  deletion certificate written: /archive/certs/RET-2025-Q2.sig
"""
    p = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                            attach(log, "text/plain; charset=us-ascii", "RET-2025-Q2_job.log.txt", cte="7bit")],
                  "=_log_d120_050")
    raw = message(50, ("Rasmus Elling", "rasmus.elling@elbauen.example"), [DSB, OKAFOR],
                  "Retention run RET-2025-Q2 claims archive - done", dt(2025, 4, 7, 8, 3), p)
    return raw, ("NORMAL", "en", "internal",
                 "trap: deletion job log with record counts and batch numbers only, no customer data")


def m051():
    body = """
Sehr geehrter Herr Pennington-Haas,
dear Mr Pennington-Haas,

vielen Dank für Ihre E-Mail vom 3. März. Da Sie uns auf Englisch geschrieben haben,
fassen wir unsere Antwort unten auch auf Englisch zusammen; maßgeblich ist die
deutsche Fassung.

Sie haben der Nutzung Ihrer Daten für Werbung widersprochen und gefragt, warum Sie
trotz Ihres Widerspruchs vom November 2024 ein Angebot für eine Wohngebäude-
versicherung erhalten haben. Ihr Widerspruch war in unserem System korrekt gespeichert
(Kundennummer 10 774 512, Hausratversicherung HR 23 401 977, Adresse Eppendorfer
Landstraße 61, 20249 Hamburg). Das Angebot kam jedoch über unsere Niederlassung
Elbauen UK, die Ihre alte Adresse aus London noch als Interessenten geführt hatte.

Wir haben die Daten bei Elbauen UK gelöscht und den Widerspruch für alle Gesellschaften
der Gruppe eingetragen.

---
Summary in English:
Your objection to marketing of November 2024 was correctly recorded for your German
contents insurance (customer no. 10 774 512). The offer you received came from our UK
branch, which still had your old London address in its prospect database. We have
deleted that record and registered your objection for all Elbauen companies.
We apologise for the inconvenience.
---

Mit freundlichen Grüßen / Kind regards
Jannis Okafor
Konzerndatenschutz / Data Protection Office
"""
    raw = message(51, OKAFOR, ("Oliver Pennington-Haas", "o.pennington-haas@hhmail.example"),
                  "Ihr Widerspruch gegen Werbung / Your objection to marketing", dt(2025, 3, 13, 16, 18), text(body),
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "mixed", "insurer-to-customer",
                 "bilingual answer: named customer's customer number, household policy and Hamburg address; marketing objection")


def m052():
    body = """
Hallo Ulrike,

kannst du mir bitte bis Mittwoch die fehlenden Unterlagen aus der Akte raussuchen
(Entlassbericht und die beiden Verlaufsberichte), die sind im DMS nicht verschlagwortet.
Die Auskunft muss bis 14.05. raus.

Danke!
Bastian
"""
    raw = message(52, KROEGER, ("Ulrike Brammer", "ulrike.brammer@elbauen.example"),
                  "Auskunft Fr. Lindqvist (BU-L-2023-0412) – Reha-Unterlagen F33.1 nachreichen",
                  dt(2025, 5, 2, 13, 44), text(body), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "internal",
                 "subject only: named insured, BU claim number and ICD-10 F33.1 (depression); body says only 'Unterlagen'")


def m053():
    body = """
Dear Mr Aßmann,

Your request for erasure of 14 January 2025
Former motor insurance no. KF-0877-129455 (cancelled 31 December 2023)

Thank you for your letter from Málaga. We have checked your request and confirm the
following:

1. We have deleted your telephone number, your e-mail address and all data used for
   marketing. You will not receive any further advertising from us.

2. We cannot yet delete the contract and claims data of your former motor insurance
   (including your former address Bahnhofstraße 12, 21614 Buxtehude, your date of birth
   of 9 May 1966 and the bank account used for the premiums), because we are legally
   obliged to keep them:
   - contract and accounting records: 10 years (German tax and commercial law);
   - the third-party liability claim of 2021 (claim no. KS-21-044170) may still lead
     to recourse claims; we keep it until the end of 2026.
   Until then the data are restricted and used only for these purposes.

3. The no-claims class (SF 14) was transferred to your new insurer in Spain at your
   request in February 2024; we do not keep a copy beyond the statutory period.

Yours sincerely
Aylin Demirtas
Data Protection Office, Elbauen Allgemeine Versicherung AG
"""
    raw = message(53, DEMIRTAS, ("Jürgen Aßmann", "j.assmann@correo-sur.example"),
                  "Your erasure request - former motor insurance KF-0877-129455", dt(2025, 2, 4, 10, 36),
                  text(body, charset="iso-8859-1"), charset="iso-8859-1", mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "insurer-to-customer",
                 "erasure answer: named former motor customer, birth date, former address, contract and claim numbers; iso-8859-1")


def m054():
    body = """
Hallo Frau Dr. Sommerfeld,

die Beschwerde unten ist heute bei uns im Antrag Leben eingegangen. Ich glaube, das
ist ein Thema für Sie – nach meinem Verständnis hätte die Frage nach dem Gentest nie
gestellt werden dürfen (Versicherungssumme 150.000 EUR, also unter der Grenze des
GenDG). Der Vermittler ist Herr Dittmer, Agentur Harsefeld.

Der Antrag liegt in der Risikoprüfung, Zuschlag 75 % wegen „familiärer Vorbelastung“.
Ich habe die Bearbeitung angehalten.

Gruß
Kai-Uwe Stender
Antragsprüfung Leben

----- Original -----
Von: Svenja Ottersberg <svenja.ottersberg@nordlicht-mail.example>
Gesendet: Donnerstag, 13. März 2025 19:52
An: antrag-leben@elbauen.example
Betreff: Beschwerde Risikolebensversicherung Antrag RL-25-004418

Sehr geehrte Damen und Herren,

beim Beratungsgespräch am 27. Februar hat mich Ihr Vertreter Herr Dittmer gefragt, ob
in meiner Familie Brustkrebs vorkommt und ob ich einen Gentest gemacht habe. Ich habe
ehrlich geantwortet, dass meine Mutter an Brustkrebs gestorben ist und bei mir 2022 eine
BRCA1-Mutation festgestellt wurde. Er hat das in den Antrag geschrieben.

Jetzt bekomme ich ein Angebot mit 75 % Zuschlag. Ich habe inzwischen gelesen, dass
Versicherungen nach Gentests gar nicht fragen dürfen. Ich verlange, dass diese Angabe
aus meinem Antrag gelöscht wird und der Antrag ohne sie neu geprüft wird.

Mit freundlichen Grüßen
Svenja Ottersberg
Apfelallee 3, 21635 Jork
"""
    raw = message(54, ("Kai-Uwe Stender", "kai-uwe.stender@elbauen.example"), DSB,
                  "WG: Beschwerde Risikolebensversicherung Antrag RL-25-004418 (Gentest!)", dt(2025, 3, 14, 8, 26),
                  text(body), cc=KROEGER, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "customer",
                 "forwarded customer complaint: genetic test result (BRCA1), mother's breast cancer, life application with surcharge")


def m055():
    body = """
Hi team,

here are the draft questions for the spring quiz (e-learning module "Special
categories of data"). All cases are invented; please check that the answers are
right and that no question could be read as a real case.

Q1. A claims handler writes in a file note: "Customer (fictitious: Mr A.) says he
    cannot work because of his back." Is this health data?
    a) no, it is only what he says   b) yes   c) only if a doctor confirms it
    Correct: b

Q2. An e-mail contains only the words "Diagnosis: F32.1" and a policy number.
    Is this personal data?
    a) no, there is no name   b) yes, the policy number identifies the person
    Correct: b

Q3. Which of these is NOT a special category under Art. 9 GDPR?
    a) trade union membership   b) IBAN   c) religious belief   d) biometric data
    for identification
    Correct: b (bank data is personal data, but not a special category)

Q4. A statistic says "14 % of our disability claims in 2024 were due to mental
    disorders." Is this health data about a person?
    a) yes   b) no, it is an aggregate that does not relate to an identifiable
    person
    Correct: b

Q5. You receive a hospital discharge letter for a person who is not our customer.
    What do you do first?
    a) throw it away   b) send it back to the sender   c) report it to
    datenpanne@elbauen.example and wait for instructions
    Correct: c

Comments by Friday please, the module goes live on 1 April.
Aylin
"""
    raw = message(55, DEMIRTAS, [OKAFOR, CASTELL, KROEGER], "Quiz questions spring 2025 - please review",
                  dt(2025, 3, 18, 14, 9), text(body, cte="8bit"), mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "internal",
                 "trap: training quiz with invented cases ('Diagnosis: F32.1', discharge letter, 14 % statistic), no real person")


def m056():
    body = """
Sehr geehrte Frau Quistorp,

vielen Dank für Ihr Schreiben vom 27. März 2025. Wir bestätigen den Eingang Ihres
Antrags auf Auskunft nach Art. 15 DSGVO.

Ihr Vorgang hat das Aktenzeichen DS-2025-0350. Er betrifft nach Ihren Angaben Ihre
Kfz-Versicherung KF-2760-418839 und den Schadenfall vom Dezember 2024 (Wildunfall).

Wir beantworten Ihre Anfrage innerhalb eines Monats, also bis spätestens 28. April
2025. Die Auskunft schicken wir Ihnen per Post an die bei uns hinterlegte Anschrift in
Apensen.

Mit freundlichen Grüßen
Ihr Team Konzerndatenschutz

Aylin Demirtaş
Elbauen Versicherungsgruppe
"""
    raw = message(56, DEMIRTAS, ("Dagmar Quistorp", "dagmar.quistorp@webpost-nord.example"),
                  "Eingangsbestätigung Ihres Auskunftsersuchens – DS-2025-0350", dt(2025, 3, 28, 9, 6),
                  text(body, cte="8bit"), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-customer",
                 "short acknowledgement naming the customer's motor contract number and claim (deer collision), town")


def m057():
    body = """
Sehr geehrter Herr Lüttjohann,

zunächst unser herzliches Beileid zum Tod Ihrer Mutter.

Sie haben uns als Erbe um Auskunft über die bei uns gespeicherten Daten Ihrer Mutter,
Frau Frieda Lüttjohann, gebeten und den Erbschein des Amtsgerichts Buxtehude vom
3. Februar 2025 beigefügt. Gern geben wir Ihnen für die Abwicklung des Nachlasses die
folgenden Informationen:

Vertrag: Hausratversicherung Nr. HR 14 223 780
Versicherungsort: Kastanienweg 11, 21614 Buxtehude
Versicherungssumme: 65.000 EUR, Jahresbeitrag 187,40 EUR
Beitragszahlung: Lastschrift vom Konto DE87 2416 1005 0004 4712 90 (Volksbank)
Letzte Abbuchung: 01.01.2025 (Jahresbeitrag 2025)
Schäden: 2019 Fahrraddiebstahl (erledigt), sonst keine

Der Vertrag endet mit der Auflösung des Haushalts, spätestens zwei Monate nach dem
Tod (§ 12 VHB). Den anteiligen Beitrag für 2025 erstatten wir auf das Konto, das Sie
uns nennen. Bitte teilen Sie uns dazu die IBAN des Nachlasskontos mit.

Weitere Verträge Ihrer Mutter bestehen bei uns nicht.

Mit freundlichen Grüßen
Aylin Demirtas
Konzerndatenschutz
"""
    raw = message(57, DEMIRTAS, ("Bernd Lüttjohann", "bernd.luettjohann@t-netz.example"),
                  "Auskunft zu den Verträgen Ihrer verstorbenen Mutter", dt(2025, 2, 21, 11, 50),
                  text(body, charset="windows-1252", cte="8bit"), charset="windows-1252", mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-customer",
                 "heir's access: deceased customer's household policy, address, premium and IBAN; no cause of death -> confidential")


def m058():
    body = """
Hallo zusammen,

nach der Diskussion im Jour fixe hier die abgestimmte Kurzfassung des Prozesses für
Auskunftsersuchen (Art. 15 DSGVO). Die ausführliche Fassung liegt im Intranet unter
Prozesse > Datenschutz > P-DS-03.

1. Eingang (Tag 0)
   Alle Kanäle (Post, E-Mail, Portal, Telefon, Vermittler) → Ticket im DS-Tool,
   Kategorie „Auskunft“. Eingangsbestätigung innerhalb von 3 Arbeitstagen.
2. Identitätsprüfung (bis Tag 5)
   Abgleich mit Bestand; bei Zweifeln Rückfrage, die Frist läuft weiter.
3. Datensammlung (bis Tag 15)
   Abfrage aller Systeme über den DS-Export; Fachbereiche liefern Papierakten und
   Sonderablagen (Leistung Kranken/Leben: Gutachten, Arztberichte, Notizen).
4. Prüfung (bis Tag 22)
   Schwärzung von Daten Dritter, Prüfung von Ausnahmen (§ 34 BDSG, Geschäftsgeheimnisse).
5. Versand (bis Tag 28)
   Sparten mit Gesundheitsdaten: nur Kundenportal oder Brief. Sonst Brief oder
   verschlüsselte E-Mail.
6. Fristverlängerung
   Nur bei Komplexität, Entscheidung durch Team-Lead DS, Mitteilung an die Person vor
   Tag 30.

SLA: 95 % innerhalb von 28 Tagen. Bericht monatlich an die DSB.

Gruß
Jannis
"""
    raw = message(58, OKAFOR, ("Team Betroffenenanfragen", "team-betroffenenanfragen@elbauen.example"),
                  "Prozess Auskunft Art. 15 – Kurzfassung P-DS-03 (Stand März)", dt(2025, 3, 7, 12, 31),
                  text(body), cc=DSB, mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: process description for access requests mentioning Gutachten/Arztberichte and SLAs, no case")


def m059():
    body = """
Hi Emily,

here is the export you asked for - German motor claims of Mr Rhys Llewellyn, who
now lives in Cardiff and sent his subject access request to Elbauen UK (your ref.
UK-SAR-25-031). He had a motor policy with Elbauen Allgemeine from 2018 to 2023 while
he worked in Hamburg.

All three claims were property damage only, nobody was injured. Third-party names
are removed; please do not add them back from the correspondence.

Could you add this to your response pack? I will confirm on our side that the
German part is complete.

Best
Aylin
"""
    rows = [["Policy", "Policyholder", "Date of birth", "Address at the time", "Claim", "Date", "Type", "Paid EUR", "Status"],
            ["KF-3318-207761", "Rhys Llewellyn", "1984-02-11", "Grindelallee 104, 20146 Hamburg", "KS-19-088214", "2019-08-30",
             "parking damage, third party vehicle", 1830.55, "closed"],
            ["KF-3318-207761", "Rhys Llewellyn", "1984-02-11", "Grindelallee 104, 20146 Hamburg", "KS-21-013906", "2021-02-09",
             "windscreen (partial cover)", 612.00, "closed"],
            ["KF-3318-207761", "Rhys Llewellyn", "1984-02-11", "Grindelallee 104, 20146 Hamburg", "KS-22-101472", "2022-11-21",
             "rear-end collision, third party liability", 4270.10, "closed"]]
    x = make_xlsx([("Motor claims DE", rows)], author="Aylin Demirtas")
    p = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                            attach(x, MT_XLSX, "UK-SAR-25-031_DE_motor_claims.xlsx")], "=_uk_d120_059")
    raw = message(59, DEMIRTAS, ("Emily Rothwell", "emily.rothwell@uk.elbauen.example"),
                  "UK-SAR-25-031 - German motor claims export", dt(2025, 4, 3, 10, 22), p, mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "internal",
                 "XLSX DSAR export: named person, birth date, former address, motor policy and claims; property damage only")


def m060():
    body = """
Liebe Kolleginnen und Kollegen aus dem Krisenstab,

für das Planspiel „Datenpanne“ am 8. Mai (9–12 Uhr, Raum Elbblick) schicke ich euch
vorab das Drehbuch. Bitte NICHT an die Teilnehmenden weitergeben, die bekommen die
Einspielungen erst während der Übung.

Alle Personen, Nummern und Diagnosen im Drehbuch sind frei erfunden. Wer in der Übung
„echte“ Kundendaten nachschlägt, um es realistischer zu machen, fliegt raus. ;-)

Viele Grüße
Miriam
"""
    odt = make_odt([
        "# Planspiel Datenpanne 2025 – Drehbuch (nur Moderation)",
        "Alle Angaben sind fiktiv. Ähnlichkeiten mit realen Personen sind zufällig.",
        "# Einspielung 1 (09:10)",
        "Anruf im Kundenservice: Kundin „K. (fiktiv)“ meldet, sie habe im Kundenportal die Leistungsabrechnung einer fremden "
        "Person gesehen: Knie-TEP rechts, Reha-Klinik, 12.480 EUR. Vertragsnummer in der Übung: KV-0000-00000-0.",
        "# Einspielung 2 (09:35)",
        "IT meldet: Seit dem Release gestern Abend zeigt das Portal bei 0,5 % der Logins fremde Dokumente. Betroffen: "
        "alle Sparten. Zahl der angemeldeten Kunden seit Release: 18.400 (fiktiv).",
        "# Einspielung 3 (10:05)",
        "Eine Journalistin (fiktiv: „Hamburger Tageskurier“) fragt nach, ob Gesundheitsdaten von Kunden öffentlich waren.",
        "# Erwartete Entscheidungen",
        [["Zeitpunkt", "Entscheidung", "Verantwortlich"],
         ["bis 09:45", "Portal abschalten ja/nein", "CISO + Vorstand IT"],
         ["bis 10:30", "Meldung nach Art. 33 an LfD (72 h)", "DSB"],
         ["bis 11:00", "Benachrichtigung nach Art. 34 – Kriterien, Texte", "DSB + Kommunikation"],
         ["bis 11:30", "Pressestatement", "Unternehmenskommunikation"]],
        "Auswertung: 11:30–12:00, Lessons Learned in das Incident-Handbuch.",
    ])
    p = multipart("mixed", [text(body), attach(odt, MT_ODT, "Planspiel_Datenpanne_2025_Drehbuch.odt")], "=_odt_d120_060")
    raw = message(60, CASTELL, ("Krisenstab", "krisenstab@elbauen.example"),
                  "Planspiel Datenpanne 08.05. – Drehbuch (intern, nur Moderation)", dt(2025, 4, 24, 17, 3), p,
                  cc=[DSB, VOGT], mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: ODT tabletop-exercise script with fictitious customer, knee replacement and dummy numbers")


def m061():
    plain = """
FYI – interessant für unsere Vorlagen (Punkt 1) und für die Schadensersatz-Klagen
aus dem Portal-Vorfall (Punkt 2). Miriam

-------- Forwarded message --------
From: Brandt Okoye Rechtsanwälte <privacy-brief@brandt-okoye.example>
Date: Tue, 4 Mar 2025 07:00
Subject: PRIVACY BRIEF 03/2025 - access, copies and damages

PRIVACY BRIEF 03/2025
Insurance & Financial Services edition

1. Right to a copy - what the courts expect in 2025
The CJEU's case law on Article 15(3) GDPR is now being applied by the German courts
in insurance disputes. A "copy" means a faithful reproduction of the personal data,
which may require copies of whole documents (e.g. expert reports, medical reports in
claims files) where this is necessary to understand the data. Insurers still using
summary tables should revise their templates.

2. Non-material damages under Article 82 GDPR
After several CJEU rulings, a mere infringement is not enough, but there is no
"threshold of seriousness" either. In misdirected-mail cases, German regional courts
have awarded between EUR 100 and EUR 2,000, with higher amounts where health data
were disclosed.

3. Our events
Webinar "DSARs as a litigation tool" - 27 March 2025, 11:00-12:00 CET.
Register at www.brandt-okoye.example/events

You receive this newsletter because you subscribed at www.brandt-okoye.example.
Unsubscribe: www.brandt-okoye.example/unsubscribe
"""
    htm = """<html><body style="font-family:Georgia,serif;font-size:11pt">
<p style="font-family:Arial">FYI &ndash; interessant f&uuml;r unsere Vorlagen (Punkt 1) und f&uuml;r die Schadensersatz-Klagen aus dem Portal-Vorfall (Punkt 2). Miriam</p>
<hr><p style="font-size:9pt;color:#555">-------- Forwarded message --------<br>From: Brandt Okoye Rechtsanw&auml;lte &lt;privacy-brief@brandt-okoye.example&gt;<br>
Date: Tue, 4 Mar 2025 07:00<br>Subject: PRIVACY BRIEF 03/2025 - access, copies and damages</p>
<h2 style="color:#1d3557">PRIVACY BRIEF 03/2025</h2><p><i>Insurance &amp; Financial Services edition</i></p>
<h3>1. Right to a copy &ndash; what the courts expect in 2025</h3>
<p>The CJEU's case law on Article 15(3) GDPR is now being applied by the German courts in insurance disputes. A &quot;copy&quot;
means a faithful reproduction of the personal data, which may require copies of whole documents (e.g. expert reports,
medical reports in claims files) where this is necessary to understand the data. Insurers still using summary tables
should revise their templates.</p>
<h3>2. Non-material damages under Article 82 GDPR</h3>
<p>After several CJEU rulings, a mere infringement is not enough, but there is no &quot;threshold of seriousness&quot; either.
In misdirected-mail cases, German regional courts have awarded between EUR&nbsp;100 and EUR&nbsp;2,000, with higher amounts where
health data were disclosed.</p>
<h3>3. Our events</h3>
<p>Webinar &quot;DSARs as a litigation tool&quot; &ndash; 27 March 2025, 11:00&ndash;12:00 CET.
<a href="https://www.brandt-okoye.example/events">Register</a></p>
<p style="font-size:8pt;color:#777">You receive this newsletter because you subscribed at www.brandt-okoye.example.
<a href="https://www.brandt-okoye.example/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    p = multipart("alternative", [text(plain), html(htm)], "----=_NL_d120_061")
    raw = message(61, CASTELL, [OKAFOR, DEMIRTAS, KROEGER, DSB],
                  "FW: PRIVACY BRIEF 03/2025 - access, copies and damages", dt(2025, 3, 4, 8, 47), p, mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "newsletter",
                 "trap: forwarded law-firm newsletter on Art. 15 copies of medical reports and Art. 82 damages, no person")


def m062():
    body = """
Liebe Frau Kruse, lieber Herr Vogt,

anbei der erste Entwurf der Datenschutz-Folgenabschätzung für die App „ElbeVital“
(Bonusprogramm Krankenversicherung). Die Abschnitte 4 (Risiken) und 5 (Maßnahmen) sind
noch nicht mit der IT abgestimmt – bitte dort besonders kritisch lesen.

Knackpunkte aus meiner Sicht:
- Die App soll Schrittzahlen und Ruhepuls aus Fitness-Trackern übernehmen. Das sind
  Gesundheitsdaten; wir brauchen eine ausdrückliche Einwilligung nach Art. 9 Abs. 2 lit. a.
- Die Daten dürfen nicht in die Risikoprüfung oder Beitragsberechnung einfließen –
  das muss technisch getrennt sein, nicht nur organisatorisch.
- Der SDK-Anbieter für die Tracker-Anbindung sitzt in den USA (Data Privacy
  Framework?).

Termin zur Besprechung: 2. April, 14 Uhr, Raum 3.14.

Viele Grüße
Henrike Sommerfeld
"""
    doc = make_docx([
        "# DSFA ElbeVital – Entwurf 0.3 (Stand 24.03.2025)",
        "1. Beschreibung der Verarbeitung",
        "Bonusprogramm für Versicherte der Elbauen Krankenversicherung ab 18 Jahren. Teilnehmende verbinden freiwillig einen "
        "Fitness-Tracker; die App überträgt tägliche Schrittzahl, Ruhepuls und Schlafdauer. Für erreichte Ziele gibt es Punkte, "
        "die gegen Prämien (Gutscheine, Zuschuss zu Präventionskursen) eingetauscht werden.",
        "2. Notwendigkeit und Verhältnismäßigkeit",
        "Zweckbindung: ausschließlich Bonusberechnung. Keine Nutzung für Risikoprüfung, Leistungsprüfung, Beitragsanpassung.",
        "3. Betroffene und Datenkategorien",
        [["Kategorie", "Beispiele", "Art. 9"],
         ["Stammdaten", "Name, Versichertennummer, E-Mail", "nein"],
         ["Aktivitätsdaten", "Schritte, aktive Minuten", "ja (Gesundheitsbezug)"],
         ["Vitaldaten", "Ruhepuls, Schlafdauer", "ja"],
         ["Bonusdaten", "Punkte, eingelöste Prämien", "nein"]],
        "4. Risiken (Entwurf)",
        "R1 Zweckentfremdung für Risikoselektion – Schwere hoch, Eintritt mittel.",
        "R2 Offenlegung durch SDK-Anbieter im Drittland – Schwere hoch, Eintritt gering bis mittel.",
        "R3 Rückschlüsse auf Krankheiten (z. B. dauerhaft erhöhter Ruhepuls) – Schwere hoch.",
        "5. Maßnahmen (offen)",
        "Pseudonymisierung in der Bonus-Datenbank, getrennte Mandanten, Löschung der Rohdaten nach 30 Tagen, Einwilligung je Datenart.",
    ], title="DSFA ElbeVital Entwurf 0.3", author="Henrike Sommerfeld")
    p = multipart("mixed", [text(body), attach(doc, MT_DOCX, "DSFA_ElbeVital_Entwurf_0.3.docx")], "=_dsfa_d120_062")
    raw = message(62, DSB, [("Svenja Kruse", "svenja.kruse@elbauen.example"), VOGT],
                  "DSFA ElbeVital – Entwurf 0.3 zur Abstimmung", dt(2025, 3, 24, 18, 20), p, cc=KROEGER, mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: DPIA draft (DOCX) for a health bonus app with pulse/sleep data categories, no person")


def m063():
    body = """
Sehr geehrter Herr Grunewald,

Ihre Anfrage vom 6. Mai 2025 – Krankheitskostenversicherung Nr. KV-0091-55231-7

Sie möchten wissen, aus welchem Grund wir bei Vertragsbeginn am 1. Juli 2023 einen
Risikozuschlag vereinbart haben und welche Daten wir dafür verwendet haben. Diese
Auskunft erteilen wir Ihnen gern.

Grundlage der Risikoprüfung waren Ihre Angaben im Antrag vom 2. Juni 2023 und der
Arztbericht Ihres Hausarztes Dr. Benjamin Thalmann vom 19. Juni 2023:

- Asthma bronchiale (ICD-10 J45.0), seit dem Jugendalter, Dauertherapie mit einem
  inhalativen Kortikoid (Budesonid 200 µg, 2 x täglich) und Salbutamol bei Bedarf;
- allergische Rhinitis (Heuschnupfen) mit saisonaler Behandlung;
- letzter Krankenhausaufenthalt wegen Asthma: 2016 (3 Tage).

Auf dieser Grundlage hat unser Risikoprüfer einen Zuschlag von 30 % auf den Tarif
KV-Komfort festgelegt (monatlich 118,40 EUR). Ein Leistungsausschluss wurde nicht
vereinbart.

Sie können jederzeit beantragen, dass wir den Zuschlag überprüfen, wenn sich Ihr
Gesundheitszustand dauerhaft verbessert hat (§ 41 VVG). Dafür benötigen wir einen
aktuellen Befund, z. B. eine Lungenfunktionsprüfung.

Den Arztbericht und das Votum der Risikoprüfung haben wir Ihnen in Ihr Kundenpostfach
gestellt.

Mit freundlichen Grüßen
Bastian Kröger
Datenschutzkoordinator Kranken/Leben
"""
    raw = message(63, KROEGER, ("Matthias Grunewald", "m.grunewald@hansenet-mail.example"),
                  "Ihre Anfrage zum Risikozuschlag – KV-0091-55231-7", dt(2025, 5, 13, 11, 2), text(body),
                  mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                 "access answer: named customer's asthma J45.0, medication, hospital stay and risk surcharge in private health insurance")


def m064():
    body = """
Sehr geehrte Frau Voigtländer,

vielen Dank für Ihre Anfrage vom 14. Januar 2025. Sie wollten wissen, ob wir Sie im
Hinweis- und Informationssystem der Versicherungswirtschaft (HIS) gemeldet haben.

Ja. Wir haben am 9. Oktober 2023 folgende Meldung an das HIS übermittelt:

  Meldende Gesellschaft:  Elbauen Allgemeine Versicherung AG
  Sparte:                 Kfz (Vollkasko)
  Vertrag / Schaden:      KF-2044-771320 / KS-23-061902
  Meldegrund:             fiktive Abrechnung eines Totalschadens (Fahrzeug wurde
                          unrepariert mit Restwert verkauft)
  Fahrzeug:               BMW 320d, FIN WBA8E11060K44xxxx, Kennzeichen STD-NV 230
  Ihre Daten:             Name, Anschrift (Holunderweg 6, 21702 Ahlerstedt),
                          Geburtsdatum 17.05.1990

Es handelt sich um eine fahrzeugbezogene Meldung; sie besagt nicht, dass Ihnen ein
Fehlverhalten vorgeworfen wird. Sie wird vier Jahre nach dem Ende des Jahres der
Meldung gelöscht, also mit Ablauf des 31.12.2027.

Wenn Sie die Meldung für unrichtig halten, können Sie Berichtigung oder Löschung bei
uns verlangen (Art. 16, 17 DSGVO). Eine Selbstauskunft über alle Einträge erhalten Sie
auch direkt bei der Betreiberin des HIS.

Mit freundlichen Grüßen
Aylin Demirtaş
Konzerndatenschutz
"""
    raw = message(64, DEMIRTAS, ("Nadine Voigtländer", "nadine.voigtlaender@ahlerstedt-mail.example"),
                  "Ihre Anfrage zum HIS-Eintrag (DS-2025-0039)", dt(2025, 1, 29, 14, 14), text(body), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-customer",
                 "HIS entry disclosed: named customer, birth date, address, motor contract/claim, plate; no health")


def m065():
    body = """
Dear Emily, dear Theresa,

as agreed, we are aligning the records of processing activities across the group.
Attached is the German entry for recruiting as a template - please adapt the legal
bases to UK GDPR / DSG where needed and send your versions back by 16 May.

Note the row "special categories": in Germany we only process information on a
severe disability if the applicant chooses to disclose it, and health information only
for the occupational medical examination of a few roles (e.g. field staff driving
company cars). Please check what applies in your countries.

Kind regards
Jannis
"""
    rows = [["Field", "DE entry (template)", "UK", "AT"],
            ["Processing activity", "VT-HR-02 Recruiting and applicant management", "", ""],
            ["Controller", "Elbauen Versicherungsgruppe (employer entity of the vacancy)", "", ""],
            ["Purpose", "Selection of applicants; talent pool with consent", "", ""],
            ["Legal basis", "Section 26 BDSG / Art. 6(1)(b) GDPR; talent pool Art. 6(1)(a)", "", ""],
            ["Data subjects", "Applicants, referees", "", ""],
            ["Data categories", "CV, certificates, salary expectation, interview notes, test results", "", ""],
            ["Special categories", "Severe disability (only if disclosed by applicant); occupational health result 'fit/not fit' only", "", ""],
            ["Recipients", "HR, hiring managers, works council, recruiting software provider (processor)", "", ""],
            ["Retention", "6 months after end of procedure; talent pool 2 years", "", ""],
            ["Third country", "none", "", ""]]
    x = make_xlsx([("RoPA recruiting", rows)], author="Jannis Okafor")
    p = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                            attach(x, MT_XLSX, "RoPA_VT-HR-02_recruiting_template.xlsx")], "=_ropa_d120_065")
    raw = message(65, OKAFOR, [("Emily Rothwell", "emily.rothwell@uk.elbauen.example"),
                               ("Theresa Huber", "theresa.huber@elbauen-austria.example")],
                  "RoPA alignment - recruiting template (VT-HR-02)", dt(2025, 4, 14, 15, 37), p, mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "insurer-to-partner",
                 "trap: RoPA template for recruiting naming disability/occupational health categories in general, no person")


def m066():
    body = """
Dear Ms Albrecht,

thank you for the registration confirmation and the invoice for the Data Protection
Congress Hamburg 2025 (12-13 June).

Participants:  Dr. Henrike Sommerfeld, Jannis Okafor
Invoice:       DPC-25-01877, EUR 2,380.00 (2 x early bird, VAT included)

We will pay by bank transfer to your account

  DPC Events GmbH
  IBAN DE59 4306 0967 2044 9103 00
  Reference: DPC-25-01877 Elbauen

within 14 days. Please note our purchase order number B-4100-2025-019 on future
correspondence and send the invoice to invoices@elbauen.example as well.

One question: Dr. Sommerfeld is a speaker on the panel "Health data in insurance
claims" on 13 June. Is the speaker's fee waived for her colleague, or should we keep
the second ticket?

Best regards
Pauline Wendt
Data Protection Office, Elbauen Versicherungsgruppe
"""
    raw = message(66, WENDT, ("Nora Albrecht", "registration@dpc-events.example"),
                  "Re: Registration confirmation DPC Hamburg 2025 / invoice DPC-25-01877", dt(2025, 3, 12, 10, 40),
                  text(body), mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "insurer-to-supplier",
                 "trap: conference invoice with the organiser company's IBAN and staff names; company bank data -> normal")


def m067():
    body = """
Hallo Corinna,

danke für die Anfrage – aber so geht es leider nicht, die Antwort ist nein.

Ihr möchtet aus dem Kfz-Bestand alle Kundinnen und Kunden mit Geburtstag im Juni
ziehen und ihnen zum Geburtstag eine E-Mail mit Gutschein und einem Angebot für die
Unfallversicherung schicken. Dafür fehlt bei den meisten die Einwilligung in
E-Mail-Werbung; die Vertragsdaten (Geburtsdatum, E-Mail aus der Schadenmeldung) sind
nicht für Werbung erhoben worden.

Und bitte schickt mir solche Auszüge nicht per Mail, selbst „nur als Beispiel“ – die
Zeilen unten habe ich aus deiner Mail kopiert, die Datei habe ich gelöscht:

> Vertrag        | Name               | geb.       | E-Mail                          | Tarif
> KF-3007-114520 | Hannes Wulf        | 03.06.1979 | hannes.wulf@elbmail.example     | Komfort
> KF-3007-118841 | Sibel Arslan       | 11.06.1992 | s.arslan@kabelnord-mail.example | Basis
> KF-3009-002217 | Torsten Ehlers     | 24.06.1965 | t.ehlers@heidepost.example      | Komfort Plus

Machbar wäre: Geburtstagsgruß OHNE Werbung per Post, oder Werbung nur an die
Kundinnen und Kunden mit Einwilligung (Flag „EW-Mail“ im CRM). Lass uns gern
telefonieren.

Viele Grüße
Henrike
"""
    raw = message(67, DSB, ("Corinna Lüdeke", "corinna.luedeke@elbauen.example"),
                  "AW: Geburtstagsmailing Kfz-Kunden Juni – Datenschutzfreigabe?", dt(2025, 4, 28, 12, 55),
                  text(body), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "internal",
                 "quoted sample rows with names, birth dates, e-mail addresses and motor contract numbers of customers")


def m068():
    body = """
Sehr geehrter Herr Karstens,

wir müssen Ihnen leider mitteilen, dass es bei uns zu einer Verletzung des Schutzes
Ihrer personenbezogenen Daten gekommen ist (Art. 34 DSGVO).

Was ist passiert?
Beim Versand der Beitragsrechnungen für die Kfz-Versicherung am 3. Februar 2025 hat
eine Kuvertiermaschine in unserem Druckzentrum zwei Blätter gleichzeitig eingezogen.
Dadurch ist Ihre Beitragsrechnung zusätzlich in den Umschlag einer anderen Kundin
gelangt.

Welche Daten sind betroffen?
Ihr Name und Ihre Anschrift (Am Wasserturm 17, 21614 Buxtehude), die Vertragsnummer
KF-1104-338015, der Jahresbeitrag 2025 (684,22 EUR) und Ihre Bankverbindung
(IBAN DE52 2105 0000 4471 8203 65) für den Lastschrifteinzug.

Was haben wir unternommen?
Die Empfängerin hat uns sofort informiert und das Schreiben an uns zurückgeschickt;
es liegt uns wieder vor. Wir haben keine Hinweise darauf, dass die Daten weitergegeben
wurden. Die Kuvertiermaschinen prüfen seit dem 24. Februar jedes Blatt per Barcode.

Was können Sie tun?
Ein Missbrauch Ihrer IBAN ist unwahrscheinlich. Prüfen Sie dennoch in den nächsten
Wochen Ihre Kontoauszüge; unberechtigte Lastschriften können Sie bis zu 13 Monate
zurückbuchen lassen.

Wir entschuldigen uns für diesen Fehler. Bei Fragen erreichen Sie uns unter
datenschutz@elbauen.example oder 04161 7702-4100.

Mit freundlichen Grüßen
Dr. Henrike Sommerfeld
Konzerndatenschutzbeauftragte
Elbauen Allgemeine Versicherung AG
"""
    raw = message(68, DSB, ("Timo Karstens", "timo.karstens@buxmail.example"),
                  "Wichtige Information zum Schutz Ihrer Daten – Ihre Kfz-Beitragsrechnung", dt(2025, 2, 17, 10, 15),
                  text(body), bcc=DSPOST, mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-customer",
                 "Art. 34 notification: named customer, home address, motor contract, premium and full IBAN; no health")


def m069():
    inner_body = """
Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Uwe Stolzenberg, Fliederweg 23, 21698 Harsefeld,
anwaltlich vertreten. Die Vollmacht reichen wir per Post nach.

Unser Mandant unterhält bei Ihnen eine Wohngebäudeversicherung (Vers.-Nr. WG 19 332 804).
Am 2. Dezember 2024 trat in seinem Haus ein Leitungswasserschaden auf (Ihre
Schaden-Nr. SW-24-118520), den Sie mit Schreiben vom 20. Januar 2025 nur zu 40 %
reguliert haben.

Namens und im Auftrag unseres Mandanten verlangen wir gemäß Art. 15 DSGVO Auskunft über
alle zu seiner Person gespeicherten Daten sowie eine Kopie der gesamten Schadenakte,
insbesondere
  - des Gutachtens des Sachverständigenbüros Lemke & Partner vom 9. Januar 2025,
  - der Fotodokumentation und
  - sämtlicher interner Vermerke zur Kürzung.

Wir haben uns eine Frist bis zum 14. März 2025 notiert.

Mit freundlichen Grüßen
Dr. Kathrin Böhmer
Rechtsanwältin
Böhmer & Sandkuhl Rechtsanwälte, Stade
"""
    inner_msg = inner(("Dr. Kathrin Böhmer", "k.boehmer@boehmer-sandkuhl.example"), DSPOST,
                      "Stolzenberg ./. Elbauen – Auskunft Art. 15 DSGVO – SW-24-118520", dt(2025, 2, 12, 16, 41),
                      text(inner_body), "<boehmer-2025-0212-stolz@boehmer-sandkuhl.example>")
    body = """
Hallo Herr Brüning,

anbei eine Anfrage der Anwältin von Herrn Stolzenberg zum Leitungswasserschaden. Das ist
erkennbar Vorbereitung auf eine Klage; die Auskunft müssen wir trotzdem erteilen.

Bitte stellen Sie mir bis 28.02. die vollständige Schadenakte zusammen (inkl.
Gutachten Lemke und der internen Vermerke). Bei Vermerken, die Ihre rechtliche
Einschätzung zum Prozess enthalten, sprechen wir vor der Herausgabe – die können wir
eventuell zurückhalten.

Die Vollmacht hat die Kanzlei per Post nachgereicht, ich habe sie geprüft, passt.

Gruß
Jannis Okafor
"""
    p = multipart("mixed", [text(body), rfc822(inner_msg)], "=_fwd_d120_069")
    raw = message(69, OKAFOR, ("Henrik Brüning", "henrik.bruening@elbauen.example"),
                  "WG: Stolzenberg ./. Elbauen – Auskunft Art. 15 DSGVO – SW-24-118520", dt(2025, 2, 13, 9, 27), p,
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "lawyer",
                 "forwarded lawyer's access request (rfc822): named client, address, buildings policy and claim numbers, water damage")


def m070():
    body = """
Hi Henrike,

as requested for the annual review of the cookie banner, the consent figures from
our web analytics for Q1 2025 (www.elbauen.example, all pages, desktop + mobile):

  Banner shown:            1,284,310 sessions
  "Accept all":              61.2 %
  "Reject all":              27.4 %
  Individual settings:        3.1 %  (of which statistics on: 2.2 %, marketing on: 0.9 %)
  No interaction / bounce:    8.3 %

Since the "Reject all" button moved to the first layer (January), rejections went
up from 11 % to 27 %. Conversion on the health tariff calculator dropped by about
4 %, which marketing is not thrilled about, but I think we are now where the
authorities want us to be.

Numbers are from the consent management platform, aggregated; we do not see
individual users there.

Best
Leon Marquardt
Digital Analytics
"""
    raw = message(70, ("Leon Marquardt", "leon.marquardt@elbauen.example"), DSB,
                  "Cookie consent rates Q1 2025", dt(2025, 4, 4, 16, 22), text(body, cte="8bit"), mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "internal",
                 "trap: aggregated cookie consent statistics and health tariff calculator conversion, no individual users")


def m071():
    body = """
Sehr geehrte Frau Behrendt,

vielen Dank für Ihre Anfrage vom heutigen Vormittag. Zu Ihren Fragen können wir
Folgendes sagen:

1. Am 21. Januar 2025 kam es nach einer Aktualisierung unseres Kundenportals für rund
   drei Stunden zu einer technischen Störung. In dieser Zeit konnten einzelne
   angemeldete Kundinnen und Kunden ein Dokument sehen, das nicht für sie bestimmt
   war. Betroffen war eine niedrige zweistellige Zahl von Dokumenten.
2. Wir haben das Portal sofort abgeschaltet, den Fehler behoben und den Vorfall
   fristgerecht der zuständigen Datenschutzaufsichtsbehörde gemeldet. Alle betroffenen
   Personen wurden persönlich informiert.
3. Zu einzelnen Kunden, zur Art der Dokumente oder zu Gesundheitsdaten äußern wir uns
   aus Gründen des Datenschutzes nicht.
4. Ein Angriff von außen lag nicht vor.

Für ein Hintergrundgespräch steht Ihnen unsere Datenschutzbeauftragte gern zur
Verfügung; bitte stimmen Sie einen Termin mit mir ab.

Mit freundlichen Grüßen
Jacob Frerichs
Unternehmenskommunikation / Pressesprecher
Elbauen Versicherungsgruppe
Tel. 04161 7702-1200
"""
    raw = message(71, ("Jacob Frerichs", "presse@elbauen.example"),
                  ("Lena Behrendt", "l.behrendt@tageskurier-nord.example"),
                  "Ihre Anfrage: Störung im Kundenportal", dt(2025, 3, 27, 13, 11), text(body), cc=DSB,
                  mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "insurer-to-partner",
                 "trap: press answer on a portal incident refusing to discuss individual customers or health data; no person")


def m072():
    body = """
Sehr geehrte Frau Wiese,

Ihr Auskunftsersuchen vom 3. Februar 2025
Antrag auf Berufsunfähigkeitsversicherung vom 14.10.2019, Antragsnummer BA-19-22718
Vertrag BU 88 210 447

Sie haben eine Kopie der Unterlagen aus der Risikoprüfung verlangt, die zu dem
Leistungsausschluss in Ihrem Vertrag geführt haben. Die vollständige Kopie stellen wir
Ihnen heute in Ihr Kundenpostfach. Sie enthält:

1. Ihren Antrag mit den Gesundheitsangaben (Seiten 3 bis 5), unter anderem zu
   Migräne mit Aura (G43.1) seit 2012 und einer Physiotherapie wegen
   Nackenschmerzen 2018;
2. den Arztbericht Ihrer Neurologin Dr. Elena Sarkissian vom 28.10.2019
   (Anfallshäufigkeit 3-4 pro Monat, Prophylaxe mit Metoprolol);
3. das Votum unserer Risikoprüfung vom 06.11.2019 mit der Begründung für den
   Ausschluss „Erkrankungen des Nervensystems in Form von Kopfschmerzen und
   Migräne“;
4. den Schriftwechsel mit Ihrem Vermittler.

Eine Abschrift des internen Bewertungsbogens ist ebenfalls enthalten; wir haben darin
nur die Namen unserer Mitarbeiter geschwärzt.

Bei Fragen erreichen Sie mich unter 04161 7702-4104.

Mit freundlichen Grüßen
Bastian Kröger
Elbauen Lebensversicherung AG, Datenschutz
"""
    raw = message(72, KROEGER, ("Ingeborg Wiese", "ingeborg.wiese@kabelnord-mail.example"),
                  "Ihre Auskunft – Unterlagen der Risikoprüfung BU", dt(2025, 2, 27, 15, 51), text(body),
                  mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                 "access answer on a named person's disability policy: migraine G43.1, neurologist report, medication, exclusion")


def m073():
    body = """
Hi Miriam,

a question for a short legal opinion, no rush (end of May is fine):

Customer service wants to introduce "voice authentication" for the hotline: the
caller says a passphrase, the system compares it with a stored voice print and the
agent sees "verified" instead of asking for date of birth and policy number.

Questions:
1. Is the voice print biometric data "for the purpose of uniquely identifying a
   natural person" (Art. 9(1) GDPR) - I assume yes?
2. Is explicit consent the only realistic legal basis, and how do we make sure it is
   really voluntary (alternative without voice print)?
3. What about the normal call recordings we already keep for 90 days for quality
   purposes - do they become biometric data just because the same audio could be
   used to create a voice print?
4. DPIA required? (I think clearly yes.)

The vendor presentation is in the team folder under /Projekte/Voice-ID.

Thanks!
Henrike
"""
    raw = message(73, DSB, CASTELL, "Legal question: voice authentication at the hotline (Art. 9)",
                  dt(2025, 4, 17, 9, 3), text(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "internal",
                 "trap: abstract legal question on voice biometrics and Art. 9 for a planned hotline feature, no person")


def m074():
    body = """
Sehr geehrte Frau Aksoy,

anbei unsere Stellungnahme zu Ihrem Schreiben vom 22. April 2025 im Verfahren
LfD-NE 3.2-1302/25 (Beschwerde Waldemar Rieck, Bonitätsprüfung im Kfz-Antrag).

Die Stellungnahme ist als Word-Dokument beigefügt; die unterschriebene Fassung geht
Ihnen zusätzlich per Post zu.

Mit freundlichen Grüßen
Miriam Castell
Juristin Datenschutz, Elbauen Versicherungsgruppe
"""
    doc = make_docx([
        "# Stellungnahme – LfD-NE 3.2-1302/25",
        "Beschwerdeführer: Herr Waldemar Rieck, Am Schwingedeich 9, 21680 Stade",
        "Antrag Kfz-Versicherung KA-25-0081773 vom 11.03.2025 (Opel Astra, STD-WR 77)",
        "1. Sachverhalt",
        "Vor Annahme eines Antrags mit unterjähriger Zahlweise holt die Elbauen Allgemeine Versicherung AG eine "
        "Bonitätsauskunft bei der CrediNord GmbH ein. Für den Beschwerdeführer wurde am 12.03.2025 ein Score von 412 "
        "(Risikoklasse E) mit zwei Negativmerkmalen übermittelt (Inkasso Stadtwerke 2023, erledigt; Mahnbescheid AG Uelzen 2024, "
        "offen, 1.240 EUR).",
        "2. Rechtsgrundlage",
        "Art. 6 Abs. 1 lit. b und f DSGVO; Vorleistungsrisiko bei monatlicher Zahlweise. Keine ausschließlich automatisierte "
        "Entscheidung im Sinne von Art. 22 DSGVO: Der Antrag wurde von Herrn Mertens (Antragsteam) manuell geprüft.",
        "3. Information des Beschwerdeführers",
        "Hinweis auf die Bonitätsprüfung im Antrag (Seite 2, Ziffer 7) und in den Datenschutzhinweisen; Auskunft mit Score und "
        "Merkmalen am 09.04.2025 erteilt.",
        "4. Ergebnis",
        "Nach unserer Auffassung ist die Verarbeitung rechtmäßig. Dem Beschwerdeführer wurde ein Angebot mit jährlicher "
        "Zahlweise unterbreitet.",
        "Buxtehude, 6. Mai 2025 – Elbauen Allgemeine Versicherung AG",
    ], title="Stellungnahme LfD-NE 3.2-1302/25", author="Miriam Castell")
    p = multipart("mixed", [text(body), attach(doc, MT_DOCX, "Stellungnahme_LfD-NE_3.2-1302-25_Rieck.docx")],
                  "=_lfd_d120_074")
    raw = message(74, CASTELL, ("Selin Aksoy", "selin.aksoy@lfd-niederelbe.example"),
                  "LfD-NE 3.2-1302/25 – Stellungnahme Elbauen", dt(2025, 5, 6, 16, 30), p, cc=DSB, mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-partner",
                 "DOCX statement to the authority: complainant's address, credit score, debts, motor application; body names him")


def m075():
    body = """
Dear Ms Benedetti,

thank you for your e-mail of 20 February 2025, in which you asked us to delete all
data from your application for the position "Junior Data Analyst (f/m/d)"
(reference IT-2024-31).

We can confirm that we have now deleted:
- your CV, cover letter and certificates,
- the notes from your interview on 12 November 2024,
- the results of the online analytics test,
- your contact details (address in Lüneburg, mobile number, e-mail) and the other
  information you gave in the application form, including your date of birth
  (2 September 1997) and your salary expectation (EUR 52,000 per year).

Normally we keep applications for six months after the end of the procedure, which
would have been until 15 June 2025. As you did not join our talent pool, there is
no reason for us to keep the data longer, so we have deleted them early at your
request.

We only keep this e-mail exchange as proof that your request has been carried out; it
will be deleted after three years.

We wish you all the best for your career.

Kind regards
Grit Haverkamp
HR Recruiting, Elbauen Versicherungsgruppe
on behalf of the Data Protection Office
"""
    raw = message(75, ("Grit Haverkamp", "grit.haverkamp@elbauen.example"),
                  ("Chiara Benedetti", "chiara.benedetti@studimail.example"),
                  "Your request to delete your application data (IT-2024-31)", dt(2025, 2, 24, 11, 17),
                  text(body), cc=DEMIRTAS, mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "insurer-to-applicant",
                 "erasure confirmation to a named applicant stating her birth date and salary expectation")


def m076():
    body = """
Liebe neue Kolleginnen und Kollegen,

herzlich willkommen bei der Elbauen! Zu Ihrem Einstieg gehört die Präsenzschulung
„Datenschutz und Informationssicherheit im Versicherungsalltag“. Die Einladung ist
als Kalendereintrag angehängt – bitte annehmen.

Themen (90 Minuten):
  - Was sind personenbezogene Daten, was sind Gesundheitsdaten?
  - Schweigepflicht nach § 203 StGB – warum sie auch für Sie gilt
  - Sicher kommunizieren: Kundenportal, verschlüsselte E-Mail, Brief
  - Datenpanne – was tun? (Fehlversand, verlorenes Notebook, Phishing)
  - Clean Desk und Bildschirmsperre

Bitte bringen Sie Ihr Notebook mit; am Ende gibt es einen kurzen Test.

Viele Grüße
Pauline Wendt
Konzerndatenschutz
"""
    ics = make_ics("ds-onboarding-20250402@elbauen.example", "20250402T100000", "20250402T113000",
                   "Pflichtschulung Datenschutz & Informationssicherheit (Onboarding)",
                   "Gebäude A, Schulungsraum 0.08",
                   "Präsenzschulung für neue Mitarbeitende. Referentin: Dr. Henrike Sommerfeld. Bitte Notebook mitbringen.",
                   WENDT, ["neue-mitarbeitende-q1@elbauen.example"])
    p = multipart("mixed", [text(body), attach(ics, "text/calendar; method=REQUEST; charset=utf-8", "Schulung.ics")],
                  "=_ics_d120_076")
    raw = message(76, WENDT, ("Neue Mitarbeitende Q1", "neue-mitarbeitende-q1@elbauen.example"),
                  "Einladung: Pflichtschulung Datenschutz am 2. April, 10:00 Uhr", dt(2025, 3, 20, 13, 30), p,
                  mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: onboarding training invitation (ICS) about health data and § 203 StGB, no person")


def m077():
    body = """
Hallo,

ich habe heute in meinem Postfach im HR-Portal eine Gehaltsabrechnung gefunden, die
nicht meine ist (siehe Anhang). Ich habe sie nur kurz geöffnet, weil ich dachte, es
wäre meine März-Abrechnung. Meine eigene ist nicht da.

Was soll ich jetzt damit machen? Soll ich die Datei löschen? Die Kollegin kenne ich
nicht persönlich.

Gruß
Melanie Korte
Betrieb/Bestand, PNr. 40 6190
"""
    pdf = make_pdf([[
        "# Elbauen Versicherungsgruppe - Entgeltabrechnung März 2025",
        "Personalnummer: 40 6019        Abrechnungsmonat: 03/2025",
        "Frau Julia Kortmann",
        "Moorkamp 9, 21640 Horneburg",
        "Geburtsdatum: 14.08.1986     Eintritt: 01.09.2014",
        "Steuer-ID: 47 036 892 815     Steuerklasse: IV / Faktor",
        "SV-Nummer: 65 140886 K 019",
        "",
        "** Bezüge                                    Betrag EUR",
        "Tarifgehalt VTV Gruppe VI, Stufe 3          4.812,50",
        "Vermögenswirksame Leistungen                   40,00",
        "Fahrtkostenzuschuss (pauschal versteuert)      65,00",
        "Gesamtbrutto                                4.917,50",
        "",
        "** Abzüge",
        "Lohnsteuer                                    663,91",
        "Solidaritätszuschlag                            0,00",
        "Sozialversicherung AN-Anteil                  1.017,42",
        "VL-Überweisung                                  40,00",
        "",
        "** Auszahlungsbetrag                          3.196,17",
        "Überweisung auf IBAN DE51 2004 0000 0630 4555 01",
    ]], title="Entgeltabrechnung 03/2025", author="Entgeltabrechnung")
    p = multipart("mixed", [text(body, cte="8bit"),
                            attach(pdf, "application/pdf", "Entgeltabrechnung_2025-03_40-6019.pdf")], "=_pay_d120_077")
    raw = message(77, ("Melanie Korte", "melanie.korte@elbauen.example"), ("Meldestelle Datenpanne", "datenpanne@elbauen.example"),
                  "Fremde Gehaltsabrechnung in meinem HR-Postfach", dt(2025, 3, 28, 15, 42), p, mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "internal",
                 "attachment-only: another employee's payslip PDF with birth date, tax ID, salary and IBAN; body harmless")


def m078():
    body = """
Hi Henrike,

I have to report a misdirected e-mail - sorry.

At 14:07 today I sent the refund confirmation for a household policy to the wrong
external address. I wanted to send it to the customer, Mr Dieter Vahldiek
(d.vahldiek@elbe-online.example), but Outlook autocompleted to
d.vahldiek@elbe-onlinebanking.example, which looks like a completely different
domain. The e-mail contained:

  - customer name and address (Schuetzenstrasse 40, 21614 Buxtehude)
  - policy no. HR 20 677 315, refund of EUR 214.60 after cancellation
  - his account for the refund: IBAN DE89 2905 0101 1106 6482 53

I tried "recall" at 14:15 - Outlook says the recall failed (external recipient). No
bounce so far, so it was probably delivered. I have now sent a polite e-mail to the
wrong address asking them to delete it.

What else should I do? Should I call Mr Vahldiek?

Regards
Tomasz Wierzbicki
Accounts Receivable / Refunds
"""
    raw = message(78, ("Tomasz Wierzbicki", "tomasz.wierzbicki@elbauen.example"), DSB,
                  "Misdirected e-mail with customer IBAN - recall failed", dt(2025, 1, 22, 14, 31),
                  text(body, charset="us-ascii", cte="7bit"), cc=("Meldestelle Datenpanne", "datenpanne@elbauen.example"),
                  charset="us-ascii")
    return raw, ("CONFIDENTIAL", "en", "internal",
                 "breach report: named customer, address, household policy, refund amount and full IBAN sent to wrong recipient")


def m079():
    inner_body = """
Hi Gareth,

please find the radiology report for Ms Brennan (accident policy UV-24-3310) below.
Distal radius fracture left (S52.5), two displaced fragments, operated on 12 March
(plate osteosynthesis). The treating surgeon expects permanent restriction of wrist
movement of about 20 %. Please prepare the disability assessment (Gliedertaxe hand,
provisional 1/10).

X-ray report, St. Vinzenz Hospital, 11 March 2025:
"Dorsally displaced, intra-articular fracture of the distal radius with ulnar styloid
avulsion. No further fractures."

Thanks,
Kerstin
"""
    inner_msg = inner(("Kerstin Albers", "kerstin.albers@elbauen.example"),
                      ("Claims all (distribution list)", "claims-all@elbauen.example"),
                      "UV-24-3310 Brennan - X-ray report / disability assessment", dt(2025, 3, 24, 10, 12),
                      text(inner_body, charset="us-ascii", cte="7bit"), "<UV24-3310.brennan.0324@elbauen.example>")
    body = """
Hi Rasmus,

the attached e-mail went to the distribution list claims-all@ (142 mailboxes)
instead of to Gareth Pryce only. It contains health data of an accident insurance
customer.

Please purge it from all mailboxes (Compliance search + purge, Message-ID in the
attachment) and confirm when done. Do not forward it anywhere else. Incident ref.
DP-2025-024.

Thanks
Henrike
"""
    p = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                            rfc822(inner_msg, "UV-24-3310 Brennan - X-ray report.eml")], "=_purge_d120_079")
    raw = message(79, DSB, ("Rasmus Elling", "rasmus.elling@elbauen.example"),
                  "URGENT purge request DP-2025-024 (mail to claims-all@)", dt(2025, 3, 24, 10, 49), p, cc=VOGT,
                  mailer=OUTLOOK, extra=[("Importance", "high")])
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "internal",
                 "forwarded message/rfc822: named accident-insurance customer's wrist fracture S52.5, surgery, disability estimate")


def m080():
    body = """
Hallo Bastian,

anbei der Scan für die Auskunft DS-2025-0377 aus der Leistungsakte. Bitte vor dem
Einstellen ins Portal die Schwärzung auf Seite 7 prüfen (Name der Gutachterin
Mitarbeiterin?). Der Rest kann so raus.

Gruß
Ulrike
"""
    pages = [["Seite %d von 14" % i, "", "[Scan - Bildinhalt, kein Textlayer]", "",
              "Elbauen Leistung Leben/BU - Posteingang 18.03.2025 - Blatt %d" % i] for i in range(1, 4)]
    pdf = make_pdf(pages, title="Scan 2025-03-18 14 Seiten", author="Scanstation LL-02", compress=True)
    p = multipart("mixed", [text(body),
                            attach(pdf, "application/pdf", "Gutachten_Psychiatrie_Brandauer_Kurt_2025-03.pdf")],
                  "=_scan_d120_080")
    raw = message(80, ("Ulrike Brammer", "ulrike.brammer@elbauen.example"), KROEGER, "DS-2025-0377 Scan",
                  dt(2025, 4, 1, 11, 8), p, mailer="Lotus Notes Release 9.0.1")
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "internal",
                 "file name only: 'Gutachten_Psychiatrie_<name>.pdf' reveals a psychiatric report on a named person; body and PDF text harmless")


def m081():
    body = """
Sehr geehrte Frau Dierks,

wie am Telefon besprochen, erhalten Sie anbei die Übersicht aller Rechnungen, die Sie
von 2022 bis 2024 zu Ihrer Krankheitskostenversicherung eingereicht haben, als
Excel-Datei. Sie hatten uns ausdrücklich gebeten, Ihnen die Datei per E-Mail zu
schicken; Ihre Einwilligung dazu haben wir vermerkt.

Die Originalbelege bewahren wir nicht auf; sie wurden nach dem Scannen vernichtet.

Mit freundlichen Grüßen
Ihr Kundenservice Krankenversicherung
i. A. Aylin Demirtaş
"""
    rows = [["Eingang", "Leistungserbringer", "Art", "Diagnose / Leistung lt. Rechnung", "Rechnungsbetrag EUR", "erstattet EUR"],
            ["2022-02-14", "Dr. med. Fiete Carstens, Innere Medizin", "ambulant", "Hypothyreose (E03.9), Sonographie Schilddrüse", 142.37, 142.37],
            ["2022-02-21", "Apotheke am Markt Stade", "Arzneimittel", "L-Thyroxin 75 µg, 100 Tbl.", 18.42, 18.42],
            ["2022-09-30", "Dr. med. dent. Silke Hartwig", "Zahn", "Füllung 26, Zahnreinigung", 311.80, 249.44],
            ["2023-05-08", "Elbe-Klinikum Buxtehude", "stationär", "Cholezystektomie laparoskopisch (K80.20), 3 Tage", 5186.52, 5186.52],
            ["2023-06-12", "Physiotherapie Deichblick", "Heilmittel", "Krankengymnastik 6x", 186.00, 148.80],
            ["2024-01-17", "Dr. med. Fiete Carstens, Innere Medizin", "ambulant", "Hypothyreose Kontrolle, TSH", 64.11, 64.11],
            ["2024-11-04", "Optik Lüdemann", "Hilfsmittel", "Gleitsichtbrille", 689.00, 300.00]]
    x = make_xlsx([("Rechnungen 2022-2024", rows)], author="Leistung Kranken")
    p = multipart("mixed", [text(body), attach(x, MT_XLSX, "Rechnungsuebersicht_2022-2024_Dierks.xlsx")], "=_kv_d120_081")
    raw = message(81, DEMIRTAS, ("Helga Dierks", "helga.dierks@stade-online.example"),
                  "Ihre Rechnungsübersicht 2022–2024", dt(2025, 1, 23, 10, 55), p, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                 "XLSX with a named customer's health claims (hypothyroidism E03.9, gallbladder surgery K80.20, medication)")


def m082():
    body = """
Hi Grit,

thanks for checking with me first. Short answer: please do NOT forward the
certificate to his team lead.

Mr Petrov (IT Operations) has given HR his notice of severe disability (degree of
disability 50, unlimited) because he is entitled to five additional days of leave
and special protection against dismissal. That is health data under Art. 9 GDPR.

What the team lead needs to know: "Mr Petrov has 35 days of leave in 2025 instead of
30" - that's it. He does not need the certificate, the degree of disability or the
reason. If Mr Petrov needs adjustments at his workplace (he mentioned a
height-adjustable desk and fewer night shifts), the company doctor and the
representative for severely disabled employees (SBV) handle that with him directly.

The certificate goes into the separate part of the personnel file with restricted
access, not into the general file.

Best regards
Henrike

> From: Grit Haverkamp
> Sent: Tuesday, 4 February 2025 09:12
> Nikolai Petrov sent us his Schwerbehindertenausweis (GdB 50). His team lead
> Mr Hagedorn asks for a copy "for planning". OK to send?
"""
    raw = message(82, DSB, ("Grit Haverkamp", "grit.haverkamp@elbauen.example"),
                  "RE: Schwerbehindertenausweis - copy for team lead?", dt(2025, 2, 4, 11, 40),
                  text(body), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "internal",
                 "named employee's severe disability (GdB 50) and workplace adjustments: employee health data")


def m083():
    htm = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neue Nachricht</title></head>
<body style="margin:0;padding:0;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #dde3e8">
<tr><td style="background:#0b5c7a;color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold">Elbauen Kundenportal</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">
<p>Guten Tag,</p>
<p>in Ihrem persönlichen Postfach im Elbauen Kundenportal liegt eine neue Nachricht für Sie bereit.</p>
<p>Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte. Bitte melden Sie sich wie gewohnt an, um die Nachricht zu lesen:</p>
<p style="text-align:center;margin:24px 0"><a href="https://portal.elbauen.example/login" style="background:#e07a1f;color:#ffffff;padding:12px 24px;text-decoration:none;border-radius:4px">Zum Kundenportal</a></p>
<p style="font-size:12px;color:#555">Hinweis: Wir fragen Sie niemals per E-Mail nach Ihrem Passwort, Ihrer Bankverbindung oder Gesundheitsangaben.
Wenn Sie kein Kundenportal bei uns haben, ignorieren Sie diese Nachricht bitte.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #dde3e8">Elbauen Versicherungsgruppe &middot; Am Elbauenpark 4 &middot; 21614 Buxtehude &middot;
<a href="https://www.elbauen.example/datenschutz" style="color:#888">Datenschutz</a> &middot; <a href="https://www.elbauen.example/impressum" style="color:#888">Impressum</a></td></tr>
</table></td></tr></table></body></html>
"""
    raw = message(83, ("Elbauen Kundenportal", "no-reply@portal.elbauen.example"), ("Familie Ehlers", "familie.ehlers@heidepost.example"),
                  "Neue Nachricht in Ihrem Kundenportal", dt(2025, 4, 2, 6, 15), html(htm),
                  extra=[("Auto-Submitted", "auto-generated")], mid_domain="portal.elbauen.example")
    return raw, ("NORMAL", "de", "insurer-to-customer",
                 "trap: content-free HTML portal notification (mentions Bankverbindung/Gesundheitsangaben only as a phishing hint)")


def m084():
    body = """
Dear Mr Nyström,

Your dental supplementary insurance ZZ-4410-80127 - request for erasure

Thank you for your letter of 3 March 2025. We confirm the cancellation of your dental
supplementary insurance with effect from 31 March 2025.

You asked us to delete all your data. We have deleted your marketing preferences and
your portal account. The following data we must keep for the statutory periods
(10 years under German tax and commercial law), after which they will be deleted
automatically:

  - the contract data (name, address in Hamburg-Ottensen, bank details),
  - the claims you submitted, i.e. the invoices of your dentist
    Dr. med. dent. Gunnar Feddersen for
      * two ceramic crowns (teeth 36 and 37), 2023 - € 1,240.00 reimbursed
      * root canal treatment tooth 36, 2023 - € 386.50 reimbursed
      * periodontal treatment, 2024 - € 702.10 reimbursed
  - the treatment and cost plan of 14 February 2023.

During this period the data are restricted: they are only used to meet our legal
obligations and are no longer visible to customer service.

Yours sincerely
Bastian Kröger
Data Protection, Elbauen Krankenversicherung AG
"""
    raw = message(84, KROEGER, ("Lars Nyström", "lars.nystrom@svenskpost.example"),
                  "Your erasure request - dental supplementary insurance ZZ-4410-80127", dt(2025, 3, 17, 10, 2),
                  text(body, charset="windows-1252", cte="quoted-printable"), charset="windows-1252", mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                 "erasure answer: named customer's dental treatments (crowns, root canal, periodontal) and reimbursements; windows-1252")


def m085():
    body = """
Hi all,

following the two cases last month where we nearly sent a full claims file to
someone who only claimed to be the customer's son, here is the identity check
checklist for access and erasure requests. It applies to all channels and will be
part of the new process description P-DS-03.

Identity check - minimum requirements

 1. Request from the e-mail address or postal address on file:
    compare 2 data points (e.g. policy number + date of birth). OK -> proceed.
 2. Request from a new e-mail address or a different postal address:
    send the answer ONLY to the address on file, never to the new one.
 3. Request by phone: never answer by phone; write to the address on file.
 4. Representatives (lawyer, relative, carer, broker):
    written power of attorney or court document (guardianship); for health
    data the authorisation must cover health data explicitly.
 5. Heirs: certificate of inheritance or will with opening record.
 6. Copies of ID cards: do not ask for them by default. If you receive one,
    use it only for the check, then delete it (note "ID checked" in the ticket).
 7. If in doubt: ask the team lead, do not guess.

Questions to me.
Jannis
"""
    raw = message(85, OKAFOR, ("Team Betroffenenanfragen", "team-betroffenenanfragen@elbauen.example"),
                  "Checklist identity verification for data subject requests", dt(2025, 4, 8, 8, 50),
                  text(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "internal",
                 "trap: identity-check checklist mentioning dates of birth, ID cards, health-data authorisations in general")


def m086():
    body = """
Hallo Frau Reinke,

für die Datenschutz-Sprechstunde brauchen wir ab April wieder einen festen Raum:

  jeden 1. und 3. Donnerstag im Monat, 13:00–15:00 Uhr
  Gebäude A, am liebsten ein kleiner Besprechungsraum mit Tür (nicht die Glasboxen
  im Foyer – die Leute erzählen dort durchaus Persönliches)
  Zeitraum: 03.04. bis 18.12.2025

Ginge der Raum 1.12 „Lühe“? Falls nicht, wäre 2.05 auch okay.

Danke Ihnen!
Pauline Wendt
"""
    raw = message(86, WENDT, ("Raumbuchung Facility", "raumbuchung@elbauen.example"),
                  "Serienbuchung DS-Sprechstunde ab April", dt(2025, 3, 10, 9, 15), text(body, cte="8bit"),
                  cc=("Sandra Reinke", "sandra.reinke@elbauen.example"), mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: room booking for the data protection consultation hour, no person's data")


def m087():
    body = """
Sehr geehrter Herr Timmermann,

Ihr Auskunftsersuchen vom 10. Februar 2025 – unser Zeichen DS-2025-0141

Sie haben Auskunft über die zu Ihrer Person gespeicherten Daten verlangt. Ihre
Identität haben wir anhand Ihrer Angaben geprüft.

In der Anlage erhalten Sie die Kopie Ihrer Daten (PDF, 2 Seiten) mit den
Angaben zu Ihren Verträgen, Ihrer Bankverbindung und Ihren Schadenfällen. Zu den
Zwecken der Verarbeitung, den Empfängern und der Speicherdauer verweisen wir auf die
beigefügten Erläuterungen auf Seite 2.

Sie haben das Recht, die Berichtigung unrichtiger Daten zu verlangen. Bei Fragen
erreichen Sie uns unter datenschutz@elbauen.example.

Mit freundlichen Grüßen
Jannis Okafor
Konzerndatenschutz, Elbauen Allgemeine Versicherung AG
"""
    pdf = make_pdf([
        ["# Auskunft nach Art. 15 DSGVO - Kopie Ihrer Daten",
         "Aktenzeichen DS-2025-0141 - Stand 04.03.2025",
         "",
         "** Stammdaten",
         "Name: Ralf Timmermann",
         "Geburtsdatum: 12.12.1974",
         "Anschrift: Schafweide 3, 21717 Fredenbeck",
         "E-Mail: ralf.timmermann@fredenbeck-net.example   Telefon: 04149 93 77 12",
         "Kundennummer: 10 339 208 - Kunde seit 11/2008",
         "",
         "** Verträge",
         "Hausratversicherung HR 08 445 190 - Versicherungssumme 58.000 EUR - Beitrag 162,90 EUR/Jahr",
         "Privathaftpflicht PH-77 480 663 - Single, Deckung 10 Mio. EUR - Beitrag 71,40 EUR/Jahr",
         "",
         "** Bankverbindung",
         "IBAN DE97 5001 0517 5408 2211 30 - SEPA-Mandat EL-HR-0445190 vom 02.11.2008",
         "",
         "** Schäden",
         "SH-17-020418  Fahrraddiebstahl (Pedelec) Bahnhof Stade, 1.890,00 EUR reguliert",
         "SP-22-007736  Haftpflicht: Glasschaden beim Nachbarn, 240,00 EUR reguliert",
         "",
         "** Werbung",
         "Einwilligung E-Mail-Werbung: nein - Widerspruch Briefwerbung: nein"],
        ["# Erläuterungen",
         "Zwecke: Vertragsdurchführung, Schadenbearbeitung, gesetzliche Aufbewahrung.",
         "Empfänger: Druckdienstleister, IT-Dienstleister, Rückversicherer (nur Großschäden).",
         "Speicherdauer: 10 Jahre nach Vertragsende bzw. Schadenabschluss.",
         "Herkunft: Ihre Angaben im Antrag und in den Schadenmeldungen."]],
        title="Auskunft DS-2025-0141", author="Konzerndatenschutz")
    p = multipart("mixed", [text(body), attach(pdf, "application/pdf", "Auskunft_DS-2025-0141.pdf")], "=_a15_d120_087")
    raw = message(87, OKAFOR, ("Ralf Timmermann", "ralf.timmermann@fredenbeck-net.example"),
                  "Ihre Auskunft nach Art. 15 DSGVO – DS-2025-0141", dt(2025, 3, 4, 14, 5), p, mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-customer",
                 "PDF data copy: birth date, address, household/liability contracts, IBAN and claims of the named customer")


def m088():
    body = """
Dear Mrs Hargreaves,

thank you for your letter of 20 March 2025 and for explaining the background so
openly.

You asked us to delete the "voice print" that our travel insurance hotline created
when you called us on 3 February 2025, and you told us that since your stroke in
2023 your speech has changed (mild aphasia), which is why the voice check failed
three times and you felt embarrassed on the phone.

We confirm:
1. During a pilot phase, callers who agreed on the phone were enrolled in voice
   authentication. For you, a voice template (ID VT-0213-7741) was created on
   3 February 2025.
2. This template is biometric data. We deleted it on 24 March 2025, together with
   the three failed verification attempts.
3. The recording of your call of 3 February will be deleted automatically after 90
   days, on 4 May 2025. Your note about the stroke and your speech is NOT stored in
   your customer file; we only record that you do not want voice authentication.

In future, our staff will identify you with your policy number and date of birth.
We are sorry for the experience you had.

Yours sincerely
Henrike Sommerfeld
Data Protection Officer, Elbauen Versicherungsgruppe
"""
    raw = message(88, DSB, ("Edith Hargreaves", "edith.hargreaves@kentmail.example"),
                  "Your request - deletion of your voice print", dt(2025, 3, 25, 16, 48), text(body), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                 "named customer's biometric voice template and her stroke/aphasia: special categories (biometric + health)")


def m089():
    body = """
Sehr geehrte Frau Aksoy,

wie in unserem Telefonat am 5. Mai besprochen, übersenden wir zur Meldung DP-2025-027
(Fehlversand von Abrechnungsdaten durch unseren Dienstleister Medikon Abrechnung GmbH
an ein falsches Krankenhaus) die angeforderten Unterlagen als ZIP-Archiv:

  - Betroffene_DP-2025-027.csv  (23 Versicherte, Abrechnungszeilen)
  - Bericht_Dienstleister.txt   (Ursachenbericht von Medikon vom 02.05.2025)

Das Krankenhaus hat die Löschung der Daten am 30. April schriftlich bestätigt.

Mit freundlichen Grüßen
Bastian Kröger
i. A. der Konzerndatenschutzbeauftragten
"""
    rows = [["Kd.-Nr.", "Name", "Geburtsdatum", "Aufnahme", "Entlassung", "Hauptdiagnose", "DRG", "Betrag EUR"],
            ["20 301 887", "Timm, Gerhard", "1949-03-02", "2025-03-03", "2025-03-11", "I48.0 Vorhofflimmern paroxysmal", "F71B", "4.212,80"],
            ["20 114 650", "Kowalski, Renata", "1958-10-21", "2025-03-05", "2025-03-08", "K40.90 Leistenhernie", "G24C", "3.054,19"],
            ["20 402 215", "Haase, Birgit", "1967-07-14", "2025-03-06", "2025-03-20", "C50.4 Mammakarzinom oberer äußerer Quadrant", "J07B", "9.840,66"],
            ["20 077 341", "Ehmke, Werner", "1941-01-30", "2025-03-09", "2025-03-19", "S72.01 Schenkelhalsfraktur", "I08F", "8.116,02"],
            ["20 288 104", "Sadiku, Arben", "1983-05-05", "2025-03-10", "2025-03-12", "F10.2 Alkoholabhängigkeit, Entzug", "V60B", "2.487,35"]]
    csv_b = make_csv(rows)
    rep = """Ursachenbericht Medikon Abrechnung GmbH - DP-2025-027 - 02.05.2025

Am 28.04.2025 wurde die Sammelabrechnung Maerz (Datei KH-0325-ELB-07.xml) an das
Krankenhaus St. Annen Winsen statt an das Elbe-Klinikum Buxtehude uebermittelt.
Ursache: falsche Zuordnung der IK-Nummer im Versandprofil nach einem Update.
Massnahmen: Vier-Augen-Pruefung der Versandprofile, automatischer Abgleich IK/Empfaenger.
Die Datei enthielt 23 Faelle mit Diagnosen und DRG (Auszug in der CSV).
"""
    z = make_zip([("Betroffene_DP-2025-027.csv", csv_b), ("Bericht_Dienstleister.txt", rep)], date=(2025, 5, 6, 10, 12, 0))
    p = multipart("mixed", [text(body), attach(z, "application/zip", "DP-2025-027_Unterlagen.zip")], "=_zip_d120_089")
    raw = message(89, KROEGER, ("Selin Aksoy", "selin.aksoy@lfd-niederelbe.example"),
                  "DP-2025-027 – Unterlagen wie besprochen", dt(2025, 5, 6, 10, 30), p, cc=DSB, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                 "inside ZIP: CSV of named insured with birth dates, hospital stays and diagnoses (C50.4, F10.2); body harmless")


def m090():
    body = """
Hi everyone,

for next week's refresher session with the Edinburgh team, here is the case study
I'd like to use. It is based on a real incident from 2023, but fully anonymised:
no names, no dates, no policy numbers, and details such as the town and the kind of
treatment have been changed.

---
CASE STUDY "The helpful neighbour"

A policyholder in her fifties calls the hotline. She says her neighbour brought her
a letter from the insurer that had been put into the wrong letterbox. The envelope was
open. It contained a statement of benefits listing several physiotherapy sessions.

Questions for the group:
1. Is this a personal data breach? (Hint: who caused the disclosure?)
2. Does it have to be notified to the supervisory authority within 72 hours?
3. Does the policyholder have to be informed - and by whom?
4. What would you change in the process so that it does not happen again?
---

Suggested answers are in the trainer notes. Let me know if you think anything
could still point to the real person.

Thanks
Aylin
"""
    raw = message(90, DEMIRTAS, [OKAFOR, ("Emily Rothwell", "emily.rothwell@uk.elbauen.example")],
                  "Case study for the refresher session (anonymised)", dt(2025, 4, 11, 13, 38), text(body, cte="8bit"),
                  mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "internal",
                 "trap: anonymised training case with physiotherapy benefits; no name, date or number identifies anyone")


def m091():
    body = """
Hallo Meldestelle,

ich melde einen Fehlversand aus der Leistungsabteilung Kranken (Team 3):

Heute Vormittag hat Frau Renate Rehder (Kd.-Nr. 20 355 012, Harsefeld) angerufen. Sie
hat mit ihrer Leistungsabrechnung vom 16.04. einen Entlassungsbericht der Klinik am
Wiesengrund erhalten, der nicht sie betrifft, sondern unsere Versicherte

   Frau Marion Rehder, Kd.-Nr. 20 117 845, geb. 08.02.1971, Tarif KV-Komfort
   stationär 10.02.–24.03.2025, Psychosomatik
   Diagnosen laut Bericht: F33.2, F41.1; Entlassmedikation Sertralin 100 mg

Ursache nach erster Prüfung: Der Bericht kam über den Scan-Eingang, und die
Kollegin hat ihn bei der Zuordnung nach Namen der falschen Frau Rehder zugeordnet
(gleicher Nachname, beide im Landkreis Stade). Die Leistungsabrechnung selbst war
korrekt.

Frau Renate Rehder schickt den Bericht mit Freiumschlag zurück; sie war sehr
verständnisvoll, hat aber gesagt, sie habe den Bericht „natürlich gelesen“.

Die Versicherte selbst haben wir noch NICHT informiert – bitte um Vorgabe, wer das
macht.

Gruß
Ulrike Brammer
Teamleitung Leistung Kranken 3
"""
    raw = message(91, ("Ulrike Brammer", "ulrike.brammer@elbauen.example"), ("Meldestelle Datenpanne", "datenpanne@elbauen.example"),
                  "Fehlversand Entlassungsbericht – Verwechslung namensgleicher Versicherter", dt(2025, 4, 18, 11, 52),
                  text(body), cc=KROEGER, mailer="Lotus Notes Release 9.0.1")
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "internal",
                 "breach report: named insured with birth date, psychosomatic hospital stay, F33.2/F41.1 and sertraline")


def m092():
    body = """
Hallo Thorben,

die DLP-Regel „KV-Gesundheitsbegriffe“ hat heute meine Mail an die Kolleginnen und
Kollegen der Schulungsgruppe blockiert. Im Anhang war nur der Foliensatz für die
Datenschutzschulung (Folie 12: „Was ist ein Arztbericht? Beispiele: Entlassbrief,
Befundbericht, Gutachten“, Folie 13: Liste der ICD-10-Kapitel als Beispiel für
Diagnoseschlüssel).

Da ist kein einziger echter Fall drin. Kannst du bitte
1. die Mail aus der Quarantäne freigeben (Incident-ID DLP-2025-03-0417) und
2. prüfen, ob wir für Schulungsmaterial eine Ausnahme brauchen – z. B. für Dateien,
   die mit „SCHULUNG_“ beginnen?

Ansonsten finde ich es gut, dass die Regel greift. ;-)

Gruß
Jannis
"""
    raw = message(92, OKAFOR, VOGT, "DLP blockiert Schulungsfolien (DLP-2025-03-0417) – Fehlalarm",
                  dt(2025, 3, 27, 15, 6), text(body), mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: DLP false positive on training slides with 'Arztbericht'/ICD-10 chapter examples, no case")


def m093():
    body = """
Sehr geehrte Frau Harms-Brodtmann,

vielen Dank für Ihre Beschwerde vom 7. April 2025. Es tut uns sehr leid, dass Sie bei
Ihrem Anruf am 4. April von unserem Mitarbeiter mit Ihrem früheren Vornamen und der
Anrede „Herr“ angesprochen wurden und er Sie darauf hingewiesen hat, dass „im System
noch der alte Name steht“.

Wir haben den Vorgang geprüft:

- Ihre Änderung von Vornamen und Geschlechtseintrag nach dem
  Selbstbestimmungsgesetz haben Sie uns am 12. Februar 2025 mitgeteilt. Sie wurde im
  Bestandssystem Ihrer Krankenversicherung (KV-0114-73320-2) korrekt umgesetzt.
- Im Leistungssystem war der frühere Vorname jedoch in den Belegen der
  Hormontherapie und der Rechnungen von Dr. Wilkens (Endokrinologie) aus 2024 noch
  sichtbar. Das hätte nicht passieren dürfen (Offenbarungsverbot, § 13 SBGG).

Wir haben deshalb veranlasst, dass
  1. der frühere Vorname in allen Systemen nur noch für die Abteilung
     Datenschutz/Recht lesbar ist,
  2. alle Schreiben und die Belegübersicht nur noch Ihren aktuellen Namen zeigen,
  3. der Mitarbeiter und sein Team zu dem Thema geschult werden.

Ihre Beschwerde nehmen wir sehr ernst. Wenn Sie möchten, nenne ich Ihnen gern eine
feste Ansprechpartnerin im Kundenservice.

Mit freundlichen Grüßen
Dr. Henrike Sommerfeld
Konzerndatenschutzbeauftragte
"""
    raw = message(93, DSB, ("Mila Harms-Brodtmann", "mila.hb@nordlicht-mail.example"),
                  "Ihre Beschwerde vom 7. April 2025", dt(2025, 4, 15, 17, 12), text(body), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                 "named customer's change of gender entry (SBGG) and hormone therapy in health insurance: gender identity + health")


def m094():
    body = """
Hi Dennis,

I understand it was an accident, but please do the following today:

1. Ask everyone in the team by e-mail to delete your message of this morning with
   the subject "Hanna - sick note" and the attachment from their inbox AND from
   "Deleted items". No replies to all, please.
2. Send the scan of the certificate to HR only (personal file), not to the team
   mailbox.
3. In future, the team only needs "Hanna is off sick until 21 March". Nothing else.

The problem is not only the absence: you scanned the copy intended for the health
insurance fund, not the employer's copy. That copy shows the diagnosis codes
(J06.9 and F43.2) and the doctor's practice. Those are health data that the employer
must never see - not even you as team lead.

I will record this as incident DP-2025-017 (internal disclosure, 11 recipients). I
will talk to Hanna Lueders myself later today and explain what happened; please do not
discuss it with the team.

Regards
Henrike
"""
    raw = message(94, DSB, ("Dennis Vollmer", "dennis.vollmer@elbauen.example"),
                  "Sick note sent to the whole team - please act today", dt(2025, 3, 12, 12, 4),
                  text(body, charset="us-ascii", cte="7bit"), cc=("Grit Haverkamp", "grit.haverkamp@elbauen.example"),
                  mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "internal",
                 "named employee's sick note with diagnosis codes (J06.9, F43.2) disclosed to her team")


def m095():
    body = """
Moin zusammen,

der Brief zur Beitragsanpassung an Herrn Kevin Baumgart (Kfz KF-3902-660148, bisher
Heinrich-Heine-Str. 28, 21614 Buxtehude) ist zurückgekommen: „Empfänger unbekannt
verzogen“.

Wir haben über die Einwohnermeldeamt-Anfrage (einfache Melderegisterauskunft, Gebühr
10 EUR, Kostenstelle 3380) die neue Anschrift ermittelt:

   Kevin Baumgart, Gartenstraße 5a, 29525 Uelzen (gemeldet seit 01.12.2024)

Bitte im Bestand ändern und den Brief neu versenden. Das Schreiben liegt eingescannt im
DMS unter „Rückläufer 2025-02“. Und bitte die Telefonnummer prüfen, die ist laut
Vermerk auch nicht mehr gültig.

Gruß
Nele Jessen
Poststelle
"""
    raw = message(95, ("Nele Jessen", "nele.jessen@elbauen.example"), ("Bestand Kfz", "bestand-kfz@elbauen.example"),
                  "Rückläufer Baumgart KF-3902-660148 – neue Anschrift", dt(2025, 2, 13, 13, 19),
                  text(body, cte="8bit", flowed=True), mailer=TBIRD)
    return raw, ("CONFIDENTIAL", "de", "internal",
                 "named motor customer, contract number, old and new home address from a registry search")


def m096():
    body = """
Sehr geehrter Herr Moorkamp,

mit der Post vom 10. März haben Sie versehentlich die Provisionsabrechnung Februar
eines anderen Vermittlers erhalten. Vielen Dank, dass Sie uns gleich angerufen haben.

Wie besprochen bitten wir Sie, das fremde Schreiben zu vernichten und uns dies kurz
per E-Mail zu bestätigen. Ihre eigene Abrechnung für Februar 2025 erhalten Sie anbei
als PDF; das Original geht Ihnen zusätzlich per Post zu.

Mit freundlichen Grüßen
Vertriebsabrechnung / Konzerndatenschutz
i. A. Aylin Demirtaş
"""
    pdf = make_pdf([[
        "# Provisionsabrechnung Februar 2025",
        "Vermittler: Versicherungsbüro Jens Moorkamp e.K., Inhaber Jens Moorkamp",
        "Vermittlernummer: 4471-31    Steuernummer: 28/145/07713",
        "Anschrift: Marktstraße 12, 21698 Harsefeld",
        "",
        "** Sparte              Stück   Bewertungssumme EUR   Provision EUR",
        "Kfz                      14            11.208,40         1.120,84",
        "Hausrat                   6             1.034,20           258,55",
        "Wohngebäude               3             2.871,00           574,20",
        "Privathaftpflicht         9               612,90           153,23",
        "Bestandspflege                                              412,67",
        "Stornoreserve (-10 %)                                      -251,95",
        "",
        "** Auszahlung              2.267,54 EUR",
        "Überweisung am 14.03.2025 auf IBAN DE68 2519 0001 0089 2317 74",
        "USt.-frei nach § 4 Nr. 11 UStG",
    ]], title="Provisionsabrechnung 02/2025 4471-31", author="Vertriebsabrechnung")
    p = multipart("mixed", [text(body), attach(pdf, "application/pdf", "Provisionsabrechnung_2025-02_4471-31.pdf")],
                  "=_prov_d120_096")
    raw = message(96, DEMIRTAS, ("Jens Moorkamp", "info@versicherungsbuero-moorkamp.example"),
                  "Ihre Provisionsabrechnung Februar 2025 / fremdes Schreiben", dt(2025, 3, 12, 14, 44), p,
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-broker",
                 "attachment: sole-trader broker's commission statement with income, tax number and IBAN (natural person)")


def m097():
    body = """
Hi all,

results of the clean desk / clear screen walk-through on 20 February (after
18:00, buildings A and B, together with Facility Security). We checked 412 desks.

                               2024     2025
Unlocked screens                 19        7
Documents left on desk           61       38
  of which marked "Arzt" /
  "Gutachten" / "Leistung"       14        9
Keys in drawers / pedestals      22       17
Open confidential bins            5        1
Whiteboards not wiped             9       11

Overall a clear improvement. The 9 desks with medical documents were all in the
health and life claims areas; the team leads got a list of desk numbers (not names)
and will talk to their teams. We did not read any of the documents, we only noted
the type from the cover sheet.

Next walk-through: September, unannounced.

Aylin & Pauline
"""
    raw = message(97, DEMIRTAS, ("DS-Koordinatoren", "ds-koordinatoren@elbauen.example"),
                  "Clean desk walk 2025 - results", dt(2025, 2, 24, 9, 20), text(body, cte="8bit"), cc=DSB,
                  mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "internal",
                 "trap: clean-desk audit statistics counting documents marked 'Arzt'/'Gutachten', desk numbers only, no names")


def m098():
    body = """
Dear Mr Kleinschmidt,

as requested in your e-mail of 18 February 2025, please find attached the transcript
of your telephone call with our motor claims hotline on 6 January 2025 (recording of
8 minutes 40 seconds). We still had the recording because our retention period for
claim calls is 90 days.

The audio file itself can be downloaded from the customer portal until 6 April 2025;
after that it will be deleted automatically.

If you believe the transcript is not accurate, please let us know.

Kind regards
Aylin Demirtas
Data Protection Office
"""
    tr = """TRANSCRIPT - Elbauen motor claims hotline
Call ID: MC-20250106-0931-0442   Date: 06.01.2025 09:31   Duration: 08:40
Agent: Agent 0442 (motor claims)   Caller: Tobias Kleinschmidt
Policy: KF-5120-330917   Claim: KS-25-000318 (opened during call)

[00:00] Agent: Elbauen Versicherung, motor claims, good morning.
[00:04] Caller: Good morning, do you speak English? I had an accident this morning.
[00:08] Agent: Yes, of course. Is anyone hurt?
[00:10] Caller: No, no, nobody is hurt. Just the cars.
[00:14] Agent: Good. May I have your policy number and date of birth?
[00:18] Caller: KF-5120-330917. Born 29 October 1990.
[00:31] Agent: Thank you, Mr Kleinschmidt. Where did it happen?
[00:35] Caller: In Stade, Harsefelder Strasse, at the traffic lights near the Lidl. I was
        stopping and the car behind me hit me.
[01:02] Agent: Do you have the other driver's details?
[01:05] Caller: Yes, a white Skoda, number STD-AR 918. The driver gave me his insurance card.
[02:40] Agent: Is your car still drivable?
[02:43] Caller: Yes, but the bumper is broken and the boot does not close.
[05:15] Agent: I have opened claim KS-25-000318. You will receive an e-mail with the link
        for the photos. As you were hit from behind, the other insurer should pay.
[08:31] Caller: Thank you very much.
[08:40] End of call.
"""
    p = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                            attach(tr, "text/plain; charset=us-ascii", "Transcript_MC-20250106-0931-0442.txt",
                                   cte="quoted-printable")], "=_tr_d120_098")
    raw = message(98, DEMIRTAS, ("Tobias Kleinschmidt", "tobias.kleinschmidt@mailbox-nord.example"),
                  "Transcript of your call of 6 January 2025 (claim KS-25-000318)", dt(2025, 2, 25, 11, 9), p,
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "insurer-to-customer",
                 "TXT transcript: named customer, birth date, motor policy and claim numbers, plates; nobody hurt -> confidential")


def m099():
    body = """
Hallo zusammen,

das Meldeformular für Datenschutzvorfälle gibt es ab sofort auch als ausfüllbares
ODT-Dokument (für die Kolleginnen und Kollegen, die lieber offline ausfüllen und per
Mail an datenpanne@ schicken). Bitte nicht die alte Word-Version von 2021 verwenden.

Wichtig: Im Formular nur so viel angeben, wie wir zur Bewertung brauchen. Keine
Diagnosen abschreiben, keine Dokumente in Kopie anhängen – die schauen wir uns im
System selbst an.

Viele Grüße
Miriam
"""
    odt = make_odt([
        "# Meldung eines möglichen Datenschutzvorfalls (intern)",
        "Bitte unverzüglich an datenpanne@elbauen.example senden. Die 72-Stunden-Frist läuft ab Kenntnis.",
        [["Feld", "Angabe"],
         ["Meldende Person / Abteilung / Telefon", ""],
         ["Datum und Uhrzeit der Entdeckung", ""],
         ["Was ist passiert? (kurz)", ""],
         ["Art: Fehlversand Brief / E-Mail / Fax; Verlust Gerät; unbefugter Zugriff; Sonstiges", ""],
         ["Betroffene Personen (Anzahl, Kunden/Beschäftigte/Dritte) – KEINE Namen hier", ""],
         ["Betroffene Datenarten (z. B. Kontaktdaten, Bankdaten, Gesundheitsdaten)", ""],
         ["Vorgangs- oder Vertragsnummer (für die Recherche)", ""],
         ["Bereits ergriffene Maßnahmen", ""],
         ["Ist der Empfänger bekannt und kooperativ?", ""]],
        "Nicht ausfüllen: Bewertung Risiko / Meldepflicht Art. 33 / Benachrichtigung Art. 34 (macht der Datenschutz).",
        "Version 3.0 – März 2025 – Konzerndatenschutz",
    ])
    p = multipart("mixed", [text(body), attach(odt, MT_ODT, "Meldeformular_Datenschutzvorfall_v3.odt")], "=_form_d120_099")
    raw = message(99, CASTELL, ("DS-Koordinatoren", "ds-koordinatoren@elbauen.example"),
                  "Meldeformular Datenschutzvorfall v3.0 (ODT)", dt(2025, 3, 31, 10, 26), p, mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: blank ODT breach reporting form with fields for Gesundheitsdaten/Bankdaten, no content")


def m100():
    body = """
Sehr geehrte Frau Aksoy,

in dem Verfahren LfD-NE 3.3-0561/25 (Beschwerde Frau Hannelore Bösch) übersenden wir
unsere Stellungnahme als Anlage. Wir räumen darin ein, dass unsere Anforderung beim
Hausarzt über die Schweigepflichtentbindung hinausging.

Mit freundlichen Grüßen
Dr. Henrike Sommerfeld
Konzerndatenschutzbeauftragte
"""
    doc = make_docx([
        "# Stellungnahme der Elbauen Lebensversicherung AG – LfD-NE 3.3-0561/25",
        "Beschwerdeführerin: Frau Hannelore Bösch, geb. 22.09.1968, Vertrag BU 88 077 519, Leistungsfall BU-L-2025-0217",
        "1. Sachverhalt",
        "Die Beschwerdeführerin hat am 14.01.2025 Leistungen aus ihrer Berufsunfähigkeitsversicherung wegen eines "
        "Bandscheibenvorfalls L4/L5 (M51.1) mit ausstrahlenden Beschwerden beantragt. Sie hat eine Schweigepflichtentbindung "
        "für die behandelnden Ärzte der letzten fünf Jahre, beschränkt auf Erkrankungen der Wirbelsäule, erteilt.",
        "Mit Schreiben vom 03.02.2025 haben wir beim Hausarzt Dr. Feddersen sämtliche Behandlungsunterlagen seit 2010 "
        "angefordert. Der Hausarzt hat die Herausgabe zu Recht verweigert.",
        "2. Bewertung",
        "Die Anforderung war von der Einwilligung nicht gedeckt (§ 213 VVG, Art. 9 Abs. 2 lit. a DSGVO). Ursache war die "
        "Verwendung eines veralteten Anforderungsformulars mit einem pauschalen Zeitraum.",
        "Es wurden keine darüber hinausgehenden Daten erhoben; insbesondere liegen uns keine Unterlagen zu anderen "
        "Behandlungen der Beschwerdeführerin vor.",
        "3. Maßnahmen",
        "Das Formular wurde am 20.02.2025 zurückgezogen. Anforderungen werden seither aus dem Text der jeweiligen Einwilligung "
        "generiert. Die Sachbearbeitung im Team Leistung Leben/BU wurde geschult.",
        "Die Beschwerdeführerin hat am 25.02.2025 eine Entschuldigung und eine Kopie der korrigierten Anforderung erhalten.",
    ], title="Stellungnahme LfD-NE 3.3-0561/25", author="Henrike Sommerfeld")
    p = multipart("mixed", [text(body), attach(doc, MT_DOCX, "Stellungnahme_LfD-NE_3.3-0561-25.docx")], "=_lfd_d120_100")
    raw = message(100, DSB, ("Selin Aksoy", "selin.aksoy@lfd-niederelbe.example"),
                  "LfD-NE 3.3-0561/25 – Stellungnahme Elbauen Lebensversicherung AG", dt(2025, 3, 21, 12, 12), p,
                  cc=[KROEGER, CASTELL], mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                 "statement to the authority: named complainant, birth date, disability claim, herniated disc M51.1 (DOCX); body names her")


def m101():
    body = """
Hallo Frau Dr. Sommerfeld,

ich muss leider einen Fehler melden: Die monatliche Änderungsliste der
Steuermerkmale (ELStAM-Abgleich März) sollte heute an unseren Abrechnungsdienstleister
gehen. Ich habe sie versehentlich an den Verteiler „betriebsrat@“ geschickt statt an
„entgelt-dienstleister@“ (Autovervollständigung). Die Datei hängt unten an, damit Sie
sehen, was drinsteht.

Der Betriebsratsvorsitzende Herr Kessler hat mich schon angerufen und gesagt, er habe
die Mail ungeöffnet gelöscht und das auch bei den anderen sieben Mitgliedern
veranlasst. Ob das stimmt, kann ich nicht prüfen.

Es tut mir sehr leid.
Heiko Martens
Entgeltabrechnung
"""
    rows = [["PNr", "Name", "Vorname", "Steuerklasse_alt", "Steuerklasse_neu", "Kinderfreibetrag", "Konfession_alt", "Konfession_neu", "gueltig_ab"],
            ["40 1877", "Ohlsen", "Maren", "I", "III", "1,0", "ev", "ev", "2025-03-01"],
            ["40 2291", "Tiedje", "Morten", "IV", "IV", "0,5", "rk", "--", "2025-03-01"],
            ["40 3517", "Hassan", "Leyla", "I", "I", "0", "--", "--", "2025-03-01"],
            ["40 4006", "Wendland", "Bettina", "III", "V", "1,0", "ev", "--", "2025-03-01"],
            ["40 5563", "Nowak", "Paulina", "I", "IV", "0", "rk", "rk", "2025-03-01"],
            ["40 6121", "Carstensen", "Hauke", "IV", "III", "2,0", "ev", "ev", "2025-03-01"]]
    p = multipart("mixed", [text(body),
                            attach(make_csv(rows, encoding="cp1252"), "text/csv", "ELStAM_Aenderungen_2025-03.csv")],
                  "=_elstam_d120_101")
    raw = message(101, ("Heiko Martens", "heiko.martens@elbauen.example"), DSB,
                  "Fehlversand Änderungsliste Steuermerkmale an Betriebsrat", dt(2025, 3, 14, 16, 27), p,
                  cc=("Meldestelle Datenpanne", "datenpanne@elbauen.example"), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "internal",
                 "attachment CSV: named employees' church-tax denomination (religion, Art. 9) plus tax class changes")


def m102():
    body = """
Hi Emily,

kurze Info vorab auf Deutsch für Bastian (cc), dann auf Englisch für dich.

Bastian: Die Akte Reisekranken RK-25-00871 (Mr Thomas Ashworth, UK-Kunde von Elbauen UK,
Police ETH-UK-55012) übergeben wir an Edinburgh. Er war vom 2. bis 9. März im
Klinikum Lüneburg: Pneumonie (J18.9) mit Sepsis, 3 Tage Intensivstation,
Rücktransport per Ambulanzflug am 11.03. Kosten bisher 38.420 EUR. Bitte die Akte
im LEIFA auf „übergeben“ setzen und NICHT per Mail schicken, sondern über den
sicheren Austauschordner.

Emily: we are handing over the German travel health file of Mr Ashworth to you.
Medical reports (hospital discharge letter, ICU report, fit-to-fly certificate) and
the invoices will be in the secure exchange folder /handover/RK-25-00871 by Friday.
The hospital has already been paid via our assistance partner; the repatriation
invoice is still open. Please let me know once you have taken over.

Viele Grüße / Best regards
Jannis
"""
    raw = message(102, OKAFOR, ("Emily Rothwell", "emily.rothwell@uk.elbauen.example"),
                  "Handover RK-25-00871 Ashworth / Übergabe Reisekrankenakte", dt(2025, 3, 19, 15, 55),
                  text(body), cc=KROEGER, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "mixed", "internal",
                 "German/English handover: named travel-health customer, pneumonia J18.9 with sepsis, ICU, repatriation")


def m103():
    body = """
Liebe Mitglieder des Vorstands,

anbei erhalten Sie den Tätigkeitsbericht der Konzerndatenschutzbeauftragten für das
Jahr 2024 (Art. 38 Abs. 3 DSGVO). Die wichtigsten Punkte:

- 412 Auskunftsersuchen (+ 18 %), davon 171 aus Kranken und Leben;
  95 % fristgerecht beantwortet.
- 34 gemeldete Datenschutzvorfälle intern, davon 6 an die Aufsicht gemeldet;
  Hauptursache weiterhin Fehlversand.
- 4 Beschwerdeverfahren bei der LfD; in keinem Fall ein Bußgeld.
- Schulungsquote 83,9 % (Ziel 95 %).

Ich stelle den Bericht in der Vorstandssitzung am 18. März vor.

Mit freundlichen Grüßen
Dr. Henrike Sommerfeld
"""
    pdf = make_pdf([
        ["# Tätigkeitsbericht der Konzerndatenschutzbeauftragten 2024",
         "Elbauen Versicherungsgruppe - Berichtszeitraum 01.01.-31.12.2024",
         "",
         "** 1. Betroffenenrechte",
         "Auskunft (Art. 15): 412, davon Kranken/Leben 171 - Löschung (Art. 17): 97",
         "Berichtigung (Art. 16): 46 - Widerspruch Werbung (Art. 21): 200",
         "Fristgerecht: 95 % - Fristverlängerung: 17 Fälle",
         "",
         "** 2. Datenschutzvorfälle",
         "Interne Meldungen: 34 - an die Aufsicht gemeldet (Art. 33): 6 - Benachrichtigungen (Art. 34): 4",
         "Ursachen: Fehlversand Brief 15, Fehlversand E-Mail 9, Fax 3, Verlust Gerät 2, Sonstiges 5",
         "Davon mit Gesundheitsdaten: 11",
         "",
         "** 3. Aufsichtsbehörde",
         "Beschwerdeverfahren: 4 (2 Werbung, 1 Auskunft, 1 Schweigepflichtentbindung) - Bußgelder: 0",
         "",
         "** 4. Schulung und Sensibilisierung",
         "E-Learning-Quote 83,9 % - Präsenzschulungen: 14 - Datenschutz-Tipps: 12"],
        ["# 5. Schwerpunkte 2025",
         "Kundenportal: Mandantentrennung und Release-Tests (Lessons Learned)",
         "Fehlversand: Barcode-Prüfung an allen Kuvertiermaschinen",
         "DSFA ElbeVital (Bonusprogramm Krankenversicherung)",
         "Löschkonzept: Umsetzung in den Altsystemen Leben",
         "",
         "Buxtehude, 28.02.2025 - Dr. Henrike Sommerfeld"]],
        title="Tätigkeitsbericht DSB 2024", author="Henrike Sommerfeld")
    p = multipart("mixed", [text(body), attach(pdf, "application/pdf", "Taetigkeitsbericht_DSB_2024.pdf")],
                  "=_tb_d120_103")
    raw = message(103, DSB, ("Vorstand", "vorstand@elbauen.example"), "Tätigkeitsbericht Datenschutz 2024",
                  dt(2025, 3, 3, 8, 0), p, cc=("Vorstandsbüro", "vorstandsbuero@elbauen.example"), mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: DPO annual report PDF with counts of access requests and breaches with health data, aggregates only")


def m104():
    body = """
Hallo Aylin,

anbei der Export für DS-2025-0419. Bitte wie immer über das Portal versenden,
nicht per Mail an die Kundin. Anschreiben ist Vorlage A15-04.

Danke
Bastian
"""
    pdf = make_pdf([
        ["# DS-Tool Export - Vorgang DS-2025-0419",
         "Erstellt: 25.04.2025 08:14 - Benutzer: bkroeger",
         "",
         "** Person",
         "Name: Annegret Pfeiffer-Lindau      Geburtsdatum: 19.01.1955",
         "Anschrift: Am Ziegeleiteich 2, 21220 Seevetal",
         "Kundennummer: 20 049 371",
         "",
         "** Verträge",
         "KV-0042-11907-3  Krankheitskostenvollversicherung Tarif KV-Premium, seit 01.04.1998",
         "PT-0042-11908   Pflegetagegeld, seit 01.01.2012",
         "",
         "** Leistungsdaten 2023-2025 (Auszug)",
         "2023-02  Kardiologie Dr. Ramdani      I25.13 KHK, Koronarangiographie       1.874,22 EUR",
         "2023-03  Herzzentrum Hamburg          Stent-Implantation (OPS 8-837.m0)     11.402,80 EUR",
         "2023-05  Apotheke                     Clopidogrel 75 mg, Atorvastatin 40 mg    112,60 EUR",
         "2024-06  Diabetologie Dr. Kühn        E11.9 Diabetes mellitus Typ 2           248,90 EUR",
         "2025-01  Augenarzt Dr. Olsen          H36.0 diabetische Retinopathie          186,45 EUR"],
        ["** Notizen Leistungsabteilung",
         "2023-03-22 Kostenübernahme Stent nach Rücksprache beratender Arzt erteilt.",
         "2024-07-02 Pflegetagegeld: Antrag geprüft, kein Pflegegrad - abgelehnt.",
         "",
         "** Empfänger",
         "Rückversicherer (Großschaden 2023), Medizinischer Beratungsdienst, Medikon Abrechnung GmbH"]],
        title="DS-2025-0419 Export", author="DS-Tool 3.1")
    p = multipart("mixed", [text(body), attach(pdf, "application/pdf", "DS-2025-0419_Export.pdf")], "=_exp_d120_104")
    raw = message(104, KROEGER, DEMIRTAS, "DS-2025-0419 Export", dt(2025, 4, 25, 8, 20), p, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "internal",
                 "attachment-only: DSAR export PDF with a named customer's coronary disease, stent, diabetes, retinopathy; body harmless")


def m105():
    body = """
Hi Henrike,

incident report as requested for the laptop theft (ref. SEC-2025-0042 / DP-2025-020).

What happened: On 31 March, between 19:00 and 21:30, the company laptop of our
employed field agent Mr Lasse Böttcher (agency Stade-Nord) was stolen from his car in
Hamburg-Harburg. Police report filed the same evening.

Device: Lenovo T14, asset no. ELB-NB-10877. BitLocker full-disk encryption was
active (verified in Intune, last check-in 31 March 17:42), PIN at boot. We wiped the
device remotely; the wipe command is pending (device has not come online since).

Data: The offline cache of the sales app contained 312 customer records of his
agency, all property & casualty lines (motor, household, liability, buildings). Life
and health data are not synchronised to field laptops by design. The export of the
cache from the server side is attached so that you can judge the data categories.

Assessment from IT security: because of the encryption, access to the data is very
unlikely. From my point of view no notification to the authority is needed, but that
is your decision.

Regards
Thorben
"""
    rows = [["customer_no", "name", "street", "zip_city", "phone", "contracts", "annual_premium_eur", "last_contact"],
            ["10 502 117", "Stephan Mahnke", "Bremervörder Str. 41", "21682 Stade", "04141 66 20 18", "KF-4471-802113; HR 22 509 771", 1204.30, "2025-03-20"],
            ["10 502 380", "Gesine Rathjen", "Am Hafen 3", "21683 Stade", "0172 884 19 07", "PH-77 611 820", 88.20, "2025-02-11"],
            ["10 503 004", "Fatih Şahin", "Wiesenweg 19", "21717 Fredenbeck", "0151 2290 3381", "KF-4471-803552; KF-4471-803553", 2310.75, "2025-03-28"],
            ["10 503 211", "Hauke und Janna Pleß", "Dorfstraße 88", "21702 Ahlerstedt", "04166 21 55", "WG 22 510 004; HR 22 510 005", 1689.00, "2025-01-30"],
            ["10 503 876", "Ute Behncke", "Lindenstraße 2", "21684 Stade", "04141 78 45 30", "KF-4471-804190", 512.44, "2025-03-05"],
            ["... 307 further rows", "", "", "", "", "", "", ""]]
    x = make_xlsx([("offline cache ELB-NB-10877", rows)], author="IT Security")
    p = multipart("mixed", [text(body),
                            attach(x, MT_XLSX, "SEC-2025-0042_offline_cache_export.xlsx")], "=_sec_d120_105")
    raw = message(105, VOGT, DSB, "Incident report SEC-2025-0042 - stolen field laptop", dt(2025, 4, 1, 12, 37), p,
                  cc=("Meldestelle Datenpanne", "datenpanne@elbauen.example"), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "internal",
                 "XLSX of named P&C customers with addresses, phones, contract numbers and premiums from a stolen laptop; no life/health")


def m106():
    body = """
Hallo Frau Albers,

zur Info und mit der Bitte um Zuarbeit bis 10.04.: Die Kanzlei Wendeborn hat für
Herrn Dittberner Auskunft und Aktenkopie verlangt (Schreiben unten, kam per beA-Fax
und per Mail). Bitte stellen Sie die Unfallakte vollständig zusammen, einschließlich
des Gutachtens Dr. Pohlmann und der Stellungnahme unseres beratenden Arztes. Ich
prüfe dann, ob wir etwas schwärzen müssen.

Gruß
Bastian Kröger

---------- Weitergeleitete Nachricht ----------
Von: Rechtsanwalt Tobias Wendeborn <kanzlei@wendeborn-recht.example>
Datum: 24.03.2025, 17:02
An: datenschutz@elbauen.example
Betreff: Unfallversicherung UV-19-06612 – Marco Dittberner – Auskunft nach Art. 15 DSGVO

Sehr geehrte Damen und Herren,

ich vertrete Herrn Marco Dittberner, Kiefernweg 9, 21629 Neu Wulmstorf, geb. 11.04.1981.
Vollmacht anbei.

Mein Mandant stürzte am 17. Mai 2024 bei Arbeiten an seinem Haus von einer Leiter und
erlitt eine Tibiakopffraktur rechts (S82.1) mit Meniskusschaden; er wurde zweimal
operiert und ist bis heute in seiner Beweglichkeit eingeschränkt. Sie haben mit
Schreiben vom 3. März 2025 eine Invalidität von lediglich 2/20 Beinwert festgestellt.
Das Gutachten Ihres Sachverständigen widerspricht den Befunden der behandelnden
Unfallchirurgen.

Namens meines Mandanten verlange ich
  1. Auskunft nach Art. 15 DSGVO über alle zu ihm gespeicherten Daten,
  2. eine vollständige Kopie der Unfallakte einschließlich aller ärztlichen Unterlagen,
     Gutachten und interner Stellungnahmen,
innerhalb eines Monats.

Mit freundlichen Grüßen
Tobias Wendeborn
Rechtsanwalt, Fachanwalt für Versicherungsrecht
"""
    raw = message(106, KROEGER, ("Kerstin Albers", "kerstin.albers@elbauen.example"),
                  "WG: Unfallversicherung UV-19-06612 – Marco Dittberner – Auskunft nach Art. 15 DSGVO",
                  dt(2025, 3, 25, 9, 41), text(body), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "lawyer",
                 "forwarded lawyer's letter: named client with birth date, accident insurance, tibial fracture S82.1, surgeries, disability")


def m107():
    body = """
Landesbeauftragte für Datenschutz Niederelbe
Frau Selin Aksoy

Ihr Az.: LfD-NE 3.2-1455/25 – Beschwerde Frau Katrin Seeger
Unser Az.: DS-2025-0468

Sehr geehrte Frau Aksoy,

zu der Beschwerde nehmen wir wie folgt Stellung:

Frau Seeger und Herr Dirk Seeger waren bis Oktober 2024 gemeinsam Versicherungsnehmer
der Kfz-Versicherung KF-2655-301774. Nach der Trennung wurde der Vertrag auf Frau
Seeger allein umgeschrieben; sie hat uns am 4. November 2024 ihre neue Anschrift
(Brunnenstraße 7, 21680 Stade) mitgeteilt und ausdrücklich gebeten, diese Anschrift
niemandem mitzuteilen.

Am 13. Januar 2025 rief Herr Seeger in unserem Kundenservice an, nannte die alte
Vertragsnummer und bat um Zusendung „der letzten Beitragsrechnung“. Der Mitarbeiter
hat dabei die neue Anschrift zur Bestätigung vorgelesen. Herr Seeger war zu diesem
Zeitpunkt nicht mehr Vertragspartner. Der Sperrvermerk war im System zwar
hinterlegt, wurde im Telefon-Frontend aber nicht angezeigt.

Wir bedauern den Vorfall sehr. Wir haben ihn als Verletzung des Schutzes
personenbezogener Daten bewertet, intern dokumentiert (DP-2025-006) und Ihnen am
15. Januar 2025 gemeldet. Frau Seeger wurde am 16. Januar telefonisch und schriftlich
informiert.

Maßnahmen: Sperrvermerke werden seit 1. Februar 2025 im Telefon-Frontend als
Warnhinweis angezeigt; Adressen werden am Telefon nicht mehr vorgelesen, sondern nur
abgefragt.

Mit freundlichen Grüßen
Miriam Castell
Juristin Datenschutz
"""
    raw = message(107, CASTELL, ("Selin Aksoy", "selin.aksoy@lfd-niederelbe.example"),
                  "LfD-NE 3.2-1455/25 – Stellungnahme (Seeger)", dt(2025, 4, 29, 14, 25), text(body), cc=DSB,
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-partner",
                 "statement to the authority: named complainant, her protected new address, ex-husband, motor contract number")


def m108():
    body = """
Dear Mr Osei-Bonsu,

thank you for your letter of 1 April 2025. You asked us to delete all information
from your application for income protection (disability) insurance, which we
declined on 20 January 2025 (application no. BA-24-40127).

We understand that you would like this information to disappear, and we have deleted
what we can:
- your contact details used for marketing and your online quote,
- the recording of the telephone interview of 9 January 2025.

We must keep the following for three years after the end of 2025, i.e. until
31 December 2028:
- the application form with your answers to the health questions (in particular the
  bipolar affective disorder diagnosed in 2017, the inpatient stay in 2019 and the
  current treatment with lithium),
- the report of your psychiatrist Dr. Hellwig of 6 January 2025,
- our underwriting decision.

The reason is that we must be able to show why we declined the application if you or
an authority challenge the decision, and to prevent the same application being
submitted again with different answers. During this time, the data are stored
separately and can only be seen by the underwriting managers and the data protection
team.

Yours sincerely
Bastian Kröger
Data Protection, Elbauen Lebensversicherung AG
"""
    raw = message(108, KROEGER, ("Samuel Osei-Bonsu", "s.osei-bonsu@mailhafen.example"),
                  "Your request to delete your application data (BA-24-40127)", dt(2025, 4, 10, 10, 57),
                  text(body), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
                 "declined disability application: named applicant's bipolar disorder, inpatient stay, lithium treatment")


def m109():
    body = """
Dear Mr Kavanagh-Doyle,

Your reference: C-25-1187 - complaint of Mr Cathal Moran
Elbauen Krankenversicherung AG, international health insurance IHI-2901-44087

Thank you for your letter of 17 March 2025, forwarded to us via the cooperation
procedure. We regret that Mr Moran's access request of 4 December 2024 was not
answered in time. Our findings:

1. The request was sent to the e-mail address of his former broker, who forwarded
   it to us only on 22 January 2025.
2. We answered on 14 February 2025 (copy attached to our letter by post), i.e.
   within one month of receipt by us, but more than two months after Mr Moran's
   original request.
3. The answer contained a full copy of his claims file for 2022-2024, including the
   hospital invoices and the surgeon's report on his knee surgery in Dublin
   (arthroscopic meniscus repair, July 2023) and the physiotherapy invoices, which he
   had specifically asked for.

We have since instructed all brokers in writing to forward data protection requests to
us within two working days. We would be grateful if you could inform Mr Moran
accordingly.

Yours sincerely
Dr. Henrike Sommerfeld
Group Data Protection Officer
Elbauen Versicherungsgruppe, Buxtehude, Germany
"""
    raw = message(109, DSB, ("Conor Kavanagh-Doyle", "c.kavanagh-doyle@dataprotection-ie.example"),
                  "Your ref. C-25-1187 - complaint of Mr Cathal Moran", dt(2025, 4, 3, 15, 40), text(body),
                  cc=("LfD Niederelbe Poststelle", "poststelle@lfd-niederelbe.example"), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                 "answer to a foreign authority: named complainant's health policy, knee surgery and physiotherapy")


def m110():
    inner_body = """
Dear Sir or Madam,

I have just looked at the claims overview in your portal and I am shocked. For my
stay at the Elbe-Klinikum in January (invoice of 24 January 2025) you list the
diagnosis "F10.1 harmful use of alcohol". This is wrong. I was admitted with acute
gastritis (K29.1), I do not drink alcohol at all for religious reasons. The hospital
has confirmed to me that their coding was a mistake and will send you a corrected
invoice.

Please correct this in my file immediately (Article 16 GDPR) and tell me who else
has received the wrong diagnosis. I am worried it could affect my planned application
for income protection insurance.

Priya Raman
Policy KV-0217-90144-6
"""
    inner_msg = inner(("Priya Raman", "priya.raman@inboxnorth.example"),
                      ("Elbauen Kundenservice", "kundenservice@elbauen.example"),
                      "Wrong diagnosis in my file - please correct", dt(2025, 2, 10, 20, 12),
                      text(inner_body, charset="us-ascii", cte="7bit"), "<pr-20250210-2012@inboxnorth.example>")
    body = """
Hello Data Protection team,

forwarding this as a rectification request, see attached. The customer wrote in
English. Can you take it over? The claims team says they can only change the code once
the corrected hospital invoice is in.

Thanks
Customer Service, 2nd level
Sina Holtkamp
"""
    p = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"), rfc822(inner_msg)], "=_fwd_d120_110")
    raw = message(110, ("Sina Holtkamp", "sina.holtkamp@elbauen.example"), DSPOST,
                  "FW: Wrong diagnosis in my file - please correct", dt(2025, 2, 11, 8, 33), p, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "internal",
                 "forwarded message/rfc822: named customer's hospital stay, wrong F10.1 code vs. gastritis K29.1, religion hint")


def m111():
    plain = """
Dear Mr Feldkamp-Reid,

Telematics motor tariff "ElbeDrive" - your objection of 26 February 2025
Policy KF-6012-448203, vehicle HH-JF 4410

You objected to the use of your driving data and asked what data we hold. Here is the
summary for the period 1 June 2024 to 28 February 2025:

  Trips recorded:             1,184
  Distance:                   14,262 km
  Driving score (0-100):      71 (discount level 2 = 10 %)
  Harsh braking events:       38
  Speeding (> 20 km/h over):  12 events, longest 41 seconds
  Share of night driving:     17 %

GPS positions are stored only for 30 days and were used to match speed limits; trip
data older than 30 days contain no locations.

As requested we have stopped data collection on 28 February 2025 and switched your
policy to the standard tariff from 1 April 2025 (annual premium EUR 1,038.60 instead
of EUR 934.74). The trip data will be deleted on 31 March 2025; the score history is
kept with the policy file because it determined your premium.

Kind regards
Jannis Okafor
Data Protection Office, Elbauen Allgemeine Versicherung AG
"""
    htm = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Dear Mr Feldkamp-Reid,</p>
<p><b>Telematics motor tariff &quot;ElbeDrive&quot; &ndash; your objection of 26 February 2025</b><br>
Policy KF-6012-448203, vehicle HH-JF 4410</p>
<p>You objected to the use of your driving data and asked what data we hold. Here is the summary for the period
1 June 2024 to 28 February 2025:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><td>Trips recorded</td><td align="right">1,184</td></tr>
<tr><td>Distance</td><td align="right">14,262 km</td></tr>
<tr><td>Driving score (0&ndash;100)</td><td align="right">71 (discount level 2 = 10&nbsp;%)</td></tr>
<tr><td>Harsh braking events</td><td align="right">38</td></tr>
<tr><td>Speeding (&gt; 20 km/h over)</td><td align="right">12 events, longest 41 seconds</td></tr>
<tr><td>Share of night driving</td><td align="right">17&nbsp;%</td></tr>
</table>
<p>GPS positions are stored only for 30 days and were used to match speed limits; trip data older than 30 days contain no locations.</p>
<p>As requested we have stopped data collection on 28 February 2025 and switched your policy to the standard tariff from
1 April 2025 (annual premium EUR 1,038.60 instead of EUR 934.74). The trip data will be deleted on 31 March 2025; the score
history is kept with the policy file because it determined your premium.</p>
<p>Kind regards<br>Jannis Okafor<br>Data Protection Office, Elbauen Allgemeine Versicherung AG</p>
</body></html>
"""
    p = multipart("alternative", [text(plain, charset="us-ascii", cte="7bit"), html(htm)], "=_alt_d120_111")
    raw = message(111, OKAFOR, ("Jonas Feldkamp-Reid", "jonas.fr@elbmail.example"),
                  "Your objection - telematics data (KF-6012-448203)", dt(2025, 3, 6, 12, 18), p, mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "insurer-to-customer",
                 "telematics driving score, speeding events, premium and plate of a named customer (text + HTML table); no health")


def m112():
    body = """
Sehr geehrte Frau Laurent-Brandt,
dear Ms Laurent-Brandt,

anbei erhalten Sie die Auskunft nach Art. 15 DSGVO zu Ihrem Ersuchen vom 2. April
2025 (Az. DS-2025-0391). Wie gewünscht haben wir die Daten in einem maschinenlesbaren
Format als ZIP-Datei zusammengestellt (CSV-Dateien, UTF-8). Die Erläuterungen zu
Zwecken, Empfängern und Speicherdauer finden Sie in der Datei LIESMICH.txt.

As requested, the data are provided in a machine-readable format (CSV files in a ZIP
archive). The explanations on purposes, recipients and retention are in LIESMICH.txt
(German); we are happy to provide an English translation if you need one.

Mit freundlichen Grüßen / Kind regards
Aylin Demirtaş
Konzerndatenschutz / Data Protection Office
"""
    vertraege = make_csv([["vertrag", "sparte", "beginn", "status", "jahresbeitrag_eur", "zahlweise", "iban"],
                          ["HR 21 880 413", "Hausrat", "2021-06-01", "aktiv", "203,10", "jährlich", "DE07 2005 0550 0012 3456 78"],
                          ["KF-5877-120056", "Kfz (Peugeot 208, STD-SL 208)", "2022-01-01", "aktiv", "611,88", "jährlich", "DE07 2005 0550 0012 3456 78"],
                          ["RS-33 418 207", "Rechtsschutz Privat/Verkehr", "2023-03-01", "aktiv", "298,50", "jährlich", "DE07 2005 0550 0012 3456 78"]],
                         sep=",")
    stamm = make_csv([["feld", "wert"], ["name", "Sophie Laurent-Brandt"], ["geburtsdatum", "1987-05-23"],
                      ["anschrift", "Neue Straße 14, 21614 Buxtehude"], ["email", "sophie.lb@courriel-nord.example"],
                      ["telefon", "+49 160 4471 2093"], ["kundennummer", "10 801 336"], ["werbeeinwilligung", "nein"]], sep=",")
    schaeden = make_csv([["schaden", "vertrag", "datum", "art", "gezahlt_eur", "status"],
                         ["KS-23-077201", "KF-5877-120056", "2023-10-02", "Parkschaden (Fremdverschulden unbekannt)", "1.212,40", "erledigt"],
                         ["SH-24-030877", "HR 21 880 413", "2024-08-19", "Einbruchdiebstahl Keller", "740,00", "erledigt"]], sep=",")
    readme = """LIESMICH - Auskunft DS-2025-0391
stammdaten.csv  - Ihre Stammdaten
vertraege.csv   - Ihre Verträge mit Bankverbindung
schaeden.csv    - Ihre Schadenfälle
Zwecke: Vertragsdurchführung, Schadenbearbeitung, gesetzliche Pflichten.
Empfänger: Druckdienstleister, IT-Dienstleister, Gutachter (Schaden), Rechtsschutz: beauftragte Anwälte.
Speicherdauer: 10 Jahre nach Vertragsende bzw. Schadenabschluss.
"""
    z = make_zip([("stammdaten.csv", stamm), ("vertraege.csv", vertraege), ("schaeden.csv", schaeden),
                  ("LIESMICH.txt", readme)], date=(2025, 4, 29, 9, 0, 0))
    p = multipart("mixed", [text(body), attach(z, "application/zip", "Auskunft_DS-2025-0391.zip")], "=_zip_d120_112")
    raw = message(112, DEMIRTAS, ("Sophie Laurent-Brandt", "sophie.lb@courriel-nord.example"),
                  "Ihre Auskunft / Your access request – DS-2025-0391", dt(2025, 4, 29, 9, 25), p, mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "mixed", "insurer-to-customer",
                 "bilingual body; ZIP of CSVs with birth date, address, phone, IBAN, household/motor/legal-expenses contracts and claims")


def m113():
    body = """
Dear Mr Grabowski,

Travel cancellation insurance RR-7740-22815 - your request of 12 March 2025

You asked us to delete the documents you sent us for your cancellation claim
(claim no. RR-S-24-1933, trip to Lisbon, cancelled on 2 October 2024), in particular
the letter of termination from your former employer and the confirmation of the
employment agency, because you do not want them to be kept "by an insurance company
for years".

We understand this. However, the claim was paid (EUR 1,860.00 on 18 October 2024 to
your account ending in ...4471), and the documents justify this payment. We are
legally obliged to keep the claim file, including these documents, for ten years
(section 257 of the German Commercial Code, section 147 of the German Fiscal Code).

What we have done:
- The claim file has been restricted: it can only be opened by accounting, audit and
  the data protection team.
- Your e-mail address and phone number have been removed from our marketing systems.

The documents will be deleted automatically at the end of 2034.

Kind regards
Aylin Demirtas
Data Protection Office
"""
    raw = message(113, DEMIRTAS, ("Mateusz Grabowski", "mateusz.grabowski@pocztamail.example"),
                  "Your request - documents in claim RR-S-24-1933", dt(2025, 3, 20, 11, 44),
                  text(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "insurer-to-customer",
                 "travel cancellation for job loss (termination letter) of a named customer, claim payment; no health -> confidential")


def m114():
    body = """
Hello Mr Sandoval,

thank you for the security advisory ELX-SA-2025-004 on the DMS "Elbarchiv" (path
traversal in the document viewer, CVSS 8.1).

We have assessed it with our IT operations:
- our production version 11.4.2 is affected; the patch 11.4.3 was installed in the
  test environment yesterday and will go to production on Saturday night
  (maintenance window 22:00-02:00);
- the viewer is only reachable from the internal network; we found no suspicious
  requests in the web server logs since 1 January (pattern from your IoC list).

Because the DMS holds claims documents of our health and life insurance companies,
we need from you by Friday, as required by clause 9 of our data processing
agreement:
1. confirmation whether the vulnerability was exploited at any of your hosted
   customers,
2. the date since when the vulnerability existed,
3. whether your support staff accessed our system in the last 90 days.

Best regards
Thorben Vogt
Information Security Officer, Elbauen Versicherungsgruppe
"""
    raw = message(114, VOGT, ("Rafael Sandoval", "security@elx-archive.example"),
                  "RE: Security advisory ELX-SA-2025-004 - our assessment and questions", dt(2025, 4, 9, 17, 5),
                  text(body, charset="us-ascii", cte="7bit"), cc=DSB, mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "insurer-to-supplier",
                 "trap: vendor vulnerability follow-up mentioning claims documents of health/life insurers, no person")


def m115():
    body = """
Sehr geehrter Herr Lührs,

vielen Dank für Ihre Frage aus der Maklerveranstaltung in Stade: „Dürfen wir die
Gesundheitsfragen aus dem BU-Antrag unserer Kunden einfach per E-Mail an Sie
schicken?“

Die kurze Antwort: Bitte nicht als normale E-Mail. Gesundheitsangaben unterliegen
Art. 9 DSGVO und der Schweigepflicht nach § 203 StGB. Für die Übermittlung an uns
stehen Ihnen diese Wege offen:

  1. das Maklerportal (Upload zum Antrag) – unser empfohlener Weg,
  2. eine Ende-zu-Ende-verschlüsselte E-Mail (S/MIME); unsere Zertifikate finden Sie
     auf www.elbauen.example/zertifikate,
  3. Post.

Das gilt auch für Arztberichte, Fragebögen zu Vorerkrankungen und Risikovoranfragen.
Anonyme Risikovoranfragen ohne Namen und Geburtsdatum dürfen Sie weiterhin per Fax
oder Portal stellen.

Wenn Sie für Ihr Büro eine kurze Schulung wünschen, kommen wir gern vorbei.

Mit freundlichen Grüßen
Jannis Okafor
Konzerndatenschutz
Elbauen Versicherungsgruppe
"""
    raw = message(115, OKAFOR, ("Bernd Lührs", "b.luehrs@luehrs-finanz.example"),
                  "Ihre Frage: Gesundheitsangaben per E-Mail?", dt(2025, 2, 10, 15, 33), text(body),
                  mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "insurer-to-broker",
                 "trap: general answer to a broker on how to send health questions (Art. 9, § 203 StGB), no customer")


def m116():
    body = """
Dear Ms Lindholm,

as requested, please find attached the summary of the data we hold on your accident
insurance claim (policy UV-22-30418, claim UV-S-25-0102). The full file with the
medical reports from Innsbruck and Hamburg has been placed in your customer portal.

Kind regards
Bastian Kröger
Data Protection Coordinator Life, Health & Accident
"""
    pdf = make_pdf([[
        "# Access request DS-2025-0301 - accident insurance claim summary",
        "Insured person: Jessica Lindholm, born 04 July 1993",
        "Address: Mittelweg 118, 20148 Hamburg",
        "Policy: UV-22-30418 (individual accident, disability sum EUR 200,000, progression 225 %)",
        "Claim: UV-S-25-0102 - reported 09 January 2025",
        "",
        "** Accident",
        "03 January 2025, ski slope Axamer Lizum (Austria): fall without third-party involvement.",
        "",
        "** Medical information on file",
        "Rupture of the anterior cruciate ligament, right knee (ICD-10 S83.53), bone bruise lateral femoral condyle.",
        "Surgery: ACL reconstruction (hamstring graft) on 07 January 2025, University Hospital Innsbruck.",
        "Follow-up: sports medicine practice Dr. Nils Brandenburg, Hamburg; physiotherapy 24 sessions.",
        "",
        "** Benefits",
        "Hospital daily allowance 5 days x EUR 50 = EUR 250.00 (paid 30 January 2025)",
        "Recovery benefit EUR 500.00 (paid 30 January 2025)",
        "Disability: assessment planned after 12 months (January 2026).",
        "",
        "** Recipients",
        "Medical expert (to be appointed), reinsurer: no.",
    ]], title="DS-2025-0301 summary", author="Elbauen Versicherungsgruppe")
    p = multipart("mixed", [text(body), attach(pdf, "application/pdf", "DS-2025-0301_claim_summary.pdf")], "=_uv_d120_116")
    raw = message(116, KROEGER, ("Jessica Lindholm", "jessica.lindholm@hanseatic-mail.example"),
                  "Your access request DS-2025-0301", dt(2025, 4, 7, 14, 52), p, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                 "PDF with a named person's ACL rupture S83.53, surgery and benefits; body alone already says accident claim")


def m117():
    plain = """
Dear Mr Sørensen,

thank you for leaving the ElbeVital bonus programme. As requested, we have deleted the
activity and health data from the app on 14 May 2025:

  - daily step counts since 1 September 2024 (average 9,412 steps per day),
  - resting heart rate values (average 58 bpm) and sleep duration,
  - the connection to your fitness tracker.

What we keep: your bonus points account (1,240 points, redeemed for a EUR 60 voucher
for a back-fitness course) is kept for 10 years as an accounting record. These data do
not contain any health values.

As promised in the programme terms, none of the app data has ever been passed to the
health insurance underwriting or claims departments. Your health insurance
KV-0301-55820-4 is not affected by leaving the programme.

Kind regards
Bastian Kröger
Data Protection, Elbauen Krankenversicherung AG
"""
    htm = """<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Dear Mr S&oslash;rensen,</p>
<p>thank you for leaving the <b>ElbeVital</b> bonus programme. As requested, we have deleted the activity and health data from the app on 14&nbsp;May&nbsp;2025:</p>
<ul><li>daily step counts since 1 September 2024 (average 9,412 steps per day),</li>
<li>resting heart rate values (average 58&nbsp;bpm) and sleep duration,</li>
<li>the connection to your fitness tracker.</li></ul>
<p>What we keep: your bonus points account (1,240 points, redeemed for a EUR&nbsp;60 voucher for a back-fitness course) is kept for 10 years as an
accounting record. These data do not contain any health values.</p>
<p>As promised in the programme terms, none of the app data has ever been passed to the health insurance underwriting or claims departments.
Your health insurance KV-0301-55820-4 is not affected by leaving the programme.</p>
<p>Kind regards<br>Bastian Kr&ouml;ger<br>Data Protection, Elbauen Krankenversicherung AG</p>
</body></html>
"""
    p = multipart("alternative", [text(plain), html(htm, charset="us-ascii", cte="7bit")], "=_alt_d120_117")
    raw = message(117, KROEGER, ("Mads Sørensen", "mads.sorensen@dk-post.example"),
                  "ElbeVital - confirmation of deletion", dt(2025, 5, 14, 16, 2), p, mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                 "named health-insurance customer's app health data (resting heart rate, steps, sleep) in text and HTML")


def m118():
    body = """
Sehr geehrte Frau Rehder,

wir müssen Ihnen leider mitteilen, dass es bei uns zu einer Verletzung des Schutzes
Ihrer personenbezogenen Daten gekommen ist. Wir informieren Sie darüber nach
Art. 34 DSGVO.

Was ist passiert?
Der Entlassungsbericht der Klinik am Wiesengrund über Ihren stationären Aufenthalt
vom 10.02. bis 24.03.2025 ist am 16.04.2025 versehentlich zusammen mit der
Leistungsabrechnung einer anderen Versicherten mit gleichem Nachnamen versandt
worden. Die Ursache war eine fehlerhafte Zuordnung in unserem Posteingang.

Welche Daten sind betroffen?
Ihr Name, Ihr Geburtsdatum, die Dauer des Klinikaufenthalts, die im Bericht genannten
Diagnosen und Ihre Entlassmedikation.

Was haben wir unternommen?
Die Empfängerin hat uns sofort angerufen und den Bericht an uns zurückgeschickt;
er liegt uns seit dem 22.04. wieder vor. Sie hat uns schriftlich
versichert, keine Kopien angefertigt und den Inhalt niemandem mitgeteilt zu haben. Wir
haben den Vorfall der Aufsichtsbehörde gemeldet. Seit dem 28.04. werden Dokumente bei
gleichen Namen nur noch im Vier-Augen-Prinzip zugeordnet.

Ansprechpartnerin
Bei Fragen erreichen Sie mich direkt unter 04161 7702-4100. Sie haben außerdem das
Recht, sich bei der Landesbeauftragten für Datenschutz Niederelbe zu beschweren.

Wir bitten Sie aufrichtig um Entschuldigung.

Mit freundlichen Grüßen
Dr. Henrike Sommerfeld
Konzerndatenschutzbeauftragte
Elbauen Krankenversicherung AG
"""
    raw = message(118, DSB, ("Marion Rehder", "marion.rehder@stade-net.example"),
                  "Information nach Art. 34 DSGVO zu Ihrem Entlassungsbericht", dt(2025, 4, 22, 10, 4),
                  text(body, charset="iso-8859-1"), charset="iso-8859-1", mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                 "Art. 34 notification to a named insured about her psychosomatic hospital discharge report; iso-8859-1")


def m119():
    body = """
Protokoll Jour fixe Konzerndatenschutz – 08.04.2025, 09:00–10:15, Raum 3.14

Anwesend: HS, JO, MC, BK, AD, PW   Protokoll: PW

TOP 1 Betroffenenanfragen
  - Eingang Q1 2025: 118 Auskunft (Vorjahr 96), 27 Löschung, 14 Berichtigung.
  - Offene Vorgänge über 20 Tage: 9 (davon 6 Leistung Kranken/Leben – Papierakten).
  - Zunahme der Anfragen über Anwälte im Vorfeld von BU-Klagen (ca. 20 % der
    Leben-Anfragen). BK erstellt eine Schwärzungsrichtlinie für interne Vermerke.

TOP 2 Datenschutzvorfälle
  - Q1: 12 interne Meldungen, 3 an die LfD gemeldet. Schwerpunkt weiterhin
    Fehlversand (Kuvertierung, namensgleiche Versicherte).
  - Barcode-Prüfung an den Kuvertiermaschinen seit 24.02. aktiv, seitdem kein
    Doppeleinzug mehr.

TOP 3 VVT
  - Workshop Kranken (18.03.) abgeschlossen; 14 Einträge aktualisiert.
  - Leben/BU im Mai; Termin folgt (JO).

TOP 4 Schulung
  - Quote 2025 aktuell 81,4 %. Erinnerungsrunde an Vertrieb Außendienst über die
    Führungskräfte.

TOP 5 Verschiedenes
  - Urlaubsplanung Sommer: bitte bis 30.04. eintragen.
  - Nächster Jour fixe: 06.05.2025.
"""
    raw = message(119, WENDT, ("Team Konzerndatenschutz", "team-datenschutz@elbauen.example"),
                  "Protokoll Jour fixe Datenschutz 08.04.2025", dt(2025, 4, 8, 14, 20), text(body), mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: team minutes with counts of access requests and breaches (Leistung Kranken/Leben, BU lawsuits), no person")


def m120():
    htm = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Damen und Herren des Vorstands,</p>
<p>wie jedes Quartal erhalten Sie die Übersicht der Datenschutzvorfälle. Personenbezogene Angaben enthält die Übersicht
nicht; Einzelfälle stelle ich auf Wunsch in der Sitzung mündlich dar.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#0b5c7a;color:#fff"><th>Kategorie</th><th>Q2/2024</th><th>Q3/2024</th><th>Q4/2024</th><th>Q1/2025</th></tr>
<tr><td>Fehlversand Brief</td><td>4</td><td>3</td><td>5</td><td>5</td></tr>
<tr><td>Fehlversand E-Mail</td><td>2</td><td>3</td><td>2</td><td>3</td></tr>
<tr><td>Fax</td><td>1</td><td>0</td><td>1</td><td>1</td></tr>
<tr><td>Kundenportal (technisch)</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>Verlust/Diebstahl Gerät</td><td>1</td><td>0</td><td>1</td><td>1</td></tr>
<tr><td>Sonstiges</td><td>1</td><td>2</td><td>1</td><td>1</td></tr>
<tr style="font-weight:bold"><td>Summe</td><td>9</td><td>8</td><td>10</td><td>12</td></tr>
<tr><td>davon mit Gesundheitsdaten</td><td>3</td><td>2</td><td>3</td><td>5</td></tr>
<tr><td>davon an LfD gemeldet (Art. 33)</td><td>1</td><td>1</td><td>2</td><td>3</td></tr>
<tr><td>Bußgeldverfahren</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>
<p>Bewertung: Der Anstieg im Q1 geht im Wesentlichen auf den Portal-Vorfall vom 21.01. und den Kuvertierfehler vom 03.02. zurück.
Beide Ursachen sind technisch behoben.</p>
<p>Mit freundlichen Grüßen<br>Dr. Henrike Sommerfeld<br>Konzerndatenschutzbeauftragte</p>
</body></html>
"""
    raw = message(120, DSB, ("Vorstand", "vorstand@elbauen.example"), "Quartalsübersicht Datenschutzvorfälle Q1/2025",
                  dt(2025, 4, 14, 7, 45), html(htm, cte="base64"), mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: HTML-only (base64) breach statistics for the board incl. 'davon mit Gesundheitsdaten' counts, no person")


def m121():
    body = """
Hi Emily,

as discussed, here is our English template for erasure confirmations, so that the
UK team can align the wording. Square brackets are placeholders; please keep the
structure (what was deleted / what is kept and why / until when).

-----------------------------------------------------------------
Dear [Title] [Surname],

Your request for erasure of [date of request] - our reference [DS number]

Thank you for your request. We have carried out the following:

Deleted on [date]:
  - [category, e.g. marketing preferences, online account, call recordings]

Kept for legal reasons until [date]:
  - [category, e.g. contract and accounting records] - reason: [legal
    obligation, e.g. section 257 HGB / section 147 AO: 10 years]
  - [category, e.g. claims file] - reason: [limitation period / legal claims]
  These data are restricted and are only used for the reasons stated.

[OPTIONAL - health, life, accident lines only: Documents containing health data
are kept in a separate, restricted archive and are not visible to customer
service.]

You have the right to lodge a complaint with a supervisory authority.

Yours sincerely
[Name]
Data Protection Office
-----------------------------------------------------------------

Cheers
Jannis
"""
    raw = message(121, OKAFOR, ("Emily Rothwell", "emily.rothwell@uk.elbauen.example"),
                  "Template erasure confirmation (EN) for alignment", dt(2025, 4, 15, 10, 10),
                  text(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK, charset="us-ascii")
    return raw, ("NORMAL", "en", "internal",
                 "trap: erasure confirmation template with [placeholders] and an optional health-data paragraph, no person")


def m122():
    body = """
Hallo Datenschutz-Team,

die folgende Beschwerde kam über das Kontaktformular. Der Kunde hat unsere eigene
Mail zitiert. Ich gebe das an euch weiter, weil er ausdrücklich „Verstoß gegen die
DSGVO“ schreibt.

Viele Grüße
Marlene Voß, Kundenservice Sach

-----Original Message-----
Von: Friedhelm Osterkamp <f.osterkamp@altesland-mail.example>
Gesendet: Montag, 3. Februar 2025 18:40
An: kundenservice@elbauen.example
Betreff: AW: Bestätigung Ihrer neuen Bankverbindung

Sehr geehrte Damen und Herren,

ich finde es unmöglich, dass Sie mir meine komplette Bankverbindung in einer
unverschlüsselten E-Mail schicken. Jeder, der mitliest, hat jetzt meine Kontonummer
und weiß, dass ich bei Ihnen versichert bin. Ich erwarte eine Erklärung, und ich
möchte, dass Sie mir solche Daten künftig nur per Post schicken.

F. Osterkamp

> -----Ursprüngliche Nachricht-----
> Von: kundenservice@elbauen.example
> Gesendet: Montag, 3. Februar 2025 10:12
> Betreff: Bestätigung Ihrer neuen Bankverbindung
>
> Sehr geehrter Herr Osterkamp,
>
> wir haben Ihre neue Bankverbindung für Ihre Wohngebäudeversicherung
> WG 17 604 220 und Ihre Hausratversicherung HR 17 604 221 gespeichert:
>
>   Kontoinhaber: Friedhelm Osterkamp
>   IBAN: DE20 2004 1155 0874 4021 88
>   Mandatsreferenz: EL-WG-17604220
>
> Der nächste Beitrag (Jahresbeitrag 2025: 842,17 EUR) wird zum 01.03.2025
> von diesem Konto eingezogen.
>
> Mit freundlichen Grüßen
> Ihr Elbauen Kundenservice
"""
    raw = message(122, ("Marlene Voß", "marlene.voss@elbauen.example"), DSPOST,
                  "WG: AW: Bestätigung Ihrer neuen Bankverbindung (Beschwerde)", dt(2025, 2, 4, 8, 12),
                  text(body), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "customer",
                 "customer complaint quoting our own mail: name, IBAN, buildings/household policy numbers and premium")


def m123():
    body = """
Sehr geehrter Herr Kuhlmann,

vielen Dank für den Ursachenbericht zum Doppeleinzug an Ihrer Kuvertierlinie K3 und
für das konstruktive Gespräch am Dienstag. Für unsere Dokumentation fasse ich die
vereinbarten Punkte zusammen:

1. Ursache: verschlissene Trennrolle an Station 2 und fehlende Dickenkontrolle bei
   Sendungen über 4 Blatt. Die Gewichtskontrolle hat nur bei 41 von 49 Doppeleinzügen
   angeschlagen.
2. Maßnahmen Ihrerseits (bis 31.03.):
   - Barcode-Prüfung (OMR/2D) jedes Blattes gegen die Kuvert-ID an allen Linien,
   - Wartungsintervall der Trennrollen von 6 auf 3 Monate,
   - automatische Ausschleusung bei Abweichung statt nur Protokolleintrag.
3. Meldung: Auffälligkeiten, bei denen Sendungen an falsche Empfänger gegangen sein
   könnten, melden Sie uns künftig innerhalb von 24 Stunden (Ziffer 8.2 AV-Vertrag).
   Namen oder Vertragsnummern brauchen wir in der Erstmeldung nicht – Laufnummer und
   Anzahl genügen, den Rest ermitteln wir intern.
4. Nachweis: Protokoll der ersten vier Wochen mit Ausschleusungsquote.

Für die Kosten des Nachdrucks (ca. 4.800 Sendungen) erwarten wir Ihre Gutschrift.

Mit freundlichen Grüßen
Dr. Henrike Sommerfeld
Konzerndatenschutzbeauftragte, Elbauen Versicherungsgruppe
"""
    raw = message(123, DSB, ("Arne Kuhlmann", "a.kuhlmann@dzn-druckzentrum.example"),
                  "Doppeleinzug Linie K3 – Zusammenfassung der Maßnahmen", dt(2025, 3, 7, 16, 45), text(body),
                  cc=("Nele Jessen", "nele.jessen@elbauen.example"), mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "insurer-to-supplier",
                 "trap: root-cause follow-up with the print provider on misdirected letters, counts only, no person")


def m124():
    body = """
Dear Ms Tanabe-Hoffmann,

Your access request of 18 February 2025 - international health insurance
IHI-4412-09310 (Elbauen Krankenversicherung AG)

Thank you for your request. Below is the information about your claims data for
2024; the complete copy of all invoices and medical documents is available in your
customer portal.

Claims 2024 (maternity):
  - prenatal care, Dr. Annelie Voss, gynaecologist, Hamburg: 9 check-ups incl.
    ultrasound, first-trimester screening and gestational diabetes test
    (EUR 1,932.40 reimbursed)
  - gestational diabetes (O24.4): nutritional counselling and blood glucose test
    strips (EUR 286.15 reimbursed)
  - delivery by caesarean section on 2 October 2024, private maternity clinic
    "Klinik an der Alster" (EUR 7,840.00 paid directly to the
    hospital)
  - midwife aftercare, 12 visits (EUR 611.20 reimbursed)

Recipients: the clinic (direct billing), our medical advisory service (for the
cost approval of the caesarean section), no other recipients.

Retention: 10 years after the end of the year of payment.

Kind regards
Bastian Kröger
Data Protection Coordinator Health & Life
"""
    raw = message(124, KROEGER, ("Yuki Tanabe-Hoffmann", "yuki.th@globexmail.example"),
                  "Your access request - international health insurance IHI-4412-09310", dt(2025, 3, 12, 9, 58),
                  text(body), mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                 "named customer's pregnancy care, gestational diabetes O24.4 and caesarean section in health insurance")


def m125():
    body = """
Sehr geehrter Herr Wegener,

Ihre Anfrage vom 19. Februar 2025 – Kapitallebensversicherung Nr. LV 6.118.402.77

Sie haben gefragt, wer derzeit als Bezugsberechtigter für den Todesfall eingetragen
ist und welche Daten wir zu dieser Person gespeichert haben.

Derzeit ist eingetragen: Ihre frühere Ehefrau, Frau Sabine Wegener, geb. Drewes,
geboren am 12.08.1970, widerrufliches Bezugsrecht seit 01.05.2004. Weitere Daten zu
ihr haben wir nicht gespeichert.

Wie gewünscht ändern wir das Bezugsrecht. Bitte senden Sie uns dazu das beiliegende
Formular unterschrieben zurück; eine E-Mail genügt hier leider nicht, weil die
Änderung schriftlich erfolgen muss (§ 13 der Versicherungsbedingungen). Als neue
Bezugsberechtigte haben Sie Ihre Lebensgefährtin Frau Ayşe Demir genannt; für die
Eintragung benötigen wir noch ihr Geburtsdatum und ihre Anschrift.

Der aktuelle Rückkaufswert beträgt 38.214,60 EUR (Stand 01.02.2025). Ihre Frage zur
Beitragsfreistellung beantwortet Ihnen die Bestandsabteilung gesondert.

Mit freundlichen Grüßen
Bastian Kröger
Elbauen Lebensversicherung AG
"""
    raw = message(125, KROEGER, ("Konrad Wegener", "konrad.wegener@heidemail.example"),
                  "Ihre Lebensversicherung LV 6.118.402.77 – Bezugsrecht", dt(2025, 2, 26, 14, 37), text(body),
                  mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                 "life contract of a named customer (beneficiary ex-wife with birth date, surrender value); personal line -> strict without medical words")


def m126():
    body = """
Hallo Rasmus,

für die Abnahmetests des neuen DS-Export-Moduls (Release 3.2) habe ich eine
Testdatei mit synthetischen Datensätzen gebaut. ALLE Personen sind erfunden, die
IBANs sind die bekannten Beispiel-IBANs aus Bankdokumentationen, die Vertrags-
nummern liegen im Testnummernkreis 99xx, den es im Produktivbestand nicht gibt.

Bitte die Datei nur in der Testumgebung (T2) einspielen. Testfälle:
  TF-01 Person mit Kfz + Hausrat, keine Schäden
  TF-02 Person mit KV und Leistungsfällen (Testdiagnosen aus dem ICD-Testkatalog)
  TF-03 Person ohne Verträge (nur Interessent, Werbewiderspruch)
  TF-04 Umlaute und Sonderzeichen im Namen (Export UTF-8 prüfen)

Erwartetes Ergebnis siehe Spalte "erwartet".

Gruß
Jannis
"""
    rows = [["testfall", "name", "geburtsdatum", "iban", "vertraege", "leistungsfaelle", "erwartet"],
            ["TF-01", "Erika Mustermann (fiktiv)", "1964-08-12", "DE89 3704 0044 0532 0130 00", "KF-9900-000001;HR 99 000 002", "", "2 Verträge, 0 Schäden"],
            ["TF-02", "Max Mustermann (fiktiv)", "1983-05-26", "DE02 1203 0000 0000 2020 51", "KV-9900-00003-0", "TEST-A00.0;TEST-Z99.9", "1 Vertrag, 2 Leistungsfälle, Versand nur Portal"],
            ["TF-03", "Paula Probe (fiktiv)", "", "", "", "", "Interessent, Werbewiderspruch = ja"],
            ["TF-04", "Zoë Çelik-Ødegård (fiktiv)", "2000-02-29", "DE89 3704 0044 0532 0130 00", "PH-99 000 004", "", "UTF-8 korrekt, Schaltjahr-Datum"]]
    p = multipart("mixed", [text(body), attach(make_csv(rows), "text/csv", "Testdaten_DS-Export_R3.2_synthetisch.csv",
                                               cte="quoted-printable")], "=_test_d120_126")
    raw = message(126, OKAFOR, ("Rasmus Elling", "rasmus.elling@elbauen.example"),
                  "Testdaten DS-Export R3.2 (synthetisch, nur T2)", dt(2025, 4, 22, 11, 31), p, mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: synthetic test CSV with Mustermann names, published example IBANs and test ICD placeholders")


def m127():
    body = """
Sehr geehrter Herr Ruschmeyer,

Ihre Beschwerde vom 24. März 2025 – Krankentagegeldversicherung KT-0088-14290

Sie haben sich darüber beschwert, dass Sie während Ihrer Arbeitsunfähigkeit von einem
Detektiv beobachtet und fotografiert wurden, und Auskunft über die dabei erhobenen
Daten verlangt.

Wir bestätigen, dass die Leistungsabteilung im Januar 2025 die Detektei Nordblick
GmbH mit einer Observation beauftragt hat. Anlass war ein anonymer Hinweis, Sie
würden während der ärztlich bescheinigten Arbeitsunfähigkeit wegen Ihres
Bandscheibenvorfalls (seit 18.11.2024) in der Tischlerei Ihres Bruders arbeiten. Die
Observation fand an drei Tagen (14., 15. und 17. Januar 2025) statt. Der Bericht
enthält 22 Fotos, auf denen Sie beim Einkaufen und beim Spaziergang mit Ihrem Hund zu
sehen sind; eine Arbeitstätigkeit wurde nicht festgestellt.

Unsere Bewertung als Datenschutz: Eine Observation ist nur zulässig, wenn konkrete
Anhaltspunkte für einen Leistungsmissbrauch vorliegen und mildere Mittel (z. B. eine
Nachuntersuchung) nicht ausreichen. Ein einzelner anonymer Hinweis reichte dafür aus
unserer Sicht nicht aus. Wir haben daher veranlasst, dass
  - der Observationsbericht und die Fotos gelöscht werden (erledigt am 8. April 2025),
  - das Krankentagegeld für den Zeitraum ab 1. Januar ohne Abzug weitergezahlt wird,
  - Observationen künftig nur nach Freigabe durch den Datenschutz beauftragt werden.

Wir entschuldigen uns ausdrücklich bei Ihnen.

Mit freundlichen Grüßen
Dr. Henrike Sommerfeld
Konzerndatenschutzbeauftragte
"""
    raw = message(127, DSB, ("Detlev Ruschmeyer", "d.ruschmeyer@buxmail.example"),
                  "Ihre Beschwerde – Krankentagegeld KT-0088-14290", dt(2025, 4, 9, 11, 20), text(body),
                  mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                 "named insured's sick leave with herniated disc, daily sickness allowance and surveillance photos")


def m128():
    body = """
Hallo Henrike, hi Jannis,

hier die Auswertung der Feedbackbögen zur Präsenzschulung „Datenschutz im
Leistungsfall“ (4 Termine im März, 57 Teilnehmende, Rücklauf 49 Bögen, anonym).

Gesamtnote: 1,8 (Skala 1–6)
Inhalt verständlich: 92 % ja
Praxisbezug: 78 % ja
Dauer: 63 % „genau richtig“, 29 % „zu lang“

Freitextkommentare (wörtlich, Auswahl; einige Kolleginnen aus Edinburgh haben auf
Englisch geantwortet):

- „Endlich mal klar, was wir am Telefon zu Diagnosen sagen dürfen und was nicht.“
- „Beispiele mit Arztberichten waren gut, bitte mehr zu Gutachten.“
- "The part about misdirected letters was very useful, but please shorten the legal
  bits."
- „Der Raum war zu warm.“
- "Could we get the slides in English next time?"
- „Bitte Schulung auch für die neuen Azubis im Sommer.“

Vorschlag: Foliensatz auf 60 Minuten kürzen, EN-Version erstellen.

LG Pauline
"""
    raw = message(128, WENDT, [DSB, OKAFOR], "Auswertung Feedback Schulung „Datenschutz im Leistungsfall“",
                  dt(2025, 4, 2, 12, 48), text(body), mailer=OUTLOOK)
    return raw, ("NORMAL", "mixed", "internal",
                 "trap: anonymous training feedback in German and English mentioning Diagnosen/Arztberichte, no person")


def m129():
    body = """
Dear Ms Beaumont-Witt,

Long-term care insurance PT-0019-40552 - your mother, Mrs Gertrud Witt
Your access request of 2 April 2025

Thank you for sending us the lasting power of attorney of 14 June 2021, which
authorises you to deal with your mother's health and care matters. We can therefore
give you the information you requested.

Data we hold about your mother's care claim:
- Care level 3 (Pflegegrad 3) since 1 September 2024, based on the assessment by
  our medical service (home visit on 28 August 2024). Main reasons recorded in the
  assessment: moderate Alzheimer's dementia (G30.1, F00.1) with disorientation,
  need for help with personal hygiene and medication, mobility with a walker.
- Monthly care allowance: EUR 1,060 (daily allowance tariff), paid to her account.
- Invoices of the outpatient care service "Pflegedienst Elbufer" since October 2024.
- Your mother's GP, Dr. Frerk Hansing, sent us a report on 12 August 2024.

A re-assessment is planned for September 2025. If her condition gets worse before
then, you can apply for a higher care level at any time.

Copies of the assessment report and the GP report will be sent to you by post, as
you asked, to your address in Edinburgh.

Kind regards
Bastian Kröger
Data Protection, Elbauen Krankenversicherung AG
"""
    raw = message(129, KROEGER, ("Claire Beaumont-Witt", "claire.bw@scotmail.example"),
                  "Your request regarding your mother's care insurance", dt(2025, 4, 24, 15, 3), text(body),
                  mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                 "named mother's care level 3, Alzheimer's dementia G30.1, GP report, care allowance; sent to her attorney")


def m130():
    body = """
Dear Mr Farouk,

Endowment life insurance LV 5.402.117.90 - your request of 8 April 2025

You asked for all data relating to the policy loan on your life insurance. Here is
the summary; the loan agreement and the account statements are enclosed by post.

  Policy loan granted:    1 March 2022, EUR 12,000.00
  Interest rate:          4.25 % p.a. (fixed)
  Outstanding balance:    EUR 8,640.00 (as at 31 March 2025)
  Interest paid 2024:     EUR 421.92
  Payments from:          account IBAN DE87 2512 0510 0007 7319 06 (monthly, EUR 250.00)
  Surrender value:        EUR 27,318.44 (as at 1 April 2025)
  Sum insured at maturity (1 December 2031): EUR 45,000.00 plus profit sharing

The loan is secured by the policy; if you die before it is repaid, the outstanding
balance is deducted from the death benefit paid to your beneficiary (your wife,
Mrs Leila Farouk).

No data relating to the loan have been passed to credit agencies.

Yours sincerely
Bastian Kroeger
Elbauen Lebensversicherung AG, Data Protection
"""
    raw = message(130, KROEGER, ("Karim Farouk", "karim.farouk@hansemail.example"),
                  "Your policy loan - LV 5.402.117.90", dt(2025, 4, 16, 10, 12), text(body, charset="us-ascii", cte="7bit"),
                  mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                 "policy loan on a named customer's life insurance (IBAN, balances, beneficiary); personal line -> strict, no medical word")


def m131():
    body = """
Guten Tag Herr Kuhlmann,

anbei die Druckvorlage für das neue Schreiben „Benachrichtigung nach Art. 34 DSGVO“
(Formular-ID DS-34-01) mit Musterdaten. Bitte einen Probedruck auf Linie K1 inkl.
Kuvertierung in DL-Fenster machen und uns 5 Exemplare per Hauspost schicken. Wir
prüfen vor allem:
  - sitzt die Anschrift im Fenster,
  - erscheint der neue 2D-Barcode oben rechts,
  - bleibt der Platzhaltertext im Abschnitt „Betroffene Daten“ auf einer Seite.

Die Musterdaten sind frei erfunden (Testnummernkreis 0000). Bitte nicht mit echten
Daten befüllen.

Viele Grüße
Pauline Wendt
"""
    pdf = make_pdf([[
        "# Information nach Art. 34 DSGVO",
        "Elbauen Krankenversicherung AG - Am Elbauenpark 4 - 21614 Buxtehude",
        "",
        "Frau",
        "Erika Musterfrau",
        "Musterstraße 1",
        "12345 Musterstadt",
        "",
        "Ihre Versicherungsnummer: KV-0000-00000-0          Formular DS-34-01 (MUSTER)",
        "",
        "Sehr geehrte Frau Musterfrau,",
        "wir müssen Ihnen leider mitteilen, dass es zu einer Verletzung des Schutzes Ihrer Daten gekommen ist.",
        "",
        "** Was ist passiert?",
        "[MUSTERTEXT Sachverhalt - max. 6 Zeilen]",
        "** Welche Daten sind betroffen?",
        "[MUSTERTEXT z. B. Name, Anschrift, Diagnose laut Rechnung: XXX.X, Leistungsdatum TT.MM.JJJJ]",
        "** Was haben wir unternommen?",
        "[MUSTERTEXT Maßnahmen]",
        "** Was können Sie tun?",
        "[MUSTERTEXT Empfehlungen]",
        "",
        "Mit freundlichen Grüßen - Konzerndatenschutzbeauftragte",
        "MUSTER - NICHT VERSENDEN - MUSTER - NICHT VERSENDEN",
    ]], title="DS-34-01 Muster", author="Konzerndatenschutz")
    p = multipart("mixed", [text(body), attach(pdf, "application/pdf", "DS-34-01_Druckprobe_MUSTER.pdf")], "=_druck_d120_131")
    raw = message(131, WENDT, ("Arne Kuhlmann", "a.kuhlmann@dzn-druckzentrum.example"),
                  "Druckprobe neues Formular DS-34-01 (Musterdaten)", dt(2025, 5, 5, 9, 12), p, mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "insurer-to-supplier",
                 "trap: print proof PDF of the Art. 34 letter with 'Erika Musterfrau', KV-0000 dummy number and diagnosis placeholder")


def m132():
    body = """
Hallo Miriam,

kurze Frage zu einer Lohnpfändung, bevor ich antworte:

Gegen unseren Mitarbeiter Herrn Sven Petersen (PNr. 40 3874, Schaden Sach) liegt
seit 10.02. ein Pfändungs- und Überweisungsbeschluss des AG Stade vor (Gläubigerin:
Autohaus Nordring GmbH, Forderung 6.812,40 EUR). Die Drittschuldnererklärung nach
§ 840 ZPO haben wir fristgerecht abgegeben.

Jetzt ruft die Anwältin der Gläubigerin an und will zusätzlich wissen:
  - das genaue Nettoeinkommen (Januar: 3.482,17 EUR),
  - ob er Unterhaltspflichten hat (laut ELStAM 2 Kinderfreibeträge),
  - ob eine Gehaltserhöhung ansteht (Tarifstufe zum 01.07.).

Ich würde nur das mitteilen, was in § 840 ZPO steht, und den Rest ablehnen. Siehst du
das auch so?

Danke + Gruß
Heiko
"""
    raw = message(132, ("Heiko Martens", "heiko.martens@elbauen.example"), CASTELL,
                  "Lohnpfändung Petersen – welche Auskünfte an die Gläubigerin?", dt(2025, 2, 18, 13, 50),
                  text(body), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "internal",
                 "named employee's wage garnishment, net income, child allowances and debt amount: income data, no health")


def m133():
    body = """
Dear Mr Echeverría,

Your access request of 24 January 2025 - home contents insurance HR 23 118 690

Thank you for your request. We hold the following data about you:

Personal data: Tomás Echeverría, Isestraße 52, 20149 Hamburg; date of birth
30 November 1982; e-mail and mobile number as in your request.

Contract: home contents insurance HR 23 118 690 since 1 August 2023, sum insured
EUR 80,000, with the add-on for valuables. Listed valuables (from your list of
9 August 2023): a Rolex Datejust (EUR 7,900), a guitar (Martin D-28, EUR 3,400)
and a pearl necklace (EUR 1,850).

Payments: annual premium EUR 296.40, direct debit from
IBAN DE56 2106 0237 0012 8405 56.

Claims: bicycle theft on 12 June 2024 (claim SH-24-018552), EUR 1,120.00 paid.

Recipients: print and mailing service provider, IT service providers; no data were
passed to other companies.

Retention: 10 years after the end of the contract.

Kind regards
Jannis Okafor
Data Protection Office, Elbauen Allgemeine Versicherung AG
"""
    raw = message(133, OKAFOR, ("Tomás Echeverría", "tomas.echeverria@correo-hamburg.example"),
                  "Your access request - home contents insurance", dt(2025, 2, 20, 10, 45), text(body, cte="8bit"),
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "insurer-to-customer",
                 "access answer: named customer's birth date, address, valuables list, IBAN, household policy and claim")


def m134():
    body = """
Sehr geehrte Frau Sanders,

vielen Dank für Ihre E-Mail. Sie bitten uns, Ihnen für Ihren Kunden Herrn Holger Pape
eine Kopie aller Daten aus dem Wohngebäudeschaden vom Januar (Schaden-Nr.
SW-25-004711, Vertrag WG 20 118 935) zu schicken, weil er die Auskunft „über Sie als
Maklerin“ wünsche.

Das können wir so leider nicht tun. Die Auskunft nach Art. 15 DSGVO steht Herrn Pape
persönlich zu. Ihre Maklervollmacht vom 2019 deckt nach ihrem Wortlaut die
Vertragsbetreuung und die Schadenmeldung, aber nicht die Entgegennahme einer
Datenauskunft.

Möglich sind zwei Wege:
  1. Herr Pape richtet das Auskunftsersuchen selbst an datenschutz@elbauen.example;
     auf seinen Wunsch senden wir die Auskunft dann in Kopie auch an Sie.
  2. Herr Pape erteilt Ihnen eine schriftliche Vollmacht ausdrücklich für die
     Auskunft nach Art. 15 DSGVO.

Die Schadenunterlagen, die Sie für die laufende Regulierung benötigen
(Gutachten, Kostenvoranschlag), können Sie selbstverständlich wie bisher über das
Maklerportal abrufen.

Mit freundlichen Grüßen
Jannis Okafor
Konzerndatenschutz
"""
    raw = message(134, OKAFOR, ("Wiebke Sanders", "w.sanders@sanders-versicherungsmakler.example"),
                  "Ihre Anfrage Datenauskunft Kunde Pape (SW-25-004711)", dt(2025, 3, 3, 11, 2), text(body),
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-broker",
                 "to a broker: named customer with buildings policy and claim numbers; access request declined without mandate")


def m135():
    body = """
Hi all,

as most of you know, Friday 28 March is Rainer's last day with us after 19 years
in data protection (and before that in motor claims, where he apparently still
holds the record for the longest phone call with a claimant).

We're doing a farewell lunch:

  Friday, 28 March, 12:30
  Trattoria "Da Nino", Bahnhofstraße, Buxtehude (5 minutes on foot)
  Table for 14 booked under "Elbauen Datenschutz"

Please let me know by Wednesday if you're coming. We're also collecting for a
present (a good pair of binoculars for his bird-watching plans) - envelope is on my
desk, or PayPal to me if you're working from home.

Pauline
"""
    raw = message(135, WENDT, ("Team Konzerndatenschutz", "team-datenschutz@elbauen.example"),
                  "Farewell lunch for Rainer - Fri 28 March", dt(2025, 3, 18, 10, 0),
                  text(body, cte="8bit", flowed=True), cc=("Emily Rothwell", "emily.rothwell@uk.elbauen.example"),
                  mailer=TBIRD)
    return raw, ("NORMAL", "en", "internal",
                 "trap: farewell lunch for a named colleague (retirement), organisational, no sensitive data")


def m136():
    body = """
Sehr geehrte Frau Kastens,

herzlichen Glückwunsch zu Ihrer Hochzeit!

Sie haben uns mit Ihrer E-Mail vom 9. April 2025 und der beigefügten Kopie der
Eheurkunde gebeten, Ihren Namen zu berichtigen (Art. 16 DSGVO). Wir haben die
Änderung in allen Verträgen vorgenommen:

  bisher:  Johanna Thielbar
  neu:     Johanna Kastens, geb. Thielbar
  geboren: 27.06.1991 (unverändert)

  Kfz-Versicherung  KF-4810-559027 (Fiat 500, STD-JT 627)
  Hausratversicherung HR 22 301 648

Ihre Anschrift (Hafenstraße 19, 21635 Jork) und Ihre Bankverbindung bleiben
unverändert. Neue Versicherungsscheine mit Ihrem neuen Namen erhalten Sie in den
nächsten Tagen per Post. Die Kopie der Eheurkunde haben wir nach der Prüfung gelöscht.

Mit freundlichen Grüßen
Aylin Demirtaş
Konzerndatenschutz
"""
    raw = message(136, DEMIRTAS, ("Johanna Kastens", "johanna.kastens@altesland-mail.example"),
                  "Berichtigung Ihres Namens – Ihre Verträge", dt(2025, 4, 11, 9, 34), text(body), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-customer",
                 "name change after marriage: maiden name, birth date, address, motor and household contract numbers")


def m137():
    body = """
Dear Mr O'Sullivan,

thank you for your e-mail of 6 March 2025. You asked whether our customer centre in
Stade recorded you on video when you came in on 3 March to hand in the documents for
your motor claim (KS-25-009118, rental car damage), and you asked for a copy.

Our customer centre has two cameras: one at the entrance and one covering the
counter area. There is a sign at the entrance. The recordings are used only to
protect our staff and premises and are deleted automatically after 72 hours, unless
there is an incident.

Because your request reached us on 6 March, the recordings of 3 March had already
been overwritten on 6 March at 11:00. We therefore no longer hold any video of you
and cannot provide a copy. We also did not take any still images.

The documents you handed in (rental agreement, police report of the parking damage
in Hamburg, photos of the vehicle) are in your claim file. If you would like a copy,
please let us know.

Kind regards
Jannis Okafor
Data Protection Office, Elbauen Versicherungsgruppe
"""
    raw = message(137, OKAFOR, ("Liam O'Sullivan", "liam.osullivan@eiremail.example"),
                  "Your request - video recordings at our customer centre", dt(2025, 3, 10, 14, 26),
                  text(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "insurer-to-customer",
                 "CCTV access request: named customer's visit and his motor claim number; no health")


def m138():
    body = """
Hallo zusammen,

anbei die konsolidierte Löschfristentabelle (Löschkonzept 2025, Anlage 1) nach den
Rückmeldungen der Fachbereiche. Bitte bis 23.05. letzte Einwände – danach geht sie
in die Freigabe durch den Vorstand.

Geändert gegenüber dem Entwurf:
  - Leistungsakten KV: 10 Jahre ab Ende des Jahres der letzten Leistung (statt
    ab Vertragsende) – entspricht der Abgabenordnung.
  - Abgelehnte Anträge Leben/BU: 3 Jahre (Verband hatte 5 vorgeschlagen).
  - Call-Aufzeichnungen: 90 Tage, bei Schaden bis Abschluss.

Gruß
Miriam
"""
    rows = [["Datenkategorie", "Sparte", "Beginn der Frist", "Frist", "Rechtsgrundlage", "Löschklasse"],
            ["Antragsdaten angenommen", "alle", "Vertragsende", "10 Jahre", "§ 257 HGB, § 147 AO", "L10"],
            ["Antragsdaten abgelehnt (inkl. Gesundheitsangaben)", "Leben/BU/KV", "Ende Jahr der Ablehnung", "3 Jahre", "Art. 17 Abs. 3 lit. e DSGVO", "L3"],
            ["Leistungsakten inkl. Arztberichte, Gutachten", "KV", "Ende Jahr der letzten Leistung", "10 Jahre", "§ 147 AO", "L10"],
            ["Leistungsakten BU", "Leben", "Ende der Leistungspflicht", "10 Jahre", "§ 195 ff. BGB, § 147 AO", "L10"],
            ["Schadenakten Sachschaden", "Sach/Kfz", "Schadenabschluss", "6 Jahre", "§ 257 HGB", "L6"],
            ["Schadenakten Personenschaden", "Kfz/HUK", "Schadenabschluss", "10 Jahre", "§ 199 BGB", "L10"],
            ["Telefonaufzeichnungen", "alle", "Aufzeichnung", "90 Tage", "Einwilligung / Art. 6 Abs. 1 lit. f", "L90T"],
            ["Videoaufzeichnung Kundencenter", "-", "Aufzeichnung", "72 Stunden", "§ 4 BDSG", "L72H"],
            ["Bewerbungsunterlagen", "HR", "Ende Verfahren", "6 Monate", "§ 15 AGG", "L6M"],
            ["Datenschutzvorfälle (Register)", "DS", "Abschluss", "5 Jahre", "Art. 33 Abs. 5, Art. 5 Abs. 2 DSGVO", "L5"]]
    x = make_xlsx([("Löschfristen 2025", rows)], author="Miriam Castell")
    p = multipart("mixed", [text(body), attach(x, MT_XLSX, "Loeschkonzept_2025_Anlage1_Fristen.xlsx")], "=_lk_d120_138")
    raw = message(138, CASTELL, ("DS-Koordinatoren", "ds-koordinatoren@elbauen.example"),
                  "Löschkonzept 2025 – Fristentabelle (letzte Runde bis 23.05.)", dt(2025, 5, 9, 15, 48), p,
                  mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: XLSX retention schedule listing Arztberichte/Gesundheitsangaben categories and periods, no person")


def m139():
    body = """
Liebe Kolleginnen und Kollegen,

die LfD Niederelbe hat ihren Tätigkeitsbericht 2024 veröffentlicht. Für uns relevant
(Kurzfassung, Seitenzahlen aus dem Bericht):

- S. 41 ff.: Schwerpunkt Versicherungswirtschaft. Die Behörde hat 2024 insgesamt 213
  Beschwerden gegen Versicherer erhalten (2023: 174). Häufigste Themen: Auskunft nach
  Art. 15 (31 %), Werbung (22 %), Erhebung von Gesundheitsdaten bei Ärzten (14 %).
- S. 44: Kritik an „pauschalen Schweigepflichtentbindungen“ in der BU-Leistungsprüfung;
  die Behörde kündigt eine Prüfaktion für 2025 an.
- S. 47: Datenpannen: Fehlversand bleibt die häufigste Ursache; die Behörde erwartet,
  dass bei Gesundheitsdaten grundsätzlich benachrichtigt wird (Art. 34).
- S. 52: Zwei Bußgelder gegen (nicht genannte) Versicherer wegen verspäteter
  Auskünfte, jeweils im niedrigen fünfstelligen Bereich.

Wir sind im Bericht nicht namentlich erwähnt. Ich nehme die Punkte in den nächsten
Jour fixe auf, insbesondere die angekündigte Prüfaktion zur Schweigepflichtentbindung.

Viele Grüße
Miriam
"""
    raw = message(139, CASTELL, ("Team Konzerndatenschutz", "team-datenschutz@elbauen.example"),
                  "Tätigkeitsbericht LfD 2024 – was für uns wichtig ist", dt(2025, 4, 3, 8, 41), text(body),
                  mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "internal",
                 "trap: summary of the authority's public annual report (health data, BU, fines), no person")


def m140():
    body = """
Hi Jannis,

for DS-2025-0356 (Mr van Dijk-Meertens, NL): he sent a scan of his passport with his
access request although we did not ask for one - see attached. I have compared it
with our data (name, date of birth, address in Groningen) and the identity is
confirmed.

According to the checklist I would now delete the scan and only note "ID checked" in
the ticket. OK? His motor policy is KF-7001-224518, if you want to check something.

Aylin
"""
    pdf = make_pdf([[
        "[scan - page 1/1]",
        "KONINKRIJK DER NEDERLANDEN - PASPOORT / PASSPORT",
        "Type: P   Code: NLD   Document no.: NX4R81K27",
        "Surname: VAN DIJK-MEERTENS",
        "Given names: JOOST HENDRIK",
        "Nationality: Nederlandse",
        "Date of birth: 03 FEB 1979    Sex: M",
        "Place of birth: ZWOLLE",
        "Date of issue: 11 MAY 2021    Date of expiry: 11 MAY 2031",
        "Authority: Burgemeester van Groningen",
        "P<NLDVAN<DIJK<MEERTENS<<JOOST<HENDRIK<<<<<<<<",
        "NX4R81K270NLD7902035M3105110<<<<<<<<<<<<<<02",
        "",
        "(handwritten on the copy:) for Elbauen data request only - J. v. D.",
    ]], title="scan0042", author="Canon iR-ADV", compress=True)
    p = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                            attach(pdf, "application/pdf", "scan0042.pdf")], "=_id_d120_140")
    raw = message(140, DEMIRTAS, OKAFOR, "DS-2025-0356 passport copy - ok to delete?", dt(2025, 3, 27, 10, 19), p,
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "en", "internal",
                 "passport scan (PDF): name, birth date, passport number, nationality; plus motor policy; ID photo not biometric processing")


def m141():
    body = """
Hallo Herr Anand,

die Polizeiinspektion Stade (Kriminalkommissariat 2, KOK Behrens) hat uns heute per
Fax um Auskunft im Ermittlungsverfahren wegen Kfz-Diebstahls gebeten (Az. 0812-2025-
031447). Es geht um den gestohlenen VW T6 Multivan, Kennzeichen STD-KH 1208, unseres
Versicherungsnehmers Herrn Knut Harms (Kasko KF-3330-781204, Schaden KS-25-012876).

Die Polizei möchte wissen:
  1. wann Herr Harms den Diebstahl bei uns gemeldet hat,
  2. ob er beide Fahrzeugschlüssel eingereicht hat,
  3. ob das Fahrzeug finanziert ist (Sicherungsübereignung).

Herr Harms ist hier Geschädigter, kein Beschuldigter. Rechtsgrundlage für die
Übermittlung wäre Art. 6 Abs. 1 lit. c/f DSGVO i. V. m. § 24 BDSG. Ich halte Fragen 1
und 2 für unproblematisch; zu Frage 3 würde ich Herrn Harms vorher fragen bzw. die
Polizei an die Bank verweisen.

Können Sie mir die Antworten zu 1 und 2 aus der Schadenakte geben? Antwort an die
Polizei schicke ich dann per Fax.

Gruß
Aylin Demirtaş
"""
    raw = message(141, DEMIRTAS, ("Felix Anand", "felix.anand@elbauen.example"),
                  "Polizeianfrage Kfz-Diebstahl STD-KH 1208 (KS-25-012876)", dt(2025, 4, 4, 13, 5), text(body),
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "internal",
                 "police inquiry: named policyholder (theft victim), plate, motor contract and claim numbers; not a suspect")


def m142():
    body = """
Dear Ms Wrobel,

thank you for your access request of 15 April 2025 (our reference DS-2025-0442).

Your e-mail came from an address that we do not have on file for you. To protect your
data, we must first make sure that the request really comes from you. Please reply to
this e-mail with:

  1. the policy number of your household insurance (it starts with "HR"), and
  2. your date of birth.

Alternatively you can send the request from the e-mail address you gave us when you
took out the policy.

Please note: we will send the answer only by post to the address we have on file,
Lindenallee 3, 21614 Buxtehude. If you have moved, please tell us your new address
together with a copy of your registration certificate.

The one-month deadline for our answer starts once we have been able to confirm your
identity.

Kind regards
Aylin Demirtas
Data Protection Office, Elbauen Versicherungsgruppe
"""
    raw = message(142, DEMIRTAS, ("Agnieszka Wrobel", "a.wrobel.private@plmail.example"),
                  "Your access request DS-2025-0442 - identity check", dt(2025, 4, 16, 12, 37),
                  text(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK, charset="us-ascii")
    return raw, ("CONFIDENTIAL", "en", "insurer-to-customer",
                 "identity check: named person, states she holds household insurance and her home address on file")


def m143():
    body = """
Dear Mr Halvorsen,

thank you for the draft of the new facultative reinsurance agreement for our life
and disability portfolio.

Before we can sign, our data protection office needs two clarifications on the data
transfer clauses (section 11):

1. The draft allows "affiliates of the reinsurer worldwide" to access underwriting
   files. Where exactly would health data of our insured persons be processed? If
   any affiliate outside the EEA (we understand you have a claims hub in Bermuda) is
   involved, we need the Standard Contractual Clauses (module 1, controller to
   controller) as an annex plus a transfer impact assessment.
2. Section 11.4 allows "anonymised" data to be used for product development. Please
   define "anonymised" - we would consider data with date of birth, sum insured and
   diagnosis as pseudonymised, not anonymised.

Also, please confirm that you are bound by the code of conduct of the German
insurance industry or an equivalent confidentiality obligation covering section 203
of the German Criminal Code.

Best regards
Dr. Henrike Sommerfeld
Group Data Protection Officer, Elbauen Versicherungsgruppe
"""
    raw = message(143, DSB, ("Erik Halvorsen", "erik.halvorsen@nordkap-re.example"),
                  "Draft fac. reinsurance agreement Life/BU - data transfer clauses", dt(2025, 5, 7, 11, 28),
                  text(body), cc=("Sven Abeling", "sven.abeling@elbauen.example"), mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "insurer-to-partner",
                 "trap: contract clauses on transfers of health data to a reinsurer (SCC, anonymisation), no insured person")


def m144():
    body = """
Sehr geehrter Herr Dr. Quandt,

zu Ihrer jährlichen Abfrage „Beschwerden und Betroffenenrechte 2024“ (Schreiben vom
15. Januar 2025) übermitteln wir folgende Zahlen für die Elbauen Versicherungsgruppe
(alle Gesellschaften mit Sitz in Buxtehude):

  Eingegangene Auskunftsersuchen (Art. 15):                         412
    davon fristgerecht beantwortet:                                  391
  Löschersuchen (Art. 17):                                            97
    davon ganz oder teilweise abgelehnt (Aufbewahrungspflichten):     61
  Widersprüche gegen Werbung (Art. 21):                              200
  Beschwerden von Kundinnen und Kunden beim Datenschutz direkt:       58
  Beschwerdeverfahren über Ihre Behörde:                               4
  Meldungen nach Art. 33:                                              6

Eine Aufschlüsselung nach Sparten ist wie im Vorjahr beigefügt im Text:
  Kranken 118 / Leben 53 / Sach und Kfz 198 / Rechtsschutz 19 / ohne Vertrag 24
  (Auskunftsersuchen).

Personenbezogene Daten enthält diese Meldung nicht.

Mit freundlichen Grüßen
Jannis Okafor
stellv. Konzerndatenschutzbeauftragter
"""
    raw = message(144, OKAFOR, ("Dr. Matthias Quandt", "matthias.quandt@lfd-niederelbe.example"),
                  "Jahresabfrage Beschwerden und Betroffenenrechte 2024 – Elbauen", dt(2025, 2, 14, 10, 52),
                  text(body), cc=DSB, mailer=OUTLOOK)
    return raw, ("NORMAL", "de", "insurer-to-partner",
                 "trap: aggregated complaint and DSAR statistics for the authority, per line of business, no person")


def m145():
    body = """
Sehr geehrter Herr Zieliński,

Sie haben uns gebeten, Ihnen Ihre Daten zu Ihrer Kfz-Versicherung in einem
maschinenlesbaren Format zu übermitteln (Art. 20 DSGVO), damit Sie sie Ihrem neuen
Versicherer vorlegen können.

Anbei erhalten Sie eine CSV-Datei mit Ihrem Schadenfreiheitsverlauf und den
Vertragsdaten. Die verbindliche SF-Bescheinigung schicken wir wie üblich direkt an
den neuen Versicherer, sobald er sie bei uns anfordert.

Mit freundlichen Grüßen
Jannis Okafor
Konzerndatenschutz, Elbauen Allgemeine Versicherung AG
"""
    rows = [["Versicherungsnehmer", "Geburtsdatum", "Vertrag", "Fahrzeug", "Jahr", "SF-Klasse KH", "SF-Klasse VK", "Schaden", "Rückstufung"],
            ["Tomasz Zieliński", "1977-09-18", "KF-2019-440781", "Skoda Octavia STD-TZ 77", "2020", "SF 6", "SF 6", "", ""],
            ["Tomasz Zieliński", "1977-09-18", "KF-2019-440781", "Skoda Octavia STD-TZ 77", "2021", "SF 7", "SF 7", "", ""],
            ["Tomasz Zieliński", "1977-09-18", "KF-2019-440781", "Skoda Octavia STD-TZ 77", "2022", "SF 8", "SF 8", "KS-22-044106 (KH)", "ja"],
            ["Tomasz Zieliński", "1977-09-18", "KF-2019-440781", "Skoda Octavia STD-TZ 77", "2023", "SF 4", "SF 8", "", ""],
            ["Tomasz Zieliński", "1977-09-18", "KF-2019-440781", "Skoda Octavia STD-TZ 77", "2024", "SF 5", "SF 9", "", ""],
            ["Tomasz Zieliński", "1977-09-18", "KF-2019-440781", "Skoda Octavia STD-TZ 77", "2025", "SF 6", "SF 10", "", ""]]
    p = multipart("mixed", [text(body), attach(make_csv(rows), "text/csv", "SF-Verlauf_KF-2019-440781.csv")],
                  "=_sf_d120_145")
    raw = message(145, OKAFOR, ("Tomasz Zieliński", "t.zielinski@nordpost-mail.example"),
                  "Ihre Daten zur Kfz-Versicherung (Art. 20 DSGVO)", dt(2025, 1, 30, 16, 12), p, mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-customer",
                 "CSV for data portability: named customer's birth date, motor contract, plate, no-claims history and claim")


def m146():
    body = """
Hi Emily,

I went through the draft UK privacy notice for Elbauen UK Ltd (v0.4). Overall very
good; my comments:

1. Section 3 "Special category data": you list "health, genetic and biometric
   data". We do not process genetic data at all in the UK products (travel and
   expat health), so please remove "genetic", otherwise customers will ask.
2. Section 4: the legal basis for health data in travel claims should be "insurance
   purposes" under the DPA 2018 Schedule 1 condition, not only explicit consent -
   please double-check with your legal team.
3. Section 6 "Recipients": add the German group companies (claims handling
   platform in Buxtehude) and the assistance company for repatriation.
4. Section 8 "Retention": 7 years for claims is fine; for call recordings you say
   "up to 5 years", but the network call minutes say 12 months - which is right?
5. Typo in the heading "Your rigths".

No personal data in the draft, so feel free to circulate it to the UK team as is.

Best
Jannis
"""
    raw = message(146, OKAFOR, ("Emily Rothwell", "emily.rothwell@uk.elbauen.example"),
                  "UK privacy notice v0.4 - my comments", dt(2025, 4, 25, 14, 2),
                  text(body, charset="us-ascii", cte="7bit"), mailer=OUTLOOK)
    return raw, ("NORMAL", "en", "internal",
                 "trap: review of a UK privacy notice discussing health/genetic/biometric categories in general")


def m147():
    body = """
Hallo Bastian,

ich bin Teamleiterin in der Schadenregulierung Sach und führe gerade mein erstes
BEM-Gespräch. Frage an euch als Datenschutz, bevor ich etwas falsch mache:

Meine Mitarbeiterin Frau Gesa Thormählen war seit Anfang Januar acht Wochen
krankgeschrieben. Im BEM-Gespräch letzte Woche hat sie mir erzählt, dass es ein
Burnout war (sie ist in ambulanter Psychotherapie) und dass sie nach der Rückkehr
erst einmal nur sechs Stunden am Tag arbeiten soll, so hat es ihr Arzt empfohlen.

Ich habe dazu eine Gesprächsnotiz geschrieben (2 Seiten) und wollte sie an HR für die
Personalakte schicken. Darf ich das? Und darf ich meinem Abteilungsleiter sagen,
warum sie reduziert arbeitet? Er fragt schon.

Danke dir und viele Grüße
Ines Klöpper
Teamleitung Schaden Sach 2
"""
    raw = message(147, ("Ines Klöpper", "ines.kloepper@elbauen.example"), KROEGER,
                  "BEM-Gespräch – darf die Notiz in die Personalakte?", dt(2025, 3, 17, 17, 56), text(body),
                  mailer=OUTLOOK)
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "internal",
                 "named employee's burnout, psychotherapy and sick leave from a reintegration (BEM) talk")


def m148():
    htm = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Elbauen Kundenbrief</title></head>
<body style="margin:0;background:#eef2f5;font-family:Georgia,serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 28px;background:#0b5c7a;color:#fff;font-family:Arial,sans-serif">
<div style="font-size:12px">Elbauen Kundenbrief &middot; Frühjahr 2025</div>
<div style="font-size:22px;font-weight:bold">Ihre Daten, Ihre Rechte</div></td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:1.6;color:#222">
<p>Liebe Kundinnen und Kunden,</p>
<p>Versicherung ist Vertrauenssache – gerade, wenn es um Ihre Gesundheit, Ihre Familie oder Ihr Zuhause geht.
Deshalb möchten wir Ihnen heute kurz erklären, welche Rechte Sie nach der Datenschutz-Grundverordnung haben und
wie einfach Sie sie nutzen können.</p>
<h3 style="font-family:Arial,sans-serif;color:#0b5c7a">Auskunft – kostenlos und jederzeit</h3>
<p>Sie möchten wissen, welche Daten wir über Sie speichern? Ein kurzer Brief oder eine Nachricht in Ihrem
Kundenportal genügt. Unterlagen mit Gesundheitsdaten, zum Beispiel Arztberichte aus Ihrer Krankenversicherung,
stellen wir Ihnen sicher in Ihr Kundenportal – nie per einfacher E-Mail.</p>
<h3 style="font-family:Arial,sans-serif;color:#0b5c7a">Löschung – soweit das Gesetz es erlaubt</h3>
<p>Manche Unterlagen müssen wir aus steuer- und handelsrechtlichen Gründen bis zu zehn Jahre aufbewahren.
In dieser Zeit sperren wir sie für jede andere Nutzung.</p>
<h3 style="font-family:Arial,sans-serif;color:#0b5c7a">Werbung – nur, wenn Sie wollen</h3>
<p>Sie können der Werbung jederzeit widersprechen, mit einem Klick unten in jedem Kundenbrief.</p>
<p style="background:#f6f0e6;padding:12px;font-family:Arial,sans-serif;font-size:13px"><b>Vorsicht vor Betrügern:</b>
Wir fragen Sie niemals per E-Mail oder Telefon nach Passwörtern, TANs oder Ihrer vollständigen Bankverbindung.</p>
<p>Ihre Fragen beantwortet unser Datenschutz-Team gern: <a href="mailto:datenschutz@elbauen.example">datenschutz@elbauen.example</a></p>
<p>Herzliche Grüße<br>Dr. Henrike Sommerfeld<br>Datenschutzbeauftragte der Elbauen Versicherungsgruppe</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#777;font-family:Arial,sans-serif;border-top:1px solid #ddd">
Sie erhalten diesen Kundenbrief, weil Sie ihn abonniert haben. <a href="https://www.elbauen.example/kundenbrief/abmelden" style="color:#777">Abmelden</a> &middot;
<a href="https://www.elbauen.example/impressum" style="color:#777">Impressum</a> &middot; Elbauen Versicherungsgruppe, Am Elbauenpark 4, 21614 Buxtehude</td></tr>
</table></td></tr></table></body></html>
"""
    raw = message(148, ("Elbauen Kundenbrief", "kundenbrief@news.elbauen.example"),
                  ("Elbauen Kundenbrief", "kundenbrief-abonnenten@news.elbauen.example"),
                  "Ihre Daten, Ihre Rechte – der Elbauen Kundenbrief Frühjahr 2025", dt(2025, 4, 29, 7, 0),
                  html(htm), extra=[("List-Unsubscribe", "<https://www.elbauen.example/kundenbrief/abmelden>"),
                                    ("Precedence", "bulk")], mid_domain="news.elbauen.example")
    return raw, ("NORMAL", "de", "newsletter",
                 "trap: HTML-only customer newsletter on data subject rights mentioning Gesundheitsdaten/Arztberichte, no person")


def m149():
    body = """
Sehr geehrter Herr Hüttmann,

Ihr Antrag auf Löschung vom 21. Januar 2025 – Rechtsschutzversicherung RS-31 207 466

Sie haben uns gebeten, nach dem Ende des arbeitsgerichtlichen Verfahrens gegen Ihren
früheren Arbeitgeber, die Spedition Lohmann & Söhne GmbH (Kündigungsschutzklage,
ArbG Stade, Vergleich vom 12.11.2024), alle Unterlagen zu diesem Fall zu löschen.

Dem können wir teilweise entsprechen:

Gelöscht haben wir
  - die Schriftsätze und das Kündigungsschreiben, die uns Ihr Anwalt zur Information
    übersandt hat,
  - die Korrespondenz mit Ihnen zur Erfolgsaussicht.

Aufbewahren müssen wir noch
  - die Deckungszusage vom 04.07.2024 und die Abrechnungen Ihres Anwalts und des
    Gerichts (Zahlungen insgesamt 4.918,27 EUR) – 10 Jahre nach § 147 AO,
  - den Vergleich, soweit er die Kostenverteilung betrifft; er ist Grundlage unserer
    Zahlung. Die Abfindungshöhe haben wir darin geschwärzt.

Ihre Rechtsschutzversicherung läuft unverändert weiter. Der Schadenfall wird bei
der nächsten Beitragsberechnung wie jeder andere Schaden berücksichtigt.

Mit freundlichen Grüßen
Miriam Castell
Konzerndatenschutz, Elbauen Rechtsschutz AG
"""
    raw = message(149, CASTELL, ("Marcel Hüttmann", "marcel.huettmann@elbnetz-mail.example"),
                  "Ihr Löschantrag – Rechtsschutz RS-31 207 466", dt(2025, 2, 11, 15, 15), text(body),
                  mailer=OUTLOOK)
    return raw, ("CONFIDENTIAL", "de", "insurer-to-customer",
                 "legal-expenses case of a named customer (dismissal lawsuit, employer, payments); no health/union -> confidential")


def m150():
    body = """
Sehr geehrte Frau Brodersen-Kahl,

vielen Dank für Ihre Nachricht. Wir haben Ihre Unterlagen erhalten und an die
zuständige Fachabteilung weitergeleitet. Sie erhalten von dort Nachricht.

Mit freundlichen Grüßen
Aylin Demirtaş
Konzerndatenschutz

-----Ursprüngliche Nachricht-----
Von: Tanja Brodersen-Kahl <tanja.bk@hollern-mail.example>
Gesendet: Sonntag, 16. März 2025 21:48
An: datenschutz@elbauen.example
Betreff: Unterlagen Krankentagegeld / und Frage Datenschutz

Guten Abend,

ich weiß nicht genau, ob ich hier richtig bin, aber Ihre Leistungsabteilung hat mir
gesagt, ich soll die Unterlagen „an den Datenschutz“ schicken, weil ich gefragt habe,
wer die sieht.

Anbei das Attest von Dr. Lühmann: Ich bin seit Oktober wegen Long-COVID (U09.9) mit
schwerer Fatigue und Konzentrationsstörungen arbeitsunfähig, Reha in Bad Bramstedt ist
beantragt. Mein Krankentagegeld läuft unter der Nummer KT-0120-77104.

Meine Frage: Sieht mein Arbeitgeber irgendetwas davon? Die Versicherung läuft über
einen Gruppenvertrag meiner Firma.

Tanja Brodersen-Kahl
"""
    raw = message(150, DEMIRTAS, ("Tanja Brodersen-Kahl", "tanja.bk@hollern-mail.example"),
                  "AW: Unterlagen Krankentagegeld / und Frage Datenschutz", dt(2025, 3, 17, 8, 5), text(body),
                  mailer=OUTLOOK, in_reply_to="<tbk-20250316-2148@hollern-mail.example>")
    return raw, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                 "harmless reply; quoted customer mail has Long-COVID U09.9, sick leave, rehab and daily sickness allowance number")


# ================================================================ build and check
ALLOWED_LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
INVALID_IBANS_ON_PURPOSE = set()   # none: every IBAN-shaped string in this corpus is checksum-valid


def build(outdir):
    mails = os.path.join(outdir, "mails")
    os.makedirs(mails, exist_ok=True)
    rows = []
    for n in range(1, 151):
        fn = globals()[f"m{n:03d}"]
        raw, lab = fn()
        name = f"d{NN}-{n:04d}.eml"
        with open(os.path.join(mails, name), "wb") as f:
            f.write(raw)
        rows.append((name,) + tuple(lab))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    return rows


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def _check_attachment(fname, ctype, data, errors, where):
    low = (fname or "").lower()
    try:
        if low.endswith(".pdf") or ctype == "application/pdf":
            assert data.startswith(b"%PDF-"), "no PDF header"
            assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
            sx = int(data[data.rindex(b"startxref") + 9:].split()[0])
            assert data[sx:sx + 4] == b"xref", "startxref wrong"
            lines = data[sx:].split(b"\n")
            cnt = int(lines[1].split()[1])
            for i in range(1, cnt):
                off = int(lines[2 + i][:10])
                assert data[off:].startswith(b"%d 0 obj" % i), f"xref offset of obj {i} wrong"
            for m in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
                ln = int(m.group(1))
                s = data[m.end():m.end() + ln]
                if m.group(2):
                    zlib.decompress(s)
                assert data[m.end() + ln:].lstrip(b"\n").startswith(b"endstream"), "stream length"
        elif low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, "bad zip member"
            for nm in z.namelist():
                b = z.read(nm)
                if nm.endswith((".xml", ".rels")):
                    ET.fromstring(b)
                elif nm.lower().endswith((".pdf", ".csv", ".txt", ".docx", ".xlsx")):
                    _check_attachment(nm, "", b, errors, where + "/" + nm)
            if low.endswith((".odt", ".ods")):
                assert z.namelist()[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
            if low.endswith(".docx"):
                assert "word/document.xml" in z.namelist()
            if low.endswith(".xlsx"):
                assert "xl/workbook.xml" in z.namelist()
        elif low.endswith(".csv"):
            for enc in ("utf-8", "cp1252"):
                try:
                    t = data.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
            rows = list(csv.reader(io.StringIO(t), delimiter=";" if ";" in t.splitlines()[0] else ","))
            assert len(rows) >= 2, "csv too short"
        elif low.endswith(".ics"):
            t = data.decode("utf-8")
            assert t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t
        elif low.endswith((".txt", ".log")):
            data.decode("utf-8") if not data.startswith(b"\xff") else None
    except Exception as e:  # noqa
        errors.append(f"{where}: attachment {fname!r} does not open: {e}")


def _attachment_text(fname, data):
    """Plain text of an attachment (for the IBAN and domain checks)."""
    low = (fname or "").lower()
    try:
        if data.startswith(b"%PDF-"):
            out = []
            for m in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
                s = data[m.end():m.end() + int(m.group(1))]
                if m.group(2):
                    s = zlib.decompress(s)
                for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", s):
                    out.append(re.sub(rb"\\(.)", rb"\1", t.group(1)).decode("cp1252"))
            return "\n".join(out)
        if data.startswith(b"PK"):
            z = zipfile.ZipFile(io.BytesIO(data))
            out = []
            for nm in z.namelist():
                b = z.read(nm)
                if nm.endswith(".xml"):
                    out.append(re.sub(r"<[^>]+>", " ", b.decode("utf-8")))
                elif not nm.endswith(".rels") and nm != "mimetype":
                    out.append(_attachment_text(nm, b))
            return "\n".join(out)
        for enc in ("utf-8", "cp1252"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    except Exception:  # noqa - reported by _check_attachment
        return ""
    return ""


def _texts(msg, errors, where, out):
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fname = part.get_filename()
        try:
            if part.get_content_maintype() == "text" and not fname:
                out.append(part.get_content())
            elif part.get_content_maintype() == "text":
                content = part.get_content()
                if ct == "text/calendar":   # unfold RFC 5545 content lines
                    content = re.sub(r"\r?\n[ \t]", "", content)
                out.append(content)
                _check_attachment(fname, ct, part.get_payload(decode=True), errors, where)
            else:
                data = part.get_payload(decode=True)
                assert data, "empty payload"
                _check_attachment(fname, ct, data, errors, where)
                out.append(_attachment_text(fname, data))
        except Exception as e:  # noqa
            errors.append(f"{where}: part {ct} {fname!r}: {e}")


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "bad header"
    rows = [ln.split("\t") for ln in lines[1:] if ln]
    if len(rows) != 150:
        errors.append(f"labels.tsv has {len(rows)} rows")
    counts, langs, kinds = {}, {}, {}
    for i, r in enumerate(rows, 1):
        if len(r) != 5:
            errors.append(f"row {i}: {len(r)} columns")
            continue
        fn, lab, lang, kind, reason = r
        if fn != f"d{NN}-{i:04d}.eml":
            errors.append(f"row {i}: file {fn}")
        if lab not in ALLOWED_LABELS:
            errors.append(f"{fn}: label {lab}")
        if lang not in ("de", "en", "mixed"):
            errors.append(f"{fn}: lang {lang}")
        if not kind or not reason.strip():
            errors.append(f"{fn}: empty kind/reason")
        if lab == "NORMAL" and "trap" not in reason:
            errors.append(f"{fn}: NORMAL without 'trap' in reason")
        counts[lab] = counts.get(lab, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        kinds[kind] = kinds.get(kind, 0) + 1
    if counts != WANT:
        errors.append(f"label counts {counts} != {WANT}")
    mids = set()
    fmt = {}
    for i in range(1, 151):
        fn = f"d{NN}-{i:04d}.eml"
        p = os.path.join(HERE, "mails", fn)
        with open(p, "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                errors.append(f"{fn}: missing {h}")
        mid = msg["Message-ID"]
        if mid in mids:
            errors.append(f"{fn}: duplicate Message-ID")
        mids.add(mid)
        for part in msg.walk():
            if part.defects:
                errors.append(f"{fn}: MIME defects {part.defects}")
        fmt[msg.get_content_type()] = fmt.get(msg.get_content_type(), 0) + 1
        texts = []
        _texts(msg, errors, fn, texts)
        if not texts:
            errors.append(f"{fn}: no text part")
        joined = "\n".join(texts)
        hdrtext = " ".join(str(v) for part in msg.walk() for v in part.values())
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", joined + " " + hdrtext):
            if not m.group(1).lower().endswith(".example"):
                errors.append(f"{fn}: domain {m.group(1)!r} does not end in .example")
        for m in re.finditer(r"(?:https?://|www\.)([\w.-]+)", joined):
            if not m.group(1).lower().rstrip(".").endswith(".example"):
                errors.append(f"{fn}: web address {m.group(0)!r} not .example")
        for m in re.finditer(r"\b(DE|AT|NL|GB|IE|FR|CH|LU|BE)(\d{2}(?:[ ]?[0-9A-Z]{4}){3,7}(?:[ ]?[0-9A-Z]{1,3})?)\b", joined):
            cand = m.group(0)
            if "X" in cand[4:] or "*" in cand:
                continue
            if not iban_ok(cand) and cand.replace(" ", "") not in INVALID_IBANS_ON_PURPOSE:
                # try shorter matches (an IBAN followed by other digits)
                s = cand.replace(" ", "")
                ok = any(iban_ok(s[:k]) for k in range(15, len(s) + 1))
                if not ok:
                    errors.append(f"{fn}: IBAN-like {cand!r} fails ISO 7064")
    # rebuild byte-identical
    with tempfile.TemporaryDirectory() as td:
        build(td)
        for i in range(1, 151):
            fn = f"d{NN}-{i:04d}.eml"
            with open(os.path.join(td, "mails", fn), "rb") as a, open(os.path.join(HERE, "mails", fn), "rb") as b:
                if a.read() != b.read():
                    errors.append(f"{fn}: rebuild differs")
        with open(os.path.join(td, "labels.tsv"), "rb") as a, open(os.path.join(HERE, "labels.tsv"), "rb") as b:
            if a.read() != b.read():
                errors.append("labels.tsv: rebuild differs")
    extra = sorted(set(os.listdir(os.path.join(HERE, "mails"))) - {f"d{NN}-{i:04d}.eml" for i in range(1, 151)})
    if extra:
        errors.append(f"unexpected files in mails/: {extra}")
    print(f"mails: 150 parsed; labels: {dict(sorted(counts.items()))}")
    print(f"languages: {dict(sorted(langs.items()))}")
    print(f"kinds: {dict(sorted(kinds.items()))}")
    print(f"top-level types: {dict(sorted(fmt.items()))}")
    if errors:
        print(f"{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("check OK: counts, labels, MIME parsing, attachments, IBAN checksums, .example domains, byte-identical rebuild")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    rows = build(HERE)
    c = {}
    for r in rows:
        c[r[1]] = c.get(r[1], 0) + 1
    print(f"wrote {len(rows)} mails to {os.path.join(HERE, 'mails')}: {c}")


if __name__ == "__main__":
    main()
